# -*- coding: utf-8 -*-
"""Content of the fictitious client's documents (Le Grand Tréteau, regional theatre).

Each document is a list of blocks:
  ("title", text) ("h1", text) ("h2", text)
  ("p", [sentence, ...])            a paragraph, sentences joined by a space
  ("ul", intro, [item, ...])        intro sentence ending in ":" then a bullet list
  ("ol", intro, [item, ...])        same with a numbered list
  ("table", [header...], [[cell...], ...])
Items are stored without final punctuation; renderers add ";"/"." for French documents.
"""

DOCS = {}

# ---------------------------------------------------------------- 1. Markdown (FR)
DOCS["charte-complices.md"] = dict(lang="fr", blocks=[
    ("title", "Charte des Complices du Grand Tréteau"),
    ("p", ["Cette charte présente le programme des Complices, les ambassadeurs du Grand Tréteau, scène régionale de Loire-Sarthe.",
           "Elle est remise à chaque nouveau membre et révisée chaque été."]),
    ("h1", "Raison d'être et objectifs"),
    ("h2", "Notre raison d'être"),
    ("p", ["Le Grand Tréteau est une scène régionale qui croit que le théâtre se transmet de bouche à oreille.",
           "Les Complices sont les spectateurs qui portent cette parole : ils racontent ce qu'ils ont vu, emmènent leurs proches et nous aident à inventer la saison suivante.",
           "Le programme existe pour que chaque habitant de Loire-Sarthe ait, un jour, une bonne raison de pousser notre porte."]),
    ("h2", "Objectifs de la saison"),
    ("ul", "Pour la saison 2026-2027, le programme poursuit quatre objectifs :", [
        "faire venir 600 nouveaux spectateurs grâce aux parrainages",
        "porter le taux de réabonnement des Complices au-dessus de 85 %",
        "recueillir 120 témoignages utilisables dans la brochure et sur le site",
        "associer au moins 40 Complices aux choix de la programmation jeune public"]),
    ("h1", "Qui peut devenir Complice"),
    ("h2", "Critères d'invitation"),
    ("ul", "L'équipe invite un spectateur à rejoindre les Complices lorsqu'il remplit les conditions suivantes :", [
        "être abonné depuis au moins deux saisons ou avoir assisté à six spectacles sur les douze derniers mois",
        "avoir donné une note de recommandation de 9 ou 10 lors de la dernière enquête de satisfaction",
        "avoir envie de consacrer un peu de temps au théâtre, sans obligation de fréquence"]),
    ("h2", "Le moment de l'invitation"),
    ("p", ["L'invitation n'est jamais envoyée au hasard.",
           "Elle part dans les trois semaines qui suivent un spectacle auquel le spectateur a assisté et qu'il a bien noté, quand l'enthousiasme est encore frais.",
           "Un spectateur qui décline n'est pas relancé avant la saison suivante."]),
    ("h1", "Nos engagements réciproques"),
    ("h2", "Ce que nous attendons des Complices"),
    ("ol", "En rejoignant le programme, chaque Complice s'engage à :", [
        "parler du théâtre avec ses propres mots, sans reprendre des textes fournis par l'équipe",
        "signaler toute contrepartie reçue lorsqu'il publie un avis en ligne",
        "respecter les autres membres dans Le Foyer, l'espace communautaire en ligne",
        "prévenir l'équipe s'il ne souhaite plus être sollicité"]),
    ("h2", "Ce que le théâtre s'engage à faire"),
    ("p", ["De son côté, le Grand Tréteau s'engage à ne jamais solliciter un même Complice plus de deux fois par mois, à répondre à toute question posée dans Le Foyer sous deux jours ouvrés et à présenter chaque année aux Complices le bilan du programme.",
           "Aucune contribution n'est obligatoire pour conserver sa place dans le programme."]),
    ("h2", "Formes de contribution"),
    ("ul", "Un Complice peut contribuer de plusieurs façons :", [
        "publier un avis en ligne sur un spectacle",
        "écrire ou filmer un témoignage",
        "accueillir le public lors d'un événement",
        "parrainer un proche",
        "aider les autres membres dans Le Foyer",
        "proposer une idée ou participer à un atelier de co-création"]),
    ("h1", "Indicateurs suivis"),
    ("p", ["La responsable du programme publie ces indicateurs chaque trimestre dans Le Foyer."]),
    ("table", ["Indicateur", "Mode de calcul", "Cible 2026-2027"], [
        ["Complices actifs", "Complices ayant fait au moins une contribution dans le trimestre", "180"],
        ["Délai moyen de réponse", "Jours entre l'envoi d'une sollicitation et la réponse du Complice", "moins de 5 jours"],
        ["Taux de passage de niveau", "Part des Complices qui montent d'un niveau dans la saison", "25 %"],
        ["Réabonnement des Complices", "Part des Complices réabonnés d'une saison à l'autre", "85 %"],
        ["NPS des Complices", "Enquête annuelle auprès des Complices", "au moins 60"]]),
    ("h1", "Quitter le programme"),
    ("h2", "Départ volontaire"),
    ("p", ["Chaque Complice peut quitter le programme à tout moment, par un simple message à l'équipe ou depuis son espace personnel.",
           "Ses points restent utilisables pendant six mois après son départ.",
           "Son abonnement et ses avantages de spectateur ne sont pas concernés."]),
    ("h2", "Fin de participation décidée par le théâtre"),
    ("p", ["Le théâtre peut mettre fin à la participation d'un Complice qui ne respecte pas la charte, après un échange avec la responsable du programme.",
           "Un Complice sans aucune contribution pendant douze mois reçoit d'abord un message amical ; il reste membre s'il le souhaite."]),
])

# ---------------------------------------------------------------- 2. PDF with outline (FR)
DOCS["guide-points-niveaux.pdf"] = dict(lang="fr", outline=True, blocks=[
    ("title", "Guide des points et des niveaux des Complices"),
    ("p", ["Ce guide explique comment les contributions des Complices sont comptées et ce que chaque niveau permet d'obtenir.",
           "Il s'applique à la saison 2026-2027."]),
    ("h1", "Gagner des points"),
    ("h2", "Barème des contributions"),
    ("table", ["Contribution", "Points", "Plafond", "Validation"], [
        ["Avis écrit sur le site ou une plateforme", "15", "4 par mois", "automatique"],
        ["Témoignage écrit pour la brochure", "40", "3 par saison", "responsable du programme"],
        ["Témoignage vidéo", "80", "2 par saison", "responsable du programme"],
        ["Présence à un événement Complices", "25", "aucun", "automatique"],
        ["Parrainage d'un nouvel abonné", "60", "10 par saison", "automatique"],
        ["Partage sur les réseaux sociaux", "5", "8 par mois", "automatique"],
        ["Aide à un autre membre dans Le Foyer", "10", "6 par mois", "modérateurs"],
        ["Idée d'amélioration retenue", "30", "aucun", "responsable du programme"],
        ["Atelier de co-création", "50", "aucun", "automatique"]]),
    ("h2", "Comment les points sont validés"),
    ("p", ["Les contributions à validation automatique sont créditées le lendemain.",
           "Les autres sont examinées par la responsable du programme dans un délai de dix jours ; le Complice reçoit un message dans Le Foyer quand ses points sont crédités ou si la contribution est refusée."]),
    ("h2", "Bonus"),
    ("ul", "Certains gestes rapportent des points supplémentaires :", [
        "un bonus de 20 points pour la première contribution de la saison",
        "un bonus de 10 points pour une réponse à une sollicitation dans les 48 heures",
        "un bonus de 50 points quand un filleul se réabonne la saison suivante"]),
    ("h1", "Les niveaux"),
    ("h2", "Les quatre niveaux"),
    ("table", ["Niveau", "Seuil de points", "Symbole"], [
        ["Lever de rideau", "0 à 149 points", "ruban rouge"],
        ["Avant-scène", "150 à 399 points", "ruban bleu"],
        ["Coulisses", "400 à 899 points", "ruban argent"],
        ["Grand Rideau", "900 points et plus", "ruban or"]]),
    ("h2", "Changer de niveau"),
    ("ul", "Lorsqu'un Complice atteint un nouveau seuil :", [
        "il reçoit un message de félicitations dans Le Foyer",
        "son nouveau ruban lui est remis à l'accueil du théâtre",
        "ses nouveaux avantages sont actifs dès le lendemain"]),
    ("h2", "Avantages du niveau Lever de rideau"),
    ("ul", "Dès son entrée dans le programme, le Complice bénéficie de :", [
        "l'accès au Foyer et à la newsletter La Feuille de service",
        "une invitation à la soirée de présentation de saison",
        "10 % de réduction au bar du théâtre"]),
    ("h2", "Avantages du niveau Avant-scène"),
    ("ul", "En plus des avantages du niveau Lever de rideau, le Complice Avant-scène reçoit :", [
        "deux places offertes par saison pour accompagner un proche",
        "l'accès aux répétitions publiques",
        "la réservation prioritaire 48 heures avant l'ouverture générale"]),
    ("h2", "Avantages du niveau Coulisses"),
    ("ul", "En plus des avantages des niveaux précédents, le Complice Coulisses profite de :", [
        "une visite des ateliers de décors et de costumes",
        "une rencontre avec une équipe artistique après une représentation",
        "15 % de réduction sur le réabonnement"]),
    ("h2", "Avantages du niveau Grand Rideau"),
    ("ul", "En plus des avantages des niveaux précédents, le Complice Grand Rideau obtient :", [
        "un siège au comité des spectateurs, consulté sur la programmation",
        "son portrait dans la brochure de saison, s'il le souhaite",
        "une invitation à la générale de chaque création maison",
        "25 % de réduction sur le réabonnement (au lieu de 15 %)"]),
    ("h1", "Règles de calcul"),
    ("h2", "Durée de validité des points"),
    ("p", ["Les points sont valables pendant deux saisons complètes.",
           "Au 1er septembre, les points acquis plus de deux saisons auparavant sont retirés du compteur.",
           "Le niveau atteint, lui, est conservé jusqu'à la fin de la saison suivante, même si le solde repasse sous le seuil."]),
    ("h2", "Points non cumulables"),
    ("p", ["Une même contribution ne rapporte des points qu'une fois : un témoignage publié à la fois dans la brochure et sur le site compte comme un seul témoignage.",
           "Les points ne sont ni cessibles entre Complices ni convertibles en argent."]),
])

# ---------------------------------------------------------------- 3. DOCX (FR)
DOCS["plan-animation-2026-2027.docx"] = dict(lang="fr", blocks=[
    ("title", "Plan d'animation des Complices, saison 2026-2027"),
    ("p", ["Document de travail de l'équipe des relations avec le public.",
           "Il fixe les objectifs, le calendrier des sollicitations et le budget du programme pour la saison."]),
    ("h1", "Objectifs et priorités"),
    ("h2", "Objectifs chiffrés"),
    ("table", ["Objectif", "Indicateur", "Cible", "Échéance"], [
        ["Parrainage", "Nouveaux spectateurs venus par un Complice", "600", "juin 2027"],
        ["Témoignages", "Témoignages écrits et vidéo validés", "120", "mai 2027"],
        ["Co-création", "Complices associés au choix jeune public", "40", "mars 2027"],
        ["Fidélité", "Taux de réabonnement des Complices", "85 %", "septembre 2027"]]),
    ("h2", "Priorités de l'équipe"),
    ("ol", "Pour cette saison, l'équipe donne la priorité à trois chantiers :", [
        "ouvrir le programme aux spectateurs des communes rurales du nord du département",
        "renouveler les récompenses du niveau Avant-scène, jugées peu attractives",
        "alléger la charge des Complices les plus sollicités"]),
    ("h1", "Calendrier des sollicitations"),
    ("h2", "Premier semestre"),
    ("table", ["Mois", "Sollicitation", "Complices visés", "Nombre"], [
        ["Septembre 2026", "Témoignages vidéo pour la soirée de présentation", "Coulisses et Grand Rideau", "6"],
        ["Octobre 2026", "Avis en ligne sur « La Cerisaie »", "Tous niveaux", "30"],
        ["Novembre 2026", "Accueil du public au festival Petits Tréteaux", "Avant-scène et plus", "12"],
        ["Décembre 2026", "Témoignages écrits pour la brochure", "Tous niveaux", "20"]]),
    ("h2", "Second semestre"),
    ("table", ["Mois", "Sollicitation", "Complices visés", "Nombre"], [
        ["Janvier 2027", "Atelier de co-création jeune public", "Tous niveaux", "40"],
        ["Mars 2027", "Relais de la campagne d'abonnement", "Tous niveaux", "50"],
        ["Avril 2027", "Témoignages pour le Salon du spectacle vivant d'Angers", "Grand Rideau", "3"],
        ["Juin 2027", "Questionnaire de bilan et NPS", "Tous niveaux", "tous"]]),
    ("h1", "Animation de la communauté"),
    ("h2", "Rendez-vous réguliers"),
    ("ul", "Le lien avec les Complices est entretenu par des rendez-vous fixes :", [
        "La Feuille de service, envoyée le premier mardi de chaque mois",
        "un apéro-Foyer au bar du théâtre chaque trimestre",
        "une séance de questions à la direction artistique en février"]),
    ("h2", "Rotation des sollicitations"),
    ("p", ["Pour éviter d'épuiser les plus motivés, aucune sollicitation n'est adressée à un Complice qui a déjà contribué deux fois dans les trente derniers jours.",
           "La responsable du programme consulte le tableau de charge avant chaque envoi et privilégie les Complices qui n'ont pas été sollicités depuis trois mois."]),
    ("h2", "Formations proposées"),
    ("ul", "Trois formations courtes sont proposées aux Complices volontaires :", [
        "prendre la parole devant le public avant un spectacle",
        "écrire un témoignage vivant et personnel",
        "filmer une courte vidéo avec un téléphone"]),
    ("h1", "Budget"),
    ("h2", "Répartition du budget"),
    ("table", ["Poste", "Montant", "Part"], [
        ["Places offertes", "9 000 €", "45 %"],
        ["Événements Complices", "5 000 €", "25 %"],
        ["Cadeaux et objets", "3 000 €", "15 %"],
        ["Vidéo et photo", "2 000 €", "10 %"],
        ["Imprévus", "1 000 €", "5 %"]]),
])

# ---------------------------------------------------------------- 4. HTML (FR)
DOCS["faq-complices.html"] = dict(lang="fr", blocks=[
    ("title", "Foire aux questions des Complices"),
    ("h1", "Rejoindre le programme"),
    ("h2", "Peut-on demander à devenir Complice ?"),
    ("p", ["Oui.", "Même si la plupart des Complices sont invités par l'équipe, tout abonné peut proposer sa candidature depuis son espace personnel.",
           "La responsable du programme répond sous quinze jours et explique sa décision si la candidature n'est pas retenue."]),
    ("h2", "Faut-il payer pour participer ?"),
    ("p", ["Non, le programme est entièrement gratuit.",
           "Il n'impose ni abonnement supplémentaire ni achat minimum ; seul un abonnement en cours est demandé."]),
    ("h1", "Points et récompenses"),
    ("h2", "Comment consulter mon solde ?"),
    ("ul", "Vous pouvez connaître votre solde de points de trois façons :", [
        "dans votre espace personnel sur le site, rubrique « Mes Complices »",
        "en tapant la commande /points dans Le Foyer",
        "en le demandant à l'accueil du théâtre les soirs de représentation"]),
    ("h2", "Puis-je offrir mes points à quelqu'un ?"),
    ("p", ["Non.", "Les points sont personnels.",
           "En revanche, les places offertes aux niveaux Avant-scène et supérieurs sont faites pour être partagées avec un proche."]),
    ("h2", "Mon niveau affiché semble faux, que faire ?"),
    ("ol", "Avant de nous écrire, suivez ces étapes :", [
        "vérifiez que vos dernières contributions apparaissent dans l'historique de votre espace personnel",
        "attendez dix jours pour les contributions validées par l'équipe",
        "écrivez dans le salon #questions du Foyer en indiquant la contribution manquante"]),
    ("h1", "Sollicitations"),
    ("h2", "Que se passe-t-il si je refuse une demande ?"),
    ("p", ["Rien du tout.", "Refuser une sollicitation ne fait perdre ni points ni niveau.",
           "Nous vous demandons seulement de répondre, même par un simple « non merci », pour que la demande soit proposée à un autre Complice."]),
    ("h2", "Combien de temps ai-je pour répondre ?"),
    ("ul", "Le délai de réponse dépend du type de sollicitation :", [
        "sept jours pour un avis en ligne ou un partage",
        "quatorze jours pour un témoignage écrit",
        "trois semaines pour un témoignage vidéo ou la participation à un événement"]),
    ("h1", "Vie du programme"),
    ("h2", "Qui contacter ?"),
    ("p", ["La responsable du programme, Inès Carpentier, répond aux Complices du lundi au vendredi, de 10 h à 18 h, à l'adresse complices@grandtreteau.fr ou dans le salon #questions du Foyer.",
           "En dehors de ces horaires, l'assistant du Foyer répond aux questions courantes et transmet les autres à l'équipe."]),
    ("h2", "Où trouver l'équipe au théâtre ?"),
    ("table", ["Jour", "Horaire", "Lieu"], [
        ["Mardi", "14 h à 18 h", "Billetterie, guichet 3"],
        ["Mercredi", "10 h à 12 h et 14 h à 18 h", "Billetterie, guichet 3"],
        ["Soirs de représentation", "Une heure avant le lever de rideau", "Hall, table des Complices"]]),
    ("h2", "Mes données sont-elles partagées ?"),
    ("p", ["Vos données ne sont jamais vendues ni transmises à des partenaires.",
           "Le détail figure dans la politique de protection des données des Complices."]),
])

# ---------------------------------------------------------------- 5. TXT numbered headings (FR)
DOCS["reglement-parrainage.txt"] = dict(lang="fr", txt_style="numbered", blocks=[
    ("title", "RÈGLEMENT DU PARRAINAGE DES COMPLICES"),
    ("p", ["Le Grand Tréteau, scène régionale de Loire-Sarthe.", "Version applicable à partir du 1er septembre 2026."]),
    ("h1", "1. Principe"),
    ("h2", "1.1 Objet du parrainage"),
    ("p", ["Le parrainage permet à un Complice de faire découvrir le Grand Tréteau à une personne de son entourage.",
           "Le filleul bénéficie d'un tarif d'accueil sur son premier spectacle et le parrain reçoit des points Complice lorsque le filleul s'abonne."]),
    ("h2", "1.2 Personnes concernées"),
    ("ul", "Peut être parrainée toute personne majeure qui remplit les conditions suivantes :", [
        "ne pas avoir été abonnée au Grand Tréteau au cours des trois dernières saisons",
        "ne pas résider à la même adresse que le parrain",
        "ne pas être salariée du théâtre"]),
    ("h1", "2. Déroulement"),
    ("h2", "2.1 Étapes"),
    ("ol", "Le parrainage se déroule en quatre étapes :", [
        "le Complice génère un code de parrainage dans son espace personnel",
        "il transmet ce code à son filleul, par le moyen de son choix",
        "le filleul saisit le code lors de sa première réservation en ligne ou au guichet",
        "les points sont crédités au parrain après la souscription de l'abonnement par le filleul"]),
    ("h2", "2.2 Avantages"),
    ("p", ["Les avantages sont les suivants pour chaque parrainage réussi."]),
    ("table", ["Bénéficiaire", "Avantage", "Moment"], [
        ["Filleul", "30 % de réduction sur le premier spectacle", "à la réservation"],
        ["Filleul", "10 % de réduction sur le premier abonnement", "à la souscription"],
        ["Parrain", "60 points Complice", "à l'abonnement du filleul"],
        ["Parrain", "50 points supplémentaires", "au réabonnement du filleul"]]),
    ("h1", "3. Limites"),
    ("h2", "3.1 Plafond"),
    ("p", ["Un Complice peut parrainer au plus dix filleuls par saison.",
           "Au-delà, les parrainages restent possibles et le filleul garde ses avantages, mais le parrain ne reçoit plus de points."]),
    ("h2", "3.2 Fraude"),
    ("p", ["Les codes créés pour soi-même, sous un faux nom ou revendus sur des sites d'annonces sont annulés.",
           "En cas d'abus répété, le théâtre peut retirer les points obtenus par parrainage et mettre fin à la participation du Complice au programme."]),
    ("h1", "4. Durée"),
    ("h2", "4.1 Validité du code"),
    ("p", ["Un code de parrainage est valable jusqu'à la fin de la saison au cours de laquelle il a été créé.",
           "Un code non utilisé au 30 juin n'est pas reporté ; le Complice peut en générer un nouveau dès l'ouverture de la saison suivante."]),
])

# ---------------------------------------------------------------- 6. TXT underlined headings (FR)
DOCS["protection-donnees-complices.txt"] = dict(lang="fr", txt_style="underlined", blocks=[
    ("title", "Politique de protection des données des Complices"),
    ("p", ["Le Grand Tréteau est responsable du traitement des données des Complices.",
           "Cette politique complète la politique générale de confidentialité du site."]),
    ("h1", "Données collectées"),
    ("h2", "Ce que nous collectons"),
    ("ul", "Dans le cadre du programme, le théâtre collecte les données suivantes :", [
        "vos nom, prénom et adresse électronique",
        "l'historique de vos contributions et de vos points",
        "vos réponses aux sollicitations et aux questionnaires",
        "les messages que vous publiez dans Le Foyer"]),
    ("h2", "Ce que nous ne collectons pas"),
    ("p", ["Le théâtre ne collecte ni vos opinions politiques ou religieuses, ni vos données de santé, ni la liste de vos contacts.",
           "Lorsque vous parrainez quelqu'un, seul le code utilisé est enregistré : nous ne demandons pas les coordonnées de vos proches."]),
    ("h1", "Finalités et consentement"),
    ("h2", "Utilisations de vos données"),
    ("table", ["Usage", "Base légale", "Durée de conservation"], [
        ["Gestion des points et des niveaux", "exécution de la charte", "durée de la participation plus 6 mois"],
        ["Envoi de La Feuille de service", "consentement", "jusqu'au désabonnement"],
        ["Rappels de sollicitations par l'assistant", "consentement", "durée de la participation"],
        ["Publication de témoignages", "consentement écrit", "3 ans après publication"],
        ["Statistiques du programme", "intérêt légitime", "2 ans, données agrégées"]]),
    ("h2", "L'assistant du Foyer"),
    ("p", ["Les échanges avec l'assistant du Foyer sont traités par un programme d'intelligence artificielle, ce que l'assistant rappelle au début de chaque conversation.",
           "Il n'utilise que les documents du programme et vos données de Complice ; les demandes sensibles ou les réclamations sont transmises à une personne de l'équipe."]),
    ("h1", "Vos droits"),
    ("h2", "Exercer vos droits"),
    ("ul", "Vous pouvez à tout moment :", [
        "consulter et corriger vos données depuis votre espace personnel",
        "retirer votre consentement aux rappels et à la newsletter",
        "demander l'effacement de vos données en écrivant à dpo@grandtreteau.fr",
        "introduire une réclamation auprès de la CNIL"]),
    ("h2", "Témoignages déjà publiés"),
    ("p", ["Si vous retirez votre accord, votre témoignage est retiré du site et des réseaux du théâtre sous trente jours.",
           "Les brochures déjà imprimées ne peuvent pas être rappelées, mais votre texte ne sera pas repris dans les éditions suivantes."]),
])

# ---------------------------------------------------------------- 7. HTML (FR)
DOCS["evenements-saison.html"] = dict(lang="fr", blocks=[
    ("title", "Les rendez-vous des Complices, saison 2026-2027"),
    ("h1", "Les événements de la saison"),
    ("h2", "Calendrier"),
    ("table", ["Date", "Événement", "Lieu", "Niveau requis"], [
        ["12 septembre 2026", "Soirée de présentation de saison", "Grande salle", "Tous niveaux"],
        ["8 novembre 2026", "Répétition publique de « La Cerisaie »", "Grande salle", "Avant-scène et plus"],
        ["17 janvier 2027", "Atelier de co-création jeune public", "Studio du Quai", "Tous niveaux"],
        ["6 mars 2027", "Visite des ateliers de décors", "Ateliers de la rue des Tanneurs", "Coulisses et plus"],
        ["22 mai 2027", "Générale de la création maison « Les Sentinelles »", "Grande salle", "Grand Rideau"],
        ["19 juin 2027", "Fête de fin de saison des Complices", "Jardin du théâtre", "Tous niveaux"]]),
    ("h2", "S'inscrire"),
    ("ol", "Pour réserver votre place à un événement :", [
        "ouvrez l'onglet Événements de votre espace personnel",
        "choisissez la date et indiquez si vous venez accompagné",
        "confirmez ; un rappel vous est envoyé la veille"]),
    ("h1", "Pendant l'événement"),
    ("h2", "Photos et vidéos"),
    ("p", ["Des photos sont prises pendant les événements Complices pour La Feuille de service.",
           "Si vous ne souhaitez pas apparaître, signalez-le à l'accueil : un badge vert vous sera remis et les photographes l'éviteront."]),
    ("h2", "Accessibilité"),
    ("ul", "Tous les événements sont accessibles ; sur demande, nous proposons :", [
        "une place réservée pour les personnes en fauteuil roulant et leur accompagnant",
        "une boucle magnétique pour les personnes malentendantes",
        "une visite tactile du décor avant les répétitions publiques"]),
    ("h1", "Annulations"),
    ("h2", "Si vous ne pouvez pas venir"),
    ("p", ["Merci de libérer votre place au plus tard 48 heures avant l'événement depuis votre espace personnel.",
           "Les points de présence ne sont crédités qu'aux Complices effectivement venus.",
           "Trois absences sans prévenir dans la saison suspendent les inscriptions jusqu'à la saison suivante."]),
    ("h2", "Si le théâtre annule"),
    ("p", ["En cas d'annulation par le théâtre, les inscrits sont prévenus par courriel et dans Le Foyer.",
           "Les points de présence sont alors crédités à tous les inscrits, comme s'ils étaient venus."]),
])

# ---------------------------------------------------------------- 8. PDF without outline (FR)
DOCS["catalogue-recompenses.pdf"] = dict(lang="fr", outline=False, blocks=[
    ("title", "Catalogue des récompenses Complices 2026-2027"),
    ("p", ["Toutes les récompenses de ce catalogue sont réservées aux Complices du Grand Tréteau."]),
    ("h1", "Échanger ses points"),
    ("h2", "Principe de l'échange"),
    ("p", ["Les points Complice servent à mesurer l'engagement, mais ils peuvent aussi être échangés contre des récompenses.",
           "Un échange ne fait pas baisser le niveau : seul le solde disponible diminue, pas le total de la saison qui sert au calcul du niveau."]),
    ("h2", "Comment commander"),
    ("ol", "Pour échanger vos points :", [
        "choisissez une récompense dans la boutique de votre espace personnel",
        "vérifiez que votre solde disponible est suffisant",
        "validez la commande ; la récompense est à retirer à la billetterie sous un mois"]),
    ("h1", "Les récompenses"),
    ("h2", "Places et spectacles"),
    ("table", ["Récompense", "Points", "Niveau minimum"], [
        ["Une place pour un spectacle de la saison", "120", "Lever de rideau"],
        ["Deux places pour un spectacle jeune public", "150", "Lever de rideau"],
        ["Une place au premier rang pour la création maison", "250", "Coulisses"]]),
    ("h2", "Objets et souvenirs"),
    ("table", ["Récompense", "Points", "Niveau minimum"], [
        ["Sac en toile « Complice »", "60", "Lever de rideau"],
        ["Affiche dédicacée par une équipe artistique", "90", "Avant-scène"],
        ["Carnet de croquis des costumes de la saison", "140", "Coulisses"]]),
    ("h2", "Expériences"),
    ("table", ["Récompense", "Points", "Niveau minimum"], [
        ["Assister à un filage technique", "200", "Avant-scène"],
        ["Dîner avec la directrice artistique", "400", "Grand Rideau"],
        ["Figuration dans une création maison", "500", "Grand Rideau"]]),
    ("h1", "Conditions"),
    ("h2", "Stocks et disponibilités"),
    ("p", ["Les récompenses sont proposées dans la limite des stocks.",
           "Les expériences sont limitées à une par Complice et par saison ; si une expérience est complète, une liste d'attente est ouverte dans la boutique."]),
    ("h2", "Retrait à la billetterie"),
    ("ul", "Pour retirer une récompense, présentez au guichet :", [
        "le bon de commande reçu par courriel",
        "une pièce d'identité",
        "votre carte d'abonné si la récompense est une place"]),
    ("h2", "Retours et annulations"),
    ("ul", "Une commande peut être annulée et les points recrédités dans les cas suivants :", [
        "la récompense n'a pas été retirée et le Complice annule sous sept jours",
        "le spectacle ou l'expérience est annulé par le théâtre",
        "l'objet reçu est défectueux"]),
])

# ---------------------------------------------------------------- 9. DOCX (EN)
DOCS["ambassador-welcome-guide.docx"] = dict(lang="en", blocks=[
    ("title", "Welcome to the Complices: a guide for new ambassadors"),
    ("p", ["This guide is for ambassadors who prefer to read in English.",
           "The French charter remains the reference text."]),
    ("h1", "Your first month"),
    ("h2", "Getting started"),
    ("ol", "During your first four weeks, we suggest you:", [
        "complete your profile and choose the topics you like to talk about",
        "introduce yourself in the #welcome channel of Le Foyer",
        "attend the next Foyer drinks evening to meet other ambassadors",
        "post your first review of a show you have seen"]),
    ("h2", "Your mentor"),
    ("p", ["Every new ambassador is paired with a mentor, an experienced member at the Coulisses or Grand Rideau level.",
           "Your mentor answers your questions during your first season and can introduce you to the other members.",
           "Mentors earn 10 points for each new ambassador they follow."]),
    ("h1", "Contributing"),
    ("h2", "Kinds of contribution"),
    ("table", ["Contribution", "What it means", "Typical time"], [
        ["Online review", "A short opinion on a show posted on the theatre's website or a review platform", "10 minutes"],
        ["Written testimonial", "A few paragraphs about your experience, used in the season brochure", "30 minutes"],
        ["Video testimonial", "A one-minute video filmed with the theatre's team", "1 hour"],
        ["Community help", "Answering another member's question in Le Foyer", "5 minutes"]]),
    ("h2", "Writing in your own voice"),
    ("p", ["We never send ready-made texts.",
           "A testimonial is useful only if it sounds like you: tell us what surprised you, what you would say to a friend, even what you did not like.",
           "The team may suggest a length, never the words."]),
    ("h1", "Practical information"),
    ("h2", "Surtitled performances"),
    ("ul", "Performances with English surtitles are marked in the season programme; for ambassadors they come with:", [
        "priority booking for seats with the best view of the surtitle screen",
        "an English summary of the play sent a week before",
        "an informal talk in English after the second performance"]),
    ("h2", "Language of the program"),
    ("p", ["The program runs mostly in French, but you can write your reviews and testimonials in English.",
           "The Foyer assistant answers in English on request, and the English-speaking channel #english-corner is open to all members."]),
])

# ---------------------------------------------------------------- 10. Markdown (EN)
DOCS["foyer-community-guidelines.md"] = dict(lang="en", blocks=[
    ("title", "Le Foyer: community guidelines"),
    ("h1", "Purpose of Le Foyer"),
    ("h2", "What the space is for"),
    ("p", ["Le Foyer is the private online space of the Complices.",
           "It is where ambassadors share their impressions of shows, help newcomers, answer the team's requests and suggest ideas for the theatre.",
           "It is not a ticket office: booking questions go to the box office."]),
    ("h2", "Channels"),
    ("table", ["Channel", "Use", "Moderated by"], [
        ["#announcements", "News from the team and new solicitations", "Program manager"],
        ["#questions", "Questions about points, levels and rewards", "Program manager and assistant"],
        ["#after-the-show", "Impressions and discussions after a performance", "Volunteer moderators"],
        ["#ideas", "Suggestions for the theatre and the program", "Program manager"],
        ["#english-corner", "Conversations in English", "Volunteer moderators"]]),
    ("h1", "Rules of conduct"),
    ("h2", "Expected behaviour"),
    ("ul", "Members of Le Foyer agree to:", [
        "be kind to other members, including when they disagree about a show",
        "avoid revealing the ending of a play in the first two weeks of its run",
        "keep private messages private",
        "mention it when a post is sponsored or rewarded"]),
    ("h2", "Forbidden content"),
    ("ul", "The following content is removed without notice:", [
        "insults, harassment or discriminatory remarks",
        "advertising for other venues or businesses",
        "resale of tickets or invitations",
        "personal data of other people"]),
    ("h1", "Moderation"),
    ("h2", "Warnings and sanctions"),
    ("ol", "Breaches of these guidelines are handled in three steps:", [
        "a private reminder from a moderator",
        "a written warning and a one-week suspension of posting",
        "removal from Le Foyer, decided by the program manager after an exchange with the member"]),
    ("h2", "Becoming a moderator"),
    ("p", ["Volunteer moderators are chosen among Avant-scène members and above.",
           "They commit for one season, receive a short training in November and earn 15 points per month of moderation.",
           "A moderator may step down at any time by telling the program manager."]),
])

# ---------------------------------------------------------------- 11. TXT bare headings (FR)
DOCS["fiche-sollicitations.txt"] = dict(lang="fr", txt_style="bare", blocks=[
    ("title", "Fiche pratique de la responsable du programme : les sollicitations"),
    ("p", ["Document interne de l'équipe des relations avec le public, mis à jour en septembre 2026."]),
    ("h1", "PRÉPARER UNE SOLLICITATION"),
    ("h2", "Choisir les Complices"),
    ("ul", "Avant chaque envoi, vérifier pour chaque Complice pressenti :", [
        "qu'il n'a pas déjà contribué deux fois dans les trente derniers jours",
        "que le sujet correspond aux thèmes choisis dans son profil",
        "qu'il a le niveau requis pour l'événement ou la récompense associée",
        "qu'il n'a pas refusé une demande semblable dans les trois derniers mois"]),
    ("h2", "Délai de prévenance"),
    ("p", ["Une sollicitation part au moins trois semaines avant la date de l'événement ou de la publication prévue.",
           "Pour un témoignage vidéo, compter cinq semaines : il faut caler un tournage avec l'équipe de communication."]),
    ("h1", "RÉDIGER LE MESSAGE"),
    ("h2", "Contenu du message"),
    ("ul", "Chaque message de sollicitation précise :", [
        "ce qui est demandé et pourquoi",
        "la date limite de réponse",
        "le nombre de points prévus",
        "la possibilité de refuser sans conséquence"]),
    ("h2", "Ton"),
    ("p", ["Le message s'adresse au Complice par son prénom et reste court.",
           "Ne jamais joindre de texte à reprendre tel quel : on propose des questions pour aider à écrire, pas des phrases toutes faites."]),
    ("h1", "SUIVRE LES RÉPONSES"),
    ("h2", "Relances"),
    ("p", ["Une seule relance est envoyée, à mi-délai.",
           "Sans réponse à la date limite, la demande est considérée comme déclinée et proposée à un autre Complice ; aucune remarque n'est faite au Complice silencieux."]),
    ("h2", "Tableau de charge"),
    ("p", ["Chaque Complice a une couleur selon le nombre de ses contributions sur les trente derniers jours."]),
    ("table", ["Couleur", "Contributions sur 30 jours", "Conduite à tenir"], [
        ["Vert", "0 ou 1", "peut être sollicité"],
        ["Orange", "2", "ne solliciter que pour une demande urgente"],
        ["Rouge", "3 ou plus", "ne pas solliciter avant le mois suivant"]]),
    ("h2", "Signaux de décrochage"),
    ("ul", "Un Complice est considéré comme en train de décrocher lorsqu'on observe :", [
        "aucune réponse aux trois dernières sollicitations",
        "aucune connexion au Foyer depuis deux mois",
        "un non-réabonnement annoncé"]),
    ("p", ["Dans ce cas, la responsable l'appelle ou lui écrit personnellement, sans lui demander de contribution."]),
])
