"""Deterministic generator for the markings_heldout15 set (held-out, written blind).

Run:  python gen.py   -> writes cases.jsonl next to this file.
Cases are hand-written below; only their order inside each organisation is
shuffled with a fixed seed so that ids do not reveal the level.
"""
import json
import os
import random

SEED = 15
HERE = os.path.dirname(os.path.abspath(__file__))

P, INT, C, N = "public", "internal", "confidential", "none"

# ---------------------------------------------------------------------------
# 1. vbr — Vignerons de la Butte-Rouge (wine co-operative, Saumur area)
#    Program "Cercle des Ceps"; ambassadors = "Sarments";
#    tiers Bourgeon < Grappe < Cuvée; points = "gouttes".
# ---------------------------------------------------------------------------
VBR = [
    (P, "fr",
     "De : Lucie Marchadier <l.marchadier@butterouge.coop>\n"
     "À : sarments@listes.butterouge.coop\n"
     "Objet : Vendanges participatives 2027 - inscriptions ouvertes 🍇",
     "sent to the list of all Sarments (every ambassador)"),
    (P, "fr",
     "Espace Cercle des Ceps › Actualités\n"
     "Carnet de cave n°14 — à partager sans modération entre Sarments\n"
     "Publié le 03/11/2026 par Lucie",
     "'share freely among Sarments' = all ambassadors"),
    (P, "fr",
     "COOPÉRATIVE DES VIGNERONS DE LA BUTTE-ROUGE\n"
     "Guide du Sarment — édition 2027\n"
     "Remis à chaque membre du Cercle, quel que soit son palier",
     "every member whatever the tier = all ambassadors"),
    (P, "en",
     "Subject: Harvest open day - press kit\n"
     "EMBARGO until 12 Sept 2027, 08:00 CET. After that: free to use by anyone.",
     "embargo then free use = public"),
    (P, "fr",
     "[#cercle-annonces] Lucie (CM) : coucou la team 🍷 le replay de la dégust' "
     "est dispo, vous pouvez le faire tourner dans le Cercle mais pas au-delà svp, merci !!",
     "may circulate within the whole program, not outside = still public"),
    (P, "fr",
     "---\n"
     "titre: Calendrier des sollicitations T1\n"
     "auteur: L. Marchadier\n"
     "diffusion: ensemble du Cercle des Ceps\n"
     "---",
     "front matter: whole program"),
    (P, "fr",
     "Note de synthèse — atelier JE du 14/10\n"
     "[Interne — équipe com]\n"
     "MàJ 22/10 (L.M.) : validé par la direction, on peut l'envoyer à tous les Sarments, "
     "mention interne levée.",
     "dated, signed correction explicitly loosens internal -> all ambassadors"),
    (P, "en",
     "Slide 1/24 — Cercle des Ceps: what's new in 2027\n"
     "Open to every Sarment · Butte-Rouge co-op",
     "slide footer: every ambassador"),

    (INT, "fr",
     "De : Bastien Roy\n"
     "À : equipe-commerciale@butterouge.coop\n"
     "Objet : Sarments à relancer avant Noël (ne pas transférer aux intéressés)",
     "document about ambassadors, not to be sent to them -> staff"),
    (INT, "fr",
     "Procédure de validation des contributions — v3\n"
     "Rédaction : service client · relecture : Lucie\n"
     "Usage interne Butte-Rouge — ne sort pas des bureaux de la coop",
     "'usage interne' banner moved up from footer"),
    (INT, "fr",
     "Objet : Déjeuner au chai avec le maître de chai, le 24/01\n"
     "Cette lettre ne circule qu'entre Cuvées — merci de ne pas l'ébruiter aux autres paliers.",
     "audience = one tier only (Cuvée), named indirectly"),
    (INT, "en",
     "Confluence › MKT › Cercle des Ceps › Ambassador scoring model\n"
     "Space permissions: Butte-Rouge staff (all departments)",
     "sharing setting: all employees"),
    (INT, "fr",
     "Compte rendu — rencontre des Sarments tourangeaux (Chinon, 5/12)\n"
     "À ne diffuser qu'aux participants du groupe Touraine svp",
     "regional group of ambassadors only"),
    (INT, "fr",
     "[C2] Tableau de bord KPI Cercle des Ceps — novembre\n"
     "C2 = salariés de la coopérative",
     "classification C2, defined as employees"),
    (INT, "fr",
     "Dossier de presse salon des vins de Loire\n"
     "Diffusion libre\n"
     "Rectificatif du 02/02 (B. Roy) : finalement on garde ça entre collègues "
     "jusqu'à validation, ne plus le partager aux Sarments.",
     "dated correction tightens public -> staff"),
    (INT, "fr",
     "[#staff-cercle] Bastien : je pose ici le fichier des NPS par Sarment, "
     "c'est pour nous hein, pas pour le Discord 😉",
     "staff channel, explicitly not for ambassadors"),

    (C, "fr",
     "STRICTEMENT CONFIDENTIEL — Conseil d'administration\n"
     "Budget Cercle des Ceps 2027 et arbitrages",
     "board only, 'strictement confidentiel'"),
    (C, "fr",
     "À : Hélène Vasseur (présidente) ; Marc Dubreuil (DAF)\n"
     "Objet : Départ de deux Sarments — litige sur une livraison\n"
     "Merci de ne pas élargir la boucle.",
     "two named people, don't widen the loop"),
    (C, "en",
     "TLP:RED — Incident report: ambassador mailing-list leak (14 Nov)\n"
     "Recipients only.",
     "TLP:RED = named recipients"),
    (C, "fr",
     "Note RH — entretien de fin de collaboration, responsable du Cercle\n"
     "Lecture : DRH et direction générale",
     "HR + top management"),
    (C, "fr",
     "Nouveaux avantages Sarments 2027 — proposition\n"
     "Diffusion : tous les Sarments\n"
     "…\n"
     "Bas de page : C3 — Confidentiel direction",
     "conflict without correction: stricter (C3 direction) wins"),
    (C, "fr",
     "🔒 Négo tarifs partenaires (Cercle des Ceps)\n"
     "Exporté de Notion — Partagé avec 3 personnes · lien public désactivé",
     "sharing setting: 3 people"),

    (N, "fr",
     "Public cible du Cercle des Ceps : clients particuliers ayant passé "
     "au moins 3 commandes en 2 ans",
     "'public cible' = target customers, not a reading audience"),
    (N, "fr",
     "Politique de confidentialité — Cercle des Ceps\n"
     "Dernière mise à jour : 1er septembre 2026",
     "title of a privacy policy"),
    (N, "fr",
     "Offre réservée aux Sarments Grappe et Cuvée : -15 % sur les magnums jusqu'au 31/12",
     "eligibility condition of an offer, not a reading restriction"),
    (N, "fr",
     "Concours interne de photos entre Sarments — règlement\n"
     "Art. 1 : chaque Sarment peut envoyer 3 photos max",
     "'interne' means a contest among members"),
    (N, "en",
     "Re: public tasting on the quay — do we need a permit from the mairie?",
     "'public tasting' is an event type"),
    (N, "fr",
     "Le secret d'un bon chenin ? Atelier avec Paul, vigneron — samedi 10h, salle des cuves",
     "'secret' used rhetorically"),
    (N, "en",
     "---\n"
     "title: Harvest volunteers FAQ\n"
     "category: public-events\n"
     "tags: [faq, vendanges]\n"
     "---",
     "category name 'public-events' describes the subject, no audience field"),
    (N, "fr",
     "Vos données perso et le Cercle : ce qu'on collecte, et pourquoi",
     "privacy explainer title"),
]

# ---------------------------------------------------------------------------
# 2. nav — Navettes de l'Iroise (ferry company, Brest)
#    Program "Équipage Iroise"; ambassadors = "Matelots";
#    tiers Mousse < Bosco < Capitaine; points = "nœuds".
# ---------------------------------------------------------------------------
NAV = [
    (P, "fr",
     "De : Gwenaëlle Le Bihan — Équipage Iroise\n"
     "À : Matelots (liste complète)\n"
     "Objet : 🌊 Appel à témoignages pour le Salon nautique — qui est partant·e ?",
     "full list of ambassadors"),
    (P, "en",
     "Iroise Crew Newsletter #7 — winter timetable & member perks\n"
     "Feel free to forward to any fellow Matelot.",
     "forward to any ambassador"),
    (P, "fr",
     "Bulletin de bord n°22\n"
     "Diffusion : Équipage complet (Mousses, Boscos et Capitaines)",
     "all tiers enumerated = every ambassador"),
    (P, "fr",
     "📣 @everyone dans #pont-principal : le sondage sur les nouvelles escales est en ligne, "
     "5 min max, merci l'équipage !",
     "@everyone in the ambassadors' Discord"),
    (P, "fr",
     "NAVETTES DE L'IROISE — Charte de l'Équipage\n"
     "Version 2.1 · Tout public\n"
     "Page 1/6",
     "'tout public'"),
    (P, "en",
     "Iroise Crew Summit 2027 — keynote deck\n"
     "Classification: TLP:CLEAR",
     "TLP:CLEAR = unrestricted"),
    (P, "fr",
     "Objet : Résultats du vote « plus belle photo de traversée »\n"
     "[INTERNE] brouillon\n"
     "Edit 15/01 — Gwen : c'est validé, on l'envoie à tout l'équipage, oubliez le tag interne.",
     "dated signed correction loosens internal -> all ambassadors"),
    (P, "fr",
     "Kit réseaux sociaux — Fête de la mer\n"
     "Sous embargo jusqu'au 21/06 9h ; ensuite libre pour les Matelots et le grand public.",
     "embargo, then free"),

    (INT, "fr",
     "Objet : Suivi sur-sollicitation — Matelots contactés + de 4 fois ce trimestre\n"
     "À : équipe relation client\n"
     "(ne pas mettre les Matelots en copie)",
     "about ambassadors, not for them"),
    (INT, "fr",
     "Avant-première de la nouvelle liaison Molène, pour nos Capitaines\n"
     "Merci de ne pas en parler aux autres paliers pour l'instant 🤫",
     "one tier only"),
    (INT, "en",
     "TLP:AMBER — Crew KPI dashboard Q4\n"
     "Share within Navettes de l'Iroise staff only",
     "TLP:AMBER narrowed to staff"),
    (INT, "fr",
     "Intranet NavIroise > Marketing > Procédures\n"
     "Fiche : valider une contribution dans le back-office\n"
     "Accès : personnel navigant et sédentaire",
     "all staff, named indirectly (crew + shore staff)"),
    (INT, "fr",
     "Matelots d'Ouessant — CR de la réunion du 8/11\n"
     "À l'usage des seuls Matelots insulaires",
     "a regional group of ambassadors"),
    (INT, "fr",
     "Plan d'animation de l'Équipage 2027 — brouillon v0.4\n"
     "Document de travail — collaborateurs NdI",
     "working doc for employees"),
    (INT, "en",
     "#crew-ops — Yann: pasting the churn list of Matelots here, it stays with us "
     "ops folks, not for Discord ok?",
     "staff channel, not for ambassadors"),
    (INT, "fr",
     "Nouvelle grille de nœuds par contribution\n"
     "Diffusion libre\n"
     "Pied de page : Usage interne – Navettes de l'Iroise",
     "conflict without correction: stricter (internal) wins"),

    (C, "fr",
     "CONFIDENTIEL — Comité de direction\n"
     "Projet de reprise de la ligne Sein–Audierne : impact sur l'Équipage",
     "management committee only"),
    (C, "en",
     "Subject: Legal hold — complaint by a Capitaine (passenger injury)\n"
     "To: legal counsel; CEO\n"
     "Privileged & confidential",
     "legal + CEO"),
    (C, "fr",
     "Bulletin de bord n°23\n"
     "Diffusion : tout l'équipage\n"
     "Correction du 09/03 (direction) : retirer de la diffusion — contient les montants "
     "de l'accord d'entreprise, lecture limitée au CODIR.",
     "dated correction tightens public -> management"),
    (C, "fr",
     "Évaluation annuelle — G. Le Bihan, responsable de l'Équipage\n"
     "Destinataires : N+1 et RH uniquement",
     "HR + manager"),
    (C, "fr",
     "🔐 Salaires & primes équipe communauté 2027\n"
     "Partage : Yann K., Gwenaëlle L.B. — accès par lien désactivé",
     "sharing setting: two named people"),
    (C, "fr",
     "Note au conseil de surveillance\n"
     "Objet : avarie du 3 février et communication aux Matelots\n"
     "Ne pas diffuser au-delà des administrateurs.",
     "board members only"),

    (N, "fr",
     "Horaires d'hiver — liaisons Brest / Le Conquet / Ouessant / Molène\n"
     "Valables du 2 novembre au 31 mars",
     "timetable, no audience"),
    (N, "fr",
     "Public visé : passagers réguliers (10 traversées/an et +) et résidents des îles",
     "'public visé' = target customers"),
    (N, "en",
     "Privacy notice — Iroise Crew app (v3)",
     "privacy notice title"),
    (N, "fr",
     "Avantage Capitaine : embarquement prioritaire + café offert à bord "
     "(réservé aux Capitaines)",
     "perk eligibility, not a reading restriction"),
    (N, "fr",
     "Pont intérieur fermé pour travaux du 4 au 9 mars — merci de votre compréhension",
     "'intérieur' = inner deck"),
    (N, "en",
     "Re: Secret spots on Molène — your best photo tips?",
     "'secret' in subject line, rhetorical"),
    (N, "fr",
     "Réunion publique à Lampaul : la navette électrique, vos questions\n"
     "Jeudi 18h30, salle polyvalente",
     "'réunion publique' = event type"),
    (N, "fr",
     "Règlement du jeu-concours « Cap sur Sein »\n"
     "Article 1 — Organisateur",
     "contest rules, no audience"),
]

# ---------------------------------------------------------------------------
# 3. vet — Vetolia (SaaS for veterinary clinics, Lyon)
#    Program "Meute Vetolia"; ambassadors = "Éclaireurs";
#    tiers Piste < Sentier < Sommet; points = "croquettes".
# ---------------------------------------------------------------------------
VET = [
    (P, "fr",
     "From: communaute@vetolia.io\n"
     "To: eclaireurs-all@vetolia.io\n"
     "Objet : Bêta du module ordonnances — on cherche 10 testeurs parmi vous !",
     "all-ambassadors list"),
    (P, "en",
     "Vetolia Pack Digest — November\n"
     "This digest goes to every Éclaireur, whatever your trail level.",
     "every ambassador"),
    (P, "fr",
     "Confluence › Espace « Meute Vetolia » (partagé avec les Éclaireurs)\n"
     "FAQ : comment déclarer une contribution ?",
     "space shared with the ambassadors"),
    (P, "fr",
     "Programme de la journée Meute 2027 — Lyon, 12 mai\n"
     "C1 – Public",
     "C1 public"),
    (P, "fr",
     "[#feu-de-camp] Inès (Vetolia) : petit doc récap des règles de points, "
     "épinglé pour toute la Meute 📌",
     "pinned for the whole program"),
    (P, "en",
     "Release notes 5.2 (early access)\n"
     "Embargo: don't post outside the Pack before 3 March — inside the Pack, go ahead.",
     "embargo outside program, free inside = public"),
    (P, "fr",
     "---\n"
     "title: Kit témoignage vidéo\n"
     "audience: all-ambassadors\n"
     "owner: ines.v\n"
     "---",
     "front matter audience all ambassadors"),
    (P, "fr",
     "Synthèse atelier JE — cliniques rurales\n"
     "Statut : interne (draft)\n"
     "[MAJ 28/11, Inès] relu + anonymisé → partageable à tous les Éclaireurs.",
     "dated correction loosens -> public"),

    (INT, "fr",
     "Objet : Scoring d'invitation — cliniques à fort NPS\n"
     "À : sales@, cs@\n"
     "Pas pour les Éclaireurs évidemment",
     "about ambassadors, staff only"),
    (INT, "fr",
     "Calendrier des sollicitations T1 (copie de travail CM)\n"
     "Interne — équipe Vetolia",
     "internal team"),
    (INT, "fr",
     "Invitation — comité produit trimestriel\n"
     "Ce message n'est adressé qu'aux Éclaireurs arrivés au Sommet.",
     "one tier (Sommet) named indirectly"),
    (INT, "fr",
     "Retex des Éclaireurs néo-aquitains\n"
     "Diffusion restreinte au groupe NA",
     "regional group"),
    (INT, "en",
     "#cs-internal — Théo: heads up, the list of Pack members who went quiet is in the drive. "
     "Keep it in-house pls 🙏",
     "in-house = staff"),
    (INT, "fr",
     "Vetolia — Plan ACTION 2027 (groupes & thèmes)\n"
     "Vetolia SAS · usage interne · ne pas transmettre aux clients",
     "footer usage interne; ambassadors are clients"),
    (INT, "en",
     "Notion — Pack health indicators (live)\n"
     "Shared with: Everyone at Vetolia",
     "sharing setting: all employees"),
    (INT, "fr",
     "Post Discord épinglé : classement des Éclaireurs\n"
     "→ Correction 04/12 (Inès) : on retire le classement du Discord, il reste consultable "
     "par l'équipe uniquement (trop de compét).",
     "dated correction tightens public -> staff"),

    (C, "en",
     "Board pack — Q4 2026\n"
     "STRICTLY CONFIDENTIAL — board members only",
     "board only"),
    (C, "fr",
     "Objet : Réclamation clinique Saint-Roch (Éclaireur Sommet) — risque contentieux\n"
     "À : Me Perrot (avocate) ; Claire (CEO)",
     "lawyer + CEO, named"),
    (C, "fr",
     "[C3] Analyse RGPD — fuite d'adresses dans l'export Meute\n"
     "Destinataires : DPO, CTO",
     "C3 + two roles"),
    (C, "en",
     "Subject: Pack manager role — candidate shortlist\n"
     "To: hiring panel (Claire, Théo)\n"
     "Please keep it between the three of us.",
     "three named people"),
    (C, "fr",
     "Tarifs partenaires 2027 — Meute Vetolia\n"
     "Classification : C2 Interne\n"
     "Annexe 2 (en-tête) : SECRET — direction financière",
     "conflict: stricter (secret, finance direction) wins"),
    (C, "en",
     "DM Claire → Inès: sending you the acquisition term sheet draft that touches the Pack. "
     "Just you for now, not even the team.",
     "one named person"),

    (N, "fr",
     "Conditions d'accès au palier Sommet : 600 croquettes et 2 témoignages vidéo",
     "tier access conditions"),
    (N, "en",
     "Target audience for the Pack: independent clinics with 2–8 vets",
     "target audience = customers"),
    (N, "fr",
     "Politique de protection des données — Vetolia (clients et Éclaireurs)",
     "privacy policy title"),
    (N, "fr",
     "Médecine interne féline : webinaire avec le Dr Lemoine, jeudi 18h",
     "'interne' = internal medicine"),
    (N, "fr",
     "Jours fériés 2027 — horaires du support",
     "support hours"),
    (N, "fr",
     "Nouveau : l'API publique de Vetolia est dispo (doc développeurs)",
     "'API publique' = product feature"),
    (N, "fr",
     "Compte rendu atelier NOUS — 14/11\n"
     "Participants : Inès, Théo, 4 Éclaireurs\n"
     "Raison d'être (v1) : …",
     "participant list is not a reading audience"),
    (N, "en",
     "Top-secret recipe? Nope — just our 5 tips for faster appointment booking",
     "'top-secret' as a teaser"),
]

# ---------------------------------------------------------------------------
# 4. crg — Cragworks (climbing-gym chain, Grenoble / Lyon / Geneva)
#    Program "Rope Team"; ambassadors = "Belayers";
#    tiers Boulder < Lead < Big Wall; points = "chalk".
# ---------------------------------------------------------------------------
CRG = [
    (P, "en",
     "From: rope-team@cragworks.eu\n"
     "To: all-belayers@lists.cragworks.eu\n"
     "Subject: Call for route-setting ideas — winter comp 🧗",
     "all-ambassadors list"),
    (P, "en",
     "Rope Team Handbook 2027\n"
     "Audience: every Belayer (Boulder, Lead & Big Wall)",
     "all tiers"),
    (P, "fr",
     "Cragworks Grenoble — Mur d'expression des Belayers\n"
     "À partager entre tous les membres de la Rope Team, pas sur les réseaux pour l'instant",
     "whole program, not outside = public"),
    (P, "en",
     "Rope Team Town Hall — slide 1\n"
     "TLP:GREEN — ok to share within the Rope Team community",
     "TLP:GREEN scoped to the whole community"),
    (P, "en",
     "---\n"
     "title: Chalk points — how they work\n"
     "visibility: community\n"
     "last_reviewed: 2026-11-20\n"
     "---",
     "visibility: community (all ambassadors)"),
    (P, "fr",
     "[Discord #camp-de-base] Sam (Cragworks) : ping à toute la Rope Team 👉 "
     "le sondage sur les nouveaux horaires est ouvert jusqu'à dimanche",
     "whole program"),
    (P, "en",
     "Subject: Results — Belayer of the Year vote\n"
     "[INTERNAL DRAFT]\n"
     "Update 2026-12-01 (Sam): cleared by legal, send to the whole Rope Team; "
     "ignore the draft tag.",
     "dated correction loosens -> public"),
    (P, "en",
     "PRESS RELEASE — Cragworks opens in Annecy\n"
     "For immediate release",
     "press release"),

    (INT, "en",
     "Subject: Belayers at risk of burnout — solicitation load Q4\n"
     "To: gym-managers@cragworks.eu\n"
     "Don't loop the Belayers in on this one.",
     "about ambassadors, staff only"),
    (INT, "fr",
     "Aperçu du nouveau mur de Lyon — pour les Big Wall seulement\n"
     "Merci de ne pas le montrer aux Boulder/Lead tout de suite",
     "one tier"),
    (INT, "fr",
     "Cragworks — Procédure d'enregistrement des contributions\n"
     "Usage interne | Intranet staff",
     "usage interne"),
    (INT, "en",
     "Notion — Rope Team CRM export\n"
     "Shared with: Cragworks workspace (staff)",
     "sharing: all staff"),
    (INT, "en",
     "Geneva crew meetup notes\n"
     "For the Geneva Belayers group only",
     "regional group"),
    (INT, "en",
     "#staff-ropeteam — Léa: NPS-per-Belayer sheet is up, team eyes only, "
     "obviously not for Discord",
     "staff only"),
    (INT, "en",
     "Rope Team leaderboard (public page)\n"
     "Correction 2026-11-30 (Léa): page unpublished; leaderboard now visible to staff only "
     "after complaints about unhealthy competition.",
     "dated correction tightens public -> staff"),
    (INT, "fr",
     "[C2] Calendrier des sollicitations — S1 2027\n"
     "C2 = collaborateurs Cragworks",
     "C2 defined as employees"),

    (C, "en",
     "CONFIDENTIAL — Executive team\n"
     "Rope Team budget-cut scenarios FY27",
     "executive team"),
    (C, "en",
     "Subject: Incident at Lyon gym — Belayer fall, insurer contact\n"
     "To: CEO, Head of Legal, insurer liaison\n"
     "Do not forward.",
     "three roles, do not forward"),
    (C, "en",
     "TLP:RED — Data breach timeline (Rope Team app)\n"
     "Named recipients only",
     "TLP:RED"),
    (C, "fr",
     "Entretien disciplinaire — coach référent Rope Team\n"
     "Diffusion : RH + directeur de salle",
     "HR + manager"),
    (C, "en",
     "Distribution: All Belayers\n"
     "Rope Team x outdoor-brand partnership — draft terms\n"
     "Footer: Cragworks Confidential — ExCo eyes only",
     "conflict: stricter wins"),
    (C, "en",
     "Google Doc — Partnership term sheet (outdoor brand x Rope Team)\n"
     "Sharing: Restricted · 2 people have access",
     "sharing: 2 people"),

    (N, "en",
     "Big Wall perk: free guest pass every month (Big Wall Belayers only)",
     "perk eligibility"),
    (N, "fr",
     "Public cible : abonnés qui grimpent 2 fois/semaine ou plus depuis 6 mois",
     "target customers"),
    (N, "en",
     "Privacy policy — Cragworks app & Rope Team",
     "privacy policy title"),
    (N, "en",
     "Public climbing sessions resume Monday — kids welcome!",
     "'public sessions' = open sessions"),
    (N, "fr",
     "Secret de grimpe : le talon-crochet expliqué par Léa",
     "'secret' = tip"),
    (N, "en",
     "Internal bracing works on the north wall — closure 3–5 Jan",
     "'internal' = structural"),
    (N, "fr",
     "Compétition interne Rope Team : règlement et barème",
     "'interne' = among members"),
    (N, "fr",
     "Rope Team — FAQ pour les nouveaux",
     "plain FAQ title"),
]

# ---------------------------------------------------------------------------
# 5. tan — Scène des Tanneurs (theatre, Annonay)
#    Program "Les Complices"; ambassadors = "Complices";
#    tiers Strapontin < Orchestre < Loge; points = "rappels".
# ---------------------------------------------------------------------------
TAN = [
    (P, "fr",
     "De : Jeanne Ferrandi <jeanne.f@scene-tanneurs.fr>\n"
     "À : complices@scene-tanneurs.fr (tous)\n"
     "Objet : Bord de scène du 17/01 — on cherche 3 volontaires pour témoigner",
     "all-ambassadors list"),
    (P, "fr",
     "La Gazette des Complices — n°9 — janvier\n"
     "Pour tous les Complices, du Strapontin à la Loge",
     "all tiers"),
    (P, "fr",
     "Feuille de route saison 27-28 — version Complices\n"
     "(peut circuler librement parmi les Complices ; merci de ne pas la publier "
     "avant la conf de presse du 3 juin)",
     "embargo, free among all ambassadors"),
    (P, "fr",
     "[Discord · #foyer] Jeanne : 🎭 le doc « comment parler du spectacle sans spoiler » "
     "est en ligne pour tout le monde ici",
     "everyone in the ambassadors' Discord"),
    (P, "fr",
     "SCÈNE DES TANNEURS\n"
     "Communiqué — Ouverture de la billetterie\n"
     "Diffusion libre",
     "diffusion libre"),
    (P, "en",
     "Complices — welcome pack (English version)\n"
     "For all programme members",
     "all members"),
    (P, "fr",
     "Objet : Bilan atelier ACTION\n"
     "Mention : interne équipe RP\n"
     "Rectif. 10/02 (Jeanne) : la direction est d'accord, envoyé à l'ensemble des Complices.",
     "dated correction loosens -> public"),
    (P, "fr",
     "---\n"
     "titre: Trombinoscope des Complices\n"
     "visibilite: tous-les-complices\n"
     "---",
     "front matter all ambassadors"),

    (INT, "fr",
     "Objet : Complices peu actifs depuis septembre — qui les appelle ?\n"
     "À : équipe billetterie et RP\n"
     "À ne pas leur faire suivre",
     "about ambassadors, not for them"),
    (INT, "fr",
     "Répétition ouverte de « Sel » — un mot pour nos Complices de la Loge\n"
     "Merci de garder l'info pour vous",
     "one tier, keep it to yourselves"),
    (INT, "fr",
     "Intranet Tanneurs — Note de service n°47\n"
     "À l'attention de l'ensemble des permanents et intermittents de la maison",
     "all staff named indirectly"),
    (INT, "fr",
     "Bilan KPI Complices — saison 25-26\n"
     "— Document réservé à l'équipe de la Scène —",
     "staff"),
    (INT, "fr",
     "Compte rendu — Complices lycéens (groupe Jeunes)\n"
     "Circulation : groupe Jeunes seulement",
     "named group"),
    (INT, "fr",
     "Note : nouveaux avantages Complices\n"
     "Diffusion : tous les Complices\n"
     "Bandeau bas : NE PAS DIFFUSER HORS ÉQUIPE",
     "conflict: stricter (staff) wins"),
    (INT, "en",
     "Slack #rp-complices — Jeanne: uploaded the ambassador scoring grid. "
     "Staff only please, don't pin it on Discord.",
     "staff only"),
    (INT, "fr",
     "Bulletin Complices n°10 — diffusion à tous\n"
     "Erratum du 05/12 (J. Ferrandi) : stop, la partie budget n'est pas finalisée ; "
     "ne circule plus qu'en interne jusqu'à nouvel ordre.",
     "dated correction tightens -> internal"),

    (C, "fr",
     "CONFIDENTIEL — Conseil d'administration de l'association\n"
     "Subvention régionale 2027 et avenir du programme Complices",
     "board"),
    (C, "fr",
     "Objet : Plainte d'une Complice contre un artiste associé\n"
     "À : directrice, administratrice, avocat\n"
     "Strictement entre nous.",
     "three roles, strictly"),
    (C, "fr",
     "Niveau C3 — Données nominatives des Complices (export complet)\n"
     "Accès : DPO et directrice",
     "C3 + two roles"),
    (C, "fr",
     "Note personnelle à l'attention de Mme la Directrice — ne pas classer au secrétariat",
     "one person"),
    (C, "en",
     "Subject: Artistic director succession — draft timeline\n"
     "Eyes only: board chair, managing director",
     "two roles"),
    (C, "fr",
     "Plan de communication saison 27-28\n"
     "Usage interne\n"
     "MàJ 12/03 : contient le nom du futur directeur → accès restreint au bureau de l'association.",
     "dated correction tightens internal -> few people"),

    (N, "fr",
     "Public visé : spectateurs abonnés depuis au moins deux saisons",
     "target audience"),
    (N, "fr",
     "Tarif Loge : place de dernière minute à 5 € (réservé aux Complices Loge)",
     "eligibility"),
    (N, "fr",
     "Politique de confidentialité de la billetterie en ligne",
     "privacy policy title"),
    (N, "fr",
     "Lecture publique de « Sel » à la médiathèque — samedi 15h",
     "'lecture publique' = event"),
    (N, "fr",
     "Les secrets de la machinerie : visite des cintres avec Paul, régisseur",
     "'secrets' = teaser"),
    (N, "fr",
     "Le règlement intérieur du foyer des artistes évolue au 1er janvier",
     "'règlement intérieur' = house rules"),
    (N, "en",
     "Complices — FAQ (English)",
     "plain title"),
    (N, "fr",
     "Atelier JE — 9 Complices présents, synthèse à chaud\n"
     "Convergences : envie de coulisses, peur d'être « utilisés »",
     "attendance is not a reading audience"),
]

ORGS = [("vbr", VBR), ("nav", NAV), ("vet", VET), ("crg", CRG), ("tan", TAN)]


def main():
    rng = random.Random(SEED)
    out = []
    for prefix, cases in ORGS:
        cases = list(cases)
        rng.shuffle(cases)
        for n, (level, lang, head, note) in enumerate(cases, 1):
            out.append({"id": f"{prefix}-{n:02d}", "head": head, "level": level,
                        "lang": lang, "note": note})
    path = os.path.join(HERE, "cases.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases to {path}")


if __name__ == "__main__":
    main()
