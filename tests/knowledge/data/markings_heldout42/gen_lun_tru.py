# -*- coding: utf-8 -*-
# Heads for LUN (Lunetterie Brise) and TRU (Patte Douce). Imported by gen.py.
P, I, C, N = "public", "internal", "confidential", "none"

LUN = [
 (P, "fr", "Guide des Lynx 2027 — ce qui change\nA diffuser a tous les Lynx, tous niveaux confondus !!\nmaj : 03/12\n\nCoucou les Lynx 😄 cette année les avis vérifiés rapportent 20 pts au lieu de 15, et les essayages filmés en boutique comptent enfin comme contribution.", "sloppy 'a diffuser a tous les Lynx, tous niveaux' = every ambassador"),
 (P, "fr", "🌍 POUR TOUT LE MONDE 🌍\nFAQ — essayage à domicile\n\nOui vous pouvez partager ce doc avec vos proches, il est public.\nQ1 : combien de montures peut-on recevoir ? 5 maximum, pendant 7 jours.\nQ2 : qui paie le retour ? Brise, toujours.", "globe emoji + 'pour tout le monde' + 'il est public'"),
 (P, "fr", "Calendrier des sollicitations T1\nDiffusion: tt les lynx (ts niveaux)\nAuteur : Maëlle (CM)\n\nJanvier : 10 avis Google pour l'ouverture de Vannes\nFévrier : 3 témoignages vidéo « ma première paire progressive »", "SMS abbreviations 'tt les lynx (ts niveaux)' = all ambassadors"),
 (P, "fr", "reservé au Lynx\n\nRèglement du Club Regard, version courte.\nChaque avis vérifié rapporte 20 points, chaque parrainage concrétisé 100 points.\nÀ 500 points on passe Lynx Monture, à 1500 Lynx Cristal.", "misspelt 'reservé au Lynx' with no level: reserved to the ambassadors = all of them"),
 (P, "en", "OPEN TO ALL LYNX — pls share w/ ur friends too\nHow to write a great eyewear review\n\n1. say what you came in for (glasses, sunnies, contacts)\n2. mention the optician by first name if you want\n3. a photo of you wearing them = bonus points", "caps, chat style, open to all ambassadors and beyond"),
 (P, "en", "P U B L I C\nBrise x Club Regard — ambassador press kit\n\nFeel free to repost anything in here on Insta or TikTok. Logos are in the zip, the hashtag is #RegardBrise.", "spaced letters P U B L I C"),
 (P, "fr", "Titre : Kit réseaux sociaux collection printemps\nVersion : 2\nDate : 14 janv.\nRédigé par : équipe marketing\nRelu par : Jules\nPublic :\ntous les ambassadeurs du Club Regard (Lynx débutants inclus)\n\nVous trouverez ici les visuels de la collection Alizé, avec des textes prêts à adapter.", "audience line split and placed after metadata: all ambassadors"),
 (P, "fr", "Doc publiqe, ok pr diffusion exterieure\nNouveaux points de vente Brise en 2027\n\nQuimper (mars), Angers (mai), et un corner dans le Printemps de Rennes à l'automne. Parlez-en autour de vous !", "misspelt 'publiqe', ok for outside diffusion"),

 (I, "fr", "INTERENE - équipe Brise seulement\nProcess de validation des avis Lynx\n\n1) l'avis est-il lié à un achat réel (n° de ticket) ?\n2) pas de mention de prix concurrent\n3) validation sous 48 h par la CM", "typo 'INTERENE' + company team only"),
 (I, "fr", "Réservé aux Lynx Cristal\n(niveau 3 uniquement, merci de ne pas transférer aux autres)\n\nAvant-première : la monture titane Sillage sera présentée le 20 janvier à la boutique de Nantes, vous êtes invités à 18 h.", "one level only (Cristal) = subgroup"),
 (I, "en", "int. only\nLynx scoring grid v4 — staff working doc\n\nweights: review 0.3 / referral 0.5 / event 0.2\nopen question: should store visits count?", "abbreviation 'int. only'"),
 (I, "fr", "⛔ pas pour les ambassadeurs ⛔\nScript d'appel boutiques — relance des Lynx inactifs\n\n« Bonjour, c'est Clara de Brise, on ne vous a pas vu depuis un moment au Club Regard… »", "no-entry emoji: not for ambassadors = staff"),
 (I, "fr", "Compte rendu — comité des Lynx du 5 nov.\nlieu : boutique de Nantes\nprésents : 7 membres du comité\nordre du jour : choix des montures test\nsecrétaire : Jules\n\ndiff. : membres du comite uniquement\n\nLe comité a retenu trois montures pour le test d'hiver.", "audience after metadata, abbreviated 'diff.', no accent: ambassador committee"),
 (I, "en", "for internal only merci\nStore managers' guide to Club Regard sign-ups\n\nWhen a customer says they love their new glasses, that's the moment: hand them the card with the QR code.", "franglais 'for internal only merci'"),
 (I, "fr", "Panel essayage Bretagne — consignes\nDiffusion reservee aux Lynx du panel\nbretagne (pilote)\n\nVous recevrez 3 montures à tester chez vous entre le 6 et le 20 janvier.", "audience split across two lines: pilot panel in one region"),
 (I, "fr", "USAGE INTERNE\nTableau de bord engagement Lynx — novembre\n\nLynx actifs : 184 (+6 %)\nDélai moyen de réponse aux sollicitations : 3,2 jours", "ordinary internal marker"),

 (C, "fr", "confidenciel !!! ne pas diffuser\nBudget Club Regard 2027 v3\n\nEnveloppe cadeaux : 42 k€\nÉvénements : 18 k€\nÀ arbitrer avec la DG avant le 15/12.", "misspelt 'confidenciel', no audience"),
 (C, "fr", "C.O.N.F.I.D.E.N.T.I.E.L\nNégociation fournisseur verres — incidence sur le programme\n\nSi la remise passe de 12 à 8 %, on ne pourra plus offrir le 2e traitement anti-lumière bleue aux Lynx.", "dotted letters, confidential with no audience"),
 (C, "en", "strictly confidentiel - codir only\nClub Regard ROI review\n\nCost per active Lynx: €212/year. Revenue influenced: to be confirmed by finance.", "franglais 'strictly confidentiel', leadership"),
 (C, "fr", "Note à l'attention du comité de direction\nObjet : fermeture de 4 boutiques et impact sur les Lynx\nDiffusion : CODIR uniquement (6 pers.)\n\nLes boutiques de Lorient, Vitré, Cholet et Saumur fermeront au 30 juin.", "ordinary leadership-only"),
 (C, "en", "🔒 CONF. 🔒\nAmbassador churn analysis Q3\n\n31 Lynx lost this quarter, 12 of them after the price rise on progressive lenses.", "lock emoji + abbreviation 'CONF.'"),
 (C, "fr", "Projet rachat Optique Marin\nStatut : brouillon\nAuteur : DG\nDate : 02/12\nVersion 0.3\nDiffusion : réservé au\nprésident et aux 2 associés\n\nValorisation envisagée : 1,1 M€. Les Lynx de Marin seraient repris dans le Club Regard.", "audience split and after 5 metadata lines: president + partners"),

 (N, "fr", "Brainstorm jeu concours fête des pères\nidées en vrac :\n- essayage de montures en live insta\n- « devine la monture de papa »\n- tirage au sort parmi les avis", "no audience statement"),
 (N, "fr", "Fiche produit — monture Alcyon\nPublic cible : 25-40 ans, urbains\nMatière : acétate bio-sourcé\nPrix : 149 €\n\nLégère, pensée pour les visages fins.", "'Public cible' is the product's target, not the readers"),
 (N, "en", "Meeting notes 12/11\nattendees: Maëlle, Jules, Sam\n- new review widget live on the site\n- Lynx points bug fixed\n- next: Vannes opening", "attendees list is not an audience"),
 (N, "fr", "CR réunion boutiques\nrappel : les données clients (ordonnances, mutuelle) sont confidentielles et ne doivent jamais etre saisies dans le formulaire Lynx\n- nouveau présentoir solaires\n- stock étuis en rupture", "'confidentielles' is about customer data, not the document"),
 (N, "fr", "Procédure de retour SAV\n1) vérifier la facture\n2) photo de la monture abîmée\n3) envoi à l'atelier de Lorient sous 48 h", "procedure, no marking"),
 (N, "fr", "FAQ traitement anti-reflet — brouillon v2\ntodo : faire relire par un opticien\nQ : le traitement s'use-t-il ? Oui, en 2 à 3 ans selon l'entretien.", "draft status is not an audience"),
 (N, "fr", "Offre réservée aux nouveaux clients : -20 % sur la 2e paire\nMécanique de l'offre\n\nValable du 2 au 31 janvier, sur présentation du code LYNX20.", "'réservée aux nouveaux clients' is about the offer, not the document"),
 (N, "fr", "Enquête NPS Lynx — résultats\nréponses : 212\nNPS : 61\nverbatim le plus cité : « l'opticienne a pris 40 min avec moi, sans forcer la vente »", "survey results, no audience"),
]

TRU = [
 (P, "fr", "pr toutes les truffes 🐾 (tous niveaux)\nNouveau barème de points 2027\n\nAvis produit : 15 pts\nPhoto de votre animal avec un produit Patte Douce : 10 pts\nParrainage : 80 pts", "SMS style 'pr toutes les truffes (tous niveaux)' = all ambassadors"),
 (P, "fr", "A PARTAGER SANS MODERATION\nFiche conseils : présenter Patte Douce à un autre maître\n\nCe doc est pour tous les ambassadeurs de La Meute, et vous pouvez même le transférer à vos amis !", "caps, no accent; for all ambassadors and friends"),
 (P, "en", "🌍 all Truffes — yes ALL of you\nPhoto contest rules (dogs & cats)\n\nOne photo per pet, natural light, no filters please. Deadline: Jan 31.", "globe emoji + all ambassadors"),
 (P, "fr", "Programme La Meute — livret d'accueil\nmis a jour le 2/12\nauteur : Capucine\nrelecture : Paul\npour : toute la meute (chiots, fidèles, chefs de meute)\n\nBienvenue dans La Meute ! Ici on parle croquettes, balades et bonne humeur.", "audience after metadata, every level listed"),
 (P, "fr", "Diffusion : publique\nCommuniqué : Patte Douce ouvre sa boutique de Toulouse\n\nLe 14 février, 200 m² rue d'Alsace-Lorraine, avec un bar à friandises.", "ordinary public marker"),
 (P, "fr", "reserve aux Truffes\nGuide des avis produits : comment noter une croquette honnêtement\n\nDites ce que votre animal a aimé… ou pas. Un avis à 3 étoiles bien argumenté vaut mieux que 5 étoiles sans texte.", "missing accent 'reserve aux Truffes', no level: all ambassadors"),
 (P, "fr", "Ouvert à tous les ambassadeurs de La Meute (tous niveaux)\nCalendrier des événements S1 2027\n\n- 18/01 balade canine à Bordeaux\n- 22/03 salon Animal Expo\n- mai : pique-nique des Truffes", "ordinary: all ambassadors, all levels"),
 (P, "fr", "tlm peut lire 👍 (toutes les truffes)\nRécap du live du 28/11 avec la véto\n\nLes 3 questions les plus posées : la transition alimentaire, les friandises pour chats âgés, les puces en hiver.", "chat style 'tlm peut lire' = everyone among ambassadors"),

 (I, "fr", "INT.\nPlanning des envois d'échantillons — ne pas transmettre aux Truffes\n\nSemaine 2 : 60 sachets Grain-Free Saumon\nSemaine 4 : 40 jouets corde", "'INT.' + not for ambassadors"),
 (I, "fr", "Réservé aux testeurs croquettes\n(pilote sans céréales, 15 Truffes sélectionnées)\n\nVous recevrez 2 kg le 8 janvier. Notez chaque jour l'appétit et le transit dans le carnet.", "pilot group = subgroup"),
 (I, "fr", "Jury concours photo — grille de notation\nà l'usage du jury uniquement svp\n\nCritères : lumière (5), émotion (10), mise en avant du produit (5).", "jury only"),
 (I, "en", "intenral - Patte Douce staff\nAmbassador moderation guidelines\n\nIf a Truffe posts a vet claim we can't back (\"cures allergies\"), hide the post and DM them kindly.", "typo 'intenral', staff"),
 (I, "fr", "Chefs de meute uniquement\nAvant-premiere gamme senior\n\nVous êtes les premiers à goûter… enfin, vos chiens 😄 Les sachets arrivent le 10/01.", "top level only, missing accent"),
 (I, "fr", "Objet : relances Truffes inactives\nde : Capucine\nà : équipe service client\ndate : 30/11\npj : liste.xlsx\ndiffusion :\nequipe Patte Douce (interne) - pas aux ambassadeurs\n\nMerci d'appeler les 23 Truffes de la liste d'ici vendredi.", "audience split after e-mail metadata, 'equipe' without accent"),
 (I, "en", "pls dont share outside the team\nQ1 solicitations plan (draft)\n\n- Jan: 20 product reviews for the new wet food\n- Feb: 5 video testimonials\n- Mar: Animal Expo booth, 8 Truffes", "chat style, staff team only"),
 (I, "fr", "Truffes région Sud-Ouest seulement\nRencontre au refuge de Montauban le 18/01\n\nCovoiturage depuis Toulouse, RDV 9 h 30 devant la boutique.", "one region = subgroup"),

 (C, "fr", "confidentiell\nPrévisionnel 2027 — budget La Meute et cadeaux\n\nCadeaux niveaux : 28 k€, événements 12 k€, box de Noël 9 k€.", "typo 'confidentiell', no audience"),
 (C, "fr", "## 🔒 TRÈS CONFIDENTIEL 🔒\nRappel lot croquettes — cellule de crise\nlecture : direction + responsable qualité seulement\n\nLot 2611-B : suspicion de moisissure, 340 sacs concernés.", "heading + lock + leadership and one named role"),
 (C, "en", "Confidental\nPricing review — subscription boxes\n\nScenario B: +2 € per box from March, Truffes keep the old price until June.", "misspelt 'Confidental', no audience"),
 (C, "fr", "pour les fondateurs uniquement (Inès & Paul)\nlevée de fonds : impact sur le programme\n\nSi la levée aboutit, budget La Meute x2 ; sinon gel des cadeaux niveau 3.", "named small circle (founders)"),
 (C, "fr", "C O N F I D E N T I E L\nSalaires équipe communauté 2027\n\nCapucine : proposition d'augmentation 4 %.", "spaced letters, no audience"),
 (C, "en", "Board memo\nDate: 4 Dec\nFrom: CEO\nRe: acquisition offer from a pet retail group\nDistribution: board members\nonly\n\nThe offer values Patte Douce at 6x revenue. No decision before January.", "company board, audience split across two lines after metadata"),

 (N, "fr", "Idées box de Noël\n- calendrier de l'avent pour chats\n- bandana personnalisé au nom du chien\n- carte écrite à la main par une Truffe ?", "idea list, no audience"),
 (N, "fr", "Composition croquettes Grain-Free Saumon\nProtéines : 32 %\nMatières grasses : 16 %\nSans céréales, sans colorants\nFabriqué en Vendée", "product sheet"),
 (N, "en", "Weekly sync notes\n- shipping delays in Brittany\n- new Truffe badge design ready\n- vet live moved to Jan 9", "meeting notes, no audience"),
 (N, "fr", "Recette biscuits maison pour chiens (test)\nla proportion exacte de pâte de foie reste secrète, ne pas la diffuser\n\n200 g de farine de riz, 1 œuf, 2 c. à soupe de purée de potiron…", "'ne pas la diffuser' is about one ingredient amount, not the document"),
 (N, "fr", "Compte rendu appel transporteur\nretards colis semaine 48\n- 120 colis bloqués à Rungis\n- geste commercial : livraison offerte sur la prochaine commande", "no marking"),
 (N, "fr", "Brouillon — FAQ livraisons\nQ : puis-je changer mon jour de livraison ?\nR : oui, jusqu'à 48 h avant, depuis votre espace client.", "draft, no audience"),
 (N, "fr", "Accès réservé aux chiens tenus en laisse\nAffiche — salon animalier de Bordeaux\n\nStand Patte Douce, allée C : dégustation de friandises et séance photo.", "'réservé aux chiens' is about the venue, not the readers"),
 (N, "fr", "bilan jeu concours halloween\n142 participations\ngagnant : Pistache (beagle, déguisé en citrouille)\nprochaine édition : à la chandeleur ?", "results, no audience"),
]
