"""Heads for client AML (ferry company)."""

AML = [
    # ---------------- public ----------------
    ("public", "fr",
     "Campagne : Le Carnet de bord des Vigies – mars\n"
     "Liste : Cercle des Vigies – toutes les Vigies (1 506 contacts)\n"
     "Objet : Nouveaux horaires d'été et un petit cadeau à bord\n"
     "Bonjour à toutes les Vigies,",
     "mailing list: all Vigies"),
    ("public", "fr",
     "Export Discord – Cercle des Vigies\n"
     "#infos-traversées · visible par toutes les Vigies\n"
     "[14/02 11:10] Maëlle (Amarante) : tempête annoncée jeudi, la traversée de 21 h pourrait être décalée.\n"
     "[14/02 11:12] Maëlle (Amarante) : on vous tient au courant ici.",
     "channel visible to all Vigies"),
    ("public", "fr",
     "Bienvenue dans le Cercle – guide de démarrage\n"
     "Visibilité     Tout le Cercle (Pont, Passerelle, Nid-de-pie)\n"
     "Mise à jour    6 janvier\n"
     "Vos points apparaissent dans l'application 48 h après chaque traversée.",
     "Notion: every level listed"),
    ("public", "fr",
     "> À diffuser à toutes les Vigies, tous niveaux confondus.\n"
     "Concours photo « Lumières de la Manche »\n"
     "Envoyez jusqu'à trois photos prises à bord avant le 30 septembre.",
     "typed: à diffuser à toutes les Vigies"),
    ("public", "fr",
     "Partager « Carte des cabines – Amarante Étoile »\n"
     "Personnes ayant accès : vigies-toutes@amarante-lines.com · Lecteur\n"
     "Plan des ponts 6 à 9, avec les cabines rénovées en vert.",
     "Drive sharing: the list of all Vigies"),
    ("public", "en",
     "Audience: all Lookouts (Deck, Bridge and Crow's Nest)\n"
     "Onboard perks 2027\n"
     "Free coffee at the Harbour Bar, priority boarding from Bridge level on Rosslare sailings.",
     "typed audience: every level"),
    ("public", "en",
     "Travelling with pets – a Lookout's checklist\n"
     "This guide can be shared with fellow passengers.\n"
     "Book a pet-friendly cabin early: there are only twelve per ship.",
     "typed: can be shared"),
    ("public", "en",
     "Lookout Circle / Knowledge base / Referral programme\n"
     "Viewable by: Lookout Circle – all members\n"
     "Introduce a friend: when they book a return crossing, you both get 500 points.",
     "Confluence: all members"),
    # ---------------- internal ----------------
    ("internal", "fr",
     "Campagne : Rencontre des Vigies à Rosslare\n"
     "Segment : Vigies de la ligne Cherbourg–Rosslare (212 contacts)\n"
     "Objet : un verre au terminal avant le départ du 18 mai ?",
     "segment: one route"),
    ("internal", "fr",
     "Panel cabines rénovées – grille d'évaluation\n"
     "Réservé aux 15 Vigies du panel cabines\n"
     "Notez la literie, le bruit moteur et la douche de 1 à 5 après chaque nuit à bord.",
     "reserved to a panel"),
    ("internal", "fr",
     "Équipe : Amarante – Service passagers\n"
     "Canal : Programme Vigies (privé)\n"
     "Nolwenn : deux Vigies se plaignent de ne pas voir leurs points du mois dernier, je regarde avec l'IT.",
     "private Teams channel of staff"),
    ("internal", "fr",
     "Visite de la passerelle de l'Amarante Étoile\n"
     "Accès         Vigies Nid-de-pie\n"
     "Places        8\n"
     "Le commandant vous reçoit pendant l'escale de Cherbourg, gilet fourni.",
     "Notion access: one level"),
    ("internal", "fr",
     "Intranet Amarante › Sécurité › Exercices\n"
     "Lecteurs : personnel navigant et sédentaire\n"
     "Exercice d'abandon du navire le 3 avril, à quai, avant l'embarquement.",
     "intranet permission: staff"),
    ("internal", "en",
     "Audience: Irish Lookouts only\n"
     "Rosslare meet-up – draft agenda\n"
     "Welcome drinks, a talk by the chief engineer, then a tour of the car deck.",
     "typed audience: one country"),
    ("internal", "en",
     "Staff only\n"
     "Handling complaints from Lookouts – script\n"
     "Thank them, check the booking reference, never promise points before the check.",
     "typed: staff only"),
    ("internal", "en",
     "Slack export – amarante.slack.com\n"
     "🔒 #crew-community (private channel, staff)\n"
     "Maëlle 16:40 – who's covering the Lookouts inbox while I'm on leave?",
     "private staff channel"),
    # ---------------- confidential ----------------
    ("confidential", "fr",
     "Comité exécutif – confidentiel\n"
     "Projet de ligne Caen–Portsmouth : hypothèses de trafic\n"
     "Point mort estimé à 62 % de remplissage moyen.",
     "typed: confidentiel, executive committee"),
    ("confidential", "fr",
     "Partager « Renouvellement de la flotte 2030 »\n"
     "Personnes ayant accès : Niamh Corrigan, Jean-Baptiste Hervé\n"
     "Deux chantiers consultés, livraison possible en 2031 au plus tôt.",
     "shared with two named executives"),
    ("confidential", "fr",
     "SECRET\n"
     "Fusion avec un armateur irlandais – points de négociation\n"
     "Nous tenons à garder le siège à Cherbourg.",
     "typed: secret"),
    ("confidential", "fr",
     "Réservé au conseil d'administration\n"
     "Rapport annuel sur les risques – version de travail\n"
     "Risque n°1 : la hausse du prix du carburant marin.",
     "board only"),
    ("confidential", "en",
     "Board only – strictly confidential\n"
     "CEO succession planning\n"
     "Two internal candidates have been identified.",
     "typed: board, strictly confidential"),
    ("confidential", "en",
     "Team: ExCo (private) · Members: Niamh Corrigan, Jean-Baptiste Hervé, Ronan Keane\n"
     "Fuel hedging – 2028 decision\n"
     "We propose to cover 60 % of next year's volume.",
     "private team of named executives"),
    # ---------------- none ----------------
    ("none", "fr",
     "Marchandises dangereuses à bord\n"
     "Les bouteilles de gaz sont interdites dans les cabines et sur les ponts passagers.\n"
     "Les camping-cars déclarent leur installation gaz à l'enregistrement.",
     "prohibition about cargo"),
    ("none", "fr",
     "Exploitation › Horaires › Hiver 2027\n"
     "Grille horaire Cherbourg–Poole\n"
     "Départ 8 h 30 en semaine, 9 h 15 le dimanche, arrêt technique en janvier.",
     "a path with no audience"),
    ("none", "fr",
     "Plan du pont 7\n"
     "Accès réservé aux passagers cabine après 22 h.\n"
     "Le salon panoramique ferme à minuit.",
     "'accès réservé' is about a deck"),
    ("none", "fr",
     "Nouvelle carte du restaurant de bord\n"
     "Statut           Publié\n"
     "Propriétaire     Maëlle Kerbrat\n"
     "Galettes au menu, moules de Barfleur en saison.",
     "Notion status only"),
    ("none", "fr",
     "Archives › 2020 › Crise sanitaire\n"
     "Procédure d'embarquement avec masque\n"
     "Les passagers restent dans leur véhicule jusqu'à l'appel du pont.",
     "archive folder"),
    ("none", "fr",
     "Copié de #quai-cherbourg\n"
     "Ronan : la passerelle 2 est en maintenance jeudi.\n"
     "Nolwenn : on embarque tout par la 1, prévoir 20 minutes de plus.",
     "channel name says nothing about readership"),
    ("none", "en",
     "Public holiday timetable – Easter 2027\n"
     "Extra sailings on Good Friday and Easter Monday.\n"
     "The 23:00 Rosslare departure is cancelled on Easter Sunday.",
     "'public holiday' is not a readership"),
    ("none", "en",
     "Shared drive: Amarante Marketing\n"
     "Owner: Maëlle Kerbrat · Edited 11 Jan\n"
     "Brochure 2027 – photo brief\n"
     "Families on the sun deck, a cabin at dawn, the bow leaving Cherbourg.",
     "shared drive with no audience"),
]
