"""PDF and DOCX documents, as blocks (see writers.py)."""

P1_NAME = "la-portee-n14-novembre-2026.pdf"
P1_TITLE = "La Portée n°14 — novembre 2026"
P1 = [
    ("title", "La Portée n°14 — novembre 2026"),
    ("meta", "Diffusion : tous les Diapasons — export PDF du mail du 10 novembre 2026"),
    ("h1", "Le mot de l'équipe"),
    ("p", "Cet automne, vous avez parrainé 112 familles pendant l'opération de rentrée, dont 9 à Bruxelles "
          "et à Genève. C'est presque deux fois plus que l'an dernier."),
    ("p", "Vous avez aussi été 73 à nous envoyer des idées pour le barème 2027. On ne les a pas toutes "
          "retenues, mais on les a toutes lues, et le nouveau barème ci-contre vient directement de vous."),
    ("p", "Manon, Yanis et Claire"),
    ("h1", "À la une : le barème 2027"),
    ("p", "Voici ce qui change au 1er janvier 2027 :"),
    ("ul", ["le témoignage vidéo passe de 50 à 60 points ;",
            "une réponse utile sur le forum passe de 8 à 10 points ;",
            "les partages publics restent à 5 points, mais sont comptés 3 fois par mois au lieu de 4 ;",
            "nouveau : animer un cours d'initiation en boutique rapporte 35 points."]),
    ("p", "Les cours d'initiation sont ouverts aux Diapasons Noire, Blanche et Ronde, après un briefing "
          "d'une heure avec l'équipe de la boutique."),
    ("h1", "Ce qui ne change pas"),
    ("p", "Pour que les choses soient claires, ces règles restent les mêmes en 2027 :"),
    ("ul", ["les seuils des niveaux : 150, 500 et 1 200 points ;",
            "la validité des points : 24 mois ;",
            "deux sollicitations par mois au maximum ;",
            "le parrainage à 60 points."]),
    ("h1", "Agenda"),
    ("p", "Sam. 15 novembre — Atelier archets, Vibrato Rennes, 14 h"),
    ("p", "Jeu. 20 novembre — Café des Diapasons en visio, 19 h 30"),
    ("p", "Sam. 29 novembre — Atelier « Enregistrer chez soi », Vibrato Grenoble, 10 h"),
    ("p", "Sam. 6 décembre — Scène ouverte de Noël, Vibrato Bruxelles, 17 h"),
    ("h1", "Vos questions"),
    ("pb", "« Mes points de 2026 vont-ils être recalculés ? » (Solène, Lyon)"),
    ("p", "Non. Les points déjà gagnés restent tels quels. Le nouveau barème ne s'applique qu'aux "
          "contributions faites à partir du 1er janvier 2027."),
    ("pb", "« Le bon d'achat marche sur les locations ? » (Karim, Montpellier)"),
    ("p", "Oui, les bons issus de vos points peuvent payer les mensualités d'une location d'instrument "
          "d'étude, dans la limite de trois mensualités par an."),
    ("h1", "Le Diapason du mois"),
    ("p", "Pierre-Yves Lemaire, Diapason Ronde à Strasbourg, a répondu à 64 questions sur le forum depuis "
          "janvier, dont 41 marquées utiles. Il a aussi animé, en test, le premier cours d'initiation au "
          "piano numérique à Vibrato Strasbourg. Merci Pierre-Yves !"),
]

P2_NAME = "coulisses-n5-interne-novembre-2026.pdf"
P2_TITLE = "Coulisses n°5 — novembre 2026"
P2 = [
    ("title", "Coulisses n°5 — novembre 2026"),
    ("meta", "Document interne — équipe communauté et responsables de boutique. Ne pas diffuser aux Diapasons."),
    ("p", "Lettre interne de l'équipe communauté Maison Vibrato, rédigée par Manon Thiébaut."),
    ("h1", "Les chiffres du trimestre"),
    ("p", "Chiffres issus de l'export du 25 novembre, comparés au trimestre précédent."),
    ("table", [["Indicateur", "T2 2026", "T3 2026"],
               ["Diapasons actifs", "131", "142"],
               ["Taux de participation aux sollicitations", "58 %", "61 %"],
               ["Délai moyen de réponse à une sollicitation", "3,4 jours", "4,1 jours"],
               ["NPS des Diapasons", "+52", "+47"],
               ["Passages de niveau", "19", "27"],
               ["Leads issus des parrainages", "88", "171"],
               ["Contributions par Diapason actif", "4,6", "5,2"]]),
    ("h1", "Ce qui nous inquiète"),
    ("p", "Les volumes montent, mais deux signaux vont dans le mauvais sens :"),
    ("ul", ["le délai de réponse s'allonge, surtout chez les Diapasons les plus sollicités ;",
            "le NPS des Diapasons perd 5 points, et les commentaires parlent de « trop de mails »."]),
    ("p", "Notre lecture : on a trop tiré sur une vingtaine de personnes pendant l'opération de rentrée."),
    ("p", "La rotation des demandes devient la priorité du T1."),
    ("h1", "Budget 2027"),
    ("p", "Le budget du Cercle pour 2027 est de 38 000 €, validé par Hélène le 18 novembre. Il se répartit ainsi :"),
    ("ul", ["bons d'achat issus des points : 21 000 € ;",
            "événements et soirées de lancement : 9 500 € ;",
            "journées lutherie des Ronde, transport compris : 4 500 € ;",
            "cadeaux de fin d'année : 3 000 €."]),
    ("h1", "Départs et mises en pause"),
    ("p", "Quand un Diapason annonce son départ, on suit toujours les mêmes étapes :"),
    ("ol", ["Répondre sous 48 h, personnellement, pour remercier.",
            "Confirmer par mail la date de sortie et les trois mois de validité des points.",
            "Retirer la personne des listes de sollicitation le jour même.",
            "Prévenir la boutique : la relation client continue, sans mention du Cercle.",
            "Proposer, sans insister, une pause de six mois à la place du départ."]),
    ("h1", "À faire avant le 19 décembre"),
    ("ul", ["Claire : droits à l'image des vidéos de Musicora (modèle d'autorisation mis à jour).",
            "Yanis : tableau de charge par Diapason, mis à jour chaque lundi.",
            "Manon : mail de fin d'année et cadeaux par niveau.",
            "Responsables de boutique : liste des Diapasons Noire prêts à animer un cours d'initiation."]),
]

D1_NAME = "lettre-du-cercle-decembre-2026.docx"
D1_TITLE = "La Lettre du Cercle — décembre 2026"
D1 = [
    ("title", "La Lettre du Cercle — décembre 2026"),
    ("meta", "Diffusion : tous les Diapasons. Lettre mensuelle envoyée par mail le 3 décembre 2026."),
    ("p", "Chères et chers Diapasons,"),
    ("p", "Dernière lettre de l'année, et l'heure d'un petit bilan. Cette année, le Cercle a compté jusqu'à "
          "164 membres, dans neuf boutiques et en ligne. Voici ce que vous avez fait, ce que nous avons changé "
          "grâce à vous, et ce qui vous attend en janvier."),
    ("h1", "Une année en chiffres"),
    ("p", "Entre le 1er janvier et le 30 novembre 2026, comparé à la même période de 2025 :"),
    ("table", [["Ce que vous avez fait", "2026", "2025"],
               ["Témoignages écrits", "212", "128"],
               ["Témoignages vidéo", "37", "15"],
               ["Familles parrainées", "298", "163"],
               ["Réponses utiles sur le forum", "1 140", "610"],
               ["Avis en ligne", "486", "302"]]),
    ("h1", "Ce que nous avons changé grâce à vous"),
    ("p", "Vos remarques ont fait bouger le Cercle sur plusieurs points :"),
    ("ul", ["deux sollicitations par mois au maximum, depuis juin ;",
            "un Café des Diapasons en visio chaque mois ;",
            "un salon #english-corner sur le Discord pour nos membres anglophones ;",
            "un barème 2027 construit à partir de vos 73 idées."]),
    ("h1", "Les cadeaux de fin d'année"),
    ("p", "Comme chaque année, chaque Diapason reçoit un cadeau selon son niveau au 15 décembre :"),
    ("ul", ["Croche : un jeu de cordes au choix ;",
            "Noire : une housse rembourrée ;",
            "Blanche : un accordeur à pince et une invitation pour deux à la soirée des vœux ;",
            "Ronde : un stand guitare en noyer fabriqué par l'atelier de Lyon."]),
    ("p", "Les cadeaux sont à retirer dans votre boutique jusqu'au 31 janvier. Si vous n'habitez pas près "
          "d'une boutique, nous vous l'envoyons par la poste."),
    ("h1", "Ce qui arrive en janvier"),
    ("h2", "Le nouveau barème"),
    ("p", "Le barème 2027 s'applique aux contributions faites à partir du 1er janvier. Le détail est dans "
          "La Portée n°14."),
    ("h2", "La soirée des vœux"),
    ("p", "Vendredi 16 janvier, 19 h, à Vibrato Lyon Croix-Rousse : concert des Diapasons, galette, et annonce "
          "du calendrier des sollicitations du premier trimestre."),
    ("h2", "Le ukulélé Sirocco"),
    ("p", "Les trois testeurs du Sirocco présenteront leurs retours en direct sur le Discord, le mardi 20 janvier "
          "à 20 h. Le Sirocco arrive en boutique le 24 janvier."),
    ("h1", "Merci"),
    ("p", "Merci d'être là, et de parler de nous avec vos mots plutôt qu'avec les nôtres. Bonnes fêtes, et à "
          "l'année prochaine."),
    ("p", "Hélène Casanova, directrice de Maison Vibrato"),
]

D2_NAME = "bienvenue-cercle-diapason.docx"
D2_TITLE = "Bienvenue dans le Cercle Diapason"
D2 = [
    ("title", "Bienvenue dans le Cercle Diapason"),
    ("meta", "Diffusion : nouveaux Diapasons (lettre remise avec la carte de membre), et tous les Diapasons "
             "qui veulent la relire."),
    ("p", "Bonjour, et bienvenue ! Si vous lisez cette lettre, c'est qu'un vendeur ou une vendeuse de Maison "
          "Vibrato a remarqué votre enthousiasme, et que vous avez accepté de le partager. Merci."),
    ("h1", "Comment fonctionne le Cercle"),
    ("p", "Le Cercle Diapason réunit des clients de Maison Vibrato qui aiment parler de musique et "
          "d'instruments. Vous contribuez quand vous le voulez, comme vous le voulez : un avis, un témoignage, "
          "un coup de main sur le forum, une idée. Chaque contribution rapporte des points, et vos points vous "
          "font progresser d'un niveau à l'autre."),
    ("h1", "Les quatre niveaux"),
    ("table", [["Niveau", "À partir de", "Ce que vous recevez"],
               ["Croche", "0 point", "5 % de remise sur les cordes et accessoires, accès au forum et au Discord"],
               ["Noire", "150 points", "10 % sur les accessoires, un réglage d'instrument offert par an"],
               ["Blanche", "500 points", "accès anticipé aux séries limitées, invitations aux soirées de lancement"],
               ["Ronde", "1 200 points", "une place au comité produit, une journée à l'atelier de lutherie, "
                                         "15 % sur les instruments"]]),
    ("p", "Chaque niveau garde les avantages des niveaux précédents."),
    ("h1", "Vos premiers pas"),
    ("p", "Pour bien démarrer, nous vous proposons trois étapes simples :"),
    ("ol", ["Activez votre espace membre avec le code Diapason imprimé sur votre carte (il commence par DIA-).",
            "Présentez-vous dans le salon #bienvenue du Discord : votre instrument, votre boutique, ce que vous jouez.",
            "Laissez un premier avis sur votre boutique : c'est 10 points, et ça nous aide vraiment."]),
    ("h1", "Ce que nous vous promettons"),
    ("p", "En entrant dans le Cercle, vous avez notre parole :"),
    ("ul", ["Jamais plus de deux sollicitations par mois.",
            "Le droit de refuser une demande sans vous justifier.",
            "Aucun témoignage publié sans votre accord écrit.",
            "Vos mots, pas les nôtres : nous ne réécrivons pas vos avis."]),
    ("h1", "Vos données et l'assistant du Cercle"),
    ("p", "Sur le Discord, un assistant (une intelligence artificielle) répond à vos questions sur le programme "
          "et vous rappelle les demandes en cours. Il ne lit que les messages que vous lui adressez. Vous pouvez "
          "refuser les rappels à tout moment en lui écrivant « stop rappels », et demander à parler à une "
          "personne de l'équipe en écrivant « humain »."),
    ("h1", "Qui contacter"),
    ("p", "Manon Thiébaut, responsable du Cercle : cercle@maisonvibrato.fr ou 06 71 42 18 90."),
    ("p", "Yanis Ferrand, pour les ateliers et les événements : yanis.ferrand@maisonvibrato.fr."),
]
