"""Heads for clients BRP (brewery) and FVL (furniture maker).

Each entry: (level, lang, head, note). Order inside a client does not matter:
gen.py shuffles deterministically before numbering.
"""

BRP = [
    # ---------------- public ----------------
    ("public", "fr",
     "Calendrier des brassins participatifs – automne 2026\n"
     "Partager « Calendrier des brassins participatifs – automne 2026 »\n"
     "Personnes ayant accès : Compagnons du Pertuis – tous (groupe) · Lecteur\n"
     "Lucie Morin (propriétaire)\n"
     "Septembre : Blonde des Minimes, samedi 19 à 9 h. Octobre : Brune de la Pallice, samedi 17.\n"
     "Inscription par le formulaire, 8 places par brassin.",
     "Drive sharing: the group of all Compagnons"),
    ("public", "fr",
     "Ambrée de l'île de Ré – la recette complète\n"
     "Visibilité        Tous les compagnons (Houblon, Malt, Fût)\n"
     "Étiquettes        recette · brassage amateur\n"
     "Dernière modification   3 octobre 2026\n"
     "Vous étiez nombreux à la réclamer après la fête de la brasserie : la voici, grammages compris.",
     "Notion property: every level listed"),
    ("public", "fr",
     "Campagne : Lettre des Compagnons n°18\n"
     "Liste de diffusion : Compagnons – tous niveaux (612 contacts)\n"
     "Expéditeur : Brasserie du Pertuis <communaute@brasseriedupertuis.fr>\n"
     "Objet : La bière de Noël arrive, et vous l'avez goûtée avant tout le monde\n"
     "Bonjour à toutes et à tous,\n"
     "merci pour vos 214 fiches de dégustation !",
     "mailing list = all levels"),
    ("public", "fr",
     "Export Discord – serveur « Compagnons du Pertuis »\n"
     "Salon : #annonces (lecture : @everyone, c'est-à-dire tous les compagnons)\n"
     "[12/09/2026 10:02] Lucie (équipe) : 📣 Le programme de la Fête du Houblon est en ligne !\n"
     "[12/09/2026 10:03] Lucie (équipe) : rendez-vous samedi 26 dès 14 h dans la cour.",
     "Discord channel readable by every compagnon"),
    ("public", "fr",
     "# Kit de partage – lancement de la Pils du Port\n"
     "*À diffuser à toute la communauté, sans modération.*\n"
     "Dans ce kit : 6 visuels carrés, 3 textes courts, les hashtags #PilsDuPort #Pertuis.",
     "typed: à diffuser à toute la communauté"),
    ("public", "en",
     "Brasserie du Pertuis / Compagnons space / FAQ\n"
     "Page restrictions: none – anyone in the Compagnons space can view (all levels)\n"
     "FAQ: how do points work?\n"
     "Every tasting you attend earns 20 points; a brew day earns 50.",
     "Confluence: no restriction inside the all-Compagnons space"),
    ("public", "en",
     "Location: /sites/Compagnons/Shared Documents/For every Compagnon/taproom-guide-EN.pdf\n"
     "Taproom guide for visiting Compagnons and their friends\n"
     "Opening hours, parking near the Vieux-Port, how to book a brewery tour.",
     "SharePoint folder named for every Compagnon"),
    ("public", "en",
     "| Owner | Audience | Status |\n"
     "|---|---|---|\n"
     "| Lucie Morin (community) | All Compagnons, every level | Published |\n"
     "Welcome pack – English edition\n"
     "Welcome! This pack explains how the Compagnons du Pertuis programme works.",
     "property table: audience all Compagnons"),
    # ---------------- internal ----------------
    ("internal", "fr",
     "Sélection des fûts de chêne – bière vieillie 2027\n"
     "Partagé avec : compagnons-fut@brasseriedupertuis.fr (niveau Fût, 23 membres)\n"
     "Propriétaire : Karim B.\n"
     "Vous êtes plusieurs à nous demander une bière vieillie en fût de cognac. Trois fûts sont arrivés lundi.",
     "Drive shared with one level (Fût)"),
    ("internal", "fr",
     "Export Slack – brasseriedupertuis.slack.com\n"
     "🔒 #equipe-communaute · canal privé · 6 membres (salariés)\n"
     "Lucie Morin 09:14 — qui relance les compagnons sans réponse pour le salon de Niort ?\n"
     "Théo G. 09:20 — je prends, j'ai la liste.",
     "private staff channel"),
    ("internal", "fr",
     "Campagne : Convocation jury bières d'hiver\n"
     "Segment : Jury des bières d'hiver (12 compagnons tirés au sort)\n"
     "Objet : Vous faites partie du jury, voici le déroulé\n"
     "La dégustation à l'aveugle aura lieu le 14 novembre à 18 h 30.",
     "segment = jury"),
    ("internal", "fr",
     "Fiche process – accueil des groupes en visite\n"
     "Accès          Équipe brasserie uniquement (pas les compagnons)\n"
     "Statut         À jour\n"
     "1. Vérifier la réservation la veille. 2. Prévoir les verres de dégustation.",
     "Notion access: staff only"),
    ("internal", "fr",
     "**Usage interne – équipe de la brasserie**\n"
     "Bilan des sollicitations du trimestre\n"
     "Taux de réponse moyen : 58 %. Trois compagnons ont été sollicités plus de quatre fois, à surveiller.",
     "typed: usage interne"),
    ("internal", "en",
     "Team: Pertuis Staff › Channel: Tasting ops (private)\n"
     "Posted by Théo Garnier, 2 Oct\n"
     "Reminder: glass washer is booked for Thursday's session, please log stock before 5 pm.",
     "Teams private channel of a staff team"),
    ("internal", "en",
     "Intranet › Operations › Cellar safety\n"
     "Who can see this page: Brasserie du Pertuis employees\n"
     "CO2 detectors must be checked every Monday. Nobody enters the cold room alone.",
     "intranet permission: employees"),
    ("internal", "en",
     "Regional meet-up – La Rochelle & Rochefort\n"
     "Audience: Compagnons living in Charente-Maritime only\n"
     "We're trying a small local evening before the big autumn party.",
     "typed audience: one region"),
    # ---------------- confidential ----------------
    ("confidential", "fr",
     "Rachat de la malterie de Surgères – note d'opportunité\n"
     "Partagé avec : Yann Le Goff, Sophie Marchal, Karim Benali (associés fondateurs)\n"
     "Accès général : restreint\n"
     "La malterie cherche un repreneur avant juin ; prix demandé autour de 1,2 M€.",
     "Drive shared with the three founders only"),
    ("confidential", "fr",
     "Chemin : Drive partagé › Direction › Associés › 2027\n"
     "STRICTEMENT CONFIDENTIEL – associés uniquement\n"
     "Pacte d'associés – projet d'avenant v3\n"
     "Article 4 : clause de sortie en cas de cession de plus de 30 % des parts.",
     "typed: strictement confidentiel, founders only"),
    ("confidential", "fr",
     "Plan stratégique 2027-2029\n"
     "Visibilité   Comité de direction\n"
     "Responsable  Sophie Marchal\n"
     "Axe 1 : doubler la capacité de la cuverie. Axe 2 : ouvrir un second taproom à Niort.",
     "Notion visibility: comité de direction"),
    ("confidential", "fr",
     "Export Slack – #codir (🔒 canal privé du comité de direction, 4 membres)\n"
     "Yann Le Goff 18:02 — la banque demande le prévisionnel révisé avant vendredi.\n"
     "Sophie Marchal 18:05 — je l'envoie demain matin.",
     "private leadership channel"),
    ("confidential", "en",
     "Classification: SECRET – founders only\n"
     "Supplier renegotiation – hops contract 2027\n"
     "Our current price per kilo is 18 % above the regional average.",
     "typed: secret, founders only"),
    ("confidential", "en",
     "Campaign: Quarterly report Q3\n"
     "List: Board of directors (4 recipients)\n"
     "Subject: Q3 figures and the cash position\n"
     "Dear all, please find attached the Q3 board pack.",
     "mailing list = board"),
    # ---------------- none ----------------
    ("none", "fr",
     "Drive partagé › Production › 2026 › Fiches brassins\n"
     "Brassin n°412 – Blonde des Minimes\n"
     "Empâtage à 66 °C pendant 60 min, rinçage à 78 °C. Densité initiale 1 052.",
     "a path with no audience"),
    ("none", "fr",
     "Idées de bières saisonnières\n"
     "Statut        Publié\n"
     "Étiquettes    hiver · épices\n"
     "Propriétaire  Lucie Morin\n"
     "Cannelle et écorce d'orange pour la bière de Noël ? À goûter avant d'arbitrer.",
     "Notion status 'Publié' is not a readership"),
    ("none", "fr",
     "Travaux de la cour – novembre\n"
     "Accès restreint : la cour sera fermée du 3 au 7 novembre, livraisons par la rue des Tonneliers.\n"
     "Le taproom reste ouvert aux horaires habituels.",
     "'accès restreint' is about the courtyard"),
    ("none", "fr",
     "Copié depuis #brassage-technique\n"
     "Théo G. : la sonde de la cuve 3 dérive encore de 0,5 °C.\n"
     "Karim B. : on la recalibre lundi, ne pas lancer de fermentation dedans d'ici là.",
     "channel name says nothing about readership"),
    ("none", "fr",
     "Archives › 2023 › Salons\n"
     "Bilan du salon de la gastronomie de Saintes\n"
     "1 140 verres servis, 86 fiches contact, stand trop petit le samedi après-midi.",
     "archive folder, no audience"),
    ("none", "fr",
     "Modèle – affiche publique pour événement\n"
     "[Nom de l'événement] · [date] · [lieu]\n"
     "Remplacer les zones entre crochets, garder le logo en haut à gauche.",
     "a template called 'publique'"),
    ("none", "en",
     "Shared drive: Pertuis Marketing\n"
     "Last modified by Lucie Morin · 28 Sept 2026\n"
     "Spring photo shoot – shot list\n"
     "Brewhouse at golden hour, the copper kettle, hands on the malt sacks.",
     "shared drive with no audience"),
    ("none", "en",
     "Label copy – Pils du Port 33 cl\n"
     "Age-restricted product: not for sale to persons under 18.\n"
     "Ingredients: water, barley malt, hops, yeast. Contains gluten.",
     "restriction about buying alcohol"),
]

FVL = [
    # ---------------- public ----------------
    ("public", "fr",
     "Site : Cercle Fauvel › Documents › Pour tous les Assembleurs\n"
     "Autorisations : Membres du Cercle Fauvel (tous niveaux) – lecture\n"
     "Guide d'entretien du chêne huilé\n"
     "Une fois par an, un chiffon, une huile dure, et surtout pas d'éponge mouillée.",
     "SharePoint permission: all Cercle members"),
    ("public", "fr",
     "Audience Mailchimp : Cercle Fauvel – Assembleurs\n"
     "Segment : aucun (envoi à toute l'audience)\n"
     "Objet : Les portes de l'atelier s'ouvrent le 18 avril\n"
     "Visite guidée, démonstration de tenons-mortaises et café offert.",
     "newsletter sent to the whole audience of Assembleurs"),
    ("public", "fr",
     "Nos engagements bois – version 2027\n"
     "Ce document peut être partagé librement, y compris avec vos proches.\n"
     "100 % de nos chênes viennent de forêts certifiées à moins de 300 km de l'atelier.",
     "typed: peut être partagé"),
    ("public", "fr",
     "Programme des ateliers du printemps\n"
     "Qui peut voir     Tout le Cercle (Copeau · Planche · Chêne)\n"
     "Mis à jour        12 mars\n"
     "Atelier ponçage le 5 avril, atelier finitions le 26.",
     "Notion: every level listed"),
    ("public", "fr",
     "Partager « Catalogue des tissus 2027 »\n"
     "Personnes ayant accès : assembleurs@fauvel-mobilier.fr (liste de tous les Assembleurs) · Lecteur\n"
     "Catalogue des tissus 2027\n"
     "Douze nouvelles teintes de lin lavé, dont un vert sauge très demandé.",
     "Drive sharing: list of all Assembleurs"),
    ("public", "en",
     "Discord export – #workshop-news\n"
     "Channel visible to: all Assemblers (Copeau, Planche, Chêne)\n"
     "Hélène's note: the walnut range is back in stock next week!",
     "channel visible to all Assemblers"),
    ("public", "en",
     "Assembly videos – English subtitles\n"
     "Visibility: Public\n"
     "Tags: how-to, video\n"
     "Six short videos, from unpacking to the last dowel.",
     "Notion visibility: Public"),
    ("public", "en",
     "| Owner | Audience | Review date |\n"
     "|---|---|---|\n"
     "| Camille Roux | Whole Cercle Fauvel community | 2027-06 |\n"
     "Referral rules – how to introduce a friend\n"
     "When a friend you introduce orders, you both receive a workshop voucher.",
     "property table: whole community"),
    # ---------------- internal ----------------
    ("internal", "fr",
     "Prototype fauteuil « Vézelise » – retours attendus\n"
     "Partagé avec : Panel prototypes (9 Assembleurs) · Commentateur\n"
     "Merci de noter l'assise, la hauteur d'accoudoir et le confort après 30 minutes.",
     "shared with the prototype panel"),
    ("internal", "fr",
     "Équipe : Fauvel – Service client\n"
     "Canal : Ambassadeurs – suivi (privé)\n"
     "Camille Roux : trois Assembleurs attendent encore leur bon d'atelier, je relance la compta.",
     "private Teams channel of a staff team"),
    ("internal", "fr",
     "Avant-première collection « Forêt de Darney »\n"
     "Audience      Niveau Chêne uniquement\n"
     "Statut        Prêt\n"
     "Vous découvrez les cinq pièces deux mois avant le catalogue.",
     "Notion audience: one level"),
    ("internal", "fr",
     "Campagne : Rencontre Bruxelles & Lausanne\n"
     "Segment : Assembleurs résidant en Belgique et en Suisse\n"
     "Objet : on vient vous voir en mai\n"
     "Deux soirées, deux showrooms partenaires, inscription obligatoire.",
     "segment: two countries"),
    ("internal", "fr",
     "Intranet › Ressources humaines › Planning atelier\n"
     "Autorisations de la page : tous les salariés Fauvel (lecture)\n"
     "Fermeture estivale du 4 au 22 août. Les commandes reprennent le 25.",
     "intranet permission: employees"),
    ("internal", "en",
     "Interior of the Year 2027 – shortlist\n"
     "Audience: jury members only\n"
     "Fourteen entries made the cut. Please score each one before 30 May.",
     "audience: the jury"),
    ("internal", "en",
     "INTERNAL ONLY – Fauvel staff\n"
     "Delivery incident log – October\n"
     "Two tables delivered with the wrong finish; both customers offered a workshop visit.",
     "typed: internal only"),
    ("internal", "en",
     "Site: Fauvel Marketing › Community\n"
     "Permissions: Marketing & Community team (edit) – not shared with Assemblers\n"
     "Ambassador mapping 2027\n"
     "42 Assemblers active this year, 11 have not contributed since March.",
     "SharePoint: one staff team"),
    # ---------------- confidential ----------------
    ("confidential", "fr",
     "Site : Direction générale › Documents\n"
     "Accès : Hélène Fauvel, Marc Ibrahim\n"
     "Ouverture d'un second atelier à Épinal – étude de faisabilité\n"
     "Investissement estimé : 2,4 M€, dont 900 k€ de machines.",
     "access: two named executives"),
    ("confidential", "fr",
     "CONFIDENTIEL – conseil de surveillance\n"
     "Rémunération des dirigeants – proposition 2027\n"
     "La part variable serait plafonnée à 20 % du fixe.",
     "typed: confidentiel, board"),
    ("confidential", "fr",
     "Partager « Cession de la marque Bois & Co »\n"
     "Personnes ayant accès : Comité de direction (5 personnes)\n"
     "Deux acheteurs ont fait une offre ; la seconde inclut la reprise des stocks.",
     "shared with the comité de direction"),
    ("confidential", "fr",
     "Négociation fournisseur – scierie Thiébaut\n"
     "Classification   Strictement restreint\n"
     "Propriétaire     Marc Ibrahim\n"
     "Nous visons une baisse de 7 % en échange d'un engagement sur trois ans.",
     "Notion classification: strictement restreint"),
    ("confidential", "en",
     "Team: ExCo Fauvel (private)\n"
     "Members: Hélène Fauvel, Marc Ibrahim, Inès Chauvet, Paul Berthier\n"
     "Post: the bank wants our 2027 forecast by Friday – Inès, can you send the final version?",
     "private team of the executive committee"),
    ("confidential", "en",
     "Strictly confidential – do not forward\n"
     "Price increase plan, September 2027\n"
     "+6 % on the oak range, +4 % on upholstered pieces.",
     "typed: strictly confidential"),
    # ---------------- none ----------------
    ("none", "fr",
     "Z:\\Atelier\\Gabarits\\Table-Orme-220\\notice-montage.pdf\n"
     "Notice de montage – table Orme 220 cm\n"
     "Étape 1 : poser le plateau à l'envers sur une couverture.",
     "a file path with no audience"),
    ("none", "fr",
     "Teintes d'huile – essais sur chêne\n"
     "Statut        Validé\n"
     "Catégorie     Finitions\n"
     "Responsable   Julien Adam\n"
     "L'huile « miel » fonce trop après deux semaines au soleil.",
     "Notion properties without readership"),
    ("none", "fr",
     "Buffet Saulxures – édition limitée\n"
     "Série de 40 pièces, réservée aux précommandes passées avant le 15 juin.\n"
     "Façade en chêne brûlé, poignées en laiton.",
     "'réservée' is about orders"),
    ("none", "fr",
     "Publics cibles 2027\n"
     "Jeunes parents en maison, propriétaires de résidences secondaires, architectes d'intérieur.\n"
     "Pour chacun : où ils nous découvrent et ce qui les fait hésiter.",
     "'publics' = target customers"),
    ("none", "fr",
     "Source : fil #idees-finitions (copié le 4 novembre)\n"
     "Julien : un vernis mat sur le noyer ?\n"
     "Camille : les clients trouvent que ça fait plastique, on en reparle.",
     "channel name says nothing about readership"),
    ("none", "fr",
     "Dossier : Archives › 2021 › Salon Maison & Objet\n"
     "Compte rendu du salon\n"
     "Stand de 24 m², trop de passage le jeudi, pas assez de chaises pour s'asseoir.",
     "archive folder"),
    ("none", "en",
     "Shared drive: Fauvel Product\n"
     "Owner: Julien Adam · Last edited 9 Feb\n"
     "Chair load tests – results\n"
     "All four models passed the 110 kg static test.",
     "shared drive with no audience"),
    ("none", "en",
     "Customer survey – spring 2027\n"
     "Privacy notice: your answers are confidential and anonymised.\n"
     "Q1. How did you first hear about Ateliers Fauvel?",
     "'confidential' is about respondents' answers"),
]
