"""Client SKI: École de glisse Montfleuri (Valais, Switzerland)."""

def H(*lines):
    return "\n".join(lines)

CASES = [
    # ---- public (8)
    ("public", "fr", "« à l'intention de tous les Chamois », niveaux listés", H(
        "Club des Chamois — programme de l'hiver 2027-2028",
        "À l'intention de tous les Chamois (Vert, Rouge et Noir)",
        "",
        "Ouverture de la saison le 13 décembre si l'enneigement le permet.",
        "Première sortie du Club : descente aux flambeaux le 31 décembre.")),
    ("public", "en", "for all Chamois members, feel free to share", H(
        "Chamois Club — referral guide",
        "For all Chamois members. Feel free to share.",
        "",
        "Bring a family to their first week of lessons and earn 40 points once their course is finished.")),
    ("public", "fr", "« Public »", H(
        "Communiqué aux membres du Club des Chamois",
        "Public",
        "",
        "La journée des Chamois aura lieu le 20 mars sur le domaine de Montfleuri.",
        "Au programme : slalom en famille, raclette et remise des badges.")),
    ("public", "fr", "« peut être partagé avec tous les Chamois »", H(
        "Concours photo « Ma plus belle trace »",
        "Peut être partagé avec tous les Chamois et affiché à l'accueil",
        "",
        "Envoyez une photo prise pendant un cours, avec l'accord des personnes qui y figurent.")),
    ("public", "en", "trilingual public mark EN/DE/FR, English body", H(
        "PUBLIC — Öffentlich — Public",
        "How to log a review after your lesson",
        "",
        "Open the Chamois app, tap « My lessons », pick the lesson and write a few words.",
        "A review earns 10 points, whatever its rating.")),
    ("public", "fr", "destinataires : tous les Chamois quel que soit le niveau", H(
        "Rappel des avantages par niveau",
        "Destinataires : tous les Chamois, quel que soit leur niveau",
        "",
        "Chamois Vert : 10 % sur les cours privés. Chamois Rouge : un cours d'essai offert à un ami.",
        "Chamois Noir : une journée hors-piste encadrée par saison.")),
    ("public", "fr", "« à transmettre à l'ensemble de la communauté »", H(
        "Sondage de fin de saison",
        "À transmettre à l'ensemble de la communauté des Chamois",
        "",
        "Dix minutes, pas plus : dites-nous ce qui vous a plu, et ce qui vous a agacés.")),
    ("public", "en", "« To all Chamois » in the title", H(
        "To all Chamois: season pass early-bird offer",
        "",
        "Book before 31 October and your family's lift passes come with two free group lessons.")),
    # ---- internal (8)
    ("internal", "fr", "usage interne, moniteurs et secrétariat", H(
        "Usage interne — moniteurs et secrétariat",
        "Liste des Chamois à solliciter pour la vidéo de Noël",
        "",
        "Priorité aux familles qui n'ont encore jamais été sollicitées.",
        "Famille Métrailler : déjà trois demandes cette saison, ne pas relancer.")),
    ("internal", "fr", "« Intern / Usage interne » bilingue DE/FR, procédure", H(
        "Intern / Usage interne",
        "Procédure : accueil des Chamois Noir lors des sorties hors-piste encadrées",
        "",
        "Contrôler DVA, pelle et sonde au départ. Le guide signe la feuille de sortie avant 8 h 45.")),
    ("internal", "en", "one level only (Chamois Noir)", H(
        "Chamois Noir only",
        "Invitation: a day with the ski patrol",
        "",
        "Five places, first week of February. You'll see how the slopes are secured before opening.")),
    ("internal", "fr", "sous-groupe : parents du groupe pilote", H(
        "Réservé aux parents du groupe pilote « Jardin des neiges »",
        "Questionnaire d'essai de l'application de réservation",
        "",
        "Merci de tester la réservation des cours depuis votre téléphone pendant les vacances de février.")),
    ("internal", "fr", "sous-groupe : jury", H(
        "Jury du concours photo — délibération",
        "À l'intention des membres du jury uniquement",
        "",
        "42 photos reçues. Chaque juré en retient cinq avant le 10 avril.")),
    ("internal", "en", "staff only, EN/DE mark", H(
        "Staff only / Nur für Mitarbeitende",
        "Keeping track of over-solicited Chamois",
        "",
        "From now on, the front desk checks the ask counter before any request. Max two asks per month per family.")),
    ("internal", "fr", "sous-groupe régional (Haut-Valais)", H(
        "Chamois du Haut-Valais — rencontre à Brigue",
        "Diffusion : Chamois domiciliés dans le Haut-Valais",
        "",
        "Apéritif au restaurant de la gare le 14 novembre, 18 h. Inscription auprès du secrétariat.")),
    ("internal", "fr", "« réservé à l'équipe », ne pas afficher", H(
        "Note aux moniteurs",
        "Ne pas afficher à l'accueil — document réservé à l'équipe",
        "",
        "Quand un Chamois propose une vidéo de cours, vérifier que tous les enfants filmés ont l'accord écrit des parents.")),
    # ---- confidential (6)
    ("confidential", "fr", "« strictement personnel » + directrice nommée", H(
        "Strictement personnel",
        "À l'intention de Mme Anne-Laure Rey, directrice",
        "",
        "Objet : plainte d'une famille Chamois Noir contre un moniteur, séjour du 3 au 8 février.")),
    ("confidential", "fr", "réservé au conseil d'administration", H(
        "Réservé au conseil d'administration de Montfleuri Glisse SA",
        "Budget du Club des Chamois 2028 et prix des abonnements",
        "",
        "Proposition : financer les journées hors-piste du niveau Noir par une hausse de CHF 15 du forfait famille.")),
    ("confidential", "en", "CONFIDENTIAL / VERTRAULICH", H(
        "CONFIDENTIAL / VERTRAULICH",
        "Acquisition talks with a neighbouring ski school",
        "",
        "Their 1,100 regular families would join the Chamois Club if the deal closes this summer.")),
    ("confidential", "fr", "confidentiel — direction uniquement", H(
        "Confidentiel — direction uniquement",
        "Évaluation des risques : une saison sans neige",
        "",
        "Sous 40 jours d'ouverture, le Club des Chamois devient déficitaire.",
        "Pistes : randonnée estivale, VTT, cours en salle.")),
    ("confidential", "en", "founders only, not for circulation", H(
        "Founders only — not for circulation",
        "From: Urs Bächler, co-founder",
        "To: Anne-Laure Rey, co-founder",
        "",
        "I'd like us to discuss my shares before the general meeting.")),
    ("confidential", "fr", "confidentiel — comité de direction", H(
        "Confidentiel — comité de direction",
        "Projet : rémunérer les Chamois Noir qui encadrent des sorties",
        "",
        "Question juridique : un client rémunéré reste-t-il un ambassadeur crédible?")),
    # ---- none (8)
    ("none", "fr", "horaires de cours, aucune marque", H(
        "Horaires des cours collectifs — Noël 2027",
        "Débutants : 9 h 30 – 12 h",
        "Avancés : 13 h 30 – 16 h",
        "",
        "Rendez-vous au point de rencontre orange, au pied du télésiège des Fontaines.")),
    ("none", "fr", "piège : « réservé » porte sur l'âge des enfants d'un cours", H(
        "Jardin des neiges",
        "Réservé aux enfants de 3 à 5 ans",
        "Tarif : CHF 240 la semaine, goûter compris",
        "",
        "Les plus petits découvrent la glisse sur un espace clos, avec tapis roulant.")),
    ("none", "en", "trap: « strictly personal » is about lift passes", H(
        "Lift pass terms",
        "Passes are strictly personal and non-transferable.",
        "",
        "A lost pass can be replaced at the ticket office for CHF 10 on presentation of the receipt.")),
    ("none", "fr", "piège : « usage intérieur » d'un appareil", H(
        "Sèche-chaussures électrique — notice d'installation",
        "Appareil à usage intérieur uniquement",
        "",
        "Fixer au mur du local à skis, à 20 cm au moins du sol. Ne pas couvrir pendant le fonctionnement.")),
    ("none", "en", "safety briefing, no mark", H(
        "Avalanche safety briefing — off-piste groups",
        "Guide: Marco Zen-Ruffinen",
        "",
        "Danger level today: 3 (considerable). We stay on slopes under 30 degrees.")),
    ("none", "fr", "compte rendu sans marque", H(
        "Compte rendu de la journée des Chamois 2027",
        "",
        "126 participants, 14 témoignages vidéo tournés, 9 nouvelles familles parrainées.",
        "Le slalom en famille a été le moment préféré, d'après le sondage.")),
    ("none", "en", "snow report, no mark", H(
        "Snow report — 14 January",
        "Fresh snow: 35 cm overnight",
        "",
        "All lifts open except the Combe chairlift (wind). Group lessons run as planned.")),
    ("none", "fr", "piège : « direction » du vent", H(
        "Météo : changement de direction du vent",
        "Mis à jour à 11 h 20",
        "",
        "Le télésiège de la Combe ferme à midi. Les cours de l'après-midi se déplacent sur la piste des Mélèzes.")),
]
