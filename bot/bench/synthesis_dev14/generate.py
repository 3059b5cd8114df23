#!/usr/bin/env python3
"""Generate the synthesis_dev14 planted-theme set (issue 18). Stdlib only, deterministic.

Usage: python3 generate.py [OUTPUT_DIR]   (default: this folder)
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Session "verre": Musée du Verre de Rivecourt (glass museum), French, 25 people
# ---------------------------------------------------------------------------
VERRE = {
    "session": "verre",
    "lang": "fr",
    "seed": 1401,
    "participants": [
        "Monique Lefèvre", "Jean-Pierre Garnier", "Sandrine Caron", "Thierry Dumas",
        "Nadia Benali", "Hélène Fabre", "Gérard Roux", "Chloé Marchand", "Patrick Leroy",
        "Isabelle Gauthier", "Mehdi Haddad", "Françoise Perrin", "Lucas Bertin",
        "Odile Chevalier", "Bernard Masson", "Élodie Robin", "Karim Saïdi", "Anne-Sophie Colin",
        "Yves Brunet", "Martine Lemaire", "Julien Faure", "Paulette Giraud", "Sébastien Noël",
        "Camille Aubert", "Roger Vidal",
    ],
    "questions": [
        "Qu'est-ce qui vous donnerait envie de devenir ambassadeur du musée ?",
        "Qu'est-ce qui pourrait vous freiner ?",
        "Quelle contribution vous verriez-vous apporter ?",
        "Le musée envisage des soirées festives (musique, bar) dans les salles. Qu'en pensez-vous ?",
    ],
    "objectives": [
        "Faire connaître l'histoire verrière de la ville aux jeunes générations",
        "Enrichir les collections grâce aux souvenirs et objets des familles",
        "Augmenter les ventes de la boutique du musée",
        "Renforcer le lien entre le musée et les habitants du territoire",
        "Former les ambassadeurs pour qu'ils se sentent légitimes face aux visiteurs",
        "Proposer des visites commentées par des ambassadeurs",
    ],
    "themes": {
        "transmission": "Pass the local glassmaking know-how on to children and grandchildren",
        "fierte_locale": "Pride in the town and its industrial past; wish to defend its image",
        "sociabilite": "Meet people, break isolation, make friends",
        "authenticite": "Fear of being used as an advertising mouthpiece, losing sincerity",
        "legitimite": "Feeling not knowledgeable enough, fear of saying something wrong",
        "mobilite": "Physical access and transport obstacles to getting to the museum",
        "guider": "Guide visitors, tell stories in the galleries",
        "archives_familiales": "Lend or give family objects, photos, memories to the collections",
    },
    "oppositions": {
        "soirees_festives": ("Evening parties in the galleries: for or against", {
            "pour": "For: modernises the place, brings new audiences",
            "contre": "Against: disrespectful, risky for the works, drives regulars away",
        }),
    },
    "minorities": {
        "artisans_reseau": "Working glass artisans want visibility / a professional network",
        "traduction": "Translate or welcome foreign visitors in their language",
    },
    "objective_support": {
        "Faire connaître l'histoire verrière de la ville aux jeunes générations": ["transmission"],
        "Enrichir les collections grâce aux souvenirs et objets des familles": ["archives_familiales"],
        "Augmenter les ventes de la boutique du musée": [],
        "Renforcer le lien entre le musée et les habitants du territoire": ["fierte_locale", "sociabilite"],
        "Former les ambassadeurs pour qu'ils se sentent légitimes face aux visiteurs": ["legitimite"],
        "Proposer des visites commentées par des ambassadeurs": ["guider"],
    },
    "answers": [
        # Q1
        [
            ("transmission", "que mes petits-enfants sachent ce que faisait leur arrière-grand-père devant le four"),
            ("transmission", "montrer aux gamins que le savoir-faire d'ici c'est pas du vent"),
            ("transmission", "transmettre avant que tout ça se perde, les anciens partent un par un"),
            ("transmission", "mes ados pensent que le verre ça sort d'une usine en Chine... faut leur ouvrir les yeux"),
            ("transmission", "Pour que les gosses du coin sachent d'où ils viennent"),
            ("transmission", "passer le flambeau aux petits, moi on m'a emmené là à 8 ans et ça m'a marqué"),
            ("transmission", "je suis instit retraitée, éveiller la curiosité des enfants c'est ma drogue"),
            ("transmission", "que nos descendants n'oublient pas les gestes des souffleurs"),
            ("fierte_locale", "Je suis fière de Rivecourt et de ce qu'on y a fabriqué pendant deux siècles"),
            ("fierte_locale", "on a trop longtemps eu honte d'être une ville ouvrière, ce lieu c'est notre revanche"),
            ("fierte_locale", "Rivecourt c'est pas que la fermeture des usines, y a de quoi se vanter"),
            ("fierte_locale", "défendre le coin, on parle de nous que pour le chômage"),
            ("fierte_locale", "l'attachement à mon patelin tout simplement"),
            ("fierte_locale", "les touristes passent sans s'arrêter, ça me fend le cœur, on a un trésor ici"),
            ("sociabilite", "rencontrer du monde, depuis la retraite je tourne en rond"),
            ("sociabilite", "sortir de chez moi et voir d'autres passionnés"),
            ("sociabilite", "l'ambiance, les gens du cercle des amis sont adorables"),
            ("sociabilite", "je viens d'emménager, c'est un bon moyen de me faire des copains"),
            ("sociabilite", "partager un café et des discussions avec d'autres curieux, ça manque"),
            ("sociabilite", "être moins seul le dimanche après-midi, soyons francs"),
            ("artisans_reseau", "je suis verrier, j'aimerais que mes pièces soient vues par les visiteurs"),
            ("artisans_reseau", "en tant qu'artisane ça me ferait un réseau pro et peut-être des clients"),
            ("noise", "j'sais pas"),
            ("noise", "la cafétéria est fermée depuis quand ?"),
            ("noise", "Bonne initiative en tout cas"),
        ],
        # Q2
        [
            ("authenticite", "pas envie de devenir un panneau publicitaire ambulant"),
            ("authenticite", "si on me fait réciter un texte tout fait, je décroche"),
            ("authenticite", "j'ai peur qu'on se serve de nous pour la com de la mairie"),
            ("authenticite", "je veux rester sincère, pas vendre un produit"),
            ("authenticite", "les messages formatés ça sonne faux, les gens le sentent tout de suite"),
            ("authenticite", "devenir le VRP du musée, très peu pour moi"),
            ("authenticite", "qu'on me dicte quoi poster, non merci"),
            ("authenticite", "perdre ma liberté de dire quand une expo est ratée"),
            ("legitimite", "je ne suis pas historienne de l'art, qui suis-je pour expliquer ?"),
            ("legitimite", "peur de dire une bêtise devant un visiteur qui s'y connaît"),
            ("legitimite", "j'y connais pas grand chose en fait, j'aime juste regarder"),
            ("legitimite", "pas assez calé sur les techniques de soufflage"),
            ("legitimite", "manque de connaissances, je me sentirais imposteur"),
            ("legitimite", "et si on me pose une question pointue ? je vais bafouiller"),
            ("legitimite", "je suis juste un habitué, pas un spécialiste"),
            ("mobilite", "les escaliers du 2e étage, avec mon genou c'est un calvaire"),
            ("mobilite", "pas de bus le week-end depuis mon village"),
            ("mobilite", "je ne conduis plus, venir jusqu'au musée c'est toute une expédition"),
            ("mobilite", "se garer à côté c'est mission impossible"),
            ("mobilite", "fauteuil roulant, et l'ascenseur est souvent en panne"),
            ("mobilite", "j'habite à 40 km, l'essence coûte un bras"),
            ("noise", "rien de spécial"),
            ("noise", "vous pouvez répéter la question ?"),
        ],
        # Q3
        [
            ("guider", "faire visiter les salles, raconter les anecdotes"),
            ("guider", "accompagner des petits groupes le samedi"),
            ("guider", "je me vois bien expliquer le four aux gens qui passent"),
            ("guider", "animer une balade commentée autour des anciennes verreries"),
            ("guider", "raconter aux curieux de passage ce que je sais"),
            ("guider", "servir de guide bénévole pour les touristes"),
            ("guider", "être là dans les expos pour répondre et papoter avec le public"),
            ("guider", "une visite du dimanche matin, à ma sauce"),
            ("guider", "conduire les groupes, je fais déjà ça au club rando"),
            ("archives_familiales", "mon grand-père était souffleur, j'ai encore ses cannes et ses pinces"),
            ("archives_familiales", "des photos de l'usine dans les années 50, un plein carton au grenier"),
            ("archives_familiales", "prêter les carafes de ma grand-mère, signées de la manufacture"),
            ("archives_familiales", "enregistrer les souvenirs de mon père avant qu'il perde la mémoire"),
            ("archives_familiales", "j'ai des fiches de paie et des carnets d'atelier de 1930"),
            ("archives_familiales", "donner le service à liqueur de la famille, il dort dans un placard"),
            ("archives_familiales", "recueillir les témoignages des anciens ouvriers de mon quartier"),
            ("archives_familiales", "scanner nos albums de famille pour vos réserves"),
            ("archives_familiales", "ma tante a bossé au tri, elle en a plein à raconter sur cette époque"),
            ("traduction", "traduire les cartels en anglais, je suis prof d'anglais"),
            ("traduction", "je parle allemand, je pourrais accueillir les touristes allemands"),
            ("traduction", "mettre les panneaux en espagnol pour les étrangers"),
            ("noise", "je verrai selon la météo"),
            ("noise", "aucune idée pour l'instant"),
        ],
        # Q4
        [
            ("soirees_festives/pour", "Génial, enfin un truc pour les 20-35 ans !"),
            ("soirees_festives/pour", "oui ! ça dépoussière l'image du lieu"),
            ("soirees_festives/pour", "j'amènerais mes collègues direct"),
            ("soirees_festives/pour", "top, les musées de Lyon le font et c'est blindé"),
            ("soirees_festives/pour", "bonne idée, faut attirer du monde qui n'y met jamais les pieds"),
            ("soirees_festives/pour", "pourquoi pas, un verre à la main devant les vitrines c'est sympa"),
            ("soirees_festives/pour", "oui mille fois, le musée est trop sage"),
            ("soirees_festives/pour", "ça donnerait une raison de revenir le soir après le boulot"),
            ("soirees_festives/pour", "carrément pour, faut vivre avec son temps"),
            ("soirees_festives/pour", "favorable, la culture c'est aussi la fête"),
            ("soirees_festives/pour", "j'adore l'idée, surtout avec des démos de soufflage en nocturne"),
            ("soirees_festives/contre", "non, c'est un lieu de mémoire pas une boîte de nuit"),
            ("soirees_festives/contre", "le bruit et l'alcool à côté de pièces fragiles ? n'importe quoi"),
            ("soirees_festives/contre", "contre. on va attirer des gens qui se fichent des collections"),
            ("soirees_festives/contre", "surtout pas, ça va dénaturer l'endroit"),
            ("soirees_festives/contre", "je trouve ça irrespectueux envers les ouvriers qu'on honore ici"),
            ("soirees_festives/contre", "un verre de vin renversé sur une vitrine du XVIIIe... non merci"),
            ("soirees_festives/contre", "pas d'accord du tout, le calme c'est ce que j'aime ici"),
            ("soirees_festives/contre", "les soirées DJ, qu'ils les fassent ailleurs"),
            ("soirees_festives/contre", "non. risque de casse, et ça fait fuir les habitués"),
            ("soirees_festives/contre", "opposée, le musée n'a pas à courir après la mode"),
            ("soirees_festives/contre", "bof bof, c'est pas sa vocation, je suis contre"),
            ("noise", "je sais pas trop, j'ai jamais été en soirée de ma vie lol"),
        ],
    ],
}

# ---------------------------------------------------------------------------
# Session "rovers": Ashby Rovers FC supporters, English, 40 people
# ---------------------------------------------------------------------------
_FIRST = ["Gary", "Sharon", "Dean", "Kelly", "Liam", "Paula", "Craig", "Jess", "Wayne", "Aisha",
          "Tom", "Becky", "Darren", "Sophie", "Mo", "Lauren", "Steve", "Nicola", "Ryan", "Hannah"]
_LAST = ["Whitaker", "Bramley", "Okafor", "Hughes", "Pearson", "Nolan", "Singh", "Briggs",
         "Fletcher", "Doyle", "Marsh", "Kowalski", "Atkins", "Begum", "Lowe", "Sutcliffe",
         "Holt", "Ramsay", "Ellis", "Carver", "Ahmed", "Finch", "Gallagher", "Moss", "Reid",
         "Thornton", "Patel", "Bishop", "Cole", "Dunn", "Hartley", "Iqbal", "Jennings", "Kerr",
         "Lister", "Mahoney", "Nash", "Oakes", "Price", "Quinn"]
ROVERS = {
    "session": "rovers",
    "lang": "en",
    "seed": 1402,
    "participants": ["%s %s" % (_FIRST[i % len(_FIRST)], _LAST[i]) for i in range(40)],
    "questions": [
        "What would make you want to be an official Ashby Rovers ambassador?",
        "What worries you about it, or could put you off?",
        "What should the club give ambassadors in return?",
    ],
    "objectives": [
        "Grow matchday attendance with first-time supporters",
        "Strengthen the club's ties with local schools and charities",
        "Celebrate and share the club's history",
        "Give fans a structured say through a supporters' advisory panel",
        "Increase merchandise revenue through ambassador referrals",
    ],
    "themes": {
        "new_faces": "Bring new people into the ground, fill empty seats",
        "community_roots": "The club as part of the town: schools, food bank, grassroots, charities",
        "heritage": "Keep the club's past, legends and memories alive",
        "mouthpiece": "Fear of becoming the owners' PR tool and losing the right to criticise",
        "no_time": "Shifts, family, studies: little time to give",
        "online_abuse": "Fear of online abuse, trolls, pile-ons, doxxing",
        "fan_voice": "Want a real say in club decisions, to be listened to",
    },
    "oppositions": {
        "rewards": ("Should ambassadors get perks: yes vs no", {
            "perks": "Yes: tangible perks (priority, discounts, hospitality)",
            "no_perks": "No: perks make it transactional and divide the fanbase",
        }),
    },
    "minorities": {
        "disabled_access": "Use the role to advocate for disabled fans' access",
        "women_team": "Push the club to back its women's team and girls' academy",
    },
    "objective_support": {
        "Grow matchday attendance with first-time supporters": ["new_faces"],
        "Strengthen the club's ties with local schools and charities": ["community_roots"],
        "Celebrate and share the club's history": ["heritage"],
        "Give fans a structured say through a supporters' advisory panel": ["fan_voice"],
        "Increase merchandise revenue through ambassador referrals": [],
    },
    "answers": [
        # Q1
        [
            ("new_faces", "Getting bums on seats. The East Stand is half empty most Saturdays"),
            ("new_faces", "I've dragged four mates along this season and they're all hooked now"),
            ("new_faces", "Want local kids wearing our shirt instead of Man City ones"),
            ("new_faces", "bring new faces to the ground, the crowd is getting older every year"),
            ("new_faces", "my nephew's never been to a game, would love to convert people like him"),
            ("new_faces", "fill the place up!! atmosphere dies when there's 3k in"),
            ("new_faces", "convincing the lads from work to come along instead of watching Sky"),
            ("new_faces", "more people through the turnstiles = more noise = more points lol"),
            ("new_faces", "so newcomers get a proper welcome on their debut at Vale Road"),
            ("new_faces", "There's a whole estate up the road who've never set foot in the stadium"),
            ("new_faces", "recruit the next lot of season ticket holders before we all die off"),
            ("community_roots", "The Rovers should be part of the town, not just 90 mins on a Saturday"),
            ("community_roots", "I want to help with the food bank collections at home games"),
            ("community_roots", "visiting schools with the players, that stuff matters to kids round here"),
            ("community_roots", "giving back to Ashby, it's been good to my family"),
            ("community_roots", "grassroots football - the junior leagues need help and kit"),
            ("community_roots", "doing stuff for the community, hospital visits at christmas etc"),
            ("community_roots", "Our town's had a rough decade, the club can be the glue"),
            ("community_roots", "volunteering at the foundation's holiday camps"),
            ("community_roots", "Helping local charities get a bit of exposure through the club"),
            ("community_roots", "being a link with the neighbourhood, esp older folks who live alone"),
            ("heritage", "Rovers have 130 years of history and nobody under 30 knows any of it"),
            ("heritage", "telling the story of the '76 cup run to anyone who'll listen"),
            ("heritage", "my grandad played for the reserves in the 50s, I want that remembered"),
            ("heritage", "keep the old Vale Road memories alive"),
            ("heritage", "proud of where we come from - founded by railway workers!"),
            ("heritage", "I collect old programmes, would love to share them"),
            ("heritage", "the legends deserve more recognition, half the stands aren't even named after them"),
            ("heritage", "honouring the past, it's what makes us different from the franchise clubs"),
            ("heritage", "because the heritage is the best thing about this club"),
            ("disabled_access", "I'm a wheelchair user and the away section is a disgrace, I'd use the role to push for better access"),
            ("disabled_access", "as a blind fan I'd like to help get audio commentary sorted for people like me"),
            ("disabled_access", "to speak up for disabled fans, we're always an afterthought"),
            ("noise", "dunno really"),
            ("noise", "is this the same as the fan zone thing?"),
            ("noise", "UTR!!"),
            ("noise", "who's the new kit sponsor btw"),
        ],
        # Q2
        [
            ("mouthpiece", "Becoming a mouthpiece for the owners. No chance"),
            ("mouthpiece", "would I still be allowed to slag off the board when they get it wrong?"),
            ("mouthpiece", "worried we'd just be free PR for the club"),
            ("mouthpiece", "don't want to be told what to tweet"),
            ("mouthpiece", "feels like they want influencers not fans"),
            ("mouthpiece", "if I have to smile and wave while they hike prices, forget it"),
            ("mouthpiece", "being gagged basically"),
            ("mouthpiece", "turning us into an unpaid marketing department"),
            ("mouthpiece", "losing my independence, I'm on the Trust committee and speak my mind"),
            ("mouthpiece", "they'd use our faces to sell the stadium naming rights deal"),
            ("mouthpiece", "scripted posts. people can smell it a mile off"),
            ("mouthpiece", "that we'd be expected to defend the indefensible after another bad transfer window"),
            ("no_time", "shift work, can't promise anything"),
            ("no_time", "I've got three kids and a job, weekends are already rammed"),
            ("no_time", "away days already eat my whole Saturday"),
            ("no_time", "honestly not sure I could fit it in"),
            ("no_time", "I work nights"),
            ("no_time", "too busy with uni deadlines"),
            ("no_time", "being asked to do loads and feeling guilty saying no"),
            ("no_time", "my hours are all over the place"),
            ("no_time", "caring for my mum takes up most evenings"),
            ("no_time", "busy season at work runs Sept to Dec, right in the thick of it"),
            ("no_time", "would it be every week? can't do every week"),
            ("online_abuse", "getting abuse online from rival fans"),
            ("online_abuse", "Twitter is a sewer, I don't want a target on my back"),
            ("online_abuse", "people on the forums will call us plastic or club snitches"),
            ("online_abuse", "trolls. had enough of them already"),
            ("online_abuse", "getting pile-ons every time we lose"),
            ("online_abuse", "the nastiness on social media, esp if you're a woman"),
            ("online_abuse", "being screenshotted and mocked in the Ultras group chat"),
            ("online_abuse", "my kids seeing the hate I'd get"),
            ("online_abuse", "some of our own lot can be vicious to anyone seen as close to the board"),
            ("online_abuse", "doxxing, honestly. someone posted my address after a derby once"),
            ("noise", "nothing really"),
            ("noise", "n/a"),
            ("noise", "hmm"),
            ("noise", "the pies have gone downhill"),
        ],
        # Q3
        [
            ("rewards/perks", "priority on away tickets, that's the one that matters"),
            ("rewards/perks", "first dibs for the cup final"),
            ("rewards/perks", "a discount on the season ticket renewal"),
            ("rewards/perks", "a freebie to bring a newcomer along"),
            ("rewards/perks", "something tangible - hospitality for a game, meet the squad"),
            ("rewards/perks", "earn points toward cheaper seats, why not"),
            ("rewards/perks", "perks, obviously. we'd be doing work for them"),
            ("rewards/perks", "a couple of comps a season would be fair"),
            ("rewards/perks", "early access to the big games, ballot jumps etc"),
            ("rewards/no_perks", "Nothing. You don't get paid to love your club"),
            ("rewards/no_perks", "no perks please, it creates a two-tier fanbase"),
            ("rewards/no_perks", "rewards would make it transactional, that's not what following Rovers is"),
            ("rewards/no_perks", "zero. The minute there's freebies people will do it for the wrong reasons"),
            ("rewards/no_perks", "I don't want anything, seriously"),
            ("rewards/no_perks", "giving stuff to some fans and not others? divisive"),
            ("rewards/no_perks", "don't need a thing, just pride"),
            ("rewards/no_perks", "no rewards - keeps it honest"),
            ("rewards/no_perks", "nothing in return, it should be voluntary or it's pointless"),
            ("fan_voice", "a proper say in decisions, not a token consultation"),
            ("fan_voice", "a seat at the table when they're deciding ticket prices"),
            ("fan_voice", "regular meetings with the CEO where they actually listen"),
            ("fan_voice", "being consulted before they change the crest again"),
            ("fan_voice", "that our views get taken seriously by the board"),
            ("fan_voice", "a vote on kit design at least lol"),
            ("fan_voice", "influence over how matchdays work - the fan zone, the music, all that"),
            ("fan_voice", "being listened to"),
            ("fan_voice", "feedback that goes somewhere, with answers back"),
            ("fan_voice", "the right to be heard on stadium plans"),
            ("fan_voice", "someone upstairs who reads what we say"),
            ("fan_voice", "an actual voice, like the German clubs have"),
            ("women_team", "more backing for Rovers Women, they get nothing"),
            ("women_team", "take the women's side as seriously as the men's"),
            ("women_team", "promote the girls' academy, my daughter plays"),
            ("noise", "not fussed"),
            ("noise", "see above"),
            ("noise", "good luck with it all"),
        ],
    ],
}

# ---------------------------------------------------------------------------
# Session "domicile": Entour'Âge home-care agency, families; French + English, 10 people
# Participants 1-6 write in French, 7-10 in English. Explicit assignment (participant index).
# ---------------------------------------------------------------------------
DOMICILE = {
    "session": "domicile",
    "lang": "fr+en",
    "seed": 1403,
    "participants": [
        "Brigitte Morel", "Laurent Petitjean", "Fatima Ouali", "Christine Barbier", "Henri Lacombe",
        "Sylvie Renaud", "Margaret Holloway", "David Greenberg", "Siobhan Kelly", "Peter van Dijk",
    ],
    "questions": [
        "Pourquoi auriez-vous envie d'être ambassadeur d'Entour'Âge ? / Why would you want to be an Entour'Âge ambassador?",
        "Qu'est-ce qui vous retient ? / What holds you back?",
        "Concrètement, que seriez-vous prêt à faire ? / What would you actually be willing to do?",
        "Qu'attendez-vous en retour ? / What would you expect in return?",
        "Combien de temps pourriez-vous y consacrer, et sous quelle forme ? / How much time could you give, and in what form?",
    ],
    "objectives": [
        "Augmenter le nombre de familles qui nous découvrent par recommandation",
        "Valoriser le métier d'auxiliaire de vie auprès du public",
        "Recueillir les retours des familles pour améliorer la qualité des interventions",
        "Adapter les sollicitations au temps et aux contraintes des aidants",
        "Développer la présence de l'agence sur les réseaux sociaux",
    ],
    "themes": {
        "guider_familles": "Help other families who are lost when a parent becomes dependent",
        "reconnaitre_intervenantes": "Make the carers' work seen and recognised",
        "pudeur_parent": "Reluctance to expose the parent's illness or dignity",
        "peur_responsabilite": "Fear of being blamed if a recommended family is disappointed",
        "bouche_a_oreille": "Mention the agency locally: pharmacy, neighbours, parish, school gate",
        "etre_ecoute": "Expect their feedback to be heard and acted on",
        "temps_ponctuel": "Very little, irregular time",
        "a_distance": "Only from home / remotely, cannot leave the parent",
    },
    "oppositions": {
        "contrepartie": ("Reward for recommending: a discount vs nothing at all", {
            "remise": "A discount on the care bill",
            "rien": "Nothing: being paid would spoil the recommendation",
        }),
    },
    "minorities": {
        "former_recrues": "Speak to new carers during their induction about what families notice",
    },
    "objective_support": {
        "Augmenter le nombre de familles qui nous découvrent par recommandation": ["guider_familles", "bouche_a_oreille"],
        "Valoriser le métier d'auxiliaire de vie auprès du public": ["reconnaitre_intervenantes"],
        "Recueillir les retours des familles pour améliorer la qualité des interventions": ["etre_ecoute"],
        "Adapter les sollicitations au temps et aux contraintes des aidants": ["temps_ponctuel", "a_distance"],
        "Développer la présence de l'agence sur les réseaux sociaux": [],
    },
    "answers": [
        # Q1
        [
            ("guider_familles", 1, "Quand maman est sortie de l'hôpital on était complètement perdus, j'aurais rêvé que qqn nous guide"),
            ("guider_familles", 3, "aider ceux qui débarquent là-dedans sans rien comprendre aux aides, à l'APA, tout ça"),
            ("guider_familles", 5, "rendre la pareille... d'autres m'ont tendu la main au début, à mon tour"),
            ("guider_familles", 8, "When Dad came home from hospital we had no clue who to call. If I can spare another family that panic, count me in"),
            ("guider_familles", 10, "other people's kids are going thru exactly what we went through, I'd like to point them somewhere decent"),
            ("reconnaitre_intervenantes", 2, "Les filles qui passent chez papa font un boulot énorme et personne ne le sait"),
            ("reconnaitre_intervenantes", 4, "que les gens voient enfin ce que font les intervenantes, c'est pas juste du ménage !!"),
            ("reconnaitre_intervenantes", 7, "Honestly the carers deserve way more credit than they get"),
            ("reconnaitre_intervenantes", 9, "the ladies who come to mum's are underpaid heroes, somebody should say it out loud"),
            ("noise", 6, "bonne question, je sais pas trop encore"),
        ],
        # Q2 (participant 4 skips)
        [
            ("pudeur_parent", 1, "je veux pas exposer ma mère, elle a sa fierté"),
            ("pudeur_parent", 2, "la maladie de mon père c'est pas un sujet à étaler"),
            ("pudeur_parent", 6, "chez nous on est pudiques, parler de la vieillesse de ses parents ça se fait pas trop"),
            ("pudeur_parent", 7, "Not comfortable putting my father's condition out there for everyone to see"),
            ("pudeur_parent", 10, "mum would be mortified if she knew I was discussing her incontinence with strangers"),
            ("peur_responsabilite", 3, "si je recommande et que ça se passe mal chez la voisine, c'est moi qu'on viendra chercher"),
            ("peur_responsabilite", 5, "peur d'être tenue pour responsable si une famille est déçue"),
            ("peur_responsabilite", 8, "What if I send a friend your way and something goes wrong? I'd never forgive myself"),
            ("peur_responsabilite", 9, "don't want it on my conscience if a referral turns out badly"),
        ],
        # Q3 (participant 9 skips)
        [
            ("bouche_a_oreille", 2, "j'en parle déjà à la pharmacie et chez le médecin, ça je peux continuer"),
            ("bouche_a_oreille", 3, "au club des anciens de ma mère, y a toujours qqn qui cherche de l'aide"),
            ("bouche_a_oreille", 6, "glisser votre nom aux voisins du quartier quand ça se présente"),
            ("bouche_a_oreille", 7, "I could mention you at the parish coffee mornings"),
            ("bouche_a_oreille", 10, "tell people at the school gate, half of them have an ageing parent now"),
            ("former_recrues", 1, "je pourrais venir expliquer aux nouvelles recrues ce qui compte vraiment pour nous, les familles"),
            ("former_recrues", 8, "happy to speak to new staff during their induction about what families notice day to day"),
            ("noise", 4, "?"),
            ("noise", 5, "vous avez changé de logo non ?"),
        ],
        # Q4
        [
            ("contrepartie/remise", 2, "une réduc sur les heures d'intervention, ça aiderait vraiment vu le prix"),
            ("contrepartie/remise", 5, "un geste sur la facture, soyons honnêtes"),
            ("contrepartie/remise", 9, "a discount on the monthly bill would be nice, care isn't cheap"),
            ("contrepartie/rien", 1, "rien du tout, si on me paie pour recommander ça fausse tout"),
            ("contrepartie/rien", 6, "surtout pas d'argent, je le fais par conviction"),
            ("contrepartie/rien", 7, "Nothing. The moment there's a reward my word is worth less"),
            ("etre_ecoute", 3, "qu'on m'écoute vraiment quand un truc cloche dans le planning"),
            ("etre_ecoute", 4, "une ligne directe avec la responsable de secteur quand y a un souci"),
            ("etre_ecoute", 8, "that our feedback actually reaches someone who can change things"),
            ("etre_ecoute", 10, "be heard when something's off instead of getting the standard reply"),
        ],
        # Q5
        [
            ("temps_ponctuel", 1, "une heure par mois grand max"),
            ("temps_ponctuel", 4, "ponctuellement, quand j'ai un creux"),
            ("temps_ponctuel", 5, "pas de planning fixe, au coup par coup"),
            ("temps_ponctuel", 8, "maybe once a quarter, realistically"),
            ("temps_ponctuel", 9, "the odd hour here and there, can't commit to anything regular"),
            ("a_distance", 2, "à distance uniquement, je peux pas laisser papa seul"),
            ("a_distance", 3, "par téléphone le soir, une fois qu'il est couché"),
            ("a_distance", 7, "from home only, zoom or email whatever"),
            ("a_distance", 10, "online stuff is fine, getting out of the house isn't"),
            ("noise", 6, "ma sœur s'en occupe mieux que moi de ces trucs-là"),
        ],
    ],
}

SESSIONS = [VERRE, ROVERS, DOMICILE]


def assign(spec):
    """Return a list of (participant_index 0-based, question_index, bucket, text)."""
    rng = random.Random(spec["seed"])
    n = len(spec["participants"])
    rows = []
    skipped = set()
    for qi, answers in enumerate(spec["answers"]):
        if answers and len(answers[0]) == 3:  # explicit participant numbers (1-based)
            for bucket, p, text in answers:
                rows.append((p - 1, qi, bucket, text))
            continue
        n_skip = n - len(answers)
        pool = sorted(set(range(n)) - skipped)
        skippers = set(rng.sample(pool, n_skip))
        skipped |= skippers
        who = [p for p in range(n) if p not in skippers]
        rng.shuffle(who)
        order = list(answers)
        rng.shuffle(order)
        for p, (bucket, text) in zip(who, order):
            rows.append((p, qi, bucket, text))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def build(spec):
    sid = spec["session"]
    rows = assign(spec)
    records, bucket_ids = [], {}
    for k, (p, qi, bucket, text) in enumerate(rows, 1):
        aid = "%s-%03d" % (sid, k)
        records.append({"id": aid, "participant": spec["participants"][p],
                        "question": spec["questions"][qi], "answer": text})
        bucket_ids.setdefault(bucket, []).append(aid)
    truth = {
        "session": sid,
        "lang": spec["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d,
                    "answer_ids": bucket_ids.get(k, [])} for k, d in spec["themes"].items()],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": s, "answer_ids": bucket_ids.get("%s/%s" % (k, s), [])}
                                   for s in sides]}
                        for k, (d, sides) in spec["oppositions"].items()],
        "minorities": [{"key": k, "description": d, "answer_ids": bucket_ids.get(k, [])}
                       for k, d in spec["minorities"].items()],
        "objective_support": [{"objective": o, "themes": spec["objective_support"][o]}
                              for o in spec["objectives"]],
        "unsupported_objectives": [o for o in spec["objectives"] if not spec["objective_support"][o]],
        "unserved_needs": [k for k in spec["themes"]
                           if not any(k in v for v in spec["objective_support"].values())],
        "noise_answer_ids": bucket_ids.get("noise", []),
    }
    return records, truth


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    for spec in SESSIONS:
        records, truth = build(spec)
        sid = spec["session"]
        with open(os.path.join(out, sid + ".answers.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(out, sid + ".objectives.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(spec["objectives"]) + "\n")
        with open(os.path.join(out, sid + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote %d sessions to %s" % (len(SESSIONS), out))


if __name__ == "__main__":
    main()
