#!/usr/bin/env python3
"""Generate the synthesis_dev18 set (3 JE sessions, client: Herbalys, programme "Les Sèves Vives").

Standard library only. Deterministic (fixed seeds)."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Herbalys"
PREFIX = "COS"

# ---------------------------------------------------------------------------
# Session 1 — French, 12 participants
# group: (key, label_type, kind/desc, phrases)
S1 = {
    "title": "Atelier JE — Les Sèves Vives, clientes fidèles (Lyon, visio)",
    "lang": "fr",
    "n": 12,
    "objectives": [
        "Augmenter le taux de recommandation (NPS) de la marque dans l'entourage des clientes",
        "Développer la co-création produit avec un panel d'ambassadrices",
        "Accroître le volume d'avis clients vérifiés sur les marketplaces et le site e-commerce",
        "Améliorer la rétention et la fréquence de réachat des clientes engagées",
        "Renforcer la notoriété de la marque en officine",
    ],
    "support": {
        0: ["need_partage", "pref_echantillons"],
        1: ["need_avis_formules", "pref_tester"],
        2: [],
        3: ["need_fidelite"],
        4: ["pref_pharmacie"],
    },
    "questions": {
        "q1": [
            ("need_partage", "theme", "need", "Parler des produits à ses copines, sa famille, ses collègues ; faire découvrir la marque autour de soi", [
                "Pouvoir parler des produits à mes copines sans avoir l'impression de vendre quelque chose.",
                "J'en parle déjà tout le temps autour de moi, ma sœur et mes collègues me demandent ce que j'utilise. Avoir un cadre pour ça, ce serait sympa.",
                "Faire découvrir la marque à mes amies, surtout celles qui ont la peau sensible comme moi.",
            ]),
            ("need_avis_formules", "theme", "need", "Être consultée sur les formules, textures et parfums (« donner mon avis » au sens de son opinion), tester avant la sortie", [
                "Donner mon avis sur les nouvelles formules avant qu'elles sortent, j'adore tester.",
                "Qu'on me demande ce que je pense des textures et des parfums, et que ça serve vraiment à quelque chose.",
                "Participer à l'élaboration d'un produit, genre choisir entre deux odeurs de baume.",
            ]),
            ("need_conseil_peau", "theme", "need", "Recevoir des conseils personnalisés sur sa propre peau et sa routine (« recommandations » pour soi, pas recommander la marque)", [
                "Avoir des recommandations adaptées à ma peau, je ne sais jamais quel sérum prendre.",
                "Qu'on me conseille personnellement : j'ai la peau mixte et je me perds dans la gamme.",
                "Un vrai conseil sur ma routine, que quelqu'un me dise quoi utiliser le matin et le soir.",
            ]),
            ("need_fidelite", "theme", "need", "Réductions et avantages sur les produits rachetés régulièrement", [
                "Des petites réductions sur les produits que je rachète tous les mois (crème de jour, démaquillant).",
                "Ne pas payer plein pot mon gel douche et ma crème, je les rachète en boucle.",
                "Des avantages quand on est cliente depuis longtemps, genre livraison offerte ou un code fidélité.",
            ]),
        ],
        "q2": [
            ("brake_temps", "theme", "brake", "Manque de temps, peur de ne pas être assez disponible", [
                "Le temps. Deux enfants, un boulot, je ne sais pas si je pourrai suivre.",
                "J'ai peur de ne pas être assez dispo.",
                "Si ça me demande des heures chaque mois, je ne tiendrai pas.",
                "Mon planning est déjà plein à craquer, honnêtement.",
            ]),
            ("brake_pas_poster", "theme", "brake", "Refus de publier des avis ou commentaires en ligne", [
                "Je ne veux pas poster d'avis sur internet, je n'aime pas laisser de traces en ligne.",
                "Écrire des avis sur les sites marchands, très peu pour moi, je ne le fais jamais.",
                "Je ne suis pas sur les réseaux et je ne compte pas m'y mettre pour publier des commentaires.",
            ]),
            ("brake_vendeuse", "theme", "brake", "Peur de passer pour une vendeuse ou une influenceuse auprès de ses proches", [
                "Peur de passer pour une vendeuse ou une influenceuse auprès de mes proches.",
                "Je ne veux pas que mes amies pensent que je suis payée pour leur parler de crèmes.",
                "Le côté commercial me gêne, je n'ai pas envie de démarcher les gens.",
            ]),
            ("m_emballages", "minority", None, "Gêne face aux emballages plastique des échantillons et des colis, contraire à l'esprit végétal", [
                "Les échantillons dans des petits sachets plastique, ça me gêne par rapport à l'esprit de la marque.",
                "Trop d'emballages dans les colis, pour une marque végétale ça fait tache.",
            ]),
        ],
        "q3": [
            ("pref_echantillons", "theme", "preference", "Distribuer des échantillons / petits formats à son entourage", [
                "Distribuer des échantillons à mes copines, c'est ce qui marche le mieux.",
                "Offrir des minis à ma famille pour qu'ils testent.",
                "Avoir quelques échantillons à glisser à mes collègues quand elles me demandent ce que j'utilise.",
                "Donner des petits formats autour de moi, les gens adorent essayer avant d'acheter.",
            ]),
            ("pref_pharmacie", "theme", "preference", "Faire connaître la marque à sa pharmacie / sa pharmacienne", [
                "En parler à ma pharmacienne, elle ne connaît pas encore la marque et elle est curieuse.",
                "Proposer à la pharmacie de mon quartier de mettre les produits en avant, je la connais bien.",
                "Passer dans les pharmacies près de chez moi pour leur montrer la gamme, pourquoi pas.",
            ]),
            ("pref_tester", "theme", "preference", "Tester les nouveautés et faire un retour", [
                "Tester les nouveautés et remplir un retour détaillé.",
                "Recevoir des prototypes et dire franchement ce qui va ou ne va pas.",
                "Faire partie d'un petit groupe qui essaie les formules en avant-première.",
            ]),
            ("m_atelier", "minority", None, "Animer un atelier DIY de fabrication de cosmétiques", [
                "Animer un atelier pour fabriquer un baume maison, j'en fais déjà avec l'asso de mon village.",
                "Organiser un petit atelier DIY cosmétique chez moi avec des voisines.",
            ]),
        ],
        "q4": [
            ("practical_mail_mensuel", "theme", "practical", "Être sollicitée par e-mail, au plus une fois par mois", [
                "Par mail, une fois par mois maximum.",
                "Un mail mensuel, ça suffit largement.",
                "Mail, et pas plus d'une fois par mois svp.",
                "Une fois par mois par e-mail, comme une newsletter.",
                "Par email, mensuel.",
                "Un petit mail de temps en temps, disons une fois par mois.",
                "Mensuel par mail, sinon je décroche.",
                "Une fois par mois, par mail, avec les dates à l'avance.",
                "Par mail plutôt que par téléphone, et pas plus d'un par mois.",
                "Mail une fois par mois, c'est le bon rythme.",
            ]),
            ("noise", "noise", None, None, [
                "Je ne sais pas trop.",
                "Au fait, la crème à l'ortie va revenir en stock ?",
            ]),
        ],
        "q5": [
            ("side_visible", "side", None, "Oui, apparaître publiquement (photo, prénom sur le site)", [
                "Oui, avec plaisir, je serais fière d'être sur le site.",
                "Pourquoi pas une photo et mon prénom, ça rend le programme plus vrai.",
                "Oui ! Ça donne confiance aux autres clientes de voir de vraies personnes.",
                "Oui, mettre des visages sur la marque, je trouve ça bien.",
                "Ça ne me dérange pas du tout, au contraire.",
                "Oui, un petit portrait sur le site, ça me ferait plaisir.",
            ]),
            ("side_discret", "side", None, "Non, rester discrète / anonyme", [
                "Non, je préfère rester discrète.",
                "Surtout pas de photo, je veux rester anonyme.",
                "Non, rien de public, je préfère que ça reste entre nous.",
                "Je ne veux pas apparaître, pour des raisons pro.",
                "Non, ça ne m'intéresse pas d'être mise en avant.",
                "Plutôt pas, je suis quelqu'un de réservé.",
            ]),
        ],
    },
    "questions_text": {
        "q1": "Qu'attendez-vous du programme Les Sèves Vives ?",
        "q2": "Qu'est-ce qui pourrait vous freiner ?",
        "q3": "Quelles contributions aimeriez-vous faire ?",
        "q4": "À quel rythme et par quel moyen souhaitez-vous être sollicitée ?",
        "q5": "Souhaitez-vous apparaître publiquement comme Sève Vive (photo, prénom sur le site) ?",
    },
}

# ---------------------------------------------------------------------------
# Session 2 — English, 24 participants
S2 = {
    "title": "JE workshop — Les Sèves Vives, UK online customers",
    "lang": "en",
    "n": 24,
    "objectives": [
        "Scale user-generated content (UGC) across Instagram and TikTok",
        "Drive referral-based acquisition of new customers",
        "Embed co-creation in the product development roadmap",
        "Increase the number of verified ratings and reviews on retailer websites",
        "Improve customer retention and lifetime value through loyalty perks",
    ],
    "support": {
        0: ["pref_routine_video"],
        1: ["need_friends_share", "pref_refer_code"],
        2: ["need_early_test", "pref_feedback_panel"],
        3: [],
        4: ["need_discounts"],
    },
    "questions": {
        "q1": [
            ("need_friends_share", "theme", "need", "Share the products with friends and family, bring people they know to the brand", [
                "A way to get my friends onto the brand, they keep asking what I use.",
                "Honestly I just want to share the stuff I love with my mates.",
                "Telling my sister and cousins about it, and maybe getting them something off their first order.",
                "Bring people I know to products that actually work on sensitive skin.",
                "Pass it on to friends. I've already converted half my office lol",
                "Spread the word to the people around me, in a way that doesn't feel salesy.",
            ]),
            ("need_early_test", "theme", "need", "Try products before launch and have their opinion heard (\"review\" meaning give feedback)", [
                "Trying new products before they launch and saying what I think.",
                "Getting to review new formulas before they're out, and actually being listened to.",
                "Having a say in what you make next, like scents or textures.",
                "Being part of testing - I'd love to give feedback on prototypes.",
                "I want my opinion on the products to count, not just a form nobody reads.",
                "Early access to new stuff so I can tell the team what works for me.",
            ]),
            ("need_discounts", "theme", "need", "Discounts and perks on the products they rebuy", [
                "Discounts on the things I rebuy every month.",
                "Money off my regular cleanser and moisturiser, they're not cheap.",
                "Free shipping would be nice, I order like every six weeks.",
                "Some loyalty perks for long-time customers.",
                "Cheaper refills of what I already use.",
            ]),
            ("need_ingredient_content", "theme", "need", "Learn about ingredients and plants (educational \"content\" for themselves, not UGC)", [
                "More content about the ingredients - what each plant actually does for the skin.",
                "Proper educational content, not ads: why this oil, why this extract.",
                "I'd like to learn about the botanicals in the products, where they're grown, how they're processed.",
                "Understand the labels. I want someone to explain the INCI list in plain English.",
                "Content that teaches me things about skin and plants, I'd read that.",
            ]),
            ("m_kids_skin", "minority", None, "Products and advice for children's skin (eczema, atopic skin)", [
                "Advice for my son's eczema, I'd love a range for kids.",
                "Something for children's skin - my daughter has atopic skin and nothing works.",
            ]),
        ],
        "q2": [
            ("brake_time", "theme", "brake", "Lack of time, fear of not keeping up", [
                "Time, mostly.",
                "I work shifts, so I can't promise regular availability.",
                "Not sure I'll have the time with a newborn.",
                "If it's a big commitment I'll drop out.",
                "Busy life. I'd need things to be quick.",
                "Time is the main thing, I'm already stretched.",
                "I can't do anything on weekdays, I'm slammed.",
            ]),
            ("brake_no_public_reviews", "theme", "brake", "Refuse to write or post reviews and ratings online", [
                "I don't write reviews online, never have, never will.",
                "Posting reviews on shop websites feels fake to me, I won't do that.",
                "I'm not comfortable rating products publicly with my name on it.",
                "I'd rather not leave star ratings everywhere, people don't trust them anyway.",
                "Not keen on writing reviews on Amazon or Boots or whatever.",
                "Please don't ask me to post reviews, it's the one thing I hate.",
            ]),
            ("brake_fake_influencer", "theme", "brake", "Fear of looking like a paid influencer or a pushy seller", [
                "I don't want to come across as an influencer pushing stuff.",
                "Worried my friends will think I'm being paid to say nice things.",
                "The whole MLM vibe puts me off. I'm not selling anything to anyone.",
                "Feeling fake. If I'm told what to say, I'm out.",
                "I don't want to pester people, that's not me.",
                "Being seen as a walking advert.",
            ]),
            ("m_privacy_data", "minority", None, "Worry about what is done with their personal data and skin photos", [
                "What you do with my data. I'd want to know before joining.",
                "Privacy - who sees my skin photos and my info?",
            ]),
            ("noise", "noise", None, None, [
                "None really.",
                "n/a",
                "Love the rosehip oil by the way!",
            ]),
        ],
        "q3": [
            ("pref_routine_video", "theme", "preference", "Film or photograph their routine and post it on their socials", [
                "Filming my morning routine for Instagram stories.",
                "Quick TikToks showing how I use the products.",
                "Posting before/after pics of my skin.",
                "Photos of my bathroom shelf, people always ask about it.",
                "Short videos, I already do 'get ready with me' ones.",
                "Sharing my routine on my socials, casually.",
                "Reels of my evening skincare, that's fun.",
                "Taking pretty pictures of the products and posting them.",
            ]),
            ("pref_refer_code", "theme", "preference", "Send a personal code or link to friends for their first order", [
                "Giving friends a code for their first order.",
                "A referral link I can send on WhatsApp.",
                "Sending my personal code to people who ask.",
                "Referral codes. Easy and not pushy.",
                "Introducing people with a discount code, that's what works.",
                "Handing out a code to my sister-in-law and her friends.",
                "A simple link to share with people who are curious.",
                "A code my friends can use, so they get a discount and I get a little something.",
            ]),
            ("pref_feedback_panel", "theme", "preference", "Join a testing panel and give feedback on samples and prototypes", [
                "Joining a testing panel for new formulas.",
                "Filling in detailed feedback on samples.",
                "Being in a small group that tests prototypes and talks with the lab.",
                "Product testing, hands down.",
                "Giving feedback on textures and scents before launch.",
                "Testing and reporting back, I'm quite methodical.",
                "A monthly panel where we try stuff and discuss it.",
                "Trying samples and answering a few questions about how my skin reacted.",
            ]),
        ],
        "q4": [
            ("practical_notice", "theme", "practical", "At least a week's notice before a request", [
                "A week's notice minimum.",
                "At least a week ahead, please.",
                "One week is fine.",
                "Give me a week or so.",
                "A week, ideally more.",
                "At least seven days.",
                "A week's heads-up and I'm in.",
                "Minimum one week, I plan things.",
                "A week before, not the day before!",
                "About a week.",
                "A week, so I can fit it in.",
                "Week's notice, please.",
                "At least a week, two is even better.",
                "Let me know a week in advance.",
                "A good week before.",
                "One week minimum, last-minute asks don't work for me.",
                "At least a week ahead of time.",
                "A week's notice would be plenty.",
                "Ideally a week. Less than that is stressful.",
                "A week, and a reminder the day before.",
            ]),
            ("m_text", "minority", None, "The channel matters more than the notice: by text message, not e-mail", [
                "Honestly the channel matters more to me: text me, I never read emails.",
                "By SMS please, my inbox is a mess.",
            ]),
            ("noise", "noise", None, None, [
                "Whatever works.",
                "Not sure.",
            ]),
        ],
        "q5": [
            ("side_for", "side", None, "For levels and a public leaderboard", [
                "Yes, I like a bit of competition.",
                "Levels are motivating, I'd go for it.",
                "Yes! Badges and a ranking make it fun.",
                "Sure, seeing my progress would keep me going.",
                "Yes, a leaderboard gives you a goal.",
                "I'm competitive so yes please.",
                "Yes, as long as there are rewards at each level.",
                "Levels, yes. It's like a game.",
                "Why not, a ranking is motivating.",
                "Definitely, I love unlocking things.",
                "Yes - public levels show who's really involved.",
            ]),
            ("side_against", "side", None, "Against levels and a public ranking", [
                "No, rankings turn it into a contest.",
                "Please no leaderboard, it creates pressure.",
                "No. People would post anything just to climb.",
                "I'd hate a public ranking.",
                "No levels, we're not at school.",
                "Against. It'd make the quieter ones feel useless.",
                "No, it kills the friendly vibe.",
                "Not a fan, competition isn't why I'm here.",
                "No, keep it relaxed.",
                "A leaderboard would put me off joining.",
                "No thanks, comparing people is toxic.",
                "No, everyone contributes in their own way.",
            ]),
            ("noise", "noise", None, None, [
                "Can I answer this one later?",
            ]),
        ],
    },
    "questions_text": {
        "q1": "What do you want from Les Sèves Vives?",
        "q2": "What might hold you back?",
        "q3": "Which contributions would you enjoy making?",
        "q4": "How much notice do you want before a request?",
        "q5": "Should there be levels and a public leaderboard?",
    },
}

# ---------------------------------------------------------------------------
# Session 3 — mixed, 38 participants (19 answer in French, 19 in English)
# phrases given as (fr_list, en_list); lengths fix how many FR / EN participants
S3 = {
    "title": "Atelier JE mixte — Les Sèves Vives, clientes pharmacie et e-shop (FR/EN)",
    "lang": "mixed",
    "n": 38,
    "objectives": [
        "Amplifier la production de contenus générés par les utilisateurs (UGC) sur Instagram et TikTok",
        "Accélérer l'acquisition de nouvelles clientes par le parrainage",
        "Piloter la satisfaction client via le NPS et les enquêtes post-achat",
        "Fidéliser et augmenter la rétention grâce à des avantages exclusifs",
        "Co-créer les futures gammes avec la communauté",
    ],
    "support": {
        0: ["pref_routine_video"],
        1: ["need_faire_decouvrir", "pref_code"],
        2: [],
        3: ["need_petits_avantages"],
        4: ["need_tester_avant", "pref_panel"],
    },
    "questions": {
        "q1": [
            ("need_faire_decouvrir", "theme", "need", "Faire découvrir la marque à ses proches / get friends and family onto it", ([
                "Faire découvrir les produits à ma mère et à ma sœur, elles ont la peau qui tiraille.",
                "En parler à mes copines, c'est surtout ça que j'ai envie de faire.",
                "Que mes proches connaissent enfin cette marque, je la conseille déjà à tout le monde.",
                "Partager mes bons plans beauté avec mes amies de la salle de sport.",
                "Emmener des gens vers la marque, mes collègues me demandent toujours ce que je mets.",
            ], [
                "Getting my mum onto it, honestly.",
                "Telling my friends about something I genuinely use every day.",
                "Introduce the products to the girls at work, they always ask about my skin.",
                "Share it with people around me without it being awkward.",
            ])),
            ("need_tester_avant", "theme", "need", "Tester avant la sortie et donner son opinion sur les produits / try before launch, say what they think", ([
                "Tester les produits avant tout le monde et dire ce que j'en pense.",
                "Donner mon avis sur les textures, j'ai des idées sur ce qui manque dans la gamme.",
                "Participer au choix des prochains parfums, ça me plairait beaucoup.",
                "Être dans la boucle quand vous imaginez une nouvelle crème.",
            ], [
                "Trying things out before they hit the shelves and telling you what I think.",
                "Having my say on new products, I know what's missing for dry skin.",
                "Be involved early, like picking between two formulas.",
                "Being asked what I'd want in the next range.",
            ])),
            ("need_petits_avantages", "theme", "need", "Petites réductions et avantages sur ses achats / small discounts and perks", ([
                "Des réducs sur mes produits chouchous.",
                "La livraison gratuite, je commande souvent des petites quantités.",
                "Un petit geste sur mes rachats, je suis cliente depuis cinq ans.",
            ], [
                "Some discounts on my usuals.",
                "Free delivery, that would make a real difference.",
                "A little thank-you on repeat orders.",
                "Money off, to be honest. Plant-based stuff is pricey.",
            ])),
            ("need_entraide", "theme", "need", "Échanger et s'entraider entre clientes sur ses problèmes de peau (une « communauté » d'entraide, pas la co-création de gammes)", ([
                "Faire partie d'une vraie communauté où on s'entraide entre filles qui ont de l'acné adulte.",
                "Échanger avec d'autres clientes qui ont les mêmes soucis de peau que moi.",
                "Un groupe pour se donner des astuces entre nous, pas forcément sur vos produits.",
                "Rencontrer des gens qui vivent la même chose, la rosacée c'est isolant.",
            ], [
                "A community where we help each other with skin problems, not a sales channel.",
                "Chatting with other people who have eczema like me.",
                "Swapping tips with other customers, peer support really.",
            ])),
            ("need_conseils_peau", "theme", "need", "Conseils personnalisés pour sa peau / personal advice on what suits their skin", ([
                "Qu'on m'aide à choisir les bons soins pour ma peau, je suis perdue.",
                "Un diagnostic de peau personnalisé, même rapide.",
            ], [
                "Someone to tell me what actually suits my skin type.",
                "Personal advice on my routine, I've no idea what to layer.",
                "A proper skin consultation, even online.",
            ])),
            ("m_recharge", "minority", None, "Des recharges / refills pour réduire les déchets", ([
                "Des recharges pour mes flacons, je déteste jeter du verre.",
            ], [
                "Refill pouches so I stop binning bottles.",
            ])),
        ],
        "q2": [
            ("brake_temps", "theme", "brake", "Manque de temps / lack of time", ([
                "Le temps, clairement.",
                "Je bosse à plein temps et j'ai trois enfants.",
                "Pas sûre d'avoir le temps de m'investir vraiment.",
                "Je suis déjà bénévole ailleurs, ça fait beaucoup.",
                "Si c'est chronophage, je lâcherai vite.",
            ], [
                "Time. Always time.",
                "I'm a nurse on nights, my schedule is chaos.",
                "Not having enough hours in the day.",
                "If it eats my evenings I won't last.",
                "Honestly just being too busy.",
            ])),
            ("brake_questionnaires", "theme", "brake", "Lassitude des questionnaires de satisfaction et e-mails après achat / survey fatigue", ([
                "J'en ai marre des questionnaires de satisfaction après chaque commande, je n'y réponds plus.",
                "Si c'est pour remplir des enquêtes à tout bout de champ, non merci.",
                "Les mails « notez votre expérience » me saoulent, j'espère que ce ne sera pas ça.",
                "Trop de sondages partout, je ne réponds jamais aux notes de 0 à 10.",
            ], [
                "I never fill in those satisfaction surveys, and I'm not going to start.",
                "Endless 'how likely are you to recommend us' emails put me off.",
                "Please not more feedback forms after every order.",
                "Survey fatigue. I get three a week from different brands.",
            ])),
            ("brake_vendeuse", "theme", "brake", "Peur de passer pour une vendeuse / fear of being seen as selling", ([
                "Je ne veux pas jouer les VRP auprès de mes amies.",
                "Peur d'avoir l'air de faire de la vente à domicile.",
                "J'ai horreur du côté influenceuse qui vend tout et n'importe quoi.",
                "Que les gens pensent que je suis payée pour dire du bien.",
            ], [
                "Not wanting to sound like I'm flogging something.",
                "I'd hate to be that person who sells to their friends.",
                "Looking like a paid influencer.",
                "Pushing products on people, no thanks.",
            ])),
            ("brake_reaction", "theme", "brake", "Peur de réagir aux produits testés (peau sensible) / fear of skin reactions", ([
                "J'ai la peau très réactive, tester des prototypes me fait un peu peur.",
                "Peur des allergies si on me fait essayer des nouveautés.",
                "Ma peau ne supporte pas grand-chose, je ne pourrai pas tout tester.",
            ], [
                "My skin reacts to almost everything, so testing new stuff worries me.",
                "Allergies. I can't risk a flare-up.",
                "I'm scared of breakouts from untested formulas.",
            ])),
            ("m_pharmacie_loin", "minority", None, "Aucune pharmacie proche ne vend la marque", ([
                "Aucune pharmacie ne vend vos produits près de chez moi, à la campagne.",
            ], [
                "No pharmacy near me stocks the range, so it's hard to point people to it.",
            ])),
            ("noise", "noise", None, None, ([
                "Rien de spécial.",
                "Pas d'avis.",
            ], [
                "Nothing comes to mind.",
                "-",
            ])),
        ],
        "q3": [
            ("pref_routine_video", "theme", "preference", "Montrer sa routine en photo ou vidéo sur les réseaux / post their routine", ([
                "Faire des petites vidéos de ma routine du soir en story.",
                "Poster des photos de mes produits dans ma salle de bain.",
                "Montrer l'avant/après de ma peau sur Insta.",
                "Des reels rapides quand j'applique ma crème.",
                "Photographier mes produits préférés, j'adore faire de jolies photos.",
                "Filmer ma routine du matin, je le fais déjà pour moi.",
            ], [
                "Posting my skincare routine on TikTok.",
                "Pictures of my shelfie, people love those.",
                "Instagram stories while I do my evening routine.",
                "Short clips of me using the cleansing balm.",
                "Before and after pics, if my skin cooperates!",
                "Sharing a 'what's in my bag' video now and then.",
            ])),
            ("pref_code", "theme", "preference", "Donner un code ou un lien à ses proches / give friends a code", ([
                "Envoyer un code promo à mes copines pour leur première commande.",
                "Un lien de parrainage à partager sur WhatsApp.",
                "Donner mon code aux collègues qui me demandent.",
                "Un code perso pour ma famille, simple.",
                "Glisser un lien à celles qui veulent essayer.",
            ], [
                "Giving out a discount code to friends.",
                "A referral link I can text to people.",
                "A personal code for first orders.",
                "Passing on a code to my gym buddies.",
                "Sharing a link with anyone who asks about my skin.",
            ])),
            ("pref_panel", "theme", "preference", "Panel de test et retours sur les prototypes / testing panel and feedback", ([
                "Faire partie du panel de testeuses.",
                "Tester les prototypes et remplir des retours détaillés.",
                "Donner mon ressenti sur les échantillons avant le lancement.",
                "Participer à des séances de test avec le labo.",
                "Essayer les nouvelles formules et dire ce qui cloche.",
            ], [
                "Being on a testing panel.",
                "Trying prototypes and writing up detailed feedback.",
                "Sample testing before launch.",
                "Sessions with the lab to give feedback on textures.",
                "Testing new formulas and reporting back honestly.",
            ])),
            ("m_live", "minority", None, "Animer un live / un podcast sur la marque", ([
                "Animer un live Instagram avec une formulatrice, ce serait top.",
            ], [
                "Co-hosting a podcast episode about plant skincare.",
            ])),
            ("m_atelier", "minority", None, "Animer un atelier en pharmacie ou en boutique", ([
                "Animer un atelier découverte dans la pharmacie où je travaille.",
            ], [
                "Running a hands-on workshop in a local shop on a Saturday.",
            ])),
            ("noise", "noise", None, None, ([
                "Je verrai selon le moment.",
            ], [
                "Not sure yet, sorry.",
            ])),
        ],
        "q4": [
            ("practical_visio_soir", "theme", "practical", "Rencontres en visio, en soirée / online meetings in the evening", ([
                "En visio, le soir après 20h.",
                "Visio en soirée, c'est ce qui m'arrange.",
                "Le soir en ligne, sinon je ne peux pas.",
                "En ligne, plutôt vers 20h30.",
                "Une visio le soir, quand les enfants dorment.",
                "Soirée, en visio, une heure max.",
                "En visio le soir, ça évite de se déplacer.",
                "Le soir, à distance.",
                "Visioconférence en fin de journée.",
                "En ligne après le travail.",
                "Le soir en visio, pas le week-end.",
                "Plutôt en soirée et en visio.",
                "Visio, 19h-20h c'est parfait.",
                "Le soir, sur Zoom ou Teams, peu importe l'outil.",
                "En distanciel le soir.",
                "Une petite visio en soirée.",
            ], [
                "Online, evenings.",
                "Video call after 8pm works best.",
                "Evenings on Zoom.",
                "Online after work, please.",
                "Video calls in the evening, an hour tops.",
                "Evening, remote.",
                "Online, once the kids are in bed.",
                "Evening video calls, weekdays.",
                "Remote and in the evening.",
                "Online, around 7.30pm.",
                "Evenings, on video.",
                "A video call after dinner.",
                "Online in the evening, no travel.",
                "Evening sessions on Teams would suit me.",
                "Late evening, online.",
            ])),
            ("m_samedi", "minority", None, "En présentiel le samedi matin / in person on Saturday mornings", ([
                "En vrai, le samedi matin, j'ai besoin de voir les gens.",
            ], [
                "In person on a Saturday morning, screens all week are enough.",
            ])),
            ("noise", "noise", None, None, ([
                "Comme vous voulez.",
                "Je ne sais pas.",
            ], [
                "No preference.",
                "Hmm, good question.",
                "Can't say yet.",
            ])),
        ],
        "q5": [
            ("side_commission", "side", None, "Pour une commission sur les ventes / for a commission on sales", ([
                "Oui, une commission, c'est normal si on fait vendre.",
                "Pourquoi pas un pourcentage sur les ventes avec mon code.",
                "Oui, tout travail mérite salaire.",
                "Une commission, oui, même petite.",
                "Oui, sinon c'est du marketing gratuit pour la marque.",
                "Je suis pour, ça motive.",
                "Oui, un petit pourcentage sur chaque commande parrainée.",
                "Oui, ou au moins des bons d'achat proportionnels.",
                "Carrément, mon temps a de la valeur.",
            ], [
                "Yes, if I bring in sales I should get a cut.",
                "A commission is fair.",
                "Yes, otherwise it's free advertising.",
                "Yes please, a percentage on my code.",
                "Sure, it's motivating.",
                "Yes, my time is worth something.",
                "A small commission, why not.",
                "Yes, like an affiliate scheme.",
                "Definitely, pay people for their work.",
            ])),
            ("side_sincere", "side", None, "Contre : pas d'argent, pour rester sincère / against, money kills sincerity", ([
                "Non, si je suis payée je ne serai plus crédible.",
                "Pas de commission, je recommande parce que j'aime, pas pour l'argent.",
                "Non, ça transformerait tout en vente.",
                "Surtout pas, mes amies ne me feraient plus confiance.",
                "Non, ça casse la sincérité.",
                "Contre. Des produits offerts oui, de l'argent non.",
                "Non, je ne veux pas gagner d'argent sur mes proches.",
                "Pas d'argent, sinon on devient des commerciales.",
                "Non, ça fausserait tout.",
            ], [
                "No, money would make it fake.",
                "No commission, I'd feel weird earning off my friends.",
                "Against it, it kills trust.",
                "No, that's how it turns into an MLM.",
                "No, I recommend things because I like them.",
                "No money please, keep it genuine.",
                "No. Free products maybe, cash no.",
                "Against, people would stop believing us.",
                "No, it changes the whole relationship.",
            ])),
            ("noise", "noise", None, None, ([
                "Aucune idée.",
            ], [
                "Pass.",
            ])),
        ],
    },
    "questions_text": {
        "q1": "Qu'attendez-vous du programme ? / What do you want from the programme?",
        "q2": "Qu'est-ce qui pourrait vous freiner ? / What might hold you back?",
        "q3": "Quelles contributions préférez-vous ? / Which contributions do you prefer?",
        "q4": "Quel format de rencontre ? / Which meeting format suits you?",
        "q5": "Faut-il une commission sur les ventes ? / Should ambassadors earn a commission on sales?",
    },
}


def pid(i):
    return "P%02d" % i


def build(num, spec, seed):
    code = "%s%d" % (PREFIX, num)
    rng = random.Random(seed)
    n = spec["n"]
    parts = [pid(i) for i in range(1, n + 1)]
    lang_of = {}
    if spec["lang"] == "mixed":
        order = parts[:]
        rng.shuffle(order)
        for k, p in enumerate(order):
            lang_of[p] = "fr" if k < n // 2 else "en"
    else:
        for p in parts:
            lang_of[p] = spec["lang"]

    answers = []
    themes, minorities, noise, sides = [], [], [], []
    for q in ["q1", "q2", "q3", "q4", "q5"]:
        groups = spec["questions"][q]
        if spec["lang"] == "mixed":
            pools = {"fr": [p for p in parts if lang_of[p] == "fr"],
                     "en": [p for p in parts if lang_of[p] == "en"]}
            rng.shuffle(pools["fr"])
            rng.shuffle(pools["en"])
            total = {l: sum(len(g[4][0 if l == "fr" else 1]) for g in groups) for l in ("fr", "en")}
            assert total["fr"] == len(pools["fr"]) and total["en"] == len(pools["en"]), (code, q, total)
        else:
            pool = parts[:]
            rng.shuffle(pool)
            assert sum(len(g[4]) for g in groups) == n, (code, q, sum(len(g[4]) for g in groups))
        for key, typ, kind, desc, phrases in groups:
            pairs = []
            if spec["lang"] == "mixed":
                for l, lst in (("fr", phrases[0]), ("en", phrases[1])):
                    for ph in lst:
                        pairs.append((pools[l].pop(), ph))
            else:
                for ph in phrases:
                    pairs.append((pool.pop(), ph))
            pairs.sort()
            ids = []
            for p, ph in pairs:
                aid = "%s-%s-%s" % (code, p, q)
                answers.append({"id": aid, "participant": p, "question": q, "answer": ph})
                ids.append(aid)
            if typ == "theme":
                themes.append({"key": key, "kind": kind, "description": desc, "answer_ids": ids})
            elif typ == "minority":
                minorities.append({"key": key, "description": desc, "answer_ids": ids})
            elif typ == "side":
                sides.append({"label": desc, "answer_ids": ids})
            else:
                noise.extend(ids)
    answers.sort(key=lambda a: (a["participant"], a["question"]))
    objs = spec["objectives"]
    support = {objs[i]: spec["support"][i] for i in range(len(objs))}
    supported_keys = {k for v in support.values() for k in v}
    unserved = [t["key"] for t in themes if t["kind"] == "need" and t["key"] not in supported_keys]
    truth = {
        "session": code,
        "lang": spec["lang"],
        "client": CLIENT,
        "title": spec["title"],
        "questions": spec["questions_text"],
        "themes": themes,
        "oppositions": [{"question": "q5", "sides": sides}],
        "minorities": minorities,
        "objective_support": support,
        "unsupported_objectives": [o for o in objs if not support[o]],
        "unserved_needs": unserved,
        "noise_answer_ids": noise,
        "note": NOTES[num],
    }
    if spec["lang"] == "mixed":
        truth["participant_lang"] = {p: lang_of[p] for p in parts}
    d = os.path.join(HERE, code)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "answers.jsonl"), "w", encoding="utf-8") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(d, "objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(objs) + "\n")
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return code, len(answers)


NOTES = {
    1: ("Objectives in strategy jargon (taux de recommandation, NPS, co-création, rétention, notoriété en officine); "
        "needs in plain words. Trap for the unsupported reviews objective: need_avis_formules says 'donner mon avis' "
        "(opinion, serves co-création) and brake_pas_poster refuses to post avis online; neither supports it. "
        "Unserved need need_conseil_peau says 'recommandations adaptées à ma peau' (advice for oneself), close to "
        "'taux de recommandation' but not served. Noise: off-topic stock question and 'Je ne sais pas trop'."),
    2: ("Objectives in jargon (UGC, referral-based acquisition, co-creation, ratings and reviews, retention/LTV). "
        "Trap for the unsupported reviews objective: need_early_test says 'review new formulas' (feedback, serves "
        "co-creation) and brake_no_public_reviews refuses to write reviews. Unserved need need_ingredient_content asks "
        "for educational 'content' about ingredients, close to the UGC objective's words but not UGC. Minority m_text "
        "answers the q4 channel, not the notice period."),
    3: ("Mixed FR/EN (participant_lang gives each participant's language; themes span both). Unsupported objective: "
        "NPS and post-purchase surveys; trap brake_questionnaires uses 'questionnaires de satisfaction', 'notez', "
        "'recommend us' while refusing surveys. Unserved needs: need_entraide says 'communauté' (peer support, not "
        "co-creating ranges) and need_conseils_peau (personal skin advice). 'Donner mon avis sur les textures' sits in "
        "need_tester_avant (co-creation). 'Pas d'avis.' is noise."),
}


def main():
    total = 0
    for num, spec, seed in ((1, S1, 1801), (2, S2, 1802), (3, S3, 1803)):
        code, k = build(num, spec, seed)
        total += k
        print(code, k, "answers")
    print("total", total)


if __name__ == "__main__":
    main()
