"""Write questions.jsonl and unanswerable.jsonl (stdlib only):  python3 gen/make_questions.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")

G = "guide_programme.md"; R = "reglement_programme.txt"; F = "faq_ambassadeurs.txt"
W = "welcome_pack.txt"; C = "charte_bonne_conduite.md"; D = "donnees_personnelles.html"
P = "partner_perks.html"; B = "bareme_points_2027.pdf"; E = "events_handbook_2027.pdf"
K = "calendrier_sollicitations_2027.docx"; T = "kit_temoignage.docx"

LEVELS = ["Niveau", "Points Cordée", "Avantage principal"]
REF = ["Salle", "Ville", "Référent", "Permanence"]
KEEP = ["Donnée", "Durée de conservation", "Après la durée"]
PART = ["Partner", "Perk", "Minimum level", "How to claim"]
BAR = ["Contribution", "Points", "Plafond"]
SHOP = ["Récompense", "Prix en points", "Disponibilité"]
EVT = ["Event", "When", "Ambassador role", "Points"]
CAL = ["Mois", "Sollicitation", "Ambassadeurs recherchés", "Réponse attendue avant"]
FMT = ["Format", "Longueur", "Canal de diffusion"]

Q = []
def q(lang, doc, sec, unit, question, gold):
    Q.append({"id": f"sh{len(Q) + 1:03d}", "question": question, "gold_doc": doc, "gold_section": sec,
              "unit": unit, "gold": gold, "lang": lang})

# --- guide_programme.md
q("fr", G, "Qui peut devenir ambassadeur ?", "list", "slt, c quoi les conditions pr etre invité comme ambassadeur ?",
  ["Pour recevoir une invitation, il faut remplir les conditions suivantes", "être abonné depuis au moins 6 mois dans l'une des salles du réseau",
   "avoir participé à au moins une soirée découverte ou un stage", "avoir donné une note de 9 ou 10 au dernier questionnaire de satisfaction",
   "accepter la charte de bonne conduite"])
q("fr", G, "Les niveaux", "table_row", "combien de pts faut il pour etre niveau Relais et ça donne quoi ?",
  LEVELS + ["Relais", "400 à 899", "Une séance de coaching offerte par trimestre"])
q("en", G, "Les niveaux", "table_row", "what's the top tier called and what perk comes with it?",
  LEVELS + ["Sommet", "900 et plus", "Siège au comité des usagers et -25 % sur l'abonnement"])
q("fr", G, "Les niveaux", "table_row", "Dégaine ça donne droit à quelle réduc svp",
  LEVELS + ["Dégaine", "150 à 399", "-10 % sur le renouvellement d'abonnement"])
q("en", G, "Les niveaux", "paragraph", "if my points drop below my tier threshold am I downgraded straight away?",
  ["vous gardez ce niveau jusqu'à la fin du trimestre en cours", "personne ne perd son badge du jour au lendemain"])
q("fr", G, "Les contributions reconnues › En ligne", "list", "qu'est ce qui compte comme contrib en ligne?",
  ["Côté web, nous comptons les contributions suivantes", "un avis publié sur une plateforme d'avis publique",
   "un partage d'une publication Vertical'Cité sur vos réseaux", "une réponse utile à un membre sur le Discord",
   "une idée d'amélioration déposée dans la boîte à idées"])
q("fr", G, "Les récompenses › La boutique de points", "paragraph", "si je dépense mes pionts dans la boutique je perds mon niveau ??",
  ["Dépenser des points ne fait jamais baisser votre niveau", "calculé sur les points gagnés et non sur le solde restant"])
q("en", G, "Les récompenses › Les exclusivités Sommet", "list", "What extra goodies do the highest-level ambassadors get?",
  ["Les ambassadeurs Sommet bénéficient en plus des avantages suivants", "une invitation au dîner annuel avec les élus et l'équipe de direction",
   "l'accès en avant-première aux nouvelles voies, la veille de leur ouverture", "un t-shirt brodé « Premiers de Cordée » édition limitée",
   "la possibilité de proposer un thème de soirée au calendrier"])
q("en", G, "Quitter le programme", "paragraph", "can I quit the program whenever I want?",
  ["Vous pouvez quitter le programme à tout moment, sans justification", "Votre abonnement n'est pas concerné"])
q("fr", G, "Pourquoi ce programme ?", "paragraph", "c quoi la raison d'être du prog en gros",
  ["faire de chaque salle un lieu où l'on ose monter"])
q("fr", G, "Qui peut devenir ambassadeur ?", "paragraph", "les invitations elles sont envoyées à quel moment de l'année ?",
  ["Les invitations partent deux fois par an, en février et en septembre"])

# --- reglement_programme.txt
q("fr", R, "ARTICLE 3 - ACQUISITION DES POINTS", "list", "qu est ce qu'il faut pour que mes points soient comptés ?",
  ["Les points sont acquis dans les conditions suivantes", "la contribution doit être déclarée dans les 15 jours sur le Discord ou auprès du référent",
   "elle doit être validée par le community manager ou un référent de salle", "une même contribution ne peut être déclarée qu'une seule fois",
   "les contributions rémunérées par ailleurs ne donnent pas de points"])
q("en", R, "ARTICLE 5 - SUSPENSION ET EXCLUSION", "list", "On what grounds can someone get suspended from the program?",
  ["Le comité du programme peut suspendre un ambassadeur dans les cas suivants", "non-respect de la charte de bonne conduite",
   "déclaration de contributions fictives", "comportement dangereux en salle, notamment en matière d'assurage",
   "propos dénigrants envers le personnel ou les autres grimpeurs"])
q("fr", R, "ARTICLE 4 - VALIDITE DES POINTS", "paragraph", "les points expirent au bout de combien de temps ?",
  ["Les points Cordée sont valables 24 mois à compter de leur validation"])
q("fr", R, "ARTICLE 4 - VALIDITE DES POINTS", "paragraph", "je peux revendre mes points ou les filer à un pote ?",
  ["ni échangés contre de l'argent ni cédés à un autre ambassadeur", "donnés à l'association sportive de la salle"])
q("fr", R, "ARTICLE 2 - CONDITIONS D'ADHESION", "paragraph", "bonjour, mon fils a 16 ans il peut etre ambassadeur?",
  ["Les mineurs de 16 ans et plus peuvent participer", "ne peuvent pas dépasser le niveau Dégaine"])
q("en", R, "ARTICLE 6 - DEPART VOLONTAIRE", "paragraph", "If I leave the program, can I rejoin later on?",
  ["peut revenir dans le programme après un délai de 6 mois", "en repartant au niveau Mousqueton"])
q("fr", R, "ARTICLE 7 - MODIFICATION DU REGLEMENT", "paragraph", "combien de tps à l'avance on est prévenus si le reglement change",
  ["prévenus au moins un mois avant l'entrée en vigueur des modifications"])
q("en", R, "ARTICLE 5 - SUSPENSION ET EXCLUSION", "paragraph", "how long can a suspension last, and do I get to defend myself?",
  ["La suspension dure au plus 3 mois", "peut présenter ses observations dans un délai de 10 jours"])
q("fr", R, "ARTICLE 8 - LITIGES", "paragraph", "litige avec la régie, je m'adresse à qui?",
  ["s'adresse d'abord au community manager, puis au médiateur de la régie"])

# --- faq_ambassadeurs.txt
q("fr", F, "1. Combien de temps ça prend vraiment ?", "paragraph", "ça prend cb de temps par mois d'etre ambassadeur",
  ["donnent entre une et trois heures par mois", "jamais plus de deux fois par mois"])
q("en", F, "3. Qui sont les référents dans les salles ?", "table_row", "who's the ambassador lead at Le Viaduc and when are they around?",
  REF + ["Le Viaduc", "Vénissieux", "Samia Ouaret", "mercredi 12h-14h"])
q("fr", F, "3. Qui sont les référents dans les salles ?", "table_row", "c'est qui le référent à la Soierie ?",
  REF + ["La Soierie", "Lyon 4e", "Inès Ferraud", "samedi 10h-12h"])
q("fr", F, "3. Qui sont les référents dans les salles ?", "table_row", "permanence belvedere c quand",
  REF + ["Belvédère", "Bron", "Tom Lacaze", "jeudi 19h-21h"])
q("en", F, "4. Je n'ai plus le temps, je fais comment ?", "paragraph", "can I take a break from the program for a few months?",
  ["mettre votre participation en pause jusqu'à six mois", "vos points ne sont pas décomptés et vous gardez votre niveau"])
q("fr", F, "5. Mes points ont disparu ???", "list", "help mes points ont disparu, je vérifie quoi ?",
  ["Vérifiez d'abord ces trois choses", "la contribution a-t-elle été validée ? (un point d'interrogation orange signifie \"en attente\")",
   "a-t-elle été déclarée dans les 15 jours ?", "vos points ont-ils plus de 24 mois ?"])
q("en", F, "6. Puis-je parrainer un ami pour qu'il s'abonne ?", "paragraph", "what do me and my friend get if I refer them for a membership?",
  ["Votre ami reçoit un mois offert sur son premier abonnement annuel", "vous recevez 80 points Cordée une fois son abonnement payé"])
q("fr", F, "2. Est-ce que je dois être un bon grimpeur ?", "paragraph", "faut il grimper dans le 7a pour etre ambassadeur lol",
  ["Le niveau de grimpe n'entre pas en compte"])

# --- welcome_pack.txt (EN)
q("fr", W, "1) Your first 30 days", "list", "c quoi les étapes du premier mois pour un nouvel ambassadeur ?",
  ["During your first month you will be guided through the following steps", "a welcome message on Discord from the community manager",
   "a 20-minute onboarding call or a chat at your gym's front desk", "your first badge, Mousqueton, as soon as you accept the charter",
   "an invitation to the next ambassador breakfast in your gym"])
q("en", W, "3) Earning your first points", "list", "easiest way to get my first points?",
  ["The easiest ways to earn points in your first weeks are", "greeting newcomers at a discovery evening",
   "posting an honest review of your gym online", "answering a question from another member on Discord"])
q("fr", W, "2) Language support", "paragraph", "je parle pas bien français, est ce que je peux participer quand même ?",
  ["nobody is left out for that reason", "The Discord has an #english channel"])
q("en", W, "4) Who to contact", "paragraph", "Who do I email about a problem with my points?",
  ["write to the community manager, Léa Martinot", "She usually answers within two working days"])

# --- charte_bonne_conduite.md
q("fr", C, "2. Transparence", "list", "on doit mettre quoi sur nos posts pour montrer qu'on est ambassadeur",
  ["Concrètement, cela veut dire", "ajouter la mention #ambassadeur ou « ambassadeur Vertical'Cité » à vos publications sur le réseau",
   "le préciser dans vos avis en ligne", "ne jamais publier d'avis sous un faux nom"])
q("en", C, "4. Sécurité d'abord", "list", "what safety commitments do ambassadors make at the gym?",
  ["Il s'engage à respecter les points suivants", "vérifier systématiquement le nœud et le système d'assurage de son partenaire",
   "ne jamais donner de cours d'assurage s'il n'est pas titulaire du passeport orange",
   "signaler immédiatement au personnel tout matériel abîmé", "laisser la priorité au personnel en cas d'incident"])
q("fr", C, "1. Authenticité", "paragraph", "est ce qu'on est obligés de dire que du bien dans nos avis",
  ["On parle avec ses propres mots", "qui ne dit que du bien ressemble à de la publicité"])
q("fr", C, "3. Respect et bienveillance", "paragraph", "le classement c'est une compet ou pas ? ça me stresse un peu",
  ["Le classement des ambassadeurs n'est pas une compétition", "chacun grimpe à son rythme, sur le mur"])
q("fr", C, "5. Confidentialité", "paragraph", "les infos sur les nouvelles voies je peux les poster sur insta ?",
  ["Ces informations restent dans le Discord privé jusqu'à leur annonce officielle"])
q("en", C, "6. Ce qui se passe si la charte n'est pas respectée", "paragraph", "what happens if someone doesn't follow the code of conduct?",
  ["un premier rappel à l'amiable par le référent", "On préfère toujours la discussion à la sanction"])

# --- donnees_personnelles.html
q("fr", D, "1. Les données que nous collectons", "list", "vous stockez quoi comme données sur moi dans le programme?",
  ["En plus des données de votre abonnement, le programme enregistre les informations suivantes",
   "votre pseudonyme Discord et la date à laquelle vous avez rejoint le serveur", "l'historique de vos contributions et des points obtenus",
   "vos réponses aux sollicitations, y compris les refus", "les témoignages, photos et vidéos que vous nous confiez"])
q("en", D, "3. Combien de temps nous les gardons", "table_row", "how long do you keep the videos of me?",
  KEEP + ["Vidéos et photos", "5 ans au maximum", "Supprimées"])
q("fr", D, "3. Combien de temps nous les gardons", "table_row", "mes conversations avec le bot vous les gardez combien de temps",
  KEEP + ["Conversations avec l'assistant", "6 mois", "Supprimées"])
q("fr", D, "3. Combien de temps nous les gardons", "table_row", "questionnaires: durée de conservation ?",
  KEEP + ["Réponses aux questionnaires", "2 ans", "Agrégées puis supprimées"])
q("en", D, "4. L'assistant conversationnel du Discord", "paragraph", "Is the Discord bot an AI? does it decide things about me?",
  ["Il s'agit d'une intelligence artificielle, et elle se présente comme telle", "Elle ne prend aucune décision à votre place"])
q("fr", D, "4. L'assistant conversationnel du Discord", "paragraph", "comment couper les rappels auto du bot",
  ["désactiver les rappels automatiques à tout moment avec la commande /rappels off"])
q("en", D, "5. Vos droits", "list", "what are my GDPR rights in the ambassador thing?",
  ["Conformément au RGPD, vous disposez des droits suivants", "accéder à vos données et en obtenir une copie",
   "faire rectifier une information inexacte", "demander l'effacement de vos données après votre départ",
   "vous opposer à l'utilisation de vos témoignages", "introduire une réclamation auprès de la CNIL"])
q("fr", D, "2. Pourquoi nous les utilisons › 2.1 Faire fonctionner le programme", "paragraph", "pourquoi vous avez besoin de l'historique de mes contributions",
  ["sert à calculer vos points et votre niveau", "éviter de toujours solliciter les mêmes personnes"])
q("fr", D, "1. Les données que nous collectons", "paragraph", "vous collectez mes données de santé ou mes perfs ?",
  ["Nous ne collectons ni vos performances de grimpe", "ni vos données de santé, ni votre liste de contacts"])

# --- partner_perks.html (EN)
q("fr", P, "Current partners", "table_row", "y a une réduc chez un magasin d'escalade ?",
  PART + ["Prise de Bec (climbing shop)", "15% off shoes and harnesses", "Mousqueton", "Show your Discord badge in store"])
q("en", P, "Current partners", "table_row", "what's the physio deal and what level do I need?",
  PART + ["Kinésport (physiotherapy)", "First session at half price", "Relais", "Mention the program when booking"])
q("en", P, "Current partners", "table_row", "how do I get the free night at the mountain hut",
  PART + ["Refuge des Écrins (mountain hut)", "One free night per season", "Sommet", "Ask the community manager for a voucher"])
q("fr", P, "Current partners", "table_row", "le vélo vert c'est quoi l'offre et le code?",
  PART + ["Le Vélo Vert (bike repair co-op)", "Free annual bike check-up", "Dégaine", "Book online with code CORDEE27"])
q("en", P, "Conditions", "list", "are there any restrictions on using partner perks?",
  ["Please keep these conditions in mind", "perks cannot be combined with other promotions from the same partner",
   "each perk can be used once per season unless stated otherwise", "perks are reserved for the ambassador and cannot be passed on to friends",
   "partners may ask for a photo ID"])
q("fr", P, "Questions and problems › A partner refused my perk", "paragraph", "un partenaire a refusé mon avantage, je fais quoi",
  ["Do not argue in the shop", "tell the community manager, who will call the partner"])
q("en", P, "Questions and problems › Suggesting a new partner", "paragraph", "can I suggest my local brewery as a partner?",
  ["We only sign with independent businesses located near one of our gyms", "never with alcohol or betting brands"])

# --- bareme_points_2027.pdf
q("fr", B, "1. Barème des contributions", "table_row", "un témoignage vidéo ça rapporte combien de points",
  BAR + ["Témoignage vidéo publié", "90", "aucun"])
q("en", B, "1. Barème des contributions", "table_row", "how many points for posting an online review, and is there a cap?",
  BAR + ["Avis publié en ligne", "15", "1 par plateforme et par an"])
q("fr", B, "1. Barème des contributions", "table_row", "partage réseaux sociaux combien de pts et max par mois?",
  BAR + ["Partage sur les réseaux sociaux", "5", "4 par mois"])
q("en", B, "1. Barème des contributions", "table_row", "points for running a knots & belaying workshop?",
  BAR + ["Atelier nœuds et assurage animé", "40", "2 par mois"])
q("fr", B, "1. Barème des contributions", "table_row", "une réponse sur le discord ça vaut cb de points",
  BAR + ["Réponse utile sur le Discord", "10", "6 par mois"])
q("fr", B, "2. Bonus › 2.1 Bonus de réactivité", "paragraph", "c quoi le bonus si je réponds vite à une sollicitation",
  ["Quand vous répondez à une sollicitation dans les 48 heures", "sont majorés de 10 %"])
q("en", B, "2. Bonus › 2.2 Bonus saisonniers", "list", "any seasonal bonuses this year?",
  ["Les bonus suivants s'appliquent en 2027", "points doublés pour les avis publiés en janvier",
   "+20 points pour chaque bénévole présent à la Bloc Party", "points triplés pour l'accueil pendant les portes ouvertes de septembre"])
q("fr", B, "3. Cas particuliers", "list", "si on fait une contrib à deux ou si l'atelier est annulé, comment ça marche les points ?",
  ["Les règles suivantes s'appliquent aux cas particuliers",
   "une contribution faite à deux est partagée : chaque ambassadeur reçoit la moitié des points, arrondie au supérieur",
   "un témoignage publié dans la presse locale compte comme un témoignage vidéo",
   "un atelier annulé faute de participants rapporte quand même la moitié des points",
   "les contributions faites pendant une pause ne sont pas comptées",
   "un parrainage annulé dans le mois qui suit fait perdre les 80 points",
   "les ambassadeurs salariés de la régie ne gagnent pas de points pendant leurs heures de travail"])
q("fr", B, "4. La boutique de points", "table_row", "la gourde elle coute cb de points",
  SHOP + ["Gourde isotherme Vertical'Cité", "150", "Dans la limite des stocks"])
q("en", B, "4. La boutique de points", "table_row", "when can I get the outdoor crag intro course and for how many points?",
  SHOP + ["Stage d'initiation à la falaise (1 jour)", "400", "Avril à septembre"])
q("fr", B, "5. Contestation", "paragraph", "jusqu'à quand je peux contester un calcul de points",
  ["dans les 30 jours qui suivent la validation", "le total affiché est considéré comme définitif"])
q("fr", B, "1. Barème des contributions", "table_row", "parrainage d'un nouvel abonné : combien de points dans le barème, y a un plafond ?",
  BAR + ["Parrainage d'un nouvel abonné", "80", "aucun"])
q("en", B, "4. La boutique de points", "table_row", "how many points do I need for a free month of membership?",
  SHOP + ["Mois d'abonnement offert", "500", "Toute l'année"])

# --- events_handbook_2027.pdf (EN)
q("fr", E, "1. Event types", "table_row", "la Bloc Party c'est quand et on y fait quoi en tant qu'ambassadeur ?",
  EVT + ["Bloc Party contest", "12 June 2027", "Judging and scoring", "60"])
q("en", E, "1. Event types", "table_row", "when are the open days and what's my job there?",
  EVT + ["Open days", "18-19 September 2027", "Front desk and guided tours", "40"])
q("en", E, "2. The Bloc Party › 2.1 Volunteer shifts", "list", "what volunteer slots are there at the bouldering contest?",
  ["Volunteers can sign up for one of these shifts", "morning setup from 8 am to 11 am", "qualifiers from 11 am to 4 pm",
   "finals and awards from 5 pm to 9 pm", "teardown from 9 pm to 11 pm"])
q("fr", E, "3. Safety rules at events", "list", "quelles règles de sécu pendant les événements ?",
  ["Every ambassador helping at an event must follow these rules", "wear the orange ambassador lanyard at all times",
   "never belay a visitor unless you hold the orange belay passport",
   "keep children under 14 away from the bouldering mats unless a parent is present",
   "report any injury to the staff member in charge, even a minor one",
   "do not move crash pads or ropes without asking the route setters"])
q("en", E, "2. The Bloc Party › 2.2 What we provide", "paragraph", "what do volunteers get in return at the contest?",
  ["a meal voucher per shift, a volunteer T-shirt", "free entry for one guest to the finals"])
q("fr", E, "4. Travel and expenses", "paragraph", "les frais de transport sont remboursés pour les events ?",
  ["Public transport tickets to events held outside your own gym are refunded", "up to 20 euros per event", "Car travel is not refunded"])
q("en", E, "5. Cancelling your participation", "paragraph", "I can't make it to an event anymore, what should I do?",
  ["tell the community manager at least 48 hours before the event", "three no-shows in a season"])

# --- calendrier_sollicitations_2027.docx
q("en", K, "Premier semestre", "table_row", "when do you need the video testimonials for the trade show?",
  CAL + ["Mars", "Témoignages vidéo pour le salon Sport & Ville", "4", "15 février"])
q("fr", K, "Premier semestre", "table_row", "combien de bénévoles pour la bloc party et faut répondre avant quand?",
  CAL + ["Juin", "Bénévoles pour la Bloc Party", "20", "15 mai"])
q("fr", K, "Second semestre", "table_row", "l'atelier JE c'est quel mois ?",
  CAL + ["Octobre", "Atelier JE sur les besoins des ambassadeurs", "12", "30 septembre"])
q("en", K, "Second semestre", "table_row", "how many people do you need for the open days welcome?",
  CAL + ["Septembre", "Accueil pendant les portes ouvertes", "25", "1er septembre"])
q("fr", K, "Second semestre", "table_row", "témoignages pr le rapport annuel, deadline?",
  CAL + ["Novembre", "Témoignages écrits pour le rapport annuel", "8", "31 octobre"])
q("en", K, "Règles de rotation", "list", "how do you make sure the same ambassadors don't get asked all the time?",
  ["Pour éviter d'épuiser toujours les mêmes personnes, nous appliquons ces règles",
   "pas plus de deux sollicitations par mois et par ambassadeur", "un ambassadeur qui a dit oui trois fois de suite passe en fin de liste",
   "les nouveaux ambassadeurs sont sollicités en priorité pour les actions simples", "un refus n'est jamais compté contre vous"])
q("fr", K, "Répondre à une sollicitation › Sur le Discord", "list", "comment je réponds à une sollicitation sur discord",
  ["Pour répondre depuis le Discord, procédez ainsi", "ouvrez le message de rappel envoyé par l'assistant",
   "cliquez sur « Je participe » ou « Pas cette fois »", "indiquez vos disponibilités si le message vous les demande"])
q("en", K, "Répondre à une sollicitation › Sans Discord", "paragraph", "I don't use Discord, how can I reply to a request?",
  ["répondez par mail à ambassadeurs@vertical-cite.fr ou directement au référent de votre salle",
   "compte exactement de la même façon, bonus de réactivité compris"])
q("fr", K, "Et si le calendrier change ?", "paragraph", "si un event est annulé par la régie je garde mes points ?",
  ["pour une action annulée par la régie sont versés quand même", "gardent la priorité sur la nouvelle date"])

# --- kit_temoignage.docx
q("fr", T, "Avant de commencer", "list", "avant d'écrire mon témoignage, je me pose quelles questions?",
  ["Avant d'écrire ou de filmer, posez-vous ces trois questions", "qu'est-ce qui vous a fait revenir après la première séance ?",
   "quel moment en salle vous a marqué ?", "qu'est-ce que vous diriez à un ami qui hésite ?"])
q("fr", T, "Le témoignage écrit › Longueur et ton", "paragraph", "mon témoignage écrit doit faire quelle longueur ?",
  ["Visez entre 800 et 1500 signes, soit une dizaine de phrases", "une petite critique honnête rend le reste plus crédible"])
q("fr", T, "Le témoignage écrit › À éviter", "list", "qu'est ce que j'ai pas le droit de mettre dans un témoignage",
  ["Certains éléments ne peuvent pas être publiés, même s'ils sont vrais", "le nom complet d'autres grimpeurs sans leur accord",
   "des conseils techniques d'assurage", "des comparaisons avec des salles privées nommément citées", "des promesses de résultats sportifs"])
q("en", T, "Le témoignage vidéo › Matériel conseillé", "list", "what gear do I need to film a video testimonial?",
  ["Pas besoin de matériel professionnel, il vous faut seulement", "un smartphone récent tenu à l'horizontale",
   "un micro-cravate, prêté par l'accueil sur demande", "un coin calme de la salle, de préférence le matin"])
q("fr", T, "Le témoignage vidéo › Conseils de tournage", "paragraph", "des conseils pour bien me filmer ?",
  ["Filmez-vous de face, à hauteur des yeux", "gardez la plus naturelle, pas la plus parfaite"])
q("en", T, "Formats et diffusion", "table_row", "how long should a short video be and where does it get posted?",
  FMT + ["Vidéo courte", "30 à 60 secondes", "Instagram et écrans des salles"])
q("fr", T, "Formats et diffusion", "table_row", "une citation courte c'est combien de phrases et ça va où",
  FMT + ["Citation courte", "1 à 3 phrases", "Affiches en salle"])
q("fr", T, "Formats et diffusion", "table_row", "la vidéo longue elle dure combien et elle passe où",
  FMT + ["Vidéo longue", "2 à 3 minutes", "YouTube et salons professionnels"])
q("en", T, "Autorisation de diffusion", "paragraph", "is a signed release needed before my testimonial goes out, and for how long?",
  ["Aucun témoignage n'est publié sans le formulaire d'autorisation signé", "la durée de diffusion, trois ans au maximum"])

U = [
    ("fr", "c'est combien l'abonnement annuel à la Soierie ?"),
    ("en", "how many points for recording a podcast episode about the gym?"),
    ("fr", "quelle est la date de la Bloc Party 2028 ?"),
    ("en", "What's the phone number of the Kinésport physio?"),
    ("fr", "combien d'ambassadeurs compte le programme aujourd'hui ?"),
    ("en", "who chairs the users' committee?"),
    ("fr", "les t-shirts brodés du niveau Sommet existent en quelles tailles ?"),
    ("en", "can I bring my dog to the ambassador breakfast?"),
    ("fr", "combien de nouvelles voies sont ouvertes chaque mois aux Tanneurs ?"),
    ("en", "what was the ambassadors' own NPS last year?"),
    ("fr", "à quelle heure commence le dîner annuel avec les élus ?"),
    ("en", "how much does it cost to rent the wall for a kid's birthday party?"),
    ("fr", "c'est quoi le code wifi de la salle Belvédère ?"),
    ("en", "which insurance covers ambassadors if they get hurt while volunteering?"),
    ("fr", "il y avait combien de monde à la Nuit des Murs l'an dernier ?"),
    ("en", "what is the name of the data protection officer?"),
    ("fr", "le passeport orange, comment on l'obtient ? il faut passer un examen ?"),
    ("en", "what time does Le Viaduc open on Sundays?"),
    ("fr", "quel est le budget annuel du programme Premiers de Cordée ?"),
    ("en", "how many ambassadors reached the Sommet level in 2026?"),
]

if __name__ == "__main__":
    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (lang, text) in enumerate(U, 1):
            f.write(json.dumps({"id": f"shu{i:02d}", "question": text, "lang": lang}, ensure_ascii=False) + "\n")
    print(len(Q), "answerable,", len(U), "unanswerable")
