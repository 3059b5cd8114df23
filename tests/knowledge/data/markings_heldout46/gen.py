#!/usr/bin/env python3
"""Rebuild every data file of markings_heldout46 (deterministic, stdlib only).

Run from this folder: python3 gen.py
Writes cases.jsonl, names.json and README.md.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

P, I, C, N = "public", "internal", "confidential", "none"

# (level, lang, note, head) per client, in id order.
CLIENTS = {}

# ---------------------------------------------------------------- VRL
# Verrelab: laboratory glassware and equipment, Lyon; teams in Mainz, Milan, Eindhoven.
CLIENTS["VRL"] = [
    (P, "fr", "'Diffusion : tous les Fellows' + German 'Verteiler: alle Fellows' = all ambassadors",
     "**Diffusion : tous les Fellows** / Verteiler: alle Fellows\n\n"
     "# Calendrier des webinaires 2027\n"
     "Voici les six webinaires prévus au premier semestre, de l'étalonnage des pipettes à la verrerie borosilicatée."),
    (P, "fr", "German 'Für alle Botschafter·innen' and French 'tous les ambassadeurs Verrelab' = all ambassadors",
     "Für alle Botschafter·innen – à diffuser à tous les ambassadeurs Verrelab\n"
     "Guide du témoignage vidéo\n"
     "Quelques conseils pour filmer votre paillasse sans montrer les cahiers de manip ni les étiquettes d'échantillons."),
    (P, "fr", "Italian 'Per tutti gli ambasciatori' = for all ambassadors",
     "Per tutti gli ambasciatori — merci à Giulia (Milan) pour la relecture\n"
     "## Fiche produit : burettes numériques BX-50\n"
     "La nouvelle burette arrive en mars ; voici ce que vous pouvez en dire librement autour de vous."),
    (P, "en", "'OK to share with the whole Fellows community' = all ambassadors",
     "OK to share with the whole Fellows community\n"
     "# Lab tour recap – Mainz, 14 November\n"
     "Thanks to the 23 Fellows who joined us at the Mainz plant last week; here are the photos and the Q&A."),
    (P, "en", "audience line: all Fellows, public within the network",
     "Audience: all Fellows (public within the network)\n"
     "Referral scheme – how it works in 2027\n"
     "Every lab you introduce earns you 200 points once its first order ships."),
    (P, "fr", "'Public — Réseau Fellows' = the whole program network",
     "Public — Réseau Fellows\n"
     "FAQ : points, niveaux et cadeaux\n"
     "Combien de points pour un avis en ligne ? Quand passe-t-on au niveau suivant ? Tout est ici."),
    (P, "en", "'FYI all Fellows' + forward within the network = all ambassadors",
     "FYI all Fellows – feel free to forward within the network\n"
     "New sample-request form\n"
     "From Monday, samples are requested through the new form rather than by e-mail to your sales rep."),
    (P, "fr", "Dutch 'Voor alle ambassadeurs' + 'ouvert à tous les Fellows'",
     "Voor alle ambassadeurs – document de l'équipe d'Eindhoven, ouvert à tous les Fellows\n"
     "Résultats du concours photo « Ma paillasse »\n"
     "Vous avez envoyé 64 photos ; voici les trois qui ont reçu le plus de votes."),
    (I, "fr", "German 'Nur für den internen Gebrauch' (internal use only), placed under the title",
     "Bilan des sollicitations — 3e trimestre\n"
     "*Nur für den internen Gebrauch*\n"
     "Taux de réponse moyen : 58 % ; délai moyen de réponse : 4,2 jours ; deux Fellows n'ont rien reçu depuis juin."),
    (I, "fr", "reserved to a level (Senior Fellows)",
     "Réservé aux Senior Fellows\n"
     "Invitation : visite de l'usine de Milan\n"
     "Dix places pour découvrir la ligne de soufflage du verre, le 12 février."),
    (I, "en", "need-to-know limited to the community team (staff)",
     "Need-to-know: community team only\n"
     "Fellows at risk of drifting away\n"
     "Eleven Fellows have not contributed for 90 days; here is who, and what we suggest for each."),
    (I, "fr", "one regional group (DACH), French and German",
     "Groupe DACH uniquement / nur DACH-Gruppe\n"
     "Compte rendu de l'atelier JE de Mayence\n"
     "Les Fellows allemands et autrichiens ont surtout parlé de délais de livraison et de documentation en allemand."),
    (I, "en", "NDA-covered pilot group (Benelux pilot)",
     "NDA-covered – Benelux pilot group only\n"
     "Prototype: cordless pipette controller PC-9\n"
     "You are among the 12 labs testing the PC-9 before launch; please keep photos off social media."),
    (I, "fr", "scientific committee of ambassadors only",
     "Comité scientifique des Fellows — document de séance, à ne pas faire circuler hors du comité\n"
     "Ordre du jour de la réunion du 9 janvier\n"
     "1. Choix des thèmes de contenu 2027 ; 2. Candidatures au comité ; 3. Retour sur le webinaire de novembre."),
    (I, "en", "all-hands, staff only",
     "All-hands Verrelab – staff only\n"
     "Slides: where the Fellows program stands\n"
     "Shown to all employees at the December all-hands in Lyon, with the figures by country."),
    (I, "fr", "Italian 'Uso interno' for the Italian sales team",
     "Uso interno — équipe commerciale Italie\n"
     "Liste des laboratoires à inviter au programme\n"
     "Ces 30 clients ont un NPS supérieur à 9 et plus de trois ans de commandes régulières."),
    (C, "fr", "German 'Vertraulich' = confidential",
     "Vertraulich\n"
     "Budget du programme Fellows 2027\n"
     "Le budget cadeaux passe de 42 k€ à 55 k€, sous réserve de validation en janvier."),
    (C, "fr", "'Streng vertraulich — nur Geschäftsführung' = strictly confidential, management only",
     "Streng vertraulich — nur Geschäftsführung\n"
     "Projet de rachat d'un distributeur autrichien\n"
     "Impact possible sur le réseau Fellows DACH si l'opération aboutit au printemps."),
    (C, "en", "board eyes only (leadership)",
     "Board eyes only\n"
     "Fellows program ROI – draft for the board meeting\n"
     "Influenced revenue reached €1.8M this year, against €1.1M planned."),
    (C, "fr", "Italian 'Riservato — solo comitato di direzione' = leadership only",
     "Riservato — solo comitato di direzione\n"
     "Prix 2027 : hausse envisagée sur la verrerie graduée\n"
     "Le comité de direction doit trancher avant toute annonce aux Fellows et aux distributeurs."),
    (C, "fr", "CONFIDENTIEL + comité de direction",
     "# Réorganisation de l'équipe communauté\n"
     "> CONFIDENTIEL — comité de direction\n"
     "Deux scénarios sont étudiés pour rattacher l'équipe communauté au marketing ou au service client."),
    (C, "en", "strictly personal note to one employee",
     "Strictly personal – for Anja Weber\n"
     "Your 2027 objectives as community lead DACH\n"
     "Following our review, here are the three objectives we agreed and how your bonus is computed."),
    (N, "fr", "trap: 'confidentialité' is the subject (privacy policy), no readership mark",
     "# Politique de confidentialité du programme Verrelab Fellows\n"
     "Nous collectons votre nom, votre laboratoire et vos contributions pour gérer vos points et vos niveaux."),
    (N, "fr", "trap: 'public visé' is the product's target users",
     "Fiche technique — Dessiccateur sous vide DV-300\n"
     "Public visé : laboratoires d'enseignement et de recherche.\n"
     "Le DV-300 maintient un vide de 10 mbar pendant 48 h sans pompe."),
    (N, "en", "trap: German 'Vertraulichkeit' is about how samples are handled, not a mark",
     "Datenschutz und Vertraulichkeit: how we handle your samples\n"
     "Samples you send for testing are destroyed after analysis, and no result leaves our Mainz lab without your consent."),
    (N, "fr", "trap: 'salle réservée' is a booked room; the head asks Fellows to help but carries no mark",
     "Salon Analytica, Munich — stand B2.114\n"
     "Une salle de réunion est réservée pour les rendez-vous clients le mardi.\n"
     "Nous cherchons trois Fellows pour témoigner sur le stand."),
    (N, "fr", "trap: 'interne' is the cooling circuit",
     "Procédure : nettoyage des réfrigérants à reflux\n"
     "Le circuit interne de refroidissement doit être purgé avant toute désinfection à l'éthanol."),
    (N, "en", "trap: 'need-to-know' used as an adjective in a title",
     "Need-to-know basics for new lab managers\n"
     "Ten things to check before you order volumetric glassware for a new lab."),
    (N, "fr", "unmarked workshop notes",
     "Notes de l'atelier NOUS — 3 octobre\n"
     "Raison d'être proposée : rendre la paillasse plus sûre et plus précise pour chaque chercheur.\n"
     "Objectifs discutés : plus de recommandations entre laboratoires, plus de témoignages en allemand."),
    (N, "fr", "trap: a template NDA is the subject, the head itself is not marked",
     "Modèle d'accord de confidentialité (NDA) pour les tests de prototypes\n"
     "Cet accord est signé par chaque laboratoire avant la réception d'un prototype."),
]

# ---------------------------------------------------------------- ARD
# Maison Ardelle: sparkling wine house, Épernay; teams in Milan, Düsseldorf, Brussels, Lisbon.
CLIENTS["ARD"] = [
    (P, "fr", "'à diffuser à tous les Cuvistes' + Italian 'Per tutti i Cuvistes'",
     "À diffuser à tous les Cuvistes — Per tutti i Cuvistes\n"
     "# Vendanges 2026 : le bilan\n"
     "Une année précoce, des raisins magnifiques et 38 Cuvistes venus couper avec nous."),
    (P, "en", "'for wide circulation' to all Club Ardelle members (= the ambassadors)",
     "For wide circulation – all Club Ardelle members\n"
     "Holiday gifting guide 2026\n"
     "Three cuvées, three price points, and a few words you can use when you recommend them."),
    (P, "fr", "Portuguese 'Para todos os embaixadores' = for all ambassadors",
     "Para todos os embaixadores (traduction : équipe de Lisbonne)\n"
     "Nouveau barème de points\n"
     "Un avis en ligne vaut désormais 30 points, un témoignage vidéo 150."),
    (P, "fr", "bold distribution line: the whole Club, all ambassadors",
     "**Diffusion : Club Ardelle — tous les ambassadeurs**\n"
     "Calendrier des dégustations de printemps\n"
     "Six dates, de Bruxelles à Milan ; inscrivez-vous avant le 15 février."),
    (P, "en", "'FYI all Cuvistes'",
     "FYI all Cuvistes\n"
     "New label for the Blanc de Blancs\n"
     "The 2020 vintage ships with a new label; here is what changed and why."),
    (P, "fr", "German 'Für alle Botschafter und Botschafterinnen' + whole community",
     "Für alle Botschafter und Botschafterinnen – à partager avec toute la communauté Ardelle\n"
     "Kit réseaux sociaux — Saint-Valentin\n"
     "Visuels, mots-clés et deux textes courts à reprendre à votre façon."),
    (P, "en", "'Public — shared with every Cuviste'",
     "Public — shared with every Cuviste\n"
     "How to write a review that sounds like you\n"
     "A few dos and don'ts from the community team, with examples written by Cuvistes."),
    (P, "fr", "'Ouvert à tout le Club' + Dutch 'voor alle ambassadeurs'",
     "Ouvert à tout le Club — voor alle ambassadeurs\n"
     "Invitation : apéritif au salon ProWein\n"
     "Retrouvez-nous sur le stand de Düsseldorf le 16 mars à 17 h."),
    (I, "fr", "Italian 'Riservato ai Cuvistes Prestige' = reserved to a level",
     "Riservato ai Cuvistes Prestige\n"
     "Dégustation de la cuvée 2012 en magnum\n"
     "Douze places, le 4 avril, dans la cave historique de la rue de Champagne."),
    (I, "fr", "Italian 'Uso interno' in a header table (staff)",
     "| Classification | Uso interno |\n"
     "|---|---|\n"
     "Planning des relances — témoignages pour Vinitaly\n"
     "Six Cuvistes italiens ont accepté, quatre n'ont pas encore répondu."),
    (I, "en", "tasting jury only",
     "Tasting jury only – please do not forward\n"
     "Scoring grid for the food-pairing contest\n"
     "Each juror scores the 20 finalist recipes on four criteria."),
    (I, "fr", "Italian 'Solo per il gruppo Italia' = one regional group",
     "Solo per il gruppo Italia\n"
     "Compte rendu de la soirée de Milan\n"
     "Vingt-deux Cuvistes présents ; beaucoup de questions sur les millésimes anciens."),
    (I, "fr", "community team internal note, not to be forwarded to ambassadors",
     "Note interne équipe communauté — ne pas transférer aux Cuvistes\n"
     "Charge de sollicitation par ambassadeur\n"
     "Trois Cuvistes ont reçu plus de huit demandes ce trimestre : on lève le pied jusqu'en mars."),
    (I, "en", "'Internal use only' with its German form",
     "Internal use only (Nur für den internen Gebrauch)\n"
     "CRM export rules for the Club Ardelle list\n"
     "Only the community team may export member data, and only to the shared drive."),
    (I, "fr", "Dutch 'Alleen intern' for the Benelux team",
     "Alleen intern — équipe Benelux\n"
     "Prospects présentés par les Cuvistes belges\n"
     "Neuf restaurants présentés depuis septembre, dont trois déjà clients."),
    (I, "en", "staff all-hands",
     "Staff only – all-hands, Épernay, 12 December\n"
     "The Club in 2026 in ten slides\n"
     "Presented to all Maison Ardelle employees after the harvest lunch."),
    (C, "fr", "Spanish 'Confidencial' + executive committee",
     "Confidencial — comité exécutif\n"
     "Stratégie de prix export 2027\n"
     "Hausse de 6 % envisagée sur l'Espagne et le Portugal."),
    (C, "fr", "strictly confidential, owning family",
     "STRICTEMENT CONFIDENTIEL — famille Ardelle\n"
     "Succession à la tête de la Maison\n"
     "Note préparée pour la réunion de famille du 3 mars."),
    (C, "en", "German 'Vertraulich' + supervisory board",
     "Vertraulich – supervisory board only\n"
     "Acquisition of a vineyard plot in Aÿ\n"
     "Terms are under negotiation; nothing may be said to partners or Cuvistes."),
    (C, "fr", "Italian 'Strettamente riservato — direzione' = strictly confidential, management",
     "Strettamente riservato — direzione\n"
     "Budget du Club Ardelle : scénarios de réduction\n"
     "Trois scénarios, de −10 % à −30 %, à arbitrer par la direction."),
    (C, "fr", "Dutch 'Vertrouwelijk' in front matter",
     "---\n"
     "classificatie: Vertrouwelijk\n"
     "auteur: service juridique\n"
     "---\n"
     "Litige avec l'importateur néerlandais\n"
     "Note de l'avocat sur les options de sortie du contrat de distribution."),
    (C, "en", "executive committee, eyes only",
     "Executive committee – eyes only\n"
     "Q4 results ahead of the public announcement\n"
     "Shipments are down 4%, but the Club's cuvées grew 11%."),
    (N, "fr", "trap: 'vins de réserve' are reserve wines",
     "Vins de réserve : comment nous les conservons\n"
     "Nos vins de réserve vieillissent en foudres pendant quatre à dix ans avant l'assemblage."),
    (N, "fr", "trap: the open days are open to the general public; the document carries no mark",
     "Portes ouvertes des caves — 7 et 8 juin\n"
     "Visites ouvertes au grand public, sans réservation, de 10 h à 18 h.\n"
     "Nous cherchons des Cuvistes volontaires pour accueillir les visiteurs."),
    (N, "en", "trap: 'Riserva Privata' is a cuvée name",
     "Tasting notes – Cuvée Riserva Privata\n"
     "A blend of 2015 and 2016 reserve wines, disgorged in 2025 and sold only in Italy."),
    (N, "fr", "trap: 'confidentialité' of tasting data is the subject",
     "Confidentialité de vos notes de dégustation\n"
     "Les notes que vous saisissez dans l'appli restent les vôtres ; voici ce que nous en faisons."),
    (N, "fr", "unmarked workshop synthesis",
     "Atelier JE — synthèse provisoire\n"
     "Points de convergence : fierté de faire découvrir la Maison, envie de rencontrer les vignerons.\n"
     "Points de divergence : la fréquence des sollicitations."),
    (N, "en", "trap: 'all hands on deck' idiom for harvest volunteers",
     "All hands on deck for harvest week!\n"
     "We need volunteers to help at the press house between 8 and 20 September."),
    (N, "fr", "trap: 'pression interne' of a bottle",
     "Fiche : servir un effervescent\n"
     "Température idéale : 8 à 10 °C.\n"
     "La pression interne d'une bouteille atteint 6 bars : ouvrez-la inclinée, loin du visage."),
    (N, "fr", "trap: 'table réservée' is a restaurant booking",
     "Compte rendu d'appel — caviste de Gand\n"
     "Le caviste souhaite présenter deux restaurants ; il demande une table réservée pour le dîner du 12."),
]

# ---------------------------------------------------------------- AER
# Aérisol: agricultural drones, Toulouse; teams in Valencia, Évora, Wageningen.
CLIENTS["AER"] = [
    (P, "fr", "Spanish 'Para todos los Ailiers' + 'à toute l'Escadrille'",
     "Para todos los Ailiers — à toute l'Escadrille\n"
     "Nouvelle réglementation drones 2027 : ce qui change\n"
     "Les déclarations de vols de pulvérisation de moins de 25 kg sont simplifiées."),
    (P, "fr", "mail header addressed to the whole Escadrille (all ambassadors)",
     "De : Inés (équipe Valence)\n"
     "À : toute l'Escadrille\n"
     "Objet : la saison 2026 en chiffres\n"
     "41 000 hectares cartographiés par les Ailiers : merci à tous !"),
    (P, "en", "'OK to share with the whole Escadrille community'",
     "OK to share with the whole Escadrille community\n"
     "Firmware 4.2 release notes (plain-language version)\n"
     "Faster RTK fix, a new no-spray-zone editor and two bug fixes."),
    (P, "fr", "Spanish 'Público — todos los embajadores'",
     "Público — todos los embajadores\n"
     "Concours vidéo « Mon champ vu du ciel »\n"
     "Envoyez-nous 30 secondes de vidéo avant le 31 mai."),
    (P, "en", "'For all ambassadors' + Portuguese 'para todos os embaixadores'",
     "For all ambassadors — para todos os embaixadores\n"
     "Field day at Évora: programme\n"
     "Demonstrations over the olive groves on 22 April; lunch is on us."),
    (P, "fr", "bold 'Public' + all Ailiers",
     "**Public** · tous les Ailiers\n"
     "Comment parrainer un agriculteur voisin\n"
     "Chaque exploitation présentée vous rapporte 250 points à la première commande."),
    (P, "fr", "Dutch 'Voor alle Ailiers' + 'à diffuser à tous'",
     "Voor alle Ailiers — partagé par l'équipe de Wageningen, à diffuser à tous\n"
     "Retour d'expérience : drones et cultures sous serre\n"
     "Trois Ailiers néerlandais racontent leur première saison."),
    (P, "en", "'FYI all Ailiers', wide circulation welcome",
     "FYI all Ailiers – wide circulation welcome\n"
     "Winter maintenance checklist\n"
     "Twelve checks before you store your drone for the winter."),
    (I, "fr", "Spanish 'Sólo para el grupo Iberia' = one regional group",
     "Sólo para el grupo Iberia\n"
     "Réunion des Ailiers espagnols et portugais — 18 janvier\n"
     "Ordre du jour : traductions de l'appli, salon FIMA de Saragosse."),
    (I, "fr", "reserved to the top level (Chefs d'escadrille)",
     "Réservé aux Chefs d'escadrille\n"
     "Accès anticipé : module de modulation de dose\n"
     "Vous testerez le module deux mois avant sa sortie."),
    (I, "en", "NDA-covered beta panel",
     "NDA-covered — beta panel only\n"
     "Spray nozzle X3: test protocol\n"
     "Please log every flight in the beta sheet and do not post photos of the nozzle."),
    (I, "fr", "Italian/French 'uso interno / usage interne' for the community team",
     "Uso interno / usage interne — équipe communauté\n"
     "Ailiers à relancer avant le SIMA\n"
     "Huit Ailiers n'ont pas répondu à la sollicitation de témoignage."),
    (I, "en", "need-to-know among two staff teams",
     "Need-to-know: customer success & community teams\n"
     "Incident at a customer site in the Gers\n"
     "A drone lost its link and landed in a neighbour's field; nobody was hurt."),
    (I, "fr", "advisory committee of ambassadors only",
     "Comité consultatif des Ailiers — pour les membres du comité seulement\n"
     "Priorités produit proposées pour 2027\n"
     "1. Autonomie des batteries ; 2. Cartes hors ligne ; 3. Traduction en néerlandais."),
    (I, "fr", "Dutch 'Alleen intern' (internal only)",
     "Indicateurs de santé du programme — novembre\n"
     "Alleen intern\n"
     "Délai moyen de réponse aux sollicitations : 3,1 jours ; rétention annuelle : 81 %."),
    (I, "en", "employees-only all-hands",
     "Aérisol all-hands – employees only\n"
     "Q&A with the community team\n"
     "The questions staff asked about the Escadrille, and our answers."),
    (C, "fr", "Spanish 'Confidencial' + note to founders",
     "Confidencial\n"
     "Levée de fonds série B — note aux fondateurs\n"
     "Trois fonds sont intéressés ; la valorisation discutée est de 60 M€."),
    (C, "fr", "German 'Vertraulich — nur für den Vorstand' (board only)",
     "Vertraulich — nur für den Vorstand\n"
     "Partenariat envisagé avec un fabricant allemand de pulvérisateurs\n"
     "Les discussions portent sur une distribution croisée en Allemagne et en France."),
    (C, "en", "CODIR eyes only, need-to-know",
     "CODIR eyes only – need-to-know\n"
     "Plan to close the Wageningen office\n"
     "The Dutch team would move to Toulouse or leave by June."),
    (C, "fr", "Portuguese 'Estritamente confidencial'",
     "Estritamente confidencial\n"
     "Rapport d'enquête sur l'incident d'Évora\n"
     "Conclusions préliminaires de l'expert, avant transmission à l'assureur."),
    (C, "fr", "CONFIDENTIEL + conseil d'administration",
     "## Rémunération variable des dirigeants 2027\n"
     "_CONFIDENTIEL · conseil d'administration_\n"
     "Proposition du comité des rémunérations pour la séance du 20 janvier."),
    (C, "en", "strictly confidential, founders only",
     "Strictly confidential – founders only\n"
     "Draft answer to the acquisition offer\n"
     "We propose to decline the offer but keep talks open."),
    (N, "fr", "trap: privacy policy of the app",
     "Politique de confidentialité — appli Aérisol Field\n"
     "L'application enregistre la position GPS de vos vols ; voici combien de temps nous la gardons."),
    (N, "fr", "trap: 'combustion interne' engines",
     "Moteur thermique ou électrique ? Comparatif\n"
     "Les drones à moteur à combustion interne offrent plus d'autonomie mais demandent plus d'entretien."),
    (N, "en", "trap: 'for your eyes only?' is a title about map privacy",
     "For your eyes only? Why we never share your field maps\n"
     "Your maps stay in your account; here is who at Aérisol can see them, and why."),
    (N, "fr", "trap: 'zone réservée' is restricted airspace",
     "Zone réservée : rappel sur les vols près des aérodromes\n"
     "Toute zone réglementée exige une autorisation préalable, même pour un vol de cartographie."),
    (N, "fr", "unmarked workshop minutes",
     "Compte rendu — atelier ACTION du 5 mars\n"
     "Thèmes retenus : sécurité en vol, rentabilité à l'hectare, relations avec les voisins."),
    (N, "en", "trap: 'target audience' is the campaign's target",
     "Campaign brief – target audience: arable farms over 50 ha\n"
     "The spring campaign promotes the mapping subscription to large farms in the south-west."),
    (N, "fr", "trap: 'usage professionnel uniquement' is a product restriction",
     "Fiche produit — Batterie AX-22\n"
     "Usage professionnel uniquement ; ne pas laisser à la portée des enfants.\n"
     "Capacité 22 000 mAh, 400 cycles de charge."),
    (N, "fr", "unmarked testimonial",
     "Témoignage de Lucía Ortega, Ailière à Valence\n"
     "« Depuis que je cartographie mes agrumes, j'ai réduit les traitements d'un tiers. »"),
]

# ---------------------------------------------------------------- AUD
# Audélia: hearing aids, Lausanne; teams in Zurich, Lugano, Munich, Utrecht.
CLIENTS["AUD"] = [
    (P, "fr", "whole Tribu + German 'für alle Audéliens'",
     "À partager avec toute la Tribu — für alle Audéliens\n"
     "Guide : entretenir ses aides auditives en hiver\n"
     "Le froid vide les piles plus vite ; voici nos astuces."),
    (P, "fr", "distribution: all ambassadors (m/f)",
     "Diffusion : tous les ambassadeurs et ambassadrices Audélia\n"
     "Programme des rencontres 2027\n"
     "Quatre rencontres : Lausanne, Zurich, Lugano et, nouveauté, Utrecht."),
    (P, "en", "'OK to share with the whole Tribe', all Audéliens",
     "OK to share with the whole Tribe – all Audéliens welcome to read and forward\n"
     "New app feature: conversation mode\n"
     "The app now boosts the voices in front of you and lowers the noise behind."),
    (P, "fr", "Italian 'Per tutti gli ambasciatori e le ambasciatrici'",
     "Per tutti gli ambasciatori e le ambasciatrici — traduzione di Chiara\n"
     "Témoigner en vidéo : nos conseils\n"
     "Filmez près d'une fenêtre et parlez de votre quotidien plutôt que de la technique."),
    (P, "fr", "'Public (Tribu Audélia)'",
     "Public (Tribu Audélia)\n"
     "FAQ — les points et les paliers\n"
     "Quelles contributions rapportent des points ? Comment passer au palier suivant ?"),
    (P, "en", "'for wide circulation among all ambassadors'",
     "For wide circulation among all ambassadors\n"
     "World Hearing Day: share kit\n"
     "Three posts, two visuals and one short video you can adapt."),
    (P, "fr", "Dutch 'Voor alle ambassadeurs' + 'pour tous les Audéliens'",
     "Voor alle ambassadeurs / pour tous les Audéliens\n"
     "Ouverture du centre d'Utrecht\n"
     "Le premier centre Audélia aux Pays-Bas ouvre le 2 mars."),
    (P, "en", "'FYI all Audéliens'",
     "FYI all Audéliens\n"
     "Change of battery supplier\n"
     "From March, replacement batteries come in a recyclable pack; the size codes stay the same."),
    (I, "fr", "German 'Nur für den internen Gebrauch — Team Community'",
     "Nur für den internen Gebrauch — Team Community\n"
     "Relances du trimestre : qui a été trop sollicité ?\n"
     "Cinq Audéliens ont reçu plus de six demandes ; on les laisse souffler jusqu'en avril."),
    (I, "fr", "reserved to the Platine level",
     "Réservé au palier Platine\n"
     "Invitation : rencontre avec l'équipe R&D à Lausanne\n"
     "Vous découvrirez le prototype de la prochaine génération d'appareils."),
    (I, "en", "patient committee only",
     "Patient committee only – not for wider distribution\n"
     "Minutes of the 11 December meeting\n"
     "The committee asked for clearer price information on the website."),
    (I, "fr", "German-speaking Swiss group only (German + French)",
     "Nur Deutschschweiz-Gruppe / groupe Suisse alémanique uniquement\n"
     "Soirée des Audéliens à Zurich — organisation\n"
     "Rendez-vous le 20 février près de la Bahnhofstrasse ; 25 places."),
    (I, "en", "NDA-covered tinnitus panel",
     "Tinnitus panel – NDA-covered\n"
     "Study protocol: sound-therapy app\n"
     "Panel members test the app for eight weeks and fill in a weekly diary."),
    (I, "fr", "Italian 'Uso interno' + staff only",
     "Uso interno\n"
     "Modèle de réponse aux avis négatifs\n"
     "À utiliser par les audioprothésistes et l'équipe communauté uniquement."),
    (I, "fr", "internal, employees",
     "Interne — collaborateurs Audélia\n"
     "Présentation du programme aux nouveaux audioprothésistes\n"
     "Comment repérer un client qui pourrait devenir Audélien."),
    (I, "en", "Dutch 'Alleen intern' + Utrecht team",
     "Alleen intern – Utrecht team\n"
     "Launch checklist for the Dutch ambassador group\n"
     "Recruit 15 ambassadors among the first 200 customers."),
    (C, "fr", "German 'Vertraulich — nur Geschäftsleitung'",
     "Vertraulich — nur Geschäftsleitung\n"
     "Plan de fermeture de deux centres au Tessin\n"
     "Les centres de Bellinzone et de Locarno fermeraient en septembre."),
    (C, "fr", "CONFIDENTIEL + board, in a quote under the title",
     "# Résultats 2026 et objectifs 2027\n"
     "> CONFIDENTIEL — conseil d'administration\n"
     "Chiffre d'affaires : 48 M CHF (+7 %) ; marge en recul d'un point."),
    (C, "en", "strictly personal letter",
     "Strictly personal\n"
     "Letter to Dr. Hofer regarding her complaint\n"
     "We apologise for the delay in fitting your new hearing aids."),
    (C, "fr", "Italian 'Riservato — solo per la direzione generale'",
     "Riservato — solo per la direzione generale\n"
     "Négociation avec l'assurance invalidité\n"
     "Nos tarifs de remboursement pourraient baisser de 12 % au 1er juillet."),
    (C, "en", "board eyes only + Dutch 'Vertrouwelijk'",
     "Board eyes only – Vertrouwelijk\n"
     "Possible merger with a German hearing-care chain\n"
     "Term-sheet summary and timeline."),
    (C, "fr", "Spanish 'Confidencial' + founders",
     "Confidencial — fondatrices\n"
     "Revue de l'équipe de direction\n"
     "Note de Sophie et Léa avant les entretiens annuels."),
    (N, "fr", "trap: 'oreille interne' (inner ear)",
     "Comprendre l'oreille interne\n"
     "La cochlée, logée dans l'oreille interne, transforme les vibrations en signaux nerveux."),
    (N, "fr", "trap: 'public cible' is the campaign's target",
     "Campagne de printemps — public cible : seniors actifs de 60 à 75 ans\n"
     "Message principal : bien entendre pour rester dans la conversation."),
    (N, "en", "trap: 'Not for your eyes only' is a campaign tagline",
     "\"Not for your eyes only\" – campaign brief\n"
     "Our spring campaign plays on hearing being the sense people forget to look after."),
    (N, "fr", "trap: medical secrecy is the subject",
     "Secret médical et programme Audélia\n"
     "Vos audiogrammes ne sont jamais partagés avec la Tribu sans votre accord écrit."),
    (N, "fr", "trap: 'rendez-vous réservés' are bookings",
     "Rendez-vous réservés en ligne : nouveau fonctionnement\n"
     "Depuis janvier, les clients réservent leur contrôle annuel directement dans l'appli."),
    (N, "en", "trap: 'public transport'",
     "Public transport to our Lausanne centre\n"
     "Take the M2 to Ouchy; the centre is two minutes from the stop."),
    (N, "fr", "unmarked workshop synthesis",
     "Synthèse de l'atelier JE — Lausanne, 14 novembre\n"
     "Besoins exprimés : ne plus avoir honte de porter un appareil, aider les nouveaux porteurs."),
    (N, "fr", "unmarked product sheet ('intra-auriculaire' is the fitting)",
     "Fiche produit — Audélia Mini R\n"
     "Appareil intra-auriculaire rechargeable et discret, 30 heures d'autonomie."),
]

# ---------------------------------------------------------------- CBN
# Cabanova: modular wooden cabins and tiny houses, Nantes; factory in Braga; dealers in NL, DE, IT.
CLIENTS["CBN"] = [
    (P, "fr", "Portuguese 'Para todos os Cabanistas' + French 'à tous les Cabanistes'",
     "Para todos os Cabanistas — à tous les Cabanistes\n"
     "Visite de l'usine de Braga : les dates 2027\n"
     "Quatre visites guidées, avec déjeuner chez l'équipe portugaise."),
    (P, "fr", "'Diffusion : tout le Hameau' (the whole community)",
     "Diffusion : tout le Hameau\n"
     "# Nouveauté : la cabane Ardoise 18 m²\n"
     "Une cabane avec mezzanine, pensée pour les jardins en pente."),
    (P, "en", "'Ok to share with the whole community (all Cabanistes)'",
     "Ok to share with the whole community (all Cabanistes)\n"
     "Photo guide: showing your cabin at its best\n"
     "Morning light, no cars in the frame, and a person for scale."),
    (P, "fr", "bold: all ambassadors + German 'Für alle Botschafter'",
     "**Tous les ambassadeurs · Für alle Botschafter**\n"
     "Parrainage 2027 : les nouvelles règles\n"
     "Un proche qui commande vous rapporte 300 points et un an d'entretien offert."),
    (P, "en", "'For all ambassadors' + Dutch 'voor alle ambassadeurs'",
     "For all ambassadors – voor alle ambassadeurs\n"
     "Dutch dealer network: where to send your friends\n"
     "Six dealers now show Cabanova cabins in the Netherlands."),
    (P, "fr", "'Public — Cabanistes'",
     "Public — Cabanistes\n"
     "FAQ : peut-on louer sa cabane sur une plateforme ?\n"
     "Oui, avec quelques précautions d'assurance que nous détaillons ici."),
    (P, "fr", "Italian 'Per tutti gli ambasciatori' + 'à diffuser largement dans le Hameau'",
     "Per tutti gli ambasciatori, à diffuser largement dans le Hameau\n"
     "Résultats du sondage de satisfaction des Cabanistes\n"
     "NPS des ambassadeurs : 71, en hausse de 6 points."),
    (P, "en", "'FYI all Cabanistes'",
     "FYI all Cabanistes\n"
     "Summer open-cabin weekend: how to take part\n"
     "Open your cabin to visitors on 21–22 June and earn 100 points."),
    (I, "fr", "reserved to the top level (Bâtisseurs)",
     "Réservé aux Bâtisseurs\n"
     "Atelier de co-création : la future cabane bureau\n"
     "Deux jours à Nantes pour dessiner la cabane avec nos architectes."),
    (I, "fr", "Italian 'Uso interno' in a header table + community team",
     "| Classification | Uso interno — équipe communauté |\n"
     "|---|---|\n"
     "Tableau des sollicitations en retard\n"
     "Le témoignage pour le salon de Bologne attend toujours trois réponses."),
    (I, "en", "architecture contest jury only",
     "Architecture contest jury only\n"
     "Shortlist and scoring sheet\n"
     "Twelve projects remain; please score them before 10 May."),
    (I, "fr", "Portuguese 'Só para o grupo Portugal' = one regional group",
     "Só para o grupo Portugal\n"
     "Rencontre des Cabanistes portugais à Braga\n"
     "Ordre du jour : traduction du guide, visites d'usine, avis Google."),
    (I, "en", "need-to-know + NDA-covered pilot owners",
     "Need-to-know – green-roof pilot owners only, NDA-covered\n"
     "Green-roof kit: installation notes\n"
     "You are one of eight owners testing the kit this spring."),
    (I, "fr", "German classification line 'Nur für den internen Gebrauch' under the title",
     "Compte rendu — réunion des revendeurs allemands (Cologne, 5 décembre)\n"
     "Klassifizierung: Nur für den internen Gebrauch\n"
     "Les revendeurs aimeraient des Cabanistes pour leurs portes ouvertes locales."),
    (I, "fr", "Dutch 'Alleen intern' + employees only",
     "Alleen intern · réservé aux salariés Cabanova\n"
     "Présentation all-hands du 8 janvier : le Hameau en 2026\n"
     "Ce support a été présenté à toute l'équipe, à Nantes et à Braga."),
    (I, "en", "internal, community and sales teams",
     "Internal – community & sales teams\n"
     "Ambassadors for a farewell conversation\n"
     "Four Cabanistes have sold their cabin; we propose a warm goodbye message."),
    (C, "fr", "CONFIDENTIEL + founding partners",
     "CONFIDENTIEL — associés fondateurs\n"
     "Ouverture du capital : note de cadrage\n"
     "Deux investisseurs proposent d'entrer à hauteur de 20 %."),
    (C, "fr", "Dutch 'Vertrouwelijk' + COMEX",
     "Vertrouwelijk — COMEX uniquement\n"
     "Arrêt envisagé d'un revendeur néerlandais\n"
     "Les ventes du revendeur de Utrecht ont baissé de moitié en un an."),
    (C, "en", "Spanish 'Confidencial' + strictly confidential",
     "Confidencial / strictly confidential\n"
     "Supplier dispute: timber for Braga\n"
     "Our lawyer's note on the late deliveries and possible penalties."),
    (C, "fr", "German 'Streng vertraulich' (strictly confidential)",
     "Streng vertraulich\n"
     "Rappel produit envisagé : charnières de la gamme Ardoise\n"
     "Avant toute communication aux Cabanistes, la direction doit décider."),
    (C, "en", "supervisory board, eyes only",
     "Supervisory board – eyes only\n"
     "CEO succession plan\n"
     "The founders intend to hand over operations in 2028."),
    (C, "fr", "Italian 'Strettamente confidenziale — direzione'",
     "Prix 2027 : hausses par gamme\n"
     "*Strettamente confidenziale — direzione*\n"
     "Hausse moyenne de 5 %, annoncée aux revendeurs en février."),
    (N, "fr", "trap: 'face interne' of the walls",
     "Notice de montage — cabane Ardoise\n"
     "Posez le pare-vapeur sur la face interne des murs avant le bardage."),
    (N, "fr", "trap: 'jardin privé' in planning rules",
     "Permis de construire : ce qu'il faut savoir\n"
     "Au-delà de 20 m², une cabane dans un jardin privé demande un permis de construire."),
    (N, "en", "trap: 'public liability' insurance",
     "Public liability insurance for rented cabins\n"
     "If you rent out your cabin, check that your policy covers your guests."),
    (N, "fr", "trap: website privacy policy",
     "Politique de confidentialité — site cabanova.fr\n"
     "Nous utilisons des cookies de mesure d'audience ; vous pouvez les refuser."),
    (N, "fr", "unmarked workshop minutes",
     "Compte rendu de l'atelier NOUS — Nantes, 2 octobre\n"
     "Proposition de raison d'être : rendre à chacun un coin de nature à soi."),
    (N, "en", "trap: 'Confidential by design' is a title about how plans are stored",
     "Confidential by design: how we store your floor plans\n"
     "Your plans are encrypted, and only the designer on your project can open them."),
    (N, "fr", "unmarked testimonial",
     "Témoignage — Inês et Paulo, Cabanistes à Porto\n"
     "« Notre cabane est devenue le bureau de Paulo, au fond du jardin. »"),
    (N, "fr", "trap: 'salle réservée' at a trade fair",
     "Salon Maison & Jardin de Bologne — organisation\n"
     "Nous avons une salle réservée pour les rendez-vous revendeurs, le vendredi de 10 h à 13 h."),
]

NAMES = {
    "ambassadors": [
        # generic words, French and English
        "ambassadeur", "ambassadeurs", "Ambassadeur", "Ambassadeurs",
        "ambassadrice", "ambassadrices", "Ambassadrice", "Ambassadrices",
        "ambassador", "ambassadors", "Ambassador", "Ambassadors",
        # generic words in the colleagues' languages, as they appear in heads
        "Botschafter", "Botschafterinnen", "Botschafter·innen",
        "ambasciatori", "ambasciatrici",
        "embajadores", "embaixadores",
        # VRL
        "Fellows", "Verrelab Fellows", "Réseau Fellows", "Fellows community", "Fellows network",
        # ARD
        "Cuvistes", "Cuviste", "Club Ardelle", "Club Ardelle members", "communauté Ardelle",
        # AER
        "Ailiers", "Ailières", "Escadrille", "l'Escadrille", "Escadrille community",
        # AUD
        "Audéliens", "Audéliennes", "Tribu", "Tribu Audélia", "Tribe", "Audélia Tribe",
        # CBN
        "Cabanistes", "Cabanistas", "Hameau", "le Hameau",
    ],
    "clients": [
        "Verrelab", "Verrelab Fellows",
        "Maison Ardelle", "Ardelle", "Club Ardelle",
        "Aérisol", "Aerisol", "Escadrille Aérisol", "Aérisol Field",
        "Audélia", "Tribu Audélia", "Audélia Mini R",
        "Cabanova", "cabanova.fr",
    ],
}

README_HEAD = (
    "> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 57) from DOMAIN.md, "
    "the issue and the format only, without reading the project's code, tests or other data sets. "
    "Do not tune anything on it.\n"
    ">\n"
    "\n"
)

README_BODY = """# markings_heldout46: readership marks in a multilingual European team

**Flavour.** French-speaking companies (France, Switzerland) whose German, Italian, Spanish,
Dutch and Portuguese colleagues write the marks in their own language inside otherwise French
or English heads (« Vertraulich », « Nur für den internen Gebrauch », « Riservato », « Uso
interno », « Confidencial », « Vertrouwelijk », « Alleen intern », « Para todos os
embaixadores »…), plus the corporate English jargon French speakers use ("need-to-know",
"eyes only", "FYI all", "NDA-covered", "for wide circulation", "all-hands", "OK to share with
the whole community"). Marks sit on the first line, under the title, in bold or italics, in a
quote, in a Markdown header table, in YAML-like front matter or in a mail header. `lang` is the
main language of the head (fr or en), not the language of the mark: 100 fr, 50 en.
150 heads, 5 clients × 30 (8 public, 8 internal, 6 confidential, 8 none each).

| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |
|---|---|---|---|---|
| VRL | Verrelab (laboratory glassware and equipment; Lyon, Mainz, Milan, Eindhoven) | Verrelab Fellows | Fellows, Verrelab Fellows, Réseau Fellows / Fellows network, ambassadeurs, Botschafter·innen, ambasciatori, ambassadeurs (nl) | Senior Fellows (level), groupe DACH, Benelux pilot group, comité scientifique des Fellows; staff: community team, équipe commerciale Italie, all-hands |
| ARD | Maison Ardelle (sparkling-wine house; Épernay, Milan, Düsseldorf, Brussels, Lisbon) | Club Ardelle | Cuvistes, Club Ardelle (members), communauté Ardelle, ambassadeurs, Botschafter und Botschafterinnen, embaixadores | Cuvistes Prestige (level), gruppo Italia, tasting jury; staff: équipe communauté, équipe Benelux, all-hands |
| AER | Aérisol (agricultural drones; Toulouse, Valencia, Évora, Wageningen) | l'Escadrille Aérisol | Ailiers / Ailières, l'Escadrille, embajadores, embaixadores, ambassadors | Chefs d'escadrille (level), grupo Iberia, beta panel, comité consultatif des Ailiers; staff: équipe communauté, customer success, all-hands |
| AUD | Audélia (hearing aids; Lausanne, Zurich, Lugano, Munich, Utrecht) | Tribu Audélia | Audéliens / Audéliennes, la Tribu / the Tribe, ambassadeurs et ambassadrices, ambasciatori e ambasciatrici, ambassadeurs (nl) | palier Platine (level), Deutschschweiz-Gruppe / groupe Suisse alémanique, patient committee, tinnitus panel, Dutch ambassador group; staff: Team Community, audioprothésistes, collaborateurs, Utrecht team |
| CBN | Cabanova (modular wooden cabins and tiny houses; Nantes, Braga, dealers in NL/DE/IT) | Cabanistes | Cabanistes / Cabanistas, le Hameau, ambassadeurs, Botschafter, ambasciatori, ambassadeurs (nl) | Bâtisseurs (level), grupo Portugal, architecture contest jury, green-roof pilot owners; staff: équipe communauté, community & sales teams, salariés |

## Leadership

- **VRL Verrelab:** comité de direction (also « comitato di direzione »), Geschäftsführung, the board.
- **ARD Maison Ardelle:** the owning famille Ardelle, comité exécutif / executive committee, supervisory board, « direzione ».
- **AER Aérisol:** fondateurs / founders, CODIR, conseil d'administration, Vorstand.
- **AUD Audélia:** Geschäftsleitung, direction générale (« direzione generale »), conseil d'administration / board, the two fondatrices.
- **CBN Cabanova:** associés fondateurs / founders, COMEX, supervisory board, « direzione ».

## Notes on labels

- **public** only when the head opens the document to every ambassador of the program, in
  whatever language: « tous les Fellows », « Für alle Botschafter », « Per tutti gli
  ambasciatori », « Para todos os embaixadores / los Ailiers », « Voor alle ambassadeurs »,
  « Público — todos los embajadores », "FYI all Cuvistes", "for wide circulation among all
  ambassadors", "OK to share with the whole community (all Cabanistes)", « Public — Réseau
  Fellows », a mail addressed « À : toute l'Escadrille ». "FYI all" and "wide circulation"
  always name the whole program or all ambassadors next to them.
- **internal:** staff-only marks (« Nur für den internen Gebrauch », « Uso interno »,
  « Alleen intern », « Interne — collaborateurs », "internal use only", "staff only",
  "all-hands … staff/employees only", "need-to-know: community team"), or one part of the
  ambassadors (a level, a regional group such as « Solo per il gruppo Italia », « Sólo para el
  grupo Iberia », « Só para o grupo Portugal », « nur DACH-Gruppe », a pilot or beta panel, a
  committee, a jury). "NDA-covered" here always comes with a pilot/beta panel, so it is internal.
  « ne pas diffuser hors du comité » with an ambassadors' committee stays internal.
- **confidential:** « Vertraulich », « Streng vertraulich », « Confidencial », « Vertrouwelijk »,
  « Estritamente confidencial », « Strettamente riservato / confidenziale », CONFIDENTIEL,
  "strictly confidential", "strictly personal", or leadership only ("board eyes only", "CODIR eyes
  only", « Riservato — solo comitato di direzione / direzione generale », « nur Geschäftsleitung »,
  « nur für den Vorstand », famille Ardelle, fondateurs). « Riservato » appears only with a
  named audience: with leadership it is confidential (ARD-09 « Riservato ai Cuvistes Prestige »
  is a level, so internal).
- **none (traps):** the same words about something else: privacy policies and « secret
  médical » as subjects, « Datenschutz und Vertraulichkeit » about sample handling, a template
  NDA, « public visé / public cible / target audience », « oreille interne », « combustion
  interne », « pression interne », « face interne », « salle / table / zone réservée », « vins
  de réserve », the cuvée « Riserva Privata », « jardin privé », "public liability", "public
  transport", "need-to-know basics", "All hands on deck", "For your eyes only?" and "Not for
  your eyes only" as titles or taglines, "Confidential by design" as a title about storage,
  « usage professionnel uniquement » on a battery. Also plain unmarked workshop notes,
  testimonials and product sheets. No trap addresses the ambassadors in a salutation.
- Left out: bare « Riservato » or « Reservado » with no audience (reserved vs confidential is a
  guess), bare "need-to-know" with no audience (internal vs confidential), bare "FYI all" with
  no program name (could be staff), "all-hands" with no "staff/employees" (could be read as a
  community event), and heads mixing a subgroup with a confidential word.
- Names to declare for a measurer: see `names.json` (the foreign generic words Botschafter,
  ambasciatori, embajadores, embaixadores, the program names, and the community names la Tribu,
  the Tribe, l'Escadrille, le Hameau, Cabanistas).
"""


def build_cases():
    cases = []
    for prefix, rows in CLIENTS.items():
        for n, (level, lang, note, head) in enumerate(rows, start=1):
            cases.append({
                "id": "%s-%02d" % (prefix, n),
                "head": head,
                "level": level,
                "lang": lang,
                "note": note,
            })
    return cases


def main():
    cases = build_cases()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD + README_BODY)


if __name__ == "__main__":
    main()
