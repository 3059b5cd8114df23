# -*- coding: utf-8 -*-
"""Source text of the documents (part B). Same DSL as content_a."""

REGLEMENT = r"""
@r Document destiné à l'ensemble des membres du Cercle des Rayons – règlement v2.1, en vigueur au 1er avril 2027
# Règlement des récompenses
## Article 1 – Objet
Le présent règlement fixe la façon dont les watts gagnés dans le Cercle des Rayons peuvent être convertis en récompenses. Il complète la Charte du Cercle et le Guide des niveaux et des watts. En cas de contradiction, c'est le présent règlement qui s'applique pour tout ce qui touche aux récompenses.
## Article 2 – Conversion des watts
### 2.1 Principe
Les watts sont convertibles à partir d'un solde de 300 watts. La conversion se demande au bot du Discord (commande /convertir) ou par mail. Elle est définitive : des watts convertis ne sont jamais recrédités, même si la récompense ne vous plaît pas.
### 2.2 Barème de conversion
| Récompense | Coût en watts | Délai et conditions |
| Carte cadeau enseigne locale (30 €) | 300 | envoi par mail sous 5 jours ouvrés // valable 12 mois |
| Kit de nettoyage des panneaux | 450 | expédition sous 15 jours ouvrés // France métropolitaine uniquement |
| Visite de contrôle offerte | 600 | sur rendez-vous avec un technicien // hors intervention sous garantie |
| Don à une association locale (50 €) | 500 | association choisie dans la liste du Cercle // reçu fiscal au nom d'Hélioporte |
| Journée découverte d'un parc solaire | 900 | 2 personnes // transport non compris |
Le don à une association a été ajouté suite à l'atelier JE de février 2027. La liste des associations est revue chaque année avec les Rayons.
## Article 3 – Remise sur la maintenance
La remise sur le renouvellement du contrat de maintenance (10 % au niveau Éclat, 20 % au niveau Zénith) ne coûte aucun watt. Elle est appliquée automatiquement à la date anniversaire du contrat, à condition d'avoir atteint le niveau au moins 30 jours avant.
Cette remise ne se cumule pas avec les promotions commerciales en cours : c'est la plus favorable au Rayon qui s'applique.
## Article 4 – Récompenses exclues
Certaines demandes reviennent souvent, mais ne sont pas possibles :
- l'échange de watts contre de l'argent, un virement ou un avoir sur facture
- le transfert de watts à un autre Rayon, y compris dans la même famille
- une remise sur une nouvelle installation ou une extension
  - ceci pour rester dans les règles de la publicité commerciale
  - et pour que les recommandations restent désintéressées
Ces exclusions ne sont pas négociables, même pour les Rayons du comité consultatif.
## Article 5 – Plafonds et fiscalité
Un Rayon ne peut pas convertir plus de 2 000 watts par année civile. Au-delà, les watts restent sur son solde et sont convertibles l'année suivante.
Les récompenses restent des cadeaux de faible valeur. Si le total des récompenses reçues par un Rayon dépasse 150 € sur une année civile, Hélioporte le prévient et lui indique les éventuelles démarches.
## Article 6 – Départ et fin du programme
En cas de départ du Cercle, le Rayon dispose de 90 jours pour convertir son solde. Passé ce délai, les watts sont perdus.
Si Hélioporte mettait fin au programme, les Rayons en seraient informés au moins 6 mois à l'avance et pourraient convertir la totalité de leur solde, sans tenir compte du plafond annuel.
## Article 7 – Réclamations
Une réclamation sur une récompense se fait par écrit à cercle@helioporte.fr dans les 30 jours suivant la réception. Elle est traitée par une personne de l'équipe, jamais par le bot seul, et reçoit une réponse sous 10 jours ouvrés.
Si le désaccord persiste, le Rayon peut demander que son dossier soit examiné par le comité de pilotage, qui se réunit tous les deux mois. Sa décision est motivée par écrit.
## Article 8 – Modification du règlement
Le règlement peut évoluer. Toute modification est annoncée dans Rayons Mail et dans le Discord au moins un mois avant son entrée en vigueur. Les watts déjà gagnés restent acquis, mais leur barème de conversion peut changer.
"""

EVENEMENTS = r"""
@r Pour les Rayons qui viennent nous prêter main-forte sur les salons, marchés et portes ouvertes. Merci d'avance !
# Manuel des événements
## Les événements où l'on a besoin de vous
Hélioporte participe chaque année à une quinzaine d'événements. Le tableau ci-dessous résume les formats les plus courants :
| Format | Rôle du Rayon | Durée | Watts |
| Salon (Énergaïa, Foire de Montpellier) | accueil sur le stand // partage d'expérience // démonstration de l'appli | demi-journée | 120 |
| Marché local (Fête du solaire) | discussion avec les passants // distribution de flyers | 2 à 3 heures | 120 |
| Portes ouvertes chez un Rayon | accueil des visiteurs chez soi // visite de l'installation avec un technicien | 1 à 2 heures | 200 |
| Réunion publique en mairie | témoignage de 5 minutes // questions-réponses | soirée | 120 |
| Journée des Rayons | participation libre | journée | 50 |
Un même événement ne rapporte des watts qu'une fois, même si vous venez deux jours de suite.
## Avant l'événement
### Inscription
L'inscription se fait dans le Discord, salon #événements, ou auprès du bot. Les places sont limitées pour que le stand ne soit pas envahi : 2 Rayons par demi-journée sur un salon, 3 sur un marché.
### Préparation
Une semaine avant, vous recevez un petit kit de préparation qui contient :
- le plan d'accès et l'heure d'arrivée
- le badge Rayon à porter sur place
- une fiche avec les chiffres clés du moment (tarifs indicatifs, délais, aides)
- le contact du responsable Hélioporte présent sur place
Pas besoin de réviser : on vous demande de raconter votre expérience, pas de connaître le catalogue par cœur.
## Le jour J
### Sur le stand
Arrivez 20 minutes avant l'ouverture pour le briefing. Le responsable Hélioporte vous présente l'équipe et les sujets chauds du moment.
Quelques règles simples sur le stand :
- dites toujours que vous êtes client et membre du Cercle
- renvoyez les questions de prix et d'aides vers un conseiller
- ne prenez aucune coordonnée vous-même, c'est le conseiller qui s'en charge
- faites des pauses : 2 heures debout, c'est long
### Si ça se passe mal
Un visiteur agressif, un client mécontent qui vient régler ses comptes, un souci de santé : vous ne gérez pas seul. Prévenez le responsable Hélioporte, qui prend le relais. Vous pouvez quitter le stand à tout moment sans explication.
## Frais et défraiement
Les frais de déplacement sont remboursés au-delà de 30 km aller, au barème de 0,40 € par kilomètre. Le repas est pris en charge pour toute présence de plus de 4 heures.
Les notes de frais se déposent dans le Discord avec la commande /frais, photo du justificatif à l'appui, au plus tard 30 jours après l'événement. Le remboursement arrive sous 3 semaines.
## Après l'événement
Le bot vous envoie un court questionnaire le lendemain : ce qui a marché, ce qui a coincé, combien de conversations vous avez eues. Ce retour compte comme une aide et rapporte 15 watts.
Les watts de l'événement sont validés par le responsable sur place, en général dans la semaine. Les photos prises sur le stand ne sont publiées qu'avec l'accord écrit des personnes reconnaissables.
## Annulation
Un empêchement ? Prévenez dès que possible le bot ou le CM. Aucune pénalité, jamais, même le matin même. On préfère juste le savoir pour trouver un remplaçant.
Si Hélioporte annule un événement, les frais déjà engagés (billet de train non remboursable par exemple) vous sont remboursés sur justificatif.
Le calendrier des événements à venir est publié chaque mois dans le salon #événements et repris dans Rayons Mail.
"""

OBJECTIFS = r"""
@r Document de travail – Comité de pilotage du Cercle des Rayons.
@r Confidentiel : ne pas diffuser aux Rayons ni le charger dans le Discord.
# Objectifs et indicateurs 2027
## Raison d'être
Version validée au copil du 14 janvier 2027, après l'atelier NOUS : aider chaque foyer d'Occitanie à passer au solaire en confiance, grâce à la parole de ceux qui l'ont déjà fait.
L'IA avait proposé "renforcer la relation client et amplifier la notoriété". Le copil l'a gardé comme piste de discussion mais a préféré une formulation qui parle de confiance et de voisinage.
## Objectifs 2027
### Objectifs prioritaires
Le copil retient quatre objectifs pour 2027 :
1. Faire passer les demandes de devis issues d'une mise en relation de 160 à 250 sur l'année
2. Porter le nombre de Rayons actifs à 220 en fin d'année
3. Garder au moins 80 % des Rayons d'une année sur l'autre
4. Ouvrir le programme au Gard et à l'Aude (objectif : 40 Rayons hors Hérault)
### Objectifs écartés
Deux propositions ont été écartées : la présence des Rayons sur les salons nationaux (trop de déplacements) et un objectif d'abonnés sur Instagram, jugé sans lien avec les ventes.
## Tableau des KPI
| Catégorie | Indicateur | Cible 2027 | Fréquence |
| Engagement | Rayons actifs (1 contribution validée dans le trimestre) | 220 | trimestrielle |
| ^^ | Taux de participation aux sollicitations | 60 % | mensuelle |
| Production | Témoignages écrits et vidéo publiés | 90 // dont 20 vidéos | trimestrielle |
| ^^ | Visites d'installation | 45 | ^^ |
| Impact | Demandes de devis issues des mises en relation | 250 | mensuelle |
| ^^ | Signatures issues des mises en relation | 70 // taux de conversion visé : 28 % | ^^ |
| Santé | Rétention annuelle des Rayons | 80 % | annuelle |
| ^^ | Délai moyen de réponse à une sollicitation | 48 heures | mensuelle |
| ^^ | NPS des Rayons | + 55 | semestrielle |
La cible de 48 heures sur le délai de réponse est volontairement ambitieuse : on était à 96 heures fin 2026. L'équipe CM vise 72 heures au premier semestre.
## Indicateurs de santé
On suit de près le taux de passage d'un niveau à l'autre. En 2026, 22 % des Lueur sont passés Éclat dans l'année, mais seulement 6 % des Éclat sont passés Zénith : le seuil de 1 500 watts est peut-être trop haut.
Le nombre moyen de contributions par Rayon actif était de 3,4 par trimestre fin 2026. On ne cherche pas à l'augmenter à tout prix : mieux vaut plus de Rayons actifs que des piliers épuisés.
## Budget
L'enveloppe 2027 est de 38 000 € répartis ainsi :
- récompenses et dons : 14 000 €
- événements (stands, défraiements, journée des Rayons) : 12 000 €
- outils (Discord, assistant IA, tableur de suivi) : 4 500 €
- production vidéo : 7 500 €
La part du temps des deux CM n'est pas comptée dans cette enveloppe.
## Points de vigilance
Le copil garde un œil sur trois risques :
- la sur-sollicitation des Zénith, dont trois ont quitté le Cercle en 2026
- la perte d'authenticité si les témoignages se ressemblent trop
- la dépendance au Discord, qui éloigne les Rayons peu à l'aise avec le numérique
## Décisions en attente
Le copil doit encore arbitrer deux demandes venues de l'atelier JE : le don de watts à une association (chiffré à 3 000 € par an si un Rayon sur dix l'utilise) et la permanence téléphonique pour les Rayons sans Discord, qui mobiliserait Karim une demi-journée par mois. Les deux options seront présentées avec leur coût au copil de juillet.
Prochain copil : 8 juillet 2027, bilan du semestre et décision sur le seuil Zénith.
"""

WELCOME_EN = r"""
@r For all members – welcome pack, English edition (French original: « Bienvenue dans le Cercle »).
# Welcome to the Cercle des Rayons
## Hello and welcome
You are now a Rayon, which is what we call the ambassadors of Hélioporte. You were invited because you are happy with your solar installation and willing to say so. That's all it takes.
This guide covers your first month. It is short on purpose: you can read it in ten minutes and come back to it whenever you like.
The French original of this guide prevails if the two versions ever differ. If a word looks odd in English, it is probably a Cercle word: a Rayon is a member, watts are points, Lueur, Éclat and Zénith are the three levels.
## Your first 30 days
Most new Rayons follow roughly the same path in their first month:
1. Join the private Discord with the link in your invitation email
2. Introduce yourself in the #welcome channel (where you live, when your panels went up)
3. Fill in your profile with the /profile command so we can send you the right requests
4. Make a first contribution of your choice, however small
5. Come to a monthly "coffee call", every first Tuesday at 6.30 pm, on video
Nothing is compulsory. If you only want to receive the newsletter for now, that's perfectly fine.
## Where to find us
The Cercle lives in three places:
- the private Discord, for day-to-day chat, requests and the bot
- Rayons Mail, the newsletter, every other month, in French and now in English
- the Rayons day, once a year at one of our branches
If Discord isn't your thing, tell us: a monthly phone slot is being tested for members who prefer to talk.
## Who's who
| Name | Role | Best way to reach them |
| Margaux Ferrand | Community manager, Hérault and Gard | Discord @margaux // or cercle@helioporte.fr |
| Karim Ould-Ali | Community manager, Aude and events | Discord @karim // phone on event days |
| Léa Brunet | Marketing director, chairs the steering committee | through the community managers |
| The bot | Reminders, logging, questions about the programme | Discord, any time |
Margaux and Karim answer on weekdays, 9 am to 6 pm. The bot answers around the clock but hands over to a human for anything sensitive.
## Your first contribution
Not sure where to start? The easiest first contributions are a short online review or helping someone in the Discord. Each one earns watts, our programme points, and your first validated contribution also unlocks the "Premier pas" badge.
If you'd like to do more, tell the bot what you enjoy (writing, talking, hosting visits, events) and it will suggest requests that fit you.
## About the bot
The bot is an AI assistant. It reminds you of requests, logs your contributions and answers questions about the programme, in French or English. It never approves a contribution on its own: a community manager always checks.
You can switch off its reminders at any time with /reminders off, without leaving the Cercle.
## Getting help
For anything about your installation (a fault, an inverter error, a drop in production), please call customer service on 04 67 00 12 12 and not the Cercle: the community managers can't send a technician.
For questions about the programme, your watts or a gift that never arrived, the bot or the community managers are the right place.
## A few promises
We will never ask you to pretend, never write your reviews for you and never pass your details to a partner. You can leave whenever you want: your contract and your warranty stay exactly the same.
Welcome aboard, and see you soon in the Discord or at the next Rayons day!
"""

DONNEES = r"""
@r Page publique – helioporte.fr/cercle/donnees – dernière mise à jour : 2 avril 2027
# Politique de données du Cercle des Rayons
## En bref
Nous collectons le minimum nécessaire pour faire vivre le programme, nous ne vendons rien à personne et vous pouvez tout arrêter à tout moment. Le responsable de traitement est Hélioporte SAS, 12 rue de l'Aiguillerie, Montpellier.
Cette page concerne uniquement le programme d'ambassadeurs. Les données de votre contrat d'installation, de votre facturation et de vos interventions techniques sont décrites dans la politique de confidentialité générale d'Hélioporte, disponible en pied de page.
## Ce que nous collectons
Pour chaque Rayon, nous conservons les informations suivantes :
- identité et coordonnées (nom, e-mail, téléphone, commune)
- pseudo Discord et messages échangés avec le bot
- historique des contributions, watts et niveau
- réponses aux questionnaires et aux ateliers
  - verbatims anonymisés avant toute diffusion
  - notes de satisfaction (NPS)
- données de production de votre installation, uniquement si vous acceptez de les partager
Nous ne collectons ni données bancaires ni données de santé.
## Pourquoi et combien de temps
| Finalité | Base légale | Durée de conservation |
| Gestion du programme (sollicitations, watts, récompenses) | exécution de l'adhésion au Cercle | durée de l'adhésion + 3 ans |
| Rappels et recommandations envoyés par le bot | consentement | jusqu'au retrait du consentement |
| Synthèses d'ateliers (JE, ACTION) | intérêt légitime // verbatims anonymisés | 5 ans |
| Publication d'un témoignage | consentement écrit, témoignage par témoignage | jusqu'au retrait de la publication |
| Données de production de l'installation | consentement | durée de l'adhésion |
## L'assistant IA
Le bot du Discord est une intelligence artificielle. Il s'annonce comme tel dès le premier message. Il n'a accès qu'aux données listées sur cette page et ne prend aucune décision seul : validation des contributions, récompenses et exclusions sont toujours décidées par une personne.
Les documents du programme sont traités par l'assistant sur des serveurs situés dans l'Union européenne. Aucune donnée des Rayons ne sert à entraîner un modèle.
## Consentement et désinscription
Vous pouvez retirer à tout moment votre consentement aux rappels automatiques, avec la commande /rappels off ou par mail. Vous restez Rayon, vous ne recevez simplement plus de messages du bot.
Le retrait du consentement à la publication d'un témoignage entraîne son retrait de nos supports numériques sous 15 jours. Les supports déjà imprimés (flyers, kakémonos) ne peuvent pas être rappelés.
## Vos droits
Conformément au RGPD, vous disposez des droits suivants :
- accès à vos données et copie dans un format lisible
- rectification des informations inexactes
- effacement, sauf obligation légale de conservation
- opposition aux traitements fondés sur l'intérêt légitime
- limitation du traitement pendant l'examen d'une réclamation
Nous répondons à toute demande sous un mois.
## Contacter la DPO
Notre déléguée à la protection des données, Sophie Caradec, est joignable à dpo@helioporte.fr ou par courrier à l'adresse du siège. Vous pouvez aussi saisir la CNIL si vous estimez que vos droits ne sont pas respectés.
## Cookies et mesure d'audience
Les pages du Cercle sur helioporte.fr ne déposent aucun cookie publicitaire. Pour mesurer la fréquentation, nous utilisons uniquement :
- un outil de mesure d'audience hébergé en France, sans cookie tiers
- un cookie de session pour rester connecté à votre espace Rayon, supprimé à la fermeture du navigateur
Vous pouvez les refuser depuis le bandeau en bas de page sans que cela gêne votre navigation.
## Quand vous quittez le Cercle
Au départ d'un Rayon, son profil Discord est supprimé sous 30 jours et ses messages avec le bot sous 90 jours. L'historique des contributions est anonymisé pour les statistiques ; il ne permet plus de vous identifier.
Les données liées à votre contrat d'installation ne dépendent pas du Cercle et suivent les règles du service client.
"""

CONTRIBUTIONS = r"""
@r Le Rayon Vert – supplément de la newsletter n°12 · pour tous nos Rayons abonnés (merci de ne pas republier sans nous demander)
# Guide des contributions
## Les contributions possibles
Voici les contributions que le Cercle reconnaît aujourd'hui, regroupées par famille :
| Famille | Contribution | Qui valide |
| Témoigner | Témoignage écrit | CM // après relecture avec le Rayon |
| ^^ | Témoignage vidéo | ^^ |
| ^^ | Avis en ligne | CM, sur capture d'écran |
| Accompagner | Visite d'installation | technicien présent |
| ^^ | Mise en relation | conseiller commercial |
| Faire vivre le Cercle | Aide à un autre Rayon | validation automatique // contrôle mensuel par le CM |
| ^^ | Idée d'amélioration | comité consultatif |
Une nouvelle famille, « Transmettre » (interventions dans les écoles et associations), est à l'étude pour la rentrée 2027.
## Témoigner par écrit
Un témoignage écrit fait entre 5 et 20 lignes. Il raconte votre projet avec vos mots : pourquoi le solaire, comment s'est passée la pose, ce que vous en pensez un an après. Les petites réserves sont les bienvenues, elles rendent le tout crédible.
Pour vous aider à démarrer, vous pouvez répondre à ces questions :
- qu'est-ce qui vous a décidé ?
- qu'est-ce qui vous a surpris, en bien ou en moins bien ?
- que diriez-vous à un voisin qui hésite ?
## Témoigner en vidéo
La vidéo est tournée chez vous par notre vidéaste, Théo, en une demi-journée maximum. Vous relisez le montage avant publication et pouvez refuser la diffusion jusqu'au dernier moment.
Pour que le tournage se passe bien, prévoyez :
- une pièce calme et lumineuse
- l'accès au compteur ou à l'onduleur pour quelques plans
- vos factures d'électricité d'avant, si vous voulez montrer les chiffres
  - en cachant votre numéro de client
  - et votre adresse
## Mettre en relation
Vous connaissez quelqu'un qui s'intéresse au solaire ? Donnez-lui votre code Rayon ou, avec son accord, transmettez ses coordonnées au bot. Un conseiller le rappelle sous 72 heures. Vous n'avez rien à vendre et rien à suivre.
Vous êtes tenu au courant : le bot vous prévient quand un devis est demandé, puis si l'installation est signée. Votre filleul bénéficie de la visite de contrôle offerte la première année.
## Déposer un avis en ligne
Un avis se dépose sur la plateforme de votre choix (Google, Trustpilot, PagesJaunes). Vous envoyez une capture au bot et c'est tout. La note et le contenu n'ont aucune influence sur les watts : seul compte le fait d'avoir déposé un avis.
On ne vous fournira jamais de modèle d'avis. Si un conseiller vous en propose un, signalez-le-nous.
## Aider les autres Rayons
Répondre à une question dans le Discord, expliquer une démarche d'aide, rassurer un nouveau avant sa pose : ces coups de main comptent. Réagissez avec l'emoji 🌞 sous votre message d'aide et le bot l'enregistre.
Un contrôle est fait chaque mois pour éviter les abus. Une simple réaction ou un « +1 » ne compte pas comme une aide.
## Proposer une idée
Les idées d'amélioration (appli de suivi, déroulé des poses, programme lui-même) se postent dans le salon #idées. Le comité consultatif les passe en revue tous les trimestres et explique pourquoi une idée est retenue ou non.
Depuis 2025, 11 idées de Rayons ont été mises en œuvre, dont l'alerte de baisse de production dans l'appli et le mode pause du programme.
## Ce qui ne compte pas
Certaines actions, même sympathiques, ne rapportent pas de watts : liker une publication d'Hélioporte, s'abonner à nos comptes, ou relayer une promotion commerciale. On vous remercie quand même ! Le but est de valoriser ce qui demande un vrai effort et une vraie parole.
"""
