# AUB1 - French JE session, 12 participants (Aubépine Guitares, local ambassadors)
# Entries per question: (label, lang, answer). Label: "T:<theme>", "S:<side>", "M:<minority>", "N" (noise).
CODE = "AUB1"
LANG = "fr"
N_PARTICIPANTS = 12
SEED = 3101
TITLE = "Atelier JE n°1 — ambassadeurs guitaristes de la région (Mirecourt, sur place)"

QUESTIONS = {
    "q1": "Qu'attendez-vous du programme ambassadeurs ? Qu'est-ce qui vous motiverait ?",
    "q2": "Qu'est-ce qui pourrait vous freiner ou vous faire hésiter ?",
    "q3": "Comment aimeriez-vous contribuer ?",
    "q4": "Combien de temps pouvez-vous y consacrer ?",
    "q5": "Un classement public des ambassadeurs (points visibles par tous) : pour ou contre ?",
}

OBJECTIVES = [
    "Générer des recommandations de nouveaux clients",
    "Améliorer les futurs modèles grâce aux retours des musiciens",
    "Produire des témoignages vidéo et écrits authentiques",
    "Accroître la visibilité de la marque sur scène et sur les réseaux",
    "Développer les ventes auprès des écoles de musique et des conservatoires",
]

THEMES = {
    "need_early_access": ("need", "Essayer les nouveaux modèles / prototypes avant leur sortie (accès anticipé)."),
    "need_visibility": ("need", "Obtenir de la visibilité pour sa propre musique ou son groupe via les canaux de la marque."),
    "need_meet_musicians": ("need", "Rencontrer d'autres guitaristes ambassadeurs, jouer ensemble, se faire un réseau."),
    "brake_time": ("brake", "Manque de temps (travail, concerts, vie de groupe)."),
    "brake_authenticity": ("brake", "Peur de passer pour un vendeur / de faire de la pub, de perdre sa sincérité."),
    "pref_video": ("preference", "Contribuer par des vidéos (démos, reels, vidéos en répétition)."),
    "pref_feedback": ("preference", "Contribuer par des retours techniques et d'usage sur les prototypes."),
    "pref_referral": ("preference", "Contribuer en recommandant la marque (élèves, amis) : parrainage, bouche-à-oreille."),
    "conv_few_hours": ("convergence", "Peu de temps disponible : une à quelques heures par mois au plus."),
    "conv_variable": ("convergence", "Disponibilité variable selon les tournées / la saison."),
}

OPPOSITION = ("ranking_public", "Classement public des ambassadeurs : pour (ça motive) ou contre (compétition, jalousies).",
              [("pour", "Pour un classement public"), ("contre", "Contre un classement public")])

MINORITIES = {
    "min_setup_discount": "Attendre une remise sur les réglages / l'entretien de sa guitare (2 participants).",
    "min_written_review": "Préférer contribuer par un avis ou un texte écrit (2 participants).",
}

OBJECTIVE_SUPPORT = {
    "Générer des recommandations de nouveaux clients": ["pref_referral"],
    "Améliorer les futurs modèles grâce aux retours des musiciens": ["need_early_access", "pref_feedback"],
    "Produire des témoignages vidéo et écrits authentiques": ["pref_video"],
    "Accroître la visibilité de la marque sur scène et sur les réseaux": ["need_visibility"],
    "Développer les ventes auprès des écoles de musique et des conservatoires": [],
}

ANSWERS = {
    "q1": [
        ("T:need_early_access", "fr", "essayer les protos"),
        ("T:need_early_access", "fr", "accès anticipé aux nouveaux modèles"),
        ("T:need_early_access", "fr", "tester avant la sortie"),
        ("T:need_early_access", "fr", "avant-premières surtout"),
        ("T:need_visibility", "fr", "visibilité"),
        ("T:need_visibility", "fr", "être repartagé sur leur insta"),
        ("T:need_visibility", "fr", "un peu de promo pour mon groupe"),
        ("T:need_meet_musicians", "fr", "rencontrer d'autres guitaristes"),
        ("T:need_meet_musicians", "fr", "jams entre ambassadeurs !"),
        ("T:need_meet_musicians", "fr", "le réseau, les autres zicos"),
        ("M:min_setup_discount", "fr", "remise sur les réglages"),
        ("M:min_setup_discount", "fr", "-20 % sur l'entretien de ma guitare"),
    ],
    "q2": [
        ("T:brake_time", "fr", "le temps"),
        ("T:brake_time", "fr", "pas dispo le week-end, concerts"),
        ("T:brake_time", "fr", "manque de tps"),
        ("T:brake_time", "fr", "boulot + groupe = zéro temps libre"),
        ("T:brake_authenticity", "fr", "pas envie de jouer les VRP"),
        ("T:brake_authenticity", "fr", "peur que ça fasse pub"),
        ("T:brake_authenticity", "fr", "Je ne veux pas devenir un panneau publicitaire. Je joue ces guitares parce que je les aime, c'est tout."),
        ("T:brake_authenticity", "fr", "suis pas influenceur"),
        ("N", "fr", "rien"),
        ("N", "fr", "?"),
    ],
    "q3": [
        ("T:pref_video", "fr", "vidéos démo"),
        ("T:pref_video", "fr", "une vidéo de moi qui joue dessus"),
        ("T:pref_video", "fr", "reels"),
        ("T:pref_video", "fr", "filmer en répèt"),
        ("T:pref_feedback", "fr", "retours sur les protos"),
        ("T:pref_feedback", "fr", "avis technique (manche, micros)"),
        ("T:pref_feedback", "fr", "retours d'usage, ce qui cloche"),
        ("T:pref_referral", "fr", "recommander à mes élèves"),
        ("T:pref_referral", "fr", "parrainer des potes"),
        ("T:pref_referral", "fr", "en parler autour de moi, j'envoie du monde"),
        ("M:min_written_review", "fr", "avis écrit"),
        ("M:min_written_review", "fr", "un petit texte pour le site"),
    ],
    "q4": [
        ("T:conv_few_hours", "fr", "1h/mois max"),
        ("T:conv_few_hours", "fr", "qq heures par mois"),
        ("T:conv_few_hours", "fr", "peu"),
        ("T:conv_few_hours", "fr", "2h par mois grand max"),
        ("T:conv_few_hours", "fr", "une soirée par mois"),
        ("T:conv_variable", "fr", "dépend des dates"),
        ("T:conv_variable", "fr", "variable selon la tournée"),
        ("T:conv_variable", "fr", "l'été non, l'hiver oui"),
        ("N", "fr", "idem"),
    ],
    "q5": [
        ("S:pour", "fr", "pour"),
        ("S:pour", "fr", "oui, ça motive"),
        ("S:pour", "fr", "pourquoi pas, un peu de compét"),
        ("S:pour", "fr", "carrément"),
        ("S:pour", "fr", "pour, si ça reste bon enfant"),
        ("S:contre", "fr", "contre"),
        ("S:contre", "fr", "non merci"),
        ("S:contre", "fr", "pas de classement, on n'est pas en compét"),
        ("S:contre", "fr", "bof, ça crée des jaloux"),
        ("N", "fr", "sais pas"),
    ],
}

NOTE = ("Réponses très courtes (formulaire rempli en fin d'atelier). 'rien', '?', 'idem', 'sais pas' sont du bruit : "
        "aucun contenu citable. Le besoin 'rencontrer d'autres guitaristes' n'est servi par aucun objectif ; "
        "l'objectif 'écoles de musique et conservatoires' n'est soutenu par aucune réponse. "
        "La remise sur l'entretien et l'avis écrit ne sont portés que par 2 participants chacun (minorités).")
