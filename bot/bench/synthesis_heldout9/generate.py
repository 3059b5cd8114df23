#!/usr/bin/env python3
"""Writes the held-out synthesis set (3 sessions) from the data below. Standard library only.

Category codes per answer: a theme key; "<opposition>/A" or "/B" for a side;
"m:<key>" for a minority; "-" for noise. None = question skipped.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- session 1 (fr)
TRANSVALLEE = {
    "key": "transvallee",
    "lang": "fr",
    "questions": {
        "fr": [
            "Qu'est-ce qui vous donne envie de devenir ambassadeur du réseau Transvallée ?",
            "Qu'est-ce qui pourrait vous freiner ou vous faire décrocher ?",
            "Quel type de contribution vous tenterait le plus ?",
            "Combien de temps pourriez-vous y consacrer, et à quel rythme ?",
            "Qu'est-ce que le programme devrait vous apporter ?",
        ]
    },
    "themes": {
        "ameliorer_offre": "Wanting their field experience to change timetables, frequencies and routes",
        "ecologie": "Riding and promoting collective transport out of environmental conviction, fewer cars",
        "sursollicitation": "Fear of being asked too often and saturated by messages and reminders",
        "independance": "Fear of becoming the operator's mouthpiece and losing the freedom to criticise",
        "entraide_nouveaux": "Helping newcomers and lost riders find their way on the network",
        "alertes_perturbations": "Being warned ahead of others about works, strikes, cancelled stops and delays",
        "coulisses": "Meeting drivers and operations staff, visiting depots and workshops",
    },
    "oppositions": {
        "format_temoignage": ("Preferred testimony format: filmed versus written",
                              "filmed / video formats", "written formats"),
        "niveau_implication": ("How much involvement: light and occasional versus a substantial role",
                               "light, occasional involvement", "substantial, regular involvement"),
    },
    "minorities": {
        "accessibilite": "Accessibility for disabled riders, wheelchairs, visually impaired, pushchairs",
        "scolaires": "Opening the program to secondary-school pupils",
    },
    "objectives": [
        ("Faire remonter les irritants du quotidien pour adapter horaires et itinéraires", ["ameliorer_offre"]),
        ("Accompagner les primo-voyageurs dans la découverte du réseau grâce à l'entraide", ["entraide_nouveaux"]),
        ("Préserver la motivation dans la durée en dosant ce qu'on attend de chacun", ["sursollicitation"]),
        ("Informer en priorité les ambassadeurs des travaux et perturbations", ["alertes_perturbations"]),
        ("Rapprocher voyageurs et personnel d'exploitation", ["coulisses"]),
        ("Générer des recommandations qualifiées vers l'offre Pass Entreprise", []),
    ],
    "participants": [
        ("Nathalie Perrin", "fr", [
            ("ameliorer_offre", "Franchement, la ligne 12 le matin c'est la cata, si je peux faire bouger les choses je signe"),
            ("sursollicitation", "être relancée 3 fois par semaine, non merci"),
            ("entraide_nouveaux", "Expliquer aux nouveaux comment marche l'appli et les correspondances"),
            ("niveau_implication/A", "une heure par mois max"),
            ("coulisses", "Visiter le dépôt de bus, j'ai toujours été curieuse de voir comment ça se passe derrière"),
        ]),
        ("Karim Benali", "fr", [
            ("ameliorer_offre", "Avoir mon mot à dire sur les horaires, parce que le dernier bus à 20h10 c'est trop tôt pour ceux qui finissent tard"),
            ("independance", "Si je dois dire amen à tout ce que fait la régie, ça va pas le faire"),
            ("format_temoignage/A", "Une petite vidéo tournée dans le bus, c'est plus parlant qu'un long texte"),
            ("niveau_implication/B", "Je suis retraité, je peux y passer plusieurs après-midis par semaine sans souci"),
            ("alertes_perturbations", "Etre prévenu avant tout le monde quand y a des travaux sur ma ligne"),
        ]),
        ("Sylvie Marchand", "fr", [
            ("ameliorer_offre", "améliorer le service"),
            None,
            ("entraide_nouveaux", "Accompagner les gens qui découvrent le réseau, genre les étudiants qui arrivent en septembre et qui sont perdus"),
            ("niveau_implication/A", "Pas grand chose, quelques minutes entre deux arrêts ^^"),
            ("alertes_perturbations", "Des alertes quand ça coince, déviations, grèves..."),
        ]),
        ("Thomas Girard", "fr", [
            ("ameliorer_offre", "j'en ai marre de râler dans mon coin, autant que mes remarques servent à qqch"),
            ("sursollicitation", "Qu'on me bombarde de mails et de notifs"),
            ("format_temoignage/B", "Plutôt rédiger un texte, je suis plus à l'aise que face caméra"),
            ("niveau_implication/B", "Je veux bien m'investir sérieusement, genre être référent sur ma ligne"),
            ("coulisses", "discuter avec les chauffeurs, pas seulement leur dire bonjour en montant"),
        ]),
        ("Élodie Fabre", "fr", [
            ("ameliorer_offre", "Pour que les correspondances à la gare soient enfin calées sur les TER !!"),
            ("independance", "peur de devenir le porte-parole officiel de la boîte, moi je reste une usagère"),
            None,
            ("niveau_implication/A", "de temps en temps, quand j'ai un moment"),
            ("alertes_perturbations", "Savoir à l'avance quand un arrêt est supprimé, l'an dernier j'ai poireauté 25 min à un arrêt fermé sans le savoir"),
        ]),
        ("Julien Roux", "fr", [
            ("ameliorer_offre", "Participer aux décisions sur le réseau"),
            ("sursollicitation", "Le risque c'est d'être tout le temps sollicité, on finit par saturer"),
            ("format_temoignage/A", "Je me verrais bien faire des stories ou des petits reels sur les trajets"),
            ("niveau_implication/B", "Franchement je suis motivé, quelques heures chaque semaine c'est jouable"),
            ("coulisses", "voir l'envers du décor : le PC régulation, les ateliers"),
        ]),
        ("Martine Lefèvre", "fr", [
            ("ameliorer_offre", "Que les petites communes ne soient plus oubliées dans le plan de transport, chez nous c'est 2 passages par jour"),
            ("independance", "Je veux pouvoir continuer à critiquer quand c'est mal fait"),
            ("entraide_nouveaux", "Aider les personnes âgées de ma résidence à s'y retrouver avec les tickets sur téléphone"),
            ("niveau_implication/A", "Ponctuellement"),
            ("m:scolaires", "Il faudrait que les lycéens puissent en faire partie, ce sont eux les plus gros utilisateurs"),
        ]),
        ("Yannick Le Goff", "fr", [
            ("ameliorer_offre", "Faire évoluer la fréquence du 4, c'est une ligne toujours bondée"),
            ("-", "je sais pas trop"),
            ("-", "Je verrai sur le moment"),
            ("niveau_implication/B", "je peux donner pas mal de temps, je suis en dispo jusqu'à l'été"),
            ("alertes_perturbations", "Recevoir un SMS quand mon bus saute, avant d'être sur le quai"),
        ]),
        ("Amandine Caron", "fr", [
            ("ameliorer_offre", "bah qu'on nous écoute un peu plus sur les trajets qui marchent pas"),
            ("sursollicitation", "trop de sollicitations = je lâche l'affaire, c'est ce qui m'est arrivé avec le programme fidélité de mon supermarché"),
            ("entraide_nouveaux", "montrer aux nouveaux arrivants dans le quartier quel bus prendre pour aller à l'hôpital"),
            None,
            ("coulisses", "Rencontrer ceux qui conduisent et ceux qui font les plannings"),
        ]),
        ("Olivier Brunet", "fr", [
            ("ecologie", "Moins de voitures en ville, c'est mon combat depuis des années"),
            ("sursollicitation", "Recevoir des demandes toutes les semaines me lasserait vite"),
            ("format_temoignage/B", "un article pour le journal de la commune, je l'ai déjà fait pour l'asso de quartier"),
            ("niveau_implication/B", "Je peux m'engager sur un vrai rôle, plusieurs heures hebdo"),
            ("alertes_perturbations", "Les infos chantier en avant-première"),
        ]),
        ("Camille Dupuis", "fr", [
            ("ecologie", "parce que le bus c'est quand même bien meilleur pour la planète que ma vieille clio"),
            ("independance", "J'ai pas envie de faire la pub de la régie comme un influenceur payé"),
            ("entraide_nouveaux", "répondre aux questions des nouveaux sur le groupe fb du quartier"),
            ("niveau_implication/A", "10 min par-ci par-là sur mon téléphone"),
            ("coulisses", "Un café avec les conducteurs de ma ligne, ce serait sympa"),
        ]),
        ("Bernard Aubry", "fr", [
            ("ecologie", "Le climat. Chaque trajet en car c'est du CO2 en moins"),
            None,
            ("format_temoignage/B", "Écrire, oui. Filmer non."),
            ("niveau_implication/B", "Autant que nécessaire, je suis à la retraite depuis janvier"),
            ("alertes_perturbations", "Qu'on me dise à l'avance quand y a grève, pas le matin même à 6h"),
        ]),
        ("Sophie Renaud", "fr", [
            ("ecologie", "défendre le transport en commun face au tout-voiture"),
            ("sursollicitation", "Peur d'être harcelée de questionnaires"),
            ("entraide_nouveaux", "donner des coups de main aux gens paumés à la gare routière, ça m'arrive déjà souvent en vrai"),
            ("niveau_implication/A", "Léger. J'ai 3 enfants"),
            ("m:scolaires", "Ouvrir le programme aux collégiens, pour qu'ils prennent le pli des transports jeunes"),
        ]),
        ("Mathieu Collin", "fr", [
            ("ecologie", "J'ai vendu ma voiture l'an dernier, je veux montrer que c'est possible de vivre sans"),
            ("independance", "garder ma liberté de parole"),
            ("format_temoignage/A", "Filmer des petits formats type TikTok sur mes trajets"),
            ("niveau_implication/B", "une demi-journée par semaine, ça me va"),
            None,
        ]),
        ("Laurence Michaud", "fr", [
            ("ecologie", "Pour la planète, simplement"),
            ("-", "rien de spécial"),
            ("-", "je ne sais pas encore"),
            ("niveau_implication/A", "peu, je bosse en horaires décalés"),
            ("alertes_perturbations", "des notifs fiables sur les retards"),
        ]),
        ("Grégoire Vasseur", "fr", [
            ("ecologie", "Je suis à vélo + bus tous les jours, c'est cohérent avec mes convictions écolo"),
            ("sursollicitation", "Le jour où je reçois 10 messages par semaine pour poster un avis, je me désinscris"),
            ("entraide_nouveaux", "Être le binôme d'un nouvel usager pendant sa première semaine"),
            ("niveau_implication/B", "Je peux faire pas mal, j'aime bien ce genre de trucs"),
            ("coulisses", "Visiter l'atelier de maintenance avec mes gamins, ils adorent les bus"),
        ]),
        ("Patrick Morel", "fr", [
            ("m:accessibilite", "Je suis en fauteuil roulant et la moitié des arrêts ne sont pas accessibles, je veux que ça bouge"),
            ("independance", "Si on me demande de lisser mon discours, je pars"),
            ("format_temoignage/B", "Un témoignage écrit, posé, ça me va mieux"),
            ("niveau_implication/A", "Une ou deux fois par trimestre"),
            ("alertes_perturbations", "Être informé en premier des fermetures d'arrêts pour chantier"),
        ]),
        ("Isabelle Gauthier", "fr", [
            ("m:accessibilite", "ma fille est malvoyante, les annonces sonores dans les véhicules c'est vital pour elle"),
            ("-", "Aucun frein"),
            None,
            ("-", "on verra"),
            ("-", "Je sais pas"),
        ]),
        ("Fabien Lacroix", "fr", [
            ("m:accessibilite", "Les rampes qui marchent une fois sur deux... avec ma poussette double c'est l'enfer, alors pour les PMR j'imagine même pas"),
            ("independance", "devenir la caution de la compagnie quand ça va mal, très peu pour moi"),
            ("entraide_nouveaux", "Guider ceux qui prennent le bus pour la première fois"),
            ("niveau_implication/A", "Quand j'ai le temps, pas plus"),
            ("alertes_perturbations", "Avoir l'info perturbation avant de partir de chez moi"),
        ]),
        ("Claire Besson", "fr", [
            ("-", "Une amie m'a inscrite"),
            ("sursollicitation", "la saturation de messages"),
            ("format_temoignage/A", "Je préfère parler devant une caméra qu'écrire, l'orthographe c'est pas mon truc lol"),
            ("-", "dur à dire"),
            ("coulisses", "passer une journée avec un chauffeur pour voir son boulot"),
        ]),
    ],
}

# ---------------------------------------------------------------- session 2 (en)
PAWSFIELD = {
    "key": "pawsfield",
    "lang": "en",
    "questions": {
        "en": [
            "What would make you want to be a Pawsfield ambassador?",
            "What might put you off or hold you back?",
            "What kind of contribution would you enjoy making?",
            "How much time could you realistically give, and how often?",
            "What should the programme give you in return?",
        ]
    },
    "themes": {
        "payback": "Gratitude for the care their animals received and wish to repay it",
        "pet_privacy": "Worry about exposing pets' health details or family information online",
        "salesy": "Fear of sounding like an advert or being used to sell products",
        "peer_support": "Supporting other owners, especially anxious or first-time ones",
        "flexible_time": "Time only in flexible, unscheduled, short bursts",
        "vet_knowledge": "Learning from the clinical team: talks, Q&A, behind the scenes",
    },
    "oppositions": {
        "reward_kind": ("Kind of reward: money off versus a social get-together",
                        "money off / cheaper care", "social get-together"),
    },
    "minorities": {
        "exotic_pets": "Wanting the program to cover exotic pets (rabbits, reptiles, tortoises)",
    },
    "objectives": [
        ("Give long-standing clients a way to pay forward the care their animals received", ["payback"]),
        ("Build a peer support network for first-time pet owners", ["peer_support"]),
        ("Offer ambassadors regular sessions with our vets on preventive health", ["vet_knowledge"]),
        ("Guarantee that each household decides what gets made public about them", ["pet_privacy"]),
        ("Increase new-client registrations from referrals by 20% this year", []),
    ],
    "participants": [
        ("Rachel Hughes", "en", [
            ("payback", "They saved my cat Milo after he ate a lily. I owe them, simple as that"),
            ("pet_privacy", "I don't really want my pets' medical history floating around online"),
            ("peer_support", "Chatting with nervous new puppy owners, I was one 2 yrs ago and it was overwhelming"),
            ("flexible_time", "Whenever really, evenings on my phone mostly"),
            ("vet_knowledge", "access to the vets for proper Q&A, not google"),
        ]),
        ("Daniel Okafor", "en", [
            ("payback", "giving something back tbh"),
            ("salesy", "I'd hate to come across as flogging their pet food range to my mates"),
            ("peer_support", "Helping people in the forum who are panicking at 2am because their dog threw up"),
            ("flexible_time", "bits here and there, can't commit to fixed slots with shift work"),
            ("reward_kind/A", "money off the yearly health plan would be nice ngl"),
        ]),
        ("Priya Sharma", "en", [
            ("payback", "The team were amazing when we had to put our old lab down. Kindest people. I'd like to return that somehow"),
            ("pet_privacy", "Sharing photos is fine but not the diagnoses, that's private"),
            ("-", "not sure yet"),
            ("flexible_time", "Async is best for me, I can't do live calls"),
            ("vet_knowledge", "Learning from the nurses about nutrition and dental stuff"),
        ]),
        ("Mark Jennings", "en", [
            ("payback", "Pawsfield has looked after 3 generations of our dogs, feels right to support them"),
            None,
            ("peer_support", "answering questions from first time owners"),
            ("-", "dunno"),
            ("reward_kind/A", "Discounts. Vet bills aren't cheap!"),
        ]),
        ("Emma Whitfield", "en", [
            ("payback", "gratitude mainly"),
            ("pet_privacy", "My address and my animals' details need to stay off social media, had a bad experience with a stalker once"),
            ("peer_support", "Be a friendly face for people going through their first surgery with a pet"),
            ("flexible_time", "short bursts when it suits, 15 min"),
            ("vet_knowledge", "talks from the vets on things like arthritis in older dogs"),
        ]),
        ("Tom Gallagher", "en", [
            ("payback", "They were brilliant with my rescue greyhound, want to spread a bit of that kindness"),
            ("salesy", "Being a walking advert. Not me"),
            ("peer_support", "Mentoring other rescue adopters, there's a lot of trial and error"),
            ("flexible_time", "flexible, depends on the week"),
            ("reward_kind/B", "A dog walk meetup with the other ambassadors, tea and cake after"),
        ]),
        ("Lucy Brennan", "en", [
            ("m:exotic_pets", "I've got two rabbits and a tortoise and there's never anything for us non cat/dog people"),
            ("pet_privacy", "keeping my kids' names out of anything posted"),
            ("peer_support", "helping out in the community chat, I'm on there anyway"),
            ("flexible_time", "an hour a month, whenever I'm free, not scheduled"),
            ("vet_knowledge", "Understanding the medical side better, maybe a behind-the-scenes in surgery"),
        ]),
        ("Aisha Rahman", "en", [
            ("m:exotic_pets", "More stuff on reptiles please! My bearded dragon deserves representation lol"),
            ("salesy", "worried it turns into an MLM-ish sales thing"),
            ("peer_support", "Reassuring owners who are anxious before a procedure, been there"),
            ("flexible_time", "In the odd gap between work and uni"),
            ("reward_kind/B", "a christmas social with everyone would be lovely"),
        ]),
        ("George Patel", "en", [
            ("-", "my wife signed us up"),
            ("pet_privacy", "The privacy side worries me a bit"),
            ("peer_support", "tips for owners of big breeds, hip issues etc, I've learnt loads the hard way"),
            None,
            ("reward_kind/A", "cheaper vaccinations would go down well"),
        ]),
        ("Sarah Collins", "en", [
            ("payback", "Honestly just want to say thanks in a useful way"),
            ("salesy", "if they want me to push products I'm out"),
            ("-", "Whatever helps"),
            ("-", "hard to say"),
            ("reward_kind/B", "meeting other pet people, maybe a summer picnic at the clinic"),
        ]),
    ],
}

# ---------------------------------------------------------------- session 3 (fr+en)
VIGILIS = {
    "key": "vigilis",
    "lang": "fr+en",
    "questions": {
        "fr": [
            "Qu'est-ce qui vous motive à rejoindre le programme ambassadeurs Vigilis ?",
            "Qu'est-ce qui pourrait vous freiner ?",
            "Quelles contributions seriez-vous prêt·e à faire ?",
            "Combien de temps pouvez-vous y consacrer ?",
            "Que devrait vous apporter le programme ?",
        ],
        "en": [
            "What motivates you to join the Vigilis ambassador program?",
            "What could hold you back?",
            "Which contributions would you be willing to make?",
            "How much time can you give it?",
            "What should the program bring you?",
        ],
    },
    "themes": {
        "visibilite_expert": "Wanting personal visibility and credibility as a security expert, career benefit",
        "echange_pairs": "Exchanging with other security leads facing the same problems, mutual help",
        "confidentialite": "Cannot disclose employer, clients, incidents or architecture (NDA, secrecy)",
        "charge_imprevisible": "Availability wrecked by incidents, on-call duty and workload peaks",
        "temps_employeur": "Time only within working hours and with the employer's approval",
        "roadmap_beta": "Influence on the product roadmap and early access to beta features",
        "formation": "Training and upskilling, ideally counting for certifications",
    },
    "oppositions": {
        "format_prise_de_parole": ("Contribution format: speaking on stage or on video versus writing",
                                   "speaking / video", "writing"),
    },
    "minorities": {
        "non_techniques": "Extending the program to non-technical colleagues and leadership",
    },
    "objectives": [
        ("Multiplier les avis clients publiés sur les comparateurs de logiciels", []),
        ("Animer une communauté d'échange entre responsables sécurité clients", ["echange_pairs"]),
        ("Associer les clients à l'élaboration de la feuille de route produit", ["roadmap_beta"]),
        ("Positionner nos utilisateurs comme des références reconnues dans leur secteur", ["visibilite_expert"]),
        ("Garantir la confidentialité des clients dans toute prise de parole publique", ["confidentialite"]),
        ("Proposer des parcours de montée en compétences certifiants", ["formation"]),
    ],
    "participants": [
        ("Stéphane Moreau", "fr", [
            ("visibilite_expert", "Me faire un nom dans le milieu cyber, honnêtement ça aide pour la suite de carrière"),
            ("confidentialite", "Je peux rien dire de nos incidents, clause de confidentialité"),
            ("format_prise_de_parole/A", "Une intervention en conf, 20 minutes sur scène ça me va"),
            ("charge_imprevisible", "Impossible à prévoir, si on se prend une attaque je disparais 2 semaines"),
            ("roadmap_beta", "Peser sur la roadmap, y a des features qui manquent depuis 1 an"),
        ]),
        ("Aurélie Dumas", "fr", [
            ("echange_pairs", "Échanger avec d'autres RSSI qui ont les mêmes galères que moi"),
            ("charge_imprevisible", "les pics d'activité, en période de clôture je suis sous l'eau"),
            ("format_prise_de_parole/B", "un retour d'expérience écrit, type étude de cas"),
            ("temps_employeur", "Il faudrait que ce soit sur mon temps de boulot, donc validé par mon n+1"),
            ("formation", "des formations qui comptent pour mes crédits CPE de la CISSP"),
        ]),
        ("Vincent Roche", "fr", [
            ("visibilite_expert", "gagner en visibilité perso sur LinkedIn"),
            ("confidentialite", "mon employeur ne veut pas qu'on cite son nom, c'est une boîte de défense"),
            ("format_prise_de_parole/B", "Je préfère rédiger, j'ai horreur de parler devant une salle"),
            ("temps_employeur", "Sur mes heures de bureau uniquement, le soir c'est la famille"),
            ("-", "Pas d'avis"),
        ]),
        ("Hélène Marchetti", "fr", [
            ("echange_pairs", "Sortir de l'isolement, on est souvent seul à faire la sécu dans une PME"),
            None,
            ("format_prise_de_parole/A", "Un webinaire, à l'oral je suis bien meilleure"),
            ("charge_imprevisible", "Ça dépend des crises, franchement imprévisible"),
            ("roadmap_beta", "Tester les nouvelles fonctionnalités en bêta avant tout le monde"),
        ]),
        ("Romain Chevalier", "fr", [
            ("visibilite_expert", "Être identifié en tant qu'expert sur la conformité NIS2"),
            ("charge_imprevisible", "La charge de taff, on est 2 à l'IT pour 300 salariés"),
            ("-", "bof, je sais pas"),
            ("temps_employeur", "Si ma direction accepte de le compter comme du temps de travail, quelques heures"),
            ("formation", "Monter en compétences sur la partie cloud, avec un certificat à la clé si possible"),
        ]),
        ("Nadia Haddad", "fr", [
            ("echange_pairs", "Le partage entre pairs, apprendre comment les autres gèrent le phishing"),
            ("confidentialite", "tout ce qui touche à notre archi reste en interne, point"),
            None,
            ("temps_employeur", "J'ai besoin du feu vert de mon DSI avant de bloquer des créneaux"),
            ("roadmap_beta", "qu'on nous écoute sur les priorités produit, pas juste un sondage annuel"),
        ]),
        ("Bruno Lemaire", "fr", [
            ("visibilite_expert", "asseoir ma crédibilité auprès des autres DSI de la région"),
            ("charge_imprevisible", "les astreintes... quand ça tombe, tout le reste saute"),
            ("format_prise_de_parole/B", "Un article de blog, je peux écrire ça le weekend tranquille"),
            ("temps_employeur", "uniquement dans le cadre pro, c'est mon contrat qui le dit"),
            ("m:non_techniques", "Que le programme parle aussi à ma direction générale, pas qu'aux techos. C'est eux qu'il faut convaincre"),
        ]),
        ("Céline Barbier", "fr", [
            ("echange_pairs", "rencontrer des homologues, comparer nos pratiques"),
            ("confidentialite", "Le secret autour de nos clients. On bosse pour des hôpitaux, je ne peux rien montrer"),
            ("format_prise_de_parole/A", "Je me vois bien en table ronde au FIC"),
            ("charge_imprevisible", "aucune visibilité, un ransomware chez un client et mon planning explose"),
            ("formation", "Des sessions de formation avancée, genre forensic"),
        ]),
        ("Julien Faure", "fr", [
            ("m:non_techniques", "J'aimerais embarquer notre DPO et la compta, la sensibilisation c'est pas que pour les geeks"),
            ("charge_imprevisible", "trop de boulot imprévu en ce moment"),
            ("echange_pairs", "animer un canal d'entraide sur la détection, je réponds déjà souvent sur des forums"),
            ("temps_employeur", "ça doit rentrer dans mes horaires pro"),
            None,
        ]),
        ("Laetitia Simon", "fr", [
            ("visibilite_expert", "Pour mon CV, clairement"),
            ("-", "rien"),
            ("-", "à voir"),
            ("-", "aucune idée"),
            ("roadmap_beta", "Avoir un accès aux versions preview"),
        ]),
        ("James Whitaker", "en", [
            ("visibilite_expert", "Building my profile as a security speaker, it's good for my career"),
            ("confidentialite", "Our NDA with the group HQ means I can't name names or talk incidents"),
            ("format_prise_de_parole/B", "a written case study I can review line by line before it goes out"),
            ("charge_imprevisible", "Totally unpredictable, one breach and I'm gone for a fortnight"),
            ("roadmap_beta", "Real input on what gets built next"),
        ]),
        ("Hannah Lindqvist", "en", [
            ("echange_pairs", "swapping notes with other CISOs in small companies"),
            ("-", "nothing comes to mind"),
            ("format_prise_de_parole/A", "I'd happily do a short video interview, I'm more natural talking than typing"),
            ("temps_employeur", "during working hours only, my boss has to sign off"),
            ("formation", "training that counts towards my CPE hours"),
        ]),
        ("Oliver Grant", "en", [
            ("visibilite_expert", "wanna be known as someone who knows their stuff in OT security"),
            ("confidentialite", "client confidentiality, full stop"),
            ("echange_pairs", "answering other members' questions in the Slack community"),
            ("temps_employeur", "It has to fit in my work week, evenings are off limits"),
            ("roadmap_beta", "early access to beta features and a say on priorities"),
        ]),
        ("Sofia Martins", "en", [
            ("-", "My manager suggested it"),
            None,
            ("format_prise_de_parole/B", "blog posts, I like taking time to get wording right"),
            ("charge_imprevisible", "depends entirely on incident load, some months zero"),
            ("formation", "courses, ideally with a cert at the end"),
        ]),
        ("Ben Carter", "en", [
            ("echange_pairs", "learning from peers dealing with the same threats"),
            ("charge_imprevisible", "Firefighting. Our team is tiny and something always blows up"),
            ("format_prise_de_parole/A", "Speaking at a meetup or a panel, that's my thing"),
            ("temps_employeur", "a couple of hours a month if my employer approves it as work time"),
            ("roadmap_beta", "Influence over the roadmap"),
        ]),
        ("Grace O'Neill", "en", [
            ("m:non_techniques", "I'd want this to reach our non-technical staff too, HR and finance click on everything"),
            ("confidentialite", "I can't disclose our setup publicly, legal would kill me"),
            ("-", "not sure"),
            ("temps_employeur", "only within office time, company policy"),
            ("formation", "Hands-on labs to upskill the team"),
        ]),
    ],
}

SESSIONS = [TRANSVALLEE, PAWSFIELD, VIGILIS]


def build(s):
    key = s["key"]
    rows, n = [], 0
    themes = {k: [] for k in s["themes"]}
    sides = {k: {"A": [], "B": []} for k in s["oppositions"]}
    minorities = {k: [] for k in s["minorities"]}
    noise = []
    for name, lang, answers in s["participants"]:
        for qi, item in enumerate(answers):
            if item is None:
                continue
            cat, text = item
            n += 1
            aid = "%s-%03d" % (key, n)
            rows.append({"id": aid, "participant": name,
                         "question": s["questions"][lang][qi], "answer": text})
            if cat == "-":
                noise.append(aid)
            elif cat.startswith("m:"):
                minorities[cat[2:]].append(aid)
            elif "/" in cat:
                opp, side = cat.split("/")
                sides[opp][side].append(aid)
            else:
                themes[cat].append(aid)
    objective_support = [{"objective": o, "themes": t} for o, t in s["objectives"]]
    used = {k for _, t in s["objectives"] for k in t}
    truth = {
        "session": key,
        "lang": s["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d, "answer_ids": themes[k]}
                   for k, d in s["themes"].items()],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": la, "answer_ids": sides[k]["A"]},
                                   {"label": lb, "answer_ids": sides[k]["B"]}]}
                        for k, (d, la, lb) in s["oppositions"].items()],
        "minorities": [{"key": k, "description": d, "answer_ids": minorities[k]}
                       for k, d in s["minorities"].items()],
        "objective_support": objective_support,
        "unsupported_objectives": [o for o, t in s["objectives"] if not t],
        "unserved_needs": [k for k in s["themes"] if k not in used],
        "noise_answer_ids": noise,
    }
    with open(os.path.join(HERE, key + ".answers.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, key + ".objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(o for o, _ in s["objectives"]) + "\n")
    with open(os.path.join(HERE, key + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return len(s["participants"]), len(rows)


if __name__ == "__main__":
    for s in SESSIONS:
        p, a = build(s)
        print("%s: %d participants, %d answers" % (s["key"], p, a))
