#!/usr/bin/env python3
"""Deterministic generator for the synthesis_heldout20 planted-theme set.

Fictional client: Pépinières Lambrechts, a family plant nursery (production
greenhouses, two garden centres, a trade counter for landscapers and a webshop)
running an ambassador programme called "Les Greffons".

Python stdlib only. Run:  python3 generate.py   (writes next to this file)
"""
import json
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Pépinières Lambrechts"

# ---------------------------------------------------------------- helpers

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


LEADIN = {
    "fr": ["pareil que les autres : ", "+1, ", "moi aussi, ", "je rejoins ce qui a été dit, ",
           "idem, ", "comme P. l'a dit, "],
    "en": ["same here, ", "+1 — ", "agree with the others, ", "me too, ", "ditto, "],
}
EMOJI = [" 🙂", " 🌱", " 😅", " 👍", " 🌿", " !!", " :)"]


def roughen(text, lang, rng):
    """Chat/form register: some answers lose accents, capitals, or gain an emoji."""
    r = rng.random()
    if lang == "fr" and r < 0.15:
        text = strip_accents(text)
    elif r < 0.25:
        text = text[0].lower() + text[1:]
    if rng.random() < 0.08 and not any(e.strip() in text for e in EMOJI):
        text = text.rstrip(".") + rng.choice(EMOJI)
    return text

# ---------------------------------------------------------------- session GRF (French, 12 participants)

GRF = {
    "code": "GRF", "lang": "fr", "n": 12,
    "title": "Atelier JE n°1 — clients de la jardinerie d'Angers et paysagistes",
    "questions": [
        "Qu'est-ce qui vous donnerait envie de devenir ambassadeur·rice des Pépinières Lambrechts ?",
        "Qu'est-ce qui pourrait vous freiner ou vous décourager ?",
        "Parmi ces contributions (témoignage écrit, vidéo, avis en ligne, visite de votre jardin, aide sur le forum…), lesquelles seriez-vous prêt·e à faire ?",
        "Qu'est-ce qui vous ferait le plus plaisir en retour ?",
        "Un dernier mot ?",
    ],
    "objectives": [
        ("Transmettre le savoir-faire de nos producteurs à nos clients les plus fidèles", ["need_savoir"]),
        ("Créer une communauté d'entraide en ligne entre jardiniers amateurs et paysagistes", ["pref_forum"]),
        ("Augmenter le nombre d'avis publiés sur nos deux jardineries", []),
        ("Mettre en valeur les réalisations de nos clients paysagistes sur nos réseaux", ["need_reco"]),
        ("Faire tester nos nouvelles variétés avant leur entrée au catalogue", ["pref_nouveautes"]),
    ],
    "plan": [
        # q1
        [
            ("theme", "need_savoir", "need", "Apprendre auprès des producteurs : taille, greffe, bouturage, visites des serres", 5, [
                "Apprendre ! Les gars de la production savent des trucs qu'on trouve dans aucun bouquin, la greffe des fruitiers par exemple.",
                "Pouvoir visiter les serres de multiplication et comprendre comment vous faites vos boutures",
                "me perfectionner en taille, j'ai un verger de 40 arbres et je tâtonne depuis des années",
                "Progresser. Je suis paysagiste depuis 3 ans, j'ai encore beaucoup de lacunes sur les vivaces de mi-ombre et vos chefs de culture sont une mine d'or.",
                "des formations pratiques avec vos pépiniéristes, genre une matinée greffage en février",
            ]),
            ("theme", "need_reco", "need", "Gagner en visibilité pour son entreprise de paysage ou son jardin", 3, [
                "Que mon entreprise soit un peu plus connue dans le coin, honnêtement. On est 2 salariés, la pub on n'a pas les moyens.",
                "Voir nos chantiers mis en avant sur votre page, ça ferait une belle vitrine pour nous",
                "Etre cité quand un client cherche un paysagiste dans le secteur de Saumur",
            ]),
            ("theme", "need_convivialite", "need", "Rencontrer d'autres passionnés dans des moments conviviaux", 3, [
                "rencontrer d'autres fous de plantes, on se sent un peu seul dans son jardin parfois 😄",
                "Des moments sympas entre clients, un apéro au milieu des rosiers, ce genre de choses",
                "Echanger avec des gens qui ont la même passion que moi, autour d'un café ou d'une bourse aux graines.",
            ]),
            ("noise", None, None, None, 1, ["bonne question 😅"]),
        ],
        # q2
        [
            ("theme", "brake_saison", "brake", "Manque de temps, surtout en pleine saison (printemps)", 6, [
                "Le temps. D'avril à juin je suis sur les chantiers 6 jours sur 7.",
                "au printemps impossible, je n'ai pas une minute",
                "Mon agenda… entre le boulot et les enfants c'est déjà serré",
                "La saison ! Si vous me sollicitez en mai je ne répondrai pas, autant le dire tout de suite",
                "pas dispo le week-end de mars à juin, c'est là que tout se joue au jardin",
                "Je suis déjà débordée, je ne veux pas d'une charge de plus",
            ]),
            ("theme", "brake_pub", "brake", "Peur de servir de support publicitaire, de perdre sa sincérité", 3, [
                "Devenir un panneau publicitaire. Si je recommande c'est parce que j'y crois, pas parce qu'on me le demande",
                "j'ai peur que ça fasse commercial, les gens sentent tout de suite quand c'est téléguidé",
                "Qu'on me demande de réciter un texte tout fait. Mes clients me font confiance, je ne veux pas la griller.",
            ]),
            ("noise", None, None, None, 2, ["rien de spécial", "je sais pas trop"]),
            ("skip", None, None, None, 1, None),
        ],
        # q3
        [
            ("side", "opp_video", "pour", "Prêt·e à être filmé·e", 3, [
                "Une vidéo dans mon jardin, avec plaisir ! Les hortensias sont superbes en juillet",
                "je veux bien être filmé sur un chantier terminé, ça parle plus qu'un long texte",
                "Vidéo ok, j'ai l'habitude, je fais déjà des stories pour ma boîte",
            ]),
            ("side", "opp_video", "contre", "Refuse d'être filmé·e", 3, [
                "Pas devant une caméra, je suis incapable d'aligner deux phrases quand on me filme",
                "vidéo non merci. Ecrit à la rigueur",
                "Tout sauf être filmée, je suis trop timide pour ça",
            ]),
            ("theme", "pref_forum", "preference", "Aider les autres membres en répondant à leurs questions en ligne", 4, [
                "Répondre aux questions des débutants sur le forum, ça j'aime bien",
                "Donner des coups de main aux autres membres quand ils ont un souci de maladie sur leurs plantes",
                "Aider les gens en ligne, conseiller sur les arrosages, les expositions…",
                "je passe déjà mes soirées sur des groupes facebook de jardinage à dépanner des inconnus, autant le faire chez vous",
            ]),
            ("minority", "min_jardin_ouvert", None, "Ouvrir son propre jardin à la visite des autres membres", 2, [
                "Ouvrir mon jardin un dimanche pour que les autres membres viennent le voir",
                "je peux accueillir une visite chez moi, j'ai une collection d'érables du Japon qui vaut le détour",
            ]),
        ],
        # q4
        [
            ("side", "opp_remise", "remise", "Veut une remise sur ses commandes", 3, [
                "Une remise sur mes commandes pro, clairement. 10 % sur l'année ça change tout pour une petite entreprise",
                "du concret : des réductions sur mes achats",
                "Un bon d'achat ou un pourcentage sur les commandes, c'est ce qui me motive",
            ]),
            ("side", "opp_remise", "sans_argent", "Refuse toute contrepartie financière", 3, [
                "Surtout pas d'argent ni de réduction, sinon ma recommandation n'a plus de valeur",
                "Je préfère qu'il n'y ait rien de financier. Je fais ça par plaisir.",
                "pas de remise, ça me gênerait vis-à-vis de mes clients : ils penseraient que je suis payé pour vous conseiller",
            ]),
            ("theme", "pref_nouveautes", "preference", "Accès en avant-première aux nouvelles variétés", 4, [
                "Découvrir les nouvelles variétés avant tout le monde 😍",
                "Tester des obtentions pas encore au catalogue",
                "avoir en primeur les plantes inédites, même en godet, je m'en occupe",
                "Etre parmi les premiers à essayer vos nouveautés, par exemple la nouvelle gamme de sauges",
            ]),
            ("noise", None, None, None, 1, ["Tout me va"]),
            ("skip", None, None, None, 1, None),
        ],
        # q5
        [
            ("minority", "min_godets", None, "Reprise des pots et godets plastique", 2, [
                "Ce serait bien que vous repreniez les pots plastique, j'en ai un garage plein",
                "Pensez à un système de consigne pour les godets, on en jette des centaines sur les chantiers",
            ]),
            ("noise", None, None, None, 6, [
                "Merci à Sandrine et à Joël pour l'accueil, les viennoiseries étaient top",
                "merci !",
                "Vous avez encore des pivoines arbustives ? Je n'en ai pas trouvé samedi",
                "RAS",
                "C'est Brigitte Lemaire, de l'allée des Tilleuls, si vous voulez me recontacter",
                "Bonne journée à tous",
            ]),
            ("skip", None, None, None, 4, None),
        ],
    ],
    "oppositions": {
        "opp_video": "Témoignage vidéo : volontaire pour être filmé·e vs refus de la caméra",
        "opp_remise": "Contrepartie : remise sur les commandes vs refus de toute contrepartie financière",
    },
}

# ---------------------------------------------------------------- session RTS (English, 24 participants)

RTS = {
    "code": "RTS", "lang": "en", "n": 24,
    "title": "JE workshop — UK trade customers and English-speaking gardeners (online)",
    "questions": [
        "What would make you want to become a Lambrechts ambassador?",
        "What might hold you back or put you off?",
        "Which contributions would you be up for (written or video testimonial, online review, social posts, events, introductions…)?",
        "How often would you be happy to be asked for something? (monthly / quarterly / only when I offer / other)",
        "Anything else you'd like us to know?",
    ],
    "objectives": [
        ("Share our growers' know-how with our most loyal customers", ["need_expertise"]),
        ("Increase the number of online reviews of our nurseries and webshop", ["pref_reviews"]),
        ("Grow attendance at our open days and trade show stands", ["pref_events"]),
        ("Showcase our landscaper customers' projects on our channels", ["need_showcase"]),
        ("Recruit new trade customers through ambassador introductions", []),
    ],
    "plan": [
        # q1
        [
            ("theme", "need_expertise", "need", "Learning from the growers: propagation, pruning, nursery tours", 7, [
                "Picking the growers' brains. Your propagation team clearly knows things I don't.",
                "A proper behind-the-scenes tour of the growing fields would be amazing",
                "to learn! esp. grafting and how you overwinter the tender stuff",
                "Getting better at what I do. Ten years in landscaping and I still get caught out by soil pH.",
                "masterclasses with your head grower, even online would do",
                "I'd love to understand how the plants are raised before they reach my clients' gardens",
                "Knowledge. Simple as that",
            ]),
            ("theme", "need_showcase", "need", "Visibility for one's landscaping business or garden", 5, [
                "Exposure for my business tbh — we're a two-man outfit in Kent",
                "Having our finished gardens featured on your Instagram would be a great shop window",
                "getting my name out there",
                "If my projects appear on your website with a credit, that's worth more to me than any freebie",
                "Some publicity for the design studio, we're new and nobody knows us yet",
            ]),
            ("theme", "need_trade_intro", "need", "Wants the nursery to pass client leads to them", 4, [
                "Honestly, leads. If someone asks you for a landscaper in Surrey, send them my way",
                "A referral list on your site where customers can find trusted installers",
                "that you'd recommend us to homeowners who buy from you but need a hand planting",
                "Work coming in. You get loads of enquiries from people who want a garden done, pass some on!",
            ]),
            ("minority", "min_access", None, "Accessible gardening for people with disabilities", 2, [
                "I garden from a wheelchair. I'd like to help make your advice more useful for people like me",
                "My husband has MS and we've adapted the whole garden with raised beds — happy to share what works for accessible gardening",
            ]),
            ("noise", None, None, None, 3, ["not sure yet", "Interesting question!", "Is the webinar being recorded?"]),
            ("skip", None, None, None, 3, None),
        ],
        # q2
        [
            ("theme", "brake_time", "brake", "Lack of time, especially in the busy season", 8, [
                "Time. March to June I barely see my family",
                "busy season = no chance",
                "I've got three jobs on the go and a toddler, so… bandwidth",
                "Spring is mental for us, anything then will just get ignored, sorry",
                "I'm already stretched thin",
                "Not having enough hours in the day, same as everyone",
                "If it eats into my weekends I'll drop out",
                "capacity. We're flat out from Easter until the end of summer",
            ]),
            ("theme", "brake_shipping", "brake", "Post-Brexit shipping: plant passports, customs delays, damaged deliveries", 5, [
                "Shipping to the UK since Brexit has been a nightmare. Hard to rave about you when my order sat at Dover for a week",
                "the phytosanitary paperwork. Last two orders were held at customs",
                "Delivery times. Plants arriving half dead after 9 days in a lorry isn't something I can promote",
                "Import costs have gone up so much I'm not sure I can keep ordering",
                "plant passports & border checks, it's just so slow now",
            ]),
            ("theme", "brake_salesy", "brake", "Not wanting to feel like a salesperson or lose credibility", 5, [
                "Feeling like I'm being used as free advertising",
                "I don't want to turn into a sales rep. My clients trust my judgement, not yours",
                "if it starts feeling scripted I'm out",
                "Being asked to push products. I'd rather just say what I actually think",
                "Cringe marketing stuff. Hashtag campaigns etc.",
            ]),
            ("noise", None, None, None, 4, ["nothing really", "n/a", "idk", "Can't think of anything!"]),
            ("skip", None, None, None, 2, None),
        ],
        # q3
        [
            ("side", "opp_social", "happy_to_post", "Happy to post about the nursery on social media", 4, [
                "Happy to post on Instagram, I do garden reels anyway",
                "Social posts yes! Tag me and I'll share",
                "I'll happily put your plants on my TikTok, 12k followers and growing",
                "sharing on Facebook and LinkedIn is easy for me",
            ]),
            ("side", "opp_social", "no_posting", "Will not post on social media / keeps garden private", 4, [
                "I'm not on any of that. Don't do Facebook or Insta",
                "Please no social media, our garden is our private space and I'd like it to stay that way",
                "I deleted all my accounts last year and I'm not going back",
                "posting online isn't for me",
            ]),
            ("theme", "pref_reviews", "preference", "Writing online reviews (Google, Trustpilot)", 6, [
                "A Google review, easy",
                "I can leave a write-up on Trustpilot after each order",
                "reviews yes, I always rate suppliers anyway",
                "Happy to rate you on Google Maps for the trade counter",
                "Online feedback on the webshop product pages, when something performs well",
                "a few stars and a couple of lines online, no problem",
            ]),
            ("theme", "pref_events", "preference", "Coming to events, open days, show stands", 5, [
                "Coming to an open day, I love a nursery visit",
                "I could help on your stand at the RHS show",
                "events! meeting people face to face is what I'm good at",
                "I'd attend a trade evening and bring a couple of colleagues",
                "Count me in for the autumn plant fair",
            ]),
            ("noise", None, None, None, 2, ["depends", "whatever helps"]),
            ("skip", None, None, None, 3, None),
        ],
        # q4
        [
            ("side", "opp_frequency", "ask_regularly", "Happy to be asked regularly, even monthly", 5, [
                "Monthly is fine, keep me busy!",
                "ask away, every few weeks is ok",
                "Once a month works, I like having something concrete to do",
                "As often as you like really, if I can't I'll just say no",
                "monthly. More than that and I'd lose track",
            ]),
            ("side", "opp_frequency", "only_when_i_offer", "Only when they volunteer; don't chase", 5, [
                "Only when I offer. Please don't chase me",
                "I'd rather come to you when I have something, not the other way round",
                "Don't ask — I'll volunteer when I've got the time",
                "only when I put my hand up",
                "I hate reminders. Let me pick what I want from a list and leave it at that",
            ]),
            ("theme", "pref_quarterly", "preference", "Asked about once a quarter / per season", 7, [
                "Quarterly",
                "every 3 months or so",
                "once a season seems about right",
                "A few times a year, not more",
                "Quarterly would be ideal, and never in spring",
                "4 times a year max",
                "every couple of months at most",
            ]),
            ("noise", None, None, None, 4, ["?", "other", "no idea", "See my previous answer"]),
            ("skip", None, None, None, 3, None),
        ],
        # q5
        [
            ("theme", "need_english", "need", "Wants programme materials in English, not only French", 4, [
                "Please send the newsletter in English too, Google Translate mangles the plant names",
                "Most of the community chat is in French which makes it hard to join in",
                "An English version of the ambassador guide would help a lot",
                "I'd take part more if the webinars weren't only in French",
            ]),
            ("minority", "min_peatfree", None, "Wants a peat-free compost commitment", 2, [
                "Go peat-free! I can't recommend a nursery that still sells peat compost",
                "Would love to see a firm date for dropping peat from your growing media",
            ]),
            ("noise", None, None, None, 7, [
                "Thanks Emma for running this, great session",
                "nope",
                "Is the Acer 'Bloodgood' back in stock?",
                "Cheers all",
                "Ask Dave Pritchard at the Bristol depot, he'll vouch for me lol",
                "Sorry I had to drop off early",
                "thank you",
            ]),
            ("skip", None, None, None, 11, None),
        ],
    ],
    "oppositions": {
        "opp_social": "Social media posts: happy to post vs will not post / keeps garden private",
        "opp_frequency": "Frequency of asks: ask regularly vs only when they volunteer",
    },
}

# ---------------------------------------------------------------- session BOU (mixed, 38 participants)

BOU = {
    "code": "BOU", "lang": "mixed", "n": 38, "n_en": 15,
    "title": "Atelier JE hybride — salon du végétal de Nantes, clients français et britanniques",
    "questions": [
        "Pourquoi rejoindre le programme Les Greffons ? / Why join the Les Greffons programme?",
        "Qu'est-ce qui vous freine ? / What holds you back?",
        "Combien d'heures par mois pourriez-vous y consacrer ? / How many hours a month could you give?",
        "Quelles contributions aimeriez-vous faire ? / Which contributions would you like to make?",
        "Qu'attendez-vous en retour ? / What would you like in return?",
        "Un dernier mot ? / Anything else?",
    ],
    "objectives": [
        ("Transmettre le savoir-faire de nos producteurs aux clients ambassadeurs", ["need_savoir"]),
        ("Promouvoir la plantation de haies et la biodiversité locale", ["need_impact"]),
        ("Associer les ambassadeurs au choix des nouvelles variétés", ["pref_cocreation"]),
        ("Développer la visibilité de la marque sur Instagram et Facebook", ["pref_photos"]),
        ("Générer des contacts commerciaux auprès des collectivités", []),
    ],
    "plan": [
        # q1
        [
            ("theme", "need_savoir", "need", "Apprendre des producteurs / learn from the growers", 12, {
                "fr": [
                    "Pour apprendre, tout simplement. Vos chefs de culture en savent dix fois plus que moi",
                    "me former à la greffe et au bouturage",
                    "Comprendre comment vous produisez, visiter les serres, poser mes questions aux pépiniéristes",
                    "progresser en taille des fruitiers, je massacre mes poiriers chaque hiver",
                    "Les ateliers techniques ! J'ai adoré celui sur la multiplication des vivaces l'an dernier",
                    "Acquérir des compétences que je pourrai réutiliser sur mes chantiers",
                    "monter en connaissances sur les plantes adaptées à la sécheresse",
                    "Découvrir les coulisses de la production",
                ],
                "en": [
                    "To learn from your growers, they know so much",
                    "I want to get better at propagation",
                    "the technical workshops, pruning especially",
                    "Understanding how you raise your stock, from seed to pot",
                    "Skills. I'm a career changer and still learning the trade",
                ],
            }),
            ("theme", "need_community", "need", "Rencontrer d'autres passionnés / meet like-minded people", 9, {
                "fr": [
                    "Rencontrer des gens qui partagent ma passion",
                    "faire partie d'une bande de mordus de plantes 🌿",
                    "Sortir un peu de mon isolement, je jardine seule depuis la retraite",
                    "des échanges entre passionnés, des trocs de boutures, des sorties",
                    "Me faire des copains jardiniers dans la région",
                    "Le côté club, se retrouver entre amoureux du végétal",
                    "l'ambiance, la convivialité, voir du monde",
                    "Partager des moments avec d'autres jardiniers du coin",
                ],
                "en": [
                    "Meeting fellow plant nerds!",
                    "To be part of a group of people who get as excited about hellebores as I do",
                    "Making friends over here, I moved to France two years ago and don't know many people",
                    "the social side. Swapping cuttings, visits, chats",
                ],
            }),
            ("theme", "need_impact", "need", "Agir pour la biodiversité, les haies, la nature locale", 8, {
                "fr": [
                    "Faire planter des haies champêtres partout, pour les oiseaux et les insectes",
                    "Agir pour la biodiversité à mon échelle",
                    "contribuer à remettre de la nature dans les lotissements",
                    "Aider à recréer des refuges pour la faune, mares, haies, prairies fleuries",
                    "Que les gens arrêtent les thuyas et replantent des essences locales !",
                ],
                "en": [
                    "Doing something good for wildlife",
                    "Helping more people plant native hedgerows",
                    "to make a difference for pollinators — bees are having a terrible time",
                    "Rewilding a bit of suburbia, one garden at a time",
                    "more native trees and fewer leylandii!",
                ],
            }),
            ("minority", "min_apprentis", None, "Transmettre aux apprentis / mentoring young landscapers", 2, {
                "fr": [
                    "Je forme des apprentis paysagistes, j'aimerais qu'ils puissent profiter du programme aussi",
                    "Accompagner les jeunes qui démarrent dans le métier, les parrainer en quelque sorte",
                ],
                "en": [
                    "I mentor apprentices at our firm, it'd be great to bring them along",
                    "Helping youngsters starting out in horticulture",
                ],
            }),
            ("noise", None, None, None, 4, None),
            ("skip", None, None, None, 3, None),
        ],
        # q2
        [
            ("theme", "brake_time", "brake", "Manque de temps / lack of time", 12, {
                "fr": [
                    "Le temps, comme tout le monde",
                    "je suis déjà surbookée",
                    "Pas le temps au printemps, c'est la pleine saison pour nous",
                    "Mon emploi du temps de dingue",
                    "les journées ne font que 24h…",
                    "Trop de boulot en ce moment",
                    "ma dispo est très limitée avec les chantiers",
                    "Si ça devient une contrainte je lâcherai",
                ],
                "en": [
                    "Time, always time",
                    "I'm flat out most of the year",
                    "Busy with work and kids",
                    "spring is impossible for me",
                    "not enough hours in the day",
                ],
            }),
            ("theme", "brake_distance", "brake", "Éloignement géographique des événements / distance from events", 7, {
                "fr": [
                    "J'habite à 2h30 d'Angers, vos événements sont toujours là-bas",
                    "la distance, je suis en Vendée",
                    "Tout se passe en Anjou, pour nous en Bretagne c'est loin",
                    "Trop loin de la pépinière pour venir aux ateliers",
                    "les déplacements, je n'ai plus de voiture",
                    "Vous êtes à l'autre bout du département pour moi",
                    "c'est loin de chez moi, 150 km aller",
                ],
                "en": [
                    "Distance — I'm in Dordogne, it's a long drive to your site",
                    "We live in Yorkshire, so in-person events are out",
                    "Travel. Everything seems to happen near Angers",
                ],
            }),
            ("theme", "brake_digital", "brake", "Malaise avec les outils numériques (Discord, appli) / not at ease with digital tools", 6, {
                "fr": [
                    "Discord je ne connais pas du tout, j'ai peur d'être perdu",
                    "Je ne suis pas à l'aise avec les applis",
                    "l'informatique et moi ça fait deux",
                    "Encore une application à installer… j'en ai marre",
                    "Je n'ai qu'un vieux téléphone, pas sûr que ça marche",
                ],
                "en": [
                    "Discord looks like something for teenagers gamers, I wouldn't know where to start",
                    "I'm not very techy",
                    "yet another app to install, no thanks",
                ],
            }),
            ("noise", None, None, None, 6, None),
            ("skip", None, None, None, 7, None),
        ],
        # q3 (scale)
        [
            ("theme", "pref_peu", "preference", "Une à deux heures par mois maximum / one or two hours a month at most", 14, {
                "fr": [
                    "1h", "2h max", "une heure ou deux", "pas plus de deux heures",
                    "1 à 2 h", "deux heures je pense", "1h30 peut-être", "max 2h/mois",
                    "une petite heure", "allez, 2 heures",
                ],
                "en": [
                    "1-2 hrs", "an hour or two", "2 max", "Maybe 90 minutes", "two hours tops", "one",
                ],
            }),
            ("theme", "pref_hiver", "preference", "Plus disponible en hiver, rien au printemps / more in winter, nothing in spring", 10, {
                "fr": [
                    "Ça dépend de la saison : 5-6 h en hiver, zéro au printemps",
                    "plutôt l'hiver, de novembre à février j'ai du temps",
                    "En morte-saison pas mal, en mars-avril rien du tout",
                    "4h en décembre-janvier, sinon quasiment pas",
                    "Beaucoup plus entre la Toussaint et février",
                    "hiver oui, été bof, printemps non",
                    "l'hiver je m'ennuie, alors là oui, mais pas en pleine saison",
                ],
                "en": [
                    "Winter months: plenty. March to June: none",
                    "depends on the season, quiet months maybe 4-5h",
                    "More in the off season, basically Nov-Feb",
                    "lots from november, nothing once the planting rush starts",
                ],
            }),
            ("noise", None, None, None, 4, None),
            ("skip", None, None, None, 10, None),
        ],
        # q4
        [
            ("side", "opp_parrainage", "recommande", "Prêt·e à présenter des proches ou clients / happy to introduce prospects", 5, {
                "fr": [
                    "Je parle de vous à tous mes voisins de toute façon, autant que ça compte",
                    "Présenter des clients à la pépinière, sans souci",
                    "je peux amener des amis aux portes ouvertes, plusieurs m'ont déjà demandé où j'achète",
                ],
                "en": [
                    "Introducing friends, sure — half my street already buys from you because of me",
                    "Happy to pass on your details to my clients",
                ],
            }),
            ("side", "opp_parrainage", "refuse", "Refuse de démarcher son entourage / won't recruit friends or clients", 5, {
                "fr": [
                    "Je ne vais pas démarcher mes amis, ce n'est pas mon rôle",
                    "Mélanger amitié et commerce, très peu pour moi",
                    "le parrainage non, j'aurais l'impression de vendre mes proches",
                ],
                "en": [
                    "I'm not going to sell to my friends. That's a line for me",
                    "no referrals please, it feels like a pyramid scheme",
                ],
            }),
            ("theme", "pref_photos", "preference", "Partager des photos de plantes et de jardins / share photos of plants and gardens", 9, {
                "fr": [
                    "Poster des photos de mes massifs au fil des saisons",
                    "des avant/après de mes chantiers",
                    "Partager mes clichés sur Insta en vous taguant",
                    "Un petit journal du jardin en images, une fois par mois",
                    "Prendre en photo vos plantes une fois installées chez moi, pour montrer ce que ça donne",
                    "montrer mes réalisations en images",
                ],
                "en": [
                    "Photos of my borders through the year",
                    "Posting pictures of how your plants settle in",
                    "before and after shots of client gardens",
                    "a monthly snap of the garden for your feed",
                ],
            }),
            ("theme", "pref_cocreation", "preference", "Donner son avis sur les nouvelles variétés, co-construire le catalogue / help choose varieties", 7, {
                "fr": [
                    "Tester des variétés en avant-première et dire ce que j'en pense",
                    "participer au choix des plantes du catalogue",
                    "Donner mon avis sur les nouveautés avant leur sortie",
                    "Faire partie d'un panel de testeurs pour les obtentions",
                    "Co-construire la gamme de vivaces sèches avec vous",
                ],
                "en": [
                    "Trialling new cultivars in my garden and reporting back",
                    "being on a panel that helps pick next year's range",
                    "Giving feedback on new introductions before launch",
                ],
            }),
            ("minority", "min_enfants", None, "Animer des ateliers avec des enfants à l'école / gardening workshops with children", 2, {
                "fr": [
                    "Animer un atelier plantation à l'école de mon village",
                    "faire jardiner les enfants du centre de loisirs, je le fais déjà bénévolement",
                ],
                "en": [
                    "Running a planting session at my kids' school",
                    "Gardening club with the local primary — I already volunteer there",
                ],
            }),
            ("noise", None, None, None, 4, None),
            ("skip", None, None, None, 6, None),
        ],
        # q5
        [
            ("side", "opp_classement", "aime_classement", "Aime les points et le classement / likes points and leaderboards", 4, {
                "fr": [
                    "Un classement des ambassadeurs, ça me motiverait à fond 😄",
                    "les points et les badges, j'adore ce genre de jeu",
                    "Voir où j'en suis par rapport aux autres, un tableau des scores",
                ],
                "en": [
                    "A leaderboard! I'm competitive",
                    "points and levels, it's fun to climb",
                    "Badges! I'm a sucker for collecting things",
                ],
            }),
            ("side", "opp_classement", "contre_classement", "Rejette classement et compétition / dislikes rankings", 5, {
                "fr": [
                    "Pas de classement entre nous, on n'est pas à l'école",
                    "la compétition gâcherait l'ambiance",
                    "Surtout pas de tableau des meilleurs, ça met les gens en concurrence",
                ],
                "en": [
                    "Please no rankings, it turns a hobby into a contest",
                    "I don't want to be compared with anyone",
                    "keep it friendly, not a league table",
                ],
            }),
            ("theme", "pref_plants_gift", "preference", "Recevoir des plantes en cadeau / plants as gifts", 9, {
                "fr": [
                    "Des plantes bien sûr !",
                    "un arbuste offert de temps en temps",
                    "Quelques boutures de raretés",
                    "Des végétaux, c'est ce qui fait le plus plaisir",
                    "un colis de vivaces au printemps",
                    "recevoir un rosier ancien 😍",
                ],
                "en": [
                    "Free plants, obviously",
                    "the odd rare shrub as a thank-you",
                    "a box of perennials each spring",
                    "cuttings of unusual stuff you don't sell yet",
                ],
            }),
            ("theme", "pref_discount", "preference", "Des réductions sur les achats / discounts on orders", 7, {
                "fr": [
                    "Une remise sur mes commandes",
                    "des réductions à la jardinerie",
                    "un code promo pour le site",
                    "-15% sur les achats pro ce serait top",
                    "Des bons d'achat",
                    "Des prix d'ami sur la pépinière",
                    "un petit pourcentage sur mes achats de l'année",
                ],
                "en": [
                    "A discount on orders",
                    "money off at the trade counter",
                    "vouchers for the webshop",
                ],
            }),
            ("noise", None, None, None, 5, None),
            ("skip", None, None, None, 8, None),
        ],
        # q6
        [
            ("theme", "need_feedback_loop", "need", "Savoir ce que deviennent ses retours / know what happens to their feedback", 5, {
                "fr": [
                    "Dites-nous ce que vous faites de nos idées, sinon on arrête d'en donner",
                    "J'aimerais un retour sur les suggestions qu'on fait, même pour dire non",
                    "que nos remarques ne finissent pas dans un tiroir",
                ],
                "en": [
                    "Please tell us what happened with the suggestions from last year",
                    "Close the loop — if we give input, show us what changed",
                ],
            }),
            ("minority", "min_pesticides", None, "Transparence sur les traitements phytosanitaires / pesticide transparency", 2, {
                "fr": [
                    "Indiquez sur les étiquettes quels traitements ont été appliqués en production",
                    "Je voudrais la garantie que vos plants ne sont pas traités aux néonicotinoïdes",
                ],
                "en": [
                    "Label which pesticides were used on each plant please",
                    "I need to know your stock is neonic-free before I recommend it",
                ],
            }),
            ("noise", None, None, None, 8, None),
            ("skip", None, None, None, 23, None),
        ],
    ],
    "noise": {
        "fr": [
            "je sais pas", "Merci pour l'organisation !", "bonne question", "?", "RAS",
            "Vous vendez encore le Cornus 'Midwinter Fire' ?", "le café était froid mdr",
            "Merci Kevin du comptoir pro, toujours au top", "pas d'avis", "👍",
            "je viens d'arriver, j'ai raté le début", "Bonne fin de salon à tous",
            "Signé Gérard Moulin, rosiériste amateur à Doué, pour ceux qui me connaissent",
            "c'est quand la prochaine bourse aux plantes ?", "aucune idée", "idem que la question d'avant",
            "euh", "Mon fils m'a aidé à remplir le formulaire 😅", "ok",
        ],
        "en": [
            "not sure", "Thanks for organising!", "good question", "n/a", "no idea",
            "Is the stand open tomorrow as well?", "Lovely to meet everyone",
            "Say hi to Margaret from the Canterbury garden club, she told me about this", "pass",
            "sorry my French isn't great", "Cheers", "hmm",
        ],
    },
    "oppositions": {
        "opp_parrainage": "Présentation de prospects : prêt·e à recommander son entourage vs refus de démarcher / introductions: happy to introduce vs won't",
        "opp_classement": "Classement et points : motivé·e par la compétition vs rejet du classement / leaderboard: likes vs dislikes",
    },
}

SESSIONS = [GRF, RTS, BOU]

# ---------------------------------------------------------------- build


def build(sess):
    code, n = sess["code"], sess["n"]
    rng = random.Random("synthesis_heldout20/" + code)
    pids = ["P%02d" % i for i in range(1, n + 1)]
    if sess["lang"] == "mixed":
        en = set(rng.sample(pids, sess["n_en"]))
        plang = {p: ("en" if p in en else "fr") for p in pids}
    else:
        plang = {p: sess["lang"] for p in pids}

    answers = {}          # id -> record
    themes, opps, minorities, noise_ids = {}, {}, {}, []
    counters = {}
    noise_pool = sess.get("noise")
    noise_idx = {"fr": 0, "en": 0}

    def pick(pool, key, lang):
        lst = pool[lang] if isinstance(pool, dict) else pool
        i = counters.get((key, lang), 0)
        counters[(key, lang)] = i + 1
        text = lst[i % len(lst)]
        if i >= len(lst):
            lead = LEADIN[lang][(i - len(lst)) % len(LEADIN[lang])]
            text = lead + text[0].lower() + text[1:]
        return text

    for qi, (question, plan) in enumerate(zip(sess["questions"], sess["plan"]), start=1):
        total = sum(o[4] for o in plan)
        assert total == n, (code, qi, total)
        order = pids[:]
        rng.shuffle(order)
        pos = 0
        for typ, key, sub, desc, count, pool in plan:
            group = order[pos:pos + count]
            pos += count
            if typ == "skip":
                continue
            for p in sorted(group):
                lang = plang[p]
                if typ == "noise":
                    if pool is not None:
                        text = pick(pool, "noise-q%d" % qi, lang)
                    else:
                        lst = noise_pool[lang]
                        text = lst[noise_idx[lang] % len(lst)]
                        noise_idx[lang] += 1
                else:
                    text = pick(pool, key + "/" + str(sub), lang)
                    text = roughen(text, lang, rng)
                aid = "%s-%s-q%d" % (code, p, qi)
                answers[aid] = {"id": aid, "participant": p, "question": question, "answer": text}
                if typ == "theme":
                    t = themes.setdefault(key, {"key": key, "kind": sub, "description": desc, "answer_ids": []})
                    t["answer_ids"].append(aid)
                elif typ == "side":
                    o = opps.setdefault(key, {"key": key, "description": sess["oppositions"][key], "sides": []})
                    side = next((s for s in o["sides"] if s["label"] == sub), None)
                    if side is None:
                        side = {"label": sub, "description": desc, "answer_ids": []}
                        o["sides"].append(side)
                    side["answer_ids"].append(aid)
                elif typ == "minority":
                    m = minorities.setdefault(key, {"key": key, "description": desc, "answer_ids": []})
                    m["answer_ids"].append(aid)
                elif typ == "noise":
                    noise_ids.append(aid)

    def sort_key(aid):
        _, p, q = aid.split("-")
        return (int(p[1:]), int(q[1:]))

    ordered = [answers[a] for a in sorted(answers, key=sort_key)]
    for coll in (themes.values(), minorities.values()):
        for t in coll:
            t["answer_ids"].sort(key=sort_key)
    for o in opps.values():
        for s in o["sides"]:
            s["answer_ids"].sort(key=sort_key)
    noise_ids.sort(key=sort_key)

    objective_support = {text: keys for text, keys in sess["objectives"]}
    cited = {k for keys in objective_support.values() for k in keys}
    truth = {
        "session": code,
        "lang": sess["lang"],
        "client": CLIENT,
        "title": sess["title"],
        "themes": list(themes.values()),
        "oppositions": list(opps.values()),
        "minorities": list(minorities.values()),
        "objective_support": objective_support,
        "unsupported_objectives": [t for t, k in sess["objectives"] if not k],
        "unserved_needs": [t["key"] for t in themes.values() if t["kind"] == "need" and t["key"] not in cited],
        "noise_answer_ids": noise_ids,
    }
    if sess["lang"] == "mixed":
        truth["participant_lang"] = plang

    with open(os.path.join(HERE, code + ".answers.jsonl"), "w", encoding="utf-8") as f:
        for r in ordered:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, code + ".objectives.txt"), "w", encoding="utf-8") as f:
        for text, _ in sess["objectives"]:
            f.write(text + "\n")
    with open(os.path.join(HERE, code + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    answered = {r["participant"] for r in ordered}
    return {"code": code, "lang": sess["lang"], "participants": n, "answering": len(answered),
            "questions": len(sess["questions"]), "answers": len(ordered),
            "skips": n * len(sess["questions"]) - len(ordered),
            "themes": len(themes), "oppositions": len(opps), "minorities": len(minorities),
            "noise": len(noise_ids), "title": sess["title"]}


if __name__ == "__main__":
    for s in SESSIONS:
        st = build(s)
        print(json.dumps(st, ensure_ascii=False))
