#!/usr/bin/env python3
"""Rebuild the held-out planted-theme synthesis set 17 (client: Frezalis, program "Le Fil d'Or").

stdlib only, fixed seed. Run:  python3 generate.py   (writes next to this file)
"""
import json
import os
import random

SEED = 1717
OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Planted points: phrasings per language. Every phrasing expresses exactly its
# own point and nothing else planted.
# ---------------------------------------------------------------------------
P = {}

# ---- convergent themes -----------------------------------------------------
P["formation_materiaux"] = dict(
    kind="need",
    description="Be trained on new materials and digital workflows (multilayer zirconia, 3D-printing resins, new CAD release, sintering settings). Being trained oneself, not training others.",
    fr=[
        "Être formé sur la zircone multicouche, on bricole chacun dans notre coin",
        "des tutos / formations sur l'impression 3D résine, on a acheté l'imprimante et on s'en sert à 20%",
        "Besoin de monter en compétences sur la nouvelle version de la CAO, les menus ont tout changé",
        "formation !!! sur les nouveaux matériaux",
        "j'aimerais des sessions pour apprendre les workflows numériques, genre scan intra-oral -> modèle imprimé, on a du mal à suivre tout ce qui sort",
        "Qu'on nous apprenne à bien paramétrer le frittage des nouveaux blocs, à chaque nouveau matériau c'est des essais ratés",
        "apprendre les bons réglages pour le PMMA et le disilicate, moi j'ai appris sur le tas",
        "un vrai cursus sur les nouveaux outils logiciels, pas juste un pdf",
    ],
    en=[
        "Training on the new materials, multilayer zirconia especially",
        "hands-on sessions for 3D printing resins, we bought the printer and barely use it",
        "Need to get up to speed with the new CAD release, half the menus moved",
        "training training training",
        "I'd like someone to teach us proper sintering settings for each new block, every new material = a week of failed tests",
        "learning the full digital workflow (intraoral scan to printed model), we're behind",
        "a real course on the software tools, not a 40-page PDF",
        "upskilling on e.max / PMMA parameters, I learned everything by trial and error",
    ],
)
P["support_rapide"] = dict(
    kind="need",
    description="Faster technical support / repair when a machine breaks down (response delay, downtime).",
    fr=[
        "Un support technique qui répond vite quand la fraiseuse tombe en panne, chaque jour d'arrêt = des couronnes en retard",
        "hotline plus réactive svp",
        "quand la machine plante on attend 3 jours un technicien, c'est intenable",
        "avoir quelqu'un au téléphone en moins d'une heure quand ça bloque",
        "Le SAV. Trop lent. Point.",
        "une intervention rapide en cas de panne, on a des délais patients derrière",
        "réponse du support en 48h c'est trop long pour un labo",
    ],
    en=[
        "Faster tech support when the mill goes down, every day offline means late crowns",
        "a support line that actually picks up",
        "when the machine crashes we wait 3 days for a technician, not sustainable",
        "quicker response from support, 48h is way too long for a lab",
        "Support. Is. Slow.",
        "someone on the phone within the hour when we're blocked",
        "rapid on-site repair, we have dentists waiting on us",
    ],
)
P["admin_facturation"] = dict(
    kind="need",
    description="Less administrative work: conformity declarations, MDR traceability, invoicing, delivery notes.",
    fr=[
        "moins de paperasse : les déclarations de conformité on les refait à la main pour chaque travail",
        "Que la traçabilité des lots soit générée automatiquement, on perd un temps fou en admin",
        "simplifier la facturation aux cabinets, c'est l'enfer avec le logiciel actuel",
        "l'administratif me bouffe mes soirées",
        "un export des fiches de traçabilité MDR en un clic",
        "besoin d'alléger la partie admin : bons de livraison, factures, certificats",
    ],
    en=[
        "less paperwork, we redo the conformity declarations by hand for every case",
        "auto-generated lot traceability, admin is eating our days",
        "simpler invoicing to the dental practices",
        "the admin side kills my evenings",
        "one-click export of MDR traceability sheets",
        "cut the admin: delivery notes, invoices, certificates, all separate today",
        "Paperwork. So much paperwork.",
    ],
)
P["echanges_pairs"] = dict(
    kind="need",
    description="Exchange with other labs / peers, break isolation, share tips and compare settings (receiving help from peers, not bringing the brand new customers).",
    fr=[
        "échanger avec d'autres labos, on est souvent seuls face aux problèmes",
        "un endroit pour poser mes questions à des collègues prothésistes qui ont la même machine",
        "Rompre l'isolement, je suis seul dans mon labo",
        "des échanges entre pairs, partager les trucs et astuces",
        "voir comment font les autres, comparer nos réglages",
        "du lien avec des gens du métier, pas que des commerciaux",
        "un forum entre labos ça me manque",
    ],
    en=[
        "talking to other labs, we're often alone with our problems",
        "a place to ask colleagues who run the same mill",
        "I work solo, I miss having peers to bounce ideas off",
        "swap tips and tricks between labs",
        "see how others do it, compare settings",
        "connect with people from the trade, not just sales reps",
        "peer forum!",
    ],
)
P["visibilite_labo"] = dict(
    kind="motivation",
    description="Visibility of one's lab to dentists/practices through the brand's channels (featured, partner map, credited cases): visibility to win clients.",
    fr=[
        "que mon labo soit mis en avant sur vos réseaux, ça peut nous amener des cabinets",
        "de la visibilité auprès des dentistes",
        "apparaître sur la carte des labos partenaires sur votre site",
        "être cité dans vos cas cliniques, c'est une vitrine pour nous auprès des praticiens",
        "voir le nom du labo sur votre stand, les cabinets qui passent le retiennent",
        "se faire connaître des praticiens du coin grâce à vous",
    ],
    en=[
        "getting my lab featured on your social channels, could bring in new practices",
        "visibility with dentists",
        "a spot on the partner-lab map on your website",
        "being credited in your clinical cases, it's a showcase for us with practitioners",
        "exposure to local practitioners through your network",
        "our name in front of dentists, that's what I want from this",
    ],
)
P["acces_anticipe"] = dict(
    kind="motivation",
    description="Early access to new SOFTWARE versions / beta features.",
    fr=[
        "accès en avant-première aux nouvelles versions du logiciel",
        "être bêta-testeur de la prochaine CAO",
    ],
    en=[
        "early access to new software versions",
        "being a beta tester for the next CAD release",
        "trying features before everyone else, I love that",
        "get the software updates first",
        "first dibs on new modules",
        "Beta access!!",
        "seeing what's coming in the software before it ships",
    ],
)
P["remise_maintenance"] = dict(
    kind="motivation",
    description="A discount on the maintenance / service contract renewal.",
    fr=["une remise sur le contrat de maintenance"],
    en=[
        "a discount on the maintenance contract renewal",
        "cheaper maintenance, honestly that's what would keep me in",
        "money off the yearly service plan",
        "lower renewal price for the support contract",
        "some % off the service contract",
        "discounts. on renewal. pls",
    ],
)
P["manque_temps"] = dict(
    kind="brake",
    description="Lack of time: lab overloaded, production deadlines leave no room for the program.",
    fr=[
        "le temps, on est sous l'eau avec les délais des cabinets",
        "pas le temps, franchement",
        "entre la prod et les retouches j'ai pas une minute",
        "trop de boulot au labo pour en rajouter",
        "le manque de temps, surtout en fin de mois",
        "je finis à 20h tous les soirs, le programme passera après",
        "on est 3 au labo, si je m'absente une demi-journée la prod s'arrête",
    ],
    en=[
        "time, we're swamped with practice deadlines",
        "no time tbh",
        "between production and remakes I don't have a minute",
        "too much work at the lab to add anything",
        "lack of time, especially end of month",
    ],
)
P["peur_commercial"] = dict(
    kind="brake",
    description="Fear of becoming the vendor's salesperson / losing authenticity (scripts, promo).",
    fr=["pas envie de devenir votre commercial"],
    en=[
        "I don't want to become your sales rep",
        "afraid of reading a script, my colleagues would smell it",
        "if it feels like advertising I'm out",
        "worried my colleagues see me as sold out to a vendor",
        "don't make me say lines written by marketing",
        "the feeling of being used for promo",
    ],
)
P["presenter_confreres"] = dict(
    kind="contribution",
    description="Tell colleagues about the brand / bring or introduce other labs (plain words; supports the corporate 'leads / pair-à-pair / pipeline / advocacy' objective).",
    fr=[
        "si un collègue me demande quelle fraiseuse prendre, je lui dis ce que j'en pense",
        "j'ai déjà fait venir deux labos du coin chez vous, je peux continuer",
        "filer vos coordonnées aux copains prothésistes qui s'équipent",
        "faire rencontrer votre technico aux labos que je connais",
        "parler de vous autour de moi, au syndicat, aux anciens de l'école",
        "mettre en relation les labos de mon réseau avec vous",
        "quand un confrère hésite je l'invite à venir voir la machine tourner chez moi",
    ],
    en=[
        "if a colleague asks which mill to buy, I tell them what I think",
        "I've already brought two local labs to you, happy to keep doing it",
        "pass your contact to tech friends who are getting equipped",
        "introduce your rep to labs I know",
        "talk about you around me, at the association, with old classmates",
        "connect labs in my network with your team",
        "when someone hesitates I invite them to see the machine running at my place",
    ],
)
P["idees_produit"] = dict(
    kind="contribution",
    description="Give improvement ideas / feedback on the software, test features, co-design (product input, not public online reviews).",
    fr=[
        "remonter des idées pour le logiciel, j'en ai plein",
        "tester les nouvelles fonctions et dire ce qui cloche",
        "participer à des ateliers pour améliorer la CAO",
        "donner mon avis sur les évolutions de l'interface",
        "faire des retours terrain au produit",
        "proposer des améliorations, genre la bibliothèque de piliers qui est incomplète",
        "co-construire les prochains modules avec vos devs",
    ],
    en=[
        "send ideas for the software, I have loads",
        "test new features and tell you what's broken",
        "join workshops to improve the CAD",
        "feedback from the bench to your product team",
        "suggest improvements, e.g. the abutment library is incomplete",
        "co-design the next modules with your devs",
    ],
)

# ---- opposition sides (same key words, opposite stance) ---------------------
P["visio+"] = dict(
    fr=[
        "plus de visio ! c'est le seul format compatible avec le labo",
        "des webinaires en visio le midi, parfait pour moi",
        "faites plus de sessions en visio, pas besoin de se déplacer",
        "la visio ça me va très bien, plus souvent même",
        "plus de rencontres à distance, en visio, c'est pratique",
    ],
    en=[
        "more video calls please, only format that fits a lab day",
        "lunchtime webinars on video work great for me",
        "more online video sessions, no travel needed",
        "video is fine, do it more often",
        "more remote meetups over video",
    ],
)
P["visio-"] = dict(
    fr=[
        "moins de visio, trop d'écrans, je passe déjà la journée sur la CAO",
        "pitié pas encore des visios, j'en peux plus des écrans",
        "moins d'écran, plus de rencontres en vrai",
        "la visio c'est non, je décroche au bout de 10 min",
        "plutôt du présentiel, assez de visio",
    ],
    en=[
        "fewer video calls, too much screen time already, I'm on CAD all day",
        "please not another video call, my eyes are done with screens",
        "less screen, more real meetups",
        "video calls = I zone out after 10 min",
        "in person please, enough video",
    ],
)
P["classement+"] = dict(
    fr=[
        "un classement public des carats, ça motive !",
        "j'aime bien voir où j'en suis dans le classement par rapport aux autres",
        "le classement c'est un bon moteur, un peu de compet' ça fait pas de mal",
        "afficher le top des Orfèvres, go",
    ],
    en=[
        "a public leaderboard would motivate me",
        "I like seeing where I rank vs the others",
        "some friendly competition on the leaderboard, why not",
        "show the top Orfèvres!",
    ],
)
P["classement-"] = dict(
    fr=[
        "pas de classement public svp, ça met les labos en concurrence",
        "le classement je trouve ça malsain entre collègues",
        "les carats oui, le classement non",
        "pas envie qu'on compare mon labo aux gros dans un classement",
    ],
    en=[
        "no public leaderboard please, it pits labs against each other",
        "leaderboards between colleagues feel toxic",
        "carats yes, leaderboard no",
        "I don't want my small lab ranked against the big ones",
    ],
)
P["sollicit+"] = dict(
    fr=[
        "sollicitez-moi plus souvent, je m'ennuie un peu entre deux demandes",
        "plus de sollicitations, je suis dispo",
        "vous pouvez me demander plus, franchement",
    ],
    en=[
        "ask me more often, I'm up for it",
        "more solicitations please, I get like one a year",
    ],
)
P["sollicit-"] = dict(
    fr=[
        "moins de sollicitations, je reçois des mails toutes les semaines",
        "trop de demandes, on se sent harcelé",
        "espacer les sollicitations svp",
    ],
    en=[
        "fewer asks please, it's every week",
        "too many solicitations, it's getting tiring",
    ],
)

# ---- minorities (near-neighbours of a big theme) ---------------------------
P["support_samedi"] = dict(
    kind="need",
    description="Support OPEN ON SATURDAYS (opening hours), not response speed. Near-neighbour of support_rapide.",
    fr=[
        "un support ouvert le samedi matin, on bosse le samedi et là y a personne",
        "la hotline fermée le samedi c'est un problème pour nous",
    ],
    en=["a support line open on Saturday mornings, we work Saturdays"],
)
P["distance_evenements"] = dict(
    kind="brake",
    description="Events are too far away (always in Paris/Lyon), regions feel left out. Near-neighbour of manque_temps.",
    fr=[
        "tout se passe à Paris, en région on est loin de tout",
        "les événements c'est toujours à Paris ou Lyon, de Perpignan c'est une expédition",
    ],
    en=["events are always in Paris, I'm down in Brittany, just too far"],
)
P["recrutement_visibilite"] = dict(
    kind="motivation",
    description="Use the brand's exposure to RECRUIT staff (attract young technicians / apprentices), not to win dentists. Near-neighbour of visibilite_labo.",
    fr=[
        "si vous montrez notre labo, que ce soit pour attirer des jeunes prothésistes, on n'arrive plus à recruter",
        "une vitrine pour l'embauche : que les apprentis voient qu'on est un labo moderne et viennent postuler",
    ],
    en=[],
)
P["former_apprentis"] = dict(
    kind="contribution",
    description="Train OTHERS: teach apprentices / students at a vocational school on the machines. Near-neighbour of formation_materiaux (being trained).",
    fr=["je pourrais former des apprentis au CFA sur vos machines, j'y interviens déjà un peu"],
    en=[
        "I could teach apprentices at the vocational school on your machines",
        "happy to train the trainees in my area, I already host two students",
    ],
)
P["pret_materiel"] = dict(
    kind="motivation",
    description="Loan of HARDWARE (printer, mill) to try before buying. Near-neighbour of acces_anticipe (early software access).",
    fr=[],
    en=[
        "a loaner printer for a month so I can try it before investing",
        "lend us the new mill for a trial period, 80k is a big bet",
    ],
)
P["contribution_anonyme"] = dict(
    kind="contribution",
    description="Willing to contribute only anonymously (no name, no photo). Near-neighbour of peur_commercial (a brake).",
    fr=[],
    en=[
        "I'll share cases but keep my name and my lab's name off it",
        "anonymous testimonials only for me, no photo, no name, then fine",
    ],
)

# ---------------------------------------------------------------------------
# Noise (no planted point). Lexical decoys marked (D).
# ---------------------------------------------------------------------------
NOISE_FR = [
    "à mon avis le programme est bien parti",  # D avis
    "j'ai eu un souci de formation de bulles dans la céramique la semaine dernière, rien à voir mais bon",  # D formation
    "le support de fraisage des disques est bien conçu, rien à redire",  # D support
    "le temps de frittage est passé à 4h avec le nouveau four, top",  # D temps
    "la visibilité des marges à l'écran est nickel depuis la mise à jour",  # D visibilité
    "je range les dossiers par date, le classement des fichiers me va",  # D classement
    "l'écran du nouveau scanner a une super résolution",  # D écran
    "mon avis de passage pour la livraison du four est arrivé après le four lol",  # D avis
    "je suis content du programme globalement",
    "les carats c'est sympa comme nom",
    "j'ai rejoint le Fil d'Or en mars",
    "ça dépend des périodes",
    "on verra à l'usage",
    "le café au salon de Lyon était excellent",
    "mon collègue Jérôme Vasseur gère plutôt ça au labo",
    "je sais pas trop quoi répondre à cette question",
    "Les niveaux Cire / Céramique / Zircone c'est clair",
    "je suis passé Céramique le mois dernier, sympa le mail",
    "on a 4 fraiseuses Frezalis et 1 d'une autre marque",
    "ma collègue fait la céramique, moi l'armature",
    "j'aime bien le nouveau logo",
    "une remarque : le formulaire d'inscription était long",
    "on fait surtout de l'implanto, un peu d'amovible",
    "le labo a 25 ans cette année",
    "c'est déjà pas mal comme c'est",
    "bonne question, je réfléchis encore",
    "les chiffres du labo sont bons cette année",
    "mon fils commence un BTS, peut-être prothésiste qui sait",
    "le nom Orfèvres est un peu pompeux mais ça passe",
]
NOISE_FR_SHORT = ["RAS", "idem", "ça me va", "ok pour moi", "je sais pas", "comme au-dessus", "bof, rien de plus"]
NOISE_EN = [
    "in my opinion the program started well",
    "had a bubble formation issue in the ceramic last week, unrelated",  # D formation
    "the disc holder support on the mill is well designed",  # D support
    "sintering time dropped to 4h with the new furnace, nice",  # D time
    "margin visibility on screen is great since the update",  # D visibility
    "the new scanner's screen resolution is impressive",  # D screen
    "our crowns get a peer check by my business partner before shipping",  # D peer
    "the pipeline of cases is steady this year",  # D pipeline
    "we went to a trade show once, years ago, as visitors",  # D trade show
    "all good for now",
    "joined Fil d'Or in March",
    "made Céramique level last month, nice email",
    "we run 4 Frezalis mills and one other brand",
    "my coworker Sandra Whitlock handles that mostly",
    "the carats name is cute",
    "good question, still thinking",
    "depends on the season",
    "the coffee at the Lyon fair was excellent",
    "we do mostly implant work, a bit of removables",
    "the lab turns 25 this year",
    "the Orfèvres name is a bit grand but ok",
    "sign-up form was long, just saying",
    "nice logo",
    "I ranked my cases by urgency, that's how we work",  # D rank
    "numbers at the lab are good this year",
]
NOISE_EN_SHORT = ["same as above", "nothing to add", "fine by me", "not sure", "ok", "see above"]

SKIP_FR = ["-", "rien", "pas d'idée", "?", "."]
SKIP_EN = ["-", "nothing", "n/a", "idk", "no idea"]

TIME_FR_A = ["1h", "2h", "une demi-journée", "30 min", "quelques heures", "une matinée", "3h", "1h30"]
TIME_FR_B = ["par mois", "par trimestre", "par semaine", "/mois", "par an", "de temps en temps", "max par mois"]
TIME_EN_A = ["1h", "2 hours", "half a day", "30 min", "a few hours", "a morning", "3h", "90 min"]
TIME_EN_B = ["a month", "per quarter", "a week", "/month", "a year", "now and then", "max per month"]

PRE_FR = ["Perso, ", "Honnêtement ", "alors ", "bah ", "Pour moi ", "En vrai ", "Franchement, ", "euh ", ""]
PRE_EN = ["Honestly, ", "tbh ", "For me ", "well ", "Personally, ", "hmm ", ""]
LONG_PRE_FR = [
    "Bon je vais être honnête, ça fait 12 ans que je suis prothésiste et j'ai vu passer beaucoup de programmes, mais ",
    "Alors pour répondre à la question (j'ai mis du temps à la comprendre, elle était longue), ",
    "Comme je disais à l'atelier tout à l'heure quand on parlait des nouveaux disques, ",
    "Petite précision, je parle pour tout le labo : ",
    "Alors, on en a discuté avec mon associé hier soir et on est à peu près d'accord : ",
    "J'ai relu mes notes du dernier salon avant de répondre, bref, ",
]
LONG_SUF_FR = [
    " — sinon le nouvel écran de démarrage est joli, mais ça c'est un détail.",
    ". Voilà, c'est tout pour moi, merci pour les viennoiseries ce matin.",
    " mais je m'égare, mon chien a mangé un modèle en plâtre hier lol. Bref.",
    ". Après chaque labo est différent hein, nous on est une petite structure en Bretagne.",
    " (désolé pour l'orthographe je tape sur le téléphone)",
    ". Sinon le nouveau packaging des disques est bien plus pratique, ça c'est cadeau.",
]
LONG_PRE_EN = [
    "Been a dental tech for 15 years and seen a lot of these programs come and go, but ",
    "To answer the question (took me a while to get it, it was long): ",
    "Like I said earlier in the workshop when we talked about the new discs, ",
    "Speaking for the whole lab here: ",
    "Discussed this with my business partner last night and we mostly agree: ",
    "ok so after re-reading my notes from the last fair, ",
]
LONG_SUF_EN = [
    " - also the new splash screen looks nice, minor thing.",
    ". That's it for me, thanks for the pastries this morning.",
    " but I digress, my dog chewed a plaster model yesterday lol. Anyway.",
    ". Every lab is different of course, we're a small shop near Leeds.",
    " (sorry for typos, typing on my phone)",
    ". Also the new disc packaging is way more practical, credit where due.",
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
Q_FR = {
    "q1": "De quoi votre labo a-t-il besoin aujourd'hui, côté Frezalis ?",
    "q2": "Qu'est-ce qui vous donnerait envie de vous impliquer dans le Fil d'Or ?",
    "q3": "Qu'est-ce qui pourrait vous freiner ?",
    "q4": "Quelles contributions vous verriez-vous apporter ?",
    "q5": "Combien de temps pourriez-vous y consacrer, et sous quel format ?",
}
Q_EN = {
    "q1": "What does your lab need from Frezalis right now?",
    "q2": "What would make you want to get involved in Fil d'Or?",
    "q3": "What could hold you back?",
    "q4": "Which contributions could you see yourself making?",
    "q5": "How much time could you give, realistically?",
    "q6": "If you could change one thing in how the program runs, what would it be?",
}
Q_MIX = {
    "q1": "Vos besoins en tant que labo ? / Your needs as a lab?",
    "q2": "Vos motivations pour rejoindre le Fil d'Or ? / What motivates you to join Fil d'Or?",
    "q3": "Vos freins ? / What holds you back?",
    "q4": "Quelles contributions ? / Which contributions?",
    "q5": "Temps disponible ? / Time available?",
    "q6": "Une chose à changer dans l'animation du programme ? / One thing to change in how the program is run?",
}

SESSIONS = [
    dict(
        code="ZIR", lang="fr", n=12, questions=Q_FR, time_q="q5",
        objectives=[
            ("Accroître la génération de leads qualifiés via la recommandation pair-à-pair", ["presenter_confreres"]),
            ("Co-construire la feuille de route produit à partir des retours terrain des laboratoires", ["idees_produit"]),
            ("Développer la visibilité de Frezalis et de ses laboratoires partenaires auprès des praticiens", ["visibilite_labo"]),
            ("Faire monter en compétence les laboratoires sur les nouveaux matériaux et flux numériques", ["formation_materiaux"]),
            ("Multiplier les avis clients publiés en ligne (Google, annuaires professionnels)", []),
        ],
        themes=[  # key, {lang: count}, allowed questions
            ("formation_materiaux", {"fr": 4}, ["q1", "q1", "q2"]),
            ("support_rapide", {"fr": 3}, ["q1", "q3"]),
            ("admin_facturation", {"fr": 3}, ["q1", "q3"]),
            ("visibilite_labo", {"fr": 4}, ["q2", "q2", "q4"]),
            ("presenter_confreres", {"fr": 4}, ["q4", "q4", "q2"]),
            ("idees_produit", {"fr": 3}, ["q4", "q2"]),
            ("manque_temps", {"fr": 4}, ["q3", "q3", "q5"]),
        ],
        oppositions=[
            ("visio", "Remote format: more video sessions vs fewer video sessions / too many screens (both sides use 'visio', 'plus', 'écran').",
             [("plus de visio", "visio+", {"fr": 3}, ["q5", "q3"]), ("moins de visio, trop d'écrans", "visio-", {"fr": 2}, ["q5", "q3"])]),
            ("classement", "Public ranking of carats: motivating vs harmful competition between labs (both sides say 'classement').",
             [("pour un classement public", "classement+", {"fr": 2}, ["q2", "q3"]), ("contre le classement public", "classement-", {"fr": 3}, ["q3", "q2"])]),
        ],
        minorities=[
            ("support_samedi", {"fr": 2}, ["q1", "q3"]),
            ("distance_evenements", {"fr": 2}, ["q3", "q5"]),
            ("recrutement_visibilite", {"fr": 2}, ["q2", "q4"]),
        ],
        unserved=["support_rapide", "admin_facturation"],
        skip_rate=0.3,
    ),
    dict(
        code="CAM", lang="en", n=24, questions=Q_EN, time_q="q5",
        objectives=[
            ("Grow a qualified sales pipeline through peer-to-peer advocacy", ["presenter_confreres"]),
            ("Involve partner labs in beta programs for upcoming software releases", ["acces_anticipe"]),
            ("Build a learning community where labs upskill each other on new materials and workflows", ["formation_materiaux", "echanges_pairs"]),
            ("Improve contract retention at maintenance renewal", ["remise_maintenance"]),
            ("Increase Frezalis' presence at trade shows and dental congresses", []),
        ],
        themes=[
            ("formation_materiaux", {"en": 6}, ["q1", "q1", "q6"]),
            ("support_rapide", {"en": 5}, ["q1", "q6"]),
            ("admin_facturation", {"en": 4}, ["q1", "q3"]),
            ("echanges_pairs", {"en": 5}, ["q1", "q2"]),
            ("acces_anticipe", {"en": 5}, ["q2", "q2", "q4"]),
            ("remise_maintenance", {"en": 4}, ["q2", "q6"]),
            ("peur_commercial", {"en": 4}, ["q3"]),
            ("presenter_confreres", {"en": 5}, ["q4", "q4", "q2"]),
        ],
        oppositions=[
            ("visio", "Remote format: more video calls vs fewer video calls / too much screen time (both sides use 'video', 'more', 'screen').",
             [("more video calls", "visio+", {"en": 4}, ["q6", "q5"]), ("fewer video calls, too much screen", "visio-", {"en": 4}, ["q6", "q3"])]),
            ("classement", "Public leaderboard: motivating vs toxic competition (both sides say 'leaderboard').",
             [("for a public leaderboard", "classement+", {"en": 3}, ["q2", "q6"]), ("against a public leaderboard", "classement-", {"en": 3}, ["q3", "q6"])]),
        ],
        minorities=[
            ("former_apprentis", {"en": 2}, ["q4"]),
            ("pret_materiel", {"en": 2}, ["q2", "q1"]),
            ("contribution_anonyme", {"en": 2}, ["q4", "q3"]),
        ],
        unserved=["support_rapide", "admin_facturation"],
        skip_rate=0.25,
    ),
    dict(
        code="OCC", lang="mixed", n=38, questions=Q_MIX, time_q="q5", en_share=0.4,
        objectives=[
            ("Générer des opportunités commerciales qualifiées grâce à l'advocacy client", ["presenter_confreres"]),
            ("Co-construire la roadmap produit avec les laboratoires ambassadeurs", ["idees_produit"]),
            ("Renforcer la visibilité des laboratoires partenaires sur les canaux Frezalis", ["visibilite_labo"]),
            ("Favoriser l'entraide et la montée en compétence entre laboratoires", ["formation_materiaux", "echanges_pairs"]),
            ("Augmenter le volume d'avis en ligne publiés par les clients", []),
        ],
        themes=[
            ("formation_materiaux", {"fr": 5, "en": 3}, ["q1", "q1", "q6"]),
            ("support_rapide", {"fr": 4, "en": 2}, ["q1", "q3", "q6"]),
            ("admin_facturation", {"fr": 3, "en": 2}, ["q1", "q3"]),
            ("echanges_pairs", {"fr": 4, "en": 2}, ["q1", "q2"]),
            ("visibilite_labo", {"fr": 4, "en": 2}, ["q2", "q2", "q4"]),
            ("manque_temps", {"fr": 4, "en": 3}, ["q3", "q3", "q5"]),
            ("presenter_confreres", {"fr": 4, "en": 2}, ["q4", "q4", "q2"]),
            ("idees_produit", {"fr": 4, "en": 2}, ["q4", "q4", "q6"]),
        ],
        oppositions=[
            ("visio", "Remote format: plus de visio vs moins de visio / trop d'écrans, FR and EN holders on both sides.",
             [("plus de visio / more video", "visio+", {"fr": 3, "en": 2}, ["q6", "q5"]), ("moins de visio, trop d'écrans / fewer video calls", "visio-", {"fr": 2, "en": 2}, ["q6", "q3"])]),
            ("frequence_sollicitations", "Solicitation frequency: ask me more often vs fewer solicitations (both sides say 'sollicitations'/'ask').",
             [("plus de sollicitations / ask me more", "sollicit+", {"fr": 2, "en": 2}, ["q6", "q2"]), ("moins de sollicitations / fewer asks", "sollicit-", {"fr": 3, "en": 1}, ["q6", "q3"])]),
        ],
        minorities=[
            ("former_apprentis", {"fr": 1, "en": 1}, ["q4"]),
            ("support_samedi", {"fr": 1, "en": 1}, ["q1", "q6"]),
            ("distance_evenements", {"fr": 1, "en": 1}, ["q3", "q6"]),
        ],
        unserved=["support_rapide", "admin_facturation"],
        skip_rate=0.28,
    ),
]


def typo(rng, s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def dress(rng, text, lang):
    """Vary register: prefix, long ramble, lower-casing, typo. Never adds a planted point."""
    r = rng.random()
    if r < 0.09:
        pre = rng.choice(LONG_PRE_FR if lang == "fr" else LONG_PRE_EN)
        suf = rng.choice(LONG_SUF_FR if lang == "fr" else LONG_SUF_EN)
        text = pre + text[0].lower() + text[1:] + suf
    elif r < 0.55:
        pre = rng.choice(PRE_FR if lang == "fr" else PRE_EN)
        if pre:
            text = pre + text[0].lower() + text[1:]
    if rng.random() < 0.15:
        text = typo(rng, text)
    if rng.random() < 0.1:
        text = text.lower()
    return text


def build(sess, rng):
    code, n, qs = sess["code"], sess["n"], sess["questions"]
    parts = ["P%02d" % i for i in range(1, n + 1)]
    if sess["lang"] == "mixed":
        order = parts[:]
        rng.shuffle(order)
        n_en = round(n * sess["en_share"])
        plang = {p: ("en" if k < n_en else "fr") for k, p in enumerate(order)}
    else:
        plang = {p: sess["lang"] for p in parts}
    slots = {}  # (p, q) -> (text, owner)
    qkeys = list(qs)

    def place(pool_key, counts, allowed, exclude=()):
        ids = []
        used_p = set(exclude)
        for lang, cnt in sorted(counts.items()):
            phr = P[pool_key][lang][:]
            rng.shuffle(phr)
            assert len(phr) >= cnt, (pool_key, lang)
            cands = [p for p in parts if plang[p] == lang and p not in used_p]
            rng.shuffle(cands)
            # prefer participants with fewest planted answers, to spread
            cands.sort(key=lambda p: sum(1 for (pp, _q) in slots if pp == p))
            got = 0
            for p in cands:
                if got == cnt:
                    break
                qopts = allowed[:]
                rng.shuffle(qopts)
                q = next((q for q in qopts if (p, q) not in slots), None)
                if q is None:
                    continue
                text = dress(rng, phr[got], lang)
                slots[(p, q)] = (text, pool_key)
                used_p.add(p)
                ids.append("%s-%s-%s" % (code, p, q))
                got += 1
            assert got == cnt, (code, pool_key, lang, got, cnt)
        return ids, used_p

    truth = {"session": code, "lang": sess["lang"], "themes": [], "oppositions": [], "minorities": []}
    # oppositions first (disjoint sides), then minorities, then themes
    for key, desc, sides in sess["oppositions"]:
        out_sides = []
        taken = set()
        for label, pk, counts, allowed in sides:
            ids, used = place(pk, counts, allowed, exclude=taken)
            taken |= used
            out_sides.append({"label": label, "answer_ids": ids})
        truth["oppositions"].append({"key": key, "description": desc, "sides": out_sides})
    for key, counts, allowed in sess["minorities"]:
        ids, _ = place(key, counts, allowed)
        truth["minorities"].append({"key": key, "description": P[key]["description"], "answer_ids": ids})
    for key, counts, allowed in sess["themes"]:
        ids, _ = place(key, counts, allowed)
        truth["themes"].append({"key": key, "kind": P[key]["kind"], "description": P[key]["description"], "answer_ids": ids})

    # fill the rest: noise, skip markers, or no line
    noise_pool = {"fr": NOISE_FR[:], "en": NOISE_EN[:]}
    for l in noise_pool:
        rng.shuffle(noise_pool[l])
    noise_ids = []
    rows = []
    for p in parts:
        for q in qkeys:
            aid = "%s-%s-%s" % (code, p, q)
            if (p, q) in slots:
                rows.append({"id": aid, "participant": p, "question": qs[q], "answer": slots[(p, q)][0]})
                continue
            lang = plang[p]
            # a few French participants of the mixed session answer some noise in English (franglais)
            if sess["lang"] == "mixed" and lang == "fr" and rng.random() < 0.12:
                lang = "en"
            r = rng.random()
            if r < sess["skip_rate"] * 0.6:
                continue  # skipped: no line
            if r < sess["skip_rate"]:
                text = rng.choice(SKIP_FR if lang == "fr" else SKIP_EN)
            elif q == sess["time_q"]:
                if lang == "fr":
                    text = rng.choice(TIME_FR_A) + " " + rng.choice(TIME_FR_B)
                else:
                    text = rng.choice(TIME_EN_A) + " " + rng.choice(TIME_EN_B)
            elif noise_pool[lang] and rng.random() < 0.8:
                text = dress(rng, noise_pool[lang].pop(), lang)
            else:
                text = rng.choice(NOISE_FR_SHORT if lang == "fr" else NOISE_EN_SHORT)
            rows.append({"id": aid, "participant": p, "question": qs[q], "answer": text})
            noise_ids.append(aid)

    objs = [o for o, _ in sess["objectives"]]
    truth["objective_support"] = {o: keys for o, keys in sess["objectives"]}
    truth["unsupported_objectives"] = [o for o, keys in sess["objectives"] if not keys]
    truth["unserved_needs"] = sess["unserved"]
    truth["noise_answer_ids"] = noise_ids
    truth["participant_lang"] = None  # placeholder removed below
    del truth["participant_lang"]
    return rows, objs, truth, plang


def main():
    rng = random.Random(SEED)
    stats = []
    for sess in SESSIONS:
        rows, objs, truth, plang = build(sess, rng)
        code = sess["code"]
        with open(os.path.join(OUT, code + ".answers.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(OUT, code + ".objectives.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(objs) + "\n")
        with open(os.path.join(OUT, code + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        planted = sum(len(t["answer_ids"]) for t in truth["themes"]) + \
            sum(len(s["answer_ids"]) for o in truth["oppositions"] for s in o["sides"]) + \
            sum(len(m["answer_ids"]) for m in truth["minorities"])
        stats.append((code, sess["lang"], sess["n"], len(sess["questions"]), len(rows), len(truth["themes"]),
                      len(truth["oppositions"]), len(truth["minorities"]), planted, len(truth["noise_answer_ids"])))
    for s in stats:
        print("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |" % s)
    write_readme(stats)


FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 44) from DOMAIN.md, the issue and the "
         "format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")


def write_readme(stats):
    L = [FIRST, "", "# Planted-theme synthesis set 17 (issue 18): Frezalis, \"Le Fil d'Or\"", ""]
    L += [
        "**Client.** *Frezalis* (invented) sells dental CAD/CAM milling machines, sintering furnaces and CAD software to "
        "dental laboratories (prothésistes dentaires). Its ambassador program is **Le Fil d'Or**; its ambassadors are "
        "**les Orfèvres**; points are **carats**; levels are **Cire → Céramique → Zircone**.",
        "",
        "Three JE workshops, one file triple per session (`X.answers.jsonl`, `X.objectives.txt`, `X.truth.json`). "
        "Rebuild with `python3 generate.py` (stdlib, seed 1717); check with `python3 validate.py` (exit 0).",
        "",
        "| session | lang | participants | questions | answers | themes | oppositions | minorities | planted | noise |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in stats:
        L.append("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |" % s)
    L += ["", "`noise` includes the skip-marker lines (`-`, `rien`, `pas d'idée`, `?`, `.`, `nothing`, `n/a`, `idk`, "
          "`no idea`); other skips have no line at all. Every answer line is owned by exactly one theme, side, "
          "minority or noise.", ""]
    for sess in SESSIONS:
        L.append("## %s (%s, %d participants)" % (sess["code"], sess["lang"], sess["n"]))
        L.append("")
        L.append("- themes: " + ", ".join("%s (%s, %d)" % (k, P[k]["kind"], sum(c.values())) for k, c, _ in sess["themes"]))
        L.append("- oppositions: " + "; ".join("%s: %s" % (k, " vs ".join("%s (%d)" % (lab, sum(c.values())) for lab, _pk, c, _a in sides))
                                             for k, _d, sides in sess["oppositions"]))
        L.append("- minorities (2 each): " + ", ".join(k for k, _c, _a in sess["minorities"]))
        L.append("- objectives → themes:")
        for o, keys in sess["objectives"]:
            L.append("  - %s → %s" % (o, ", ".join(keys) if keys else "**none (unsupported)**"))
        L.append("- unserved needs: " + ", ".join(sess["unserved"]))
        L.append("")
    L += [
        "## Forms used",
        "",
        "- short (`Support. Is. Slow.`, `training training training`), medium, and long rambling answers (a neutral "
        "opener and an unrelated aside wrapped around the one planted point);",
        "- typos (adjacent letters swapped), all-lowercase answers, franglais (`workflows`, `tutos`, `compet'`);",
        "- themes across questions (lack of time given under *time available*, training asked under *change one thing*, "
        "opposition sides under *brakes* or *format*);",
        "- OCC: French and English participants, every theme, side and minority held in both languages, and some "
        "French participants answering noise in English.",
        "",
        "## Traps planted (all labels follow from the definitions in the truth descriptions)",
        "",
        "1. **Same words, opposite stance.** `visio`: *plus de visio / faites plus de sessions en visio* vs *moins de "
        "visio, trop d'écrans / moins d'écran, plus de rencontres en vrai* (both sides say *visio*, *plus*, *écran*); "
        "EN *more video calls* vs *fewer video calls, too much screen time*. `classement`: *un classement public des "
        "carats, ça motive* vs *les carats oui, le classement non* (EN *leaderboard*). `frequence_sollicitations` (OCC): "
        "*plus de sollicitations / ask me more* vs *moins de sollicitations / fewer asks*. A keyword clusterer merges "
        "each pair into one theme; the truth wants two sides.",
        "2. **Minorities as near-neighbours of a big theme** (exactly 2 holders each): `support_samedi` (support open on "
        "Saturdays, opening hours, never speed) next to `support_rapide`; `distance_evenements` (events always in "
        "Paris, too far) next to `manque_temps`; `recrutement_visibilite` (exposure to recruit young technicians) next "
        "to `visibilite_labo` (exposure to win dentists); `former_apprentis` (train OTHERS at a vocational school) next "
        "to `formation_materiaux` (be trained); `pret_materiel` (loan of HARDWARE to try) next to `acces_anticipe` "
        "(early SOFTWARE access); `contribution_anonyme` (contribute without name) next to the brake `peur_commercial`. "
        "Folding them into the big theme hides the minority and lowers attribution precision.",
        "3. **Corporate objective, plain-words support.** The objective served by `presenter_confreres` is worded "
        "*leads qualifiés / recommandation pair-à-pair* (ZIR), *qualified sales pipeline / peer-to-peer advocacy* "
        "(CAM), *opportunités commerciales qualifiées / advocacy client* (OCC). Its supporting answers say *si un "
        "collègue me demande quelle fraiseuse prendre je lui dis…*, *pass your contact to tech friends…* and share "
        "none of its words (checked by validate.py). Meanwhile *peer(s) / pairs* appear in `echanges_pairs` answers "
        "(a need served by another objective) and *sales* in `peur_commercial`, *pipeline of cases* in noise: decoys.",
        "4. **Unsupported objective with lexical decoys.** *avis en ligne* (ZIR, OCC) is supported by nobody, but "
        "*à mon avis*, *avis de passage* (noise) and *donner mon avis sur les évolutions de l'interface* (`idees_produit`) "
        "reuse the word. CAM's *trade shows and dental congresses* is matched only by the noise *we went to a trade "
        "show once, as visitors*.",
        "5. **Unserved needs** `support_rapide` and `admin_facturation` in every session; *lower renewal price for the "
        "support contract* is `remise_maintenance` (a motivation), not support.",
        "6. **Lexical decoys in noise**: *formation de bulles dans la céramique* / *bubble formation*, *support de "
        "fraisage* / *disc holder support*, *temps de frittage* / *sintering time*, *visibilité des marges*, *classement "
        "des fichiers*, *ranked my cases*, *screen resolution*, *une demi-journée par mois* (time answers) vs the "
        "brake *si je m'absente une demi-journée la prod s'arrête*; skip marker *pas d'idée* vs `idees_produit`.",
        "7. **Participant-safe**: two noise answers name a colleague (*Jérôme Vasseur*, *Sandra Whitlock*); a "
        "`synthèse partage` must not quote them (they carry no planted point, so they should not be quoted anyway).",
        "",
    ]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
