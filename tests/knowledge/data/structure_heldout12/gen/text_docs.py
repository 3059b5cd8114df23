"""Writes the txt / md / html documents (deterministic: fixed strings only)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

CHARTE_MD = """<!-- Classification : PUBLIC — diffusion libre -->
# Charte du programme Les Isards d'Aurbèze

> Document public · Station d'Aurbèze-Pyrénées · version 2.1 du 14 novembre 2025

## 1. Pourquoi ce programme

Les Isards sont des détenteurs du forfait saison qui aiment la montagne d'Aurbèze et acceptent d'en parler avec sincérité. Le programme existe pour que la station soit racontée par ceux qui la skient chaque semaine, pas seulement par nos affiches.

Nous ne cherchons pas des influenceurs : nous cherchons des habitués qui connaissent le nom des pistes, la météo du col et le meilleur moment pour monter au télésiège des Estibes.

## 2. Qui peut devenir Isard

Pour rejoindre le programme, il faut remplir les conditions suivantes :

- détenir un forfait saison Aurbèze en cours de validité ;
- avoir skié au moins deux saisons complètes sur le domaine ;
- être majeur, ou avoir l'accord écrit d'un parent entre 16 et 17 ans ;
- accepter la présente charte et la charte sécurité des contenus.

Les candidatures sont examinées chaque année entre le 1er et le 20 octobre par la responsable du programme, Maialen Larrondo.

## 3. Les niveaux

| Niveau | Cristaux cumulés sur la saison | Avantage phare |
|---|---|---|
| Flocon | de 0 à 149 | badge numérique et salon Discord privé |
| Névé | de 150 à 399 | remise de 10 % sur la location de matériel |
| Crête | de 400 à 899 | une montée en dameuse au coucher du soleil |
| Pic | 900 et au-delà | forfait saison suivant remisé de 50 % |

### Flocon

#### Avantages

Dès l'inscription, chaque Isard reçoit :

- le badge numérique Flocon sur son profil Discord ;
- l'accès au salon privé #isards-bivouac ;
- la newsletter mensuelle La Trace, envoyée avant tout le monde.

### Névé

#### Avantages

En plus des avantages du niveau Flocon, l'Isard Névé obtient :

- une remise de 10 % chez le loueur partenaire Estibes Sports ;
- deux boissons chaudes offertes par semaine au refuge du Cagire ;
- une invitation à la soirée d'ouverture de la saison.

### Crête

#### Avantages

En plus des avantages des niveaux précédents, l'Isard Crête profite de :

- une montée en dameuse au coucher du soleil avec un pisteur ;
- un accès « première trace » à 8 h 15 deux samedis par saison ;
- une place réservée au parking P2 pendant les vacances de février.

### Pic

#### Avantages

En plus des avantages des niveaux précédents, l'Isard Pic reçoit :

- son forfait saison suivant avec 50 % de remise ;
- un siège au comité des usagers, réuni deux fois par an ;
- une journée de ski de randonnée encadrée par un guide du bureau des guides d'Aurbèze.

#### Conditions de maintien

Le niveau Pic se gagne pour une saison et se remet en jeu chaque année. Un Isard Pic qui n'atteint pas 600 cristaux la saison suivante redescend au niveau Crête, sans perdre les cristaux déjà dépensés.

## 4. Ce que nous attendons des Isards

Nous comptons sur vous pour quelques gestes simples :

- parler de la station avec vos propres mots, y compris de ce qui ne va pas ;
- signaler la mention partenariat dès que vous publiez pour le programme ;
- répondre aux sollicitations dans un délai de cinq jours, même pour dire non ;
- respecter les consignes de la charte sécurité des contenus.

## 5. Ce que nous ne demandons jamais

La station ne vous demandera jamais :

- de publier un texte écrit par notre équipe communication ;
- de noter la station cinq étoiles sur commande ;
- de dénigrer une station voisine ;
- de partager des images hors-piste pour faire la promotion du domaine.

## 6. Quitter le programme

Chaque Isard peut quitter le programme à tout moment, par un simple message à la responsable du programme ou depuis son espace en ligne. Les cristaux non utilisés sont perdus au départ, mais les récompenses déjà commandées restent dues. Votre forfait saison et votre relation avec la station ne changent pas.
"""

WELCOME_MD = """<!-- Confidentiality: AMBASSADORS ONLY — do not forward outside the Isards programme -->
Welcome to the Aurbèze Isards
=============================

*Welcome pack for new ambassadors, winter 2025-2026 — English edition for our international season-pass holders.*

Your first week
---------------

Once your application has been accepted, you will receive a welcome email from Maialen Larrondo, the programme manager. Please read this pack before you join the Discord server, because most of the questions people ask in their first days are answered here.

During your first week, we suggest you take care of the following:

- link your season pass number to your Isards profile;
- introduce yourself in the #hello-isards channel on Discord;
- read the content safety charter, even if you only post photos of your lunch;
- pick a first contribution from the list below.

Where to talk to us
-------------------

The programme lives mainly on a private Discord server. The community team answers there on weekdays between 9 am and 6 pm, and on weekends during school holidays only.

For anything involving your personal data, your pass or a complaint, please write to the programme inbox rather than posting in a public channel. A human reads every message; the Discord assistant only helps with routine questions.

Your first contributions
------------------------

### Easy ones

These take less than ten minutes and already earn crystals:

- leave an honest review of the resort on Google or TripAdvisor;
- share a story with the #IsardsAurbeze hashtag;
- answer a beginner's question in the #help-snow channel.

### Bigger ones

When you feel ready, you can try something more ambitious:

- record a short video testimonial of at least 30 seconds;
- volunteer at the Aurbèze Skimo race in March;
- refer a friend who buys a season pass.

Getting your badge
------------------

Your Flocon badge appears on your Discord profile within 48 hours after your first validated contribution. If it has not appeared after three days, send a message to the community team with your season pass number.

Language
--------

Most documents of the programme are written in French. You may ask any question in English: the community team and the Discord assistant will answer you in English.
"""

SECURITE_MD = """Diffusion : réservée aux Isards — ne pas republier
Charte sécurité des contenus
============================

Station d'Aurbèze-Pyrénées · service des pistes et équipe communication · version du 2 décembre 2025

Pourquoi cette charte
---------------------

Une photo peut donner envie de suivre une trace. Chaque hiver, des skieurs s'engagent hors des pistes balisées après avoir vu une vidéo sur les réseaux. Nous demandons aux Isards de ne jamais montrer la montagne comme un terrain sans risque.

Le hors-piste
-------------

Les Isards ne publient aucune image de hors-piste dans le cadre du programme. Les descentes hors des pistes ouvertes ne donnent droit à aucun cristal, même si elles sont publiées sur un compte personnel.

Si vous publiez malgré tout du hors-piste sur votre compte personnel, merci de :

- ne jamais identifier la station ni le hashtag du programme ;
- ne pas indiquer l'itinéraire ni le point d'entrée ;
- mentionner le niveau de risque avalanche du jour.

Le matériel visible à l'image
-----------------------------

Sur toute image publiée pour le programme, les skieurs et snowboardeurs visibles doivent porter :

- un casque attaché ;
- des lunettes ou un masque ;
- un DVA, une pelle et une sonde pour toute sortie en ski de randonnée.

Drones
------

Le survol du domaine skiable par drone est interdit sans autorisation écrite du directeur des pistes, Thibault Arrieu. Aucune image de drone ne peut être publiée avec le hashtag #IsardsAurbeze, même si elle a été tournée hors du domaine.

Filmer les pisteurs et les secours
----------------------------------

Les pisteurs-secouristes peuvent être filmés pendant les démonstrations publiques. En revanche, il est interdit de filmer ou photographier une intervention de secours réelle, et encore moins de la publier.

En cas de manquement
--------------------

Un premier manquement entraîne un message de rappel et le retrait de la publication. Un second manquement dans la même saison entraîne la suspension du programme jusqu'à la fin de la saison, sans effet sur le forfait saison lui-même.
"""

BAREME_TXT = """DIFFUSION : AMBASSADEURS ISARDS UNIQUEMENT - ne pas transférer

BARÈME DES CRISTAUX
Saison 2025-2026 - Station d'Aurbèze-Pyrénées

1. Principe

Chaque contribution validée rapporte des cristaux. Les cristaux servent à la fois à monter de niveau et à commander des récompenses dans le catalogue. Dépenser des cristaux ne fait jamais baisser votre niveau de la saison.

2. Contributions et cristaux

Le tableau ci-dessous donne la valeur de chaque contribution et le plafond appliqué sur une saison.

Contribution                         Cristaux   Plafond par saison
-----------------------------------  ---------  ------------------
Avis Google ou TripAdvisor           10         3 avis
Story Instagram #IsardsAurbeze       5          30 stories
Publication photo commentée          15         20 publications
Témoignage vidéo de 30 s minimum     40         2 vidéos
Parrainage d'un forfait saison       60         aucun plafond
Bénévolat Aurbèze Skimo              50         1 édition
Aide sur le salon #aide-neige        3          40 réponses
Idée retenue par la station          80         aucun plafond

3. Bonus

3.1 Bonus de début de saison

Les contributions validées entre l'ouverture de la station et le 31 décembre rapportent 20 % de cristaux en plus. Ce bonus ne s'applique pas au parrainage.

3.2 Bonus poudreuse

Les jours où la station annonce plus de 30 cm de neige fraîche, la première publication photo de chaque Isard vaut le double. Le bonus est annoncé le matin même sur le salon Discord.

3.3 Bonus fidélité

Un Isard qui a contribué au moins une fois par mois de décembre à avril reçoit 100 cristaux à la clôture de la saison.

4. Validation

Une contribution est validée par l'équipe du programme quand elle remplit trois conditions :
- elle est publiée sur un compte public ou transmise par le formulaire ;
- elle porte la mention partenariat prévue par le kit réseaux sociaux ;
- elle respecte la charte sécurité des contenus.

La validation prend en général 72 heures ouvrées. Les cristaux apparaissent ensuite dans l'espace Isard.

5. Expiration des cristaux

Les cristaux non dépensés expirent le 31 octobre qui suit la fin de la saison. Ils ne sont ni remboursables ni échangeables contre de l'argent. Les cristaux des bonus expirent en même temps que les autres.
"""

CALENDRIER_TXT = """Classification : INTERNE - équipe programme et Isards
Calendrier des sollicitations - hiver 2025-2026
Préparé par Maialen Larrondo, responsable du programme

Règles générales
================

Une sollicitation est envoyée au moins dix jours avant la date du besoin. Un même Isard ne reçoit pas plus de deux sollicitations par mois, et la liste des personnes sollicitées tourne d'un mois à l'autre pour éviter de toujours demander aux mêmes.

Décembre 2025
=============

Besoins du mois
---------------

Date        Action                                   Isards   Réponse avant
----------  ---------------------------------------  -------  -------------
13/12/2025  Ouverture : stories en direct du front     8        03/12/2025
20/12/2025  Avis sur la nouvelle télécabine d'Arrouye  15       10/12/2025
27/12/2025  Accueil des familles au jardin des neiges   4        17/12/2025

Points d'attention
------------------

Les remontées peuvent ouvrir partiellement si l'enneigement est faible. Dans ce cas, les stories d'ouverture sont reportées et personne ne perd de cristaux.

Février 2026
============

Besoins du mois
---------------

Date        Action                                   Isards   Réponse avant
----------  ---------------------------------------  -------  -------------
07/02/2026  Témoignages vidéo pour le salon Destination Montagnes  3        28/01/2026
14/02/2026  Nocturne de la Saint-Valentin sur la piste Lys   6        04/02/2026
21/02/2026  Relecture du nouveau plan des pistes      10       11/02/2026

Points d'attention
------------------

Les vacances de février concentrent la fréquentation. Les Isards sollicités pendant cette période ne sont pas sollicités en mars, sauf s'ils se portent volontaires.

Mars 2026
=========

Besoins du mois
---------------

Date        Action                                   Isards   Réponse avant
----------  ---------------------------------------  -------  -------------
14/03/2026  Bénévoles pour la course Aurbèze Skimo    25       01/03/2026
28/03/2026  Atelier co-création : piste ludique       12       18/03/2026

Points d'attention
------------------

La course Aurbèze Skimo demande des bénévoles en forme : ravitaillement au col de Peyrenère, contrôle des dossards et balisage. Le briefing sécurité a lieu la veille à 18 h à la maison de la station.

Avril 2026
==========

Besoins du mois
---------------

Date        Action                                   Isards   Réponse avant
----------  ---------------------------------------  -------  -------------
11/04/2026  Fête de fermeture et descente déguisée    20       01/04/2026
18/04/2026  Questionnaire de fin de saison            tous     30/04/2026
"""

BILAN_TXT = """CONFIDENTIEL - USAGE INTERNE STATION D'AURBÈZE
Ne pas diffuser aux Isards ni aux partenaires

Bilan du programme Les Isards
Saison 2024-2025

Synthèse
Deuxième saison du programme. La base d'Isards a progressé, mais l'engagement se concentre sur un petit noyau et le délai de réponse aux sollicitations s'est allongé en fin de saison.

Chiffres clés
Indicateur                                   2023-2024   2024-2025
Isards inscrits au 1er avril                 142         231
Isards actifs (une contribution par mois)    61          88
Taux de réinscription d'une saison à l'autre  non mesuré  74 %
Délai moyen de réponse à une sollicitation   3,1 jours   4,6 jours
NPS des Isards                               +52         +47
Forfaits saison vendus par parrainage        38          83
Passages au niveau supérieur                 29          51

Ce qui a marché
Trois actions ont particulièrement bien fonctionné cette saison :
- la montée en dameuse des Isards Crête, citée dans presque tous les retours ;
- l'atelier de co-création sur la piste ludique, qui a produit deux idées retenues ;
- les avis en ligne sur la télécabine, passés de 3,8 à 4,4 étoiles.

Ce qui n'a pas marché
Nous avons relevé plusieurs difficultés :
- un Isard sur cinq a reçu plus de quatre sollicitations en février ;
- le bonus poudreuse a été annoncé trop tard, souvent après 10 h ;
- le catalogue de récompenses n'avait plus rien de neuf après janvier.

Objectifs 2025-2026
Indicateur                       Cible
Isards actifs                     120
Délai moyen de réponse           3 jours ou moins
Taux de réinscription            80 %
Forfaits vendus par parrainage   110

Décisions
Le comité de pilotage du 12 mai 2025 a décidé de plafonner les sollicitations à deux par mois et par Isard, de publier le bonus poudreuse avant 8 h 30 et de renouveler un tiers du catalogue de récompenses à chaque période de vacances.
"""

FAQ_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="classification" content="public">
<title>FAQ des Isards - Station d'Aurbèze-Pyrénées</title>
</head>
<body>
<header>
<nav><a href="/">Accueil</a> | <a href="/forfaits">Forfaits</a> | <a href="/meteo">Météo et webcams</a> | <a href="/isards">Les Isards</a> | <a href="/contact">Contact</a></nav>
<p class="banner">Page publique - dernière mise à jour le 3 décembre 2025</p>
</header>
<main>
<h1>Questions fréquentes sur le programme Les Isards</h1>
<p>Vous avez un forfait saison et vous hésitez à rejoindre les Isards ? Voici les réponses aux questions que l'on nous pose le plus souvent au guichet et sur le Discord.</p>

<h2>Inscription</h2>
<h3>Combien coûte l'inscription au programme ?</h3>
<p>L'inscription est gratuite. Il suffit d'avoir un forfait saison valide et de remplir le formulaire en ligne pendant la période de candidature d'octobre.</p>
<h3>Puis-je m'inscrire avec un forfait 10 jours ?</h3>
<p>Non, le programme est réservé aux détenteurs d'un forfait saison Aurbèze ou d'un forfait saison Pyrénées-Est incluant Aurbèze. Les forfaits 10 jours, les cartes rechargeables et les forfaits séjour ne donnent pas accès au programme.</p>
<h3>Mon enfant de 15 ans peut-il devenir Isard ?</h3>
<p>Pas encore : l'âge minimum est de 16 ans, avec l'accord écrit d'un parent jusqu'à 17 ans. Les plus jeunes peuvent participer aux ateliers de co-création accompagnés d'un Isard adulte de leur famille.</p>

<h2>Cristaux et niveaux</h2>
<h3>Comment savoir combien de cristaux j'ai ?</h3>
<p>Votre solde apparaît dans l'espace Isard du site, rubrique Mon sac à dos, et le bot du Discord vous le donne si vous tapez la commande /cristaux dans le salon #isards-bivouac.</p>
<h3>Est-ce que je perds mon niveau si je dépense mes cristaux ?</h3>
<p>Non. Le niveau dépend des cristaux gagnés pendant la saison, pas de votre solde. Vous pouvez commander une récompense sans redescendre de niveau.</p>
<h3>Que se passe-t-il si je me blesse en début de saison ?</h3>
<p>Prévenez l'équipe du programme avec un certificat médical. Vos cristaux et votre niveau sont gelés jusqu'à la saison suivante, et vous restez invité aux événements du programme.</p>

<h2>Récompenses</h2>
<h3>Où récupérer une récompense commandée ?</h3>
<p>Les récompenses physiques se retirent à l'accueil de la maison de la station, au pied du télésiège des Estibes, tous les jours de 8 h 30 à 17 h 30. Les bons numériques arrivent par courriel sous 48 heures.</p>
<h3>Puis-je offrir une récompense à quelqu'un d'autre ?</h3>
<p>Oui, sauf la remise sur le forfait saison du niveau Pic, qui est personnelle et non cessible. Les autres récompenses peuvent être offertes à un proche.</p>

<h2>Vie privée</h2>
<h3>Quelles données le programme conserve-t-il sur moi ?</h3>
<p>Nous conservons les informations suivantes :</p>
<ul>
<li>votre nom, votre courriel et votre numéro de forfait saison ;</li>
<li>la liste de vos contributions et les cristaux correspondants ;</li>
<li>vos réponses aux sollicitations et aux questionnaires.</li>
</ul>
<p>Ces données sont effacées trois ans après votre départ du programme.</p>
<h3>Le Discord utilise-t-il une intelligence artificielle ?</h3>
<p>Oui, un assistant automatique répond aux questions courantes sur le Discord et le signale dans chacun de ses messages. Vous pouvez demander à parler à une personne à tout moment en tapant /humain.</p>
</main>
<footer>
<p>Station d'Aurbèze-Pyrénées - SEM du Haut-Aurbèze - 65 Hautes-Pyrénées</p>
<p><a href="/mentions-legales">Mentions légales</a> | <a href="/cookies">Cookies</a> | <a href="/accessibilite">Accessibilité</a></p>
</footer>
</body>
</html>
"""

CATALOGUE_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="confidentiality" content="Réservé aux Isards">
<title>Catalogue des récompenses Isards - hiver 2025-2026</title>
</head>
<body>
<nav class="top"><a href="/isards">Espace Isard</a> · <a href="/isards/sac">Mon sac à dos</a> · <a href="/isards/catalogue">Catalogue</a> · <a href="/isards/deconnexion">Déconnexion</a></nav>
<div class="notice">Accès réservé aux Isards connectés - merci de ne pas partager ces prix.</div>
<main>
<h1>Catalogue des récompenses</h1>
<p>Le catalogue est renouvelé en partie à chaque période de vacances scolaires. Les prix sont indiqués en cristaux et chaque récompense est limitée en quantité.</p>

<h2>Glisse</h2>
<table>
<thead><tr><th>Récompense</th><th>Prix en cristaux</th><th>Niveau minimum</th><th>Stock</th></tr></thead>
<tbody>
<tr><td>Forfait journée pour un ami</td><td>120</td><td>Flocon</td><td>200</td></tr>
<tr><td>Affûtage et fartage complet</td><td>60</td><td>Flocon</td><td>150</td></tr>
<tr><td>Cours privé d'une heure avec un moniteur</td><td>250</td><td>Névé</td><td>40</td></tr>
<tr><td>Sortie ski de randonnée à la pleine lune</td><td>400</td><td>Crête</td><td>24</td></tr>
</tbody>
</table>

<h2>Restauration</h2>
<table>
<thead><tr><th>Récompense</th><th>Prix en cristaux</th><th>Niveau minimum</th><th>Stock</th></tr></thead>
<tbody>
<tr><td>Garbure et dessert au refuge du Cagire</td><td>80</td><td>Flocon</td><td>100</td></tr>
<tr><td>Petit-déjeuner montagnard au sommet</td><td>150</td><td>Névé</td><td>30</td></tr>
<tr><td>Dîner à la table du chef de l'Oustal</td><td>500</td><td>Pic</td><td>10</td></tr>
</tbody>
</table>

<h2>Expériences</h2>
<h3>En journée</h3>
<p>Ces expériences se réservent au moins une semaine à l'avance :</p>
<ul>
<li>visite du poste de commande de la télécabine d'Arrouye ;</li>
<li>matinée avec les pisteurs pour le déclenchement préventif des avalanches ;</li>
<li>initiation au chien d'avalanche avec l'équipe cynophile.</li>
</ul>
<h3>En soirée</h3>
<p>Les expériences du soir dépendent de la météo et peuvent être annulées le jour même. Elles sont réservées aux Isards Crête et Pic et coûtent 300 cristaux par personne.</p>

<h2>Boutique</h2>
<table>
<thead><tr><th>Récompense</th><th>Prix en cristaux</th><th>Niveau minimum</th><th>Stock</th></tr></thead>
<tbody>
<tr><td>Bonnet brodé Isards</td><td>40</td><td>Flocon</td><td>300</td></tr>
<tr><td>Tour de cou en laine des Pyrénées</td><td>70</td><td>Flocon</td><td>120</td></tr>
<tr><td>Veste softshell Isards</td><td>350</td><td>Crête</td><td>50</td></tr>
</tbody>
</table>

<h2>Conditions</h2>
<p>Une commande ne peut pas être annulée une fois validée. Si une récompense est en rupture de stock, les cristaux sont recrédités sur votre sac à dos sous 24 heures.</p>
</main>
<footer><p>© Station d'Aurbèze-Pyrénées · programme Les Isards · document réservé aux ambassadeurs</p></footer>
</body>
</html>
"""

FILES = {
    "charte_isards.md": CHARTE_MD,
    "welcome_pack_en.md": WELCOME_MD,
    "charte_securite_contenus.md": SECURITE_MD,
    "bareme_cristaux_2025-2026.txt": BAREME_TXT,
    "calendrier_sollicitations_hiver.txt": CALENDRIER_TXT,
    "bilan_saison_2024-2025.txt": BILAN_TXT,
    "faq_isards.html": FAQ_HTML,
    "catalogue_recompenses.html": CATALOGUE_HTML,
}


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name, text in FILES.items():
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
