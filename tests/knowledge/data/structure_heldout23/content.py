# -*- coding: utf-8 -*-
"""Content of the 12 documents (mini markup read by gen.py).

T: title / R: readership line / #, ##, ### headings (levels below the title)
P[key]: paragraph / UL[key] or OL[key] followed by "- item" lines / TB[key] followed by "| a | b |" rows (first = header)
"""

DOCS = {}

DOCS["guide-des-niveaux.md"] = ("fr", "all", """
T: Guide des points et des niveaux du Cercle des Pignes
R: Pour tous les membres du Cercle des Pignes — version de mars 2027, remplace le guide de 2026.
# Comment on gagne des points
P[pts-intro]: Chaque contribution validée par l'équipe du Cercle rapporte des points. La validation se fait en général dans la semaine, par Marion ou par le gérant du camping concerné. Les points apparaissent ensuite dans votre espace membre et sur le Discord, avec la commande /mespoints.
## Barème des contributions
P: Le barème ci-dessous s'applique de la même façon dans les huit campings du réseau :
TB[bareme]
| Contribution | Points | Plafond |
| Avis en ligne (Google, sites de réservation) | 10 | 3 par séjour |
| Témoignage écrit pour le site | 25 | aucun |
| Témoignage vidéo | 60 | 2 par an |
| Parrainage d'une famille qui séjourne | 80 | 5 par an |
| Réponse utile sur le Discord | 5 | 20 par mois |
| Participation à une Journée chantier | 50 | aucun |
| Idée retenue et réalisée par un camping | 40 | aucun |
## Ce qui ne rapporte pas de points
P: Certaines actions sont les bienvenues mais restent hors barème, pour garder l'esprit du Cercle :
UL[hors-bareme]
- les partages de publications sans commentaire personnel
- les avis laissés par quelqu'un d'autre que vous avec votre code
- les séjours eux-mêmes : on ne gagne pas de points en dépensant
- les messages de bienvenue postés automatiquement sur le Discord
# Les quatre niveaux
P[niveaux-intro]: Les niveaux portent des noms tirés de la forêt landaise. On monte de niveau dès que le seuil est atteint, sans attendre la fin de l'année, et on ne redescend jamais en cours d'année.
TB[niveaux]
| Niveau | Seuil | Ce qui change |
| Brindille | 0 point | accès au Discord et à la Gazette |
| Pigne | 150 points | remise de 5 % et soirées grillade |
| Résinier | 400 points | remise de 10 % et réservation anticipée |
| Grand Pin | 900 points | remise de 15 % et Conseil des campeurs |
## Avantages détaillés du niveau Résinier
P: En plus de la remise sur les séjours, le niveau Résinier donne accès à :
UL[resinier]
- la réservation anticipée 48 heures avant l'ouverture publique du planning d'été
- un emplacement choisi sur plan, sans supplément, pour un séjour par an
- le kit Résinier (gourde, tablier de grillade et écusson brodé)
- une invitation aux Rencontres de la Dune pour deux adultes
## Avantages détaillés du niveau Grand Pin
P[grandpin]: Les Grands Pins siègent au Conseil des campeurs, qui se réunit deux fois par an avec Hélène et Pierre Dufau pour discuter des travaux, des nouveautés et des tarifs. Ils reçoivent aussi une nuit offerte par saison dans l'hébergement de leur choix, hors juillet-août, et leur prénom est gravé sur le grand panneau en bois à l'accueil de leur camping préféré.
# Remise à zéro et années de programme
P[raz]: L'année du Cercle court du 1er novembre au 31 octobre. Au 1er novembre, les compteurs de points repartent à zéro, mais vous gardez le niveau atteint pendant toute l'année suivante. Si vous n'atteignez pas à nouveau le seuil, vous redescendez d'un seul niveau, jamais plus.
## Cas particuliers
P: Trois situations reviennent souvent dans vos questions :
OL[cas]
- Un parrainage dont le séjour a lieu après le 31 octobre compte pour l'année où la réservation a été faite.
- Les points d'un couple ou d'une famille ne se cumulent pas : chaque membre inscrit a son propre compteur.
- Une contribution refusée peut être modifiée puis proposée à nouveau, une seule fois.
P: Pour toute autre situation, écrivez dans le salon #questions du Feu de Camp ou directement à Marion, qui tranche au cas par cas et vous répond dans la semaine.
""")

DOCS["charte-du-cercle.md"] = ("fr", "all", """
T: Charte du Cercle des Pignes
R: Pour tous les Pignes, anciens comme nouveaux. À relire au moins une fois par saison !
# Pourquoi le Cercle existe
P[raison]: Lou Pinhadar, ce sont huit campings tenus par des familles, entre la dune et les coteaux. Le Cercle des Pignes réunit les campeurs qui reviennent chez nous année après année et qui ont envie d'en parler autour d'eux. Notre idée est simple : une famille qui raconte ses vacances avec ses propres mots vaut mieux que n'importe quelle campagne de publicité.
# Nos engagements envers vous
P: En rejoignant le Cercle, vous pouvez compter sur l'équipe pour :
UL[engagements]
- ne jamais vous solliciter plus de deux fois par mois
- vous laisser refuser une demande sans avoir à vous justifier
- relire avec vous tout témoignage avant sa publication
- ne jamais modifier vos mots sans votre accord
- vous répondre sous 72 heures sur le Discord ou par e-mail
# Vos engagements envers le Cercle
## Rester authentique
P[authentique]: On ne vous demandera jamais de dire du bien d'un camping où vous n'êtes pas allé, ni de cacher ce qui vous a déplu. Un avis honnête avec un petit reproche vaut mieux qu'un avis parfait qui sonne faux. Si vous avez reçu un cadeau ou une remise, mentionnez-le dans vos avis publics : c'est la loi, et c'est surtout une question de confiance.
## Respecter les autres campeurs
P: Quelques règles de vie s'appliquent dès que vous parlez au nom du Cercle :
UL[regles]
- pas de photo d'enfants d'autres familles sans l'accord des parents
- pas de démarchage des campeurs sur place pour le parrainage
- pas de publication de l'adresse exacte de votre emplacement
- pas de critique nominative du personnel saisonnier en public
# Quitter le Cercle
P[quitter]: Vous pouvez quitter le Cercle quand vous le souhaitez, d'un simple message à Marion ou avec la commande /quitter sur le Discord. Vos points restent acquis jusqu'à la fin de l'année du programme, au cas où vous changeriez d'avis. Vos témoignages déjà publiés restent en ligne, sauf si vous demandez leur retrait : nous les retirons alors sous quinze jours.
## Si la charte n'est pas respectée
P: En cas de problème, l'équipe procède toujours dans cet ordre :
OL[sanctions]
- un échange privé avec Marion pour comprendre ce qui s'est passé
- un rappel écrit de la charte si la situation se répète
- une suspension de trois mois des avantages liés au niveau
- en dernier recours, la sortie du Cercle, décidée par les deux familles fondatrices
P[client]: Quoi qu'il arrive, vous restez nos campeurs : sortir du Cercle ne change rien à vos réservations en cours ni au tarif auquel vous avez droit comme client fidèle.
# Données personnelles
P[rgpd]: Nous conservons votre nom, votre adresse e-mail, votre pseudo Discord et l'historique de vos contributions, uniquement pour faire vivre le programme. Rien n'est revendu ni prêté. Un assistant automatique aide l'équipe à envoyer les rappels sur le Discord ; il se présente comme tel et vous pouvez demander à n'échanger qu'avec un humain. Pour consulter ou effacer vos données, écrivez à cercle@loupinhadar.fr.
P: Cette charte a été écrite avec les premiers Pignes lors des Rencontres de la Dune. Elle évolue avec vous : vos propositions de modification sont lues par l'équipe et discutées chaque année au Conseil des campeurs.
""")

DOCS["staff-handbook-en.md"] = ("en", "staff", """
T: Lou Pinhadar Staff Handbook: Cercle Members on Site
R: Internal document — site managers and seasonal reception staff only. Please do not forward it to members.
# Why this matters at reception
P[why]: Most of our Pignes arrive in July and August, when reception is at its busiest. They expect to be recognised, not treated as VIPs. A warm word and the right information matter more to them than any gift, and a member who feels ignored at check-in rarely writes that glowing review.
# Recognising a member
## Check-in
P[checkin]: At check-in, the booking screen shows a small pine-cone icon next to the name of every member of the Cercle. Hover over it to see their level. Do not ask guests whether they are "ambassadors"; if they mention the Cercle, thank them by their first name and hand over the welcome card that matches their level.
## Level benefits you apply yourself
P: Reception staff can apply the following benefits directly, without calling Marion:
UL[staff-benefits]
- the 5, 10 or 15 % member discount on extras (bike hire, bread delivery, laundry tokens)
- a late checkout until 2 pm for Résinier and Grand Pin members, if the pitch is not rebooked that day
- free entry to the Thursday grill evening for Pigne members and above
- the choice of pitch on the map for Résinier members, once per year (check the flag on the booking)
# Logging contributions seen on site
P[logging]: If a member helps during a Journée chantier, runs a children's activity or shows newcomers around, note it in the "Cercle" tab of the booking within 24 hours. Marion validates the points at the end of the week. Never promise a member a specific number of points.
## What not to log
P: Please do not log the following, even if the member insists:
UL[notlog]
- reviews they say they will write later
- referrals of families who have not stayed yet
- help given to staff by someone employed by us during paid hours
# Complaints from members
P[complaints]: A member who complains is first and foremost a customer. Handle the complaint as you would for any guest, then tell Marion the same day in the #staff-cercle Slack channel. Do not mention the program, points or levels while the issue is open, and never threaten anyone with losing their level.
## Escalation contacts
TB[contacts]
| Situation | Who to contact | When |
| Complaint about safety or a pitch | Site manager on duty | Immediately |
| Question about points or levels | Marion Dufau | Same day |
| Member unhappy with Discord moderation | Julien Etcheverry | Within 48 h |
| Press or influencer request | Hélène Dufau | Before answering anything |
| Data or privacy request | Baptiste Lartigue | Within 72 h |
# Over-solicitation
P[oversolicit]: Some members love helping and will say yes to everything. The rule is two requests per month per member, all sites combined. Before asking a member for a video or a tour, check the solicitation counter in the Cercle tab; if it already shows 2, ask someone else, even if that member is on site and happy to help.
P: When in doubt about anything in this handbook, ask your site manager first, then Marion. It is always better to check than to improvise a rule in front of a guest.
""")

DOCS["discord-feu-de-camp.txt"] = ("fr", "all", """
T: Le Feu de Camp : guide du Discord des Pignes
R: Pour tous les membres du Cercle qui rejoignent le serveur Discord (mis à jour en février 2027).
# Rejoindre le serveur
P[rejoindre]: Le lien d'invitation vous est envoyé par e-mail le lendemain de votre inscription au Cercle. Il est personnel et expire au bout de sept jours ; si vous l'avez laissé passer, demandez-en un nouveau à cercle@loupinhadar.fr. À l'arrivée, le bot vous demande votre nom de famille et le camping où vous séjournez le plus souvent, pour vous attribuer le bon rôle.
# Les salons
## Salons ouverts à tous
P: Dès le niveau Brindille, vous avez accès aux salons suivants :
UL[salons]
- #bienvenue, pour vous présenter
- #questions, pour tout ce qui concerne le programme
- #photos-de-vacances, une photo par jour et par membre
- #coin-des-enfants, animé par les parents (dessins, jeux, défis)
- #petites-annonces, pour le covoiturage et le prêt de matériel entre Pignes
## Salons réservés
P[salons-reserves]: Le salon #conseil-des-campeurs n'est visible que des Grands Pins et de l'équipe. Le salon #early-booking s'ouvre pour les Résiniers et les Grands Pins deux jours avant l'ouverture des réservations d'été, puis se referme. Le salon #chantier n'apparaît que pendant les inscriptions aux Journées chantier.
# Le bot Pignou
P[bot]: Pignou est l'assistant automatique du serveur. Il vous rappelle les demandes en cours, enregistre ce que vous avez fait et vous donne votre solde de points. Ce n'est pas une personne : pour une réclamation, une question sur un séjour ou tout sujet délicat, il passe la main à Marion ou à Julien.
## Commandes utiles
TB[commandes]
| Commande | Ce qu'elle fait | Qui peut l'utiliser |
| /mespoints | affiche votre solde et votre niveau | tous les membres |
| /jaifait | déclare une contribution à valider | tous les membres |
| /demandes | liste les sollicitations en cours | tous les membres |
| /pause | suspend les rappels pendant 30 jours | tous les membres |
| /quitter | lance la sortie du Cercle | tous les membres |
| /valider | valide une contribution déclarée | équipe uniquement |
# Règles du serveur
P: Le Feu de Camp doit rester un lieu de vacances. Quatre règles pour que ça dure :
OL[regles-discord]
- On se tutoie ou on se vouvoie, mais on reste aimable.
- Pas de publicité pour d'autres campings ou hébergements.
- Pas de débat politique ni religieux.
- Les photos d'enfants sont floutées, sauf celles de vos propres enfants.
## Modération
P[moderation]: Julien Etcheverry modère le serveur avec l'aide de deux Grands Pins bénévoles. Un message qui enfreint les règles est masqué, puis son auteur reçoit un message privé qui explique pourquoi. Au bout de trois avertissements dans la même année, l'accès au serveur est suspendu pendant un mois.
P: Une question sur ce guide ? Posez-la dans #questions : un membre ou l'équipe vous répondra, en général dans la journée.
""")

DOCS["gazette-mode-emploi.txt"] = ("fr", "all", """
T: La Gazette de l'Airial, mode d'emploi
R: Pour tous les Pignes qui lisent la Gazette… ou qui ont envie d'y écrire.
# Ce qu'est la Gazette
P[gazette-quoi]: La Gazette de l'Airial est la lettre des Pignes. Elle part par e-mail le premier mardi de chaque mois, sauf en août, quand toute l'équipe est prise par les campings. On y trouve des nouvelles des huit campings, les dates à retenir, les demandes du moment et, surtout, des textes écrits par les membres eux-mêmes.
# Les rubriques
P: Chaque numéro suit à peu près le même sommaire :
UL[rubriques]
- « Le mot des familles », écrit à tour de rôle par un gérant de camping
- « Carnet de route », le récit de séjour d'un Pigne
- « La recette du feu de camp », une recette simple à faire au réchaud
- « On a besoin de vous », les sollicitations du mois
- « Le coin des Grands Pins », un compte rendu du Conseil des campeurs
# Écrire pour la Gazette
## Proposer un texte
P[proposer]: Tout membre peut proposer un Carnet de route ou une recette. Envoyez votre texte à gazette@loupinhadar.fr avant le 15 du mois pour le numéro suivant. Un Carnet de route fait entre 200 et 400 mots ; on préfère un texte court et vivant à un texte long et complet.
## Les photos
P: Vos photos sont les bienvenues, à trois conditions :
OL[photos]
- vous en êtes l'auteur ou l'autrice
- les personnes reconnaissables ont donné leur accord
- le fichier fait au moins 1600 pixels de large
## Relecture
P[relecture]: Marion relit chaque texte et peut proposer des coupes ou corriger l'orthographe. Elle ne change jamais le sens de ce que vous avez écrit, et vous recevez la version finale avant l'envoi. Un texte publié rapporte 25 points, comme un témoignage écrit pour le site.
# Les numéros spéciaux de 2027
P: Certains numéros sont consacrés à un thème, avec une date limite avancée pour les textes :
TB[calendrier]
| Numéro | Thème | Textes attendus avant le |
| Mars | l'ouverture des campings | 15 février |
| Avril | les Journées chantier | 15 mars |
| Juin | spécial jeunes campeurs | 10 mai |
| Septembre | retour de vacances | 20 août |
| Novembre | les Rencontres de la Dune | 15 octobre |
# Se désabonner
P[desabo]: Un lien de désabonnement figure en bas de chaque Gazette. Se désabonner ne fait pas sortir du Cercle et ne coûte aucun point ; vous pouvez aussi choisir, depuis votre espace membre, de ne recevoir que les numéros spéciaux.
P: Et si la Gazette vous manque pendant l'été, les anciens numéros restent consultables dans le salon #gazette du Feu de Camp, classés par année.
""")

DOCS["journees-chantier.txt"] = ("fr", "all", """
T: Journées chantier de printemps
R: Pour tous les Pignes, de Brindille à Grand Pin, qui veulent mettre la main à la pâte avant l'ouverture.
# LE PRINCIPE
P[principe]: Chaque printemps, avant l'ouverture, les campings du réseau accueillent les Pignes pour une journée de travaux et de préparation. C'est un moment de co-construction : on repeint, on plante, on répare, et on discute de ce qui pourrait changer pour la saison. Personne n'est payé, personne n'est obligé, et le repas de midi est offert par la famille qui reçoit.
# LE CALENDRIER 2027
P: Chaque camping fixe sa date et le nombre de places selon les chantiers prévus :
TB[dates]
| Camping | Date | Places |
| L'Airial | samedi 10 avril | 25 |
| Les Lagunes | samedi 17 avril | 20 |
| La Palombière | dimanche 18 avril | 15 |
| Le Gave | samedi 24 avril | 12 |
| Les Berges du Lot | samedi 1er mai | 18 |
## S'inscrire
P[inscrire]: Les inscriptions ouvrent un mois avant chaque date dans le salon #chantier du Feu de Camp. On peut venir en famille ; les enfants de moins de douze ans restent sous la responsabilité de leurs parents et ne participent qu'aux ateliers plantation et peinture.
## Quoi apporter
P: Pensez à prendre avec vous :
UL[apporter]
- des gants de jardinage et de vieux vêtements
- une gourde (il y a de l'eau sur place, mais pas de bouteilles en plastique)
- une lampe frontale si vous restez pour la soirée
- vos idées pour la saison, notées si possible sur papier
# LE DÉROULÉ DE LA JOURNÉE
P: D'un camping à l'autre, la journée suit le même rythme :
OL[deroule]
- accueil café et répartition des équipes à 9 h
- chantiers du matin jusqu'à midi
- repas partagé avec la famille du camping
- atelier d'idées de 14 h à 15 h 30
- chantiers de l'après-midi puis apéritif de clôture
## L'atelier d'idées
P[atelier]: Pendant l'atelier, les gérants présentent les projets de la saison et recueillent vos avis. Les idées sont notées sur un grand tableau, puis transmises au Conseil des campeurs. Une idée retenue et réalisée rapporte 40 points à la personne ou à la famille qui l'a proposée.
# APRÈS LA JOURNÉE
P[apres]: La participation rapporte 50 points, validés dans la semaine par le gérant. Ceux qui viennent de loin peuvent dormir sur place la veille ou le soir même, dans un hébergement encore libre, sans frais.
## Si la journée est annulée
P[annulee]: En cas d'alerte météo, le gérant prévient les inscrits dans le salon #chantier au plus tard la veille à 18 h. La journée est alors reportée au week-end suivant quand c'est possible ; les points sont accordés à ceux qui viennent à la nouvelle date.
""")

DOCS["rencontres-de-la-dune-2027.pdf"] = ("fr", "all", """
T: Rencontres de la Dune 2027
R: Pour tous les membres du Cercle des Pignes — programme provisoire, susceptible de bouger un peu.
# Un week-end pour se retrouver
P[presentation]: Les Rencontres de la Dune réunissent chaque automne les Pignes des huit campings, les familles fondatrices et l'équipe du Cercle. En 2027, elles ont lieu du vendredi 8 au dimanche 10 octobre au camping L'Airial, à Mimbaste-Plage. C'est l'occasion de se rencontrer en vrai, de faire le bilan de la saison et de préparer la suivante.
# Qui peut venir
P[qui]: Tous les membres sont les bienvenus, quel que soit leur niveau. Les Résiniers et les Grands Pins sont invités avec un accompagnant : hébergement et repas leur sont offerts. Les Brindilles et les Pignes paient leur hébergement au tarif hors saison, les repas du samedi restant offerts à tous.
# Programme
## Vendredi 8 octobre
P[vendredi]: Arrivée à partir de 16 h. Le soir, grande grillade autour du feu avec les produits des fermes voisines, puis veillée de contes gascons pour les enfants et ceux qui ont gardé une âme d'enfant.
## Samedi 9 octobre
TB[samedi]
| Horaire | Activité | Lieu |
| 9 h 30 | Bilan de la saison par Hélène Dufau | Salle de l'Airial |
| 11 h | Ateliers en petits groupes | Sous les pins |
| 13 h | Déjeuner landais | Grande tablée |
| 15 h | Balade sur la dune avec un garde du littoral | Départ de l'accueil |
| 18 h | Remise des écussons Grand Pin | Théâtre de verdure |
| 20 h 30 | Bal gascon | Salle de l'Airial |
## Dimanche 10 octobre
P[dimanche]: Matinée libre : marché de Mimbaste ou baignade pour les plus courageux. Un brunch clôt le week-end à 11 h ; les départs se font avant 15 h.
# Les ateliers du samedi
P: Chaque participant choisit un atelier au moment de l'inscription :
UL[ateliers]
- Imaginer les animations de l'été 2028
- Mieux accueillir les familles étrangères
- Écrire à plusieurs un Carnet de route pour la Gazette
- Tester la nouvelle application de réservation
# Inscription et infos pratiques
P: Pour vous inscrire, trois étapes :
OL[inscription]
- Remplir le formulaire envoyé avec la Gazette de septembre.
- Choisir votre atelier et votre hébergement.
- Confirmer votre venue dans le salon #rencontres du Feu de Camp.
P[pratique]: Les inscriptions ferment le 20 septembre. Les animaux sont acceptés en laisse, sauf dans la salle de l'Airial. Pour venir en train, une navette attend les participants à la gare de Saint-Aubin-des-Landes le vendredi à 17 h 30.
""")

DOCS["avantages-sejours.pdf"] = ("fr", "all", """
T: Vos avantages sur les séjours
R: Pour tous les Pignes qui réservent dans un camping Lou Pinhadar. Valable pour la saison 2027.
# Les remises par niveau
P[remises-intro]: Les remises s'appliquent à l'hébergement et à l'emplacement, pour le membre et pour les personnes inscrites sur la même réservation. Elles ne s'appliquent ni à la taxe de séjour ni aux activités proposées par des prestataires extérieurs.
TB[remises]
| Niveau | Hors juillet-août | Juillet-août |
| Brindille | aucune remise | aucune remise |
| Pigne | 5 % | 5 % |
| Résinier | 10 % | 7 % |
| Grand Pin | 15 % | 10 % |
## Cumul avec d'autres offres
P[cumul]: La remise du Cercle ne se cumule pas avec les offres « dernière minute » ni avec les tarifs comités d'entreprise. Elle se cumule en revanche avec la réduction « séjour long » de 7 nuits et plus. En cas de doute, la réception applique l'offre la plus avantageuse pour vous.
# La réservation anticipée
P[early]: Chaque année, le planning d'été ouvre au public le premier lundi de décembre. Les Résiniers et les Grands Pins peuvent réserver 48 heures avant, dans le salon #early-booking du Feu de Camp ou par téléphone auprès de leur camping.
## Conditions
P: La réservation anticipée obéit à quelques règles :
UL[early-cond]
- une seule réservation anticipée par membre et par été
- pas plus de deux semaines consécutives
- un acompte de 30 % à verser sous cinq jours
- une réservation au nom du membre, qui doit être présent pendant le séjour
# Les petits plus sur place
P: Selon votre niveau, vous profitez aussi sur place de :
UL[plus]
- pain et croissants livrés le premier matin (dès Pigne)
- jetons de lavage pour une machine par semaine (dès Résinier)
- départ tardif à 14 h si l'emplacement est libre (Résinier et Grand Pin)
- une nuit offerte par saison hors juillet-août (Grand Pin)
# Annulation
P[annulation]: Les conditions d'annulation sont les mêmes pour tous les clients. Seule différence pour les membres du Cercle : si vous annulez plus de 30 jours avant l'arrivée, l'acompte est transformé en avoir valable deux ans dans n'importe quel camping du réseau, au lieu d'être en partie retenu.
## Parrainage et séjour
P[parrain-sejour]: Quand une famille que vous avez parrainée séjourne dans le même camping que vous la même semaine, vous recevez tous les deux un panier de produits locaux à l'arrivée. Le panier est préparé par le camping : pensez à le demander à l'accueil.
""")

DOCS["parrainage-et-avis.docx"] = ("fr", "all", """
T: Parrainer une famille et laisser des avis
R: Pour tous les membres du Cercle des Pignes, quel que soit leur niveau.
# Le parrainage
## Comment ça marche
P[parrainage]: Chaque membre dispose d'un code de parrainage personnel, visible dans son espace membre et avec la commande /mespoints. La famille parrainée saisit ce code au moment de réserver en ligne, ou le donne par téléphone. Le parrainage est validé quand la famille a effectué son séjour, pas au moment de la réservation.
## Ce que reçoit chacun
TB[recompenses]
| Qui | Récompense | Quand |
| Le parrain ou la marraine | 80 points | après le séjour de la famille parrainée |
| La famille parrainée | 10 % sur son premier séjour | à la réservation |
| Le camping qui accueille | une fiche « famille parrainée » | à l'arrivée de la famille |
## Limites
P: Pour garder l'esprit du programme, le parrainage a quelques limites :
UL[limites]
- cinq parrainages récompensés au maximum par année de programme
- pas de parrainage de votre propre foyer ni d'une personne qui vit chez vous
- une famille ne peut être parrainée qu'une fois, par le premier code saisi
# Les avis en ligne
P[avis-pourquoi]: Les avis comptent énormément pour des campings familiaux qui n'ont pas de budget publicitaire. Un avis détaillé, avec une ou deux photos, aide une famille qui hésite bien plus qu'une note de cinq étoiles sans un mot.
## Où laisser un avis
P: Nous vous conseillons, dans cet ordre :
OL[ou-avis]
- la fiche Google du camping où vous avez séjourné
- le site de réservation par lequel vous êtes passé, s'il y en a un
- les guides spécialisés de camping que vous utilisez déjà
## Ce qu'il faut écrire
P[avis-ecrire]: Racontez votre séjour avec vos mots : l'emplacement, l'accueil, les animations, ce que vos enfants ont aimé. Mentionnez que vous êtes membre du Cercle des Pignes. Si quelque chose ne vous a pas plu, dites-le aussi, calmement : le gérant répondra publiquement, et c'est souvent ce qui rassure le plus les futurs clients.
## Déclarer un avis
P[declarer]: Une fois l'avis publié, tapez /jaifait sur le Discord et collez le lien. Chaque avis rapporte 10 points, dans la limite de trois par séjour. Les avis publiés plus de deux mois après la fin du séjour restent les bienvenus, mais ils ne rapportent pas de points.
# Les témoignages
P[temoignages]: Certains membres acceptent d'aller plus loin : écrire un témoignage pour le site ou tourner une courte vidéo. Marion vous contacte directement quand un camping a besoin d'un témoignage ; vous êtes libre de refuser, sans aucune conséquence sur votre niveau.
## Vidéo : les conseils de Julien
P: Pour une vidéo réussie, Julien recommande de :
UL[video]
- filmer à l'horizontale, à la lumière du matin ou du soir
- parler moins d'une minute, sans texte appris par cœur
- montrer un coin du camping que vous aimez vraiment
- éviter d'avoir d'autres campeurs dans le champ
""")

DOCS["pilotage-programme-2027.docx"] = ("fr", "staff", """
T: Pilotage du Cercle des Pignes : feuille de route 2027
R: Document interne — équipe du Cercle et gérants des campings uniquement. Ne pas diffuser sur le Discord.
# Raison d'être
P[raison-interne]: Le Cercle existe pour que les campeurs fidèles racontent eux-mêmes ce que sont nos campings : des lieux tenus par des familles, simples, où l'on revient. Il n'a pas vocation à remplacer la publicité, mais à lui donner une voix crédible.
# Objectifs 2027
P: Pour la saison 2027, les deux familles fondatrices ont retenu les objectifs et indicateurs suivants :
TB[objectifs]
| Objectif | Indicateur | Cible 2027 |
| Faire venir de nouvelles familles | séjours issus d'un parrainage | 320 |
| Garder des membres actifs | part des membres ayant contribué dans l'année | 60 % |
| Améliorer la visibilité en ligne | avis publiés par des membres | 900 |
| Ne pas épuiser les plus motivés | délai moyen de réponse à une sollicitation | moins de 5 jours |
| Fidéliser | membres qui conservent leur niveau d'une année sur l'autre | 70 % |
# Organisation de l'équipe
## Rôles
P: L'équipe du Cercle se répartit le travail ainsi :
UL[roles]
- Marion Dufau : responsable du Cercle, calendrier des sollicitations, validation des points
- Julien Etcheverry : animation et modération du Feu de Camp, vidéos
- Baptiste Lartigue : fichier des membres, tableaux de bord, demandes RGPD
- Hélène Dufau : arbitrages, relations presse, Conseil des campeurs
## Rituel hebdomadaire
P[rituel]: Chaque lundi à 10 h, Marion, Julien et Baptiste font un point de trente minutes en visio. Ils passent en revue les sollicitations de la semaine, les contributions à valider et la liste des membres qui n'ont rien fait depuis six mois. Les gérants y sont invités s'ils ont une demande urgente.
# Règles de sollicitation
P[rotation]: Aucun membre ne reçoit plus de deux demandes par mois, tous campings confondus. Les demandes tournent : on commence par les membres qui n'ont pas été sollicités depuis le plus longtemps, et pas seulement par les plus actifs. Un refus ne compte pas dans le plafond, mais trois refus de suite déclenchent une pause automatique de deux mois.
## Demandes urgentes
P: Quand un gérant a besoin d'un témoignage en moins d'une semaine :
OL[urgence]
- il en parle d'abord à Marion, jamais directement aux membres
- Marion cherche parmi les membres déjà sur place ou attendus dans la semaine
- si personne n'est disponible, la demande est reportée et non forcée
# Membres qui s'éloignent
P[eloignement]: Un membre sans contribution depuis six mois reçoit un message personnel de Marion, pas un rappel automatique. Sans réponse au bout d'un an, il passe en statut « en sommeil » : il garde son niveau jusqu'à la fin de l'année mais ne reçoit plus de sollicitations. On ne supprime jamais un membre sans l'avoir prévenu.
## Renouvellement des avantages
P[renouvellement]: Les avantages et le barème sont revus chaque année en novembre, à partir du bilan des Rencontres de la Dune et d'un questionnaire envoyé à tous les membres. En 2027, l'équipe teste le remplacement du kit Résinier par une nuit en cabane perchée dans deux campings.
""")

DOCS["cercle-des-pignes.html"] = ("fr", "all", """
T: Le Cercle des Pignes, le club des campeurs fidèles de Lou Pinhadar
R: Page publique : pour tous nos campeurs, déjà membres du Cercle ou curieux de le devenir.
# Qu'est-ce que le Cercle ?
P[quoi]: Le Cercle des Pignes est le programme des campeurs qui aiment nos campings et ont envie de le faire savoir. Ses membres, qu'on appelle les Pignes, partagent leurs souvenirs, parrainent des familles, donnent leur avis sur les projets des campings et se retrouvent sur un Discord privé, le Feu de Camp. L'adhésion est gratuite.
# Qui peut rejoindre le Cercle ?
P: Pour rejoindre le Cercle, il faut :
UL[conditions]
- avoir séjourné au moins deux fois dans un camping Lou Pinhadar
- être majeur (les enfants participent avec leurs parents)
- accepter la charte du Cercle des Pignes
P[invitation]: La plupart des membres sont invités par le gérant de leur camping à la fin d'un séjour. Vous pouvez aussi demander à entrer : remplissez le formulaire en bas de page et l'équipe vous répond sous deux semaines.
# Ce que l'on y gagne
## Pour vous
P[pourvous]: Des remises sur vos séjours, un accès anticipé aux réservations d'été pour les membres les plus investis, des soirées et des rencontres entre campeurs, et le plaisir de voir vos idées prendre forme dans un camping que vous aimez.
## Pour les campings
P[pourcampings]: Des familles qui parlent de nous mieux que n'importe quelle publicité, des avis sincères, et des conseils précieux pour améliorer l'accueil d'une saison à l'autre.
# Les niveaux en bref
TB[niveaux-public]
| Niveau | Comment l'atteindre | Exemple d'avantage |
| Brindille | dès l'inscription | la Gazette de l'Airial chaque mois |
| Pigne | 150 points | les soirées grillade du jeudi |
| Résinier | 400 points | réserver l'été avant tout le monde |
| Grand Pin | 900 points | siéger au Conseil des campeurs |
# Les campings du réseau
P: Le Cercle est ouvert dans les huit campings du réseau :
UL[campings]
- L'Airial, à Mimbaste-Plage
- Les Lagunes, à Saint-Paul-des-Sables
- La Palombière, à Sore-en-Lande
- Le Gave, à Sauvelade-sur-Gave
- Les Berges du Lot, à Castelmoron-d'Olt
- Le Bassin, à Port-Cazaux
- Les Bruyères, à Brocas-le-Vieux
- La Bastide, à Monflanquet-le-Haut
# Questions fréquentes
## Faut-il payer pour entrer ?
P[gratuit]: Non. Le Cercle est entièrement gratuit et le restera. Aucune carte, aucune cotisation, aucun achat minimum.
## Suis-je obligé de publier sur les réseaux sociaux ?
P[reseaux]: Non plus. Beaucoup de Pignes ne publient jamais rien en ligne : ils parrainent, participent aux Journées chantier ou aident les nouveaux sur le Discord. Chacun contribue comme il veut, quand il peut.
""")

DOCS["welcome-pack-en.html"] = ("en", "all", """
T: Welcome to the Cercle des Pignes: a guide for our international members
R: For all members of the Cercle who prefer English — our Dutch, German, British and Belgian campers.
# The program in a few words
P[en-intro]: The Cercle des Pignes is the ambassador club of Lou Pinhadar, eight family-run campsites in the south-west of France. Members are called Pignes (pine cones, in the local French). You earn points when you share your experience, refer a family or help other members, and the points unlock levels with real benefits on your stays.
# Speaking English in the Cercle
P[en-language]: Most of the program happens in French, but you are never left out. The Discord server has an #english-corner channel, the assistant bot Pignou answers in English if you write to it in English, and Julien, who moderates the server, speaks English and Spanish.
## What is translated
P: The following are available in English:
UL[en-translated]
- this welcome pack
- the charter of the Cercle
- the registration form for the Rencontres de la Dune
- a summary of each issue of the Gazette, at the bottom of the French text
## What is not translated yet
P[en-nottranslated]: The full Gazette, the points guide and the document on stay benefits exist only in French for now. If something is unclear, ask in #english-corner: another member or the team will explain it in English the same day.
# Your first steps
P: We suggest you start like this:
OL[en-steps]
- Join the Feu de Camp Discord with the link sent by e-mail.
- Introduce yourself in #bienvenue, in English if you like.
- Leave a review of your last stay and log it with /jaifait.
- Tell us which campsite you visit most, so the site manager can greet you.
# Referring friends from abroad
P[en-referral]: Referrals work the same way from any country: the family you refer enters your code when booking and gets 10 % off their first stay. Because many international guests book through travel agencies, referrals made through an agency cannot be counted, so ask your friends to book directly on our website.
# Practical differences for international members
TB[en-diff]
| Topic | French-speaking members | International members |
| Newsletter | full Gazette in French | French Gazette with an English summary |
| Discord help | #questions | #english-corner |
| Phone support | in French every day | in English on Tuesdays and Fridays |
| Shuttle to events | from the local train station | also from the regional airport on request |
P: We are very happy to count you among the Pignes. See you under the pines, and do not hesitate to say hello to Julien in #english-corner!
""")

EXTRA = {}

EXTRA["charte-du-cercle.md"] = """
# Et les enfants ?
P[enfants]: Les enfants ne sont pas membres du Cercle, mais ils en sont souvent les meilleurs ambassadeurs. Leurs dessins et leurs récits sont les bienvenus dans la Gazette, toujours publiés avec le seul prénom et l'accord des parents.
"""

EXTRA["staff-handbook-en.md"] = """
# Grill evenings and events on site
P[grill]: The Thursday grill evening is run by the site team, not by the Cercle. Members of Pigne level and above come free of charge; other guests pay the usual price. Keep a few places for members who turn up without booking, and tell the site manager if more than ten of them are expected.
"""

EXTRA["discord-feu-de-camp.txt"] = """
# Les rôles et les pseudos
P[roles-discord]: Chaque membre reçoit un rôle à la couleur de son niveau : vert pour les Brindilles, brun pour les Pignes, ambre pour les Résiniers et bleu nuit pour les Grands Pins. L'équipe porte un rôle « Équipe Lou Pinhadar » en orange. Votre pseudo doit permettre de vous reconnaître : prénom et initiale du nom, ou nom de la famille, par exemple « Sophie B. » ou « Famille Larrieu ».
## Notifications
P[notifs]: Par défaut, vous n'êtes notifié que lorsqu'on vous mentionne et pour les annonces importantes du salon #annonces. Si vous trouvez le serveur trop bavard pendant l'été, coupez les autres salons dans les paramètres de Discord plutôt que de quitter le serveur : vous risqueriez de manquer une demande qui vous concerne.
P: Pour les appels à témoignages, l'équipe utilise toujours le salon #annonces et un message privé de Pignou, jamais une mention de groupe à toute heure.
"""

EXTRA["gazette-mode-emploi.txt"] = """
# Les archives et l'édition papier
P[papier]: Une édition papier de la Gazette, en quatre pages, est affichée chaque mois à l'accueil des huit campings et dans les sanitaires principaux, à côté du planning des animations. Elle reprend le mot des familles, un Carnet de route et les dates à retenir. Si vous ne souhaitez pas que votre texte soit affiché sur place, précisez-le simplement en l'envoyant.
## Les lecteurs en chiffres
P[lecteurs]: La Gazette est envoyée à tous les membres du Cercle, soit un peu plus d'un millier de foyers. Environ la moitié l'ouvrent chaque mois, et la rubrique la plus lue reste, de loin, « La recette du feu de camp ».
P: Une idée de rubrique ? Parlez-en à Marion ou déposez-la dans le salon #questions, elle sera discutée au prochain Conseil des campeurs.
P: La Gazette est écrite et mise en page par l'équipe du Cercle, avec l'aide d'un ou deux Pignes volontaires chaque saison. Si vous aimez écrire ou corriger, signalez-vous à Marion.
"""

EXTRA["journees-chantier.txt"] = """
# LES CHANTIERS PROPOSÉS
P: Selon les campings, on vous proposera par exemple :
UL[chantiers]
- repeindre les barrières et les panneaux de bois
- planter des haies pour séparer les emplacements
- réparer les jeux pour enfants avec l'équipe technique
- nettoyer les sentiers qui mènent à la plage ou à la rivière
## Sécurité
P[securite]: Les outils électriques restent réservés à l'équipe du camping. Chaque équipe de bénévoles est encadrée par un salarié, qui fait un point sécurité avant de commencer. Une trousse de secours est disponible à l'accueil, et le gérant garde la liste des personnes présentes tout au long de la journée.
P: Les photos de la journée sont partagées dans le salon #chantier puis dans la Gazette d'avril, avec l'accord des personnes photographiées.
P: Pas besoin d'être bricoleur pour venir : il y a toujours des tâches simples, comme ranger, trier ou préparer le repas avec la famille qui reçoit. L'important, c'est de passer une bonne journée ensemble.
"""

EXTRA["rencontres-de-la-dune-2027.pdf"] = """
## Se loger sur place
P[loger]: Les participants sont logés dans les mobil-homes et les chalets de L'Airial, répartis par famille. Les tentes sont possibles pour ceux qui le préfèrent, sur la prairie près du théâtre de verdure. Les draps sont fournis pour les hébergements offerts ; pour les autres, ils peuvent être loués à l'accueil.
# Après les Rencontres
P[apres-rencontres]: Un compte rendu des ateliers est publié dans la Gazette de novembre et discuté ensuite au Conseil des campeurs. Les idées retenues pour l'été 2028 sont annoncées au printemps, lors des Journées chantier. Chaque participant qui le souhaite reçoit aussi, par e-mail, les photos prises pendant le week-end par les bénévoles.
## Venir avec des enfants
P[enfants-rencontres]: Les enfants sont les bienvenus tout le week-end. Pendant les ateliers du samedi matin, deux animatrices des campings les prennent en charge sur l'aire de jeux, avec un goûter ; le soir, ils ont leur propre coin au bal gascon.
P: Le programme définitif sera envoyé avec la Gazette de septembre. Les horaires peuvent encore changer de quelques minutes selon la marée et la météo, surtout pour la balade sur la dune.
"""

EXTRA["avantages-sejours.pdf"] = """
# Comment faire valoir vos avantages
P[valoir]: Lors d'une réservation en ligne, connectez-vous avec l'adresse e-mail de votre compte membre : la remise de votre niveau s'affiche automatiquement dans le récapitulatif. Par téléphone, donnez votre nom et votre camping habituel, l'accueil retrouve votre niveau dans le logiciel de réservation. Sur place, la réception applique elle-même les petits plus ; il n'y a ni carte ni code à présenter.
## Si votre niveau change
P[niveau-change]: Si vous montez de niveau entre la réservation et le séjour, la nouvelle remise est appliquée au moment du solde, sans démarche de votre part. Si vous redescendez d'un niveau au 1er novembre, les séjours déjà réservés gardent la remise prévue au moment de la réservation.
P[pas-membre]: Les personnes qui séjournent avec vous sans être membres profitent de votre remise uniquement si elles figurent sur votre réservation. Un ami qui réserve son propre emplacement à côté du vôtre paie le tarif normal, sauf s'il utilise votre code de parrainage pour un premier séjour.
P: Pour toute question sur ces avantages, adressez-vous à l'accueil de votre camping ou écrivez dans le salon #questions du Feu de Camp.
P: Ces avantages sont réservés aux membres du Cercle et ne peuvent être ni cédés, ni revendus, ni échangés contre de l'argent. Ils sont réexaminés chaque automne, après les Rencontres de la Dune, et le document est alors mis à jour pour la saison suivante.
"""

EXTRA["parrainage-et-avis.docx"] = """
## Témoignage écrit : comment ça se passe
P[temoignage-ecrit]: Marion vous envoie trois ou quatre questions simples, par exemple ce qui vous a fait revenir ou le souvenir que vos enfants racontent encore. Vous répondez comme vous voulez, par écrit ou lors d'un court appel. Elle met ensuite le texte en forme et vous le renvoie : rien n'est publié sans votre accord écrit. Un témoignage publié rapporte 25 points.
# Une question ?
P: Pour tout ce qui touche au parrainage, aux avis ou aux témoignages, posez votre question dans le salon #questions du Feu de Camp. Marion ou Julien répondent en général dans la journée, et un autre Pigne a souvent déjà vécu la même situation que vous.
"""

EXTRA["pilotage-programme-2027.docx"] = """
# Budget et dotations
P[budget-note]: Les remises accordées aux membres sont comptées comme un manque à gagner par chaque camping et non comme une dépense du Cercle. Le budget propre du programme couvre les kits Résinier, les paniers de produits locaux, les Rencontres de la Dune et l'abonnement à l'outil de suivi des contributions. Il est arrêté chaque année en janvier par les deux familles fondatrices.
P: Ce document est mis à jour après chaque Conseil des campeurs. Les gérants qui souhaitent proposer un nouvel indicateur ou une modification des règles en parlent à Marion avant le rituel du lundi.
"""

EXTRA["cercle-des-pignes.html"] = """
# Comment on gagne des points
P[points-public]: Chaque contribution rapporte des points : un avis en ligne, un récit pour la Gazette, une famille parrainée, une journée passée à repeindre les barrières avant l'ouverture. Les points font monter de niveau, et chaque niveau débloque de nouveaux avantages. Le détail du barème figure dans le guide remis à chaque nouveau membre.
## Et si je n'ai pas le temps ?
P[temps]: Aucun problème. Il n'y a pas de minimum de points à faire chaque année pour rester membre. Vous pouvez aussi mettre les rappels en pause depuis le Discord quand la vie est trop chargée, et revenir quand vous voulez.
# Témoignages de Pignes
P[verbatim]: « On vient à La Palombière depuis que notre aînée a trois ans. Entrer dans le Cercle, c'est surtout avoir l'impression de compter un peu dans la vie du camping. L'an dernier, notre idée de boîte à livres a été installée près de l'accueil ! » — Famille Larrieu, Pignes depuis 2024.
P: Envie d'en savoir plus ? Parlez-en à l'accueil lors de votre prochain séjour.
"""

EXTRA["welcome-pack-en.html"] = """
# Levels and benefits at a glance
P[en-levels]: There are four levels, named after the pine forest of the Landes: Brindille (twig), Pigne (pine cone), Résinier (resin tapper) and Grand Pin (tall pine). Everyone starts as a Brindille. At 150 points you become a Pigne and get a discount on your stays; from 400 points, as a Résinier, you can book your summer holiday before everyone else.
# Events you can join from abroad
P[en-events]: The big event of the year is the Rencontres de la Dune, a weekend in October at one of our campsites. Many international members combine it with a short autumn holiday. If you cannot travel, you can still follow the Saturday workshops: a summary is posted in #english-corner on the following Monday.
P: Questions about your data, your level or a stay can always be sent to cercle@loupinhadar.fr; write in English, and Julien or Marion will reply within three days.
P: Bienvenue, welkom, willkommen: we hope the Cercle feels like a second home under the pines.
"""

for _k, _extra in EXTRA.items():
    _lang, _aud, _m = DOCS[_k]
    DOCS[_k] = (_lang, _aud, _m.rstrip("\n") + "\n" + _extra.strip("\n") + "\n")
