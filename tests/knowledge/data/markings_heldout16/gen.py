# ruff: noqa: E501, E741  (data lines are long; I = "internal" shorthand)
"""Deterministic generator for the markings_heldout16 held-out set (stdlib only).

Run: python gen.py  -> writes cases.jsonl next to this file.
"""
import json
import os
import random

SEED = 1616
P, I, C, N = "public", "internal", "confidential", "none"

# (level, lang, head, note)
ORGS = {}

# ---------------------------------------------------------------- kvz
# Cidrerie Kervoazec (cider co-op, Quimper) - programme "Le Verger des Greffeurs"
# ambassadors: les Greffeurs / Greffeuses ; points: pépins ; tiers Bourgeon < Rameau < Tronc
ORGS["kvz"] = [
    (P, "fr", "Objet : 🍏 La Gazette des Greffeurs – n°14, octobre\nDe : Maëlle @ Kervoazec <verger@kervoazec.bzh>\nÀ : tous les Greffeurs\n\nSalut la compagnie ! Les pressages ont commencé...",
     "addressed to all Greffeurs = every ambassador"),
    (P, "fr", "# Charte du Greffeur (v3)\n> À lire par chaque ambassadeur·rice du Verger, sans exception — diffusion libre dans le programme",
     "every ambassador, free circulation inside the program"),
    (P, "fr", "EMBARGO jusqu'au 12/11 9h — merci de pas relayer hors du Verger avant !!\nCommuniqué aux Greffeurs : la cuvée Penn Ar Bed arrive",
     "embargo / not outside the program, still for all ambassadors"),
    (P, "fr", "[#verger-general] Maëlle (Kervoazec) : coucou les greffeur.euse.s 👋 petit rappel pr tt le monde : le calendrier des pressages est épinglé, vous pouvez le partager à qui vous voulez",
     "chat post to all ambassadors, shareable"),
    (P, "en", "Subject: Harvest open day – all Greffeurs welcome\nTo: every ambassador in the Verger program (Bourgeon, Rameau and Tronc alike)\n",
     "all tiers listed = all ambassadors"),
    (P, "fr", "FAQ pépins — comment gagner des points\nRéservé aux ambass' du Verger (tous niveaux confondus, Bourgeons compris)\nMàj 03/10",
     "'réservé aux ambass' for ALL tiers = public"),
    (P, "fr", "---\ntitre: Kit photo pour les Greffeurs\ndiffusion: toute la communauté du Verger\nversion: 2\n---",
     "front matter: whole community"),
    (P, "fr", "Guide : bien raconter votre cidre préféré en 3 minutes\n— Document destiné à tous nos ambassadeurs et ambassadrices. Partage libre 🙂",
     "footer moved up: all ambassadors"),

    (I, "fr", "Objet : RE: relances Greffeurs inactifs depuis 6 mois\nDe : Yann Le Gall\nÀ : équipe marketing Kervoazec\nUsage interne – ne pas transférer aux ambassadeurs",
     "staff only, about ambassadors"),
    (I, "fr", "📌 Réservé aux Greffeurs niveau Tronc — merci de ne pas faire circuler auprès des Bourgeons et Rameaux\nAtelier assemblage avec le maître de chai, 22 nov.",
     "one tier as readership"),
    (I, "fr", "Tableau de bord ambassadeurs – T3\nDiffusion : salariés Kervoazec uniquement",
     "employees only"),
    (I, "en", "Greffeurs load tracker (who's been asked too much lately)\nStaff eyes only – not for the Greffeurs themselves",
     "staff only, about ambassadors"),
    (I, "fr", "[#kvz-com] Yann : je mets ici la liste des greffeurs du Finistère sud pr le salon de Rennes, à garder entre nous (pas sur le discord du Verger stp)",
     "staff channel, keep off the ambassadors' discord"),
    (I, "fr", "Compte rendu – réunion CM / commerciaux du 14/10\nObjet : ambassadeurs et leads cidre pro\nInterne Kervoazec",
     "company-internal marking"),
    (I, "fr", "Greffeurs du Morbihan : ce message ne concerne que vous, merci de ne pas le faire suivre aux autres !\nProgramme de la tournée des vergers de Pluvigner",
     "one region of ambassadors"),
    (I, "fr", "Note Rameau+Tronc uniquement (les Bourgeons la recevront en janvier)\nAccès anticipé au cidre de glace pour nos Greffeurs",
     "two tiers only as readers"),

    (C, "fr", "CONFIDENTIEL – Direction & CM seulement\nObjet : budget cadeaux Greffeurs 2027 et arbitrages",
     "direction + CM"),
    (C, "fr", "Objet : Départ de Gwenaëlle T. du programme ambassadeurs\nÀ : Maëlle K. ; Yann L.G. (RH en copie)\nStrictement perso, ne pas partager",
     "named individuals + HR, strictly"),
    (C, "en", "Subject: legal review – Greffeurs photo release forms\nPrivileged & confidential – legal counsel and program lead only",
     "legal, a few people"),
    (C, "fr", "Bilan ROI du Verger des Greffeurs – version pour le conseil d'administration de la coopérative\nNe pas diffuser au-delà des administrateurs",
     "board of the co-op only"),
    (C, "fr", "Diffusion : tous les Greffeurs\n[MAJ 08/10 – Maëlle] finalement c'est confidentiel, on attend la validation d'Erwan — on garde ça pour le codir\nObjet : fin de la conversion pépins → bouteilles ?",
     "conflict: later dated correction restricts to codir"),
    (C, "fr", "🔒 Perso – Maëlle → Erwan (DG)\nles noms des 3 ambassadeurs pressentis pour la campagne TV, à garder pour nous deux",
     "two named people"),

    (N, "fr", "Offre de Noël : -15 % sur les coffrets, réservée aux Greffeurs niveau Tronc\nValable jusqu'au 24/12",
     "tier as offer condition, not readership"),
    (N, "fr", "Ouest-France – 03/10 – À Quimper, la cidrerie Kervoazec mise sur ses clients ambassadeurs",
     "press item, no marking"),
    (N, "fr", "Règlement du programme ambassadeurs « Le Verger des Greffeurs »\nArticle 1 – Objet",
     "rules document, no audience stated"),
    (N, "fr", "Politique de confidentialité – données des ambassadeurs du Verger",
     "privacy policy title, near miss"),
    (N, "fr", "Persona « Le Greffeur passionné » – public cible : amateurs de cidre 35-55 ans",
     "'public cible' near miss"),
    (N, "en", "Greffeur spotlight: meet Loïc, our 100th ambassador 🎉\nPosted Tuesday by the Kervoazec team",
     "news, no readership"),
    (N, "fr", "Tronc, Rameau, Bourgeon : comment fonctionnent les niveaux des Greffeurs ?\nPour passer Rameau il faut 300 pépins.",
     "explains tiers, no audience"),
    (N, "fr", "Concours « Mon verger intérieur » : les Greffeurs racontent leur coin de campagne\nDépôt des photos avant le 30/11",
     "'intérieur' near miss"),
]

# ---------------------------------------------------------------- hyd
# Hydrolis (water-metering SaaS for towns, Grenoble) - programme "Cercle Source"
# ambassadors: les Sourciers / Sourcières ; points: gouttes ; tiers Ruisseau < Rivière < Estuaire
ORGS["hyd"] = [
    (P, "fr", "Objet : [Cercle Source] Webinaire « télérelève » – ouvert à tous les Sourciers\nBonjour à toutes et à tous,",
     "all ambassadors"),
    (P, "en", "Cercle Source – Ambassador Handbook 2027\nAudience: all Sourciers, all levels. Feel free to share within the circle.",
     "all ambassadors"),
    (P, "fr", "NL#22 • La Lettre des Sourcier·ère·s • diffusion : l'ensemble du Cercle",
     "whole circle"),
    (P, "fr", "@everyone 💧 Hello les sourciers ! Les nouvelles règles de gouttes sont en ligne, c pour tout le monde, lisez-les qd vous pouvez",
     "discord @everyone to all ambassadors"),
    (P, "fr", "Sous embargo jusqu'au salon Eau & Territoires (15 mars) – à garder dans le Cercle Source svp\nNouveau tableau de bord fuites : présentation aux ambassadeurs",
     "embargo inside program = still public"),
    (P, "fr", "Kit de témoignage vidéo – Sourciers\nCe document est PUBLIC (tout le Cercle).",
     "explicit public"),
    (P, "en", "From: Hydrolis Community <cercle@hydrolis.fr>\nTo: Cercle Source ambassadors (full list)\nSubject: Roadmap Q1 – what's coming",
     "full list of ambassadors"),
    (P, "fr", "Ruisseau, Rivière ou Estuaire : tous les Sourciers sont concernés !\nPense-bête : déclarer l'intro d'une commune voisine",
     "all tiers named = everyone"),

    (I, "fr", "Objet : Sourciers Estuaire – invitation comité produit 4/02\nÀ : ambassadeurs niveau Estuaire (liste restreinte)\nMerci de ne pas relayer aux autres niveaux",
     "one tier only"),
    (I, "fr", "Fiche suivi sollicitations – Cercle Source\n[INTERNE HYDROLIS] ne pas partager avec les sourciers",
     "staff only, about ambassadors"),
    (I, "en", "#cs-team – Pauline: heads up, attaching the drift list (Sourciers with no contribution since June). Team only pls, not for the Discord.",
     "staff channel"),
    (I, "fr", "Sourciers d'Auvergne-Rhône-Alpes uniquement 📍\nRencontre régionale à Chambéry le 12",
     "one region of ambassadors"),
    (I, "fr", "Analyse NPS des ambassadeurs — S2\nDestinataires : équipe Customer Success + commerciaux",
     "staff teams"),
    (I, "fr", "GT « Compteurs ruraux » (sourciers volontaires) — document de travail, ne circule qu'entre les membres du GT",
     "named group of ambassadors"),
    (I, "fr", "Rappel pour l'équipe : le barème gouttes v2 n'est pas encore annoncé aux ambassadeurs, on garde en interne jusqu'au 1er",
     "staff only until announcement"),
    (I, "en", "Early-access notes – Rivière & Estuaire Sourciers only\nPlease keep these away from Ruisseau members for now",
     "two tiers"),

    (C, "fr", "CONFIDENTIEL — COMEX Hydrolis\nOrdre du jour : avenir du Cercle Source, coût par ambassadeur",
     "executive committee"),
    (C, "fr", "Objet : litige contrat commune de Vizille / ambassadeur concerné\nÀ : juridique@hydrolis.fr ; Pauline M.\nNe pas transférer — confidentialité juridique",
     "legal + CM"),
    (C, "en", "Personal & confidential – for Marc (CEO) and Pauline (CM) only\nWhich Sourciers we might quietly retire from the program",
     "two named people"),
    (C, "fr", "Note RH — entretien avec la CM sur sa charge (gestion des 140 sourciers)\nstrictement confidentiel, destinataires nominatifs",
     "HR, named recipients"),
    (C, "fr", "Diffusion interne Hydrolis\n— 12/01, correction Marc : diffusion restreinte au CODIR, confidentiel tant que le rachat n'est pas signé\nObjet : impact du rachat sur le programme ambassadeurs",
     "conflict: dated correction to CODIR"),
    (C, "fr", "Liste nominative des élus ambassadeurs + coordonnées perso\nAccès : Pauline M. et DPO uniquement 🔐",
     "two people"),

    (N, "fr", "Les Sourciers Estuaire bénéficient de 10 % de remise au renouvellement\nConditions : contrat actif, 1 500 gouttes minimum",
     "tier as condition"),
    (N, "fr", "Cercle Source : un an d'ambassadeurs chez Hydrolis\nLes Échos des Territoires, 02/12",
     "press, no marking"),
    (N, "fr", "Public cible du Cercle Source : techniciens eau des communes < 20 000 hab.\nProfil type de l'ambassadeur",
     "'public cible' near miss"),
    (N, "en", "Hydrolis privacy notice – Cercle Source ambassadors\nLast updated 1 Sept 2026",
     "privacy notice title"),
    (N, "fr", "Atelier JE – synthèse des besoins des sourciers (brouillon)\n12 réponses collectées",
     "draft, no audience"),
    (N, "fr", "Contrôle interne des réseaux d'eau : 3 sourciers partagent leur méthode",
     "'interne' other sense"),
    (N, "fr", "Niveau Estuaire : accès anticipé au module fuites, réservé aux ambassadeurs ayant 2 ans d'ancienneté",
     "eligibility condition, not readership"),
    (N, "fr", "Pauline : qqn a le lien vers le formulaire de témoignage des sourciers ? je le trouve plus 😅",
     "chat, no audience"),
]

# ---------------------------------------------------------------- pdl
# Atelier Longtail (cargo bikes, Nantes) - programme "La Tribu Longtail"
# ambassadors: les Cargonautes ; points: watts ; tiers Roue libre < Peloton < Conseil
# TRAP: the top tier is called "Conseil" (looks like a board = confidential) but is a set of ambassadors
ORGS["pdl"] = [
    (P, "fr", "Objet : 🚲 Tribu Longtail – la lettre de novembre\nÀ : tous les Cargonautes\nÀ partager sans modération au sein de la Tribu",
     "all ambassadors"),
    (P, "fr", "[Discord #annonces] Hello la Tribu ! Message pour tous les cargonautes, Roue libre, Peloton et Conseil compris : la balade du 15 est confirmée",
     "all tiers incl. Conseil = everyone"),
    (P, "en", "Longtail Tribe – Cargonaut guide to earning watts\nOpen to every Cargonaut, whatever your tier",
     "all ambassadors"),
    (P, "fr", "---\ndoc: calendrier-sollicitations\nlecteurs: toute la Tribu (tous les cargonautes)\n---\nCalendrier des appels à témoignages 2027",
     "front matter whole tribe"),
    (P, "fr", "Embargo 48 h : ne sortez pas l'info hors de la Tribu avant jeudi 🙏\nNouveau biporteur « Héron » : photos pour les Cargonautes",
     "embargo inside program = public"),
    (P, "fr", "Mémo Cargonautes (diffusion libre dans la communauté) – comment présenter un pote vélo-curieux",
     "free within community"),
    (P, "fr", "Charte de bienveillance des Cargonautes — à lire par chacun·e d'entre vous, toute la Tribu 💛",
     "every ambassador"),
    (P, "en", "Subject: Thank you, Cargonauts!\nTo: the whole Longtail Tribe\nAnnual recap – everyone's welcome to read & share in the Discord",
     "whole tribe"),

    (I, "fr", "Réservé au Conseil (les Cargonautes niveau 3) — merci de ne pas partager avec le reste de la Tribu\nObjet : test du prototype Héron",
     "TRAP: Conseil is a tier -> some ambassadors"),
    (I, "fr", "Objet : ODJ de la réunion du Conseil de la Tribu\nÀ : membres du Conseil (ambassadeurs de niveau 3)",
     "TRAP: Conseil tier, not a company board"),
    (I, "fr", "Interne Atelier Longtail – suivi de la charge des cargonautes (qui on a trop sollicité)",
     "staff only"),
    (I, "en", "Peloton-only thread 🔒 keep it between Peloton Cargonauts pls\nBeta test of the new child seat",
     "one tier; lock emoji is not confidential"),
    (I, "fr", "Cargonautes de Loire-Atlantique : RDV atelier Rezé samedi — info réservée aux membres du 44, pas de relais ailleurs",
     "region"),
    (I, "fr", "[#equipe-atelier] Inès : voilà l'export des watts par cargonaute, c'est pour nous hein, pas pour le discord",
     "staff chat"),
    (I, "fr", "Synthèse atelier JE – besoins des ambassadeurs\nDocument de travail équipe marketing / SAV, ne pas diffuser à la Tribu",
     "staff, about ambassadors"),
    (I, "en", "Note for Longtail staff: talking points before the Cargonauts meetup\nDo not forward to ambassadors",
     "staff only"),

    (C, "fr", "CONFIDENTIEL – conseil d'administration d'Atelier Longtail SAS\nPoint 4 : rémunération éventuelle des ambassadeurs",
     "real company board (contrast with Conseil tier)"),
    (C, "fr", "Objet : accident de Julien B. (cargonaute) lors de la balade du 15\nÀ : Inès (CM), assurance, juridique\nStrictement confidentiel",
     "legal/insurer, few people"),
    (C, "en", "CONFIDENTIAL – founders only\nShould we shut down the Longtail Tribe? pros/cons for keeping the Cargonauts",
     "founders"),
    (C, "fr", "À l'attention exclusive de Sophie (DRH) : une salariée est aussi cargonaute, conflit d'intérêts ?",
     "HR, one person"),
    (C, "fr", "Diffusion : Conseil (niveau 3)\nEdit 10/11 – Inès : NON finalement on garde ça entre la direction et moi, trop sensible\nObjet : retours négatifs de 2 cargonautes sur le cadre Héron",
     "conflict: dated correction -> direction + CM"),
    (C, "fr", "🔐 Secret jusqu'à l'annonce — seuls Inès, Théo et Malik sont dans la boucle\nParrainage ambassadeurs x marque de casques : négo en cours",
     "three named people"),

    (N, "fr", "Niveau Conseil : -20 % sur les accessoires + révision offerte\nRéservé aux Cargonautes ayant 2 000 watts",
     "tier as offer condition"),
    (N, "fr", "Le Conseil, c'est quoi ? Le plus haut niveau des Cargonautes, atteint après 2 000 watts",
     "explains the trap tier"),
    (N, "fr", "Presse Océan — « À Nantes, les Cargonautes font la promo des vélos-cargos »",
     "press"),
    (N, "en", "Cargonaut of the month: Awa, 3 families converted to cargo bikes",
     "news"),
    (N, "fr", "Politique de protection des données — programme ambassadeurs Tribu Longtail",
     "privacy policy title"),
    (N, "fr", "Persona : « Parent pressé » — public visé par les témoignages des Cargonautes",
     "'public visé' near miss"),
    (N, "fr", "Moyeu à vitesses internes : le retour de 12 cargonautes après 6 mois",
     "'internes' other sense"),
    (N, "fr", "Brouillon – idées de récompenses pour les ambassadeurs (à compléter)",
     "draft, no audience"),
]

# ---------------------------------------------------------------- smp
# Saltmarsh Payroll (SME payroll software, Leeds + Lille office) - programme "The Payday Guild"
# ambassadors: the Guildsmiths ; points: stamps ; tiers Apprentice < Journeyman < Master
ORGS["smp"] = [
    (P, "en", "Subject: Guild Gazette #9 – for every Guildsmith\nHi all, quick round-up of the quarter...",
     "all ambassadors"),
    (P, "en", "PAYDAY GUILD • Ambassador FAQ • reserved for Guild members (that's all of you, every tier)",
     "all members"),
    (P, "en", "Embargoed until 09:00 GMT Tue – don't share outside the Guild please\nGuildsmiths first look: Payslips 4.0",
     "embargo inside program = public"),
    (P, "fr", "Objet : [Payday Guild] Version FR du guide – pour tous les ambassadeurs de la Guilde",
     "all ambassadors"),
    (P, "en", "#guild-hall – Priya: morning Guildsmiths ☕ everyone can grab the new testimonial template from the pinned post",
     "everyone in ambassadors' discord"),
    (P, "en", "---\ntitle: Stamp earning rules 2027\naudience: all-guildsmiths\n---",
     "front matter all ambassadors"),
    (P, "en", "Guildsmith Welcome Pack\n(Apprentice, Journeyman & Master – this one's for all of you)",
     "all tiers"),
    (P, "fr", "Fiche pratique : parler de Saltmarsh sur LinkedIn\nDiffusion libre auprès de tous nos ambassadeurs 👍",
     "free to all ambassadors"),

    (I, "en", "Master Guildsmiths only – please don't pass this on to Apprentices/Journeymen\nInvite: roadmap session with the CPO",
     "one tier"),
    (I, "en", "INTERNAL – Saltmarsh staff\nGuildsmith burnout watchlist (asks per head, last 90 days)",
     "staff only, about ambassadors"),
    (I, "en", "Subject: Northern Guildsmiths – Manchester meetup\nTo: Guild members in the North West region only",
     "region"),
    (I, "en", "#customer-team – Tom: sharing the Guild lead attribution sheet, it's for the team, not for the Guildsmiths",
     "staff chat"),
    (I, "fr", "Note équipe Lille – ambassadeurs français de la Guilde : état des lieux\nUsage interne Saltmarsh",
     "company internal"),
    (I, "en", "Journeyman + Master Guildsmiths: advance notice of the stamp-to-gift conversion. Apprentices hear in Feb — keep it to your tier for now",
     "two tiers"),
    (I, "en", "Draft comms plan for the Guild relaunch\nStaff only – the ambassadors will get the polished version",
     "staff only"),
    (I, "en", "Guild Advisory Panel (ambassador volunteers) – working notes, circulate within the panel only",
     "named group of ambassadors"),

    (C, "en", "STRICTLY CONFIDENTIAL – Board pack, item 6: Payday Guild ROI and cost per Guildsmith",
     "board"),
    (C, "en", "Subject: Guildsmith complaint – data shared without consent\nTo: DPO; Legal; Priya (CM)\nPrivileged – do not forward",
     "legal + DPO"),
    (C, "en", "For Priya & Oliver's eyes only: which Master Guildsmiths get the paid speaking slots",
     "two named people"),
    (C, "fr", "CONFIDENTIEL — Direction France uniquement\nFermeture possible de la Guilde côté FR, impact sur nos ambassadeurs",
     "direction"),
    (C, "en", "Audience: all Guildsmiths\nCorrection (14 Nov, Oliver, CEO): pull this back — exec team only until the acquisition is public\nRe: Guild changes after the merger",
     "conflict: dated correction -> exec"),
    (C, "en", "HR – personal file note. A Guildsmith applied for a job with us; keep between HR and the hiring manager",
     "HR + one manager"),

    (N, "en", "Master Guildsmiths get 25% off renewal – offer reserved for the Master tier, ends 31 Jan",
     "tier as offer condition"),
    (N, "en", "How tiers work in the Payday Guild: a Guildsmith goes Apprentice → Journeyman at 500 stamps",
     "explains tiers"),
    (N, "en", "Yorkshire Post – Leeds payroll firm turns its customers into 'Guildsmiths'",
     "press"),
    (N, "en", "Saltmarsh Payroll Privacy Notice – section 7: Payday Guild ambassadors",
     "privacy notice title"),
    (N, "en", "Target audience for Guildsmith case studies: finance managers at 20–250 employee firms",
     "'target audience' near miss"),
    (N, "en", "Internal controls for payroll: three Guildsmiths explain their month-end checklist",
     "'internal' other sense"),
    (N, "fr", "Webinaire : la paie des intérimaires, animé par deux ambassadeurs de la Guilde\njeudi 14h",
     "event, no audience marking"),
    (N, "en", "Tom: has anyone logged Kamal's review as a Guild contribution yet? he's one of our best Guildsmiths",
     "chat, no audience"),
]

# ---------------------------------------------------------------- vtl
# VetoLien (veterinary clinics network, Lyon) - programme "La Meute"
# ambassadors: les Truffes (pet owners) ; points: croquettes ; tiers Patte < Museau < Cœur de meute
ORGS["vtl"] = [
    (P, "fr", "Objet : 🐾 La Meute News – décembre\nÀ : toutes les Truffes de la Meute\nBonjour à toutes et à tous,",
     "all ambassadors"),
    (P, "fr", "Guide de la Truffe : vos croquettes expliquées\nPour l'ensemble des ambassadeurs VetoLien — diffusion libre dans la Meute",
     "all ambassadors"),
    (P, "en", "VetoLien Meute – info for ALL Truffes (English version)\nHow to post a review without sharing your pet's medical details",
     "all ambassadors"),
    (P, "fr", "[#la-niche] Clara (VetoLien) : @everyone les truffes, la journée portes ouvertes de la clinique de Vaise c samedi, infos pour tout le monde ⬇️",
     "everyone in ambassadors' discord"),
    (P, "fr", "🤫 Embargo jusqu'au 1er février : on compte sur vous pour ne pas en parler hors de la Meute !\nNouvelle appli de rappels vaccins – avant-première ambassadeurs",
     "embargo inside program = public"),
    (P, "fr", "Kit réseaux sociaux « Ma Truffe et moi » — pour tous les niveaux (Patte, Museau, Cœur de meute)",
     "all tiers"),
    (P, "fr", "---\ntitre: Charte photo animaux (Truffes)\nvisibilité: ouverte à toute la Meute\n---",
     "front matter whole pack"),
    (P, "en", "Subject: welcome to the pack!\nTo: every new and existing Truffe\nThis guide is for all ambassadors – share it freely in the community",
     "all ambassadors"),

    (I, "fr", "Objet : Truffes « Cœur de meute » – soirée avec l'équipe de chirurgie\nCe message s'adresse uniquement au niveau Cœur de meute, merci de ne pas le transférer aux autres Truffes",
     "one tier"),
    (I, "fr", "Usage interne VetoLien – ASV et vétos seulement\nQuelles Truffes solliciter pour le salon Animal Expo (sans surcharger les mêmes)",
     "staff only"),
    (I, "fr", "Truffes de la clinique de Villeurbanne uniquement 📍\nCollecte de témoignages pour le nouveau site",
     "one clinic's ambassadors"),
    (I, "en", "Team note – not for the Truffes: average response delay per ambassador, Q4",
     "staff only, about ambassadors"),
    (I, "fr", "Compte-rendu réunion des responsables de clinique – point ambassadeurs\nDiffusion : personnel VetoLien",
     "staff"),
    (I, "fr", "[#team-meute] Clara : je vous colle la liste des Truffes qui ont rien posté depuis 4 mois, entre nous svp (pas dans la Niche)",
     "staff chat"),
    (I, "fr", "Truffes des niveaux Museau et Cœur de meute : avant-première de la box santé. Les Pattes sont pas encore au courant, gardez-le pour vous 😉",
     "two tiers as readers"),
    (I, "en", "Subject: Cat owners' panel – notes\nTo: Truffes of the Feline Panel\nPlease keep within the panel",
     "named group of ambassadors"),

    (C, "fr", "CONFIDENTIEL — Direction VetoLien\nBudget Meute 2027 et coût d'acquisition par Truffe",
     "direction"),
    (C, "fr", "Objet : décès de l'animal d'une Truffe après une intervention — réponse à apporter\nÀ : Dr Morel, juridique, Clara\nStrictement confidentiel",
     "legal, few people"),
    (C, "en", "Confidential – medical data: Truffes whose pets' records were cited in testimonials. DPO + clinic directors only",
     "DPO + directors"),
    (C, "fr", "Note perso Clara → Dr Aubert (associé) : une ambassadrice très active veut arrêter, on en parle de vive voix ?\nÀ ne pas partager",
     "two named people"),
    (C, "fr", "Diffusion : toutes les Truffes de la Meute\nRectificatif 05/12 (Dr Aubert) : on suspend, cette note reste entre associés jusqu'à l'AG\nObjet : fin des croquettes convertibles en consultations",
     "conflict: dated correction -> partners"),
    (C, "fr", "Secret 🤐 – seuls les associés et la CM : rachat de deux cliniques, impact sur les Truffes de la région",
     "partners + CM"),

    (N, "fr", "Cœur de meute : une consultation comportementale offerte par an (réservée aux Truffes de ce niveau)",
     "tier as offer condition"),
    (N, "fr", "Le Progrès – « À Lyon, des propriétaires d'animaux deviennent ambassadeurs de leur clinique »",
     "press"),
    (N, "fr", "Politique de confidentialité VetoLien — section programme ambassadeurs « la Meute »",
     "privacy policy title"),
    (N, "fr", "Public cible des témoignages Truffes : propriétaires de NAC et de chats seniors",
     "'public cible' near miss"),
    (N, "en", "Truffe story: how Biscotte the beagle got his second chance",
     "story, no audience"),
    (N, "fr", "Médecine interne : Dr Morel répond aux questions des Truffes sur les maladies chroniques",
     "'interne' other sense"),
    (N, "fr", "Combien de croquettes pour passer Museau ? Barème des niveaux des Truffes",
     "explains tiers"),
    (N, "fr", "Clara : ptite question, on compte les avis Google des truffes en contribution ou pas ?",
     "chat, no audience"),
]


def main():
    rng = random.Random(SEED)
    out = []
    for prefix in sorted(ORGS):
        rows = list(ORGS[prefix])
        rng.shuffle(rows)
        for n, (level, lang, head, note) in enumerate(rows, 1):
            out.append({"id": f"{prefix}-{n:02d}", "head": head, "level": level,
                        "lang": lang, "note": note})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases to {path}")


if __name__ == "__main__":
    main()
