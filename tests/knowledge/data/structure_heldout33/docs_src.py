# Source of the 12 documents in a small markup, rendered by gen.py into each format.
DOCS = {}

DOCS["guide-recommandation.txt"] = ("fr", "all", """
# Recommander un proche à Ouatéo — guide pas à pas
Public : tous les Tisons du Cercle des Tisons. Version 3.2 — mars 2026.
## 1 Avant de recommander
Une recommandation, c'est mettre en relation Ouatéo avec une personne de votre entourage qui envisage d'isoler son logement ou d'installer une pompe à chaleur.
### 1.1 Qui peut-on recommander
- un voisin, un membre de la famille, un collègue ou un ami, propriétaire ou locataire avec l'accord du propriétaire ;
- une copropriété, à condition de passer par le conseil syndical ;
- pas vous-même ni une personne de votre foyer fiscal.
### 1.2 Ce qu'il faut avoir sous la main
[ ] le prénom, le nom et la commune de la personne ;
[ ] son accord explicite pour être contactée par Ouatéo ;
[ ] le type de projet envisagé (isolation des combles, des murs, PAC air/eau…) ;
[ ] un créneau où elle est joignable.
> Attention : sans l'accord explicite de la personne, n'envoyez jamais ses coordonnées. Dites-lui simplement de citer votre code Tison quand elle appelle.
## 2 La procédure de recommandation
### 2.1 Étape 1 : prévenir la personne
1. Expliquez en deux phrases ce que fait Ouatéo et pourquoi vous la recommandez.
2. Demandez-lui si elle accepte d'être appelée par un conseiller.
   a) si elle accepte, notez le créneau qui lui convient ;
   b) si elle hésite, donnez-lui plutôt votre code Tison et laissez-la appeler quand elle veut.
### 2.2 Étape 2 : valider
1. Ouvrez le formulaire « Je recommande » dans votre espace Tison.
2. Remplissez les champs et cochez la case « accord de la personne obtenu ».
   2.1 Si la personne habite hors de notre zone d'intervention, le formulaire vous le signale : arrêtez-vous là, rien n'est transmis.
   2.2 Sinon, cliquez sur « Valider la recommandation ».
3. Vous recevez un accusé de réception par e-mail sous 24 heures.
> Astuce : le formulaire se remplit en moins de deux minutes depuis un téléphone.
### 2.3 Étape 3 : suivre
1. Le statut de la recommandation apparaît dans l'onglet « Mes recommandations » : reçue, contactée, visite technique, devis signé, chantier terminé.
2. Si le statut reste « reçue » plus de 10 jours ouvrés, écrivez à cercle@ouateo.fr.
3. Ne relancez pas vous-même la personne : le conseiller s'en charge.
## 3 Les points de recommandation
Les points sont crédités en plusieurs temps, au fil des statuts (voir 2.3).
| Statut atteint | Points crédités |
| Visite technique réalisée | 30 points |
| Devis signé | 120 points |
| Chantier terminé et réceptionné | 50 points supplémentaires |
Si le devis signé est annulé pendant le délai de rétractation, les 120 points sont retirés ; sinon ils sont définitifs.
## 4 Questions fréquentes
### 4.1 Et si la personne est déjà cliente ?
Si elle a déjà un dossier ouvert chez Ouatéo, la recommandation n'est pas comptée, mais vous recevez quand même un message de remerciement.
### 4.2 Combien de recommandations par an ?
Il n'y a pas de plafond, mais au-delà de 12 recommandations par an, l'équipe vous appelle pour vérifier que tout se passe bien.
""")

DOCS["guide-temoignage.md"] = ("fr", "all", """
# Témoigner sur votre chantier : témoignage écrit et vidéo
Public : tous les Tisons. Mise à jour : janvier 2026.
## 1 Choisir votre format
Vous pouvez témoigner par écrit (10 à 20 lignes) ou en vidéo (1 à 3 minutes). Si vous n'êtes pas à l'aise face à la caméra, choisissez l'écrit : il rapporte moins de points mais compte autant pour nous.
| Format | Durée ou longueur | Points |
| Témoignage écrit | 10 à 20 lignes | 40 points |
| Témoignage vidéo | 1 à 3 minutes | 90 points |
| Vidéo avec visite de la chaufferie | 3 à 5 minutes | 120 points |
## 2 Procédure du témoignage écrit
### 2.1 Étape 1 : rédiger
1. Racontez votre situation avant travaux : factures, confort, bruit.
2. Décrivez le chantier avec vos mots, y compris ce qui s'est moins bien passé.
3. Donnez un chiffre si vous l'avez, par exemple la baisse de votre facture sur un hiver.
> Conseil : n'essayez pas d'écrire comme une publicité. Un témoignage sincère, avec un petit défaut, convainc davantage.
### 2.2 Étape 2 : valider
1. Relisez votre texte avec la liste de relecture (voir 2.2.1).
2. Envoyez-le depuis votre espace Tison, rubrique « Mes contributions ».
3. L'équipe vous renvoie le texte mis en page sous 5 jours ouvrés ; vous seul décidez de la version publiée.
#### 2.2.1 Liste de relecture
[ ] aucun nom de technicien sans son accord
[ ] aucune adresse précise ni photo de votre numéro de rue
[ ] le montant des aides mentionné seulement si vous le souhaitez
[ ] votre prénom et votre commune, comme vous voulez qu'ils apparaissent
## 3 Procédure du témoignage vidéo
### 3.1 Étape 1 : préparer le tournage
1. Choisissez une pièce calme, loin de l'unité extérieure de la pompe à chaleur.
2. Filmez à l'horizontale, téléphone posé sur un support.
   2.1 Si vous filmez dehors, évitez les heures de vent ;
   2.2 sinon, ouvrez les rideaux et placez-vous face à la fenêtre.
3. Faites un essai de 10 secondes et réécoutez le son.
> Attention : ne filmez jamais l'intérieur du tableau électrique ni une unité en fonctionnement capot ouvert.
### 3.2 Étape 2 : valider
1. Déposez le fichier via le lien de dépôt reçu par e-mail (2 Go maximum).
2. Signez l'autorisation de diffusion en ligne.
   a) si vous êtes locataire, ajoutez l'accord écrit de votre propriétaire pour les images du logement ;
   b) sinon, votre seule signature suffit.
3. L'équipe monte la vidéo et vous l'envoie pour accord avant toute publication.
### 3.3 Étape 3 : diffuser
Une fois votre accord donné, la vidéo est publiée sur la chaîne Ouatéo et sur la page de votre agence. Vous pouvez retirer votre accord à tout moment : la vidéo est dépubliée sous 15 jours.
## Annexe A — Questions pour vous guider
- Qu'est-ce qui vous a décidé à faire les travaux ?
- Qu'avez-vous ressenti le premier hiver ?
- Que diriez-vous à un voisin qui hésite ?
""")

DOCS["procedure-maison-temoin.pdf"] = ("fr", "all", """
# Accueillir une visite « Maison témoin » chez soi
Public : tous les Tisons dont l'installation Ouatéo est terminée depuis plus de 6 mois.
## 1 Principe
Une visite Maison témoin permet à deux à six foyers intéressés de voir une installation réelle et de poser leurs questions à un Tison, en présence d'un technicien Ouatéo.
## 2 Procédure d'accueil
### 2.1 Étape 1 : proposer une date
1. Proposez deux créneaux dans votre espace Tison, rubrique « Maison témoin ».
2. L'agence confirme sous 7 jours.
   a) si aucun créneau ne convient, l'agence vous propose une autre date ;
   b) sinon, le créneau est publié aux visiteurs inscrits.
### 2.2 Étape 2 : valider
1. Trois jours avant, confirmez le nombre de visiteurs dans l'espace Tison.
2. Vérifiez la liste d'accueil (voir 3.1).
3. Si moins de deux visiteurs sont inscrits, la visite est reportée ; sinon elle est maintenue.
### 2.3 Étape 3 : le jour de la visite
1. Accueillez les visiteurs avec le technicien, 15 minutes avant l'heure.
2. Faites le tour dans cet ordre :
   2.1 les combles ou les murs isolés, sans monter dans les combles perdus ;
   2.2 le module intérieur de la pompe à chaleur ;
%PAGEBREAK
   2.3 l'unité extérieure, en restant à un mètre de distance ;
   2.4 vos factures avant/après, si vous acceptez de les montrer.
3. Laissez le technicien répondre aux questions techniques et chiffrées.
4. Terminez par un temps d'échange libre de 15 minutes au plus.
> Attention : personne ne monte dans les combles pendant la visite, pas même vous. C'est une règle d'assurance.
### 2.4 Étape 4 : après la visite
1. Remplissez le compte rendu en ligne sous 48 heures.
2. Les points sont crédités après réception du compte rendu.
## 3 Annexes
### 3.1 Liste d'accueil
[ ] accès dégagé jusqu'au module intérieur
[ ] animaux tenus à l'écart
[ ] chaussons ou surchaussures à l'entrée
[ ] une pièce pour s'asseoir et échanger
### 3.2 Barème
| Situation | Points |
| Visite Maison témoin accueillie | 150 points |
| Visite annulée par Ouatéo | 30 points de dédommagement |
| Visite annulée par le Tison moins de 48 h avant | 0 point |
""")

DOCS["guide-avis-en-ligne.html"] = ("fr", "all", """
# Guide : laisser un avis en ligne sur votre installation
Public : tous les Tisons.
## 1 Où laisser un avis
Nous vous proposons trois plateformes. Un avis sur une seule suffit.
| Plateforme | Quand l'utiliser | Points |
| Google (fiche de votre agence) | dans le mois qui suit la fin du chantier | 20 points |
| Annuaire des artisans RGE | après la visite de contrôle | 20 points |
| Forum Rénov'Entraide | quand vous répondez à une question | 10 points par réponse utile |
## 2 Procédure
### 2.1 Étape 1 : rédiger l'avis
1. Écrivez avec vos mots ; aucun modèle de texte n'est fourni, volontairement.
2. Mentionnez le type de travaux et la saison.
3. Si vous avez eu un problème, dites-le, ainsi que la façon dont il a été réglé.
### 2.2 Étape 2 : déclarer l'avis
1. Copiez le lien de votre avis publié.
2. Collez-le dans l'espace Tison, rubrique « Mes contributions » > « Avis ».
   a) si la plateforme ne donne pas de lien, joignez une capture d'écran ;
   b) sinon, le lien suffit.
> Note : les points sont crédités même si votre avis n'est pas 5 étoiles. Nous ne récompensons jamais une note, seulement le fait de témoigner.
## 3 Ce qu'il ne faut pas faire
- publier plusieurs avis sur la même plateforme pour le même chantier ;
- écrire un avis au nom d'un proche ;
- copier le texte d'un autre Tison.
Un avis retiré par la plateforme pour non-respect de ses règles entraîne le retrait des points correspondants.
""")

DOCS["charte-cercle-des-tisons.docx"] = ("fr", "all", """
# Charte du Cercle des Tisons
Public : tous les Tisons. Version du 1er février 2026.
## 1 Nos engagements réciproques
### 1.1 Ce que le Cercle vous demande
- parler de votre expérience réelle, sans l'embellir ;
- signaler que vous êtes Tison quand vous recommandez Ouatéo en ligne ;
- respecter la vie privée des autres foyers et des techniciens.
### 1.2 Ce qu'Ouatéo vous garantit
- jamais plus de deux sollicitations par mois ;
- le droit de refuser une sollicitation sans justification ni perte de points ;
- une réponse humaine à toute question sous 3 jours ouvrés.
## 2 Vos données
Ouatéo conserve vos contributions et vos points tant que vous êtes membre, puis 12 mois après votre départ.
Notre assistant de discussion est un outil automatisé ; vous pouvez demander à parler à une personne de l'équipe à tout moment en écrivant « humain ».
## 3 Quitter le Cercle
### 3.1 Procédure de départ
1. Écrivez à cercle@ouateo.fr ou utilisez le bouton « Quitter le Cercle » de votre espace.
2. Choisissez ce que deviennent vos témoignages publiés :
   a) si vous souhaitez les retirer, ils sont dépubliés sous 15 jours ;
   b) sinon, ils restent en ligne avec votre prénom seulement.
3. Vos points non utilisés sont convertis en bon d'achat valable 6 mois.
> Note : quitter le Cercle ne change rien à votre contrat d'entretien ni à la garantie de votre installation.
### 3.2 Faire une pause
Vous pouvez aussi mettre votre participation en pause jusqu'à 6 mois : aucune sollicitation ne vous est envoyée et votre palier est conservé.
## 4 Manquements
En cas de manquement grave à la charte (faux avis, propos injurieux), l'équipe vous contacte d'abord par téléphone ; si le manquement se répète, l'adhésion peut être suspendue.
""")

DOCS["points-et-paliers.md"] = ("fr", "all", """
# Points, paliers et récompenses du Cercle des Tisons
Public : tous les Tisons.
## 1 Gagner des points
### 1.1 Barème des contributions
| Contribution | Points | Plafond |
| Recommandation aboutie (devis signé) | 120 | aucun |
| Témoignage écrit | 40 | 2 par an |
| Témoignage vidéo | 90 | 2 par an |
| Visite Maison témoin | 150 | 4 par an |
| Avis en ligne | 20 | 1 par plateforme |
| Réponse utile sur le forum | 10 | 30 par mois |
| Idée d'amélioration retenue | 60 | aucun |
Le détail des points d'une recommandation, statut par statut, est dans le guide de recommandation (partie 3).
### 1.2 Vérifier ses points
1. Ouvrez l'onglet « Mes points » de l'espace Tison.
2. Si un point manque depuis plus de 30 jours, cliquez sur « Signaler un oubli » ;
3. sinon, attendez : certaines contributions sont validées en fin de mois.
## 2 Les paliers
### 2.1 Étincelle
Palier d'entrée, dès l'inscription. Avantages : accès au forum Rénov'Entraide et à la newsletter des Tisons.
### 2.2 Braise
À partir de 300 points sur 12 mois glissants. En plus des avantages du palier Étincelle :
- 10 % de remise sur votre prochain contrat d'entretien ;
- invitation aux visites d'usine de nos fournisseurs d'isolants ;
- accès anticipé aux nouvelles offres de PAC hybride.
### 2.3 Foyer
À partir de 900 points sur 12 mois glissants. En plus des avantages des paliers précédents :
- un siège au comité produit, qui se réunit deux fois par an ;
- l'entretien annuel de votre pompe à chaleur offert ;
- une invitation au séminaire annuel des Tisons.
> Attention : les paliers sont calculés sur 12 mois glissants. Si vous ne contribuez plus, vous redescendez d'un palier au plus par an, jamais directement à Étincelle.
## 3 Utiliser ses points
### 3.1 Convertir en bon d'achat
1. Dans « Mes points », choisissez « Convertir ».
2. 100 points = 10 € de bon d'achat, à partir de 200 points.
3. Le bon est valable 12 mois sur les prestations Ouatéo.
### 3.2 Faire un don
Vous pouvez aussi convertir vos points en don à l'association Toits Solidaires, qui isole les logements de familles en précarité énergétique.
## Annexe — Exemple de calcul
Camille a fait signer un devis (120), publié une vidéo (90) et accueilli une visite (150) : 360 points, elle passe Braise.
""")

DOCS["faq-tisons.txt"] = ("fr", "all", """
# FAQ du Cercle des Tisons
Public : tous les Tisons — mise à jour avril 2026.
## 1 Rejoindre le Cercle
### 1.1 Comment devient-on Tison ?
Sur invitation : l'agence vous propose de rejoindre le Cercle au moins 6 mois après la fin de votre chantier, quand vous avez eu le temps de vivre un hiver avec votre installation.
### 1.2 Je n'ai pas été invité, puis-je candidater ?
Oui. Écrivez à cercle@ouateo.fr ; si votre chantier est terminé depuis plus de 6 mois, l'agence étudie votre demande ; sinon, nous vous recontactons après votre premier hiver.
## 2 Sollicitations
### 2.1 Qu'est-ce qu'une sollicitation ?
Une demande précise de l'équipe : un témoignage pour un salon, trois avis pour une nouvelle agence, une visite Maison témoin. Elle arrive sur Discord et par e-mail, avec une date limite.
### 2.2 Que faire si je ne peux pas répondre ?
1. Cliquez sur « Pas cette fois » dans le message.
2. Si vous voulez moins de sollicitations, réglez la fréquence dans « Mes préférences » :
   a) une par mois ;
   b) une par trimestre ;
   c) seulement les visites Maison témoin.
Refuser n'enlève aucun point (voir la charte, partie 1.2).
## 3 Problèmes techniques
### 3.1 Je n'arrive pas à me connecter
1. Utilisez « Mot de passe oublié » sur la page de connexion.
2. Si le lien n'arrive pas sous 15 minutes, vérifiez vos courriers indésirables ;
3. sinon, écrivez à cercle@ouateo.fr depuis l'adresse de votre compte.
### 3.2 Mon installation est en panne, est-ce au Cercle de s'en occuper ?
Non. Pour toute panne, appelez le service après-vente de votre agence au numéro indiqué sur votre contrat. Le Cercle ne traite pas les dépannages, même pour les Tisons Foyer.
## 4 Événements
### 4.1 Les frais de déplacement sont-ils remboursés ?
Pour le séminaire annuel, oui : train en seconde classe ou 0,30 € par kilomètre, sur justificatif. Pour les autres événements, non.
""")

DOCS["idees-et-cocreation.txt"] = ("fr", "all", """
# Proposer une idée, participer à un panel de co-création
Public : tous les Tisons.
## 1 Proposer une idée d'amélioration
### 1.1 Avant de proposer
[ ] vérifiez dans la « Boîte à idées » qu'elle n'existe pas déjà ;
[ ] décrivez le problème avant la solution ;
[ ] une seule idée par proposition.
### 1.2 Étape 1 : déposer
1. Dans la Boîte à idées, cliquez sur « Nouvelle idée ».
2. Choisissez le thème : isolation, pompe à chaleur, devis et aides, suivi de chantier, entretien.
3. Joignez une photo si elle aide à comprendre.
### 1.3 Étape 2 : suivre
Chaque idée passe par trois statuts : à l'étude, retenue, classée. L'équipe répond à chaque idée sous 30 jours, même pour la classer.
Si votre idée est retenue, vous recevez 60 points ; sinon vous recevez une explication écrite.
## 2 Les panels de co-création
### 2.1 Principe
Deux fois par an, Ouatéo réunit 8 à 12 Tisons pour tester une nouveauté : un thermostat connecté, un devis simplifié, une application de suivi de chantier.
### 2.2 Étape 1 : s'inscrire
1. Répondez au questionnaire envoyé avec l'appel à panel.
2. Si plus de 12 Tisons sont volontaires, un tirage au sort est fait parmi ceux qui n'ont pas participé au panel précédent ;
3. sinon, tous les volontaires sont retenus.
### 2.3 Étape 2 : participer
1. Une séance en visio de 90 minutes, puis un test chez vous pendant 3 semaines.
2. Un compte rendu final, avec vos remarques, en séance ou par écrit.
> Attention : les nouveautés testées sont confidentielles jusqu'à leur lancement. Ne publiez ni photo ni avis à leur sujet.
### 2.4 Ce que vous recevez
- 80 points par panel complété ;
- le produit testé, si c'est un équipement, à conserver ;
- votre prénom dans les remerciements lors du lancement, si vous le souhaitez.
""")

DOCS["getting-started.md"] = ("en", "all", """
# Getting started as a Tison
Audience: all Tisons of the Cercle des Tisons (English version for our members in Luxembourg and Belgium).
## 1 Your first week
### 1.1 Step 1: activate your account
1. Click the activation link in your invitation email (valid 14 days).
2. Choose a password and accept the charter.
   a) if the link has expired, ask your agency for a new invitation;
   b) otherwise, you land on your Tison dashboard.
### 1.2 Step 2: validate
1. Check your profile: first name, town, type of installation.
2. Join the private Discord server with the code shown on your dashboard.
3. Say hello in the #welcome channel; you earn your first 10 points.
### 1.3 Step 3: set your preferences
- language of messages (French or English);
- how often you accept solicitations;
- the kinds of contributions you enjoy.
> Tip: you can change your preferences at any time; nobody is notified.
## 2 Your first contribution
Most Tisons start with an online review or an answer on the forum. If you are comfortable on camera, a video testimonial earns more points (see the points guide).
## 3 Who to contact
| Need | Contact | Response time |
| Question about the program | cercle@ouateo.fr | 3 working days |
| Breakdown or repair | your agency's after-sales service | same day |
| Problem with Discord | the #help channel | 24 hours |
## Appendix — Glossary
- Tison: a member of the Cercle des Tisons.
- Maison témoin: a home visit hosted by a Tison.
- Palier: a level (Étincelle, Braise, Foyer).
""")

DOCS["forum-helping-guide.html"] = ("en", "all", """
# Helping others on the Rénov'Entraide forum
Audience: all Tisons.
## 1 Answering a question
### 1.1 Step 1: read before answering
1. Read the whole thread, including earlier answers.
2. If the question is about a breakdown, do not diagnose: point the person to their installer's after-sales service.
3. Otherwise, answer from your own experience.
### 1.2 Step 2: validate
1. Re-read your answer: no price quoted from a competitor, no personal data.
2. Add the tag #tison so moderators can credit your points.
3. Post it. An answer marked "useful" by the asker earns 10 points.
> Warning: never give advice on electrical work or refrigerant handling. Only certified technicians may handle refrigerant fluids.
## 2 Checklist for a good answer
[ ] I say what equipment I have
[ ] I say what worked for me, not what works for everyone
[ ] I link to the official page on energy-renovation grants rather than quoting amounts
[ ] I stay polite, even when I disagree
## 3 Moderation
### 3.1 Reporting a post
Use the "Report" button under the post. If the post contains insults or personal data, moderators remove it within 24 hours; otherwise they reply to the author privately.
### 3.2 Becoming a forum mentor
Tisons with more than 50 useful answers can ask to become mentors. Mentors welcome new members and earn a monthly badge.
""")

DOCS["procedure-interne-validation.pdf"] = ("fr", "staff", """
# Procédure interne : valider les contributions des Tisons
Interne — équipe animation du Cercle. Ne pas diffuser aux Tisons.
## 1 Circuit de validation
### 1.1 Étape 1 : contrôler
1. Ouvrez la file « À valider » de l'outil de suivi, contributions les plus anciennes d'abord.
2. Pour chaque contribution, vérifiez :
   a) la preuve (lien, capture, compte rendu) ;
   b) l'absence de données personnelles de tiers ;
   c) le respect du plafond annuel du barème.
### 1.2 Étape 2 : valider
1. Si tout est conforme, cliquez sur « Valider » : les points sont crédités immédiatement.
2. Si un élément manque, choisissez « Compléter » et écrivez au Tison ce qui manque, en une phrase ;
3. sinon, en cas de refus, choisissez « Refuser » et appelez le Tison avant d'envoyer le message.
> Attention : ne refusez jamais un avis en ligne parce que la note est basse. Seule la sincérité compte.
### 1.3 Délais cibles
| Contribution | Délai de validation | Responsable |
| Avis en ligne | 5 jours ouvrés | chargé d'animation de l'agence |
| Témoignage écrit ou vidéo | 10 jours ouvrés | équipe animation nationale |
| Compte rendu Maison témoin | 3 jours ouvrés | chargé d'animation de l'agence |
| Recommandation | selon le statut CRM | conseiller commercial |
## 2 Cas particuliers
### 2.1 Témoignage mentionnant un litige
Si le témoignage évoque un litige en cours, ne le publiez pas et transmettez-le au service qualité ; sinon, une critique sur un chantier terminé peut être publiée telle quelle.
### 2.2 Contribution en double
Quand deux Tisons déclarent la même visite ou le même avis, créditez le premier déclarant et prévenez le second par message personnel.
%PAGEBREAK
## 3 Annexe — Modèles de messages
### 3.1 Message « Compléter »
« Bonjour, merci pour votre contribution ! Il nous manque seulement … pour créditer vos points. »
### 3.2 Message de refus
Toujours après un appel. Rappeler ce qui est apprécié, puis la raison du refus, puis ce qui serait accepté.
""")

DOCS["guide-cm-sollicitations.docx"] = ("fr", "staff", """
# Planifier et envoyer les sollicitations
Interne — équipe animation du Cercle (chargés d'animation et community managers).
## 1 Règles de charge
- pas plus de deux sollicitations par Tison et par mois (engagement de la charte) ;
- pas deux fois de suite le même Tison pour le même type de contribution ;
- un Tison Foyer n'est pas sollicité plus souvent qu'un Tison Braise.
## 2 Procédure d'envoi
### 2.1 Étape 1 : cadrer le besoin
1. Notez le besoin, la date limite et le nombre de Tisons nécessaires.
2. Prévoyez au moins 3 semaines de préavis pour une vidéo, 10 jours pour un avis.
### 2.2 Étape 2 : choisir les Tisons
1. Filtrez par agence, type d'installation et préférences.
2. Si le filtre renvoie plus de candidats que nécessaire, prenez ceux sollicités le moins récemment ;
3. sinon, élargissez à l'agence voisine avant de relancer les mêmes personnes.
### 2.3 Étape 3 : envoyer et relancer
1. Envoyez la sollicitation sur Discord et par e-mail.
2. Une seule relance, 5 jours avant la date limite.
3. Sans réponse après la relance, considérez la réponse comme « Pas cette fois ».
## 3 Suivre la santé du Cercle
| Indicateur | Seuil d'alerte | Action |
| Délai moyen de réponse aux sollicitations | plus de 7 jours | réduire la fréquence des envois |
| Tisons actifs sur 90 jours | moins de 40 % | lancer une campagne de réactivation |
| Taux de passage Braise → Foyer | moins de 5 % par an | revoir le barème |
## 4 Départs et inactivité
Un Tison sans contribution depuis 9 mois reçoit un appel, pas un e-mail automatique. S'il souhaite partir, appliquez la procédure de départ de la charte (voir la charte, 3.1) et remerciez-le personnellement.
""")
