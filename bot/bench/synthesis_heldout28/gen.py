#!/usr/bin/env python3
"""Deterministic generator for the planted-theme synthesis set `synthesis_heldout28`.

Client: Voltaïs Pro (fictitious), a distributor of electrical equipment for
professional electricians (trade counters / branches in France and the UK).
Every answer is written by hand below with its label:
  "T:<theme>"            planted convergent theme
  "O:<opposition>:<i>"   side i (0 or 1) of an opposition
  "M:<minority>"         minority view (exactly 2 participants)
  "N"                    noise (no planted theme)
A skipped answer is simply absent.
Standard library only; running it twice gives byte-identical files.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Voltaïs Pro"

# --------------------------------------------------------------------------
# W1 — French, 12 participants
# --------------------------------------------------------------------------
W1 = {
    "session": "W1",
    "lang": "fr",
    "n": 12,
    "title": "Atelier JE — agence de Lyon-Gerland, installateurs électriciens (artisans et PME)",
    "questions": {
        1: "Qu'est-ce qui vous donnerait envie de vous impliquer dans le Cercle Voltaïs ?",
        2: "Qu'est-ce qui pourrait vous freiner ou vous faire décrocher ?",
        3: "Parmi les contributions proposées (témoignage écrit ou vidéo de chantier, parrainage d'un confrère, avis en ligne, aide aux autres membres, idées produits, co-création de gammes), lesquelles vous tentent ?",
        4: "En contrepartie, vous préférez des remises et des points convertibles sur vos achats, ou des avantages non commerciaux (formations, visite d'usine, accès au bureau d'études) ?",
        5: "Autre chose à nous dire, librement ?",
    },
    "objectives": [
        "Accélérer la transition énergétique en faisant de nos clients des experts reconnus des solutions bas carbone",
        "Amplifier la notoriété de Voltaïs Pro sur les réseaux sociaux et les plateformes d'avis",
        "Nourrir notre feuille de route produits de l'expertise d'usage de nos clients",
        "Fédérer un collectif solidaire de professionnels autour du partage de savoir-faire",
        "Transformer notre réseau de points de vente en espaces d'animation de la communauté métier",
    ],
    "objective_support": {
        0: ["formation"],
        1: [],
        2: ["remontee_terrain"],
        3: ["entraide"],
        4: ["rencontres_agence"],
    },
    "themes": {
        "formation": ("need", "Se former aux nouveaux marchés et aux évolutions de norme : IRVE, photovoltaïque, domotique/gestion d'énergie, NF C 15-100."),
        "ligne_directe": ("need", "Avoir un interlocuteur technique direct (technicien, bureau d'études) joignable vite, surtout en plein chantier ou en dépannage."),
        "temps": ("brake", "Manque de temps : chantiers, devis, administratif le soir ; toute demande longue, en journée ou sur une plateforme de plus fait décrocher."),
        "pas_vrp": ("brake", "Refus de servir de support publicitaire ou de passer pour le commercial de la marque (posts, affiches, avis sur commande)."),
        "remontee_terrain": ("preference", "Faire remonter les défauts et les idées produits constatés en pose, tester des nouveautés et donner un avis franc."),
        "entraide": ("preference", "Aider les confrères et les apprentis, transmettre le métier, répondre aux questions techniques entre pairs."),
        "rencontres_agence": ("preference", "Se retrouver en agence : démos fournisseurs, petits-déjeuners, soirées techniques, lien avec les collègues."),
    },
    "oppositions": {
        "contrepartie": ("Contreparties attendues : avantages financiers sur les achats contre avantages non commerciaux (formation, usine, bureau d'études).",
                         ["Remises et points sur les achats", "Formations et accès non commerciaux"]),
    },
    "note": "Remises vs formation (q4) is an opposition, not a theme: the 'formation' side of q4 is labelled there, not under the need theme 'formation'. Minority 'devenir_formateur' uses the training vocabulary but means being the trainer; 'periode_creuse' uses the time vocabulary but means seasonal availability; 'responsabilite' is about legal liability, not refusing advertising. P12 skipped q4.",
    "minorities": {
        "responsabilite": "Crainte d'engager sa responsabilité (décennale, maître d'ouvrage) si l'on recommande un produit qui a un défaut — pas un refus de la publicité.",
        "periode_creuse": "Disponibilité saisonnière : on a du temps à certaines périodes (janvier-février, été), il faut planifier les sollicitations là — pas un manque de temps général.",
        "devenir_formateur": "Vouloir animer soi-même des formations Voltaïs (intervenant, formateur défrayé) — pas se former ni aider informellement.",
    },
    "answers": [
        ("P01", 1, "T:formation", "La montée en compétences sur l'IRVE. J'ai la qualif P1 mais pas la P2, et les demandes de bornes en copro explosent. Si le Cercle me donne accès à des sessions sur le pilotage de charge et le dimensionnement de l'abonnement, je signe."),
        ("P01", 2, "T:temps", "Le temps, clairement. Je suis seul avec un apprenti, les devis je les fais le soir après 20h."),
        ("P01", 3, "T:remontee_terrain", "Les idées produits. J'ai des choses à dire sur vos tableaux pré-câblés : les peignes sont trop courts dès qu'on ajoute un différentiel type F."),
        ("P01", 4, "O:contrepartie:0", "Remises. Mes marges sont serrées, 3 % sur le câble sur l'année, ça paye une semaine d'apprenti."),
        ("P01", 5, "N", "Merci pour le café, il était meilleur que la dernière fois."),

        ("P02", 1, "T:formation", "Apprendre des trucs. Le solaire par exemple, on m'en demande et je sais pas trop par où commencer."),
        ("P02", 2, "T:pas_vrp", "Si on me demande de poster des trucs genre 'j'adore Voltaïs' sur Insta, non merci. Faire le commercial c'est pas mon truc."),
        ("P02", 3, "T:entraide", "Aider sur le forum pourquoi pas, j'ai galéré quand j'étais apprenti, je sais ce que c'est de rester bloqué sur un schéma de va-et-vient."),
        ("P02", 4, "O:contrepartie:1", "Plutôt les formations. Les remises c'est mon patron qui en profite, pas moi."),

        ("P03", 1, "T:ligne_directe", "L'an dernier, un samedi, j'ai eu un délesteur qui voulait rien savoir sur une install avec PAC. J'appelle l'agence : personne. La hotline du fabricant : 40 minutes d'attente, le client derrière moi qui tape du pied. Si être ambassadeur ça veut dire avoir le numéro direct d'un technicien qui connaît le produit, ça vaut tous les cadeaux du monde."),
        ("P03", 2, "T:temps", "Entre les chantiers, les dossiers Consuel et les relances de paiement, il reste pas grand-chose. Faut que ce soit court."),
        ("P03", 3, "T:remontee_terrain", "La co-création des gammes, oui. On voit en pose ce qu'aucun chef produit ne voit : les boîtes d'encastrement dont la griffe casse, les borniers qui prennent pas le 10 mm² souple..."),
        ("P03", 4, "O:contrepartie:1", "Visite d'usine et bureau d'études. Comprendre comment le matériel est testé m'intéresse plus qu'un bon d'achat de 50 €."),
        ("P03", 5, "M:responsabilite", "Un point quand même : si je recommande un produit à un confrère et qu'il y a un sinistre, c'est ma responsabilité qui est engagée ? Faut que ce soit clair avec les assureurs, décennale et tout."),

        ("P04", 1, "T:rencontres_agence", "Les rencontres à l'agence. On est deux dans l'entreprise, mon mari et moi, on ne voit jamais personne du métier à part au comptoir le matin."),
        ("P04", 2, "T:temps", "On n'a pas une minute. Je fais la compta, les devis, les appels clients, lui il est sur les chantiers jusqu'à 19h."),
        ("P04", 3, "N", "Un témoignage écrit, si c'est moi qui l'écris et que ça prend un quart d'heure."),
        ("P04", 4, "O:contrepartie:0", "Remises, sans hésiter. La formation on la fait déjà avec le FAF, c'est financé."),
        ("P04", 5, "M:periode_creuse", "Pour nous solliciter, le mieux c'est janvier-février : les chantiers ralentissent, là on a du temps. Pas en juin."),

        ("P05", 1, "T:ligne_directe", "Un accès direct au technico-commercial et au BE pour les notes de calcul : sélectivité, filiation, chute de tension sur les grandes longueurs. Aujourd'hui il faut passer par le comptoir qui transmet, et on attend trois jours."),
        ("P05", 2, "T:pas_vrp", "Le côté marketing. Je veux pas qu'on mette ma tête sur une affiche avec un slogan. Je suis installateur, pas mannequin."),
        ("P05", 3, "T:remontee_terrain", "Des retours terrain sur les produits. Les disjoncteurs de branchement que vous avez référencés l'an dernier, on a eu trois retours en six mois, il faut que ça remonte à quelqu'un."),
        ("P05", 4, "O:contrepartie:1", "Formations. Une journée sur la nouvelle version de la norme ou sur les IRVE en tertiaire, c'est du concret."),
        ("P05", 5, "M:devenir_formateur", "Ce qui m'intéresserait, c'est d'être formateur pour vos sessions en agence, sur la mise en service de bornes par exemple. Pas comme stagiaire : de l'autre côté, et défrayé."),

        ("P06", 1, "T:entraide", "Transmettre aux jeunes. J'ai 58 ans, dans quelques années j'arrête, et ce que je sais je voudrais pas que ça parte avec moi."),
        ("P06", 2, "N", "Rien de spécial, si c'est bien fait."),
        ("P06", 3, "N", "Le parrainage d'un confrère, j'en ai déjà envoyé deux chez vous sans rien demander."),
        ("P06", 4, "O:contrepartie:0", "Des remises, et qu'elles tombent directement sur la facture, pas des points qu'il faut aller convertir sur un site."),

        ("P07", 1, "T:formation", "Il y a deux ans un client m'a demandé un devis pour 6 kWc en autoconsommation avec batterie. J'ai dû refuser, j'y connaissais rien en onduleurs. Il est parti chez un solariste qui m'a piqué la rénovation du tableau au passage. Si le programme m'aide à ne plus refuser ce genre de chantier, je suis partant."),
        ("P07", 2, "T:pas_vrp", "Qu'on se serve de nous comme d'un panneau publicitaire. Mes clients me font confiance parce que je conseille ce qui est bien pour eux, pas une marque."),
        ("P07", 3, "T:rencontres_agence", "Les démos en agence avec les fabricants, le jeudi matin avec les croissants. On voit le matériel en vrai et on discute entre collègues."),
        ("P07", 4, "O:contrepartie:1", "Non commercial. Une formation QualiPV prise en charge, ça c'est un vrai plus."),
        ("P07", 5, "N", "La nouvelle appli de commande rame encore quand on scanne les codes-barres au dépôt."),

        ("P08", 1, "T:ligne_directe", "Quelqu'un qui décroche quand j'appelle. C'est tout."),
        ("P08", 2, "T:temps", "Pas le temps."),
        ("P08", 3, "N", "Je sais pas encore."),
        ("P08", 4, "O:contrepartie:0", "Remises."),

        ("P09", 1, "T:formation", "La formation KNX et les protocoles de gestion d'énergie. Les clients veulent du pilotage à distance, du délestage, du suivi de conso, et la montée en compétence sur ETS coûte cher quand on la paye seul."),
        ("P09", 2, "T:temps", "Le temps passé devant l'ordi. Je passe déjà mes soirées sur les DOE et les schémas unifilaires pour les archis, alors si le Cercle c'est encore une plateforme de plus avec un mot de passe de plus, je décroche au bout d'un mois. Au passage, votre catalogue en ligne n'a toujours pas les fiches techniques à jour pour les alimentations rail DIN."),
        ("P09", 3, "T:remontee_terrain", "Tester les nouveautés avant la sortie et faire un retour honnête, y compris négatif. Votre passerelle IP, si on me l'avait fait tester, je vous aurais dit que la config par appli est inutilisable sur un chantier sans réseau."),
        ("P09", 4, "O:contrepartie:1", "Les accès : bureau d'études, formations certifiantes. Les remises je les négocie déjà avec mon commercial."),
        ("P09", 5, "M:periode_creuse", "Si vous planifiez des choses, évitez septembre-décembre, c'est le rush des rénovations avant l'hiver. En été par contre les chantiers chez les particuliers s'arrêtent deux semaines, et là j'ai de la dispo."),

        ("P10", 1, "T:entraide", "Faire partie d'un réseau. Quand t'es seule sur ton chantier et que tu doutes sur un calibre, pouvoir demander à quelqu'un qui a déjà eu le cas. Et rendre la pareille."),
        ("P10", 2, "T:pas_vrp", "Devoir écrire des avis 5 étoiles sur commande. Si c'est ça, c'est non."),
        ("P10", 3, "T:rencontres_agence", "Les soirées à l'agence, si c'est après 18h30. Sinon impossible."),
        ("P10", 4, "O:contrepartie:1", "Formation. Et pas que technique : la gestion, les devis, la relation client, on n'apprend pas ça en CAP."),
        ("P10", 5, "N", "Bravo pour les tenues de travail en taille femme au catalogue, enfin."),

        ("P11", 1, "T:rencontres_agence", "Les événements. On a quinze gars, je veux pouvoir envoyer mes chefs d'équipe aux démos produits et aux soirées techniques, ça les motive et ça crée du lien avec l'agence."),
        ("P11", 2, "M:responsabilite", "Le risque juridique. Si mon nom est associé à une gamme et que cette gamme a un défaut série, je me retrouve en première ligne face au maître d'ouvrage. Qui porte la responsabilité ?"),
        ("P11", 3, "T:entraide", "Accueillir des apprentis d'autres boîtes sur nos chantiers tertiaires, leur montrer un TGBT, une colonne montante. C'est comme ça que j'ai appris."),
        ("P11", 4, "O:contrepartie:0", "Remises, mais sur les volumes annuels, pas des points gadgets."),
        ("P11", 5, "T:ligne_directe", "Et une vraie hotline technique réservée aux membres, avec quelqu'un qui sait lire un schéma."),

        ("P12", 1, "T:formation", "Me remettre à niveau. Mon père m'a tout appris mais les normes ont bougé, la dernière NF C 15-100 je l'ai lue en diagonale, je me sens pas au point sur la GTL et les volumes de salle de bains."),
        ("P12", 2, "T:temps", "Les réunions qui tombent en pleine journée. Une heure à l'agence, avec le trajet, c'est une demi-journée de chantier perdue."),
        ("P12", 3, "T:remontee_terrain", "Donner mon avis sur le matériel, ça oui. L'autre jour j'ai ouvert un carton de prises où la moitié des vis étaient foirées, j'aurais aimé pouvoir le dire à quelqu'un qui s'en occupe."),
        ("P12", 5, "M:devenir_formateur", "Si un jour vous cherchez des gens pour tenir l'atelier pratique au salon ou pour former vos nouveaux vendeurs comptoir, je lève la main. Mais comme intervenant."),
    ],
}

# --------------------------------------------------------------------------
# W2 — English, 24 participants
# --------------------------------------------------------------------------
W2 = {
    "session": "W2",
    "lang": "en",
    "n": 24,
    "title": "JE workshop — Birmingham trade counter, UK electrical contractors and sole traders",
    "questions": {
        1: "What would make you want to get involved in the Voltaïs Circle?",
        2: "What could hold you back or make you drop out?",
        3: "Which contributions tempt you (written or video job testimonial, referring a fellow installer, online review, helping other members, product ideas, co-design of ranges)?",
        4: "Should the Circle show a public leaderboard ranking members by their contributions? Why or why not?",
        5: "Anything else you'd like to tell us?",
    },
    "objectives": [
        "Empower our installer community to lead the low-carbon transition",
        "Position our branches as the gateway between end customers and certified local expertise",
        "Harness the voice of the field to shape tomorrow's product portfolio",
        "Maximise brand advocacy across digital touchpoints",
        "Nurture a self-sustaining culture of peer learning across our installer base",
    ],
    "objective_support": {
        0: ["upskilling"],
        1: ["work_leads"],
        2: ["product_trials"],
        3: [],
        4: ["mentoring"],
    },
    "themes": {
        "upskilling": ("need", "Training and certification for the new work: EV charging, solar PV and storage, heat-pump supplies, regulation amendments, inspection and testing; CPD that is affordable."),
        "work_leads": ("need", "Get jobs sent their way: the branch recommending them to homeowners who ask for an electrician."),
        "stock": ("need", "Reliable stock and lead times: what they are asked to recommend must be on the shelf; priority allocation, reserving stock for a job."),
        "admin_time": ("brake", "No time: on the tools all day, paperwork and certificates in the evenings and weekends; anything adding admin, portals or time off site is dropped."),
        "not_a_salesman": ("brake", "Refusal to act as a rep or an advert for the brand; independence of advice and credibility with customers."),
        "customer_privacy": ("brake", "Customers' homes and sites cannot be photographed or filmed: GDPR, consent, security, NDAs, safeguarding."),
        "mentoring": ("preference", "Helping apprentices and newly qualified electricians, answering other members' technical questions."),
        "product_trials": ("preference", "Testing new kit on real jobs, reporting faults and design ideas, sitting on product panels."),
        "quick_formats": ("preference", "Contributing only in very short formats sent to the programme: voice notes, a photo with a caption, WhatsApp, short polls or forms."),
    },
    "oppositions": {
        "leaderboard": ("A public leaderboard ranking members by contributions: motivating friendly competition vs harmful, unfair ranking.",
                        ["For a public leaderboard", "Against a public leaderboard"]),
    },
    "minorities": {
        "train_counter_staff": "It is Voltaïs's trade-counter staff who need training on the products, not the installers.",
        "response_time": "The 'time' problem is Voltaïs's delay in answering feedback (feedback disappears into a black hole), not their own lack of time.",
        "labour_referrals": "The referrals they need are people (improvers, labourers, apprentices to hire), not customers or jobs.",
    },
    "note": "q4 answers that take no side (P24) are noise. 'mentoring' includes P08's wish to help female apprentices. P13 q3 (referring another installer) and P05/P23 q3 are noise. Minorities sit close to upskilling (training the counter staff), admin_time (Voltaïs's response time) and work_leads (labour referrals).",
    "answers": [
        ("P01", 1, "T:upskilling", "Proper training on the EV side. PME earthing, open-PEN protection, load management, G98/G99 applications to the DNO. Half the lads fitting chargers round here are winging the earthing and it'll bite someone eventually."),
        ("P01", 2, "T:admin_time", "Time. I'm on the tools 7 till 5 and then it's certs, quotes and chasing invoices till late."),
        ("P01", 3, "T:product_trials", "Trialling new kit. Give me a box of your new RCBOs and after a month I'll tell you honestly whether the terminals take a 16mm tail without a fight."),
        ("P01", 4, "O:leaderboard:1", "No. It turns into a who's-got-the-most-vans contest and the one-man bands will never get near the top against firms with twelve engineers."),
        ("P01", 5, "T:stock", "If you want us recommending your gear, the gear has to be on the shelf. I lost a job last spring waiting three weeks on 40A Type A RCBOs."),

        ("P02", 1, "T:work_leads", "Getting some work sent my way, honestly. I've only been self-employed a year and word of mouth is slow."),
        ("P02", 2, "T:not_a_salesman", "Feeling like I'm being paid to push products. Don't want my customers thinking I'm on commission."),
        ("P02", 3, "T:quick_formats", "Stuff I can do on my phone in the van at lunch. A quick photo and two lines, not a whole essay."),
        ("P02", 4, "O:leaderboard:0", "Yeah why not, bit of banter, keeps you keen."),

        ("P03", 1, "T:mentoring", "When I was an apprentice the old boy I worked for had no patience and I learnt most things by getting a belt off a borrowed neutral. I'd like to be the person I didn't have. If the Circle has a way to help the young ones, count me in."),
        ("P03", 2, "T:customer_privacy", "Customers. I had a lady go mad because a photo of her new consumer unit ended up on our Facebook page with her street visible through the window. I'm not filming in people's houses again."),
        ("P03", 3, "T:mentoring", "Answering questions from apprentices and the newly qualified. I do it on the forums anyway."),
        ("P03", 4, "O:leaderboard:1", "No. Recognition should be kind. A league table puts off the people who've only got an hour a month to give."),
        ("P03", 5, "N", "The bacon rolls this morning were top."),

        ("P04", 1, "T:upskilling", "Funding towards the 2391 inspection and testing and the Amendment 2 update course. Those are £600 to £900 a pop and you lose days off site."),
        ("P04", 2, "T:admin_time", "Anything that adds admin. I've already got RAMS, permits and O&M manuals for every job."),
        ("P04", 3, "T:product_trials", "Co-design. On commercial jobs we see containment problems your product people never do, like trunking lids that won't stay on once you've pulled twenty cables through."),
        ("P04", 4, "O:leaderboard:0", "Yes, as long as it counts quality and not just quantity. Competition's healthy in this trade."),
        ("P04", 5, "M:train_counter_staff", "Honestly it's your counter staff who need the training. Half of them can't tell a Type A from a Type AC RCD and I end up explaining it across the counter."),

        ("P05", 1, "T:work_leads", "Jobs. If a homeowner asks the branch for a good electrician and my name comes up, that's worth more to me than any freebies."),
        ("P05", 2, "T:admin_time", "Not enough hours in the day, mate."),
        ("P05", 3, "N", "Not sure, depends what it involves."),
        ("P05", 4, "O:leaderboard:0", "Don't mind it. I'd like to see where I stand."),
        ("P05", 5, "T:stock", "Stock levels. Nothing worse than driving to the branch for a 10-way board and being told it's on back order."),

        ("P06", 1, "T:upskilling", "Last summer a farmer asked me to quote for a 30kW array on his barn plus a battery. I had to pass it on because I'm not MCS and didn't know the G99 side. Never again. If the Circle can get me trained and through the certification, I'm in."),
        ("P06", 2, "T:not_a_salesman", "If it's all about getting us to post 'I love Voltaïs' with a hashtag, forget it. Customers see straight through that."),
        ("P06", 3, "T:product_trials", "Testing kit before it launches, yes, but for real: let me fit a new PV isolator on a live job, not play with it in a hotel meeting room."),
        ("P06", 4, "O:leaderboard:1", "Against. It would just reward whoever posts the most, not who does good work."),
        ("P06", 5, "M:response_time", "The timing thing bothers me. I reported a batch of faulty isolators to the branch last spring and nobody got back to me for five months. If ideas disappear into a black hole, why bother?"),

        ("P07", 1, "T:stock", "Priority allocation. When there's a shortage like the chip thing a couple of years back, members should get first dibs on AFDDs and surge protection rather than the big contractors hoovering it all up."),
        ("P07", 2, "T:customer_privacy", "GDPR and site security. I do fire alarms and access control in schools and care homes. I can't post photos of panels or door controllers, full stop, it's a safeguarding issue."),
        ("P07", 3, "T:mentoring", "Helping members with the awkward stuff, cause-and-effect matrices, BS 5839 categories. Happy to share what I know."),
        ("P07", 4, "O:leaderboard:1", "No. Ranking people publicly in a trade where everyone knows everyone is asking for trouble."),
        ("P07", 5, "N", "Any chance the branch could open at 6:30 instead of 7? We're all queuing outside anyway."),

        ("P08", 1, "T:mentoring", "Getting more girls into the trade. I'd love to give talks at colleges or help female apprentices who feel a bit lost on site."),
        ("P08", 2, "T:not_a_salesman", "Being used as a poster girl. Happy to help, not happy to be the token woman in your adverts."),
        ("P08", 3, "T:quick_formats", "Voice notes! I can talk while I drive. Typing on a phone with gloves on is a nightmare."),
        ("P08", 4, "O:leaderboard:1", "No thanks. Quiet contributors matter too."),

        ("P09", 1, "T:work_leads", "Leads."),
        ("P09", 2, "T:admin_time", "Time."),
        ("P09", 4, "O:leaderboard:0", "Yes."),

        ("P10", 1, "T:upskilling", "The electrical side of heat pumps: supply upgrades, maximum demand calcs, dealing with the DNO when the cut-out fuse is only 60A. More and more of our rewires come with a heat pump and we need to be on top of it."),
        ("P10", 2, "T:admin_time", "Honestly, the admin. Between competent person scheme notifications, Building Control, MCS paperwork and the insurance renewal, I already spend my Sundays at the kitchen table. Anything in the programme that's another portal and another login, I'll drop. And while I'm at it, your invoices still come as PDFs I have to retype into my accounts, sort that out."),
        ("P10", 3, "T:product_trials", "Give me pre-production samples of your EV-ready boards and I'll put them in and report back with photos and test readings."),
        ("P10", 4, "O:leaderboard:0", "For, if it's monthly and resets, so newcomers have a chance."),
        ("P10", 5, "T:work_leads", "And send us work. Homeowners trust a merchant's recommendation more than some random listing site."),

        ("P11", 1, "T:work_leads", "Years back the wholesaler I used kept a little card index of trusted sparks behind the counter. When someone walked in asking for an electrician, they'd hand over a card. I got half my early customers that way. Do that again and you'll have me for life."),
        ("P11", 2, "N", "Not much. I'm nearly retired, I've got time on my hands."),
        ("P11", 3, "T:mentoring", "Sitting in on the apprentice nights, showing them how to fault-find an intermittent trip with an insulation tester instead of swapping parts until it goes away."),
        ("P11", 4, "O:leaderboard:1", "League tables are for football."),
        ("P11", 5, "M:labour_referrals", "What I really need referred isn't customers, it's people. I can't find a decent improver for love nor money. If the Circle put lads looking for a placement in touch with firms like mine, that'd be gold."),

        ("P12", 1, "T:product_trials", "Getting my hands on new stuff early. I love gadgets, smart switches, that sort of thing, and I'll tell you what breaks."),
        ("P12", 2, "T:customer_privacy", "Filming at customers' homes. Most of my jobs are smart home installs for people with nice houses who don't want anyone knowing what's inside."),
        ("P12", 3, "T:quick_formats", "Short stuff. A 30-second clip or a WhatsApp message, not a form with twenty boxes."),
        ("P12", 4, "O:leaderboard:0", "Yeah, I'm competitive."),
        ("P12", 5, "N", "The new trade app is decent, but the search is useless if you type 'twin and earth' instead of '6242Y'."),

        ("P13", 1, "T:upskilling", "Keeping up with the regs. Amendment 3 is on its way, bidirectional protective devices, solar and batteries on domestic boards. CPD that's actually relevant and free for members would do it."),
        ("P13", 2, "T:not_a_salesman", "Being turned into a rep. I specify what's right for the install. Sometimes that's your stuff, sometimes it isn't."),
        ("P13", 3, "N", "Referring another installer if they ask me where I buy. That's about it."),
        ("P13", 4, "O:leaderboard:1", "Against. It'll make the whole thing feel like a sales contest."),
        ("P13", 5, "T:stock", "Guaranteed availability on whatever you want us to talk about. Recommend a range, then it's discontinued six months later and I look an idiot."),

        ("P14", 1, "T:mentoring", "My lad's doing his Level 3 now and I've watched him struggle to get help with his AM2 prep. A space where experienced sparks walk apprentices through it would be brilliant."),
        ("P14", 2, "T:customer_privacy", "Permission from customers. You'd need a proper consent form before anything with their house in it goes online, and I'm not the one chasing signatures."),
        ("P14", 3, "T:quick_formats", "Photos with a quick caption. I take before-and-after pics of every board change for my records anyway."),
        ("P14", 4, "O:leaderboard:0", "For. A bit of rivalry between branches could be fun."),

        ("P15", 1, "T:work_leads", "More customers. Simple as."),
        ("P15", 2, "T:admin_time", "My evenings are for my kids, not for filling in forms for a wholesaler."),
        ("P15", 3, "T:product_trials", "Trying new products and saying what I think of them."),
        ("P15", 4, "O:leaderboard:1", "No, feels like school."),
        ("P15", 5, "N", "Good session, cheers."),

        ("P16", 1, "T:stock", "Lead times. If being in the Circle meant I could see live branch stock and reserve SWA and glands for a job a fortnight out, that's a real benefit."),
        ("P16", 2, "M:response_time", "Timing, again. Last time Voltaïs asked for feedback on the app we all filled in the survey and never heard what came of it. Close the loop or don't ask."),
        ("P16", 3, "T:mentoring", "Helping on the forum with design questions: cable calcs, derating, discrimination between devices."),
        ("P16", 4, "O:leaderboard:0", "For, but with categories, domestic, commercial, industrial, otherwise it's apples and oranges."),
        ("P16", 5, "N", "Parking at the Aston branch is a joke, by the way."),

        ("P17", 1, "T:upskilling", "Courses. I want to do my EV and solar tickets but I can't afford them yet."),
        ("P17", 2, "T:not_a_salesman", "My mates thinking I've sold out."),
        ("P17", 3, "T:quick_formats", "Quick stuff, like a poll or a thumbs up in a group chat."),
        ("P17", 4, "O:leaderboard:0", "Yes, gives you something to aim for."),

        ("P18", 1, "N", "Curious mostly. A mate told me to come along."),
        ("P18", 2, "T:customer_privacy", "I did a job for a footballer once, strict NDA, not even allowed to say I'd been in the house. Loads of my customers are like that. A video testimonial from their place is never happening."),
        ("P18", 3, "T:product_trials", "Reporting faults and suggesting fixes. Your cable cleats are a pain to fit in tight spaces and I've got a few ideas."),
        ("P18", 4, "O:leaderboard:1", "No. Everyone would game it."),
        ("P18", 5, "M:labour_referrals", "Help finding labour. If the Circle could refer me a qualified spark for a couple of weeks when I'm slammed, that would be huge."),

        ("P19", 1, "T:upskilling", "Help with EICR coding. C2 versus C3 arguments with landlords are endless; a workshop with a scheme assessor would be worth a lot."),
        ("P19", 2, "T:admin_time", "My week's already booked solid with EICRs for letting agents. I don't have slack for extra stuff."),
        ("P19", 3, "T:mentoring", "Explaining inspection and testing to newer members: dead tests, live tests, how to fill in the schedule properly."),
        ("P19", 4, "O:leaderboard:1", "Against. Quantity over quality, again."),
        ("P19", 5, "N", "Bring back the printed price list, some of us still like paper."),

        ("P20", 1, "T:work_leads", "Being recommended to customers who ask at the branch."),
        ("P20", 3, "T:quick_formats", "A WhatsApp group where I can drop a pic. Anything longer than five minutes, no."),
        ("P20", 4, "O:leaderboard:0", "Yes, with prizes."),
        ("P20", 5, "T:stock", "And sort the stock out please, the branch never has 10mm when I need it."),

        ("P21", 1, "T:product_trials", "Input into product development. On industrial sites we need IP66 isolators that don't crack in cold stores. I'd happily sit on a panel."),
        ("P21", 2, "T:not_a_salesman", "Being asked to endorse brands. Our clients' procurement rules wouldn't allow it, and I wouldn't do it anyway."),
        ("P21", 4, "O:leaderboard:1", "No. A public ranking of contractors could cause issues with our clients."),
        ("P21", 5, "N", "Not really."),

        ("P22", 1, "T:upskilling", "Two years ago I got caught out on a job where a battery system had been tied into a board I'd fitted, and the installer had bodged the changeover. I didn't understand half of it. I want training on storage and hybrid inverters so that never happens again."),
        ("P22", 2, "T:admin_time", "Finding the hours. I'm already working Saturdays to keep up with the backlog."),
        ("P22", 3, "T:product_trials", "Being on a test panel for new ranges."),
        ("P22", 4, "O:leaderboard:0", "Yes, but keep it friendly."),

        ("P23", 1, "T:stock", "Knowing the stuff I need will actually be there. That's all I want from a merchant."),
        ("P23", 2, "T:customer_privacy", "Customers' privacy. It's not my place to share their homes."),
        ("P23", 3, "N", "None really, I'm not a writer."),
        ("P23", 4, "O:leaderboard:1", "No, I'd hate to be bottom."),
        ("P23", 5, "N", "Thanks for the calibration voucher for my tester last year, much appreciated."),

        ("P24", 1, "T:work_leads", "Referrals of domestic work, consumer unit changes and EV chargers, from homeowners who come to you asking for a registered installer."),
        ("P24", 2, "T:admin_time", "Time off site. Every hour at an event is an hour not billed."),
        ("P24", 3, "T:quick_formats", "Send me a form with three questions after a job and I'll fill it in. Keep it short."),
        ("P24", 4, "N", "Don't really care either way."),
        ("P24", 5, "M:train_counter_staff", "Train the counter lads on the renewables range. I asked for a DC isolator rated for PV and got handed an AC rotary."),
    ],
}

# --------------------------------------------------------------------------
# W3 — French and English mixed, 38 participants
# --------------------------------------------------------------------------
W3 = {
    "session": "W3",
    "lang": "fr+en",
    "n": 38,
    "title": "Atelier JE mixte — convention annuelle Voltaïs Pro à Lille, installateurs français et britanniques",
    "questions": {
        1: "Qu'est-ce qui vous donnerait envie de vous impliquer dans le Cercle Voltaïs ? / What would make you want to get involved in the Voltaïs Circle?",
        2: "Qu'est-ce qui pourrait vous freiner ? / What could hold you back?",
        3: "Quelles contributions vous tentent ? / Which contributions tempt you?",
        4: "Vidéos de chantier : avec votre nom et votre entreprise affichés, ou anonymes ? / Job videos: with your name and company shown, or anonymous?",
        5: "Un dernier mot ? / Anything else?",
    },
    "objectives": [
        "Accélérer la transition énergétique en faisant de nos clients des experts reconnus des solutions bas carbone",
        "Faire de nos agences la porte d'entrée du grand public vers une expertise locale labellisée",
        "Offrir à nos partenaires une expérience de service premium, réactive et personnalisée",
        "Amplifier la notoriété de Voltaïs Pro sur les réseaux sociaux et les plateformes d'avis",
        "Capitaliser sur l'intelligence collective du terrain pour enrichir notre roadmap d'innovation",
    ],
    "objective_support": {
        0: ["formation"],
        1: ["chantiers"],
        2: ["ligne_technique"],
        3: [],
        4: ["retours_produits"],
    },
    "themes": {
        "formation": ("need", "Se former / get trained on the new work: IRVE / EV charging, PV and storage, heat pumps, amendments of NF C 15-100 or BS 7671; affordable CPD and certification."),
        "chantiers": ("need", "Se voir confier des chantiers / get work: the branch passing their name to homeowners looking for a qualified installer."),
        "ligne_technique": ("need", "Un contact technique direct et compétent / a direct line to a knowledgeable technician or applications engineer, reachable fast during commissioning or on site."),
        "pret_mesure": ("need", "Prêt d'appareils de mesure coûteux / a loan pool of expensive test equipment (thermal camera, power-quality analyser, earth tester, 1000 V insulation tester)."),
        "echanges_fr_uk": ("convergence", "Comparer les pratiques de part et d'autre de la Manche / swap practices with installers across the Channel (earthing, certification, labelling, site visits)."),
        "temps": ("brake", "Manque de temps / no time: long days on site, quotes and certificates in the evening, events and meetings cost billable hours."),
        "image_commerciale": ("brake", "Refus de passer pour le commercial ou la pub de la marque / refusal to look like a rep or a walking advert; independence of advice."),
        "confidentialite_clients": ("brake", "Impossible de filmer ou photographier chez les clients / customers' privacy, consent, security, sensitive sites."),
        "langue": ("brake", "Barrière de la langue (et des normes) entre Français et Britanniques / language barrier in a mixed community; everything must be translated."),
        "entraide": ("preference", "Aider les pairs et les apprentis / helping apprentices and other members, tutoring, sharing documents."),
        "retours_produits": ("preference", "Remonter les défauts, tester les pré-séries, co-concevoir les gammes / product feedback, pre-release trials, co-design."),
        "formats_courts": ("preference", "Contributions très courtes / very short formats: voice notes, a photo with two lines, WhatsApp, two-click polls, tick-box forms."),
    },
    "oppositions": {
        "video_nom": ("Vidéos de chantier avec le nom de l'installateur affiché (visibilité, fierté, pub pour l'entreprise) contre anonymes (discrétion, indépendance, clients).",
                      ["Nom et entreprise affichés / named", "Anonyme / anonymous"]),
    },
    "minorities": {
        "former_vendeurs": "Ce sont les vendeurs comptoir de Voltaïs qu'il faut former / it is Voltaïs's counter staff who need training, not the installers.",
        "delai_reponse": "Le 'temps' qui pose problème est le délai de réponse de Voltaïs aux remontées qualité / Voltaïs's reaction time to feedback, not the installers' own lack of time.",
        "responsabilite": "Crainte d'engager sa responsabilité (décennale) en recommandant un produit / legal liability when recommending — not a refusal of advertising.",
        "main_oeuvre": "Besoin d'être mis en relation avec de la main-d'œuvre (improver, labourer, apprenti) plutôt qu'avec des clients / referrals of people to hire, not of jobs.",
    },
    "note": "Answers are in French, English or franglais; themes mix both languages. q4 answers without a side (P34) are noise; P37 skipped q4. P12 q5 and P21 q5 belong to echanges_fr_uk. 'delai_reponse' reuses the time vocabulary, 'former_vendeurs' the training vocabulary, 'main_oeuvre' the referral vocabulary, 'responsabilite' the recommending vocabulary. 'pret_mesure' is the need no objective serves.",
    "answers": [
        ("P01", 1, "T:formation", "Monter en compétence sur le photovoltaïque en toiture et le stockage. On a la qualif IRVE, mais dès qu'il y a un onduleur hybride et une batterie, on sous-traite, et on perd la main sur le chantier."),
        ("P01", 2, "T:temps", "Le temps administratif : attestations Consuel, déclarations, DOE. Tout ce qui rajoute de la saisie, je fuis."),
        ("P01", 3, "T:retours_produits", "Les retours produits. J'ai un carnet de remarques sur les coffrets IRVE que vous vendez : le presse-étoupe d'entrée est sous-dimensionné pour du 5G10."),
        ("P01", 4, "O:video_nom:1", "Anonyme. Mon chantier peut parler pour moi sans qu'on affiche mon SIRET."),
        ("P01", 5, "N", "Bon salon sinon, les stands étaient mieux placés que l'an dernier."),

        ("P02", 1, "T:chantiers", "Work coming my way. Simple."),
        ("P02", 2, "T:image_commerciale", "Don't want to look like I'm selling for you."),
        ("P02", 3, "T:formats_courts", "Quick photos, voice notes. Nothing long."),
        ("P02", 4, "O:video_nom:0", "Name on it, obviously, otherwise what's in it for me?"),

        ("P03", 1, "T:pret_mesure", "Il y a six mois, un client avait des déclenchements intempestifs sur une installation pleine de variateurs. Pour trouver, il fallait un analyseur de réseau pour voir les harmoniques. J'en ai pas, ça coûte 4 000 €. J'ai tourné en rond une semaine. Si le Cercle me prêtait ce genre d'appareil deux jours, ça me changerait la vie."),
        ("P03", 2, "T:confidentialite_clients", "Mes clients. Je travaille beaucoup chez des médecins et des notaires, pas question de filmer un cabinet."),
        ("P03", 3, "T:entraide", "Répondre aux jeunes sur le forum, oui, le soir ça me détend."),
        ("P03", 4, "O:video_nom:1", "Anonyme, à cause de mes clients justement."),
        ("P03", 5, "M:responsabilite", "Et qui est responsable si je conseille un matériel Voltaïs à un collègue et que ça crame ? Je veux pas que ma décennale soit en jeu."),

        ("P04", 1, "T:formation", "Training on the Amendment 3 changes and on bidirectional devices for PV and batteries. UK regs are moving fast and CPD is expensive."),
        ("P04", 2, "T:langue", "If the community's mostly in French I'll be lost. My French stops at 'bonjour' and 'disjoncteur'."),
        ("P04", 3, "T:retours_produits", "Product feedback panels. Happy to beat up prototype boards."),
        ("P04", 4, "O:video_nom:0", "Named. My business lives on reputation; a good video with my name on it is free marketing."),
        ("P04", 5, "M:former_vendeurs", "Train your counter staff over here, they don't know the PV range at all."),

        ("P05", 1, "T:chantiers", "Avoir des clients. Si l'agence pouvait donner mon nom aux particuliers qui cherchent un électricien..."),
        ("P05", 2, "T:temps", "Le manque de temps."),
        ("P05", 3, "N", "Je ne sais pas encore, je verrai."),
        ("P05", 4, "O:video_nom:0", "Avec mon nom, sinon ça sert à rien pour moi."),

        ("P06", 1, "T:ligne_technique", "Un accès au support technique niveau 2 sans passer par le standard. Quand on est en mise en service d'un TGBT et qu'un déclencheur électronique est mal paramétré, on ne peut pas attendre un rappel sous 48 h."),
        ("P06", 2, "T:image_commerciale", "Être présenté comme 'partenaire officiel'. Je reste indépendant, je pose ce qui est adapté."),
        ("P06", 3, "T:retours_produits", "Participer aux tests de pré-série, avec un vrai compte rendu écrit."),
        ("P06", 4, "O:video_nom:1", "Anonyme, mais avec la région. Ça suffit pour crédibiliser."),
        ("P06", 5, "T:ligne_technique", "Et que le technicien qui répond connaisse la gamme, pas quelqu'un qui lit la fiche produit en même temps que moi."),

        ("P07", 1, "T:echanges_fr_uk", "I spent a week with a French electrician on an exchange years ago and came back with three ideas I still use, the way they label boards for one. Swapping notes with installers on the other side of the Channel is the bit that excites me."),
        ("P07", 2, "T:temps", "Time. I've got a young family and I'm on call two weekends a month already."),
        ("P07", 3, "T:entraide", "Mentoring apprentices, definitely."),
        ("P07", 4, "O:video_nom:0", "Named. I'm proud of my work."),
        ("P07", 5, "N", "Great coffee at the stand."),

        ("P08", 1, "T:formation", "Me former, surtout sur les bornes de recharge, ça arrive de partout."),
        ("P08", 2, "T:confidentialite_clients", "Filmer chez les gens, non. Ils veulent pas."),
        ("P08", 3, "T:formats_courts", "Des petites questions rapides sur l'appli, genre sondage en deux clics."),
        ("P08", 4, "O:video_nom:1", "Anonyme."),

        ("P09", 1, "T:pret_mesure", "Le prêt d'appareils de mesure : caméra thermique, contrôleur d'installation multifonction, telluromètre. On n'en a pas l'usage tous les jours, mais quand un assureur exige un rapport de thermographie, il faut l'avoir."),
        ("P09", 2, "T:temps", "Ce qui me freinera, c'est si ça devient chronophage. Je fais déjà 55 heures par semaine entre les chantiers de rénovation, les dépannages et l'apprenti à suivre. Et soit dit en passant, l'agence de Villeurbanne ferme à 17h, c'est trop tôt pour nous. Donc si le Cercle c'est des réunions, des formulaires et des comptes rendus à écrire, je décroche."),
        ("P09", 3, "T:retours_produits", "La co-conception de gammes. On a des idées : un tableau avec une vraie place pour le parafoudre et le contacteur jour/nuit sans tout recâbler."),
        ("P09", 4, "O:video_nom:0", "Mon nom, oui, ça fait travailler la boîte."),
        ("P09", 5, "T:pret_mesure", "Je redis le prêt de matériel, c'est vraiment ce qui me manque. Même payant à la journée."),

        ("P10", 1, "T:chantiers", "More jobs."),
        ("P10", 2, "T:image_commerciale", "Endorsing stuff publicly, not my thing."),
        ("P10", 3, "T:formats_courts", "WhatsApp, quick and easy."),
        ("P10", 4, "O:video_nom:1", "Anonymous. I don't want competitors knowing my patch."),
        ("P10", 5, "M:main_oeuvre", "If you could refer me an improver or a labourer when I'm swamped, that's the referral I need, not more customers."),

        ("P11", 1, "T:ligne_technique", "Un vendredi soir, chantier à réceptionner le lundi, le variateur de la VMC double flux refusait de communiquer avec la GTB. J'appelle l'agence : fermée. Le lundi j'ai eu quelqu'un à 11h, la réception était ratée. Avoir un contact direct qui décroche, c'est ce que j'attends du programme."),
        ("P11", 2, "T:langue", "La langue. Si les échanges avec les Anglais sont en anglais, je vais pas suivre. Et leurs normes n'ont rien à voir avec les nôtres, leur 'ring final' j'ai toujours pas compris."),
        ("P11", 3, "T:entraide", "Aider les autres membres, répondre sur les questions de norme."),
        ("P11", 4, "O:video_nom:1", "Anonyme."),
        ("P11", 5, "N", "Le badge du salon a cassé au bout d'une heure, détail."),

        ("P12", 1, "T:formation", "Heat pump and EV supply design: maximum demand, diversity, load curtailment, DNO applications. That's where the work is going."),
        ("P12", 2, "T:confidentialite_clients", "GDPR. Photos of a customer's consumer unit with their address on the schedule, their alarm panel... no."),
        ("P12", 3, "T:retours_produits", "Field feedback, yes. Your SPD modules are fiddly to replace, I'd redesign the carrier."),
        ("P12", 4, "O:video_nom:1", "Anonymous, but with the kit clearly shown."),
        ("P12", 5, "T:echanges_fr_uk", "Comparing how France and the UK do EV earthing would be fascinating: you lot use TT everywhere, we fight with PME."),

        ("P13", 1, "T:entraide", "Rencontrer d'autres électriciens et s'entraider. On est souvent seuls."),
        ("P13", 2, "T:temps", "Le temps, comme tout le monde."),
        ("P13", 3, "T:formats_courts", "Une photo avec deux lignes, pas plus."),
        ("P13", 4, "O:video_nom:0", "Nom affiché, c'est de la pub gratuite."),

        ("P14", 1, "T:pret_mesure", "Had a landlord job last year where I needed a proper 1000V insulation resistance test on old mineral cable, and my MFT only does 500. Had to hire one for £80 and lost half a day collecting it. A loan pool of test kit for members would be mint."),
        ("P14", 2, "T:temps", "Just time really. Landlord EICR season is mental."),
        ("P14", 3, "T:entraide", "Helping apprentices with their portfolios."),
        ("P14", 4, "O:video_nom:0", "Name on it, yes."),

        ("P15", 1, "T:chantiers", "Une mise en relation avec les particuliers qui demandent en agence un installateur qualifié IRVE ou RGE. Aujourd'hui ces demandes partent sur des plateformes qui prennent 15 % de commission."),
        ("P15", 2, "T:image_commerciale", "Le côté VRP. Un installateur qui fait la promo d'un distributeur, ça le décrédibilise."),
        ("P15", 3, "T:retours_produits", "Tester les nouveautés et faire un retour franc."),
        ("P15", 4, "O:video_nom:0", "Nom et entreprise, avec le numéro de qualification."),
        ("P15", 5, "M:delai_reponse", "Et qu'on ait une réponse quand on fait une remontée. J'ai signalé un lot de prises défectueuses en mars, toujours rien en juin. Le délai, c'est ça le problème."),

        ("P16", 1, "T:echanges_fr_uk", "Meeting the French lads and seeing how they do things. Bonne idée, ce mélange."),
        ("P16", 2, "T:langue", "Language. I'd need everything translated, my French is schoolboy level."),
        ("P16", 3, "T:formats_courts", "Short videos, 30 seconds max."),
        ("P16", 4, "O:video_nom:0", "Named."),
        ("P16", 5, "N", "Thanks for having us over, Lille's lovely."),

        ("P17", 1, "T:formation", "L'an dernier un client m'a demandé une PAC avec un tableau neuf. Je connaissais pas les contraintes de démarrage du compresseur, j'ai mis un disjoncteur courbe C, ça déclenchait. Je suis revenu deux fois. J'aimerais des formations pour pas revivre ça."),
        ("P17", 2, "T:confidentialite_clients", "Les clients ne veulent pas qu'on montre leur maison. Surtout avec les cambriolages."),
        ("P17", 3, "T:entraide", "Accueillir l'apprenti d'un autre membre sur un de mes chantiers."),
        ("P17", 4, "O:video_nom:1", "Anonyme, je préfère rester discret."),

        ("P18", 1, "T:ligne_technique", "A direct line to an applications engineer for discrimination studies and fault level calcs. Right now it's email the branch, the branch emails the manufacturer, and three days later you get a PDF that doesn't answer the question."),
        ("P18", 2, "T:image_commerciale", "Being a brand ambassador in the marketing sense. My clients pay me for independent advice."),
        ("P18", 3, "T:retours_produits", "Co-design of commercial ranges, yes."),
        ("P18", 4, "O:video_nom:1", "Anonymous. Independence again."),
        ("P18", 5, "M:former_vendeurs", "Your counter teams, French and British, could do with training on the technical side. Half my questions at the counter end with 'I'll have to ask'."),

        ("P19", 1, "T:chantiers", "Qu'on m'envoie des chantiers."),
        ("P19", 2, "T:temps", "Je suis à fond, pas une minute."),
        ("P19", 3, "N", "Parrainer un collègue, à la limite."),
        ("P19", 4, "O:video_nom:0", "Avec mon nom."),
        ("P19", 5, "N", "C'était bien organisé."),

        ("P20", 1, "N", "Free stuff, if I'm honest."),
        ("P20", 2, "T:confidentialite_clients", "Customers won't want cameras in their homes."),
        ("P20", 3, "T:formats_courts", "Quick polls on the app."),
        ("P20", 4, "O:video_nom:1", "Anonymous."),

        ("P21", 1, "T:echanges_fr_uk", "Comparer les pratiques avec les Britanniques : leurs certificats de test, leur façon de documenter les mesures. Chez nous le Consuel contrôle, chez eux l'installateur certifie lui-même, c'est intéressant de voir ce que ça donne."),
        ("P21", 2, "T:langue", "La barrière de la langue, et des normes trop différentes pour parler du même tableau."),
        ("P21", 3, "T:entraide", "Partager mes fiches d'autocontrôle avec les autres membres."),
        ("P21", 4, "O:video_nom:0", "Avec mon nom."),
        ("P21", 5, "T:echanges_fr_uk", "Une visite de chantier en Angleterre, je suis partant."),

        ("P22", 1, "T:pret_mesure", "Pouvoir emprunter une caméra thermique de temps en temps."),
        ("P22", 2, "T:image_commerciale", "Faire de la pub, non."),
        ("P22", 3, "T:retours_produits", "Donner mon avis sur les produits."),
        ("P22", 4, "O:video_nom:1", "Anonyme."),
        ("P22", 5, "N", "Merci."),

        ("P23", 1, "T:formation", "Solar PV and battery competence, getting MCS, and help with the G99 paperwork. That's the bottleneck."),
        ("P23", 2, "T:temps", "Admin load. Competent person notifications, certs, MCS documents, it never ends."),
        ("P23", 3, "T:formats_courts", "Short forms after each job, tick boxes, done."),
        ("P23", 4, "O:video_nom:0", "Named, with the company logo."),

        ("P24", 1, "T:chantiers", "My old merchant used to pin a list of approved sparks by the tills. I'd get calls every week from it. Bring that back in the app and I'm in."),
        ("P24", 2, "T:confidentialite_clients", "One of my customers found her kitchen on a manufacturer's Instagram after I'd sent the rep a photo of the job. Never again without written consent."),
        ("P24", 3, "T:entraide", "Running a Q&A for newly qualified lads."),
        ("P24", 4, "O:video_nom:0", "Named. My reputation is my business."),
        ("P24", 5, "N", "The app's barcode scanner needs work."),

        ("P25", 1, "T:formation", "Du training sur les IRVE en copro, le pilotage dynamique, les 'smart chargers' comme disent les Anglais. On en a de plus en plus en appel d'offres."),
        ("P25", 2, "T:langue", "Si tout est en anglais, moi je décroche. Traduisez tout."),
        ("P25", 3, "T:retours_produits", "Les tests de nouveautés."),
        ("P25", 4, "O:video_nom:1", "Anonyme."),

        ("P26", 1, "T:ligne_technique", "Someone technical to ring when I'm stuck on site."),
        ("P26", 2, "T:temps", "Time. Always time."),
        ("P26", 3, "N", "Not sure yet."),
        ("P26", 4, "O:video_nom:1", "Anonymous."),
        ("P26", 5, "M:main_oeuvre", "Help me find an apprentice. I can't get anyone to stick around."),

        ("P27", 1, "T:entraide", "L'entraide technique entre pairs : partage de schémas, retours d'expérience sur les délestages, les protections différentielles en présence d'onduleurs."),
        ("P27", 2, "T:image_commerciale", "Me retrouver dans une pub avec un slogan. Notre crédibilité, c'est notre indépendance vis-à-vis des marques."),
        ("P27", 3, "T:retours_produits", "Remonter les défauts série : on a eu des interrupteurs différentiels type A qui déclenchent à 18 mA sur tout un lot. Ça doit remonter vite."),
        ("P27", 4, "O:video_nom:0", "Nom affiché. Ça valorise le travail bien fait."),
        ("P27", 5, "M:responsabilite", "Si le programme me demande de recommander des références à d'autres pros, je veux une clause claire : en cas de défaut produit, ma responsabilité n'est pas engagée."),

        ("P28", 1, "T:formation", "Cheap or free courses."),
        ("P28", 2, "T:confidentialite_clients", "Customer privacy."),
        ("P28", 3, "T:formats_courts", "Voice notes while I'm driving."),
        ("P28", 4, "O:video_nom:0", "Yes, my name."),

        ("P29", 1, "N", "Un collègue m'a dit de venir, je découvre."),
        ("P29", 2, "T:temps", "La semaine dernière j'ai fini un chantier à 21h et j'ai encore fait deux devis après. Alors du temps pour le Cercle..."),
        ("P29", 3, "T:formats_courts", "Un message vocal, c'est ce qui me va le mieux."),
        ("P29", 4, "O:video_nom:1", "Anonyme."),
        ("P29", 5, "T:chantiers", "Si ça m'amène des clients, je ferai l'effort."),

        ("P30", 1, "T:pret_mesure", "Access to the expensive kit: a power quality analyser, a thermal imager, an earth electrode tester. We need them twice a year but can't justify buying them."),
        ("P30", 2, "T:temps", "Time off the tools for events, meetings, whatever."),
        ("P30", 3, "T:retours_produits", "Pre-release trials on EV chargers, especially the firmware. Half the faults we see are software, not hardware."),
        ("P30", 4, "O:video_nom:1", "Anonymous. Customers first."),
        ("P30", 5, "N", "Your trade counter in Leeds is the best in the network, tell them."),

        ("P31", 1, "T:formation", "Des formations, oui, sur tout ce qui est nouveau."),
        ("P31", 2, "T:langue", "L'anglais, j'ai jamais été bon."),
        ("P31", 3, "T:entraide", "Aider les plus jeunes."),
        ("P31", 4, "O:video_nom:0", "Nom affiché."),

        ("P32", 1, "T:chantiers", "Leads. I've got a van and a mortgage."),
        ("P32", 2, "T:image_commerciale", "Becoming a walking advert. I wear enough logos on my workwear already."),
        ("P32", 3, "T:formats_courts", "Last time a supplier asked me for a testimonial it was a 15-question form and a 'short' video script. Never finished it. Give me a 30-second voice note option and I'll do it every week."),
        ("P32", 4, "O:video_nom:0", "Named."),
        ("P32", 5, "N", "Good to meet people from the other branches."),

        ("P33", 1, "T:ligne_technique", "Une hotline experte pour les cas tordus : harmoniques, courants de fuite permanents, sélectivité différentielle sur plusieurs étages."),
        ("P33", 2, "T:confidentialite_clients", "Le secret des chantiers. Je fais beaucoup de data centers et de sites sensibles, zéro photo autorisée."),
        ("P33", 3, "T:retours_produits", "Co-concevoir, oui, mais avec de vrais prototypes entre les mains."),
        ("P33", 4, "O:video_nom:1", "Anonyme, évidemment, vu mes clients."),
        ("P33", 5, "M:delai_reponse", "Et que Voltaïs réagisse vite quand on remonte quelque chose. Aujourd'hui un ticket qualité met deux mois à être traité ; le temps de réaction, c'est ce qui compte."),

        ("P34", 1, "T:entraide", "Helping out other members, giving back."),
        ("P34", 2, "T:temps", "Workload."),
        ("P34", 4, "N", "Don't mind either way."),

        ("P35", 2, "N", "Rien ne me freine pour l'instant."),
        ("P35", 3, "T:formats_courts", "Des choses courtes, je lis pas les longs mails."),
        ("P35", 4, "O:video_nom:0", "Mon nom, oui."),
        ("P35", 5, "N", "Bonne continuation."),

        ("P36", 1, "T:formation", "BS 7671 Amendment 3, PV and storage, AFDD selection. CPD hours that count towards my scheme membership."),
        ("P36", 2, "T:image_commerciale", "Looking like a rep. My customers would lose trust."),
        ("P36", 4, "O:video_nom:1", "Anonymous, region only."),

        ("P37", 1, "N", "Voir ce que c'est, sans engagement."),
        ("P37", 2, "T:langue", "Au salon de Birmingham l'an dernier, j'ai passé la journée à hocher la tête sans rien comprendre. Si le Cercle mélange Français et Anglais sans traduction, ce sera pareil."),
        ("P37", 3, "T:entraide", "Le tutorat d'apprentis."),
        ("P37", 5, "N", "Pensez aussi aux pros des DOM."),

        ("P38", 1, "T:ligne_technique", "A proper tech support number for members."),
        ("P38", 3, "N", "Dunno."),
        ("P38", 4, "O:video_nom:0", "Named."),
    ],
}

SESSIONS = [W1, W2, W3]


def build_truth(s):
    qs = s["questions"]
    rows = []
    for pid, q, label, text in s["answers"]:
        rows.append({"id": f"{s['session']}-{pid}-q{q}", "participant": pid,
                     "question": qs[q], "answer": text, "_label": label})
    themes = []
    for key, (kind, desc) in s["themes"].items():
        ids = [r["id"] for r in rows if r["_label"] == "T:" + key]
        themes.append({"key": key, "kind": kind, "description": desc, "answer_ids": ids})
    oppositions = []
    for key, (desc, labels) in s["oppositions"].items():
        sides = []
        for i, lab in enumerate(labels):
            ids = [r["id"] for r in rows if r["_label"] == f"O:{key}:{i}"]
            sides.append({"label": lab, "answer_ids": ids})
        oppositions.append({"key": key, "description": desc, "sides": sides})
    minorities = []
    for key, desc in s["minorities"].items():
        ids = [r["id"] for r in rows if r["_label"] == "M:" + key]
        minorities.append({"key": key, "description": desc, "answer_ids": ids})
    objs = s["objectives"]
    support = {objs[i]: keys for i, keys in s["objective_support"].items()}
    served = {k for keys in support.values() for k in keys}
    truth = {
        "session": s["session"],
        "lang": s["lang"],
        "client": CLIENT,
        "title": s["title"],
        "themes": themes,
        "oppositions": oppositions,
        "minorities": minorities,
        "objective_support": support,
        "unsupported_objectives": [o for o in objs if not support[o]],
        "unserved_needs": [k for k, (kind, _) in s["themes"].items()
                           if kind == "need" and k not in served],
        "noise_answer_ids": [r["id"] for r in rows if r["_label"] == "N"],
        "note": s["note"],
    }
    for r in rows:
        del r["_label"]
    return rows, truth


README_HEAD = (
    "> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 55) from DOMAIN.md, "
    "the issue and the format only, without reading the project's code, tests or other data sets. "
    "Do not tune anything on it.\n>\n\n"
)


def write_readme(stats):
    text = README_HEAD
    text += "# synthesis_heldout28: planted-theme JE synthesis set — B2B electricians answering in trade jargon (FR, EN, FR+EN)\n\n"
    text += (
        "**Client.** Voltaïs Pro (fictitious) is a distributor of electrical equipment for professional "
        "electricians — cable, distribution boards, protection devices, EV chargers, PV and heat-pump "
        "supply kit — sold through trade counters (agences) in France and in the UK Midlands. Its ambassador "
        "program, the *Cercle Voltaïs* (*Voltaïs Circle*), invites installer customers to give job testimonials, "
        "refer fellow installers, help other members, feed back on products and co-design ranges. Three JE "
        "workshops were held: W1 at the Lyon-Gerland branch (French artisans and small firms), W2 at the "
        "Birmingham trade counter (UK sparks), W3 at the annual convention in Lille with French and British "
        "installers mixed.\n\n"
    )
    text += (
        "**Flavour.** Professional ambassadors writing in their trade's jargon (IRVE, TGBT, DDR type A/F, "
        "Consuel, NF C 15-100, RCBO, AFDD, PME earthing, G98/G99, MCS, EICR C2/C3, 18th Edition...). Each planted "
        "theme is voiced in very different registers — one technical, one plain and short, one through an "
        "anecdote — so that shared words are rare. Some long answers mix a planted theme with side remarks that "
        "belong to no theme (the app, opening hours, the catalogue). Minorities use the vocabulary of a major "
        "theme but mean something else (\"formation\" as *being the trainer*, \"time\" as *Voltaïs's response "
        "time* or *seasonal availability*, \"referrals\" as *finding labour*, \"recommending\" as *legal "
        "liability*). Objectives are written in corporate marketing language (\"Accélérer la transition énergétique en "
        "faisant de nos clients des experts...\", \"Harness the voice of the field...\"), so matching them to needs "
        "takes understanding, not word overlap. Each session has one objective no answer supports (brand "
        "reach on social media and review sites) and at least one need no objective serves.\n\n"
    )
    text += "| code | language | participants | answers |\n|---|---|---|---|\n"
    tp = ta = 0
    for code, lang, n, a in stats:
        text += f"| {code} | {lang} | {n} | {a} |\n"
        tp += n
        ta += a
    text += f"| total | French, English, mixed | {tp} | {ta} |\n\n"
    text += (
        "**Labels.** Every answer id appears exactly once in `X.truth.json`: in one planted theme "
        "(kind need, brake, preference or convergence; 3+ distinct participants), one side of an opposition "
        "(the divisive question q4: rewards as discounts vs non-commercial access in W1; a public leaderboard "
        "in W2; job videos with the installer's name vs anonymous in W3), one minority (exactly 2 participants), "
        "or `noise_answer_ids`. Answers to q4 that take no side are noise. `objective_support` maps each "
        "objective to the need/preference themes that support it; brakes support no objective. "
        "`unserved_needs`: W1 direct technical contact, W2 reliable stock, W3 loan of test equipment. "
        "W3's `lang` is `fr+en` (each answer is in one language or in franglais).\n\n"
    )
    text += (
        "**Files.** For each session X in W1, W2, W3: `X.answers.jsonl` (one answer per line: id, "
        "participant, question, answer; skipped answers have no line), `X.objectives.txt` (the 5 NOUS "
        "objectives, one per line), `X.truth.json` (planted themes, oppositions, minorities, objective "
        "support, unsupported objectives, unserved needs, noise, note). `gen.py` writes every data file and "
        "this README deterministically; `validate.py` checks the format rules and prints `OK`.\n"
    )
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    stats = []
    for s in SESSIONS:
        rows, truth = build_truth(s)
        code = s["session"]
        with open(os.path.join(HERE, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(s["objectives"]) + "\n")
        with open(os.path.join(HERE, f"{code}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        lang = {"fr": "French", "en": "English", "fr+en": "French and English mixed"}[s["lang"]]
        stats.append((code, lang, s["n"], len(rows)))
    write_readme(stats)


if __name__ == "__main__":
    main()
