#!/usr/bin/env python3
"""Writes the blind development set synthesis_dev13 (stdlib only, deterministic)."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Session 1: theatre company season-ticket holders (French, 24 participants)
# ---------------------------------------------------------------------------
THEATRE = {
    "session": "theatre",
    "lang": "fr",
    "seed": 1301,
    "participants": {"fr": [
        "Odile Ferrand", "Bastien Leclair", "Maëlle Gaudin", "Rachid Benhamou", "Sylvie Duprat",
        "Clément Arnoux", "Hélène Vasseur", "Yannick Morel", "Inès Chabert", "Gilles Pradel",
        "Camille Roussel", "Théo Marchand", "Nadia Kessaci", "Pierre-Yves Le Goff", "Agathe Rivière",
        "Samuel Brochard", "Lucie Tessier", "Jean-Marc Olivier", "Élodie Fabre", "Karim Saïdi",
        "Brigitte Lemaire", "Victor Hamel", "Chloé Besnard", "Antoine Carré"]},
    "questions": {"fr": [
        "Qu'est-ce qui vous donnerait envie de devenir ambassadeur ou ambassadrice du théâtre ?",
        "Qu'est-ce qui pourrait vous freiner ou vous faire hésiter ?",
        "Quel type de contribution vous conviendrait le mieux ?",
        "Quand seriez-vous disponible pour participer ?",
        "Qu'attendez-vous du programme en retour ?"]},
    "objectives": [
        "Faire venir de nouveaux spectateurs grâce à la recommandation des abonnés",
        "Renforcer le lien entre les abonnés, les artistes et les coulisses de la création",
        "Récompenser la fidélité des abonnés par des avantages tarifaires",
        "Offrir aux abonnés un accès prioritaire à la billetterie et aux annonces de saison",
        "Développer les partenariats avec les entreprises mécènes de la région",
    ],
    "themes": [
        ("partage_passion", "Partager sa passion du théâtre et emmener son entourage voir des spectacles"),
        ("coulisses", "Accéder aux coulisses, aux répétitions et rencontrer les artistes"),
        ("peur_demarchage", "Peur de jouer les commerciaux / de démarcher ses proches"),
        ("manque_temps", "Manque de temps (travail, enfants, soirées déjà prises)"),
        ("parrainage", "Parrainer / amener concrètement de nouveaux spectateurs"),
        ("prix", "Une réduction sur le prix des places ou de la carte de saison"),
        ("priorite_resa", "Réserver en priorité et connaître la programmation avant tout le monde"),
    ],
    "oppositions": [
        ("format_contribution", "Contribuer par écrit en ligne ou par une présence physique en salle",
         ("écrire en ligne (critiques, carnets, avis)", "accueillir le public en salle, en personne")),
        ("creneau", "Disponible en semaine en soirée ou plutôt le week-end en journée",
         ("soirs de semaine", "week-end, en journée")),
    ],
    "minorities": [
        ("jeune_public", "Faire venir les jeunes / les scolaires au théâtre"),
        ("accessibilite", "Accessibilité de la salle et des spectacles (mobilité, audiodescription)"),
    ],
    "objective_support": {
        "Faire venir de nouveaux spectateurs grâce à la recommandation des abonnés": ["parrainage", "partage_passion"],
        "Renforcer le lien entre les abonnés, les artistes et les coulisses de la création": ["coulisses"],
        "Récompenser la fidélité des abonnés par des avantages tarifaires": ["prix"],
        "Offrir aux abonnés un accès prioritaire à la billetterie et aux annonces de saison": ["priorite_resa"],
    },
    # (question index, key, lang, text)
    "answers": [
        (0, "partage_passion", "fr", "J'adore le théâtre et j'aimerais que mes amis découvrent ce que je vis ici chaque saison."),
        (0, "partage_passion", "fr", "transmettre le virus ! mes collègues pensent que c'est ringard, je veux leur prouver le contraire"),
        (0, "partage_passion", "fr", "Quand un spectacle me bouleverse j'ai besoin d'en parler, autant que ça serve à remplir la salle."),
        (0, "partage_passion", "fr", "emmener ma fille et ses copines, qu'elles voient autre chose que netflix"),
        (0, "partage_passion", "fr", "Faire découvrir. C'est tout."),
        (0, "partage_passion", "fr", "J'en parle déjà tout le temps autour de moi, mon entourage me surnomme 'la pièce de la semaine' lol"),
        (0, "partage_passion", "fr", "communiquer mon enthousiasme pour la scène à des gens qui n'y mettent jamais les pieds"),
        (0, "coulisses", "fr", "Voir l'envers du décor, les répétitions, comment une mise en scène se construit."),
        (0, "coulisses", "fr", "rencontrer les comédiens après la représentation, échanger avec eux"),
        (0, "coulisses", "fr", "Assister à une générale ou à un filage, ça me ferait rêver"),
        (0, "coulisses", "fr", "discuter avec le metteur en scène, comprendre ses choix… et accessoirement partager ça avec d'autres"),
        (0, "coulisses", "fr", "les loges, la machinerie, les costumes : tout ce qu'on ne voit jamais depuis le fauteuil"),
        (0, "jeune_public", "fr", "Je suis prof de lettres, j'aimerais servir de pont entre le théâtre et mes élèves."),
        (0, "jeune_public", "fr", "que les ados du quartier osent pousser la porte, ils croient que c'est pas pour eux"),
        (0, "jeune_public", "fr", "Amener des classes, des lycéens, le public de demain quoi"),
        (0, "noise", "fr", "rien de spécial"),
        (0, "noise", "fr", "Le bar devrait proposer des plats végétariens avant le spectacle."),

        (1, "peur_demarchage", "fr", "Je n'ai pas envie de devenir le VRP du théâtre auprès de mes amis."),
        (1, "peur_demarchage", "fr", "peur de saouler mon entourage à force de relancer"),
        (1, "peur_demarchage", "fr", "Si on me demande de vendre des abonnements, non merci, ce n'est pas mon rôle."),
        (1, "peur_demarchage", "fr", "le côté marketing / démarchage me met mal à l'aise"),
        (1, "peur_demarchage", "fr", "Passer pour quelqu'un qui fait de la pub, j'aurais honte"),
        (1, "peur_demarchage", "fr", "que ça devienne commercial. je recommande par plaisir pas par obligation"),
        (1, "manque_temps", "fr", "Le temps. Boulot + deux enfants, je viens déjà au théâtre en courant."),
        (1, "manque_temps", "fr", "mes soirées sont comptées, déjà dur de caser les spectacles"),
        (1, "manque_temps", "fr", "Je travaille en horaires décalés, difficile de m'engager sur quoi que ce soit."),
        (1, "manque_temps", "fr", "agenda surchargé"),
        (1, "accessibilite", "fr", "Je suis en fauteuil et l'accès au balcon reste compliqué, ça me freine pour inviter d'autres personnes."),
        (1, "accessibilite", "fr", "ma mère est malvoyante, sans audiodescription je ne peux pas l'emmener"),
        (1, "accessibilite", "fr", "la salle n'est pas vraiment adaptée aux personnes à mobilité réduite"),
        (1, "noise", "fr", "je ne vois pas"),
        (1, "noise", "fr", "Le parking à côté ferme trop tôt après les représentations."),

        (2, "parrainage", "fr", "Faire venir un ou deux amis par saison, les accompagner à leur première pièce."),
        (2, "parrainage", "fr", "parrainer des nouveaux, genre un filleul par an"),
        (2, "parrainage", "fr", "Je peux inviter mes voisins, ils ne sont jamais venus."),
        (2, "parrainage", "fr", "offrir une place découverte à quelqu'un qui n'a jamais vu de théâtre"),
        (2, "parrainage", "fr", "ramener du monde ! des collègues, la famille, peu importe"),
        (2, "parrainage", "fr", "Constituer un petit groupe d'amis néophytes et les guider dans la saison."),
        (2, "parrainage", "fr", "introduire des gens de mon club de rando, ils sont curieux"),
        (2, "format_contribution", "fr", "Écrire des critiques sur le blog du théâtre après chaque première."),
        (2, "format_contribution", "fr", "rédiger un petit carnet de spectateur en ligne, à mon rythme"),
        (2, "format_contribution", "fr", "Je préfère écrire : des avis, des billets, des textes publiés sur le site."),
        (2, "format_contribution", "fr", "poster mes impressions par écrit sur internet, c'est plus mon truc"),
        (2, "format_contribution", "fr", "Une chronique mensuelle sur la page du théâtre, pourquoi pas"),
        (2, "format_contribution_b", "fr", "Accueillir les spectateurs à l'entrée les soirs de première, leur parler de vive voix."),
        (2, "format_contribution_b", "fr", "être présent dans le hall avant le lever de rideau pour discuter avec les gens"),
        (2, "format_contribution_b", "fr", "Animer un bord de scène ou une rencontre en salle, en direct."),
        (2, "format_contribution_b", "fr", "moi c'est le contact humain sur place, pas l'écran"),
        (2, "format_contribution_b", "fr", "faire visiter le bâtiment aux nouveaux, en chair et en os"),
        (2, "noise", "fr", "bof"),

        (3, "creneau", "fr", "En semaine, le soir, juste avant les représentations."),
        (3, "creneau", "fr", "mardi ou jeudi soir ça m'arrange"),
        (3, "creneau", "fr", "Plutôt après le travail, vers 19h, les jours ouvrés."),
        (3, "creneau", "fr", "les soirs de semaine, le week-end c'est sacré pour la famille"),
        (3, "creneau", "fr", "du lundi au vendredi en fin de journée"),
        (3, "creneau", "fr", "En soirée quand je viens voir une pièce de toute façon"),
        (3, "creneau_b", "fr", "Le samedi ou le dimanche, en journée."),
        (3, "creneau_b", "fr", "dimanche après-midi, les matinées du week-end"),
        (3, "creneau_b", "fr", "Les week-ends uniquement, en semaine je rentre trop tard."),
        (3, "creneau_b", "fr", "samedi matin idéalement"),
        (3, "creneau_b", "fr", "pendant les vacances et les week-ends, en journée"),
        (3, "creneau_b", "fr", "Plutôt les après-midis du week-end, pour les représentations en matinée."),
        (3, "manque_temps", "fr", "honnêtement presque jamais, entre le boulot et les gamins"),
        (3, "manque_temps", "fr", "Très peu… je suis déjà débordée."),
        (3, "manque_temps", "fr", "pas bcp de dispo, désolé, vie de fou en ce moment"),
        (3, "noise", "fr", "je sais pas encore"),
        (3, "noise", "fr", "ça dépend"),

        (4, "prix", "fr", "Une réduc sur la carte de saison, ce serait la moindre des choses."),
        (4, "prix", "fr", "payer un peu moins cher mes places"),
        (4, "prix", "fr", "Une remise de 15 % sur les spectacles, par exemple."),
        (4, "prix", "fr", "des places à moitié prix pour la personne que j'amène"),
        (4, "prix", "fr", "un geste financier, même petit"),
        (4, "prix", "fr", "Que ça me coûte moins cher de venir souvent, la culture a un coût."),
        (4, "prix", "fr", "-20% ?? :)"),
        (4, "priorite_resa", "fr", "Pouvoir réserver avant l'ouverture au grand public."),
        (4, "priorite_resa", "fr", "connaître la programmation en avant-première"),
        (4, "priorite_resa", "fr", "Être prévenu en premier quand une date supplémentaire est ajoutée."),
        (4, "priorite_resa", "fr", "un accès prioritaire à la billetterie, les bonnes places partent en 10 minutes"),
        (4, "priorite_resa", "fr", "recevoir les annonces de saison dès leur sortie, avec quelques jours d'avance pour choisir mes places"),
        (4, "coulisses", "fr", "assister aux répétitions de temps en temps"),
        (4, "noise", "fr", "rien à ajouter"),
    ],
}

# ---------------------------------------------------------------------------
# Session 2: board-game publisher (English, 16 participants)
# ---------------------------------------------------------------------------
MEEPLES = {
    "session": "meeples",
    "lang": "en",
    "seed": 1302,
    "participants": {"en": [
        "Harriet Blythe", "Owen Pritchard", "Priya Raman", "Callum Dunmore", "Freya Ashcombe",
        "Tomasz Wilk", "Ellie Marchbanks", "Jude Okafor", "Rosie Penhaligon", "Gareth Lowe",
        "Amira Haddad", "Finlay Crewe", "Bethany Thorne", "Sanjay Mehta", "Molly Ferris", "Declan Rourke"]},
    "questions": {"en": [
        "What would make you want to become an ambassador for Tallowmere Games?",
        "What might hold you back?",
        "Which kind of contribution would suit you best?",
        "How much time could you realistically give, and how?",
        "What should the programme give you in return?"]},
    "objectives": [
        "Improve our prototypes with structured playtesting feedback",
        "Build a friendly player community around our titles",
        "Increase our presence in independent game stores through ambassador-led demos",
        "Publicly acknowledge the contributors who help us most",
        "Generate more reviews on online retail sites",
    ],
    "themes": [
        ("playtest", "Playtesting prototypes / shaping games before release"),
        ("meet_people", "Meeting like-minded people, finding a regular group to play with"),
        ("shill_fear", "Fear of looking like a paid shill / losing credibility with friends"),
        ("unclear_commitment", "Unclear expectations: not knowing what is asked or how much"),
        ("demos", "Running demos / teaching games at local shops and conventions"),
        ("credit", "Being credited (name in the rulebook, thanks page, special title)"),
    ],
    "oppositions": [
        ("reward_kind", "Rewards as money-like credit or as exclusive physical items",
         ("store credit / discount codes", "exclusive physical promos and collectibles")),
        ("time_pattern", "A steady small weekly slot or concentrated effort around conventions",
         ("small regular weekly slot", "bursts around conventions and launches")),
    ],
    "minorities": [
        ("colourblind", "Components are hard to use for colour-blind players"),
        ("translation", "Translating rules for non-English-speaking groups"),
    ],
    "objective_support": {
        "Improve our prototypes with structured playtesting feedback": ["playtest"],
        "Build a friendly player community around our titles": ["meet_people"],
        "Increase our presence in independent game stores through ambassador-led demos": ["demos"],
        "Publicly acknowledge the contributors who help us most": ["credit"],
    },
    "answers": [
        (0, "playtest", "en", "Getting my hands on prototypes before anyone else and helping shape them."),
        (0, "playtest", "en", "i love breaking games lol. finding the broken combo before release is my jam"),
        (0, "playtest", "en", "Testing early versions and seeing my suggestions end up in the final box would be amazing."),
        (0, "playtest", "en", "trying unfinished designs"),
        (0, "playtest", "en", "Honestly just being one of the guinea pigs for new mechanics. And maybe meeting a few folks while doing it."),
        (0, "meet_people", "en", "Meeting new people who are into the hobby as much as I am."),
        (0, "meet_people", "en", "I moved to Leeds last year and know nobody, so socialising tbh"),
        (0, "meet_people", "en", "finding a regular group for game nights, my old crew all had kids"),
        (0, "meet_people", "en", "hanging out with like-minded nerds"),
        (0, "meet_people", "en", "The social side. Table talk, pizza, new faces."),
        (0, "noise", "en", "not sure yet"),

        (1, "shill_fear", "en", "I don't want my mates to think I'm being paid to hype stuff."),
        (1, "shill_fear", "en", "looking like a shill. the hobby is allergic to that"),
        (1, "shill_fear", "en", "If I end up sounding like an advert my recommendations stop meaning anything."),
        (1, "shill_fear", "en", "credibility. people at my club trust my opinion, id hate to lose that"),
        (1, "shill_fear", "en", "Being seen as a corporate mouthpiece rather than a genuine fan."),
        (1, "unclear_commitment", "en", "Not knowing exactly what I'm signing up for."),
        (1, "unclear_commitment", "en", "how much is expected?? vague programmes always end up eating your weekends"),
        (1, "unclear_commitment", "en", "If there are quotas or targets I'd rather know up front."),
        (1, "unclear_commitment", "en", "unclear what the 'ambassador' role actually involves day to day"),
        (1, "colourblind", "en", "I'm colour-blind and half your card colours look identical to me, hard to teach with them."),
        (1, "colourblind", "en", "the red/green tokens in Harbourfall are a nightmare for deuteranopes like me"),
        (1, "noise", "en", "nothing really"),

        (2, "demos", "en", "Running demo tables at my local game shop on Saturdays."),
        (2, "demos", "en", "teaching games at conventions, I already do it for free anyway"),
        (2, "demos", "en", "I could show new releases at my FLGS's open night."),
        (2, "demos", "en", "Standing at the booth at UKGE walking people through the rules."),
        (2, "demos", "en", "learn-to-play sessions in the shop downstairs"),
        (2, "demos", "en", "demoing at cons n stores"),
        (2, "playtest", "en", "Filling in detailed feedback forms after blind playtests."),
        (2, "translation", "en", "I could translate rulebooks into Polish for my group back home."),
        (2, "translation", "en", "Spanish rules sheets! half my table doesn't read English well"),
        (2, "translation", "en", "helping with German translations, I'm bilingual"),
        (2, "noise", "en", "whatever's needed really"),

        (3, "time_pattern", "en", "An hour or two every week, steady."),
        (3, "time_pattern", "en", "a small regular slot, like every tuesday evening"),
        (3, "time_pattern", "en", "A bit each week is easier for me than big chunks."),
        (3, "time_pattern", "en", "couple of hrs weekly, consistent"),
        (3, "time_pattern", "en", "Little and often, that's how I work."),
        (3, "time_pattern_b", "en", "I'd rather go all in over a convention weekend and then rest."),
        (3, "time_pattern_b", "en", "mostly around big events — Expo, Essen, launch weeks"),
        (3, "time_pattern_b", "en", "A few intense bursts a year when there's a release."),
        (3, "time_pattern_b", "en", "con season only tbh, the rest of the year work is mental"),
        (3, "time_pattern_b", "en", "Blocks of several days a couple of times a year, not weekly."),
        (3, "noise", "en", "dunno"),

        (4, "reward_kind", "en", "Store credit I can spend on the webshop."),
        (4, "reward_kind", "en", "discount codes, simple as"),
        (4, "reward_kind", "en", "A percentage off new releases would be the most useful."),
        (4, "reward_kind", "en", "vouchers i can use at my local shop"),
        (4, "reward_kind_b", "en", "Exclusive promo cards you can't get anywhere else."),
        (4, "reward_kind_b", "en", "limited-edition metal coins or an alt-art box, collectors love that"),
        (4, "reward_kind_b", "en", "Signed copies and unique minis, something physical for the shelf."),
        (4, "reward_kind_b", "en", "special promos & goodies"),
        (4, "credit", "en", "My name in the rulebook credits would be ace."),
        (4, "credit", "en", "a mention on the thanks page, that's enough for me"),
        (4, "credit", "en", "Some kind of title or badge on your site showing I helped out."),
        (4, "credit", "en", "being listed as a playtester in the box. bragging rights"),
        (4, "credit", "en", "Public recognition, like a shout-out in your newsletter."),
        (4, "noise", "en", "Please reprint Lanternwick, it's been sold out for ages."),
    ],
}

# ---------------------------------------------------------------------------
# Session 3: Swiss home-care nursing service, patients' families (French + English, 28)
# ---------------------------------------------------------------------------
SOINS = {
    "session": "soins",
    "lang": "fr+en",
    "seed": 1303,
    "participants": {
        "fr": ["Monique Favre", "Laurent Rochat", "Céline Bovet", "Daniel Jaquier", "Isabelle Pittet",
               "Marc-Henri Cuendet", "Sandrine Mottier", "Frédéric Dubuis", "Nathalie Gilliéron", "Patrick Rey",
               "Anne-Laure Chappuis", "Olivier Burnier", "Valérie Magnin", "Stéphane Correvon", "Josiane Ducret",
               ],
        "en": ["Sarah Whitfield", "James Okonkwo", "Linda Bergström", "Michael O'Shea", "Anna Kowalczyk",
               "David Feldman", "Rebecca Lund", "Thomas Hartley", "Grace Nakamura", "Peter van Dijk",
               "Helen Moreau-Clarke", "Chloe Ashworth", "Ben Gallagher"]},
    "questions": {
        "fr": ["Qu'est-ce qui vous donnerait envie de vous engager comme famille ambassadrice ?",
               "Qu'est-ce qui pourrait vous freiner ?",
               "Sous quelle forme aimeriez-vous contribuer ?",
               "Quand et comment seriez-vous disponible ?",
               "Qu'attendez-vous du programme ?"],
        "en": ["What would make you want to get involved as an ambassador family?",
               "What might hold you back?",
               "In what form would you like to contribute?",
               "When and how would you be available?",
               "What do you expect from the programme?"]},
    "objectives": [
        "Favoriser l'entraide entre les familles de patients",
        "Valoriser le travail des infirmières et infirmiers à domicile",
        "Améliorer la communication entre le service et les familles",
        "Former les proches aidants aux gestes du quotidien",
        "Recruter de nouveaux clients grâce à la recommandation des familles",
    ],
    "themes": [
        ("gratitude", "Dire merci / rendre ce que l'équipe soignante a apporté"),
        ("aider_familles", "Aider d'autres familles qui découvrent la même situation"),
        ("epuisement", "Épuisement de l'aidant, plus d'énergie disponible"),
        ("intimite", "Peur d'exposer la maladie du proche, confidentialité"),
        ("coordination", "Mieux être informé, un interlocuteur / coordination claire"),
        ("formation_gestes", "Être formé aux gestes de soin du quotidien"),
    ],
    "oppositions": [
        ("forme_temoignage", "Témoigner par écrit et anonymement ou se rencontrer en groupe en personne",
         ("écrit, anonyme / written and anonymous", "rencontres en groupe en personne / in-person group meetings")),
        ("moment", "Disponible en journée sur place ou le soir en ligne",
         ("en journée, en présentiel / daytime in person", "le soir, à distance / evenings online")),
    ],
    "minorities": [
        ("plaidoyer", "Porter la voix des familles auprès des politiques (financement des soins)"),
        ("allemand", "Besoin d'échanges en allemand / suisse-allemand"),
    ],
    "objective_support": {
        "Favoriser l'entraide entre les familles de patients": ["aider_familles"],
        "Valoriser le travail des infirmières et infirmiers à domicile": ["gratitude"],
        "Améliorer la communication entre le service et les familles": ["coordination"],
        "Former les proches aidants aux gestes du quotidien": ["formation_gestes"],
    },
    "answers": [
        (0, "gratitude", "fr", "Dire merci à l'équipe qui passe chaque matin chez maman, elles ont changé notre quotidien."),
        (0, "gratitude", "fr", "rendre un peu de ce qu'on a reçu pendant la maladie de mon père"),
        (0, "gratitude", "fr", "Par reconnaissance. Sans elles papa serait en EMS depuis longtemps."),
        (0, "gratitude", "fr", "je leur dois bien ça"),
        (0, "gratitude", "fr", "Les soignantes ont été formidables avec ma femme, j'aimerais que ça se sache."),
        (0, "gratitude", "en", "To thank the nurses properly, they went far beyond what was expected."),
        (0, "gratitude", "en", "giving something back after everything they did for my mum"),
        (0, "gratitude", "en", "Gratitude, plain and simple — and maybe helping others a little along the way."),
        (0, "aider_familles", "fr", "Aider les familles qui débarquent dans cette situation, on est tellement perdu au début."),
        (0, "aider_familles", "fr", "que d'autres proches n'aient pas à tout découvrir seuls comme nous"),
        (0, "aider_familles", "fr", "Partager ce qu'on a appris avec ceux qui commencent, les astuces, les démarches."),
        (0, "aider_familles", "fr", "soutenir d'autres aidants, j'aurais adoré avoir qqn à qui parler"),
        (0, "aider_familles", "en", "Supporting families who are just starting out, I remember how lost we felt."),
        (0, "aider_familles", "en", "being there for someone going through what we went through"),
        (0, "aider_familles", "en", "Passing on what we learned so the next family has it easier."),
        (0, "aider_familles", "en", "peer support for newbies, basically"),
        (0, "plaidoyer", "fr", "Porter la voix des familles auprès du canton, les soins à domicile manquent de moyens."),
        (0, "plaidoyer", "fr", "faire pression sur les politiques pour le financement, sinon rien ne bouge"),
        (0, "plaidoyer", "en", "Lobbying for better funding, honestly; the system relies on unpaid relatives."),
        (0, "noise", "fr", "rien de particulier"),
        (0, "noise", "en", "no idea really"),

        (1, "epuisement", "fr", "Je suis déjà à bout, je n'ai plus d'énergie pour autre chose."),
        (1, "epuisement", "fr", "la fatigue. m'occuper de maman 24/7 me vide"),
        (1, "epuisement", "fr", "Entre le travail et les nuits hachées, je n'ai plus de ressources."),
        (1, "epuisement", "fr", "épuisée moralement"),
        (1, "epuisement", "en", "I'm running on empty as it is, caring takes everything I have."),
        (1, "epuisement", "en", "exhaustion, some weeks I barely cope"),
        (1, "epuisement", "en", "Burnout. Being a carer on top of a full-time job is already too much."),
        (1, "epuisement", "en", "tired all the time tbh"),
        (1, "intimite", "fr", "Je ne veux pas exposer la maladie de mon mari, c'est son intimité."),
        (1, "intimite", "fr", "peur que des infos sur l'état de santé de maman circulent"),
        (1, "intimite", "fr", "Mon père n'aimerait pas du tout qu'on parle de lui publiquement."),
        (1, "intimite", "fr", "la confidentialité, on est dans un petit village, tout se sait"),
        (1, "intimite", "en", "Privacy. My mother's dementia is nobody else's business."),
        (1, "intimite", "en", "worried about personal medical details being shared"),
        (1, "intimite", "en", "I don't want our family situation on a website or in a brochure."),
        (1, "intimite", "en", "discretion matters a lot to us"),
        (1, "allemand", "fr", "Ma belle-famille parle suisse-allemand, il faudrait aussi des échanges en allemand."),
        (1, "allemand", "en", "My father-in-law only speaks German, so French-only meetings exclude him."),
        (1, "noise", "fr", "je ne sais pas"),
        (1, "noise", "en", "The invoices are confusing, by the way."),

        (2, "forme_temoignage", "fr", "Un témoignage écrit, anonyme, sur votre site."),
        (2, "forme_temoignage", "fr", "écrire quelques lignes sans mon nom, ça oui"),
        (2, "forme_temoignage", "fr", "Rédiger notre histoire de façon anonymisée pour la brochure."),
        (2, "forme_temoignage", "en", "A written account, without names, that I can do from home."),
        (2, "forme_temoignage", "en", "writing something anonymously, I'm not a talker"),
        (2, "forme_temoignage", "en", "Short written pieces with initials only."),
        (2, "forme_temoignage_b", "fr", "Participer à des groupes de parole en vrai, autour d'un café."),
        (2, "forme_temoignage_b", "fr", "des rencontres entre familles dans vos locaux, face à face"),
        (2, "forme_temoignage_b", "fr", "Venir parler lors d'une soirée d'échange, en personne."),
        (2, "forme_temoignage_b", "en", "Meeting other families in person, a proper support circle."),
        (2, "forme_temoignage_b", "en", "group get-togethers where we can actually see each other"),
        (2, "forme_temoignage_b", "en", "Face-to-face sessions, I need the human contact."),
        (2, "aider_familles", "fr", "parrainer une famille qui débute, l'appeler de temps en temps"),
        (2, "aider_familles", "fr", "Être la personne de contact pour un nouvel aidant du quartier."),
        (2, "aider_familles", "en", "buddying up with a newly caring relative"),
        (2, "noise", "fr", "à voir"),
        (2, "noise", "en", "no preference"),

        (3, "moment", "fr", "En journée, quand l'infirmière est là et que je peux m'absenter."),
        (3, "moment", "fr", "les matins en semaine, sur place"),
        (3, "moment", "fr", "Plutôt l'après-midi, en vrai, pas derrière un écran."),
        (3, "moment", "fr", "en journée, je suis à la retraite"),
        (3, "moment", "en", "Daytime, in person, while the carer covers for me."),
        (3, "moment", "en", "weekday mornings at your office would work"),
        (3, "moment", "en", "During the day; evenings are when Dad needs me most."),
        (3, "moment_b", "fr", "Le soir, en visio, une fois les enfants couchés."),
        (3, "moment_b", "fr", "en ligne après 20h, je ne peux pas me déplacer"),
        (3, "moment_b", "fr", "Le soir à distance, par Teams ou Zoom."),
        (3, "moment_b", "fr", "tard le soir depuis chez moi"),
        (3, "moment_b", "en", "Evenings online, I can't leave the house during the day."),
        (3, "moment_b", "en", "after 9pm on a video call"),
        (3, "moment_b", "en", "Remote, late evening, from my kitchen table."),
        (3, "noise", "fr", "aucune idée"),
        (3, "noise", "en", "depends on the week"),

        (4, "coordination", "fr", "Savoir qui appeler quand il y a un souci, un seul interlocuteur."),
        (4, "coordination", "fr", "être prévenu quand l'horaire de passage change"),
        (4, "coordination", "fr", "Plus d'infos sur le plan de soins, on apprend les choses par hasard."),
        (4, "coordination", "fr", "un numéro direct pour la coordinatrice"),
        (4, "coordination", "en", "Clearer information, we often don't know who is coming or when."),
        (4, "coordination", "en", "one contact person instead of five different ones"),
        (4, "coordination", "en", "Better updates on Mum's care plan, by text would be perfect."),
        (4, "coordination", "en", "keeping us in the loop"),
        (4, "formation_gestes", "fr", "Apprendre les bons gestes : lever papa sans se casser le dos."),
        (4, "formation_gestes", "fr", "une formation pour les pansements et les médicaments"),
        (4, "formation_gestes", "fr", "Des ateliers pratiques pour les proches, comment faire la toilette, la mobilisation."),
        (4, "formation_gestes", "fr", "qu'on nous montre comment faire au quotidien"),
        (4, "formation_gestes", "en", "Hands-on training on transfers and positioning."),
        (4, "formation_gestes", "en", "learning practical care skills, e.g. how to help with showering safely"),
        (4, "formation_gestes", "en", "A short course for relatives on the basics, what to do in an emergency."),
        (4, "noise", "fr", "rien à ajouter"),
        (4, "noise", "en", "n/a"),
    ],
}

SESSIONS = [THEATRE, MEEPLES, SOINS]


def build(sess):
    rng = random.Random(sess["seed"])
    nq = len(next(iter(sess["questions"].values())))
    langs = list(sess["participants"])
    # assign answers question by question, per language, with rotating skips
    rows = []  # (participant, qidx, key, lang, text)
    for lang in langs:
        people = sess["participants"][lang]
        n = len(people)
        ptr = 0
        for q in range(nq):
            items = [a for a in sess["answers"] if a[0] == q and a[2] == lang]
            if len(items) > n:
                raise SystemExit(f"{sess['session']}: question {q} {lang} has {len(items)} answers for {n} people")
            skips = n - len(items)
            skipped = {people[(ptr + j) % n] for j in range(skips)}
            ptr += skips
            pool = [p for p in people if p not in skipped]
            rng.shuffle(pool)
            items = list(items)
            rng.shuffle(items)
            for p, (qi, key, lg, text) in zip(pool, items):
                rows.append((p, qi, key, lg, text))
    order = [p for lang in langs for p in sess["participants"][lang]]
    # interleave participants as a form export would (by participant first-answer order)
    rng.shuffle(order)
    rank = {p: i for i, p in enumerate(order)}
    rows.sort(key=lambda r: (rank[r[0]], r[1]))
    code = sess["session"]
    answers, by_key = [], {}
    for i, (p, q, key, lang, text) in enumerate(rows, 1):
        aid = f"{code}-{i:03d}"
        answers.append({"id": aid, "participant": p, "question": sess["questions"][lang][q], "answer": text})
        by_key.setdefault(key, []).append(aid)
    truth = {
        "session": code,
        "lang": sess["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d, "answer_ids": by_key[k]}
                   for k, d in sess["themes"]],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": la, "answer_ids": by_key[k]},
                                   {"label": lb, "answer_ids": by_key[k + "_b"]}]}
                        for k, d, (la, lb) in sess["oppositions"]],
        "minorities": [{"key": k, "description": d, "answer_ids": by_key[k]} for k, d in sess["minorities"]],
        "objective_support": [{"objective": o, "themes": sess["objective_support"].get(o, [])}
                              for o in sess["objectives"]],
        "unsupported_objectives": [o for o in sess["objectives"] if not sess["objective_support"].get(o)],
        "unserved_needs": [k for k, _ in sess["themes"]
                           if not any(k in v for v in sess["objective_support"].values())],
        "noise_answer_ids": by_key.get("noise", []),
    }
    with open(os.path.join(HERE, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sess["objectives"]) + "\n")
    with open(os.path.join(HERE, f"{code}.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return code, len(order), len(answers)


if __name__ == "__main__":
    for s in SESSIONS:
        print(*build(s))
