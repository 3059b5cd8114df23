#!/usr/bin/env python3
"""Generator of the blind held-out planted-theme synthesis set (3 sessions).

Writes, per session key X: X.answers.jsonl, X.objectives.txt, X.truth.json.
Deterministic (seeded). Standard library only.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Questions (workshop JE). Mixed session has one wording per language.
# ---------------------------------------------------------------------------
Q_ORDER = ["motiv", "attentes", "freins", "contrib", "temps", "arret", "autre"]

Q_VERTIKA = {
    "motiv": "Qu'est-ce qui vous donnerait envie de devenir ambassadeur·rice Vertika ?",
    "attentes": "Qu'attendez-vous concrètement du programme ?",
    "freins": "Qu'est-ce qui pourrait vous freiner ou vous inquiéter ?",
    "contrib": "Quelles contributions vous verriez-vous faire ?",
    "temps": "Combien de temps pourriez-vous y consacrer ?",
    "arret": "Qu'est-ce qui vous ferait arrêter ?",
    "autre": "Autre chose à ajouter ?",
}
Q_RONRIO = {
    "motiv": "Pourquoi auriez-vous envie de devenir ambassadeur Ronrio ?",
    "attentes": "Que devrait vous apporter le programme ?",
    "freins": "Qu'est-ce qui vous freine ou vous fait peur ?",
    "contrib": "Comment aimeriez-vous contribuer ?",
    "temps": "Quel temps pouvez-vous y consacrer ?",
    "arret": "Qu'est-ce qui vous ferait quitter le programme ?",
    "autre": "Un dernier mot ?",
}
Q_FIXORA = {
    "fr": {
        "motiv": "Qu'est-ce qui vous motiverait à devenir ambassadeur Fixora ?",
        "attentes": "Qu'attendez-vous du programme ?",
        "freins": "Qu'est-ce qui vous freine ou vous inquiète ?",
        "contrib": "Quel type de contribution vous tente le plus ?",
        "temps": "Combien de temps pourriez-vous y consacrer ?",
        "arret": "Qu'est-ce qui vous ferait quitter le programme ?",
        "autre": "Autre chose ?",
    },
    "en": {
        "motiv": "What would motivate you to become a Fixora ambassador?",
        "attentes": "What do you expect the program to bring you?",
        "freins": "What holds you back or worries you?",
        "contrib": "Which kind of contribution appeals to you most?",
        "temps": "How much time could you give it?",
        "arret": "What would make you quit the program?",
        "autre": "Anything else?",
    },
}

# ---------------------------------------------------------------------------
# Session 1: vertika — climbing-gym network, 9 participants, French
# ---------------------------------------------------------------------------
VERTIKA = {
    "key": "vertika",
    "lang": "fr",
    "seed": 801,
    "questions": {"fr": Q_VERTIKA},
    "participants": [(n, "fr") for n in [
        "Camille Rousseau", "Théo Marchand", "Inès Benali", "Julien Fabre",
        "Margaux Lefèvre", "Yanis Haddad", "Sophie Chevalier", "Lucas Perrin",
        "Élodie Masson"]],
    "themes": [
        ("accueil_debutants", "Envie d'aider et de guider les grimpeurs qui commencent", [
            ("motiv", "Franchement ce qui me plairait c'est d'accompagner les nouveaux qui débarquent le mardi soir et qui savent pas par où commencer."),
            ("contrib", "Faire découvrir le bloc à des débutants, leur montrer deux trois placements de pieds. J'adore ça."),
            ("motiv", "transmettre. on m'a appris à grimper ici, à mon tour quoi"),
            ("contrib", "Parrainer quelqu'un qui vient de s'inscrire, genre le guider ses 3-4 premières séances"),
            ("motiv", "Quand je vois quelqu'un galérer sur un 4 tout seul dans son coin ça me fait mal au cœur, j'aimerais pouvoir aller le voir sans passer pour un relou. Si le programme me donne cette légitimité, ok."),
        ]),
        ("avant_premiere", "Grimper les nouveaux blocs et voies avant tout le monde", [
            ("attentes", "Tester les nouveaux blocs quand ils sont encore fermés au public, ça ce serait top"),
            ("attentes", "être dans les premiers à essayer les voies quand les ouvreurs changent le secteur"),
            ("motiv", "Bon je vais être honnête : grimper les nouveautés en avant-première 😅"),
            ("attentes", "Un accès la veille des grosses réouvertures de secteur. Même 1h."),
            ("attentes", "pouvoir donner mon ressenti sur les blocs en les essayant tôt, avant que tout le monde ait mis de la magnésie partout"),
        ]),
        ("peur_surcharge", "Crainte d'être sollicité trop souvent, que ça devienne une corvée", [
            ("freins", "Qu'on me relance tout le temps. J'ai déjà assez de notifs comme ça."),
            ("arret", "Si je reçois trois demandes par semaine, je décroche direct"),
            ("freins", "peur d'être la personne à qui on demande toujours tout parce que je dis jamais non..."),
            ("arret", "Le jour où ça devient une obligation, une corvée de plus dans ma semaine, j'arrête."),
            ("freins", "Être harcelé de messages. Je grimpe pour décompresser moi"),
        ]),
        ("authenticite", "Refus de devenir un support publicitaire, garder sa liberté de parole", [
            ("arret", "Si on me demande de poster des textes tout prêts avec le logo, non merci."),
            ("freins", "J'ai pas envie de devenir un panneau publicitaire ambulant"),
            ("arret", "Devoir dire que tout est génial alors que la clim de la salle de Villeurbanne est en panne depuis juin lol"),
            ("freins", "Perdre ma liberté de parole. Je veux pouvoir dire ce que je pense vraiment, même les trucs qui fâchent"),
            ("arret", "qu'on me fasse réciter un discours marketing. Les gens sentent tout de suite quand c'est faux"),
        ]),
        ("idees_salles", "Être écouté sur les améliorations des salles et voir les changements", [
            ("attentes", "Être écoutée quand on remonte des problèmes : les tapis, le vestiaire des femmes, la musique trop forte…"),
            ("contrib", "Proposer des idées pour les salles, genre un coin étirements ou des créneaux plus tard le soir"),
            ("attentes", "Un vrai canal pour faire remonter les suggestions, et surtout un retour derrière. Pas une boîte à idées qui finit à la poubelle"),
            ("contrib", "donner du feedback sur l'ouverture des voies, la cotation qui est parfois bizarre"),
            ("attentes", "que nos remarques servent à quelque chose et qu'on voie les changements concrets dans les salles"),
        ]),
        ("rencontres", "Envie de rencontrer d'autres grimpeurs et de partager des moments entre pairs", [
            ("motiv", "Rencontrer d'autres passionnés, je grimpe souvent seul depuis que mon binôme a déménagé"),
            ("attentes", "Des soirées entre nous, une bière après la séance, des sorties en falaise ensemble"),
            ("motiv", "se faire des potes de grimpe tout simplement"),
            ("attentes", "Une bonne ambiance de groupe, pouvoir se retrouver entre gens qui aiment la même chose"),
            ("motiv", "j'ai envie de connaître les habitués des autres salles, on se croise jamais"),
        ]),
    ],
    "oppositions": [
        ("niveau_implication", "Implication légère et ponctuelle contre implication forte et régulière", [
            ("implication légère", [
                ("temps", "une heure par mois, pas plus, j'ai deux boulots"),
                ("temps", "Ponctuellement. Quand ça tombe bien pour moi."),
                ("temps", "très peu honnêtement, je préfère promettre peu et tenir"),
            ]),
            ("implication forte", [
                ("temps", "Je suis prêt à y passer plusieurs soirées par semaine, la grimpe c'est ma vie"),
                ("temps", "Beaucoup ! Je suis à mi-temps, j'ai du temps à revendre"),
                ("temps", "Autant qu'il faut, je peux même tenir des permanences le week-end"),
            ]),
        ]),
    ],
    "minorities": [
        ("contrainte_garde_enfants", "Disponibilité dictée par la garde des enfants (créneaux, présence des enfants)", [
            ("temps", "Ça dépend de ma semaine de garde, je suis en alternance avec le papa de mes enfants, donc une semaine sur deux seulement"),
            ("freins", "Si les événements sont à 20h, c'est mort pour moi : couchers des petits. Le samedi matin avec ma fille de 6 ans qui grimpe aussi, là oui."),
        ]),
    ],
    "noise": [
        ("autre", "Rien à ajouter, merci pour l'atelier !"),
        ("contrib", "je sais pas trop encore"),
        ("autre", "Un tarif couple ce serait cool"),
        ("autre", "Vous pensez que le programme sera ouvert aux grimpeurs de Grenoble aussi ?"),
    ],
    "objectives": [
        ("Améliorer l'accueil des nouveaux inscrits grâce aux grimpeurs expérimentés", ["accueil_debutants"]),
        ("Recueillir les suggestions d'amélioration des grimpeurs réguliers", ["idees_salles"]),
        ("Renforcer le sentiment d'appartenance au réseau Vertika", ["rencontres"]),
        ("Faire tester les nouveaux blocs avant leur ouverture au public", ["avant_premiere"]),
        ("Obtenir davantage d'avis positifs sur Google et les plateformes en ligne", []),
    ],
}

# ---------------------------------------------------------------------------
# Session 2: ronrio — pet-care chain, 14 participants, French
# ---------------------------------------------------------------------------
RONRIO = {
    "key": "ronrio",
    "lang": "fr",
    "seed": 802,
    "questions": {"fr": Q_RONRIO},
    "participants": [(n, "fr") for n in [
        "Nathalie Garnier", "Karim Bouzid", "Chloé Lambert", "Bernard Roux",
        "Manon Girard", "Sébastien Mercier", "Aurélie Fontaine", "Mehdi Saïdi",
        "Laetitia Dumont", "Pascal Morel", "Jeanne Caron", "Hugo Lemaire",
        "Sandrine Colin", "Océane Guérin"]],
    "themes": [
        ("entraide_conseils", "Aider les autres propriétaires en partageant son expérience", [
            ("motiv", "J'ai sauvé deux chats errants et j'ai appris plein de choses à la dure, j'aimerais éviter aux autres mes erreurs"),
            ("contrib", "Répondre aux questions des nouveaux propriétaires de chiots, sur la propreté, l'alimentation…"),
            ("contrib", "aider les gens qui hésitent entre deux croquettes, je connais le rayon par cœur mdr"),
            ("motiv", "Partager mon expérience avec un chien réactif, c'est un sujet où on se sent très seul"),
            ("contrib", "Donner un coup de main sur le forum aux maîtres un peu perdus"),
            ("contrib", "Moi je peux expliquer comment j'ai habitué mon lapin à la cage de transport, ce genre de petits trucs pratiques"),
        ]),
        ("avantages_prix", "Attente de réductions et d'économies sur les achats", [
            ("attentes", "Des réductions sur les croquettes, parce que pour 3 chiens ça chiffre vite"),
            ("attentes", "une remise sur le toilettage ce serait apprécié"),
            ("motiv", "Soyons clairs, si y a des bons d'achat je suis partante 😄"),
            ("attentes", "Un petit geste sur la facture chaque mois, même 10 %"),
            ("attentes", "Des prix préférentiels sur l'alimentation véto, elle coûte une fortune"),
            ("motiv", "Faire des économies, avec l'inflation tout a augmenté, la litière aussi. Et sinon je suis dispo le week-end"),
        ]),
        ("bien_etre_animal", "Exigence que l'enseigne serve vraiment le bien-être animal", [
            ("motiv", "Que ça serve vraiment le bien-être animal et pas juste à vendre plus de jouets"),
            ("arret", "Si je découvre que vous vendez des animaux issus d'élevages douteux, je pars"),
            ("attentes", "Des engagements : soutien aux refuges, adoption plutôt qu'achat"),
            ("motiv", "Je veux représenter une marque qui respecte les bêtes, c'est non négociable"),
            ("arret", "des pratiques de toilettage brutales ou des animaux stressés en magasin, ça me ferait fuir"),
            ("attentes", "que Ronrio s'engage pour les associations de protection animale du coin"),
        ]),
        ("apprendre_experts", "Envie d'apprendre auprès de vétérinaires et d'experts", [
            ("attentes", "Des formations avec des vétos ou des comportementalistes, j'ai plein de questions"),
            ("attentes", "apprendre des trucs, genre des ateliers sur l'éducation positive"),
            ("motiv", "Progresser dans mes connaissances sur la nutrition féline"),
            ("attentes", "Pouvoir poser mes questions à un professionnel sans prendre rdv à 60 euros"),
            ("attentes", "Des webinaires ou des conférences avec des spécialistes, je suis curieuse de tout"),
            ("motiv", "m'instruire ! j'ai eu mon premier chien à 40 ans, je pars de zéro"),
        ]),
        ("rythme_libre", "Besoin de contribuer à son rythme, sans horaires ni quotas", [
            ("temps", "Ça dépendra des semaines, je veux pouvoir choisir quand"),
            ("freins", "Les horaires imposés. Je travaille en 3x8."),
            ("temps", "De temps en temps, à mon rythme surtout"),
            ("arret", "Si on m'impose des créneaux fixes ou des quotas à tenir"),
            ("freins", "pas de visibilité sur mon planning d'un mois sur l'autre, je peux pas m'engager sur des dates"),
            ("temps", "Variable ! Des fois rien pendant 3 semaines puis 2 aprem d'affilée"),
        ]),
        ("etre_remercie", "Besoin d'être remercié et mis en avant pour ce qu'on apporte", [
            ("attentes", "Voir la photo de ma chienne sur la page Insta de Ronrio, elle le mérite 😂"),
            ("motiv", "qu'on reconnaisse ce qu'on fait, un simple merci ça compte"),
            ("attentes", "Être mis en avant en magasin, genre un portrait des ambassadeurs"),
            ("motiv", "La fierté de faire partie des clients qu'on cite en exemple"),
            ("attentes", "Un badge ou un statut visible, que les vendeurs sachent qui on est"),
            ("arret", "Me sentir utilisée sans jamais un retour, ni un remerciement"),
        ]),
    ],
    "oppositions": [
        ("format_video_ecrit", "Contribuer en vidéo contre contribuer par écrit", [
            ("vidéo", [
                ("contrib", "Des petites vidéos avec mon chat, il est très photogénique et j'adore filmer"),
                ("contrib", "Je me vois bien faire des reels, des tutos brossage face caméra"),
                ("contrib", "En vidéo plutôt, c'est plus vivant"),
                ("contrib", "filmer nos balades et les rituels du soir, montrer en vrai"),
            ]),
            ("écrit", [
                ("contrib", "Par écrit uniquement, je suis pas à l'aise devant une caméra"),
                ("contrib", "Rédiger un témoignage, un article de blog sur l'adoption de Caramel"),
                ("contrib", "Plutôt des textes, des avis détaillés. Je m'exprime mieux en écrivant"),
                ("contrib", "Un petit récit écrit, avec 2 photos max, mais surtout pas me montrer"),
            ]),
        ]),
        ("exclusif_ouvert", "Programme exclusif et sélectif contre programme ouvert à tous", [
            ("exclusif", [
                ("attentes", "Un cercle restreint, sinon ça n'a plus de valeur"),
                ("attentes", "que ce soit sélectif, réservé aux clients fidèles depuis des années"),
                ("attentes", "Des privilèges qu'on trouve nulle part ailleurs, un club privé quoi"),
            ]),
            ("ouvert à tous", [
                ("attentes", "Ouvert à tous les clients qui ont envie, pas un club d'élite"),
                ("attentes", "Je trouverais injuste de réserver ça à quelques-uns, tout le monde aime son animal pareil"),
                ("attentes", "pas de sélection svp, ceux qui achètent peu ont aussi des choses à dire"),
            ]),
        ]),
    ],
    "minorities": [
        ("nac_oublies", "Propriétaires de NAC (reptiles, rongeurs, tortues) qui se sentent oubliés", [
            ("freins", "J'ai des serpents, et j'ai toujours l'impression que tout est pensé pour chiens et chats"),
            ("attentes", "Un peu de place pour les furets et les rongeurs svp, on existe aussi !"),
            ("freins", "Mes tortues n'intéressent personne en magasin, le rayon terrario fait peine"),
        ]),
        ("acces_physique", "Mobilité réduite : événements accessibles et proches des transports", [
            ("freins", "Je suis en fauteuil, donc les événements doivent être accessibles sinon je peux pas venir"),
            ("freins", "Je ne conduis plus depuis mon opération, si c'est loin du tram je ne pourrai pas me déplacer"),
        ]),
    ],
    "noise": [
        ("autre", "Non rien, c'était sympa"),
        ("temps", "Je sais pas, faut que je voie avec mon boulot"),
        ("autre", "Est-ce que les chats de ma mère comptent aussi ? haha"),
        ("autre", "Il faudrait un parking plus grand au magasin de Bron"),
        ("contrib", "Aucune idée pour l'instant"),
        ("autre", "Vous pourriez vendre des sapins de Noël pour chats 😸"),
    ],
    "objectives": [
        ("Créer une entraide entre propriétaires d'animaux sur notre communauté en ligne", ["entraide_conseils"]),
        ("Fidéliser les clients grâce à des avantages tarifaires", ["avantages_prix"]),
        ("Affirmer l'engagement de l'enseigne pour la cause animale", ["bien_etre_animal"]),
        ("Faire monter en compétence nos clients sur les soins et l'éducation", ["apprendre_experts"]),
        ("Valoriser publiquement les membres les plus engagés", ["etre_remercie"]),
        ("Générer des recommandations de nouveaux clients par parrainage", []),
    ],
}

# ---------------------------------------------------------------------------
# Session 3: fixora — home-appliance repair, 30 participants, French + English
# ---------------------------------------------------------------------------
FR, EN = "fr", "en"
FIXORA = {
    "key": "fixora",
    "lang": "fr+en",
    "seed": 803,
    "questions": Q_FIXORA,
    "participants": [(n, FR) for n in [
        "Patrick Bonnet", "Isabelle Fournier", "Antoine Gauthier", "Fatima El Amrani",
        "Nicolas Dupuis", "Claire Mathieu", "Romain Lacroix", "Sylvie Renaud",
        "Thomas Brunet", "Amandine Picard", "Gérard Vidal", "Léa Morin",
        "Olivier Giraud", "Samia Khelifi", "Vincent Robin", "Hélène Barbier",
        "Maxime Arnaud", "Christine Leroy"]] + [(n, EN) for n in [
        "James Whitfield", "Sarah O'Connor", "Daniel Hughes", "Emily Carter",
        "Michael Brennan", "Rachel Thompson", "Tom Fletcher", "Hannah Price",
        "Oliver Grant", "Megan Walsh", "Chris Donovan", "Laura Bennett"]],
    "themes": [
        ("anti_gaspillage", "Réparer plutôt que jeter : lutte contre le gaspillage et l'obsolescence", [
            ("motiv", "Parce que jeter un lave-linge pour une courroie, ça me rend dingue", FR),
            ("motiv", "L'obsolescence programmée, j'en peux plus. Réparer c'est un acte militant pour moi", FR),
            ("motiv", "je veux que mes voisins arrêtent de tout balancer à la déchetterie", FR),
            ("attentes", "Faire passer le message qu'on peut faire durer les appareils 15 ans", FR),
            ("motiv", "Mon grand-père réparait tout. Je trouve ça dommage qu'on ait perdu ça", FR),
            ("motiv", "moins de déchets, tout simplement", FR),
            ("motiv", "Défendre la réparation face au tout-jetable", FR),
            ("motiv", "I hate throwing stuff away. My fridge got fixed for 80 euros instead of buying a new one for 600", EN),
            ("motiv", "Sustainability, honestly. Landfills are full of perfectly fixable machines", EN),
            ("motiv", "to show people that repairing is normal, not something only my dad's generation did", EN),
            ("attentes", "Spread the word that appliances can last way longer than 5 yrs", EN),
            ("motiv", "less e-waste. that's it really", EN),
        ]),
        ("prix_transparents", "Besoin de prix et de devis clairs pour recommander sans risque", [
            ("freins", "Je recommanderai que si les devis sont clairs. Une fois j'ai eu une surprise de 40 € de déplacement", FR),
            ("attentes", "Des tarifs transparents, affichés, que je puisse dire aux gens combien ça va coûter à peu près", FR),
            ("freins", "Peur de conseiller Fixora à ma sœur et qu'elle se fasse avoir sur le prix", FR),
            ("arret", "Si j'apprends que les prix gonflent pour les gens recommandés, je me barre", FR),
            ("freins", "le flou sur les frais. diagnostic payant ou pas ? personne sait", FR),
            ("attentes", "Qu'on sache à l'avance ce qu'on va payer, point.", FR),
            ("freins", "Mon entourage trouve déjà que c'est cher, j'aimerais avoir des arguments chiffrés", FR),
            ("freins", "Hidden fees. If my friends get a surprise bill it's on me", EN),
            ("attentes", "Clear upfront quotes so I can vouch for you without worrying", EN),
            ("arret", "if I found out referred customers pay more, I'd be out immediately", EN),
            ("freins", "Pricing is a bit of a black box tbh", EN),
            ("attentes", "a simple price grid i can share. washing machine repair = roughly X", EN),
        ]),
        ("fiabilite_interventions", "Crainte qu'une intervention ratée ou en retard nuise à leur crédibilité", [
            ("freins", "Le technicien qui arrive avec 3h de retard, je peux pas recommander ça", FR),
            ("arret", "Si deux personnes que j'ai envoyées ont une panne qui revient au bout d'un mois", FR),
            ("freins", "J'ai peur que la qualité baisse si vous grossissez trop vite", FR),
            ("freins", "ma réputation auprès de mes amis, si l'intervention se passe mal c'est moi qui prends", FR),
            ("arret", "des réparations bâclées. J'ai pas envie d'avoir honte", FR),
            ("freins", "Que les délais s'allongent, aujourd'hui c'est 48h et c'est ça qui fait la différence", FR),
            ("arret", "un mauvais SAV quand ça tourne mal", FR),
            ("freins", "If a tech I recommended is rude or late, that reflects on me", EN),
            ("arret", "Botched jobs. One bad experience from a friend and I'm done", EN),
            ("freins", "worried the service quality drops as you scale", EN),
            ("freins", "Honestly my only fear is the fix not lasting", EN),
            ("arret", "No-shows. Waiting all day at home for someone who never comes", EN),
        ]),
        ("apprendre_entretien", "Envie d'apprendre l'entretien et les petites réparations soi-même", [
            ("attentes", "Apprendre à faire moi-même les petites réparations, changer un joint de hublot par ex", FR),
            ("attentes", "Des ateliers pour comprendre comment marche un lave-vaisselle", FR),
            ("motiv", "J'aimerais comprendre ce que fait le technicien au lieu de juste regarder", FR),
            ("attentes", "des tutos pour entretenir mes appareils et éviter les pannes", FR),
            ("attentes", "Un repair café avec vos techniciens, ce serait génial", FR),
            ("motiv", "Je suis curieux de nature, j'aime savoir démonter un truc", FR),
            ("attentes", "Savoir détartrer, nettoyer le filtre, les gestes de base quoi", FR),
            ("attentes", "Learn some basics. Like how to clean the pump filter without flooding the kitchen lol", EN),
            ("attentes", "hands-on sessions with your technicians", EN),
            ("motiv", "I'd love to understand how these machines actually work", EN),
            ("attentes", "Maintenance tips so stuff breaks less often", EN),
            ("attentes", "a few DIY workshops, beginner level please", EN),
        ]),
        ("depannage_prioritaire", "Attente d'un dépannage prioritaire et d'un contact direct", [
            ("attentes", "Un créneau prioritaire quand mon frigo lâche en plein mois d'août", FR),
            ("attentes", "Passer devant dans la file d'attente, c'est le seul avantage qui compte pour moi", FR),
            ("attentes", "une hotline dédiée aux ambassadeurs", FR),
            ("motiv", "Être dépanné plus vite. Avec 3 gamins, une machine en panne c'est la cata. Et j'aime bien votre côté anti-gaspi aussi", FR),
            ("attentes", "Intervention sous 24h garantie pour les membres", FR),
            ("attentes", "un numéro direct au lieu du standard", FR),
            ("attentes", "Qu'on soit servis en premier en cas d'urgence", FR),
            ("attentes", "Priority booking. That's the one perk I'd really use", EN),
            ("attentes", "Faster call-outs when something breaks", EN),
            ("attentes", "a direct line to a real person, skip the queue", EN),
            ("motiv", "being first in line when the dishwasher dies the day before Christmas", EN),
            ("attentes", "guaranteed next-day visit for ambassadors", EN),
        ]),
        ("coulisses_humain", "Envie de découvrir l'atelier et les personnes derrière le service", [
            ("attentes", "Visiter l'atelier, voir comment vous travaillez", FR),
            ("attentes", "Rencontrer les techniciens autrement qu'en intervention chez moi", FR),
            ("motiv", "J'aime bien les petites boîtes, connaître les fondateurs, savoir qui est derrière", FR),
            ("attentes", "Un échange avec la direction une ou deux fois par an", FR),
            ("attentes", "des nouvelles de la boîte, les projets, les recrutements, ce qui se prépare", FR),
            ("attentes", "voir l'envers du décor", FR),
            ("motiv", "Avoir un lien humain avec les gens de Fixora, pas juste une appli", FR),
            ("attentes", "A tour of the workshop would be cool", EN),
            ("attentes", "meet the people behind the van", EN),
            ("attentes", "Some insight into what's coming next for the company", EN),
            ("motiv", "I like knowing the founders, it's a small local business after all", EN),
            ("attentes", "chat with the crew once in a while, not just when something's broken", EN),
        ]),
        ("pas_commercial", "Malaise à l'idée de démarcher ou de jouer les vendeurs auprès des proches", [
            ("freins", "Je veux pas jouer les commerciaux auprès de mes amis", FR),
            ("freins", "La gêne de parler d'une entreprise à ma famille comme si j'étais payée pour", FR),
            ("arret", "si on me fixe des objectifs chiffrés, genre 5 clients par trimestre", FR),
            ("freins", "Pas envie qu'on me prenne pour un VRP", FR),
            ("freins", "démarcher les gens, c'est pas moi du tout", FR),
            ("arret", "Le jour où je me sens vendeur plus que client", FR),
            ("freins", "j'ai peur de saouler mon entourage avec ça", FR),
            ("freins", "I don't want to feel like a salesperson with my mates", EN),
            ("freins", "Being pushy with friends. Not my thing.", EN),
            ("arret", "sales targets. hard no", EN),
            ("freins", "awkward to pitch a company to my neighbours, feels fake", EN),
            ("arret", "if it starts feeling like MLM", EN),
        ]),
    ],
    "oppositions": [
        ("remise_ou_convivialite", "Récompense financière (remise) contre moment convivial", [
            ("remise", [
                ("attentes", "Une réduction sur la prochaine réparation, du concret", FR),
                ("attentes", "Des bons de réduction, c'est ce qui me parle le plus", FR),
                ("attentes", "franchement -20 % sur le contrat d'entretien et je signe", FR),
                ("attentes", "de l'argent, ou l'équivalent en avoir", FR),
                ("attentes", "A discount on my next repair, simple as that", EN),
                ("attentes", "money off the annual maintenance plan", EN),
            ]),
            ("moment convivial", [
                ("attentes", "Un apéro de temps en temps avec les autres ambassadeurs plutôt que des remises", FR),
                ("attentes", "des moments sympas, un barbecue à l'atelier l'été", FR),
                ("attentes", "Une soirée annuelle tous ensemble, ça vaut plus que 10 €", FR),
                ("attentes", "Partager un repas entre membres, c'est convivial et ça crée des liens", FR),
                ("attentes", "A get-together now and then, drinks with the other members", EN),
                ("attentes", "honestly a nice evening out beats a voucher", EN),
            ]),
        ]),
        ("exposition_publique", "Accepter d'apparaître publiquement contre refuser toute exposition", [
            ("accepte d'être visible", [
                ("contrib", "Ça me dérange pas du tout d'apparaître avec mon nom sur vos réseaux", FR),
                ("contrib", "Je veux bien qu'on mette ma tête sur une affiche, j'assume", FR),
                ("contrib", "Photo, prénom, ville : vous pouvez tout publier", FR),
                ("contrib", "Happy to be featured publicly, name and face", EN),
                ("contrib", "sure, put me on your Instagram", EN),
            ]),
            ("refuse d'être visible", [
                ("freins", "Surtout pas mon visage en ligne", FR),
                ("freins", "Je refuse d'être cité nommément quelque part", FR),
                ("contrib", "anonyme ou rien", FR),
                ("freins", "I don't want my name or photo anywhere public", EN),
                ("contrib", "No social media exposure for me, never", EN),
            ]),
        ]),
    ],
    "minorities": [
        ("hors_numerique", "Personnes peu à l'aise avec le numérique : courrier ou téléphone plutôt qu'appli", [
            ("freins", "J'ai 78 ans, l'ordinateur c'est mon petit-fils qui s'en occupe. Un courrier ou un coup de fil, ça m'irait mieux.", FR),
            ("freins", "Je n'ai pas de smartphone, donc Discord et compagnie, très peu pour moi", FR),
            ("freins", "I'm not great with apps at my age, a phone call suits me better", EN),
        ]),
        ("bailleurs", "Propriétaires bailleurs qui gèrent les appareils de plusieurs logements", [
            ("attentes", "Je gère quatre appartements en location, un suivi groupé des interventions m'aiderait énormément", FR),
            ("attentes", "As a landlord with 6 flats I'd need invoices per property", EN),
            ("contrib", "Je loue des meublés, je pourrais vous amener du volume si la facturation était adaptée aux bailleurs", FR),
            ("attentes", "I manage a couple of holiday lets, a way to book for tenants when I'm not there would help", EN),
        ]),
    ],
    "noise": [
        ("autre", "Rien de plus", FR),
        ("temps", "Je sais pas", FR),
        ("contrib", "Aucune idée", FR),
        ("autre", "non ça va merci", FR),
        ("autre", "Vous réparez aussi les vélos électriques ?", FR),
        ("autre", "Ce serait bien d'avoir des goodies Fixora, un tablier ou un mug", FR),
        ("contrib", "bonne question… je passe", FR),
        ("autre", "Le logo est joli d'ailleurs", FR),
        ("temps", "Pas d'avis pour l'instant", FR),
        ("autre", "nothing to add", EN),
        ("temps", "not sure yet", EN),
        ("autre", "Do you also fix coffee machines?", EN),
        ("contrib", "no idea tbh", EN),
    ],
    "objectives": [
        ("Promouvoir la réparation comme alternative au remplacement des appareils", ["anti_gaspillage"]),
        ("Rassurer les prospects sur nos prix grâce à des tarifs lisibles", ["prix_transparents"]),
        ("Maintenir un haut niveau de qualité d'intervention", ["fiabilite_interventions"]),
        ("Transmettre des gestes d'entretien simples à nos clients", ["apprendre_entretien"]),
        ("Créer de la proximité entre la clientèle et nos équipes internes", ["coulisses_humain"]),
        ("Développer notre présence dans les salons professionnels de l'habitat", []),
    ],
}

SESSIONS = [VERTIKA, RONRIO, FIXORA]


def norm_item(it, default_lang):
    if len(it) == 3:
        return it[0], it[1], it[2]
    return it[0], it[1], default_lang


def build(session):
    rng = random.Random(session["seed"])
    key = session["key"]
    default_lang = "fr"
    parts = [{"name": n, "lang": l, "items": [], "cats": set()} for n, l in session["participants"]]
    rng.shuffle(parts)

    # Items: (group, category_id, conflict_ids, q, text, lang)
    groups = []
    for mkey, _desc, items in session["minorities"]:
        groups.append((("minority", mkey), [norm_item(i, default_lang) for i in items], {("minority", mkey)}))
    for okey, _desc, sides in session["oppositions"]:
        both = {("side", okey, 0), ("side", okey, 1)}
        for si, (_label, items) in enumerate(sides):
            groups.append((("side", okey, si), [norm_item(i, default_lang) for i in items], both))
    for tkey, _desc, items in session["themes"]:
        groups.append((("theme", tkey), [norm_item(i, default_lang) for i in items], {("theme", tkey)}))
    noise_groups = [(("noise",), [norm_item(i, default_lang) for i in session["noise"]], set())]

    placed = []  # (participant, q, text, lang, cat)
    for cat, items, conflicts in groups + noise_groups:
        items = list(items)
        rng.shuffle(items)
        for q, text, lang in items:
            cands = [p for p in parts if p["lang"] == lang and len(p["items"]) < 5
                     and not (p["cats"] & conflicts)]
            if not cands:
                raise SystemExit("cannot place %r in %s" % (text, key))
            rng.shuffle(cands)
            cands.sort(key=lambda p: (len(p["items"]),
                                      q in {x[0] for x in p["items"]},
                                      cat == ("noise",) and ("noise",) in p["cats"]))
            p = cands[0]
            p["items"].append((q, text, lang, cat))
            p["cats"].add(cat)

    for p in parts:
        if not 4 <= len(p["items"]) <= 5:
            raise SystemExit("participant %s has %d answers" % (p["name"], len(p["items"])))

    # Ids in export order: participant by participant, question order.
    answers, cat_ids = [], {}
    n = 0
    for p in parts:
        for q, text, lang, cat in sorted(p["items"], key=lambda x: Q_ORDER.index(x[0])):
            n += 1
            aid = "%s-%03d" % (key, n)
            qtext = session["questions"].get(lang, session["questions"].get("fr"))[q]
            answers.append({"id": aid, "participant": p["name"], "question": qtext, "answer": text})
            cat_ids.setdefault(cat, []).append(aid)

    truth = {
        "session": key,
        "lang": session["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d,
                    "answer_ids": sorted(cat_ids[("theme", k)])}
                   for k, d, _ in session["themes"]],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": sides[i][0],
                                    "answer_ids": sorted(cat_ids[("side", k, i)])} for i in range(2)]}
                        for k, d, sides in session["oppositions"]],
        "minorities": [{"key": k, "description": d, "answer_ids": sorted(cat_ids[("minority", k)])}
                       for k, d, _ in session["minorities"]],
        "objective_support": [{"objective": o, "themes": t} for o, t in session["objectives"]],
        "unsupported_objectives": [o for o, t in session["objectives"] if not t],
        "unserved_needs": [k for k, _d, _ in session["themes"]
                           if not any(k in t for _o, t in session["objectives"])],
        "noise_answer_ids": sorted(cat_ids.get(("noise",), [])),
    }

    with open(os.path.join(HERE, key + ".answers.jsonl"), "w", encoding="utf-8") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, key + ".objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(o for o, _ in session["objectives"]) + "\n")
    with open(os.path.join(HERE, key + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("%s: %d participants, %d answers" % (key, len(parts), len(answers)))


if __name__ == "__main__":
    for s in SESSIONS:
        build(s)
