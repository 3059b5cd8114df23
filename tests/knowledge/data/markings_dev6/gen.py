#!/usr/bin/env python3
"""Rebuild cases.jsonl and names.json for markings_dev6 (deterministic, stdlib only).

Flavour: heads of documents that went through paper, scanners, OCR and dictation.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def c(prefix, level, lang, note, head):
    CASES.append({"prefix": prefix, "level": level, "lang": lang, "note": note,
                  "head": head.strip("\n")})


# ---------------------------------------------------------------- API
# Miellerie des Coteaux (honey cooperative) - program "Les Butineurs"
P = "API"
# public
c(P, "public", "fr", "mojibake 'à' + ligature; addressed to all Butineurs and Butineuses", """
Miellerie des Coteaux — Les Butineurs                         p. 1/2
Diﬀusion : Ã  tous les Butineurs et Butineuses
Calendrier des récoltes 2027
Cette année, la première récolte de printemps est prévue fin avril ; voici les dates où vous pouvez venir nous aider à la miellerie.
""")
c(P, "public", "fr", "stamp read as text, l for I; l'Essaim = community of all ambassadors", """
«TAMPON» DIFFUSABLE À TOUT L'ESSAlM
Nouvelles étiquettes : votre avis compte
Nous avons reçu les maquettes des pots de 250 g et nous aimerions savoir lesquelles vous préférez avant le 15 mars.
""")
c(P, "public", "fr", "word cut by hyphenation over two lines: all ambassadors, all levels", """
Note aux ambassa-
deurs et ambassadrices (tous niveaux)
Ouverture des inscriptions à la fête de la miellerie
Comme chaque année, on compte sur vous pour tenir le stand dégustation le 21 juin.
""")
c(P, "public", "fr", "dictated note, transcribed punctuation words; to all butineurs", """
Note dictée (transcription automatique)
à diffuser à tous les butineurs point à la ligne objet deux points reprise des visites de ruchers
bonjour à toutes et à tous virgule les visites reprennent le samedi matin à partir du 5 avril point
""")
c(P, "public", "fr", "handwritten annotation transcribed: OK to send to all Butineurs", """
Compte rendu — rencontre des Butineurs du 14/03
[annotation manuscrite en haut à droite : « OK pour envoi à tous les Butineurs — M. »]
Merci à celles et ceux qui étaient là samedi. Voici ce qu'on a retenu pour la saison.
""")
c(P, "public", "en", "0 for O in header; to all Butineurs, please share", """
T0 ALL BUTINEURS — PLEASE SHARE
Harvest Open Day 2027: save the date
Our open day at the honey house returns on 12 June, with tastings and a hive visit for your friends.
""")
c(P, "public", "en", "rn for m; public channel of every ambassador", """
Audiencc: every arnbassador of the Butineurs programme (public channel #essaim-general)
New recipe cards are out
We printed six new cards, from honey vinaigrette to nougat; take a few for your neighbours.
""")
c(P, "public", "en", "fax header, then 'for all Butineurs - public'", """
FROM: MIELLERIE DES COTEAUX    05 62 00 00 00    03/02/2027 10:42    P.01/02
For all Butineurs — public
Spring newsletter
The bees came out early this year and the rapeseed is already in flower.
""")
# internal
c(P, "internal", "fr", "staff only (community team), l for I", """
USAGE lNTERNE — équipe animation
Tableau de suivi des contributions, février
Les chiffres ci-dessous ne sont pas encore consolidés ; ne pas les communiquer aux Butineurs.
""")
c(P, "internal", "fr", "mojibake; one level only (Reine)", """
RÃ©servÃ© aux Butineurs niveau Reine
Dégustation des miels de cru 2026
Vous êtes invités le 8 mars à goûter en avant-première les trois miels de cru.
""")
c(P, "internal", "fr", "pilot group only", """
Groupe Pollen (pilote) uniquement — ne pas transférer au reste de l'Essaim
Test de l'application de parrainage
Vous êtes douze à tester la nouvelle appli ; merci de noter chaque bug dans le tableau partagé.
""")
c(P, "internal", "fr", "handwritten: jury only", """
[mention manuscrite, soulignée deux fois : « jury seulement ! »]
Concours des miels 2027 — grille de notation
Chaque juré note sur 20 : couleur, arôme, texture, persistance en bouche.
""")
c(P, "internal", "fr", "running header of a scanned page: restricted to employees", """
Miellerie des Coteaux ¦ Diffusion restreinte aux salariés ¦ p. 3
~
Procédure d'envoi des colis cadeaux
Chaque colis contient un pot de 500 g, une carte manuscrite et le dépliant de la coopérative.
""")
c(P, "internal", "en", "OCR l for I in 'Internal only'; community team", """
lnternal onIy — community team
Ambassador churn, Q1
Eleven Butineurs have not logged a contribution since November; here is who we plan to call.
""")
c(P, "internal", "en", "regional group of ambassadors only", """
For the Gers group of Butineurs only
Market meet-up in Auch
We will hold the stall together on Saturday 22 March; parking is behind the covered market.
""")
c(P, "internal", "en", "dictated, 'period' transcribed; staff only", """
Dictated note - the transcription may contain errors
staff only period not for the ambassadors period
subject sample jars stock
we have forty two sample jars left comma enough until the fair
""")
# confidential
c(P, "confidential", "fr", "letters spaced out: CONFIDENTIEL; board topic", """
C O N F I D E N T I E L
Conseil d'administration du 2 mars
Projet de reprise de la miellerie voisine : conditions et calendrier.
""")
c(P, "confidential", "fr", "leadership only: board of the cooperative, OCR 1 for l", """
Réservé au consei1 d'administration de la coopérative
Budget 2027 du programme Butineurs
Hypothèse basse : 18 000 € ; hypothèse haute : 26 000 €.
""")
c(P, "confidential", "fr", "fax header + mojibake; strictly personal to management", """
TÃ©lÃ©copie — 04/02/2027 18:03 — Cabinet Ferrand — P.1/3
STRICTEMENT PERSONNEL — Ã  l'attention de la gÃ©rance
Objet : litige avec le fournisseur de bocaux
""")
c(P, "confidential", "fr", "confidential stamp on a letter to Butineurs: strictest mark wins", """
Lettre aux Butineurs — brouillon n° 2
[tampon rouge] CONFIDENTIEL — NE PAS DlFFUSER
Chers Butineurs, nous devons vous annoncer une hausse du prix des pots à partir de septembre.
""")
c(P, "confidential", "en", "ligature in Confidential; board only", """
Conﬁdential — board of directors only
Price increase scenario 2027
Three options for the 500 g jar, with their expected effect on members' income.
""")
c(P, "confidential", "en", "leadership (executive bureau), confidential", """
STRICTLY CONFIDENTIAL - DO NOT FORWARD
For the cooperative's executive bureau
Proposal to merge with the Lot beekeepers' union
""")
# none
c(P, "none", "fr", "fax header and an order form: no readership mark", """
FAX DE : MIELLERIE DES COTEAUX   11/01/2027 08:55   P.01
Bon de commande — pots 500 g
Merci de nous livrer 40 cartons de pots à couvercle doré avant le 20 janvier.
""")
c(P, "none", "fr", "trap: 'public visé' is the target audience of a workshop", """
Pub1ic visÃ© : familles et scolaires
Atelier « Découverte de la ruche »
L'atelier dure 1 h 30 ; les enfants repartent avec un petit pot et une bougie en cire.
""")
c(P, "none", "fr", "trap: 'salle réservée' is a room booking", """
Journée portes ouvertes — plan d'accès
Salle réservée : grange de la miellerie, 14 h
Prévoir des chaussures fermées pour la visite des ruchers.
""")
c(P, "none", "fr", "trap: 'réserve limitée', 'stock privé' are about stock", """
Miel de châtaignier — réserve limitée
Le stock privé du producteur est épuisé ; il reste 60 pots en boutique.
Fiche produit mise à jour le 2 février.
""")
c(P, "none", "fr", "trap: privacy policy in the footer of a scanned leaflet", """
Fiche produit : miel de lavande
Politique de confidentialitÃ© : miellerie-coteaux.example/confidentialite — NumÃ©risÃ© avec ScanFacile
Récolté en juillet sur le plateau, ce miel cristallise finement.
""")
c(P, "none", "fr", "trap: dictated note, 'interne' about truck temperature", """
Note vocale transcrite
rappeler le transporteur pour les palettes virgule vérifier la température interne du camion avant chargement point
""")
c(P, "none", "en", "trap: 'private label' is a product offer", """
Privatc label offer for farm shops
We can produce jars under your own brand from 200 units.
Minimum order and lead times are listed below.
""")
c(P, "none", "en", "scanner footer only, no mark", """
Scanned with PhoneScan — page 1 of 1
How to store crystallised honey
Crystallisation is natural: warm the jar gently in a bain-marie, never above 40 °C.
""")

# ---------------------------------------------------------------- DEM
# Vasseur Déménagements (moving company) - program "Ambassadeurs Vasseur", community "la Tribu Vasseur"
P = "DEM"
c(P, "public", "fr", "running header + mojibake 'À ... à'; whole Tribu", """
Vasseur Déménagements · Tribu Vasseur · Page 1
Ã€ diffuser Ã  toute la Tribu
Parrainage : le bon de 50 € passe à 80 €
Bonne nouvelle : à partir du 1er avril, chaque filleul qui signe son devis vous rapporte 80 €.
""")
c(P, "public", "fr", "stamp read as text: all Vasseur ambassadors, free distribution", """
[cachet] TOUS AMBASSADEURS VASSEUR — DIFFUSION LIBRE
Nos conseils pour un déménagement sans casse
Vaisselle debout, livres en petits cartons, et on étiquette chaque carton sur deux faces.
""")
c(P, "public", "fr", "mark over two lines: all ambassadors, all levels", """
Ce document est destiné à l'ensemble des ambassadeurs
et ambassadrices Vasseur, tous niveaux confondus.
Guide : bien préparer ses cartons
Commencez par les pièces que vous utilisez le moins.
""")
c(P, "public", "fr", "handwritten: general channel of the Tribu, for everyone", """
(note manuscrite au stylo bleu : « à mettre sur le canal général de la Tribu, pour tout le monde »)
Retour en images sur la journée portes ouvertes
Plus de 120 visiteurs à l'entrepôt de Lesquin, merci à vous !
""")
c(P, "public", "fr", "dictated: for the newsletter of all ambassadors", """
message dicté pour la lettre de tous les ambassadeurs deux points
merci pour vos avis Google point vous êtes déjà 87 à avoir laissé un avis cette année point d'exclamation
""")
c(P, "public", "en", "fax header; to all Vasseur Ambassadors", """
FAX    VASSEUR MOVING    07/01/27 16:05    P.1/2
To: all Vasseur Ambassadors (everyone in the Tribe)
Referral bonus update
From April, every referral who signs a quote earns you 80 euros.
""")
c(P, "public", "en", "OCR 1 for I in PUBLIC; whole ambassador community", """
PUBL1C — for the whole Vasseur ambassador community
Tips for a smooth moving day
Book the lift, label every box, and keep a survival kit with kettle, mugs and phone chargers.
""")
c(P, "public", "en", "hyphenated: shareable with all ambassadors, any tier", """
Shareable with all ambas-
sadors, any tier.
New partner: storage boxes at cost
""")
c(P, "internal", "fr", "ligature; restricted to one level (Platine)", """
Diﬀusion restreinte — niveau Platine
Invitation : visite de l'entrepôt de Lesquin
Le 12 avril, on vous montre les coulisses : camions, garde-meubles et atelier d'emballage.
""")
c(P, "internal", "fr", "do not share with the Tribu; internal to branches (staff)", """
NE PAS DIFFUSER À LA TRIBU — usage interne agences
Procédure de remise des cadeaux ambassadeurs
Le chef d'agence remet le cadeau en main propre lors de la visite technique.
""")
c(P, "internal", "fr", "regional subgroup of ambassadors, rn for m", """
Pour les arnbassadeurs des Hauts-de-France seulement
Apéro de printemps à Lille
Rendez-vous le jeudi 17 avril à 19 h, à l'agence de la rue Nationale.
""")
c(P, "internal", "fr", "handwritten: testimonial committee only", """
[manuscrit dans la marge] pour le comité témoignages, pas pour tous
Sélection des vidéos 2026
Sur les 14 vidéos reçues, nous en proposons 6 pour le site.
""")
c(P, "internal", "fr", "running header: internal document, customer service", """
VASSEUR — DOCUMENT INTERNE — Service client — 2/4
Traitement des réclamations liées au parrainage
Toute réclamation d'un ambassadeur est enregistrée sous 48 h.
""")
c(P, "internal", "en", "pilot panel only, do not share with the wider Tribe", """
Self-storage pilot panel only — please don't share with the wider Tribe
Feedback form, week 3
Tell us how easy it was to book your box online.
""")
c(P, "internal", "en", "staff only: customer service team", """
Staff only · Customer service team
How to log an ambassador's referral in the CRM
Open the customer file, then Referrals > New.
""")
c(P, "internal", "en", "dictated: regional ambassadors only", """
transcript voice memo
this is for the hauts de france ambassadors only full stop
subject the lille meetup full stop we have room for thirty people
""")
c(P, "confidential", "fr", "confidential, executive committee", """
CONFIDENTIEL — CODIR
Projet de fermeture de l'agence de Reims
Calendrier envisagé et conséquences pour les équipes.
""")
c(P, "confidential", "fr", "ligatures in 'strictement confidentiel — ne pas diffuser'", """
Strictement conﬁdentiel — ne pas diﬀuser
Rémunération des chefs d'agence 2027
Part variable indexée sur la satisfaction client et le nombre de parrainages.
""")
c(P, "confidential", "fr", "reserved to general management and family shareholders", """
Réservé à la direction générale et aux actionnaires familiaux
Valorisation de l'entreprise au 31/12/2026
Le cabinet retient une fourchette de 11 à 13 M€.
""")
c(P, "confidential", "fr", "handwritten override narrows a printed public line to CODIR", """
Diffusion : tous les ambassadeurs [ligne barrée à la main]
[en marge, manuscrit] NON → CODIR uniquement !
Bilan financier du programme ambassadeurs 2026
""")
c(P, "confidential", "en", "0 for O in CONFIDENTIAL; executive committee", """
C0NFIDENTIAL - Executive committee
Acquisition of a Belgian mover
Due diligence starts on 3 March.
""")
c(P, "confidential", "en", "private & confidential, for the managing director", """
PRIVATE & CONFIDENTIAL
For the managing director
Ambassador programme budget overrun: explanation and options
""")
c(P, "none", "fr", "trap: private storage, reserved box in the customer's name", """
Garde-meubles privé — box réservé au nom du client
Devis n° 2027-0412
Box de 9 m³, accès 7 j/7, assurance incluse.
""")
c(P, "none", "fr", "trap: 'diffusion' is broadcasting a video", """
Diffusion de la vidéo prévue le 3 mai sur notre chaîne
Tournage chez la famille Martin
L'équipe arrive à 8 h ; le camion sera garé devant l'immeuble.
""")
c(P, "none", "fr", "fax header + checklist, no mark", """
TÃ©lÃ©copie  VASSEUR DEMENAGEMENTS  02/03/2027 07:12  P.01
Checklist du jour J
Compteurs relevés, clés rendues, dernier tour de chaque pièce.
""")
c(P, "none", "fr", "trap: a privacy policy as the document title", """
Politique de confidentialité et RGPD — version scannée
Vasseur Déménagements collecte votre adresse de départ et d'arrivée pour établir votre devis.
""")
c(P, "none", "fr", "trap: dictated, 'voie publique' is the street", """
note vocale transcrite
le client demande un monte meubles il faut l'autorisation de stationnement sur la voie publique virgule à demander en mairie
""")
c(P, "none", "fr", "scanned page footer, 'Ne pas plier' on a form", """
Page 2 / 5 — Vasseur Déménagements — Ne pas plier
Fiche d'inventaire
Salon : 1 canapé trois places, 1 table basse, 2 lampes.
""")
c(P, "none", "en", "trap: reserved parking permit", """
[stamp] RECEIVED 14 FEB 2027
Rescrved parking permit request
Please fill in this form at least ten days before your moving date.
""")
c(P, "none", "en", "trap: internal dimensions of a truck, OCR noise", """
lnternal dimensions of our 20 m³ truck
Length 4.2 m | width 2.1 m | height 2.3 m
""")

# ---------------------------------------------------------------- THM
# Thermes de Valcourt (thermal spa) - program "Cercle des Curistes"
P = "THM"
c(P, "public", "fr", "scanned logo noise; all members of the Cercle", """
Thermes de Valcourt – Cercle des Curistes     [logo]
À l'intention de tous les membres du Cercle
Programme des conférences santé 2027
Six conférences gratuites, le jeudi à 17 h, dans le salon de la Source.
""")
c(P, "public", "fr", "stamp, 1 for L; whole Cercle", """
** DIFFUSION : TOUT LE CERC1E **
Nouvelle navette depuis la gare
Départ toutes les 30 minutes entre 8 h et 19 h.
""")
c(P, "public", "fr", "dictated and hand-corrected: all ambassador curistes", """
Dictée du 4 février (corrigée à la main)
à transmettre à l'ensemble des curistes ambassadeurs
Objet : parrainez un proche, il bénéficie de 10 % sur sa cure
""")
c(P, "public", "fr", "word 'publique' cut by hyphenation; all ambassadors of the Cercle", """
Information pu-
blique pour tous les ambassadeurs du Cercle
Nouveaux horaires du spa à partir du 1er mars
""")
c(P, "public", "fr", "posted on the public channel of all ambassadors", """
Publié sur le canal #cercle-tous (ouvert à tous les ambassadeurs)
Photos de la soirée des curistes
Merci à toutes et à tous pour cette belle soirée au kiosque.
""")
c(P, "public", "en", "to every Cercle ambassador, feel free to share", """
To every Cercle ambassador — feel free to share
Spring offers at Valcourt
Two nights plus three treatments from 290 euros.
""")
c(P, "public", "en", "handwritten: send to all Cercle members", """
[handwritten at the top] "send to all Cercle members - S."
Minutes of the open meeting, 9 March
Thank you all for coming; here is what we agreed.
""")
c(P, "public", "en", "fax header; all Curiste Ambassadors", """
FAX  THERMES DE VALCOURT  04 73 00 00 00  21/02/2027 11:30  P.01
For ALL Curiste Ambassadors
Open day at the new hydrotherapy wing, 5 April.
""")
c(P, "internal", "fr", "top level only (Source)", """
RÃ©servÃ© aux membres niveau Source
Séjour découverte offert — conditions
Les membres niveau Source peuvent inviter une personne pour deux nuits.
""")
c(P, "internal", "fr", "staff only (care staff), stray characters", """
» Usage interne – personnel soignant «
Protocole d'accueil des curistes ambassadeurs
Chaque ambassadeur est reçu par l'infirmière référente le premier jour.
""")
c(P, "internal", "fr", "pilot group only, not the rest of the Cercle", """
Groupe pilote Cure duo – ne pas diffuser au reste du Cercle
Questionnaire de mi-parcours
Dix questions, cinq minutes.
""")
c(P, "internal", "fr", "jury only", """
Jury du Prix du témoignage — documents de délibération
Merci de ne pas partager ces textes en dehors du jury.
Neuf témoignages retenus sur quarante-deux.
""")
c(P, "internal", "fr", "running header: working document, community team only", """
Thermes de Valcourt – Document de travail – équipe communauté uniquement – p. 1/3
Relances des ambassadeurs inactifs
Liste des membres sans contribution depuis six mois.
""")
c(P, "internal", "en", "OCR noise; front desk team only", """
Internal — front desk tearn only
Welcoming ambassador guests
Check the Cercle card, then offer the welcome drink.
""")
c(P, "internal", "en", "regional chapter only", """
Auvergne chapter of the Cercle only
Car-sharing to the spa for the June meet-up
Drivers from Clermont, please add your name and the number of free seats.
""")
c(P, "internal", "en", "dictated: for the community team's eyes only, not ambassadors", """
dictation transcript (auto)
for the community team eyes only comma not for the ambassadors full stop
subject points audit for march
""")
c(P, "confidential", "fr", "confidential, executive board (directoire)", """
CONFIDENTIEL DIRECTOIRE
Projet de cession du casino thermal
Premières offres reçues.
""")
c(P, "confidential", "fr", "mark after the content: supervisory board only, mojibake", """
Thermes de Valcourt — S.A. à directoire — page 1
Rapport trimestriel du directoire
Fréquentation en hausse de 4 %, coûts énergétiques en forte hausse.
RÃ©servÃ© au conseil de surveillance
""")
c(P, "confidential", "fr", "secret stamp", """
[tampon] SECRET – ne pas photocopier
Négociation avec la caisse d'assurance maladie
Notre position sur le tarif des cures 2028.
""")
c(P, "confidential", "fr", "fax, strictly personal and confidential, to the chair", """
FAX 12/01/2027 19:47 DE : Me Garnier, notaire   P. 1/4
Strictement personnel et confidentiel
À l'attention du président du directoire
""")
c(P, "confidential", "en", "confidential, board only", """
Confidential / board only
Ambassador programme: three-year review
Cost per recruited patient, compared with paid advertising.
""")
c(P, "confidential", "en", "mark on line 3: do not distribute, confidential, supervisory board", """
Water rights renewal: risks
The prefecture may cap the daily volume we draw from the spring.
Do not distribute — CONFIDENTIAL — supervisory board
""")
c(P, "none", "fr", "trap: 'public' = patients targeted by the stay", """
Public : adultes, cure rhumatologie
Fiche séjour 18 jours
Soins quotidiens du lundi au samedi, bilan médical à l'arrivée.
""")
c(P, "none", "fr", "trap: pool slots reserved to patients", """
Bassin thermal : créneaux du matin réservés aux curistes en cure conventionnée
Horaires d'été
""")
c(P, "none", "fr", "trap: 'température interne' of the spring water", """
Fiche technique de la source
Température interne de l'eau à l'émergence : 38 °C
Minéralisation totale : 1,2 g/l.
""")
c(P, "none", "fr", "scanner stamp, no mark", """
NumÃ©risÃ© le 12/02/2027 par scanner accueil — 3 pages
Menu diététique de la semaine
Lundi : velouté de potimarron, filet de merlu.
""")
c(P, "none", "fr", "trap: health data confidentiality commitment as title", """
Confidentialité de vos données de santé : notre engagement
Vos informations médicales ne sont transmises qu'au médecin thermal.
""")
c(P, "none", "fr", "trap: dictated, private entrance for reduced mobility", """
note dictée
prévoir un accès privé pour les personnes à mobilité réduite enfin une entrée privative côté parc point
""")
c(P, "none", "en", "trap: private treatment rooms", """
Privatc treatment rooms: booking guide
Rooms 4 to 7 can be booked for couples.
""")
c(P, "none", "en", "printed page header, no mark", """
Page 3 of 4 — Valcourt Spa — Printed 11/03/2027
Recipes from our dietitian
Lentil salad with fresh herbs.
""")

# ---------------------------------------------------------------- AQZ
# Aquazur Piscines (pool builder) - program "Aquazur Insiders"
P = "AQZ"
c(P, "public", "fr", "0 for O, l for I; all Insiders, free distribution", """
À T0US LES lNSIDERS — diffusion libre
Ouverture de la saison 2027
Les premières mises en eau commencent le 15 avril ; si un voisin hésite encore, c'est le moment d'en parler.
""")
c(P, "public", "fr", "mark at the bottom of the scanned head: public document, Insiders community", """
Guide de l'hivernage actif
Laissez tourner la filtration quelques heures par jour quand il gèle, et gardez le niveau d'eau sous les skimmers.
— Document pub- lic · communauté Insiders · Aquazur Piscines —
""")
c(P, "public", "fr", "handwritten: OK for all Insiders", """
[annoté au feutre en haut de la page] « OK pour tous les Insiders — Léa »
Nouveau catalogue des margelles
Pierre reconstituée, grès cérame ou bois composite : voici les douze finitions de la saison.
""")
c(P, "public", "fr", "mark over two lines: share with all Insiders", """
Merci de partager ce guide avec l'ensemble
des Insiders Aquazur
Bien choisir son robot de piscine
Fond seul, fond et parois, ligne d'eau : tout dépend de la forme de votre bassin.
""")
c(P, "public", "fr", "dictated: to all ambassadors of the Aquazur program", """
dictée vocale (transcription automatique)
à envoyer à tous les ambassadeurs du programme aquazur point
concours photo de l'été virgule envoyez-nous votre plus belle piscine avant le 31 août point
""")
c(P, "public", "en", "for all Insiders, public; stray characters", """
|| For all Aquazur Insiders — public ||
Pool party 2027: you are all invited
Saturday 28 June at our Fréjus showroom, bring your family.
""")
c(P, "public", "en", "fax header; to every Insider whatever the tier", """
FAX  AQUAZUR PISCINES  20/05/27 09:02  PAGE 1 OF 1
To every Insider, whatever your tier
Referral rewards are doubled in June
Each friend who signs a pool contract earns you 400 euros instead of 200.
""")
c(P, "public", "en", "letters spaced out: ALL INSIDERS", """
A L L   I N S I D E R S
Summer maintenance checklist
Test the water twice a week and clean the skimmer baskets after every storm.
""")
c(P, "internal", "fr", "one tier only (Gold), mojibake", """
RÃ©servÃ© aux Insiders Gold
Visite de l'usine de coques
Départ en car le 10 mai à 7 h 30 depuis le showroom de Fréjus ; retour vers 18 h.
""")
c(P, "internal", "fr", "regional group only, stray OCR characters", """
Insiders du Var uniquement ·:·
Rencontre à Brignoles
On se retrouve chez Nadia et Karim, qui ont accepté de nous ouvrir leur jardin.
""")
c(P, "internal", "fr", "beta testers only, ligature", """
Bêta-testeurs du robot Nautil seulement — ne pas diﬀuser aux autres Insiders
Version 0.9 du logiciel
La mise à jour corrige le blocage sur les escaliers romains.
""")
c(P, "internal", "fr", "design committee only", """
Comité design — document de travail, pas pour toute la communauté
Trois teintes de liner pour 2028
Sable, gris anthracite et vert d'eau : votez avant la réunion du 6 juin.
""")
c(P, "internal", "fr", "staff: marketing team only, mark at the end", """
Plan de sollicitations Insiders, avril-juin
Trois témoignages vidéo pour le salon de Marseille, deux visites de chantier.
(Équipe marketing uniquement)
""")
c(P, "internal", "en", "OCR 0/O and l/I; internal use only", """
lNTERNAL USE 0NLY
After-sales escalation for Insider customers
When an Insider reports a leak, the ticket goes straight to the regional manager.
""")
c(P, "internal", "en", "restricted distribution: sales team", """
Restricted distribution - sales team
How to follow up an Insider's referral
Call the prospect within 48 hours and log the call in the CRM.
""")
c(P, "internal", "en", "running header: after-sales technicians only", """
AQUAZUR – after-sales technicians only – p. 2
Known issues with the heat pump HP12
Error E7 usually means the flow sensor is clogged.
""")
c(P, "confidential", "fr", "reserved to the founders (leadership)", """
Réservé aux fondateurs (Léa et Marc Aubert)
Entrée d'un fonds au capital
Le fonds propose de prendre 30 % ; premier rendez-vous le 14 mars.
""")
c(P, "confidential", "fr", "confidential stamp read as text + COMEX", """
[tampon] CONFIDENTIEL — COMEX
Plan de réduction des coûts 2027
Trois pistes : sous-traitance du terrassement, stock de coques, salons.
""")
c(P, "confidential", "fr", "letters spaced out: SECRET", """
S E C R E T
Rachat d'un concurrent à Toulon
Offre indicative à remettre avant le 30 avril.
""")
c(P, "confidential", "fr", "strictly confidential, board, mojibake", """
Strictement confidentiel – rÃ©servÃ© au board
Résultats 2026 et objectifs 2027
Chiffre d'affaires en hausse de 8 %, marge en baisse.
""")
c(P, "confidential", "en", "ligature; confidential, founders only", """
Conﬁdential — founders only
Succession plan
Marc would step back from operations in 2029.
""")
c(P, "confidential", "en", "board eyes only, confidential", """
CONFIDENTIAL · Board eyes only
Insiders programme: should we pay ambassadors?
Pros and cons of a cash reward instead of gifts.
""")
c(P, "none", "fr", "trap: public pool vs private pool", """
Piscine pub1ique ou piscine privÃ©e : ce qui change pour vous
Entretien, normes de sécurité et assurance : on fait le point.
""")
c(P, "none", "fr", "trap: reserved installation slot", """
Bon d'intervention n° 3391
Créneau réservé pour la pose : semaine 18
Prévoir l'accès du camion-grue par le portail côté rue.
""")
c(P, "none", "fr", "trap: 'joint interne' is a part", """
Notice de montage — liner 75/100
Vérifier le joint interne du skimmer avant la mise en eau.
Ne jamais remplir le bassin à plus de 10 cm tant que le liner n'est pas plaqué.
""")
c(P, "none", "fr", "trap: privacy policy in a scanned letterhead", """
Aquazur Piscines — 04 94 00 00 00 — politique de confidentialitÃ© sur aquazur.example
Devis piscine coque 8 x 4
Coque polyester, volet immergé, pompe à chaleur 12 kW.
""")
c(P, "none", "fr", "fax header + a quote, no mark", """
TÃ©lÃ©copie AQUAZUR 11/03/2027 14:20 P.01/02
Devis n° 2027-118
Piscine coque 7 x 3,5, escalier roman, filtration à sable.
""")
c(P, "none", "fr", "dictated note with transcription error, no mark", """
note dictée
chlore choc à faire chez les lebrun mardi virgule le pH est à sept huit point
penser au sel pour les bernard point
""")
c(P, "none", "en", "trap: private pool owners", """
Private pool owners: your 2027 safety checklist
Alarms, covers and fences, one by one.
The law requires at least one approved safety device.
""")
c(P, "none", "en", "scanner footer, no mark", """
Scanned by QuickScan — Aquazur — page 1/1
Warranty card
Shell: 15 years. Pump: 2 years. Keep this card with your invoice.
""")

# ---------------------------------------------------------------- CDR
# Rive Conduite (driving schools, Lyon and Geneva) - program "Les Copilotes"
P = "CDR"
c(P, "public", "fr", "to all Copilotes, mojibake 'À'", """
Rive Conduite — Les Copilotes                                   1/1
Ã€ l'attention de tous les Copilotes
Nouveau : la leçon de conduite de nuit
Vos filleuls peuvent désormais réserver une leçon après 20 h, d'octobre à mars.
""")
c(P, "public", "fr", "stamp read as text: diffusable à toute la communauté Copilotes", """
[TAMPON] DIFFUSABLE À TOUTE LA COMMUNAUTÉ COPILOTES
Parrainage : 30 € offerts à vos filleuls
L'offre vaut pour toute inscription au permis B avant le 30 juin.
""")
c(P, "public", "fr", "handwritten: post for all ambassadors", """
(manuscrit) à afficher pour tous les ambassadeurs svp — merci ! K.
Résultats du concours « Ma première route »
Bravo à Inès, Tom et Mehdi, dont les vidéos ont été vues plus de 3 000 fois.
""")
c(P, "public", "fr", "hyphenation: all Copilotes, all agencies", """
À partager avec tous les Copi-
lotes, toutes agences confondues
Calendrier des stages code d'été
Stages intensifs d'une semaine en juillet et en août, à Lyon et à Villeurbanne.
""")
c(P, "public", "fr", "dictated: for all ambassadors", """
message vocal transcrit
pour tous les ambassadeurs copilotes deux points merci pour vos avis en ligne virgule on a dépassé les 500 avis point
un petit cadeau vous attend à l'accueil de votre agence
""")
c(P, "public", "en", "public, Copilotes community, OCR 1 for l", """
Public — Copi1otes community (all members)
New online theory course
Your friends can now prepare the theory test from their phone, with 40 mock exams.
""")
c(P, "public", "en", "fax header; all Copilotes", """
FAX  RIVE CONDUITE GENEVE  02/04/27  P.1
For all Copilotes — please share
Spring driving day at the circuit
Bring a friend who is learning to drive: the morning is free.
""")
c(P, "public", "en", "posted in the channel of all ambassadors (OCR noise)", """
Posted in #copilotes-general (all arnbassadors)
Thank you for 500 reviews!
Every review helps a nervous learner choose a school they can trust.
""")
c(P, "internal", "fr", "regional group only", """
Copilotes Lyon seulement
Soirée au circuit de Bron
Jeudi 15 mai à 19 h ; on prête les casques.
""")
c(P, "internal", "fr", "pilot panel only, do not forward", """
Panel pilote « code en ligne » uniquement — merci de ne pas transférer
Retours sur la version 2
La moitié d'entre vous trouve les questions vidéo trop rapides.
""")
c(P, "internal", "fr", "staff only: instructors and office, l for I", """
Usage lnterne — moniteurs et secrétariat
Comment enregistrer un filleul
Dans le logiciel d'agence, ouvrir la fiche élève puis l'onglet Parrainage.
""")
c(P, "internal", "fr", "one level only (Klaxon d'or), mojibake", """
RÃ©servÃ© au niveau Klaxon d'or
Invitation : stage de pilotage sur glace
Deux places par agence, le 24 janvier à Serre Chevalier.
""")
c(P, "internal", "fr", "handwritten: video contest jury only", """
[note manuscrite au crayon] jury concours vidéo seulement
Grille d'évaluation des vidéos
Chaque membre du jury note l'originalité, le message sécurité et le son.
""")
c(P, "internal", "en", "internal only, communications team", """
Internal only — comms team
Ambassador activity report, March
Activity is down in Villeurbanne; we suggest a small event in May.
""")
c(P, "internal", "en", "regional group: Geneva Copilotes only", """
Geneva Copilotes only
Meet-up at the lake, 14 June
We meet at the Bains des Pâquis at 6 pm.
""")
c(P, "internal", "en", "staff only, instructors, stray characters", """
STAFF ONLY — driving instructors   ¦¦
How to hand out ambassador vouchers
Vouchers are given at the end of the first lesson, never before.
""")
c(P, "confidential", "fr", "confidential, executive committee, l for I", """
CONFlDENTIEL — comité de direction
Fermeture de l'agence de Villeurbanne
Scénario présenté le 3 février ; décision attendue en mars.
""")
c(P, "confidential", "fr", "founding partners only", """
Réservé aux associés fondateurs
Répartition des dividendes 2026
Proposition : 40 % du résultat distribué.
""")
c(P, "confidential", "fr", "letters spaced out: strictement confidentiel", """
S T R I C T E M E N T   C O N F I D E N T I E L
Contrôle de la préfecture : rapport
Deux remarques sur les registres de l'agence de Vaise.
""")
c(P, "confidential", "fr", "fax, confidential, to the management board", """
TÃ©lÃ©copie 08/03/2027 P.01
Confidentiel — à l'attention du conseil de gérance
Litige avec un ancien moniteur : état de la procédure
""")
c(P, "confidential", "en", "confidential, management committee", """
Confidential — management committee only
Pricing for 2028
A 6 % increase on the driving licence package.
""")
c(P, "confidential", "en", "secret, founders", """
SECRET - founders only
Sale of the Geneva school
Two buyers have asked for the accounts.
""")
c(P, "none", "fr", "trap: 'voie publique' in a lesson plan", """
Fiche de progression — leçon 8
Circulation sur la voie pu-
blique en agglomération
Objectif : adapter sa vitesse et anticiper les piétons.
""")
c(P, "none", "fr", "trap: private lesson", """
Cours privÃ© de code : tarifs 2027
Une heure en tête-à-tête avec un moniteur : 45 €.
""")
c(P, "none", "fr", "trap: combustion interne", """
Mécanique de base : le moteur à combus-
tion interne
Support du cours théorique n° 4
Admission, compression, explosion, échappement.
""")
c(P, "none", "fr", "trap: track reserved for authorised vehicles", """
Plan d'accès au plateau de Bron
Piste réservée aux véhicules autorisés
Se garer sur le parking visiteurs et attendre le moniteur.
""")
c(P, "none", "fr", "scanner stamp, mojibake, no mark", """
NumÃ©risÃ© — Rive Conduite — p. 1/2
Livret d'apprentissage : mode d'emploi
Votre moniteur le remplit à chaque leçon ; gardez-le dans la voiture.
""")
c(P, "none", "fr", "dictated note, no mark", """
note dictée
rappeler madame petit pour l'examen du 12 virgule elle préfère le matin point
""")
c(P, "none", "en", "trap: public road", """
Pub1ic road test: what to expect
The examiner sits in the passenger seat and gives directions.
""")
c(P, "none", "en", "trap: reserved parking bays at the test centre", """
Reservcd bays at the test centre     [stamp: RECEIVED 12 MAR]
Please park in bays 1 to 6 only.
""")


NAMES = {
    "ambassadors": [
        "ambassadeur", "ambassadeurs", "Ambassadeur", "Ambassadeurs",
        "ambassadrice", "ambassadrices", "Ambassadrice", "Ambassadrices",
        "ambassador", "ambassadors", "Ambassador", "Ambassadors",
        # API
        "Butineurs", "Butineuses", "butineurs", "Butineur", "Butineuse",
        "l'Essaim", "Essaim",
        # DEM
        "Ambassadeurs Vasseur", "Vasseur Ambassadors", "Tribu Vasseur", "la Tribu", "Tribu", "Tribe",
        # THM
        "membres du Cercle", "Cercle members", "Cercle", "Cercle des Curistes",
        "curistes ambassadeurs", "Curiste Ambassadors",
        # AQZ
        "Insiders", "Insider", "Aquazur Insiders", "communauté Insiders",
        # CDR
        "Copilotes", "Copilote", "communauté Copilotes", "Copilotes community",
    ],
    "clients": [
        "Miellerie des Coteaux", "Les Butineurs", "programme Butineurs", "Butineurs programme",
        "Vasseur Déménagements", "Vasseur Moving", "Vasseur", "Ambassadeurs Vasseur",
        "Thermes de Valcourt", "Valcourt Spa", "Valcourt", "Cercle des Curistes",
        "Aquazur Piscines", "Aquazur", "Aquazur Insiders", "programme aquazur",
        "Rive Conduite", "Rive Conduite Genève", "Rive Conduite Geneve", "Les Copilotes",
    ],
}

ORDER = ["API", "DEM", "THM", "AQZ", "CDR"]


def main():
    rng = random.Random(613)
    out = []
    for prefix in ORDER:
        group = [x for x in CASES if x["prefix"] == prefix]
        rng.shuffle(group)
        for i, x in enumerate(group, 1):
            out.append({"id": f"{prefix}-{i:02d}", "head": x["head"], "level": x["level"],
                        "lang": x["lang"], "note": x["note"]})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
