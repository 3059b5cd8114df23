# Source text of the 12 documents of structure_heldout25 (fictitious client: Dé Bleu Éditions).
# .md / .txt / .html: the exact file content. .docx / .pdf: a light markup rendered by gen.py:
#   docx: "# " Title, "## " Heading1, "### " Heading2, "**x**" alone = bold paragraph used as a heading,
#         "- " bullet, "1. " numbered item, "|a|b|" table rows (first row = header), other lines = paragraphs.
#   pdf:  "=== Title" starts a slide (big bold title), "## " subtitle, "- " bullet, "1. " numbered,
#         "|a|b|" table rows, other lines = paragraphs (wrapped). A footer and "n / N" are added on every page.


def _cols(rows, widths):
    return "\n".join("".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


CHARTE_MD = """# Charte du programme Table Ouverte

Pour : tous les Meneurs et Meneuses de jeu 🎲 (et celles et ceux qui hésitent encore à nous rejoindre)

> 💡 Cette page est la version à jour de la charte (révision de janvier 2027). En cas de doute, c'est elle qui fait foi, pas les vieux PDF qui traînent sur le Discord.

## Pourquoi Table Ouverte existe

Dé Bleu publie des jeux de société depuis 2011 à Lyon. Nos meilleurs vendeurs n'ont jamais été nos commerciaux : ce sont des joueuses et des joueurs qui sortent nos boîtes en soirée, en médiathèque ou au fond d'un bar, et qui expliquent les règles mieux que nous. Table Ouverte est né pour reconnaître ce travail, lui donner un cadre et arrêter de le tenir pour acquis.

Notre raison d'être tient en une phrase : faire qu'il y ait toujours quelqu'un pour ouvrir la boîte et expliquer le jeu, partout où des gens ont envie de jouer ensemble.

## Ce que tu t'engages à faire (et ce que tu n'es pas obligé·e de faire)

En rejoignant le programme, chaque Meneur s'engage à :

- présenter nos jeux honnêtement, y compris leurs défauts quand on te pose la question ;
- signaler toute contrepartie reçue de Dé Bleu quand tu publies un avis en ligne ;
- respecter les joueurs débutants : pas de moquerie, pas de partie « pour gagner » contre un nouveau ;
- prévenir l'équipe communauté si tu ne peux plus assurer une animation acceptée, au moins 72 heures avant.

Tu n'es jamais obligé·e de répondre à une sollicitation. Dire non, ou ne rien dire, n'enlève aucun point et ne fait pas baisser ton niveau.

- ▸ Et si je n'ai pas le temps pendant plusieurs mois ?

    Tu peux passer en mode « pause » depuis ton profil Discord (commande /pause). Pendant la pause, on ne t'envoie plus aucune sollicitation, tes points sont gelés et ton niveau est conservé jusqu'à 6 mois. Au-delà, tu repasses au niveau inférieur, sans perdre tes points.

## Ce que Dé Bleu s'engage à faire

De notre côté, l'équipe communauté s'engage à :

1. te solliciter au maximum deux fois par mois, sauf si tu as demandé plus ;
2. te prévenir au moins trois semaines avant un salon ou un événement ;
3. ne jamais réécrire ton témoignage sans ton accord explicite ;
4. répondre à tes questions sur Discord sous 48 heures ouvrées.

> 💡 Si tu as l'impression d'être trop sollicité·e, dis-le dans #aide-meneurs ou en message privé à Inès. On préfère le savoir tôt, avant que l'envie ne s'use.

## Quitter le programme

Tu peux quitter Table Ouverte quand tu veux, sans justification, en écrivant à communaute@debleu.fr ou avec la commande /quitter. Tes points non convertis restent utilisables dans la boutique de récompenses pendant 90 jours après ton départ ; passé ce délai, ils sont supprimés.

Ton départ ne change rien à ta relation de client : tes précommandes, ton compte sur la boutique en ligne et ta garantie sur les pièces manquantes restent exactement les mêmes.

Il peut aussi arriver que Dé Bleu mette fin à la participation d'un Meneur, par exemple après des propos insultants envers d'autres joueurs ou la revente de prototypes reçus en avant-première. Dans ce cas, Inès t'appelle avant toute décision et tu peux donner ta version.

## Confidentialité

Les prototypes, règles provisoires et visuels que tu reçois avant une sortie sont confidentiels jusqu'à la date d'annonce publique. Tu peux en parler autour de toi de façon générale (« je teste un jeu de pirates, c'est génial »), mais pas publier de photo ni de morceau de règle.

### Checklist d'arrivée

- [x] J'ai lu la charte
- [ ] J'ai rejoint le salon #table-ouverte sur Discord
- [ ] J'ai rempli ma fiche Meneur (ville, jeux préférés, disponibilités)
- [ ] J'ai choisi mon groupe pour la saison

*Dernière modification par Inès Garnier, responsable communauté — 14 janvier 2027*
"""

BAREME_MD = """# Barème des points et niveaux — saison 2027

*À l'attention des Meneurs de jeu Table Ouverte, tous niveaux confondus. Document tenu par l'équipe communauté, mis à jour à chaque saison.*

## 1. Comment on gagne des points

Chaque contribution validée par l'équipe communauté rapporte des points. La validation se fait en général sous une semaine ; tant qu'elle n'est pas faite, la contribution apparaît « en attente » dans ton profil et ne compte pas encore pour ton niveau.

| **Contribution** | **Points** | **Plafond** | **Remarques** |
|---|---|---|---|
| Animation d'une table en boutique ou en médiathèque | 40 | 4 par mois | photo de la table demandée |
| Présence sur notre stand en festival (demi-journée) | 60 |  | défraiement en plus, voir le guide d'animation |
| Témoignage écrit (texte publié sur le site) | 30 | 1 par jeu |  |
| Témoignage vidéo (30 s à 2 min) | 70 | 1 par jeu | on prête un micro-cravate si besoin |
| Avis en ligne (Philibert, Trictrac, BGG, Google) | 10 | 6 par mois | mention de la contrepartie obligatoire |
| Mise en relation avec une boutique ou une ludothèque | 50 |  | comptée quand le premier rendez-vous a lieu |
| Partage sur les réseaux sociaux | 2 | 10 par mois |  |
| Aide à un autre Meneur sur Discord | 5 | 20 par mois | validée par un modérateur |
| Session de test d'un prototype (playtest) | 35 |  | retour écrit obligatoire |
| Idée d'amélioration retenue | 25 |  |  |

Les points ne périment pas tant que tu es membre du programme. Ils ne disparaissent que si tu quittes Table Ouverte sans les avoir convertis dans les 90 jours.

## 2. Les niveaux

| **Niveau** | **Points cumulés** | **Ce que ça change** |
|---|---|---|
| D6 | 0 à 199 | accès au Discord et aux sollicitations |
| D12 | 200 à 799 | prototypes en avant-première, -15 % sur la boutique |
| D20 | 800 et plus | conseil des Meneurs, -25 % sur la boutique |

Le niveau se calcule sur les points cumulés depuis ton arrivée, pas sur les points encore disponibles : convertir des points en récompenses ne te fait pas redescendre.

### Niveau D6

Tout le monde commence au niveau D6. Avantages du niveau D6 :

- accès aux salons privés du Discord Table Ouverte ;
- le kit de bienvenue (dés bleus, sac en tissu, badge émaillé) ;
- les sollicitations pour les animations près de chez toi.

### Niveau D12

En plus des avantages du D6, le niveau D12 donne :

- l'envoi d'un prototype par an en avant-première, avant l'annonce publique ;
- une remise de 15 % sur la boutique en ligne, cumulable avec les soldes ;
- une invitation à la soirée de lancement de la saison à Lyon (transport non pris en charge).

### Niveau D20

Le niveau D20 ajoute aux avantages des niveaux précédents :

- un siège au conseil des Meneurs, qui se réunit trois fois par an avec les auteurs et l'éditrice ;
- une remise de 25 % (au lieu de 15 %) sur la boutique en ligne ;
- ton nom dans les remerciements des règles d'un jeu de la saison ;
- le transport remboursé pour la soirée de lancement, dans la limite de 150 €.

## 3. Badges

Les badges ne rapportent pas de points, ils racontent ton parcours. Il y en a une douzaine ; les plus recherchés sont « Première table » (ta première animation validée), « Marathon » (5 animations dans le même mois) et « Oreille d'or » (trois retours de playtest jugés très utiles par les auteurs).

On ne publie pas de classement général des Meneurs. C'était le cas en 2025 et ça a surtout créé de la compétition entre les plus actifs ; on a préféré un tableau « qui a joué où ce mois-ci », sans chiffres.

## 4. En cas de désaccord

Si une contribution est refusée ou si le nombre de points te semble faux, réponds simplement au message de validation dans Discord. Inès ou Malik regarde dans les 5 jours ouvrés et peut corriger à la main.
"""

FAQ_MD = """# FAQ des Meneurs 🎲

_Pour tous les MJ de Table Ouverte, nouveaux comme anciens._

Les questions qui reviennent le plus souvent sur #aide-meneurs, regroupées par thème. Si ta question n'y est pas, pose-la sur Discord : le bot répond la nuit, un humain le matin.

## Les sollicitations

<details>
<summary>C'est quoi, une sollicitation ?</summary>

Une sollicitation, c'est une demande précise de l'équipe communauté : animer une table samedi à la médiathèque de Villeurbanne, tester un prototype, écrire un avis après une sortie. Elle arrive par message privé du bot sur Discord, avec une date limite pour répondre.

</details>

<details>
<summary>J'ai raté la date limite, c'est grave ?</summary>

Non. Passé la date limite, la sollicitation est proposée à quelqu'un d'autre, c'est tout. Ça n'a aucun effet sur tes points ni sur ton niveau, et personne ne te le reprochera.

</details>

<details>
<summary>Comment vous choisissez qui solliciter ?</summary>

On regarde d'abord la distance (on évite de faire traverser la région pour deux heures d'animation), puis les jeux que tu as indiqués dans ta fiche, puis le nombre de sollicitations reçues dans les 60 derniers jours. Les Meneurs les moins sollicités récemment passent devant, pour que ce ne soient pas toujours les mêmes.

</details>

## Les animations

> 💡 Astuce de Camille (D20, Grenoble) : arrive 20 minutes avant, dépunche les jetons à la maison, et garde une partie courte sous le coude pour les enfants.

<details>
<summary>Qu'est-ce que je dois apporter ?</summary>

Pour une animation en boutique, pense à prendre :

- la boîte de démonstration (jamais une boîte neuve du magasin) ;
- ton badge Table Ouverte, bien visible ;
- des feuilles de score imprimées à l'avance ;
- le QR code de la fiche jeu, pour ceux qui veulent relire les règles plus tard.

</details>

<details>
<summary>La boutique veut que je vende les jeux, je fais quoi ?</summary>

Tu n'es pas vendeur et tu n'as pas à encaisser. Si le gérant insiste, redirige gentiment vers un de ses vendeurs. Tu peux par contre dire où le jeu est disponible et à quel prix public conseillé.

</details>

## Points, niveaux, récompenses

<details>
<summary>Quand est-ce que mes points apparaissent ?</summary>

Les points apparaissent dès que l'équipe a validé la contribution, en général sous 7 jours. Pour une animation, la validation attend la photo de la table ; pour une mise en relation, elle attend le premier rendez-vous avec la boutique.

</details>

<details>
<summary>Je peux donner mes points à un autre Meneur ?</summary>

Non, les points sont personnels et ne se transfèrent pas, même au sein d'un même foyer. Par contre, deux Meneurs qui animent ensemble une même table gagnent chacun les points de l'animation.

</details>

## Le bot Discord

Le bot de Table Ouverte est un assistant automatique : il rappelle les sollicitations, enregistre tes contributions et répond aux questions sur le programme. Il peut se tromper. Pour tout ce qui touche à un litige, un problème avec une boutique ou une situation délicate, tape /humain et Inès ou Malik prend le relais.

Les commandes les plus utiles :

1. /points pour voir ton solde et ton niveau ;
2. /contribution pour déclarer une animation, un avis ou un témoignage ;
3. /pause et /reprise pour suspendre les sollicitations ;
4. /humain pour parler à quelqu'un de l'équipe.

## Et si je veux proposer mon propre jeu ?

Dé Bleu ne reçoit pas de prototypes d'auteurs via le programme. Si tu as créé un jeu, passe par le formulaire « Soumettre un projet » sur le site : il est lu par l'équipe éditoriale, pas par l'équipe communauté, et le fait d'être Meneur n'accélère pas la réponse.

- [ ] TODO Malik : ajouter une question sur les badges
"""

MAIL_TXT = """De : Inès Garnier <ines.garnier@debleu.fr>
À : meneurs-sud@listes.debleu.fr
Date : lun. 11 janv. 2027 à 09:42
Objet : [Table Ouverte] Cannes 2027 : on cherche 8 Meneurs pour le stand

À tous les Meneurs de jeu du Sud-Est (et aux autres qui seraient dans le coin ce week-end-là)

Bonjour à toutes et à tous,

Comme chaque année, Dé Bleu tiendra un stand au Festival international des jeux de Cannes, du vendredi 26 au dimanche 28 février 2027, au Palais des Festivals (niveau -1, stand F14). On cherche 8 Meneurs pour faire jouer le public sur nos deux nouveautés : « Marée Basse » et « Les Copistes ».

CE QU'ON ATTEND DE VOUS
-----------------------

Sur le stand, vous aurez trois missions :
- expliquer les règles et lancer des parties courtes (20 minutes maximum) ;
- orienter les personnes intéressées vers la caisse du stand, tenue par notre équipe ;
- noter sur le carnet du stand les remarques des joueurs sur les règles.

Pas besoin de connaître les jeux par cœur : une session de formation en visio aura lieu le mercredi 17 février à 19 h, et les règles définitives vous seront envoyées le 5 février.

LES CRENEAUX
------------

""" + _cols([
    ["Créneau", "Horaires", "Meneurs", "Déjà pris"],
    ["Vendredi après-midi", "14 h - 19 h", "2", "1"],
    ["Samedi matin", "9 h 30 - 14 h", "3", ""],
    ["Samedi après-midi", "14 h - 19 h", "3", "2"],
    ["Dimanche", "10 h - 17 h", "2", ""],
], [22, 16, 10, 10]) + """

(Le vendredi matin est réservé aux professionnels, on n'a pas besoin de monde.)

DEFRAIEMENT ET LOGEMENT
-----------------------

Chaque demi-journée compte 60 points dans le barème. En plus, Dé Bleu rembourse le train en 2de classe (sur justificatif) et verse une indemnité repas de 20 € par demi-journée. Pour ceux qui viennent de loin, on a réservé 4 chambres doubles à l'hôtel Le Mistral, à 10 minutes à pied du Palais, pour les nuits du vendredi et du samedi.

Le badge exposant est fourni : ne prenez pas de billet d'entrée.

SUR PLACE
---------

Rendez-vous au stand 30 minutes avant votre créneau, pour que la personne que vous remplacez ait le temps de vous montrer où en sont les tables. Il y a des casiers fermés derrière le stand pour vos affaires, mais pas de vestiaire : venez léger. L'eau et le café sont offerts toute la journée, et on commande des sandwichs pour le samedi midi (dites-nous si vous êtes végétarien ou allergique à quelque chose). Le t-shirt Table Ouverte vous sera remis à l'arrivée, merci de le porter pendant votre créneau.

COMMENT REPONDRE
----------------

Répondez directement à ce mail ou avec /contribution dans le Discord avant le vendredi 29 janvier, en indiquant le ou les créneaux souhaités. On confirme à tout le monde le 1er février. S'il y a plus de volontaires que de places, on donne la priorité à ceux qui n'ont pas fait de festival en 2026.

> Le 8 janv. 2027 à 18:10, Théo Marchetti a écrit :
> Salut Inès, est-ce qu'on fait Cannes cette année ? L'an dernier le stand
> était trop petit, on était 4 Meneurs pour 2 tables, on se marchait dessus.
> Et est-ce que les enfants de moins de 8 ans pourront jouer ?

Théo, pour répondre à ta question : cette année le stand fait 36 m² au lieu de 18, avec 5 tables. Les deux nouveautés sont indiquées à partir de 10 ans, mais on aura aussi « Petit Phare » (dès 6 ans) pour les familles.

Merci d'avance, et à très vite sur le stand !

Inès

--
Inès Garnier
Responsable communauté · Dé Bleu Éditions
12 rue Bouteille, 69001 Lyon
06 12 34 56 78 — communaute@debleu.fr
Pensez à l'environnement avant d'imprimer ce mail.
"""

CR_JE_TXT = """COMPTE RENDU - ATELIER JE (TABLE OUVERTE)
Atelier du 5 décembre 2026, Lyon, locaux Dé Bleu + 6 Meneurs en visio

Diffusion : équipe communauté uniquement (Inès, Malik, Sarah). Ne pas transférer aux Meneurs, les verbatims ne sont pas anonymisés.

1. Participants

11 Meneurs consultés : 5 en salle, 6 en visio. Répartition : 4 D6, 5 D12, 2 D20. Animation : Sarah Ouali, prise de notes : Malik Benhamou. Trois personnes invitées ne sont pas venues (dont deux D6 inscrits depuis moins de trois mois).

2. Ce qui les fait venir

Le besoin exprimé le plus souvent n'est pas la récompense mais la reconnaissance des auteurs : être cité, rencontrer les créateurs, donner un avis qui compte. Sept participants sur onze ont parlé du playtest comme de « la meilleure partie du programme ».

Les besoins cités, par ordre de fréquence :
- tester les jeux avant tout le monde (8 mentions)
- rencontrer les auteurs et l'éditrice (6)
- faire découvrir le jeu à des non-joueurs, surtout en médiathèque (5)
- obtenir des jeux gratuits ou moins chers (4)
- se faire des amis dans d'autres villes (3)

3. Ce qui les freine

Deux freins reviennent chez presque tout le monde : les sollicitations arrivent trop tard (« une semaine avant un samedi, c'est mort quand on a des enfants ») et les frais de déplacement hors festival ne sont pas remboursés. Les D20 se disent fatigués d'être sollicités pour tout ; l'un d'eux a dit : « j'ai l'impression d'être le seul Meneur de la région grenobloise ».

4. Convergences / divergences avec les objectifs 2027

""" + _cols([
    ["Objectif 2027", "Position des Meneurs", "Commentaire"],
    ["Doubler les animations en médiathèque", "Convergence forte", "demande de kits « jeux courts »"],
    ["200 avis en ligne sur les nouveautés", "Divergence", "« écrire des avis, c'est du boulot de commercial »"],
    ["Recruter 40 nouveaux Meneurs", "Convergence", "surtout hors Rhône-Alpes"],
    ["Vidéos de règles par les Meneurs", "Partagée", "les D12 oui, les D6 non (timidité)"],
    ["Présence en festival", "", "pas abordé, faute de temps"],
], [40, 23, 10]) + """

5. A surveiller

- Camille (D20, Grenoble) : 14 sollicitations en 60 jours, a refusé les 5 dernières. Risque d'usure, à protéger en priorité.
- Les D6 recrutés au salon de Lyon ne sont jamais venus sur Discord : relancer individuellement, pas par message collectif.
- Un participant a demandé si le bot Discord « lit tout ce qu'on écrit » : préparer une réponse claire sur les données.

6. Prochaines étapes

1) Envoyer la synthèse (version anonymisée) aux participants avant le 20 décembre.
2) Préparer l'atelier ACTION du 23 janvier avec les thèmes « médiathèques » et « prototypes ».
3) Proposer au comité de direction le remboursement des trajets au-delà de 50 km pour les animations, plafonné à 30 € par animation.

7. Verbatims marquants

« Ce que j'aime, c'est quand un auteur me répond et que je retrouve mon idée dans la boîte un an après. » (D12, Lyon)
« Les points, honnêtement, je ne les regarde pas. Par contre le badge Marathon, je l'ai montré à tout le monde. » (D6, Dijon)
« On me demande des avis sur des sites où je ne vais jamais. Je préfère faire jouer dix personnes que d'écrire un avis. » (D12, Annecy)
« Quand on est seul dans sa ville, on décroche vite. Un petit groupe local, même de trois personnes, ça changerait tout. » (D6, Clermont-Ferrand)

Remarque de Malik : la synthèse automatique du bot avait oublié le point sur les frais de déplacement, pourtant cité par neuf personnes sur onze. A relire à la main à chaque fois.

Sarah (relu par Inès le 7 décembre, deux corrections sur les chiffres des besoins)
"""

PLAYTEST_TXT = """PLAYTEST SESSIONS - HOW THEY WORK
=================================

For all Table Ouverte ambassadors ("Meneurs", or Game Leaders in English), including our members in Belgium, Switzerland and Québec.

Written by Jonas Weber (prototype coordinator). French version on Discord, pinned in #prototypes.

1. What a playtest session is
-----------------------------

A playtest session is a game night where you play an unfinished game, a prototype, with your own group and send us what happened. Authors use these reports to change rules, balance cards or cut whole mechanics. Several games in our catalogue look very different from their first prototype because of Game Leader reports.

A playtest is not a review and not a demo. Nobody expects you to like the game, and you should not try to sell it to your friends: if the game is dull, the most useful thing you can do is to say so, and to say exactly when people started to look at their phones.

2. Who can take part
--------------------

Prototypes are sent to D12 and D20 Game Leaders. D6 members can join a session run by a D12 or D20 Game Leader, and they get the points for it too. We send each prototype to 15 groups at most, so we pick groups that differ: families, experienced players, groups of 2, groups of 5 and more.

3. What you receive
-------------------

Each prototype parcel contains:
  * the prototype itself (hand-made, sometimes fragile - please be gentle);
  * the draft rules, numbered and watermarked with your name;
  * a report form (paper, or the link to the online form);
  * a prepaid envelope to return the prototype.

4. Timeline
-----------

""" + _cols([
    ["Step", "When", "Notes"],
    ["Parcel sent", "week 1", ""],
    ["First session", "within 3 weeks of receipt", "at least 3 players"],
    ["Second session", "within 5 weeks", "ideally a different group"],
    ["Report sent", "before the end of week 6", "online form preferred"],
    ["Prototype returned", "with the report", "prepaid envelope, no cost for you"],
], [22, 29, 10]) + """

If you cannot play in time, just tell Jonas: we would rather send the prototype to someone else than receive a rushed report.

5. What makes a useful report
-----------------------------

The best reports describe what players did, not only what they felt. "Nobody used the harbour cards after round 2" helps the author more than "the harbour is boring". In your report, please write down:
  * when players hesitated, asked a question or checked the rules;
  * how long each game took, setup included;
  * who won and by how much;
  * a photo of the table at the end of the game.

Please do not try to fix the game yourself in the report. If you have an idea, add it at the end under "Suggestions": the author reads them all, and a suggestion that ends up in the final game gives 25 extra points.

6. Points and confidentiality
-----------------------------

Each completed session gives 35 points to the Game Leader who ran it, after the report is received. A prototype not returned within 8 weeks is considered lost: no points are given for that playtest and you will not receive another prototype for a year.

Prototypes and draft rules are confidential until the game is announced. Do not post photos, do not share the rules file, and do not bring the prototype to a public event (shop, library, festival) unless Jonas has said yes in writing.

7. Questions
------------

Ask in #prototypes on Discord or write to jonas.weber@debleu.fr. Jonas answers in English, French and German, usually within two days.
"""

LANCEMENT_PDF = """=== Table Ouverte — Lancement de la saison 2027
## Soirée de lancement, Lyon, 22 janvier 2027
Présentation destinée à l'ensemble des Meneurs de jeu (D6, D12 et D20). Les slides seront postées dans #annonces après la soirée.
=== 2026 en quelques chiffres
- 312 animations en boutique et en médiathèque
- 94 Meneurs actifs sur 131 inscrits
- 41 prototypes testés, 6 jeux modifiés après vos retours
- Note moyenne donnée au programme par les Meneurs : 8,4 / 10
Merci à toutes et à tous : ces chiffres, c'est vous.
=== Le mot de l'éditrice
« Quand on a lancé Table Ouverte, on pensait surtout aux festivals. Ce sont finalement les médiathèques et les petites boutiques qui ont tout changé : des gens qui n'avaient pas ouvert une boîte de jeu depuis l'enfance y ont découvert nos jeux, grâce à vous. Cette année, on veut aller plus loin dans ces lieux, et mieux vous y accompagner. » — Claire Dumas, éditrice et fondatrice de Dé Bleu
=== Ce qu'on a entendu de vous
Vous nous avez dit que les sollicitations arrivaient trop tard et qu'on demandait toujours aux mêmes. En 2027, chaque sollicitation partira au moins trois semaines avant la date, et personne ne recevra plus de deux demandes par mois sans l'avoir choisi.
Vous nous avez aussi dit que les trajets pour les animations en dehors des festivals vous coûtaient cher. C'est entendu, voir la slide suivante.
=== Nos objectifs 2027
|Objectif|Cible 2027|Rappel 2026|
|Animations en médiathèque|150|68|
|Nouveaux Meneurs hors Rhône-Alpes|40|12|
|Avis en ligne sur les nouveautés|120|85|
|Taux de réponse aux sollicitations|70 %|54 %|
|Délai moyen de réponse|3 jours|6 jours|
|Vidéos de règles tournées par des Meneurs|20||
Ces objectifs sont collectifs : personne n'a de quota individuel.
On suivra les chiffres groupe par groupe, et on vous les montrera tous les trimestres dans #annonces, les bons comme les moins bons. Si un objectif se révèle absurde en cours de route, on le change avec vous.
=== Les nouveautés du programme
Cette saison, quatre changements concrets pour vous :
- un kit « jeux courts » pour les médiathèques (5 jeux de moins de 20 minutes) ;
- le remboursement des trajets de plus de 50 km pour les animations, jusqu'à 30 € par animation ;
- un groupe « Meneurs hors région » avec son propre salon Discord ;
- le badge « Passeur », pour les animations devant des non-joueurs.
=== Calendrier des sorties 2027
|Jeu|Sortie|Âge|Durée|
|Marée Basse|5 mars|10+|45 min|
|Les Copistes|9 avril|10+|60 min|
|Petit Phare (réédition)|14 mai|6+|15 min|
|Projet « Vigie » (titre provisoire)|octobre|12+||
Les dates peuvent bouger de quelques semaines selon l'imprimeur.
=== Les groupes 2027
Cette saison, les Meneurs sont répartis en trois groupes, chacun avec ses thèmes et ses indicateurs :
- Médiathèques et familles : jeux courts, publics non-joueurs, ateliers du mercredi ;
- Boutiques et festivals : nouveautés, démonstrations, rencontres avec les auteurs ;
- Prototypes : playtests, retours écrits, conseil des Meneurs.
Tu choisis ton groupe dans ton profil Discord avant le 15 février ; tu peux en changer une fois par saison.
=== Et maintenant ?
Avant le 15 février, quatre choses à faire :
1. mettre à jour ta fiche Meneur (ville, disponibilités, jeux préférés) ;
2. choisir ton groupe 2027 ;
3. t'inscrire pour Cannes si tu es dans le Sud-Est (avant le 29 janvier) ;
4. répondre au petit questionnaire de rentrée envoyé par le bot.
Des questions ? #aide-meneurs, ou Inès et Malik ce soir au bar.
=== Ce soir
- Tables de démonstration de Marée Basse et des Copistes jusqu'à 23 h
- Rencontre avec les auteurs des Copistes à 21 h, près du bar
- Photo de groupe des Meneurs à 22 h (facultative, évidemment)
Merci d'être venus, et bonne saison 2027 à toutes les tables !
"""

BILAN_PDF = """=== Bilan 2026 du programme Table Ouverte
## Revue interne, comité de direction du 8 décembre 2026
Usage interne — équipe communauté et direction. Ne pas diffuser aux Meneurs.
Préparé par Inès Garnier et Malik Benhamou. Chiffres arrêtés au 30 novembre 2026.
=== Indicateurs de santé
|Indicateur|2025|2026|Commentaire|
|Rétention des Meneurs d'une année sur l'autre|71 %|78 %||
|Contributions moyennes par Meneur actif|9,2|11,5|tirée par les playtests|
|NPS des Meneurs|+41|+52|enquête de novembre, 88 réponses|
|Délai moyen de réponse à une sollicitation|5,1 jours|6,0 jours|en hausse, à corriger|
|Passage de D6 à D12 dans l'année|18 %|23 %||
Un Meneur est compté actif s'il a au moins une contribution validée dans les 90 derniers jours.
=== Impact commercial
Les boutiques recrutées grâce aux Meneurs (17 en 2026) représentent 96 000 € de chiffre d'affaires sur l'année, soit 7 % de nos ventes en boutique spécialisée. Le coût total du programme (récompenses, défraiements, kits, outils, hors salaires) s'élève à 41 500 €.
Les avis en ligne et les partages ne sont pas reliés aux ventes : on les suit en volume seulement.
=== Production 2026 par type de contribution
|Type|Nombre|Évolution|
|Animations en boutique et médiathèque|312|+38 %|
|Demi-journées en festival|57|+4 %|
|Témoignages écrits|26|-10 %|
|Témoignages vidéo|9||
|Avis en ligne|85|-15 %|
|Mises en relation|23|+64 %|
|Sessions de playtest|41|+46 %|
La baisse des avis en ligne confirme ce qu'ont dit les Meneurs à l'atelier JE : c'est la contribution qu'ils aiment le moins.
=== Ce qui a marché
Les inscriptions aussi ont bien marché : 37 nouveaux Meneurs en 2026, dont 14 recrutés en salon et 23 cooptés par d'autres Meneurs. Les cooptés restent nettement plus longtemps.
Les playtests sont devenus le cœur du programme : 41 sessions, 6 jeux modifiés, et les auteurs demandent désormais à passer par les Meneurs avant chaque édition. Les médiathèques ont suivi grâce au bouche-à-oreille entre bibliothécaires, sans démarchage de notre part.
=== Ce qui n'a pas marché
Trois points nous inquiètent pour 2027 :
- la charge repose sur une vingtaine de Meneurs : 22 personnes ont assuré 61 % des animations ;
- les Meneurs recrutés en salon décrochent vite : 9 sur 14 inactifs après trois mois ;
- le délai de réponse s'allonge parce que les sollicitations partent trop tard (10 jours avant la date en moyenne).
=== Départs
13 Meneurs ont quitté le programme en 2026 : 8 par manque de temps, 3 après un déménagement à l'étranger, 2 exclusions (revente d'un prototype, propos insultants sur Discord). Tous les départs volontaires ont reçu un appel d'Inès ; 6 sont restés clients avec au moins une commande en ligne après leur départ.
=== Budget 2027 demandé
|Poste|2026 réel|2027 demandé|
|Récompenses et remises|14 200 €|16 000 €|
|Défraiements festivals|9 800 €|11 000 €|
|Remboursement des trajets d'animation||6 000 €|
|Kits (bienvenue, jeux courts)|7 500 €|9 500 €|
|Outils (Discord, bot, formulaires)|1 200 €|2 400 €|
Total demandé : 44 900 €, soit +3 400 € par rapport au réel 2026.
=== Décisions proposées
Nous proposons au comité :
1. de limiter à deux sollicitations par mois et par Meneur, sauf demande de sa part ;
2. d'envoyer toute sollicitation au moins trois semaines avant la date ;
3. de rembourser les trajets de plus de 50 km, plafonnés à 30 € par animation ;
4. de confier à Malik un suivi individuel des nouveaux Meneurs pendant leurs trois premiers mois.
=== Points ouverts
- Faut-il garder les avis en ligne dans le barème, ou les réserver aux Meneurs volontaires ?
- Comment mesurer l'effet des animations en médiathèque, où rien ne se vend sur place ?
- Le bot Discord : prolonger l'essai au-delà de mars, et avec quelles règles de passage à un humain ?
Ces trois questions seront préparées pour l'atelier ACTION du 23 janvier.
"""

GUIDE_DOCX = """# Guide d'animation : faire jouer le public
Pour les Meneuses et Meneurs qui animent en boutique, en médiathèque ou en festival, quel que soit leur niveau.
Ce guide rassemble ce que les Meneurs les plus expérimentés nous ont appris depuis 2021. Il ne remplace pas ton bon sens : chaque table est différente.
## Avant l'animation
Confirme ta venue au lieu d'accueil 48 heures avant, même si c'est l'équipe qui a organisé l'animation. Les médiathèques changent souvent de salle au dernier moment, et une boutique peut avoir oublié de te réserver une table.
Renseigne-toi aussi sur le public attendu. Un mercredi après-midi en médiathèque, ce sont surtout des familles avec des enfants de 6 à 10 ans ; un vendredi soir en boutique, plutôt des joueurs habitués qui veulent une partie complète. Choisis le jeu en fonction, quitte à changer la proposition de l'équipe : préviens-la simplement sur Discord.
**Préparer la boîte**
Avant de partir, vérifie la boîte de démonstration :
- toutes les pièces sont là (la liste est au dos du livret de règles) ;
- les jetons sont dépunchés et rangés par type dans des sachets ;
- la carte de résumé des règles est imprimée en deux exemplaires ;
- tu as rejoué au moins une partie complète dans le mois.
## Pendant l'animation
### Expliquer les règles
Explique le but du jeu en une phrase, puis lance la partie tout de suite et donne les règles au fil des tours. Personne n'a envie d'écouter dix minutes d'explications debout devant une table. Si quelqu'un prend de l'avance sur la règle, laisse faire : on corrige à la fin.
**Avec les enfants**
Avec les moins de 8 ans, préfère Petit Phare ou une version simplifiée des jeux familiaux, et demande toujours qu'un adulte reste à la table. Tu n'es pas responsable de la garde des enfants pendant l'animation, même si un parent s'éloigne « deux minutes ».
### Si ça se passe mal
Un joueur agressif, un gérant qui te demande de ranger avant l'heure, un jeu incomplet : ne reste pas seul·e avec le problème. Écris /humain sur Discord ; en festival, appelle directement le numéro de permanence imprimé au dos de ton badge.
## Après l'animation
Dans les 7 jours qui suivent, pense à :
1. prendre une photo de la table (sans visage d'enfant) et la déclarer avec /contribution ;
2. noter les remarques des joueurs dans le formulaire de retour ;
3. envoyer tes justificatifs de frais si tu en as.
**Frais et défraiement**
Les frais sont remboursés sur justificatif, par virement, dans les 30 jours suivant la réception. Envoie les justificatifs en photo à frais@debleu.fr en indiquant la date et le lieu de l'animation.
|Type de frais|Animation boutique / médiathèque|Festival (par demi-journée)|
|Train ou car|au-delà de 50 km, plafond 30 €|2de classe, sans plafond|
|Voiture|0,30 € / km au-delà de 50 km, plafond 30 €|0,30 € / km|
|Repas||20 €|
|Hébergement||pris en charge si réservé par l'équipe|
|Parking|non remboursé|sur justificatif, 15 € max par jour|
Les frais engagés sans sollicitation (une animation que tu organises toi-même) rapportent des points mais ne sont pas remboursés, sauf accord écrit préalable de l'équipe.
## Quelques phrases qui marchent
Pour lancer une table, les Meneurs disent souvent « On fait une partie de quinze minutes ? Je vous explique en jouant ». Pour conclure : « Si ça vous a plu, la boîte est au rayon famille, et la règle est sur le QR code ». Évite les superlatifs et les comparaisons avec les jeux des autres éditeurs : dis plutôt ce que tu aimes, toi, dans ce jeu.
"""

HANDBOOK_DOCX = """# Table Ouverte — Handbook for international Game Leaders
For Game Leaders outside France (Belgium, Switzerland, Québec), and for any Meneur who would rather read the programme in English.
This handbook complements the French charter; where the two disagree, the charter wins. Last updated in January 2027 by Jonas Weber and Inès Garnier.
## Welcome
Table Ouverte started in Lyon, but a quarter of our Game Leaders now live outside France. You take part exactly like everyone else: same Discord, same levels (D6, D12, D20), same points for the same contributions. Only shipping, a few rewards and some events work differently.
Most of you joined through a friend, a shop or a festival abroad, and many of you run tables in places where nobody had heard of Dé Bleu before. That is exactly what the programme is for. Do not hesitate to tell us what works in your country and what does not: several French habits make little sense in Lausanne or Montréal.
### How the programme works outside France
A few things work differently outside France:
- solicitations for shop and library events are only sent if a partner venue exists in your country;
- festival travel is refunded in euros, at the exchange rate of the day of the trip;
- the online shop discount depends on your country (see the table below);
- you can run events in your own language and still earn the usual points.
**Shipping and customs**
Parcels to Switzerland and Québec go through customs. Dé Bleu pays the duties on prototypes and welcome kits; for items from the reward shop, duties above CHF 20 or CAD 30 are at your expense. Allow two extra weeks for Québec.
## Rewards abroad
|Reward|France|Belgium|Switzerland|Québec|
|Online shop discount (D12/D20)|yes|yes|no|no|
|Games from the reward shop|yes|yes|yes|yes, relay point|
|Festival travel refund|yes|yes|up to 100 €|up to 100 €|
|Launch evening travel (D20)|up to 150 €|up to 150 €|up to 250 €|not covered|
Where the discount does not apply, D12 and D20 members receive 30 extra points at the start of each season instead.
**Events you can join**
Outside France, the community team supports these events:
- Brussels Game Festival (Belgium, August);
- Ludesco in La Chaux-de-Fonds (Switzerland, March);
- the Québec City games festival (Canada, June);
- any library or shop event you organise yourself, with the usual points.
## Languages
All rules are available in French and English; German rules exist for about half of the catalogue. Testimonials can be written in any language, but reviews posted on French-language sites should stay in French.
## Time zones and solicitations
Solicitations are sent at 10:00 Paris time. For members in Québec this means 4:00 in the morning, so the bot holds them until 9:00 local time if your profile says you live in Canada. Deadlines are always given in Paris time.
## Who to contact
Jonas Weber is your first contact for anything that happens outside France: prototypes, customs, events in Belgium or Switzerland. He speaks English, French and German. For points, levels and rewards, Inès and Malik answer on Discord like for everyone else. If you are the only Game Leader in your area and would like to meet others, ask Jonas to add you to the « Meneurs hors région » group created this season: it has its own Discord channel and a video call every second month.
## Leaving or pausing
Pausing (/pause) and leaving (/quitter, or an e-mail to communaute@debleu.fr) work the same way as in France. Points not converted within 90 days of leaving are deleted; rewards already ordered are still shipped.
"""

NAV = """<nav class="sidebar">
  <div class="logo">Wiki Dé Bleu</div>
  <ul>
    <li><a href="index.html">Accueil</a></li>
    <li><a href="programme.html">Le programme</a></li>
    <li><a href="bareme.html">Barème et niveaux</a></li>
    <li><a href="boutique.html">Boutique de récompenses</a></li>
    <li><a href="guide.html">Guide d'animation</a></li>
    <li><a href="donnees.html">Données et vie privée</a></li>
    <li><a href="contact.html">Contact</a></li>
  </ul>
  <form class="search"><input type="text" placeholder="Rechercher dans le wiki"></form>
</nav>"""

BOUTIQUE_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Boutique de récompenses — Wiki Dé Bleu</title>
<link rel="stylesheet" href="wiki.css">
</head>
<body>
<header class="topbar"><a href="index.html">Wiki</a> | <a href="login.html">Se connecter</a> | <a href="#">FR</a> / <a href="#">EN</a></header>
""" + NAV + """
<main>
<div class="breadcrumb"><a href="index.html">Wiki</a> › <a href="programme.html">Programme Table Ouverte</a> › Boutique de récompenses</div>
<div class="page-actions"><a href="#">Modifier</a> · <a href="#">Historique</a> · <a href="#">Imprimer</a></div>
<h1>Boutique de récompenses</h1>
<p class="audience">Page destinée à tous les membres Table Ouverte : Meneurs D6, D12 et D20.</p>

<h2>Convertir ses points</h2>
<p>La boutique de récompenses est accessible depuis le Discord (commande /boutique) ou depuis l'espace membre du site. Les points convertis sont débités tout de suite ; ton niveau, lui, ne bouge pas.</p>

<h3>Comment commander</h3>
<p>Pour commander une récompense :</p>
<ol>
  <li>tape /boutique dans le Discord ou ouvre l'onglet Récompenses de l'espace membre ;</li>
  <li>choisis la récompense et vérifie ton solde de points ;</li>
  <li>confirme l'adresse de livraison ;</li>
  <li>valide : tu reçois un message du bot avec le numéro de suivi dès l'envoi.</li>
</ol>

<h2>Catalogue</h2>
<table class="wikitable">
  <thead>
    <tr><th>Récompense</th><th>Points</th><th>Stock</th><th>Délai</th></tr>
  </thead>
  <tbody>
    <tr><td>Jeu de la gamme « Famille » au choix</td><td>250</td><td>illimité</td><td>10 jours</td></tr>
    <tr><td>Jeu de la gamme « Experts » au choix</td><td>400</td><td>illimité</td><td>10 jours</td></tr>
    <tr><td>Extension au choix</td><td>150</td><td></td><td>10 jours</td></tr>
    <tr><td>Tapis de jeu brodé Table Ouverte</td><td>300</td><td>40 par an</td><td>3 semaines</td></tr>
    <tr><td>Dîner avec un auteur au festival de Cannes</td><td>600</td><td>4 places</td><td>selon la date</td></tr>
    <tr><td>Carte cadeau de 20 € dans une ludothèque partenaire</td><td>200</td><td>illimité</td><td>5 jours</td></tr>
  </tbody>
</table>
<p class="note">Le catalogue change à chaque saison. Les jeux épuisés chez l'imprimeur disparaissent de la liste sans préavis.</p>

<p>Tu veux proposer une récompense qui n'existe pas ? Écris-la dans #idees-boutique. Les propositions sont relues à la fin de chaque saison, et les deux plus demandées entrent dans le catalogue suivant : c'est comme ça que sont arrivés le tapis brodé et le dîner avec un auteur.</p>

<h2>Livraison</h2>
<p>Les récompenses sont envoyées en Colissimo suivi, gratuitement, en France métropolitaine, en Belgique et en Suisse. Pour la Corse, l'outre-mer et le Québec, on passe par un point relais partenaire : compte deux semaines de plus.</p>

<h3>Colis abîmé ou pièce manquante</h3>
<p>Prends une photo du colis et du contenu, et envoie-la avec /humain dans les 15 jours. On renvoie la pièce ou le jeu, sans te reprendre de points.</p>

<h2>Règles de la boutique</h2>
<p>Quelques règles pour que ça reste juste pour tout le monde :</p>
<ul>
  <li>une seule récompense « Dîner avec un auteur » par Meneur et par saison ;</li>
  <li>les récompenses ne sont ni échangeables contre de l'argent ni revendables ;</li>
  <li>une commande annulée sous 48 heures est recréditée intégralement ;</li>
  <li>les points d'un Meneur en pause restent utilisables dans la boutique.</li>
</ul>

<h2>Questions fréquentes</h2>
<p>Les récompenses ne se paient qu'en points : on ne peut pas compléter en euros si le solde est insuffisant. En revanche, tu peux mettre une récompense de côté dans ta liste d'envies et le bot te prévient dès que ton solde suffit.</p>
<p>Les jeux envoyés sont neufs, sous blister, identiques à ceux du commerce. Les extensions ne sont proposées que si tu as le jeu de base dans ta ludothèque déclarée sur ton profil, pour éviter les envois inutiles.</p>

<h2>Offrir une récompense</h2>
<p>Tu peux faire livrer une récompense à une autre adresse, par exemple pour offrir un jeu : indique-la simplement au moment de la commande. Le jeu part sans facture ni prix dans le colis.</p>
<p>Pour un cadeau à une médiathèque ou une association où tu animes, préviens-nous avec /humain : on ajoute souvent un deuxième jeu, offert par Dé Bleu.</p>
</main>
<footer>
  <p>Dernière modification le 3 janvier 2027 par Malik B. · <a href="#">Historique</a> · <a href="#">Signaler une erreur</a></p>
  <p>© Dé Bleu Éditions — wiki interne du programme Table Ouverte</p>
</footer>
</body>
</html>
"""

DONNEES_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Données personnelles et bot Discord — Wiki Dé Bleu</title>
<link rel="stylesheet" href="wiki.css">
</head>
<body>
<header class="topbar"><a href="index.html">Wiki</a> | <a href="login.html">Se connecter</a> | <a href="#">FR</a> / <a href="#">EN</a></header>
""" + NAV + """
<main>
<div class="breadcrumb"><a href="index.html">Wiki</a> › <a href="programme.html">Programme Table Ouverte</a> › Données et vie privée</div>
<div class="page-actions"><a href="#">Modifier</a> · <a href="#">Historique</a> · <a href="#">Imprimer</a></div>
<h1>Données personnelles et bot Discord</h1>
<p class="audience"><em>Pour : Meneurs et Meneuses de tous niveaux, et toute personne qui se demande ce que devient ce qu'elle écrit au bot.</em></p>

<h2>Le bot est une IA</h2>
<p>Le bot Table Ouverte s'appuie sur un assistant d'intelligence artificielle pour comprendre tes messages et rédiger ses réponses. Il le dit quand tu lui écris pour la première fois, et chaque réponse générée porte la mention « réponse automatique ».</p>

<h2>Ce qu'on collecte</h2>
<p>Pour faire tourner le programme, on conserve :</p>
<ul>
  <li>ton pseudo Discord, ton nom et ta ville ;</li>
  <li>tes contributions déclarées et les points associés ;</li>
  <li>tes réponses aux sollicitations (oui, non, sans réponse) et leur date ;</li>
  <li>les messages que tu envoies directement au bot.</li>
</ul>
<p>Le bot ne lit pas les salons publics du Discord ni tes messages privés avec d'autres Meneurs. Il ne voit que ce que tu lui écris à lui, en message privé ou en le mentionnant.</p>

<h2>Durée de conservation</h2>
<table>
  <tr><th>Donnée</th><th>Durée</th><th>Après ton départ</th></tr>
  <tr><td>Profil (pseudo, nom, ville)</td><td>tant que tu es membre</td><td>supprimé après 90 jours</td></tr>
  <tr><td>Contributions et points</td><td>tant que tu es membre</td><td>anonymisés après 90 jours</td></tr>
  <tr><td>Messages au bot</td><td>12 mois glissants</td><td>supprimés après 90 jours</td></tr>
  <tr><td>Photos d'animation</td><td>3 ans</td><td>conservées si publiées avec ton accord</td></tr>
  <tr><td>Justificatifs de frais</td><td>10 ans (obligation comptable)</td><td></td></tr>
</table>

<h2>Ton consentement</h2>
<p>Certaines utilisations demandent ton accord explicite, que tu donnes ou retires à tout moment avec la commande /consentements :</p>
<ul>
  <li>les rappels automatiques de sollicitations ;</li>
  <li>les recommandations de jeux à animer selon ton profil ;</li>
  <li>l'utilisation de tes photos d'animation sur nos réseaux.</li>
</ul>
<p>Refuser l'une ou l'autre n'a aucun effet sur tes points ni sur ton niveau. Sans rappels automatiques, tu vois simplement les sollicitations dans le salon #sollicitations.</p>

<h2>Pourquoi on garde ces données</h2>
<p>Ces données servent à trois choses seulement : proposer les sollicitations aux bonnes personnes, calculer tes points et ton niveau, et mesurer le programme dans son ensemble. Les chiffres présentés à la direction sont agrégés, jamais nominatifs. On ne vend ni ne loue aucune donnée, et rien n'est utilisé pour de la publicité ciblée.</p>
<p>L'hébergement du bot et de la base de données est assuré en France. Le modèle d'IA utilisé par le bot ne conserve pas tes messages après avoir produit sa réponse et ne s'entraîne pas dessus.</p>

<h2>Tes droits</h2>
<p>Tu peux demander une copie de tes données, leur correction ou leur suppression en écrivant à dpo@debleu.fr. On répond sous un mois. Si la réponse ne te convient pas, tu peux saisir la CNIL.</p>

<h2>Quand le bot passe la main</h2>
<p>Le bot transmet automatiquement la conversation à Inès ou Malik quand :</p>
<ul>
  <li>tu écris /humain ;</li>
  <li>tu parles d'un conflit avec un joueur, une boutique ou un autre Meneur ;</li>
  <li>tu poses une question sur un remboursement ou un litige ;</li>
  <li>il n'est pas sûr de sa réponse.</li>
</ul>
<p>Pendant le passage de relais, le bot te prévient qu'un humain va lire la conversation. Inès ou Malik répondent en général dans la journée, du lundi au vendredi.</p>
</main>
<footer>
  <p>Page relue par le délégué à la protection des données de Dé Bleu avant publication.</p>
  <p>Dernière modification le 9 janvier 2027 par Inès G. · <a href="#">Historique</a> · <a href="#">Signaler une erreur</a></p>
  <p>© Dé Bleu Éditions — wiki interne du programme Table Ouverte</p>
</footer>
</body>
</html>
"""

# file, format, lang, readership line(s) as written, intended readership, structure, source
DOCS = [
    ("charte_table_ouverte.md", "md", "fr",
     "Pour : tous les Meneurs et Meneuses de jeu 🎲 (et celles et ceux qui hésitent encore à nous rejoindre)",
     "ambassadors", "Notion export: # / ## / ###, callouts > 💡, toggle bullet with indented answer, bullets, numbered list, checkboxes", CHARTE_MD),
    ("bareme_points_niveaux.md", "md", "fr",
     "À l'attention des Meneurs de jeu Table Ouverte, tous niveaux confondus.",
     "ambassadors", "Google Docs export: numbered ## headings, ### per level, two pipe tables with bold headers and empty cells, lists introduced by a sentence", BAREME_MD),
    ("faq_meneurs.md", "md", "fr",
     "Pour tous les MJ de Table Ouverte, nouveaux comme anciens.",
     "ambassadors", "Notion FAQ: ## themes, <details>/<summary> toggles holding paragraphs and a list, callout, numbered list", FAQ_MD),
    ("mail_salon_cannes.txt", "txt", "fr",
     "À tous les Meneurs de jeu du Sud-Est (et aux autres qui seraient dans le coin ce week-end-là)",
     "ambassadors", "pasted e-mail: headers, ALL CAPS underlined headings, dash list, space-aligned table with empty cells, quoted reply, signature", MAIL_TXT),
    ("compte_rendu_atelier_je.txt", "txt", "fr",
     "Diffusion : équipe communauté uniquement (Inès, Malik, Sarah). Ne pas transférer aux Meneurs, les verbatims ne sont pas anonymisés.",
     "staff", "ALL CAPS title, numbered headings '1. Participants', dash lists, '1)' list, space-aligned table with empty cell", CR_JE_TXT),
    ("playtest_sessions_en.txt", "txt", "en",
     'For all Table Ouverte ambassadors ("Meneurs", or Game Leaders in English), including our members in Belgium, Switzerland and Québec.',
     "ambassadors", "=== / --- underlined numbered headings, '*' indented lists, space-aligned table with empty cells", PLAYTEST_TXT),
    ("lancement_saison_2027.pdf", "pdf", "fr",
     "Présentation destinée à l'ensemble des Meneurs de jeu (D6, D12 et D20).",
     "ambassadors", "slides: one page per slide, 28pt bold titles, short bullets, real tables, numbered list, repeated footer and page numbers", LANCEMENT_PDF),
    ("bilan_2026_equipe.pdf", "pdf", "fr",
     "Usage interne — équipe communauté et direction. Ne pas diffuser aux Meneurs.",
     "staff", "slides: bold titles, tables with € and % and empty cells, bullets, numbered list, footer and page numbers", BILAN_PDF),
    ("guide_animation_demo.docx", "docx", "fr",
     "Pour les Meneuses et Meneurs qui animent en boutique, en médiathèque ou en festival, quel que soit leur niveau.",
     "ambassadors", "Title + Heading1/Heading2 styles AND bold paragraphs used as headings, bullet and numbered list paragraphs, w:tbl with empty cells and €", GUIDE_DOCX),
    ("ambassador_handbook_en.docx", "docx", "en",
     "For Game Leaders outside France (Belgium, Switzerland, Québec), and for any Meneur who would rather read the programme in English.",
     "ambassadors", "Title + Heading1/Heading2 and bold-paragraph headings, bullet lists, w:tbl (5 columns)", HANDBOOK_DOCX),
    ("wiki_boutique_recompenses.html", "html", "fr",
     "Page destinée à tous les membres Table Ouverte : Meneurs D6, D12 et D20.",
     "ambassadors", "wiki page: topbar, sidebar nav, breadcrumb, h1/h2/h3, ol/ul introduced by <p>, thead/tbody table with empty cell, footer", BOUTIQUE_HTML),
    ("wiki_donnees_bot.html", "html", "fr",
     "Pour : Meneurs et Meneuses de tous niveaux, et toute personne qui se demande ce que devient ce qu'elle écrit au bot.",
     "ambassadors", "wiki page: sidebar nav, breadcrumb, h1/h2, ul introduced by <p>, table without thead, empty cell, footer", DONNEES_HTML),
]
