"""Writes the plain-text, Markdown and HTML documents of the set (Malterie du Causse)."""
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
DOCS.mkdir(exist_ok=True)

FILES = {}

FILES["charte-cercle-des-brasseurs.md"] = """---
title: Charte du Cercle des Brasseurs
sensitivity: public
---

# Charte du Cercle des Brasseurs

Document destiné aux ambassadeurs de la Malterie du Causse.

## Notre raison d'être

La Malterie du Causse transforme en malt des orges cultivées sur les plateaux de l'Aveyron et de la Lozère. Le Cercle des Brasseurs réunit les brasseries clientes qui veulent faire connaître un malt paysan, tracé du champ à la cuve, et partager leur savoir-faire avec d'autres brasseurs indépendants.

## Les engagements réciproques

### Ce que nous attendons des ambassadeurs

En rejoignant le Cercle, chaque brasserie ambassadrice s'engage à :

- parler du malt avec sincérité, y compris de ses défauts ;
- signaler au community manager toute publication faite au nom du Cercle ;
- répondre aux sollicitations acceptées dans les délais convenus ;
- respecter les autres membres dans l'espace communautaire.

### Ce que la Malterie s'engage à faire

De son côté, la Malterie promet à ses ambassadeurs de :

- ne jamais rédiger un témoignage à leur place ;
- limiter les sollicitations à deux par mois et par brasserie ;
- prévenir au moins trois semaines avant un événement ;
- publier chaque année le bilan du programme.

## Qui peut devenir ambassadeur

Le Cercle est ouvert aux brasseries clientes depuis au moins dix-huit mois, qui ont passé au moins quatre commandes dans l'année écoulée et dont la note de recommandation dépasse 8 sur 10. La taille de la brasserie ou son audience sur les réseaux n'est jamais un critère suffisant à elle seule.

## Quitter le Cercle

Un ambassadeur peut quitter le Cercle à tout moment, sans avoir à se justifier, par un simple message au community manager ou avec la commande /quitter dans Discord. Ses points sont conservés douze mois au cas où il reviendrait, et sa relation commerciale avec la Malterie reste inchangée.

## Authenticité des messages

Nous ne fournissons jamais de texte à recopier. Les ambassadeurs reçoivent des repères (chiffres vérifiés, dates de récolte, variétés d'orge) et écrivent avec leurs propres mots : un message trop lissé perd sa crédibilité auprès des autres brasseurs.

## Les niveaux en bref

| Niveau | Points requis | Avantage phare |
|---|---|---|
| Grain | 0 à 99 | Accès au serveur Discord du Cercle |
| Épi | 100 à 299 | Remise de 5 % sur les commandes de malt |
| Gerbe | 300 à 699 | Visite du germoir avec le maître malteur |
| Moisson | 700 et plus | Siège au comité des variétés |

Le détail des avantages figure dans le document « Niveaux et avantages ».
"""

FILES["guide-des-contributions.md"] = """Guide des contributions
=======================

*sensitivity: public* — Document destiné aux ambassadeurs du Cercle des Brasseurs.

Ce guide explique quelles contributions comptent, combien de points elles rapportent et comment les déclarer.

Les types de contribution
-------------------------

### Barème des points

| Contribution | Points | Preuve demandée |
|---|---|---|
| Témoignage écrit | 20 | Texte relu par le community manager |
| Témoignage vidéo | 40 | Vidéo et accord de diffusion signé |
| Avis en ligne | 10 | Capture d'écran de l'avis |
| Partage sur les réseaux | 5 | Lien vers la publication |
| Présentation d'un prospect | 50 | Premier rendez-vous tenu |
| Aide à un membre | 15 | Réaction du membre aidé |
| Idée d'amélioration | 10 | Prise en compte par l'équipe produit |
| Brassin d'essai co-créé | 60 | Fiche de brassin déposée |

### Contributions propres à la Malterie

Deux contributions n'existent qu'au Cercle. Le brassin d'essai co-créé consiste à tester un malt expérimental et à partager sa fiche de brassin avec l'équipe. La brasserie ouverte consiste à accueillir d'autres brasseurs chez soi pendant une demi-journée ; elle rapporte 35 points.

Déclarer une contribution
-------------------------

### Dans Discord

Pour déclarer une contribution, l'ambassadeur procède ainsi :

1. taper /contribution dans le salon #mes-contributions ;
2. choisir le type dans la liste proposée par le bot ;
3. joindre la preuve demandée (lien, capture ou fiche) ;
4. attendre la validation, en général sous cinq jours ouvrés.

### Contributions refusées

Une contribution peut être refusée quand la preuve manque, quand elle a déjà été déclarée ou quand le message publié reprend mot pour mot un texte de la Malterie. Le refus est toujours expliqué, et l'ambassadeur peut déclarer de nouveau sa contribution une fois corrigée.

Plafonds et bonus
-----------------

### Plafond mensuel

Les partages sur les réseaux rapportent au plus 30 points par mois. Au-delà, ils restent comptés dans les statistiques du Cercle mais ne donnent plus de points : ce plafond évite la course aux publications.

### Bonus de régularité

Trois bonus s'ajoutent au barème :

- 10 points quand un ambassadeur contribue trois mois de suite ;
- 25 points pour la première présentation d'un prospect de l'année ;
- 15 points pour une réponse à une sollicitation en moins de 48 heures.
"""

FILES["faq-ambassadeurs.txt"] = """sensitivity: public

FOIRE AUX QUESTIONS DES AMBASSADEURS

Document destiné aux ambassadeurs du Cercle des Brasseurs de la Malterie du Causse. Mise à jour : janvier 2027.


LE PROGRAMME
============

Combien de temps faut-il y consacrer ?
--------------------------------------

Il n'y a pas de minimum. Les ambassadeurs actifs y passent en moyenne deux heures par mois, surtout au moment des salons et des brassins d'essai. Un mois sans contribution ne change rien à votre place dans le Cercle.

Puis-je refuser une sollicitation ?
-----------------------------------

Oui, et sans pénalité. Répondre « non merci » est déjà une réponse utile, car elle permet de solliciter quelqu'un d'autre à temps. Après trois refus de suite, le community manager vous propose simplement un échange pour ajuster le rythme des demandes.


LES POINTS ET LES NIVEAUX
=========================

Les points expirent-ils ?
-------------------------

Les points restent valables vingt-quatre mois après la contribution qui les a rapportés. Le niveau est recalculé chaque année en janvier à partir des points encore valables.

Comment utiliser mes points
---------------------------

Les points peuvent être échangés dans la boutique du Cercle contre :
- un sac de malt de spécialité de 25 kg (150 points) ;
- une place à la formation « Maltage et brassage » (200 points) ;
- un lot de verres gravés aux couleurs du Cercle (80 points) ;
- un don à l'association des paysans de l'orge du Causse (50 points).


LES OUTILS
==========

Le bot du Cercle
----------------

Le bot du serveur Discord est un assistant automatique et il le dit dès le premier message. Il rappelle les sollicitations, enregistre les contributions et répond aux questions sur le programme. Pour un litige, une réclamation sur un lot ou toute situation délicate, il passe la main à un membre de l'équipe.

Qui contacter en cas de problème
--------------------------------

Selon le sujet, adressez-vous à :
- le community manager pour les sollicitations et les points ;
- le service commercial pour les commandes et les factures ;
- l'équipe qualité pour un lot de malt défectueux ;
- le délégué à la protection des données pour vos données personnelles.
"""

FILES["calendrier-sollicitations-2027.txt"] = """sensitivity: public
Calendrier des sollicitations 2027

Document destiné aux ambassadeurs : les temps forts de l'année pour lesquels la Malterie fera appel au Cercle.

1. Principes de planification

Chaque sollicitation est annoncée dans le salon #sollicitations au moins trois semaines à l'avance. Le community manager répartit les demandes pour qu'aucune brasserie ne soit sollicitée plus de deux fois par mois, et fait tourner les ambassadeurs d'une campagne à l'autre.

2. Premier semestre

2.1 Salon Brassage et Terroir (mars)

Pour le salon de Clermont-Ferrand, du 11 au 13 mars, nous recherchons :
- deux témoignages vidéo de brasseries des niveaux Gerbe ou Moisson ;
- quatre brasseurs pour tenir le stand à tour de rôle ;
- une brasserie pour servir une bière brassée au malt Causse Ambré.

2.2 Lancement du malt Causse Fumé (mai)

Cinq brasseries reçoivent fin avril un sac de 50 kg de malt Causse Fumé. Elles brassent un lot d'essai, notent leurs impressions dans une fiche de dégustation et la renvoient avant le 15 juin. Les fiches servent à régler le fumage avant la production en série.

3. Second semestre

3.1 Portes ouvertes de la malterie (septembre)

Le premier week-end de septembre, la malterie ouvre ses portes au public. Les ambassadeurs volontaires animent la dégustation, racontent leur métier aux visiteurs et présentent les bières qu'ils brassent avec nos malts.

3.2 Campagne d'avis en ligne (novembre)

En novembre, nous invitons les ambassadeurs à publier un avis sur le malt qu'ils utilisent le plus :
- sur la fiche de la Malterie dans l'annuaire des fournisseurs brassicoles ;
- sur la page Google de la Malterie ;
- dans le fil de discussion du forum des brasseurs amateurs.

4. Tableau récapitulatif

Mois      | Sollicitation                | Ambassadeurs recherchés | Date limite de réponse
Mars      | Salon Brassage et Terroir    | 7                       | 14 février
Mai       | Brassins d'essai Causse Fumé | 5                       | 9 avril
Septembre | Portes ouvertes              | 8                       | 20 août
Novembre  | Avis en ligne                | 20                      | 25 octobre
"""

FILES["welcome-pack.txt"] = """sensitivity: public

Welcome to the Brewers' Circle

This welcome pack is for ambassadors of Malterie du Causse who prefer to read in English. The French documents remain the reference.

GETTING STARTED

Your first month

During your first month in the Circle, we suggest you:
- introduce your brewery in the #presentations channel;
- read the charter and the contributions guide;
- book a 30-minute call with your community manager;
- answer one open solicitation, whichever you like.

Your community manager

Each ambassador has a named community manager at the malt house. They plan the solicitations, approve the contributions you log and are the person to talk to if the pace of requests feels too heavy. They answer messages on working days, usually within one day.

HOW THE CIRCLE WORKS

Points and levels

Every approved contribution earns points, and points move you up through four levels named after the life of barley: Grain, Epi, Gerbe and Moisson. Levels are reviewed every January, and a level is never taken away in the middle of the year.

Talking to the bot

The Discord bot speaks French by default. Type /english once and it will answer you in English from then on. It always tells you when you are talking to a machine, and it hands you over to a person whenever you ask for one.

LEAVING AND COMING BACK

Taking a break

You can pause your membership for up to six months with the /pause command. During a break you receive no solicitations, your points are frozen and your level is kept.
"""

FILES["gazette-printemps-2027.html"] = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="sensitivity" content="public">
<title>La Gazette du Cercle - printemps 2027</title>
</head>
<body>
<header><p>Lettre d'information destinée aux ambassadeurs du Cercle des Brasseurs.</p></header>
<article>
<h1>La Gazette du Cercle - printemps 2027</h1>

<h2>À la une</h2>
<h3>Le malt Causse Fumé arrive</h3>
<p>Après deux ans d'essais, le malt Causse Fumé sort en mai. Il est fumé au bois de hêtre des Grands Causses, plus doucement que les malts fumés allemands, pour rester utilisable jusqu'à 40 % de la maquette. Les cinq brasseries du brassin d'essai donneront leur avis dans la prochaine Gazette.</p>

<h3>Une nouvelle contribution : la brasserie ouverte</h3>
<p>Vous pouvez désormais accueillir d'autres brasseurs du Cercle dans votre brasserie pendant une demi-journée. Annoncez la date dans le salon #brasseries-ouvertes ; nous relayons l'invitation et prenons en charge le casse-croûte.</p>

<h2>Portrait d'ambassadeur</h2>
<h3>Brasserie de la Jonte</h3>
<p>Installée dans une ancienne bergerie au bord de la Jonte, la brasserie de Lucie et Marc brasse 300 hectolitres par an avec le malt Causse Pâle. Ambassadrice depuis 2025, elle a déjà présenté trois brasseries à la Malterie et accueilli la première brasserie ouverte du Cercle.</p>

<h2>Les contributions du trimestre</h2>
<table>
<thead><tr><th>Type de contribution</th><th>Nombre</th><th>Par rapport à l'hiver</th></tr></thead>
<tbody>
<tr><td>Témoignages écrits</td><td>14</td><td>+4</td></tr>
<tr><td>Avis en ligne</td><td>37</td><td>+12</td></tr>
<tr><td>Aides à un membre</td><td>52</td><td>+20</td></tr>
<tr><td>Présentations de prospects</td><td>6</td><td>-2</td></tr>
</tbody>
</table>

<h2>Agenda</h2>
<p>Les rendez-vous des prochaines semaines :</p>
<ul>
<li>3 avril : atelier en ligne sur le séchage du malt</li>
<li>17 avril : brasserie ouverte à la Brasserie de la Jonte</li>
<li>24 avril : envoi des sacs d'essai de Causse Fumé</li>
<li>15 mai : réunion du comité des variétés</li>
</ul>

<h2>Vos idées retenues</h2>
<p>Trois idées proposées par des ambassadeurs ont été adoptées cet hiver :</p>
<ol>
<li>indiquer la parcelle d'origine de l'orge sur chaque sac</li>
<li>proposer des sacs de 10 kg pour les brasseries pilotes</li>
<li>publier les analyses de chaque lot dans l'espace Discord</li>
</ol>
</article>
</body>
</html>
"""

FILES["referral-playbook.html"] = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="sensitivity" content="public">
<title>Referral playbook</title>
</head>
<body>
<main>
<h1>Referral playbook for Brewers' Circle ambassadors</h1>
<p><em>For ambassadors of Malterie du Causse. Public document.</em></p>

<section>
<h2>Who to introduce</h2>
<p>The best introductions are breweries you know well and that could use our malts:</p>
<ul>
<li>independent breweries producing at least 100 hectolitres a year</li>
<li>brewpubs that want a local, traceable malt</li>
<li>home brewers about to open a commercial brewery</li>
<li>bakeries and distilleries looking for malted barley</li>
</ul>
</section>

<section>
<h2>How an introduction works</h2>
<h3>Step by step</h3>
<ol>
<li>Ask the brewery whether it is happy to be contacted.</li>
<li>Log the introduction with /introduction in Discord.</li>
<li>Our sales team calls the brewery within ten working days.</li>
<li>You get a message when the first meeting has taken place.</li>
</ol>
<h3>After the first meeting</h3>
<p>Once the first meeting has been held, the introduction is approved and the points are credited. If the brewery places an order within six months, you receive the conversion reward as well. You are never asked to follow up with the brewery yourself.</p>
</section>

<section>
<h2>Rewards for introductions</h2>
<table>
<tr><th>Outcome</th><th>Points</th><th>Extra reward</th></tr>
<tr><td>First meeting held</td><td>50</td><td>None</td></tr>
<tr><td>First order placed</td><td>100</td><td>A 25 kg bag of specialty malt</td></tr>
<tr><td>Brewery becomes an ambassador</td><td>30</td><td>A dinner with the head maltster</td></tr>
</table>
</section>

<section>
<h2>What not to do</h2>
<p>A few things will get an introduction refused:</p>
<ul>
<li>sharing a brewery's contact details without its consent</li>
<li>promising discounts the malt house has not agreed</li>
<li>introducing your own brewery under another name</li>
</ul>
</section>
</main>
</body>
</html>
"""

for name, text in FILES.items():
    (DOCS / name).write_text(text, encoding="utf-8")
    print("wrote", name)
