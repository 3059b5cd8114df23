# -*- coding: utf-8 -*-
"""Sources of the 12 documents (mini markup, stdlib only).

!audience <line>   readership line(s) printed first
# / ## / ###       title / section / subsection
p <text>           paragraph (one line = one paragraph)
- <text>           bullet item          1. <text>  numbered item
|a|b|c|            table row (first row of a run = header)
"""

DOCS = {}

DOCS["charte_des_passeurs.txt"] = dict(lang="fr", audience="all", style="numbered", src="""
!audience Diffusion : tous les Passeurs et Passeuses du Cercle -- à garder sous le coude
!audience Version 3, validée le 2 octobre 2026 par le bureau de la coopérative
# Charte des Passeurs de graines
p Cette charte dit ce que la Semencerie du Bocage attend de vous, et surtout ce que vous pouvez attendre d'elle. Elle tient sur quelques pages exprès : si un point vous paraît flou, demandez à Maëlle sur La Grange plutôt que de deviner.
## Ce que la coopérative s'engage à faire
p On ne rédige jamais un témoignage à votre place. Au mieux on vous envoie trois questions pour vous lancer, et vous gardez vos mots, vos fautes de frappe comprises si ça vous chante. Un texte qui sonne comme une plaquette ne convainc personne au marché de Saint-Lô.
p Nous nous engageons aussi à :
- vous prévenir au moins trois semaines avant toute sollicitation liée à un salon ou à une bourse aux graines ;
- ne pas vous solliciter plus de deux fois par mois, toutes demandes confondues ;
- vous dire ce que votre contribution a donné (un devis signé, une école équipée, un article publié) ;
- répondre à vos messages sur La Grange sous 48 heures ouvrées.
## Ce que nous attendons des Passeurs
### Parler vrai
p Vous parlez de ce que vous avez semé vous-même. Si une variété a mal levé chez vous, dites-le : un avis mitigé mais sincère vaut mieux que dix étoiles de complaisance.
### Respecter les parcelles d'essai
p Les graines des parcelles d'essai sont confiées, pas données. Elles ne se revendent pas, ne s'échangent pas en bourse et ne quittent pas votre jardin avant la fin de l'essai, même pour un voisin très sympathique.
### Le droit de dire non
p Refuser une sollicitation n'enlève aucun grain et ne fait pas baisser votre niveau. Un simple « pas cette fois » dans Discord suffit, sans justification.
## Pause, départ et exclusion
### Mettre sa participation en jachère
p Sans contribution pendant neuf mois, votre statut passe « en jachère ». Ce n'est pas une sanction : vous restez dans La Grange, vos grains restent acquis, et on arrête simplement de vous solliciter jusqu'à ce que vous nous fassiez signe. Vous pouvez aussi demander la jachère vous-même, pour une saison chargée ou un déménagement.
### Quitter le Cercle
p Vous pouvez quitter le Cercle quand vous le voulez, sans préavis : tapez /quitter dans Discord ou écrivez à Maëlle. Vos grains restent convertibles pendant trois mois après le départ, et vos témoignages publiés sont retirés sous 30 jours si vous le demandez. Votre compte client, vos commandes et vos remises fidélité ordinaires ne changent pas.
### Les cas d'exclusion
p Le bureau peut, après un échange avec la personne concernée, mettre fin à la participation d'un Passeur dans les cas suivants :
- revente ou diffusion de semences issues d'une parcelle d'essai ;
- avis en ligne rédigés contre rémunération ou pour des produits jamais utilisés ;
- propos blessants ou harcèlement envers d'autres membres de La Grange ;
- utilisation du nom de la Semencerie pour une activité commerciale personnelle.
p Dans tous les cas, on se parle d'abord. Personne n'est sorti du Cercle par un simple message automatique.
### En résumé
|Situation|Vos grains|La Grange|Sollicitations|
|Actif|acquis et convertibles|accès complet|jusqu'à deux par mois|
|En jachère|conservés|accès complet|aucune|
|Parti|convertibles trois mois|accès fermé|aucune|
|Exclu|annulés|accès fermé|aucune|
## Modifications de la charte
p La charte est relue chaque année à l'assemblée du Cercle, en janvier. Les changements sont annoncés dans la Gazette du Semis un mois avant d'entrer en vigueur.
""")

DOCS["faq_la_grange.txt"] = dict(lang="fr", audience="all", style="underline", src="""
!audience [épinglé dans #questions-du-cercle] FAQ ouverte à tous les Passeurs, mise à jour par Maëlle (dernière fois le 28/11)
# FAQ de La Grange
p Les questions qui reviennent le plus sur le Discord. Si la vôtre n'y est pas, posez-la dans #questions-du-cercle, quelqu'un répondra (souvent un Passeur avant moi, merci à vous !!)
## Grains et niveaux
p Q : je peux donner mes grains à un autre passeur ? R : non, les grains sont nominatifs et pas transférables. Par contre vous pouvez les verser à la cagnotte des jardins scolaires, voir le règlement des récompenses.
p Q : mon niveau a baissé alors que j'ai rien fait de mal ?? R : le niveau se calcule sur les 12 derniers mois glissants. Les grains gagnés il y a plus d'un an ne comptent plus pour le niveau (ils restent dans votre solde tant qu'ils n'ont pas expiré). On ne descend jamais de plus d'un niveau d'un coup.
p Q : combien de temps avant que les grains apparaissent ? R : dès que la contribution est validée. Pendant ce temps elle s'affiche « en attente » dans /grains.
## Déclarer une contribution
p Pour déclarer, le plus simple c'est /declarer dans le salon #mes-contributions. Binette vous demande ensuite :
- le type de contribution (témoignage, avis, bourse aux graines, mise en relation...) ;
- la date ;
- un lien ou une photo qui montre la contribution ;
- pour une mise en relation : le nom de la structure et un contact, avec son accord.
p Q : j'ai oublié de déclarer un truc de l'an dernier ? R : on accepte les déclarations jusqu'à 90 jours après la contribution. Au-delà, écrivez à Maëlle, on regarde au cas par cas mais sans promesse.
p Q : quels avis en ligne comptent ? R : seulement ceux-là, les autres (sites de revendeurs, marketplaces) ne rapportent rien :
- les avis sur la fiche Google de la graineterie de Saint-Lô ;
- les avis sur les fiches produits du site semencerie-bocage.fr.
p Les délais, en un coup d'oeil :
|Étape|Délai habituel|
|Validation d'une contribution par l'équipe|5 jours ouvrés|
|Réponse de Maëlle sur La Grange|48 heures ouvrées|
|Envoi d'un bon d'achat après conversion|10 jours|
## Binette, le bot
p Binette c'est l'assistante du Discord. C'est une IA, elle le dit elle-même, et elle ne voit que les salons du Cercle, pas vos messages privés.
p Les commandes à connaître :
- /grains : votre solde et l'historique ;
- /niveau : votre niveau et ce qu'il manque pour le suivant ;
- /sollicitations : les demandes en cours qui vous concernent ;
- /declarer : déclarer une contribution ;
- /jachere : mettre votre participation en pause ;
- /quitter : quitter le Cercle (Binette vous demande de confirmer).
p Q : Binette peut parler anglais ? R : oui, tapez /langue en. Pour revenir au français : /langue fr.
## Divers
p Q : on peut venir avec un ami à la Fête des récoltes ? R : oui, un accompagnant par Passeur, il suffit de l'indiquer à l'inscription. Les enfants ne comptent pas.
p Q : je suis maraîcher pro, est-ce que je peux être Passeur ? R : bien sûr, environ un tiers du Cercle vend sur les marchés. On vous demandera juste de ne pas mélanger vos contributions avec la promo de votre propre exploitation.
""")

DOCS["cr_atelier_JE_coutances_2026-11.txt"] = dict(lang="fr", audience="internal", style="plain", src="""
!audience INTERNE - équipe Semencerie uniquement (ne pas poster sur La Grange, ne pas transférer aux Passeurs)
# Compte rendu - atelier JE du 14 novembre 2026 (Coutances)
p Animation : Maëlle Guernion, prise de notes Inès Ferrand. Tiers-lieu de la Cale, 14h-17h30. Onze Passeurs présents sur quatorze inscrits.
## Qui était là
p On avait volontairement mélangé les profils pour que les trois grands groupes du Cercle soient représentés :
- quatre jardiniers amateurs, dont deux au niveau Grenier ;
- trois maraîchers sur les marchés de la Manche ;
- deux enseignantes qui tiennent un potager scolaire ;
- un agent des espaces verts de la mairie de Carentan ;
- une animatrice de grainothèque en médiathèque.
|Groupe|Inscrits|Présents|
|Jardiniers amateurs|6|5|
|Maraîchers|4|3|
|Écoles et collectivités|4|3|
## Ce qui converge
p Tout le monde ou presque est venu pour la même chose : apprendre et transmettre. Le grain (les points) n'est cité comme motivation première par personne, mais plusieurs disent que voir leur solde bouger leur « fait plaisir quand même ».
p Points de convergence avec les objectifs 2027 :
- la transmission des variétés locales (objectif « 40 variétés du bocage remises en circulation ») parle à tout le monde ;
- les parcelles d'essai sont vues comme LE vrai avantage, bien plus que la remise ;
- les écoles et les mairies sont perçues comme la bonne cible pour les mises en relation.
## Ce qui diverge
p Les maraîchers ne veulent pas publier d'avis Google sous leur nom : peur de passer pour des revendeurs de la coop aux yeux de leurs clients. Ils préfèrent témoigner à l'oral, en bourse ou en visite de ferme.
p Les deux enseignantes trouvent le calendrier des sollicitations calé sur le rythme des pros (salons en février) et pas sur l'année scolaire. Proposition de leur part : une sollicitation dédiée écoles en septembre.
p Divergence nette avec l'objectif « +30 % de partages sur les réseaux » : seuls deux participants utilisent Instagram, et aucun n'a envie de faire des stories. Le sujet a un peu crispé.
## Verbatims
- « Je ne suis pas influenceuse, je suis jardinière. » (Passeuse niveau Épi, Périers)
- « Ce qui me ferait venir à Saint-Lô, c'est de voir la chambre froide, pas un buffet. »
- « La jachère, c'est malin : j'avais peur d'être virée pendant mon congé maternité. »
- « Les 5 grains pour un partage, franchement, ça me paraît un peu gadget. »
## Décisions et suites
p À valider en réunion d'équipe du 2 décembre :
1. supprimer les points pour les stories Instagram dès janvier, garder les partages de publications ;
2. créer une sollicitation « rentrée des écoles » en septembre, portée par le groupe Écoles et collectivités ;
3. proposer aux maraîchers un témoignage audio enregistré au marché, sans publication sous leur nom ;
4. faire la synthèse de cet atelier en brouillon pour les participants, avec les verbatims anonymisés.
p Attention : cette synthèse est un brouillon. Trois inscrits absents (dont le seul Passeur de Jersey) n'ont pas été entendus, ne pas généraliser à tout le Cercle.
""")

DOCS["guide_niveaux_et_grains.md"] = dict(lang="fr", audience="all", src="""
!audience > Ouvert à tous les Passeurs du Cercle · mis à jour le 20/11/2026
# Niveaux, grains et avantages : le guide
p Dans le Cercle, chaque contribution rapporte des grains. Les grains cumulés sur 12 mois glissants fixent votre niveau ; le solde, lui, sert à obtenir des récompenses (voir le règlement des récompenses).
## Combien rapporte chaque contribution
|Contribution|Grains|Plafond / remarque|
|Témoignage écrit|40|un par saison|
|Témoignage vidéo (ou audio)|120|validé par l'équipe avant publication|
|Avis en ligne|20|Google ou site de la Semencerie, 4 par an max|
|Partage d'une publication|5|10 par mois max|
|Participation à une bourse aux graines ou un salon|60|+20 si vous tenez le stand|
|Mise en relation (école, mairie, maraîcher...)|150|+100 si elle aboutit à une commande|
|Aide apportée sur La Grange|10|par réponse marquée utile|
|Idée d'amélioration|25|+75 si l'idée est retenue|
|Rapport de levée|35|nouveau en 2027, une fiche par variété|
|Parcelle d'essai complète|200|fiche de suivi rendue avant le 15 octobre|
## Les quatre niveaux
p Quatre niveaux, du premier semis au grenier. On monte dès que le seuil est atteint ; on ne redescend qu'au bilan de janvier, et jamais de plus d'un niveau.
|Niveau|Grains sur 12 mois|Passeurs fin 2026|
|1 · Germe|0 à 149|212|
|2 · Pousse|150 à 499|97|
|3 · Épi|500 à 1 199|41|
|4 · Grenier|1 200 et plus|9|
## Les avantages, niveau par niveau
### Germe
p Dès votre entrée dans le Cercle :
- un sachet de bienvenue avec cinq variétés anciennes du bocage ;
- l'accès à La Grange, notre Discord privé ;
- la Gazette du Semis chaque mois, avec une semaine d'avance sur les clients.
### Pousse
p En plus des avantages du niveau Germe :
- 10 % de remise sur les semences (hors plants et outils) ;
- le catalogue de printemps quinze jours avant sa sortie ;
- une invitation aux portes ouvertes de la graineterie, avec visite de la chambre froide.
### Épi
p En plus des avantages des niveaux précédents :
- la remise passe à 15 % ;
- un kit de parcelle d'essai chaque saison (trois variétés en cours de sélection) ;
- une rencontre annuelle avec l'équipe de sélection à la station de Marigny ;
- votre nom dans la page « remerciements » du catalogue, si vous le souhaitez.
### Grenier
p En plus des avantages des niveaux précédents :
- la remise passe à 20 % ;
- un siège au Conseil des semences, le comité consultatif qui choisit les variétés à relancer (deux réunions par an) ;
- le parrainage d'une variété de la collection, avec votre nom sur sa fiche de conservation ;
- la Fête des récoltes avec une nuit d'hébergement prise en charge.
## Et si je ne veux pas monter de niveau ?
p Aucun souci. Le niveau n'est pas un classement et il n'y a pas de tableau des meilleurs Passeurs. Beaucoup de membres restent Germe ou Pousse pendant des années et font un travail formidable sur La Grange.
""")

DOCS["objectifs_kpi_2027.md"] = dict(lang="fr", audience="internal", src="""
!audience **Document interne - équipe Semencerie et bureau de la coop. Ne pas diffuser aux Passeurs.**
# Cercle des Passeurs : raison d'être, objectifs et KPI 2027
## Raison d'être
p Le Cercle des Passeurs existe pour que les semences paysannes du bocage normand circulent de main en main : chaque Passeur sème, observe, raconte et transmet, et c'est cette chaîne de jardiniers, de maraîchers et d'écoles qui garde les variétés vivantes. (Texte écrit en atelier NOUS, mars 2026 ; les propositions générées par l'IA ont servi de base de discussion, pas de texte final.)
## Objectifs 2027
1. Remettre en circulation 40 variétés du bocage, contre 26 fin 2026.
2. Doubler les mises en relation avec des écoles et des collectivités.
3. Garder les Passeurs actifs : moins de 15 % de départs dans l'année.
4. Alléger la charge : aucun Passeur sollicité plus de deux fois par mois.
5. Mesurer enfin l'impact commercial des recommandations (commandes influencées).
## Indicateurs suivis
|Indicateur|Réalisé 2026|Cible 2027|Source|
|Passeurs actifs (au moins une contribution sur le trimestre)|148|190|Binette, export mensuel|
|Contributions moyennes par Passeur et par an|4,1|5|Binette|
|Taux de réponse aux sollicitations|61 %|70 %|calendrier des sollicitations|
|Délai moyen de réponse à une sollicitation|4,2 jours|3 jours|Binette|
|Mises en relation écoles et collectivités|18|36|CRM|
|Commandes influencées par un Passeur|non mesuré|120|codes parrain + CRM|
|Rétention des Passeurs d'une année sur l'autre|81 %|85 %|fichier membres|
|NPS des Passeurs|+52|+55|enquête de janvier|
|Taux de passage au niveau supérieur|12 %|15 %|Binette|
## Groupes et thèmes
### Jardiniers amateurs
p Thèmes : semis réussis, variétés anciennes, conservation des graines à la maison. KPI du groupe : rapports de levée rendus et aide sur La Grange.
### Maraîchers
p Thèmes : rendement, résistance aux maladies, vente sur les marchés. KPI : témoignages audio et mises en relation entre pros. Pas d'avis en ligne demandé à ce groupe (cf. atelier JE de Coutances).
### Écoles et collectivités
p Thèmes : potager pédagogique, cantine, espaces verts sans traitement. KPI : mises en relation et visites de la graineterie.
## Budget
p Enveloppe 2027 : 38 000 € hors salaires, dont 14 000 € de remises et récompenses, 9 500 € pour la Fête des récoltes et 6 000 € de frais de déplacement des Passeurs. Le reste couvre les kits de parcelles d'essai et l'abonnement de Binette.
""")

DOCS["welcome_guide_en.md"] = dict(lang="en", audience="all", src="""
!audience _Audience: all Passeurs of the Circle (English-speaking members). French version on La Grange, #bienvenue._
# Welcome to the Circle of Passeurs
p Hello and welcome! You're reading this because you joined the Circle from Jersey, Guernsey or further afield and asked for things in English. The programme itself runs mostly in French, but nobody minds if you post in English on La Grange.
## What the Circle is about
p The Semencerie du Bocage is a seed cooperative in Saint-Lô, Normandy. The Circle is our ambassador programme: around 360 gardeners, growers and teachers who sow our open-pollinated varieties, tell others about them and help us keep old Norman varieties alive. Members are called Passeurs (roughly "the ones who pass things on").
## Your first 30 days
1. Join La Grange, our private Discord server, with the invite link in your welcome email.
2. Type /langue en so that Binette, the bot, answers you in English.
3. Introduce yourself in #bonjour: where you garden, what you grow, what went wrong last year.
4. Sow at least one variety from your welcome packet and post a photo when it comes up.
5. Have a look at #sollicitations to see what the team is asking for this month; you never have to say yes.
## What we will never ask you
p A few promises, because people ask:
- we will never write a review or a testimonial in your name;
- we will never ask you to post on a platform you don't already use;
- we will never share your address with another member without asking you first.
## Shipping outside France
p Trial-plot kits cannot be shipped to the UK because of plant health rules, so members living there are not offered trial plots, whatever their level. Jersey and Guernsey members get them by post as usual. To make up for it, UK members earn double grains for germination reports (70 instead of 35).
## Who to talk to
|Topic|Person|How|
|Anything about the Circle|Maëlle Guernion, Circle manager|@Maëlle on La Grange|
|Orders, deliveries, customs|Yannick Hamel, logistics|commandes@semencerie-bocage.fr|
|Your personal data|Data protection officer|dpo@semencerie-bocage.fr|
""")

DOCS["programme_cercle_2027.pdf"] = dict(lang="fr", audience="all", outline=True, src="""
!audience Document remis à tous les Passeurs du Cercle - janvier 2027
# Le Cercle des Passeurs - programme 2027
## Pourquoi un cercle ?
p Une variété qui n'est plus semée disparaît en quelques années. La Semencerie conserve plus de 300 variétés dans sa chambre froide de Saint-Lô, mais une graine ne vit vraiment que si quelqu'un la met en terre, la regarde pousser et en parle autour de lui. C'est exactement ce que font les Passeurs.
## Qui peut devenir Passeur ?
p L'équipe invite chaque automne de nouveaux membres parmi les clients qui :
- commandent chez nous depuis au moins deux saisons ;
- nous ont déjà fait un retour spontané (un mail, une photo, un mot au marché) ;
- ont envie d'y consacrer quelques heures par an, pas plus ;
- acceptent la charte des Passeurs.
p On ne regarde ni le nombre d'abonnés ni la taille du jardin. Un balcon à Cherbourg compte autant qu'une ferme de trois hectares.
## Ce que font les Passeurs
|Type de contribution|Exemple|Qui valide|
|Témoignage|Un texte ou une vidéo sur une variété semée chez vous|Maëlle, sous 5 jours ouvrés|
|Bourse aux graines|Tenir le stand de la Semencerie à la bourse de Villedieu|L'équipe événements|
|Mise en relation|Présenter la coop à l'école de votre commune|Le service commercial, après premier contact|
|Rapport de levée|Noter le taux de germination d'un sachet et l'envoyer|L'équipe de sélection|
|Co-création|Tester une variété en parcelle d'essai et remplir la fiche de suivi|L'équipe de sélection|
## Les nouveautés 2027
- Le rapport de levée devient une contribution à part entière.
- Les binômes : chaque nouveau Passeur peut demander un parrain ou une marraine de niveau Épi ou Grenier pour sa première saison.
- Une sollicitation « rentrée des écoles » en septembre, pensée pour les enseignants.
- La Gazette du Semis passe en format court, une fois par mois.
## Le calendrier de l'année
p Les grands rendez-vous : l'assemblée du Cercle fin janvier, les bourses aux graines de février à avril, la visite de la station de sélection de Marigny en juin pour les niveaux Épi et Grenier, et la Fête des récoltes en octobre. Les dates précises sont publiées dans le calendrier des sollicitations et dans la Gazette.
## Contacts
p Maëlle Guernion, responsable du Cercle : cercle@semencerie-bocage.fr ou @Maëlle sur La Grange. Permanence téléphonique le mardi de 9h à 12h au 02 33 57 18 40.
""")

DOCS["calendrier_sollicitations_S1_2027.pdf"] = dict(lang="fr", audience="all", outline=False, src="""
!audience Calendrier partagé avec tous les Passeurs - 1er semestre 2027 (peut bouger : la version à jour est épinglée dans #sollicitations)
# Calendrier des sollicitations, janvier à juin 2027
## Comment on choisit qui est sollicité
p Pour éviter que ce soient toujours les mêmes qui s'y collent, Binette propose pour chaque demande une liste de Passeurs en donnant la priorité à ceux qui n'ont pas été sollicités depuis 60 jours. Personne ne reçoit plus de deux sollicitations par mois, et on ne sollicite pas deux fois de suite la même personne pour le même type de demande. Maëlle relit toujours la liste avant envoi.
p Chaque sollicitation précise toujours :
- ce qu'on attend de vous, concrètement ;
- le temps que ça prend, estimé honnêtement ;
- la date limite pour répondre ;
- les grains prévus.
## Les sollicitations prévues
|Mois|Sollicitation|Profil recherché|Passeurs|Réponse avant le|
|Janvier|Témoignages écrits pour le nouveau catalogue|Jardiniers amateurs, tous niveaux|8|10 janvier|
|Février|Tenir le stand au salon Terre de Manche (Saint-Lô)|Maraîchers ou niveau Épi et plus|4|25 janvier|
|Mars|Relecture des fiches de culture des nouvelles variétés|Passeurs qui ont fait une parcelle d'essai en 2026|5|1er mars|
|Avril|Bourse aux graines de Villedieu-les-Poêles|Tous niveaux|6|20 mars|
|Mai|Vidéos « mon potager en mai » pour les réseaux|Volontaires uniquement|3|30 avril|
|Juin|Accueil d'une classe à la graineterie|Enseignants et animateurs|2|15 mai|
## Répondre à une sollicitation
p Dans #sollicitations, chaque demande a trois boutons. Vous avez sept jours pour répondre ; sans réponse, la demande passe à quelqu'un d'autre, sans conséquence pour vous.
- Oui : vous êtes inscrit, Maëlle vous écrit pour les détails ;
- Peut-être : on vous garde une place 72 heures de plus ;
- Pas cette fois : aucune justification demandée.
## Déjà sollicité deux fois ce mois-ci ?
p Si une demande vous tente vraiment alors que vous avez atteint la limite, dites-le à Maëlle : elle peut faire une exception, mais c'est vous qui demandez, jamais l'inverse.
""")

DOCS["reglement_recompenses_2027.docx"] = dict(lang="fr", audience="all", src="""
!audience Diffusion : ensemble des Passeurs du Cercle. Règlement applicable au 1er janvier 2027.
# Règlement des récompenses du Cercle des Passeurs
## Article 1 - Objet
p Le présent règlement fixe la manière dont les grains acquis par les Passeurs peuvent être convertis en récompenses. Il complète la charte des Passeurs et le guide des niveaux.
## Article 2 - Conversion des grains
p Les grains se convertissent depuis Discord avec la commande /convertir ou par mail à l'équipe. Chaque Passeur peut convertir au maximum trois fois par année civile.
|Grains|Récompense|Remarque|
|100|Bon d'achat de 5 €|valable 6 mois sur le site|
|250|Un outil de la sélection « main verte » (transplantoir, plantoir ou couteau à désherber)|dans la limite des stocks|
|400|Un atelier « produire ses graines » d'une demi-journée à Saint-Lô|sessions de mars à septembre|
|600|Une boîte de conservation en bois avec 12 variétés au choix|gravée au nom du Passeur|
|Tout montant|Versement à la cagnotte des jardins scolaires|doublé par la coop jusqu'à 500 grains par an|
## Article 3 - Validité des grains
p Les grains sont valables 24 mois à compter de leur date de validation. Les grains les plus anciens sont utilisés en premier lors d'une conversion. Un rappel est envoyé par Binette deux mois avant l'expiration, sauf si vous avez désactivé les rappels.
## Article 4 - Cas particuliers
p Les situations suivantes sont réglées ainsi :
- départ du Cercle : voir la charte ; passé le délai qu'elle prévoit, le solde est annulé sans contrepartie ;
- jachère : le compteur d'expiration est suspendu pendant la jachère, dans la limite de 12 mois ;
- Passeur salarié de la coopérative : pas de conversion possible, les grains servent seulement au niveau ;
- contribution invalidée après coup (avis retiré, doublon) : les grains correspondants sont retirés du solde.
## Article 5 - Valeur des récompenses
p Les grains n'ont aucune valeur monétaire et ne peuvent être ni vendus, ni échangés contre de l'argent. La valeur totale des récompenses reçues par un Passeur ne peut dépasser 150 € par an ; au-delà, les grains restent au solde.
## Article 6 - Modification du règlement
p Le bureau de la coopérative peut modifier ce règlement. Les Passeurs sont prévenus dans la Gazette du Semis au moins un mois avant ; les conversions déjà demandées sont honorées aux anciennes conditions.
""")

DOCS["events_handbook_en.docx"] = dict(lang="en", audience="all", src="""
!audience Audience: every Passeur who volunteers for an event (open to all members of the Circle, any level).
# Representing the Semencerie at events: a handbook for Passeurs
## Events planned for 2027
|Event|Where|When|What we need from you|
|Terre de Manche trade fair|Parc des expositions, Saint-Lô|12-14 February|Stand duty, half-day shifts|
|Seed swap (bourse aux graines)|Villedieu-les-Poêles, salle des fêtes|10 April|Help visitors label and swap seeds|
|Open day at the seed station|Marigny|19 June|Guided walk through the trial plots (Épi and Grenier only)|
|Harvest festival (Fête des récoltes)|Semencerie, Saint-Lô|3 October|Run a tasting table or a kids' sowing workshop|
## Before the event
p A week before, Maëlle sends a short brief. Please check you have:
- your Passeur badge (ask for a new one on La Grange if you lost it);
- the current price list, printed or on your phone;
- a few seed packets from your own garden to show, if you save seeds;
- the QR code leaflet that links to the Circle's sign-up page.
## On the stand
p Talk about what you grow, not about what the catalogue says. Visitors want to hear that the Rouge de Carentan tomato split after the August storm but still tasted great. You are not a salesperson: if someone wants a quote for a school or a farm, take their contact and pass it to the team; it counts as an introduction.
p And please don't:
- promise a germination rate, even for a variety you know well;
- run down other seed companies, including the big ones;
- hand out seeds from a trial plot, even a pinch.
## Travel and expenses
p Travel is refunded at 0.32 € per km, capped at 120 € per event, on presentation of a short claim form within 30 days. Lunch is provided on the stand; when it is not, we refund up to 18 € per meal. Hotels are booked by the team, never by you, so that you don't have to advance the money.
## After the event
1. Log the event with /declarer within a week (60 grains, plus 20 if you ran the stand).
2. Post two or three photos in #photos-du-cercle, with the consent of anyone recognisable.
3. Hand in the contact cards you collected, even scribbled ones.
""")

DOCS["gazette_du_semis_2026-12.html"] = dict(lang="fr", audience="all", src="""
!audience La Gazette du Semis n°14 - lettre réservée aux Passeurs du Cercle (merci de ne pas la transférer en dehors du Cercle)
# La Gazette du Semis - décembre 2026
## Le mot de Maëlle
p Quelle année ! Vous avez été 148 à contribuer au moins une fois ce trimestre, un record. Merci aussi à celles et ceux qui ont osé dire « pas cette fois » : c'est grâce à ça que personne n'a été sollicité plus de deux fois par mois, et c'est exactement ce qu'on voulait.
## Le trimestre en chiffres
|Indicateur|Sept.-nov. 2026|Même période 2025|
|Témoignages publiés|31|19|
|Rapports de levée (en test)|64|-|
|Mises en relation|9|5|
|Réponses utiles sur La Grange|212|140|
|Bourses aux graines tenues|7|4|
## Appel à testeurs : la tomate « Cœur de Carentan »
p La sélection cherche 12 Passeurs pour tester la Cœur de Carentan en 2027, une tomate cœur de bœuf précoce issue d'un croisement avec une variété de Sainte-Mère-Église. Pour candidater, il faut :
- être au niveau Épi ou Grenier (ou Pousse avec une parcelle d'essai déjà rendue) ;
- pouvoir lui consacrer au moins 4 m² en plein champ ou sous abri froid ;
- remplir la fiche de suivi toutes les deux semaines, de la plantation à la dernière récolte.
p Candidatures avec /sollicitations avant le 15 janvier.
## Bienvenue aux nouveaux Passeurs
p Vingt-trois nouveaux membres ont rejoint le Cercle cet automne, dont une grainothèque de Granville et deux écoles de Saint-Lô. Faites-leur une place dans #bonjour !
## Avant les fêtes, pensez-y
- convertissez les grains gagnés en décembre 2024, ils expirent à la fin du mois ;
- rendez votre fiche de parcelle d'essai si ce n'est pas encore fait ;
- la boutique de Saint-Lô ferme du 23 décembre au 2 janvier, les commandes en ligne restent ouvertes.
## Agenda
- 24 janvier : assemblée du Cercle, Maison des associations de Saint-Lô ;
- 12 au 14 février : salon Terre de Manche ;
- 3 mars : date limite pour les rapports de levée de la saison 2026.
""")

DOCS["donnees_et_assistant.html"] = dict(lang="fr", audience="all", src="""
!audience Information destinée à tous les Passeurs du Cercle et aux personnes invitées à le rejoindre.
# Vos données et l'assistante Binette
## Qui est responsable
p La Semencerie du Bocage, société coopérative d'intérêt collectif, 12 rue de la Poterne, 50000 Saint-Lô, est responsable des traitements décrits ici. Le délégué à la protection des données est joignable à dpo@semencerie-bocage.fr.
## Ce que nous collectons et pourquoi
|Donnée|Pour quoi faire|Combien de temps|
|Nom, pseudo Discord, e-mail|Gérer votre participation au Cercle|Durée de la participation + 3 ans|
|Contributions déclarées et grains|Calculer vos niveaux et vos récompenses|Durée de la participation + 3 ans|
|Messages dans les salons du Cercle|Permettre à Binette de répondre et de préparer les synthèses d'atelier|12 mois|
|Réponses aux ateliers JE|Synthèse des besoins des Passeurs, anonymisée|2 ans après l'atelier|
|Contacts transmis lors d'une mise en relation|Prendre contact, avec l'accord de la personne|6 mois sans suite, puis suppression|
## Binette est une IA
p Binette est une assistante fondée sur un modèle d'intelligence artificielle. Elle se présente comme telle dès le premier message, ne lit pas vos messages privés et ne prend aucune décision à votre place : un niveau, une exclusion ou une récompense sont toujours validés par une personne de l'équipe.
## Vos choix
p Vous pouvez à tout moment, depuis Discord ou par mail :
- refuser les rappels de sollicitation (commande /rappels off) ;
- refuser que vos messages servent aux synthèses d'atelier ;
- demander que vos témoignages ne soient utilisés que sur les supports imprimés ;
- retirer votre accord pour une photo publiée.
p Refuser l'un de ces usages ne change rien à vos grains ni à votre niveau.
## Quand Binette passe la main
p Binette s'arrête et prévient un membre de l'équipe dès qu'un message parle d'un litige, d'une réclamation sur une commande, d'une question juridique ou d'une situation personnelle difficile. Vous pouvez aussi taper /humain à tout moment : Maëlle ou un collègue vous répond dans la journée ouvrée.
## Vos droits
p Vous disposez d'un droit d'accès, de rectification, d'effacement, d'opposition et de portabilité. Écrivez au DPO ; sans réponse satisfaisante sous un mois, vous pouvez saisir la CNIL.
""")
