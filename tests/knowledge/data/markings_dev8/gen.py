#!/usr/bin/env python3
"""Deterministic generator for the markings_dev8 set (stdlib only)."""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2026-12-07"

# (level, lang, head, note)
CLIENTS = {}

CLIENTS["TIS"] = [
    # public
    ("public", "fr", "# Calendrier des infusions d'hiver 2026\n**Sous embargo jusqu'au 1er décembre 2026** — ensuite diffusable à tous les Infuseurs.\n\nCet hiver, trois nouvelles recettes rejoignent la gamme.", "embargo date passed; opens to all Infuseurs"),
    ("public", "fr", "Fiche recette « Nuit étoilée »\n~~Confidentiel~~ → Diffusion : tout le Cercle des Infuseurs (màj 18/11/2026)\n\nTilleul, verveine, une pointe de fleur d'oranger.", "old mark struck through; current mark = whole program"),
    ("public", "en", "Winter Tasting Kit – FAQ\nv3 – approved for release to all Infuseurs (Léa, 02/12/2026)\nv2 – draft, internal\n\nQ: When does the kit ship?", "latest version v3 released to all ambassadors"),
    ("public", "fr", "## Guide du parrainage 2027\n_Statut_ : relu ✔ · validation juridique ✔ (26/11/2026)\n_Diffusion_ : tous les ambassadeurs du Cercle\n\nParrainer un proche, c'est lui faire découvrir nos plantes.", "review finished; audience all ambassadors"),
    ("public", "fr", "Anciennement confidentiel — désormais ouvert à tous les Infuseurs et Infuseuses (décision du 3 novembre 2026).\n# Bilan de la récolte 2026\nLa sécheresse de juillet a réduit nos rendements de camomille.", "mark changed; current = all ambassadors"),
    ("public", "en", "Holiday gift guide — Cercle des Infuseurs\nAudience: all ambassadors, from 1 Dec 2026 to 15 Jan 2027\n\nOur picks for the festive season, tested by the team.", "audience window open today (2026-12-07)"),
    ("public", "fr", "**Historique de diffusion**\n| date | diffusion |\n|---|---|\n| 02/09/2026 | confidentiel (direction) |\n| 14/10/2026 | interne |\n| 25/11/2026 | tous les Infuseurs |\n\n# Nouvelle gamme « Jardin d'hiver »", "dated history; latest past entry = all Infuseurs"),
    ("public", "fr", "Diffusable aux ambassadeurs à partir du lancement de la boutique en ligne — lancement effectué le 16 novembre 2026.\n# Boutique en ligne : ce qui change pour vous", "event condition stated as met (launch done)"),
    # internal
    ("internal", "fr", "# Nouvelle tisane « Cœur de Forêt »\nSous embargo jusqu'au 20 janvier 2027 — ne pas partager avant.\nPrix de lancement : 8,90 € la boîte de 20 sachets.", "embargo still running (future date)"),
    ("internal", "fr", "BROUILLON — ne pas diffuser\nGuide de l'Infuseur, édition 2027 (v0.4)\n\nBienvenue dans le Cercle ! Ce guide répond à vos premières questions.", "draft, do not distribute (staff only)"),
    ("internal", "en", "Spring 2027 blends – preview\nEmbargoed until launch. After launch: all Infuseurs.\nLaunch date: TBC", "launch not evidently happened: fail closed"),
    ("internal", "fr", "Diffusable à tous les Infuseurs à partir du salon Bio&Co (prévu le 14 février 2027).\n# Stand Bio&Co : ce que nous présenterons", "opens at a future event"),
    ("internal", "fr", "# Atelier « Herbes sauvages » — compte rendu\nRelecture : en cours (Léa)\nValidation juridique : en cours\nDiffusion envisagée : tous les Infuseurs, après validation", "release conditional on pending review"),
    ("internal", "en", "Was: confidential. Now: internal — staff and Fleur-level Infuseurs only.\n# Pricing changes for 2027 subscriptions", "changed mark; current = staff + one tier"),
    ("internal", "fr", "Offre réservée aux Infuseurs Fleur — diffusable du 1er au 30 octobre 2026.\n# Vente privée d'automne\nCode FLEUR26 : -25 % sur tout le site.", "one tier only, and window expired"),
    ("internal", "fr", "_Version de travail — usage interne jusqu'à validation_\n# Charte de témoignage du Cercle\nUn bon témoignage est sincère, précis et daté.", "working version, internal use"),
    # confidential
    ("confidential", "fr", "**CONFIDENTIEL — sous embargo jusqu'au 15 janvier 2027**\n# Rachat de la ferme des Adrets\nLa ferme cultive 12 hectares de plantes aromatiques.", "confidential + future embargo"),
    ("confidential", "en", "Strictly confidential until the board meeting of 18 Dec 2026 — Anne Gauthier, Léa Morin only\n# Supplier switch: chamomile", "confidential, named people, date in future"),
    ("confidential", "fr", "~~Diffusion : tous les Infuseurs~~\nConfidentiel — direction uniquement (rectifié le 30/11/2026)\n# Rappel de lot — verveine L2611", "public mark struck; current = management only"),
    ("confidential", "fr", "Projet de budget 2027 — BROUILLON\nDiffusion restreinte : CODIR\n\n1. Hypothèses de volume", "restricted to management"),
    ("confidential", "fr", "Anciennement interne — désormais confidentiel (décision CODIR du 12/11/2026)\n# Négociation avec l'enseigne Natura'Coop", "changed upward to confidential"),
    ("confidential", "en", "DRAFT v2 — legal review pending — restricted to Anne G. and our counsel\n# Ambassador agreement: liability clause", "draft restricted to named people"),
    # none
    ("none", "fr", "# Comment préparer une infusion à froid\nLaissez infuser 8 heures au réfrigérateur, puis filtrez.\nComptez une cuillère à soupe de plantes pour 50 cl d'eau.", "no marking"),
    ("none", "fr", "Compte rendu — atelier d'écriture du 12/11/2026\nMerci aux Infuseurs présents ! Vos brouillons de témoignage sont à renvoyer avant le 15 décembre.", "trap: 'brouillon' and ambassador name, no readership mark"),
    ("none", "en", "Shelf life and storage\nOur blends keep 18 months; the expiry date is printed on the bottom of each tin.\nAfter that date the aroma fades.", "trap: expiry date of a product"),
    ("none", "fr", "# Version 3 de la recette « Douce Nuit »\nNous avons réduit la réglisse après vos retours de dégustation.", "trap: recipe version, no mark"),
    ("none", "fr", "## Marché de Noël de Crest\nLe stand est ouvert au public du 12 au 14 décembre ; les ambassadeurs qui viennent aider reçoivent 50 points.", "trap: event open to the public"),
    ("none", "en", "Launch day checklist\n- check stock of Cœur de Forêt tins\n- post at 9:00\n- reply to comments within the hour", "trap: launch, no mark"),
    ("none", "fr", "# Pourquoi nos plantes sont séchées à basse température\nLe secret d'un bon tilleul, c'est la patience.", "trap: 'secret' about craft"),
    ("none", "fr", "Note : validation du thème 2027 par les Infuseurs\nLe vote est ouvert jusqu'au 20 décembre ; les résultats seront publiés dans la newsletter.", "trap: validation/vote window, not a readership mark"),
]

CLIENTS["HOR"] = [
    # public
    ("public", "en", "Vaucher Keepers — Launch kit: the Jura 38 chronograph\nEmbargoed until launch (launched 5 November 2026) — now open to all Keepers.\n\nKey messages for your posts.", "embargo ended with a dated launch; all Keepers"),
    ("public", "fr", "# Visite de la manufacture — programme\nStatut : ~~interne~~ → tous les Gardiens (Hugo, 20/11/2026)\n\n9 h 30 : accueil à Besançon.", "old mark struck; now all Gardiens"),
    ("public", "fr", "Version validée pour diffusion à l'ensemble des Gardiens et Gardiennes — v4 du 28/11/2026\n# Entretien de votre montre : les bons gestes", "validated version for all ambassadors"),
    ("public", "fr", "---\ntitre: Calendrier des rencontres 2027\nstatut: validé\ndiffusion: tous les ambassadeurs\nembargo: levé le 01/12/2026\n---", "front matter: embargo lifted, all ambassadors"),
    ("public", "en", "Was: Cercle Tourbillon only. Now: all Gardiens & Keepers (since 1 Dec 2026).\n# Behind the dial: the enamel workshop", "changed from tier to all"),
    ("public", "fr", "**Diffusion : tous les Gardiens — jusqu'au 31 décembre 2026**\n# Offre de révision à -20 %\nValable sur toutes les montres de plus de trois ans.", "window still open today"),
    ("public", "fr", "Ouvert à tous les Gardiens à partir du Salon de l'Horlogerie de Besançon (tenu du 14 au 16 novembre 2026).\n# Les pièces exposées au salon", "opening event stated as past"),
    ("public", "en", "Review status\n- Copy edit: done (Hugo, 24/11)\n- Legal review: approved 27/11/2026\n- Release: all Vaucher Keepers\n\n# Keeper stories: a watch for every milestone", "review complete; released to all"),
    # internal
    ("internal", "fr", "# Jura 42 GMT — fiche produit\nSous embargo jusqu'au lancement du 22 janvier 2027 ; ensuite diffusable à tous les Gardiens.", "embargo until future launch"),
    ("internal", "en", "DRAFT – do not circulate\nKeeper onboarding guide v0.3\n\nWelcome to the Keepers!", "draft, do not circulate"),
    ("internal", "fr", "Réservé aux Gardiens Or jusqu'au 1er mars 2027, puis à tous les Gardiens.\n# Précommande Jura 42 GMT", "one tier now; all only later"),
    ("internal", "fr", "Diffusion : tous les Gardiens du 1er septembre au 31 octobre 2026 (expiré)\n# Opération Journées du Patrimoine", "audience window expired: fail closed"),
    ("internal", "fr", "Relecture juridique en cours — ne pas partager\n# Règlement du concours photo « Mon poignet, ma ville »", "legal review pending, do not share"),
    ("internal", "en", "Pilot group \"Atelier ouvert\" only — until the pilot review on 15 Jan 2027\n# Remote strap-fitting sessions", "pilot group only"),
    ("internal", "fr", "Confidentiel jusqu'au 30 novembre 2026.\n# Nouveaux partenaires bijoutiers\nListe des 14 boutiques retenues.", "confidential expired, no audience named after: internal"),
    ("internal", "fr", "Document obsolète (remplacé par la v3) — ne plus diffuser\n# Barème des points 2025-2026", "withdrawn version, do not distribute"),
    # confidential
    ("confidential", "fr", "CONFIDENTIEL — embargo jusqu'au 10 février 2027 — Claire Dumas, Hugo Lenoir\n# Collaboration avec une maison de joaillerie", "confidential, named people"),
    ("confidential", "en", "Embargoed until launch — management only\n# Jura 42 GMT: margin and pricing model", "embargo restricted to management"),
    ("confidential", "fr", "~~Public~~\n**Secret** — comité de direction (reclassé le 02/12/2026)\n# Incident de livraison des cadrans", "reclassified to secret"),
    ("confidential", "fr", "Historique : 10/10/2026 tous les Gardiens · 25/11/2026 confidentiel (direction)\n# Tarifs de réparation 2027", "latest dated entry = confidential"),
    ("confidential", "en", "CONFIDENTIAL until 1 March 2027, then internal\n# Succession plan — workshop leads", "confidential now (future change)"),
    ("confidential", "fr", "Diffusion : tous les Gardiens\n\n> **Confidentiel** — note de la direction, ne pas transmettre\n# Audit qualité fournisseur", "two unordered marks: strictest wins"),
    # none
    ("none", "fr", "# L'histoire du tourbillon\nInventé en 1801 par Breguet, le tourbillon compense l'effet de la gravité sur l'échappement.", "no marking"),
    ("none", "en", "Power reserve explained\nYour Jura 38 runs 72 hours before it needs winding — after that, it simply stops until you wind it again.", "no marking"),
    ("none", "fr", "Compte rendu de l'atelier démontage du 8 novembre\nVersion 2 (corrections de Hugo). Merci aux Gardiens présents, vous étiez 14 !", "trap: version + ambassador name, no mark"),
    ("none", "fr", "# Garantie internationale\nLa garantie expire cinq ans après la date d'achat indiquée sur le certificat.", "trap: expiry of a warranty"),
    ("none", "fr", "## Journée portes ouvertes de la manufacture\nOuverte au grand public le samedi 13 décembre 2026, de 10 h à 17 h.", "trap: event open to the public"),
    ("none", "en", "Watch strap sizes — quick table\n| Model | Lug width |\n|---|---|\n| Jura 38 | 19 mm |\n| Jura 42 | 21 mm |", "no marking"),
    ("none", "fr", "# Lancement de la Jura 38 : retour sur une belle soirée\nLe 5 novembre, 120 invités. Le secret du cadran ? Un émail grand feu cuit onze fois.", "trap: launch and 'secret' about craft"),
    ("none", "fr", "Chers Gardiens,\nle brouillon de votre portrait est prêt : relisez-le et validez-le avant publication sur notre site.", "trap: brouillon/validation of a testimonial"),
]

CLIENTS["LIT"] = [
    # public
    ("public", "fr", "# Guide « Bien choisir son parapluie »\nV3 — validée pour diffusion à tous les Éclaircies (Yasmine, 19/11/2026)\n~~V2 — brouillon~~", "validated version for all ambassadors"),
    ("public", "fr", "Anciennement réservé aux Testeurs Tempête — désormais ouvert à tout le Club Beau Temps (depuis le 1er décembre 2026).\n# Résultats du test du parapluie Orme", "changed from pilot group to whole program"),
    ("public", "en", "Embargo lifted 30 Nov 2026 — shareable with all ambassadors\n# Black Friday recap", "embargo lifted; all ambassadors"),
    ("public", "fr", "*Diffusion : tous les membres du Club, du 1er décembre 2026 au 6 janvier 2027*\n# Calendrier de l'Avent du Club", "window open today"),
    ("public", "fr", "## Statut du document\nRelecture ✔ · Validation juridique ✔ (04/12/2026)\nPublic — diffusable à tous les Éclaircies\n\n# Conditions de réparation de votre vieux parapluie", "review done; public"),
    ("public", "fr", "Diffusable aux ambassadeurs à partir de l'ouverture du magasin de Rennes — ouvert depuis le 21 novembre 2026.\n# Magasin de Rennes : l'équipe vous accueille", "event condition stated as met"),
    ("public", "en", "Was: internal. Now: all ambassadors.\n# 2027 points scale — what changes", "changed mark; now all"),
    ("public", "fr", "| Date | Diffusion | Par |\n|---|---|---|\n| 03/10/2026 | Brouillon, interne | Yasmine |\n| 17/11/2026 | Tous les Éclaircies | Yasmine |\n\n# Parapluies pour enfants : vos questions", "dated history; latest = all"),
    # internal
    ("internal", "fr", "BROUILLON — NE PAS DIFFUSER\n# Lettre aux Éclaircies — janvier 2027", "draft, do not distribute"),
    ("internal", "fr", "Sous embargo jusqu'au 12 janvier 2027\n# Soldes d'hiver : la sélection du Club", "embargo running"),
    ("internal", "fr", "Diffusable aux Éclaircies à partir du lancement du parapluie connecté.\n# Parapluie Lune : premières impressions", "launch not evidently happened: fail closed"),
    ("internal", "en", "Draft 2 – pending legal review – not for ambassadors yet\n# Referral bonus terms 2027", "draft pending review"),
    ("internal", "fr", "Réservé aux membres Cachemire\nJusqu'au 31/01/2027\n# Invitation à l'atelier de fabrication d'Aurillac", "one tier only"),
    ("internal", "fr", "Diffusion aux Éclaircies : du 15 septembre au 15 novembre 2026\n# Jeu concours de la rentrée", "window expired: fail closed"),
    ("internal", "fr", "~~Confidentiel~~ Usage interne (déclassé le 25/11/2026)\n# Retours clients sur le parapluie Orme", "downgraded to internal"),
    ("internal", "en", "Version approved — release to ambassadors planned for the spring campaign (date to be set)\n# Spring campaign brief", "release date not set: not yet open"),
    # confidential
    ("confidential", "fr", "CONFIDENTIEL — BROUILLON\n# Projet de fermeture de l'atelier de Saint-Flour", "confidential draft"),
    ("confidential", "fr", "Embargo strict jusqu'au 20/01/2027 — diffusion limitée à Paul Maréchal et Yasmine Haddad\n# Partenariat avec une chaîne hôtelière", "restricted to named people"),
    ("confidential", "en", "Was: all ambassadors. Now: confidential (management only) — changed 01/12/2026 after the supplier dispute\n# Canopy fabric sourcing", "changed upward to confidential"),
    ("confidential", "fr", "Note CODIR — ne pas diffuser hors comité de direction\nValidation juridique en cours\n# Litige avec le transporteur", "management only"),
    ("confidential", "fr", "**Secret jusqu'au lancement**\n# Parapluie Orme 2 : fiche technique", "secret until a launch not evidently past"),
    ("confidential", "en", "Confidential until 15 Jan 2027 (board)\nAfter that: all ambassadors\n# Price increase 2027", "confidential now; opens later"),
    # none
    ("none", "fr", "# Combien de temps dure un parapluie ?\nBien entretenu, dix ans ou plus ; le point faible, ce sont les baleines.", "no marking"),
    ("none", "fr", "## Notre garantie 10 ans\nElle expire au dixième anniversaire de la livraison ; pensez à garder votre facture.", "trap: expiry of a warranty"),
    ("none", "fr", "Comment témoigner ?\nÉcrivez d'abord un brouillon, relisez-le le lendemain, puis envoyez-le à Yasmine. Les Éclaircies les plus actifs gagnent des points bonus.", "trap: brouillon + ambassador name"),
    ("none", "en", "Caring for your umbrella: ten tips\n1. Let it dry open, never closed\n2. Never store it wet in its sleeve\n3. Oil the runner once a year", "no marking"),
    ("none", "fr", "# Lancement du parapluie Nuage : la soirée en photos\nMerci à tous d'être venus au showroom le 3 décembre !", "trap: launch"),
    ("none", "fr", "# Relations presse : comment ça marche\nQuand un journaliste reçoit une information « sous embargo », il s'engage à ne pas la publier avant la date fixée. Voici notre méthode avec les rédactions.", "trap: embargo explained, not applied"),
    ("none", "fr", "Version 5 du questionnaire usage\nQ1. Combien de fois par semaine sortez-vous votre parapluie ?\nQ2. Le prenez-vous en voyage ?", "trap: version, no mark"),
    ("none", "en", "Showroom opening hours\nOpen to the public Monday to Saturday, 10:00–19:00; late opening on Thursdays until 21:00.", "trap: open to the public (a shop)"),
]

CLIENTS["BRA"] = [
    # public
    ("public", "fr", "# Bière de Noël 2026 — fiche de présentation\nSous embargo jusqu'au 28 novembre 2026, puis diffusable à tous les Compagnons.\n\nUne ambrée épicée à la cannelle d'Alsace.", "embargo passed; all Compagnons"),
    ("public", "en", "v3 – approved for release to all ambassadors\nv2 – brewer's notes (internal)\n# Winter Stout: tasting notes", "latest version released to all"),
    ("public", "fr", "Ancien marquage : ~~Jury des Cuvées uniquement~~ · Nouveau : toute la Tournée du Pic Vert (02/12/2026)\n# Résultats du vote « Cuvée des Compagnons »", "subgroup mark struck; whole program now"),
    ("public", "fr", "**Statut** : relu par Mathis ✔ — validation juridique (loi Évin) ✔ le 30/11/2026\n**Diffusion** : tous les Compagnons\n# Kit réseaux sociaux de décembre", "review done; all Compagnons"),
    ("public", "en", "Open to the whole Pic Vert Crew from the Oktoberfest evening (held 3 October 2026).\n# Oktoberfest photo pack", "event stated as past; all"),
    ("public", "fr", "Diffusion : ensemble des ambassadeurs de la Tournée — valable jusqu'au 31/12/2026\n# Offre « Growler » de fin d'année", "window open today"),
    ("public", "fr", "Anciennement confidentiel — désormais ouvert à tous les Compagnons et Compagnonnes.\n# Déménagement de la brasserie à Sélestat", "changed mark; now all"),
    ("public", "en", "Change log\n- 2026-09-12 internal draft\n- 2026-10-30 legal OK\n- 2026-11-15 released to all Compagnons\n# Brewery tour guide for ambassadors", "dated change log; latest = all"),
    # internal
    ("internal", "fr", "Diffusable aux Compagnons à partir de l'ouverture de la taproom.\nOuverture prévue : printemps 2027\n# Taproom : le projet", "opens at a future event"),
    ("internal", "en", "Embargoed until 15 January 2027\n# Dry January: our alcohol-free range", "embargo running"),
    ("internal", "fr", "BROUILLON v0.2 — relecture en cours (Mathis)\n# Charte de consommation responsable des Compagnons", "draft under review"),
    ("internal", "fr", "Réservé au jury des Cuvées jusqu'à la dégustation finale du 18 décembre 2026\n# Cuvée expérimentale n°7", "subgroup only until a future date"),
    ("internal", "fr", "Diffusion tous Compagnons : du 1er juin au 30 septembre 2026 — période terminée\n# Festival d'été : programme", "window expired"),
    ("internal", "en", "Was: confidential. Now: internal (staff + Crew Strasbourg)\n# Strasbourg bar partnerships", "changed to staff + regional group"),
    ("internal", "fr", "Validation juridique en cours (loi Évin) — diffusion aux Compagnons après accord de l'avocat\n# Concours photo « Ma pinte au sommet »", "release conditional on pending review"),
    ("internal", "fr", "Version de travail — usage interne\nNe pas transférer avant le lancement\n# Bière de printemps : éléments de langage", "working version, internal"),
    # confidential
    ("confidential", "fr", "CONFIDENTIEL — sous embargo jusqu'à la signature (prévue le 12/01/2027)\n# Reprise de la brasserie Hopfen & Co", "confidential + embargo"),
    ("confidential", "en", "Strictly confidential — Élise Birckel & Mathis Koehler — until the bank's decision\n# Loan for the new brewhouse", "named people"),
    ("confidential", "fr", "~~Interne~~ → **Confidentiel — direction** (30/11/2026)\n# Contrôle des douanes : suites", "upgraded to confidential"),
    ("confidential", "fr", "Secret de fabrication — diffusion limitée aux maîtres brasseurs nommés ci-dessous : Élise B., Jonas W.\n# Recette de la Pic Noir", "restricted to named people"),
    ("confidential", "en", "DRAFT — CONFIDENTIAL — management only until legal review\n# Recall procedure: batch 26-114", "confidential draft, management"),
    ("confidential", "fr", "Historique : 01/10/2026 public · 20/11/2026 interne · 04/12/2026 confidentiel (gérance)\n# Rupture avec le malteur", "latest dated entry = confidential"),
    # none
    ("none", "fr", "# La pression, c'est quoi ?\nUne bière « à la pression » (draft beer en anglais) est servie depuis un fût, sans passer par la bouteille.", "trap: 'draft' beer"),
    ("none", "en", "Draft list for Saturday's tasting\n- Pic Blonde on draught\n- Winter Stout\n- Pic Noir (bottles)", "trap: draft beers on tap"),
    ("none", "fr", "Date limite de consommation\nNos bières non filtrées se conservent 6 mois ; la DDM est imprimée sur le col.", "trap: product expiry"),
    ("none", "fr", "## Soirée de lancement de la Bière de Noël\nOuverte au public, 28 novembre 2026, 18 h, cour de la brasserie. Les Compagnons ont une entrée coupe-file.", "trap: launch event open to public"),
    ("none", "fr", "# Brassage maison : les bases\nEmpâtage à 67 °C pendant une heure, puis rinçage des drêches.", "no marking"),
    ("none", "fr", "Comment devient-on Compagnon Houblon ?\nIl faut 300 points ; la validation est automatique à la fin de chaque mois.", "trap: tier name + validation, no mark"),
    ("none", "en", "The Pic Vert story\nIn 2014, two friends started brewing in a garage in Sélestat. Version 1 of the Pic Blonde was, frankly, terrible.", "trap: version"),
    ("none", "fr", "Compte rendu de la réunion des Compagnons du 4 décembre\nPrésents : 23. Sujet principal : la date de la prochaine tournée des bars, qui sera annoncée publiquement en janvier.", "trap: 'publiquement' about an announcement"),
]

CLIENTS["PAP"] = [
    # public
    ("public", "en", "Embargoed until 20 November 2026 — then open to all Quills.\n# The 2027 planner range", "embargo passed; all Quills"),
    ("public", "en", "v3 – approved for release to all ambassadors (Chloé, 3 Dec)\n~~v2 – internal draft~~\n# Fountain-pen friendly paper: FAQ", "latest version released to all"),
    ("public", "fr", "Anciennement « interne » — désormais ouvert à toutes les Plumes (27/11/2026)\n# Visite de l'atelier de reliure", "changed mark; now all"),
    ("public", "en", "Review block\nProofread: ✔  Legal: ✔ (1 Dec 2026)  Status: RELEASED\nAudience: every Quill in the Circle\n# How to write a review that helps", "review done; all Quills"),
    ("public", "fr", "Diffusion : toutes les Plumes, du 1er décembre 2026 au 31 janvier 2027\n# Défi « Un carnet par mois »", "window open today"),
    ("public", "en", "Was: Gold Nib only. Now: all Quills.\n# Meet the paper mill in the Vosges", "changed from tier to all"),
    ("public", "fr", "Diffusable aux ambassadeurs à partir du salon Papier & Cie — le salon a eu lieu du 6 au 8 novembre 2026.\n# Nos nouveautés du salon", "event stated as past"),
    ("public", "en", "Release history\n2026-10-02 — draft (staff)\n2026-11-20 — approved, all Clear Lines ambassadors\n# Ambassador handbook 2027", "dated history; latest = all"),
    # internal
    ("internal", "en", "EMBARGOED UNTIL LAUNCH — do not share\n# Carnet Connecté: press kit", "launch not evidently happened"),
    ("internal", "fr", "BROUILLON — ne pas diffuser\n# Newsletter des Plumes — janvier", "draft, do not distribute"),
    ("internal", "en", "Open to all Quills from 1 February 2027. Until then: staff and the Carnet Connecté beta group.\n# Carnet Connecté — beta findings", "staff + pilot group now; all later"),
    ("internal", "en", "Audience: all ambassadors — window closed on 30 November 2026\n# Black Friday codes", "window expired"),
    ("internal", "fr", "Relecture : Chloé ✔ — Validation juridique : en attente\nDiffusion prévue : toutes les Plumes\n# Règlement du grand jeu de Noël", "release conditional on pending legal review"),
    ("internal", "en", "Quills UK & Ireland only — until the UK shop opens\n# UK shipping rates", "regional subgroup"),
    ("internal", "fr", "Confidentiel jusqu'au 15 novembre 2026 (levé)\n# Changement d'imprimeur", "confidential lifted, no audience named: internal"),
    ("internal", "en", "Version validated for distribution\n# 2027 colour palette\nTwelve shades, from Graphite to Saffron.", "distribution approved but no audience named: fail closed"),
    # confidential
    ("confidential", "en", "CONFIDENTIAL — embargoed until 2 February 2027 — Marc Aubertin, Chloé Besson\n# Acquisition of a Portuguese notebook maker", "confidential, named people"),
    ("confidential", "fr", "Confidentiel — comité de direction — BROUILLON v1\n# Plan de réorganisation de l'atelier de Villeurbanne", "confidential draft, management"),
    ("confidential", "en", "Was: internal. Now: confidential (CEO office) — 28/11/2026\n# Paper price negotiation", "changed upward"),
    ("confidential", "fr", "~~Toutes les Plumes~~ **Diffusion restreinte : Marc A., Chloé B.**\n# Réclamation client — carnet défectueux", "struck public mark; named people"),
    ("confidential", "en", "Do not distribute — board eyes only until the AGM (19 Dec 2026)\n# 2026 results", "board only, date in future"),
    ("confidential", "fr", "Embargo : direction uniquement, jusqu'à nouvel ordre\n# Contentieux sur la marque « Lignes Claires »", "management only, open-ended"),
    # none
    ("none", "en", "How to break in a leather notebook cover\nLeave it near a window for a day, then rub in a little balm.", "no marking"),
    ("none", "fr", "# Brouillon, carnet, journal : quel papier pour quel usage ?\nLe papier brouillon recyclé est parfait pour les listes de courses.", "trap: brouillon as paper type"),
    ("none", "en", "Draft your first review in three steps\n1. Note what you used the notebook for\n2. Say what surprised you\n3. Add a photo", "trap: draft as a verb"),
    ("none", "fr", "Version 2 du gabarit de bullet journal — merci aux Plumes pour vos retours !\nNouveau : une page de suivi des habitudes.", "trap: version + ambassador name"),
    ("none", "en", "Pen refill compatibility\nExpiry: our ink cartridges are best used within 3 years of the date on the box.", "trap: product expiry"),
    ("none", "en", "Launch party recap — Carnet Connecté\nThanks to the 40 Quills who came; the public Q&A video is on our YouTube channel.", "trap: launch + public video"),
    ("none", "fr", "# Atelier calligraphie du 30 novembre\nOuvert au public ; les Plumes ont eu la priorité d'inscription.", "trap: event open to public"),
    ("none", "en", "Our confidential-paper shredding service\nWe collect your old confidential documents and recycle them into notebooks.", "trap: 'confidential' about a service"),
]

NAMES = {
    "ambassadors": [
        "ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices",
        "ambassador", "ambassadors",
        "Infuseur", "Infuseurs", "Infuseuse", "Infuseuses", "Infuseurs et Infuseuses",
        "Gardien", "Gardiens", "Gardienne", "Gardiennes", "Gardiens et Gardiennes",
        "Keeper", "Keepers", "Vaucher Keepers",
        "Éclaircie", "Éclaircies", "membres du Club", "membres du Club Beau Temps",
        "Compagnon", "Compagnons", "Compagnonne", "Compagnonnes", "Compagnons et Compagnonnes",
        "Pic Vert Crew",
        "Quill", "Quills", "Plume", "Plumes", "Clear Lines ambassadors",
    ],
    "clients": [
        "Tisanerie Belles Herbes", "Belles Herbes", "Cercle des Infuseurs",
        "Horlogerie Vaucher", "Horlogerie Vaucher & Fils", "Vaucher", "Les Gardiens Vaucher",
        "Parapluies Maréchal", "Maréchal", "Club Beau Temps",
        "Brasserie du Pic Vert", "Pic Vert", "La Tournée du Pic Vert", "Tournée du Pic Vert",
        "Papeterie Lignes Claires", "Lignes Claires", "Clear Lines", "Quills Circle", "Cercle des Plumes",
    ],
}

README = """> **Development set** (written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue and the format only; it may be read and tuned on).
>

# markings_dev8: time- and stage-dependent readership (embargoes, drafts, changed marks, windows)

**Flavour.** Readership that depends on time and on a document's stage: embargoes (« sous embargo jusqu'au … », "embargoed until launch"), drafts and versions (« BROUILLON — ne pas diffuser », "v3 – approved for release to all ambassadors", « version validée pour diffusion »), marks that open later or at an event (« diffusable aux ambassadeurs à partir du lancement »), marks changed over time (« Anciennement confidentiel — désormais ouvert à tous les … », "Was: internal. Now: all ambassadors", struck-through `~~old~~` marks, dated change histories and change logs), review status blocks (relecture, validation juridique en cours / ✔), audience windows and expiry dates. **Today is 2026-12-07**: every date is read against it. Traps (level `none`) use the same words about something else: draft beer, a testimonial's brouillon, a recipe's version, a warranty's expiry, a launch party, an event "open to the public", embargo explained as a press practice, a confidential-paper shredding service.

150 heads: 5 clients × 30 (8 public, 8 internal, 6 confidential, 8 none); 98 French, 52 English.

| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |
|---|---|---|---|---|
| TIS | Tisanerie Belles Herbes (herbal teas, Drôme) | Cercle des Infuseurs | Infuseurs, Infuseuses, ambassadeurs du Cercle | tiers Racine / Feuille / Fleur (« Infuseurs Fleur », "Fleur-level"); panel dégustation |
| HOR | Horlogerie Vaucher & Fils (watchmaking, Besançon) | Les Gardiens Vaucher / Vaucher Keepers | Gardiens, Gardiennes, Keepers | tiers Acier / Or (« Gardiens Or »); Cercle Tourbillon (top tier); pilot group « Atelier ouvert » |
| LIT | Parapluies Maréchal (umbrella maker, Aurillac) | Club Beau Temps | Éclaircies, membres du Club | tiers Coton / Lin / Cachemire (« membres Cachemire »); Testeurs Tempête (pilot) |
| BRA | Brasserie du Pic Vert (craft brewery, Alsace) | La Tournée du Pic Vert | Compagnons, Compagnonnes, Pic Vert Crew | tiers Orge / Houblon / Houblon d'Or; jury des Cuvées; Crew Strasbourg |
| PAP | Papeterie Lignes Claires (notebooks and stationery, Lyon) | Quills Circle / Cercle des Plumes | Quills, Plumes, Clear Lines ambassadors | tiers Graphite / Ink / Gold Nib; Carnet Connecté beta group; Quills UK & Ireland |

## Leadership

Staff (→ `internal` when a document is for them): the community managers (Léa Morin at TIS, Hugo Lenoir at HOR, Yasmine Haddad at LIT, Mathis Koehler at BRA, Chloé Besson at PAP) and the company's employees. Management (→ `confidential` when a document is restricted to them): direction, gérance, CODIR / comité de direction, the board, the CEO office; and any list of named people (Anne Gauthier at TIS, Claire Dumas at HOR, Paul Maréchal at LIT, Élise Birckel at BRA, Marc Aubertin at PAP, counsel, named master brewers).

## Notes on labels

The label is the readership **in force on 2026-12-07**, read from the head alone, failing closed: a condition that opens a document counts only when the head shows it is met.

1. **Embargo with a date.** Future date → the embargo holds: `internal` (staff hold it) unless the same mark says confidential/secret or limits it to management or named people → `confidential`. Past date (or "embargo levé le …" in the past) → the audience the mark names for afterwards (all ambassadors → `public`).
2. **Opens at an event** (« à partir du lancement », "until the UK shop opens", "from the Oktoberfest evening"). The condition counts as met only if the head says the event happened with a past date ("lancement effectué le 16 novembre 2026", "held 3 October 2026"). Event with no date, "TBC", "prévu" at a future date, "date to be set" → not evidently met → the current, narrower audience (`internal`; `confidential` if the mark is confidential/secret, e.g. « Secret jusqu'au lancement »).
3. **Drafts and working versions.** « BROUILLON », "DRAFT", « version de travail », "do not circulate/share" at document level → `internal`, even when the finished document will be for all ambassadors. A draft restricted to management or named people, or marked confidential → `confidential`. « Document obsolète — ne plus diffuser » → `internal`.
4. **Versions listed together** ("v3 – approved for release to all ambassadors / v2 – draft, internal"): the latest version is the document → its audience. A struck-through older version line is ignored.
5. **Approved for distribution with no audience** ("Version validated for distribution") → `internal`: a readership statement exists but does not evidently reach all ambassadors. Only "… pour diffusion à tous les / à l'ensemble des <ambassadors>" is `public`.
6. **Changed marks.** « Anciennement X — désormais Y », "Was: X. Now: Y", `~~X~~ → Y`, "(reclassé / déclassé / rectifié le …)": Y is in force, in either direction (upward changes give `confidential`). Struck-through text is a withdrawn mark.
7. **Dated histories / change logs**: the latest entry dated on or before today is in force. A future-dated part ("then internal", "After that: all ambassadors", "puis à tous les Gardiens") does not count yet.
8. **Review blocks.** Relecture / validation juridique "en cours", "en attente", "pending" with a planned audience → `internal` (release is conditional). All checks ✔ with a named audience → that audience. A pending legal review on a management-only note stays `confidential`.
9. **Audience windows.** Window containing today → the named audience. Window ended ("expiré", "période terminée", "window closed on 30 November 2026", or a plain past end date) → `internal`: after the window no ambassador audience is granted; the document does not fall back to `none`, because the author did mark it.
10. **Expired confidentiality with nothing after it** (« Confidentiel jusqu'au 30 novembre 2026. », « Confidentiel jusqu'au 15 novembre 2026 (levé) ») → `internal`: the restriction lapsed but no wider audience is named.
11. **Unordered conflicting marks** (HOR: "Diffusion : tous les Gardiens" then a « Confidentiel — note de la direction » block, no dates, nothing struck) → the strictest wins: `confidential`.
12. **Subgroups** (a tier, a pilot, a jury, a region) are `internal`, also when a later date will open the document to all.
13. **Traps → `none`**: the words describe something other than the document's readership: « brouillon » of a testimonial or as paper, "draft beer", "draft your review", a recipe's or questionnaire's version, a product's or warranty's expiry date, a vote's validation or closing date, a launch party, an event or shop "ouvert au public", « sous embargo » explained as press practice, "secret" of a craft, a confidential-paper shredding service. A tier name or ambassador name alone is not a marking either.
"""


def main():
    rng = random.Random(8058)
    out = []
    for prefix in ["TIS", "HOR", "LIT", "BRA", "PAP"]:
        rows = list(CLIENTS[prefix])
        rng.shuffle(rows)
        for i, (level, lang, head, note) in enumerate(rows, 1):
            out.append({"id": f"{prefix}-{i:02d}", "head": head, "level": level,
                        "lang": lang, "note": note})
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "names.json", "w", encoding="utf-8") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(HERE / "README.md", "w", encoding="utf-8") as f:
        f.write(README)


if __name__ == "__main__":
    main()
