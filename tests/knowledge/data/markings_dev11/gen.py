#!/usr/bin/env python3
"""Generate the markings_dev11 set (stdlib only)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

CLIENTS = [
 dict(P="DER", co="Vélocité Coursiers", co_de="de Vélocité Coursiers", sector="bicycle couriers", city="Lille",
  prog="Cercle Dérailleur", prog_du="du Cercle Dérailleur", prog_le="le Cercle Dérailleur",
  A="Dérailleurs", As="Dérailleur", Af="Dérailleuses", Afs="Dérailleuse",
  hello="Chères Dérailleuses, chers Dérailleurs",
  sub1="Comité des commerçants", sub1_du="du Comité des commerçants", sub1_le="le Comité des commerçants", sub1_aux="au Comité des commerçants",
  sub2="Référents entreprises", sub2_le="les Référents entreprises", sub2_aux="aux Référents entreprises",
  sub1_en="Merchants' Committee", sub2_en="Corporate Referents",
  cm="Inès Faucheux", ceo="Marc-Olivier Brégand", legal="Sophie Lemaître", dpo="Nadir Chaouch", staff2="Jules Vanhove",
  staff="l'équipe dispatch", staff_en="dispatch team",
  partners="restaurants partenaires", partners_en="partner restaurants", partner_co="Bistrot Lumen",
  post="à l'accueil du dépôt rue Solférino", post_en="at the depot front desk",
  topic="l'ouverture des nouvelles zones de livraison", topic_de="de l'ouverture des nouvelles zones de livraison", topic_en="the new delivery zones",
  news="Nos coursiers livrent désormais Roubaix et Tourcoing", news_en="our riders now deliver to Roubaix and Tourcoing",
  tag="VelociteLille", event="le Brunch du dépôt", event_a="au Brunch du dépôt", event_de="du Brunch du dépôt", event_en="the Depot Brunch",
  prod="livraisons à vélo", prod_en="bike deliveries", unit="course", year0="2022",
  people="Anaïs Collet (traiteur), Bruno Deltour (fleuriste), Mehdi Saïdi (librairie)"),
 dict(P="GIV", co="Glaces Aurèle", co_de="de Glaces Aurèle", sector="artisanal ice-cream makers", city="Nantes",
  prog="Club des Givrés", prog_du="du Club des Givrés", prog_le="le Club des Givrés",
  A="Givrés", As="Givré", Af="Givrées", Afs="Givrée", hello="Chères Givrées, chers Givrés",
  sub1="Jury des parfums", sub1_du="du Jury des parfums", sub1_le="le Jury des parfums", sub1_aux="au Jury des parfums",
  sub2="Cercle des premières cuillères", sub2_le="le Cercle des premières cuillères", sub2_aux="au Cercle des premières cuillères",
  sub1_en="Flavour Jury", sub2_en="First Spoon Circle",
  cm="Louane Berthier", ceo="Aurèle Pagnon", legal="Maître Gaëlle Morvan", dpo="Simon Quéré", staff2="Chloé Bouvier",
  staff="l'équipe boutique", staff_en="shop team",
  partners="producteurs de fruits partenaires", partners_en="partner fruit growers", partner_co="Vergers de Saint-Gildas",
  post="en boutique, près de la vitrine", post_en="in our shops",
  topic="la hausse du prix du cornet", topic_de="de la hausse du prix du cornet", topic_en="the price rise on cones",
  news="Le sorbet basilic-citron revient cet été", news_en="basil-lemon sorbet is back this summer",
  tag="GivresNantes", event="la Nuit du sorbet", event_a="à la Nuit du sorbet", event_de="de la Nuit du sorbet", event_en="Sorbet Night",
  prod="sorbets de saison", prod_en="seasonal sorbets", unit="parfum", year0="2021",
  people="Léa Morin, Paul-Henri Josse, Yasmina Aït-Ali"),
 dict(P="PHX", co="Rebond Mobile", co_de="de Rebond Mobile", sector="refurbished-phone sellers", city="Bordeaux",
  prog="Programme Phénix", prog_du="du Programme Phénix", prog_le="le Programme Phénix",
  A="Phénix", As="Phénix", Af="Phénix", Afs="Phénix", hello="Chers Phénix",
  sub1="Panel Pro", sub1_du="du Panel Pro", sub1_le="le Panel Pro", sub1_aux="au Panel Pro",
  sub2="Testeurs bêta", sub2_le="les Testeurs bêta", sub2_aux="aux Testeurs bêta",
  sub1_en="Pro Panel", sub2_en="Beta Testers",
  cm="Karim Oudjani", ceo="Hélène Vasseur", legal="Damien Roux", dpo="Théo Rambert", staff2="Sarah Lenoir",
  staff="l'équipe atelier", staff_en="workshop team",
  partners="ateliers de réparation partenaires", partners_en="partner repair shops", partner_co="Atelier Fixo",
  post="en magasin, à côté de la caisse", post_en="in store, next to the till",
  topic="la nouvelle garantie 24 mois", topic_de="de la nouvelle garantie 24 mois", topic_en="the new 24-month warranty",
  news="Tous nos smartphones sont désormais garantis 24 mois", news_en="every phone now comes with a 24-month warranty",
  tag="RebondPhenix", event="l'Atelier réparation ouvert", event_a="à l'Atelier réparation ouvert", event_de="de l'Atelier réparation ouvert", event_en="the Open Repair Workshop",
  prod="smartphones reconditionnés", prod_en="refurbished phones", unit="modèle", year0="2023",
  people="Victor Guéry, Amandine Puech, Olivier N'Diaye"),
 dict(P="GLA", co="Champ Court", co_de="de Champ Court", sector="farm-to-table grocers", city="Rennes",
  prog="Champ Libre", prog_du="du programme Champ Libre", prog_le="le programme Champ Libre",
  A="Glaneurs", As="Glaneur", Af="Glaneuses", Afs="Glaneuse", hello="Chères Glaneuses, chers Glaneurs",
  sub1="Comité des producteurs", sub1_du="du Comité des producteurs", sub1_le="le Comité des producteurs", sub1_aux="au Comité des producteurs",
  sub2="Hôtes de points relais", sub2_le="les Hôtes de points relais", sub2_aux="aux Hôtes de points relais",
  sub1_en="Producers' Committee", sub2_en="Pickup-Point Hosts",
  cm="Maëlys Garnier", ceo="Yann Le Bihan", legal="Armelle Cosquer", dpo="Lucas Perrin", staff2="Nolwenn Riou",
  staff="l'équipe magasin", staff_en="store team",
  partners="fermes partenaires", partners_en="partner farms", partner_co="Ferme des Trois Chênes",
  post="en épicerie, sur le tableau à l'entrée", post_en="on the board by the shop entrance",
  topic="le changement de jour de retrait des paniers", topic_de="du changement de jour de retrait des paniers", topic_en="the new basket pick-up day",
  news="Les paniers se retirent désormais le jeudi", news_en="baskets are now picked up on Thursdays",
  tag="ChampCourt", event="la Fête des moissons", event_a="à la Fête des moissons", event_de="de la Fête des moissons", event_en="the Harvest Party",
  prod="paniers de saison", prod_en="seasonal baskets", unit="panier", year0="2020",
  people="Odile Hamon, Thibault Gicquel, Fatou Diallo"),
 dict(P="NOR", co="École de voile Noroît", co_de="de l'École de voile Noroît", sector="sailing schools", city="Brest",
  prog="Bordée Noroît", prog_du="de la Bordée Noroît", prog_le="la Bordée Noroît",
  A="Matelots", As="Matelot", Af="Matelots", Afs="Matelot", hello="Chers Matelots",
  sub1="Conseil des skippers", sub1_du="du Conseil des skippers", sub1_le="le Conseil des skippers", sub1_aux="au Conseil des skippers",
  sub2="Chefs de bord bénévoles", sub2_le="les Chefs de bord bénévoles", sub2_aux="aux Chefs de bord bénévoles",
  sub1_en="Skippers' Council", sub2_en="Volunteer Watch Leaders",
  cm="Gwenola Tanguy", ceo="Erwan Kerhervé", legal="Corinne Abgrall", dpo="Pierre-Yves Le Gall", staff2="Tom Quillévéré",
  staff="les moniteurs", staff_en="instructors",
  partners="clubs nautiques partenaires", partners_en="partner sailing clubs", partner_co="Club nautique de l'Aber",
  post="au club-house, sur le panneau d'affichage", post_en="on the club-house noticeboard",
  topic="le nouveau calendrier des stages", topic_de="du nouveau calendrier des stages", topic_en="the new course calendar",
  news="Les stages de croisière commencent dès avril", news_en="cruising courses now start in April",
  tag="BordeeNoroit", event="la Régate de fin de saison", event_a="à la Régate de fin de saison", event_de="de la Régate de fin de saison", event_en="the End-of-Season Regatta",
  prod="stages de croisière", prod_en="cruising courses", unit="stage", year0="2019",
  people="Annick Le Roux, Baptiste Morvan, Elsa Quéméner"),
]

# ---------------------------------------------------------------- public
PUB_FR = [
 ("# Invitation — {event}\n\n{hello},\nvous êtes toutes et tous conviés {event_a}, le samedi 14 juin à {city}. Venez avec vos questions et vos idées, on s'occupe du reste !",
  "invitation addressed to every ambassador"),
 ("{prog} · Kit à partager avec vos proches\n\nCe kit contient trois visuels, deux textes courts et votre code de parrainage. Il est fait pour circuler : copiez, collez, envoyez à qui vous voulez.",
  "share kit meant to be forwarded: readable by all"),
 ("📣 Post à relayer — {prog}\n\n{news} ! Le texte ci-dessous est prêt à l'emploi : relayez-le sur vos réseaux avec #{tag}. Merci à toute la communauté.",
  "post to relay publicly, audience said by purpose"),
 ("AFFICHE — à afficher {post}\n\nVous aimez {co} ? Devenez {As} ! Demandez le programme {prog} à notre équipe.",
  "poster for public display: everyone may read"),
 ("Lettre d'information {prog_du} — n° 14\n\nSommaire : 1. Édito de {cm} · 2. {news} · 3. Zoom sur {sub1_le} · 4. Agenda de l'été\n\nCette lettre est envoyée à l'ensemble des {A} ; faites-la suivre sans hésiter.",
  "newsletter to all ambassadors, said after TOC; subgroup only a topic"),
 ("Compte rendu public — séance {sub1_du} du 3 mars\n\n{Sub1_le} s'est réuni pour la troisième fois autour {topic_de}. Comme promis, ce compte rendu est ouvert à tous les {A} du programme.",
  "subgroup is the subject, readership is all ambassadors"),
 ("Appel ouvert à tous les {A} : {sub2_le} recrutent / recrute !\n\nVous aimeriez donner un peu plus de votre temps ? Aucune condition de niveau : chaque membre {prog_du} peut postuler avant le 30 avril.",
  "open call to all ambassadors about a subgroup"),
 ("FAQ {prog_du} — version 2.3\n\nJournal des modifications : la v2.3 ajoute une question sur {topic}.\nDocument public : cette FAQ peut être lue par tous les {A} et partagée librement.",
  "explicitly public after a changelog line"),
 ("Règlement {prog_du} — édition 2027\n\nCe règlement fixe les contributions possibles, le barème de points, les niveaux, le rôle {sub1_du} et la façon dont nous protégeons vos données personnelles. Chaque {As} le reçoit à son inscription.",
  "rules sent to every ambassador; 'données' and subgroup are topics"),
 ("Diffusion : tous les {A}\nObjet : les sollicitations du trimestre\n\nVoici les trois temps forts à venir, avec pour chacun le nombre de volontaires recherchés.",
  "explicit distribution to all ambassadors"),
 ("{prog} · boîte à outils\nMessage type à glisser dans vos conversations pour présenter {co} à un ami\n\n« Salut ! Je voulais te parler {co_de}, à {city}… »",
  "toolbox text for ambassadors to pass on: public by purpose"),
 ("Les {A} à l'honneur : portraits de la saison\n\nDouze portraits, douze façons de faire vivre le programme, publiés avec l'accord de chacune et chacun. Ils sont faits pour être lus par tout le monde : vous, vos proches, nos clients.",
  "portraits meant for everyone, said late"),
 ("Sondage — votre avis sur {topic}\n\nLe lien est envoyé à chaque {As} du programme ; deux minutes suffisent. Les résultats seront partagés avec toute la communauté {prog_du}.",
  "survey sent to every ambassador"),
]
PUB_EN = [
 ("{prog} — share kit for your friends and family\n\nEverything in here is meant to travel: three pictures, a short text and your referral link. Forward it to anyone you like.",
  "share kit, meant to be forwarded"),
 ("You're invited: {event_en}\n\nEvery {As} in {prog} is welcome, and you can bring a friend. RSVP by 30 May.",
  "invitation to every ambassador"),
 ("Post to relay — {news_en}!\n\nFeel free to repost this on Instagram, LinkedIn or wherever your people are, with #{tag}. Thank you, all {A}!",
  "post to relay, public by purpose"),
 ("{prog} newsletter #9\n\nIn this issue: a word from {cm}; what the {sub1_en} decided about {topic_en}; the summer calendar.\nThis newsletter goes to all {A}.",
  "to all ambassadors, said after contents; subgroup a topic"),
 ("POSTER — to be displayed {post_en}\n\nLove {co}? Become a {As}! Ask our team about {prog}.",
  "public display"),
 ("Changelog: v2.1 added the section on levels.\n\n# {prog} handbook\n\nAudience: all {A}. Public document.",
  "explicitly public, after a changelog line"),
 ("Open call: join the {sub2_en}\n\nThe {sub2_en} are looking for new members. This call is open to everyone in {prog}, whatever your level.",
  "open call to every ambassador about a subgroup"),
 ("{prog} rules (2027 edition)\n\nThese rules explain how points, levels and rewards work, what the {sub1_en} does and how we keep your personal data safe. They are sent to every {As} when they join.",
  "sent to every ambassador; data and subgroup are topics"),
]
# ---------------------------------------------------------------- internal
INT_FR = [
 ("Guide de prise de parole — {topic}\n\nCe guide explique aux équipes comment parler aux {A} {topic_de} : ton, mots à éviter, réponses aux objections. Usage interne, ne pas transmettre aux {A}.",
  "staff guide about talking to ambassadors; negation"),
 ("Note pour le comité de pilotage — bilan du premier semestre {prog_du}\n\nNombre de {A} actifs, contributions, délai moyen de réponse aux sollicitations, taux de passage de niveau.",
  "steering committee only, no confidentiality mark"),
 ("Salon de {city} — planning des témoignages\n\nDestinataires à contacter : {people}.\nCe tableau de suivi est réservé à l'équipe {prog_du} ({cm}, {staff2}).",
  "'destinataires' are ambassadors to contact; readers are staff"),
 ("Synthèse de l'atelier JE du 12 février\n\nRésumé : les {A} interrogés veulent surtout être écoutés plus tôt ; divergences sur les récompenses.\nÀ l'attention {sub1_du} uniquement, avant la séance ACTION.",
  "subgroup readership said late"),
 ("À afficher en salle de pause\n\nRappel à toute l'équipe : quand un client vous parle {prog_du}, orientez-le vers {cm}. Ne promettez aucun avantage vous-mêmes.",
  "staff room display: staff only"),
 ("Brouillon — kit {A} 2027\n\nUne fois validé, ce kit sera à partager avec vos proches. D'ici là : relecture par l'équipe marketing seulement, merci de ne pas le diffuser aux {A}.",
  "draft kept to marketing team, share-kit words are future"),
 ("Pour nos {partners} — présentation {prog_du}\n\nCe document présente le programme à nos partenaires : comment les {A} recommandent vos produits, et ce que cela change pour vous.",
  "partners readership"),
 ("Sommaire\n1. Contexte\n2. Les {A} les plus sollicités\n3. Risque de sur-sollicitation\n4. Propositions de rotation\n\nDiffusion interne — équipe communauté.",
  "internal diffusion said after TOC"),
 ("Compte rendu — réunion d'équipe du lundi\n\nPrésents : {cm}, {staff2}. Sujets : accueil des nouveaux {A}, relance de ceux qui décrochent, {topic}. Merci de garder ce CR au sein de l'équipe {co_de}.",
  "kept within the company team"),
 ("Modèle d'e-mail « Bienvenue chez les {A} »\n\nCe modèle est destiné aux community managers, qui l'envoient aux nouveaux {A} après validation de leur inscription. Ne pas transférer tel quel.",
  "template for CMs; group name in quoted title"),
 ("Réservé {sub2_aux} — consignes pour {event}\n\nRendez-vous 7 h 30, accueil des invités, gestion des inscriptions sur place.",
  "subgroup only"),
 ("Réponses types aux questions des {A}\n\nCompilation des questions reçues au printemps. Ce document sert de base au support : il est lu par le service client, pas par les {A} eux-mêmes.",
  "support staff read it, ambassadors are the topic"),
 ("Livret d'accueil des nouveaux salariés — chapitre « {prog} »\n\nVous rejoignez {co} : voici ce qu'il faut savoir sur nos {A}, leurs niveaux et leurs avantages.",
  "for new employees: staff by purpose"),
]
INT_EN = [
 ("Talking points — {topic_en}\n\nThis guide tells the team how to talk to {A} about {topic_en}. Internal only: do not forward to {A}.",
  "staff guide; negation"),
 ("For the steering committee — Q3 review of {prog}\n\nActive {A}, contributions, mean response delay to solicitations, level promotions.",
  "committee, no confidentiality mark"),
 ("Partner briefing: how {prog} works\n\nWritten for our {partners_en}: what {A} do, how their referrals reach you, and who to call at {co}.",
  "partners readership"),
 ("Trade fair staffing sheet\n\nAmbassadors to contact: {people}.\nOwner: {cm}. This sheet is for the events team only.",
  "'ambassadors to contact' is a list; readers are staff"),
 ("Notes from the JE workshop, 12 February\n\nSummary: {A} want to be heard earlier; opinions split on rewards.\nShared with the {sub1_en} only, ahead of the ACTION session.",
  "subgroup readership said late"),
 ("DRAFT — share kit (not final)\n\nOnce approved, this kit will go to every {As}. Until then it stays with the marketing team: please don't send it to any {As}.",
  "draft kept to marketing team"),
 ("Contents: 1. Context 2. Who drifts away 3. Re-engagement ideas\n\nAudience: community team ({cm}, {staff2}). Internal document.",
  "internal audience after contents"),
 ("Notice for the staff room\n\nReminder for everyone on shift: customers asking about {prog} go to {cm}. Don't promise rewards yourselves.",
  "staff room notice"),
]
# ---------------------------------------------------------------- confidential
CONF_FR = [
 ("CONFIDENTIEL — ne pas diffuser\nDestinataires : {ceo}, {legal}\n\nObjet : réclamation d'un {As} au sujet de ses points",
  "explicit mark, named readers"),
 ("Résumé : renégociation des avantages {prog_du} pour 2028, impact budgétaire et options.\nSommaire : 1. Coûts 2. Scénarios 3. Recommandation\n\n**Classification : Confidentiel (direction uniquement)**",
  "confidential mark after summary and TOC"),
 ("Note au conseil d'administration — projet de levée de fonds\n\nLes {A} n'en sont pas informés à ce stade. Document strictement confidentiel, réservé aux administrateurs.",
  "board, strictly confidential; ambassadors negated"),
 ("Journal des modifications : v3 — ajout de l'annexe juridique.\n\nProtocole incident — fuite d'adresses e-mail de {A}\nDiffusion restreinte, confidentiel : cellule de crise ({ceo}, {legal}, {dpo}).",
  "mark after changelog; ambassadors are the subject"),
 ("_Confidentiel · ressources humaines_\n\nDépart d'un membre de l'équipe {prog_du} : calendrier, passation auprès des {A}.",
  "HR confidential"),
 ("Sortie du programme d'une {Afs} — dossier\n\nCe dossier rassemble les échanges avec la personne concernée, le relevé de ses contributions et la décision prise. Il est confidentiel et ne doit être lu que par {cm} et {ceo}.",
  "long intro, then confidential + named readers"),
 ("### Confidentiel — comité de direction\n\nMarges par {unit} et conditions fournisseurs 2027 ; effet attendu sur les avantages des {A}.",
  "confidential heading, management"),
 ("Évaluation des candidatures au niveau 3 — CONFIDENTIEL, jury uniquement ({cm}, {ceo})\n\nNe pas transmettre aux {A} concernés ni {sub1_aux}.",
  "confidential jury; negations name groups"),
 ("Accord de partenariat {co} × {partner_co} (projet)\n\nConfidentiel — réservé au service juridique et à la direction. Nos {partners} en seront informés après signature.",
  "confidential, legal and management"),
 ("Audit RGPD — constats préliminaires\n\nStrictement confidentiel. Lecture : {dpo} et {ceo}. Les {A} et leurs données sont au cœur des constats 2 à 5.",
  "strictly confidential, named readers"),
]
CONF_EN = [
 ("For the board's eyes only — strictly confidential\n\nProposal to wind down the {sub2_en} and fold their tasks back into {prog}.",
  "board only with confidential mark"),
 ("Summary: settlement terms with a former {As}. Contents: 1. Facts 2. Exposure 3. Next steps.\n\nConfidential — legal and CEO only.",
  "confidential mark after summary"),
 ("CONFIDENTIAL — do not distribute\nTo: {ceo}, {legal}\n\nSubject: data incident affecting {A}' contact details",
  "explicit mark, named readers"),
 ("**Confidential (management)**\n\n2028 budget for {prog}: rewards, events and gifts for {A}.",
  "bold confidential mark"),
 ("Pricing review — {prod_en}\n\nThis note sets out for management how the new prices will be explained to customers and to {A}. Confidential: management team only; not for the {sub1_en}.",
  "confidential, management; groups are subjects"),
]
# ---------------------------------------------------------------- none
NONE_FR = [
 ("Bilan de la saison {prog_du}\n\nLes {A} ont contribué 412 fois cette année : 130 avis, 58 témoignages, 21 présentations de prospects.",
  "no readership said, ambassadors are the topic"),
 ("Qui sont les {A} ?\n\nLancé en {year0}, {prog_le} réunit des clients {co_de} qui aiment parler de nos {prod}.",
  "topic only"),
 ("Idées de mentions pour les étiquettes\n\n- « Réservé aux {A} »\n- « Offert par {co} »\n- « Édition limitée »",
  "quoted restriction wording is an example, not a marking"),
 ("Questions posées par les {A} au service client (relevé de janvier)\n\n1. Comment cumuler des points ?\n2. Où voir mon niveau ?\n3. Le point sur {topic}",
  "ambassadors are who asked, no readership"),
 ("Journal des modifications\n- v1.2 : ajout d'une section sur {sub1_le}\n- v1.1 : correction du barème\n\n# Fonctionnement des niveaux {prog_du}",
  "changelog and title only; subgroup a topic"),
 ("Comment nous protégeons les données des {A} (brouillon)\n\nLa confidentialité des informations confiées par nos clients est une priorité : voici ce que nous collectons et pourquoi.",
  "confidentiality is the topic, not a mark"),
 ("Atelier NOUS — proposition de raison d'être\n\n« {co} aide les habitants de {city} à … » Les {A} seront consultés lors de l'atelier JE.",
  "workshop draft, no audience"),
 ("Idées de contributions pour les {A}\n\n- un avis Google\n- une photo de vos {prod}\n- présenter {co} à un voisin",
  "no readership"),
 ("Compte rendu {event_de}\n\nPlus de soixante {A} étaient présents, dont une dizaine venus avec un proche.",
  "report, no readership"),
 ("Pourquoi certains {A} décrochent\n\nAnalyse des réponses aux sollicitations : le délai moyen de réponse passe de 2 à 9 jours après le sixième mois.",
  "analysis with no readership said"),
 ("Les avantages du niveau 3\n\nAccès anticipé aux nouveaux {prod}, invitation {event_a}, rencontre avec {ceo}.",
  "benefits description, no audience"),
 ("Exemple de message à ne pas envoyer : « {hello}, ce document est confidentiel… »\n\nPourquoi ce ton crée de la distance, et comment le reformuler.",
  "quoted 'confidentiel' is an example being discussed"),
 ("Thèmes de contenu proposés (atelier ACTION)\n\nGroupe 1 : les {A} « experts » — thème : {prod}.\nGroupe 2 : {sub2_le} — thème : la vie du quartier.",
  "groups as examples, no readership"),
 ("Témoignage — « Pourquoi je suis devenue {Afs} »\n\nPar Claire, cliente {co_de} depuis 2019.",
  "testimonial, no audience"),
 ("Calendrier des sollicitations — 2e trimestre\n\nAvril : trois {A} pour des avis sur nos {prod}. Mai : témoignages vidéo. Juin : {event}.",
  "calendar, no readership said"),
]
NONE_EN = [
 ("Meet the {A}: three portraits\n\nStarted in {year0}, {prog} brings together customers of {co} who love talking about our {prod_en}.",
  "topic only"),
 ("{prog}: the year in numbers\n\n412 contributions, 38 new {A}, a mean response delay of 3.2 days.",
  "figures, no audience"),
 ("Ideas for sticker wording\n\n- \"Members only\"\n- \"For {A} only\"\n- \"Thank you from {co}\"",
  "quoted restriction is an example"),
 ("How levels work in {prog}\n\nChangelog: v1.3 added a section on the {sub1_en}.",
  "changelog, subgroup a topic"),
 ("Why some {A} stop answering\n\nA look at response delays to solicitations over the last twelve months.",
  "analysis, no readership"),
]

SLOTS = [  # level, pool, per-client count
 ("public", PUB_FR, 5, "fr"), ("public", PUB_EN, 3, "en"),
 ("internal", INT_FR, 5, "fr"), ("internal", INT_EN, 3, "en"),
 ("confidential", CONF_FR, 4, "fr"), ("confidential", CONF_EN, 2, "en"),
 ("none", NONE_FR, 6, "fr"), ("none", NONE_EN, 2, "en"),
]


def build():
    cases = []
    for ci, c in enumerate(CLIENTS):
        items = []
        c = dict(c, Sub1_le=c["sub1_le"][0].upper() + c["sub1_le"][1:])
        for level, pool, n, lang in SLOTS:
            for j in range(n):
                tpl, note = pool[(ci * n + j) % len(pool)]
                head = tpl.format(**c)
                if "recrutent / recrute" in head:
                    plural = c["sub2_le"].startswith("les ")
                    head = head.replace("recrutent / recrute", "recrutent" if plural else "recrute")
                if "The {sub2_en} are" in tpl and not c["sub2_en"].endswith("s"):
                    head = head.replace(c["sub2_en"] + " are", c["sub2_en"] + " is")
                items.append((level, lang, head, note))
        # interleave deterministically so levels are not in blocks
        order = sorted(range(len(items)), key=lambda k: (k * 7) % len(items))
        for num, k in enumerate(order, 1):
            level, lang, head, note = items[k]
            cases.append({"id": f"{c['P']}-{num:03d}", "head": head, "level": level,
                          "lang": lang, "note": note})
    return cases


def names():
    amb = []
    for c in CLIENTS:
        for k in ("As", "A", "Afs", "Af"):
            if c[k] not in amb:
                amb.append(c[k])
    amb += ["Phenix"]
    clients = []
    for c in CLIENTS:
        clients += [c["co"], c["prog"]]
    return {"ambassadors": amb, "clients": clients}


LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 61) from DOMAIN.md, the issue "
         "and the format only; it may be read and tuned on).")


def readme(cases):
    L = [LINE1, ">", "", "# markings_dev11: who may read a document, from its head", "",
         "Flavour: the readership hides among subject words. Each head talks *about* the "
         "ambassadors, partners, staff or confidential matters, and says its readership once, "
         "sometimes late (after a summary, a table of contents, a changelog line or a long intro), "
         "sometimes only through the document's purpose (« à relayer », « kit à partager avec vos "
         "proches », « note pour le comité de pilotage », « à afficher en boutique » vs « à afficher "
         "en salle de pause », \"for the board's eyes\"). Group names appear as the subject, in "
         "quotes, in examples, in a « destinataires à contacter » list that is not the readership, "
         "in negations (« ne pas transmettre aux X ») and in phrases such as « ce guide explique aux "
         "équipes comment parler aux X ». 'none' heads mention ambassadors (and even quoted words "
         "like « Réservé aux X » or « confidentiel ») only as a topic or example.", "",
         f"Count: {len(cases)} heads, 5 clients × 30 (8 public, 8 internal, 6 confidential, 8 none "
         f"each), {sum(c['lang']=='fr' for c in cases)} French and {sum(c['lang']=='en' for c in cases)} English.", "",
         "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
         "|---|---|---|---|---|"]
    for c in CLIENTS:
        forms = ", ".join(dict.fromkeys([c["As"], c["A"], c["Afs"], c["Af"]]))
        L.append(f"| {c['P']} | {c['co']} ({c['sector']}, {c['city']}) | {c['prog']} | {forms} | "
                 f"{c['sub1']} / {c['sub1_en']}; {c['sub2']} / {c['sub2_en']}; partners: {c['partners']} |")
    L += ["", "## Leadership", ""]
    for c in CLIENTS:
        L.append(f"- **{c['co']}**: {c['ceo']} (founder / director), {c['cm']} (community manager of "
                 f"{c['prog']}), {c['staff2']} (community team), {c['legal']} (legal), {c['dpo']} "
                 f"(data protection). Other staff: {c['staff']}.")
    L += ["", "## Notes on labels", "",
          "- `public` only when the head says (or its purpose makes plain) that every ambassador, or "
          "anyone, may read it: an invitation to all, a share kit, a post to relay, a poster for the "
          "shop, a newsletter to all. A subgroup named as the subject (« compte rendu public du "
          "Jury… ouvert à tous ») does not restrict it.",
          "- `internal`: staff, a committee (comité de pilotage / steering committee), partners, "
          "a subgroup, or the CMs, with no explicit confidentiality word. A list of ambassadors "
          "« à contacter » / \"to contact\" is content, not readership. « Ne pas transmettre aux X » "
          "excludes the ambassadors, so the head is internal. A draft share kit « à partager … une "
          "fois validé » but held by the marketing team is internal. « À afficher en salle de "
          "pause » is staff space (internal); « à afficher en boutique » is public.",
          "- `confidential` needs an explicit confidentiality mark (confidentiel, strictly "
          "confidential, CONFIDENTIAL, Classification : Confidentiel) and a restricted circle; "
          "\"for the board's eyes only\" is used only together with \"strictly confidential\". "
          "A committee note with no such word is internal.",
          "- `none`: no readership said. Ambassadors as the topic, quoted label wording "
          "(« Réservé aux X », \"For X only\", « ce document est confidentiel… » as an example "
          "not to follow), « politique / confidentialité des données » as a subject, and analyses "
          "that look internal but name no reader are all `none` (the product should then fail "
          "closed to its default, not treat them as public).",
          "- Fail closed: any restriction of the readership makes a head non-public.", ""]
    return "\n".join(L)


def main():
    cases = build()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(names(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
