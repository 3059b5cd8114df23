# -*- coding: utf-8 -*-
"""Documents 1-6 of the Zircalis / programme Opaline set, in the generator's mini-markup.

Mini-markup (parsed by build.py):
  @title / @read      document title / readership line(s) (read lines come FIRST in every output)
  ## / ### / ####     section heading levels 1 / 2 / 3 (the title is not part of the heading path)
  {k:name} ...        tags the block (paragraph, list intro, or table header) for questions
  - item / + item     bullet / numbered item; two leading spaces = nested item
  |a|b|c              table row (first row = header); "^" = merged with the cell above; " // " = line break in a cell
  any other line      a paragraph
"""

DOCS_A = {}

DOCS_A["charte_programme_opaline.txt"] = ("txt", "fr", "plain", r"""
@read Diffusion : tous les Opalins (membres du programme Opaline de Zircalis)
@read Version 3 - janvier 2027 - remplace la version de mars 2025
@title Charte du programme Opaline
## Pourquoi cette charte
Le programme Opaline réunit les laboratoires de prothèse dentaire clients de Zircalis qui ont envie de partager leur expérience de nos fraiseuses et du logiciel ZirCAD. Cette charte fixe ce que nous attendons les uns des autres, dans les deux sens.
Elle est courte exprès. Si un point n'y figure pas, demandez à Maëlle Fournier, notre community manager, ou posez la question sur le canal #questions-programme de l'Atelier Opaline.
## Notre raison d'être
{k:ch_raison} Nous voulons que chaque prothésiste puisse choisir son équipement en écoutant d'autres prothésistes plutôt que des plaquettes commerciales. Le programme Opaline existe pour rendre cette parole entre pairs possible, honnête et reconnue.
## Qui peut devenir Opalin
{k:ch_qui} Pour rejoindre le programme, un laboratoire doit remplir les conditions suivantes :
- être client Zircalis depuis au moins 12 mois, avec un contrat de maintenance actif ;
- avoir donné une note de 9 ou 10 à l'enquête de satisfaction annuelle ;
- désigner une personne référente (le gérant ou un prothésiste du labo) ;
- accepter la présente charte.
{k:ch_audience} L'audience sur les réseaux sociaux n'est jamais un critère d'entrée. Un petit labo de trois personnes qui forme bien ses apprentis compte autant qu'un centre de production de quarante fraiseuses.
## Nos engagements envers vous
{k:ch_engag_zirc} Zircalis s'engage à :
- ne jamais vous solliciter plus de deux fois par mois ;
- vous prévenir au moins trois semaines avant toute demande liée à un salon ou à un tournage ;
- relire avec vous tout contenu qui vous cite, avant publication ;
- ne jamais modifier le sens de vos propos, même pour raccourcir ;
- vous informer en priorité :
  - des nouvelles versions de ZirCAD ;
  - des évolutions du programme et de ses récompenses.
## Vos engagements
{k:ch_engag_opal} En tant qu'Opalin, vous vous engagez à :
- parler de votre expérience réelle, y compris de ce qui vous a déplu ;
- signaler que vous êtes membre du programme lorsque vous publiez un avis ou un témoignage ;
- ne pas divulguer les informations reçues en avant-première (bêtas, feuilles de route, prix) ;
- respecter les autres membres sur l'Atelier Opaline.
## Authenticité avant tout
{k:ch_authent} Nous ne vous fournirons jamais de texte tout prêt à publier. Nous pouvons vous proposer des thèmes ou des questions pour vous aider à démarrer, mais les mots restent les vôtres. Un témoignage trop lisse se repère tout de suite et dessert tout le monde, vous comme nous.
## Sollicitations et droit de dire non
{k:ch_non} Vous pouvez refuser n'importe quelle sollicitation sans avoir à vous justifier. Un refus ne fait perdre aucun grain et n'a aucun effet sur votre niveau.
{k:ch_silence} Si vous ne répondez pas à trois sollicitations d'affilée, Maëlle vous contactera simplement pour savoir si le rythme vous convient. Ce n'est ni un rappel à l'ordre ni une sanction.
## Pause et départ
{k:ch_pause} Vous pouvez mettre votre participation en pause jusqu'à six mois, par exemple pendant une période de forte activité ou un congé parental. Pendant la pause, vous ne recevez aucune sollicitation et vos grains sont gelés.
{k:ch_depart} Vous pouvez quitter le programme à tout moment, par simple message à la community manager ou avec la commande /quitter sur Discord. Votre relation client avec Zircalis (contrat, maintenance, support) n'est en rien affectée par ce départ.
{k:ch_depart_grains} Les grains non utilisés restent convertibles pendant 60 jours après votre départ. Passé ce délai, ils sont perdus.
## Quand le programme met fin à une participation
{k:ch_exclusion} Zircalis peut mettre fin à la participation d'un Opalin dans les cas suivants :
- faux avis ou témoignage inventé ;
- divulgation d'informations confidentielles ;
- comportement irrespectueux répété envers d'autres membres ou envers le personnel.
{k:ch_exclusion_proc} Dans tous les cas, un échange a d'abord lieu avec le responsable du programme, Julien Raspail. La décision est expliquée par écrit et le laboratoire reste client comme avant.
## Confidentialité
{k:ch_conf} Les informations partagées en avant-première (bêtas, tarifs, calendrier des versions) restent confidentielles jusqu'à leur annonce publique. En cas de doute, considérez qu'une information est confidentielle et posez la question sur #questions-programme.
## Évolution de la charte
{k:ch_evol} La charte est relue chaque année avec le comité consultatif. Les changements sont annoncés dans la Lettre des Opalins et ne s'appliquent qu'un mois après leur annonce.
## Contacts
Community manager : Maëlle Fournier, maelle.fournier@zircalis.fr
Responsable du programme : Julien Raspail, directeur marketing de Zircalis
""")

DOCS_A["faq_opaline.md"] = ("md", "fr", None, r"""
@read Public - cette FAQ peut être transmise aux laboratoires qui s'intéressent au programme.
@title FAQ du programme Opaline
Vous vous posez des questions sur le programme ambassadeurs de Zircalis ? Voici les réponses aux plus fréquentes. Pour le reste, écrivez à Maëlle Fournier, community manager, ou demandez à Lumo sur Discord.
## Rejoindre le programme
### Comment devient-on Opalin ?
{k:faq_join} On ne postule pas : c'est Zircalis qui invite les laboratoires, en général après la première année de contrat, quand les signaux sont au vert (note de satisfaction, renouvellements, échanges avec le support). Si vous pensez être un bon candidat, dites-le à votre commercial, il transmettra.
### Combien ça coûte ?
{k:faq_cout} Rien. Le programme est gratuit et ne dépend d'aucun achat. Il n'y a pas non plus de rémunération : les récompenses sont uniquement en nature.
### Plusieurs personnes d'un même labo peuvent-elles participer ?
{k:faq_plusieurs} Un laboratoire a une seule personne référente, mais elle peut associer ses collègues aux contributions. Les grains sont attribués au laboratoire, pas à la personne.
### Et les labos hors de France ?
{k:faq_etranger} Bien sûr. Une trentaine d'Opalins travaillent en Belgique, en Suisse et en Allemagne. Le guide de bienvenue existe en anglais et le canal #international leur est dédié.
## Grains et niveaux
### Je ne vois pas mes grains, c'est normal ?
{k:faq_delai} Le délai de validation peut s'allonger pendant les salons. Si rien n'apparaît au bout de trois semaines, écrivez sur #questions-programme en donnant la date et le lien de votre contribution.
### Puis-je transférer mes grains à un autre labo ?
{k:faq_transfert} Non, les grains ne se transfèrent pas d'un laboratoire à un autre. En cas de rachat ou de fusion de laboratoires, les soldes peuvent être regroupés sur demande à la community manager.
### Pourquoi les niveaux ont-ils des noms bizarres ?
{k:faq_noms} Ébauche, Fraisage, Frittage, Glaçage : ce sont les étapes de fabrication d'une couronne en zircone, de la pièce brute à la finition. On trouvait ça plus parlant que bronze, argent et or.
## Sollicitations
### Combien de demandes vais-je recevoir ?
{k:faq_nb} En 2026, un Opalin a reçu en moyenne 1,3 sollicitation par mois. Les demandes tournent entre les membres, et vous pouvez indiquer vos préférences (pas de vidéo, pas de salon...) dans votre profil avec la commande /preferences.
### Je n'ai vraiment pas le temps en ce moment
{k:faq_temps} Indiquez vos périodes chargées avec la commande /indispo suivie des dates : aucune sollicitation ne vous sera envoyée pendant ces périodes, et votre solde de grains ne bouge pas.
### Est-ce que je dois dire oui à tout ?
{k:faq_oui} Non, et personne ne tient de compte des refus. Une réponse rapide, même négative, aide beaucoup Maëlle à organiser la suite.
## Récompenses
### Que puis-je obtenir avec mes grains ?
{k:faq_recomp} Le catalogue comprend principalement :
- du matériel (disques de zircone, fraises) ;
- des formations et du support prioritaire ;
- des dons à une association choisie par les Opalins ;
- des places pour la Journée Opaline.
Le détail et les prix en grains figurent dans le règlement des récompenses.
### Les récompenses sont-elles imposables ?
{k:faq_impot} Elles sont traitées comme des remises commerciales accordées au laboratoire, pas à la personne. En cas de doute, parlez-en à votre expert-comptable : ni Zircalis ni Lumo ne donnent de conseil fiscal.
## Discord et l'assistant
### Faut-il obligatoirement utiliser Discord ?
{k:faq_discord} Non. Discord est le plus pratique, mais tout peut se faire par e-mail avec Maëlle. Vous recevez alors la Lettre des Opalins et les sollicitations par courriel.
### C'est qui, Lumo ?
{k:faq_lumo} Lumo est l'assistant du serveur Discord, une intelligence artificielle. Il vous rappelle les sollicitations, enregistre vos contributions et répond aux questions sur le programme. Pour tout le reste, ou si vous préférez parler à quelqu'un, tapez /humain.
### Commandes utiles
{k:faq_cmds} Les commandes les plus utilisées sur le serveur sont :
- /contribution pour déclarer ce que vous avez fait ;
- /solde pour voir vos grains et votre niveau ;
- /convertir pour échanger des grains contre une récompense ;
- /indispo et /preferences pour régler vos sollicitations ;
- /humain pour parler à la community manager.
""")

DOCS_A["guide_niveaux_et_grains.pdf"] = ("pdf", "fr", "outline", r"""
@read Document réservé aux Opalins - merci de ne pas le diffuser en dehors du programme
@title Guide des niveaux et des grains
Programme Opaline, édition 2027. Ce guide explique comment vos contributions se transforment en grains, comment les grains déterminent votre niveau et ce que chaque niveau vous apporte.
## Les grains, comment ça marche
{k:gr_intro} Chaque contribution validée par la community manager vous rapporte des grains. Les grains servent à deux choses : ils déterminent votre niveau et ils se convertissent en récompenses (voir le règlement des récompenses).
{k:gr_validation} Une contribution est validée dans un délai de 10 jours ouvrés après sa déclaration sur Discord (commande /contribution) ou auprès de Maëlle. Les grains apparaissent ensuite dans votre solde, visible avec la commande /solde.
### Barème des contributions
{k:bareme} Le barème ci-dessous s'applique depuis le 1er janvier 2027 :
|Contribution|Grains|Conditions
|Témoignage écrit|40|Publié après relecture commune
|Témoignage vidéo|120|Tournage de 3 minutes maximum // Droit à l'image signé
|Participation à un événement|80 par jour|Salon, journée portes ouvertes ou webinaire animé
|Mise en relation avec un prospect|60|150 de plus si le labo présenté signe dans les 6 mois
|Avis en ligne|25|Une fois par plateforme et par année civile
|Partage sur les réseaux sociaux|5|10 partages comptés par mois au maximum
|Réponse sur l'Atelier Opaline|15|Réponse marquée comme solution par l'auteur de la question
|Idée d'amélioration|10 à la soumission // 50 de plus si elle entre dans la roadmap|Déposée sur le canal #idées
|Co-création|100 par session|Bêta-test, atelier produit ou comité consultatif
### Bonus et plafonds
{k:plafond} Le total est plafonné à 600 grains par trimestre et par Opalin. Ce plafond protège les membres les plus actifs de la sur-sollicitation : au-delà, les contributions restent les bienvenues mais ne rapportent plus de grains jusqu'au trimestre suivant.
{k:bonus} Deux bonus s'ajoutent au barème :
- bonus de réactivité : 10 grains si vous répondez à une sollicitation en moins de 48 heures, que la réponse soit oui ou non ;
- bonus de parrainage interne : 30 grains quand un Opalin que vous avez accompagné passe au niveau Fraisage.
## Les quatre niveaux
{k:niv_intro} Les niveaux reprennent les étapes de fabrication d'une couronne en zircone. Ils se calculent sur les grains gagnés pendant les 12 derniers mois glissants.
{k:niveaux} Seuils et règles de maintien par niveau :
|Niveau|Seuil (grains sur 12 mois)|Maintien
|Ébauche|0|Niveau d'entrée
|Fraisage|150|Recalcul chaque trimestre
|Frittage|400|^
|Glaçage|900|Recalcul chaque trimestre // Délai de grâce de 6 mois en cas de baisse
### Ce que chaque niveau débloque
Les avantages se cumulent : chaque niveau conserve ceux des niveaux inférieurs.
#### Ébauche
{k:av_ebauche} Dès votre entrée dans le programme, vous avez accès à :
- l'Atelier Opaline, notre espace privé sur Discord ;
- la Lettre des Opalins, chaque mois ;
- les webinaires techniques réservés aux membres.
#### Fraisage
{k:av_fraisage} Au niveau Fraisage, vous obtenez en plus :
- l'accès anticipé aux nouvelles versions de ZirCAD, deux semaines avant leur sortie ;
- une remise de 5 % sur le renouvellement du contrat de maintenance ;
- un badge Fraisage affiché sur votre profil Discord.
#### Frittage
{k:av_frittage} En plus des avantages des niveaux précédents :
- une remise de 10 % sur le renouvellement du contrat de maintenance, au lieu de 5 % ;
- une invitation par an à la Journée Opaline à Annecy, déplacement pris en charge ;
- la participation aux bêtas fermées :
  - bêtas logicielles de ZirCAD ;
  - tests de nouveaux disques de zircone avant leur commercialisation.
#### Glaçage
{k:av_glacage} Les Opalins Glaçage bénéficient de tout ce qui précède, et aussi :
- un siège au comité consultatif produit, qui se réunit deux fois par an ;
- un rendez-vous annuel avec l'équipe R&D à Annecy ;
- une mise en avant de leur laboratoire sur zircalis.fr et sur nos réseaux, s'ils le souhaitent.
## Baisse de niveau
{k:baisse} Si vos grains sur 12 mois passent sous le seuil de votre niveau, vous descendez d'un seul niveau au recalcul trimestriel suivant, jamais de plusieurs d'un coup. Les Opalins Glaçage disposent d'un délai de grâce de 6 mois avant toute baisse.
{k:baisse_solde} Une baisse de niveau ne retire aucun grain de votre solde : vos grains restent convertibles.
## Classements
{k:classement} Nous ne publions pas de classement individuel des Opalins. Seuls des chiffres collectifs sont partagés dans la Lettre (nombre de témoignages du mois, total des grains gagnés par la communauté). La reconnaissance doit rester bienveillante : personne ne doit se sentir en compétition avec un confrère.
## Badges
{k:badges} Des badges ponctuels récompensent des contributions particulières :
- Premier témoignage ;
- Mentor, pour 10 réponses marquées comme solution sur l'Atelier ;
- Ambassadeur export, pour une contribution en anglais ou en allemand ;
- Bêta-testeur.
{k:badges_grains} Les badges ne rapportent pas de grains. Ils s'affichent sur votre profil Discord et dans votre fiche membre.
""")

DOCS_A["reglement_recompenses_opaline.docx"] = ("docx", "fr", None, r"""
@read Diffusion libre auprès de tous les ambassadeurs Zircalis (programme Opaline)
@read Règlement en vigueur au 1er janvier 2027
@title Règlement des récompenses Opaline
## Article 1 - Objet
{k:regl_objet} Le présent règlement décrit comment les grains gagnés dans le programme Opaline se convertissent en récompenses. Il complète la charte du programme et le guide des niveaux et des grains.
## Article 2 - Conversion des grains
{k:conv_taux} La conversion se fait depuis Discord avec la commande /convertir, ou par courriel à la community manager. Un grain vaut l'équivalent de 0,50 € dans le catalogue ; les grains ne sont jamais versés en argent.
{k:conv_min} Le minimum de conversion est de 100 grains. Une demande de conversion est traitée sous 15 jours ouvrés ; vous recevez une confirmation sur Discord ou par courriel dès qu'elle est validée.
{k:conv_partiel} Il est possible de convertir une partie seulement de votre solde. Les grains les plus anciens sont utilisés en premier, pour éviter qu'ils n'expirent.
## Article 3 - Le catalogue
{k:catalogue} Récompenses disponibles en 2027 :
|Catégorie|Récompense|Grains|Remarques
|Matériel|Disques de zircone, lot de 5|300|Livrés avec votre commande suivante
|^|Disques multicouches, lot de 10|550|Teintes A1 à D4 // Livrés avec votre commande suivante
|^|Kit de fraises de rechange|250|Fraiseuses M5 et M7 uniquement
|Formation|Formation ZirCAD avancée (1 jour, à distance)|400|Sessions en mars, juin et octobre
|^|Pack de 3 heures de support prioritaire|150|Valable 12 mois
|Solidarité|Don à une association|100|Association choisie chaque année par vote des Opalins // En 2027 : Sourire Sans Frontières
|Expérience|Place à la Journée Opaline|200|Niveaux Ébauche et Fraisage (déjà offerte à partir de Frittage)
{k:catalogue_stock} Les récompenses matérielles sont livrées dans la limite des stocks. Si une référence manque, la community manager vous propose une récompense de valeur équivalente ou vous recrédite vos grains.
## Article 4 - Durée de validité des grains
{k:expir} Les grains sont valables 24 mois à compter de leur attribution. Un rappel est envoyé sur Discord 30 jours avant l'expiration des grains concernés.
## Article 5 - Plafond annuel
{k:fisc} La valeur des récompenses reçues par un même laboratoire est plafonnée à 1 500 € par année civile. Au-delà, Zircalis peut refuser la conversion ou la reporter à l'année suivante, pour rester dans le cadre des avantages commerciaux autorisés.
## Article 6 - Exclusions
{k:nonconv} Certaines choses ne s'obtiennent pas avec des grains :
- les remises sur le contrat de maintenance, liées au niveau et appliquées automatiquement ;
- le matériel neuf (fraiseuses, fours de frittage, scanners) ;
- les prestations de tiers :
  - billets de train ou d'avion, hors Journée Opaline ;
  - cartes cadeaux d'enseignes.
## Article 7 - Modifications
{k:modif} Zircalis peut faire évoluer le catalogue et le barème. Toute modification est annoncée dans la Lettre des Opalins au moins un mois avant de s'appliquer, et ne touche jamais les grains déjà acquis.
## Article 8 - Réclamations
{k:reclam} Pour contester un solde ou une conversion, la marche à suivre est la suivante :
+ écrire sur le canal #questions-programme ou à la community manager, en donnant la date de la contribution ;
+ si la réponse ne vous convient pas, demander un réexamen par le responsable du programme ;
+ en dernier recours, saisir le comité consultatif, qui tranche lors de sa réunion suivante.
{k:reclam_delai} Une réclamation doit être faite dans les 6 mois qui suivent la contribution concernée.
## Article 9 - Données personnelles
{k:regl_rgpd} Les conversions sont enregistrées avec le nom du laboratoire et de la personne référente. Leur traitement est décrit dans la politique de données du programme, disponible sur l'Atelier Opaline.
## Article 10 - Entrée en vigueur
{k:regl_vigueur} Le présent règlement entre en vigueur le 1er janvier 2027 et remplace la version de 2025. Les grains acquis sous l'ancienne version conservent leur date d'attribution et leur durée de validité.
{k:regl_contact} Pour toute question sur ce règlement, écrivez à la community manager ou sur le canal #questions-programme.
""")

DOCS_A["cr_atelier_JE_2027-02-11.txt"] = ("txt", "fr", "underlined", r"""
@read USAGE INTERNE - équipe Community & Marketing Zircalis uniquement. Ne pas transférer aux Opalins.
@read Rédigé par Maëlle Fournier, relu par Inès Berthier
@title Compte rendu - Atelier JE du 11 février 2027
## Participants et déroulé
{k:je_part} Atelier animé par Maëlle Fournier (community manager) et Inès Berthier (facilitatrice externe), en visio, durée 2 h 15. 14 Opalins présents sur 22 invités : 6 niveau Ébauche, 4 Fraisage, 3 Frittage, 1 Glaçage.
{k:je_deroule} Le déroulé a suivi trois temps :
+ rappel de la raison d'être et des objectifs validés en atelier NOUS (15 min) ;
+ tour de table : « qu'est-ce que le programme vous apporte, ou devrait vous apporter ? » ;
+ vote à main levée sur les propositions, puis synthèse à chaud.
## Ce que les Opalins attendent
Les besoins exprimés varient nettement selon la taille et le type de laboratoire. Trois profils se dégagent.
### Profil petit labo (1 à 5 personnes)
{k:je_petitlabo} Les gérants de petits laboratoires ont surtout parlé de temps et de formation :
- manque de temps : une sollicitation doit tenir en moins d'une heure ;
- besoin de formation sur ZirCAD pour leurs apprentis ;
- envie d'échanger entre pairs sur les réglages de frittage.
### Profil centre de production
{k:je_centre} Les centres de production (plus de 15 fraiseuses) veulent peser sur la feuille de route produit. Leur demande principale : un accès direct à la R&D et des bêtas plus longues, avec un vrai retour sur les bugs remontés.
### Profil labo intégré en cabinet
{k:je_cabinet} Les deux labos intégrés à un cabinet dentaire ont insisté sur la discrétion : leurs praticiens ne souhaitent pas voir le nom du cabinet dans un témoignage public. Ils préfèrent les contributions anonymisées ou internes (idées, réponses sur l'Atelier).
## Convergences
{k:je_conv} Les points de convergence entre les Opalins présents :
- la parole entre pairs est la vraie valeur du programme, plus que les récompenses ;
- le plafond de 600 grains par trimestre est jugé juste ;
- tout le monde veut des sollicitations prévues à l'avance, pas de demande la veille pour le lendemain.
## Divergences
{k:je_div} Le principal désaccord porte sur les vidéos : les Glaçage et Frittage trouvent les 120 grains trop peu pour une demi-journée de tournage, tandis que plusieurs Ébauche jugent la vidéo intimidante et voudraient un format audio.
{k:je_div2} Autre divergence : le classement. Deux participants voudraient un classement public des Opalins, la majorité s'y oppose.
## Écarts avec les objectifs du programme
{k:je_ecarts} L'objectif NOUS « 40 mises en relation qualifiées en 2027 » ne rencontre presque aucun besoin exprimé : les Opalins se sentent mal à l'aise à l'idée de « vendre » à un confrère. Ce point doit être retravaillé en atelier ACTION, par exemple en parlant de recommandation plutôt que de prospection.
{k:je_ecarts2} À l'inverse, l'objectif de témoignages publiés rejoint bien l'envie de reconnaissance exprimée par les petits labos, à condition que les formats soient plus légers.
## Décisions et suites
{k:je_suites} Actions décidées en fin d'atelier :
- tester un format de témoignage audio de 5 minutes (responsable : Maëlle, pour avril) ;
- ajouter au catalogue une formation ZirCAD pour apprentis :
  - une session pilote en juin ;
  - ouverte en priorité aux niveaux Ébauche et Fraisage ;
- préparer l'atelier ACTION du 18 mars avec deux groupes : petits labos et centres de production.
## Prochaines étapes côté équipe
{k:je_equipe} Maëlle envoie ce compte rendu au comité de pilotage avant le 20 février. Un résumé sans noms, validé par les participants, sera publié dans la Lettre de mars. Les réponses individuelles du tour de table restent dans le dossier partagé de l'équipe Community et ne sont pas diffusées.
## Remarque sur la synthèse
{k:je_synthese} La synthèse à chaud proposée par l'assistant a été montrée aux participants comme un brouillon. Elle avait manqué la question de la discrétion des labos intégrés en cabinet, ajoutée à la main par Inès.
{k:je_synthese2} Pour le prochain atelier, Inès propose de projeter la synthèse seulement après la pause, pour laisser le temps de la relire avant de la montrer.
""")

DOCS_A["objectifs_kpi_2027.md"] = ("md", "fr", None, r"""
@read Interne / confidentiel - comité de pilotage Opaline, staff Zircalis. Ne pas partager sur l'Atelier.
@title Objectifs et indicateurs 2027 du programme Opaline
Document de travail du comité de pilotage, mis à jour après l'atelier NOUS de novembre 2026 et l'atelier JE de février 2027.
## Raison d'être
{k:obj_raison} Validée en atelier NOUS en novembre 2026 : « Faire de la voix des prothésistes qui travaillent avec Zircalis la première source d'information de leurs confrères, dans un cadre honnête et réciproque. »
{k:obj_raison_ia} Les propositions générées par l'assistant (renforcer la relation client, amplifier la notoriété...) ont servi de base de discussion, mais la phrase retenue a été écrite par le comité.
## Objectifs 2027
{k:obj_list} Le comité a retenu cinq objectifs pour 2027 :
+ doubler le nombre de témoignages publiés, de 18 à 36 ;
+ générer 40 mises en relation qualifiées avec des laboratoires prospects ;
+ porter le nombre d'Opalins actifs de 85 à 120 ;
+ maintenir le NPS des Opalins au-dessus de 60 ;
+ lancer le programme en Allemagne et en Suisse alémanique.
## Tableau de bord
{k:kpi} Indicateurs suivis, valeurs 2026 et cibles 2027 :
|Famille|Indicateur|Valeur 2026|Cible 2027|Source
|Engagement|Opalins actifs (au moins une contribution par trimestre)|85|120|Bot Discord
|^|Taux de réponse aux sollicitations|64 %|75 %|Calendrier CM
|Production|Témoignages publiés|18|36|Site et réseaux
|^|Jours de présence sur des événements|41|60|Manuel événements
|Impact|Mises en relation qualifiées|22|40|CRM
|^|Ventes influencées|9 // dont 3 fraiseuses M7|15|CRM
|Santé|Rétention d'une année sur l'autre|88 %|90 % ou plus|Bot Discord
|^|Délai moyen de réponse à une sollicitation|4,2 jours|3 jours|Bot Discord
|^|NPS des Opalins|58|plus de 60|Enquête annuelle
|^|Taux de passage au niveau supérieur|14 %|20 %|Bot Discord
{k:kpi_note} Les indicateurs de santé sont suivis par groupe d'Opalins depuis l'atelier ACTION : petits labos d'un côté, centres de production de l'autre.
## Groupes pour l'atelier ACTION
{k:obj_groupes} Deux groupes d'Opalins seront proposés en atelier ACTION, chacun avec ses thèmes de contenu :
- petits labos :
  - formation des apprentis ;
  - gain de temps au quotidien ;
- centres de production :
  - productivité et cadence des fraiseuses ;
  - retours sur la feuille de route produit.
{k:obj_groupes2} Les indicateurs d'engagement et de production seront suivis séparément pour chaque groupe à partir du deuxième trimestre.
## Budget
{k:budget} Le budget 2027 du programme est de 68 000 €, dont 30 000 € pour les récompenses, 22 000 € pour les événements (Journée Opaline comprise) et 16 000 € pour les outils et la production vidéo.
## Risques identifiés
{k:risques} Le comité a noté trois risques principaux :
- la sur-sollicitation des Glaçage, dont les 6 membres ont reçu 31 % des demandes en 2026 ;
- l'usure des mécaniques :
  - les partages sur les réseaux rapportent peu et lassent ;
  - le catalogue n'a pas changé depuis le lancement ;
- un lancement en Allemagne sans community manager germanophone.
## Hypothèses de travail
{k:obj_hyp} Les cibles supposent un effectif stable de la community manager (un temps plein) et le maintien du budget événements. Si le lancement en Allemagne est repoussé, l'objectif d'Opalins actifs sera ramené à 105 et les témoignages en allemand sortiront du calcul.
## Gouvernance
{k:gouv} Le comité de pilotage (Julien Raspail, Maëlle Fournier, la directrice commerciale Sandrine Okafor et un représentant de la R&D) se réunit chaque trimestre. Les indicateurs sont revus à chaque réunion ; les cibles peuvent être révisées en juillet.
## Mesure du ROI
{k:roi} Le ROI est calculé une fois par an : marge des ventes influencées divisée par le coût total du programme (budget plus temps de la community manager). En 2026, il était estimé à 2,1.
{k:roi_limite} Ce calcul ne compte que les ventes où un Opalin est cité dans le CRM ; l'effet des avis en ligne n'est pas mesuré.
""")
