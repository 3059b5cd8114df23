# -*- coding: utf-8 -*-
"""Questions of the set. Gold strings are pulled from docs_src so they are copied exactly."""
from docs_src import DOCS

_BY = {d["name"]: d["body"] for d in DOCS}
STAFF = "staff-only document (internal): the question is asked by the team, not by an ambassador"


def P(doc, prefix):
    hits = [l for l in _BY[doc] if l.startswith(prefix) and l[:2] not in ("# ", "##", "- ", "+ ", "| ")]
    assert len(hits) == 1, (doc, prefix, len(hits))
    return [hits[0]]


def L(doc, intro_prefix):
    b = _BY[doc]
    i = [k for k, l in enumerate(b) if l.startswith(intro_prefix)]
    assert len(i) == 1, (doc, intro_prefix)
    items, k = [], i[0] + 1
    while k < len(b) and b[k][:2] in ("- ", "+ "):
        items.append(b[k][2:])
        k += 1
    assert items, (doc, intro_prefix)
    return items


def R(doc, *cells):
    rows = [[c.strip() for c in l[2:].split(" | ")] for l in _BY[doc] if l.startswith("| ")]
    hits = [r for r in rows if r[:len(cells)] == list(cells)]
    assert len(hits) == 1, (doc, cells, len(hits))
    return hits[0]


QUESTIONS = []


def q(doc, section, unit, gold, lang, question, note=None):
    d = {"id": "sh18-%03d" % (len(QUESTIONS) + 1), "question": question, "gold_doc": doc,
         "gold_section": section, "unit": unit, "gold": gold, "lang": lang}
    if note:
        d["note"] = note
    QUESTIONS.append(d)


B = "bienvenue_houblonniers.md"
q(B, "Ce que vous pouvez faire › Les contributions possibles", "list",
  L(B, "Rien n'est obligatoire"), "fr",
  "c quoi les trucs qu'on peut faire comme ambassadeur ? genre avis, vidéo etc, la liste complète svp")
q(B, "Ce que vous pouvez faire › Vos premiers pas", "list", L(B, "Pour bien démarrer"), "fr",
  "je viens d'etre invité dans le cercle, je commence par quoi concrètement ?")
q(B, "Les niveaux en bref", "table_row", R(B, "Moût"), "en",
  "What do I actually get once I reach the Moût tier?")
q(B, "Et si je veux faire une pause ?", "paragraph", P(B, "La vie passe avant"), "fr",
  "est-ce que je peux arrêter qq mois sans perdre mes pionts ?")
q(B, "Qui fait quoi", "paragraph", P(B, "Maëlle Vautrin est la responsable"), "fr",
  "qui valide mes contribs et qui me crédite les capsules ? et les mises en relation c'est qui ?")
q(B, "Qui fait quoi", "paragraph", P(B, "Sur le Discord, un assistant automatique"), "fr",
  "le bot discord il décide tout seul si ma contribution est acceptée ou pas ??")
q(B, "Contacts", "list", L(B, "# Contacts"), "fr",
  "horaires du taproom + mail de contact du cercle ?")
q(B, "Bienvenue dans le Cercle", "paragraph", P(B, "Vous venez d'accepter"), "fr",
  "faut être patron de bar pour être dans le cercle ou un simple client ça marche aussi ? on est payés ?")

R2 = "regles_capsules.txt"
q(R2, "2. Barème › 2.1 Capsules par contribution", "table_row", R(R2, "Témoignage vidéo"), "fr",
  "combien de capsules pour une vidéo témoignage ? y a une limite ?")
q(R2, "2. Barème › 2.1 Capsules par contribution", "table_row", R(R2, "Mise en relation (bar, cave, resto)"), "fr",
  "si je ramène un bar qui veut vos bières ça rapporte combien, et c'est qui qui valide")
q(R2, "2. Barème › 2.1 Capsules par contribution", "table_row", R(R2, "Aide à un membre (Discord)"), "en",
  "how many points do I get for helping someone on the discord, and is there a monthly cap?")
q(R2, "2. Barème › 2.2 Bonus", "list", L(R2, "Certains gestes rapportent"), "fr",
  "y a des bonus en plus du bareme normal ?")
q(R2, "4. Echanger ses capsules", "list", L(R2, "Les capsules cumulées ne diminuent"), "fr",
  "qu'est ce que je peux m'offrir avec mes capsules, et ça coute combien ?")
q(R2, "2. Barème › 2.3 Plafonds et délais", "paragraph", P(R2, "Les plafonds évitent"), "fr",
  "jai dépassé le plafond d'avis ce mois ci, ça compte quand même ou c'est perdu ?")
q(R2, "1. Principe général", "paragraph", P(R2, "Les capsules sont les points"), "fr",
  "Est-ce qu'acheter plus de bières au taproom fait gagner des capsules ?")
q(R2, "4. Echanger ses capsules", "paragraph", P(R2, "Les échanges se demandent"), "fr",
  "les capsules elles expirent au bout de combien de temps ? et mon niveau dans ce cas ?")
q(R2, "1. Principe général", "paragraph", P(R2, "Une capsule n'a aucune valeur"), "fr",
  "je peux revendre mes capsules ou les filer à un pote ?")

F = "faq_cercle.html"
q(F, "Rejoindre le Cercle › Comment est-on choisi pour devenir Houblonnier ?", "paragraph",
  P(F, "On ne postule pas"), "fr", "comment on devient houblonnier, il faut postuler quelque part ? faut bcp de followers ?")
q(F, "Capsules et niveaux › Comment voir mes capsules ?", "list", L(F, "Tapez /solde"), "fr",
  "qu'est-ce que la commande /solde m'affiche exactement")
q(F, "Sollicitations › Je reçois trop de demandes, que faire ?", "paragraph", P(F, "Dites-le-nous"), "fr",
  "franchement je recois trop de sollicitations, ça me saoule un peu. je peux limiter ?")
q(F, "Récompenses", "table_row", R(F, "Fût de 20 litres"), "fr",
  "le fut de 20L je le récupère où et il faut combien de temps pour qu'il soit prêt")
q(F, "Le bot › Est-ce que je parle à un humain ?", "paragraph", P(F, "Sur le Discord, les réponses automatiques"), "en",
  "Am I talking to a bot or a real person on Discord? how do I reach a human?")
q(F, "Capsules et niveaux › Pourquoi ma contribution n'a pas encore été créditée ?", "paragraph",
  P(F, "Seuls les avis et les partages"), "fr",
  "mon témoignage est toujours pas crédité au bout d'une semaine ?? normal ?")
q(F, "Récompenses › Je suis un professionnel, puis-je être payé en bières ?", "paragraph",
  P(F, "Non, les capsules ne remplacent"), "fr",
  "je suis caviste, est-ce que les capsules peuvent remplacer une remise sur mes commandes ?")
q(F, "Récompenses", "table_row", R(F, "T-shirt ou tablier brodé"), "fr",
  "délai pour recevoir le tablier brodé ? on peut me l'envoyer par la poste ?")

C = "cr_comite_pilotage_2026-10.docx"
q(C, "Chiffres du trimestre", "list", L(C, "Maëlle présente le tableau de bord"), "fr",
  "les chiffres clés du T3 pour le cercle, taux de réponse etc ?", STAFF)
q(C, "Décisions et actions", "table_row", R(C, "Plafonner à 2 sollicitations par mois et par Houblonnier dans l'outil"), "fr",
  "qui s'occupe de mettre le plafond de sollicitations dans l'outil et pour quand ?", STAFF)
q(C, "Points discutés › Sur-sollicitation des plus actifs", "paragraph", P(C, "Sur les 40 sollicitations"), "fr",
  "c'était quoi l'histoire avec le caviste de Dole au dernier copil ?", STAFF)
q(C, "Budget", "paragraph", P(C, "Le budget 2026 du Cercle"), "fr",
  "on en est où du budget du cercle cette année ? le plus gros poste ?", STAFF)
q(C, "Points discutés › Authenticité des témoignages", "paragraph", P(C, "Lucas signale"), "en",
  "what did the steering committee decide about testimonials that copy the template?", STAFF)
q(C, "Décisions et actions", "table_row", R(C, "Appeler le caviste de Dole pour s'excuser et faire le point"), "fr",
  "qui doit rappeler le caviste mécontent et c'est pour quand ?", STAFF)
q(C, "Points discutés › Niveau Fût d'Or", "paragraph", P(C, "Seulement 6 membres"), "fr",
  "on baisse le seuil du fût d'or ou pas finalement ?", STAFF)
q(C, "Prochain comité", "paragraph", P(C, "Mardi 19 janvier 2027"), "fr",
  "date + ordre du jour du prochain copil ?", STAFF)

K = "calendrier_sollicitations_2027_S1.pdf"
q(K, "Janvier à mars", "table_row", R(K, "Février"), "fr",
  "en février vous allez nous demander quoi ?")
q(K, "Rappel des capsules", "list", L(K, "Les sollicitations de ce calendrier"), "fr",
  "les demandes du calendrier, ça rapporte combien de capsules chacune ?")
q(K, "Janvier à mars › Le Salon des Bières de l'Est", "paragraph", P(K, "Le salon a lieu"), "fr",
  "le salon de nancy c quand exactement, et le trajet est payé ?")
q(K, "Avril à juin › Le Brassin Ouvert", "list", L(K, "Pour vous inscrire, trois"), "fr",
  "comment je m'inscris comme bénévole pour les portes ouvertes de juin ?")
q(K, "Avril à juin › Le Brassin Ouvert", "paragraph", P(K, "Le Brassin Ouvert est notre"), "en",
  "What are the volunteer hours for the open brew day? can my 16 year old son help at the bar?")
q(K, "Avril à juin", "table_row", R(K, "Avril"), "fr",
  "qui pourra goûter la brune fumée et avant quelle date faut répondre ?")
q(K, "Et le second semestre ?", "paragraph", P(K, "Le calendrier de juillet"), "fr",
  "et après juin y'a quoi comme sollicitations de prévu ?")

D = "protection_donnees.html"
q(D, "Ce que nous collectons", "list", L(D, "Nous ne collectons que"), "fr",
  "vous collectez quelles données sur moi exactement ?")
q(D, "Vos consentements", "list", L(D, "Certains usages demandent"), "fr",
  "pour quoi vous me demandez mon consentement ? la liste")
q(D, "Combien de temps nous gardons vos données", "table_row", R(D, "Messages envoyés au bot"), "fr",
  "mes messages au bot vous les gardez combien de temps ?")
q(D, "L'assistant automatique", "paragraph", P(D, "Le bot du Discord est un assistant"), "en",
  "does the bot use what I write to train an AI model?")
q(D, "Combien de temps nous gardons vos données", "table_row", R(D, "Photos et vidéos publiées"), "fr",
  "les photos de moi sur vos réseaux restent en ligne combien de temps ?")
q(D, "Qui voit vos données", "paragraph", P(D, "Seules quatre personnes"), "fr",
  "qui a accès à ma fiche membre chez vous ? vous revendez les données ?")
q(D, "Vos droits", "paragraph", P(D, "Vous pouvez demander à accéder"), "fr",
  "je veux faire supprimer mes données, vous répondez en combien de temps ? et si ça va pas ?")

G = "gazette_houblon_n7.txt"
q(G, "Ce qui change au 1er décembre", "list", L(G, "Suite au comité des Houblonniers d'octobre"), "fr",
  "qu'est-ce qui change au 1er decembre ?")
q(G, "L'agenda", "list", L(G, "Les dates à retenir"), "fr",
  "c'est quoi les prochaines dates à noter d'ici le printemps ?")
q(G, "Le classement ? Il n'y en a pas", "paragraph", P(G, "On nous demande souvent pourquoi"), "fr",
  "pourquoi y'a pas de classement des membres sur le discord ? ce serait motivant")
q(G, "Le Houblonnier du mois", "paragraph", P(G, "Ce mois-ci, on met à l'honneur"), "fr",
  "c'est qui l'ambassadeur du mois de novembre dans la gazette ?")
q(G, "La question du mois", "paragraph", P(G, "« Est-ce que mes capsules expirent"), "en",
  "Do my capsules expire if I do nothing for a whole year?")
q(G, "Se désinscrire", "paragraph", P(G, "Pour ne plus recevoir la Gazette"), "fr",
  "comment je me désabonne de la newsletter par mail sans quitter le cercle ?")
q(G, "Bienvenue aux nouveaux", "paragraph", P(G, "Dix-neuf personnes"), "fr",
  "combien de nouveaux membres en octobre, et ils sont d'où ?")

N = "niveaux_et_avantages.docx"
q(N, "Les avantages par niveau › Fût d'Or", "list", L(N, "En plus des avantages des niveaux précédents, le niveau Fût d'Or"), "fr",
  "quels sont les avantages du niveau Fût d'Or ?")
q(N, "Les avantages par niveau › Brassin", "list", L(N, "En plus des avantages des niveaux précédents, le niveau Brassin"), "fr",
  "le niveau brassin ça donne quoi de plus ?")
q(N, "Les avantages par niveau › Moût", "list", L(N, "En plus des avantages du niveau Grain"), "en",
  "what perks come with the Moût level, in detail?")
q(N, "Comment on monte de niveau", "table_row", R(N, "Brassin"), "fr",
  "on est combien au niveau brassin en ce moment ? et c'est à partir de combien de capsules")
q(N, "Le comité des Houblonniers", "paragraph", P(N, "Le comité réunit cinq"), "fr",
  "comment on entre au comité des houblonniers ? c'est élu ?")
q(N, "Questions fréquentes sur les niveaux › Que se passe-t-il si je quitte le Cercle ?", "paragraph",
  P(N, "Vos avantages s'arrêtent"), "fr",
  "si je quitte le cercle et que je reviens l'an prochain je repars de zéro ?")
q(N, "Questions fréquentes sur les niveaux › Les professionnels ont-ils des avantages à part ?", "paragraph",
  P(N, "Non : cavistes, bars et restaurants"), "fr",
  "je suis resto, la remise du cercle s'ajoute à mes conditions commerciales ?")
q(N, "Les avantages par niveau › Grain", "list", L(N, "Le niveau Grain est celui"), "fr",
  "au tout premier niveau on a droit à quoi ?")

M = "guide_cm_moderation.txt"
q(M, "SOLLICITATIONS › b) Limites de charge", "list", L(M, "Les limites à respecter"), "fr",
  "rappel des limites de sollicitation par ambassadeur stp", STAFF)
q(M, "QUAND PASSER LA MAIN", "list", L(M, "Le bot transfère automatiquement"), "fr",
  "dans quels cas le bot doit passer la main à un humain ?", STAFF)
q(M, "VALIDATION DES CONTRIBUTIONS", "list", L(M, "Motifs de refus"), "fr",
  "motifs de refus ok pour une contrib ?", STAFF)
q(M, "DEPARTS ET SORTIES DU PROGRAMME › a) Départ volontaire", "paragraph", P(M, "Quand un Houblonnier annonce"), "fr",
  "un houblonnier m'écrit qu'il veut quitter le programme, je fais quoi ?", STAFF)
q(M, "SOLLICITATIONS › c) Signaux d'usure", "paragraph", P(M, "Surveillez chaque lundi"), "fr",
  "comment repérer qu'un ambassadeur sature / est à bout ?", STAFF)
q(M, "SOLLICITATIONS › a) Rotation des demandes", "paragraph", P(M, "Avant chaque envoi"), "en",
  "how am I supposed to pick who receives a solicitation?", STAFF)
q(M, "DEPARTS ET SORTIES DU PROGRAMME › b) Membre qui ne remplit plus les conditions", "paragraph",
  P(M, "Si un membre a cessé"), "fr",
  "on peut virer qq1 qui revend ses récompenses sur leboncoin ?", STAFF)
q(M, "CE QU'ON NE DONNE JAMAIS AU BOT", "paragraph", P(M, "Ne chargez dans le bot"), "fr",
  "je peux charger la grille tarifaire pro dans le bot pour qu'il réponde aux cavistes ?", STAFF)

E = "content_guidelines_en.pdf"
q(E, "Written testimonials", "list", L(E, "A good testimonial is short"), "en",
  "what should I write in my testimonial? is there a template?")
q(E, "Video testimonials › Technical specs", "table_row", R(E, "Length"), "fr",
  "pour la vidéo témoignage c'est quoi la durée max ?")
q(E, "Video testimonials › What not to show", "list", L(E, "Please keep these out"), "fr",
  "qu'est-ce qu'on a pas le droit de montrer dans une vidéo ?")
q(E, "Alcohol rules", "paragraph", P(E, "Our products contain alcohol"), "fr",
  "la loi evin ça change quoi pour ce que je poste ?")
q(E, "Online reviews and social posts", "paragraph", P(E, "Post reviews only"), "en",
  "do I have to say I'm part of the program when I post about you guys?")
q(E, "Video testimonials › Technical specs", "table_row", R(E, "Sound"), "fr",
  "des conseils pour le son de la vidéo ? je filmerais dans mon bar, c'est assez bruyant")

H = "hop_circle_handbook_en.md"
q(H, "Shipping and rewards abroad", "paragraph", P(H, "Members outside France"), "fr",
  "un membre en Belgique peut se faire livrer un fût avec ses capsules ?")
q(H, "Language", "paragraph", P(H, "The Discord bot answers in French"), "en",
  "how do I get the bot to reply in english?")
q(H, "Contributions we count", "list", L(H, "You can take part"), "en",
  "which contributions count? i run a bottle shop in leeds")
q(H, "How it works › Levels", "table_row", R(H, "Brassin"), "fr",
  "dans le handbook anglais, le niveau Brassin c'est combien de capsules et ça donne quoi ?")
q(H, "Who to contact", "list", L(H, "# Who to contact"), "fr",
  "quelle adresse mail pour les commandes export ?")
q(H, "How it works › Levels", "paragraph", P(H, "Levels are never taken away"), "en",
  "what does moût even mean? and can I lose my level?")
q(H, "Your first month", "list", L(H, "Most new members start"), "fr",
  "premières étapes pour un nouveau membre anglophone ?")

O = "objectifs_programme_2027.md"
q(O, "Les objectifs 2027", "list", L(O, "Nous nous fixons cinq"), "fr",
  "c'est quoi les objectifs 2027 du programme ?")
q(O, "Les indicateurs", "table_row", R(O, "Engagement durable", "délai moyen de réponse à une sollicitation"), "fr",
  "cible 2027 pour le délai de réponse aux sollicitations ?")
q(O, "Les indicateurs", "table_row", R(O, "Visibilité"), "en",
  "What's the 2027 target for online reviews?")
q(O, "Notre raison d'être", "paragraph", P(O, "Le Cercle des Houblonniers existe"), "fr",
  "c'est quoi la raison d'etre du cercle, en une phrase ?")
q(O, "Les indicateurs", "paragraph", P(O, "Nous avons volontairement écarté"), "fr",
  "pourquoi vous suivez pas le nb d'abonnés insta ?")
q(O, "Ce que les indicateurs ne disent pas", "list", L(O, "Aucun indicateur ne mesure"), "fr",
  "et le plaisir des membres vous le mesurez comment ?")
q(O, "Prochaines étapes", "paragraph", P(O, "Les ateliers JE auront lieu"), "fr",
  "les ateliers JE c'est quand et avec qui ?")


UNANSWERABLE = []


def u(lang, question, note):
    UNANSWERABLE.append({"id": "sh18-u%02d" % (len(UNANSWERABLE) + 1), "question": question,
                         "lang": lang, "note": note})


u("fr", "combien de capsules pour un podcast enregistré avec la brasserie ?", "no podcast contribution in the scale (barème) or anywhere else")
u("fr", "le growler de 2 L il coûte combien en euros au taproom ?", "only its price in capsules (150) is given, no euro price")
u("fr", "c'est quand le brassin de co-création de septembre ?", "co-creation brew days are said to happen twice a year; only March is mentioned, no September date")
u("fr", "quel était le NPS des houblonniers au T2 ?", "only the Q3 NPS (+46) is reported; Q2 gives response rate and delay, not NPS")
u("en", "Which company hosts the Circle's data?", "the host is only described as located in France, never named")
u("fr", "la brune fumée sera vendue combien la bouteille ?", "the pilot recipe is described, no price anywhere")
u("fr", "combien de houblonniers en Belgique ?", "member counts are given by level only, not by country")
u("fr", "qui était le houblonnier du mois d'octobre ?", "only the November issue (n°7) is in the documents")
u("fr", "combien a coûté la Fête du Halage l'an dernier ?", "the festival is mentioned (record attendance), its cost never")
u("en", "How many capsules do I get for writing a blog post about your beers?", "blog posts are not in the list of counted contributions")
u("fr", "est-ce que le taproom fait à manger le soir ?", "taproom address and opening hours only, nothing about food")
u("fr", "y a un parking pour le brassin ouvert ?", "date, hours and volunteer roles given; no parking or access information")
u("fr", "délai de livraison de la box mensuelle ?", "the monthly box is mentioned as a customer type, no delivery terms")
u("en", "Who are the five members sitting on the comité des Houblonniers right now?", "how members are chosen is described, never their names")
u("fr", "combien de capsules rapporte la participation à un atelier JE ?", "JE workshops are announced; no capsules are attached to them in the scale")
u("fr", "le taux de conversion des mises en relation en 2025 c'était combien ?", "only 2026 and Q3 2026 figures exist")
u("en", "Is there a WhatsApp group for the Hop Circle?", "only Discord, Slack and e-mail are mentioned (WhatsApp only as a video-compression warning)")
u("fr", "date limite pour les vidéos du salon de Lyon ?", "the only trade fair in the calendar is in Nancy; no Lyon fair")
u("fr", "le tablier brodé existe en quelles tailles ?", "the apron is listed as a reward and a Brassin benefit, no sizes")
u("en", "What's the ABV of the Saison du Halage?", "the beer is named (January reviews), no ABV or recipe details")
