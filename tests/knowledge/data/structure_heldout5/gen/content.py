# -*- coding: utf-8 -*-
"""Content model of the documents of the invented client (Éditions Tortue Rusée).

Each document: file, lang, title, style, blocks. Blocks:
  ("h", level, text)                    heading (level 1 = section; the title is apart)
  ("p", key, text)                      paragraph
  ("ul"|"ol", key, intro, [items])      list (intro may be None)
  ("t", key, header, rows, intro)       table (intro paragraph may be None)
Heading texts are written exactly as they read in the rendered document.
"""


def H(level, text):
    return ("h", level, text)


def P(key, text):
    return ("p", key, text)


def UL(key, intro, items):
    return ("ul", key, intro, items)


def OL(key, intro, items):
    return ("ol", key, intro, items)


def T(key, header, rows, intro=None):
    return ("t", key, header, rows, intro)


DOCS = []

# 1 ---------------------------------------------------------------- Markdown, FR
DOCS.append(dict(
    key="charte", file="charte-des-eclaireurs.md", lang="fr", style="md",
    title="Charte des Éclaireurs Tortue Rusée",
    lead="Version du 2 septembre 2026. Cette charte s'adresse à toutes les joueuses et à tous les joueurs invités dans le programme des Éclaireurs.",
    blocks=[
        H(1, "Pourquoi ce programme"),
        P("c_raison", "Les Éclaireurs existent pour que les joueuses et joueurs qui aiment nos jeux puissent les faire découvrir à leur manière, et pour que leurs retours façonnent les prochaines boîtes. Nous voulons des tables pleines, pas des slogans."),
        H(1, "Qui peut devenir Éclaireur"),
        UL("c_qui", "Pour recevoir une invitation, il faut réunir les conditions suivantes :", [
            "avoir acheté au moins deux jeux Tortue Rusée ou soutenu l'une de nos campagnes de financement participatif",
            "avoir laissé un avis spontané ou une note de recommandation d'au moins 9 sur 10",
            "avoir 18 ans révolus",
            "disposer d'un peu de temps, environ deux heures par mois",
        ]),
        P("c_influence", "L'audience sur les réseaux sociaux n'est jamais le seul critère. Une animatrice de ludothèque suivie par quarante personnes compte autant qu'un vidéaste connu, si elle fait jouer du monde chaque semaine."),
        H(1, "Nos engagements réciproques"),
        H(2, "Ce que Tortue Rusée promet"),
        OL("c_promesses", "En rejoignant le programme, vous pouvez compter sur nous pour :", [
            "vous prévenir au moins trois semaines avant toute sollicitation importante",
            "ne jamais vous demander plus de deux contributions par mois",
            "ne jamais réécrire vos témoignages sans votre accord",
            "répondre à vos messages sur le Terrier sous 48 heures ouvrées",
        ]),
        H(2, "Ce que nous attendons de vous"),
        UL("c_attentes", "De votre côté, nous vous demandons simplement de :", [
            "parler de nos jeux avec vos propres mots",
            "signaler clairement que vous êtes Éclaireur quand vous publiez un avis",
            "rester bienveillant avec les autres membres du Terrier",
            "garder pour vous les prototypes tant que leur annonce n'est pas publique",
        ]),
        H(1, "Quitter le programme"),
        P("c_quitter", "Vous pouvez quitter le programme à tout moment, sans justification, en écrivant à Maëlle ou en tapant /quitter sur le Terrier. Vos points acquis restent visibles pendant six mois, puis sont effacés. Votre compte client, vos précommandes et votre garantie ne changent pas."),
        H(2, "Faire une pause"),
        P("c_pause", "Besoin de souffler ? La pause met vos sollicitations en sommeil pendant un à six mois. Votre niveau est gelé pendant la pause : vous ne perdez ni points ni avantages, et vous revenez quand vous voulez."),
        H(1, "Contacts utiles"),
        T("c_contacts", ["Sujet", "Contact", "Canal"], [
            ["Questions sur le programme", "Maëlle Guérin, responsable du programme", "Le Terrier, salon #questions"],
            ["Livraison d'un cadeau", "Service clients", "support@tortuerusee.example"],
            ["Données personnelles", "Délégué à la protection des données", "dpo@tortuerusee.example"],
            ["Presse et vidéastes", "Théo Lambert, relations presse", "presse@tortuerusee.example"],
        ], "Selon votre question, adressez-vous à la bonne personne."),
    ]))

# 2 ---------------------------------------------------------------- PDF with outline, FR
DOCS.append(dict(
    key="niveaux", file="guide-des-niveaux.pdf", lang="fr", style="pdf_outline",
    title="Guide des niveaux et des avantages",
    lead="Ce guide présente les quatre niveaux du programme des Éclaireurs et ce que chacun apporte.",
    blocks=[
        H(1, "Comment fonctionnent les niveaux"),
        P("n_calc", "Chaque contribution validée par l'équipe rapporte des points. Les points s'additionnent sur douze mois glissants : une contribution de janvier 2027 ne compte plus à partir de février 2028. Le niveau est recalculé le premier lundi de chaque mois."),
        T("n_seuils", ["Niveau", "Points sur 12 mois", "Badge sur le Terrier"], [
            ["Pion", "0 à 99 points", "Pion vert"],
            ["Explorateur", "100 à 299 points", "Boussole"],
            ["Stratège", "300 à 699 points", "Sablier doré"],
            ["Grand Maître", "700 points et plus", "Couronne de tortue"],
        ], "Les seuils de points sont les suivants."),
        H(1, "Les avantages par niveau"),
        H(2, "Niveau Pion"),
        UL("n_pion", "Dès votre arrivée dans le programme, vous profitez de :", [
            "l'accès au Terrier, notre serveur Discord privé",
            "la lettre mensuelle La Carapace",
            "10 % de remise sur la boutique en ligne",
            "un kit de bienvenue avec un jeu de cartes promo",
        ]),
        H(2, "Niveau Explorateur"),
        UL("n_explo", "Le niveau Explorateur ajoute aux avantages du niveau Pion :", [
            "15 % de remise au lieu de 10 %",
            "les règles des nouveautés un mois avant leur sortie",
            "une invitation aux tests de prototypes en ligne",
        ]),
        H(2, "Niveau Stratège"),
        UL("n_strat", "En plus des avantages des niveaux précédents, un Stratège reçoit :", [
            "un exemplaire de chaque nouveauté avant sa sortie en boutique",
            "une place réservée sur notre stand au Festival Ludimer de Saint-Nazaire",
            "son nom dans les remerciements des livrets de règles",
            "20 % de remise sur la boutique en ligne",
        ]),
        H(2, "Niveau Grand Maître"),
        UL("n_gm", "Le niveau Grand Maître ouvre des avantages réservés :", [
            "un siège au comité des joueurs, qui donne son avis sur la gamme de l'année suivante",
            "une journée au studio avec les auteurs et l'équipe éditoriale",
            "25 % de remise et la livraison offerte",
            "la possibilité de nommer une carte ou un personnage dans un futur jeu",
        ]),
        H(1, "Monter, rester, redescendre"),
        H(2, "Passage au niveau supérieur"),
        P("n_passage", "Le passage est automatique dès que le seuil est atteint lors du recalcul mensuel. Vous recevez un message privé du bot sur le Terrier, et Maëlle vous envoie le badge correspondant. Aucun formulaire n'est à remplir."),
        H(2, "Si vous êtes moins actif"),
        P("n_moins", "Personne ne redescend brutalement. Si votre total passe sous le seuil, vous gardez votre niveau pendant trois mois de grâce. Passé ce délai, vous descendez d'un seul niveau à la fois, jamais davantage."),
    ]))

# 3 ---------------------------------------------------------------- TXT numbered, FR
DOCS.append(dict(
    key="bareme", file="bareme-des-points.txt", lang="fr", style="txt_numbered",
    title="Barème des points du programme Éclaireurs",
    lead="Mis à jour le 1er octobre 2026.",
    blocks=[
        H(1, "1. Principe général"),
        P("b_principe", "Chaque contribution est déclarée par l'Éclaireur sur le Terrier avec la commande /contribution, puis validée par l'équipe sous sept jours. Seules les contributions validées rapportent des points. Une contribution refusée peut être corrigée et déclarée de nouveau une seule fois."),
        H(1, "2. Points par type de contribution"),
        H(2, "2.1 Contenus"),
        UL("b_contenus", "Les contenus rapportent les points suivants :", [
            "avis écrit publié sur un site marchand : 10 points",
            "témoignage écrit pour le site Tortue Rusée : 25 points",
            "témoignage vidéo de moins de trois minutes : 50 points",
            "partage d'une publication sur les réseaux sociaux : 3 points, plafonné à 15 points par mois",
        ]),
        H(2, "2.2 Animation et communauté"),
        UL("b_anim", "Les actions d'animation sont comptées ainsi :", [
            "animer une partie de démonstration en boutique ou en ludothèque : 40 points",
            "tenir une table lors d'un festival : 60 points par demi-journée",
            "répondre à une question de règles d'un autre membre sur le Terrier : 2 points",
            "parrainer un nouvel Éclaireur pendant son premier mois : 20 points",
        ]),
        H(2, "2.3 Idées et co-création"),
        P("b_idees", "Une idée d'amélioration rapporte 5 points lorsqu'elle est déposée dans le salon #idées. Si l'équipe éditoriale la retient pour un jeu ou une extension, son auteur reçoit 80 points supplémentaires et son nom figure dans les crédits. La participation à une session de test de prototype rapporte 30 points."),
        H(1, "3. Bonus et plafonds"),
        H(2, "3.1 Bonus de réactivité"),
        P("b_reactivite", "Répondre à une sollicitation dans les 72 heures rapporte un bonus de 5 points. Le bonus n'est accordé qu'une fois par sollicitation, et seulement si la contribution promise est ensuite livrée dans les délais."),
        H(2, "3.2 Plafond mensuel"),
        P("b_plafond", "Pour éviter l'épuisement et la course aux points, les points d'un même Éclaireur sont plafonnés à 150 par mois. Les points au-delà du plafond ne sont pas perdus : ils sont reportés sur le mois suivant, dans la limite de 50 points."),
        H(1, "4. Conversion des points"),
        UL("b_conversion", "Une fois par an, en décembre, vous pouvez convertir une partie de vos points en l'une de ces récompenses :", [
            "200 points : un jeu de la gamme Famille au choix",
            "400 points : un jeu de la gamme Experts au choix",
            "600 points : une boîte collector dédicacée par son auteur",
        ]),
        P("b_conversion_note", "La conversion ne fait pas baisser votre niveau : les points convertis restent comptés dans le calcul des douze mois."),
    ]))

# 4 ---------------------------------------------------------------- HTML with nav/footer, FR
DOCS.append(dict(
    key="faq", file="faq-eclaireurs.html", lang="fr", style="html",
    title="Foire aux questions des Éclaireurs",
    lead="Les réponses aux questions les plus fréquentes posées sur le Terrier.",
    blocks=[
        H(1, "Rejoindre le programme"),
        H(2, "Peut-on postuler soi-même ?"),
        P("f_postuler", "Non, le programme fonctionne uniquement sur invitation. Nous repérons les joueurs à partir de leurs avis, de leur participation au Terrier et de leurs achats. Si vous pensez avoir le bon profil, parlez-en à la boutique qui vous vend nos jeux : les boutiques partenaires peuvent nous recommander des joueurs."),
        H(2, "Combien de temps faut-il y consacrer ?"),
        P("f_temps", "Comptez environ deux heures par mois en moyenne. Certaines périodes sont plus chargées, comme le mois qui précède un festival, mais vous pouvez toujours refuser une sollicitation sans vous justifier et sans perdre de points."),
        H(1, "Points et cadeaux"),
        H(2, "Mon cadeau n'est pas arrivé, que faire ?"),
        OL("f_cadeau", "Si un cadeau ou un jeu promis n'est pas arrivé trois semaines après l'annonce, suivez ces étapes :", [
            "vérifiez l'adresse de livraison dans votre profil sur le Terrier",
            "consultez le suivi envoyé par courriel par notre transporteur",
            "écrivez au service clients en indiquant votre pseudo d'Éclaireur",
            "si rien n'a bougé sous dix jours, prévenez Maëlle dans le salon #questions",
        ]),
        H(2, "Les points expirent-ils ?"),
        P("f_expire", "Oui, dans un sens : le niveau se calcule sur les douze derniers mois. Une contribution ancienne cesse donc de compter pour le niveau après un an, mais elle reste dans votre historique et dans vos badges."),
        H(1, "Le bot du Terrier"),
        H(2, "Parle-t-on à une intelligence artificielle ?"),
        P("f_ia", "Oui. Le bot du Terrier est un assistant automatique : il rappelle les sollicitations, enregistre vos contributions et répond aux questions sur le programme. Pour une réclamation, une situation délicate ou un désaccord, il passe la main à Maëlle ou à un membre de l'équipe."),
        H(2, "Puis-je désactiver les rappels ?"),
        UL("f_rappels", "Vous gardez la main sur les messages du bot grâce à trois commandes :", [
            "/rappels off pour couper tous les rappels",
            "/rappels hebdo pour recevoir un seul récapitulatif par semaine",
            "/rappels on pour les réactiver",
        ]),
    ]))

# 5 ---------------------------------------------------------------- DOCX, FR
DOCS.append(dict(
    key="calendrier", file="calendrier-sollicitations-2027.docx", lang="fr", style="docx",
    title="Calendrier des sollicitations 2027",
    lead="Ce calendrier annonce les grandes sollicitations de l'année. Il est complété au fil de l'eau sur le Terrier.",
    blocks=[
        H(1, "Comment lire ce calendrier"),
        P("k_lire", "Chaque sollicitation est publiée sur le Terrier au moins trois semaines avant sa date limite. Elle précise le nombre d'Éclaireurs recherchés, le type de contribution et les points associés. Les places sont attribuées en priorité aux Éclaireurs les moins sollicités des trois derniers mois."),
        H(1, "Les temps forts de l'année"),
        T("k_temps", ["Période", "Sollicitation", "Éclaireurs recherchés", "Niveau minimum"], [
            ["Février", "Témoignages vidéo pour la campagne de financement de Marées Noires", "8", "Explorateur"],
            ["Mars", "Tables au salon Jeux en Baie de Brest", "10", "Stratège"],
            ["Avril", "Avis écrits sur la réédition de Jardin de Brume", "20", "Pion"],
            ["Juin", "Parties de démonstration pendant la Fête du jeu en boutique", "30", "Pion"],
            ["Septembre", "Tests du prototype Comète Sept", "6", "Grand Maître"],
            ["Novembre", "Tables au Festival Ludimer de Saint-Nazaire", "12", "Stratège"],
            ["Décembre", "Vidéos de présentation des coffrets de fin d'année", "5", "Explorateur"],
        ], "Les sollicitations prévues en 2027 sont les suivantes."),
        H(1, "Règles contre la sur-sollicitation"),
        H(2, "Limites par Éclaireur"),
        UL("k_limites", "Pour que personne ne s'épuise, l'équipe applique trois limites :", [
            "pas plus de deux sollicitations acceptées par mois",
            "pas plus de six sollicitations sur un trimestre",
            "un mois sans aucune sollicitation après chaque festival tenu sur deux jours ou plus",
        ]),
        H(2, "Refuser une sollicitation"),
        P("k_refuser", "Refuser ne coûte rien. Un simple clic sur « Pas cette fois » suffit, sans justification. Trois refus de suite déclenchent seulement un message de Maëlle pour savoir si le rythme vous convient, jamais une sanction."),
        H(1, "Délais de réponse"),
        P("k_delais", "Nous vous demandons de répondre à une sollicitation, même par un refus, sous cinq jours. En 2026, le délai moyen de réponse des Éclaireurs était de 2,8 jours ; l'objectif 2027 est de rester sous trois jours."),
    ]))

# 6 ---------------------------------------------------------------- TXT underlined, FR
DOCS.append(dict(
    key="temoignage", file="guide-du-temoignage.txt", lang="fr", style="txt_underlined",
    title="Guide du témoignage",
    lead="Ce guide vous aide à raconter votre expérience de joueur, à l'écrit comme en vidéo.",
    blocks=[
        H(1, "Écrire un témoignage"),
        H(2, "Avant d'écrire"),
        UL("t_avant", "Avant de commencer, prenez cinq minutes pour noter :", [
            "le jeu dont vous parlez et depuis quand vous y jouez",
            "avec qui vous jouez : famille, amis, club, élèves",
            "le moment de partie qui vous a le plus marqué",
            "ce que vous diriez à quelqu'un qui hésite",
        ]),
        H(2, "Ce que nous ne ferons pas"),
        P("t_nefera", "Nous ne corrigerons que l'orthographe, et seulement avec votre accord. Nous ne vous fournirons jamais de phrase toute faite à recopier : un témoignage qui sonne comme une publicité ne convainc personne. Vous relisez la version finale avant toute publication."),
        H(1, "Témoignage vidéo"),
        H(2, "Matériel et tournage"),
        UL("t_materiel", "Un téléphone suffit largement. Quelques conseils de tournage :", [
            "filmez à l'horizontale, près d'une fenêtre",
            "posez le téléphone sur une pile de boîtes plutôt que de le tenir",
            "montrez la table en cours de partie, pas seulement la boîte",
            "restez sous trois minutes",
        ]),
        H(2, "Droit à l'image"),
        P("t_image", "Avant toute diffusion, vous signez une autorisation d'utilisation de l'image valable trois ans. Les personnes qui apparaissent à l'écran doivent aussi donner leur accord écrit, signé par un parent pour les mineurs. Vous pouvez retirer votre autorisation à tout moment : la vidéo est alors dépubliée sous quinze jours."),
        H(1, "Envoyer son témoignage"),
        P("t_envoyer", "Déposez le texte ou la vidéo dans le salon #témoignages du Terrier, ou envoyez un lien de téléchargement si le fichier dépasse 500 Mo. Déclarez ensuite la contribution avec la commande /contribution pour recevoir vos points."),
    ]))

# 7 ---------------------------------------------------------------- TXT capitals + bare lines, FR
DOCS.append(dict(
    key="soirees", file="soirees-et-festivals.txt", lang="fr", style="txt_caps",
    title="Soirées jeux et festivals",
    lead="Le guide pratique des Éclaireurs qui animent des parties en public.",
    blocks=[
        H(1, "ORGANISER UNE SOIRÉE DÉMO"),
        H(2, "Trouver un lieu"),
        P("s_lieu", "Les meilleures soirées ont lieu dans une boutique partenaire, une ludothèque, une médiathèque ou un bar à jeux. Prévenez le lieu au moins un mois à l'avance et demandez-lui combien de tables il peut prêter. Une soirée réussie réunit entre huit et vingt joueurs."),
        H(2, "Le colis d'animation"),
        UL("s_colis", "Sur demande, deux semaines avant la soirée, nous vous envoyons un colis qui contient :", [
            "deux exemplaires de démonstration de chaque nouveauté",
            "un lot de 50 cartes promo à distribuer",
            "une affiche A3 personnalisable",
            "des fiches de règles résumées",
        ]),
        H(2, "Le lendemain"),
        OL("s_apres", "Après la soirée, trois petites choses à faire :", [
            "déclarez la soirée avec /contribution en indiquant le nombre de joueurs",
            "renvoyez les jeux de démonstration abîmés avec l'étiquette prépayée",
            "postez une photo de la table dans le salon #soirées",
        ]),
        H(1, "TENIR UN STAND EN FESTIVAL"),
        H(2, "Avant l'ouverture"),
        P("s_avantfest", "Les Éclaireurs retenus reçoivent leur badge exposant et leur planning dix jours avant l'ouverture. Le transport est remboursé sur justificatif jusqu'à 80 euros par festival, et l'hébergement est réservé par Tortue Rusée pour les festivals de deux jours ou plus."),
        H(2, "Sur le stand"),
        UL("s_stand", "Sur le stand, le rôle d'un Éclaireur se limite à ceci :", [
            "expliquer les règles et lancer les parties",
            "orienter les acheteurs vers la caisse tenue par l'équipe",
            "noter les questions qui reviennent souvent",
            "faire une pause d'au moins 30 minutes toutes les trois heures",
        ]),
        H(1, "EN CAS DE PÉPIN"),
        P("s_incident", "En cas d'incident sur un stand ou pendant une soirée, par exemple un joueur agressif, une blessure ou un litige avec le lieu, ne gérez pas la situation seul. Appelez la ligne d'astreinte événements au numéro indiqué sur votre planning ; un membre de l'équipe prend le relais."),
    ]))

# 8 ---------------------------------------------------------------- PDF without outline, FR
DOCS.append(dict(
    key="objectifs", file="objectifs-et-indicateurs-2027.pdf", lang="fr", style="pdf_plain",
    title="Objectifs et indicateurs du programme 2027",
    lead="Document issu de l'atelier NOUS de septembre 2026, partagé avec tous les Éclaireurs.",
    blocks=[
        H(1, "Notre raison d'être"),
        P("o_raison", "Tortue Rusée publie des jeux pour que les gens passent du temps ensemble autour d'une table. Les Éclaireurs prolongent cette mission : ils transmettent le goût du jeu là où nous n'allons pas, dans les villages, les écoles, les clubs et les familles."),
        H(1, "Objectifs 2027"),
        OL("o_obj", "À l'issue de l'atelier NOUS, l'équipe a retenu quatre objectifs pour 2027 :", [
            "faire découvrir nos jeux à 15 000 nouveaux joueurs grâce aux démonstrations",
            "recruter 40 nouvelles boutiques partenaires par la recommandation",
            "recueillir 300 avis publiés sur les sites marchands",
            "associer les Éclaireurs à la conception de deux jeux",
        ]),
        H(1, "Indicateurs suivis"),
        H(2, "Engagement"),
        T("o_eng", ["Indicateur", "Valeur 2026", "Cible 2027"], [
            ["Éclaireurs actifs", "212", "300"],
            ["Taux de participation aux sollicitations", "46 %", "55 %"],
            ["Délai moyen de réponse à une sollicitation", "2,8 jours", "moins de 3 jours"],
            ["Rétention des Éclaireurs d'une année sur l'autre", "71 %", "80 %"],
        ]),
        H(2, "Impact"),
        T("o_imp", ["Indicateur", "Valeur 2026", "Cible 2027"], [
            ["Joueurs touchés par les démonstrations", "9 400", "15 000"],
            ["Boutiques recommandées devenues partenaires", "23", "40"],
            ["Avis publiés sur les sites marchands", "184", "300"],
            ["NPS des Éclaireurs", "+52", "+60"],
        ]),
        H(1, "Ce que nous ne mesurerons pas"),
        P("o_mesure", "Nous ne classerons pas publiquement les Éclaireurs et ne publierons aucun classement par points. L'atelier JE a montré que la compétition entre membres décourageait les plus discrets ; les tableaux de bord restent donc individuels."),
    ]))

# 9 ---------------------------------------------------------------- DOCX, EN
DOCS.append(dict(
    key="handbook", file="scouts-handbook-international.docx", lang="en", style="docx",
    title="Scouts Handbook for International Members",
    lead="This handbook is for Tortue Rusée Scouts (Éclaireurs) who live outside France and prefer English.",
    blocks=[
        H(1, "Welcome"),
        P("h_welcome", "The Scouts programme brings together players outside France who love Tortue Rusée games: in Belgium, Switzerland, Canada, the United Kingdom and Ireland. You share the same levels and points as French-speaking Scouts, and you get your own English channel on the Terrier."),
        H(1, "Gifts and shipping abroad"),
        H(2, "Where we ship"),
        T("h_ship", ["Country", "Gift delivery time", "Customs fees"], [
            ["Belgium", "3 to 5 working days", "None"],
            ["Switzerland", "7 to 10 working days", "Paid by Tortue Rusée"],
            ["Canada", "2 to 3 weeks", "Paid by Tortue Rusée"],
            ["United Kingdom", "1 to 2 weeks", "Paid by Tortue Rusée"],
        ], "Gifts are shipped from our warehouse in Nantes."),
        H(2, "Discount codes"),
        P("h_codes", "Discount codes work on the international online shop only. They cannot be combined with crowdfunding rewards or shop promotions, and they are personal: sharing your code publicly may lead to its withdrawal."),
        H(1, "Events in English"),
        H(2, "Online game nights"),
        UL("h_online", "Every month, English-speaking Scouts can join:", [
            "one online rules-teaching session",
            "one open game night hosted by a Scout",
            "a quarterly Q&A with one of our game designers",
        ]),
        H(2, "Conventions"),
        P("h_conv", "We attend the Brussels Ludovia Expo and the Glasgow Dice Days each year. Scouts at Strategist level or above can apply for a table shift. Travel costs are refunded up to 150 euros per convention on receipt."),
        H(1, "Leaving the programme"),
        OL("h_leave", "To leave the programme, follow these steps:", [
            "type /leave in the English channel or email the programme team",
            "choose whether your review history stays public",
            "return any unused demo copies with the prepaid label",
        ]),
        P("h_leave_note", "Your customer account, orders and warranty are not affected."),
    ]))

# 10 --------------------------------------------------------------- HTML, FR
DOCS.append(dict(
    key="boutique", file="recommander-une-boutique.html", lang="fr", style="html",
    title="Recommander une boutique ou une ludothèque",
    lead="Vous connaissez un lieu où l'on joue ? Présentez-le-nous.",
    blocks=[
        H(1, "Quels lieux recommander"),
        UL("r_qui", "Une bonne recommandation concerne un lieu qui :", [
            "vend ou prête des jeux de société au public",
            "organise au moins une animation par mois",
            "n'a encore jamais travaillé avec Tortue Rusée",
        ]),
        H(1, "La démarche"),
        H(2, "Le formulaire"),
        OL("r_form", "La recommandation se fait en quatre étapes :", [
            "demandez d'abord au gérant s'il accepte d'être contacté",
            "remplissez le formulaire Recommander un lieu sur le Terrier",
            "indiquez le nom du gérant, la ville et le type de lieu",
            "ajoutez une phrase sur ce que le lieu apporte aux joueurs du coin",
        ]),
        H(2, "Après l'envoi"),
        P("r_apres", "Notre commercial prend contact avec le lieu sous quinze jours et vous tient informé sur le Terrier. Vous n'avez rien à négocier, ni à parler de prix ou de remises avec le gérant."),
        H(1, "Ce que ça vous rapporte"),
        T("r_recomp", ["Étape", "Points", "Cadeau"], [
            ["Recommandation acceptée par le lieu", "15 points", "Aucun"],
            ["Premier rendez-vous avec notre commercial", "30 points", "Aucun"],
            ["Lieu devenu partenaire", "100 points", "Un jeu de la gamme Experts"],
            ["Première soirée démo dans le nouveau lieu", "40 points", "Un tapis de jeu brodé"],
        ]),
        H(1, "Ce qui n'est pas permis"),
        P("r_interdit", "Il est interdit de recommander un lieu dont vous êtes salarié, gérant ou associé. Les recommandations faites en échange d'un avantage personnel accordé par le lieu sont également refusées et peuvent conduire à la sortie du programme."),
    ]))

# 11 --------------------------------------------------------------- Markdown, FR
DOCS.append(dict(
    key="synthese", file="synthese-atelier-je-2026.md", lang="fr", style="md_setext",
    title="Synthèse de l'atelier JE du 14 novembre 2026",
    lead="Synthèse préparée avec l'assistant, relue et corrigée par les participants.",
    blocks=[
        H(1, "Déroulé de l'atelier"),
        P("y_deroule", "Vingt-deux Éclaireurs ont participé, dont neuf en ligne. L'atelier a duré deux heures. Après une présentation de la raison d'être et des objectifs 2027, les participants se sont répartis en trois tables de discussion par profil. La synthèse a été partagée en direct."),
        H(1, "Profils rencontrés"),
        T("y_profils", ["Profil", "Ce qui les motive", "Ce qui les freine"], [
            ["Parents joueurs", "Partager le jeu en famille et recevoir les nouveautés", "Le manque de temps en semaine"],
            ["Animateurs de ludothèque", "Du matériel de démonstration et des règles résumées", "Les démarches administratives de leur structure"],
            ["Joueurs experts", "Donner leur avis sur les prototypes et rencontrer les auteurs", "L'impression que leurs idées ne sont pas lues"],
            ["Enseignants", "Utiliser les jeux en classe", "Le budget de l'établissement et le calendrier scolaire"],
        ]),
        H(1, "Points de convergence"),
        UL("y_conv", "Les participants se retrouvent largement sur trois points :", [
            "la démonstration en présence reste le meilleur moyen de faire aimer un jeu",
            "les avantages matériels comptent moins que la reconnaissance",
            "le rythme de deux sollicitations par mois est jugé raisonnable",
        ]),
        H(1, "Points de divergence"),
        H(2, "Le classement"),
        P("y_classement", "Les joueurs experts souhaitaient un classement public des points. Les parents et les enseignants s'y sont opposés, par crainte d'une course aux points. Décision provisoire : pas de classement public en 2027, à réexaminer lors de l'atelier ACTION."),
        H(2, "Les vidéos"),
        P("y_videos", "Plusieurs participants trouvent le témoignage vidéo intimidant. Les animateurs proposent un format audio de deux minutes, que l'équipe va tester au premier semestre 2027."),
        H(1, "Suites à donner"),
        OL("y_suites", "L'atelier ACTION de janvier 2027 devra trancher les questions suivantes :", [
            "créer un groupe Enseignants avec ses propres thèmes",
            "ouvrir un format de témoignage audio",
            "publier ou non un classement",
            "répondre à chaque idée déposée dans #idées sous un mois",
        ]),
    ]))

# 12 --------------------------------------------------------------- Markdown, EN
DOCS.append(dict(
    key="data", file="your-data-and-the-assistant.md", lang="en", style="md",
    title="Your data and the Terrier assistant",
    lead="How the Scouts programme handles your personal data, and what the Terrier bot does with it.",
    blocks=[
        H(1, "What we collect"),
        UL("d_collect", "When you join the Scouts programme, we store:", [
            "your nickname, email address and postal address for gifts",
            "the contributions you declare and their status",
            "your points, level and badges",
            "your answers to surveys and workshops",
        ]),
        H(1, "What the assistant does"),
        P("d_assist", "The Terrier bot is an AI assistant. It reminds you of solicitations, records contributions and answers questions about the programme from our published documents. It never decides alone whether a contribution is accepted: a member of the team validates every contribution."),
        H(1, "Consent"),
        H(2, "Reminders and suggestions"),
        P("d_remind", "The bot sends reminders and suggests solicitations only if you ticked the consent box when you joined. You can withdraw consent at any time with the /consent command; your points and level are kept."),
        H(2, "Workshops"),
        P("d_workshop", "Answers given during JE workshops may be summarised by the assistant. The summary is shown as a draft with its sources and checked by the facilitator before it is shared. Your name never appears in the summary without your agreement."),
        H(1, "How long we keep your data"),
        T("d_retention", ["Data", "Retention period"], [
            ["Contributions and points", "3 years after your last activity"],
            ["Postal address", "Until you leave the programme"],
            ["Video testimonials", "3 years, or until you withdraw your authorisation"],
            ["Workshop answers", "12 months"],
        ]),
        H(1, "Talking to a human"),
        P("d_human", "Type /human in any channel to reach a member of the team. Complaints, disputes about points and anything personal are always handled by a person, usually within two working days."),
    ]))
