#!/usr/bin/env python3
"""Deterministic generator of the held-out synthesis set (issue 18).

Client: Kalyp, a SaaS for school-canteen management (menus, allergens, meal
headcount, supplier orders, food-waste weighing). Ambassadors are canteen
cooks, kitchen managers, bursars and municipal catering staff.

Stdlib only, fixed seed. Writes, for each session X in DUB, LYO, BRX:
X.answers.jsonl, X.objectives.txt, X.truth.json
"""
import json
import os
import random

SEED = 18
HERE = os.path.dirname(os.path.abspath(__file__))

# Owner codes used in the item tables below:
#   "<theme_key>"          -> a planted theme
#   "<opp_key>/A" or "/B"  -> a side of an opposition
#   "min:<key>"            -> a minority view (2-3 participants)
#   "-"                    -> noise

SESSIONS = {}

# ---------------------------------------------------------------- DUB (en, 12)
SESSIONS["DUB"] = {
    "lang": "en",
    "n": 12,
    "questions": {
        "q1": "What made you say yes to becoming a Kalyp ambassador?",
        "q2": "What would you need from us to do it well?",
        "q3": "What could hold you back or stop you taking part?",
        "q4": "Which kinds of contribution appeal to you most?",
        "q5": "How much time could you realistically give, and when?",
        "q6": "Any idea or remark for the programme?",
    },
    "themes": {
        "m_peer": ("motivation", "Help other school kitchens / give back to fellow catering managers"),
        "m_roadmap": ("motivation", "Have a say in how the product evolves"),
        "n_time_release": ("need", "Official sign-off / cover so ambassador time counts as work time"),
        "n_ready_material": ("need", "Ready-to-use material (slides, one-pager, templates)"),
        "n_data_guidance": ("need", "Clear rules on what may be shared (GDPR, children, council contract)"),
        "b_no_time": ("brake", "No time: understaffing, lunch service eats the day"),
        "b_not_salesy": ("brake", "Unwilling to act as a salesperson for a supplier"),
        "c_reviews": ("contribution", "Post ratings/reviews on review sites and procurement portals"),
        "i_recipe_swap": ("idea", "Exchange recipes/menus between schools"),
    },
    "oppositions": {
        "opp_where": ("Where to contribute: hosting visitors in one's own kitchen vs remote calls",
                      {"A": "in person, in my kitchen", "B": "remote, online call"}),
        "opp_when": ("When to give time: school holidays vs term time on site",
                     {"A": "school holidays", "B": "term time, after service"}),
    },
    "minorities": {
        "min:career": "Personal professional recognition (annual review, seen by the council)",
        "min:evenings": "Only evenings from home",
        "min:vouchers": "Wants to be paid / vouchers for the time given",
    },
    "objectives": [
        ("Generate 20 qualified referrals to other schools and councils by December", []),
        ("Build a peer-support network where experienced kitchen managers help newer sites", ["m_peer", "i_recipe_swap"]),
        ("Involve ambassadors in product decisions through a customer advisory board", ["m_roadmap"]),
        ("Increase Kalyp's visibility on review sites and public procurement portals", ["c_reviews"]),
        ("Equip ambassadors with ready-to-use presentation kits", ["n_ready_material"]),
    ],
    "items": {
        "q1": [
            ("m_peer", "Honestly to help other kitchens, I remember how lost I was my first term"),
            ("m_peer", "give back to the other catering managers in the county"),
            ("m_peer", "the school down the road rings me for tips anyway so might as well make it official haha"),
            ("m_roadmap", "want a say in what gets built next, esp. the allergen screen"),
            ("m_roadmap", "so the devs actually hear from people at the pass and not just the council IT lads"),
            ("m_roadmap", "Shape the product. simple as"),
            ("min:career", "tbh it'd look good at my annual review"),
            ("min:career", "bit of recognition from the council wouldn't hurt, they never see what we do"),
            ("-", "my manager put my name down \U0001F642"),
            ("-", "Kalyp is grand, no complaints"),
        ],
        "q2": [
            ("n_time_release", "need the principal to sign off on the hours, otherwise no go"),
            ("n_time_release", "cover in the kitchen when I'm away at one of these things"),
            ("n_time_release", "it has to be agreed with the council as part of my job, not on top of it"),
            ("n_ready_material", "slides I can just use, no way I'm making my own"),
            ("n_ready_material", "a one pager to hand out at the ETB meetings"),
            ("n_ready_material", "templates!! not a blank page"),
            ("n_data_guidance", "clear guidance on what I'm allowed to share - no pics of the children obviously, but menus with names?"),
            ("n_data_guidance", "need to know what's confidential re our council contract before I open my mouth"),
            ("n_data_guidance", "some rules on GDPR, what's ok to post and what isnt"),
            ("-", "need a holiday lol"),
            ("-", "nothing really"),
        ],
        "q3": [
            ("b_no_time", "we're short staffed since September"),
            ("b_no_time", "between 11 and 2 I can't even look at my phone"),
            ("b_no_time", "honestly the hours. service eats the whole day and then theres the ordering, the allergen sheets, the temp logs... by 3 I'm wrecked and the last thing I want is another call"),
            ("b_no_time", "too much on my plate already (pun intended)"),
            ("b_not_salesy", "I'm a cook not a sales rep"),
            ("b_not_salesy", "don't want to be seen flogging software to the other schools"),
            ("b_not_salesy", "feels a bit pushy, recommending a supplier to the neighbouring council"),
            ("-", "first time I've done anything like this so who knows"),
            ("-", "nothing, go for it"),
            ("-", "the weather \U0001F602"),
        ],
        "q4": [
            ("opp_where/A", "happy for people to come see the kitchen on a Wednesday"),
            ("opp_where/A", "site visits - show them the tablet at the pass during service"),
            ("opp_where/A", "they can come down and watch how we do the headcount in the morning"),
            ("opp_where/B", "a Teams call is handier for me"),
            ("opp_where/B", "short webinar from the office, 30 mins"),
            ("opp_where/B", "online, camera off if possible lol"),
            ("c_reviews", "leave a review on Capterra or wherever"),
            ("c_reviews", "I could put stars on the procurement portal thing"),
            ("c_reviews", "write something on G2, your sales guy asked me already"),
            ("-", "not sure yet"),
            ("-", "whatever helps"),
        ],
        "q5": [
            ("opp_when/A", "summer and Easter when the kitchen's shut"),
            ("opp_when/A", "July/August really, before that forget it"),
            ("opp_when/A", "half-term weeks suit me"),
            ("opp_when/B", "term time, afternoons after 2 when the clean down is done"),
            ("opp_when/B", "a quick hour on a Friday after cleanup"),
            ("opp_when/B", "during the school year when I'm on site anyway"),
            ("min:evenings", "evenings from home, after the kids are in bed"),
            ("min:evenings", "after 8pm on the laptop"),
            ("-", "depends"),
            ("-", "ask me in Sept"),
        ],
        "q6": [
            ("i_recipe_swap", "a recipe exchange between schools"),
            ("i_recipe_swap", "swap menus that already passed the nutrition check"),
            ("i_recipe_swap", "shared bank of dishes kids actually eat!!"),
            ("min:vouchers", "pay us or at least vouchers, we're doing this on our own time"),
            ("min:vouchers", "a One4All voucher for the staff room would be nice"),
            ("-", "make the app work on the old tablets first"),
            ("-", "no"),
            ("-", "who gets the referrals, the sales team? just curious"),
        ],
    },
}

# ---------------------------------------------------------------- LYO (fr, 24)
SESSIONS["LYO"] = {
    "lang": "fr",
    "n": 24,
    "questions": {
        "q1": "Qu'est-ce qui vous donne envie de devenir ambassadeur·rice Kalyp ?",
        "q2": "De quoi auriez-vous besoin de notre part pour jouer ce rôle ?",
        "q3": "Qu'est-ce qui pourrait vous freiner ?",
        "q4": "Quelles contributions vous tentent le plus ?",
        "q5": "Combien de temps pouvez-vous y consacrer, et à quel moment ?",
        "q6": "Une idée, une remarque libre ?",
    },
    "themes": {
        "m_antigaspi": ("motivation", "Fierté des résultats anti-gaspillage, envie de les faire connaître"),
        "m_reseau": ("motivation", "Rencontrer des pairs d'autres communes, sortir de l'isolement"),
        "m_roadmap": ("motivation", "Peser sur l'évolution du logiciel"),
        "n_formation": ("need", "Être formé·e / coaché·e à la prise de parole et à la présentation"),
        "n_kit": ("need", "Supports clés en main (slides, fiches, modèles)"),
        "n_remplacement": ("need", "Temps reconnu par la hiérarchie / remplacement en cuisine"),
        "n_defraiement": ("need", "Remboursement des frais de déplacement"),
        "b_temps": ("brake", "Manque de temps : service, sous-effectif"),
        "b_commercial": ("brake", "Refus de jouer le commercial (agent public, neutralité)"),
        "b_surcharge": ("brake", "Peur d'être trop sollicité·e / relancé·e"),
        "c_accueil": ("contribution", "Accueillir des collègues dans sa cuisine"),
        "c_entraide": ("contribution", "Aider les nouveaux sites (forum, téléphone, parrainage)"),
        "c_beta": ("contribution", "Tester les versions en avance"),
        "i_rencontre": ("idea", "Rencontre annuelle / conviviale des ambassadeurs"),
        "i_equipe": ("idea", "Mettre en avant toute l'équipe de cuisine, pas seulement le chef"),
    },
    "oppositions": {
        "opp_format": ("Format de témoignage : écrit vs vidéo (le mot « témoignage » des deux côtés)",
                       {"A": "écrit", "B": "vidéo"}),
        "opp_moment": ("Moment : vacances scolaires vs période scolaire sur place",
                       {"A": "vacances scolaires", "B": "période scolaire, après le service"}),
    },
    "minorities": {
        "min:mairie": "Faire reconnaître le service de restauration auprès des élus / de la mairie",
        "min:bugs": "Les bugs actuels empêchent de recommander l'outil",
        "min:soir": "Seulement le soir, depuis chez soi",
        "min:goodies": "Des goodies (tablier, couteau) comme remerciement",
    },
    "objectives": [
        ("Former et outiller les ambassadeurs pour qu'ils présentent Kalyp dans les salons et réunions de réseau", ["n_formation", "n_kit"]),
        ("Développer l'entraide entre cantines : les ambassadeurs accompagnent les sites qui démarrent", ["c_entraide", "m_reseau", "c_accueil", "i_rencontre"]),
        ("Associer les ambassadeurs à la feuille de route produit (tests, retours terrain)", ["m_roadmap", "c_beta"]),
        ("Valoriser les résultats anti-gaspillage des clients dans nos communications", ["m_antigaspi", "i_equipe"]),
        ("Générer 30 recommandations qualifiées vers d'autres collectivités d'ici décembre", []),
    ],
    "items": {
        "q1": [
            ("m_antigaspi", "montrer qu'on a divisé le gaspillage par deux en 1 an \U0001F4AA"),
            ("m_antigaspi", "fière de nos chiffres de pesée, on jette presque plus rien"),
            ("m_antigaspi", "faire connaitre ce qu'on a réussi contre le gâchis alimentaire"),
            ("m_antigaspi", "-40% de restes dans les poubelles, ça mérite d'être dit !"),
            ("m_antigaspi", "valoriser le boulot de l'équipe sur les retours plateaux"),
            ("m_reseau", "alors pour moi c'est surtout sortir un peu de ma cuisine. On est tout seul dans nos cuisines satellites, on voit personne à part le livreur le matin, ça fait du bien de voir d'autres gens du métier et comment ils s'organisent"),
            ("m_reseau", "échanger avec les cuistots des communes d'à côté"),
            ("m_reseau", "le networking entre gestionnaires, on se connait pas assez"),
            ("m_reseau", "rencontrer des homologues, partager nos galères"),
            ("m_roadmap", "que les devs entendent enfin le terrain"),
            ("m_roadmap", "faire remonter les bugs du module allergènes et qu'ils soient pris en compte pour de vrai"),
            ("m_roadmap", "avoir mon mot à dire sur les futures fonctionnalités"),
            ("m_roadmap", "co-construire l'outil plutôt que le subir"),
            ("min:mairie", "que mon élu voit que la cantine c'est pas juste une ligne de dépense"),
            ("min:mairie", "faire reconnaître notre service auprès de la mairie"),
            ("-", "ma DGS m'a inscrite d'office"),
            ("-", "pourquoi pas"),
            ("-", "j'aime bien l'appli"),
            ("-", "on m'en a parlé à la réunion sur la pesée des déchets, du coup je suis venu voir"),
        ],
        "q2": [
            ("n_formation", "une formation à la prise de parole, je suis pas à l'aise en public"),
            ("n_formation", "être coaché avant de parler devant des élus"),
            ("n_formation", "un petit training pour savoir pitcher l'outil"),
            ("n_formation", "apprendre à présenter le logiciel sans me planter devant tout le monde"),
            ("n_kit", "des slides toutes prêtes"),
            ("n_kit", "un kit de com clé en main, genre \"Kalyp en 5 slides\""),
            ("n_kit", "des fiches à distribuer aux collègues"),
            ("n_kit", "un modèle de témoignage à remplir, sinon je sèche"),
            ("n_remplacement", "que ma hiérarchie valide le temps passé"),
            ("n_remplacement", "quelqu'un pour me remplacer au service quand je suis pas là"),
            ("n_remplacement", "un ordre de mission de la mairie sinon c'est mort"),
            ("n_remplacement", "que ça compte comme du temps de travail, pas en plus"),
            ("n_defraiement", "qu'on nous rembourse l'essence pour aller aux rencontres"),
            ("n_defraiement", "prise en charge des trajets svp, Villeurbanne-Vienne c'est pas la porte à côté"),
            ("n_defraiement", "défraiement km + repas"),
            ("-", "besoin de vacances \U0001F605"),
            ("-", "rien de spécial"),
            ("-", "j'ai eu la formation HACCP en mars, rien à voir mais bon"),
        ],
        "q3": [
            ("b_temps", "le rush de 11h30-13h30, impossible de décrocher"),
            ("b_temps", "on est en sous-effectif depuis la rentrée"),
            ("b_temps", "entre les commandes fournisseurs et le service j'ai pas une minute"),
            ("b_temps", "déjà la tête dans le guidon"),
            ("b_temps", "avec les arrêts maladie non remplacés c'est chaud"),
            ("b_commercial", "je suis agent public, je vais pas faire la pub d'un prestataire"),
            ("b_commercial", "pas à l'aise avec le côté vente"),
            ("b_commercial", "j'ai pas envie de passer pour le VRP de Kalyp"),
            ("b_commercial", "neutralité vis à vis des marchés publics, on nous le rappelle souvent"),
            ("b_surcharge", "si on me relance toutes les semaines j'arrête direct"),
            ("b_surcharge", "trop de mails tue le mail"),
            ("b_surcharge", "pas être harcelée de demandes, une fois de temps en temps ok"),
            ("min:bugs", "difficile de recommander un outil qui plante à chaque mise à jour"),
            ("min:bugs", "tant que l'export compta bugue je me vois mal en parler en bien"),
            ("-", "rien ne me freine"),
            ("-", "le temps qu'il fait à Lyon en novembre \U0001F605"),
        ],
        "q4": [
            ("opp_format/A", "un témoignage écrit pour votre site, ça je peux"),
            ("opp_format/A", "je préfère rédiger un petit texte tranquille chez moi"),
            ("opp_format/A", "un article dans la newsletter"),
            ("opp_format/B", "un témoignage filmé dans ma cuisine"),
            ("opp_format/B", "une petite vidéo pendant le service, montrer la vraie vie"),
            ("opp_format/B", "passer devant la caméra ça me dérange pas du tout"),
            ("c_accueil", "recevoir des collègues pour leur montrer comment on fait la pesée"),
            ("c_accueil", "portes ouvertes de ma cuisine centrale"),
            ("c_accueil", "qu'ils viennent voir en vrai le pointage des repas le matin"),
            ("c_entraide", "aider les nouveaux sur le  « forum »"),
            ("c_entraide", "répondre au tel aux autres communes qui démarrent"),
            ("c_entraide", "parrainer une cantine qui débute avec Kalyp"),
            ("c_entraide", "faire du support entre pairs, genre hotline de cuistots"),
            ("c_beta", "tester les nouveautés avant tout le monde"),
            ("c_beta", "bêta-tester le module commandes"),
            ("c_beta", "essayer les versions pas finies et faire du feedback"),
            ("-", "les contributions c'est pas trop mon truc"),
            ("-", "je sais pas encore"),
            ("-", "faire des crêpes pour la kermesse \U0001F602"),
        ],
        "q5": [
            ("opp_moment/A", "pendant les vacances quand la cuisine est fermée"),
            ("opp_moment/A", "l'été surtout"),
            ("opp_moment/A", "les petites vacances, Toussaint, février"),
            ("opp_moment/A", "juillet, après la fin des cours"),
            ("opp_moment/B", "le mercredi aprem, pas de service"),
            ("opp_moment/B", "en période scolaire après 14h"),
            ("opp_moment/B", "sur mon temps de travail, une heure après le nettoyage"),
            ("opp_moment/B", "pendant l'année, quand je suis sur place de toute façon"),
            ("min:soir", "le soir chez moi en visio"),
            ("min:soir", "en soirée depuis la maison, après 20h"),
            ("-", "ça dépend"),
            ("-", "aucune idée"),
            ("-", "euh... bonne question"),
        ],
        "q6": [
            ("i_rencontre", "un repas entre ambassadeurs une fois par an"),
            ("i_rencontre", "une journée rencontre à Lyon, avec visite d'une cuisine"),
            ("i_rencontre", "un afterwork de cuistots !"),
            ("i_rencontre", "un séminaire annuel pour se retrouver"),
            ("i_equipe", "citer toute l'équipe dans les posts, pas juste le chef"),
            ("i_equipe", "des photos de la brigade avec leurs prénoms"),
            ("i_equipe", "que les agents de service soient mis en avant aussi, c'est eux qui font le boulot"),
            ("min:goodies", "des tabliers brodés Kalyp \U0001F604"),
            ("min:goodies", "des goodies sympas genre couteau gravé"),
            ("-", "non"),
            ("-", "RAS"),
            ("-", "changer la couleur du logo, le vert fait hôpital"),
            ("-", "pas d'avis"),
            ("-", "un baby-foot dans chaque cuisine centrale (je rigole)"),
        ],
    },
}

# ------------------------------------------------------------- BRX (mixed, 38)
SESSIONS["BRX"] = {
    "lang": "mixed",
    "n": 38,
    "n_en": 14,  # participants whose preferred language is English
    "questions": {
        "q1": "Pourquoi devenir ambassadeur Kalyp ? / Why become a Kalyp ambassador?",
        "q2": "De quoi auriez-vous besoin ? / What would you need from us?",
        "q3": "Qu'est-ce qui pourrait vous freiner ? / What could hold you back?",
        "q4": "Quelles contributions, sous quelle forme ? / Which contributions, in what form?",
        "q5": "Des idées pour le programme ? / Ideas for the programme?",
    },
    "themes": {
        "m_durable": ("motivation", "Promote local / organic / sustainable sourcing in canteens"),
        "m_peer": ("motivation", "Help other schools / pass on experience"),
        "m_roadmap": ("motivation", "Influence the product's evolution"),
        "m_early": ("motivation", "Early access to new features"),
        "n_bilingue": ("need", "Material in several languages (NL/EN/FR)"),
        "n_contact": ("need", "A dedicated, named contact person at Kalyp"),
        "n_kit": ("need", "Ready-made material (deck, visuals, post examples, templates)"),
        "n_feedback": ("need", "Be told what becomes of their suggestions (closed feedback loop)"),
        "n_hierarchy": ("need", "Approval from the hierarchy (alderman, bursar, commune)"),
        "b_temps": ("brake", "No time: understaffing, service, paperwork"),
        "b_neutralite": ("brake", "Public-procurement neutrality / refusing a sales role"),
        "b_langue": ("brake", "Language barrier in sessions"),
        "b_pression": ("brake", "Fear of being over-solicited"),
        "c_beta": ("contribution", "Test new releases before they go live"),
        "c_mentor": ("contribution", "Mentor / sponsor a new site"),
        "i_rencontre": ("idea", "A yearly ambassador get-together"),
        "i_paliers": ("idea", "Levels / tiers / points unlocking benefits"),
        "i_allergenes": ("idea", "A working group on allergens"),
    },
    "oppositions": {
        "opp_lieu": ("In person on site vs remote (webinar, video call)",
                     {"A": "in person / sur place", "B": "remote / à distance"}),
        "opp_visibilite": ("Public on social media under one's name vs behind the scenes, anonymous",
                           {"A": "public, on social media", "B": "behind the scenes, anonymous"}),
    },
    "minorities": {
        "min:career": "Good for one's CV / career review",
        "min:childcare": "Events must allow for children (Wednesday childcare)",
        "min:photos": "No photos of children, ever",
        "min:bugs": "Current bugs make it hard to vouch for the tool",
        "min:recettes": "Contribute recipes to the shared menu bank",
        "min:remise": "A discount on the licence / renewal",
        "min:don": "A donation to a food-aid charity instead of gifts",
    },
    "objectives": [
        ("Fournir aux ambassadeurs un kit de présentation prêt à l'emploi", ["n_kit"]),
        ("Assign a dedicated community manager who follows up with every ambassador", ["n_contact"]),
        ("Associer les ambassadeurs à la roadmap produit et leur faire un retour sur leurs suggestions",
         ["m_roadmap", "n_feedback", "m_early", "c_beta", "i_allergenes"]),
        ("Mettre en avant les démarches durables (local, bio) des cantines clientes", ["m_durable"]),
        ("Obtain 25 signed video testimonials before the trade-show season", []),
    ],
    "items": {
        "q1": [
            ("m_durable", "fr", "montrer qu'on peut faire du local avec le suivi fournisseurs"),
            ("m_durable", "fr", "défendre le bio dans nos cantines, c'est mon cheval de bataille"),
            ("m_durable", "fr", "prouver qu'on atteint les objectifs de produits durables de la Région"),
            ("m_durable", "en", "showing that sourcing from nearby farms is doable even on a tight budget"),
            ("m_durable", "en", "championing farm-to-school, basically"),
            ("m_durable", "en", "we hit 50% sustainable produce and the reporting made it possible, happy to say so"),
            ("m_durable", "fr", "les circuits courts, faut que ça se sache"),
            ("m_peer", "fr", "donner un coup de main aux écoles qui galèrent"),
            ("m_peer", "fr", "partager mon expérience avec d'autres économats"),
            ("m_peer", "fr", "transmettre ce qu'on a appris à la dure"),
            ("m_peer", "en", "give back to other school caterers"),
            ("m_peer", "en", "help the next ones avoid our mistakes from year one"),
            ("m_peer", "fr", "j'ai été aidée au début, à mon tour"),
            ("m_roadmap", "en", "get a seat at the table for the roadmap"),
            ("m_roadmap", "fr", "faire évoluer le logiciel dans notre sens"),
            ("m_roadmap", "fr", "être écouté par l'équipe produit"),
            ("m_roadmap", "fr", "que nos demandes d'évolution remontent enfin qq part"),
            ("m_roadmap", "en", "influence what the product team builds"),
            ("m_early", "fr", "avoir les nouveautés en avant-première"),
            ("m_early", "en", "early access to the new ordering module"),
            ("m_early", "en", "sneak peek at features before everybody else"),
            ("m_early", "fr", "accès anticipé aux nouvelles fonctions, j'adore ça"),
            ("min:career", "fr", "ça fait bien sur un CV"),
            ("min:career", "en", "good for my professional development review tbh"),
            ("-", "en", "my director asked me to"),
            ("-", "fr", "pourquoi pas"),
            ("-", "fr", "j'ai dit oui sans trop réfléchir"),
            ("-", "en", "local elections next year lol, everyone's volunteering for everything"),
            ("-", "fr", "curiosité"),
            ("-", "en", "free lunch? \U0001F602"),
        ],
        "q2": [
            ("n_bilingue", "fr", "des supports en néerlandais aussi, on est à Bruxelles hein"),
            ("n_bilingue", "en", "documents in English for our international school please"),
            ("n_bilingue", "fr", "tout est en français, il nous faut des versions NL"),
            ("n_bilingue", "en", "bilingual slides, FR/NL at least"),
            ("n_bilingue", "fr", "traduire les fiches, la moitié de mon équipe est flamande"),
            ("n_contact", "fr", "une personne de référence chez vous"),
            ("n_contact", "en", "a named contact, not the generic support inbox"),
            ("n_contact", "fr", "un interlocuteur dédié qui répond vite"),
            ("n_contact", "en", "someone I can just ping on WhatsApp when a question comes up, last year I sent 3 emails to support about the headcount export and got a ticket number back, that's it. A real human with a name would make a big difference for us"),
            ("n_contact", "fr", "savoir à qui m'adresser, toujours la même personne"),
            ("n_kit", "en", "a ready-made deck"),
            ("n_kit", "fr", "un kit clé en main"),
            ("n_kit", "fr", "des visuels prêts à poster"),
            ("n_kit", "en", "examples of LinkedIn posts we could adapt"),
            ("n_kit", "en", "a case-study template to fill in"),
            ("n_feedback", "fr", "savoir ce que deviennent nos remontées"),
            ("n_feedback", "en", "a feedback loop: tell us what actually got built"),
            ("n_feedback", "fr", "un retour sur nos idées, pas un trou noir"),
            ("n_feedback", "en", "close the loop on feature requests pls"),
            ("n_hierarchy", "fr", "l'aval de mon échevin"),
            ("n_hierarchy", "en", "sign-off from the bursar before I commit to anything"),
            ("n_hierarchy", "fr", "que la commune soit d'accord, sinon je peux rien faire"),
            ("min:childcare", "fr", "une garderie si les events tombent le mercredi"),
            ("min:childcare", "en", "events need to be family-friendly, I have my kids on Wednesdays"),
            ("-", "fr", "rien"),
            ("-", "en", "n/a"),
            ("-", "fr", "un meilleur café au prochain atelier \u2615"),
            ("-", "en", "the Dutch menu export is still broken btw"),
            ("-", "en", "a bigger kitchen \U0001F602"),
            ("-", "fr", "idem"),
        ],
        "q3": [
            ("b_temps", "fr", "pas le temps, on est deux en cuisine pour 400 couverts et le 3e poste est vacant depuis janvier, donc bon, on court partout"),
            ("b_temps", "en", "staff shortages, full stop"),
            ("b_temps", "en", "time, simply"),
            ("b_temps", "fr", "le service du midi me bouffe"),
            ("b_temps", "fr", "trop de paperasse déjà, les fiches HACCP, les commandes..."),
            ("b_temps", "en", "between the paperwork and service there's nothing left in the day"),
            ("b_neutralite", "fr", "je suis fonctionnaire, recommander un fournisseur c'est délicat"),
            ("b_neutralite", "en", "procurement rules \u2014 I can't be seen endorsing a vendor"),
            ("b_neutralite", "fr", "les marchés publics, on doit rester neutres"),
            ("b_neutralite", "fr", "ça me gêne de jouer les VRP"),
            ("b_neutralite", "en", "don't want to turn into a salesman for you guys"),
            ("b_langue", "fr", "je suis pas à l'aise en anglais si les réunions sont en anglais"),
            ("b_langue", "en", "my French isn't great, if it's all in French I'm out"),
            ("b_langue", "en", "sessions only in French would put me off"),
            ("b_langue", "fr", "la barrière de la langue, clairement"),
            ("b_pression", "fr", "être relancée sans arrêt"),
            ("b_pression", "en", "if it turns into constant asks I'll drop out"),
            ("b_pression", "fr", "pas envie d'être sollicité tous les quatre matins"),
            ("b_pression", "en", "being spammed with requests"),
            ("min:photos", "fr", "pas de photos d'enfants, c'est non négociable"),
            ("min:photos", "en", "no pictures of pupils, GDPR + parents would go mad"),
            ("min:bugs", "fr", "le module de réservation qui plante encore"),
            ("min:bugs", "en", "hard to vouch for it while the sync keeps failing"),
            ("min:bugs", "fr", "la crédibilité : s'il reste des bugs je vais pas me mouiller"),
            ("-", "fr", "rien"),
            ("-", "en", "nope"),
            ("-", "fr", "la pluie bruxelloise \U0001F327\ufe0f"),
            ("-", "en", "my time with Kalyp has been good so far"),
        ],
        "q4": [
            ("opp_lieu/A", "fr", "recevoir des collègues dans ma cuisine"),
            ("opp_lieu/A", "en", "come and see our central kitchen in Anderlecht"),
            ("opp_lieu/A", "fr", "une visite sur place avec dégustation"),
            ("opp_lieu/A", "fr", "en vrai, au salon Horeca Expo"),
            ("opp_lieu/A", "en", "face to face at the regional day"),
            ("opp_lieu/B", "fr", "un webinaire de 30 min"),
            ("opp_lieu/B", "en", "a Teams call from my office"),
            ("opp_lieu/B", "fr", "en visio, c'est plus simple pour moi"),
            ("opp_lieu/B", "en", "online Q&A in the evening"),
            ("opp_lieu/B", "en", "short Zoom demos"),
            ("opp_visibilite/A", "fr", "poster sur LinkedIn"),
            ("opp_visibilite/A", "en", "share stuff on my LinkedIn"),
            ("opp_visibilite/A", "fr", "partager nos menus sur Insta en taguant Kalyp"),
            ("opp_visibilite/A", "fr", "être cité dans la newsletter avec mon nom et ma photo"),
            ("opp_visibilite/B", "fr", "plutôt dans l'ombre, répondre aux questions sur le forum privé"),
            ("opp_visibilite/B", "en", "behind the scenes \u2014 forum answers, no name on it"),
            ("opp_visibilite/B", "fr", "anonyme de préférence"),
            ("opp_visibilite/B", "en", "I'd stay off social media, happy to help in the private group"),
            ("c_beta", "fr", "bêta-tester les nouvelles versions"),
            ("c_beta", "en", "test new releases before they go live"),
            ("c_beta", "fr", "essayer les fonctions en avant-première et faire des retours"),
            ("c_mentor", "fr", "parrainer une école qui démarre"),
            ("c_mentor", "en", "mentor a new site for its first term"),
            ("c_mentor", "en", "buddy up with a newcomer"),
            ("min:recettes", "fr", "proposer des recettes pour la base de menus"),
            ("min:recettes", "en", "contribute recipes kids actually eat"),
            ("-", "fr", "tout et rien"),
            ("-", "fr", "on verra"),
            ("-", "en", "depends"),
            ("-", "en", "a bit of everything I guess"),
        ],
        "q5": [
            ("i_rencontre", "fr", "une journée annuelle des ambassadeurs"),
            ("i_rencontre", "en", "a yearly meetup with a proper lunch"),
            ("i_rencontre", "fr", "un barbecue de fin d'année scolaire"),
            ("i_rencontre", "en", "an ambassador day in Brussels"),
            ("i_rencontre", "fr", "se retrouver tous ensemble une fois par an, pas qu'en visio"),
            ("i_paliers", "fr", "des niveaux avec des avantages qui se débloquent"),
            ("i_paliers", "en", "points and tiers like an airline"),
            ("i_paliers", "fr", "un système de paliers, bronze argent or"),
            ("i_paliers", "en", "levels! gamify it a bit"),
            ("i_allergenes", "fr", "un groupe de travail sur les allergènes"),
            ("i_allergenes", "en", "a working group on the allergen matrix"),
            ("i_allergenes", "fr", "commission allergènes avec les diététiciennes"),
            ("min:remise", "fr", "une réduction sur la licence"),
            ("min:remise", "en", "discount on our renewal"),
            ("min:don", "fr", "plutôt qu'un cadeau, un don à une asso d'aide alimentaire"),
            ("min:don", "en", "donate to a food bank instead of goodies"),
            ("min:don", "fr", "un don aux Restos du cœur"),
            ("-", "fr", "non"),
            ("-", "en", "nothing"),
            ("-", "fr", "pas d'idée"),
            ("-", "en", "thanks for the croissants this morning"),
            ("-", "en", "dark mode for the app"),
            ("-", "fr", "la vidéo de présentation de ce matin était top"),
        ],
    },
}


def pid(i):
    return "P%02d" % i


def assign(code, s, rng):
    """Return list of (participant, qkey, owner, text) answers."""
    parts = [pid(i) for i in range(1, s["n"] + 1)]
    pref = {}
    if s["lang"] == "mixed":
        en = set(rng.sample(parts, s["n_en"]))
        pref = {p: ("en" if p in en else "fr") for p in parts}
    out = []
    for q in s["questions"]:
        items = list(s["items"][q])
        rng.shuffle(items)
        if not pref:
            pool = parts[:]
            rng.shuffle(pool)
            for p, it in zip(pool, items):
                out.append((p, q, it[0], it[-1]))
            continue
        pools = {"fr": [p for p in parts if pref[p] == "fr"],
                 "en": [p for p in parts if pref[p] == "en"]}
        for k in pools:
            rng.shuffle(pools[k])
        for it in items:
            lang = it[1]
            other = "fr" if lang == "en" else "en"
            # about 1 in 8 answers comes from someone answering in the other language
            first = other if rng.random() < 0.125 else lang
            pool = pools[first] if pools[first] else pools[other if first == lang else lang]
            p = pool.pop()
            out.append((p, q, it[0], it[2]))
    return out


def build(code, s, rng):
    for attempt in range(50):
        answers = assign(code, s, rng)
        who = {a[0] for a in answers}
        if len(who) == s["n"]:
            break
    else:
        raise SystemExit("could not give every participant an answer in %s" % code)
    answers.sort(key=lambda a: (a[0], a[1]))
    rows, owners = [], {}
    for p, q, owner, text in answers:
        aid = "%s-%s-%s" % (code, p, q)
        rows.append({"id": aid, "participant": p, "question": s["questions"][q], "answer": text})
        owners.setdefault(owner, []).append(aid)

    themes = [{"key": k, "kind": kind, "description": d, "answer_ids": sorted(owners.get(k, []))}
              for k, (kind, d) in s["themes"].items()]
    opps = []
    for k, (d, labels) in s["oppositions"].items():
        opps.append({"key": k, "description": d,
                     "sides": [{"label": labels[x], "answer_ids": sorted(owners.get(k + "/" + x, []))}
                               for x in ("A", "B")]})
    mins = [{"key": k.split(":", 1)[1], "description": d, "answer_ids": sorted(owners.get(k, []))}
            for k, d in s["minorities"].items()]
    support = {t: keys for t, keys in s["objectives"]}
    served = {k for keys in support.values() for k in keys}
    truth = {
        "session": code,
        "lang": s["lang"],
        "themes": themes,
        "oppositions": opps,
        "minorities": mins,
        "objective_support": support,
        "unsupported_objectives": [t for t, keys in s["objectives"] if not keys],
        "unserved_needs": [k for k, (kind, _) in s["themes"].items() if kind == "need" and k not in served],
        "noise_answer_ids": sorted(owners.get("-", [])),
    }
    return rows, truth


def main():
    rng = random.Random(SEED)
    for code in ("DUB", "LYO", "BRX"):
        s = SESSIONS[code]
        rows, truth = build(code, s, rng)
        with open(os.path.join(HERE, code + ".answers.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, code + ".objectives.txt"), "w", encoding="utf-8") as f:
            for t, _ in s["objectives"]:
                f.write(t + "\n")
        with open(os.path.join(HERE, code + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("%s: %d participants, %d answers" % (code, s["n"], len(rows)))


if __name__ == "__main__":
    main()
