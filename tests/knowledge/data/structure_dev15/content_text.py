# -*- coding: utf-8 -*-
"""Plain-text and Markdown documents of structure_dev15 (written verbatim)."""

INFOLETTRE_N11 = """Diffusion : tous les Révélateurs du Cercle (version texte, merci de ne pas transférer)
Si vous lisez ceci, votre messagerie n'affiche pas le HTML : rien de grave, tout est là.

LA LETTRE DES RÉVÉLATEURS — N°11
================================
Août 2026 · Sels d'Argent, laboratoire photo argentique · Lyon, Lille, Nantes

À la une
--------
Le labo de Lille a rouvert le 18 août après trois semaines de travaux. La nouvelle développeuse traite maintenant le noir et blanc sur place : plus besoin d'envoyer vos films à Lyon, comptez quatre jours ouvrés au lieu de neuf.
Merci aux onze Révélateurs lillois qui ont testé la machine pendant la dernière semaine et nous ont signalé deux défauts de séchage. Sans vous, on les aurait découverts sur les films de nos clients.

Agenda
------
Date       Rendez-vous                                   Lieu               Places
12 sept.   Soirée de rentrée du Cercle                   Labo de Lyon       40
19 sept.   Balade photo « Lille au 50 mm »               Vieux-Lille        15
26 sept.   Atelier tirage baryté pour débutants          Labo de Nantes     6
3 oct.     Balade photo argentique dans le Vieux-Lyon    Place Saint-Jean   10

Pour vous inscrire, répondez au bot sur Discord avec la commande /agenda, ou répondez simplement à ce mail.

Vos questions
-------------
Je n'ai pas reçu de sollicitation depuis mai, est-ce que j'ai fait quelque chose de travers ?
Pas du tout. Nous faisons tourner les demandes pour ne pas toujours solliciter les mêmes personnes : chacun reçoit au plus une sollicitation toutes les trois semaines. Si vous avez envie d'en faire plus, dites-le au bot avec /dispo et vous passerez en tête de liste.

Est-ce que je peux parler du Cercle dans mon club photo ?
Oui, et avec plaisir. Vous pouvez présenter le Cercle comme vous le vivez, avec vos mots : nous ne fournissons pas de texte tout fait et nous n'en voulons pas.

Le coin technique
-----------------
Trois réglages à vérifier avant d'envoyer un film au labo :
- notez sur la cartouche si vous avez poussé le film (par exemple « 400 poussé à 1600 ») ;
- rembobinez complètement le film, sans laisser dépasser l'amorce ;
- glissez vos films dans une enveloppe à bulles, jamais directement dans l'enveloppe kraft.

À bientôt au labo,

-- 
Solène Marchetti
Responsable du Cercle Révélateur · Sels d'Argent
cercle@selsdargent.fr · Discord : #cercle-revelateur
"""

FIL_SALON = """De : Claire Vasseur <claire.vasseur@selsdargent.fr>
À : Solène Marchetti <solene.marchetti@selsdargent.fr>
Cc : Hugo Lefebvre-Dantec <hugo.lefebvre@selsdargent.fr>
Date : mar. 6 oct. 2026 à 18:42
Objet : Re: Re: Salon Photo Days — qui on sollicite ?

Interne — équipe communauté uniquement. Ne pas transférer aux Révélateurs.

Solène, Hugo,

Merci pour vos deux messages, je tranche pour qu'on puisse envoyer les sollicitations demain.

Sur la liste
OK pour la liste de Solène avec deux changements. On ne sollicite pas Yanis Berrada cette fois : il a dit oui à trois demandes depuis juillet et il a mis onze jours à répondre à la dernière, je préfère le laisser souffler. On ajoute Joseph Mbarga, qui n'a encore jamais été sollicité et qui a proposé son aide sur le forum.

Sur le budget
On reste à 1 200 € pour la partie Cercle du stand (pellicules offertes et repas des volontaires). Les tirages grand format dont parle Hugo passent sur le budget salon du marketing, pas sur celui du Cercle.

Bonne soirée,
Claire

-- 
Claire Vasseur
Directrice commerciale — Sels d'Argent
06 71 48 22 90

Le lun. 5 oct. 2026 à 17:03, Hugo Lefebvre-Dantec a écrit :
> Hello,
>
> Ça me va. Côté marketing, je peux faire imprimer en 50 × 70 les tirages que les volontaires apporteront, à condition de les avoir avant le 30 octobre.
> Par contre je ne veux pas qu'on leur donne un argumentaire à réciter : les visiteurs sentent tout de suite quand c'est appris par cœur.
>
> Hugo
>
> Le lun. 5 oct. 2026 à 09:15, Solène Marchetti a écrit :
> > Bonjour Claire, bonjour Hugo,
> >
> > Voici ma proposition pour le stand du Cercle au salon Photo Days (13–15 novembre, halle Tony Garnier).
> >
> > Qui solliciter
> > Je propose de demander en priorité aux Révélateurs de la région lyonnaise qui n'ont pas reçu de sollicitation depuis au moins deux mois :
> > - Théo Capdevielle (niveau Contact, très à l'aise à l'oral)
> > - Agathe Roussel-Ibáñez (niveau Grand Tirage, expose au salon depuis trois ans)
> > - Yanis Berrada (niveau Contact, même s'il est à Lille il sera à Lyon ce week-end-là)
> > - Noor Haddad (niveau Négatif, première sollicitation pour un événement)
> > - Maëlle Tournier (niveau Grand Tirage, s'est proposée d'elle-même)
> >
> > Ce qu'on leur propose
> > Des créneaux de trois heures, un seul par personne sauf s'ils en veulent plus. Chaque créneau tenu rapporte 40 points, plus deux pellicules Saône 400 et le repas du midi.
> >
> > Calendrier
> > Envoi des sollicitations par le bot le 7 octobre, réponse demandée avant le 25 octobre, confirmation des créneaux le 28 octobre. Je relance une seule fois, le 20 octobre, ceux qui n'ont pas répondu.
> >
> > Solène
"""

WELCOME_EN = """From: Solène Marchetti <cercle@selsdargent.fr>
To: new-members@cercle.selsdargent.fr
Subject: Welcome to the Cercle Révélateur (English version)

For all ambassadors — this is the English version of our welcome mail, sent to members who live outside France.

Hi, and welcome to the Cercle!

You're getting this because you said yes to our invitation last week. Thank you. The Cercle Révélateur is the ambassador program of Sels d'Argent, and its members are called Révélateurs. Below is everything you need for your first month; it takes five minutes to read.

Getting started
---------------
1. Join our private Discord server with the link in your invitation (it expires after 14 days).
2. Say hello in #bienvenue; French or English, both are fine.
3. Tell the bot which city you shoot in with the command /city, so we can invite you to the right events.
4. Log your first contribution with /log, even a small one: it unlocks your Amorce badge.

What counts as a contribution
-----------------------------
Everything below earns points once the team has validated it:
- a written or video testimonial about your experience with the lab;
- a review on Google or Trustpilot;
- a post on social media that tags @selsdargent;
- taking part in one of our events or workshops;
- introducing a friend who might become a customer;
- answering another member's question on the forum.

Levels at a glance
------------------
Level          Points needed   Main perk
Amorce         0               Welcome roll of Saône 400
Négatif        150             10 % off developing
Contact        400             Two free C-41 developments per quarter
Grand Tirage   900             A seat on the product advisory board

Your data
---------
Our Discord bot is an AI assistant. It stores your contributions, your points and the messages you send it, so that the team can validate your contributions and send you reminders. You can ask it at any time what it keeps about you, and turn reminders off with /reminders off.

If you ever want to leave, write to cercle@selsdargent.fr: you leave the Cercle within a week, and your customer account stays exactly as it is.

See you on Discord,
Solène

-- 
Solène Marchetti
Community manager, Cercle Révélateur · Sels d'Argent (Lyon, France)
"""

ARCHIVES_MD = """# Archives de la Lettre des Révélateurs — 2026

> Diffusion : tous les Révélateurs. Cette archive rassemble les numéros 8, 9 et 10, pour celles et ceux qui ont rejoint le Cercle en cours de route.

## N°8 — avril 2026

### À la une

Le Cercle a un an ! Nous étions 64 au lancement en avril 2025, vous êtes aujourd'hui 187 Révélateurs répartis entre Lyon, Lille et Nantes.

Ce qui nous a le plus marqués cette année :

- les 58 témoignages écrits que vous avez publiés, dont 12 cités sur notre site ;
- la première balade photo montée entièrement par des Révélateurs, à Nantes ;
- vos 140 idées d'amélioration, dont la pochette de négatifs numérotée qui arrive en mai.

### Agenda

- **Samedi 25 avril** — Anniversaire du Cercle au labo de Lyon, à partir de 17 h.
- **Samedi 16 mai** — Balade « Nantes au Rolleiflex », départ quai de la Fosse à 10 h.

### Vos questions

**Mon avis Google a disparu, est-ce que je perds mes points ?**

Non. Les points d'un avis sont acquis dès que l'équipe l'a validé, même si la plateforme le masque ensuite. Prévenez quand même Solène : c'est parfois le signe d'un filtrage automatique.

## N°9 — juin 2026

### À la une

Atelier de co-création : la future pellicule Saône 200 sera testée par vingt Révélateurs cet été. Les testeurs ont été tirés au sort parmi les volontaires, en mettant de côté ceux qui avaient déjà participé à un test en 2025.

### Agenda

| Date | Rendez-vous | Lieu |
|------|-------------|------|
| 13 juin | Balade photo sur les pentes de la Croix-Rousse | Lyon |
| 20 juin | Atelier de développement noir et blanc à la maison | Lille |
| 4 juillet | Pique-nique photo et échange de pellicules | Nantes |

### Vos questions

**Je pars six mois à l'étranger, est-ce que je dois quitter le Cercle ?**

Non : vous pouvez mettre votre participation en pause jusqu'à six mois avec la commande /pause sur Discord. Pendant la pause, vous ne recevez aucune sollicitation et votre niveau est conservé.

## N°10 — juillet 2026

### À la une

Les résultats du test de la Saône 200 sont arrivés. Les vingt testeurs ont renvoyé 64 films et 212 remarques ; la plus fréquente concernait le grain jugé trop marqué en basse lumière.

Ce que nous changeons avant la sortie :

- l'émulsion est retravaillée pour réduire le grain en dessous de 400 ISO ;
- la cartouche portera la mention « pousser jusqu'à 800 » ;
- la sortie est décalée de septembre à novembre 2026.

### Agenda

| Date | Rendez-vous | Lieu |
|------|-------------|------|
| 11 juillet | Soirée projection des films tests Saône 200 | Lyon |
| 29 août | Réouverture du labo de Lille | Lille |

### Vos questions

**Combien de temps faut-il pour passer du niveau Négatif au niveau Contact ?**

En moyenne, dix mois pour les Révélateurs qui contribuent une à deux fois par mois. Mais ce n'est pas une course : aucun avantage ne dépend de la vitesse à laquelle vous montez.
"""

FAQ_MD = """# Vos questions : le recueil

*Diffusion : tous les ambassadeurs du Cercle Révélateur. Recueil des questions parues dans la rubrique « Vos questions » de la Lettre, mis à jour en novembre 2026.*

## Points et niveaux

### Mes points expirent-ils ?

Non, les points n'expirent pas tant que vous êtes membre du Cercle. Seuls les bons d'achat obtenus en convertissant vos points ont une durée de validité : douze mois à partir de leur émission.

### Puis-je descendre de niveau ?

Non. Un niveau atteint reste acquis, même si vous contribuez moins pendant un moment. Nous préférons un Révélateur qui revient dans six mois à un Révélateur épuisé.

### Pourquoi mon partage Instagram ne rapporte rien ?

Un partage est compté à trois conditions :

1. il mentionne @selsdargent ou le hashtag #cerclerevelateur ;
2. le compte qui publie est public au moment de la validation ;
3. vous l'avez déclaré au bot avec /log dans les trente jours.

## Pellicules et développements

### Les développements offerts couvrent-ils le E-6 ?

Non, les développements offerts au niveau Contact et au-dessus couvrent le C-41 et le noir et blanc. Le E-6 (diapositive) est facturé avec 15 % de remise pour tous les Révélateurs.

### Où envoyer mes films si j'habite loin d'un labo ?

Demandez au bot une enveloppe prépayée avec /enveloppe : elle part sous deux jours ouvrés et accepte jusqu'à six films.

## Témoignages et droit à l'image

### Puis-je publier un témoignage avec des photos de mes amis ?

Oui, si chaque personne reconnaissable a donné son accord écrit. Joignez ces accords à votre témoignage, sinon nous publions le texte sans les photos.

### Qui relit mon témoignage avant publication ?

Solène le relit, uniquement pour vérifier les faits (prix, délais, noms de produits). Elle ne réécrit pas votre texte : si quelque chose doit changer, elle vous le demande et c'est vous qui corrigez.

## Quitter ou faire une pause

### Comment quitter le Cercle ?

Écrivez à cercle@selsdargent.fr ou dites-le au bot sur Discord. Vous sortez du Cercle dans la semaine ; vos points non convertis sont transformés en bon d'achat et votre compte client ne change pas.

### Puis-je revenir après être parti ?

Oui, à tout moment, en répondant à n'importe quelle Lettre. Vous repartez au niveau Amorce, mais votre historique de contributions est conservé pendant deux ans.
"""

SPECIALE_2027_MD = """# Lettre spéciale : ce qui change dans le Cercle en 2027

Diffusion : tous les Révélateurs — lettre hors-série, novembre 2026

Bonjour à toutes et à tous,

Vous avez été 94 à répondre au questionnaire de septembre et 23 à venir aux ateliers de Lyon, Lille et Nantes. Cette lettre explique ce que nous en avons tiré.

## Pourquoi on change

Vous nous avez dit deux choses très clairement : les sollicitations arrivent trop souvent aux mêmes personnes, et les avantages du niveau Contact sont difficiles à utiliser quand on n'habite pas près d'un labo. Nous gardons la raison d'être du Cercle telle que nous l'avons écrite ensemble en 2025 : faire vivre la photographie argentique en partageant ce qu'on en sait.

## Nos objectifs pour 2027

| Objectif | Indicateur | Cible 2027 |
|----------|------------|------------|
| Mieux répartir les sollicitations | Part des Révélateurs sollicités au moins une fois dans l'année | 85 % |
| Répondre plus vite | Délai moyen de réponse aux sollicitations | moins de 3 jours |
| Garder les Révélateurs | Rétention d'une année sur l'autre | 82 % |
| Faire découvrir l'argentique | Parrainages aboutis dans l'année | 60 |

## Les niveaux en 2027

Les quatre niveaux restent, avec les mêmes seuils de points. Leurs avantages changent comme suit.

### Niveau Contact

À partir du 1er janvier, le niveau Contact donne droit à :

- deux développements C-41 ou noir et blanc offerts par trimestre, y compris par enveloppe prépayée ;
- une invitation par an à une soirée du labo de votre choix, transport remboursé jusqu'à 60 € ;
- 10 % de remise sur les tirages d'art.

### Niveau Grand Tirage

En plus des avantages des niveaux précédents :

- une place au comité produit, qui se réunit trois fois par an ;
- un tirage baryté 40 × 50 offert chaque année ;
- la possibilité d'animer un atelier au labo, rémunéré 150 € la demi-journée.

## Ce qui ne change pas

- Les points acquis restent acquis, et ils n'expirent pas.
- Personne ne descend de niveau.
- La rubrique « Vos questions » de la Lettre reste ouverte à tous.

## Calendrier du changement

1. Jusqu'au 15 décembre 2026 : vos remarques sur cette lettre, par le bot (/avis) ou par mail.
2. 5 janvier 2027 : mise à jour du bot et des avantages.
3. Février 2027 : premier bilan partagé dans la Lettre n°17.

Solène, pour l'équipe du Cercle
"""
