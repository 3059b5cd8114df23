"""Heads for FDR (bakery franchise) and ACC (music schools).

Each entry: (level, lang, head, note).
"""

P, I, C, N = "public", "internal", "confidential", "none"

# ---------------------------------------------------------------- FDR: Fournil Doré (bakery franchise)
FDR = [
    # public
    (P, "fr", """Carnet de recettes des Gourmets — édition d'automne
Partagé avec : Gourmets du Fournil — tous les niveaux · Lecteur

Pain d'épices, brioche feuilletée, fougasse aux olives : trois recettes de nos boulangers
à refaire chez vous.""",
     "shared with all levels"),
    (P, "fr", """Mailjet · Liste de contacts : tous les Gourmets (Gourmet, Fin Gourmet, Grand Gourmet)
Objet : La galette des Gourmets arrive !

Bonjour [[prenom]], du 2 au 15 janvier, votre part est offerte sur présentation de la carte.""",
     "list = every level"),
    (P, "en", """Tasting day — FAQ
Audience: All Gourmets · Visibility: Program-wide

Q: Do I need to book?
A: No, just show your Gourmet card in any Fournil Doré shop.""",
     "audience all Gourmets"),
    (P, "fr", """Export Discord — #gourmets-bienvenue (lisible par tous les Gourmets)
Épinglé par Inès | Fournil Doré : comment déclarer un avis Google en trois clics
1. tapez /contribution …""",
     "channel readable by all Gourmets"),
    (P, "fr", """Classification : Public
Titre : Charte des Gourmets

1. Je partage mon avis sincère, même quand la baguette était trop cuite.""",
     "classification public"),
    (P, "fr", """/Drive partagé/Gourmets du Fournil/Tout le programme/affiche_concours_photo.pdf

Concours photo « Ma viennoiserie du dimanche »
Du 1er au 31 mars, postez votre photo avec #FournilDoré.""",
     "folder: whole programme"),
    (P, "en", """Referral card — print version
Google Drive · General access: Anyone with the link · Sent to the Gourmets mailing list (all members)

Print it, hand it to a neighbour: they get a free croissant, you get 30 points.""",
     "link sharing + sent to all members"),
    (P, "fr", """> Diffusion libre — à partager avec tous les Gourmets et au-delà
Bilan de l'année 2026 en chiffres

1 840 Gourmets, 6 200 avis, 41 boutiques participantes.""",
     "free distribution, all Gourmets"),
    # internal
    (I, "fr", """Site : Grands Gourmets
SharePoint > Grands Gourmets > Dîner au fournil central

Le dîner aura lieu le 24 novembre à Saint-Malo ; navette depuis Rennes à 18 h.""",
     "site of the top level only"),
    (I, "fr", """Segment : panel dégustation (35 Gourmets)
Objet : Votre avis sur la nouvelle baguette aux graines

Bonjour, merci de goûter les deux versions et de remplir le questionnaire avant vendredi.""",
     "tasting panel segment"),
    (I, "en", """How to welcome a Gourmet in store
Visibility: Franchisee workspace · Owner: Network team

Greet them by name if you can, and never ask for the card before serving.""",
     "franchisee workspace, not ambassadors"),
    (I, "fr", """Tableau de suivi des points — mars
Partagé avec : équipe animation réseau · Accès restreint

Points attribués : 48 210 · Réclamations : 6""",
     "staff team only"),
    (I, "en", """Slack export — #franchisees-alsace (private)
Marc (Colmar): 3 Gourmets asked whether the card works in Strasbourg
Inès: yes, in every shop of the network""",
     "private channel of one region's franchisees"),
    (I, "fr", """Espace Gourmets d'Alsace > Événements > Marché de Noël de Colmar
Lecture : Gourmets d'Alsace uniquement

Stand n° 14, permanences de deux heures, bredele offerts aux bénévoles.""",
     "one region's Gourmets"),
    (I, "fr", """**Interne — ne pas transmettre aux Gourmets**
Argumentaire pour les vendeuses : présenter le programme en caisse

En 20 secondes : la carte, les points, la galette offerte.""",
     "internal, staff"),
    (I, "en", """Discord export — #grand-gourmets-lounge (role: Grand Gourmet)
Inès: the chef's Q&A moves to Thursday, 6 pm
Paul-Henri: perfect, I'll bring my sourdough questions""",
     "channel of one level"),
    # confidential
    (C, "fr", """Espace Comité de direction > Franchise > Redevances 2028
Note de synthèse

Proposition : baisser la redevance de 0,5 point pour les boutiques les plus actives dans le programme.""",
     "leadership space"),
    (C, "fr", """Cession de 20 % du capital — points à traiter pour le programme Gourmets
Partagé avec : Paul Ménard (fondateur), Sandrine Ollier (DG) · Accès restreint

Le fonds souhaite un reporting trimestriel sur la fidélité.""",
     "founder + CEO only"),
    (C, "en", """CONFIDENTIAL — do not forward
Franchisee dispute: Quimper shop

The franchisee refuses to honour Gourmet points since January.""",
     "marked confidential"),
    (C, "fr", """Export Slack — #codir-fournil
Sandrine : la hausse du beurre nous oblige à revoir les cadeaux Gourmets
Paul : pas avant la galette, on tient la promesse""",
     "comité de direction channel"),
    (C, "fr", """Classification : Confidentiel — Direction générale
Plan d'ouverture 2028 (12 boutiques)

Priorité : Nantes, Angers, Laval ; recrutement des Gourmets dès l'annonce.""",
     "confidential, leadership"),
    (C, "en", """/Shared drive/Founders/Letters to shareholders/Q1_letter.docx

Dear partners,
the Gourmets programme now drives 18 % of weekend sales.""",
     "founders' folder"),
    # none
    (N, "fr", """Baguette Or — fiche produit
Farine T65 Label Rouge, levain naturel, 24 h de fermentation

Prix conseillé : 1,60 €.""",
     "'Or' is a product name"),
    (N, "fr", """Dossier : Archives
Fichier : concours_2023_resultats.xlsx

Gagnante : Mme Roux (boutique de Dinan), 412 votes.""",
     "Archives folder, no audience"),
    (N, "en", """Google Docs · Version history: 14 versions · Last edit by Inès M.
Tasting day — logistics

Order 200 tasting cups, two tables per shop.""",
     "edit metadata only"),
    (N, "fr", """Commande privée (traiteur) — mariage du 14 juin
Retrait samedi à 7 h, boutique de Vitré

80 mini-viennoiseries, 3 pièces montées en choux.""",
     "'privée' is about the order"),
    (N, "fr", """Export de conversation — #livraisons-farine
Kevin : le camion arrive à 5 h au lieu de 4 h
Inès : ok, je préviens Dinan""",
     "topic channel"),
    (N, "en", """Restricted diets — our gluten-free range
Product sheet, spring 2027

Three breads and two cakes, made in a separate workshop.""",
     "'restricted' is about diets"),
    (N, "fr", """Auteur : Inès Marchal · Mots-clés : atelier, enfants, levain · 2 pages
Idées d'ateliers pain pour enfants

Faire son petit pain en 45 minutes, cuisson pendant le goûter.""",
     "properties without audience"),
    (N, "en", """Top secret recipe? Our pain au chocolat explained
Blog draft for the website

Everyone asks us why it flakes so well. Here is the short answer: cold butter and patience.""",
     "'top secret' is a joke in a title"),
]

# ---------------------------------------------------------------- ACC: Accords & Cie (music schools)
ACC = [
    # public
    (P, "fr", """Livret du Complice 2027
Partagé avec : Complices d'Accords (tous les niveaux : Croche, Noire, Blanche)
Autorisation : lecture

Être Complice, c'est faire découvrir la musique autour de soi, à son rythme.""",
     "shared with all levels"),
    (P, "fr", """Newsletter — Segment : tous les Complices
Objet : Le concert des Complices, c'est le 21 juin !

Bonjour {{prénom}}, cette année on joue dans la cour de l'école de Rennes.""",
     "segment: all Complices"),
    (P, "en", """How to reach the Noire level
Notion · Visibility: All Complices · Tags: FAQ

You need 300 points and at least two kinds of contribution.""",
     "visible to all Complices"),
    (P, "fr", """Export Discord — #complices-general
[20:15] Élodie (équipe Accords) : le sondage pour les ateliers du samedi est ouvert, à vous !
[20:17] Pauline : j'ai voté pour l'atelier chant""",
     "general channel of all Complices"),
    (P, "fr", """Classification : Publique — diffusion à tous les Complices
Planning des portes ouvertes dans les 14 écoles

Samedi 5 septembre, de 10 h à 17 h, essais d'instruments gratuits.""",
     "public, all Complices"),
    (P, "en", """Dropbox · Folder: Complices – Everyone
File: concert_poster_june.pdf

Print it, post it, share it: the June concert is open to families and friends.""",
     "folder for everyone in the programme"),
    (P, "fr", """## À partager sans modération
Affiche et texte pour vos réseaux — rentrée 2027

« Cette année, je me mets au violoncelle. Et vous ? »""",
     "may be shared"),
    (P, "en", """Mailchimp · Audience: Les Complices d'Accords — all members
Campaign: Summer workshop sign-ups

Hi *|FNAME|*, five workshops, one week in July, all levels welcome.""",
     "audience all members"),
    # internal
    (I, "fr", """Site : Complices Blanche
Accueil > Documents > Masterclass avec les professeurs

Trois masterclass réservées, inscriptions jusqu'au 10 mars.""",
     "site of the top level"),
    (I, "fr", """Ordre du jour — réunion du comité des parents, 12 mai
Partagé avec : comité des parents (7 membres) · Commentateur

1. Bilan de l'audition de printemps
2. Covoiturage vers le tremplin""",
     "committee only"),
    (I, "en", """List: Nantes school Complices only
Subject: Open rehearsal at the Nantes auditorium

Come and listen to the teachers' quartet on Friday, bring one friend.""",
     "one school (region)"),
    (I, "fr", """Repérer les futurs Complices parmi les élèves adultes
Visibilité : Espace équipe pédagogique

Un élève qui amène un ami à un cours d'essai est un bon candidat.""",
     "teaching staff space"),
    (I, "en", """Slack export — #profs-accords (private, teachers only)
Yann: two of my adult students would make great Complices
Élodie: send me their names, I'll invite them next month""",
     "teachers only (staff)"),
    (I, "fr", """Dossier : Tremplin 2027 > Jury (accès : membres du jury)
Fichier : grille_ecoute.pdf

Justesse, présence scénique, choix du répertoire : notez de 1 à 5.""",
     "jury only"),
    (I, "fr", """Diffusion : groupe pilote cours en ligne (20 Complices)
Bilan des quatre premières semaines

Le son est bon, la latence gêne pour les duos.""",
     "pilot group"),
    (I, "fr", """Classification : Interne
Rapport d'activité du programme — 1er semestre

Complices actifs : 412 · Cours d'essai issus d'une recommandation : 96""",
     "classification internal"),
    # confidential
    (C, "fr", """Reprise de l'école de Vannes — chiffres clés
Partagé avec : Maud Carrel, Élise Carrel (fondatrices) · Accès restreint

Élèves : 230 · Professeurs : 14 · Loyer : à renégocier.""",
     "founders only"),
    (C, "fr", """Confluence · Espace : Direction générale › Stratégie 2030
Faut-il ouvrir une école à Bordeaux ?

Hypothèse haute : 400 élèves en trois ans.""",
     "leadership space"),
    (C, "en", """Classification: Strictly confidential
Teacher salary grid 2028 — proposal

Step 1: +2.5 %, step 2: +3 %, conditional on the Nantes grant.""",
     "strictly confidential"),
    (C, "fr", """Export Slack — #direction-accords (privé)
Maud : la mairie de Nantes ne renouvellera pas la subvention
Élise : on n'en parle à personne avant le conseil""",
     "leadership private channel"),
    (C, "fr", """/Drive partagé/CA/2027/budget_previsionnel.xlsx — onglet Programme Complices

Cadeaux et concerts : 22 k€
Voyage des Complices Blanche : 9 k€""",
     "board (CA) folder"),
    (C, "en", """Owner: Élise Carrel · Audience: Board of directors · Status: Draft
Complices programme — should we stop the Blanche trips?

Cost per trip has doubled since 2025.""",
     "audience: board of directors"),
    # none
    (N, "en", """Private lessons — fees 2027/28
Piano, guitar, violin, voice

30 minutes: €24 · 45 minutes: €34""",
     "'private' is the lesson format"),
    (N, "fr", """Fiche d'exercices — la blanche et la noire
Solfège, première année

Frappez les rythmes suivants en comptant à voix haute.""",
     "note values, not levels"),
    (N, "fr", """Dossier : Partitions / Guitare / Débutants
Fichier : jeux_interdits_simplifie.pdf

Arrangement en la mineur, trois accords seulement.""",
     "folder path without audience"),
    (N, "en", """Shared drive · Last modified by Élodie · 3 comments
Autumn concert — running order

1. Children's choir  2. Guitar ensemble  3. Teachers' quartet""",
     "shared drive without audience"),
    (N, "fr", """Modèle Notion : « Public » — page événement
Concert de fin d'année, école de Rennes

Date : 27 juin · Lieu : salle des fêtes""",
     "'Public' is a template name"),
    (N, "fr", """Accès restreint à la salle 4 jusqu'au 30 avril (insonorisation)
Les cours de batterie ont lieu en salle 2.

Merci de ne pas laisser d'instruments dans le couloir.""",
     "restriction about a room"),
    (N, "fr", """Export de conversation — #covoiturage-concert
Séverine : je peux prendre trois personnes depuis Saint-Herblain
Karim : je suis preneur, merci !""",
     "topic channel"),
    (N, "en", """Document properties — Author: Élodie R. · Created: 2027-01-09 · Words: 812
How to record a short video testimonial

Find a quiet room, play eight bars, then say why you started.""",
     "properties without audience"),
]
