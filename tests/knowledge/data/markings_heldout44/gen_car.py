"""Client CAR: Teranga Horizons Voyages (Dakar, with agencies in Abidjan and Casablanca)."""

def H(*lines):
    return "\n".join(lines)

CASES = [
    # ---- public (8)
    ("public", "fr", "« pour information à tous les ambassadeurs »", H(
        "NOTE D'INFORMATION",
        "Pour information à tous les ambassadeurs Griots du Voyage",
        "",
        "Les départs de fin d'année affichent complet sur Saly et Cap Skirring.",
        "Merci de ne plus promettre de places à vos proches avant janvier.")),
    ("public", "fr", "note de service adressée à l'ensemble des Griots, niveaux listés", H(
        "Note de service n° 027/THV/DG",
        "Destinataires : l'ensemble des Griots du Voyage (Sable, Ocre, Indigo)",
        "Objet : nouveau barème de points",
        "",
        "À compter du 1er juillet, un parrainage abouti rapporte 60 points au lieu de 40.")),
    ("public", "en", "for every Griot, whatever the level", H(
        "Griots du Voyage — welcome pack (English)",
        "For every Griot, whatever your level",
        "",
        "You travelled with us, you loved it, and you said so. Here's how the programme works.")),
    ("public", "fr", "« à diffuser largement auprès de tous nos Griots »", H(
        "Appel à témoignages vidéo — Salon du voyage d'Abidjan",
        "À diffuser largement auprès de tous nos Griots",
        "",
        "Racontez en une minute votre plus beau voyage avec Teranga Horizons. Tournage au stand le 22 avril.")),
    ("public", "fr", "« Document public »", H(
        "Règlement du programme Griots du Voyage",
        "Document public",
        "",
        "Article 3 : les points n'ont aucune valeur monétaire et ne peuvent être échangés contre des espèces.")),
    ("public", "fr", "à l'attention de tous les Griots, toutes agences", H(
        "Communiqué de l'agence de Casablanca",
        "À l'attention de tous les Griots, toutes agences confondues",
        "",
        "Notre nouvelle agence du boulevard d'Anfa ouvre le 2 septembre. Vous êtes tous invités au thé d'inauguration.")),
    ("public", "en", "« Public »", H(
        "Public",
        "Travel tips from our Griots: the Saloum Delta",
        "",
        "Take the early pirogue, bring a hat, and don't miss the shell island of Joal-Fadiouth.")),
    ("public", "fr", "peut être partagée avec tous les membres du programme", H(
        "Lettre des Griots n° 9",
        "Peut être partagée avec tous les membres du programme",
        "",
        "Ce mois-ci : portrait d'Awa, Griot niveau Indigo, qui nous a présenté onze familles depuis 2025.")),
    # ---- internal (8)
    ("internal", "fr", "note de service au personnel des agences", H(
        "NOTE DE SERVICE",
        "Destinataires : personnel des agences de Dakar, Abidjan et Casablanca",
        "Objet : enregistrement des recommandations des Griots",
        "",
        "Toute recommandation doit être saisie dans le CRM le jour même, avec le nom du Griot.")),
    ("internal", "fr", "un seul niveau (Indigo)", H(
        "Diffusion : Griots de niveau Indigo",
        "Invitation : voyage de repérage au Sine-Saloum",
        "",
        "Huit places, du 14 au 16 novembre. Vous testez le nouveau campement avant son ouverture au catalogue.")),
    ("internal", "fr", "usage interne, agence d'Abidjan", H(
        "Usage interne — agence d'Abidjan",
        "Liste des Griots à relancer",
        "",
        "Douze Griots n'ont répondu à aucune sollicitation depuis mars. Appeler avant d'écrire.")),
    ("internal", "en", "staff only", H(
        "Internal – Teranga Horizons staff",
        "Solicitation load: who was asked too often",
        "",
        "Four Griots from Dakar received six requests each this quarter. Pause them until September.")),
    ("internal", "fr", "diffusion restreinte au comité des circuits (sous-groupe)", H(
        "Comité des circuits — compte rendu de la séance du 4 juin",
        "Diffusion restreinte aux membres du comité des circuits",
        "",
        "Les Griots du comité proposent de raccourcir le circuit Lompoul à deux nuits.")),
    ("internal", "fr", "sous-groupe : pilote", H(
        "Groupe pilote « Escapades Saloum »",
        "Réservé aux Griots participant au pilote — ne pas transférer",
        "",
        "Votre week-end test est prévu du 6 au 8 décembre. Départ de l'agence de Dakar à 7 h.")),
    ("internal", "en", "regional subgroup (Abidjan)", H(
        "Abidjan Griots only",
        "Get-together at the Plateau agency",
        "",
        "Friday 17 October, 6 pm. Come and meet the new team, and bring your travel photos.")),
    ("internal", "fr", "ampliation aux chefs d'agence et service commercial, diffusion interne", H(
        "Diffusion interne",
        "Ampliation : chefs d'agence, service commercial",
        "Objet : procédure de remboursement des frais des Griots",
        "",
        "Les frais de transport pour un salon sont remboursés sur justificatif, dans un délai de 15 jours.")),
    # ---- confidential (6)
    ("confidential", "fr", "note confidentielle, diffusion DG/DGA", H(
        "NOTE CONFIDENTIELLE",
        "Diffusion : DG, DGA",
        "Objet : renégociation du contrat avec la compagnie aérienne partenaire",
        "",
        "La compagnie retire le tarif groupe sur Dakar–Casablanca au 1er janvier.")),
    ("confidential", "fr", "réservé au CODIR", H(
        "Réservé au Comité de direction (CODIR)",
        "Bilan financier du programme Griots — premier semestre",
        "",
        "Chiffre d'affaires influencé : 84 millions de francs CFA, pour un coût de 9,5 millions.")),
    ("confidential", "fr", "à l'attention exclusive de la DG", H(
        "À l'attention exclusive de Madame la Directrice Générale",
        "Objet : incident concernant les données personnelles de Griots",
        "",
        "Une liste de 40 Griots avec leurs numéros de passeport a été envoyée par erreur à un hôtel partenaire.")),
    ("confidential", "en", "confidential, board of directors", H(
        "CONFIDENTIAL — Board of Directors",
        "Proposal: opening an agency in Lomé",
        "",
        "Our Togolese Griots already bring in 12 % of Dakar's bookings. Budget and timeline attached.")),
    ("confidential", "fr", "« Secret — ne pas diffuser »", H(
        "Secret — ne pas diffuser",
        "Projet de rachat de l'agence Sahel Découvertes",
        "",
        "Les discussions avec les actionnaires de Sahel Découvertes ont repris le 3 mars.")),
    ("confidential", "en", "strictly confidential, CEO and deputy CEO only", H(
        "Strictly confidential — CEO and Deputy CEO only",
        "Branch managers' review and their part in the Griots programme",
        "",
        "Two branch managers never log Griot referrals. We need to discuss this before the annual reviews.")),
    # ---- none (8)
    ("none", "en", "tour itinerary, no mark", H(
        "Pink Lake and Lompoul desert — 3-day tour",
        "Day 1: leave Dakar at 8 am",
        "",
        "Lunch by Lac Rose, then 4x4 to the Lompoul dunes. Night in a Mauritanian tent.")),
    ("none", "fr", "piège : « strictement personnel » porte sur le passeport", H(
        "Visa pour le Maroc — pièces à fournir",
        "Le passeport est un document strictement personnel : ne le confiez à personne.",
        "",
        "Passeport valide six mois après le retour, deux photos, réservation d'hôtel.")),
    ("none", "fr", "piège : « grand public » est une catégorie de tarif", H(
        "Excursion à la réserve de Bandia",
        "Tarifs grand public et tarifs groupes — saison 2027-2028",
        "",
        "Adulte : 15 000 F CFA. Enfant de moins de 12 ans : 7 500 F CFA.")),
    ("none", "en", "flight schedule, no mark", H(
        "Flight schedule changes — Dakar–Casablanca",
        "Effective 1 November",
        "",
        "The evening flight moves from 21:40 to 23:10. Check connections for Marrakech.")),
    ("none", "fr", "piège : modèle de clause de confidentialité, aucune marque de lecture", H(
        "Modèle de clause de confidentialité pour les guides partenaires",
        "Version 2, juin 2027",
        "",
        "Le guide s'engage à ne pas divulguer les informations personnelles des voyageurs qu'il accompagne.")),
    ("none", "fr", "piège : « la direction de l'hôtel » ", H(
        "Fiche hôtel — Riad Zitoun, Marrakech",
        "Arrivée à partir de 14 h",
        "",
        "La direction de l'hôtel offre le thé de bienvenue. Hammam sur réservation à la réception.")),
    ("none", "en", "trap: « internal » flights = domestic", H(
        "Internal flights in Morocco — baggage allowance",
        "Casablanca–Dakhla: 20 kg in the hold",
        "",
        "Sports equipment (surfboards, kites) must be declared when booking.")),
    ("none", "fr", "carnet écrit par un Griot : auteur, pas audience", H(
        "Carnet de voyage — la Casamance en pirogue",
        "Par Fatou, Griot niveau Ocre",
        "",
        "Trois jours entre Ziguinchor et les bolongs, des huîtres grillées et des nuits très calmes.")),
]
