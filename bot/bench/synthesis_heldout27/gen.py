#!/usr/bin/env python3
"""Deterministic generator for the synthesis_heldout27 planted-theme set.

Answers are written by hand below, participant by participant (as typed on a phone
during the workshop). Each answer carries its label; the generator writes the
answers, the objectives and the truth file of each session. No randomness.
Label codes: "T:key" theme, "O:key:0|1" side of an opposition, "M:key" minority,
"N" noise; None = question skipped.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Maison Castagnède (affineur de fromages, Oloron-Sainte-Marie)"

# ---------------------------------------------------------------- session X1 (fr)
X1 = {
    "session": "X1",
    "lang": "fr",
    "title": "Atelier JE - abonnés de la box « La Cave chez vous », Pau",
    "questions": [
        "Qu'est-ce qui vous donnerait envie de vous impliquer comme ambassadeur ou ambassadrice de la Maison ?",
        "Qu'est-ce qui pourrait vous freiner ou vous décourager ?",
        "Quelles contributions vous tentent le plus ?",
        "Un classement des ambassadeurs affiché dans la newsletter : bonne ou mauvaise idée ?",
        "Une idée, un souhait, autre chose à ajouter ?",
    ],
    "objectives": [
        "Multiplier les avis en ligne et les photos partagées par les abonnés",
        "Associer les ambassadeurs au choix des fromages de la box",
        "Faire connaître le travail des producteurs et le métier d'affineur",
        "Organiser deux dégustations ambassadeurs par an à la cave",
        "Vendre davantage de coffrets cadeaux de fin d'année aux comités d'entreprise",
    ],
    "themes": {
        "need_producteurs": ("need", "Rencontrer les producteurs et éleveurs, visiter les caves d'affinage"),
        "need_pedagogie": ("need", "Apprendre à parler des fromages : affinage, laits, AOP, accords"),
        "need_box_flexible": ("need", "Pouvoir adapter la box : pause l'été, sauter un mois, exclusions, petite taille"),
        "brake_temps": ("brake", "Manque de temps / refus d'être relancé trop souvent"),
        "brake_vendeur": ("brake", "Peur de passer pour un commercial, de spammer ses proches ou de faire de la pub"),
        "pref_avis_photos": ("preference", "Contributions courtes : avis en ligne, photos de plateaux en story"),
        "pref_selection": ("preference", "Participer au choix des fromages : dégustations, votes, avant-premières"),
        "conv_fierte_local": ("convergence", "Fierté de soutenir un affineur et des producteurs locaux, artisanaux"),
    },
    "oppositions": {
        "opp_classement": ("Classement public des ambassadeurs dans la newsletter",
                           ["pour : ça motive, un peu de challenge", "contre : compétition, jalousie, pression"]),
    },
    "minorities": {
        "min_asso": "Reverser points ou récompenses à une association d'aide alimentaire",
        "min_consigne": "Emballages consignés / reprise des boîtes isothermes et des pots",
    },
    "objective_support": [
        ["pref_avis_photos"],
        ["pref_selection"],
        ["need_producteurs", "need_pedagogie", "conv_fierte_local"],
        ["need_producteurs", "pref_selection"],
        [],
    ],
    "note": "Session courte, réponses tapées sur téléphone ; l'objectif coffrets CE n'est porté par aucune réponse ; "
            "le besoin de box modulable n'est servi par aucun objectif.",
    "people": [
        # P01
        [("T:need_producteurs", "voir les caves d'affinage en vrai 😍"),
         ("T:brake_temps", "le temps... 3 gosses 😅"),
         ("T:pref_avis_photos", "photos du plateau en story, ca c facile"),
         ("O:opp_classement:1", "bof, pas fan de la compet entre nous"),
         ("N", "y a du wifi ici ? 😂")],
        # P02
        [("T:conv_fierte_local", "fier de soutenir un affineur du coin plutot que la grande surface"),
         ("T:brake_vendeur", "pas envie de passer pr un commercial aupres des potes"),
         ("T:pref_selection", "choisir les fromages du mois avec vous !!"),
         ("O:opp_classement:0", "perso ca me motive, j'aime bien voir ou j'en suis"),
         ("M:min_consigne", "des boites consignées svp, trop d'emballage a chaque livraison")],
        # P03
        [("T:need_pedagogie", "apprendre a en parler sans dire de betises"),
         ("T:need_box_flexible", "pas contre mais faudrait pouvoir mettre la box en pause l'été, on part 6 semaines"),
         ("T:pref_avis_photos", "un avis google de tps en tps oui"),
         ("O:opp_classement:1", "non. ca cree des jaloux"),
         None],
        # P04
        [("T:need_producteurs", "rencontrer ceux qui font le fromage, les eleveurs"),
         ("T:brake_temps", "si on me relance tte les semaines j'arrete direct"),
         ("T:pref_selection", "les degustations pr la selection, grave !"),
         ("O:opp_classement:0", "oui si c'est pr rire et sans gros lots"),
         ("N", "jsp")],
        # P05
        [("T:conv_fierte_local", "c'est du vrai, fait ici, j'en parle deja tt le temps autour de moi"),
         ("T:brake_vendeur", "la peur de harceler mes contacts avec des codes promo"),
         None,
         ("O:opp_classement:1", "mauvaise idée, on est pas au boulot avec des objectifs chiffrés"),
         ("T:need_box_flexible", "pouvoir enlever le chevre de ma box, mon mari deteste 🙄")],
        # P06
        [("T:need_pedagogie", "Honnêtement ce qui me manque c'est la culture fromagère. Quand des amis viennent "
                              "je sors le plateau et je suis incapable d'expliquer pourquoi celui-ci est plus fort, "
                              "ce que change le lait cru ou la saison. Des fiches simples sur l'affinage et les "
                              "laits, je les lirais toutes."),
         ("T:brake_temps", "dispo limitée, je bosse en horaires decales"),
         ("T:pref_avis_photos", "laisser des avis ça oui, c'est rapide"),
         ("O:opp_classement:0", "pkoi pas 👍 un peu de challenge ca fait pas de mal"),
         ("M:min_asso", "et si les points allaient a la banque alimentaire ?")],
        # P07
        [("T:need_producteurs", "aller a la ferme voir les brebis 🐑"),
         ("T:need_box_flexible", "la box est trop grosse pr une personne seule, une petite taille ce serait top"),
         ("T:pref_selection", "donner mon avis sur les nouveaux fromages avant qu'ils sortent"),
         ("O:opp_classement:1", "pas pr moi, ca met la pression"),
         ("N", "on mange quand ?")],
        # P08
        [("T:need_pedagogie", "savoir quoi boire avec, les accords, ce genre de trucs"),
         ("T:brake_vendeur", "pas contre, mais je veux pas que ça sonne pub sur mon insta"),
         ("T:pref_avis_photos", "poster mes plateaux apéro, je le fais deja lol"),
         None,
         ("M:min_consigne", "reprendre les pots et les sacs isothermes, ça éviterait de les jeter")],
        # P09
        [("T:conv_fierte_local", "soutenir les petits producteurs de la vallée, ça me parle bcp"),
         ("T:brake_temps", "manque de tps clairement"),
         ("T:pref_selection", "voter pr le fromage du mois"),
         ("O:opp_classement:0", "oui, classement = motivation pr moi 💪"),
         None],
        # P10
        [("T:need_producteurs", "une visite de la cave avec le maitre affineur"),
         ("N", "rien de spécial"),
         ("T:pref_avis_photos", "photos + avis, pas plus"),
         ("O:opp_classement:1", "non merci, chacun fait a son rythme"),
         ("M:min_asso", "reverser une partie des récompenses a une asso d'aide alimentaire")],
        # P11
        [("T:need_pedagogie", "être formé un minimum, je connais rien aux AOP"),
         ("T:brake_vendeur", "si c'est trop marketing je decroche"),
         None,
         ("O:opp_classement:0", "j'aime bien les badges et tout, why not"),
         ("T:need_box_flexible", "plus de souplesse sur l'abonnement (sauter un mois, choisir)")],
        # P12
        [("N", "mon chien adore le comté 🐶"),
         ("T:brake_temps", "comme dit plus haut, dispo zéro en saison"),
         ("T:pref_selection", "tester en avant-premiere et dire ce que j'en pense"),
         ("O:opp_classement:1", "d'accord avec ceux qui disent non, la compet ça gâche tout"),
         ("T:conv_fierte_local", "j'adore ce que vous faites, 100% du coin, continuez ❤️")],
    ],
}

# ---------------------------------------------------------------- session X2 (en)
X2 = {
    "session": "X2",
    "lang": "en",
    "title": "JE workshop - UK & Ireland subscribers (online)",
    "questions": [
        "What would make you want to get involved as an ambassador?",
        "What might hold you back?",
        "Which contributions appeal to you most?",
        "How would you feel about recording a short video testimonial?",
        "Anything else: ideas, wishes, worries?",
    ],
    "objectives": [
        "Grow UK and Irish subscriptions through ambassador referrals",
        "Collect more online reviews and social media posts",
        "Help ambassadors tell the story of our farmers and cheeses",
        "Bring ambassadors to our stand at London food trade fairs",
        "Keep ambassadors engaged year after year without over-asking them",
    ],
    "themes": {
        "need_meet_makers": ("need", "Meet the cheesemakers and farmers, visit the caves and farms in the Pyrenees"),
        "need_knowledge": ("need", "Learn enough to talk about the cheeses: story, tasting vocabulary, pairings, milk"),
        "need_delivery": ("need", "Reliable, cool and affordable delivery to the UK/Ireland (customs, warm boxes, couriers)"),
        "brake_time": ("brake", "Little time available / do not ask too often"),
        "brake_salesy": ("brake", "Do not want to feel like a salesperson or influencer pushing friends"),
        "pref_reviews": ("preference", "Short reviews, ratings and photo posts"),
        "pref_referral": ("preference", "Referring friends when the friend gets something (gift box, discount)"),
        "pref_tasting_panel": ("preference", "Tasting panel: taste early, vote on and help pick the cheeses"),
        "conv_quality": ("convergence", "They stay for the quality and consistency of the cheeses and the personal touch"),
    },
    "oppositions": {
        "opp_video": ("Recording a video testimonial",
                      ["willing to film a short video", "reluctant or refusing (camera-shy, audio only at most)"]),
    },
    "minorities": {
        "min_foodbank": "Give rewards or unused points to a food bank / food charity",
        "min_veg_rennet": "Vegetarian option: clear rennet labelling, rennet-free cheeses",
    },
    "objective_support": [
        ["pref_referral"],
        ["pref_reviews"],
        ["need_knowledge", "need_meet_makers"],
        [],
        ["brake_time"],
    ],
    "note": "Online session; nobody asks for trade-fair presence; delivery problems are a need no objective covers.",
    "people": [
        # P01
        [("T:need_meet_makers", "a trip to the caves would be amazing tbh"),
         ("T:brake_time", "time. full stop."),
         ("T:pref_reviews", "quick reviews, maybe a pic or two"),
         ("O:opp_video:1", "nope, I freeze on camera 🙈"),
         ("N", "is there more of that blue from earlier?")],
        # P02
        [("T:conv_quality", "honestly the cheese is just better than anything at my local shop"),
         ("T:need_delivery", "Not the programme itself, it's the shipping. My last box sat four days in transit "
                             "and arrived sweaty, the ice packs were water, and I had to bin one of the soft ones. "
                             "Hard to recommend something to friends when you're not sure it'll turn up in good "
                             "shape, so that needs fixing first."),
         ("T:pref_referral", "sending a free box to mates, they'd love it"),
         ("O:opp_video:0", "happy to, I'm on TikTok anyway"),
         ("M:min_foodbank", "could unused points go to a food bank?")],
        # P03
        [("T:need_knowledge", "knowing the story behind each cheese so I can actually explain it"),
         ("T:brake_salesy", "don't want to be that person flogging stuff to friends"),
         ("T:pref_tasting_panel", "tasting panel for the UK box, sign me up"),
         ("O:opp_video:1", "not really, unless it's just audio"),
         None],
        # P04
        [("T:need_meet_makers", "meeting the farmers who make it, not just the brand"),
         ("T:brake_time", "two jobs, so v limited"),
         ("T:pref_reviews", "google + trustpilot, easy"),
         ("O:opp_video:0", "yeah fine, 30 secs on my phone"),
         ("T:need_delivery", "pls sort the courier, customs held mine a week")],
        # P05
        [("T:need_knowledge", "pairing tips! what wine, what bread, what chutney"),
         None,
         ("T:pref_referral", "referral codes if my friend gets something too, not just me"),
         ("O:opp_video:1", "no thanks. text is fine"),
         ("T:conv_quality", "the handwritten note in each box is a lovely touch, keep that")],
        # P06
        [("T:conv_quality", "the quality. every box has been spot on"),
         ("T:brake_salesy", "if it feels like influencer marketing I'm out"),
         ("T:pref_tasting_panel", "voting on next month's cheeses 🧀"),
         ("O:opp_video:0", "sure, I do videos for work"),
         ("N", "who parked in front of the gate lol")],
        # P07
        [("N", "idk yet"),
         ("T:brake_time", "weekends are busy with kids football"),
         ("T:pref_reviews", "I already post my boards on insta, so that"),
         ("O:opp_video:1", "hard pass on video"),
         ("M:min_veg_rennet", "clearer info on which ones use animal rennet pls, I'm veggie")],
        # P08
        [("T:need_meet_makers", "Visiting the farms in the Pyrenees, seeing the animals and the people who look "
                                "after them. I'd honestly pay my own flight for that, it's the bit of the story I "
                                "can't get from a leaflet."),
         ("T:need_delivery", "not a blocker as such but deliveries to Ireland are slow and pricey"),
         ("T:pref_tasting_panel", "being on a panel that picks the cheeses, that'd be class"),
         ("O:opp_video:0", "yes if I can redo it till I look ok 😂"),
         None],
        # P09
        [("T:need_knowledge", "learning proper tasting vocab, I just say 'nice' 😅"),
         ("T:brake_salesy", "feeling pushy with mates"),
         ("T:pref_referral", "gifting boxes to friends rather than posting"),
         ("O:opp_video:1", "would rather not, very shy"),
         ("M:min_foodbank", "donate rewards to a local food charity instead of perks for me")],
        # P10
        [("T:conv_quality", "agree with whoever said quality, it's why I'm still subscribed after 2 yrs"),
         ("T:brake_time", "not much spare time tbh"),
         None,
         ("O:opp_video:0", "no problem with that"),
         ("N", "great lunch btw")],
        # P11
        [("T:need_meet_makers", "meet the affineur, see how the wheels are turned and brushed"),
         ("T:brake_salesy", "I'd hate my feed turning into ads"),
         ("T:pref_reviews", "star ratings and short comments, that's my level"),
         ("O:opp_video:1", "not keen. people online can be nasty"),
         ("T:need_delivery", "some kind of tracking + ice packs that actually last")],
        # P12
        [("T:need_knowledge", "a little guide per cheese — region, milk, how long aged"),
         ("T:brake_time", "depends how often you'd ask, monthly max"),
         ("T:pref_tasting_panel", "taste stuff early and give feedback"),
         None,
         ("M:min_veg_rennet", "a veggie-friendly option in the box, rennet-free cheeses exist")],
        # P13
        [("T:pref_referral", "if my friends get a discount, that's reason enough"),
         ("T:need_delivery", "box came warm in July. not great"),
         ("T:pref_reviews", "reviews sure, they take 2 mins"),
         ("O:opp_video:0", "love the idea, count me in 🎥"),
         ("N", "👍")],
        # P14
        [("T:need_meet_makers", "a proper ambassador trip to France, cave tour and farm visit"),
         ("T:brake_salesy", "not against it but I won't post sponsored-looking stuff"),
         ("T:pref_referral", "recommend to colleagues, a code they can use"),
         ("O:opp_video:1", "nah, I'd cringe watching myself"),
         None],
        # P15
        [("T:conv_quality", "it's the consistency for me, never had a dud"),
         ("T:brake_time", "busy season at work Sep–Dec, can't commit then"),
         ("T:pref_tasting_panel", "join a tasting group online, vote, comment"),
         ("O:opp_video:1", "probably not, unless an anonymous voiceover is an option"),
         None],
        # P16
        [("T:need_knowledge", "understanding raw milk vs pasteurised, people always ask me"),
         None,
         ("T:pref_reviews", "a post now and then, no pressure"),
         ("O:opp_video:0", "yeah why not"),
         ("T:need_delivery", "delivery to Scotland is a lottery, some boxes take 5 days")],
        # P17
        [("N", "sorry joined late, what's the question?"),
         ("T:brake_salesy", "same as others tbh, sounding like an ad = no"),
         ("T:pref_referral", "giving a box to someone who's never tried proper cheese"),
         ("O:opp_video:0", "up for it if it's short"),
         ("T:conv_quality", "service & cheeses both excellent, rare combo")],
        # P18
        [("T:need_meet_makers", "meet the people, not the marketing team 😉"),
         ("T:brake_time", "honestly just life. little time"),
         ("T:pref_tasting_panel", "be part of choosing what goes in the UK box"),
         ("O:opp_video:1", "don't like being filmed, sorry"),
         None],
        # P19
        [("T:need_knowledge", "online workshops, how to build a board, what to pair"),
         ("T:need_delivery", "when the courier leaves it on the doorstep in the sun 😩"),
         None,
         ("O:opp_video:0", "sure, I'm a teacher, talking is my job"),
         ("N", "what time do we finish?")],
        # P20
        [("T:conv_quality", "you can taste the care, seriously"),
         ("T:brake_salesy", "I'm not comfortable selling to friends"),
         ("T:pref_reviews", "instagram stories w/ a tag"),
         ("O:opp_video:1", "ugh no"),
         None],
        # P21
        [("T:need_meet_makers", "see the sheep and cows up in the mountains 🏔️"),
         ("T:brake_time", "time zones + kids = nope"),
         ("T:pref_referral", "tell friends and they get a starter box cheaper"),
         None,
         ("N", "lol the guy next to me already ate all the samples")],
        # P22
        [("T:need_knowledge", "learn enough that I'm not bluffing when friends ask"),
         ("T:brake_salesy", "worried I'd annoy ppl"),
         ("T:pref_tasting_panel", "tasting panel 100%"),
         ("O:opp_video:0", "already did one for a local deli, happy to"),
         None],
        # P23
        [None,
         ("T:need_delivery", "the shipping cost to NI kills it for my friends"),
         ("T:pref_reviews", "review after each box, sure"),
         ("O:opp_video:1", "no, not comfortable"),
         None],
        # P24
        [("N", "just here for the free cheese 😅"),
         ("T:brake_time", "availability mostly"),
         ("T:pref_tasting_panel", "give feedback on new cheeses before launch"),
         ("O:opp_video:0", "ok for a short clip"),
         None],
    ],
}

# ---------------------------------------------------------------- session X3 (mixed)
X3 = {
    "session": "X3",
    "lang": "fr+en",
    "title": "Atelier JE international / International JE workshop - France, Belgique, Suisse, Québec, UK, NL",
    "questions": [
        "Qu'est-ce qui vous motiverait à devenir ambassadeur ? / What would motivate you to become an ambassador?",
        "Qu'est-ce qui vous freinerait ? / What would hold you back?",
        "Quelles contributions préférez-vous ? / Which contributions do you prefer?",
        "Récompenses : plutôt fromages et cadeaux, ou remise sur l'abonnement ? / Rewards: cheese and gifts, or a discount on your subscription?",
        "Un dernier mot, une idée ? / Any last word or idea?",
    ],
    "objectives": [
        "Augmenter les abonnements parrainés, en France et à l'étranger",
        "Multiplier les avis clients et les photos de plateaux sur les réseaux",
        "Impliquer les ambassadeurs dans la sélection des fromages du mois",
        "Faire connaître les producteurs partenaires et le métier d'affineur",
        "Obtenir des mises en relation avec des épiceries fines et des restaurants",
    ],
    "themes": {
        "need_producteurs": ("need", "Rencontrer les producteurs, visiter fermes et caves d'affinage / meet the makers"),
        "need_savoir": ("need", "Apprendre à parler des fromages (histoire, laits, accords) / learn about the cheeses"),
        "need_merci": ("need", "Reconnaissance personnelle : un vrai merci, un mot du fromager, pas juste des points"),
        "need_box_souple": ("need", "Box modulable : suspendre, sauter un mois, choisir la taille, exclure des fromages"),
        "brake_temps": ("brake", "Manque de temps, disponibilité irrégulière, trop de sollicitations / lack of time"),
        "brake_pub": ("brake", "Ne pas vouloir faire de la pub, jouer l'influenceur ou saouler ses proches"),
        "brake_langue": ("brake", "Contenus surtout en français : les non-francophones se sentent exclus"),
        "pref_avis": ("preference", "Avis en ligne et photos courtes / short reviews and photos"),
        "pref_parrainage": ("preference", "Parrainer des proches, avec un avantage pour le filleul / refer friends"),
        "pref_panel": ("preference", "Panel de dégustation, vote du fromage du mois, tester en avant-première"),
        "conv_qualite": ("convergence", "La qualité et le goût des fromages, raison de rester et de recommander"),
    },
    "oppositions": {
        "opp_recompense": ("Nature des récompenses / kind of rewards",
                           ["fromages, cadeaux, éditions exclusives / cheese and gifts",
                            "remise sur l'abonnement / subscription discount"]),
        "opp_format": ("Rencontres en présentiel ou activités en ligne / in person vs online",
                       ["rencontres en vrai, dégustations sur place", "en ligne, visio, à distance / online only"]),
    },
    "minorities": {
        "min_asso": "Pouvoir donner ses points ou récompenses à une association / food bank",
        "min_enfants": "Ateliers fromage pour enfants et ados",
        "min_zero_dechet": "Moins de plastique, pains de glace recyclables ou consignés",
    },
    "objective_support": [
        ["pref_parrainage"],
        ["pref_avis"],
        ["pref_panel"],
        ["need_producteurs", "need_savoir", "conv_qualite"],
        [],
    ],
    "note": "Session mixte (23 francophones, 15 anglophones) ; personne ne propose de mise en relation avec des "
            "commerces ; la reconnaissance personnelle et la box modulable ne sont servies par aucun objectif.",
    "people": [
        # P01 fr
        [("T:need_producteurs", "visiter la cave !! et la fromagerie d'alpage"),
         ("T:brake_temps", "le tps, je suis infirmiere de nuit"),
         ("T:pref_panel", "faire partie du jury qui choisit les fromages du mois"),
         ("O:opp_recompense:0", "des fromages évidemment 🧀"),
         ("T:conv_qualite", "vos tommes sont les meilleures que j'ai mangées, vraiment")],
        # P02 fr (BE)
        [("T:need_savoir", "en savoir plus pr pouvoir conseiller mes amis"),
         ("T:brake_pub", "pas envie de faire de la pub a mes collegues"),
         ("T:pref_parrainage", "parrainer mes proches, ac un petit cadeau pr eux"),
         ("O:opp_recompense:1", "remise sur l'abo, c'est plus utile"),
         None],
        # P03 en (UK)
        [("T:conv_qualite", "the cheese. simple as."),
         ("T:brake_langue", "half the newsletter is French only, I get lost"),
         ("T:pref_avis", "leave reviews, snap a pic"),
         ("O:opp_recompense:1", "discount please, the box isn't cheap over here"),
         ("O:opp_format:1", "online meetups, I can't fly over for an apéro")],
        # P04 fr
        [("T:need_merci", "un vrai merci de temps en temps, pas juste des points"),
         ("T:brake_temps", "pas une minute en semaine"),
         ("T:pref_avis", "avis google oui, le reste bof"),
         ("O:opp_recompense:0", "des fromages qu'on trouve pas ailleurs, genre séries limitées"),
         ("N", "on a droit à un 2e café ?")],
        # P05 en (NL)
        [("T:need_producteurs", "meet the cheesemakers, see the mountain pastures"),
         ("T:brake_langue", "not everything in English, and zero Dutch obviously 😅"),
         ("T:pref_panel", "online tasting panel where we vote"),
         ("O:opp_recompense:0", "cheese! discounts feel a bit corporate"),
         None],
        # P06 fr (CH)
        [("T:conv_qualite", "la qualité est constante, c'est pr ça que je reste"),
         ("T:need_box_souple", "la box tombe mal qd je pars en vacances, faudrait pouvoir la suspendre"),
         ("O:opp_format:0", "des rencontres en vrai, pas des visios"),
         ("O:opp_recompense:1", "plutôt une remise, j'ai deja trop de fromage à la maison lol"),
         ("M:min_zero_dechet", "moins de plastique dans les colis svp")],
        # P07 fr
        [("T:need_savoir", "comprendre ce que je mange, les laits, l'affinage"),
         ("T:brake_pub", "j'ai peur de saouler mon entourage"),
         ("T:pref_parrainage", "donner un code a ma soeur et ses copines"),
         ("O:opp_recompense:0", "cadeaux, du fromage, un couteau, un truc sympa"),
         ("O:opp_format:0", "un apéro ambassadeurs à Lyon ce serait top")],
        # P08 en (UK)
        [("T:need_merci", "a personal thank-you from the affineur would mean more than points"),
         ("T:brake_temps", "time is the issue"),
         ("T:pref_avis", "reviews yes. long posts no"),
         ("O:opp_recompense:1", "discount, deffo"),
         ("N", "great session, thanks 👋")],
        # P09 fr (QC)
        [("T:need_producteurs", "rencontrer les artisans derrière, ça me ferait triper"),
         ("T:need_box_souple", "pouvoir choisir, j'aime pas les pâtes persillées"),
         ("O:opp_format:1", "en ligne, je suis à Montréal quand même 😅"),
         ("O:opp_recompense:0", "du fromage, pas de rabais"),
         None],
        # P10 fr
        [("T:need_savoir", "des mini formations pr parler des AOP sans se planter"),
         ("T:brake_temps", "trop de sollicitations = je decroche"),
         ("T:pref_panel", "goûter en avant-première et donner mon avis"),
         ("O:opp_recompense:1", "remise, c'est concret"),
         ("T:need_merci", "Ce qui me ferait vraiment plaisir, c'est un petit mot écrit à la main dans la box "
                          "pour les ambassadeurs, signé par quelqu'un de la cave. Les points et les badges "
                          "c'est sympa mais on les oublie, un mot personnel on le garde sur le frigo.")],
        # P11 en
        [("T:need_savoir", "learn the basics so I can talk about it at dinner parties"),
         ("T:brake_pub", "don't want friends thinking I'm on commission"),
         ("T:pref_parrainage", "refer friends, they get 1st box half price"),
         ("O:opp_recompense:0", "exclusive cheeses you can't buy"),
         ("O:opp_format:1", "online only for me, video calls are fine")],
        # P12 fr
        [("N", "jsp trop encore"),
         ("T:brake_pub", "pas contre mais pas de posts sponsorisés imposés"),
         ("T:pref_avis", "des photos sur insta, je le fais deja"),
         ("O:opp_recompense:1", "une reduc sur l'abo"),
         ("M:min_enfants", "des ateliers fromage pr les enfants, les miens adorent")],
        # P13 en
        [("T:need_producteurs", "farm visit. that's the dream"),
         ("T:brake_temps", "new baby, so not much bandwidth"),
         ("T:pref_panel", "voting on the monthly selection"),
         ("O:opp_recompense:1", "subscription discount makes more sense"),
         None],
        # P14 fr
        [("T:conv_qualite", "je suis conquise depuis la 1ere box, rien à redire"),
         ("T:brake_temps", "mon agenda 🙃"),
         ("T:pref_parrainage", "parrainage, j'ai deja fait abonner 3 collegues"),
         ("O:opp_recompense:0", "un fromage surprise hors box ce serait chouette"),
         None],
        # P15 fr
        [("T:need_merci", "de la reconnaissance, qu'on sache qui on est, pas juste un numero"),
         ("T:need_box_souple", "box trop grande pr moi seule, une mini version ?"),
         ("O:opp_format:0", "se voir en vrai, degustations sur place"),
         ("O:opp_recompense:1", "remise sur l'abonnement, sans hesiter"),
         ("N", "🧀🍷🥖")],
        # P16 en
        [("T:need_savoir", "tasting notes + pairing ideas I can share"),
         ("T:brake_langue", "if the workshops stay in French I'll struggle tbh"),
         ("T:pref_avis", "short reviews, maybe a reel"),
         ("O:opp_recompense:0", "cheese gifts pls"),
         None],
        # P17 fr
        [("T:need_producteurs", "aller voir les brebis et l'affinage, je reve de ça"),
         ("T:brake_pub", "si ça fait trop marketing, non"),
         ("T:pref_panel", "participer au choix des fromages, oui oui oui"),
         ("O:opp_recompense:0", "des produits, pas de remise"),
         ("T:conv_qualite", "comme d'autres l'ont dit, c'est le gout qui fait tout, on sent le travail")],
        # P18 fr
        [None,
         ("T:brake_temps", "pareil que ma voisine de table, horaires décalés donc dispo variable"),
         ("T:pref_parrainage", "parrainer, oui si la personne parrainée y gagne aussi"),
         ("O:opp_recompense:1", "réduction 👍"),
         ("M:min_asso", "que les points puissent etre donnés à une asso")],
        # P19 en
        [("T:need_merci", "feeling appreciated, even a handwritten card"),
         ("T:brake_pub", "not against it, but I won't spam my socials"),
         ("O:opp_format:1", "online events please, I'm in Edinburgh"),
         ("O:opp_recompense:1", "discount"),
         ("N", "is the cheese from the break for us to take home? 😂")],
        # P20 fr
        [("T:need_savoir", "apprendre les accords vins fromages"),
         ("T:need_box_souple", "pouvoir sauter un mois sans resilier"),
         ("T:pref_avis", "un avis apres chaque box, c'est rapide"),
         ("O:opp_recompense:0", "les fromages du mois en double 😋"),
         None],
        # P21 fr
        [("T:conv_qualite", "parce que c'est bon, tout simplement"),
         ("T:brake_temps", "boulot + enfants, peu de creneaux"),
         ("T:pref_panel", "tester des nouveautés avant les autres"),
         ("N", "jsp, les deux ?"),
         ("O:opp_format:0", "rencontres physiques, sinon ça reste virtuel et froid")],
        # P22 en
        [("T:need_producteurs", "meeting the people behind each cheese"),
         ("T:brake_temps", "don't ask me every week and we're good"),
         ("T:pref_parrainage", "refer mates with a code"),
         ("O:opp_recompense:0", "cheese over discount any day"),
         ("M:min_zero_dechet", "recyclable or returnable ice packs would be nice")],
        # P23 fr
        [("T:need_producteurs", "une journee a la ferme avec les producteurs"),
         ("T:brake_pub", "pas envie de jouer l'influenceuse"),
         None,
         ("O:opp_recompense:1", "remise, franchement"),
         ("M:min_enfants", "un atelier decouverte pr les ados pendant les vacances")],
        # P24 en
        [("T:conv_qualite", "best cheese I can get delivered here, no contest"),
         ("T:brake_langue", "everything is French first, English feels like an afterthought"),
         ("T:pref_avis", "trustpilot review, sure"),
         ("O:opp_recompense:1", "money off the box"),
         None],
        # P25 fr
        [("T:need_savoir", "savoir raconter l'histoire de chaque fromage"),
         ("T:brake_temps", "manque de temps, clairement"),
         ("T:pref_parrainage", "faire decouvrir a des amis, oui, si c pas lourd"),
         ("O:opp_recompense:0", "un plateau cadeau"),
         ("T:need_merci", "qu'on nous remercie en vrai, par le fromager, ça motive plus que des badges")],
        # P26 fr
        [("T:need_producteurs", "voir comment on retourne les meules à la cave"),
         ("T:need_box_souple", "choisir la taille de la box"),
         ("T:pref_panel", "un panel degustation, carrément"),
         ("O:opp_recompense:1", "une remise sur le renouvellement"),
         None],
        # P27 en
        [("T:need_savoir", "knowing enough to answer people's questions"),
         ("T:brake_langue", "Most of what you send is only in French, so I can't really forward it to my "
                            "English-speaking friends or post it as is. I'd share a lot more if the cheese "
                            "cards and the newsletter came in English too, even a rough translation."),
         ("O:opp_format:1", "virtual tastings would suit me better"),
         ("O:opp_recompense:0", "gifts! cheese, maybe a board"),
         None],
        # P28 fr
        [("T:conv_qualite", "des fromages qui ont du gout, ça change du super"),
         ("T:brake_pub", "pas pr faire le VRP"),
         ("T:pref_avis", "avis + photos de temps en temps"),
         ("O:opp_recompense:0", "des fromages bien sûr"),
         ("N", "qqn a vu mon chargeur ?")],
        # P29 fr
        [("T:need_producteurs", "les coulisses : les caves d'affinage, les gens"),
         ("T:brake_temps", "si c trop chronophage non"),
         ("T:pref_parrainage", "parrainer ma famille"),
         ("O:opp_recompense:1", "remise sur abonnement, ca m'aide vraiment"),
         None],
        # P30 en
        [("T:need_producteurs", "a trip to see the caves would be unreal"),
         ("T:brake_pub", "I'm no influencer and don't want to act like one"),
         ("T:pref_panel", "help pick the cheeses"),
         ("O:opp_recompense:1", "discount, I'm on a budget"),
         ("T:need_box_souple", "let us skip a month when travelling")],
        # P31 fr
        [("N", "euh bonne question 😅"),
         ("T:brake_temps", "le temps, toujours le temps"),
         ("T:pref_avis", "laisser un avis, pas plus"),
         ("O:opp_recompense:0", "un fromage d'exception pr les fetes"),
         None],
        # P32 fr
        [("T:conv_qualite", "on sent que c'est fait avec amour, je recommande deja partout"),
         None,
         ("T:pref_parrainage", "offrir une box decouverte a un ami"),
         ("O:opp_recompense:1", "une remise sur l'abo, simple et efficace"),
         ("O:opp_format:0", "pas contre la visio mais rien ne vaut une degustation en vrai")],
        # P33 en
        [("T:need_savoir", "understanding the difference between the aged ones"),
         ("T:brake_temps", "time. always."),
         ("T:pref_avis", "a review here and there"),
         ("O:opp_recompense:0", "cheese, obviously 😄"),
         None],
        # P34 fr
        [("T:need_producteurs", "rencontrer les producteurs, surtout ceux du lait cru"),
         ("T:brake_pub", "je veux rester naturelle, pas de texte tout fait"),
         ("T:pref_panel", "élire le fromage du mois, ça c'est fun"),
         ("O:opp_recompense:1", "plutot la remise"),
         ("N", "vive le reblochon 😂")],
        # P35 en
        [("T:conv_qualite", "quality is unreal, I tell everyone"),
         ("T:brake_temps", "work travel, so patchy availability"),
         ("T:pref_parrainage", "referral codes"),
         ("N", "haven't thought about it"),
         ("M:min_asso", "could we donate our rewards to a food bank?")],
        # P36 fr
        [("T:need_merci", "un geste perso, genre mon prénom sur la carte du mois 😊"),
         ("T:brake_temps", "dispo qu'en fin de mois"),
         ("T:pref_avis", "avis sur le site"),
         ("O:opp_recompense:0", "des cadeaux en fromage, des goodies"),
         None],
        # P37 en
        [("N", "here because my partner dragged me 😅"),
         ("T:brake_pub", "I'd feel awkward promoting to friends"),
         ("T:pref_panel", "join a tasting panel"),
         ("O:opp_recompense:0", "cheese rewards, discounts are boring"),
         ("O:opp_format:1", "zoom tastings are enough for me")],
        # P38 en
        [("T:need_savoir", "pairing ideas, beer too not just wine"),
         ("T:brake_langue", "translations would help a lot"),
         None,
         ("O:opp_recompense:1", "discount on renewal"),
         None],
    ],
}

SESSIONS = [X1, X2, X3]


def build(s):
    code = s["session"]
    answers = []
    themes = {k: [] for k in s["themes"]}
    opp = {k: [[], []] for k in s["oppositions"]}
    mins = {k: [] for k in s["minorities"]}
    noise = []
    for i, person in enumerate(s["people"], 1):
        assert len(person) == 5, (code, i)
        pid = "P%02d" % i
        for q, item in enumerate(person, 1):
            if item is None:
                continue
            label, text = item
            aid = "%s-%s-q%d" % (code, pid, q)
            answers.append({"id": aid, "participant": pid, "question": s["questions"][q - 1], "answer": text})
            if label == "N":
                noise.append(aid)
            elif label.startswith("T:"):
                themes[label[2:]].append(aid)
            elif label.startswith("O:"):
                _, key, side = label.split(":")
                opp[key][int(side)].append(aid)
            elif label.startswith("M:"):
                mins[label[2:]].append(aid)
            else:
                raise ValueError(label)
    truth = {
        "session": code,
        "lang": s["lang"],
        "client": CLIENT,
        "title": s["title"],
        "themes": [{"key": k, "kind": s["themes"][k][0], "description": s["themes"][k][1],
                    "answer_ids": themes[k]} for k in s["themes"]],
        "oppositions": [{"key": k, "description": s["oppositions"][k][0],
                         "sides": [{"label": s["oppositions"][k][1][j], "answer_ids": opp[k][j]} for j in (0, 1)]}
                        for k in s["oppositions"]],
        "minorities": [{"key": k, "description": s["minorities"][k], "answer_ids": mins[k]}
                       for k in s["minorities"]],
        "objective_support": {o: sup for o, sup in zip(s["objectives"], s["objective_support"])},
        "unsupported_objectives": [o for o, sup in zip(s["objectives"], s["objective_support"]) if not sup],
        "unserved_needs": [k for k in s["themes"] if s["themes"][k][0] == "need"
                           and not any(k in sup for sup in s["objective_support"])],
        "noise_answer_ids": noise,
        "note": s["note"],
    }
    return answers, truth


README_HEAD = (
    "> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 54) from DOMAIN.md, the issue and the "
    "format only, without reading the project's code, tests or other data sets. Do not tune anything on it.\n"
    ">\n"
    "\n"
)


def main():
    rows = []
    for s in SESSIONS:
        answers, truth = build(s)
        code = s["session"]
        with open(os.path.join(HERE, code + ".answers.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, code + ".objectives.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(s["objectives"]) + "\n")
        with open(os.path.join(HERE, code + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        rows.append((code, s["lang"], len(s["people"]), len(answers), s["title"]))
    lines = [README_HEAD.rstrip("\n") + "\n",
             "# synthesis_heldout27: phone-typed JE workshop answers for a cheese affineur's ambassador programme\n",
             "",
             "Planted-theme set for the on-the-spot synthesis (issue 18). Client: **%s**, which sells a monthly "
             "cheese box (« La Cave chez vous ») in France and abroad and wants its subscribers as ambassadors." % CLIENT,
             "",
             "Flavour: answers typed quickly on a phone during the workshop — mostly very short (3–10 words, SMS "
             "abbreviations such as « pr », « bcp », « tps », \"tbh\", missing accents, emoji), a few long ones; "
             "themes often stated through negation or concession (« pas contre mais… », « oui si… », "
             "\"not really, unless…\"), and participants agreeing with an earlier answer in their own words "
             "rather than repeating it.",
             "",
             "| code | language | participants | answers |",
             "|---|---|---|---|"]
    for code, lang, n, na, _ in rows:
        lines.append("| %s | %s | %d | %d |" % (code, lang, n, na))
    lines.append("| **total** | | %d | %d |" % (sum(r[2] for r in rows), sum(r[3] for r in rows)))
    lines += ["",
              "Files per session X: `X.answers.jsonl` (one answer per line: id, participant, question, answer), "
              "`X.objectives.txt` (5 NOUS objectives, one per line), `X.truth.json` (planted themes, oppositions, "
              "minorities of exactly 2 participants, objective support, unsupported objectives, unserved needs, "
              "noise; every answer id labelled exactly once). Skipped questions simply have no line.",
              "",
              "`python3 gen.py` rewrites the data files deterministically; `python3 validate.py` checks the format "
              "rules and prints `OK`.",
              ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
