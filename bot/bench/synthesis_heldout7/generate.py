#!/usr/bin/env python3
"""Generate the planted-theme synthesis set "synthesis_heldout7" (written blind).

Answers are hand-written below, grouped by what they express (a convergence theme,
one side of an opposition, a minority, or noise). The script assigns them to invented
participants (each answers one question at most once, 4-5 answers each), numbers them,
and writes X.answers.jsonl, X.objectives.txt and X.truth.json per session.
Deterministic (fixed seed). Standard library only.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

FR_FIRST = ["Camille", "Nathalie", "Julien", "Sophie", "Mathieu", "Isabelle", "Thomas",
            "Claire", "Nicolas", "Aurélie", "Philippe", "Élodie", "Sébastien", "Martine",
            "Laurent", "Chloé", "Antoine", "Sandrine", "Pierre", "Manon", "Olivier",
            "Véronique", "Hugo", "Émilie", "François", "Léa", "Bernard", "Agnès", "Yannick",
            "Inès", "Karim", "Josiane", "Maxime", "Fatima", "Gérard", "Lucie"]
FR_LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine",
           "Roux", "Garnier", "Chevalier", "Lambert", "Bonnet", "Mercier", "Faure",
           "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Perrin", "Morel", "Lemoine",
           "Benali", "Caron", "Picard", "Renaud", "Aubert", "Marchand", "Le Gall", "Nguyen",
           "Barbier", "Collin", "Vidal", "Brunet", "Hamon", "Texier"]
EN_FIRST = ["Emily", "James", "Sarah", "Oliver", "Hannah", "Daniel", "Grace", "Michael",
            "Chloe", "Ryan", "Megan", "Thomas", "Priya", "Liam", "Rachel", "Aidan"]
EN_LAST = ["Thompson", "Walker", "Patel", "O'Brien", "Hughes", "Clarke", "Bennett",
           "Murphy", "Fletcher", "Shaw", "Reid", "Coleman", "Hart", "Kowalski", "Evans",
           "Foster"]


# ---------------------------------------------------------------------------
# Session 1: verdelune, a chain of garden centres (French, 10 participants)
# ---------------------------------------------------------------------------
VERDELUNE = {
    "key": "verdelune",
    "lang": "fr",
    "groups": {"fr": 10},
    "questions": {
        "q1": {"fr": "Qu'est-ce qui vous donnerait envie de devenir ambassadeur ou ambassadrice Verdelune ?"},
        "q2": {"fr": "De quoi auriez-vous besoin pour vous sentir à l'aise dans ce rôle ?"},
        "q3": {"fr": "Qu'est-ce qui pourrait vous freiner ou vous faire hésiter ?"},
        "q4": {"fr": "Quel type de contribution vous plairait le plus ?"},
        "q5": {"fr": "Combien de temps pourriez-vous y consacrer, et à quel rythme ?"},
        "q6": {"fr": "Qu'est-ce que le programme devrait vous apporter en retour ?"},
    },
    "objectives": [
        ("Accompagner les jardiniers débutants grâce à l'expérience des clients passionnés", ["partage_astuces"]),
        ("Former les ambassadeurs à nos gammes de produits", ["connaissance_produits"]),
        ("Fidéliser les clients grâce à des avantages réservés aux membres", ["avantages_achats"]),
        ("Augmenter le nombre d'avis en ligne sur nos magasins", []),
        ("Proposer un engagement adapté au rythme des saisons", ["disponibilite_saisonniere"]),
    ],
    "themes": {
        "partage_astuces": "Transmettre son savoir-faire et ses astuces à ceux qui commencent",
        "connaissance_produits": "Besoin d'être formé et informé sur les produits avant de conseiller",
        "peur_commercial": "Crainte de passer pour un vendeur ou de faire de la pub auprès des proches",
        "disponibilite_saisonniere": "Disponibilité qui varie selon les saisons (peu au printemps, plus en hiver)",
        "avantages_achats": "Attente de remises, bons d'achat ou cadeaux en retour",
    },
    "oppositions": {
        "format_contribution": ("Contribuer en ligne (photos, réseaux) ou en personne en magasin (atelier, démonstration)",
                                ("en ligne : photos et réseaux sociaux", "en personne : atelier ou démonstration en magasin")),
    },
    "minorities": {
        "points_pour_la_nature": "Reverser ses points à une cause (arbres, école, reforestation) plutôt que de recevoir des récompenses",
    },
    "items": [
        # partage_astuces
        ("q1", "T:partage_astuces", "Filer des coups de pouce aux novices, j'adore ça. Ma voisine a tué trois orchidées avant que je lui montre comment arroser."),
        ("q1", "T:partage_astuces", "transmettre ce que j'ai appris en 30 ans de potager, tout simplement"),
        ("q1", "T:partage_astuces", "Quand je vois des gens perdus au rayon semences je leur donne des tuyaux, alors autant le faire dans un cadre"),
        ("q1", "T:partage_astuces", "Aider ceux qui se lancent. On a tous raté nos premiers semis !"),
        ("q6", "T:partage_astuces", "Le plaisir d'expliquer a quelqu'un comment bouturer et de voir qu'il y arrive."),
        ("q6", "T:partage_astuces", "Pouvoir refiler mes trucs et astuces à des personnes qui commencent, c'est déjà une récompense pour moi"),
        # connaissance_produits
        ("q2", "T:connaissance_produits", "Bien connaître les produits, surtout les engrais et traitements bio, je ne veux pas dire de bêtises"),
        ("q2", "T:connaissance_produits", "Une petite formation avec les vendeurs du rayon pépiniere se serait top"),
        ("q2", "T:connaissance_produits", "Savoir ce qu'il y a dans les nouvelles gammes avant de les conseiller."),
        ("q2", "T:connaissance_produits", "J'ai déjà posté des photos de mes tomates sur Insta mais je ne saurais pas conseiller un terreau plutôt qu'un autre, il me faudrait des fiches claires"),
        ("q2", "T:connaissance_produits", "Qu'on m'explique les différences entre les marques, j'y comprends rien aux étiquettes des substrats"),
        ("q3", "T:connaissance_produits", "Ne pas être assez calé sur le catalogue, ça me bloquerait. Avec quelques sessions d'apprentissage ça irait."),
        # peur_commercial
        ("q3", "T:peur_commercial", "J'ai pas envie de jouer les vendeurs auprès de mes amis."),
        ("q3", "T:peur_commercial", "La peur de passer pour un commercial. Je suis retraitée, pas VRP !"),
        ("q3", "T:peur_commercial", "si on attend de moi que je pousse à l'achat, non merci"),
        ("q3", "T:peur_commercial", "Bonjour à tous :) Que mes proches pensent que je suis payée pour faire de la pub"),
        ("q2", "T:peur_commercial", "J'aurais besoin d'être sûr qu'on ne me demandera pas de faire du chiffre"),
        # disponibilite_saisonniere
        ("q5", "T:disponibilite_saisonniere", "l'hiver j'ai du temps, au printemps c'est la folie dans mes plates-bandes donc presque rien"),
        ("q5", "T:disponibilite_saisonniere", "Ça dépend des mois. Mars-juin je suis dehors tout le temps, après c'est plus facile"),
        ("q5", "T:disponibilite_saisonniere", "2h par mois en automne et en hiver, pas plus en pleine saison"),
        ("q5", "T:disponibilite_saisonniere", "Plutôt de novembre à février, quand le potager dort"),
        ("q5", "T:disponibilite_saisonniere", "Quelques heures, mais pas en avril-mai, c'est la période des plantations"),
        ("q3", "T:disponibilite_saisonniere", "Le calendrier : si on me sollicite en plein moment des semis je ne serai pas dispo"),
        # avantages_achats
        ("q6", "T:avantages_achats", "Des remises sur les plantes, soyons honnêtes"),
        ("q6", "T:avantages_achats", "un bon d'achat de temps en temps, ça fait toujours plaisir"),
        ("q6", "T:avantages_achats", "-10% sur le terreau et les graines ce serait déjà bien"),
        ("q6", "T:avantages_achats", "Des petits cadeaux, un arbuste offert à la fin de l'année par exemple"),
        ("q1", "T:avantages_achats", "Si il y a des réductions à la clé je signe tout de suite lol"),
        ("q6", "T:avantages_achats", "des prix préférentiels en caisse pour les membres"),
        # opposition: online vs in person
        ("q4", "O:format_contribution:0", "Poster des photos de mes massifs sur Insta en taguant Verdelune"),
        ("q4", "O:format_contribution:0", "Partager mes réalisations sur Facebook, j'ai un groupe de 2000 personnes"),
        ("q4", "O:format_contribution:0", "Des stories avant/après de mon balcon, c'est ce que je fais déjà"),
        ("q4", "O:format_contribution:1", "Animer un atelier rempotage un samedi matin en magasin"),
        ("q4", "O:format_contribution:1", "Être présente au rayon le week-end pour répondre aux questions en vrai"),
        ("q4", "O:format_contribution:1", "Faire une démonstration de taille en boutique, devant les gens"),
        # minority
        ("q6", "M:points_pour_la_nature", "Que nos points servent à planter des arbres quelque part, plutôt que des cadeaux pour moi"),
        ("q6", "M:points_pour_la_nature", "J'aimerais pouvoir reverser ce que je gagne au jardin partagé de l'école du quartier"),
        ("q6", "M:points_pour_la_nature", "un don à une asso de reforestation à la place des récompenses"),
        # noise
        ("q1", "N", "je sais pas trop encore"),
        ("q2", "N", "Rien de spécial"),
        ("q3", "N", "Rien à ajouter."),
        ("q4", "N", "Pourquoi pas un concours de citrouilles à Halloween ?"),
        ("q5", "N", "difficile à dire"),
    ],
}

# ---------------------------------------------------------------------------
# Session 2: covalo, a car-sharing service (French, 18 participants)
# ---------------------------------------------------------------------------
COVALO = {
    "key": "covalo",
    "lang": "fr",
    "groups": {"fr": 18},
    "questions": {
        "q1": {"fr": "Pourquoi avez-vous envie de vous impliquer comme ambassadeur Covalo ?"},
        "q2": {"fr": "De quoi auriez-vous besoin de notre part ?"},
        "q3": {"fr": "Qu'est-ce qui vous freine, ou pourrait vous freiner ?"},
        "q4": {"fr": "Quelles contributions vous verriez-vous faire ?"},
        "q5": {"fr": "Quel temps pouvez-vous y consacrer ?"},
        "q6": {"fr": "Qu'attendez-vous du programme en échange ?"},
    },
    "objectives": [
        ("Faciliter la prise en main du service par les nouveaux abonnés", ["guider_debutants"]),
        ("Améliorer l'application et les véhicules grâce aux idées des membres", ["idees_amelioration"]),
        ("Montrer l'impact écologique de l'autopartage", ["ecologie"]),
        ("Développer les partenariats avec les entreprises locales", []),
        ("Garantir des sollicitations espacées et annoncées à l'avance", ["sollicitations_espacees"]),
    ],
    "themes": {
        "priorite_resa": "Être prioritaire pour réserver une voiture aux moments tendus (week-ends, vacances)",
        "ecologie": "Motivation environnementale : moins de voitures, moins de pollution, climat",
        "guider_debutants": "Guider les personnes qui débutent avec Covalo : premier trajet, appli, astuces",
        "sollicitations_espacees": "Peu de temps, demandes rares et planifiées longtemps avant, pas de relances",
        "idees_amelioration": "Voir ses idées et remarques sur l'appli et les voitures prises en compte",
        "peur_deranger_proches": "Crainte d'importuner ses proches et d'abîmer ses relations",
    },
    "oppositions": {
        "type_recompense": ("Récompense en crédits de location ou en moments conviviaux",
                            ("crédits, kilomètres ou réductions", "moments conviviaux entre membres")),
        "visibilite": ("Apparaître publiquement ou rester en coulisses",
                       ("témoigner publiquement avec son nom ou son visage", "rester anonyme, en coulisses")),
    },
    "minorities": {
        "sieges_enfants": "Équiper les voitures de sièges pour enfants",
        "zones_rurales": "Étendre le service aux communes rurales autour de la ville",
    },
    "items": [
        # priorite_resa
        ("q6", "T:priorite_resa", "Être prioritaire pour réserver le vendredi soir, c'est là que c'est galère"),
        ("q6", "T:priorite_resa", "une voiture garantie quand j'en ai vraiment besoin, genre les départs en vacances"),
        ("q6", "T:priorite_resa", "Un accès anticipé aux créneaux du week-end."),
        ("q2", "T:priorite_resa", "Franchement, qu'il y ait une auto dispo en bas de chez moi le samedi. Le reste c'est secondaire"),
        ("q2", "T:priorite_resa", "pouvoir bloquer un véhicule plusieurs semaines avant les congés d'été"),
        ("q6", "T:priorite_resa", "Passer devant dans la file quand tout est complet"),
        ("q2", "T:priorite_resa", "La certitude de trouver un break quand je déménage un meuble, c'est mon seul vrai souci"),
        ("q6", "T:priorite_resa", "des résas prioritaires, vu que j'utilise l'appli toutes les semaines c'est le seul avantage qui me parle"),
        # ecologie
        ("q1", "T:ecologie", "Moins de bagnoles dans la ville, c'est aussi simple que ça"),
        ("q1", "T:ecologie", "J'ai vendu ma voiture il y a deux ans et je veux montrer qu'on peut vivre sans"),
        ("q1", "T:ecologie", "Pour la planète. Une auto partagée en remplace une dizaine, les gens ne le savent pas."),
        ("q1", "T:ecologie", "le climat, clairement"),
        ("q1", "T:ecologie", "réduire la pollution dans mon quartier, les enfants respirent mal ici"),
        ("q1", "T:ecologie", "Convaincre mes voisins qu'on n'a pas besoin d'avoir chacun sa caisse qui dort 95% du temps au parking"),
        ("q2", "T:ecologie", "Des chiffres sur le CO2 évité, pour argumenter quand on me dit que c'est gadget"),
        ("q1", "T:ecologie", "Je crois au partage plutôt qu'à la propriété, surtout pour un objet qui pollue"),
        # guider_debutants (paraphrase of objective 1: no shared stem)
        ("q4", "T:guider_debutants", "Accompagner quelqu'un pour son tout premier trajet, lui montrer comment déverrouiller avec l'appli"),
        ("q4", "T:guider_debutants", "Expliquer aux débutants le coup des photos de l'état du véhicule avant de partir"),
        ("q4", "T:guider_debutants", "Faire des démos du badge à la station près de la gare"),
        ("q1", "T:guider_debutants", "Quand j'ai commencé j'étais perdu, personne pour me renseigner. J'aimerais éviter ça aux autres"),
        ("q4", "T:guider_debutants", "répondre aux questions des inscrits récents sur le forum, du genre 'où je rends les clés'"),
        ("q4", "T:guider_debutants", "Être le parrain de 2-3 personnes qui démarrent, les rassurer au début"),
        ("q1", "T:guider_debutants", "transmettre les petites astuces : le plein, le niveau de batterie, le retour à l'heure..."),
        ("q2", "T:guider_debutants", "Un kit pour guider les gens qui découvrent Covalo, un pas-à-pas qu'on pourrait leur envoyer"),
        # sollicitations_espacees
        ("q5", "T:sollicitations_espacees", "Une heure par mois, à condition d'être prévenu au moins deux semaines avant"),
        ("q5", "T:sollicitations_espacees", "Pas grand chose au quotidien, mais si c'est planifié longtemps à l'avance je m'organise"),
        ("q5", "T:sollicitations_espacees", "ponctuellement 🙂 Une demande par trimestre max sinon je décroche"),
        ("q5", "T:sollicitations_espacees", "2-3h si on me donne un calendrier en début d'année"),
        ("q3", "T:sollicitations_espacees", "Être relancé toutes les semaines, je connais, je finis par tout ignorer"),
        ("q3", "T:sollicitations_espacees", "Les demandes de dernière minute. J'ai des enfants, je ne peux pas tout lâcher le jour même"),
        ("q5", "T:sollicitations_espacees", "un peu, si c'est pas tout le temps et si je sais ce qui arrive dans les mois qui viennent"),
        ("q3", "T:sollicitations_espacees", "Trop de mails. Au bout de la 3e sollicitation du mois je me désinscris"),
        # idees_amelioration
        ("q6", "T:idees_amelioration", "Que nos remarques sur l'appli soient vraiment prises en compte"),
        ("q6", "T:idees_amelioration", "Voir les changements qu'on a suggérés arriver dans les voitures, genre des câbles USB qui marchent"),
        ("q2", "T:idees_amelioration", "un canal direct pour signaler les bugs et proposer des idées à l'équipe produit"),
        ("q1", "T:idees_amelioration", "J'ai plein d'idées pour rendre la reservation plus simple, j'aimerai qu'elles servent"),
        ("q6", "T:idees_amelioration", "être consulté avant les grosses évolutions. On est ceux qui l'utilisent tous les jours"),
        ("q2", "T:idees_amelioration", "Un retour quand on fait une suggestion, même pour dire non"),
        ("q1", "T:idees_amelioration", "Participer à faire évoluer le truc, pas juste le consommer"),
        ("q6", "T:idees_amelioration", "des sessions de test des futures fonctionnalités de l'app"),
        # peur_deranger_proches
        ("q3", "T:peur_deranger_proches", "Passer pour le relou qui parle de Covalo à chaque dîner"),
        ("q3", "T:peur_deranger_proches", "J'ai peur de saouler mes potes avec ça, déjà que je leur parle de vélo et de climat tout le temps"),
        ("q3", "T:peur_deranger_proches", "Que mes amis croient que je cherche à leur vendre un truc"),
        ("q3", "T:peur_deranger_proches", "Harceler mon entourage, très peu pour moi."),
        ("q3", "T:peur_deranger_proches", "Je ne veux pas que ça abîme mes relations, mes proches ne sont pas des cibles"),
        ("q3", "T:peur_deranger_proches", "le côté 'parrainez 5 amis' me met mal à l'aise, on dirait du marketing de réseau"),
        ("q3", "T:peur_deranger_proches", "Déranger les gens, imposer mon avis"),
        ("q2", "T:peur_deranger_proches", "Être sûr qu'on ne va pas me pousser à démarcher ma famille"),
        # opposition: credits vs convivial moments
        ("q6", "O:type_recompense:0", "Des kilomètres offerts, tout simplement"),
        ("q6", "O:type_recompense:0", "une réduc sur mon abonnement mensuel"),
        ("q6", "O:type_recompense:0", "Du crédit de conduite gratuit chaque trimestre"),
        ("q6", "O:type_recompense:0", "Des heures de location à moitié prix"),
        ("q6", "O:type_recompense:1", "Un apéro entre membres de temps en temps, pour se rencontrer"),
        ("q6", "O:type_recompense:1", "Plutôt une soirée sympa qu'une ristourne"),
        ("q6", "O:type_recompense:1", "Un pique-nique annuel avec les autres utilisateurs, ça créerait du lien"),
        ("q6", "O:type_recompense:1", "Des moments conviviaux, un repas, une sortie ensemble"),
        # opposition: public vs behind the scenes
        ("q4", "O:visibilite:0", "Témoigner à visage découvert dans une vidéo, ça ne me dérange pas"),
        ("q4", "O:visibilite:0", "Je veux bien qu'on mette ma photo et mon prénom sur vos réseaux"),
        ("q4", "O:visibilite:0", "Raconter mon histoire dans la newsletter avec mon nom, oui"),
        ("q4", "O:visibilite:1", "Contribuer en coulisses, sans apparaître nulle part"),
        ("q4", "O:visibilite:1", "Rester anonyme. Pas de photo de moi sur internet"),
        ("q4", "O:visibilite:1", "Je préfère agir dans l'ombre, loin des projecteurs"),
        # minorities
        ("q2", "M:sieges_enfants", "Des sièges auto pour enfants dans les voitures, sinon impossible pour moi de recommander"),
        ("q2", "M:sieges_enfants", "Il manque des rehausseurs, avec deux petits c'est un vrai problème"),
        ("q2", "M:sieges_enfants", "un équipement bébé réservable en option"),
        ("q1", "M:zones_rurales", "Que Covalo arrive dans les petites communes autour, pas seulement en centre-ville"),
        ("q1", "M:zones_rurales", "J'habite à la campagne à 15 km, j'aimerais qu'il y ait une station dans mon village"),
        # noise
        ("q1", "N", "Bonne question"),
        ("q2", "N", "rien pour l'instant"),
        ("q3", "N", "Aucun frein"),
        ("q4", "N", "Je sais pas"),
        ("q5", "N", "Ça dépend"),
        ("q5", "N", "difficile de répondre maintenant, je change de boulot en janvier"),
        ("q6", "N", "Un autocollant Covalo pour mon vélo haha"),
        ("q4", "N", "Peut-être écrire un petit poème sur la voiture partagée ?"),
    ],
}

# ---------------------------------------------------------------------------
# Session 3: brindelle, an organic cosmetics brand (French + English, 28 participants)
# ---------------------------------------------------------------------------
BRINDELLE = {
    "key": "brindelle",
    "lang": "fr+en",
    "groups": {"fr": 16, "en": 12},
    "questions": {
        "q1": {"fr": "Qu'est-ce qui vous motive à rejoindre le cercle des ambassadrices et ambassadeurs Brindelle ?",
               "en": "What makes you want to join the Brindelle ambassador circle?"},
        "q2": {"fr": "De quoi auriez-vous besoin pour jouer ce rôle ?",
               "en": "What would you need to play this role?"},
        "q3": {"fr": "Qu'est-ce qui pourrait vous freiner ?",
               "en": "What could hold you back?"},
        "q4": {"fr": "Quelles contributions préféreriez-vous ?",
               "en": "Which contributions would you prefer?"},
        "q5": {"fr": "Combien de temps pourriez-vous y consacrer ?",
               "en": "How much time could you give to it?"},
        "q6": {"fr": "Qu'est-ce que le programme devrait vous apporter ?",
               "en": "What should the program give you?"},
        "q7": {"fr": "Qu'est-ce qui vous donnerait envie de rester actif ou active dans la durée ?",
               "en": "What would keep you involved over time?"},
    },
    "objectives": [
        ("Faire de nos clientes les premières testeuses de nos nouveautés", ["tester_nouveautes"]),
        ("Expliquer nos formules et l'origine de nos ingrédients", ["transparence_ingredients"]),
        ("Créer un espace d'entraide entre membres", ["echanges_membres"]),
        ("Valoriser notre démarche zéro déchet", ["emballages_recharges"]),
        ("Augmenter le nombre d'avis clients sur la boutique en ligne", []),
        ("Proposer des missions courtes compatibles avec un emploi du temps chargé", ["peu_de_temps"]),
    ],
    "themes": {
        "transparence_ingredients": "Transparence sur la composition, les formules et la provenance des matières premières",
        "tester_nouveautes": "Essayer les nouveautés et prototypes avant leur sortie",
        "peur_pub_deguisee": "Crainte de passer pour une publicité déguisée et de perdre sa crédibilité",
        "peu_de_temps": "Très peu de temps disponible, seulement des tâches rapides",
        "echanges_membres": "Échanger et s'entraider avec d'autres membres (routines, conseils de peau)",
        "emballages_recharges": "Emballages réutilisables, recharges, verre consigné, moins de plastique",
    },
    "oppositions": {
        "format_temoignage": ("Témoigner en vidéo ou par écrit",
                              ("vidéo face caméra", "texte écrit")),
        "classement": ("Un classement public des ambassadeurs motive, ou au contraire rebute",
                       ("classement et compétition motivants", "pas de classement ni de compétition")),
    },
    "minorities": {
        "gamme_hommes": "Une gamme pour les hommes",
        "accessibilite_malvoyants": "Étiquettes lisibles pour les personnes malvoyantes",
    },
    "items": [
        # transparence_ingredients
        ("q2", "T:transparence_ingredients", "Tout savoir sur la composition. Si je recommande une crème, je dois pouvoir dire ce qu'il y a dedans", "fr"),
        ("q2", "T:transparence_ingredients", "D'où viennent les huiles, qui les cultive, dans quelles conditions", "fr"),
        ("q2", "T:transparence_ingredients", "des fiches ingrédients détaillées, pas juste la liste INCI incompréhensible", "fr"),
        ("q6", "T:transparence_ingredients", "Comprendre les formules. Pourquoi tel conservateur, pourquoi pas tel autre", "fr"),
        ("q2", "T:transparence_ingredients", "Les recharges c'est bien, mais ma priorité c'est la traçabilité des matières premières", "fr"),
        ("q6", "T:transparence_ingredients", "Un accès aux coulisses de la formulation", "fr"),
        ("q2", "T:transparence_ingredients", "qu'on nous explique les actifs, leur dosage... je suis pharmacienne, je pose des questions précises lol", "fr"),
        ("q6", "T:transparence_ingredients", "la transparence totale sur ce qu'on met sur notre peau", "fr"),
        ("q2", "T:transparence_ingredients", "Full details on where the ingredients come from", "en"),
        ("q2", "T:transparence_ingredients", "I'd need to understand what's actually in each product before talking about it", "en"),
        ("q6", "T:transparence_ingredients", "Honest info on the sourcing of the shea butter and oils, who grows them", "en"),
        ("q2", "T:transparence_ingredients", "clear explanations of the formulas, not marketing fluff", "en"),
        ("q6", "T:transparence_ingredients", "Transparency about the supply chain, basically", "en"),
        ("q2", "T:transparence_ingredients", "Knowing why you picked this preservative and not another one would help me answer friends' questions", "en"),
        # tester_nouveautes
        ("q1", "T:tester_nouveautes", "Tester les produits avant tout le monde !!", "fr"),
        ("q1", "T:tester_nouveautes", "Découvrir les nouveautés en avant-première, c'est mon petit plaisir", "fr"),
        ("q6", "T:tester_nouveautes", "recevoir les futurs soins en exclusivité et dire ce que j'en pense", "fr"),
        ("q1", "T:tester_nouveautes", "être cobaye pour les prototypes haha, j'adore essayer", "fr"),
        ("q7", "T:tester_nouveautes", "des échantillons des produits pas encore sortis", "fr"),
        ("q1", "T:tester_nouveautes", "Participer aux tests des futures gammes", "fr"),
        ("q7", "T:tester_nouveautes", "Un colis surprise des innovations chaque saison", "fr"),
        ("q6", "T:tester_nouveautes", "Essayer en premier les recettes en développement, ça me ferait vraiment vibrer", "fr"),
        ("q1", "T:tester_nouveautes", "Trying new products before they hit the shelves", "en"),
        ("q6", "T:tester_nouveautes", "early access to launches, definitely", "en"),
        ("q1", "T:tester_nouveautes", "Being a beta tester for upcoming skincare", "en"),
        ("q7", "T:tester_nouveautes", "samples of prototypes so I can tell you what works on my skin", "en"),
        ("q1", "T:tester_nouveautes", "Honestly? I love discovering new stuff first. Packaging matters less to me", "en"),
        ("q6", "T:tester_nouveautes", "Getting to test formulas that aren't out yet", "en"),
        # peur_pub_deguisee
        ("q3", "T:peur_pub_deguisee", "Avoir l'air d'une influenceuse payée. Je déteste ça", "fr"),
        ("q3", "T:peur_pub_deguisee", "Que mes copines pensent que je fais de la pub déguisée", "fr"),
        ("q3", "T:peur_pub_deguisee", "Perdre ma crédibilité. Si je recommande tout, plus personne ne me croira", "fr"),
        ("q3", "T:peur_pub_deguisee", "le côté placement de produit... très peu pour moi", "fr"),
        ("q3", "T:peur_pub_deguisee", "qu'on me fournisse des textes tout faits à publier, ça sonnerait faux", "fr"),
        ("q3", "T:peur_pub_deguisee", "Devenir une vitrine ambulante de la marque", "fr"),
        ("q3", "T:peur_pub_deguisee", "jai peur qu'on me demande d'être toujours positive même quand un soin me déçoit", "fr"),
        ("q2", "T:peur_pub_deguisee", "Besoin de garder ma liberté de parole, sinon ce n'est plus sincère", "fr"),
        ("q3", "T:peur_pub_deguisee", "Looking like a sellout to my followers", "en"),
        ("q3", "T:peur_pub_deguisee", "Sounding like an ad. People can smell scripted content a mile away", "en"),
        ("q3", "T:peur_pub_deguisee", "being pushed to only say nice things", "en"),
        ("q3", "T:peur_pub_deguisee", "I don't want my friends to think I'm being paid to push products", "en"),
        ("q3", "T:peur_pub_deguisee", "Losing my credibility, honestly", "en"),
        ("q3", "T:peur_pub_deguisee", "Feeling like a walking billboard", "en"),
        # peu_de_temps
        ("q5", "T:peu_de_temps", "Très peu, j'ai trois enfants et un boulot à temps plein", "fr"),
        ("q5", "T:peu_de_temps", "10 minutes par-ci par-là, dans le métro", "fr"),
        ("q5", "T:peu_de_temps", "Une demi-heure par mois au grand maximum", "fr"),
        ("q5", "T:peu_de_temps", "pas bcp... des petites choses rapides oui, des gros projets non", "fr"),
        ("q5", "T:peu_de_temps", "Peu. Je suis infirmière de nuit, mes semaines sont imprévisibles", "fr"),
        ("q5", "T:peu_de_temps", "quelques minutes le soir quand les petits dorment", "fr"),
        ("q5", "T:peu_de_temps", "Honnêtement, une heure par mois et encore", "fr"),
        ("q3", "T:peu_de_temps", "Le manque de disponibilité, clairement. Mon agenda déborde déjà", "fr"),
        ("q5", "T:peu_de_temps", "Not much, I work two jobs", "en"),
        ("q5", "T:peu_de_temps", "maybe 15 min a week", "en"),
        ("q5", "T:peu_de_temps", "Small bursts only, my schedule is packed", "en"),
        ("q5", "T:peu_de_temps", "A couple of quick tasks a month, nothing heavy", "en"),
        ("q5", "T:peu_de_temps", "Very little honestly, new baby at home (hi everyone btw!)", "en"),
        ("q3", "T:peu_de_temps", "Time. I just don't have much of it", "en"),
        # echanges_membres
        ("q1", "T:echanges_membres", "Coucou ! Rencontrer d'autres passionnées de cosméto maison", "fr"),
        ("q2", "T:echanges_membres", "Un groupe privé pour échanger nos routines", "fr"),
        ("q2", "T:echanges_membres", "Pouvoir discuter avec d'autres qui ont la même peau sensible que moi", "fr"),
        ("q1", "T:echanges_membres", "l'idée de faire partie d'une communauté qui partage les mêmes valeurs", "fr"),
        ("q7", "T:echanges_membres", "S'entraider entre nous, genre quelqu'un qui a de l'eczéma conseille une autre", "fr"),
        ("q2", "T:echanges_membres", "un forum ou un discord où poser nos questions aux autres membres", "fr"),
        ("q7", "T:echanges_membres", "Des échanges avec les autres ambassadrices, pas juste avec la marque", "fr"),
        ("q1", "T:echanges_membres", "Ne plus être seule avec mes problèmes de peau, trouver du soutien", "fr"),
        ("q1", "T:echanges_membres", "Connecting with people who care about clean beauty like I do", "en"),
        ("q7", "T:echanges_membres", "A space to swap tips with other members", "en"),
        ("q2", "T:echanges_membres", "a private chat where we can help each other out", "en"),
        ("q7", "T:echanges_membres", "Meeting other ambassadors, online or IRL", "en"),
        ("q1", "T:echanges_membres", "Being part of a community of like-minded folks", "en"),
        ("q6", "T:echanges_membres", "peer advice from people with similar skin issues", "en"),
        # emballages_recharges (paraphrase of objective 4: no shared stem)
        ("q1", "T:emballages_recharges", "Les flacons en verre consignés, c'est ce qui m'a fait craquer", "fr"),
        ("q1", "T:emballages_recharges", "Vos recharges en vrac. Enfin une marque qui pense à l'après", "fr"),
        ("q6", "T:emballages_recharges", "Qu'on mette en avant les emballages compostables, c'est ça qui compte pour moi", "fr"),
        ("q1", "T:emballages_recharges", "Moins de plastique dans ma salle de bain, tout simplement", "fr"),
        ("q6", "T:emballages_recharges", "Des points de collecte pour rapporter les pots vides", "fr"),
        ("q1", "T:emballages_recharges", "le shampoing solide sans emballage m'a convertie", "fr"),
        ("q7", "T:emballages_recharges", "Plus de recharges et de consigne, j'ai envie de porter ce message", "fr"),
        ("q1", "T:emballages_recharges", "j'aime que vous recycliez les contenants. ça devrait être la norme", "fr"),
        ("q1", "T:emballages_recharges", "The refill system is what sold me", "en"),
        ("q7", "T:emballages_recharges", "Less packaging, more refills, I'd happily spread that message", "en"),
        ("q1", "T:emballages_recharges", "You use glass instead of plastic, that matters to me", "en"),
        ("q6", "T:emballages_recharges", "A take-back scheme for empty jars", "en"),
        ("q1", "T:emballages_recharges", "I'm trying to cut single-use plastic from my bathroom routine", "en"),
        ("q6", "T:emballages_recharges", "Compostable packaging is a big deal for me", "en"),
        # opposition: video vs written
        ("q4", "O:format_temoignage:0", "Une vidéo face caméra, je suis à l'aise devant l'objectif", "fr"),
        ("q4", "O:format_temoignage:0", "Filmer ma routine du matin avec vos produits", "fr"),
        ("q4", "O:format_temoignage:0", "des tutos en format court type reels", "fr"),
        ("q4", "O:format_temoignage:0", "Video testimonials, I'm comfortable on camera", "en"),
        ("q4", "O:format_temoignage:0", "Short clips showing how I use the serum", "en"),
        ("q4", "O:format_temoignage:1", "Un texte écrit, je m'exprime mieux à l'écrit qu'à l'oral", "fr"),
        ("q4", "O:format_temoignage:1", "Rédiger un petit article pour le blog", "fr"),
        ("q4", "O:format_temoignage:1", "un témoignage posé, noir sur blanc, que je peux relire", "fr"),
        ("q4", "O:format_temoignage:1", "Writing a longer piece for the newsletter", "en"),
        ("q4", "O:format_temoignage:1", "A written testimonial. I'm way more at ease with words than on screen", "en"),
        # opposition: ranking motivates vs puts off
        ("q7", "O:classement:0", "Un classement des ambassadeurs, ça me booste, j'aime la compétition", "fr"),
        ("q7", "O:classement:0", "voir mon rang par rapport aux autres, c'est motivant", "fr"),
        ("q7", "O:classement:0", "A leaderboard! I'm super competitive", "en"),
        ("q7", "O:classement:0", "Rankings and badges to show who contributes most", "en"),
        ("q7", "O:classement:1", "Surtout pas de classement, on n'est pas en concurrence", "fr"),
        ("q7", "O:classement:1", "Je préfère qu'on avance ensemble, sans podium", "fr"),
        ("q7", "O:classement:1", "No leaderboards please, it kills the vibe", "en"),
        ("q7", "O:classement:1", "Competition between members would put me off completely", "en"),
        # minorities
        ("q6", "M:gamme_hommes", "Une gamme pour les hommes, on existe aussi ^^", "fr"),
        ("q2", "M:gamme_hommes", "Des soins adaptés à la barbe, mon mari et moi on partage tout sauf ça", "fr"),
        ("q6", "M:gamme_hommes", "Products for guys. My partner would join if there was a men's line", "en"),
        ("q2", "M:accessibilite_malvoyants", "Des étiquettes lisibles pour les malvoyants, en gros caractères ou en braille", "fr"),
        ("q2", "M:accessibilite_malvoyants", "I'm partially sighted, the tiny print on your tubes is impossible for me to read", "en"),
        # noise
        ("q1", "N", "Je ne sais pas trop, on verra", "fr"),
        ("q2", "N", "rien de particulier", "fr"),
        ("q3", "N", "Rien", "fr"),
        ("q4", "N", "Aucune idée", "fr"),
        ("q5", "N", "je verrai", "fr"),
        ("q6", "N", "Une tote bag brodée au logo ce serait mignon", "fr"),
        ("q4", "N", "Organiser un concours de dessin d'étiquettes ?", "fr"),
        ("q1", "N", "not sure yet", "en"),
        ("q3", "N", "Nothing comes to mind", "en"),
        ("q5", "N", "Hard to say", "en"),
        ("q6", "N", "Maybe a scented candle collab? random idea", "en"),
        ("q4", "N", "no preference", "en"),
    ],
}

SESSIONS = [VERDELUNE, COVALO, BRINDELLE]


def make_names(rng, n, first, last, taken):
    names = []
    while len(names) < n:
        name = f"{rng.choice(first)} {rng.choice(last)}"
        if name not in taken:
            taken.add(name)
            names.append(name)
    return names


def assign(rng, people, items_by_q):
    """Give each question's answers to distinct people, each person 4-5 answers."""
    n = len(people)
    total = sum(len(v) for v in items_by_q.values())
    if not 4 * n <= total <= 5 * n:
        raise SystemExit(f"{total} answers cannot give {n} people 4-5 answers each")
    fives = total - 4 * n
    order = people[:]
    rng.shuffle(order)
    cap = {p: (5 if i < fives else 4) for i, p in enumerate(order)}
    result = []
    for q in sorted(items_by_q, key=lambda k: -len(items_by_q[k])):
        items = items_by_q[q]
        if len(items) > n:
            raise SystemExit(f"question {q}: {len(items)} answers for {n} people")
        cand = people[:]
        rng.shuffle(cand)
        cand.sort(key=lambda p: -cap[p])
        chosen = cand[:len(items)]
        if cap[chosen[-1]] <= 0:
            raise SystemExit(f"question {q}: no capacity left")
        items = items[:]
        rng.shuffle(items)
        for p, it in zip(chosen, items):
            cap[p] -= 1
            result.append((p, q, it))
    if any(cap.values()):
        raise SystemExit("assignment left capacity unused")
    return result


def build(session, seed):
    rng = random.Random(seed)
    key = session["key"]
    taken = set()
    people = {}
    for lang, count in session["groups"].items():
        if lang == "fr":
            people[lang] = make_names(rng, count, FR_FIRST, FR_LAST, taken)
        else:
            people[lang] = make_names(rng, count, EN_FIRST, EN_LAST, taken)
    rows = []
    for lang in session["groups"]:
        by_q = {}
        for it in session["items"]:
            it_lang = it[3] if len(it) > 3 else "fr"
            if it_lang == lang:
                by_q.setdefault(it[0], []).append(it)
        rows.extend(assign(rng, people[lang], by_q))
    # order: participants in a shuffled order (as an export would list them), questions in order
    all_people = [p for lang in session["groups"] for p in people[lang]]
    rng.shuffle(all_people)
    rank = {p: i for i, p in enumerate(all_people)}
    qorder = list(session["questions"])
    rows.sort(key=lambda r: (rank[r[0]], qorder.index(r[1])))

    answers = []
    themes = {k: [] for k in session["themes"]}
    sides = {k: ([], []) for k in session["oppositions"]}
    minorities = {k: [] for k in session["minorities"]}
    noise = []
    for i, (person, q, it) in enumerate(rows, 1):
        aid = f"{key}-{i:03d}"
        lang = it[3] if len(it) > 3 else "fr"
        answers.append({"id": aid, "participant": person,
                        "question": session["questions"][q][lang], "answer": it[2]})
        cat = it[1].split(":")
        if cat[0] == "T":
            themes[cat[1]].append(aid)
        elif cat[0] == "O":
            sides[cat[1]][int(cat[2])].append(aid)
        elif cat[0] == "M":
            minorities[cat[1]].append(aid)
        else:
            noise.append(aid)

    supported = {t for _, ts in session["objectives"] for t in ts}
    truth = {
        "session": key,
        "lang": session["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d, "answer_ids": themes[k]}
                   for k, d in session["themes"].items()],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": labels[0], "answer_ids": sides[k][0]},
                                   {"label": labels[1], "answer_ids": sides[k][1]}]}
                        for k, (d, labels) in session["oppositions"].items()],
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
    return len(all_people), len(answers)


if __name__ == "__main__":
    for i, s in enumerate(SESSIONS):
        n, a = build(s, seed=7000 + i)
        print(f"{s['key']}: {n} participants, {a} answers")
