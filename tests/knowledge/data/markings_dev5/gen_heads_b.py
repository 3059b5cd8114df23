"""Heads for clients TQV (theatre) and VRD (garden centres)."""

TQV = [
    # ---------------- public ----------------
    ("public", "fr",
     "Export Discord – Les Souffleurs\n"
     "#programmation · salon ouvert à tous les Souffleurs\n"
     "[03/06 17:45] Margaux (équipe) : la saison 26/27 est dévoilée ! 19 spectacles, dont 6 créations.\n"
     "[03/06 17:46] Margaux (équipe) : la brochure PDF est épinglée ci-dessus.",
     "channel open to all Souffleurs"),
    ("public", "fr",
     "Campagne : La Gazette des Souffleurs – juin\n"
     "Liste : Souffleurs – tous (Parterre, Balcon, Loge) · 388 contacts\n"
     "Objet : Répétition publique du 21 juin, on vous garde une place\n"
     "Chères Souffleuses, chers Souffleurs,",
     "mailing list: every level"),
    ("public", "fr",
     "Parcours « Coulisses » – mode d'emploi\n"
     "Visibilité : Publique\n"
     "Mise à jour : 2 septembre\n"
     "Le parcours dure 1 h 15 et passe par les cintres ; chaussures plates conseillées.",
     "Notion visibility: publique"),
    ("public", "fr",
     "## À partager avec tous les Souffleurs et toutes les Souffleuses\n"
     "Comment parrainer un ami pour la saison\n"
     "Chaque abonnement parrainé vous rapporte 30 points et une invitation pour la générale de votre choix.",
     "typed heading: share with all Souffleurs"),
    ("public", "fr",
     "Espace Souffleurs › Ressources › Dossiers de presse\n"
     "Visible par : tous les Souffleurs connectés\n"
     "Dossier de presse – « La Tempête » (création 2027)\n"
     "Mise en scène d'Aurélien Dosse, avec onze comédiens et un quatuor à cordes.",
     "portal page visible to all Souffleurs"),
    ("public", "en",
     "Audience: everyone in the Souffleurs programme\n"
     "Guide for English-speaking Souffleurs\n"
     "Surtitled performances are marked ST in the brochure; the bar opens one hour before curtain.",
     "typed audience: the whole programme"),
    ("public", "en",
     "Space: SOUFFLEURS – all members can view\n"
     "Home › Getting started › Points and levels\n"
     "Parterre from your first visit, Balcon at 200 points, Loge at 600.",
     "Confluence space readable by all members"),
    ("public", "en",
     "| Classification | Owner | Updated |\n"
     "|---|---|---|\n"
     "| Public | Margaux Léon | 14 Sept |\n"
     "Volunteer ushers – how it works\n"
     "Ushers welcome the audience and get a free seat for the same show.",
     "property table: Public"),
    # ---------------- internal ----------------
    ("internal", "fr",
     "Comité de lecture – textes reçus en septembre\n"
     "Diffusion limitée aux membres du comité de lecture\n"
     "Onze manuscrits ce mois-ci ; merci de rendre vos fiches avant la réunion du 8 octobre.",
     "limited to the reading committee"),
    ("internal", "fr",
     "Export Slack – quatrevents.slack.com\n"
     "🔒 #billetterie-equipe · canal privé · équipe du théâtre\n"
     "Sami : la jauge de « La Tempête » est à 92 % pour le 14, on bloque les invitations ?\n"
     "Margaux : oui, sauf les Souffleurs déjà inscrits.",
     "private staff channel"),
    ("internal", "fr",
     "Rencontre avec l'équipe de création\n"
     "Audience     Souffleurs niveau Loge\n"
     "Lieu         Foyer des artistes\n"
     "Jeudi 12 à 19 h, une heure avec la metteuse en scène avant le filage.",
     "Notion audience: one level"),
    ("internal", "fr",
     "Campagne : Soirée 18-25\n"
     "Segment : Jeunes Souffleurs (18-25 ans, 64 contacts)\n"
     "Objet : votre soirée à vous, le 7 février\n"
     "DJ set au foyer après « Cyrano », entrée à 8 €.",
     "segment: a subgroup of Souffleurs"),
    ("internal", "fr",
     "Intranet du Théâtre › Technique › Consignes plateau\n"
     "Droits de lecture : personnel permanent et intermittents du théâtre\n"
     "Le plateau est interdit pendant les réglages lumière, sauf à l'équipe lumière.",
     "intranet permission: staff"),
    ("internal", "en",
     "Internal use only\n"
     "Touring schedule – spring 2027 co-production\n"
     "Three weeks in Lausanne, then Brussels; the set travels in two trucks.",
     "typed: internal use only"),
    ("internal", "en",
     "Shared with: Surtitles team (4 people)\n"
     "Surtitles – Cyrano, act II cue list\n"
     "Cue 214 comes early; wait for the second line of the tirade.",
     "shared with one staff team"),
    ("internal", "en",
     "Audience: Loge-level Souffleurs only\n"
     "Invitation – dress rehearsal of « La Tempête »\n"
     "Twenty seats, first come first served; no photos during the run.",
     "typed audience: one level"),
    # ---------------- confidential ----------------
    ("confidential", "fr",
     "Budget 2027 – scénario de repli\n"
     "Partagé avec : Claire Védrine, Paul Nguyen\n"
     "Accès général : limité aux personnes ajoutées\n"
     "Si la subvention régionale baisse de 10 %, nous supprimons une création.",
     "shared with the two named executives"),
    ("confidential", "fr",
     "Confidentiel – bureau du conseil d'administration\n"
     "Succession à la direction – calendrier\n"
     "Le mandat de la directrice s'achève en juin 2028 ; l'appel à candidatures paraîtrait en septembre.",
     "typed: confidentiel, board"),
    ("confidential", "fr",
     "Espace : DIRECTION\n"
     "Restrictions de page : affichage réservé à Claire Védrine et Paul Nguyen\n"
     "Négociation avec la Ville – convention 2028-2030\n"
     "La Ville propose de reprendre la gestion du bar.",
     "Confluence restriction: named executives"),
    ("confidential", "fr",
     "DIFFUSION STRICTEMENT RESTREINTE\n"
     "Litige avec la compagnie Nord-Est – chronologie\n"
     "Le 4 mars, la compagnie a annulé par courriel sans préavis.",
     "typed: strictement restreint"),
    ("confidential", "en",
     "Board of directors – eyes only\n"
     "Draft minutes, extraordinary meeting of 2 December\n"
     "The board discussed the roof repair estimate and the use of reserves.",
     "typed: board eyes only"),
    ("confidential", "en",
     "| Owner | Classification | Status |\n"
     "|---|---|---|\n"
     "| Paul Nguyen | Confidential | Draft |\n"
     "Salary review – technical staff\n"
     "Proposed increase: 2.5 % across the board, plus two promotions.",
     "property table: Confidential"),
    # ---------------- none ----------------
    ("none", "fr",
     "« Le Petit Prince » – fiche spectacle\n"
     "Public : tout public dès 8 ans · durée 1 h 10\n"
     "Une adaptation pour trois comédiens et une marionnette.",
     "'public' = the show's age range"),
    ("none", "fr",
     "Captation de « Cyrano »\n"
     "Diffusion : France Culture, samedi 14 mars à 20 h\n"
     "Enregistrement les 3 et 4 février, micros HF sur tous les comédiens.",
     "'diffusion' = broadcast"),
    ("none", "fr",
     "Drive partagé › Technique › Fiches techniques\n"
     "Salle Jouvet – fiche technique 2026\n"
     "Ouverture de cadre 11 m, profondeur 9 m, 48 circuits gradués.",
     "a path with no audience"),
    ("none", "fr",
     "Idées d'ateliers jeune public\n"
     "Statut : Publié\n"
     "Propriétaire : Margaux Léon\n"
     "Atelier masques le mercredi, atelier bruitage pendant les vacances.",
     "'publié' and 'jeune public' are not a readership"),
    ("none", "fr",
     "Conditions de placement – saison 26/27\n"
     "Les rangs A à C sont réservés aux abonnés jusqu'au 1er septembre.\n"
     "Les places PMR se réservent par téléphone.",
     "'réservés' is about seats"),
    ("none", "fr",
     "Archives › Saison 2019-2020 › Revue de presse\n"
     "« Les Bonnes » – articles parus\n"
     "Ouest-France, 12 novembre : « une mise en scène tendue, sans temps mort ».",
     "archive folder"),
    ("none", "en",
     "Schools matinee – practical info\n"
     "Private performance for schools, closed to the general public.\n"
     "Buses drop off at the side entrance at 9:30.",
     "'private' is about the performance"),
    ("none", "en",
     "Template: Public call for volunteers\n"
     "Last edited by Tom Ferrand\n"
     "[Show title] is looking for [number] volunteers on [date].",
     "a template called 'Public…'"),
]

VRD = [
    # ---------------- public ----------------
    ("public", "fr",
     "Calendrier des semis – potager d'automne\n"
     "Visible par    Toutes les Mains Vertes\n"
     "Tags           potager · semis\n"
     "Septembre : mâche, épinards, radis d'hiver. Octobre : fèves et ail.",
     "Notion: visible to all Mains Vertes"),
    ("public", "fr",
     "Envoi : Feuille de chou n°27\n"
     "Liste : Mains Vertes (tous niveaux) – 2 140 contacts\n"
     "Objet : Bulbes de printemps, c'est maintenant qu'on plante\n"
     "Bonjour les Mains Vertes !",
     "mailing list: all levels"),
    ("public", "fr",
     "Export Discord – serveur Verdelis Mains Vertes\n"
     "#conseils-du-mois · lecture : toutes les Mains Vertes\n"
     "[01/10 08:30] Élodie (Verdelis) : ce mois-ci, on protège les agrumes avant les premières gelées.",
     "channel readable by all Mains Vertes"),
    ("public", "fr",
     "PUBLIC – peut être partagé\n"
     "Fiche conseil : tailler ses rosiers sans stress\n"
     "On taille quand les forsythias fleurissent, au-dessus d'un œil tourné vers l'extérieur.",
     "typed: public, peut être partagé"),
    ("public", "fr",
     "Partager « Programme de la Fête des plantes 2027 »\n"
     "Personnes ayant accès : Mains Vertes – tous (groupe Google) · Lecteur\n"
     "Samedi 24 avril : troc de boutures, atelier compost, démonstration de greffe.",
     "Drive sharing: group of all Mains Vertes"),
    ("public", "en",
     "| Owner | Audience | Status |\n"
     "|---|---|---|\n"
     "| Élodie Garnier | All Mains Vertes (Graine, Pousse, Arbre) | Live |\n"
     "How to earn points in 2027\n"
     "A plant-care photo earns 10 points, a workshop you run earns 80.",
     "property table: every level"),
    ("public", "en",
     "Classification: Public\n"
     "Balcony gardening starter kit – what's inside\n"
     "Three pots, a bag of peat-free compost and a seed mix for pollinators.",
     "typed: Public"),
    ("public", "en",
     "Published on: mainsvertes.verdelis.fr › Resources\n"
     "Readable by: every Mains Vertes member\n"
     "Water-saving tips for hot summers\n"
     "Water in the evening, mulch thickly, group pots together.",
     "portal page readable by every member"),
    # ---------------- internal ----------------
    ("internal", "fr",
     "Troc de boutures au magasin d'Angers\n"
     "Audience : Mains Vertes du magasin d'Angers\n"
     "Samedi 13 mars, 10 h-12 h, sous la serre froide.",
     "audience: one store's members"),
    ("internal", "fr",
     "Protocole de test – semences bio 2027\n"
     "Document réservé au panel des testeurs semences bio (20 Mains Vertes)\n"
     "Semez les trois variétés de tomate le même jour et notez la levée à J+7.",
     "reserved to the seed-testing panel"),
    ("internal", "fr",
     "Équipe : Verdelis Magasins\n"
     "Canal privé : Chefs de rayon\n"
     "Pascal : le réassort des sapins arrive mardi à Niort, prévoir deux personnes au déchargement.",
     "private Teams channel of staff"),
    ("internal", "fr",
     "Visite de la pépinière de production\n"
     "Accès        Niveau Arbre\n"
     "Date         22 mai\n"
     "Car au départ du magasin de Cholet à 8 h ; repas offert sur place.",
     "Notion access: one level"),
    ("internal", "fr",
     "*Usage interne Verdelis – équipes magasins*\n"
     "Procédure retour client – plantes mortes sous 6 mois\n"
     "Échange sans justificatif si le ticket a moins de six mois.",
     "typed: usage interne"),
    ("internal", "en",
     "Shared with: Community team only\n"
     "Ambassador load tracker – Q4\n"
     "Seven members were asked three times this quarter; rotate them out in January.",
     "shared with one staff team"),
    ("internal", "en",
     "Internal – Verdelis staff\n"
     "Christmas opening hours by store\n"
     "All stores open Sundays in December except Saumur.",
     "typed: internal, staff"),
    ("internal", "en",
     "Campaign: Veg-patch club – winter meet-up\n"
     "Segment: Veg-patch club (38 members)\n"
     "Subject: Let's plan next year's beds together",
     "segment: one club"),
    # ---------------- confidential ----------------
    ("confidential", "fr",
     "Rachat des Serres du Layon – premiers chiffres\n"
     "Partagé avec : Antoine Brésillon (président) · Comité de direction\n"
     "Chiffre d'affaires 2026 : 6,8 M€, marge en baisse de deux points.",
     "shared with the president and CODIR"),
    ("confidential", "fr",
     "Chemin : Direction › CODIR › 2027\n"
     "Confidentiel\n"
     "Plan de fermeture du magasin de Saumur\n"
     "Le bail se termine en mars 2028, nous ne le renouvellerons pas.",
     "typed: confidentiel"),
    ("confidential", "fr",
     "Export Slack – verdelis.slack.com\n"
     "🔒 #codir · canal privé du comité de direction\n"
     "Antoine B. 07:52 — le fonds demande un point sur les marges avant le conseil.",
     "private leadership channel"),
    ("confidential", "fr",
     "Note au conseil d'administration – confidentielle\n"
     "Augmentation de capital 2027\n"
     "Deux actionnaires familiaux souhaitent céder leurs parts.",
     "typed: confidentielle, board"),
    ("confidential", "en",
     "Confidential – CODIR only\n"
     "Pricing strategy for spring 2027\n"
     "We match the two national chains on the top 50 plants only.",
     "typed: confidential, leadership"),
    ("confidential", "en",
     "Access: Antoine Brésillon, Chief Financial Officer – strictly restricted\n"
     "Bank covenant review\n"
     "Our debt ratio sits at 2.9, against a covenant of 3.0.",
     "access: named executives, strictly restricted"),
    # ---------------- none ----------------
    ("none", "fr",
     "Produits phytosanitaires – rayon jardin\n"
     "Vente réservée aux professionnels titulaires du Certiphyto.\n"
     "Les particuliers sont orientés vers les solutions de biocontrôle.",
     "'réservée' is about selling pesticides"),
    ("none", "fr",
     "Magasins › Niort › Plans\n"
     "Implantation du rayon aquariophilie\n"
     "Déplacer les bacs d'eau douce contre le mur nord, loin des baies vitrées.",
     "a path with no audience"),
    ("none", "fr",
     "Idées pour le potager pédagogique\n"
     "Tags      potager · printemps\n"
     "Statut    Brouillon\n"
     "Carrés surélevés, un hôtel à insectes, une mare.",
     "Notion tags/status only"),
    ("none", "fr",
     "Modèle de fiche publique magasin (à compléter)\n"
     "Horaires : [lun–sam] · Adresse : [adresse] · Services : [livraison, rempotage]\n"
     "Photo de façade au format paysage.",
     "a template called 'publique'"),
    ("none", "fr",
     "Archives › 2022 › Catalogues\n"
     "Catalogue printemps 2022 – épreuves\n"
     "Page 14 : le prix des fraisiers est erroné, corrigé en deuxième épreuve.",
     "archive folder"),
    ("none", "fr",
     "Copié de #arrivages-plantes\n"
     "Élodie : 300 oliviers arrivent jeudi à Cholet.\n"
     "Pascal : on en garde 40 pour Angers.",
     "channel name says nothing about readership"),
    ("none", "en",
     "Plant passport – shipping rules\n"
     "Restricted species: do not ship olive trees to Corsica (plant health rules).\n"
     "Every parcel of live plants carries its passport label.",
     "'restricted' is about plant shipping"),
    ("none", "en",
     "Shared drive: Verdelis Purchasing\n"
     "Last modified 2 Nov by Pascal Rey\n"
     "Supplier list – bulbs\n"
     "Three Dutch growers, one in the Loire valley.",
     "shared drive with no audience"),
]
