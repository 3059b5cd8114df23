"""Invented client: Grains de Bocage, a seed cooperative; its ambassador program "les Passeurs".

Each document is a title, a confidentiality line (or None) and a list of blocks:
("h", level, text) | ("p", text) | ("ul", [items]) | ("ol", [items]) | ("table", header, rows).
Level 1 is the highest heading below the document title.
"""

GUIDE = {
    "name": "guide_ambassadeur.md",
    "lang": "fr",
    "title": "Guide du Passeur - le programme ambassadeurs de Grains de Bocage",
    "marking": "Diffusion : tous les passeurs (ambassadeurs) de la coopérative. Version de janvier 2027.",
    "blocks": [
        ("h", 1, "Pourquoi les Passeurs ?"),
        ("p", "Grains de Bocage est une coopérative de semences paysannes fondée en 2009 à "
              "Lassay-les-Châteaux. Elle réunit aujourd'hui 1 800 adhérents : maraîchers, jardiniers "
              "amateurs, écoles et grainothèques de quartier. Les Passeurs sont les adhérents qui acceptent "
              "de faire connaître la coopérative autour d'eux, en échange d'une place privilégiée "
              "dans sa vie."),
        ("h", 1, "Qui peut devenir passeur ?"),
        ("p", "L'invitation est envoyée par l'équipe programme ; on ne s'inscrit pas soi-même. "
              "Nous regardons plusieurs signaux :"),
        ("ul", ["au moins deux saisons complètes d'adhésion",
                "des retours spontanés (messages, photos de récolte, réponses aux enquêtes)",
                "une note de recommandation de 9 ou 10 dans l'enquête annuelle",
                "l'envie et le temps de participer, quelques heures par saison suffisent"]),
        ("p", "L'audience sur les réseaux sociaux n'est jamais un critère à elle seule."),
        ("h", 1, "Les quatre niveaux"),
        ("p", "Chaque contribution rapporte des grains (nos points). Le total de grains cumulés sur les "
              "douze derniers mois détermine votre niveau ; le passage au niveau supérieur se fait "
              "automatiquement le premier lundi du mois."),
        ("h", 2, "Niveau Graine"),
        ("h", 3, "Conditions"),
        ("p", "Dès l'acceptation de l'invitation, de 0 à 149 grains."),
        ("h", 3, "Avantages"),
        ("p", "Au niveau Graine, vous recevez :"),
        ("ul", ["le badge Graine sur votre profil de La Grange (notre forum)",
                "la Gazette des Passeurs chaque mois, une semaine avant les autres adhérents",
                "un sachet de bienvenue de trois variétés de la saison"]),
        ("h", 2, "Niveau Germe"),
        ("h", 3, "Conditions"),
        ("p", "De 150 à 399 grains sur douze mois glissants, et au moins une contribution dans les trois "
              "derniers mois."),
        ("h", 3, "Avantages"),
        ("p", "En plus des avantages du niveau Graine :"),
        ("ul", ["l'accès anticipé au catalogue d'automne, dix jours avant l'ouverture",
                "une remise de 10 % sur le renouvellement de l'adhésion",
                "une invitation à la visite annuelle des parcelles de sélection"]),
        ("h", 2, "Niveau Épi"),
        ("h", 3, "Conditions"),
        ("p", "De 400 à 899 grains, dont au moins un témoignage (écrit ou vidéo)."),
        ("h", 3, "Avantages"),
        ("p", "En plus des avantages des niveaux précédents :"),
        ("ul", ["une remise de 20 % sur le renouvellement de l'adhésion (au lieu de 10 %)",
                "une rencontre par an avec l'équipe de sélection, à la ferme de la Hunaudière",
                "votre portrait dans la Gazette et sur le site, si vous le souhaitez",
                "un colis de semences rares en fin de saison"]),
        ("h", 2, "Niveau Grenier"),
        ("h", 3, "Conditions"),
        ("p", "900 grains et plus sur douze mois, sur invitation du comité après un échange téléphonique."),
        ("h", 3, "Avantages"),
        ("p", "Le niveau Grenier ajoute :"),
        ("ul", ["un siège au Conseil des Passeurs, qui donne son avis sur le catalogue et les prix",
                "l'adhésion offerte l'année suivante",
                "la possibilité de parrainer directement un nouveau passeur",
                "une place réservée à la Fête des semences de Lassay, avec repas"]),
        ("h", 1, "Les contributions"),
        ("p", "Toutes les contributions sont déclarées sur La Grange ou auprès du bot des Passeurs sur "
              "Discord, puis validées par Maëlle, la responsable du programme, sous sept jours."),
        ("table", ["Contribution", "Grains", "Plafond"], [
            ["Témoignage écrit", "30", "4 par an"],
            ["Témoignage vidéo", "60", "2 par an"],
            ["Présence à une fête des semences", "40", "aucun"],
            ["Mise en relation avec un futur adhérent", "50", "aucun"],
            ["Avis en ligne", "10", "3 par an"],
            ["Partage sur les réseaux sociaux", "5", "2 par mois"],
            ["Aide sur La Grange", "5", "10 par mois"],
            ["Idée d'amélioration retenue", "25", "aucun"],
            ["Participation à un essai variétal", "80", "1 par saison"],
        ]),
        ("h", 1, "Quitter le programme"),
        ("p", "Vous pouvez quitter les Passeurs à tout moment, sans justification, en écrivant à "
              "passeurs@grainsdebocage.coop ou depuis votre profil. Votre adhésion à la coopérative n'est "
              "pas touchée et vos grains restent visibles pendant six mois, au cas où vous "
              "changeriez d'avis."),
        ("h", 1, "Faire une pause"),
        ("p", "Une saison chargée ? Vous pouvez mettre votre participation en pause jusqu'à quatre mois par "
              "an. Pendant la pause, vous ne recevez aucune sollicitation et votre niveau est gelé."),
    ],
}

BAREME = {
    "name": "regles_des_grains.txt",
    "lang": "fr",
    "title": "Règles des grains - Passeurs de Grains de Bocage",
    "marking": "Public : document partagé avec tous les passeurs.",
    "style": "numbered",
    "blocks": [
        ("h", 1, "1. Gagner des grains"),
        ("h", 2, "1.1 Délai"),
        ("p", "Une contribution se déclare dans les 30 jours qui suivent. Il faut un lien, une photo ou le "
              "nom de la personne présentée. Au-delà de 30 jours, la déclaration reste possible mais ne "
              "rapporte que la moitié des grains."),
        ("h", 2, "1.2 Bonus"),
        ("p", "Trois bonus s'ajoutent au barème :"),
        ("ul", ["bonus de réactivité : +10 grains si vous répondez à une sollicitation dans les 48 heures",
                "bonus de première fois : +15 grains pour votre premier témoignage, quel qu'il soit",
                "bonus binôme : +20 grains quand vous accompagnez un nouveau passeur sur sa première "
                "contribution"]),
        ("h", 2, "1.3 Ce qui ne rapporte rien"),
        ("p", "Certaines actions ne donnent pas de grains :"),
        ("ul", ["les achats de semences, quel que soit le montant",
                "les avis laissés sur nos propres produits par un salarié de la coopérative ou sa famille",
                "les partages automatiques programmés par une application"]),
        ("h", 1, "2. Garder ses grains"),
        ("h", 2, "2.1 Durée de validité"),
        ("p", "Les grains sont comptés sur douze mois glissants pour le niveau, mais le solde à dépenser "
              "dans la boutique des Passeurs expire au bout de 24 mois."),
        ("h", 2, "2.2 Pause et absence"),
        ("p", "Pendant une pause déclarée, le compteur de douze mois est suspendu : les grains gagnés avant "
              "la pause ne vieillissent pas. Ils reprennent leur cours au retour."),
        ("h", 2, "2.3 Descente de niveau"),
        ("p", "Si votre total repasse sous le seuil de votre niveau, vous gardez ce niveau jusqu'à la fin du "
              "trimestre en cours. Un message vous prévient un mois avant."),
        ("h", 1, "3. Contester un décompte"),
        ("h", 2, "3.1 Délai"),
        ("p", "Vous avez deux mois après la validation pour signaler une erreur de décompte. Passé ce délai, "
              "le décompte est définitif."),
        ("h", 2, "3.2 Démarche"),
        ("p", "Pour contester, procédez ainsi :"),
        ("ol", ["écrivez à Maëlle sur La Grange, rubrique Passeurs",
                "joignez la preuve de la contribution",
                "attendez la réponse du comité des grains, qui se réunit le premier jeudi du mois"]),
    ],
}

FAQ = {
    "name": "faq_passeurs.html",
    "lang": "fr",
    "title": "Foire aux questions des Passeurs",
    "marking": "Page publique - accessible à tous les adhérents et aux passeurs.",
    "blocks": [
        ("h", 1, "Le programme"),
        ("h", 2, "Combien de temps ça prend ?"),
        ("p", "Comptez deux à quatre heures par saison. Personne ne vous demandera plus de deux "
              "sollicitations par mois : c'est une règle de l'équipe, pas une simple intention."),
        ("h", 2, "Est-ce que je suis payé ?"),
        ("p", "Non. Les Passeurs sont bénévoles ; la reconnaissance passe par les grains, les niveaux et les "
              "avantages. Aucune contribution n'est rémunérée en argent, et les grains ne sont pas "
              "convertibles en euros."),
        ("h", 1, "Les sollicitations"),
        ("h", 2, "Comment suis-je sollicité ?"),
        ("p", "Le bot des Passeurs vous écrit sur Discord, ou Maëlle vous envoie un courriel si vous n'êtes "
              "pas sur Discord. Chaque demande précise la date limite et le nombre de grains."),
        ("h", 2, "Puis-je refuser ?"),
        ("p", "Oui, toujours, et sans avoir à vous justifier. Un refus ne fait perdre aucun grain et n'a "
              "aucun effet sur votre niveau."),
        ("h", 2, "Quel préavis ?"),
        ("p", "Les délais de prévenance minimum sont les suivants :"),
        ("ul", ["témoignage écrit : 3 semaines",
                "témoignage vidéo : 5 semaines",
                "présence à un salon ou une fête : 6 semaines",
                "relecture du catalogue : 2 semaines"]),
        ("h", 1, "Vos données"),
        ("h", 2, "Qui voit mes contributions ?"),
        ("p", "Vos contributions sont visibles par l'équipe programme et, pour le classement des grains, par "
              "les autres passeurs sous votre prénom seulement. Vous pouvez masquer votre prénom dans les "
              "réglages de La Grange."),
        ("h", 2, "Le bot utilise-t-il une IA ?"),
        ("p", "Oui. Le bot des Passeurs s'appuie sur un assistant d'intelligence artificielle pour répondre "
              "aux questions courantes et vous rappeler les sollicitations. Il le signale au début de chaque "
              "conversation et passe la main à une personne de l'équipe dès que vous le demandez."),
        ("h", 2, "Combien de temps sont conservées mes données ?"),
        ("table", ["Donnée", "Durée de conservation", "Pourquoi"], [
            ["Historique des contributions", "3 ans après la sortie du programme",
             "calcul des niveaux et statistiques"],
            ["Conversations avec le bot", "12 mois", "amélioration des réponses"],
            ["Vidéos de témoignage", "jusqu'au retrait de votre accord", "publication"],
            ["Coordonnées", "durée de l'adhésion", "contact"],
        ]),
    ],
}

CHARTE = {
    "name": "charte_du_passeur.docx",
    "lang": "fr",
    "title": "Charte du Passeur",
    "marking": "Diffusion : tous les ambassadeurs - à signer lors de l'entrée dans le programme.",
    "docx_headings": "styles",
    "blocks": [
        ("h", 1, "Nos engagements réciproques"),
        ("h", 2, "Engagements de la coopérative"),
        ("p", "La coopérative s'engage à :"),
        ("ul", ["prévenir au moins trois semaines avant toute demande, sauf urgence expliquée",
                "ne jamais réécrire un témoignage sans l'accord de son auteur",
                "répondre à toute question sous cinq jours ouvrés",
                "respecter les refus sans relance"]),
        ("h", 2, "Engagements du passeur"),
        ("p", "Le passeur s'engage à :"),
        ("ul", ["parler de la coopérative avec ses propres mots et sa propre expérience",
                "signaler clairement qu'il est passeur quand il publie un avis ou un partage",
                "ne pas promettre de prix ni de remise qui n'existe pas",
                "prévenir l'équipe s'il ne peut pas honorer une sollicitation acceptée"]),
        ("h", 1, "Témoignages"),
        ("h", 2, "Droit à l'image"),
        ("p", "Un témoignage vidéo n'est publié qu'après signature d'une autorisation de diffusion valable "
              "trois ans. Vous pouvez la retirer à tout moment ; la vidéo est alors dépubliée sous "
              "quinze jours."),
        ("h", 2, "Relecture"),
        ("p", "Chaque témoignage écrit vous est renvoyé pour relecture avant publication. Sans réponse de "
              "votre part sous dix jours, il n'est pas publié."),
        ("h", 1, "Sortie du programme"),
        ("h", 2, "À votre initiative"),
        ("p", "Vos témoignages déjà publiés restent en ligne, sauf si vous demandez leur retrait : nous les "
              "retirons alors sous un mois. Les grains non dépensés sont perdus au moment du départ."),
        ("h", 2, "À l'initiative de la coopérative"),
        ("p", "La coopérative peut mettre fin à la participation d'un passeur qui ne respecte pas la charte, "
              "après un échange avec la responsable du programme. Le passeur garde son adhésion et ses "
              "droits de sociétaire."),
        ("h", 2, "Inactivité"),
        ("p", "Sans aucune contribution pendant douze mois et sans pause déclarée, le passeur reçoit un "
              "message amical lui proposant de rester, de faire une pause ou de partir. Sans réponse, il "
              "quitte le programme au bout de deux mois, sans effet sur son adhésion."),
        ("h", 1, "Récapitulatif des délais"),
        ("table", ["Situation", "Délai"], [
            ["Préavis avant une sollicitation", "3 semaines minimum"],
            ["Réponse de l'équipe à une question", "5 jours ouvrés"],
            ["Relecture d'un témoignage", "10 jours"],
            ["Dépublication d'une vidéo", "15 jours"],
            ["Retrait des témoignages après départ", "1 mois"],
        ]),
    ],
}

CALENDRIER = {
    "name": "calendrier_sollicitations_2027.pdf",
    "lang": "fr",
    "title": "Calendrier des sollicitations 2027",
    "marking": "Document partagé avec la communauté des Passeurs.",
    "page_breaks_before": ["Troisième trimestre"],
    "blocks": [
        ("h", 1, "Premier trimestre"),
        ("h", 2, "Temps forts"),
        ("p", "Le trimestre est dominé par la sortie du catalogue de printemps le 15 février et par le salon "
              "Terre & Graines à Laval, du 20 au 22 mars."),
        ("h", 2, "Ce qu'on attend de vous"),
        ("p", "Pour ce trimestre, nous cherchons :"),
        ("ul", ["six témoignages écrits de maraîchers sur les variétés de tomates",
                "deux passeurs pour tenir le stand du salon, une demi-journée chacun",
                "dix avis en ligne après la sortie du catalogue"]),
        ("h", 1, "Deuxième trimestre"),
        ("h", 2, "Temps forts"),
        ("p", "Avril et mai sont les mois des semis : nous évitons les demandes lourdes. La Fête des "
              "semences de Lassay a lieu le dimanche 6 juin."),
        ("h", 2, "Ce qu'on attend de vous"),
        ("p", "Nos besoins pour le printemps :"),
        ("ul", ["des photos de semis partagées sur les réseaux, sans contrainte de date",
                "quatre bénévoles pour l'accueil de la Fête des semences",
                "trois volontaires pour l'essai variétal de haricots grimpants"]),
        ("h", 1, "Troisième trimestre"),
        ("h", 2, "Temps forts"),
        ("p", "L'été est volontairement calme. Seule la visite des parcelles de sélection, le 9 septembre, "
              "réunit les passeurs de niveau Germe et au-dessus."),
        ("h", 2, "Ce qu'on attend de vous"),
        ("p", "Rien d'obligatoire ; si vous en avez envie :"),
        ("ul", ["un témoignage vidéo tourné dans votre jardin en pleine saison",
                "la relecture des fiches variétés du catalogue d'automne"]),
        ("h", 1, "Quatrième trimestre"),
        ("h", 2, "Temps forts"),
        ("p", "Le catalogue d'automne ouvre le 1er octobre ; l'assemblée générale se tient le samedi "
              "27 novembre à Mayenne."),
        ("h", 2, "Ce qu'on attend de vous"),
        ("p", "Avant la fin de l'année :"),
        ("ul", ["des mises en relation avec des écoles ou des jardins partagés intéressés par une "
                "grainothèque",
                "la participation au Conseil des Passeurs du 4 décembre (niveau Grenier)"]),
        ("h", 1, "Tableau récapitulatif"),
        ("table", ["Mois", "Sollicitation", "Niveau concerné", "Grains"], [
            ["Février", "Avis en ligne sur le catalogue de printemps", "Tous", "10"],
            ["Mars", "Stand au salon Terre & Graines", "Germe et plus", "40"],
            ["Juin", "Accueil à la Fête des semences", "Tous", "40"],
            ["Juillet", "Essai variétal haricots", "Épi et plus", "80"],
            ["Septembre", "Relecture des fiches variétés", "Tous", "20"],
            ["Décembre", "Conseil des Passeurs", "Grenier", "0 (bénévolat de gouvernance)"],
        ]),
    ],
}

PLAN = {
    "name": "plan_animation_2027.docx",
    "lang": "fr",
    "title": "Plan d'animation 2027 des Passeurs",
    "marking": "Interne - équipe programme. Ne pas transférer aux passeurs.",
    "docx_headings": "bold",
    "blocks": [
        ("h", 1, "Répartition des rôles"),
        ("p", "Maëlle Guérin pilote le programme et valide les contributions. Yann Le Bihan prépare les "
              "sollicitations du calendrier. Sabine Roux répond aux passeurs anglophones et gère la "
              "Gazette."),
        ("h", 1, "Règles de rotation"),
        ("h", 2, "Charge par passeur"),
        ("p", "Pour éviter l'épuisement des passeurs les plus actifs, nous appliquons les plafonds "
         "suivants :"),
        ("ul", ["deux sollicitations par mois et par passeur au maximum",
                "pas plus de trois sollicitations d'affilée à la même personne dans un trimestre",
                "une pause de six semaines après un témoignage vidéo"]),
        ("h", 2, "Suivi"),
        ("p", "Chaque lundi, Yann vérifie le tableau de charge et signale les passeurs sollicités plus de "
              "quatre fois sur huit semaines."),
        ("h", 1, "Indicateurs suivis"),
        ("table", ["Indicateur", "Cible 2027", "Fréquence"], [
            ["Délai moyen de réponse à une sollicitation", "moins de 4 jours", "mensuelle"],
            ["Taux de rétention d'une année sur l'autre", "80 %", "annuelle"],
            ["Contributions moyennes par passeur", "6 par an", "trimestrielle"],
            ["NPS des passeurs", "+50", "semestrielle"],
            ["Taux de passage au niveau supérieur", "25 %", "annuelle"],
        ]),
        ("h", 1, "Procédure d'approbation d'une contribution"),
        ("p", "Pour approuver une contribution :"),
        ("ol", ["vérifier la preuve jointe",
                "appliquer le barème et les bonus",
                "enregistrer les grains dans le tableau de suivi",
                "envoyer un message de remerciement personnalisé"]),
        ("h", 1, "Départs"),
        ("h", 2, "Passeur qui s'éloigne"),
        ("p", "Après trois sollicitations refusées ou sans réponse, on ne relance plus : Maëlle appelle le "
              "passeur pour prendre des nouvelles, sans parler du programme dans un premier temps."),
        ("h", 2, "Passeur qui part"),
        ("p", "Un départ est remercié par un mot manuscrit et un sachet de semences. On ne demande pas de "
              "justification."),
    ],
}

ATELIERS = {
    "name": "compte_rendu_ateliers.txt",
    "lang": "fr",
    "title": "Compte rendu des ateliers NOUS - JE - ACTION (automne 2026)",
    "marking": None,
    "style": "underlined",
    "blocks": [
        ("h", 1, "Atelier NOUS"),
        ("h", 2, "Participants"),
        ("p", "Douze personnes : quatre salariés, cinq administrateurs, trois passeurs invités comme "
              "observateurs."),
        ("h", 2, "Raison d'être retenue"),
        ("p", "Après trois versions, le groupe a retenu : « Que chaque jardin du bocage puisse ressemer ses "
              "propres graines, adaptées à son sol et à son climat. » Les propositions générées par "
              "l'assistant ont servi de point de départ, sans être reprises."),
        ("h", 2, "Objectifs"),
        ("p", "Le groupe a fixé trois objectifs au programme :"),
        ("ul", ["faire entrer 150 nouveaux adhérents par la recommandation en 2027",
                "doubler le nombre de grainothèques partenaires dans les écoles",
                "recueillir au moins quarante retours d'expérience sur les variétés"]),
        ("h", 1, "Atelier JE"),
        ("h", 2, "Participants"),
        ("p", "Vingt-trois passeurs, en deux séances : une à Lassay, une en visio pour les passeurs "
         "éloignés."),
        ("h", 2, "Besoins exprimés"),
        ("p", "Les besoins qui reviennent le plus souvent :"),
        ("ul", ["apprendre : être formé à la sélection et à la conservation des graines",
                "être reconnu comme jardinier, pas comme vendeur",
                "rencontrer d'autres passeurs près de chez soi",
                "ne pas être sollicité pendant les semis d'avril-mai"]),
        ("h", 2, "Points de divergence"),
        ("p", "Les maraîchers professionnels veulent des remises sur l'adhésion ; les jardiniers amateurs "
              "préfèrent des semences rares et des formations. Les passeurs ne sont pas d'accord non plus "
              "sur le classement public des grains : la moitié le trouve motivant, l'autre moitié le juge "
              "déplacé."),
        ("h", 1, "Atelier ACTION"),
        ("h", 2, "Participants"),
        ("p", "Huit personnes : l'équipe programme et cinq passeurs volontaires issus de l'atelier JE."),
        ("h", 2, "Groupes de passeurs"),
        ("p", "Trois groupes ont été créés :"),
        ("ul", ["les Maraîchers, nourris par les thèmes rendement, résistance aux maladies et vente directe",
                "les Jardiniers du dimanche, nourris par les thèmes semis, conservation et recettes",
                "les Relais d'école, nourris par les thèmes pédagogie et grainothèques"]),
        ("h", 2, "Décisions"),
        ("p", "Le classement public reste, mais chacun peut en sortir. Une formation à la sélection massale "
              "est proposée deux fois par an aux passeurs de niveau Germe et au-dessus. Aucune sollicitation "
              "n'est envoyée du 1er avril au 31 mai."),
    ],
}

OBJECTIFS = {
    "name": "objectifs_indicateurs_2027.md",
    "lang": "fr",
    "title": "Objectifs et indicateurs du programme Passeurs - 2027",
    "marking": "Diffusion : tous les ambassadeurs (version présentée à l'assemblée générale).",
    "blocks": [
        ("h", 1, "Objectifs 2027"),
        ("table", ["Objectif", "Indicateur", "Cible 2027", "Résultat 2026"], [
            ["Recommandation", "Nouveaux adhérents venus d'un passeur", "150", "94"],
            ["Visibilité", "Avis en ligne publiés", "300", "212"],
            ["Grainothèques", "Écoles partenaires", "40", "19"],
            ["Fidélité", "Renouvellement des adhérents recommandés", "85 %", "78 %"],
            ["Co-création", "Passeurs engagés dans un essai variétal", "60", "31"],
        ]),
        ("h", 1, "Indicateurs d'engagement"),
        ("h", 2, "Ce que nous mesurons"),
        ("p", "Nous suivons chaque mois :"),
        ("ul", ["le nombre de passeurs actifs (au moins une contribution sur trois mois)",
                "la fréquence des contributions",
                "le taux de participation aux sollicitations"]),
        ("h", 2, "Résultats 2026"),
        ("p", "En 2026, 212 passeurs sur 260 ont été actifs au moins une fois par trimestre, et le taux de "
              "participation aux sollicitations a atteint 61 %."),
        ("h", 1, "Indicateurs d'impact"),
        ("h", 2, "Ce que nous mesurons"),
        ("p", "Trois mesures d'impact sont suivies :"),
        ("ul", ["les adhésions générées ou influencées par un passeur",
                "le taux de conversion des mises en relation",
                "le coût du programme rapporté à une adhésion gagnée"]),
        ("h", 2, "Résultats 2026"),
        ("p", "Sur 180 mises en relation, 94 ont abouti à une adhésion, soit un taux de conversion de 52 %. "
              "Le programme a coûté 11 300 euros, soit environ 120 euros par adhésion gagnée."),
    ],
}

BOUTIQUE = {
    "name": "boutique_recompenses.pdf",
    "lang": "fr",
    "title": "La boutique des Passeurs - catalogue des récompenses",
    "marking": "Diffusion : tous les passeurs.",
    "page_breaks_before": ["Récompenses réservées au niveau Grenier"],
    "blocks": [
        ("h", 1, "Comment ça marche"),
        ("p", "Les grains gagnés s'échangent contre des récompenses dans la boutique des Passeurs, sur La "
              "Grange. Dépenser des grains ne fait pas baisser votre niveau : le niveau se calcule sur les "
              "grains gagnés, pas sur le solde."),
        ("h", 1, "Récompenses ouvertes à tous"),
        ("h", 2, "Ce qui est proposé"),
        ("table", ["Récompense", "Prix en grains", "Stock"], [
            ["Sachet de variété ancienne au choix", "40", "illimité"],
            ["Carnet de semis Grains de Bocage", "60", "200 par an"],
            ["Atelier en ligne « Réussir ses semis »", "90", "30 places par session"],
            ["Tote bag en chanvre", "120", "150 par an"],
        ]),
        ("h", 2, "Conditions"),
        ("p", "Une récompense par mois et par passeur. Les envois se font le premier mardi du mois, frais de "
              "port offerts en France métropolitaine."),
        ("h", 1, "Récompenses réservées au niveau Épi"),
        ("h", 2, "Ce qui est proposé"),
        ("table", ["Récompense", "Prix en grains", "Stock"], [
            ["Journée de formation à la sélection massale", "250", "12 places par an"],
            ["Colis « Conservatoire » de dix variétés rares", "300", "40 par an"],
        ]),
        ("h", 2, "Conditions"),
        ("p", "Réservées aux passeurs de niveau Épi ou Grenier au moment de la commande. La journée de "
              "formation se déroule à la ferme de la Hunaudière ; le déplacement reste à votre charge."),
        ("h", 1, "Récompenses réservées au niveau Grenier"),
        ("h", 2, "Ce qui est proposé"),
        ("table", ["Récompense", "Prix en grains", "Stock"], [
            ["Parrainage d'une variété au conservatoire", "500", "5 par an"],
            ["Week-end des sélectionneurs, hébergement compris", "800", "8 places"],
        ]),
        ("h", 2, "Conditions"),
        ("p", "Le parrainage d'une variété dure cinq ans et votre nom figure sur la fiche de la variété. Le "
              "week-end des sélectionneurs a lieu fin août ; une seule participation tous les deux ans."),
        ("h", 1, "Dons"),
        ("p", "Vous pouvez aussi donner vos grains : chaque tranche de 100 grains finance un kit de "
              "grainothèque pour une école du bocage."),
    ],
}

WELCOME = {
    "name": "welcome_pack_en.md",
    "lang": "en",
    "title": "Welcome to the Passeurs - English welcome pack",
    "marking": "Shared with the whole Passeurs community (English-speaking members in Jersey, Cornwall and "
               "Ireland).",
    "blocks": [
        ("h", 1, "Your first month"),
        ("h", 2, "Week 1"),
        ("p", "In your first week, please:"),
        ("ul", ["complete your profile on La Grange, the members' forum",
                "join the #passeurs-english channel on Discord",
                "say hello in the welcome thread"]),
        ("h", 2, "Weeks 2 to 4"),
        ("p", "Sabine, who looks after English-speaking members, will call you for a 20-minute chat about "
              "what you grow and what you would like to get out of the programme."),
        ("h", 1, "Earning grains"),
        ("p", "Grains are our points. The full scale is in the French guide; the essentials for English "
              "speakers are below."),
        ("table", ["Contribution", "Grains"], [
            ["Written testimonial (English is fine)", "30"],
            ["Review on Google or Trustpilot", "10"],
            ["Introducing a new member", "50"],
            ["Helping someone on La Grange", "5"],
        ]),
        ("h", 1, "Language"),
        ("h", 2, "Benefits for English speakers"),
        ("p", "Because you are part of the English-speaking group, you also get:"),
        ("ul", ["the Gazette summary translated into English every month",
                "an English-language online seed-saving workshop each winter",
                "Sabine as a direct contact, in English"]),
        ("h", 2, "Limits"),
        ("p", "The catalogue, the charter and the legal documents exist in French only. If anything is "
              "unclear, ask Sabine rather than relying on an automatic translation."),
        ("h", 1, "Shipping"),
        ("p", "Rewards are shipped free within mainland France only. For Jersey, the UK and Ireland, a flat "
              "postage fee of 8 grains is deducted per parcel."),
    ],
}

OVERVIEW = {
    "name": "programme_overview_en.html",
    "lang": "en",
    "title": "The Passeurs programme at a glance",
    "marking": "Public page.",
    "blocks": [
        ("h", 1, "Levels at a glance"),
        ("table", ["Level", "Grains (12 months)", "Key perk"], [
            ["Seed", "0 to 149", "early Gazette"],
            ["Sprout", "150 to 399", "autumn catalogue preview"],
            ["Ear", "400 to 899", "20% off renewal"],
            ["Granary", "900 and more", "seat on the Passeurs Council"],
        ]),
        ("h", 1, "Seed level"),
        ("h", 2, "Benefits"),
        ("p", "As a Seed, you get:"),
        ("ul", ["the Seed badge on La Grange", "the monthly Gazette a week early", "a welcome packet of "
                "three seasonal varieties"]),
        ("h", 2, "Good to know"),
        ("p", "Everyone starts here when they accept the invitation; there is nothing to do to keep it."),
        ("h", 1, "Sprout level"),
        ("h", 2, "Benefits"),
        ("p", "On top of the Seed benefits:"),
        ("ul", ["a ten-day preview of the autumn catalogue", "10% off your membership renewal",
                "an invitation to the selection plot visit"]),
        ("h", 2, "Good to know"),
        ("p", "You need at least one contribution in the last three months to stay a Sprout."),
        ("h", 1, "Ear level"),
        ("h", 2, "Benefits"),
        ("p", "On top of everything below it:"),
        ("ul", ["20% off your membership renewal", "a yearly meeting with the breeding team",
                "a portrait in the Gazette if you wish", "a parcel of rare seeds at the end of the season"]),
        ("h", 2, "Good to know"),
        ("p", "At least one testimonial, written or video, is required to reach Ear."),
        ("h", 1, "Granary level"),
        ("h", 2, "Benefits"),
        ("p", "The Granary level adds:"),
        ("ul", ["a seat on the Passeurs Council", "free membership the following year",
                "the right to sponsor a new Passeur directly"]),
        ("h", 2, "Good to know"),
        ("p", "Granary is by invitation of the committee after a phone call, even above 900 grains."),
        ("h", 1, "Events"),
        ("h", 2, "Seed Festival"),
        ("p", "The Seed Festival in Lassay is held on Sunday 6 June; Granary members have a reserved seat "
              "at lunch."),
        ("h", 2, "Selection plot visit"),
        ("p", "The selection plot visit takes place on 9 September and is open to Sprout members and above. "
              "Bring boots: the plots are visited whatever the weather."),
    ],
}

WRITING = {
    "name": "testimonial_guide_en.txt",
    "lang": "en",
    "title": "How to write a good testimonial - a guide for Passeurs",
    "marking": "Shared with the Passeurs community.",
    "style": "bare",
    "blocks": [
        ("h", 1, "WRITTEN TESTIMONIALS"),
        ("h", 2, "Length"),
        ("p", "Between 80 and 200 words. Longer texts are cut in the Gazette, shorter ones rarely get "
              "published on the website."),
        ("h", 2, "What to include"),
        ("p", "A good written testimonial usually contains:"),
        ("ul", ["what you grow and where (town, type of soil)",
                "which varieties from the cooperative you sowed",
                "what surprised you, good or bad",
                "why you would recommend the cooperative to a friend"]),
        ("h", 2, "What to avoid"),
        ("p", "Please leave out:"),
        ("ul", ["prices and discounts, which change every season",
                "health claims about any vegetable",
                "the names of other members without their consent"]),
        ("h", 1, "VIDEO TESTIMONIALS"),
        ("h", 2, "Length"),
        ("p", "Ninety seconds at most for the whole video. Film horizontally, outdoors if you can, and speak "
              "as you would to a friend."),
        ("h", 2, "What to include"),
        ("p", "For a video, we need:"),
        ("ul", ["a shot of your garden or plot",
                "your first name and village, said out loud",
                "the signed image release form, sent before filming"]),
        ("h", 2, "Sending your video"),
        ("p", "Upload the file to the shared folder linked in the solicitation message. Do not send it by "
              "email, the files are too large."),
        ("h", 1, "ONLINE REVIEWS"),
        ("h", 2, "Where"),
        ("p", "We prefer Google reviews for the cooperative's shop in Lassay, then Trustpilot. Please do not "
              "post on marketplace sites."),
        ("h", 2, "Disclosure"),
        ("p", "Always mention that you are a Passeur, for instance by adding \"I am an ambassador for Grains "
              "de Bocage\" at the end of the review."),
    ],
}

DOCS = [GUIDE, BAREME, FAQ, CHARTE, CALENDRIER, PLAN, ATELIERS, OBJECTIFS, BOUTIQUE, WELCOME, OVERVIEW,
        WRITING]

CONFIDENTIALITY = {
    "guide_ambassadeur.md": "ambassadors", "regles_des_grains.txt": "ambassadors",
    "faq_passeurs.html": "ambassadors", "charte_du_passeur.docx": "ambassadors",
    "calendrier_sollicitations_2027.pdf": "ambassadors", "plan_animation_2027.docx": "staff",
    "compte_rendu_ateliers.txt": "unmarked", "objectifs_indicateurs_2027.md": "ambassadors",
    "boutique_recompenses.pdf": "ambassadors", "welcome_pack_en.md": "ambassadors",
    "programme_overview_en.html": "ambassadors", "testimonial_guide_en.txt": "ambassadors",
}
