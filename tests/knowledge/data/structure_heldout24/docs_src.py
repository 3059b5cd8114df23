# Source of the 12 documents (client: Prise Haute, climbing/bouldering gyms). Read by gen.py.
# body: [(h1, [(h2, [blocks])])]; blocks: ("p", text) | ("ul"/"ol", intro, [items]) | ("table", header, rows)
DOCS = []
def D(**k): DOCS.append(k)

D(file="faq-cordee.md", fmt="md", lang="fr", aud="ambassadors",
  title="FAQ — Programme Cordée",
  readership="Document destiné à tous les Relais du programme Cordée (et à celles et ceux qui hésitent encore).",
  structure="FAQ: ## themes, ### headings are questions; lists",
  body=[
 ("Rejoindre Cordée", [
  ("Qui peut devenir Relais ?", [("p", "Toute personne abonnée à l'une des neuf salles Prise Haute depuis au moins six mois peut être invitée. Nous regardons surtout votre régularité, la façon dont vous accueillez les nouveaux sur les tapis et vos retours spontanés à l'équipe. Le nombre d'abonnés sur vos réseaux n'entre presque pas en compte.")]),
  ("Faut-il être bon grimpeur ?", [("p", "Non. Le niveau de bloc n'a aucune importance : nous avons des Relais qui plafonnent dans le jaune et d'autres qui ouvrent du 7b. Ce qui compte, c'est l'envie de partager et un peu de temps chaque mois.")]),
  ("Comment est-on invité ?", [("ul", "L'invitation arrive toujours de la même manière :", ["un message de Maëlle à l'accueil de votre salle ou par e-mail", "un lien vers le formulaire d'adhésion, à remplir sous quinze jours", "un appel de dix minutes pour faire connaissance et répondre à vos questions"])]),
 ]),
 ("Les points", [
  ("C'est quoi exactement un point Cordée ?", [("p", "Un point est une unité de reconnaissance, pas une monnaie. Chaque contribution validée en rapporte un nombre fixe, qui s'ajoute à votre compteur annuel. Ce compteur détermine votre niveau, et les points peuvent aussi être convertis en récompenses dans le catalogue.")]),
  ("Quand mes points sont-ils crédités ?", [("p", "Les points sont crédités au moment où l'équipe valide la contribution, en général sous cinq jours ouvrés. Une contribution refusée ne rapporte rien, mais vous recevez toujours un message qui explique pourquoi et comment la compléter.")]),
  ("Mes points expirent-ils ?", [("p", "Le compteur de niveau repart à zéro chaque 1er janvier. Les points non convertis restent en revanche disponibles dans le catalogue pendant dix-huit mois après leur date de crédit.")]),
 ]),
 ("Le quotidien", [
  ("Combien de temps ça prend ?", [("p", "Comptez deux à trois heures par mois en moyenne. Personne n'est obligé de répondre à chaque sollicitation : nous ne vous sollicitons jamais plus de deux fois par mois, toutes demandes confondues, et un simple « pas dispo » suffit.")]),
  ("Que faire si je n'ai plus le temps ?", [("p", "Dites-le simplement à Maëlle ou au bot sur le Discord. Vous pouvez passer en pause de un à six mois sans perdre votre niveau ; tout est expliqué dans le document « Quitter le programme ou faire une pause ».")]),
  ("Où poser mes questions ?", [("ul", "Plusieurs canaux existent selon le sujet :", ["le salon #questions du Discord Le Pan pour tout ce qui concerne le programme", "l'assistant Ambassade, en message privé sur le même Discord, à toute heure", "l'accueil de votre salle pour ce qui touche à l'abonnement ou à la facturation", "Maëlle par e-mail pour les situations délicates"])]),
 ]),
 ("Les avantages", [
  ("Est-ce que je paie moins cher mon abonnement ?", [("p", "Oui, à partir du niveau Dégaine : la remise sur le renouvellement annuel est indiquée dans le document « Niveaux et points ». Elle s'applique automatiquement à l'échéance, sans aucune démarche de votre part.")]),
  ("Puis-je venir accompagné aux événements Relais ?", [("p", "Pour la Nuit du Bloc et le Contest des Relais, chaque Relais peut venir avec une personne de son choix. Les rencontres avec les ouvreurs restent réservées aux Relais, faute de place dans les salles de préparation des blocs.")]),
  ("Qu'est-ce que je reçois en rejoignant le programme ?", [("ul", "Dès votre arrivée, vous recevez :", ["un badge Relais à accrocher au baudrier", "l'accès au Discord Le Pan et à la newsletter La Magnésie", "une entrée invitée à offrir à la personne de votre choix"])]),
 ]),
])

D(file="charte-relais.md", fmt="md", lang="fr", aud="ambassadors",
  title="Charte du Relais Prise Haute",
  readership="**Ce texte s'adresse à toutes les ambassadrices et à tous les ambassadeurs Cordée, quel que soit leur niveau.**",
  structure="readership is a bold sentence; ## / ###; lists",
  body=[
 ("Nos engagements réciproques", [
  ("Ce que Prise Haute s'engage à faire", [("ul", "En échange de votre temps, l'équipe s'engage à :", ["vous prévenir au moins trois semaines avant toute sollicitation liée à un événement", "ne jamais publier un témoignage sans votre relecture", "répartir les demandes pour qu'aucun Relais ne soit sollicité plus de deux fois par mois", "vous dire ce que vos idées sont devenues, même quand elles ne sont pas retenues"])]),
  ("Ce que nous attendons de vous", [("ul", "Être Relais, c'est avant tout :", ["parler de Prise Haute avec vos propres mots", "signaler tout lien avec une salle concurrente ou un fabricant de prises", "respecter les autres grimpeurs, en salle comme en ligne", "répondre aux sollicitations, même par un simple « pas dispo ce mois-ci »"])]),
 ]),
 ("Parler de Prise Haute", [
  ("Authenticité avant tout", [("p", "Nous ne vous fournirons jamais de texte tout prêt à copier. Un avis qui sonne comme une brochure ne convainc personne, et les grimpeurs repèrent vite un message formaté. Vous pouvez dire ce qui vous déplaît : un témoignage nuancé vaut mieux qu'un éloge.")]),
  ("Mentionner votre statut", [("p", "Quand vous publiez un avis en ligne ou un post qui parle de Prise Haute, ajoutez une mention simple comme « Relais Cordée » ou #relaiscordee. La loi l'exige dès qu'un avantage est obtenu en échange, et c'est surtout une question de confiance avec vos lecteurs.")]),
  ("Photos et vidéos en salle", [("p", "Filmer en salle est permis en dehors des cours collectifs et des créneaux enfants. Demandez l'accord des personnes reconnaissables avant de publier, et ne montrez jamais les casiers ni l'écran de l'accueil.")]),
 ]),
 ("Bienveillance", [
  ("Classements", [("p", "Le tableau des Relais les plus actifs est affiché une fois par trimestre, et seulement avec l'accord de chacun. Il sert à remercier, pas à mettre en compétition : aucune récompense n'est liée au rang.")]),
  ("En cas de désaccord", [("ol", "Si un échange se passe mal avec un membre ou un salarié, voici la marche à suivre :", ["ne pas répondre à chaud sur les réseaux", "écrire à Maëlle en décrivant les faits, avec des captures si besoin", "attendre son retour sous 72 heures avant toute autre démarche"])]),
  ("Manquements à la charte", [("p", "Un manquement grave, comme un avis publié contre une rémunération cachée ou des propos blessants envers un membre, entraîne la fin du statut de Relais après un échange avec Tristan, responsable du programme. L'abonnement, lui, n'est jamais touché.")]),
 ]),
 ("Signature", [
  ("Accepter la charte", [("p", "La charte est acceptée en ligne lors de l'adhésion, puis à chaque nouvelle version. Les changements importants sont annoncés dans La Magnésie un mois avant d'entrer en vigueur, et vous pouvez toujours quitter le programme si vous n'êtes pas d'accord.")]),
 ]),
])

D(file="welcome-pack.md", fmt="md", lang="en", aud="ambassadors",
  title="Welcome to Cordée — a guide for English-speaking Relais",
  readership="For all Cordée Relais who prefer English, in particular members of our Geneva, Lausanne and Brussels gyms.",
  structure="English; ## / ###; lists; pipe table with empty cells",
  body=[
 ("Getting started", [
  ("Your first week", [("ul", "During your first week you will be asked to:", ["join the Le Pan Discord server with the link sent by Maëlle", "introduce yourself in the #hello channel", "choose the gym you want to be attached to", "read the Relais charter (in French; a summary is below)"])]),
  ("The assistant in Discord", [("p", "Ambassade is a chat assistant that answers in French by default; just write in English and it will reply in English. It reminds you of open requests, logs what you did and shows your points and level. It is an AI: it can be wrong, and a person from the team takes over whenever you ask for one.")]),
  ("The charter in short", [("p", "Use your own words, say that you are a Relais when you post about us, and be kind to other climbers. We never publish anything you wrote without showing it to you first, and you can always say no to a request.")]),
 ]),
 ("Contributions that count", [
  ("What you can do", [("ul", "The contributions we value most are:", ["a short written testimonial about your gym", "helping newcomers on the Discord or on the mats", "bringing a friend to a Discovery Day", "an online review on a map or review site", "ideas to improve the gyms or the app"])]),
  ("Points at a glance", [("p", "The full scale is in the French document « Niveaux et points ». The most common contributions earn:"), ("table", ["Contribution", "Points", "Notes"], [["Written testimonial", "30", "validated within 5 working days"], ["Video testimonial", "60", "2 minutes maximum"], ["Online review", "10", "one per site per year"], ["Successful referral", "40", ""], ["Improvement idea", "15", "+50 if it is implemented"]])]),
 ]),
 ("Local life", [
  ("Geneva, Lausanne and Brussels", [("p", "Our three gyms outside France run their Discovery Days in English on the second Saturday of each month. Local events are announced in the #geneve, #lausanne and #bruxelles channels before they appear in the newsletter.")]),
  ("Rewards abroad", [("p", "Rewards are the same everywhere, but the membership discount of your level is applied in Swiss francs in Geneva and Lausanne. Merchandise is shipped to your gym, not to your home, to avoid customs fees.")]),
  ("Who to contact", [("ul", "Your contacts in the team are:", ["Maëlle Dufresne, community manager, for anything about the programme", "Karim Benali, partnerships, who also validates contributions from the gyms outside France", "the front desk of your gym for membership and billing"])]),
 ]),
])

D(file="niveaux-et-points.txt", fmt="txt", style="caps", tables="grid", lang="fr", aud="ambassadors",
  title="NIVEAUX ET POINTS — PROGRAMME CORDÉE",
  readership="Document destiné à tous les Relais. Mis à jour en janvier 2027.",
  structure="plain text; ALL CAPS level-1 headings, short-line level-2 headings; ASCII grid tables with units and empty cells",
  body=[
 ("LE BARÈME DES POINTS", [
  ("Contributions courantes", [("p", "Chaque contribution validée rapporte un nombre de points fixe, indiqué ci-dessous. Une case vide signifie qu'il n'y a pas de plafond ou pas de délai particulier. Les points des événements figurent dans le calendrier des événements."),
    ("table", ["Contribution", "Points", "Plafond", "Délai de validation"], [
      ["Témoignage écrit", "30 pts", "4 par an", "5 jours ouvrés"],
      ["Témoignage vidéo", "60 pts", "2 par an", "10 jours ouvrés"],
      ["Avis en ligne", "10 pts", "1 par site et par an", ""],
      ["Partage sur les réseaux", "5 pts", "20 par an", ""],
      ["Aide sur le Discord", "5 pts", "", ""],
      ["Idée d'amélioration", "15 pts", "", "30 jours"],
      ["Parrainage abouti", "40 pts", "10 par an", ""],
      ["Animation d'une Journée Découverte", "50 pts", "6 par an", "5 jours ouvrés"]])]),
  ("Bonus", [("ul", "Des points supplémentaires sont accordés dans trois cas :", ["idée mise en place dans au moins une salle : 50 pts", "témoignage repris dans une campagne nationale : 20 pts", "réponse à une sollicitation dans les 48 heures : 5 pts"])]),
 ]),
 ("LES NIVEAUX", [
  ("Seuils et avantages", [("p", "Il existe quatre niveaux. Le seuil se compte en points gagnés depuis le 1er janvier ; la remise porte sur le renouvellement de l'abonnement annuel."),
    ("table", ["Niveau", "Seuil annuel", "Remise abonnement", "Entrées invitées"], [
      ["Mousqueton", "0 pts", "", "1 par an"],
      ["Dégaine", "150 pts", "5 %", "2 par an"],
      ["Baudrier", "400 pts", "10 %", "4 par an"],
      ["Sommet", "900 pts", "15 %", "illimitées"]])]),
  ("Passer au niveau supérieur", [("p", "Le passage au niveau supérieur est automatique dès que le seuil est atteint. Vous gardez ce niveau jusqu'au 31 décembre de l'année suivante, même si votre compteur repart à zéro le 1er janvier.")]),
  ("Ce que débloque le niveau Baudrier", [("ul", "Le niveau Baudrier ajoute :", ["l'accès anticipé aux nouvelles salles, une semaine avant leur ouverture", "un t-shirt Relais brodé à votre prénom", "une invitation à la rencontre annuelle avec la direction"])]),
  ("Ce que débloque le niveau Sommet", [("ul", "En plus des avantages des niveaux précédents, le niveau Sommet donne accès à :", ["une place au comité produit, qui se réunit deux fois par an", "une séance d'ouverture de blocs avec l'équipe des ouvreurs", "la possibilité de tester les nouvelles prises avant leur installation"])]),
 ]),
 ("LE CATALOGUE", [
  ("Convertir ses points", [("p", "Les points peuvent être convertis à tout moment depuis l'espace Relais de l'application. La conversion ne fait pas baisser votre niveau : elle utilise un solde séparé du compteur de niveau. Le détail des récompenses est dans le catalogue 2027.")]),
 ]),
])

D(file="evenements-2027.txt", fmt="txt", style="underline", tables="space", lang="fr", aud="ambassadors",
  title="Calendrier des événements Relais 2027",
  readership="Document destiné à tous les Relais Cordée, y compris les Relais en pause qui souhaitent revenir.",
  structure="plain text; headings underlined with === and ---; space-aligned table with empty cells",
  body=[
 ("Les grands rendez-vous", [
  ("La Nuit du Bloc", [("p", "La Nuit du Bloc a lieu le samedi 13 mars 2027 dans la salle de Lyon Gerland, de 19 h à 2 h du matin. Quarante blocs sont ouverts spécialement pour la soirée et démontés le lendemain. Les Relais y tiennent le stand d'accueil par tranches de deux heures."),
    ("ul", "Pour tenir le stand, il faut :", ["s'inscrire sur le Discord avant le 20 février", "suivre la visio de préparation du 6 mars à 20 h", "arriver trente minutes avant le début de sa tranche"])]),
  ("Le Contest des Relais", [("p", "Le Contest des Relais est une compétition amicale réservée aux Relais et à leurs invités, organisée le dimanche 27 juin 2027 à Grenoble. Il n'y a ni podium ni classement général : chaque participant reçoit le même lot, et les blocs sont notés par couleur de difficulté.")]),
  ("Les Journées Découverte", [("p", "Chaque salle organise une Journée Découverte le deuxième samedi du mois. Les Relais volontaires accueillent les débutants, montrent les règles de sécurité sur les tapis et répondent aux questions sur les abonnements.")]),
 ]),
 ("Calendrier détaillé", [
  ("Dates et lieux", [("p", "Les places Relais sont attribuées dans l'ordre des inscriptions. Une case vide signifie que le nombre de places n'est pas limité ou que l'événement ne rapporte pas de points."),
    ("table", ["Événement", "Date", "Lieu", "Places Relais", "Points"], [
      ["Nuit du Bloc", "13/03/2027", "Lyon Gerland", "24", "50 pts"],
      ["Rencontre ouvreurs (printemps)", "17/04/2027", "Annecy", "12", "20 pts"],
      ["Contest des Relais", "27/06/2027", "Grenoble", "", "30 pts"],
      ["Rencontre ouvreurs (automne)", "16/10/2027", "Bruxelles", "12", "20 pts"],
      ["Soirée des Relais", "04/12/2027", "Lyon Croix-Rousse", "80", ""]])]),
 ]),
 ("Inscriptions et annulations", [
  ("S'inscrire", [("ol", "L'inscription se fait en trois étapes :", ["ouvrir le salon #evenements du Discord Le Pan", "cliquer sur la réaction de l'événement choisi", "confirmer sa présence auprès du bot Ambassade dans les 48 heures"])]),
  ("Se désinscrire", [("p", "Une désinscription jusqu'à sept jours avant l'événement ne pose aucun problème. Au-delà, prévenez Inès directement pour qu'elle puisse proposer la place à un Relais sur liste d'attente ; aucun point n'est retiré.")]),
  ("Transport et hébergement", [("p", "Prise Haute rembourse le train en seconde classe pour la Nuit du Bloc et le Contest, sur présentation du billet, dans la limite de 80 euros aller-retour. L'hébergement n'est pas pris en charge, mais le Discord sert souvent à organiser des colocations.")]),
 ]),
])

D(file="procedures-contributions.txt", fmt="txt", style="numbered", lang="fr", aud="ambassadors",
  title="Procédures : déclarer et faire valider ses contributions",
  readership="Document destiné à tous les Relais Cordée.",
  structure="plain text; numbered headings (1. / 1.1); procedures as numbered steps 1) 2) 3)",
  body=[
 ("1. Déclarer une contribution", [
  ("1.1 Par le bot Ambassade", [("p", "Le plus simple est d'écrire au bot Ambassade en message privé sur le Discord Le Pan. Il reconnaît la plupart des contributions et vous pose les questions qui manquent."),
    ("ol", "Pour déclarer un témoignage écrit :", ["écrire « j'ai fait un témoignage » au bot", "coller le texte ou joindre une capture", "indiquer la salle concernée", "vérifier le récapitulatif et répondre « oui »"])]),
  ("1.2 Par le formulaire web", [("p", "Le formulaire de l'espace Relais reste disponible pour celles et ceux qui n'utilisent pas Discord. Il demande les mêmes informations, mais la preuve doit être un lien ou un fichier de moins de 10 Mo.")]),
  ("1.3 Cas des parrainages", [("p", "Un parrainage ne se déclare pas : il est enregistré automatiquement quand votre filleul donne votre code à l'accueil lors de sa première visite. S'il oublie, vous avez trente jours pour le signaler à Odile, au support.")]),
 ]),
 ("2. Preuves", [
  ("2.1 Preuves acceptées", [("ul", "La preuve demandée dépend du type de contribution :", ["avis en ligne : un lien direct vers l'avis publié", "partage sur les réseaux : une capture d'écran où la date est visible", "aide sur le Discord : aucune, l'équipe voit les messages", "témoignage vidéo : le fichier original, pas une version compressée"])]),
  ("2.2 Preuves refusées", [("p", "Nous refusons les captures recadrées sans date, les avis publiés plus de trois mois avant la déclaration et toute contribution déjà déclarée par un autre Relais. Les contributions collectives sont acceptées si chaque participant est nommé.")]),
 ]),
 ("3. Validation", [
  ("3.1 Qui valide", [("p", "Maëlle valide les contributions des salles françaises, Karim celles de Genève, Lausanne et Bruxelles. En cas d'absence, Odile prend le relais pour les contributions simples comme les avis et les partages.")]),
  ("3.2 Contester un refus", [("ol", "Pour contester un refus :", ["répondre au message de refus dans les quatorze jours", "ajouter la preuve manquante ou une explication", "attendre la seconde lecture, faite par une autre personne que la première"])]),
  ("3.3 Délais", [("p", "La validation prend cinq jours ouvrés pour la plupart des contributions, dix pour les vidéos et trente jours pour les idées d'amélioration, qui passent devant l'équipe produit. Pendant les semaines de la Nuit du Bloc, comptez quelques jours de plus.")]),
 ]),
 ("4. Corriger une erreur", [
  ("4.1 Points manquants", [("ol", "Si des points n'apparaissent pas après le délai de validation :", ["vérifier dans l'historique de l'espace Relais que la contribution a bien été déclarée", "demander au bot Ambassade l'état de la contribution", "écrire à Odile avec la date et le type de contribution si rien n'a bougé"])]),
  ("4.2 Contribution déclarée deux fois", [("p", "Si vous avez déclaré deux fois la même contribution, signalez-le au bot : le doublon est supprimé sans conséquence. Les doublons repérés par l'équipe sont retirés de la même manière, avec un message pour vous prévenir.")]),
 ]),
])

D(file="catalogue-recompenses-2027.pdf", fmt="pdf", lang="fr", aud="ambassadors",
  title="Catalogue des récompenses Cordée 2027",
  readership="Document destiné à tous les Relais, quel que soit leur niveau.",
  structure="PDF; title 18 pt, headings 14/12 pt bold; numbered list; two tables with units and empty cells",
  body=[
 ("Comment fonctionne le catalogue", [
  ("Le solde de conversion", [("p", "Chaque point crédité alimente deux compteurs : le compteur de niveau, remis à zéro chaque 1er janvier, et le solde de conversion, qui sert à commander des récompenses. Commander une récompense ne fait jamais baisser votre niveau.")]),
  ("Commander", [("ol", "Pour commander une récompense :", ["ouvrir l'onglet Récompenses de l'espace Relais", "choisir l'article et la salle de retrait", "valider la commande ; le solde est débité immédiatement", "retirer l'article à l'accueil sous trente jours"])]),
 ]),
 ("Les récompenses disponibles", [
  ("Équipement et textile", [("p", "Les stocks sont indiqués pour l'année ; une case vide signifie que l'article est disponible sans limite."),
    ("table", ["Récompense", "Coût", "Stock 2027", "Remarque"], [
      ["Sac à magnésie brodé", "120 pts", "200", ""],
      ["Chaussons de location (10 séances)", "80 pts", "", "valable 6 mois"],
      ["Brosse à prises", "60 pts", "150", "poils de sanglier"],
      ["T-shirt coton bio", "150 pts", "300", "tailles XS à XXL"],
      ["Carte cadeau Karabin Outdoor (30 €)", "250 pts", "", "magasins partenaires"]])]),
  ("Expériences", [("table", ["Récompense", "Coût", "Stock 2027", "Remarque"], [
      ["Séance d'ouverture avec un ouvreur", "400 pts", "10", "niveau Baudrier minimum"],
      ["Cours particulier (1 h)", "200 pts", "", "avec un moniteur diplômé"],
      ["Entrée invitée supplémentaire", "40 pts", "", ""]])]),
  ("Dons", [("p", "Vous pouvez aussi convertir vos points en don à l'association Grimpe Ensemble, qui finance des séances pour des jeunes éloignés de la pratique : 100 points valent 10 euros versés par Prise Haute.")]),
 ]),
 ("Règles", [
  ("Retours et échanges", [("p", "Un article textile peut être échangé une fois, dans son emballage d'origine, sous quinze jours. Les expériences réservées ne sont ni échangeables ni remboursables en points, sauf annulation par Prise Haute.")]),
  ("Ce que le catalogue ne propose pas", [("ul", "Pour rester dans l'esprit du programme, certaines choses ne sont jamais proposées :", ["de l'argent liquide ou un virement", "des réductions sur les abonnements des proches", "des récompenses liées au rang dans le classement trimestriel"])]),
  ("Articles en rupture", [("p", "Quand un article est épuisé, il reste affiché avec la mention « bientôt de retour ». Vous pouvez demander au bot Ambassade de vous prévenir dès son retour ; vos points ne sont débités qu'au moment de la commande.")]),
  ("Nouveautés", [("p", "Le catalogue est renouvelé chaque année en janvier. Les Relais du niveau Sommet votent en novembre pour deux nouvelles récompenses parmi les idées proposées sur le Discord, et les articles les moins commandés sont retirés.")]),
 ]),
])

D(file="bilan-programme-2026.pdf", fmt="pdf", lang="en", aud="staff",
  title="Cordée programme review 2026",
  readership="Internal document — staff only. Do not forward to Relais or partners.",
  structure="PDF, English, staff-only; title 18 pt, headings 14/12 pt bold; KPI table with empty cells; lists",
  body=[
 ("Key figures", [
  ("Headline indicators", [("p", "Figures are taken from the contribution log on 31 December; empty cells are indicators without a target yet."),
    ("table", ["Indicator", "2025", "2026", "Target 2027"], [
      ["Active Relais", "118", "164", "200"],
      ["Contributions per Relais", "6.1", "7.4", "8"],
      ["Mean response delay to a request", "4.2 days", "3.1 days", "2.5 days"],
      ["Year-on-year retention", "71 %", "78 %", "80 %"],
      ["Relais NPS", "+42", "+51", ""],
      ["Promotion rate to the next level", "19 %", "24 %", ""]])]),
  ("Production", [("p", "In 2026 the Relais produced 212 written testimonials, 38 videos and 540 online reviews. Referrals reached 311, of which 174 became members, a conversion rate of 56 %. Video remains the weakest contribution: most Relais say filming in a busy gym is awkward.")]),
 ]),
 ("What worked", [
  ("Discovery Days", [("p", "Discovery Days hosted by Relais brought 1,240 first visits across the nine gyms. Gyms where two Relais or more took part converted twice as many visitors into members as gyms with staff only.")]),
  ("The Discord assistant", [("p", "Ambassade handled 61 % of logging requests without a human. Handoffs to Maëlle were mostly about disputes over refused contributions and personal situations such as injuries or a move to another city.")]),
 ]),
 ("Risks and decisions", [
  ("Over-solicitation", [("p", "Twelve Relais answered more than half of all requests in 2026. From March 2027 nobody will be asked more than twice a month, and the assistant will rotate requests using each Relais's load over the last 90 days.")]),
  ("Drifting Relais", [("ul", "Three signals announce a Relais who is drifting away:", ["no contribution for 60 days", "two requests in a row left without an answer", "no visit to the gym for a month, according to the access gates"])]),
  ("Decisions for 2027", [("ul", "The steering committee decided to:", ["raise the Sommet threshold from 800 to 900 points", "open the programme to the youth coaches of the Brussels gym", "replace the yearly ranking with a quarterly thank-you board", "set the rewards budget at 18,000 euros"])]),
  ("Open questions", [("ul", "Still to be settled by June 2027:", ["whether video testimonials should earn more than 60 points", "how to welcome Relais from the gym opening in Lille", "whether the product committee should meet online"])]),
 ]),
])

D(file="guide-animation-sollicitations.docx", fmt="docx", lang="fr", aud="staff",
  title="Guide d'animation : planifier et envoyer les sollicitations",
  readership="Document interne — équipe communauté uniquement. Ne pas partager sur le Discord.",
  structure="DOCX, staff-only; Heading 1/2 styles; bullet and numbered list paragraphs; real table with empty cells",
  body=[
 ("Planifier", [
  ("Le calendrier des sollicitations", [("p", "Toutes les sollicitations sont saisies dans le calendrier partagé au moins quatre semaines avant la date où le contenu est nécessaire. Maëlle arbitre chaque lundi les demandes venues du marketing, des salles et de l'équipe produit.")]),
  ("Choisir les Relais", [("ul", "Avant d'envoyer une demande, vérifier pour chaque Relais :", ["qu'il n'a pas déjà été sollicité deux fois ce mois-ci", "qu'il n'est pas en pause", "que sa salle correspond à la demande", "qu'il n'a pas décliné la même demande le mois précédent"])]),
  ("Types de sollicitations", [("table", ["Type", "Préavis minimal", "Relais ciblés", "Relance"], [
      ["Témoignage pour un salon", "4 semaines", "Baudrier et Sommet", "J+7"],
      ["Avis après l'ouverture d'une salle", "2 semaines", "Relais de la salle", ""],
      ["Bêta-test de l'application", "3 semaines", "volontaires inscrits", "J+5"],
      ["Renfort pour une Journée Découverte", "10 jours", "Relais de la salle", "J+3"]])]),
 ]),
 ("Envoyer", [
  ("Rédiger la demande", [("p", "Une demande tient en cinq lignes : le besoin, la date limite, le temps estimé, les points prévus et un moyen simple de dire non. Ne jamais joindre de texte modèle à reprendre tel quel, même quand le marketing le demande.")]),
  ("Procédure d'envoi", [("ol", "Pour envoyer une sollicitation :", ["créer la sollicitation dans Slack avec la commande du bot", "vérifier la liste de Relais proposée par le bot", "retirer les Relais signalés comme surchargés", "programmer l'envoi un mardi ou un mercredi matin"])]),
  ("Relances", [("p", "Une seule relance par sollicitation, jamais le week-end. Sans réponse après la relance, la demande est considérée comme déclinée et n'est pas comptée contre le Relais dans son suivi.")]),
 ]),
 ("Suivre et passer la main", [
  ("Indicateurs du vendredi", [("ul", "Chaque vendredi, l'équipe relève :", ["le taux de réponse aux sollicitations de la semaine", "le délai moyen de réponse", "le nombre de Relais sans contribution depuis 60 jours"])]),
  ("Quand reprendre la main", [("p", "Le bot transfère à un humain toute conversation qui parle de blessure, de litige sur un abonnement, de conflit entre membres ou de départ du programme. La personne d'astreinte répond dans la journée ouvrée.")]),
  ("Astreinte", [("p", "L'astreinte tourne chaque semaine entre Maëlle, Inès et Odile. Le planning est épinglé dans le canal Slack #cordee-equipe ; en cas d'absence imprévue, Tristan reprend l'astreinte.")]),
 ]),
])

D(file="parrainage.docx", fmt="docx", lang="fr", aud="ambassadors",
  title="Le parrainage Prise Haute pour les Relais",
  readership="Document destiné à tous les Relais Cordée.",
  structure="DOCX; Heading 1/2 styles; bullet lists; real table with empty cells",
  body=[
 ("Principe", [
  ("Votre code", [("p", "Chaque Relais reçoit un code personnel de six lettres, visible dans l'espace Relais et auprès du bot Ambassade. Ce code donne à la personne parrainée une séance d'essai gratuite et, si elle s'abonne, un mois offert.")]),
  ("Qui peut être parrainé", [("ul", "Un parrainage compte si la personne :", ["n'a jamais été abonnée à une salle Prise Haute", "a au moins 16 ans, ou vient avec un parent pour les plus jeunes", "présente le code à l'accueil lors de sa première visite"])]),
 ]),
 ("Ce que vous recevez", [
  ("Barème", [("p", "Les avantages s'ajoutent à chaque étape franchie par votre filleul :"),
    ("table", ["Étape", "Pour vous", "Pour votre filleul"], [
      ["Première visite avec votre code", "", "séance d'essai gratuite"],
      ["Abonnement mensuel souscrit", "40 pts", "un mois offert"],
      ["Abonnement annuel souscrit", "40 pts + 1 entrée invitée", "deux mois offerts"],
      ["Filleul encore abonné après un an", "20 pts", ""]])]),
  ("Limites", [("p", "Les points de parrainage sont plafonnés à dix filleuls par an. Au-delà, les parrainages restent enregistrés et comptent pour les statistiques de votre salle, mais ne rapportent plus de points.")]),
 ]),
 ("Bonnes pratiques", [
  ("Parler du parrainage", [("p", "Proposez votre code quand quelqu'un vous pose des questions sur la salle, plutôt que de le publier partout. Un code affiché en commentaire sous chaque post ressemble vite à de la publicité et peut être supprimé par les plateformes.")]),
  ("Ce qu'il ne faut pas faire", [("ul", "Sont interdits et entraînent l'annulation des points :", ["créer de faux comptes ou se parrainer soi-même", "revendre son code ou l'échanger contre de l'argent", "promettre au filleul un avantage qui n'existe pas"])]),
  ("Suivre ses filleuls", [("p", "Le bot Ambassade vous prévient dès qu'un filleul utilise votre code, puis quand il s'abonne. Par respect de sa vie privée, vous ne voyez ni son nom complet ni la formule choisie, seulement l'étape franchie.")]),
  ("Parrainer un groupe", [("p", "Pour un groupe d'amis ou une équipe de travail de plus de cinq personnes, contactez Karim avant la première visite : une séance de découverte encadrée peut être organisée, et chaque personne qui s'abonne compte comme un filleul.")]),
 ]),
])

D(file="page-publique-cordee.html", fmt="html", lang="fr", aud="public",
  title="Cordée, le programme des Relais Prise Haute",
  readership="Page publique — pour toutes les personnes curieuses du programme, abonnées ou non.",
  structure="HTML public page with nav/footer noise; h1/h2/h3; lists; table",
  body=[
 ("Le programme en bref", [
  ("Pourquoi Cordée", [("p", "Cordée existe pour que l'escalade reste une affaire de transmission : les grimpeurs qui aiment nos salles aident les suivants à y trouver leur place. Le programme donne un cadre, des moyens et de la reconnaissance à ce qui se faisait déjà spontanément sur les tapis.")]),
  ("Cordée en chiffres", [("table", ["Indicateur", "Valeur"], [
      ["Salles participantes", "9"],
      ["Relais actifs fin 2026", "164"],
      ["Pays", "France, Suisse, Belgique"],
      ["Première promotion", "septembre 2023"], ["Journées Découverte animées en 2026", "108"]])]),
 ]),
 ("Devenir Relais", [
  ("Les critères", [("ul", "Nous invitons des abonnés qui :", ["grimpent chez nous depuis au moins six mois", "aident déjà les autres, en salle ou en ligne", "ont envie de donner deux à trois heures par mois"])]),
  ("Se signaler", [("p", "Il n'y a pas de candidature ouverte, mais vous pouvez dire à l'accueil de votre salle que le programme vous intéresse. L'équipe regarde ces signalements à chaque vague d'invitations, en février et en septembre.")]),
 ]),
 ("Vos données", [
  ("Ce que nous collectons", [("ul", "Pour faire fonctionner le programme, nous enregistrons :", ["vos contributions et leurs preuves", "vos réponses aux sollicitations et leurs délais", "vos échanges avec l'assistant Ambassade"])]),
  ("L'assistant Ambassade", [("p", "Ambassade est un assistant conversationnel fondé sur l'intelligence artificielle. Il le dit dès le premier message, ne prend aucune décision sur votre statut et passe la main à une personne de l'équipe pour toute question sensible.")]),
  ("Vos droits", [("p", "Vous pouvez consulter, corriger ou effacer vos données à tout moment en écrivant à donnees@prisehaute.example. Les rappels automatiques ne sont envoyés qu'avec votre accord, que vous pouvez retirer depuis l'espace Relais.")]),
  ("Durée de conservation", [("p", "Les données liées au programme sont conservées pendant la durée de votre participation, puis deux ans après votre départ à des fins statistiques, sous une forme qui ne permet plus de vous identifier.")]),
 ]),
])

D(file="quitter-ou-pause.html", fmt="html", lang="fr", aud="ambassadors",
  title="Quitter le programme ou faire une pause",
  readership="Document destiné à tous les Relais Cordée.",
  structure="HTML; h1/h2/h3; ordered and bullet lists; summary table",
  body=[
 ("Faire une pause", [
  ("Durée et effets", [("p", "Une pause dure de un à six mois. Pendant ce temps, vous ne recevez aucune sollicitation, votre niveau est conservé et vos points restent disponibles dans le catalogue. Le compteur de niveau, lui, ne progresse pas.")]),
  ("Demander une pause", [("ol", "Pour demander une pause :", ["écrire « pause » au bot Ambassade", "choisir la durée", "indiquer si vous voulez continuer à recevoir la newsletter La Magnésie"])]),
  ("Revenir plus tôt", [("p", "Vous pouvez reprendre avant la fin prévue en écrivant « reprise » au bot. Les sollicitations reprennent la semaine suivante, en commençant par une demande légère pour ne pas vous submerger.")]),
 ]),
 ("Quitter Cordée", [
  ("Partir quand vous voulez", [("p", "Vous pouvez quitter le programme à tout moment, sans justification ni préavis. Votre abonnement et ses conditions tarifaires ne changent pas, à l'exception de la remise de niveau, qui cesse au renouvellement suivant.")]),
  ("Après votre départ", [("ul", "Une fois votre départ enregistré :", ["vos points non convertis restent utilisables pendant trois mois", "vos témoignages déjà publiés restent en ligne, sauf si vous demandez leur retrait", "votre accès au Discord Le Pan est retiré sous sept jours"])]),
  ("Fin de statut décidée par l'équipe", [("p", "L'équipe peut mettre fin au statut de Relais en cas de manquement grave à la charte, ou après douze mois sans aucune contribution ni réponse. Dans le second cas, Maëlle vous écrit d'abord pour proposer une pause.")]),
 ]),
 ("Revenir", [
  ("Redevenir Relais", [("p", "Un ancien Relais peut revenir à la prochaine vague d'invitations, en février ou en septembre. Il repart du niveau Mousqueton, quel que soit son niveau au moment du départ.")]),
  ("Récapitulatif", [("table", ["Situation", "Niveau", "Points", "Sollicitations"], [
      ["Pause", "conservé", "conservés", "aucune"],
      ["Départ volontaire", "perdu", "3 mois pour les convertir", "aucune"],
      ["Fin de statut", "perdu", "3 mois pour les convertir", ""],
      ["Retour", "Mousqueton", "", "reprise à la vague suivante"]])]),
 ]),
])

# ---- additional sections (appended to an existing level-1 heading, or a new one)
ADD = {
 "faq-cordee.md": [
  ("Les avantages", "Les avantages sont-ils les mêmes dans toutes les salles ?", [("p", "Oui. Les neuf salles appliquent les mêmes niveaux et le même catalogue. Seule la remise sur l'abonnement est calculée en francs suisses à Genève et à Lausanne.")]),
 ],
 "charte-relais.md": [
  ("Parler de Prise Haute", "Sujets à éviter", [("ul", "Certains sujets relèvent de l'équipe et pas des Relais :", ["les questions de sécurité après un accident en salle", "les tarifs qui ne sont pas encore annoncés", "les projets d'ouverture de nouvelles salles"])]),
  ("Bienveillance", "Accueillir les nouveaux", [("p", "Un nouveau Relais est accompagné pendant ses deux premiers mois par un Relais plus ancien de la même salle, choisi par Maëlle. Ce binôme n'a rien d'obligatoire : il sert surtout à poser les questions qu'on n'ose pas poser sur le Discord.")]),
 ],
 "welcome-pack.md": [
  ("Getting started", "Language of the programme", [("p", "Most documents of the programme are written in French, and the Discord is mostly French-speaking. You may write in English everywhere: the team and most Relais read it, and the assistant translates on request. Only the charter must be accepted in its French version.")]),
  ("Local life", "Events in English", [("ul", "Three events are held in English every year:", ["the Brussels route setters meeting in October", "a Geneva evening for new Relais in January", "an online question time with Tristan, the programme lead, in May"])]),
  ("Getting started", "Your Relais badge", [("p", "Your badge is handed over at the front desk of your gym during your first month. Show it when you collect a reward or when you host a Discovery Day; if you lose it, the front desk prints a new one for free.")]),
 ],
 "niveaux-et-points.txt": [
  ("LE BARÈME DES POINTS", "Points retirés", [("p", "Des points peuvent être retirés si une contribution se révèle fausse, par exemple un avis supprimé par la plateforme pour non-respect de ses règles ou un parrainage de complaisance. Le retrait est toujours expliqué par message, et vous pouvez le contester comme un refus.")]),
  ("LES NIVEAUX", "Ce que débloque le niveau Dégaine", [("ul", "Dès 150 points, le niveau Dégaine apporte :", ["la remise de 5 % sur le renouvellement annuel", "une deuxième entrée invitée par an", "l'accès au salon #coulisses du Discord, où les ouvreurs présentent leurs blocs"])]),
  ("LE CATALOGUE", "Solde et niveau", [("p", "Exemple : une Relais qui a gagné 420 points en 2027 est au niveau Baudrier. Si elle commande un t-shirt à 150 points, son solde de conversion baisse de 150 points, mais elle reste au niveau Baudrier jusqu'au 31 décembre 2028.")]),
 ],
 "evenements-2027.txt": [
  ("Les grands rendez-vous", "La Soirée des Relais", [("p", "La Soirée des Relais clôt l'année le samedi 4 décembre 2027 à Lyon Croix-Rousse. On y remercie les Relais de l'année, on présente le catalogue suivant et on annonce les dates des événements de 2028. Elle ne rapporte pas de points : c'est une fête, pas une contribution.")]),
  ("Les grands rendez-vous", "Les rencontres avec les ouvreurs", [("p", "Deux fois par an, l'équipe des ouvreurs reçoit douze Relais pendant une séance de préparation des blocs. Les participants découvrent comment une voie est pensée, testent les premiers mouvements et donnent leur avis avant l'ouverture au public.")]),
  ("Inscriptions et annulations", "Accessibilité", [("p", "Toutes les salles qui accueillent un événement sont accessibles en fauteuil roulant, à l'exception de la mezzanine d'Annecy. Signalez à Inès tout besoin particulier au moment de l'inscription, pour qu'il soit prévu à l'avance.")]),
 ],
 "procedures-contributions.txt": [
  ("2. Preuves", "2.3 Conservation des preuves", [("p", "Les preuves sont conservées douze mois après la validation, puis supprimées. Les fichiers vidéo originaux sont effacés dès que le montage final est publié, sauf si vous avez accepté qu'ils servent à d'autres campagnes.")]),
 ],
 "catalogue-recompenses-2027.pdf": [
  ("Comment fonctionne le catalogue", "Retrait à l'accueil", [("p", "Les articles sont livrés dans la salle choisie à la commande, en général sous dix jours. Vous recevez un message du bot Ambassade quand l'article est prêt ; présentez votre badge Relais à l'accueil pour le retirer.")]),
  ("Les récompenses disponibles", "Récompenses réservées par niveau", [("ul", "Certaines récompenses ne sont visibles qu'à partir d'un niveau donné :", ["la séance d'ouverture avec un ouvreur, à partir du niveau Baudrier", "la veste Relais en édition limitée, réservée au niveau Sommet", "l'invitation au comité produit, réservée au niveau Sommet et hors catalogue"])]),
  ("Règles", "Points et impôts", [("p", "Les récompenses du catalogue sont des cadeaux de faible valeur et ne constituent pas une rémunération. Prise Haute ne verse jamais d'argent aux Relais en échange de leurs contributions.")]),
 ],
 "bilan-programme-2026.pdf": [
  ("Key figures", "Engagement by gym", [("table", ["Gym", "Relais", "Contributions", "Response rate"], [["Lyon Gerland", "31", "262", "74 %"], ["Grenoble", "24", "171", "69 %"], ["Geneva", "15", "98", "81 %"], ["Brussels", "11", "64", ""]])]),
  ("What worked", "Newsletter", [("p", "La Magnésie reached an opening rate of 58 % in 2026. The most read items were the route setters' notes and the portraits of Relais; the monthly points summary was the least read and will become a link to the Relais area.")]),
  ("Risks and decisions", "Budget", [("p", "The 2026 rewards budget was 14,500 euros, of which 9,800 euros were spent, mostly on T-shirts and guest passes. Train refunds for events cost 3,100 euros and are counted separately in the events budget.")]),
 ],
 "guide-animation-sollicitations.docx": [
  ("Planifier", "Qui peut demander", [("ul", "Une sollicitation peut être demandée par :", ["le marketing, pour les salons et les campagnes", "les responsables de salle, pour les ouvertures et les Journées Découverte", "l'équipe produit, pour les bêta-tests de l'application"])]),
  ("Envoyer", "Ton des messages", [("p", "On tutoie les Relais sur le Discord et on les vouvoie par e-mail, comme dans le reste de la communication Prise Haute. Les messages restent courts, sans points d'exclamation en série ni promesse de récompense qui ne figure pas au barème.")]),
  ("Suivre et passer la main", "Relais qui décrochent", [("p", "Un Relais sans contribution depuis 60 jours reçoit un message personnel de Maëlle, jamais un message automatique. L'objectif est de comprendre ce qui se passe et de proposer une pause si besoin, pas de relancer la production.")]),
 ],
 "parrainage.docx": [
  ("Principe", "Où trouver son code", [("p", "Le code apparaît en haut de l'espace Relais, sous votre niveau, et le bot Ambassade le rappelle si vous lui écrivez « mon code ». Il ne change jamais, même après une pause ou un changement de salle.")]),
  ("Ce que vous recevez", "Quand les points arrivent", [("p", "Les 40 points sont crédités à la fin du premier mois d'abonnement du filleul, une fois le premier paiement encaissé. Le bot Ambassade vous envoie alors un message de confirmation avec le solde mis à jour.")]),
  ("Bonnes pratiques", "Questions fréquentes", [("ul", "Les situations qui reviennent le plus souvent au support :", ["le filleul s'est abonné dans une autre salle Prise Haute que la vôtre : le parrainage compte quand même", "deux Relais revendiquent le même filleul : c'est le code présenté à l'accueil qui compte", "le filleul résilie avant la fin de son premier mois : aucun point n'est crédité"])]),
 ],
 "page-publique-cordee.html": [
  ("Le programme en bref", "Ce que font les Relais", [("ul", "Concrètement, les Relais :", ["accueillent les débutants lors des Journées Découverte", "partagent leur expérience dans des témoignages et des avis", "proposent des idées pour améliorer les salles et l'application", "testent les nouveaux blocs avec les ouvreurs"])]),
  ("Le programme en bref", "Ce que reçoivent les Relais", [("p", "Chaque contribution rapporte des points, qui font progresser dans quatre niveaux : Mousqueton, Dégaine, Baudrier et Sommet. Les niveaux donnent droit à des remises sur l'abonnement, à des entrées invitées et à des rencontres avec les équipes qui conçoivent les salles.")]),
  ("Devenir Relais", "Après l'invitation", [("p", "Une fois l'invitation acceptée, vous signez la charte du Relais en ligne, vous rejoignez le Discord Le Pan et vous recevez votre badge à l'accueil. Le premier mois, aucune sollicitation ne vous est envoyée, le temps de découvrir le programme.")]),
  ("Vos données", "Nous contacter", [("p", "Pour toute question sur le programme, écrivez à cordee@prisehaute.example ou adressez-vous à l'accueil de votre salle. Les journalistes et partenaires peuvent contacter Karim Benali, responsable des partenariats.")]),
 ],
 "quitter-ou-pause.html": [
  ("Faire une pause", "Pause et événements", [("p", "Pendant une pause, vous pouvez toujours assister aux événements ouverts à tous les abonnés, mais pas tenir un stand ni participer au Contest des Relais. Les inscriptions déjà faites avant la pause sont maintenues, sauf si vous les annulez.")]),
  ("Quitter Cordée", "Comment annoncer son départ", [("ol", "Pour quitter le programme :", ["écrire « je veux quitter Cordée » au bot Ambassade ou un e-mail à Maëlle", "indiquer, si vous le souhaitez, la raison de votre départ", "dire si vos témoignages publiés doivent être retirés"])]),
  ("Quitter Cordée", "Un dernier échange", [("p", "Maëlle propose à chaque Relais qui part un appel de quinze minutes, sans aucune obligation. Il sert à comprendre ce qui n'a pas fonctionné et à vous remercier ; vos réponses restent confidentielles et ne sont jamais reprises dans un bilan nominatif.")]),
  ("Revenir", "Changer de salle", [("p", "Un changement de salle n'est pas un départ. Vous gardez votre niveau, vos points et votre code de parrainage ; prévenez simplement le bot pour être rattaché à votre nouvelle salle et recevoir les bonnes sollicitations.")]),
 ],
}
for _d in DOCS:
    for h1, h2, blocks in ADD.get(_d["file"], []):
        for a, subs in _d["body"]:
            if a == h1:
                subs.append((h2, blocks)); break
        else:
            _d["body"].append((h1, [(h2, blocks)]))

ADD2 = {
 "charte-relais.md": [
  ("Signature", "Révision de la charte", [("p", "La charte est relue chaque année par un groupe de cinq Relais volontaires et par Tristan. Leurs propositions sont publiées sur le Discord pendant deux semaines avant la version définitive, pour que chacun puisse réagir.")]),
 ],
 "welcome-pack.md": [
  ("Contributions that count", "Before you post", [("ul", "Before posting about Prise Haute, please check that:", ["you mention that you are a Relais, for example with #relaiscordee", "nobody recognisable appears in your photos without their consent", "you do not show the lockers or the front desk screen"])]),
 ],
 "niveaux-et-points.txt": [
  ("LES NIVEAUX", "Niveau Mousqueton", [("p", "Tout nouveau Relais commence au niveau Mousqueton, sans seuil à atteindre. Ce niveau donne déjà accès au Discord Le Pan, à la newsletter La Magnésie, aux Journées Découverte comme bénévole et à une entrée invitée par an.")]),
 ],
 "evenements-2027.txt": [
  ("Calendrier détaillé", "Annonces", [("p", "Chaque événement est annoncé dans La Magnésie au moins six semaines à l'avance, puis dans le salon #evenements du Discord. Les changements de dernière minute sont signalés uniquement sur le Discord et par le bot Ambassade.")]),
 ],
 "procedures-contributions.txt": [
  ("4. Corriger une erreur", "4.3 Changer de salle de rattachement", [("ol", "Pour rattacher vos contributions à une autre salle :", ["écrire « changer de salle » au bot Ambassade", "choisir la nouvelle salle dans la liste", "attendre la confirmation de Maëlle, qui vérifie votre abonnement"])]),
 ],
 "catalogue-recompenses-2027.pdf": [
  ("Règles", "Récompenses perdues", [("p", "Un article non retiré dans les trente jours retourne en stock et les points sont recrédités sur votre solde, moins dix points de frais de gestion. Une expérience manquée sans prévenir au moins 48 heures avant n'est pas recréditée.")]),
 ],
 "bilan-programme-2026.pdf": [
  ("What worked", "Ideas from Relais", [("p", "Relais sent 146 improvement ideas in 2026. Twenty-three were implemented in at least one gym, among them the chalk-free warm-up area in Grenoble and the booking reminder in the app. Each author received the 50-point bonus and a personal message from the product team.")]),
  ("Risks and decisions", "Departures", [("p", "Thirty-one Relais left the programme in 2026: nineteen moved away, seven lacked time and five no longer climbed. Two status withdrawals followed breaches of the charter. All departing Relais kept their membership.")]),
 ],
 "guide-animation-sollicitations.docx": [
  ("Envoyer", "Exemple de demande", [("p", "« Salut ! Le salon Outdoor Mix de mai a besoin de deux témoignages écrits sur nos Journées Découverte, pour le 2 mai. Compte vingt minutes, 30 points à la clé. Pas dispo ? Réponds juste non, aucun souci. » Ce modèle de structure peut être adapté, mais jamais le contenu attendu du Relais.")]),
  ("Suivre et passer la main", "Tableau trimestriel", [("p", "À la fin de chaque trimestre, Inès prépare le tableau de remerciements à partir des seuls Relais qui ont donné leur accord. Maëlle le relit avant publication pour retirer toute mention qui pourrait mettre un Relais mal à l'aise.")]),
 ],
 "parrainage.docx": [
  ("Principe", "Parrainage et pause", [("p", "Votre code reste actif pendant une pause : les filleuls qui s'abonnent pendant cette période vous rapportent les mêmes points, crédités à votre retour. Après un départ du programme, le code est désactivé et n'ouvre plus aucun avantage.")]),
  ("Bonnes pratiques", "Exemple", [("p", "Lucie, Relais à Annecy, donne son code à une collègue qui vient faire une séance d'essai. La collègue prend un abonnement annuel : Lucie reçoit 40 points et une entrée invitée, la collègue deux mois offerts. Lucie n'a rien eu à déclarer : tout s'est fait à l'accueil.")]),
 ],
 "page-publique-cordee.html": [
  ("Le programme en bref", "Les salles participantes", [("ul", "Le programme est ouvert aux abonnés des neuf salles du réseau :", ["Lyon Gerland, Lyon Croix-Rousse et Villeurbanne", "Grenoble, Annecy et Chambéry", "Genève et Lausanne", "Bruxelles"])]),
  ("Le programme en bref", "L'histoire du programme", [("p", "Cordée est né en 2023 à Lyon, à l'initiative de grimpeurs qui accueillaient déjà les débutants le samedi matin. Le programme s'est étendu à Grenoble et Annecy en 2024, puis aux salles de Genève, Lausanne et Bruxelles en 2025.")]),
 ],
 "quitter-ou-pause.html": [
  ("Faire une pause", "Pause pour blessure", [("p", "Après une blessure, la pause peut être prolongée au-delà de six mois sur simple message à Maëlle. Elle n'a pas besoin de certificat médical : votre parole suffit, et votre niveau est conservé jusqu'à votre retour.")]),
  ("Revenir", "Revenir après une pause", [("p", "À la fin de la pause, le bot Ambassade vous envoie un message de bienvenue et un résumé de ce qui a changé. Votre compteur de niveau reprend là où il s'était arrêté.")]),
 ],
}
for _d in DOCS:
    for h1, h2, blocks in ADD2.get(_d["file"], []):
        for a, subs in _d["body"]:
            if a == h1:
                subs.append((h2, blocks)); break
        else:
            _d["body"].append((h1, [(h2, blocks)]))

ADD3 = {
 "procedures-contributions.txt": [
  ("1. Déclarer une contribution", "1.4 Contributions hors liste", [("p", "Une contribution qui n'entre dans aucune catégorie, comme un article dans un club universitaire ou l'organisation d'une sortie en falaise, peut être déclarée comme « autre ». L'équipe propose alors un nombre de points, que vous acceptez ou discutez avant la validation.")]),
 ],
 "catalogue-recompenses-2027.pdf": [
  ("Comment fonctionne le catalogue", "Consulter son solde", [("p", "Votre solde de conversion est affiché en haut de l'onglet Récompenses. Vous pouvez aussi le demander au bot Ambassade, qui indique en plus les points crédités au cours des trente derniers jours.")]),
 ],
 "bilan-programme-2026.pdf": [
  ("Risks and decisions", "Authenticity", [("p", "Two reviews written by Relais were flagged by a review site as too similar to each other. Both authors had reused a sentence from a marketing email. The team reminded every Relais that no ready-made text is ever provided.")]),
 ],
 "page-publique-cordee.html": [
  ("Vos données", "Cookies et mesure d'audience", [("p", "Cette page n'utilise qu'un outil de mesure d'audience sans cookie publicitaire. Aucune donnée de navigation n'est reliée à votre compte d'abonné, ni transmise à des partenaires.")]),
 ],
 "quitter-ou-pause.html": [
  ("Quitter Cordée", "Après un départ, l'abonnement", [("p", "Quitter Cordée ne change rien à votre place en salle : vous gardez vos créneaux, votre casier et vos cours. Les salariés de l'accueil ne sont d'ailleurs pas informés des départs, sauf pour retirer la remise de niveau au renouvellement.")]),
 ],
 "evenements-2027.txt": [
  ("Inscriptions et annulations", "Enfants et invités", [("p", "Les invités de moins de 16 ans doivent être accompagnés d'un adulte pendant toute la durée de l'événement. Pour la Nuit du Bloc, ils doivent avoir quitté la salle à 23 h.")]),
 ],
}
for _d in DOCS:
    for h1, h2, blocks in ADD3.get(_d["file"], []):
        for a, subs in _d["body"]:
            if a == h1:
                subs.append((h2, blocks)); break
        else:
            _d["body"].append((h1, [(h2, blocks)]))
