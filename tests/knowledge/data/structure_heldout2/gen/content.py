"""Text of the eleven documents of the blind set (fictitious cooperative "Le Grenier Cévenol").

Each document is written in a small line-based notation, rendered to its format by build.py:
  "# "  level-1 heading          "## " level-2 heading
  "- "  bullet item              "+ "  numbered item (continuation lines start with two spaces)
  "| "  table row (the first row is the header)
  other lines: paragraph text; consecutive lines are joined, a blank line ends the paragraph.
List items are written without their final punctuation: the renderers add " ;" and ".".
"""

COMPANY = "Le Grenier Cévenol"

DOCS = {}

DOCS["charte_semeurs.txt"] = {
    "format": "txt-numbered",
    "title": "Charte du programme Les Semeurs",
    "head": [
        "LE GRENIER CÉVENOL — Coopérative bio des Cévennes et du Languedoc",
        "Charte du programme Les Semeurs",
        "Version 2.1 — adoptée par le conseil d’administration le 18 juin 2026",
    ],
    "body": """
# 1. Objet de la charte
La présente charte fixe les règles du programme Les Semeurs, le réseau d’ambassadeurs
bénévoles du Grenier Cévenol. Elle s’applique à tous les sociétaires qui représentent la
coopérative lors d’ateliers, de visites de fermes, de stands ou sur les réseaux sociaux. Elle
complète les statuts de la coopérative et le règlement intérieur des magasins.

## 1.1 Valeurs du programme
Les Semeurs s’engagent à faire vivre au quotidien les quatre valeurs suivantes :
- la transparence sur l’origine des produits et sur le prix payé aux producteurs
- la convivialité, en accueillant chaque client sans jugement sur ses habitudes
- la sobriété, en limitant les emballages et les déplacements inutiles
- la coopération, en partageant leurs savoirs avec les autres Semeurs

## 1.2 Ce que le programme n’est pas
Les Semeurs ne sont ni des salariés ni des vendeurs. Ils ne perçoivent aucune commission sur
les ventes et ne prennent aucune commande au nom de la coopérative. Leur rôle est de
transmettre, pas de vendre.

# 2. Adhésion au programme
## 2.1 Conditions d’admission
Peut devenir Semeur toute personne qui remplit les conditions suivantes :
- être sociétaire du Grenier Cévenol depuis au moins six mois
- détenir au minimum deux parts sociales
- être majeure à la date de la candidature
- s’engager à suivre la demi-journée d’accueil « Premiers pas » dans les trois mois suivant
  l’admission

## 2.2 Candidature
La candidature se dépose en ligne depuis l’espace sociétaire, rubrique « Devenir Semeur ». Le
dossier comprend une courte lettre de motivation et le choix d’un magasin de rattachement.
L’équipe Vie coopérative répond sous quinze jours ouvrés.

## 2.3 Période probatoire
Chaque nouveau Semeur effectue une période probatoire de quatre mois. Pendant cette période,
il anime ses premiers ateliers en binôme avec un Semeur confirmé. À son issue, le référent du
magasin valide l’admission définitive ou propose de prolonger la période de deux mois.

# 3. Engagements du Semeur
## 3.1 Activité minimale
Pour conserver son statut, le Semeur doit, sur chaque semestre civil :
- animer au moins deux ateliers ou visites de fermes
- saisir un compte rendu dans l’espace Semeurs dans les dix jours suivant chaque animation
- participer à une réunion d’équipe de son magasin de rattachement

## 3.2 Règles de conduite
En toutes circonstances, le Semeur s’interdit :
- de promouvoir une marque ou un commerce concurrent pendant une animation
- de présenter des allégations de santé sur les produits
- de distribuer des échantillons sans l’accord du responsable de magasin
- de publier des photos de clients sans leur consentement écrit

## 3.3 Confidentialité
Les Semeurs ont parfois accès aux prix d’achat négociés avec les producteurs et aux projets
d’ouverture de magasins. Ces informations sont confidentielles et ne doivent pas être
partagées, y compris après la fin de la participation au programme.

# 4. Engagements de la coopérative
## 4.1 Avantages accordés
En contrepartie de son engagement, chaque Semeur admis à titre définitif bénéficie :
- d’une remise de 8 % sur ses achats dans les neuf magasins, cumulable avec la ristourne des
  sociétaires
- d’un accès prioritaire aux visites de fermes organisées par la coopérative
- du remboursement de ses frais de déplacement selon le barème en vigueur
- d’une journée de formation gratuite par an sur le thème de son choix

## 4.2 Accompagnement
Chaque magasin désigne un référent Semeurs parmi ses salariés. Le référent accueille les
nouveaux Semeurs, valide les comptes rendus et fait remonter leurs besoins à l’équipe Vie
coopérative. Il consacre à cette mission deux heures par semaine.

## 4.3 Assurance
Les Semeurs sont couverts par le contrat de responsabilité civile de la coopérative pendant
toutes les animations déclarées dans l’espace Semeurs. Une animation non déclarée n’est pas
couverte. Les trajets restent couverts par l’assurance personnelle du Semeur.

# 5. Suspension et sortie du programme
## 5.1 Suspension
Le statut de Semeur peut être suspendu pour une durée d’un à six mois dans les cas suivants :
- absence d’activité pendant un semestre complet sans motif
- manquement aux règles de conduite de l’article 3.2
- plainte écrite d’un client ou d’un producteur, le temps de l’instruire

## 5.2 Exclusion
En cas de manquement grave ou répété, le conseil d’administration peut prononcer l’exclusion
du programme après avoir entendu le Semeur. La décision est notifiée par courrier. Le Semeur
exclu perd ses Graines non utilisées mais conserve sa qualité de sociétaire.

## 5.3 Départ volontaire
Un Semeur peut quitter le programme à tout moment par simple message à
semeurs@grenier-cevenol.coop. Ses Graines restent utilisables pendant trois mois après son
départ. Il peut de nouveau se porter candidat après un délai d’un an.

# 6. Révision de la charte
La charte est révisée tous les deux ans par un groupe de travail réunissant salariés et
Semeurs. Les modifications sont soumises au vote du conseil d’administration et entrent en
vigueur le premier jour du trimestre suivant.
""",
}

DOCS["guide_ateliers_degustation.txt"] = {
    "format": "txt-underlined",
    "title": "Guide des ateliers de dégustation",
    "head": [
        "Le Grenier Cévenol — Programme Les Semeurs",
        "GUIDE DES ATELIERS DE DÉGUSTATION",
        "Mise à jour : septembre 2026",
    ],
    "body": """
# Avant l’atelier
Un atelier de dégustation dure en moyenne deux heures et réunit huit à quinze clients autour
d’une famille de produits. Il se prépare au moins trois semaines à l’avance avec le référent
du magasin.

## Choisir un thème
Les thèmes qui attirent le plus de monde en magasin sont les suivants :
- les fromages de chèvre des Cévennes et leur affinage
- les huiles d’olive du Gard, de la récolte au moulin
- les pains au levain et les farines de variétés anciennes
- les tisanes et plantes aromatiques de Lozère
- les vins nature du Languedoc, uniquement devant un public majeur

## Réserver le créneau
Le créneau se réserve dans l’espace Semeurs, onglet « Agenda des magasins ». Les ateliers ont
lieu le mercredi après-midi ou le samedi matin, jamais pendant les deux dernières semaines de
décembre. Une fois le créneau validé par le référent, l’atelier apparaît automatiquement sur
le site de la coopérative.

## Commander les produits
La commande des produits à déguster passe par le référent et respecte les règles suivantes :
- un budget maximal de 60 € par atelier, au prix de vente public
- une commande passée au plus tard dix jours avant la date
- une priorité aux producteurs situés à moins de 80 km du magasin
- aucun produit en promotion ou proche de sa date limite

# Pendant l’atelier
## Déroulé type
Nous recommandons le déroulé suivant, à adapter selon le groupe :
+ accueil et tour de table, 10 minutes
+ présentation du producteur et de sa ferme, 15 minutes
+ dégustation commentée en trois temps, 45 minutes
+ échanges et questions, 20 minutes
+ rangement et bilan avec le référent, 20 minutes

## Hygiène et allergènes
Avant de servir le premier produit, vérifiez systématiquement les points suivants :
- les mains lavées et les cheveux attachés
- une planche et un couteau distincts pour chaque famille de produits
- la fiche allergènes affichée sur la table
- des produits frais sortis du froid moins de deux heures avant la dégustation

## Accueillir les enfants
Les enfants sont les bienvenus s’ils sont accompagnés d’un adulte. Prévoyez pour eux des
boissons sans alcool et des portions plus petites. Ne proposez jamais de fruits à coque à un
enfant sans l’accord explicite de ses parents.

# Après l’atelier
## Compte rendu
Le compte rendu, à saisir dans les dix jours, doit indiquer :
- le nombre de participants
- les produits dégustés et leur producteur
- les questions restées sans réponse
- le montant exact des produits consommés

## Graines gagnées
Chaque atelier déclaré et validé rapporte 40 Graines à l’animateur principal et 20 Graines au
Semeur qui l’assiste. Un atelier de plus de quinze participants donne droit à un bonus de
10 Graines. Les Graines sont créditées dès la validation du compte rendu par le référent.

## Annulation
En cas d’empêchement, prévenez le référent au moins 72 heures avant l’atelier afin qu’il
puisse trouver un remplaçant ou prévenir les inscrits. Les produits déjà commandés sont alors
remis en rayon ou donnés à l’épicerie solidaire partenaire.
""",
}

DOCS["stand_foires_marches.txt"] = {
    "format": "txt-bare",
    "title": "Tenir le stand de la coopérative sur les foires et marchés",
    "head": [
        "Le Grenier Cévenol",
        "Tenir le stand de la coopérative sur les foires et marchés",
        "Fiche pratique Semeurs n° 4 — édition 2026",
    ],
    "body": """
# Les manifestations concernées
Chaque année, la coopérative tient un stand sur une dizaine de manifestations locales, dont la
Fête de la châtaigne d’Alès, le marché de Noël d’Uzès et la foire bio de Florac. Les dates
sont publiées en février dans l’agenda des Semeurs.

# Composition de l’équipe
Un stand est tenu par une équipe composée de :
- un salarié responsable de la caisse et du stock
- deux ou trois Semeurs qui accueillent le public et présentent les producteurs
- un producteur invité, lorsque la manifestation le permet

# Matériel fourni
La coopérative fournit et transporte le matériel suivant :
- un barnum de trois mètres sur trois aux couleurs du Grenier
- deux tables pliantes et quatre tabourets
- une glacière électrique pour les produits frais
- les bulletins d’adhésion et les cartes de parrainage

# Horaires et relais
Les Semeurs se relaient par demi-journées pour ne pas rester plus de quatre heures debout. Le
planning des relais est affiché au dos du barnum et partagé la veille par message. Arrivez
quinze minutes avant votre créneau pour la passation.

# Présenter la coopérative
Le public connaît souvent nos magasins sans savoir qu’ils appartiennent à leurs clients.
Expliquez simplement qu’une part sociale coûte 20 € et donne une voix à l’assemblée générale,
quel que soit le nombre de parts détenues.

# Ce qui est interdit sur le stand
Sur le stand, il est interdit :
- d’encaisser de l’argent, sauf pour le salarié responsable
- de vendre des produits qui ne figurent pas sur la liste du jour
- de laisser le stand sans au moins une personne présente

# Météo et annulation
En cas de vigilance orange pour le vent ou les orages, le barnum n’est pas monté et la
participation est annulée. Le responsable du magasin prévient les Semeurs par message au
plus tard à 7 h le jour même.

# Graines et frais
Une demi-journée de stand rapporte 25 Graines. Les repas pris sur place sont remboursés dans
la limite de 15 € par demi-journée, sur présentation du ticket de caisse.
""",
}

DOCS["niveaux_et_recompenses.md"] = {
    "format": "md",
    "title": "Niveaux et récompenses des Semeurs",
    "head": ["Règles applicables à compter du 1er janvier 2026."],
    "body": """
Ce document explique comment les Semeurs gagnent des Graines, comment fonctionnent les
quatre niveaux du programme et comment échanger ses Graines contre des récompenses.

# Les mécaniques du programme
## Gagner des Graines
Les Graines sont attribuées pour les actions suivantes, une fois le compte rendu validé par le
référent :
| Action | Graines | Plafond |
| Atelier de dégustation animé | 40 | 6 par trimestre |
| Atelier assisté | 20 | 6 par trimestre |
| Visite de ferme guidée | 60 | 4 par trimestre |
| Parrainage d’un nouveau sociétaire | 50 | 10 par an |
| Publication validée sur les réseaux sociaux | 5 | 8 par mois |
| Participation à l’assemblée générale | 30 | 1 par an |

Les Graines sont valables vingt-quatre mois à compter de leur attribution. Passé ce délai,
elles expirent automatiquement le dernier jour du mois concerné. Le solde et les dates
d’expiration sont visibles dans l’espace Semeurs.

## Les niveaux
Le niveau d’un Semeur dépend du nombre de Graines cumulées sur les douze derniers mois :
| Niveau | Graines sur 12 mois | Remise en magasin | Dotation annuelle |
| Cuivre | 0 à 299 | 8 % | Tablier brodé |
| Argent | 300 à 799 | 10 % | Panier découverte de 40 € |
| Or | 800 à 1 499 | 12 % | Journée à la ferme pour deux |
| Châtaignier | 1 500 et plus | 15 % | Week-end au gîte des Causses |

Le niveau est recalculé le premier jour de chaque mois. Un Semeur ne peut perdre qu’un seul
niveau à la fois, même si son total de Graines a fortement baissé.

# Les bénéfices
## Catalogue de récompenses
Les Graines s’échangent dans le catalogue en ligne. Voici les récompenses les plus demandées :
| Récompense | Coût en Graines | Délai de livraison |
| Bon d’achat de 10 € | 100 | Immédiat |
| Part sociale offerte | 150 | 1 mois |
| Don de 20 € à l’épicerie solidaire | 180 | Immédiat |
| Panier de producteurs de saison | 250 | 2 semaines |
| Stage de cuisine sauvage d’une journée | 400 | Selon calendrier |

## Récompenses exceptionnelles
Certaines récompenses sont réservées aux niveaux Or et Châtaignier :
- une place d’observateur lors d’une séance ouverte du conseil d’administration
- une invitation au voyage annuel chez un producteur partenaire en Catalogne
- la possibilité de proposer un producteur au comité de référencement

## Conditions d’utilisation
Toute commande de récompense est soumise aux conditions suivantes :
- être à jour de ses comptes rendus d’animation
- accepter que les récompenses ne soient ni échangeables ni remboursables
- utiliser les bons d’achat dans les six mois
- ne pas commander la même récompense plus de trois fois par an

# Cas particuliers
## Semeurs en pause
Un Semeur peut demander une pause de trois à douze mois, par exemple pour une naissance ou un
séjour à l’étranger. Pendant la pause, ses Graines n’expirent pas et son niveau est gelé. Il
ne gagne en revanche aucune Graine.

## Semeurs salariés de la coopérative
Les salariés du Grenier Cévenol peuvent devenir Semeurs dans un autre magasin que le leur. Ils
gagnent des Graines mais ne bénéficient pas de la remise de niveau, qui ne se cumule pas avec
la remise du personnel.
""",
}

DOCS["faq_semeurs.md"] = {
    "format": "md",
    "title": "Foire aux questions des Semeurs",
    "head": ["Dernière mise à jour : 2 octobre 2026."],
    "body": """
Vous ne trouvez pas votre réponse ? Écrivez à semeurs@grenier-cevenol.coop.

# Rejoindre le programme
## Faut-il être sociétaire pour devenir Semeur ?
Oui. Le programme est réservé aux sociétaires détenant au moins deux parts sociales depuis six
mois. Si vous venez d’adhérer, vous pouvez déjà participer aux ateliers comme client et
déposer votre candidature plus tard.

## Combien de temps faut-il consacrer au programme ?
La plupart des Semeurs y consacrent entre deux et quatre heures par mois. Aucun maximum n’est
fixé et vous choisissez librement vos créneaux dans l’agenda.

# Graines et récompenses
## Pourquoi mes Graines n’apparaissent-elles pas ?
Si des Graines manquent sur votre compte, contrôlez d’abord les points suivants :
- le compte rendu de l’animation a bien été saisi
- le référent l’a validé, ce qui peut prendre une semaine
- l’action ne dépasse pas le plafond trimestriel
- la publication sur les réseaux mentionne bien le compte @grenier.cevenol

## Puis-je offrir mes Graines à un autre Semeur ?
Non, les Graines sont personnelles et ne peuvent pas être transférées. Vous pouvez en revanche
les convertir en don à l’épicerie solidaire depuis le catalogue.

## Que deviennent mes Graines si je change de magasin ?
Elles vous suivent. Votre solde, votre niveau et votre historique sont attachés à votre compte
sociétaire et non au magasin. Seul votre référent change.

# Animations
## Puis-je animer un atelier seul dès le début ?
Non. Pendant votre période probatoire, vous animez toujours en binôme avec un Semeur
confirmé. Ensuite, vous pouvez animer seul, mais un second Semeur est recommandé au-delà de
dix participants.

## Que faire si un participant fait un malaise ?
En cas de malaise d’un participant, appliquez la conduite suivante :
- interrompez la dégustation et installez la personne en position assise
- demandez à un salarié du magasin d’apporter la trousse de secours
- appelez le 15 si la personne ne se sent pas mieux rapidement
- signalez l’incident au référent le jour même

## Puis-je faire déguster mes propres préparations ?
Non. Pour des raisons d’hygiène et d’assurance, seuls les produits vendus par la coopérative
peuvent être dégustés. Vous pouvez en revanche partager vos recettes par écrit.

# Compte et données
## Comment modifier mes coordonnées ?
Vos coordonnées se modifient dans l’espace sociétaire, rubrique « Mon profil ». Les
changements sont repris dans l’espace Semeurs sous 24 heures.

## Comment quitter le programme ?
Écrivez à semeurs@grenier-cevenol.coop en précisant votre numéro de sociétaire. Votre départ
est effectif dès réception et vous recevez une confirmation par courriel.
""",
}

DOCS["guide_accueil_semeurs.html"] = {
    "format": "html",
    "title": "Bienvenue chez les Semeurs : guide d’accueil",
    "head": ["Guide remis à chaque nouveau Semeur — édition 2026."],
    "body": """
Vous venez d’être admis dans le programme Les Semeurs : bienvenue ! Ce guide vous accompagne
pendant vos premières semaines, de l’activation de votre espace à vos premières animations.

# Votre première semaine
## Activer votre espace Semeurs
Pour activer votre espace, suivez ces étapes dans l’ordre :
+ connectez-vous à l’espace sociétaire avec votre numéro de sociétaire
+ ouvrez l’onglet « Semeurs » et acceptez la charte
+ choisissez votre magasin de rattachement
+ ajoutez une photo de profil et vos thèmes de prédilection

## Rencontrer votre référent
Votre référent vous contacte dans la semaine qui suit votre admission pour convenir d’un
premier rendez-vous en magasin. Ce rendez-vous d’une heure sert à visiter les réserves, à
repérer le matériel d’atelier et à fixer la date de votre première animation en binôme.

# La demi-journée « Premiers pas »
## Programme de la demi-journée
La demi-journée se déroule selon le programme suivant :
| Horaire | Séquence | Intervenant |
| 9 h 00 | Accueil et café de producteurs | Équipe Vie coopérative |
| 9 h 30 | Histoire et fonctionnement de la coopérative | Un administrateur |
| 10 h 30 | Techniques d’animation d’un atelier | Un Semeur Châtaignier |
| 11 h 30 | Hygiène, allergènes et sécurité | La responsable qualité |
| 12 h 15 | Questions et déjeuner partagé | Tous les participants |

La demi-journée a lieu un samedi par mois, en alternance à Alès et à Montpellier. Les frais de
déplacement sont remboursés selon le barème habituel. L’inscription se fait depuis l’agenda
de l’espace Semeurs.

## Ce qu’il faut apporter
Pensez à prendre avec vous le jour de la formation :
- une pièce d’identité
- votre carte de sociétaire
- un plat ou une boisson à partager pour le déjeuner
- de quoi prendre des notes

# Vos premiers mois
## Les trois premières animations
Vos trois premières animations se font en binôme. Nous vous conseillons d’abord d’assister,
puis de co-animer, et enfin d’animer avec votre binôme en soutien. Cette progression rassure
la plupart des nouveaux Semeurs.

## Ressources utiles
Vous trouverez dans l’espace Semeurs les ressources suivantes :
- les fiches produits rédigées avec les producteurs
- les modèles d’affiches pour annoncer vos ateliers
- le guide des ateliers de dégustation
- le kit de communication pour les réseaux sociaux

## Contacts
Selon votre besoin, adressez-vous au bon interlocuteur :
| Besoin | Contact | Délai de réponse |
| Question sur un atelier | Votre référent de magasin | 48 heures |
| Problème de connexion | support@grenier-cevenol.coop | 24 heures |
| Question sur les Graines | semeurs@grenier-cevenol.coop | 5 jours ouvrés |
| Données personnelles | dpo@grenier-cevenol.coop | 1 mois |
""",
}

DOCS["notice_donnees_personnelles.html"] = {
    "format": "html",
    "title": "Notice d’information sur les données personnelles des Semeurs",
    "head": ["Version du 1er septembre 2026."],
    "body": """
Cette notice explique quelles données la coopérative traite dans le cadre du programme Les
Semeurs, pourquoi, pendant combien de temps, et comment exercer vos droits.

# Responsable du traitement
Le responsable du traitement est la SCIC Le Grenier Cévenol, 12 rue de la Filature, 30100
Alès. Elle a désigné un délégué à la protection des données, joignable à
dpo@grenier-cevenol.coop ou par courrier à la même adresse.

# Données collectées
## Données d’identification
Lors de votre inscription au programme, nous collectons :
- vos nom, prénom et numéro de sociétaire
- votre adresse électronique et votre numéro de téléphone
- votre magasin de rattachement
- une photo de profil, si vous choisissez d’en ajouter une

## Données d’activité
Au fil de votre participation, nous enregistrons :
- les animations que vous déclarez et leurs comptes rendus
- les Graines gagnées et les récompenses commandées
- les frais de déplacement dont vous demandez le remboursement
- les éventuels signalements vous concernant

# Finalités et bases légales
Chaque traitement repose sur une base légale précise :
| Finalité | Base légale | Données concernées |
| Gestion de votre participation | Exécution de la charte | Identification et activité |
| Calcul des Graines et des niveaux | Exécution de la charte | Activité |
| Remboursement des frais | Obligation comptable | Identification et frais |
| Publication de votre portrait sur le site | Consentement | Photo et prénom |
| Statistiques du programme | Intérêt légitime | Activité agrégée |

# Durées de conservation
Nous conservons vos données pendant les durées suivantes :
| Catégorie | Durée de conservation | Point de départ |
| Données d’identification | 3 ans | Fin de la participation au programme |
| Comptes rendus d’animation | 5 ans | Date de l’animation |
| Justificatifs de frais | 10 ans | Clôture de l’exercice comptable |
| Photo de profil | Suppression immédiate | Retrait du consentement ou départ |

À l’issue de ces durées, les données sont supprimées ou rendues anonymes. Les statistiques
anonymes peuvent être conservées sans limite de durée.

# Destinataires
Vos données sont accessibles à l’équipe Vie coopérative, à votre référent de magasin et au
service comptable pour les remboursements. Notre hébergeur, situé en France, agit comme
sous-traitant. Aucune donnée n’est vendue ni transmise à des partenaires commerciaux.

# Vos droits
## Droits dont vous disposez
Vous disposez à tout moment des droits suivants sur vos données :
- le droit d’accès et de rectification
- le droit à l’effacement, dans les limites des obligations légales
- le droit de retirer votre consentement à la publication de votre portrait
- le droit à la portabilité de vos données d’activité

## Exercer vos droits
Adressez votre demande au délégué à la protection des données en joignant une copie de votre
carte de sociétaire. Nous répondons dans un délai d’un mois, prolongeable de deux mois pour
les demandes complexes. Vous pouvez aussi saisir la CNIL si vous estimez que vos droits ne
sont pas respectés.
""",
}

DOCS["guide_visites_fermes.docx"] = {
    "format": "docx",
    "title": "Guide des visites de fermes",
    "head": ["Programme Les Semeurs — version de mars 2026."],
    "body": """
Les visites de fermes permettent aux sociétaires de rencontrer les producteurs qui remplissent
nos rayons. Ce guide décrit leur organisation, du choix de la ferme au remerciement final.

# Organiser une visite
## Choisir la ferme
Une ferme peut accueillir une visite de Semeurs si elle remplit les conditions suivantes :
- être fournisseur de la coopérative depuis au moins un an
- se situer à moins d’une heure de route du magasin organisateur
- disposer d’un parking et de toilettes accessibles aux visiteurs
- avoir donné son accord écrit au référent

## Calendrier
Les visites ont lieu d’avril à octobre, le samedi ou le dimanche. Elles sont annoncées au
moins un mois à l’avance dans la lettre des sociétaires. Aucune visite n’est organisée pendant
les vendanges ni pendant la transhumance.

## Étapes de préparation
Pour préparer la visite, procédez dans cet ordre :
+ appelez le producteur pour convenir de la date et du parcours
+ déclarez la visite dans l’espace Semeurs
+ ouvrez les inscriptions, limitées à vingt-cinq personnes
+ organisez le covoiturage au départ du magasin
+ envoyez le plan d’accès aux inscrits trois jours avant

# Le jour de la visite
## Sécurité
Sur l’exploitation, rappelez aux participants les consignes suivantes :
- rester sur les chemins indiqués par le producteur
- ne pas toucher les animaux sans son autorisation
- tenir les enfants par la main près des machines
- ne pas fumer à proximité des bâtiments et des fourrages

## Dégustation à la ferme
Une dégustation peut conclure la visite si le producteur le propose. Elle se fait avec ses
produits, achetés par la coopérative au prix de gros dans la limite de 80 € par visite. Les
règles d’hygiène du guide des ateliers s’appliquent.

# Après la visite
## Barème des Graines et des frais
Chaque participant actif reçoit des Graines et le remboursement de ses kilomètres :
| Rôle | Graines | Frais de déplacement |
| Semeur organisateur | 60 | 0,32 € par km |
| Semeur accompagnateur | 30 | 0,32 € par km |
| Conducteur de covoiturage | 10 | 0,40 € par km |

Les frais sont remboursés sur présentation du relevé kilométrique saisi dans l’espace
Semeurs. Le remboursement intervient le mois suivant la validation du compte rendu.

## Remercier le producteur
Dans la semaine qui suit, envoyez au producteur un message de remerciement accompagné de
quelques photos de la visite. La coopérative lui adresse de son côté un panier garni et un
chèque de 50 € pour le temps consacré.
""",
}

DOCS["kit_communication.docx"] = {
    "format": "docx",
    "title": "Kit de communication des Semeurs",
    "head": ["Équipe Vie coopérative — édition 2026."],
    "body": """
Ce kit rassemble les règles à suivre pour parler du Grenier Cévenol en ligne et sur papier.

# Principes
## Ton et vocabulaire
Nous parlons comme dans nos magasins : simplement, chaleureusement et sans jargon. On tutoie
sur Instagram, on vouvoie sur Facebook et dans la lettre des sociétaires. Le mot « bio »
s’écrit toujours en minuscules.

## Mots à éviter
Certains mots sont à proscrire dans toutes nos publications :
- « miracle », « détox » ou « superaliment »
- « le moins cher » et toute comparaison de prix avec un concurrent
- « 100 % local » lorsque le produit contient des ingrédients importés
- « guérit » et tout autre vocabulaire médical

# Réseaux sociaux
## Ce que vous pouvez publier
Vous êtes encouragés à partager :
- les photos de vos ateliers, sans visage reconnaissable sauf accord écrit
- les portraits de producteurs validés par le producteur lui-même
- vos recettes à base de produits de la coopérative
- les annonces officielles relayées depuis le compte @grenier.cevenol

## Mentions obligatoires
Chaque publication liée au programme mentionne le compte @grenier.cevenol et le mot-dièse
#SemeursDuGrenier. Si vous avez reçu un produit gratuitement, ajoutez la mention « produit
offert par la coopérative ». Sans ces mentions, la publication ne rapporte pas de Graines.

## Calendrier éditorial
Chaque mois fort de l’année a son thème et son mot-dièse :
| Mois | Thème du mois | Mot-dièse |
| Janvier | Les agrumes et les soupes d’hiver | #HiverAuGrenier |
| Avril | Les semis et les plants potagers | #SemisDuGrenier |
| Juin | Les fruits rouges des Cévennes | #CueilletteCevenole |
| Septembre | La rentrée et le vrac | #VracEnCevennes |
| Novembre | La châtaigne sous toutes ses formes | #MoisDeLaChataigne |

# Supports imprimés
## Affiches et flyers
Les modèles d’affiches se trouvent dans l’espace Semeurs aux formats A3 et A4. Le magasin
les imprime gratuitement, dans la limite de vingt exemplaires par atelier. Ne modifiez ni le
logo ni les couleurs de la charte graphique.

## Cartes de visite
Les Semeurs de niveau Or et Châtaignier peuvent commander cent cartes de visite par an à leur
nom. La commande se fait auprès de l’équipe Vie coopérative, avec un délai de trois semaines.
""",
}

DOCS["feuille_de_route_2027.pdf"] = {
    "format": "pdf",
    "outline": True,
    "title": "Feuille de route 2027 du programme Les Semeurs",
    "head": ["Document validé par le conseil d’administration le 26 novembre 2026."],
    "page_breaks": ["Objectifs 2027", "Les chantiers de l’année", "Budget", "Annexe"],
    "body": """
# Le mot de la présidente
En trois ans, Les Semeurs sont devenus le visage de notre coopérative hors des rayons. Grâce à
eux, des centaines de familles ont découvert nos producteurs autour d’une planche de fromages
ou d’un champ de pois chiches.

Cette feuille de route fixe le cap pour 2027 : grandir sans perdre l’esprit bénévole du
programme, mieux répartir les Semeurs entre nos neuf magasins et simplifier leur quotidien.
Elle a été construite avec une quarantaine de Semeurs lors des ateliers de septembre 2026.

Claire Fabre, présidente du conseil d’administration

# Bilan de l’année 2026
## Chiffres clés
L’année 2026 a confirmé la croissance du programme, comme le montrent les indicateurs
suivants :
| Indicateur | 2025 | 2026 |
| Semeurs actifs | 112 | 168 |
| Ateliers de dégustation | 310 | 455 |
| Visites de fermes | 38 | 61 |
| Sociétaires parrainés | 240 | 395 |
| Satisfaction des participants | 91 % | 94 % |

## Ce qui a bien fonctionné
Trois initiatives ont particulièrement réussi en 2026 :
- les ateliers consacrés au pain au levain, complets dans tous les magasins
- le binôme systématique pendant la période probatoire
- les visites de fermes en covoiturage au départ des magasins

## Points de vigilance
Le magasin de Florac n’a compté que deux Semeurs actifs toute l’année, et un tiers des comptes
rendus ont été saisis après le délai de dix jours. Ces deux points seront suivis en priorité
en 2027.

# Objectifs 2027
## Objectifs chiffrés
Le conseil d’administration a validé les objectifs suivants pour 2027 :
| Objectif | Indicateur | Cible 2027 | Responsable |
| Élargir le réseau | Semeurs actifs | 230 | Équipe Vie coopérative |
| Multiplier les animations | Ateliers et visites | 650 | Référents de magasin |
| Renforcer le sociétariat | Sociétaires parrainés | 550 | Équipe Vie coopérative |
| Équilibrer le territoire | Semeurs par magasin | 15 au minimum | Direction des magasins |
| Fiabiliser le suivi | Comptes rendus à l’heure | 90 % | Référents de magasin |

Les cibles sont suivies chaque trimestre par le comité de pilotage. Un objectif qui n’est pas
sur la bonne trajectoire à la mi-année donne lieu à un plan d’action présenté au conseil
d’administration.

## Priorités qualitatives
Au-delà des chiffres, l’année 2027 poursuivra quatre priorités :
- ouvrir le programme aux sociétaires de moins de 25 ans
- former tous les Semeurs aux allergènes
- associer davantage les producteurs à la conception des ateliers
- réduire l’empreinte carbone des déplacements liés aux visites

## Indicateurs de suivi
Chaque référent de magasin remplit un tableau de bord mensuel à partir des comptes rendus
validés. L’équipe Vie coopérative consolide ces tableaux et publie un point d’étape dans la
lettre des Semeurs à la fin de chaque trimestre.

# Les chantiers de l’année
## Nouvelle application Semeurs
L’espace Semeurs sera remplacé en mai 2027 par une application mobile. Elle permettra de
saisir un compte rendu en moins de cinq minutes, photos comprises, et de suivre ses Graines en
temps réel. Une version web restera disponible pour celles et ceux qui n’ont pas de
smartphone.

## Semeurs juniors
Un parcours junior sera testé à Montpellier et à Nîmes pour les sociétaires de 18 à 25 ans.
Il prévoit une formation raccourcie, des ateliers sur l’alimentation étudiante à petit budget
et un tutorat assuré par un Semeur de niveau Or.

## Calendrier des chantiers
Les chantiers suivront le calendrier ci-dessous :
| Trimestre | Chantier | Livrable attendu |
| T1 2027 | Refonte de la charte | Charte version 3 votée |
| T2 2027 | Application mobile | Mise en service en mai |
| T3 2027 | Formation aux allergènes | Tous les Semeurs formés |
| T4 2027 | Bilan et évaluation | Rapport à l’assemblée générale |

# Budget
## Répartition du budget
Le budget du programme pour 2027 s’élève à 84 000 €, répartis comme suit :
| Poste | Montant | Part du budget |
| Produits de dégustation | 27 000 € | 32 % |
| Récompenses du catalogue | 21 000 € | 25 % |
| Frais de déplacement | 14 000 € | 17 % |
| Application mobile | 12 000 € | 14 % |
| Formations | 10 000 € | 12 % |

## Financement
Le programme est financé à 70 % par le fonds de développement coopératif, alimenté par 1 % du
chiffre d’affaires des magasins. Le solde provient d’une subvention de la Région Occitanie au
titre de l’économie sociale et solidaire, renouvelée jusqu’en 2028.

# Gouvernance du programme
## Comité de pilotage
Le comité de pilotage se réunit chaque trimestre et rassemble :
- deux administrateurs de la coopérative
- la responsable de l’équipe Vie coopérative
- trois Semeurs élus par leurs pairs pour deux ans
- un représentant des producteurs partenaires

## Élection des Semeurs au comité
Les trois Semeurs du comité sont élus en ligne au mois de janvier. Tout Semeur admis à titre
définitif peut se porter candidat. Le vote est ouvert pendant deux semaines et chaque Semeur
dispose d’une voix.

# Annexe
## Semeurs par magasin
Le tableau ci-dessous détaille la situation de chaque magasin et sa cible pour 2027 :
| Magasin | Semeurs fin 2026 | Ateliers 2026 | Cible 2027 |
| Alès | 31 | 84 | 34 |
| Nîmes | 27 | 71 | 32 |
| Montpellier-Figuerolles | 29 | 80 | 32 |
| Uzès | 18 | 52 | 25 |
| Anduze | 16 | 45 | 23 |
| Sète | 19 | 50 | 25 |
| Le Vigan | 12 | 31 | 20 |
| Ganges | 14 | 35 | 20 |
| Florac | 2 | 7 | 19 |

Les cibles par magasin ont été fixées avec chaque référent. Florac bénéficiera d’un
accompagnement renforcé, avec deux ateliers par mois animés par des Semeurs d’Alès jusqu’à ce
que l’équipe locale compte au moins huit membres.
""",
}

DOCS["programme_parrainage.pdf"] = {
    "format": "pdf",
    "outline": False,
    "title": "Le parrainage de nouveaux sociétaires",
    "head": ["Fiche pratique Semeurs n° 6 — édition 2026."],
    "page_breaks": [],
    "body": """
# Principe
Le parrainage permet à un Semeur de faire découvrir la coopérative à ses proches et de les
accompagner dans leur adhésion. Le parrain reste l’interlocuteur privilégié du nouveau
sociétaire pendant sa première année.

# Qui peut être parrainé ?
Un parrainage est valable si le filleul remplit les conditions suivantes :
- n’avoir jamais été sociétaire du Grenier Cévenol
- souscrire au moins deux parts sociales
- habiter dans le Gard, l’Hérault, la Lozère ou l’Aveyron
- ne pas vivre sous le même toit que son parrain

# Démarche
## Avant l’adhésion
Remettez au filleul une carte de parrainage à votre nom, disponible à l’accueil de chaque
magasin. Le code inscrit au dos doit être saisi lors de l’adhésion en ligne ou présenté en
caisse.

## Après l’adhésion
Une fois l’adhésion enregistrée, le parrain s’engage à :
- accueillir son filleul lors d’un atelier ou d’une visite dans les trois mois
- lui présenter le fonctionnement de la coopérative et de l’assemblée générale
- répondre à ses questions pendant la première année

# Récompenses du parrainage
Le parrain et le filleul sont tous deux récompensés :
| Bénéficiaire | Récompense immédiate | Récompense différée |
| Parrain | 50 Graines à l’adhésion | 30 Graines au premier achat du filleul |
| Filleul | Bon d’achat de 15 € | Invitation à un atelier sous trois mois |

Les Graines de parrainage sont plafonnées à dix filleuls par Semeur et par année civile.
Au-delà, les parrainages restent possibles mais ne rapportent plus de Graines.

# Fraudes et abus
Un parrainage fictif, par exemple au profit d’un proche déjà sociétaire sous un autre nom,
entraîne l’annulation des Graines correspondantes et peut conduire à une suspension du
programme. Les parrainages sont contrôlés chaque trimestre par le service sociétariat.
""",
}


def parse(body):
    """Return the blocks of a body: (kind, payload) with kind in h1 h2 p ul ol table."""
    blocks = []
    lines = body.strip("\n").splitlines()
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            i += 1
        elif ln.startswith("# ") or ln.startswith("## "):
            blocks.append(("h1" if ln.startswith("# ") else "h2", ln.split(" ", 1)[1].strip()))
            i += 1
        elif ln.startswith(("- ", "+ ")):
            kind, items = ("ul" if ln.startswith("- ") else "ol"), []
            while i < len(lines) and lines[i].startswith((ln[0] + " ", "  ")):
                if lines[i].startswith("  "):
                    items[-1] += " " + lines[i].strip()
                else:
                    items.append(lines[i][2:].strip())
                i += 1
            blocks.append((kind, items))
        elif ln.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split(" | ")])
                i += 1
            blocks.append(("table", rows))
        else:
            buf = []
            while (
                i < len(lines)
                and lines[i].strip()
                and not lines[i].startswith(("# ", "## ", "- ", "+ ", "| "))
            ):
                buf.append(lines[i].strip())
                i += 1
            blocks.append(("p", " ".join(buf)))
    return blocks


def item_texts(items):
    """List items as printed: ' ;' after each item, '.' after the last one."""
    return [t + (" ;" if k < len(items) - 1 else ".") for k, t in enumerate(items)]
