#!/usr/bin/env python3
"""Generate the held-out planted-theme synthesis set (issue 18).

Stdlib only, deterministic: running it twice writes byte-identical files.
Usage: python3 generate.py [OUTPUT_DIR]   (default: this script's folder)

Each session is written as a grid: for every participant and question, one cell
(bucket, text) or None for a skipped question. Buckets:
  ("T", key)          convergence theme
  ("O", key, side)    side 0/1 of an opposition
  ("M", key)          minority view
  ("N",)              noise (off-topic / vague)
Answer ids are numbered participant by participant, question by question.
"""
import json
import os
import sys

T = lambda k: ("T", k)
A = lambda k: ("O", k, 0)
B = lambda k: ("O", k, 1)
M = lambda k: ("M", k)
N = ("N",)

SESSIONS = []

# ---------------------------------------------------------------------------
# Session 1 - CGL - Cargolia (cargo bikes: sale + long-term leasing, Lyon) - French
# ---------------------------------------------------------------------------
SESSIONS.append({
    "session": "CGL",
    "lang": "fr",
    "client": "Cargolia",
    "sector": "vélos cargo (vente et location longue durée aux familles), Lyon",
    "participants": [
        "Camille Rouvière", "Mehdi Benali", "Sophie Lagarde", "Thomas Nguyen",
        "Aurélie Fabre", "Julien Marchetti", "Nadia Haddad", "Pierre-Yves Le Goff",
        "Élodie Vasseur", "Karim Ouali", "Lucie Bertrand", "Antoine Delmas",
    ],
    "questions": [
        "Qu'est-ce qui vous donnerait envie de devenir ambassadeur·rice Cargolia ?",
        "Qu'est-ce qui pourrait vous freiner ou vous faire décrocher ?",
        "Quelle contribution vous verriez-vous faire en priorité ?",
        "Qu'attendez-vous de Cargolia en retour ?",
        "Combien de temps pourriez-vous y consacrer, et sous quelle forme (sur place, en ligne…) ?",
    ],
    "objectives": [
        "Générer davantage de recommandations de nouveaux clients par les ambassadeurs",
        "Augmenter la visibilité de Cargolia sur les réseaux sociaux et lors d'événements locaux",
        "Améliorer la fidélité et le renouvellement des contrats de location longue durée",
        "Recueillir des idées d'amélioration pour les futurs modèles",
        "Développer une offre de vélos cargo pour les entreprises de livraison du dernier kilomètre",
    ],
    "themes": {
        "vie_sans_voiture": "Envie de montrer / convaincre d'autres familles qu'on vit bien sans voiture (motivation militante, implicite : faire des émules).",
        "faire_essayer_son_velo": "Faire essayer ou prêter son propre vélo cargo à des curieux ou familles hésitantes.",
        "contenus_reseaux": "Publier photos, stories, vidéos de ses trajets sur les réseaux sociaux.",
        "peur_sur_sollicitation": "Peur d'être relancé·e, harcelé·e, noyé·e de demandes ou de notifications.",
        "avantages_entretien": "Attente d'avantages matériels sur l'entretien, les pièces, la batterie (révision offerte, remises).",
        "peser_sur_conception": "Vouloir être écouté·e sur la conception des prochains modèles / tester des prototypes.",
        "temps_tres_limite": "Disponibilité très limitée (quelques heures par mois/an, ponctuellement, agenda saturé).",
    },
    "oppositions": {
        "prime_en_argent": ("Faut-il une rémunération en argent pour chaque parrainage ?",
                             "Oui : prime/cash par parrainage", "Non : pas d'argent, sinon perte de sincérité"),
        "presentiel_ou_distance": ("Sous quelle forme contribuer : sur le terrain ou à distance ?",
                                   "Uniquement en présentiel, sur le terrain", "Uniquement à distance, en ligne"),
    },
    "minorities": {
        "peur_casse_vol": "Crainte que le vélo prêté soit abîmé ou volé (et de qui paie).",
        "sorties_entre_familles": "Envie de lien social : sorties et rencontres entre familles cargo.",
    },
    "objective_support": {
        "Générer davantage de recommandations de nouveaux clients par les ambassadeurs": ["vie_sans_voiture", "faire_essayer_son_velo"],
        "Augmenter la visibilité de Cargolia sur les réseaux sociaux et lors d'événements locaux": ["contenus_reseaux"],
        "Améliorer la fidélité et le renouvellement des contrats de location longue durée": ["avantages_entretien"],
        "Recueillir des idées d'amélioration pour les futurs modèles": ["peser_sur_conception"],
    },
    "paraphrase_only": ["Améliorer la fidélité et le renouvellement des contrats de location longue durée"],
    "grid": [
        # P1 Camille Rouvière
        [(T("vie_sans_voiture"), "franchement montrer aux autres parents de l'école qu'on peut vivre sans bagnole"),
         (T("peur_sur_sollicitation"), "être relancée toutes les semaines, je décroche direct"),
         (T("contenus_reseaux"), "des stories insta de nos trajets école sous la pluie"),
         (A("prime_en_argent"), "une vraie prime en euros quand un copain signe grâce à moi"),
         (T("temps_tres_limite"), "2h par mois grand max")],
        # P2 Mehdi Benali
        [(T("vie_sans_voiture"), "on a revendu la 2e voiture grace au biporteur.. si ça peut donner le déclic à qqn d'autre"),
         (T("peur_sur_sollicitation"), "si ma boite mail déborde de demandes, non merci"),
         (T("faire_essayer_son_velo"), "laisser des curieux faire un tour de pâté de maisons sur mon biporteur"),
         (B("prime_en_argent"), "surtout pas de fric, sinon je deviens un vendeur et plus personne me croit"),
         (A("presentiel_ou_distance"), "en vrai, sur les marchés ou à la fête du vélo, pas derrière un écran")],
        # P3 Sophie Lagarde
        [(T("vie_sans_voiture"), "convertir mes voisins à la pédale lol"),
         (T("temps_tres_limite"), "le manque de temps, entre le taf et les enfants c'est deja serré"),
         (T("faire_essayer_son_velo"), "je peux faire tester le mien aux parents du quartier le samedi matin"),
         (T("avantages_entretien"), "une révision gratuite par an ce serait top"),
         (B("presentiel_ou_distance"), "full remote : répondre aux questions sur un forum le soir")],
        # P4 Thomas Nguyen
        [(T("vie_sans_voiture"), "prouver qu'avec 3 gamins on s'en sort très bien sans auto"),
         (T("peur_sur_sollicitation"), "la pression de devoir publier un truc chaque mois"),
         (T("contenus_reseaux"), "filmer nos virées et mettre ça sur tiktok"),
         (A("prime_en_argent"), "du cash par filleul, pas des goodies"),
         (T("temps_tres_limite"), "une fois par trimestre, pas plus")],
        # P5 Aurélie Fabre
        [(T("vie_sans_voiture"), "voir des familles lâcher le SUV pour le trajet de la crèche, ça me ferait trop plaisir"),
         (M("peur_casse_vol"), "peur qu'on me rende mon vélo rayé, ou pire qu'on me le pique"),
         (T("contenus_reseaux"), "partager nos balades du dimanche sur fb, je le fais déjà de tte façon"),
         (B("prime_en_argent"), "rien de monétaire. je recommande parce que j'y crois, point"),
         (A("presentiel_ou_distance"), "je préfère le terrain, rencontrer les gens physiquement")],
        # P6 Julien Marchetti
        [(T("peser_sur_conception"), "qu'on m'écoute enfin sur la béquille qui est une horreur 😅"),
         (T("peur_sur_sollicitation"), "trop de notifs = je coupe tout"),
         (T("faire_essayer_son_velo"), "prêter mon vélo une journée à une famille qui hésite"),
         (T("avantages_entretien"), "des remises sur les pièces d'usure (pneus, plaquettes...)"),
         (T("temps_tres_limite"), "très ponctuellement")],
        # P7 Nadia Haddad
        [(T("peser_sur_conception"), "pouvoir peser sur le futur modèle, j'ai une liste de remarques après 3 ans d'usage quotidien"),
         (T("temps_tres_limite"), "mes journées sont blindées, je peux rien promettre"),
         (T("contenus_reseaux"), "des photos du cargo chargé à bloc après le marché, ça parle aux gens"),
         (A("prime_en_argent"), "genre 100€ de virement par personne parrainée, ça motive"),
         (N, "bonne question 🤔")],
        # P8 Pierre-Yves Le Goff
        [(T("peser_sur_conception"), "avoir mon mot à dire sur la conception du prochain triporteur"),
         (M("peur_casse_vol"), "prêter un engin à 4000 balles à des inconnus... bof. s'il casse qui paye ?"),
         (N, "ça dépend de ce que vous proposez"),
         (B("prime_en_argent"), "si on est payés ça sonne faux, je préfère que ça reste bénévole"),
         (B("presentiel_ou_distance"), "à distance uniquement, depuis mon canapé")],
        # P9 Élodie Vasseur
        [(T("peser_sur_conception"), "donner mon avis sur la bâche pluie AVANT qu'elle sorte, l'actuelle prend l'eau"),
         (T("peur_sur_sollicitation"), "qu'on me harcèle pour laisser des avis, ça me saoulerait vite"),
         (T("faire_essayer_son_velo"), "faire monter les gens dessus, y a rien de mieux pour convaincre"),
         (T("avantages_entretien"), "un petit geste à l'atelier quand je passe pour l'entretien"),
         (T("temps_tres_limite"), "quelques heures par an, soyons honnêtes")],
        # P10 Karim Ouali
        [(M("sorties_entre_familles"), "rencontrer d'autres familles qui roulent en cargo, faire des sorties ensemble"),
         (T("peur_sur_sollicitation"), "être sollicité à tout bout de champ"),
         (T("faire_essayer_son_velo"), "accueillir chez moi ceux qui veulent s'essayer avant d'acheter"),
         (A("prime_en_argent"), "que chaque parrainage soit rémunéré, clairement"),
         (A("presentiel_ou_distance"), "en personne uniquement, les visios j'en fais assez au boulot")],
        # P11 Lucie Bertrand
        [(M("sorties_entre_familles"), "le côté bande de potes, se retrouver entre cargoteurs le dimanche"),
         (N, "rien de particulier pour l'instant"),
         (T("peser_sur_conception"), "tester vos protos en conditions réelles, genre la montée de la Croix-Rousse"),
         (B("prime_en_argent"), "aucune rétribution financière, ça mettrait un malaise avec mes amis"),
         (B("presentiel_ou_distance"), "en ligne, je ne peux pas me déplacer facilement")],
        # P12 Antoine Delmas (skips question 2)
        [(N, "je sais pas trop, on verra"),
         None,
         (N, "un peu de tout j'imagine"),
         (T("avantages_entretien"), "qu'on me fasse un prix sur la prochaine batterie"),
         (T("temps_tres_limite"), "un samedi de temps en temps")],
    ],
})

# ---------------------------------------------------------------------------
# Session 2 - TDW - Tidewell Solar (residential solar installer, Bristol) - English
# ---------------------------------------------------------------------------
SESSIONS.append({
    "session": "TDW",
    "lang": "en",
    "client": "Tidewell Solar",
    "sector": "residential solar panels and home batteries, South West England",
    "participants": [
        "Hannah Price", "Rajesh Patel", "Owen Morgan", "Grace Okafor", "Liam Doherty",
        "Fiona McLeod", "Tom Whitaker", "Priya Sharma", "Megan Hughes", "Daniel Kowalski",
    ],
    "questions": [
        "Why would you want to become a Tidewell ambassador?",
        "What would put you off or make you drop out?",
        "Which contribution would you most like to make?",
        "What would you expect from Tidewell in return?",
        "How would you like us to reach you when we need your help?",
    ],
    "objectives": [
        "Increase the number of new installations coming from customer referrals",
        "Grow Tidewell's reputation through online reviews and local press",
        "Strengthen local community engagement around clean energy",
        "Recruit early testers for upcoming products such as heat pumps and home batteries",
        "Win commercial rooftop contracts with farms and warehouses",
    ],
    "themes": {
        "climate_motivation": "Motivated by climate / carbon impact (doing something for the planet, net zero).",
        "proof_of_savings": "Wants to show real savings figures to sceptical people (bills, stats, it pays for itself).",
        "host_home_visits": "Would host neighbours at home to see the panels / set-up (open day, coffee morning).",
        "privacy_worries": "Afraid of personal exposure: address, name, data, being identifiable.",
        "online_ratings": "Would leave ratings / written reviews on review platforms.",
        "early_access_new_tech": "Expects early access to upcoming products (battery, heat pump, EV charger).",
        "priority_aftercare": "Expects priority after-sales care (free yearly check, cleaning, fast callout).",
    },
    "oppositions": {
        "contact_channel": ("Which channel should Tidewell use to reach ambassadors?",
                            "Messaging / text / phone", "Email only, never phone or texts"),
    },
    "minorities": {
        "blame_if_referral_goes_wrong": "Fear that a friend they sent gets a bad job and it reflects on them.",
        "reward_to_charity": "Would rather their reward went to a charity / community energy fund.",
    },
    "objective_support": {
        "Increase the number of new installations coming from customer referrals": ["proof_of_savings", "host_home_visits"],
        "Grow Tidewell's reputation through online reviews and local press": ["online_ratings"],
        "Strengthen local community engagement around clean energy": ["climate_motivation"],
        "Recruit early testers for upcoming products such as heat pumps and home batteries": ["early_access_new_tech"],
    },
    "paraphrase_only": ["Increase the number of new installations coming from customer referrals"],
    "grid": [
        # P1 Hannah Price
        [(T("climate_motivation"), "honestly it feels like the one useful thing I can do for the climate"),
         (T("privacy_worries"), "don't want our address plastered all over your website"),
         (T("host_home_visits"), "happy to have people round to look at the panels and the inverter in the loft"),
         (T("early_access_new_tech"), "first dibs on the home battery you're launching"),
         (A("contact_channel"), "whatsapp is easiest, I never check email")],
        # P2 Rajesh Patel
        [(T("proof_of_savings"), "our electric bill dropped by like two thirds and nobody believes me till I show them the app"),
         (T("privacy_worries"), "strangers knowing which house has a big battery in the garage.. no thanks"),
         (T("online_ratings"), "a proper honest write-up on Trustpilot"),
         (T("priority_aftercare"), "a free yearly health check on the system"),
         (B("contact_channel"), "email only please, no calls no texts")],
        # P3 Owen Morgan
        [(T("climate_motivation"), "every roof that goes solar is a bit less gas burnt somewhere"),
         (M("blame_if_referral_goes_wrong"), "if a mate I pointed your way got a botched job I'd never live it down"),
         (T("host_home_visits"), "open the garden gate for a solar open day on our road"),
         (M("reward_to_charity"), "rather any reward went to our village community energy fund"),
         (N, "whatever works")],
        # P4 Grace Okafor
        [(T("proof_of_savings"), "I've got the receipts lol - £90 a quarter now vs £300 before, happy to show anyone"),
         (T("privacy_worries"), "keep my name and face out of any ads pls"),
         (T("host_home_visits"), "show the kit to anyone who knocks on the door, within reason"),
         (T("early_access_new_tech"), "be the guinea pig for the heat pump, I'd love that"),
         (A("contact_channel"), "just text me, quicker")],
        # P5 Liam Doherty
        [(T("climate_motivation"), "my kids keep asking what we're doing about global warming. this is something"),
         (N, "nothing really, been happy so far"),
         (T("host_home_visits"), "host a coffee morning so neighbours can ask the awkward questions"),
         (T("priority_aftercare"), "jump the queue when the inverter packs up"),
         (B("contact_channel"), "drop it in my inbox so I can reply when I've got a minute")],
        # P6 Fiona McLeod
        [(T("proof_of_savings"), "people think it's a scam until they see actual figures from an actual house"),
         (T("privacy_worries"), "my details ending up with third parties / marketing lists"),
         (T("online_ratings"), "a few lines on Google reviews, that I can do"),
         (M("reward_to_charity"), "donate whatever I'd get to a fuel poverty charity"),
         (A("contact_channel"), "a WhatsApp group for ambassadors would be ace")],
        # P7 Tom Whitaker
        [(T("climate_motivation"), "net zero has to start on our own street"),
         (M("blame_if_referral_goes_wrong"), "my reputation's on the line if the scaffolders turn out to be cowboys"),
         (T("proof_of_savings"), "post my monthly generation stats on the village noticeboard"),
         (T("early_access_new_tech"), "early look at next-gen kit before it hits the market"),
         (B("contact_channel"), "written messages only, my phone is for family")],
        # P8 Priya Sharma
        [(T("proof_of_savings"), "want to prove it pays for itself, my neighbour still thinks its a gimmick"),
         (T("privacy_worries"), "being identifiable online, I'm quite a private person"),
         (T("host_home_visits"), "let folks come and see the setup, kettle's always on"),
         (T("priority_aftercare"), "someone to come and clean the panels once a year, they get filthy"),
         (A("contact_channel"), "ping me on my mobile")],
        # P9 Megan Hughes
        [(T("climate_motivation"), "cutting carbon, simple as"),
         (T("privacy_worries"), "data protection. where does my info go?"),
         (T("online_ratings"), "rate you on Checkatrade, 5 stars obviously"),
         (T("priority_aftercare"), "priority callout if something breaks"),
         (B("contact_channel"), "an email, never the phone")],
        # P10 Daniel Kowalski
        [(N, "my wife signed us up tbh"),
         (M("blame_if_referral_goes_wrong"), "if someone I sent you has a bad experience, that's on me"),
         (T("online_ratings"), "leave a star rating wherever you need it"),
         (T("early_access_new_tech"), "try the EV charger before anyone else"),
         (N, "not fussed tbh")],
    ],
})

# ---------------------------------------------------------------------------
# Session 3 - LDB - Ludobrume (board-game publisher, Montréal) - French + English
# ---------------------------------------------------------------------------
SESSIONS.append({
    "session": "LDB",
    "lang": "fr+en",
    "client": "Ludobrume",
    "sector": "éditeur de jeux de société / board-game publisher, Montréal",
    "participants": [
        "Marie-Ève Tremblay", "Olivier Gagnon", "Jessica Wong", "Samuel Côté",
        "Ryan O'Neill", "Amélie Bouchard", "Priyanka Desai", "Félix Lavoie",
        "Nathan Brooks", "Chloé Roy", "Kevin Murphy", "Sarah Goldberg",
        "Mathieu Pelletier", "Aisha Diallo",
    ],
    "questions": [
        "Pourquoi devenir ambassadeur·rice Ludobrume ? / Why become a Ludobrume ambassador?",
        "Qu'est-ce qui pourrait vous freiner ? / What could hold you back?",
        "Quelle contribution vous tente le plus ? / Which contribution appeals to you most?",
        "Qu'attendez-vous en retour ? / What do you expect in return?",
    ],
    "objectives": [
        "Faire connaître nos jeux auprès de nouveaux publics, hors du cercle des joueurs initiés",
        "Multiplier les démonstrations en boutique et en convention",
        "Améliorer nos prototypes grâce aux retours des joueurs avant l'impression",
        "Accroître la présence de Ludobrume sur YouTube, BoardGameGeek et les réseaux sociaux",
        "Ouvrir un marché en Europe francophone d'ici 2026",
    ],
    "themes": {
        "amener_debutants": "Bring people who never play into the hobby / amener des non-joueurs au jeu (teaching newcomers).",
        "demos_boutiques_conventions": "Run demo / learn-to-play tables in stores and at conventions.",
        "playtest_prototypes": "Shape games before print: playtesting prototypes, balance feedback.",
        "contenu_en_ligne": "Create online content: reviews on BGG, videos, reels, blog posts.",
        "exemplaires_gratuits": "Expects free copies of games / exclusive promos in return.",
        "temps_contraint": "Little time available: family, work shifts, schedule.",
        "syndrome_imposteur": "Fear of not being expert/legitimate enough to represent the games.",
    },
    "oppositions": {
        "classement_public": ("Should ambassadors be ranked publicly?",
                              "Yes: public leaderboard / rankings motivate", "No: no rankings, it creates competition"),
    },
    "minorities": {
        "accessibilite_daltonisme": "Colour-blind accessible components.",
        "relecture_traductions": "Proofread / fix rulebook translations.",
    },
    "objective_support": {
        "Faire connaître nos jeux auprès de nouveaux publics, hors du cercle des joueurs initiés": ["amener_debutants"],
        "Multiplier les démonstrations en boutique et en convention": ["demos_boutiques_conventions"],
        "Améliorer nos prototypes grâce aux retours des joueurs avant l'impression": ["playtest_prototypes"],
        "Accroître la présence de Ludobrume sur YouTube, BoardGameGeek et les réseaux sociaux": ["contenu_en_ligne"],
    },
    "paraphrase_only": ["Faire connaître nos jeux auprès de nouveaux publics, hors du cercle des joueurs initiés"],
    "grid": [
        # P1 Marie-Ève Tremblay (fr)
        [(T("amener_debutants"), "amener du monde qui a jamais touché à un plateau, c'est mon kiff"),
         (T("temps_contraint"), "avec deux petits à la maison mes soirées sont comptées"),
         (T("demos_boutiques_conventions"), "tenir une table de démo au festival Montréal joue"),
         (T("exemplaires_gratuits"), "recevoir les nouveautés gratos, évidemment")],
        # P2 Olivier Gagnon (fr)
        [(T("playtest_prototypes"), "mettre mon grain de sel dans les jeux avant qu'ils soient imprimés"),
         (T("temps_contraint"), "mon horaire de prof est débile en fin de session"),
         (M("relecture_traductions"), "relire les traductions des livrets, y'a des coquilles"),
         (A("classement_public"), "un classement public des ambassadeurs, ça me motiverait à fond")],
        # P3 Jessica Wong (en)
        [(T("amener_debutants"), "nothing beats watching a total newbie get it after I walk them through turn one"),
         (T("syndrome_imposteur"), "I'm not a pro reviewer, dunno if I'm good enough"),
         (T("contenu_en_ligne"), "writing reviews on BGG"),
         (B("classement_public"), "please no leaderboards, it turns a hobby into a competition")],
        # P4 Samuel Côté (fr) (skips question 2)
        [(T("amener_debutants"), "convertir ma belle-famille qui jure que par le Monopoly 😂"),
         None,
         (T("demos_boutiques_conventions"), "faire découvrir vos boîtes chez mon marchand du coin un samedi sur deux"),
         (M("accessibilite_daltonisme"), "des pions lisibles pour les daltoniens, je galère avec vos couleurs")],
        # P5 Ryan O'Neill (en)
        [(T("amener_debutants"), "getting non-gamers hooked, my coworkers are next"),
         (T("temps_contraint"), "shift work, weekends are hit or miss for me"),
         (T("playtest_prototypes"), "playtesting protos, even the broken ones"),
         (T("exemplaires_gratuits"), "a review copy of every release")],
        # P6 Amélie Bouchard (fr)
        [(N, "parce qu'une amie me l'a proposé"),
         (T("syndrome_imposteur"), "j'me sens pas assez calée sur les règles"),
         (T("demos_boutiques_conventions"), "animer des parties en boutique"),
         (B("classement_public"), "pas de palmarès entre nous, ça gâcherait l'ambiance")],
        # P7 Priyanka Desai (en)
        [(T("amener_debutants"), "I'm always the one teaching at game night anyway, might as well"),
         (T("syndrome_imposteur"), "imposter syndrome lol, there are people way more hardcore than me"),
         (T("contenu_en_ligne"), "a short how-to-play reel for insta"),
         (A("classement_public"), "rankings! I'm competitive, let me see where I stand")],
        # P8 Félix Lavoie (fr)
        [(T("amener_debutants"), "élargir la communauté au-delà des geeks du vendredi soir"),
         (T("syndrome_imposteur"), "peur de mal expliquer une règle devant tout le monde"),
         (T("playtest_prototypes"), "tester les prototypes encore en carton, j'adore ça"),
         (T("exemplaires_gratuits"), "quelques boîtes pour ma ludothèque de quartier")],
        # P9 Nathan Brooks (en)
        [(T("playtest_prototypes"), "to help shape games while they're still half-baked"),
         (T("temps_contraint"), "I can only do the odd Saturday"),
         (T("demos_boutiques_conventions"), "running tables at cons, I did a few at PAX already"),
         (M("accessibilite_daltonisme"), "colour-blind friendly components, half your tokens look identical to me")],
        # P10 Chloé Roy (fr)
        [(T("playtest_prototypes"), "donner mon avis sur l'équilibrage des protos"),
         (T("temps_contraint"), "le temps, tout simplement"),
         (T("contenu_en_ligne"), "des vidéos d'unboxing pour ma chaîne"),
         (B("classement_public"), "surtout pas de top 10, on n'est pas là pour se comparer")],
        # P11 Kevin Murphy (en)
        [(N, "idk, sounded fun"),
         (T("temps_contraint"), "between two jobs I barely sleep"),
         (T("demos_boutiques_conventions"), "hosting learn-to-play evenings at my FLGS"),
         (A("classement_public"), "a points table with the top ambassadors shown each month")],
        # P12 Sarah Goldberg (en)
        [(T("playtest_prototypes"), "I like breaking rules systems to find the exploits before release"),
         (T("syndrome_imposteur"), "feeling like a fraud next to the big BGG names"),
         (T("contenu_en_ligne"), "a blog write-up with lots of photos"),
         (T("exemplaires_gratuits"), "exclusive promo cards or mini expansions")],
        # P13 Mathieu Pelletier (fr)
        [(T("contenu_en_ligne"), "j'ai déjà une chaîne YouTube ludique, ça collerait bien"),
         (T("syndrome_imposteur"), "je connais pas assez bien votre catalogue pour le défendre"),
         (N, "peu importe tant que c'est le fun"),
         (T("exemplaires_gratuits"), "un exemplaire dédicacé de chaque sortie")],
        # P14 Aisha Diallo (en)
        [(T("demos_boutiques_conventions"), "I already help out at my local game store on demo nights"),
         (N, "not sure yet"),
         (M("relecture_traductions"), "proofreading the English rulebooks, the current ones read a bit rough"),
         (B("classement_public"), "no ranking stuff please, keeps it friendly")],
    ],
})


def build(s):
    """Return (answers, truth) for one session."""
    answers = []
    buckets = {}
    n = 0
    for pi, row in enumerate(s["grid"]):
        assert len(row) == len(s["questions"]), (s["session"], pi)
        for qi, cell in enumerate(row):
            if cell is None:
                continue
            n += 1
            aid = "%s-%03d" % (s["session"], n)
            bucket, text = cell
            answers.append({"id": aid, "participant": s["participants"][pi],
                            "question": s["questions"][qi], "answer": text})
            buckets.setdefault(bucket, []).append(aid)
    truth = {
        "session": s["session"],
        "lang": s["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d,
                    "answer_ids": buckets.get(("T", k), [])}
                   for k, d in s["themes"].items()],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": la, "answer_ids": buckets.get(("O", k, 0), [])},
                                   {"label": lb, "answer_ids": buckets.get(("O", k, 1), [])}]}
                        for k, (d, la, lb) in s["oppositions"].items()],
        "minorities": [{"key": k, "description": d, "answer_ids": buckets.get(("M", k), [])}
                       for k, d in s["minorities"].items()],
        "objective_support": [{"objective": o, "themes": s["objective_support"][o]}
                              for o in s["objectives"] if o in s["objective_support"]],
        "unsupported_objectives": [o for o in s["objectives"] if o not in s["objective_support"]],
        "unserved_needs": [k for k in s["themes"]
                           if not any(k in v for v in s["objective_support"].values())],
        "noise_answer_ids": buckets.get(("N",), []),
    }
    known = {("T", k) for k in s["themes"]} | {("M", k) for k in s["minorities"]} | {("N",)}
    known |= {("O", k, i) for k in s["oppositions"] for i in (0, 1)}
    unknown = set(buckets) - known
    assert not unknown, (s["session"], unknown)
    return answers, truth


def write(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for s in SESSIONS:
        answers, truth = build(s)
        x = s["session"]
        with open(os.path.join(out_dir, x + ".answers.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(os.path.join(out_dir, x + ".objectives.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(s["objectives"]) + "\n")
        with open(os.path.join(out_dir, x + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
