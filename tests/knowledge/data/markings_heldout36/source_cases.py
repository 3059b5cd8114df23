# Source of the held-out markings set 36 (time, change and placement of readership marks).
# Each case: (level, lang, theme, head, note). gen.py shuffles each organisation's cases with a
# fixed seed and numbers them PREFIX-01..30.
# Themes: embargo, change, draft, conflict, table, placement, bilingual, validity, plain,
#         trap-version, trap-date, trap-broadcast, trap-privacy, trap-word, trap-status, trap-validity

ORGS = [
    {
        "prefix": "VRT",
        "client": "Verticalia",
        "sector": "réseau de salles d'escalade de bloc",
        "program": "Premiers de Cordée",
        "ambassadors": ["les Cordées", "Premiers de Cordée", "ambassadeurs Verticalia",
                        "membres du programme Premiers de Cordée"],
        "subgroups": "niveaux Dégaine / Relais / Sommet; les Cordées d'une salle (Lyon-Gerland, "
                     "Nantes, Grenoble…); ouvreurs invités; staff: équipe animation, équipe "
                     "ouverture de voies, gérants de salle, équipe commerciale",
        "leadership": "comité de direction (CODIR), associés fondateurs",
    },
    {
        "prefix": "ASL",
        "client": "AéroSillon",
        "sector": "drones agricoles : cartographie et pulvérisation",
        "program": "Réseau Sillon",
        "ambassadors": ["les Sillonneurs", "membres du Réseau Sillon", "ambassadeurs AéroSillon"],
        "subgroups": "niveaux Semis / Pousse / Moisson; Sillonneurs Grand Est, Sillonneurs "
                     "Occitanie; Viticulteurs pilotes; Cercle des bêta-pilotes; staff: chefs de "
                     "secteur, équipe support, équipe commerciale, équipe finance",
        "leadership": "Directoire, conseil de surveillance, direction juridique",
    },
    {
        "prefix": "BRS",
        "client": "Brassin & Co",
        "sector": "kits et ingrédients de brassage amateur",
        "program": "Confrérie du Houblon",
        "ambassadors": ["les Confrères", "Confrères et Consœurs", "membres de la Confrérie",
                        "la Confrérie du Houblon"],
        "subgroups": "grades Malt / Houblon / Levure d'or; Jury de dégustation; testeurs de "
                     "recettes; antennes Bretagne, Nord; staff: équipe achats, équipe logistique, "
                     "équipe finance",
        "leadership": "associés gérants (la gérance), comité de direction, avocat de la société",
    },
    {
        "prefix": "NVL",
        "client": "Névé",
        "sector": "location de skis et de matériel de montagne, 14 boutiques",
        "program": "Sentinelles du Névé",
        "ambassadors": ["les Sentinelles", "membres des Sentinelles du Névé", "ambassadeurs Névé"],
        "subgroups": "niveaux Flocon / Congère / Corniche; Sentinelles d'une station (Tignes, "
                     "Pyrénées…); panel Freeride; staff: équipes boutique, managers de boutique, "
                     "direction des opérations",
        "leadership": "comité exécutif (COMEX), conseil d'administration, direction générale, avocat",
    },
    {
        "prefix": "PWP",
        "client": "PawPilot",
        "sector": "veterinary telehealth app for pet owners, English-first",
        "program": "PawPilot Insiders",
        "ambassadors": ["Insiders", "the Pack", "Pack members", "all PawPilot Insiders"],
        "subgroups": "tiers Pup / Tracker / Alpha; Vet Advisory Panel; Beta Den testers; Dublin "
                     "chapter; groupe pilote France; staff: community team, support team, "
                     "engineering, clinical operations",
        "leadership": "board, executive team, founders, General Counsel",
    },
]

CASES = {}

CASES["VRT"] = [
    # public
    ("public", "fr", "draft",
     "# Nouveau circuit bloc « Les Dalles de Nantes » : le guide complet\n"
     "Version finale — diffusion : toutes les Cordées\n"
     "Mis à jour le 28 novembre 2026",
     "final version, readership all Cordées"),
    ("public", "fr", "change",
     "Programme des sorties falaise 2027\n"
     "~~Confidentiel – CODIR~~ → ouvert à tous les Premiers de Cordée depuis le 1er décembre 2026\n"
     "Rédaction : équipe animation",
     "old mark struck through; current status open to all ambassadors"),
    ("public", "fr", "table",
     "Fiche pratique : entretenir ses chaussons\n"
     "| Propriété | Valeur |\n"
     "|---|---|\n"
     "| Auteur | Inès (salle de Grenoble) |\n"
     "| Diffusion | Toutes les Cordées + site public |\n"
     "| Révision | 3 |",
     "Diffusion row in a properties table: all Cordées and public site"),
    ("public", "fr", "placement",
     "Depuis l'ouverture de la salle de Lille-Fives en septembre, vous êtes nombreux à nous demander "
     "comment réserver un créneau de grimpe encadrée pour vos collègues, vos enfants ou vos amis qui "
     "n'ont jamais touché une prise, et ce document répond à tout ça. À faire circuler sans modération "
     "auprès de toutes les Cordées et de vos proches.",
     "mark after a long first sentence: share with all Cordées and relatives"),
    ("public", "fr", "validity",
     "Code parrainage hiver : 1 séance offerte au filleul\n"
     "Valable jusqu'au 28 février 2027 — à partager avec toutes les Cordées et leurs proches",
     "validity is the offer's; readership all Cordées"),
    ("public", "en", "embargo",
     "Verticalia — Guest setter weekend recap\n"
     "Embargo lifted on 30 November 2026: free to share with all Cordées.",
     "embargo already lifted; now all Cordées"),
    ("public", "fr", "placement",
     "Calendrier des compétitions amicales — saison 2027\n"
     "Salle | Date | Format\n"
     "Gerland | 13 février | Contest bloc\n"
     "Nantes | 20 mars | Relais duo\n"
     "Ce calendrier est public : partagez-le à toutes les Cordées et au-delà.",
     "mark at the end of the head, after a table; 'Relais' here is a format, not the level"),
    ("public", "fr", "bilingual",
     "Guide d'accueil des nouvelles Cordées — Welcome guide for new Cordées\n"
     "FR : document ouvert à tous les ambassadeurs Verticalia.\n"
     "EN: open to all Verticalia ambassadors.",
     "one mark per language, both all ambassadors"),
    # internal
    ("internal", "fr", "embargo",
     "Communiqué : ouverture de la salle de Bordeaux-Bastide\n"
     "SOUS EMBARGO jusqu'au 12 mars 2027, 9 h — ne pas relayer avant\n"
     "Puis diffusion à toutes les Cordées",
     "embargoed: not yet public even though all Cordées will get it later"),
    ("internal", "fr", "draft",
     "Brouillon v0.3 — ne pas diffuser\n"
     "Charte des Premiers de Cordée, version 2027\n"
     "Commentaires à Maëlle avant le 15/12",
     "draft, do not distribute; the program name is only the topic"),
    ("internal", "fr", "table",
     "| Champ | Valeur |\n"
     "|---|---|\n"
     "| Titre | Accès anticipé aux nouveaux blocs |\n"
     "| Diffusion | Cordées niveau Sommet |\n"
     "| Version | 1.2 |",
     "Diffusion row names one level only"),
    ("internal", "fr", "change",
     "Tarifs partenaires clubs 2027\n"
     "Statut modifié le 2 décembre 2026 : anciennement public, désormais réservé à l'équipe commerciale.",
     "previously public, now staff team: current status decides"),
    ("internal", "fr", "validity",
     "Planning du stand Verticalia — Salon Outdoor Lyon\n"
     "Accès réservé aux Cordées de Lyon-Gerland jusqu'à la fin du salon, puis ouverture à toutes les Cordées",
     "restricted to one gym's Cordées until the fair ends; opening is future"),
    ("internal", "en", "conflict",
     "Route-setting roadmap Q1 2027\n"
     "Audience: all Cordées\n"
     "INTERNAL — route-setting team only, do not forward",
     "two conflicting marks: the strictest (team only) wins"),
    ("internal", "fr", "plain",
     "CONFIDENTIEL — équipe animation\n"
     "Bilan des réclamations clients salle de Nantes, octobre 2026",
     "confidential to a staff team, not leadership"),
    ("internal", "en", "placement",
     "Following the accident on the auto-belay at the Grenoble gym on 14 November and the inspection "
     "that followed, this note lists the checks every gym manager must now run at opening, with the "
     "new sign-off sheet attached. For gym managers only; not for members.",
     "mark after a long sentence: gym managers (staff)"),
    # confidential
    ("confidential", "fr", "embargo",
     "STRICTEMENT CONFIDENTIEL — CODIR uniquement\n"
     "Sous embargo jusqu'au 15 janvier 2027\n"
     "Projet de rachat de la salle Prise Haute Annecy",
     "strictly confidential, executive committee, plus embargo"),
    ("confidential", "fr", "change",
     "Plan d'ouverture 2027-2029\n"
     "Anciennement : diffusion à tous les gérants de salle. Désormais : confidentiel, associés "
     "fondateurs uniquement (décision du 20/11/2026).",
     "status tightened: now confidential to founding partners"),
    ("confidential", "fr", "conflict",
     "Diffusion : toutes les Cordées\n"
     "Objet : bilan financier du programme et rémunération des coachs\n"
     "Mention ajoutée par la direction : CONFIDENTIEL — réservé au comité de direction",
     "public line contradicted by a later confidential/CODIR line: strictest wins"),
    ("confidential", "fr", "table",
     "| Propriété | Valeur |\n"
     "|---|---|\n"
     "| Classification | Confidentiel |\n"
     "| Diffusion | Comité de direction |\n"
     "| Version | 0.9 (brouillon) |",
     "properties table: confidential + executive committee"),
    ("confidential", "en", "bilingual",
     "Series A fundraising — founders' memo / Levée de fonds série A\n"
     "Confidential — founding partners only\n"
     "Confidentiel — associés fondateurs uniquement",
     "one mark per language, both founders only"),
    ("confidential", "fr", "draft",
     "Brouillon v0.1 — strictement confidentiel, CODIR seulement\n"
     "Restructuration des horaires d'ouverture et plan social salle de Lille",
     "draft marked strictly confidential for the CODIR"),
    # none
    ("none", "fr", "trap-version",
     "Règlement intérieur des salles Verticalia\n"
     "| Version | Date | Auteur | Changements |\n"
     "|---|---|---|---|\n"
     "| 2.1 | 03/11/2026 | J. Morel | Ajout des créneaux famille |\n"
     "| 2.0 | 01/09/2026 | J. Morel | Refonte |",
     "version table without any audience"),
    ("none", "fr", "trap-date",
     "Soirée des Cordées — jeudi 12 mars 2027 à 19 h, salle de Gerland\n"
     "Au programme : contest, buffet, remise des badges Sommet.",
     "event date, not an embargo; no readership line"),
    ("none", "fr", "trap-broadcast",
     "Finale du Défi Bloc : diffusion en direct sur notre chaîne YouTube le samedi 3 avril à 20 h\n"
     "Commentaires : Lucas et Awa\n"
     "Replay disponible le lendemain",
     "'diffusion' is the broadcast of a video, not the document's readership"),
    ("none", "en", "trap-validity",
     "Verticalia gift card — terms\n"
     "Valid until 31 December 2027. Not exchangeable for cash. One card per order.",
     "validity of a gift card, no readership"),
    ("none", "fr", "trap-privacy",
     "Questionnaire de satisfaction — Cordées 2026\n"
     "Vos réponses sont confidentielles : elles ne seront ni publiées ni transmises à des tiers.\n"
     "Durée : 5 minutes",
     "privacy notice about the respondent's answers"),
    ("none", "fr", "trap-word",
     "Comment accueillir un public scolaire en salle de bloc\n"
     "Retour d'expérience de la salle de Nantes (version 4, mise à jour le 2 décembre)",
     "'public scolaire' is the topic; version/date only"),
    ("none", "en", "trap-status",
     "Booking app — changelog\n"
     "v3.2 (1 Dec 2026): classes previously open to members only are now bookable by everyone\n"
     "v3.1 (14 Nov 2026): waitlist for classes",
     "'previously… now open to everyone' is about classes, not the document"),
    ("none", "fr", "plain",
     "Compte rendu — réunion des ouvreurs du 27 novembre\n"
     "Présents : Karim, Jade, Tom (salle de Grenoble)\n"
     "Prochaine réunion : 11 décembre, même heure",
     "staff meeting notes with no mark: default applies"),
]

CASES["ASL"] = [
    # public
    ("public", "fr", "draft",
     "Guide de démarrage — drone de cartographie AS-40\n"
     "Version finale (v1.0) — diffusion : tous les Sillonneurs et leurs clients",
     "final version, all Sillonneurs and their customers"),
    ("public", "fr", "table",
     "Retour d'expérience : modulation de dose sur colza en Champagne\n"
     "| Statut | Publié |\n"
     "| Diffusion | Tous les membres du Réseau Sillon |\n"
     "| Dernière révision | 25/11/2026 |",
     "properties table: all members of the program"),
    ("public", "fr", "change",
     "Résultats de l'essai pulvérisation localisée 2026\n"
     "Anciennement réservé au Cercle des bêta-pilotes — désormais ouvert à tous les Sillonneurs "
     "(levée de restriction le 1er décembre 2026)",
     "previously a panel, now all Sillonneurs"),
    ("public", "en", "validity",
     "Field-day kit: how to present AéroSillon at your farm open day\n"
     "Valid until the end of the Salon de l'Agriculture 2027, then replaced by the new kit. "
     "Audience: all Sillonneurs.",
     "validity of the kit version; audience all Sillonneurs"),
    ("public", "fr", "placement",
     "Vous êtes de plus en plus nombreux à utiliser le drone pour le suivi des couverts végétaux entre "
     "deux cultures, et plusieurs d'entre vous nous ont demandé une fiche simple, avec les réglages de "
     "vol, les altitudes et les indices à regarder, que vous pourriez montrer à vos voisins. La voici : "
     "elle est publique, diffusez-la largement.",
     "mark after a long first sentence: public, share widely"),
    ("public", "fr", "bilingual",
     "Calendrier des démonstrations en plein champ — Field demo calendar\n"
     "Diffusion : tous les ambassadeurs AéroSillon\n"
     "Distribution: all AéroSillon ambassadors",
     "one mark per language, both all ambassadors"),
    ("public", "en", "placement",
     "Spring 2027 webinar series\n"
     "1. Mapping nitrogen needs — 14 Jan\n"
     "2. Spraying rules near waterways — 4 Feb\n"
     "3. Drone insurance explained — 4 Mar\n"
     "This page is public: share it with every Sillonneur and any farmer who asks.",
     "mark at the end of the head"),
    ("public", "fr", "embargo",
     "Lancement de l'AS-60 : dossier de présentation\n"
     "Embargo levé le 3 décembre 2026 — diffusion libre à tous les membres du Réseau Sillon et à la presse agricole",
     "embargo lifted; now all members and press"),
    # internal
    ("internal", "fr", "embargo",
     "Dossier de presse — nouvelle offre de pulvérisation par abonnement\n"
     "EMBARGO : ne pas publier avant le 2 février 2027 à 6 h\n"
     "Contact presse : Solène Barraud",
     "press kit under embargo: not yet public"),
    ("internal", "fr", "draft",
     "Fiche réglementaire : arrêté de dérogation épandage aérien\n"
     "Brouillon v0.2 — relecture juridique en cours, ne pas diffuser",
     "draft, do not distribute; legal review is a step, not the readership"),
    ("internal", "fr", "validity",
     "Protocole d'essai vigne 2027\n"
     "Réservé aux Viticulteurs pilotes pendant toute la durée de l'essai (jusqu'à la fin des vendanges 2027)",
     "restricted to a panel for a period that is still running"),
    ("internal", "en", "change",
     "Dealer price list 2027\n"
     "Status changed 1 Dec 2026: previously shared with all Sillonneurs, now internal (sales team only).",
     "previously all ambassadors, now sales team"),
    ("internal", "fr", "conflict",
     "Diffusion : tous les Sillonneurs\n"
     "Diffusion (mise à jour) : Sillonneurs niveau Moisson uniquement\n"
     "Prix négociés sur les batteries de rechange",
     "two readership lines; the stricter and newer one names one level"),
    ("internal", "fr", "bilingual",
     "Note technique firmware 4.2 / Firmware 4.2 technical note\n"
     "FR : diffusion à tous les Sillonneurs\n"
     "EN: internal — support team only until release",
     "the two languages disagree: strictest (support team) wins"),
    ("internal", "fr", "table",
     "| Document | Carte des zones de vol autorisées — Occitanie |\n"
     "| Public visé | Sillonneurs Occitanie |\n"
     "| Mise à jour | 30/11/2026 |",
     "'Public visé' row names one region's ambassadors"),
    ("internal", "en", "embargo",
     "Q1 2027 regional incentives — Grand Est\n"
     "Embargoed until 15 January 2027. After that, for Sillonneurs Grand Est only.",
     "embargo, then a regional subgroup anyway"),
    # confidential
    ("confidential", "fr", "embargo",
     "CONFIDENTIEL — Directoire uniquement\n"
     "Sous embargo jusqu'à l'annonce officielle (date à fixer)\n"
     "Projet de partenariat avec une coopérative céréalière",
     "confidential to the management board, embargoed"),
    ("confidential", "fr", "table",
     "| Classification | Strictement confidentiel |\n"
     "| Destinataires | Membres du conseil de surveillance |\n"
     "| Version | 2 (remplace la v1 diffusée à tort aux chefs de secteur) |",
     "table: strictly confidential to the supervisory board; v1's wider circulation was an error"),
    ("confidential", "en", "change",
     "Valuation and cap table — December 2026\n"
     "Previously: internal (finance team). Now: strictly confidential — Management Board (Directoire) only.",
     "tightened from internal to board-only"),
    ("confidential", "fr", "placement",
     "Ce mémo fait suite à la mise en demeure reçue le 18 novembre de la part d'un exploitant de "
     "l'Aisne concernant une dérive de pulvérisation sur une parcelle voisine, et présente les options "
     "de règlement envisagées ainsi que leur coût estimé. Strictement confidentiel : Directoire et "
     "direction juridique uniquement.",
     "mark after a long sentence: board and legal"),
    ("confidential", "fr", "conflict",
     "Version finale — diffusion : tous les chefs de secteur\n"
     "Confidentiel — conseil de surveillance seulement (prime la mention ci-dessus)\n"
     "Plan de réduction des coûts 2027",
     "conflict: the stricter confidential/board line explicitly prevails"),
    ("confidential", "fr", "bilingual",
     "Rapport au conseil de surveillance — T4 2026 / Supervisory board report — Q4 2026\n"
     "Strictement confidentiel — conseil de surveillance\n"
     "Strictly confidential — supervisory board",
     "one mark per language, both board-only"),
    # none
    ("none", "fr", "trap-version",
     "Manuel de maintenance AS-40\n"
     "| Version | Date | Rédacteur | Objet |\n"
     "|---|---|---|---|\n"
     "| 1.4 | 22/11/2026 | Atelier Reims | Nouvelles hélices |\n"
     "| 1.3 | 05/06/2026 | Atelier Reims | Couple de serrage |",
     "version table without any audience"),
    ("none", "fr", "trap-date",
     "Journée portes ouvertes AéroSillon — 12 mars 2027, ferme de la Haute-Borne (Marne)\n"
     "Démonstrations de vol de 10 h à 16 h, inscription conseillée.",
     "event date, not an embargo"),
    ("none", "fr", "trap-word",
     "Embargo sur les produits phytosanitaires importés : ce que ça change pour vos programmes de traitement\n"
     "Article rédigé par notre agronome, Hugo Ferrand",
     "'embargo' is the topic (a trade embargo)"),
    ("none", "fr", "trap-version",
     "Export du carnet de vol — mode d'emploi\n"
     "Dernière mise à jour : 2 décembre 2026 (version précédente : 14 juin 2026)\n"
     "Valable pour le firmware 4.0 et suivants.",
     "dates and versions, validity of firmware; no readership"),
    ("none", "fr", "trap-broadcast",
     "Diffusion des vidéos de vol : bonnes pratiques de tournage\n"
     "Cadrage, altitude, son : tout pour réussir vos vidéos avant de les mettre en ligne.",
     "'diffusion' of videos is the topic"),
    ("none", "en", "trap-privacy",
     "Spray-drift consent form — farmer's copy\n"
     "Your personal data is kept confidential and used only to process this request.\n"
     "Valid for 12 months from signature.",
     "privacy notice and form validity"),
    ("none", "fr", "trap-status",
     "Statut de la commande : expédiée\n"
     "| N° | Article | Quantité |\n"
     "|---|---|---|\n"
     "| 4471 | Batterie AS-40 | 2 |",
     "a status row about an order, not readership"),
    ("none", "fr", "trap-date",
     "Planifier ses fenêtres météo pour les traitements de printemps\n"
     "Ordre du jour de la visio du 9 janvier (mis à jour après la tempête du 5 décembre) :\n"
     "- seuils de vent\n"
     "- résistance au lessivage des produits",
     "agenda with dates; no mark"),
]

CASES["BRS"] = [
    # public
    ("public", "fr", "draft",
     "Recette du mois : Saison au poivre de Timut\n"
     "Version finale — diffusion : tous les Confrères (et vos amis brasseurs)",
     "final version, all Confrères"),
    ("public", "fr", "change",
     "Fiche « Réussir sa première fermentation haute »\n"
     "Cette fiche était réservée au grade Levure d'or ; elle est désormais ouverte à toute la Confrérie du Houblon.",
     "was one grade, now the whole program"),
    ("public", "fr", "table",
     "| Titre | Les 10 erreurs du brasseur débutant |\n"
     "| Auteur | Confrère Malik (grade Houblon) |\n"
     "| Diffusion | Tous les membres de la Confrérie + blog public |",
     "Diffusion row all members + public blog; the author's grade is not the readership"),
    ("public", "en", "validity",
     "Brassin & Co — Holiday gift guide 2026\n"
     "Valid until 31 December 2026 — share it with every Confrère and anyone looking for a present.",
     "validity of the offers; readership everyone"),
    ("public", "fr", "placement",
     "Comme chaque année à l'approche des fêtes, nous avons rassemblé dans ce document les recettes "
     "préférées de la communauté, des stouts épicées aux bières de Noël légères, avec les quantités pour "
     "10 et 20 litres et nos conseils d'embouteillage pour qu'elles soient prêtes à temps. Document "
     "public — partagez-le à tous les Confrères et Consœurs.",
     "mark after a long first sentence"),
    ("public", "en", "bilingual",
     "Homebrew competition rules 2027 / Règlement du concours 2027\n"
     "Audience: all members of the Confrérie du Houblon\n"
     "Diffusion : tous les membres de la Confrérie du Houblon",
     "one mark per language, both all members"),
    ("public", "fr", "placement",
     "Programme des ateliers de janvier\n"
     "- 9 janvier : le houblonnage à cru\n"
     "- 16 janvier : eau et minéraux\n"
     "- 23 janvier : embouteillage\n"
     "- 30 janvier : dégustation à l'aveugle\n"
     "À diffuser largement auprès de tous les Confrères.",
     "mark at the end of the head"),
    ("public", "fr", "embargo",
     "Nouveau kit « Blanche d'hiver » : présentation\n"
     "L'embargo est tombé ce matin (4 décembre) : vous pouvez en parler à tout le monde, Confrères comme clients.",
     "embargo already lifted; everyone"),
    # internal
    ("internal", "fr", "embargo",
     "Lancement de la gamme de levures liquides\n"
     "Sous embargo jusqu'au 12 mars 2027 — merci de ne rien publier d'ici là\n"
     "Destinataires après levée : tous les Confrères",
     "embargoed now; all Confrères only after the date"),
    ("internal", "fr", "draft",
     "Brouillon v0.3 — ne pas diffuser\n"
     "Grille des avantages de la Confrérie 2027\n"
     "(les montants sont provisoires)",
     "draft, do not distribute"),
    ("internal", "fr", "table",
     "Grille de notation — concours amateur 2027\n"
     "| Diffusion | Jury de dégustation uniquement |\n"
     "| Validité | jusqu'à la proclamation des résultats |",
     "table: the tasting jury only, for a period still running"),
    ("internal", "en", "change",
     "Supplier list — malts and hops\n"
     "Previously public, now internal: purchasing team only (changed 28 Nov 2026).",
     "previously public, now purchasing team"),
    ("internal", "fr", "validity",
     "Planning du stand — salon Brasse & Mousse de Rennes\n"
     "Réservé aux Confrères de l'antenne Bretagne jusqu'à la fin du salon",
     "one local chapter until the fair ends"),
    ("internal", "fr", "placement",
     "Compte rendu de la réunion fournisseurs du 26 novembre, avec les nouvelles conditions tarifaires du "
     "houblon tchèque et le calendrier de réassort pour le premier trimestre, rédigé par l'équipe achats. "
     "Usage interne.",
     "'Usage interne' at the very end of a long sentence"),
    ("internal", "en", "conflict",
     "Recipe-testers brief: 'Double IPA' kit v2\n"
     "Audience: all Confrères\n"
     "Correction 3 Dec: recipe testers only — please do not forward to the rest of the Confrérie.",
     "public line corrected to the recipe testers: strictest and newest wins"),
    ("internal", "fr", "plain",
     "Confidentiel — équipe logistique\n"
     "Incidents de livraison transporteur, novembre 2026",
     "confidential to a staff team, not leadership"),
    # confidential
    ("confidential", "fr", "embargo",
     "STRICTEMENT CONFIDENTIEL — associés gérants uniquement\n"
     "Sous embargo jusqu'au 31 janvier 2027\n"
     "Projet d'ouverture d'une boutique à Lyon",
     "strictly confidential to the managing partners, plus embargo"),
    ("confidential", "fr", "change",
     "Comptes prévisionnels 2027\n"
     "Anciennement : usage interne (équipe finance)\n"
     "Désormais : confidentiel — gérance uniquement",
     "tightened to the managing partners"),
    ("confidential", "en", "table",
     "| Property | Value |\n"
     "|---|---|\n"
     "| Classification | Confidential |\n"
     "| Audience | Managing partners only |\n"
     "| Valid until | Closing of the deal |",
     "table: confidential, managing partners, validity still running"),
    ("confidential", "fr", "conflict",
     "Version finale — diffusion : tous les Confrères\n"
     "CONFIDENTIEL — comité de direction (mention prioritaire)\n"
     "Renégociation du bail de l'entrepôt",
     "template line says all Confrères; the confidential/leadership mark prevails"),
    ("confidential", "en", "placement",
     "This memo summarises the offer received on 20 November from a larger brewing-supplies group to "
     "acquire a majority stake in Brassin & Co, the conditions attached, and the partners' first "
     "reactions. Strictly confidential — managing partners and our lawyer only.",
     "mark after a long sentence: partners and lawyer"),
    ("confidential", "fr", "bilingual",
     "Brouillon v0.2 — Confidentiel, comité de direction / Draft v0.2 — Confidential, management committee\n"
     "Plan de succession à la gérance",
     "bilingual draft mark, confidential to the management committee"),
    # none
    ("none", "fr", "trap-version",
     "Fiche recette « Pale Ale du Confrère »\n"
     "| Version | Date | Modification |\n"
     "|---|---|---|\n"
     "| 3 | 01/12/2026 | Houblon Cascade remplacé par Centennial |\n"
     "| 2 | 15/09/2026 | Temps d'ébullition |",
     "version table; 'du Confrère' is the recipe name"),
    ("none", "fr", "trap-date",
     "Grande dégustation de printemps — samedi 12 mars 2027, 14 h, à l'entrepôt de Nantes\n"
     "Apportez vos bouteilles (2 par personne).",
     "event date, not an embargo"),
    ("none", "fr", "trap-word",
     "Brasser pour le public : ce que dit la loi sur la vente de votre bière maison\n"
     "Spoiler : sans licence, c'est non. Mis à jour pour 2026.",
     "'pour le public' is the topic (selling to the public)"),
    ("none", "fr", "trap-broadcast",
     "Diffusion de la masterclass « Brasser une lager à la maison » en direct sur Twitch le 15 janvier à 20 h\n"
     "Lien du replay envoyé le lendemain aux inscrits",
     "broadcast of a video; the replay goes to registrants, not a document readership"),
    ("none", "fr", "trap-privacy",
     "Enquête : vos habitudes de brassage\n"
     "Vos réponses restent strictement confidentielles et anonymes.\n"
     "Tirage au sort d'un kit parmi les répondants (jusqu'au 20 décembre).",
     "privacy notice about answers; a prize-draw deadline"),
    ("none", "fr", "trap-validity",
     "Dates limites et viabilité des levures\n"
     "Levure sèche : valable jusqu'à 24 mois au froid. Levure liquide : à utiliser dans les 4 mois "
     "suivant la production.",
     "validity of yeast, not of a mark"),
    ("none", "fr", "plain",
     "Compte rendu — appel avec le fournisseur de bouteilles (2 décembre)\n"
     "Prix en hausse de 8 % au 1er février ; marge à revoir.\n"
     "Actions : Paul relance les deux autres devis.",
     "sensitive-looking business notes with no mark"),
    ("none", "fr", "trap-word",
     "Les confidences d'un maître brasseur belge : entretien avec Jef Van Acker\n"
     "Propos recueillis en octobre 2026 à Gand.",
     "'confidences' look-alike; interview date"),
]

CASES["NVL"] = [
    # public
    ("public", "fr", "draft",
     "Guide : bien choisir ses skis de randonnée en location\n"
     "Version finale — diffusion : toutes les Sentinelles et la clientèle des boutiques",
     "final version, all Sentinelles and customers"),
    ("public", "fr", "change",
     "Bilan de la saison 2025-2026\n"
     "Anciennement confidentiel (COMEX) — désormais ouvert à toutes les Sentinelles depuis l'AG du 30 novembre",
     "formerly confidential, now all Sentinelles"),
    ("public", "fr", "table",
     "| Champ | Valeur |\n"
     "|---|---|\n"
     "| Titre | Conditions de la carte Saison 2026-2027 |\n"
     "| Diffusion | Public |\n"
     "| Validité | jusqu'au 30 avril 2027 |",
     "table: Diffusion Public, validity still running"),
    ("public", "en", "validity",
     "Névé — Early-season snow report, Tignes and Val d'Isère\n"
     "Valid until the end of the Salon de la Montagne (7 December), then replaced by the weekly report.\n"
     "Audience: all Sentinelles du Névé members.",
     "validity of the report; audience all members"),
    ("public", "fr", "placement",
     "Avant chaque départ en hors-piste, même court, même sur un itinéraire que vous connaissez par "
     "cœur, vérifiez votre DVA, votre pelle et votre sonde, consultez le bulletin d'estimation du "
     "risque d'avalanche du jour et prévenez quelqu'un de votre itinéraire : c'est le message que nous "
     "voulons porter avec vous cet hiver. Cette fiche est à partager avec toutes les Sentinelles et au-delà.",
     "mark after a long first sentence"),
    ("public", "fr", "bilingual",
     "Charte des Sentinelles 2027 — Sentinelles charter 2027\n"
     "Diffusion : tous les membres des Sentinelles du Névé\n"
     "Distribution: all members of the Sentinelles du Névé",
     "one mark per language, both all members"),
    ("public", "en", "placement",
     "Sentinelles winter meet-ups\n"
     "Tignes — 17 Jan\n"
     "Luchon — 24 Jan\n"
     "Chamrousse — 31 Jan\n"
     "This schedule is for every Sentinelle: pass it on.",
     "mark at the end of the head; station names are places of meet-ups, not subgroups"),
    ("public", "fr", "embargo",
     "Nouvelle offre « Location à la semaine livrée au chalet »\n"
     "Mise à jour du 5 décembre : l'embargo est levé, diffusion à toutes les Sentinelles autorisée.",
     "embargo lifted; now all Sentinelles"),
    # internal
    ("internal", "fr", "embargo",
     "Ouverture de la boutique de Font-Romeu\n"
     "Embargo jusqu'au 12 mars 2027 : ne pas en parler publiquement\n"
     "Prévu ensuite : annonce à toutes les Sentinelles",
     "embargoed now; all Sentinelles only later"),
    ("internal", "fr", "draft",
     "Brouillon v0.4 — ne pas diffuser\n"
     "Nouvelle grille des niveaux Flocon / Congère / Corniche",
     "draft, do not distribute"),
    ("internal", "fr", "table",
     "Itinéraires de test — panel Freeride\n"
     "| Diffusion | Panel Freeride |\n"
     "| Valable | jusqu'à la fin de la saison de test |",
     "table: one panel, for a period still running"),
    ("internal", "en", "change",
     "Ski-tech training slides\n"
     "Previously public (website), now internal: boutique staff only since 1 December 2026.",
     "previously public, now shop staff"),
    ("internal", "fr", "validity",
     "Accès salon de la Montagne de Grenoble — badges et planning\n"
     "Réservé aux Sentinelles de niveau Corniche jusqu'à la fin du salon",
     "one level until the fair ends"),
    ("internal", "fr", "conflict",
     "Procédure de contrôle des DVA en boutique\n"
     "Diffusion : toutes les Sentinelles\n"
     "Étapes : test de portée, test de piles, enregistrement\n"
     "NB (direction des opérations) : document interne, ne pas transmettre hors des équipes boutique.",
     "public line contradicted at the end of the head by an internal note: strictest wins"),
    ("internal", "en", "placement",
     "After the two thefts at the Luchon shop in November and the insurer's visit on 29 November, we "
     "have revised the closing routine, the key handover and the CCTV checks, and this note sets out "
     "what changes from this weekend. Shop managers only.",
     "mark after a long sentence: shop managers"),
    ("internal", "fr", "plain",
     "Confidentiel RH — managers de boutique\n"
     "Grille des primes de saison des saisonniers",
     "confidential to shop managers (staff), not leadership"),
    # confidential
    ("confidential", "fr", "embargo",
     "CONFIDENTIEL — COMEX uniquement\n"
     "Sous embargo jusqu'au 1er février 2027\n"
     "Rachat du réseau de location d'un concurrent en Savoie",
     "confidential to the executive committee, embargoed"),
    ("confidential", "fr", "table",
     "| Propriété | Valeur |\n"
     "|---|---|\n"
     "| Classification | Strictement confidentiel |\n"
     "| Diffusion | Conseil d'administration |\n"
     "| Statut | Version 2 (la v1 était diffusée aux managers) |",
     "table: strictly confidential to the board; v1's circulation is history"),
    ("confidential", "en", "change",
     "Five-year plan 2027-2031\n"
     "Previously shared with all shop managers; reclassified on 2 Dec 2026: confidential, executive "
     "committee only.",
     "tightened to the executive committee"),
    ("confidential", "fr", "conflict",
     "Version finale — diffusion : toutes les Sentinelles\n"
     "Objet : litige avec un client blessé (fixations mal réglées)\n"
     "Mention juridique : STRICTEMENT CONFIDENTIEL — direction générale et avocat uniquement",
     "conflict: strictly confidential to leadership and lawyer wins"),
    ("confidential", "en", "bilingual",
     "Board minutes — 28 November 2026 / Procès-verbal du conseil — 28 novembre 2026\n"
     "Confidential — board members only\n"
     "Confidentiel — administrateurs uniquement",
     "one mark per language, both board-only"),
    ("confidential", "fr", "placement",
     "Ce document présente les trois scénarios étudiés pour la fermeture éventuelle des boutiques les "
     "moins rentables à l'issue de la saison, leurs effets sur l'emploi saisonnier et le calendrier "
     "d'information des équipes. Strictement confidentiel : membres du COMEX uniquement, jusqu'à nouvel ordre.",
     "mark after a long sentence, with an open-ended validity"),
    # none
    ("none", "fr", "trap-version",
     "Conditions générales de location\n"
     "| Version | Date | Objet |\n"
     "|---|---|---|\n"
     "| 5.0 | 01/12/2026 | Caution par empreinte bancaire |\n"
     "| 4.2 | 10/12/2025 | Assurance casse |",
     "version table without any audience"),
    ("none", "fr", "trap-date",
     "Nuit de la glisse — samedi 12 mars 2027 à Tignes\n"
     "Descente aux flambeaux à 19 h, vin chaud offert",
     "event date, not an embargo"),
    ("none", "fr", "trap-broadcast",
     "Diffusion : TéléMont, « Météo des neiges », mardi 19 h 50\n"
     "Reportage tourné dans la boutique de Chamrousse avec deux Sentinelles",
     "'Diffusion :' is a TV broadcast slot; Sentinelles appear in the report"),
    ("none", "fr", "trap-validity",
     "Forfait saison — conditions d'utilisation\n"
     "Valable du premier jour d'ouverture jusqu'au 30 avril 2027. Le forfait est nominatif et incessible.",
     "validity of a pass"),
    ("none", "fr", "trap-privacy",
     "Avis de passage — votre retour nous intéresse\n"
     "Vos réponses sont confidentielles et ne servent qu'à améliorer nos boutiques.\n"
     "Enquête ouverte jusqu'au 15 janvier",
     "privacy notice; survey deadline"),
    ("none", "fr", "trap-word",
     "Comprendre les niveaux de risque d'avalanche\n"
     "Le bulletin public est publié chaque jour à 16 h ; le niveau peut changer entre le matin et l'après-midi.",
     "'bulletin public' is the topic"),
    ("none", "fr", "trap-status",
     "Inventaire skis de location — boutique de Luchon\n"
     "Statut : anciennement « à réviser », désormais « prêt à louer »\n"
     "| Modèle | Taille | Nombre |",
     "status change about skis, not readership"),
    ("none", "fr", "plain",
     "Compte rendu — point téléphonique des responsables de boutique, 3 décembre\n"
     "Présents : Léa (Tignes), Marc (Luchon), Nora (Chamrousse)\n"
     "Prochain point : 10 décembre",
     "staff call notes with no mark"),
]

CASES["PWP"] = [
    # public
    ("public", "en", "draft",
     "Final version — audience: all PawPilot Insiders\n"
     "How to book a video consult in under 2 minutes",
     "final version, all Insiders ('Insiders' = every ambassador)"),
    ("public", "en", "change",
     "Summer heatstroke guide for dogs\n"
     "Previously restricted to the Vet Advisory Panel; now open to the whole Pack (since 1 Dec 2026).",
     "was a panel, now the whole Pack"),
    ("public", "en", "table",
     "| Field | Value |\n"
     "|---|---|\n"
     "| Title | Referral programme FAQ |\n"
     "| Audience | All Insiders |\n"
     "| Valid until | 31 March 2027 |",
     "table: all Insiders, validity still running"),
    ("public", "en", "embargo",
     "New feature: symptom checker for cats\n"
     "Embargo lifted 4 Dec 2026 — OK to share with all Pack members and on social media.",
     "embargo lifted; all Pack members and social media"),
    ("public", "en", "placement",
     "Many of you asked us what happens behind the scenes when you press the 'Talk to a vet' button at "
     "three in the morning, who answers, how they are trained and what they can and cannot prescribe "
     "over video, so we wrote this explainer with two of our night-shift vets. Public — feel free to "
     "share it with the whole Pack and beyond.",
     "mark after a long first sentence"),
    ("public", "fr", "bilingual",
     "Guide de bienvenue du Pack — Pack welcome guide\n"
     "Diffusion : tous les PawPilot Insiders\n"
     "Audience: all PawPilot Insiders",
     "one mark per language, both all Insiders"),
    ("public", "en", "placement",
     "Insider events — first half of 2027\n"
     "- 22 Jan: puppy nutrition live Q&A\n"
     "- 19 Feb: Dublin meet-up\n"
     "- 18 Mar: senior cats webinar\n"
     "Share with every Insider — this list is not restricted.",
     "mark at the end of the head; 'Dublin meet-up' is an event, not the readership"),
    ("public", "en", "validity",
     "Booth handout — London Vet Show\n"
     "Valid until the end of the show; after that, use the 2027 leaflet. Audience: anyone — hand it out freely.",
     "validity of the handout version; readership anyone"),
    # internal
    ("internal", "en", "embargo",
     "Press release — PawPilot launches in Belgium\n"
     "EMBARGOED until 12 March 2027, 07:00 GMT\n"
     "Do not share or post before then.",
     "embargoed press release"),
    ("internal", "en", "draft",
     "DRAFT v0.3 — do not distribute\n"
     "Insider rewards 2027: tiers and perks",
     "draft, do not distribute; 'Insider' is the topic"),
    ("internal", "en", "table",
     "Alpha early-access roadmap\n"
     "| Audience | Alpha-tier Insiders only |\n"
     "| Version | 1.1 |\n"
     "| Owner | Community team |",
     "table: one tier only"),
    ("internal", "en", "change",
     "Vet rota and on-call contacts\n"
     "This page was public until 30 Nov 2026; it is now internal (clinical operations team).",
     "previously public, now a staff team"),
    ("internal", "en", "validity",
     "Beta Den test plan — multi-pet accounts\n"
     "For Beta Den testers only until the feature ships; the public changelog will follow.",
     "beta testers until a future event"),
    ("internal", "en", "conflict",
     "Audience: all Insiders\n"
     "Subject: refund policy exceptions\n"
     "UPDATE (legal review): internal use only — support team.",
     "public line overridden by a later internal line"),
    ("internal", "fr", "bilingual",
     "Protocole de triage — groupe pilote France / Triage protocol — France pilot group\n"
     "FR : réservé au groupe pilote France\n"
     "EN: France pilot group only",
     "one mark per language, both a pilot subgroup"),
    ("internal", "en", "placement",
     "Following the outage of the video-consult service on 27 November, which lasted 94 minutes and "
     "affected about 1,800 pet owners, this post-mortem sets out the timeline, the root cause in the "
     "scheduling service and the actions we are taking. Engineering and support teams only — "
     "confidential, do not forward.",
     "confidential, but to staff teams, not leadership"),
    # confidential
    ("confidential", "en", "embargo",
     "STRICTLY CONFIDENTIAL — Board only\n"
     "Embargoed until 31 January 2027\n"
     "Series B term sheet: summary and open points",
     "strictly confidential to the board, embargoed"),
    ("confidential", "en", "change",
     "Pricing strategy 2027\n"
     "Formerly: internal (all staff). Reclassified 3 Dec 2026: confidential — executive team only.",
     "tightened to the executive team"),
    ("confidential", "en", "table",
     "| Property | Value |\n"
     "|---|---|\n"
     "| Classification | Confidential |\n"
     "| Audience | Founders and General Counsel |\n"
     "| Status | Draft v0.2 |",
     "table: confidential to founders and legal"),
    ("confidential", "en", "conflict",
     "Final version — audience: all Insiders\n"
     "CONFIDENTIAL — executive team only (overrides the line above)\n"
     "Regulatory inspection by the veterinary council: findings",
     "conflict: confidential/executive line explicitly overrides"),
    ("confidential", "fr", "bilingual",
     "Note au conseil d'administration — rachat d'une clinique partenaire / Board note — acquisition of a partner clinic\n"
     "Confidentiel — conseil d'administration uniquement\n"
     "Confidential — board only",
     "one mark per language, both board-only"),
    ("confidential", "en", "placement",
     "This note sets out the claim brought by a pet owner after the death of her dog following a video "
     "consult in October, our insurer's position, and the settlement range we are considering before the "
     "mediation on 18 January. Strictly confidential: founders and General Counsel only.",
     "mark after a long sentence: founders and legal"),
    # none
    ("none", "en", "trap-version",
     "PawPilot app — release notes\n"
     "| Version | Date | Changes |\n"
     "|---|---|---|\n"
     "| 5.4 | 2 Dec 2026 | Multi-pet profiles |\n"
     "| 5.3 | 12 Nov 2026 | Dark mode |",
     "version table without any audience"),
    ("none", "en", "trap-date",
     "Pack Day — 12 March 2027, Dublin\n"
     "Doors open at 10:00; dog-friendly venue, water bowls provided.",
     "event date, not an embargo"),
    ("none", "fr", "trap-broadcast",
     "Diffusion en direct : « Demandez au véto » sur Instagram, jeudi 20 h\n"
     "Animation : Dr Claire Morvan. Thème : les chats âgés.",
     "'diffusion' is a live broadcast"),
    ("none", "en", "trap-privacy",
     "Privacy notice — symptom checker\n"
     "Your pet's health data and your answers are confidential and are never shared with third parties "
     "without your consent.",
     "privacy notice about the user's own data"),
    ("none", "en", "trap-validity",
     "Vaccination reminder — rabies booster\n"
     "Certificate valid until 14 February 2027. Book your booster at least three weeks before travel.",
     "validity of a certificate"),
    ("none", "en", "trap-word",
     "Public holidays opening hours — Christmas 2026\n"
     "Video consults stay open 24/7; the pharmacy partner closes on 25 and 26 December.",
     "'public holidays' look-alike"),
    ("none", "en", "trap-status",
     "Account status: formerly 'Tracker', now 'Alpha'\n"
     "Congratulations! Here is what changes for you from today.",
     "a member's tier change, not the document's readership"),
    ("none", "en", "trap-word",
     "Internal medicine for cats: when to see a specialist\n"
     "Chronic kidney disease, hyperthyroidism and diabetes explained by Dr Sam Okafor.",
     "'internal medicine' look-alike"),
]

EXTRA_AMBASSADOR_NAMES = [
    "Premiers de Cordée", "les Premiers de Cordée", "Cordées", "toutes les Cordées",
    "Réseau Sillon", "Sillonneurs", "tous les Sillonneurs",
    "Confrérie du Houblon", "La Confrérie du Houblon", "Confrères", "Confrérie",
    "tous les Confrères", "Confrères et Consœurs",
    "Sentinelles du Névé", "Les Sentinelles du Névé", "Sentinelles", "toutes les Sentinelles",
    "PawPilot Insiders", "Pack", "the whole Pack", "all Insiders",
]
EXTRA_CLIENT_NAMES = ["Aerosillon", "Brassin", "Brassin and Co", "Neve", "Névé Location"]
