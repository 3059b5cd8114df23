#!/usr/bin/env python3
"""Builds the planted-theme evaluation set for the workshop synthesis (issue 18).

Every answer is hand-written and hand-tagged: tag "tN" = convergent theme, "oN:A"/"oN:B" =
side of an opposition, "mN" = minority view, None = noise (belongs to no planted point).
Run: python3 build.py && python3 validate.py
"""

import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
Q = ["purpose_gap", "needs", "motivations", "constraints", "fears"]
AB = {"PG": "purpose_gap", "N": "needs", "M": "motivations", "C": "constraints", "F": "fears"}

SESSIONS = []

# ---------------------------------------------------------------- BANQUE (8, fr)
SESSIONS.append(
    dict(
        code="BANQUE",
        lang="fr",
        participants=8,
        company="Banque Coopérative du Val d'Allier — programme « Cercle des Pros » (artisans, commerçants, TPE)",
        objectives=[
            ("Générer plus de recommandations de nouveaux clients professionnels", ["t1"]),
            ("Recueillir des témoignages clients pour les agences et le site web", ["t5"]),
            ("Augmenter le nombre d'avis en ligne sur nos agences", []),
            ("Renforcer le lien entre les clients professionnels du territoire", ["t2"]),
        ],
        themes={
            "t1": "Prêts à recommander la banque ou leur conseiller à d'autres professionnels (souvent par reconnaissance pour son soutien)",
            "t2": "Besoin de rencontrer et d'échanger avec d'autres chefs d'entreprise du territoire (réseau, entraide)",
            "t3": "Crainte que leurs données financières (chiffres, endettement, difficultés) soient rendues publiques",
            "t4": "Périodes de forte activité propres à leur métier qui les rendent indisponibles",
            "t5": "Envie que le témoignage mette aussi en avant leur propre entreprise (vitrine, portrait)",
        },
        oppositions={
            "o1": (
                "Contreparties financières pour les ambassadeurs",
                "Veulent des avantages bancaires concrets (frais offerts, taux, commissions réduites)",
                "Refusent toute contrepartie : être rémunéré ruinerait la crédibilité de leur recommandation",
            ),
        },
        minorities={
            "m1": "La raison d'être devrait dire à quoi sert l'argent déposé (financement responsable de l'économie locale)",
        },
        answers=[
            (
                1,
                "PG",
                "t2",
                "La raison d'être parle beaucoup de la banque, mais pas de ce que nous, les pros du coin, pourrions partager entre nous.",
            ),
            (
                1,
                "N",
                "t5",
                "J'aimerais que ma boulangerie soit mise en avant, par exemple un petit portrait sur votre site ou affiché en agence.",
            ),
            (
                1,
                "M",
                "t1",
                "Quand j'ai repris la boulangerie, mon conseiller m'a suivi alors que deux autres banques avaient refusé. Je peux bien renvoyer l'ascenseur en parlant de lui autour de moi.",
            ),
            (
                1,
                "C",
                "t4",
                "Je suis au fournil dès 4 h du matin, et en décembre c'est impossible pour moi.",
            ),
            (1, "F", None, "Aucune inquiétude, je connais mon conseiller depuis quinze ans."),
            (2, "PG", None, "La raison d'être me paraît claire, je n'ai rien à ajouter."),
            (
                2,
                "N",
                "t2",
                "Échanger avec d'autres artisans du secteur, savoir comment ils gèrent leur trésorerie ou leurs embauches.",
            ),
            (
                2,
                "M",
                "o1:A",
                "Des frais de tenue de compte offerts ou un taux un peu meilleur sur mon prochain prêt, ça me motiverait clairement.",
            ),
            (2, "C", None, "Je préfère être contacté par téléphone, je lis rarement mes mails."),
            (
                2,
                "F",
                "t3",
                "Je ne veux pas que mes chiffres ou mon niveau d'endettement se retrouvent sur une plaquette.",
            ),
            (
                3,
                "PG",
                None,
                "Le mot « ambassadeur » pour une banque me surprend un peu, mais pourquoi pas.",
            ),
            (
                3,
                "M",
                "t1",
                "Ma banque a été là pendant le Covid avec le PGE ; je le dis déjà à mes confrères quand ils cherchent un établissement.",
            ),
            (
                3,
                "C",
                "t4",
                "Mes périodes de rendu de concours sont très chargées, je ne pourrai rien faire à ces moments-là.",
            ),
            (
                3,
                "F",
                "t3",
                "Ce qui me retiendrait : qu'on dévoile des informations sur la santé financière de mon agence d'architecture.",
            ),
            (4, "PG", None, "Rien à redire sur le texte."),
            (
                4,
                "N",
                "t2",
                "Rencontrer des commerçants du quartier, créer du lien : on est souvent seuls derrière notre comptoir.",
            ),
            (
                4,
                "M",
                "t5",
                "Si ça fait connaître ma boutique au passage, je suis partante pour témoigner.",
            ),
            (
                4,
                "C",
                "t4",
                "Saint-Valentin, fête des mères, Toussaint : pendant ces semaines-là, oubliez-moi !",
            ),
            (
                5,
                "PG",
                "m1",
                "J'aimerais que la raison d'être dise à quoi sert l'argent que nous déposons, quels projets locaux il finance.",
            ),
            (5, "N", None, "Pas grand-chose de plus que ce que j'ai déjà, honnêtement."),
            (
                5,
                "M",
                "t1",
                "Je conseille souvent des banques à mes clients créateurs ; si je suis satisfait, je les orienterai volontiers vers vous.",
            ),
            (5, "C", "t4", "De janvier à mai c'est la saison fiscale, je n'ai pas une minute."),
            (
                5,
                "F",
                "o1:B",
                "Être rémunéré pour recommander me gênerait : je perdrais toute crédibilité auprès de mes clients.",
            ),
            (
                6,
                "N",
                "t2",
                "Un réseau d'entraide entre dirigeants, pour se refiler des contacts et des bons plans.",
            ),
            (
                6,
                "M",
                "t5",
                "Apparaître dans vos supports avec le nom de mon agence de voyages, c'est une belle vitrine pour moi.",
            ),
            (
                6,
                "C",
                None,
                "Aucune contrainte particulière, je suis à mon compte et j'organise mon temps comme je veux.",
            ),
            (
                6,
                "F",
                "t3",
                "J'ai peur que le secret bancaire ne soit pas respecté si on raconte mon histoire publiquement.",
            ),
            (
                7,
                "PG",
                None,
                "Je ne vois pas bien la différence avec l'ancien programme de parrainage.",
            ),
            (
                7,
                "N",
                "o1:B",
                "Je n'attends rien en retour, surtout pas de cadeau : sinon ma parole ne vaut plus rien.",
            ),
            (
                7,
                "M",
                "t1",
                "Mon conseiller m'a sorti d'une mauvaise passe en 2021. Si un collègue garagiste cherche une banque, je lui donnerai son nom sans hésiter.",
            ),
            (
                7,
                "F",
                "t3",
                "Que des éléments sur mon prêt ou sur mes difficultés passées soient rendus publics, ça non.",
            ),
            (
                8,
                "PG",
                "m1",
                "Il manque un engagement sur l'investissement responsable : je veux savoir si mes dépôts financent l'économie de la région.",
            ),
            (
                8,
                "N",
                "t2",
                "Connaître d'autres entrepreneurs du tourisme dans la vallée et monter des projets ensemble.",
            ),
            (
                8,
                "M",
                "o1:A",
                "Une contrepartie concrète, genre une réduction sur les commissions de mon terminal de paiement.",
            ),
            (
                8,
                "C",
                "t4",
                "Le camping est ouvert d'avril à octobre, je ne suis disponible qu'en hiver.",
            ),
            (8, "F", None, "Rien de spécial."),
        ],
    )
)

# ---------------------------------------------------------------- COSMETO (15, fr)
SESSIONS.append(
    dict(
        code="COSMETO",
        lang="fr",
        participants=15,
        company="Lunelle — cosmétiques naturels fabriqués dans la Drôme, programme d'ambassadrices clientes",
        objectives=[
            (
                "Recueillir l'avis des clientes sur les nouveaux produits avant leur lancement",
                ["t1", "t3"],
            ),
            ("Multiplier les contenus publiés sur Instagram et TikTok autour de la marque", ["t5"]),
            ("Développer les ventes grâce aux codes de parrainage", []),
            ("Organiser des ateliers beauté en boutique animés par les ambassadrices", []),
        ],
        themes={
            "t1": "Tester les nouveaux produits en avant-première, avant leur mise en vente",
            "t2": "La raison d'être devrait parler de transparence sur la composition et l'origine des ingrédients",
            "t3": "Être écoutée : influencer réellement les formules (co-création) et savoir ce que deviennent ses retours",
            "t4": "Peur de jouer les vendeuses et de mettre son entourage sous pression commerciale",
            "t5": "Plaisir de partager ses routines et coups de cœur en ligne (stories, blog, TikTok)",
            "t6": "Temps disponible très limité (enfants, horaires décalés, travail, études)",
        },
        oppositions={
            "o1": (
                "Emballages",
                "Veulent moins d'emballage : recharges, consigne, zéro déchet",
                "Tiennent aux beaux coffrets et emballages soignés, qui font partie du plaisir",
            ),
        },
        minorities={
            "m1": "La marque et sa raison d'être oublient les hommes",
            "m2": "Crainte de réactions cutanées (allergie, rougeurs) en testant des formules non finalisées",
        },
        answers=[
            (
                1,
                "PG",
                "t2",
                "Je ne vois rien sur l'origine des ingrédients : d'où viennent les plantes, qui les cultive ?",
            ),
            (1, "N", "t1", "Recevoir les nouveautés avant leur sortie pour les essayer."),
            (1, "M", None, "Je ne sais pas trop."),
            (
                1,
                "C",
                "t6",
                "Deux enfants en bas âge : je ne suis disponible que le soir après 21 h.",
            ),
            (1, "F", None, "Pas de crainte."),
            (
                2,
                "PG",
                "o1:A",
                "Rien sur la réduction des emballages : je voudrais des recharges et moins de carton.",
            ),
            (2, "N", None, "Des conseils personnalisés sur ma routine de soin."),
            (2, "M", "t3", "Savoir que mes remarques servent vraiment à améliorer les produits."),
            (2, "C", None, "Aucune."),
            (
                2,
                "F",
                "t4",
                "Je ne veux pas devenir une commerciale qui harcèle ses copines avec des codes promo.",
            ),
            (
                3,
                "N",
                "t1",
                "Être parmi les premières à découvrir les futures crèmes, avant tout le monde.",
            ),
            (
                3,
                "M",
                "t5",
                "J'adore publier mes routines du soir en story, alors si ça peut servir à la marque…",
            ),
            (
                3,
                "C",
                "t6",
                "Je travaille en horaires décalés à l'hôpital, difficile de prévoir quoi que ce soit.",
            ),
            (3, "F", None, "Rien ne me retient vraiment."),
            (
                4,
                "PG",
                "t2",
                "Il manque un mot sur la composition des produits, c'est pourtant ce qui m'a fait venir chez vous.",
            ),
            (4, "N", None, "Je ne sais pas encore, je découvre le programme."),
            (
                4,
                "M",
                "t3",
                "Participer à la conception d'un soin, de l'idée jusqu'au flacon, ça me plairait énormément.",
            ),
            (
                4,
                "F",
                "m2",
                "J'ai la peau très réactive, j'aurais peur de faire une allergie en testant des formules pas encore validées.",
            ),
            (
                5,
                "PG",
                "m1",
                "La marque ne parle qu'aux femmes ; mon compagnon utilise vos produits et ne se sent pas du tout concerné.",
            ),
            (5, "N", "t1", "J'aimerais pouvoir essayer des formules encore en développement."),
            (5, "M", None, "Le fait que ce soit fabriqué dans la Drôme, près de chez moi."),
            (
                5,
                "C",
                "t6",
                "Peu de temps libre entre le boulot et la famille, il faudrait des missions très courtes.",
            ),
            (
                5,
                "F",
                None,
                "Que le programme s'arrête au bout de six mois, comme celui d'une autre marque.",
            ),
            (6, "PG", None, "Le texte est joli, il me parle déjà."),
            (
                6,
                "N",
                "o1:B",
                "Les jolis coffrets font partie du plaisir ; j'aimerais des éditions limitées avec de beaux packagings.",
            ),
            (
                6,
                "M",
                "t5",
                "Partager mes astuces beauté sur mon compte Instagram, je le fais déjà par plaisir.",
            ),
            (6, "C", None, "Pas de contrainte particulière."),
            (
                6,
                "F",
                "t4",
                "J'aurais peur de passer pour quelqu'un qui vend quelque chose à son entourage.",
            ),
            (
                7,
                "PG",
                "t2",
                "Plus de transparence sur les formules : ce qu'il y a vraiment dans le pot, et pourquoi.",
            ),
            (7, "N", None, "Rien de spécial, j'aime déjà beaucoup la marque."),
            (
                7,
                "M",
                "t3",
                "Qu'on me dise ce qui a changé grâce à nos retours, sinon j'ai l'impression de parler dans le vide.",
            ),
            (7, "C", None, "Je n'ai pas de voiture, donc rien de trop loin de Valence."),
            (
                7,
                "F",
                "m2",
                "Ma crainte : des rougeurs ou de l'eczéma avec des produits expérimentaux.",
            ),
            (
                8,
                "N",
                "t1",
                "Avoir accès aux lancements en avant-première, c'est ce qui m'intéresse le plus.",
            ),
            (
                8,
                "M",
                "t5",
                "Écrire des petits posts sur mes coups de cœur : j'ai un blog où je parle de soins naturels.",
            ),
            (
                8,
                "C",
                "t6",
                "En période d'examens (mai-juin) je serai indisponible, je suis étudiante.",
            ),
            (8, "F", None, "Aucune inquiétude pour l'instant."),
            (
                9,
                "PG",
                "o1:A",
                "Le zéro déchet est absent du texte, alors que des pots en verre consignés seraient un vrai plus.",
            ),
            (
                9,
                "N",
                None,
                "Un contact direct avec le service client quand j'ai un souci de commande.",
            ),
            (9, "M", "t3", "Être consultée sur les futures gammes, avoir mon mot à dire."),
            (9, "C", None, "Rien à signaler."),
            (
                9,
                "F",
                "t4",
                "Que mes amies pensent que je leur recommande des produits parce que je suis payée.",
            ),
            (
                10,
                "PG",
                "t2",
                "Parlez de vos fournisseurs et de la traçabilité des matières premières, ça me parlerait davantage.",
            ),
            (
                10,
                "N",
                "t1",
                "Essayer les produits en exclusivité quelques semaines avant la mise en vente.",
            ),
            (10, "C", None, "Je pars vivre à l'étranger l'an prochain, à voir."),
            (
                10,
                "F",
                "m2",
                "Tester des prototypes sur ma peau sensible m'inquiète un peu, côté tolérance.",
            ),
            (11, "PG", "m1", "En tant qu'homme, je me sens un peu oublié dans la raison d'être."),
            (11, "N", None, "Pas d'attente particulière."),
            (11, "M", "t3", "Co-concevoir un produit avec l'équipe du labo, ce serait un rêve."),
            (11, "C", "t6", "Mon agenda est déjà bien rempli ; une heure par mois maximum."),
            (
                12,
                "PG",
                "o1:B",
                "Vous devriez assumer le côté cadeau : un bel écrin, c'est aussi ce qu'on achète.",
            ),
            (12, "N", "t1", "Faire partie d'un panel de testeuses pour les prochaines gammes."),
            (12, "M", None, "Bonne question, je réfléchis encore."),
            (
                12,
                "F",
                "t4",
                "Le côté « vente à domicile » me freinerait, je déteste démarcher les gens.",
            ),
            (
                13,
                "PG",
                "t2",
                "La raison d'être devrait expliquer vos choix d'actifs et ce que vous refusez de mettre dans vos crèmes.",
            ),
            (
                13,
                "N",
                "t1",
                "Qu'on m'envoie des échantillons des nouveaux soins avant le lancement officiel.",
            ),
            (13, "M", "t5", "Faire des vidéos TikTok sur mes produits favoris, c'est ma passion."),
            (13, "F", None, "Rien de particulier."),
            (14, "PG", None, "Rien à ajouter."),
            (
                14,
                "N",
                "o1:A",
                "Moins de suremballage dans les colis : arrêtez les papiers de soie et les rubans.",
            ),
            (14, "M", "t5", "Montrer à ma communauté en ligne ce que j'utilise au quotidien."),
            (14, "C", None, "Aucune contrainte."),
            (14, "F", "t4", "Ce qui m'inquiète : que l'on attende de moi des chiffres de ventes."),
            (15, "PG", None, "C'est un peu long à lire, mais l'idée est là."),
            (15, "N", None, "Des infos sur les salons bio où vous serez présents."),
            (
                15,
                "M",
                "o1:B",
                "Recevoir un coffret soigné, joliment emballé, ça me donnerait envie de m'investir.",
            ),
            (
                15,
                "C",
                "t6",
                "Je voyage beaucoup pour le travail, je ne peux pas m'engager sur des dates fixes.",
            ),
        ],
    )
)

# ---------------------------------------------------------------- SAAS (25, en)
SESSIONS.append(
    dict(
        code="SAAS",
        lang="en",
        participants=25,
        company="Ledgerly — B2B spend-management and AP-automation software for mid-market finance teams",
        objectives=[
            ("Increase the number of customer references available for sales calls", ["t6"]),
            ("Collect structured product feedback before each quarterly release", ["t1"]),
            ("Publish twelve customer case studies per year", ["t3"]),
            ("Grow our review count on G2 and Capterra", []),
            ("Build a peer community where customers help each other", ["t2"]),
        ],
        themes={
            "t1": "Want a real say in the product roadmap / direct access to the product team",
            "t2": "Learn from and network with peers in other finance teams",
            "t3": "Personal professional visibility (speaking, being featured, building a profile)",
            "t4": "Need approval from legal / comms / management before any public statement",
            "t5": "Fear of over-solicitation: being asked too often, becoming the go-to reference",
            "t6": "Glad to vouch for the product to peers evaluating it (gratitude, paying it forward)",
        },
        oppositions={
            "o1": (
                "Rewards for ambassadors",
                "Want tangible commercial rewards (renewal discounts, credits, free seats)",
                "Want no personal rewards (donate to charity instead, avoid looking paid)",
            ),
            "o2": (
                "Format of program events",
                "Prefer in-person meetups and conferences",
                "Virtual only, no travel",
            ),
        },
        minorities={
            "m1": "The purpose should commit to data security and privacy of customers' financial data",
            "m2": "Want continuing-education (CPE) credits for taking part",
        },
        answers=[
            (1, "PG", None, "Nothing missing, it reads well."),
            (
                1,
                "N",
                "t1",
                "A direct line to the product managers, so I can push for the features my AP team keeps asking for.",
            ),
            (
                1,
                "M",
                "t3",
                "Speaking slots at conferences would help my profile; I'm trying to move into a VP role.",
            ),
            (2, "PG", None, "It's fine as is."),
            (
                2,
                "N",
                "t2",
                "Swapping notes with other controllers on how they handle month-end with Ledgerly.",
            ),
            (
                2,
                "M",
                "t6",
                "Ledgerly cut our invoice processing time in half; I'm glad to tell anyone evaluating it how it went.",
            ),
            (
                2,
                "C",
                "t4",
                "Anything public has to be cleared by our legal department first, which takes weeks.",
            ),
            (2, "F", None, "No real concerns."),
            (
                3,
                "PG",
                "t1",
                "The purpose talks about amplifying our voice but never says customers get any say in where the product goes.",
            ),
            (
                3,
                "N",
                None,
                "Not sure yet, I'd need to see what the program looks like in practice.",
            ),
            (3, "M", None, "Hard to say at this point."),
            (3, "F", "t5", "Getting a flood of calls from your sales team's prospects every week."),
            (4, "PG", None, "Maybe a bit long, but the spirit is right."),
            (4, "N", "o2:A", "In-person meetups, please. I've had enough of screens since 2020."),
            (
                4,
                "M",
                "t3",
                "Being featured as the person who led our finance transformation would look good on LinkedIn.",
            ),
            (4, "C", None, "Nothing major."),
            (4, "F", None, "None."),
            (
                5,
                "PG",
                "m1",
                "Nothing on data security. As a finance customer, that's the first thing I'd want stated.",
            ),
            (5, "N", None, "Better documentation for the API, to be honest."),
            (
                5,
                "M",
                "t2",
                "Building a network of finance people outside my company; it's lonely being the only AP person.",
            ),
            (5, "C", "t4", "Our comms team must approve any use of the company name or logo."),
            (5, "F", None, "Nothing comes to mind."),
            (
                6,
                "N",
                "t1",
                "Early visibility on what's coming, and a chance to weigh in before features are locked.",
            ),
            (
                6,
                "M",
                "o1:A",
                "Discounts on our renewal or a few extra seats would make the case easy internally.",
            ),
            (6, "C", None, "No particular constraints."),
            (
                6,
                "F",
                "t5",
                "That once I say yes, I become the go-to reference and get asked constantly.",
            ),
            (
                7,
                "PG",
                "t2",
                "Nothing in there about customers learning from each other, which is honestly the main value for me.",
            ),
            (7, "N", None, "Nothing specific beyond what we already get as customers."),
            (
                7,
                "M",
                "t6",
                "If a peer is considering you, I'm happy to give them an honest account of our rollout.",
            ),
            (7, "F", None, "Not really."),
            (8, "PG", None, "Clear enough for me."),
            (
                8,
                "N",
                "m2",
                "CPE credits for the sessions, so the time counts toward my certification.",
            ),
            (
                8,
                "M",
                "o1:B",
                "No perks needed. If you want to thank me, make a donation to a cause instead.",
            ),
            (8, "C", "t4", "I need my CFO's sign-off before I can be quoted anywhere."),
            (8, "F", None, "No concerns."),
            (
                9,
                "PG",
                None,
                "It would help to have it in plain English rather than marketing language.",
            ),
            (9, "N", "t1", "Seeing my feature requests go somewhere, not disappear into a portal."),
            (
                9,
                "M",
                "t3",
                "Recognition I can show internally: my name on a case study, a quote in a press release.",
            ),
            (
                9,
                "F",
                "t5",
                "Being over-used. I've seen other vendors burn out their happy customers.",
            ),
            (10, "PG", None, "Nothing, looks good."),
            (10, "N", "t2", "Benchmarks and best practices from finance teams of a similar size."),
            (
                10,
                "M",
                "t6",
                "Your team went above and beyond during our migration, so I'd like to return the favour by vouching for you.",
            ),
            (10, "C", None, "Flexible enough, as long as I get some notice."),
            (10, "F", None, "None at the moment."),
            (
                11,
                "PG",
                "t1",
                "What's missing for me is a commitment that our input actually shapes the roadmap.",
            ),
            (
                11,
                "N",
                "o2:B",
                "Everything online please; travelling for vendor events is not an option for me.",
            ),
            (
                11,
                "M",
                None,
                "Frankly, getting support tickets resolved faster would do more for my goodwill than any program.",
            ),
            (
                11,
                "F",
                None,
                "That the program quietly fades away after a few months, like the last one.",
            ),
            (12, "PG", None, "I don't have strong feelings about the wording."),
            (
                12,
                "N",
                "t3",
                "Some visibility as an expert in AP automation, maybe a guest spot on your podcast.",
            ),
            (12, "C", None, "None that I can think of."),
            (
                12,
                "F",
                "t5",
                "Too many requests piling up. I can give an hour a quarter, not an hour a week.",
            ),
            (13, "PG", None, "Good as it is."),
            (
                13,
                "N",
                "m2",
                "Continuing-education hours I can report to the CPA board would be a real plus.",
            ),
            (13, "M", "t2", "Learning how other companies run their spend policies."),
            (
                13,
                "C",
                "t4",
                "We're listed, so investor relations reviews every external statement.",
            ),
            (13, "F", None, "Nothing specific."),
            (14, "PG", None, "I didn't really read it in detail, sorry."),
            (
                14,
                "N",
                "t1",
                "Regular sessions with the product team where we can challenge their priorities.",
            ),
            (14, "M", "o1:A", "Tangible perks: license credits, free add-on modules."),
            (14, "F", "t5", "Being on every reference list and never getting a break."),
            (15, "PG", None, "Fine by me."),
            (15, "N", "o2:A", "A yearly user conference where we actually meet face to face."),
            (15, "M", "t3", "A chance to build my personal brand in the finance community."),
            (15, "C", None, "I'm going on parental leave in September for four months."),
            (
                16,
                "PG",
                "m1",
                "The purpose should commit to protecting our financial data; trust starts there.",
            ),
            (16, "N", None, "A named contact on your side who knows our account."),
            (16, "M", None, "Not sure."),
            (
                16,
                "C",
                "t4",
                "Vendor endorsements are restricted by company policy; I'd need an exception from compliance.",
            ),
            (
                16,
                "F",
                "o1:B",
                "I'd be uncomfortable if it looked like I was being paid to say nice things, so please no gifts or credits.",
            ),
            (17, "PG", None, "No comment."),
            (17, "N", "t2", "Meeting peers who've solved the same approval-workflow headaches."),
            (
                17,
                "M",
                "t6",
                "Talking to prospects who are where we were two years ago. I'd do that gladly.",
            ),
            (
                17,
                "F",
                "t5",
                "Request fatigue: surveys, calls, reviews, all landing on the same three people.",
            ),
            (
                18,
                "N",
                "o2:A",
                "Regional dinners or roundtables in person, that's where real conversations happen.",
            ),
            (18, "M", "t3", "If it raises my profile with other finance leaders, count me in."),
            (18, "C", None, "None."),
            (18, "F", None, "Can't think of any."),
            (
                19,
                "PG",
                "t1",
                "I'd want the purpose to mention co-building the product with the people who use it every day.",
            ),
            (19, "N", None, "Nothing more than what I've said elsewhere."),
            (19, "M", "o1:A", "Honestly, a price break at renewal time."),
            (19, "C", None, "None really."),
            (19, "F", "t5", "That it turns into a second job with constant asks."),
            (20, "PG", None, "It's a bit generic; it could be any software company."),
            (
                20,
                "N",
                "t2",
                "A place to ask other admins how they configured things, without opening a support ticket.",
            ),
            (20, "M", None, "Don't know yet."),
            (
                20,
                "C",
                "o2:B",
                "No travel budget at all, so in-person events are out. Virtual only.",
            ),
            (
                21,
                "PG",
                "m1",
                "I'd add something about privacy and about how our data will, and will not, be used in your marketing.",
            ),
            (21, "N", None, "Nothing in particular."),
            (
                21,
                "M",
                "t3",
                "Thought-leadership opportunities, like sitting on a panel or writing a guest article.",
            ),
            (21, "F", "t5", "I worry about being pinged for every deal your reps are working."),
            (
                22,
                "N",
                "t1",
                "Having real influence on the roadmap: multi-entity consolidation has been on our list for two years.",
            ),
            (22, "M", "t6", "I'd vouch for the product because it genuinely changed how we work."),
            (22, "F", None, "None for now."),
            (23, "PG", None, "Nothing missing."),
            (
                23,
                "M",
                "o1:B",
                "I'd rather you gave to a local charity than sent me swag or discounts.",
            ),
            (
                23,
                "C",
                "t4",
                "My manager has to agree to anything that takes me away from my day job or puts our name out there.",
            ),
            (23, "F", None, "I'm not worried."),
            (24, "PG", None, "Looks OK."),
            (24, "N", "o2:B", "Short virtual sessions I can join from my desk, no trips."),
            (
                24,
                "M",
                "t2",
                "Connecting with other CFOs in the mid-market, that's what would get me in.",
            ),
            (24, "F", "t5", "Being contacted too often."),
            (25, "PG", None, "All good."),
            (25, "N", "t1", "Being consulted on design changes before they ship, not after."),
            (
                25,
                "M",
                "t6",
                "Paying it forward: someone took my call when we were choosing a tool, so I'll do the same.",
            ),
            (25, "C", None, "No constraints on my side."),
        ],
    )
)

# ---------------------------------------------------------------- RUGBY (40, fr + 2 en)
SESSIONS.append(
    dict(
        code="RUGBY",
        lang="fr",
        participants=40,
        english_participants=[17, 33],
        company="Rugby Club de l'Estuaire (Pro D2) — programme ambassadeurs pour abonnés et supporters",
        objectives=[
            ("Attirer de nouveaux abonnés grâce au parrainage", ["t1"]),
            ("Augmenter l'audience du club sur les réseaux sociaux", []),
            ("Recruter des bénévoles pour l'organisation des jours de match", ["t5"]),
            ("Faire grandir l'école de rugby auprès des familles du territoire", ["t3"]),
            ("Vendre davantage de produits de la boutique officielle", []),
            ("Fidéliser les abonnés en leur faisant vivre le club de l'intérieur", ["t2"]),
        ],
        themes={
            "t1": "Faire découvrir le club et l'ambiance du stade à des proches, amener du monde en tribune",
            "t2": "Vivre les coulisses : proximité avec les joueurs, le staff, l'entraînement",
            "t3": "Transmettre aux jeunes : s'impliquer dans l'école de rugby et la formation",
            "t4": "Disponibilité limitée par le travail ou la famille (week-ends travaillés, horaires postés, gardes)",
            "t5": "Donner un coup de main bénévole les jours de match (buvette, accueil, billetterie, logistique)",
            "t6": "Peur d'être exploité comme main-d'œuvre gratuite / que l'engagement devienne une corvée",
        },
        oppositions={
            "o1": (
                "Ambiance au stade",
                "Préserver l'esprit populaire et traditionnel, sans show",
                "Moderniser le spectacle : animations, DJ, écran géant, fan zone",
            ),
            "o2": (
                "Place du numérique dans le programme",
                "Tout gérer dans une application mobile",
                "Pas d'application : contact humain, courrier, guichet",
            ),
        },
        minorities={
            "m1": "Ouvrir le club aux supporters étrangers : communication en anglais (exprimé par les deux participants anglophones)",
            "m2": "Accessibilité du stade et des événements pour les personnes à mobilité réduite",
        },
        answers=[
            # t1
            (
                1,
                "M",
                "t1",
                "Emmener mes collègues de boulot au stade, leur faire vivre un vrai match au moins une fois.",
            ),
            (
                4,
                "M",
                "t1",
                "J'ai déjà converti mon beau-frère, il est abonné depuis deux saisons ! Convaincre d'autres copains me plairait.",
            ),
            (
                7,
                "M",
                "t1",
                "Faire découvrir l'ambiance de la tribune à des gens qui n'ont jamais vu de rugby.",
            ),
            (
                10,
                "M",
                "t1",
                "Inviter des voisins à venir avec moi un samedi soir, c'est comme ça qu'on fait grandir le club.",
            ),
            (
                13,
                "M",
                "t1",
                "Si je pouvais offrir une place à un ami pour qu'il goûte à l'ambiance, il reviendrait, j'en suis sûr.",
            ),
            (
                17,
                "M",
                "t1",
                "Bringing my mates along to a game. Once they've felt the atmosphere, they're hooked.",
            ),
            (20, "M", "t1", "Partager ma passion avec mon entourage, amener du monde en tribune."),
            (
                23,
                "M",
                "t1",
                "Je pousse déjà mes amis à s'abonner ; je le ferais encore plus avec des places découverte à leur offrir.",
            ),
            (
                27,
                "M",
                "t1",
                "Accompagner des nouveaux au stade et leur expliquer les règles pendant le match.",
            ),
            (
                30,
                "M",
                "t1",
                "Ramener des gens de mon village au stade, on organise déjà un covoiturage.",
            ),
            (
                36,
                "M",
                "t1",
                "Faire venir ma bande de copains du foot, qui ne jurent que par le ballon rond.",
            ),
            (
                39,
                "M",
                "t1",
                "Que des collègues qui ne connaissent rien au rugby découvrent Marcel-Guérin un soir de derby.",
            ),
            # t2
            (
                2,
                "N",
                "t2",
                "Rencontrer les joueurs en dehors des matchs, pas juste un autographe à la va-vite.",
            ),
            (5, "N", "t2", "Assister à un entraînement de l'équipe première."),
            (
                9,
                "N",
                "t2",
                "Visiter les vestiaires et le centre de formation, voir l'envers du décor.",
            ),
            (11, "N", "t2", "Échanger avec le staff, comprendre les choix de l'entraîneur."),
            (
                14,
                "N",
                "t2",
                "Être au plus près de l'équipe : une séance de dédicaces réservée, un repas avec un joueur.",
            ),
            (
                17,
                "N",
                "t2",
                "Getting behind the scenes: meeting the players, seeing the dressing room.",
            ),
            (
                19,
                "N",
                "t2",
                "Savoir ce qui se passe à l'intérieur du club, pas seulement ce qu'on lit dans la presse.",
            ),
            (
                22,
                "N",
                "t2",
                "Un accès aux coulisses les jours de match : le tunnel, l'échauffement au bord du terrain.",
            ),
            (26, "N", "t2", "Partager un moment convivial avec les joueurs après une rencontre."),
            (
                29,
                "N",
                "t2",
                "Découvrir comment le club fonctionne au quotidien : la préparation physique, la vidéo, les soins.",
            ),
            (
                34,
                "N",
                "t2",
                "Poser mes questions directement au coach ou au président, une fois par saison.",
            ),
            (38, "N", "t2", "Voir l'équipe de près, à l'entraînement, dans son quotidien."),
            # t3
            (
                3,
                "N",
                "t3",
                "M'impliquer auprès des gamins de l'école de rugby, j'ai joué vingt ans.",
            ),
            (
                6,
                "M",
                "t3",
                "Transmettre ce que le rugby m'a appris aux plus petits, le mercredi après-midi.",
            ),
            (12, "M", "t3", "Aider les éducateurs des moins de 12 ans, ça me rendrait fier."),
            (16, "N", "t3", "Accompagner les jeunes du club, par exemple sur les tournois."),
            (21, "M", "t3", "Donner le goût de l'ovalie aux enfants du quartier."),
            (25, "N", "t3", "Encadrer une équipe de poussins, et passer mon brevet d'éducateur."),
            (
                28,
                "M",
                "t3",
                "Initier les élèves des écoles primaires au rugby, avec les jeunes du club.",
            ),
            (
                32,
                "N",
                "t3",
                "Épauler la formation : les cadets ont besoin de chauffeurs et d'encadrants.",
            ),
            (
                40,
                "M",
                "t3",
                "Je voudrais partager mon expérience d'ancien joueur avec la nouvelle génération.",
            ),
            # t4
            (
                1,
                "C",
                "t4",
                "Je travaille un week-end sur deux, je ne peux pas être là à chaque match à domicile.",
            ),
            (3, "C", "t4", "Je suis infirmier de nuit, mes plannings tombent au dernier moment."),
            (
                6,
                "C",
                "t4",
                "Commerçant : le samedi est mon plus gros jour, difficile de me libérer.",
            ),
            (9, "C", "t4", "En 3x8 à la raffinerie, mes horaires changent chaque semaine."),
            (12, "C", "t4", "Garde alternée : je ne suis libre qu'une semaine sur deux."),
            (15, "C", "t4", "Je bosse le dimanche dans la restauration."),
            (18, "C", "t4", "Pas disponible en semaine avant 19 h à cause du boulot."),
            (21, "C", "t4", "Des astreintes régulières le week-end au travail."),
            (
                27,
                "C",
                "t4",
                "Mes déplacements professionnels me prennent souvent le vendredi et le samedi.",
            ),
            (30, "C", "t4", "Je suis pompier volontaire, les gardes passent avant tout."),
            (
                33,
                "C",
                "t4",
                "I work rotating shifts at the shipyard, so some weekends I simply can't make it.",
            ),
            (
                35,
                "C",
                "t4",
                "Avec trois enfants et leurs activités du samedi, mon temps est compté.",
            ),
            (39, "C", "t4", "Je fais les saisons en station l'hiver : absent de décembre à mars."),
            # (t5 values: dropped)
            (10, "PG", None, "Rien à redire."),
            (19, "PG", None, "Le texte me va."),
            (28, "PG", None, "Pas d'avis particulier."),
            (36, "PG", None, "C'est clair pour moi."),
            (40, "PG", None, "Rien à ajouter."),
            # t5
            (5, "M", "t5", "Tenir la buvette ou l'accueil un samedi par mois, ça me va très bien."),
            (9, "M", "t5", "Donner un coup de main à la billetterie les jours de match."),
            (
                11,
                "M",
                "t5",
                "Aider à l'organisation : installation des barrières, gestion du parking.",
            ),
            (
                15,
                "M",
                "t5",
                "Servir à la buvette avec les copains de la tribune, c'est aussi ça le club.",
            ),
            (18, "M", "t5", "Être bénévole pour l'accueil des familles les soirs de match."),
            (24, "M", "t5", "Aider au contrôle des billets ou au placement en tribune."),
            (
                26,
                "M",
                "t5",
                "Participer à la logistique des rencontres ; je suis manutentionnaire, je sais porter !",
            ),
            (33, "M", "t5", "Helping out on match days: stewarding, car park, whatever's needed."),
            (35, "M", "t5", "Prêter main-forte à l'équipe d'organisation quand on reçoit."),
            (
                38,
                "M",
                "t5",
                "Faire partie des bénévoles du stade, vendre les programmes à l'entrée.",
            ),
            # t6
            (
                6,
                "F",
                "t6",
                "Que le club compte sur nous comme main-d'œuvre gratuite pour remplacer des salariés.",
            ),
            (
                11,
                "F",
                "t6",
                "Peur qu'on nous en demande toujours plus et que ça devienne une obligation.",
            ),
            (
                15,
                "F",
                "t6",
                "Que ce soit toujours les mêmes qui bossent pendant que d'autres en profitent.",
            ),
            (
                18,
                "F",
                "t6",
                "J'ai vu des bénévoles s'épuiser dans mon ancien club, je ne veux pas revivre ça.",
            ),
            (26, "F", "t6", "Qu'on nous utilise sans jamais nous remercier."),
            (29, "F", "t6", "Avoir l'impression de travailler pour une entreprise sans être payé."),
            (35, "F", "t6", "Que la passion se transforme en corvée."),
            (
                38,
                "F",
                "t6",
                "Être réquisitionné à chaque match et ne plus pouvoir profiter des rencontres.",
            ),
            # o1
            (
                7,
                "PG",
                "o1:A",
                "Le texte doit rappeler que le stade reste un lieu populaire : des chants, une tribune debout, pas un spectacle.",
            ),
            (
                14,
                "PG",
                "o1:A",
                "Gardez l'âme du club : pas de musique à fond ni de feux d'artifice, juste du rugby et des supporters.",
            ),
            (
                20,
                "PG",
                "o1:A",
                "J'ai peur qu'on transforme les matchs en show à l'américaine ; le rugby d'ici, c'est la banda et la tribune.",
            ),
            (
                31,
                "N",
                "o1:A",
                "Qu'on préserve l'ambiance d'antan, sans animateur au micro toutes les deux minutes.",
            ),
            (37, "PG", "o1:A", "Rester simple et authentique, loin du divertissement à tout prix."),
            (
                2,
                "PG",
                "o1:B",
                "Il faudrait moderniser l'expérience au stade : écran géant, DJ, animations à la mi-temps.",
            ),
            (
                16,
                "PG",
                "o1:B",
                "Un vrai spectacle d'avant-match comme en Top 14, avec des lumières : ça attirerait les jeunes.",
            ),
            (
                22,
                "PG",
                "o1:B",
                "Le club doit vivre avec son temps : musique, show laser, concerts après les matchs.",
            ),
            (
                29,
                "M",
                "o1:B",
                "Des animations modernes autour du match, une fan zone avec des jeux : ça me donnerait envie de m'investir.",
            ),
            (
                34,
                "PG",
                "o1:B",
                "Plus de divertissement pendant les matchs : mascotte, jeux sur la pelouse, écrans.",
            ),
            # o2
            (
                12,
                "N",
                "o2:A",
                "Tout gérer depuis l'appli du club : mes points, mes invitations, mes billets.",
            ),
            (
                21,
                "N",
                "o2:A",
                "Une application mobile pour recevoir les infos en direct et cumuler des avantages.",
            ),
            (
                23,
                "N",
                "o2:A",
                "Que tout soit sur smartphone, plus de papier : billet dématérialisé, notifications.",
            ),
            (
                30,
                "N",
                "o2:A",
                "Une appli simple avec un système de points, comme les cartes de fidélité des supermarchés.",
            ),
            (
                3,
                "F",
                "o2:B",
                "Je n'ai pas de smartphone récent : si tout passe par une appli, je serai hors jeu.",
            ),
            (
                27,
                "F",
                "o2:B",
                "Encore une application à installer ? Non merci, je préfère parler à quelqu'un au guichet.",
            ),
            (
                32,
                "C",
                "o2:B",
                "Je ne suis pas à l'aise avec le numérique ; un courrier ou un coup de fil me convient mieux.",
            ),
            (
                39,
                "F",
                "o2:B",
                "Que le contact humain disparaisse derrière un écran ; je veux pouvoir passer au secrétariat.",
            ),
            # m1 (the two English-speaking participants)
            (
                17,
                "PG",
                "m1",
                "As an Irish fan living here, I'd love the purpose to say the club is open to people from abroad. Nothing is in English at the moment.",
            ),
            (
                33,
                "N",
                "m1",
                "Some communication in English for international supporters; half my colleagues at the shipyard would come if they understood what's going on.",
            ),
            (33, "F", "m1", "That I won't follow the meetings, my French is still pretty basic."),
            # m2
            (
                8,
                "PG",
                "m2",
                "Rien sur l'accessibilité : mon fils est en fauteuil et la tribune Est est un parcours du combattant.",
            ),
            (
                24,
                "N",
                "m2",
                "Des places adaptées pour les personnes à mobilité réduite, avec un accompagnateur.",
            ),
            (
                37,
                "F",
                "m2",
                "Avec ma canne, j'ai peur de ne pas pouvoir suivre aux événements : escaliers, longues stations debout.",
            ),
            # noise: singletons and explicit
            (
                1,
                "PG",
                None,
                "Le prix des abonnements a beaucoup augmenté, ça mériterait d'être dit.",
            ),
            (8, "N", None, "Une navette depuis la gare les soirs de match."),
            (10, "N", None, "Un parking réservé, honnêtement."),
            (
                13,
                "F",
                None,
                "Que le club descende en Nationale, ce serait un coup dur pour tout le monde.",
            ),
            (5, "F", None, "Que les résultats sportifs prennent le pas sur tout le reste."),
            (22, "F", None, "Que le programme soit réservé aux gros abonnés des loges."),
            (34, "C", None, "Pas de contraintes, je suis retraité."),
            (40, "F", None, "Qu'on nous demande de faire la promotion des sponsors."),
            (16, "M", None, "Pouvoir voter pour le choix du maillot de la saison prochaine."),
            (17, "F", None, "Not really, no."),
            (33, "PG", None, "Nothing else, it's fine."),
            (
                26,
                "PG",
                None,
                "Le nom du programme n'est pas terrible, « ambassadeur » ça fait un peu pompeux.",
            ),
            (31, "F", None, "Qu'il y ait des passe-droits pour les amis des dirigeants."),
        ],
        autofill=True,
    )
)

NOISE_POOL = {
    "fr": {
        "purpose_gap": [
            "Rien à ajouter.",
            "RAS",
            "Ça me convient.",
            "Le texte me parle, rien à redire.",
            "Pas d'avis.",
            "C'est bien comme ça.",
            "Je n'ai pas d'idée précise.",
            "Rien de plus.",
        ],
        "needs": [
            "Rien de spécial.",
            "Je ne sais pas encore.",
            "Pas d'attente particulière.",
            "Rien de plus que ce qui existe déjà.",
            "Pas grand-chose.",
        ],
        "motivations": [
            "Je ne sais pas trop.",
            "À voir selon ce qui sera proposé.",
            "Je réfléchis encore.",
            "Bonne question.",
        ],
        "constraints": [
            "Aucune.",
            "Pas de contrainte particulière.",
            "RAS",
            "Rien de spécial.",
            "Aucune contrainte.",
        ],
        "fears": ["Aucune crainte.", "Rien.", "Pas d'inquiétude.", "Rien ne me freine.", "Aucune."],
    },
}


def build(s):
    rng = random.Random("seed-" + s["code"])
    cells = {}
    for p, q, tag, text in s["answers"]:
        key = (p, AB[q])
        assert key not in cells, (s["code"], key)
        cells[key] = (tag, text)
    if s.get("autofill"):
        counters = {q: 0 for q in Q}
        for p in range(1, s["participants"] + 1):
            for q in Q:
                if (p, q) in cells:
                    continue
                if p in s.get("english_participants", []) or rng.random() < 0.38:
                    continue  # skipped
                pool = NOISE_POOL["fr"][q]
                cells[(p, q)] = (None, pool[(counters[q] + rng.randrange(len(pool))) % len(pool)])
                counters[q] += 1
    rows, truth_ids = [], {}
    n = 0
    for p in range(1, s["participants"] + 1):
        for q in Q:
            if (p, q) not in cells:
                continue
            n += 1
            tag, text = cells[(p, q)]
            aid = f"{s['code']}-a{n:03d}"
            rows.append(
                {"id": aid, "participant": f"{s['code']}-p{p:02d}", "question": q, "answer": text}
            )
            truth_ids.setdefault(tag, []).append(aid)
    truth = {
        "session": s["code"],
        "company": s["company"],
        "lang": s["lang"],
        "participants": s["participants"],
        "themes": [
            {"key": k, "kind": "convergence", "description": d, "answer_ids": truth_ids.get(k, [])}
            for k, d in s["themes"].items()
        ],
        "oppositions": [
            {
                "key": k,
                "description": d,
                "sides": [
                    {"label": la, "answer_ids": truth_ids.get(k + ":A", [])},
                    {"label": lb, "answer_ids": truth_ids.get(k + ":B", [])},
                ],
            }
            for k, (d, la, lb) in s["oppositions"].items()
        ],
        "minorities": [
            {"key": k, "description": d, "answer_ids": truth_ids.get(k, [])}
            for k, d in s["minorities"].items()
        ],
        "objective_support": [{"objective": o, "themes": t} for o, t in s["objectives"]],
        "unsupported_objectives": [o for o, t in s["objectives"] if not t],
        "unserved_needs": [k for k in s["themes"] if not any(k in t for _, t in s["objectives"])],
        "noise_answer_ids": truth_ids.get(None, []),
    }
    base = os.path.join(HERE, s["code"])
    with open(base + ".answers.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(base + ".objectives.txt", "w", encoding="utf-8") as f:
        f.write("".join(o + "\n" for o, _ in s["objectives"]))
    with open(base + ".truth.json", "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(rows)


if __name__ == "__main__":
    for s in SESSIONS:
        print(s["code"], build(s), "answers")
