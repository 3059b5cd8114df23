#!/usr/bin/env python3
"""Generate the held-out synthesis set (three JE sessions). Standard library only.

Each answer is written below with its planted group:
  ("T", key)  convergence theme      ("A", key) / ("B", key)  side A / B of an opposition
  ("M", key)  minority view          ("N", None)              noise
Participants are assigned per question in a staggered rotation inside their language group,
so that nobody answers the same question twice and everyone gives 4-5 answers.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

Q_FR = {
    "motiv": "Qu'est-ce qui vous motiverait à devenir ambassadeur ou ambassadrice ?",
    "frein": "Qu'est-ce qui pourrait vous freiner ?",
    "contrib": "Quelles contributions aimeriez-vous apporter ?",
    "temps": "Combien de temps pourriez-vous y consacrer ?",
    "attente": "Qu'attendez-vous du programme ?",
}
Q_EN = {
    "motiv": "What would motivate you to become an ambassador?",
    "frein": "What might hold you back?",
    "contrib": "Which contributions would you like to make?",
    "temps": "How much time could you give to the program?",
    "attente": "What should the program bring you?",
}
Q_ORDER = ["motiv", "frein", "contrib", "temps", "attente"]

# ---------------------------------------------------------------- session 1: French
COMPTALIB = {
    "key": "comptalib",
    "client": "Comptalib (logiciel de comptabilité en ligne pour artisans et commerçants)",
    "lang": "fr",
    "participants": [(n, "fr") for n in [
        "Nathalie Girard", "Karim Benali", "Sophie Lemaire", "Julien Roux", "Amandine Petit",
        "Mehdi Haddad", "Claire Fontaine", "Thierry Marchal", "Laetitia Nguyen", "Bruno Caillaud",
        "Élodie Perrin", "Franck Dubois", "Sandrine Morel", "Yannick Le Gall", "Inès Carvalho",
        "Patrice Vasseur", "Chloé Barbier", "Olivier Tessier", "Hélène Garnier", "Romain Lefort",
        "Samia Ouali", "Damien Brunet", "Valérie Joly", "Guillaume Mercier", "Aurélie Faure",
        "Stéphane Colin"]],
    "themes": {
        "entraide": "Aider d'autres artisans et indépendants qui débutent ou galèrent avec leur gestion",
        "influence_produit": "Avoir son mot à dire sur l'évolution du logiciel",
        "manque_temps": "Manque de temps, agenda professionnel et familial déjà plein",
        "sur_sollicitation": "Peur d'être trop relancé, d'être submergé de demandes",
        "avis_publics": "Publier des notes et des commentaires sur Google, les stores et les sites comparateurs",
        "peu_de_temps": "Très peu de temps disponible : quelques minutes à une ou deux heures par mois",
        "acces_anticipe": "Essayer les nouveautés avant leur sortie (bêta, avant-première)",
    },
    "oppositions": {
        "format_temoignage": ("Format du témoignage : vidéo ou texte",
                              "Témoignage vidéo, face caméra", "Témoignage écrit, rédigé"),
        "contrepartie": ("Contrepartie attendue : avantage financier ou moment convivial",
                         "Remise sur l'abonnement", "Moment convivial entre utilisateurs"),
    },
    "minorities": {
        "confidentialite_chiffres": "Crainte d'exposer ses chiffres ou sa situation financière dans un témoignage",
        "macaron_vitrine": "Un macaron ou label à afficher en boutique",
    },
    "objectives": [
        ("Développer l'entraide entre utilisateurs sur le forum communautaire", ["entraide"]),
        ("Améliorer la réputation de l'entreprise sur les plateformes d'évaluation", ["avis_publics"]),
        ("Recueillir des idées d'amélioration pour la feuille de route produit", ["influence_produit"]),
        ("Faire tester les nouveautés en avant-première par des clients", ["acces_anticipe"]),
        ("Recruter 50 nouveaux clients par parrainage d'ici fin 2027", []),
    ],
    "answers": [
        # motivations
        ("motiv", "T", "entraide", "fr", "Aider les autres artisans qui galèrent avec leur compta comme moi au début"),
        ("motiv", "T", "entraide", "fr", "donner un coup de main aux nouveaux, j'aurais aimé qu'on me montre les astuces quand j'ai commencé"),
        ("motiv", "T", "entraide", "fr", "Partager ce que j'ai appris. Franchement la 1ere déclaration de TVA j'étais perdue, si je peux éviter ça à quelqu'un..."),
        ("motiv", "T", "entraide", "fr", "L'entraide entre indépendants, c'est important pour moi"),
        ("motiv", "T", "entraide", "fr", "rendre service aux collègues du métier"),
        ("motiv", "T", "entraide", "fr", "Je réponds déjà souvent aux questions sur le groupe Facebook des coiffeuses, autant le faire ici"),
        ("motiv", "T", "entraide", "fr", "transmettre mon expérience a ceux qui se lancent"),
        ("motiv", "T", "entraide", "fr", "Que les nouveaux installés ne fassent pas les mêmes bêtises que moi"),
        ("motiv", "T", "entraide", "fr", "le partage entre pairs, tout simplement"),
        ("motiv", "T", "entraide", "fr", "j'aime bien expliquer, j'ai été formatrice avant"),
        ("motiv", "T", "influence_produit", "fr", "Pouvoir influencer les prochaines fonctionnalités"),
        ("motiv", "T", "influence_produit", "fr", "qu'on m'écoute enfin sur le module devis !! ça fait 2 ans que je le réclame"),
        ("motiv", "T", "influence_produit", "fr", "avoir mon mot à dire sur l'évolution de l'outil"),
        ("motiv", "T", "influence_produit", "fr", "Faire remonter les besoins du terrain aux développeurs"),
        ("motiv", "T", "influence_produit", "fr", "participer aux choix de la roadmap"),
        ("motiv", "T", "influence_produit", "fr", "j'ai plein d'idées pour l'appli mobile, elle est pas pratique sur chantier"),
        ("motiv", "T", "influence_produit", "fr", "Que le logiciel colle mieux à la réalité des petits commerces, et pour ça il faut nous demander"),
        ("motiv", "T", "influence_produit", "fr", "être consulté avant qu'ils changent l'interface, la dernière refonte était catastrophique"),
        ("motiv", "T", "influence_produit", "fr", "proposer des améliorations concrètes"),
        ("motiv", "T", "influence_produit", "fr", "Contribuer à faire évoluer l'application selon nos vrais usages"),
        ("motiv", "N", None, "fr", "euh... pas d'avis"),
        ("motiv", "N", None, "fr", "bof, je sais pas trop encore"),
        ("motiv", "N", None, "fr", "gagner un sweat Comptalib lol"),
        # freins
        ("frein", "T", "manque_temps", "fr", "Le temps. Je bosse 60h par semaine."),
        ("frein", "T", "manque_temps", "fr", "pas le temps en pleine saison (mai à septembre pour moi)"),
        ("frein", "T", "manque_temps", "fr", "Mon planning est déjà blindé entre les chantiers et les papiers"),
        ("frein", "T", "manque_temps", "fr", "je suis seule dans ma boutique, difficile de me libérer"),
        ("frein", "T", "manque_temps", "fr", "Les fins de mois sont chargées, je ne pourrai rien faire à ce moment là"),
        ("frein", "T", "manque_temps", "fr", "Surcharge de travail."),
        ("frein", "T", "manque_temps", "fr", "j'ai 3 enfants et une entreprise... les soirées sont courtes"),
        ("frein", "T", "manque_temps", "fr", "En tant que boulanger je me lève à 3h, le reste de la journée je dors ou je livre"),
        ("frein", "T", "manque_temps", "fr", "je cours tout le temps"),
        ("frein", "T", "manque_temps", "fr", "Disponibilité très limitée, je cumule deux activités"),
        ("frein", "T", "sur_sollicitation", "fr", "Recevoir 15 mails par semaine pour me réclamer des trucs"),
        ("frein", "T", "sur_sollicitation", "fr", "qu'on me relance sans arrêt"),
        ("frein", "T", "sur_sollicitation", "fr", "Être harcelé de notifications, j'en ai déjà assez avec les impôts"),
        ("frein", "T", "sur_sollicitation", "fr", "La peur d'être sollicitée tout le temps, comme ces marques qui vous demandent un avis après chaque achat"),
        ("frein", "T", "sur_sollicitation", "fr", "si ça devient envahissant je décroche"),
        ("frein", "T", "sur_sollicitation", "fr", "recevoir des demandes toutes les semaines, très peu pour moi"),
        ("frein", "T", "sur_sollicitation", "fr", "le côté 'on compte sur vous !' à répétition, ça me saoule"),
        ("frein", "T", "sur_sollicitation", "fr", "Trop de messages, trop de relances."),
        ("frein", "M", "confidentialite_chiffres", "fr", "Je ne veux pas que mon chiffre d'affaires apparaisse dans un témoignage"),
        ("frein", "M", "confidentialite_chiffres", "fr", "montrer mon écran avec mes comptes ? non merci"),
        ("frein", "M", "confidentialite_chiffres", "fr", "Ma situation financière c'est privé, faudrait garantir qu'on floute tout"),
        ("frein", "M", "confidentialite_chiffres", "fr", "je tiens à rester discret sur ma rentabilité"),
        ("frein", "N", None, "fr", "rien de particulier"),
        ("frein", "N", None, "fr", "le prix de l'abonnement qui a augmenté en janvier"),
        # contributions
        ("contrib", "T", "avis_publics", "fr", "Laisser un avis sur Google"),
        ("contrib", "T", "avis_publics", "fr", "mettre 5 étoiles sur le store, ça prend 2 min"),
        ("contrib", "T", "avis_publics", "fr", "un petit commentaire sur Trustpilot"),
        ("contrib", "T", "avis_publics", "fr", "Noter l'appli, pourquoi pas"),
        ("contrib", "T", "avis_publics", "fr", "écrire quelques lignes sur les sites comparateurs de logiciels (Capterra etc)"),
        ("contrib", "T", "avis_publics", "fr", "je peux poster une note positive sur les annuaires pro"),
        ("contrib", "T", "avis_publics", "fr", "donner mon avis sur internet quand on me le demande gentiment"),
        ("contrib", "T", "avis_publics", "fr", "Mettre un commentaire sur la fiche Google de Comptalib"),
        ("contrib", "T", "avis_publics", "fr", "une notation sur l'App Store"),
        ("contrib", "T", "avis_publics", "fr", "déposer mon ressenti sur Appvizer ou GetApp"),
        ("contrib", "A", "format_temoignage", "fr", "Une petite vidéo filmée dans mon atelier, c'est plus parlant"),
        ("contrib", "A", "format_temoignage", "fr", "je suis à l'aise face caméra, je veux bien tourner un truc"),
        ("contrib", "A", "format_temoignage", "fr", "plutôt un format court type reel où je montre comment je fais mes factures"),
        ("contrib", "A", "format_temoignage", "fr", "filmer un témoignage sur mon téléphone et vous l'envoyer"),
        ("contrib", "B", "format_temoignage", "fr", "Un texte, je préfère écrire tranquillement"),
        ("contrib", "B", "format_temoignage", "fr", "témoignage rédigé, relu avant publication"),
        ("contrib", "B", "format_temoignage", "fr", "Un article ou une interview par écrit, je suis plus à l'aise à l'écrit qu'à l'oral"),
        ("contrib", "B", "format_temoignage", "fr", "quelques paragraphes pour votre blog"),
        ("contrib", "N", None, "fr", "des photos de mes chantiers ?"),
        ("contrib", "N", None, "fr", "je verrai"),
        ("contrib", "N", None, "fr", "Animer un atelier à la chambre des métiers"),
        # temps
        ("temps", "T", "peu_de_temps", "fr", "1h par mois max"),
        ("temps", "T", "peu_de_temps", "fr", "deux heures par mois, pas plus"),
        ("temps", "T", "peu_de_temps", "fr", "Une demi-journée par trimestre"),
        ("temps", "T", "peu_de_temps", "fr", "15 minutes de temps en temps"),
        ("temps", "T", "peu_de_temps", "fr", "quelques heures par an"),
        ("temps", "T", "peu_de_temps", "fr", "Très peu. Un quart d'heure par semaine peut-être"),
        ("temps", "T", "peu_de_temps", "fr", "ponctuellement, quand j'ai un creux"),
        ("temps", "T", "peu_de_temps", "fr", "le dimanche soir, 30 min"),
        ("temps", "T", "peu_de_temps", "fr", "pas beaucoup honnêtement"),
        ("temps", "T", "peu_de_temps", "fr", "une heure par-ci par-là"),
        ("temps", "T", "peu_de_temps", "fr", "Presque rien en ce moment"),
        ("temps", "T", "peu_de_temps", "fr", "une soirée par mois à la rigueur"),
        ("temps", "T", "peu_de_temps", "fr", "10-20 min quand je prends mon café"),
        ("temps", "T", "peu_de_temps", "fr", "Le minimum, je préfère être franche"),
        ("temps", "T", "peu_de_temps", "fr", "2-3 h sur l'année"),
        ("temps", "N", None, "fr", "on verra bien"),
        ("temps", "N", None, "fr", "je ne sais pas encore"),
        ("temps", "N", None, "fr", "aucune idée"),
        # attentes
        ("attente", "T", "acces_anticipe", "fr", "Tester les nouveautés avant tout le monde"),
        ("attente", "T", "acces_anticipe", "fr", "un accès beta aux nouvelles fonctions"),
        ("attente", "T", "acces_anticipe", "fr", "être dans les premiers à essayer le module de facturation électronique"),
        ("attente", "T", "acces_anticipe", "fr", "Découvrir en avance ce qui arrive"),
        ("attente", "T", "acces_anticipe", "fr", "avant-première sur les mises à jour"),
        ("attente", "T", "acces_anticipe", "fr", "qu'on nous ouvre les versions de test"),
        ("attente", "T", "acces_anticipe", "fr", "voir les nouvelles fonctionalités en exclu"),
        ("attente", "T", "acces_anticipe", "fr", "Être bêta-testeur"),
        ("attente", "T", "acces_anticipe", "fr", "avoir les nouveautés en premier"),
        ("attente", "T", "acces_anticipe", "fr", "Une longueur d'avance sur les évolutions"),
        ("attente", "A", "contrepartie", "fr", "une réduc sur l'abonnement annuel"),
        ("attente", "A", "contrepartie", "fr", "Des mois offerts"),
        ("attente", "A", "contrepartie", "fr", "un geste sur le prix, genre -20%"),
        ("attente", "A", "contrepartie", "fr", "tarif préférentiel pour les ambassadeurs"),
        ("attente", "B", "contrepartie", "fr", "Un apéro avec les autres utilisateurs de la région"),
        ("attente", "B", "contrepartie", "fr", "des rencontres sympas, un repas ensemble une fois par an"),
        ("attente", "B", "contrepartie", "fr", "Se retrouver entre commerçants autour d'un verre"),
        ("attente", "B", "contrepartie", "fr", "Une soirée conviviale, c'est ce qui crée des liens"),
        ("attente", "M", "macaron_vitrine", "fr", "un autocollant à mettre sur ma vitrine pour montrer que je suis ambassadeur"),
        ("attente", "M", "macaron_vitrine", "fr", "Un label officiel que je pourrais afficher dans mon salon et sur mon site"),
        ("attente", "M", "macaron_vitrine", "fr", "un petit logo 'partenaire Comptalib' pour mes devis et ma devanture"),
        ("attente", "N", None, "fr", "rien à ajouter"),
    ],
}

# ---------------------------------------------------------------- session 2: English
LUMIO = {
    "key": "lumio",
    "client": "Lumio Solar (residential solar panel installer, UK)",
    "lang": "en",
    "participants": [(n, "en") for n in [
        "Gareth Hughes", "Emily Carter", "Priya Shah", "Tom Whitfield", "Rachel O'Brien",
        "Daniel Okafor", "Helen Marsh", "Stuart McKay", "Fiona Doyle", "Aaron Patel",
        "Margaret Ellis", "Liam Foster"]],
    "themes": {
        "climate": "Contributing to the fight against climate change and fossil fuels",
        "share_story": "Sharing one's own lived experience and bills to reassure people who hesitate",
        "pushy": "Fear of coming across as a salesperson to friends and neighbours",
        "unresolved_issue": "An unresolved problem with one's own installation makes recommending hard",
        "open_house": "Welcoming curious neighbours to look at the panels on one's own roof or garage",
        "tech_first": "Hearing early about new batteries, chargers and other products",
    },
    "oppositions": {
        "channel": ("Preferred channel: online posts versus meeting people in person",
                    "Online: posts, reviews, shares", "In person: talks, chats, stands"),
        "involvement": ("Level of involvement: light and occasional versus substantial and regular",
                        "Light, occasional involvement", "Substantial, regular involvement"),
    },
    "minorities": {
        "privacy_address": "Not wanting one's house or address to be shown publicly",
        "cash_reward": "Wanting money rather than points or vouchers",
    },
    "objectives": [
        ("Build trust in rooftop solar through real customer stories", ["share_story"]),
        ("Give prospects a chance to see a working system near their home", ["open_house"]),
        ("Keep ambassadors informed first about new storage and EV-charging products", ["tech_first"]),
        ("Position Lumio as a driving force of the local energy transition", ["climate"]),
        ("Secure 30 articles a year in regional newspapers", []),
    ],
    "answers": [
        ("motiv", "T", "climate", "en", "Doing my bit for the planet"),
        ("motiv", "T", "climate", "en", "I want more people off fossil fuels, simple as that"),
        ("motiv", "T", "climate", "en", "climate change honestly. every roof that goes solar counts"),
        ("motiv", "T", "climate", "en", "Helping my town cut its carbon footprint"),
        ("motiv", "T", "climate", "en", "Green energy is something I genuinely believe in and I'd love to spread it"),
        ("motiv", "T", "share_story", "en", "Showing people my actual electricity bills - they don't believe me when I say £30 in summer"),
        ("motiv", "T", "share_story", "en", "I was nervous before going solar, I'd like to reassure others who feel the same"),
        ("motiv", "T", "share_story", "en", "telling friends what it's really like to live with panels, warts and all"),
        ("motiv", "T", "share_story", "en", "Real numbers from a real household beat any advert"),
        ("motiv", "N", None, "en", "not sure yet"),
        ("frein", "T", "pushy", "en", "I don't want my mates thinking I'm on commission"),
        ("frein", "T", "pushy", "en", "sounding like a pushy salesman"),
        ("frein", "T", "pushy", "en", "Becoming 'that neighbour' who keeps going on about solar at every BBQ"),
        ("frein", "T", "pushy", "en", "my friends would feel I'm selling to them, awkward"),
        ("frein", "T", "pushy", "en", "Mixing friendships and business makes me uneasy"),
        ("frein", "T", "unresolved_issue", "en", "My inverter has been faulty since March and nobody's called back"),
        ("frein", "T", "unresolved_issue", "en", "hard to recommend when my monitoring app hasn't worked for weeks"),
        ("frein", "T", "unresolved_issue", "en", "Still waiting on the roof leak fix. Sort that first pls"),
        ("frein", "T", "unresolved_issue", "en", "the after-sales service has been slow for me, so I'd feel a bit of a hypocrite"),
        ("frein", "M", "privacy_address", "en", "I don't want my house photographed and posted online"),
        ("frein", "M", "privacy_address", "en", "worried strangers would know where I live"),
        ("frein", "M", "privacy_address", "en", "Privacy. My street address shouldn't end up on a map of 'Lumio homes'"),
        ("contrib", "T", "open_house", "en", "Happy to have people over to look at my roof"),
        ("contrib", "T", "open_house", "en", "Open my garden on a Saturday so the curious can check out the panels and the battery"),
        ("contrib", "T", "open_house", "en", "showing visitors round, the kit in the garage is usually what convinces people"),
        ("contrib", "T", "open_house", "en", "I could host a little open day in the summer"),
        ("contrib", "T", "open_house", "en", "If someone in the village is hesitating they can pop round and look at it in action"),
        ("contrib", "A", "channel", "en", "A few posts on Facebook and the local community group"),
        ("contrib", "A", "channel", "en", "Write a review on Trustpilot or Google"),
        ("contrib", "A", "channel", "en", "sharing Lumio's stuff on my Instagram stories"),
        ("contrib", "B", "channel", "en", "face to face chats, that's where I'm convincing"),
        ("contrib", "B", "channel", "en", "Giving a short talk at the parish hall or the rotary club"),
        ("contrib", "B", "channel", "en", "I'd rather meet folk in person at a fair or market stand"),
        ("contrib", "N", None, "en", "whatever is needed really"),
        ("temps", "A", "involvement", "en", "An hour here and there"),
        ("temps", "A", "involvement", "en", "once or twice a year when you need me"),
        ("temps", "A", "involvement", "en", "Only the occasional quick favour"),
        ("temps", "B", "involvement", "en", "I'm retired, I can give a full day most Mondays"),
        ("temps", "B", "involvement", "en", "a few hours every week, I'd like to be properly involved"),
        ("temps", "B", "involvement", "en", "As much as needed, I'd happily coordinate the local ambassadors"),
        ("temps", "N", None, "en", "depends on the season"),
        ("temps", "N", None, "en", "no idea"),
        ("attente", "T", "tech_first", "en", "Hear about new batteries before they're launched"),
        ("attente", "T", "tech_first", "en", "first look at the EV charger range"),
        ("attente", "T", "tech_first", "en", "Technical updates. I'm a bit of a geek, tell me what's coming"),
        ("attente", "T", "tech_first", "en", "early info on new products and upgrades for my setup"),
        ("attente", "T", "tech_first", "en", "a preview of the heat pump offer before the public gets it"),
        ("attente", "M", "cash_reward", "en", "Points are fine but I'd rather have actual money"),
        ("attente", "M", "cash_reward", "en", "a cash bonus or a cheque, vouchers don't do much for me"),
        ("attente", "N", None, "en", "nothing to add"),
    ],
}

# ---------------------------------------------------------------- session 3: mixed
BOREAL = {
    "key": "boreal",
    "client": "Boréal Torréfacteurs (torréfacteur montréalais qui fournit cafés et bureaux)",
    "lang": "fr+en",
    "participants": [(n, "fr") for n in [
        "Geneviève Tremblay", "Mathieu Gagnon", "Isabelle Bouchard", "Simon Côté",
        "Marie-Ève Pelletier", "François Lavoie", "Audrey Gauthier", "Jean-Philippe Roy",
        "Nadia Belkacem", "Olivier Bergeron", "Catherine Lefebvre", "Louis-Philippe Ouellet"]] + [(n, "en") for n in [
        "Kevin O'Connor", "Sarah Goldberg", "Michael Chen", "Jessica Morrison",
        "Ryan Fitzgerald", "Laura Kowalski", "Hannah Price", "Brandon Walsh"]],
    "themes": {
        "fierte_locale": "Fierté de soutenir une entreprise d'ici / pride in backing a local business",
        "reseau_cafes": "Rencontrer et échanger avec d'autres propriétaires de cafés / meet other shop owners",
        "rush_personnel": "Pas de temps libre à cause du rush et du manque de personnel / short-staffed, no spare time",
        "photos_reseaux": "Publier photos et stories sur Instagram ou Facebook / social media posts",
        "degustation": "Accueillir une dégustation ou un cupping dans son café / host a tasting",
        "temps_creux": "Un peu de temps pendant les heures creuses ou les jours de fermeture / quiet hours",
        "origines": "En apprendre plus sur les origines et les producteurs / learn about the growers",
    },
    "oppositions": {
        "reconnaissance": ("Reconnaissance : classement public ou remerciement discret / public ranking vs quiet thanks",
                           "Classement public, compétition amicale", "Remerciement discret, en privé"),
    },
    "minorities": {
        "bilinguisme": "Crainte que les anglophones passent au second plan / English speakers treated as an afterthought",
    },
    "objectives": [
        ("Fédérer les établissements partenaires autour de la marque", ["reseau_cafes"]),
        ("Augmenter la présence de Boréal sur Instagram et Facebook", ["photos_reseaux"]),
        ("Organiser des dégustations dans les cafés ambassadeurs", ["degustation"]),
        ("Valoriser l'ancrage montréalais de l'entreprise", ["fierte_locale"]),
        ("Décrocher trois contrats avec des chaînes hôtelières en 2027", []),
    ],
    "answers": [
        ("motiv", "T", "fierte_locale", "fr", "Encourager une entreprise d'ici, c'est important pour moi"),
        ("motiv", "T", "fierte_locale", "fr", "fier de servir du café torréfié à 10 minutes de mon comptoir"),
        ("motiv", "T", "fierte_locale", "fr", "Soutenir l'économie du quartier"),
        ("motiv", "T", "fierte_locale", "fr", "acheter local pis le dire, ça me ressemble"),
        ("motiv", "T", "fierte_locale", "en", "Backing a Montreal business instead of a big chain"),
        ("motiv", "T", "fierte_locale", "en", "I like that the roasting happens down the street, it's a point of pride"),
        ("motiv", "T", "fierte_locale", "fr", "Montrer qu'on peut faire du grand café au Québec"),
        ("motiv", "T", "fierte_locale", "en", "Keeping money in the local economy matters to me"),
        ("motiv", "T", "reseau_cafes", "fr", "Rencontrer d'autres proprios de cafés"),
        ("motiv", "T", "reseau_cafes", "fr", "échanger des trucs de métier avec les collègues baristas"),
        ("motiv", "T", "reseau_cafes", "fr", "briser l'isolement, quand t'as un petit commerce t'es souvent tout seul"),
        ("motiv", "T", "reseau_cafes", "en", "Networking with other shop owners"),
        ("motiv", "T", "reseau_cafes", "en", "swap tips with people who run cafés like mine"),
        ("motiv", "T", "reseau_cafes", "fr", "créer des liens avec les autres cafés du réseau Boréal"),
        ("motiv", "T", "reseau_cafes", "en", "getting to know the other owners who buy from them, maybe share staff tips"),
        ("motiv", "N", None, "fr", "je sais pas"),
        ("motiv", "N", None, "en", "free coffee lol"),
        ("frein", "T", "rush_personnel", "fr", "Le rush du midi, j'ai pas une minute"),
        ("frein", "T", "rush_personnel", "fr", "on manque de staff depuis l'automne"),
        ("frein", "T", "rush_personnel", "fr", "Trop de roulement d'employés, je dois tout faire moi-même"),
        ("frein", "T", "rush_personnel", "fr", "mes journées commencent à 5h30, le soir je suis brûlée"),
        ("frein", "T", "rush_personnel", "en", "Short-staffed most days"),
        ("frein", "T", "rush_personnel", "en", "Between the morning rush and closing I've got zero spare time"),
        ("frein", "T", "rush_personnel", "en", "I'm the only barista on weekdays"),
        ("frein", "T", "rush_personnel", "fr", "L'été avec la terrasse, oublie ça"),
        ("frein", "T", "rush_personnel", "fr", "je fais les horaires, la caisse, les commandes... pas de place pour autre chose"),
        ("frein", "T", "rush_personnel", "en", "We're slammed from 7 to 2 every single day"),
        ("frein", "M", "bilinguisme", "en", "Everything Boréal sends is French first, English as an afterthought"),
        ("frein", "M", "bilinguisme", "en", "would the program actually work for anglophone owners?"),
        ("frein", "M", "bilinguisme", "fr", "Faudrait penser à nos clients anglos, pas juste traduire à la dernière minute"),
        ("frein", "M", "bilinguisme", "en", "Make sure the Discord isn't only en français, please"),
        ("frein", "N", None, "fr", "rien"),
        ("contrib", "T", "photos_reseaux", "fr", "des photos de latte art sur mon Insta"),
        ("contrib", "T", "photos_reseaux", "fr", "Partager leurs publications dans mes stories"),
        ("contrib", "T", "photos_reseaux", "fr", "Poster le sac de grains du mois sur notre page Facebook"),
        ("contrib", "T", "photos_reseaux", "fr", "un petit reel quand on reçoit un nouveau café"),
        ("contrib", "T", "photos_reseaux", "en", "post pics of our pour-overs with their beans tagged"),
        ("contrib", "T", "photos_reseaux", "en", "Social media shoutouts, I do it anyway"),
        ("contrib", "T", "photos_reseaux", "fr", "Je peux taguer Boréal dans mes posts"),
        ("contrib", "T", "photos_reseaux", "en", "Instagram reels of the espresso bar"),
        ("contrib", "T", "degustation", "fr", "Accueillir une dégustation un samedi matin"),
        ("contrib", "T", "degustation", "fr", "faire un atelier cupping avec mes clients réguliers"),
        ("contrib", "T", "degustation", "fr", "Je peux prêter ma salle pour une soirée découverte des cafés d'Éthiopie"),
        ("contrib", "T", "degustation", "en", "host a tasting night at my shop"),
        ("contrib", "T", "degustation", "en", "Run a cupping for the neighbourhood once in a while"),
        ("contrib", "T", "degustation", "fr", "animer une soirée tasting dans le café"),
        ("contrib", "T", "degustation", "en", "I'd love to do a coffee flight evening for my regulars"),
        ("contrib", "N", None, "fr", "peut-être du bénévolat aux événements"),
        ("contrib", "N", None, "en", "dunno yet"),
        ("temps", "T", "temps_creux", "fr", "1h par semaine, l'après-midi quand c'est tranquille"),
        ("temps", "T", "temps_creux", "fr", "entre 14h et 16h c'est mort, je peux faire des choses"),
        ("temps", "T", "temps_creux", "fr", "quelques heures par mois, le lundi (on est fermés)"),
        ("temps", "T", "temps_creux", "fr", "Pas grand chose, 30 min ici et là"),
        ("temps", "T", "temps_creux", "fr", "le matin avant l'ouverture peut-être"),
        ("temps", "T", "temps_creux", "en", "maybe an hour during the afternoon lull"),
        ("temps", "T", "temps_creux", "en", "Mondays when we're closed"),
        ("temps", "T", "temps_creux", "en", "a couple of hours a month, tops"),
        ("temps", "T", "temps_creux", "en", "early mornings before we open at 7"),
        ("temps", "T", "temps_creux", "fr", "les dimanches après-midi, c'est calme"),
        ("temps", "T", "temps_creux", "fr", "deux heures le mardi matin"),
        ("temps", "T", "temps_creux", "en", "whenever it's dead between lunch and close"),
        ("temps", "N", None, "fr", "Aucune idée pour l'instant"),
        ("temps", "N", None, "fr", "faut voir avec mon associé"),
        ("attente", "T", "origines", "fr", "En apprendre plus sur les fermes d'où vient le café"),
        ("attente", "T", "origines", "fr", "visiter les producteurs, même virtuellement"),
        ("attente", "T", "origines", "fr", "Des formations sur les origines et les méthodes de séchage"),
        ("attente", "T", "origines", "fr", "connaître l'histoire derrière chaque lot"),
        ("attente", "T", "origines", "en", "Learn where the beans actually come from"),
        ("attente", "T", "origines", "en", "a trip to Colombia one day?? lol but seriously meeting the growers"),
        ("attente", "T", "origines", "fr", "rencontrer les gens qui cultivent le café"),
        ("attente", "T", "origines", "en", "Stories from the farms we could tell our customers"),
        ("attente", "A", "reconnaissance", "fr", "un classement des cafés ambassadeurs, ça motive!"),
        ("attente", "A", "reconnaissance", "fr", "Un palmarès affiché à la fin de l'année avec les plus actifs"),
        ("attente", "A", "reconnaissance", "en", "a leaderboard, I'm competitive haha"),
        ("attente", "A", "reconnaissance", "fr", "voir qui est le café le plus impliqué du mois, genre tableau des scores"),
        ("attente", "B", "reconnaissance", "fr", "Un petit mot de remerciement perso, ça me suffit"),
        ("attente", "B", "reconnaissance", "fr", "un merci en privé, discret"),
        ("attente", "B", "reconnaissance", "en", "A quiet thank-you note is plenty for me"),
        ("attente", "B", "reconnaissance", "fr", "Juste qu'on me dise merci de temps en temps"),
        ("attente", "N", None, "en", "nothing more"),
    ],
}

SESSIONS = [COMPTALIB, LUMIO, BOREAL]


def assign(session):
    """Give each answer a participant: per language group, a staggered rotation over questions."""
    groups = {}
    for i, (name, lang) in enumerate(session["participants"]):
        groups.setdefault(lang, []).append(i)
    cursor = {lang: 0 for lang in groups}
    rows = []
    for q in Q_ORDER:
        for lang, members in groups.items():
            items = [a for a in session["answers"] if a[0] == q and a[3] == lang]
            if len(items) > len(members):
                raise SystemExit(f"{session['key']}/{q}/{lang}: more answers than participants")
            for a in items:
                rows.append((members[cursor[lang] % len(members)], Q_ORDER.index(q), a))
                cursor[lang] += 1
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def build(session):
    key = session["key"]
    rows = assign(session)
    answers = []
    themes = {k: [] for k in session["themes"]}
    sides = {k: ([], []) for k in session["oppositions"]}
    minorities = {k: [] for k in session["minorities"]}
    noise = []
    for n, (pidx, _, (q, kind, gkey, lang, text)) in enumerate(rows, 1):
        aid = f"{key}-{n:03d}"
        name, plang = session["participants"][pidx]
        question = (Q_FR if plang == "fr" else Q_EN)[q]
        answers.append({"id": aid, "participant": name, "question": question, "answer": text})
        if kind == "T":
            themes[gkey].append(aid)
        elif kind == "A":
            sides[gkey][0].append(aid)
        elif kind == "B":
            sides[gkey][1].append(aid)
        elif kind == "M":
            minorities[gkey].append(aid)
        else:
            noise.append(aid)
    supported = {t for _, ts in session["objectives"] for t in ts}
    truth = {
        "session": key,
        "lang": session["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d, "answer_ids": themes[k]}
                   for k, d in session["themes"].items()],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": la, "answer_ids": sides[k][0]},
                                   {"label": lb, "answer_ids": sides[k][1]}]}
                        for k, (d, la, lb) in session["oppositions"].items()],
        "minorities": [{"key": k, "description": d, "answer_ids": minorities[k]}
                       for k, d in session["minorities"].items()],
        "objective_support": [{"objective": o, "themes": ts} for o, ts in session["objectives"]],
        "unsupported_objectives": [o for o, ts in session["objectives"] if not ts],
        "unserved_needs": [k for k in session["themes"] if k not in supported],
        "noise_answer_ids": noise,
    }
    with open(os.path.join(HERE, f"{key}.answers.jsonl"), "w", encoding="utf-8") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, f"{key}.objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(o for o, _ in session["objectives"]) + "\n")
    with open(os.path.join(HERE, f"{key}.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return len(session["participants"]), len(answers), len(noise)


if __name__ == "__main__":
    for s in SESSIONS:
        p, a, n = build(s)
        print(f"{s['key']}: {p} participants, {a} answers, {n} noise")
