"""Client CHO: Chocolaterie Van Roost (Belgium, Namur / Gand / Bruxelles)."""

def H(*lines):
    return "\n".join(lines)

CASES = [
    # ---- public (8)
    ("public", "fr", "tous les Cacaophiles, les trois niveaux", H(
        "Lettre du Cercle Cacao n° 14",
        "Pour tous les Cacaophiles — niveaux Fève, Grué et Ganache",
        "",
        "Ce trimestre, on vous emmène à Tumaco, en Colombie, d'où vient la fève de notre nouvelle tablette 72 %.")),
    ("public", "fr", "« Public — Publiek » bilingue FR/NL, corps français", H(
        "Public — Publiek",
        "Règlement du programme Cercle Cacao / Reglement van de Cacaokring",
        "",
        "Article 1. Tout client de la Chocolaterie Van Roost ayant effectué au moins trois achats",
        "peut être invité à devenir Cacaophile.")),
    ("public", "en", "may be shared with all Cacaophiles", H(
        "Cacao Circle — how to earn your Ganache badge",
        "This page may be shared with all Cacaophiles.",
        "",
        "Three things count: tastings you host, reviews you write, and friends you bring to a workshop.")),
    ("public", "fr", "« à diffuser à toute la communauté du Cercle Cacao »", H(
        "Appel à témoignages — Salon du chocolat de Bruxelles",
        "À diffuser à toute la communauté du Cercle Cacao",
        "",
        "Nous cherchons cinq Cacaophiles prêts à raconter, en deux minutes, leur première praline Van Roost.",
        "Tournage le 18 janvier à l'atelier de Namur.")),
    ("public", "en", "« PUBLIC »", H(
        "PUBLIC",
        "Cacao Circle FAQ (English version)",
        "",
        "Who can join? Any customer invited by a shop or by another Cacaophile.",
        "Is it free? Yes. You never have to buy anything to stay in the Circle.")),
    ("public", "fr", "destinataires : l'ensemble des Cacaophiles", H(
        "Invitation — portes ouvertes de l'atelier de Namur",
        "Destinataires : l'ensemble des Cacaophiles",
        "",
        "Le samedi 5 octobre, de 10 h à 17 h, venez voir comment on enrobe les pralines à la main.")),
    ("public", "fr", "« peut être partagé librement »", H(
        "Charte de bonne conduite des Cacaophiles",
        "Ce document peut être partagé librement.",
        "",
        "1. Vous parlez de nos chocolats avec vos mots, pas les nôtres.",
        "2. Vous signalez toujours que vous êtes membre du Cercle quand vous publiez un avis.")),
    ("public", "en", "trilingual « for all members » (FR/NL/EN), English body", H(
        "Voor alle leden · Pour tous les membres · For all members",
        "Easter tasting calendar",
        "",
        "We're opening 40 seats per shop for the Easter tastings. First come, first served:",
        "book through the Circle app.")),
    # ---- internal (8)
    ("internal", "fr", "« usage interne » (personnel)", H(
        "Usage interne",
        "Suivi des contributions — mars",
        "",
        "87 contributions enregistrées, dont 31 avis en ligne et 6 témoignages vidéo.",
        "Les Cacaophiles de Liège sont en net recul depuis la fermeture de la boutique Vinâve d'Île.")),
    ("internal", "fr", "« Interne / Intern » bilingue FR/NL, procédure du personnel", H(
        "Interne / Intern",
        "Procédure d'envoi des colis cadeaux aux Cacaophiles",
        "",
        "L'équipe logistique prépare les colis le mardi. Vérifier l'adresse dans la fiche client avant chaque envoi :",
        "trois colis sont revenus en février.")),
    ("internal", "en", "staff only", H(
        "Internal — Van Roost staff only",
        "Solicitation rota for the Antwerp fair",
        "",
        "Day 1: two Cacaophiles from Ghent. Day 2: the Brussels group. Don't ask Mr Claes again,",
        "he has done four events this year.")),
    ("internal", "fr", "un seul niveau (Ganache)", H(
        "À l'intention des Cacaophiles de niveau Ganache",
        "Avant-première : la tablette « Origine Kivu »",
        "",
        "Vous recevrez la semaine prochaine un échantillon de notre nouvelle tablette.",
        "Vos avis décideront de la torréfaction finale.")),
    ("internal", "fr", "sous-groupe : jury de dégustation", H(
        "Jury de dégustation de Pâques — grille d'évaluation",
        "Diffusion limitée aux membres du jury",
        "",
        "Chaque œuf est noté de 1 à 5 sur l'aspect, le croquant, l'équilibre sucre-cacao et la longueur en bouche.")),
    ("internal", "en", "regional subgroup (Flanders), EN/NL mark", H(
        "Flanders Cacaophiles only / Enkel voor Vlaamse Cacaophiles",
        "Meet-up in Ghent, 18 May",
        "",
        "Join us at the Korenlei shop after closing time for a pairing of pralines and local beers.")),
    ("internal", "fr", "sous-groupe : groupe pilote", H(
        "Groupe pilote « Atelier à domicile »",
        "Réservé aux 12 Cacaophiles du groupe pilote — merci de ne pas transférer",
        "",
        "Le kit contient 2 kg de chocolat de couverture, des moules et une fiche d'animation.",
        "Racontez-nous comment s'est passée votre soirée.")),
    ("internal", "fr", "« ne pas diffuser en dehors de l'équipe commerciale » = équipe", H(
        "Argumentaire — présenter le Cercle Cacao aux clients entreprises",
        "Ne pas diffuser en dehors de l'équipe commerciale",
        "",
        "Les cadeaux d'affaires représentent 30 % du chiffre de fin d'année.",
        "Proposer aux acheteurs fidèles de rejoindre le Cercle, sans jamais le lier à une remise.")),
    # ---- confidential (6)
    ("confidential", "fr", "« strictement personnel et confidentiel », administrateur délégué nommé", H(
        "Strictement personnel et confidentiel",
        "À l'attention de M. Pieter Van Roost, administrateur délégué",
        "",
        "Objet : demande d'indemnisation d'une Cacaophile après une réaction allergique lors d'un atelier.")),
    ("confidential", "fr", "réservé au conseil d'administration", H(
        "Réservé au conseil d'administration",
        "Note sur la rentabilité du Cercle Cacao — exercice 2026",
        "",
        "Le programme a coûté 62 000 € (cadeaux, ateliers, temps du personnel)",
        "pour un chiffre d'affaires influencé estimé à 410 000 €.")),
    ("confidential", "en", "trilingual confidential mark, English body", H(
        "Confidentiel — Confidential — Vertrouwelijk",
        "Supplier negotiation: cocoa price hedging and the Circle's gift budget",
        "",
        "With cocoa at record prices, we propose freezing the gift budget at 2026 levels",
        "and replacing the Christmas ballotin with a workshop seat.")),
    ("confidential", "fr", "comité de direction uniquement", H(
        "Comité de direction — document de travail",
        "Ne pas diffuser au-delà des membres du comité de direction",
        "",
        "Trois options pour le Cercle Cacao en 2028 : le maintenir, le fusionner avec la carte de fidélité, ou l'arrêter.")),
    ("confidential", "en", "founders only", H(
        "Founders only",
        "Draft: succession plan and the future of the Cacao Circle",
        "",
        "Hélène and Pieter wish to step back from daily operations by 2029.",
        "The Circle should outlive the handover; this note lists who could carry it.")),
    ("confidential", "fr", "« SECRET »", H(
        "SECRET",
        "Projet « Noisette » — reprise d'une pralinerie à Liège",
        "",
        "Les cédants souhaitent une discrétion totale jusqu'à la signature prévue en juin.")),
    # ---- none (8)
    ("none", "fr", "fiche allergènes, aucune marque", H(
        "Pralines assorties — fiche allergènes",
        "Peut contenir des traces de fruits à coque, de lait et de soja.",
        "",
        "Poids net : 250 g. À consommer de préférence dans les six semaines.")),
    ("none", "fr", "piège : « usage professionnel » porte sur le produit", H(
        "Chocolat de couverture 70 % — fiche technique",
        "Usage professionnel : tempérage à 31-32 °C",
        "",
        "Sac de 5 kg en pistoles. Fondre à 50 °C, refroidir à 28 °C, remonter à 31 °C.")),
    ("none", "en", "opening hours, no mark", H(
        "Shop opening hours — Christmas week",
        "Ghent, Namur, Brussels-Sablon",
        "",
        "Open every day from 9:00 to 19:00, including 24 December until 16:00. Closed on the 25th.")),
    ("none", "fr", "piège : « ouverte au public » porte sur une démonstration", H(
        "Démonstration de tempérage ouverte au public",
        "Samedi 6 décembre, boutique du Sablon",
        "",
        "Nos chocolatiers montrent en direct comment obtenir un chocolat brillant et cassant.")),
    ("none", "en", "trap: « secret » is about a recipe", H(
        "Recipe card: dark chocolate mousse",
        "Serves 6",
        "",
        "Our secret? A pinch of fleur de sel and eggs at room temperature.")),
    ("none", "fr", "compte rendu écrit par une fondatrice : auteur, pas audience", H(
        "Compte rendu de la visite des plantations — Équateur",
        "Rédigé par Hélène Van Roost, mars 2027",
        "",
        "Nous avons rencontré 14 producteurs de la coopérative de Vinces.",
        "Les cabosses de cette année sont plus petites, mais la fermentation est mieux maîtrisée.")),
    ("none", "fr", "piège : « réservée » porte sur la distribution d'un produit", H(
        "Ballotin « Saint-Valentin » — édition limitée",
        "Édition réservée aux boutiques de Bruxelles",
        "",
        "18 pralines, dont trois créations à la framboise et au poivre de Timut.")),
    ("none", "en", "packaging notice, no mark", H(
        "Packaging changeover — new ballotin sizes",
        "Effective: 1 March",
        "",
        "The 375 g ballotin is replaced by a 400 g size; the 1 kg box stays unchanged.")),
]
