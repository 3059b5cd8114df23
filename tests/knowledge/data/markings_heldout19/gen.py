#!/usr/bin/env python3
"""Rebuild cases.jsonl for markings_heldout19 (stdlib only, fixed seed).

Five invented organisations, 30 heads each (8 public, 8 internal, 6 confidential, 8 none).
Each case: (head, level, lang, note). Order inside an organisation is shuffled with a fixed seed.
"""
import json
import os
import random

SEED = 19
HERE = os.path.dirname(os.path.abspath(__file__))

P, I, C, N = "public", "internal", "confidential", "none"

ORGS = []

# ---------------------------------------------------------------------------
# MRV - Pressing Maréval: franchise network of ~140 dry-cleaning shops (mid-size, services).
# Program "Le Cercle Maréval"; ambassadors "Plieurs / Plieuses"; points "boutons";
# levels Épingle < Ourlet < Doublure < Haute-Couture.
ORGS.append(("MRV", [
    ("CERCLE MARÉVAL — pour tous les Plieurs et Plieuses\nProgramme des ateliers détachage – printemps 2026",
     P, "fr", "all ambassadors named by the program's own word (Plieurs), no word 'public'"),
    ("Diffusion : tous niveaux (Épingle → Haute-Couture)\nBarème des boutons 2026 v2",
     P, "fr", "tier range from lowest to highest = every ambassador"),
    ("Shareable w/ the whole Cercle community 👍\nHow to post your before/after photo review",
     P, "en", "'whole Cercle community' = all ambassadors, informal wording"),
    ("~~Usage interne~~ MAJ 14/01 : ok pour diffusion à tous les membres du Cercle\nFAQ parrainage Maréval",
     P, "fr", "struck-out old 'interne' marking corrected (MAJ) to all members; the correction wins"),
    ("Objet : Newsletter Plieurs #12\nÀ : plieurs-tous@cercle-mareval.fr\nBonjour à toutes et à tous !",
     P, "fr", "mailing list of all Plieurs as the readership"),
    ("Discord Cercle Maréval › #annonces (ouvert à tous les niveaux)\n@everyone les nouveaux goodies sont dispo dans la boutique à boutons",
     P, "fr", "ambassador Discord announcement channel open to all levels"),
    ("Not confidential — feel free to forward to any Plieur\nTips: caring for wool coats (guide v3)",
     P, "en", "negated 'confidential' + any ambassador may receive it"),
    ("Tout public · à afficher en boutique et à partager aux Plieurs\nAffiche « Semaine du lin »",
     P, "fr", "'tout public' (suitable for everyone) + shared with Plieurs"),

    ("À : tous les franchisés Maréval\nObjet : remontée des avis Google des Plieurs – procédure",
     I, "fr", "partner network audience (franchisees) the reader cannot enumerate; not ambassadors -> internal"),
    ("To: all store managers\nSubject: Cercle kit — where to put the Plieurs leaflet on the counter",
     I, "en", "job-title audience (store managers) -> internal, though the topic is the ambassadors"),
    ("Réservé aux Plieurs niveau Doublure et Haute-Couture\nAvant-première : nouveau service retouches express",
     I, "fr", "only the two top tiers -> some ambassadors -> internal"),
    ("Fiche de suivi Plieurs (scoring NPS, fréquence des demandes) — équipe animation uniquement, ne pas partager avec les membres du Cercle",
     I, "fr", "document ABOUT ambassadors, staff team only, explicit exclusion of ambassadors"),
    ("— pied de page remonté — Document interne Maréval · ne pas diffuser hors réseau —\nPlanning sollicitations T2",
     I, "fr", "footer moved to the top carries the marking"),
    ("Slack #cercle-cm\nheads up team: draft calendar for the autumn asks, pls don't paste in the Discord yet",
     I, "en", "staff Slack channel, explicitly not for the ambassador Discord"),
    ("Pour les Plieurs de la région Grand Est uniquement\nJournée portes ouvertes de l'atelier de Metz",
     I, "fr", "'Plieurs' (all-ambassador word) but restricted to one region -> internal"),
    ("Classificaton : Interne\nPropriétaire : Animation réseau\nGuide d'accueil des nouveaux gérants",
     I, "fr", "classification property with a typo ('Classificaton')"),

    ("DIFFUSION RESTREINTE — CODIR Maréval\nBudget Cercle 2027 et arbitrages remises",
     C, "fr", "diffusion restreinte + executive committee"),
    ("HR — strictly confidential\nRe: performance review, Cercle program manager",
     C, "en", "HR confidential"),
    ("Classification : Interne\nMAJ 02/03 : reclassé Confidentiel — direction + juridique seulement\nLitige franchisé Lyon-Part-Dieu / avis Plieurs",
     C, "fr", "old 'Interne' property corrected upward by MAJ; the later, stricter marking wins"),
    ("Confidentiel – à l'attention de Mme Ferrand et M. Obadia uniquement\nProjet de rachat de 12 boutiques",
     C, "fr", "named individuals only"),
    ("Pour tous les Plieurs : nouvelles récompenses 🎁\n(NB interne : ce brouillon contient les coûts unitaires → direction uniquement tant que non validé)",
     C, "fr", "all-ambassador title line but a note restricts THIS draft to direction; when in doubt show less"),
    ("Board eyes only - do not forward\nQ3 franchise churn & Cercle ROI",
     C, "en", "board only, informal"),

    ("Barème des boutons — comment sont calculés vos points\nVersion du 03/02/2026",
     N, "fr", "content written for ambassadors but no readership marking at all"),
    ("Compte rendu atelier JE – 12/02\nParticipants : Sonia (CM), 6 Plieurs (2 Épingle, 4 Ourlet), Karim (franchisé Nancy)",
     N, "fr", "attendee list with tiers and a franchisee: not a readership marking"),
    ("Export — active Plieurs list (Feb 2026)\nname; shop; level; boutons",
     N, "en", "personal data about ambassadors, yet no marking: do not invent one"),
    ("Étude : le public des pressings en centre-ville (18-35 ans)\nSynthèse des verbatims",
     N, "fr", "'public' as a noun (customer segment), not a marking"),
    ("Procédure détachage — taches de vin rouge sur soie\nRédigé par l'atelier central",
     N, "fr", "plain procedure, author line only"),
    ("Notes from NOUS workshop, raison d'être v0.3\n(draft, comments welcome)",
     N, "en", "'draft, comments welcome' says nothing about who may read"),
    ("Objet : Re: Re: commande cintres\nDe : logistique@mareval.fr\nDate : 19/01/2026",
     N, "fr", "email header without any recipient/audience line"),
    ("Politique de confidentialité du Cercle Maréval (RGPD)\nDernière mise à jour : janvier 2026",
     N, "fr", "'confidentialité' in a privacy-policy title, not a marking"),
]))

# ---------------------------------------------------------------------------
# TRL - Trellivo: scaffolding & access-equipment rental, ~3,800 staff, 60 depots (large, B2B industry).
# Program "Trellivo Hauteurs"; ambassadors "Compagnons (Trellivo)", in English "Riggers";
# points "colliers"; levels Tube < Collier < Plancher < Tour.
ORGS.append(("TRL", [
    ("Pour l'ensemble des Compagnons Trellivo\nCalendrier des démos chantier 2026 (Lyon, Nantes, Lille)",
     P, "fr", "all ambassadors, program's own name"),
    ("Audience: every Rigger, all levels\nSafety week — share your best site photo and earn 30 colliers",
     P, "en", "English name of the ambassadors (Riggers), all levels"),
    ("Niveaux concernés : Tube, Collier, Plancher, Tour\nNouveau barème colliers",
     P, "fr", "tier list that happens to list EVERY tier -> all ambassadors (compare the 'hors Tube' case)"),
    ("Ancien marquage (v1) : « Interne – ne pas diffuser »\nv2 du 10/02 : validé com, diffusable à tous les Compagnons\nGuide témoignage vidéo",
     P, "fr", "quoted old marking superseded by the v2 line"),
    ("#general — Trellivo Riggers Discord\n@everyone new referral form is live, link pinned",
     P, "en", "general channel of the ambassadors' Discord, @everyone"),
    ("Publié sur trellivo.com/actus et relayable par tous\nCommuniqué : Trellivo ouvre un dépôt à Rennes",
     P, "fr", "published on the website, anyone may relay: public without the word"),
    ("OK pour partager avec n'importe quel Compagnon — pas de restriction\nÉtude de cas : rénovation Halle 7",
     P, "fr", "'any Compagnon, no restriction'"),
    ("Doc grand public + Compagnons\nFiche : bien choisir son échafaudage roulant",
     P, "fr", "'grand public' = anyone, so every ambassador"),

    ("Destinataires : les commerciaux (toutes agences)\nArgumentaire : comment présenter le programme Compagnons à un client",
     I, "fr", "job-title audience (sales reps), 'toutes agences' is not 'all ambassadors'"),
    ("To: all depot managers; Cc: regional ops\nSubject: Riggers site visits — insurance & PPE checklist",
     I, "en", "job titles in To/Cc; topic is ambassadors but readers are staff"),
    ("Réservé niveau Tour\nInvitation : visite usine de galvanisation + dîner",
     I, "fr", "top tier only"),
    ("Niveaux Collier, Plancher et Tour (hors Tube)\nBêta appli de réservation",
     I, "fr", "tier list excluding the entry tier -> some ambassadors"),
    ("Note aux partenaires loueurs agréés\nConditions de co-marketing avec les Compagnons",
     I, "fr", "partner network (licensed rental partners) -> internal"),
    ("Staff only — not for Riggers\nRigger health dashboard: response delay, drop-off risk, over-solicitation flags",
     I, "en", "about ambassadors, explicitly not for them"),
    ("Diffusion : Compagnons de la zone Sud-Ouest\nRencontre chantier Bordeaux-Bastide",
     I, "fr", "one region of ambassadors"),
    ("Intranet Trellivo › Espace collaborateurs\nChiffres clés programme Compagnons T1",
     I, "fr", "staff intranet space as the location/readership"),

    ("CONFIDENTEL — Comité exécutif\nAcquisition Échafaudages Morvan : impact programme Compagnons",
     C, "fr", "typo 'CONFIDENTEL' + executive committee"),
    ("Legal privileged & confidential\nDraft settlement — fall incident, site visit 14/11",
     C, "en", "legal privilege"),
    ("Diffusion restreinte : DRH, DG\nPlan social dépôt de Valenciennes",
     C, "fr", "restricted to HR director and CEO"),
    ("Tier list: Tube, Collier, Plancher, Tour\n— CORRECTION: this file is NOT for tiers, restricted to exec committee (contains pricing floor)",
     C, "en", "complete tier list (looks public) corrected to exec committee only"),
    ("Strictement personnel — pour Julien Akar (DAF)\nRémunération variable des KAM liée aux recommandations Compagnons",
     C, "fr", "one named individual"),
    ("Pas interne : confidentiel (direction commerciale seulement)\nGrille de remises négociées grands comptes",
     C, "fr", "negated 'interne' means stricter, not public"),

    ("Fiche technique : échafaudage de façade type TR-70\nCharge admissible 200 kg/m²",
     N, "fr", "technical sheet, no marking"),
    ("Minutes — ACTION workshop 05/03\nAttendees: Nadia (CM), 3 Tour-level Riggers, 2 sales reps, Paul (depot mgr Lille)",
     N, "en", "attendee list with a tier and job titles, not a readership marking"),
    ("Appel d'offres public — Mairie de Tours\nLot 3 : échafaudages école Jules-Ferry",
     N, "fr", "'public' tender and 'Tours' (city, near the tier name Tour): no marking"),
    ("Inventaire dépôt de Lille — semaine 9\n1 240 tubes, 3 100 colliers",
     N, "fr", "tier/points words (tube, collier) used as equipment"),
    ("Riggers programme — Q1 KPIs (draft)\nActive: 212 · avg response delay 3.4 d",
     N, "en", "program KPIs about ambassadors, no marking"),
    ("Montage d'une cloison interne provisoire en tube-collier\nMode opératoire",
     N, "fr", "'interne' is physical (inner partition)"),
    ("Objet : TR: photos chantier Halle 7\nDe : n.roux@trellivo.com\nEnvoyé : lundi 2 mars 2026 08:14",
     N, "fr", "forwarded email, no audience"),
    ("Témoignage — M. Okafor, chef de chantier, Compagnon depuis 2023\n« On a monté la tour en une demi-journée… »",
     N, "fr", "testimonial by an ambassador; 'tour' as a scaffold tower; no marking"),
]))

# ---------------------------------------------------------------------------
# VTV - Atelier Vétiver: perfume-making workshop, 9 staff, Montpellier + online kits (micro business).
# Program "Les Nez de Vétiver"; ambassadors "Nez"; points "gouttes";
# levels Note de tête < Note de cœur < Note de fond.
ORGS.append(("VTV", [
    ("Pour toutes les Nez 🌸 (et tous les Nez !)\nProgramme des ateliers d'avril",
     P, "fr", "inclusive writing, all Nez"),
    ("Niveaux : note de tête, de cœur et de fond — bref, tout le monde\nConcours « Ton accord signature »",
     P, "fr", "all three tiers listed = everyone"),
    ("For every Nez, whatever your note\nHow to earn gouttes with an honest review",
     P, "en", "'whatever your note' = any tier"),
    ("MAJ : l'ancien bandeau « réservé note de fond » ne s'applique plus, ouvert à toutes les Nez\nPré-commande coffret été",
     P, "fr", "quoted old tier restriction lifted by MAJ"),
    ("Discord Les Nez › #bienvenue\nRelayez sans modération, c'est fait pour 😉\nVidéo : fabriquer sa bougie parfumée",
     P, "fr", "ambassador Discord welcome channel + 'share freely'"),
    ("Confidentiel ? non ! partagez avec toutes les Nez\nRecette de l'eau de linge maison",
     P, "fr", "the word 'Confidentiel' is negated"),
    ("Newsletter Les Nez — to all members\nMarch edition",
     P, "en", "newsletter to all members"),
    ("Document public — partage libre\nCharte des Nez (v2)",
     P, "fr", "explicit 'public'"),

    ("Pour les animatrices d'atelier seulement\nDéroulé type d'un atelier découverte + comment parler du programme Nez",
     I, "fr", "job-title audience (workshop hosts)"),
    ("À tous nos revendeurs partenaires (concept stores)\nPLV programme Nez et codes promo",
     I, "fr", "'à tous' but the audience is the reseller network, not the ambassadors"),
    ("Note de fond only ✨\nSneak peek: the autumn collection, before anyone else",
     I, "en", "top tier only"),
    ("Nez de cœur & de fond\nAtelier co-création « flacon 2027 » — inscriptions",
     I, "fr", "two of three tiers (excludes 'tête')"),
    ("interne équipe (on est 9, ne pas transférer aux Nez svp)\nTableau des sollicitations – qui a été relancée combien de fois",
     I, "fr", "tiny team, about the ambassadors, not for them"),
    ("Slack #team-vetiver\nquick one: gouttes conversion rate proposal, not final, keep it in here",
     I, "en", "staff Slack, 'keep it in here'"),
    ("Nez de Montpellier et alentours uniquement\nApéro-atelier au labo, jeudi 19h",
     I, "fr", "local subset of ambassadors"),
    ("Ne pas publier — équipe + stagiaires\nBrief shooting photo avec 3 Nez volontaires",
     I, "fr", "team + interns; three named-by-role ambassadors in the body are not the readership"),

    ("Confidentiel — Léa et Tom (fondateurs) seulement\nLevée de fonds : term sheet",
     C, "fr", "founders only"),
    ("Private & confidential — accountant + founders\nCash forecast 2026",
     C, "en", "a few people"),
    ("Diff. restreinte\nFormule exacte « Ambre Minuit » (secret de fabrication)",
     C, "fr", "abbreviated 'diffusion restreinte'"),
    ("Perso/confidentiel — pour Inès (RH externalisée)\nAvertissement disciplinaire animatrice",
     C, "fr", "HR, named individual"),
    ("« Pour toutes les Nez » ← NON, erreur de bandeau, ce doc reste entre Léa et Tom\nNégociation bail du labo",
     C, "fr", "quoted all-ambassador banner disowned; two named people"),
    ("Ne pas partager au-delà des deux fondateurs\nOffre d'un grand groupe cosmétique",
     C, "fr", "negation phrased as a limit: the two founders"),

    ("Atelier découverte — fiche matériel\n12 mouillettes, 3 bases, 1 balance 0,01 g",
     N, "fr", "material list, no marking"),
    ("Synthèse JE (brouillon, générée puis relue)\nParticipantes : 5 Nez (3 tête, 2 cœur), Léa\nConvergences : envie d'apprendre, reconnaissance",
     N, "fr", "attendee list with tiers, not a readership marking"),
    ("Note de fond : patchouli, vétiver, fève tonka\nNote de cœur : rose, iris",
     N, "fr", "tier names used as perfume notes: no marking at all"),
    ("Kit review by Camille — 5 stars\n\"the cœur notes were lovely\"",
     N, "en", "customer review, no marking"),
    ("Gouttes gagnées par type de contribution (proposition v0)\navis en ligne 20 · vidéo 80 · parrainage 150",
     N, "fr", "points grid draft, no marking"),
    ("Sujet : Re: ta commande #4471\nMerci pour ton retour, on renvoie le flacon cassé lundi",
     N, "fr", "customer email, no audience"),
    ("Étude de marché : le public des ateliers DIY en Occitanie\nSource : enquête 2025",
     N, "fr", "'public' = customer segment"),
    ("Compte rendu réunion d'équipe du 03/03\nPrésents : Léa, Tom, Inès, Maëlle",
     N, "fr", "attendees are named people (incl. founders) but this is not a readership marking"),
]))

# ---------------------------------------------------------------------------
# LMB - Cars Lumbre: regional coach & school-bus operator under public-service contract, ~900 staff.
# Program "Copilotes Lumbre"; ambassadors "Copilotes"; points "km";
# levels Strapontin < Fenêtre < Première rangée < Cabine.
ORGS.append(("LMB", [
    ("À l'attention de l'ensembe des Copilotes\nNouveaux horaires ligne 14 — dites-nous ce qui coince",
     P, "fr", "typo 'ensembe', all Copilotes"),
    ("Diffusion : tous les Copilotes, du Strapontin à la Cabine\nRèglement du programme 2026",
     P, "fr", "range from lowest to highest tier = all"),
    ("For all Copilotes — pass it on 🚌\nSurvey: which stop needs a shelter?",
     P, "en", "all ambassadors + share on"),
    ("Cette note n'est PAS réservée à la Cabine : tous les Copilotes peuvent la lire\nBilan des signalements 2025",
     P, "fr", "negated tier restriction"),
    ("Affichage à bord + Discord Copilotes #général\nConcours photo « Ma ligne en automne »",
     P, "fr", "posted on board (anyone) and in the ambassadors' general channel"),
    ("Classification: Open — all programme members\nCopilotes quarterly recap",
     P, "en", "'Open' classification, no word 'public'"),
    ("Doc pour tout le monde (salariés ET Copilotes)\nFAQ : comment gagner des km",
     P, "fr", "staff and ambassadors explicitly"),
    ("Classification : Public\nFiche ligne scolaire S3",
     P, "fr", "explicit Public property"),

    ("À : tous les conducteurs\nObjet : comment répondre quand un Copilote signale un retard",
     I, "fr", "job-title audience (drivers)"),
    ("Pour les agents de ligne et contrôleurs\nProcédure : Copilote qui filme à bord",
     I, "fr", "job titles"),
    ("Cabine tier only\nInvite: ride-along with the network planning team",
     I, "en", "top tier only"),
    ("Copilotes Fenêtre, Première rangée, Cabine\nTest du nouveau billet sur mobile",
     I, "fr", "three of four tiers (Strapontin missing) -> some ambassadors"),
    ("Copilotes du secteur Vallée de l'Allier uniquement\nRéunion publique de concertation ligne 22",
     I, "fr", "'réunion publique' in the title, but readership is one sector"),
    ("Internal — do not forward to Copilotes\nWhy 30% of Copilotes stopped answering asks (analysis)",
     I, "en", "about ambassadors, not for them"),
    ("[Slack #copilotes-animation]\nle fichier de relances est là, pas pour le Discord hein",
     I, "fr", "staff Slack, not for the ambassadors' Discord"),
    ("Usage interne Cars Lumbre\nCompte rendu comité lignes (exploitation)",
     I, "fr", "usage interne"),

    ("Confidentiel Direction\nRenouvellement de la DSP : stratégie de réponse",
     C, "fr", "direction"),
    ("DIFFUSION RESTREINTE\nListe nominative : signalements contre conducteurs (enquête RH)",
     C, "fr", "diffusion restreinte"),
    ("Strictly confidential — CEO, CFO, legal counsel\nPenalties claimed by the transport authority",
     C, "en", "a few named roles"),
    ("Classification : Public\nCORRECTIF du 08/03 : document reclassé Confidentiel (RH) suite à erreur\nAccord NAO 2026",
     C, "fr", "Public property corrected to Confidentiel; stricter later marking wins"),
    ("Pour Mme Ribeiro (DRH) et M. Cassan uniquement\nDossier accident car 412",
     C, "fr", "named individuals, no word 'confidentiel'"),
    ("Board pack — confidential, numbered copies\nFleet electrification capex",
     C, "en", "board"),

    ("Horaires ligne 14 — valables du 06/04 au 04/07\nDépart Gare routière 6h42",
     N, "fr", "timetable that feels public but carries no marking"),
    ("Atelier NOUS — raison d'être (proposition)\nPrésents : 2 Copilotes Cabine, 1 Strapontin, Marc (CM), Élodie (exploitation)",
     N, "fr", "attendee list with tiers"),
    ("Public transport in rural areas — rider study 2025\nKey verbatims",
     N, "en", "'public transport', not a marking"),
    ("Places en cabine et strapontins : règles de sécurité à bord\nArrêté du 2 juillet 1982",
     N, "fr", "tier names (Cabine, Strapontin) as bus parts"),
    ("Km cumulés par Copilote — extraction 01/03\nid ; niveau ; km ; dernière contribution",
     N, "fr", "data about ambassadors, no marking"),
    ("Re: lost property — blue backpack, line 9\nSent: Tue 10 Mar 2026",
     N, "en", "email, no audience"),
    ("Mode d'emploi : rampe d'accès PMR, car Iveco Crossway\nÉtape 1 : couper le moteur",
     N, "fr", "plain manual"),
    ("Témoignage de Josiane, Copilote depuis 2024\n« Le chauffeur du 7h10 connaît tout le monde »",
     N, "fr", "'tout le monde' inside a quote, not a readership"),
]))

# ---------------------------------------------------------------------------
# HLV - Halvorsen Hearing: hearing-care clinic chain, ~120 clinics UK/IE + Belgium/Lille (healthcare).
# Program "Echo Circle"; ambassadors "Echoes / Echo members", in French "Échos"; points "dB";
# levels Whisper < Voice < Chorus.
ORGS.append(("HLV", [
    ("For every Echo — Whisper, Voice and Chorus alike\nSpring hearing-check drive: how to invite a friend",
     P, "en", "all three tiers"),
    ("Whisper and above\nNew: earn dB for app-store reviews",
     P, "en", "'Whisper and above' where Whisper is the entry tier = everyone (compare 'Voice and Chorus')"),
    ("Pour tous les Échos (cliniques de Bruxelles et Lille comprises)\nGuide : entretenir ses aides auditives",
     P, "fr", "places mentioned inclusively ('comprises'), not as a restriction"),
    ("Nothing sensitive here, forward freely to fellow Echoes\nQuarterly Echo Circle digest",
     P, "en", "forward freely to ambassadors"),
    ("From: Echo Circle team\nTo: all-echoes@halvorsen-hearing.co.uk\nSubject: your dB balance is now visible in the app",
     P, "en", "all-ambassadors mailing list"),
    ("Previously marked \"Internal draft\" — UPDATE 2 Mar: approved for the whole Echo Circle\nVideo testimonial tips",
     P, "en", "quoted old marking updated"),
    ("Diffusion : ensemble du programme Echo Circle\nCalendrier des cafés-écoute 2026",
     P, "fr", "whole programme"),
    ("PUBLIC\nPress release: Halvorsen opens 10 new clinics",
     P, "en", "explicit banner"),

    ("To: all audiologists\nRe: how to spot a potential Echo during fitting follow-ups",
     I, "en", "job-title audience"),
    ("Clinic leads only\nEcho referral tracking — monthly reconciliation",
     I, "en", "job title + 'only'"),
    ("Membres Chorus uniquement\nInvitation : session produit avec l'équipe R&D",
     I, "fr", "top tier only"),
    ("Voice and Chorus tiers\nEarly access: rechargeable model beta",
     I, "en", "excludes the entry tier Whisper"),
    ("Échos de Belgique uniquement\nRencontre à Liège le 24 avril",
     I, "fr", "one country's ambassadors"),
    ("Staff-only: about our Echoes, not for them\nWho is over-solicited? Load per Echo, last 90 days",
     I, "en", "about ambassadors, staff only"),
    ("À tout le réseau des partenaires ORL\nPrésentation du programme Echo Circle aux prescripteurs",
     I, "fr", "partner network (ENT doctors)"),
    ("Internal use — Halvorsen colleagues\nTraining deck: collecting written testimonials & consent",
     I, "en", "staff"),

    ("CONFIDENTIAL — Executive team\nMerger talks: impact on Echo Circle benefits",
     C, "en", "executive team"),
    ("Restricted distribution: Data Protection Officer + Legal\nIncident report: Echo contact list sent to wrong recipient",
     C, "en", "restricted distribution, DPO + legal"),
    ("Strictement confidentiel — Direction médicale\nRéclamation patient, clinique de Namur",
     C, "fr", "medical direction"),
    ("HR confidential — named recipients: P. Nwosu, H. Brandt\nGrievance: clinic lead, Leeds",
     C, "en", "HR, named individuals"),
    ("\"All Echoes\" header was a mistake — CORRECTED: leadership team only\nPricing changes 2027",
     C, "en", "quoted all-ambassador header retracted"),
    ("Ne pas transmettre hors CODIR\nPlan de fermeture de 4 cliniques",
     C, "fr", "negation = limit to executive committee"),

    ("Whisper-quiet: the new X9 receiver\nProduct sheet, v1.2",
     N, "en", "tier name 'Whisper' as product adjective"),
    ("Focus group notes — 14 Feb\nAttendees: 4 Echoes (2 Voice, 2 Chorus), Amira (CM), Dr Ellis",
     N, "en", "attendee list with tiers"),
    ("Chorus effect in multi-speaker environments — literature review\nDraft 2",
     N, "en", "tier name 'Chorus' as acoustics term"),
    ("Relevé dB par Écho — export mars\nnom ; clinique ; niveau ; dB",
     N, "fr", "ambassador data, no marking"),
    ("Tinnitus: what helps? Patient leaflet draft\nAuthor: audiology dept",
     N, "en", "author line names a department: authorship, not readership"),
    ("Objet : RE: rendez-vous contrôle\nDe : accueil-lille@halvorsen.fr\nBonjour, nous confirmons votre rendez-vous",
     N, "fr", "email, no audience"),
    ("Echo Circle — KPI snapshot Feb 2026\nActive Echoes 1,204 · NPS 61 · promotion rate 8%",
     N, "en", "KPIs, no marking"),
    ("Confidentialité des données de santé : ce que nous collectons et pourquoi\nVersion 3",
     N, "fr", "'Confidentialité' in a privacy-notice title"),
]))


def main():
    rng = random.Random(SEED)
    out = []
    for pfx, cases in ORGS:
        cases = list(cases)
        rng.shuffle(cases)
        for n, (head, level, lang, note) in enumerate(cases, 1):
            out.append({"id": f"{pfx}-{n:02d}", "head": head, "level": level, "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases")


if __name__ == "__main__":
    main()
