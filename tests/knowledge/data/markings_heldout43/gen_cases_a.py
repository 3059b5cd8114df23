"""Heads for ROU (car rental), COR (museum), FZA (gym chain).

Each entry: (level, lang, head, note). Heads are written by hand; gen.py only orders and numbers them.
"""

P, I, C, N = "public", "internal", "confidential", "none"

# ---------------------------------------------------------------- ROU: Rouléo, car & van rental
ROU = [
    # public
    (P, "fr", """Guide du Driver – saison 2027
Partagé avec : Rouléo Drivers (groupe, tous niveaux) · Lecteur
Dernière modification : 14 janv. par Léa Guichard

Bienvenue au Club ! Ce guide explique comment gagner des points à chaque location,
quels avis comptent et comment passer Driver Plus.""",
     "Drive share with the group of all Drivers, every level"),
    (P, "fr", """Brevo — Campagne « Road-trips de printemps »
Segment : tous les Drivers (Driver, Driver Plus, Driver Elite)
Expéditeur : Club Rouléo <club@rouleo.fr>
Objet : Vos plus belles routes, on les publie !

Bonjour {{ contact.PRENOM }}, envoyez-nous la photo de votre plus beau road-trip en Rouléo…""",
     "newsletter segment = every level listed"),
    (P, "en", """Discord export — #drivers-announcements (Club Rouléo server, visible to @all-drivers)
[09:12] Léa | Rouléo: the new Brest and Quimper branches open on Monday!
[09:13] Léa | Rouléo: first 20 Drivers to post a review there get double points.""",
     "channel readable by the all-drivers role"),
    (P, "fr", """Calendrier des sollicitations — T2 2027
Visibilité : Tous les Drivers
Statut : Publié · Responsable : Léa Guichard

Avril : 3 avis Google pour l'agence de Tours
Mai : témoignage vidéo « déménager avec un 12 m³ »""",
     "Notion property: visible to all Drivers"),
    (P, "fr", """FAQ — points et niveaux du Club Rouléo
**Diffusion : tout le programme — peut être partagé**

Q : Combien de points pour un avis en ligne ?
R : 20 points, 30 si vous ajoutez une photo du véhicule.""",
     "typed mark: whole programme, may be shared"),
    (P, "en", """Rouléo Drivers — Referral kit
Google Drive · Anyone in the Club Rouléo Drivers group can view
Owner: Marketing · Last edited Feb 3

Here is everything you need to introduce a friend, or your company's fleet manager, to Rouléo.""",
     "Drive access: the whole Drivers group"),
    (P, "en", """Mailchimp — Audience: Club Rouléo (all Drivers)
Campaign: March recap
Subject line: 1,200 km of testimonials, thank you!

Hi *|FNAME|*,
March was your month: 84 reviews, 9 videos and a record number of referrals.""",
     "mailing audience = all Drivers"),
    (P, "fr", """/Drive partagé/Club Rouléo/À diffuser – tous les Drivers/Charte_du_Driver.docx

Charte du Driver
Être Driver, c'est partager une expérience vraie : on raconte ce qui a marché,
et aussi ce qui a coincé.""",
     "folder name says: to distribute to all Drivers"),
    # internal
    (I, "fr", """Site SharePoint : Drivers Elite
Bibliothèque : Documents > Avant-premières

Essai de la nouvelle appli de réservation — consignes
Merci de ne pas publier de captures avant le 15 mai.""",
     "SharePoint site of one level (Elite)"),
    (I, "en", """List: Driver Elite only (142 contacts)
From: Club Rouléo
Subject: Your invite to the fleet preview day

Hi Marc, as one of our Elite Drivers you get to drive the 2028 vans before anyone else.""",
     "mailing list restricted to one level"),
    (I, "fr", """Suivi des contributions — janvier
Partagé avec : équipe Marketing Rouléo (12 personnes) · Commentateur
Accès restreint : seules les personnes ajoutées peuvent ouvrir ce document

Avis Google : 38 (objectif 40)
Témoignages vidéo : 2""",
     "shared with the client's marketing team only"),
    (I, "fr", """Export Slack — #club-drivers-equipe (canal privé de l'équipe programme)
Léa : je mets ici le brouillon des règles du tirage au sort d'été
Nina : ok, je relis ce soir, attention à la clause sur les agences franchisées""",
     "private staff channel"),
    (I, "en", """EV pilot group — test feedback
Audience: EV pilot group (18 Drivers)
Status: In progress

Week 1: fast charging in Niort worked fine, the app showed the wrong station in La Rochelle.""",
     "Notion audience = one pilot group"),
    (I, "fr", """DIFFUSION RESTREINTE — agences Grand Ouest
Plan d'animation des Drivers en agence, été 2027

Chaque agence propose deux dates de « café Drivers » entre juin et août.""",
     "restricted to one region's branches"),
    (I, "en", """Document properties
| Owner    | Léa Guichard        |
| Audience | Rouléo staff only   |
| Status   | Draft v2            |

Driver onboarding call: script and checklist""",
     "property table: staff only"),
    (I, "fr", """Espace Programme Ambassadeurs > Concours photo 2027 > Grille de notation
Lecture : membres du jury uniquement

Critères : originalité (40 %), lien avec le voyage (30 %), qualité (30 %).""",
     "readable by the jury only"),
    # confidential
    (C, "fr", """/Drive partagé/Codir/2027/Budget_Club_Rouleo.xlsx — onglet Synthèse

Enveloppe cadeaux : 48 k€ (-12 % vs 2026)
Surclassements offerts : à plafonner à 2 par Driver et par an""",
     "lives in the Codir (leadership) folder"),
    (C, "fr", """Export Slack — #comex-prive
Thomas Ferrand : il faut arbitrer entre le programme Drivers et la remise fidélité, on ne financera pas les deux
Claire Noailles : je prépare les deux scénarios pour jeudi""",
     "executive committee private channel"),
    (C, "en", """Classification: Confidential
Owner: Claire Noailles (CFO)
Subject: Driver Elite benefits — cost review

The free upgrade benefit cost us 212 k€ last year, three times the forecast.""",
     "classification confidential"),
    (C, "fr", """Note — reprise éventuelle du réseau Loc'Ouest
Partagé avec : Thomas Ferrand (PDG), Claire Noailles (DAF) · Accès restreint

Impact sur le Club : les Drivers des 9 agences reprises garderaient leurs points.""",
     "shared with two named executives only"),
    (C, "fr", """### Strictement confidentiel — ne pas transférer
Compte rendu de l'incident de données du 3 mars

Un export de 2 300 fiches Drivers a été envoyé par erreur à un prestataire.""",
     "strictly confidential"),
    (C, "en", """Space: Executive Committee > Board papers > 2027-Q1
Ambassador programme — renewal decision

Recommendation: continue for 12 months, cut the Elite gift budget by a third.""",
     "executive committee space"),
    # none
    (N, "fr", """/Drive partagé/Archives/2025/Club Rouléo/bilan_saison.docx

Bilan de la saison 2025
Nous avons recruté 310 Drivers et collecté 1 450 avis.""",
     "shared drive, Archives and programme folder: no audience"),
    (N, "fr", """Version 3 · Dernière révision le 11/04 · Relu par Léa
Portes ouvertes de l'agence de Vannes — déroulé

9 h : café d'accueil
10 h : essais des utilitaires électriques""",
     "revision metadata only"),
    (N, "en", """Internal combustion fleet phase-out — FAQ draft
Google Docs · Last edited by Léa G.

By 2029 every city car in our branches will be electric. Here is what changes for renters.""",
     "'internal' is about engines; no audience"),
    (N, "fr", """Accès restreint au parking de l'agence de Lorient pendant les travaux
Info pratique pour les retours de véhicules

Du 2 au 20 mai, les retours se font rue de Merville, clés à la boîte.""",
     "restriction is about a car park"),
    (N, "fr", """Export Slack — #photos-roadtrip
[14:02] Nina : voici la sélection pour le calendrier 2028
[14:05] Léa : top, on garde la 3 et la 7""",
     "topic channel, says nothing about readers"),
    (N, "en", """Shared drive · Folder: Spring campaign
File: spring_roadtrip_ideas.docx

Ten routes under 300 km that our Drivers loved last year.""",
     "shared drive without audience"),
    (N, "fr", """Finition : Elite (SUV Rouléo Trek 2027)
Fiche véhicule

Boîte automatique, 5 places, coffre 540 L, attelage en option.""",
     "Elite is a car trim, not the level"),
    (N, "fr", """Propriétés du document
Auteur : L. Guichard · Créé le : 03/02/2027
Mots-clés : avis, Google, agences

Comment rédiger un bon avis : parlez du retrait, de l'état du véhicule, du retour.""",
     "document properties without audience"),
]

# ---------------------------------------------------------------- COR: Musée de la Corderie (museum)
COR = [
    # public
    (P, "fr", """Guide d'accueil du Passeur
Partagé avec : Passeurs de la Corderie (tous) — Lecteur

Merci de rejoindre les Passeurs ! Ce guide vous présente le musée, les visites
que vous pouvez recommander et la façon de déclarer vos contributions.""",
     "shared with all Passeurs"),
    (P, "fr", """Sendinblue · Liste : Tous les Passeurs (Passeur, Passeur Ami, Passeur Mécène)
Objet : La lettre des Passeurs — n° 14

Chères Passeuses, chers Passeurs,
l'exposition « Nœuds marins » ouvre le 4 avril…""",
     "list = all three levels"),
    (P, "fr", """Dossier : Communauté – Tous les Passeurs
Fichier : programme_nocturnes_2027.pdf

Nocturnes du jeudi : visites contées, atelier matelotage et concert dans la grande nef.""",
     "community folder for all Passeurs"),
    (P, "fr", """# Appel à témoignages — exposition « Nœuds marins »
_À diffuser à toute la communauté des Passeurs_

Vous avez visité l'exposition ? Racontez-nous l'objet qui vous a le plus surpris.""",
     "typed mark: whole community"),
    (P, "fr", """Règlement du programme des Passeurs
Visibilité : Publique (tous les Passeurs)
Mis à jour : 2 févr.

Article 1 — Tout visiteur titulaire du Pass annuel peut devenir Passeur.""",
     "Notion visibility public"),
    (P, "en", """Confluence · Space: Passeurs Community (open to all Passeurs)
Page: How to write a visitor review

A good review mentions one object, one person you met and one practical tip.""",
     "space open to all Passeurs"),
    (P, "en", """Classification: Public
Title: Passeurs programme — one-page overview (EN)

For international visitors who joined the Passeurs during their stay in Port-Vallon.""",
     "classification public"),
    (P, "fr", """Export Discord — #passeurs-general
Épinglé par Camille (équipe des publics) : rappel, les visites guidées offertes rapportent 15 points
à partir de ce mois-ci, pour tous les niveaux.""",
     "general channel of all Passeurs"),
    # internal
    (I, "fr", """Site : Passeurs Mécènes
SharePoint > Documents partagés > Visite privée des réserves

La visite des réserves aura lieu le 18 avril à 17 h, entrée par la cour des tonneliers.""",
     "site of one level (Mécène)"),
    (I, "fr", """Atelier « Musée la nuit » — idées en vrac
Partagé avec : comité jeunes Passeurs (18-25 ans) · Éditeur

- une chasse au trésor dans la corderie
- un DJ set sous la charpente""",
     "shared with the youth committee"),
    (I, "en", """Segment: Audio guide test group (24 Passeurs)
Subject: Beta audio guide — your login

Hello, thanks for testing the new audio guide before it opens to the public in June.""",
     "segment = test group"),
    (I, "fr", """Relances Passeurs inactifs
Visibilité : Espace équipe
Propriétaire : Camille Dufresne

42 Passeurs n'ont rien déclaré depuis six mois ; proposer un message personnel, pas une relance automatique.""",
     "Notion team space = staff"),
    (I, "fr", """**Usage interne — équipe des publics**
Tableau de bord des contributions, février

Témoignages écrits : 17 · Avis en ligne : 52 · Visiteurs parrainés : 38""",
     "internal use, staff team"),
    (I, "en", """Slack export — #publics-team (private channel, museum staff)
Camille: draft list of Passeurs to invite to the advisory panel
Hugo: add Mme Leclerc, she brought three school groups last term""",
     "private staff channel"),
    (I, "fr", """Prix photo « Regards sur la Corderie » — réservé aux membres du jury
Délibération, premier tour

Photo 12 : très belle lumière sur les cordages, cadrage un peu serré.""",
     "jury only"),
    (I, "en", """| Owner    | Camille Dufresne                     |
| Audience | Passeur Ami and Passeur Mécène levels |
| Status   | Final                                |

Spring lecture series — priority booking for our most active Passeurs""",
     "two of three levels: a part of the ambassadors"),
    # confidential
    (C, "fr", """Espace Direction > Comptes rendus > 2027 > Conseil du 12 mars
Programme Passeurs : reconduction et budget

La directrice présente le bilan 2026 et propose de reconduire le programme pour deux ans.""",
     "leadership space"),
    (C, "fr", """Mécénat : négociation avec la fondation Mareva
Partagé avec : Agathe Morel (directrice), Julien Pasquier (administrateur) · Accès restreint

La fondation demande une visibilité dans la lettre des Passeurs.""",
     "named executives only"),
    (C, "en", """STRICTLY CONFIDENTIAL — Board members only
Draft: acquisition of the Lefranc rope collection

The board is asked to approve a ceiling of 180 k€ before the auction.""",
     "strictly confidential, board"),
    (C, "fr", """/Drive partagé/Conseil d'administration/Séances 2027/note_tarifs.docx

Note au conseil : hausse du Pass annuel de 28 à 32 €
Conséquence pour les Passeurs : maintien de la gratuité pour les Mécènes.""",
     "board folder"),
    (C, "en", """Slack export — #leadership-private
Agathe: nothing goes out about closing the north wing before the vote
Julien: agreed, not even to the Passeurs""",
     "leadership private channel"),
    (C, "fr", """CONFIDENTIEL
Évaluation annuelle — chargée des publics

Objectifs 2026 atteints sur le recrutement des Passeurs, à renforcer sur l'animation.""",
     "marked confidential"),
    # none
    (N, "fr", """Public visé : familles avec enfants de 6 à 10 ans
Atelier « Fais ton nœud »
Durée : 1 h 30

Les enfants découvrent cinq nœuds de marin et repartent avec leur bracelet.""",
     "'public' is the workshop's target audience"),
    (N, "fr", """Dossier : Expositions passées > 2019-2022
Fichier : prets_accordes.xlsx

Liste des prêts accordés à d'autres musées, avec dates de retour.""",
     "folder path says nothing about readers"),
    (N, "en", """Google Docs · Last edited 2 hours ago by Camille D.
Visitor review ideas — brainstorm

- mention the rope-making demo
- say whether the café was open""",
     "edit metadata only"),
    (N, "fr", """Accès réservé aux personnes munies d'un billet coupe-file
Informations pratiques — Nuit des musées

Ouverture des portes à 19 h, dernière entrée à 23 h 30.""",
     "restriction is about entering the museum"),
    (N, "en", """Slack export — #expo-knots-install
Julien: the loans arrive on Tuesday
Camille: ok, I'll tell the guides""",
     "topic channel"),
    (N, "fr", """Confidentialité : vos données sont traitées conformément au RGPD (voir la politique du musée).
Formulaire d'inscription — visite contée du dimanche

Nom : …    Nombre de participants : …""",
     "'confidentialité' is about personal data"),
    (N, "fr", """Drive partagé · Dernière modification par Camille
Catalogue des objets de la salle 3

Objet 3.1 : épissoir en bois de gaïac, XIXe siècle.""",
     "shared drive without audience"),
    (N, "en", """Created from Notion template: Private tour recap
Date: 22 March · Guide: Hugo

Group of 14, many questions about hemp growing around Port-Vallon.""",
     "'private tour' is a tour type"),
]

# ---------------------------------------------------------------- FZA: Forza Club (gym chain)
FZA = [
    # public
    (P, "en", """Klaviyo — List: All Crew members (Silver, Gold, Black)
Subject: Bring-a-friend week is back

Hey {{ first_name }}, from 12 to 18 May every friend you bring trains for free.""",
     "list = all tiers"),
    (P, "fr", """Règlement du défi « 30 jours, 30 séances »
Partagé avec : tout le Forza Crew · Tous les niveaux peuvent consulter

Pour valider une séance, scannez votre badge et postez une photo dans le salon du défi.""",
     "shared with the whole Crew"),
    (P, "fr", """Export Discord — #crew-general
[18:40] Sarah | Forza : les nouveaux badges sont en ligne, allez voir votre profil !
[18:42] Mehdi : le badge « lève-tôt » est trop beau""",
     "general channel of the Crew"),
    (P, "en", """How points work
Notion · Audience: Everyone in the Crew · Status: Published

Every class review = 10 pts. Every friend who signs up = 50 pts.""",
     "audience: everyone in the Crew"),
    (P, "fr", """Dossier : Forza Crew / Kit à partager (ouvert à tous les membres du Crew)
Visuels Instagram — printemps

Utilisez #ForzaCrew et identifiez votre club.""",
     "folder open to all Crew members"),
    (P, "fr", """Document public — peut être partagé hors du Crew
Communiqué : Forza ouvre son 40e club à Annecy

Le club de la rue Sommeiller ouvrira le 1er septembre avec 1 200 m² de plateau.""",
     "public, may be shared"),
    (P, "en", """Summer challenge — leaderboard rules
Anyone with the link can view · Shared in #crew-announcements (all Crew members)

Points reset on 1 July. Ties are broken by the number of different classes attended.""",
     "link sharing + posted to all Crew members"),
    (P, "fr", """Campagne Brevo « Parrainage »
Cible : l'ensemble des membres Crew (Silver, Gold, Black)

Salut {{ prénom }}, ton code parrain change ce mois-ci, le voici.""",
     "target = all tiers"),
    # internal
    (I, "en", """List: Gold tier only
Subject: Early access — the new HIIT format

You're one of our Crew Gold members: book the first sessions before they open to everyone.""",
     "one tier"),
    (I, "fr", """Site : Crew Black
SharePoint > Crew Black > Documents > Rencontre avec les fondateurs

Invitation à la rencontre de juin au club de Lyon Confluence, 19 h.""",
     "site of one tier (mentions founders only as hosts)"),
    (I, "fr", """Comment repérer un futur membre du Crew en cours collectif
Partagé avec : coachs Forza (groupe Google) · Lecteur

Regardez qui vient régulièrement, qui aide les nouveaux, qui parle du club en dehors.""",
     "shared with coaches (staff)"),
    (I, "fr", """Export Discord — #crew-lyon (salon privé : membres Crew des clubs lyonnais)
Tom : qui vient au run de Fourvière dimanche ?
Anaïs : moi, avec deux copines du club de Gerland""",
     "private channel of one region"),
    (I, "fr", """Visibilité : Espace équipe programme
Propriétaire : Sarah Lemoine · Statut : brouillon

Liste des membres Crew à relancer avant la fin du trimestre.""",
     "team space = staff"),
    (I, "fr", """Groupe pilote appli Coach+ — diffusion limitée aux 30 testeurs
Notes de version 0.9

Nouveau : minuteur d'intervalles, export des séances vers la montre.""",
     "pilot group only"),
    (I, "en", """Classification: Internal
File: crew_kpi_dashboard_feb.xlsx

Active Crew: 1,204 (+6 %) · Mean response delay to an ask: 2.3 days""",
     "classification internal"),
    (I, "fr", """/Drive partagé/Équipe Crew – staff uniquement/Procédures/gestion_des_litiges.docx

Quand un membre conteste ses points, vérifier d'abord les scans de badge du mois.""",
     "folder: staff only"),
    # confidential
    (C, "en", """Pricing 2028 — scenario B
Shared with: Karim Benali, Julie Castel (founders) · Restricted

Raise the base membership by €3 and fold the Crew Silver perks into it.""",
     "founders only"),
    (C, "fr", """Export Slack — #fondateurs-prive
Julie : si on arrête le niveau Black, on perd nos 80 membres les plus actifs
Karim : alors on le finance autrement""",
     "founders' private channel"),
    (C, "en", """Confluence › Board › Meeting packs › 2027-06
Crew programme ROI — board paper

Influenced sign-ups: 2,310. Cost per influenced sign-up: €14.""",
     "board space"),
    (C, "fr", """Classification : Secret
Projet Atlas — rapprochement avec la chaîne PulseFit

Calendrier indicatif : signature en octobre, annonce aux membres en janvier.""",
     "classification secret"),
    (C, "fr", """/Drive partagé/ExCom/Rémunérations/prime_CM_2027.xlsx
Onglet : Community managers

Part variable liée au taux de rétention du Crew : 40 %.""",
     "executive committee folder"),
    (C, "fr", """*Confidentiel – réservé au comité exécutif*
Note : fermeture de trois clubs en 2028

Les membres Crew des clubs concernés seront transférés avec leurs points.""",
     "confidential, executive committee"),
    # none
    (N, "en", """Members-only sauna: new opening hours
From Monday, the sauna at Lyon Part-Dieu opens at 7 am and closes at 10 pm.""",
     "'members-only' is about the sauna"),
    (N, "fr", """Créé à partir du modèle Notion « Public — compte rendu de cours »
Cours : Body Pump, club de Villeurbanne · Coach : Inès

22 participants, deux nouvelles inscrites venues avec une amie.""",
     "'Public' is a template name"),
    (N, "fr", """Forfaits coaching privé — grille tarifaire 2027
Google Sheets · Modifié par Tom

1 séance : 55 € · 10 séances : 490 €""",
     "'privé' is a kind of coaching"),
    (N, "fr", """Export de conversation — #playlist-cours
[07:12] Mehdi : quelqu'un a la playlist du cours de 7 h ?
[07:15] Inès : je la poste ce soir""",
     "topic channel"),
    (N, "fr", """Réservé aux plus de 16 ans
Cours Cross Training — fiche de présentation

45 minutes, par groupes de 12, matériel fourni.""",
     "age restriction on a class"),
    (N, "en", """Shared drive · Folder: Club openings
File: annecy_opening_checklist.docx

- signage ordered
- Crew welcome corner to set up near the lockers""",
     "shared drive without audience"),
    (N, "fr", """Propriétés : Auteur Sarah Lemoine · Créé le 12/01/2027 · 4 pages
Guide : filmer un témoignage vidéo avec son téléphone

Tenez le téléphone à l'horizontale, face à une fenêtre.""",
     "properties without audience"),
    (N, "en", """Gold Rush Challenge — rules draft
Status: In review · Owner: Tom R.

The Gold Rush runs for four weeks; every class attended earns a nugget.""",
     "'Gold' is a challenge name; status only"),
]
