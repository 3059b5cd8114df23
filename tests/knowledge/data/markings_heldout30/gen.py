#!/usr/bin/env python3
"""Writes cases.jsonl deterministically (standard library only)."""
import json, random, os

P, I, C, N = "public", "internal", "confidential", "none"

ORGS = {}

# AVL — Avialpes, regional airline
ORGS["AVL"] = [
 ("CERCLE ALTITUDE — Guide de l'ambassadeur 2027\nÀ l'attention de tous les membres du Cercle", P, "fr", "all members of the Cercle"),
 ("Communiqué de presse\nAvialpes lance le Cercle Altitude, son programme d'ambassadeurs voyageurs\nChambéry, le 3 février 2027", P, "fr", "press release"),
 ("Dossier de presse — Press kit\nAvialpes · Saison hiver 2027", P, "fr", "press kit, bilingual label"),
 ("Programme de formation « Parler d'Avialpes en ligne »\nModule 1 — ouvert à l'ensemble des Altitudiens", P, "fr", "training for all ambassadors"),
 ("Affiche — à imprimer et afficher en escale\nRejoignez le Cercle Altitude !", P, "fr", "poster"),
 ("Altitude Circle — Member newsletter #14\nFor all Altitude ambassadors", P, "en", "all ambassadors"),
 ("Niveau de diffusion : PUBLIC\nRèglement du programme Cercle Altitude (version consultable sur avialpes.fr)", P, "fr", "classification public, website"),
 ("Social media kit — summer routes 2027\nFree to share / Diffusion libre", P, "en", "free distribution"),

 ("Avantages Zénith — saison 2027\nRéservé aux membres niveau Zénith", I, "fr", "one tier"),
 ("PANEL CABINE 2027 — Essais du nouveau siège\nAccès limité aux participants du panel — sous NDA", I, "fr", "test panel under NDA"),
 ("Compte rendu — Comité des voyageurs fréquents, séance du 14/01\nDestinataires : membres du Comité", I, "fr", "ambassador committee"),
 ("Usage interne — équipe Relation Client\nProcédure de validation des avis publiés par les ambassadeurs", I, "fr", "internal use, staff"),
 ("C2 – INTERNE\nPlanning des sollicitations T2 — Cercle Altitude", I, "fr", "classification internal"),
 ("Corsica ambassadors — spring meet-up, Ajaccio\nAudience: Corsica group only", I, "en", "regional subgroup"),
 ("Internal use only — do not forward\nAmbassador rotation sheet, Q3", I, "en", "internal marking"),
 ("Note aux équipes escale\nObjet : accueil des ambassadeurs niveau Cap au salon\nNe pas diffuser hors personnel Avialpes", I, "fr", "staff only, tier is subject"),

 ("STRICTEMENT CONFIDENTIEL — Comex\nBudget 2028 du Cercle Altitude et arbitrages", C, "fr", "confidential, executive committee"),
 ("Conseil d'administration du 22 mars 2027\nPoint 6 : bilan du programme ambassadeurs\nConfidentiel — administrateurs uniquement", C, "fr", "board, confidential footer"),
 ("CONFIDENTIAL — Executive Committee\nAltitude Circle ROI review, FY2026", C, "en", "confidential exec"),
 ("Note à l'attention de Mme Hélène Marchetti, PDG\nClassification : Confidentiel\nObjet : litige avec un ambassadeur (dossier 27-041)", C, "fr", "named CEO, confidential"),
 ("Direction juridique — CONFIDENTIEL\nAnalyse du règlement du programme au regard du code de la consommation", C, "fr", "legal, confidential"),
 ("Niveau 3 — Secret\nProjet de rapprochement commercial : impact sur le Cercle Altitude\nDiffusion : DG, DAF (B. Lhomme)", C, "fr", "secret, named executives"),

 ("Charte du Cercle Altitude\nVersion 3 — validée par le Comex le 12 janvier 2027", N, "fr", "approval block is not a readership"),
 ("cercle_altitude_bilan_2026_v2.docx", N, "fr", "file name"),
 ("BROUILLON\nFoire aux questions du programme ambassadeurs", N, "fr", "draft mark only"),
 ("Appel d'offres n° AVL-2027-08\nPrestation de gestion de la plateforme communautaire du programme ambassadeurs", N, "fr", "tender title"),
 ("© 2027 Avialpes SAS — tous droits réservés\nDocument non contractuel", N, "fr", "legal notice, 'réservés' = rights"),
 ("Altitude Circle — Ambassador engagement report\nPrepared by: Customer Experience team · 04/2027", N, "en", "author line only"),
 ("Procès-verbal de la réunion du comité de pilotage du 9 février 2027\nRédacteur : J. Perrin", N, "fr", "minutes, no marking"),
 ("Comment nos ambassadeurs ont vécu la saison d'hiver\nSynthèse des verbatims — auteur : équipe programme", N, "fr", "ambassadors as subject"),
]

# NOT — Réseau Notalys, notary network
ORGS["NOT"] = [
 ("Mot du président aux Relais\nÀ l'ensemble des Relais Notalys", P, "fr", "all Relais"),
 ("Communiqué — pour diffusion immédiate\nLe réseau Notalys récompense ses clients relais", P, "fr", "press release"),
 ("Mentions légales — page « Programme Relais » du site notalys.fr", P, "fr", "website page"),
 ("Fiche pratique n°4 : témoigner sans dévoiler son dossier\nDestinataires : tous les Relais", P, "fr", "all Relais"),
 ("Kit de communication — Diffusion libre\nLogos, visuels et textes pour parler du réseau", P, "fr", "free distribution"),
 ("Relais Notalys — Welcome pack\nFor every Relais, wherever you are", P, "en", "all Relais"),
 ("Support de formation — Webinaire d'accueil\nAudience : tous les clients relais, toutes promotions confondues", P, "fr", "all cohorts = all ambassadors"),
 ("Open letter to our Relais community\nPublic — may be shared", P, "en", "public marking"),

 ("Cercle Entrepreneurs — petit-déjeuner du 5 juin\nInvitation reservée aux membres du Cercle Entrepreneurs", I, "fr", "subgroup (typo réservée)"),
 ("Promotion 2026 — Parcours d'intégration\nDestinataires : Relais de la promotion 2026", I, "fr", "cohort"),
 ("Comité consultatif des clients\nOrdre du jour de la séance n°7 — diffusion limitée aux membres du comité", I, "fr", "ambassador committee"),
 ("Usage interne – collaborateurs des offices\nComment repérer un futur Relais lors de la signature", I, "fr", "staff, internal use"),
 ("Relais Bretagne — réunion régionale de Vannes\nNiveau de diffusion : restreint (Relais bretons)", I, "fr", "regional subgroup"),
 ("NE PAS DIFFUSER\nTableau de suivi des sollicitations — offices 44 et 49", I, "fr", "do not distribute"),
 ("Internal — notary offices staff only\nHow to log a referral in the CRM", I, "en", "staff only"),
 ("Relais Confirmés : nouveaux avantages 2027\nRéservé au niveau Relais Confirmé", I, "fr", "tier"),

 ("CONFIDENTIEL — Conseil d'administration\nRapport sur l'avenir du programme Relais", C, "fr", "board, confidential"),
 ("Couvert par le secret professionnel — Direction juridique\nAvis sur la rémunération des apports d'affaires par des clients", C, "fr", "professional secrecy, legal"),
 ("Note confidentielle à Me Arnaud Lefebvre, président\nObjet : réclamation d'un client relais", C, "fr", "named president, confidential"),
 ("Board of Directors — CONFIDENTIAL\nRelais program: cost per referral and renewal decision", C, "en", "board confidential"),
 ("Bureau du réseau — séance du 2 avril\nPoint unique : manquements déontologiques d'un office\nDocument confidentiel, ne pas reproduire", C, "fr", "bureau, confidential footer"),
 ("Classification : C3 – Confidentiel\nDestinataires : Bureau, Me Lefebvre, Me Rouxel (trésorière)\nBudget prévisionnel Relais 2028", C, "fr", "C3 + named leaders"),

 ("Charte du programme Relais Notalys\nv1.4 — approuvée par le Bureau le 17/11/2026", N, "fr", "approval block only"),
 ("Procès-verbal du conseil d'administration du 4 mars 2027", N, "fr", "board minutes title, no marking"),
 ("Relais program — annual figures 2026\nDraft v0.3, N. Guérin", N, "en", "draft + author"),
 ("Bilan qualitatif : ce que disent les Relais de leur rôle\nRédigé par le service clients, mars 2027", N, "fr", "ambassadors as subject"),
 ("Consultation n°NTL-2027-03\nCahier des clauses techniques — plateforme ambassadeurs", N, "fr", "tender"),
 ("RELAIS_parrainages_export_2027-04-01.xlsx", N, "fr", "file name"),
 ("Réseau Notalys · 12 rue des Halles, 44000 Nantes · SIRET 812 345 678 00021\nPage 1/6", N, "fr", "letterhead footer"),
 ("Ambassador testimonials: consent and release form template\nRev. B", N, "en", "title + revision"),
]

# SEM — Graines Terreval, seed company
ORGS["SEM"] = [
 ("Catalogue des missions 2027\nPour tous les Jardiniers Témoins", P, "fr", "all ambassadors"),
 ("COMMUNIQUÉ DE PRESSE\nTerreval fête ses 500 Jardiniers Témoins", P, "fr", "press release"),
 ("Fiche culture — Tomate « Cœur de Loire »\nÀ partager librement avec vos voisins de jardin", P, "fr", "free sharing"),
 ("Dossier de presse Salon du végétal 2027 / Press kit\nTerreval — semences potagères bio", P, "fr", "press kit"),
 ("Seed Witnesses — Spring letter\nTo all our Witness gardeners", P, "en", "all ambassadors"),
 ("Diffusion : tous les Témoins (niveaux Semis, Floraison et Récolte)\nCalendrier des semis partagés 2027", P, "fr", "all three tiers = everyone"),
 ("Formation en ligne « Photographier son potager »\nOuverte à tous les Jardiniers Témoins — sans inscription préalable", P, "fr", "training for all"),
 ("Poster for garden centres\nBecome a Terreval Seed Witness", P, "en", "poster"),

 ("PANEL ESSAIS VARIÉTÉS — saison 2027\nLot de semences non commercialisées — sous NDA, réservé aux testeurs du panel", I, "fr", "test panel under NDA"),
 ("Niveau Récolte — invitation à la visite des parcelles d'essai\nRéservé aux Témoins de niveau Récolte", I, "fr", "tier"),
 ("Groupe Sud-Ouest : compte rendu de la rencontre de Marmande\nDestinataires : Témoins du Sud-Ouest", I, "fr", "regional group"),
 ("Usage interne\nGrille de points Jardiniers Témoins — barème révisé", I, "fr", "internal use"),
 ("Maraîchers pros — Témoignages pour le salon Tech&Bio\nDiffusion limitée au groupe Maraîchers pros", I, "fr", "subgroup"),
 ("Internal – Marketing team only\nSolicitation calendar, autumn catalogue", I, "en", "staff only"),
 ("Niveau de diffusion : interne (équipe commerciale)\nArgumentaire : parler du programme en jardinerie", I, "fr", "internal level"),
 ("Floraison members – feedback round on the new seed tapes\nAudience: Floraison level", I, "en", "tier"),

 ("CONFIDENTIEL — CODIR du 6 mai 2027\nArrêt ou refonte du programme Jardiniers Témoins", C, "fr", "leadership confidential"),
 ("Conseil de surveillance\nRapport confidentiel : coût complet du programme 2026", C, "fr", "supervisory board, confidential"),
 ("Strictly confidential — for Marion Vasseur (CEO) and the Executive Committee\nPartner nursery acquisition and the Seed Witness community", C, "en", "named CEO"),
 ("Service juridique — Propriété intellectuelle\nCONFIDENTIEL\nRisque de divulgation des variétés en essai par les testeurs", C, "fr", "legal confidential"),
 ("Secret des affaires — Direction générale\nPrix de cession des lots testeurs 2028", C, "fr", "trade secret, top management"),
 ("confidentiel direction\nNote de Mme Vasseur au CODIR : réorganisation de l'équipe communauté", C, "fr", "lower-case marking, CEO"),

 ("Règlement du programme Jardiniers Témoins\nVersion 2 — validée par le CODIR le 3 février 2027", N, "fr", "approval block"),
 ("Terreval — Rapport d'activité Jardiniers Témoins 2026", N, "fr", "title only"),
 ("DRAFT — Seed Witness survey results (n=212)", N, "en", "draft mark"),
 ("Retours des Témoins sur la germination des carottes\nsynthèse v1, A. Morin", N, "fr", "ambassadors as subject"),
 ("Appel d'offres — Conception du nouvel espace communautaire\nDate limite de réponse : 30/06/2027", N, "fr", "tender"),
 ("ordre du jour reunion programme 12 mai", N, "fr", "agenda title, no marking"),
 ("Document non contractuel — photos non contractuelles\nTerreval SAS au capital de 1 200 000 €", N, "fr", "legal notice"),
 ("How our Witnesses choose their varieties\nField notes, spring 2027", N, "en", "ambassadors as subject"),
]

# EAU — Eaux de Vézère, public water utility
ORGS["EAU"] = [
 ("Lettre aux Sentinelles n°9\nDestinataires : l'ensemble des Sentinelles de l'eau", P, "fr", "all ambassadors"),
 ("Communiqué de presse — Eaux de Vézère\nLes Sentinelles de l'eau ont signalé 140 fuites en 2026", P, "fr", "press release"),
 ("Page web « Devenir Sentinelle »\nTexte pour eauxdevezere.fr", P, "fr", "website page"),
 ("Guide de formation — Repérer une fuite sur la voie publique\nPour toutes les Sentinelles, nouvelles et anciennes", P, "fr", "training for all"),
 ("Affiche mairies / Town hall poster\nLes Sentinelles de l'eau recrutent !", P, "fr", "poster, bilingual label"),
 ("Water Sentinels — how to report a leak\nAll Sentinels · public leaflet", P, "en", "all + public"),
 ("Bulletin des usagers — été 2027\nDiffussion : tout public", P, "fr", "general public (typo)"),
 ("Rapport annuel du programme Sentinelles (version grand public)\nNiveau de diffusion : Public", P, "fr", "public footer after title"),

 ("Panel Télérelève — phase 2\nAccès restreint aux foyers du panel, sous engagement de confidentialité", I, "fr", "beta panel under NDA"),
 ("Comité des usagers — séance du 18 septembre\nDocument de travail réservé aux membres du Comité", I, "fr", "committee"),
 ("Secteur Nord : tournée de relevé participative\nDestinataires : Sentinelles du secteur Nord", I, "fr", "region"),
 ("Usage interne régie — ne pas transmettre aux usagers\nProcédure de traitement des signalements Sentinelles", I, "fr", "staff internal"),
 ("Sentinelles référentes : réunion de coordination\nRéservé au niveau Référent", I, "fr", "tier"),
 ("Cohorte 2027 — Welcome session materials\nAudience: 2027 cohort only", I, "en", "cohort"),
 ("Staff only — Customer Service\nScript for calling a Sentinel who stopped reporting", I, "en", "staff only"),
 ("Tableau de bord mensuel des Sentinelles\nDiffusion interne / Internal distribution", I, "fr", "internal footer, bilingual"),

 ("CONFIDENTIEL — Conseil d'exploitation\nDélibération : budget 2028 des Sentinelles de l'eau", C, "fr", "board confidential"),
 ("Note confidentielle à Mme Claire Besson, directrice de la régie\nIncident de données personnelles — fichier Sentinelles", C, "fr", "named director"),
 ("Service juridique — Confidentiel\nResponsabilité de la régie en cas d'accident d'une Sentinelle", C, "fr", "legal"),
 ("CONFIDENTIAL – Operating Council members\nAudit findings on the Sentinel reward vouchers", C, "en", "board confidential"),
 ("Classification : Secret — Direction\nScénario de délégation de service public et avenir du programme", C, "fr", "secret, management"),
 ("Comité de direction\nÉvaluation de la mission communauté — strictement confidentiel", C, "fr", "leadership, confidential after title"),

 ("Charte des Sentinelles de l'eau\nVersion 3 — validée par le conseil d'exploitation du 27/06/2026", N, "fr", "approval block"),
 ("Sentinelles_bilan_T1_2027_final_v2.pdf", N, "fr", "file name"),
 ("Procès-verbal — Conseil d'exploitation du 14 octobre 2026\nPrésents : 11 membres sur 13", N, "fr", "minutes without marking"),
 ("Projet\nQuestionnaire de satisfaction des Sentinelles", N, "fr", "draft mark"),
 ("Marché n° 2027-EV-12 — Règlement de la consultation\nAnimation du réseau de Sentinelles", N, "fr", "tender"),
 ("Sentinel program — lessons learned, year 2\nAuthor: M. Delmas · v1.2", N, "en", "author/version"),
 ("Régie des Eaux de Vézère — établissement public local\nService d'astreinte : 05 55 00 00 00", N, "fr", "letterhead footer"),
 ("Pourquoi les Sentinelles s'engagent\nEntretiens menés en mai 2027", N, "fr", "ambassadors as subject"),
]

# DAN — Studio Arabesque, dance school (association)
ORGS["DAN"] = [
 ("Gala de juin 2027 — Mode d'emploi\nPour toutes les Étoiles Arabesque", P, "fr", "all ambassadors"),
 ("Communiqué — Studio Arabesque\nPortes ouvertes le 6 septembre : nos Étoiles vous accueillent", P, "fr", "press release"),
 ("Flyer portes ouvertes — à distribuer sans modération", P, "fr", "flyer, free distribution"),
 ("Atelier « Filmer un témoignage en 60 secondes »\nSupport de formation — toutes les Étoiles", P, "fr", "training for all"),
 ("Arabesque Stars — newsletter, March\nTo every Star of the studio", P, "en", "all ambassadors"),
 ("Publication Instagram / Facebook — Diffusion libre\nTexte : « Pourquoi j'ai poussé la porte du studio »", P, "fr", "social networks"),
 ("Rentrée 2027 : le programme des Étoiles change !\nÀ diffuser à toutes les Étoiles, tous niveaux", P, "fr", "all levels"),
 ("Press kit — Studio Arabesque 20th anniversary\nPublic release", P, "en", "press kit"),

 ("Comité gala — réunion n°3\nDestinataires : membres du Comité gala uniquement", I, "fr", "committee"),
 ("Parents ambassadeurs : accueil des nouvelles familles\nRéservé au groupe Parents ambassadeurs", I, "fr", "subgroup"),
 ("Troupe avancée — stage d'été, infos pratiques\nDiffusion limitée à la Troupe avancée", I, "fr", "subgroup"),
 ("Niveau Grand jeté — avantages saison 2027-2028\nAccès réservé aux Étoiles Grand jeté", I, "fr", "tier"),
 ("Usage interne professeurs\nSuivi des contributions des Étoiles par cours", I, "fr", "staff"),
 ("Ados hip-hop — battle de mai\nAudience : groupe ados hip-hop (pas les autres groupes)", I, "fr", "subgroup"),
 ("Ambassador points: how to validate a contribution\nInternal — teachers and office staff\nDo not share with students or parents", I, "en", "staff only"),
 ("Ne pas diffuser / Do not distribute\nListe des Étoiles à relancer avant le gala", I, "fr", "do not distribute"),

 ("CONFIDENTIEL — Bureau de l'association\nSituation financière et avenir du programme Étoiles", C, "fr", "bureau confidential"),
 ("Conseil d'administration du 12 avril\nConfidentiel : différend avec une famille ambassadrice", C, "fr", "board confidential"),
 ("Note confidentielle à Sophie Marchal, présidente\nObjet : plainte d'un parent", C, "fr", "named president"),
 ("CONFIDENTIAL – Board only\nLease renewal and studio move: impact on the Stars program", C, "en", "board"),
 ("Strictement confidentiel — Direction artistique (Inès Carvalho)\nChoix des solistes du gala et rôle des Étoiles", C, "fr", "named director"),
 ("Avocat / Direction — Confidentiel\nDroit à l'image des mineurs dans les vidéos des Étoiles", C, "fr", "legal"),

 ("Charte des Étoiles Arabesque\nVersion 2 — validée par le bureau le 8 juillet 2026", N, "fr", "approval block"),
 ("Bilan saison 2026-2027 du programme Étoiles", N, "fr", "title only"),
 ("brouillon - calendrier des sollicitations sept-déc", N, "fr", "draft"),
 ("Procès-verbal de l'assemblée générale ordinaire du 20 juin 2027", N, "fr", "minutes, no marking"),
 ("Studio Arabesque — association loi 1901 — SIRET 488 000 111 00015\nTous droits réservés", N, "fr", "legal notice"),
 ("Stars program — survey of 94 families\nPrepared by Léa (volunteer), v2", N, "en", "author"),
 ("Demande de subvention — Ville de Lyon\nDossier n° 2027-CULT-331 : programme Étoiles", N, "fr", "grant application"),
 ("What our Stars say about the Saturday classes\nVerbatims collected in class, May", N, "en", "ambassadors as subject"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for prefix, rows in ORGS.items():
        rows = list(rows)
        random.Random("markings-" + prefix).shuffle(rows)
        for i, (head, level, lang, note) in enumerate(rows, 1):
            out.append({"id": f"{prefix}-{i:02d}", "head": head, "level": level,
                        "lang": lang, "note": note})
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases")


if __name__ == "__main__":
    main()
