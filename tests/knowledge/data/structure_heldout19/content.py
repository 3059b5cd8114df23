# -*- coding: utf-8 -*-
"""Content of the 12 documents of the fictional client Savonnerie Lavandine.
Blocks: ("h", level, text) | ("p", text, key) | ("ul"/"ol", [items], key)
| ("table", header, rows, key). Keys are used by gen.py to copy gold text."""

DOCS = []

# ---------------------------------------------------------------- 1 (txt, fr)
DOCS.append(dict(
    file="charte-ambassadeurs.txt", fmt="txt", lang="fr", audience="all ambassadors",
    heading_style="numbered",
    title="CHARTE DES AMBASSADEURS DE LA TRIBU LAVANDINE",
    readership="À lire par chaque membre de la Tribu avant de dire oui, et à relire quand vous voulez.",
    blocks=[
        ("h", 1, "1. Notre raison d'être"),
        ("p", "La Savonnerie Lavandine fabrique depuis 2011, à Nyons, des savons saponifiés à froid, des shampooings solides et des baumes avec des huiles d'olive et de lavande de la Drôme provençale. La Tribu réunit les clientes, les clients et les boutiques qui aiment ce que nous faisons et veulent le dire autour d'eux. Sa raison d'être tient en une phrase : faire connaître une cosmétique simple, honnête et locale par la voix de celles et ceux qui l'utilisent vraiment, sans jamais leur faire dire ce qu'ils ne pensent pas.", "c_raison"),
        ("h", 1, "2. Qui peut rejoindre la Tribu"),
        ("p", "La Tribu n'est pas ouverte à tout le monde, et ce n'est pas une question de nombre d'abonnés. Nous invitons des personnes et des boutiques qui nous connaissent depuis un moment. Pour recevoir une invitation, il faut en général réunir les conditions suivantes :", "c_qui_intro"),
        ("ul", [
            "être client depuis au moins douze mois, en ligne, sur un marché ou dans une boutique partenaire ;",
            "avoir passé au moins trois commandes ou être une boutique revendeuse depuis une saison complète ;",
            "nous avoir déjà fait un retour spontané, un avis ou une suggestion ;",
            "avoir envie d'y consacrer un peu de temps, même une heure par trimestre.",
        ], "c_qui"),
        ("p", "L'influence sur les réseaux sociaux peut compter, mais elle ne suffit jamais à elle seule. Une cliente fidèle qui parle de nos savons à son club de randonnée nous intéresse autant qu'un compte de dix mille abonnés.", "c_influence"),
        ("h", 1, "3. Ce que nous vous demandons"),
        ("p", "Être ambassadeur, c'est un échange. De votre côté, vous vous engagez à :", "c_demandes_intro"),
        ("ul", [
            "parler de Lavandine avec vos propres mots, uniquement des produits que vous avez testés ;",
            "dire clairement que vous faites partie de la Tribu quand vous publiez sur un réseau social ;",
            "répondre aux sollicitations, même pour dire non, dans le délai indiqué ;",
            "respecter les autres membres du Séchoir, notre espace privé sur Discord ;",
            "garder pour vous les informations confidentielles, comme les nouveautés avant leur lancement.",
        ], "c_demandes"),
        ("h", 1, "4. Ce que nous nous engageons à faire"),
        ("p", "De notre côté, l'équipe Lavandine s'engage à :", "c_engagements_intro"),
        ("ol", [
            "ne jamais vous solliciter plus de deux fois par mois, toutes demandes confondues ;",
            "vous prévenir au moins trois semaines avant un besoin lié à un salon ou à un lancement ;",
            "créditer vos points dans les sept jours qui suivent une contribution validée ;",
            "vous faire goûter nos nouveautés avant tout le monde, quand votre niveau le permet ;",
            "écouter vos idées et vous dire ce que nous en faisons, même quand la réponse est non.",
        ], "c_engagements"),
        ("h", 1, "5. Authenticité des messages"),
        ("p", "Nous ne vous enverrons jamais de texte tout prêt à copier-coller. Nous pouvons vous donner des repères, une date de lancement, une composition exacte, mais les phrases restent les vôtres. Un avis qui reprend mot pour mot le site de la savonnerie ne convainc personne, et il nous ferait du tort.", "c_authenticite"),
        ("p", "Si un produit ne vous a pas plu, vous avez le droit de le dire, y compris publiquement. Nous préférons un avis nuancé et sincère à cinq étoiles de complaisance. Vous ne perdrez aucun point pour un avis critique.", "c_avis_critique"),
        ("h", 1, "6. Quitter la Tribu"),
        ("p", "Vous pouvez quitter la Tribu à tout moment, sans justification, en écrivant à Maëlle ou en tapant « quitter » à l'assistant du Séchoir. Vos points restent utilisables pendant six mois après votre départ. Vous restez évidemment client, avec les mêmes conditions que tout le monde, et vous pouvez revenir plus tard si l'envie vous reprend.", "c_quitter"),
        ("p", "Il peut aussi arriver que nous mettions fin à une participation : absence de réponse pendant un an, non-respect répété de la charte ou message trompeur publié au nom de la Tribu. Dans ce cas, Maëlle vous appelle d'abord pour en parler ; rien n'est décidé par un simple courriel.", "c_fin_participation"),
        ("h", 1, "7. Contact"),
        ("p", "La Tribu est animée par Maëlle Rouvier, responsable de la communauté, joignable au 04 75 26 18 40 du mardi au vendredi, ou à tribu@lavandine.fr. Thomas Aubanel, cofondateur, répond lui-même aux questions qui touchent à la charte.", "c_contact"),
    ]))

# ---------------------------------------------------------------- 2 (md, fr)
DOCS.append(dict(
    file="guide-points-niveaux.md", fmt="md", lang="fr", audience="all ambassadors",
    title="Points, niveaux et avantages de la Tribu",
    readership="Pour tous les ambassadeurs — version de janvier 2027, remplace le guide de 2025.",
    blocks=[
        ("p", "Chaque contribution à la Tribu rapporte des points. Les points font monter de niveau et se convertissent en produits ou en moments à la savonnerie. Ce guide explique le barème, les trois niveaux et ce qu'ils débloquent.", "g_intro"),
        ("h", 1, "Comment gagner des points"),
        ("p", "Les points sont crédités quand Maëlle a validé la contribution, en général sous sept jours. Certains types de contribution sont plafonnés pour éviter que la Tribu devienne une course.", "g_credit"),
        ("table", ["Contribution", "Points", "Plafond"], [
            ["Avis en ligne (site, Google, boutique)", "20", "3 par trimestre"],
            ["Partage sur un réseau social", "10", "4 par mois"],
            ["Témoignage écrit", "60", "aucun"],
            ["Témoignage vidéo", "120", "2 par an"],
            ["Participation à un salon ou un marché", "150", "aucun"],
            ["Recommandation d'une boutique qui passe commande", "200", "aucun"],
            ["Aide apportée à un membre sur le Séchoir", "15", "5 par mois"],
            ["Idée d'amélioration retenue", "80", "aucun"],
            ["Séance de test d'un nouveau produit", "50", "aucun"],
        ], "g_bareme"),
        ("h", 1, "Les trois niveaux"),
        ("p", "Les niveaux portent les noms de la fabrication : le bloc de savon sort du moule, on le coupe en pains, et les copeaux tombent de la découpe. On commence donc Copeau, et l'on devient Bloc.", "g_niveaux_intro"),
        ("h", 2, "Copeau (de 0 à 299 points)"),
        ("p", "C'est le niveau de départ de tout nouvel ambassadeur. Il donne accès à :", "g_copeau_intro"),
        ("ul", [
            "Le Séchoir, notre espace privé sur Discord",
            "La lettre « La Cure », un dimanche par mois",
            "Un coffret de bienvenue avec trois savons de saison",
            "10 % de remise sur la boutique en ligne",
        ], "g_copeau"),
        ("h", 2, "Pain (de 300 à 999 points)"),
        ("p", "Le niveau Pain récompense les ambassadeurs réguliers. En plus des avantages du niveau Copeau :", "g_pain_intro"),
        ("ul", [
            "Les nouveautés en avant-première, six semaines avant leur sortie",
            "15 % de remise au lieu de 10 %",
            "Une invitation par an à la journée portes ouvertes de l'atelier, avec un accompagnant",
            "La possibilité de participer aux séances de test des formules",
        ], "g_pain"),
        ("h", 2, "Bloc (à partir de 1 000 points)"),
        ("p", "Le niveau Bloc est réservé aux piliers de la Tribu. En plus des avantages des niveaux précédents :", "g_bloc_intro"),
        ("ul", [
            "Un siège au comité des ambassadeurs, qui se réunit deux fois par an avec les fondateurs",
            "Un atelier de fabrication de savon avec Inès Barral, notre formulatrice",
            "Votre prénom sur l'étiquette d'une édition limitée, si vous le souhaitez",
            "La livraison offerte toute l'année",
        ], "g_bloc"),
        ("h", 1, "Garder son niveau"),
        ("p", "Les niveaux sont recalculés chaque 1er janvier sur les points gagnés pendant les vingt-quatre derniers mois. On ne redescend jamais de plus d'un niveau à la fois, et une pause déclarée à Maëlle (naissance, maladie, déménagement, simple besoin de souffler) gèle le calcul pendant six mois.", "g_garder"),
        ("h", 1, "Convertir ses points"),
        ("p", "Les points se convertissent à partir de 100 points, depuis le Séchoir ou en le demandant à l'assistant. Convertir des points ne fait pas baisser le niveau : le niveau compte les points gagnés, pas le solde. Les points non utilisés expirent au bout de trois ans.", "g_convertir"),
        ("h", 1, "Ce qui ne rapporte pas de points"),
        ("ul", [
            "Les achats, quel que soit leur montant",
            "Les avis publiés sans mention de votre appartenance à la Tribu",
            "Les partages d'un contenu sponsorisé par la savonnerie",
            "Les contributions faites par un tiers en votre nom",
        ], "g_pas_points"),
    ]))

# ---------------------------------------------------------------- 3 (md, fr)
DOCS.append(dict(
    file="programme-recommandation.md", fmt="md", lang="fr", audience="all ambassadors",
    title="Recommander Lavandine à une boutique ou à un proche",
    readership="Destiné à tous les ambassadeurs qui souhaitent nous présenter un commerce ou une personne de leur entourage.",
    blocks=[
        ("p", "Près d'un tiers des 210 boutiques qui vendent aujourd'hui nos savons nous ont été présentées par un client. Ce document explique comment recommander une boutique, comment faire découvrir la savonnerie à un proche, et ce que chacun y gagne.", "r_intro"),
        ("h", 1, "Recommander une boutique"),
        ("p", "Nous cherchons des épiceries vrac, des magasins bio, des pharmacies et des boutiques de créateurs qui partagent notre façon de travailler. Une recommandation se fait en quatre étapes :", "r_etapes_intro"),
        ("ol", [
            "Vous parlez de Lavandine au gérant et vérifiez qu'il est d'accord pour être contacté.",
            "Vous remplissez le formulaire « Présenter une boutique » sur le Séchoir, avec le nom du commerce et la personne à joindre.",
            "Bastien, notre commercial, appelle la boutique dans les dix jours ouvrés et vous tient au courant.",
            "Si la boutique passe une première commande, vos points sont crédités à la livraison.",
        ], "r_etapes"),
        ("p", "Merci de ne jamais transmettre les coordonnées d'un commerçant sans son accord : nous ne le contacterons pas si le formulaire ne le précise pas.", "r_accord"),
        ("h", 1, "Ce que reçoit la boutique"),
        ("ul", [
            "Un présentoir en bois de châtaignier fabriqué à Dieulefit",
            "Des échantillons de toute la gamme pour ses clients",
            "Une remise de 8 % sur la première commande",
            "Une formation d'une heure, en visio, sur la saponification à froid",
        ], "r_boutique_recoit"),
        ("h", 1, "Barème des récompenses"),
        ("p", "Les récompenses dépendent de l'avancement de la relation avec la boutique. Elles se cumulent.", "r_bareme_intro"),
        ("table", ["Étape", "Pour l'ambassadeur", "Pour la boutique"], [
            ["Rendez-vous obtenu", "30 points", "Kit d'échantillons"],
            ["Première commande livrée", "200 points", "8 % de remise"],
            ["Deuxième commande dans l'année", "100 points", "Présentoir offert"],
            ["Boutique partenaire depuis un an", "Coffret « Récolte » de 6 savons", "Visite de l'atelier"],
        ], "r_bareme"),
        ("h", 1, "Recommander à un proche"),
        ("p", "Chaque ambassadeur dispose d'un code personnel, visible dans le Séchoir. Votre proche l'indique lors de sa première commande en ligne et reçoit un savon de voyage offert. Vous recevez 25 points dès que la commande est expédiée, dans la limite de dix proches par an. Le code n'est pas valable sur les marchés.", "r_proche"),
        ("h", 1, "Règles et limites"),
        ("p", "Pour que la recommandation reste un conseil d'ami et non un démarchage, quelques règles s'appliquent :", "r_regles_intro"),
        ("ul", [
            "une même boutique ne peut être recommandée que par un seul ambassadeur : le premier formulaire reçu compte ;",
            "les boutiques que vous possédez ou dirigez ne donnent pas droit aux points de recommandation ;",
            "le code personnel ne doit pas être publié sur un site de bons de réduction ;",
            "les points sont retirés si une commande est annulée ou remboursée dans les trente jours.",
        ], "r_regles"),
        ("h", 1, "Et si la boutique dit non ?"),
        ("p", "Cela arrive souvent, et ce n'est pas un échec. Certaines boutiques ont déjà une savonnerie locale qu'elles soutiennent, d'autres n'ont pas la place. Vous gardez les 30 points du rendez-vous s'il a eu lieu. Bastien ne relance jamais une boutique qui a refusé, sauf si elle revient vers nous.", "r_non"),
        ("h", 1, "Suivre ses recommandations"),
        ("p", "L'onglet « Mes recommandations » du Séchoir montre l'état de chaque boutique présentée : en attente d'appel, rendez-vous pris, commande passée ou refus. Vous pouvez aussi demander à l'assistant où en est une boutique en donnant son nom ; il ne vous montrera que les boutiques que vous avez vous-même recommandées.", "r_suivi"),
    ]))

# ---------------------------------------------------------------- 4 (md, fr)
DOCS.append(dict(
    file="evenements-2027.md", fmt="md", lang="fr", audience="all ambassadors",
    title="Les rendez-vous de la Tribu en 2027",
    readership="Pour tous les membres de la Tribu, quel que soit leur niveau. Les places sont limitées, les inscriptions se font sur le Séchoir.",
    blocks=[
        ("h", 1, "Visiter l'atelier de Nyons"),
        ("p", "L'atelier ouvre ses portes aux ambassadeurs un samedi par trimestre. La visite dure deux heures : la salle de saponification, le séchoir où les savons mûrissent pendant six semaines, puis la découpe et l'emballage. Elle se termine par un goûter au jardin de lavande quand la météo le permet. Les enfants de plus de huit ans sont les bienvenus, mais la salle de fabrication leur reste fermée à cause de la soude.", "e_visite"),
        ("h", 1, "Calendrier 2027"),
        ("table", ["Date", "Événement", "Lieu", "Places"], [
            ["13 mars", "Portes ouvertes de printemps", "Atelier de Nyons", "40"],
            ["4 au 6 avril", "Salon Vivre Bio", "Lyon, Eurexpo", "6 ambassadeurs"],
            ["22 mai", "Atelier « Mon premier savon »", "Atelier de Nyons", "12"],
            ["19 juin", "Fête de la lavande", "Jardin de l'atelier", "80"],
            ["25 septembre", "Portes ouvertes d'automne", "Atelier de Nyons", "40"],
            ["16 octobre", "Comité des ambassadeurs", "Nyons et en visio", "Niveau Bloc"],
            ["27 novembre", "Marché de Noël des créateurs", "Valence", "4 ambassadeurs"],
        ], "e_calendrier"),
        ("h", 1, "S'inscrire"),
        ("ol", [
            "Ouvrez le salon #rendez-vous du Séchoir ou demandez à l'assistant la liste des dates.",
            "Choisissez l'événement et indiquez si vous venez accompagné.",
            "Attendez la confirmation de Maëlle, envoyée au plus tard quinze jours avant la date.",
            "Si vous êtes sur liste d'attente, vous êtes prévenu dès qu'une place se libère.",
        ], "e_inscrire"),
        ("p", "Quand un événement affiche complet, la priorité va aux ambassadeurs qui ne sont encore jamais venus, puis par ordre d'inscription. Le niveau ne donne aucune priorité, sauf pour le comité des ambassadeurs.", "e_priorite"),
        ("h", 1, "Tenir le stand avec nous"),
        ("p", "Sur les salons et les marchés, nous avons besoin d'ambassadeurs pour parler des produits aux visiteurs. Vous ne vendez pas : la caisse reste tenue par l'équipe. Votre rôle sur le stand :", "e_stand_intro"),
        ("ul", [
            "accueillir les visiteurs et leur faire sentir les savons ;",
            "raconter votre propre expérience des produits ;",
            "orienter les questions techniques vers Inès ou vers la fiche de composition ;",
            "proposer l'inscription à la lettre « La Cure ».",
        ], "e_stand"),
        ("p", "Un créneau dure quatre heures au maximum. Personne ne tient le stand une journée entière, même par enthousiasme : nous avons vu trop d'ambassadeurs repartir épuisés.", "e_creneau"),
        ("h", 1, "Frais et défraiement"),
        ("p", "La savonnerie rembourse les frais de transport en train au tarif de seconde classe, ou 0,32 € par kilomètre en voiture, sur justificatif envoyé dans le mois. Le repas du midi est offert sur les salons. Les frais d'hôtel sont pris en charge uniquement pour le salon de Lyon, dans la limite de 95 € la nuit.", "e_frais"),
        ("h", 1, "Annuler sa venue"),
        ("p", "Prévenez Maëlle dès que possible, même la veille. Une annulation n'a aucune conséquence sur vos points ni sur vos prochaines inscriptions. Les points de participation ne sont crédités qu'après l'événement, pour la présence effective.", "e_annuler"),
        ("h", 1, "Accessibilité"),
        ("p", "Le rez-de-chaussée de l'atelier, le jardin et les toilettes sont accessibles en fauteuil roulant ; la salle de découpe, à l'étage, ne l'est pas. Signalez tout besoin particulier lors de l'inscription et nous adapterons le parcours de la visite.", "e_acces"),
    ]))

# ---------------------------------------------------------------- 5 (pdf, fr, staff)
DOCS.append(dict(
    file="objectifs-indicateurs-2027.pdf", fmt="pdf", lang="fr", audience="staff only",
    footer="Savonnerie Lavandine — Tribu — objectifs 2027 — diffusion interne",
    title="Objectifs et indicateurs de la Tribu — 2027",
    readership="Document interne : équipe Lavandine et comité de pilotage uniquement. Ne pas déposer sur le Séchoir ni transmettre aux ambassadeurs.",
    blocks=[
        ("h", 1, "1. Rappel de la raison d'être"),
        ("p", "La raison d'être de la Tribu a été réécrite par l'équipe lors de l'atelier NOUS de septembre 2026 : faire connaître une cosmétique simple, honnête et locale par la voix de celles et ceux qui l'utilisent vraiment. Les propositions générées par l'outil d'IA (« renforcer la relation client », « amplifier la notoriété ») ont servi de point de départ à la discussion, pas de texte final.", "o_raison"),
        ("h", 1, "2. Objectifs 2027"),
        ("p", "Le comité de pilotage a retenu cinq objectifs, classés par priorité :", "o_objectifs_intro"),
        ("ol", [
            "Ouvrir 35 nouvelles boutiques revendeuses grâce aux recommandations d'ambassadeurs.",
            "Porter la note moyenne des avis en ligne au-dessus de 4,6 sur 5, sans aucune incitation à la note.",
            "Garder au moins 80 % des ambassadeurs actifs d'une année sur l'autre.",
            "Recueillir douze témoignages vidéo utilisables pour le lancement de la gamme « Garrigue ».",
            "Faire participer vingt ambassadeurs aux séances de test des formules.",
        ], "o_objectifs"),
        ("h", 1, "3. Indicateurs et cibles"),
        ("table", ["Indicateur", "Réel 2026", "Cible 2027"], [
            ["Ambassadeurs actifs", "148", "190"],
            ["Contributions par ambassadeur et par an", "5,2", "6"],
            ["Taux de réponse aux sollicitations", "61 %", "70 %"],
            ["Délai moyen de réponse à une sollicitation", "6,5 jours", "4 jours"],
            ["Boutiques ouvertes par recommandation", "22", "35"],
            ["NPS des ambassadeurs", "+52", "+55"],
            ["Taux de passage Copeau vers Pain", "18 %", "25 %"],
        ], "o_indicateurs"),
        ("h", 1, "4. Indicateurs de santé"),
        ("p", "Les chiffres de production ne disent pas si la Tribu va bien. Nous suivons donc chaque trimestre des indicateurs de santé, présentés en comité avant les chiffres de production :", "o_sante_intro"),
        ("ul", [
            "la rétention des ambassadeurs d'une année sur l'autre ;",
            "la part des sollicitations adressées aux vingt ambassadeurs les plus actifs, qui ne doit pas dépasser 30 % ;",
            "le nombre d'ambassadeurs sans aucune contribution depuis six mois ;",
            "le NPS des ambassadeurs, mesuré en juin et en décembre.",
        ], "o_sante"),
        ("h", 1, "5. Budget"),
        ("table", ["Poste", "Montant 2027"], [
            ["Coffrets de bienvenue et cadeaux", "14 500 €"],
            ["Événements et défraiements", "9 800 €"],
            ["Outils (Discord, assistant, formulaires)", "3 200 €"],
            ["Temps de Maëlle consacré à la Tribu (60 %)", "27 000 €"],
        ], "o_budget"),
        ("p", "Le budget total de 54 500 € est en hausse de 12 % par rapport à 2026. La hausse porte presque entièrement sur les événements, avec l'ajout du salon Vivre Bio à Lyon.", "o_budget_total"),
        ("h", 1, "6. Points de vigilance"),
        ("p", "Le bilan 2026 a mis en évidence trois risques que le comité veut suivre de près :", "o_vigilance_intro"),
        ("ul", [
            "la sur-sollicitation : huit ambassadeurs ont reçu plus de quinze demandes dans l'année ;",
            "l'usure du coffret de bienvenue, inchangé depuis 2024 et cité comme « un peu toujours le même » ;",
            "la dépendance à une seule personne, Maëlle, pour toute l'animation du Séchoir.",
        ], "o_vigilance"),
        ("h", 1, "7. Mesure de l'impact commercial"),
        ("p", "Le chiffre d'affaires influencé est mesuré de deux façons : les commandes passées avec un code personnel d'ambassadeur, et le chiffre d'affaires de la première année des boutiques ouvertes par recommandation. En 2026, il s'élevait à 118 000 €, soit un peu plus de deux fois le budget du programme. Les ventes réalisées sur les salons ne sont pas comptées, faute de pouvoir distinguer l'effet des ambassadeurs de celui du stand.", "o_impact"),
    ]))

# ---------------------------------------------------------------- 6 (pdf, fr)
DOCS.append(dict(
    file="donnees-et-assistant.pdf", fmt="pdf", lang="fr", audience="all ambassadors",
    footer="Tribu Lavandine — Vos données et l'assistant — version 2027-01",
    title="Vos données, l'assistant du Séchoir et vous",
    readership="À l'attention de tous les ambassadeurs de la Tribu Lavandine et des personnes invitées à la rejoindre.",
    blocks=[
        ("h", 1, "Qui traite vos données"),
        ("p", "La Savonnerie Lavandine SAS, 12 chemin des Olivettes à Nyons, est responsable des données collectées dans le cadre de la Tribu. Thomas Aubanel en est le référent : pour toute question, écrivez à donnees@lavandine.fr. Nous ne vendons ni ne louons aucune donnée, et aucune n'est utilisée pour de la publicité ciblée.", "d_qui"),
        ("h", 1, "Ce que nous collectons"),
        ("table", ["Donnée", "Pourquoi", "Durée de conservation"], [
            ["Nom, courriel, téléphone", "Vous contacter", "Participation + 6 mois"],
            ["Historique des commandes", "Vérifier l'ancienneté", "3 ans après la commande"],
            ["Contributions et points", "Calculer votre niveau", "Participation + 6 mois"],
            ["Messages échangés avec l'assistant", "Répondre, corriger", "12 mois"],
            ["Réponses aux ateliers JE", "Comprendre vos besoins", "2 ans, puis anonymisées"],
            ["Photos et vidéos", "Publier vos témoignages", "Jusqu'à votre retrait"],
        ], "d_collecte"),
        ("h", 1, "L'assistant du Séchoir"),
        ("p", "Sur le Séchoir, un assistant répond aux questions sur le programme, rappelle les sollicitations et enregistre vos contributions. C'est un programme informatique qui s'appuie sur de l'intelligence artificielle, pas une personne : il le dit lui-même au début de chaque conversation. Il ne connaît que les documents de la Tribu et les informations de votre compte, et il peut se tromper. Maëlle relit chaque semaine un échantillon des échanges pour corriger ses erreurs.", "d_assistant"),
        ("p", "Les messages que vous lui adressez ne sont jamais utilisés pour entraîner un modèle d'intelligence artificielle, chez nous ou chez un prestataire.", "d_entrainement"),
        ("h", 1, "Vos consentements"),
        ("p", "Lors de votre inscription, nous vous demandons trois accords séparés. Chacun peut être donné ou retiré indépendamment des autres, à tout moment, depuis l'onglet « Mes réglages » :", "d_consent_intro"),
        ("ul", [
            "recevoir des rappels de l'assistant pour les sollicitations en cours ;",
            "recevoir des suggestions de contributions adaptées à votre profil ;",
            "voir votre prénom et votre ville affichés dans le classement du Séchoir.",
        ], "d_consent"),
        ("p", "Refuser l'un de ces accords ne change rien à votre niveau ni à vos avantages.", "d_refus"),
        ("h", 1, "Quand l'assistant passe la main"),
        ("p", "L'assistant n'est pas fait pour tout. Il transmet la conversation à Maëlle, ou à Thomas en son absence, dans les situations suivantes :", "d_relais_intro"),
        ("ul", [
            "une réaction cutanée ou tout autre problème de santé lié à un produit ;",
            "une réclamation sur une commande, une livraison ou un remboursement ;",
            "un conflit entre membres du Séchoir ;",
            "une demande qui concerne vos données personnelles ;",
            "chaque fois que vous écrivez que vous voulez parler à quelqu'un.",
        ], "d_relais"),
        ("p", "Pendant les heures d'ouverture, du mardi au vendredi de 9 h à 17 h, une personne vous répond dans la journée. En dehors de ces horaires, l'assistant vous indique quand vous serez rappelé, et vous donne le numéro du centre antipoison si la situation l'exige.", "d_horaires"),
        ("h", 1, "Vos droits"),
        ("p", "Vous pouvez à tout moment consulter, corriger, exporter ou faire effacer vos données, et vous opposer à un traitement. L'effacement de votre compte entraîne la perte des points non convertis. Si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la CNIL.", "d_droits"),
    ]))

# ---------------------------------------------------------------- 7 (docx, fr)
DOCS.append(dict(
    file="calendrier-sollicitations-S1-2027.docx", fmt="docx", lang="fr", audience="all ambassadors",
    title="Calendrier des sollicitations — premier semestre 2027",
    readership="Pour les ambassadeurs de tous niveaux : ce que nous allons vous demander d'ici juillet, et pour quand.",
    blocks=[
        ("p", "Ce calendrier est publié pour que chacun puisse s'organiser à l'avance. Il ne contient que les besoins connus au 10 janvier ; d'autres demandes peuvent s'ajouter, toujours avec trois semaines de préavis au minimum.", "s_intro"),
        ("h", 1, "Nos principes"),
        ("p", "Nous avons revu notre façon de solliciter la Tribu après le bilan 2026, où quelques ambassadeurs ont reçu beaucoup trop de demandes. Désormais :", "s_principes_intro"),
        ("ul", [
            "chaque ambassadeur reçoit au maximum deux sollicitations par mois ;",
            "une même personne n'est pas sollicitée deux fois de suite pour le même type de contribution ;",
            "les ambassadeurs qui n'ont encore jamais été sollicités passent en priorité ;",
            "un refus ne fait perdre aucun point et ne fait pas baisser votre priorité.",
        ], "s_principes"),
        ("h", 1, "Le calendrier"),
        ("table", ["Mois", "Besoin", "Profil recherché", "Nombre", "Réponse avant le"], [
            ["Janvier", "Avis sur le nouveau shampooing solide Ortie", "Niveau Pain ou Bloc", "15", "24 janvier"],
            ["Février", "Témoignages écrits pour le catalogue des revendeurs", "Boutiques partenaires", "5", "7 février"],
            ["Mars", "Visiteurs pour les portes ouvertes du 13 mars", "Tous niveaux", "40", "27 février"],
            ["Avril", "Présence sur le stand du salon Vivre Bio", "Ambassadeurs de la région lyonnaise", "6", "14 mars"],
            ["Mai", "Testeurs de la gamme « Garrigue »", "Peaux sensibles ou réactives", "20", "18 avril"],
            ["Juin", "Témoignages vidéo pour le lancement de « Garrigue »", "Testeurs de mai", "8", "30 mai"],
        ], "s_calendrier"),
        ("h", 1, "Comment répondre"),
        ("ol", [
            "Vous recevez la sollicitation par message privé de l'assistant sur le Séchoir, et par courriel si vous l'avez demandé.",
            "Vous répondez « oui », « non » ou « peut-être plus tard » directement à l'assistant.",
            "Si vous dites oui, Maëlle vous envoie sous trois jours les informations utiles et, le cas échéant, les produits.",
            "Une fois la contribution faite, vous la déclarez à l'assistant avec un lien ou une photo.",
        ], "s_repondre"),
        ("h", 1, "Si vous ne pouvez pas"),
        ("p", "Dire non est normal et attendu. Un ambassadeur qui répond non à toutes les sollicitations d'un semestre reçoit simplement un message de Maëlle pour savoir si le rythme lui convient encore ; il n'est ni rétrogradé ni exclu. Ce qui nous gêne vraiment, c'est l'absence de réponse, parce qu'elle bloque la place pour un autre ambassadeur.", "s_non"),
        ("h", 1, "Les tests de la gamme « Garrigue »"),
        ("p", "Les vingt testeurs de mai recevront trois produits non encore commercialisés : un savon au thym, un baume pour les mains et un déodorant solide sans bicarbonate. Ils s'engagent à les utiliser pendant quatre semaines et à remplir un questionnaire de dix minutes. Les formules restent confidentielles jusqu'au lancement de septembre : merci de ne publier ni photo ni avis avant cette date.", "s_garrigue"),
        ("h", 1, "Après la contribution"),
        ("p", "Maëlle valide les contributions déclarées dans les sept jours. Les points apparaissent alors dans votre profil sur le Séchoir. Si une contribution est refusée, par exemple un avis publié sur une plateforme que nous ne suivons pas, vous recevez toujours une explication, et vous pouvez en discuter avec elle.", "s_apres"),
        ("p", "Nous publions à la fin de chaque mois, dans « La Cure », le nombre de réponses reçues et ce que les contributions ont permis : une boutique ouverte, un catalogue imprimé, une formule modifiée. C'est notre façon de vous montrer à quoi sert votre temps.", "s_bilan"),
    ]))

# ---------------------------------------------------------------- 8 (docx, fr, staff)
DOCS.append(dict(
    file="synthese-atelier-JE-novembre-2026.docx", fmt="docx", lang="fr", audience="staff only",
    title="Synthèse de l'atelier JE du 14 novembre 2026",
    readership="Réservé à l'équipe programme et aux animateurs d'atelier. Contient des verbatims : ne pas transférer aux participants.",
    blocks=[
        ("h", 1, "Contexte"),
        ("p", "L'atelier JE s'est tenu à l'atelier de Nyons et en visio, de 14 h à 17 h, animé par Maëlle Rouvier et Claire Fabre, consultante. Il s'agissait de présenter la raison d'être et les objectifs définis en septembre, et de vérifier s'ils rejoignent les besoins personnels des ambassadeurs. Cette synthèse a été préparée avec l'assistant à partir des notes et des réponses écrites, puis relue et corrigée par les deux animatrices.", "j_contexte"),
        ("h", 1, "Participants"),
        ("table", ["Profil", "Participants", "Ancienneté moyenne comme client"], [
            ["Particuliers niveau Copeau", "7", "2 ans"],
            ["Particuliers niveau Pain ou Bloc", "6", "5 ans"],
            ["Gérantes et gérants de boutiques", "4", "4 ans"],
            ["Anciens ambassadeurs ayant quitté la Tribu", "2", "6 ans"],
        ], "j_participants"),
        ("h", 1, "Besoins exprimés"),
        ("h", 2, "Particuliers"),
        ("ul", [
            "Comprendre ce qu'il y a dans les produits et pourquoi, au-delà de la liste des ingrédients.",
            "Être tenus au courant des nouveautés avant les réseaux sociaux.",
            "Ne pas se sentir utilisés comme des panneaux publicitaires.",
            "Rencontrer les personnes qui fabriquent les savons.",
            "Pouvoir faire une pause sans perdre leur place.",
        ], "j_particuliers"),
        ("h", 2, "Boutiques revendeuses"),
        ("ul", [
            "Des témoignages de clients à afficher en magasin.",
            "Être prévenues des ruptures de stock avant leurs clients.",
            "Une formation courte pour le personnel saisonnier.",
            "Ne pas voir d'autres boutiques du même quartier recrutées par la Tribu.",
        ], "j_boutiques"),
        ("h", 1, "Convergences"),
        ("p", "Tous les groupes se retrouvent sur l'idée d'une cosmétique honnête et locale : la raison d'être a été approuvée sans réserve, plusieurs participants la trouvant « enfin claire ». L'objectif de témoignages vidéo rejoint le besoin des boutiques, qui veulent des paroles de clients à montrer. Le besoin de rencontrer l'équipe converge avec l'objectif de fidélisation : les participants venus aux portes ouvertes sont aussi ceux qui restent.", "j_convergences"),
        ("h", 1, "Divergences"),
        ("p", "Trois points de tension sont apparus, entre participants ou entre leurs besoins et les objectifs du programme :", "j_divergences_intro"),
        ("ul", [
            "L'objectif de 35 nouvelles boutiques inquiète les gérants, qui craignent une concurrence dans leur propre rue.",
            "Les particuliers de niveau Copeau trouvent le classement du Séchoir décourageant ; ceux de niveau Bloc y tiennent.",
            "Les deux anciens ambassadeurs ont quitté la Tribu à cause du rythme des demandes en 2025, ce que les objectifs de production pourraient reproduire.",
        ], "j_divergences"),
        ("h", 1, "Verbatims marquants"),
        ("p", "« Je veux bien parler de vos savons, mais je ne veux pas qu'on me dise quoi dire. » — Sophie, niveau Pain, cliente depuis 2017.", "j_verbatim1"),
        ("p", "« Le jour où une épicerie ouvre un rayon Lavandine à cent mètres de chez moi, j'arrête. » — gérant d'une épicerie vrac à Montélimar.", "j_verbatim2"),
        ("h", 1, "Suites proposées pour l'atelier ACTION"),
        ("ol", [
            "Ajouter une règle d'exclusivité de quartier pour les boutiques recommandées, à discuter avec Bastien.",
            "Rendre le classement du Séchoir facultatif, affiché seulement pour ceux qui le souhaitent.",
            "Créer un groupe « Boutiques » avec ses propres thèmes de contenu et ses propres indicateurs.",
            "Revoir le coffret de bienvenue avec les participants volontaires.",
        ], "j_suites"),
        ("p", "Ce que la synthèse ne dit pas : l'émotion des deux anciens ambassadeurs, qui ont parlé longuement de leur attachement à la savonnerie malgré leur départ. Les animatrices recommandent que Thomas les rappelle personnellement avant l'atelier ACTION.", "j_limite"),
    ]))

# ---------------------------------------------------------------- 9 (txt, fr)
DOCS.append(dict(
    file="guide-du-temoignage.txt", fmt="txt", lang="fr", audience="all ambassadors",
    heading_style="underlined",
    title="Guide du témoignage",
    readership="Pour tous les ambassadeurs qui acceptent d'écrire, d'enregistrer ou de filmer un témoignage.",
    blocks=[
        ("h", 1, "Pourquoi vos mots comptent"),
        ("p", "Quand une boutique hésite à prendre nos savons, ou qu'une personne se demande si un shampooing solide peut vraiment remplacer son flacon, les mots d'un client pèsent plus que tout ce que nous pourrions écrire. Un bon témoignage n'a pas besoin d'être enthousiaste : il doit être précis et vrai.", "t_pourquoi"),
        ("h", 1, "Le témoignage écrit"),
        ("h", 2, "Avant d'écrire"),
        ("p", "Prenez cinq minutes pour répondre à ces questions sur un brouillon ; elles suffisent souvent à trouver votre texte :", "t_avant_intro"),
        ("ul", [
            "Depuis quand utilisez-vous nos produits, et lesquels ?",
            "Qu'utilisiez-vous avant, et qu'est-ce qui vous a fait changer ?",
            "Qu'est-ce qui vous a surpris, en bien ou en moins bien ?",
            "À qui le conseilleriez-vous, et à qui pas ?",
        ], "t_avant"),
        ("h", 2, "Longueur et ton"),
        ("p", "Entre cinq et quinze lignes suffisent. Écrivez comme vous parleriez à une amie, à la première personne. Évitez les superlatifs et les promesses de santé : nous ne pouvons pas publier « ce savon a guéri mon eczéma », même si c'est votre expérience, parce que la loi interdit d'attribuer un effet thérapeutique à un cosmétique. Vous pouvez en revanche écrire que votre peau tiraille moins.", "t_longueur"),
        ("h", 1, "Le témoignage vidéo"),
        ("h", 2, "Matériel"),
        ("p", "Pas besoin d'équipement professionnel. Voici ce qu'il faut :", "t_materiel_intro"),
        ("ul", [
            "un téléphone récent, tenu à l'horizontale ;",
            "une pièce calme, sans écho, à la lumière du jour ;",
            "le produit dont vous parlez, à portée de main ;",
            "dix minutes devant vous, sans interruption.",
        ], "t_materiel"),
        ("h", 2, "Déroulé d'un tournage"),
        ("ol", [
            "Maëlle vous envoie trois questions la semaine précédente, pour que vous puissiez y réfléchir.",
            "Le jour venu, vous vous filmez en répondant librement, sans lire de texte.",
            "Vous envoyez le fichier par le lien de dépôt reçu par courriel, pas par le Séchoir.",
            "Nous montons une version courte que vous validez avant toute publication.",
        ], "t_tournage"),
        ("p", "Si vous préférez, nous pouvons aussi venir filmer chez vous ou à l'atelier. Comptez alors une heure, et 40 points supplémentaires pour le temps passé.", "t_tournage_atelier"),
        ("h", 1, "Les avis en ligne"),
        ("p", "Un avis sur le site, sur Google ou sur le site d'une boutique revendeuse doit toujours mentionner que vous faites partie de la Tribu, par exemple avec la phrase « ambassadrice Lavandine, j'ai reçu ce savon gratuitement ». Sans cette mention, l'avis est trompeur au regard de la loi, et nous devrions vous demander de le retirer.", "t_avis"),
        ("h", 1, "Ce que nous ne ferons jamais"),
        ("ul", [
            "modifier le sens de votre témoignage sans votre accord ;",
            "publier votre nom de famille ou votre visage si vous ne l'avez pas accepté ;",
            "utiliser votre témoignage dans une publicité payante sans vous le demander à nouveau ;",
            "vous demander de noter un produit que vous n'avez pas essayé.",
        ], "t_jamais"),
        ("h", 1, "Validation et droit de retrait"),
        ("p", "Vous relisez toujours la version finale avant publication. Vous pouvez ensuite retirer votre témoignage quand vous le voulez : nous le supprimons de nos propres canaux sous quinze jours. Les documents imprimés déjà distribués, comme le catalogue des revendeurs, ne peuvent pas être rappelés, mais ils ne seront pas réimprimés avec votre texte.", "t_retrait"),
    ]))

# ---------------------------------------------------------------- 10 (html, fr)
DOCS.append(dict(
    file="faq-tribu.html", fmt="html", lang="fr", audience="all ambassadors",
    title="Foire aux questions de la Tribu Lavandine",
    readership="Questions posées par les ambassadeurs — ouverte à tous les membres de la Tribu, mise à jour chaque trimestre.",
    blocks=[
        ("h", 1, "Le programme"),
        ("h", 2, "Combien de temps faut-il y consacrer ?"),
        ("p", "Aussi peu que vous le souhaitez. La plupart des ambassadeurs y passent entre une et trois heures par trimestre. Vous ne recevrez jamais plus de deux sollicitations par mois, et vous pouvez toutes les refuser.", "f_temps"),
        ("h", 2, "Est-ce que je peux faire une pause ?"),
        ("p", "Oui. Dites-le à Maëlle ou à l'assistant en précisant la durée, jusqu'à six mois renouvelables une fois. Pendant la pause, vous ne recevez plus aucune sollicitation, vos points sont conservés et votre niveau est gelé.", "f_pause"),
        ("h", 2, "Suis-je payé pour mes contributions ?"),
        ("p", "Non. La Tribu n'est pas un emploi et vous n'êtes pas rémunéré. Vous recevez des points, des produits et des invitations, dont la valeur ne dépasse pas 300 € par an et par personne. Au-delà, nous serions obligés de les déclarer comme avantages en nature.", "f_paye"),
        ("h", 1, "Points et cadeaux"),
        ("h", 2, "Mes points expirent-ils ?"),
        ("p", "Les points non convertis expirent trois ans après avoir été gagnés. Vous recevez un rappel dans « La Cure » deux mois avant l'expiration. Les points gagnés restent comptés pour votre niveau même après conversion.", "f_expire"),
        ("h", 2, "Que puis-je obtenir avec mes points ?"),
        ("table", ["Récompense", "Points", "Délai de livraison"], [
            ["Savon de saison", "100", "1 semaine"],
            ["Coffret découverte de 4 produits", "300", "2 semaines"],
            ["Place pour l'atelier « Mon premier savon »", "500", "Selon le calendrier"],
            ["Don à l'association Terre de Lavande", "200", "Sans objet"],
            ["Trousse de voyage en lin brodée", "400", "3 semaines"],
        ], "f_recompenses"),
        ("h", 2, "Pourquoi ma contribution n'apparaît-elle pas ?"),
        ("p", "Les contributions sont validées à la main par Maëlle dans les sept jours. Si rien n'apparaît après ce délai, vérifiez que vous l'avez bien déclarée à l'assistant avec un lien ou une photo. Un avis publié sans la mention de la Tribu ne peut pas être validé.", "f_contribution"),
        ("h", 1, "Le Séchoir"),
        ("h", 2, "Qui peut lire mes messages ?"),
        ("p", "Les messages des salons publics du Séchoir sont visibles par tous les membres de la Tribu et par l'équipe. Vos échanges avec l'assistant ne sont lus que par Maëlle, sur un échantillon, pour corriger les erreurs. Aucun message n'est visible en dehors de la Tribu.", "f_lecture"),
        ("h", 2, "Quels sont les salons du Séchoir ?"),
        ("ul", [
            "#accueil, pour se présenter et poser ses premières questions",
            "#mes-savons, pour partager ses usages et ses astuces",
            "#rendez-vous, pour les événements et les inscriptions",
            "#boutiques, réservé aux gérants de boutiques partenaires",
            "#idées, pour proposer des améliorations",
        ], "f_salons"),
        ("h", 1, "Commandes et produits"),
        ("h", 2, "Ma remise ne s'applique pas"),
        ("p", "La remise d'ambassadeur s'applique automatiquement sur la boutique en ligne quand vous êtes connecté avec l'adresse courriel de votre inscription. Elle ne se cumule pas avec les soldes ni avec les codes promotionnels, et elle ne s'applique pas dans les boutiques revendeuses.", "f_remise"),
        ("h", 2, "J'ai eu une réaction à un produit"),
        ("p", "Arrêtez de l'utiliser et écrivez à Maëlle ou dites-le à l'assistant, qui vous mettra en relation avec une personne de l'équipe. Inès, notre formulatrice, vous rappellera pour comprendre ce qui s'est passé. En cas de réaction importante, consultez un médecin.", "f_reaction"),
        ("h", 2, "Je n'ai pas reçu mon coffret de bienvenue"),
        ("p", "Le coffret part dans les trois semaines qui suivent votre inscription, en lettre suivie. Après un mois sans nouvelles, signalez-le à l'assistant : il vérifiera l'adresse enregistrée et transmettra la demande à l'équipe logistique.", "f_coffret"),
    ]))

# ---------------------------------------------------------------- 11 (txt, en)
DOCS.append(dict(
    file="welcome-kit-EN.txt", fmt="txt", lang="en", audience="all ambassadors",
    heading_style="caps",
    title="WELCOME TO THE LAVANDINE TRIBE",
    readership="For our English-speaking ambassadors in the UK, Ireland and the Benelux. Everyone in the Tribe is welcome to read it.",
    blocks=[
        ("h", 1, "ABOUT LAVANDINE"),
        ("p", "Savonnerie Lavandine is a small soap maker in Nyons, in the south of the Drôme, France. Since 2011 we have made cold-process soaps, solid shampoos and balms from olive oil and lavender grown within forty kilometres of the workshop. Thirty-eight people work here, and our products are certified organic. The Tribe is our ambassador programme: customers and shops who like what we do and tell others about it, in their own words.", "w_about"),
        ("h", 1, "YOUR FIRST 30 DAYS"),
        ("ol", [
            "Join Le Séchoir, our private Discord server, with the link in your invitation email.",
            "Say hello in #accueil; English is welcome in every channel.",
            "Tell the assistant which language you prefer, so reminders reach you in English.",
            "Look out for your welcome box with three seasonal soaps, sent within three weeks.",
            "Read the charter and the points guide; both are pinned in #accueil.",
        ], "w_first30"),
        ("h", 1, "HOW POINTS WORK"),
        ("p", "Every contribution earns points once Maëlle has approved it, usually within seven days. Points move you up through the levels and can be exchanged for products or visits from 100 points. Buying soap never earns points: we reward what you do for the Tribe, not what you spend.", "w_points"),
        ("table", ["Contribution", "Points", "Limit"], [
            ["Online review", "20", "3 per quarter"],
            ["Social media share", "10", "4 per month"],
            ["Written testimonial", "60", "none"],
            ["Video testimonial", "120", "2 per year"],
            ["Introducing a shop that orders", "200", "none"],
            ["Helping a member on Le Séchoir", "15", "5 per month"],
        ], "w_table"),
        ("h", 1, "THE THREE LEVELS"),
        ("p", "The levels are named after the way soap is made: a large block comes out of the mould, is cut into bars, and the shavings fall from the cutter. Everyone starts as a Copeau (shaving). These are the thresholds:", "w_levels_intro"),
        ("ul", [
            "Copeau: 0 to 299 points, with access to Le Séchoir, the newsletter and 10% off online;",
            "Pain: 300 to 999 points, with early access to new products and 15% off;",
            "Bloc: 1,000 points and more, with a seat on the ambassador committee and free delivery all year.",
        ], "w_levels"),
        ("p", "Levels are recalculated every 1 January over the last twenty-four months. You never drop more than one level at a time.", "w_recalc"),
        ("h", 1, "SHIPPING AND EVENTS OUTSIDE FRANCE"),
        ("p", "Welcome boxes and rewards are shipped free of charge to the UK, Ireland, Belgium, the Netherlands and Luxembourg. Because of customs, parcels to the UK can take up to four weeks. Events take place in France, but the spring and autumn open days can be followed live on Le Séchoir, and travel costs to Nyons are refunded up to 150 euros for ambassadors coming from abroad.", "w_shipping"),
        ("h", 1, "WHO TO CONTACT"),
        ("table", ["Topic", "Person", "How"], [
            ["The programme, points, events", "Maëlle Rouvier", "tribu@lavandine.fr"],
            ["Product questions and reactions", "Inès Barral", "through the assistant"],
            ["Shops and introductions", "Bastien Morel", "pro@lavandine.fr"],
            ["Your personal data", "Thomas Aubanel", "donnees@lavandine.fr"],
        ], "w_contacts"),
        ("p", "Maëlle and Inès both speak English. Bastien answers in French, but the assistant can translate for you.", "w_langues"),
        ("h", 1, "LEAVING THE TRIBE"),
        ("p", "You can leave at any time, for any reason, by writing to Maëlle or typing \"leave\" to the assistant. Your points stay usable for six months after you leave, and you remain a customer on the same terms as everyone else. If you ever want to come back, just ask: your history will be there.", "w_leave"),
    ]))

# ---------------------------------------------------------------- 12 (html, en)
DOCS.append(dict(
    file="sechoir-community-guidelines.html", fmt="html", lang="en", audience="all ambassadors",
    title="Le Séchoir community guidelines",
    readership="These guidelines apply to every member of Le Séchoir, ambassadors and Lavandine staff alike. A French version is pinned in #accueil.",
    blocks=[
        ("h", 1, "Why we have guidelines"),
        ("p", "Le Séchoir is named after the drying room where our soaps cure for six weeks before they are ready. We would like the server to feel the same way: a calm place where things take their time. These guidelines keep it friendly for the two hundred or so members who meet there, from first-time customers to shop owners who have sold our soaps for ten years.", "c_why"),
        ("h", 1, "What we expect from everyone"),
        ("ul", [
            "Be kind, especially to new members asking simple questions.",
            "Share your own experience rather than general claims.",
            "Write in French or English; others will translate if needed.",
            "Keep private conversations private, including screenshots.",
            "Say when you disagree with us; we would rather hear it here than read it elsewhere.",
        ], "c_expect"),
        ("h", 1, "What is not allowed"),
        ("ul", [
            "Selling anything, including your own handmade soap or cosmetics.",
            "Sharing someone's personal details without their consent.",
            "Posting photos of unreleased products, even if you received them as a tester.",
            "Health claims about our products, such as curing a skin condition.",
            "Comparing members' points or levels in a mocking way.",
        ], "c_not_allowed"),
        ("h", 1, "Helping other members"),
        ("p", "Answering another member's question is one of the most useful things you can do in the Tribe, and it earns 15 points, up to five times a month. The help counts when the person who asked marks your answer with the soap emoji, or when Maëlle approves it. Please stay within your own experience: for questions about allergies, pregnancy or a skin condition, point the member to Inès instead of answering yourself.", "c_helping"),
        ("h", 1, "How moderation works"),
        ("p", "Maëlle moderates Le Séchoir with two volunteer ambassadors who change every six months. The assistant never removes a message by itself; it only flags messages for a human to look at.", "c_moderation"),
        ("table", ["Situation", "What happens"], [
            ["First breach of the guidelines", "A private message from a moderator, no sanction"],
            ["Repeated breach", "The message is removed and Maëlle calls you"],
            ["Harassment or threats", "Immediate suspension while the team reviews the case"],
            ["Advertising or selling", "The message is removed without warning"],
        ], "c_moderation_table"),
        ("h", 1, "Talking about our products"),
        ("p", "You are free to criticise a product, a delivery or a decision. Negative feedback is never moderated as long as it stays respectful, and it often leads to changes: the lavender shampoo bar was reformulated in 2025 after a long thread in #mes-savons.", "c_products"),
        ("h", 2, "Before a launch"),
        ("p", "Testers receive products months before they go on sale. Until the official launch date, talk about them only in the private tester channel, never in public channels or on social media. The launch date is always announced in #rendez-vous and in the newsletter.", "c_launch"),
        ("h", 1, "Reporting a problem"),
        ("p", "To report a message, react with the red flag emoji or send a private message to a moderator. You can also tell the assistant that you want to report something: it will pass your message to Maëlle, who answers within two working days. Reports are confidential and the person reported is never told who reported them.", "c_report"),
        ("h", 1, "Changes to these guidelines"),
        ("p", "We review these guidelines once a year with the ambassador committee. Proposed changes are posted in #idées for two weeks before they apply, so that everyone can comment.", "c_changes"),
    ]))

# ---------------------------------------------------------------- additions
_EXTRA = {
    "guide-points-niveaux.md": [
        ("h", 1, "Un exemple"),
        ("p", "Claire, cliente depuis 2019, rejoint la Tribu en mars. Elle publie deux avis (40 points), écrit un témoignage pour le catalogue des revendeurs (60 points), tient le stand du marché de Noël de Valence (150 points) et aide régulièrement les nouveaux membres du Séchoir (75 points sur l'année). Avec 325 points, elle passe au niveau Pain le 1er janvier suivant, même si elle a entre-temps converti 100 points en savon de saison.", "g_exemple"),
        ("h", 1, "Le classement"),
        ("p", "Le Séchoir affiche un classement des points du trimestre. Il est là pour donner des idées, pas pour mettre les membres en concurrence : il ne montre que le prénom et la ville, et chacun peut choisir de ne pas y figurer.", "g_classement"),
    ],
    "programme-recommandation.md": [
        ("h", 1, "Vous tenez vous-même une boutique"),
        ("p", "Les gérants de boutiques partenaires peuvent être ambassadeurs comme tout le monde. Ils ne gagnent pas de points pour leurs propres commandes, mais ils peuvent recommander une autre boutique située à plus de cinq kilomètres de la leur. En dessous de cette distance, Bastien leur demande toujours leur avis avant d'ouvrir un nouveau point de vente.", "r_gerants"),
    ],
    "evenements-2027.md": [
        ("h", 1, "Ce qu'il faut prévoir"),
        ("p", "Pour une visite de l'atelier ou une journée sur un stand, pensez à emporter :", "e_prevoir_intro"),
        ("ul", [
            "des chaussures fermées, obligatoires dans la salle de fabrication ;",
            "une pièce d'identité pour le badge des salons ;",
            "une gourde, l'eau de la fontaine de l'atelier étant potable ;",
            "un sac pour rapporter les savons offerts à la fin de la visite.",
        ], "e_prevoir"),
        ("p", "Les photos sont permises partout sauf dans la salle de formulation, où sont rangées les recettes en cours de test.", "e_photos"),
    ],
    "objectifs-indicateurs-2027.pdf": [
        ("h", 1, "8. Calendrier du comité de pilotage"),
        ("p", "Le comité de pilotage réunit Thomas Aubanel, Maëlle Rouvier, Bastien Morel et Claire Fabre le premier mardi de chaque trimestre. Les indicateurs de santé y sont présentés en premier ; les chiffres de production suivent. Un bilan complet est présenté au comité des ambassadeurs en octobre, dans une version sans les données de budget ni les noms des ambassadeurs les plus sollicités.", "o_comite"),
    ],
    "donnees-et-assistant.pdf": [
        ("h", 1, "Nos prestataires"),
        ("p", "Le Séchoir est hébergé par Discord, dont les serveurs sont situés aux États-Unis ; votre profil Discord y est donc soumis à ses propres conditions. Les contributions, les points et les messages de l'assistant sont stockés chez un hébergeur en France, à Roubaix. Le modèle de langage qu'utilise l'assistant, quand il en utilise un, est appelé chez un fournisseur européen qui ne conserve pas les messages.", "d_prestataires"),
        ("h", 1, "Les mineurs"),
        ("p", "La Tribu est réservée aux personnes majeures. Si vous inscrivez un enfant à une visite de l'atelier, seuls son prénom et son âge sont demandés, et ils sont effacés après l'événement.", "d_mineurs"),
    ],
    "calendrier-sollicitations-S1-2027.docx": [
        ("h", 1, "Et au second semestre ?"),
        ("p", "Le calendrier de juillet à décembre sera publié début juin. On sait déjà qu'il comprendra le lancement de « Garrigue » en septembre, le marché de Noël de Valence et une série d'avis sur le nouveau coffret de bienvenue. Vous pouvez dès maintenant dire à l'assistant les mois où vous ne serez pas disponible : vous ne serez pas sollicité pendant ces périodes.", "s_s2"),
    ],
    "synthese-atelier-JE-novembre-2026.docx": [
        ("h", 1, "Méthode"),
        ("p", "Les réponses écrites des dix-neuf participants ont été regroupées par l'assistant en thèmes, avec pour chaque thème les citations d'origine. Les animatrices ont fusionné deux thèmes jugés identiques et ajouté le besoin de pause, que l'assistant avait rangé à tort avec les demandes de remise. La synthèse a été montrée aux participants à la fin de l'atelier, en précisant qu'il s'agissait d'un brouillon.", "j_methode"),
    ],
    "guide-du-temoignage.txt": [
        ("h", 1, "Le témoignage audio"),
        ("p", "Vous n'aimez pas être filmé ? Un témoignage enregistré au téléphone, sans image, est tout aussi utile : nous le diffusons sur les stands et dans les boutiques partenaires, avec une photo de nos savons à la place de votre visage. Il rapporte les mêmes points qu'un témoignage écrit, soit 60 points. Parlez deux à trois minutes, dans une pièce calme, en répondant aux trois questions que Maëlle vous aura envoyées.", "t_audio"),
    ],
    "faq-tribu.html": [
        ("h", 1, "Entrer dans la Tribu"),
        ("h", 2, "Puis-je proposer un ami comme ambassadeur ?"),
        ("p", "Oui, en le signalant à Maëlle. Nous regarderons s'il remplit les conditions de la charte, notamment l'ancienneté de douze mois comme client. S'il est trop tôt, nous lui proposerons de s'abonner à « La Cure » en attendant.", "f_ami"),
    ],
    "welcome-kit-EN.txt": [
        ("h", 1, "A NOTE ON LANGUAGE"),
        ("p", "Most documents of the Tribe are written in French. You can ask the assistant any question in English, and it will answer from the French documents in English. If something is unclear, ask Maëlle: a misunderstanding is always our fault, not yours.", "w_language"),
    ],
    "sechoir-community-guidelines.html": [
        ("h", 1, "Main channels"),
        ("p", "New members start in #accueil. Everyday tips go to #mes-savons, events to #rendez-vous and ideas to #idées. The #boutiques channel is open to shop owners only, and testers get a private channel for each product test, closed once the product is launched.", "c_channels"),
    ],
}
_MORE = {
    "evenements-2027.md": [
        ("h", 1, "Venir en groupe"),
        ("p", "Les boutiques partenaires peuvent réserver une visite privée pour leur équipe, en dehors des portes ouvertes, de mars à octobre. Comptez entre six et quinze personnes ; la visite est gratuite et le déjeuner reste à votre charge.", "e_groupe"),
    ],
    "objectifs-indicateurs-2027.pdf": [
        ("p", "Les données nominatives restent dans l'outil de suivi ; seuls des chiffres agrégés sortent de l'équipe. Toute demande d'extraction passe par Thomas.", "o_donnees"),
    ],
    "synthese-atelier-JE-novembre-2026.docx": [
        ("p", "Prochaine étape : l'atelier ACTION du 23 janvier 2027, à Nyons, avec les mêmes participants invités et trois membres de l'équipe commerciale.", "j_prochaine"),
    ],
    "guide-du-temoignage.txt": [
        ("h", 1, "Une question ?"),
        ("p", "Maëlle relit volontiers un brouillon avant que vous l'envoyiez, par courriel ou sur le Séchoir. Vous pouvez aussi demander à l'assistant des exemples de témoignages déjà publiés, pour voir la variété des tons et des longueurs : aucun ne ressemble à un autre, et c'est bien ainsi.", "t_question"),
    ],
    "programme-recommandation.md": [
        ("p", "Dans tous les cas, la boutique déjà partenaire reste prioritaire sur son quartier pendant sa première année.", "r_priorite"),
    ],
    "donnees-et-assistant.pdf": [
        ("p", "Pour toute question sur ce document, vous pouvez aussi interroger l'assistant : s'il ne sait pas répondre, il transmet votre question à Thomas.", "d_question"),
    ],
    "calendrier-sollicitations-S1-2027.docx": [
        ("p", "Les dates de réponse indiquées dans le tableau sont fermes, car elles dépendent de l'imprimeur, des salons ou de la fabrication. Passé ce délai, la place est proposée à un autre ambassadeur.", "s_dates"),
    ],
    "faq-tribu.html": [
        ("p", "Les boutiques peuvent elles aussi proposer un de leurs clients fidèles ; elles n'y gagnent pas de points, seulement notre reconnaissance.", "f_ami_boutiques"),
    ],
    "sechoir-community-guidelines.html": [
        ("p", "Staff members are identified by a lavender-coloured name. The assistant appears as Savonnette, with a robot badge, so nobody mistakes it for a person.", "c_staff"),
    ],
    "welcome-kit-EN.txt": [],
}
for _k, _v in _MORE.items():
    _EXTRA.setdefault(_k, []).extend(_v)
for _d in DOCS:
    _d["blocks"].extend(_EXTRA.get(_d["file"], []))
