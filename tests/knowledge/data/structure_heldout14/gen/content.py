# ruff: noqa: E501  (long French sentences are data)
"""Content of the held-out set sh14, as blocks (stdlib only).

Client: Prise Directe, a network of eleven climbing/bouldering gyms in the south-west
of France. Program: "Cercle Magnésie". Points: "mousquetons" (carabiners).
Levels: Grès, Calcaire, Granit, Basalte.

Block kinds: ("h", level, text) level 1..3 below the title; ("p", text);
("ul", intro, [items]); ("ol", intro, [items]); ("table", header, rows).
"""

DOCS = []


def doc(file, lang, title, meta, blocks, style=None):
    DOCS.append({"file": file, "lang": lang, "title": title, "meta": meta,
                 "blocks": blocks, "style": style})


# 1 ---------------------------------------------------------------- guide (md, fr)
doc("guide_programme.md", "fr", "Guide du programme Cercle Magnésie",
    "Document destiné à tous les ambassadeurs — version de janvier 2027", [
    ("h", 1, "Pourquoi ce programme"),
    ("h", 2, "Notre raison d'être"),
    ("p", "Prise Directe veut que chaque personne qui pousse la porte d'une de nos onze salles trouve un lieu où l'on progresse ensemble, quel que soit son niveau. Le Cercle Magnésie réunit les grimpeuses et grimpeurs qui font déjà vivre cet esprit et leur donne les moyens de le transmettre au-delà de nos murs."),
    ("h", 2, "Ce que nous attendons du Cercle"),
    ("ul", "Pour la saison 2027, le Cercle poursuit trois objectifs :", [
        "faire découvrir l'escalade à de nouveaux publics, en particulier les entreprises et les clubs scolaires ;",
        "recueillir l'avis des grimpeurs avant chaque renouvellement de voies et chaque ouverture de salle ;",
        "rendre visibles les salles de Pau, Albi et Bayonne, ouvertes depuis moins de deux ans."]),
    ("h", 1, "Qui peut rejoindre le Cercle"),
    ("h", 2, "Les critères d'invitation"),
    ("p", "Nous invitons des abonnés actifs depuis au moins douze mois, qui grimpent régulièrement dans une de nos salles et dont l'équipe d'accueil a remarqué l'implication : conseils donnés aux débutants, participation aux contests, retours constructifs. Le nombre d'abonnés sur les réseaux sociaux n'est jamais un critère à lui seul."),
    ("h", 2, "Comment se passe l'invitation"),
    ("p", "L'invitation est envoyée par la responsable du Cercle, Maëlle Ferrand, après un échange avec le chef de salle. Vous disposez de trente jours pour l'accepter ; sans réponse de votre part, nous ne relançons qu'une seule fois."),
    ("h", 1, "Les contributions possibles"),
    ("h", 2, "Partager son expérience"),
    ("ul", "Les contributions de partage reconnues par le programme sont les suivantes :", [
        "un témoignage écrit publié sur le blog ou dans la newsletter La Dégaine ;",
        "un témoignage vidéo de moins de deux minutes ;",
        "un avis en ligne sur la fiche de votre salle ;",
        "un partage sur vos réseaux d'une publication Prise Directe."]),
    ("h", 2, "Aider et faire grandir"),
    ("ul", "D'autres contributions se font directement en salle ou dans la communauté :", [
        "accompagner un débutant lors d'une séance découverte ;",
        "répondre aux questions des membres sur Le Relais, notre espace Discord ;",
        "proposer une idée d'amélioration (prises, horaires, services) ;",
        "participer à un atelier de co-création avec l'équipe d'ouverture."]),
    ("h", 2, "Présenter un prospect"),
    ("p", "Vous connaissez une entreprise, une association ou un établissement scolaire qui cherche une activité de cohésion ? Signalez-le à l'équipe : si la mise en relation aboutit à une réservation de groupe, elle compte comme une introduction réussie. Les modalités détaillées figurent dans le document consacré au parrainage entreprises."),
    ("h", 1, "Vie du Cercle"),
    ("h", 2, "Les canaux"),
    ("p", "Le Relais, notre serveur Discord privé, est le lieu des échanges quotidiens. La Dégaine, lettre mensuelle, arrive le premier mardi de chaque mois et annonce les sollicitations à venir. Le bot du Cercle vous rappelle les demandes auxquelles vous avez accepté de répondre."),
    ("h", 2, "Le rythme des sollicitations"),
    ("p", "Nous veillons à ne pas solliciter toujours les mêmes personnes : aucun ambassadeur ne reçoit plus de deux demandes par mois, et vous pouvez décliner une demande sans avoir à vous justifier. Chaque sollicitation est annoncée au moins quinze jours à l'avance, sauf urgence signalée comme telle."),
    ("h", 2, "Quitter le Cercle"),
    ("p", "Vous pouvez quitter le Cercle à tout moment, par un simple message à l'équipe ou depuis vos préférences sur Le Relais. Vos mousquetons non utilisés restent valables six mois après votre départ, et votre abonnement n'est évidemment pas concerné."),
    ("h", 2, "Bienveillance avant tout"),
    ("p", "Le Cercle n'est pas une compétition. Il n'existe pas de classement public des ambassadeurs, et personne n'est jugé sur son nombre de contributions : un conseil bien donné à un débutant vaut autant qu'une vidéo très partagée."),
])

# 2 ------------------------------------------------- points & levels (txt numbered, fr)
doc("regles_mousquetons_niveaux.txt", "fr", "REGLES DES MOUSQUETONS ET DES NIVEAUX",
    "Diffusion : tous les ambassadeurs du Cercle Magnésie", [
    ("h", 1, "1. Le principe"),
    ("p", "Chaque contribution validée par l'équipe rapporte des mousquetons. Le total cumulé sur les douze derniers mois détermine votre niveau ; le solde non dépensé sert à commander des récompenses dans le catalogue."),
    ("h", 1, "2. Ce que rapporte chaque contribution"),
    ("h", 2, "2.1 Contributions de partage"),
    ("ul", "Les contributions de partage sont créditées ainsi :", [
        "témoignage écrit publié : 40 mousquetons",
        "témoignage vidéo publié : 80 mousquetons",
        "avis en ligne vérifié : 15 mousquetons",
        "partage sur les réseaux : 5 mousquetons, dans la limite de quatre par mois"]),
    ("h", 2, "2.2 Contributions en salle et en communauté"),
    ("ul", "Les contributions d'entraide et de co-création sont créditées ainsi :", [
        "séance découverte accompagnée : 30 mousquetons",
        "réponse jugée utile sur Le Relais : 3 mousquetons, plafonnés à 30 par mois",
        "idée d'amélioration retenue : 50 mousquetons",
        "atelier de co-création : 60 mousquetons"]),
    ("h", 2, "2.3 Introductions"),
    ("p", "Une mise en relation qui aboutit à une réservation de groupe rapporte 120 mousquetons. Si le groupe devient client régulier (au moins trois réservations dans l'année), 100 mousquetons supplémentaires sont crédités à la troisième réservation."),
    ("h", 1, "3. Les niveaux"),
    ("h", 2, "3.1 Grès"),
    ("h", 3, "Accès"),
    ("p", "Le niveau Grès est attribué dès l'acceptation de l'invitation, sans minimum de mousquetons."),
    ("h", 3, "Avantages"),
    ("ul", "Au niveau Grès, vous bénéficiez de :", [
        "l'accès au Relais et à la newsletter La Dégaine ;",
        "un t-shirt Cercle Magnésie à retirer à l'accueil de votre salle ;",
        "l'invitation aux soirées d'ouverture de nouveaux blocs."]),
    ("h", 2, "3.2 Calcaire"),
    ("h", 3, "Accès"),
    ("p", "Le niveau Calcaire s'obtient avec 150 mousquetons cumulés sur douze mois glissants."),
    ("h", 3, "Avantages"),
    ("ul", "En plus des avantages du niveau Grès :", [
        "10 % de remise sur le renouvellement de l'abonnement annuel ;",
        "deux entrées invité par trimestre ;",
        "l'accès anticipé aux inscriptions des stages d'été."]),
    ("h", 2, "3.3 Granit"),
    ("h", 3, "Accès"),
    ("p", "Le niveau Granit demande 400 mousquetons cumulés sur douze mois glissants et au moins deux types de contributions différents."),
    ("h", 3, "Avantages"),
    ("ul", "En plus des avantages des niveaux précédents :", [
        "20 % de remise sur le renouvellement de l'abonnement annuel ;",
        "une séance de coaching individuel par an avec un ouvreur ;",
        "la possibilité de tester les nouveaux blocs la veille de leur ouverture au public."]),
    ("h", 2, "3.4 Basalte"),
    ("h", 3, "Accès"),
    ("p", "Le niveau Basalte est réservé aux ambassadeurs qui totalisent 800 mousquetons sur douze mois glissants ; il est confirmé par l'équipe après un échange avec la personne."),
    ("h", 3, "Avantages"),
    ("ul", "En plus des avantages des niveaux précédents :", [
        "l'abonnement annuel offert une année sur deux ;",
        "un siège au Conseil de voie, qui donne son avis sur les projets de salles ;",
        "une sortie falaise par an encadrée par un guide, frais pris en charge."]),
    ("h", 1, "4. Maintien et changement de niveau"),
    ("p", "Les niveaux sont recalculés le premier jour de chaque trimestre. Si votre total passe sous le seuil, vous gardez votre niveau pendant un trimestre de grâce avant de descendre d'un cran, jamais plus d'un cran à la fois."),
    ("h", 1, "5. Validité des mousquetons"),
    ("p", "Les mousquetons sont valables vingt-quatre mois à compter de leur attribution. Ils ne peuvent être ni échangés contre de l'argent, ni transférés à un autre ambassadeur."),
    ("h", 1, "6. Cas particuliers"),
    ("p", "Les ambassadeurs abonnés dans plusieurs salles cumulent leurs mousquetons sur un seul compte. Si vous changez de salle principale, votre solde et votre niveau vous suivent sans démarche particulière."),
], style="numbered")

# 3 ------------------------------------------------------------ catalogue (pdf, fr)
CAT_H = ["Récompense", "Prix en mousquetons", "Niveau minimum", "Remarque"]
doc("catalogue_recompenses_2027.pdf", "fr", "Catalogue des récompenses 2027",
    "Document public — destiné à tous les ambassadeurs", [
    ("h", 1, "Comment commander"),
    ("p", "Les commandes se passent sur Le Relais, salon #boutique, ou à l'accueil de votre salle. Le montant en mousquetons est débité au moment de la validation par l'équipe ; les articles sont remis en salle sous trois semaines."),
    ("h", 1, "Les récompenses"),
    ("p", "Les prix ci-dessous sont valables jusqu'au 31 août 2027. Le niveau minimum est celui que vous avez au moment de la commande."),
    ("h", 2, "Équipement"),
    ("table", CAT_H, [
        ["Sac à magnésie brodé", "60", "Grès", "Coloris au choix selon stock"],
        ["Brosse à prises en poils de sanglier", "45", "Grès", "—"],
        ["Chaussons d'escalade (modèle partenaire)", "350", "Calcaire", "Essayage obligatoire en salle"],
        ["Baudrier léger", "420", "Granit", "Tailles XS à XL"],
        ["Corde de 60 mètres", "900", "Basalte", "Livrée avec un sac à corde"]]),
    ("h", 2, "Expériences"),
    ("table", CAT_H, [
        ["Séance d'initiation pour un proche", "80", "Grès", "Valable trois mois"],
        ["Stage technique d'une journée", "300", "Calcaire", "Selon calendrier des stages"],
        ["Atelier d'ouverture de voie avec l'équipe", "250", "Granit", "Quatre places par salle et par an"],
        ["Week-end falaise dans les Pyrénées", "1 200", "Basalte", "Hébergement compris"]]),
    ("h", 2, "Dons"),
    ("p", "Vous pouvez convertir vos mousquetons en don à l'association Grimpe Pour Tous, qui finance des séances pour des jeunes éloignés de la pratique : 100 mousquetons deviennent un don de 10 euros versé par Prise Directe."),
    ("h", 1, "Conditions"),
    ("ul", "Avant de commander, gardez en tête ces quelques règles :", [
        "une récompense commandée ne peut être ni échangée ni remboursée en mousquetons ;",
        "les articles non retirés au bout de deux mois retournent au stock ;",
        "le catalogue est renouvelé chaque année en septembre, avec vos suggestions."]),
    ("h", 1, "Nouveautés 2027"),
    ("p", "Trois récompenses font leur entrée cette année à la demande du Cercle : la brosse à prises, l'atelier d'ouverture de voie et le week-end falaise. Le porte-clés mousqueton, peu demandé, quitte le catalogue."),
])

# 4 --------------------------------------------------------------- charter (docx, fr)
doc("charte_ambassadeur.docx", "fr", "Charte de l'ambassadeur Cercle Magnésie",
    "Diffusion : tous les ambassadeurs", [
    ("h", 1, "Nos engagements réciproques"),
    ("h", 2, "Ce que vous vous engagez à faire"),
    ("ol", "En rejoignant le Cercle, chaque ambassadeur s'engage à :", [
        "parler de Prise Directe avec ses propres mots, sans reprendre de texte imposé ;",
        "signaler clairement son statut d'ambassadeur quand il publie au sujet des salles ;",
        "respecter les consignes de sécurité et montrer l'exemple sur les tapis ;",
        "prévenir l'équipe s'il ne peut plus honorer une sollicitation acceptée."]),
    ("h", 2, "Ce que Prise Directe s'engage à faire"),
    ("ol", "De son côté, Prise Directe s'engage à :", [
        "ne jamais modifier un témoignage sans l'accord de son auteur ;",
        "répartir les sollicitations pour ne pas épuiser les plus disponibles ;",
        "répondre à toute question d'un ambassadeur sous cinq jours ouvrés ;",
        "consulter le Cercle avant toute évolution importante du programme."]),
    ("h", 1, "Authenticité"),
    ("p", "Un témoignage n'a de valeur que s'il est sincère. Vous pouvez parler des défauts d'une salle, d'une voie mal ouverte ou d'une attente trop longue : nous préférons un avis nuancé à un enthousiasme de façade. Aucune récompense n'est liée au caractère positif d'un avis."),
    ("h", 1, "Confidentialité"),
    ("p", "Certaines informations partagées au sein du Cercle (projets de salles, dates d'ouverture, tarifs à venir) sont confidentielles jusqu'à leur annonce officielle. Elles portent la mention « Cercle uniquement » et ne doivent pas être diffusées à l'extérieur."),
    ("h", 1, "Vos données et l'assistant du Cercle"),
    ("h", 2, "Ce que nous collectons"),
    ("p", "Nous conservons vos contributions, vos mousquetons, vos réponses aux sollicitations et vos préférences de contact. Ces données servent uniquement à faire fonctionner le programme et ne sont jamais vendues ni cédées à des partenaires."),
    ("h", 2, "L'assistant automatique"),
    ("p", "Le bot qui vous écrit sur Le Relais est un assistant automatique, pas une personne. Il ne vous envoie des rappels que si vous l'avez accepté, et vous pouvez à tout moment taper « stop rappels » ou demander à parler à un membre de l'équipe."),
    ("h", 2, "Vos droits"),
    ("p", "Conformément au RGPD, vous pouvez consulter, corriger ou faire effacer vos données en écrivant à cercle@prisedirecte.fr. La demande est traitée sous un mois au plus."),
    ("h", 1, "Manquements à la charte"),
    ("p", "En cas de manquement répété (publication trompeuse, diffusion d'une information confidentielle, comportement dangereux en salle), l'équipe prend d'abord contact avec la personne. Si la situation persiste, la participation au Cercle peut être suspendue ; l'abonnement, lui, n'est jamais remis en cause."),
    ("h", 1, "Vos interlocuteurs"),
    ("table", ["Situation", "Interlocuteur", "Délai de réponse"], [
        ["Question sur le programme", "Maëlle Ferrand, responsable du Cercle", "5 jours ouvrés"],
        ["Contenu publié à corriger ou retirer", "Équipe communication", "48 heures"],
        ["Incident de sécurité en salle", "Chef de salle", "Immédiat"],
        ["Exercice de vos droits sur les données", "Délégué à la protection des données", "1 mois"]]),
])

# 5 ------------------------------------------------------------------- FAQ (html, fr)
doc("faq_cercle.html", "fr", "Questions fréquentes sur le Cercle Magnésie",
    "Public — à l'attention des ambassadeurs et des abonnés curieux", [
    ("h", 1, "Rejoindre le Cercle"),
    ("h", 2, "Puis-je demander à devenir ambassadeur ?"),
    ("p", "Il n'y a pas de candidature spontanée : les invitations partent des équipes de salle. Vous pouvez en revanche dire à l'accueil que le programme vous intéresse, votre nom sera transmis à la responsable du Cercle."),
    ("h", 2, "Faut-il un bon niveau de grimpe ?"),
    ("p", "Non. Le Cercle compte des grimpeurs qui débutent en 5a comme des compétiteurs. Ce qui compte, c'est l'envie de transmettre et la régularité en salle, pas la cotation."),
    ("h", 2, "Le Cercle est-il ouvert aux mineurs ?"),
    ("p", "Les grimpeurs de 16 et 17 ans peuvent être invités avec l'accord écrit d'un parent. Ils contribuent comme tous les ambassadeurs, mais les sollicitations filmées demandent aussi l'accord de ce parent."),
    ("h", 1, "Mousquetons et niveaux"),
    ("h", 2, "Pourquoi ma contribution n'apparaît-elle pas encore ?"),
    ("p", "Chaque contribution est vérifiée par l'équipe avant d'être créditée, en général sous sept jours. Un avis en ligne peut prendre plus de temps, le temps que la plateforme le publie."),
    ("h", 2, "Où voir mon solde ?"),
    ("p", "Tapez « mon solde » au bot sur Le Relais : il affiche vos mousquetons disponibles, votre total sur douze mois et ce qu'il vous manque pour le niveau suivant."),
    ("h", 2, "Les niveaux en un coup d'œil"),
    ("table", ["Niveau", "Seuil sur 12 mois", "Remise sur l'abonnement", "Entrées invité"], [
        ["Grès", "0", "aucune", "aucune"],
        ["Calcaire", "150 mousquetons", "10 %", "2 par trimestre"],
        ["Granit", "400 mousquetons", "20 %", "2 par trimestre"],
        ["Basalte", "800 mousquetons", "abonnement offert une année sur deux", "2 par trimestre"]]),
    ("h", 1, "Sollicitations"),
    ("h", 2, "Que se passe-t-il si je refuse une demande ?"),
    ("p", "Rien du tout. Décliner une sollicitation n'a aucun effet sur vos mousquetons ni sur votre niveau. Nous vous demandons seulement de répondre, même par un simple non, pour que la demande puisse être proposée à quelqu'un d'autre."),
    ("h", 2, "Puis-je faire une pause ?"),
    ("p", "Oui. Le mode pause, activable sur Le Relais, suspend toutes les sollicitations pendant un à six mois. Votre niveau est gelé pendant la pause et reprend son calcul normal à votre retour."),
    ("h", 1, "Récompenses"),
    ("h", 2, "Peut-on offrir une récompense à quelqu'un d'autre ?"),
    ("p", "Les expériences (séance d'initiation, stage) peuvent être offertes à un proche. Les mousquetons eux-mêmes restent personnels et ne se transfèrent pas."),
])

# 6 -------------------------------------------------------------- calendar (html, fr)
doc("calendrier_sollicitations_s1_2027.html", "fr",
    "Calendrier des sollicitations — premier semestre 2027",
    "Diffusion : tous les ambassadeurs", [
    ("h", 1, "Comment lire ce calendrier"),
    ("p", "Chaque ligne correspond à une demande de l'équipe. Le nombre de volontaires recherchés est indicatif ; les inscriptions se font sur Le Relais, salon #sollicitations, au plus tard à la date limite indiquée."),
    ("h", 1, "Les sollicitations prévues"),
    ("table", ["Période", "Sollicitation", "Salle ou lieu", "Volontaires recherchés", "Date limite d'inscription"], [
        ["Janvier", "Témoignages écrits pour la campagne « Bonne résolution »", "Toutes les salles", "6", "8 janvier"],
        ["Février", "Accueil des visiteurs au salon Sport & Bien-être", "Parc des expositions de Toulouse", "4", "20 janvier"],
        ["Mars", "Tests des nouveaux blocs avant réouverture", "Bordeaux Bastide", "10", "15 février"],
        ["Avril", "Vidéos « Ma première voie » pour les réseaux", "Pau et Bayonne", "3", "10 mars"],
        ["Mai", "Journée portes ouvertes entreprises", "Montpellier Port Marianne", "5", "15 avril"],
        ["Juin", "Avis en ligne sur la salle d'Albi après travaux", "Albi", "8", "1er juin"]]),
    ("h", 1, "Les rendez-vous du Cercle"),
    ("h", 2, "Soirées Cercle"),
    ("p", "Une soirée Cercle est organisée chaque trimestre dans une salle différente : grimpe libre, apéritif et présentation des projets. La prochaine aura lieu le jeudi 18 mars à Nîmes."),
    ("h", 2, "Réunions du Conseil de voie"),
    ("ul", "Le Conseil de voie se réunit trois fois au premier semestre :", [
        "le 27 janvier, en visioconférence ;",
        "le 14 avril, à la salle de Toulouse Minimes ;",
        "le 23 juin, à la salle de Perpignan."]),
    ("h", 1, "Charge et rotation"),
    ("p", "Pour éviter l'épuisement, une même personne ne peut s'inscrire qu'à trois sollicitations du calendrier sur le semestre. Au-delà, son inscription passe en liste d'attente et n'est confirmée que s'il manque des volontaires."),
])

# 7 ------------------------------------------------- objectives & KPIs (docx, internal)
doc("objectifs_indicateurs_2027.docx", "fr",
    "Objectifs et indicateurs du Cercle Magnésie — 2027",
    "Diffusion : équipe Prise Directe uniquement (document interne)", [
    ("h", 1, "Rappel de la raison d'être"),
    ("p", "Faire des grimpeurs les plus engagés les premiers passeurs de l'esprit Prise Directe : progresser ensemble, accueillir chacun et faire connaître l'escalade en salle au-delà du cercle des initiés."),
    ("h", 1, "Objectifs et indicateurs"),
    ("table", ["Objectif", "Indicateur", "Valeur 2026", "Cible 2027"], [
        ["Développer les réservations de groupes", "Réservations issues d'une introduction d'ambassadeur", "34", "60"],
        ["Faire connaître les salles récentes", "Avis en ligne publiés pour Pau, Albi et Bayonne", "52", "120"],
        ["Garder un Cercle vivant", "Ambassadeurs actifs sur le trimestre", "71 %", "80 %"],
        ["Fidéliser les ambassadeurs", "Rétention d'une année sur l'autre", "78 %", "85 %"],
        ["Écouter sans épuiser", "Délai moyen de réponse à une sollicitation", "6,5 jours", "4 jours"],
        ["Faire progresser", "Taux de passage au niveau supérieur", "18 %", "25 %"]]),
    ("h", 1, "Indicateurs de santé suivis chaque mois"),
    ("ul", "En plus du tableau ci-dessus, l'équipe suit chaque mois :", [
        "le nombre moyen de contributions par ambassadeur ;",
        "le NPS des ambassadeurs, mesuré par un questionnaire trimestriel ;",
        "la part des sollicitations qui reposent sur les dix ambassadeurs les plus sollicités ;",
        "les départs du Cercle et leur motif."]),
    ("h", 1, "Budget"),
    ("p", "Le budget 2027 du Cercle est de 38 000 euros, dont 22 000 euros pour les récompenses du catalogue, 9 000 euros pour les soirées Cercle et les réunions du Conseil de voie, et 7 000 euros pour les outils et la production de vidéos."),
    ("h", 1, "Points de vigilance"),
    ("h", 2, "Concentration des sollicitations"),
    ("p", "En 2026, dix ambassadeurs ont assuré près de la moitié des contributions. L'objectif est de ramener cette part sous 35 % en élargissant les demandes aux niveaux Grès et Calcaire."),
    ("h", 2, "Lassitude des mécaniques"),
    ("p", "Les partages sur les réseaux ont baissé de 30 % au second semestre 2026. Nous proposerons au Conseil de voie de nouvelles formes de contribution, comme les carnets de progression filmés."),
])

# 8 ------------------------------------- JE workshop minutes (txt underlined, internal)
doc("compte_rendu_atelier_je.txt", "fr", "Compte rendu - atelier JE du 12 novembre 2026",
    "Document interne : équipe Prise Directe et facilitatrice", [
    ("h", 1, "Participants"),
    ("p", "Atelier animé par Inès Garrigue, facilitatrice, avec Maëlle Ferrand, responsable du Cercle. Quatorze ambassadeurs présents, venus de six salles, dont cinq au niveau Grès, quatre au niveau Calcaire, trois au niveau Granit et deux au niveau Basalte."),
    ("h", 1, "Ce que les ambassadeurs attendent du Cercle"),
    ("h", 2, "Les profils compétiteurs"),
    ("p", "Les grimpeurs qui font des contests veulent surtout tester les blocs en avant-première et échanger avec les ouvreurs. Les remises sur l'abonnement les intéressent peu : plusieurs sont déjà pris en charge par leur club."),
    ("h", 2, "Les parents grimpeurs"),
    ("p", "Les parents qui grimpent avec leurs enfants demandent des créneaux famille et des stages pendant les vacances scolaires. Ils sont prêts à témoigner, mais pas en vidéo, et préfèrent les contributions qui se font pendant leurs séances."),
    ("h", 2, "Les grimpeurs en entreprise"),
    ("p", "Les ambassadeurs qui ont fait venir leur entreprise souhaitent être tenus au courant de la suite donnée à leur introduction. Aujourd'hui, ils n'apprennent la réservation qu'en voyant les mousquetons arriver."),
    ("h", 1, "Points de convergence"),
    ("ul", "Tous les groupes se retrouvent sur trois points :", [
        "le Cercle doit rester un lieu d'entraide et non une course aux mousquetons ;",
        "les soirées Cercle sont le moment le plus apprécié du programme ;",
        "les demandes doivent arriver plus tôt, idéalement un mois à l'avance."]),
    ("h", 1, "Points de divergence"),
    ("p", "Le classement public des ambassadeurs divise : les compétiteurs le réclament, les autres groupes craignent qu'il crée une pression inutile. La question sera tranchée lors de l'atelier ACTION."),
    ("h", 1, "Suites à donner"),
    ("ol", "L'équipe retient les actions suivantes :", [
        "informer l'ambassadeur à chaque étape d'une introduction d'entreprise (décision avant le 15 décembre) ;",
        "tester des créneaux famille à Toulouse et Montpellier dès février ;",
        "préparer l'atelier ACTION du 21 janvier avec deux scénarios de classement."]),
], style="underlined")

# 9 ------------------------------------------ company referral (txt plain headings, fr)
doc("parrainage_entreprises.txt", "fr", "Parrainage entreprises : présenter Prise Directe à votre employeur",
    "Destiné à tous les ambassadeurs du Cercle Magnésie", [
    ("h", 1, "Pourquoi les groupes comptent"),
    ("p", "Les réservations de groupes remplissent nos salles aux heures creuses, entre 10 h et 16 h en semaine. Une entreprise qui vient une fois revient souvent, et ses salariés deviennent parfois abonnés."),
    ("h", 1, "Les offres que vous pouvez présenter"),
    ("h", 2, "Offre Première Prise"),
    ("p", "Une séance de deux heures pour 8 à 20 personnes, encadrée par un moniteur diplômé, matériel compris. Tarif : 24 euros par personne en semaine, 29 euros le samedi matin."),
    ("h", 2, "Offre Cordée d'équipe"),
    ("p", "Un programme de quatre séances réparties sur deux mois pour un même groupe de 6 à 12 personnes, avec un défi final par équipes. Tarif : 85 euros par personne pour l'ensemble du programme."),
    ("h", 2, "Offre Salle privatisée"),
    ("p", "La salle entière réservée pour une soirée, de 20 h à 23 h, pour 30 à 80 personnes, avec deux moniteurs et un espace traiteur. Tarif : sur devis, à partir de 1 900 euros."),
    ("h", 1, "Comment faire une introduction"),
    ("ol", "Pour présenter une entreprise, suivez ces étapes :", [
        "vérifiez que votre contact accepte d'être appelé par notre équipe ;",
        "remplissez le formulaire « Introduction » sur Le Relais, avec le nom de l'entreprise et la taille du groupe ;",
        "notre responsable groupes, Karim Benali, rappelle le contact sous quarante-huit heures ;",
        "le bot vous informe à chaque étape, jusqu'à la réservation."]),
    ("h", 1, "Ce que vous recevez"),
    ("p", "Une introduction qui aboutit à une réservation rapporte 120 mousquetons, quelle que soit l'offre choisie. L'entreprise bénéficie en outre de 10 % de remise sur sa première réservation si elle mentionne votre nom."),
    ("h", 1, "Ce qui ne compte pas"),
    ("ul", "Certaines situations ne donnent pas lieu à des mousquetons :", [
        "une entreprise déjà cliente dans les douze derniers mois ;",
        "une réservation faite pour une association dont vous êtes vous-même responsable ;",
        "une introduction transmise directement à l'accueil sans passer par le formulaire."]),
], style="plain")

# 10 --------------------------------------------------------- advisory board (md, fr)
doc("conseil_de_voie.md", "fr", "Le Conseil de voie",
    "Diffusion : tous les ambassadeurs", [
    ("h", 1, "Rôle du Conseil"),
    ("p", "Le Conseil de voie réunit douze ambassadeurs qui donnent leur avis sur les projets de Prise Directe : nouvelles salles, rénovations, grilles tarifaires, évolutions du programme. Ses avis sont consultatifs, mais la direction s'engage à répondre par écrit à chacun d'eux."),
    ("h", 1, "Composition"),
    ("h", 2, "Membres de droit"),
    ("p", "Tous les ambassadeurs de niveau Basalte siègent au Conseil tant qu'ils conservent ce niveau."),
    ("h", 2, "Membres tirés au sort"),
    ("p", "Les places restantes sont tirées au sort chaque année en janvier parmi les volontaires de niveau Calcaire et Granit, en veillant à ce que chaque salle soit représentée au moins une fois sur deux ans."),
    ("h", 1, "Fonctionnement"),
    ("h", 2, "Les réunions"),
    ("p", "Le Conseil se réunit trois fois par semestre, dont une fois en visioconférence. L'ordre du jour est envoyé dix jours avant ; chaque membre peut y ajouter un point jusqu'à la veille."),
    ("h", 2, "Frais et défraiement"),
    ("p", "Les frais de déplacement vers les réunions en salle sont remboursés sur justificatif, dans la limite de 60 euros par réunion. Chaque participation rapporte aussi 60 mousquetons."),
    ("h", 1, "Les avis rendus en 2026"),
    ("table", ["Sujet", "Date", "Avis du Conseil", "Suite donnée"], [
        ["Horaires d'ouverture du dimanche", "Mars 2026", "Favorable à une ouverture à 9 h", "Appliqué dans toutes les salles depuis mai"],
        ["Tarif étudiant", "Juin 2026", "Demande d'une baisse de 5 euros", "Baisse de 3 euros à la rentrée"],
        ["Salle de Bayonne", "Septembre 2026", "Réserves sur l'espace enfants, jugé trop petit", "Agrandissement prévu en 2027"],
        ["Classement des ambassadeurs", "Novembre 2026", "Partagé, pas de consensus", "Renvoyé à l'atelier ACTION"]]),
    ("h", 1, "Devenir membre"),
    ("ul", "Pour vous porter volontaire au tirage au sort, il faut :", [
        "être au niveau Calcaire ou Granit au 1er décembre ;",
        "avoir participé à au moins une soirée Cercle dans l'année ;",
        "vous engager à assister à au moins deux réunions sur trois."]),
])

# 11 ------------------------------------------------------------- onboarding (md, en)
doc("onboarding_en.md", "en", "Welcome to the Cercle Magnésie",
    "For all new ambassadors — English version", [
    ("h", 1, "Your first week"),
    ("ol", "During your first week, we suggest you:", [
        "join Le Relais using the invitation link sent by email;",
        "introduce yourself in the #welcome channel, with your home gym and favourite style of climbing;",
        "pick up your Cercle t-shirt at the front desk;",
        "set your contact preferences so the bot reminds you only when you want."]),
    ("h", 1, "Your first month"),
    ("h", 2, "A first contribution"),
    ("p", "Most new ambassadors start with something simple: an online review of their gym or a share of our latest post. There is no minimum, and nobody will chase you if you take your time."),
    ("h", 2, "Meeting the team"),
    ("p", "Every new ambassador is offered a thirty-minute call with Maëlle Ferrand, the programme lead, during the first month. It is a chance to say what you would like to get out of the programme and what you would rather not do."),
    ("h", 1, "Who to contact"),
    ("table", ["Topic", "Contact", "Channel"], [
        ["Programme questions", "Maëlle Ferrand", "#ask-the-team on Le Relais"],
        ["Company introductions", "Karim Benali", "groupes@prisedirecte.fr"],
        ["Rewards and orders", "Front desk of your gym", "In person or #boutique"],
        ["Personal data", "Data protection officer", "cercle@prisedirecte.fr"]]),
    ("h", 1, "Good to know"),
    ("ul", "A few things new ambassadors often ask about:", [
        "carabiners (our points) are credited after the team checks each contribution;",
        "you can switch to English with the bot at any time by typing \"english\";",
        "the French documents remain the reference if a translation differs."]),
])

# 12 ----------------------------------------------------- testimonial guide (pdf, en)
doc("testimonial_guide_en.pdf", "en", "Testimonial guide",
    "Public — for all ambassadors", [
    ("h", 1, "Why testimonials matter"),
    ("p", "People who hesitate to try climbing trust other climbers more than our advertising. A short, honest story about your first visit or your progress does more than any poster."),
    ("h", 1, "Written testimonials"),
    ("h", 2, "Length and tone"),
    ("p", "Aim for 800 to 1,500 characters. Write as you would speak to a friend, mention the gym by name and feel free to say what was hard at first."),
    ("h", 2, "What to include"),
    ("ul", "A good written testimonial usually covers:", [
        "how you discovered climbing and Prise Directe;",
        "a moment you are proud of, however small;",
        "what you would tell someone who is afraid of heights;",
        "the gym you climb in most often."]),
    ("h", 1, "Video testimonials"),
    ("h", 2, "Filming"),
    ("p", "Film in landscape mode, in daylight or near the gym's large windows, and keep the video under two minutes. A phone is enough: we take care of subtitles and music."),
    ("h", 2, "Other people on screen"),
    ("p", "If other climbers appear on screen and can be recognised, ask for their agreement before filming. The team will send you a short consent form that each person signs on their phone."),
    ("h", 1, "Review and publication"),
    ("table", ["Step", "Who", "Typical delay"], [
        ["Submission on Le Relais", "You", "none"],
        ["Proofreading and suggestions", "Programme team", "5 working days"],
        ["Your approval of the final version", "You", "As long as you need"],
        ["Publication on the blog or social media", "Communication team", "Within 2 weeks of approval"]]),
    ("p", "Nothing is published without your explicit approval, and you can ask for a testimonial to be removed at any time."),
    ("h", 1, "Common pitfalls"),
    ("ul", "A few things make a testimonial less convincing:", [
        "copying the wording of our website;",
        "listing prices or promotions, which change quickly;",
        "naming other climbers without their agreement."]),
])
