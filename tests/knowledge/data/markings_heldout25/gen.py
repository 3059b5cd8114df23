#!/usr/bin/env python3
"""Deterministic generator for the markings_heldout25 set (writes cases.jsonl)."""
import json
import os
import random

P, I, C, N = "public", "internal", "confidential", "none"

ORGS = {}

# ---------------------------------------------------------------- POM
ORGS["POM"] = [
    (P, "fr", "Cercle Verdier — Guide du membre 2027\nDiffusion : tous les membres du Cercle", "distribution line: all members"),
    (P, "fr", "# Programme Cercle Verdier : règlement\n_Document public — consultable sur verdier-hydraulique.fr/cercle_", "Markdown title + public document line"),
    (P, "fr", "De : Animation Cercle Verdier <cercle@verdier-hydraulique.fr>\nÀ : Ambassadeurs Verdier (liste complète)\nObjet : Salon SIMA — qui vient tenir le stand avec nous ?", "email header to the full ambassador list"),
    (P, "fr", "VERDIER HYDRAULIQUE\nNewsletter du Cercle — n°14 — mars 2027\nPour tous les membres du Cercle, à partager sans modération", "newsletter banner, all members, shareable"),
    (P, "en", "Cercle Verdier | FAQ\nAudience: all Cercle members\nLast updated 2027-02-11", "Audience line: all members"),
    (P, "fr", "[PUBLIC] Témoignages clients — Station de relevage de Saint-Aubin\nPage web — verdier-hydraulique.fr/references", "bracketed PUBLIC tag, website page"),
    (P, "fr", "Barème des points — Cercle Verdier\nÀ l'attention de l'ensemble des ambassadeurs\nVersion 3 (MAJ : ajout des avis en ligne)", "attention line: all ambassadors, with update note"),
    (P, "en", "Verdier Hydraulique – Customer Ambassador Program\nWelcome pack | Distribution: open, may be forwarded to any customer", "open distribution"),
    (I, "fr", "Cercle Verdier — Réservé au niveau Cascade\nInvitation : visite de l'usine de Montbard et rencontre avec le bureau d'études", "reserved to one level"),
    (I, "fr", "Comité technique utilisateurs (CTU)\nCompte rendu de la séance du 18/01/2027\nDiffusion : membres du CTU uniquement", "committee members only"),
    (I, "en", "VX-9 beta programme — NDA testers only\nDo not share outside the beta cohort\nTest protocol, wave 2", "NDA beta cohort"),
    (I, "fr", "Destinataires : membres Cercle — Région Sud-Ouest\nObjet : rencontre régionale à Agen le 4 avril", "recipients: one region"),
    (I, "fr", "USAGE INTERNE — Service client & marketing\nPlanning des sollicitations ambassadeurs T2 2027", "internal use, staff departments"),
    (I, "fr", "Fiche process : valider une contribution dans le CRM\nÉquipe Animation Cercle — ne pas diffuser aux membres", "staff team, not for members"),
    (I, "fr", "Pour : membres des niveaux Torrent et Cascade\nPré-lecture de la documentation pompe doseuse DX-2 (sortie juin)", "two levels as audience"),
    (I, "en", "Internal — Sales team\nHow to ask a customer for an introduction: talking points for the Cercle", "internal, sales staff"),
    (C, "fr", "CONFIDENTIEL — Comité de direction\nBudget du Cercle Verdier 2027 et arbitrages", "confidential, executive committee"),
    (C, "fr", "Note à l'attention d'Hélène Verdier (PDG)\nStrictement confidentiel\nObjet : litige avec un ambassadeur exclu du programme", "named CEO, strictly confidential"),
    (C, "fr", "Direction juridique — Confidentiel\nAnalyse RGPD des données collectées sur les membres du Cercle", "legal department, confidential"),
    (C, "en", "CONFIDENTIAL – Supervisory Board only\nAmbassador program ROI review FY2026", "confidential, supervisory board"),
    (C, "fr", "Conseil de surveillance du 12 mars 2027 — point 6\nDocument confidentiel, ne pas transférer\nRapprochement Cercle / programme distributeurs", "board meeting item, confidential"),
    (C, "fr", "🔒 Confidentiel CODIR\nRetour sur la perte du compte Agrisud et rôle de l'ambassadeur", "emoji lock, confidential executive committee"),
    (N, "fr", "Cercle Verdier - bilan 2026", "title only"),
    (N, "fr", "Compte rendu réunion animation\n14/02/2027\nRédigé par : J. Fontaine", "title, date, author"),
    (N, "fr", "Pompes immergées série VX — retours terrain des ambassadeurs", "title with ambassadors as subject"),
    (N, "fr", "Idées d'amélioration recueillies au salon Eurotier", "title only"),
    (N, "en", "Meeting notes – Cercle relaunch\nMarch 3, 2027 — Karen L.", "title, date, author"),
    (N, "fr", "Témoignage vidéo — script v2\nClient : Domaine de la Sauldre", "title and customer name"),
    (N, "fr", "MAJ 09/03 : ajout des chiffres de février\nTableau de suivi des contributions", "update note then title"),
    (N, "fr", "Export Notion — Cercle Verdier / Idées en vrac\nCréé par Lucas B. · Dernière modification 2 mars 2027", "Notion export breadcrumb, author, date"),
]

# ---------------------------------------------------------------- CHO
ORGS["CHO"] = [
    (P, "fr", "FÉDÉRATION CHŒURS EN LIBERTÉ\nVoix Relais — Charte de l'ambassadeur\nÀ diffuser à toutes les Voix Relais", "all Voix Relais"),
    (P, "fr", "Objet : 🎶 Les Rencontres chorales de Vézelay ont besoin de vous !\nÀ : Toutes les Voix Relais\nDe : Claire, coordination du réseau", "email to all Voix Relais"),
    (P, "fr", "La lettre des Voix Relais — été 2027\nLibre diffusion — faites-la circuler dans vos chorales", "free distribution"),
    (P, "fr", "Devenir Voix Relais : mode d'emploi\nPage publique du site choeursenliberte.org", "public website page"),
    (P, "en", "Voix Relais network — English summary\nFor all Voix Relais and partner choirs abroad", "for all Voix Relais"),
    (P, "fr", "Diffusion : ensemble du réseau Voix Relais\nCalendrier des sollicitations, saison 2027-2028", "distribution: whole network"),
    (P, "fr", "Comment gagner des notes ? (barème des points)\nTout public", "all audiences"),
    (P, "fr", "Questions fréquentes — programme Voix Relais\nmise à jour le 02/09, à destination de tous les relais", "for all relays, lowercase"),
    (I, "fr", "Relais régionaux Grand Est\nOrdre du jour de la visio du 9 octobre\nDestinataires : relais régionaux GE", "recipients: one region's relays"),
    (I, "fr", "Commission jeunesse — document de travail\nNe pas diffuser hors commission", "committee only"),
    (I, "fr", "Cohorte 2026 des Voix Relais\nBilan à six mois — à l'usage des membres de la cohorte", "one cohort"),
    (I, "fr", "Chefs de pupitre référents\nAtelier JE — préparation (diffusion restreinte)", "restricted to a subgroup"),
    (I, "fr", "Salariés de la Fédération uniquement\nProcédure : enregistrer une contribution dans l'outil", "staff only"),
    (I, "en", "Internal use — staff & volunteers of the federation\nDraft newsletter, not for the Voix Relais yet", "internal use, staff"),
    (I, "fr", "[Interne] Suivi de la charge des Voix Relais les plus sollicités", "bracketed internal tag"),
    (I, "fr", "Voix Relais niveau Soliste\nAccès anticipé : programme du festival 2028 (à garder pour vous jusqu'à l'annonce)", "one level, early access"),
    (C, "fr", "CONFIDENTIEL — Bureau fédéral\nDemande de subvention DRAC et chiffres du programme", "confidential, federal bureau"),
    (C, "fr", "Conseil d'administration du 21/11/2027\nPièce n°4 — CONFIDENTIELLE\nDépart de la coordinatrice du réseau", "board exhibit, confidential"),
    (C, "fr", "À l'attention de la présidente, Mireille Daunas — confidentiel\nSignalement concernant un relais (conflit avec une cheffe de chœur)", "named president, confidential"),
    (C, "en", "Confidential — Board of directors\nInsurance & liability review for Voix Relais events", "confidential, board"),
    (C, "fr", "Trésorerie — DOCUMENT CONFIDENTIEL réservé au Bureau\nCoût réel des cadeaux et défraiements 2027", "confidential, bureau"),
    (C, "fr", "Strictement confidentiel – CA et avocat de la fédération\nProjet de protocole transactionnel", "strictly confidential, board and lawyer"),
    (N, "fr", "Atelier NOUS — raison d'être du réseau Voix Relais\nversion de travail", "title, draft status"),
    (N, "fr", "CR réunion coordination 03/10", "title and date"),
    (N, "fr", "Verbatims recueillis à Vézelay (pauses café)", "title only"),
    (N, "en", "Voix Relais: contribution log, Q3", "title only"),
    (N, "fr", "Synthèse atelier JE — brouillon généré, à relire\nSources : 14 réponses au questionnaire", "title and sources"),
    (N, "fr", "Les Voix Relais vues par les chefs de chœur — enquête 2027", "ambassadors as subject"),
    (N, "fr", "Programme des Rencontres de Vézelay\nSamedi 14 et dimanche 15 juin 2027", "title and dates"),
    (N, "fr", "Notes Claire — idées thèmes de contenus\n(à trier)", "author notes"),
]

# ---------------------------------------------------------------- KID
ORGS["KID"] = [
    (P, "en", "Loopi Insiders — Programme Handbook\nFor every Loopi Insider 💛", "for every Insider"),
    (P, "en", "To: all-insiders@loopi.co\nSubject: This month's asks — 3 App Store reviews + our Lyon pop-up", "email to all-insiders list"),
    (P, "fr", "Loopi | Programme Insiders : conditions générales de participation\nPublié sur loopi.co/insiders", "published on website"),
    (P, "en", "Audience: public — blog post\nWhy we pay our Insiders in outfits, not cash", "audience: public"),
    (P, "fr", "Notion › Insiders Hub › Points & niveaux\nVisible par : tous les Insiders", "Notion breadcrumb, visible to all Insiders"),
    (P, "fr", "À tous les Insiders : on recrute des parents pour un shooting 📸\nLoopi — Lille, 22 mai", "addressed to all Insiders"),
    (P, "en", "LOOPI INSIDERS\nMonthly digest #9 — open to all Insiders, feel free to forward", "open to all, forwardable"),
    (P, "fr", "Kit de partage réseaux sociaux — pour tous les Insiders\nVisuels + textes suggérés (adaptez-les à votre voix !)", "for all Insiders"),
    (I, "en", "Founding Parents only 🌱\nSneak peek: the autumn capsule (please don't post yet)", "one cohort only"),
    (I, "fr", "Insiders Gold — accès anticipé\nTest du nouveau tunnel de retour, semaine 12", "one tier"),
    (I, "en", "Beta Loopi 2.0 — NDA signed testers only\nBuild notes & known issues", "NDA testers"),
    (I, "en", "Parent Advisory Panel — session 3 pre-read\nPanel members only", "panel members only"),
    (I, "en", "#team-growth · Slack export\nInternal — Loopi team only\nInsider solicitations calendar Q3", "internal, team only"),
    (I, "fr", "Paris crew 🗼 — réservé aux Insiders d'Île-de-France\nApéro-swap du 7 juin", "one region"),
    (I, "fr", "Interne Loopi — ne pas partager avec les Insiders\nGrille de scoring des futurs ambassadeurs (NPS, ancienneté, influence)", "internal staff, not for Insiders"),
    (I, "fr", "Classification : interne\nProcess de remboursement des frais d'envoi des Insiders", "classification: internal"),
    (C, "en", "CONFIDENTIAL — Founders & board only\nInsiders program: CAC impact for Series A deck", "confidential, founders and board"),
    (C, "en", "Strictly confidential | Legal counsel – Inès Moreau (CEO)\nInfluencer law (loi 2023-451) exposure of Insider posts", "strictly confidential, legal and named CEO"),
    (C, "fr", "Confidentiel — Board Loopi\nArbitrage budget Insiders vs. paid social H2", "confidential, board"),
    (C, "fr", "CONFIDENTIEL · Investisseurs & fondateurs\nData room — section 7 : programme ambassadeurs", "confidential, investors and founders"),
    (C, "en", "Confidential — for Tom Kessler (COO) and HR only\nTermination of an Insider who also works as a contractor", "confidential, named COO"),
    (C, "fr", "🔴 CONFIDENTIEL — COMEX\nIncident données : fuite d'une liste d'Insiders (post-mortem)", "emoji, confidential executive committee"),
    (N, "en", "Insiders NPS survey — raw results (March)", "title only"),
    (N, "fr", "Loopi x Insiders — brainstorm nouveaux avantages", "title only"),
    (N, "en", "Retro: Lyon pop-up\nWritten by Maëlle · 2 Apr", "title and author"),
    (N, "fr", "Personas Loopi v3 (à partir des 22 entretiens)", "title only"),
    (N, "en", "Untitled\nLast edited by Tom K.", "untitled Notion page"),
    (N, "fr", "Témoignages parents — tri des 40 reçus en avril", "title only"),
    (N, "en", "Draft v0.3 — referral flow copy\n2027-04-18", "title and date"),
    (N, "fr", "Compte rendu atelier ACTION — groupes & thèmes\n12 mai 2027, Paris", "title, date, place"),
]

# ---------------------------------------------------------------- PNR
ORGS["PNR"] = [
    (P, "fr", "Parc naturel régional des Hautes-Combes\nPasseurs des Combes — Guide d'accueil 2027\nÀ l'attention de l'ensemble des Passeurs", "all Passeurs"),
    (P, "fr", "RÉPUBLIQUE FRANÇAISE — SYNDICAT MIXTE DU PNR DES HAUTES-COMBES\nDocument communicable au public\nRèglement du réseau des Passeurs des Combes", "official banner, communicable to the public"),
    (P, "fr", "Objet : Fête du Parc (14 septembre) — appel aux Passeurs\nDestinataires : tous les Passeurs des Combes", "recipients: all Passeurs"),
    (P, "fr", "La Gazette des Passeurs — n°6\nDiffusion libre", "free distribution"),
    (P, "en", "Hautes-Combes Regional Nature Park\nBecome a Passeur — information for visitors and residents", "public information leaflet"),
    (P, "fr", "Passeurs des Combes : foire aux questions\nTous publics — mise à jour juin 2027", "all audiences"),
    (P, "fr", "PNR Hautes-Combes / Réseau des Passeurs\nCalendrier des sollicitations 2027 (version diffusée à tous les Passeurs)", "version sent to all Passeurs"),
    (P, "fr", "📣 À relayer largement !\nPasseurs des Combes : les nouveaux avantages 2027", "emoji, share widely"),
    (I, "fr", "Passeurs hébergeurs — réunion de réseau\nDiffusion : Passeurs hébergeurs uniquement", "one subgroup only"),
    (I, "fr", "Collège des Passeurs référents\nRelevé de décisions du 5 mai 2027\nDiffusion : membres du Collège", "committee members"),
    (I, "fr", "À l'attention des Passeurs du secteur Nord (vallée de l'Orbe)\nBalisage du sentier des Cirques : qui est disponible ?", "one sector"),
    (I, "fr", "Document interne — agents du Parc\nFiche réflexe : un Passeur signale une dégradation", "internal, park staff"),
    (I, "fr", "Passeurs producteurs\nPré-lecture du cahier des charges « Valeurs Parc » (ne pas diffuser avant validation)", "one subgroup, pre-release"),
    (I, "fr", "Service Tourisme & Communication — usage interne\nSuivi des contributions des Passeurs, T1", "internal use, one department"),
    (I, "en", "Internal – Park staff only\nEnglish-speaking visitors: how Passeurs should be briefed", "internal, park staff"),
    (I, "fr", "DIFFUSION RESTREINTE — Passeurs ayant suivi la formation « Guide nature »\nSupports de la sortie brame du cerf", "restricted to trained Passeurs"),
    (C, "fr", "CONFIDENTIEL — Bureau du Syndicat mixte\nÉvaluation du réseau des Passeurs et arbitrage budgétaire 2028", "confidential, governing bureau"),
    (C, "fr", "Note confidentielle à l'attention de M. le Président du Parc\nObjet : retrait du label d'un Passeur hébergeur (contentieux)", "confidential note to the president"),
    (C, "fr", "Comité syndical — séance à huis clos\nDocument confidentiel : situation d'un agent et d'un Passeur", "closed session, confidential"),
    (C, "fr", "Direction — Paul Mérieux\nConfidentiel — ne pas transmettre\nConvention avec la Région : clauses financières", "named director, confidential"),
    (C, "fr", "CONFIDENTIEL / Service juridique du Parc\nAnalyse : conformité RGPD du fichier des Passeurs", "confidential, legal department"),
    (C, "fr", "Pour le Directeur et le Président uniquement — CONFIDENTIEL\nPré-rapport de la Chambre régionale des comptes (volet Passeurs)", "director and president only, confidential"),
    (N, "fr", "Bilan 2026 du réseau des Passeurs", "title only"),
    (N, "fr", "Sortie brame du cerf — liste de matériel", "title only"),
    (N, "fr", "Réunion Passeurs — CR\nSaint-Claude-des-Combes, 12/03/2027", "title, place, date"),
    (N, "fr", "Atelier NOUS du 17 janvier — post-its retranscrits", "title only"),
    (N, "fr", "Idées de thèmes de contenus pour les Passeurs (brouillon)", "title with draft status"),
    (N, "fr", "Questionnaire JE — réponses brutes (32)\nExtrait du formulaire en ligne le 02/02/2027", "title, export date"),
    (N, "fr", "Passeurs des Combes — indicateurs de santé\nTableau mis à jour par Élodie R.", "title and author"),
    (N, "fr", "Rapport d'activité 2026 — chapitre 4 : Réseau des Passeurs\nv2 (MAJ : chiffres corrigés)", "title and update note"),
]

# ---------------------------------------------------------------- LIB
ORGS["LIB"] = [
    (P, "fr", "LIBRAIRIES COMPLICES — SCIC\nLecteurs Complices : règlement du programme\nDiffusion : tous les Lecteurs Complices", "distribution: all Lecteurs Complices"),
    (P, "fr", "Chères Complices, chers Complices,\nLa rentrée littéraire arrive : on a besoin de vos avis !", "salutation to all Complices"),
    (P, "fr", "Programme Lecteurs Complices — page publique\nlibrairies-complices.coop/complices", "public web page"),
    (P, "fr", "La Gazette complice — lettre n°23\nPour tous les Lecteurs Complices (à faire suivre à vos amis lecteurs)", "for all, forwardable"),
    (P, "fr", "Lecteurs Complices — points, niveaux et avantages\nDocument ouvert à tous", "open to all"),
    (P, "fr", "Objet : Salon du livre de Rennes — bénévoles recherchés\nÀ : liste lecteurs-complices@ (tous)", "email to the full list"),
    (P, "en", "Lecteurs Complices – reading ambassadors programme\nPublic leaflet (EN)", "public leaflet"),
    (P, "fr", "FAQ des Complices\n— à destination de l'ensemble des Lecteurs Complices, mise à jour 01/2027 —", "for all Lecteurs Complices"),
    (I, "fr", "Réservé aux Complices Ex-libris\nRencontre privée avec l'autrice Jeanne Calloc'h (places limitées)", "one level"),
    (I, "fr", "Comité de lecture des Complices\nSélection de printemps — épreuves non corrigées, ne pas diffuser", "committee, do not distribute"),
    (I, "fr", "Libraires sociétaires uniquement\nComment solliciter un Complice sans l'épuiser", "member bookshops' staff only"),
    (I, "fr", "Complices Signet et Ex-libris\nAccès anticipé : la liste du Prix des Complices avant annonce", "two levels"),
    (I, "fr", "INTERNE — équipe coordination SCIC\nTableau de charge des sollicitations par Complice", "internal, coordination team"),
    (I, "fr", "Cercle jeunesse des Complices — espace privé\nRéunion de lancement", "private space of one subgroup"),
    (I, "fr", "Destinataires : Complices des librairies bretonnes\nObjet : tournée d'auteurs en novembre", "recipients: one region"),
    (I, "en", "Internal — coop staff\nSlack export #complices-ops, week 14", "internal, staff"),
    (C, "fr", "CONFIDENTIEL — Conseil d'administration de la SCIC\nRentabilité du programme Lecteurs Complices", "confidential, board"),
    (C, "fr", "Gérance — Odile Marchal\nConfidentiel\nRupture du partenariat avec un éditeur (cadeaux Complices)", "named manager, confidential"),
    (C, "fr", "Commission financière — strictement confidentiel\nProjection 2028 : coût des remises Complices", "strictly confidential, finance committee"),
    (C, "fr", "Note confidentielle au CA\nSignalement : un Complice a publié des avis rémunérés", "confidential note to the board"),
    (C, "fr", "CONFIDENTIEL – ne pas diffuser – Conseil coopératif & avocat\nRisque juridique : avis en ligne et pratiques commerciales", "confidential, council and lawyer"),
    (C, "en", "Confidential — Board & general manager\nMerger talks with Réseau Lire Ouest: impact on the Complices programme", "confidential, board and manager"),
    (N, "fr", "Prix des Complices 2027 — déroulé", "title only"),
    (N, "fr", "CR atelier JE du 8 mars", "title and date"),
    (N, "fr", "Lecteurs Complices — KPI mars 2027", "title only"),
    (N, "fr", "Verbatims de Complices sur les cartes cadeaux", "title only"),
    (N, "fr", "Proposition de nouveaux types de contributions\nRédigé par Yann, relu par Odile", "title and authors"),
    (N, "fr", "Planning vitrines avril\n(copie de travail)", "title, working copy"),
    (N, "fr", "Programme Lecteurs Complices\n2027", "program name and year"),
    (N, "fr", "Témoignage écrit — Mme Le Goff, librairie de Morlaix", "title only"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(25)
    out = []
    for pfx in ["POM", "CHO", "KID", "PNR", "LIB"]:
        items = list(ORGS[pfx])
        rng.shuffle(items)
        for n, (level, lang, head, note) in enumerate(items, 1):
            out.append({"id": f"{pfx}-{n:02d}", "head": head, "level": level,
                        "lang": lang, "note": note})
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases")


if __name__ == "__main__":
    main()
