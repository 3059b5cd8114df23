"""Client LUX: Boulangerie-Pâtisserie Kieffer (Luxembourg)."""

def H(*lines):
    return "\n".join(lines)

CASES = [
    # ---- public (8)
    ("public", "fr", "tous les Mitrons, niveaux listés", H(
        "Les Mitrons d'honneur — lettre de printemps",
        "Diffusion : tous les Mitrons (Levain, Croûte, Mie dorée)",
        "",
        "Le printemps, c'est la saison des tartes à la rhubarbe et de vos premiers avis sur la boutique de Kirchberg.")),
    ("public", "en", "trilingual public document mark, English body", H(
        "Honorary Bakers programme — rules",
        "Public document · Document public · Öffentliches Dokument",
        "",
        "Any customer with a Kieffer loyalty card can be invited. There is no fee and no purchase obligation.")),
    ("public", "fr", "ouvert à tous les Mitrons, tous niveaux", H(
        "Atelier « Pain au levain » pour les Mitrons",
        "Ouvert à tous les Mitrons, tous niveaux confondus",
        "",
        "Samedi 8 mars au fournil de Strassen, de 7 h à 10 h. Tablier fourni, café et croissant aussi.")),
    ("public", "fr", "« à partager avec l'ensemble des Mitrons d'honneur »", H(
        "Appel à avis — nouvelle boutique de Kirchberg",
        "À partager avec l'ensemble des Mitrons d'honneur",
        "",
        "Vous y êtes passés ? Un avis honnête, même court, nous aide beaucoup. 10 points par avis.")),
    ("public", "en", "for all Honorary Bakers", H(
        "For all Honorary Bakers",
        "Your points and how to redeem them",
        "",
        "150 points: a Sunday brunch for two. 300 points: a place at the Christmas bake-off.")),
    ("public", "fr", "« public et peut être partagé »", H(
        "Questions fréquentes — Mitrons d'honneur",
        "Ce document est public et peut être partagé.",
        "",
        "Comment devient-on Mitron ? Sur invitation d'une boutique ou d'un autre Mitron.")),
    ("public", "fr", "publication pour toute la communauté", H(
        "Merci ! Bilan de l'année des Mitrons",
        "Pour publication sur l'espace membres — toute la communauté",
        "",
        "En 2027, vous avez écrit 540 avis, animé 12 dégustations et parrainé 73 nouveaux clients.")),
    ("public", "en", "« Public »", H(
        "Public",
        "Seasonal bake calendar: stollen, galettes, Bretzel Sunday",
        "",
        "Stollen from 15 November, galettes des rois from 2 January, bretzels for Bretzelsonndeg in Lent.")),
    # ---- internal (8)
    ("internal", "fr", "usage interne, équipe boutiques", H(
        "Usage interne — équipe boutiques",
        "Comment enregistrer la contribution d'un Mitron en caisse",
        "",
        "Scanner la carte, choisir « Contribution », puis le type (avis, parrainage, dégustation).")),
    ("internal", "fr", "English mark « internal – not for customers », French body", H(
        "Internal – not for customers",
        "Rapprochement des cartes de fidélité des Mitrons",
        "",
        "Chaque lundi, la responsable de boutique vérifie que les points crédités correspondent aux contributions validées.")),
    ("internal", "fr", "sous-groupe : panel de dégustation", H(
        "Panel de dégustation — fiches de notation",
        "Diffusion réservée aux membres du panel",
        "",
        "Six pains à noter à l'aveugle : croûte, mie, arôme, conservation au troisième jour.")),
    ("internal", "fr", "un seul niveau (Mie dorée)", H(
        "Mitrons Mie dorée uniquement",
        "Avant-première : la brioche au riesling",
        "",
        "Vous serez les premiers à la goûter, le 2 mai à la boutique de la Grand-Rue.")),
    ("internal", "fr", "sous-groupe régional (Sud)", H(
        "Mitrons d'Esch-sur-Alzette et du Sud",
        "À l'intention des Mitrons de la région Sud",
        "",
        "La boutique de Dudelange rouvre après travaux : on compte sur vous pour l'inauguration le 12 juin.")),
    ("internal", "en", "pilot group only, do not forward", H(
        "Pilot group – pre-order app",
        "For the 20 pilot testers only, please don't forward",
        "",
        "Order by 8 pm, pick up from 7 am. Tell us every time something goes wrong.")),
    ("internal", "fr", "« Interne / Intern » FR/LU, planning du personnel", H(
        "Interne / Intern",
        "Planning des sollicitations pour la Foire de printemps",
        "",
        "Stand Kieffer, hall 3 : deux Mitrons par demi-journée, pas plus d'une demande par personne.")),
    ("internal", "fr", "personnel uniquement", H(
        "Ne pas afficher en boutique — personnel uniquement",
        "Consignes en cas de réclamation d'un Mitron",
        "",
        "Un Mitron mécontent reste d'abord un client : on règle la réclamation avant de parler du programme.")),
    # ---- confidential (6)
    ("confidential", "fr", "réservé aux gérants (direction de la SARL)", H(
        "Réservé aux gérants",
        "Comptes du programme des Mitrons d'honneur — 2027",
        "",
        "Coût total : 38 400 €, dont 21 000 € de produits offerts.")),
    ("confidential", "en", "confidential, management committee", H(
        "Confidential — Management Committee",
        "Closing the Bonnevoie shop: impact on Honorary Bakers",
        "",
        "About 60 Honorary Bakers shop mainly in Bonnevoie. We need a plan before anyone hears about the closure.")),
    ("confidential", "fr", "« strictement confidentiel »", H(
        "Strictement confidentiel",
        "Négociation du bail du fournil central",
        "",
        "Le propriétaire demande une hausse de 22 %. Position de repli : déménagement à Contern.")),
    ("confidential", "fr", "personnel et confidentiel, gérante nommée", H(
        "Personnel et confidentiel",
        "À l'attention personnelle de Mme Nathalie Kieffer, gérante",
        "",
        "Objet : conflit entre un Mitron et une vendeuse de la boutique de la gare.")),
    ("confidential", "fr", "« Confidentiel / Vertraulech » FR/LU", H(
        "Confidentiel / Vertraulech",
        "Projet de franchise à Trèves",
        "",
        "Un partenaire allemand propose d'ouvrir deux boutiques sous l'enseigne Kieffer en 2029.")),
    ("confidential", "en", "the two named managing directors only", H(
        "Managing directors only (Claude and Nathalie Kieffer)",
        "Draft: selling a minority stake",
        "",
        "An investor is offering to buy 25 % of the company. Terms and questions below.")),
    # ---- none (8)
    ("none", "fr", "liste d'ingrédients, aucune marque", H(
        "Pain de seigle luxembourgeois — ingrédients",
        "Farine de seigle, eau, levain, sel, cumin",
        "",
        "Cuisson 55 minutes à 230 °C, puis repos de 24 heures avant de trancher.")),
    ("none", "fr", "piège : « usage professionnel et intérieur » d'un four", H(
        "Four à sole — consignes de sécurité",
        "Appareil à usage professionnel et intérieur uniquement",
        "",
        "Ne jamais ouvrir la porte pendant le cycle de vapeur. Porter les gants fournis.")),
    ("none", "en", "delivery schedule, no mark", H(
        "Delivery rounds — weekend schedule",
        "",
        "Saturday: Strassen, Bertrange, Mamer before 7:30. Sunday: city centre only.")),
    ("none", "fr", "piège : « ouverte au grand public » porte sur une fête", H(
        "Fête du pain — place Guillaume II",
        "Animation gratuite, ouverte au grand public",
        "",
        "Démonstration de façonnage toutes les heures, atelier bretzels pour les enfants.")),
    ("none", "en", "trap: « confidential » is about customers' order data", H(
        "Our promise to you",
        "Your order details are kept confidential and never sold.",
        "",
        "We only use your address to deliver your bread, and we delete it after 12 months without orders.")),
    ("none", "en", "recipe, no mark", H(
        "Kieffer's Bouneschlupp",
        "Serves 4",
        "",
        "Green beans, potatoes, bacon and a spoon of crème fraîche. Serve with our rye bread.")),
    ("none", "fr", "piège : « réservé au nom de » = commande", H(
        "Commande de gâteau d'anniversaire",
        "Réservé au nom de : famille Hoffmann",
        "Retrait : samedi à 10 h, boutique de la Grand-Rue",
        "",
        "Forêt-noire pour 12 personnes, inscription « Joyeux anniversaire Lena ».")),
    ("none", "en", "lab results, no mark", H(
        "New sourdough starter — lab results",
        "Sample taken 2 February",
        "",
        "pH 3.9, yeast count stable, no contamination found.")),
]
