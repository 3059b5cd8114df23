#!/usr/bin/env python3
"""Generate the markings_heldout51 set (standard library only)."""
import json, random, os

HERE = os.path.dirname(os.path.abspath(__file__))
P, I, C, N = "public", "internal", "confidential", "none"

CLIENTS = [
 ("ZEN", "Soléo Toitures", "solar panel installers", "Club Zénith",
  ["Zénithien", "Zénithienne", "Zénithiens", "Zénithiennes"],
  "Comité Zénith (9-member advisory board); steering committee; partner installers (Kerhélio, Armor Énergie)",
  "Camille Verdier (community manager), Julien Roussel (sales director), Nadia Benali (legal), Olivier Marchal (managing director); installation crews."),
 ("MRG", "Librairies La Marge", "independent bookshops", "Cercle Marque-Page",
  ["Marque-Page", "Marque-Pages"],
  "comité de lecture (8 members); Marque-Pages Jeunesse (mentors of young readers); steering group; partner publishers",
  "Hélène Castaing (community manager), Bastien Morel (manager of the network), Sophie Lagarde (accounts); shop staff (booksellers); safeguarding lead."),
 ("AMD", "Pressing Lavandière", "laundry and dry-cleaning shops", "Club Amidon",
  ["Amidonné", "Amidonnée", "Amidonnés", "Amidonnées"],
  "Amidonnés Or (Gold level, 15 members); panel textile (12 testers); steering committee; franchisees",
  "Karim Haddad (community manager), Élodie Faure (network director), Me Anne Rivière (lawyer), DPO; shop managers and pressers."),
 ("FEU", "Maison Camellia", "tea houses", "Cercle Camellia",
  ["Feuillantin", "Feuillantine", "Feuillantins", "Feuillantines"],
  "cercle des dégustateurs / tasting panel (6 members); founding Feuillantins (12); steering committee; partner producers",
  "Mei Lin Dubois (community manager), Arnaud Perrin (founder), Lucie Garnier (HR); tea-house managers and waiting staff."),
 ("CRN", "Écuries du Val d'Aulnay", "horse-riding centres", "Club Crinière",
  ["Crinière", "Crinières"],
  "bureau des cavaliers (7 elected riders); Crinières Galop 7; steering committee; partner clubs (Trois Chênes, Poney-club de Sucy)",
  "Thomas Lebrun (community manager), Claire d'Aulnay (director), Maxime Roy (safety lead); instructors and grooms."),
]

H = {}
H["ZEN"] = [
 (P,"fr","# Kit à partager avec vos proches — parrainage solaire 2027\n\nCe kit rassemble un visuel, trois textes courts et votre lien de parrainage. Le Comité Zénith l'a relu ; les équipes de pose n'y sont pour rien si les textes sont trop enthousiastes !","share kit addressed to members; committee and crews only as subject"),
 (P,"fr","Sommaire\n1. Pourquoi le Club Zénith\n2. Vos points\n3. Les niveaux\n4. Qui contacter\n\nCe livret est remis à chaque Zénithienne et à chaque Zénithien lors de l'inscription.","all ambassadors, said after the table of contents"),
 (P,"fr","Invitation — Journée portes ouvertes sur le chantier de Saint-Herblain, samedi 14 juin\nVenez avec vos questions : nos poseurs et Camille Verdier vous montrent une installation de 9 kWc en cours. Ouvert à tout le Club Zénith, accompagnants bienvenus.","invitation open to the whole club"),
 (P,"fr","Rien de confidentiel dans cette note : elle peut circuler librement entre tous les Zénithiens.\nObjet : le nouveau barème de points (témoignage vidéo : 40 points, avis en ligne : 10 points).","'confidentiel' negated; all ambassadors"),
 (P,"fr","Ce que deviennent vos données personnelles quand vous parrainez un voisin\n\nLes informations sur vos filleuls restent confidentielles : seules Camille et l'équipe administrative y accèdent. Cette page s'adresse à l'ensemble des membres du Club Zénith.","confidentiality is the topic; page for all members"),
 (P,"en","Post to relay — 'Our roof has made 4,200 kWh this year!'\nCopy, paste, add your own photo. Tag @SoleoToitures so we can thank you.","post to relay: content for every ambassador to share"),
 (P,"en","Changelog: v2.1 — added the section on inverter warranties; fixed the typo in the referral link.\nZenith Club handbook. Audience: every Zénithien and Zénithienne, whatever their level.","all ambassadors, said after a changelog line"),
 (P,"en","How our installers talk about you — and how you can talk about us\nThis short guide was first written for the installation crews; this version is rewritten for all members of the Zenith Club.","staff only as history; this version for all members"),
 (I,"fr","Ce guide explique aux équipes de pose comment parler aux Zénithiens sur les chantiers : ce qu'on peut promettre, ce qu'on ne promet jamais, et à qui renvoyer les questions de parrainage.","readership is the crews; ambassadors are the subject"),
 (I,"fr","Relances de mars — Zénithiens à contacter : M. et Mme Garnier (Rezé), Patrick Lenoir (Vertou), Inès Caradec (Orvault).\nDocument de travail de l'équipe commerciale.","ambassadors listed to contact; sales team document"),
 (I,"fr","« Bienvenue au Club Zénith ! » — proposition de mail d'accueil pour les nouveaux Zénithiens.\nÀ relire par Camille et Julien avant envoi ; ne pas transmettre aux Zénithiens en l'état.","quoted greeting; negation keeps it from ambassadors"),
 (I,"fr","Note pour le comité de pilotage du 3 avril\nOrdre du jour : bilan des parrainages, renouvellement des cadeaux, charge des Zénithiens les plus sollicités.","steering committee note"),
 (I,"fr","Résumé : le Comité Zénith a testé le nouveau simulateur de production pendant deux semaines. Retours détaillés ci-dessous.\nPartagé avec les neuf membres du Comité Zénith uniquement, avant présentation au reste du club.","subgroup only, said after a summary"),
 (I,"en","Installer partner briefing — spring referral wave\nThis pack is for our partner installers in Brittany (Kerhélio, Armor Énergie); it explains how Zénithiens' referrals reach them and what they owe us per signed contract.","partners"),
 (I,"en","Zenith Club: Q2 dashboard. 58 active Zénithiens, 23 video testimonials, mean response delay 4.1 days.\nFor the board's eyes, ahead of the budget meeting.","board readership, no confidentiality mark"),
 (I,"en","Onboarding notes for new staff — working with the Zenith Club\nYou'll meet Zénithiens at fairs and on site; this document (internal only) tells you what the programme is and who runs it.","new staff; internal only"),
 (C,"fr","Objet : réclamation de M. Lenoir (Zénithien depuis 2024) — infiltration après pose\nChronologie, échanges avec l'assureur et position de l'entreprise.\nCONFIDENTIEL — direction générale et service juridique uniquement.","mark after subject and summary; management and legal"),
 (C,"fr","**Classification : confidentiel (ne pas diffuser)**\nProjet de rachat de la société Kerhélio : incidence sur les installateurs partenaires et sur le Club Zénith.","bold classification variant"),
 (C,"fr","Rémunération des parrainages 2027 — scénarios chiffrés\nLes montants versés aux Zénithiens et les marges correspondantes sont présentés en annexe. Diffusion restreinte : Olivier Marchal, Julien Roussel, Nadia Benali.","diffusion restreinte, named people"),
 (C,"fr","Introduction : ce document fait suite à la réunion du 12 mai au cours de laquelle la question de l'exclusion d'un membre du Club Zénith a été soulevée par deux poseurs et par la cheffe d'équipe de Nantes.\nStrictement confidentiel — réservé à la direction.","mark after a long intro sentence"),
 (C,"en","Zenith Club — supplier pricing renegotiation (panels and inverters)\nTable of contents: 1. Current prices 2. Target 3. Fallback\nConfidential: board and purchasing lead only. Do not forward to partner installers or Zénithiens.","mark after TOC; negation names groups"),
 (C,"en","For the board's eyes only — strictly confidential.\nSubject: data incident of 2 February affecting 140 Zenith Club member records.","eyes only + strictly confidential"),
 (N,"fr","Bilan 2026 du Club Zénith\n58 Zénithiens actifs, 112 parrainages, 31 installations signées. Les Zénithiennes représentent 44 % des membres actifs.","figures about ambassadors, no audience"),
 (N,"fr","Compte rendu de l'atelier JE du 20 janvier — ce que les Zénithiens attendent du club : être écoutés sur les délais de raccordement, voir leur production comparée à celle des voisins.","workshop minutes, ambassadors as topic"),
 (N,"fr","Idées en vrac pour la fête des 3 ans du club : visite de la ferme solaire de Bouguenais, remise des badges « Soleil d'or », quiz sur l'autoconsommation.","idea list, no audience"),
 (N,"fr","Barème des points\n| Contribution | Points |\n|---|---|\n| Avis en ligne | 10 |\n| Témoignage vidéo | 40 |\n| Parrainage signé | 100 |","table only, no audience"),
 (N,"fr","Réflexion sur la confidentialité des données des Zénithiens : ce que prévoit le RGPD pour les coordonnées des filleuls, durée de conservation, droit d'opposition.","confidentiality as topic, not a mark"),
 (N,"fr","Historique : comment les douze premiers Zénithiens ont été recruités en 2023, à partir des clients ayant donné une note de 9 ou 10 après leur mise en service.","history, no audience"),
 (N,"en","Raison d'être (draft 3): Soléo Toitures helps households produce their own energy, and the Zenith Club gives its most convinced customers a voice in that mission.","purpose draft, no audience"),
 (N,"en","Why some Zénithiens drift away — seven interviews, three patterns: too many asks in spring, rewards that feel generic, no news after the referral is signed.","analysis about ambassadors, no audience"),
]
H["MRG"] = [
 (P,"fr","À afficher en boutique — « Le Cercle Marque-Page recrute ! »\nVous aimez conseiller vos lectures ? Demandez le bulletin d'inscription à la caisse.","shop poster: anyone may read"),
 (P,"fr","Lettre n° 14 — printemps\nAu sommaire : les coups de cœur du comité de lecture, la rencontre avec Marie-Aude Murail reportée, le nouveau tampon de fidélité.\nBonne lecture à tous les Marque-Pages !","all ambassadors, said after contents; committee as subject"),
 (P,"fr","Vous êtes invité·e à la nuit de la lecture du 17 janvier à La Marge Croix-Rousse : lectures à voix haute, vin chaud, et un atelier « écrire sa critique en 300 signes » animé par Hélène. Le Cercle Marque-Page tout entier est attendu.","invitation to the whole circle"),
 (P,"fr","Texte à relayer sur vos réseaux\n« Chez La Marge, les libraires lisent vraiment ce qu'ils vendent. » Ajoutez votre dernier coup de cœur et le hashtag #CercleMarquePage.","text to relay: for every ambassador"),
 (P,"fr","Guide : comment les libraires choisissent les livres mis en avant, comment le comité de lecture rend ses avis, et comment proposer vos propres titres. Écrit pour l'ensemble des Marque-Pages, nouveaux comme anciens.","staff and committee as subject; all ambassadors late"),
 (P,"en","Share kit — 'One book, one friend'\nInside: two postcards, a bookmark with your code, and a short text you can send to friends who love crime novels.","share kit for members"),
 (P,"en","The reading committee explained: who sits on it, how its eight members are chosen each September and how any Marque-Page can apply. This page is open to the whole Cercle.","subgroup as subject; open to all"),
 (P,"en","After a long summary of last year's events, the publisher partnerships we signed, and the three shops that joined the network, this letter says one thing: thank you. It goes to every Marque-Page.","all ambassadors after long intro"),
 (I,"fr","Destinataires : comité de lecture (8 membres)\nObjet : sélection du prix des lecteurs 2027, titres en lice sous embargo jusqu'au 2 mars.","subgroup recipients"),
 (I,"fr","Ce document explique aux libraires comment repérer un futur Marque-Page : client régulier, conseils spontanés aux autres clients, avis publiés. Usage interne.","booksellers; usage interne"),
 (I,"fr","Marque-Pages à solliciter pour le salon du livre jeunesse : Zoé Martin, Léon Ferrand, Aïcha Diallo, Pierre Vasseur.\nTableau de suivi — équipe La Marge.","ambassadors listed; team tracking sheet"),
 (I,"fr","Changelog : ajout de la colonne « dernière contribution ».\nSuivi des Marque-Pages Jeunesse, réservé aux mentors du groupe Jeunesse et à Hélène Castaing.","subgroup + CM, after changelog"),
 (I,"fr","Kit presse pour les éditeurs partenaires (Actes Sud, L'École des loisirs, Rivages) : comment le Cercle Marque-Page présente vos nouveautés et ce que nous attendons en retour. Ne pas transférer aux membres du Cercle.","partners; negation excludes members"),
 (I,"en","Training note — how shop staff should answer a Marque-Page who asks why their review was not displayed. Shop teams only.","shop teams"),
 (I,"en","Draft invitation to the Cercle's annual evening ('You are warmly invited…').\nBefore it goes out: proofreading by Bastien and Hélène. Not for circulation to members yet.","quoted invitation; not for members yet"),
 (I,"en","Notes for the steering group — Cercle Marque-Page, 9 October\nPoints: renewal of the loyalty stamp, load on the ten most active Marque-Pages, budget for author meetings.","steering group"),
 (C,"fr","CONFIDENTIEL — ne pas diffuser\nSituation financière de La Marge Croix-Rousse et hypothèse de fermeture ; conséquences pour les Marque-Pages rattachés à cette librairie.","explicit mark"),
 (C,"fr","Résumé : un Marque-Page a publié en ligne des propos diffamatoires sur un auteur invité. Pièces jointes : captures, échanges avec l'avocat.\nDocument confidentiel — Bastien Morel et conseil juridique seulement.","mark after summary; manager and counsel"),
 (C,"fr","Sommaire : 1. Contexte 2. Offre de l'éditeur 3. Clause d'exclusivité 4. Décision\nNégociation avec les éditions Rivages — confidentiel, réservé à la gérance.","mark after TOC"),
 (C,"fr","_Diffusion restreinte_ — comptabilité et gérance\nMontant des bons d'achat offerts aux Marque-Pages en 2026 et provision pour 2027.","italic diffusion restreinte"),
 (C,"en","Strictly confidential — management only.\nA former member of the Cercle has asked for all her data to be deleted and is threatening a complaint to the CNIL.","explicit mark"),
 (C,"en","Mentoring programme for young readers: safeguarding review after a parent's complaint.\nThis report names the children and adults involved; it is CONFIDENTIAL and restricted to the manager and the safeguarding lead.","mark late in a sentence"),
 (N,"fr","Coups de cœur des Marque-Pages en 2026 : « Veiller sur elle », « Le Mage du Kremlin », « Les Enchantements d'Octavie »… 212 critiques rédigées, 48 lectures en boutique.","ambassadors as topic"),
 (N,"fr","Compte rendu de l'atelier NOUS du 9 septembre : première version de la raison d'être du Cercle Marque-Page, trois objectifs retenus.","minutes, no audience"),
 (N,"fr","Idée : remplacer le tampon de fidélité par un carnet de lecture où chaque Marque-Page note ses recommandations, à discuter.","idea, no audience"),
 (N,"fr","Pourquoi tant de Marque-Pages ne répondent plus aux sollicitations d'été ? Hypothèses : vacances, demandes trop nombreuses en juin, manque de retour après les lectures.","analysis, no audience"),
 (N,"fr","Liste des contributions reconnues : critique écrite, lecture à voix haute, parrainage d'un nouveau lecteur, animation d'un club de lecture, idée d'amélioration.","list, no audience"),
 (N,"fr","Le marque-page en carton offert à chaque achat a été redessiné par une illustratrice lyonnaise ; tirage de 5 000 exemplaires.","'marque-page' the object, no audience"),
 (N,"en","Persona — 'the weekend browser': comes on Saturdays, buys two paperbacks, asks staff for advice, rarely posts online. Based on eleven interviews with Marque-Pages.","persona, no audience"),
 (N,"en","Meeting notes, 4 November: the confidentiality of reading histories was discussed at length; no decision.","confidentiality as topic"),
]
H["AMD"] = [
 (P,"fr","À afficher en boutique (vitrine et comptoir)\n« Club Amidon : vos avis font tourner nos machines ! » — déposez un avis, gagnez un nettoyage de couette.","shop poster"),
 (P,"fr","Fiche pratique : détacher une tache de vin sur du lin, par nos repasseuses de Villeurbanne. Fiche à partager avec vos proches, offerte par le Club Amidon.","share sheet for members; staff as authors"),
 (P,"fr","Après une longue introduction sur l'histoire de Pressing Lavandière — la première boutique ouverte en 1987 rue Paul-Bert, les quatorze boutiques d'aujourd'hui, le passage au nettoyage à l'eau sans perchloréthylène — ce livret présente à chaque Amidonnée et à chaque Amidonné les avantages du club.","all ambassadors after long intro"),
 (P,"fr","Invitation : visite de l'atelier central de Vaulx-en-Velin, jeudi 5 mars, 18 h. Tous les membres du Club Amidon sont les bienvenus.","invitation to all members"),
 (P,"fr","Nouveau : le niveau Amidonnés Or. Qui peut y accéder, quels avantages, comment on y passe. Note d'information destinée à l'ensemble du club.","subgroup as subject; whole club"),
 (P,"en","Post to relay on Instagram: 'My wedding dress came back like new #ClubAmidon'. Feel free to add your own photo.","post to relay"),
 (P,"en","Contents: 1. Points 2. Levels 3. Gifts 4. Contacts\nThe Club Amidon handbook, for all Amidonnés and Amidonnées.","all ambassadors after contents"),
 (P,"en","Our franchisees, our staff and you: who does what in the Club Amidon. A page for every member, so you know whom to ask.","partners and staff as subject; every member"),
 (I,"fr","Ce mémo explique aux gérants de boutique comment présenter le Club Amidon aux clients fidèles et quand proposer l'adhésion. Réservé aux équipes en boutique.","shop teams"),
 (I,"fr","Amidonnés à rappeler (avis en attente de validation) : Mme Roux, M. Benoît, Mme Achour.\nListe de travail — Karim Haddad.","ambassadors to call; CM's working list"),
 (I,"fr","Note pour le comité de pilotage\nLe panel textile a testé trois lessives écologiques ; les résultats sont joints.","steering committee"),
 (I,"fr","Destinataires : panel textile (12 Amidonnés)\nProtocole de test de la nouvelle housse de protection, à renvoyer avant le 30 avril.","subgroup"),
 (I,"fr","Franchisés du réseau Lavandière : voici comment le Club Amidon est financé et ce qu'il vous coûte par boutique. Document réservé aux franchisés.","partners (franchisees)"),
 (I,"en","Wording guide — how staff answer Amidonnés who complain about a damaged garment. Internal use only; never paste these lines into the members' Discord.","staff; internal use only"),
 (I,"en","Amidonnés Or: invitation to the tasting of our new fabric softeners (17 October).\nSent only to the 15 members of the Gold level.","invitation to a subgroup only"),
 (I,"en","This document summarises the spring campaign: 340 new reviews, a 12 % rise in duvet cleanings, and the three shops where Amidonnés were most active. It is meant for the network management team.","management team, said late"),
 (C,"fr","### Confidentiel — direction réseau et avocate\nLitige avec un Amidonné : robe de mariée détériorée, demande d'indemnisation de 2 400 €.","heading mark"),
 (C,"fr","Sommaire\n1. Chiffre d'affaires par boutique\n2. Coût du Club Amidon\n3. Scénarios de fermeture\nDiffusion restreinte — Élodie Faure, Me Anne Rivière.","mark after TOC"),
 (C,"fr","Rapport d'inspection de la DREAL sur l'atelier de Vaulx-en-Velin, rejets de solvant. CONFIDENTIEL : ne pas communiquer aux franchisés, aux équipes ni au Club Amidon.","mark with negations naming groups"),
 (C,"fr","Préambule : ce dossier rassemble les éléments sur le départ d'une gérante de boutique et les propos qu'elle a tenus à plusieurs Amidonnées. Strictement confidentiel, direction et RH uniquement.","mark after preamble"),
 (C,"en","Confidential — do not distribute.\nTerms of the new franchise contract, including the share of Club Amidon costs borne by each franchisee.","explicit mark"),
 (C,"en","Data breach assessment: the loyalty-card database (4,800 customers, 260 Amidonnés). Restricted to the DPO and the managing director. Confidential.","restricted + confidential, late"),
 (N,"fr","Bilan du Club Amidon au 30 juin : 260 Amidonnés, dont 15 au niveau Or ; 1 140 avis déposés ; délai moyen de réponse aux sollicitations : 3,2 jours.","figures, no audience"),
 (N,"fr","Compte rendu de l'atelier ACTION du 2 décembre : trois groupes (familles, professionnels, mariages) et les thèmes de contenu retenus pour chacun.","minutes, no audience"),
 (N,"fr","Le col amidonné revient à la mode : notes pour un article sur l'entretien des chemises de cérémonie.","'amidonné' as adjective, no audience"),
 (N,"fr","Tableau des récompenses\n| Niveau | Seuil | Cadeau |\n|---|---|---|\n| Bleu | 0 | — |\n| Argent | 200 | nettoyage couette |\n| Or | 600 | abonnement 3 mois |","table, no audience"),
 (N,"fr","Réflexion sur l'épuisement des Amidonnés les plus actifs : les cinq premiers ont reçu 41 % des demandes en 2026.","analysis, no audience"),
 (N,"fr","Questions ouvertes sur la confidentialité : faut-il afficher le prénom des Amidonnés sous leurs avis en vitrine ? Faut-il leur demander un consentement écrit ?","confidentiality as topic"),
 (N,"en","Ideas for the winter campaign: free stain-removal workshop, 'before / after' photo contest, a badge for ten reviews.","ideas, no audience"),
 (N,"en","Purpose statement, second draft: 'Pressing Lavandière takes care of what people wear for the moments that matter.'","purpose draft"),
]
H["FEU"] = [
 (P,"fr","Carte postale à glisser dans les commandes — « Le Cercle Camellia vous ouvre ses portes »\nKit à partager avec vos proches : trois cartes, un code pour une dégustation offerte.","share kit for members"),
 (P,"fr","Invitation\nCérémonie du thé vert japonais, dimanche 9 novembre, salon de la rue des Carmes. Chaque Feuillantine et chaque Feuillantin peut venir accompagné·e.","invitation to every ambassador"),
 (P,"fr","Nos producteurs partenaires du Darjeeling et du Yunnan : qui ils sont, comment nous les choisissons, pourquoi les prix ont changé. Note rédigée pour tous les membres du Cercle Camellia.","partners as subject; all members"),
 (P,"fr","Historique des versions : v1 (mars), v2 (ajout du niveau Théière d'argent).\nRèglement du Cercle Camellia — applicable et communiqué à l'ensemble des Feuillantins.","all ambassadors after version history"),
 (P,"fr","À relayer : la Maison Camellia fête ses dix ans !\nPartagez la photo du gâteau au matcha et racontez votre premier thé chez nous.","post to relay"),
 (P,"en","A quiet guide to our tea houses: opening hours, the tasting menu, and how to book the private room. Written for every member of the Camellia Circle.","every member"),
 (P,"en","The tasting panel's spring notes — shared with all Feuillantins, so everyone can try the three teas before they reach the menu.","subgroup is the author; all ambassadors"),
 (P,"en","Poster for the tea-house windows: 'Members of the Camellia Circle taste first. Ask at the counter.'","window poster"),
 (I,"fr","Ce guide explique aux serveurs comment parler aux Feuillantins : reconnaître un membre, proposer la dégustation du mois, noter une contribution. Réservé au personnel des salons.","staff"),
 (I,"fr","Feuillantines et Feuillantins à inviter à la dégustation presse : Mme Nguyen, M. Hervé, Mme Sarraute.\nDocument de préparation — équipe événements.","ambassadors to invite; events team"),
 (I,"fr","Cercle des dégustateurs — compte rendu de la séance du 14 février\nDiffusé aux six membres du cercle des dégustateurs et à Mei Lin Dubois.","subgroup + CM"),
 (I,"fr","Note pour le comité de pilotage\nRésumé : fréquentation des salons en hausse de 8 %, 37 nouvelles Feuillantines, une plainte sur le bruit au salon de Bellecour.","steering committee"),
 (I,"fr","Fiche producteurs partenaires : conditions de visite des plantations par des Feuillantins, assurance, transport. À l'attention des producteurs partenaires uniquement.","partners"),
 (I,"en","Founding Feuillantins — your preview of the autumn menu before anyone else. This note goes to the twelve founding members only.","subgroup"),
 (I,"en","HR and front-of-house: how to handle a Feuillantine who asks a staff member out. Staff only.","staff only"),
 (I,"en","After the table of contents, the release notes and a page of acknowledgements: this handbook is for the managers of the five tea houses.","managers, said late"),
 (C,"fr","Confidentiel — fondateur et RH\nObjet : licenciement d'un serveur à la suite de remarques déplacées envers une Feuillantine.","explicit mark"),
 (C,"fr","Rachat du salon de Bellecour : offre, calendrier, effet sur le Cercle Camellia.\n**Diffusion restreinte — Arnaud Perrin, notaire.** Ne pas en parler aux Feuillantins.","bold diffusion restreinte, late"),
 (C,"fr","Ce document, qui reprend l'ensemble des marges par thé, par salon et par canal (vente sur place, boutique en ligne, coffrets Cercle Camellia), est STRICTEMENT CONFIDENTIEL et réservé à la direction.","mark at end of long sentence"),
 (C,"fr","Résumé de l'incident d'intoxication du 3 juillet (deux clientes, dont une Feuillantine). Confidentiel — direction, assureur et avocat.","mark after summary"),
 (C,"en","CONFIDENTIAL — founders and legal counsel only\nDraft settlement with a former partner producer over the 'Camellia Gold' blend name.","explicit mark"),
 (C,"en","Eyes only: Arnaud Perrin and Lucie Garnier. Confidential.\nSalary review of tea-house managers, including bonuses linked to Camellia Circle sign-ups.","eyes only + confidential"),
 (N,"fr","Bilan de l'année : 184 Feuillantins, 61 avis, 9 dégustations, 3 ateliers JE.","figures, no audience"),
 (N,"fr","Synthèse de l'atelier JE : les Feuillantines veulent apprendre (origines, préparation), les Feuillantins retraités veulent surtout un lieu calme pour se retrouver.","synthesis, no audience"),
 (N,"fr","La feuillantine au praliné servie avec le thé de Noël : recette, fournisseur, coût de revient.","'feuillantine' the pastry"),
 (N,"fr","Idées de contributions nouvelles : écrire une note de dégustation, parrainer un ami, tenir un stand au marché de Noël.","ideas, no audience"),
 (N,"fr","Que dire quand un Feuillantin demande la composition d'un mélange maison ? La question reste ouverte.","question about ambassadors, no audience"),
 (N,"fr","Raison d'être du Cercle Camellia (proposition) : faire de chaque tasse une conversation.","purpose draft"),
 (N,"en","Tea of the month: a 2024 first-flush Darjeeling from the Jungpana estate, muscatel notes, 3 minutes at 85 °C.","product note, no audience"),
 (N,"en","Notes on confidentiality: what Feuillantins tell staff over tea about their health or family — should any of it be written in the CRM?","confidentiality as topic"),
]
H["CRN"] = [
 (P,"fr","Invitation — Fête du club, dimanche 22 juin\nConcours d'attelage, baptêmes poney, barbecue. Toutes les Crinières sont attendues, famille comprise.","invitation to all ambassadors"),
 (P,"fr","Kit à partager avec vos proches : « Premier cours offert aux Écuries du Val d'Aulnay ».\nUn bon à imprimer et un texte à envoyer aux amis qui hésitent.","share kit"),
 (P,"fr","À afficher au club-house\nLe bureau des cavaliers a voté : la sortie en forêt d'octobre aura lieu le 12. Inscriptions au secrétariat, ouvertes à tout le Club Crinière.","poster; subgroup as subject; open to all"),
 (P,"fr","Sommaire : 1. Sécurité à cheval 2. Le règlement du manège 3. Vos points Crinière\nCe livret, remis par Thomas Lebrun à chaque nouvelle Crinière, s'adresse à l'ensemble des membres du club.","all members after TOC"),
 (P,"fr","Texte à relayer : « Aux Écuries du Val d'Aulnay, on apprend à monter, mais surtout à comprendre son cheval. » Ajoutez une photo de votre monture préférée.","text to relay"),
 (P,"en","How our instructors and grooms work with you — a page for all Crinières on who to ask for what, from saddle fitting to lesson swaps.","staff as subject; all ambassadors"),
 (P,"en","Share kit: three photos of the new outdoor arena and a short caption. Send them to friends who might want a trial lesson.","share kit"),
 (P,"en","After a long summary of the season — two new horses, the covered arena finally open, the regional show in Chantilly — this letter goes out to every member of the Crinière Club.","all members after long intro"),
 (I,"fr","Ce guide explique aux moniteurs comment parler aux Crinières de la vente d'un cheval de club. Document interne — moniteurs et palefreniers.","instructors and grooms"),
 (I,"fr","Crinières à contacter pour le témoignage vidéo du salon Equita : Léa Marchand, Hugo Besson, Anaïs Mercier.\nSuivi interne — Thomas Lebrun.","ambassadors to contact; internal"),
 (I,"fr","Bureau des cavaliers — ordre du jour du 5 mars\nPour les sept membres élus du bureau seulement : tarifs 2027, nouvelle carrière, jumelage.","subgroup"),
 (I,"fr","Note pour le comité de pilotage : charge des Crinières Galop 7 (sollicitées 9 fois au printemps), proposition de rotation.","steering committee"),
 (I,"fr","Clubs partenaires (Écurie des Trois Chênes, Poney-club de Sucy) : conditions d'accueil des Crinières en stage. Document destiné aux clubs partenaires.","partners"),
 (I,"en","Crinières Galop 7 — invitation to ride at the Chantilly show as club representatives. For the Galop 7 group only.","invitation to a subgroup"),
 (I,"en","Safety briefing notes after the fall of 14 May (no serious injury). For the instructors' eyes before Monday's meeting.","instructors, no confidentiality mark"),
 (I,"en","Changelog: updated lesson rota; removed two retired horses.\nStable team handbook — for the stable staff of all three centres.","staff, after changelog"),
 (C,"fr","CONFIDENTIEL — ne pas diffuser\nRapport vétérinaire et décision d'euthanasie de Tornade ; un membre du Club Crinière envisage une action en justice.","explicit mark"),
 (C,"fr","Introduction : à la demande de l'assureur, ce dossier retrace l'accident de la carrière du 14 mai, les témoignages des moniteurs et les échanges avec la famille de la cavalière.\nConfidentiel — direction et responsable sécurité uniquement.","mark after intro"),
 (C,"fr","**Diffusion restreinte** — Claire d'Aulnay, expert-comptable\nValorisation des trois centres et proposition de cession partielle du Val d'Aulnay.","bold diffusion restreinte"),
 (C,"fr","Signalement : comportement inapproprié d'un moniteur envers une jeune Crinière. Strictement confidentiel, direction et référent protection de l'enfance.","mark after subject"),
 (C,"en","Strictly confidential — director only.\nNegotiation with the Trois Chênes partner club about sharing members' data and horses.","explicit mark"),
 (C,"en","Restricted distribution: Claire d'Aulnay and Maxime Roy. Confidential.\nVeterinary bills and insurance claims for 2026, per horse.","restricted + confidential"),
 (N,"fr","Bilan de la saison : 96 Crinières actives, 44 avis Google, 12 parrainages, 5 témoignages vidéo.","figures, no audience"),
 (N,"fr","Tresser une crinière pour un concours : étapes, matériel, temps nécessaire (45 minutes pour un cheval de dressage).","'crinière' the mane"),
 (N,"fr","Compte rendu de l'atelier NOUS : raison d'être proposée, « transmettre le respect du cheval », objectifs et indicateurs à retenir.","minutes, no audience"),
 (N,"fr","Pourquoi certaines Crinières quittent le club après le Galop 4 ? Quatre entretiens, deux pistes : le prix du forfait, la peur après une chute.","analysis, no audience"),
 (N,"fr","Liste des badges : Première sortie, Cent heures en selle, Parrain, Plume d'or (meilleure critique).","list, no audience"),
 (N,"fr","Confidentialité des dossiers médicaux des cavaliers : ce que le club doit conserver, combien de temps, qui peut y accéder selon la loi.","confidentiality as topic"),
 (N,"en","Persona 'the returning rider': rode as a teenager, comes back at 40, wants a patient instructor and a calm horse.","persona, no audience"),
 (N,"en","Ideas for the 20th anniversary: a relay ride between the three centres, a photo book of the Crinières, a charity show.","ideas, no audience"),
]

README_LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 61) from DOMAIN.md, "
                "the issue and the format only, without reading the project's code, tests or other data sets. "
                "Do not tune anything on it.")

def main():
    rng = random.Random(51)
    rows = []
    for prefix, *_ in CLIENTS:
        items = list(H[prefix])
        rng.shuffle(items)
        for k, (level, lang, head, note) in enumerate(items, 1):
            rows.append({"id": f"{prefix}-{k:03d}", "head": head, "level": level, "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    amb, cl = [], []
    for prefix, client, sector, program, forms, sub, staff in CLIENTS:
        amb += forms
        cl += [client, program]
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump({"ambassadors": amb, "clients": cl}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    nfr = sum(r["lang"] == "fr" for r in rows)
    lines = [README_LINE1, ">", "",
             "# markings_heldout51: readership hidden among subject words",
             "",
             "Flavour: heads of documents that talk *about* the ambassadors, partners, staff or confidential "
             "matters, while their readership is said once, sometimes late (after a summary, a table of contents, "
             "a changelog line or a long introductory sentence), sometimes only by the document's purpose "
             "(« à relayer », « kit à partager avec vos proches », « note pour le comité de pilotage », "
             "\"for the board's eyes\", « à afficher en boutique »). Group names appear as the subject, in quotes, "
             "in lists of people to contact, in negations (« ne pas transmettre aux … ») and in phrases such as "
             "« ce guide explique aux équipes comment parler aux … ». Some ambassador names are also ordinary words "
             "(a mane, a pastry, a starched collar, a bookmark) used in their ordinary sense. 'none' heads mention "
             "ambassadors or confidentiality only as a topic.",
             "",
             f"Count: {len(rows)} heads, 5 clients × 30 (8 public, 8 internal, 6 confidential, 8 none each); "
             f"{nfr} French, {len(rows)-nfr} English. Files: `cases.jsonl`, `names.json`; `gen.py` writes them, "
             "`validate.py` checks them.",
             "",
             "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
             "|---|---|---|---|---|"]
    for prefix, client, sector, program, forms, sub, staff in CLIENTS:
        lines.append(f"| {prefix} | {client} ({sector}) | {program} | {', '.join(forms)} | {sub} |")
    lines += ["", "## Leadership", ""]
    for prefix, client, sector, program, forms, sub, staff in CLIENTS:
        lines.append(f"- **{prefix} / {client}**: {staff}")
    lines += ["", "## Notes on labels", "",
        "- The readership is who the head says may read the document, not who it talks about. Ambassadors named as the subject, listed as people to contact or invite, or quoted in a draft greeting do not make a head public.",
        "- Share kits, texts or posts « à relayer », and invitations addressed to « vous » in the program's voice, are public: they are content for every ambassador to pass on. A shop/club-house/window poster is public (anyone, so every ambassador, may read it).",
        "- An invitation or a preview sent only to a subgroup (Gold level, founding members, Galop 7) is internal; a draft invitation « not for circulation to members yet » is internal.",
        "- Notes for a steering committee, \"for the board's eyes\" and \"for the instructors' eyes\" without a confidentiality word are internal (a smaller group, no explicit mark). With \"eyes only\" plus \"confidential\", or « diffusion restreinte », the head is confidential.",
        "- Partners (installers, publishers, franchisees, producers, partner clubs) are a smaller group than all ambassadors: internal.",
        "- A negation « ne pas transmettre aux X » restricts the readership: never public (fail closed). « Rien de confidentiel … circule librement entre tous les X » is public: the word is negated and the audience is all ambassadors.",
        "- Confidentiality as a topic (GDPR reflections, meeting notes on confidentiality, a page explaining that referral data stay confidential) is not a mark: such heads are none, or public when they also address all ambassadors.",
        "- A head with no audience at all (figures, minutes, idea lists, point tables, personas, purpose drafts) is none, even when it is full of ambassador names.",
        ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

if __name__ == "__main__":
    main()
