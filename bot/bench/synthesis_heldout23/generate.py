#!/usr/bin/env python3
"""Generate the synthesis_heldout23 blind set (standard library only, deterministic).

Client: La Pelote Bleue, an artisanal hand-dyed yarn company (Annecy) -- fictitious.
Three JE workshops: ANN (French, 12 participants), WEB (English, 24), SAL (mixed, 38).

Every answer text below is written by hand and belongs to exactly one owner
(theme, opposition side, minority or noise). Participants are assigned to texts
per question and per language with a seeded random shuffle; participants left
without a text for a question simply skipped it (no line).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "La Pelote Bleue"


def T(kind, key, desc, fr=(), en=()):
    return {"type": "theme", "kind": kind, "key": key, "description": desc,
            "fr": list(fr), "en": list(en)}


def O(key, desc, a_label, a_fr, a_en, b_label, b_fr, b_en):
    return {"type": "opposition", "key": key, "description": desc,
            "sides": [{"label": a_label, "fr": list(a_fr), "en": list(a_en)},
                      {"label": b_label, "fr": list(b_fr), "en": list(b_en)}]}


def M(key, desc, fr=(), en=()):
    return {"type": "minority", "key": key, "description": desc, "fr": list(fr), "en": list(en)}


def N(fr=(), en=()):
    return {"type": "noise", "fr": list(fr), "en": list(en)}


# ---------------------------------------------------------------- ANN (French)
ANN = {
    "session": "ANN", "lang": "fr", "n": 12, "en_participants": [],
    "title": "Atelier JE — boutique d'Annecy, clientes fidèles (mars)",
    "questions": [
        "Qu'est-ce qui vous donnerait envie de devenir ambassadrice ou ambassadeur de La Pelote Bleue ?",
        "Qu'est-ce qui pourrait vous freiner ou vous retenir ?",
        "Concrètement, comment aimeriez-vous contribuer au programme ?",
        "Combien de temps pourriez-vous y consacrer, et à quel rythme ?",
        "Qu'attendez-vous en retour ?",
    ],
    "objectives": [
        ("Faire connaître nos laines teintes à la main au-delà de la région d'Annecy", ["partager_passion"]),
        ("Développer le bouche-à-oreille et les parrainages de nouvelles clientes", ["partager_passion", "soutenir_artisan"]),
        ("Animer une communauté d'entraide autour de nos patrons et de nos kits", ["aide_debutants"]),
        ("Fidéliser les abonnées du Club Pelote (box mensuelle)", ["avant_premieres_coloris"]),
        ("Obtenir davantage d'avis clients publiés sur Google et Etsy", []),
    ],
    "groups": {
        1: [
            T("need", "partager_passion", "Partager sa passion du tricot, montrer ses ouvrages et donner envie aux autres", fr=[
                "Montrer mes tricots ! j'en fais tellement et personne autour de moi ne s'y intéresse vraiment 😅",
                "l'envie de partager ce que j'aime, le tricot c'est toute ma vie depuis 20 ans",
                "Transmettre ma passion, donner envie à d'autres de s'y mettre avec de la belle laine",
                "j'adore parler tricot, si en plus ça sert à qqch...",
            ]),
            T("need", "soutenir_artisan", "Soutenir une petite entreprise artisanale et locale", fr=[
                "Soutenir une petite entreprise d'ici plutôt que les grandes enseignes",
                "Vous êtes une artisane locale et je veux que ça marche pour vous, tout simplement",
                "aider une teinturerie indépendante à survivre face à Amazon & co",
            ]),
            M("acces_coulisses", "Voir les coulisses de l'atelier de teinture", fr=[
                "Voir l'envers du décor : comment vous teignez, les cuves, les ratés...",
                "Découvrir l'atelier de teinture de l'intérieur, ça me fascine",
            ]),
            N(fr=["je sais pas trop encore, je découvre le programme", "bonne question 🤔"]),
        ],
        2: [
            T("brake", "manque_temps", "Manque de temps (travail, enfants, horaires)", fr=[
                "le temps !! entre le boulot et les enfants c'est compliqué",
                "Je travaille de nuit à l'hôpital, mes horaires sont imprévisibles",
                "Peur de ne pas tenir la distance, j'ai déjà un agenda surchargé",
                "mon emploi du temps, clairement",
            ]),
            T("brake", "peur_commercial", "Peur de devoir vendre, de faire de la pub auprès de ses proches", fr=[
                "Je ne veux pas devenir une VRP et harceler mes copines pour qu'elles achètent",
                "l'impression de faire de la pub, de vendre, ça me met mal à l'aise",
                "Si on me demande des objectifs de ventes je m'en vais direct",
            ]),
            M("timidite_video", "Refus de se filmer / timidité devant la caméra", fr=[
                "Me filmer, jamais de la vie. Je suis trop timide devant une caméra",
                "s'il faut faire des vidéos ou des lives, sans moi 🙈",
            ]),
            N(fr=["-"]),
        ],
        3: [
            O("reseaux_vs_irl", "Contribuer sur les réseaux sociaux ou en présentiel",
              "Sur les réseaux sociaux", [
                  "Poster mes projets sur Instagram en taguant la marque",
                  "faire des stories quand je tricote vos laines, j'ai une petite communauté sur insta",
                  "Publier des photos sur Pinterest et Instagram, c'est là que je suis active",
              ], [],
              "En vrai, en boutique ou en atelier", [
                  "Plutôt en vrai : venir au tricot-thé de la boutique le samedi, discuter avec les clientes",
                  "les réseaux c'est pas mon truc, je préfère en face à face, dans les ateliers",
                  "Être là physiquement, aux soirées tricot ou sur un marché, pas derrière un écran",
              ], []),
            T("preference", "aide_debutants", "Aider les débutantes, répondre aux questions des nouvelles", fr=[
                "Aider les débutantes qui galèrent avec leurs premières mailles",
                "Répondre aux questions des nouvelles sur le forum / groupe, genre comment lire un diagramme",
                "dépanner celles qui bloquent sur un patron, j'ai de la patience pour ça",
            ]),
            N(fr=["pass"]),
        ],
        4: [
            T("convergence", "rythme_mensuel_leger", "Un rythme léger, environ une fois ou quelques heures par mois", fr=[
                "une fois par mois ça me paraît raisonnable",
                "Quelques heures par mois, pas plus",
                "Mensuel. Au-delà je vais décrocher je me connais",
                "environ 2h/mois, voire un peu moins certains mois",
            ]),
            O("calendrier_fixe_vs_flexible", "Besoin d'un calendrier fixé à l'avance ou participation au feeling",
              "Un calendrier fixé à l'avance", [
                  "J'ai besoin de savoir longtemps à l'avance, un planning trimestriel ce serait top",
                  "Des dates fixes, genre le premier samedi du mois, sinon j'oublie",
                  "que ce soit planifié bien en amont pour que je m'organise",
              ], [],
              "Au feeling, sans planning", [
                  "Au feeling, quand j'ai un moment, sans contrainte de date",
                  "pas de calendrier svp, je participe quand l'envie me prend",
                  "Je préfère qu'on me sollicite ponctuellement et que je dise oui ou non selon ma semaine",
              ], []),
            N(fr=["aucune idée"]),
        ],
        5: [
            T("need", "avant_premieres_coloris", "Accès en avant-première aux nouveaux coloris et éditions limitées", fr=[
                "Découvrir les nouveaux coloris avant tout le monde !",
                "un accès en avant-première aux éditions limitées, elles partent en 10 minutes sur le site 😭",
                "pouvoir réserver les teintures exclusives avant la mise en ligne",
                "Être dans la confidence des prochaines collections",
            ]),
            T("need", "apprendre_techniques", "Apprendre de nouvelles techniques (cours, masterclass)", fr=[
                "Apprendre de nouvelles techniques, le brioche par exemple, avec une pro",
                "des masterclass avec des créatrices de patrons",
                "progresser : des cours pour le jacquard, que je n'ose pas attaquer seule",
            ]),
            M("reduction_abonnement", "Réduction sur l'abonnement à la box mensuelle", fr=[
                "Une réduction sur l'abonnement au Club Pelote",
                "la box mensuelle moins chère, même un peu",
            ]),
            N(fr=["je verrai bien", "euh… je passe"]),
        ],
    },
}

# ---------------------------------------------------------------- WEB (English)
WEB = {
    "session": "WEB", "lang": "en", "n": 24, "en_participants": "all",
    "title": "JE workshop — online, international customers (video call, April)",
    "questions": [
        "What would make you want to become a Pelote Bleue ambassador?",
        "What might hold you back?",
        "How would you like to contribute, in practice?",
        "How much time could you give, and how often?",
        "What would you hope to get in return?",
    ],
    "objectives": [
        ("Make our hand-dyed yarns known to knitters in the UK, Ireland and the Nordic countries", ["love_of_colours", "support_small_maker"]),
        ("Get more finished projects made with our yarns shown on Ravelry and Instagram", ["ravelry_project_pages", "featured_on_brand"]),
        ("Have new bases and patterns tested by experienced knitters before release", ["test_before_release", "test_knitting"]),
        ("Build an English-speaking online community around the yarn club", ["community_belonging"]),
        ("Generate introductions to independent yarn shops for our wholesale offer", []),
    ],
    "groups": {
        1: [
            T("need", "love_of_colours", "Love of the colourways, wanting to show them off", en=[
                "Honestly the colours. Nobody else dyes speckles like you do",
                "I'm obsessed with the Lac d'Annecy colourway and want everyone to see it in real life",
                "your semisolids are the most beautiful yarn I've ever knit with, I want to show them off",
                "The colourways!! I get stopped in the street when I wear my Bleu Glacier shawl",
                "love love love the palette, I'd happily spread the word about it",
            ]),
            T("need", "community_belonging", "Belonging to a community of knitters, making knitting friends", en=[
                "Being part of a community of knitters, I'm quite isolated where I live (rural Wales)",
                "to feel like I belong to something, make knitting friends abroad",
                "Connecting with other makers who love the same yarn",
                "A sense of community. My local knit group folded during covid and I miss it",
                "meeting people online who get why I own 40 skeins I haven't used lol",
            ]),
            T("need", "support_small_maker", "Supporting an independent small maker", en=[
                "I like supporting independent dyers instead of big brands",
                "small businesses need help and word of mouth is the best thing I can give",
                "You're a one-woman studio and I want you to still be around in ten years",
                "Backing indie makers matters to me, it's where my money goes anyway",
            ]),
            T("need", "test_before_release", "Trying new yarn bases before release", en=[
                "Getting to try new bases before they're released",
                "first dibs on testing new yarns, I love being a guinea pig 🐹",
                "the chance to knit with prototype yarns and say what I think",
                "Sampling upcoming bases early, before they go on sale",
            ]),
            T("need", "practise_french", "Practising French with the team", en=[
                "It'd be a fun way to practise my French with the team tbh",
                "I'm learning French and chatting with a French company would help me keep it up",
                "a chance to finally use my school French 😂",
            ]),
            N(en=["not sure yet", "hmm, ask me again after the session?", "Do you ship to Canada now?"]),
        ],
        2: [
            T("brake", "shipping_costs_customs", "International shipping costs and customs fees", en=[
                "Post-Brexit customs fees. I can't recommend a shop when my friends get a £15 surprise charge",
                "shipping costs to Norway are brutal, hard to sell that to anyone",
                "The import duties, honestly. Last parcel sat at customs for 3 weeks",
                "Postage. It costs almost as much as the yarn to get it to Ireland",
                "international delivery fees make it a tough sell",
            ]),
            T("brake", "time_kids_work", "Lack of time (work, children, care, studies)", en=[
                "Time. Two kids under five and a full-time job",
                "I work shifts so I can't promise much",
                "I'm doing a PhD, my free time basically doesn't exist",
                "not enough hours in the day, I'm caring for my mum",
                "busy busy busy, work eats everything",
            ]),
            T("brake", "not_influencer", "Feeling too small / not an influencer to be useful", en=[
                "I only have like 200 followers, not sure I'm the kind of person you want",
                "I'm not an influencer and don't want to become one",
                "Feeling like I'm not 'big' enough online to be useful",
                "my Instagram is private and tiny, does that even count?",
            ]),
            M("language_barrier", "Content and patterns only in French", en=[
                "Everything on your site and newsletter is in French, I'd struggle to share it",
                "the language - I don't speak French and your patterns aren't translated",
            ]),
            N(en=["n/a", "idk", "can I answer this one later"]),
        ],
        3: [
            O("video_vs_written", "Making video content versus writing only, no camera",
              "Video content", [], [
                  "I'd love to make reels or short videos of my WIPs",
                  "Video tutorials! I already do a little YouTube podcast",
                  "Happy to film unboxings and colour comparisons",
                  "TikToks of the yarn in different lights, that's what sells colour",
              ],
              "Writing, no camera", [], [
                  "Written reviews only please, I hate being on camera",
                  "I'd rather write - blog posts, detailed yarn notes, no videos",
                  "Text is my thing. Proper reviews with yardage, wash tests, pilling etc.",
                  "I could write project notes and reviews but please don't ask me to film myself",
              ]),
            T("preference", "test_knitting", "Test knitting patterns and giving feedback", en=[
                "Test knitting patterns before they come out",
                "I'm a tech editor by day, I could test knit and catch pattern errors",
                "Sign me up as a test knitter, I'm fast and thorough",
                "testing new designs in different sizes, I knit the larger sizes which often get skipped",
                "I'd be up for pattern testing and giving honest feedback",
            ]),
            T("preference", "ravelry_project_pages", "Linking the yarn on Ravelry project pages", en=[
                "Link your yarn on all my Ravelry projects with proper photos",
                "Keep my Ravelry project pages up to date with your yarn tagged",
                "post finished objects on Ravelry so people searching the yarn find them",
                "I log everything on Rav anyway, I can make sure the yarn is linked",
            ]),
            M("host_local_knit_night", "Hosting a local knit night / meetup", en=[
                "Host a knit night at my local pub with your yarn on the table",
                "run a little meetup in my town and bring samples",
            ]),
            N(en=["whatever helps", "?"]),
        ],
        4: [
            T("convergence", "few_hours_month", "A few hours a month at most", en=[
                "A couple of hours a month max",
                "maybe 2-3 hrs per month",
                "Realistically an evening a month",
                "around two hours monthly, not more",
                "A few hours every month would be doable",
                "monthly-ish, a small slot",
            ]),
            O("regular_vs_bursts", "Small regular weekly slots versus occasional intensive bursts",
              "Small and steady, every week", [], [
                  "A little bit every week, like 30 min on a Sunday",
                  "I work best with a steady routine, a tiny slot weekly",
                  "regular and small - 20 minutes most weeks",
                  "Weekly check-ins suit me, short ones",
              ],
              "Occasional bursts", [], [
                  "In bursts. Nothing for two months then a whole weekend",
                  "I'm a binge person, I'd rather do a big push around a launch and then disappear for a bit",
                  "seasonal: loads in winter, nothing in summer",
                  "occasionally, intensely, when a project grabs me",
              ]),
            T("convergence", "timezone_async", "Asynchronous only, no live calls because of time zones", en=[
                "Anything async - I'm in Vancouver, live calls at French times won't work",
                "no live meetings please, the time difference kills me",
                "Whatever I can do on my own schedule, not scheduled calls",
                "As long as it's not live video calls at 9am your time, I'm in Melbourne",
            ]),
            M("health_flareups", "Availability depends on a chronic illness", en=[
                "Depends on my health, I have ME/CFS so some months I can't do anything",
                "It varies with my chronic pain flare-ups, hard to commit to a fixed amount",
            ]),
            N(en=["dunno", "depends"]),
        ],
        5: [
            T("need", "yarn_discount_shipping", "Discounts on yarn or cheaper/free shipping", en=[
                "Discount on yarn, obviously 😄",
                "free international shipping would be a dream",
                "A percentage off my orders",
                "cheaper postage or a shipping allowance",
                "A discount code I can use (and maybe share)",
                "money off yarn, that's the honest answer",
            ]),
            T("need", "meet_dyer", "Meeting / talking with the dyer, studio tour", en=[
                "A video call with Maud to see the dye studio",
                "meet the dyer! I'd love to ask how she gets those speckles",
                "behind the scenes chats with the people who make the yarn",
                "to actually talk with the dyer once in a while",
                "a studio tour, even virtual",
            ]),
            T("need", "featured_on_brand", "Being featured on the brand's channels", en=[
                "Getting my projects featured on your Instagram",
                "a shoutout in the newsletter now and then",
                "Being reposted by the brand, it'd be nice to be seen",
                "my FOs on your website gallery with credit",
            ]),
            M("name_a_colourway", "Having a colourway named after them", en=[
                "Having a colourway named after me (a girl can dream)",
                "to name a colourway! that would be so cool",
            ]),
            N(en=["haven't thought about it", "skip", "no idea tbh"]),
        ],
    },
}

# ---------------------------------------------------------------- SAL (mixed)
SAL = {
    "session": "SAL", "lang": "mixed", "n": 38,
    "en_participants": ["P05", "P11", "P14", "P19", "P23", "P28", "P31", "P36"],
    "title": "Atelier JE — stand du festival « Laine en fête » (mai), session bilingue",
    "questions": [
        "Qu'est-ce qui vous donnerait envie de devenir ambassadeur·rice ? / What would make you want to become an ambassador?",
        "Qu'est-ce qui pourrait vous freiner ? / What might hold you back?",
        "Comment aimeriez-vous contribuer ? / How would you like to contribute?",
        "Combien de temps, à quel rythme ? / How much time, and how often?",
        "Qu'attendez-vous en retour ? / What do you expect in return?",
    ],
    "objectives": [
        ("Recueillir des témoignages vidéo de clientes pour le site et les réseaux", []),
        ("Faire connaître notre démarche de laine locale, tracée et teinte à la main", ["laine_locale_ethique", "photos_projets"]),
        ("Initier de nouvelles personnes au tricot grâce à des ateliers animés par des ambassadrices", ["partager_savoir", "ateliers_debutants"]),
        ("Co-créer les coloris de la prochaine collection avec la communauté", ["cocreation_coloris"]),
        ("Fidéliser les clientes et faire vivre une communauté entre elles", ["lien_social", "rencontres_evenements", "remises_laine", "acces_nouveautes"]),
    ],
    "groups": {
        1: [
            T("need", "partager_savoir", "Transmettre son savoir-faire, enseigner", fr=[
                "Transmettre ce que je sais, j'ai appris avec ma grand-mère et je veux que ça continue",
                "apprendre aux autres, c'est ce qui me rend heureuse dans le tricot",
                "Partager mes astuces (j'en ai plein !) avec celles qui commencent",
                "je donne déjà des cours bénévoles au centre social, autant le faire avec vous",
                "faire découvrir le crochet aux jeunes, y a une vraie demande",
                "Le plaisir d'enseigner. J'ai été institutrice 35 ans 😉",
            ], en=[
                "Passing on what I know - teaching is the best part of knitting for me",
            ]),
            T("need", "laine_locale_ethique", "Valeurs : laine locale, tracée, éthique", fr=[
                "Vos laines viennent de moutons de Savoie, c'est ça qui me parle",
                "l'éthique : pas de mulesing, laine tracée, teintures propres",
                "Défendre la filière laine française, on jette des tonnes de toison chaque année c'est un scandale",
                "Parce que c'est local et transparent, on sait d'où vient le fil",
                "des valeurs qui me ressemblent : local, artisanal, respectueux des bêtes",
            ], en=[
                "Your wool is traceable and mulesing-free, that matters a lot to me",
                "supporting local sheep farming instead of imported superwash",
            ]),
            T("need", "lien_social", "Rencontrer du monde, créer du lien, sortir de l'isolement", fr=[
                "Rencontrer du monde ! depuis que je suis à la retraite je me sens un peu seule",
                "Me faire des copines tricoteuses dans la région",
                "le côté convivial, se retrouver, papoter en tricotant",
                "Sortir de chez moi et voir d'autres passionnées",
                "créer des liens, on est nombreuses à tricoter chacune dans notre coin",
            ], en=[
                "Meeting people - I moved here from Manchester last year and don't know many folks yet",
            ]),
            O("cadeaux_vs_benevolat", "Motivé·e par les avantages matériels ou refus de toute contrepartie",
              "Pour les avantages / cadeaux", [
                  "Soyons honnêtes, la laine gratuite 😁",
                  "les avantages, des pelotes offertes, des réductions",
                  "si y a des cadeaux à la clé je suis partante",
              ], [
                  "Free yarn, I'm not going to pretend otherwise",
              ],
              "Sans contrepartie, par conviction", [
                  "Je ne veux surtout rien en échange, sinon ça devient du commerce",
                  "par conviction, pas pour des récompenses, je tiens à rester libre de ce que je dis",
                  "Aucune contrepartie nécessaire, je le fais par amitié pour la boutique",
              ], [
                  "I don't want perks - the moment I'm paid in yarn my recommendations mean less",
              ]),
            M("projet_pro", "Se faire connaître pour un projet professionnel de créatrice", fr=[
                "Je lance ma petite activité de créatrice de patrons, ça me ferait connaître",
                "me faire un nom comme designeuse, j'espère en vivre un jour",
            ]),
            N(fr=["je sais pas", "Aucune idée pour l'instant", "ça dépend de ce que vous proposez",
                  "vous serez au salon de Lyon en mars ?", "..."],
              en=["pass for now"]),
        ],
        2: [
            T("brake", "manque_temps", "Manque de temps", fr=[
                "le manque de temps, je bosse à plein temps + 3 gosses",
                "Mon agenda. Je suis déjà bénévole dans deux assos",
                "pas assez de temps libre, clairement",
                "Je fais les marchés tout l'été, je n'ai plus une minute",
                "j'ai peur de ne pas trouver le temps et de décevoir",
                "Le temps, toujours le temps…",
            ], en=[
                "Lack of time, I commute two hours a day",
                "time is the issue, I have a newborn",
            ]),
            T("brake", "pas_legitime", "Ne pas se sentir légitime / pas assez douée", fr=[
                "Je ne suis pas assez douée, je tricote depuis un an seulement",
                "j'ai pas le niveau pour conseiller les autres",
                "Le syndrome de l'imposteur, il y a des tricoteuses bien meilleures que moi",
                "Je rate encore mes diminutions, qui voudrait suivre mes conseils ? 😅",
                "pas sûre d'être légitime, je ne fais que des écharpes",
            ], en=[
                "I'm still a beginner, I'd feel like a fraud recommending stuff",
            ]),
            T("brake", "pression_vente", "Peur d'une pression commerciale, d'objectifs de vente", fr=[
                "Qu'on me mette la pression pour vendre",
                "je ne veux pas de quotas ni de chiffre à atteindre",
                "Devenir commerciale malgré moi, non merci",
                "peur que ça ressemble à de la vente pyramidale, style réunions Tupperware",
            ], en=[
                "Being pushed to sell to my friends, I hate that",
                "if there are sales targets I'm out",
            ]),
            T("brake", "prix_laine", "Le prix élevé de la laine, difficile à recommander", fr=[
                "Vos laines sont chères, difficile de les conseiller à tout le monde",
                "le prix : 18 € l'écheveau, mes copines étudiantes ne peuvent pas suivre",
                "c'est un budget, je ne peux pas recommander ça à n'importe qui",
                "Trop cher pour des débutantes qui ne savent pas encore si elles vont accrocher",
            ], en=[
                "The price point - lovely yarn but not something I can push on everyone",
            ]),
            M("donnees_perso", "Inquiétude sur l'usage des données personnelles et des photos", fr=[
                "Ce que vous ferez de mes photos et de mes données, j'aimerais que ce soit clair",
            ], en=[
                "I'd want to know how my personal data and photos would be used",
            ]),
            T("brake", "distance_boutique", "Habiter loin de la boutique d'Annecy", fr=[
                "J'habite à Grenoble, loin de la boutique",
                "la distance, je suis dans le Jura et je ne viens à Annecy que deux fois par an",
                "Je suis à Lyon, venir jusqu'à Annecy c'est une expédition",
            ]),
            N(fr=["rien ne me vient", "idem que ma voisine", "je passe", "bof",
                  "vous faites des cours de crochet aussi ?", "x"]),
        ],
        3: [
            O("salons_vs_en_ligne", "Contribuer sur les salons et marchés ou uniquement en ligne",
              "Sur les salons et marchés", [
                  "Tenir le stand avec vous sur les salons, j'adore ce genre d'ambiance",
                  "Venir aux marchés de créateurs pour montrer les laines en vrai",
                  "Sur les salons : faire toucher la laine, c'est comme ça qu'on convainc",
                  "être présente aux fêtes de la laine l'été, Felletin etc.",
              ], [
                  "Helping out on your stand at yarn festivals, I love the buzz",
              ],
              "Uniquement en ligne", [
                  "Seulement en ligne, je ne me déplace pas",
                  "Plutôt sur internet, les salons c'est trop de monde pour moi",
                  "à distance uniquement : groupes Facebook, forums",
              ], [
                  "Online only please, crowds and stands are not for me",
              ]),
            T("preference", "ateliers_debutants", "Animer des ateliers / cours pour débutant·es", fr=[
                "Animer des ateliers pour débutantes à la boutique",
                "un tricot-café mensuel pour apprendre les bases",
                "Je pourrais donner des cours d'initiation, surtout pour le crochet",
                "accompagner les nouvelles sur leur premier pull, en petit groupe",
                "Faire des ateliers 'premières mailles' pour les ados",
                "initier les débutants le samedi matin, j'ai l'habitude",
            ], en=[
                "Run beginner classes - cast on, knit, purl, the whole thing",
            ]),
            T("preference", "photos_projets", "Partager des photos de ses projets terminés", fr=[
                "Poster mes réalisations en photo avec le nom de la laine",
                "prendre de jolies photos de mes pulls finis et les partager",
                "Partager mes projets terminés sur Insta et Ravelry",
                "des photos de mes ouvrages portés, dehors, avec la montagne derrière 🏔️",
                "montrer mes tricots finis, c'est ce que je fais de mieux",
            ], en=[
                "Post photos of my finished knits tagged with your yarn",
                "sharing my FOs online, nice pics with the yarn credited",
            ]),
            T("preference", "cocreation_coloris", "Co-créer les coloris : proposer, voter, donner son avis", fr=[
                "Proposer des idées de coloris, j'en ai plein inspirées du lac",
                "voter pour les prochaines teintes, participer au choix",
                "Imaginer une couleur avec vous, ce serait un rêve",
                "Donner mon avis sur les essais de teinture avant qu'ils sortent",
                "co-créer une collection inspirée des saisons en Savoie",
            ], en=[
                "Suggest colourway ideas and vote on new shades",
            ]),
            M("traduction_patrons", "Traduire les patrons FR/EN", fr=[
                "Traduire vos patrons en anglais, je suis traductrice",
            ], en=[
                "I could translate your patterns from French to English",
            ]),
            N(fr=["on verra", "Je ne sais pas encore", "pareil que la question d'avant", "euh",
                  "n'importe quoi qui vous aide !"]),
        ],
        4: [
            T("convergence", "une_fois_par_mois", "Environ une fois / quelques heures par mois", fr=[
                "Une fois par mois",
                "un samedi par mois maxi",
                "mensuellement, ça me va",
                "Deux-trois heures chaque mois",
                "une demi-journée par mois je pense",
                "pas plus d'une fois par mois sinon ça me pèsera",
                "Un rendez-vous mensuel, c'est bien",
            ], en=[
                "Once a month",
                "a few hours a month, no more",
            ]),
            T("convergence", "sans_engagement", "Sans engagement, participer quand on peut", fr=[
                  "Sans engagement surtout !",
                  "je veux rester libre, participer quand je peux",
                  "Pas d'obligation, au coup par coup",
                  "à la carte, je ne veux rien signer",
              ], en=[
                  "No commitment, I'll join in when I can",
              ]),
            T("convergence", "hiver_plus_dispo", "Plus disponible en automne / hiver", fr=[
                "Plus en hiver, l'été je jardine",
                "de novembre à mars je suis beaucoup plus disponible",
                "L'hiver c'est la saison du tricot, je serai plus présente",
                "quand il fait froid, j'ai plus de temps pour ça",
            ], en=[
                "More in autumn and winter, summers are busy",
            ]),
            T("convergence", "soir_weekend", "Seulement le soir ou le week-end", fr=[
                "Le soir après 20h ou le week-end",
                "uniquement les week-ends",
                "en soirée, en semaine je travaille",
                "samedi ou dimanche, jamais en semaine",
            ]),
            T("convergence", "beaucoup_de_temps", "Beaucoup de temps disponible (retraite, enfants grands)", fr=[
                "Je suis retraitée, j'ai tout mon temps !",
                "beaucoup, je ne travaille plus depuis l'an dernier",
                "j'ai du temps à revendre, mes enfants sont grands",
            ]),
            N(fr=["ça dépend", "je sais pas encore, faut voir", "??"],
              en=["not sure", "hard to say"]),
        ],
        5: [
            T("need", "remises_laine", "Réductions, bons d'achat, laine offerte", fr=[
                "Des réductions sur la laine",
                "une remise permanente, même 10 %",
                "quelques pelotes offertes de temps en temps",
                "des bons d'achat pour la boutique",
                "La laine moins chère, c'est le nerf de la guerre 😂",
                "un code promo",
            ], en=[
                "Discounts on yarn",
                "some free skeins now and then",
            ]),
            T("need", "acces_nouveautes", "Accès anticipé aux nouveaux coloris et séries limitées", fr=[
                "Avoir les nouveaux coloris en avant-première",
                "être prévenue avant la sortie des éditions limitées",
                "Un accès anticipé aux nouveautés",
                "découvrir les collections avant tout le monde",
                "pouvoir acheter les séries limitées avant qu'elles soient épuisées",
                "Les exclus ! premières servies sur les nouvelles teintes",
            ], en=[
                "Early access to new colourways",
            ]),
            T("need", "rencontres_evenements", "Événements et rencontres réservés aux ambassadrices", fr=[
                "Être invitée à des événements réservés aux ambassadrices",
                "une soirée annuelle entre ambassadrices, à l'atelier",
                "Visiter l'atelier et la ferme des moutons",
                "des rencontres, des sorties, un pique-nique tricot",
                "participer à des moments privilégiés, genre une journée tonte",
            ], en=[
                "Invitations to ambassador-only meetups",
            ]),
            T("need", "formation_technique", "Se former, progresser techniquement", fr=[
                "Me perfectionner : cours de jacquard, de torsades",
                "des formations pour progresser techniquement",
                "Un stage avec une designer connue",
                "apprendre la teinture moi-même, en atelier",
            ], en=[
                "Workshops to improve my technique, steeks especially",
            ]),
            M("don_asso", "Reverser les avantages à une association", fr=[
                "Que les avantages soient reversés à une asso, je tricote pour les prémas",
                "plutôt un don à une association caritative qu'un cadeau pour moi",
            ]),
            N(fr=["on en reparle", "Pas réfléchi à ça", "heu je sais pas", "je reviens vers vous"],
              en=["no clue"]),
        ],
    },
}

SESSIONS = [ANN, WEB, SAL]

NOTES = {
    "ANN": "apprendre_techniques is the ambassadors' own wish to learn; no objective serves it. "
           "The reviews objective (Google/Etsy) is supported by no answer.",
    "WEB": "yarn_discount_shipping, meet_dyer and practise_french are benefits wanted by ambassadors that no objective serves; "
           "shipping_costs_customs is a brake, not a need. The wholesale-introductions objective is supported by no answer.",
    "SAL": "formation_technique (ambassadors improving their own skills) is NOT the objective of initiating newcomers "
           "(that objective is served by partager_savoir/ateliers_debutants); no objective serves it. "
           "The video-testimonial objective is supported by no answer. Side 'Sur les salons' is an opposition side, not a theme. "
           "The two time themes sans_engagement (q4) and une_fois_par_mois are distinct: no frequency vs a monthly frequency.",
}


def plang(sess, p):
    if sess["en_participants"] == "all":
        return "en"
    return "en" if p in sess["en_participants"] else "fr"


def build(sess):
    code = sess["session"]
    parts = ["P%02d" % i for i in range(1, sess["n"] + 1)]
    answers = []
    themes, opps, mins, noise = [], [], [], []
    for qi, qtext in enumerate(sess["questions"], start=1):
        slots = []  # (lang, text, owner_ref)
        for g in sess["groups"][qi]:
            if g["type"] == "opposition":
                rec = {"key": g["key"], "description": g["description"], "sides": []}
                opps.append(rec)
                for s in g["sides"]:
                    side = {"label": s["label"], "answer_ids": []}
                    rec["sides"].append(side)
                    for lang in ("fr", "en"):
                        for t in s[lang]:
                            slots.append((lang, t, side["answer_ids"]))
            else:
                if g["type"] == "theme":
                    rec = {"key": g["key"], "kind": g["kind"], "description": g["description"], "answer_ids": []}
                    themes.append(rec)
                    target = rec["answer_ids"]
                elif g["type"] == "minority":
                    rec = {"key": g["key"], "description": g["description"], "answer_ids": []}
                    mins.append(rec)
                    target = rec["answer_ids"]
                else:
                    target = noise
                for lang in ("fr", "en"):
                    for t in g[lang]:
                        slots.append((lang, t, target))
        for lang in ("fr", "en"):
            pool = [p for p in parts if plang(sess, p) == lang]
            mine = [s for s in slots if s[0] == lang]
            if len(mine) > len(pool):
                sys.exit("%s q%d %s: %d texts for %d participants" % (code, qi, lang, len(mine), len(pool)))
            rng = random.Random("%s-q%d-%s-heldout23" % (code, qi, lang))
            order = pool[:]
            rng.shuffle(order)
            for p, (_, text, target) in zip(order, mine):
                aid = "%s-%s-q%d" % (code, p, qi)
                answers.append({"id": aid, "participant": p, "question": qtext, "answer": text})
                target.append(aid)
    answers.sort(key=lambda a: (a["participant"], int(a["id"].rsplit("q", 1)[1])))
    for lst in [t["answer_ids"] for t in themes] + [m["answer_ids"] for m in mins] + \
            [s["answer_ids"] for o in opps for s in o["sides"]] + [noise]:
        lst.sort()
    answered = {a["participant"] for a in answers}
    missing = [p for p in parts if p not in answered]
    if missing:
        sys.exit("%s: participants with no answer: %s" % (code, missing))
    support = {o: keys for o, keys in sess["objectives"]}
    supported = {k for keys in support.values() for k in keys}
    truth = {
        "session": code, "lang": sess["lang"], "client": CLIENT, "title": sess["title"],
        "themes": themes, "oppositions": opps, "minorities": mins,
        "objective_support": support,
        "unsupported_objectives": [o for o, keys in sess["objectives"] if not keys],
        "unserved_needs": [t["key"] for t in themes if t["kind"] == "need" and t["key"] not in supported],
        "noise_answer_ids": sorted(noise),
        "note": NOTES[code],
    }
    return answers, truth


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 50) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")


def main(out=HERE):
    rows = []
    for sess in SESSIONS:
        answers, truth = build(sess)
        code = sess["session"]
        write(os.path.join(out, code + ".answers.jsonl"),
              "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers))
        write(os.path.join(out, code + ".objectives.txt"),
              "".join(o + "\n" for o, _ in sess["objectives"]))
        write(os.path.join(out, code + ".truth.json"),
              json.dumps(truth, ensure_ascii=False, indent=1) + "\n")
        nq = len(sess["questions"])
        rows.append("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            code, sess["lang"], sess["n"], nq, len(answers), sess["n"] * nq - len(answers),
            len(truth["themes"]), len(truth["oppositions"]), len(truth["minorities"]),
            len(truth["noise_answer_ids"])))
    readme = [
        LINE1, "",
        "# synthesis_heldout23 — JE workshop answers with planted truth (issue 18)", "",
        "## Client", "",
        "**La Pelote Bleue** (fictitious) is a small artisanal yarn dyer in Annecy: hand-dyed wool from "
        "Savoie sheep, a shop with a Saturday knitting café, an online shop shipping to the UK, Ireland, "
        "the Nordics and further, and a monthly yarn-club box (\"Club Pelote\"). Its ambassador program "
        "invites loyal knitters and crocheters to share projects, help beginners, test patterns and "
        "co-create colourways. Three JE workshops were held: in the Annecy shop (French), online with "
        "international customers (English) and on a festival stand (bilingual).", "",
        "## Sessions", "",
        "| session | lang | participants | questions | answers | skips | themes | oppositions | minorities | noise |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ] + rows + [
        "",
        "## Files", "",
        "- `X.answers.jsonl` — one answer per line `{\"id\",\"participant\",\"question\",\"answer\"}`, "
        "sorted by participant then question; a skipped question has no line.",
        "- `X.objectives.txt` — the program's 5 NOUS objectives, one per line.",
        "- `X.truth.json` — planted themes, oppositions, minorities, objective support, unsupported "
        "objectives, unserved needs, noise ids, plus a free-text `note` on odd cases.",
        "- `generate.py` — writes everything above (standard library, deterministic); `validate.py` — checks "
        "the rules and determinism, prints `OK`.",
        "",
        "## Conventions", "",
        "- Ids `X-Pnn-qk`; question k is the k-th question of the session (5 per session).",
        "- Every answer id has exactly one owner: a theme, one side of an opposition, a minority, or noise.",
        "- Themes: ≥3 distinct participants, one answer each, one question. Minorities: exactly 2 participants. "
        "Opposition sides answer the same question, ≥2 participants per side.",
        "- Theme kinds: `need` (motivations and expected benefits), `brake`, `preference` (ways to contribute), "
        "`convergence` (time / rhythm).",
        "- `objective_support` lists, for every objective line, the theme keys that support it (`[]` when none); "
        "`unserved_needs` are `need` themes that no objective lists.",
        "- Noise = non-answers (\"je sais pas\", \"pass\", \"-\", \"idem que ma voisine\") and off-topic questions "
        "to the shop.",
        "- SAL: English-speaking participants are " + ", ".join(SAL["en_participants"]) +
        "; everyone else answers in French; each person uses one language only. Question texts are \"FR / EN\".",
        "- Answer texts are hand-written, never repeated, with typos, emoji and asides; participants are "
        "assigned to texts by a seeded shuffle.",
        "",
    ]
    write(os.path.join(out, "README.md"), "\n".join(readme))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
