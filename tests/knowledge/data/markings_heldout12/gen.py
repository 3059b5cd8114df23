"""Deterministic generator for the markings_heldout12 set (ambassador-centred heads)."""
import json
import random
from pathlib import Path

P, INT, CONF, NONE = "public", "internal", "confidential", "none"
CASES = {}


def c(org, level, lang, note, *lines):
    CASES.setdefault(org, []).append((level, lang, "\n".join(lines), note))


# ---------------------------------------------------------------- yoga: Studios Ombeline
Y = "yoga"
c(Y, P, "fr", "for ambassadors only (Passeurs), keep inside Discord = public",
  "Réservé aux Passeurs — merci de ne pas diffuser hors du Discord",
  "",
  "Atelier JE du 14 mars : ce qu'on attend de vous",
  "Bonjour à toutes et à tous, on se retrouve au studio de Nantes…")
c(Y, P, "en", "audience = all ambassadors + studio teams",
  "Audience: all ambassadors (Discord) + studio teams",
  "Title: Spring challenge — how points work",
  "Each class you bring a friend to earns 10 pts…")
c(Y, P, "fr", "HTML comment: ambassadors OK",
  "<!-- visibilité : ambassadeurs OK -->",
  "<h1>Calendrier des cours partagés — printemps</h1>",
  "<p>Les Passeurs peuvent inviter un·e ami·e sur ces créneaux.</p>")
c(Y, P, "fr", "email sent to the whole Passeurs mailing list",
  "De : Loïc Garnier <loic@ombeline-yoga.fr>",
  "À : liste-passeurs@ombeline-yoga.fr",
  "Objet : [Passeurs] retours sur la retraite d'avril",
  "",
  "Hello les Passeurs, merci pour vos messages après le week-end…")
c(Y, P, "fr", "internal replaced later by director: ok for all ambassadors",
  "Diffusion : interne",
  "(MAJ 12/02, Sabine : validé, on peut le partager à tous les ambassadeurs, rien de sensible)",
  "Bilan du programme 2024 — chiffres clés")
c(Y, P, "fr", "CM chat: post it in the ambassadors' Discord, it is made for them",
  "[Slack #cm] Loïc : ok pour balancer ce guide dans le #general du Discord ambassadeurs,",
  "c'est fait pour eux de toute façon",
  "> Guide : comment parrainer un·e ami·e en 3 étapes")
c(Y, P, "en", "front matter audience passeurs / visibility community",
  "---",
  "title: Passeurs FAQ",
  "audience: passeurs",
  "visibility: community",
  "---",
  "## How do I log a contribution?")
c(Y, P, "fr", "PUBLIC banner, studio posters + newsletter",
  "PUBLIC — affichage studios + newsletter",
  "Devenez Passeur·se de souffle : comment ça marche ?")

c(Y, INT, "fr", "about ambassadors, explicitly not to be passed to them",
  "Usage interne — ne pas transmettre aux Passeurs",
  "Grille de repérage des futurs ambassadeurs (NPS, assiduité, présence réseaux)")
c(Y, INT, "fr", "only one level of ambassadors -> bot cannot tell them apart",
  "Pour les Passeurs niveau Lotus uniquement",
  "Invitation : masterclass privée avec Sabine le 3 mai")
c(Y, INT, "en", "CM playbook, staff only",
  "CM playbook — staff only, don't paste in Discord",
  "Handling an ambassador who drifts away")
c(Y, INT, "fr", "ambassadors of one city only",
  "À l'attention des ambassadrices du studio d'Angers",
  "Réorganisation des créneaux du mardi soir")
c(Y, INT, "fr", "shareable corrected later to staff only (stricter wins)",
  "Partageable avec les ambassadeurs",
  "[correction Loïc 03/10 : NON, finalement on garde ça entre nous — il y a les taux de réponse"
  " par personne]",
  "Tableau de suivi des sollicitations T3")
c(Y, INT, "fr", "typo 'interene' + not for ambassadors",
  "interene équipe studios svp, pas aux ambassadeurs",
  "planning des sollicitations salon Zen & Bien-être")
c(Y, INT, "en", "addressed to two named ambassadors only",
  "To: Maëlle Roux; Yanis Ferreira (Passeurs)",
  "Subject: your video testimonial — draft script",
  "",
  "Hi both, here is the outline we discussed…")
c(Y, INT, "fr", "sharing setting: all employees",
  "Paramètres de partage : Équipe Ombeline (tous les salariés) — accès lecteur",
  "Note : recrutement des Passeurs 2025, critères et calendrier")

c(Y, CONF, "fr", "direction only",
  "CONFIDENTIEL — Direction",
  "Coût réel du programme Passeurs et arbitrage budget 2025")
c(Y, CONF, "fr", "HR strictly confidential",
  "RH — strictement confidentiel",
  "Situation d'une professeure également ambassadrice : conflit avec une élève")
c(Y, CONF, "en", "email to two named staff, keep between the three of us",
  "To: Sabine Ferrat; Nadia Boukhari",
  "Subject: ambassador complaint — legal exposure (please keep this between the three of us)")
c(Y, CONF, "fr", "chat: only for two named staff",
  "Sabine : je vous mets ça ici mais c'est que pour Loïc et moi hein, personne d'autre",
  "Liste des ambassadeurs qu'on ne reconduit pas en septembre")
c(Y, CONF, "fr", "restricted to executive committee of 4",
  "Diffusion restreinte : comité de direction (4 pers.)",
  "Projet de cession des studios de Tours — impact sur les Passeurs")
c(Y, CONF, "fr", "public replaced by confidential (health data), HR + DPO",
  "Public",
  "⚠️ Doc reclassé : contient les données de santé déclarées par les ambassadeurs → confidentiel,",
  "accès Nadia (RH) et DPO seulement",
  "Questionnaire blessures & contre-indications — réponses")

c(Y, NONE, "fr", "program story, no marking",
  "Les Passeurs de souffle : trois ans d'histoires",
  "Quand on a lancé le programme en 2022, on ne savait pas…")
c(Y, NONE, "fr", "offer condition 'réservé aux membres niveau Lotus' is not a readership",
  "Offre printemps : -20 % sur le pass annuel",
  "Conditions : réservé aux membres niveau Lotus du programme Passeurs, valable jusqu'au 30/04")
c(Y, NONE, "en", "meeting minutes mentioning ambassadors",
  "Minutes — studio managers weekly",
  "1. Ambassadors: 3 new testimonials received",
  "2. Heating in Rennes still broken")
c(Y, NONE, "fr", "near-miss: 'confidentialité' in privacy-policy title",
  "Politique de confidentialité du programme ambassadeurs",
  "Quelles données collectons-nous et pourquoi ?")
c(Y, NONE, "fr", "workshop minutes, attendees list, no marking",
  "Compte rendu atelier NOUS — raison d'être",
  "Présents : 5 salariés, 3 Passeurs")
c(Y, NONE, "fr", "spreadsheet header only",
  "ambassadeurs.xlsx — onglet points",
  "Nom | Studio | Points | Niveau")
c(Y, NONE, "en", "idea box, no marking",
  "Idea box: what should ambassadors get next year?",
  "Drop your ideas below 👇")
c(Y, NONE, "fr", "charter text, no readership stated",
  "Charte des Passeurs — version 3",
  "Article 1 : Le Passeur s'engage à partager son expérience avec sincérité.")

# ---------------------------------------------------------------- cosmetics: Bruyère & Sel
B = "cosme"
c(B, P, "fr", "ambassadors only, do not spread outside = public",
  "Réservé aux ambassadeurs·rices — ne pas diffuser à l'extérieur",
  "Avant-première : la gamme Algue Rouge arrive en mai")
c(B, P, "en", "for Éclaireuses only, embargo on socials",
  "FOR ÉCLAIREUSES ONLY – please keep it off Instagram until launch day",
  "Sneak peek: the new solid shampoo")
c(B, P, "fr", "press release, free to distribute",
  "[Communiqué de presse — libre de diffusion]",
  "Bruyère & Sel fête sa 1 000e Éclaireuse")
c(B, P, "fr", "CM posts in the ambassadors' announcement channel, for all of them",
  "Élodie (CM) : je poste ça dans le salon #éclaireuses-annonces, c'est pour toutes",
  "Nouveau barème de points à partir du 1er juin")
c(B, P, "fr", "HTML comment: open to all ambassadors, legal-approved",
  "<!-- niveau : ouvert aux ambassadrices (toutes), validé juridique 02/04 -->",
  "<h2>Kit de partage réseaux sociaux — printemps</h2>")
c(B, P, "en", "reclassified from internal to public",
  "Classification: Public (was: Internal — reclassified by H. Tanguy 17/03 after review)",
  "Éclaireuses program terms & conditions")
c(B, P, "fr", "typo/slang: share with all ambassadors",
  "a partager avec tt les ambassadrices ;)",
  "Tuto : filmer son témoignage vidéo avec son téléphone")
c(B, P, "fr", "front matter: target Éclaireuses, community diffusion",
  "---",
  "titre: Lettre des Éclaireuses n°12",
  "public_cible: éclaireuses",
  "diffusion: communauté",
  "---")

c(B, INT, "fr", "caps: do not pass to ambassadors",
  "NE PAS TRANSMETTRE AUX AMBASSADRICES",
  "Script d'appel : relancer une Éclaireuse inactive")
c(B, INT, "fr", "ambassadors of one city only",
  "Pour les Éclaireuses nantaises seulement (atelier boutique de Nantes)",
  "Infos pratiques du 12 juin")
c(B, INT, "en", "internal use, marketing & CM",
  "Internal use — marketing & CM team",
  "Ambassador recruitment funnel Q2: invitations sent, accepted, declined")
c(B, INT, "fr", "forwarded to one named ambassador only",
  "Objet : Tr: ton avis sur le flacon pompe",
  "À : Camille Le Gall",
  "(Camille, je te le fais suivre à toi seule en tant qu'Éclaireuse, pas à tout le groupe)")
c(B, INT, "fr", "diffusion: staff of the brand",
  "Diffusion : équipe B&S",
  "Calendrier éditorial : quelles ambassadrices solliciter pour le salon Natexpo")
c(B, INT, "en", "one tier only",
  "Gold-tier Éclaireuses only",
  "Invite: lab visit in Quimper, 6 seats")
c(B, INT, "fr", "conflict public vs internal-not-for-ambassadors: stricter wins",
  "Public",
  "Interne (pas pour les ambassadeurs — c'est notre analyse de leur NPS)",
  "Analyse NPS Éclaireuses 2024")
c(B, INT, "fr", "slang: between colleagues, don't show the Éclaireuses",
  "entre nous les collègues hein, on montre pas ça aux Éclaireuses 🙈",
  "Top 10 des verbatims les plus gênants")

c(B, CONF, "fr", "general management + legal",
  "Confidentiel — Direction générale et Juridique",
  "Litige avec une ambassadrice : réaction cutanée signalée")
c(B, CONF, "en", "R&D leads only, two named",
  "STRICTLY CONFIDENTIAL — R&D leads only (A. Quéré, T. Morvan)",
  "Formula change requested by the ambassador panel — cost impact")
c(B, CONF, "fr", "two named staff recipients, do not forward",
  "Destinataires : G. Le Bihan, É. Marzin — ne pas faire suivre",
  "Rémunération des influenceuses vs Éclaireuses : proposition")
c(B, CONF, "fr", "typo 'Confidenciel' HR",
  "Confidenciel RH",
  "Entretien annuel d'Élodie — objectifs programme ambassadeurs")
c(B, CONF, "fr", "sharing restricted to 3 named",
  "Partage : restreint — 3 personnes (Gwenaël, Hervé, Sophie DAF)",
  "Rachat éventuel par un groupe : que deviennent les Éclaireuses ?")
c(B, CONF, "en", "board pack",
  "Board pack — confidential",
  "Item 4: ambassador program ROI and budget cut options")

c(B, NONE, "fr", "offer condition by level, not readership",
  "Offre fidélité Bruyère & Sel",
  "Le coffret Solstice à 29 € — réservé aux membres niveau Argent du programme ambassadrices,",
  "dans la limite des stocks")
c(B, NONE, "fr", "portrait article, no marking",
  "Les Éclaireuses, qui sont-elles ? Portrait de trois clientes passionnées")
c(B, NONE, "en", "draft FAQ, no marking",
  "Ambassador program — FAQ draft v0.3",
  "Q: How do I earn points?")
c(B, NONE, "fr", "near-miss: 'Diffusion' is a department",
  "Service Diffusion — point hebdo",
  "Sujet : envoi des kits aux Éclaireuses, retard transporteur")
c(B, NONE, "fr", "testimonial, no marking",
  "Témoignage de Léa, Éclaireuse depuis 2021",
  "« J'ai découvert la marque sur un marché de Douarnenez… »")
c(B, NONE, "fr", "near-miss: 'Confidentialité' in blog title",
  "Confidentialité et données des ambassadrices : ce que dit le RGPD",
  "(article de blog, brouillon)")
c(B, NONE, "en", "workshop notes, no marking",
  "Notes from the JE workshop — what ambassadors need",
  "- time flexibility",
  "- recognition, not just discounts")
c(B, NONE, "fr", "brainstorm, no marking",
  "Idées de cadeaux pour les Éclaireuses (brainstorm)",
  "- trousse en lin",
  "- baume à lèvres gravé")

# ------------------------------------------------ library: médiathèques de Val-de-Brenne
M = "biblio"
c(M, P, "fr", "intended for Lecteurs-relais, Discord only = public",
  "Document destiné aux Lecteurs-relais (usage dans le groupe Discord uniquement)",
  "Sélection rentrée littéraire — à vous de jouer !")
c(M, P, "fr", "general public poster",
  "Tout public — à afficher dans les 7 médiathèques",
  "Devenir Lecteur-relais : permanence d'info samedi 10h")
c(M, P, "en", "for all ambassadors, social-media embargo only",
  "For all ambassadors (Lecteurs-relais) — no need to keep it secret, just not on social media",
  "before Friday",
  "Programme of the Book Fair")
c(M, P, "fr", "email to the whole ambassadors list",
  "De : Yasmine Chabane",
  "À : lecteurs-relais@mediatheques-valdebrenne.fr",
  "Cci : équipe médiation",
  "Objet : compte rendu de la rencontre avec l'autrice")
c(M, P, "fr", "diffusion: ambassadors yes / press no",
  "Diffusion : Lecteurs-relais ✔ / Presse ✖",
  "Bilan des clubs de lecture 2024")
c(M, P, "fr", "internal updated to shareable with ambassadors",
  "Interne",
  "→ mise à jour F. Delmas 08/01 : on peut le donner aux ambassadeurs, c'est eux qui l'ont coécrit",
  "Charte d'accueil des nouveaux lecteurs")
c(M, P, "fr", "HTML comment open to ambassadors",
  "<!-- diffusion : ouverte aux ambassadeurs du réseau -->",
  "<p>Calendrier des lectures à voix haute</p>")
c(M, P, "en", "visibility community = staff + ambassadors",
  "Visibility: community (staff + ambassadors)",
  "Reading-relay badges explained")

c(M, INT, "fr", "internal note for agents, about recruiting ambassadors",
  "Note interne — agents du réseau",
  "Repérage des futurs Lecteurs-relais : critères (fréquentation, prêts, clubs)")
c(M, INT, "fr", "ambassadors of one site only",
  "À l'attention des Lecteurs-relais de la médiathèque de Saint-Aubin uniquement",
  "Fermeture pour travaux du 2 au 16 juin")
c(M, INT, "fr", "procedure, not to be communicated to ambassadors",
  "Fiche procédure agents — ne pas communiquer aux ambassadeurs",
  "Que faire si un Lecteur-relais se comporte mal en atelier")
c(M, INT, "en", "staff only",
  "Staff only",
  "Ambassador solicitation plan for the Book Fair — who to ask, backup list")
c(M, INT, "fr", "chat: put in agents channel, not the ambassadors' one",
  "Yasmine : je vous le mets dans le canal agents, pas dans celui des lecteurs-relais hein,",
  "c'est nos notes d'évaluation",
  "Évaluation qualitative des ateliers d'hiver")
c(M, INT, "fr", "two named ambassadors",
  "Pour : Jeanne Cormier et Bastien Lefort (Lecteurs-relais du club polar)",
  "Objet : préparation de la rencontre du 22")
c(M, INT, "fr", "labelled internal, shareable with ambassadors: no",
  "Usage interne",
  "Partageable avec les ambassadeurs ? non",
  "Tableau des réponses aux sollicitations (délai moyen par personne)")
c(M, INT, "fr", "typo 'INTRENE', mediation team",
  "INTRENE — équipe médiation",
  "Compte rendu : épuisement de certains ambassadeurs trop sollicités")

c(M, CONF, "fr", "note to DGS and deputy mayor, confidential",
  "Note à l'attention de M. le DGS et de Mme l'adjointe à la culture — confidentiel",
  "Suppression envisagée du budget Lecteurs-relais")
c(M, CONF, "fr", "restricted: network direction + HR",
  "Diffusion restreinte : direction du réseau + service RH",
  "Signalement concernant un agent et une ambassadrice")
c(M, CONF, "fr", "personal data of minors, two named accesses",
  "Confidentiel — données personnelles (accès : F. Delmas, DPO)",
  "Liste des ambassadeurs mineurs et autorisations parentales")
c(M, CONF, "en", "legal counsel and director only",
  "Confidential — legal counsel & director only",
  "Ambassador's claim of defamation after a club session")
c(M, CONF, "fr", "sharing: 2 named people",
  "Partage : Françoise Delmas, Yasmine Chabane (2 personnes)",
  "Ne pas déplacer dans le dossier commun",
  "Arbitrage : fin de l'accompagnement d'un Lecteur-relais")
c(M, CONF, "fr", "shareable corrected to confidential management work doc",
  "Diffusable aux Lecteurs-relais",
  "!! CORRECTION (FD) : NON — document de travail du comité de direction, confidentiel",
  "Scénarios de fusion des médiathèques d'Est-Brenne")

c(M, NONE, "fr", "magazine article, no marking",
  "Les Lecteurs-relais, ambassadeurs de la lecture publique à Val-de-Brenne",
  "Article pour le magazine municipal")
c(M, NONE, "fr", "voting condition, not readership",
  "Prix des lecteurs 2025 — règlement",
  "Article 3 : le vote est réservé aux Lecteurs-relais inscrits avant le 1er mars.")
c(M, NONE, "fr", "near-miss: 'stage interne' is a training",
  "Stage interne « accueillir un ambassadeur en atelier » — programme de la formation",
  "Jour 1 : posture d'accueil")
c(M, NONE, "en", "contribution log header",
  "Lecteurs-relais — contribution log",
  "Date | Name | Type | Points")
c(M, NONE, "fr", "workshop output, no marking",
  "Atelier ACTION du 5 février : thèmes retenus pour les groupes d'ambassadeurs")
c(M, NONE, "fr", "near-miss privacy policy",
  "Politique de confidentialité — espace Lecteurs-relais du site")
c(M, NONE, "fr", "newsletter draft, no marking",
  "Brouillon — newsletter de mars",
  "Chères lectrices, chers lecteurs, nos ambassadeurs vous ont préparé…")
c(M, NONE, "en", "raw export",
  "Ambassador survey 2024 — raw answers (export)",
  "respondent_id,q1,q2,q3")

# ---------------------------------------------------------------- coworking: Hublot Coworking
H = "cowork"
c(H, P, "en", "Crew only, inside Discord ok = public",
  "📣 Crew only — feel free to share inside the Discord, not outside",
  "Early access: meeting room booking v2")
c(H, P, "fr", "ambassadors only, do not spread outside",
  "Réservé aux ambassadeurs Hublot — ne pas diffuser à l'extérieur",
  "Nouveaux avantages 2025 : ce qui change")
c(H, P, "fr", "Slack: post in the Crew announcements channel, for the whole Crew",
  "Théo : go pour poster le récap dans #crew-annonces, c'est destiné à tout le Crew",
  "Récap de l'afterwork du 12")
c(H, P, "en", "classification public",
  "Classification: PUBLIC",
  "Hublot Crew — how referrals work")
c(H, P, "fr", "sharing setting: Crew Discord group can view",
  "Sharing: Anyone in 'Hublot Crew (Discord)' group can view",
  "Guide de bienvenue du Crew")
c(H, P, "en", "internal draft cleared later for ambassadors",
  "Internal draft",
  "[Update 04/09, Priya: cleared for ambassadors, go ahead and send it to the whole Crew]",
  "Community events calendar Q4")
c(H, P, "fr", "slang: it's for the ambassadors, send it",
  "c pour les ambass' ça, tu peux leur envoyer direct 👍",
  "Mode d'emploi : proposer un atelier dans un espace Hublot")
c(H, P, "fr", "front matter visibility ambassadors + team",
  "---",
  "title: Crew newsletter #8",
  "visibility: ambassadeurs + équipe",
  "---")

c(H, INT, "en", "staff only, don't forward to Crew",
  "INTERNAL — Hublot staff only. Don't forward to the Crew.",
  "CM playbook: rotating solicitations to avoid burnout")
c(H, INT, "fr", "Crew Leads of one city only",
  "Pour les Crew Leads de Bordeaux uniquement",
  "Fermeture du 3e étage la semaine prochaine")
c(H, INT, "en", "one level only",
  "Platinum-level ambassadors only",
  "Invitation: product advisory board dinner")
c(H, INT, "fr", "individual email to two named ambassadors",
  "À : Julien Mercier; Aïcha Benali",
  "Objet : votre témoignage pour le salon Bureaux Demain",
  "(envoi individuel — merci de ne pas transférer au reste du Crew)")
c(H, INT, "en", "audience: CMs",
  "Audience: Community managers (all sites)",
  "Crew scoring grid — who gets promoted next quarter")
c(H, INT, "fr", "two diffusion lines, stricter added later",
  "Diffusion : ambassadeurs",
  "Diffusion : interne uniquement (ajout Théo — il y a les notes sur chaque membre)",
  "Suivi des contributions Crew S1")
c(H, INT, "fr", "typo 'Hubolt', not for ambassadors",
  "Interne Hubolt — pas pour les ambass",
  "Liste des membres à inviter dans le Crew en janvier")
c(H, INT, "en", "sharing: company domain only",
  "Sharing settings: hublot-coworking.com domain only (all employees)",
  "Ambassador churn analysis 2024")

c(H, CONF, "en", "C-level only",
  "CONFIDENTIAL — C-level only",
  "Crew program cost vs. revenue influenced: should we stop it?")
c(H, CONF, "fr", "two named staff",
  "Strictement confidentiel — Inès Barbier (juridique) et Marc-Antoine Delorme",
  "Mise en demeure reçue d'un ambassadeur (utilisation de son image)")
c(H, CONF, "en", "DM, keep between two people",
  "Priya: dm only, keep it between you and me Théo",
  "Which Crew Leads are also negotiating their lease — pricing exceptions")
c(H, CONF, "fr", "direction + HR",
  "Accès restreint : direction + RH",
  "Dossier disciplinaire — community manager Marseille et plaintes d'ambassadeurs")
c(H, CONF, "en", "board of directors",
  "Confidential – Board of directors",
  "Appendix C: ambassador program in the fundraising deck")
c(H, CONF, "fr", "public withdrawn, now confidential CODIR",
  "Public",
  "(MAJ 20/11 — Priya : retiré de la diffusion, devient confidentiel, accès CODIR uniquement,",
  "on y parle du rachat)",
  "Avenir du programme Crew après l'intégration")

c(H, NONE, "en", "perk eligibility by level, not readership",
  "Members' perk: 2 free day passes/month",
  "Eligibility: Crew members at Gold level or above")
c(H, NONE, "fr", "blog draft, no marking",
  "Qui sont les ambassadeurs de Hublot ? (brouillon d'article pour le blog)")
c(H, NONE, "en", "ops notes mention Crew",
  "Weekly ops sync — notes",
  "- Lille: coffee machine",
  "- Crew: 4 new referrals")
c(H, NONE, "fr", "csv export header",
  "Export_contributions_crew_2024.csv",
  "id;nom;type;points;date")
c(H, NONE, "en", "near-miss privacy notice",
  "Privacy notice — Hublot Crew ambassador program")
c(H, NONE, "fr", "workshop questions, no marking",
  "Atelier JE — questions à poser aux ambassadeurs",
  "1. Pourquoi avez-vous accepté ?")
c(H, NONE, "fr", "poll, no marking",
  "Sondage : quel nom pour le futur niveau au-dessus de Platine ?",
  "Idée proposée par le Crew")
c(H, NONE, "en", "testimonial",
  "Crew Lead testimonial — Sofia, freelance designer, Brussels")

# ---------------------------------------------------------------- wine: Cave de Roche-Vive
V = "vin"
c(V, P, "fr", "for Compagnons only, keep for yourselves = public",
  "Réservé aux Compagnons du Cep — merci de garder ça pour vous jusqu'aux vendanges",
  "Avant-première : la cuvée Roche-Vive 2024")
c(V, P, "fr", "press release, free diffusion",
  "Communiqué — diffusion libre",
  "La cave recrute ses futurs ambassadeurs")
c(V, P, "en", "for all ambassadors abroad, readable in Discord",
  "For our ambassadors abroad (all of them) — you can read and discuss this in the Discord",
  "Export tasting kit: how to host a tasting")
c(V, P, "fr", "CM posts in ambassadors' Discord, for all",
  "Mathilde : je le poste dans le Discord des Compagnons, c'est pour eux tous",
  "Programme de la journée portes ouvertes")
c(V, P, "fr", "HTML comment ok ambassadors",
  "<!-- ok ambassadeurs -->",
  "<h1>Carnet de dégustation partagé</h1>")
c(V, P, "fr", "confidential struck through, corrected to shareable with Compagnons",
  "~~CONFIDENTIEL~~",
  "rectif O. Chanut 15/05 : plus rien de sensible depuis l'annonce,"
  " on peut le donner aux Compagnons",
  "Nouveaux tarifs caviste 2025")
c(V, P, "en", "audience Compagnons + staff",
  "Audience: Compagnons + cellar staff",
  "Points table: what a tasting, a review or a referral earns")
c(V, P, "fr", "typo 'ambassdeurs'",
  "Diffusion : ambassdeurs et personnel de la cave",
  "Retour sur le salon des vins de Lyon")

c(V, INT, "fr", "internal, not to be forwarded to Compagnons",
  "Interne cave — ne pas faire suivre aux Compagnons",
  "Qui solliciter pour le salon de Paris : liste et remplaçants")
c(V, INT, "fr", "one level only",
  "Pour les Compagnons du niveau Grand Cru seulement",
  "Visite privée du chai à barriques")
c(V, INT, "en", "staff only",
  "Staff only — sales & cellar team",
  "Ambassador recruitment: customers with 3+ years of orders and high NPS")
c(V, INT, "fr", "addressed to one named couple of ambassadors",
  "À : M. et Mme Gauthier (Compagnons du Cep) — envoi personnel",
  "Objet : votre article sur la cuvée des Pierres")
c(V, INT, "fr", "ambassadors of one region only",
  "Pour les ambassadeurs de la région lyonnaise (pas les autres)",
  "Dégustation chez le caviste de la Croix-Rousse")
c(V, INT, "fr", "slang: between us at the caveau",
  "entre nous au caveau, les Compagnons n'ont pas à voir ça",
  "Notes : Compagnons qui décrochent")
c(V, INT, "en", "conflict, second line overrides",
  "Visibility: ambassadors",
  "Visibility: internal — overrides the line above (contains each ambassador's order history)",
  "Q2 ambassador activity report")
c(V, INT, "fr", "internal note for sales and reception",
  "Note interne — équipe commerciale et accueil",
  "Réponses types aux questions des Compagnons sur les livraisons")

c(V, CONF, "fr", "board of directors",
  "Confidentiel — Conseil d'administration",
  "Proposition : réduire les remises des Compagnons pour redresser la trésorerie")
c(V, CONF, "fr", "two named staff recipients",
  "Destinataires : J.-P. Revol, O. Chanut. Ne pas diffuser.",
  "Un Compagnon menace de publier un avis sur un défaut de bouchon")
c(V, CONF, "en", "HR",
  "Confidential — HR",
  "Cellar master's contract renegotiation (ambassador events workload)")
c(V, CONF, "fr", "direction only, slang",
  "Ultra confidentiel, direction seulement svp",
  "Étude de rapprochement avec la coop voisine — sort du programme ambassadeurs")
c(V, CONF, "fr", "sharing 3 named, no other access",
  "Partage : Olivier Chanut, Mathilde Brossard, expert-comptable — aucun autre accès",
  "Avantages en nature des Compagnons : risque fiscal")
c(V, CONF, "en", "legal privileged",
  "Legal privileged & confidential — counsel and director only",
  "Alcohol advertising law (Loi Évin) and ambassador social posts")

c(V, NONE, "fr", "offer condition by level, not readership",
  "Offre Compagnons de printemps : 6 bouteilles achetées = 1 offerte",
  "Réservé aux Compagnons niveau Cep d'Or et au-dessus, hors cuvées rares")
c(V, NONE, "fr", "anniversary article",
  "Les Compagnons du Cep fêtent leurs 10 ans",
  "Retour en images sur la fête des vendanges")
c(V, NONE, "fr", "workshop minutes",
  "CR atelier NOUS — pourquoi un programme d'ambassadeurs à la cave ?")
c(V, NONE, "en", "tasting notes",
  "Ambassador tasting notes — Gamay 2023",
  "Fruity, light tannins, cherry on the finish")
c(V, NONE, "fr", "near-miss privacy policy",
  "Politique de confidentialité — programme des Compagnons")
c(V, NONE, "fr", "quote request",
  "Commande groupée de verres gravés pour les ambassadeurs — devis")
c(V, NONE, "en", "member list export",
  "Compagnons du Cep — member list (export 03/2025)",
  "Name;Town;Level;Points")
c(V, NONE, "fr", "near-miss: 'Diffusion' department",
  "Service Diffusion & Export — planning expéditions",
  "Kits Compagnons à envoyer semaine 12")


def main():
    rng = random.Random(12)
    rows = []
    for org, items in CASES.items():
        items = list(items)
        rng.shuffle(items)
        for n, (level, lang, head, note) in enumerate(items, 1):
            rows.append({"id": f"{org}-{n:02d}", "head": head, "level": level,
                         "lang": lang, "note": note})
    out = Path(__file__).with_name("cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


if __name__ == "__main__":
    main()
