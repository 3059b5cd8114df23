# -*- coding: utf-8 -*-
"""Document contents and writers (standard library only). Imported by gen.py."""
import io
import zipfile
from xml.sax.saxutils import escape as xesc

# ---------------------------------------------------------------- plain text / markdown / html

FAQ_PROGRAMME_MD = """# FAQ du programme Échappée Belle

Public : tous les Échappés du réseau Halte & Selle
Mise à jour : novembre 2026

## Rejoindre le programme

### Qui peut devenir Échappé ?

Tout client de Halte & Selle ayant séjourné au moins trois nuits dans nos hôtels au cours des deux dernières années peut être invité. Nous regardons aussi vos avis après séjour et votre envie de partager vos itinéraires ; le nombre d'abonnés sur les réseaux n'est jamais le seul critère.

### Comment se passe l'invitation ?

L'invitation arrive par e-mail, signée par la responsable du programme, après un séjour dont vous avez dit du bien. Vous avez 30 jours pour l'accepter depuis le lien personnel qu'elle contient.

### Peut-on demander à rejoindre le programme sans invitation ?

Oui. Écrivez à echappee@halte-selle.fr en racontant en quelques lignes vos voyages à vélo ; l'équipe vous répond sous deux semaines.

## Les niveaux

### Quels sont les avantages du niveau Roue ?

Le niveau Roue est le niveau d'entrée. Il donne droit à :

- un kit de bienvenue (bidon, rustines, carte des véloroutes) ;
- l'accès au salon Discord privé des Échappés ;
- 5 % de remise sur l'hébergement, hors haute saison.

### Quels sont les avantages du niveau Cadence ?

En plus des avantages du niveau Roue :

- 10 % de remise sur l'hébergement toute l'année ;
- le départ tardif à 13 h, selon disponibilité ;
- une invitation par an à une sortie encadrée par un guide du réseau.

### Quels sont les avantages du niveau Sommet ?

En plus des avantages des niveaux Roue et Cadence :

- une nuit offerte par année d'adhésion, à utiliser en basse saison ;
- une place au comité des Échappés, qui donne son avis sur les nouveaux hôtels du réseau ;
- l'entretien complet de votre vélo dans l'atelier d'un hôtel partenaire, une fois par an.

### Combien de points faut-il pour changer de niveau ?

Il faut 300 points pour passer du niveau Roue au niveau Cadence, et 900 points pour atteindre le niveau Sommet. Les points sont comptés sur les 12 derniers mois glissants.

### Peut-on redescendre de niveau ?

Oui, mais en douceur : si votre total sur 12 mois passe sous le seuil, vous gardez votre niveau jusqu'au 31 mars suivant, puis vous redescendez d'un seul niveau.

## Quitter le programme

### Comment quitter le programme ?

Vous pouvez quitter le programme à tout moment, sans justification. Il suffit de :

1. Ouvrir votre espace Échappé sur halte-selle.fr.
2. Cliquer sur « Mon adhésion », puis « Quitter Échappée Belle ».
3. Confirmer depuis le lien reçu par e-mail.

### Que deviennent mes points si je pars ?

Vos points non utilisés restent valables six mois après votre départ pour réserver une nuit ou un repas ; ensuite, ils sont supprimés.
"""

FAQ_RECOMPENSES_MD = """# Récompenses et badges : les questions rapides

Public : tous les Échappés. Les réponses tiennent en une ligne ; pour le détail des points, voir le centre d'aide.

## Badges

| Question | Réponse |
|---|---|
| Comment obtenir le badge « Col du Ventoux » ? | Séjourner à La Maison du Ventoux et publier le récit de votre montée sur le blog. |
| Comment obtenir le badge « Canal des Deux-Mers » ? | Enchaîner au moins trois hôtels du réseau le long du canal lors d'un même voyage. |
| Comment obtenir le badge « Entraide » ? | Recevoir 10 remerciements d'autres Échappés sur le Discord dans l'année. |
| Les badges rapportent-ils des points ? | Non, les badges sont honorifiques ; ils s'affichent sur votre profil et sur le mur des Échappés de chaque hôtel. |

## Cadeaux et envois

| Question | Réponse |
|---|---|
| Quand le kit de bienvenue est-il envoyé ? | Sous trois semaines après l'acceptation de l'invitation, par Colissimo. |
| Le cadeau de fin d'année est-il envoyé à l'étranger ? | Oui, dans toute l'Union européenne, en Suisse et au Royaume-Uni. |
| Que faire si mon colis arrive abîmé ? | Envoyer une photo à echappee@halte-selle.fr sous 8 jours : nous renvoyons l'article. |

## Comité des Échappés

| Question | Réponse |
|---|---|
| Combien de membres compte le comité ? | Douze membres, tous au niveau Sommet, renouvelés par moitié chaque année en janvier. |
| Combien de fois le comité se réunit-il ? | Quatre fois par an en visioconférence, et une fois en présentiel pendant les Rencontres. |
| Le comité est-il rémunéré ? | Non ; ses membres reçoivent 100 points par réunion et sont invités aux visites des futurs hôtels du réseau. |
"""

INTERNE_MD = """# FAQ interne : sollicitations et charge des Échappés

Interne — équipe community management Halte & Selle. Ne pas partager sur le Discord des Échappés.

## Planifier une sollicitation

### Avec quel délai prévenir les Échappés ?

Au moins trois semaines pour un témoignage vidéo ou une présence sur un salon, une semaine pour un avis ou un partage. Sous ce délai, la demande passe par la responsable du programme.

### Combien de sollicitations par Échappé ?

Règle de rotation, à vérifier avant chaque envoi :

- pas plus de deux sollicitations par Échappé et par mois ;
- pas plus de cinq par trimestre pour les Échappés Sommet, les plus demandés ;
- jamais deux témoignages vidéo de suite pour la même personne.

### Comment choisir qui solliciter pour un salon ?

1. Filtrer les Échappés habitant à moins de 150 km du salon.
2. Écarter ceux qui ont été sollicités dans les 30 derniers jours.
3. Trier par délai moyen de réponse, du plus court au plus long.
4. Envoyer la demande à trois personnes au plus, puis attendre 72 heures avant d'élargir.

## Suivre la santé du programme

### Quels indicateurs suivre chaque mois ?

| Indicateur | Cible 2027 | Source |
|---|---|---|
| Échappés actifs (au moins une contribution sur 90 jours) | 60 % | espace Échappé |
| Délai moyen de réponse à une sollicitation | moins de 4 jours | Discord |
| Taux de participation aux sollicitations | 45 % | tableau de bord |
| Passage Roue vers Cadence dans l'année | 20 % | espace Échappé |
| Rétention d'une année sur l'autre | 85 % | CRM |

### Quand un Échappé décroche, que faire ?

Si un Échappé n'a répondu à aucune sollicitation depuis 4 mois, envoyez-lui un message personnel, sans relance automatique, pour demander s'il souhaite faire une pause. Ne retirez jamais son niveau sans lui en avoir parlé.

## Situations délicates

### Un Échappé publie un avis très négatif : que faire ?

Ne demandez jamais de retirer ou de modifier l'avis. Transmettez-le au directeur de l'hôtel concerné dans la journée, puis appelez l'Échappé pour l'écouter ; l'avis garde ses points.
"""

FAQ_SEJOURS_TXT = """FAQ SÉJOURS DES ÉCHAPPÉS
========================

Public : tous les Échappés du programme Échappée Belle (Halte & Selle)
Dernière révision : octobre 2026

Réserver un séjour
------------------

Q : Comment réserver avec ma remise Échappé ?
R : Réservez sur halte-selle.fr en étant connecté à votre espace Échappé : la remise de votre niveau s'applique automatiquement à l'étape du paiement. Par téléphone, donnez votre numéro d'Échappé à la réception.

Q : Puis-je cumuler ma remise avec une offre promotionnelle ?
R : Non, la remise Échappé ne se cumule pas avec les offres promotionnelles ; le site applique automatiquement la plus avantageuse des deux.

Haute saison (avril à septembre)
--------------------------------

Q : Combien de temps à l'avance faut-il réserver ?
R : En haute saison, nous conseillons de réserver au moins 6 semaines à l'avance, surtout pour les hôtels du Ventoux et de la Loire, complets presque chaque week-end de mai et juin.

Q : Peut-on annuler sans frais ?
R : En haute saison, l'annulation est gratuite jusqu'à 7 jours avant l'arrivée. Ensuite, la première nuit est facturée.

Q : Le local vélo est-il garanti ?
R : En haute saison, le local vélo est réservé en priorité aux clients à vélo, mais les places sont limitées : signalez le nombre de vélos au moment de réserver.

Basse saison (octobre à mars)
-----------------------------

Q : Combien de temps à l'avance faut-il réserver ?
R : En basse saison, quelques jours suffisent en général. Attention : plusieurs hôtels ferment deux à trois semaines en janvier ; consultez le calendrier des fermetures sur le site.

Q : Peut-on annuler sans frais ?
R : En basse saison, l'annulation est gratuite jusqu'à 48 heures avant l'arrivée.

Q : Les hôtels proposent-ils encore le transfert de bagages ?
R : Le transfert de bagages d'hôtel en hôtel est suspendu d'octobre à mars, sauf sur l'itinéraire Canal des Deux-Mers où il fonctionne toute l'année sur réservation 72 heures à l'avance.

Pendant le séjour
-----------------

Q : Que contient le panier du cycliste ?
R : Le panier du cycliste est servi au petit-déjeuner sur demande la veille. Il contient :
- deux sandwichs ou une salade composée ;
- un fruit de saison et une barre de céréales ;
- un bidon rempli d'eau ou de boisson d'effort.

Q : Que faire si mon vélo tombe en panne pendant l'étape ?
R : Appelez la réception de votre hôtel d'arrivée : elle vous donne le numéro du réparateur partenaire le plus proche et, si besoin, organise votre rapatriement jusqu'à l'hôtel (gratuit pour les Échappés Cadence et Sommet).
"""

AIDE_NUMEROTEE_TXT = """AIDE EN LIGNE : L'ESPACE ÉCHAPPÉ

Public : tous les Échappés. Ce guide accompagne l'espace membre du programme Échappée Belle de Halte & Selle.

1. Mon compte

1.1 Comment changer l'adresse e-mail de mon compte ?
Ouvrez « Mon profil », modifiez le champ « E-mail » puis validez avec le code à six chiffres envoyé à la nouvelle adresse. L'ancienne adresse reçoit un message d'information.

1.2 Comment choisir les messages que je reçois ?
Dans « Mon profil › Préférences », cochez ou décochez chaque type de message : sollicitations, lettre mensuelle « La Roue Libre », rappels de points. Les messages liés à la sécurité de votre compte ne peuvent pas être désactivés.

1.3 Comment l'assistant du Discord utilise-t-il mes données ?
L'assistant qui répond sur le Discord est une intelligence artificielle. Il lit vos messages dans les salons du programme et votre historique de contributions, uniquement pour vous répondre et vous rappeler les sollicitations. Vous pouvez refuser les rappels à tout moment en écrivant « stop rappels » dans le salon #aide.

2. Mes contributions

2.1 Comment déclarer une contribution ?
Suivez ces étapes :
1. Dans l'espace Échappé, cliquez sur « Déclarer une contribution ».
2. Choisissez le type (avis, témoignage, sortie, présentation, idée…).
3. Ajoutez la preuve : lien, photo ou nom de la personne présentée.
4. Envoyez : l'équipe valide sous 5 jours ouvrés et vous recevez une notification.

2.2 Comment présenter un club cycliste au réseau ?
Remplissez le formulaire « Présenter un groupe » avec le nom du club, la personne à contacter et le nombre de cyclistes. Nous contactons le club nous-mêmes : vous n'avez rien à vendre. Les 150 points sont crédités dès que le club a effectué un premier séjour.

3. Les sollicitations

3.1 Comment savoir si une sollicitation m'est proposée ?
Les sollicitations arrivent par message privé sur le Discord et dans l'onglet « Appels en cours » de votre espace. Chacune indique la date limite, le temps à prévoir et les points offerts.

3.2 Comment refuser une sollicitation ?
Cliquez sur « Pas cette fois » dans le message. Refuser n'a aucune conséquence sur vos points ni sur votre niveau, et nous ne vous relançons pas pour la même demande.

3.3 Comment faire une pause dans le programme ?
Vous pouvez suspendre votre participation de 1 à 6 mois :
1. Ouvrez « Mon adhésion ».
2. Choisissez « Mettre en pause » et la durée.
3. Validez : vous ne recevez plus aucune sollicitation pendant la pause, et votre niveau est gelé.
"""

BREAKAWAYS_TXT = """BREAKAWAY PROGRAMME: FAQ FOR INTERNATIONAL MEMBERS

Audience: all Breakaways (members of Échappée Belle, known in French as the Échappés) who prefer English.
Halte & Selle hotels, updated November 2026.

About the programme

Q. What is Échappée Belle?
A. Échappée Belle is the ambassador programme of Halte & Selle, a network of fourteen independent hotels for cyclists in France. Its members, the Breakaways, share their rides, reviews and advice, and get benefits back.

Q. Do I need to speak French to join?
A. No. The Discord server has an English channel, #breakaways-en, and every solicitation can be answered in English.

Travelling from abroad

Q. Can I ship my bike to a hotel before my trip?
A. Yes. Send it to the hotel of your first night, marked "Échappée Belle – arrival date". Hotels accept bike boxes up to 10 days before arrival and store empty boxes until your departure at no charge.

Q. Which hotels are closest to a train station?
A. Three hotels are less than 2 km from a station with bike spaces:
- L'Escale Loire in Saumur (800 m);
- Le Relais Vélodyssée in Pornic (1.2 km);
- Hôtel du Halage in Moissac (400 m).

Points and levels

Q. Are points different for members outside France?
A. No. The points scale and the three levels (Roue, Cadence, Sommet) are the same for everyone; only the bike-rental reward is limited to the hotels that have e-bikes.

Q. How do I write a testimonial in English?
A. Write it as you would tell a friend: where you rode, which hotel, one moment you remember. 150 to 400 words is ideal; we publish it on the English pages of the blog with your first name only, unless you ask otherwise.
"""

AIDE_POINTS_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Centre d'aide : les points Échappée Belle</title>
</head>
<body>
<header><p><a href="/">Halte &amp; Selle</a> › <a href="/aide">Aide</a> › Points</p></header>
<main>
<h1>Centre d'aide : les points</h1>
<p class="public">Public : tous les Échappés du programme Échappée Belle.</p>

<h2>Gagner des points</h2>

<h3>Combien rapporte chaque contribution ?</h3>
<p>Le barème ci-dessous s'applique depuis le 1er septembre 2026.</p>
<table>
<thead>
<tr><th>Contribution</th><th>Points</th><th>Plafond</th></tr>
</thead>
<tbody>
<tr><td>Avis en ligne après séjour</td><td>20</td><td>4 par an</td></tr>
<tr><td>Témoignage écrit pour le blog</td><td>60</td><td>aucun</td></tr>
<tr><td>Témoignage vidéo</td><td>120</td><td>2 par an</td></tr>
<tr><td>Présentation d'un club ou d'un groupe de cyclistes</td><td>150</td><td>aucun</td></tr>
<tr><td>Partage d'un itinéraire sur les réseaux sociaux</td><td>10</td><td>1 par semaine</td></tr>
<tr><td>Participation à une sortie ou un événement</td><td>40</td><td>aucun</td></tr>
<tr><td>Aide à un autre Échappé sur Discord</td><td>5</td><td>10 par mois</td></tr>
<tr><td>Idée d'amélioration retenue</td><td>80</td><td>aucun</td></tr>
</tbody>
</table>

<h3>Pourquoi mes points n'apparaissent-ils pas tout de suite ?</h3>
<p>Chaque contribution est vérifiée par l'équipe avant d'être créditée. Comptez 5 jours ouvrés pour un avis ou un partage, et jusqu'à 15 jours pour un témoignage vidéo, le temps du montage.</p>

<h3>Les nuits réservées rapportent-elles des points ?</h3>
<p>Non. Les points récompensent vos contributions au programme, pas vos dépenses : une nuit réservée ne rapporte aucun point, mais chaque séjour reste une belle occasion de raconter votre étape.</p>

<h2>Utiliser ses points</h2>

<h3>Contre quoi échanger mes points ?</h3>
<p>Dans votre espace Échappé, rubrique « Boutique », vous pouvez échanger vos points contre :</p>
<ul>
<li>un dîner du terroir pour deux personnes : 250 points ;</li>
<li>une location de vélo électrique pour une journée : 300 points ;</li>
<li>une nuit en chambre double en basse saison : 600 points ;</li>
<li>un don à l'association Vélo Solidaire : 100 points, que nous doublons.</li>
</ul>

<h3>Les points ont-ils une date d'expiration ?</h3>
<p>Oui : les points expirent 24 mois après la date où ils ont été crédités. Un rappel vous est envoyé 60 jours avant l'expiration.</p>

<h2>Corriger un solde</h2>

<h3>Il me manque des points, que faire ?</h3>
<p>Signalez-le dans le salon #mes-points du Discord en indiquant :</p>
<ul>
<li>la date de la contribution ;</li>
<li>le lien ou la capture qui la prouve ;</li>
<li>le nombre de points attendus.</li>
</ul>
<p>Une personne de l'équipe vous répond sous 3 jours ouvrés.</p>
</main>
<footer><p>© 2026 Halte &amp; Selle · <a href="/contact">Contact</a> · <a href="/confidentialite">Confidentialité</a></p></footer>
</body>
</html>
"""

FAQ_EVENEMENTS_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Événements des Échappés : questions fréquentes</title>
<style>details { margin: .5em 0; } summary { font-weight: bold; cursor: pointer; }</style>
</head>
<body>
<nav><a href="/echappee-belle">Échappée Belle</a> · <a href="/aide">Centre d'aide</a></nav>
<h1>Événements des Échappés : questions fréquentes</h1>
<p>Public : tous les Échappés du programme Échappée Belle. Cliquez sur une question pour afficher la réponse.</p>

<h2>Les Rencontres annuelles</h2>
<details>
<summary>Quand ont lieu les Rencontres 2027 ?</summary>
<p>Les Rencontres des Échappés 2027 auront lieu du 11 au 13 juin à L'Escale Loire, à Saumur.</p>
</details>
<details>
<summary>Qui paie l'hébergement pendant les Rencontres ?</summary>
<p>Halte &amp; Selle prend en charge deux nuits et les repas pour chaque Échappé inscrit ; le transport jusqu'à Saumur reste à votre charge.</p>
</details>
<details>
<summary>Quel est le programme ?</summary>
<p>Le programme des trois jours :</p>
<ul>
<li>vendredi : accueil à partir de 16 h et dîner sur les bords de Loire ;</li>
<li>samedi : sortie de 60 km vers Fontevraud, puis atelier « idées » avec l'équipe du réseau ;</li>
<li>dimanche : brunch et remise des badges de l'année.</li>
</ul>
</details>

<h2>Les salons et journées portes ouvertes</h2>
<details>
<summary>Comment tenir le stand Halte &amp; Selle au salon du voyage à vélo ?</summary>
<p>Inscrivez-vous au moins 3 semaines avant le salon dans l'onglet « Appels en cours ». Chaque créneau dure 2 heures ; un membre de l'équipe est toujours présent avec vous. Une présence rapporte 40 points.</p>
</details>
<details>
<summary>Mes frais de déplacement sont-ils remboursés ?</summary>
<p>Oui, sur justificatif, dans la limite de 80 € par salon ; le train est à privilégier.</p>
</details>

<h2>Les sorties locales</h2>
<details>
<summary>Peut-on organiser soi-même une sortie au départ d'un hôtel ?</summary>
<p>Oui, à partir du niveau Cadence. Proposez l'itinéraire à l'hôtel au moins un mois avant ; l'hôtel prête la salle pour le café d'arrivée et relaie l'annonce.</p>
</details>
<details>
<summary>Les mineurs peuvent-ils participer aux sorties ?</summary>
<p>Oui, à partir de 14 ans et accompagnés d'un adulte responsable.</p>
</details>
</body>
</html>
"""

# ---------------------------------------------------------------- block documents (PDF, DOCX)
# blocks: ("title", t) ("meta", t) ("h1", t) ("h2", t) ("q", t) ("p", t)
#         ("ul", [items]) ("ol", [items]) ("table", [header], [[row]...])

GUIDE_CONTRIBUTIONS = [
    ("title", "Guide des contributions des Échappés"),
    ("meta", "Public : tous les Échappés du programme Échappée Belle (Halte & Selle)"),
    ("meta", "Édition 2026-2027"),
    ("h1", "1. Les avis en ligne"),
    ("q", "Où publier mon avis ?"),
    ("p", "Publiez votre avis sur la plateforme où vous avez réservé, ou sur la fiche de l'hôtel dans votre application de cartographie vélo."),
    ("p", "Un seul avis par séjour compte pour les points."),
    ("q", "Ai-je le droit de dire ce qui ne m'a pas plu ?"),
    ("p", "Bien sûr. Un avis sincère, même critique, vaut autant de points qu'un avis enthousiaste."),
    ("p", "Nous ne demandons jamais de note minimale et nous ne relisons pas vos avis avant publication."),
    ("h1", "2. Les témoignages"),
    ("q", "Quelle longueur pour un témoignage écrit ?"),
    ("p", "Entre 300 et 800 mots, avec au moins deux photos de votre parcours."),
    ("p", "L'équipe peut corriger les fautes mais ne change pas votre récit."),
    ("q", "Comment tourner un témoignage vidéo ?"),
    ("p", "Pour un témoignage vidéo réussi :"),
    ("ol", ["Filmez à l'horizontale, de 1 à 3 minutes.",
            "Présentez-vous en une phrase, puis racontez une étape précise.",
            "Tournez au moins une séquence sur le vélo, à l'arrêt pour la sécurité.",
            "Déposez le fichier dans l'espace Échappé, rubrique « Mes vidéos »."]),
    ("q", "Qui décide où mon témoignage est publié ?"),
    ("p", "Vous. À l'envoi, vous cochez les canaux autorisés : blog, lettre mensuelle, réseaux sociaux, écrans des hôtels."),
    ("p", "Vous pouvez retirer votre accord à tout moment."),
    ("pagebreak",),
    ("h1", "3. Les sorties et événements"),
    ("q", "Puis-je venir accompagné à une sortie ?"),
    ("p", "Oui, avec une personne non membre par sortie, sous réserve de places."),
    ("p", "Elle signe la décharge à l'accueil et ne gagne pas de points."),
    ("q", "Que dois-je apporter ?"),
    ("p", "Pour chaque sortie, prévoyez :"),
    ("ul", ["un casque (obligatoire) ;",
            "une chambre à air de rechange à la taille de vos roues ;",
            "de quoi vous couvrir en cas de pluie."]),
    ("h1", "4. Les idées d'amélioration"),
    ("q", "Comment une idée est-elle retenue ?"),
    ("p", "Le comité des Échappés examine les idées chaque trimestre. Une idée retenue rapporte 80 points."),
    ("p", "Si elle n'est pas retenue, vous recevez une réponse qui explique pourquoi."),
]

HELP_CENTRE_EN = [
    ("title", "Breakaways Help Centre: Rides and Breakaway Days"),
    ("meta", "Audience: all Breakaways (Échappée Belle members), Halte & Selle hotels"),
    ("h1", "Guided rides"),
    ("q", "How do I sign up for a guided ride?"),
    ("p", "Guided rides are announced in #sorties on Discord four weeks ahead."),
    ("p", "Click the registration link; places go to members in order of registration, with 3 places kept for first-timers."),
    ("q", "What happens if it rains on a ride day?"),
    ("p", "The guide decides at 7 a.m. and posts the decision in #sorties."),
    ("p", "A ride cancelled for weather is moved to another date, and your points are kept if you had registered."),
    ("q", "How hard are the rides?"),
    ("p", "Every ride is marked with one of three colours:"),
    ("table", ["Colour", "Distance", "Elevation", "Average pace"],
     [["Green", "up to 50 km", "under 400 m", "15–18 km/h"],
      ["Blue", "50 to 90 km", "400 to 1,000 m", "18–22 km/h"],
      ["Black", "over 90 km", "over 1,000 m", "22 km/h and more"]]),
    ("pagebreak",),
    ("h1", "Breakaway Days"),
    ("h2", "Spring Days (Loire, May)"),
    ("q", "Who can attend?"),
    ("p", "All Breakaways from the Cadence level upwards."),
    ("p", "Roue members can join on invitation from a Sommet member."),
    ("q", "What is included?"),
    ("p", "The Spring Days package includes:"),
    ("ul", ["two nights at L'Escale Loire in Saumur;",
            "all meals, with a picnic on the riverbank;",
            "a guided 70 km ride along the Loire to Candes-Saint-Martin."]),
    ("h2", "Autumn Days (Ventoux, October)"),
    ("q", "Who can attend?"),
    ("p", "Only Sommet members, because the programme includes the climb of Mont Ventoux from Bédoin."),
    ("q", "What is included?"),
    ("p", "The Autumn Days package includes:"),
    ("ul", ["three nights at La Maison du Ventoux in Bédoin;",
            "a support van that carries water, spare wheels and warm clothes;",
            "a full bike service by the hotel mechanic before the climb."]),
]

FAQ_HOTELS = [
    ("title", "FAQ par hôtel : vélos, atelier et petit-déjeuner"),
    ("meta", "Public : tous les Échappés. Les réponses ci-dessous changent d'un hôtel à l'autre : vérifiez bien l'hôtel de votre étape."),
    ("h1", "Hôtel du Halage (Moissac)"),
    ("h2", "Où ranger mon vélo ?"),
    ("p", "Les vélos dorment dans l'ancienne remise à bateaux, fermée à clé, avec 24 emplacements et des prises pour recharger les batteries."),
    ("h2", "Y a-t-il un atelier de réparation ?"),
    ("p", "Oui : un pied d'atelier, une pompe à pied et une caisse à outils sont en libre accès de 7 h à 22 h."),
    ("h2", "À quelle heure est servi le petit-déjeuner ?"),
    ("p", "Le petit-déjeuner est servi de 6 h 30 à 10 h, dès 6 h sur demande pour les longues étapes."),
    ("h1", "La Maison du Ventoux (Bédoin)"),
    ("h2", "Où ranger mon vélo ?"),
    ("p", "Le garage à vélos accueille 40 vélos, chacun accroché à un support numéroté avec antivol fourni."),
    ("h2", "Y a-t-il un atelier de réparation ?"),
    ("p", "Oui, un mécanicien est présent les samedis matin d'avril à octobre ; il règle les freins et les dérailleurs avant la montée, pour 15 € (offert aux Échappés Sommet)."),
    ("h2", "À quelle heure est servi le petit-déjeuner ?"),
    ("p", "Le petit-déjeuner est servi dès 5 h 45 de mai à septembre, pour partir au frais vers le sommet, et à partir de 7 h le reste de l'année."),
    ("h1", "L'Escale Loire (Saumur)"),
    ("h2", "Où ranger mon vélo ?"),
    ("p", "Les vélos sont rangés dans la cour intérieure, sous un auvent fermé la nuit par une grille ; 16 places."),
    ("h2", "Y a-t-il un atelier de réparation ?"),
    ("p", "Non, mais le réparateur Cycles Anjou, à 300 m, accorde 10 % aux clients de l'hôtel sur présentation de la clé de chambre."),
    ("h2", "À quelle heure est servi le petit-déjeuner ?"),
    ("p", "Le petit-déjeuner est servi de 7 h à 10 h 30, avec des produits des fermes du Saumurois."),
    ("h1", "Dans tous nos hôtels"),
    ("p", "Quel que soit l'hôtel, vous trouverez :"),
    ("ul", ["une station de lavage pour vélos avec tuyau et brosses ;",
            "un séchoir pour les vêtements et les chaussures mouillés ;",
            "des cartes papier des véloroutes de la région, à emporter."]),
    ("h1", "Récapitulatif des horaires"),
    ("table", ["Hôtel", "Arrivée", "Départ", "Fermeture annuelle"],
     [["Hôtel du Halage", "dès 15 h", "avant 11 h", "du 5 au 26 janvier"],
      ["La Maison du Ventoux", "dès 14 h", "avant 10 h 30", "de mi-novembre à fin février"],
      ["L'Escale Loire", "dès 16 h", "avant 11 h", "aucune"]]),
]

INTERNE_PROCEDURES = [
    ("title", "Procédures de l'équipe : programme Échappée Belle"),
    ("meta", "Interne — équipe community management et directions d'hôtel. Document confidentiel, à ne pas transmettre aux Échappés."),
    ("h1", "Valider les contributions"),
    ("h2", "Quels délais de validation respecter ?"),
    ("p", "Un avis ou un partage se valide sous 5 jours ouvrés, un témoignage vidéo sous 15 jours. Au-delà, le tableau de bord signale la contribution en rouge."),
    ("h2", "Quand refuser une contribution ?"),
    ("p", "Refusez une contribution dans trois cas seulement :"),
    ("ul", ["elle ne peut pas être vérifiée (lien mort, capture illisible) ;",
            "elle a déjà été déclarée par la même personne ;",
            "elle contient des propos injurieux ou des données personnelles d'un tiers."]),
    ("p", "Dans tous les cas, expliquez le refus par un message personnel."),
    ("h1", "Inviter de nouveaux Échappés"),
    ("h2", "Quels critères pour inviter un client ?"),
    ("p", "Un client reçoit une invitation quand il remplit au moins trois de ces critères :"),
    ("ul", ["au moins trois nuits dans le réseau sur les 24 derniers mois ;",
            "une note de 9 ou 10 au dernier questionnaire de satisfaction ;",
            "un avis positif ou un message spontané à un hôtel ;",
            "un itinéraire ou un récit de voyage déjà partagé en ligne."]),
    ("h2", "Comment envoyer une invitation ?"),
    ("ol", ["Vérifier dans le CRM que le client a accepté les communications.",
            "Générer le lien personnel dans l'outil Échappée Belle.",
            "Personnaliser le message avec le nom de l'hôtel et de l'étape du séjour.",
            "Envoyer dans les 15 jours qui suivent le séjour."]),
    ("h1", "Départs et sorties du programme"),
    ("h2", "Comment traiter un départ volontaire ?"),
    ("p", "Remerciez la personne par un message signé, sans chercher à la retenir. Son statut de client fidèle, ses remises hôtel et son historique de séjours restent intacts."),
    ("h2", "Un Échappé ne remplit plus les critères : que faire ?"),
    ("p", "Appelez-le avant tout message écrit. Proposez-lui le statut « Ancien Échappé », qui garde l'accès au Discord en lecture et les badges obtenus."),
    ("h1", "Budget des avantages"),
    ("p", "Budget voté en novembre 2026 pour l'année 2027 :"),
    ("table", ["Poste", "Budget 2027", "Responsable"],
     [["Kits de bienvenue", "9 000 €", "Lucie Ferrand"],
      ["Nuits offertes niveau Sommet", "14 500 €", "Directions d'hôtel"],
      ["Rencontres annuelles", "22 000 €", "Karim Bensaïd"],
      ["Remboursement des frais de salon", "3 200 €", "Lucie Ferrand"]]),
]

# ---------------------------------------------------------------- PDF writer


def _pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def write_pdf(path, blocks, title, lang):
    """Hand-written PDF 1.4: Helvetica (F1) and Helvetica-Bold (F2), WinAnsi encoding.
    Headings are larger and bold, questions bold, body 10 pt. Includes an outline."""
    W, H, LM, TOP, BOTTOM = 595, 842, 56, 786, 60
    pages, cur, y = [], [], TOP
    outline = []  # (level, text, page_index, y)

    def need(h):
        nonlocal cur, y
        if y - h < BOTTOM:
            pages.append(cur)
            cur, y = [], TOP

    def line(text, font, size, x=LM, gap=0.0):
        nonlocal y
        lh = size * 1.45
        need(lh + gap)
        y -= gap + lh
        cur.append((font, size, x, y, text))

    for kind, *rest in blocks:
        if kind == "title":
            line(rest[0], "F2", 18, gap=0)
            outline.append((0, rest[0], len(pages), y))
        elif kind == "meta":
            line(rest[0], "F1", 9, gap=2)
        elif kind == "pagebreak":
            pages.append(cur)
            cur, y = [], TOP
        elif kind == "h1":
            need(60)
            line(rest[0], "F2", 14, gap=12)
            outline.append((1, rest[0], len(pages), y))
        elif kind == "h2":
            need(50)
            line(rest[0], "F2", 12, gap=8)
            outline.append((2, rest[0], len(pages), y))
        elif kind == "q":
            need(40)
            line(rest[0], "F2", 10.5, gap=7)
        elif kind == "p":
            for i, l in enumerate(_wrap(rest[0], 98)):
                line(l, "F1", 10, gap=3 if i == 0 else 0)
        elif kind in ("ul", "ol"):
            for i, item in enumerate(rest[0]):
                mark = "\u2022 " if kind == "ul" else "%d. " % (i + 1)
                for j, l in enumerate(_wrap(item, 92)):
                    line((mark if j == 0 else "   ") + l, "F1", 10, x=LM + 14, gap=2 if j == 0 else 0)
        elif kind == "table":
            header, rows = rest
            ncol = len(header)
            colw = (W - 2 * LM) / ncol
            for r, row in enumerate([header] + rows):
                need(16)
                y -= 16
                for c, cell in enumerate(row):
                    cur.append(("F2" if r == 0 else "F1", 9.5, LM + c * colw, y, cell))
    pages.append(cur)

    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, 6 outlines root, then pages/contents, then outline items
    page_ids, content_ids = [], []
    nxt = 7
    for _ in pages:
        page_ids.append(nxt)
        content_ids.append(nxt + 1)
        nxt += 2
    out_ids = list(range(nxt, nxt + len(outline)))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R /PageMode /UseOutlines /Lang (" + lang.encode() + b") >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Title (" + _pdf_str(title) + b") /Producer (gen.py, hand-written) >>"
    for i, items in enumerate(pages):
        buf = io.BytesIO()
        for font, size, x, yy, text in items:
            buf.write(b"BT /%s %s Tf %.1f %.1f Td (" % (font.encode(), str(size).encode(), x, yy))
            buf.write(_pdf_str(text))
            buf.write(b") Tj ET\n")
        data = buf.getvalue()
        objs[page_ids[i]] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (W, H, content_ids[i])).encode()
        objs[content_ids[i]] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
    # outline: flat tree with levels (title > h1 > h2)
    parents, children = {}, {}
    stack = []  # (level, id)
    for (lvl, text, pg, yy), oid in zip(outline, out_ids):
        while stack and stack[-1][0] >= lvl:
            stack.pop()
        par = stack[-1][1] if stack else 6
        parents[oid] = par
        children.setdefault(par, []).append(oid)
        stack.append((lvl, oid))
    info = {oid: (text, pg, yy) for (lvl, text, pg, yy), oid in zip(outline, out_ids)}

    def count(i):
        return sum(1 + count(c) for c in children.get(i, []))
    for oid in out_ids:
        text, pg, yy = info[oid]
        sib = children[parents[oid]]
        k = sib.index(oid)
        d = b"<< /Title (" + _pdf_str(text) + b") /Parent %d 0 R /Dest [%d 0 R /XYZ 0 %d 0]" % (parents[oid], page_ids[pg], int(yy + 20))
        if k > 0:
            d += b" /Prev %d 0 R" % sib[k - 1]
        if k < len(sib) - 1:
            d += b" /Next %d 0 R" % sib[k + 1]
        ch = children.get(oid, [])
        if ch:
            d += b" /First %d 0 R /Last %d 0 R /Count %d" % (ch[0], ch[-1], count(oid))
        objs[oid] = d + b" >>"
    root_ch = children.get(6, [])
    objs[6] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (root_ch[0], root_ch[-1], count(6))

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for i in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- DOCX writer

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(text))


def _para(text, style=None, num=None, bold=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, _run(text, bold))


def write_docx(path, blocks, title, lang):
    body, nums = [], []  # nums: list of abstract ids per numId (0 bullet, 1 decimal)
    for kind, *rest in blocks:
        if kind == "title":
            body.append(_para(rest[0], "Title"))
        elif kind == "meta":
            body.append(_para(rest[0], "Subtitle"))
        elif kind == "h1":
            body.append(_para(rest[0], "Heading1"))
        elif kind == "h2":
            body.append(_para(rest[0], "Heading2"))
        elif kind == "p":
            body.append(_para(rest[0]))
        elif kind in ("ul", "ol"):
            nums.append(0 if kind == "ul" else 1)
            nid = len(nums)
            for item in rest[0]:
                body.append(_para(item, "ListParagraph", nid))
        elif kind == "table":
            header, rows = rest
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
            t += ['<w:gridCol w:w="%d"/>' % (9000 // len(header))] * len(header)
            t.append("</w:tblGrid>")
            for r, row in enumerate([header] + rows):
                t.append("<w:tr>")
                if r == 0:
                    t[-1] = "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
                for cell in row:
                    t.append("<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % (9000 // len(header), _para(cell, bold=(r == 0))))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append(_para(""))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>') % (W_NS, "".join(body))

    def style(sid, name, based="Normal", ppr="", rpr="", typ="paragraph", extra=""):
        return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s%s<w:qFormat/>%s%s</w:style>'
                % (typ, sid, name, ('<w:basedOn w:val="%s"/>' % based) if based else "",
                   '<w:next w:val="Normal"/>' if sid.startswith("Heading") else "", ppr and "<w:pPr>%s</w:pPr>" % ppr,
                   rpr and "<w:rPr>%s</w:rPr>" % rpr) + extra)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="%s"/></w:rPr></w:rPrDefault></w:docDefaults>'
              % (W_NS, lang)
              + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
              + style("Title", "Title", ppr='<w:spacing w:after="240"/>', rpr='<w:b/><w:sz w:val="40"/>')
              + style("Subtitle", "Subtitle", rpr='<w:i/><w:color w:val="595959"/>')
              + style("Heading1", "heading 1", ppr='<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>', rpr='<w:b/><w:sz w:val="32"/><w:color w:val="1F4E79"/>')
              + style("Heading2", "heading 2", ppr='<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/>', rpr='<w:b/><w:sz w:val="26"/>')
              + style("ListParagraph", "List Paragraph", ppr='<w:ind w:left="720"/>')
              + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
              + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % b for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + '</w:tblBorders></w:tblPr></w:style></w:styles>')
    numbering = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="%s">' % W_NS,
                 '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>',
                 '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>']
    for i, a in enumerate(nums, 1):
        numbering.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (i, a))
    numbering.append("</w:numbering>")
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Halte &amp; Selle</dc:creator><dc:language>%s</dc:language>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T09:00:00Z</dcterms:created></cp:coreProperties>') % (xesc(title), lang)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                           ("word/_rels/document.xml.rels", doc_rels), ("word/document.xml", document),
                           ("word/styles.xml", styles), ("word/numbering.xml", "".join(numbering)),
                           ("docProps/core.xml", core)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

# ---------------------------------------------------------------- questions
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

P = "faq-programme.md"
R = "faq-recompenses-tableau.md"
IM = "interne-faq-sollicitations.md"
S = "faq-sejours.txt"
N = "aide-numerotee.txt"
B = "breakaways-faq.txt"
AP = "aide-points.html"
EV = "faq-evenements.html"
GC = "guide-contributions.pdf"
HC = "help-centre-en.pdf"
HO = "faq-hotels.docx"
IP = "interne-procedures-cm.docx"

LV = "Les niveaux › "
Q = [
    # --- faq-programme.md (## topic › ### question)
    ("Je viens d'être accepté, qu'est-ce que j'obtiens au tout premier palier ?", P, LV + "Quels sont les avantages du niveau Roue ?", "list",
     ["Le niveau Roue est le niveau d'entrée. Il donne droit à :", "un kit de bienvenue (bidon, rustines, carte des véloroutes)", "l'accès au salon Discord privé des Échappés", "5 % de remise sur l'hébergement, hors haute saison."], "fr",
     "three level sections look alike; answer is the list, not the intro line"),
    ("C'est quoi exactement en plus quand on passe Cadence ?", P, LV + "Quels sont les avantages du niveau Cadence ?", "list",
     ["10 % de remise sur l'hébergement toute l'année", "le départ tardif à 13 h, selon disponibilité", "une invitation par an à une sortie encadrée par un guide du réseau"], "fr",
     "intro 'En plus des avantages du niveau Roue :' must not be quoted alone (issue 19 demo)"),
    ("Une fois tout en haut, au Sommet, j'ai droit à quoi de plus ?", P, LV + "Quels sont les avantages du niveau Sommet ?", "list",
     ["une nuit offerte par année d'adhésion, à utiliser en basse saison", "une place au comité des Échappés, qui donne son avis sur les nouveaux hôtels du réseau", "l'entretien complet de votre vélo dans l'atelier d'un hôtel partenaire, une fois par an"], "fr",
     "neighbouring Cadence list is a near-duplicate trap"),
    ("Il me faut combien de points pour monter au niveau au-dessus ?", P, LV + "Combien de points faut-il pour changer de niveau ?", "paragraph",
     ["Il faut 300 points pour passer du niveau Roue au niveau Cadence, et 900 points pour atteindre le niveau Sommet.", "Les points sont comptés sur les 12 derniers mois glissants."], "fr", ""),
    ("Si je fais moins de contributions cette année, je perds mon statut direct ?", P, LV + "Peut-on redescendre de niveau ?", "sentence",
     ["vous gardez votre niveau jusqu'au 31 mars suivant, puis vous redescendez d'un seul niveau"], "fr", "spoken French, no word of the heading"),
    ("Comment je fais pour me désinscrire du programme ?", P, "Quitter le programme › Comment quitter le programme ?", "step",
     ["Ouvrir votre espace Échappé sur halte-selle.fr.", "Cliquer sur « Mon adhésion », puis « Quitter Échappée Belle ».", "Confirmer depuis le lien reçu par e-mail."], "fr",
     "staff doc has a look-alike section on voluntary departures (team side)"),
    ("What happens to the points I haven't used if I leave the programme?", P, "Quitter le programme › Que deviennent mes points si je pars ?", "sentence",
     ["Vos points non utilisés restent valables six mois après votre départ pour réserver une nuit ou un repas ; ensuite, ils sont supprimés."], "en", "English over French"),
    ("J'ai jamais reçu d'invitation, je peux quand même candidater ?", P, "Rejoindre le programme › Peut-on demander à rejoindre le programme sans invitation ?", "sentence",
     ["Écrivez à echappee@halte-selle.fr en racontant en quelques lignes vos voyages à vélo ; l'équipe vous répond sous deux semaines."], "fr", ""),
    ("Faut avoir dormi combien de nuits chez vous pour pouvoir être Échappé ?", P, "Rejoindre le programme › Qui peut devenir Échappé ?", "sentence",
     ["Tout client de Halte & Selle ayant séjourné au moins trois nuits dans nos hôtels au cours des deux dernières années peut être invité."], "fr",
     "staff criteria list (docx) also mentions three nights"),
    ("On m'a envoyé un mail d'invitation il y a quelque temps, j'ai jusqu'à quand pour dire oui ?", P, "Rejoindre le programme › Comment se passe l'invitation ?", "sentence",
     ["Vous avez 30 jours pour l'accepter depuis le lien personnel qu'elle contient."], "fr", ""),

    # --- aide-points.html (h2 › h3, table, lists)
    ("Une vidéo où je raconte mon séjour, ça me rapporte combien ?", AP, "Gagner des points › Combien rapporte chaque contribution ?", "table_row",
     ["Témoignage vidéo", "120", "2 par an"], "fr", "row of an HTML table; header needed to read 120 / 2 par an"),
    ("Si je fais venir mon club cyclo, je gagne combien de points ?", AP, "Gagner des points › Combien rapporte chaque contribution ?", "table_row",
     ["Présentation d'un club ou d'un groupe de cyclistes", "150"], "fr", "aide-numerotee.txt also says 150 points (when credited) - different question"),
    ("Répondre aux questions des autres sur le Discord, c'est plafonné à combien par mois ?", AP, "Gagner des points › Combien rapporte chaque contribution ?", "table_row",
     ["Aide à un autre Échappé sur Discord", "5", "10 par mois"], "fr", ""),
    ("J'ai posté un avis avant-hier et toujours rien sur mon compteur, c'est normal ?", AP, "Gagner des points › Pourquoi mes points n'apparaissent-ils pas tout de suite ?", "paragraph",
     ["Chaque contribution est vérifiée par l'équipe avant d'être créditée.", "Comptez 5 jours ouvrés pour un avis ou un partage, et jusqu'à 15 jours pour un témoignage vidéo, le temps du montage."], "fr", ""),
    ("Est-ce que dormir dans vos hôtels me fait gagner des points ?", AP, "Gagner des points › Les nuits réservées rapportent-elles des points ?", "sentence",
     ["Les points récompensent vos contributions au programme, pas vos dépenses : une nuit réservée ne rapporte aucun point, mais chaque séjour reste une belle occasion de raconter votre étape."], "fr", ""),
    ("Je peux dépenser mes points pour quoi au juste ?", AP, "Utiliser ses points › Contre quoi échanger mes points ?", "list",
     ["un dîner du terroir pour deux personnes : 250 points", "une location de vélo électrique pour une journée : 300 points", "une nuit en chambre double en basse saison : 600 points", "un don à l'association Vélo Solidaire : 100 points, que nous doublons."], "fr", "list introduced by a sentence ending in ':'"),
    ("Do my points run out after a while?", AP, "Utiliser ses points › Les points ont-ils une date d'expiration ?", "paragraph",
     ["Oui : les points expirent 24 mois après la date où ils ont été crédités.", "Un rappel vous est envoyé 60 jours avant l'expiration."], "en", "English over French"),
    ("Mon solde est faux, il manque une contribution : je dois donner quelles infos ?", AP, "Corriger un solde › Il me manque des points, que faire ?", "list",
     ["Signalez-le dans le salon #mes-points du Discord en indiquant :", "la date de la contribution", "le lien ou la capture qui la prouve", "le nombre de points attendus."], "fr", ""),

    # --- faq-sejours.txt (underlined topics; Q :/R : pairs repeated per season)
    ("Je viens en juillet, je peux annuler gratuitement jusqu'à quand ?", S, "Haute saison (avril à septembre)", "sentence",
     ["En haute saison, l'annulation est gratuite jusqu'à 7 jours avant l'arrivée. Ensuite, la première nuit est facturée."], "fr", "same Q : in the Basse saison section (48 h): the season heading decides"),
    ("Et pour une nuit en novembre, l'annulation sans frais c'est jusqu'à quand ?", S, "Basse saison (octobre à mars)", "sentence",
     ["En basse saison, l'annulation est gratuite jusqu'à 48 heures avant l'arrivée."], "fr", "twin of the high-season question"),
    ("Pour un week-end de mai au Ventoux, faut s'y prendre combien de temps avant ?", S, "Haute saison (avril à septembre)", "sentence",
     ["En haute saison, nous conseillons de réserver au moins 6 semaines à l'avance, surtout pour les hôtels du Ventoux et de la Loire, complets presque chaque week-end de mai et juin."], "fr", "same question under Basse saison"),
    ("En plein hiver, je dois réserver longtemps à l'avance ?", S, "Basse saison (octobre à mars)", "paragraph",
     ["En basse saison, quelques jours suffisent en général.", "Attention : plusieurs hôtels ferment deux à trois semaines en janvier ; consultez le calendrier des fermetures sur le site."], "fr", "twin of the May question"),
    ("Is luggage still carried from one hotel to the next in winter?", S, "Basse saison (octobre à mars)", "sentence",
     ["Le transfert de bagages d'hôtel en hôtel est suspendu d'octobre à mars, sauf sur l'itinéraire Canal des Deux-Mers où il fonctionne toute l'année sur réservation 72 heures à l'avance."], "en", "English over French"),
    ("Y a quoi dans le pique-nique qu'on peut commander pour la route ?", S, "Pendant le séjour", "list",
     ["Il contient :", "deux sandwichs ou une salade composée", "un fruit de saison et une barre de céréales", "un bidon rempli d'eau ou de boisson d'effort."], "fr", "list inside an R : answer"),
    ("J'ai cassé mon dérailleur en pleine étape, qui j'appelle ?", S, "Pendant le séjour", "paragraph",
     ["Appelez la réception de votre hôtel d'arrivée : elle vous donne le numéro du réparateur partenaire le plus proche et, si besoin, organise votre rapatriement jusqu'à l'hôtel (gratuit pour les Échappés Cadence et Sommet)."], "fr", ""),
    ("Ma réduc d'Échappé, elle marche aussi avec les promos du site ?", S, "Réserver un séjour", "sentence",
     ["Non, la remise Échappé ne se cumule pas avec les offres promotionnelles ; le site applique automatiquement la plus avantageuse des deux."], "fr", ""),
    ("En août, je suis sûr d'avoir une place pour mon vélo à l'abri ?", S, "Haute saison (avril à septembre)", "sentence",
     ["En haute saison, le local vélo est réservé en priorité aux clients à vélo, mais les places sont limitées : signalez le nombre de vélos au moment de réserver."], "fr", "faq-hotels.docx describes each hotel's bike storage"),

    # --- aide-numerotee.txt (numbered sections, numbered questions, numbered steps)
    ("Comment j'enregistre la vidéo que j'ai tournée pour qu'elle compte ?", N, "2. Mes contributions › 2.1 Comment déclarer une contribution ?", "step",
     ["Dans l'espace Échappé, cliquez sur « Déclarer une contribution ».", "Ajoutez la preuve : lien, photo ou nom de la personne présentée.", "Envoyez : l'équipe valide sous 5 jours ouvrés et vous recevez une notification."], "fr",
     "guide-contributions.pdf explains how to film the video (different question)"),
    ("Si je dis non à une demande de l'équipe, ça me fait perdre des points ?", N, "3. Les sollicitations › 3.2 Comment refuser une sollicitation ?", "sentence",
     ["Refuser n'a aucune conséquence sur vos points ni sur votre niveau, et nous ne vous relançons pas pour la même demande."], "fr", ""),
    ("Je pars trois mois à l'étranger, je peux mettre mon adhésion entre parenthèses ?", N, "3. Les sollicitations › 3.3 Comment faire une pause dans le programme ?", "step",
     ["Vous pouvez suspendre votre participation de 1 à 6 mois :", "Choisissez « Mettre en pause » et la durée.", "Validez : vous ne recevez plus aucune sollicitation pendant la pause, et votre niveau est gelé."], "fr", "steps introduced by a sentence ending in ':'"),
    ("Can I stop the Discord bot from pinging me with reminders?", N, "1. Mon compte › 1.3 Comment l'assistant du Discord utilise-t-il mes données ?", "sentence",
     ["Vous pouvez refuser les rappels à tout moment en écrivant « stop rappels » dans le salon #aide."], "en", "English over French; AI transparency"),
    ("Les 150 points pour le club que j'ai amené, je les touche à quel moment ?", N, "2. Mes contributions › 2.2 Comment présenter un club cycliste au réseau ?", "sentence",
     ["Les 150 points sont crédités dès que le club a effectué un premier séjour."], "fr", "points table in aide-points.html gives 150 but not when"),
    ("Je ne veux plus recevoir la lettre mensuelle, je règle ça où ?", N, "1. Mon compte › 1.2 Comment choisir les messages que je reçois ?", "paragraph",
     ["Dans « Mon profil › Préférences », cochez ou décochez chaque type de message : sollicitations, lettre mensuelle « La Roue Libre », rappels de points."], "fr", ""),
    ("Où est-ce que je vois les appels à contribution qui me concernent ?", N, "3. Les sollicitations › 3.1 Comment savoir si une sollicitation m'est proposée ?", "paragraph",
     ["Les sollicitations arrivent par message privé sur le Discord et dans l'onglet « Appels en cours » de votre espace.", "Chacune indique la date limite, le temps à prévoir et les points offerts."], "fr", ""),

    # --- breakaways-faq.txt (EN, Q./A. under short topic lines)
    ("Will the hotel keep my empty bike box while I'm on the road?", B, "Travelling from abroad", "sentence",
     ["Hotels accept bike boxes up to 10 days before arrival and store empty boxes until your departure at no charge."], "en", ""),
    ("J'arrive en train avec mon vélo, quels hôtels sont près d'une gare ?", B, "Travelling from abroad", "list",
     ["Three hotels are less than 2 km from a station with bike spaces:", "L'Escale Loire in Saumur (800 m)", "Le Relais Vélodyssée in Pornic (1.2 km)", "Hôtel du Halage in Moissac (400 m)."], "fr", "French over English"),
    ("How long should my testimonial be if I write it in English?", B, "Points and levels", "sentence",
     ["150 to 400 words is ideal; we publish it on the English pages of the blog with your first name only, unless you ask otherwise."], "en", "guide-contributions.pdf gives 300-800 words for French written testimonials"),
    ("I don't speak French, is there somewhere I can chat in English?", B, "About the programme", "sentence",
     ["The Discord server has an English channel, #breakaways-en, and every solicitation can be answered in English."], "en", ""),
    ("Les membres qui habitent hors de France gagnent-ils les points de la même façon ?", B, "Points and levels", "sentence",
     ["The points scale and the three levels (Roue, Cadence, Sommet) are the same for everyone; only the bike-rental reward is limited to the hotels that have e-bikes."], "fr", "French over English"),

    # --- guide-contributions.pdf (bold question lines under numbered headings)
    ("Je peux laisser un avis pas très sympa si le séjour m'a déçu ?", GC, "1. Les avis en ligne › Ai-je le droit de dire ce qui ne m'a pas plu ?", "paragraph",
     ["Bien sûr. Un avis sincère, même critique, vaut autant de points qu'un avis enthousiaste.", "Nous ne demandons jamais de note minimale et nous ne relisons pas vos avis avant publication."], "fr", ""),
    ("Mon récit écrit doit faire combien de mots à peu près ?", GC, "2. Les témoignages › Quelle longueur pour un témoignage écrit ?", "sentence",
     ["Entre 300 et 800 mots, avec au moins deux photos de votre parcours."], "fr", "English FAQ gives 150-400 words for English testimonials"),
    ("Vous avez des conseils pour filmer ma vidéo ?", GC, "2. Les témoignages › Comment tourner un témoignage vidéo ?", "step",
     ["Filmez à l'horizontale, de 1 à 3 minutes.", "Présentez-vous en une phrase, puis racontez une étape précise.", "Tournez au moins une séquence sur le vélo, à l'arrêt pour la sécurité.", "Déposez le fichier dans l'espace Échappé, rubrique « Mes vidéos »."], "fr", "PDF numbered steps after 'Pour un témoignage vidéo réussi :'"),
    ("Je peux ramener ma compagne à une balade, elle n'est pas membre ?", GC, "3. Les sorties et événements › Puis-je venir accompagné à une sortie ?", "paragraph",
     ["Oui, avec une personne non membre par sortie, sous réserve de places.", "Elle signe la décharge à l'accueil et ne gagne pas de points."], "fr", ""),
    ("Il faut prendre quoi comme matos pour une sortie de groupe ?", GC, "3. Les sorties et événements › Que dois-je apporter ?", "list",
     ["un casque (obligatoire)", "une chambre à air de rechange à la taille de vos roues", "de quoi vous couvrir en cas de pluie."], "fr", "bold question is short and generic"),
    ("Who gets to decide where my story is published?", GC, "2. Les témoignages › Qui décide où mon témoignage est publié ?", "paragraph",
     ["À l'envoi, vous cochez les canaux autorisés : blog, lettre mensuelle, réseaux sociaux", "Vous pouvez retirer votre accord à tout moment."], "en", "English over French"),
    ("Si ma suggestion n'est pas choisie, on me dit pourquoi ?", GC, "4. Les idées d'amélioration › Comment une idée est-elle retenue ?", "sentence",
     ["Si elle n'est pas retenue, vous recevez une réponse qui explique pourquoi."], "fr", ""),
    ("C'est où que je dois poster mon commentaire après le séjour ?", GC, "1. Les avis en ligne › Où publier mon avis ?", "paragraph",
     ["Publiez votre avis sur la plateforme où vous avez réservé", "Un seul avis par séjour compte pour les points."], "fr", ""),

    # --- help-centre-en.pdf (EN; H1 › H2 season; repeated bold questions)
    ("What's in the package for the October Breakaway Days?", HC, "Breakaway Days › Autumn Days (Ventoux, October)", "list",
     ["three nights at La Maison du Ventoux in Bédoin;", "a support van that carries water, spare wheels and warm clothes;", "a full bike service by the hotel mechanic before the climb."], "en", "same bold question 'What is included?' under Spring Days"),
    ("I'm only at Roue level, can I still come to the May days on the Loire?", HC, "Breakaway Days › Spring Days (Loire, May)", "sentence",
     ["Roue members can join on invitation from a Sommet member."], "en", "twin 'Who can attend?' under Autumn Days"),
    ("Les journées d'octobre au Ventoux, elles sont ouvertes à qui ?", HC, "Breakaway Days › Autumn Days (Ventoux, October)", "sentence",
     ["Only Sommet members, because the programme includes the climb of Mont Ventoux from Bédoin."], "fr", "French over English; twin section"),
    ("Une sortie bleue, ça fait combien de kilomètres et de dénivelé ?", HC, "Guided rides › How hard are the rides?", "table_row",
     ["Blue", "50 to 90 km", "400 to 1,000 m"], "fr", "French over English; PDF table row, header needed"),
    ("If the weather's bad, is the ride just called off?", HC, "Guided rides › What happens if it rains on a ride day?", "paragraph",
     ["The guide decides at 7 a.m. and posts the decision in #sorties.", "A ride cancelled for weather is moved to another date, and your points are kept if you had"], "en", ""),
    ("What do we get at the spring gathering in Saumur?", HC, "Breakaway Days › Spring Days (Loire, May)", "list",
     ["two nights at L'Escale Loire in Saumur;", "all meals, with a picnic on the riverbank;", "a guided 70 km ride along the Loire to Candes-Saint-Martin."], "en", "twin of the October question"),

    # --- faq-hotels.docx (Heading 1 hotel › Heading 2 same questions)
    ("À Bédoin, on peut prendre le petit déj à quelle heure pour partir tôt ?", HO, "La Maison du Ventoux (Bédoin) › À quelle heure est servi le petit-déjeuner ?", "sentence",
     ["Le petit-déjeuner est servi dès 5 h 45 de mai à septembre, pour partir au frais vers le sommet, et à partir de 7 h le reste de l'année."], "fr", "same Heading 2 under three hotels"),
    ("Il y a un mécano sur place à l'hôtel de Saumur ?", HO, "L'Escale Loire (Saumur) › Y a-t-il un atelier de réparation ?", "sentence",
     ["Non, mais le réparateur Cycles Anjou, à 300 m, accorde 10 % aux clients de l'hôtel sur présentation de la clé de chambre."], "fr", "Ventoux has a mechanic: wrong hotel trap"),
    ("Je dors à Moissac, mon vélo sera bien à l'abri la nuit ?", HO, "Hôtel du Halage (Moissac) › Où ranger mon vélo ?", "sentence",
     ["Les vélos dorment dans l'ancienne remise à bateaux, fermée à clé, avec 24 emplacements et des prises pour recharger les batteries."], "fr", ""),
    ("À Moissac, je peux bricoler mon vélo moi-même le soir ?", HO, "Hôtel du Halage (Moissac) › Y a-t-il un atelier de réparation ?", "sentence",
     ["Oui : un pied d'atelier, une pompe à pied et une caisse à outils sont en libre accès de 7 h à 22 h."], "fr", ""),
    ("L'hôtel du Ventoux, il est fermé à quelle période de l'année ?", HO, "Récapitulatif des horaires", "table_row",
     ["La Maison du Ventoux", "de mi-novembre à fin février"], "fr", "DOCX table row"),
    ("On peut arriver à partir de quelle heure à l'Escale Loire ?", HO, "Récapitulatif des horaires", "table_row",
     ["L'Escale Loire", "dès 16 h"], "fr", "DOCX table row"),
    ("Qu'est-ce qu'on trouve partout dans vos hôtels pour les cyclistes ?", HO, "Dans tous nos hôtels", "list",
     ["une station de lavage pour vélos avec tuyau et brosses", "un séchoir pour les vêtements et les chaussures mouillés", "des cartes papier des véloroutes de la région, à emporter."], "fr", "DOCX list after a sentence ending in ':'"),
    ("Is there a bike mechanic at the Ventoux hotel?", HO, "La Maison du Ventoux (Bédoin) › Y a-t-il un atelier de réparation ?", "sentence",
     ["Oui, un mécanicien est présent les samedis matin d'avril à octobre ; il règle les freins et les dérailleurs avant la montée, pour 15 € (offert aux Échappés Sommet)."], "en", "English over French; same heading under 3 hotels"),
    ("Je pars très tôt de Moissac pour une grosse étape, le petit-déjeuner peut être avancé ?", HO, "Hôtel du Halage (Moissac) › À quelle heure est servi le petit-déjeuner ?", "sentence",
     ["Le petit-déjeuner est servi de 6 h 30 à 10 h, dès 6 h sur demande pour les longues étapes."], "fr", "twin of the Bédoin question"),

    # --- faq-evenements.html (h2 topics, <details> accordions)
    ("Les prochaines rencontres des Échappés, c'est quand et où ?", EV, "Les Rencontres annuelles", "sentence",
     ["Les Rencontres des Échappés 2027 auront lieu du 11 au 13 juin à L'Escale Loire, à Saumur."], "fr", "answer inside <details>"),
    ("Je dois payer ma chambre quand je viens aux Rencontres ?", EV, "Les Rencontres annuelles", "sentence",
     ["Halte & Selle prend en charge deux nuits et les repas pour chaque Échappé inscrit ; le transport jusqu'à Saumur reste à votre charge."], "fr", ""),
    ("Ça se passe comment, le week-end des Rencontres, jour par jour ?", EV, "Les Rencontres annuelles", "list",
     ["vendredi : accueil à partir de 16 h et dîner sur les bords de Loire", "samedi : sortie de 60 km vers Fontevraud, puis atelier « idées » avec l'équipe du réseau", "dimanche : brunch et remise des badges de l'année."], "fr", "list inside an accordion; summary is the generic 'Quel est le programme ?'"),
    ("J'aimerais donner un coup de main sur votre stand au salon, comment je m'inscris ?", EV, "Les salons et journées portes ouvertes", "paragraph",
     ["Inscrivez-vous au moins 3 semaines avant le salon dans l'onglet « Appels en cours ».", "Chaque créneau dure 2 heures ; un membre de l'équipe est toujours présent avec vous."], "fr", ""),
    ("On me rembourse le billet de train pour venir au salon ?", EV, "Les salons et journées portes ouvertes", "sentence",
     ["Oui, sur justificatif, dans la limite de 80 € par salon ; le train est à privilégier."], "fr", "staff budget table has a 'frais de salon' row"),
    ("Can my 15-year-old come along on a local ride?", EV, "Les sorties locales", "sentence",
     ["Oui, à partir de 14 ans et accompagnés d'un adulte responsable."], "en", "English over French"),
    ("Je voudrais monter ma propre balade depuis l'hôtel, c'est possible ?", EV, "Les sorties locales", "paragraph",
     ["Oui, à partir du niveau Cadence.", "Proposez l'itinéraire à l'hôtel au moins un mois avant ; l'hôtel prête la salle pour le café d'arrivée et relaie l'annonce."], "fr", ""),

    # --- faq-recompenses-tableau.md (## topic, Question | Réponse table)
    ("Il faut faire quoi pour décrocher le badge du canal ?", R, "Badges", "table_row",
     ["Comment obtenir le badge « Canal des Deux-Mers » ?", "Enchaîner au moins trois hôtels du réseau le long du canal lors d'un même voyage."], "fr", "four look-alike badge rows"),
    ("Le badge Entraide, on l'obtient comment ?", R, "Badges", "table_row",
     ["Recevoir 10 remerciements d'autres Échappés sur le Discord dans l'année."], "fr", ""),
    ("Ça fait un mois que j'ai accepté et toujours pas de kit d'accueil, c'est normal ?", R, "Cadeaux et envois", "table_row",
     ["Quand le kit de bienvenue est-il envoyé ?", "Sous trois semaines après l'acceptation de l'invitation, par Colissimo."], "fr", ""),
    ("J'habite à Genève, je recevrai quand même le cadeau de Noël ?", R, "Cadeaux et envois", "table_row",
     ["Oui, dans toute l'Union européenne, en Suisse et au Royaume-Uni."], "fr", ""),
    ("Les membres du comité sont payés pour ça ?", R, "Comité des Échappés", "table_row",
     ["Non ; ses membres reçoivent 100 points par réunion et sont invités aux visites des futurs hôtels du réseau."], "fr", ""),
    ("How often does the members' committee get together?", R, "Comité des Échappés", "table_row",
     ["Quatre fois par an en visioconférence, et une fois en présentiel pendant les Rencontres."], "en", "English over French table"),
    ("Les badges, ça donne des points en plus ?", R, "Badges", "table_row",
     ["Non, les badges sont honorifiques ; ils s'affichent sur votre profil et sur le mur des Échappés de chaque hôtel."], "fr", ""),

    # --- interne-faq-sollicitations.md (STAFF)
    ("Pour une vidéo, je dois prévenir l'Échappé combien de temps avant ?", IM, "Planifier une sollicitation › Avec quel délai prévenir les Échappés ?", "sentence",
     ["Au moins trois semaines pour un témoignage vidéo ou une présence sur un salon, une semaine pour un avis ou un partage."], "fr", "staff only"),
    ("Je peux solliciter la même personne combien de fois par mois au maximum ?", IM, "Planifier une sollicitation › Combien de sollicitations par Échappé ?", "list",
     ["pas plus de deux sollicitations par Échappé et par mois", "pas plus de cinq par trimestre pour les Échappés Sommet, les plus demandés", "jamais deux témoignages vidéo de suite pour la même personne."], "fr", "staff only; over-solicitation"),
    ("Pour le salon de Nantes, comment je choisis qui contacter ?", IM, "Planifier une sollicitation › Comment choisir qui solliciter pour un salon ?", "step",
     ["Filtrer les Échappés habitant à moins de 150 km du salon.", "Écarter ceux qui ont été sollicités dans les 30 derniers jours.", "Trier par délai moyen de réponse, du plus court au plus long.", "Envoyer la demande à trois personnes au plus, puis attendre 72 heures avant d'élargir."], "fr", "staff only; numbered steps with no intro"),
    ("On vise quel délai de réponse moyen aux sollicitations en 2027 ?", IM, "Suivre la santé du programme › Quels indicateurs suivre chaque mois ?", "table_row",
     ["Délai moyen de réponse à une sollicitation", "moins de 4 jours"], "fr", "staff only; Markdown table row (issue 19 demo: raw row)"),
    ("C'est quoi notre objectif de rétention des Échappés l'an prochain ?", IM, "Suivre la santé du programme › Quels indicateurs suivre chaque mois ?", "table_row",
     ["Rétention d'une année sur l'autre", "85 %"], "fr", "staff only"),
    ("Un membre ne répond plus à rien depuis des mois, je fais quoi ?", IM, "Suivre la santé du programme › Quand un Échappé décroche, que faire ?", "paragraph",
     ["Si un Échappé n'a répondu à aucune sollicitation depuis 4 mois, envoyez-lui un message personnel, sans relance automatique, pour demander s'il souhaite faire une pause.", "Ne retirez jamais son niveau sans lui en avoir parlé."], "fr", "staff only"),
    ("Un Échappé a laissé une critique salée sur Google, je lui demande de la retirer ?", IM, "Situations délicates › Un Échappé publie un avis très négatif : que faire ?", "paragraph",
     ["Ne demandez jamais de retirer ou de modifier l'avis.", "Transmettez-le au directeur de l'hôtel concerné dans la journée, puis appelez l'Échappé pour l'écouter ; l'avis garde ses points."], "fr", "staff only; guide-contributions.pdf covers critical reviews from the ambassador side"),

    # --- interne-procedures-cm.docx (STAFF)
    ("Une vidéo déclarée, on a combien de temps pour la valider ?", IP, "Valider les contributions › Quels délais de validation respecter ?", "sentence",
     ["Un avis ou un partage se valide sous 5 jours ouvrés, un témoignage vidéo sous 15 jours."], "fr", "staff only; public help centre gives similar delays"),
    ("Dans quels cas j'ai le droit de rejeter une contribution ?", IP, "Valider les contributions › Quand refuser une contribution ?", "list",
     ["Refusez une contribution dans trois cas seulement :", "elle ne peut pas être vérifiée (lien mort, capture illisible)", "elle a déjà été déclarée par la même personne", "elle contient des propos injurieux ou des données personnelles d'un tiers."], "fr", "staff only"),
    ("On se base sur quoi pour décider d'inviter un client dans le programme ?", IP, "Inviter de nouveaux Échappés › Quels critères pour inviter un client ?", "list",
     ["Un client reçoit une invitation quand il remplit au moins trois de ces critères :", "au moins trois nuits dans le réseau sur les 24 derniers mois", "une note de 9 ou 10 au dernier questionnaire de satisfaction", "un itinéraire ou un récit de voyage déjà partagé en ligne."], "fr", "staff only; public 'Qui peut devenir Échappé ?' is the look-alike"),
    ("What are the steps to send someone an invitation?", IP, "Inviter de nouveaux Échappés › Comment envoyer une invitation ?", "step",
     ["Vérifier dans le CRM que le client a accepté les communications.", "Générer le lien personnel dans l'outil Échappée Belle.", "Personnaliser le message avec le nom de l'hôtel et de l'étape du séjour.", "Envoyer dans les 15 jours qui suivent le séjour."], "en", "staff only; English over French; DOCX numbered list"),
    ("Quelqu'un veut quitter le programme, on réagit comment côté équipe ?", IP, "Départs et sorties du programme › Comment traiter un départ volontaire ?", "paragraph",
     ["Remerciez la personne par un message signé, sans chercher à la retenir.", "Son statut de client fidèle, ses remises hôtel et son historique de séjours restent intacts."], "fr", "staff only; faq-programme.md has the ambassador-side steps"),
    ("On a prévu combien pour les Rencontres dans le budget de l'an prochain ?", IP, "Budget des avantages", "table_row",
     ["Rencontres annuelles", "22 000 €"], "fr", "staff only; DOCX table row"),
    ("Un Échappé n'est plus éligible, comment on lui annonce ?", IP, "Départs et sorties du programme › Un Échappé ne remplit plus les critères : que faire ?", "paragraph",
     ["Appelez-le avant tout message écrit.", "Proposez-lui le statut « Ancien Échappé », qui garde l'accès au Discord en lecture et les badges obtenus."], "fr", "staff only"),
]

UNANSWERABLE = [
    ("Est-ce que les chiens sont acceptés dans vos hôtels ?", "fr", "pets never mentioned"),
    ("Je peux donner mes points à un autre Échappé ?", "fr", "point transfer not covered"),
    ("Le programme a-t-il une appli mobile ?", "fr", "no app mentioned"),
    ("Combien d'Échappés y a-t-il en tout dans le programme ?", "fr", "member count absent"),
    ("Est-ce qu'une assurance vélo est incluse pour les membres ?", "fr", "insurance absent"),
    ("Can I pay for a room partly with points and partly by card?", "en", "mixed payment absent"),
    ("Quel était le NPS des Échappés l'an dernier ?", "fr", "KPI targets exist, no measured NPS"),
    ("Le petit-déjeuner est servi à quelle heure au Relais Vélodyssée de Pornic ?", "fr", "Pornic hotel is not in the per-hotel FAQ (look-alike trap)"),
    ("Comment obtenir le badge « Vélodyssée » ?", "fr", "badge does not exist; look-alike rows"),
    ("Quand auront lieu les Rencontres 2028 ?", "fr", "only 2027 is given"),
    ("Can I gift my membership to a friend?", "en", "not covered"),
    ("Y a-t-il des bornes de recharge pour voitures électriques dans les hôtels ?", "fr", "only e-bike battery plugs are mentioned"),
    ("Les points gagnés sont-ils imposables ?", "fr", "tax not covered"),
    ("Est-ce qu'il y a un code de parrainage à donner à mes amis ?", "fr", "no referral code; club presentation is different"),
    ("What is the cancellation policy for group bookings of more than ten people?", "en", "group bookings absent"),
    ("Je peux recevoir la lettre « La Roue Libre » en version papier ?", "fr", "paper newsletter not covered"),
    ("Quel était le budget total du programme en 2026 ?", "fr", "only the 2027 budget table exists"),
    ("Ma remise Échappé marche-t-elle quand je réserve une chambre pour un ami ?", "fr", "not covered"),
    ("Is there an e-bike rental at L'Escale Loire?", "en", "which hotels have e-bikes is never listed"),
    ("Qui est le directeur de l'hôtel du Halage ?", "fr", "names of hotel directors absent"),
]

DOCS_TEXT = {
    "faq-programme.md": FAQ_PROGRAMME_MD,
    "faq-recompenses-tableau.md": FAQ_RECOMPENSES_MD,
    "interne-faq-sollicitations.md": INTERNE_MD,
    "faq-sejours.txt": FAQ_SEJOURS_TXT,
    "aide-numerotee.txt": AIDE_NUMEROTEE_TXT,
    "breakaways-faq.txt": BREAKAWAYS_TXT,
    "aide-points.html": AIDE_POINTS_HTML,
    "faq-evenements.html": FAQ_EVENEMENTS_HTML,
}


def main():
    d = os.path.join(HERE, "docs")
    os.makedirs(d, exist_ok=True)
    for name, text in DOCS_TEXT.items():
        with open(os.path.join(d, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    write_pdf(os.path.join(d, "guide-contributions.pdf"), GUIDE_CONTRIBUTIONS, "Guide des contributions des Échappés", "fr-FR")
    write_pdf(os.path.join(d, "help-centre-en.pdf"), HELP_CENTRE_EN, "Breakaways Help Centre: Rides and Breakaway Days", "en-GB")
    write_docx(os.path.join(d, "faq-hotels.docx"), FAQ_HOTELS, "FAQ par hôtel : vélos, atelier et petit-déjeuner", "fr-FR")
    write_docx(os.path.join(d, "interne-procedures-cm.docx"), INTERNE_PROCEDURES, "Procédures de l'équipe : programme Échappée Belle", "fr-FR")
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, doc, sec, unit, gold, lang, note) in enumerate(Q, 1):
            f.write(json.dumps({"id": "s17-q%02d" % i, "question": q, "gold_doc": doc, "gold_section": sec,
                                "unit": unit, "gold": gold, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, lang, note) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": "s17-u%02d" % i, "question": q, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    print("wrote %d documents, %d questions, %d unanswerable" % (len(os.listdir(d)), len(Q), len(UNANSWERABLE)))


if __name__ == "__main__":
    main()
