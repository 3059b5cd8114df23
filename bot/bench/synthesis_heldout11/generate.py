#!/usr/bin/env python3
"""Writes the held-out synthesis evaluation set (issue 18). Stdlib only, deterministic.

Each session lists, per question, labelled groups of answers. Labels:
  ("T", key)          convergence theme
  ("O", key, side)    opposition side (0 or 1)
  ("M", key)          minority view
  ("N",)              noise
Participants are assigned to answers by a seeded shuffle, per language; a participant
who is not needed for a question skips it (nobody skips more than one question).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- grimpe (fr)
GRIMPE = {
    "code": "grimpe",
    "lang": "fr",
    "seed": 1107,
    "participants": [(n, "fr") for n in [
        "Camille Roux", "Julien Mercier", "Léa Fontaine", "Thomas Giraud", "Manon Lefèvre",
        "Hugo Bertrand", "Chloé Garnier", "Maxime Dupuis", "Sarah Benali", "Antoine Morel",
        "Inès Chevalier", "Lucas Perrin", "Pauline Masson", "Nicolas Faure", "Élodie Blanc",
        "Romain Guérin", "Océane Marchand", "Baptiste Henry", "Yasmine Haddad", "Quentin Roche",
        "Justine Carpentier", "Mathis Lambert", "Clara Vidal", "Alexis Barbier", "Margaux Colin",
        "Kévin Arnaud", "Audrey Picard", "Théo Renaud", "Nadia Bouzid", "Florian Gauthier"]],
    "questions": [
        {"fr": "Qu'est-ce qui vous donnerait envie de devenir ambassadeur·rice de Grimpe ?"},
        {"fr": "Qu'est-ce qui pourrait vous freiner ou vous faire hésiter ?"},
        {"fr": "Quelles contributions vous verriez-vous faire ?"},
        {"fr": "Qu'attendez-vous du programme en retour ?"},
    ],
    "themes": {
        "communaute": "Appartenir à une communauté de grimpeurs : amis, ambiance, partenaires de cordée",
        "transmettre": "Transmettre sa passion et accompagner les débutants",
        "manque_temps": "Manque de temps et de disponibilité (travail, famille, horaires)",
        "peur_commercial": "Peur de jouer les commerciaux / de faire de la pub et de perdre sa sincérité",
        "parrainage": "Faire venir et recommander des proches (bouche-à-oreille, parrainage)",
        "reseaux": "Créer et relayer du contenu sur les réseaux sociaux",
        "progression": "Progresser soi-même : coaching, formations, ateliers techniques",
    },
    "oppositions": {
        "contreparties": ("Contreparties matérielles vs engagement désintéressé",
                          "Veut des avantages concrets (réductions, entrées, matériel)",
                          "Veut un engagement bénévole, sans cadeau, reconnu par un simple merci"),
        "classement": ("Classements et défis vs progression sans comparaison",
                       "Veut des défis, classements, badges entre ambassadeurs",
                       "Refuse la mise en compétition et la comparaison entre ambassadeurs"),
    },
    "minorities": {
        "nouvelle_salle": "Veut que le programme aide à ouvrir une salle Grimpe près de chez soi",
        "legitimite": "Ne se sent pas assez bon grimpeur pour être légitime comme ambassadeur",
    },
    "objectives": [
        ("Augmenter le nombre de nouveaux abonnés venus par recommandation", ["parrainage"]),
        ("Renforcer la visibilité de Grimpe sur les réseaux sociaux", ["reseaux"]),
        ("Fidéliser les abonnés en renforçant leur sentiment d'appartenance", ["communaute"]),
        ("Faciliter l'intégration des débutants dans nos salles", ["transmettre"]),
        ("Développer les séances team-building avec les entreprises locales", []),
    ],
    "items": [
        (0, ("T", "communaute"), [
            "Les gens ! j'ai rencontré la moitié de mes potes au pied des blocs",
            "l'ambiance de la salle, c'est ma deuxième maison",
            "Être un peu plus \"de la famille\" avec l'équipe et les habitués",
            "je viens seule le soir et j'aimerais connaitre plus de monde",
            "Pour la bande. On se retrouve tous les jeudis, autant officialiser le truc lol",
            "Le côté tribu. Quand je vais dans une autre salle Grimpe je suis chez moi",
            "créer du lien avec d'autres grimpeurs de mon niveau, trouver des partenaires de cordée",
            "parce que la salle c'est là où je me suis fait des amis en arrivant à Lyon",
            "Rejoindre un groupe de gens motivés, sortir du mode 'je grimpe avec mes écouteurs dans mon coin'",
            "Les soirées, les apéros après la session, le vibe quoi",
            "être entouré de personnes qui partagent le même délire",
        ]),
        (0, ("T", "transmettre"), [
            "J'adore montrer à des débutants comment placer leurs pieds, voir leur tête quand ils sortent leur premier 5a",
            "transmettre ce qu'on m'a appris quand j'ai commencé",
            "aider les nouveaux à pas se décourager les 3 premières séances, c'est là qu'on perd les gens",
            "Faire découvrir l'escalade à ceux qui pensent que c'est réservé aux sportifs",
            "partager ma passion, tout simplement",
            "Quand je vois quelqu'un galérer sur un mouv je peux pas m'empêcher de donner des conseils, autant le faire pour de vrai",
            "donner envie à des gens qui n'ont jamais touché une prise",
            "j'ai été aidée par des inconnus à mes débuts, je veux rendre la pareille",
            "Expliquer les règles de sécu aux nouveaux venus, les parades, où on se place sous le bloc",
            "emmener des gens vers ce sport qui m'a fait du bien (dos, moral...)",
            "accompagner les débutants, les mettre à l'aise",
        ]),
        (0, ("M", "nouvelle_salle"), [
            "Si ça peut aider à ouvrir une salle Grimpe à Villeurbanne, je signe direct",
            "Pousser pour qu'il y ait enfin une salle côté nord, je me tape 40 min de trajet",
            "j'habite à Annecy et il n'y a pas de Grimpe, j'aimerais porter le projet d'une salle ici",
        ]),
        (0, ("N",), [
            "je sais pas trop encore",
            "parce que mon copain m'a inscrite au formulaire mdr",
            "Le café de la salle de Gerland est vraiment bon",
        ]),
        (1, ("T", "manque_temps"), [
            "Le temps. Entre le boulot et les enfants je grimpe déjà en coup de vent",
            "je bosse en horaires décalés, difficile de m'engager sur des dates",
            "Peur de pas pouvoir tenir la cadence si on me demande des trucs toutes les semaines",
            "Mon planning est déjà blindé",
            "déjà que j'arrive à venir 2 fois par semaine...",
            "la dispo, surtout en période de partiels",
            "Je suis en train de déménager + nouveau taf, pas sûr d'avoir de la bande passante avant l'été",
            "si c'est chronophage je lâcherai vite, soyons honnêtes",
            "j'ai une vie déjà bien remplie (asso, sport, famille)",
            "Les créneaux : je grimpe à 7h du mat, je serai jamais là pour les trucs du soir",
            "Manque de temps, clairement",
        ]),
        (1, ("T", "peur_commercial"), [
            "j'ai pas envie de devenir un commercial pour une marque",
            "Peur de saouler mes amis à force de leur parler de mon abonnement",
            "je veux pas avoir l'impression de faire de la pub, ça sonne faux",
            "Le côté marketing, influenceur, très peu pour moi",
            "si je dois poster des codes promo partout, non merci",
            "Mes potes vont croire que je suis payée pour dire du bien",
            "ne pas me sentir utilisé par la boîte pour vendre des abonnements",
            "Que ça devienne du démarchage, style VRP de la grimpe",
            "je suis pas à l'aise avec l'idée de \"vendre\" quoi que ce soit",
        ]),
        (1, ("M", "legitimite"), [
            "Je grimpe en 5b, je vois pas trop ce que je peux apporter face aux gros grimpeurs",
            "pas sûre d'être assez forte pour représenter la salle",
            "j'ai commencé il y a 6 mois, je me sens un peu imposteur",
        ]),
        (1, ("N",), [
            "rien de spécial",
            "?",
            "Les vestiaires de la salle Confluence sont trop petits",
        ]),
        (2, ("T", "parrainage"), [
            "ramener des potes, j'en ai déjà inscrit 3 sans rien demander",
            "recommander Grimpe à mon frère qui cherche un sport pour se remettre en forme",
            "faire venir ma sœur et ses amis, ils hésitent depuis des mois",
            "Inviter des gens pour une séance découverte avec moi",
            "parler de Grimpe autour de moi, ça je le fais déjà naturellement",
            "Parrainer des amis",
            "je peux convaincre mon club de rando de tester",
            "proposer à mes colocs de venir avec moi le dimanche",
            "Le bouche-à-oreille, c'est comme ça que je suis arrivée",
            "filer des invitations à mes proches",
            "amener mes élèves (je suis prof de sport au collège)",
        ]),
        (2, ("T", "reseaux"), [
            "Poster des stories quand je sors un bloc",
            "faire des petites vidéos TikTok des nouveaux blocs",
            "partager les posts de la salle sur mon insta",
            "Des photos sympas pour le compte Instagram, j'ai un bon appareil",
            "Je peux faire des reels, je fais déjà du montage",
            "taguer la salle dans mes publications",
            "Relayer les événements sur Facebook et dans les groupes de grimpe en ligne",
            "commenter et liker les posts de Grimpe, ça coûte rien",
            "filmer les ouvertures pour youtube",
            "tester les nouvelles voies en live sur insta",
        ]),
        (2, ("N",), [
            "je verrai",
            "un peu de tout peut être",
            "nettoyer les prises ?? (je rigole à moitié)",
        ]),
        (3, ("O", "contreparties", 0), [
            "Une réduc sur l'abonnement annuel, soyons concrets",
            "des entrées gratuites pour faire venir des amis",
            "du matos : chaussons, magnésie, un t-shirt Grimpe",
            "un geste sur le prix, l'abonnement pique un peu",
            "qu'on soit récompensés concrètement, genre un mois offert quand un filleul s'inscrit",
        ]),
        (3, ("O", "contreparties", 1), [
            "rien de matériel, je le fais parce que j'aime le lieu",
            "Surtout pas d'argent, sinon ça devient un job",
            "Juste un merci de temps en temps me suffit",
            "je préfère que ça reste bénévole et sincère, pas de cadeaux",
            "la reconnaissance de l'équipe, pas des goodies",
        ]),
        (3, ("O", "classement", 0), [
            "des défis entre ambassadeurs, un classement, ça motive à fond",
            "Un tableau des points affiché à l'accueil, avec un podium chaque mois",
            "gamifier : badges, niveaux, qui ramène le plus de monde",
            "un petit concours entre salles Lyon vs Grenoble, ça mettrait de l'ambiance",
        ]),
        (3, ("O", "classement", 1), [
            "Pas de compétition entre nous, la grimpe en salle c'est justement l'inverse",
            "je déteste être comparé, j'ai assez de pression au boulot",
            "que chacun avance à son rythme sans course aux points",
            "Les classements ça crée des clans, laissez ça aux compètes officielles",
        ]),
        (3, ("T", "progression"), [
            "Des séances coaching avec les moniteurs pour progresser",
            "une formation à l'ouverture de voies",
            "apprendre à assurer en tête proprement, passer mon passeport orange",
            "Progresser ! des conseils d'entraînement, un plan",
            "des ateliers technique (pieds, lecture de voie)",
            "pouvoir passer le brevet d'initiateur gratuitement",
            "des créneaux avec un coach pour débloquer mon niveau, je stagne en 6a",
        ]),
        (3, ("N",), [
            "aucune idée",
            "Rien à ajouter",
            "une salle de yoga dans chaque Grimpe ce serait top",
        ]),
    ],
}

# --------------------------------------------------------------------------- vetline (en)
VETLINE = {
    "code": "vetline",
    "lang": "en",
    "seed": 2211,
    "participants": [(n, "en") for n in [
        "Emily Carter", "James O'Neill", "Priya Shah", "Tom Walsh", "Hannah Brooks",
        "Daniel Kim", "Megan Lloyd", "Oliver Grant", "Aisha Bello", "Ryan Fletcher",
        "Sophie Turner", "Marcus Reed", "Grace Liu", "Ben Hollis"]],
    "questions": [
        {"en": "What would make you want to become a Vetline ambassador?"},
        {"en": "What might hold you back?"},
        {"en": "Which contributions would you be happy to make?"},
        {"en": "How much time could you realistically give per month?"},
        {"en": "What should the program bring you in return?"},
    ],
    "themes": {
        "gratitude": "Gratitude after the app helped their pet in a hard moment; wish to give back",
        "aider_proprietaires": "Helping other pet owners who panic or feel alone",
        "peur_conseil": "Fear of giving wrong medical advice / liability as a non-vet",
        "vie_privee": "Privacy of personal and pet health data",
        "peu_temps": "Very little time available",
        "credits": "Free consultations or subscription discounts",
        "acces_produit": "Early access to features and a voice with the product team",
    },
    "oppositions": {
        "partage": ("Public sharing vs private one-to-one word of mouth",
                    "Share their story publicly (social media, video, public review)",
                    "Recommend privately, face to face or one to one"),
        "rythme": ("Planned regular schedule vs spontaneous, on-demand involvement",
                   "Wants a fixed, planned monthly slot",
                   "Only ad hoc, when something happens or when asked"),
    },
    "minorities": {
        "blog": "Would write articles or guides for the blog / help center",
        "refuge": "Prefers donations or help to animal shelters over personal perks",
    },
    "objectives": [
        ("Increase trust in remote veterinary consultations", ["gratitude"]),
        ("Collect product feedback to improve the app", ["acces_produit"]),
        ("Reward loyal subscribers with exclusive benefits", ["credits"]),
        ("Encourage pet owners to help each other", ["aider_proprietaires"]),
        ("Sign up partner veterinary clinics in new regions", []),
    ],
    "items": [
        (0, ("T", "gratitude"), [
            "Honestly the app saved my cat's life at 2am when nothing was open",
            "the vet on the call talked me through my dog's seizure, I owe them big time",
            "I want to give something back after how they helped with Biscuit's allergies",
            "They calmed me down when my puppy ate chocolate, the lady was amazing",
            "grateful tbh. avoided a $400 ER visit for what was just an ear infection",
            "after our rabbit's surgery the follow ups on video were a lifesaver, this is my way of saying thanks",
        ]),
        (0, ("T", "aider_proprietaires"), [
            "I'd like to help other first time dog owners who panic like I did",
            "helping people out in the countryside who are 2 hours from any help with their animals",
            "to be the person in the local Facebook group who calms everyone down when their pet is sick",
            "Sharing tips with other cat parents, we all google at midnight and freak out",
            "so new owners dont feel alone with a sick pet",
        ]),
        (0, ("N",), [
            "idk, my wife signed us up",
            "The dark mode is nice",
        ]),
        (1, ("T", "peur_conseil"), [
            "I'm not a vet, I'd hate to say something wrong and someone's pet gets worse",
            "worried people will ask me medical questions I can't answer",
            "Liability? if I recommend it and the consult goes badly is that on me",
            "I don't want to sound like I'm giving medical advice",
            "scared of misinforming someone. animals health is serious stuff",
        ]),
        (1, ("T", "vie_privee"), [
            "I don't love the idea of my pet's medical history being used in marketing",
            "privacy, what data would you share about me and my dogs",
            "Not comfortable with my full name and address floating around",
            "would my vet records end up on your website??",
            "GDPR stuff - I want to know exactly what gets shared",
        ]),
        (1, ("N",), [
            "nothing really",
            "n/a",
        ]),
        (2, ("O", "partage", 0), [
            "post our story on Instagram, Mochi has a lot of followers haha",
            "a short video testimonial with my dog, happy to be on camera",
            "share Vetline posts on my Facebook and TikTok",
            "write a public review + tag you on socials",
            "I could do a reel about our 2am emergency",
        ]),
        (2, ("O", "partage", 1), [
            "I'd rather just tell people at the dog park, one to one",
            "recommend it to friends and family when it comes up, quietly",
            "chatting with the other owners at puppy class, that's more my style",
            "text the link to neighbours when their pets are sick",
        ]),
        (2, ("M", "blog"), [
            "I write well, could do articles for your blog on senior cat care",
            "guest posts or how-to guides for the help centre",
        ]),
        (2, ("N",), [
            "not sure yet",
        ]),
        (3, ("T", "peu_temps"), [
            "maybe 15 minutes a week",
            "an hour a month, max",
            "Very little, I work two jobs",
            "not much honestly, a couple of quick things",
            "30min?",
            "whatever fits in a lunch break",
            "small stuff only, I've got a toddler and two dogs",
        ]),
        (3, ("O", "rythme", 0), [
            "I'd like a fixed slot, like the first Sunday of each month, put it in my calendar",
            "give me a monthly schedule in advance and I'll stick to it",
            "a regular routine works best for me, same task every month",
        ]),
        (3, ("O", "rythme", 1), [
            "only when something actually happens with my pets, can't plan that",
            "when the mood strikes, I won't commit to dates",
            "Ping me when you need something and I'll see if I can",
        ]),
        (4, ("T", "credits"), [
            "free consultations, that'd be amazing",
            "a discount on the yearly plan",
            "Some credits for video calls",
            "money off my subscription honestly",
            "a couple of free vet chats a year",
            "cheaper premium",
        ]),
        (4, ("T", "acces_produit"), [
            "early access to new features, I love beta testing",
            "a direct line to the people who build the app so I can tell them what's annoying",
            "try the new symptom checker before everyone else",
            "Being part of a panel that gives feedback on the next updates",
        ]),
        (4, ("M", "refuge"), [
            "instead of perks for me, donate to a local animal shelter",
            "I'd prefer a donation to a rescue charity",
            "free consults for shelter animals would mean more to me than a discount",
        ]),
        (4, ("N",), [
            "Surprise me",
        ]),
    ],
}

# --------------------------------------------------------------------------- biocoop (fr+en)
BIOCOOP = {
    "code": "biocoop",
    "lang": "fr+en",
    "seed": 3307,
    "participants": [(n, "fr") for n in [
        "Aurélie Dubois", "Benoît Lemaire", "Céline Peeters", "David Lambert", "Émilie Jacobs",
        "François Willems", "Gaëlle Renard", "Hélène Maes", "Jérôme Dupont", "Karima El Amrani",
        "Louis Claes", "Marie Vandenberghe", "Nathalie Simon"]] + [(n, "en") for n in [
        "Anna Kowalska", "Ben Murphy", "Chiara Rossi", "Dev Patel", "Eva Lindqvist",
        "Felix Wagner", "Georgia Brown", "Hiro Tanaka", "Isabel Costa"]],
    "questions": [
        {"fr": "Qu'est-ce qui vous motiverait à devenir ambassadeur·rice de la coopérative ?",
         "en": "What would motivate you to become an ambassador for the coop?"},
        {"fr": "Qu'est-ce qui pourrait vous freiner ?",
         "en": "What might hold you back?"},
        {"fr": "Quelles contributions aimeriez-vous apporter ?",
         "en": "Which contributions would you like to make?"},
        {"fr": "Qu'attendez-vous du programme ?",
         "en": "What do you expect from the programme?"},
    ],
    "themes": {
        "producteurs_locaux": "Soutenir les producteurs locaux et le bio en circuit court / support local farmers",
        "lien_quartier": "Lien social de quartier : rencontrer ses voisins, lieu de rencontre / neighbourhood social life",
        "prix_elitisme": "Prix élevés et image élitiste qui freinent la recommandation / prices and elitist image",
        "charge_benevole": "Déjà surchargés par le bénévolat de la coop, peur que ça retombe sur les mêmes / volunteer overload",
        "recettes": "Animations culinaires : dégustations, recettes, ateliers / tastings, recipes, cooking workshops",
        "parrainage": "Faire venir et recommander des proches / bring and recommend friends, family, colleagues",
        "gouvernance": "Avoir voix au chapitre, être consulté sur les décisions / a real say in decisions",
    },
    "oppositions": {
        "canal": ("Promotion en ligne vs promotion papier de quartier",
                  "Réseaux sociaux / online (Facebook, Insta, TikTok)",
                  "Flyers, affiches, présence physique dans le quartier"),
        "croissance": ("Grandir vs rester à taille humaine",
                       "Grandir, ouvrir d'autres magasins, toucher plus de monde",
                       "Rester petit, garder l'esprit et l'âme du projet"),
    },
    "minorities": {
        "pratique_langue": "Pratiquer une langue (néerlandais, français) avec les clients",
        "barriere_langue": "Communication interne presque uniquement en français : barrière de langue",
    },
    "objectives": [
        ("Attirer de nouveaux coopérateurs par la recommandation des membres", ["parrainage"]),
        ("Mieux faire connaître nos producteurs partenaires", ["producteurs_locaux"]),
        ("Renforcer la vie coopérative et la convivialité entre membres", ["lien_quartier"]),
        ("Valoriser les produits par des animations en magasin", ["recettes"]),
        ("Développer la vente en ligne et la livraison à domicile", []),
    ],
    "items": [
        (0, ("T", "producteurs_locaux"), [
            ("fr", "Soutenir les petits producteurs de la région, c'est pour ça que je me suis inscrit"),
            ("fr", "les maraîchers du Brabant wallon méritent qu'on parle d'eux"),
            ("fr", "Manger bio et local sans passer par la grande distrib"),
            ("fr", "Que l'argent aille aux paysans et pas aux actionnaires"),
            ("fr", "défendre une autre façon de cultiver, plus respectueuse de la terre"),
            ("en", "I want to back the farmers we buy from, I've visited two of them"),
            ("en", "supporting short supply chains, knowing who grew my veg"),
            ("en", "Because the food actually comes from 50 km away and not from Spain"),
        ]),
        (0, ("T", "lien_quartier"), [
            ("fr", "Le magasin c'est devenu mon lieu de rencontres dans le quartier"),
            ("fr", "connaître mes voisins, on se croise aux shifts et on papote"),
            ("fr", "l'esprit village à Saint-Gilles, j'adore"),
            ("fr", "Pour les gens, on discute plus à la caisse qu'au Delhaize"),
            ("en", "I moved to Brussels last year and this is where I met people"),
            ("en", "it feels like a little neighbourhood hub, the kids know everyone"),
            ("en", "The chats at the checkout honestly"),
        ]),
        (0, ("M", "pratique_langue"), [
            ("fr", "Ça m'aiderait à pratiquer mon néerlandais avec les clients flamands"),
            ("en", "practice my French, at work everyone switches to English with me"),
            ("en", "I'm learning French, talking to customers would be great practice"),
        ]),
        (0, ("N",), [
            ("fr", "je ne sais pas"),
            ("en", "the bread on Saturdays!!"),
        ]),
        (1, ("T", "prix_elitisme"), [
            ("fr", "c'est cher, j'ose pas conseiller à des amis qui galèrent à la fin du mois"),
            ("fr", "L'image bobo du magasin, ça fait fuir une partie du quartier"),
            ("fr", "les prix... difficile de défendre un kilo de tomates à 6€"),
            ("fr", "on nous voit comme un truc de riches, ça me gêne"),
            ("fr", "pas évident quand tout le monde n'a pas le budget"),
            ("en", "prices. I can't really push it on friends on a student budget"),
            ("en", "people think it's an elitist hipster shop and sometimes they're not wrong"),
        ]),
        (1, ("T", "charge_benevole"), [
            ("fr", "On fait déjà nos 3h de shift par mois, je ne veux pas en rajouter"),
            ("fr", "Déjà bénévole au CA, je risque le burn-out associatif"),
            ("fr", "encore une casquette en plus ? j'ai peur d'être débordée"),
            ("fr", "entre le shift, les commandes groupées et le boulot, j'ai plus une minute"),
            ("fr", "Ça va retomber toujours sur les mêmes, comme d'hab"),
            ("en", "We already volunteer for shifts, this feels like extra unpaid work"),
            ("en", "I'm stretched thin already"),
            ("en", "worried it's the same 10 people doing everything again"),
        ]),
        (1, ("M", "barriere_langue"), [
            ("en", "Most emails and meetings are only in French, I miss half of what's going on"),
            ("en", "language - my French is basic and the GA is all in French"),
            ("en", "as a Flemish member I'd want Dutch or at least English materials"),
        ]),
        (1, ("N",), [
            ("fr", "rien"),
            ("en", "parking is a nightmare near the shop"),
        ]),
        (2, ("T", "recettes"), [
            ("fr", "Animer des dégustations de fromages de la ferme le samedi"),
            ("fr", "partager mes recettes avec les légumes oubliés du panier"),
            ("fr", "un atelier cuisine anti-gaspi, je suis cuisinière de métier"),
            ("fr", "Faire goûter les nouveaux produits à l'entrée du magasin"),
            ("en", "cooking demos with whatever is in season"),
            ("en", "I could write recipe cards to put next to the veg"),
            ("en", "run a kombucha/fermentation workshop"),
        ]),
        (2, ("T", "parrainage"), [
            ("fr", "Emmener des collègues faire leurs courses avec moi pour qu'ils découvrent"),
            ("fr", "convaincre mes voisins de s'inscrire"),
            ("fr", "En parler autour de moi, à la crèche, au boulot"),
            ("fr", "parrainer ma belle-sœur qui hésite depuis un an"),
            ("en", "bring friends along for a visit"),
            ("en", "recommend it to the other parents at school"),
            ("en", "get my flatmates to sign up, they always borrow my veggies anyway"),
        ]),
        (2, ("O", "canal", 0), [
            ("fr", "Animer le groupe Facebook et faire des posts Insta"),
            ("fr", "des stories sur les arrivages, c'est là que ça se passe aujourd'hui"),
            ("en", "a TikTok series about the producers, that's where the younger crowd is"),
        ]),
        (2, ("O", "canal", 1), [
            ("fr", "Distribuer des flyers au marché du Parvis et dans les boîtes aux lettres"),
            ("fr", "coller des affiches à la laverie et à l'école, les gens du quartier lisent ça"),
            ("en", "put up posters in the library and community centre, old-school"),
        ]),
        (2, ("N",), [
            ("fr", "à voir"),
            ("en", "no clue yet"),
        ]),
        (3, ("O", "croissance", 0), [
            ("fr", "Qu'on grandisse ! ouvrir un deuxième magasin à Schaerbeek"),
            ("fr", "toucher d'autres quartiers et d'autres publics, pas juste les convaincus"),
            ("en", "scale up, more members means better prices with the farmers"),
            ("en", "reach way more people, Brussels is big"),
        ]),
        (3, ("O", "croissance", 1), [
            ("fr", "garder une taille humaine où tout le monde se connaît"),
            ("fr", "pas devenir un supermarché bio de plus, on perdrait l'âme du projet"),
            ("fr", "rester artisanal, quitte à refuser du monde"),
            ("en", "keep it small and cozy, growth for growth's sake kills coops"),
        ]),
        (3, ("T", "gouvernance"), [
            ("fr", "Avoir vraiment voix au chapitre sur le choix des produits"),
            ("fr", "être consultée avant les grosses décisions, pas juste à l'AG"),
            ("fr", "que nos idées remontent au conseil d'administration et qu'on ait un retour"),
            ("fr", "participer aux décisions sur les fournisseurs"),
            ("fr", "Plus de démocratie interne, les votes se font entre 15 personnes"),
            ("en", "a real say in how the shop is run"),
            ("en", "being listened to when we suggest things, not just a suggestion box nobody reads"),
            ("en", "vote on which new products we stock"),
        ]),
        (3, ("N",), [
            ("fr", "rien à ajouter"),
            ("en", "more vegan cheese pls"),
        ]),
    ],
}

SESSIONS = [GRIMPE, VETLINE, BIOCOOP]


def build(s):
    rng = random.Random(s["seed"])
    parts = s["participants"]
    nq = len(s["questions"])
    skips = {p: 0 for p, _ in parts}
    rows = []  # (participant index, question index, text, label)
    for q in range(nq):
        entries = []
        for qi, label, texts in s["items"]:
            if qi != q:
                continue
            for t in texts:
                lang, text = t if isinstance(t, tuple) else (s["lang"], t)
                entries.append((lang, text, label))
        for lang in sorted({l for _, l in parts}):
            pool = [i for i, (_, l) in enumerate(parts) if l == lang]
            mine = [e for e in entries if e[0] == lang]
            nskip = len(pool) - len(mine)
            assert nskip >= 0, (s["code"], q, lang, nskip)
            order = pool[:]
            rng.shuffle(order)
            order.sort(key=lambda i: skips[parts[i][0]])  # stable: fewest skips first
            skipped = set(order[:nskip])
            for i in skipped:
                assert skips[parts[i][0]] == 0, (s["code"], "double skip")
                skips[parts[i][0]] += 1
            answering = [i for i in pool if i not in skipped]
            rng.shuffle(answering)
            for i, (l, text, label) in zip(answering, mine):
                rows.append((i, q, text, label))
    rows.sort(key=lambda r: (r[0], r[1]))
    answers, labelled = [], []
    for n, (i, q, text, label) in enumerate(rows, 1):
        aid = "%s-%03d" % (s["code"], n)
        name, lang = parts[i]
        answers.append({"id": aid, "participant": name,
                        "question": s["questions"][q][lang], "answer": text})
        labelled.append((aid, label))

    def ids(pred):
        return [a for a, l in labelled if pred(l)]

    truth = {
        "session": s["code"],
        "lang": s["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d,
                    "answer_ids": ids(lambda l, k=k: l == ("T", k))}
                   for k, d in s["themes"].items()],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": a, "answer_ids": ids(lambda l, k=k: l == ("O", k, 0))},
                                   {"label": b, "answer_ids": ids(lambda l, k=k: l == ("O", k, 1))}]}
                        for k, (d, a, b) in s["oppositions"].items()],
        "minorities": [{"key": k, "description": d,
                        "answer_ids": ids(lambda l, k=k: l == ("M", k))}
                       for k, d in s["minorities"].items()],
        "objective_support": [{"objective": o, "themes": t} for o, t in s["objectives"] if t],
        "unsupported_objectives": [o for o, t in s["objectives"] if not t],
        "unserved_needs": [k for k in s["themes"]
                           if not any(k in t for _, t in s["objectives"])],
        "noise_answer_ids": ids(lambda l: l == ("N",)),
    }
    code = s["code"]
    with open(os.path.join(HERE, code + ".answers.jsonl"), "w", encoding="utf-8") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, code + ".objectives.txt"), "w", encoding="utf-8") as f:
        for o, _ in s["objectives"]:
            f.write(o + "\n")
    with open(os.path.join(HERE, code + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("%s: %d participants, %d answers" % (code, len(parts), len(answers)))


if __name__ == "__main__":
    for s in SESSIONS:
        build(s)
