#!/usr/bin/env python3
"""Deterministic generator for the synthesis_heldout13 planted set (stdlib only).

Usage: python3 generate.py [OUTDIR]   (default: the folder of this script)
Writes, for each session X: X.answers.jsonl, X.objectives.txt, X.truth.json.
Answers are assigned to participants per question by a sha256 order (no randomness),
matching each answer's language to the participant's language; ids follow the
form-export order (participant by participant, question by question).
"""
import hashlib
import json
import os
import sys

# bucket kinds: ("theme", key, q, description, [texts])
#               ("opp", key, q, description, [(label, [texts]), (label, [texts])])
#               ("min", key, q, description, [texts])
#               ("noise", q, [texts])
# a text is either "..." (session language) or ("en"|"fr", "...")

MTL = {
    "code": "MTL",
    "lang": "fr",
    "client": "Mutuelle des Tilleuls (mutuelle santé, adhérents)",
    "participants": [
        ("Josiane Perrault", "fr"), ("Mehdi Bensalem", "fr"), ("Claire Vautrin", "fr"),
        ("Gérard Lemoine", "fr"), ("Aurélie Nguyen", "fr"), ("Patrice Chabert", "fr"),
        ("Nadia Ferhat", "fr"), ("Yannick Le Goff", "fr"), ("Sandrine Moulin", "fr"),
        ("Thibault Carrère", "fr"), ("Fatou Diallo", "fr"), ("Hervé Delcourt", "fr"),
        ("Émilie Rousseau", "fr"), ("Karim Ould-Ali", "fr"), ("Brigitte Salmon", "fr"),
        ("Lucas Fontaine", "fr"), ("Odile Marchand", "fr"), ("Samuel Bertin", "fr"),
        ("Chantal Guérin", "fr"), ("Rémi Texier", "fr"), ("Inès Barbier", "fr"),
        ("Jean-Marc Poulain", "fr"),
    ],
    "questions": [
        "Qu'est-ce qui vous donnerait envie de parler de la mutuelle autour de vous ?",
        "Qu'est-ce qui vous freine ou vous inquiète à l'idée de devenir ambassadeur·rice ?",
        "Sous quelle forme aimeriez-vous contribuer ?",
        "Qu'attendriez-vous de la mutuelle en retour ?",
    ],
    "objectives": [
        "Augmenter le nombre d'adhésions issues de la recommandation entre proches",
        "Faire rayonner les valeurs du modèle mutualiste",
        "Développer l'entraide entre adhérents",
        "Promouvoir la prévention santé auprès des familles",
        "Accroître la visibilité de la mutuelle sur les réseaux sociaux",
    ],
    "objective_support": {
        "Augmenter le nombre d'adhésions issues de la recommandation entre proches": ["vecu_a_partager"],
        "Faire rayonner les valeurs du modèle mutualiste": ["fierte_modele_non_lucratif"],
        "Développer l'entraide entre adhérents": ["coup_de_main_aux_autres_membres"],
        "Promouvoir la prévention santé auprès des familles": ["ateliers_bien_etre"],
    },
    "unsupported": ["Accroître la visibilité de la mutuelle sur les réseaux sociaux"],
    "buckets": [
        ("theme", "fierte_modele_non_lucratif", 0,
         "Fierté du modèle mutualiste sans actionnaires, appartenant aux membres", [
             "on n'a pas d'actionnaires à engraisser, ça c'est un vrai argument",
             "le côté à but non lucratif, les excédents reviennent aux membres",
             "fière d'être sociétaire d'un truc qui appartient à ses adhérents et pas à un fonds de pension",
             "l'esprit solidaire, chacun cotise selon ses moyens... c'est rare aujourd'hui",
             "c'est nous les propriétaires en fait !! ça mérite d'être dit",
             "modèle coopératif > assureurs cotés en bourse, y a pas photo",
             "j'aime l'idée qu'on vote en AG, une voix par personne",
             "les valeurs : zéro profit sur la maladie des gens",
         ]),
        ("theme", "vecu_a_partager", 0,
         "Une bonne expérience vécue (remboursement, accompagnement) qu'on raconte spontanément à l'entourage", [
             "quand ma fille a eu ses lunettes remboursées en 48h j'en ai parlé à toute la famille",
             "ils m'ont super bien accompagnée pendant mon cancer, je le raconte volontiers à mes proches",
             "mon beau-frère galère avec sa complémentaire actuelle, je lui conseille de passer chez vous",
             "le virement arrive vite, les copines sont jalouses mdr",
             "expérience top lors de l'hospitalisation de mon mari, tout pris en charge sans avancer un centime",
             "je recommande déja a mes collègues sans qu'on me le demande",
             "parce qu'au téléphone on m'a traité comme un humain, pas comme un numéro",
             "mes voisins me demandent souvent quelle assurance prendre, je leur donne votre nom",
         ]),
        ("min", "soignants_relais_patients", 0,
         "Des soignants veulent orienter leurs patients mal couverts", [
             "je suis aide-soignante, je vois passer des patients mal couverts, j'aimerais pouvoir les orienter",
             "en tant que kiné je pourrais laisser des flyers au cabinet",
         ]),
        ("noise", 0, [
             "bonne question 😅",
             "je ne sais pas encore, à voir",
         ]),
        ("theme", "confidentialite_donnees_sante", 1,
         "Peur que des informations de santé personnelles soient exposées", [
             "j'ai pas envie qu'on sache de quoi je suis malade",
             "mes données médicales, c'est privé, point",
             "peur que mon diabète se retrouve affiché quelque part",
             "si je témoigne, est-ce que mon employeur pourra tomber dessus ?",
             "la confidentialité de mon dossier santé avant tout",
             "raconter mes soins en public, bof... c'est intime",
             "qui aura accés a mes infos ?? RGPD svp",
             "je crains qu'on exploite mes remboursements pour du marketing",
         ]),
        ("theme", "agenda_sature", 1,
         "Manque de disponibilité : la contribution doit rester très légère", [
             "j'ai déjà un agenda de ministre",
             "boulot + 3 gosses, les soirées sont trop courtes",
             "horaires décalés à l'hôpital, difficile de caler quoi que ce soit",
             "dispo peut-être une heure par mois, pas plus",
             "je m'occupe de ma mère âgée, il me reste peu de temps libre",
             "surbookée en ce moment",
             "si ça devient une corvée chronophage je lâche",
             "faut que ça prenne 5 min max sinon impossible pour moi",
         ]),
        ("min", "peur_de_passer_pour_vendeur", 1,
         "Crainte de passer pour un commercial auprès de ses amis", [
             "passer pour un VRP auprès de mes amis, non merci",
             "j'ai horreur de vendre quoi que ce soit, on dirait du démarchage",
             "mes potes vont croire que je touche une commission sur eux",
         ]),
        ("noise", 1, [
             "rien de spécial",
             "RAS",
         ]),
        ("opp", "presentiel_contre_distance", 2,
         "Contribuer en face à face, sur place, ou bien entièrement à distance", [
             ("En présentiel, sur place", [
                 "des rencontres en vrai, dans l'agence de mon quartier",
                 "un café-adhérents une fois par trimestre, en face à face",
                 "j'aime voir les gens, tenir un stand au forum des associations",
                 "réunions physiques autour d'une table, avec un vrai café",
                 "animer des permanences sur place à la mairie",
             ]),
             ("À distance, en ligne", [
                 "tout en ligne, depuis mon canapé",
                 "visio ou forum web, c'est ce qui me convient",
                 "un groupe WhatsApp et basta",
                 "répondre par mail quand j'ai un moment, tranquille chez moi",
                 "plutôt des échanges écrits sur l'appli",
             ]),
         ]),
        ("theme", "coup_de_main_aux_autres_membres", 2,
         "Aider les autres membres à se débrouiller (garanties, démarches, site)", [
             "aider les nouveaux à comprendre leur tableau de garanties, c'est du chinois",
             "expliquer comment envoyer une facture d'optique sur l'espace perso",
             "répondre aux questions des autres sur le tiers payant",
             "parrainer quelqu'un qui vient d'arriver et le guider les premières semaines",
             "donner des astuces pour les démarches, j'en ai bavé au début",
             "filer un coup de main aux retraités perdus avec le site",
             "partager mes tuyaux sur les devis dentaires avec ceux qui galèrent",
             "être une personne ressource pour les gens de mon coin",
         ]),
        ("min", "co_conception_offres", 2,
         "Participer à la conception des futures garanties", [
             "participer à la conception des futures offres, genre un comité d'usagers",
             "donner mon avis sur les garanties avant qu'elles sortent, pour coller aux vrais besoins",
         ]),
        ("noise", 2, [
             "mon fils m'a inscrite sur les réseaux mais j'y comprends rien lol",
         ]),
        ("theme", "geste_sur_le_tarif", 3,
         "Un avantage financier sur la cotisation", [
             "une petite ristourne sur ma cotisation ce serait apprécié",
             "un mois offert par an",
             "que mes mensualités baissent un peu, tout augmente",
             "réduction sur le tarif famille",
             "un geste financier, même symbolique",
             "des prix plus doux pour les fidèles",
             "-10% sur l'abonnement",
         ]),
        ("theme", "ateliers_bien_etre", 3,
         "Accès à des ateliers, séances et conseils pour rester en forme", [
             "accès à des ateliers nutrition / sommeil",
             "des séances de sophrologie ou de yoga gratuites",
             "conférences avec des médecins sur le dépistage",
             "des actions pour sensibiliser mes enfants (écrans, dents...)",
             "un check-up offert",
             "des cours de gym douce pour les seniors",
             "des infos fiables pour garder la forme, pas des pubs",
         ]),
        ("opp", "mis_en_avant_contre_anonyme", 3,
         "Être cité publiquement ou rester anonyme", [
             ("Être mis en avant nommément", [
                 "voir mon prénom et ma photo dans le magazine des adhérents, ça me ferait plaisir",
                 "être cité sur le site, une petite reconnaissance publique",
                 "un portrait dans la newsletter, pourquoi pas !",
             ]),
             ("Rester anonyme", [
                 "surtout pas de nom ni de photo",
                 "je veux rester discret, aucune mise en avant",
                 "anonymat total svp",
             ]),
         ]),
        ("noise", 3, [
             "le parking de l'agence est toujours plein, faudrait régler ça",
        ]),
    ],
}

LDG = {
    "code": "LDG",
    "lang": "en",
    "client": "Ledgeline Bouldering (chain of climbing gyms)",
    "participants": [
        ("Priya Raman", "en"), ("Tom Okafor", "en"), ("Hannah Leclerc", "en"),
        ("Dev Mistry", "en"), ("Sophie Brandt", "en"), ("Marcus Hale", "en"),
        ("Aoife Byrne", "en"), ("Jonah Weiss", "en"), ("Keisha Morgan", "en"),
        ("Ravi Chandran", "en"), ("Ellie Sutton", "en"), ("Gabe Novak", "en"),
    ],
    "questions": [
        "What would make you want to talk about Ledgeline to people you know?",
        "What holds you back from getting more involved?",
        "How would you like to contribute to the ambassador crew?",
        "What would you want in return?",
    ],
    "objectives": [
        "Grow memberships through referrals from existing climbers",
        "Make newcomers feel welcome in their first month",
        "Strengthen the sense of community across all our gyms",
        "Share members' progress stories in our communications",
        "Generate more user content for our Instagram and TikTok",
    ],
    "objective_support": {
        "Grow memberships through referrals from existing climbers": ["bring_a_buddy_perks"],
        "Make newcomers feel welcome in their first month": ["showing_beginners_the_ropes"],
        "Strengthen the sense of community across all our gyms": ["second_home_crowd"],
        "Share members' progress stories in our communications": ["personal_transformation"],
    },
    "unsupported": ["Generate more user content for our Instagram and TikTok"],
    "buckets": [
        ("theme", "second_home_crowd", 0,
         "The friendly, welcoming crowd: the gym feels like a second home", [
             "the crowd is so friendly, strangers spot you and cheer on your project",
             "honestly it's my second home, ppl know my name at the desk",
             "met most of my mates on the bouldering mats tbh",
             "there's zero ego here, everyone shares beta",
             "feels like a family, the Thursday regulars are the best",
         ]),
        ("theme", "personal_transformation", 0,
         "Own progress or transformation worth showing others", [
             "I couldn't do a single pull-up last year, now I'm sending V5s 💪",
             "went from terrified of heights to leading 6b, want others to see it's possible",
             "lost 12 kg and my back pain since I started, worth telling people",
             "proof that a 52yo desk worker can get strong lol",
         ]),
        ("noise", 0, [
             "my insta is literally just my cat 😂",
             "the café does great flat whites",
         ]),
        ("theme", "packed_at_peak", 1,
         "Fear that bringing more people makes the gym overcrowded", [
             "if everyone brings a mate it'll be packed at 7pm, already queueing for problems",
             "the Leeds wall is rammed on weeknights as it is",
             "worried the vibe gets lost when it's heaving",
             "more punters = longer waits for the auto-belay",
             "peak hours are chaos, don't want to make it worse",
         ]),
        ("theme", "time_squeeze", 1,
         "Too little free time to take on more", [
             "shift work, my schedule changes every week",
             "two toddlers at home, I get maybe one session a week",
             "uni deadlines eat all my evenings",
             "I barely have time to climb, let alone volunteer",
         ]),
        ("min", "injured_right_now", 1,
         "Currently injured and off the wall", [
             "recovering from a pulley injury so I'm mostly off the wall for now",
             "shoulder surgery in March, can't commit until I'm climbing again",
         ]),
        ("opp", "leaderboard_vs_low_key", 2,
         "Public, competitive recognition versus private, quiet recognition", [
             ("Public leaderboard and rivalry", [
                 "a points leaderboard on the screen by reception, make it competitive!",
                 "monthly ranking of ambassadors with a winner, love a bit of rivalry",
                 "badges everyone can see on the app, top contributors shouted out",
             ]),
             ("Low-key, private tally", [
                 "keep it chill and private, just me and the staff knowing what I did",
                 "quiet thank-yous and everyone treated equally",
                 "low-key stuff, a personal tally only I see",
             ]),
         ]),
        ("theme", "showing_beginners_the_ropes", 2,
         "Coaching and buddying people who just started climbing", [
             "show beginners how to fall safely and read a grade",
             "run a taster evening for total noobs",
             "buddy up with someone who just joined so they're less intimidated",
             "teach knots and belay basics to fresh members",
         ]),
        ("min", "help_the_setters", 2,
         "Helping the route-setting team", [
             "I'd love to help the setters, maybe set a circuit myself",
             "hold washing and forerunning new problems, happy to pitch in",
         ]),
        ("theme", "bring_a_buddy_perks", 3,
         "Free or discounted entries for friends they bring", [
             "free day passes for mates I drag along",
             "a couple of guest entries a month",
             "bring-a-buddy vouchers pls",
             "let my partner climb for free once in a while",
             "discount for friends' first visit",
         ]),
        ("min", "branded_merch", 3,
         "Branded ambassador merchandise", [
             "a proper chalk bag or hoodie with the logo",
             "some exclusive ambassador t-shirts would be sick",
         ]),
        ("noise", 3, [
             "whatever's fair",
             "n/a",
         ]),
    ],
}

BRC = {
    "code": "BRC",
    "lang": "mixed",
    "client": "Bricompta (logiciel de compta pour artisans / accounting app for craftspeople)",
    "participants": [
        ("Mathieu Pradel", "fr"), ("Gareth Pryce", "en"), ("Sylvie Arnaud", "fr"),
        ("Kevin Da Silva", "fr"), ("Fiona McAllister", "en"), ("Laetitia Roux", "fr"),
        ("Bruno Castel", "fr"), ("Liam Doherty", "en"), ("Nathalie Ferrand", "fr"),
        ("Olivier Guichard", "fr"), ("Rachel Cohen", "en"), ("Amandine Leroy", "fr"),
        ("Jérôme Vasseur", "fr"), ("Stuart Finch", "en"), ("Fabienne Mercier", "fr"),
        ("Megan Hollis", "en"),
    ],
    "questions": [
        "Pourquoi recommanderiez-vous Bricompta à un autre artisan ? / Why would you recommend Bricompta to a fellow tradesperson?",
        "Qu'est-ce qui vous retient de devenir ambassadeur ? / What holds you back from becoming an ambassador?",
        "Comment aimeriez-vous contribuer ? / How would you like to contribute?",
        "Qu'attendez-vous en retour ? / What do you expect in return?",
    ],
    "objectives": [
        "Obtenir davantage de recommandations d'artisan à artisan",
        "Animer une entraide entre utilisateurs sur le forum",
        "Être présents sur les salons professionnels avec des clients témoins",
        "Fidéliser les clients à l'échéance annuelle de l'abonnement",
        "Recueillir des témoignages vidéo tournés sur les chantiers",
    ],
    "objective_support": {
        "Obtenir davantage de recommandations d'artisan à artisan": ["soirees_liberees", "quelquun_au_bout_du_fil"],
        "Animer une entraide entre utilisateurs sur le forum": ["epauler_les_debutants"],
        "Être présents sur les salons professionnels avec des clients témoins": ["foires_et_salons_en_vrai"],
        "Fidéliser les clients à l'échéance annuelle de l'abonnement": ["ristourne_abonnement"],
    },
    "unsupported": ["Recueillir des témoignages vidéo tournés sur les chantiers"],
    "buckets": [
        ("theme", "soirees_liberees", 0,
         "Time saved on paperwork: evenings and weekends freed", [
             "fini les soirées à remplir des factures sur un coin de table",
             "je fais mes devis depuis le camion entre deux chantiers, gain de temps énorme",
             "la compta me prenait tt le dimanche, maintenant 20 minutes",
             "plus besoin de courir après mon expert-comptable avec une boîte à chaussures de tickets",
             ("en", "saves me hours of paperwork every week, no joke"),
             ("en", "I do my quotes on the phone at the site, done before I'm home"),
         ]),
        ("theme", "quelquun_au_bout_du_fil", 0,
         "Responsive, human support that understands the trade", [
             "quand j'appelle, une vraie personne décroche, et qui connaît le métier",
             "la hotline m'a sauvé la mise pour ma déclaration de TVA",
             "l'équipe répond vite par chat, même le samedi",
             ("en", "their helpdesk folks actually explain things in plain words"),
             ("en", "got me out of a VAT mess in one call, legends"),
         ]),
        ("min", "synchro_bancaire", 0,
         "Automatic bank synchronisation", [
             "la synchro avec ma banque, les relevés arrivent tout seuls",
             ("en", "the bank feed matching is magic"),
         ]),
        ("noise", 0, [
             "bah c'est un logiciel quoi",
             ("en", "idk, it's fine I guess"),
         ]),
        ("theme", "mal_a_l_aise_face_camera", 1,
         "Uncomfortable with being filmed, writing or speaking in public", [
             "me filmer ? j'suis plombier pas youtubeur 😂",
             "je suis nul pour écrire, les fautes d'orthographe me bloquent",
             "timide, prendre la parole devant un public c'est l'angoisse",
             ("en", "I freeze up on camera, proper awkward"),
             ("en", "posting stuff online just isn't me"),
         ]),
        ("theme", "aider_la_concurrence", 1,
         "Reluctance to help local competitors become more efficient", [
             "si je recommande à un collègue du secteur, c'est un concurrent de plus mieux équipé",
             "dans mon village on est trois électriciens, je vais pas aider les autres à être plus efficaces",
             "pourquoi filer mes bons plans à ceux qui me piquent mes clients ?",
             "le marché est petit ici, chacun garde ses astuces",
             ("en", "the other roofers round here are my rivals, why would I help them"),
         ]),
        ("min", "barriere_de_langue", 1,
         "English-speaking artisans uneasy writing in French", [
             ("en", "my written French is rubbish, I'd be embarrassed in front of French customers"),
             ("en", "language barrier - happy to help but only in English"),
         ]),
        ("noise", 1, [
             "rien",
             ("en", "nothing really"),
         ]),
        ("theme", "epauler_les_debutants", 2,
         "Helping people who are just starting with the app", [
             "répondre aux questions des petits nouveaux sur le groupe",
             "partager mes modèles de devis avec ceux qui démarrent",
             "expliquer à un jeune installé comment paramétrer sa TVA dans l'appli",
             ("en", "happy to help newbies in the online group when they're stuck"),
             ("en", "could write short how-to tips for folks just starting out"),
         ]),
        ("theme", "foires_et_salons_en_vrai", 2,
         "Meeting people face to face at trade fairs and professional events", [
             "tenir le stand avec vous au salon de l'habitat",
             "témoigner devant d'autres artisans à la chambre des métiers",
             "venir aux foires du coin, en vrai c'est là que ça se joue",
             ("en", "I'd happily do a trade show or two and chat to visitors"),
             ("en", "face to face at local craft fairs, that's my thing"),
         ]),
        ("min", "former_les_apprentis", 2,
         "Training apprentices and young people", [
             "intervenir au CFA pour montrer aux apprentis que la gestion c'est pas sorcier",
             "former mon apprentie à l'outil, et pourquoi pas d'autres jeunes",
         ]),
        ("noise", 2, [
             "je sais pas",
             ("en", "will think about it"),
         ]),
        ("opp", "nouveautes_contre_stabilite", 3,
         "Wanting early access to new features versus wanting the app to stay the same", [
             ("Avant-première / early access", [
                 "tester les nouvelles fonctions avant tout le monde",
                 "être bêta-testeur des prochaines versions, j'adore la nouveauté",
                 ("en", "early access to new features, I love being a guinea pig"),
                 ("en", "let me try the beta modules first"),
             ]),
             ("Stabilité / keep it as is", [
                 "que l'interface reste la même, je veux retrouver mes boutons au même endroit",
                 "la stabilité d'abord, des mises à jour rares et prévenues longtemps à l'avance",
                 "garder l'outil tel quel stp, changer de méthode tous les six mois me rend fou",
                 ("en", "keep the screens exactly as they are, predictable and boring is good"),
             ]),
         ]),
        ("theme", "ristourne_abonnement", 3,
         "A discount on the subscription", [
             "quelques mois gratuits sur l'abonnement",
             "une remise au renouvellement",
             "un tarif préférentiel, vu ce que ça coûte déjà",
             "que mon forfait annuel baisse un peu",
             ("en", "a cheaper plan for loyal users"),
             ("en", "knock a bit off my yearly fee"),
         ]),
        ("noise", 3, [
             ("en", "cake? 🍰"),
         ]),
    ],
}

SESSIONS = [MTL, LDG, BRC]


def _text(t, default_lang):
    return (t[0], t[1]) if isinstance(t, tuple) else (default_lang, t)


def _order(code, q, name):
    return hashlib.sha256(f"{code}|{q}|{name}".encode("utf-8")).hexdigest()


def build(session):
    code = session["code"]
    default_lang = "fr" if session["lang"] == "mixed" else session["lang"]
    parts = session["participants"]
    # flat list of (bucket_ref, q, lang, text)
    flat = []
    for b in session["buckets"]:
        kind = b[0]
        if kind in ("theme", "min"):
            for t in b[4]:
                flat.append(((kind, b[1], None), b[2], *_text(t, default_lang)))
        elif kind == "opp":
            for si, (_label, texts) in enumerate(b[4]):
                for t in texts:
                    flat.append((("opp", b[1], si), b[2], *_text(t, default_lang)))
        elif kind == "noise":
            for t in b[2]:
                flat.append((("noise", None, None), b[1], *_text(t, default_lang)))
    assigned = {}  # (participant name, q) -> (bucket_ref, text)
    skips = {name: 0 for name, _l in parts}
    for q in range(len(session["questions"])):
        pools = {}
        # those who already skipped a question come first, so skips spread out
        for name, lang in sorted(parts, key=lambda p: (-skips[p[0]], _order(code, q, p[0]))):
            pools.setdefault(lang, []).append(name)
        for ref, fq, lang, text in flat:
            if fq != q:
                continue
            if not pools.get(lang):
                raise SystemExit(f"{code} q{q}: not enough {lang} participants")
            name = pools[lang].pop(0)
            assigned[(name, q)] = (ref, text)
        for left in pools.values():
            for name in left:
                skips[name] += 1
    rows = []
    ids_by_ref = {}
    n = 0
    for name, _lang in parts:
        for q, question in enumerate(session["questions"]):
            if (name, q) not in assigned:
                continue
            ref, text = assigned[(name, q)]
            n += 1
            aid = f"{code}-{n:03d}"
            rows.append({"id": aid, "participant": name, "question": question, "answer": text})
            ids_by_ref.setdefault(ref, []).append(aid)
    truth = {"session": code, "lang": session["lang"], "themes": [], "oppositions": [],
             "minorities": [], "objective_support": [], "unsupported_objectives": [],
             "unserved_needs": [], "noise_answer_ids": []}
    for b in session["buckets"]:
        kind = b[0]
        if kind == "theme":
            truth["themes"].append({"key": b[1], "kind": "convergence", "description": b[3],
                                    "answer_ids": ids_by_ref[("theme", b[1], None)]})
        elif kind == "min":
            truth["minorities"].append({"key": b[1], "description": b[3],
                                        "answer_ids": ids_by_ref[("min", b[1], None)]})
        elif kind == "opp":
            truth["oppositions"].append({"key": b[1], "description": b[3], "sides": [
                {"label": label, "answer_ids": ids_by_ref[("opp", b[1], si)]}
                for si, (label, _t) in enumerate(b[4])]})
    truth["noise_answer_ids"] = ids_by_ref.get(("noise", None, None), [])
    for obj in session["objectives"]:
        if obj in session["objective_support"]:
            truth["objective_support"].append({"objective": obj, "themes": session["objective_support"][obj]})
    truth["unsupported_objectives"] = list(session["unsupported"])
    served = {k for v in session["objective_support"].values() for k in v}
    truth["unserved_needs"] = [t["key"] for t in truth["themes"] if t["key"] not in served]
    for t in truth["themes"] + truth["minorities"]:
        t["answer_ids"].sort()
    for o in truth["oppositions"]:
        for s in o["sides"]:
            s["answer_ids"].sort()
    truth["noise_answer_ids"].sort()
    return rows, truth


def write_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    for s in SESSIONS:
        rows, truth = build(s)
        code = s["code"]
        with open(os.path.join(outdir, f"{code}.answers.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, f"{code}.objectives.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(s["objectives"]) + "\n")
        with open(os.path.join(outdir, f"{code}.truth.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    write_all(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
