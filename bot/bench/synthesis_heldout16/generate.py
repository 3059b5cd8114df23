#!/usr/bin/env python3
"""Generate the blind planted-theme synthesis set (heldout16). Stdlib only, fixed seed.

Client: Calepin (Grenoble), ticketing + volunteer-scheduling SaaS for independent venues,
festivals and touring companies. Program "Le Foyer" / "The Foyer"; ambassadors are
"Ouvreurs / Ouvreuses" (EN: "Ushers"); points are "jetons"; tiers Strapontin, Parterre,
Corbeille, Loge.

Run: python3 generate.py   (writes next to this file)
"""
import json
import os
import random

SEED = 1618
OUT = os.path.dirname(os.path.abspath(__file__))

# Each planted item is (question_number, text, lang). lang only matters in the mixed session.
FR, EN = "fr", "en"

# ---------------------------------------------------------------- LUM (French, 12)
LUM = {
    "code": "LUM", "lang": "fr", "n": 12, "skip": 0.12,
    "questions": {
        1: "Qu'attendez-vous personnellement du programme Le Foyer ?",
        2: "Qu'est-ce qui vous donnerait envie de vous impliquer comme Ouvreur·se ?",
        3: "Qu'est-ce qui pourrait vous freiner ?",
        4: "Quelles contributions vous voyez-vous faire ?",
        5: "Combien de temps pouvez-vous y consacrer, et à quel rythme ?",
    },
    "objectives": [
        "Augmenter le nombre de lieux recommandés par des Ouvreurs (parrainages)",
        "Associer les Ouvreurs aux priorités de développement du logiciel",
        "Mettre en valeur les lieux clients et leur programmation sur nos canaux",
        "Garder une sollicitation raisonnable : pas plus d'une demande par mois et par Ouvreur",
        "Être présents avec des Ouvreurs sur trois salons professionnels internationaux en 2027",
    ],
    "themes": [
        ("peer_exchange", "need", "Échanger avec d'autres lieux, sortir de l'isolement des petites équipes", [
            (1, "Rencontrer des gens qui font le même boulot que moi dans d'autres salles. On est deux permanents, on tourne un peu en rond.", FR),
            (1, "sortir de l'isolement !! en petite salle t'as personne à qui demander comment faire", FR),
            (1, "Savoir comment les autres théâtres s'organisent pour les scolaires et les abonnements, piquer des idées quoi", FR),
            (1, "Un réseau. Des collègues à appeler quand on a un doute sur un réglage ou une jauge.", FR),
        ]),
        ("roadmap_voice", "need", "Peser sur les priorités du logiciel, être entendu par l'équipe produit", [
            (1, "Que nos remontées arrivent vraiment jusqu'aux développeurs et pas dans un ticket qui dort.", FR),
            (1, "Avoir mon mot à dire sur ce qui sera développé l'an prochain, typiquement le module de placement numéroté", FR),
            (1, "être écoutée. On signale des trucs depuis 3 ans sur le report de séance, rien ne bouge", FR),
            (1, "Bon alors moi ce que j'attends c'est surtout de peser un peu sur les priorités du logiciel, parce que là on a l'impression que Calepin développe pour les gros festivals et pas pour les salles de 150 places comme nous. Après je dis ça mais l'équipe support est super hein, rien à redire là-dessus, Maëlle nous a sauvés le soir de la première en décembre.", FR),
        ]),
        ("advanced_training", "need", "Se former plus loin sur l'outil (statistiques, exports, tableaux de bord)", [
            (1, "Des formations plus poussées, sur les statistiques de fréquentation notamment, on n'exploite pas 10% de l'outil", FR),
            (1, "Monter en compétences sur les exports et les tableaux de bord.", FR),
            (1, "apprendre à mieux me servir des rapports, j'ai jamais été formée correctement, j'ai appris sur le tas", FR),
        ]),
        ("venue_spotlight", "motivation", "Visibilité pour leur lieu et leur programmation", [
            (2, "Que notre salle soit mise en avant dans la newsletter de Calepin, on a une prog jeune public qui mérite d'être connue", FR),
            (2, "Un coup de projecteur sur notre lieu, franchement ça nous aiderait.", FR),
            (2, "Faire connaître le Kiosque (notre café-théâtre) auprès des autres utilisateurs et au-delà", FR),
            (2, "de la visibilité pour nos spectacles", FR),
        ]),
        ("no_time", "brake", "Manque de temps, saison surchargée", [
            (3, "Le temps. En saison on enchaîne les soirées, je finis à minuit trois fois par semaine.", FR),
            (3, "Mon agenda est plein de septembre à juin, je ne vois pas où caser ça", FR),
            (3, "On court partout, c'est ça le frein", FR),
            (5, "Très peu, soyons honnêtes : on est sous l'eau toute l'année, alors une heure par mois grand max.", FR),
        ]),
        ("not_a_salesman", "brake", "Refus de jouer les commerciaux / de faire de la pub déguisée pour Calepin", [
            (3, "Je ne veux pas jouer les commerciaux pour Calepin auprès de mes copains programmateurs.", FR),
            (3, "Pas envie de faire de la pub déguisée. Si je recommande un outil c'est parce que je le pense, pas pour des points.", FR),
            (3, "Peur que ce soit juste une opération marketing et qu'on serve de VRP gratuits", FR),
        ]),
        ("host_visits", "contribution", "Accueillir d'autres lieux chez soi pour montrer l'outil en situation", [
            (4, "Recevoir des collègues un soir de représentation pour leur montrer comment on gère le contrôle des billets à l'entrée", FR),
            (4, "Ouvrir nos coulisses à une salle qui hésite à passer sur Calepin, qu'ils voient l'outil en situation", FR),
            (4, "accueillir une visite, oui, ça je sais faire, on fait déjà visiter le théâtre aux écoles", FR),
            (4, "Qu'ils viennent voir chez nous comment ça tourne un soir de spectacle, avec plaisir", FR),
        ]),
    ],
    "oppositions": [
        ("public_ranking", "Classement public des Ouvreurs : stimulant pour les uns, source de compétition malsaine pour les autres", [
            ("pour un classement visible", [
                (2, "J'aime bien l'idée d'un classement des Ouvreurs, ça met un peu d'émulation, je suis joueur", FR),
                (2, "Voir où on se situe par rapport aux autres, un tableau des scores, ça me motive", FR),
            ]),
            ("contre tout classement", [
                (2, "Surtout pas de classement public. On n'est pas en concurrence entre salles, on se serre les coudes.", FR),
                (2, "Les palmarès ça me fait fuir, ça crée des jalousies pour rien", FR),
            ]),
        ]),
        ("rhythm", "Rythme : créneau fixe et régulier contre sollicitations ponctuelles au cas par cas", [
            ("créneau fixe régulier", [
                (5, "Je préfère un créneau fixe, genre le premier mardi du mois, sinon j'oublie", FR),
                (5, "Quelque chose de régulier et prévisible, 2h par mois, calé dans l'agenda", FR),
                (5, "un rythme mensuel fixe", FR),
            ]),
            ("au coup par coup", [
                (5, "Au coup par coup, quand vous avez un besoin précis, pas d'engagement récurrent", FR),
                (5, "Ponctuellement. Prévenez-moi 3 semaines avant et je vois si je peux.", FR),
            ]),
        ]),
    ],
    "minorities": [
        ("discount", "Une contrepartie financière (remise sur l'abonnement)", [
            (2, "Honnêtement ? une remise sur l'abonnement annuel. Nos budgets sont exsangues.", FR),
            (2, "Un geste sur la facture, même petit, ça convaincrait mon directeur", FR),
        ]),
        ("data_confidentiality", "Crainte que les chiffres de billetterie / fréquentation du lieu soient diffusés", [
            (3, "Je ne veux pas que nos chiffres de fréquentation se retrouvent dans une plaquette.", FR),
            (3, "Tout ce qui touche à nos données de billetterie doit rester chez nous, c'est une question de confiance avec la mairie", FR),
        ]),
        ("accessibility", "Contribuer sur l'accueil des publics en situation de handicap", [
            (4, "Écrire quelque chose sur l'accueil des publics en situation de handicap, les places PMR dans la billetterie, l'audiodescription…", FR),
            (4, "Partager ce qu'on a mis en place pour les spectateurs sourds et malentendants, personne n'en parle", FR),
        ]),
    ],
    "objective_support": {0: ["host_visits"], 1: ["roadmap_voice"], 2: ["venue_spotlight"], 3: ["no_time"]},
    "unsupported": [4],
    "unserved": ["peer_exchange", "advanced_training"],
    "noise": {
        1: ["je découvre un peu le programme, je sais pas encore", "idem que ma voisine"],
        2: ["bonne question…", "rien de spécial", "je verrai"],
        3: ["Le temps de chargement du plan de salle le soir de l'ouverture des ventes, ça c'est un vrai frein… mais pour le logiciel, pas pour le programme",
            "Ce n'est pas le temps qui me manque, c'est de comprendre à quoi ça sert concrètement pour nous",
            "rien a priori", "non"],
        4: ["un témoignage écrit pourquoi pas", "je sais pas encore", "ça dépend de ce que vous proposez", "tout ce qui est utile"],
        5: ["l'été peut-être", "ça dépend de la saison", "?", "on verra"],
    },
}

# ---------------------------------------------------------------- FRG (English, 24)
FRG = {
    "code": "FRG", "lang": "en", "n": 24, "skip": 0.15,
    "questions": {
        1: "What would you personally want to get out of The Foyer?",
        2: "What would make you want to get involved as an Usher?",
        3: "What might hold you back?",
        4: "Which kinds of contribution could you see yourself making?",
        5: "How much time could you realistically give, and how would you like us to reach you?",
    },
    "objectives": [
        "Grow referrals from existing customers to new venues and festivals",
        "Publish at least six customer case studies a year",
        "Involve Ushers in testing new releases before launch",
        "Keep the load fair by rotating solicitations across Ushers",
        "Increase Calepin's reach on social media through Ushers' posts",
    ],
    "themes": [
        ("peer_network", "need", "Knowing and comparing notes with peers in other venues and festivals", [
            (1, "Honestly just to know other box office managers. It's a lonely job in a 90-seat studio theatre.", EN),
            (1, "A chance to compare notes with people running venues our size", EN),
            (1, "contacts! someone I can ring when the seating plan goes wrong at 7.25pm", EN),
            (1, "Meet folk from other festivals - we all reinvent the same wheel every August", EN),
            (1, "a peer group, basically. I'd love a group chat of fellow venue admins", EN),
            (1, "The social side mostly. A pint with people who know what a get-in day feels like.", EN),
        ]),
        ("direct_support", "need", "A direct, fast line to Calepin support when something breaks on show night", [
            (1, "A named person at Calepin I can reach when something breaks on show night, not a ticket queue", EN),
            (1, "Priority support. When the scanners go down at doors, waiting 40 mins for a reply isn't an option.", EN),
            (1, "Faster help, frankly. A hotline for Ushers would be worth more than any badge.", EN),
            (1, "someone who actually picks up the phone", EN),
            (1, "I suppose what I'd really value is a direct line to your support folks, because last festival we had the card reader thing during the opening weekend and it took two days to sort out - though in fairness that was partly our wifi, the venue is basically a converted church and the walls are a metre thick, which is lovely for the acoustics and terrible for everything else.", EN),
        ]),
        ("early_access", "motivation", "Trying new features before release", [
            (2, "Getting new features before everyone else, especially the membership stuff", EN),
            (2, "being first to try things out. I like poking at betas.", EN),
            (2, "Early access to the new reporting dashboard would sell it to me", EN),
            (2, "A sneak peek at what's coming so I can plan our season around it", EN),
            (2, "If I could test releases ahead of time on our own data, I'm in", EN),
        ]),
        ("overload", "brake", "Fear of being asked too often (survey fatigue, burn-out of the keenest)", [
            (3, "Survey fatigue. Every supplier wants a 'quick 5 minutes' and it adds up.", EN),
            (3, "Being asked for things constantly. We get enough emails as it is.", EN),
            (3, "If it turns into a request every week I'll quietly drop out", EN),
            (3, "too many asks", EN),
            (3, "I've done these programmes before and the keen ones get hammered with requests till they burn out. That's my worry.", EN),
            (5, "Very little, and only if you spread the asks around rather than coming back to the same five people", EN),
        ]),
        ("manager_approval", "brake", "Needing sign-off from director, board or council before speaking publicly", [
            (3, "I'd need sign-off from our director for anything public", EN),
            (3, "Anything with our logo on it has to go through the council's comms team, which takes weeks", EN),
            (3, "Our board is quite cautious about endorsing suppliers. I'd have to run it past them first.", EN),
            (3, "Permission from above, basically. I can't speak for the trust without approval.", EN),
        ]),
        ("case_study", "contribution", "Writing up their own story / case study", [
            (4, "I could write up how we ran ticketing for a 3-week festival across 11 venues, spreadsheet horrors included", EN),
            (4, "A written case study, yes. Happy to.", EN),
            (4, "Putting together a short piece on how we moved off paper tickets", EN),
            (4, "A blog post about our first year on the system", EN),
            (4, "our switching-over story, in writing, for your website", EN),
        ]),
        ("intro", "contribution", "Introducing Calepin to other venues and festivals", [
            (4, "Introducing you to the venues on our touring circuit, I know most of the managers", EN),
            (4, "I can connect you with a couple of festival directors who are unhappy with their current provider", EN),
            (4, "Putting people in touch - that's easy for me, I chair the regional venues forum", EN),
            (4, "Happy to pass your name on when someone asks what we use", EN),
            (4, "warm intros", EN),
        ]),
    ],
    "oppositions": [
        ("gamification", "Points, badges and tiers: motivating for some, childish for others", [
            ("likes points and tiers", [
                (2, "Tiers and points, yes please, I'm embarrassingly motivated by badges", EN),
                (2, "The levels thing sounds fun actually, a bit of a game keeps it going", EN),
                (2, "I'd like collecting points towards something, gives a sense of progress", EN),
            ]),
            ("rejects gamification", [
                (2, "Points and badges feel a bit childish for a professional network, to be honest", EN),
                (2, "Please no gamification. We're arts admins, not a loyalty card.", EN),
                (2, "I'd ignore the points completely. Levels make me think of a supermarket scheme", EN),
            ]),
        ]),
        ("channel", "Where to be reached: a chat server (Discord) vs email only", [
            ("chat / Discord", [
                (5, "An hour or two a month, mostly in a chat space. Discord is fine, I live in it anyway", EN),
                (5, "Bits and pieces through the week if it's on a channel I can dip into on my phone", EN),
                (5, "Quick async stuff on Discord, sure", EN),
            ]),
            ("email only", [
                (5, "Maybe an hour a month, but by email please. I'm not installing another app.", EN),
                (5, "Email only. I can't face one more Slack or Discord to keep up with.", EN),
                (5, "a couple of hours a quarter - and not on chat servers, just email me", EN),
            ]),
        ]),
    ],
    "minorities": [
        ("volunteer_staff", "Open the programme to volunteer front-of-house teams, not only paid staff", [
            (1, "I'd want our volunteer front-of-house team to be able to join, not just the paid staff", EN),
            (1, "Our volunteers are the real ambassadors, they talk to every audience member. Let them in.", EN),
        ]),
        ("welsh_language", "Materials in Welsh", [
            (2, "If the materials were bilingual Welsh/English I'd be far more inclined, our audience expects it", EN),
            (2, "Something in Cymraeg would make a difference to us, we're a Welsh-language venue first", EN),
        ]),
        ("carbon", "Contributing on audience travel / carbon reporting", [
            (4, "I'd happily contribute to anything on measuring audience travel and carbon, we report on it for the Arts Council", EN),
            (4, "Helping shape a sustainability report, audience travel emissions etc.", EN),
        ]),
    ],
    "objective_support": {0: ["intro"], 1: ["case_study"], 2: ["early_access"], 3: ["overload"]},
    "unsupported": [4],
    "unserved": ["peer_network", "direct_support"],
    "noise": {
        1: ["not sure yet tbh", "Still working out what it is, this is my first session", "n/a", "same as above"],
        2: ["good question", "dunno", "Not much, I'm here because my boss signed me up", "the biscuits were a good start",
            "Whatever the others said"],
        3: ["Nothing holds me back from the software itself, it's been solid", "the Calepin app asks me too many questions every time I set up an event",
            "nothing really", "Can't think of anything", "-", "time of year maybe, we'll see", "no"],
        4: ["whatever's useful", "not sure", "Depends what you need", "I'll see what comes up", "Could do a talk at a conference maybe",
            "?", "open to ideas"],
        5: ["an hour a month", "half a day per season", "depends on the season", "January is quiet", "not much in August!",
            "a few hours a year", "maybe 2 hours a month", "hard to say", "Very variable", "one afternoon a quarter", "a bit"],
    },
}

# ---------------------------------------------------------------- RAM (mixed, 38)
RAM_EN = ["P04", "P09", "P15", "P22", "P28", "P33"]
RAM = {
    "code": "RAM", "lang": "mixed", "n": 38, "skip": 0.20, "skip_q": {6: 0.60},
    "en_participants": RAM_EN,
    "questions": {
        1: "Qu'attendez-vous du programme Le Foyer ?",
        2: "Qu'est-ce qui vous motiverait à devenir Ouvreur·se ?",
        3: "Qu'est-ce qui vous freine, ou pourrait vous faire décrocher ?",
        4: "Quelles contributions êtes-vous prêt·e à faire ?",
        5: "Combien de temps pouvez-vous y consacrer ?",
        6: "Un dernier mot pour l'équipe ?",
    },
    "objectives": [
        "Recueillir 20 témoignages vidéo de lieux clients pour le site et les salons professionnels",
        "Développer l'entraide entre utilisateurs sur l'espace communautaire",
        "Associer les Ouvreurs aux choix de la feuille de route produit",
        "Reconnaître et remercier l'engagement des Ouvreurs (niveaux, avantages)",
        "Simplifier la participation pour qu'une contribution prenne moins de 10 minutes",
    ],
    "themes": [
        ("feature_voice", "need", "Avoir voix au chapitre sur l'évolution du produit / say in what gets built", [
            (1, "Être associée aux décisions sur la feuille de route, pas juste consultée une fois par an", FR),
            (1, "Que les idées des utilisateurs remontent pour de vrai au produit", FR),
            (1, "qu'on nous demande notre avis AVANT de sortir une nouvelle version, pas après", FR),
            (1, "Influencer les prochaines évolutions, typiquement la gestion des invitations presse qui est une horreur", FR),
            (1, "Voir que ce qu'on suggère se retrouve un jour dans l'outil. Ça c'est motivant.", FR),
            (1, "un canal direct avec l'équipe produit", FR),
            (1, "A real say in what gets built next", EN),
            (1, "That product actually listens - we've been asking for multi-currency since Geneva went live", EN),
        ]),
        ("benchmarks", "need", "Se comparer à des lieux similaires (repères chiffrés anonymisés)", [
            (1, "Pouvoir comparer nos taux de remplissage avec des salles de même jauge, anonymisé évidemment", FR),
            (1, "Des repères chiffrés : est-ce que nos 62 % de remplissage c'est bien ou pas ?", FR),
            (1, "Savoir où on se situe par rapport aux lieux similaires en termes de prix moyen du billet", FR),
            (1, "des benchmarks !!", FR),
            (1, "Anonymised benchmarks against similar venues - average ticket price, no-show rate, that kind of thing", EN),
            (1, "Un baromètre annuel des salles indépendantes, avec nos données mises en commun", FR),
        ]),
        ("regional_meetups", "need", "Des rencontres locales / en région plutôt que toujours à Grenoble", [
            (1, "Des rencontres en région, pas toujours à Grenoble. Depuis Lille c'est une expédition.", FR),
            (1, "Des apéros Ouvreurs par ville, ou au moins par région", FR),
            (1, "Se voir entre lieux d'un même territoire, genre un petit groupe Auvergne", FR),
            (1, "Local meetups would be great, something in Geneva or Lausanne rather than always France", EN),
            (5, "Une demi-journée par trimestre si c'est près de chez moi, à Rennes ou Nantes, pas plus loin", FR),
            (5, "plus facile si ça se passe à côté, je peux me libérer une soirée mais pas faire 4h de train", FR),
        ]),
        ("recognition_thanks", "motivation", "Être remercié, se sentir reconnu (pas forcément matériellement)", [
            (2, "Qu'on nous dise merci, tout simplement.", FR),
            (2, "Se sentir utile et reconnu, que ce qu'on fait serve à quelque chose et que ça se voie", FR),
            (2, "La reconnaissance. Pas forcément matérielle.", FR),
            (2, "un petit mot de l'équipe de temps en temps, ça fait plaisir et ça coûte rien", FR),
            (2, "Sentir que notre boulot compte pour vous, pas juste qu'on remplit vos cases", FR),
            (2, "Feeling appreciated. A thank-you goes a long way.", EN),
            (2, "Knowing my effort is noticed, honestly that's enough for me", EN),
        ]),
        ("tool_complexity", "brake", "Lourdeur administrative / outil de plus pour participer", [
            (3, "Encore une plateforme à apprendre, non merci. J'ai déjà 6 logins.", FR),
            (3, "Si chaque contribution demande un formulaire de 3 pages, je décroche", FR),
            (3, "La paperasse autour. Déclarer ce qu'on a fait, prouver, remplir… c'est lourd.", FR),
            (3, "trop de process tue l'envie", FR),
            (3, "Que ce soit compliqué. Il faut que ça se fasse en deux clics depuis le téléphone.", FR),
            (3, "Too much admin to log what we've done. Keep it lightweight or I'll drift.", EN),
            (3, "Bon, le truc qui me ferait lâcher c'est l'usine à gaz : si pour dire que j'ai fait visiter la salle il faut se connecter à un portail, remplir trois champs et attendre une validation, j'abandonne. Et sinon rien à voir mais le nouveau module de billetterie scolaire est top, merci pour ça, les instits adorent.", FR),
        ]),
        ("scripted_fear", "brake", "Peur de perdre sa sincérité : discours imposé, éléments de langage, relecture", [
            (3, "Qu'on me demande de réciter un discours marketing. Je parle avec mes mots ou je parle pas.", FR),
            (3, "Les éléments de langage, très peu pour moi", FR),
            (3, "Perdre ma sincérité : si mes posts ressemblent à une pub, ma communauté le sentira tout de suite", FR),
            (3, "qu'on relise et corrige tout ce que je dis avant publication, ça me bloquerait", FR),
            (3, "Being handed a script. People can smell it a mile off.", EN),
            (3, "Le côté trop calibré. Si tout le monde dit la même phrase, plus personne n'y croit.", FR),
        ]),
        ("mutual_help", "contribution", "Aider les autres utilisateurs (forum, nouveaux, pairs)", [
            (4, "Répondre aux questions des nouveaux sur le forum, j'ai galéré au début, je sais ce que c'est", FR),
            (4, "Dépanner un collègue qui se bat avec son plan de salle, ça je fais déjà par téléphone", FR),
            (4, "Aider les petits nouveaux à prendre l'outil en main", FR),
            (4, "parrainer une salle qui démarre sur Calepin, l'accompagner pendant sa première saison", FR),
            (4, "Filer des coups de main dans l'espace communautaire quand je vois une question restée sans réponse", FR),
            (4, "du support entre pairs", FR),
            (4, "Answering newbie questions in the community space, I do that in Facebook groups already", EN),
            (4, "Mentoring a venue that's just onboarded", EN),
        ]),
    ],
    "oppositions": [
        ("material_rewards", "Récompenses matérielles : attendues par les uns, rejetées par les autres (gaspillage, démarche dénaturée)", [
            ("veut des avantages concrets", [
                (2, "Des cadeaux concrets ! des places de festival, des goodies, je suis pas contre", FR),
                (2, "Des avantages tangibles, genre des invitations ou une réduc, sinon les jetons ça reste abstrait", FR),
                (2, "Que les points se transforment en vrais trucs, sinon à quoi bon", FR),
                (2, "Proper perks - tickets, merch, whatever. Points alone won't do it.", EN),
            ]),
            ("ne veut pas de cadeaux", [
                (2, "Pas besoin de cadeaux. Encore un tote bag et je hurle.", FR),
                (2, "Surtout pas de goodies, c'est du gaspillage, on essaie de réduire nos déchets au théâtre", FR),
                (2, "Les récompenses matérielles, non merci, ça dénature la démarche", FR),
                (2, "No swag please, our office is already full of branded mugs.", EN),
            ]),
        ]),
        ("ai_in_workshop", "Usage d'une IA pour synthétiser l'atelier : accepté sous condition de transparence vs refusé", [
            ("d'accord si transparent", [
                (6, "L'IA pour faire la synthèse de l'atelier, ça me va si on sait ce qui est fait de nos réponses", FR),
                (6, "Ok pour l'outil d'IA tant que c'est transparent et qu'un humain relit derrière", FR),
                (6, "Fine with the AI summary as long as you tell us what's stored", EN),
            ]),
            ("contre", [
                (6, "Je ne suis pas à l'aise avec le fait qu'une IA lise nos réponses.", FR),
                (6, "Pas d'IA dans nos échanges svp, je préfère qu'une personne lise ce que j'écris", FR),
                (6, "contre l'utilisation de l'IA ici, c'est un atelier entre humains", FR),
            ]),
        ]),
    ],
    "minorities": [
        ("technical_staff", "Ouvrir le programme aux régisseurs / équipes techniques", [
            (1, "Que le programme s'ouvre aux régisseurs et pas seulement aux admins billetterie", FR),
            (1, "Intégrer les équipes techniques : les régies ont plein de choses à dire sur l'accueil des compagnies", FR),
        ]),
        ("public_body_rules", "Établissement public : interdiction juridique d'accepter des avantages d'un fournisseur", [
            (3, "On est en régie municipale : accepter des cadeaux d'un fournisseur, c'est compliqué juridiquement", FR),
            (3, "Attention, en tant qu'établissement public on ne peut pas recevoir d'avantages d'un prestataire, les règles des marchés publics l'interdisent", FR),
        ]),
        ("english_materials", "Supports du programme en anglais", [
            (6, "Please have the programme materials in English too, half our team doesn't read French", EN),
            (6, "English docs would help, I'm answering in English for a reason :)", EN),
        ]),
    ],
    "objective_support": {1: ["mutual_help"], 2: ["feature_voice"], 3: ["recognition_thanks"], 4: ["tool_complexity"]},
    "unsupported": [0],
    "unserved": ["benchmarks", "regional_meetups"],
    "noise": {
        (1, FR): ["je découvre le programme aujourd'hui", "je sais pas encore", "?", "pareil que P12", "bonne question, je réfléchis",
                  "Rien de précis pour l'instant", "voir ce que ça donne", "des infos", "pas d'attente particulière"],
        (1, EN): ["not sure yet", "Just here to listen today"],
        (2, FR): ["bonne question", "rien de particulier", "je verrai bien", "l'ambiance de la journée déjà", "je suis venue par curiosité",
                  "aucune idée", "+1 avec ce qui a été dit", "ça dépendra", "mon directeur m'a inscrite donc…", "bof"],
        (2, EN): ["no idea yet", "curiosity mostly"],
        (3, FR): ["rien, je suis motivée !", "pas de frein particulier", "aucun", "je vois pas", "le Wi-Fi de la salle ce matin lol",
                  "non rien", "pour l'instant rien", "RAS", "les grèves de train peut-être, pour venir aujourd'hui", "bof, rien"],
        (3, EN): ["nothing so far", "can't think of anything"],
        (4, FR): ["à voir selon la demande", "ce qui sera utile", "je ne sais pas encore", "un article pour la newsletter éventuellement",
                  "pourquoi pas intervenir sur un webinaire", "tout dépend du moment de la saison", "je suis ouverte",
                  "je vous dirai", "un peu de tout", "rien de spécial", "ce que vous voulez", "on verra", "à définir",
                  "aucune idée pour l'instant", "ça dépend", "des petites choses"],
        (4, EN): ["whatever helps", "open to it", "not sure yet"],
        (5, FR): None,  # built combinatorially below
        (5, EN): None,
        (6, FR): ["merci pour la journée", "super organisation !", "vivement l'an prochain", "le café était froid mais le reste top",
                  "La vidéo de présentation du programme était un peu longue, mais sympa", "bravo à l'équipe", "merci !!",
                  "rien à ajouter", "continuez comme ça", "à bientôt", "top", "belle journée", "merci pour l'accueil",
                  "ravie d'être là", "bonne continuation"],
        (6, EN): ["thanks for having us", "great day", "cheers!"],
    },
}

TIME_FR_A = ["une heure", "deux heures", "une demi-journée", "une soirée", "30 min", "3h", "quelques heures", "une journée"]
TIME_FR_B = ["par mois", "par trimestre", "par saison", "par an", "par semaine", "de temps en temps"]
TIME_FR_C = ["", " max", ", hors festival", ", plutôt en janvier", ", l'été surtout", " en moyenne", ", à voir", " grand maximum"]
TIME_EN_A = ["an hour", "two hours", "half a day", "an evening", "30 mins", "a few hours"]
TIME_EN_B = ["a month", "a quarter", "per season", "a year"]


def time_answers(rng, lang, n):
    out, seen = [], set()
    while len(out) < n:
        if lang == FR:
            s = f"{rng.choice(TIME_FR_A)} {rng.choice(TIME_FR_B)}{rng.choice(TIME_FR_C)}"
        else:
            s = f"{rng.choice(TIME_EN_A)} {rng.choice(TIME_EN_B)}"
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def typo(rng, text):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def build(spec, rng):
    code, n = spec["code"], spec["n"]
    parts = [f"P{i:02d}" for i in range(1, n + 1)]
    en_parts = set(spec.get("en_participants", [])) if spec["lang"] == "mixed" else set()
    qs = spec["questions"]
    # collect planted items per question: (label_kind, key, side_label, text, lang)
    per_q = {q: [] for q in qs}
    for key, kind, desc, items in spec["themes"]:
        for q, t, lg in items:
            per_q[q].append(("theme", key, None, t, lg))
    for key, desc, sides in spec["oppositions"]:
        for label, items in sides:
            for q, t, lg in items:
                per_q[q].append(("side", key, label, t, lg))
    for key, desc, items in spec["minorities"]:
        for q, t, lg in items:
            per_q[q].append(("minority", key, None, t, lg))

    answers = {}  # (participant, q) -> (text, tag)
    for q in qs:
        items = per_q[q][:]
        rng.shuffle(items)
        if en_parts:
            free_en = [p for p in parts if p in en_parts]
            free_fr = [p for p in parts if p not in en_parts]
        else:
            free_en, free_fr = [], parts[:]
        rng.shuffle(free_en)
        rng.shuffle(free_fr)
        for tag, key, side, t, lg in items:
            pool = free_en if (en_parts and lg == EN) else free_fr
            assert pool, (code, q, "no participant left")
            p = pool.pop()
            answers[(p, q)] = (t, (tag, key, side))
        # remaining participants: skip or noise
        skip_rate = spec.get("skip_q", {}).get(q, spec["skip"])
        rest = sorted(free_en + free_fr)
        if spec["lang"] == "mixed":
            pools = {}
            for lg in (FR, EN):
                base = spec["noise"][(q, lg)]
                pools[lg] = list(base) if base is not None else time_answers(rng, lg, 40 if lg == FR else 15)
                rng.shuffle(pools[lg])
        else:
            pools = {"x": list(spec["noise"][q])}
            rng.shuffle(pools["x"])
        used = {k: 0 for k in pools}
        for p in rest:
            if rng.random() < skip_rate:
                continue
            k = (EN if p in en_parts else FR) if spec["lang"] == "mixed" else "x"
            pool = pools[k]
            t = pool[used[k] % len(pool)]
            used[k] += 1
            answers[(p, q)] = (t, ("noise", None, None))
    # light realism: occasional typo, occasional lower-case start
    rows = []
    for p in parts:
        for q in sorted(qs):
            if (p, q) not in answers:
                continue
            t, tag = answers[(p, q)]
            if len(t) > 25 and rng.random() < 0.10:
                t = typo(rng, t)
            if spec["lang"] != "en" and rng.random() < 0.08 and t[:1].isupper() and t[1:2].islower():
                t = t[0].lower() + t[1:]
            rows.append({"id": f"{code}-{p}-q{q}", "participant": p, "question": qs[q], "answer": t, "_tag": tag})
    return rows


def truth_for(spec, rows):
    def ids(pred):
        return [r["id"] for r in rows if pred(r["_tag"])]
    themes = [{"key": key, "kind": kind, "description": desc,
               "answer_ids": ids(lambda tg, k=key: tg[0] == "theme" and tg[1] == k)}
              for key, kind, desc, _ in spec["themes"]]
    opps = [{"key": key, "description": desc,
             "sides": [{"label": label, "answer_ids": ids(lambda tg, k=key, l=label: tg[0] == "side" and tg[1] == k and tg[2] == l)}
                       for label, _ in sides]}
            for key, desc, sides in spec["oppositions"]]
    mins = [{"key": key, "description": desc,
             "answer_ids": ids(lambda tg, k=key: tg[0] == "minority" and tg[1] == k)}
            for key, desc, _ in spec["minorities"]]
    objs = spec["objectives"]
    support = {objs[i]: spec["objective_support"].get(i, []) for i in range(len(objs))}
    return {
        "session": spec["code"], "lang": spec["lang"],
        "themes": themes, "oppositions": opps, "minorities": mins,
        "objective_support": support,
        "unsupported_objectives": [objs[i] for i in spec["unsupported"]],
        "unserved_needs": list(spec["unserved"]),
        "noise_answer_ids": ids(lambda tg: tg[0] == "noise"),
    }


def main():
    rng = random.Random(SEED)
    for spec in (LUM, FRG, RAM):
        rows = build(spec, rng)
        code = spec["code"]
        with open(os.path.join(OUT, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: r[k] for k in ("id", "participant", "question", "answer")}, ensure_ascii=False) + "\n")
        with open(os.path.join(OUT, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(spec["objectives"]) + "\n")
        with open(os.path.join(OUT, f"{code}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth_for(spec, rows), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(code, len({r['participant'] for r in rows}), "participants,", len(rows), "answers")


if __name__ == "__main__":
    main()
