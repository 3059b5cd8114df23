# -*- coding: utf-8 -*-
"""Questions, written by hand. Each entry: (document, locator, lang, question).

The locator is a verbatim substring that identifies ONE unit of the document
(a paragraph, a list with its introducing sentence, or a table row); the generator
turns it into gold_section, unit and gold fragments taken from content.py.
"""

Q = [
    # charte-complices.md
    ("charte-complices.md", "croit que le théâtre se transmet", "fr", "c'est quoi au fond la mission du programme Complices ?"),
    ("charte-complices.md", "poursuit quatre objectifs", "fr", "en gros le programme vise quoi cette année, en 4 points ?"),
    ("charte-complices.md", "L'équipe invite un spectateur", "en", "How does the theatre pick who gets invited to become an ambassador?"),
    ("charte-complices.md", "L'invitation n'est jamais envoyée", "fr", "on reçoit l'invit pour devenir complice quand exactement ?"),
    ("charte-complices.md", "chaque Complice s'engage à", "fr", "qu'est-ce qu'on promet quand on devient complice ?"),
    ("charte-complices.md", "De son côté, le Grand Tréteau", "fr", "et le théâtre, il s'engage à quoi envers nous ?"),
    ("charte-complices.md", "Délai moyen de réponse", "fr", "c'est quoi la cible pour le temps que mettent les complices à répondre ?"),
    ("charte-complices.md", "Complices actifs", "fr", "combien de complices actifs on vise et comment on les compte ?"),
    ("charte-complices.md", "Chaque Complice peut quitter", "en", "can I quit the program whenever I want?"),
    ("charte-complices.md", "contribuer de plusieurs façons", "fr", "concrètement je peux faire quoi pour aider le théâtre ?"),
    ("charte-complices.md", "Le théâtre peut mettre fin", "fr", "est-ce qu'on peut se faire virer du programme ?"),

    # guide-points-niveaux.pdf
    ("guide-points-niveaux.pdf", "Témoignage vidéo", "fr", "une vidéo ça rapporte combien de points ?"),
    ("guide-points-niveaux.pdf", "Partage sur les réseaux sociaux", "en", "how many pts do I get for sharing a post on insta?"),
    ("guide-points-niveaux.pdf", "Aide à un autre membre", "fr", "je gagne combien si je file un coup de main à qqn sur le forum ?"),
    ("guide-points-niveaux.pdf", "Idée d'amélioration retenue", "fr", "une suggestion qui est acceptée ça vaut quoi ?"),
    ("guide-points-niveaux.pdf", "validation automatique sont créditées", "fr", "au bout de combien de temps mes points apparaissent sur mon compte ?"),
    ("guide-points-niveaux.pdf", "Certains gestes rapportent", "en", "any way to get extra points on top of the normal ones?"),
    ("guide-points-niveaux.pdf", "400 à 899 points", "fr", "il faut combien de points pour être Coulisses ?"),
    ("guide-points-niveaux.pdf", "900 points et plus", "en", "what's the threshold for the top tier?"),
    ("guide-points-niveaux.pdf", "atteint un nouveau seuil", "fr", "je viens de monter de palier, il se passe quoi ?"),
    ("guide-points-niveaux.pdf", "le Complice Avant-scène reçoit", "fr", "qu'est-ce que je débloque en passant avant-scène ?"),
    ("guide-points-niveaux.pdf", "le Complice Coulisses profite", "en", "perks at Coulisses level?"),
    ("guide-points-niveaux.pdf", "le Complice Grand Rideau obtient", "fr", "grand rideau, on a droit à quoi"),
    ("guide-points-niveaux.pdf", "Dès son entrée dans le programme", "fr", "qu'est-ce qu'on a en arrivant, au tout premier palier ?"),
    ("guide-points-niveaux.pdf", "Les points sont valables pendant deux saisons", "fr", "est-ce que mes pionts expirent un jour ?"),
    ("guide-points-niveaux.pdf", "Une même contribution ne rapporte", "fr", "si mon témoignage passe dans la brochure et sur le site, je suis crédité 2 fois ?"),

    # plan-animation-2026-2027.docx
    ("plan-animation-2026-2027.docx", "Témoignages écrits et vidéo validés", "fr", "combien de témoignages faut-il récolter et pour quand ?"),
    ("plan-animation-2026-2027.docx", "Complices associés au choix jeune public", "fr", "on veut combien de complices dans la co-création, et pour quand ?"),
    ("plan-animation-2026-2027.docx", "Nouveaux spectateurs venus par un Complice", "fr", "on vise combien de filleuls d'ici l'été 2027 ?"),
    ("plan-animation-2026-2027.docx", "l'équipe donne la priorité", "en", "What is the team focusing on first this year?"),
    ("plan-animation-2026-2027.docx", "Octobre 2026", "fr", "en octobre on demande quoi aux complices ?"),
    ("plan-animation-2026-2027.docx", "Avril 2027", "en", "who gets asked for the trade show in april, and how many people?"),
    ("plan-animation-2026-2027.docx", "Janvier 2027", "fr", "combien de complices on mobilise en janvier et pour quoi ?"),
    ("plan-animation-2026-2027.docx", "Septembre 2026", "fr", "les vidéos de la rentrée, on les demande à qui ?"),
    ("plan-animation-2026-2027.docx", "Le lien avec les Complices est entretenu", "fr", "on a des moments fixes avec l'équipe dans l'année ? la newsletter sort quand ?"),
    ("plan-animation-2026-2027.docx", "Pour éviter d'épuiser les plus motivés", "en", "How do you avoid burning out the most active ambassadors?"),
    ("plan-animation-2026-2027.docx", "Trois formations courtes", "fr", "y a des cours pour apprendre à faire des vidéos ou parler en public ?"),
    ("plan-animation-2026-2027.docx", "Places offertes", "fr", "quelle part de l'argent part dans les places gratuites ?"),

    # faq-complices.html
    ("faq-complices.html", "tout abonné peut proposer sa candidature", "fr", "je peux postuler moi-même ou faut attendre qu'on m'invite ?"),
    ("faq-complices.html", "le programme est entièrement gratuit", "en", "is there a fee to join?"),
    ("faq-complices.html", "Vous pouvez connaître votre solde", "en", "where can I see how many points I've got?"),
    ("faq-complices.html", "Les points sont personnels", "fr", "je peux donner mes points à ma soeur ?"),
    ("faq-complices.html", "Avant de nous écrire, suivez ces étapes", "fr", "mon palier sur mon profil est pas le bon, je fais quoi ?"),
    ("faq-complices.html", "Refuser une sollicitation", "fr", "si je dis non a une demmande je perds des points ?"),
    ("faq-complices.html", "Le délai de réponse dépend", "fr", "j'ai combien de jours pour donner ma réponse quand on me demande un truc ?"),
    ("faq-complices.html", "Inès Carpentier", "en", "who do I write to with a question, and when are they around?"),
    ("faq-complices.html", "Vos données ne sont jamais vendues", "fr", "vous revendez nos infos à des partenaires ?"),
    ("faq-complices.html", "Mercredi", "fr", "l'équipe est là le mercredi ? à quelle heure ?"),
    ("faq-complices.html", "Soirs de représentation", "fr", "les soirs de spectacle, je peux voir quelqu'un de l'équipe Complices ?"),

    # reglement-parrainage.txt
    ("reglement-parrainage.txt", "Le parrainage permet à un Complice", "fr", "parrainer un pote, ça marche comment en deux mots ?"),
    ("reglement-parrainage.txt", "Peut être parrainée toute personne majeure", "fr", "qui je peux parrainer ? mon coloc ça marche ?"),
    ("reglement-parrainage.txt", "se déroule en quatre étapes", "en", "how do I refer a friend, step by step?"),
    ("reglement-parrainage.txt", "30 % de réduction", "en", "what discount does my friend get on their first show?"),
    ("reglement-parrainage.txt", "50 points supplémentaires", "fr", "et quand mon filleul reprend un abonnement l'année d'après, j'ai quoi ?"),
    ("reglement-parrainage.txt", "parrainer au plus dix filleuls", "fr", "y a un max de filleuls ?"),
    ("reglement-parrainage.txt", "Les codes créés pour soi-même", "fr", "quelqu'un revend son code de parrainage sur leboncoin, ça donne quoi ?"),
    ("reglement-parrainage.txt", "Un code de parrainage est valable", "fr", "mon code de parrainnage expire quand ?"),
    ("reglement-parrainage.txt", "10 % de réduction sur le premier abonnement", "fr", "le filleul a une remise s'il prend un abonnement ?"),

    # protection-donnees-complices.txt
    ("protection-donnees-complices.txt", "le théâtre collecte les données suivantes", "en", "what personal data do you keep about me?"),
    ("protection-donnees-complices.txt", "Le théâtre ne collecte ni vos opinions", "fr", "vous récupérez les coordonnées de mes proches quand je parraine ?"),
    ("protection-donnees-complices.txt", "Rappels de sollicitations par l'assistant", "fr", "sur quelle base légale le bot m'envoie des rappels ?"),
    ("protection-donnees-complices.txt", "Publication de témoignages", "fr", "mon témoignage publié, vous le gardez combien de temps ?"),
    ("protection-donnees-complices.txt", "Les échanges avec l'assistant du Foyer", "fr", "le chatbot c'est une IA ? il lit quoi de moi ?"),
    ("protection-donnees-complices.txt", "Vous pouvez à tout moment", "en", "what are my GDPR rights?"),
    ("protection-donnees-complices.txt", "Si vous retirez votre accord", "fr", "j'ai changé d'avis, je veux plus que mon texte soit dans la brochure, c'est possible ?"),

    # evenements-saison.html
    ("evenements-saison.html", "Soirée de présentation de saison", "fr", "c'est quand la soirée de lancement de la saison ?"),
    ("evenements-saison.html", "Les Sentinelles", "en", "who can come to the dress rehearsal of Les Sentinelles?"),
    ("evenements-saison.html", "Visite des ateliers de décors", "fr", "la visite des ateliers c'est où et quand ?"),
    ("evenements-saison.html", "Pour réserver votre place", "fr", "comment je reserve ma plcae pour un event ?"),
    ("evenements-saison.html", "Des photos sont prises", "en", "I don't want to be in pictures at events, what do I do?"),
    ("evenements-saison.html", "Tous les événements sont accessibles", "fr", "je suis en fauteuil, qu'est-ce qui est prévu pour moi ?"),
    ("evenements-saison.html", "Merci de libérer votre place", "fr", "j'ai un empêchement pour un event où je suis inscrit, je fais quoi ?"),
    ("evenements-saison.html", "En cas d'annulation par le théâtre", "fr", "l'événement saute à cause du théâtre, j'ai quand même mes points ?"),

    # catalogue-recompenses.pdf
    ("catalogue-recompenses.pdf", "Les points Complice servent à mesurer", "fr", "si je dépense mes points, je redescends de niveau ?"),
    ("catalogue-recompenses.pdf", "Pour échanger vos points", "en", "how do I redeem my points?"),
    ("catalogue-recompenses.pdf", "Une place pour un spectacle de la saison", "fr", "une place de spectacle ça coûte combien de points ?"),
    ("catalogue-recompenses.pdf", "Dîner avec la directrice artistique", "en", "how many points for the dinner with the artistic director?"),
    ("catalogue-recompenses.pdf", "Figuration dans une création maison", "fr", "je peux faire figurant ? combien de pts ?"),
    ("catalogue-recompenses.pdf", "Les récompenses sont proposées dans la limite", "fr", "l'expérience que je veux est complète, je fais comment ?"),
    ("catalogue-recompenses.pdf", "Pour retirer une récompense", "en", "what do I need to bring to pick up my reward?"),
    ("catalogue-recompenses.pdf", "Une commande peut être annulée", "en", "can I cancel a reward and get my points back?"),
    ("catalogue-recompenses.pdf", "Affiche dédicacée", "fr", "poster signé, quel niveau mini ?"),

    # ambassador-welcome-guide.docx (EN)
    ("ambassador-welcome-guide.docx", "During your first four weeks", "fr", "je viens d'arriver dans le programme, je commence par quoi ?"),
    ("ambassador-welcome-guide.docx", "paired with a mentor", "en", "who helps newcommers when they join?"),
    ("ambassador-welcome-guide.docx", "Video testimonial", "en", "how long does filming a video testimonial take?"),
    ("ambassador-welcome-guide.docx", "Community help", "fr", "ça prend combien de temps d'aider un membre sur le Foyer ?"),
    ("ambassador-welcome-guide.docx", "We never send ready-made texts", "en", "can you just give me a text to post so I don't have to write it?"),
    ("ambassador-welcome-guide.docx", "Performances with English surtitles", "en", "anything special for English speakers at shows translated on a screen?"),
    ("ambassador-welcome-guide.docx", "The program runs mostly in French", "fr", "je peux écrire mes avis en anglais ?"),

    # foyer-community-guidelines.md (EN)
    ("foyer-community-guidelines.md", "Le Foyer is the private online space", "en", "what's the Foyer actually for, can I book tickets there?"),
    ("foyer-community-guidelines.md", "#after-the-show", "fr", "où je poste mes impressions après un spectacle ?"),
    ("foyer-community-guidelines.md", "#questions", "en", "in Le Foyer, where should I post a question about my points?"),
    ("foyer-community-guidelines.md", "Members of Le Foyer agree to", "en", "what are the house rules in the forum?"),
    ("foyer-community-guidelines.md", "The following content is removed", "fr", "qu'est-ce qui est interdit de poster sur le Foyer ?"),
    ("foyer-community-guidelines.md", "handled in three steps", "en", "what happens if someone keeps breaking the rules?"),
    ("foyer-community-guidelines.md", "Volunteer moderators are chosen", "en", "I'd like to help moderate the forum, how does that work?"),

    # fiche-sollicitations.txt
    ("fiche-sollicitations.txt", "Avant chaque envoi", "en", "before asking an ambassador for something, what should the CM check?"),
    ("fiche-sollicitations.txt", "Une sollicitation part au moins", "fr", "je dois m'y prendre combien de temps avant pour une vidéo ?"),
    ("fiche-sollicitations.txt", "Chaque message de sollicitation précise", "fr", "qu'est-ce que je dois mettre dans un mail de demande ?"),
    ("fiche-sollicitations.txt", "Le message s'adresse au Complice", "fr", "quel style pour écrire aux complices ?"),
    ("fiche-sollicitations.txt", "Une seule relance est envoyée", "fr", "un complice qui répond pas, je le recontacte combien de fois ?"),
    ("fiche-sollicitations.txt", "Orange", "fr", "un complice en orange, je peux le solliciter ?"),
    ("fiche-sollicitations.txt", "Rouge", "fr", "quand un complice est marqué rouge, je fais quoi ?"),
    ("fiche-sollicitations.txt", "en train de décrocher", "fr", "comment savoir si un ambassadeur est en train de lâcher l'affaire ?"),
]

U = [
    ("fr", "Y a-t-il une réduction sur le parking du théâtre pour les Complices ?"),
    ("fr", "Les Complices reçoivent-ils une carte de membre en plastique ?"),
    ("fr", "Combien de Complices compte le programme aujourd'hui ?"),
    ("en", "Can I bring my dog to the Complices events?"),
    ("fr", "Mes points Complice sont-ils valables dans les autres théâtres du réseau régional ?"),
    ("fr", "Quels spectacles sont prévus pour la saison 2027-2028 ?"),
    ("en", "What happens to my points if the theatre closes for renovation?"),
    ("fr", "Peut-on devenir Complice avant 18 ans ?"),
    ("fr", "Le dîner avec la directrice artistique a lieu dans quel restaurant ?"),
    ("en", "Is there a mobile app for the Complices?"),
    ("fr", "Combien coûte l'abonnement annuel au Grand Tréteau ?"),
    ("fr", "Qui a créé le programme des Complices et en quelle année ?"),
    ("fr", "Les témoignages vidéo sont-ils sous-titrés pour les personnes sourdes ?"),
    ("en", "Can ambassadors get a tax receipt for their volunteer time?"),
    ("fr", "Peut-on cumuler les avantages Complices avec la carte Jeunes du département ?"),
    ("fr", "Combien de places compte la grande salle ?"),
    ("en", "Do volunteer moderators get a free season ticket?"),
    ("fr", "Le bar du théâtre accepte-t-il les titres-restaurant ?"),
    ("fr", "Les Complices peuvent-ils assister aux auditions des comédiens ?"),
    ("fr", "Est-ce qu'il existe un classement public des Complices les plus actifs ?"),
]
