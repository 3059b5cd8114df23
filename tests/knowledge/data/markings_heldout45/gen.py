#!/usr/bin/env python3
"""Rebuild cases.jsonl and names.json for markings_heldout45 (deterministic, stdlib only).

Flavour: heads of documents that went through paper, scanners, OCR and dictation.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def moji(s):
    """UTF-8 text read back as Windows-1252 (the classic 'Ã©' mojibake)."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([b]).decode("latin-1"))
    return "".join(out)


P, I, C, N = "public", "internal", "confidential", "none"

# (level, lang, head, note) per client; order here is by level, ids are shuffled with a fixed seed.
CLIENTS = {}

# ---------------------------------------------------------------- OLV: Moulin d'Aurèle (olive-oil mill)
CLIENTS["OLV"] = [
    (P, "fr", "Page 1/2                                   Moulin d'Aurèle\n"
              "DIFFUSION : TOUS LES AMIS DU MOULIN\n"
              "Calendrier des récoltes 2026-2027\n"
              "La cueillette commencera le 15 novembre au verger de la Combe ; chaque Ami du Moulin peut s'inscrire pour une demi-journée.",
     "running header, then diffusion to all Amis du Moulin"),
    (P, "fr", "Moulin d'Aurèle — Lettre aux Amis\n"
              "A diffuser à l'ensemble des arnbassadeurs du programme Les Amis du Moulin\n"
              "Journée portes ouvertes du moulin\n"
              "Rendez-vous le sarnedi 4 octobre pour la première pression de la saison.",
     "OCR rn/m in 'ambassadeurs': to all ambassadors of the program"),
    (P, "fr", "« TAMPON : PUBLIC — TOUS LES AMIS »\n"
              "Fiche recette n° 12 : tapenade verte\n"
              "Cette fiche peut être partagée par tous les Amis du Moulin avec leurs proches.\n"
              "Ingrédients : 200 g d'olives vertes dénoyautées, 2 anchois, 1 c. à soupe de câpres.",
     "stamp read as text: PUBLIC, all Amis"),
    (P, "fr", "Note dictée — transcription automatique\n"
              "à tous les amis du moulin virgule ouvrez les guillemets tout le monde fermez les guillemets point\n"
              "Objet : nouveau coffret dégustation\n"
              "Nouveau paragraphe. Le coffret trois huiles arrive en boutique le 2 décembre.",
     "dictated: to all Amis du Moulin, 'tout le monde'"),
    (P, "fr", "Compte rendu de l'assemblée des Amis du Moulin\n"
              "Document diffusable à toute la commu-\n"
              "nauté des Amis du Moulin\n"
              "Merci aux 142 participants venus au moulin le 20 septembre.",
     "hyphenated 'communauté': shareable with the whole community"),
    (P, "fr", moji("Diffusion : tous les ambassadeurs (programme Les Amis du Moulin)\n"
                   "Résultats du concours photo « Mon olivier »\n"
                   "Les trois photos gagnantes seront exposées au moulin tout l'hiver."),
     "mojibake é→Ã©; diffusion to all ambassadors"),
    (P, "fr", "P U B L I C\n"
              "Moulin d'Aurèle — Les Amis du Moulin\n"
              "Guide de l'ambassadeur, édition 2026\n"
              "Ce guide explique comment parrainer un proche et gagner des points Rameau.",
     "spaced-out PUBLIC stamp"),
    (P, "fr", "FAX DE : Moulin d'Aurele   04 00 00 00 00   12/09/2026 10:42   P.01\n"
              "Pour : tous les Amis du Moulin (canal #tous-les-amis)\n"
              "Invitation : fête de l'huile nouvelle\n"
              "Nous vous attendons le 6 décembre dès 10 h sur le parvis du moulin.",
     "fax header, addressed to all Amis du Moulin"),

    (I, "fr", "Réservé aux Amis Rameau d'or\n"
              "Programme de la visite privée de l'oliveraie\n"
              "Les ambassadeurs de niveau Rameau d'or sont invités à une visite guidée du verger centenaire.",
     "one level (Rameau d'or)"),
    (I, "fr", "[TAMPON] USAGE lNTERNE\n"
              "Moulin d'Aurèle — service clients\n"
              "Procédure de remboursement des coffrets abîmés\n"
              "Tout coffret arrivé cassé est remplacé sans justificatif.",
     "stamp 'usage interne' with OCR l/I"),
    (I, "fr", "NB manuscrit (marge haute) : équipe communauté seulement — pas pour les Amis\n"
              "Suivi des sollicitations, octobre\n"
              "Trois Amis ont été sollicités quatre fois ce mois-ci ; il faut ralentir.",
     "handwritten note: community team only"),
    (I, "fr", "Groupe pilote « Huile nouvelle » — diffusion limitée aux 12 testeurs\n"
              "Questionnaire de dégustation, lot 3\n"
              "Merci de noter l'amertume et l'ardence de 1 à 5.",
     "pilot group only"),
    (I, "fr", "Page 2/4                   scan_0043.pdf\n"
              "Diffusion res-\n"
              "treinte : Amis du Moulin de la région Provence\n"
              "Sortie au marché de Carpentras\n"
              "Le car partira du moulin à 7 h 30.",
     "hyphenated 'restreinte', one region"),
    (I, "fr", "Dictée du 3 novembre, transcription\n"
              "deux points réservé à l'équipe du moulin point\n"
              "Objet : planning des saisonniers\n"
              "Les saisonniers pour la trituration commencent le 12 novembre à la ligne merci de prévoir les badges.",
     "dictated: staff of the mill only"),
    (I, "fr", "Jury du concours de recettes uniquement\n"
              "Grille de notation — session 2026\n"
              "Chaque membre du jury note les 24 recettes reçues avant le 30 janvier.",
     "jury only"),
    (I, "fr", moji("Diffusion : salariés du Moulin d'Aurèle\n"
                   "Note de service — horaires d'hiver de la boutique\n"
                   "À partir du 1er janvier, la boutique ferme à 18 h."),
     "mojibake; employees only"),

    (C, "fr", "C O N F I D E N T I E L\n"
              "Réservé à la gérance\n"
              "Projet de rachat du moulin de Buis\n"
              "Le prix demandé par les vendeurs reste à négocier.",
     "spaced CONFIDENTIEL, management (gérance) only"),
    (C, "fr", "CONFlDENTIEL — NE PAS DIFFUSER\n"
              "Budget 2027 du programme Les Amis du Moulin\n"
              "L'enveloppe cadeaux baisse de 18 %.",
     "OCR l/I in CONFIDENTIEL"),
    (C, "fr", "[tampon rouge lu par l'OCR] STRICTEMENT PERSONNEL\n"
              "À l'attention de Mme Aurèle, gérante\n"
              "Objet : départ du responsable qualité\n"
              "Je vous informe de ma décision de quitter le moulin à la fin de la saison.",
     "stamp: strictly personal"),
    (C, "fr", "Diffusion : associés de la famille Aurèle uniquement\n"
              "Répartition des parts sociales 2027\n"
              "À la suite du départ de Bernard, ses parts seront rachetées par la société.",
     "owners (leadership) only"),
    (C, "fr", "Transcription de la note vocale de Claire Aurèle\n"
              "confidentiel virgule pour la gérance seulement point\n"
              "Nouveau paragraphe. Le fournisseur de bouteilles arrête sa ligne en mars.",
     "dictated: confidential, management only"),
    (C, "fr", "Moulin d'Aurèle — gérance\n"
              "Document confiden-\n"
              "tiel\n"
              "Négociation avec la grande distribution\n"
              "Une enseigne nationale nous propose de référencer deux huiles.",
     "'confidentiel' cut over two lines"),

    (N, "fr", "Page 1/1\n"
              "Fiche technique — Huile d'olive vierge extra « Tanche »\n"
              "Acidité : 0,3 %. Récolte 2025.",
     "no mark, page footer only"),
    (N, "fr", "Public visé : familles et enfants dès 6 ans\n"
              "Atelier « Du fruit à l'huile »\n"
              "Les enfants découvrent le broyage des olives à la meule de pierre.",
     "trap: public visé"),
    (N, "fr", "[TAMPON] REÇU LE 14 OCT. 2026\n"
              "Facture fournisseur n° F-2026-311\n"
              "Bouchons liège naturel, 20 000 pièces.",
     "trap: a stamp that is not a readership mark"),
    (N, "fr", "Le secret d'une bonne huile\n"
              "NB manuscrit : relire la partie sur la température\n"
              "La température de malaxage ne doit pas dépasser 27 °C.",
     "trap: 'secret' of a good oil, handwritten note about proofreading"),
    (N, "fr", "Salle réservée : cave voûtée, 18 h\n"
              "Soirée dégustation huiles et fromages de chèvre\n"
              "Prévoir 40 chaises et les verres bleus.",
     "trap: room reserved"),
    (N, "fr", "Politique de confidentialité du site moulin-aurele.fr\n"
              "Nous utilisons votre adresse e-mail uniquement pour vous envoyer la lettre des Amis du Moulin.\n"
              "Vous pouvez vous désinscrire à tout moment.",
     "trap: privacy policy naming the program"),
    (N, "fr", "Note dictée\n"
              "rappel point virgule commander les étiquettes pour la cuvée privée du restaurant Le Mas point\n"
              "La cuvée privée fait 300 bouteilles.",
     "trap: cuvée privée"),
    (N, "fr", "MOULlN D'AURELE — scan_0107.tif\n"
              "Relevé de trituration, semaine 46\n"
              "Olives reçues : 18,4 t ; rendement moyen 16,2 %.",
     "no mark, scanner file name"),
]

# ---------------------------------------------------------------- FSV: Faïencerie de Saint-Vrain (tableware)
CLIENTS["FSV"] = [
    (P, "fr", "Faïencerie de Saint-Vrain — Cercle Émail\n"
              "À tous les Émailleurs\n"
              "Nouvelle collection « Marée basse »\n"
              "Les premières assiettes sortent du four cette semaine ; vous pouvez en parler librement autour de vous.",
     "to all Émailleurs"),
    (P, "fr", moji("Faïencerie de Saint-Vrain\n"
                   "Diffusion : tous les ambassadeurs du Cercle Émail\n"
                   "Calendrier des ateliers de peinture 2027\n"
                   "Les ateliers ont lieu le premier samedi de chaque mois."),
     "mojibake (Ã‰mail); all ambassadors"),
    (P, "fr", "« TAMPON : DIFFUSION LIBRE — TOUT LE CERCLE »\n"
              "Fiche d'entretien des pièces émaillées\n"
              "Évitez le lave-vaisselle pour les pièces à filet or.",
     "stamp: free distribution, whole Cercle"),
    (P, "fr", "Document diﬀusable à toute la communauté des Émailleurs\n"
              "Bilan de la vente de seconds choix\n"
              "Merci : 1 300 pièces ont trouvé preneur en deux jours.",
     "ligature ﬀ; shareable with the whole community"),
    (P, "fr", "Pour : les Émailleurs —\n"
              "(tous niveaux confondus)\n"
              "Objet : parrainage de printemps\n"
              "Chaque filleul reçoit un bol « Saint-Vrain » offert à sa première commande.",
     "addressee over two lines: all Émailleurs, all levels"),
    (P, "fr", "Cercle Émail • Lettre n° 31 • Page 1/3\n"
              "PUBLIC — peut être lu par tous les membres du Cercle Émail\n"
              "Le mot de l'atelier\n"
              "Cet automne, nous avons rallumé le vieux four à bois.",
     "running header + public for all members"),
    (P, "fr", "Ambassadeurs du Cercle Émai1 : ce document est pour vous tous\n"
              "Concours « Ma table en fête »\n"
              "Envoyez une photo de votre table dressée avec nos pièces avant le 20 décembre.",
     "OCR 1/l; addressed to all ambassadors"),
    (P, "fr", "Transcription — message vocal de Léa, community manager\n"
              "à diffuser à tous les émailleurs point\n"
              "nouveau paragraphe bonjour à toutes et à tous virgule la boutique en ligne sera fermée du 24 au 26 décembre point",
     "dictated: to all émailleurs"),

    (I, "fr", "Réservé aux Émailleurs Grand Feu\n"
              "Avant-première : service « Nacre »\n"
              "Vous serez les seuls à voir les prototypes avant le salon de janvier.",
     "top level only"),
    (I, "fr", "[STAMP] DIFFUSION RESTREINTE\n"
              "Faïencerie de Saint-Vrain — atelier de décor\n"
              "Nouveaux temps de cuisson du four n° 2\n"
              "Le palier à 600 °C passe de 40 à 55 minutes.",
     "stamp: restricted distribution"),
    (I, "fr", "Atelier pilote « Bleu de four » — réservé aux 8 participantes\n"
              "Consignes pour l'essai des émaux sans plomb\n"
              "Merci de ne pas publier de photo avant la fin de l'essai.",
     "pilot group only"),
    (I, "fr", "Pour les membres du comité des collectionneurs uniquement\n"
              "Ordre du jour de la réunion du 9 janvier\n"
              "1. Choix de la pièce anniversaire. 2. Budget des rééditions.",
     "ambassadors' committee only"),
    (I, "fr", "Usage interne — équipe communauté\n"
              "Tableau de suivi des Émailleurs inactifs\n"
              "27 Émailleurs n'ont rien publié depuis six mois.",
     "internal use, community team"),
    (I, "fr", "Emailleurs d'lle-de-France seulement\n"
              "Sortie au musée de la céramique\n"
              "Rendez-vous devant l'entrée à 10 h, samedi 17 janvier.",
     "OCR Île→lle; one region"),
    (I, "fr", "note vocale transcrite\n"
              "réservé aux salarié s de la faïencerie point\n"
              "tarifs du personnel pour les fêtes deux points moins 30 pour cent sur toute la collection",
     "dictated: employees only (transcription split 'salarié s')"),
    (I, "fr", "NB manuscrit en haut à droite : « interne — ne pas transmettre aux Émailleurs »\n"
              "FAQ du service après-vente (brouillon)\n"
              "Q : une pièce fêlée à la livraison est-elle remplacée ?",
     "handwritten: internal, not for ambassadors"),

    (C, "fr", "STRICTEMENT CONFIDENTIEL\n"
              "Faïencerie de Saint-Vrain — CODIR du 4 novembre\n"
              "Fermeture envisagée de l'atelier de Briare\n"
              "Les volumes ne couvrent plus les coûts fixes depuis 2024.",
     "strictly confidential"),
    (C, "fr", "Diffusion : membres du comité de direction\n"
              "Plan social 2027 — hypothèses\n"
              "Deux scénarios sont à l'étude.",
     "comité de direction only"),
    (C, "fr", moji("CONFIDENTIEL — NE PAS DIFFUSER\n"
                   "Rémunération des artisans décorateurs\n"
                   "La grille 2027 prévoit une hausse de 2 %."),
     "mojibake (â€”, Ã©); confidential"),
    (C, "fr", "[tampon] SECRET — conseil de surveillance\n"
              "Offre de reprise reçue le 2 décembre\n"
              "Un groupe céramique étranger propose de racheter 60 % du capital.",
     "stamp: secret, supervisory board"),
    (C, "fr", "Document stric-\n"
              "tement confidentiel : réservé au président du directoire\n"
              "Note sur le litige avec l'ancien distributeur\n"
              "Notre avocat recommande une transaction.",
     "hyphenated 'strictement confidentiel', chairman"),
    (C, "fr", "transcription dictaphone\n"
              "confidentiel point à ne pas diffuser en dehors du codir point\n"
              "nouveau paragraphe le prix de l'argile augmente de 40 pour cent en mars",
     "dictated: confidential, CODIR"),

    (N, "fr", "Fiche produit — Assiette plate « Marée basse » Ø 27 cm\n"
              "Faïence stannifère, décor peint main.\n"
              "Page 1/1",
     "no mark"),
    (N, "fr", "Public visé : grand public et scolaires\n"
              "Visite de l'atelier de décor\n"
              "Durée : 1 h 15 ; groupes de 25 personnes au plus.",
     "trap: public visé"),
    (N, "fr", "Cuisson en atmosphère réductrice et pression interne du four\n"
              "Note technique n° 7\n"
              "Au-delà de 980 °C, surveiller le tirage de la cheminée.",
     "trap: pression interne"),
    (N, "fr", "[STAMP] APPROUVÉ — CQ 12/11\n"
              "Bon de fabrication n° 4471\n"
              "Bol à anses, émail céladon, 600 pièces.",
     "trap: quality stamp"),
    (N, "fr", "Mentions légales et confidentialité\n"
              "Les données de commande sont conservées trois ans.\n"
              "Vous pouvez demander leur suppression à tout moment.",
     "trap: confidentialité (privacy)"),
    (N, "fr", "note dictée\n"
              "commander deux palettes de cartons point virgule vérifier le stock de papier de soie point\n"
              "à la ligne le transporteur passe jeudi",
     "dictated, no mark"),
    (N, "fr", "FAIENCERlE DE SAINT-VRAlN\n"
              "scan_2026-11-03_0012.pdf\n"
              "Inventaire des moules en plâtre\n"
              "Moule 118 (soupière) : fissuré, à refaire.",
     "OCR header and file name, no mark"),
    (N, "fr", "Réservé : table 4 pour la famille Morel\n"
              "Menu du déjeuner des artisans, 12 décembre\n"
              "Velouté de potimarron, tourte, tarte aux poires.",
     "trap: table réservée"),
]

# ---------------------------------------------------------------- ABV: Auto-école Bon Virage (driving schools)
CLIENTS["ABV"] = [
    (P, "fr", "Auto-école Bon Virage — Les Passeurs\n"
              "À TOUS LES PASSEURS\n"
              "Nouveau barème de points 2027\n"
              "Un élève parrainé qui obtient son permis vous rapporte désormais 300 points.",
     "to all Passeurs"),
    (P, "fr", "Diffusion : tous les ambassadeurs Bon Virage\n"
              "Guide du parrainage\n"
              "Vous pouvez parrainer un proche dès qu'il s'inscrit au code.",
     "all ambassadors"),
    (P, "fr", "P0UR T0US LES PASSEURS (canal Discord #tous-les-passeurs)\n"
              "Soirée de remerciement du 14 février\n"
              "Rendez-vous à l'agence de Rennes-Centre à 19 h.",
     "OCR 0/O; all Passeurs and their all-members channel"),
    (P, "fr", "« TAMPON : PUBLIC »\n"
              "Bon Virage — fiche conseil n° 4\n"
              "Préparer l'épreuve pratique sans stress : à partager sans modération.",
     "stamp PUBLIC"),
    (P, "fr", "Ce document est destiné à l'ensem-\n"
              "ble des Passeurs, tous secteurs confondus\n"
              "Résultats du challenge d'automne\n"
              "87 inscriptions parrainées en deux mois : merci !",
     "hyphenated 'ensemble', all Passeurs"),
    (P, "fr", "FAX  Auto-ecole Bon Virage siege   05/10/2026 09:12   p. 1/2\n"
              "Destinataires : tous les Passeurs\n"
              "Objet : fermeture des agences le 11 novembre\n"
              "Les cours de code en ligne restent ouverts.",
     "fax header, to all Passeurs"),
    (P, "fr", "message dicté par Julien virgule animateur des Passeurs\n"
              "à l'attention de tous les passeurs deux points\n"
              "merci pour vos avis en ligne point on passe la barre des 500 avis point",
     "dictated: to all passeurs"),
    (P, "fr", moji("À diffuser à toute la communauté des Passeurs\n"
                   "Nouveau : la conduite accompagnée dès 15 ans\n"
                   "Parlez-en autour de vous."),
     "mojibake (Ã€, Ã©); whole community"),

    (I, "fr", "Réservé aux Passeurs Confirmés\n"
              "Invitation : rencontre avec un inspecteur du permis de conduire\n"
              "Les Passeurs de niveau Confirmé pourront poser leurs questions sur l'examen.",
     "one level"),
    (I, "fr", "Moniteurs et personnel des agences uniquement\n"
              "Nouvelle procédure de réservation des véhicules double commande\n"
              "Toute réservation passe par l'agenda partagé.",
     "staff only"),
    (I, "fr", "Diffusion : Passeurs du secteur Bretagne seulement\n"
              "Planning des forums lycées\n"
              "Le forum de Vannes a lieu le 22 janvier.",
     "one region"),
    (I, "fr", "USAGE lNTERNE — NE PAS AFFlCHER EN AGENCE\n"
              "Taux de réussite par agence, 3e trimestre\n"
              "Les écarts entre agences restent importants.",
     "OCR l/I; internal use"),
    (I, "fr", "Groupe pilote « Conduite accompagnée » (15 familles)\n"
              "Pour les participants au pilote uniquement\n"
              "Questionnaire de mi-parcours à rendre avant le 15 mars.",
     "pilot group only"),
    (I, "fr", "NB manuscrit : pour l'équipe communauté, pas pour les Passeurs\n"
              "Liste des Passeurs à relancer\n"
              "Six Passeurs n'ont pas répondu à la sollicitation de décembre.",
     "handwritten: community team only"),
    (I, "fr", "note vocale transcrite\n"
              "diffusion restreinte point virgule jury du trophée du meilleur passeur point\n"
              "les trois finalistes sont présentés ci-dessous à la ligne",
     "dictated: restricted, jury"),
    (I, "fr", "I N T E R N E\n"
              "Auto-école Bon Virage — service planning\n"
              "Règles d'attribution des créneaux d'examen\n"
              "Les créneaux sont attribués par ordre d'inscription.",
     "spaced INTERNE stamp"),

    (C, "fr", "CONFIDENTIEL — direction générale\n"
              "Projet d'ouverture de 6 agences en 2027\n"
              "Les villes retenues figurent en annexe.",
     "confidential, leadership"),
    (C, "fr", "Réservé aux associés fondateurs\n"
              "Valorisation du réseau Bon Virage\n"
              "Un fonds d'investissement a pris contact en octobre.",
     "founders only"),
    (C, "fr", "C0NFIDENTIEL\n"
              "Contrôle de la préfecture — agence de Brest\n"
              "L'inspection a relevé trois dossiers incomplets.",
     "OCR 0/O in CONFIDENTIEL"),
    (C, "fr", "Conﬁdentiel — ne pas diﬀuser\n"
              "Litige avec un ancien moniteur\n"
              "L'audience aux prud'hommes est fixée au 3 mars.",
     "ligatures ﬁ/ﬀ; confidential (note: 'audience' = hearing)"),
    (C, "fr", "transcription automatique\n"
              "strictement personnel virgule à l'attention du directeur général point\n"
              "objet deux points demande de rupture conventionnelle",
     "dictated: strictly personal"),
    (C, "fr", "[STAMP] SECRET\n"
              "Comité de direction du 8 décembre — relevé de décisions\n"
              "Hausse des tarifs de 6 % au 1er mars.",
     "stamp SECRET"),

    (N, "fr", "Public concerné : candidats libres\n"
              "Préparer l'examen du code de la route\n"
              "L'examen se passe dans un centre agréé, sur tablette.",
     "trap: public concerné"),
    (N, "fr", "Circulation sur la voie publique : rappel des règles\n"
              "Fiche pédagogique n° 12\n"
              "Le clignotant s'active avant le changement de direction.",
     "trap: voie publique"),
    (N, "fr", "Parking réservé aux véhicules de l'auto-école\n"
              "Agence de Lorient — plan d'accès\n"
              "L'entrée se fait par la rue des Forges.",
     "trap: parking réservé"),
    (N, "fr", "Leçons privées sur circuit fermé\n"
              "Tarif : 55 € l'heure\n"
              "Le circuit accueille les élèves le samedi matin.",
     "trap: leçons privées"),
    (N, "fr", "Page 3/3\n"
              "Fiche véhicule : citadine double commande, immatriculation AA-000-AA\n"
              "Prochaine révision : 15 000 km.",
     "no mark"),
    (N, "fr", "Moteur à combustion interne ou électrique : quel permis ?\n"
              "Article pour le blog\n"
              "Un permis passé sur boîte automatique peut être étendu à la boîte manuelle après 7 heures de formation.",
     "trap: combustion interne"),
    (N, "fr", "mémo vocal\n"
              "acheter des cônes de signalisation point virgule faire réparer le rétroviseur de la voiture 3 point",
     "dictated, no mark"),
    (N, "fr", "[TAMPON] DUPLICATA\n"
              "Attestation de fin de formation\n"
              "L'élève a suivi 20 heures de conduite.",
     "trap: duplicate stamp"),
]

# ---------------------------------------------------------------- KWS: Kestrelwing Surveys (drone surveying, English)
CLIENTS["KWS"] = [
    (P, "en", "KESTRELWING SURVEYS — FLIGHT CREW\n"
              "For all Flight Crew members\n"
              "Spring meet-up: 18 April, Leeds hangar\n"
              "Bring your own drone; we provide the coffee.",
     "all Flight Crew members"),
    (P, "en", "[STAMP] PUBLIC\n"
              "Kestrelwing Flight Crew handbook, v3\n"
              "How points, tiers and referral rewards work.",
     "stamp PUBLIC"),
    (P, "en", "Distribution: aII ambassadors (Kestrelwing FIight Crew)\n"
              "Release notes — KW Map 5.2\n"
              "The new orthomosaic export is 40% faster.",
     "OCR I/l; all ambassadors"),
    (P, "en", "Page 1 of 2                                    kestrelwing_scan_0091.pdf\n"
              "Share freely with the whole Crew community\n"
              "Photo contest results\n"
              "The winning shot shows a flooded quarry at dawn.",
     "running header; whole Crew community"),
    (P, "en", "Voice memo transcript (auto)\n"
              "to all crew comma new paragraph\n"
              "thank you for the reviews full stop we reached 300 on the app store full stop",
     "dictated: to all crew"),
    (P, "en", "This note goes to every ambas-\n"
              "sador in the Flight Crew programme\n"
              "New referral reward: a spare battery for every signed customer.",
     "hyphenated 'ambassador'; every ambassador"),
    (P, "en", "FAX FROM: Kestrelwing HQ   +44 0000 000000   03 NOV 2026 14:05   P.1\n"
              "TO: ALL FLIGHT CREW\n"
              "RE: Office closed 24–26 December\n"
              "Support tickets will be answered from the 29th.",
     "fax header; to all Flight Crew"),
    (P, "en", "O P E N   T O   A L L   C R E W\n"
              "Webinar: planning a roof inspection flight\n"
              "Thursday 5 pm GMT, link in the #all-crew channel.",
     "spaced letters: open to all Crew"),

    (I, "en", "Crew Leads only\n"
              "Preview: thermal camera payload T2\n"
              "Please keep the spec sheet within the Crew Leads group until launch.",
     "one tier"),
    (I, "en", "[STAMP] INTERNAL USE\n"
              "Kestrelwing support team — escalation matrix\n"
              "Tier 2 tickets go to the flight ops desk within 4 hours.",
     "stamp internal use"),
    (I, "en", "Beta Squadron — testers onIy\n"
              "Firmware 7.0 beta, build 7.0.0-rc2\n"
              "Known issue: the return-to-home altitude resets after a reboot.",
     "OCR I/l in 'only'; pilot group"),
    (I, "en", "Handwritten note in the margin: 'staff only, not for Crew'\n"
              "Ambassador workload review, Q3\n"
              "Four Crew members were asked more than twice a month.",
     "handwritten: staff only"),
    (I, "en", "Distribution: Nordic chapter of the Flight Crew\n"
              "Oslo field day logistics\n"
              "The bus leaves the hotel at 07:45.",
     "one chapter (region)"),
    (I, "en", "Internal — employees of Kestrelwing Surveys\n"
              "New expense policy for trade fairs\n"
              "Hotel cap raised to £140 per night.",
     "employees only"),
    (I, "en", "dictation transcript\n"
              "restricted to the awards jury full stop new paragraph\n"
              "shortlist for crew member of the year colon five names below",
     "dictated: jury only"),
    (I, "en", "Limited circu-\n"
              "lation: community team\n"
              "Draft solicitation calendar, Jan–Mar\n"
              "We need three Crew members for the spring trade fair.",
     "hyphenated 'circulation'; community team"),

    (C, "en", "STRICTLY CONFIDENTIAL — BOARD ONLY\n"
              "Series B term sheet summary\n"
              "The lead investor proposes a board seat and a 1x preference.",
     "board only"),
    (C, "en", "C0NFIDENTlAL\n"
              "Founders' memo: CTO succession\n"
              "After eight years, Sam will step down in June.",
     "OCR 0/O and l/I in CONFIDENTIAL"),
    (C, "en", "[STAMP] CONFIDENTIAL — DO NOT DISTRIBUTE\n"
              "Incident report: drone loss near a rail line\n"
              "On 12 October an X4 lost its control link during a corridor survey.",
     "stamp confidential"),
    (C, "en", "Conﬁdential: executive leadership team\n"
              "Pricing review 2027\n"
              "We plan to raise the enterprise tier by 12%.",
     "ligature ﬁ; leadership"),
    (C, "en", "voice note transcript\n"
              "secret comma for the founders only full stop\n"
              "the acquisition talks with the mapping firm resume on Monday",
     "dictated: secret, founders"),
    (C, "en", moji("Strictly personal — for the CEO\n"
                   "Subject: my resignation\n"
                   "I am writing to let you know that I will leave at the end of March."),
     "mojibake dash; strictly personal"),

    (N, "en", "Public airspace rules for survey flights\n"
              "Training sheet 4\n"
              "Stay below 120 m and keep visual line of sight.",
     "trap: public airspace"),
    (N, "en", "Flights over private land need the owner's consent\n"
              "Site briefing — Holm Farm\n"
              "The gate code will be given on the day.",
     "trap: private land"),
    (N, "en", "Data confidentiality in client surveys: our approach\n"
              "Blog draft\n"
              "Raw imagery is deleted 90 days after delivery unless the client asks otherwise.",
     "trap: confidentiality as a topic"),
    (N, "en", "[STAMP] RECEIVED 07 NOV 2026\n"
              "Supplier invoice #55812\n"
              "Carbon propellers, 200 units.",
     "trap: received stamp"),
    (N, "en", "Reserved frequency band: 5.8 GHz\n"
              "Technical note TN-019\n"
              "Video downlink interference near airports.",
     "trap: reserved frequency"),
    (N, "en", "Page 2 of 2\n"
              "X4 pre-flight checklist\n"
              "1. Props secure. 2. Battery above 95%.",
     "no mark"),
    (N, "en", "voice memo\n"
              "remind me to book the van comma and buy gaffer tape full stop",
     "dictated, no mark"),
    (N, "en", "Internal battery replacement — X4 series\n"
              "Service bulletin SB-2026-08\n"
              "The internal cell must be swapped every 300 cycles.",
     "trap: internal battery"),
]

# ---------------------------------------------------------------- TWP: Tidewell Pools / Piscines Tidewell (pool builder)
CLIENTS["TWP"] = [
    (P, "en", "Tidewell Insiders — for every Insider\n"
              "Summer opening checklist\n"
              "Remove the winter cover only when the water is above 12°C.",
     "every Insider"),
    (P, "en", "[STAMP] PUBLIC — ALL INSIDERS\n"
              "Referral rewards 2027\n"
              "Each referred pool build earns you a free robot-cleaner service.",
     "stamp public, all Insiders"),
    (P, "en", "To: aII Tidewell lnsiders\n"
              "new paragraph newsletter number 14\n"
              "Our Bordeaux showroom opens on 3 May.",
     "OCR I/l; dictation artefact; all Insiders"),
    (P, "en", "Page 1/2   tidewell_scan_0007.jpg\n"
              "Shareable with the whole Insider community\n"
              "Photo gallery: your pools this summer\n"
              "Thank you for 212 photos!",
     "scanner header; whole community"),
    (P, "en", "transcript of voice note from Tom (community)\n"
              "for all ambassadors full stop new paragraph\n"
              "the pool party is on Saturday 14 June comma bring swimwear full stop",
     "dictated: all ambassadors"),
    (P, "fr", "Piscines Tidewell — programme Insiders\n"
              "À tous les Insiders\n"
              "Soirée d'été au showroom d'Agen\n"
              "Venez avec vos enfants, il y aura des jeux d'eau.",
     "to all Insiders"),
    (P, "fr", moji("Diffusion : tous les ambassadeurs Tidewell (France et Royaume-Uni)\n"
                   "Guide d'hivernage, édition 2026\n"
                   "Baissez le niveau d'eau sous les skimmers."),
     "mojibake; all ambassadors"),
    (P, "fr", "Document diffusable à toute la commu-\n"
              "nauté Insiders\n"
              "Résultats de l'enquête de satisfaction\n"
              "92 % des Insiders recommanderaient Tidewell.",
     "hyphenated 'communauté'; whole community"),

    (I, "en", "Gold Insiders only\n"
              "Invitation: factory visit in Sheffield\n"
              "Twelve places, first come first served.",
     "one tier"),
    (I, "en", "[STAMP] INTERNAL USE ONLY\n"
              "Installer onboarding checklist\n"
              "Every new installer shadows a senior fitter for two builds.",
     "stamp internal use only"),
    (I, "en", "Eco-heat pilot group (14 households) — not for general release\n"
              "Heat-pump logbook instructions\n"
              "Please read the meter every Sunday evening.",
     "pilot group only"),
    (I, "en", "Handwritten at the top: 'staff only — do not forward to Insiders'\n"
              "Complaints summary, October\n"
              "Three liners were fitted with visible creases.",
     "handwritten: staff only"),
    (I, "en", "Design panel members only\n"
              "Agenda: 2027 colour range review\n"
              "We will compare six tile samples.",
     "ambassadors' design panel only"),
    (I, "fr", "Réservé aux Insiders du Sud-Ouest\n"
              "Visite d'un chantier à Mont-de-Marsan\n"
              "Rendez-vous sur place le 12 mai à 9 h.",
     "one region"),
    (I, "fr", "USAGE lNTERNE — équipe Tidewell France\n"
              "Procédure de mise en eau\n"
              "Toujours vérifier l'étanchéité avant le remplissage complet.",
     "OCR l/I; internal use"),
    (I, "fr", "note dictée\n"
              "réservé à l'équipe communauté point virgule pas aux insiders point\n"
              "les relances de décembre partent lundi",
     "dictated: community team only"),

    (C, "en", "CONFIDENTIAL — Board of directors\n"
              "Q4 trading update\n"
              "Revenue is 9% below plan after the wet summer.",
     "board only"),
    (C, "en", "STRlCTLY C0NFIDENTIAL\n"
              "Hallam family — succession plan\n"
              "Peter Hallam's shares will pass to a family holding.",
     "OCR in STRICTLY CONFIDENTIAL"),
    (C, "en", "For the owners only (Hallam family) — confidential\n"
              "Offer from a pool chain to buy Tidewell\n"
              "The offer is 20% above last year's valuation.",
     "owners only"),
    (C, "en", "S E C R E T\n"
              "Supplier dispute: liner batch 2026-14\n"
              "Our lawyers advise us not to comment publicly.",
     "spaced SECRET"),
    (C, "fr", "CONFIDENTIEL — comité de direction\n"
              "Fermeture du showroom de Pau\n"
              "Le bail ne sera pas renouvelé.",
     "confidential, comité de direction"),
    (C, "fr", moji("Strictement confidentiel — ne pas diffuser\n"
                   "Rémunération variable des commerciaux 2027\n"
                   "Le bonus passe de 4 à 5 %."),
     "mojibake; strictly confidential"),

    (N, "en", "Public pool or private pool: which hygiene rules apply?\n"
              "Blog draft\n"
              "Private pools do not need a daily chlorine log.",
     "trap: public/private pool"),
    (N, "en", "Page 1 of 1\n"
              "Quote Q-88120 — 8 x 4 m liner pool, Gironde\n"
              "Excavation, liner and filtration included.",
     "no mark"),
    (N, "en", "[STAMP] PAID 02/12/2026\n"
              "Invoice INV-3312\n"
              "Heat pump 12 kW, supplied and installed.",
     "trap: paid stamp"),
    (N, "en", "voice memo\n"
              "chlorine tablets comma pH minus comma two filter cartridges full stop",
     "dictated, no mark"),
    (N, "en", "Reserved parking for delivery lorries\n"
              "Showroom site plan, Agen\n"
              "Lorries must enter through the north gate.",
     "trap: reserved parking"),
    (N, "en", "Confidentiality of your data when you book a visit\n"
              "We only use your phone number to confirm the appointment.",
     "trap: confidentiality of customer data"),
    (N, "fr", "Public visé : propriétaires de piscine hors-sol\n"
              "Fiche conseil : hiverner une piscine hors-sol\n"
              "Nettoyez la ligne d'eau avant de bâcher.",
     "trap: public visé"),
    (N, "fr", "PlSClNES TlDEWELL — scan_0212.pdf\n"
              "Rapport d'intervention n° 771\n"
              "Fuite sur le refoulement, joint remplacé.",
     "OCR header, no mark"),
]

NAMES = {
    "ambassadors": [
        "ambassadeur", "ambassadeurs", "Ambassadeur", "Ambassadeurs", "AMBASSADEURS",
        "ambassadrice", "ambassadrices", "Ambassadrice", "Ambassadrices",
        "ambassador", "ambassadors", "Ambassador", "Ambassadors", "AMBASSADORS",
        # OLV
        "Amis du Moulin", "Ami du Moulin", "Les Amis du Moulin", "AMIS DU MOULIN", "amis du moulin", "Amis",
        # FSV
        "Émailleurs", "Émailleur", "émailleurs", "Emailleurs", "Cercle Émail", "Cercle",
        # ABV
        "Passeurs", "Passeur", "passeurs", "PASSEURS", "Les Passeurs",
        # KWS
        "Flight Crew", "FLIGHT CREW", "Crew", "crew", "CREW", "Kestrelwing Flight Crew",
        # TWP
        "Insiders", "Insider", "insiders", "INSIDERS", "Tidewell Insiders",
    ],
    "clients": [
        "Moulin d'Aurèle", "Moulin d'Aurele", "MOULIN D'AURELE", "Les Amis du Moulin",
        "Faïencerie de Saint-Vrain", "Faiencerie de Saint-Vrain", "Saint-Vrain", "Cercle Émail",
        "Auto-école Bon Virage", "Auto-ecole Bon Virage", "Bon Virage", "Les Passeurs",
        "Kestrelwing Surveys", "Kestrelwing", "KESTRELWING SURVEYS", "Kestrelwing Flight Crew", "KW Map",
        "Tidewell Pools", "Piscines Tidewell", "Tidewell", "Tidewell Insiders",
    ],
}

SEED = 45


def build():
    rows = []
    for prefix, cases in CLIENTS.items():
        order = list(range(len(cases)))
        random.Random(f"{SEED}-{prefix}").shuffle(order)
        for n, idx in enumerate(order, start=1):
            level, lang, head, note = cases[idx]
            rows.append({"id": f"{prefix}-{n:02d}", "head": head, "level": level,
                         "lang": lang, "note": note})
    return rows


def main():
    rows = build()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
