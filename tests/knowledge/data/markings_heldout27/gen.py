#!/usr/bin/env python3
"""Deterministic generator for the blind set markings_heldout27 (stdlib only)."""
import json
import random
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (head, level, lang, note)
ORGS = {}

# ARB: Maison Arbelot, umbrella maker (company). Intranet pages, Word headers, press, e-mails.
ORGS["ARB"] = [
    ("COMMUNIQUÉ DE PRESSE\nAurillac, le 3 novembre 2026 — Maison Arbelot ouvre son Cercle à 200 nouveaux ambassadeurs", "public", "fr", "press release"),
    ("De : Cercle Arbelot <cercle@arbelot.fr>\nÀ : Tous les ambassadeurs du Cercle\nObjet : Votre calendrier des sollicitations pour le premier trimestre", "public", "fr", "e-mail to all ambassadors"),
    ("# La Gazette du Cercle — n° 14\n*Envoyée à l'ensemble des Cerclistes, tous niveaux confondus*", "public", "fr", "newsletter sent to all Cerclistes"),
    ("Diffusion : tous les Ambassadeurs Arbelot\nRèglement du programme — version applicable au 1er janvier 2027", "public", "fr", "Diffusion line: all ambassadors"),
    ("Page publique — arbelot.fr/cercle\nDevenir ambassadeur Arbelot : comment ça marche ?", "public", "fr", "public website page"),
    ("To: All Arbelot Ambassadors (FR, JP, US)\nSubject: Spring showroom tour – save the date", "public", "en", "e-mail to all ambassadors, every region listed"),
    ("[Affiche — salon Maison&Objet]\nRencontrez nos ambassadeurs sur le stand B42", "public", "fr", "trade-fair poster"),
    ("---\ntitle: \"FAQ ambassadeurs\"\naudience: tous les membres du Cercle\n---", "public", "fr", "front matter audience: all Circle members"),

    ("Diffusion : Cercle Baleine d'or uniquement\nInvitation à l'atelier de la manufacture — 14 mars", "internal", "fr", "top tier only"),
    ("Intranet Arbelot › Ventes › Programme ambassadeurs\nPage réservée aux collaborateurs", "internal", "fr", "intranet page, staff only"),
    ("[INTERNE] Note à l'équipe commerciale\nObjet : qui solliciter pour les témoignages du salon de mars", "internal", "fr", "internal note to sales team"),
    ("From: Product Team <produit@arbelot.fr>\nTo: Arbelot NDA testers – 2027 collection\nSubject: Prototype parasol: first feedback form", "internal", "en", "NDA testers"),
    ("Compte rendu — comité produit du Cercle\nDestinataires : membres du comité produit", "internal", "fr", "product committee"),
    ("Audience: Japan ambassadors only\nTokyo pop-up store: volunteer schedule", "internal", "en", "region subgroup"),
    ("Usage interne — ne pas transférer aux ambassadeurs\nTableau de suivi des contributions T4", "internal", "fr", "internal use, no confidential mark"),
    ("Cercle Toile — message aux nouveaux entrants\nÀ l'attention des ambassadeurs de niveau Toile", "internal", "fr", "entry tier only"),

    ("CONFIDENTIEL — CODIR\nBudget 2027 du Cercle Arbelot et arbitrage des dotations", "confidential", "fr", "confidential, executive committee"),
    ("Strictly confidential – Legal department\nAmbassador contract template: liability clause review", "confidential", "en", "strictly confidential, legal"),
    ("Document confidentiel — diffusion limitée au PDG (B. Arbelot) et à la DRH\nDépart d'un ambassadeur historique : éléments de contexte", "confidential", "fr", "confidential, named CEO and HR director"),
    ("Conseil de surveillance du 12/12/2026\nPoint 4 : programme ambassadeurs — CONFIDENTIEL", "confidential", "fr", "supervisory board, confidential"),
    ("<!-- classification: confidentiel / direction générale -->\n# Scénarios de rachat du distributeur japonais et impact sur le Cercle", "confidential", "fr", "HTML comment: confidential, general management"),
    ("Objet : [Confidentiel] Litige avec un ambassadeur — avis du service juridique\nDe : Service juridique\nÀ : Bertrand Arbelot", "confidential", "fr", "confidential e-mail, legal to CEO"),

    ("Règlement du Cercle Arbelot\nVersion 3.2 — octobre 2026", "none", "fr", "title and version"),
    ("Cercle_Arbelot_bilan_2026_v4_BROUILLON.docx", "none", "fr", "file name, draft"),
    ("# Programme ambassadeurs : indicateurs de santé\nMis à jour le 28/11/2026 par Sophie Lamarque", "none", "fr", "title, date, author"),
    ("Arbelot Ambassador Program – Annual Review 2026\nDraft 2 – prepared by Marketing", "none", "en", "title, draft, author team"),
    ("Fiche contribution — témoignage vidéo\nRéf. CER-TV-07", "none", "fr", "title and reference"),
    ("Calendrier des sollicitations 2027\n(dernière modification : 02/12/2026)", "none", "fr", "title and date"),
    ("Retour d'expérience : les ambassadeurs au salon de Milan", "none", "fr", "ambassadors as subject only"),
    ("Meeting notes – 18 Nov 2026\nTopic: ambassador onboarding flow", "none", "en", "meeting notes, topic"),
]

# TDC: Association du Train des Crêtes, heritage steam railway (association).
ORGS["TDC"] = [
    ("LA LETTRE DES PASSEURS — automne 2026\nÀ tous les Passeurs de vapeur", "public", "fr", "member newsletter to all Passeurs"),
    ("Bonjour à toutes et à tous,\nCe message s'adresse à l'ensemble des Passeurs : la saison 2027 se prépare !", "public", "fr", "message to all Passeurs"),
    ("Tract — Journées du patrimoine\nÀ distribuer en gare, dans les offices et commerces", "public", "fr", "public flyer"),
    ("Objet : Appel à témoignages pour le 120e anniversaire de la ligne\nÀ : passeurs@traindescretes.org (liste de tous les Passeurs)", "public", "fr", "e-mail to the all-Passeurs list"),
    ("Article publié sur le blog de l'association\nUne journée dans la cabine de la 230 G 353", "public", "fr", "blog post"),
    ("To: all our Steam Ambassadors (Passeurs de vapeur)\nSubject: Welcome pack in English for our cross-border members", "public", "en", "e-mail to all ambassadors"),
    ("Diffusion : tous les ambassadeurs du Train des Crêtes, site internet\nGuide du Passeur — édition 2027", "public", "fr", "all ambassadors + website"),
    ("*** Communiqué ***\nLe Train des Crêtes recrute ses Passeurs de vapeur pour 2027", "public", "fr", "press release"),

    ("Procès-verbal de la réunion du Bureau du 9 novembre 2026\nDiffusion : membres du Bureau", "internal", "fr", "board minutes to Bureau, no confidential mark"),
    ("Commission animation — compte rendu n° 22\nDestinataires : membres de la commission", "internal", "fr", "committee"),
    ("Réservé aux Passeurs référents\nPlanning des permanences en gare de Munster", "internal", "fr", "lead-ambassador subgroup"),
    ("Groupe gare de Munster — message aux Passeurs du secteur\nObjet : covoiturage pour la journée des Passeurs", "internal", "fr", "local group"),
    ("Note interne aux bénévoles de l'atelier de traction\nRetour sur la chaudière et dates d'ouverture", "internal", "fr", "internal note to workshop volunteers"),
    ("Internal – volunteers' coordination team\nTimetable for the Christmas special trains", "internal", "en", "internal, coordination team"),
    ("À l'attention des Passeurs ayant suivi la formation « accueil voyageurs »\nSession de recyclage du 17 janvier", "internal", "fr", "trained cohort only"),
    ("For Bureau members\nDraft agenda – general assembly 2027", "internal", "en", "Bureau, no confidential mark"),

    ("CONFIDENTIEL — Conseil d'administration\nSituation financière et subvention régionale 2027", "confidential", "fr", "confidential, board"),
    ("PV du Bureau restreint — CONFIDENTIEL\nExclusion d'un Passeur : audition du 3 décembre", "confidential", "fr", "confidential Bureau minutes"),
    ("Confidential – President's office (G. Kieffer)\nInsurance claim following the Metzeral incident", "confidential", "en", "confidential, named president"),
    ("Courrier confidentiel de Maître Hoffmann, avocate de l'association\nÀ l'attention de M. le Président", "confidential", "fr", "confidential letter, lawyer to president"),
    ("[Confidentiel – CA uniquement] Projet de convention avec la Région Grand Est", "confidential", "fr", "confidential, board only"),
    ("Note confidentielle du trésorier au président et au conseil d'administration\nObjet : écart de caisse de la boutique", "confidential", "fr", "confidential note to president and board"),

    ("Guide du Passeur de vapeur\nÉdition 2026, révisée", "none", "fr", "title and edition"),
    ("Historique de la ligne des Crêtes (1907–2026)", "none", "fr", "title only"),
    ("Bilan saison 2026.odt", "none", "fr", "file name"),
    ("Statuts de l'Association du Train des Crêtes\nModifiés par l'AG du 22 mars 2025", "none", "fr", "title and date"),
    ("Les Passeurs de vapeur : qui sont-ils ?\nÉtude réalisée par Lucie Ott, stagiaire, juin 2026", "none", "fr", "ambassadors as subject, author"),
    ("Steam Ambassadors – points and levels (draft)", "none", "en", "title, draft"),
    ("Fiche sécurité quai — v2", "none", "fr", "title, version"),
    ("Questionnaire de satisfaction des Passeurs — résultats bruts\nExport du 30/11/2026", "none", "fr", "ambassadors as subject, export date"),
]

# SMV: Syndicat mixte Valoris Vallée, household waste & recycling (public body).
ORGS["SMV"] = [
    ("COMMUNIQUÉ DE PRESSE\nValoris Vallée lance la 3e saison de son réseau d'Ambassadeurs du tri", "public", "fr", "press release"),
    ("Syndicat mixte Valoris Vallée\nDiffusion : l'ensemble des ambassadrices et ambassadeurs du tri\nObjet : nouvelles consignes de tri au 1er janvier 2027", "public", "fr", "Diffusion: all ambassadors"),
    ("Lettre d'information des Relais Valoris — n° 9\nEnvoyée à tous les Relais", "public", "fr", "newsletter to all Relais"),
    ("Affiche A3 — à apposer en mairie et dans les déchèteries\n« Devenez Ambassadeur du tri ! »", "public", "fr", "public poster"),
    ("Page du site valoris-vallee.fr — rubrique « Agir avec nous »", "public", "fr", "website page"),
    ("To: all Sorting Ambassadors (Ambassadeurs du tri)\nSubject: Interreg exchange visit – open to every ambassador", "public", "en", "e-mail to all ambassadors"),
    ("Courriel — À : Ambassadeurs du tri (liste complète)\nObjet : questionnaire annuel, 10 minutes de votre temps", "public", "fr", "e-mail to full ambassador list"),
    ("Public information leaflet\nHome composting: the basics, by your local sorting ambassadors", "public", "en", "public leaflet"),

    ("NOTE DE SERVICE n° 2026-41\nDestinataires : agents du pôle prévention\nObjet : accompagnement des ambassadeurs lors des collectes", "internal", "fr", "staff memo"),
    ("Diffusion : référents compostage\nCalendrier de distribution des composteurs — secteur Plaine", "internal", "fr", "composting referents subgroup"),
    ("Compte rendu du comité de suivi du programme Ambassadeurs du tri\nDestinataires : membres du comité", "internal", "fr", "steering committee"),
    ("Secteur Nord — Ambassadeurs du tri du secteur Nord uniquement\nRéunion de secteur à Saint-Amé le 15 janvier", "internal", "fr", "region subgroup"),
    ("Document de travail à usage interne des services\nÉvaluation du dispositif Ambassadeurs du tri (2024-2026)", "internal", "fr", "internal to services"),
    ("Internal – staff of the prevention department\nEU project reporting template, period 3", "internal", "en", "internal staff"),
    ("À l'attention des élus délégués au comité syndical\nPrésentation du bilan annuel du réseau", "internal", "fr", "elected delegates, no confidential mark"),
    ("Audience: ambassadors who joined in 2026 (cohort 3)\nInduction session at the Saint-Amé sorting centre", "internal", "en", "cohort subgroup"),

    ("CONFIDENTIEL — Bureau syndical\nProjet de délibération : indemnisation des frais des ambassadeurs", "confidential", "fr", "confidential, executive bureau"),
    ("Note confidentielle à l'attention de M. le Président et de Mme la Directrice générale des services\nObjet : plainte d'un usager visant un Ambassadeur du tri", "confidential", "fr", "confidential, president and DGS"),
    ("Service des affaires juridiques — CONFIDENTIEL\nAnalyse RGPD du fichier des ambassadeurs", "confidential", "fr", "confidential, legal"),
    ("Confidential – Director General (H. Corbière) and legal counsel\nPrecontentious dispute with the collection contractor", "confidential", "en", "confidential, named DG and legal"),
    ("[CONFIDENTIEL — DGS] Scénarios budgétaires 2027 pour la prévention des déchets", "confidential", "fr", "confidential, DGS"),
    ("Objet : TR: audit interne — CONFIDENTIEL, réservé au Président\nDe : Hélène Corbière", "confidential", "fr", "confidential forwarded e-mail to president"),

    ("Délibération n° 2026-087 du comité syndical\nCréation d'un réseau d'ambassadeurs bénévoles du tri", "none", "fr", "deliberation title, no marking"),
    ("Rapport annuel sur le prix et la qualité du service 2026 — version provisoire", "none", "fr", "title, provisional"),
    ("Charte de l'Ambassadeur du tri\nAdoptée le 14/03/2024", "none", "fr", "title and date"),
    ("Tableau de bord ambassadeurs_2026-11.xlsx", "none", "fr", "file name"),
    ("Guide d'animation d'un stand de tri\nRédaction : pôle prévention, V1.3", "none", "fr", "title, author, version"),
    ("Waste prevention ambassadors: lessons from three seasons\nDraft – 20 November 2026", "none", "en", "title, draft date"),
    ("Compte rendu de la tournée de sensibilisation du 5 octobre", "none", "fr", "title only"),
    ("Arrêté n° 2026-12 portant désignation du référent RGPD", "none", "fr", "order title"),
]

# FLB: Flambée, firewood & pellets SCIC (cooperative). Shared drive, council minutes, member letters.
ORGS["FLB"] = [
    ("Nextcloud › Flambée › Programme Flambeaux › Partagé avec : tous les Flambeaux\nKit du Flambeau 2027.pdf", "public", "fr", "shared with all Flambeaux"),
    ("Lettre aux sociétaires ambassadeurs — décembre 2026\nÀ tous les Flambeaux, quel que soit votre niveau", "public", "fr", "letter to all Flambeaux"),
    ("# Flambée, coopérative de bois de chauffage\n## Page publique : le programme Flambeaux expliqué", "public", "fr", "public page"),
    ("Objet : [Flambeaux] Sollicitation : 5 avis clients avant l'hiver\nÀ : liste-flambeaux@flambee.coop (tous les ambassadeurs)", "public", "fr", "e-mail to all ambassadors list"),
    ("Communiqué — Flambée fête ses 10 ans avec ses ambassadeurs\nPour diffusion immédiate", "public", "fr", "press release"),
    ("Audience: all Flambeaux (every level)\nHow to log a contribution in the Discord", "public", "en", "all Flambeaux"),
    ("Affichette dépôt de Bourganeuf\nPortes ouvertes du 18 janvier — entrée libre", "public", "fr", "public poster"),
    ("---\ntitre: Règles des points Flambeaux\ndiffusion: tous les ambassadeurs\n---", "public", "fr", "front matter: all ambassadors"),

    ("Drive partagé › Collège des salariés › Animation — partagé avec : collège des salariés\nListe des Flambeaux à relancer (non actifs depuis 6 mois).ods", "internal", "fr", "shared with staff college"),
    ("Réservé aux Flambeaux Brasier\nVisite de la scierie partenaire et déjeuner avec les bûcherons", "internal", "fr", "top tier only"),
    ("Diffusion : Flambeaux Braise et Brasier\nAccès anticipé à la commande de granulés 2027", "internal", "fr", "two upper tiers only"),
    ("Groupe Creuse — message aux Flambeaux creusois\nRéunion au dépôt de Bourganeuf", "internal", "fr", "regional group"),
    ("Comité de programme Flambeaux — relevé de décisions du 21/11\nDestinataires : membres du comité", "internal", "fr", "program committee"),
    ("Internal – cooperative staff only\nDelivery route planning with ambassador pick-up points", "internal", "en", "staff only"),
    ("Usage interne — équipe livraison\nConsignes pour les livraisons chez les Flambeaux testeurs du nouveau poêle", "internal", "fr", "internal, delivery team"),
    ("Shared with: pellet-stove testers (NDA signed)\nField test protocol – winter 2026/27", "internal", "en", "NDA testers"),

    ("PV du conseil coopératif du 28 novembre 2026 — CONFIDENTIEL\nNe pas diffuser hors conseil", "confidential", "fr", "confidential council minutes"),
    ("Drive › Gérance › CONFIDENTIEL\nProjet de fusion avec la coopérative Bois du Morvan.docx", "confidential", "fr", "confidential management folder"),
    ("Confidentiel — à l'attention de Claire Vidalenc, gérante\nAvis de Me Dufresne sur le statut fiscal des récompenses", "confidential", "fr", "confidential, named manager, lawyer"),
    ("CONFIDENTIAL – Board of directors\nPrice negotiation with the sawmill group, 2027", "confidential", "en", "confidential, board"),
    ("[Confidentiel CA] Rémunération de la gérance et primes 2027", "confidential", "fr", "confidential, board"),
    ("Objet : Confidentiel — contrôle URSSAF, éléments pour la gérance\nDe : cabinet d'expertise comptable", "confidential", "fr", "confidential e-mail to management"),

    ("Kit_du_Flambeau_2026_v2.pdf", "none", "fr", "file name"),
    ("Règles des points Flambeaux — brouillon du 3 décembre", "none", "fr", "title, draft"),
    ("Flambée SCIC — rapport de gestion 2025/2026", "none", "fr", "title only"),
    ("Synthèse atelier JE — Flambeaux, 14 octobre\nAnimatrice : Aurore Lacombe", "none", "fr", "title, facilitator"),
    ("Wood quality FAQ – v0.4", "none", "en", "title, version"),
    ("Comment nos Flambeaux parlent de nous : verbatims 2026", "none", "fr", "ambassadors as subject"),
    ("Nextcloud › Flambée › Programme Flambeaux › Archives\nphotos_portes_ouvertes_2025.zip", "none", "fr", "folder path, no sharing line"),
    ("Indicateurs Flambeaux T3 2026\nMise à jour : 07/10/2026", "none", "fr", "title, date"),
]

# DOU: Deuxième Oui, pre-loved wedding dress marketplace (start-up). Notion, Slack, Google Docs, e-mails.
ORGS["DOU"] = [
    ("📣 Newsletter Oui Squad — décembre\nEnvoyée à toute la Squad 💍", "public", "fr", "newsletter to whole Squad"),
    ("From: Deuxième Oui <squad@deuxiemeoui.com>\nTo: Oui Squad (all members)\nSubject: Your 2027 perks are live ✨", "public", "en", "e-mail to all Squad members"),
    ("---\ntitle: \"Oui Squad — how points work\"\nvisibility: all-ambassadors\n---", "public", "en", "front matter visibility all ambassadors"),
    ("Blog Deuxième Oui · 4 min de lecture\nPourquoi nos ambassadrices revendent leur robe (et en sont fières)", "public", "fr", "blog post"),
    ("Press release — Paris, 1 December 2026\nDeuxième Oui passes 10,000 pre-loved dresses resold", "public", "en", "press release"),
    ("Notion › Oui Squad › 📌 À lire par toutes les ambassadrices\nCharte de la Squad", "public", "fr", "Notion page for all ambassadors"),
    ("#annonces-squad (Discord) — message épinglé pour toute la Squad\nBienvenue aux 40 nouvelles ambassadrices !", "public", "fr", "pinned message for whole Squad"),
    ("Post Instagram — légende validée\nOn cherche nos prochaines ambassadrices 💌 lien en bio", "public", "fr", "public social post"),

    ("Notion › Team › Ops\n🔒 Team only — ambassador payout process", "internal", "en", "team only"),
    ("Squad Gold uniquement ✨\nInvitation : essayage privé chez notre couturière partenaire", "internal", "fr", "top tier only"),
    ("From: Maud <maud@deuxiemeoui.com>\nTo: beta-testeuses@deuxiemeoui.com\nSubject: [NDA] nouvelle app — build 0.9 à tester", "internal", "fr", "NDA beta testers"),
    ("Export Slack — canal privé #team-growth (équipe)\nthread : qui on sollicite pour le salon du mariage ?", "internal", "fr", "private staff channel"),
    ("Audience: Lyon cohort (launch Jan 2027)\nMeet-up at the Croix-Rousse showroom", "internal", "en", "cohort"),
    ("Doc Google — partagé avec : équipe Deuxième Oui\nOnboarding des nouvelles ambassadrices : checklist interne", "internal", "fr", "shared with staff"),
    ("Pour les Couturières de la Squad\nGrille de retouches et tarifs partenaires 2027", "internal", "fr", "tailors subgroup"),
    ("Internal draft — do not share with the Squad yet\nQ1 solicitation calendar", "internal", "en", "internal, no confidential mark"),

    ("CONFIDENTIAL — Founders & Board only\nSeries A data room: ambassador program metrics", "confidential", "en", "confidential, founders and board"),
    ("Confidentiel — Inès Baptiste (CEO), Maud Leroy (COO)\nRupture avec une ambassadrice : éléments juridiques", "confidential", "fr", "confidential, named executives"),
    ("Board meeting — 10 Dec 2026 — strictly confidential\nAgenda item 3: ambassador referral fee structure", "confidential", "en", "strictly confidential board"),
    ("Privileged & Confidential – Attorney-client communication\nRe: influencer disclosure rules (ARPP) for Squad posts", "confidential", "en", "privileged, legal"),
    ("Notion › Founders › 🔐 Confidentiel\nPacte d'associées — clause BSPCE ambassadrices", "confidential", "fr", "confidential founders space"),
    ("Objet : CONFIDENTIEL — term sheet investisseurs\nÀ : Inès Baptiste ; Maud Leroy", "confidential", "fr", "confidential e-mail to founders"),

    ("Oui Squad — how points work (v2, WIP)", "none", "en", "title, work in progress"),
    ("Compte-rendu atelier NOUS — 7 octobre 2026\nFacilitation : Camille", "none", "fr", "title, facilitator"),
    ("ambassador_nps_q3_export.csv", "none", "en", "file name"),
    ("# Persona : la mariée éco-pragmatique\nBasé sur 14 entretiens, sept.–oct. 2026", "none", "fr", "title, source"),
    ("Roadmap programme ambassadrices 2027 — brouillon", "none", "fr", "title, draft"),
    ("Retro: the first 6 months of the Oui Squad", "none", "en", "ambassadors as subject"),
    ("Guide photo — comment photographier sa robe pour l'annonce\nv1.1", "none", "fr", "title, version"),
    ("Notion › Oui Squad › Archives\nAnciennes règles de parrainage (2025)", "none", "fr", "archive path, no audience"),
]


def main():
    rows = []
    for prefix, items in ORGS.items():
        items = list(items)
        random.Random("heldout27-" + prefix).shuffle(items)
        for i, (head, level, lang, note) in enumerate(items, 1):
            rows.append({"id": f"{prefix}-{i:02d}", "head": head, "level": level,
                         "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases")


if __name__ == "__main__":
    main()
