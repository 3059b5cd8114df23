"""Write questions.jsonl and unanswerable.jsonl (held-out structure set 7)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")

G = "guide_programme.md"; F = "faq_ambassadeurs.txt"; C = "charte_ambassadeur.pdf"
B = "bareme_milles_2026.docx"; J = "memo_portes_ouvertes.docx"; K = "calendrier_sollicitations_2027.html"
D = "donnees_personnelles.html"; L = "bilan_saison_2026.md"; N = "compte_rendu_atelier_nous.txt"
H = "ambassador_handbook_en.pdf"; R = "referral_guide_en.docx"

# --- reusable gold units -------------------------------------------------------
g_cond = ["Pour être invité, il faut réunir les conditions suivantes",
          "avoir fait au moins quatre sorties encadrées ou locations sur les deux dernières saisons",
          "avoir répondu à l'enquête de fin de saison avec une note de recommandation de 9 ou 10",
          "être majeur, ou avoir l'accord écrit d'un parent pour les 16-17 ans",
          "accepter la charte de l'ambassadeur"]
g_prio = ["Les contributions les plus utiles pour nous, par ordre de priorité, sont",
          "raconter une sortie dans un avis en ligne (Google ou TripAdvisor)",
          "présenter un proche ou un collègue qui réserve une sortie",
          "accueillir les débutants lors des journées portes ouvertes",
          "signaler un problème de matériel ou de sécurité repéré sur une base",
          "proposer un nouvel itinéraire ou une idée d'animation"]
g_after = ["Une fois votre départ enregistré",
           "votre profil est retiré du salon Discord sous sept jours",
           "vos témoignages publiés restent en ligne, sauf si vous demandez leur retrait",
           "vos données de contribution sont supprimées au bout de douze mois"]
g_lvl_h = ["Niveau", "Milles (deux saisons)", "Avantage principal", "Renouvellement"]
f_milles = ["Le bot vous répond en message privé avec", "votre total de la saison",
            "votre total depuis l'inscription", "votre niveau actuel et les milles qui manquent pour le suivant",
            "vos trois dernières contributions validées"]
f_refus = ["Les causes de refus les plus fréquentes sont",
           "un avis publié sans mentionner la base ou la sortie",
           "une présentation de prospect qui n'a pas abouti à une réservation",
           "une photo où des personnes sont reconnaissables sans leur accord",
           "un doublon, la même contribution déclarée deux fois"]
f_contact = ["Selon le sujet de votre question",
             "programme, milles et niveaux : la community manager, Maëlle, sur Discord",
             "réservation ou remboursement : l'accueil de votre base",
             "accident ou incident en mer : le moniteur de la sortie puis la coordination sécurité",
             "données personnelles : le référent données de la coopérative"]
c_secu = ["Lorsque vous parlez de nos sorties en public, vous vous engagez à",
          "ne jamais présenter une traversée comme accessible sans encadrement",
          "montrer le gilet porté et fermé sur les photos et vidéos prises sur l'eau",
          "renvoyer vers le moniteur toute question sur la météo ou les marées",
          "ne pas publier la position exacte des colonies de phoques"]
c_reco = ["En échange de votre engagement, la coopérative s'engage à",
          "valider ou refuser chaque contribution déclarée sous dix jours",
          "expliquer tout refus par écrit",
          "citer votre prénom quand votre témoignage est publié, si vous le souhaitez",
          "vous tenir informé des suites données à vos idées"]
c_man_h = ["Manquement", "Première fois", "Récidive"]
b_h = ["Contribution", "Milles", "Plafond", "Preuve demandée"]
b_bonus = ["Certains bonus s'ajoutent au barème de base",
           "+30 milles si votre idée d'amélioration est retenue par le conseil des pagayeurs",
           "+20 milles pour la première contribution d'un nouveau Mousse",
           "+15 milles pour une réponse à une sollicitation dans les 48 heures",
           "double milles pour les sorties testées entre novembre et mars"]
b_ech = ["Les milles de la saison en cours peuvent être échangés, à la base, contre",
         "une location de kayak simple d'une demi-journée pour 150 milles",
         "un sac étanche aux couleurs de la coopérative pour 120 milles",
         "une place sur une sortie de nuit pour 250 milles",
         "un don à l'association de nettoyage des plages pour 50 milles"]
j_avant = ["Avant de venir, pensez à",
           "confirmer votre créneau sur Discord au plus tard le mercredi",
           "prendre une tenue qui peut être mouillée et des chaussures fermées",
           "relire la fiche « premiers coups de pagaie » envoyée par la base",
           "prévoir votre pique-nique, le repas n'est pas fourni"]
j_eau = ["Sur le plan d'eau, votre rôle se limite à ceci",
         "pagayer à côté des débutants et les rassurer",
         "signaler au moniteur toute personne en difficulté",
         "ne jamais donner de consigne de sécurité à la place du moniteur"]
j_h = ["Horaire", "Activité", "Rôle de l'ambassadeur"]
k_h = ["Mois", "Sollicitation", "Base", "Ambassadeurs", "Délai pour répondre"]
k_rot = ["Pour que ce ne soient pas toujours les mêmes qui sont sollicités, la community manager applique ces règles",
         "personne ne reçoit plus de deux sollicitations par mois",
         "un ambassadeur qui a répondu aux deux dernières demandes passe après les autres",
         "au moins un tiers des personnes contactées sont des Mousses ou des Matelots",
         "les ambassadeurs en pause ne sont jamais contactés, même pour un besoin urgent"]
k_disc = ["La sollicitation arrive en message privé du bot. Pour y répondre",
          "cliquez sur « Je participe » ou « Pas cette fois »",
          "si vous participez, choisissez un créneau dans la liste proposée",
          "recevez la confirmation et le rappel la veille",
          "déclarez la contribution avec /contribution une fois qu'elle est faite"]
d_coll = ["Pour faire vivre le programme, la coopérative enregistre les informations suivantes",
          "vos nom, prénom, e-mail et base de rattachement", "votre pseudo Discord",
          "la liste de vos contributions, leur date et les milles obtenus",
          "vos réponses aux sollicitations, y compris les refus",
          "vos réponses aux questionnaires des ateliers JE"]
d_choix = ["Votre accord est demandé séparément pour chacun de ces usages",
           "recevoir des rappels automatiques de sollicitation",
           "recevoir des suggestions de contributions adaptées à votre profil",
           "utiliser vos réponses d'atelier dans une synthèse anonymisée"]
d_h = ["Donnée", "Pourquoi", "Durée de conservation"]
l_h = ["Indicateur", "2025", "2026", "Objectif 2027"]
l_bh = ["Base", "Ambassadeurs", "Contributions validées", "Participation aux sollicitations"]
l_inq = ["Deux signaux nous inquiètent pour 2027",
         "12 ambassadeurs ont fourni à eux seuls près de la moitié des contributions",
         "le taux de passage de Matelot à Bosco reste bas, à 9 %",
         "la base de Carteret n'a recruté que 4 ambassadeurs en deux ans"]
l_dec = ["Le conseil des pagayeurs du 14 novembre a retenu les décisions suivantes",
         "plafonner à six le nombre de sollicitations par ambassadeur et par saison",
         "créer un parrainage entre Capitaines et nouveaux Mousses",
         "remplacer le bon d'achat de fin de saison par une sortie de nuit réservée à l'équipage",
         "lancer une campagne de recrutement d'ambassadeurs à Carteret avec les moniteurs de la base"]
n_obj = ["Le groupe a retenu quatre objectifs pour les deux prochaines saisons",
         "faire venir davantage de débutants par la recommandation de clients",
         "remplir les sorties du printemps et de l'automne, moins demandées",
         "mieux connaître les attentes des familles, qui réservent de plus en plus",
         "associer les ambassadeurs au choix des nouveaux itinéraires"]
n_kpi = ["Pour chaque objectif, un indicateur simple a été choisi",
         "nombre de réservations de débutants venues d'une présentation",
         "taux de remplissage des sorties d'avril, mai et octobre",
         "nombre d'entretiens menés avec des familles pendant l'atelier JE",
         "nombre d'itinéraires proposés par les ambassadeurs puis testés"]
h_h = ["Level", "Miles", "Main perk", "What English speakers often ask"]
h_writ = ["The easiest ways to start are",
          "posting a review on Google or TripAdvisor after a trip",
          "writing a short testimonial for the English page of our website",
          "answering questions from other English-speaking members on Discord"]
h_ferry = ["If you come by ferry, plan your trip with the tides in mind",
           "book sunrise trips for the day after you land, never the same morning",
           "tell the base if your crossing is delayed, so your seat can be kept",
           "bring your own wetsuit only if it is 5 mm or thicker outside summer"]
r_steps = ["To refer someone, follow these steps",
           "Get your code from the Discord bot with /code",
           "Share it by message or in person, never in a public post",
           "Your friend enters the code when booking online or at the desk",
           "The community manager confirms the referral after the trip has taken place"]
r_not = ["The following practices cancel the referral",
         "posting your code on coupon or deal websites",
         "referring yourself under another name or e-mail address",
         "promising your friend a discount larger than the one in the table"]
r_h = ["Situation", "Your friend", "You"]

S_FAQ_ADH = "GÉNÉRAL › Combien de temps dure mon adhésion à l'équipage ?"
S_FAQ_PAY = "GÉNÉRAL › Est-ce que je dois payer quelque chose ?"
S_FAQ_2B = "GÉNÉRAL › Puis-je être ambassadeur de deux bases ?"
S_FAQ_VOIR = "LES MILLES › Comment je vois mes milles ?"
S_FAQ_REF = "LES MILLES › Pourquoi une contribution n'a pas été comptée ?"
S_FAQ_EXP = "LES MILLES › Les milles expirent-ils ?"
S_FAQ_NB = "LES SOLLICITATIONS › Combien de demandes vais-je recevoir ?"
S_FAQ_TPS = "LES SOLLICITATIONS › Je n'ai pas le temps de répondre, c'est grave ?"
S_FAQ_QUI = "QUI CONTACTER › À qui m'adresser en cas de souci ?"

Q = []


def q(doc, sec, unit, gold, lang, text):
    Q.append(dict(question=text, gold_doc=doc, gold_section=sec, unit=unit, gold=gold, lang=lang))


# ================================================================= LIST
q(G, "Qui peut rejoindre l'équipage", "list", g_cond, "fr", "c quoi les critères pour être pris comme ambassadeur ?")
q(G, "Qui peut rejoindre l'équipage", "list", g_cond, "en", "Hi! what do I need to qualify for the ambassador crew?")
q(G, "Ce que l'équipage attend de vous", "list", g_prio, "fr", "Qu'est-ce qui vous rend le plus service comme contributions, dans l'ordre ?")
q(G, "Quitter l'équipage › Ce qui se passe après le départ", "list", g_after, "fr", "si je me désinscris, mes avis restent en ligne ? et mon profil sur le discord ?")
q(G, "Quitter l'équipage › Ce qui se passe après le départ", "list", g_after, "en", "what happens to my testimonials and my data once I've left?")
q(F, S_FAQ_VOIR, "list", f_milles, "fr", "la commande pour voir mes pionts elle affiche quoi exactement ?")
q(F, S_FAQ_REF, "list", f_refus, "fr", "Coucou, ma contrib a été refusée :( c'est quoi les raisons habituelles ?")
q(F, S_FAQ_REF, "list", f_refus, "en", "why would a contribution get rejected? most common reasons pls")
q(F, S_FAQ_QUI, "list", f_contact, "fr", "je m'adresse à qui pour un rembourssement ? et si y a un pb en mer ?")
q(C, "1. Engagements de l'ambassadeur › 1.2 Sécurité en mer", "list", c_secu, "fr", "qd je parle des sorties sur les réseaux, j'ai quelles obligations côté sécu ?")
q(C, "1. Engagements de l'ambassadeur › 1.2 Sécurité en mer", "list", c_secu, "en", "any safety commitments I have to stick to when I talk about the trips publicly?")
q(C, "2. Engagements de la coopérative › 2.2 Reconnaissance", "list", c_reco, "fr", "et en retour la coop elle s'engage à quoi envers nous ?")
q(B, "Bonus", "list", b_bonus, "fr", "Salut, y a des bonus en plus du barème normal ?")
q(B, "Bonus", "list", b_bonus, "en", "are there extra bonus miles on top of the usual scale?")
q(B, "Échanger ses milles › Ce qu'on peut obtenir", "list", b_ech, "fr", "Bonjour ! contre quoi je peux convertir mes milles svp ?")
q(J, "Avant la journée", "list", j_avant, "fr", "je fais l'accueil aux portes ouvertes samedi, je dois penser à quoi avant ?")
q(J, "Le jour J › Sur l'eau", "list", j_eau, "fr", "pendant les baptêmes sur l'eau mon rôle c'est quoi exactement ?")
q(J, "Le jour J › Sur l'eau", "list", j_eau, "en", "at the open day, what am I supposed to do once we're out on the water?")
q(K, "Règles de rotation", "list", k_rot, "fr", "comment vous faites pour pas toujours solliciter les mêmes ?")
q(K, "Règles de rotation", "list", k_rot, "en", "how do you decide who gets asked, is there some kind of rotation?")
q(K, "Répondre à une sollicitation › Sur Discord", "list", k_disc, "fr", "Hello ! le bot m'a envoyé une demande en MP, je réponds comment ?")
q(D, "Ce que nous collectons", "list", d_coll, "fr", "vous stockez quelles infos sur moi en tant qu'ambassadeur ?")
q(D, "Ce que nous collectons", "list", d_coll, "en", "what personal info does the co-op keep on us ambassadors?")
q(D, "L'assistant du salon Discord › Vos choix", "list", d_choix, "fr", "pour quels usages du bot on doit me demander mon consentement ?")
q(L, "Les indicateurs de santé › Ce qui nous inquiète", "list", l_inq, "fr", "qu'est-ce qui coince dans le bilan de cette saison ? les signaux d'alerte")
q(L, "Décisions pour 2027", "list", l_dec, "fr", "qu'est ce qui a été décidé par le conseil pour l'an prochain ?")
q(L, "Décisions pour 2027", "list", l_dec, "en", "Hey all, what did the paddlers' council decide for next year?")
q(N, "2. Objectifs retenus", "list", n_obj, "fr", "les objectifs choisis à l'atelier NOUS c'était lesquels déjà ?")
q(N, "3. Indicateurs de suivi › 3.1 Indicateurs gardés", "list", n_kpi, "en", "which KPIs were kept at the NOUS workshop? thanks in advance")
q(H, "What you can do › Written contributions", "list", h_writ, "en", "what's the simplest way to get started as an english speaking ambassador?")
q(H, "Travelling to a base › Ferry travellers", "list", h_ferry, "fr", "je viens de Jersey en ferry, des conseils pour caler ma sortie ?")
q(R, "How referral works › Step by step", "list", r_steps, "en", "how do I refer a mate, step by step?")
q(R, "Rules and limits › What is not allowed", "list", r_not, "fr", "qu'est-ce qui peut faire annuler un parrainage ?")

# ================================================================= TABLE ROW
q(G, "Les niveaux", "table_row", g_lvl_h + ["Bosco", "500 à 1 199", "Une sortie au coucher du soleil offerte par saison", "Chaque saison"], "fr", "le niveau Bosco ça donne quoi et il faut combien de milles ?")
q(G, "Les niveaux", "table_row", g_lvl_h + ["Capitaine", "1 200 et plus", "Siège au conseil des pagayeurs", "Tous les deux ans"], "en", "hi all, how many miles to reach Capitaine, and what's the perk?")
q(G, "Les niveaux", "table_row", g_lvl_h + ["Matelot", "150 à 499", "15 % sur les locations", "Chaque saison"], "fr", "et Matelot c'est quoi la réduc déjà ?")
q(C, "3. Manquements et départ › 3.1 Manquements à la charte", "table_row", c_man_h + ["Photo sans gilet ou sans accord des personnes", "Demande de retrait de la photo", "Suspension des sollicitations pour la saison"], "fr", "il se passe quoi si je poste une photo où on voit pas le gilet ? et si ça se reproduit ?")
q(C, "3. Manquements et départ › 3.1 Manquements à la charte", "table_row", c_man_h + ["Contribution déclarée mais non réalisée", "Contribution refusée", "Retour au niveau Mousse"], "en", "what happens if someone logs a contribution they never actually did?")
q(C, "3. Manquements et départ › 3.1 Manquements à la charte", "table_row", c_man_h + ["Propos blessants envers un membre", "Échange avec la community manager", "Exclusion de l'équipage"], "fr", "Bonjour, un membre a été insultant sur le serveur, c'est quoi la sanction prévue ?")
q(B, "Barème par contribution › Contributions en ligne", "table_row", b_h + ["Avis Google ou TripAdvisor", "20", "1 par base et par saison", "Lien vers l'avis"], "fr", "un avis google ça rapporte combien ? y a une limite ?")
q(B, "Barème par contribution › Contributions en ligne", "table_row", b_h + ["Partage sur les réseaux sociaux", "5", "4 par mois", "Capture d'écran"], "en", "how many miles for a share on insta, and is there a cap?")
q(B, "Barème par contribution › Contributions en ligne", "table_row", b_h + ["Témoignage écrit pour le site", "40", "2 par saison", "Texte envoyé à la community manager"], "fr", "témoignage écrit pour le site web : combien de milles et je dois fournir quoi ?")
q(B, "Barème par contribution › Contributions en ligne", "table_row", b_h + ["Aide à un membre sur Discord", "10", "10 par saison", "Réponse signalée par la community manager"], "fr", "aider qqn sur le discord ça compte ?")
q(B, "Barème par contribution › Contributions sur le terrain", "table_row", b_h + ["Témoignage vidéo", "80", "1 par saison", "Tournage avec l'équipe de la base"], "fr", "combien rapporte une vidéo témoignage ? merci !")
q(B, "Barème par contribution › Contributions sur le terrain", "table_row", b_h + ["Présentation d'un prospect qui réserve", "100", "5 par saison", "Code de parrainage utilisé"], "en", "How many miles do I get if someone I introduced ends up booking? cheers")
q(B, "Barème par contribution › Contributions sur le terrain", "table_row", b_h + ["Test d'une nouvelle sortie", "50", "2 par saison", "Questionnaire de test rempli"], "fr", "hello tout le monde, tester un nouvel itinéraire ça rapporte combien ?")
q(B, "Barème par contribution › Contributions sur le terrain", "table_row", b_h + ["Atelier de co-création", "70", "Aucun", "Présence notée par l'animateur"], "fr", "les ateliers de cocréation c'est plafonné ?")
q(J, "Planning type", "table_row", j_h + ["9h00", "Briefing de l'équipe", "Écouter les consignes du moniteur responsable"], "fr", "JPO : le briefing c'est à quelle heure ?")
q(J, "Planning type", "table_row", j_h + ["10h00 - 12h30", "Baptêmes de 30 minutes", "Accueil au chapiteau et aide à l'équipement"], "en", "what do ambassadors do in the morning of the open day?")
q(J, "Planning type", "table_row", j_h + ["13h30 - 17h00", "Baptêmes et balade en baie", "Accompagnement sur l'eau des débutants"], "fr", "et l'aprem des portes ouvertes, je fais quoi ?")
q(K, "Premier semestre", "table_row", k_h + ["Avril", "Test de la sortie « Phoques de la baie »", "Granville", "8", "2 semaines"], "fr", "Coucou, le test de la sortie phoques c'est quand et on a combien de temps pour répondre ?")
q(K, "Premier semestre", "table_row", k_h + ["Mai", "Avis en ligne après l'ouverture de la base de Barfleur", "Barfleur", "12", "1 mois"], "en", "when are you collecting reviews for the new Barfleur base?")
q(K, "Premier semestre", "table_row", k_h + ["Février", "Témoignages vidéo pour le Salon nautique de Rennes", "Saint-Malo", "3", "3 semaines"], "fr", "pour le salon de Rennes vous cherchez combien de personnes ?")
q(K, "Second semestre", "table_row", k_h + ["Septembre", "Atelier de co-création des sorties d'hiver", "Cancale", "5", "3 semaines"], "fr", "Bonjour, l'atelier co-création sur les sorties d'hiver, c'est quel mois et où ?")
q(K, "Second semestre", "table_row", k_h + ["Novembre", "Présentation de prospects pour les séminaires d'entreprise", "Saint-Malo et Granville", "6", "1 mois"], "en", "Hey, anything planned in november around corporate seminars?")
q(K, "Second semestre", "table_row", k_h + ["Juillet", "Partages des photos de la Fête de la pagaie", "Toutes les bases", "20", "1 semaine"], "fr", "en juillet y a une demande de prévue ? on a combien de temps ?")
q(D, "Combien de temps nous les gardons", "table_row", d_h + ["Conversations avec le bot Discord", "Répondre à vos questions et améliorer les réponses", "90 jours"], "fr", "combien de temps vous gardez mes discussions avec le bot ?")
q(D, "Combien de temps nous les gardons", "table_row", d_h + ["Réponses aux ateliers JE", "Préparer la synthèse de l'atelier", "6 mois après l'atelier"], "en", "how long are JE workshop answers kept?")
q(D, "Combien de temps nous les gardons", "table_row", d_h + ["Photos et vidéos de témoignage", "Les publier sur nos réseaux et notre site", "5 ans, ou jusqu'au retrait de votre accord"], "fr", "mes vidéos de témoignage vous les conservez jusqu'à quand ? merci d'avance")
q(L, "Les chiffres clés", "table_row", l_h + ["Avis en ligne publiés", "214", "389", "450"], "fr", "combien d'avis en ligne en 2026, et c'est quoi l'objectif 2027 ?")
q(L, "Les chiffres clés", "table_row", l_h + ["Prospects présentés", "36", "58", "80"], "en", "how many prospects were introduced this year compared to 2025?")
q(L, "Les résultats par base", "table_row", l_bh + ["Granville", "41", "455", "49 %"], "fr", "les chiffres de Granville sur la saison ?")
q(L, "Les résultats par base", "table_row", l_bh + ["Carteret", "4", "21", "25 %"], "en", "what's the participation rate over at Carteret?")
q(H, "Levels at a glance", "table_row", h_h + ["Matelot (sailor)", "150 to 499", "15 % off rentals", "The discount works at every base, not only yours"], "en", "Does the Matelot discount only work at my home base?")
q(H, "Levels at a glance", "table_row", h_h + ["Bosco (boatswain)", "500 to 1 199", "A free sunset trip each season", "The trip can be given to a friend"], "fr", "la sortie coucher de soleil des Bosco, je peux la donner à une amie ?")
q(R, "What you and your friend get", "table_row", r_h + ["Friend books a half-day rental", "A free dry bag", "60 miles"], "en", "what does my friend get if they book a half day rental with my code?")
q(R, "What you and your friend get", "table_row", r_h + ["Friend books a group outing (6 or more)", "Free coffee and pastries", "150 miles"], "fr", "si mon pote réserve une sortie de groupe à 8 avec mon code, je gagne cb ?")

# ================================================================= PARAGRAPH
q(G, "Pourquoi un équipage ?", "paragraph", ["Notre raison d'être tient en une phrase", "faire découvrir la mer à la pagaie", "en sécurité et sans abîmer le littoral"], "fr", "la raison d'être de la coop, ça tient en quoi ?")
q(G, "Qui peut rejoindre l'équipage", "paragraph", ["Le nombre d'abonnés sur les réseaux sociaux", "n'entre pas dans la décision", "proposer un client qui ne remplit pas toutes les conditions"], "en", "do my Instagram followers count when you pick ambassadors?")
q(G, "Quitter l'équipage", "paragraph", ["On peut quitter le programme à tout moment, sans justification", "restent utilisables jusqu'à la fin de la saison en cours", "Votre compte client et vos réservations ne changent pas"], "en", "can I leave the crew anytime? would it affect my bookings?")
q(G, "Ce que l'équipage attend de vous", "paragraph", ["Un ambassadeur qui ne contribue pas pendant une saison", "reste dans l'équipage ; il reçoit simplement un message", "pour savoir si tout va bien"], "fr", "si je contribue pas du tout cette saison je suis viré ?")
q(G, "Les niveaux", "paragraph", ["Chaque niveau garde les avantages des niveaux précédents", "invités deux fois par an au conseil des pagayeurs", "sur le matériel acheté par la coopérative"], "fr", "les capitaines ils font quoi au conseil ? et ils perdent les avantages des niveaux d'avant ?")
q(F, S_FAQ_ADH, "paragraph", ["L'adhésion suit la saison nautique, d'avril à octobre", "Elle est reconduite automatiquement chaque printemps", "la community manager vous écrit en mars"], "fr", "Coucou ! mon adhésion elle dure combien de temps ?")
q(F, S_FAQ_PAY, "paragraph", ["Non, l'équipage est entièrement gratuit", "Les seuls frais possibles sont ceux de vos propres sorties"], "en", "is it free to be an ambassador or is there a fee?")
q(F, S_FAQ_2B, "paragraph", ["la base où vous avez fait le plus de sorties", "répondre aux sollicitations de toutes les bases", "Les milles sont cumulés sur un seul compte"], "fr", "je pagaie à Cancale et à Granville, je peux être ambassadrice pour les deux ?")
q(F, S_FAQ_EXP, "paragraph", ["milles de saison sont remis à zéro le 1er novembre", "ne baisse jamais et sert seulement pour les badges d'ancienneté"], "fr", "Salut ! mes milles sont remis à zéro à quel moment ?")
q(F, S_FAQ_NB, "paragraph", ["deux sollicitations par mois, et jamais deux la même semaine", "vous passez en fin de liste", "mettre votre compte en pause depuis Discord avec /pause"], "fr", "je vais être sollicité combien de fois en gros ?")
q(F, S_FAQ_TPS, "paragraph", ["Une sollicitation restée sans réponse n'enlève aucun mille", "Au bout de trois sollicitations ignorées d'affilée", "une pause de deux mois, que vous pouvez refuser"], "en", "what if I ignore a few requests, do I lose miles?")
q(C, "1. Engagements de l'ambassadeur › 1.1 Authenticité", "paragraph", ["Vous parlez de vos propres sorties, avec vos mots", "Un avis nuancé est plus crédible qu'un avis parfait", "vous le mentionnez dans votre avis"], "fr", "je dois préciser dans mon avis que ma sortie était offerte ?")
q(C, "1. Engagements de l'ambassadeur › 1.3 Respect du littoral", "paragraph", ["les zones de quiétude des oiseaux de mars à juillet", "aucun débarquement sur les îlots interdits"], "fr", "les zones de tranquillité pour les oiseaux c'est à quelle période ?")
q(C, "2. Engagements de la coopérative › 2.1 Rythme des sollicitations", "paragraph", ["avec au moins dix jours de préavis, sauf urgence", "Refuser une sollicitation ne vous fait jamais perdre de milles"], "en", "how much notice do you give before asking us to do something?")
q(C, "3. Manquements et départ › 3.2 Recours", "paragraph", ["qu'elle soit réexaminée par deux membres du conseil des pagayeurs", "Leur avis est rendu sous trois semaines", "vos réservations ne sont jamais touchées"], "fr", "Bonjour, je suis pas d'accord avec une décision me concernant, je peux faire appel ? merci")
q(C, "2. Engagements de la coopérative › 2.3 Transparence sur l'assistant", "paragraph", ["l'indique clairement dans chaque message du bot", "demande votre accord avant tout rappel automatique", "vous permet de joindre une personne à tout moment"], "en", "will the co-op tell me when I'm chatting with the bot rather than a person?")
q(B, "Principes", "paragraph", ["Le barème récompense le temps donné plus que l'audience", "une heure passée à accueillir des débutants", "vu par des milliers de personnes"], "fr", "pq un partage rapporte si peu par rapport à l'accueil des débutants ?")
q(B, "Échanger ses milles › Ce qui ne change pas", "paragraph", ["Échanger des milles ne fait pas baisser votre niveau", "calculé sur les milles gagnés, pas sur les milles restants", "ni remboursables ni transmissibles à un autre ambassadeur"], "fr", "si j'utilise mes milles je redescends de niveau ?")
q(J, "Le jour J › Accueil des visiteurs", "paragraph", ["Vous n'êtes pas là pour vendre", "les réservations se font à l'accueil de la base", "personne ne doit se sentir obligé de réserver"], "fr", "aux portes ouvertes on doit pousser les visiteurs à réserver ?")
q(J, "Après la journée", "paragraph", ["notez les questions qui reviennent et les freins", "la peur de chavirer ou le prix", "Votre présence est déclarée par la base"], "en", "after the open day, what do I do with visitors' feedback, and do I need to claim my miles?")
q(K, "Second semestre", "paragraph", ["Il n'y a pas de sollicitation en août", "c'est le mois le plus chargé pour les moniteurs"], "fr", "pq rien en août dans le calendrier ??")
q(K, "Répondre à une sollicitation › Sans Discord", "paragraph", ["Les ambassadeurs qui n'utilisent pas Discord", "la même sollicitation par e-mail", "dans les deux jours ouvrés"], "fr", "j'ai pas discord, je reçois les demandes comment ?")
q(K, "Comment lire ce calendrier", "paragraph", ["indique combien de personnes la community manager va contacter", "pas le nombre de places disponibles", "que si votre profil correspond au besoin"], "en", "the number in the Ambassadeurs column, is that how many spots are open?")
q(D, "L'assistant du salon Discord › Un assistant, pas une personne", "paragraph", ["est un assistant automatique s'appuyant sur de l'intelligence artificielle", "ne prend aucune décision sur vos milles ou votre niveau"], "fr", "le bot c'est une IA ou c'est Maëlle qui répond ?")
q(D, "L'assistant du salon Discord › Quand un humain prend le relais", "paragraph", ["Le bot passe la main à la community manager", "un accident, d'une réclamation, d'un litige de paiement", "je veux parler à quelqu'un"], "en", "Hello, when does the bot hand things over to a real human?")
q(D, "Vos droits", "paragraph", ["l'accès à vos données, leur correction, leur effacement", "en écrivant au référent données de la coopérative", "vous pouvez saisir la CNIL"], "fr", "Bonjour, je veux faire effacer mes données, j'écris à qui ? merci d'avance")
q(L, "Les indicateurs de santé › Ce qui va bien", "paragraph", ["Le délai moyen de réponse à une sollicitation", "est tombé de 6,5 jours à 4 jours"], "fr", "le temps de réponse moyen aux sollicitations a évolué comment ?")
q(L, "Les indicateurs de santé › Ce qui va bien", "paragraph", ["81 % des ambassadeurs de 2025 sont restés en 2026", "NPS des ambassadeurs eux-mêmes est passé de 52 à 61"], "en", "what's our ambassador retention from last year? and the crew's own NPS?")
q(N, "2. Objectifs retenus", "paragraph", ["proposé au départ a été abandonné", "personne n'a su dire à quoi il servirait"], "fr", "pourquoi l'objectif insta a sauté à l'atelier ?")
q(N, "3. Indicateurs de suivi › 3.2 Indicateurs écartés", "paragraph", ["Le chiffre d'affaires influencé a aussi été mis de côté", "ce que le logiciel de réservation ne sait pas faire"], "en", "why was influenced revenue dropped as a KPI?")
q(N, "4. Suite", "paragraph", ["L'atelier JE aura lieu en octobre", "après la saison, avec une quinzaine d'ambassadeurs", "relue par Maëlle avant d'être partagée"], "fr", "l'atelier JE il est prévu quand et avec combien de monde ?")
q(N, "1. Raison d'être du programme", "paragraph", ["le groupe a retenu cette formulation", "rassemble les clients qui aiment la mer"], "fr", "la formulation finale de la raison d'être votée à l'atelier nous ?")
q(H, "Welcome aboard › Do I need to speak French?", "paragraph", ["You can write reviews, testimonials and Discord messages in English", "at least one English-speaking instructor on duty"], "fr", "faut parler français pour être ambassadeur ? mon mari est anglais")
q(H, "What you can do › Out on the water", "paragraph", ["Ambassadors who live near a base", "test a new route before it opens", "help translate the safety briefing"], "en", "I live close to the Cancale base, what could I help with in person?")
q(R, "How referral works", "paragraph", ["Every ambassador gets a personal referral code", "the booking is linked to you", "someone who already paddled with us cannot be referred"], "en", "can I refer someone who already paddled with you guys?")
q(R, "Rules and limits › Company groups", "paragraph", ["handled by the Saint-Malo base team", "send the contact to the community manager", "once the seminar has taken place"], "fr", "mon boss veut réserver un séminaire, je lui file mon code ?")

UNANS = [
    ("fr", "c'est quoi le numéro de tel de Maëlle ?"),
    ("fr", "Bonjour, combien coûte une sortie au coucher du soleil en euros ?"),
    ("en", "what's the exact date of the Fête de la pagaie next year?"),
    ("fr", "combien y a-t-il de Capitaines dans l'équipage aujourd'hui ?"),
    ("fr", "comment s'appelle le référent données de la coop ?"),
    ("en", "what's the community manager's email address?"),
    ("fr", "qui est le responsable de la base de Granville ?"),
    ("fr", "le prix d'une location d'une demi-journée sans remise c'est combien ?"),
    ("fr", "combien d'ambassadeurs y avait à Chausey en 2025 ?"),
    ("fr", "l'atelier JE d'octobre tombe quel jour exactement ?"),
    ("en", "what are the opening hours of the Barfleur base?"),
    ("fr", "un passage dans un podcast ça rapporte combien de milles ?"),
    ("fr", "quel est le budget annuel du programme ambassadeurs ?"),
    ("en", "what was the ROI of the ambassador programme in 2026?"),
    ("fr", "c'est quoi l'adresse exacte de la base de Cancale ?"),
    ("fr", "qui a gagné le plus de milles en 2026 ?"),
    ("fr", "Coucou ! le prochain conseil des pagayeurs c'est quand ?"),
    ("en", "how much does the night trip cost if I pay in euros instead of miles?"),
    ("fr", "combien de litres fait le sac étanche offert ?"),
    ("fr", "la saison 2027 ouvre à quelle date précise ?"),
]

with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for i, d in enumerate(Q, 1):
        d = dict(id="h7-q%03d" % i, **d)
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "unanswerable.jsonl"), "w", encoding="utf-8") as fh:
    for i, (lang, text) in enumerate(UNANS, 1):
        fh.write(json.dumps(dict(id="h7-u%02d" % i, question=text, lang=lang), ensure_ascii=False) + "\n")
print(len(Q), "questions,", len(UNANS), "unanswerable")
