# Planted content for sessions BUS1 (fr) and BUS2 (en).
# Each question: list of (type, key, kind_or_side_label, description, [answers])
# type: theme | side | minority | noise

S1_OBJ = [
    "Augmenter le taux de recommandation (NPS) des abonnés des lignes régulières",
    "Accélérer l'acquisition de clients excursions grâce au parrainage",
    "Développer la co-création de l'offre (horaires, arrêts) avec les usagers",
    "Améliorer la rétention des abonnés d'une année sur l'autre",
    "Multiplier les avis en ligne et les contenus générés par les utilisateurs (UGC) sur Google et les réseaux sociaux",
]
S1_SUPPORT = {0: ["pref_collegues"], 1: ["pref_parrainer"], 2: ["need_voix", "pref_tester"], 3: ["need_tarif"], 4: []}
S1_UNSERVED = ["need_reseau"]

S1 = {
"q1": [
 ("theme", "need_voix", "need", "Être consulté et écouté sur les horaires et les arrêts (dire son avis = son opinion, pas un avis en ligne)", [
  "Qu'on nous demande notre avis avant de changer les horaires de la ligne 12, pas après.",
  "Pouvoir dire ce qui va pas aux arrêts, genre l'arrêt Mairie qui est mal placé, et que ce soit écouté.",
  "Être consulté quand vous modifiez les trajets. On prend le car tous les jours, on sait ce qui marche.",
  "avoir mon mot à dire sur les horaires du matin",
 ]),
 ("theme", "need_tarif", "need", "Payer moins cher l'abonnement quand on est fidèle", [
  "Une vraie réduction sur l'abonnement annuel, il a encore augmenté en septembre.",
  "Que ce soit moins cher pour ceux qui prennent le car depuis des années.",
  "Un geste sur le prix de la carte mensuelle, même petit.",
  "Honnêtement ? payer moins cher mon abonnement. C'est ça qui me ferait rester.",
 ]),
 ("theme", "need_reseau", "need", "Un réseau de lignes mieux connecté : correspondances garanties avec le TER et les autres lignes (mot 'réseau' proche de l'objectif réseaux sociaux, mais besoin non couvert)", [
  "Un réseau mieux connecté au TER : à Annecy je rate le train de 7h52 une fois sur deux.",
  "Des correspondances garanties avec les autres lignes, que le car attende quand le 4 a du retard.",
  "Que les horaires du car et du train soient pensés ensemble, là le réseau est en morceaux.",
  "Pouvoir enchaîner car + train sans poireauter 40 min à la gare.",
 ]),
],
"q2": [
 ("theme", "brake_temps", "brake", "Manque de temps, horaires chargés ou décalés", [
  "Le temps. Je pars à 6h40 et je rentre à 19h, j'ai pas d'énergie pour des réunions.",
  "Je bosse en horaires décalés, difficile de me libérer.",
  "Manque de temps, clairement, avec les enfants.",
  "Si ça me prend plus d'une heure par mois, je lâche.",
 ]),
 ("theme", "brake_enligne", "brake", "Refus de publier en ligne (avis Google, commentaires, Facebook) : frein, ne soutient pas l'objectif avis en ligne", [
  "Je ne mettrai pas d'avis sur Google, je ne fais jamais ça, même pour un resto.",
  "Écrire des commentaires sur internet avec mon nom, non merci.",
  "Pas fan de tout ce qui est en ligne, je veux pas que ma tête se retrouve sur Facebook.",
 ]),
 ("theme", "brake_pub", "brake", "Gêne à faire la publicité / passer pour un vendeur", [
  "J'ai peur de passer pour le VRP de Ferrandon auprès de mes collègues.",
  "Faire de la pub pour une entreprise, ça me gêne un peu.",
  "Je veux pas qu'on me demande de vendre des trucs.",
 ]),
 ("minority", "m_chauffeurs", None, "Peur d'abîmer la relation avec les chauffeurs (passer pour des mouchards)", [
  "Que les chauffeurs le prennent mal, qu'on passe pour des mouchards.",
  "Je voudrais pas que les conducteurs pensent qu'on les surveille pour la direction.",
 ]),
],
"q3": [
 ("theme", "pref_collegues", "preference", "Dire du bien de la ligne autour de soi (collègues, voisins), à l'oral", [
  "Dire du bien de la ligne à mes collègues, ça je le fais déjà sans qu'on me le demande.",
  "En parler au boulot, plusieurs collègues viennent encore en voiture depuis Rumilly.",
  "Convaincre mes voisins de lâcher la voiture, à l'oral, tranquillement.",
  "Je peux raconter à la machine à café que le car c'est plus reposant que les bouchons.",
  "parler de la ligne autour de moi",
 ]),
 ("theme", "pref_parrainer", "preference", "Emmener amis et famille sur une excursion", [
  "Emmener des amis sur une excursion, si eux ont un petit prix.",
  "Inviter ma sœur et son mari sur la sortie au lac Léman, ils adoreraient.",
  "Faire venir la famille pour une journée en car, genre le marché de Turin.",
  "Embarquer deux ou trois copains sur une sortie, s'il y a une remise pour ceux qui viennent la première fois.",
 ]),
 ("theme", "pref_tester", "preference", "Tester les nouveaux horaires ou circuits et faire un retour", [
  "Tester les nouveaux horaires avant qu'ils soient officiels et faire un retour.",
  "Faire le trajet d'essai d'une nouvelle ligne et dire ce qui coince.",
  "Être dans le premier car d'un nouveau circuit pour dire ce qui va et ce qui va pas.",
 ]),
],
"q4": [
 ("theme", "prac_sms", "practical", "Être sollicité par SMS / message court sur le téléphone, pas par mail", [
  "Par SMS, je lis jamais mes mails perso.",
  "Un petit texto quelques jours avant, ça suffit.",
  "SMS. Court.",
  "Un message sur le téléphone, pas un mail de trois pages.",
  "Par texto, et prévenir au moins une semaine avant.",
  "sms c'est le mieux",
  "Un message sur mon portable, je le lis dans le car de toute façon.",
  "Plutôt SMS que mail, les mails Ferrandon finissent dans mes spams.",
  "Texto, avec un lien si besoin.",
 ]),
 ("minority", "m_vivevoix", None, "Être sollicité de vive voix par le chauffeur dans le car", [
  "Que le chauffeur nous en parle directement dans le car, c'est plus humain.",
  "De vive voix par le conducteur, le matin, ça me va très bien.",
 ]),
 ("noise", None, None, None, ["Je sais pas trop, je verrai."]),
],
"q5": [
 ("side", "pour_badge", "Pour un badge Copilote visible dans le car", None, [
  "Oui, un badge, comme ça les nouveaux savent à qui demander.",
  "Pourquoi pas, j'en serais plutôt fier.",
  "Oui, un petit pin's discret sur le sac, c'est sympa.",
  "Pour. Ça crée du lien entre habitués.",
  "Oui si c'est joli, pas un truc fluo.",
  "Oui, ça montre qu'on fait partie de quelque chose.",
 ]),
 ("side", "contre_badge", "Contre un badge visible : rester un voyageur anonyme", None, [
  "Non, je veux rester un voyageur comme les autres.",
  "Contre, j'ai pas envie qu'on vienne me parler à 7h du matin.",
  "Non merci, pas de badge, ça fait flicage.",
  "Plutôt non, ça met une distance avec les autres passagers.",
  "Non. Je veux dormir dans le car, pas être un guichet.",
 ]),
 ("noise", None, None, None, ["Le car de 17h15 était encore en retard hier."]),
],
}

S2_OBJ = [
    "Increase brand advocacy and the recommendation rate (NPS) among cross-border commuters",
    "Drive customer acquisition for day excursions through referral",
    "Grow user-generated content (UGC) on our social channels",
    "Improve year-on-year retention of annual pass holders",
    "Increase online review volume and average star rating on Google and Tripadvisor",
]
S2_SUPPORT = {0: ["pref_tell"], 1: ["pref_bring"], 2: ["pref_photos"], 3: ["need_discount", "need_regular"], 4: []}
S2_UNSERVED = ["need_say", "need_wifi"]

S2 = {
"q1": [
 ("theme", "need_say", "need", "Have a say on timetables and stops before changes (says 'review' the timetable: not online reviews; no objective covers consultation)", [
  "I'd like to review the new timetables before they go live, not find out at the stop.",
  "Have a say on where the stops are. The Saint-Julien stop makes no sense.",
  "Be consulted before you change the 7am departures.",
  "Honestly just to be listened to when we flag a timetable problem.",
  "A chance to review route changes with the planners, even once a year.",
 ]),
 ("theme", "need_discount", "need", "A cheaper pass / loyalty discount on renewal", [
  "A cheaper annual pass. Geneva prices are already insane.",
  "Some kind of loyalty discount for people who've renewed for years.",
  "Money off my pass, basically.",
  "A discount on renewal would keep me on the coach instead of the car.",
  "lower fares for regulars",
  "If the pass went down even 10% I'd stop looking at carpooling.",
 ]),
 ("theme", "need_wifi", "need", "Working wifi, chargers and connection on board (says 'content': not user-generated content)", [
  "Wifi that actually works so I can stream content on the way home.",
  "Decent wifi and chargers. I watch a lot of content on the commute and the connection drops at the border.",
  "USB sockets that work and a proper connection to get work done.",
  "A reliable internet connection on board, that's my number one.",
  "Better on-board wifi, the current one is unusable after Cruseilles.",
 ]),
 ("theme", "need_regular", "need", "Feel recognised and valued as a long-time regular", [
  "To feel like a regular, not just a pass number.",
  "Being recognised. I've taken this line for eight years and nobody at Ferrandon knows.",
  "Some recognition for the long-timers, a thank-you now and then.",
  "That the company notices those of us who stick with the line year after year.",
  "Feeling valued as a loyal customer.",
 ]),
 ("minority", "m_bike", None, "Bring bikes on the coach", [
  "Being able to bring my bike on the coach, at least in summer.",
  "Bike racks on the Geneva line please.",
 ]),
 ("noise", None, None, None, ["Not sure yet, I only joined because my colleague did."]),
],
"q2": [
 ("theme", "brake_time", "brake", "Lack of time (long days, kids, shifts)", [
  "Time. Long days in Geneva, long commute.",
  "I don't have much spare time with two kids.",
  "Evenings are impossible for me.",
  "If it eats into my weekends, no.",
  "Shift work, so anything scheduled is hard.",
  "Time, simply.",
  "I'm already stretched thin, can't promise regular slots.",
 ]),
 ("theme", "brake_noreviews", "brake", "Refuse to write online reviews or rate on Google/Tripadvisor (a brake, not support for the review objective)", [
  "I don't write online reviews. Never have, never will.",
  "Not a fan of rating things on Google, it feels fake.",
  "I'd be uncomfortable posting reviews under my real name.",
  "Tripadvisor reviews are mostly bots anyway, I don't want to add to that.",
  "Review sites aren't for me, I don't even read them.",
  "Leaving stars and comments online isn't my thing.",
 ]),
 ("theme", "brake_salesy", "brake", "Fear of becoming a salesperson / feeling like marketing", [
  "I don't want to be turned into a salesperson for a bus company.",
  "It could feel like I'm being paid to promote you, which is awkward with friends.",
  "Worried it'll feel like marketing, not genuine.",
  "I'm not a sales rep.",
  "Pushing a brand on my colleagues? Feels weird.",
 ]),
 ("theme", "brake_privacy", "brake", "Privacy: use of personal data and photos", [
  "What happens with my data and my photos?",
  "I don't want my face used in your ads without asking.",
  "Privacy. Who sees my travel data?",
  "I'd need clear rules on how my personal info is used.",
 ]),
 ("minority", "m_language", None, "Language barrier: program mostly in French", [
  "My French is poor, so French-only meetings are a blocker.",
  "Language. Most of the program stuff is in French and I struggle with it.",
 ]),
],
"q3": [
 ("theme", "pref_tell", "preference", "Say good things about the line to colleagues, neighbours, friends", [
  "Telling colleagues the coach beats sitting in traffic at the border.",
  "Word of mouth at work. Half my team still drives.",
  "I already talk it up to people in my office.",
  "Tell my neighbours it's a decent way into Geneva.",
  "Just chatting about it with people I know.",
  "Pointing new hires to the line when they ask how to get to work.",
  "Talking about it over lunch, no pressure.",
  "Mentioning it to friends who complain about parking in Geneva.",
  "say good things about the line to coworkers",
 ]),
 ("theme", "pref_bring", "preference", "Bring friends and family on an excursion", [
  "Bringing friends along on an excursion.",
  "Take my in-laws on the Aosta day trip when they visit.",
  "Invite a couple of friends on a trip if they get a discount.",
  "Getting my book club to do one of the wine tours.",
  "Bring the family on a Sunday outing.",
  "Introduce visiting friends to the excursions.",
  "Getting new people onto a trip with me.",
  "Dragging my partner on the Chamonix trip, she's never done it.",
 ]),
 ("theme", "pref_photos", "preference", "Share own photos and videos from the trips", [
  "Sharing my photos from the trips, I take loads.",
  "Posting pictures of the mountain passes on Instagram, I do it anyway.",
  "Short videos from the coach window, people love those.",
  "Happy to share my trip pics if you can use them.",
  "Putting my excursion photos up on my feed and tagging you.",
  "I film bits of every trip, could send you clips.",
 ]),
 ("noise", None, None, None, ["Depends on the month really."]),
],
"q4": [
 ("theme", "prac_monthly", "practical", "Be asked at most once a month, with notice", [
  "Once a month max.",
  "Monthly at most, and give me two weeks' notice.",
  "Not more than once a month please.",
  "A couple of weeks' warning and no more than monthly.",
  "Once a month is plenty.",
  "Monthly, with enough notice to plan.",
  "No more than one ask per month.",
  "Once every few weeks is fine, more than that is too much.",
  "Max once a month or I'll tune out.",
  "Monthly is reasonable.",
  "Please don't message weekly. Monthly, tops.",
  "One request a month, ideally announced in advance.",
  "At most monthly. I hate last-minute asks.",
  "Once a month and a heads-up two weeks before.",
  "Monthly cadence.",
  "Roughly once a month works.",
  "Not every week! Once a month.",
  "A monthly ask is the limit for me.",
  "Once a month, tops, with a bit of notice.",
 ]),
 ("minority", "m_often", None, "Happy to be asked every week", [
  "I'd be fine with being asked every week, I'm on the coach every day anyway.",
  "Weekly is OK for me, the more the better.",
 ]),
 ("noise", None, None, None, ["Whatever works for the team.", "No idea.", "The 18:05 from Geneva was packed again today."]),
],
"q5": [
 ("side", "for_leaderboard", "For points and a public leaderboard", None, [
  "Yes to a leaderboard, a bit of competition keeps me going.",
  "I like points. Gamify it.",
  "A public ranking would motivate me.",
  "Sure, show the top Copilotes each month.",
  "Points and levels, yes, I like seeing progress.",
  "Leaderboard is fun if it's light-hearted.",
  "Yes, I'm competitive.",
  "Why not, ranking makes it a game.",
  "In favour. Seeing others' scores pushes me.",
  "Yes, as long as there are prizes for the top.",
  "Points yes, ranking yes.",
 ]),
 ("side", "against_leaderboard", "Against a public leaderboard: no competition between passengers", None, [
  "No leaderboard. It turns it into a competition, which kills the spirit.",
  "Against public rankings, people who travel less would feel left out.",
  "No ranking please, I'd hate to see my name at the bottom.",
  "I'd rather not have points displayed publicly.",
  "No. Competition between passengers is silly.",
  "Rankings reward whoever has the most free time, not the best ideas.",
  "No leaderboard, keep it friendly.",
  "Not keen. It'd feel like a sales contest.",
  "Against. I'd drop out.",
  "No public scores.",
  "Please no rankings.",
  "I don't want to be compared to others.",
 ]),
 ("noise", None, None, None, ["Haven't thought about it."]),
],
}
