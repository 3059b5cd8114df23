"""Deterministic generator for the markings_heldout14 blind set (ambassador-heavy heads).

Run: python gen.py  -> writes cases.jsonl next to this file. No randomness: order is fixed.
Each case: (level, lang, head, note).
"""

import json
from pathlib import Path

P, IN, C, N = "public", "internal", "confidential", "none"

# --- 1. Houblonnerie du Lez: craft-brewery co-op, Montpellier. Ambassadors: "les Levures". ---
HOUBLON = [
    (
        P,
        "fr",
        "De : Camille Ferrand <camille@houblonnerie-lez.fr>\n"
        "À : toutes-les-levures@houblonnerie-lez.fr\n"
        "Objet : [Levures] brassin collaboratif d'automne, inscriptions ouvertes\n\n"
        "Salut la team Levures 🍺 !",
        "sent to the list of all ambassadors",
    ),
    (
        P,
        "fr",
        "# Recette du Brassin Levures n°4\n"
        "> Pour toutes les Levures 🙏 merci de pas faire tourner hors du programme avant la sortie "
        "(embargo 15/11)",
        "all ambassadors; no-forward request and embargo keep it public",
    ),
    (
        P,
        "fr",
        "Diffusion : toutes les ambass' (Levures), tous niveaux\n\n"
        "Guide photo pour vos posts insta — lumière, verre, mousse",
        "'ambass'' slang, all tiers = all ambassadors",
    ),
    (
        P,
        "fr",
        "[Discord #levures-annonces] Camille (CM) — 18/11 09:12\n"
        "hello les levures !! le calendrier des dégust' de décembre est là, vous pouvez le faire tourner "
        "à tout le groupe 🙌",
        "CM posts for the whole ambassador group",
    ),
    (
        P,
        "fr",
        "---\ntitre: Kit témoignage 2027\naudience: ambassadeurs (toutes les Levures)\nstatut: validé\n---",
        "front matter audience = all ambassadors",
    ),
    (
        P,
        "fr",
        "Classification : INTERNE\n"
        "Planning des portes ouvertes de la brasserie — rôle des Levures\n"
        "MàJ 03/10 (Camille) : finalement on l'ouvre à toutes les Levures, reclassé diffusion ambassadeurs.",
        "later dated correction opens it to all ambassadors",
    ),
    (
        P,
        "en",
        "Shared with: All Levures (ambassador community) — can view\n\nBrewery tour FAQ for ambassadors",
        "sharing setting = whole ambassador community",
    ),
    (
        P,
        "fr",
        "Réservé aux ambassadrices et ambassadeurs de la Houblonnerie\n"
        "merci de garder ça entre Levures, c'est pas encore annoncé officiellement",
        "reserved to all ambassadors (feminine + masculine); keep-inside request",
    ),
    (
        IN,
        "fr",
        "Interne équipe — NE PAS partager aux Levures\n"
        "Bilan sollicitations T3 : qui répond, qui décroche, qui sature",
        "about ambassadors, explicitly not for them",
    ),
    (
        IN,
        "fr",
        "De : Paul <paul@houblonnerie-lez.fr>\n"
        "À : equipe-commu@houblonnerie-lez.fr\n"
        "Objet : liste des Levures à relancer avant Noël",
        "e-mail to the staff team list, about ambassadors",
    ),
    (
        IN,
        "fr",
        "Pour les Levures niveau « Double Malt » uniquement\n"
        "Invitation au brassage privé du 12/12 avec le maître brasseur",
        "one tier only -> internal",
    ),
    (
        IN,
        "fr",
        "Pour les Levures de Sète seulement (pas les Montpelliérains, désolé 😅)\n"
        "rdv jeudi 19h sur le quai pour la dégust' iodée",
        "one city's ambassadors -> internal",
    ),
    (
        IN,
        "fr",
        "À : Inès B., Mathis R., Coralie T.\n"
        "Objet : [Levures] votre témoignage vidéo pour le salon Vinisud\n\n"
        "Coucou vous trois !",
        "named ambassadors -> internal",
    ),
    (
        IN,
        "en",
        "Staff only – don't share in the ambassador Discord\nLevures churn analysis, Q3",
        "staff only, about ambassadors",
    ),
    (
        IN,
        "en",
        "<!-- internal: this is about the ambassadors, not for them -->\n# Scoring grid for future Levures",
        "HTML comment marks it internal",
    ),
    (
        IN,
        "fr",
        "Classification : Interne\n"
        "Notes dégustation des nouvelles cuvées\n"
        "MàJ 14/09 : envoyé aussi aux Levures du comité dégustation",
        "correction widens only to a subset of ambassadors -> stays internal",
    ),
    (
        C,
        "fr",
        "CONFIDENTIEL — Direction uniquement\nCoût réel du programme Levures et marge perdue par fût offert",
        "management only",
    ),
    (
        C,
        "fr",
        "À : Julie (DRH) ; Karim (juridique)\n"
        "Objet : litige avec une Levure — remise sur les fûts\n"
        "Confidentiel",
        "two named staff recipients (HR, legal), marked confidential",
    ),
    (
        C,
        "fr",
        "Diffusion : CA de la coop seulement\n"
        "Proposition : ouvrir le programme Levures aux cavistes partenaires ?",
        "board only",
    ),
    (C, "en", "Restricted — DPO and CM lead only\nLevures personal data: retention review", "two roles only"),
    (
        C,
        "fr",
        "Public — à partager à toutes les Levures\n"
        "Résultats du concours de la meilleure photo\n"
        "Confidentiel direction (ajouté par Paul : montants des lots pas validés)",
        "conflicting lines, no dated correction -> stricter wins",
    ),
    (
        C,
        "fr",
        "perso/confi — Camille & Paul seulement stp\nnotes sur le départ de Théo du programme Levures",
        "two named people",
    ),
    (
        N,
        "fr",
        "Programme Levures — conditions d'éligibilité\n"
        "- être client·e depuis 12 mois\n- avoir commandé au moins 3 fûts",
        "eligibility conditions, no marking",
    ),
    (
        N,
        "fr",
        "Offre réservée aux Levures niveau Double Malt : -15 % sur le renouvellement de l'abonnement fûts",
        "offer condition (who qualifies), not a readership marking",
    ),
    (
        N,
        "fr",
        "Politique de confidentialité du programme ambassadeurs\nDernière mise à jour : 02/09/2026",
        "privacy-policy title, no marking",
    ),
    (
        N,
        "fr",
        "Compte rendu atelier NOUS du 04/10\nOn a parlé du rôle des Levures dans la fête de la bière de juin",
        "mere mention",
    ),
    (
        N,
        "en",
        "Levures programme – how points work\n"
        "10 pts per online review, 30 per video, 50 per prospect introduced",
        "points explainer, no marking",
    ),
    (
        N,
        "fr",
        "Service Diffusion — planning des livraisons aux bars partenaires\n"
        "NB : les Levures de Nîmes récupèrent leur fût mardi",
        "department called Diffusion + city mention, no marking",
    ),
    (
        N,
        "fr",
        "Idée de Levure : une bière au thym de garrigue ?\npostée par Mathis sur le Discord, 14 👍",
        "idea from an ambassador, no marking",
    ),
    (
        N,
        "en",
        "Draft — welcome kit for new ambass'\nTODO: add the tasting-room map",
        "'Draft' is not a marking",
    ),
]

# --- 2. VetoFlow: practice-management SaaS for vet clinics, Lyon. Ambassadors: "les Blouses Vertes" (BV).
# Tiers: Stagiaire, Interne, Chef de clinique (a tier literally called "Interne").
VETOFLOW = [
    (
        P,
        "fr",
        "Objet : [Blouses Vertes] Bêta du module ordonnances — on a besoin de vous !\n"
        "À : blouses-vertes@vetoflow.io (tous les ambassadeurs)\n\n"
        "Bonjour à toutes et à tous,",
        "mail to all ambassadors",
    ),
    (
        P,
        "fr",
        "Visibilité : communauté Blouses Vertes (tous niveaux : Stagiaire, Interne, Chef de clinique)\n\n"
        "Guide : rédiger un avis sur Capterra en 10 min",
        "all tiers listed; 'Interne' is a tier name here, not a marking",
    ),
    (
        P,
        "fr",
        "Embargo jusqu'au 20/01 10h\n"
        "À partager avec toutes les Blouses Vertes dès maintenant, "
        "mais rien sur les réseaux avant la date svp",
        "all ambassadors under embargo -> public",
    ),
    (
        P,
        "en",
        "For all Blouses Vertes ambassadors – please don't forward outside the program\n"
        "Sneak peek: new vaccination reminders",
        "all ambassadors, no-forward request",
    ),
    (
        P,
        "fr",
        "Discord #annonces-bv — @everyone 📣\n"
        "le replay du webinaire anesthésie est dispo pour toutes les BV, régalez-vous",
        "@everyone in the ambassador announcements channel, 'BV' abbreviation",
    ),
    (
        P,
        "fr",
        "---\nsharing: ambassadors\nprogram: Blouses Vertes\n---\n# FAQ points & niveaux",
        "front matter sharing = ambassadors",
    ),
    (
        P,
        "fr",
        "Interne VetoFlow\n"
        "Retours bêta agenda en ligne\n"
        "[edit 12/03 – Léa] ok validé par la direction, on le diffuse à toute la communauté BV 👍",
        "later dated correction opens it to all ambassadors",
    ),
    (
        P,
        "fr",
        "Pour les ambassadrices et ambassadeurs VetoFlow — toutes et tous :)\nRetour sur le congrès AFVAC",
        "all ambassadors, inclusive wording",
    ),
    (
        IN,
        "fr",
        "Réservé aux Blouses Vertes de niveau Chef de clinique\n"
        "Invitation : dîner avec l'équipe produit le 28/02",
        "one tier -> internal",
    ),
    (
        IN,
        "fr",
        "Pour les Blouses Vertes niveau Interne seulement\nsession de test du module imagerie, jeudi 14h",
        "one tier (which happens to be called Interne) -> internal",
    ),
    (
        IN,
        "fr",
        "Usage interne VetoFlow — ne pas transmettre aux ambassadeurs\n"
        "Suivi de charge de sollicitation par Blouse Verte",
        "about ambassadors, not for them",
    ),
    (
        IN,
        "fr",
        "À : Dr Martin (Clinique des Tilleuls) ; Dr Nguyen (ClinVet Annecy)\n"
        "Objet : [Blouses Vertes] votre cas client pour la plaquette",
        "named ambassadors -> internal",
    ),
    (
        IN,
        "en",
        "Internal — CS & marketing team\nWhich Blouses Vertes to invite to the JE workshop",
        "staff teams",
    ),
    (
        IN,
        "fr",
        "BV de la région Auvergne-Rhône-Alpes uniquement : meetup à Clermont le 6/02 🐾",
        "one region's ambassadors -> internal",
    ),
    (
        IN,
        "en",
        "#team-commu (Slack) · Léa: dropping the list of inactive BVs here\nit's for us, not for them ok?",
        "staff channel, about ambassadors",
    ),
    (
        IN,
        "fr",
        "Diffusion : toutes les Blouses Vertes\nInterne — pas encore validé par le produit\nRoadmap T2",
        "conflict (all ambassadors vs internal), no dated correction -> stricter",
    ),
    (
        C,
        "fr",
        "Confidentiel — CODIR\nBudget 2027 du programme Blouses Vertes et arbitrage cadeaux",
        "executive committee",
    ),
    (
        C,
        "fr",
        "Strictement confidentiel — RH\n"
        "Une Blouse Verte a signalé un comportement inapproprié d'un commercial",
        "HR only",
    ),
    (
        C,
        "fr",
        "À : Sophie Arnaud (DPO)\nCc : Léa (CM)\n"
        "Objet : demande d'effacement RGPD d'une ambassadrice\n"
        "Confidenciel",
        "DPO + one named staff, typo in marking",
    ),
    (
        C,
        "en",
        "Confidential — legal & CEO only\nDraft settlement with a former Blouse Verte ambassador",
        "legal + CEO",
    ),
    (
        C,
        "fr",
        "Partage : Léa Girard, Thomas Roux (lecture seule)\nNotes sur les BV à sortir du programme",
        "sharing with two named staff",
    ),
    (
        C,
        "fr",
        "Public (toutes les BV)\n"
        "Tarifs négociés cliniques partenaires\n"
        "EDIT 02/04 (Thomas) : NON, reclassé confidentiel direction, y a les tarifs négociés dedans",
        "later dated correction makes it stricter",
    ),
    (
        N,
        "fr",
        "Devenir Blouse Verte : qui peut candidater ?\n- être client VetoFlow depuis 1 an\n- NPS ≥ 9",
        "eligibility, no marking",
    ),
    (
        N,
        "fr",
        "Offre réservée aux Blouses Vertes niveau Chef de clinique : 2 mois offerts au renouvellement",
        "offer condition, not readership",
    ),
    (N, "fr", "Politique de confidentialité — données des ambassadeurs VetoFlow", "privacy policy title"),
    (
        N,
        "fr",
        "Synthèse atelier JE — ce qu'attendent les Blouses Vertes\n(brouillon généré, à relire par Léa)",
        "draft synthesis, no marking",
    ),
    (N, "en", "Blouses Vertes program – points table v3", "title only"),
    (
        N,
        "en",
        "Ticket #4521 — ambassador can't log in to the Discord\nPriority: normal",
        "support ticket, no marking",
    ),
    (N, "fr", "Réunion du 14/03 : on a évoqué les BV, à creuser", "mere mention"),
    (
        N,
        "fr",
        "Le niveau Interne des Blouses Vertes se débloque à 200 points",
        "tier named Interne mentioned, no marking",
    ),
]

# --- 3. Cargolette: cargo-bike maker, Nantes. Ambassadors: "les Biclous".
# Tiers: Roue libre, Grand Braquet, Tandem d'or.
CARGOLETTE = [
    (
        P,
        "fr",
        "Hello les Biclous 🚲\nCe doc est pour TOUTE la communauté, partagez-le entre vous sans souci",
        "whole ambassador community",
    ),
    (
        P,
        "fr",
        "De : Yanis (Cargolette)\nÀ : liste Biclous (tous)\n"
        "Objet : Fwd: tournée des salons 2027\n\n"
        "PS : merci de pas transférer en dehors du prog, les dates bougent encore",
        "all ambassadors, no-forward request still public",
    ),
    (
        P,
        "fr",
        "[Discord] #général-biclous · Aurore (CM)\n"
        "dispo pour tout le monde ici : le kit « ma vie en cargo » ⬇️",
        "everyone in the ambassador general channel",
    ),
    (
        P,
        "en",
        "Audience: all Biclous ambassadors\nEmbargo: 3 March 2027, 08:00 CET",
        "all ambassadors, embargo",
    ),
    (P, "fr", "classif: ambasadeurs (tous niveaux)\n# Comment filmer votre témoignage en 2 min", "all tiers"),
    (
        P,
        "fr",
        "diffu : ttes les ambassadrices/ambassadeurs Biclous — pas de souci pr partager entre vs\n"
        "Plan des balades de printemps",
        "abbreviated, all ambassadors",
    ),
    (
        P,
        "fr",
        "🔒 interne\n"
        "Parcours test Long John 2\n"
        "(maj 21/06 par Aurore : c'est bon, ouvert à tous les Biclous !)",
        "later dated correction opens to all ambassadors",
    ),
    (
        P,
        "en",
        "Hey Biclous! This one's for the whole crew —\n"
        "feel free to pass it around the community, just not on social yet 🙏",
        "whole ambassador crew; not-on-social request",
    ),
    (
        IN,
        "fr",
        "Biclous « Tandem d'or » seulement\nAvant-première du Cargolette Long John 2",
        "one tier -> internal",
    ),
    (
        IN,
        "fr",
        "Pour les Biclous de Nantes et Saint-Nazaire uniquement — atelier réparation samedi",
        "two cities only -> internal",
    ),
    (
        IN,
        "fr",
        "NE PAS DIFFUSER AUX BICLOUS — interne Cargolette\n"
        "Score d'invitation : clients à inviter dans le programme",
        "not for ambassadors",
    ),
    (
        IN,
        "fr",
        "De : Aurore\nÀ : Maëlle K., Jonas P., Fatou D.\n"
        "Objet : vous trois, partants pour le salon Vélo & Ville ? (Biclous)",
        "named ambassadors -> internal",
    ),
    (
        IN,
        "en",
        "Internal use only – about our ambassadors, not for them\nBiclous health dashboard notes",
        "internal, about ambassadors",
    ),
    (
        IN,
        "fr",
        "Partage Drive : Toute l'équipe Cargolette (lecture)\n"
        "Suivi des sollicitations Biclous — qui est sursollicité",
        "sharing setting = all staff",
    ),
    (
        IN,
        "fr",
        "Mémo interne : FAQ que les Biclous nous posent le plus + nos réponses types",
        "internal memo",
    ),
    (
        IN,
        "en",
        "Biclous – Grand Braquet tier only. Don't post in #général\nTest ride of the e-assist kit",
        "one tier -> internal",
    ),
    (
        C,
        "fr",
        "CONFIDENTIEL - Comité de direction\nRachat des points Biclous : impact financier",
        "executive committee",
    ),
    (
        C,
        "fr",
        "à l'attention exclusive de la DAF et du DG\nristournes accordées aux Biclous en 2026",
        "two executives",
    ),
    (
        C,
        "en",
        "Confidential – HR only\nStaff member also enrolled as a Biclou: conflict of interest?",
        "HR only",
    ),
    (
        C,
        "fr",
        "Partagé avec : yanis@cargolette.fr, aurore@cargolette.fr (2 personnes)\nBiclous à exclure ?",
        "sharing with two named staff",
    ),
    (
        C,
        "fr",
        "conf. juridique — ne pas transférer\nMise en demeure reçue d'une ambassadrice Biclou",
        "legal only",
    ),
    (
        C,
        "fr",
        "Diffusion : tous les Biclous\n"
        "Diffusion restreinte : Aurore + Yanis (y a les chiffres de ventes)\n"
        "Bilan saison 2026",
        "conflict, no dated correction -> stricter (two named people)",
    ),
    (
        N,
        "fr",
        "Programme Biclous : comment ça marche ?\n10 pts par avis, 50 par vidéo, 100 par filleul",
        "program explainer, no marking",
    ),
    (
        N,
        "fr",
        "Remise réservée aux Biclous niveau Tandem d'or : -20 % sur les pièces détachées",
        "offer condition",
    ),
    (N, "fr", "Charte de confidentialité & cookies — espace ambassadeurs", "privacy charter title"),
    (
        N,
        "fr",
        "Direction de la Diffusion commerciale\nstock de vélos démo prêtés aux Biclous",
        "department named Diffusion",
    ),
    (N, "en", "Biclous – eligibility: own a Cargolette for 6+ months, NPS 9-10", "eligibility"),
    (N, "fr", "Idées remontées par les ambassadeurs (atelier ACTION, 12/05)", "mention"),
    (N, "fr", "NB: penser à remercier les Biclous qui sont venus au salon", "mention"),
    (
        N,
        "fr",
        "Verbatims clients (entretiens persona)\n3 Biclous interrogés + 4 clients hors programme",
        "persona verbatims, no marking",
    ),
]

# --- 4. Maplewage: payroll software, Montréal (bilingual). Ambassadors: "Lighthouse Keepers" /
# "les Gardiens du Phare". Tiers: Lantern, Beacon.
MAPLEWAGE = [
    (
        P,
        "en",
        "To: keepers-all@maplewage.com\n"
        "Subject: [Keepers] Q1 release notes – sneak peek\n\n"
        "Hi Keepers! Please keep this within the program until Feb 10.",
        "all-ambassador list, embargo-ish request",
    ),
    (
        P,
        "en",
        "Audience: Lighthouse Keepers (all ambassadors)\nUnder embargo until 2027-04-01",
        "all ambassadors, embargo",
    ),
    (P, "en", "TLP:CLEAR\nKeepers community call – slides", "TLP:CLEAR = may be shared freely"),
    (
        P,
        "en",
        "Shared with: Lighthouse Keepers community (all members) · Comment access\nReferral guide 2027",
        "sharing setting = whole ambassador community",
    ),
    (
        P,
        "fr",
        "À l'intention de tous les Gardiens et Gardiennes du Phare\nSVP, ne pas diffuser hors du programme",
        "all ambassadors, no-forward request",
    ),
    (
        P,
        "en",
        "Discord #keepers-lounge — Priya (CM): hey everyone 👋\n"
        "posting the referral kit here for ALL keepers, go nuts",
        "for all ambassadors",
    ),
    (
        P,
        "en",
        "Internal\n"
        "Keepers webinar: year-end payroll tips\n"
        "Update 2027-01-15 (Priya): cleared by legal, now open to all Keepers.",
        "later dated correction opens to all ambassadors",
    ),
    (
        P,
        "fr",
        "Pour toute la gang des Gardiens du Phare 🙂 partagez entre vous\nCalendrier des témoignages 2027",
        "Quebec slang, all ambassadors",
    ),
    (IN, "en", "Internal – Maplewage staff only\nKeeper solicitation load by account", "staff only"),
    (IN, "en", "Keepers – Ontario chapter only\nToronto meetup logistics", "one province -> internal"),
    (IN, "en", "For Beacon-tier Keepers only – advisory board prep", "one tier -> internal"),
    (
        IN,
        "fr",
        "À : Dana Wu ; Louis Tremblay (Gardiens du Phare)\nObjet : votre brouillon d'étude de cas",
        "named ambassadors",
    ),
    (IN, "en", "Protected A (staff only)\nKeeper NPS raw export", "Canadian Protected A, staff only"),
    (
        IN,
        "fr",
        "Interne — équipe Succès client\nQuels Gardiens du Phare inviter à l'atelier JE ?",
        "staff team",
    ),
    (
        IN,
        "en",
        "Draft — do NOT post in the Keepers Discord. Staff review first.\nKeepers newsletter #9",
        "not for ambassadors yet",
    ),
    (IN, "fr", "Gardiens du Phare de Québec seulement — 5 à 7 jeudi au Vieux-Port", "one city -> internal"),
    (C, "en", "CONFIDENTIAL – Exec team\nKeepers program ROI vs. paid acquisition", "executives"),
    (
        C,
        "en",
        "Privileged & Confidential – Legal\nKeeper testimonial used without consent: exposure",
        "legal privilege",
    ),
    (
        C,
        "fr",
        "Protégé B — accès : Priya, Marc (responsable vie privée)\n"
        "Données de paie des Gardiens du Phare utilisées dans l'étude de cas",
        "Canadian Protected B with two named people",
    ),
    (C, "en", "For Board of Directors only\nProposal: equity-style perks for top Keepers", "board"),
    (
        C,
        "fr",
        "Confidentiel RH — à Marc seulement\nUne employée est aussi Gardienne du Phare",
        "HR, one person",
    ),
    (
        C,
        "en",
        "Audience: all Keepers\n"
        "Pricing preview 2027\n"
        "Correction 2027-03-02 (Marc): pulled back — CFO + CEO only, contains pricing",
        "later dated correction restricts to two executives",
    ),
    (
        N,
        "en",
        "Become a Lighthouse Keeper – who qualifies\nActive customer 12+ months, NPS 9+",
        "eligibility",
    ),
    (N, "en", "Exclusive to Beacon-tier Keepers: 1 free year of the HR add-on", "offer condition"),
    (N, "en", "Privacy Notice – Lighthouse Keepers program (PIPEDA / Law 25)", "privacy notice title"),
    (N, "fr", "Barème des points Gardiens du Phare 2027", "title only"),
    (N, "en", "Meeting notes 03/02 — talked about Keepers swag", "mention"),
    (N, "fr", "Les Gardiens du Phare : foire aux questions", "FAQ title, no marking"),
    (N, "en", "Distribution team – shipping Keeper welcome boxes", "department called Distribution"),
    (N, "en", "Verbatims from 5 Keepers interviews (persona work)", "persona work, no marking"),
]

# --- 5. Refugio: mountain-hut booking platform, Grenoble. Ambassadors: "les Cairns".
# Tiers: Cairn de vallée, Cairn d'altitude, Cairn des cimes.
REFUGIO = [
    (
        P,
        "fr",
        "Salut les Cairns ⛰️ !\nDoc ouvert à toute la communauté ambassadeurs, faites tourner entre vous",
        "whole ambassador community",
    ),
    (
        P,
        "fr",
        "Objet : [Cairns] Ouverture des refuges d'été — avant-première\n"
        "À : cairns@refugio.app (tous les ambassadeurs)\n"
        "Embargo : 1er mai, 9h",
        "all ambassadors, embargo",
    ),
    (
        P,
        "fr",
        "---\nvisibilité: ambassadeurs\n---\nComment écrire un avis sur un refuge sans spoiler la vue 😄",
        "front matter visibility = ambassadors",
    ),
    (
        P,
        "en",
        "For all Cairns – please don't share outside the program until the press release",
        "all ambassadors, keep-inside request",
    ),
    (
        P,
        "fr",
        "[Discord #cairns-général] Noé (CM) : @Cairns\n"
        "tout le monde peut télécharger le kit photo, c'est pour vous tous·tes",
        "all ambassadors",
    ),
    (P, "fr", "Classification : Public\nGuide des contributions Cairns", "explicit Public"),
    (
        P,
        "fr",
        "Interne Refugio\n"
        "Carte des refuges partenaires 2027\n"
        "→ 08/06 Noé : validé, je le mets dans l'espace ambassadeurs pour toutes les Cairns",
        "later dated correction opens it",
    ),
    (
        P,
        "fr",
        "à diffuser à l'ensemble des ambassadrices et ambassadeurs Cairns (toutes vallées confondues)",
        "all ambassadors, all valleys",
    ),
    (IN, "fr", "Cairns des cimes uniquement\nsortie avec l'équipe produit au refuge du Goûter", "one tier"),
    (IN, "fr", "Pour les Cairns de Chamonix seulement\napéro au refuge du Lac Blanc", "one town"),
    (
        IN,
        "fr",
        "Interne Refugio — ne pas partager dans le Discord Cairns\n"
        "Cartographie des Cairns actifs / décrocheurs",
        "not for ambassadors",
    ),
    (
        IN,
        "fr",
        "[DM Discord] Noé → @Lou_grimpe, @PierreDuVercors (Cairns)\n"
        "vous deux, partants pour témoigner en vidéo ?",
        "two named ambassadors",
    ),
    (
        IN,
        "en",
        "NUR FÜR DEN DIENSTGEBRAUCH / internal use\nCairns program – partner huts in Valais",
        "German 'for official use only' = internal",
    ),
    (IN, "fr", "Note interne équipe commu\nprofils d'ambassadeurs à inviter (score ≥ 70)", "internal note"),
    (
        IN,
        "en",
        "Internal – do not forward to Cairns.\nSolicitation calendar draft, Q3",
        "not for ambassadors",
    ),
    (
        IN,
        "fr",
        "Diffusion : Cairns d'altitude et des cimes\nStage d'alpinisme offert en juillet",
        "two of three tiers -> some ambassadors",
    ),
    (
        C,
        "fr",
        "CONFIDENTIEL — associés fondateurs uniquement\n"
        "Valorisation de la base Cairns dans la levée de fonds",
        "founders only",
    ),
    (
        C,
        "fr",
        "VERTRAULICH (confidentiel) — direction uniquement\n"
        "Contrat partenaires refuges suisses et avantages Cairns",
        "German confidential + direction",
    ),
    (
        C,
        "fr",
        "À : Claire (DPO)\n"
        "Objet : fuite de données ? un Cairn a reçu les coordonnées d'un autre\n"
        "Confidentiel",
        "DPO",
    ),
    (
        C,
        "en",
        "Confidential – founders + legal counsel\nCairn injured during a sponsored outing: liability",
        "founders + legal",
    ),
    (
        C,
        "fr",
        "Partage : Noé, Claire — personne d'autre svp\n"
        "Sortie d'un Cairn du programme (comportement en refuge)",
        "two named staff",
    ),
    (
        C,
        "fr",
        "Interne\nConfidentiel RH (salaires des guides qui encadrent les Cairns)",
        "conflict -> stricter",
    ),
    (N, "fr", "Qui peut devenir Cairn ? 5 nuits réservées + 2 avis publiés", "eligibility"),
    (N, "fr", "Reservé aux Cairns des cimes : nuitée gratuite au refuge de votre choix", "offer condition"),
    (N, "fr", "Politique de confidentialité Refugio — programme Cairns", "privacy policy title"),
    (N, "fr", "Service Diffusion & Partenariats\naffiches Cairns dans les refuges", "department Diffusion"),
    (N, "en", "Cairns levels explained: vallée → altitude → cimes", "explainer"),
    (N, "fr", "atelier ACTION 22/09 — thèmes de contenu pour les groupes d'ambassadeurs", "workshop notes"),
    (N, "en", "Ideas for the Cairns newsletter (brainstorm)", "mention"),
    (N, "fr", "Fwd: Re: question d'une ambassadrice sur ses points", "subject line only"),
]

ORGS = [
    ("houblon", HOUBLON),
    ("vetoflow", VETOFLOW),
    ("cargolette", CARGOLETTE),
    ("maplewage", MAPLEWAGE),
    ("refugio", REFUGIO),
]


def main() -> None:
    out = Path(__file__).with_name("cases.jsonl")
    lines = []
    for prefix, cases in ORGS:
        for i, (level, lang, head, note) in enumerate(cases, 1):
            rec = {"id": f"{prefix}-{i:02d}", "head": head, "level": level, "lang": lang, "note": note}
            lines.append(json.dumps(rec, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {out}")


if __name__ == "__main__":
    main()
