# -*- coding: utf-8 -*-
"""All the text of the set. Client: Cévennes Air (fictitious regional airline).
Program: « Cercle Altitude »; ambassadors: « les Copilotes ».

Mini-syntax of a document body (one block per line group, blank line = new block):
  '# '  title (h1)      '## ' section (h2)     '### ' subsection (h3)
  '- '  bullet item     'N. ' numbered item     '| a | b |' table row (first row = header)
  '@ '  readership line (rendered as a plain paragraph at the top)
  other text = paragraph (one line = one paragraph)
"""

DOCS = {}

DOCS["charte_copilotes.md"] = dict(fmt="md", lang="fr", readership="all", text="""
# Charte des Copilotes du Cercle Altitude

@ Pour tous les Copilotes du Cercle Altitude — version 3, validée en comité le 14 octobre 2026.

@ À relire chaque année au moment du renouvellement de votre adhésion.

## Pourquoi le Cercle existe

Cévennes Air relie depuis 1998 des villes que les grandes compagnies ont oubliées : Aurillac, Rodez, Brive, Mende, Nîmes. Le Cercle Altitude réunit les voyageurs qui connaissent le mieux ces lignes et qui acceptent de le dire autour d'eux. Notre raison d'être tient en une phrase : garder le ciel ouvert pour les territoires, en s'appuyant sur ceux qui y vivent et y travaillent.

Le Cercle n'est pas un programme de fidélité. Les miles restent gérés par le programme Hélice ; ici on parle de contributions, de reconnaissance et d'échanges francs avec la compagnie.

## Qui peut devenir Copilote

Le Cercle est ouvert sur invitation. L'équipe Relation clients repère les voyageurs qui réunissent plusieurs des critères suivants :

- au moins 8 vols Cévennes Air sur les 24 derniers mois ;
- une note de recommandation (NPS) de 9 ou 10 à la dernière enquête ;
- des retours spontanés à l'équipage ou au service client, positifs ou non, mais constructifs ;
- un réseau local (club d'entreprises, association, collectivité) dans lequel vous parlez de vos déplacements ;
- l'envie et un peu de temps : compter deux heures par mois en moyenne.

Aucun critère n'est éliminatoire à lui seul, et le nombre d'abonnés sur les réseaux sociaux n'est jamais suffisant pour être invité.

## Nos engagements réciproques

### Ce que Cévennes Air s'engage à faire

1. Vous prévenir au moins trois semaines avant toute sollicitation, sauf urgence signalée comme telle.
2. Ne jamais vous solliciter plus de deux fois par mois.
3. Vous répondre sous 5 jours ouvrés dans l'espace Copilotes.
4. Vous dire ce qui a été fait de vos idées, y compris quand elles ne sont pas retenues.
5. Ne jamais réécrire vos témoignages sans votre accord écrit.

### Ce que nous attendons des Copilotes

1. Parler de la compagnie avec vos mots, en toute sincérité, y compris de ce qui ne va pas.
2. Signaler clairement votre statut de Copilote quand vous publiez à propos de Cévennes Air.
3. Respecter la confidentialité des informations partagées en avant-première.
4. Rester bienveillant avec les autres membres et avec les équipages.

## Authenticité et transparence

Un témoignage trop parfait ne convainc personne. Nous préférons un avis nuancé qui parle du retard de novembre à un texte lisse qui ressemble à une publicité. Nous ne fournissons jamais de message tout prêt à copier-coller ; au mieux, nous proposons des idées de sujets.

Quand vous publiez sur un réseau social, ajoutez la mention #CopiloteCevennesAir ou la phrase « Je suis Copilote bénévole de Cévennes Air ». C'est une obligation légale autant qu'une question de confiance.

## Récompenses : l'esprit avant les points

Les points et les niveaux servent à remercier, pas à mettre les Copilotes en compétition. Il n'y a pas de classement public nominatif, seulement un tableau anonymisé des contributions par aéroport. Le détail du barème figure dans le document « Points et niveaux ».

## Quitter le Cercle

Vous pouvez quitter le Cercle à tout moment, sans justification, par un simple message à copilotes@cevennes-air.example ou depuis votre espace. Vos points non utilisés sont convertis en avoir voyage dans les 30 jours, selon le barème en vigueur.

Si un Copilote ne respecte pas la charte, l'équipe prend d'abord contact par téléphone. L'exclusion n'intervient qu'après un deuxième manquement et un échange avec la responsable du programme. Dans tous les cas, votre statut de client et vos miles Hélice ne sont pas touchés.

## Contacts

| Rôle | Nom | Contact |
| --- | --- | --- |
| Responsable du programme | Maëlle Fabre | maelle.fabre@cevennes-air.example |
| Animation de l'espace Copilotes | Yanis Boudjema | espace@cevennes-air.example |
| Protection des données | Délégué DPO | dpo@cevennes-air.example |
| Urgences en escale | Permanence Rodez | 05 65 00 00 00 |
""")

DOCS["guide_temoignages.md"] = dict(fmt="md", lang="fr", readership="all", text="""
# Guide du témoignage Copilote

@ Diffusion : tous les membres du Cercle Altitude. Vous pouvez le transmettre à un proche qui vous aide à filmer.

## À quoi servent vos témoignages

Vos récits de voyage sont utilisés sur le site de Cévennes Air, dans les brochures remises aux entreprises clientes et lors des salons professionnels. Un témoignage de Copilote pèse plus lourd qu'une campagne : les chefs d'entreprise de l'Aveyron ou du Cantal croient d'abord ceux qui font le même trajet qu'eux le lundi matin.

Nous ne publions jamais un témoignage sans l'avoir fait relire à son auteur dans sa version finale, mise en page comprise.

## Les formats acceptés

| Format | Longueur conseillée | Points | Délai de validation |
| --- | --- | --- | --- |
| Témoignage écrit | 80 à 250 mots | 30 | 7 jours |
| Vidéo face caméra | 45 secondes à 2 minutes | 60 | 10 jours |
| Photo commentée | 1 à 3 photos + 2 phrases | 15 | 5 jours |
| Interview audio | 5 à 10 minutes | 50 | 14 jours |

Pour les vidéos tournées à bord, demandez toujours l'accord du chef de cabine avant de filmer. Les autres passagers ne doivent pas être reconnaissables.

## Écrire un témoignage écrit

### Structure conseillée

1. Qui vous êtes, en une phrase : métier, ville, fréquence de vos vols.
2. Une situation concrète : un aller-retour dans la journée, une correspondance rattrapée, un retard bien géré.
3. Ce que la ligne change pour vous ou pour votre activité.
4. Une nuance ou un point à améliorer, si vous en avez un.

### Les erreurs fréquentes

- reprendre mot pour mot les phrases du site ou de la brochure ;
- citer le nom d'un membre d'équipage sans son accord ;
- donner des horaires ou des tarifs précis, qui changent à chaque saison ;
- écrire un texte trop long : au-delà de 250 mots, on ne le publie qu'en extrait.

## Tourner une vidéo

### Le matériel

Un téléphone récent suffit largement. Filmez à l'horizontale, près d'une fenêtre, sans contre-jour. Si vous le souhaitez, l'équipe peut vous prêter un micro-cravate : il est envoyé par courrier et vous le renvoyez avec l'enveloppe prépayée.

### Les questions à se poser avant de filmer

- Est-ce que je parle de mon expérience à moi ?
- Est-ce que le bruit de fond couvre ma voix ?
- Est-ce que quelqu'un apparaît à l'image sans l'avoir accepté ?
- Est-ce que je cite une marque concurrente ? (on le coupera au montage)

## Ce qui se passe après l'envoi

Votre témoignage est relu par Yanis, qui vérifie uniquement les points juridiques : droit à l'image, données personnelles, affirmations inexactes sur la sécurité. Il ne corrige ni le style ni le ton. Si une modification est nécessaire, il vous la propose et attend votre accord avant toute publication.

Une fois validé, le témoignage est crédité de ses points dans votre espace et vous recevez le lien de publication. Vous pouvez demander son retrait à tout moment ; il est alors dépublié du site sous 72 heures, mais les brochures déjà imprimées ne peuvent pas être rappelées.

## Droit à l'image et cession

En envoyant un témoignage, vous signez une autorisation d'utilisation valable 3 ans, limitée aux supports de Cévennes Air. Elle ne permet pas de revendre votre image à un tiers ni de l'utiliser pour une publicité télévisée. Pour toute utilisation hors de ce cadre, nous vous demanderons une nouvelle autorisation, et une contrepartie sera discutée.

Les mineurs peuvent apparaître dans une vidéo uniquement avec l'accord écrit des deux parents ou du représentant légal. Dans le doute, on floute.

## Besoin d'aide ?

Posez vos questions dans le salon #temoignages de l'espace Copilotes. Les Copilotes du niveau Stratosphère y donnent souvent de très bons conseils, et Yanis passe tous les mardis et jeudis en fin de matinée.
""")

DOCS["ambassador_handbook.md"] = dict(fmt="md", lang="en", readership="all", text="""
# Cercle Altitude — Copilot Handbook (English edition)

@ For all Copilots, especially our members based in Brussels, Dublin and Porto. Please share it with new members who do not read French.

@ This handbook summarises the French documents; if in doubt, the French charter prevails.

## Welcome aboard

Cévennes Air is a regional airline flying from southern France to Paris-Orly, Lyon, Brussels, Porto and, in summer, Dublin. The Cercle Altitude is our ambassador programme: a small circle of frequent travellers, called Copilots, who tell others about our routes and help us improve them. About 140 people are Copilots today, 18 of whom live outside France.

## How the programme works

### Contributions we value

- written or video testimonials about your trips;
- online reviews on independent platforms;
- introducing a company or a colleague who could fly with us;
- taking part in a route launch or an airport open day;
- answering other members' questions in the Copilot space;
- suggesting improvements and joining co-design workshops.

### Points and levels in short

Every approved contribution earns points. Points add up over a rolling period of 12 months and decide your level. Levels are never lost overnight: if you drop below a threshold, you keep your level until the end of the following quarter.

| Level | Points needed | Main perk |
| --- | --- | --- |
| Escale | 0 | Access to the Copilot space and the monthly letter |
| Envol | 150 | Priority boarding on all routes |
| Croisière | 400 | Two lounge passes per year and invitations to route launches |
| Stratosphère | 900 | A seat on the Customer Advisory Board |

## Requests from the team

The community team plans requests (we call them solicitations) in a shared calendar. You will normally hear about a request at least three weeks in advance, through the Copilot space on Discord and by e-mail. You are free to say no, and saying no never costs you points.

To avoid tiring the most active members, the team follows three rules:

1. No Copilot is asked more than twice a month.
2. Requests rotate between airports and between levels.
3. Anyone who declines three requests in a row is asked whether they want a break, not pushed harder.

## Speaking about Cévennes Air

Use your own words. We will never send you a ready-made post. When you publish about us, add the tag #CopiloteCevennesAir or say clearly that you are a volunteer Copilot: this is required by law in France and in Belgium.

You may criticise us. Honest reviews that mention a delay or a lost bag are fine, and they make your praise more credible. We only ask that you keep the tone respectful towards crews and ground staff.

## Referring a company

If you know a company that could send its staff on our routes, fill in the referral form in the Copilot space. A referral counts as successful once the company has booked at least five return trips within six months. You then earn 80 points. The full rules are in the French document « Règlement du parrainage ».

## Your data

We only keep what we need to run the programme: your contact details, your contributions and your points. The Copilot assistant that answers on Discord is an AI; it says so at the start of each conversation and it hands over to a human whenever you ask or when the question is sensitive. You can stop receiving reminders from it at any time by typing "stop reminders".

## Leaving the programme

You can leave at any time, without giving a reason, by writing to copilotes@cevennes-air.example. Unused points are converted into a travel voucher within 30 days. Leaving the Cercle has no effect on your frequent flyer account.

## Who to contact

Write in English to Maëlle Fabre, programme manager, or post in the #english-corner channel. Answers usually come within five working days, and faster on Tuesdays and Thursdays when Yanis is online.
""")

DOCS["points_et_niveaux.txt"] = dict(fmt="txt", style="underlined", lang="fr", readership="all", text="""
# Points et niveaux du Cercle Altitude

@ Pour tous les Copilotes — barème applicable du 1er janvier au 31 décembre 2027.

@ Ce document remplace la grille de 2026.

## Principe général

Chaque contribution validée par l'équipe rapporte des points. Les points s'additionnent sur 12 mois glissants et déterminent votre niveau. Ils ne s'achètent pas et ne se transfèrent pas entre Copilotes.

Une contribution est validée quand l'équipe a vérifié qu'elle a bien eu lieu : publication en ligne, présence à l'événement, signature d'un contrat de parrainage. La validation prend en général moins d'une semaine.

## Barème des contributions

| Contribution | Points | Plafond |
| --- | --- | --- |
| Témoignage écrit | 30 | 4 par an |
| Témoignage vidéo | 60 | 2 par an |
| Avis en ligne (site indépendant) | 15 | 6 par an |
| Partage sur les réseaux sociaux | 5 | 10 par mois |
| Parrainage d'entreprise réussi | 80 | aucun |
| Présence à un événement | 40 | aucun |
| Réponse utile dans l'espace Copilotes | 10 | 20 par mois |
| Idée d'amélioration retenue | 50 | aucun |
| Participation à un atelier de co-création | 40 | aucun |

Les plafonds évitent que les partages en série prennent le pas sur les contributions de fond. Au-delà du plafond, la contribution est toujours la bienvenue mais elle ne rapporte plus de points.

## Les quatre niveaux

### Escale

Niveau d'entrée, dès l'invitation acceptée. Il donne accès à l'espace Copilotes sur Discord, à la lettre mensuelle « Cap au Sud » et aux webinaires trimestriels avec l'équipe commerciale.

### Envol

À partir de 150 points. En plus des avantages du niveau Escale :

- embarquement prioritaire sur toutes les lignes ;
- un bagage en soute offert par aller-retour ;
- l'accès en avant-première aux nouveaux horaires de saison.

### Croisière

À partir de 400 points. En plus des avantages des niveaux précédents :

- deux invitations par an au salon de l'aéroport de Rodez ou de Nîmes ;
- une invitation à chaque inauguration de ligne ;
- une remise de 15 % sur le renouvellement de la carte Hélice Pro ;
- un changement de vol gratuit par mois.

### Stratosphère

À partir de 900 points. En plus des avantages des niveaux précédents, un siège au Comité consultatif clients, qui se réunit deux fois par an à Rodez avec la direction, et un vol découverte dans le cockpit d'un simulateur à Toulouse.

Le niveau Stratosphère est limité à 20 Copilotes. Si plus de 20 personnes dépassent 900 points, les places vont d'abord à ceux qui ont contribué dans le plus grand nombre de catégories différentes.

## Exemple : une année de Copilote

Pour vous donner un ordre d'idée, voici le parcours de Claire, Copilote à Brive depuis 2024, qui a atteint le niveau Croisière en dix mois sans y passer ses soirées :

- deux témoignages écrits, soit 60 points ;
- une vidéo tournée à l'aéroport de Brive, soit 60 points ;
- quatre avis en ligne, soit 60 points ;
- deux inaugurations de ligne, soit 80 points ;
- une entreprise parrainée qui a signé, soit 80 points ;
- une dizaine de réponses utiles dans l'espace, soit environ 100 points.

## Changement de niveau

Le passage au niveau supérieur est immédiat dès que le seuil est atteint. Vous recevez un message dans l'espace Copilotes et un courriel de confirmation.

En cas de baisse sous un seuil, vous conservez votre niveau jusqu'à la fin du trimestre suivant. Personne ne perd un avantage du jour au lendemain.

## Convertir ses points

Les points peuvent être convertis en avoirs voyage, par tranche de 100 points :

| Points convertis | Valeur de l'avoir | Validité |
| --- | --- | --- |
| 100 points | 20 euros | 12 mois |
| 300 points | 70 euros | 12 mois |
| 600 points | 150 euros | 18 mois |

Attention : les points convertis sont déduits du total qui sert au calcul du niveau. Beaucoup de Copilotes du niveau Croisière préfèrent garder leurs points jusqu'en décembre.

## Questions sur vos points

Si un point vous paraît manquer, signalez-le dans le salon #mes-points avec la date et le lien de la contribution. L'équipe répond sous 5 jours ouvrés. Les réclamations sont acceptées pendant 60 jours après la contribution.
""")

DOCS["reglement_parrainage.txt"] = dict(fmt="txt", style="numbered", lang="fr", readership="all", text="""
# Règlement du parrainage d'entreprises — Cercle Altitude

@ Diffusion : membres du programme Cercle Altitude (tous niveaux).

@ Version du 2 novembre 2026. Remplace le règlement de mars 2025.

## 1. Objet

Le présent règlement précise comment un Copilote peut présenter à Cévennes Air une entreprise, une collectivité ou une association susceptible de faire voyager ses salariés ou ses membres sur nos lignes. Il s'applique aux parrainages déposés à partir du 1er décembre 2026.

## 2. Qui peut parrainer

Tout Copilote, quel que soit son niveau, peut déposer un parrainage. Les salariés de Cévennes Air et de ses sous-traitants en escale ne peuvent pas parrainer, même s'ils sont par ailleurs Copilotes à titre personnel.

## 3. Qui peut être parrainé

Peuvent être parrainées les structures suivantes :

- les entreprises dont le siège ou un établissement est situé à moins de 150 km d'un aéroport desservi ;
- les collectivités territoriales et leurs groupements ;
- les associations et fédérations qui organisent des déplacements pour leurs membres ;
- les établissements de santé et d'enseignement.

Une structure qui a déjà un contrat Hélice Pro actif, ou qui en a eu un dans les 24 derniers mois, ne peut pas être parrainée.

## 4. Comment déposer un parrainage

1) Vérifiez auprès de votre contact qu'il accepte d'être appelé par notre équipe commerciale.
2) Remplissez le formulaire « Présenter une entreprise » dans l'espace Copilotes.
3) Indiquez le nom de la structure, le nom et la fonction de la personne à contacter, et le volume de déplacements estimé.
4) Attendez l'accusé de réception, envoyé sous 48 heures.

Ne transmettez jamais les coordonnées d'une personne sans son accord : c'est interdit par le RGPD et cela nuit à la réputation de tout le Cercle.

## 5. Quand un parrainage est-il réussi

Un parrainage est réussi lorsque la structure parrainée a réservé au moins cinq allers-retours dans les six mois qui suivent le dépôt du formulaire, ou lorsqu'elle a signé un contrat Hélice Pro dans ce même délai.

Si deux Copilotes présentent la même structure, le parrainage revient au premier formulaire reçu. Le second Copilote reçoit tout de même 10 points de remerciement.

## 6. Récompenses

Les récompenses dépendent du résultat obtenu :

| Résultat | Points | Bonus |
| --- | --- | --- |
| Formulaire complet déposé | 0 | aucun |
| 5 allers-retours en 6 mois | 80 | aucun |
| Contrat Hélice Pro signé | 80 | un aller-retour offert |
| Contrat de plus de 50 salariés | 120 | deux allers-retours offerts |

Les allers-retours offerts sont valables 12 mois sur toutes les lignes, hors période du 20 décembre au 3 janvier. Ils sont nominatifs et ne peuvent pas être revendus.

## 7. Limites

Un même Copilote ne peut pas recevoir plus de six bonus de parrainage par année civile. Au-delà, les points continuent d'être crédités mais sans allers-retours offerts.

Le parrainage de sa propre entreprise est autorisé, à condition de le déclarer dans le formulaire. Dans ce cas, les points sont crédités mais aucun bonus n'est versé.

## 8. Fiscalité

Les allers-retours offerts sont des avantages en nature. Pour un Copilote qui parraine dans le cadre de son activité professionnelle, ils peuvent devoir être déclarés. Cévennes Air envoie chaque année en janvier un récapitulatif des avantages reçus, à conserver pour votre déclaration.

## 9. Litiges

En cas de désaccord sur un parrainage, écrivez à copilotes@cevennes-air.example en précisant la date de dépôt du formulaire. La responsable du programme tranche sous 15 jours. Si le désaccord persiste, vous pouvez saisir le médiateur du tourisme et du voyage, gratuitement.

## 10. Modification du règlement

Cévennes Air peut modifier ce règlement avec un préavis de deux mois, annoncé dans la lettre « Cap au Sud » et dans l'espace Copilotes. Les parrainages déjà déposés restent régis par la version en vigueur au moment du dépôt.
""")

DOCS["events_and_perks.txt"] = dict(fmt="txt", style="bare", lang="en", readership="all", text="""
# Copilot events and perks 2027

@ Open to all Copilots of the Cercle Altitude. Feel free to forward to colleagues who are curious about the programme.

## Why we meet in person

Most of the programme happens online, but the best ideas of 2026 came from people who met at an airport or on a route launch. In 2027 we want every Copilot to be able to attend at least one event less than two hours from home.

## Events planned in 2027

| Event | Date | Place | Who is invited |
| --- | --- | --- | --- |
| New year breakfast | 16 January | Rodez airport | All levels |
| Porto route launch | 28 March | Porto airport | Croisière and Stratosphère |
| Airport open day | 24 May | Aurillac airport | All levels and families |
| Summer Dublin first flight | 19 June | Nîmes airport | Croisière and Stratosphère |
| Customer Advisory Board | 9 October | Rodez head office | Stratosphère only |
| Copilot annual meeting | 27 November | Brive conference centre | All levels |

Dates can still move by a week or two. Confirmed dates are posted in the #events channel at least six weeks before.

## How to register

Registration opens in the Copilot space about six weeks before each event. Places are limited, so we keep a balance between airports and between new and long-time Copilots.

Before you register, please check the following:

- you can make it on the day, including the return trip;
- you have told your manager, if the event falls on a working day;
- you have a valid ID for events held in restricted airport areas;
- you have mentioned any dietary needs or accessibility needs in the form.

If you cannot come after all, cancel at least five days before so that someone on the waiting list can take your place.

## Accessibility and families

All our events are accessible to people with reduced mobility. Tell us what you need when you register and the airport assistance team will meet you at the entrance. Children are welcome at the Aurillac open day and at the annual meeting, where a small play area is set up; other events are for adults only, mostly for security reasons.

## Travel to events

For events outside your home airport, Cévennes Air offers the flight on its own routes. Trains and car journeys are not refunded, except for the annual meeting, where we refund a second-class train ticket up to 120 euros on receipt.

Each attendance earns 40 points, whatever the length of the event.

## Perks by level

Perks add up: each level keeps those of the levels below.

- Escale: access to the Copilot space, the monthly letter and quarterly webinars.
- Envol: priority boarding, one free checked bag per return trip, early access to seasonal timetables.
- Croisière: two lounge invitations per year, route launch invitations, 15 % off the Hélice Pro card renewal, one free flight change per month.
- Stratosphère: a seat on the Customer Advisory Board and a flight simulator session in Toulouse.

## New perks tested in 2027

We are testing two new perks this year. If they work, they will become permanent in 2028.

The first is a "meet the crew" morning: six Copilots spend a morning with a flight crew at Rodez, from briefing to pre-flight checks. It is open to Envol level and above, drawn by lot among volunteers.

The second is a companion seat: once a year, a Croisière or Stratosphère Copilot can bring a guest on a route launch flight at no cost.

## Good manners at events

Photos are welcome in public areas, but never in security zones or in the cockpit. Please ask before filming a crew member. Copilots are guests, not staff: if a passenger asks you for help, direct them to the nearest Cévennes Air agent.

## Questions

Post them in #events or write to events@cevennes-air.example. The events team answers within three working days.
""")

DOCS["faq_cercle_altitude.html"] = dict(fmt="html", lang="fr", readership="all", text="""
# FAQ du Cercle Altitude

@ Page publique — accessible aux Copilotes et à toute personne curieuse du programme.

## Rejoindre le Cercle

### Comment devient-on Copilote ?

On ne s'inscrit pas : l'équipe Relation clients invite les voyageurs réguliers qui ont donné une note de 9 ou 10 à l'enquête de satisfaction et qui ont effectué au moins 8 vols en deux ans. Si vous pensez remplir ces conditions, vous pouvez le signaler au service client, qui transmettra.

### Faut-il habiter près d'un aéroport desservi ?

Non, mais la plupart des Copilotes habitent à moins d'une heure de route d'Aurillac, Rodez, Brive, Mende ou Nîmes. Ce qui compte, c'est de voyager régulièrement sur nos lignes.

### Est-ce que c'est payant ?

Non. L'adhésion au Cercle est gratuite et ne vous engage à rien. Vous n'êtes pas tenu d'acheter des billets pour rester Copilote.

### Peut-on être Copilote en habitant à l'étranger ?

Oui, une partie des Copilotes vit en Belgique, en Irlande ou au Portugal. Les échanges avec eux se font en anglais si besoin, et un livret en anglais leur est remis à l'arrivée.

## Contribuer

### Que peut-on faire concrètement ?

Les contributions les plus courantes sont les suivantes :

- écrire ou filmer un témoignage sur un trajet ;
- publier un avis sur un site indépendant ;
- présenter une entreprise qui pourrait voyager avec nous ;
- venir à une inauguration de ligne ou à une journée portes ouvertes ;
- aider les nouveaux membres dans l'espace Copilotes ;
- proposer une idée d'amélioration.

### Combien de temps faut-il y consacrer ?

Il n'y a pas de minimum. La plupart des Copilotes y passent une à trois heures par mois, davantage pendant les mois d'inauguration. Si vous ne contribuez pas pendant un an, l'équipe vous contacte simplement pour savoir si vous souhaitez continuer.

### Peut-on refuser une sollicitation ?

Bien sûr. Vous pouvez répondre « non merci » à n'importe quelle demande, sans justification et sans perdre de points. Après trois refus d'affilée, l'équipe vous propose une pause, jamais une relance plus insistante.

## Points, niveaux et avantages

### Combien de points rapporte un témoignage ?

Un témoignage écrit rapporte 30 points, une vidéo 60 points. Le barème complet est dans le document « Points et niveaux », disponible dans l'espace Copilotes.

### Mes points expirent-ils ?

Les points comptent pour le niveau pendant 12 mois glissants. Ceux que vous avez convertis en avoir voyage suivent la validité de l'avoir : 12 ou 18 mois selon le montant.

### Quels sont les délais de réponse de l'équipe ?

| Type de demande | Canal | Délai habituel |
| --- | --- | --- |
| Question générale | Espace Copilotes | 5 jours ouvrés |
| Points manquants | Salon #mes-points | 5 jours ouvrés |
| Parrainage | Formulaire dédié | 48 heures (accusé de réception) |
| Problème pendant un voyage | Permanence téléphonique | immédiat |

## L'assistant de l'espace Copilotes

### Est-ce que je parle à un robot ?

Sur Discord, les premières réponses viennent d'un assistant automatique, qui le précise au début de chaque conversation. Il rappelle les sollicitations, enregistre vos contributions et répond aux questions courantes. Dès que vous écrivez « humain », ou si la question touche à une réclamation, il passe la main à Yanis ou à Maëlle.

### Peut-on ne plus recevoir ses rappels ?

Oui : tapez « stop rappels » dans la conversation privée avec l'assistant. Vous continuerez à recevoir la lettre mensuelle, mais plus aucun rappel automatique. Tapez « reprendre rappels » pour les réactiver.

## Quitter le Cercle

### Puis-je arrêter quand je veux ?

Oui, à tout moment et sans justification. Écrivez à copilotes@cevennes-air.example ou utilisez le bouton « Quitter le Cercle » dans votre profil. Vos points non utilisés sont convertis en avoir voyage sous 30 jours.

### Qu'advient-il de mes témoignages si je pars ?

Ils restent publiés, sauf si vous demandez leur retrait. Dans ce cas, ils disparaissent du site sous 72 heures. Les brochures déjà imprimées ne peuvent pas être rappelées.
""")

DOCS["donnees_et_consentement.html"] = dict(fmt="html", lang="fr", readership="all", text="""
# Vos données dans le Cercle Altitude

@ Notice d'information — pour tous les Copilotes et les personnes invitées à rejoindre le Cercle.

@ Dernière mise à jour : 20 novembre 2026.

## Qui traite vos données

Le responsable du traitement est Cévennes Air SAS, aéroport de Rodez-Aveyron, 12330 Salles-la-Source. La déléguée à la protection des données (DPO) peut être jointe à dpo@cevennes-air.example. Le programme est animé par l'équipe Relation clients ; aucun prestataire extérieur n'a accès à vos contributions, à l'exception de l'hébergeur de l'espace Copilotes.

Cette notice complète la politique de confidentialité générale de Cévennes Air, qui s'applique à vos réservations et à votre compte Hélice. Elle ne concerne que ce qui est propre au Cercle Altitude : les invitations, les contributions, les points, les ateliers et l'assistant de l'espace Copilotes.

## Les données que nous utilisons

| Donnée | Pourquoi | Durée de conservation |
| --- | --- | --- |
| Nom, courriel, téléphone | Vous contacter pour les sollicitations | Durée de l'adhésion + 1 an |
| Historique de vols (24 mois) | Vérifier les critères d'invitation | 24 mois glissants |
| Contributions et points | Calculer votre niveau | Durée de l'adhésion + 3 ans |
| Réponses aux ateliers | Améliorer le programme | 2 ans, puis anonymisation |
| Témoignages publiés | Communication de Cévennes Air | 3 ans (durée de l'autorisation) |

Nous n'utilisons jamais vos données de santé, même si vous avez bénéficié d'une assistance à l'aéroport, ni vos données de paiement.

## Ce qui demande votre accord explicite

Certaines utilisations ne sont possibles qu'avec votre consentement, que vous donnez case par case dans votre profil :

- recevoir des rappels automatiques de l'assistant sur Discord ;
- recevoir des suggestions de contributions adaptées à vos trajets ;
- apparaître avec votre prénom dans la lettre « Cap au Sud » ;
- être enregistré (son ou image) pendant un atelier ;
- être recontacté après votre départ du Cercle.

Chaque case est décochée par défaut. Vous pouvez retirer votre accord à tout moment, aussi simplement que vous l'avez donné, et le retrait prend effet sous 48 heures.

## L'intelligence artificielle dans le programme

L'espace Copilotes utilise un assistant conversationnel. Il vous dit qu'il est un programme automatique au début de chaque échange. Il ne prend aucune décision seul sur votre niveau, vos points ou votre exclusion : chaque validation de contribution est faite ou confirmée par un membre de l'équipe.

Les synthèses d'ateliers préparées avec l'aide de l'assistant sont toujours présentées comme des brouillons, relues par l'animateur avant toute diffusion. Vos réponses nominatives ne sont pas envoyées à des services d'IA extérieurs à l'Union européenne.

## Vos droits

Vous disposez des droits prévus par le RGPD. Pour les exercer, écrivez à la DPO en joignant une copie de votre carte Copilote, pas de pièce d'identité.

1. Accéder à vos données et en obtenir une copie.
2. Faire corriger une information inexacte.
3. Demander l'effacement de vos données après votre départ.
4. Vous opposer à un usage, en particulier aux suggestions automatiques.
5. Récupérer vos contributions dans un format lisible (portabilité).

Nous répondons dans un délai d'un mois. Si la réponse ne vous satisfait pas, vous pouvez adresser une réclamation à la CNIL.

## Vos proches et les personnes que vous présentez

Quand vous présentez une entreprise, nous enregistrons le nom et les coordonnées professionnelles de la personne à contacter. Nous l'informons dès le premier appel de la façon dont nous avons obtenu ses coordonnées, et nous les supprimons sous trois mois si elle ne souhaite pas donner suite.

## Sécurité

Les données sont hébergées en France. Seules quatre personnes de l'équipe Relation clients ont accès au fichier complet des Copilotes, et chaque accès est journalisé. En cas de fuite de données, nous vous prévenons sous 72 heures.

Les comptes rendus d'ateliers ne citent jamais votre nom sans votre accord : les verbatims sont attribués à « un Copilote » suivi de l'aéroport.
""")

DOCS["livret_accueil.pdf"] = dict(fmt="pdf", lang="fr", readership="all", text="""
# Livret d'accueil du Copilote

@ Bienvenue à bord ! Ce livret est remis à chaque nouveau Copilote du Cercle Altitude.

@ Pour tous les Copilotes — à garder sous la main pendant vos premiers mois.

## Le mot de Maëlle

Merci d'avoir accepté notre invitation. Si vous recevez ce livret, c'est que vous avez déjà beaucoup volé avec nous et que vous en parlez autour de vous. Le Cercle Altitude existe pour que cette parole compte vraiment : pour nos lignes, pour nos équipes et pour les territoires que nous desservons.

Je suis la responsable du programme. Vous pouvez m'écrire directement, je lis tous les messages, même quand la réponse met quelques jours à venir.

## Vos premiers pas

Les quatre premières semaines suivent toujours le même déroulé :

1. Activer votre compte dans l'espace Copilotes avec le lien reçu par courriel.
2. Vous présenter en quelques lignes dans le salon #bienvenue.
3. Répondre au questionnaire « Mes trajets, mes envies » (10 minutes).
4. Participer à un appel de bienvenue de 30 minutes avec Yanis.
5. Choisir, si vous le souhaitez, une première contribution dans la liste du mois.

Rien n'est obligatoire. Certains Copilotes prennent plusieurs mois avant de se lancer, et c'est très bien ainsi.

## Votre kit de bienvenue

Avec ce livret, vous recevez par courrier un petit kit :

- une carte Copilote nominative, à présenter au comptoir d'enregistrement ;
- un badge à épingler, si vous souhaitez vous signaler aux équipages ;
- un carnet de voyage aux couleurs des Cévennes ;
- deux cartes « Essayez Cévennes Air » à offrir, valables pour 20 % de remise.

Si votre kit n'est pas arrivé trois semaines après votre inscription, signalez-le dans l'espace Copilotes : nous le renvoyons sans frais.

## Les canaux du Cercle

| Canal | À quoi il sert | Fréquence |
| --- | --- | --- |
| Espace Copilotes | Échanges et sollicitations | En continu |
| Lettre Cap au Sud | Nouvelles du programme | Mensuelle |
| Webinaire commercial | Projets de lignes | Trimestrielle |
| Assemblée des Copilotes | Bilan et vote des idées | Annuelle |

L'espace Copilotes est hébergé sur Discord. Si vous ne souhaitez pas créer de compte Discord, vous pouvez recevoir les sollicitations par courriel uniquement : indiquez-le dans votre profil.

## Comment se passe une sollicitation

Quand l'équipe a besoin de vous, par exemple pour trois témoignages avant un salon professionnel, elle publie une demande dans l'espace avec la date limite, le format attendu et les points associés. Vous répondez oui ou non, simplement. Une fois la contribution faite, vous la déclarez à l'assistant ou dans le formulaire, et l'équipe la valide.

Nous essayons de ne pas solliciter toujours les mêmes personnes. Si vous avez l'impression d'être trop sollicité, dites-le : on ajuste sans discuter.

## Les petites règles de bon sens

- présentez-vous toujours comme Copilote bénévole quand vous parlez de nous en public ;
- ne promettez jamais un tarif ou un horaire à quelqu'un ;
- gardez pour vous les informations données en avant-première ;
- en cas de problème pendant un voyage, passez par le service client comme tout passager.

## Ce que le Cercle n'est pas

On nous pose souvent la question, alors autant le dire clairement dès le départ. Le Cercle Altitude n'est pas :

- un programme de fidélité : vos miles restent gérés par Hélice ;
- un emploi ni une mission rémunérée ;
- un service client prioritaire pour régler vos réclamations ;
- un moyen d'obtenir des billets gratuits en échange de publications.

## Vos contacts utiles

Pour toute question sur le programme, écrivez à copilotes@cevennes-air.example. Pour un souci pendant un voyage, la permanence de Rodez répond 7 jours sur 7 de 6 h à 22 h. Et pour une question sur vos données, la DPO est joignable à dpo@cevennes-air.example.

Bon vent, et à bientôt à bord !
""")

DOCS["compte_rendu_ateliers_nous_je.pdf"] = dict(fmt="pdf", lang="fr", readership="staff", text="""
# Compte rendu des ateliers NOUS et JE

@ Document interne — ne pas diffuser aux Copilotes. Équipe Relation clients et direction commerciale.

@ Rédigé par Yanis Boudjema, relu par Maëlle Fabre, le 3 décembre 2026.

## Contexte

Deux ateliers ont eu lieu à Rodez en novembre 2026 pour relancer le Cercle Altitude après une année 2026 en demi-teinte : 140 Copilotes inscrits, mais seulement 52 actifs sur les six derniers mois. L'atelier NOUS a réuni huit personnes de la compagnie le 6 novembre ; l'atelier JE a réuni quatorze Copilotes de trois aéroports le 20 novembre.

## Participants

Pour l'atelier NOUS, étaient présents :

- Maëlle Fabre, responsable du programme ;
- Yanis Boudjema, animation de l'espace Copilotes ;
- trois membres de la direction commerciale, dont le directeur des ventes entreprises ;
- la responsable de l'escale de Rodez ;
- deux chefs de cabine volontaires.

Pour l'atelier JE, les quatorze Copilotes venaient de Rodez (six), de Brive (quatre) et d'Aurillac (quatre). Aucun Copilote de Mende n'a pu se libérer, ce qui a été regretté en séance. Un tour de table sur les motivations a ouvert la séance, animé sans l'assistant.

## Atelier NOUS (6 novembre)

### Raison d'être retenue

Après une longue discussion, le groupe a retenu la formulation suivante : « Garder le ciel ouvert pour les territoires, en s'appuyant sur ceux qui y vivent et y travaillent. » Les propositions générées par l'assistant (renforcer la relation client, amplifier la notoriété) ont servi de point de départ mais ont été jugées trop génériques.

### Objectifs proposés pour 2027

| Objectif | Indicateur | Cible 2027 |
| --- | --- | --- |
| Plus d'entreprises clientes | Parrainages réussis | 35 |
| Remplir les nouvelles lignes | Passagers influencés Porto | 1 200 |
| Réactiver les Copilotes | Copilotes actifs sur 6 mois | 90 |
| Mieux écouter | Idées retenues et mises en place | 12 |
| Garder les Copilotes | Rétention d'une année sur l'autre | 85 % |

La direction commerciale souhaitait une cible de 50 parrainages ; elle a été ramenée à 35 faute de capacité de l'équipe commerciale pour traiter les contacts.

## Atelier JE (20 novembre)

### Ce que les Copilotes attendent

Les attentes exprimées par au moins cinq participants sont les suivantes :

- être écoutés sur les horaires, surtout les premiers vols du lundi ;
- savoir ce que deviennent leurs idées ;
- rencontrer les équipages et la direction, pas seulement le service marketing ;
- des avantages utiles au quotidien plutôt que des cadeaux.

### Points de divergence

Les Copilotes d'Aurillac et de Mende jugent que le programme est pensé pour Rodez et Nîmes. Plusieurs participants se disent mal à l'aise avec le classement par aéroport, vécu comme une compétition entre territoires. Enfin, deux Copilotes du niveau Stratosphère ont dit se sentir sur-sollicités : l'un a reçu sept demandes en octobre.

### Verbatims marquants

« Je ne veux pas être un panneau publicitaire, je veux que mon vol de 6 h 40 existe encore dans trois ans. » (Copilote, Aurillac)

« Le badge, c'est sympa, mais un changement de vol gratuit me servirait vraiment. » (Copilote, Brive)

## Décisions et suites à donner

| Action | Responsable | Échéance |
| --- | --- | --- |
| Plafonner à deux sollicitations par mois | Yanis Boudjema | janvier 2027 |
| Retour écrit sur chaque idée déposée | Maëlle Fabre | février 2027 |
| Webinaire dédié Aurillac et Mende | Direction commerciale | mars 2027 |
| Supprimer le classement nominatif | Yanis Boudjema | janvier 2027 |

## Points de vigilance

La synthèse produite en direct par l'assistant a omis la divergence sur Aurillac et Mende, pourtant exprimée par quatre participants : elle n'a été repérée qu'à la relecture. À l'avenir, la synthèse automatique sera présentée comme un brouillon et relue avant d'être partagée avec les participants.

L'atelier ACTION est prévu le 15 janvier 2027 pour choisir les thèmes de contenus et constituer les groupes de Copilotes.
""")

DOCS["calendrier_sollicitations_2027.docx"] = dict(fmt="docx", lang="fr", readership="all", text="""
# Calendrier des sollicitations 2027

@ Diffusion : membres du programme Cercle Altitude.

@ Calendrier prévisionnel au 1er décembre 2026, mis à jour chaque trimestre.

## Comment lire ce calendrier

Ce calendrier annonce les grandes demandes que l'équipe prévoit de vous adresser en 2027. Chaque ligne correspond à une sollicitation collective : elle sera publiée dans l'espace Copilotes au moins trois semaines avant la date limite, avec le format attendu et les points associés. Vous n'avez rien à faire tant qu'elle n'est pas publiée.

Le calendrier n'est pas une obligation. Personne n'est censé répondre à tout, et l'équipe veille à ne pas solliciter une même personne plus de deux fois par mois.

## Premier semestre

| Période | Sollicitation | Besoin | Points |
| --- | --- | --- | --- |
| Janvier | Avis en ligne sur la ligne Rodez–Orly | 15 avis | 15 par avis |
| Février | Témoignages pour le salon Aveyron Entreprises | 6 témoignages écrits | 30 |
| Mars | Ambassadeurs présents à l'inauguration de Porto | 12 Copilotes | 40 |
| Avril | Test des nouveaux horaires d'été | 20 retours | 10 |
| Mai | Journée portes ouvertes d'Aurillac | 8 bénévoles | 40 |
| Juin | Vidéos sur la ligne Nîmes–Dublin | 4 vidéos | 60 |

## Second semestre

| Période | Sollicitation | Besoin | Points |
| --- | --- | --- | --- |
| Septembre | Parrainages de rentrée | pas de quota | 80 par parrainage réussi |
| Octobre | Préparation du Comité consultatif | 20 Copilotes Stratosphère | 40 |
| Novembre | Assemblée des Copilotes à Brive | tous les Copilotes | 40 |
| Décembre | Bilan de l'année en vidéo courte | 10 vidéos | 60 |

Juillet et août sont volontairement laissés libres : c'est la période la plus chargée pour les équipes comme pour beaucoup d'entre vous.

La sollicitation de septembre est un peu particulière : il n'y a pas de quota, et chaque Copilote peut présenter autant d'entreprises qu'il le souhaite jusqu'au 31 octobre, selon les règles habituelles du parrainage. Les entreprises présentées en septembre seront invitées au petit-déjeuner de rentrée organisé à Rodez par l'équipe commerciale.

## Répartition entre aéroports

Pour que chaque territoire soit représenté, l'équipe répartit les demandes selon les règles suivantes :

- chaque aéroport desservi a au moins un Copilote sollicité par trimestre ;
- une sollicitation liée à une ligne est d'abord proposée aux Copilotes qui l'empruntent ;
- les Copilotes d'Aurillac et de Mende sont prioritaires sur les témoignages du premier semestre ;
- les Copilotes vivant à l'étranger sont sollicités en anglais.

## Répondre à une sollicitation

Quand une sollicitation est publiée, vous pouvez répondre de trois façons :

1. « Je participe » : vous recevez le détail et la date limite.
2. « Pas cette fois » : aucune conséquence, la demande passe à quelqu'un d'autre.
3. « Plus tard » : l'assistant vous relance une seule fois, une semaine avant la date limite.

En moyenne, les Copilotes répondent en quatre jours. Un délai de réponse plus long n'est pas un problème : il nous aide seulement à mieux prévoir.

## Demandes urgentes

Il arrive qu'une demande ne puisse pas attendre trois semaines, par exemple quand un journaliste local prépare un article sur une ligne menacée. Voici les cas qui justifient, pour nous, une demande urgente :

- un article de presse ou un reportage sur une ligne menacée ;
- une réunion publique sur l'avenir d'un aéroport ;
- une crise (grève, météo, panne) sur laquelle nous avons besoin de retours de passagers ;
- une visite ministérielle ou régionale annoncée moins de trois semaines avant.

Ces demandes sont signalées par la mention « Urgent » et ne comptent pas dans le plafond de deux sollicitations par mois. L'équipe s'engage à ne pas en faire plus de quatre par an.

## Proposer une sollicitation

Vous avez une idée d'action qui n'est pas dans ce calendrier ? Un club d'entreprises qui cherche un intervenant, un festival qui pourrait accueillir un stand ? Déposez-la dans le salon #idées : si elle est retenue, elle rapporte 50 points comme toute idée d'amélioration.
""")

DOCS["feuille_de_route_2027.docx"] = dict(fmt="docx", lang="fr", readership="staff", text="""
# Feuille de route 2027 du Cercle Altitude

@ Confidentiel — équipe Relation clients et direction commerciale uniquement. Ne pas transmettre aux Copilotes.

@ Version de travail du 5 décembre 2026, à valider au comité de direction du 18 décembre.

## Bilan 2026 en chiffres

L'année 2026 a confirmé l'intérêt du programme mais aussi son essoufflement. Le tableau ci-dessous reprend les indicateurs de santé suivis chaque trimestre.

| Indicateur | 2025 | 2026 | Commentaire |
| --- | --- | --- | --- |
| Copilotes inscrits | 118 | 140 | hausse liée à Porto |
| Copilotes actifs sur 6 mois | 71 | 52 | forte baisse |
| Contributions par Copilote actif | 9,4 | 7,1 | baisse |
| Délai moyen de réponse à une sollicitation | 3,2 jours | 5,8 jours | à surveiller |
| NPS des Copilotes | 61 | 48 | baisse nette |
| Taux de passage au niveau supérieur | 22 % | 14 % | baisse |
| Parrainages réussis | 19 | 21 | stable |

L'analyse des entretiens montre que la baisse d'activité vient surtout de la sur-sollicitation d'un petit groupe et de l'usure des avantages, inchangés depuis 2023.

## Priorités 2027

### Priorité 1 : alléger et répartir la charge

Plafonner à deux sollicitations par mois et par Copilote, suivre la charge de chacun dans un tableau partagé, et faire tourner les demandes entre aéroports. Objectif : aucun Copilote au-dessus de 15 sollicitations sur l'année.

Concrètement, Yanis tiendra chaque mois un tableau de charge par Copilote : nombre de demandes reçues, acceptées, refusées, et délai de réponse. Un Copilote qui refuse trois demandes d'affilée se verra proposer une pause. Les demandes du niveau Stratosphère seront réduites de moitié, car c'est là que la fatigue est la plus forte.

### Priorité 2 : renouveler les avantages

Tester le changement de vol gratuit pour le niveau Croisière, la matinée avec un équipage et le siège accompagnant. Supprimer le carnet de voyage du kit de bienvenue, jugé peu utile par les Copilotes interrogés.

### Priorité 3 : mieux servir les petits aéroports

Les Copilotes d'Aurillac et de Mende se sentent oubliés. Nous proposons les mesures suivantes :

- un webinaire commercial dédié à ces deux aéroports ;
- une priorité sur les témoignages du premier semestre ;
- un événement à Aurillac en mai, ouvert aux familles ;
- un référent Copilote par aéroport, désigné au printemps.

## Budget prévisionnel

| Poste | Budget 2026 | Budget 2027 |
| --- | --- | --- |
| Événements | 38 000 euros | 46 000 euros |
| Kits de bienvenue | 6 500 euros | 4 000 euros |
| Vols offerts (parrainage et événements) | 22 000 euros | 27 000 euros |
| Assistant Discord et outils | 9 000 euros | 11 500 euros |
| Avoirs issus des conversions de points | 14 000 euros | 16 000 euros |

Le budget total passe de 89 500 à 104 500 euros. La hausse est portée principalement par l'inauguration de Porto et par la nouvelle journée portes ouvertes d'Aurillac.

## Gestion des départs

Douze Copilotes n'ont eu aucune activité depuis plus d'un an. Ils seront contactés un par un par téléphone en janvier, pas par l'assistant. On leur proposera trois options : rester, faire une pause de six mois ou quitter le Cercle en gardant la conversion de leurs points. Aucun départ ne doit être vécu comme une sanction : ce sont d'abord des clients.

## Risques identifiés

1. Perte de la ligne Mende–Orly si la subvention régionale n'est pas renouvelée en juin.
2. Départ de Maëlle Fabre en congé maternité de mars à juillet : intérim à organiser.
3. Dépendance à Discord pour l'espace Copilotes, mal vécue par les plus âgés.
4. Témoignages trop formatés, qui perdent en crédibilité auprès des entreprises.

## Calendrier de décision

La feuille de route sera présentée au comité de direction du 18 décembre, puis aux Copilotes du niveau Stratosphère en janvier, sans les éléments budgétaires. La version publique sera publiée dans la lettre « Cap au Sud » de février.
""")

# ---------------------------------------------------------------------------
# Questions. ref: ("p", i) i-th paragraph of the section, ("l", i) i-th list,
# ("r", first cell) the table row whose first cell is given.
# section: heading path below the title, ' › ' joined ('' = directly under title).
# ---------------------------------------------------------------------------
Q = [
# charte_copilotes.md
("c'est quoi la raison d'être du cercle en gros ?", "charte_copilotes.md", "Pourquoi le Cercle existe", ("p", 0), "fr", None),
("quels sont les critères pour être invité comme copilote", "charte_copilotes.md", "Qui peut devenir Copilote", ("l", 0), "fr", None),
("la compagnie s'engage à quoi vis à vis de nous ?", "charte_copilotes.md", "Nos engagements réciproques › Ce que Cévennes Air s'engage à faire", ("l", 0), "fr", None),
("What are Copilots expected to do according to the charter?", "charte_copilotes.md", "Nos engagements réciproques › Ce que nous attendons des Copilotes", ("l", 0), "en", "English question over a French document"),
("faut il mettre un hashtag quand je poste sur cévennes air ?", "charte_copilotes.md", "Authenticité et transparence", ("p", 1), "fr", None),
("y a-t-il un classement public des copilotes ?", "charte_copilotes.md", "Récompenses : l'esprit avant les points", ("p", 0), "fr", None),
("que se passe t il si un copilote ne respecte pas la charte", "charte_copilotes.md", "Quitter le Cercle", ("p", 1), "fr", None),
("qui contacter pour la protection des données ?", "charte_copilotes.md", "Contacts", ("r", "Protection des données"), "fr", None),
# guide_temoignages.md
("combien de points pour une interview audio et ça prend combien de temps à valider", "guide_temoignages.md", "Les formats acceptés", ("r", "Interview audio"), "fr", None),
("comment structurer mon témoignage écrit ?", "guide_temoignages.md", "Écrire un témoignage écrit › Structure conseillée", ("l", 0), "fr", None),
("les erreurs à éviter dans un temoignage", "guide_temoignages.md", "Écrire un témoignage écrit › Les erreurs fréquentes", ("l", 0), "fr", None),
("est-ce que vous pouvez me prêter un micro pour filmer ?", "guide_temoignages.md", "Tourner une vidéo › Le matériel", ("p", 0), "fr", None),
("Does Yanis rewrite my testimonial before it is published?", "guide_temoignages.md", "Ce qui se passe après l'envoi", ("p", 0), "en", "English question over a French document"),
("si je veux retirer mon témoignage, c'est possible ?", "guide_temoignages.md", "Ce qui se passe après l'envoi", ("p", 1), "fr", None),
("mon fils de 12 ans peut apparaître dans ma vidéo ?", "guide_temoignages.md", "Droit à l'image et cession", ("p", 1), "fr", None),
("l'autorisation d'utilisation de l'image dure combien de temps", "guide_temoignages.md", "Droit à l'image et cession", ("p", 0), "fr", None),
# ambassador_handbook.md
("What kinds of contributions does the programme value?", "ambassador_handbook.md", "How the programme works › Contributions we value", ("l", 0), "en", None),
("What's the main perk of the Croisière level?", "ambassador_handbook.md", "How the programme works › Points and levels in short", ("r", "Croisière"), "en", None),
("do I lose my level straight away if my points drop?", "ambassador_handbook.md", "How the programme works › Points and levels in short", ("p", 0), "en", None),
("what rules does the team follow to avoid tiring members", "ambassador_handbook.md", "Requests from the team", ("l", 0), "en", None),
("Am I allowed to criticise the airline in my reviews?", "ambassador_handbook.md", "Speaking about Cévennes Air", ("p", 1), "en", None),
("dans le handbook anglais, combien de copilotes vivent hors de France ?", "ambassador_handbook.md", "Welcome aboard", ("p", 0), "fr", "French question over the English document"),
("comment arrêter les rappels de l'assistant (version anglaise) ?", "ambassador_handbook.md", "Your data", ("p", 0), "fr", "French question over the English document"),
# points_et_niveaux.txt
("combien de pionts rapporte un partage sur les réseaux ?", "points_et_niveaux.txt", "Barème des contributions", ("r", "Partage sur les réseaux sociaux"), "fr", "typo 'pionts'"),
("un avis sur un site indépendant ça rapporte combien et y a une limite ?", "points_et_niveaux.txt", "Barème des contributions", ("r", "Avis en ligne (site indépendant)"), "fr", None),
("pourquoi il y a des plafonds sur certaines contributions ?", "points_et_niveaux.txt", "Barème des contributions", ("p", 0), "fr", None),
("c'est quoi les avantages du niveau Envol", "points_et_niveaux.txt", "Les quatre niveaux › Envol", ("l", 0), "fr", None),
("qu'est ce que je gagne en passant Croisière ?", "points_et_niveaux.txt", "Les quatre niveaux › Croisière", ("l", 0), "fr", None),
("What do you get at the top level, Stratosphère?", "points_et_niveaux.txt", "Les quatre niveaux › Stratosphère", ("p", 0), "en", "English question over a French document"),
("que se passe-t-il si plus de 20 personnes dépassent 900 points", "points_et_niveaux.txt", "Les quatre niveaux › Stratosphère", ("p", 1), "fr", None),
("si je descends sous le seuil, je perds mon niveau direct ?", "points_et_niveaux.txt", "Changement de niveau", ("p", 1), "fr", None),
("600 points ça fait un avoir de combien ?", "points_et_niveaux.txt", "Convertir ses points", ("r", "600 points"), "fr", None),
("il me manque des points, je fais comment ?", "points_et_niveaux.txt", "Questions sur vos points", ("p", 0), "fr", None),
# reglement_parrainage.txt
("quelles structures on peut parrainer ?", "reglement_parrainage.txt", "3. Qui peut être parrainé", ("l", 0), "fr", None),
("les étapes pour déposer un parrainage svp", "reglement_parrainage.txt", "4. Comment déposer un parrainage", ("l", 0), "fr", None),
("un salarié de cévennes air peut il parrainer ?", "reglement_parrainage.txt", "2. Qui peut parrainer", ("p", 0), "fr", None),
("et si deux copilotes présentent la même boîte ?", "reglement_parrainage.txt", "5. Quand un parrainage est-il réussi", ("p", 1), "fr", None),
("When does a company referral count as successful?", "reglement_parrainage.txt", "5. Quand un parrainage est-il réussi", ("p", 0), "en", "English question over a French document"),
("combien je gagne si l'entreprise signe un contrat de plus de 50 salariés", "reglement_parrainage.txt", "6. Récompenses", ("r", "Contrat de plus de 50 salariés"), "fr", None),
("les allers-retours offerts sont valables quand ?", "reglement_parrainage.txt", "6. Récompenses", ("p", 0), "fr", None),
("je peux parrainer ma propre entreprise ?", "reglement_parrainage.txt", "7. Limites", ("p", 1), "fr", None),
("faut-il déclarer les vols offerts aux impots ?", "reglement_parrainage.txt", "8. Fiscalité", ("p", 0), "fr", None),
# events_and_perks.txt
("c'est quand l'inauguration de Porto et qui est invité ?", "events_and_perks.txt", "Events planned in 2027", ("r", "Porto route launch"), "fr", "French question over the English document"),
("Where is the annual Copilot meeting this year?", "events_and_perks.txt", "Events planned in 2027", ("r", "Copilot annual meeting"), "en", None),
("qu'est-ce que je dois vérifier avant de m'inscrire à un événement ?", "events_and_perks.txt", "How to register", ("l", 0), "fr", "French question over the English document"),
("le train pour aller à l'assemblée annuelle est remboursé ?", "events_and_perks.txt", "Travel to events", ("p", 0), "fr", "French question over the English document"),
("can I bring a friend on a route launch flight?", "events_and_perks.txt", "New perks tested in 2027", ("p", 2), "en", None),
("on a le droit de prendre des photos pendant les events ?", "events_and_perks.txt", "Good manners at events", ("p", 0), "fr", "French question over the English document"),
("récap des avantages par niveau en anglais stp", "events_and_perks.txt", "Perks by level", ("l", 0), "fr", "French question over the English document"),
# faq_cercle_altitude.html
("comment on devient copilote, on peut s'inscrire ?", "faq_cercle_altitude.html", "Rejoindre le Cercle › Comment devient-on Copilote ?", ("p", 0), "fr", None),
("concrètement je peux faire quoi comme contributions ?", "faq_cercle_altitude.html", "Contribuer › Que peut-on faire concrètement ?", ("l", 0), "fr", None),
("ça prend combien de temps par mois d'être copilote", "faq_cercle_altitude.html", "Contribuer › Combien de temps faut-il y consacrer ?", ("p", 0), "fr", None),
("can I say no to a request?", "faq_cercle_altitude.html", "Contribuer › Peut-on refuser une sollicitation ?", ("p", 0), "en", "English question over a French document"),
("mes points ils expirent au bout de combien de temps ?", "faq_cercle_altitude.html", "Points, niveaux et avantages › Mes points expirent-ils ?", ("p", 0), "fr", None),
("délai de réponse pour une question sur un parrainage ?", "faq_cercle_altitude.html", "Points, niveaux et avantages › Quels sont les délais de réponse de l'équipe ?", ("r", "Parrainage"), "fr", None),
("est ce que c'est un robot qui me répond sur discord", "faq_cercle_altitude.html", "L'assistant de l'espace Copilotes › Est-ce que je parle à un robot ?", ("p", 0), "fr", None),
("can I quit the program whenever I want?", "faq_cercle_altitude.html", "Quitter le Cercle › Puis-je arrêter quand je veux ?", ("p", 0), "en", "English question over a French document"),
# donnees_et_consentement.html
("combien de temps vous gardez mon historique de vols ?", "donnees_et_consentement.html", "Les données que nous utilisons", ("r", "Historique de vols (24 mois)"), "fr", None),
("pour quoi faut-il mon consentement explicite ?", "donnees_et_consentement.html", "Ce qui demande votre accord explicite", ("l", 0), "fr", None),
("comment retirer mon accord, et ça prend effet quand ?", "donnees_et_consentement.html", "Ce qui demande votre accord explicite", ("p", 1), "fr", None),
("l'IA décide de mon niveau toute seule ?", "donnees_et_consentement.html", "L'intelligence artificielle dans le programme", ("p", 0), "fr", None),
("quels sont mes droits rgpd en tant que copilote", "donnees_et_consentement.html", "Vos droits", ("l", 0), "fr", None),
("la personne que je présente, vous gardez ses coordonnées combien de temps si elle dit non ?", "donnees_et_consentement.html", "Vos proches et les personnes que vous présentez", ("p", 0), "fr", None),
# livret_accueil.pdf
("je suis nouveau, c'est quoi les premières étapes ?", "livret_accueil.pdf", "Vos premiers pas", ("l", 0), "fr", None),
("qu'est-ce qu'il y a dans le kit de bienvenue", "livret_accueil.pdf", "Votre kit de bienvenue", ("l", 0), "fr", None),
("mon kit n'est jamais arrivé, je fais quoi ?", "livret_accueil.pdf", "Votre kit de bienvenue", ("p", 1), "fr", None),
("la lettre cap au sud c'est tous les combien ?", "livret_accueil.pdf", "Les canaux du Cercle", ("r", "Lettre Cap au Sud"), "fr", None),
("je veux pas de compte discord, c'est possible ?", "livret_accueil.pdf", "Les canaux du Cercle", ("p", 0), "fr", None),
("How does a solicitation work, step by step?", "livret_accueil.pdf", "Comment se passe une sollicitation", ("p", 0), "en", "English question over a French document"),
("les règles de bon sens à respecter en tant que copilote ?", "livret_accueil.pdf", "Les petites règles de bon sens", ("l", 0), "fr", None),
("la permanence de rodez est ouverte quand ?", "livret_accueil.pdf", "Vos contacts utiles", ("p", 0), "fr", None),
# compte_rendu_ateliers_nous_je.pdf (staff)
("quelle raison d'être a été retenue à l'atelier NOUS ?", "compte_rendu_ateliers_nous_je.pdf", "Atelier NOUS (6 novembre) › Raison d'être retenue", ("p", 0), "fr", "staff-only document"),
("cible 2027 pour la rétention des copilotes ?", "compte_rendu_ateliers_nous_je.pdf", "Atelier NOUS (6 novembre) › Objectifs proposés pour 2027", ("r", "Garder les Copilotes"), "fr", "staff-only document"),
("qu'est ce que les copilotes attendent d'après l'atelier JE", "compte_rendu_ateliers_nous_je.pdf", "Atelier JE (20 novembre) › Ce que les Copilotes attendent", ("l", 0), "fr", "staff-only document"),
("quels points de divergence sont ressortis à l'atelier JE ?", "compte_rendu_ateliers_nous_je.pdf", "Atelier JE (20 novembre) › Points de divergence", ("p", 0), "fr", "staff-only document"),
("qui s'occupe de supprimer le classement nominatif et pour quand ?", "compte_rendu_ateliers_nous_je.pdf", "Décisions et suites à donner", ("r", "Supprimer le classement nominatif"), "fr", "staff-only document"),
# feuille_de_route_2027.docx (staff)
("le délai moyen de réponse aux sollicitations a évolué comment ?", "feuille_de_route_2027.docx", "Bilan 2026 en chiffres", ("r", "Délai moyen de réponse à une sollicitation"), "fr", "staff-only document"),
("NPS des copilotes en 2026 ?", "feuille_de_route_2027.docx", "Bilan 2026 en chiffres", ("r", "NPS des Copilotes"), "fr", "staff-only document"),
("what do we plan for the small airports like Aurillac and Mende?", "feuille_de_route_2027.docx", "Priorités 2027 › Priorité 3 : mieux servir les petits aéroports", ("l", 0), "en", "English question over a French staff-only document"),
("quels risques on a identifié pour 2027", "feuille_de_route_2027.docx", "Risques identifiés", ("l", 0), "fr", "staff-only document"),
("comment on gère les copilotes inactifs depuis plus d'un an ?", "feuille_de_route_2027.docx", "Gestion des départs", ("p", 0), "fr", "staff-only document"),
# calendrier_sollicitations_2027.docx
("qu'est-ce qui est prévu en février comme sollicitation ?", "calendrier_sollicitations_2027.docx", "Premier semestre", ("r", "Février"), "fr", None),
("en décembre vous allez nous demander quoi ?", "calendrier_sollicitations_2027.docx", "Second semestre", ("r", "Décembre"), "fr", None),
("je suis obligé de répondre à toutes les sollicitations du calendrier ?", "calendrier_sollicitations_2027.docx", "Comment lire ce calendrier", ("p", 1), "fr", None),
("les demandes urgentes elles comptent dans le plafond de 2 par mois ?", "calendrier_sollicitations_2027.docx", "Demandes urgentes", ("p", 1), "fr", None),
("comment vous répartissez les demandes entre les aéroports", "calendrier_sollicitations_2027.docx", "Répartition entre aéroports", ("l", 0), "fr", None),
("quand je reçois une sollicitation je peux répondre quoi ?", "calendrier_sollicitations_2027.docx", "Répondre à une sollicitation", ("l", 0), "fr", None),
("checklist avant de filmer ma video ?", "guide_temoignages.md", "Tourner une vidéo › Les questions à se poser avant de filmer", ("l", 0), "fr", None),
("un exemple concret de comment on arrive à Croisière en un an ?", "points_et_niveaux.txt", "Exemple : une année de Copilote", ("l", 0), "fr", None),
("le cercle c'est pas un programme de fidélité alors c'est quoi la différence, il n'est pas quoi exactement ?", "livret_accueil.pdf", "Ce que le Cercle n'est pas", ("l", 0), "fr", None),
]

U = [
("combien de points rapporte un podcast enregistré avec un autre copilote ?", "fr", "podcast with another Copilot: not a listed format"),
("quel est le salaire de Maëlle Fabre ?", "fr", "staff salary: not in any document"),
("combien de points faut-il pour un surclassement en classe affaires ?", "fr", "no upgrade or business class anywhere in the documents"),
("quand ouvre la ligne Rodez–Marseille ?", "fr", "no such route mentioned"),
("quel était le taux de conversion des parrainages en 2026 ?", "fr", "only the number of successful referrals (21) is given, not a conversion rate"),
("quel est le menu du petit-déjeuner du 16 janvier à Rodez ?", "fr", "event menu not given"),
("combien de Copilotes ont quitté le Cercle en 2025 ?", "fr", "departures in 2025 not reported"),
("le niveau Stratosphère donne-t-il accès au salon de Lyon ?", "fr", "Lyon lounge not mentioned"),
("le vol inaugural de Porto décolle à quelle heure ?", "fr", "date and airport of the Porto launch are given, not the time"),
("quel est le nom de l'hébergeur de l'espace Copilotes ?", "fr", "host named nowhere"),
("combien coûte la carte Hélice Pro ?", "fr", "price of the card not given"),
("est-ce que l'assistant Discord parle espagnol ?", "fr", "assistant languages beyond FR/EN not stated"),
("quelle note moyenne ont les témoignages vidéo sur le site ?", "fr", "no rating of testimonials"),
("qui remplace Maëlle pendant son congé ?", "fr", "interim still to be organised, nobody named"),
("combien de points rapporte la traduction d'un témoignage en anglais ?", "fr", "translation is not a contribution in the scale"),
("y a-t-il un groupe WhatsApp des Copilotes de Brive ?", "fr", "no WhatsApp channel mentioned"),
("How many points do I get for writing a blog post about the airline?", "en", "blog posts not in the scale"),
("Is there a Copilot programme for children or teenagers?", "en", "no youth programme"),
("What is the baggage allowance on the Dublin route?", "en", "baggage allowance not in the program documents"),
("Can Copilots get a refund for hotel nights at events?", "en", "only flights and the annual meeting train ticket are covered; hotels not mentioned"),
]

# Questions whose answer is also given (in other words) by another document: recorded in "note".
ALSO = {
    "can I quit the program whenever I want?": "also answered in charte_copilotes.md › Quitter le Cercle and ambassador_handbook.md › Leaving the programme",
    "est ce que c'est un robot qui me répond sur discord": "also answered in donnees_et_consentement.html › L'intelligence artificielle dans le programme and ambassador_handbook.md › Your data",
    "comment on devient copilote, on peut s'inscrire ?": "close passage in charte_copilotes.md › Qui peut devenir Copilote",
    "mes points ils expirent au bout de combien de temps ?": "close passage in points_et_niveaux.txt › Principe général",
    "faut il mettre un hashtag quand je poste sur cévennes air ?": "also answered in ambassador_handbook.md › Speaking about Cévennes Air",
    "can I say no to a request?": "also answered in ambassador_handbook.md › Requests from the team",
    "si je veux retirer mon témoignage, c'est possible ?": "also answered in faq_cercle_altitude.html › Quitter le Cercle › Qu'advient-il de mes témoignages si je pars ?",
    "What do you get at the top level, Stratosphère?": "also summarised in ambassador_handbook.md (levels table) and events_and_perks.txt › Perks by level",
    "When does a company referral count as successful?": "also summarised in ambassador_handbook.md › Referring a company",
    "si je descends sous le seuil, je perds mon niveau direct ?": "also answered in ambassador_handbook.md › How the programme works › Points and levels in short",
    "do I lose my level straight away if my points drop?": "also answered in points_et_niveaux.txt › Changement de niveau",
    "c'est quoi la raison d'être du cercle en gros ?": "same sentence in the staff-only compte_rendu_ateliers_nous_je.pdf",
    "récap des avantages par niveau en anglais stp": "levels table in ambassador_handbook.md is a shorter alternative",
    "la compagnie s'engage à quoi vis à vis de nous ?": "some commitments repeated in ambassador_handbook.md › Requests from the team",
}
