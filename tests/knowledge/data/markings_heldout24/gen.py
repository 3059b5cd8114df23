#!/usr/bin/env python3
"""Deterministic generator for the markings_heldout24 set (stdlib only).

Variant: every head mentions the ambassadors (client's own name or the generic word),
so the mention itself carries no signal; only the readership decides.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2026-12-06"

ORGS = [
    {
        "prefix": "ARP",
        "client": "Arpège Location (location et accord de pianos, Nantes)",
        "program": "Cercle Arpège",
        "called": "« les Accordés » ; « Tutti » (liste et canal #tutti = tous les Accordés) ; « tout le Cercle » ; « nos ambassadeurs »",
        "subgroups": "« l'Ensemble » (comité consultatif de 8 Accordés) ; « les Solistes » (niveau le plus haut) ; « Accordés Pros » (profs, conservatoires) ; cohorte printemps 2026 ; pilote Silent ; équipe Arpège (staff)",
        "leaders": "DG Hélène Morvan, DAF, juridique (Paul Ferré), Codir, conseil d'administration",
        "mention": ["accordé", "ambassad"],
    },
    {
        "prefix": "OMB",
        "client": "Ombelle Thés (importateur de thés en vrac + abonnement, Lyon)",
        "program": "Club Ombelle",
        "called": "« les Infuseurs » ; « la Théière » / « toute la Théière » (serveur de tous les Infuseurs) ; « tout le Club » ; « ambassadeurs »",
        "subgroups": "« le Collectif » (panel de dégustation, 15 Infuseurs sous NDA) ; « Grands Crus » (niveau 3) ; « Infuseurs Pro » (salons de thé, épiceries) ; Infuseurs Belgique ; cohorte Matcha (pilote) ; équipe Ombelle / service client / comité de direction sans marquage (staff)",
        "leaders": "présidente Inès Garnier, associés fondateurs, DAF Marc Oudin, comité stratégique, leadership team",
        "mention": ["infuseur", "ambassad"],
    },
    {
        "prefix": "STR",
        "client": "Stratum Additive (impression 3D industrielle à la demande, B2B, Grenoble)",
        "program": "Stratum Makers Circle",
        "called": "« Makers » ; « the whole build plate » (canal #build-plate = tous les Makers) ; « the Circle » / « tout le Circle » ; « ambassadors »",
        "subgroups": "« All-stars » (top 20 Makers) ; « Beta squad » (testeurs sous NDA) ; cohorte Aero ; Advisory Board des Makers ; Makers DACH ; Stratum team (staff)",
        "leaders": "CEO Thomas Berthier, exec team, Comex, board, legal",
        "mention": ["maker", "ambassad"],
    },
    {
        "prefix": "CVO",
        "client": "Cartons Volants (déménagement, Bordeaux)",
        "program": "Les Passeurs",
        "called": "« les Passeurs » ; « la Smala » / groupe « Smala Passeurs » (tous les Passeurs) ; « ambassadeurs »",
        "subgroups": "« la Tribu » (les 25 Passeurs fondateurs de 2024) ; « Passeurs Or » (niveau 3) ; « Passeurs Pro » (agents immobiliers) ; Passeurs Arcachon ; équipe CV / commerciale (staff)",
        "leaders": "gérant Karim Lopes, DAF Sophie Dias, gérance, direction, comité de direction, avocat",
        "mention": ["passeur", "ambassad"],
    },
    {
        "prefix": "BOR",
        "client": "Bordées (location de voiliers et stages de navigation, La Rochelle)",
        "program": "Équipage Bordées",
        "called": "« les Matelots » ; « tout l'Équipage » (= tous les Matelots ; le staff est « l'équipe Bordées ») ; « All hands » / #all-hands ; « ambassadeurs »",
        "subgroups": "« la Flotte » (Matelots propriétaires qui confient leur voilier) ; « les Tous-Temps » (cohorte navigation d'hiver) ; « Skippers » (niveau le plus haut) ; « les Moussaillons » (arrivés en 2026) ; Matelots UK ; équipe Bordées (staff)",
        "leaders": "président Erwan Le Goff, Direction, CA, codir, assureur, cabinet d'avocats",
        "mention": ["matelot", "ambassad"],
    },
]

P, I, C, N = "public", "internal", "confidential", "none"

HEADS = {
"ARP": [
 (P, "fr", "Diffusion : Tutti 🎹\nObjet : calendrier des sollicitations Accordés — 1er semestre 2027", "Tutti = all Accordés"),
 (P, "fr", "À : tout le Cercle (liste tutti@cercle-arpege.fr)\nDe : Camille — CM Arpège\nObjet : les Accordés et le salon Musicora, on compte sur vous !", "whole Cercle list = all ambassadors"),
 (P, "en", "Audience: every Accordé, whatever your level\nEarly access: the new rent-to-own offer", "all levels = all ambassadors"),
 (P, "fr", "Document à partager librement — clients, Accordés, curieux\nFAQ du programme ambassadeurs Cercle Arpège", "free distribution"),
 (P, "fr", "[#tutti] export du 02/12/2026\nCamille: rappel pour tous les Accordés, Solistes compris : le sondage ferme vendredi", "all-ambassador channel; subgroup only named as included"),
 (P, "fr", "MAJ 28/11 : diffusion élargie à tous les Accordés (la v1 était réservée à l'Ensemble)\nRègles des points et niveaux 2027", "correction widens to all"),
 (P, "en", "PUBLIC — Cercle Arpège ambassador handbook (EN translation)\nv2.1, nov. 2026", "explicit public"),
 (P, "fr", "pr tous nos ambassadeurs, quel que soit le niveau — guide 'raconter son piano' (témoignages vidéo)", "all ambassadors, typo"),
 (I, "fr", "Diffusion : l'Ensemble uniquement (8 Accordés du comité consultatif)\nCR réunion du 19/11 — nouvelles formules de location", "Ensemble = advisory subgroup"),
 (I, "fr", "Réservé aux Solistes 🎼\nInvitation : visite de l'atelier de restauration + rencontre avec les accordeurs — pour nos Accordés les plus actifs", "top tier"),
 (I, "en", "For the Silent pilot Accordés only (12 households) — pls don't share in #tutti\nFeedback form, week 3", "pilot subgroup"),
 (I, "fr", "Interne équipe Arpège — NE PAS transmettre aux Accordés\nGrille de scoring des futurs ambassadeurs", "staff only"),
 (I, "fr", "À tout l'Ensemble —\nordre du jour de la séance de co-création des Accordés, janvier", "'tout' + subgroup name that sounds collective"),
 (I, "fr", "Accordés Pros (profs & conservatoires) seulement\nKit de parrainage élèves, version test", "professional subgroup"),
 (I, "en", "Audience: spring 2026 cohort of Accordés (onboarding group)\nWelcome pack — month 2 check-in", "cohort"),
 (I, "fr", "MAJ 03/12 : finalement réservé à l'Ensemble, pas à Tutti (erreur dans l'envoi d'hier)\nBrouillon charte de témoignage des Accordés", "correction narrows to subgroup"),
 (C, "fr", "CONFIDENTIEL — Direction générale et DAF uniquement\nBudget 2027 du programme Accordés (cadeaux, événements, remises)", "leadership + confidential"),
 (C, "fr", "Strictement confidentiel · Conseil d'administration du 11/12/2026\nPoint 4 : coût et ROI du Cercle Arpège (ambassadeurs)", "board"),
 (C, "en", "CONFIDENTIAL — legal & CEO only (H. Morvan)\nDispute with a former Accordé over a published review", "legal + CEO"),
 (C, "fr", "🔒 Confidentiel – Codir\nListe nominative des Accordés dont le contrat de location est en impayé", "codir + confidential"),
 (C, "fr", "Diffusion restreinte : Hélène Morvan (DG), Paul Ferré (juridique) — CONFIDENTIEL\nProjet de cession de l'activité accordage : impact sur le programme ambassadeurs", "named executives"),
 (C, "en", "Confidential – board pack, do not forward\nAmbassador program (Accordés) — renewal decision 2027", "board pack"),
 (N, "fr", "Cercle Arpège — bilan des contributions des Accordés, 2026", "title only"),
 (N, "fr", "Photos du week-end Tutti à Clisson 🎶 (tous les Accordés ou presque étaient là !)", "'tous les Accordés' is the subject, not a readership"),
 (N, "en", "Accordé testimonials — raw transcripts, batch 4", "title only"),
 (N, "fr", "Comment on a choisi nos premiers ambassadeurs (note de méthode, v0)", "title only"),
 (N, "fr", "[14:02] Yann : combien d'Accordés ont répondu à la sollicitation Musicora ?\n[14:03] Camille : 17 sur 40 pour l'instant", "chat lines, no readership"),
 (N, "fr", "Page 4/18 — Parcours d'un Accordé, de l'invitation au niveau Soliste", "slide footer, subgroup as subject"),
 (N, "en", "Draft 3 — tracked changes by Camille\nWhy Accordés leave: 6 interviews", "draft note, no readership"),
 (N, "fr", "Synthèse atelier JE — besoins exprimés par les Accordés (brouillon à valider)", "title only"),
],
"OMB": [
 (P, "fr", "Pour toute la Théière ☕🍵\nLe calendrier des dégustations 2027 des Infuseurs est en ligne", "Théière = all Infuseurs"),
 (P, "fr", "Diffusion : tous les Infuseurs (Collectif inclus)\nNouvelle règle de points pour les avis en ligne", "all, subgroup only included"),
 (P, "en", "To: all Club Ombelle ambassadors\nSubject: your 2027 perks — early access to the first flush", "all ambassadors"),
 (P, "fr", "Ouvert à tout le Club — Infuseurs, et même vos amis curieux\nAtelier « raconter son thé » du 14 janvier", "open to all"),
 (P, "fr", "#annonces (serveur La Théière) — message épinglé\nInès : bienvenue aux 12 nouveaux Infuseurs !", "all-ambassador server announcement"),
 (P, "en", "Audience: everyone in the Théière (= all Infuseurs)\nHow we pick reviewers for new blends", "explicit all"),
 (P, "fr", "MAJ : ce doc n'est plus réservé au Collectif, il passe en diffusion libre pour tous les Infuseurs\nFiches de dégustation du Darjeeling 2026", "correction widens"),
 (P, "fr", "Diffusion libre — tu peux le transférer !\nGuide du parrainage des Infuseurs", "free distribution"),
 (I, "fr", "À tout le Collectif 🫖\nÉchantillons de la récolte de printemps pour les Infuseurs testeurs — sous NDA, merci de ne rien poster", "Collectif = tasting panel subgroup"),
 (I, "fr", "🔒 Confidentiel — réservé aux 15 Infuseurs du Collectif (NDA signé)\nNotes de dégustation des nouveaux mélanges", "confidential word but readership = NDA subgroup of ambassadors"),
 (I, "en", "Grands Crus only\nInvite: dinner with our tea buyer back from Darjeeling (top-level Infuseurs)", "tier"),
 (I, "fr", "Infuseurs Pro (salons de thé & épiceries) uniquement\nConditions de remise revendeur 2027", "pro subgroup"),
 (I, "fr", "Interne Ombelle — service client + CM. Pas pour les Infuseurs.\nProcédure : que faire quand un ambassadeur se plaint d'un colis", "staff only"),
 (I, "en", "For the Matcha pilot cohort (Infuseurs who opted in) — not the whole Théière\nWeek 2 questionnaire", "pilot"),
 (I, "fr", "Diffusion : Infuseurs Belgique 🇧🇪\nOrga de la dégustation à Bruxelles", "region"),
 (I, "fr", "Pour le comité de direction (pas d'envoi aux Infuseurs)\nKPI ambassadeurs T3 : taux de réponse aux sollicitations", "staff/leadership without confidential marking"),
 (C, "fr", "CONFIDENTIEL — Associés fondateurs uniquement\nValorisation du Club Ombelle dans la levée de fonds (les Infuseurs = un actif ?)", "founders + confidential"),
 (C, "en", "Strictly confidential — Inès Garnier & legal counsel\nGDPR complaint from an Infuseur", "named exec + legal"),
 (C, "fr", "Confidentiel direction · ne pas transférer\nRémunération envisagée des Infuseurs Pro (commission)", "direction"),
 (C, "fr", "Comité stratégique 09/12 — document CONFIDENTIEL\nArrêt éventuel du niveau Grands Crus pour les ambassadeurs", "strategy committee"),
 (C, "en", "CONFIDENTIAL / Leadership team\nAmbassador churn & cost per Infuseur, FY2026", "leadership"),
 (C, "fr", "Objet : [CONFIDENTIEL] litige fournisseur — impact sur les colis des ambassadeurs\nÀ : Inès Garnier (présidente) ; Marc Oudin (DAF)", "named executives"),
 (N, "fr", "Club Ombelle — rapport annuel des Infuseurs 2026", "title"),
 (N, "en", "Infuseur reviews, Nov 2026 — export from the shop", "title"),
 (N, "fr", "Tous les Infuseurs ont-ils reçu la box de Noël ? (suivi logistique)", "'tous les Infuseurs' as subject"),
 (N, "fr", "Verbatims ambassadeurs — atelier JE du 21/11, Lyon", "title"),
 (N, "fr", "[09:15] Marc : la Théière est en feu ce matin 🔥\n[09:16] Léa : normal, les Infuseurs ont vu le prix du matcha", "chat, no readership"),
 (N, "en", "Draft — why do Grands Crus answer slower than new Infuseurs?", "draft title"),
 (N, "fr", "Thé du mois : sélection proposée par trois Infuseurs", "title"),
 (N, "en", "v4 — reviewed by Léa\nInfuseur personas (from interviews)", "version note"),
],
"STR": [
 (P, "en", "Audience: the whole build plate 🧱 (= every Maker)\nQ1 2027 solicitation calendar", "build plate = all Makers"),
 (P, "en", "To: all Makers — All-stars included\nSubject: call for case studies for the JEC show", "all, subgroup included"),
 (P, "fr", "Diffusion : tous les Makers du Circle\nNouvelle grille de points (témoignage vidéo = 50 pts)", "all"),
 (P, "en", "PUBLIC · Stratum Makers Circle — program charter v3", "explicit public"),
 (P, "fr", "#build-plate — annonce\nHello les Makers, les accès anticipés au nylon recyclé ouvrent lundi pour tout le monde dans le Circle", "all-ambassador channel"),
 (P, "en", "UPDATE 30/11: no longer Beta squad only — released to all Makers\nPA12 recycled: first results", "correction widens"),
 (P, "fr", "Doc ouvert (partageable avec vos collègues) — Comment devenir ambassadeur Stratum ?", "open doc"),
 (P, "en", "for every ambassador in the circle, new or old\nhow to write a good review of a part we printed", "all"),
 (I, "en", "All-stars only ⭐ (top 20 Makers)\nInvite: factory tour + dinner with the R&D team", "All-stars = tier"),
 (I, "en", "To: everyone in the All-stars\nSubject: advisory seats for 2027 — which Makers are in?", "'everyone' + subgroup"),
 (I, "fr", "Beta squad — NDA\nFiche technique résine haute température (pré-lancement), ne pas partager sur #build-plate avec les autres Makers", "NDA testers"),
 (I, "en", "Internal — Stratum team only, do NOT send to Makers\nAmbassador scoring model v2 (NPS + order history)", "staff"),
 (I, "fr", "Diffusion : cohorte Aero (Makers aéronautique)\nRetours sur la certification EN 9100", "cohort"),
 (I, "fr", "Makers DACH — merci de ne pas transférer hors du groupe DACH / bitte nicht weiterleiten\nMeetup Munich", "region"),
 (I, "fr", "Réservé à l'Advisory Board des Makers (7 membres)\nOrdre du jour du 15/01", "board of ambassadors (not company board)"),
 (I, "fr", "MAJ 02/12 : on restreint aux All-stars, le lien envoyé à tout le Circle a été désactivé\nProgramme du voyage Formnext des Makers", "correction narrows"),
 (C, "en", "CONFIDENTIAL — exec team only\nMakers Circle budget & ROI, FY2027 planning", "exec"),
 (C, "en", "Strictly confidential · Board meeting 12/12/2026\nItem 6: acquisition talks — what happens to the ambassador program", "board"),
 (C, "fr", "CONFIDENTIEL — Thomas Berthier (CEO) + juridique\nMise en demeure d'un ancien Maker (publication de pièces sous NDA)", "CEO + legal"),
 (C, "en", "Confidential – leadership, do not forward\nList of Makers whose accounts are under credit hold", "leadership"),
 (C, "fr", "Confidentiel Comex 🔒\nRevue des remises accordées aux ambassadeurs All-stars", "comex"),
 (C, "en", "PRIVILEGED & CONFIDENTIAL — Legal / CEO\nExport-control review of parts shared by Aero cohort Makers", "legal"),
 (N, "en", "Makers Circle — 2026 contribution report", "title"),
 (N, "en", "How many Makers answered the JEC call? (tracker)", "title"),
 (N, "fr", "Témoignages des Makers — transcriptions brutes, lot 2", "title"),
 (N, "en", "[11:20] julien: the All-stars are super quiet this month\n[11:21] sara: end of quarter, the Makers are swamped", "chat"),
 (N, "fr", "Brouillon — pourquoi nos ambassadeurs décrochent après 6 mois", "draft title"),
 (N, "en", "Slide 12 — Maker journey: invite → first review → All-star", "slide footer"),
 (N, "fr", "Synthèse JE du 27/11 : convergences et divergences entre Makers", "title"),
 (N, "fr", "Tous les Makers interviewés parlent des délais (notes, v1)", "'tous les Makers' as subject"),
],
"CVO": [
 (P, "fr", "Pour toute la Smala 📦\nLe calendrier des sollicitations Passeurs de janvier est dispo", "Smala = all Passeurs"),
 (P, "fr", "Diffusion : tous les Passeurs (Tribu comprise, évidemment)\nNouveau barème de points parrainage", "all, subgroup included"),
 (P, "fr", "Groupe WhatsApp « Smala Passeurs » — export 01/12\nKarim : rappel à tous, le sondage NPS ambassadeurs ferme dimanche", "all-ambassador group"),
 (P, "en", "To: all Passeurs (English-speaking members too!)\nSubject: referral rules in English", "all"),
 (P, "fr", "Doc libre de diffusion — vous pouvez le montrer à vos proches\nLes Passeurs, c'est quoi ? (FAQ)", "free"),
 (P, "fr", "MAJ 20/11 : ouvert à tous les Passeurs, plus seulement la Tribu\nInvitation soirée des 2 ans du programme", "correction widens"),
 (P, "en", "Audience: every ambassador, all levels\nHow to leave a Google review after your move", "all"),
 (P, "fr", "a tt les passeurs : on cherche 3 temoignages video pour le salon de l'habitat, dites nous si dispo !!", "all, typos"),
 (I, "fr", "À toute la Tribu 🔥\nRéunion des Passeurs fondateurs du programme le 16/12", "Tribu = founders subgroup"),
 (I, "fr", "Diffusion : la Tribu (25 Passeurs fondateurs) — pas le reste de la Smala\nCo-création de la nouvelle offre garde-meubles", "subgroup, explicitly not all"),
 (I, "fr", "Passeurs Or uniquement\nVotre remise fidélité 2027 (avant-première)", "tier"),
 (I, "en", "Passeurs Pro (real-estate agents) only\nCo-branded flyer, draft", "pro subgroup"),
 (I, "fr", "Interne CV — équipe commerciale. Ne pas envoyer aux Passeurs !\nSuivi des leads apportés par les ambassadeurs", "staff"),
 (I, "fr", "Groupe « Passeurs Arcachon » — compte rendu apéro du 28/11", "regional group"),
 (I, "fr", "Tous les Passeurs Or sont conviés…\n(liste de diffusion : passeurs-or@cartonsvolants.fr)", "'tous' + tier"),
 (I, "en", "UPDATE: pulled back to the Tribu only — sent to the whole Smala by mistake, sorry\nCharter for Passeur video testimonials, v2", "correction narrows"),
 (C, "fr", "CONFIDENTIEL — Gérance uniquement (K. Lopes)\nCoût par Passeur et rentabilité du programme 2026", "management"),
 (C, "fr", "Strictement confidentiel — Direction + avocat\nRéclamation d'un ambassadeur après un sinistre (piano cassé)", "direction + lawyer"),
 (C, "en", "CONFIDENTIAL — management committee, do not forward\nPlan to merge the Passeurs program with the partner network", "management committee"),
 (C, "fr", "🔒 CONFIDENTIEL DIRECTION\nListe des Passeurs à sortir du programme (avis négatifs répétés)", "direction"),
 (C, "fr", "À : Karim Lopes (gérant) ; Sophie Dias (DAF)\nObjet : CONFIDENTIEL — redressement URSSAF sur les cadeaux aux ambassadeurs", "named executives"),
 (C, "fr", "Confidentiel · Comité de direction du 08/12\nRapprochement avec un concurrent : sort de la Smala des Passeurs", "codir"),
 (N, "fr", "Les Passeurs — bilan 2026 (brouillon)", "title"),
 (N, "fr", "Combien de Passeurs ont parrainé au moins un déménagement ? tableau de suivi", "title"),
 (N, "en", "Passeur testimonials — subtitles, batch 1", "title"),
 (N, "fr", "Toute la Smala des Passeurs était au barbecue de septembre : retour en photos ☀️", "'toute la Smala' as subject"),
 (N, "fr", "[16:40] Sophie : la Tribu a encore répondu en premier 😅\n[16:41] Karim : faut qu'on sollicite les autres Passeurs aussi", "chat"),
 (N, "fr", "Slide 7/20 — Le parcours d'un Passeur : du carton au parrainage", "slide footer"),
 (N, "en", "Notes from JE workshop #2 — what Passeurs expect from us", "title"),
 (N, "fr", "Rev. 3 — modifs suivies de Sophie\nPersonas ambassadeurs (familles, étudiants, seniors)", "revision note"),
],
"BOR": [
 (P, "en", "All hands ⚓ — this is for every Matelot\nSubject: 2027 sailing calendar & testimonial asks", "All hands = all Matelots"),
 (P, "fr", "Pour tout l'Équipage\nNouveaux avantages 2027 des Matelots : accès anticipé aux créneaux d'été", "Équipage = all Matelots"),
 (P, "fr", "Diffusion : tous les Matelots, Flotte et Tous-Temps compris\nRègles de points révisées", "all, subgroups included"),
 (P, "fr", "#all-hands — export 04/12/2026\nNolwenn : qui vient au salon nautique ? on cherche des Matelots pour le stand", "all-ambassador channel"),
 (P, "en", "PUBLIC — Équipage Bordées ambassador guide (EN)", "explicit public"),
 (P, "fr", "MAJ : diffusion étendue à tous les Matelots (avant : Skippers seulement)\nInvitation régate amicale du printemps", "correction widens"),
 (P, "fr", "Libre diffusion ⛵ — à partager aux copains de ponton\nDevenir ambassadeur Bordées : mode d'emploi", "free"),
 (P, "en", "Audience: all Matelots, whatever your rank\nHow to film a 30-second testimonial on board", "all"),
 (I, "fr", "À toute la Flotte 🚤\nConditions de mise en location de vos voiliers en 2027 (Matelots propriétaires)", "Flotte = owners subgroup"),
 (I, "fr", "Réservé aux Tous-Temps (cohorte navigation d'hiver des Matelots)\nSortie du 10 janvier, météo permettant", "cohort named like 'everyone'"),
 (I, "en", "Skippers only\nInvitation: advisory seat on the 2027 fleet renewal for our most active Matelots", "tier"),
 (I, "fr", "Interne équipe Bordées — ne pas diffuser sur #all-hands\nSuivi de charge : Matelots trop sollicités ce trimestre", "staff"),
 (I, "fr", "Diffusion : les Moussaillons (Matelots arrivés en 2026)\nParcours d'intégration, étape 2", "cohort"),
 (I, "en", "Matelots UK group only\nCowes meetup logistics", "region"),
 (I, "fr", "Tous les Tous-Temps — oui, tous ! — RDV ponton 3 samedi, Matelots motivés\n(liste tous-temps@bordees.fr)", "'tous' + subgroup"),
 (I, "en", "UPDATE: Flotte only — wrongly posted in all hands, deleted there\nInsurance checklist for owner-Matelots", "correction narrows"),
 (C, "fr", "CONFIDENTIEL — Direction et CA\nBudget 2027 de l'Équipage Bordées (ambassadeurs)", "direction + board"),
 (C, "en", "CONFIDENTIAL — E. Le Goff (président) & insurer only\nIncident report: Matelot injured during a sponsored outing", "named exec"),
 (C, "fr", "Strictement confidentiel · Conseil d'administration 13/12\nRevente de la flotte : conséquences pour les Matelots propriétaires", "board; 'flotte' here = boats"),
 (C, "fr", "🔒 Confidentiel — codir, ne pas transférer\nRemises exceptionnelles accordées à certains Skippers (ambassadeurs)", "codir"),
 (C, "en", "Confidential — leadership team\nAmbassador NPS crash after the summer: root causes", "leadership"),
 (C, "fr", "Objet : CONFIDENTIEL – contentieux avec un ancien ambassadeur\nÀ : Erwan Le Goff ; cabinet Vasseur (avocats)", "legal + named exec"),
 (N, "fr", "Équipage Bordées — rapport d'activité des Matelots 2026", "title"),
 (N, "fr", "Tout l'Équipage a répondu présent pour la régate ! Photos + classement des Matelots", "'tout l'Équipage' as subject"),
 (N, "en", "Matelot testimonials — raw footage log", "title"),
 (N, "fr", "Combien de Skippers ont contribué ce mois-ci ? (tableur des ambassadeurs)", "title"),
 (N, "fr", "[18:05] Nolwenn : les Moussaillons répondent hyper vite\n[18:06] Erwan : on en parle jeudi, les autres Matelots aussi", "chat"),
 (N, "en", "Slide 9 — from Moussaillon to Skipper: Matelot promotion rates", "slide footer"),
 (N, "fr", "Synthèse atelier ACTION — thèmes de contenus par groupe de Matelots (brouillon)", "title"),
 (N, "fr", "v2 — commentaires de Nolwenn en marge\nPourquoi des ambassadeurs quittent l'Équipage", "revision note"),
],
}

README_HEAD = (
    "> **Held-out set: measure only.** Written blind on " + DATE + " (stop 46) from DOMAIN.md, "
    "the issue and the format only, without reading the project's code, tests or other data sets. "
    "Do not tune anything on it."
)


def build():
    cases = []
    for org in ORGS:
        items = list(HEADS[org["prefix"]])
        random.Random("markings_heldout24/" + org["prefix"]).shuffle(items)
        for n, (level, lang, head, note) in enumerate(items, 1):
            cases.append({"id": "%s-%02d" % (org["prefix"], n), "head": head,
                          "level": level, "lang": lang, "note": note})
    return cases


def readme(cases):
    lines = [README_HEAD, "",
             "# markings_heldout24",
             "",
             "Document-marking set: 150 document heads (1–4 lines each), 5 invented clients × 30.",
             "Each head is labelled with its readership: `public` (all ambassadors or anyone), "
             "`internal` (a subgroup of ambassadors, or staff only), `confidential` (leadership/board/"
             "legal/named executives with an explicit confidential marking), `none` (no readership "
             "marking at all).",
             "",
             "**Variant of this set:** every head mentions the ambassadors (the client's own name for "
             "them or the generic word), in all four levels, so a mention of ambassadors carries no "
             "signal; only the readership decides. Some clients name ALL their ambassadors in unusual "
             "ways, and some subgroups have names that sound like \"everyone\". The table says which is which.",
             "",
             "## Organisations",
             "",
             "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
             "|---|---|---|---|---|"]
    for o in ORGS:
        lines.append("| %s | %s | %s | %s | %s |" % (o["prefix"], o["client"], o["program"], o["called"], o["subgroups"]))
    lines += ["", "Leadership (→ `confidential` when marked confidential):", ""]
    for o in ORGS:
        lines.append("- %s: %s" % (o["prefix"], o["leaders"]))
    lines += ["",
              "Notes on labels: a « Confidentiel » word whose readership is a subgroup of ambassadors "
              "(e.g. NDA signers) is `internal`; staff or leadership without an explicit confidential "
              "marking is `internal`; a later correction line (« MAJ : », \"UPDATE:\") decides over the "
              "earlier marking; « tous les X » where X is a subgroup is `internal`; a phrase such as "
              "« tous les Accordés étaient là » that is the subject of the text, not its audience, is not "
              "a readership marking.",
              "",
              "## Counts", "",
              "| Prefix | public | internal | confidential | none | fr | en | total |",
              "|---|---|---|---|---|---|---|---|"]
    tot = {}
    for o in ORGS:
        cs = [c for c in cases if c["id"].startswith(o["prefix"] + "-")]
        row = [sum(c["level"] == l for c in cs) for l in ("public", "internal", "confidential", "none")]
        row += [sum(c["lang"] == g for c in cs) for g in ("fr", "en")] + [len(cs)]
        for k, v in enumerate(row):
            tot[k] = tot.get(k, 0) + v
        lines.append("| %s | %s |" % (o["prefix"], " | ".join(map(str, row))))
    lines.append("| **all** | %s |" % " | ".join(str(tot[k]) for k in range(7)))
    lines += ["",
              "## Files", "",
              "- `cases.jsonl`: one object per line: `id`, `head` (lines joined by `\\n`), `level`, `lang`, `note`.",
              "- `gen.py`: deterministic generator (stdlib only): `python3 gen.py`.",
              "- `validate.py`: checks counts per organisation and level, fields, unique ids, head length, "
              "language share, the ambassador mention in every head, and this README's first line; prints OK.",
              ""]
    return "\n".join(lines)


def main():
    cases = build()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()
