#!/usr/bin/env python3
"""Rebuilds every data file of the held-out synthesis set from the source below.

Deterministic: participant assignment uses random.Random(fixed seed) per session.
Python 3 stdlib only.  Run: python3 gen.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Blocaterre"
README_LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 52) from DOMAIN.md, "
                "the issue and the format only, without reading the project's code, tests or other data sets. "
                "Do not tune anything on it.")


def T(key, kind, desc, answers):
    return {"t": "theme", "key": key, "kind": kind, "desc": desc, "answers": answers}


def O(key, desc, side_a, side_b):
    return {"t": "opp", "key": key, "desc": desc, "sides": [side_a, side_b]}


def M(key, desc, answers):
    return {"t": "min", "key": key, "desc": desc, "answers": answers}


def N(answers):
    return {"t": "noise", "answers": answers}


# ---------------------------------------------------------------------------
# Session LYC: French, 12 participants (Lyon Croix-Rousse)
# ---------------------------------------------------------------------------
LYC = {
    "code": "LYC", "lang": "fr", "seed": 2512061, "n_fr": 12, "n_en": 0,
    "title": "Atelier JE - Lyon Croix-Rousse (membres francophones)",
    "questions": [
        "Qu'est-ce qui vous donnerait envie d'être ambassadeur·rice Blocaterre, qu'est-ce que vous en attendez ?",
        "Qu'est-ce qui pourrait vous freiner ?",
        "Concrètement, comment aimeriez-vous contribuer ?",
        "Combien de temps pourriez-vous y consacrer, à quel rythme ?",
        "Quelle forme de reconnaissance vous ferait plaisir ?",
    ],
    "objectives": [
        ("Faire venir de nouveaux grimpeurs grâce au parrainage des membres", ["parrainer"]),
        ("Faire tester les nouveaux blocs par les membres et recueillir leurs retours", ["tester_nouveaux_blocs"]),
        ("Fidéliser les abonnés d'une saison à l'autre", ["reduc_abo"]),
        ("Développer les séances de team building pour les entreprises", []),
        ("Créer du lien entre les membres de chaque salle", ["rencontrer_grimpeurs"]),
    ],
    "note": ("Brake themes are not listed in objective_support (peur_vendre is a tension with the referral "
             "objective, not a support). rencontrer_equipe (staff/setters, curiosity) and rencontrer_grimpeurs "
             "(other members) are distinct themes; reconnaissance is symbolic thanks, distinct from goodies "
             "(material). No answer mentions companies or colleagues: team building is unsupported."),
    "points": [
        # q1
        T("rencontrer_equipe", "need", "Rencontrer l'équipe de la salle (accueil, ouvreurs), voir les coulisses", [
            (1, "rencontrer l'équipe"),
            (1, "voir l'envers du décor, genre comment ils préparent un renouvellement de blocs"),
            (1, "boire un coup avec ceux qui bossent à la salle, on les croise sans jamais leur parler"),
            (1, "Perso ce qui me plairait c'est de comprendre comment ça marche derrière le comptoir : qui décide "
                "des horaires, comment ils choisissent les prises, tout ça. Je suis curieux de nature, et puis "
                "j'ai jamais osé demander."),
        ]),
        T("tester_nouveaux_blocs", "need", "Tester les nouveaux blocs en avant-première (et donner son avis)", [
            (1, "tester les nouveaux blocs avant qu'ils ouvrent au public"),
            (1, "grimper le nouveau circuit en avant-première et donner mon avis sur les cotations"),
            (1, "jsuis chaud pour faire les crash-tests des nouveaux passages avant tout le monde lol"),
        ]),
        T("rencontrer_grimpeurs", "need", "Rencontrer d'autres grimpeurs, se faire des amis, trouver des partenaires", [
            (1, "trouver des partenaires de grimpe, je viens souvent seule"),
            (1, "connaître du monde, je suis arrivé à Lyon en septembre"),
            (1, "des apéros entre membres, papoter entre deux essais"),
        ]),
        M("sorties_exterieur", "Que la salle organise des sorties de grimpe en extérieur (falaise, Fontainebleau)", [
            (1, "que la salle organise des sorties dehors, genre un week-end à Fontainebleau"),
            (1, "aller grimper sur du vrai rocher ensemble au printemps"),
        ]),
        # q2
        T("pas_le_temps_soir", "brake", "Pas disponible les soirs de semaine (travail, enfants) : seulement le week-end", [
            (2, "pas le temps le soir"),
            (2, "avec les gosses jsuis dispo que le week-end"),
            (2, "en semaine je finis à 19h30, j'arrive à la salle vers 20h pour grimper une heure, alors si en plus "
                "faut rester pour des trucs ambassadeurs c'est mort"),
            (2, "les soirées en semaine c'est compliqué pour moi"),
            (4, "le samedi ou le dimanche, en semaine j'ai plus une minute après le taf"),
            (4, "uniquement le week-end"),
        ]),
        T("peur_vendre", "brake", "Peur de devoir vendre / faire de la pub auprès de ses proches", [
            (2, "j'ai pas envie de jouer les commerciaux avec mes potes"),
            (2, "l'impression de devenir un panneau publicitaire, bof"),
            (2, "pas contre l'idée mais si c'est pour relancer les copains pour qu'ils prennent un abo, très peu pour moi"),
            (2, "que ça devienne du marketing déguisé"),
        ]),
        M("pas_legitime", "Ne se sent pas assez bon grimpeur pour représenter la salle", [
            (2, "je grimpe en 5a, je me sens pas trop légitime pour représenter la salle"),
            (2, "faut pas être un gros niveau pour ça ? parce que moi je galère encore sur les jaunes"),
        ]),
        N([(2, "rien de spécial")]),
        # q3
        O("format_temoignage", "Témoigner en vidéo ou par écrit", (
            "en vidéo, face caméra", [
                (3, "une petite vidéo où je raconte mon parcours, ça me dérange pas"),
                (3, "face caméra no souci, j'ai l'habitude"),
                (3, "je peux me filmer pendant une séance et commenter"),
            ]), (
            "par écrit, sans caméra", [
                (3, "écrire quelques lignes oui, me filmer jamais"),
                (3, "plutôt un texte pour le site, à l'oral je bafouille"),
                (3, "un témoignage écrit, tranquille, chez moi"),
            ])),
        T("parrainer", "preference", "Faire venir des proches / amis à la salle", [
            (3, "faire découvrir le bloc à des potes"),
            (3, "je ramène déjà ma sœur et son copain tous les mois, je peux continuer"),
            (3, "inviter des amis pour une séance d'essai"),
        ]),
        M("encadrer_enfants", "Aider à encadrer les activités enfants (club ados, anniversaires)", [
            (3, "filer un coup de main au club des ados le mercredi"),
            (3, "encadrer les gamins pendant les anniversaires, j'adore ça"),
        ]),
        N([(3, "je sais pas trop encore, à voir")]),
        # q4
        O("rythme", "Créneau régulier fixe ou participation au coup par coup", (
            "un créneau fixe et régulier", [
                (4, "un créneau fixe, genre le premier samedi du mois"),
                (4, "un truc régulier que je peux caler dans mon agenda"),
                (4, "toujours le même jour, sinon j'oublie"),
            ]), (
            "au coup par coup, sans planning", [
                (4, "au feeling, quand je suis à la salle"),
                (4, "me demander quand y'a besoin, je dis oui si je peux"),
                (4, "sans engagement, je passe quand ça me chante"),
            ])),
        N([(4, "aucune idée"), (4, "jsp"), (4, "je reviens sur celle-là plus tard")]),
        # q5
        T("goodies", "need", "Des goodies / objets aux couleurs de la salle", [
            (5, "les goodies"),
            (5, "un t-shirt de la salle ça me suffit"),
            (5, "un sac à pof brodé 'ambassadeur' ce serait trop classe"),
            (5, "stickers + tote bag et jsuis content"),
        ]),
        T("reduc_abo", "need", "Une réduction sur l'abonnement / le renouvellement", [
            (5, "une réduc sur l'abonnement annuel"),
            (5, "payer moins cher au renouvellement"),
            (5, "-20% sur l'abo ce serait top vu les prix"),
        ]),
        T("reconnaissance", "need", "Une reconnaissance symbolique (merci, nom affiché) plutôt que matérielle", [
            (5, "pas vraiment pour les cadeaux, plutôt qu'on dise merci de temps en temps"),
            (5, "mon prénom sur le mur des ambassadeurs à l'entrée"),
            (5, "un petit mot de l'équipe quand on a filé un coup de main, ça fait plaisir, pas besoin de plus"),
        ]),
        N([(5, "?")]),
    ],
}

# ---------------------------------------------------------------------------
# Session GRE: English, 24 participants (Grenoble, international members)
# ---------------------------------------------------------------------------
GRE = {
    "code": "GRE", "lang": "en", "seed": 2512062, "n_fr": 0, "n_en": 24,
    "title": "JE workshop - Grenoble, English-speaking members",
    "questions": [
        "What would make you want to be a Blocaterre ambassador, and what would you expect from it?",
        "What could hold you back?",
        "How would you like to contribute, concretely?",
        "How much time could you give, and how often?",
        "What kind of recognition would you like?",
    ],
    "objectives": [
        ("Bring in new climbers through member referrals", ["bring_friends"]),
        ("Have members test new sets early and collect their feedback on setting", ["early_access", "give_feedback"]),
        ("Keep members renewing from one season to the next", ["discount"]),
        ("Develop corporate team-building sessions", []),
        ("Make international members feel at home in our gyms", ["make_friends", "language_barrier"]),
    ],
    "note": ("language_barrier is a brake but is listed under the international-members objective it calls for; "
             "other brakes are not mapped. meet_team (staff) vs make_friends (peers) are distinct. early_access is "
             "about being first on new problems; give_feedback is about rating/grading. No answer mentions "
             "employers or company events: team building is unsupported."),
    "points": [
        # q1
        T("meet_team", "need", "Meet the gym staff and setters, see behind the scenes", [
            (1, "meet the team"),
            (1, "hang out with the setters and see how they plan a set"),
            (1, "behind the scenes stuff tbh"),
            (1, "get to know the people who actually run the place, I've been coming 3 years and I don't know the manager's name"),
            (1, "a drink with the staff once in a while"),
        ]),
        T("early_access", "need", "Climb / test new problems before the public", [
            (1, "first dibs on new problems"),
            (1, "climb the new set before it opens to the public"),
            (1, "beta testing new circuits"),
            (1, "be one of the guinea pigs on reset day"),
            (1, "Honestly I'd love to get on fresh problems before the crowd chalks them up. It's kind of fun to be "
                "the first one to work out the moves, and I'm usually there on reset days anyway."),
        ]),
        T("make_friends", "need", "Make friends, a social circle, climbing partners (newcomers to the city)", [
            (1, "meet people, I moved here in September and don't know anyone"),
            (1, "a social circle outside the lab"),
            (1, "find climbing partners who speak English"),
            (1, "friends, honestly"),
        ]),
        T("already_fan", "convergence", "Already attached to the gym, being an ambassador feels natural", [
            (1, "I already tell everyone about this place anyway"),
            (1, "the vibe here is the best in town, happy to give back"),
            (1, "I basically live here lol"),
            (1, "this gym got me through my PhD, least I can do"),
            (1, "the staff have always been lovely to me, it'd feel natural"),
        ]),
        M("comp_spot", "Guaranteed / priority entry to the gym's bouldering competition", [
            (1, "priority registration for the bouldering comp"),
            (1, "a guaranteed spot at the winter contest, it sells out in minutes every year"),
        ]),
        N([(1, "idk yet"), (1, "my flatmate signed me up for this workshop haha"), (1, "lol good question")]),
        # q2
        T("no_time_evenings", "brake", "Not available on weekday evenings (work, kids): weekends only", [
            (2, "no time in the evenings"),
            (2, "kids. so weekends only"),
            (2, "by the time I'm out of work it's 8pm and I just want to climb and go home"),
            (2, "weeknights are impossible for me"),
            (2, "evenings are for my own sessions, can't add more on top"),
            (2, "I teach evening classes Mon-Thu"),
            (4, "weekends only"),
            (4, "saturday mornings"),
            (4, "sundays work best, weekdays after work are dead for me"),
        ]),
        T("language_barrier", "brake", "Language: not confident in French", [
            (2, "my French is bad"),
            (2, "worried everything will be in French"),
            (2, "can't write a testimonial in French lol"),
            (2, "the staff talk fast and I get lost halfway"),
            (2, "not sure I could explain anything to a local beginner, my vocabulary is like 200 words"),
        ]),
        T("feel_like_selling", "brake", "Fear of having to sell / advertise to friends", [
            (2, "don't want to be a salesperson"),
            (2, "feels a bit MLM"),
            (2, "I'd hate pestering my friends to buy a membership"),
            (2, "not against it but if it's just ads with extra steps, count me out"),
        ]),
        M("injury", "Currently injured, can only climb lightly", [
            (2, "shoulder surgery last year, I can't promise much climbing"),
            (2, "recovering from a pulley injury, I'm on light sessions for months"),
        ]),
        M("leaving_soon", "Leaving the city within months (end of contract)", [
            (2, "I'm only here until June"),
            (2, "my contract ends next spring so not sure it's worth investing in me"),
        ]),
        N([(2, "nothing really"), (2, "none"), (2, "hmm")]),
        # q3
        O("channel", "Contribute online (social media) or in person at the gym", (
            "online, on social media", [
                (3, "posting my sends on insta and tagging you"),
                (3, "stories whenever there's a new set"),
                (3, "TikTok beta videos"),
                (3, "I can share stuff on my socials, that's easy for me"),
            ]), (
            "in person, at the gym", [
                (3, "helping people on the mats, showing beginners how to fall"),
                (3, "I'm not on social media at all, but I can welcome people at the desk on saturdays"),
                (3, "rather be there physically and chat with newbies than be on my phone"),
                (3, "spotting first-timers and giving them a few pointers face to face"),
            ])),
        T("bring_friends", "preference", "Bring friends / family to the gym", [
            (3, "bring mates along"),
            (3, "take my partner and her sister for a taster session"),
            (3, "refer people from my uni"),
            (3, "invite friends for a free first session"),
            (3, "bring my flatmates, they keep saying they'll come"),
        ]),
        T("give_feedback", "preference", "Give feedback on setting and grades", [
            (3, "rate the new problems"),
            (3, "fill in a feedback form after each reset"),
            (3, "tell the setters when something is super reachy for short people"),
            (3, "grading feedback, half the V3s are sandbagged"),
        ]),
        M("translate", "Translate the gym's materials into English", [
            (3, "I could translate the safety signs and the website into English"),
            (3, "happy to do English versions of the newsletter"),
        ]),
        N([(3, "not sure yet"), (3, "no idea tbh"), (3, "can I answer this one later?")]),
        # q4
        O("rhythm", "A fixed recurring slot or ad hoc participation", (
            "a fixed recurring slot", [
                (4, "a fixed slot every month, I need it in my calendar"),
                (4, "same day each week, otherwise I forget"),
                (4, "like a standing monthly thing"),
                (4, "give me a regular date and I'll be there"),
            ]), (
            "ad hoc, no schedule", [
                (4, "whenever I happen to be at the gym"),
                (4, "spontaneous, no schedule"),
                (4, "ping me and I'll say yes if I can"),
                (4, "no commitments please, I'll just pitch in when I'm around"),
            ])),
        T("small_time", "convergence", "Only a small amount of time (about 1-3 hours a month)", [
            (4, "an hour a month max"),
            (4, "two hours monthly is realistic"),
            (4, "not much tbh, maybe one thing a month"),
            (4, "max 3h a month"),
            (4, "a little. I've got a thesis to finish"),
        ]),
        M("shift_rota", "Shift work: can only plan once the rota is published", [
            (4, "I work rotating shifts at the hospital so I can only plan two weeks ahead"),
            (4, "my rota comes out monthly, I'll know my availability then"),
        ]),
        N([(4, "no idea"), (4, "hard to say"), (4, "dunno"), (4, "let me think about it")]),
        # q5
        T("goodies", "need", "Merch / goodies with the gym's brand", [
            (5, "swag!"),
            (5, "a t-shirt would make my day"),
            (5, "chalk bag with the logo"),
            (5, "stickers, a hoodie, whatever"),
            (5, "free merch tbh"),
        ]),
        T("discount", "need", "A discount on the membership / renewal", [
            (5, "money off my membership"),
            (5, "cheaper renewal"),
            (5, "a month free on the annual pass"),
            (5, "discount on the yearly sub, it's pricey for a postdoc"),
            (5, "reduced membership fee"),
        ]),
        T("public_thanks", "need", "Symbolic, public acknowledgement rather than gifts", [
            (5, "not really into gifts, more like a shout-out"),
            (5, "my name on the ambassador board by the entrance"),
            (5, "honestly just a thank you from the staff"),
            (5, "being acknowledged, that's enough"),
        ]),
        O("ranking", "Points, levels and rankings, or no competition at all", (
            "points, levels, leaderboard", [
                (5, "a leaderboard, I'm super competitive"),
                (5, "points and levels, gamify it!"),
                (5, "seeing where I rank vs the others"),
            ]), (
            "nothing counted or compared", [
                (5, "I climb to switch off from competing all week"),
                (5, "keep it chill, no league tables"),
                (5, "I'd rather nobody counted anything"),
            ])),
        N([(5, "whatever you think"), (5, "not sure")]),
    ],
}

# ---------------------------------------------------------------------------
# Session NTS: mixed French/English, 38 participants (23 fr, 15 en), Nantes
# ---------------------------------------------------------------------------
F, E = "fr", "en"
NTS = {
    "code": "NTS", "lang": "fr", "seed": 2512063, "n_fr": 23, "n_en": 15,
    "title": "Atelier JE - Nantes, session mixte français / anglais",
    "questions": [
        "Qu'attendez-vous du programme ambassadeurs ? / What do you expect from the ambassador program?",
        "Qu'est-ce qui pourrait vous freiner ? / What might hold you back?",
        "Comment aimeriez-vous contribuer ? / How would you like to contribute?",
        "Combien de temps, à quel rythme ? / How much time, how often?",
        "Quelle reconnaissance vous motiverait ? / What kind of recognition would motivate you?",
    ],
    "objectives": [
        ("Faire venir de nouveaux grimpeurs grâce au parrainage des membres", ["parrainage", "entrees_invites"]),
        ("Faire tester les nouveaux blocs par les membres et recueillir leurs retours", ["avant_premiere", "retours_ouvertures"]),
        ("Fidéliser les abonnés d'une saison à l'autre", ["reduc"]),
        ("Vendre davantage de matériel à la boutique de la salle", []),
        ("Créer du lien entre les membres, francophones comme internationaux", ["rencontrer_grimpeurs", "langue"]),
    ],
    "note": ("Mixed session: 23 participants answer in French, 15 in English; every theme mixes both languages "
             "except the minorities acces_matin, trop_loin, encadrer_enfants, vacances_scolaires, nom_bloc. lang is "
             "the facilitator's language. langue is a brake listed under the objective it calls for; other brakes "
             "are not mapped. acces_matin ('avant l'ouverture' = opening hours) is not avant_premiere (new blocks). "
             "goodies (free merch) do not support selling gear at the shop: that objective is unsupported."),
    "points": [
        # q1: exactly 23 fr + 15 en
        T("rencontrer_equipe", "need", "Rencontrer l'équipe (accueil, ouvreurs), voir les coulisses / meet the staff", [
            (1, F, "rencontrer l'équipe"),
            (1, F, "connaître les gens derrière l'accueil et les ouvreurs, on se croise sans se parler"),
            (1, F, "voir les coulisses"),
            (1, F, "qd est-ce qu'on peut voir comment ils montent un bloc de A à Z ? ça me fascine"),
            (1, E, "meet the crew"),
            (1, E, "a peek behind the curtain, how the gym actually runs"),
        ]),
        T("avant_premiere", "need", "Grimper / tester les nouveaux blocs avant tout le monde / early access to new sets", [
            (1, F, "tester les blocs avant l'ouverture au public"),
            (1, F, "être cobaye sur les nouveaux passages"),
            (1, F, "grimper le circuit neuf avant la foule"),
            (1, F, "les avant-premières des ouvertures"),
            (1, E, "first go on new problems before the public"),
            (1, E, "trying new sets before anyone else"),
        ]),
        T("progresser", "need", "Progresser en escalade grâce à des conseils / coaching", [
            (1, F, "progresser, j'stagne depuis un an"),
            (1, F, "des conseils de technique par les moniteurs"),
            (1, F, "qu'un coach regarde mes pieds parce que c'est une catastrophe"),
            (1, E, "get better at climbing tbh"),
            (1, E, "technique sessions with a coach"),
            (1, E, "break through my plateau"),
        ]),
        T("rencontrer_grimpeurs", "need", "Rencontrer d'autres grimpeurs, se faire des amis / meet other climbers", [
            (1, F, "trouver des partenaires de grimpe"),
            (1, F, "me faire des potes, je connais personne à Nantes"),
            (1, F, "des apéros entre membres"),
            (1, E, "meet other climbers"),
            (1, E, "make friends, new in town"),
            (1, E, "a crew to climb with on tuesdays"),
        ]),
        T("deja_fan", "convergence", "Déjà attaché à la salle, en parle déjà / already a fan", [
            (1, F, "j'en parle déjà à tout le monde de toute façon"),
            (1, F, "cette salle c'est ma deuxième maison"),
            (1, F, "l'ambiance ici est top, ça me paraît normal de rendre un peu"),
            (1, E, "I already rave about this place to everyone"),
            (1, E, "honestly this gym is my happy place"),
        ]),
        M("sorties_exterieur", "Sorties de grimpe en extérieur organisées par la salle / outdoor trips", [
            (1, F, "des sorties en falaise organisées par la salle"),
            (1, E, "group trips to climb outdoors, like a weekend at a crag"),
        ]),
        M("acces_matin", "Accès à la salle tôt le matin, avant les horaires d'ouverture", [
            (1, F, "pouvoir venir grimper avant l'ouverture, genre 7h, avant le boulot"),
            (1, F, "un badge pour rentrer dans la salle tôt le matin"),
        ]),
        N([(1, F, "je découvre le programme là"), (1, F, "bonne question"), (1, F, "euh"),
           (1, E, "no idea yet"), (1, E, "just curious")]),
        # q2
        T("pas_le_temps_soir", "brake", "Pas disponible les soirs de semaine : seulement le week-end / no weeknights", [
            (2, F, "pas le temps le soir"),
            (2, F, "le soir c'est devoirs + bain + dodo pour les petits, donc mort"),
            (2, F, "je bosse jusqu'à 20h"),
            (2, F, "en semaine après le taf j'ai plus d'énergie pour autre chose que grimper"),
            (2, E, "no time in the evenings"),
            (2, E, "weeknights are a no-go, I commute an hour each way"),
            (2, E, "kids at home so evenings are out"),
            (4, F, "le week-end uniquement"),
            (4, F, "samedi matin c'est le seul moment où je suis libre"),
            (4, E, "weekends only"),
        ]),
        T("peur_vendre", "brake", "Peur de devoir vendre / faire de la pub / fear of being a salesperson", [
            (2, F, "pas envie de faire le VRP"),
            (2, F, "j'ai peur de saouler mes amis avec ça"),
            (2, F, "pas contre, mais si c'est pour placer des abonnements, non merci"),
            (2, F, "qu'on me demande de faire de la pub, ça me met mal à l'aise"),
            (2, E, "don't want to turn into a salesperson"),
            (2, E, "feels a bit MLM-y"),
        ]),
        T("langue", "brake", "La langue : peur de ne pas suivre en français ou en anglais / language barrier", [
            (2, F, "si tout se passe en anglais je vais décrocher"),
            (2, F, "mon anglais est rouillé et y a plein d'internationaux ici"),
            (2, E, "my French isn't good enough"),
            (2, E, "worried everything will be in French"),
            (2, E, "I can't write anything decent in French"),
        ]),
        T("pas_legitime", "brake", "Pas assez bon grimpeur pour être légitime / not good enough", [
            (2, F, "je grimpe en 5b, je me sens pas légitime"),
            (2, F, "faut être un bon grimpeur pour ça non ?"),
            (2, F, "pas assez fort pour représenter qui que ce soit"),
            (2, E, "I'm still a beginner, who'd listen to me?"),
            (2, E, "imposter syndrome lol, I barely flash V2"),
        ]),
        T("donnees_perso", "brake", "Vie privée : photos, données personnelles, suivi / privacy", [
            (2, F, "pas envie qu'on utilise ma photo sans me demander"),
            (2, F, "je veux savoir ce que vous faites de mes données"),
            (2, E, "not keen on being tracked"),
            (2, E, "who gets to see my info? GDPR etc"),
        ]),
        M("blessure", "Blessé en ce moment, grimpe peu / currently injured", [
            (2, F, "je sors d'une opération du genou, je grimpe au ralenti"),
            (2, E, "recovering from a finger injury, barely climbing right now"),
        ]),
        M("trop_loin", "Habite loin de la salle (45 km, 1 h de route)", [
            (2, F, "j'habite à Saint-Nazaire, 1h de route, je viens qu'une fois par semaine"),
            (2, F, "je suis à 45 bornes, c'est loin pour venir juste pour une réunion"),
        ]),
        N([(2, F, "rien"), (2, F, "je vois pas"), (2, E, "nothing comes to mind"), (2, E, "can't think of anything")]),
        # q3
        O("canal", "Contribuer en ligne (réseaux sociaux) ou en vrai à la salle", (
            "en ligne, sur les réseaux", [
                (3, F, "poster mes blocs sur insta en taguant la salle"),
                (3, F, "des stories quand y'a du nouveau"),
                (3, F, "partager les events de la salle sur mes réseaux"),
                (3, E, "sharing stuff on my socials"),
                (3, E, "insta posts when I send something hard"),
            ]), (
            "sur place, à la salle", [
                (3, F, "accueillir les nouveaux le samedi matin"),
                (3, F, "montrer les bases aux débutants sur les tapis"),
                (3, F, "être là en vrai, le téléphone reste dans le casier"),
                (3, E, "I'm not on social media at all, but I can show newbies around"),
                (3, E, "helping first-timers on the floor in person"),
            ])),
        T("parrainage", "preference", "Faire venir des amis / de la famille / bring friends", [
            (3, F, "emmener des potes"),
            (3, F, "faire découvrir le bloc à ma famille"),
            (3, F, "inviter des amis pour une première séance"),
            (3, F, "je ramène déjà mon frère, je peux en ramener d'autres"),
            (3, E, "bring friends along"),
            (3, E, "get my housemates to try it"),
        ]),
        T("retours_ouvertures", "preference", "Donner des retours sur les ouvertures et les cotations / setting feedback", [
            (3, F, "noter les nouveaux blocs"),
            (3, F, "remplir un petit questionnaire après chaque renouvellement"),
            (3, F, "dire aux ouvreurs quand un bloc est trop morpho pour les petits"),
            (3, E, "rate new problems"),
            (3, E, "grading feedback, some of the greens are way too hard"),
            (3, E, "tell setters what works and what doesn't on each new set"),
        ]),
        O("format_temoignage", "Témoigner en vidéo ou par écrit / video or written testimonial", (
            "en vidéo", [
                (3, F, "une vidéo face caméra pas de souci"),
                (3, F, "me filmer en train de raconter pourquoi j'aime la salle"),
                (3, E, "happy to do a short video testimonial"),
            ]), (
            "par écrit, sans caméra", [
                (3, F, "un texte oui, une caméra non"),
                (3, F, "écrire un petit témoignage pour le site"),
                (3, E, "I'd write something, but please don't put me on camera"),
            ])),
        M("photo", "Faire les photos des événements de la salle / event photography", [
            (3, F, "je fais de la photo, je peux shooter les compètes"),
            (3, E, "I'm a photographer, happy to cover events"),
        ]),
        M("encadrer_enfants", "Aider à encadrer les activités enfants (club ados, anniversaires)", [
            (3, F, "filer un coup de main au club ados du mercredi"),
            (3, F, "encadrer les anniversaires d'enfants"),
        ]),
        N([(3, F, "je sais pas encore"), (3, F, "à voir"), (3, E, "dunno yet")]),
        # q4
        O("rythme", "Créneau régulier fixe ou au coup par coup / fixed slot or ad hoc", (
            "un créneau fixe et régulier", [
                (4, F, "un créneau fixe tous les mois"),
                (4, F, "toujours le premier jeudi, comme ça c'est calé"),
                (4, F, "un rendez-vous régulier, j'aime bien la routine"),
                (4, F, "même jour même heure chaque mois"),
                (4, E, "a standing monthly slot"),
                (4, E, "same day every week so it becomes a habit"),
            ]), (
            "au coup par coup, sans planning", [
                (4, F, "au feeling"),
                (4, F, "quand je suis déjà à la salle, pas de planning"),
                (4, F, "sollicitez-moi au coup par coup"),
                (4, E, "whenever I'm around"),
                (4, E, "no fixed commitments, just ask me when something comes up"),
            ])),
        T("peu_de_temps", "convergence", "Peu de temps : 1 à 2 heures par mois / only a little time", [
            (4, F, "1h par mois max"),
            (4, F, "deux heures par mois, pas plus"),
            (4, F, "pas beaucoup honnêtement"),
            (4, F, "une ou deux actions par trimestre"),
            (4, F, "un petit peu, j'ai déjà trop de trucs"),
            (4, E, "an hour a month tops"),
            (4, E, "a couple of hours a month"),
            (4, E, "not much, realistically"),
        ]),
        T("preavis", "preference", "Être sollicité assez longtemps à l'avance / enough notice", [
            (4, F, "qu'on me prévienne au moins deux semaines avant"),
            (4, F, "pas la veille pour le lendemain svp"),
            (4, F, "avec un peu d'anticipation, j'ai un planning de dingue"),
            (4, E, "give me a heads-up at least a week before"),
            (4, E, "last-minute asks won't work for me"),
        ]),
        M("vacances_scolaires", "Plus disponible pendant les vacances scolaires (enseignants)", [
            (4, F, "pendant les vacances scolaires je suis bien plus dispo, je bosse à l'éducation nationale"),
            (4, F, "je suis prof, donc surtout pendant les vacances"),
        ]),
        N([(4, F, "aucune idée"), (4, F, "jsp"), (4, F, "je réfléchis"), (4, F, "dur à dire"),
           (4, E, "no clue"), (4, E, "hard to say right now")]),
        # q5
        T("goodies", "need", "Des goodies aux couleurs de la salle / merch", [
            (5, F, "les goodies"),
            (5, F, "un t-shirt de la salle"),
            (5, F, "un sac à pof avec le logo"),
            (5, F, "des stickers ça me va"),
            (5, F, "un sweat Blocaterre et jsuis le plus heureux"),
            (5, E, "swag"),
            (5, E, "a hoodie with the logo"),
            (5, E, "free merch tbh"),
        ]),
        T("reduc", "need", "Réduction sur son abonnement / renouvellement / membership discount", [
            (5, F, "une réduc sur l'abo"),
            (5, F, "payer moins cher le renouvellement"),
            (5, F, "un mois offert sur l'abonnement annuel"),
            (5, F, "-15% sur ma carte 10 entrées"),
            (5, E, "money off my membership"),
            (5, E, "cheaper renewal"),
        ]),
        T("entrees_invites", "need", "Des entrées gratuites pour inviter quelqu'un / guest passes", [
            (5, F, "des entrées gratuites pour faire tester des potes"),
            (5, F, "pouvoir inviter quelqu'un gratuitement de temps en temps"),
            (5, F, "des pass découverte à offrir"),
            (5, E, "free guest passes"),
            (5, E, "a buddy pass so I can bring someone for free"),
        ]),
        O("classement", "Points et classement, ou aucune comparaison / leaderboard or no competition", (
            "points, niveaux, classement", [
                (5, F, "un classement, j'adore la compét"),
                (5, F, "des points et des niveaux, gamifiez tout !"),
                (5, E, "a leaderboard would keep me going"),
                (5, E, "seeing my rank vs others"),
            ]), (
            "rien de compté ni comparé", [
                (5, F, "je grimpe pour décompresser, pas pour être comparé"),
                (5, F, "surtout pas de tableau des scores"),
                (5, E, "I climb to switch off from competing"),
                (5, E, "I'd rather nobody counted anything"),
            ])),
        M("don_asso", "Un don à une association plutôt qu'un cadeau / donation instead of gifts", [
            (5, F, "plutôt qu'un cadeau, qu'on fasse un don à une asso"),
            (5, E, "donate to a climbing charity instead of giving me stuff"),
        ]),
        M("nom_bloc", "Pouvoir donner son nom / un nom à un bloc", [
            (5, F, "pouvoir donner un nom à un bloc"),
            (5, F, "qu'un passage porte mon nom une fois, ce serait marrant"),
        ]),
        N([(5, F, "peu importe"), (5, F, "rien de particulier"), (5, E, "not fussed"), (5, E, "whatever works")]),
    ],
}

SESSIONS = [LYC, GRE, NTS]


def _norm(session, a):
    if len(a) == 2:
        return (a[0], session["lang"], a[1])
    return a


def build_session(s):
    """Return (answers rows, truth dict, objectives text, stats)."""
    rng = random.Random(s["seed"])
    n = s["n_fr"] + s["n_en"]
    pids = ["P%02d" % i for i in range(1, n + 1)]
    en_ids = set(rng.sample(pids, s["n_en"])) if s["n_fr"] else set(pids)
    lang_of = {p: ("en" if p in en_ids else "fr") for p in pids}
    # flatten planted points: each item -> (q, lang, text, label)
    items = []
    for pt in s["points"]:
        if pt["t"] == "opp":
            for si, (_lab, ans) in enumerate(pt["sides"]):
                for a in ans:
                    items.append(_norm(s, a) + (("opp", pt["key"], si),))
        elif pt["t"] == "noise":
            for a in pt["answers"]:
                items.append(_norm(s, a) + (("noise",),))
        else:
            for a in pt["answers"]:
                items.append(_norm(s, a) + ((pt["t"], pt["key"]),))
    rows = []
    label_ids = {}
    for q in range(1, 6):
        for lg in ("fr", "en"):
            qi = [it for it in items if it[0] == q and it[1] == lg]
            if not qi:
                continue
            people = [p for p in pids if lang_of[p] == lg]
            if len(qi) > len(people):
                raise SystemExit("%s q%d %s: %d answers > %d participants" % (s["code"], q, lg, len(qi), len(people)))
            rng.shuffle(people)
            order = list(range(len(qi)))
            rng.shuffle(order)
            for k, idx in enumerate(order):
                q_, _lg, text, lab = qi[idx]
                p = people[k]
                aid = "%s-%s-q%d" % (s["code"], p, q)
                rows.append({"id": aid, "participant": p, "question": s["questions"][q - 1], "answer": text})
                label_ids.setdefault(lab, []).append(aid)
    rows.sort(key=lambda r: (r["participant"], r["id"]))
    for v in label_ids.values():
        v.sort()
    themes, opps, mins = [], [], []
    for pt in s["points"]:
        if pt["t"] == "theme":
            themes.append({"key": pt["key"], "kind": pt["kind"], "description": pt["desc"],
                           "answer_ids": label_ids[("theme", pt["key"])]})
        elif pt["t"] == "min":
            mins.append({"key": pt["key"], "description": pt["desc"], "answer_ids": label_ids[("min", pt["key"])]})
        elif pt["t"] == "opp":
            opps.append({"key": pt["key"], "description": pt["desc"],
                         "sides": [{"label": lab, "answer_ids": label_ids[("opp", pt["key"], si)]}
                                   for si, (lab, _a) in enumerate(pt["sides"])]})
    support = {}
    for text, keys in s["objectives"]:
        support[text] = list(keys)
    served = {k for _t, ks in s["objectives"] for k in ks}
    unserved = [t["key"] for t in themes if t["kind"] == "need" and t["key"] not in served]
    truth = {
        "session": s["code"], "lang": s["lang"], "client": CLIENT, "title": s["title"],
        "themes": themes, "oppositions": opps, "minorities": mins,
        "objective_support": support,
        "unsupported_objectives": [t for t, ks in s["objectives"] if not ks],
        "unserved_needs": unserved,
        "noise_answer_ids": sorted(label_ids.get(("noise",), [])),
        "note": s["note"],
    }
    objectives_txt = "".join(t + "\n" for t, _k in s["objectives"])
    answered = {(r["participant"], r["id"][-1]) for r in rows}
    stats = {
        "participants": n, "n_fr": s["n_fr"], "n_en": s["n_en"], "questions": 5, "answers": len(rows),
        "skips": n * 5 - len(rows), "themes": len(themes), "oppositions": len(opps),
        "minorities": len(mins), "noise": len(truth["noise_answer_ids"]),
    }
    assert len(answered) == len(rows)
    return rows, truth, objectives_txt, stats


def readme(results):
    lines = [README_LINE1, "",
             "# Held-out synthesis set 25: workshop-chat answers (Blocaterre, bouldering gyms)",
             "",
             "Tests the on-the-spot JE synthesis of issue 18 (`synthèse`, `ambassade synthesis --answers FILE "
             "--objectives FILE`) on answers typed the way people really type in a workshop chat: many 2-6 word "
             "answers (\"les goodies\", \"meet the team\", \"pas le temps le soir\"), a few long rambling ones with the "
             "point in the middle, SMS style and typos (jsuis, qd, tbh, jsp), hedges and negations that carry the "
             "meaning (\"pas vraiment pour les cadeaux, plutôt...\", \"not against it but...\"), and the same theme "
             "said with no shared keyword (\"swag!\" / \"chalk bag with the logo\" / \"free merch tbh\"). Oppositions "
             "are preferences that exclude each other without antonyms (video vs written, fixed slot vs ad hoc, "
             "online vs at the gym, leaderboard vs nothing counted). Every minority has exactly 2 participants and "
             "is concrete. In the mixed session, themes mix French and English answers. Near-miss traps: staff vs "
             "other members, early access to new blocks vs access before opening hours, discount on one's own "
             "membership vs guest passes for friends, goodies vs an objective about selling gear.",
             "",
             "Client: **Blocaterre** (fictitious), a network of indoor bouldering gyms in Lyon, Grenoble and Nantes; "
             "program \"Les Cordées Blocaterre\". Three JE sessions, 5 open questions each (expectations, brakes, "
             "how to contribute, time and rhythm, recognition).",
             "",
             "Every answer is labelled exactly once: one theme, one side of one opposition, one minority, or noise.",
             "",
             "| session | lang | participants | questions | answers | skips | themes | oppositions | minorities | noise |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for s, (_rows, truth, _o, st) in zip(SESSIONS, results):
        lang = s["lang"] if s["n_fr"] == 0 or s["n_en"] == 0 else "fr+en (%d fr, %d en)" % (s["n_fr"], s["n_en"])
        lines.append("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            s["code"], lang, st["participants"], st["questions"], st["answers"], st["skips"], st["themes"],
            st["oppositions"], st["minorities"], st["noise"]))
    tot = [sum(r[3][k] for r in results) for k in ("participants", "answers", "skips", "themes", "oppositions",
                                                    "minorities", "noise")]
    lines.append("| total | | %d | 15 | %d | %d | %d | %d | %d | %d |" % tuple(tot))
    lines += ["", "Files per session X: `X.answers.jsonl`, `X.objectives.txt`, `X.truth.json`. "
              "`python3 gen.py` rebuilds them; `python3 validate.py` checks the rules and prints OK.", ""]
    for s, (_rows, truth, _o, st) in zip(SESSIONS, results):
        lines.append("## %s: %s" % (s["code"], s["title"]))
        lines.append("")
        lines.append("Oppositions:")
        for o in truth["oppositions"]:
            lines.append("- `%s` (%s): \"%s\" (%d) vs \"%s\" (%d)" % (
                o["key"], o["description"], o["sides"][0]["label"], len(o["sides"][0]["answer_ids"]),
                o["sides"][1]["label"], len(o["sides"][1]["answer_ids"])))
        lines.append("")
        lines.append("Minorities (2 participants each): " + ", ".join(
            "`%s` (%s)" % (m["key"], m["description"]) for m in truth["minorities"]))
        lines.append("")
        lines.append("Unsupported objectives: " + "; ".join(truth["unsupported_objectives"]))
        lines.append("")
        lines.append("Unserved needs: " + ", ".join(
            "`%s` (%s)" % (t["key"], t["description"]) for t in truth["themes"] if t["key"] in truth["unserved_needs"]))
        lines.append("")
        lines.append("Note: " + truth["note"])
        lines.append("")
    return "\n".join(lines)


def build():
    """Return {filename: content} for every generated file."""
    out = {}
    results = []
    for s in SESSIONS:
        rows, truth, obj, st = build_session(s)
        results.append((rows, truth, obj, st))
        out[s["code"] + ".answers.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        out[s["code"] + ".objectives.txt"] = obj
        out[s["code"] + ".truth.json"] = json.dumps(truth, ensure_ascii=False, indent=2) + "\n"
    out["README.md"] = readme(results)
    return out


def main():
    for name, content in build().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(content)
    print("wrote", len(build()), "files")


if __name__ == "__main__":
    main()
