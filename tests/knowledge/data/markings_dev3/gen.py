"""Deterministic generator for the markings_dev3 development set (leak traps).

Writes cases.jsonl next to this file. Stdlib only. Each case is (level, lang, head lines, note).
"""

import json
from pathlib import Path

P, IN, C, N = "public", "internal", "confidential", "none"

# --- Kerlann & Fils: cidrerie artisanale (Finistère). Ambassadors: "les Croqueurs".
KER = [
    (P, "fr", [
        "# Le secret de notre cidre : 3 mois en fût de chêne",
        "À partager avec tous les Croqueurs 🍏 (et vos amis si ça vous chante)",
        "Rédigé par Maëlle, CM",
    ], "'secret' is about the recipe; sharing line opens it to all Croqueurs (= all ambassadors)."),
    (P, "fr", [
        "Objet : Fête des pommes 2025 — vous êtes invité·es !",
        "De : Maëlle <maelle@kerlann.bzh>",
        "À : tous-les-croqueurs@kerlann.bzh",
        "PS : programme sous embargo jusqu'au 12/10, pas de post insta avant svp 🙏",
    ], "Sent to every Croqueur; an embargo for all ambassadors stays public."),
    (P, "fr", [
        "Confidentialité : comment Kerlann protège vos données de Croqueur",
        "Page publique — kerlann.bzh/confidentialite",
    ], "'Confidentialité' is the topic (privacy page); explicitly a public page."),
    (P, "fr", [
        "Diffusion : tous les Croqueurs",
        "Les presses : pourquoi on a viré le vieux moteur à combustion interne",
        "(spoiler : l'électrique fait moins de bruit pendant les visites)",
    ], "'interne' in 'combustion interne' is engineering, not an audience; audience line = all Croqueurs."),
    (P, "fr", [
        "La Gazette des Croqueurs n°14 🍎",
        "réservé au programme — merci de ne pas transférer hors communauté",
    ], "Newsletter for the whole ambassador community; 'do not forward outside' still public per the brief."),
    (P, "en", [
        "Visibility: all Croqueurs ✅",
        "Internal tasting panel — how our jury picked the 2024 cuvée",
    ], "'Internal tasting panel' names a jury; visibility line is all ambassadors."),
    (IN, "fr", [
        "Brief équipe — salon Ouest Boissons, Rennes",
        "Public cible : les Croqueurs niveau Pressoir + prospects CHR",
        "Diffusion : interne Kerlann uniquement",
    ], "'Public cible' is the campaign's target, not the readers; diffusion is staff only."),
    (IN, "fr", [
        "Publié le 3 mars 2025 par Maëlle",
        "Note interne — relances des croqueurs inactifs (a traiter avant vendredi)",
    ], "'Publié' is a date of posting on the intranet; the note is labelled internal."),
    (IN, "fr", [
        "Croqueurs : liste des profils à relancer (T2)",
        "fichier équipe, pas pour le Discord !!",
    ], "Ambassadors are the subject, not the audience; staff file."),
    (IN, "fr", [
        "Statut : Publié ✅",
        "Visibilité : Équipe Kerlann (interne)",
        "Titre : Calendrier des sollicitations — salon de mars",
    ], "Notion 'Publié' status is workflow; visibility property is internal."),
    (IN, "fr", [
        "🔗 Lien de partage : toute personne disposant du lien",
        "⚠️ usage interne seulement — ne pas coller dans le Discord des Croqueurs",
    ], "Open share setting vs explicit internal label: the stricter wins."),
    (IN, "fr", [
        "À diffuser largement… en interne ! (toute l'équipe cave + boutique)",
        "Nouvelles consignes pour les visites du samedi",
    ], "'Diffuser largement' is qualified by 'en interne'."),
    (IN, "fr", [
        "OK pour diffusion aux Croqueurs — Maëlle 02/04",
        "→ annulé le 04/04 (Yann) : on garde en interne, chiffres pas stabilisés",
        "Bilan ventes cuvée Glaz",
    ], "Later dated correction withdraws the opening: internal."),
    (IN, "fr", [
        "COMMUNIQUÉ DE PRESSE — PROJET v3",
        "embargo + NE PAS DIFFUSER, relecture équipe avant envoi aux journalistes",
        "Kerlann lance un poiré pétillant",
    ], "A press release draft under review by staff; not yet for anyone outside."),
    (IN, "fr", [
        "~~partageable~~ → interne (cf. Loïc)",
        "Grille de remises CHR 2025",
    ], "'partageable' struck through and replaced by internal."),
    (IN, "fr", [
        "Pour les Croqueurs du Léon uniquement (+ équipe)",
        "Dégustation privée au chai de Landerneau, 18/05",
    ], "Only some ambassadors (one area): internal, the bot cannot tell them apart."),
    (IN, "fr", [
        "Le grand public ne connaît pas encore la cuvée Glaz",
        "→ doc de travail équipe com, interne, on en parle lundi",
    ], "'grand public' is a noun about the market; doc is internal."),
    (IN, "en", [
        "Open rate of the Croqueurs newsletter: 41% 📈",
        "Internal dashboard — staff only",
    ], "'Open rate' is a metric; staff only."),
    (C, "fr", [
        "Objet : TR: Croqueurs — litige avec M. Le Goff",
        "De : Maëlle",
        "À : Yann Kerlann ; juridique@kerlann.bzh",
        "Confidentiel — direction + avocat. (envoyé à toute l'équipe par erreur le 3/06, rappelé)",
    ], "Legal matter for direction + lawyer; the mistaken wide send was recalled."),
    (C, "fr", [
        "Modèle : Newsletter publique des Croqueurs",
        "---",
        "CONFIDENTIEL — Comité de direction seulement",
        "Projet de rachat du verger de Plougastel",
    ], "Public template reused; the actual marking is board-only."),
    (C, "fr", [
        "Public : jeunes parents (segment « apéro sans alcool »)",
        "Diffusion : Yann, Maëlle, Soizic — confidentiel",
    ], "'Public' names a customer segment; readers are three named people."),
    (C, "fr", [
        "Partage : « Tout le monde peut consulter » ❌ désactivé le 15/05",
        "Accès restreint : Soizic (compta), Yann",
        "Trésorerie — scénario récolte faible",
    ], "Open sharing was switched off; access restricted to two named people."),
    (C, "en", [
        "Published: yes (wiki)",
        "RESTRICTED — board of directors only",
        "Q3 cash position & excise duty dispute",
    ], "'Published' to a wiki, but restricted to the board."),
    (C, "fr", [
        "Croqueurs : départ de Gwen P. — dossier RH",
        "À l'attention de : RH + Maëlle uniquement. Ne PAS partager avec les Croqueurs",
    ], "Ambassadors are the subject; HR + one named staff member."),
    (N, "fr", [
        "Politique de confidentialité — site kerlann.bzh",
        "Dernière mise à jour : 02/01/2025",
    ], "Privacy policy title, no audience marking."),
    (N, "fr", [
        "Remise valable pour les membres « Fût » seulement : -15 % sur le millésimé",
        "Code : FUT15",
    ], "Says who qualifies for the discount, not who may read."),
    (N, "fr", [
        "Service Diffusion & Logistique — planning des tournées CHR semaine 12",
    ], "'Diffusion' is a department name."),
    (N, "fr", [
        "CR réunion pressoir 14/10",
        "Présents : Yann, Loïc, Maëlle",
        "ODJ : rendement, public du salon de Quimper, étiquettes",
    ], "Attendees and 'public du salon' (audience of a fair) are not a marking."),
    (N, "fr", [
        "recette perso du kir breton 😄",
        "le secret c'est la crème de cassis de Plougastel, chut",
    ], "'secret'/'chut' are playful, not a reader restriction."),
    (N, "en", [
        "Open day at the cidery — Sat 14 Sept, 10am–6pm",
        "Tour, tasting, press demo. Kids welcome.",
    ], "'Open day' names an event; no marking on who reads the doc."),
]

# --- Vélonaute: location longue durée de vélos cargo pour familles (Lyon). Ambassadors: "les Capitaines".
VEL = [
    (P, "fr", [
        "---",
        "title: Guide du Capitaine 2025",
        "audience: tous les capitaines",
        "note: interne au programme, merci de pas le poster sur les réseaux",
        "---",
    ], "Audience is all Capitaines; 'interne au programme' means the community, still public."),
    (P, "fr", [
        "Objet : [Capitaines] Nouveau siège enfant — vous testez en avant-première ?",
        "À : liste-capitaines@velonaute.fr",
        "Info sous embargo jusqu'au 1er juin 🤐",
    ], "Whole ambassador list, embargo date only."),
    (P, "fr", [
        "Confidentialité et géoloc de ton vélo : ce qu'on collecte (et ce qu'on collecte pas)",
        "À partager avec toute la communauté Capitaines 🚲",
    ], "Privacy topic; shared with the whole community."),
    (P, "en", [
        "Hey Captains! 👋 Internal gear hub vs derailleur — which one for the Croix-Rousse hills?",
        "For the whole Capitaines community",
    ], "'Internal gear hub' is a bike part; for all ambassadors."),
    (P, "fr", [
        "#annonces-capitaines (Discord)",
        "Inès — 18:02 : le récap de l'atelier JE est dispo ici 👇 pour tout le monde",
        "Inès — 18:03 : (c'est un brouillon, dites-nous si on a raté un truc)",
    ], "Posted in the ambassadors' announcement channel for everyone."),
    (P, "fr", [
        "BANDEAU : DIFFUSION CAPITAINES ✅",
        "Secret d'atelier : comment Théo règle un moteur pédalier en 4 min",
    ], "'Secret d'atelier' is a how-to; banner opens it to all Capitaines."),
    (IN, "fr", [
        "Public cible : les Capitaines + parents des crèches partenaires",
        "Brief interne (équipe marketing) — ne pas partager aux capitaines",
    ], "Target audience line vs internal brief; internal."),
    (IN, "fr", [
        "[#team-velonaute] Rachida 09:12 : j'ai mis le doc en « publié » sur Notion",
        "[#team-velonaute] Rachida 09:12 : mais c'est interne hein, pas pour le Discord",
        "Titre : Stocks batteries — rupture juillet",
    ], "'publié' is a Notion status; chat says internal."),
    (IN, "fr", [
        "Capitaines : profils à relancer (aucune contribution depuis 90 j)",
        "interne - ops",
    ], "Ambassadors are the subject; internal."),
    (IN, "fr", [
        "Partage : n'importe qui avec le lien peut modifier 🙃",
        "Usage interne Vélonaute seulement (je corrige le partage dès que j'ai 2 min)",
    ], "Loose share setting vs internal label: stricter wins."),
    (IN, "fr", [
        "Pour les Capitaines Gold de Villeurbanne seulement — pré-série cargo longtail",
        "(les autres niveaux sont pas au courant)",
    ], "Only one tier in one city: internal."),
    (IN, "fr", [
        "A diffuser a toute l'equipe (interne) stp — merci !!",
        "Planning animation atelier JE du 22",
    ], "Wide diffusion, but to staff."),
    (IN, "fr", [
        "Communiqué de presse — levée de fonds série A",
        "PROJET / embargo / NE PAS DIFFUSER — relecture équipe avant envoi",
    ], "Draft press release reviewed by staff."),
    (IN, "fr", [
        "Note publiée le 12/02 sur l'intranet",
        "Taux d'ouverture (open rate) newsletter Capitaines : 38 %",
    ], "Published on the intranet = staff only."),
    (IN, "fr", [
        "Niveau : public → corrigé en interne (Bastien, 20/03)",
        "Tarifs B2B crèches 2025",
    ], "Later dated correction to internal."),
    (IN, "fr", [
        "Modèle « Post public Instagram »",
        "---",
        "[INTERNE] Calendrier des sollicitations Capitaines — T3",
    ], "Public template reused for an internal calendar."),
    (IN, "en", [
        "Status: Published | Visibility: Internal (Vélonaute staff)",
        "Captains burn-out watch: who we asked too often",
    ], "Published status, internal visibility; about ambassadors, not for them."),
    (IN, "fr", [
        "Grand public vs Capitaines : qui convertit le mieux ?",
        "analyse interne, chiffres provisoires, pas encore validés",
    ], "'Grand public' is a segment; internal analysis."),
    (C, "fr", [
        "Objet : Capitaine M. — déclaration d'accident",
        "À : Bastien ; juridique@velonaute.fr",
        "Strictement confidentiel (direction + juridique) — merci de pas transferer",
    ], "Direction + legal."),
    (C, "fr", [
        "Comité de direction — confidentiel",
        "Public visé par la nouvelle offre : jeunes parents 25–35 ans",
    ], "'Public visé' is a segment; board-only."),
    (C, "fr", [
        "Diffusion : ~~Capitaines~~ → Bastien et Rachida uniquement",
        "Renégociation contrat assureur",
    ], "Ambassador audience struck through; two named people."),
    (C, "en", [
        "Shared with: Bastien M., Inès R. (2 people)",
        "Previously: anyone at velonaute.fr",
        "Re: Captain data leak — DPO review",
    ], "Narrowed to two named people."),
    (C, "fr", [
        "Note RH — confidentiel",
        "Théo est salarié ET Capitaine : conflit d'intérêts sur les points ?",
    ], "HR note."),
    (C, "fr", [
        "Pour le CA uniquement",
        "Scénario : on ferme le programme Capitaines au public ? (« open program » abandonné)",
    ], "Board only; 'public' and 'open program' are topics."),
    (N, "fr", [
        "Politique de confidentialité de l'appli Vélonaute — v4",
    ], "Privacy policy title."),
    (N, "fr", [
        "Service Diffusion — tournée de livraison des vélos, semaine 23",
    ], "Department named Diffusion."),
    (N, "fr", [
        "Offre parrainage : réservée aux Capitaines ayant 2 ans d'ancienneté",
        "1 mois offert par filleul",
    ], "Who qualifies for the offer, not who reads."),
    (N, "en", [
        "Internal combustion vs e-assist: a 5-minute explainer",
    ], "'Internal combustion' is engineering; no marking."),
    (N, "fr", [
        "Notes atelier NOUS 15/04 — brouillon",
        "raison d'être v0 : « rendre la ville aux familles »",
    ], "Draft notes, no marking."),
    (N, "fr", [
        "liste de courses apéro capitaines du 21 : chips, sirop, gobelets, glaçons",
    ], "Mentions the ambassadors but carries no audience marking."),
]

# --- Sonora Audition: réseau de centres d'audioprothèse. Ambassadors: "les Relais".
SON = [
    (P, "fr", [
        "Confidentialité de vos données auditives : nos engagements",
        "Document public — à partager avec tous les Relais et leurs proches",
    ], "Privacy topic, explicitly public."),
    (P, "en", [
        "To: all Relais ambassadors",
        "Subject: Hearing-test day — keep it under wraps until 5 May please 🤫",
    ], "All ambassadors; embargo-like request stays public."),
    (P, "fr", [
        "Classification : Tous Relais",
        "Le secret d'un bon réglage : témoignage de Jeanne, Relais depuis 2021",
    ], "All Relais; 'secret' is a figure of speech."),
    (P, "en", [
        "Audience: entire Relais community 🌍",
        "Inner ear vs outer ear: a quick anatomy refresher (internal structures explained)",
    ], "'internal structures' is anatomy; audience is all ambassadors."),
    (P, "fr", [
        "📌 épinglé dans #relais-general",
        "Nadia : le replay du webinaire est dispo, réservé aux Relais (pas de partage hors programme svp)",
    ], "Reserved for all Relais."),
    (P, "fr", [
        "Conseil interne du jury — Prix du Témoignage Relais 2025 : résultats",
        "À diffuser à tous les Relais 🎉",
    ], "'Conseil interne du jury' names the body; diffusion to all ambassadors."),
    (IN, "fr", [
        "Publié le 3 mars — intranet Sonora",
        "Usage interne : quotas de rdv par centre (maj hebdo)",
    ], "Published on the intranet; internal."),
    (IN, "fr", [
        "Public cible : Relais seniors (70+)",
        "Brief équipe marketing — interne",
    ], "Target segment; internal brief."),
    (IN, "fr", [
        "Relais : liste des profils à recontacter (NPS < 7)",
        "Ne pas transmettre aux Relais.",
    ], "About ambassadors, not for them."),
    (IN, "en", [
        "Sharing: Anyone with the link ✅",
        "Label: INTERNAL – Sonora staff",
    ], "Stricter label wins over share setting."),
    (IN, "fr", [
        "OK diffusion Relais (Nadia, 10/06) → ANNULÉ 11/06 : reste interne, erreurs dans les chiffres",
        "Bilan satisfaction S1",
    ], "Later dated cancellation."),
    (IN, "fr", [
        "Pour les Relais de Bordeaux et Mérignac seulement (+ équipes des centres)",
        "Portes ouvertes audition 12 octobre",
    ], "Some ambassadors (two cities)."),
    (IN, "en", [
        "Open rate by Relais tier — Q2",
        "Staff only, don't forward",
    ], "Metric; staff only."),
    (IN, "fr", [
        "CP nouvelle gamme rechargeable — V2",
        "PAS ENCORE DIFFUSABLE — équipe interne, embargo presse au 15/09",
    ], "Draft press release, internal for now."),
    (IN, "fr", [
        "À diffuser largement… en interne ! 😅 (tous les centres, pas les Relais)",
    ], "Wide but internal; explicitly not ambassadors."),
    (IN, "fr", [
        "Statut Confluence : Publié",
        "Étiquette : interne-sonora",
        "Procédure reprise d'appareils",
    ], "Published status; internal label."),
    (IN, "en", [
        "Public: hearing-aid first-timers (segment)",
        "Internal working doc — campaign plan",
    ], "'Public' as segment; internal."),
    (IN, "fr", [
        "Le grand public confond encore audioprothésiste et ORL",
        "note interne équipe com — ne pas sortir",
    ], "'grand public' noun; internal note."),
    (C, "en", [
        "CONFIDENTIAL — DPO & Legal only",
        "Re: Relais health data posted in Discord by mistake",
    ], "DPO and legal."),
    (C, "fr", [
        "Modèle : Lettre d'information publique",
        "---",
        "Confidentiel Direction — fermeture du centre de Pessac",
    ], "Public template reused; direction only."),
    (C, "fr", [
        "Destinataires : Dr Aubry, Hugo (DPO) — merci de ne pas élargir",
        "Public concerné par l'étude : Relais malentendants sévères",
    ], "Two named recipients; 'public concerné' is the study population."),
    (C, "en", [
        "Board pack — restricted to board members",
        "Published to board portal 02/09",
    ], "Published to the board portal only."),
    (C, "fr", [
        "Pour Nadia et le service RH seulement",
        "Un Relais est aussi salarié chez nous : cumul avantages ?",
    ], "Named person + HR."),
    (C, "fr", [
        "~~Partageable avec les Relais~~",
        "Confidentiel — Pauline + direction : budget cadeaux 2026",
    ], "Sharing crossed out; named person + direction."),
    (N, "fr", [
        "Politique de confidentialité — Sonora Audition",
    ], "Privacy policy title."),
    (N, "en", [
        "Relais Gold perk: free batteries for a year (Gold members only)",
    ], "Who qualifies for a perk."),
    (N, "fr", [
        "Département Diffusion sonore — fiche technique boucle magnétique",
    ], "Department name."),
    (N, "en", [
        "Meeting notes 04/07 — JE workshop prep",
        "Attendees: Nadia, Pauline",
    ], "Attendees are not a marking."),
    (N, "fr", [
        "Retour client (verbatim) : « le public du salon était top, mon appareil a tenu toute la journée »",
    ], "'public du salon' in a verbatim."),
    (N, "fr", [
        "Brouillon raison d'être : « Faire entendre ceux qu'on n'écoute plus »",
    ], "Draft purpose, no marking."),
]

# --- Skerry Sailing Co.: école de voile + partage de bateaux (Oban, Écosse). Ambassadors: "Harbour Hosts".
SKE = [
    (P, "en", [
        "Audience: all Harbour Hosts (+ anyone they like)",
        "Internal combustion vs electric outboards: why we switched",
    ], "'Internal combustion' is engineering; all ambassadors."),
    (P, "en", [
        "Subject: [Harbour Hosts] Season opener — embargoed till 1 March",
        "To: hosts@skerrysailing.co.uk",
    ], "Whole hosts list with embargo."),
    (P, "en", [
        "Privacy & confidentiality: how we handle your logbook data",
        "Public page — share freely",
    ], "Privacy topic, public page."),
    (P, "fr", [
        "Traduction FR — pour toute la communauté Harbour Hosts",
        "Le secret d'un bon empannage (sans se prendre la bôme)",
    ], "All ambassadors; 'secret' figurative."),
    (P, "en", [
        "📌 pinned in #hosts-lounge",
        "Morag: JE workshop synthesis (draft) is here for everyone in the program — pls don't share outside",
    ], "For everyone in the program."),
    (P, "en", [
        "Our internal jury's picks: Best Host Story 2024",
        "Posted for all Harbour Hosts ⛵",
    ], "'internal jury' names a body; posted for all."),
    (IN, "en", [
        "Target public: Harbour Hosts in the 'Skipper' tier",
        "Team brief — internal, not for hosts",
    ], "Target audience line; internal."),
    (IN, "en", [
        "Published 3 March (intranet)",
        "Internal note: instructor rota changes",
    ], "Published on the intranet."),
    (IN, "en", [
        "Harbour Hosts: list of profiles to chase up (no activity since May)",
        "staff doc — dont forward pls",
    ], "About ambassadors; staff doc."),
    (IN, "en", [
        "Share link: anyone with the link can view",
        "Internal only — do not post in Discord",
    ], "Stricter label wins."),
    (IN, "en", [
        "Please circulate widely… internally 🙂 (all instructors + office)",
    ], "Wide but internal."),
    (IN, "en", [
        "OK to share with hosts — Morag 12/04",
        "EDIT 13/04 Callum: cancelled, keep internal until prices are final",
    ], "Later dated correction to internal."),
    (IN, "en", [
        "PRESS RELEASE — DRAFT",
        "EMBARGOED — DO NOT DISTRIBUTE — internal review",
    ], "Draft press release, internal review."),
    (IN, "en", [
        "~~shareable~~ INTERNAL",
        "Fleet maintenance costs 2025",
    ], "Struck-through shareable."),
    (IN, "en", [
        "For Oban-based hosts only (+ staff): dinghy demo night",
    ], "Some ambassadors (one town)."),
    (IN, "en", [
        "Notion | Status: Published | Access: Skerry team",
        "Host solicitation calendar — summer",
    ], "Published status; team access."),
    (IN, "fr", [
        "Public cible : familles en vacances (grand public)",
        "Doc interne équipe — ne pas transmettre aux Hosts",
    ], "'Public cible' segment; internal."),
    (IN, "fr", [
        "Open rate newsletter Hosts : 52 %",
        "Tableau de bord interne",
    ], "Metric; internal dashboard."),
    (C, "en", [
        "From: Priya",
        "To: Callum",
        "Cc: accountant",
        "Subject: re: host discount abuse — confidential, just us two + accountant",
    ], "Named recipients."),
    (C, "en", [
        "Template: 'Public announcement'",
        "---",
        "COMMERCIAL IN CONFIDENCE — directors only",
        "Sale of the Kerrera mooring",
    ], "Public template reused; directors only."),
    (C, "en", [
        "Audience: hosts",
        "→ changed 10/09 to: Callum, Morag only",
    ], "Later dated correction narrows to two named people."),
    (C, "en", [
        "HR — confidential",
        "Host complaint about an instructor (Euan)",
    ], "HR."),
    (C, "fr", [
        "Confidentiel - direction seulemnt",
        "Public visé : clubs de voile scolaires",
    ], "Direction only; 'public visé' is a segment."),
    (C, "en", [
        "Shared with: legal@, dpo@ (restricted)",
        "Was: Public on the web — disabled 2 Oct",
    ], "Public link disabled; legal + DPO."),
    (N, "en", [
        "Privacy policy — Skerry Sailing Co.",
    ], "Privacy policy title."),
    (N, "en", [
        "Harbour Hosts Gold: free mooring for members with 3 seasons",
    ], "Who qualifies."),
    (N, "en", [
        "Distribution department — chandlery stock list",
    ], "Department name."),
    (N, "fr", [
        "Compte rendu atelier NOUS — brouillon",
        "objectifs + KPI à trier",
    ], "No marking."),
    (N, "en", [
        "Open water swim safety checklist",
    ], "'Open water' is not a marking."),
    (N, "en", [
        "Quote from a host: 'the public slipway at Ganavan was packed'",
    ], "'public slipway' in a quote."),
]

# --- Atelier Trame: box mensuelle de laine et patrons (Roubaix). Ambassadors: "les Mailleuses".
TRA = [
    (P, "fr", [
        "Réservé aux Mailleuses 🧶 — merci de garder ça pour la communauté",
        "Le secret de notre teinture au brou de noix",
    ], "Reserved for all ambassadors."),
    (P, "fr", [
        "Objet : Box de novembre en avant-première (embargo jusqu'au 28/10)",
        "À : toutes les Mailleuses",
    ], "All ambassadors, embargo."),
    (P, "fr", [
        "Confidentialité : ce qu'on fait de vos photos de tricot",
        "Page publique",
    ], "Privacy topic, public page."),
    (P, "en", [
        "For all Mailleuses 💛",
        "Internal seams vs. external seams — a quick guide",
    ], "'Internal seams' is knitting; all ambassadors."),
    (P, "fr", [
        "#tricot-papote (Discord Mailleuses)",
        "Lou : la synthèse de l'atelier JE est en PJ, pour toutes !",
    ], "For all ambassadors."),
    (P, "fr", [
        "Visibilité : communauté Mailleuses (toutes)",
        "Conseil interne du jury — lauréates du concours pull de Noël",
    ], "'Conseil interne du jury' names a body; visibility all."),
    (IN, "fr", [
        "Public cible : Mailleuses débutantes + grand public",
        "Brief pour l'équipe (interne)",
    ], "Target segment; internal."),
    (IN, "fr", [
        "Publié le 03/03 dans le wiki équipe — interne",
        "Process retours colis",
    ], "Published in staff wiki."),
    (IN, "fr", [
        "Mailleuses : liste des profils à relancer (sollicitées 0 fois en 2025)",
        "fichier staff",
    ], "About ambassadors; staff file."),
    (IN, "fr", [
        "Lien : tout le monde peut voir 👀",
        "MAIS doc interne, ça sort pas de l'équipe",
    ], "Stricter label wins."),
    (IN, "fr", [
        "a diffuser largement....en interne lol",
        "nouveau process emballage",
    ], "Wide but internal."),
    (IN, "fr", [
        "OK pour diffusion → annulé (Amandine, 05/09) : on reste entre nous à l'atelier",
        "Chiffres box septembre",
    ], "Later dated cancellation; staff."),
    (IN, "fr", [
        "CP – collab avec la filature de Fourmies",
        "projet, embargo, NE PAS DIFFUSER hors équipe",
    ], "Draft press release, team only."),
    (IN, "fr", [
        "Pour les Mailleuses lilloises uniquement (+ l'équipe)",
        "atelier teinture en présentiel le 14",
    ], "Some ambassadors (one city)."),
    (IN, "en", [
        "Open rate: 61% (Mailleuses newsletter, Oct)",
        "team-only numbers",
    ], "Metric; team only."),
    (IN, "fr", [
        "Propriétés Notion — Statut : Publié · Accès : Équipe Trame",
        "Rotation des sollicitations (éviter d'épuiser les mêmes)",
    ], "Published status; team access."),
    (IN, "fr", [
        "Pour les Mailleuses niveau Pelote d'or ET l'équipe seulement",
        "Vote sur les coloris 2026",
    ], "One tier + staff: internal."),
    (IN, "en", [
        "Grand public launch plan (internal, v2)",
    ], "'Grand public' is the market; internal."),
    (C, "fr", [
        "Objet : Mailleuse — impayé + menace d'avis négatif",
        "À : Amandine, Sarah (juridique)",
        "Confidentiel",
    ], "Named recipients, legal."),
    (C, "fr", [
        "Modèle « Newsletter publique »",
        "---",
        "CONFIDENTIEL — associées seulement : pacte d'associées 2025",
    ], "Public template reused; partners only."),
    (C, "en", [
        "Restricted: Amandine, Karim",
        "Public: new-parent knitters (segment analysis)",
    ], "Two named people; 'Public' is a segment."),
    (C, "fr", [
        "Dossier RH — confidentiel",
        "Ambassadrice embauchée en CDD : Lou + RH uniquement",
    ], "HR + named staff."),
    (C, "fr", [
        "~~à partager à toute la communauté~~",
        "Corrigé 09/09 : Amandine et Sarah seulement (données perso dedans)",
    ], "Later dated correction to two named people."),
    (C, "fr", [
        "Pour le comité stratégique uniquement",
        "Arrêt de la box « Grand public » ?",
    ], "Small body."),
    (N, "fr", [
        "Politique de confidentialité — Atelier Trame",
    ], "Privacy policy title."),
    (N, "fr", [
        "Offre : réservée aux Mailleuses abonnées depuis 12 mois",
    ], "Who qualifies."),
    (N, "fr", [
        "Service Diffusion (expéditions) — planning de la semaine",
    ], "Department name."),
    (N, "en", [
        "Pattern: open-back summer top, sizes S–XL",
    ], "'open-back' is a garment."),
    (N, "fr", [
        "Notes en vrac atelier ACTION — thèmes de contenu",
    ], "No marking."),
    (N, "fr", [
        "Verbatim Mailleuse : « le grand public sait pas ce qu'est une box laine »",
    ], "'grand public' in a verbatim."),
]

ORGS = [("ker", KER), ("vel", VEL), ("son", SON), ("ske", SKE), ("tra", TRA)]


def main() -> None:
    out = Path(__file__).with_name("cases.jsonl")
    lines = []
    for prefix, cases in ORGS:
        for n, (level, lang, head, note) in enumerate(cases, 1):
            row = {"id": f"{prefix}-{n:02d}", "head": "\n".join(head),
                   "level": level, "lang": lang, "note": note}
            lines.append(json.dumps(row, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {out}")


if __name__ == "__main__":
    main()
