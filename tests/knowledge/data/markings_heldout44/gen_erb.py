"""Client ERB: Coopérative des Érablières du Haut-Saint-François (Québec, maple syrup)."""

def H(*lines):
    return "\n".join(lines)

CASES = [
    # ---- public (8)
    ("public", "fr", "audience = tous les Gardiens, tous niveaux nommés", H(
        "Infolettre des Gardiens de l'Érable — avril 2027",
        "Diffusion : tous les Gardiens et Gardiennes (Bourgeon, Entaille, Coulée)",
        "",
        "La saison des sucres achève : vous avez été 212 à partager vos photos de cabane, un record!",
        "Voici les prochaines occasions de nous donner un coup de main.")),
    ("public", "en", "bilingual mark « Public / may be shared », English body", H(
        "PUBLIC — Peut être partagé / May be shared",
        "Maple Keepers: how points work (2027 season)",
        "",
        "Every contribution earns points: 10 for an online review, 25 for a written testimonial,",
        "50 for a day at our booth. Points carry over from one sugaring season to the next.")),
    ("public", "fr", "« à diffuser à toute la communauté des Gardiens »", H(
        "Calendrier des sollicitations — été 2027",
        "À diffuser à toute la communauté des Gardiens",
        "",
        "Salon des produits du terroir de Québec (12-14 août) : on cherche trois témoignages.",
        "Festival de l'érable de Plessisville : deux Gardiens au kiosque de dégustation.")),
    ("public", "en", "audience = all Keepers, every level", H(
        "Maple Keepers — welcome kit",
        "Audience: all Keepers, every level",
        "",
        "Welcome aboard! You're now part of a group of customers who love our syrup enough to talk about it.",
        "Here's what we'll ask of you, and what you get back.")),
    ("public", "fr", "« peut être partagé avec l'ensemble des Gardiens »", H(
        "Objet : concours de recettes à l'érable",
        "Ce document peut être partagé avec l'ensemble des Gardiens.",
        "",
        "Envoyez-nous votre meilleure recette (sucrée ou salée) d'ici le 30 juin.",
        "Les trois gagnantes seront publiées sur notre page et dans la boutique de la coop.")),
    ("public", "fr", "« Document public · Public document »: bilingual public mark, French body", H(
        "Foire aux questions — programme Gardiens de l'Érable",
        "Document public · Public document",
        "",
        "Q. Combien de temps faut-il pour passer du niveau Entaille au niveau Coulée?",
        "R. En moyenne une saison, mais ça dépend surtout de vos contributions, pas de vos achats.")),
    ("public", "en", "for all Maple Keepers, the three levels listed", H(
        "Spring Tapping Tour — itinerary",
        "For all Maple Keepers (Bourgeon, Entaille and Coulée levels)",
        "",
        "Bus leaves Sherbrooke at 8:30 on Saturday, March 20. First stop: the Lessard sugar bush in Weedon.")),
    ("public", "fr", "auteur = directrice, mais audience = tous les membres du programme", H(
        "Mot de la directrice générale aux Gardiens",
        "Pour publication sur l'espace communautaire — tous les membres du programme",
        "",
        "Chers Gardiens, chères Gardiennes,",
        "trois ans après le lancement, vous êtes 640 à porter le nom de la coop. Merci, sincèrement.")),
    # ---- internal (8)
    ("internal", "fr", "« à usage interne seulement » (Québec) = personnel", H(
        "À USAGE INTERNE SEULEMENT",
        "Plan de sollicitation — Salon des produits régionaux de Sherbrooke",
        "",
        "Il nous faut 4 Gardiens au kiosque, en rotation. Éviter de redemander à Réjean et à Lise :",
        "ils ont fait les trois derniers salons.")),
    ("internal", "fr", "« ne pas circuler hors de l'équipe marketing » = équipe seulement", H(
        "Suivi de la charge de sollicitation — 2e trimestre",
        "Ne pas circuler hors de l'équipe marketing",
        "",
        "Trois Gardiens du niveau Coulée ont reçu plus de cinq demandes depuis janvier.",
        "Taux de réponse moyen : 58 %, délai moyen de réponse : 4,2 jours.")),
    ("internal", "fr", "sous-groupe : comité des saveurs", H(
        "Compte rendu — comité des saveurs, 3 février",
        "Diffusion : membres du comité des saveurs seulement",
        "",
        "Présents : 9 Gardiens sur 11. Dégustation à l'aveugle de quatre sirops de la récolte 2026.")),
    ("internal", "en", "« INTERNAL / INTERNE » bilingual, English body", H(
        "INTERNAL / INTERNE",
        "Keeper churn review, Q1",
        "",
        "Seven Keepers haven't logged a contribution since December. Two told us they felt asked too often.",
        "Proposal: a quiet period of 60 days after any event participation.")),
    ("internal", "en", "one level only (Coulée); French mark, English body", H(
        "Réservé aux Gardiens du niveau Coulée",
        "Preview: the 2028 barrel-aged syrup line",
        "",
        "You're the first to hear about it: bourbon-barrel and maple-wood-smoked syrups, in 250 ml bottles.",
        "We'd love your tasting notes before the launch.")),
    ("internal", "fr", "sous-groupe régional (Beauce)", H(
        "Gardiens de la Beauce — rencontre régionale",
        "À l'intention des Gardiens de la région de la Beauce",
        "",
        "Rendez-vous à la cabane des Poulin, à Saint-Georges, le samedi 9 novembre à 10 h.",
        "Covoiturage possible depuis Saint-Joseph.")),
    ("internal", "en", "« Interne — Internal » + staff notes", H(
        "Interne — Internal",
        "Staff notes / Notes du personnel: Keeper onboarding checklist",
        "",
        "Before sending the welcome kit, check that the customer has consented to reminders (Law 25).",
        "Log the consent date in the CRM, then add the Keeper to the Bourgeon channel.")),
    ("internal", "fr", "sous-groupe : cohorte pilote", H(
        "Cohorte pilote « Cabane virtuelle » — consignes",
        "Réservé aux participants de la cohorte pilote",
        "",
        "Merci d'avoir accepté de tester la visite virtuelle de nos érablières.",
        "Vos accès arrivent par courriel lundi; notez vos irritants au fil de l'eau.")),
    # ---- confidential (6)
    ("confidential", "fr", "« document de travail – confidentiel »", H(
        "Document de travail – confidentiel",
        "Budget du programme Gardiens 2028",
        "",
        "Hypothèse de base : hausse de 15 % du coût des cadeaux (cruchons de verre, transport).",
        "Scénario B : on retire le panier des Fêtes au niveau Bourgeon.")),
    ("confidential", "fr", "audience = membres de la direction", H(
        "Revue stratégique du programme — mi-saison",
        "Diffusion : membres de la direction",
        "",
        "Le programme coûte 41 000 $ par an pour 230 prospects introduits.",
        "Question ouverte : faut-il l'ouvrir aux restaurateurs?")),
    ("confidential", "en", "« CONFIDENTIEL — CONFIDENTIAL », board briefing", H(
        "CONFIDENTIEL — CONFIDENTIAL",
        "Board briefing: Keeper program ROI",
        "",
        "The program influenced 18 % of new wholesale accounts last year.",
        "Cost per influenced account is down to $310, against $870 for trade-show leads.")),
    ("confidential", "fr", "réservé aux administrateurs (conseil)", H(
        "Réservé aux administrateurs — séance du conseil du 14 mai",
        "Partenariat envisagé avec une chaîne d'épiceries fines",
        "",
        "La chaîne propose de distribuer nos cruchons dans 38 magasins,",
        "à condition que les Gardiens animent des dégustations en magasin.")),
    ("confidential", "en", "executive committee only + confidential", H(
        "Confidential – Executive Committee only",
        "Keeper data incident: post-mortem draft",
        "",
        "On October 3, a spreadsheet listing 112 Keepers' phone numbers was shared with an outside printer.",
        "Timeline and remediation below.")),
    ("confidential", "fr", "à l'attention exclusive de la DG nommée", H(
        "À l'attention exclusive de Mme Marie-Josée Poulin, directrice générale",
        "Objet : départ de deux Gardiens du niveau Coulée — litige commercial",
        "",
        "Les fermes Bilodeau et Gosselin contestent le prix payé pour la récolte 2026",
        "et demandent à quitter le programme.")),
    # ---- none (8)
    ("none", "fr", "fiche produit sans aucune marque", H(
        "Sirop d'érable biologique — fiche produit",
        "Format : 540 ml, catégorie A, doré, goût délicat",
        "Conserver au réfrigérateur après ouverture.",
        "",
        "Récolté au début de la saison, ce sirop clair accompagne crêpes et yogourt.")),
    ("none", "fr", "piège : « usage interne » = voie orale d'un sirop contre la toux", H(
        "Sirop contre la toux à l'érable et au miel — notice",
        "Usage interne (voie orale). Ne pas dépasser 4 c. à thé par jour.",
        "Ne convient pas aux enfants de moins de 1 an.",
        "",
        "Ingrédients : sirop d'érable, miel de trèfle, extrait de thym.")),
    ("none", "en", "trap: « open to the public » is about shack visits", H(
        "Sugar shack hours — spring 2027",
        "Open to the public on weekends, 10 a.m. to 4 p.m.",
        "Group bookings: call ahead.",
        "",
        "Taffy on snow is served until the snow runs out, usually mid-April.")),
    ("none", "fr", "piège : politique de confidentialité, aucune marque de lecture", H(
        "Politique de confidentialité — application des Gardiens",
        "Dernière mise à jour : 3 mars 2027",
        "",
        "La Coopérative protège vos renseignements personnels conformément à la Loi 25.",
        "Cette politique explique quels renseignements nous recueillons et pourquoi.")),
    ("none", "en", "trap: the board is the subject, not the audience", H(
        "Keeper levels renamed",
        "Date: 2027-02-11",
        "",
        "Following the board's decision in January, the Bourgeon level becomes « Première coulée ».",
        "Points already earned are kept as they are.")),
    ("none", "fr", "recette, aucune marque", H(
        "Recette : tire d'érable sur la neige",
        "Portions : 6",
        "",
        "Faire bouillir le sirop jusqu'à 112 °C (234 °F), puis le verser en filets sur de la neige tassée.")),
    ("none", "en", "shipping schedule, no mark", H(
        "Shipping schedule – holiday orders",
        "Last updated: Nov 2",
        "",
        "Orders placed before December 10 ship by Canada Post Expedited.",
        "Glass jugs travel in double boxes; tins ship in padded envelopes.")),
    ("none", "fr", "piège : « circuler » = circulation en VTT, pas diffusion", H(
        "Avis aux visiteurs de l'érablière",
        "Chemin des érables : interdit de circuler en VTT du 1er mars au 30 avril",
        "",
        "Les tubulures sont basses au printemps. Merci de laisser vos véhicules au stationnement du haut.")),
]
