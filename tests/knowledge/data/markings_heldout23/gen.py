#!/usr/bin/env python3
"""Deterministic generator for the held-out marking set markings_heldout23 (stdlib only)."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2026-12-06"
SEED = 2323

ORGS = [
    {
        "prefix": "ASS",
        "client": "Assise & Co (company; ergonomic office furniture maker)",
        "program": "Cercle Assise",
        "called": "les Complices",
        "subgroups": "Complices niveau Or; Conseil des Complices (product committee); Home Office pilot (NDA); Complices Grand Ouest; CM / customer-service staff; named NDA signers",
    },
    {
        "prefix": "CIE",
        "client": "Ciel Partagé (association; federation of amateur astronomy clubs)",
        "program": "Passeurs d'étoiles",
        "called": "les Passeurs (Passeurs d'étoiles)",
        "subgroups": "Passeurs référents régionaux; cohorte 2026; Passeurs d'Occitanie; groupe de travail « Nuits des étoiles »; Passeurs-mentors; salariés / coordinators",
    },
    {
        "prefix": "AQU",
        "client": "Régie intercommunale Aqualis (public body; intercommunal swimming pools)",
        "program": "Ambassadeurs Aqualis",
        "called": "les Ambassadeurs Bleus (« les Bleus », Blue Ambassadors)",
        "subgroups": "agents de la régie; comité d'usagers; Bleus of one pool (Les Tilleuls); pilote « Nage Santé »; lifeguard team leads; clubs partenaires; niveau Dauphin",
    },
    {
        "prefix": "RBT",
        "client": "Reboot Pro (start-up; refurbished laptops for SMBs)",
        "program": "Reboot Crew",
        "called": "Crew members (« la Crew »)",
        "subgroups": "Beta Crew (NDA); Customer Advisory Board; Crew Leads (level 3+); Lille cohort / named members; Reboot Pro team (ops, support)",
    },
    {
        "prefix": "COP",
        "client": "Roule Ensemble (SCIC cooperative; car-sharing)",
        "program": "Réseau des Copilotes",
        "called": "les Copilotes",
        "subgroups": "Copilotes of one station; Copilotes sociétaires; collège des usagers; electric-van pilot group; Copilotes Mentors; référents de quartier; salaried staff",
    },
]

P, I, C, N = "public", "internal", "confidential", "none"

# (level, lang, head, note)
CASES = {
"ASS": [
 (P, "fr", "Diffusion : tous les Complices du Cercle Assise\nGuide de démarrage — v2.1", "explicit distribution to all ambassadors"),
 (P, "fr", "Cercle Assise · Newsletter n°14 · novembre 2026\nÀ partager sans modération avec vos collègues 🙂", "program newsletter, sharing outside encouraged"),
 (P, "fr", "Audience : ensemble des Complices (tous niveaux)\nMAJ 02/12 : ajout de la FAQ points", "all ambassadors, all tiers"),
 (P, "fr", "MAJ 18/11 : doc ouvert à tous les Complices (était réservé au Conseil des Complices)\nCalendrier des sollicitations T1 2027", "update widened readership from committee to all ambassadors; current state counts"),
 (P, "en", "Public — free to share\nCercle Assise: how points & levels work (EN version)", "explicit public marking"),
 (P, "fr", "Wiki › Cercle Assise › Espace Complices (tous) › FAQ\nDernière modif. par Léa G. le 30/11/2026", "wiki space open to all ambassadors"),
 (P, "en", "To: complices-tous@assise.co\nSubject: Salon Bureaux Demain — on cherche 3 témoignages !", "mailing list of all ambassadors"),
 (P, "fr", "pas confidentiel du tout, vous pouvez le montrer à qui vous voulez\nCharte du Complice — ce qu'on attend, ce qu'on offre", "negated confidentiality, free sharing"),
 (I, "fr", "Réserver aux Complices niveau Or\nAvant-première : gamme Assise Flex 2027", "tier subgroup (typo réserver/réservé)"),
 (I, "fr", "Diffusion restreinte : Conseil des Complices (12 membres)\nOdj séance du 15 janvier", "ambassador committee only"),
 (I, "fr", "INTERNE — équipe CM + service client, ne pas transférer aux Complices\nSuivi de charge des sollicitations S48", "staff only"),
 (I, "en", "Audience: Home Office pilot group only (NDA signed)\nPrototype chair feedback form", "pilot group under NDA"),
 (I, "fr", "[Modif. suivie — J. Roux] Diffusion : tous les Complices → Complices Grand Ouest uniquement\nAtelier JE Nantes – 22/01", "tracked change narrowed readership to a region"),
 (I, "en", "Staff only — do not share in the Discord\nAmbassador churn watchlist Q4", "staff only"),
 (I, "fr", "Pour : Camille, Thomas, Inès, Yanis (Complices ayant signé l'accord de confidentialité)\nMaquettes appli réglage lombaire", "named ambassadors / NDA signers, not leadership"),
 (I, "fr", "cercle assise – doc de travail interne – pas pour diffusion\nbrouillon synthèse atelier NOUS", "internal working document, staff"),
 (C, "fr", "CONFIDENTIEL — Comité de direction uniquement\nBudget Cercle Assise 2027 et arbitrages", "confidential, executive committee"),
 (C, "en", "Strictly confidential — Board of Directors\nAmbassador program ROI review FY2026", "confidential, board"),
 (C, "fr", "Confidentiel – à l'attention de M. Girard (PDG) et Mme Okafor (DAF) seulement\nNe pas transférer", "confidential, named executives"),
 (C, "fr", "Objet : [CONFIDENTIEL – juridique] litige Complice / droit à l'image\nÀ : direction.juridique@assise.co ; dg@assise.co", "confidential legal email to legal + CEO"),
 (C, "fr", "CODIR — confidentiel, ne pas diffuser au-delà des membres du CODIR\nRestructuration du service client : impact sur le programme", "confidential, CODIR"),
 (C, "en", "Privileged & Confidential — Legal counsel / CEO only\nDraft settlement terms", "privileged legal, CEO"),
 (N, "fr", "Guide d'ergonomie du poste de travail\nRéglez d'abord la hauteur d'assise : les pieds doivent reposer à plat.", "title + body, no readership"),
 (N, "fr", "Compte rendu – réunion du 03/12/2026\nPrésents : L. Garnier, T. Moreau, S. Haddad", "attendance list is not a readership marking"),
 (N, "fr", "Politique de confidentialité — données des Complices\nVersion du 1er octobre 2026", "privacy is the topic, not a marking"),
 (N, "fr", "Assise Flex — fiche technique\nDimensions : 68 x 70 cm, hauteur réglable 42–54 cm", "product sheet, no marking"),
 (N, "en", "Q4 testimonial ideas (brainstorm)\n- video at the Lyon showroom?\n- short quotes for the website", "brainstorm list, no marking"),
 (N, "fr", "Slide 3/18\nPourquoi un programme d'ambassadeurs ?", "slide number + title"),
 (N, "en", "draft v0.3 — do not judge the typos lol\nHow we pick ambassadors: NPS, tenure, influence", "draft status is not readership"),
 (N, "fr", "Le 12 novembre, 40 Complices se sont retrouvés au showroom de Lyon pour tester la nouvelle gamme.", "body text mentioning ambassadors"),
],
"CIE": [
 (P, "fr", "À tous les Passeurs d'étoiles 🌟\nProgramme des Nuits des étoiles 2027 — appel à volontaires", "addressed to all ambassadors"),
 (P, "fr", "Diffusion : libre (adhérents, Passeurs, grand public)\nFiche « Observer Jupiter en janvier »", "free distribution"),
 (P, "en", "Audience: every Passeur, all clubs\nHow to log a star party you ran (points table inside)", "all ambassadors"),
 (P, "fr", "De : coordination@cielpartage.org\nÀ : passeurs-tous@listes.cielpartage.org\nObjet : rappel — témoignages pour le rapport annuel", "list of all ambassadors"),
 (P, "fr", "ce doc n'est plus réservé au bureau : MAJ 25/11, on l'ouvre à tous les passeurs\nBilan 2026 du programme", "restriction lifted, now all ambassadors"),
 (P, "fr", "Passeurs d'étoiles · document ouvert · p. 1/6", "footer marks open document"),
 (P, "en", "Public doc — feel free to forward to your club members & friends\nStargazing etiquette for beginners", "explicit public"),
 (P, "fr", "Forum › Passeurs d'étoiles › Annonces (visible par tous les Passeurs)\n[Épinglé] Nouveau barème des points", "forum section visible to all ambassadors"),
 (I, "fr", "Réservé aux Passeurs référents régionaux\nRéunion visio du 9 déc. — préparation des ateliers JE", "referent subgroup"),
 (I, "fr", "Cohorte 2026 uniquement — merci de ne pas faire circuler\nParcours d'intégration, semaine 3", "cohort"),
 (I, "fr", "Diffusion : salariés de la fédé (pas les bénévoles)\nTableau de suivi des relances", "staff only"),
 (I, "en", "For Occitanie Passeurs only\nCar-pooling list for the Pic du Midi trip", "regional subgroup"),
 (I, "fr", "Ne pas diffuser hors du groupe de travail « Nuits des étoiles »\nListe des sites et contacts mairies", "working group only"),
 (I, "fr", "Passeurs-mentors seulement (cf. charte mentorat)\nCas difficiles rencontrés en 2026 — à discuter", "mentor subgroup"),
 (I, "en", "Internal — staff & volunteer coordinators\nSolicitation load per Passeur, Oct–Nov", "staff/coordinators"),
 (I, "fr", "[export Discord #passeurs-référents — 04/12/2026]\n[21:03] Maëlle: je vous mets le tableau ici, il reste entre nous svp", "chat export from referents channel, kept within it"),
 (C, "fr", "CONFIDENTIEL — Conseil d'administration\nProjet de budget 2027 et subvention régionale", "confidential, board"),
 (C, "fr", "Confidentiel — Bureau (présidente, trésorier, secrétaire) uniquement\nDifférend avec un club adhérent", "confidential, association officers"),
 (C, "en", "Confidential — for the President and the Treasurer only\nDonor agreement draft (Fondation Orion)", "confidential, named officers"),
 (C, "fr", "Objet : CONFIDENTIEL / conseil juridique — exclusion d'un Passeur\nÀ : presidente@cielpartage.org, avocat@cabinet-lune.fr", "confidential legal email"),
 (C, "fr", "Strictement confidentiel – CA du 14/12 – ne pas transférer\nRenouvellement de la direction salariée", "strictly confidential, board meeting"),
 (C, "fr", "confidentiel bureau !!! pas les référents ni les salariés\nnotes sur le départ de la déléguée générale", "informal confidential marking, officers only"),
 (N, "fr", "Observer la Lune sans télescope\nUne simple paire de jumelles 10x50 suffit pour distinguer les mers lunaires.", "title + body"),
 (N, "fr", "Compte-rendu AG 2026\nL'assemblée générale s'est tenue le 18 octobre à Toulouse.", "minutes, no marking"),
 (N, "fr", "Nuit des étoiles — ouverte au public, gratuite, à partir de 21h\nSite de Saint-Michel-l'Observatoire", "'public' describes the event, not the document"),
 (N, "fr", "Atelier NOUS — raison d'être (brouillon)\n« Partager le ciel avec ceux qui ne le regardent plus »", "workshop draft, no marking"),
 (N, "en", "Star party checklist\n- red flashlight\n- warm clothes\n- star charts", "checklist"),
 (N, "fr", "Version 3 — 28/11/2026\nHistorique : v2 relue par Paul", "version history"),
 (N, "en", "Why amateur astronomy clubs need ambassadors\nA short essay by our founder", "essay title"),
 (N, "fr", "Les Passeurs ont animé 212 soirées d'observation en 2026, soit 30 % de plus qu'en 2025.", "body text"),
],
"AQU": [
 (P, "fr", "Diffusion : tous les Ambassadeurs Bleus\nLettre d'info n°6 — hiver 2026", "all ambassadors"),
 (P, "fr", "Document public — communicable à tout usager\nRèglement du programme Ambassadeurs Bleus", "explicit public"),
 (P, "fr", "Pour l'ensemble des Bleus (les 3 piscines)\nSollicitation : témoignages vidéo pour la réouverture du bassin nordique", "all ambassadors across sites"),
 (P, "en", "Audience: all Blue Ambassadors — English version for our international members\nProgram FAQ", "all ambassadors"),
 (P, "fr", "MAJ du 01/12 : levée de la restriction, document désormais ouvert à tous les Ambassadeurs Bleus\nRetour sur l'atelier JE du 20 nov.", "restriction lifted"),
 (P, "fr", "Aqualis · Ambassadeurs Bleus · Tout public · diapo 2", "slide footer 'tout public'"),
 (P, "fr", "Publié au recueil des actes administratifs — accessible à tous\nDélibération n°2026-41 : création du programme", "published administrative act"),
 (P, "en", "Hey everyone 👋 (all Blue Ambassadors) — here's the winter calendar, share it around!", "all ambassadors, sharing encouraged"),
 (I, "fr", "Réservé aux agents de la régie — ne pas communiquer aux Ambassadeurs\nProcédure de traitement des réclamations", "staff only"),
 (I, "fr", "Diffusion limitée au comité d'usagers\nOrdre du jour — séance du 16/12/2026", "committee only"),
 (I, "fr", "Ambassadeurs Bleus du centre aquatique des Tilleuls uniquement\nPlanning des permanences accueil, janvier", "one site's ambassadors"),
 (I, "fr", "Groupe pilote « Nage Santé » — accès restreint\nProtocole de test du nouveau créneau", "pilot group"),
 (I, "en", "Internal — lifeguard team leads only\nAmbassador incident log (pool deck)", "staff subgroup"),
 (I, "fr", "Clubs partenaires seulement (pas diffusion générale)\nConvention type de mise à disposition de lignes d'eau", "partner clubs only"),
 (I, "fr", "[Suivi des modifs] Audience : « Tous » remplacé par « Bleus niveau Dauphin »\nOffre avant-première abonnement annuel", "tracked change narrowed to a tier"),
 (I, "fr", "Usage interne – services Aqualis\nTableau de bord KPI ambassadeurs (délai moyen de réponse : 3,2 j)", "internal services use"),
 (C, "fr", "CONFIDENTIEL — Conseil d'administration de la régie\nRapport sur la tarification 2027", "confidential, board"),
 (C, "fr", "Confidentiel – Directeur de la régie et Président (élu) uniquement\nNote sur le contentieux avec le délégataire", "confidential, director + president"),
 (C, "en", "Confidential — Legal department & Director only\nData breach assessment (ambassador contact list)", "confidential legal"),
 (C, "fr", "Objet : [Confidentiel] pré-CA — arbitrages budgétaires\nÀ : direction@aqualis.fr ; president@aqualis.fr", "confidential email to leadership"),
 (C, "fr", "NE PAS DIFFUSER — CONFIDENCIEL — Comité de direction\nRéorganisation des équipes d'accueil", "confidential (misspelt), executive committee"),
 (C, "en", "Strictly confidential – Board members only – do not print\nPool closure scenarios 2027", "strictly confidential, board"),
 (N, "fr", "Horaires d'ouverture au public — vacances de Noël\nBassin sportif : 10h–20h", "'public' refers to pool opening"),
 (N, "fr", "Qualité de l'eau : résultats des analyses de novembre\nChlore libre : 1,2 mg/L", "data sheet"),
 (N, "fr", "Atelier ACTION — 3 thèmes retenus\n1. Nage santé 2. Bébés nageurs 3. Compétition", "workshop output"),
 (N, "fr", "Les Ambassadeurs Bleus ont accueilli 1 400 nouveaux usagers cette année.", "body text"),
 (N, "en", "Swim lesson levels explained\nLevel 1: water confidence", "title + body"),
 (N, "fr", "Rapport annuel 2026 — chapitre 4\nLe programme Ambassadeurs", "chapter heading"),
 (N, "fr", "brouillon - à relire par Nadia\nIdées de cadeaux pour les Bleus : bonnet, gourde, entrée gratuite", "reviewer is not readership"),
 (N, "en", "Meeting notes, Dec 2\nWe discussed the ambassadors' response delay to solicitations.", "notes, no marking"),
],
"RBT": [
 (P, "en", "Audience: entire Reboot Crew 🚀\nJanuary solicitation calendar", "all ambassadors"),
 (P, "en", "Public — OK to post on LinkedIn\nReboot Pro x Crew: our 2026 impact in numbers", "explicit public"),
 (P, "en", "To: crew@rebootpro.io (all members)\nSubject: we need 5 G2 reviews before the 15th 🙏", "all-members list"),
 (P, "fr", "Diffusion : toute la Crew (FR + BE)\nComment déclarer une mise en relation", "all ambassadors"),
 (P, "en", "Notion › Reboot Crew › Shared with all Crew › Rewards catalogue", "space shared with all ambassadors"),
 (P, "en", "update 3/12: no longer beta-only, opening this to the whole Crew\nDark mode for the fleet dashboard — feature notes", "widened to all ambassadors"),
 (P, "fr", "Doc public, partage autorisé\nFAQ : on peut quitter la Crew quand on veut ?", "explicit public"),
 (P, "fr", "#annonces-crew (tous les membres) — export du 05/12/2026\n[10:02] Hugo (CM): dispo ici le nouveau barème de points", "all-members channel export"),
 (I, "en", "Beta Crew only — under NDA\nRelease notes 4.0-rc2", "beta subgroup, NDA"),
 (I, "en", "Customer Advisory Board members only\nAgenda — CAB session #3, Jan 14", "advisory board of customers (ambassador subgroup), not leadership"),
 (I, "en", "Internal — Reboot Pro team, not for the Crew\nWho we've over-asked this quarter", "staff only"),
 (I, "fr", "Crew Leads uniquement (niveau 3+)\nAccès anticipé : programme de reprise de flotte", "tier subgroup"),
 (I, "en", "For: Julie M., Arnaud P., Sofia R. (Lille cohort)\nMeetup logistics", "named ambassadors"),
 (I, "fr", "interne — ne pas forward aux membres de la crew svp\nscript d'appel pour les ambassadeurs inactifs", "staff only"),
 (I, "en", "Shared with: ops@, support@ (team) — Crew members don't have access\nRMA stats by ambassador account", "staff teams only"),
 (I, "en", "[tracked change — Hugo] Audience: All Crew → Beta Crew (NDA) — reason: pricing leak risk\nPricing page mock-ups", "narrowed to beta subgroup"),
 (C, "en", "CONFIDENTIAL — Founders only\nSeries A: use of funds for the Crew program", "confidential, founders"),
 (C, "en", "Confidential — Board & investors\nQ4 board deck, section 5: community-led growth", "confidential, board"),
 (C, "en", "Strictly confidential — CEO (Marion) & CFO (Bastien) only\nAcquisition offer from a competitor", "confidential, named executives"),
 (C, "fr", "Confidentiel — juridique + fondateurs\nMise en demeure reçue d'un ex-membre de la Crew", "confidential legal + founders"),
 (C, "en", "Privileged & confidential / attorney-client communication\nTo: marion@rebootpro.io; counsel@lexpartners.eu", "privileged legal email to CEO"),
 (C, "fr", "CONFIDENTIEL CODIR — ne pas partager même en interne\nPlan de réduction des coûts 2027", "confidential, executive committee"),
 (N, "en", "How we refurbish a ThinkPad in 14 steps\nStep 1: data wipe (NIST 800-88)", "how-to"),
 (N, "en", "Retro sprint 49\nWhat went well: referral form shipped", "retro notes"),
 (N, "en", "Reboot Crew — 2026 in review (draft)", "title only"),
 (N, "fr", "Notes call client 02/12 — PME 40 postes\nBesoin : 25 portables, livraison fin janvier", "call notes"),
 (N, "en", "Our privacy policy: how we handle Crew members' data\nLast updated: 2026-10-01", "privacy is the topic"),
 (N, "fr", "Grille de points v3\nTémoignage écrit : 50 pts · vidéo : 120 pts · mise en relation : 200 pts", "points grid, no marking"),
 (N, "en", "Crew members referred 38 new SMB customers in Q3, up from 21.", "body text"),
 (N, "fr", "Slide 7 — Pourquoi le reconditionné ?\n80 % de l'empreinte carbone d'un ordinateur vient de sa fabrication", "slide"),
],
"COP": [
 (P, "fr", "Diffusion : tous les Copilotes\nBienvenue dans le Réseau des Copilotes ! (livret 2027)", "all ambassadors"),
 (P, "fr", "À : copilotes@roule-ensemble.coop (liste de tous les Copilotes)\nObjet : on a besoin de vous pour la journée portes ouvertes du 17 janvier", "all-ambassadors list"),
 (P, "fr", "Public · libre de diffusion · CC BY-SA\nGuide : bien réserver une voiture partagée", "explicit public"),
 (P, "en", "Audience: all Copilotes (FR/EN)\nHow referrals earn you free driving hours", "all ambassadors"),
 (P, "fr", "MAJ 29/11 — on a retiré la mention « réservé au conseil coopératif », ce doc est pour tous les Copilotes\nRésultats du sondage NPS des Copilotes", "restriction removed"),
 (P, "fr", "Rézo Copilotes › Espace commun (tous les Copilotes) › Ressources\nKit photo pour vos publications", "common space"),
 (P, "fr", "Hello à tou·te·s les Copilotes 🚗💨 — document à partager autour de vous !\nFlyer stations 2027", "all ambassadors, share around"),
 (P, "en", "Open to every Copilote and to the public\nAnnual cooperative report — summary", "explicit public"),
 (I, "fr", "Réservé aux Copilotes de la station Gare Saint-Roch\nRotation des vérifications mensuelles", "one station's ambassadors"),
 (I, "fr", "Copilotes sociétaires uniquement — à ne pas diffuser\nPréparation de l'AG : questions des sociétaires", "member-shareholder subgroup"),
 (I, "fr", "Usage interne salariés (équipe d'animation)\nCharge de sollicitation par Copilote — alerte épuisement", "staff only"),
 (I, "en", "Pilot group — electric vans (signed test agreement)\nCharging issues log", "pilot group"),
 (I, "fr", "Diffsuion restreinte : collège des usagers\nCR réunion du 28/11", "restricted to a college (typo)"),
 (I, "fr", "[modif suivie par Anaïs] « pour tous » → « pour les Copilotes Mentors seulement »\nFiches d'accueil des nouveaux", "narrowed to mentors"),
 (I, "en", "Internal — staff only — don't paste in Discord\nInactive Copilotes to contact", "staff only"),
 (I, "fr", "entre nous les référents de quartier hein, pas de partage sur le groupe général\ncarte des stations à ouvrir en 2027", "informal, referents only"),
 (C, "fr", "CONFIDENTIEL — Conseil coopératif (administrateurs) uniquement\nSituation financière au 30/11", "confidential, board"),
 (C, "fr", "Confidentiel — Gérance et Présidence\nNégociation avec la métropole (convention de stationnement)", "confidential, management"),
 (C, "en", "Confidential — board of directors, not for members\nInsurance claim dispute", "confidential, board"),
 (C, "fr", "Objet : [STRICTEMENT CONFIDENTIEL] avis juridique — accident véhicule 12\nÀ : gerante@roule-ensemble.coop ; conseil@avocats-rhone.fr", "confidential legal email"),
 (C, "fr", "Confidentiel – à l'attention exclusive de Mme Da Silva (gérante) et M. Nguyen (président du conseil)\nRecrutement direction", "confidential, named executives"),
 (C, "en", "Confidential / executive committee — do NOT forward\nMerger talks with a neighbouring coop", "confidential, executive committee"),
 (N, "fr", "Tarifs 2027\nAbonnement solidaire : 5 €/mois · heure : 2,50 €", "price list"),
 (N, "fr", "Comment nettoyer une voiture partagée après usage\n1. Vider la poubelle 2. Passer un coup d'aspirateur", "how-to"),
 (N, "fr", "Atelier JE — verbatims bruts (à synthétiser)\n« J'aime aider les nouveaux, mais pas tous les week-ends »", "raw verbatims"),
 (N, "fr", "Voiture n°12 — carnet d'entretien\nVidange faite le 14/11/2026", "log"),
 (N, "en", "Why car-sharing co-ops work\nA note from our 2026 study trip to Bremen", "essay"),
 (N, "fr", "Ordre du jour\n1. Points 2. Niveaux 3. Questions diverses", "agenda without audience"),
 (N, "fr", "Plus de 300 Copilotes ont parrainé au moins un nouvel usager depuis la création du réseau.", "body text"),
 (N, "en", "Stations map — v5 (Nov 2026)", "title only"),
],
}


def main():
    rng = random.Random(SEED)
    rows = []
    for org in ORGS:
        items = list(CASES[org["prefix"]])
        rng.shuffle(items)
        for k, (level, lang, head, note) in enumerate(items, 1):
            rows.append({"id": f"{org['prefix']}-{k:02d}", "head": head, "level": level,
                         "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    levels = ["public", "internal", "confidential", "none"]
    lines = [
        f"> **Held-out set: measure only.** Written blind on {DATE} (stop 46) from DOMAIN.md, the issue and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.",
        "",
        "# markings_heldout23 — document-marking set (confidentiality reading of a document's head)",
        "",
        "Each case is the head (1–4 lines) of a document as ingested; `level` is who may read it:",
        "`public` (all ambassadors of the program, or anyone), `internal` (a subgroup of ambassadors or staff),",
        "`confidential` (leadership/board/legal/named executives with an explicit confidential marking),",
        "`none` (no readership marking). Reading a document as more open than it is is the worst error.",
        "",
        "Five invented organisations of different kinds (company, association, public body, start-up, cooperative).",
        "",
        "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
        "|---|---|---|---|---|",
    ]
    for o in ORGS:
        lines.append(f"| {o['prefix']} | {o['client']} | {o['program']} | {o['called']} | {o['subgroups']} |")
    lines += ["", "## Counts", "", "| Prefix | public | internal | confidential | none | total | fr | en |", "|---|---|---|---|---|---|---|---|"]
    for o in ORGS:
        rs = [r for r in rows if r["id"].startswith(o["prefix"] + "-")]
        c = [sum(r["level"] == l for r in rs) for l in levels]
        fr = sum(r["lang"] == "fr" for r in rs)
        lines.append(f"| {o['prefix']} | " + " | ".join(map(str, c)) + f" | {len(rs)} | {fr} | {len(rs) - fr} |")
    c = [sum(r["level"] == l for r in rows) for l in levels]
    fr = sum(r["lang"] == "fr" for r in rows)
    lines.append("| **all** | " + " | ".join(map(str, c)) + f" | {len(rows)} | {fr} | {len(rows) - fr} |")
    lines += ["", "## Files", "",
              "- `cases.jsonl`: one case per line, `{id, head, level, lang, note}`.",
              "- `gen.py`: deterministic generator (stdlib, fixed seed); `python3 gen.py` rewrites `cases.jsonl` and this README.",
              "- `validate.py`: checks counts per organisation and level, fields, ids, languages; prints OK.", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
