#!/usr/bin/env python3
"""Generate cases.jsonl for the blind markings set (held-out 17).

Stdlib only, deterministic: the heads are hand-written below; a fixed-seed RNG
only fills date placeholders and shuffles the order of cases inside each org.
Run:  python3 gen.py   (writes cases.jsonl next to this file)
"""
import json
import os
import random

SEED = 1717
rng = random.Random(SEED)

MONTHS_FR = ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.",
             "août", "sept.", "oct.", "nov.", "déc."]


def d_fr():
    return "%02d/%02d" % (rng.randint(1, 28), rng.randint(1, 12))


def d_long():
    return "%d %s" % (rng.randint(1, 28), rng.choice(MONTHS_FR))


def fill(text):
    while "{d}" in text:
        text = text.replace("{d}", d_fr(), 1)
    while "{dl}" in text:
        text = text.replace("{dl}", d_long(), 1)
    return text


P, I, C, N = "public", "internal", "confidential", "none"

# Each org: prefix -> list of (level, lang, head, note)
ORGS = {}

# ---------------------------------------------------------------------------
# CTH - Cidrerie des Trois Haies (Pont-l'Évêque, 22 staff). Program "Le Cercle
# du Verger"; ambassadors are called "Greffons"; points "pépins";
# tiers Bourgeon / Fleur / Fruit.
# ---------------------------------------------------------------------------
ORGS["CTH"] = [
    (P, "fr", "🍏 À tous les Greffons 🍏\nCalendrier des portes ouvertes au pressoir — automne",
     "program's own name for ambassadors, addressed to all"),
    (P, "fr", "Diffusion : ensemble du Cercle du Verger (tous niveaux)\nObjet : nouvelles étiquettes, votre avis ?",
     "whole program, all tiers"),
    (P, "fr", "#annonces-cercle\n@everyone les Greffons, le barème des pépins change au 1er nov. Voilà le doc 👇",
     "Discord @everyone in program server"),
    (P, "en", "Shareable with every Greffon — feel free to forward within the Cercle\nHow to write a cider review that doesn't sound like an ad",
     "English, special name, forwarding allowed inside program"),
    (P, "fr", "Ce document n'est PAS confidentiel : vous pouvez le partager entre membres du Cercle.\nFiche « Raconter le verger » – kit témoignage",
     "negation of confidential + sharing within program"),
    (P, "fr", "Classification : Public (programme)\nRèglement du Cercle du Verger – version 2026",
     "document-property style classification"),
    (P, "fr", "ex-mention « interne » retirée le {d} par Maud → ouvert à tous les Greffons\nCR atelier JE (synthèse validée par les participants)",
     "old internal marking lifted; final word is public"),
    (P, "fr", "Bourgeons, Fleurs, Fruits : ce guide est pour vous tous !\nGuide des pépins 2026",
     "lists ALL tiers = whole program, not a narrowing"),

    (I, "fr", "Usage interne — équipe Cidrerie uniquemnt\nSuivi des Greffons inactifs depuis 6 mois",
     "about ambassadors but staff only; typo"),
    (I, "fr", "Réservé aux Greffons niveau Fruit\nInvitation : dégustation de la cuvée 2025 en avant-première",
     "narrowed to one tier"),
    (I, "en", "Internal – not for distribution outside the team\nQ3 solicitation calendar (draft)",
     "'not outside the team' = internal, not confidential"),
    (I, "fr", "Ne pas transférer aux Greffons svp, c'est pour nous\nBrouillon du mail de relance — salon de Caen",
     "explicitly excludes ambassadors"),
    (I, "fr", "Interne Cidrerie (pas confidentiel, mais on garde ça entre nous)\nNotes de l'équipe sur les idées d'amélioration reçues",
     "negation 'pas confidentiel' yet internal"),
    (I, "fr", "Pour les Greffons du Calvados seulement\nCovoiturage pour la fête du cidre de Beuvron",
     "narrowed to a region"),
    (I, "fr", "Classif. : INTERNE\nTableau de bord ambassadeurs — sept.",
     "abbreviated classification"),
    (I, "fr", "[slack #cm-verger]\nle fichier ci-dessous reste côté staff, pas sur le discord hein\nscoring d'invitation v2",
     "Slack chatter, staff-side only"),

    (C, "fr", "STRICTEMENT CONFIDENTIEL — Direction\nProjet de rachat du verger de Saint-Ouen : impact sur le programme",
     "banner, direction"),
    (C, "fr", "À : Maud Lécuyer ; Thibault Hérouard\nObjet : départ d'un Greffon — litige commercial en cours\n(ne pas diffuser)",
     "named recipients + ne pas diffuser"),
    (C, "en", "Confidential — owners only\nPricing review 2027 & ambassador discounts",
     "owners only"),
    (C, "fr", "Confidentiel RH\nEntretien annuel – Maud L. (responsable programme)",
     "HR"),
    (C, "fr", "🔒 ne pas diffuser, même en interne\nbudget cadeaux Greffons vs marge nette",
     "'even internally' pushes past internal"),
    (C, "fr", "Note au conseil de gérance — diffusion restreinte aux associés\nRenouvellement du contrat avec le distributeur",
     "restricted to partners"),

    (N, "fr", "Compte rendu — réunion programme ambassadeurs\n{dl}, salle du pressoir",
     "official-sounding, no marking"),
    (N, "fr", "Politique de confidentialité des données des Greffons (RGPD)\nVersion 1.3",
     "'confidentialité' is the topic, not a marking"),
    (N, "en", "Cider Week 2026 — press kit\nContact: presse@troishaies.fr",
     "press kit, no readership marking"),
    (N, "fr", "Liste des Greffons actifs — T3\n(export du {d})",
     "about ambassadors, unmarked"),
    (N, "fr", "Brouillon v4 — Raison d'être du Cercle\nà relire avant l'atelier NOUS",
     "draft, unmarked"),
    (N, "fr", "Coucou,\nles chiffres du pressage sont dans le drive, dites-moi si ça vous parle",
     "casual note, audience not stated"),
    (N, "fr", "Atelier ACTION — thèmes de contenu proposés\nAnimé par Maud, le {dl}",
     "workshop doc, unmarked"),
    (N, "en", "Re: is the labelling guide confidential or can we share it?\nGood question, let me check with Thibault.",
     "question about marking, unresolved"),
]

# ---------------------------------------------------------------------------
# QSY - Quayside Systems (Cork, ~300 staff, office in Le Havre), port-terminal
# scheduling software. Program "Champions Circle"; ambassadors "Champions";
# points "knots"; tiers Deckhand / Bosun / Captain. Mostly English.
# ---------------------------------------------------------------------------
ORGS["QSY"] = [
    (P, "en", "TO: All Champions\nSUBJECT: Release 7.2 early-access — sign-up open",
     "email header to all ambassadors"),
    (P, "en", "Classification: Public — Champions Circle\nCircle charter (rev. 2026)",
     "classification property"),
    (P, "en", "Audience: entire Champions Circle (Deckhand, Bosun, Captain)\nHow knots are earned — FAQ",
     "all tiers listed = whole program"),
    (P, "en", "📣 #circle-announcements\nhey Champions! slides from yesterday's roundtable are below, share away within the Circle",
     "Discord post, share within program"),
    (P, "en", "This is NOT confidential. Any member of the Circle can read & forward it.\nCase-study interview guide",
     "negation + whole program"),
    (P, "fr", "Diffusion : tous les Champions (programme Circle) — version FR\nGuide des avis en ligne",
     "French version for all"),
    (P, "en", "Quayside Systems · Open to all Champions Circle members · p. 1/6\nAgenda – Champions Day, Rotterdam",
     "footer moved to the top"),
    (P, "fr", "Libellé : partageable avec n'importe quel Champion\nModèle de post LinkedIn : votre mise en service terminal",
     "label, any ambassador"),

    (I, "en", "INTERNAL USE ONLY\nChampion health dashboard — mean response delay by tier",
     "banner, metrics about ambassadors"),
    (I, "en", "Captains only — please don't forward to Bosun/Deckhand tiers\nInvite: product advisory board, Jan session",
     "tier narrowing"),
    (I, "en", "Staff only — do not post on the Champions Discord\nDraft solicitation: 3 reviewers for 7.3",
     "staff only"),
    (I, "en", "Classification: Internal\nChampion burnout watchlist Q4",
     "about ambassadors, internal"),
    (I, "fr", "Interne Quayside — ne pas partager avec les clients\nPlan d'animation Champions France 2027",
     "French, internal"),
    (I, "fr", "Réservé aux Champions du groupe Benelux\nLogistique du meetup — Anvers, {d}",
     "regional group narrowing"),
    (I, "en", "not for distribution outside the team (CS + marketing)\nknots → rewards conversion table v3 (draft)",
     "team-limited, lowercase"),
    (I, "en", "From: Niamh Kearney\nTo: cs-team@quaysidesystems.ie\nSubject: notes on the JE workshop answers — team eyes only pls",
     "email to team list + team-only"),

    (C, "en", "CONFIDENTIAL — Exec Leadership Team only\nChampion program ROI vs. churn: FY27 budget case",
     "exec only"),
    (C, "en", "Privileged & Confidential — Legal\nRe: withdrawal of testimonial consent (Captain-tier customer)",
     "legal privilege"),
    (C, "en", "To: Declan Foley; Niamh Kearney (only)\nSubject: restructuring of the CS team — please don't forward",
     "named individuals only"),
    (C, "fr", "Strictement confidentiel – Direction France\nNégociation du renouvellement avec le Grand Port du Havre",
     "French, direction"),
    (C, "en", "HR – Confidential\nPerformance review: Champions program manager",
     "HR"),
    (C, "en", "Classification: Restricted (Board)\nM&A scenario — impact on customer advocacy programs",
     "'Restricted (Board)' scheme word"),

    (N, "en", "Champions Circle — monthly report, October\nPrepared by Customer Success",
     "program report, unmarked"),
    (N, "en", "Public holidays calendar 2027 — Cork & Le Havre offices",
     "'Public' in topic, not a marking"),
    (N, "en", "Q: are Captains allowed to bring a colleague to Champions Day?\nA: yes, one guest each",
     "mentions a tier but no readership marking"),
    (N, "en", "Meeting notes — NOUS workshop #2\nAttendees: Niamh, Declan, Sophie, Ravi",
     "attendees list is not a readership list"),
    (N, "en", "Release notes 7.2\nBerth planner: new conflict detection",
     "product doc"),
    (N, "fr", "Compte-rendu visite client — Terminal de Montoir\nRédigé par Sophie B.",
     "French, unmarked"),
    (N, "en", "Draft — confidentiality clauses for the new Champion agreement\nv0.3, comments welcome",
     "'confidentiality' as topic"),
    (N, "en", "knots leaderboard (top 20)\nupdated every Monday 9am",
     "leaderboard, unmarked"),
]

# ---------------------------------------------------------------------------
# MAR - Mutuelle Arverne (Clermont-Ferrand, ~1 400 staff), mutual insurer.
# Program "Voix d'Adhérents"; ambassadors "adhérents relais" ("Relais");
# points "crédits solidaires"; tiers Bronze / Argent / Or.
# ---------------------------------------------------------------------------
ORGS["MAR"] = [
    (P, "fr", "Classification : C1 – Public\nLettre d'information des Relais n°14",
     "C1 scheme"),
    (P, "fr", "DIFFUSION : TOUS LES ADHÉRENTS RELAIS\nObjet : appel à témoignages – journée prévention santé",
     "caps banner, all ambassadors"),
    (P, "fr", "Ouvert à tous les membres du programme Voix d'Adhérents\nLe barème des crédits solidaires expliqué simplement",
     "open to all program members"),
    (P, "fr", "Relais Bronze, Argent et Or — ce guide vous concerne tous\nBien animer un stand en agence",
     "all tiers listed"),
    (P, "en", "For all Relais ambassadors (EN version)\nHow to share your experience online — quick guide",
     "English, special name"),
    (P, "fr", "Mention « Confidentiel » supprimée après validation juridique — document diffusable à l'ensemble des Relais\nCharte de l'adhérent relais 2026",
     "quoted old marking lifted"),
    (P, "fr", "À : relais-tous@mutuelle-arverne.fr\nObjet : 📅 agenda des rencontres du 1er semestre",
     "all-ambassadors mailing list"),
    (P, "fr", "Mutuelle Arverne · Document à destination de l'ensemble des adhérents relais · 1/8\nSynthèse de l'atelier JE – version relue par les participants",
     "footer moved to top"),

    (I, "fr", "Classification : C2 – Interne\nTableau de bord Voix d'Adhérents – T3 (taux de réponse aux sollicitations)",
     "C2 scheme"),
    (I, "fr", "Réservé aux Relais niveau Or uniquement\nInvitation au comité consultatif produit – {dl}",
     "tier narrowing"),
    (I, "fr", "Tous les ambassadeurs Or uniquement\nAvant-première : nouvelle garantie dépendance",
     "'tous' but narrowed to Or"),
    (I, "fr", "Diffusion : équipes agences + animation réseau (ne pas transmettre aux adhérents)\nProcédure de sollicitation des Relais",
     "staff teams, excludes members"),
    (I, "fr", "Relais du Cantal et de la Haute-Loire seulement\nRéunion de secteur à Aurillac",
     "region narrowing"),
    (I, "en", "Internal — Mutuelle Arverne staff\nAmbassador attrition analysis (2025→2026)",
     "English internal"),
    (I, "fr", "Document de travail interne, non confidentiel\nIdées de thèmes de contenu pour l'atelier ACTION",
     "'non confidentiel' yet internal"),
    (I, "fr", "Groupe pilote « Aidants » — diffusion limitée aux 12 Relais du groupe\nProgramme des 3 séances",
     "named group of ambassadors"),

    (C, "fr", "Classification : C3 – Confidentiel\nRapport au Conseil d'administration : coût du programme Voix d'Adhérents",
     "C3 scheme"),
    (C, "fr", "CONFIDENTIEL – Direction juridique\nRéclamation d'un adhérent relais : usage de son témoignage vidéo sans consentement",
     "legal"),
    (C, "fr", "Destinataires exclusifs : M. Chabrol (DG), Mme Fayolle (DRH)\nObjet : réorganisation du service relation adhérents",
     "named exclusive recipients"),
    (C, "fr", "Ne pas diffuser — COMEX uniquement\nProjet de rapprochement avec la Mutuelle des Volcans",
     "COMEX"),
    (C, "en", "Strictly confidential — DPO & CEO\nIncident report: ambassador contact list exposed",
     "English, two roles"),
    (C, "fr", "Confidentiel – RH\nDossier disciplinaire (animatrice réseau, agence de Riom)",
     "HR"),

    (N, "fr", "Note de service n° 2026-41\nObjet : horaires d'ouverture des agences pendant les fêtes",
     "official, unmarked"),
    (N, "fr", "Programme Voix d'Adhérents — bilan annuel 2026\nDirection de la relation adhérents",
     "author department is not an audience"),
    (N, "fr", "Politique de confidentialité — traitement des données des adhérents relais\nMise à jour du {d}",
     "topic word"),
    (N, "fr", "Liste des adhérents relais par agence (export CRM)\n1 212 lignes",
     "about ambassadors, unmarked"),
    (N, "en", "Minutes — ACTION workshop, Clermont HQ\nFacilitator: Élodie Vernet",
     "minutes, unmarked"),
    (N, "fr", "Brouillon – raison d'être du programme (v2)\nÀ challenger lors de l'atelier JE",
     "draft"),
    (N, "fr", "Santé publique : campagne de vaccination antigrippale\nRelais mobilisés en agence",
     "'publique' in topic"),
    (N, "en", "Re: Relais survey results\nThanks Élodie — numbers look solid, see my comments inline",
     "reply, unmarked"),
]

# ---------------------------------------------------------------------------
# CES - Cycles Estuaire (Saint-Nazaire, ~80 staff), e-bike maker.
# Program "Les Roues Libres"; ambassadors "Rouleurs"; points "km";
# tiers Piste / Route / Col / Sommet.
# ---------------------------------------------------------------------------
ORGS["CES"] = [
    (P, "fr", "📢 @Rouleurs — annonce\nsortie collective du {dl}, parcours ci-dessous",
     "Discord role mention of all ambassadors"),
    (P, "fr", "— libre diffusion auprès des Rouleurs —\nTuto : déclarer tes km après une sortie",
     "footer-style line"),
    (P, "fr", "Salut la team Roues Libres ! (tout le monde dans le prog peut lire)\nPlanning des tests de la nouvelle batterie",
     "informal, whole program"),
    (P, "en", "Open to every Rouleur, all tiers\nHow to leave an honest review (what we want, what we don't)",
     "English, all tiers"),
    (P, "fr", "pas confidentiel du tout, partagez entre Rouleurs 👍\nLes photos du salon Vélo'Ouest",
     "negation + share among ambassadors"),
    (P, "fr", "Classification : Public – programme Roues Libres\nFAQ niveaux Piste / Route / Col / Sommet",
     "classification property"),
    (P, "en", "Posted in #general (Roues Libres Discord) — everyone in the program can see this\nCo-creation sprint: help us name the cargo bike",
     "English Discord"),
    (P, "fr", "Piste, Route, Col ou Sommet : tous concernés 🚲\nNouveau barème km au 1er mars",
     "all tiers listed"),

    (I, "fr", "Sommet uniquement 🏔️ — merci de ne pas repartager aux autres niveaux\nTest du prototype Estuaire Cargo",
     "tier narrowing"),
    (I, "fr", "⚠️ côté staff only — pas sur le discord des Rouleurs\nliste des Rouleurs à relancer (réponse > 10 jours)",
     "franglais staff only"),
    (I, "en", "Internal — Cycles Estuaire team\nAmbassador load tracker: who got asked too often",
     "about ambassadors"),
    (I, "fr", "Réservé aux Rouleurs de la région nantaise\nAtelier réparation chez Vélocampus, samedi",
     "region narrowing"),
    (I, "fr", "Interne / ne pas partager hors équipe\nPersonas Rouleurs – version de travail",
     "internal"),
    (I, "fr", "Pas pour diffusion publique — équipe marketing & SAV seulement\nVerbatims bruts du questionnaire JE",
     "'pas ... publique' negation"),
    (I, "fr", "Groupe « Beta Batterie » (8 Rouleurs) — diffusion limitée au groupe\nProtocole de test & consignes de sécurité",
     "named group"),
    (I, "en", "Classification: Internal\nQ2 KPIs — referrals, conversions, shares",
     "classification"),

    (C, "fr", "CONFIDENTIEL — CODIR\nRappel produit potentiel : batteries lot B-221",
     "CODIR"),
    (C, "fr", "À : Gwenaëlle Le Floch\nCc : Yann Quéméner\nObjet : départ d'un Rouleur — signalement de harcèlement sur le discord\nMerci de ne pas transférer",
     "email To/Cc named + don't forward"),
    (C, "en", "Strictly confidential — founders & investors only\nSeries B deck (draft 3)",
     "founders & investors"),
    (C, "fr", "strictment confidentiel / ne pas diffuser\nsalaires équipe communauté 2027",
     "typo in marking"),
    (C, "fr", "Confidentiel – Juridique\nContrat de partenariat avec la Région : clauses de visibilité des Rouleurs",
     "legal"),
    (C, "fr", "Diffusion nominative : Y. Quéméner, G. Le Floch, A. Bouchard\nProjet de fermeture de l'atelier de Donges",
     "named-only distribution"),

    (N, "fr", "Sortie Roues Libres — Côte Sauvage\nRDV 9h parking de Sainte-Marguerite",
     "event post, no audience marking"),
    (N, "en", "Changelog firmware 3.4\n- regen braking tweak",
     "changelog"),
    (N, "fr", "Bilan du programme Roues Libres — 1er semestre\nRédigé par Gwen",
     "report, unmarked"),
    (N, "fr", "les km de la semaine 🚴\n1. Fanch 412 km\n2. Maëlle 388 km",
     "leaderboard, unmarked"),
    (N, "fr", "Objet : Re: on met ça en public sur le discord ou pas ?\nJe pense que oui mais attendons Gwen",
     "'public' in an unresolved question"),
    (N, "fr", "Conditions générales de vente — vélos à assistance électrique\nÉdition 2026",
     "legal-sounding, unmarked"),
    (N, "en", "Meeting: ACTION workshop prep\nWho: Gwen, Yann, 2 Rouleurs (Fanch, Maëlle)",
     "attendees, not readership"),
    (N, "fr", "Comment garder la confiance de nos Rouleurs ? réflexions en vrac\n— Yann",
     "'confiance' not a marking"),
]

# ---------------------------------------------------------------------------
# CPL - Comptoir Pilote (Lyon, ~45 staff), accounting SaaS for craftspeople.
# Program "Club Pilote"; ambassadors "Copilotes"; points "miles";
# tiers Cadet / Navigant / Commandant.
# ---------------------------------------------------------------------------
ORGS["CPL"] = [
    (P, "fr", "À : tous-les-copilotes@comptoirpilote.fr\nObjet : webinaire « clôture annuelle sans stress » — on compte sur vous",
     "all-ambassadors list"),
    (P, "fr", "Diffusion : Club Pilote (tous les Copilotes)\nNouveautés de la version 12",
     "whole program"),
    (P, "fr", "Document ouvert à l'ensemble des membres du Club\nComment parrainer un confrère artisan",
     "open to all members"),
    (P, "en", "Audience: all Copilotes — feel free to share inside the Club\nEnglish summary of the 2026 Club rules",
     "English"),
    (P, "fr", "🟢 À partager entre Copilotes\nKit « mon témoignage en 5 minutes »",
     "emoji + à partager"),
    (P, "fr", "Non confidentiel – lisible par tous les Copilotes, Cadets compris\nAgenda de la soirée Club au musée des Confluences",
     "tier named but inclusive ('compris')"),
    (P, "fr", "Classification : Public\nBarème des miles — mise à jour du {d}",
     "classification"),
    (P, "fr", "> « Est-ce que je peux le montrer aux autres Copilotes ? »\nOui, c'est pour tout le Club 🙂 — Inès\nRésultats du vote des idées d'amélioration",
     "quoted question, answered public"),

    (I, "fr", "Commandants uniquement\nInvitation : petit-déjeuner avec l'équipe produit",
     "tier narrowing"),
    (I, "fr", "À : equipe-club@comptoirpilote.fr\nObjet : relances des Copilotes inactifs — qui s'en charge ?\n(interne)",
     "team list + (interne)"),
    (I, "en", "Internal – do not share with Copilotes\nReferral attribution model v2",
     "excludes ambassadors"),
    (I, "fr", "Usage interne Comptoir Pilote\nSynthèse des besoins exprimés en atelier JE – brouillon non relu",
     "internal"),
    (I, "fr", "Copilotes Navigant et Commandant seulement (pas les Cadets)\nAccès anticipé au module TVA",
     "two tiers of three = narrowing"),
    (I, "fr", "Pour les Copilotes du groupe « Boulangers-pâtissiers »\nRetours sur le module stocks",
     "named group"),
    (I, "fr", "pas confidentiel mais reste dans l'équipe stp\nexport des miles par Copilote",
     "negation, team only"),
    (I, "fr", "Classif. Interne\nCalendrier des sollicitations S1 2027",
     "abbreviation"),

    (C, "fr", "CONFIDENTIEL – Associés uniquement\nValorisation et levée de fonds : scénario 2027",
     "partners"),
    (C, "en", "Confidential — CEO, CFO\nPricing change: impact on Copilote renewal discounts",
     "two roles"),
    (C, "fr", "À : Inès Morel (perso)\nObjet : ton entretien de fin de période d'essai\nConfidentiel",
     "named person + confidentiel"),
    (C, "fr", "Ne pas diffuser. Strictement réservé au comité de direction.\nContentieux avec un ancien Copilote (diffamation)",
     "comité de direction"),
    (C, "fr", "Confidentiel RH — dossier médical\nAménagement de poste, équipe support",
     "HR medical"),
    (C, "fr", "Diffusion restreinte : DAF + avocat\nRéponse au contrôle URSSAF",
     "two roles"),

    (N, "fr", "Objet : les miles, comment ça marche ?\nquestion posée 3 fois cette semaine sur le Discord, je fais une fiche",
     "unmarked"),
    (N, "en", "Club Pilote — quarterly KPI review\nprepared for the Tuesday meeting",
     "unmarked report"),
    (N, "fr", "Compte rendu — atelier NOUS du {d}\nParticipants : Inès, Hugo, Malik, Coralie",
     "participants, not readership"),
    (N, "fr", "Fiche pratique : déclarer la TVA sur les acomptes\nmise à jour janvier",
     "product help"),
    (N, "fr", "Brouillon du règlement du Club Pilote v0.7\ncommentaires dans la marge",
     "draft"),
    (N, "en", "Release 12.1 — what's new\nbank feeds now sync every hour",
     "release notes"),
    (N, "fr", "Sujet : secret professionnel et données clients des artisans\nnote de réflexion — Hugo",
     "'secret' as topic"),
    (N, "fr", "Liste des Copilotes par niveau (Cadet / Navigant / Commandant)\nmaj {d}",
     "lists tiers but no marking"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for prefix, cases in ORGS.items():
        order = list(range(len(cases)))
        rng.shuffle(order)
        for n, k in enumerate(order, 1):
            level, lang, head, note = cases[k]
            out.append({"id": "%s-%02d" % (prefix, n), "head": fill(head),
                        "level": level, "lang": lang, "note": note})
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(out))


if __name__ == "__main__":
    main()
