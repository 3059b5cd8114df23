#!/usr/bin/env python3
"""Deterministic generator for the markings_heldout39 set.

Writes cases.jsonl and names.json next to this file (or into the directory
given as the first argument). Running it twice gives the same bytes.
"""
import json
import os
import random
import sys

P, I, C, N = "public", "internal", "confidential", "none"

# (level, lang, head, note) per organisation, grouped by level only here;
# the order is shuffled deterministically before ids are given.
ORGS = {}

# ---------------------------------------------------------------- ANC
# Mutuelle Ancolie, mutual health insurer. Program "Cercle Ancolie",
# all ambassadors = "Passeurs"; tiers Bouton / Fleur / Bouquet.
ORGS["ANC"] = [
    (P, "fr", "# Guide du Passeur 2027\n*Document destiné à l'ensemble des Passeurs du Cercle Ancolie — à garder sous la main.*\n\nBienvenue ! Ce guide reprend les règles du programme, le barème de points et les avantages par palier.",
     "addressed to all Passeurs = all ambassadors"),
    (P, "fr", "Mutuelle Ancolie — Communiqué de presse\nLyon, le 14 janvier 2027\nLa Mutuelle Ancolie lance le Cercle Ancolie, un programme qui associe ses adhérents les plus engagés à la vie de la mutuelle.",
     "press release is a public statement"),
    (P, "fr", "FICHE PRATIQUE N°7 — COMPRENDRE SON DÉCOMPTE DE SOINS\nMutuelle Ancolie · Cercle Ancolie\nCe document est placé sous licence Creative Commons CC BY 4.0. Vous pouvez le reproduire et\nle partager librement en citant la source.\n1/2",
     "CC BY 4.0 licence, free to share (PDF text)"),
    (P, "fr", "---\ntitre: Kit de bienvenue Passeurs\naudience: tous les Passeurs (Bouton, Fleur, Bouquet)\nmaj: 2027-02-03\n---",
     "front matter lists every tier = all ambassadors"),
    (P, "en", "Ancolie Mutual — Member Ambassador Programme (English summary)\nFree to share: this summary may be forwarded to anyone interested in joining the Cercle Ancolie.\nLast updated: March 2027",
     "free to share with anyone"),
    (P, "fr", "De : Animation Cercle Ancolie <cercle@ancolie-mutuelle.fr>\nÀ : Passeurs (liste complète)\nObjet : Votre newsletter du Cercle — avril\n\nBonjour à toutes et à tous, ce mois-ci on parle prévention solaire et du nouveau défi parrainage.",
     "email to the complete Passeurs list = all ambassadors"),
    (P, "fr", "Infographie « 10 gestes pour bien utiliser le tiers payant »\nVisuel libre de droits — à relayer sur vos réseaux, sans modification du logo.",
     "libre de droits, to be relayed publicly"),
    (P, "fr", "## Questions fréquentes des Passeurs\n> Peut être partagé avec la communauté et avec vos proches.\n\nQ1. Combien de points rapporte un parrainage abouti ?",
     "may be shared with the community and beyond"),

    (I, "fr", "# Procédure de validation des parrainages\n**Réservé au pôle RC** — ne pas transmettre aux Passeurs.\n\nÉtape 1 : vérifier l'adhésion effective du filleul dans Gestium.",
     "pôle RC = member-relations staff team"),
    (I, "fr", "NOTE D'INFORMATION — POUR LE CSE\nObjet : projet de prime d'animation pour les collaborateurs référents du Cercle Ancolie\nDate : 22/02/2027",
     "for the CSE = employee representatives (staff)"),
    (I, "fr", "À l'usage du GT Parrainage\nSéance n°3 — refonte du barème filleuls\nParticipants : 6 Passeurs volontaires, pôle RC, marketing",
     "GT Parrainage = working group, a subgroup"),
    (I, "fr", "### Atelier JE — palier Bouquet uniquement\n_Ce support est réservé aux Passeurs Bouquet invités à l'atelier du 9 mai._\nDéroulé : tour de table, besoins, irritants.",
     "one tier (Bouquet) only"),
    (I, "en", "Ancolie Mutual — Call centre script (English-speaking members)\nFor the plateau team only. Do not paste into member emails.\nv2.1",
     "the plateau = call-centre staff"),
    (I, "fr", "Cercle Ancolie — Délégation Auvergne-Rhône-Alpes\nDocument transmis aux Passeurs de la délégation AURA uniquement\nRencontre régionale du 17 juin — programme et covoiturage\nPage 1 sur 3",
     "one region's Passeurs only"),
    (I, "fr", "De : Sophie Garnier (pôle RC)\nÀ : equipe-relation-adherents@ancolie-mutuelle.fr\nObjet : [Diffusion interne] Relances Passeurs inactifs — liste T2\n\nBonjour l'équipe,",
     "[Diffusion interne] tag, staff list"),
    (I, "fr", "Confidentiel — Passeurs Fleur et Bouquet\nPréversion de l'appli Ancolie+ : captures et questionnaire de test\nMerci de ne pas publier de captures avant le 1er septembre.",
     "confidentiel but addressed to two tiers of ambassadors"),

    (C, "fr", "Diffusion N-1 et plus\nRevue budgétaire du Cercle Ancolie — scénarios 2028\nPréparée par la direction marketing & adhérents",
     "N-1 et plus = DG and her direct reports (leadership)"),
    (C, "fr", "**Réservé aux membres du Bureau du CA**\n# Dossier de séance — point 4 : coût d'acquisition par parrainage vs. canal courtier",
     "Bureau du conseil d'administration = leadership body"),
    (C, "en", "STRICTLY CONFIDENTIAL\nAncolie Mutual — options for the programme after the merger talks with Mutuelle Ombelle\nDraft 0.3 — 02/04/2027",
     "plain strictly confidential, no audience"),
    (C, "fr", "CODIR — document de travail, ne pas diffuser au-delà des membres du CODIR\nIndicateurs de santé du programme : rétention des Passeurs, délai moyen de réponse aux sollicitations",
     "CODIR members only"),
    (C, "fr", "MUTUELLE ANCOLIE\nConseil d'administration du 28 mars 2027\nDocument confidentiel réservé aux administrateurs\nPoint 6 — Avenant à la convention avec le prestataire de récompenses\n— 1 —",
     "board members (administrateurs) only"),
    (C, "en", "From: Directrice générale\nTo: CODIR Ancolie\nSubject: For CODIR eyes only — ambassador incident in the Drôme agency\n\nDear all, before Monday's meeting, a short account of what happened.",
     "for CODIR eyes only"),

    (N, "fr", "# CR CODIR du 4 novembre\nPrésents : DG, DAF, DRH, Dir. marketing & adhérents\n1. KPI Cercle Ancolie T3\n2. Budget récompenses",
     "minutes of a leadership meeting, but no audience mark"),
    (N, "fr", "Baromètre NPS adhérents — vague 12\nSource : enquête Ipsos, 1 204 répondants\nPilotage : pôle RC / équipe Études",
     "pôle RC is the owner, not an audience"),
    (N, "en", "Cercle Ancolie — Q3 activity report\nPrepared by: GT Parrainage facilitator\nPeriod: July–September 2027\n1. Highlights",
     "GT named as author only"),
    (N, "fr", "---\ntitle: Barème des points Bouton / Fleur / Bouquet\nauteur: L. Perrin\nversion: 4\nstatut: validé\n---",
     "tier names are the topic; no audience field"),
    (N, "fr", "Ordre du jour — réunion plénière du CSE, 12 mai\n1. Approbation du PV précédent\n2. Point sur le Cercle Ancolie (temps passé par les collaborateurs référents)",
     "CSE meeting agenda, no distribution mark"),
    (N, "fr", "Mutuelle Ancolie – Rapport annuel de gestion 2026\nChapitre 3 : la relation adhérents\n3.1 Le plateau téléphonique a traité 412 000 appels (+6 %).\n12",
     "annual report page, unmarked"),
    (N, "en", "Meeting notes – Bouquet tier kick-off (call)\n3 June 2027 · 45 min\nAttendees: 7 Bouquet Passeurs, Camille (CM)\nActions: draft a testimonial calendar",
     "attendees listed, not a readership"),
    (N, "fr", "Objet : RE: dates ateliers NOUS/JE/ACTION\nDate : mar. 8 juin 2027 09:12\n\nOk pour le 24, je bloque la salle Capucine au siège.",
     "email reply with no audience mark"),
]

# ---------------------------------------------------------------- TLY
# Tallybird, payroll & HR SaaS for small employers (writes English first).
# Program "the Flock"; all ambassadors = "Songbirds"; tiers Wren / Kestrel / Albatross.
ORGS["TLY"] = [
    (P, "en", "# The Songbird Handbook\n_For every Songbird in the Flock — share it, quote it, print it._\n\nVersion 3 · January 2027",
     "every Songbird = all ambassadors"),
    (P, "en", "Tallybird — Press release\nFOR IMMEDIATE RELEASE\nLondon, 2 March 2027 — Tallybird passes 20,000 small employers on its payroll platform.",
     "press release for immediate release"),
    (P, "en", "Payroll Year-End Checklist for Small Employers\n© 2027 Tallybird Ltd. Licensed under CC BY-SA 4.0\nYou are free to share and adapt this checklist.\n— page 1 of 6 —",
     "CC BY-SA licence (PDF text)"),
    (P, "en", "Slide deck: 'How we run payroll in 20 minutes' (customer story, Harbour & Vine Cafés)\nCleared for external use — Legal & Brand, 11/05/2027\nSpeaker notes included.",
     "cleared for external use"),
    (P, "en", "From: Flock HQ <flock@tallybird.io>\nTo: All Songbirds\nSubject: Your April Flock digest 🐦\n\nHi there, three new asks landed this month, and one of them needs a video.",
     "email to all Songbirds"),
    (P, "fr", "Tallybird France — Communiqué\nParis, le 15 avril 2027\nTallybird ouvre son bureau lyonnais et annonce la version française de son programme d'ambassadeurs.",
     "communiqué = public statement"),
    (P, "en", "---\ntitle: Flock FAQ\nvisibility: whole Flock (Wren, Kestrel, Albatross)\nowner: community-team\n---",
     "whole Flock, every tier"),
    (P, "fr", "Modèle de témoignage client — libre de réutilisation\nVous pouvez copier ce modèle, le traduire et le diffuser sans nous demander l'autorisation.",
     "free reuse and distribution"),

    (I, "en", "Tallies only — not for customers or Songbirds\nRevOps playbook: routing Songbird referrals into the CRM\nOwner: RevOps · Last reviewed 03/2027",
     "Tallies = Tallybird employees"),
    (I, "en", "## CAB session pack — May 2027\n**For Customer Advisory Board members only (12 Songbirds under NDA).**\nAgenda: roadmap H2, pricing feedback",
     "CAB = 12 ambassadors, a subgroup"),
    (I, "en", "Beta Nest — early access notes\nShared with the Beta Nest pilot group only. Please don't post screenshots in the wider Flock channels.\nBuild 7.4.0-rc2",
     "Beta Nest pilot group only"),
    (I, "en", "From: Priya N. (CS pod lead)\nTo: cs-pod@tallybird.io\nSubject: Internal — Songbirds at churn risk this quarter\n\nTeam, attached is the list we pulled from the health score.",
     "internal, CS pod staff list"),
    (I, "en", "TALLYBIRD\nAlbatross tier — annual retreat 2027\nThis brochure is for Albatross-level Songbirds and their +1 only\n1 / 8",
     "one tier (Albatross) only"),
    (I, "fr", "Usage interne — équipe Lyon\nFiche réflexe : répondre à un Songbird qui signale une erreur de bulletin\nDernière mise à jour : 12/06/2027",
     "usage interne, staff team"),
    (I, "en", "#all-hands pre-read\nInternal. Please keep within the company — not to be forwarded to partners, customers or the Flock.\nQ2 in numbers: 1,340 new employers",
     "keep within the company"),
    (I, "fr", "# Cohortes DACH + France — atelier JE\n> Réservé aux Songbirds des cohortes DACH et France inscrits à l'atelier du 3 juillet.\n\nPréparez vos réponses aux trois questions ci-dessous.",
     "two cohorts of ambassadors, registered ones only"),

    (C, "en", "For the ELT\nFlock programme: cost per referred employer vs. paid search, FY27 forecast\nDraft — comments by Friday",
     "ELT = executive leadership team"),
    (C, "en", "# Board pack — Item 5: ambassador rewards liability\n**CONFIDENTIAL — Board members and company secretary only**",
     "board only"),
    (C, "en", "ELT & Founders only — do not forward\nAcquisition approach from Paystream: implications for the Flock\n14 Oct 2027",
     "ELT and founders = leadership"),
    (C, "en", "Strictly confidential\nCompensation bands for the new Community team (Lyon + London)\nPrepared by People Ops",
     "plain strictly confidential"),
    (C, "fr", "COMEX only — ne pas transférer\nRevue des incidents de données concernant des Songbirds (T3)",
     "COMEX = the French team's word for the ELT"),
    (C, "en", "From: CEO office\nTo: elt@tallybird.io\nSubject: ELT eyes only: restructuring scenario and what we tell the Flock\n\nAll, ahead of Thursday:",
     "ELT eyes only"),

    (N, "en", "ELT offsite — notes, day 2\nFacilitator: J. Okafor\nTopics: pricing, Flock renewal, hiring plan",
     "ELT meeting notes without a readership mark"),
    (N, "en", "# Flock metrics — weekly\n| week | active Songbirds | asks filled | median response delay |\n|---|---|---|---|",
     "metrics table, no audience"),
    (N, "en", "---\ntitle: Kestrel → Albatross promotion criteria\nauthor: community-team\nupdated: 2027-05-19\ntags: [tiers, points]\n---",
     "tiers are the subject, not the audience"),
    (N, "en", "CAB retro — what went well, what didn't\nWritten up by the CS pod after the May session\nGood: attendance (11/12)",
     "CAB and CS pod as topic and author"),
    (N, "en", "Tallybird Ltd\nAnnual Report and Financial Statements 2026\nCompany number 10493827\nStrategic report\n3",
     "annual report page, unmarked"),
    (N, "fr", "Compte rendu — point hebdo RevOps / CS pod\n18 juin 2027\nPrésents : Marc, Priya, Inès\n1. Doublons de parrainages dans le CRM",
     "attendees, not audience"),
    (N, "en", "Subject: Re: Beta Nest invites — wave 2\nDate: Tue, 6 Jul 2027 16:40 +0100\n\nSounds good, I'll send the calendar holds tomorrow.",
     "email reply, no mark"),
    (N, "en", "Songbird spotlight drafts (v0)\n1. Harbour & Vine Cafés — payroll in 20 minutes\n2. Fenwick Joinery — first hire, first payslip",
     "draft list, no mark"),
]

# ---------------------------------------------------------------- USG
# Union Sportive Garonne, professional rugby club.
# Program "Les Piliers"; all ambassadors = "Piliers"; tiers Espoir / Titulaire / Capitaine.
ORGS["USG"] = [
    (P, "fr", "COMMUNIQUÉ OFFICIEL — UNION SPORTIVE GARONNE\nToulouse, le 3 septembre 2027\nLe club lance « Les Piliers », son programme d'ambassadeurs supporters.",
     "official communiqué"),
    (P, "fr", "# Charte des Piliers\n*À l'attention de tous les Piliers, quel que soit votre palier.*\n\nÊtre Pilier, c'est porter les couleurs de l'USG avec respect.",
     "all Piliers whatever their tier"),
    (P, "fr", "Photos officielles USG – J5 contre Bayonne\nLibres de droits pour un usage non commercial, crédit « USG / M. Lacoste » obligatoire.\n42 fichiers",
     "libres de droits (non-commercial)"),
    (P, "en", "USG — Matchday guide for visiting fans (English)\nReproduction authorised — feel free to share with your supporters' club.\nSeason 2027-28",
     "reproduction authorised"),
    (P, "fr", "De : L'équipe Piliers <piliers@usgaronne.fr>\nÀ : Tous les Piliers\nObjet : Déplacement à Pau : on compte sur vous !\n\nSalut les Piliers,",
     "email to all Piliers"),
    (P, "fr", "CALENDRIER SAISON 2027-2028\nUnion Sportive Garonne — Document public\nMatchs à domicile au stade du Ramier-Bas\n— 1/2 —",
     "document public (PDF text)"),
    (P, "en", "## Piliers programme – quick guide for new members\nOpen to all Piliers and to anyone thinking of joining. Share freely.\n",
     "share freely"),
    (P, "fr", "Règlement du jeu-concours « Ton maillot dédicacé »\nReproduction et diffusion autorisées.\nArticle 1 — Organisateur : SASP Union Sportive Garonne",
     "reproduction et diffusion autorisées"),

    (I, "fr", "Réservé aux Capitaines de tribune\nBrief sécurité — derby du 14 décembre\nPoints de rendez-vous, consignes tifo, contact PC sécurité",
     "Capitaines de tribune = a role among Piliers"),
    (I, "fr", "# Process billetterie — places ambassadeurs\n> Usage interne pôle billetterie. Ne pas transmettre aux Piliers.\n",
     "ticketing staff only"),
    (I, "en", "Piliers — Club Affaires group\nFor the partner-company Piliers only (Club Affaires network)\nNetworking breakfast, 9 Oct, salon Ovalie",
     "Club Affaires Piliers = a subgroup"),
    (I, "fr", "De : cellule com'\nÀ : salaries@usgaronne.fr\nObjet : [INTERNE] Éléments de langage après la défaite à domicile\n\nBonjour à tous,",
     "[INTERNE], to club employees"),
    (I, "fr", "PILIERS – PALIER CAPITAINE\nInvitation à l'entraînement à huis clos du 22 octobre\nDocument nominatif, réservé aux Piliers Capitaine\n1",
     "one tier (Capitaine) only"),
    (I, "en", "Internal only — USG staff\nTemplate answers for Piliers' questions on the new season-ticket app\nDo not post in the Discord.",
     "internal only, staff"),
    (I, "fr", "## Groupe Jeunes (-18 ans)\n**Diffusion limitée aux Piliers du groupe Jeunes et à leurs parents.**\nSortie au centre de formation, autorisation parentale jointe.",
     "under-18 group and parents"),
    (I, "fr", "Tribune Nord — Piliers de la tribune uniquement\nConfidentiel : préparation du tifo du centenaire, ne rien publier avant le match.",
     "confidentiel, but for one stand's Piliers"),

    (C, "fr", "À l'usage exclusif du Directoire\nNote : budget du programme Piliers et impact sur les abonnements 2028\nV2 — 30/09/2027",
     "Directoire = executive board"),
    (C, "fr", "# Conseil de surveillance — séance du 18 novembre\n**Document confidentiel — membres du conseil uniquement**\nPoint 3 : prolongation du contrat du manager général",
     "supervisory board members only"),
    (C, "en", "CONFIDENTIAL\nUSG — preliminary talks with a naming-rights sponsor for the Ramier-Bas stadium\nDo not circulate.",
     "plain confidential"),
    (C, "fr", "Strictement confidentiel\nDossier disciplinaire — comportement d'un Pilier lors du déplacement à Castres",
     "strictement confidentiel, no audience"),
    (C, "en", "From: Président du Directoire\nTo: Directoire members\nSubject: Directoire only — supporter incident and our position with the league\n\nColleagues,",
     "Directoire only"),
    (C, "fr", "CODIR USG — ne pas diffuser hors CODIR\nArbitrages : gratuité des places Piliers Capitaine en phase finale",
     "CODIR only; the tier is the topic"),

    (N, "fr", "Compte rendu du Directoire — 2 octobre 2027\nPrésents : président, DG délégué, directeur sportif\nOrdre du jour : 1. Bilan Piliers mois 1",
     "leadership minutes, no readership mark"),
    (N, "fr", "# Bilan J1–J6 Piliers\n- 214 Piliers actifs\n- 37 Capitaines de tribune nommés\n- délai moyen de réponse aux sollicitations : 31 h",
     "figures only"),
    (N, "en", "Post-match notes — USG v Bayonne, round 5\nAttendance 13,802 · Piliers on the concourse: 26\nWhat worked: the welcome desk",
     "notes, no mark"),
    (N, "fr", "Tifo Tribune Nord — liste du matériel\n– 1 200 feuilles rouges, 800 noires\n– bâche 40 × 12 m",
     "stand named as topic"),
    (N, "fr", "---\nlayout: page\ntitle: \"Historique du club 1903-2027\"\npermalink: /piliers/histoire/\n---",
     "front matter without visibility"),
    (N, "fr", "Liste des plans à tourner — témoignages vidéo Piliers\nLieu : Ramier-Bas, porte 4\nÉquipe : cellule com' (2), 3 Piliers Capitaine",
     "crew list, not audience"),
    (N, "fr", "Objet : Tr: réunion pôle billetterie / Club Affaires\nDate : 12/09/2027 11:03\n\n---------- Message transféré ----------\nOn se cale jeudi pour les places partenaires ?",
     "forwarded email, no mark"),
    (N, "fr", "UNION SPORTIVE GARONNE — SASP au capital de 1 500 000 €\nProcès-verbal de l'assemblée générale ordinaire\n— 3 —",
     "legal minutes page, unmarked"),
]

# ---------------------------------------------------------------- CBO
# Le Courrier du Bocage, regional daily newspaper (plus an English weekly).
# Program "Club des Lecteurs"; all ambassadors = "Vigies"; tier "Vigies Plume".
ORGS["CBO"] = [
    (P, "fr", "Dossier de presse — Le Club des Lecteurs\nContact presse : service communication, 02 33 00 00 00\nTextes et visuels librement reproductibles par les médias.",
     "press kit, freely reproducible"),
    (P, "fr", "# Le petit guide de la Vigie\n_Pour toutes les Vigies du Club des Lecteurs._\n\nSignaler une coquille, proposer un sujet, parrainer un abonné : mode d'emploi.",
     "all Vigies = all ambassadors"),
    (P, "fr", "Données de diffusion 2026 par commune (CSV)\nJeu de données publié en open data sous Licence Ouverte / Etalab 2.0\nMise à jour annuelle",
     "open data licence"),
    (P, "en", "Bocage Weekly — English edition\nReproduction permitted with credit to Le Courrier du Bocage.\nIssue 112 · What's on in the Pays d'Auge this summer",
     "reproduction permitted"),
    (P, "fr", "LE COURRIER DU BOCAGE\nSupplément « 100 ans de la foire de Lessay »\nTextes sous licence CC BY-NC 4.0 — photos © Courrier du Bocage\n2",
     "texts under CC BY-NC (PDF text)"),
    (P, "fr", "De : Club des Lecteurs <club@courrierdubocage.fr>\nÀ : Vigies <vigies@liste.courrierdubocage.fr>\nObjet : La lettre des Vigies n°9\n\nChères Vigies, chers Vigies,",
     "email to the Vigies list = all ambassadors"),
    (P, "fr", "Tribune libre — appel à contributions\nTexte à afficher en mairie et à partager autour de vous : tout lecteur peut proposer un témoignage.",
     "to post in town halls and share"),
    (P, "en", "Reader ambassadors: how the Club des Lecteurs works\nCleared for external use (marketing, 05/2027)\nOne page, two minutes.",
     "cleared for external use"),

    (I, "fr", "Note de la rédac' en chef — à l'attention des journalistes et du SR\nTraitement des propositions de sujets envoyées par les Vigies\nEn vigueur au 1er mars",
     "journalists and SR = newsroom staff"),
    (I, "fr", "## Panel Une — vote de la semaine 14\n**Réservé aux membres du panel Une.** Merci de ne pas partager les maquettes.\n",
     "panel Une = a subgroup of Vigies"),
    (I, "fr", "Vigies du Pays de Flers\nRéunion locale au bureau de Flers — document pour les Vigies de l'édition Flers seulement\nJeudi 18 h 30",
     "one local edition's Vigies"),
    (I, "fr", "De : SDJ du Courrier du Bocage\nÀ : journalistes titulaires et pigistes réguliers\nObjet : Position de la SDJ sur le Club des Lecteurs\n\nChers confrères,",
     "to journalists (staff)"),
    (I, "en", "Desk web — moderation rules for reader posts (English supplement)\nFor newsroom staff. Not to be shared with Vigies or readers.\nrev. 4",
     "newsroom staff only"),
    (I, "fr", "COURRIER DU BOCAGE\nINFORMATION-CONSULTATION DU CSE\nProjet d'intégration du Club des Lecteurs dans les missions du service abonnements\nDocument remis aux élus du CSE\nPage 1/5",
     "handed to the CSE members (staff)"),
    (I, "fr", "---\ntitre: Vigies Plume — calendrier éditorial\ndiffusion: Vigies Plume + rédaction\nstatut: en cours\n---",
     "one tier plus newsroom"),
    (I, "fr", "# Conf' de rédac' — pré-lecture\n> Rédaction uniquement. Contient des articles non publiés.\n",
     "newsroom only"),

    (C, "fr", "Note au comité de direction — diffusion restreinte aux membres du comité\nHausse du prix de l'abonnement numérique : scénarios et réaction attendue des Vigies",
     "comité de direction members only"),
    (C, "fr", "**CONFIDENTIEL**\n# Audit de la base abonnés — fuite supposée de données (septembre)\n",
     "plain confidentiel"),
    (C, "en", "For the Directoire — confidential\nSale of the printing plant: timeline and staff communication\n3 November 2027",
     "Directoire = executive board"),
    (C, "fr", "DIRECTOIRE DU COURRIER DU BOCAGE\nSéance du 7 décembre 2027 — document confidentiel, exemplaire numéroté 3/5\nPoint 2 : plan de départs volontaires",
     "confidential board paper"),
    (C, "fr", "Strictement confidentiel — DG et directeurs de pôle\nNégociation du contrat de distribution avec la messagerie",
     "DG + directeurs de pôle = comité de direction"),
    (C, "fr", "De : Direction générale\nÀ : comite-direction@courrierdubocage.fr\nObjet : CONFIDENTIEL CODIR — chiffres de diffusion avant publication ACPM\n\nBonjour,",
     "confidentiel CODIR"),

    (N, "fr", "Conf' de rédac' du mardi 14 — déroulé\nUne : inondations dans la vallée de la Vire\nPages locales : Saint-Lô, Coutances, Flers",
     "meeting running order, no mark"),
    (N, "fr", "# Bilan du Club des Lecteurs — année 1\nAuteur : service abonnements\n\n- 312 Vigies actives (dont 41 Vigies Plume)",
     "author and figures only"),
    (N, "fr", "LE COURRIER DU BOCAGE — Mercredi 9 juin 2027 — 1,40 €\nSAINT-LÔ\nLa Vigie qui a sauvé la fête du cidre\n7",
     "a printed page, but no audience mark"),
    (N, "en", "Bocage Weekly — editorial planning, autumn\nEd.: Sarah Whitcombe\nLead: ferry timetables; expat tax Q&A",
     "planning note, no mark"),
    (N, "fr", "PV de la réunion SDJ – 3 mars\nVote : 27 pour, 4 contre, 2 abstentions\nMotion sur la signature des textes de Vigies",
     "minutes, no distribution mark"),
    (N, "fr", "---\nlayout: post\ntitle: \"Cinq questions à une Vigie d'Avranches\"\ndate: 2027-04-22\ncategories: [club, portraits]\n---",
     "blog front matter without visibility"),
    (N, "fr", "Objet : RE: coquille page 12 signalée par une Vigie\nDate : lun. 14 juin 2027, 07:58\n\nCorrigé sur le web, l'erratum passera demain dans le print.",
     "email reply, no mark"),
    (N, "en", "Readers' panel survey — raw answers export\nGenerated 2027-05-02 14:11 by Typeform\nQ1 How often do you read the paper?",
     "export header, no mark"),
]

# ---------------------------------------------------------------- HLU
# Habitat Lumière, social housing landlord (SA d'HLM).
# Program "Complices de quartier"; all ambassadors = "Complices"; tier "Complices phares".
ORGS["HLU"] = [
    (P, "fr", "Affiche — Devenez Complice de votre quartier !\nÀ afficher dans tous les halls d'immeuble. Reproduction autorisée par les amicales de locataires.",
     "poster, reproduction autorisée"),
    (P, "fr", "# Livret des Complices\n*Remis à chaque Complice à son arrivée dans le programme — tous les Complices y ont accès en ligne.*\n",
     "every Complice = all ambassadors"),
    (P, "fr", "Jeu de données « Patrimoine Habitat Lumière » publié sur data.gouv.fr\nLicence : ODbL\nDernière mise à jour : 01/03/2027",
     "open data under ODbL"),
    (P, "en", "Habitat Lumière — Welcome booklet for new tenants (English version)\nPublic document. You may copy and share it.\n",
     "public document"),
    (P, "fr", "📣 #annonces — serveur des Complices\nMessage épinglé pour toute la communauté des Complices : le calendrier des ateliers d'automne est en ligne.",
     "pinned for the whole Complices community"),
    (P, "en", "HABITAT LUMIÈRE\nAnnual tenant satisfaction survey — summary of results\nThis summary may be freely reproduced.\n1 | 4",
     "freely reproduced (PDF text)"),
    (P, "fr", "Guide « Économiser l'eau chaude en hiver »\nCC BY 4.0 — Habitat Lumière et l'ADIL 67\nÀ partager sans modération",
     "CC BY 4.0"),
    (P, "fr", "---\ntitle: Règlement du programme Complices de quartier\nvisibilite: publique\nversion: 2027.1\n---",
     "visibilite: publique"),

    (I, "fr", "Réservé aux gardiens et chargés de secteur\nConduite à tenir si un Complice signale un dégât des eaux en votre absence",
     "gardiens = caretakers (staff)"),
    (I, "fr", "## Secteur Rives — Complices uniquement\n> Ce compte rendu concerne les Complices des résidences du secteur Rives ; merci de ne pas le transmettre aux autres secteurs.\n",
     "one sector's Complices"),
    (I, "en", "Habitat Lumière — Interreg 'Good Neighbours' project\nConsortium partners and HL staff only — working draft\nWork package 3: resident ambassadors",
     "staff and project partners only"),
    (I, "fr", "Pôle GLA — note de service\nDiffusion : agents du pôle GLA et agences\nObjet : saisie des signalements Complices dans Ikos",
     "pôle GLA and agencies = staff"),
    (I, "fr", "COMMISSION VIE DE QUARTIER\nDocument préparatoire — à l'usage des membres de la commission (5 Complices, 2 salariés)\nSéance du 4 octobre\n— 1 —",
     "commission members = a subgroup"),
    (I, "en", "From: Agence Nord\nTo: Stair reps, Neuhof estate\nSubject: Stair reps only — key handover for the lift works\n\nHello,",
     "stair reps (référents d'escalier) of one estate"),
    (I, "fr", "Consultation des représentants du personnel (CSE central)\nDocument réservé aux élus et aux représentants syndicaux\nTemps de travail des gardiens consacré à l'accompagnement des Complices",
     "reserved for CSE elected staff"),
    (I, "fr", "# Complices phares — séminaire de printemps\n**Diffusion restreinte aux Complices phares et à l'équipe animation.**\n",
     "one tier plus staff"),

    (C, "fr", "Réservé au CA\nRapport du directeur général : programme de démolition-reconstruction quartier des Écluses\nSéance du 16 juin 2027",
     "CA = board of directors"),
    (C, "fr", "**Confidentiel — CODIR**\n# Arbitrage budgétaire 2028 : enveloppe Complices vs. enveloppe médiation",
     "confidentiel CODIR"),
    (C, "en", "Strictly private & confidential\nHabitat Lumière — legal claim by a tenant against a Complice volunteer\nPrepared by external counsel",
     "plain strictly confidential"),
    (C, "fr", "Comité d'engagements — diffusion limitée aux membres du comité (DG, DAF, directeur du patrimoine)\nAcquisition en VEFA de 36 logements à Illkirch",
     "comité d'engagements = leadership body"),
    (C, "fr", "HABITAT LUMIÈRE — DOCUMENT CONFIDENTIEL\nProjet de fusion avec l'OPH de la Bruche\nNe pas reproduire\nPage 1",
     "plain confidentiel (PDF text)"),
    (C, "en", "Management committee (CODIR) only\nSafeguarding review after the incident at Résidence Les Tanneurs\nDraft for discussion",
     "CODIR only"),

    (N, "fr", "Tableau de bord Complices — mai\nSecteurs : Rives 42 · Écluses 31 · Neuhof 27\nSignalements traités sous 48 h : 88 %",
     "dashboard, no mark"),
    (N, "fr", "# Atelier NOUS — raison d'être des Complices\nAnimé par l'agence de conseil Trame\n\nProposition : « Rendre chaque hall un peu plus vivant. »",
     "workshop output, no mark"),
    (N, "en", "Good Neighbours project — mid-term report\nInterreg Upper Rhine · Reporting period 3\nLead partner: Habitat Lumière",
     "report cover, no mark"),
    (N, "fr", "Fiche poste — chargé(e) d'animation Complices (CDI)\nRattachement : pôle GLA\nLieu : agence Nord, Strasbourg",
     "job description, no mark"),
    (N, "fr", "---\ntitle: Référents d'escalier — carte\nupdated: 2027-03-02\nsource: export SIG\n---",
     "subgroup as topic only"),
    (N, "fr", "Compte rendu — réunion des référents d'escalier, Neuhof\n2 mars 2027\nPrésents : 9 référents, le gardien, la chargée de proximité",
     "attendees, not audience"),
    (N, "fr", "Objet : Re: PV du CSE de mars\nDate : 03/04/2027 10:15\n\nJe te renvoie la version signée, la précédente avait une coquille en page 2.",
     "email reply, no mark"),
    (N, "fr", "Plan stratégique de patrimoine 2025-2034 — version consolidée\nAnnexe 4 : programme de réhabilitation\n17",
     "plan page, unmarked"),
]

NAMES = {
    "ambassadors": [
        "Passeurs", "Passeurs Ancolie",
        "Songbirds", "the Flock", "Flock",
        "Piliers",
        "Vigies",
        "Complices", "Complices de quartier",
    ],
    "clients": [
        "Mutuelle Ancolie", "Ancolie", "Ancolie Mutual",
        "Tallybird", "Tallybird Ltd", "Tallybird France",
        "Union Sportive Garonne", "USG",
        "Le Courrier du Bocage", "Courrier du Bocage", "Bocage Weekly",
        "Habitat Lumière", "HL",
    ],
}

SEED = 39


def build():
    rows = []
    for k, prefix in enumerate(ORGS):
        items = list(ORGS[prefix])
        random.Random(SEED * 100 + k).shuffle(items)
        for n, (level, lang, head, note) in enumerate(items, 1):
            rows.append({"id": "%s-%02d" % (prefix, n), "head": head.rstrip("\n"),
                         "level": level, "lang": lang, "note": note})
    return rows


def write(outdir):
    rows = build()
    with open(os.path.join(outdir, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "names.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(NAMES, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
