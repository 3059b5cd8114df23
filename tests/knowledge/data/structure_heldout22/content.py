# -*- coding: utf-8 -*-
"""All text of the structure_heldout22 set (fictitious client: Navette & Cie, sewing machines).

Block kinds: ("h2", text), ("h3", text), ("p", text), ("ul", [items]), ("ol", [items]),
("table", [header, row, row...]).
"""

CLIENT = "Navette & Cie"

DOCS = []


def doc(file, fmt, lang, audience, title, readership, body, style=None):
    DOCS.append(dict(file=file, fmt=fmt, lang=lang, audience=audience, title=title,
                     readership=readership, body=body, style=style))


# 1 ----------------------------------------------------------------------------------------
doc("charte-du-cercle.md", "md", "fr", "all",
    "Charte du Cercle Navette",
    ["Pour toutes les Bobines du Cercle Navette, et pour celles et ceux qui hésitent encore à nous rejoindre."],
    [
        ("h2", "Pourquoi ce cercle existe"),
        ("p", "Navette & Cie fabrique des machines à coudre et des surjeteuses à Roubaix depuis 1952. "
              "Le Cercle Navette réunit les clientes et les clients qui cousent avec nos machines et qui "
              "ont envie de transmettre ce plaisir : nous voulons que chaque personne qui hésite devant "
              "sa première machine trouve quelqu'un de vrai pour la rassurer, et que ce que vous vivez à "
              "l'atelier remonte jusqu'à nos bureaux d'études."),
        ("p", "Le Cercle est né en 2024, après le Salon Aiguilles & Co de Lille, quand une vingtaine de "
              "couturières sont venues nous dire que nos notices étaient illisibles. Elles avaient raison. "
              "Elles sont devenues les premières Bobines, et elles ont réécrit la notice de la N-300 avec nous."),
        ("h2", "Ce que nous attendons des Bobines"),
        ("p", "Être Bobine n'est ni un emploi ni un contrat commercial. Nous vous demandons simplement de :"),
        ("ul", ["parler de nos machines avec vos propres mots, y compris de leurs défauts ;",
                "signaler clairement votre lien avec Navette quand vous publiez un avis ou une vidéo ;",
                "répondre aux sollicitations par oui ou par non, même quand c'est non ;",
                "traiter les autres membres de L'Atelier avec bienveillance, débutants compris ;",
                "garder pour vous les informations confidentielles reçues lors des séances du Labo."]),
        ("h3", "Ce que nous ne vous demanderons jamais"),
        ("ul", ["publier un texte écrit par notre service marketing ;",
                "noter une machine que vous n'avez pas utilisée ;",
                "démarcher vos proches avec une liste de contacts ;",
                "acheter quoi que ce soit pour garder votre niveau."]),
        ("h2", "Ce que Navette s'engage à faire"),
        ("ol", ["Vous prévenir au moins trois semaines avant toute sollicitation, sauf urgence expliquée.",
                "Ne jamais vous solliciter plus de deux fois par trimestre sans votre accord.",
                "Répondre à chacune de vos idées d'amélioration, même pour dire non, dans un délai d'un mois.",
                "Vous montrer votre témoignage dans sa version finale avant toute diffusion.",
                "Conserver votre garantie et votre service après-vente à l'identique, que vous restiez ou non dans le Cercle."]),
        ("h2", "Authenticité avant tout"),
        ("p", "Un témoignage trop lisse ne convainc personne. Si votre surjeteuse vous a fait pleurer le "
              "premier soir, dites-le, puis racontez comment vous vous en êtes sortie. Les personnes qui "
              "nous lisent cousent aussi : elles reconnaissent tout de suite une phrase de brochure."),
        ("p", "Nous pouvons vous proposer des pistes ou des questions pour vous aider à démarrer, jamais un "
              "texte à recopier. Si une relecture change le sens de ce que vous avez dit, vous avez le "
              "dernier mot et pouvez retirer votre témoignage."),
        ("h2", "Vos données et l'assistant Fil"),
        ("p", "Sur notre Discord, un assistant conversationnel appelé Fil vous rappelle les sollicitations, "
              "enregistre vos contributions et répond à vos questions sur le programme. Fil est une "
              "intelligence artificielle : il le dit dans son premier message et passe la main à Maëlle, "
              "notre community manager, dès qu'une question dépasse le programme ou qu'un échange devient délicat."),
        ("p", "Pour faire fonctionner le Cercle, nous conservons les informations suivantes :"),
        ("ul", ["votre pseudo Discord et l'adresse e-mail de votre compte client ;",
                "la liste de vos contributions, leurs dates et les points obtenus ;",
                "vos réponses aux sollicitations, y compris vos refus ;",
                "les modèles de machines enregistrés à votre nom."]),
        ("p", "Les rappels automatiques de Fil ne sont envoyés qu'avec votre accord explicite, donné à "
              "l'inscription. Vous pouvez les couper à tout moment en écrivant « stop rappels » à Fil ou en "
              "le demandant à Maëlle."),
        ("h2", "Faire une pause ou quitter le Cercle"),
        ("p", "La vie change, les envies aussi. Vous pouvez mettre votre participation en pause jusqu'à six "
              "mois : pendant la pause, vous ne recevez aucune sollicitation et vos points sont gelés."),
        ("p", "Vous pouvez aussi quitter le Cercle quand vous le souhaitez, sans justification, en le disant "
              "à Fil ou à Maëlle. Vos points non utilisés sont alors convertis en bon d'achat selon le barème "
              "en vigueur, vos témoignages déjà publiés restent en ligne sauf si vous demandez leur retrait, "
              "et votre relation de cliente ou de client ne change en rien."),
    ])

# 2 ----------------------------------------------------------------------------------------
doc("bareme-points-niveaux.html", "html", "fr", "all",
    "Barème des points et des niveaux — édition 2027",
    ["Pour toutes les Bobines — barème applicable du 1er janvier au 31 décembre 2027."],
    [
        ("h2", "Comment gagner des points"),
        ("p", "Chaque contribution validée par l'équipe du Cercle vous rapporte des points. Les points "
              "s'affichent dans votre profil sur L'Atelier dès la validation, et Fil peut vous donner votre "
              "total à tout moment si vous lui demandez « mes points ». Le barème ci-dessous est revu "
              "chaque année avec les Ciseaux d'or ; les changements sont annoncés dans Le Point Arrière de décembre."),
        ("h3", "Contributions et points"),
        ("table", [["Contribution", "Points", "Plafond annuel", "Validation"],
                   ["Témoignage écrit", "40", "3 par an", "Maëlle, sous 7 jours"],
                   ["Témoignage vidéo", "90", "2 par an", "Maëlle et Théo, sous 10 jours"],
                   ["Avis en ligne vérifié", "15", "6 par an", "Automatique"],
                   ["Partage sur les réseaux sociaux", "5", "20 par an", "Déclaration à Fil"],
                   ["Aide sur L'Atelier", "10", "Aucun", "Modératrices"],
                   ["Filleul devenu client", "60", "Aucun", "Service client"],
                   ["Présence à un événement", "30", "Aucun", "Liste d'émargement"],
                   ["Idée d'amélioration retenue", "50", "Aucun", "Bureau d'études"],
                   ["Séance de co-création", "70", "4 par an", "Labo des Bobines"]]),
        ("h3", "Bonus ponctuels"),
        ("p", "Quelques bonus s'ajoutent au barème au cours de l'année :"),
        ("ul", ["+20 points pour votre toute première contribution validée ;",
                "+10 points quand vous répondez à une sollicitation dans les 48 heures, que ce soit oui ou non ;",
                "+25 points par an pour la Bobine qui a rédigé le tutoriel du mois dans Le Point Arrière ;",
                "points doublés pendant la semaine anniversaire du Cercle, fin septembre."]),
        ("h2", "Les niveaux"),
        ("p", "Votre niveau dépend du total de points cumulés sur les douze derniers mois. Il est recalculé "
              "chaque premier lundi du mois ; un niveau atteint est garanti jusqu'à la fin de l'année civile suivante."),
        ("table", [["Niveau", "Seuil", "Avantage phare"],
                   ["Épingle", "0 point", "Accès à L'Atelier"],
                   ["Dé à coudre", "150 points", "Remise de 10 % sur les accessoires"],
                   ["Navette d'argent", "400 points", "Prêt de machines en avant-première"],
                   ["Ciseaux d'or", "900 points", "Siège au comité produit"]]),
        ("h2", "Les avantages par niveau"),
        ("h3", "Épingle"),
        ("ul", ["accès au Discord L'Atelier et à tous ses salons publics ;",
                "abonnement au Point Arrière, la lettre mensuelle du Cercle ;",
                "invitation aux soirées en ligne « Point compté »."]),
        ("h3", "Dé à coudre"),
        ("p", "En plus des avantages du niveau Épingle :"),
        ("ul", ["10 % de remise sur les pieds-de-biche, canettes et accessoires de la boutique en ligne ;",
                "une révision annuelle offerte pour une machine de votre choix ;",
                "une place réservée à l'atelier du Salon Aiguilles & Co."]),
        ("h3", "Navette d'argent"),
        ("p", "En plus des avantages des niveaux précédents :"),
        ("ul", ["prêt de trois semaines des nouveaux modèles avant leur sortie ;",
                "accès au salon privé #labo sur L'Atelier ;",
                "frais de déplacement remboursés pour deux événements par an ;",
                "mise en avant de vos créations sur le compte Instagram de Navette, avec votre accord."]),
        ("h3", "Ciseaux d'or"),
        ("p", "En plus des avantages des niveaux précédents :"),
        ("ul", ["un siège au comité produit, qui se réunit trois fois par an à Roubaix ;",
                "une rencontre annuelle avec la direction et le bureau d'études ;",
                "15 % de remise sur le renouvellement de votre machine principale ;",
                "un coffret d'accessoires gravé à votre nom."]),
        ("h2", "Durée de validité des points"),
        ("p", "Les points restent valables vingt-quatre mois après leur attribution. Passé ce délai, ils "
              "disparaissent du compteur mais pas de votre historique : vos contributions restent visibles "
              "dans votre profil."),
        ("p", "Les points peuvent être échangés contre des bons d'achat à raison de 100 points pour 8 euros, "
              "par tranche de 100 points. L'échange ne fait pas baisser votre niveau : il est calculé sur les "
              "points gagnés, pas sur les points restants."),
    ])

# 3 ----------------------------------------------------------------------------------------
doc("guide-temoignage-video.docx", "docx", "fr", "all",
    "Guide pratique : réussir son témoignage vidéo",
    ["Pour les Bobines qui ont accepté une sollicitation « témoignage vidéo » (et les curieuses qui y pensent)."],
    [
        ("h2", "Avant de commencer"),
        ("p", "Un témoignage vidéo n'est pas une publicité. Ce qui touche les gens, c'est de vous voir à votre "
              "table de couture, avec votre lumière, votre bazar et votre façon de parler. Personne ne vous "
              "demande d'être actrice : on vous demande d'être vous. Les vidéos tournées en une matinée, "
              "dans une vraie cuisine, sont souvent celles que l'on regarde jusqu'au bout."),
        ("p", "Avant de filmer, prenez dix minutes pour répondre par écrit à trois questions : qu'est-ce qui "
              "vous a fait choisir cette machine, qu'est-ce qui vous a surprise, et que diriez-vous à une amie "
              "qui hésite ? Vos réponses formeront la colonne vertébrale de la vidéo."),
        ("h2", "Le matériel"),
        ("h3", "Ce qu'il vous faut"),
        ("ul", ["un téléphone récent, filmé à l'horizontale ;",
                "un support stable : trépied, pile de livres ou étagère ;",
                "une source de lumière face à vous, idéalement une fenêtre ;",
                "une pièce calme, machines éteintes pendant que vous parlez."]),
        ("h3", "Ce dont vous n'avez pas besoin"),
        ("p", "Pas besoin de micro-cravate, d'éclairage professionnel ni de logiciel de montage. Si vous en avez "
              "envie, Navette prête un petit kit micro et lumière aux Bobines de niveau Navette d'argent et "
              "plus : demandez-le à Maëlle au moins dix jours avant le tournage."),
        ("h2", "Le tournage pas à pas"),
        ("ol", ["Installez-vous à votre poste de couture habituel, avec un ouvrage en cours.",
                "Présentez-vous en une phrase : votre prénom, votre ville, depuis quand vous cousez.",
                "Racontez le moment où vous avez choisi votre machine.",
                "Montrez un geste que vous aimez faire avec elle, en gros plan.",
                "Dites une chose qui vous a agacée ou surprise.",
                "Terminez par le conseil que vous donneriez à quelqu'un qui débute."]),
        ("p", "Filmez chaque étape séparément, quitte à recommencer. Trois prises courtes valent mieux qu'une "
              "longue prise parfaite : au montage, Théo choisit les passages les plus naturels."),
        ("h2", "Ce qu'on aime, ce qu'on évite"),
        ("h3", "Ce qu'on aime"),
        ("ul", ["les hésitations et les rires, qui rendent la vidéo vivante ;",
                "les vrais ouvrages, même ratés ;",
                "les astuces que vous avez trouvées seule."]),
        ("h3", "Ce qu'on évite"),
        ("ul", ["les comparaisons chiffrées avec d'autres marques ;",
                "les visages d'enfants ou de proches qui n'ont pas donné leur accord ;",
                "la musique sous droits en fond sonore ;",
                "les phrases lues sur un papier."]),
        ("h2", "Durée et formats"),
        ("p", "Selon l'usage prévu pour la sollicitation, nous vous demanderons une durée différente :"),
        ("table", [["Usage", "Durée visée", "Format"],
                   ["Page produit du site", "1 à 2 minutes", "Horizontal 16:9"],
                   ["Réseaux sociaux", "30 à 45 secondes", "Vertical 9:16"],
                   ["Écran du stand en salon", "2 à 3 minutes", "Horizontal 16:9"],
                   ["Formation des vendeurs", "3 à 5 minutes", "Horizontal 16:9"]]),
        ("h2", "Droits à l'image et relecture"),
        ("p", "Avant toute diffusion, vous signez une autorisation de droit à l'image limitée à trois ans et aux "
              "canaux cités dans la sollicitation. Vous recevez le montage final et disposez de sept jours pour "
              "demander une correction ou refuser la diffusion, sans avoir à vous justifier."),
        ("p", "Vous pouvez retirer votre autorisation plus tard : la vidéo est alors dépubliée de nos canaux "
              "sous quinze jours. Les points déjà obtenus restent acquis."),
        ("h2", "Envoyer sa vidéo"),
        ("p", "Déposez vos fichiers dans le lien de transfert que Fil vous envoie en message privé après votre "
              "réponse « oui » à la sollicitation. Ne les postez pas sur L'Atelier, même dans un salon privé. "
              "Dès réception, Fil vous le confirme et la validation des 90 points démarre."),
    ])

# 4 ----------------------------------------------------------------------------------------
doc("memo-pratique-bobine.txt", "txt", "fr", "all",
    "Mémo pratique de la Bobine",
    ["À l'attention de toutes les Bobines, nouvelles comme anciennes.",
     "À imprimer et à épingler au-dessus de la machine si le cœur vous en dit."],
    [
        ("h2", "L'Atelier, notre Discord"),
        ("p", "L'Atelier est le serveur Discord privé du Cercle Navette. Vous y recevez votre lien "
              "d'invitation par e-mail le jour de votre inscription ; il expire au bout de sept jours, "
              "mais Maëlle peut vous en renvoyer un autre sur simple demande."),
        ("p", "Les salons les plus fréquentés sont #entraide, où l'on se dépanne entre Bobines, et "
              "#mes-ouvrages, où chacun montre ce qu'il a cousu dans la semaine. Les nouveaux venus commencent en "
              "général par se présenter dans #bienvenue, où Maëlle passe dire bonjour chaque matin."),
        ("h2", "Parler à Fil"),
        ("p", "Fil est l'assistant du Cercle. C'est une intelligence artificielle, pas une personne : il "
              "connaît le programme, vos points et le calendrier, mais il ne sait pas réparer une machine. "
              "Écrivez-lui en message privé, en français ou en anglais."),
        ("p", "Quelques phrases qu'il comprend bien :"),
        ("ul", ["« mes points » pour voir votre total et votre niveau ;",
                "« mes sollicitations » pour la liste des demandes en cours ;",
                "« j'ai fait un partage » pour déclarer une contribution ;",
                "« parler à Maëlle » pour être mis en relation avec une personne de l'équipe."]),
        ("h2", "Répondre à une sollicitation"),
        ("p", "Chaque sollicitation arrive par message de Fil avec une date limite de réponse. Un simple "
              "oui ou non suffit. Si vous dites oui, Fil vous envoie les détails pratiques ; si vous dites "
              "non, personne ne vous demandera pourquoi, et cela n'a aucun effet sur votre niveau."),
        ("p", "Sans réponse à la date limite, la demande passe à une autre Bobine. Vous ne perdez rien, "
              "vous ne gagnez simplement pas le bonus de réponse rapide."),
        ("h2", "Déclarer une contribution"),
        ("p", "Certaines contributions sont repérées automatiquement, comme les avis vérifiés. Les autres "
              "doivent être déclarées à Fil avec une preuve :"),
        ("ul", ["pour un partage, le lien de la publication ;",
                "pour une aide sur L'Atelier, le lien du message ;",
                "pour un filleul, son nom et la date de son achat ;",
                "pour un événement, rien : la liste d'émargement fait foi."]),
        ("p", "Les déclarations sont validées en une semaine environ. Si la vôtre attend depuis plus de "
              "quinze jours, signalez-le dans #questions-programme."),
        ("h2", "Le Point Arrière"),
        ("p", "Le Point Arrière est la lettre du Cercle. Elle paraît le premier jeudi de chaque mois et "
              "contient le tutoriel du mois, écrit par une Bobine, les sollicitations à venir et un mot du "
              "bureau d'études sur les idées que vous avez proposées."),
        ("h2", "Qui contacter"),
        ("ul", ["Maëlle Kervella, community manager : tout ce qui concerne le Cercle, les points et les événements ;",
                "Théo Lambrecht, vidéo et réseaux sociaux : vos témoignages filmés et les publications ;",
                "le service client au 03 20 00 52 52 : pannes, garanties et réparations ;",
                "Bastien Oudard, responsable du programme : une réclamation que Maëlle n'a pas pu régler."]),
        ("h2", "Frais et remboursements"),
        ("p", "Les frais de déplacement pour un événement sont remboursés sur justificatifs aux niveaux "
              "Navette d'argent et Ciseaux d'or, dans la limite de deux événements par an. Envoyez vos "
              "billets à Maëlle dans le mois qui suit l'événement ; le virement arrive sous trente jours."),
        ("p", "Le matériel acheté pour un tournage ou un tutoriel n'est pas remboursé. Si un tissu ou une "
              "fourniture particulière est nécessaire pour une sollicitation, Navette vous l'envoie à l'avance."),
    ], style="bare")

# 5 ----------------------------------------------------------------------------------------
doc("calendrier-sollicitations-2027.pdf", "pdf", "fr", "all",
    "Calendrier des sollicitations 2027",
    ["Pour toutes les Bobines — version du 6 décembre 2026, susceptible d'évoluer."],
    [
        ("h2", "Comment lire ce calendrier"),
        ("p", "Ce calendrier présente les grandes sollicitations prévues en 2027. Il vous aide à savoir à "
              "l'avance quand nous aurons besoin de vous et à bloquer les dates qui vous intéressent. Il ne "
              "vous engage à rien : chaque demande vous sera envoyée par Fil au moins trois semaines avant "
              "la date indiquée, et vous restez libre de refuser."),
        ("p", "Les besoins sont exprimés en nombre de Bobines recherchées. Quand il y a plus de volontaires que "
              "de places, la priorité va aux Bobines qui ont été le moins sollicitées dans les six derniers mois."),
        ("h2", "Les temps forts de l'année"),
        ("h3", "Premier semestre"),
        ("table", [["Mois", "Sollicitation", "Bobines", "Réponse avant"],
                   ["Janvier", "Avis sur la N-300 Duo", "12", "15 janvier"],
                   ["Février", "Témoignages écrits pour le site", "6", "5 février"],
                   ["Mars", "Stand du Salon Aiguilles & Co", "8", "20 février"],
                   ["Avril", "Vidéos courtes surjeteuse S-5", "4", "25 mars"],
                   ["Juin", "Portes ouvertes de l'usine", "10", "15 mai"]]),
        ("h3", "Second semestre"),
        ("table", [["Mois", "Sollicitation", "Bobines", "Réponse avant"],
                   ["Septembre", "Semaine anniversaire du Cercle", "20", "1er septembre"],
                   ["Octobre", "Test de la brodeuse B-2", "5", "10 septembre"],
                   ["Novembre", "Tutoriels pour la rentrée couture", "6", "15 octobre"],
                   ["Décembre", "Sélection cadeaux de Noël", "3", "10 novembre"]]),
        ("p", "Juillet et août sont volontairement vides : l'équipe est en congé et vous aussi, sans doute."),
        ("h2", "Répondre à temps"),
        ("p", "Le délai moyen de réponse des Bobines était de 4,2 jours en 2026. Pour que la rotation "
              "fonctionne, nous vous demandons de :"),
        ("ul", ["répondre oui ou non avant la date indiquée dans la colonne « Réponse avant » ;",
                "prévenir Fil dès que possible si vous devez annuler un oui ;",
                "indiquer vos périodes d'indisponibilité dans votre profil pour ne pas être sollicitée inutilement."]),
        ("h2", "La rotation des demandes"),
        ("p", "Aucune Bobine ne reçoit plus de deux sollicitations par trimestre, sauf si elle a demandé à en "
              "recevoir davantage dans son profil. Les Bobines qui disent souvent oui ne sont pas sollicitées "
              "en premier pour autant : nous répartissons les demandes pour que chacune ait sa chance et que "
              "personne ne s'épuise."),
        ("p", "Les sollicitations urgentes, hors calendrier, restent exceptionnelles. Elles sont signalées par "
              "le mot « urgent » dans le message de Fil et n'entrent pas dans le compte des deux demandes par "
              "trimestre si vous les refusez."),
        ("h2", "Si vous ne pouvez pas"),
        ("p", "Dire non fait partie du jeu. Un refus n'est jamais enregistré contre vous et ne change ni vos "
              "points ni votre niveau. Si vous refusez trois sollicitations de suite, Maëlle vous écrira "
              "simplement pour savoir si le rythme vous convient ou si vous préférez faire une pause."),
        ("p", "Vous pouvez aussi proposer une alternative : un témoignage écrit plutôt qu'une vidéo, une "
              "participation en ligne plutôt qu'un déplacement. Répondez à Fil avec votre proposition, elle "
              "sera transmise à l'équipe."),
    ])

# 6 ----------------------------------------------------------------------------------------
doc("reglement-parrainage-fil-a-fil.txt", "txt", "fr", "all",
    "Règlement de l'opération « Fil à fil » — parrainage 2027",
    ["Pour les Bobines et leurs filleuls.",
     "Ce texte fait référence en cas de désaccord sur une récompense."],
    [
        ("h2", "1. Objet"),
        ("p", "L'opération « Fil à fil » permet à une Bobine de présenter Navette & Cie à une personne de son "
              "entourage qui envisage d'acheter une machine à coudre, une surjeteuse ou une brodeuse. Quand "
              "cette personne achète, la Bobine et le filleul sont tous deux récompensés."),
        ("h2", "2. Qui peut parrainer"),
        ("p", "Toute Bobine inscrite au Cercle Navette depuis au moins trente jours, quel que soit son niveau, "
              "peut parrainer. Les salariés de Navette & Cie et de ses revendeurs ne peuvent pas participer."),
        ("h2", "3. Qui peut être parrainé"),
        ("p", "Le filleul doit remplir les conditions suivantes :"),
        ("ul", ["être majeur et résider en France, en Belgique, en Suisse ou au Luxembourg ;",
                "ne jamais avoir acheté de machine Navette neuve ;",
                "ne pas être déjà inscrit au Cercle Navette ;",
                "acheter auprès de la boutique en ligne ou d'un revendeur agréé."]),
        ("h2", "4. Récompenses"),
        ("h3", "4.1 Pour la Bobine"),
        ("p", "La Bobine reçoit 60 points par filleul devenu client, ainsi qu'un bon d'achat de 25 euros "
              "valable un an sur la boutique en ligne. Au-delà de cinq filleuls dans l'année civile, les "
              "points continuent d'être attribués mais le bon d'achat n'est plus versé."),
        ("h3", "4.2 Pour le filleul"),
        ("p", "Le filleul bénéficie d'une remise immédiate de 30 euros sur une machine de plus de 250 euros, "
              "et d'un cours de prise en main en visioconférence offert, d'une durée d'une heure, avec une "
              "animatrice de Navette."),
        ("h2", "5. Déroulement"),
        ("ol", ["La Bobine demande à Fil son code de parrainage personnel.",
                "Elle transmet ce code à son filleul, de vive voix ou par message.",
                "Le filleul saisit le code au moment de l'achat, ou le présente au revendeur.",
                "Le service client vérifie l'achat dans un délai de quinze jours.",
                "Les points et le bon d'achat apparaissent dans le profil de la Bobine."]),
        ("p", "Un code saisi après l'achat ne peut pas être pris en compte, même si le filleul le demande "
              "le jour même. Pensez à le transmettre avant que votre proche ne passe commande."),
        ("h2", "6. Exclusions"),
        ("p", "Ne donnent lieu à aucune récompense :"),
        ("ul", ["l'achat d'accessoires, de pièces détachées ou de machines reconditionnées ;",
                "un achat annulé ou retourné dans le délai de rétractation ;",
                "le parrainage de soi-même ou d'une personne du même foyer ;",
                "la diffusion du code sur un site de bons plans ou un forum public."]),
        ("p", "En cas d'abus manifeste, Navette & Cie peut annuler les récompenses concernées après avoir "
              "contacté la Bobine et entendu ses explications."),
        ("h2", "7. Durée et modification"),
        ("p", "L'opération court du 1er janvier au 31 décembre 2027. Toute modification du présent règlement "
              "est annoncée dans Le Point Arrière et sur L'Atelier au moins un mois avant son entrée en "
              "vigueur ; les parrainages engagés avant la modification restent régis par l'ancienne version."),
    ], style="numbered")

# 7 ----------------------------------------------------------------------------------------
doc("labo-des-bobines.md", "md", "fr", "all",
    "Le Labo des Bobines : la co-création en 2027",
    ["Pour toutes les Bobines qui veulent mettre la main à la pâte (ou au pied-de-biche).",
     "Les séances en présentiel sont ouvertes à partir du niveau Dé à coudre."],
    [
        ("h2", "Le principe"),
        ("p", "Le Labo des Bobines, c'est l'endroit où nos machines se construisent avec vous. Le bureau "
              "d'études vient y chercher des avis tranchés sur des prototypes, des notices et des idées "
              "encore fragiles. Il ne s'agit pas de valider ce qui est déjà décidé : chaque année, au moins "
              "une modification visible sur une machine vient directement du Labo."),
        ("p", "En 2026, c'est le Labo qui a obtenu l'éclairage LED orientable de la N-300 Duo et la "
              "réécriture complète de la notice de la surjeteuse S-5."),
        ("h2", "Les trois formats"),
        ("h3", "Le panel d'essai à domicile"),
        ("p", "Vous recevez un prototype ou une présérie chez vous pendant trois semaines. Vous cousez comme "
              "d'habitude, puis vous remplissez un carnet d'essai d'une quinzaine de questions et participez "
              "à un appel de restitution d'une heure avec l'ingénieure responsable. Le transport aller et "
              "retour est pris en charge par Navette."),
        ("h3", "Les ateliers à l'usine"),
        ("p", "Une journée à Roubaix, en petit groupe de huit Bobines au maximum, pour tester plusieurs "
              "prototypes côte à côte et en discuter avec le bureau d'études. Le déjeuner est offert et le "
              "déplacement remboursé pour toutes les participantes, quel que soit leur niveau."),
        ("h3", "Les questionnaires express"),
        ("p", "Cinq questions maximum, envoyées par Fil, sur un détail précis : un nom de couleur, le dessin "
              "d'un bouton, une phrase de notice. Ils sont ouverts à toutes les Bobines, y compris au niveau "
              "Épingle, et ne rapportent pas de points, mais les résultats sont publiés dans Le Point Arrière."),
        ("h2", "Projets ouverts en 2027"),
        ("table", [["Projet", "Ce que l'on cherche", "Places", "Calendrier"],
                   ["Brodeuse B-2", "Avis sur l'écran tactile et les motifs", "5 panels", "Octobre"],
                   ["Notice illustrée N-300 Duo", "Relecture par des débutantes", "10 relectrices", "Février à mars"],
                   ["Gamme de pieds-de-biche", "Choix des trois pieds inclus", "2 ateliers de 8", "Mai et novembre"],
                   ["Application Navette", "Tests de la fonction tutoriels", "15 testeurs", "Avril"]]),
        ("h2", "Confidentialité"),
        ("p", "Ce que vous voyez au Labo n'est pas encore public. En participant, vous vous engagez à :"),
        ("ul", ["ne publier ni photo ni vidéo d'un prototype avant sa sortie officielle ;",
                "ne pas parler des prix ou des dates évoqués pendant les séances ;",
                "restituer le prototype dans son emballage d'origine à la fin du panel."]),
        ("p", "Cet engagement est signé une seule fois, à votre première participation, et reste valable "
              "pour toutes les séances suivantes. Une fuite entraîne la fin de votre participation au Labo, "
              "pas votre exclusion du Cercle."),
        ("h2", "Ce que vous y gagnez"),
        ("ul", ["70 points par séance de panel ou d'atelier, dans la limite de quatre par an ;",
                "votre prénom dans la notice du produit si votre contribution a été retenue ;",
                "la présérie du panel à prix coûtant si vous souhaitez la garder ;",
                "un retour écrit du bureau d'études expliquant ce qui a été fait de vos remarques."]),
        ("p", "Le Labo est aussi, de l'avis de beaucoup de Bobines, le meilleur moyen de comprendre comment "
              "une machine est pensée, et de rencontrer les gens qui la dessinent."),
    ])

# 8 ----------------------------------------------------------------------------------------
doc("rencontres-2027.html", "html", "fr", "all",
    "Les rencontres du Cercle Navette en 2027",
    ["Page publique — Bobines, clientes et clients curieux, vous êtes les bienvenus."],
    [
        ("h2", "Les grands rendez-vous"),
        ("p", "Voici les rencontres prévues cette année. Les places marquées « Bobines » sont réservées aux "
              "membres du Cercle ; les autres sont ouvertes à tous sur inscription. Les dates peuvent encore bouger de quelques jours : "
              "la date confirmée figure toujours dans le message de Fil et sur la page Événements du site."),
        ("table", [["Date", "Rencontre", "Lieu", "Places Bobines"],
                   ["18 au 21 mars", "Salon Aiguilles & Co", "Lille Grand Palais", "8 au stand"],
                   ["5 juin", "Portes ouvertes de l'usine", "Roubaix", "40 sur 120"],
                   ["25 septembre", "Fête des dix ans de la N-100", "Roubaix", "Toutes"],
                   ["Chaque 2e mardi", "Soirée « Point compté »", "En ligne", "Illimitées"],
                   ["27 novembre", "Marché de Noël des créatrices", "Lyon", "12 exposantes"]]),
        ("h2", "Le Salon Aiguilles & Co"),
        ("p", "C'est le plus grand salon de la couture et du fil dans le nord de la France. Sur le stand "
              "Navette, huit Bobines se relaient pendant les quatre jours pour faire essayer les machines et "
              "répondre aux visiteurs. Chaque Bobine tient le stand une demi-journée au plus, pour avoir le "
              "temps de profiter du salon."),
        ("h2", "Les portes ouvertes de l'usine"),
        ("p", "Une fois par an, l'usine de Roubaix ouvre ses ateliers au public. Le programme de la journée :"),
        ("ol", ["accueil et café dans le hall d'assemblage, à partir de 9 h 30 ;",
                "visite guidée de la chaîne de montage des N-300, par groupes de quinze ;",
                "démonstrations par les Bobines dans l'ancienne filature ;",
                "questions-réponses avec le bureau d'études à 15 h ;",
                "vente d'accessoires de fin de série jusqu'à 17 h."]),
        ("h2", "Les soirées « Point compté »"),
        ("p", "Chaque deuxième mardi du mois à 20 h, une Bobine anime en direct sur L'Atelier un atelier d'une "
              "heure autour d'une technique : poser une fermeture invisible, réussir un ourlet roulotté, "
              "coudre du jersey sans surjeteuse. Les soirées sont enregistrées et restent disponibles trente "
              "jours pour celles et ceux qui n'ont pas pu venir."),
        ("h2", "S'inscrire"),
        ("ol", ["Repérez la rencontre qui vous intéresse dans le tableau ci-dessus.",
                "Bobines : écrivez « je m'inscris » à Fil avec le nom de la rencontre.",
                "Autres visiteurs : remplissez le formulaire de la page Événements du site.",
                "Attendez la confirmation par e-mail, envoyée au plus tard dix jours avant la date."]),
        ("p", "Une inscription peut être annulée jusqu'à trois jours avant la rencontre, sans aucune "
              "conséquence. Au-delà, prévenez quand même : quelqu'un attend peut-être votre place."),
        ("h2", "Frais de déplacement"),
        ("p", "Les frais de déplacement des Bobines sont pris en charge selon leur niveau :"),
        ("ul", ["Épingle et Dé à coudre : pas de remboursement, mais déjeuner offert sur place ;",
                "Navette d'argent et Ciseaux d'or : train en seconde classe ou indemnité kilométrique, deux événements par an ;",
                "toutes les Bobines invitées au stand du salon : nuit d'hôtel prise en charge si elles habitent à plus de 150 km."]),
        ("h2", "Accessibilité"),
        ("p", "L'usine de Roubaix et le stand du salon sont accessibles en fauteuil roulant. Pour les soirées en "
              "ligne, des sous-titres automatiques sont proposés et un résumé écrit est publié le lendemain. Des chaises sont prévues tout au long du parcours de visite. "
              "Si vous avez un besoin particulier, dites-le à Maëlle au moment de l'inscription : nous "
              "trouverons une solution ensemble."),
        ("p", "Les enfants sont les bienvenus aux portes ouvertes et à la fête de la N-100, sous la "
              "responsabilité de leurs parents. Ils ne peuvent pas accéder à la chaîne de montage."),
    ])

# 9 ----------------------------------------------------------------------------------------
doc("welcome-pack-en.docx", "docx", "en", "all",
    "Welcome to the Navette Circle",
    ["For all new Bobines — English edition for our members in the UK, Ireland and beyond."],
    [
        ("h2", "Who we are"),
        ("p", "Navette & Cie has been making sewing machines and overlockers in Roubaix, in the north of France, "
              "since 1952. The Navette Circle brings together customers who love sewing on our machines and "
              "enjoy sharing that pleasure. Our members are called Bobines, after the little bobbins that keep "
              "every stitch going. Most of the Circle speaks French, but you are warmly welcome in English."),
        ("h2", "Your first 30 days"),
        ("ol", ["Join L'Atelier, our private Discord server, using the invitation link in your welcome e-mail.",
                "Say hello in #welcome-english and tell us which machine you sew on.",
                "Send a private message to Fil, our assistant, and type \"my points\" to check that your account is linked.",
                "Choose whether you want reminders from Fil; you can change your mind at any time.",
                "Share one finished project in #mes-ouvrages, even a simple one."]),
        ("p", "Your first validated contribution earns you a welcome bonus of 20 points on top of the usual score."),
        ("h2", "Levels at a glance"),
        ("p", "Points come from contributions such as testimonials, reviews, help given on L'Atelier or taking "
              "part in events. Your level depends on the points earned over the last twelve months:"),
        ("table", [["Level", "Points needed", "Headline benefit"],
                   ["Épingle (Pin)", "0", "Access to L'Atelier and the newsletter"],
                   ["Dé à coudre (Thimble)", "150", "10% off accessories"],
                   ["Navette d'argent (Silver Shuttle)", "400", "Early loans of new models"],
                   ["Ciseaux d'or (Golden Scissors)", "900", "A seat on the product committee"]]),
        ("p", "Level names stay in French everywhere in the programme, including in Fil's answers."),
        ("h2", "Talking to Fil"),
        ("p", "Fil is an AI assistant, not a person. It can tell you your points and level, list the "
              "solicitations waiting for your answer, and record what you have done. Write to it in English "
              "and it will answer in English. When a question is about a faulty machine, a complaint or "
              "anything personal, Fil hands the conversation over to Maëlle, our community manager."),
        ("h2", "Living outside France"),
        ("h3", "Gifts and shipping"),
        ("p", "Gifts and accessory boxes are shipped free of charge to the UK, Ireland and the European Union. "
              "Outside these areas, we send a voucher for our online shop instead of a parcel, because customs "
              "fees often cost more than the gift itself."),
        ("h3", "Events"),
        ("p", "Most events take place in France. Members abroad can join every \"Point compté\" evening online, "
              "and the recordings include English subtitles. Travel costs to France are refunded under the same "
              "rules as for French members, capped at 250 euros per trip."),
        ("h3", "Referrals"),
        ("p", "The \"Fil à fil\" referral scheme only covers buyers living in France, Belgium, Switzerland and "
              "Luxembourg. You can still recommend us to friends elsewhere, but no referral reward applies."),
        ("h2", "What we ask of you"),
        ("ul", ["Speak about our machines in your own words, flaws included.",
                "Say that you are a Bobine whenever you post a review or a video.",
                "Answer solicitations with a simple yes or no.",
                "Be kind to beginners on L'Atelier."]),
        ("h2", "Taking a break"),
        ("p", "Life gets busy. You can pause your membership for up to six months by telling Fil or Maëlle; "
              "during the pause you receive no solicitations and your points are frozen. You can also leave "
              "the Circle whenever you like, and your warranty and after-sales service stay exactly the same."),
    ])

# 10 ---------------------------------------------------------------------------------------
doc("atelier-house-rules.md", "md", "en", "all",
    "L'Atelier — house rules for our Discord",
    ["For every Bobine on L'Atelier, whatever your level or language.",
     "Read it once, then get sewing."],
    [
        ("h2", "Why we have rules"),
        ("p", "L'Atelier has grown from twenty members in 2024 to more than 1,400 today. A space that size "
              "only stays friendly if everyone agrees on a few basics. These rules were drafted with the "
              "moderators and voted on by the members in March 2026; they apply in every channel, public or "
              "private, and in direct messages between members."),
        ("h2", "The rules"),
        ("ol", ["Be kind, especially to beginners: every expert once broke a needle on the first seam.",
                "No selling, no affiliate links and no discount codes from other brands.",
                "Criticism of Navette machines is welcome; insults aimed at people are not.",
                "Post photos of other people only with their consent.",
                "Keep anything you saw at the Labo des Bobines to yourself until it is officially released.",
                "Use the right channel, and move a conversation when a moderator asks you to."]),
        ("h2", "Helping other members"),
        ("p", "Help given to other members is one of the most valued contributions in the Circle, and each "
              "answer that a moderator marks as helpful earns 10 points."),
        ("h3", "What makes a good answer"),
        ("ul", ["It starts from the other person's machine and fabric, not from yours.",
                "It explains why, not only what to do.",
                "It includes a photo or a short video when a gesture is hard to describe.",
                "It says so honestly when you are not sure."]),
        ("h3", "When to call a moderator"),
        ("ul", ["a machine shows a safety problem such as a burning smell or sparks;",
                "a member seems distressed or is being harassed;",
                "someone posts personal data, their own or another person's;",
                "a discussion about Navette turns into a customer complaint."]),
        ("p", "Tag @moderation in the channel, or write to Fil \"talk to Maëlle\" if you would rather not do it publicly."),
        ("h2", "Channels"),
        ("table", [["Channel", "What it is for", "Language"],
                   ["#welcome-english", "Introductions and help for English speakers", "English"],
                   ["#entraide", "Questions and troubleshooting between members", "French and English"],
                   ["#mes-ouvrages", "Showing what you have sewn", "Any"],
                   ["#questions-programme", "Points, levels and solicitations", "French and English"],
                   ["#labo", "Co-creation, Silver Shuttle level and above", "French"]]),
        ("h2", "When rules are broken"),
        ("p", "Most problems are settled with a friendly private message. If a rule is broken again, the "
              "moderators may hide messages, mute a member for 24 hours, or, after three warnings, remove them "
              "from L'Atelier. Removal from the Discord does not end your customer relationship with Navette, "
              "and you can appeal to Bastien Oudard, the programme lead, within a month."),
        ("h2", "Who moderates"),
        ("p", "L'Atelier is moderated by Maëlle Kervella, our community manager, and by four volunteer Bobines "
              "elected by the members for one year. Volunteer moderators earn no extra points for moderation, "
              "so that nobody is tempted to moderate for the score; they are thanked every year with an "
              "invitation to the product committee meeting in Roubaix."),
        ("p", "Moderators answer within a day on weekdays. At weekends, urgent safety issues go to the customer "
              "service emergency line listed in the #read-me channel."),
    ])

# 11 ---------------------------------------------------------------------------------------
doc("plan-animation-2027-interne.pdf", "pdf", "fr", "staff",
    "Plan d'animation 2027 du Cercle Navette",
    ["Document interne — équipe programme uniquement.",
     "Ne pas transférer aux Bobines ni le déposer sur L'Atelier."],
    [
        ("h2", "Bilan 2026 en bref"),
        ("p", "Le Cercle comptait 1 430 Bobines au 30 novembre 2026, dont 610 actives, c'est-à-dire ayant fait au "
              "moins une contribution validée dans l'année. Le taux de réponse aux sollicitations est passé de "
              "58 % à 71 %, mais le délai moyen de réponse reste de 4,2 jours, au-dessus de notre cible de trois jours."),
        ("p", "Point d'alerte : 38 Bobines ont reçu à elles seules 40 % des sollicitations de l'année. Six d'entre "
              "elles ont demandé une pause à l'automne. La rotation doit devenir une règle, pas une intention."),
        ("h2", "Objectifs et indicateurs 2027"),
        ("table", [["Objectif", "Indicateur", "Cible 2027", "Pilote"],
                   ["Engagement", "Bobines actives", "750", "Maëlle"],
                   ["Réactivité", "Délai moyen de réponse", "3 jours", "Maëlle"],
                   ["Recommandation", "Filleuls devenus clients", "320", "Bastien"],
                   ["Visibilité", "Témoignages publiés", "60", "Théo"],
                   ["Fidélité", "Rétention des Bobines", "85 %", "Bastien"],
                   ["Co-création", "Idées retenues", "12", "Bureau d'études"]]),
        ("p", "Les indicateurs sont suivis chaque mois dans le tableau de bord partagé et présentés au comité de "
              "direction chaque trimestre."),
        ("h2", "Règles anti-surcharge"),
        ("ul", ["deux sollicitations par trimestre au maximum pour une même Bobine, sauf demande de sa part ;",
                "aucune Bobine ne doit porter plus de 5 % des sollicitations annuelles ;",
                "alerte automatique à Maëlle après trois refus consécutifs ;",
                "appel téléphonique personnel avant toute troisième sollicitation dans un même semestre."]),
        ("h2", "Groupes de Bobines"),
        ("h3", "Les Expertes"),
        ("p", "Environ 90 Bobines qui cousent depuis plus de dix ans, souvent en activité professionnelle ou "
              "associative. Elles portent la crédibilité technique : tutoriels, Labo, réponses pointues dans "
              "#entraide. Thèmes prioritaires : la précision, la durabilité, la réparabilité."),
        ("h3", "Les Nouvelles Mains"),
        ("p", "Près de 700 Bobines qui ont acheté leur première machine dans les trois dernières années. Leur "
              "force est de rassurer les débutantes qui hésitent. Thèmes prioritaires : la prise en main, les "
              "erreurs du premier mois, le rapport qualité-prix. À solliciter surtout pour les avis et les "
              "témoignages écrits."),
        ("h3", "Les Créatrices en ligne"),
        ("p", "Une soixantaine de Bobines qui tiennent un compte Instagram, une chaîne vidéo ou un blog de "
              "couture. Attention au risque de contenu trop promotionnel : on ne leur fournit aucun texte, et "
              "la mention du lien avec Navette est vérifiée avant chaque publication relayée."),
        ("h2", "Budget 2027"),
        ("table", [["Poste", "Montant", "Commentaire"],
                   ["Cadeaux et bons d'achat", "38 000 euros", "Dont conversion des points"],
                   ["Événements et déplacements", "27 500 euros", "Salon, portes ouvertes, fête N-100"],
                   ["Prêts et présérie du Labo", "12 000 euros", "Transport et assurance"],
                   ["Production vidéo", "9 000 euros", "Montage externe ponctuel"],
                   ["Outils et assistant Fil", "6 500 euros", "Hébergement et maintenance"]]),
        ("h2", "Risques à surveiller"),
        ("ul", ["l'essoufflement des Bobines les plus actives, à suivre dans le rapport mensuel de charge ;",
                "des témoignages trop formatés, qui perdraient leur crédibilité ;",
                "l'usure des avantages du niveau Dé à coudre, jugés peu attractifs dans l'enquête d'octobre ;",
                "une réponse de Fil inexacte sur une garantie, d'où la règle de passage à un humain."]),
    ])

# 12 ---------------------------------------------------------------------------------------
doc("procedure-pause-depart-interne.txt", "txt", "fr", "staff",
    "Procédure : pause, départ et sortie d'une Bobine",
    ["Interne — équipe programme et service client uniquement.",
     "Version 3, relue par Bastien Oudard le 28 novembre 2026."],
    [
        ("h2", "Principes"),
        ("p", "Une Bobine qui s'éloigne du Cercle reste une cliente ou un client de Navette. Quelle que soit "
              "la raison de son départ, notre priorité est que la relation commerciale en sorte intacte, et "
              "si possible que la personne garde un bon souvenir du Cercle. Un départ bien accompagné "
              "vaut mieux qu'une Bobine retenue à contrecœur, qui finira par se taire ou par se plaindre ailleurs."),
        ("p", "On ne relance jamais une Bobine qui a dit vouloir partir. On ne lui demande pas de se "
              "justifier. On la remercie, une fois, sincèrement, et on applique la procédure."),
        ("h2", "Les trois situations"),
        ("h3", "La pause demandée"),
        ("p", "La Bobine demande à suspendre sa participation, par Fil ou auprès de Maëlle. La pause dure "
              "six mois au plus. Fil bloque toutes les sollicitations et gèle les points ; Maëlle envoie un "
              "message personnel deux semaines avant la fin de la pause pour demander si la Bobine souhaite "
              "reprendre, prolonger par une sortie ou ne rien changer."),
        ("h3", "Le départ volontaire"),
        ("p", "La Bobine annonce qu'elle quitte le Cercle. Maëlle confirme par écrit dans les 48 heures, "
              "sans tentative de rétention, et lance la conversion des points en bon d'achat. Les "
              "témoignages publiés restent en ligne, sauf demande contraire de la Bobine, traitée sous quinze jours."),
        ("h3", "La sortie décidée par Navette"),
        ("p", "Elle ne concerne que deux cas : un manquement grave et répété à la charte, ou une fuite "
              "volontaire d'informations du Labo. La décision est prise par Bastien Oudard après un échange "
              "téléphonique avec la Bobine, jamais par Fil ni par une modératrice seule."),
        ("h2", "Quand Fil doit passer la main"),
        ("p", "Fil transfère la conversation à un membre de l'équipe, avec un résumé de l'échange, dans les "
              "cas suivants :"),
        ("ul", ["la Bobine exprime de la colère, de la tristesse ou de la détresse ;",
                "la question porte sur une panne, une garantie ou un remboursement ;",
                "la Bobine conteste un refus de points ou une sortie décidée par Navette ;",
                "la Bobine mentionne un problème de santé ou de sécurité lié à une machine ;",
                "la Bobine demande explicitement à parler à un humain."]),
        ("p", "Le transfert arrive dans le canal Slack #cercle-relais. Il doit être pris en charge dans la "
              "journée ouvrée ; Maëlle est la destinataire par défaut, le service client pour tout ce qui "
              "touche au matériel."),
        ("h2", "Après le départ"),
        ("ol", ["Convertir les points restants en bon d'achat au taux de 100 points pour 8 euros.",
                "Retirer l'accès au Discord L'Atelier et aux salons privés.",
                "Désinscrire la personne du Point Arrière, sauf si elle demande à le garder.",
                "Supprimer les données de contribution au bout de trois ans, ou immédiatement sur demande.",
                "Noter le motif du départ, s'il a été donné spontanément, dans le tableau de suivi."]),
        ("p", "Le compte client, la garantie et l'historique d'achats ne sont jamais modifiés par cette "
              "procédure. En cas de doute, le service client a toujours le dernier mot sur ce qui relève du "
              "contrat de vente."),
        ("h2", "Revenir au Cercle"),
        ("p", "Une Bobine partie volontairement peut revenir quand elle le souhaite. Elle repart du niveau "
              "Épingle, mais son historique de contributions lui est rendu. Une personne sortie par décision "
              "de Navette ne peut pas se réinscrire avant deux ans."),
    ], style="underlined")


# Additional sections, appended at the end of each document body -------------------------
EXTRA = {
    "bareme-points-niveaux.html": [
        ("h2", "Contester un refus de points"),
        ("p", "Il arrive qu'une contribution soit refusée : lien introuvable, avis publié sans mention de votre "
              "lien avec Navette, doublon. Fil vous explique toujours la raison du refus. Si vous n'êtes pas "
              "d'accord, répondez « contester » dans les quinze jours : Maëlle réexamine la contribution elle-même "
              "et vous répond sous une semaine. Sa décision peut encore être portée devant Bastien Oudard, "
              "responsable du programme, qui tranche définitivement."),
    ],
    "guide-temoignage-video.docx": [
        ("h2", "Questions fréquentes sur le tournage"),
        ("p", "Peut-on tourner à deux ? Oui, si la seconde personne est aussi cliente et a signé sa propre "
              "autorisation. Faut-il montrer son visage ? Non : certaines des vidéos les plus regardées ne "
              "montrent que des mains et une machine. Peut-on parler d'une ancienne machine d'une autre marque ? "
              "Oui, pour raconter votre parcours, tant que vous ne la dénigrez pas."),
    ],
    "memo-pratique-bobine.txt": [
        ("h2", "Les petits réflexes"),
        ("ul", ["mettre à jour vos machines dans votre profil quand vous en changez ;",
                "indiquer vos vacances dans le profil pour ne pas recevoir de demandes ;",
                "mentionner « Bobine du Cercle Navette » dans chaque avis ou publication ;",
                "garder les preuves de vos partages quelques semaines, le temps de la validation."]),
        ("p", "Et surtout : si quelque chose ne vous convient pas dans le Cercle, dites-le. Les meilleures "
              "règles du programme sont nées de remarques de Bobines agacées."),
    ],
    "calendrier-sollicitations-2027.pdf": [
        ("h2", "Ce qui change par rapport à 2026"),
        ("p", "Trois nouveautés cette année, issues de l'enquête menée auprès des Bobines en octobre 2026 :"),
        ("ol", ["les demandes de vidéos sont regroupées au printemps pour libérer la rentrée ;",
                "chaque sollicitation précise désormais le temps estimé qu'elle vous demandera ;",
                "une sollicitation refusée ne vous est pas reproposée dans le même trimestre."]),
        ("p", "Le calendrier complet, mis à jour au fil de l'année, est épinglé dans le salon "
              "#questions-programme de L'Atelier. Cette version PDF est une photographie au 6 décembre 2026 ; "
              "en cas d'écart, c'est le message de Fil qui fait foi."),
        ("h2", "Le temps demandé"),
        ("p", "Pour vous aider à choisir, voici une estimation du temps que prend chaque type de sollicitation, "
              "préparation comprise. Un avis en ligne demande en général un quart d'heure ; un témoignage écrit, "
              "une heure ; une vidéo courte, une demi-journée avec le tournage et la relecture ; une présence au "
              "salon, une demi-journée sur place sans compter le trajet."),
    ],
    "reglement-parrainage-fil-a-fil.txt": [
        ("h2", "8. Données personnelles"),
        ("p", "Pour vérifier un parrainage, Navette & Cie rapproche le code saisi de la commande du filleul. "
              "Seuls le prénom du filleul, la date et le montant de l'achat sont communiqués à la Bobine ; "
              "aucune autre donnée ne lui est transmise. Les informations de parrainage sont conservées trois "
              "ans, puis supprimées."),
        ("p", "Le filleul peut refuser que son prénom soit communiqué à la Bobine en le signalant au service "
              "client au moment de l'achat. La récompense de la Bobine est alors versée normalement."),
        ("h2", "9. Réclamations"),
        ("p", "Toute réclamation relative à une récompense doit être adressée dans les trois mois suivant "
              "l'achat du filleul. Procédure à suivre :"),
        ("ol", ["écrire « réclamation parrainage » à Fil, qui transmet la demande à Maëlle Kervella ;",
                "joindre le code utilisé et, si possible, la date de la commande ;",
                "en l'absence de solution sous un mois, écrire à Bastien Oudard, responsable du programme."]),
    ],
    "labo-des-bobines.md": [
        ("h2", "Comment s'inscrire au Labo"),
        ("p", "Les appels à participation sont envoyés par Fil et annoncés dans Le Point Arrière. Pour chaque "
              "projet, vous répondez à un court questionnaire sur vos machines, votre niveau de couture et vos "
              "disponibilités. Le bureau d'études compose ensuite les groupes pour mélanger les profils : "
              "débutantes et couturières aguerries, machines anciennes et récentes, villes et campagnes."),
        ("p", "Une Bobine qui n'a pas été retenue pour un projet est prioritaire pour le suivant. Personne ne "
              "participe à plus de deux panels d'essai la même année, pour laisser la place à de nouvelles voix."),
    ],
    "rencontres-2027.html": [
        ("h2", "Apporter son ouvrage"),
        ("p", "À la fête des dix ans de la N-100, une grande table d'exposition attend vos créations. Vous "
              "pouvez apporter jusqu'à trois pièces, cousues sur n'importe quelle machine, et les reprendre en "
              "fin de journée. Un vote du public désigne trois coups de cœur, qui seront présentés dans le "
              "numéro d'octobre du Point Arrière. Les pièces à vendre ne sont acceptées qu'au marché de Noël de Lyon."),
    ],
    "welcome-pack-en.docx": [
        ("h2", "Your data"),
        ("p", "We keep your Discord name, the e-mail address of your customer account, your contributions and "
              "points, your answers to solicitations and the machines registered in your name. Fil only sends "
              "reminders if you said yes when you joined. Type \"stop reminders\" to Fil at any time to turn them "
              "off, or ask Maëlle to delete your contribution data if you leave."),
    ],
    "atelier-house-rules.md": [
        ("h2", "Photos and videos"),
        ("p", "Photos of your own projects are always welcome, and they are what makes #mes-ouvrages so lively. "
              "A few precautions keep everyone comfortable:"),
        ("ul", ["crop out faces of children and of anyone who has not agreed to appear;",
                "do not share photos of prototypes, even blurred;",
                "credit the pattern designer when you sewed from a published pattern;",
                "ask before reposting another member's picture outside L'Atelier."]),
        ("h2", "Language"),
        ("p", "French is the main language of L'Atelier, but English is welcome in every channel marked as "
              "bilingual. Feel free to answer a French question in English: most members use a translator and "
              "are glad of the help. Fil answers in the language you write in, and the monthly newsletter has an "
              "English summary at the bottom."),
    ],
    "plan-animation-2027-interne.pdf": [
        ("h2", "Calendrier de l'équipe"),
        ("p", "Les grands jalons internes de l'année, à tenir pour que les sollicitations partent à temps :"),
        ("ol", ["mi-janvier : envoi du calendrier 2027 à toutes les Bobines par Le Point Arrière ;",
                "fin février : bilan des avis N-300 Duo et relance du groupe Nouvelles Mains ;",
                "juin : enquête de satisfaction des Bobines, avec leur propre NPS ;",
                "octobre : revue des avantages par niveau, en particulier Dé à coudre ;",
                "décembre : bilan annuel présenté en comité de direction et aux Ciseaux d'or."]),
        ("h2", "Rôles dans l'équipe"),
        ("p", "Maëlle Kervella planifie les sollicitations, anime L'Atelier et reçoit les transferts de Fil. Théo "
              "Lambrecht produit et relit les contenus vidéo et réseaux. Bastien Oudard porte le budget, les "
              "arbitrages et les sorties décidées par Navette. Le service client reste seul compétent pour les "
              "pannes et garanties, même quand la demande arrive par le Cercle."),
    ],
    "procedure-pause-depart-interne.txt": [
        ("h2", "Messages à éviter"),
        ("p", "Quelques formulations ont déjà blessé des Bobines et ne doivent plus être utilisées, ni par "
              "l'équipe ni dans les réponses de Fil :"),
        ("ul", ["« Vous allez perdre tous vos avantages » : c'est une pression, pas une information ;",
                "« Êtes-vous sûre de vouloir partir ? » répété plusieurs fois ;",
                "toute mention du nombre de points « gâchés » par le départ ;",
                "toute comparaison avec les autres Bobines plus actives."]),
    ],
}

for _d in DOCS:
    _d["body"] = _d["body"] + EXTRA.get(_d["file"], [])


# Questions ---------------------------------------------------------------------------------
# (id, question, file, section path, unit, selector, lang, note)
# selector: paragraph -> index of the paragraph within the section (0-based);
#           list -> index of the list within the section; table_row -> first cell of the row.
C, B, G, M = "charte-du-cercle.md", "bareme-points-niveaux.html", "guide-temoignage-video.docx", "memo-pratique-bobine.txt"
K, R, L, E = "calendrier-sollicitations-2027.pdf", "reglement-parrainage-fil-a-fil.txt", "labo-des-bobines.md", "rencontres-2027.html"
W, H, P, D = "welcome-pack-en.docx", "atelier-house-rules.md", "plan-animation-2027-interne.pdf", "procedure-pause-depart-interne.txt"

QUESTIONS = [
    # charte (md)
    ("c quoi le but du cercle navette en fait ? pourquoi vous avez monté ça", C, "Pourquoi ce cercle existe", "paragraph", 0, "fr", "raison d'être"),
    ("le cercle a été créé quand ? et comment c'est parti", C, "Pourquoi ce cercle existe", "paragraph", 1, "fr", ""),
    ("je dois écrire mon témoignage, je peux dire que ma surjeteuse m'a fait galérer le premier soir ??", C, "Authenticité avant tout", "paragraph", 0, "fr", ""),
    ("et si la relecture change le sens de ce que j'ai dit dans mon témoignage, je fais quoi ?", C, "Authenticité avant tout", "paragraph", 1, "fr", ""),
    ("comment je coupe les rappels automatiques de fil svp, ça me saoule", C, "Vos données et l'assistant Fil", "paragraph", 2, "fr", "the phrase « stop rappels »"),
    ("can I quit the program whenever I want? what happens to my points then?", C, "Faire une pause ou quitter le Cercle", "paragraph", 1, "en", "cross-language: English question over a French document; welcome-pack-en.docx › Taking a break also says one can leave but says nothing about points"),
    ("concrètement on attend quoi de nous en tant que bobine ?", C, "Ce que nous attendons des Bobines", "list", 0, "fr", "the introducing sentence ending with ':' is not part of the gold"),
    ("y a des choses que navette ne nous demandera jamais de faire ?", C, "Ce que nous attendons des Bobines › Ce que nous ne vous demanderons jamais", "list", 0, "fr", ""),
    ("quels sont les engagements de Navette envers nous ? genre délais de prévenance etc", C, "Ce que Navette s'engage à faire", "list", 0, "fr", "numbered list"),
    # bareme (html)
    ("mes pionts expirent au bout de combien de temps ?", B, "Durée de validité des points", "paragraph", 0, "fr", "typo 'pionts'"),
    ("si j'échange mes points contre un bon d'achat est-ce que je redescends de niveau ?", B, "Durée de validité des points", "paragraph", 1, "fr", ""),
    ("Fil a refusé mon partage insta alors que le lien est bon, je peux contester ?", B, "Contester un refus de points", "paragraph", 0, "fr", ""),
    ("il y a des bonus de points en plus du barème normal ?", B, "Comment gagner des points › Bonus ponctuels", "list", 0, "fr", ""),
    ("je viens de passer dé à coudre, j'ai droit à quoi ?", B, "Les avantages par niveau › Dé à coudre", "list", 0, "fr", "the section opens with « En plus des avantages du niveau Épingle : » which is not the gold"),
    ("What are the perks of the Ciseaux d'or level?", B, "Les avantages par niveau › Ciseaux d'or", "list", 0, "en", "cross-language; welcome-pack-en.docx only gives one headline benefit per level in a table"),
    ("combien de points pour un témoignage vidéo et qui valide ?", B, "Comment gagner des points › Contributions et points", "table_row", "Témoignage vidéo", "fr", ""),
    ("pour un filleul qui devient client, y a un plafond de points ? c'est qui qui valide", B, "Comment gagner des points › Contributions et points", "table_row", "Filleul devenu client", "fr", "reglement-parrainage-fil-a-fil.txt › 4.1 also gives the 60 points but not the ceiling nor the validator"),
    ("un avis en ligne ça rapporte combien, et c'est limité à combien par an ?", B, "Comment gagner des points › Contributions et points", "table_row", "Avis en ligne vérifié", "fr", ""),
    ("il faut combien de points pour être navette d'argent ?", B, "Les niveaux", "table_row", "Navette d'argent", "fr", "welcome-pack-en.docx has the same threshold in English (Silver Shuttle, 400)"),
    ("le niveau dé à coudre c'est à partir de cb de points", B, "Les niveaux", "table_row", "Dé à coudre", "fr", "abbreviation 'cb'; same threshold also in welcome-pack-en.docx (English)"),
    # guide video (docx)
    ("je dois préparer quoi avant de filmer mon témoignage ?", G, "Avant de commencer", "paragraph", 1, "fr", ""),
    ("est ce que navette peut me prêter un micro ou une lumière pour filmer ?", G, "Le matériel › Ce dont vous n'avez pas besoin", "paragraph", 0, "fr", ""),
    ("j'ai combien de jours pour refuser la diffusion de ma vidéo une fois le montage reçu", G, "Droits à l'image et relecture", "paragraph", 0, "fr", ""),
    ("où est-ce que j'envoie mes fichiers video ? je peux les mettre sur l'atelier ?", G, "Envoyer sa vidéo", "paragraph", 0, "fr", ""),
    ("il me faut quoi comme matos pour le tournage ?", G, "Le matériel › Ce qu'il vous faut", "list", 0, "fr", ""),
    ("c'est quoi les étapes pour tourner le témoignage vidéo", G, "Le tournage pas à pas", "list", 0, "fr", "numbered list"),
    ("la vidéo pour les réseaux sociaux doit durer combien et dans quel format ?", G, "Durée et formats", "table_row", "Réseaux sociaux", "fr", ""),
    ("How long should my video be for the screen on the trade fair booth?", G, "Durée et formats", "table_row", "Écran du stand en salon", "en", "cross-language"),
    # memo (txt, bare headings)
    ("mon lien d'invitation au discord marche plus, c normal ?", M, "L'Atelier, notre Discord", "paragraph", 0, "fr", ""),
    ("si je réponds pas à une sollicitation avant la date limite il se passe quoi", M, "Répondre à une sollicitation", "paragraph", 1, "fr", ""),
    ("le point arrière sort quand exactement ?", M, "Le Point Arrière", "paragraph", 0, "fr", ""),
    ("le tissu que j'achète pour un tuto il est remboursé ?", M, "Frais et remboursements", "paragraph", 1, "fr", ""),
    ("qu'est ce que je peux taper à Fil comme phrases ?", M, "Parler à Fil", "list", 0, "fr", "intro sentence « Quelques phrases qu'il comprend bien : » is not part of the gold"),
    ("quelles preuves je dois donner pour déclarer une contribution ?", M, "Déclarer une contribution", "list", 0, "fr", ""),
    ("je contacte qui pour une panne ? et pour mes points ?", M, "Qui contacter", "list", 0, "fr", "list directly under a bare heading, no introducing sentence"),
    # calendrier (pdf)
    ("quand il y a trop de volontaires pour une sollicitation, vous choisissez qui ?", K, "Comment lire ce calendrier", "paragraph", 1, "fr", ""),
    ("les sollicitations urgentes elles comptent dans les deux par trimestre ?", K, "La rotation des demandes", "paragraph", 1, "fr", ""),
    ("si je refuse 3 fois de suite je suis mal vue ?", K, "Si vous ne pouvez pas", "paragraph", 0, "fr", ""),
    ("un témoignage écrit ça me prend combien de temps à peu près ?", K, "Le temps demandé", "paragraph", 0, "fr", ""),
    ("vous attendez quoi de nous pour répondre dans les temps aux sollicitations ?", K, "Répondre à temps", "list", 0, "fr", "the introducing sentence spans the average-delay figure and ends with ':'"),
    ("what's new in the 2027 solicitation calendar compared to last year?", K, "Ce qui change par rapport à 2026", "list", 0, "en", "cross-language; numbered list"),
    ("pour le stand du salon en mars faut répondre avant quand ?", K, "Les temps forts de l'année › Premier semestre", "table_row", "Mars", "fr", ""),
    ("vous cherchez combien de bobines pour tester la brodeuse B-2 ? réponse avant quand", K, "Les temps forts de l'année › Second semestre", "table_row", "Octobre", "fr", "labo-des-bobines.md › Projets ouverts en 2027 also lists B-2 (5 panels, October) but without the reply date"),
    ("les portes ouvertes de l'usine, faut répondre avant quelle date ?", K, "Les temps forts de l'année › Premier semestre", "table_row", "Juin", "fr", "rencontres-2027.html has the event date (5 juin) but not the reply date"),
    # reglement (txt, numbered)
    ("je suis bobine depuis 2 semaines, je peux déjà parrainer qqn ?", R, "2. Qui peut parrainer", "paragraph", 0, "fr", "gold_section keeps the heading number as written in the file"),
    ("mon filleul il gagne quoi lui ?", R, "4. Récompenses › 4.2 Pour le filleul", "paragraph", 0, "fr", ""),
    ("j'ai deja 6 filleuls cette année, je touche encore le bon de 25 euros ?", R, "4. Récompenses › 4.1 Pour la Bobine", "paragraph", 0, "fr", ""),
    ("ma copine a oublié de mettre mon code, elle peut le rajouter après sa commande ?", R, "5. Déroulement", "paragraph", 0, "fr", "paragraph that follows the numbered list"),
    ("Can the referral rules change during the year?", R, "7. Durée et modification", "paragraph", 0, "en", "cross-language"),
    ("qui peut être parrainé ? c'est quoi les conditions", R, "3. Qui peut être parrainé", "list", 0, "fr", ""),
    ("comment ça marche le parrainage fil à fil, étape par étape ?", R, "5. Déroulement", "list", 0, "fr", "list items numbered 1) 2) in the file"),
    ("qu'est-ce qui ne donne pas droit à récompense dans le parrainage ? les machines reconditionnées ça compte ?", R, "6. Exclusions", "list", 0, "fr", ""),
    # labo (md)
    ("le panel d'essai à domicile ça se passe comment ?", L, "Les trois formats › Le panel d'essai à domicile", "paragraph", 0, "fr", ""),
    ("j'ai pas été prise pour le dernier panel, j'aurai une chance au prochain ?", L, "Comment s'inscrire au Labo", "paragraph", 1, "fr", ""),
    ("What has the co-creation lab actually changed on the machines so far?", L, "Le principe", "paragraph", 1, "en", "cross-language"),
    ("si une photo d'un proto fuite je suis virée du cercle ??", L, "Confidentialité", "paragraph", 1, "fr", "'proto' for prototype"),
    ("au labo je m'engage à quoi niveau confidentialité ?", L, "Confidentialité", "list", 0, "fr", ""),
    ("on gagne quoi à participer au labo des bobines ?", L, "Ce que vous y gagnez", "list", 0, "fr", ""),
    ("le test de l'appli navette c'est quand et combien de places ?", L, "Projets ouverts en 2027", "table_row", "Application Navette", "fr", "Markdown pipe table"),
    # rencontres (html)
    ("les soirées point compté c'est quand ? et si je peux pas être là ?", E, "Les soirées « Point compté »", "paragraph", 0, "fr", "heading contains French guillemets"),
    ("je peux annuler mon inscription à un événement ?", E, "S'inscrire", "paragraph", 0, "fr", ""),
    ("est ce que je peux venir avec mes enfants aux portes ouvertes ?", E, "Accessibilité", "paragraph", 1, "fr", "answer sits under an unexpected heading"),
    ("on peut vendre nos créations à la fête de la N-100 ?", E, "Apporter son ouvrage", "paragraph", 0, "fr", ""),
    ("il se passe quoi pendant la journée portes ouvertes ? le programme", E, "Les portes ouvertes de l'usine", "list", 0, "fr", "numbered list"),
    ("je suis dé à coudre, mon billet de train pour un événement est remboursé ?", E, "Frais de déplacement", "list", 0, "fr", "memo-pratique-bobine.txt › Frais et remboursements answers it too (only the two top levels); gold is the per-level list here"),
    ("le marché de noël des créatrices c'est où et quand ?", E, "Les grands rendez-vous", "table_row", "27 novembre", "fr", ""),
    ("salon aiguilles & co : dates, lieu et combien de bobines au stand", E, "Les grands rendez-vous", "table_row", "18 au 21 mars", "fr", "calendrier-sollicitations-2027.pdf has the matching solicitation row (Mars) without the dates and place"),
    # welcome pack (docx, English)
    ("I live in Canada, how do I get my gifts?", W, "Living outside France › Gifts and shipping", "paragraph", 0, "en", ""),
    ("Are my travel costs refunded if I come over to France for an event?", W, "Living outside France › Events", "paragraph", 0, "en", ""),
    ("je vis en irlande, je peux parrainer une amie à Dublin ?", W, "Living outside France › Referrals", "paragraph", 0, "fr", "cross-language: French question over an English document; reglement-parrainage-fil-a-fil.txt › 3 gives the same countries as a list"),
    ("does Fil speak english? and what does it do if my machine is broken", W, "Talking to Fil", "paragraph", 0, "en", ""),
    ("I just joined, what should I do in my first month?", W, "Your first 30 days", "list", 0, "en", "numbered list"),
    ("c'est quoi le « Thimble » dans le welcome pack anglais ?", W, "Levels at a glance", "table_row", "Dé à coudre (Thimble)", "fr", "cross-language: French question over an English document"),
    # house rules (md, English)
    ("what happens if someone keeps breaking the rules on the discord?", H, "When rules are broken", "paragraph", 0, "en", ""),
    ("les modératrices bénévoles elles gagnent des points pour la modération ?", H, "Who moderates", "paragraph", 0, "fr", "cross-language: French question over an English document"),
    ("who do I contact at the weekend if my machine smells like burning?", H, "Who moderates", "paragraph", 1, "en", "the list under 'When to call a moderator' mentions the burning smell, but only this paragraph answers for weekends"),
    ("c quoi les règles du discord ?", H, "The rules", "list", 0, "fr", "cross-language: French question over an English document; numbered list"),
    ("when should I tag a moderator?", H, "Helping other members › When to call a moderator", "list", 0, "en", ""),
    ("what's the #labo channel for, can everyone use it?", H, "Channels", "table_row", "#labo", "en", ""),
    # plan d'animation (pdf, staff only)
    ("on en est où du taux de réponse et du délai moyen fin 2026 ?", P, "Bilan 2026 en bref", "paragraph", 0, "fr", "staff-only document"),
    ("le groupe nouvelles mains on le sollicite pour quoi en priorité ?", P, "Groupes de Bobines › Les Nouvelles Mains", "paragraph", 0, "fr", "staff-only document"),
    ("rappelle moi les règles anti-surcharge qu'on s'est fixées", P, "Règles anti-surcharge", "list", 0, "fr", "staff-only; list directly under its heading"),
    ("quels risques on doit surveiller sur le programme cette année ?", P, "Risques à surveiller", "list", 0, "fr", "staff-only"),
    ("objectif 2027 pour les filleuls devenus clients, et qui pilote ?", P, "Objectifs et indicateurs 2027", "table_row", "Recommandation", "fr", "staff-only; the row's first cell is the objective, the question names the indicator"),
    ("c'est quoi la cible de délai moyen de réponse pour 2027 ?", P, "Objectifs et indicateurs 2027", "table_row", "Réactivité", "fr", "staff-only; the Bilan paragraph also mentions the three-day target, the table row is the gold unit"),
    ("What's the 2027 budget for events and travel?", P, "Budget 2027", "table_row", "Événements et déplacements", "en", "staff-only; cross-language"),
    # procedure (txt, underlined, staff only)
    ("qui peut décider d'exclure une bobine, et dans quels cas ?", D, "Les trois situations › La sortie décidée par Navette", "paragraph", 0, "fr", "staff-only"),
    ("une ancienne bobine veut revenir, elle garde son niveau ?", D, "Revenir au Cercle", "paragraph", 0, "fr", "staff-only"),
    ("dans quels cas Fil doit transférer à un humain ?", D, "Quand Fil doit passer la main", "list", 0, "fr", "staff-only; the introducing sentence spans two lines and ends with ':'"),
    ("checklist à faire après le départ d'une bobine ?", D, "Après le départ", "list", 0, "fr", "staff-only; numbered list"),
]

UNANSWERABLE = [
    ("la garantie de la N-300 Duo c'est 2 ans ou 5 ans ?", "fr", "warranty is mentioned (kept when leaving) but its duration is never given"),
    ("la brodeuse B-2 coûtera combien à sa sortie ?", "fr", "B-2 appears in the calendar and the Labo, never with a price"),
    ("il y a un parking à l'usine de roubaix pour les portes ouvertes ?", "fr", "access by car is not described"),
    ("combien y a-t-il de Ciseaux d'or en ce moment ?", "fr", "level thresholds exist, headcount per level does not"),
    ("l'entrée du salon aiguilles & co est payante pour les visiteurs ?", "fr", "only the Bobines' places and expenses are described"),
    ("à quelle heure commence la fête des dix ans de la N-100 ?", "fr", "date and place given, no time"),
    ("c'est qui l'ingénieure qui s'occupe des panels d'essai ?", "fr", "'l'ingénieure responsable' is mentioned without a name"),
    ("quelle huile je dois mettre pour graisser ma N-100 ?", "fr", "maintenance is not in the program documents"),
    ("les points et bons d'achat sont-ils à déclarer aux impôts ?", "fr", "tax treatment never discussed"),
    ("Fil garde nos conversations combien de temps ?", "fr", "only contribution data retention (3 years, staff procedure) and referral data are stated, not chat logs"),
    ("le comité produit c'est combien de personnes ?", "fr", "meets three times a year in Roubaix; size never given"),
    ("l'emplacement au marché de noël de lyon est payant pour les exposantes ?", "fr", "12 places for exhibitors, no fee mentioned"),
    ("le budget du cercle en 2026 c'était combien ?", "fr", "staff plan gives the 2027 budget only"),
    ("est-ce qu'il existe une version espagnole du programme ?", "fr", "only French and English are mentioned"),
    ("la surjeteuse S-5 elle vaut combien ?", "fr", "no prices of machines in the documents"),
    ("qui a gagné le vote coup de cœur l'an dernier à la fête ?", "fr", "the vote is described for 2027, no past winners"),
    ("Is there a Bobines meetup in London this year?", "en", "events are in France or online; none in the UK"),
    ("Who is the CEO of Navette & Cie?", "en", "management is mentioned ('la direction') but never named"),
    ("How much does it cost to send my overlocker from Ireland for repair?", "en", "repair logistics are not covered, only gift shipping"),
    ("What was the members' NPS in the June survey?", "en", "the staff plan schedules a June NPS survey; no figure exists"),
]
