# -*- coding: utf-8 -*-
"""Source text of the documents (part A), in a tiny line DSL read by gen.py.

@r line      readership line(s), rendered before the title
# / ## / ### title / section / sub-section
- item, "  - " sub-item, "1. " numbered item
| a | b |    table row (first row = header); " // " splits a multi-line cell;
             "^^" = cell merged with the one above (inherits its value)
anything else: one paragraph per line
"""

FAQ = r"""
@r Pour tous les Rayons (et ceux qui hésitent encore) – FAQ mise à jour le 3 mars 2027
# FAQ du Cercle des Rayons
## Le Cercle en deux mots
Le Cercle des Rayons, c'est le programme d'ambassadeurs d'Hélioporte. On y retrouve des clients qui ont fait poser leurs panneaux chez nous, qui en sont contents et qui acceptent d'en parler autour d'eux. Chez nous on ne dit pas "ambassadeur", on dit Rayon : un Rayon, des Rayons.
Le programme a démarré en septembre 2025 avec 40 clients de l'Hérault. Aujourd'hui on est 312 Rayons répartis sur l'Occitanie et un bout de la Provence.
## Qui peut rejoindre le Cercle
Pas besoin d'être un pro des réseaux sociaux. Pour recevoir une invitation il faut réunir ces conditions :
- avoir une installation Hélioporte en service depuis au moins 6 mois
- avoir répondu au questionnaire de satisfaction avec une note de 9 ou 10
- être à jour de son contrat de maintenance (ou ne pas en avoir, ça marche aussi)
- avoir envie de donner un peu de temps, sans pression
On n'invite jamais quelqu'un juste parce qu'il a beaucoup d'abonnés.
## Le temps que ça demande
Franchement, c'est vous qui voyez. En moyenne un Rayon actif passe entre 1 et 3 heures par mois sur le programme, et la plupart des demandes se font depuis le canapé : un avis, une photo de votre toiture, un petit mot pour un voisin curieux.
On ne vous sollicite pas plus de deux fois par mois. Si une demande ne vous dit rien, vous la déclinez, aucune justification à donner et aucun watt retiré.
## Les watts et les niveaux
Les watts sont les points du programme. Chaque contribution validée vous rapporte des watts, qui font monter votre niveau (Lueur, Éclat puis Zénith) et que vous pouvez convertir en récompenses. Le détail est dans le Guide des niveaux et des watts.
Les watts ne périment pas tant que vous restez membre. Par contre ils ne sont ni transférables ni échangeables contre de l'argent.
## Faire une pause ou arrêter
Vous pouvez quitter le Cercle à tout moment, sans préavis et sans rien justifier. Il suffit d'écrire "je quitte" au bot dans le Discord ou d'envoyer un mail à cercle@helioporte.fr. Votre contrat, votre garantie et votre suivi technique ne changent pas d'un poil.
Si vous voulez juste souffler, le mode pause suspend toutes les sollicitations pendant 1 à 6 mois. Vos watts et votre niveau sont gelés pendant la pause, ils ne baissent pas.
Les watts non convertis au moment du départ sont perdus au bout de 90 jours. Pensez à les convertir avant.
## Le bot du Discord
Dans le Discord privé vous croiserez un assistant, c'est une IA. Il vous rappelle les demandes en cours, enregistre ce que vous avez fait et répond aux questions sur le programme. Il ne décide de rien tout seul : une contribution est toujours validée par une personne de l'équipe.
Dès que ça devient compliqué (un souci sur votre installation, une réclamation, un sujet perso), le bot passe la main à Margaux ou à Karim, nos deux community managers.
## Mon cadeau n'est pas arrivé
Les récompenses physiques partent sous 15 jours ouvrés après la conversion. Au-delà, voici ce qu'il faut faire :
- vérifier l'adresse de livraison dans votre profil Discord (commande /profil)
- regarder vos spams, le transporteur envoie un lien de suivi
- écrire à cercle@helioporte.fr avec votre numéro de Rayon
On renvoie le colis à nos frais si c'est une erreur de notre côté.
## Nous joindre
Margaux Ferrand et Karim Ould-Ali répondent du lundi au vendredi, de 9 h à 18 h. Le bot, lui, répond tout le temps mais ne gère pas les urgences techniques : pour une panne d'onduleur, appelez le service client au 04 67 00 12 12, pas le Cercle.
"""

CR_ATELIER = r"""
@r Compte rendu envoyé aux Rayons présents à l'atelier et à l'équipe Hélioporte.
@r Merci de ne pas le poster tel quel sur les réseaux (des prénoms y figurent).
# Atelier JE du 11 février 2027 – compte rendu
## Contexte
Deuxième atelier JE du programme, à l'agence de Montpellier (et en visio pour 4 personnes). Objectif : confronter la raison d'être et les objectifs 2027 posés en atelier NOUS aux besoins réels des Rayons. Animation : Margaux Ferrand, avec Léa Brunet (direction marketing) en observatrice.
Étaient présents 14 Rayons : 6 Lueur, 5 Éclat, 3 Zénith. Deux profils dominaient : les "bricoleurs-optimiseurs" qui suivent leur production au kWh près, et les "convaincus du climat" pour qui le solaire est d'abord un geste militant.
L'atelier a duré 2 h 30, pot compris. Les participants avaient été choisis pour mélanger les niveaux, les départements et l'ancienneté dans le programme ; 9 d'entre eux découvraient le format atelier et 2 étaient venus en famille.
## Ce qui ressort
### Points de convergence
Tout le monde s'est retrouvé sur trois points :
- le témoignage doit rester sincère, personne ne veut réciter un texte écrit par le marketing
- aider un voisin à y voir clair (devis, aides, délais) est la contribution la plus gratifiante
- les visites d'installation chez un Rayon marchent mieux que n'importe quelle pub
Plusieurs Rayons ont aussi dit qu'ils aimaient voir l'impact concret de leurs mises en relation : "savoir que mon beau-frère a signé, c'est ma récompense".
### Points de divergence
Les avis divergent franchement sur deux sujets :
- le classement mensuel des Rayons
  - les Zénith le trouvent motivant
  - plusieurs Lueur le vivent comme une compétition et disent décrocher
- les récompenses matérielles
  - une partie préfère des remises sur la maintenance
  - d'autres voudraient reverser leurs watts à une association locale
Sur le classement, Léa a rappelé que la reconnaissance doit rester bienveillante. Décision en atelier ACTION.
## Besoins exprimés par profil
Les bricoleurs-optimiseurs veulent du contenu technique : accès anticipé aux nouvelles fonctions de l'appli de suivi, échanges avec l'équipe produit, chiffres de production comparés. Ils sont prêts à tester en bêta.
Les convaincus du climat demandent surtout du sens : savoir combien de tonnes de CO2 le Cercle a évitées, pouvoir parler du solaire dans les écoles et les associations, et ne pas être associés à du démarchage agressif.
Un troisième profil est apparu en cours de route, les "jeunes retraités disponibles", qui ont du temps pour les salons et les visites mais se méfient du numérique. Pour eux le Discord est un frein.
## Synthèse du bot
La synthèse proposée en direct par l'assistant a bien repéré les convergences mais elle a raté le malaise des Lueur sur le classement, qui n'était dit qu'à demi-mot. Margaux l'a corrigée à la main avant de la montrer. On garde le principe : la synthèse est un brouillon, avec ses sources, et ce sont les humains qui tranchent.
## Suites à donner
Avant l'atelier ACTION du 25 mars, l'équipe s'engage à :
1. proposer deux variantes du classement (anonyme, ou par équipes régionales)
2. chiffrer l'option "don de watts" à une association
3. tester une permanence téléphonique mensuelle pour les Rayons qui n'aiment pas Discord
4. envoyer ce compte rendu aux participants sous 8 jours
Prochain rendez-vous : atelier ACTION le jeudi 25 mars 2027, 18 h, agence de Béziers.
## Quelques verbatims
"Je veux bien parler de mes panneaux, mais pas devenir un panneau publicitaire." (Rayon Éclat, Lunel)
"Le classement, j'ai arrêté de le regarder en novembre. Je suis 150e, ça ne donne pas envie." (Rayon Lueur, Frontignan)
"Ce qui me ferait plaisir, c'est de voir les courbes de production des autres Rayons de mon coin, pour comparer." (Rayon Zénith, Pézenas)
Les verbatims sont reproduits avec l'accord des personnes, prénoms retirés.
"""

CALENDRIER = r"""
@r NOTE INTERNE - équipe CM uniquement (Margaux, Karim, Léa en copie).
@r Ne pas copier dans le Discord ni dans la newsletter !!
# Calendrier des sollicitations – 1er semestre 2027
## 1. Principes de rotation
### 1.1 Plafond par Rayon
Règle de base, votée au copil de janvier : pas plus de 2 sollicitations par Rayon et par mois, et pas plus de 5 sur un trimestre. Le bot bloque la 3e demande du mois et nous prévient.
### 1.2 Qui solliciter en premier
Quand une demande tombe, on pioche dans cet ordre :
- les Rayons qui n'ont rien reçu depuis 45 jours
- les Rayons du bon département (visites, salons)
- les Lueur avant les Zénith, pour éviter que ce soient toujours les 20 mêmes qui bossent
- en dernier recours seulement, les "piliers" (liste dans l'onglet Piliers du tableur)
Les Zénith ont tendance à dire oui à tout. Attention à l'usure, 3 d'entre eux ont lâché en 2026.
## 2. Calendrier
### 2.1 Janvier à mars
| Période | Besoin | Nb de Rayons | Préavis |
| 6-31 janv. | Avis Google après installation // (clients posés en déc.) | 25 | 10 jours |
| 1-14 fév. | Témoignages écrits // pour la nouvelle page Batteries | 8 | ^^ |
| 11 fév. | Atelier JE Montpellier | 14 | 3 semaines |
| 12-15 mars | Salon Énergaïa Montpellier // stand + visites guidées | 6 | 5 semaines |
### 2.2 Avril à juin
| Période | Besoin | Nb de Rayons | Préavis |
| avril | Bêta appli de suivi v3 // retours sous 15 jours | 12 | 3 semaines |
| 15 mai | Portes ouvertes chez un Rayon (Sète) | 2 | 1 mois |
| ^^ | Témoignage vidéo // tournage sur place | 1 | ^^ |
| juin | Fête du solaire // stands sur 4 marchés | 10 | 5 semaines |
## 3. Suivi de la charge
Le tableau de charge est mis à jour chaque lundi par Karim. Pour chaque Rayon on regarde le nombre de demandes reçues sur 90 jours, le taux de réponse et le délai moyen de réponse. Objectif : délai moyen sous 72 heures sur le semestre (on était à 96 h fin 2026).
Un Rayon qui ne répond plus à 3 demandes d'affilée n'est pas relancé une quatrième fois : on lui envoie un message perso pour prendre des nouvelles, sans parler de contribution.
## 4. Relances
### 4.1 Séquence type
Pour une demande avec date limite, la séquence est la suivante :
1. J0 message du bot dans le Discord (ou SMS pour les non-Discord)
2. J+4 relance du bot, une seule
3. J+7 message perso du CM si la demande est urgente
4. après J+7, on passe au Rayon suivant sur la liste
### 4.2 Ce qu'on ne fait pas
Pas de relance le week-end ni après 20 h. Pas de relance sur une demande déjà déclinée. Et jamais de texte "prêt à copier" pour les avis en ligne : on donne des pistes, pas des phrases.
## 5. Points ouverts
Deux sujets restent à trancher en copil : faut-il compter les réponses en visio comme une présence événement (les 4 Rayons à distance de l'atelier JE n'ont eu que 50 watts au lieu de 120), et comment traiter les Rayons qui changent de département.
Le bilan du semestre sera présenté au copil du 8 juillet 2027 avec le taux de participation par demande.
## 6. Outils
Tout passe par le bot : il envoie les demandes, note les oui et les non et remplit le tableau de charge. Les exceptions (Rayons sans Discord, soit une trentaine de personnes) sont suivies à la main par Karim dans l'onglet Hors Discord. Pensez à y noter chaque appel, sinon la personne paraît inactive et reçoit des relances en trop.
"""

CHARTE = r"""
@r > Diffusion libre : cette charte peut être partagée avec vos proches, vos voisins et sur vos réseaux.
# Charte du Cercle des Rayons
## Notre raison d'être
Hélioporte installe des panneaux solaires chez des particuliers depuis 2014. Le Cercle des Rayons existe parce que nos meilleurs porte-parole sont nos clients : des gens qui produisent leur propre électricité et qui peuvent dire, sans filtre, ce que ça change au quotidien.
Notre raison d'être tient en une phrase : aider chaque foyer d'Occitanie à passer au solaire en confiance, grâce à la parole de ceux qui l'ont déjà fait.
## Ce que nous attendons des Rayons
Être Rayon, ce n'est pas devenir commercial. On vous demande simplement de :
- parler de votre expérience telle qu'elle est, y compris ce qui a moins bien marché
- signaler que vous êtes membre du Cercle quand vous recommandez Hélioporte en public
- respecter les autres membres dans le Discord et lors des événements
- ne jamais promettre un prix, un délai ou un montant d'aide à la place de nos conseillers
Aucun volume minimum n'est exigé. Un Rayon qui contribue deux fois par an est un Rayon à part entière.
## Ce qu'Hélioporte s'engage à faire
De notre côté, nous nous engageons à :
- vous solliciter au maximum deux fois par mois, avec un préavis raisonnable
- vous répondre sous 48 heures ouvrées, par le bot ou par un membre de l'équipe
- ne jamais modifier un témoignage sans votre accord écrit
- vous tenir au courant de ce que vos recommandations ont donné
  - nombre de devis demandés
  - installations signées
- vous consulter avant tout changement important du programme
Ces engagements sont suivis par le comité de pilotage, qui en rend compte une fois par an aux Rayons.
## Authenticité
Nous ne fournissons jamais de texte tout fait pour un avis en ligne ou une publication. Un témoignage peut être relu pour corriger une faute ou retirer une donnée personnelle, pas pour le rendre plus vendeur.
Les avis laissés sur Google ou ailleurs ne rapportent des watts que pour le fait de les avoir déposés, quelle que soit la note donnée. Un avis à 3 étoiles compte autant qu'un avis à 5 étoiles.
## Une reconnaissance bienveillante
Les watts, niveaux et badges sont là pour dire merci, pas pour mettre les Rayons en compétition. Il n'y a pas de perdant dans le Cercle : personne ne perd son niveau parce qu'un autre a été plus actif.
Le classement mensuel, discuté lors de l'atelier JE de février 2027, n'affiche plus que les équipes régionales et plus aucun nom individuel.
## Quitter le Cercle
Chacun peut partir quand il le souhaite, sans justification. Un départ ne change rien à votre contrat, à votre garantie ni à la qualité du service.
Si un Rayon ne remplit plus les conditions (par exemple après la revente de sa maison), nous lui proposons le statut d'ancien Rayon : il garde l'accès à la newsletter et aux événements publics, et peut revenir s'il réinstalle des panneaux.
Nous pouvons aussi mettre fin à la participation d'un Rayon qui ne respecte pas cette charte, après un échange avec lui et jamais par simple message automatique.
## Vos données
Vos données servent uniquement à faire vivre le programme. Le détail (ce qui est collecté, pourquoi, combien de temps) est sur notre page Politique de données du Cercle. Vous pouvez à tout moment refuser les rappels automatiques du bot sans quitter le Cercle.
Une question sur la charte ? Posez-la au bot ou à l'équipe, on vous répond avec plaisir.
Charte adoptée le 15 septembre 2025, révisée le 2 avril 2027.
"""

NIVEAUX = r"""
@r _À l'attention de tous les Rayons – et des curieux qui hésitent encore à nous rejoindre._
# Guide des niveaux et des watts
## Comment on gagne des watts
Chaque contribution validée par l'équipe rapporte un nombre fixe de watts. Le barème 2027 :
| Contribution | Watts | Plafond |
| Avis en ligne (Google, Trustpilot...) | 30 | 1 par plateforme et par an |
| Partage sur les réseaux | 10 | 4 par mois |
| Témoignage écrit | 80 | aucun |
| Témoignage vidéo | 150 | aucun |
| Participation à un événement | 120 | aucun |
| Visite de votre installation | 200 | 6 par an |
| Mise en relation (prospect qui demande un devis) | 100 | aucun |
| Mise en relation qui aboutit à une signature | 400 de plus | aucun |
| Aide à un autre Rayon dans le Discord | 15 | 10 par mois |
| Idée d'amélioration retenue | 60 | aucun |
Une contribution est validée par Margaux ou Karim sous 7 jours. Tant qu'elle n'est pas validée, les watts apparaissent "en attente" dans votre profil.
## Les trois niveaux
| Niveau | Watts cumulés | Ce qui change |
| Lueur | 0 à 499 | accès au Discord et à la newsletter |
| Éclat | 500 à 1 499 | avantages Lueur + accès anticipé |
| Zénith | 1 500 et plus | avantages Éclat + comité consultatif |
Le niveau se calcule sur les watts cumulés depuis votre arrivée, pas sur votre solde : convertir des watts en récompenses ne vous fait jamais redescendre.
### Lueur
C'est le niveau de départ, dès votre premier jour. Il donne droit à :
- l'accès au Discord privé des Rayons
- la newsletter Rayons Mail, tous les deux mois
- une invitation par an à la journée des Rayons
### Éclat
En plus des avantages du niveau Lueur :
- l'accès anticipé aux nouvelles fonctions de l'appli de suivi de production
- une remise de 10 % sur le renouvellement du contrat de maintenance
- un badge Éclat sur votre profil et dans vos témoignages publiés
### Zénith
En plus des avantages des niveaux précédents :
- une place possible au comité consultatif (4 réunions par an, tirage au sort parmi les volontaires)
- une rencontre annuelle avec l'équipe produit et la direction
- une remise de 20 % sur le renouvellement du contrat de maintenance (au lieu de 10 %)
- la mise en avant de votre installation sur helioporte.fr, si vous le souhaitez
## Monter et redescendre
On monte de niveau dès que le seuil est atteint, le jour même de la validation. On ne redescend pas à cause d'un manque d'activité. La seule exception : une exclusion pour non-respect de la charte.
Chaque année en janvier, les Rayons qui n'ont fait aucune contribution depuis 12 mois reçoivent un message perso pour savoir s'ils veulent continuer, faire une pause ou passer ancien Rayon.
## Les badges
Les badges n'apportent pas de watts, ils racontent votre parcours. Il en existe six pour l'instant : Premier pas, Bavard (10 aides dans le Discord), Guide (3 visites d'installation), Caméra (1 témoignage vidéo), Passeur (5 mises en relation) et Pionnier (membre depuis le lancement de 2025).
## Questions fréquentes
Un témoignage vidéo et un témoignage écrit sur le même sujet comptent comme deux contributions. Une mise en relation ne rapporte les 400 watts de plus que si la signature intervient dans les 12 mois.
Les watts gagnés en mode pause ? Il n'y en a pas, puisque vous ne recevez aucune demande. Mais rien ne vous empêche de déposer un avis ou d'aider quelqu'un sur le Discord pendant la pause : ça compte.
"""

NEWSLETTER_EN = r"""
@r **Rayons Mail #7 – April 2027, English edition.** You're getting this because you are a Rayon. Feel free to forward it to anyone curious about solar!
# Rayons Mail #7
## Editorial
Spring is here and your panels know it: March production across the Cercle was 18 % above March 2026. Thank you to everyone who answered our calls this quarter. We asked a lot around the Énergaïa fair and you were there.
This issue is the first one we also publish in English, for the growing number of Rayons from the UK, the Netherlands and Germany who live in the Hérault hinterland.
## Énergaïa fair: what happened
Six Rayons took turns on our stand from 12 to 15 March. They answered visitors' questions, showed the production app on their phones and, above all, told their own story. Our sales team counted 143 conversations started by a Rayon and 37 quote requests.
The most asked questions on the stand were about batteries, resale value of the house and what happens in a power cut. Good news: the next issue will have a short explainer on each.
## New: site visits count more
From 1 May, opening your home for a site visit earns 200 watts instead of 150, capped at six visits a year. A visit lasts about an hour and we always send a technician along, so you never have to answer the tricky questions alone.
To host a visit you need:
- a Hélioporte installation that has been running for at least one year
- a safe access to look at the inverter and, if possible, the roof
- two dates you can offer in the month
## The quarter in numbers
| Indicator | Q1 2027 | Q4 2026 |
| Active Rayons | 187 | 151 |
| Contributions logged | 642 | 498 |
| Quote requests from introductions | 58 | 41 |
| Mean response time to a request | 81 h | 96 h |
Active means at least one validated contribution in the quarter. Response time is counted from the bot's first message to the Rayon's yes or no.
## Coming up
Mark these in your diary:
- 15 May: open house at Sébastien's in Sète, video shoot on site
- June: solar festival on four markets (Montpellier, Lodève, Pézenas, Agde)
- 3 July: Rayons day at the Béziers branch, with the product team
- September: next NOUS workshop, open to all Zénith members
## Meet a Rayon: Hannah, Lodève
Hannah moved from Bristol in 2019 and had 9 panels installed in 2024. She joined the Cercle a year later and reached Éclat in January. Her favourite contribution is helping newcomers in the Discord, especially English speakers struggling with French subsidy forms.
"I don't see it as selling anything. I just tell people what my bills looked like before and after, and show them the app."
## A word on the leaderboard
Following the JE workshop in February, the monthly leaderboard no longer shows individual names. It now ranks regional teams, and every team's total goes to a shared goal: 500 tonnes of CO2 avoided by the Cercle by the end of 2027.
## Batteries, in short
Many of you asked whether adding a home battery is worth it. The honest answer: it depends on when you use your electricity. If you are out all day, a battery can raise the share of your own production you actually use from about 35 % to 70 %. If someone is at home during the day, the gain is much smaller. Our advisers will run the numbers for you, free of charge, before suggesting anything.
Questions, ideas, complaints? Reply to this email or write to cercle@helioporte.fr.
"""
