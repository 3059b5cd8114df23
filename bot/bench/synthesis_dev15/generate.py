#!/usr/bin/env python3
"""Generate the synthesis_dev15 planted-theme set (stdlib only, deterministic).

Three JE sessions of invented clients:
  fournil     - Les Fournils Garnier, artisan bakeries in Brittany (fr, 8 participants)
  greenhollow - Greenhollow Garden Centres (en, 18 participants)
  comptoir    - Le Comptoir, coworking spaces in Lille and Brussels (fr+en, 30 participants)

Bucket codes in the data: "T:key" convergence theme, "O:key:side" opposition side,
"M:key" minority view, "N" noise.  Answers are sorted by (participant, question) and
numbered <code>-001, <code>-002, ...
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SESSIONS = []

# ---------------------------------------------------------------- fournil (fr)
SESSIONS.append({
    "code": "fournil",
    "lang": "fr",
    "client": "Les Fournils Garnier",
    "participants": [
        "Maëlle Le Gall", "Yannick Tanguy", "Sophie Morvan", "Karim Benali",
        "Odile Prigent", "Thomas Le Bris", "Nadia Rouxel", "Gwenaël Kerjean",
    ],
    "questions": [
        "Qu'est-ce qui vous donnerait envie de devenir ambassadeur·rice des Fournils Garnier ?",
        "Qu'est-ce qui pourrait vous freiner, ou vous faire décrocher en cours de route ?",
        "Cette année, le budget ne permet de financer qu'un seul avantage : soit une remise de 10 % "
        "sur tous les achats des ambassadeurs, soit un atelier pain au fournil chaque trimestre. "
        "Lequel choisiriez-vous ?",
        "Concrètement, comment aimeriez-vous contribuer, et combien de temps pourriez-vous y consacrer ?",
    ],
    "themes": {
        "coulisses": "Wants to see how the bread is made and meet the bakers (behind the scenes)",
        "local": "Pride in local wheat, millers and farmers; keeping money in the area",
        "authenticite": "Fear of being used as free advertising / having to recite scripted messages",
        "temps": "Lack of time (job, children, shifts, other commitments)",
        "degustation": "Contribute by tasting new products before launch and giving feedback",
    },
    "oppositions": {
        "budget": ("Only one perk can be funded: a 10% discount on purchases or a quarterly bread workshop",
                   [("remise", "10% discount on purchases"), ("atelier", "quarterly bread workshop at the bakery")]),
    },
    "minorities": {
        "antigaspi": "Would help give unsold bread to charities / anti-waste associations",
    },
    "objectives": [
        ("Faire découvrir le travail de nos équipes au fournil", ["coulisses"]),
        ("Valoriser nos filières d'approvisionnement régionales", ["local"]),
        ("Recueillir l'avis des clients sur les nouvelles recettes", ["degustation"]),
        ("Augmenter la fréquentation des boutiques le week-end", []),
    ],
    "answers": [
        # Q1 motivations
        (1, 1, "T:coulisses", "voir comment ils font le levain, j'ai toujours été curieuse de ce qui se passe derrière à 4h du mat"),
        (2, 1, "T:coulisses", "Rencontrer l'équipe qui pétrit, discuter avec eux du métier"),
        (4, 1, "T:coulisses", "perso ce qui me brancherait c'est d'assister à une fournée, les mains dans la farine"),
        (7, 1, "T:coulisses", "Comprendre les secrets de fabrication de la baguette trad, genre une visite de l'atelier la nuit"),
        (3, 1, "T:local", "Le blé vient de chez des paysans du Morbihan, ça me parle vraiment, j'ai envie de soutenir ça"),
        (5, 1, "T:local", "aider les producteurs du coin plutot que les grandes surfaces"),
        (8, 1, "T:local", "Que mon argent reste dans le pays de Vannes. Le moulin de Keriolet qui les fournit c'est à 10 km de chez moi !"),
        (6, 1, "N", "Bonne question lol, je verrai"),
        # Q2 brakes
        (1, 2, "T:authenticite", "Avoir l'impression d'être un panneau publicitaire gratuit"),
        (3, 2, "T:authenticite", "si on me demande de poster des trucs tout faits, très peu pour moi, mes amis verraient direct que c'est pas moi qui parle"),
        (6, 2, "T:authenticite", "Le côté marketing forcé. Je veux rester sincère"),
        (8, 2, "T:authenticite", "qu'on me fasse réciter un texte écrit par la com, ça sonnerait faux"),
        (2, 2, "T:temps", "Le boulot, je rentre à 19h30 et j'ai deux gamins"),
        (4, 2, "T:temps", "mes horaires en 3x8, impossible de prévoir quoi que ce soit"),
        (5, 2, "T:temps", "Je suis déjà bénévole dans 3 assos, mon agenda déborde"),
        (7, 2, "T:temps", "si ça me bouffe tous mes samedis j'arrête"),
        # Q3 opposition
        (1, 3, "O:budget:remise", "La réduc, clairement, on achète du pain tous les jours à la maison"),
        (3, 3, "O:budget:remise", "10% sur l'année ça fait une belle somme pour une famille de 5"),
        (5, 3, "O:budget:remise", "Un petit geste sur l'addition, c'est concret et ça profite toute l'année"),
        (6, 3, "O:budget:remise", "le rabais sur mes achats, c'est ce qui me servira le plus"),
        (2, 3, "O:budget:atelier", "Mettre la main à la pâte avec les enfants une fois par saison, ça c'est un souvenir"),
        (4, 3, "O:budget:atelier", "La session pétrissage tous les 3 mois, de loin"),
        (7, 3, "O:budget:atelier", "Apprendre à faire ma propre brioche avec eux, trop envie"),
        (8, 3, "N", "Les deux se valent, je suis pas difficile"),
        # Q4 contributions
        (2, 4, "T:degustation", "Goûter les nouvelles recettes avant qu'elles sortent et dire franchement ce que j'en pense, 1h par mois"),
        (3, 4, "T:degustation", "je veux bien être cobaye pour les pains spéciaux, donner mon avis"),
        (6, 4, "T:degustation", "Faire partie d'un panel de dégustation, genre 2 fois par an"),
        (8, 4, "T:degustation", "croquer dans les viennoiseries en test et remplir une petite fiche, ça me va"),
        (1, 4, "T:local", "Raconter à mes collègues d'où vient la mouture, le meunier d'à côté etc. ça je le ferais volontiers"),
        (4, 4, "M:antigaspi", "filer un coup de main pour donner les invendus du soir aux Restos du coeur"),
        (5, 4, "M:antigaspi", "Organiser la récup du pain pas vendu pour une asso anti-gaspi, 2h/semaine possible"),
        (7, 4, "N", "ça dépend des semaines franchement"),
    ],
})

# ---------------------------------------------------------------- greenhollow (en)
SESSIONS.append({
    "code": "greenhollow",
    "lang": "en",
    "client": "Greenhollow Garden Centres",
    "participants": [
        "Hannah Webb", "Tom Okafor", "Priya Shah", "Gareth Hughes", "Linda Marsh", "Connor Doyle",
        "Aisha Rahman", "Pete Lowry", "Joan Fairclough", "Sam Whitaker", "Ellie Brennan", "Raj Patel",
        "Margaret Cole", "Dev Nair", "Lucy Pembridge", "Martin Griggs", "Chloe Tran", "Alan Sutcliffe",
    ],
    "questions": [
        "What would make you want to become a Greenhollow ambassador?",
        "What worries you about joining, or what might make you drop out?",
        "We can only staff one thing for the ambassador community next year: a monthly get-together "
        "evening at the Ashford centre, OR an online group (forum/WhatsApp) run by our team. "
        "Which would you rather have?",
        "How would you like to contribute, and how much time could you give?",
    ],
    "themes": {
        "learn": "Wants to learn from the horticulture staff / expert advice",
        "community": "Wants to meet like-minded plant people, belong, make friends",
        "eco": "Cares about eco-friendly growing: bees, no chemicals, peat-free, no-dig",
        "time": "Lack of time (job, kids, grandkids, shifts)",
        "pushy_sales": "Fear of becoming a salesperson / spamming friends",
        "imposter": "Feels too much of a beginner to be an ambassador",
        "mentoring": "Contribute by helping beginners, answering their questions",
        "content": "Contribute photos, videos, posts of their own plants",
    },
    "oppositions": {
        "format": ("Only one can be staffed: monthly in-store evening or an online group",
                   [("in_person", "monthly get-together evening at the centre"), ("online", "online group / forum")]),
    },
    "minorities": {
        "privacy": "Worried about personal data / photos of their home online",
        "school": "Would volunteer in school gardening clubs with children",
    },
    "objectives": [
        ("Build a community of gardeners who help each other", ["community", "mentoring"]),
        ("Share horticultural know-how through workshops and talks", ["learn"]),
        ("Promote sustainable gardening practices", ["eco"]),
        ("Generate user content for our social media channels", ["content"]),
        ("Increase footfall at the new Stockbridge garden centre", []),
    ],
    "answers": [
        # Q1
        (1, 1, "T:learn", "Getting tips straight from the horticulture team, I'm still learning what grows where"),
        (4, 1, "T:learn", "honestly? free advice from people who know their stuff. my roses are a disaster"),
        (7, 1, "T:learn", "I'd love to pick the brains of the staff about pruning and propagation"),
        (10, 1, "T:learn", "working out how to keep my veg patch going through winter with someone who knows"),
        (13, 1, "T:learn", "Masterclasses with the experts. At 70 I still want to improve!"),
        (16, 1, "T:learn", "knowledge. want to get better at growing stuff from seed"),
        (2, 1, "T:community", "Meeting other people who are as plant-mad as I am"),
        (5, 1, "T:community", "Since I retired I miss having people around, a gang of fellow green-fingered folk would be lovely"),
        (8, 1, "T:community", "find my tribe lol. nobody in my family cares about dahlias"),
        (11, 1, "T:community", "a sense of belonging, chatting with likeminded growers on a Saturday morning"),
        (14, 1, "T:community", "making friends locally, I moved here last year and know no one"),
        (17, 1, "T:community", "Being part of a club of people who get excited about the same stuff"),
        (3, 1, "T:eco", "I care about bees and hedgehogs, want to show people you can have a lovely plot without chemicals"),
        (6, 1, "T:eco", "spreading the word about peat-free compost, the bogs need protecting"),
        (9, 1, "T:eco", "Helping folks ditch the slug pellets and weedkillers"),
        (12, 1, "T:eco", "no-dig and rainwater butts - i'd happily preach that to anyone"),
        (18, 1, "T:eco", "Wildflower patches instead of bowling-green lawns, that's my hobby horse"),
        (15, 1, "N", "not sure yet, my friend signed me up"),
        # Q2 (Joan, 9, skipped)
        (1, 2, "T:time", "Time. Full-time job plus an allotment plus a toddler"),
        (5, 2, "T:time", "I look after my grandkids three days a week so my diary is tight"),
        (10, 2, "T:time", "if it turns into a second job I'm out"),
        (14, 2, "T:time", "shift work, can never commit to fixed dates"),
        (17, 2, "T:time", "my weekends are already packed tbh"),
        (2, 2, "T:pushy_sales", "Being turned into a salesperson and badgering my friends to buy stuff"),
        (6, 2, "T:pushy_sales", "I'd hate to feel like I'm flogging products to my neighbours"),
        (8, 2, "T:pushy_sales", "spamming my insta with ads. my mates would unfollow me"),
        (12, 2, "T:pushy_sales", "if it's all about targets and referral codes I'll walk"),
        (16, 2, "T:pushy_sales", "feeling like an unpaid rep for the shop"),
        (3, 2, "T:imposter", "I'm a total beginner, who would listen to me?"),
        (4, 2, "T:imposter", "i kill cacti. literally. not exactly ambassador material"),
        (11, 2, "T:imposter", "worried people will ask me questions I can't answer"),
        (18, 2, "T:imposter", "Feeling like a fraud next to the real experts"),
        (7, 2, "M:privacy", "What happens to my data and address? I don't want my details passed around"),
        (13, 2, "M:privacy", "I'm wary of photos of my home being posted online, you never know who's looking"),
        (15, 2, "N", "dunno really"),
        # Q3 opposition (Gareth, 4, skipped)
        (1, 3, "O:format:in_person", "The evening at the centre, I spend enough time on screens"),
        (5, 3, "O:format:in_person", "Face to face every month please, a cuppa and a natter among the seedlings"),
        (8, 3, "O:format:in_person", "meetups IRL 100%"),
        (11, 3, "O:format:in_person", "Monthly get-together, nothing beats seeing the plants in person"),
        (13, 3, "O:format:in_person", "The evening meeting. I'm hopeless with phones"),
        (14, 3, "O:format:in_person", "the in-store evening, it's how I'd meet people round here"),
        (16, 3, "O:format:in_person", "Real-life sessions at Ashford"),
        (18, 3, "O:format:in_person", "Get-togethers in the shop, with tea and cake ideally"),
        (2, 3, "O:format:online", "Online group, I can dip in at 11pm when the kids are asleep"),
        (3, 3, "O:format:online", "a forum so I can post pics of my sick tomato and get answers quick"),
        (6, 3, "O:format:online", "WhatsApp group please, Ashford is 40 min drive for me"),
        (7, 3, "O:format:online", "the web one, fits round my shifts"),
        (10, 3, "O:format:online", "Digital. More flexible."),
        (12, 3, "O:format:online", "forum!! searchable archive of everyone's tips = gold"),
        (17, 3, "O:format:online", "a chat on my phone, easier with my schedule"),
        (9, 3, "N", "whatever works for most people"),
        (15, 3, "N", "no idea"),
        # Q4
        (2, 4, "T:mentoring", "answering newbies' questions in the group, maybe an hour a week"),
        (5, 4, "T:mentoring", "I'd happily mentor someone starting out, a couple of afternoons a month"),
        (9, 4, "T:mentoring", "Showing first-timers how to sow and pot on. 2 hrs every few weeks"),
        (13, 4, "T:mentoring", "Passing on what 50 years of digging taught me to younger ones"),
        (14, 4, "T:mentoring", "be a buddy for people who just got their first allotment"),
        (16, 4, "T:mentoring", "helping beginners figure out why their plants are dying lol, few hours a month"),
        (18, 4, "T:mentoring", "Lending a hand to novices at the weekend clinic once in a while"),
        (3, 4, "T:content", "posting before/after pics of my borders, 20 min a week"),
        (6, 4, "T:content", "A short reel now and then of my veg beds"),
        (8, 4, "T:content", "instagram stories from my balcony jungle, easy"),
        (10, 4, "T:content", "Writing up a seasonal blog post, say one per quarter"),
        (12, 4, "T:content", "filming quick how-to clips on my phone"),
        (17, 4, "T:content", "tagging you in snaps of my dahlias when they flower"),
        (1, 4, "M:school", "Helping run the gardening club at my daughter's primary school"),
        (7, 4, "M:school", "volunteering with kids at the local school veg plot"),
        (11, 4, "M:school", "I'd love to set up a growing corner with the children in our village"),
        (4, 4, "N", "depends what's asked"),
        (15, 4, "N", "not much tbh"),
    ],
})

# ---------------------------------------------------------------- comptoir (fr+en)
SESSIONS.append({
    "code": "comptoir",
    "lang": "fr+en",
    "client": "Le Comptoir (coworking, Lille & Bruxelles)",
    "participants": [
        "Camille Vandenberghe", "Jake Morrison", "Léa Fontaine", "Mehdi Saïdi", "Olivia Grant",
        "Julien Dewaele", "Ana Ruiz", "Pauline Leroy", "Ben Adeyemi", "Hugo Lambert",
        "Sofia Rossi", "Inès Martel", "Antoine Vermeulen", "Kasia Nowak", "Chloé Dubois",
        "Liam O'Connor", "Nicolas Peeters", "Emma Lindqvist", "Sarah Benhamou", "Daniel Kim",
        "Thibault Renard", "Priyanka Iyer", "Manon Claes", "Oscar Hughes", "Yasmine Haddad",
        "Lukas Becker", "Romain Janssens", "Grace Mensah", "Élodie Masson", "Matteo Bianchi",
    ],
    "questions": [
        "Qu'est-ce qui vous donnerait envie de devenir ambassadeur·rice du Comptoir ? / "
        "What would make you want to become a Comptoir ambassador?",
        "Qu'est-ce qui pourrait vous freiner ou vous faire arrêter ? / What could hold you back or make you quit?",
        "Un seul budget cette année, une seule option : 10 jours de coworking offerts à chaque ambassadeur, "
        "OU un séminaire au vert de deux jours tous ensemble. Vous choisissez quoi ? / "
        "One budget only this year, one option: 10 free coworking days for each ambassador, OR a two-day "
        "retreat in the countryside all together. Which do you pick?",
    ],
    "themes": {
        "networking": "Meet other members for business: clients, partners, referrals",
        "visibility": "Get visibility for their own business on the Comptoir's channels",
        "welcome": "Help people who just arrived settle in (newcomers, expats)",
        "influence": "Have a say in decisions about the space (layout, events, changes)",
        "time": "Lack of time / availability",
        "hierarchy": "Fear of rankings, cliques, an elite of ambassadors, competition between members",
        "language": "Fear of being left out because things happen in French only",
        "authenticity": "Fear of becoming a marketing tool / scripted or disguised advertising",
    },
    "oppositions": {
        "budget": ("Only one option can be funded: 10 free coworking days each or a two-day retreat together",
                   [("free_days", "10 free coworking days each"), ("retreat", "two-day retreat together")]),
    },
    "minorities": {
        "green": "Push for a greener space (less disposables, composting, second-hand furniture)",
        "quiet": "Worried ambassador events make the space noisy for people working",
    },
    "objectives": [
        ("Favoriser les rencontres professionnelles entre membres / Foster business connections between members", ["networking"]),
        ("Mettre en avant les projets des membres sur nos réseaux / Showcase members' projects on our channels", ["visibility"]),
        ("Faciliter l'arrivée des nouveaux venus / Make newcomers feel at home", ["welcome"]),
        ("Associer les membres aux décisions sur l'espace / Involve members in decisions about the space", ["influence"]),
        ("Rendre l'espace accessible aux non-francophones / Make the space welcoming to non-French speakers", ["language"]),
        ("Remplir les bureaux privatifs du 2e étage / Fill the private offices on the 2nd floor", []),
    ],
    "answers": [
        # Q1
        (1, 1, "T:networking", "Rencontrer des gens d'autres boîtes, j'ai trouvé 2 clients juste en discutant à la machine à café"),
        (2, 1, "T:networking", "Connections. Freelancing is lonely and half my gigs come from referrals"),
        (6, 1, "T:networking", "élargir mon carnet d'adresses pro, tout simplement"),
        (11, 1, "T:networking", "meeting potential collaborators, I'm always looking for designers to team up with"),
        (17, 1, "T:networking", "Faire du réseau avec les autres indépendants, trouver des partenaires pour répondre à des appels d'offres"),
        (22, 1, "T:networking", "to get to know founders from other sectors, you never know where the next deal comes from"),
        (27, 1, "T:networking", "les afterworks pour croiser du monde et échanger des cartes de visite"),
        (3, 1, "T:visibility", "Qu'on parle de mon atelier de céramique sur vos réseaux, ça m'aiderait énormément"),
        (9, 1, "T:visibility", "Exposure for my little studio, a feature in your newsletter would be huge"),
        (13, 1, "T:visibility", "Avoir un peu de visibilité pour ma micro-entreprise, une vitrine quoi"),
        (20, 1, "T:visibility", "getting my name out there. a spotlight post on your LinkedIn maybe?"),
        (25, 1, "T:visibility", "me faire connaître auprès de votre communauté, je lance mon cabinet de nutrition"),
        (30, 1, "T:visibility", "If you showcased my photography on the walls or online I'd be in"),
        (5, 1, "T:welcome", "I remember how lost I was my first week in Lille, I'd love to show fresh faces the ropes"),
        (8, 1, "T:welcome", "Parrainer les petits jeunes qui débarquent, leur montrer où est quoi"),
        (14, 1, "T:welcome", "helping expats who just moved to Brussels settle in, I was one of them 2 yrs ago"),
        (19, 1, "T:welcome", "Accueillir les recrues et les présenter aux autres, personne ne l'a fait pour moi"),
        (24, 1, "T:welcome", "being the friendly face on someone's day one"),
        (29, 1, "T:welcome", "Aider ceux qui débutent ici à trouver leurs marques"),
        (4, 1, "T:influence", "Avoir mon mot à dire sur l'aménagement, les chaises actuelles me tuent le dos"),
        (7, 1, "T:influence", "a say in how the space evolves - events, layout, the lot"),
        (10, 1, "T:influence", "Participer aux choix : la programmation des ateliers, les horaires, etc."),
        (16, 1, "T:influence", "being consulted before big changes, like when you swapped the phone booths"),
        (21, 1, "T:influence", "co-construire le lieu avec l'équipe plutôt que subir ce qui est décidé d'en haut"),
        (26, 1, "T:influence", "I want input on the roadmap of the place, not just a survey once a year"),
        (12, 1, "M:green", "Pousser pour moins de gobelets jetables et un vrai tri, l'écologie c'est mon truc"),
        (18, 1, "M:green", "I'd push for a greener space, composting, second-hand furniture, that kind of thing"),
        (15, 1, "N", "Euh aucune idée pour l'instant"),
        (23, 1, "N", "ça dépend"),
        (28, 1, "N", "idk, whatever :)"),
        # Q2 (Ben 9 and Priyanka 22 skipped)
        (1, 2, "T:time", "Je suis sous l'eau avec mes clients, dur de dégager des créneaux"),
        (6, 2, "T:time", "le manque de dispo, tout simplement"),
        (10, 2, "T:time", "si ça devient chronophage, j'arrête"),
        (17, 2, "T:time", "Deux boulots + un bébé de 6 mois… voilà"),
        (20, 2, "T:time", "bandwidth. my calendar is a war zone"),
        (26, 2, "T:time", "If it eats into billable hours I can't justify it"),
        (29, 2, "T:time", "mon planning est blindé jusqu'en juin"),
        (3, 2, "T:hierarchy", "qu'il y ait une petite élite d'ambassadeurs et les autres membres à côté, ça casserait l'ambiance"),
        (7, 2, "T:hierarchy", "Leaderboards and badges turning colleagues into rivals"),
        (13, 2, "T:hierarchy", "le classement par points, très peu pour moi, on n'est pas à l'école"),
        (16, 2, "T:hierarchy", "creating an inner circle that the other members resent"),
        (24, 2, "T:hierarchy", "cliques. the space is nice because everyone's equal"),
        (30, 2, "T:hierarchy", "competition between people for perks, it gets toxic fast"),
        (2, 2, "T:language", "If everything's in French I'm lost, my French is café-level at best"),
        (5, 2, "T:language", "Events only in French would shut half of us out"),
        (11, 2, "T:language", "the newsletter is only in Molière's language, I just delete it honestly"),
        (14, 2, "T:language", "As an expat, feeling like a second-class member because of the language barrier"),
        (19, 2, "T:language", "que les anglophones restent sur le côté, la moitié de l'open space ne parle pas un mot de français"),
        (28, 2, "T:language", "I'd drop out if I can't follow what's said at meetups, mon français est nul"),
        (4, 2, "T:authenticity", "Devenir un outil marketing, poster des contenus pré-mâchés"),
        (8, 2, "T:authenticity", "si on me demande de faire de la pub déguisée sur LinkedIn, non merci"),
        (12, 2, "T:authenticity", "perdre ma sincérité, je recommande le lieu parce que je l'aime, pas sur commande"),
        (21, 2, "T:authenticity", "Qu'on me dicte quoi dire, avec des éléments de langage"),
        (25, 2, "T:authenticity", "jouer les VRP du Comptoir, ça c'est pas moi"),
        (15, 2, "M:quiet", "que les events ambassadeurs rendent le plateau bruyant alors que certains bossent"),
        (23, 2, "M:quiet", "Le bruit. Si chaque jeudi il y a un apéro dans l'open space, je ne peux plus passer mes calls"),
        (27, 2, "M:quiet", "qu'on transforme le coworking en salle des fêtes, j'ai besoin de calme pour me concentrer"),
        (18, 2, "N", "nothing comes to mind"),
        # Q3 opposition (Antoine 13 skipped)
        (1, 3, "O:budget:free_days", "Les journées offertes, ça allège vraiment ma facture"),
        (3, 3, "O:budget:free_days", "10 jours gratos, pour une petite structure c'est pas rien"),
        (6, 3, "O:budget:free_days", "Les jours de coworking, du concret"),
        (9, 3, "O:budget:free_days", "free days! cash is tight in my first year"),
        (10, 3, "O:budget:free_days", "je prends les jours offerts, mon budget est serré"),
        (12, 3, "O:budget:free_days", "Les dix journées, je les utiliserai à coup sûr"),
        (15, 3, "O:budget:free_days", "les jours offerts, plus simple à caser avec ma vie de famille"),
        (17, 3, "O:budget:free_days", "Jours gratuits sans hésiter"),
        (20, 3, "O:budget:free_days", "The 10 days. Saves me real money"),
        (23, 3, "O:budget:free_days", "journées offertes, pratique et utile"),
        (25, 3, "O:budget:free_days", "je préfère économiser sur l'abonnement"),
        (26, 3, "O:budget:free_days", "Desk days, I'd rather have something I can use on my own schedule"),
        (29, 3, "O:budget:free_days", "les 10 jours, ça rembourse presque un mois d'abo"),
        (2, 3, "O:budget:retreat", "The retreat, hands down. Two days away together beats any discount"),
        (4, 3, "O:budget:retreat", "Le séminaire au vert, pour souder le groupe"),
        (5, 3, "O:budget:retreat", "retreat!! that's where real bonds form"),
        (7, 3, "O:budget:retreat", "the off-site, I want to actually get to know everyone"),
        (8, 3, "O:budget:retreat", "Deux jours à la campagne tous ensemble, ça c'est un vrai souvenir"),
        (11, 3, "O:budget:retreat", "countryside weekend with the crew, yes please"),
        (14, 3, "O:budget:retreat", "The two-day trip, it'd help the expats mix with the locals"),
        (16, 3, "O:budget:retreat", "off-site. team spirit > freebies"),
        (18, 3, "O:budget:retreat", "Retreat, especially if it's somewhere green"),
        (19, 3, "O:budget:retreat", "le séminaire, on se verrait enfin hors du bureau"),
        (21, 3, "O:budget:retreat", "l'escapade de 2 jours, plus fédérateur"),
        (22, 3, "O:budget:retreat", "a retreat, great for brainstorming the future of the space"),
        (24, 3, "O:budget:retreat", "getaway together. memories > money"),
        (27, 3, "N", "Je m'en fiche un peu, les deux sont bien"),
        (28, 3, "N", "either is fine"),
        (30, 3, "N", "hmm hard to say"),
    ],
})


def build(session):
    code = session["code"]
    rows = sorted(session["answers"], key=lambda a: (a[0], a[1]))
    answers = []
    buckets = {}
    for n, (p, q, bucket, text) in enumerate(rows, 1):
        aid = "%s-%03d" % (code, n)
        answers.append({
            "id": aid,
            "participant": session["participants"][p - 1],
            "question": session["questions"][q - 1],
            "answer": text,
        })
        buckets.setdefault(bucket, []).append(aid)

    themes = [{"key": k, "kind": "convergence", "description": d, "answer_ids": buckets.get("T:" + k, [])}
              for k, d in session["themes"].items()]
    oppositions = []
    for k, (desc, sides) in session["oppositions"].items():
        oppositions.append({"key": k, "description": desc, "sides": [
            {"label": lab, "description": sd, "answer_ids": buckets.get("O:%s:%s" % (k, lab), [])}
            for lab, sd in sides]})
    minorities = [{"key": k, "description": d, "answer_ids": buckets.get("M:" + k, [])}
                  for k, d in session["minorities"].items()]
    support = [{"objective": line, "themes": keys} for line, keys in session["objectives"] if keys]
    unsupported = [line for line, keys in session["objectives"] if not keys]
    served = {k for _, keys in session["objectives"] for k in keys}
    unserved = [k for k in session["themes"] if k not in served]
    truth = {
        "session": code,
        "lang": session["lang"],
        "client": session["client"],
        "themes": themes,
        "oppositions": oppositions,
        "minorities": minorities,
        "objective_support": support,
        "unsupported_objectives": unsupported,
        "unserved_needs": unserved,
        "noise_answer_ids": buckets.get("N", []),
    }
    return answers, truth


def main():
    for s in SESSIONS:
        answers, truth = build(s)
        code = s["code"]
        with open(os.path.join(HERE, code + ".answers.jsonl"), "w", encoding="utf-8") as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, code + ".objectives.txt"), "w", encoding="utf-8") as f:
            for line, _ in s["objectives"]:
                f.write(line + "\n")
        with open(os.path.join(HERE, code + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %d participants, %d answers" % (code, len(s["participants"]), len(answers)))


if __name__ == "__main__":
    main()
