"""Text of the thirteen documents of blind set no. 3 (fictitious bike-repair network "La Rustine").

Line-based notation, rendered to each format by build.py:
  "# "  level-1 heading          "## " level-2 heading
  "- "  bullet item              "+ "  numbered item (continuation lines start with two spaces)
  "| "  table row (the first row is the header)
  other lines: paragraph text; consecutive lines are joined, a blank line ends the paragraph.
List items are written without their final punctuation: the renderers add " ;" and "."
(French documents) or ";" and "." (English documents).
"""

COMPANY = "La Rustine"

DOCS = {}

# --------------------------------------------------------------------------- txt, numbered
DOCS["charte_rayons.txt"] = {
    "format": "txt-numbered",
    "title": "Charte des ambassadeurs Rayons",
    "head": [
        "LA RUSTINE — Réseau coopératif d’ateliers vélo des Pays de la Loire",
        "Charte des ambassadeurs Rayons",
        "Version 3.0 — validée par le comité de pilotage le 9 septembre 2026",
    ],
    "body": """
# 1. Pourquoi un réseau d’ambassadeurs
La Rustine répare, vend et recycle des vélos dans onze ateliers coopératifs entre Nantes, Angers
et Le Mans. Les Rayons sont des clients bénévoles qui font connaître nos ateliers autour d’eux
et transmettent le goût de la mécanique vélo. Cette charte fixe ce que chacun peut attendre de
l’autre.

## 1.1 Missions des Rayons
Un Rayon contribue à la vie du réseau par une ou plusieurs des missions suivantes :
- coanimer les ateliers d’autoréparation du mardi soir et du samedi matin
- encadrer des balades urbaines et des sorties découverte
- tenir un stand lors des événements vélo en entreprise
- présenter les vélos d’essai à assistance électrique et les vélos cargo
- recommander La Rustine à son entourage grâce au parrainage

## 1.2 Limites du rôle
Les Rayons ne sont pas des mécaniciens salariés de La Rustine. Ils ne facturent aucune
réparation, ne signent aucun devis et ne manipulent pas la caisse de l’atelier. Un conseil
donné par un Rayon n’engage jamais la garantie du réseau.

# 2. Devenir Rayon
## 2.1 Conditions requises
Pour rejoindre le réseau, il faut remplir les conditions suivantes :
- être client d’un atelier La Rustine depuis au moins trois mois
- avoir au moins 16 ans, avec une autorisation parentale jusqu’à 18 ans
- posséder un vélo en bon état de marche
- signer la présente charte et l’autorisation de droit à l’image

## 2.2 Parcours d’intégration
Chaque nouveau Rayon suit une soirée d’intégration de trois heures dans son atelier de
rattachement. Il y découvre les outils, les consignes de sécurité et l’application Rayons. Un
parrain expérimenté l’accompagne ensuite lors de ses deux premières missions.

# 3. Engagements réciproques
## 3.1 Engagements du Rayon
En rejoignant le réseau, chaque Rayon s’engage à :
- assurer au moins une mission par trimestre
- prévenir son atelier au moins 48 heures à l’avance en cas d’empêchement
- respecter le code de la route et porter un casque lors des balades
- ne jamais dénigrer un concurrent ou une marque vendue en atelier

## 3.2 Engagements de La Rustine
En contrepartie, La Rustine s’engage à :
- fournir un maillot et un gilet réfléchissant aux couleurs du réseau
- couvrir chaque mission par son assurance responsabilité civile
- rembourser les trajets de plus de 15 km aller au tarif de 0,25 € par kilomètre
- proposer deux formations mécaniques gratuites par an

## 3.3 Données des participants
Les Rayons ont parfois accès aux noms et numéros de téléphone des participants. Ils ne les
conservent pas après la mission et ne les utilisent jamais à des fins personnelles. Toute
perte de données est signalée le jour même à l’adresse rayons@larustine.coop.

# 4. Manquements et départ
## 4.1 Avertissement et exclusion
Un premier manquement à la charte donne lieu à un échange avec le responsable d’atelier. En cas
de récidive, un avertissement écrit est envoyé au Rayon. Après deux avertissements sur douze
mois, le comité de pilotage peut prononcer l’exclusion, et les Maillons non utilisés sont alors
perdus.

## 4.2 Quitter le réseau
Un Rayon peut quitter le réseau à tout moment par un simple message à son atelier. Il rend le
gilet réfléchissant mais garde le maillot. Ses Maillons restent utilisables pendant six mois
après son départ.
""",
}

# --------------------------------------------------------------------------- txt, underlined
DOCS["guide_autoreparation.txt"] = {
    "format": "txt-underlined",
    "title": "Animer un atelier d’autoréparation",
    "head": [
        "LA RUSTINE — Réseau des Rayons",
        "Animer un atelier d’autoréparation : guide pratique",
        "Mise à jour d’octobre 2026",
    ],
    "body": """
# Avant la séance
## Réserver un créneau
Les ateliers d’autoréparation ont lieu le mardi de 18 h 30 à 21 h et le samedi de 9 h 30 à
12 h. Le Rayon réserve son créneau dans l’application au moins dix jours à l’avance. Chaque
séance accueille huit participants au maximum pour deux Rayons.

## Vérifier le chariot
La veille, le Rayon vérifie que le chariot d’atelier contient bien :
- les trois pieds d’atelier et leurs pinces
- le jeu de clés Allen de 2 à 10 mm
- les démonte-pneus, les rustines et la colle
- la pompe à pied avec manomètre
- les gants en nitrile et le dégraissant biodégradable

# Pendant la séance
## Déroulé d’une séance
Une séance se déroule en cinq temps :
+ accueil et diagnostic rapide de chaque vélo, 15 minutes
+ démonstration collective du geste du jour, 20 minutes
+ pratique en autonomie sur son propre vélo, 75 minutes
+ contrôle des freins par un Rayon avant le départ, 20 minutes
+ rangement et nettoyage des postes, 20 minutes

## Réparations exclues
Certaines interventions ne sont jamais faites en autoréparation : les jeux de direction, la
purge des freins hydrauliques et tout travail sur un vélo à assistance électrique. Le Rayon
oriente alors le participant vers l’accueil de l’atelier, qui établit un devis gratuit.

## Sécurité et premiers soins
La trousse de secours est rangée sous le comptoir de chaque atelier. Pour toute blessure plus
sérieuse qu’une coupure superficielle, le Rayon appelle le 15 puis le responsable d’atelier.
Chaque incident, même léger, est noté dans le registre de sécurité.

# Après la séance
## Compte rendu
Dans les cinq jours qui suivent, le Rayon saisit dans l’application :
- le nombre de participants
- la liste des réparations réalisées
- les pièces consommées et leur valeur
- ses remarques sur l’état des outils

## Pièces détachées
Les pièces de moins de 5 € sont offertes aux participants, comme les patins, les câbles ou les
chambres à air d’entrée de gamme. Au-delà, elles sont vendues au prix coûtant et réglées à
l’accueil avant la fin de la séance. Le Rayon n’encaisse jamais d’argent lui-même.
""",
}

# --------------------------------------------------------------------------- txt, bare headings
DOCS["balades_encadrees.txt"] = {
    "format": "txt-bare",
    "title": "Balades encadrées par les Rayons",
    "head": [
        "LA RUSTINE — Réseau des Rayons",
        "Balades encadrées : règles communes à tous les ateliers",
        "Document interne, édition 2026",
    ],
    "body": """
# Trois formats de sortie
La balade urbaine dure une heure trente et ne dépasse pas 12 km. La sortie découverte, le
dimanche, va jusqu’à 35 km sur des voies vertes. La balade nocturne, en hiver, fait le tour des
pistes éclairées de la ville et se termine par un chocolat chaud à l’atelier.

# Taux d’encadrement
Il faut un Rayon pour six participants, avec deux Rayons au minimum, dont l’un ferme la marche.
Au-delà de vingt-quatre participants, la balade est dédoublée en deux groupes qui partent à dix
minutes d’intervalle.

# Répartition des rôles
Sur chaque balade, les Rayons présents se partagent les rôles suivants :
- l’ouvreur, qui connaît le parcours et règle l’allure sur le participant le plus lent
- le serre-file, qui ne dépasse jamais le dernier participant
- le signaleur, qui sécurise les carrefours lorsque le groupe dépasse douze personnes

# Choix du parcours
Les parcours sont choisis dans la bibliothèque de l’application, où chaque itinéraire a été
testé par deux Rayons. Un nouveau parcours doit être validé par le responsable d’atelier au
moins un mois avant la première sortie.

# Équipement exigé des participants
Avant le départ, le Rayon vérifie que chaque participant dispose de :
- un vélo aux freins et à l’éclairage en état de marche
- un casque, obligatoire pour les mineurs et fortement conseillé pour les adultes
- une chambre à air à la taille de ses roues
- une gourde remplie

# Météo
La balade est annulée en cas de vigilance orange pour vent, orage ou verglas. Le Rayon prévient
les inscrits par SMS au plus tard deux heures avant le départ. Une simple pluie n’annule pas la
sortie.

# Sorties en famille
Pour les sorties ouvertes aux enfants, trois règles s’ajoutent :
- les enfants de moins de 10 ans roulent accompagnés d’un adulte inscrit
- le parcours ne dépasse pas 8 km et reste sur des pistes séparées de la route
- une pause d’au moins quinze minutes est prévue à mi-parcours

# Incident mécanique
En cas de crevaison, le groupe s’arrête dans un endroit sûr et le Rayon de queue répare avec le
participant. Si la réparation dépasse vingt minutes, le participant est raccompagné et le
groupe repart. L’atelier rembourse au Rayon les pièces utilisées sur présentation du ticket.

# Maillons gagnés
Chaque balade encadrée rapporte 30 Maillons au Rayon, et 50 Maillons pour une sortie
découverte. Les balades nocturnes comptent double.
""",
}

# --------------------------------------------------------------------------- markdown
DOCS["maillons_et_niveaux.md"] = {
    "format": "md",
    "title": "Maillons, niveaux et récompenses des Rayons",
    "head": ["Barème en vigueur au 1er janvier 2026"],
    "body": """
# Comment gagner des Maillons
Chaque mission validée dans l’application crédite des Maillons selon le barème suivant :
| Mission | Maillons | Plafond annuel |
| Coanimation d’un atelier d’autoréparation | 40 | 800 |
| Balade urbaine encadrée | 30 | 600 |
| Stand en entreprise, demi-journée | 60 | 720 |
| Présentation d’un vélo d’essai | 20 | 400 |
| Avis client publié et vérifié | 10 | 50 |
| Filleul ayant fait un premier achat | 100 | 1 000 |

Les Maillons sont crédités une fois le compte rendu validé par le responsable d’atelier, en
général sous huit jours. Une mission annulée par le Rayon moins de 48 heures avant ne rapporte
rien.

# Niveaux
## Les quatre niveaux
Le niveau dépend du total de Maillons gagnés sur l’année civile :
| Niveau | Seuil annuel | Remise en atelier |
| Pignon | 0 | 5 % |
| Plateau | 400 | 10 % |
| Braquet | 1 000 | 15 % |
| Échappée | 2 000 | 20 % |

Le niveau atteint est conservé jusqu’au 31 décembre de l’année suivante. La remise s’applique
aux pièces et à la main-d’œuvre, mais pas aux vélos neufs.

## Passage de niveau
Le passage au niveau supérieur est automatique dès que le seuil est atteint. Le Rayon reçoit
alors une notification et un badge à coudre sur son maillot. Aucun niveau n’est retiré en cours
d’année.

# Catalogue des récompenses
## Récompenses disponibles
| Récompense | Coût en Maillons | Niveau requis |
| Révision complète offerte | 300 | Pignon |
| Sacoche étanche La Rustine | 450 | Plateau |
| Stage de mécanique avancée | 800 | Braquet |
| Week-end vélo sur la Loire à Vélo | 1 800 | Échappée |

## Règles d’utilisation
Pour utiliser ses Maillons, quelques règles s’appliquent :
- les récompenses se commandent depuis l’application, rubrique « Boutique »
- une récompense ne peut être ni échangée ni convertie en argent
- les Maillons peuvent être donnés à un autre Rayon, dans la limite de 200 par an
- la révision offerte est réalisée sur rendez-vous dans l’atelier de rattachement

# Durée de validité
Les Maillons expirent vingt-quatre mois après la date de la mission qui les a fait gagner. Un
rappel est envoyé par courriel un mois avant l’expiration. Les Maillons expirés ne sont jamais
recrédités.
""",
}

DOCS["faq_rayons.md"] = {
    "format": "md",
    "title": "Questions fréquentes des Rayons",
    "head": ["Dernière mise à jour : novembre 2026"],
    "body": """
# Inscription et statut
## Peut-on être Rayon dans deux ateliers à la fois ?
Oui, mais un seul atelier est l’atelier de rattachement, celui qui valide les comptes rendus et
où se fait la révision offerte. Les missions dans un second atelier sont acceptées si son
responsable les a confirmées dans l’application.

## Je travaille chez un vélociste concurrent, puis-je devenir Rayon ?
Non. Pour éviter tout conflit d’intérêts, les salariés d’un autre magasin ou atelier de cycles
ne peuvent pas devenir Rayons. Cette règle ne s’applique pas aux bénévoles d’associations
d’autoréparation.

## Comment changer d’atelier de rattachement ?
En cas de déménagement ou de changement de travail, procédez ainsi :
+ prévenez votre responsable d’atelier actuel par message
+ choisissez le nouvel atelier dans votre profil de l’application
+ attendez la validation du référent Rayons du nouvel atelier, sous une semaine

# Missions au quotidien
## Que faire si personne ne vient à mon atelier ?
Attendez trente minutes après l’heure de début, puis signalez la séance comme « sans
participant » dans l’application. Elle rapporte tout de même 20 Maillons. Profitez-en pour
ranger le chariot ou préparer la séance suivante.

## Puis-je amener mon enfant sur un stand en entreprise ?
Les stands en entreprise se tiennent sur le lieu de travail des salariés et l’accès est
contrôlé par l’entreprise. Les enfants n’y sont donc pas admis, même accompagnés. Ils restent
en revanche les bienvenus aux balades en famille.

## Qui contacter selon le sujet ?
Selon la question, le bon interlocuteur n’est pas le même :
| Sujet | Contact | Délai de réponse |
| Planning et missions | Responsable d’atelier | 48 heures |
| Maillons et récompenses | rayons@larustine.coop | 5 jours ouvrés |
| Application | support-appli@larustine.coop | 3 jours ouvrés |
| Accident ou sinistre | Assurance, via le responsable d’atelier | Le jour même |

# Avantages
## La remise Rayon s’applique-t-elle aux vélos neufs ?
Non, la remise liée au niveau ne concerne que les pièces, les accessoires et la main-d’œuvre.
Sur les vélos neufs, les Rayons bénéficient seulement de l’offre de reprise de leur ancien vélo,
comme tous les clients.

## Mes frais de transport sont-ils pris en charge ?
Les trajets de plus de 15 km aller sont remboursés sur note de frais. Pour les trajets plus
courts, l’atelier prête un vélo si le vôtre est en réparation. Les tickets de tram ou de bus ne
sont pas remboursés.
""",
}

# --------------------------------------------------------------------------- html
DOCS["bienvenue_rayons.html"] = {
    "format": "html",
    "title": "Bienvenue dans le réseau des Rayons",
    "head": ["Page mise à jour le 2 novembre 2026"],
    "body": """
# Vos premiers pas
## La soirée d’intégration
La soirée d’intégration a lieu le premier jeudi de chaque mois dans tous les ateliers, de 19 h à
22 h. Le repas est offert. Si vous ne pouvez pas venir, vous pouvez rattraper la soirée dans un
autre atelier du réseau le même mois.

## Activer son compte
Pour accéder à l’application Rayons, suivez ces étapes :
+ ouvrez le lien d’invitation reçu par courriel après la soirée d’intégration
+ choisissez un mot de passe d’au moins douze caractères
+ renseignez votre taille de maillot et votre atelier de rattachement
+ acceptez la charte et l’autorisation de droit à l’image

## Ce que vous recevez
Lors de la soirée d’intégration, chaque nouveau Rayon reçoit :
- un maillot technique et un gilet réfléchissant
- une carte Rayon nominative, à présenter pour la remise en atelier
- un multi-outil de poche gravé au nom du réseau
- 100 Maillons de bienvenue

# Nos ateliers
## Ateliers et référents
Chaque atelier a un référent Rayons, joignable pour toutes les questions de planning :
| Atelier | Ville | Référent Rayons | Jour de fermeture |
| Atelier de l’Île | Nantes | Morgane Le Goff | Lundi |
| Atelier Doulon | Nantes | Yanis Bertaud | Dimanche |
| Atelier de la Doutre | Angers | Claire Vasseur | Lundi |
| Atelier du Port | Saint-Nazaire | Hugo Tessier | Mercredi |
| Atelier Jacobins | Le Mans | Inès Marchal | Lundi |

## Horaires d’ouverture
Les ateliers ouvrent du mardi au samedi de 10 h à 19 h, sans interruption. Le samedi, l’atelier
d’autoréparation occupe la moitié de l’espace jusqu’à midi. Pendant les vacances d’août, chaque
atelier ferme deux semaines selon un planning affiché à l’accueil.

# Communauté
## Les rendez-vous des Rayons
Plusieurs temps forts rythment l’année :
| Rendez-vous | Période | Lieu |
| Soirée de rentrée | Septembre | Atelier de l’Île, Nantes |
| Mai à vélo | Tout le mois de mai | Tous les ateliers |
| Grande balade des Rayons | Juin | Entre Angers et Saumur |
| Assemblée des Rayons | Décembre | Atelier Jacobins, Le Mans |

## Le groupe de discussion
Les Rayons échangent sur un groupe de discussion privé, animé par l’équipe communauté. On y
partage les créneaux à remplacer, les bons plans et les photos de balades. Les questions de
Maillons n’y sont pas traitées : écrivez plutôt à l’équipe par courriel.
""",
}

DOCS["donnees_personnelles.html"] = {
    "format": "html",
    "title": "Notice d’information sur les données personnelles des Rayons",
    "head": ["Version du 15 septembre 2026"],
    "body": """
# Responsable du traitement
La Rustine SCOP SA, 4 quai des Antilles, 44200 Nantes, est responsable des traitements décrits
dans cette notice. Son délégué à la protection des données peut être joint à l’adresse
dpo@larustine.coop.

# Données collectées
## Catégories de données
Dans le cadre du programme, La Rustine traite les données suivantes :
- l’identité et les coordonnées du Rayon
- la taille de maillot et l’atelier de rattachement
- l’historique des missions, des Maillons et des récompenses
- les photos prises pendant les événements, avec l’accord de la personne

## Géolocalisation
Pendant une balade, l’application peut enregistrer la trace GPS du Rayon qui ferme la marche,
afin de retrouver un groupe en cas de problème. Cette fonction est désactivée par défaut et ne
s’active que pendant la durée de la balade. La trace est effacée sept jours après la sortie.

# Durées de conservation
## Tableau des durées
| Donnée | Durée de conservation | Base légale |
| Compte Rayon | Durée de la participation plus 3 ans | Contrat |
| Comptes rendus de mission | 5 ans | Intérêt légitime |
| Photos d’événements | 2 ans | Consentement |
| Notes de frais | 10 ans | Obligation légale |
| Traces GPS | 7 jours | Intérêt légitime |

Au terme de ces durées, les données sont supprimées ou rendues anonymes à des fins
statistiques. Les comptes inactifs depuis deux ans reçoivent un courriel avant leur
suppression.

# Destinataires
## Qui voit vos données
Vos données sont accessibles aux seuls destinataires suivants :
- les responsables et référents de votre atelier de rattachement
- l’équipe communauté du siège
- l’assureur du réseau, en cas de sinistre
- le prestataire qui héberge l’application, en France

## Protection des données
Pour protéger vos données, La Rustine applique les mesures suivantes :
- l’application chiffre les échanges et les mots de passe
- chaque référent n’accède qu’aux Rayons de son atelier
- les comptes des responsables sont protégés par une double authentification

# Vos droits
## Exercer vos droits
Vous pouvez demander l’accès, la rectification ou l’effacement de vos données, ainsi que la
limitation du traitement. Écrivez au délégué à la protection des données en joignant un
justificatif d’identité. Une réponse vous est apportée dans un délai d’un mois.

## Réclamation
Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation
auprès de la CNIL. Nous vous invitons toutefois à contacter d’abord notre délégué.
""",
}

# --------------------------------------------------------------------------- docx
DOCS["kit_evenements_entreprise.docx"] = {
    "format": "docx",
    "title": "Kit des événements vélo en entreprise",
    "head": ["À l’usage des Rayons qui tiennent un stand chez un client entreprise"],
    "body": """
# Le principe
## Pourquoi aller en entreprise
De plus en plus d’employeurs versent le forfait mobilités durables et cherchent à encourager le
vélo domicile-travail. La Rustine leur propose des stands de contrôle et de conseil animés par
des mécaniciens et des Rayons. Ces événements sont facturés à l’entreprise, jamais aux
salariés.

## Formats proposés
L’entreprise choisit l’un des formats suivants :
| Format | Durée | Rayons présents | Vélos contrôlés |
| Pause vélo | 2 heures | 1 | 15 environ |
| Demi-journée atelier | 4 heures | 2 | 30 environ |
| Journée mobilité | 7 heures | 3 | 60 environ |
| Conférence et stand | 3 heures | 2 | 20 environ |

Le mécanicien salarié est présent sur tous les formats et reste seul habilité à régler les
freins et les dérailleurs.

# Préparer le stand
## Matériel à emporter
Le Rayon récupère la caisse « Entreprise » la veille à l’atelier. Elle contient :
- deux pieds d’atelier pliants
- une banderole et un kakémono La Rustine
- cinquante bons de réduction de 10 % valables un mois
- les fiches conseils sur l’entretien et l’antivol

## Messages à faire passer
Pendant les échanges avec les salariés, le Rayon met en avant quatre messages :
- un vélo bien entretenu coûte moins cher qu’un abonnement de transport
- le forfait mobilités durables de l’employeur peut financer les réparations
- les ateliers d’autoréparation permettent d’apprendre à entretenir soi-même son vélo
- le marquage antivol est proposé dans tous les ateliers

## Le jour J
Sur place, le Rayon procède dans l’ordre suivant :
+ se présenter à l’accueil avec sa carte Rayon
+ installer le stand à l’emplacement convenu avec le contact de l’entreprise
+ afficher le planning des passages s’il y a des rendez-vous
+ faire signer la feuille de présence au contact avant de partir

# Après l’événement
## Retour d’expérience
Le Rayon remplit le formulaire « Bilan entreprise » dans l’application sous trois jours. Il y
indique le nombre de vélos vus, les questions les plus fréquentes et les demandes de devis. Ces
informations servent à proposer un second événement à l’entreprise.

## Gestion des demandes de devis
Le Rayon ne donne aucun prix de réparation sur le stand. Il note le nom et le numéro du salarié
sur la fiche de contact et l’atelier le rappelle sous deux jours ouvrés.
""",
}

DOCS["pret_velos_essai.docx"] = {
    "format": "docx",
    "title": "Prêt de vélos d’essai aux Rayons",
    "head": ["Procédure applicable dans les onze ateliers depuis mars 2026"],
    "body": """
# Objet
## Pourquoi prêter des vélos aux Rayons
Beaucoup de clients hésitent à acheter un vélo à assistance électrique ou un vélo cargo sans
l’avoir essayé dans leur vie quotidienne. Les Rayons peuvent emprunter un vélo d’essai pour le
présenter à leur entourage, sur leur trajet ou lors d’un événement.

# Conditions du prêt
## Qui peut emprunter
Le prêt est ouvert aux Rayons qui remplissent les conditions suivantes :
- avoir atteint au moins le niveau Plateau
- avoir réalisé au moins trois missions dans les six derniers mois
- présenter une attestation d’assurance habitation en cours de validité

## Modèles et durées
| Modèle | Durée maximale | Caution |
| Vélo à assistance électrique urbain | 7 jours | 300 € |
| Vélo cargo biporteur | 5 jours | 500 € |
| Vélo pliant électrique | 10 jours | 250 € |
| Vélo cargo longtail | 5 jours | 400 € |

La caution est une empreinte de carte bancaire, qui n’est pas débitée si le vélo revient en bon
état. Un même Rayon ne peut pas emprunter plus de quatre fois par an.

# Déroulement
## Retrait et retour
Pour emprunter un vélo, le Rayon suit ces étapes :
+ réserver le modèle dans l’application au moins une semaine à l’avance
+ signer le contrat de prêt à l’atelier le jour du retrait
+ faire l’état des lieux photographique avec le mécanicien
+ rendre le vélo nettoyé et la batterie chargée à au moins 50 %

## En cas de vol ou de dommage
En cas de vol, le Rayon dépose plainte sous vingt-quatre heures et transmet le récépissé à
l’atelier. Une franchise de 150 € reste à sa charge si le vélo n’était pas attaché à un point
fixe avec l’antivol fourni. Les dommages dus à l’usure normale ne sont jamais facturés.

# Présenter le vélo
## Conseils de présentation
Proposez l’essai sur un parcours plat et sans circulation, en commençant par le niveau
d’assistance le plus faible. Chaque personne qui essaie le vélo remplit le court formulaire
d’essai. Chaque présentation validée rapporte 20 Maillons au Rayon.
""",
}

# --------------------------------------------------------------------------- pdf
DOCS["plan_programme_2027.pdf"] = {
    "format": "pdf",
    "outline": True,
    "title": "Plan d’action 2027 du réseau des Rayons",
    "head": ["Adopté par le comité de pilotage du 24 novembre 2026."],
    "page_breaks": ["Bilan 2026", "Objectifs pour 2027", "Budget 2027", "Calendrier 2027"],
    "body": """
# Éditorial
Trois ans après son lancement, le réseau des Rayons compte plus de deux cents bénévoles et
s’est imposé comme la meilleure porte d’entrée vers nos ateliers. En 2027, nous voulons
ouvrir le réseau à de nouveaux profils et mieux reconnaître l’engagement de chacun.

Ce plan a été construit avec une cinquantaine de Rayons lors de l’assemblée de décembre 2025 et
des ateliers de réflexion du printemps.

Julien Moreau, directeur général de La Rustine

# Bilan 2026
## Indicateurs de l’année
Les résultats de l’année 2026 se résument ainsi :
| Indicateur | 2025 | 2026 |
| Rayons actifs | 148 | 212 |
| Ateliers d’autoréparation coanimés | 420 | 575 |
| Balades encadrées | 96 | 143 |
| Événements en entreprise | 31 | 58 |
| Filleuls devenus clients | 310 | 468 |

## Réussites
L’année écoulée a été marquée par trois réussites :
- le lancement des balades nocturnes d’hiver à Nantes et Angers
- le prêt de vélos cargo, réservé plus de cent fois
- la soirée d’intégration mensuelle, suivie par 94 % des nouveaux Rayons

## Difficultés rencontrées
L’atelier du Port à Saint-Nazaire n’a compté que six Rayons actifs, ce qui a obligé à annuler
onze séances d’autoréparation. Par ailleurs, près d’un compte rendu sur quatre a été saisi après
le délai de cinq jours.

# Objectifs pour 2027
## Cibles chiffrées
Le comité de pilotage a retenu les cibles suivantes :
| Objectif | Indicateur | Cible 2027 |
| Agrandir le réseau | Rayons actifs | 280 |
| Animer davantage | Séances et balades | 900 |
| Conquérir des clients | Filleuls devenus clients | 650 |
| Équilibrer les ateliers | Rayons par atelier | 15 au minimum |
| Suivre à temps | Comptes rendus dans les délais | 90 % |

Les cibles sont revues chaque trimestre par le comité de pilotage. Un atelier en retard à la
fin du premier semestre présente un plan de rattrapage à la réunion de juillet.

## Nouveaux publics
Le réseau souhaite s’ouvrir à de nouveaux profils en 2027 :
- les étudiants, grâce à un partenariat avec deux universités
- les femmes, encore minoritaires avec 31 % des Rayons
- les habitants des communes périurbaines, moins bien desservies par les pistes
- les retraités disponibles en semaine

## Risques identifiés
Le comité de pilotage surveillera particulièrement les risques suivants :
- l’essoufflement des Rayons les plus actifs, qui assurent un tiers des missions
- le retard de livraison de la nouvelle application
- la hausse du coût des pièces, qui renchérit les révisions offertes

# Budget 2027
## Répartition par poste
Le budget du programme s’élève à 118 000 € pour 2027, répartis comme suit :
| Poste | Montant | Part du total |
| Récompenses et révisions offertes | 46 000 € | 39 % |
| Équipement des Rayons | 21 000 € | 18 % |
| Formations mécaniques | 17 000 € | 14 % |
| Frais de déplacement | 12 000 € | 10 % |
| Application et outils | 14 000 € | 12 % |
| Événements communautaires | 8 000 € | 7 % |

Ce budget est en hausse de 22 % par rapport à 2026. Il est financé pour moitié par les marges
des ateliers et pour moitié par les événements facturés aux entreprises.

## Dépenses nouvelles
Deux dépenses apparaissent pour la première fois dans le budget. La première est une flotte de
huit vélos cargo supplémentaires pour le prêt aux Rayons. La seconde est l’indemnisation des
Rayons formateurs qui animent les soirées d’intégration.

# Calendrier 2027
## Grandes étapes
| Période | Étape | Pilote |
| Janvier | Nouvelle version de l’application | Équipe produit |
| Mars | Lancement du partenariat étudiant | Équipe communauté |
| Mai | Mai à vélo dans les onze ateliers | Responsables d’atelier |
| Septembre | Ouverture d’un douzième atelier à Tours | Direction du réseau |
| Décembre | Assemblée annuelle des Rayons | Équipe communauté |

## Suivi du plan
L’équipe communauté publie un point d’étape trimestriel dans la lettre des Rayons. Le bilan
complet du plan sera présenté lors de l’assemblée annuelle de décembre 2027.
""",
}

DOCS["offre_parrainage.pdf"] = {
    "format": "pdf",
    "outline": False,
    "title": "Parrainage : faites découvrir La Rustine",
    "head": ["Offre valable du 1er janvier au 31 décembre 2026."],
    "body": """
# Le principe
Chaque Rayon dispose d’un code de parrainage personnel, visible dans l’application. Il le
transmet à ses proches, qui le présentent lors de leur premier passage en atelier.

# Qui peut être parrainé ?
Peut être parrainée toute personne qui remplit les conditions suivantes :
- ne jamais avoir été cliente d’un atelier La Rustine
- être âgée d’au moins 16 ans
- effectuer un premier achat ou une première réparation d’au moins 40 €

# Ce que chacun reçoit
## Récompenses selon le premier achat
| Premier achat du filleul | Le filleul reçoit | Le parrain reçoit |
| Réparation de 40 à 149 € | Un antivol en U | 100 Maillons |
| Réparation ou pièces dès 150 € | 15 € de remise | 150 Maillons |
| Vélo d’occasion reconditionné | Une révision à six mois | 250 Maillons |
| Vélo neuf | Un casque au choix | 400 Maillons |

Les récompenses du parrain sont créditées trente jours après l’achat, une fois passé le délai de
rétractation. Un même parrain peut parrainer vingt personnes au plus par année civile.

## Cas particuliers
Un filleul déjà inscrit à la lettre d’information reste parrainable s’il n’a jamais rien acheté.
En revanche, les membres du foyer du parrain ne peuvent pas être parrainés.

# Suivi des parrainages
L’application affiche, pour chaque code, le nombre de filleuls et le statut de leurs achats. En
cas d’oubli du code lors du passage en atelier, le filleul dispose de quinze jours pour le faire
ajouter par l’accueil.
""",
}

# --------------------------------------------------------------------------- English
DOCS["brand_guidelines.md"] = {
    "format": "md",
    "lang": "en",
    "title": "La Rustine brand guidelines for ambassadors",
    "head": ["Prepared by Northbound Studio, version 1.2, June 2026"],
    "body": """
# Voice and tone
## How we sound
La Rustine sounds like a friendly mechanic explaining a repair over the counter. We use plain
words, short sentences and a touch of humour. We never talk down to beginners.

## Words to use and avoid
When writing about the network, ambassadors follow these word choices:
- say "workshop", never "shop" or "store"
- say "second-hand bike", never "cheap bike"
- use the French name "Rayons" for ambassadors, even in English posts
- avoid technical jargon unless you explain it in the same sentence

# Visual identity
## Colours
| Colour | Hex code | Use |
| Chain Orange | #E8601C | Logo, buttons and headlines |
| Loire Blue | #1F4E79 | Backgrounds and body text |
| Tyre Black | #222222 | Icons and outlines |
| Chalk White | #F7F5F0 | Page background |

## Logo
The logo must keep a clear space equal to the height of the letter R on every side. Never
stretch it, recolour it or place it on a busy photo. On dark backgrounds, use the white version
supplied in the brand kit.

## Photos
Good photos of the network share a few features:
- real people at work on real bikes, never stock images
- natural light, ideally outdoors or near the workshop door
- hands, tools and parts in the frame rather than posed smiles

# Social media
## Posting rules
Before posting about La Rustine on social media, check that:
- every person in the photo has agreed to appear
- the post carries the hashtag #RayonsLaRustine
- no price or discount is promised that the workshop has not confirmed
- children's faces are blurred or not shown

## Post formats
| Format | Recommended size | Frequency |
| Instagram feed | 1080 x 1350 px | Twice a month |
| Instagram story | 1080 x 1920 px | After each event |
| LinkedIn post | 1200 x 627 px | Once a month |

Stories are the easiest way to show a workshop in action. Keep them short, with no more than
five frames per event.
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
        elif ln.startswith(("# ", "## ")):
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
            if len({len(r) for r in rows}) != 1:
                raise SystemExit(f"ragged table: {rows[0]}")
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


def item_texts(items, lang="fr"):
    """List items as printed: ' ;' (French) or ';' (English) after each item, '.' after the last."""
    sep = " ;" if lang == "fr" else ";"
    return [t + (sep if k < len(items) - 1 else ".") for k, t in enumerate(items)]


DOCS["insurance_summary.html"] = {
    "format": "html",
    "lang": "en",
    "title": "Insurance cover for Rayons: summary",
    "head": ["Summary of the network policy with Mutuelle des Cyclistes de l’Ouest, 2026"],
    "body": """
# What the policy covers
## Scope
The network policy protects Rayons while they carry out a mission registered in the app, from
the announced start time to the end of the mission. A mission that was not registered
beforehand is not covered, even if it took place in a La Rustine workshop.

## Covered risks
| Risk | Ceiling per claim | Excess paid by the Rayon |
| Injury caused to a participant | 2 000 000 € | None |
| Damage to a participant’s bike | 3 000 € | 50 € |
| Loss of or damage to workshop tools | 1 500 € | None |
| Bodily injury to the Rayon | 50 000 € | None |

Claims above these ceilings are handled case by case by the insurer. The Rayon’s own bike is
not covered by the network policy.

# Exclusions
## What is not covered
The policy does not apply in the following situations:
- a Rayon riding under the influence of alcohol or drugs
- repairs carried out for payment, outside the rules of the charter
- competitions and timed rides
- missions abroad, including rides that cross into another country

# Making a claim
## Steps to follow
To report an incident, the Rayon proceeds as follows:
+ make sure everyone is safe and call emergency services if needed
+ tell the workshop manager on the same day
+ fill in the incident form in the app within 48 hours
+ keep photos, receipts and witness contact details

## Follow-up
The workshop manager forwards the file to the insurer within five working days. The Rayon
receives a claim number by email and can follow the progress with the community team.
""",
}
