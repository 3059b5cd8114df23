#!/usr/bin/env python3
"""Writes the blind synthesis development set (issue 18 format). Stdlib only, deterministic."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2026-12-05"

# Category entry: (key, kind, question_index, lang, text)
#   kind: "theme" | "side:<opposition_key>:<side label>" | "minority" | "noise"

Q_FR_BANK = [
    "Qu'est-ce qui vous donnerait envie de devenir ambassadeur de l'offre Cap Installation ?",
    "Qu'est-ce qui pourrait vous freiner ?",
    "Quelles contributions vous tenteraient le plus ?",
    "Sous quelle forme et à quel moment pourriez-vous participer ?",
    "Qu'attendez-vous du programme en retour ?",
]
Q_EN_BIKE = [
    "What would make you want to be a Tidewheel ambassador?",
    "What might hold you back?",
    "Which contributions would you enjoy most?",
    "How much time could you give, and when?",
    "What should the program give you in return?",
]
Q_FR_MUS = [
    "Qu'est-ce qui vous motiverait à devenir ambassadeur du réseau ?",
    "Qu'est-ce qui pourrait vous freiner ?",
    "Quelles contributions aimeriez-vous apporter ?",
    "Quel temps pourriez-vous y consacrer ?",
    "Qu'aimeriez-vous que le programme vous apporte ?",
]
Q_EN_MUS = [
    "What would motivate you to become an ambassador for the network?",
    "What might hold you back?",
    "Which contributions would you like to make?",
    "How much time could you give?",
    "What would you like the program to bring you?",
]

SESSIONS = []

# ---------------------------------------------------------------- session 1 (fr)
S1 = {
    "code": "valterre-ja",
    "lang": "fr",
    "client": "Banque Valterre (banque régionale coopérative), offre Cap Installation jeunes agriculteurs",
    "questions": {"fr": Q_FR_BANK},
    "participants": [(n, "fr") for n in [
        "Maxime Bertin", "Léa Gaudin", "Thomas Rivière", "Camille Perrot", "Julien Marchal",
        "Pauline Texier", "Antoine Brunet", "Manon Leclerc", "Hugo Chauvin", "Clara Besnard",
        "Romain Guérin", "Émilie Fouquet", "Kévin Jolivet", "Sarah Hamon", "Baptiste Collin",
        "Océane Pasquier", "Florian Giraud", "Marine Delaunay", "Quentin Roussel", "Justine Barré",
        "Nicolas Lemaître", "Anaïs Boucher", "Jérémy Tessier", "Laura Vasseur", "Alexis Morin",
        "Chloé Renaud", "Mathieu Poirier", "Élodie Carré", "Valentin Hardy", "Margaux Lebrun",
        "Guillaume Charpentier", "Aurélie Millet", "Dylan Perret", "Solène Rigaud",
    ]],
    "descriptions": {
        "entraide": "Aider les nouveaux installés à éviter les galères vécues (rendre ce qu'on a reçu)",
        "image": "Montrer que le métier d'agriculteur a de l'avenir, en redorer l'image",
        "commercial": "Crainte de passer pour un commercial / VRP de la banque auprès des voisins",
        "saison": "Disponible seulement hors saison (hiver, entre deux chantiers) ; pas le temps en pleine saison",
        "visite": "Accueillir des jeunes qui veulent se lancer sur sa ferme pour leur montrer le concret",
        "bouche": "Recommander la banque directement à son entourage (bouche-à-oreille, mise en relation)",
        "conseiller": "Avoir un conseiller dédié qui connaît vraiment l'agriculture",
        "m_echec": "Témoigner honnêtement sur les échecs et difficultés, pas seulement la réussite",
        "m_confid": "Peur que sa situation financière personnelle soit exposée",
        "o_canal": "Forme de participation : en présentiel ou à distance",
        "o_reward": "Contrepartie : avantage financier personnel ou soutien collectif au territoire",
    },
    "entries": [
        # Q1 motivations
        ("entraide", "theme", 0, "fr", "Eviter aux suivants de galérer comme moi avec le dossier DJA"),
        ("entraide", "theme", 0, "fr", "J'aurais adoré avoir quelqu'un pour me guider quand je me suis lancé, alors si je peux rendre la pareille..."),
        ("entraide", "theme", 0, "fr", "filer un coup de main à ceux qui démarrent"),
        ("entraide", "theme", 0, "fr", "Transmettre ce que j'ai appris à la dure : prévisionnel, banque, MSA, tout ça"),
        ("entraide", "theme", 0, "fr", "aider les nouveaux installés a pas faire les memes erreurs que moi"),
        ("entraide", "theme", 0, "fr", "Parce qu'on m'a tendu la main à mes débuts et que c'est normal de renvoyer l'ascenseur."),
        ("entraide", "theme", 0, "fr", "partager mes astuces pour monter le plan d'entreprise"),
        ("entraide", "theme", 0, "fr", "Accompagner un ou deux jeunes qui reprennent une ferme hors cadre familial, c'est ce que j'ai vécu"),
        ("entraide", "theme", 0, "fr", "être le tuteur d'un gars ou d'une fille qui commence"),
        ("entraide", "theme", 0, "fr", "Que les prochains gagnent du temps là où moi j'en ai perdu des mois"),
        ("entraide", "theme", 0, "fr", "Rendre service à la relève, tout simplement"),
        ("entraide", "theme", 0, "fr", "Si mon expérience peut éviter un dépôt de bilan à quelqu'un, ça vaut le coup"),
        ("image", "theme", 0, "fr", "Montrer qu'on peut encore vivre de l'agriculture en 2026"),
        ("image", "theme", 0, "fr", "Redorer l'image du métier, on passe pour des pollueurs ou des râleurs"),
        ("image", "theme", 0, "fr", "prouver aux jeunes que s'installer c'est pas du suicide"),
        ("image", "theme", 0, "fr", "Que les gens voient que la profession bouge, qu'on est modernes"),
        ("image", "theme", 0, "fr", "donner envie"),
        ("image", "theme", 0, "fr", "Faire mentir ceux qui disent que l'élevage est foutu"),
        ("image", "theme", 0, "fr", "Parler positivement de notre boulot pour une fois, ça change des reportages catastrophe"),
        ("image", "theme", 0, "fr", "Casser les clichés sur les paysans"),
        ("image", "theme", 0, "fr", "montrer un autre visage de l'agriculture que celui des JT"),
        ("noise", "noise", 0, "fr", "Je sais pas trop"),
        ("noise", "noise", 0, "fr", "Ma femme m'a inscrit 😅"),
        ("noise", "noise", 0, "fr", "rien de spécial"),
        # Q2 brakes
        ("commercial", "theme", 1, "fr", "Passer pour le commercial de la banque auprès des voisins"),
        ("commercial", "theme", 1, "fr", "Je veux pas vendre des prêts, c'est pas mon job"),
        ("commercial", "theme", 1, "fr", "Peur qu'on me demande de faire du chiffre pour vous"),
        ("commercial", "theme", 1, "fr", "si c'est pour faire de la pub déguisée, non merci"),
        ("commercial", "theme", 1, "fr", "Qu'on me prenne pour un VRP de Valterre"),
        ("commercial", "theme", 1, "fr", "Être vu comme celui qui touche une commission sur les copains"),
        ("commercial", "theme", 1, "fr", "le côté démarchage. Je suis paysan, pas représentant"),
        ("commercial", "theme", 1, "fr", "Que ça tourne au marketing et qu'on perde la sincérité"),
        ("commercial", "theme", 1, "fr", "j'ai pas envie que le voisinage pense que je me fais payer pour leur refourguer un crédit"),
        ("commercial", "theme", 1, "fr", "ne pas devenir un panneau publicitaire"),
        ("commercial", "theme", 1, "fr", "je crains qu'on mélange amitié et business"),
        ("saison", "theme", 1, "fr", "Le temps. En période de vêlages je dors 4h par nuit"),
        ("saison", "theme", 1, "fr", "la charge de travail, surtout l'été avec les moissons"),
        ("saison", "theme", 1, "fr", "Les journées sont déjà trop courtes entre la traite et les papiers"),
        ("saison", "theme", 1, "fr", "Dispo zéro d'avril à septembre"),
        ("m_confid", "minority", 1, "fr", "Que ma situation financière soit étalée devant tout le monde"),
        ("m_confid", "minority", 1, "fr", "Je ne veux pas que mes chiffres (endettement, revenus) circulent"),
        ("m_confid", "minority", 1, "fr", "la confidentialité : mon banquier connaît mes comptes, pas mes voisins, et ça doit rester comme ça"),
        ("noise", "noise", 1, "fr", "Rien"),
        ("noise", "noise", 1, "fr", "Aucun pour l'instant"),
        # Q3 contributions
        ("visite", "theme", 2, "fr", "Accueillir des jeunes chez moi pour qu'ils voient la réalité du terrain"),
        ("visite", "theme", 2, "fr", "recevoir du monde à la ferme, montrer la salle de traite, le robot"),
        ("visite", "theme", 2, "fr", "Une journée ferme ouverte avec les gens qui veulent se lancer"),
        ("visite", "theme", 2, "fr", "Qu'ils viennent voir mon atelier volailles en vrai, ça vaut tous les discours"),
        ("visite", "theme", 2, "fr", "faire visiter mon élevage"),
        ("visite", "theme", 2, "fr", "Montrer mes installations à ceux qui hésitent à reprendre"),
        ("visite", "theme", 2, "fr", "Ouvrir la stabulation un samedi matin, café et tour des bâtiments"),
        ("visite", "theme", 2, "fr", "Les recevoir sur place pendant les semis, qu'ils voient le boulot concret"),
        ("visite", "theme", 2, "fr", "Leur faire faire le tour de mes vignes et du chai"),
        ("visite", "theme", 2, "fr", "Qu'ils passent une journée avec moi pendant la traite"),
        ("visite", "theme", 2, "fr", "les inviter chez nous voir comment on a monté l'atelier de transformation"),
        ("bouche", "theme", 2, "fr", "En parler aux copains qui ont un projet d'installation"),
        ("bouche", "theme", 2, "fr", "Recommander la banque au comice ou au marché quand ça vient dans la conversation"),
        ("bouche", "theme", 2, "fr", "Donner le nom de mon conseiller à un voisin qui cherche un financement"),
        ("bouche", "theme", 2, "fr", "Le bouche à oreille, c'est comme ça que ça marche chez nous"),
        ("bouche", "theme", 2, "fr", "orienter les jeunes de la CUMA vers vous quand ils cherchent un prêt"),
        ("bouche", "theme", 2, "fr", "dire du bien de vous autour de moi si on me demande"),
        ("bouche", "theme", 2, "fr", "Mettre en relation mon beau-frère qui veut reprendre la ferme de son père"),
        ("bouche", "theme", 2, "fr", "présenter un pote à ma conseillère"),
        ("bouche", "theme", 2, "fr", "Glisser un mot aux voisins qui reprennent"),
        ("bouche", "theme", 2, "fr", "donner vos coordonnées à mes connaissances qui veulent s'installer"),
        ("m_echec", "minority", 2, "fr", "Témoigner aussi sur les galères, pas juste la belle histoire"),
        ("m_echec", "minority", 2, "fr", "Raconter la fois où j'ai failli arrêter, c'est ça qui sert vraiment"),
        ("m_echec", "minority", 2, "fr", "Un récit vrai, avec la sécheresse de 2022 et les dettes, pas une pub"),
        ("noise", "noise", 2, "fr", "?"),
        ("noise", "noise", 2, "fr", "je verrai"),
        ("noise", "noise", 2, "fr", "Pourquoi pas un calendrier des agriculteurs comme les pompiers"),
        # Q4 form and timing
        ("saison", "theme", 3, "fr", "L'hiver uniquement, de novembre à février"),
        ("saison", "theme", 3, "fr", "Entre deux saisons, jamais pendant la récolte"),
        ("saison", "theme", 3, "fr", "Après les vendanges"),
        ("saison", "theme", 3, "fr", "hors période de mise bas"),
        ("saison", "theme", 3, "fr", "Quand c'est calme, en gros janvier"),
        ("saison", "theme", 3, "fr", "en dehors des gros chantiers de printemps et d'été"),
        ("saison", "theme", 3, "fr", "Décembre-janvier c'est jouable, le reste de l'année oubliez"),
        ("saison", "theme", 3, "fr", "Pas en juin juillet août !!"),
        ("saison", "theme", 3, "fr", "la morte saison"),
        ("o_canal", "side:En présentiel", 3, "fr", "En vrai, autour d'une table, au bourg"),
        ("o_canal", "side:En présentiel", 3, "fr", "Des réunions à l'agence le samedi matin"),
        ("o_canal", "side:En présentiel", 3, "fr", "Sur les salons, au Space ou au Sommet de l'élevage"),
        ("o_canal", "side:En présentiel", 3, "fr", "en face à face, le téléphone c'est pas mon truc"),
        ("o_canal", "side:En présentiel", 3, "fr", "Au comice, là où on se croise déjà tous"),
        ("o_canal", "side:À distance", 3, "fr", "En visio le soir, après la traite"),
        ("o_canal", "side:À distance", 3, "fr", "Un groupe WhatsApp, je réponds quand j'ai deux minutes"),
        ("o_canal", "side:À distance", 3, "fr", "Des messages vocaux depuis le tracteur"),
        ("o_canal", "side:À distance", 3, "fr", "En ligne, j'ai 45 min de route pour aller en ville"),
        ("o_canal", "side:À distance", 3, "fr", "Par mail ou par appel, pas de déplacement"),
        ("noise", "noise", 3, "fr", "ça dépend"),
        ("noise", "noise", 3, "fr", "Voir avec mon associé"),
        # Q5 expectations
        ("conseiller", "theme", 4, "fr", "Un conseiller qui connaît vraiment l'agriculture, pas un gars qui fait aussi les prêts immo"),
        ("conseiller", "theme", 4, "fr", "Avoir un interlocuteur dédié qui comprend nos cycles de trésorerie"),
        ("conseiller", "theme", 4, "fr", "quelqu'un à la banque qui sait ce qu'est une PAC et un stock de fourrage"),
        ("conseiller", "theme", 4, "fr", "Une ligne directe avec un spécialiste agri quand ça va mal"),
        ("conseiller", "theme", 4, "fr", "Être suivi par la même personne, pas changer de chargé tous les ans"),
        ("conseiller", "theme", 4, "fr", "un banquier qui vient sur la ferme au lieu de me convoquer"),
        ("conseiller", "theme", 4, "fr", "Des rdv avec un expert qui parle notre langage"),
        ("conseiller", "theme", 4, "fr", "Un suivi par quelqu'un de la filière, qui comprend quand le prix du lait chute"),
        ("conseiller", "theme", 4, "fr", "du conseil sérieux"),
        ("conseiller", "theme", 4, "fr", "Un vrai accompagnement technique et financier par des gens du métier"),
        ("conseiller", "theme", 4, "fr", "pouvoir joindre quelqu'un qui connaît mon dossier sans passer par une plateforme"),
        ("o_reward", "side:Avantage financier personnel", 4, "fr", "Des frais de dossier offerts"),
        ("o_reward", "side:Avantage financier personnel", 4, "fr", "Une petite bonification sur le taux de mon prêt"),
        ("o_reward", "side:Avantage financier personnel", 4, "fr", "des réductions sur l'assurance récolte"),
        ("o_reward", "side:Avantage financier personnel", 4, "fr", "Un geste sur la cotisation de la carte, ça serait sympa"),
        ("o_reward", "side:Avantage financier personnel", 4, "fr", "un avantage en euros, soyons honnêtes"),
        ("o_reward", "side:Soutien collectif au territoire", 4, "fr", "Que la banque finance la fête des Jeunes Agriculteurs du canton"),
        ("o_reward", "side:Soutien collectif au territoire", 4, "fr", "Un don à l'association locale plutôt qu'un cadeau pour moi"),
        ("o_reward", "side:Soutien collectif au territoire", 4, "fr", "Soutenir la CUMA ou le comice, ça profite à tout le monde"),
        ("o_reward", "side:Soutien collectif au territoire", 4, "fr", "Qu'on aide à financer du matériel partagé pour le groupement"),
        ("o_reward", "side:Soutien collectif au territoire", 4, "fr", "un coup de pouce pour l'école du village, pas pour moi"),
        ("noise", "noise", 4, "fr", "rien de plus"),
        ("noise", "noise", 4, "fr", "On verra bien"),
    ],
    "objectives": [
        ("Augmenter les installations financées grâce à la recommandation de nos clients", ["bouche"]),
        ("Créer un réseau d'entraide entre jeunes agriculteurs", ["entraide"]),
        ("Renforcer l'accompagnement par des conseillers spécialisés en agriculture", ["conseiller"]),
        ("Accroître la visibilité de la banque sur les réseaux sociaux", []),
        ("Faire découvrir des exploitations clientes aux porteurs de projet", ["visite"]),
        ("Valoriser l'image du métier d'agriculteur auprès des jeunes", ["image"]),
    ],
    "unserved": ["commercial", "saison"],
}
SESSIONS.append(S1)

# ---------------------------------------------------------------- session 2 (en)
S2 = {
    "code": "tidewheel",
    "lang": "en",
    "client": "Tidewheel, e-bike rental service in Halifax, Nova Scotia",
    "questions": {"en": Q_EN_BIKE},
    "participants": [(n, "en") for n in [
        "Megan MacLeod", "Ravi Chandran", "Claire Boudreau", "Owen Fitzgerald", "Priya Nair",
        "Liam O'Connell", "Danielle Comeau", "Marcus Greene", "Hannah Sutherland", "Jordan Pictou",
    ]],
    "descriptions": {
        "tourists": "Show visitors and newcomers around the city by bike (local guide role)",
        "green": "Get people out of cars; climate / low-carbon motivation",
        "battery": "Fear that a bike or its battery fails while vouching for the service (fleet reliability)",
        "liability": "Worry about legal responsibility / insurance if someone gets hurt",
        "rides": "Lead group rides (spins, loops, first trips) for others",
        "social": "Post, review and share online (Instagram, Google, Strava, TikTok)",
        "weekend": "Available on weekends / days off only",
        "m_winter": "Available only in the warm season, nothing in winter",
        "o_reward": "Reward: free or discounted riding vs early access to new models",
    },
    "entries": [
        ("tourists", "theme", 0, "en", "Showing visitors the waterfront and the hidden spots only locals know"),
        ("tourists", "theme", 0, "en", "honestly I love playing tour guide for out-of-towners"),
        ("tourists", "theme", 0, "en", "Cruise ship folks always ask me for directions, I'd love to point them to a better ride than the bus tour"),
        ("tourists", "theme", 0, "en", "helping newcomers to Halifax find their way around on two wheels"),
        ("tourists", "theme", 0, "en", "my cousins visit every summer and I end up planning their routes anyway lol"),
        ("green", "theme", 0, "en", "Fewer cars downtown. That's it, that's the reason."),
        ("green", "theme", 0, "en", "I sold my car last year and want others to see it's doable"),
        ("green", "theme", 0, "en", "cutting emissions one commute at a time"),
        ("green", "theme", 0, "en", "Getting people out of traffic jams, it's better for the planet"),
        ("noise", "noise", 0, "en", "Not sure yet"),
        ("battery", "theme", 1, "en", "What if the battery dies halfway up Citadel Hill with a bunch of people behind me"),
        ("battery", "theme", 1, "en", "range anxiety tbh"),
        ("battery", "theme", 1, "en", "I've had a bike conk out on me once, wouldn't want that happening when I'm vouching for you"),
        ("battery", "theme", 1, "en", "Reliability of the fleet - some of the bikes at the north end dock are pretty beat up"),
        ("liability", "theme", 1, "en", "Being responsible if someone crashes on an outing I set up"),
        ("liability", "theme", 1, "en", "insurance? who's covered if a rider gets hurt"),
        ("liability", "theme", 1, "en", "I'm nervous about the legal side of leading strangers through traffic"),
        ("liability", "theme", 1, "en", "If a tourist wipes out on my watch, is that on me?"),
        ("noise", "noise", 1, "en", "nothing really"),
        ("rides", "theme", 2, "en", "Lead a Saturday morning spin along the harbour"),
        ("rides", "theme", 2, "en", "Take a handful of beginners out for an easy loop"),
        ("rides", "theme", 2, "en", "hosting a sunset ride to Point Pleasant Park"),
        ("rides", "theme", 2, "en", "a monthly pedal with whoever shows up, coffee after"),
        ("rides", "theme", 2, "en", "Guiding newbies on their first e-bike trip across the bridge"),
        ("social", "theme", 2, "en", "Post my rides on Insta and tag you"),
        ("social", "theme", 2, "en", "leave a Google review, easy"),
        ("social", "theme", 2, "en", "share my Strava routes publicly"),
        ("social", "theme", 2, "en", "Make a couple of TikToks of the best trails"),
        ("noise", "noise", 2, "en", "whatever's needed"),
        ("weekend", "theme", 3, "en", "Weekends mostly, I work 9-5"),
        ("weekend", "theme", 3, "en", "Sat/Sun, maybe a couple hours"),
        ("weekend", "theme", 3, "en", "only on my days off, which change every week (shift work)"),
        ("weekend", "theme", 3, "en", "a few hours on a Sunday afternoon"),
        ("weekend", "theme", 3, "en", "Not weekdays, my job eats those"),
        ("m_winter", "minority", 3, "en", "From April to October, I don't touch a bike once there's ice on the roads"),
        ("m_winter", "minority", 3, "en", "Summer only. Halifax winters are brutal."),
        ("noise", "noise", 3, "en", "idk, depends"),
        ("o_reward", "side:Free or discounted riding", 4, "en", "Free ride minutes, obviously"),
        ("o_reward", "side:Free or discounted riding", 4, "en", "A monthly pass on the house"),
        ("o_reward", "side:Free or discounted riding", 4, "en", "credit on my account for every person I bring"),
        ("o_reward", "side:Free or discounted riding", 4, "en", "Discounted rentals for me and my partner"),
        ("o_reward", "side:Early access to new models", 4, "en", "First dibs on testing the new cargo bikes"),
        ("o_reward", "side:Early access to new models", 4, "en", "Try prototypes before they hit the docks"),
        ("o_reward", "side:Early access to new models", 4, "en", "being in the loop on upcoming models before launch"),
        ("o_reward", "side:Early access to new models", 4, "en", "sneak peeks at next year's fleet"),
        ("noise", "noise", 4, "en", "surprise me"),
    ],
    "objectives": [
        ("Grow rentals from tourists through ambassador recommendations", ["tourists"]),
        ("Organise regular community group outings", ["rides"]),
        ("Promote e-bikes as a low-carbon alternative to driving", ["green"]),
        ("Increase our visibility on social media and review sites", ["social"]),
        ("Sign up local companies for corporate fleet contracts", []),
    ],
    "unserved": ["battery", "liability", "weekend"],
}
SESSIONS.append(S2)

# ---------------------------------------------------------------- session 3 (mixed)
S3 = {
    "code": "croche-clef",
    "lang": "fr+en",
    "client": "Réseau Croche & Clef, network of music schools in Lyon",
    "questions": {"fr": Q_FR_MUS, "en": Q_EN_MUS},
    "participants": [(n, "fr") for n in [
        "Isabelle Fournier", "Karim Benali", "Sophie Lambert", "Olivier Mercier", "Nathalie Blanc",
        "Cédric Faure", "Amandine Roux", "Vincent Garnier", "Hélène Chevalier", "Yannick Dumas",
        "Agathe Perrin", "Samir Haddad",
    ]] + [(n, "en") for n in [
        "Emma Whitfield", "James Okafor", "Rachel Kim", "Tom Harrington", "Lucy Brennan", "Daniel Novak",
    ]],
    "descriptions": {
        "transmission": "Partager / transmettre le goût de la musique, que d'autres enfants y goûtent",
        "expat": "Aider les familles étrangères / anglophones à s'orienter dans le réseau",
        "shy": "Trac, niveau jugé insuffisant pour représenter l'école",
        "concerts": "Jouer en public lors des concerts, galas, spectacles d'élèves",
        "bouche": "Recommander les écoles aux autres parents, collègues, proches",
        "waiting": "Disponible pendant le temps d'attente du cours de l'enfant",
        "practice": "Accès à une salle de répétition ou à un instrument",
        "m_photo": "Refus que l'image des enfants circule en ligne",
        "m_compose": "Écrire / composer des pièces pour les ensembles d'élèves",
        "o_reward": "Contrepartie : réduction sur les frais vs jouer avec des musiciens professionnels",
    },
    "entries": [
        ("transmission", "theme", 0, "fr", "Transmettre le virus de la musique à d'autres enfants"),
        ("transmission", "theme", 0, "fr", "Que plus de gamins aient la chance de toucher un instrument"),
        ("transmission", "theme", 0, "fr", "parce que jouer m'a sauvé ado et j'ai envie que ça se sache"),
        ("transmission", "theme", 0, "fr", "Partager ma passion du violoncelle"),
        ("transmission", "theme", 0, "en", "Spreading the joy of playing, every kid should get to try"),
        ("transmission", "theme", 0, "en", "I want more people to fall in love with music the way my daughter did"),
        ("transmission", "theme", 0, "fr", "Donner aux petits du quartier l'occasion de chanter, de taper sur un tambour, peu importe"),
        ("transmission", "theme", 0, "fr", "la musique c'est du bonheur, faut que ça se propage"),
        ("expat", "theme", 0, "en", "Helping other English-speaking families find their feet in Lyon"),
        ("expat", "theme", 0, "en", "When we arrived nobody could explain the conservatoire system to us in English"),
        ("expat", "theme", 0, "en", "Being the friendly face for expat parents who don't speak French yet"),
        ("expat", "theme", 0, "fr", "Aider les familles étrangères qui arrivent, j'ai moi-même été expatriée à Londres"),
        ("noise", "noise", 0, "fr", "Bonne question !"),
        ("shy", "theme", 1, "fr", "Je joue pas assez bien pour représenter l'école"),
        ("shy", "theme", 1, "fr", "le trac, je suis incapable de jouer devant des inconnus"),
        ("shy", "theme", 1, "fr", "Mon niveau est très moyen, j'ai peur de faire honte aux profs"),
        ("shy", "theme", 1, "fr", "je suis débutante à 45 ans, pas vraiment une vitrine"),
        ("shy", "theme", 1, "en", "I'm a total beginner, hardly a shining example"),
        ("shy", "theme", 1, "en", "Stage fright. Big time."),
        ("shy", "theme", 1, "fr", "J'ose pas trop me mettre en avant"),
        ("shy", "theme", 1, "en", "Not sure my playing is up to scratch"),
        ("m_photo", "minority", 1, "fr", "Pas de photos de mes enfants sur Instagram, c'est non négociable"),
        ("m_photo", "minority", 1, "fr", "l'image de ma fille ne doit pas circuler sur les réseaux"),
        ("m_photo", "minority", 1, "en", "I don't want my son's face posted online"),
        ("noise", "noise", 1, "fr", "Rien de particulier"),
        ("concerts", "theme", 2, "fr", "Jouer devant les autres élèves lors du gala de juin"),
        ("concerts", "theme", 2, "fr", "monter un petit concert avec mon groupe de jazz"),
        ("concerts", "theme", 2, "fr", "Faire un morceau en public à la fête de la musique du quartier"),
        ("concerts", "theme", 2, "fr", "participer aux spectacles de fin d'année avec l'orchestre des adultes"),
        ("concerts", "theme", 2, "en", "Playing a couple of tunes at the end-of-term recital"),
        ("concerts", "theme", 2, "en", "I'd happily perform with the adult choir at the spring show"),
        ("concerts", "theme", 2, "en", "Getting up with my sax at the Christmas party"),
        ("bouche", "theme", 2, "fr", "En parler aux parents à la sortie de l'école"),
        ("bouche", "theme", 2, "fr", "Recommander les cours à mes collègues qui cherchent pour leurs enfants"),
        ("bouche", "theme", 2, "fr", "faire passer le mot dans le groupe WhatsApp de la classe"),
        ("bouche", "theme", 2, "fr", "Conseiller le réseau à ma soeur qui déménage à Villeurbanne"),
        ("bouche", "theme", 2, "en", "Telling other parents at the international school about it"),
        ("bouche", "theme", 2, "fr", "Convaincre les voisins d'inscrire leurs gamins"),
        ("bouche", "theme", 2, "fr", "Glisser un mot aux copines du parc"),
        ("m_compose", "minority", 2, "fr", "Écrire des arrangements pour les ensembles d'élèves"),
        ("m_compose", "minority", 2, "en", "I compose a bit, could write pieces for the kids' ensembles"),
        ("noise", "noise", 2, "fr", "Je ne sais pas encore"),
        ("noise", "noise", 2, "en", "no clue tbh"),
        ("waiting", "theme", 3, "fr", "Pendant le cours de mon fils, j'attends 45 min dans le hall de toute façon"),
        ("waiting", "theme", 3, "fr", "le mercredi pendant que ma fille est en solfège"),
        ("waiting", "theme", 3, "fr", "Les temps morts quand je poireaute devant la salle"),
        ("waiting", "theme", 3, "fr", "Ce créneau où je patiente pendant la leçon de piano, autant qu'il serve"),
        ("waiting", "theme", 3, "en", "The hour I spend sitting in the lobby during my kid's lesson"),
        ("waiting", "theme", 3, "en", "while I wait for the twins' guitar class on Saturdays"),
        ("waiting", "theme", 3, "fr", "Les 30 minutes du cours de trompette de Léo, je suis assis là à rien faire"),
        ("waiting", "theme", 3, "fr", "Pendant l'éveil musical du petit, le samedi"),
        ("waiting", "theme", 3, "en", "during my daughter's lesson, I'm there anyway"),
        ("noise", "noise", 3, "fr", "Difficile à dire"),
        ("o_reward", "side:Réduction sur les frais de cours", 4, "fr", "Une remise sur l'inscription de l'an prochain"),
        ("o_reward", "side:Réduction sur les frais de cours", 4, "fr", "Des cours moins chers, franchement ça aiderait"),
        ("o_reward", "side:Réduction sur les frais de cours", 4, "fr", "un tarif réduit pour le deuxième enfant"),
        ("o_reward", "side:Réduction sur les frais de cours", 4, "en", "A discount on the yearly fees"),
        ("o_reward", "side:Jouer avec des musiciens professionnels", 4, "fr", "Une masterclass avec un musicien pro"),
        ("o_reward", "side:Jouer avec des musiciens professionnels", 4, "fr", "Jammer avec les profs un soir"),
        ("o_reward", "side:Jouer avec des musiciens professionnels", 4, "en", "Workshops with touring musicians who pass through Lyon"),
        ("o_reward", "side:Jouer avec des musiciens professionnels", 4, "en", "a chance to play alongside the teachers at their gig"),
        ("practice", "theme", 4, "fr", "Pouvoir répéter dans une salle de l'école le week-end"),
        ("practice", "theme", 4, "fr", "l'accès à un piano pour travailler, on vit en appart"),
        ("practice", "theme", 4, "fr", "Un local pour que notre petit groupe puisse bosser"),
        ("practice", "theme", 4, "en", "Access to a practice room, our neighbours hate the drums"),
        ("practice", "theme", 4, "en", "borrowing a decent instrument between lessons"),
        ("practice", "theme", 4, "fr", "Des clés d'une salle insonorisée pour répéter tranquille"),
        ("noise", "noise", 4, "fr", "Rien, c'est déjà très bien"),
        ("noise", "noise", 4, "en", "no idea"),
    ],
    "objectives": [
        ("Faire connaître les écoles du réseau auprès de nouvelles familles", ["bouche", "expat"]),
        ("Animer les scènes ouvertes et auditions de l'école", ["concerts"]),
        ("Transmettre le goût de la musique au plus grand nombre", ["transmission"]),
        ("Obtenir davantage d'avis positifs sur Google", []),
    ],
    "unserved": ["shy", "waiting", "practice"],
}
SESSIONS.append(S3)


def assign(session, seed):
    """Give each entry to a distinct participant of the same language per question,
    balancing the number of answers per participant."""
    rng = random.Random(seed)
    parts = session["participants"]
    count = {name: 0 for name, _ in parts}
    nq = len(next(iter(session["questions"].values())))
    rows = []
    for q in range(nq):
        for lang in sorted({l for _, l in parts}):
            entries = [e for e in session["entries"] if e[2] == q and e[3] == lang]
            rng.shuffle(entries)
            pool = [name for name, l in parts if l == lang]
            rng.shuffle(pool)
            pool.sort(key=lambda n: count[n])
            if len(entries) > len(pool):
                raise SystemExit(f"{session['code']} q{q} {lang}: too many entries")
            for entry, name in zip(entries, pool):
                count[name] += 1
                rows.append((name, q, entry))
    order = {name: i for i, (name, _) in enumerate(parts)}
    rows.sort(key=lambda r: (order[r[0]], r[1]))
    return rows


def build(session, seed):
    code = session["code"]
    lang_of = dict(session["participants"])
    rows = assign(session, seed)
    answers = []
    groups = {}  # key -> list of ids (themes, minorities, noise)
    sides = {}   # opp key -> {label: [ids]}
    for i, (name, q, (key, kind, _, lang, text)) in enumerate(rows, 1):
        aid = f"{code}-{i:03d}"
        answers.append({"id": aid, "participant": name,
                        "question": session["questions"][lang_of[name]][q], "answer": text})
        if kind.startswith("side:"):
            sides.setdefault(key, {}).setdefault(kind[5:], []).append(aid)
        else:
            groups.setdefault((kind, key), []).append(aid)
    desc = session["descriptions"]
    truth = {
        "session": code,
        "lang": session["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": desc[k], "answer_ids": ids}
                   for (kind, k), ids in groups.items() if kind == "theme"],
        "oppositions": [{"key": k, "description": desc[k],
                         "sides": [{"label": lab, "answer_ids": ids} for lab, ids in s.items()]}
                        for k, s in sides.items()],
        "minorities": [{"key": k, "description": desc[k], "answer_ids": ids}
                       for (kind, k), ids in groups.items() if kind == "minority"],
        "objective_support": [{"objective": o, "themes": t} for o, t in session["objectives"]],
        "unsupported_objectives": [o for o, t in session["objectives"] if not t],
        "unserved_needs": session["unserved"],
        "noise_answer_ids": groups.get(("noise", "noise"), []),
    }
    return answers, truth


README = """> **Development set.** Written blind on {date} from DOMAIN.md, issue18.md and syn-format.md only, without reading the project's code, tests or other data sets.

# Synthesis development set `synthesis_dev12` (issue 18)

Three invented JE-workshop sessions with planted themes, in the format of `syn-format.md`.
Regenerate with `python3 generate.py`; check with `python3 validate.py` (exits 1 on a breach).

| session | lang | client | participants | answers | themes | oppositions | minorities | noise |
|---|---|---|---|---|---|---|---|---|
{rows}

Per session: `X.answers.jsonl` (answers), `X.objectives.txt` (NOUS objectives, one a line),
`X.truth.json` (planted truth). Each session has one objective no answer supports, one objective
supported only by paraphrase (no shared content word with its supporting answers: checked by
`validate.py`), and need themes (brakes, time) that no objective serves. Minorities are placed
next to a bigger theme they can be confused with (e.g. honest testimonies about failure next to
the wish to show the job in a good light; fear of exposing one's finances next to fear of looking like a bank salesman;
warm-season-only next to weekends-only; no photos of children next to stage fright).
"""


def main():
    rows = []
    for n, s in enumerate(SESSIONS):
        answers, truth = build(s, 1200 + n)
        code = s["code"]
        with open(os.path.join(HERE, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
            f.write("".join(o + "\n" for o, _ in s["objectives"]))
        with open(os.path.join(HERE, f"{code}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        rows.append(f"| {code} | {s['lang']} | {s['client']} | {len(s['participants'])} | {len(answers)} | "
                    f"{len(truth['themes'])} | {len(truth['oppositions'])} | {len(truth['minorities'])} | "
                    f"{len(truth['noise_answer_ids'])} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(date=DATE, rows="\n".join(rows)))


if __name__ == "__main__":
    main()
