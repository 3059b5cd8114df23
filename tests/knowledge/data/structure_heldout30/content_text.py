"""Plain-text and Markdown documents of the set (written as-is)."""

T1_NAME = "la-portee-n12-septembre-2026.txt"
T1 = """LA PORTÉE n°12 — septembre 2026
La lettre du Cercle Diapason, Maison Vibrato
Diffusion : tous les Diapasons (version texte du mail envoyé le 8 septembre 2026)

Vous lisez la version texte de La Portée. Si votre messagerie n'affiche pas les images, la version illustrée est en ligne dans l'espace membres.

Le mot de l'équipe
==================

C'est la rentrée, et pour une boutique d'instruments, la rentrée c'est la saison des locations : 640 instruments d'étude sont partis en location en août, contre 510 l'an dernier. Beaucoup de parents nous ont dit être venus « parce qu'un ami nous a parlé de vous ». Ce sont vos conversations qui font ça.

Ce mois-ci on vous demande peu : deux sollicitations, pas plus, comme promis en mai.

Manon, Yanis et toute l'équipe du Cercle

À la une : le parrainage de rentrée
===================================

Du 8 septembre au 31 octobre, chaque parrainage d'une famille qui loue un instrument d'étude rapporte 80 points au lieu de 60.

Pour que le parrainage soit compté, la famille doit :
- donner votre nom ou votre code Diapason au moment de la location ;
- garder la location au moins trois mois ;
- ne jamais avoir loué ni acheté chez Maison Vibrato.

Les points sont crédités à la fin du troisième mois de location, pas le jour de la signature.

Deux sollicitations ce mois-ci
------------------------------

1. Avis en ligne sur la boutique de votre ville (10 points), avant le 30 septembre.
2. Trois témoignages vidéo courts pour la page « Louer son premier instrument » (50 points chacun). Répondez à Yanis avant le 20 septembre ; on filme en boutique, 20 minutes maximum.

Agenda
======

Sam. 13 septembre — Portes ouvertes de l'atelier de lutherie, Vibrato Lyon Croix-Rousse, 10 h–17 h
Jeu. 18 septembre — Café des Diapasons en visio, 19 h 30
Sam. 27 septembre — Atelier « Changer ses cordes soi-même », Vibrato Bordeaux, 14 h
Sam. 4 octobre — Scène ouverte des Diapasons, Vibrato Lille, 18 h

Vos questions
=============

« Je suis passée Noire en août, où est mon réglage offert ? » (Agathe, Rennes)
Le réglage annuel offert aux Noires se réserve en boutique, sur présentation de votre carte Diapason. Il couvre une guitare ou une basse par an ; les pianos et les instruments à archet n'y sont pas inclus.

« Est-ce qu'un partage sur WhatsApp compte comme un partage réseaux sociaux ? » (Karim, Montpellier)
Non, seuls les partages publics comptent : Instagram, Facebook, LinkedIn, TikTok, YouTube. Un message privé ne peut pas être vérifié, même si l'intention est la même.

--
Vous recevez cette lettre parce que vous êtes membre du Cercle Diapason.
Pour ne plus recevoir La Portée, répondez STOP à ce mail : vous restez membre du Cercle.
Maison Vibrato — 12 rue des Capucins, 69001 Lyon
"""

T2_NAME = "re-parrainage-points-liste-cercle.txt"
T2 = """Diffusion : liste cercle-diapason@maisonvibrato.fr (tous les Diapasons)

De : Manon Thiébaut <manon.thiebaut@maisonvibrato.fr>
À : cercle-diapason@maisonvibrato.fr
Date : mar. 14 oct. 2026, 09:41
Objet : Re: Parrainage de rentrée — mes points n'apparaissent pas

Bonjour à toutes et à tous,

Théo m'a posé une question que plusieurs d'entre vous se posent (onze mails sur le sujet la semaine dernière !), alors je réponds à toute la liste, avec son accord.

Pourquoi les points n'apparaissent pas tout de suite
Les points de parrainage sont crédités à la fin du troisième mois de location. Une famille qui a loué le 15 septembre fera donc apparaître vos 80 points vers le 15 décembre.
Tant que la location court, le parrainage apparaît « en attente » dans votre espace, avec la date prévue.

Si votre parrainage n'apparaît même pas « en attente »
Dans ce cas, il manque sûrement votre code dans le dossier de location. Envoyez-moi :
- le nom de la famille parrainée ;
- la boutique et la date de la location ;
- votre code Diapason (il commence par DIA-).
Je vérifie avec la boutique et je rattache le parrainage à la main, sous une semaine.

Si la famille rend l'instrument avant trois mois
Le parrainage n'est pas compté, même si la famille achète un autre instrument plus tard. C'est la règle depuis le début, on ne la change pas en cours d'opération.

Bonne journée, et merci pour tous ces parrainages : 57 familles sont déjà arrivées grâce à vous depuis le 8 septembre.

Manon

-- 
Manon Thiébaut
Responsable du Cercle Diapason
Maison Vibrato · 12 rue des Capucins, 69001 Lyon
06 71 42 18 90 · cercle@maisonvibrato.fr
Le Cercle Diapason ne vous demandera jamais vos coordonnées bancaires par mail.

Le lun. 13 oct. 2026 à 21:17, Théo Carrère <theo.carrere@laposte.net> a écrit :
> Bonjour Manon,
>
> J'ai parrainé deux familles en septembre (les Morel et les Da Silva, violon et ukulélé à Vibrato Nantes) et je ne vois rien dans mon espace. Le compteur est toujours à 215 points.
> Est-ce que j'ai raté une étape ? Je croyais que c'était 80 points par famille pendant l'opération de rentrée.
>
> Merci et bonne soirée,
> Théo
>
> > Le 8 sept. 2026, La Portée n°12 a écrit :
> > Du 8 septembre au 31 octobre, chaque parrainage d'une famille qui loue un instrument d'étude rapporte 80 points au lieu de 60.
"""

T3_NAME = "interne-re-planning-sollicitations-t1-2027.txt"
T3 = """Document interne — équipe communauté Maison Vibrato. Ne pas transférer aux Diapasons ni sur la liste du Cercle.

De : Yanis Ferrand <yanis.ferrand@maisonvibrato.fr>
À : Manon Thiébaut ; Claire Vasseur
Cc : Hélène Casanova
Date : jeu. 26 nov. 2026, 17:05
Objet : Re: Planning des sollicitations T1 2027 + cas Odile

Salut à toutes les deux,

Je reprends vos remarques point par point, vos messages sont en dessous.

Salon Musicora (Paris)
OK pour demander 4 témoignages vidéo pour le stand du salon. Je propose de ne pas les demander aux 6 Diapasons qui ont déjà 2 sollicitations prévues en janvier : ça exclut Solène, Karim, Bastien, Inès, Théo et Agathe. Il reste 14 Blanche et Ronde disponibles, c'est largement assez.

Charge par Diapason
J'ai refait le tableau de charge à partir de l'export du 25 novembre. Les chiffres qui m'inquiètent :
- Solène Marchetti : 9 sollicitations depuis septembre, délai de réponse moyen passé de 2 jours à 11 jours ;
- Bastien Le Goff : 7 sollicitations, 3 sans réponse ;
- 38 Diapasons sur 164 n'ont reçu aucune sollicitation depuis juin.
Je propose de geler Solène jusqu'au 1er mars (aucune demande, on lui dit pourquoi) et de faire tourner les demandes de janvier sur les 38 oubliés.

Le cas Odile
Odile Fournier nous a écrit qu'elle quitte le Cercle parce qu'elle part vivre au Québec. On lui garde ses 930 points trois mois comme le prévoit le règlement, et je propose de lui offrir en plus le réglage de son violoncelle avant le départ. Hélène, c'est toi qui valides les gestes hors barème.

Yanis

Le 25/11/2026 à 11:32, Claire Vasseur a écrit :
> Pour Musicora, attention : la date limite de dépôt des vidéos auprès de l'organisateur est le 16 février. Il faut avoir les 4 vidéos montées pour le 9 février au plus tard.
> Et je rappelle qu'on n'utilise jamais une vidéo sans l'autorisation de droit à l'image signée, même pour un Diapason qu'on connaît bien.
>
> Le 24/11/2026 à 18:10, Manon Thiébaut a écrit :
> > Planning proposé pour le T1 :
> > - janvier : avis en ligne après les fêtes + 3 testeurs pour le nouveau ukulélé électro-acoustique ;
> > - février : 4 témoignages vidéo pour Musicora ;
> > - mars : Café des Diapasons spécial bilan + appel à idées pour la boutique de Grenoble.
> > On ne dépasse pas 2 demandes par mois et par personne, c'est la règle qu'on a annoncée en mai.
> > Manon
"""

M1_NAME = "la-portee-archives-mai-aout-2026.md"
M1 = """Diffusion : tous les Diapasons — archive publiée dans l'espace membres du Cercle Diapason

# La Portée — archives mai à août 2026

Les numéros 9, 10 et 11 de La Portée, la lettre du Cercle Diapason de Maison Vibrato, réunis ici pour celles et ceux qui les ont ratés. Les liens et les images des mails d'origine ont été retirés.

---

## La Portée n°9 — mai 2026

### Le mot de l'équipe

Le printemps a été chargé : 41 témoignages écrits reçus en avril, un record depuis le lancement du Cercle. Merci !

On a aussi lu vos réponses au petit sondage de mars, et plusieurs d'entre vous trouvent qu'on vous sollicite trop. Vous avez raison. À partir du 1er juin, personne ne recevra plus de deux sollicitations par mois, et on fera tourner les demandes entre tous les Diapasons.

Manon, pour l'équipe du Cercle

### À la une

**Fête de la musique : on cherche des Diapasons pour le stand « Essayez un instrument »**

Le 21 juin, chaque boutique installe un stand devant sa vitrine pour faire essayer guitares, ukulélés et cajóns aux passants. Pour tenir le stand avec nous, il faut :

- être disponible au moins deux heures entre 16 h et 22 h ;
- savoir accorder une guitare (on vous prête un accordeur) ;
- vous inscrire auprès de votre boutique avant le 10 juin.

Chaque créneau de deux heures rapporte 30 points, et on vous offre le t-shirt du Cercle.

### Agenda

| Date | Rendez-vous | Où |
|---|---|---|
| 17 mai | Atelier entretien de guitare | Vibrato Nantes |
| 24 mai | Café des Diapasons | Vibrato Lyon Croix-Rousse |
| 7 juin | Soirée de lancement de la série limitée « Tilleul » (Blanche et Ronde) | Vibrato Lyon Croix-Rousse |
| 21 juin | Fête de la musique | toutes les boutiques |

### Vos questions

**« Je peux parrainer ma sœur, qui loue déjà un violon chez vous ? »**
Non. Le parrainage ne compte que pour quelqu'un qui n'a jamais acheté ni loué chez Maison Vibrato, et une location en cours compte comme un achat.

**« Mes points expirent-ils ? »**
Oui : chaque point reste valable 24 mois après la date où vous l'avez gagné. Votre niveau, lui, reste acquis jusqu'à la fin de l'année civile.

---

## La Portée n°10 — juin 2026

### Le mot de l'équipe

Juin, c'est le mois où nos luthiers croulent sous les réglages d'été… et celui où le Cercle fête ses deux ans. Vous étiez 48 au lancement, vous êtes 151 aujourd'hui.

La règle des deux sollicitations par mois s'applique depuis le 1er juin. Si vous en recevez une troisième, dites-le-nous : c'est une erreur de notre part.

Yanis

### À la une

**Nouveau : une journée à l'atelier de lutherie pour les Ronde**

Les Diapasons de niveau Ronde peuvent désormais passer une journée entière à l'atelier de lutherie de Lyon, avec Mathis, notre chef d'atelier.
Au programme : fabrication d'un sillet en os, réglage complet d'une guitare, déjeuner avec l'équipe.
Deux dates par an, six places par date, transport remboursé jusqu'à 150 €.

### Agenda

- **Sam. 21 juin** — Fête de la musique, stand « Essayez un instrument » dans toutes les boutiques
- **Jeu. 26 juin** — Café des Diapasons en visio, 19 h 30
- **Sam. 5 juillet** — Journée lutherie des Ronde, atelier de Lyon (complet)

### Vos questions

**« Pourquoi mon partage Facebook n'a pas été compté ? »**
Un partage n'est compté que s'il est public et qu'il mentionne @maisonvibrato. Les partages dans des groupes privés ne peuvent pas être vérifiés.

**« Est-ce que je peux donner mes points à un autre Diapason ? »**
Non, les points sont personnels et ne se transfèrent pas, même au sein d'une même famille.

---

## La Portée n°11 — juillet-août 2026

### Le mot de l'équipe

Numéro double pour l'été, et numéro un peu spécial : on vous donne les résultats du sondage de juin. 212 d'entre vous ont répondu, merci ! Bonnes vacances, et bonne musique.

L'équipe du Cercle

### À la une : les résultats du sondage

Ce que vous nous avez dit, en trois chiffres :

| Question | Réponse |
|---|---|
| Satisfaits ou très satisfaits du Cercle | 68 % |
| Avantage le plus attendu | l'accès anticipé aux séries limitées |
| Trouvent le nombre de sollicitations « juste bien » | 54 % |

Ce qu'on va changer à la rentrée :

- une opération de parrainage dédiée aux locations d'instruments d'étude ;
- un Café des Diapasons en visio chaque mois, pour ceux qui n'habitent pas près d'une boutique ;
- un barème revu pour 2027, qu'on vous présentera en novembre.

### Agenda

Pas de rendez-vous en juillet et août : les boutiques tournent en équipe réduite. On se retrouve le 13 septembre pour les portes ouvertes de l'atelier de lutherie, à Lyon.

### Vos questions

**« Je pars trois mois à l'étranger, je perds mon niveau ? »**
Non. Vous pouvez mettre votre participation en pause jusqu'à six mois : vous ne recevez plus de sollicitations, vos points et votre niveau sont gelés. Écrivez simplement à cercle@maisonvibrato.fr.
"""

M2_NAME = "diapason-digest-archive-issues-4-6.md"
M2 = """Audience: all Diapasons (English-language edition of the Cercle Diapason newsletter). Archive posted in the members' area.

# The Diapason Digest — archive, issues 4 to 6

The Digest is the English edition of La Portée, for our members around the Brussels and Geneva shops and our online customers. Issues 4 to 6, in one file.

## Issue 4 — May 2026

### A word from the team

Spring has been busy, and some of you told us we ask too often. Fair point. From 1 June, nobody will receive more than two requests a month, and we will spread requests across all Diapasons.

— Manon

### In the spotlight

**Write in English, help in English.** Our Brussels shop now has an English-speaking corner in the community forum. Answers marked as helpful there earn 8 points, just like in the French forum.

### What's on

- **Sat 24 May** — Diapason coffee morning, Vibrato Bruxelles (Ixelles), 10:30
- **Sat 21 June** — Fête de la musique: "Try an instrument" stand at every shop

### Your questions

**"Can I review the shop in English?"**
Yes. Reviews in any language count, as long as they are public and about a shop where you have bought or rented.

## Issue 5 — June 2026

### A word from the team

The Cercle is two years old. You were 48 at launch; you are 151 today, 23 of you reading this edition in English.

### In the spotlight

**Ronde members: a day at the Lyon workshop.** Twice a year, six Ronde members spend a day with Mathis, our head luthier. Travel is refunded up to €150 — including from Brussels and Geneva.

### What's on

| Date | Event | Where |
|---|---|---|
| Thu 26 June | Online Diapason coffee, in French with English help | online, 19:30 CET |
| Sat 5 July | Luthiery day for Ronde members | Lyon workshop |

### Your questions

**"Do my points work in the Geneva shop?"**
Yes, points and vouchers work in every Maison Vibrato shop. In Geneva, vouchers are converted to Swiss francs at the rate of the day of purchase.

## Issue 6 — September 2026

### A word from the team

Back to school means instrument rentals, and our back-to-school referral offer applies in Brussels and Geneva too.

### In the spotlight

**Back-to-school referrals: 80 points instead of 60.** From 8 September to 31 October, each family you refer who rents a student instrument earns you 80 points. The family must:

- give your name or Diapason code when renting;
- keep the rental for at least three months;
- never have bought or rented from Maison Vibrato before.

### What's on

- **Thu 18 September** — Online Diapason coffee, 19:30 CET
- **Sat 4 October** — Diapasons' open stage, Vibrato Lille (a short train ride from Brussels)

### Your questions

**"Why isn't there an English Discord channel?"**
There is now: #english-corner opened on 1 September. The Cercle assistant answers there in English.
"""

M3_NAME = "vos-questions-compilation.md"
M3 = """# Vos questions : toutes les réponses parues dans La Portée

> Pour tous les Diapasons. Compilation tenue à jour par Manon Thiébaut — dernière mise à jour : 1er décembre 2026.

Vous nous posez souvent les mêmes questions. Voici les réponses publiées dans La Portée depuis le n°1, regroupées par thème et mises à jour quand une règle a changé.

## Les points

### Combien de temps mes points restent-ils valables ?

Chaque point reste valable 24 mois après la date où vous l'avez gagné. Le compteur de votre espace membre affiche, sous le total, les points qui expirent dans les 90 prochains jours.

### Est-ce que je peux échanger mes points contre un instrument ?

Oui, en partie. Dans la boutique des points, 100 points valent 10 € de bon d'achat, utilisable dans tout le magasin.
Les bons sont plafonnés à 30 % du prix d'un instrument ; pour les accessoires, il n'y a pas de plafond.

### Qu'est-ce qui ne rapporte pas de points ?

Certaines choses nous font très plaisir mais ne sont pas comptées :

- les messages privés (WhatsApp, SMS, messages directs) ;
- les avis laissés sur une boutique dans laquelle vous n'avez jamais acheté ;
- les parrainages de membres de votre propre foyer ;
- les contributions faites avant votre entrée dans le Cercle.

## Les niveaux

### Comment passe-t-on d'un niveau à l'autre ?

Le passage est automatique, dès que votre total atteint le seuil : 150 points pour Noire, 500 pour Blanche, 1 200 pour Ronde. Vous recevez un mail le lendemain, et votre nouvelle carte arrive en boutique sous deux semaines.

### Est-ce qu'on peut redescendre de niveau ?

Oui, mais seulement au 1er janvier. Si votre total de points valables est alors sous le seuil de votre niveau, vous descendez d'un seul niveau, jamais plus. Nous vous prévenons par mail un mois avant.

## Les sollicitations

### Combien de demandes vais-je recevoir ?

Deux au maximum par mois, depuis juin 2026. Vous pouvez toujours en refuser une, sans justification et sans perdre de points : on ne tient pas le compte des refus.

### J'ai raté la date limite d'une demande, c'est grave ?

Pas du tout : la demande se ferme, c'est tout. Si vous l'aviez acceptée et que vous ne pouvez plus la faire, prévenez simplement la personne qui vous l'a envoyée pour qu'elle la propose à quelqu'un d'autre.

## Faire une pause ou quitter le Cercle

### Je peux faire une pause ?

Oui, jusqu'à six mois. Pendant la pause, vous ne recevez aucune sollicitation, et vos points et votre niveau sont gelés. Il suffit d'écrire à cercle@maisonvibrato.fr.

### Comment quitter le Cercle ?

Vous pouvez partir quand vous voulez, sans préavis. Pour quitter le Cercle :

1. écrivez à cercle@maisonvibrato.fr ou dites-le en boutique ;
2. nous vous confirmons la sortie par mail sous 7 jours ;
3. vos points restent utilisables trois mois, puis ils sont supprimés.

Votre compte client, vos garanties et vos locations en cours ne changent pas.

## Vos données

### Quelles données le Cercle garde-t-il sur moi ?

Votre nom, votre boutique, vos contributions, vos points et les sollicitations reçues, avec vos réponses. Rien sur vos achats au-delà de ce qui sert à valider un parrainage. Vous pouvez demander l'export ou la suppression de ces données à tout moment.

### Est-ce que l'assistant Discord lit mes messages ?

L'assistant du Cercle ne lit que les messages que vous lui adressez directement, ou ceux postés dans le salon #questions. Il ne lit pas vos messages privés entre Diapasons. Vous pouvez lui demander à tout moment de ne plus vous envoyer de rappels.
"""
