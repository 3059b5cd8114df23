# -*- coding: utf-8 -*-
"""Source strings of the generated PDF and DOCX documents (standard library only).

Each document is a list of blocks:
  ("title", text) ("h1", text) ("h2", text) ("p", text) ("boldp", text)  # bold line used as a heading
  ("bullets", [items]) ("numbered", [items]) ("table", [header, row, ...]) ("pagebreak",)
validate.py reads these strings for the PDFs; the DOCX files are read back directly.
"""

GUIDE_POINTS = [
    ("title", "Guide des points et des niveaux - Éclaireurs des Grands Névés"),
    ("p", "Document public — à destination des ambassadeurs. Saison 2026-2027."),
    ("h1", "1. Comment gagner des points"),
    ("p", "Chaque contribution validée par l'équipe communauté rapporte des points. La validation prend en général moins de 5 jours ouvrés."),
    ("p", "Le barème de la saison est le suivant :"),
    ("table", [
        ["Contribution", "Points", "Plafond"],
        ["Avis en ligne (Google, Tripadvisor, etc.)", "10", "3 par saison"],
        ["Partage sur les réseaux sociaux", "5", "2 par mois"],
        ["Témoignage écrit", "30", "aucun"],
        ["Témoignage vidéo", "60", "2 par saison"],
        ["Participation à un événement", "25", "aucun"],
        ["Présentation d'un groupe ou d'un CE", "80", "aucun"],
        ["Aide apportée sur le Discord", "5", "10 par mois"],
        ["Idée d'amélioration retenue", "40", "aucun"],
    ]),
    ("p", "Les points sont comptés sur 12 mois glissants : un point gagné en janvier 2027 compte jusqu'en janvier 2028."),
    ("h1", "2. Les niveaux"),
    ("p", "Il existe trois niveaux, recalculés le 1er de chaque mois."),
    ("h2", "2.1 Flocon"),
    ("p", "Tout nouvel Éclaireur commence au niveau Flocon, quel que soit son nombre de points."),
    ("p", "Au niveau Flocon, vous bénéficiez de :"),
    ("bullets", [
        "l'accès au Discord privé des Éclaireurs",
        "la newsletter « Trace fraîche », un jeudi sur deux",
        "un tour en dameuse offert la première saison",
    ]),
    ("h2", "2.2 Cristal (150 points)"),
    ("p", "En plus des avantages du niveau Flocon, le niveau Cristal donne droit à :"),
    ("bullets", [
        "15 % de remise sur le renouvellement du forfait saison",
        "une entrée gratuite par mois à l'Espace Aquatique des Névés",
        "l'accès anticipé aux nouvelles pistes, la veille de leur ouverture",
    ]),
    ("h2", "2.3 Sommet (500 points)"),
    ("p", "En plus des avantages des niveaux précédents, le niveau Sommet ouvre :"),
    ("bullets", [
        "une place au comité des usagers, qui se réunit deux fois par saison",
        "une sortie hors-piste encadrée par un guide de haute montagne",
    ]),
    ("pagebreak",),
    ("bullets", [
        "votre portrait sur le site et dans les télécabines",
        "30 % de remise sur le forfait saison (au lieu de 15 %)",
    ]),
    ("h1", "3. Descendre de niveau"),
    ("p", "Si votre total sur 12 mois passe sous le seuil de votre niveau, vous gardez votre niveau jusqu'à la fin de la saison en cours. Personne ne redescend en plein hiver."),
    ("p", "Un Éclaireur sans aucune contribution pendant 6 mois reçoit un message de l'équipe, pas une sanction : on veut juste savoir si tout va bien."),
    ("h1", "4. Utiliser ses points"),
    ("p", "Vous pouvez convertir vos points en récompenses dans la boutique Éclaireurs :"),
    ("bullets", [
        "100 points : un bon de 10 € à la boutique de location",
        "250 points : une journée de forfait pour un proche",
        "400 points : un cours particulier d'une heure avec un moniteur",
    ]),
    ("p", "Convertir des points ne fait pas baisser votre niveau : le niveau est calculé sur les points gagnés, pas sur le solde restant."),
]

CAP_2027 = [
    ("title", "Programme Éclaireurs - Cap 2027"),
    ("p", "Public — à destination des ambassadeurs et des partenaires de la station."),
    ("h1", "Notre raison d'être"),
    ("p", "Faire découvrir une montagne accessible, familiale et respectueuse du vivant, racontée par celles et ceux qui la vivent chaque hiver."),
    ("p", "Cette phrase a été écrite en atelier NOUS en juin 2026 par l'équipe de la station et douze Éclaireurs. Elle n'est pas gravée dans le marbre et sera relue chaque printemps."),
    ("h1", "Objectifs 2027"),
    ("p", "Pour la saison 2026-2027, nous nous sommes fixé quatre objectifs :"),
    ("bullets", [
        "faire venir de nouvelles familles des villes voisines (Annecy, Chambéry, Genève)",
        "remplir les semaines creuses de janvier",
        "mieux faire connaître le ski de randonnée et les pistes de luge",
        "recueillir les idées des habitués avant les travaux du télésiège des Crêtes",
    ]),
    ("h1", "Indicateurs suivis"),
    ("p", "Chaque objectif est suivi par un indicateur, avec une cible pour fin avril 2027."),
    ("table", [
        ["Objectif", "Indicateur", "Cible avril 2027"],
        ["Nouvelles familles", "Forfaits famille vendus avec un code Éclaireur", "350"],
        ["Semaines de janvier", "Taux d'occupation des hébergements partenaires en janvier", "72 %"],
        ["Randonnée et luge", "Participants aux sorties découverte", "600"],
        ["Idées des habitués", "Idées recueillies pour le télésiège des Crêtes", "120"],
        ["Santé du programme", "Délai moyen de réponse à une sollicitation", "moins de 4 jours"],
    ]),
    ("h1", "Ce que nous avons entendu en atelier JE"),
    ("p", "Lors des ateliers JE d'octobre, les Éclaireurs ont surtout parlé de reconnaissance et de temps. Beaucoup ne veulent pas « faire de la pub » mais partager des bons plans avec leurs proches."),
    ("p", "Les parents de jeunes enfants ont demandé des sollicitations courtes, faisables depuis un téléphone, et jamais pendant les vacances scolaires."),
    ("h1", "Groupes d'Éclaireurs"),
    ("p", "Après l'atelier ACTION, les Éclaireurs sont répartis en trois groupes, chacun nourri par ses propres thèmes :"),
    ("bullets", [
        "Familles : ski débutant, luge, hébergements, bons plans des vacances",
        "Randonneurs : ski de randonnée, sécurité avalanche, itinéraires balisés",
        "Locaux et saisonniers : vie du village, emploi saisonnier, navettes et transport en commun",
    ]),
    ("p", "Chaque Éclaireur peut changer de groupe une fois par saison en le demandant dans le salon #groupes."),
]

CALENDRIER = [
    ("title", "Calendrier des sollicitations — saison 2026/2027"),
    ("p", "Document public — à destination des ambassadeurs"),
    ("h1", "Comment lire ce calendrier"),
    ("p", "Chaque ligne correspond à une demande que l'équipe communauté vous enverra sur Discord. Vous n'êtes jamais obligé de répondre à toutes."),
    ("p", "Une sollicitation comporte toujours :"),
    ("bullets", [
        "ce qu'on vous demande, en une phrase",
        "la date limite de réponse",
        "le nombre de points à la clé",
        "la personne de l'équipe à qui répondre",
    ]),
    ("h1", "Le calendrier"),
    ("table", [
        ["Mois", "Sollicitation", "Éclaireurs recherchés", "Date limite"],
        ["Décembre", "Avis en ligne après l'ouverture du domaine", "40", "20 décembre"],
        ["Janvier", "Témoignage vidéo « ma semaine de janvier »", "8", "15 janvier"],
        ["Février", "Accueil des familles au salon Destination Montagne de Lyon", "6", "3 février"],
        ["Mars", "Test des nouvelles pistes de luge nocturne", "15", "1er mars"],
        ["Avril", "Questionnaire sur le futur télésiège des Crêtes", "60", "25 avril"],
        ["Juin", "Atelier bilan de saison (NOUS et JE)", "20", "10 juin"],
    ]),
    ("h1", "Règles de rotation"),
    ("p", "Pour éviter d'épuiser toujours les mêmes personnes, nous appliquons trois règles :"),
    ("numbered", [
        "une même personne ne reçoit pas plus de deux sollicitations par mois",
        "un Éclaireur qui a répondu aux trois dernières demandes passe son tour à la suivante",
        "les Éclaireurs qui n'ont encore jamais été sollicités sont prioritaires",
    ]),
    ("h2", "Et si je ne réponds pas ?"),
    ("p", "Rien ne se passe. Une sollicitation sans réponse n'enlève aucun point. Au bout de trois sollicitations sans réponse, nous vous écrivons simplement pour savoir si vous souhaitez rester dans le programme."),
    ("h1", "Délais"),
    ("p", "Nous envoyons chaque sollicitation au moins 10 jours avant la date limite, sauf urgence liée à la météo (ouverture anticipée, chute de neige exceptionnelle)."),
]

KIT_TEMOIGNAGE = [
    ("boldp", "KIT TÉMOIGNAGE  -  Éclaireurs des Grands Névés"),
    ("p", "Public — pour les Éclaireurs (version du 12/11/2026)"),
    ("boldp", "Avant de commencer"),
    ("p", "Un bon témoignage raconte une expérience précise : une journée, une rencontre, une première descente. Pas besoin d'être écrivain ni vidéaste."),
    ("boldp", "Témoignage écrit"),
    ("p", "Pour un témoignage écrit, nous vous conseillons :"),
    ("bullets", [
        "entre 500 et 1 500 caractères",
        "une anecdote datée plutôt qu'un avis général",
        "un point négatif si vous en avez un, c'est ce qui rend le texte crédible",
        "une photo prise par vous, sans personne reconnaissable sans son accord",
    ]),
    ("boldp", "Témoignage vidéo"),
    ("p", "Filmez en format vertical, 60 à 90 secondes, de préférence à l'extérieur et loin des pistes en activité. Le son compte plus que l'image : évitez le vent de face."),
    ("p", "Les vidéos se déposent dans le dossier partagé indiqué dans la sollicitation, au format MP4 ou MOV."),
    ("boldp", "Ce que nous faisons de votre témoignage"),
    ("table", [
        ["Canal", "Durée de publication", "Modifiable ?"],
        ["Site des Grands Névés", "2 saisons", "oui, sur demande"],
        ["Réseaux sociaux de la station", "sans limite", "non, mais retrait possible"],
        ["Affichage en télécabine", "1 saison", "non"],
        ["Brochure groupes et CE", "jusqu'à la réimpression", "non"],
    ]),
    ("boldp", "Ce qu'on ne vous demandera jamais"),
    ("p", "Nous ne vous demanderons jamais de réciter un texte écrit par la station, ni de cacher que vous êtes Éclaireur. Un témoignage trop lisse ne convainc personne."),
]

PDFS = {
    "guide_points_niveaux.pdf": GUIDE_POINTS,
    "cap_2027_objectifs.pdf": CAP_2027,
}
DOCXS = {
    "calendrier_sollicitations_2027.docx": CALENDRIER,
    "kit_temoignage.docx": KIT_TEMOIGNAGE,
}


def plain_text(blocks):
    """All strings of a document, one per line (used by validate.py for PDFs)."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("bullets", "numbered"):
            out.extend(b[1])
        elif kind == "table":
            for row in b[1]:
                out.append(" | ".join(row))
        elif kind == "pagebreak":
            continue
        else:
            out.append(b[1])
    return "\n".join(out)
