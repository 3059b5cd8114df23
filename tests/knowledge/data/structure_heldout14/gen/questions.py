# ruff: noqa: E501, E741  (long French sentences are data)
"""Questions of sh14 (stdlib only). Gold fragments are resolved from content.py blocks:
paragraph -> the whole paragraph (n-th in the section), list -> intro + every item,
table_row -> the cells of the row whose first cell is `sel` (cells that are only a dash skipped)."""

G = "guide_programme.md"
R = "regles_mousquetons_niveaux.txt"
C = "catalogue_recompenses_2027.pdf"
CH = "charte_ambassadeur.docx"
F = "faq_cercle.html"
K = "calendrier_sollicitations_s1_2027.html"
O = "objectifs_indicateurs_2027.docx"
J = "compte_rendu_atelier_je.txt"
P = "parrainage_entreprises.txt"
V = "conseil_de_voie.md"
E1 = "onboarding_en.md"
E2 = "testimonial_guide_en.pdf"

# (doc, section, unit, question, lang, sel)
Q = [
    # guide
    (G, "Pourquoi ce programme › Notre raison d'être", "paragraph", "c koi l'idée de fond derrière le cercle magnésie, pourquoi prise directe a monté ce truc ?", "fr", 0),
    (G, "Pourquoi ce programme › Ce que nous attendons du Cercle", "list", "cette année le programme il vise quoi concrètement ? les buts pr 2027", "fr", 0),
    (G, "Qui peut rejoindre le Cercle › Les critères d'invitation", "paragraph", "faut être abonné depuis combien de temps pour être invité ? et avoir plein de followers ça aide ?", "fr", 0),
    (G, "Qui peut rejoindre le Cercle › Comment se passe l'invitation", "paragraph", "j'ai reçu l'invit y a 3 semaines, il me reste combien de temps pour dire oui ?", "fr", 0),
    (G, "Les contributions possibles › Partager son expérience", "list", "est ce qu'un avis google sur ma salle ça compte comme contribution ??", "fr", 0),
    (G, "Les contributions possibles › Partager son expérience", "list", "en dehors des vidéos, c'est quoi les façons de raconter ma pratique qui sont reconnues ?", "fr", 0),
    (G, "Les contributions possibles › Aider et faire grandir", "list", "on peut être reconnu en filant un coup de main aux débutants ou sur discord ? quelles actions comptent", "fr", 0),
    (G, "Vie du Cercle › Le rythme des sollicitations", "paragraph", "How many requests can I get per month at most, and am I allowed to say no?", "en", 0),
    (G, "Vie du Cercle › Quitter le Cercle", "paragraph", "can I quit the program whenever I want?", "en", 0),
    # rules
    (R, "1. Le principe", "paragraph", "le solde que je dépense et le total qui compte pour mon palier, c'est la même chose ?", "fr", 0),
    (R, "2. Ce que rapporte chaque contribution › 2.1 Contributions de partage", "list", "une vidéo où je raconte mon expérience ça rapporte combien ?", "fr", 0),
    (R, "2. Ce que rapporte chaque contribution › 2.1 Contributions de partage", "list", "repost insta d'un post de la salle = combien de points ? y a une limite ?", "fr", 0),
    (R, "2. Ce que rapporte chaque contribution › 2.2 Contributions en salle et en communauté", "list", "How many points do I get for answering other members on the Discord?", "en", 0),
    (R, "2. Ce que rapporte chaque contribution › 2.2 Contributions en salle et en communauté", "list", "combien pour une suggestion qui est acceptée par l'équipe ?", "fr", 0),
    (R, "2. Ce que rapporte chaque contribution › 2.3 Introductions", "paragraph", "si la boîte que j'ai ramenée revient plusieurs fois dans l'année, j'ai un bonus ?", "fr", 0),
    (R, "3. Les niveaux › 3.1 Grès › Avantages", "list", "qu'est ce que j'ai en arrivant, tout au premier palier ?", "fr", 0),
    (R, "3. Les niveaux › 3.2 Calcaire › Avantages", "list", "au 2e niveau j'ai droit à quoi en plus ?", "fr", 0),
    (R, "3. Les niveaux › 3.3 Granit › Avantages", "list", "granit ça débloque quoi comme trucs en plus ?", "fr", 0),
    (R, "3. Les niveaux › 3.4 Basalte › Avantages", "list", "What perks come with the highest tier?", "en", 0),
    (R, "3. Les niveaux › 3.2 Calcaire › Accès", "paragraph", "combien de pionts pour passer calcaire", "fr", 0),
    (R, "3. Les niveaux › 3.3 Granit › Accès", "paragraph", "pour monter granit faut quoi exactement, juste les points ?", "fr", 0),
    (R, "3. Les niveaux › 3.4 Basalte › Accès", "paragraph", "c'est automatique de passer basalte dès qu'on a le seuil ?", "fr", 0),
    (R, "4. Maintien et changement de niveau", "paragraph", "si je passe sous le seuil je perds direct mon statut ?", "fr", 0),
    (R, "5. Validité des mousquetons", "paragraph", "mes mousquetons expirent ?? au bout de cb de temps", "fr", 0),
    # catalogue
    (C, "Les récompenses › Équipement", "table_row", "combien coûtent les chaussons dans la boutique, et faut il un niveau mini ?", "fr", "Chaussons d'escalade (modèle partenaire)"),
    (C, "Les récompenses › Équipement", "table_row", "How many carabiners for the rope, and which level do I need?", "en", "Corde de 60 mètres"),
    (C, "Les récompenses › Expériences", "table_row", "le we dans les pyrénées c combien ? le logement est inclus ?", "fr", "Week-end falaise dans les Pyrénées"),
    (C, "Les récompenses › Expériences", "table_row", "j'aimerais bien créer un bloc avec les ouvreurs, c'est possible contre des mousquetons ?", "fr", "Atelier d'ouverture de voie avec l'équipe"),
    (C, "Les récompenses › Dons", "paragraph", "on peut reverser ses points à une asso ?", "fr", 0),
    (C, "Conditions", "list", "si je viens pas chercher mon article il se passe quoi", "fr", 0),
    (C, "Conditions", "list", "Can I get my points back if I change my mind after ordering a reward?", "en", 0),
    # charter
    (CH, "Nos engagements réciproques › Ce que vous vous engagez à faire", "list", "quand je poste sur les salles je dois préciser que je suis ambassadeur ?", "fr", 0),
    (CH, "Nos engagements réciproques › Ce que vous vous engagez à faire", "list", "concrètement je promets quoi en acceptant d'entrer dans le cercle ?", "fr", 0),
    (CH, "Nos engagements réciproques › Ce que Prise Directe s'engage à faire", "list", "l'équipe doit me répondre dans quel délai max ?", "fr", 0),
    (CH, "Nos engagements réciproques › Ce que Prise Directe s'engage à faire", "list", "et la boîte, elle promet quoi aux ambassadeurs en retour ?", "fr", 0),
    (CH, "Authenticité", "paragraph", "je peux critiquer une salle dans mon témoignage ou c interdit ?", "fr", 0),
    (CH, "Confidentialité", "paragraph", "c'est quoi les infos qu'on a pas le droit de répéter à l'extérieur ?", "fr", 0),
    (CH, "Vos données et l'assistant du Cercle › L'assistant automatique", "paragraph", "le bot c un vrai humain ? et comment je coupe les relances", "fr", 0),
    (CH, "Vos données et l'assistant du Cercle › Vos droits", "paragraph", "je veux faire supprimer mes données perso, j'écris à qui ?", "fr", 0),
    (CH, "Vos interlocuteurs", "table_row", "un de mes posts publiés doit être corrigé, je m'adresse à qui et ils mettent combien de temps ?", "fr", "Contenu publié à corriger ou retirer"),
    (CH, "Manquements à la charte", "paragraph", "il se passe quoi si qqn enfreint les règles plusieurs fois ? on peut perdre son abonnement ?", "fr", 0),
    # faq
    (F, "Rejoindre le Cercle › Puis-je demander à devenir ambassadeur ?", "paragraph", "je peux postuler moi même pour rentrer dans le programme ?", "fr", 0),
    (F, "Rejoindre le Cercle › Faut-il un bon niveau de grimpe ?", "paragraph", "je grimpe que du 5, je suis légitime pour être ambassadrice ?", "fr", 0),
    (F, "Mousquetons et niveaux › Où voir mon solde ?", "paragraph", "comment je vois combien de points il me reste ?", "fr", 0),
    (F, "Mousquetons et niveaux › Les niveaux en un coup d'œil", "table_row", "dans le tableau récap, basalte ça donne quoi comme remise et comme invités ?", "fr", "Basalte"),
    (F, "Mousquetons et niveaux › Les niveaux en un coup d'œil", "table_row", "seuil, réduc et invités pour granit, en résumé", "fr", "Granit"),
    (F, "Sollicitations › Que se passe-t-il si je refuse une demande ?", "paragraph", "si je zappe une proposition de l'équipe, ça fait baisser mon niveau ?", "fr", 0),
    (F, "Sollicitations › Puis-je faire une pause ?", "paragraph", "je pars 4 mois en voyage, je peux mettre le cercle entre parenthèses ?", "fr", 0),
    # calendar
    (K, "Les sollicitations prévues", "table_row", "le test des blocs à bordeaux c'est quand et faut s'inscrire avant quelle date ?", "fr", "Mars"),
    (K, "Les sollicitations prévues", "table_row", "pour le salon sport bien-être ils cherchent combien de personnes ?", "fr", "Février"),
    (K, "Les sollicitations prévues", "table_row", "Which gyms are doing the 'my first route' videos and by when do I sign up?", "en", "Avril"),
    (K, "Les rendez-vous du Cercle › Soirées Cercle", "paragraph", "c'est quand le prochain apéro grimpe entre ambassadeurs ?", "fr", 0),
    (K, "Les rendez-vous du Cercle › Réunions du Conseil de voie", "list", "le conseil se retrouve quand d'ici l'été ? et où ?", "fr", 0),
    (K, "Charge et rotation", "paragraph", "je peux m'inscrire à combien de demandes max sur les 6 mois ?", "fr", 0),
    # objectives (internal)
    (O, "Objectifs et indicateurs", "table_row", "on vise quoi pour le temps moyen que mettent les ambassadeurs à répondre aux demandes ?", "fr", "Écouter sans épuiser"),
    (O, "Objectifs et indicateurs", "table_row", "What retention rate are we aiming for in 2027?", "en", "Fidéliser les ambassadeurs"),
    (O, "Objectifs et indicateurs", "table_row", "combien de résas de groupes via les ambassadeurs on vise cette année vs l'an dernier ?", "fr", "Développer les réservations de groupes"),
    (O, "Objectifs et indicateurs", "table_row", "taux de promotion d'un palier à l'autre : où on en est, où on veut aller ?", "fr", "Faire progresser"),
    (O, "Indicateurs de santé suivis chaque mois", "list", "en dehors du tableau des cibles, qu'est-ce qu'on surveille tous les mois ?", "fr", 0),
    (O, "Budget", "paragraph", "combien d'argent on met dans les récompenses en 2027 ?", "fr", 0),
    (O, "Points de vigilance › Concentration des sollicitations", "paragraph", "trop de contributions viennent des mêmes personnes, c'est quoi le plan ?", "fr", 0),
    # JE minutes (internal)
    (J, "Participants", "paragraph", "qui animait la session de novembre et combien de gens sont venus ?", "fr", 0),
    (J, "Ce que les ambassadeurs attendent du Cercle › Les parents grimpeurs", "paragraph", "What do climbing parents want from the program?", "en", 0),
    (J, "Ce que les ambassadeurs attendent du Cercle › Les profils compétiteurs", "paragraph", "les compétiteurs ils s'en fichent des réductions ?", "fr", 0),
    (J, "Ce que les ambassadeurs attendent du Cercle › Les grimpeurs en entreprise", "paragraph", "les gens qui ont amené leur boîte, ils se plaignent de quoi ?", "fr", 0),
    (J, "Points de convergence", "list", "sur quoi tout le monde était d'accord pendant l'atelier ?", "fr", 0),
    (J, "Points de divergence", "paragraph", "le classement public, ça fait débat ?", "fr", 0),
    (J, "Suites à donner", "list", "quelles décisions ont été prises à la fin de la séance ?", "fr", 0),
    # company referral
    (P, "Les offres que vous pouvez présenter › Offre Cordée d'équipe", "paragraph", "la formule en plusieurs séances pour une même équipe ça coûte combien par tête ?", "fr", 0),
    (P, "Les offres que vous pouvez présenter › Offre Première Prise", "paragraph", "prix d'une séance découverte de 2h pour un groupe de collègues le samedi ?", "fr", 0),
    (P, "Les offres que vous pouvez présenter › Offre Salle privatisée", "paragraph", "How much does it cost to book the whole gym for a company evening?", "en", 0),
    (P, "Comment faire une introduction", "list", "je veux présenter ma boîte, c'est quoi la marche à suivre ?", "fr", 0),
    (P, "Comment faire une introduction", "list", "qui rappelle l'entreprise une fois que j'ai rempli le formulaire ?", "fr", 0),
    (P, "Ce qui ne compte pas", "list", "si je fais réserver mon propre club dont je suis président, ça rapporte ?", "fr", 0),
    (P, "Ce que vous recevez", "paragraph", "la boîte a une réduc si elle donne mon nom ?", "fr", 0),
    # advisory board
    (V, "Composition › Membres tirés au sort", "paragraph", "comment sont choisis les membres du conseil qui sont pas basalte ?", "fr", 0),
    (V, "Fonctionnement › Frais et défraiement", "paragraph", "Are my travel costs covered when I go to the board meetings?", "en", 0),
    (V, "Les avis rendus en 2026", "table_row", "le conseil avait demandé quoi pour le tarif étudiant, et ça a donné quoi ?", "fr", "Tarif étudiant"),
    (V, "Devenir membre", "list", "je suis granit, je peux entrer au conseil ? il faut remplir quelles conditions", "fr", 0),
    # onboarding (en)
    (E1, "Your first week", "list", "just joined, what am I supposed to do in the next few days?", "en", 0),
    (E1, "Your first month › A first contribution", "paragraph", "par quoi commencer comme première contribution ? y a un minimum ?", "fr", 0),
    (E1, "Your first month › Meeting the team", "paragraph", "est-ce qu'on a un appel avec qqn de l'équipe quand on débute ?", "fr", 0),
    (E1, "Who to contact", "table_row", "company intro: which person handles that, and how do I reach them?", "en", "Company introductions"),
    (E1, "Good to know", "list", "comment je passe le bot en anglais ?", "fr", 0),
    # testimonial guide (en)
    (E2, "Written testimonials › Length and tone", "paragraph", "mon témoignage écrit doit faire quelle longueur ?", "fr", 0),
    (E2, "Written testimonials › What to include", "list", "quoi mettre dans un témoignage écrit, des idées ?", "fr", 0),
    (E2, "Video testimonials › Filming", "paragraph", "tips for shooting the video? do i need a real camera", "en", 0),
    (E2, "Video testimonials › Other people on screen", "paragraph", "et si mes potes sont visibles dans ma vidéo de grimpe ?", "fr", 0),
    (E2, "Review and publication", "table_row", "combien de temps prend la relecture de mon témoignage ?", "fr", "Proofreading and suggestions"),
    (E2, "Review and publication", "paragraph", "can they publish my story without me saying ok?", "en", 0),
]

UNANSWERABLE = [
    ("combien de mousquetons rapporte la participation à un salon ou un événement ?", "fr"),
    ("quel est le prix du t-shirt du cercle dans le catalogue ?", "fr"),
    ("les mousquetons marchent aussi dans les salles partenaires à l'étranger ?", "fr"),
    ("combien de salariés de Prise Directe siègent au Conseil de voie ?", "fr"),
    ("c'est quand la soirée Cercle du deuxième trimestre ?", "fr"),
    ("le bot peut commander une récompense à ma place ?", "fr"),
    ("il est où le calendrier des sollicitations du second semestre 2027 ?", "fr"),
    ("How many ambassadors are there in the program in total?", "en"),
    ("est-ce que les mousquetons comptent double pendant le mois de lancement ?", "fr"),
    ("l'offre cordée d'équipe est plus chère le week-end ?", "fr"),
    ("qui est le chef de salle à Nîmes ?", "fr"),
    ("combien de témoignages vidéo ont été publiés en 2026 ?", "fr"),
    ("What was the ambassadors' NPS last quarter?", "en"),
    ("on peut activer le mode pause plusieurs fois dans l'année ?", "fr"),
    ("le week-end falaise est ouvert aux enfants ?", "fr"),
    ("combien coûte l'abonnement annuel sans remise ?", "fr"),
    ("Is there a bonus for bringing a friend who buys an individual membership?", "en"),
    ("comment on obtient le badge premier de cordée ?", "fr"),
    ("quels sont les horaires d'ouverture de la salle de Perpignan ?", "fr"),
    ("Can I pay part of a reward in euros if I am short of carabiners?", "en"),
]
