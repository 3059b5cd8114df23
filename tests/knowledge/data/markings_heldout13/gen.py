"""Deterministic generator for the held-out confidentiality-marking set (markings_heldout13).

Five invented organisations x 30 cases (8 public, 8 internal, 6 confidential, 8 none).
Run: python gen.py  -> writes cases.jsonl next to this file.
"""

import json
import random
from pathlib import Path

PUB, INT, CONF, NONE = "public", "internal", "confidential", "none"

# Each case: (level, lang, head, note)
ORGS = {}

# 1. Fondation Hôpital Sainte-Aude (Lausanne, CH) - patient-partner program « Les Passeurs »
ORGS["sainteaude"] = [
    (PUB, "fr",
     "Objet : Journée des Passeurs 2027 — programme\n"
     "Diffusion : tous les Passeurs + équipe programme\n"
     "Merci de ne pas transférer en dehors du programme avant le 10 janvier.",
     "Addressed to all Passeurs; 'do not forward outside' is an embargo: still public."),
    (PUB, "fr",
     "---\ntitre: Guide d'accueil du nouveau Passeur\nversion: 3.1\nclassification: PUBLIC\n"
     "auteur: L. Imhof\n---",
     "YAML front matter classification PUBLIC."),
    (PUB, "en",
     "Discord export · #annonces (Passeurs server — all members)\n"
     "Lukas Imhof — 09/01/2027 09:14\n"
     "Hello all, here's the testimonial brief for the March fair, feel free to share it around the "
     "Passeurs community 👍",
     "Posted to every Passeur, author invites sharing within the community."),
    (PUB, "fr",
     "=== À PARTAGER AVEC TOUTE LA COMMUNAUTÉ DES PASSEURS ===\n"
     "Calendrier des sollicitations – printemps 2027",
     "Caps banner: share with the whole community."),
    (PUB, "fr",
     "Classification : INTERNE\n"
     "[Mise à jour 04.02.2027 – L. Imhof] Relu par la direction : ce document peut être diffusé à "
     "l'ensemble des Passeurs.\n"
     "FAQ – remboursement des frais de déplacement",
     "Later dated correction opens the document to all Passeurs."),
    (PUB, "en",
     "SharePoint link: Anyone with the link can view (external guests allowed)\n"
     "Folder: Passeurs / Testimonial kit\n"
     "Video testimonial kit – filming tips",
     "Sharing setting: anyone with the link, external guests included."),
    (PUB, "en",
     "TLP:CLEAR\nPasseurs newsletter #14 — what we built with you this autumn",
     "TLP:CLEAR means no restriction on disclosure."),
    (PUB, "fr",
     "Réservé aux passeur·euse·s (tous niveaux) - merci de pas le poster sur les réseaux avant "
     "l'anonce officielle du 3 mars\n"
     "Sondage satisfaction : les résultats",
     "All Passeurs of every level, plus a social-media embargo; typo 'anonce'."),
    (INT, "fr",
     "INTERN\nStiftung Spital Sainte-Aude / Fondation Hôpital Sainte-Aude — Service communication\n"
     "Analyse du taux de réponse aux sollicitations des Passeurs, T3",
     "Swiss federal scheme INTERN = internal."),
    (INT, "fr",
     "<!-- usage interne équipe programme : ne pas publier sur le Discord des Passeurs -->\n"
     "# Scoring d'invitation — critères NPS & historique de séjour",
     "HTML comment: staff only, a document about ambassadors that is not for them."),
    (INT, "en",
     "Audience: Passeurs living in the Riviera–Chablais area only\n"
     "Subject: pilot group for the new maternity ward tour",
     "Only the Passeurs of one area: the bot cannot tell them apart, so internal."),
    (INT, "fr",
     "Pour : Mme Jaquier, M. Oberson, Mme Da Silva (Passeurs du comité patients)\n"
     "Compte rendu de la séance de co-création du 12.11",
     "Named ambassadors only -> internal."),
    (INT, "fr",
     "Diffusion : Passeurs\n"
     "Programme du café-rencontre de janvier\n"
     "Accueil 9h30, atelier témoignages 10h, repas offert\n"
     "— Document interne · Fondation Hôpital Sainte-Aude · ne pas diffuser —",
     "Conflict header vs footer, no dated correction: stricter (internal) wins."),
    (INT, "en",
     "[Teams] Channel « Équipe Passeurs » (members: communication team)\n"
     "Christelle Monney 14:02\n"
     "draft of the Passeur charter v2 — staff only for now, pls don't forward to Passeurs yet",
     "Teams message: staff only, not yet for ambassadors."),
    (INT, "fr",
     "Diffusion : interne\n"
     "PS : en fait on pourrait sûrement le mettre sur le Discord, à voir\n"
     "Bilan des visites guidées Passeurs",
     "Tentative undated afterthought does not lift the internal marking."),
    (INT, "fr",
     "CONFIDENTIEL\n"
     "[Déclassé le 20.01.2027 par F. Rochat : INTERNE – peut circuler dans l'équipe communication et "
     "les services]\n"
     "Retour d'expérience : visite des Passeurs au bloc opératoire",
     "Later dated correction downgrades confidential to internal."),
    (CONF, "fr",
     "VERTRAULICH / CONFIDENTIEL\n"
     "Destinataires : F. Rochat (DG), Dr N. Berset (direction médicale)\n"
     "Plainte d'une Passeuse – rapport de situation",
     "Swiss VERTRAULICH + two named recipients."),
    (CONF, "en",
     "From: Paul Chappuis <dpo@sainte-aude.ch>\n"
     "To: Fabienne Rochat; Lukas Imhof\n"
     "Subject: CONFIDENTIAL – data breach assessment, Passeurs contact list",
     "E-mail from the DPO to two named staff, subject marked confidential."),
    (CONF, "fr",
     "Strictement confidentiel — Conseil de fondation uniquement\n"
     "Budget 2027 du programme Passeurs et arbitrages",
     "Small body: the foundation board."),
    (CONF, "fr",
     "Classification : Interne\n"
     "Objet : départ de M. Gilliéron du programme\n"
     "Note RH : confidentiel, accès DRH + L. Imhof seulement",
     "Conflicting lines (interne vs confidentiel RH): the stricter wins."),
    (CONF, "en",
     "Shared with: Fabienne Rochat, Nadia Berset, Paul Chappuis\n"
     "General access: Restricted — only people with access can open\n"
     "Legal review: patient testimonial consent forms",
     "Drive sharing restricted to three named people."),
    (CONF, "fr",
     "PUBLIC\n"
     "[Correction 18.03.2027 – Direction] Ce document contient des données de santé : reclassé "
     "CONFIDENTIEL, diffusion limitée à la direction et au DPO.\n"
     "Témoignages bruts – verbatims",
     "Later dated correction tightens public to confidential."),
    (NONE, "fr",
     "Politique de confidentialité — Programme Passeurs\n"
     "Version en vigueur au 1er janvier 2027\n"
     "Quelles données collectons-nous ?",
     "Privacy-policy title, no marking."),
    (NONE, "fr",
     "Planning des internes — Service de médecine interne\n"
     "Semaine 48 : gardes de nuit",
     "'internes' are junior doctors, 'médecine interne' a specialty: no marking."),
    (NONE, "en",
     "The confidential survey results are out! 🎉\n"
     "Posted by Lukas Imhof · 3 min read\n"
     "Three things you told us about the welcome desk",
     "Level word inside a post title, no marking."),
    (NONE, "fr",
     "Objet : Re: visite du service Diffusion & Imprimerie\n"
     "Bonjour Lukas,\n"
     "le service Diffusion peut imprimer les 200 flyers pour jeudi.",
     "A department called Diffusion, not a distribution line."),
    (NONE, "fr",
     "Compte rendu – atelier JE du 8 octobre\n"
     "Participants : 9 Passeurs, 2 animatrices\n"
     "1. Ce qui vous motive",
     "Participants list is not an audience statement."),
    (NONE, "en",
     "Patient partner onboarding checklist\n- sign the charter\n- photo consent\n"
     "- badge pickup at the main desk",
     "Plain checklist without any marking."),
    (NONE, "fr",
     "Le secret médical s'applique aussi aux Passeurs : rappel des règles\n"
     "Quand un patient vous confie quelque chose…",
     "'secret médical' is the subject, not a marking."),
    (NONE, "fr",
     "Offre réservée aux Passeurs de niveau Ambassadeur d'honneur : parking gratuit lors des visites\n"
     "Comment en bénéficier",
     "Who qualifies for a benefit, not who may read."),
]

# 2. Pixelgrotte (game studio, Montpellier) - « La Guilde des Éclaireurs » (Scouts)
ORGS["grotte"] = [
    (PUB, "fr",
     "📌 Annonce — #guilde-annonces\n"
     "@Éclaireurs tout le monde : voici la roadmap T1, vous pouvez en parler entre vous mais rien sur "
     "Twitter/TikTok avant le 14/02 (embargo)",
     "Announcement to all Éclaireurs with an embargo: public."),
    (PUB, "en",
     "---\ntitle: Playtest guide – Caverns of Ulm v0.9\naudience: all-scouts\nvisibility: public\n---",
     "Front matter: all scouts, visibility public."),
    (PUB, "fr",
     "NDA levée ✅ — ce doc est maintenant pour toute la Guilde\n"
     "(màj 22/01 par Mo : la version précédente était interne)\n"
     "Notes de patch 0.9.3 commentées",
     "Dated update opens the doc to the whole Guild."),
    (PUB, "fr",
     "<!-- visibilité : Guilde des Éclaireurs (tous rangs) -->\n"
     "# Défi fan-art de décembre — règlement",
     "HTML comment: whole Guild, all ranks."),
    (PUB, "en",
     "Sharing: Anyone on the internet with the link can view\n"
     "Scout contributions leaderboard – November (anonymised)",
     "Drive sharing open to anyone."),
    (PUB, "fr",
     "yo la Guilde 👋 doc dispo pour tous les éclaireurs, go lire avant le stream de vendredi\n"
     "FAQ early access",
     "Slang, but explicitly for all Éclaireurs."),
    (PUB, "fr",
     "DIFFUSION : COMMUNAUTÉ ÉCLAIREURS — NE PAS LEAKER HORS DU SERVEUR\n"
     "Calendrier des playtests fermés",
     "Banner for the whole community; 'fermés' qualifies the playtests, not the doc."),
    (PUB, "en",
     "TLP:GREEN – share within the Scouts community\n"
     "Post-mortem of the November server outage",
     "TLP:GREEN scoped to the whole ambassador community."),
    (INT, "fr",
     "INTERNE STUDIO — pas pour les Éclaireurs\n"
     "Analyse des Éclaireurs qui décrochent (churn) — oct./nov.",
     "About ambassadors, explicitly not for them."),
    (INT, "en",
     "Audience: Scouts rank Légende only (12 people)\n"
     "Subject: invitation to the closed art-book review",
     "One rank only -> internal."),
    (INT, "fr",
     "#prod-guilde\n"
     "Inès L.  11:32\n"
     "le doc des quotas de sollicitations c'est interne hein, on l'envoie pas sur le Discord\n"
     "Mo  11:33\n"
     "yes ok",
     "Slack export: staff say internal, not for Discord."),
    (INT, "fr",
     "Clasification: intrene\n"
     "Brief stream dev — sélection des Éclaireurs invités",
     "Typos for 'Classification: interne'."),
    (INT, "en",
     "Notion · Shared with: Pixelgrotte workspace (all members)\n"
     "Public link: off\n"
     "Scouts rewards budget — merch & beta keys",
     "Workspace-wide sharing, public link disabled: internal."),
    (INT, "fr",
     "Pour Lina_Kz, Bastos et PixelMamie uniquement (les 3 modos Éclaireurs)\n"
     "Procédure de modération du serveur",
     "Named ambassadors only -> internal."),
    (INT, "fr",
     "Public\n"
     "Edit 03/03 (Mo) : on repasse en interne, le partenaire n'a pas validé\n"
     "Teaser DLC « Forge »",
     "Later dated edit tightens to internal."),
    (INT, "fr",
     "Éclaireurs de Lyon & Grenoble uniquement – meetup du 18 avril\n"
     "Lieu, horaires, qui amène quoi",
     "Two cities only -> internal."),
    (CONF, "en",
     "OFFICIAL-SENSITIVE: COMMERCIAL\n"
     "Handling: need-to-know — T. Vidal, I. Larrieu only\n"
     "UK Games Fund – milestone 3 financial return",
     "UK scheme with named need-to-know readers."),
    (CONF, "fr",
     "CONFIDENTIEL — CODIR\n"
     "Rachat éventuel du studio par Harrow & Finch : impact sur la Guilde",
     "Executive committee only."),
    (CONF, "fr",
     "De : Sarah Cohen (juridique)\n"
     "À : Théo Vidal ; Mo Sadi\n"
     "Objet : [Confidentiel] Litige avec un Éclaireur – droits sur son mod",
     "Legal e-mail to two named staff, subject tagged confidential."),
    (CONF, "en",
     "eyes only: Théo, Inès, Sarah — do NOT paste in Slack\n"
     "Layoffs plan Q2 and what we tell the Scouts",
     "Three named readers."),
    (CONF, "fr",
     "---\ntitre: Bilan financier Guilde 2026\naudience: tous les éclaireurs\n"
     "confidentialite: CONFIDENTIEL - board seulement\n---",
     "Conflicting front-matter keys: stricter (board) wins."),
    (CONF, "fr",
     "Drive — Accès : Restreint · Partagé avec 3 personnes (Théo Vidal, Inès Larrieu, RH)\n"
     "Entretiens annuels — CM & modération",
     "Restricted sharing to three named people/HR."),
    (NONE, "en",
     "Patch notes 1.4 — now live on the Public Test Realm (PTR)\n- Fixed stalactite clipping",
     "'Public Test Realm' is a server name, not a marking."),
    (NONE, "fr",
     "Quête « L'Informateur confidentiel » — script v2\n"
     "PNJ : Garrick, marchand de sel",
     "Quest title containing 'confidentiel'."),
    (NONE, "fr",
     "CR atelier NOUS — raison d'être de la Guilde\n"
     "Présents : Mo, Inès, 6 Éclaireurs\n"
     "Pistes de phrase :",
     "Attendees are not an audience; no marking."),
    (NONE, "en",
     "Scouts merch drop: hoodie reserved for Legend-rank members\n"
     "How to claim your code",
     "Who qualifies for merch, not who reads."),
    (NONE, "fr",
     "Pôle Diffusion (streaming & vidéo) — planning des lives de janvier",
     "Department name Diffusion."),
    (NONE, "fr",
     "Salut Mo, dispo jeudi pour caler les sollicitations du salon ?\n"
     "Bises, Inès",
     "Plain chat message, no marking."),
    (NONE, "fr",
     "Les résultats « secrets » du sondage Éclaireurs enfin dévoilés 👀\n"
     "Article du blog Pixelgrotte",
     "'secrets' used as a teaser word in a title."),
    (NONE, "fr",
     "Mise à jour de la politique de confidentialité de Pixelgrotte (RGPD)\n"
     "Ce qui change pour votre compte",
     "Privacy-policy title."),
]

# 3. Caisse Rhénane (regional cooperative bank, Strasbourg) - « Cercle des Ambassadeurs »; C0-C3 scheme
ORGS["rhenane"] = [
    (PUB, "fr",
     "C0 – Public\n"
     "Cercle des Ambassadeurs : le guide du parrainage 2027",
     "Bank scheme C0 = public."),
    (PUB, "fr",
     "Classification : C0 - Diffusion libre\n"
     "Fiche : comment déposer un avis en ligne sur votre agence",
     "C0 'diffusion libre'."),
    (PUB, "en",
     "From: Claire Hoffmann\n"
     "To: cercle-ambassadeurs@caisse-rhenane.fr (all members)\n"
     "Subject: Invitation – annual Cercle dinner, 5 June\n"
     "Please keep it within the Cercle until the press release on 20 May.",
     "Mail to the all-ambassadors list; keep-within-program request is still public."),
    (PUB, "fr",
     "Classification : C1 – Interne\n"
     "MàJ 07/02/2027 (C. Hoffmann, validé conformité) : reclassé C0, diffusable à tous les "
     "ambassadeurs du Cercle.\n"
     "Barème des points 2027",
     "Later dated reclassification to C0."),
    (PUB, "fr",
     "réservé aux ambassadeurs du Cercle – merci de ne pas diffuser à l'extérieur\n"
     "Quiz : connaissez-vous votre banque coopérative ?",
     "Reserved to all ambassadors = public."),
    (PUB, "fr",
     "14/03/2027, 09:12 - Claire Hoffmann: Bonjour à tous ! Voici le compte rendu de l'atelier JE, "
     "vous pouvez le faire tourner dans tout le Cercle 🙂",
     "WhatsApp export: share across the whole Cercle."),
    (PUB, "en",
     "<!-- classification: C0 public -->\n"
     "## Cercle members: how to log a referral in the app",
     "HTML comment C0 public."),
    (PUB, "en",
     "OneDrive sharing: Anyone with the link – view only\n"
     "Welcome deck for new Cercle ambassadors",
     "Anyone-with-link sharing."),
    (INT, "fr",
     "C1 — INTERNE\n"
     "Tableau de bord du Cercle : taux de réponse aux sollicitations par agence",
     "C1 = internal."),
    (INT, "fr",
     "VS – NUR FÜR DEN DIENSTGEBRAUCH\n"
     "Projet transfrontalier Sparkasse Ortenau × Caisse Rhénane\n"
     "Note de cadrage (traduction FR) – ambassadeurs communs",
     "German VS-NfD = for official (staff) use only."),
    (INT, "en",
     "Internal use only – Caisse Rhénane staff\n"
     "Ambassador scoring model v4: NPS, tenure, product holdings",
     "Staff only; about ambassadors."),
    (INT, "fr",
     "Ambassadeurs Cercle Platine uniquement\n"
     "Invitation : petit-déjeuner avec le comité de direction",
     "One tier only -> internal."),
    (INT, "fr",
     "Réservé aux ambassadeurs des agences de Colmar et Sélestat\n"
     "Opération portes ouvertes du 12 avril",
     "Two branches' ambassadors only -> internal."),
    (INT, "en",
     "Teams · Channel « Cercle – Staff réseau » (all advisers)\n"
     "Claire Hoffmann 08:47\n"
     "please don't share with ambassadors: draft of the 2027 solicitation calendar",
     "Staff channel, not for ambassadors."),
    (INT, "fr",
     "C0 Public\n"
     "Argumentaire : parrainage entreprises\n"
     "Cible : TPE clientes depuis plus de 3 ans\n"
     "C1 – Interne – Caisse Rhénane",
     "Header C0 vs footer C1, undated: stricter wins."),
    (INT, "fr",
     "interne svp, c pas pour le cercle !!\n"
     "brouillon mailing relance ambassadeurs inactifs",
     "Slang/abbreviation: internal, not for the ambassadors."),
    (CONF, "fr",
     "C2 – CONFIDENTIEL\n"
     "Destinataires : M. Schaeffer (DG), É. Weber (Conformité)\n"
     "Signalement LCB-FT concernant un ambassadeur",
     "C2 with two named recipients."),
    (CONF, "fr",
     "C3 – SECRET\n"
     "Comité d'audit — projet de fusion avec la Caisse du Sundgau",
     "C3 secret, audit committee: small body."),
    (CONF, "en",
     "CONFIDENTIAL – Board of Directors\n"
     "Cercle program: cost/benefit review before renewal",
     "Board only."),
    (CONF, "fr",
     "---------- Message transféré ---------\n"
     "De : Thomas Kieffer (DPO)\n"
     "À : Claire Hoffmann\n"
     "Objet : Confidentiel – demande d'effacement RGPD d'un ambassadeur\n"
     "\n"
     "Claire, je te le transfère, garde-le pour toi stp.",
     "Forwarded DPO mail to one named person, confidential."),
    (CONF, "fr",
     "C0 – Public\n"
     "[Correction 02/03/2027 – Conformité] Contient des données clients : reclassé C2 Confidentiel, "
     "accès limité à la direction commerciale.\n"
     "Liste des ambassadeurs et encours",
     "Later dated correction tightens to confidential."),
    (CONF, "en",
     "Shared with: Marc Schaeffer, Élodie Weber, Claire Hoffmann · Link sharing: off\n"
     "Draft – ambassador compensation & tax treatment (legal)",
     "Three named people."),
    (NONE, "fr",
     "Secret bancaire et réseaux sociaux : ce que vous pouvez dire (et pas dire)\n"
     "Guide pratique",
     "'Secret bancaire' is the subject."),
    (NONE, "fr",
     "Offre réservée aux clients Premium : 0 € de frais de tenue de compte\n"
     "Conditions",
     "Who qualifies for an offer."),
    (NONE, "fr",
     "Service Diffusion & Courrier — tournée navette inter-agences\n"
     "Horaires 2027",
     "Department name Diffusion."),
    (NONE, "en",
     "Notice of privacy practices (Confidentiality notice)\n"
     "Caisse Rhénane — effective 1 January 2027",
     "Privacy notice title."),
    (NONE, "fr",
     "Bonjour Claire,\n"
     "suite à notre échange, je vous envoie mes disponibilités pour le témoignage vidéo.\n"
     "Cordialement, J. Muller",
     "Plain mail, no marking."),
    (NONE, "en",
     "Re: Cercle KPI workshop — notes\n"
     "attendees: Claire, Marc, 4 ambassadors\n"
     "- retention 2026: 81 %",
     "Attendee list, no marking."),
    (NONE, "fr",
     "Compte rendu : réunion marchés publics (collectivités)\n"
     "Clients secteur public — pipeline T2",
     "'publics/public' describe the market, not the audience."),
    (NONE, "fr",
     "Cercle des Ambassadeurs — idées pour le dîner annuel\n"
     "- lieu : péniche ?\n"
     "- traiteur local",
     "Program name only, no marking."),
]

# 4. Coopérative Terres du Causse (Aveyron farm cooperative) - « Les Porte-Voix »
ORGS["causse"] = [
    (PUB, "fr",
     "[12/01/27 20:14] Sandrine Bou: Coucou les Porte-Voix 🐑 je vous mets le calendrier des foires, "
     "c pour tout le monde, faites tourner entre vous !",
     "WhatsApp: for everyone, share among all Porte-Voix."),
    (PUB, "fr",
     "A DIFFUSER A TOUS LES PORTE-VOIX\n"
     "Fiche : raconter la transhumance en 3 photos",
     "Caps banner without accents: all ambassadors."),
    (PUB, "en",
     "For all Porte-Voix members (English-speaking growers included)\n"
     "How to write a short review of the farm shop",
     "All ambassadors."),
    (PUB, "fr",
     "Diffusion : reseau Porte-Voix (tous), embargo jusqu'au salon de l'agriculture\n"
     "Nouveau logo de la coop : le dossier",
     "All ambassadors with an embargo."),
    (PUB, "fr",
     "interne\n"
     "rectif du 09/02/2027 (Sandrine) : le bureau a dit ok, on peut l'envoyer a tous les porte voix\n"
     "Recap des ventes a la ferme 2026",
     "Later dated correction opens to all ambassadors."),
    (PUB, "en",
     "---\ntitle: Spring open-farm days – volunteer sheet\nshare: everyone\n---",
     "Front matter share: everyone."),
    (PUB, "en",
     "Porte-Voix newsletter #7 — public, share it as much as you like 😊",
     "Explicitly public."),
    (PUB, "fr",
     "Partagé via Google Drive · Accès : Tous les utilisateurs disposant du lien · Lecteur\n"
     "Photos de la fete de la coop (libres de droits pour les porte-voix)",
     "Anyone-with-link sharing."),
    (INT, "fr",
     "USAGE INTERNE COOP - NE PAS TRANSMETTRE AUX ADHERENTS AMBASSADEURS\n"
     "Suivi des sollicitations : qui est surchargé ?",
     "Staff only, about ambassadors."),
    (INT, "fr",
     "Porte-Voix du secteur Larzac seulement\n"
     "RDV chez les Fabre pour le tournage du 3 mai",
     "One area only -> internal."),
    (INT, "en",
     "Staff only — Terres du Causse office\n"
     "Notes on which Porte-Voix are drifting away (no reply since Sept.)",
     "Staff only."),
    (INT, "fr",
     "doc interene , pas pour le groupe whatsapp des porte voix\n"
     "budget cadeaux fin d'annee",
     "Typo 'interene', not for the ambassadors' group."),
    (INT, "fr",
     "Pour Mathieu C., Josiane R. et le GAEC des Cazals (Porte-Voix « Fromages »)\n"
     "Brief témoignage vidéo pour Rungis",
     "Named ambassadors -> internal."),
    (INT, "fr",
     "Diffusion : tous les porte-voix\n"
     "NB du 15/03 de Karine : finalement on garde ça en interne, les prix ne sont pas validés\n"
     "Tarifs agneau de Pâques – argumentaire",
     "Later dated note tightens to internal."),
    (INT, "en",
     "[03/04/27 07:55] Karine Alric: keep this between the coop staff please, not for the Porte-Voix group\n"
     "Draft charter v2",
     "WhatsApp: coop staff only."),
    (INT, "fr",
     "Niveau « Berger d'or » uniquement 🏅\n"
     "Invitation visite de la laiterie avec le président",
     "One tier as audience -> internal."),
    (CONF, "fr",
     "CONFIDENTIEL – BUREAU DU CONSEIL D'ADMINISTRATION\n"
     "Difficultés de trésorerie et gel des avantages Porte-Voix",
     "Board bureau only."),
    (CONF, "fr",
     "De : Karine Alric\n"
     "A : Jean-Paul Vayssettes\n"
     "Objet : confidentiel - conflit entre deux porte-voix (GAEC)\n"
     "Jean-Paul, entre nous pour l'instant.",
     "Mail between director and president, confidential."),
    (CONF, "en",
     "Confidential – HR\n"
     "For: Karine Alric (director), payroll office\n"
     "Sandrine's contract renewal and programme workload",
     "HR confidential, named recipients."),
    (CONF, "fr",
     "secret !! juste pour JP, Karine et moi\n"
     "projet de fusion avec la coop du Ségala",
     "Three named people."),
    (CONF, "fr",
     "Interne coop\n"
     "Tableau marges – ventes via les Porte-Voix\n"
     "ATTENTION : confidentiel, direction et comptable seulement",
     "Conflict interne vs confidentiel: stricter wins."),
    (CONF, "en",
     "SharePoint · Specific people: Karine Alric, Jean-Paul Vayssettes · Can view\n"
     "Legal: insurance claim after the open-farm day accident",
     "Sharing to two specific people."),
    (NONE, "fr",
     "Vente publique de broutards – marché de Laissac, jeudi 6h\n"
     "Catalogue des lots",
     "'Vente publique' is a livestock auction."),
    (NONE, "fr",
     "Réservé aux adhérents Label Rouge : aide à la certification 2027\n"
     "Dossier à rendre avant le 30/04",
     "Who qualifies for an aid."),
    (NONE, "fr",
     "compte rendu atelier ACTION\n"
     "themes retenus : transhumance, circuits courts, eau\n"
     "groupes : jeunes installés / retraités actifs",
     "Workshop notes, no marking."),
    (NONE, "en",
     "Farm shop opening hours – summer 2027\n"
     "Mon–Sat 9:00–19:00",
     "No marking."),
    (NONE, "fr",
     "Politique de confidentialité du site terresducausse.fr\n"
     "1. Responsable du traitement",
     "Privacy-policy title."),
    (NONE, "fr",
     "salut sandrine c'est Josiane, j'ai fait la video pour la foire, je te l'envoie ce soir\n"
     "bises",
     "Plain message."),
    (NONE, "en",
     "Confidential feedback box: tell us anonymously what you think of the Porte-Voix programme!\n"
     "The form takes 2 minutes.",
     "'Confidential' describes the feedback form."),
    (NONE, "fr",
     "Commission Diffusion des semences – ordre du jour du 12 mars",
     "Committee named Diffusion."),
]

# 5. Maille & Mouette (ethical knitwear e-shop, La Rochelle) - « Club des Mouettes »
ORGS["mouette"] = [
    (PUB, "fr",
     "Hello les Mouettes 🕊️ — lookbook AW27 en avant-première, pour tout le Club\n"
     "⚠️ embargo : rien sur Insta avant le 1er septembre",
     "Whole Club with an embargo."),
    (PUB, "en",
     "Visibility: Club des Mouettes (all members)\n"
     "UGC guidelines – how to tag us without looking like an ad",
     "All ambassadors."),
    (PUB, "fr",
     "Notion · Publié sur le web ✅ · Indexation moteurs de recherche : désactivée\n"
     "Kit ambassadrice : codes promo & visuels",
     "Published to the web (not indexed is not a restriction)."),
    (PUB, "fr",
     "[PUBLIC] Programme Club des Mouettes – règlement 2027",
     "Tag PUBLIC."),
    (PUB, "fr",
     "Statut : interne (draft)\n"
     "→ update 11/05/2027 Jade : validé par Romain, on peut l'envoyer à toutes les Mouettes\n"
     "Résultats du sondage NPS ambassadrices",
     "Later dated update opens to all ambassadors."),
    (PUB, "en",
     "TLP:CLEAR\n"
     "Club des Mouettes – Q2 impact recap (shares, reviews, referrals)",
     "TLP:CLEAR."),
    (PUB, "fr",
     "réservé aux Mouettes — toutes, de Mouette Rieuse à Grande Mouette 😉 — pas de capture d'écran "
     "hors Club svp\n"
     "Co-création : vote pour la couleur du pull iconique",
     "All tiers named explicitly: all ambassadors."),
    (PUB, "fr",
     "<!-- audience: club-mouettes-all | ok pour la commu -->\n"
     "# Atelier JE : ce qu'on a retenu de vos réponses",
     "HTML comment: all club."),
    (INT, "en",
     "INTERNAL – M&M team only\n"
     "Ambassador ROI dashboard: promo code conversions by Mouette",
     "Team only."),
    (INT, "fr",
     "Destinataires : Grandes Mouettes uniquement (top tier)\n"
     "Accès anticipé : soldes privées du 20 juin",
     "Recipients = one tier -> internal."),
    (INT, "fr",
     "Slack #team-club\n"
     "Jade 16:40 : je pose le brief influence ici, c'est interne, pas pour le Discord des Mouettes hein\n"
     "Alice 16:41 : 👌",
     "Slack: internal, not for ambassadors."),
    (INT, "en",
     "Google Drive · General access: Maille & Mouette — anyone in this group with the link can view\n"
     "Seasonal solicitation calendar – drafts",
     "Domain-restricted sharing."),
    (INT, "fr",
     "Mouettes de Bordeaux uniquement 📍 – pop-up store du 7 octobre, qui tient le stand ?",
     "One city only."),
    (INT, "fr",
     "Diffusion : équipe M&M — pas les Mouettes !!\n"
     "Liste des Mouettes à relancer (inactives depuis 90 j)",
     "Team only, about ambassadors."),
    (INT, "en",
     "Audience: all Mouettes\n"
     "Subject: new referral rewards (draft)\n"
     "Points double on the first referral, gift card at 5\n"
     "— M&M internal · do not forward outside the team —",
     "Undated conflict header vs footer: stricter wins."),
    (INT, "fr",
     "Pour Camille_tricote, @lea.knits et Sofiane (capsule collab)\n"
     "Brief shooting capsule hiver",
     "Named ambassadors."),
    (CONF, "fr",
     "CONFIDENTIEL – Romain, Alice, Jade uniquement\n"
     "Négociation : rachat du stock par un grand groupe",
     "Three named staff."),
    (CONF, "en",
     "Forwarded message\n"
     "From: dpo@maille-mouette.com\n"
     "To: Jade Nguyen\n"
     "Subject: CONFIDENTIAL – Mouette data access request (GDPR art. 15)\n"
     "Jade — fyi only, please don't forward.",
     "DPO mail forwarded to one person."),
    (CONF, "fr",
     "Strictement confidentiel — comité stratégique\n"
     "Audit : faux avis postés par une ambassadrice ?",
     "Small body."),
    (CONF, "fr",
     "[22/09/2027 23:10] Romain Perret: je vous mets ça ici mais c'est hyper confidentiel, que nous "
     "trois (associés) 🙏\n"
     "Prévisions levée de fonds",
     "WhatsApp: three partners."),
    (CONF, "en",
     "Sensitivity label: Highly Confidential \\ Founders only\n"
     "Cap table & ambassador stock options idea",
     "Purview-style label, founders only."),
    (CONF, "fr",
     "Diffusion : toutes les Mouettes ✅\n"
     "Correction du 03/10/2027 (Alice) : contient les adresses des ambassadrices → confidentiel, "
     "logistique (Maëlle, Kevin) uniquement\n"
     "Fichier d'envoi des cadeaux de Noël",
     "Later dated correction tightens to two named staff."),
    (NONE, "fr",
     "VENTE PRIVÉE -40 % réservée aux membres du Club\n"
     "Du 12 au 15 mars, code MOUETTE40",
     "Private sale: who qualifies."),
    (NONE, "fr",
     "Collection « Confidentielle » : 5 pièces, 50 exemplaires — drop jeudi 18h",
     "Product line name."),
    (NONE, "en",
     "Privacy & confidentiality policy – Maille & Mouette\n"
     "Last updated: March 2027",
     "Policy title."),
    (NONE, "en",
     "Private sale for Grandes Mouettes: early access from Monday\n"
     "How to unlock it in your account",
     "Who qualifies for early access."),
    (NONE, "fr",
     "Notes atelier NOUS\n"
     "raison d'être (brouillon humain !) : « habiller lentement ceux qui prennent le temps »\n"
     "KPI : parrainages, avis, UGC",
     "No marking."),
    (NONE, "fr",
     "Coucou Jade, tu peux me renvoyer le lien du formulaire de contribution ? Merci ! Léa",
     "Plain message."),
    (NONE, "fr",
     "Sondage « top secret » : devinez la couleur de l'hiver 🤫\n"
     "Réponse vendredi sur le blog",
     "'top secret' as a teaser."),
    (NONE, "fr",
     "Checklist ops – retours & échanges\n"
     "1. vérifier l'étiquette\n"
     "2. rembourser sous 5 jours",
     "No marking."),
]


def build():
    cases = []
    for n, (org, rows) in enumerate(ORGS.items()):
        rows = list(rows)
        random.Random(1300 + n).shuffle(rows)
        for i, (level, lang, head, note) in enumerate(rows, 1):
            cases.append({"id": f"{org}-{i:02d}", "head": head, "level": level, "lang": lang, "note": note})
    return cases


def main():
    out = Path(__file__).with_name("cases.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for case in build():
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
