"""Writes questions.jsonl and unanswerable.jsonl (standard library only)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CH = "charte-cercle-des-brasseurs.md"
GC = "guide-des-contributions.md"
FAQ = "faq-ambassadeurs.txt"
CAL = "calendrier-sollicitations-2027.txt"
WP = "welcome-pack.txt"
GAZ = "gazette-printemps-2027.html"
REF = "referral-playbook.html"
NIV = "niveaux-et-avantages.pdf"
BIL = "bilan-programme-2026.pdf"
AT = "ateliers-nous-je-action.docx"
DON = "donnees-et-consentement.docx"

# ---- gold units -------------------------------------------------------------
LISTS = {
    "ch_amb": (CH, "Les engagements réciproques › Ce que nous attendons des ambassadeurs", [
        "En rejoignant le Cercle, chaque brasserie ambassadrice s'engage à",
        "parler du malt avec sincérité, y compris de ses défauts",
        "signaler au community manager toute publication faite au nom du Cercle",
        "répondre aux sollicitations acceptées dans les délais convenus",
        "respecter les autres membres dans l'espace communautaire"]),
    "ch_malt": (CH, "Les engagements réciproques › Ce que la Malterie s'engage à faire", [
        "De son côté, la Malterie promet à ses ambassadeurs de",
        "ne jamais rédiger un témoignage à leur place",
        "limiter les sollicitations à deux par mois et par brasserie",
        "prévenir au moins trois semaines avant un événement",
        "publier chaque année le bilan du programme"]),
    "gc_decl": (GC, "Déclarer une contribution › Dans Discord", [
        "Pour déclarer une contribution, l'ambassadeur procède ainsi",
        "taper /contribution dans le salon #mes-contributions",
        "choisir le type dans la liste proposée par le bot",
        "joindre la preuve demandée (lien, capture ou fiche)",
        "attendre la validation, en général sous cinq jours ouvrés"]),
    "gc_bonus": (GC, "Plafonds et bonus › Bonus de régularité", [
        "Trois bonus s'ajoutent au barème",
        "10 points quand un ambassadeur contribue trois mois de suite",
        "25 points pour la première présentation d'un prospect de l'année",
        "15 points pour une réponse à une sollicitation en moins de 48 heures"]),
    "faq_pts": (FAQ, "LES POINTS ET LES NIVEAUX › Comment utiliser mes points", [
        "Les points peuvent être échangés dans la boutique du Cercle contre",
        "un sac de malt de spécialité de 25 kg (150 points)",
        "une place à la formation « Maltage et brassage » (200 points)",
        "un lot de verres gravés aux couleurs du Cercle (80 points)",
        "un don à l'association des paysans de l'orge du Causse (50 points)"]),
    "faq_contact": (FAQ, "LES OUTILS › Qui contacter en cas de problème", [
        "Selon le sujet, adressez-vous à",
        "le community manager pour les sollicitations et les points",
        "le service commercial pour les commandes et les factures",
        "l'équipe qualité pour un lot de malt défectueux",
        "le délégué à la protection des données pour vos données personnelles"]),
    "cal_salon": (CAL, "2. Premier semestre › 2.1 Salon Brassage et Terroir (mars)", [
        "Pour le salon de Clermont-Ferrand, du 11 au 13 mars, nous recherchons",
        "deux témoignages vidéo de brasseries des niveaux Gerbe ou Moisson",
        "quatre brasseurs pour tenir le stand à tour de rôle",
        "une brasserie pour servir une bière brassée au malt Causse Ambré"]),
    "cal_avis": (CAL, "3. Second semestre › 3.2 Campagne d'avis en ligne (novembre)", [
        "En novembre, nous invitons les ambassadeurs à publier un avis sur le malt qu'ils utilisent le plus",
        "sur la fiche de la Malterie dans l'annuaire des fournisseurs brassicoles",
        "sur la page Google de la Malterie",
        "dans le fil de discussion du forum des brasseurs amateurs"]),
    "wp_month": (WP, "GETTING STARTED › Your first month", [
        "During your first month in the Circle, we suggest you",
        "introduce your brewery in the #presentations channel",
        "read the charter and the contributions guide",
        "book a 30-minute call with your community manager",
        "answer one open solicitation, whichever you like"]),
    "gaz_agenda": (GAZ, "Agenda", [
        "Les rendez-vous des prochaines semaines",
        "3 avril : atelier en ligne sur le séchage du malt",
        "17 avril : brasserie ouverte à la Brasserie de la Jonte",
        "24 avril : envoi des sacs d'essai de Causse Fumé",
        "15 mai : réunion du comité des variétés"]),
    "gaz_idees": (GAZ, "Vos idées retenues", [
        "Trois idées proposées par des ambassadeurs ont été adoptées cet hiver",
        "indiquer la parcelle d'origine de l'orge sur chaque sac",
        "proposer des sacs de 10 kg pour les brasseries pilotes",
        "publier les analyses de chaque lot dans l'espace Discord"]),
    "ref_who": (REF, "Who to introduce", [
        "The best introductions are breweries you know well and that could use our malts",
        "independent breweries producing at least 100 hectolitres a year",
        "brewpubs that want a local, traceable malt",
        "home brewers about to open a commercial brewery",
        "bakeries and distilleries looking for malted barley"]),
    "ref_steps": (REF, "How an introduction works › Step by step", [
        "Ask the brewery whether it is happy to be contacted.",
        "Log the introduction with /introduction in Discord.",
        "Our sales team calls the brewery within ten working days.",
        "You get a message when the first meeting has taken place."]),
    "ref_not": (REF, "What not to do", [
        "A few things will get an introduction refused",
        "sharing a brewery's contact details without its consent",
        "promising discounts the malt house has not agreed",
        "introducing your own brewery under another name"]),
    "niv_epi": (NIV, "Les avantages par niveau › Niveau Épi", [
        "Au niveau Épi, l'ambassadeur bénéficie des avantages suivants",
        "une remise de 5 % sur toutes les commandes de malt",
        "des échantillons des nouveaux malts avant leur sortie",
        "son nom sur la carte des brasseries partenaires"]),
    "niv_gerbe": (NIV, "Les avantages par niveau › Niveau Gerbe", [
        "En plus des avantages des niveaux précédents, le niveau Gerbe donne droit à",
        "une remise portée à 8 % sur les commandes de malt",
        "une visite du germoir avec le maître malteur",
        "une place réservée aux brassins d'essai",
        "un portrait de la brasserie dans la Gazette"]),
    "niv_moisson": (NIV, "Les avantages par niveau › Niveau Moisson", [
        "En plus des avantages des niveaux précédents, le niveau Moisson donne droit à",
        "une remise de 12 % sur les commandes de malt",
        "un siège au comité des variétés",
        "une invitation à la journée de moisson sur les parcelles partenaires"]),
    "bil_prod": (BIL, "Les indicateurs › Production et impact", [
        "Sur l'année, les ambassadeurs ont produit",
        "62 témoignages écrits et 11 témoignages vidéo",
        "143 avis en ligne",
        "19 présentations de prospects, dont 7 devenus clients",
        "9 brassins d'essai sur trois malts expérimentaux"]),
    "bil_obj": (BIL, "Objectifs 2027", [
        "Pour 2027, le Cercle se fixe les objectifs suivants",
        "atteindre 70 brasseries ambassadrices",
        "ramener à un tiers la part des contributions des dix brasseries les plus actives",
        "doubler le nombre de brassins d'essai",
        "faire remonter le NPS des ambassadeurs au-dessus de +65"]),
    "at_besoins": (AT, "Atelier JE › Besoins exprimés par les brasseurs", [
        "Les douze brasseurs interrogés ont surtout exprimé ces besoins",
        "rompre l'isolement des petites brasseries rurales",
        "comprendre d'où vient leur malt et comment il est travaillé",
        "gagner en visibilité sans y passer leurs soirées",
        "obtenir de meilleurs prix sans négocier chaque commande"]),
    "at_themes": (AT, "Atelier ACTION › Thèmes de contenu", [
        "Les thèmes proposés aux ambassadeurs pour 2027 sont les suivants",
        "de la parcelle au sac : la traçabilité de l'orge",
        "brasser avec des malts de spécialité",
        "la vie d'une petite brasserie rurale",
        "les essais et ratés des brassins co-créés"]),
    "don_coll": (DON, "Ce que nous collectons › Données du programme", [
        "Pour faire fonctionner le Cercle, nous enregistrons",
        "le nom de la brasserie et celui de la personne qui la représente",
        "les contributions déclarées et leurs preuves",
        "les réponses aux sollicitations et leurs délais",
        "les messages échangés avec le bot du Cercle"]),
    "don_droits": (DON, "Vos droits", [
        "À tout moment, vous pouvez",
        "consulter toutes les données du programme qui vous concernent",
        "faire corriger une contribution ou un point mal enregistré",
        "retirer votre accord pour les rappels sans quitter le Cercle",
        "demander l'effacement de vos données en quittant le programme"]),
}

T_CH = ["Niveau", "Points requis", "Avantage phare"]
T_GC = ["Contribution", "Points", "Preuve demandée"]
T_CAL = ["Mois", "Sollicitation", "Ambassadeurs recherchés", "Date limite de réponse"]
T_NIV = ["Niveau", "Points", "Contributions minimales", "Ancienneté"]
T_BIL = ["Indicateur", "2025", "2026", "Objectif 2027"]
T_ATO = ["Objectif", "Indicateur", "Cible 2027"]
T_ATG = ["Groupe", "Profil", "Thème principal", "Indicateur suivi"]
T_DON = ["Usage", "Consentement", "Durée de conservation"]
T_GAZ = ["Type de contribution", "Nombre", "Par rapport à l'hiver"]
T_REF = ["Outcome", "Points", "Extra reward"]

S_CH = "Les niveaux en bref"
S_GC = "Les types de contribution › Barème des points"
S_CAL = "4. Tableau récapitulatif"
S_NIV = "Comment on progresse"
S_BIL = "Les indicateurs › Engagement"
S_ATO = "Atelier NOUS › Objectifs et indicateurs"
S_ATG = "Atelier ACTION › Groupes d'ambassadeurs"
S_DON = "Usages et consentement › Tableau des usages"
S_GAZ = "Les contributions du trimestre"
S_REF = "Rewards for introductions"

# (doc, section, unit, lang, question, gold)
Q = []


def L(key, lang, q):
    doc, sec, gold = LISTS[key]
    Q.append((doc, sec, "list", lang, q, gold))


def T(doc, sec, header, row, lang, q):
    Q.append((doc, sec, "table_row", lang, q, header + row))


def P(doc, sec, lang, q, frags):
    Q.append((doc, sec, "paragraph", lang, q, frags))


# ---- list questions ---------------------------------------------------------
L("ch_amb", "fr", "c'est quoi mes obligations en tant qu'ambassadeur ? genre ce qu'on attend de nous concrètement")
L("ch_amb", "en", "what am I signing up for when my brewery joins as an ambassador? like what are my duties")
L("ch_malt", "fr", "Bonjour ! Et de son côté la malterie s'engage à quoi envers nous ? Merci")
L("ch_malt", "en", "what does the malt house promise us in return?")
L("gc_decl", "fr", "comment je fais pour enregistrer un témoignage sur discord ? les étapes svp")
L("gc_decl", "en", "hi all, how do i log something i did in discord, step by step? thx")
L("gc_bonus", "fr", "y a des pts en plus du barème si on est régulier ?")
L("faq_pts", "fr", "Salut ! mes poinst je peux les dépenser contre quoi ?")
L("faq_pts", "en", "what can I redeem my points for?")
L("faq_contact", "fr", "j'ai reçu un sac de malt pas terrible du tout, je m'adresse à qui ?")
L("faq_contact", "fr", "Coucou, pb de facture je contacte qui ?")
L("cal_salon", "fr", "pour le salon à Clermont en mars vous cherchez quoi comme volontaires ?")
L("cal_salon", "en", "Hi! what help do you need from us for the March trade fair?")
L("cal_avis", "fr", "Bonjour, campagne d'avis de novembre : on poste où exactement ? Merci !")
L("wp_month", "en", "just joined, what should I be doing in my first few weeks?")
L("wp_month", "fr", "Salut, je viens d'arriver dans le Cercle, je fais quoi le premier mois ?")
L("gaz_agenda", "fr", "c'est quoi les prochains rdv du cercle ce printemps ?")
L("gaz_idees", "fr", "parmi les suggestions des membres, lesquelles la malterie a acceptées ?")
L("ref_who", "en", "Hello! which kinds of businesses are worth referring to you?")
L("ref_who", "fr", "quel genre de boîte je peux vous recommander comme prospect ?")
L("ref_steps", "en", "what's the process once I want to put a brewery in touch with you?")
L("ref_not", "en", "what gets a referral rejected?")
L("ref_not", "fr", "qu'est-ce qui fait refuser une mise en relation ? je veux pas faire de bêtise")
L("niv_epi", "fr", "Bonjour, qu'est-ce qu'on gagne au niveau épi svp ?")
L("niv_epi", "en", "what perks do I get at Epi level?")
L("niv_gerbe", "fr", "gerbe ça débloque quoi en plus ?")
L("niv_gerbe", "en", "what extra benefits come with the Gerbe tier?")
L("niv_moisson", "fr", "et en moisson on a droit à quoi ?")
L("bil_prod", "fr", "combien de témoignages et d'avis les ambassadeurs ont sortis en 2026 ?")
L("bil_obj", "fr", "Bonjour à tous, c'est quoi les objectifs du cercle pour 2027 ?")
L("bil_obj", "en", "what targets has the Circle set itself for 2027?")
L("at_besoins", "fr", "qu'est-ce que les brasseurs ont dit attendre du programme à l'atelier JE ?")
L("at_besoins", "en", "what needs came up in the JE workshop?")
L("at_themes", "fr", "on peut parler de quels sujets dans nos posts en 2027 ?")
L("don_coll", "en", "Hi, quick one: what personal data do you keep about me? thanks")
L("don_coll", "fr", "vous stockez quoi comme infos sur nous ?")
L("don_droits", "fr", "j'ai quels droits sur mes données perso ?")

# ---- table row questions ----------------------------------------------------
T(CH, S_CH, T_CH, ["Moisson", "700 et plus", "Siège au comité des variétés"], "fr",
  "Salut ! c'est quoi le gros avantage du niveau Moisson, et ça commence à combien de points ?")
T(CH, S_CH, T_CH, ["Gerbe", "300 à 699", "Visite du germoir avec le maître malteur"], "en",
  "what's the headline perk of the Gerbe tier?")
T(CH, S_CH, T_CH, ["Épi", "100 à 299", "Remise de 5 % sur les commandes de malt"], "fr",
  "fourchette de points pour être épi ?")
T(GC, S_GC, T_GC, ["Témoignage vidéo", "40", "Vidéo et accord de diffusion signé"], "fr",
  "un témoignage en vidéo ça rapporte combien ?")
T(GC, S_GC, T_GC, ["Avis en ligne", "10", "Capture d'écran de l'avis"], "en",
  "Hey! how many points is an online review worth, and what proof do I need?")
T(GC, S_GC, T_GC, ["Partage sur les réseaux", "5", "Lien vers la publication"], "fr",
  "repost insta ça fait combien de pts ?")
T(GC, S_GC, T_GC, ["Présentation d'un prospect", "50", "Premier rendez-vous tenu"], "fr",
  "combien vaut le fait de ramener un prospect ? faut fournir quoi comme preuve")
T(GC, S_GC, T_GC, ["Aide à un membre", "15", "Réaction du membre aidé"], "en",
  "what do I need to show to get credit for helping another member out?")
T(GC, S_GC, T_GC, ["Brassin d'essai co-créé", "60", "Fiche de brassin déposée"], "fr",
  "brassin d'essai co-créé = combien de points ?")
T(GC, S_GC, T_GC, ["Témoignage écrit", "20", "Texte relu par le community manager"], "fr",
  "Hello, un témoignage écrit ça vaut combien de points ?")
T(GC, S_GC, T_GC, ["Idée d'amélioration", "10", "Prise en compte par l'équipe produit"], "fr",
  "si je propose une idée pour améliorer un produit j'ai des points ?")
T(CAL, S_CAL, T_CAL, ["Septembre", "Portes ouvertes", "8", "20 août"], "fr",
  "pour les portes ouvertes de septembre vous cherchez combien de monde, et je dois répondre avant quand ?")
T(CAL, S_CAL, T_CAL, ["Novembre", "Avis en ligne", "20", "25 octobre"], "en",
  "deadline to sign up for the November review campaign?")
T(CAL, S_CAL, T_CAL, ["Mai", "Brassins d'essai Causse Fumé", "5", "9 avril"], "fr",
  "c quand la date limite pour s'inscrire aux essais du fumé ?")
T(CAL, S_CAL, T_CAL, ["Mars", "Salon Brassage et Terroir", "7", "14 février"], "en",
  "how many ambassadors do you need in total for the March show and by when do I answer?")
T(NIV, S_NIV, T_NIV, ["Gerbe", "300 à 699", "8 contributions", "12 mois"], "fr",
  "Salut, pour passer Gerbe faut combien de contributions et d'ancienneté ? merci")
T(NIV, S_NIV, T_NIV, ["Moisson", "700 et plus", "15 contributions", "24 mois"], "en",
  "how long do I need to have been in the Circle to reach Moisson?")
T(NIV, S_NIV, T_NIV, ["Épi", "100 à 299", "3 contributions", "6 mois"], "fr",
  "combien de contrib mini pour monter épi ?")
T(BIL, S_BIL, T_BIL, ["Taux de participation aux sollicitations", "58 %", "64 %", "70 %"], "fr",
  "c'était quoi le taux de participation aux demandes en 2026 ?")
T(BIL, S_BIL, T_BIL, ["Délai moyen de réponse à une sollicitation", "5,2 jours", "3,9 jours", "3 jours"], "en",
  "how quickly did ambassadors respond to asks on average last year?")
T(BIL, S_BIL, T_BIL, ["Ambassadeurs actifs", "33", "47", "55"], "fr",
  "on avait combien d'ambassadeurs actifs en 2025 et 2026 ?")
T(BIL, S_BIL, T_BIL, ["Contributions par ambassadeur", "6,1", "7,4", "8"], "fr",
  "moyenne de contribs par ambassadeur, on vise quoi en 2027 ?")
T(AT, S_ATO, T_ATO, ["Visibilité", "Avis en ligne publiés", "180"], "fr",
  "combien d'avis en ligne on vise en 2027 ?")
T(AT, S_ATO, T_ATO, ["Co-création", "Brassins d'essai réalisés", "18"], "en",
  "which KPI tracks the co-creation goal?")
T(AT, S_ATO, T_ATO, ["Fidélité", "Clients influencés encore clients après un an", "90 %"], "fr",
  "comment on mesure la fidélité dans les objectifs du programme ?")
T(AT, S_ATO, T_ATO, ["Recommandations", "Prospects présentés par les ambassadeurs", "25"], "fr",
  "Bonjour, combien de prospects la malterie espère recevoir de nous l'an prochain ? merci d'avance")
T(AT, S_ATG, T_ATG, ["Les Défricheurs", "Brasseries de moins de trois ans", "Brasser avec des malts de spécialité", "Questions posées"], "fr",
  "c'est qui les Défricheurs ?")
T(AT, S_ATG, T_ATG, ["Les Ancrés", "Brasseries rurales installées", "La vie d'une petite brasserie rurale", "Aides à un membre"], "en",
  "which ambassador group is for the established rural breweries, and what's its main theme?")
T(AT, S_ATG, T_ATG, ["Les Voix", "Brasseries urbaines très suivies", "De la parcelle au sac", "Avis et partages"], "fr",
  "les Voix on suit quel indicateur pour eux ?")
T(DON, S_DON, T_DON, ["Publication d'un témoignage", "Accord écrit pour chaque témoignage", "3 ans après publication"], "fr",
  "Bonjour, vous gardez mes témoignages publiés combien de temps ? Merci d'avance")
T(DON, S_DON, T_DON, ["Rappels de sollicitation par le bot", "Accord explicite, révocable", "Jusqu'au retrait de l'accord"], "en",
  "do I have to agree to the bot's reminders? can I take it back later?")
T(DON, S_DON, T_DON, ["Synthèses d'ateliers par l'assistant", "Accord donné en début d'atelier", "18 mois"], "fr",
  "les résumés d'atelier faits par l'IA vous les conservez jusqu'à quand ?")
T(DON, S_DON, T_DON, ["Suivi des points et des niveaux", "Inclus dans l'adhésion", "Durée de l'adhésion plus 12 mois"], "fr",
  "si je pars, mon historique de points vous le gardez combien de temps ?")
T(GAZ, S_GAZ, T_GAZ, ["Avis en ligne", "37", "+12"], "fr",
  "combien d'avis en ligne ce trimestre ?")
T(GAZ, S_GAZ, T_GAZ, ["Aides à un membre", "52", "+20"], "en",
  "how many times did members help each other this quarter compared to winter?")
T(GAZ, S_GAZ, T_GAZ, ["Présentations de prospects", "6", "-2"], "fr",
  "les présentations de prospects ont baissé ce trimestre ou pas ?")
T(REF, S_REF, T_REF, ["First order placed", "100", "A 25 kg bag of specialty malt"], "en",
  "what do I get if the brewery I referred actually orders?")
T(REF, S_REF, T_REF, ["Brewery becomes an ambassador", "30", "A dinner with the head maltster"], "fr",
  "et si la brasserie que j'ai présentée devient ambassadrice à son tour, j'ai quoi ?")

# ---- paragraph questions ----------------------------------------------------
P(CH, "Notre raison d'être", "en", "what's the Brewers' Circle about in a nutshell? why does it exist",
  ["transforme en malt des orges cultivées", "faire connaître un malt paysan, tracé du champ"])
P(CH, "Qui peut devenir ambassadeur", "fr", "Bonjour, c'est quoi les critères pour devenir ambassadeur ? merci d'avance",
  ["clientes depuis au moins dix-huit mois", "passé au moins quatre commandes dans l'année écoulée",
   "dont la note de recommandation dépasse 8 sur 10"])
P(CH, "Quitter le Cercle", "en", "is it ok to drop out of the ambassador thing at any point?",
  ["peut quitter le Cercle à tout moment", "sans avoir à se justifier",
   "Ses points sont conservés douze mois"])
P(CH, "Quitter le Cercle", "fr", "si je me barre du cercle je perds mes points ?",
  ["Ses points sont conservés douze mois", "sa relation commerciale avec la Malterie reste inchangée"])
P(CH, "Authenticité des messages", "fr", "vous allez nous filer des textes tout prêts à poster ?",
  ["Nous ne fournissons jamais de texte à recopier", "écrivent avec leurs propres mots",
   "un message trop lissé perd sa crédibilité"])
P(GC, "Les types de contribution › Contributions propres à la Malterie", "fr",
  "c quoi la brasserie ouverte et ça rapporte combien ?",
  ["accueillir d'autres brasseurs chez soi pendant une demi-journée", "pendant une demi-journée ; elle rapporte 35 points"])
P(GC, "Déclarer une contribution › Contributions refusées", "fr", "pk ma contrib a été refusée ?? je peux la refaire ?",
  ["quand la preuve manque, quand elle a déjà été déclarée", "Le refus est toujours expliqué"])
P(GC, "Plafonds et bonus › Plafond mensuel", "fr", "y a une limite de points pour les partages réseaux ?",
  ["rapportent au plus 30 points par mois", "ce plafond évite la course aux publications"])
P(FAQ, "LE PROGRAMME › Combien de temps faut-il y consacrer ?", "en",
  "how much time does being an ambassador take each month?",
  ["Il n'y a pas de minimum", "en moyenne deux heures par mois"])
P(FAQ, "LE PROGRAMME › Puis-je refuser une sollicitation ?", "fr", "si je dis non à une demande je suis pénalisé ?",
  ["Répondre « non merci » est déjà une réponse utile", "Après trois refus de suite"])
P(FAQ, "LES POINTS ET LES NIVEAUX › Les points expirent-ils ?", "fr", "mes points ont une date de péremption ?",
  ["Les points restent valables vingt-quatre mois après la contribution", "recalculé chaque année en janvier"])
P(FAQ, "LES OUTILS › Le bot du Cercle", "fr", "Salut, le bot discord il sert à quoi exactement ?",
  ["Il rappelle les sollicitations, enregistre les contributions", "il passe la main à un membre de l'équipe"])
P(CAL, "1. Principes de planification", "en", "how much notice do you give before asking us for something?",
  ["au moins trois semaines à l'avance", "fait tourner les ambassadeurs d'une campagne à l'autre"])
P(CAL, "2. Premier semestre › 2.2 Lancement du malt Causse Fumé (mai)", "fr",
  "Bonjour ! le test du malt fumé ça marche comment, on renvoie la fiche quand ?",
  ["reçoivent fin avril un sac de 50 kg", "la renvoient avant le 15 juin"])
P(CAL, "3. Second semestre › 3.1 Portes ouvertes de la malterie (septembre)", "en",
  "what would I actually do at the malt house open days?",
  ["animent la dégustation, racontent leur métier aux visiteurs", "présentent les bières qu'ils brassent avec nos malts"])
P(WP, "GETTING STARTED › Your community manager", "fr", "mon CM répond en combien de temps en général ?",
  ["They answer messages on working days, usually within one day", "the pace of requests feels too heavy"])
P(WP, "HOW THE CIRCLE WORKS › Points and levels", "en", "can I lose my level halfway through the year?",
  ["Levels are reviewed every January", "a level is never taken away"])
P(WP, "HOW THE CIRCLE WORKS › Talking to the bot", "en", "how do i get the bot to reply in english??",
  ["Type /english once and it will answer", "it will answer you in English from then on"])
P(WP, "LEAVING AND COMING BACK › Taking a break", "fr", "je peux faire une pause quelques mois sans quitter le programme ?",
  ["pause your membership for up to six months", "your points are frozen and your level is kept"])
P(WP, "LEAVING AND COMING BACK › Taking a break", "en", "Hey, is there a way to go on hiatus for a bit? thanks!",
  ["pause your membership for up to six months", "During a break you receive no solicitations"])
P(GAZ, "À la une › Le malt Causse Fumé arrive", "en", "Hi there, what's special about the new smoked malt? cheers",
  ["fumé au bois de hêtre des Grands Causses", "utilisable jusqu'à 40 % de la maquette"])
P(GAZ, "Portrait d'ambassadeur › Brasserie de la Jonte", "fr", "c'est qui la brasserie de la Jonte dont parle la gazette ?",
  ["Installée dans une ancienne bergerie au bord de la Jonte", "brasse 300 hectolitres par an"])
P(REF, "How an introduction works › After the first meeting", "en", "when do I actually get the points for a referral?",
  ["Once the first meeting has been held", "the introduction is approved and the points are credited"])
P(REF, "How an introduction works › After the first meeting", "fr",
  "je dois relancer moi-même la brasserie que j'ai présentée ?",
  ["never asked to follow up with the brewery", "places an order within six months"])
P(NIV, "Comment on progresse", "fr", "pourquoi faut aussi un nb de contributions et pas juste des points pour monter ?",
  ["un nombre minimal de contributions et une ancienneté", "qu'un seul gros coup ne suffise pas"])
P(NIV, "Les avantages par niveau › Niveau Grain", "en", "what do I get at the entry level?",
  ["Il donne accès au serveur Discord", "aux ateliers en ligne sur le maltage"])
P(NIV, "Les avantages par niveau › Niveau Moisson › Le comité des variétés", "fr",
  "le comité des variétés ça fait quoi concrètement ?",
  ["Il choisit les orges semées la saison suivante", "les malts expérimentaux à tester"])
P(NIV, "Les règles de révision › Descendre de niveau", "fr", "si je redescends de niveau en janvier je perds tout direct ?",
  ["ne descend jamais de plus d'un niveau à la fois", "il garde ses avantages jusqu'au 31 mars"])
P(BIL, "Synthèse", "fr", "Bonsoir, on était combien de brasseries ambassadrices fin 2026 ?",
  ["est passé de 41 à 58 brasseries ambassadrices", "mais la charge reste concentrée"])
P(BIL, "Les indicateurs › Santé du programme", "en", "what was the ambassadors' own NPS last year? and retention?",
  ["La rétention des ambassadeurs d'une année sur l'autre", "est de +61, en baisse de quatre points"])
P(BIL, "Ce que nous changeons › Les sollicitations", "fr", "qu'est-ce qui change côté sollicitations cette année ?",
  ["le nombre de sollicitations reçues depuis janvier", "propose automatiquement la sollicitation à une autre brasserie"])
P(BIL, "Ce que nous changeons › Les récompenses", "en", "are the engraved glasses being dropped from the shop?",
  ["Les verres gravés, peu demandés, quittent la boutique",
   "une journée de formation à l'analyse sensorielle"])
P(AT, "Atelier NOUS › Raison d'être retenue", "fr", "quelle raison d'être a été gardée à l'atelier NOUS ?",
  ["faire vivre un malt paysan des Causses", "brasseurs qui le racontent mieux que nous"])
P(AT, "Atelier JE › Divergences › Entre ambassadeurs", "en",
  "where did the city breweries and the country ones disagree in the workshop?",
  ["Les brasseries urbaines veulent surtout de la visibilité", "cherchent d'abord du lien entre collègues"])
P(AT, "Atelier JE › Divergences › Entre le programme et les ambassadeurs", "fr",
  "qu'est-ce que la synthèse de l'IA avait loupé pendant l'atelier ?",
  ["refusent de démarcher leurs voisins", "n'avait pas relevé ce point"])
P(AT, "Atelier ACTION › Plan d'animation", "fr", "Merci pour le CR ! qui anime le groupe des Ancrés du coup ?",
  ["les Ancrés ont choisi d'être animés par l'un des leurs", "un rendez-vous en ligne par trimestre"])
P(DON, "Ce que nous collectons › Ce que nous ne collectons pas", "fr", "vous surveillez nos comptes insta ou quoi ?",
  ["nous ne suivons pas vos comptes sur les réseaux sociaux", "seules les publications que vous déclarez"])
P(DON, "Usages et consentement › L'assistant automatique", "en", "does the bot get to decide if my level changes?",
  ["Il ne prend aucune décision sur les niveaux", "ces décisions restent au community manager"])

UNANSWERABLE = [
    ("fr", "c'est quoi le numéro de tel du community manager ?"),
    ("en", "what's the name of my community manager?"),
    ("fr", "combien coûte un sac de 25 kg de Causse Pâle en euros ?"),
    ("fr", "le salon Brassage et Terroir ouvre à quelle heure ?"),
    ("en", "what's the email address of the data protection officer?"),
    ("fr", "combien d'ambassadeurs sont au niveau Moisson en ce moment ?"),
    ("en", "how many points do I get for showing up at an event?"),
    ("fr", "la réunion du comité des variétés du 15 mai, c'est où ?"),
    ("en", "what's the postal address of the malt house?"),
    ("fr", "combien de brasseries au total sont clientes de la malterie ?"),
    ("fr", "Bonjour, la formation Maltage et brassage coûte combien si on paie en euros ? merci"),
    ("en", "how many hectolitres does an average ambassador brewery brew per year?"),
    ("fr", "il s'appelle comment le maître malteur ?"),
    ("en", "when does the summer 2027 issue of the Gazette come out?"),
    ("en", "what was the program's ROI in euros in 2026?"),
    ("fr", "les rdv trimestriels des groupes c'est quel jour de la semaine ?"),
    ("en", "how many people work at Malterie du Causse?"),
    ("fr", "quel est le taux d'humidité du malt Causse Fumé ?"),
    ("fr", "c'est quoi le lien d'invitation du serveur discord ?"),
    ("en", "is there a minimum order size to get the Epi discount?"),
]

if __name__ == "__main__":
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
        for i, (doc, sec, unit, lang, q, gold) in enumerate(Q, 1):
            f.write(json.dumps({"id": "s6-%03d" % i, "question": q, "gold_doc": doc, "gold_section": sec,
                                "unit": unit, "gold": gold, "lang": lang}, ensure_ascii=False) + "\n")
    with open(ROOT / "unanswerable.jsonl", "w", encoding="utf-8") as f:
        for i, (lang, q) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": "s6-u%02d" % i, "question": q, "lang": lang}, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(u for _, _, u, _, _, _ in Q))
    en_docs = {WP, REF}
    print(Counter((l, "en-doc" if d in en_docs else "fr-doc") for d, _, _, l, _, _ in Q))
