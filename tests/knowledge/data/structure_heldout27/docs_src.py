# -*- coding: utf-8 -*-
"""Source text of every document of structure_heldout27 (fictitious company: Campings Aiguemarine).

Blocks: ("h1", text) section, ("h2", text) sub-section, ("p", text), ("ul", intro, [items]),
("table", [headers], [rows]). The title is separate. Renderers in gen.py add numbering or
underlining where a document's style asks for it.
"""

DOCS = {}

DOCS["guide-niveaux.md"] = dict(
    fmt="md", lang="fr", readership="all ambassadors",
    title="Guide des niveaux — Les Habitués Aiguemarine",
    blocks=[
        ("p", "À lire par tous les Habitués : ce guide vaut pour chaque ambassadeur du programme, en France comme à l'étranger."),
        ("h1", "Comment on monte de niveau"),
        ("p", "Les points se cumulent sur douze mois glissants. Le passage au niveau supérieur est automatique dès que le seuil est atteint ; on ne redescend que d'un niveau à la fois, au 1er novembre, si le seuil n'est plus tenu."),
        ("p", "Où en est la communauté ? Voici la répartition des Habitués au 1er octobre 2026 :"),
        ("table", ["Niveau", "Habitués (nombre)", "Part du total (%)", "Évolution sur un an (points de %)"],
         [["Galet", "1 840", "71", "-3"], ["Dune", "520", "20", "+2"], ["Falaise", "190", "7", "+1"], ["Cap", "48", "2", ""]]),
        ("h1", "Niveau Galet"),
        ("h2", "Conditions d'accès"),
        ("p", "Vous êtes Galet dès votre inscription, après un premier séjour dans l'un de nos campings et l'acceptation de la charte des Habitués."),
        ("h2", "Avantages"),
        ("ul", "Au niveau Galet, vous profitez de :", [
            "la newsletter des Habitués, un mois avant tout le monde",
            "5 % de remise sur l'emplacement en avant-saison",
            "le badge Galet sur l'espace communauté",
            "un café offert à l'arrivée au bar du camping"]),
        ("h2", "Ce qu'on attend de vous"),
        ("p", "Rien d'obligatoire. Un avis en ligne après votre séjour nous aide déjà beaucoup, et vous rapporte vos premiers points."),
        ("h1", "Niveau Dune"),
        ("h2", "Conditions d'accès"),
        ("p", "Il faut 150 points sur douze mois glissants et au moins un parrainage abouti (le filleul a séjourné)."),
        ("h2", "Avantages"),
        ("ul", "Au niveau Dune, vous profitez de :", [
            "la newsletter des Habitués, un mois avant tout le monde",
            "10 % de remise sur l'emplacement en avant-saison et en arrière-saison",
            "le badge Dune sur l'espace communauté",
            "l'arrivée anticipée à 12 h au lieu de 15 h, selon disponibilité",
            "un apéritif des habitués par séjour"]),
        ("h2", "Ce qu'on attend de vous"),
        ("p", "Deux contributions par saison d'ouverture, au choix : avis en ligne, photo pour nos réseaux, réponse à un futur campeur sur le forum."),
        ("h1", "Niveau Falaise"),
        ("h2", "Conditions d'accès"),
        ("p", "500 points sur douze mois glissants, deux séjours sur la période et deux parrainages aboutis."),
        ("h2", "Avantages"),
        ("ul", "En plus de ce qu'ont les Dune, les Falaise reçoivent :", [
            "15 % de remise sur l'hébergement, toutes saisons confondues",
            "le départ tardif à 14 h sans supplément",
            "une invitation par an à la Rencontre des Habitués",
            "la priorité sur les nouvelles locations avant leur ouverture à la réservation"]),
        ("h2", "Ce qu'on attend de vous"),
        ("p", "Trois contributions par saison, dont au moins un test d'hébergement ou un témoignage vidéo tous les deux ans."),
        ("h1", "Niveau Cap"),
        ("h2", "Conditions d'accès"),
        ("p", "1 200 points sur douze mois glissants et quatre parrainages aboutis. Le passage au niveau Cap est validé par l'équipe communauté après un échange téléphonique."),
        ("h2", "Avantages"),
        ("ul", "Les Cap cumulent les avantages Falaise et ajoutent :", [
            "20 % de remise sur l'hébergement, toutes saisons confondues",
            "l'emplacement ou le mobil-home de votre choix réservé en priorité",
            "une place au comité des Habitués (deux réunions par an)",
            "un séjour de trois nuits offert en arrière-saison chaque année"]),
        ("h2", "Ce qu'on attend de vous"),
        ("p", "Participer à au moins une réunion du comité par an et accueillir les nouveaux Habitués de votre camping sur l'espace communauté."),
        ("h1", "Perdre ou quitter son niveau"),
        ("p", "Vous pouvez quitter le programme à tout moment depuis votre espace, rubrique « Mon profil ». Vos points sont alors perdus, mais vos réservations en cours gardent la remise obtenue."),
    ])

def _bareme(avis, photo, photo_cap, ecrit, video, parr):
    return ("table", ["Contribution", "Points", "Plafond (par mois)"], [
        ["Avis en ligne", avis, "3"],
        ["Photo publiée sur nos réseaux", photo, photo_cap],
        ["Témoignage écrit", ecrit, ""],
        ["Témoignage vidéo", video, ""],
        ["Parrainage abouti", parr, ""],
        ["Réponse sur le forum", "5", "10"]])

DOCS["bareme-points-saisons.txt"] = dict(
    fmt="txt", style="numbered", lang="fr", readership="all ambassadors",
    title="BARÈME DES POINTS PAR SAISON — SAISON 2027",
    blocks=[
        ("p", "Pour tous les Habitués Aiguemarine (tous niveaux, tous campings)."),
        ("p", "Les points d'une contribution dépendent de la saison où vous la faites : on a besoin de vous surtout quand les campings sont calmes."),
        ("h1", "Avant-saison (avril à juin)"),
        ("h2", "Barème"),
        _bareme("20", "10", "5", "40", "80", "100"),
        ("h2", "Bonus"),
        ("p", "Un séjour d'au moins quatre nuits en avant-saison rapporte 30 points de bonus, une fois par saison."),
        ("h1", "Haute saison (juillet et août)"),
        ("h2", "Barème"),
        _bareme("15", "10", "3", "30", "60", "100"),
        ("h2", "Bonus"),
        ("p", "Pas de bonus de séjour en haute saison. En revanche, une photo reprise sur notre compte Instagram rapporte 20 points de plus."),
        ("h1", "Arrière-saison (septembre à mi-octobre)"),
        ("h2", "Barème"),
        _bareme("25", "15", "5", "40", "90", "120"),
        ("h2", "Bonus"),
        ("p", "Un séjour d'au moins quatre nuits en arrière-saison rapporte 50 points de bonus ; il passe à 70 points dans nos campings étrangers (Espagne, Italie, Croatie)."),
        ("h1", "Quand les points sont crédités"),
        ("p", "Les points arrivent sur votre compte une fois la contribution validée par l'équipe, en général sous dix jours. Un avis supprimé par la plateforme fait perdre les points correspondants."),
        ("ul", "Ne rapportent pas de points, quelle que soit la saison :", [
            "les avis laissés sur un séjour payé par quelqu'un d'autre",
            "les contenus publiés avant votre inscription au programme",
            "les parrainages de personnes de votre foyer"]),
    ])

DOCS["parrainage-par-pays.html"] = dict(
    fmt="html", lang="fr", readership="all ambassadors",
    title="Parrainer un ami : les règles pays par pays",
    blocks=[
        ("p", "Cette page concerne tous les ambassadeurs du programme Les Habitués, quel que soit le camping où vous séjournez."),
        ("p", "Le parrainage dépend du pays où votre filleul réserve, pas de celui où vous habitez."),
        ("h1", "France (Bretagne, Vendée, Ardèche)"),
        ("h2", "Ce que reçoit le filleul"),
        ("p", "Votre filleul a 15 % de remise sur son premier séjour d'au moins trois nuits, hors 14 juillet–15 août."),
        ("h2", "Ce que reçoit le parrain"),
        ("p", "Vous recevez 100 points et un bon de 30 € sur votre prochain séjour, une fois le séjour du filleul terminé."),
        ("h2", "Conditions"),
        ("ul", "Le parrainage est valable si :", [
            "le filleul n'a jamais séjourné chez Aiguemarine",
            "la réservation est faite avec votre code parrain",
            "le séjour dure au moins trois nuits",
            "le filleul ne fait pas partie de votre foyer"]),
        ("h1", "Espagne (Costa Brava)"),
        ("h2", "Ce que reçoit le filleul"),
        ("p", "Votre filleul a 10 % de remise sur son premier séjour d'au moins cinq nuits, toute la saison."),
        ("h2", "Ce que reçoit le parrain"),
        ("p", "Vous recevez 100 points et un bon de 40 € à utiliser au camping Cala Fosca uniquement."),
        ("h2", "Conditions"),
        ("ul", "Le parrainage est valable si :", [
            "le filleul n'a jamais séjourné chez Aiguemarine",
            "la réservation est faite avec votre code parrain",
            "le séjour dure au moins cinq nuits",
            "le filleul ne fait pas partie de votre foyer",
            "la réservation passe par notre site, pas par une agence"]),
        ("h1", "Italie (Lac de Garde)"),
        ("h2", "Ce que reçoit le filleul"),
        ("p", "Votre filleul a 10 % de remise sur son premier séjour d'au moins cinq nuits, hors août."),
        ("h2", "Ce que reçoit le parrain"),
        ("p", "Vous recevez 120 points et un bon de 40 € valable dans tous nos campings."),
        ("h2", "Conditions"),
        ("ul", "Le parrainage est valable si :", [
            "le filleul n'a jamais séjourné chez Aiguemarine",
            "la réservation est faite avec votre code parrain",
            "le séjour dure au moins cinq nuits",
            "la taxe de séjour locale reste à la charge du filleul"]),
        ("h1", "Croatie (Istrie)"),
        ("h2", "Ce que reçoit le filleul"),
        ("p", "Votre filleul a 12 % de remise sur son premier séjour, sans durée minimum, en avant-saison et en arrière-saison seulement."),
        ("h2", "Ce que reçoit le parrain"),
        ("p", "Vous recevez 150 points. Pas de bon de séjour en Croatie pour l'instant : on y travaille."),
        ("h2", "Conditions"),
        ("ul", "Le parrainage est valable si :", [
            "le filleul n'a jamais séjourné chez Aiguemarine",
            "la réservation est faite avec votre code parrain",
            "le séjour a lieu entre avril et juin ou entre septembre et mi-octobre"]),
        ("h1", "Récapitulatif"),
        ("p", "Le tableau ci-dessous résume les règles des quatre pays :"),
        ("table", ["Pays", "Remise filleul (%)", "Durée minimum (nuits)", "Points parrain", "Bon parrain (€)"], [
            ["France", "15", "3", "100", "30"], ["Espagne", "10", "5", "100", "40"],
            ["Italie", "10", "5", "120", "40"], ["Croatie", "12", "", "150", ""]]),
    ])

def _test(who, when, intro, items):
    return [("h2", "Qui peut postuler"), ("p", who), ("h2", "Durée et période"), ("p", when),
            ("h2", "Ce qu'on vous demande"), ("ul", intro, items)]

DOCS["tests-hebergements.pdf"] = dict(
    fmt="pdf", lang="fr", readership="all ambassadors",
    title="Tester nos hébergements — programme 2027",
    blocks=[
        ("p", "Document destiné à l'ensemble des Habitués Aiguemarine."),
        ("h1", "Le principe"),
        ("p", "Chaque année, nous prêtons des hébergements à des Habitués contre un retour détaillé. Vous séjournez gratuitement, vous nous dites tout, y compris ce qui ne va pas."),
        ("h1", "Emplacement Nature"),
        *_test("Tous les niveaux, dès Galet.", "Deux nuits, en avant-saison uniquement.", "Après le test, on vous demande :", [
            "le questionnaire en ligne sous sept jours", "trois photos de l'emplacement", "un avis public si vous le souhaitez"]),
        ("h1", "Mobil-home Confort"),
        *_test("À partir du niveau Dune.", "Trois nuits, en avant-saison ou en arrière-saison.", "Après le test, on vous demande :", [
            "le questionnaire en ligne sous sept jours", "cinq photos, dont une de la salle d'eau", "un avis public si vous le souhaitez"]),
        ("h1", "Lodge Safari"),
        *_test("À partir du niveau Falaise.", "Trois nuits, en arrière-saison uniquement.", "Après le test, on vous demande :", [
            "le questionnaire en ligne sous sept jours", "cinq photos, dont une de nuit", "un témoignage vidéo de une à deux minutes"]),
        ("h1", "Cabane perchée (nouveauté 2027)"),
        *_test("Niveau Cap uniquement, puis Falaise si des places restent.", "Deux nuits, en mai ou en juin.", "Après le test, on vous demande :", [
            "le questionnaire en ligne sous trois jours", "un témoignage vidéo de une à deux minutes", "un entretien de 30 minutes avec l'équipe produit"]),
        ("h1", "Places disponibles en 2027"),
        ("table", ["Gamme", "Places (séjours)", "Campings concernés"], [
            ["Emplacement Nature", "40", "Tous"], ["Mobil-home Confort", "24", "Les Goélands, La Grande Conche, Cala Fosca"],
            ["Lodge Safari", "12", "Les Gorges, Riva Serena"], ["Cabane perchée", "6", "Les Gorges"]]),
    ])

DOCS["calendrier-sollicitations-2027.pdf"] = dict(
    fmt="pdf", lang="fr", readership="all ambassadors",
    title="Calendrier des sollicitations 2027",
    blocks=[
        ("p", "À l'attention de tous les Habitués : voici ce qu'on risque de vous demander cette année, et quand."),
        ("h1", "Nos engagements"),
        ("p", "Vous pouvez refuser n'importe quelle sollicitation sans perdre de points. Nous ne vous sollicitons jamais plus de deux fois par mois."),
        ("ul", "Pour chaque demande, vous saurez :", [
            "à quoi servira votre contribution",
            "le délai de réponse",
            "les points qu'elle rapporte"]),
        ("h1", "Avant-saison"),
        ("h2", "Les demandes prévues"),
        ("table", ["Sollicitation", "Mois", "Niveaux visés", "Délai de réponse (jours)"], [
            ["Photos des campings à l'ouverture", "Avril", "Tous", "10"],
            ["Témoignages pour le Salon du camping-car de Lyon", "Mai", "Falaise, Cap", "14"],
            ["Relecture des nouvelles fiches hébergement", "Juin", "Dune, Falaise, Cap", "7"]]),
        ("h2", "À savoir"),
        ("p", "En avant-saison, les photos prises sous la pluie nous intéressent aussi : elles rassurent les futurs campeurs."),
        ("h1", "Haute saison"),
        ("h2", "Les demandes prévues"),
        ("table", ["Sollicitation", "Mois", "Niveaux visés", "Délai de réponse (jours)"], [
            ["Photos des animations du soir", "Juillet", "Tous", "7"],
            ["Accueil des nouveaux arrivants au camping", "Juillet", "Falaise, Cap", "3"],
            ["Avis en ligne après séjour", "Août", "Tous", ""]]),
        ("h2", "À savoir"),
        ("p", "En juillet et août, nous limitons les demandes à une par mois : vous êtes en vacances."),
        ("h1", "Arrière-saison"),
        ("h2", "Les demandes prévues"),
        ("table", ["Sollicitation", "Mois", "Niveaux visés", "Délai de réponse (jours)"], [
            ["Témoignages vidéo pour le site", "Septembre", "Falaise, Cap", "14"],
            ["Avis en ligne après séjour", "Septembre", "Tous", "10"],
            ["Questionnaire de fin de saison", "Octobre", "Tous", "21"]]),
        ("h2", "À savoir"),
        ("p", "La Rencontre des Habitués a lieu le premier week-end d'octobre ; l'invitation part fin août."),
    ])

DOCS["boutique-recompenses.docx"] = dict(
    fmt="docx", lang="fr", readership="all ambassadors",
    title="La boutique des Habitués",
    blocks=[
        ("p", "Ce document s'adresse à tous nos ambassadeurs : il explique comment transformer vos points en récompenses."),
        ("h1", "Convertir ses points"),
        ("p", "Les points se dépensent dans la boutique de votre espace. Une récompense commandée n'est pas remboursable en points."),
        ("h1", "Bons de séjour"),
        ("h2", "Pour les campings en France"),
        ("table", ["Bon", "Coût (points)", "Validité (mois)"], [
            ["Bon de 20 €", "200", "12"], ["Bon de 50 €", "450", "12"], ["Nuit offerte en emplacement", "300", "6"]]),
        ("h2", "Pour les campings à l'étranger"),
        ("table", ["Bon", "Coût (points)", "Validité (mois)"], [
            ["Bon de 20 €", "220", "12"], ["Bon de 50 €", "500", "18"], ["Nuit offerte en emplacement", "350", ""]]),
        ("h1", "Goodies"),
        ("h2", "Collection été"),
        ("ul", "La collection été comprend :", [
            "serviette de plage brodée (150 points)", "gourde isotherme 50 cl (120 points)",
            "casquette Aiguemarine (80 points)", "lot de deux tasses émaillées (100 points)"]),
        ("h2", "Collection hiver"),
        ("ul", "La collection hiver comprend :", [
            "plaid en laine recyclée (250 points)", "gourde isotherme 50 cl (120 points)",
            "bonnet Aiguemarine (80 points)", "lot de deux tasses émaillées (100 points)"]),
        ("h1", "Expériences"),
        ("p", "Les expériences se réservent au moins un mois à l'avance, dans la limite des places."),
        ("table", ["Expérience", "Coût (points)", "Niveau minimum"], [
            ["Dîner avec le directeur du camping", "400", "Dune"],
            ["Journée dans les coulisses de l'ouverture", "600", "Falaise"],
            ["Participation au choix des nouveaux hébergements", "800", "Cap"],
            ["Sortie kayak encadrée", "250", ""]]),
    ])

DOCS["charte-contenus.docx"] = dict(
    fmt="docx", lang="fr", readership="all ambassadors",
    title="Charte des contenus des Habitués",
    blocks=[
        ("p", "Cette charte s'applique à tous les Habitués qui publient au sujet d'Aiguemarine."),
        ("h1", "Principes"),
        ("p", "Parlez avec vos mots. Nous ne vous demanderons jamais d'écrire un avis à notre place ni de cacher un défaut."),
        ("p", "Combien publier ? Voici nos repères, pas des obligations :"),
        ("table", ["Support", "Publications par mois (maximum conseillé)", "Délai après le séjour (jours)"], [
            ["Instagram", "4", ""], ["TikTok", "2", ""], ["Avis Google et Tripadvisor", "1", "30"]]),
        ("h1", "Instagram"),
        ("h2", "Ce qui est bienvenu"),
        ("ul", "Sur Instagram, on aime :", [
            "les photos de votre emplacement ou de votre hébergement",
            "les couchers de soleil, même un peu flous",
            "les stories de la vie du camping"]),
        ("h2", "Ce qu'on évite"),
        ("ul", "Merci d'éviter :", [
            "les visages d'autres campeurs sans leur accord",
            "les photos d'enfants reconnaissables",
            "les filtres qui changent la couleur de la mer"]),
        ("h2", "Mention obligatoire"),
        ("p", "Ajoutez #HabituéAiguemarine en légende ou en première ligne de la story."),
        ("h1", "TikTok"),
        ("h2", "Ce qui est bienvenu"),
        ("ul", "Sur TikTok, on aime :", [
            "les visites de mobil-home ou de lodge",
            "les tutos (monter l'auvent, trouver la laverie…)",
            "les vidéos de la vie du camping"]),
        ("h2", "Ce qu'on évite"),
        ("ul", "Merci d'éviter :", [
            "les visages d'autres campeurs sans leur accord",
            "les photos d'enfants reconnaissables",
            "la musique sous droits sur nos propres vidéos repartagées"]),
        ("h2", "Mention obligatoire"),
        ("p", "Indiquez « Ambassadeur Aiguemarine » dans la description de la vidéo ou avec l'outil de contenu sponsorisé de TikTok."),
        ("h1", "Avis Google et Tripadvisor"),
        ("h2", "Ce qui est bienvenu"),
        ("ul", "Dans un avis, ce qui aide vraiment :", [
            "la période exacte de votre séjour",
            "le type d'hébergement",
            "ce qui vous a plu et ce qui vous a déçu"]),
        ("h2", "Ce qu'on évite"),
        ("ul", "Merci d'éviter :", [
            "les noms du personnel",
            "les notes données à la demande d'un membre de l'équipe",
            "les avis sur un séjour de plus de six mois"]),
        ("h2", "Mention obligatoire"),
        ("p", "Précisez que vous faites partie du programme des Habitués, par exemple : « Je suis ambassadeur Aiguemarine, mais ce séjour, je l'ai payé. »"),
    ])

def _camp(name, contact, point, apero):
    return [("h1", name), ("h2", "Votre contact sur place"), ("p", contact),
            ("h2", "Point Habitués"), ("p", point), ("h2", "Apéro des Habitués"), ("p", apero)]

DOCS["accueil-sur-place.txt"] = dict(
    fmt="txt", style="underlined", lang="fr", readership="all ambassadors",
    title="Accueil des Habitués dans nos campings",
    blocks=[
        ("p", "Pour tous les ambassadeurs Aiguemarine qui séjournent chez nous cette saison."),
        ("p", "Chaque camping a son contact et ses rendez-vous. Passez dire bonjour, même pour une nuit."),
        ("ul", "Pour vous faire reconnaître à l'arrivée, vous avez deux solutions :", [
            "montrer votre carte Habitué dans l'application",
            "donner votre numéro d'Habitué à l'accueil"]),
        *_camp("Les Goélands — Finistère (France)", "Maëlle, à l'accueil, du mardi au samedi.",
               "Au bar de la piscine, de 18 h à 19 h, les mardis et vendredis.",
               "Tous les mercredis de juillet et août à 19 h, sur la terrasse du snack."),
        *_camp("La Grande Conche — Vendée (France)", "Thibault, responsable animation.",
               "Au bar de la piscine, de 18 h à 19 h, les lundis et jeudis.",
               "Tous les mercredis de juillet et août à 19 h 30, près du terrain de pétanque."),
        *_camp("Les Gorges — Ardèche (France)", "Inès, à l'accueil, tous les jours sauf le dimanche.",
               "À la réception, de 9 h à 10 h, tous les matins.",
               "Le premier samedi de chaque mois d'ouverture, au bord de la rivière."),
        *_camp("Cala Fosca — Costa Brava (Espagne)", "Jordi, bilingue français-catalan.",
               "À la réception, de 10 h à 11 h, les mardis.",
               "Un jeudi sur deux à 20 h, sur la terrasse du restaurant."),
        *_camp("Riva Serena — Lac de Garde (Italie)", "Giulia, qui parle français.",
               "Au ponton, de 18 h à 19 h, les samedis.",
               "Pas d'apéro organisé cette année : travaux sur la terrasse."),
        *_camp("Pineta — Istrie (Croatie)", "Luka, à l'accueil, en anglais ou en français.",
               "À la réception, de 17 h à 18 h, les mercredis.",
               "Tous les vendredis de juin à septembre, à 19 h, à la plage."),
        ("h1", "Dates d'ouverture 2027"),
        ("p", "Les dates peuvent bouger d'une semaine selon la météo :"),
        ("table", ["Camping", "Ouverture", "Fermeture", "Accueil (heures par jour)"], [
            ["Les Goélands", "3 avril", "11 octobre", "10"], ["La Grande Conche", "3 avril", "18 octobre", "10"],
            ["Les Gorges", "10 avril", "4 octobre", "8"], ["Cala Fosca", "27 mars", "18 octobre", "12"],
            ["Riva Serena", "17 avril", "11 octobre", ""], ["Pineta", "24 avril", "4 octobre", "8"]]),
    ])

DOCS["events-guide-en.md"] = dict(
    fmt="md", lang="en", readership="all ambassadors",
    title="Habitués events guide 2027",
    blocks=[
        ("p", "This guide is for every Habitué, whatever your level or home campsite."),
        ("h1", "Spring meet-up (April)"),
        ("h2", "Who can come"),
        ("p", "All levels. One guest per Habitué."),
        ("h2", "What's included"),
        ("ul", "Your invitation covers:", ["one night on a pitch at Les Gorges", "the welcome dinner on Saturday", "a guided canoe trip"]),
        ("h2", "How to sign up"),
        ("p", "Reply to the invitation email. Places go to the first who answer."),
        ("h1", "Summer evenings (July and August)"),
        ("h2", "Who can come"),
        ("p", "All levels, but only guests staying at the campsite that week."),
        ("h2", "What's included"),
        ("ul", "Each evening includes:", ["a drink at the bar", "a short talk by the campsite manager", "a quiz with prizes"]),
        ("h2", "How to sign up"),
        ("p", "No sign-up: just show up on the day announced at reception."),
        ("h1", "Habitués Gathering (October)"),
        ("h2", "Who can come"),
        ("p", "Falaise and Cap members, plus ten Dune members drawn by lot."),
        ("h2", "What's included"),
        ("ul", "Your invitation covers:", ["two nights in a Comfort mobile home at La Grande Conche", "the welcome dinner on Saturday",
                                       "the workshop with the product team", "train tickets up to 80 euros"]),
        ("h2", "How to sign up"),
        ("p", "Reply to the invitation email. Dune places are drawn by lot among those who reply."),
        ("h1", "Key dates"),
        ("p", "Keep these dates in mind:"),
        ("table", ["Event", "Invitations sent", "Reply by", "Places (people)"], [
            ["Spring meet-up", "1 February", "15 March", "60"], ["Summer evenings", "", "", ""],
            ["Habitués Gathering", "late August", "15 September", "120"]]),
    ])

def _kit(name, intro, items, ships):
    return [("h1", name), ("h2", "What's in the box"), ("ul", intro, items), ("h2", "When it ships"), ("p", ships)]

DOCS["welcome-kits-en.html"] = dict(
    fmt="html", lang="en", readership="all ambassadors",
    title="Welcome kits by level",
    blocks=[
        ("p", "For all Aiguemarine ambassadors: what arrives in your mailbox when you join or move up a level."),
        *_kit("Galet kit", "The Galet kit contains:", ["a welcome letter from the community team", "a Galet enamel pin",
              "a luggage tag", "two postcards of our campsites"], "Within three weeks of your first stay."),
        *_kit("Dune kit", "The Dune kit contains:", ["a welcome letter from the community team", "a Dune enamel pin",
              "a luggage tag", "a 50 cl insulated bottle"], "Within three weeks of reaching 150 points."),
        *_kit("Falaise kit", "The Falaise kit contains:", ["a welcome letter from the community team", "a Falaise enamel pin",
              "an embroidered beach towel", "a printed guide to our hidden spots"], "Within a month of reaching 500 points."),
        *_kit("Cap kit", "The Cap kit contains:", ["a handwritten letter from the founder", "a Cap enamel pin",
              "a wool blanket", "a personalised pitch sign"], "Delivered in person at your next stay, or by courier if you prefer."),
        ("h1", "Parcels"),
        ("p", "What to expect from the parcel itself:"),
        ("table", ["Kit", "Parcel weight (kg)", "Tracking"], [
            ["Galet kit", "0.3", ""], ["Dune kit", "0.7", "yes"], ["Falaise kit", "1.2", "yes"], ["Cap kit", "2.5", "yes"]]),
        ("h1", "Shipping countries"),
        ("p", "We ship kits to France, Belgium, Switzerland, Spain, Italy and Germany. For other countries, your kit waits for you at the reception of your next campsite."),
    ])

DOCS["procedure-cm-sollicitations.md"] = dict(
    fmt="md", lang="fr", readership="staff",
    title="Procédure interne — sollicitations par saison",
    blocks=[
        ("p", "Usage interne : équipe communauté et directeurs de camping uniquement. Ne pas diffuser aux Habitués."),
        ("h1", "Avant-saison"),
        ("h2", "Plafond de sollicitations"),
        ("p", "Deux sollicitations par mois et par Habitué au maximum, toutes demandes confondues."),
        ("h2", "Qui solliciter en premier"),
        ("ul", "Dans l'ordre :", ["les Habitués qui n'ont rien reçu depuis 60 jours", "les Dune proches du seuil Falaise", "les Falaise et les Cap"]),
        ("h2", "Relance"),
        ("p", "Une seule relance, au bout de cinq jours ouvrés. Sans réponse, on passe au suivant."),
        ("h1", "Haute saison"),
        ("h2", "Plafond de sollicitations"),
        ("p", "Une sollicitation par mois et par Habitué au maximum ; aucune pendant un séjour, sauf l'accueil des nouveaux arrivants."),
        ("h2", "Qui solliciter en premier"),
        ("ul", "Dans l'ordre :", ["les Habitués présents sur le camping cette semaine", "les Habitués qui n'ont rien reçu depuis 60 jours", "les Falaise et les Cap"]),
        ("h2", "Relance"),
        ("p", "Pas de relance en juillet-août."),
        ("h1", "Arrière-saison"),
        ("h2", "Plafond de sollicitations"),
        ("p", "Deux sollicitations par mois et par Habitué, trois pour les Cap qui l'ont accepté par écrit."),
        ("h2", "Qui solliciter en premier"),
        ("ul", "Dans l'ordre :", ["les Habitués qui ont séjourné en haute saison", "les Dune proches du seuil Falaise", "les Habitués qui n'ont rien reçu depuis 60 jours"]),
        ("h2", "Relance"),
        ("p", "Une relance au bout de sept jours ouvrés, une seconde au bout de quatorze pour les témoignages vidéo."),
        ("h1", "Indicateurs à suivre"),
        ("p", "Chaque directeur de camping regarde ces chiffres tous les mois :"),
        ("table", ["Indicateur", "Cible 2027", "Alerte si"], [
            ["Délai moyen de réponse (jours)", "5", "plus de 9"],
            ["Taux de participation aux sollicitations (%)", "45", "moins de 30"],
            ["Sollicitations par Habitué et par mois", "1,2", "plus de 2"],
            ["Rétention d'une année sur l'autre (%)", "80", ""]]),
    ])

def _valid(name, intro, items, delay, refus):
    return [("h1", name), ("h2", "Critères de validation"), ("ul", intro, items),
            ("h2", "Délai de traitement"), ("p", delay), ("h2", "Motifs de refus fréquents"), ("p", refus)]

DOCS["grille-validation-contributions.txt"] = dict(
    fmt="txt", style="numbered", lang="fr", readership="staff",
    title="GRILLE DE VALIDATION DES CONTRIBUTIONS",
    blocks=[
        ("p", "Document réservé à l'équipe communauté (validation dans l'outil). Les Habitués n'y ont pas accès."),
        *_valid("Avis en ligne", "On valide si :", ["l'avis est publié et visible", "le séjour date de moins de six mois",
                "l'avis mentionne l'appartenance au programme"], "Sous 5 jours ouvrés.",
                "Avis publié sur une plateforme non reconnue ; avis copié d'un autre Habitué."),
        *_valid("Témoignage écrit", "On valide si :", ["le texte fait au moins 600 signes", "l'Habitué a signé l'autorisation de diffusion",
                "le séjour date de moins de douze mois"], "Sous 10 jours ouvrés, relecture comprise.",
                "Texte trop promotionnel, ou réécrit par quelqu'un de l'équipe."),
        *_valid("Témoignage vidéo", "On valide si :", ["la vidéo dure entre une et trois minutes", "l'Habitué a signé l'autorisation de diffusion",
                "aucune personne non consentante n'est reconnaissable"], "Sous 15 jours ouvrés, montage éventuel compris.",
                "Son inaudible, musique sous droits, enfants reconnaissables sans accord écrit des parents."),
        *_valid("Parrainage", "On valide si :", ["le filleul a terminé son séjour", "le code parrain figure sur la réservation",
                "le filleul n'a jamais séjourné chez Aiguemarine"],
                "Automatique à la fin du séjour du filleul ; contrôle manuel sous 3 jours ouvrés pour les séjours à l'étranger.",
                "Filleul du même foyer, réservation passée par une agence."),
        ("h1", "Qui valide"),
        ("p", "Répartition dans l'équipe :"),
        ("table", ["Contribution", "Validé par", "Second regard si"], [
            ["Avis en ligne", "CM du camping", ""], ["Témoignage écrit", "CM du camping", "diffusion sur le site national"],
            ["Témoignage vidéo", "Équipe communauté nationale", "enfant à l'image"], ["Parrainage", "Outil (automatique)", "séjour à l'étranger"]]),
    ])
