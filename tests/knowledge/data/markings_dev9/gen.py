#!/usr/bin/env python3
"""Deterministic generator for the markings_dev9 set (standard library only)."""
import hashlib
import json
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATE = "2026-12-07"

P, I, C, N = "public", "internal", "confidential", "none"

CLIENTS = {}

# ---------------------------------------------------------------- SRF: surf schools
CLIENTS["SRF"] = [
 (P, "fr", "# Guide de la saison 2027\n\n**Diffusion : tous les Écumeurs et nos partenaires hébergeurs**\n\nCette saison, on ouvre deux nouveaux spots (Moliets et Vieux-Boucau).\nLes créneaux de cours d'essai pour vos filleuls sont en page 3.",
  "All Écumeurs plus partner lodgings: the ambassadors' part makes it public (convention 3)."),
 (P, "fr", "# Dossier de presse — Houle Atlantique fête ses 15 ans\n\n*Diffusion libre — reprise autorisée avec mention de la source*\n\nContact presse : Maëlle Irigoyen, presse@houle-atlantique.fr\n\nEn 2012, une première école ouvrait à Lacanau…",
  "Press kit marked 'diffusion libre': public (convention 2)."),
 (P, "fr", "---\ntitle: Préparer son premier cours de surf\naudience: grand public\nmaj: 2026-11-20\n---\n\n# Préparer son premier cours de surf\n\nPrévoyez un maillot, de la crème solaire et une bouteille d'eau.",
  "Front matter audience 'grand public': customer-facing page, public."),
 (P, "fr", "# Charte de l'Écumeur / Écumeur Charter\n\nÀ l'attention de tous les Écumeurs — For all Écumeurs\n\n1. On surfe, on partage, on respecte le spot.\n1. We surf, we share, we respect the spot.",
  "Bilingual head, both languages say all Écumeurs: public."),
 (P, "fr", "De : Maëlle Irigoyen <maelle@houle-atlantique.fr>\nÀ : ecumeurs@houle-atlantique.fr (liste de tous les Écumeurs) ; hebergeurs-partenaires@houle-atlantique.fr\nObjet : Calendrier des témoignages vidéo de printemps\n\nBonjour à toutes et à tous,\n\nVoici les dates de tournage sur les plages de Seignosse et d'Anglet.",
  "Mail to the list of all Écumeurs plus partner lodgings: public."),
 (P, "en", "# Welcome pack for new members\n\nAudience: all Écumeurs, plus the instructors of our franchised schools\n\nYour first month in the Club: meet your spot captain, log your first review, earn 50 points.",
  "All Écumeurs plus franchisees' instructors: public for the ambassadors' part."),
 (P, "en", "# Spring Ocean Clean-up Day — briefing\n\nFor: every Écumeur, our volunteers and anyone who wants to join. Public document, share it widely.\n\nMeeting point: Lacanau Océan, central beach, 9:30.",
  "Every Écumeur + volunteers + anyone: public."),
 (P, "en", "**For all ambassadors and partner schools / Pour tous les ambassadeurs et les écoles partenaires**\n\n# Referral rules 2027\n\nOne referral = one free trial lesson for your friend and 30 points for you.",
  "Bilingual, both say all ambassadors + partner schools: public."),

 (I, "fr", "# Grille tarifaire franchisés 2027\n\nDocument réservé aux écoles franchisées du réseau Houle Atlantique.\n\n| Formule | Prix public conseillé | Redevance |\n|---|---|---|\n| Stage 5 jours | 189 € | 8 % |",
  "Franchisees only: not for all ambassadors, internal (convention 4)."),
 (I, "fr", "# Dossier de presse — nouvelle école à Anglet\n\n**SOUS EMBARGO jusqu'au 15 mars 2027, 8 h** — réservé aux journalistes\n\nHoule Atlantique ouvrira au printemps sa sixième école…",
  "Press kit under embargo, journalists only: not yet public, internal (convention 6)."),
 (I, "fr", "# Devenir Écumeur : ce qui t'attend\n\nPour les candidats au Club (pré-sélection de janvier). Merci de ne pas transférer ce document.\n\nL'entretien dure 20 minutes, en visio ou au club house de Hossegor.",
  "Candidates only: internal (convention 5)."),
 (I, "fr", "# Sortie Grand Large à Guéthary / Grand Large trip to Guéthary\n\nPour tous les Écumeurs.\nFor Écumeurs Grand Large members only.\n\nDépart 7 h du parking des Alcyons.",
  "Bilingual heads that differ: FR says all, EN says the Grand Large tier only; strictest wins, internal (convention 7)."),
 (I, "fr", "# Lettre aux anciens Écumeurs\n\nCe courrier s'adresse uniquement aux anciens membres du Club (alumni 2016–2024), pas aux Écumeurs actifs.\n\nVous nous manquez ! Une session retrouvailles est prévue en juin.",
  "Alumni only, explicitly not the active Écumeurs: internal."),
 (I, "en", "# Board specs for the 2027 rental fleet\n\nAudience: Atelier Lamarque (our shaper) and the school managers\n\n| Model | Length | Volume | Qty |\n|---|---|---|---|\n| Mousse 8'0 | 8'0\" | 86 L | 120 |",
  "Supplier + school managers: internal (convention 4)."),
 (I, "en", "# Family day at Seignosse\n\nFor our instructors and their families — this is not a students' or Écumeurs' event, please keep it among us.\n\nBBQ from noon, tandem surf for the kids at 3 pm.",
  "Staff and their families: internal."),
 (I, "en", "From: ops@houle-atlantique.fr\nTo: team@houleshop.fr\nSubject: Wetsuit stock transfer — for Houle Shop staff only\n\nHi all,\n\n40 wetsuits (4/3, sizes S–L) will move from Lacanau to the Biarritz shop on Monday.",
  "Sister company's staff only: internal."),

 (C, "fr", "# Projet de contrat de franchise — Biarritz Sud\n\n**CONFIDENTIEL — direction et service juridique**\n\nArticle 1 — Objet du contrat\nArticle 2 — Territoire exclusif",
  "Marked confidential, management and legal: confidential."),
 (C, "fr", "# Négociation avec le fournisseur de combinaisons\n\nStrictement confidentiel — réservé à Bixente Larralde et au DAF\n\nObjectif : -12 % sur les 4/3, paiement à 60 jours.",
  "Strictly confidential, named people: confidential."),
 (C, "fr", "# Communiqué partenaires / Partners release\n\nDiffusion : partenaires hébergeurs\nDistribution: confidential — management only until signature\n\nHoule Atlantique et le réseau Campings Côte d'Argent s'associent…",
  "Bilingual differ: FR partner lodgings (internal), EN confidential management; strictest, confidential."),
 (C, "fr", "# Comité de direction du 4 décembre 2026\n\n_Relevé de décisions — comité de direction uniquement_\n\n| Point | Décision |\n|---|---|\n| Ouverture Anglet | validée |\n| Prix des stages | +4 % |",
  "Management committee only: confidential."),
 (C, "en", "# Acquisition of a surf school in Hendaye\n\nCONFIDENTIAL — under NDA with the seller. Board members only.\n\nValuation range: see appendix B.",
  "Confidential, NDA, board: confidential."),
 (C, "en", "# Franchisee dispute — Lacanau Nord\n\n*Privileged & confidential — prepared at the request of legal counsel*\n\nTimeline of the unpaid royalties since April 2026.",
  "Legal privilege, confidential: confidential."),

 (N, "fr", "# Cours particuliers : nos formules\n\nCours privé d'1 h 30 avec un moniteur diplômé d'État, planche et combinaison fournies.\nLe stage du matin est réservé aux 8–12 ans ; l'après-midi, aux ados et adultes.",
  "Trap: 'privé' is the lesson, 'réservé aux 8–12 ans' is who may take the course, not who may read: none (convention 9)."),
 (N, "fr", "# Retour sur le Surf Film Festival\n\nLa presse locale a beaucoup parlé de la soirée, et le public était au rendez-vous : 420 entrées.\nMerci aux Écumeurs qui ont tenu le stand !",
  "Trap: 'presse' and 'public' describe the event; no readership: none."),
 (N, "fr", "# Notre partenaire météo\n\nDepuis cette saison, les prévisions de houle affichées dans les écoles viennent de notre partenaire Surfcast Atlantique.\nLes mises à jour tombent à 6 h et 14 h.",
  "Trap: 'partenaire' names a supplier of forecasts, not a readership: none."),
 (N, "fr", "# Compte rendu — atelier NOUS du 12 novembre\n\nParticipants : 9 Écumeurs, 2 moniteurs\nAnimation : Maëlle Irigoyen\n\nRaison d'être proposée : « Faire aimer l'océan à ceux qui ne l'ont jamais surfé. »",
  "A participant list is attendance, not a readership: none (convention 10)."),
 (N, "fr", "# Avis Google — synthèse d'octobre\n\n142 avis, note moyenne 4,7/5.\nLes clients citent surtout la pédagogie des moniteurs et la propreté des douches.",
  "Trap: 'clients' are the subject: none."),
 (N, "fr", "# Combinaisons : bien choisir son épaisseur\n\nUne 4/3 suffit de mai à octobre sur la côte landaise.\nLa doublure interne en fibre polaire sèche vite ; rincez-la à l'eau douce.",
  "Trap: 'interne' is the wetsuit lining: none."),
 (N, "en", "# Spot guide: Hossegor La Nord\n\nRestricted access to the beach in July and August (lifeguard zone from 11 am to 7 pm).\nBest at mid-tide with an offshore easterly wind.",
  "Trap: 'restricted access' is about the beach: none."),
 (N, "en", "# Q3 referral numbers\n\n| School | Referrals | Conversions |\n|---|---|---|\n| Lacanau | 41 | 17 |\n| Hossegor | 58 | 26 |\n| Biarritz | 33 | 12 |",
  "Figures only, no readership: none."),
]

# ---------------------------------------------------------------- CHO: bean-to-bar chocolate
CLIENTS["CHO"] = [
 (P, "fr", "# Calendrier des dégustations de l'hiver\n\n**Pour les Croqueurs et nos revendeurs (épiceries fines et cavistes)**\n\n- 14 janvier : Piura 72 % et Kilombero 68 %\n- 11 février : tablettes au lait de brebis",
  "All Croqueurs + resellers: public (convention 3)."),
 (P, "fr", "# Fiche produit — Tablette Piura 72 %\n\n_Document destiné à nos clients et au grand public — libre de diffusion_\n\nFèves : Piura blanco, Pérou. Sucre de canne bio. Conchage 72 h.",
  "Customers and general public, free to share: public."),
 (P, "fr", "---\ntitre: Kit de lancement Noël 2026\ndiffusion: tous les Croqueurs, partenaires revendeurs, presse\nversion: 3\n---\n\n# Kit de lancement Noël 2026\n\nVisuels, textes courts et codes de parrainage.",
  "Front matter: all Croqueurs + resellers + press: public."),
 (P, "fr", "Objet : Le programme du Club en 2027\nÀ : toutes les Croqueuses et tous les Croqueurs\nDe : Ombeline Fradet\n\nChères Croqueuses, chers Croqueurs,\n\nVoici ce qui change l'an prochain : des niveaux renouvelés et deux visites d'atelier.",
  "Mail to all Croqueuses and Croqueurs: public."),
 (P, "fr", "# Visite de l'atelier / Workshop tour\n\nDocument pour tous les ambassadeurs · Document for all ambassadors\n\nRendez-vous 9 h, quai de la Fosse, Nantes.",
  "Bilingual, both say all ambassadors: public."),
 (P, "en", "# Press kit — From bean to bar in Nantes\n\nFree to use — no embargo. High-resolution photos available on request.\n\nFounded in 2016 by Gaspard Tessier-Lunel, Tamboril roasts its own beans…",
  "Press kit, free to use, no embargo: public."),
 (P, "en", "# Tasting notes for the Club\n\nShared with all Croqueurs and with our distributors abroad.\n\nPiura 72 %: red fruit, a hint of jasmine, long finish.",
  "All Croqueurs + distributors: public for the ambassadors' part."),
 (P, "en", "# Cocoa sourcing FAQ / FAQ approvisionnement\n\nAudience: customers, all Croqueurs and the press\nPublic : clients, tous les Croqueurs, presse\n\nQ. Do you buy directly from farmers?",
  "Bilingual, same readership (customers + all Croqueurs + press): public."),

 (I, "fr", "# Conditions revendeurs 2027\n\nRéservé aux revendeurs agréés (épiceries fines, cavistes). Ne pas afficher en boutique.\n\nFranco de port à partir de 300 € HT.",
  "Resellers only: internal (convention 4)."),
 (I, "fr", "# Panel de dégustation — protocole\n\nPour les membres du panel de dégustation uniquement (12 Croqueurs tirés au sort).\n\nNotez chaque échantillon de 1 à 10, sans concertation.",
  "A subgroup of Croqueurs (tasting panel): internal."),
 (I, "fr", "# Nouvelle gamme Origines / New Origins range\n\nPour tous les Croqueurs — diffusion libre.\nFor Croqueurs of the Grand Cru circle only — please don't share yet.\n\nTrois origines : Piura, Kilombero, Sambirano.",
  "Bilingual differ: FR all/free, EN Grand Cru tier only; strictest, internal."),
 (I, "fr", "# Accueil des stagiaires de l'atelier\n\nÀ l'usage de l'équipe de production (chocolatiers et conditionnement).\n\nTenue : charlotte, blouse, chaussures de sécurité.",
  "Production staff: internal."),
 (I, "fr", "# Brief fournisseur — fèves de la récolte 2027\n\nDestinataire : Coopérative Río Claro (Piura, Pérou), service qualité\n\nTaux d'humidité cible : 7 %. Fermentation : 6 jours minimum.",
  "Supplier only: internal."),
 (I, "en", "# Distributor onboarding — Japan\n\nFor our distributor's sales team in Tokyo and the Tamboril export desk.\n\nShelf life, storage temperature, labelling rules.",
  "Distributor + export staff: internal."),
 (I, "en", "# Alumni tasting evening\n\nThis invitation is for former Croqueurs only (members 2019–2024).\n\nA glass of cider and the new Origins bars, 6 pm at the shop.",
  "Alumni only: internal."),
 (I, "en", "# Press preview — Easter collection\n\nEmbargoed until 2 March 2027, 00:01 CET. Journalists only.\n\nThis year's eggs are hand-painted with cocoa butter.",
  "Embargoed, journalists only: internal."),

 (C, "fr", "# Marges par canal — revendeurs et distributeurs\n\n**Confidentiel — ne pas transmettre aux revendeurs**\n\n| Canal | Marge brute |\n|---|---|\n| Boutique | 64 % |\n| Revendeurs | 38 % |",
  "Marked confidential: confidential."),
 (C, "fr", "# Recette de base — ganache Piura\n\nSecret de fabrication. Accès : Gaspard Tessier-Lunel et Nour Haddad.\n\nCrème 35 %, 500 g ; couverture 72 %, 650 g…",
  "Trade secret, named people: confidential."),
 (C, "fr", "# Conseil d'administration — 18 novembre 2026\n\nProcès-verbal. Diffusion : administrateurs.\n\n1. Approbation des comptes\n2. Entrée au capital d'un groupe confiseur",
  "Board minutes, board only: confidential."),
 (C, "fr", "# Contrat d'approvisionnement / Supply agreement\n\nDiffusion : équipe achats\nDistribution: strictly confidential — legal team and founders only\n\nEntre Chocolaterie Tamboril et la Coopérative Río Claro…",
  "Bilingual differ: FR purchasing team (internal), EN strictly confidential; strictest, confidential."),
 (C, "en", "# Term sheet — minority stake by a confectionery group\n\nConfidential. Management only.\n\nInvestment: 1.2 M€ for 20 %.",
  "Confidential, management: confidential."),
 (C, "en", "# Recall procedure draft (hazelnut traces)\n\nLegal privileged — do not forward.\n\nBatch 2611-B, 1,400 bars, shipped to 23 resellers.",
  "Legal privilege, do not forward: confidential."),

 (N, "fr", "# Atelier : entretien de la presse à beurre de cacao\n\nLa presse hydraulique se nettoie à chaud, après chaque cycle.\nVérifier les joints tous les 200 pressages.",
  "Trap: 'presse' is the cocoa-butter press: none."),
 (N, "fr", "# Nos partenaires planteurs\n\nDepuis 2019, nous achetons nos fèves à trois coopératives partenaires, au Pérou, en Tanzanie et à Madagascar.\nPrix payé : 2,4 fois le cours mondial.",
  "Trap: 'partenaires' are the cocoa growers described, not readers: none."),
 (N, "fr", "# Calendriers de l'Avent — retours clients\n\nLes clients ont adoré la case du 12 (praliné sarrasin), moins celle du 19.\n37 avis laissés sur le site.",
  "Trap: 'clients' are the subject: none."),
 (N, "fr", "# Tempérage : la courbe\n\nFondre à 50 °C, descendre à 27 °C, remonter à 31 °C.\nContrôler la température interne de la masse avec la sonde, pas la surface.",
  "Trap: 'interne' is the mass temperature: none."),
 (N, "fr", "# Revue de presse — novembre\n\n- Ouest-France : « Tamboril, la fève qui monte »\n- Le Chocolat Magazine : portrait de Gaspard\n- France Bleu Loire Océan : 4 minutes à 7 h 50",
  "Trap: press review, no readership: none."),
 (N, "fr", "# Idées des Croqueurs — boîte à suggestions\n\n1. Une tablette au sarrasin grillé (idée de Yannick)\n2. Un atelier enfants le mercredi\n3. Des emballages consignés",
  "Mentions Croqueurs as authors of ideas, no readership: none."),
 (N, "en", "# Cocoa price watch\n\nNew York futures closed at 7,860 USD/t on Friday.\nOur distributor in Lyon expects a 6 % increase on couverture in spring.",
  "Trap: 'distributor' as subject: none."),
 (N, "en", "# Winter shipping tips\n\nKeep the bars away from radiators. Customers in overseas regions get insulated boxes.\nNo dispatch on public holidays (25 Dec, 1 Jan).",
  "Trap: 'public holidays', 'customers' as subject: none."),
]

# ---------------------------------------------------------------- ALI: clear aligners
CLIENTS["ALI"] = [
 (P, "fr", "# Votre traitement, semaine par semaine\n\nPage patients — accessible à tous, sans connexion.\n\nSemaine 1 : une légère pression est normale. Portez vos gouttières 22 h sur 24.",
  "Customer-facing page open to everyone: public (convention 2)."),
 (P, "fr", "**Destinataires : tous les Radieux et les praticiens partenaires**\n\n# Parrainage 2027 : ce qui change\n\nLe code de parrainage devient personnel et valable 90 jours.",
  "All Radieux + partner practitioners: public (convention 3)."),
 (P, "fr", "---\naudience: ambassadeurs (tous), cabinets partenaires\nlangue: fr\n---\n\n# Kit témoignage vidéo\n\nFilmez en lumière naturelle, téléphone à l'horizontale, 60 secondes maximum.",
  "Front matter: all ambassadors + partner clinics: public."),
 (P, "fr", "# Communiqué — Alinéo ouvre son centre de Bordeaux\n\nCommuniqué de presse · pour diffusion immédiate\n\nLyon, le 2 décembre 2026. La start-up lyonnaise Alinéo…",
  "Press release for immediate release: public."),
 (P, "fr", "# Règles de la communauté / Community rules\n\n*Pour toutes les Radieuses et tous les Radieux · For every member of the Radieux circle*\n\nPas de conseil médical entre membres : renvoyez vers votre praticien.",
  "Bilingual, both say every Radieux: public."),
 (P, "en", "# Aligner care guide\n\nFor patients, ambassadors and anyone curious — this is a public page.\n\nRinse your aligners in lukewarm water, never hot.",
  "Public page: public."),
 (P, "en", "# Ambassador newsletter #14\n\nTo: all Radieux ambassadors and our partner orthodontists\n\nThis month: 31 new testimonials, and the Bordeaux open day.",
  "All Radieux + partner orthodontists: public."),
 (P, "en", "# Smile Day 2027 — Journée du sourire\n\nFor all ambassadors and the general public.\nPour tous les ambassadeurs et le grand public.\n\nFree check-ups in 40 partner clinics on 21 May.",
  "Bilingual, same readership: public."),

 (I, "fr", "# Protocole de prise d'empreintes 3D\n\nDocument réservé aux praticiens partenaires (chirurgiens-dentistes et orthodontistes).\n\nScanner intra-oral : calibrer avant chaque patient.",
  "Partner practitioners only: internal (convention 4)."),
 (I, "fr", "# Candidature au Cercle Radieux — questionnaire\n\nPour les patients candidats au programme uniquement.\n\n1. Depuis quand êtes-vous en traitement ?\n2. Qu'aimeriez-vous partager ?",
  "Candidates only: internal (convention 5)."),
 (I, "fr", "# Test de la nouvelle appli — consignes\n\nPour le panel bêta (30 Radieux volontaires). Merci de ne rien publier avant la sortie.\n\nVersion 2.0 : rappels de port, photos de suivi.",
  "Subgroup (beta panel): internal."),
 (I, "fr", "# Soirée niveau Éclat / Éclat level evening\n\nFR : pour tous les Radieux\nEN: for Éclat-level members only\n\nJeudi 23 janvier, 19 h, showroom de la Croix-Rousse.",
  "Bilingual differ: FR all, EN Éclat tier only; strictest, internal."),
 (I, "fr", "# Convention avec les complémentaires santé partenaires\n\nÀ destination des complémentaires santé partenaires et de notre service relations assureurs.\n\nPrise en charge : forfait orthodontie adulte, plafond 800 €.",
  "Partner insurers + a staff service: internal."),
 (I, "en", "# Onboarding — new partner clinics\n\nFor clinic staff at partner practices. Not for patients.\n\nStep 1: create your practitioner account.",
  "Partner clinics' staff, not patients: internal."),
 (I, "en", "# Former ambassadors: stay in touch\n\nSent to alumni of the Radieux circle only.\n\nYour referral code stays valid until 30 June 2027.",
  "Alumni only: internal."),
 (I, "en", "# Employee family discount\n\nFor Alinéo employees and their families. Do not share with patients or ambassadors.\n\n30 % off a full treatment, one per household.",
  "Employees and families: internal."),

 (C, "fr", "# Incident de données — cabinet de Villeurbanne\n\nCONFIDENTIEL — DPO et direction uniquement\n\nLe 28 novembre, un export de dossiers patients a été envoyé à une mauvaise adresse.",
  "Confidential, DPO and management: confidential."),
 (C, "fr", "# Dossiers cliniques — cas complexes\n\n**Secret médical** — Dr Salomé Ketterer et praticiens traitants\n\nCas n° 1 : béance antérieure, 14 ans.",
  "Medical secrecy, named people: confidential."),
 (C, "fr", "# Levée de fonds série B — pacte d'actionnaires\n\nStrictement confidentiel — conseil d'administration\n\nClause de liquidation préférentielle : 1x non participative.",
  "Strictly confidential, board: confidential."),
 (C, "fr", "# Tarifs praticiens 2027 / Practitioner pricing 2027\n\nDiffusion : praticiens partenaires\nConfidential — not for distribution beyond the executive team\n\n| Formule | Prix praticien |\n|---|---|\n| Léger | 690 € |",
  "Bilingual differ: FR partners (internal), EN confidential; strictest, confidential."),
 (C, "en", "# Partnership with a dental chain — due diligence\n\nCONFIDENTIAL. Théo Marchal, Inès Bakkali and counsel only.\n\nTarget: 112 clinics in France and Belgium.",
  "Confidential, named people: confidential."),
 (C, "en", "# Regulatory notice draft (medical device class IIa)\n\nLegal — privileged and confidential.\n\nQuestion 1: is the app a medical device on its own?",
  "Legal privilege: confidential."),

 (N, "fr", "# Témoignages patients — sélection\n\n« Je n'osais plus sourire en public. » — Claire, 34 ans\n« Le suivi par l'appli est top. » — Mehdi, 27 ans",
  "Trap: 'en public' inside a quote: none."),
 (N, "fr", "# Nos cabinets partenaires à Lyon\n\n| Cabinet | Quartier | Praticien |\n|---|---|---|\n| Sourire Part-Dieu | 3e | Dr Alves |\n| Cabinet des Brotteaux | 6e | Dr Nguyen |",
  "Trap: a list of partner clinics, no readership: none."),
 (N, "fr", "# Taquets : le point technique\n\nLes taquets se collent sur la face interne ou externe de la dent selon le mouvement voulu.\nIls sont retirés en fin de traitement, sans douleur.",
  "Trap: 'interne' is the tooth face: none."),
 (N, "fr", "# NPS ambassadeurs — T3\n\nNPS des Radieux : +62 (n = 118).\nDélai moyen de réponse aux sollicitations : 2,4 jours.\nTaux de passage au niveau supérieur : 14 %.",
  "Trap: ambassadors are the measured subject, not the readers: none."),
 (N, "fr", "# Revue de presse Alinéo\n\nLe Progrès, 3 novembre : « La start-up lyonnaise qui aligne les dents sans bagues »\nLyon Entreprises : interview de Théo Marchal",
  "Trap: press review: none."),
 (N, "fr", "# Gouttières : port et entretien\n\nPorter 22 h par jour et les retirer pour manger.\nGarder l'étui fermé : les gouttières sont à usage strictement personnel.",
  "Trap: 'usage strictement personnel' is about the aligners, not the document: none."),
 (N, "en", "# Customer retention report\n\nRetention of influenced customers: 81 %.\nMost churn happens after the refinement phase (month 7).",
  "Trap: 'customers' as subject: none."),
 (N, "en", "# Partner program ideas (brainstorm)\n\n- a referral code per partner clinic\n- a quarterly webinar with Dr Ketterer\n- co-branded posters for waiting rooms",
  "Trap: 'partner' in a brainstorm, no readership: none."),
]

# ---------------------------------------------------------------- BOT: hiking boots
CLIENTS["BOT"] = [
 (P, "fr", "# Guide d'entretien du cuir\n\nPour nos clients, nos Baliseurs et nos revendeurs — à imprimer et distribuer librement.\n\nBrossez, nourrissez, imperméabilisez : dans cet ordre.",
  "Customers + Baliseurs + resellers, free distribution: public."),
 (P, "fr", "# Programme des Baliseurs 2027\n\n> Diffusion : l'ensemble des Baliseurs et Baliseuses, ainsi que les cordonniers partenaires\n\nQuatre rendez-vous dans l'année, dont la journée balisage du GR 9.",
  "All Baliseurs + partner cobblers: public (convention 3)."),
 (P, "fr", "# Communiqué de presse — Roc-Vert relance le ressemelage\n\nPour publication immédiate. Contact presse : presse@rocvert.fr\n\nRomans-sur-Isère, le 1er décembre 2026…",
  "Press release for immediate publication: public."),
 (P, "fr", "Objet : Journée balisage du GR 9 — appel à volontaires\nÀ : tous les Baliseurs ; bénévoles de l'association Sentiers Drômois\nDe : Romain Chabert\n\nBonjour à toutes et à tous,\n\nOn repeint les marques entre Saoû et Crest le 12 avril.",
  "All Baliseurs + a volunteers' association: public."),
 (P, "fr", "# Garantie 5 ans / 5-year warranty\n\nPage publique · Public page\n\nCoutures et semelles garanties 5 ans, ressemelage à prix coûtant.",
  "Bilingual, both say public page: public."),
 (P, "en", "# Ambassador handbook\n\nAudience: all Baliseurs (every level) and our partner retailers\n\nChapter 1: how points and levels work.",
  "All Baliseurs + retailers: public."),
 (P, "en", "# Resoling service — how it works\n\nCustomer-facing page, free to share.\n\nSend your boots in the prepaid bag; they come back in 3 weeks.",
  "Customer-facing page: public."),
 (P, "en", "# Trail testing call / Appel à tests sur sentier\n\nFor all Baliseurs and our German distributor's ambassadors.\nPour tous les Baliseurs et les ambassadeurs de notre distributeur allemand.\n\nTwo weeks, 80 km minimum, a short review at the end.",
  "Bilingual, same readership, includes all Baliseurs: public."),

 (I, "fr", "# Conditions générales de vente — détaillants\n\nRéservé aux magasins revendeurs agréés. Ne pas communiquer aux clients finaux.\n\nCommande minimum : 12 paires, assortiment libre.",
  "Resellers only: internal (convention 4)."),
 (I, "fr", "# Boutiques franchisées : merchandising d'hiver\n\nÀ l'attention des gérants des boutiques franchisées Roc-Vert.\n\nVitrine : la Crête en cuir fauve au centre, les guêtres à gauche.",
  "Franchisees only: internal."),
 (I, "fr", "# Protocole testeurs terrain — prototype Crête 2\n\nPour les Baliseurs testeurs terrain seulement (8 personnes).\n\nNotez chaque sortie : distance, dénivelé, météo, points de frottement.",
  "A subgroup of Baliseurs (field testers): internal."),
 (I, "fr", "# Rencontre à l'atelier / Workshop meet-up\n\nPour les Baliseurs du groupe Pyrénées.\nFor all Baliseurs.\n\nSamedi 8 février, atelier de Romans, 10 h.",
  "Bilingual differ: FR a regional group, EN all; strictest, internal."),
 (I, "fr", "# Note à Roc-Vert Cuir\n\nDestinataires : équipe commerciale de Roc-Vert Cuir (société sœur) et notre service achats\n\nPeaux disponibles pour la maroquinerie : 180 m² de fauve.",
  "Sister company + purchasing staff: internal."),
 (I, "en", "# Supplier quality checklist\n\nFor Tannerie Morel's quality team and our workshop leads.\n\nGrain defects, thickness tolerance ±0.2 mm, colour batch.",
  "Supplier + staff: internal."),
 (I, "en", "# Candidate ambassadors — interview guide\n\nShared with shortlisted candidates before their call. Not for current members.\n\nWe'll ask about your hikes, your boots and your circle.",
  "Candidates only: internal."),
 (I, "en", "# Staff hiking weekend\n\nFor Roc-Vert employees — partners and children welcome. This is not a Baliseurs event.\n\nVercors, 14–15 June, refuge de la Soldanelle.",
  "Employees and their families ('partners' = spouses): internal."),

 (C, "fr", "# Tarifs distributeurs export — 2027\n\n**Confidentiel** — ne pas diffuser hors direction commerciale\n\n| Pays | Prix de cession |\n|---|---|\n| Allemagne | 118 € |",
  "Confidential: confidential."),
 (C, "fr", "# Réunion de direction — plan de sauvegarde de l'atelier\n\nDiffusion restreinte : Annick Roussel, Yves Castagné\n\nScénario B : passage à 4 jours en février.",
  "Restricted to named managers: confidential."),
 (C, "fr", "# Litige avec un distributeur suisse\n\n_Note de l'avocat — confidentielle_\n\nLe distributeur conteste la résiliation du contrat d'exclusivité.",
  "Lawyer's note, confidential: confidential."),
 (C, "fr", "# Nouvelle semelle / New outsole\n\nFR : Pour les Baliseurs testeurs terrain.\nEN: CONFIDENTIAL — patent pending, R&D and management only.\n\nGomme bi-densité, crampons de 5 mm.",
  "Bilingual differ: FR a subgroup (internal), EN confidential; strictest, confidential."),
 (C, "en", "# Sister company merger scenario\n\nConfidential — boards of directors of Roc-Vert and Roc-Vert Cuir\n\nOption 1: full merger on 1 July 2027.",
  "Confidential, boards: confidential."),
 (C, "en", "---\nclassification: confidential\naudience: key account distributors\n---\n\n# Price increase notice (draft)\n\nFrom 1 March 2027, list prices rise by 5 %.",
  "Classification confidential (even with distributors as audience): confidential (convention 8)."),

 (N, "fr", "# Choisir sa pointure\n\nLa semelle interne est amovible : posez-la au sol et placez votre pied dessus.\nMesurez vos pieds le soir, avec vos chaussettes de randonnée.",
  "Trap: 'interne' is the insole: none."),
 (N, "fr", "# Compte rendu — salon OutDoor by ISPO\n\nNotre stand a reçu de nombreux distributeurs et la presse spécialisée a testé la Crête.\nContacts à relancer : 14.",
  "Trap: 'distributeurs' and 'presse' as subjects: none."),
 (N, "fr", "# Nos partenaires\n\nRoc-Vert travaille avec la Tannerie Morel depuis 1987 et avec un réseau de cordonniers partenaires dans toute la France.",
  "Trap: describes partners, no readership: none."),
 (N, "fr", "# Contributions — novembre\n\n| Baliseur | Avis | Photos | Parrainages |\n|---|---|---|---|\n| Jeanne V. | 3 | 5 | 1 |\n| Lucas P. | 1 | 2 | 0 |",
  "Trap: Baliseurs in a table of figures: none."),
 (N, "fr", "# Fiche technique — modèle Crête\n\nPoids : 640 g la chaussure (pointure 42). Destinée aux randonneurs confirmés, en terrain accidenté.\nTige cuir pleine fleur, membrane imperméable.",
  "Trap: 'destinée aux randonneurs' is who the boot is for: none."),
 (N, "fr", "# Idées d'amélioration remontées par les clients\n\n- des lacets plus longs sur la Crête\n- une version large (pied grec)\n- un coloris sable",
  "Trap: 'clients' as source: none."),
 (N, "en", "# Retail partner survey results\n\n62 % of partner stores want more display material; 40 % ask for a demo day.",
  "Trap: 'partner stores' as subject: none."),
 (N, "en", "# Boot care video script\n\n[Scene 1] Close-up on the leather.\nVoice-over: \"Your boots go everywhere you go. Give them ten minutes a month.\"",
  "A script, no readership: none."),
]

# ---------------------------------------------------------------- THE: touring theatre
CLIENTS["THE"] = [
 (P, "fr", "# Saison 2027 en tournée\n\n**Pour tous les Complices, nos spectateurs et les lieux qui nous accueillent**\n\n23 villes, deux créations, une reprise de « La Nuit des Girouettes ».",
  "All Complices + spectators + venues: public."),
 (P, "fr", "# Dossier de presse — « La Nuit des Girouettes »\n\nLibre de droits · diffusion libre\nPhotos : © Tréteaux Vagabonds / J. Morvan\n\nUne comédie en trois actes pour cinq comédiens et une tempête.",
  "Press kit, diffusion libre: public."),
 (P, "fr", "---\npublic: tous les Complices ; programmateurs partenaires\nmaj: 2026-10-30\n---\n\n# Comment parrainer un lieu d'accueil\n\nVous connaissez une salle qui pourrait nous programmer ? Présentez-nous !",
  "Front matter 'public:' key = all Complices + partner programmers: public."),
 (P, "fr", "# Bord de scène à Quimper / Post-show talk in Quimper\n\nÀ l'attention de tous les Complices — To all Complices\n\nAprès la représentation du 17 janvier, restez pour échanger avec la troupe.",
  "Bilingual, both say all Complices: public."),
 (P, "fr", "Objet : Appel à bénévoles — festival d'Avignon Off\nÀ : l'ensemble des Complices ; les bénévoles de l'an dernier\nDe : Lou-Anne Perrichon\n\nBonjour à toutes et à tous,\n\nNous cherchons 12 personnes pour le tractage du 5 au 26 juillet.",
  "All Complices + last year's volunteers: public."),
 (P, "en", "# English surtitles project\n\nFor all Complices, our volunteers and international festival partners.\n\nWe need bilingual proofreaders for the Edinburgh run.",
  "All Complices + volunteers + festivals: public."),
 (P, "en", "# Touring programme — public version\n\nThis page is public. Dates may change; check with each venue.\n\n| Date | City | Venue |\n|---|---|---|\n| 17 Jan | Quimper | Théâtre de Cornouaille |",
  "Explicitly public page: public."),
 (P, "en", "Audience: all ambassadors and the press / Public : tous les ambassadeurs et la presse\n\n# Press night etiquette\n\nArrive 30 minutes early; no photos during the show.",
  "Bilingual, same readership (all ambassadors + press): public."),

 (I, "fr", "# Feuille de route — tournée Bretagne\n\nPour les Complices de la tournée Bretagne et l'équipe technique.\n\nJ-1 : montage à Lorient. J : représentation 20 h 30.",
  "A regional subgroup + crew: internal."),
 (I, "fr", "# Comité de lecture — textes reçus\n\nRéservé aux membres du comité de lecture. Les textes ne circulent pas.\n\n41 manuscrits reçus, 6 retenus pour lecture à voix haute.",
  "Reading committee subgroup: internal."),
 (I, "fr", "# Fiche technique du spectacle\n\nÀ l'intention des régisseurs des lieux d'accueil (programmateurs et équipes techniques).\n\nPlateau : 10 m × 8 m minimum. Noir salle indispensable.",
  "Venues' technical staff only: internal."),
 (I, "fr", "# Répétition ouverte / Open rehearsal\n\nPour tous les Complices.\nFor Complices Premier Rang only (limited seats).\n\nSamedi 25 janvier, 15 h, salle des Tanneurs.",
  "Bilingual differ: FR all, EN tier only; strictest, internal."),
 (I, "fr", "# Avant-première presse\n\nSous embargo jusqu'à la première du 14 février 2027. Destiné aux critiques accrédités.\n\nNote d'intention d'Anatole Vasseur.",
  "Embargoed, accredited critics only: internal."),
 (I, "en", "# Welcome back, alumni\n\nA letter for former Complices (2015–2023). Current members will receive a separate note.\n\nCome to the 20th anniversary party on 6 June.",
  "Alumni only: internal."),
 (I, "en", "# Costume fittings schedule\n\nFor Atelier Fil Rouge (our costume maker) and the wardrobe team.\n\nMonday: the three sisters. Tuesday: the captain.",
  "Supplier + staff: internal."),
 (I, "en", "# Family weekend on tour\n\nFor the company's actors, crew and their families.\n\nSaint-Malo, 3–4 May, rooms booked at the youth hostel.",
  "Staff and families: internal."),

 (C, "fr", "# Budget de la création 2027\n\nConfidentiel — administrateur et direction artistique\n\n| Poste | Montant |\n|---|---|\n| Décors | 38 000 € |\n| Salaires | 112 000 € |",
  "Confidential, management: confidential."),
 (C, "fr", "# Négociation avec La Fabrique Vagabonde (société sœur)\n\nNe pas diffuser — réservé à Anatole Vasseur et Karim Benali\n\nRépartition des droits de coproduction : 60/40.",
  "Do not distribute, named people: confidential."),
 (C, "fr", "# Contrat de cession — Scène nationale de Lorient\n\nDocument contractuel — confidentiel, service juridique\n\nPrix de cession : 9 800 € HT pour deux représentations.",
  "Confidential, legal: confidential."),
 (C, "fr", "# Communiqué aux partenaires / Partners' note\n\nDiffusion : lieux partenaires\nConfidential — board only until the vote on 12 January\n\nLa compagnie envisage de s'installer à Angers.",
  "Bilingual differ: FR partner venues (internal), EN confidential board; strictest, confidential."),
 (C, "en", "# Harassment complaint — handling note\n\nStrictly confidential. Director and legal adviser only.\n\nInterviews scheduled with the two people concerned.",
  "Strictly confidential: confidential."),
 (C, "en", "# Subsidy application — draft figures\n\nCONFIDENTIAL — do not share with partners or volunteers\n\nRequested from the region: 45,000 €.",
  "Confidential: confidential."),

 (N, "fr", "# Bilan de la tournée d'automne\n\nLe public de Vannes a réservé une standing ovation à la troupe.\n23 dates, 6 400 spectateurs, 71 % de remplissage.",
  "Trap: 'public' and 'réservé' in a sentence about the audience: none."),
 (N, "fr", "# Le point diffusion\n\nNotre chargée de diffusion a calé 9 dates pour le printemps avec des scènes partenaires.\nReste à confirmer : Brest et Laval.",
  "Trap: 'diffusion' is show booking, 'partenaires' are venues: none."),
 (N, "fr", "# Notes de mise en scène — « Huis clos »\n\nGarcin entre. Son partenaire de jeu reste immobile côté jardin.\nLa porte ne s'ouvrira qu'à la fin.",
  "Trap: 'Huis clos' is a play, 'partenaire de jeu' a fellow actor: none."),
 (N, "fr", "# Revue de presse\n\n- Télérama : « une troupe qui ose »\n- Ouest-France : « les Girouettes font tourner les têtes »\n- La Terrasse : entretien avec Anatole Vasseur",
  "Trap: press review: none."),
 (N, "fr", "# Témoignages de spectateurs\n\n« Une soirée inoubliable. » — Agnès, fidèle depuis 2018\n« Mes enfants en parlent encore. » — Thomas, Complice depuis 2022",
  "Testimonials, no readership: none."),
 (N, "fr", "# Atelier JE — synthèse des réponses\n\nConvergences : les Complices veulent rencontrer les comédiens après les spectacles.\nDivergences : le rythme des sollicitations (trop fréquent pour 4 personnes sur 11).",
  "Trap: Complices as subject of a synthesis: none."),
 (N, "en", "# Box office figures\n\n| City | Seats | Sold |\n|---|---|---|\n| Vannes | 420 | 398 |\n| Lorient | 610 | 455 |",
  "Figures, no readership: none."),
 (N, "en", "# Synopsis: The Weathervanes' Night\n\nA family secret, a confidential letter and a storm that traps three sisters in their father's house.",
  "Trap: 'secret', 'confidential letter' are plot: none."),
]

TABLE = [
 ("SRF", "Houle Atlantique (surf schools, Atlantic coast)", "Club des Écumeurs", "Écumeurs, Écumeur, Écumeuse, Écumeuses", "Écumeurs Grand Large (tier), Écumeurs de Lacanau (spot), jury du concours photo"),
 ("CHO", "Chocolaterie Tamboril (bean-to-bar, Nantes)", "Club des Croqueurs", "Croqueurs, Croqueur, Croqueuse, Croqueuses", "cercle Grand Cru (tier), panel de dégustation"),
 ("ALI", "Alinéo (clear aligners, Lyon)", "Cercle Radieux", "Radieux, Radieuse, Radieuses", "niveau Éclat (tier), panel bêta"),
 ("BOT", "Bottier Roc-Vert (hiking boots, Romans-sur-Isère)", "Les Baliseurs", "Baliseurs, Baliseur, Baliseuse, Baliseuses", "testeurs terrain, groupe Pyrénées"),
 ("THE", "Compagnie des Tréteaux Vagabonds (touring theatre)", "Les Complices", "Complices, Complice", "Complices Premier Rang (tier), comité de lecture, Complices de la tournée Bretagne"),
]

NAMES = {
 "ambassadors": ["ambassadeurs", "ambassadeur", "ambassadrice", "ambassadrices", "ambassadors", "ambassador",
                 "Écumeurs", "Écumeur", "Écumeuse", "Écumeuses",
                 "Croqueurs", "Croqueur", "Croqueuse", "Croqueuses",
                 "Radieux", "Radieuse", "Radieuses",
                 "Baliseurs", "Baliseur", "Baliseuse", "Baliseuses",
                 "Complices", "Complice"],
 "clients": ["Houle Atlantique", "Club des Écumeurs", "Houle Shop",
             "Chocolaterie Tamboril", "Tamboril", "Club des Croqueurs",
             "Alinéo", "Cercle Radieux",
             "Bottier Roc-Vert", "Roc-Vert", "Roc-Vert Cuir", "Les Baliseurs",
             "Compagnie des Tréteaux Vagabonds", "Tréteaux Vagabonds", "Les Complices", "La Fabrique Vagabonde"],
}

README_BODY = """# markings_dev9: audiences beyond the ambassador program, and bilingual heads

**Flavour.** Heads of documents whose readership names groups other than "all ambassadors" or "staff": partners, resellers, franchisees, distributors, press and journalists, customers and the general public, candidates, former ambassadors (alumni), volunteers, employees' families, a sister company, a supplier; documents for several of these at once ("pour les Croqueurs et nos revendeurs"); and bilingual heads (French and English side by side or one after the other) where the two languages sometimes state the same readership and sometimes differ (the strictest wins). Plus honest traps where "partenaire", "presse", "client", "public", "interne", "diffusion", "réservé" are used about something else.

150 heads: 5 clients × 30 (per client 8 public, 8 internal, 6 confidential, 8 none); 100 French, 50 English. 20 heads are bilingual, 4 per client: 2 where both languages agree on public (one French-first, one English-first), 1 where they differ and the stricter gives internal, 1 where they differ and the stricter gives confidential; their `lang` is the language the head opens with.

| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |
|---|---|---|---|---|
{table}

Other audiences named in the heads (none of them is "all ambassadors"): SRF franchised schools, partner lodgings, Houle Shop (sister company), Atelier Lamarque (shaper, supplier), journalists, candidates, alumni, instructors' families; CHO resellers (épiceries fines, cavistes), distributors (Tokyo, export), Coopérative Río Claro (supplier), journalists, alumni; ALI partner practitioners and clinics, partner health insurers, patients (customers), candidates, alumni, employees' families; BOT retailers, franchised shops, Roc-Vert Cuir (sister company), Tannerie Morel (supplier), partner cobblers, a German distributor, candidates, employees' families; THE venues and programmers, accredited critics, Atelier Fil Rouge (costume maker, supplier), La Fabrique Vagabonde (sister company), volunteers, alumni, the troupe's families.

`names.json` lists every name by which ALL ambassadors of a program are called (plus the generic words) and the companies' and programs' own names, including the sister companies (Houle Shop, Roc-Vert Cuir, La Fabrique Vagabonde), which are brands, not persons. Subgroup names are not in it.

## Leadership

| Prefix | Staff (→ internal when the readership is them as a team) | Management, named people, board, legal (→ confidential) |
|---|---|---|
| SRF | Maëlle Irigoyen (community manager, also press contact), instructors (moniteurs), school managers | Bixente Larralde (founder), the DAF, comité de direction, board, legal counsel |
| CHO | Ombeline Fradet (community manager), production team, purchasing team, export desk | Gaspard Tessier-Lunel (founder), Nour Haddad (head chocolatier, named with the founder), administrateurs, legal |
| ALI | Inès Bakkali (community manager), service relations assureurs | Théo Marchal (CEO), Dr Salomé Ketterer (medical director), DPO, conseil d'administration, executive team, counsel |
| BOT | Romain Chabert (community manager), service achats, workshop leads | Annick Roussel (CEO), Yves Castagné (CFO), direction commerciale, R&D + management, boards, lawyers |
| THE | Lou-Anne Perrichon (audience / community manager), wardrobe team, technical crew | Anatole Vasseur (artistic director), Karim Benali (administrator), board, legal service, legal adviser |

A readership that names people (e.g. "réservé à Anatole Vasseur et Karim Benali", "Théo Marchal, Inès Bakkali and counsel only") is confidential even when one of them is the community manager.

## Notes on labels

1. **Public** = the head says the document is for ALL the program's ambassadors (by the program's name or the generic word), or for the general public / customers at large ("grand public", "page publique", "accessible à tous", "customer-facing page", "libre de diffusion", "free to share").
2. **Press kits and press releases**: "diffusion libre", "libre de droits", "free to use — no embargo", "pour diffusion / publication immédiate" → public. A press document for journalists only, or under embargo, → internal (see 6).
3. **Several audiences at once**: if ALL ambassadors (or the general public) are among the readers and nothing in the head restricts or marks it confidential, the document is public for the ambassadors' part ("tous les Écumeurs et nos partenaires hébergeurs", "all Croqueurs and our distributors", "tous les Baliseurs et les ambassadeurs de notre distributeur allemand"). If only a subgroup of ambassadors is among the readers ("Complices de la tournée Bretagne et l'équipe technique"), internal.
4. **Audiences outside the program only** (partners, resellers, retailers, franchisees, distributors, partner clinics, insurers, venues, a supplier, a sister company's staff): not meant for all ambassadors → internal, unless marked confidential (→ confidential, see 8).
5. **Candidates only, alumni only, volunteers only, employees and their families** → internal. In BOT-"Staff hiking weekend", "partners" means spouses.
6. **Not yet in force**: an embargo ("sous embargo jusqu'au…", "embargoed until…") makes the document internal whatever the date, since the head alone cannot prove the embargo is lifted.
7. **Bilingual heads**: each language's readership is read; the strictest wins (confidential > internal > public). Same statement in both → that level. FR "pour tous" + EN "tier only" → internal; FR "partenaires" + EN "confidential" → confidential. The `lang` field is the language the head opens with.
8. **Confidential** = the head says confidential / strictly confidential / secret (de fabrication, médical) / privileged / NDA / "ne pas diffuser" with named people, or restricts it to management, a board, named people or legal. A confidential marking wins over any audience named alongside it (BOT "classification: confidential / audience: key account distributors" → confidential).
9. **Traps → none**: "partenaire(s)" describing partners (growers, forecast provider, partner clinics list, a fellow actor), "presse" as a cocoa-butter press or a press review, "client(s)" / "customers" as the subject of a report, "public" as the theatre audience or "public holidays", "interne" as a lining, insole, tooth face or temperature, "diffusion" as show booking, "Huis clos" as a play title, "usage strictement personnel" about the aligners, "réservé aux 8–12 ans" / "destinée aux randonneurs confirmés" about who may take a course or wear a boot, "confidential letter" in a synopsis, "restricted access" to a beach.
10. **Attendance is not readership**: "Participants : 9 Écumeurs, 2 moniteurs" in a workshop report → none. A mail block's "À :" line IS a readership statement (a list of all ambassadors → public).
11. A front-matter key named `public:` or `audience:` or `diffusion:` states a readership; its value decides the level.
"""


def main():
    cases = []
    for prefix, rows in CLIENTS.items():
        ordered = sorted(rows, key=lambda r: hashlib.sha256(r[2].encode("utf-8")).hexdigest())
        for i, (level, lang, head, note) in enumerate(ordered, 1):
            cases.append({"id": f"{prefix}-{i:02d}", "head": head, "level": level, "lang": lang, "note": note})
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "names.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(NAMES, ensure_ascii=False, indent=2) + "\n")
    table = "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in TABLE)
    line1 = (f"> **Development set** (written blind on {DATE} (stop 59) from DOMAIN.md, the issue and the "
             "format only; it may be read and tuned on).")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(line1 + "\n>\n\n" + README_BODY.replace("{table}", table))


if __name__ == "__main__":
    main()
