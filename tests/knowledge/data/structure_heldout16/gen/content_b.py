# -*- coding: utf-8 -*-
"""Documents 7-12 of the Zircalis / programme Opaline set (same mini-markup as content_a.py)."""

DOCS_B = {}

DOCS_B["welcome_guide_opalins.html"] = ("html", "en", None, r"""
@read For all Opalins - the Zircalis customer ambassador community, worldwide. Feel free to forward to new members.
@title Welcome to the Opaline program
{k:w_intro} Welcome aboard! You have been invited because your lab uses Zircalis milling machines or ZirCAD every day and other technicians trust what you say. This short guide covers what you need in your first weeks. The reference documents (charter, levels guide, rewards rules) are in French; ask Lumo or Maëlle if anything is unclear.
## Your first week
{k:w_firstweek} In your first week, we suggest you:
+ introduce yourself in the #bienvenue channel (English is fine!);
+ link your lab to your Discord profile with the /lien command;
+ read the charter and the levels guide;
+ tell Maëlle which kinds of contributions you enjoy.
## Where things happen
{k:w_atelier} Most of the program lives on the Atelier Opaline, our private Discord server. You will receive an invitation link by email once your lab is registered.
{k:w_atelier2} Every new member is welcomed by a buddy, an experienced Opalin from a lab of similar size, who can answer practical questions during your first month. Your buddy introduces themselves in a direct message within a few days of your arrival.
{k:w_channels} The server has a few channels you will use often:
- #bienvenue, for introductions;
- #questions-programme, for anything about grains, levels or rewards;
- #entraide, for technical help between labs, with two sub-channels:
  - #zircad for software questions;
  - #frittage for sintering settings;
- #idées, for improvement ideas;
- #international, for members outside France, in English and German.
## Languages
{k:w_lang} The program runs in French, but you never need to speak French to take part. Testimonials in English or German are welcome and earn the Ambassadeur export badge. Lumo, our Discord assistant, answers in English when you write to it in English.
## Levels in a nutshell
{k:w_levels} Every contribution earns grains, the program's points. Your grains over the last 12 months set your level: Ébauche when you join, then Fraisage, Frittage and Glaçage. The names come from the steps of making a zirconia crown, from the raw blank to the final glaze. The levels guide gives the thresholds and what each level unlocks.
{k:w_levels2} Levels are there to say thank you. Your current level and grain balance are shown by the /solde command on Discord, together with the grains you still need for the next level.
## Who to contact
{k:w_contacts} Depending on your question, here is who to reach:
|Topic|Contact|How
|Program, grains, solicitations|Maëlle Fournier, community manager|Discord direct message or maelle.fournier@zircalis.fr
|Technical problems with your machine|Zircalis support|support@zircalis.fr // +33 4 50 00 12 12
|Germany, Austria, German-speaking Switzerland|Lukas Brenner, export sales|lukas.brenner@zircalis.de
|Complaints about the program|Julien Raspail, program lead|By email, answered within 10 working days
## How much time it takes
{k:w_time} There is no minimum. Most Opalins spend between one and three hours a month on the program, and you can turn down any request.
## Rewards outside France
{k:w_ship} Rewards from the catalogue ship to the EU, Switzerland and the UK. Outside France, zirconia discs and burs travel with your next order; the advanced ZirCAD training runs online in English twice a year.
## Easy to miss
{k:w_overlooked} A few things new members often miss:
- always mention that you are part of the program when you post a review;
- the reactivity bonus counts even when you answer "no";
- your lab's name is never published without your written consent;
- grains are counted per lab, not per person.
## One last word
{k:w_last} The program works because it stays honest. Say what you really think about our machines, including what annoys you: that is exactly why other labs listen to you.
## About Zircalis
{k:w_about} Zircalis designs and builds zirconia milling machines (the M5 and M7 ranges) and the ZirCAD design software in Annecy, France. Around 1,400 dental labs in Europe work with our machines, from one-person workshops to large production centres.
""")

DOCS_B["manuel_evenements_2027.docx"] = ("docx", "fr", None, r"""
@read À l'attention de tous les ambassadeurs du programme Opaline, tous niveaux confondus
@title Manuel des événements Opalins 2027
Ce manuel rassemble tout ce qu'il faut savoir avant, pendant et après un événement où vous représentez votre laboratoire aux côtés de Zircalis.
## Les événements où l'on a besoin de vous
{k:ev_types} Les Opalins peuvent participer à quatre types d'événements :
- les salons professionnels :
  - IDS à Cologne, en mars, tous les deux ans ;
  - ADF à Paris, en novembre ;
- les journées portes ouvertes dans nos showrooms de Lyon et d'Annecy ;
- les webinaires clients, en tant qu'intervenant ;
- la Journée Opaline, réservée aux membres.
## Avant l'événement
{k:ev_avant} Vous recevez la sollicitation au moins trois semaines avant. Une fois votre participation confirmée, la community manager vous envoie un kit : badge exposant, planning de présence sur le stand et une fiche sur les nouveautés à connaître. Pas de script : on vous demande de parler de votre pratique.
## Sur le stand
{k:ev_stand} Sur un stand, votre rôle se limite à trois choses :
- accueillir les prothésistes qui veulent un avis de terrain ;
- faire une démonstration de votre flux de travail, si vous le souhaitez ;
- orienter les questions de prix vers l'équipe commerciale.
{k:ev_pauses} Les créneaux durent 3 heures au maximum, avec une pause d'au moins 30 minutes entre deux créneaux. Personne ne tient le stand seul.
## Les portes ouvertes
{k:ev_po} Les portes ouvertes des showrooms de Lyon et d'Annecy accueillent une vingtaine de laboratoires par jour. Votre présence permet aux visiteurs de voir une machine utilisée par un confrère, pas seulement par un commercial. Une demi-journée suffit si vous venez de loin.
## Frais et remboursements
{k:frais} Ce que Zircalis prend en charge :
|Poste|Prise en charge|Plafond
|Transport|Train en 2de classe ou indemnités kilométriques|0,40 € par km // Au-delà de 300 km, train obligatoire
|Hébergement|Hôtel réservé par Zircalis|1 nuit par jour d'événement
|^|^|Nuit de la veille si vous venez de plus de 400 km
|Repas|Forfait|35 € par jour
|Remplacement au labo|Indemnité forfaitaire|250 € par jour de présence // Niveaux Frittage et Glaçage
{k:frais_delai} Les notes de frais sont à envoyer dans les 30 jours suivant l'événement, avec les justificatifs, via le formulaire épinglé dans le canal #frais. Le remboursement intervient sous 20 jours.
## Après l'événement
{k:ev_apres} Dans la semaine qui suit, Maëlle vous demande un court retour : combien de visiteurs vous avez vus, quelles questions revenaient, ce qui a manqué sur le stand. Ce retour compte comme une idée d'amélioration s'il débouche sur une proposition concrète.
## La Journée Opaline
{k:jo} La Journée Opaline a lieu chaque année en septembre au siège de Zircalis, à Annecy. Au programme : visite de l'usine, présentation de la feuille de route par la R&D, ateliers entre pairs et dîner au bord du lac.
{k:jo_inscr} L'inscription ouvre en juin. Les Opalins Frittage et Glaçage sont invités d'office ; les autres peuvent obtenir une place contre 200 grains, dans la limite de 25 places.
## Un imprévu ?
{k:ev_annul} Si vous ne pouvez plus venir, prévenez au moins 72 heures avant quand c'est possible. Une annulation n'a aucune conséquence sur votre niveau, et les frais déjà engagés (billet non remboursable, par exemple) restent pris en charge.
## Webinaires : conseils pratiques
{k:webi} Pour intervenir dans un webinaire, prévoyez :
- un ordinateur avec caméra et un casque ;
- une pièce calme, si possible loin de la salle de fraisage ;
- deux ou trois cas cliniques anonymisés à montrer ;
- une répétition de 30 minutes avec l'équipe marketing, la semaine précédente.
{k:webi_duree} Un webinaire dure 45 minutes, questions comprises. Votre intervention occupe en général 15 à 20 minutes.
## Photos et vidéos pendant les événements
{k:ev_photos} Des photos sont prises sur le stand et pendant la Journée Opaline. Si vous ne souhaitez pas apparaître sur les réseaux de Zircalis, dites-le en arrivant : un autocollant discret sur votre badge suffit à prévenir le photographe.
""")

DOCS_B["lettre_opalins_n14_mars2027.html"] = ("html", "fr", None, r"""
@read La Lettre des Opalins - n°14 - mars 2027 - envoyée à toute la communauté Opaline
@title La Lettre des Opalins, mars 2027
## L'édito de Maëlle
{k:nl_edito} Bonjour à toutes et à tous ! Mars, c'est le mois d'IDS à Cologne, et sept d'entre vous ont tenu le stand avec nous pendant cinq jours. Merci pour votre énergie et pour la franchise de vos échanges avec les visiteurs : plusieurs labos allemands nous ont dit être venus pour vous parler, pas pour voir les machines.
## Retour sur IDS
{k:nl_ids} Cinq jours, plus de 600 visiteurs sur le stand et sept Opalins venus de France, de Belgique et d'Allemagne. Le format qui a le mieux marché : les démonstrations de flux de travail en direct, quand un Opalin montrait comment il prépare un bridge multicouche du scan jusqu'au frittage.
{k:nl_ids2} Ce qu'on change pour l'ADF en novembre : des créneaux plus courts, un coin assis pour discuter au calme et une fiche simple sur le programme pour les labos qui demandent comment devenir Opalin.
## Les chiffres du mois
{k:nl_chiffres} En février, la communauté a publié 4 témoignages, répondu à 37 questions sur l'Atelier et gagné 2 860 grains au total. 92 % des sollicitations ont reçu une réponse, oui ou non, en moins de 5 jours.
## Nouveau format à l'essai
{k:nl_audio} Suite à l'atelier de février, nous testons un témoignage audio : 5 minutes au téléphone avec Maëlle, sans caméra. Il rapporte 60 grains. Le test dure jusqu'à fin juin, on fera le bilan dans la Lettre de juillet.
## Ce qui change au 1er avril
{k:nl_avril} Trois changements entrent en vigueur le 1er avril :
- les partages sur les réseaux sociaux passent de 5 à 8 grains, toujours dans la limite de 10 par mois ;
- deux nouvelles récompenses arrivent au catalogue :
  - une formation ZirCAD pour apprentis (350 grains) ;
  - un abonnement d'un an à la bibliothèque de teintes ZirShade (280 grains) ;
- la commande /solde affiche désormais la date d'expiration de vos grains.
## Agenda
{k:nl_agenda} Les prochains rendez-vous où l'on cherche des Opalins :
|Date|Événement|Opalins recherchés
|25 mars|Webinaire « Multicouches : réglages de frittage »|1 intervenant, niveau Frittage ou Glaçage
|8 avril|Portes ouvertes au showroom de Lyon|2 Opalins par jour // De préférence en Auvergne-Rhône-Alpes
|9 avril|^|^
|15 mai|Comité consultatif produit|Membres Glaçage
{k:nl_agenda_insc} Pour vous proposer, répondez « je suis partant » sous l'annonce correspondante dans #sollicitations.
## Portrait : Dentaluz, à Rennes
{k:nl_portrait} Ce mois-ci, on part à Rennes chez Dentaluz, 4 personnes, client depuis 2021 et Opalin niveau Frittage. Sa gérante, Claire Le Goff, a répondu à 52 questions sur l'Atelier l'an dernier, ce qui lui a valu le badge Mentor.
{k:nl_portrait2} « Ce que j'aime, c'est qu'on parle de vrais réglages, pas de marketing. Quand un jeune labo galère avec ses temps de frittage, je me revois il y a cinq ans. »
## La question du mois sur l'Atelier
{k:nl_question} « Quelle température de préchauffage utilisez-vous pour les disques multicouches ? » Le fil a reçu 14 réponses en une semaine, avec des réglages très différents selon les fours. Claire a proposé d'en faire un tableau partagé : il est épinglé dans #frittage.
## N'oubliez pas
{k:nl_rappel} Les premiers grains attribués au lancement du programme, en avril 2025, arrivent à expiration le 30 avril 2027. Pensez à les convertir avant cette date !
## Bienvenue aux nouveaux
{k:nl_bienvenue} Ce mois-ci, six laboratoires ont rejoint le programme, dont deux en Suisse romande et un à Liège. Pensez à leur souhaiter la bienvenue dans #bienvenue et à partager vos astuces de démarrage : la première contribution est toujours la plus intimidante.
## Le mot de la fin
{k:nl_fin} Vous avez une idée de sujet pour la prochaine Lettre ? Un labo à mettre à l'honneur ? Écrivez-nous sur #idées. Et si vous ne souhaitez plus recevoir la Lettre par e-mail, un simple message à Maëlle suffit.
""")

DOCS_B["calendrier_sollicitations_2027.txt"] = ("txt", "fr", "numbered", r"""
@read Version partagée avec les Opalins. La version détaillée (noms, relances) reste interne à l'équipe Community.
@read Mise à jour : 3 mars 2027
@title CALENDRIER DES SOLLICITATIONS 2027 - PROGRAMME OPALINE
## Comment lire ce calendrier
{k:cal_lire} Ce calendrier liste les besoins connus à l'avance. Il ne dit pas qui sera sollicité : Maëlle fait tourner les demandes pour qu'aucun Opalin ne reçoive plus de deux sollicitations par mois.
{k:cal_maj} Il est mis à jour au début de chaque mois et épinglé dans le canal #sollicitations. Les lignes peuvent bouger : une date de salon ou de sortie logicielle se décale parfois.
{k:cal_legende} Dans les tableaux, une case vide dans la colonne Mois signifie que la ligne concerne le même mois que la ligne du dessus. Les grains indiqués sont ceux du barème en vigueur au moment de la mise à jour ; ils suivent le barème s'il change en cours d'année.
## Les besoins de l'année
### Premier trimestre
{k:cal_t1}|Mois|Besoin|Profil recherché|Grains prévus
|Janvier|3 avis en ligne après la sortie de ZirCAD 9|Utilisateurs de ZirCAD 9 // depuis au moins un mois|25 par avis
|Février|Atelier JE en visio|Tous niveaux, 20 places|15 pour la participation
|Mars|Stand IDS Cologne|6 Opalins germanophones ou anglophones|80 par jour
|^|Témoignage vidéo diffusé sur le stand|1 centre de production|120
### Deuxième trimestre
{k:cal_t2}|Mois|Besoin|Profil recherché|Grains prévus
|Avril|Portes ouvertes à Lyon|2 Opalins par jour|80 par jour
|Mai|Bêta fermée ZirCAD 9.2|Niveaux Frittage et Glaçage|100 par session
|Juin|5 témoignages écrits pour le nouveau site|Petits labos de préférence|40 par témoignage
### Second semestre
{k:cal_s2}|Mois|Besoin|Profil recherché|Grains prévus
|Septembre|Journée Opaline|Sur invitation ou sur inscription|Aucun
|Octobre|Lancement en Allemagne : 4 témoignages en allemand|Labos germanophones|40 // plus le badge Ambassadeur export
|Novembre|Stand ADF Paris|8 Opalins|80 par jour
|Décembre|Enquête annuelle de satisfaction des Opalins|Tous|Aucun, elle ne rapporte pas de grains
## Délais de prévenance
{k:cal_delais} Les délais minimum entre la demande et la date sont les suivants :
- salon ou tournage vidéo : 3 semaines ;
- témoignage écrit ou avis en ligne : 10 jours ;
- bêta ou atelier produit : 2 semaines ;
- demande urgente : possible, mais toujours facultative et signalée comme telle.
## Règles de rotation
{k:cal_rotation} Un Opalin qui a participé à un salon n'est pas resollicité pour un salon dans les 6 mois suivants. Les membres Glaçage, très demandés en 2026, sont sollicités en dernier quand un autre profil convient.
{k:cal_rotation2} Les petits labos ne reçoivent pas de demande de tournage vidéo sauf s'ils se sont portés volontaires.
## Se porter volontaire
{k:cal_volontaire} Vous pouvez vous proposer pour n'importe quelle ligne du calendrier en écrivant « je suis partant » sous le message correspondant dans le canal #sollicitations. Les volontaires passent en priorité, dans le respect de la rotation.
## Ce qui n'est pas dans le calendrier
{k:cal_horscal} Les réponses sur l'Atelier, les idées et les partages ne sont jamais sollicités : vous les faites quand vous voulez. Seules les contributions qui demandent une préparation figurent ici.
## Répondre à une sollicitation
{k:cal_reponse} Chaque sollicitation envoyée par Maëlle ou par Lumo précise :
- ce qui est demandé et pour quelle date ;
- le temps à prévoir, préparation comprise ;
- les grains prévus et, le cas échéant, les frais pris en charge ;
- la date limite pour répondre.
{k:cal_reponse2} Un simple oui ou non suffit. Si la date ne vous convient pas mais que le sujet vous intéresse, dites-le : il arrive souvent qu'on puisse décaler un tournage ou un témoignage de quelques semaines.
## Une question sur le calendrier ?
{k:cal_contact} Écrivez sur #questions-programme ou directement à Maëlle. Si vous repérez un salon régional ou une formation où la présence d'un Opalin aurait du sens, proposez-le : le calendrier s'enrichit aussi grâce à vos idées.
""")

DOCS_B["data_and_assistant_policy.pdf"] = ("pdf", "en", "no-outline", r"""
@read Public document - Zircalis SAS, Annecy. Applies to all Opaline members and to the Lumo assistant.
@title Data and Assistant Policy - Opaline Program
## 1. What this policy covers
{k:dp_scope} This policy explains what data the Opaline program collects about its members, why, how long it is kept, and how Lumo, the AI assistant on our Discord server, works. It complements the general privacy notice of Zircalis SAS.
## 2. Data we collect
{k:dp_collect} We collect only the following data:
- identity and contact details of the lab's referent person;
- the contributions you declare, their dates and the grains awarded;
- your answers to solicitations (yes, no, or no answer) and the time taken to answer;
- your messages in the program's Discord spaces:
  - public channels of the Atelier Opaline;
  - your direct messages with Lumo.
{k:dp_nocollect} We do not collect your lab's production data, patient data, or anything from your ZirCAD files.
## 3. Why we use it
{k:dp_why} Data is used to run the program: computing grains and levels, planning solicitations so that nobody is asked too often, and measuring the program's health (response delays, retention). It is never sold and never used to set your prices or your maintenance contract.
## 4. How long we keep it
{k:dp_ret} Retention periods:
|Data|Kept for|After that
|Contributions and grains|Membership + 24 months|Anonymised for statistics
|Answers to solicitations|3 years|Deleted
|Conversations with Lumo|90 days|Deleted // A summary may stay in the CM's notes if a handoff happened
|Published testimonials|As long as they are published|Removed on request at any time
## 4b. Who can see your data
{k:dp_who} Access is limited to the people who need it:
- the community manager and the program lead see everything listed in section 2;
- sales staff only see whether a lab is an Opalin and its level;
- the technical support team sees nothing from the program.
{k:dp_security} Program data is hosted in the European Union. Discord itself is operated by a company based in the United States; what you post on the server is also subject to Discord's own terms.
## 5. Lumo, the program assistant
{k:dp_lumo} Lumo is an AI assistant, and it says so at the start of every conversation. It can remind you of solicitations, record a contribution you declare, show your grains and level, and answer questions about the program using the program's documents.
{k:dp_lumo_not} Lumo will not:
- approve a contribution or grant grains by itself, since the community manager validates;
- answer medical, legal or tax questions;
- read your private messages with other members.
## 6. When a human takes over
{k:dp_handoff} Lumo hands the conversation over to the community manager when:
- you ask to speak to a person;
- you express a complaint or frustration;
- the question involves money beyond the catalogue (refunds, invoices, disputes);
- Lumo cannot find the answer in the program documents.
{k:dp_handoff2} The community manager replies within two working days, and you are told when the handoff happens.
## 7. Consent and opting out
{k:dp_consent} Reminders and recommendations from Lumo are sent only if you ticked the corresponding box when you joined. You can withdraw this consent at any time with the /rappels off command or by writing to the community manager; you keep all other program features.
{k:dp_rights} Under the GDPR you can access, correct or delete your data by writing to dpo@zircalis.fr. We answer within one month.
## 8. What not to tell Lumo
{k:dp_conf} Do not share patient names, photos of patients, or your own customers' prices with Lumo. If this happens, tell the community manager, who will delete the conversation.
## 9. Changes to this policy
{k:dp_changes} We announce any change to this policy in the Lettre des Opalins one month before it applies. The version in force is always pinned in #questions-programme.
""")

DOCS_B["guide_contributions_opalins.md"] = ("md", "fr", None, r"""
@read Pour tous les Opalins, du niveau Ébauche au niveau Glaçage
@title Guide pratique des contributions
{k:gc_intro} Chaque contribution se déclare avec la commande /contribution sur Discord, ou par e-mail à Maëlle. Ce guide donne, type par type, ce qu'on attend et les pièges à éviter. Les grains correspondants sont dans le guide des niveaux.
## Le témoignage écrit
{k:gc_ecrit} Un bon témoignage écrit répond à trois questions :
- quelle était la situation de votre labo avant ;
- ce qui a changé avec Zircalis, chiffres à l'appui si vous en avez ;
- ce que vous diriez à un confrère qui hésite.
{k:gc_ecrit_long} Comptez 150 à 400 mots. Vous pouvez l'écrire vous-même ou répondre à une interview de 20 minutes avec Maëlle, qui rédige ensuite un texte que vous relisez et validez.
## Le témoignage vidéo
{k:gc_video} Le tournage a lieu dans votre labo, avec une équipe de deux personnes, pendant une demi-journée au maximum. Le montage final dure 3 minutes au plus. Vous validez la version finale avant toute diffusion et pouvez demander son retrait à tout moment.
## Les avis en ligne
{k:gc_avis} Les plateformes prises en compte sont :
- Google, sur la fiche Zircalis Annecy ;
- Capterra, pour le logiciel ZirCAD ;
- le forum Prothèse Dentaire Pro, section Équipement.
{k:gc_avis_regle} Un avis doit refléter votre expérience, bonne ou moins bonne : un avis critique rapporte exactement les mêmes grains. Mentionnez que vous êtes membre du programme, par exemple avec la phrase « Je fais partie du programme ambassadeurs de Zircalis ».
## Recommander un confrère
{k:gc_reco} Si un confrère vous demande conseil, proposez-lui d'être mis en contact avec l'équipe commerciale. Déclarez la mise en relation avec son accord, via /contribution recommandation : 60 grains à la déclaration, 150 de plus s'il signe dans les 6 mois.
{k:gc_reco_non} Ce qui ne compte pas comme une mise en relation :
- transmettre une simple adresse e-mail sans l'accord du confrère ;
- un labo déjà client ou déjà en discussion avec nos commerciaux ;
- votre propre labo ou un labo du même groupe.
## Partager sur les réseaux
{k:gc_partage} Un partage compte quand vous republiez un contenu de Zircalis avec quelques mots à vous, sur LinkedIn, Instagram ou Facebook. Un partage sans commentaire ne se déclare pas. Le plus utile reste de montrer votre propre travail : une photo de réalisation vaut mieux que dix republications.
## Aider sur l'Atelier
{k:gc_aide} Les réponses utiles rapportent 15 grains quand l'auteur de la question les marque comme solution. Pas besoin d'être expert : partager un réglage de four qui a marché chez vous, c'est déjà précieux.
## Proposer une idée
{k:gc_idee} Pour qu'une idée soit étudiée, décrivez :
- le problème rencontré, avec un exemple concret ;
- la solution que vous imaginez, si vous en avez une ;
- à quelle fréquence le problème se pose au labo.
{k:gc_idee_rep} L'équipe produit répond à chaque idée sous un mois, même quand la réponse est non.
## Participer à la co-création
{k:gc_cocrea} Les sessions de co-création sont ouvertes selon le niveau : les bêtas fermées à partir de Frittage, le comité consultatif au niveau Glaçage. Les ateliers produit ponctuels sont ouverts à tous, sur inscription.
## Choisir le bon moment
{k:gc_moment} Le meilleur témoignage arrive souvent juste après une réussite : un cas difficile bien sorti, un gain de temps mesuré, une formation d'apprenti qui a porté ses fruits. Notez-le sur le moment, même en deux lignes, et envoyez-le à Maëlle : elle vous aidera à en faire quelque chose.
## Ce qu'on ne vous demandera jamais
{k:gc_jamais} On ne vous demandera jamais de publier un texte écrit par Zircalis, de noter un produit que vous n'utilisez pas, ni de dénigrer un concurrent.
## Et si je me trompe ?
{k:gc_erreur} Une contribution mal déclarée n'est pas grave : Maëlle la corrige lors de la validation. Si vous avez déclaré deux fois la même chose, dites-le simplement sur #questions-programme.
""")
