# -*- coding: utf-8 -*-
"""Source text of the 12 documents of the Brûlerie Castagne set.

txt / md / html documents are stored exactly as written.
pdf / docx documents are stored in a small block markup that gen.py renders:
  "# "  title            "## " heading 1        "### " heading 2
  "- "  bullet            "  - " sub-bullet      "1. " numbered item
  "| a | b |" table row (first row = header)   "= Term : definition" definition
  any other non-empty line = paragraph
"""

CHARTE = """CHARTE DU CERCLE CASTAGNE
=========================

Diffusion : l'ensemble des ambassadeurs et ambassadrices du Cercle, sans distinction de niveau.

Programme ambassadeurs de la Brûlerie Castagne - version 3, mars 2026

Article 1 — Objet de la charte

1.1 La présente charte fixe les engagements réciproques entre la Brûlerie Castagne (ci-après « la Brûlerie ») et les clients qui ont accepté de rejoindre le Cercle Castagne (ci-après « les ambassadeurs »).
1.2 Elle complète le règlement des points et niveaux et les conditions des avantages. En cas de contradiction, la charte prévaut.

Article 2 — Qui peut devenir ambassadeur

2.1 Le Cercle est ouvert sur invitation et, depuis 2026, sur candidature. L'invitation est adressée par l'équipe programme à des clients actifs depuis au moins douze mois, qui ont exprimé leur satisfaction (enquête, avis, échanges avec leur commercial).
2.2 Les conditions suivantes doivent être réunies :
  a) être client professionnel (café, restaurant, épicerie fine, entreprise abonnée) ou particulier abonné depuis au moins un an ;
  b) ne pas être salarié de la Brûlerie ni d'un torréfacteur concurrent ;
  c) accepter la présente charte par écrit, y compris par un clic dans l'espace Discord.
2.3 Le nombre d'abonnés sur les réseaux sociaux n'est jamais un critère suffisant à lui seul.

Article 3 — Engagements de l'ambassadeur

3.1 L'ambassadeur parle de la Brûlerie avec ses propres mots. Aucun texte ne lui est imposé ; les éléments fournis par l'équipe sont des points de repère, pas des scripts.
3.2 Il signale clairement son lien avec la Brûlerie lorsqu'il publie un avis ou un contenu en ligne (par exemple avec la mention « ambassadeur Castagne » ou #partenariat).
3.3 Il s'abstient de dénigrer les concurrents et de publier des informations confidentielles reçues dans le cadre du programme (nouveautés, prix, origines en cours de négociation).
3.4 Il reste libre de refuser toute sollicitation, sans avoir à se justifier.

Article 4 — Engagements de la Brûlerie

4.1 La Brûlerie s'engage à prévenir l'ambassadeur au moins quinze jours avant toute sollicitation liée à un événement, et au moins cinq jours ouvrés pour une demande de témoignage ou d'avis.
4.2 Un même ambassadeur n'est pas sollicité plus de deux fois par mois civil, toutes demandes confondues.
4.3 Chaque contribution enregistrée est visible par son auteur dans l'espace Discord, avec les points attribués.
4.4 La Brûlerie ne modifie jamais un témoignage sans l'accord écrit de son auteur ; une simple correction orthographique est proposée, pas imposée.

Article 5 — Confidentialité

5.1 Les informations partagées lors des dégustations privées, des comités produit ou des visites de la torréfaction sont confidentielles jusqu'à leur annonce publique.
5.2 L'obligation de confidentialité survit deux ans après la sortie du programme.

Article 6 — Sortie du programme

6.1 Sortie volontaire. L'ambassadeur peut quitter le Cercle à tout moment, par un simple message à l'équipe ou depuis la commande /quitter sur Discord. Aucun préavis n'est demandé.
6.2 Sortie à l'initiative de la Brûlerie. En cas de manquement grave à la charte (propos injurieux, contenu trompeur, divulgation d'une information confidentielle), la Brûlerie peut mettre fin à la participation après un échange téléphonique avec l'ambassadeur.
6.3 Effets de la sortie :
  6.3.1 Les points acquis restent utilisables pendant trois mois à compter de la date de sortie.
  6.3.2 Les témoignages déjà publiés restent en ligne, sauf demande de retrait de l'auteur.
  6.3.3 La relation commerciale (tarifs, abonnement, contrat de location de machine) n'est pas affectée par la sortie.

Article 7 — Inactivité

7.1 Un ambassadeur sans aucune contribution pendant neuf mois consécutifs reçoit un message de l'équipe pour faire le point. Il n'est pas exclu automatiquement.
7.2 Sans réponse après deux relances espacées d'un mois, son compte passe en statut « en pause » ; il peut le réactiver à tout moment.

Article 8 — Évolution de la charte

8.1 Toute modification de la charte est annoncée sur le canal #annonces au moins un mois avant son entrée en vigueur.
8.2 L'ambassadeur qui refuse la nouvelle version peut quitter le programme dans les conditions de l'article 6.1.

Contact : cercle@brulerie-castagne.fr - Responsable du programme : Inès Ferrandon.
"""

REGLEMENT = """# Règlement des points et des niveaux

*Ce règlement s'adresse à tous les membres du Cercle Castagne, quel que soit leur niveau ou leur ancienneté.*

Dernière mise à jour : 2 février 2026. Il remplace la grille de 2024.

## 1. Principe général

Chaque contribution validée par l'équipe programme rapporte des points. Les points s'additionnent sur douze mois glissants et déterminent votre niveau. Ils ne se transforment jamais en argent, mais ils peuvent être échangés contre des avantages décrits dans les conditions des avantages.

Une contribution est validée dans un délai de sept jours. Si rien ne bouge au-delà, écrivez dans #aide-cercle : un membre de l'équipe reprend le dossier.

Votre solde s'affiche dans Discord avec la commande /points. Le détail ligne par ligne (date, contribution, points) est aussi envoyé chaque mois par e-mail aux membres qui ne sont pas sur Discord.

## 2. Barème des contributions

| Contribution | Points (pts) | Plafond (nb par trimestre) | Justificatif demandé |
|---|---|---|---|
| Témoignage écrit (150 mots minimum) | 40 | 3 | lien ou texte |
| Témoignage vidéo (30 s à 2 min) | 90 | 2 | fichier vidéo |
| Avis en ligne (Google, Tripadvisor, site marchand) | 15 | 4 | capture d'écran |
| Partage sur les réseaux sociaux | 5 | 10 | lien |
| Participation à un salon ou une dégustation publique | 60 | | feuille d'émargement |
| Mise en relation avec un prospect | 50 | 6 | fiche contact |
| Mise en relation devenue client | 150 | | automatique |
| Aide à un autre membre sur Discord | 10 | 12 | |
| Idée d'amélioration retenue | 70 | | |
| Participation à un atelier de co-création | 80 | 2 | feuille d'émargement |

Une case vide dans la colonne « Plafond » signifie qu'il n'y a pas de limite ; dans la colonne « Justificatif », qu'aucune pièce n'est demandée.

## 3. Les niveaux

| Niveau | Seuil (pts sur 12 mois) | Badge Discord |
|---|---|---|
| Cerise | 0 | rouge |
| Grain | 150 | brun clair |
| Torréfacteur | 450 | brun foncé |
| Maître d'origine | 900 | or |

### 3.1 Ce que chaque niveau débloque

- **Cerise**
  - accès au salon Discord privé et à la newsletter « Le Moulin » ;
  - un sachet de découverte de 250 g à l'arrivée.
- **Grain**
  - tous les avantages du niveau Cerise ;
  - 5 % de remise sur les commandes de café en grains ;
  - invitation aux dégustations de nouvelles origines, deux fois par an.
- **Torréfacteur**
  - tous les avantages des niveaux précédents ;
  - 10 % de remise sur le café et 5 % sur les accessoires ;
  - une matinée de torréfaction à l'atelier de Saint-Étienne, transport remboursé ;
  - accès anticipé aux cafés de saison.
- **Maître d'origine**
  - tous les avantages des niveaux précédents ;
  - siège au comité de sélection des origines (trois réunions par an) ;
  - rencontre annuelle avec les fondateurs ;
  - 15 % de remise sur le café, plafonnée à 120 € par mois.

### 3.2 Passage et maintien

Le passage au niveau supérieur est immédiat dès que le seuil est atteint. En revanche, la baisse de niveau n'intervient qu'une fois par an, le 1er mars, et jamais de plus d'un niveau à la fois. Vous êtes prévenu par message privé un mois avant.

## 4. Cas particuliers

- **Contribution collective** : lorsqu'un témoignage est donné à plusieurs (par exemple toute l'équipe d'un café), les points sont attribués au compte de l'établissement, pas à chaque personne.
- **Contenu retiré** : si vous retirez un témoignage dans les trente jours, les points correspondants sont déduits ; après trente jours, ils restent acquis.
- **Double déclaration** : une même contribution déclarée deux fois n'est comptée qu'une fois ; l'équipe vous prévient et rien d'autre ne change.

## 5. Contester un décompte

Vous pouvez contester un décompte de points dans les soixante jours suivant la validation. Écrivez à l'équipe en précisant la contribution concernée ; la réponse est donnée sous dix jours ouvrés. Si le désaccord persiste, la responsable du programme tranche après avoir relu l'historique avec vous.
"""

FAQ = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>FAQ du Cercle Castagne</title>
</head>
<body>
<main>
<h1>Questions fréquentes du Cercle Castagne</h1>
<p class="lectorat">Page réservée aux ambassadeurs du Cercle : chacun d'entre vous peut la consulter, quel que soit son niveau, depuis le lien épinglé sur Discord.</p>
<p>Vous ne trouvez pas votre réponse ? Posez la question au bot du salon #aide-cercle ou écrivez à l'équipe. Nous complétons cette page chaque trimestre.</p>

<h2>Rejoindre le programme</h2>
<h3>Je n'ai pas reçu d'invitation, puis-je candidater ?</h3>
<p>Oui, depuis 2026. Remplissez le formulaire « Je veux rejoindre le Cercle » en bas de votre espace client. L'équipe étudie les candidatures une fois par trimestre et répond à chacune, même lorsqu'elle est négative.</p>
<h3>Je change d'établissement, que deviennent mes points ?</h3>
<p>Si vous reprenez ou ouvrez un autre établissement client de la Brûlerie, votre niveau vous suit ; les points acquis au nom de l'ancien établissement restent attachés à celui-ci et profitent à l'équipe qui y reste.</p>

<h2>Points et niveaux</h2>
<h3>Pourquoi ma contribution n'apparaît-elle pas encore ?</h3>
<p>Chaque contribution est relue par une personne de l'équipe avant d'être créditée. Comptez jusqu'à sept jours ; les avis en ligne peuvent demander plus de temps, car nous attendons qu'ils soient publiés par la plateforme.</p>
<h3>Comment déclarer une contribution ?</h3>
<p>Trois étapes, depuis n'importe quel salon du Discord :</p>
<ol>
<li>tapez /contribution et choisissez le type dans le menu ;</li>
<li>ajoutez le lien, la capture ou le fichier demandé comme justificatif ;</li>
<li>précisez si elle répond à une sollicitation, pour que l'équipe la rattache.</li>
</ol>
<h3>Mes points expirent-ils ?</h3>
<p>Les points comptent pour votre niveau pendant douze mois glissants. Pour les échanges contre des avantages, un point non utilisé expire vingt-quatre mois après avoir été crédité.</p>
<h3>Puis-je transférer mes points à un autre ambassadeur ?</h3>
<p>Non. Les points sont personnels, ou attachés à l'établissement lorsque plusieurs personnes partagent un compte. Ils ne suivent donc pas un salarié qui quitte votre établissement.</p>

<h2>Sollicitations</h2>
<h3>Combien de fois allez-vous me solliciter ?</h3>
<p>Deux fois par mois au maximum, toutes demandes confondues, et souvent beaucoup moins. Si vous trouvez que c'est trop, dites-le : nous pouvons réduire à une demande par trimestre, sans conséquence sur votre niveau.</p>
<h3>Que se passe-t-il si je ne réponds pas à une demande ?</h3>
<p>Rien. Une demande sans réponse est simplement close au bout de dix jours. Nous ne retirons aucun point et nous ne relançons qu'une seule fois.</p>
<h3>Quelles sont les demandes les plus fréquentes ?</h3>
<ul>
<li>un avis en ligne après la sortie d'un café de saison ;</li>
<li>un témoignage écrit pour la plaquette destinée aux restaurateurs ;</li>
<li>une présence sur notre stand lors des salons professionnels ;</li>
<li>une visite de votre établissement par un prospect, accompagnée de notre commercial.</li>
</ul>

<h2>Avantages et cadeaux</h2>
<h3>Puis-je utiliser ma remise pour offrir du café ?</h3>
<p>Oui. La remise s'applique à toute commande de café passée depuis votre compte, y compris les coffrets que vous faites livrer à une autre adresse.</p>
<h3>Je vis à l'étranger, puis-je recevoir mes cadeaux ?</h3>
<p>Oui, en Belgique, en Suisse, au Luxembourg et au Royaume-Uni. Le guide en anglais destiné aux membres hors de France détaille les délais et les frais éventuels.</p>

<h2>Outils</h2>
<h3>Le bot du Discord est-il une vraie personne ?</h3>
<p>Non : c'est un assistant automatique, qui vous le dit dès le premier message. Il répond aux questions courantes et enregistre vos contributions. Pour une réclamation, un sujet personnel ou un désaccord, il passe la main à un membre de l'équipe, qui vous répond sous deux jours ouvrés.</p>
<h3>Où trouver les documents du programme ?</h3>
<p>La charte, le règlement des points, les conditions des avantages et le guide du témoignage sont épinglés dans le salon #ressources. Le bot peut aussi vous en citer un passage si vous lui posez la question.</p>
<h3>Puis-je utiliser le programme sans Discord ?</h3>
<p>Oui. Tout peut se faire par e-mail, y compris la déclaration des contributions. Vous recevez alors la newsletter « Le Moulin » et un récapitulatif mensuel de vos points.</p>
</main>
</body>
</html>
"""

EVENEMENTS = """# Guide des événements 2026
Public : tous les ambassadeurs inscrits au programme, qu'ils aient déjà tenu un stand ou non.
Ce guide rassemble ce qu'il faut savoir avant de représenter la Brûlerie sur un salon, une dégustation ou une journée portes ouvertes. Il complète la charte du Cercle, notamment son article 4 sur les délais de prévenance.
## 1. Calendrier des événements
| Événement | Date | Lieu | Places | Défraiement (€/jour) |
| Salon Sirha Food | 24-28 janvier | Lyon Eurexpo | 6 | 80 |
| Portes ouvertes de la torréfaction | 11 avril | Saint-Étienne | 12 | |
| Coffee Festival | 6-7 juin | Paris, Carreau du Temple | 4 | 95 |
| Dégustation « Origines d'Éthiopie » | 19 septembre | Clermont-Ferrand | 8 | 40 |
| Salon Equip'Hôtel | 15-19 novembre | Paris Expo | 5 | 95 |
La colonne « Places » indique le nombre d'ambassadeurs accueillis sur le stand. Les dates peuvent évoluer ; la version à jour est épinglée dans le salon #événements. Pour la journée portes ouvertes, il n'y a pas de défraiement : le déjeuner est offert sur place.
## 2. S'inscrire
Les inscriptions ouvrent six semaines avant chaque événement, par la commande /événement dans Discord. Les places sont attribuées en priorité aux ambassadeurs qui n'ont participé à aucun événement dans les douze derniers mois, puis par ordre d'inscription. Une liste d'attente est tenue ; en cas de désistement, la personne suivante est prévenue par message privé.
## 3. Préparer sa venue
### 3.1 Ce que la Brûlerie fournit
- le badge « Ambassadeur Castagne » à retirer à l'accueil du stand ;
- un tablier brodé, que vous gardez ;
- une fiche repère sur les cafés présentés :
  - origine, altitude et procédé ;
  - profil aromatique et méthodes d'extraction conseillées ;
  - prix public et prix professionnel.
### 3.2 Ce que nous vous demandons d'apporter
- une pièce d'identité (certains salons contrôlent l'accès) ;
- des chaussures confortables : les journées de salon durent souvent neuf heures ;
- votre propre expérience, racontée avec vos mots.
## 4. Sur place
Vous n'êtes pas vendeur. Votre rôle est de partager votre expérience de client : comment vous avez découvert la Brûlerie, ce qui a changé dans votre établissement ou à la maison. Les questions de prix, de délais de livraison ou de contrat sont renvoyées vers le commercial présent sur le stand.
Un point d'accueil de quinze minutes a lieu chaque matin avant l'ouverture : on y présente les cafés du jour et l'organisation du stand.
Chaque ambassadeur assure au maximum deux créneaux de trois heures par jour. Une pause d'au moins quarante-cinq minutes est prévue entre deux créneaux, avec un café, évidemment.
## 5. Frais et défraiement
### 5.1 Ce qui est pris en charge
- le transport en train, en seconde classe, sur présentation du billet ;
- l'hébergement pour les événements de plus d'une journée, réservé par l'équipe ;
- le défraiement forfaitaire indiqué dans le calendrier, par jour de présence.
### 5.2 Ce qui ne l'est pas
Les trajets en voiture sont remboursés au barème kilométrique uniquement lorsqu'aucun train ne permet d'arriver à l'heure. Les repas pris en dehors des horaires du salon restent à votre charge, tout comme les nuits supplémentaires que vous choisiriez d'ajouter.
Les justificatifs sont à envoyer dans les trente jours suivant l'événement ; le remboursement intervient par virement sous trois semaines.
## 6. Après l'événement
Un court questionnaire vous est envoyé le lendemain : trois questions, cinq minutes. Vos réponses servent à améliorer le stand et l'accueil des ambassadeurs. La participation est créditée de 60 points par événement, quel que soit le nombre de jours.
## 7. En cas d'empêchement
Un imprévu peut arriver à tout le monde. Prévenez l'équipe dès que possible, par message privé ou au numéro indiqué dans votre convocation. Votre place est alors proposée à la liste d'attente. Une absence signalée n'a aucune conséquence sur vos points ni sur votre niveau.
Merci d'avance : sans vous, nos stands ressembleraient à tous les autres.
"""

GLOSSAIRE = """# Glossaire du Cercle Castagne
Document partagé avec chaque ambassadeur, du niveau Cerise au niveau Maître d'origine.
Ce glossaire explique les mots que vous croiserez sur Discord, dans la newsletter et dans les échanges avec l'équipe. Les termes sont classés par thème, puis par ordre alphabétique.
## Le programme
= Ambassadeur : client de la Brûlerie, professionnel ou particulier, qui a accepté la charte du Cercle et contribue à faire connaître nos cafés.
= Cercle Castagne : nom du programme d'ambassadeurs lancé en 2023. Il compte environ 140 membres en France et une vingtaine à l'étranger.
= Contribution : action réalisée par un ambassadeur et déclarée à l'équipe, qu'elle réponde ou non à une sollicitation.
= Équipe programme : les trois personnes de la Brûlerie qui animent le Cercle au quotidien, sous la responsabilité d'Inès Ferrandon.
= Newsletter « Le Moulin » : lettre mensuelle du Cercle, envoyée le premier mardi du mois. Elle présente les nouveaux membres, les sollicitations à venir et un portrait d'ambassadeur.
= Sollicitation : demande adressée par l'équipe à un ou plusieurs ambassadeurs, avec une date limite et une description de ce qui est attendu. Une sollicitation peut toujours être refusée.
## Les points et la reconnaissance
= Badge : pastille affichée à côté de votre pseudonyme sur Discord. Sa couleur dépend de votre niveau ; des badges spéciaux récompensent certaines actions, comme le badge « Première tasse » pour un premier témoignage.
= Barème : grille qui fixe le nombre de points rapportés par chaque type de contribution. Il est révisé une fois par an, en février.
= Boutique du Cercle : espace du Discord où les points s'échangent contre des avantages, selon la grille publiée dans les conditions des avantages.
= Douze mois glissants : période qui se décale chaque jour. Un point gagné le 10 mai 2026 compte pour votre niveau jusqu'au 9 mai 2027 inclus.
= Niveau : palier atteint selon vos points. Il en existe quatre : Cerise, Grain, Torréfacteur et Maître d'origine.
## Le café
= Café de saison : lot disponible en quantité limitée, en général pendant huit à douze semaines, après la récolte.
= Cerise : fruit du caféier, qui contient deux graines. C'est aussi le nom de notre premier niveau.
= Origine : pays ou région de culture d'un café. Nos cafés de spécialité sont désignés par leur origine et le nom de la ferme ou de la coopérative.
= Profil de torréfaction : courbe de température et de durée choisie pour un café. Un profil clair met en valeur l'acidité, un profil plus foncé le corps.
## Les instances
= Atelier de co-création : séance de deux heures, en ligne ou à l'atelier, où des ambassadeurs travaillent avec l'équipe sur un nouveau produit ou service (un coffret, une formule d'abonnement, une fiche de recette).
= Atelier NOUS - JE - ACTION : série de trois rencontres qui ont servi à définir la raison d'être du Cercle et ses thèmes :
- NOUS : l'équipe de la Brûlerie précise la raison d'être, les objectifs et les indicateurs du programme ;
- JE : les ambassadeurs disent ce qu'ils attendent du Cercle et ce qui les freine ;
- ACTION : ensemble, on choisit les thèmes de contenu et on forme les groupes d'ambassadeurs.
Une nouvelle série est prévue en 2027.
= Comité de sélection des origines : groupe réunissant l'acheteuse de la Brûlerie, le torréfacteur en chef et les ambassadeurs de niveau Maître d'origine. Il goûte les échantillons et donne un avis consultatif sur les cafés de saison.
## Sigles et abréviations
| Sigle | Signification | Où vous le verrez |
| CHR | Cafés, hôtels, restaurants | plaquettes professionnelles |
| CSO | Comité de sélection des origines | invitations, comptes rendus |
| DLUO | Date limite d'utilisation optimale | sachets de café |
| NPS | Net Promoter Score, note de recommandation de 0 à 10 | enquêtes semestrielles |
| SCA | Specialty Coffee Association | fiches de dégustation |
Note : si un mot vous manque, proposez-le dans #aide-cercle. Les ajouts sont publiés avec la mise à jour annuelle du barème.
"""

CONDITIONS = """CONDITIONS D'UTILISATION DES AVANTAGES
======================================

Destinataires : toutes les personnes membres du programme d'ambassadeurs, tous niveaux confondus.

Cercle Castagne - édition 2026

1. Champ d'application

1.1 Les présentes conditions décrivent comment utiliser les remises, cadeaux et invitations liés au Cercle Castagne.
1.2 Elles s'appliquent aux commandes passées sur la boutique en ligne, par téléphone ou auprès de votre commercial.
  1.2.1 Les commandes passées chez un revendeur (épicerie, cave, concept store) ne sont pas concernées.
  1.2.2 Les commandes groupées de plusieurs établissements ne bénéficient que de la remise du compte qui passe la commande.
1.3 Elles ne modifient pas les conditions générales de vente de la Brûlerie, qui continuent de s'appliquer à toutes vos commandes.

2. Remises de niveau

2.1 La remise est appliquée automatiquement dès que vous êtes connecté à votre compte client. Aucun code n'est nécessaire.
2.2 Elle ne se cumule pas avec les promotions saisonnières ; la réduction la plus avantageuse est retenue.
2.3 Elle s'applique au café (grains et moulu) et, selon le niveau, aux accessoires. Elle ne s'applique jamais :
  2.3.1 aux machines espresso, à leur location et à leur maintenance ;
  2.3.2 aux cartes cadeaux, quel que soit leur montant ;
  2.3.3 aux frais de livraison, y compris en express.

3. Échanger ses points

3.1 Les points peuvent être échangés dans la « Boutique du Cercle » sur Discord, selon la grille ci-dessous.

   Avantage                              Coût (pts)   Délai de réception
   Sachet de 1 kg d'un café de saison    120          10 jours
   Moulin manuel Castagne                300          15 jours
   Cours de latte art (2 h, en ligne)    200          date au choix
   Journée « Barista d'un jour »         600          selon planning
   Don à la coopérative partenaire       100          -

3.2 Un échange ne réduit pas votre niveau : le niveau est calculé sur les points gagnés, non sur le solde disponible.[1]
3.3 Les échanges sont définitifs : un avantage obtenu ne peut être ni repris ni reconverti en points. Si un produit est en rupture, l'équipe vous propose un avantage équivalent ou vous recrédite les points.

4. Cadeaux de bienvenue et d'anniversaire

4.1 À l'arrivée dans le Cercle, chaque ambassadeur reçoit un sachet découverte.
4.2 À chaque anniversaire d'adhésion, un coffret de trois cafés de 100 g est envoyé à l'adresse de livraison habituelle.
4.3 Les cadeaux partent à l'adresse de livraison de votre compte client ; pour une autre adresse, prévenez l'équipe au moins une semaine avant.
4.4 Les cadeaux non réclamés dans les soixante jours après un échec de livraison sont perdus.

5. Invitations et places

5.1 Les invitations aux dégustations et aux matinées de torréfaction sont nominatives.
5.2 Vous pouvez céder votre place à un collègue ou un proche, à condition de prévenir l'équipe au moins quarante-huit heures avant la date.
5.3 Une absence sans prévenir à deux reprises suspend les invitations pendant six mois.[2]

6. Fiscalité

6.1 Pour les clients professionnels, les avantages en nature reçus dans le cadre du Cercle peuvent devoir être déclarés. La Brûlerie adresse chaque année en janvier un récapitulatif des avantages reçus l'année précédente.[3]
6.2 Pour les particuliers, les cadeaux de faible valeur ne donnent lieu à aucune démarche.

7. Modification et réclamations

7.1 La grille d'échange peut être modifiée deux fois par an au plus. Un avantage retiré de la grille reste échangeable pendant un mois après l'annonce.
7.2 Toute réclamation sur un avantage (produit abîmé, remise non appliquée) est adressée au service client, qui répond sous cinq jours ouvrés.

Notes

[1] Exemple : avec 500 points gagnés, vous êtes Torréfacteur. Si vous échangez 300 points contre un moulin, vous restez Torréfacteur.
[2] Les absences liées à une urgence, à la maladie ou à une fermeture imprévue de votre établissement ne sont pas comptées.
[3] Ce récapitulatif ne constitue pas un conseil fiscal ; rapprochez-vous de votre expert-comptable.
"""

TEMOIGNAGE = """# Écrire ou filmer un témoignage : le guide pratique

> À lire par chaque ambassadrice et chaque ambassadeur du Cercle, que vous ayez déjà témoigné ou non.

Un bon témoignage ne ressemble pas à une publicité. Il raconte une expérience vraie, avec ses détails et parfois ses hésitations. Ce guide vous donne des repères ; il ne vous impose aucun texte.

## Avant de commencer

Posez-vous trois questions simples :

1. Qu'est-ce qui vous a amené à la Brûlerie, et qu'utilisiez-vous avant ?
2. Qu'est-ce qui a changé depuis : pour vos clients, votre équipe ou votre matinée ?
3. À qui conseilleriez-vous nos cafés, et à qui pas forcément ?

La troisième question surprend souvent. Elle rend pourtant le témoignage crédible : un lecteur fait davantage confiance à quelqu'un qui nuance.

## Le témoignage écrit

### Longueur et ton

Visez entre 150 et 400 mots. En dessous, le texte manque de détails ; au-delà, il est rarement lu jusqu'au bout. Écrivez comme vous parlez à un confrère au comptoir, à la première personne.

### Ce qu'il faut éviter

- les superlatifs en série (« le meilleur café du monde ») ;
- les chiffres que vous ne pouvez pas vérifier ;
- les comparaisons nominatives avec un autre torréfacteur ;
- les informations confidentielles reçues lors des dégustations privées, notamment :
  - les prix d'achat des lots ;
  - les origines en cours de négociation ;
  - les dates de sortie non annoncées.

## Le témoignage vidéo

### Formats acceptés

| Usage | Durée (s) | Orientation | Poids max (Mo) | Sous-titres |
|---|---|---|---|---|
| Réseaux sociaux (Reels, Shorts) | 30 à 60 | verticale | 200 | obligatoires |
| Site web, page « Ils nous font confiance » | 60 à 120 | horizontale | 500 | conseillés |
| Salon professionnel (écran du stand) | 45 à 90 | horizontale | 500 | |
| Newsletter « Le Moulin » | 20 à 45 | carrée ou verticale | 100 | obligatoires |

Pour le stand, les vidéos passent sans le son ; la case reste vide car les sous-titres sont ajoutés par notre équipe montage.

### Conseils de tournage

- **Lumière** : filmez face à une fenêtre, jamais dos à elle.
- **Son** :
  - coupez la machine et le moulin pendant que vous parlez ;
  - un micro-cravate à une quinzaine d'euros change tout ;
  - évitez les heures de coup de feu.
- **Cadre** : montrez votre comptoir ou votre cuisine, pas un mur blanc.
- **Prises** : deux ou trois essais suffisent ; une hésitation n'est pas un défaut.

### Un exemple d'ouverture

« Quand nous avons repris le bistrot en 2021, le café était le point faible de la carte. Nos habitués le disaient poliment ; les touristes, beaucoup moins. » Deux phrases, un fait précis, une pointe d'humour : le lecteur a envie de connaître la suite.

## Envoyer votre témoignage

Déposez le texte ou le fichier dans le salon #témoignages, ou envoyez un lien de transfert à cercle@brulerie-castagne.fr si la vidéo dépasse 500 Mo. L'équipe vous répond sous cinq jours ouvrés.

Avant toute publication, vous recevez la version finale (texte relu, vidéo montée) pour validation. Sans votre accord écrit, rien n'est publié. Vous pouvez ensuite demander le retrait à tout moment ; il est effectué sous sept jours sur nos propres supports.

## Et après la publication ?

Nous vous envoyons le lien dès que le témoignage est en ligne. Partagez-le si vous le souhaitez : ce partage rapporte des points comme n'importe quel autre. Une vidéo est en général publiée dans les trois semaines suivant votre accord, un texte dans la semaine.

## Droits et autorisations

En envoyant un témoignage, vous autorisez la Brûlerie à le diffuser pendant trois ans sur son site, ses réseaux sociaux, ses plaquettes et ses salons. Si d'autres personnes apparaissent dans une vidéo (salariés, clients de votre établissement), leur accord écrit est nécessaire : un modèle d'autorisation est disponible dans le salon #ressources.

La Brûlerie ne revend jamais les témoignages et ne les utilise pas pour entraîner des outils d'intelligence artificielle.
"""

DONNEES = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Données personnelles et assistant automatique - Cercle Castagne</title>
</head>
<body>
<article>
<h1>Vos données personnelles et l'assistant automatique</h1>
<p><em>Cette notice est remise à chaque ambassadeur lors de son inscription, puis reste consultable ici par tous les membres du Cercle.</em></p>
<p>Le Cercle Castagne s'appuie sur un espace Discord et sur un assistant automatique. Cette notice explique, article par article, ce que nous savons de vous, pourquoi, et comment garder la main.</p>

<h2>Article 1 – Qui traite vos données</h2>
<p>Le responsable du traitement est la SAS Brûlerie Castagne, 14 rue des Forgerons, 42000 Saint-Étienne. Pour toute question, vous pouvez écrire à notre référente données, Claire Vialatte.</p>

<h2>Article 2 – Les données collectées</h2>
<p>Nous collectons uniquement ce qui est utile au programme :</p>
<ul>
<li>identité et coordonnées : nom, prénom, établissement, e-mail, téléphone ;</li>
<li>pseudonyme Discord et messages échangés avec le bot ;</li>
<li>contributions déclarées, points et niveau ;</li>
<li>réponses aux questionnaires et aux ateliers, y compris vos verbatims.</li>
</ul>
<p>Les verbatims servent à préparer les ateliers et à construire nos personas ; ils ne sont jamais publiés sous votre nom sans votre accord.</p>
<p>Nous ne collectons ni données bancaires ni données de santé dans le cadre du Cercle.<sup><a href="#n1">1</a></sup></p>

<h2>Article 3 – L'assistant automatique</h2>
<h3>3.1 Ce qu'il fait</h3>
<p>Le bot présent sur Discord est un programme informatique. Il vous rappelle les sollicitations, enregistre vos contributions, affiche vos points et répond aux questions sur le programme à partir des documents du Cercle. Quand il ne trouve pas la réponse dans ces documents, il le dit au lieu d'inventer, et vous propose de poser la question à l'équipe.</p>
<h3>3.2 Ce qu'il ne fait pas</h3>
<p>Il ne prend aucune décision seul sur votre niveau, votre exclusion ou un litige : ces décisions sont toujours prises par une personne de l'équipe. Il ne lit pas vos messages privés entre membres.</p>
<h3>3.3 Votre consentement</h3>
<p>Les rappels automatiques et les suggestions de sollicitations ne vous sont envoyés que si vous les avez acceptés lors de votre inscription. Vous pouvez retirer ce consentement à tout moment par la commande /rappels off, sans perdre vos points.</p>

<h2>Article 4 – Durées de conservation</h2>
<table>
<thead><tr><th>Donnée</th><th>Durée de conservation (mois)</th><th>Point de départ</th></tr></thead>
<tbody>
<tr><td>Coordonnées et profil d'ambassadeur</td><td>36</td><td>sortie du programme</td></tr>
<tr><td>Historique des contributions et des points</td><td>36</td><td>sortie du programme</td></tr>
<tr><td>Conversations avec le bot</td><td>12</td><td>date du message</td></tr>
<tr><td>Réponses aux ateliers et verbatims</td><td>24</td><td>date de l'atelier</td></tr>
<tr><td>Témoignages publiés</td><td></td><td>voir le guide du témoignage</td></tr>
</tbody>
</table>
<p>Au-delà, les données sont supprimées ou rendues anonymes pour les statistiques.</p>

<h2>Article 5 – Vos droits</h2>
<p>Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à un traitement ou en demander la portabilité. Écrivez à dpo@brulerie-castagne.fr ; nous répondons sous un mois. En cas de désaccord persistant, vous pouvez saisir la CNIL.<sup><a href="#n2">2</a></sup></p>

<h2>Article 6 – Destinataires et hébergement</h2>
<p>Seuls l'équipe programme et, pour les commandes, le service client ont accès à vos données. Le bot et ses données sont hébergés en France. Le modèle de langue éventuellement utilisé ne reçoit ni votre nom ni vos coordonnées : les questions lui sont transmises sans identifiant.</p>

<h2>Article 7 – Sécurité</h2>
<p>Les accès à l'espace d'administration du bot sont nominatifs et protégés par une double authentification. Les sauvegardes sont chiffrées et conservées sur un serveur distinct, lui aussi situé en France. En cas d'incident touchant vos données, nous vous prévenons rapidement et nous informons la CNIL lorsque la loi l'impose.</p>

<h2>Article 8 – Modifications de la notice</h2>
<p>Toute modification importante de cette notice est annoncée sur le canal #annonces au moins trois semaines avant son application. La date de la dernière version figure en bas de page : 5 janvier 2026.</p>
</article>
<footer>
<h2>Notes</h2>
<ol class="notes">
<li id="n1">Les remboursements de frais liés aux événements passent par le service comptable, selon une procédure distincte.</li>
<li id="n2">Commission nationale de l'informatique et des libertés, www.cnil.fr.</li>
</ol>
</footer>
</body>
</html>
"""

HANDBOOK = """# Handbook for members outside France
Audience: every ambassador of the Cercle, and in particular those who live or run a business outside France.
About twenty of our ambassadors are based in Belgium, Switzerland, Luxembourg and the United Kingdom. The French documents (charter, points rules, conditions) apply to you in full; this handbook only explains what works differently across the border. If the two disagree, the French charter prevails.
## 1. Language
You may contribute in English, French, Dutch or German. Testimonials in another language are welcome, but we can only subtitle videos in French and English. The Discord bot answers in French by default; type /lang en to switch it to English. Workshops are currently held in French only.
## 2. Shipping your gifts and rewards
| Country | Delivery time (working days) | Customs or import fees | Carrier |
| Belgium | 3 to 5 | none | Colissimo |
| Luxembourg | 3 to 5 | none | Colissimo |
| Switzerland | 6 to 10 | paid by the Brûlerie | DHL |
| United Kingdom | 5 to 8 | paid by the Brûlerie | DHL |
Parcels leave our warehouse within two working days of your exchange in the Boutique du Cercle. If a parcel is held at customs for more than ten days, write to us with your tracking number: we handle the paperwork with the carrier.
Espresso machines and rented equipment are not shipped abroad under the programme. Grinders obtained with points are shipped to all four countries.
## 3. Discounts and currencies
Level discounts apply to orders placed in euros on the online shop. Swiss and British customers who pay in their own currency through a distributor do not receive the discount automatically; ask the team for a credit note instead, sent once per quarter.
## 4. Events abroad
We take part in two events outside France each year:
- the Brussels Coffee Weekend in March;
- the London Coffee Festival in April, when we share a stand with a partner roaster.
For these events we cover:
- train travel in standard class, or a flight when the train takes more than six hours;
- one night of hotel per event day;
- a flat allowance of 95 euros per day.
Registration follows the same rules as for events in France.
## 5. Introductions and referrals
Introductions of prospects abroad follow the same referral rules as in France. However, the Brûlerie only delivers businesses in the four countries listed above, so an introduction in another country is thanked but does not earn points. When you talk to a prospect in Switzerland or the United Kingdom, mention that the first delivery may take a few extra days because of customs paperwork.
## 6. Data and privacy
Your data stays hosted in France, whatever your country of residence. UK members: the Brûlerie relies on the UK adequacy decision for transfers; you keep the same rights as members in the European Union.
## 7. Time zones and solicitations
Deadlines in solicitations are always given in Paris time. The team avoids sending requests to UK members before 9 am London time. If a deadline falls on a public holiday in your country, tell us and it is moved by two working days.
## 8. Meeting other members
There is no separate Discord for members outside France: the #international channel gathers everyone who prefers to talk in English. A video call is organised every two months on a Thursday evening, Paris time, to share news from each country and prepare the events abroad.
## 9. Who to contact
- Programme questions: cercle@brulerie-castagne.fr
- Orders and deliveries: export@brulerie-castagne.fr
- Your data: dpo@brulerie-castagne.fr
For anything urgent during an event abroad, call the team member named in your event briefing. We answer emails within two working days, in English if you write in English.
"""

REFERRAL = """# Introductions and referrals: programme rules
Who should read this: all Cercle ambassadors, whatever their level or country.
Introducing a café, restaurant or office to the Brûlerie is the most valuable thing an ambassador can do, and the easiest to get wrong. These rules explain what counts as an introduction, how it is rewarded and what we never ask of you.
## 1. Definitions
1.1 Introduction: you put a business or a person in touch with the Brûlerie, with their agreement, by sending their details through the referral form or by copying the team into an email.
1.2 Converted introduction: the introduced business places a first order of at least 300 euros, or signs a subscription, within six months of the introduction.
1.3 Prospect: any business that has not ordered from the Brûlerie during the last 24 months.
## 2. Conditions
2.1 The prospect must have agreed to be contacted. We never call a business that has not said yes.
2.2 An introduction is valid only if no salesperson of the Brûlerie has been in contact with the prospect during the previous six months.
2.3 If two ambassadors introduce the same business, the first form received counts.
2.4 Introducing the business of a relative or of your own employer is welcome, as long as you declare the link in the form.
## 3. Rewards
All amounts are in euros, including VAT.
| Type of customer introduced | Points at introduction | Points at conversion | Order credit (€) |
| Café, bar or restaurant | 50 | 150 | 60 |
| Office with a coffee subscription | 50 | 150 | 40 |
| Delicatessen or retailer | 50 | 100 | |
| Private subscriber | 20 | 40 | 10 |
Order credit is added to your customer account after the introduced customer's second order. Retailers receive no order credit because their prices are already negotiated. Professional ambassadors receive the credit as a discount; private ambassadors can also choose to give it to our partner cooperative.
## 4. What we ask of you
- Tell the prospect honestly that you are a Brûlerie ambassador.
- Describe your own experience rather than our prices or conditions.
- Let our salesperson handle:
  - quotes, prices and payment terms;
  - machine rental and maintenance contracts;
  - delivery schedules and minimum order quantities.
## 5. What we never ask of you
- to send us a list of contacts without their consent;
- to post your referral link in groups or forums where it is not welcome;
- to introduce a business you do not know personally.
## 6. Follow-up
The team tells you within ten working days whether the introduction is valid. You are then kept informed of the main steps: first meeting, tasting, first order. For confidentiality reasons we do not share the amounts ordered. If the prospect asks not to be contacted again, we stop at once and let you know.
## 7. Two examples
Léa runs a bakery-café in Annecy. She tells the owner of the restaurant next door about her roaster, he agrees to be called, and she fills in the referral form. Léa receives 50 points at once. Three months later the restaurant orders coffee for 420 euros: the introduction is converted, Léa receives 150 more points, then 60 euros of order credit after the second order.
Marc, a private subscriber, mentions the Brûlerie to the office manager of his company, which had bought a tasting pack from us a year earlier. Since that office ordered within the last 24 months, it is not a prospect and the introduction is not counted; Marc is thanked personally.
## 8. Disputes
If you think an introduction was wrongly refused, reply to the decision message within 30 days. The programme manager reviews the case with the sales team and gives a final answer within 15 working days.
"""

PROCEDURE = """PROCÉDURE INTERNE - PLANIFIER ET SUIVRE LES SOLLICITATIONS

USAGE INTERNE : réservé à l'équipe programme et aux commerciaux de la Brûlerie. Ne pas transférer aux ambassadeurs.

Cercle Castagne / réf. PRG-04, révision du 12 janvier 2026

1. POURQUOI CETTE PROCÉDURE
---------------------------
En 2025, huit ambassadeurs ont reçu à eux seuls plus de la moitié des demandes. Deux d'entre eux ont quitté le Cercle en expliquant qu'ils se sentaient « utilisés ». Cette procédure fixe des règles de rotation et de charge pour que cela ne se reproduise pas.

2. CALENDRIER
-------------
Le calendrier des sollicitations est tenu dans Slack, via le bot, par la community manager. Il est revu chaque lundi à 9 h 30 lors du point hebdomadaire.
Chaque sollicitation inscrite précise le demandeur, l'objectif, le nombre d'ambassadeurs souhaité, la date limite et le KPI du pilotage auquel elle se rattache.
Toute demande d'un service (marketing, ventes, produit) passe par ce calendrier. Une demande faite directement à un ambassadeur, hors calendrier, n'est pas acceptée, même urgente.

3. DÉLAIS DE PRÉVENANCE
-----------------------
Type de demande            Délai minimal     Relances
Événement / salon          15 jours          1
Témoignage écrit           5 jours ouvrés    1
Témoignage vidéo           10 jours ouvrés   1
Avis en ligne              5 jours ouvrés    0
Visite prospect            10 jours ouvrés   1
Atelier de co-création     3 semaines        2

4. RÈGLES DE CHARGE ET DE ROTATION
----------------------------------
4.1 Maximum deux sollicitations par ambassadeur et par mois civil (engagement de la charte, article 4.2).
4.2 Avant d'envoyer une demande, vérifier dans le tableau de charge :
    a) le nombre de sollicitations reçues sur les 90 derniers jours ;
    b) le taux de réponse de l'ambassadeur ;
    c) la date de sa dernière contribution.
4.3 Si un ambassadeur a reçu trois demandes ou plus sur 90 jours, la demande suivante va en priorité à un ambassadeur moins sollicité, même d'un niveau inférieur.
4.4 Un ambassadeur qui a demandé à être moins sollicité est marqué « rythme réduit » : une demande par trimestre au plus.

5. SIGNAUX DE DÉCROCHAGE
------------------------
Alerter la responsable du programme lorsqu'on observe l'un des signaux suivants :
  - deux sollicitations refusées ou sans réponse d'affilée ;
  - aucune contribution depuis six mois chez un ambassadeur de niveau Torréfacteur ou plus ;
  - un message exprimant de la lassitude ou de l'agacement, même sur le ton de l'humour ;
  - une baisse de la note NPS de l'ambassadeur de plus de deux points.
L'alerte déclenche un appel, pas un message automatique. L'objectif est de comprendre, pas de relancer.

6. PASSAGE DE RELAIS (HANDOFF)
------------------------------
Le bot transmet la conversation à un humain dans les cas suivants : réclamation, question juridique ou fiscale, désaccord sur des points, situation personnelle difficile, demande de sortie du programme. La personne d'astreinte répond sous deux jours ouvrés. Le week-end, aucun engagement de délai, mais le bot l'indique clairement à l'ambassadeur.
Ne jamais coller dans le bot d'informations confidentielles (marges, prix d'achat, contrats clients). Les documents chargés dans le bot sont ceux du répertoire « Cercle / Partagé ».

7. SORTIE D'UN AMBASSADEUR
--------------------------
7.1 Accuser réception sous 24 heures, avec un message personnel et non un modèle.
7.2 Proposer un court échange (quinze minutes) pour recueillir les raisons du départ ; il est facultatif.
7.3 Informer le commercial du compte : la relation commerciale ne doit pas en pâtir.
7.4 Archiver le profil dans le bot ; ne pas le supprimer avant la fin du délai de conservation.

8. INDICATEURS SUIVIS PAR CETTE PROCÉDURE
-----------------------------------------
Délai moyen de réponse à une sollicitation, taux de participation, nombre de sollicitations par ambassadeur et par trimestre, part des demandes adressées aux dix ambassadeurs les plus sollicités (cible : moins de 30 %). Ces indicateurs sont présentés chaque mois au point d'équipe et alimentent le bilan annuel.
"""

PILOTAGE = """# Pilotage du Cercle : bilan 2026 et objectifs 2027

**Confidentiel - équipe Brûlerie Castagne uniquement.** Ce document n'est pas destiné aux ambassadeurs ; merci de ne pas le charger dans l'espace Discord.

Préparé par Inès Ferrandon pour le comité de direction du 15 décembre 2026.

## 1. Raison d'être du Cercle

Le Cercle réunit des clients qui aiment raconter ce que le bon café change dans leur métier ou leur quotidien, et leur donne les moyens de le faire avec sincérité. Cette phrase, écrite lors de l'atelier NOUS de 2024, a été confirmée par les ambassadeurs lors des ateliers JE. Elle sert de boussole : toute nouvelle mécanique proposée en 2027 sera confrontée à cette phrase avant d'être lancée.

## 2. Bilan 2026

| Indicateur | 2025 | 2026 | Commentaire |
|---|---|---|---|
| Ambassadeurs actifs (au moins 1 contribution / trimestre) | 71 ¹ | 94 | |
| Contributions par ambassadeur actif (nb / an) | 5,2 | 6,8 | hausse portée par les avis en ligne |
| Taux de participation aux sollicitations (%) | 48 | 57 | |
| Délai moyen de réponse (jours) | 4,6 | 3,1 | effet des rappels automatiques |
| Rétention d'une année sur l'autre (%) | 82 | 88 | |
| NPS des ambassadeurs | +54 | +61 | enquête de novembre |
| Leads issus des mises en relation (nb) | 37 | 52 | dont 19 convertis en 2026 |
| Chiffre d'affaires influencé (k€) | | 186 | non mesuré en 2025 ² |

Points de vigilance relevés en 2026 :

- la charge reste concentrée : les dix ambassadeurs les plus sollicités ont reçu 41 % des demandes ;
- le niveau Maître d'origine ne compte que 9 personnes, dont 7 restaurateurs lyonnais ;
- les membres hors de France participent peu aux ateliers, faute de sessions en anglais ;
- l'assistant automatique passe la main à l'équipe dans 14 % des conversations, surtout pour des questions de points.

## 3. Objectifs 2027

| Objectif | Indicateur | Cible 2027 | Responsable |
|---|---|---|---|
| Élargir le Cercle sans l'user | Ambassadeurs actifs | 120 | Inès |
| Mieux répartir les demandes | Part des 10 plus sollicités | < 30 % | Julien |
| Développer les mises en relation | Leads (nb / an) | 75 | équipe commerciale |
| Garder des ambassadeurs heureux | NPS des ambassadeurs | ≥ +60 | Inès |
| Ouvrir le programme à l'international | Membres actifs hors France | 35 | |
| Accélérer les réponses | Délai moyen de réponse (jours) | 2,5 | Julien |

Le responsable de l'objectif international sera désigné après le recrutement prévu au printemps. Les cibles ont été discutées avec les ambassadeurs du niveau Maître d'origine lors de la réunion de novembre ; ils ont demandé que la répartition des demandes soit suivie chaque mois et non chaque trimestre.

## 4. Plan d'action

1. **Premier trimestre**
   - refonte du barème (annonce en février, comme chaque année) ;
   - lancement de sessions d'ateliers en anglais, une par trimestre.
2. **Deuxième trimestre**
   - nouvelle série d'ateliers NOUS - JE - ACTION, centrée sur les groupes d'ambassadeurs ;
   - création de trois groupes thématiques : restaurateurs, bureaux, particuliers passionnés.
3. **Second semestre**
   - test d'un niveau intermédiaire entre Grain et Torréfacteur, si les ateliers le demandent ;
   - bilan de l'assistant automatique : taux de passage de relais, satisfaction.

## 5. Budget

Le budget 2027 demandé s'élève à 48 000 €, dont 21 000 € de cadeaux et avantages, 15 000 € pour les événements, 8 000 € pour les outils et 4 000 € de frais de traduction. Il est en hausse de 12 % par rapport à 2026, essentiellement pour l'ouverture internationale. Les outils couvrent l'hébergement du bot et la licence de la plateforme d'enquête.

## 6. Décisions attendues du comité

Le comité est invité à se prononcer sur trois points :

- la validation du budget 2027 ;
- le recrutement d'une personne à mi-temps pour l'international ;
- l'ouverture du test de niveau intermédiaire au second semestre.

## Notes

¹ Les chiffres 2025 ont été recalculés avec la définition d'« actif » adoptée en 2026.

² Le chiffre d'affaires influencé compte les commandes des clients venus par un ambassadeur, sur douze mois après leur première commande.
"""

# file name -> metadata
DOCS = [
    {"file": "charte-cercle-castagne.txt", "format": "txt", "lang": "fr", "src": CHARTE,
     "title": "CHARTE DU CERCLE CASTAGNE",
     "readership": "Diffusion : l'ensemble des ambassadeurs et ambassadrices du Cercle, sans distinction de niveau.",
     "intended": "all ambassadors",
     "structure": "numbered articles (Article N —) with clauses 1.1 / 6.3.1, lettered sub-items"},
    {"file": "reglement-points-niveaux.md", "format": "md", "lang": "fr", "src": REGLEMENT,
     "title": "Règlement des points et des niveaux",
     "readership": "*Ce règlement s'adresse à tous les membres du Cercle Castagne, quel que soit leur niveau ou leur ancienneté.*",
     "intended": "all ambassadors",
     "structure": "## / ### headings, two pipe tables (units in headers, empty cells), nested bullet list, bold-labelled items"},
    {"file": "faq-cercle.html", "format": "html", "lang": "fr", "src": FAQ,
     "title": "Questions fréquentes du Cercle Castagne",
     "readership": "Page réservée aux ambassadeurs du Cercle : chacun d'entre vous peut la consulter, quel que soit son niveau, depuis le lien épinglé sur Discord.",
     "intended": "all ambassadors",
     "structure": "FAQ: h2 themes, h3 questions with short answers, one <ol> introduced by a line ending in ':', one <ul>"},
    {"file": "guide-evenements-2026.pdf", "format": "pdf", "lang": "fr", "src": EVENEMENTS,
     "title": "Guide des événements 2026",
     "readership": "Public : tous les ambassadeurs inscrits au programme, qu'ils aient déjà tenu un stand ou non.",
     "intended": "all ambassadors",
     "structure": "bold headings by font size, 5-column table with units and an empty cell, nested bullets"},
    {"file": "glossaire.docx", "format": "docx", "lang": "fr", "src": GLOSSAIRE,
     "title": "Glossaire du Cercle Castagne",
     "readership": "Document partagé avec chaque ambassadeur, du niveau Cerise au niveau Maître d'origine.",
     "intended": "all ambassadors",
     "structure": "Heading1 themes, definition paragraphs « Terme : définition », one definition with a bulleted list, w:tbl of acronyms, closing note"},
    {"file": "conditions-avantages-2026.txt", "format": "txt", "lang": "fr", "src": CONDITIONS,
     "title": "CONDITIONS D'UTILISATION DES AVANTAGES",
     "readership": "Destinataires : toutes les personnes membres du programme d'ambassadeurs, tous niveaux confondus.",
     "intended": "all ambassadors",
     "structure": "underlined title, numbered sections 1. / 1.2 / 1.2.1, space-aligned plain-text table, footnote markers [n] and a Notes block"},
    {"file": "guide-temoignage.md", "format": "md", "lang": "fr", "src": TEMOIGNAGE,
     "title": "Écrire ou filmer un témoignage : le guide pratique",
     "readership": "> À lire par chaque ambassadrice et chaque ambassadeur du Cercle, que vous ayez déjà témoigné ou non.",
     "intended": "all ambassadors",
     "structure": "blockquote readership, numbered list after a ':' line, nested bullets, pipe table with units and an empty cell"},
    {"file": "donnees-personnelles.html", "format": "html", "lang": "fr", "src": DONNEES,
     "title": "Vos données personnelles et l'assistant automatique",
     "readership": "Cette notice est remise à chaque ambassadeur lors de son inscription, puis reste consultable ici par tous les membres du Cercle.",
     "intended": "all ambassadors",
     "structure": "h2 « Article N – », h3 sub-articles, <ul> after a ':' line, <table> with unit header and empty cell, footnotes in <ol>"},
    {"file": "members-outside-france.pdf", "format": "pdf", "lang": "en", "src": HANDBOOK,
     "title": "Handbook for members outside France",
     "readership": "Audience: every ambassador of the Cercle, and in particular those who live or run a business outside France.",
     "intended": "all ambassadors",
     "structure": "numbered bold headings, 4-column table with units, two bullet lists each introduced by a ':' line"},
    {"file": "referral-rules.docx", "format": "docx", "lang": "en", "src": REFERRAL,
     "title": "Introductions and referrals: programme rules",
     "readership": "Who should read this: all Cercle ambassadors, whatever their level or country.",
     "intended": "all ambassadors",
     "structure": "Heading1 sections, numbered clauses 1.1-2.3, w:tbl with units and an empty cell, nested bullet list"},
    {"file": "procedure-sollicitations.txt", "format": "txt", "lang": "fr", "src": PROCEDURE,
     "title": "PROCÉDURE INTERNE - PLANIFIER ET SUIVRE LES SOLLICITATIONS",
     "readership": "USAGE INTERNE : réservé à l'équipe programme et aux commerciaux de la Brûlerie. Ne pas transférer aux ambassadeurs.",
     "intended": "staff",
     "structure": "numbered upper-case headings underlined with dashes, space-aligned table, clauses 4.1 with a) b) c), dash list"},
    {"file": "pilotage-2027.md", "format": "md", "lang": "fr", "src": PILOTAGE,
     "title": "Pilotage du Cercle : bilan 2026 et objectifs 2027",
     "readership": "**Confidentiel - équipe Brûlerie Castagne uniquement.** Ce document n'est pas destiné aux ambassadeurs ; merci de ne pas le charger dans l'espace Discord.",
     "intended": "staff",
     "structure": "two pipe tables (units, empty cells), numbered list with nested bullets, footnotes ¹ ²"},
]
