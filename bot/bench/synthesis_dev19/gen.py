#!/usr/bin/env python3
"""Generate the synthesis_dev19 set (sessions CID1, CID2, CID3). Standard library only."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = "CID"
CLIENT = "Les Vergers de Kervalan"
rng = random.Random(20261207)

# ---------------------------------------------------------------------------
# Context sentences: theme-neutral, but full of the shared nouns.
CTX = {
 "fr": [
  "Je viens à la pressée du samedi depuis deux saisons.",
  "Je suis à la coop depuis 2022 et je passe à la boutique presque chaque semaine.",
  "J'ai l'appli Kervalan sur mon téléphone depuis le début.",
  "On habite à dix minutes du verger.",
  "J'ai découvert la coopérative par la boutique, en achetant du jus.",
  "Mon mari est Glaneur depuis un an, moi je commence.",
  "J'ai participé à la plantation du verger l'hiver dernier.",
  "Les Glaneurs, j'en ai entendu parler à la pressée du samedi.",
  "Je reçois les nouvelles du verger par l'appli, je lis tout.",
  "Je connais bien le verger, j'y promène le chien tous les jours.",
  "C'est à la boutique qu'on m'a proposé de devenir Glaneur.",
  "J'étais à la pressée du samedi la semaine dernière, avec ma fille.",
  "Je fais partie de la coop depuis sa création.",
  "J'ai adhéré au printemps, directement dans l'appli.",
  "Mes parents avaient des pommiers, alors le verger me parle.",
  "J'ai fait un saut à la boutique ce matin avant de venir.",
  "Au verger, je suis surtout là pour la récolte d'octobre.",
  "J'ai vu l'annonce des Glaneurs dans l'appli.",
  "Je fais la pressée du samedi quand je peux, et je commande à la boutique en ligne.",
  "Dans l'appli, je regarde surtout le calendrier du verger.",
  "Bon, je vais être honnête.",
  "Pour le programme des Glaneurs, voilà ce que j'en pense.",
 ],
 "en": [
  "I've been coming to the Saturday pressing for two seasons now.",
  "I joined the coop in 2022 and I'm in the shop most weeks.",
  "I've had the Kervalan app on my phone since it came out.",
  "We live ten minutes from the orchard.",
  "I found the coop through the shop, buying apple juice.",
  "My partner has been a Glaneur for a year, I'm just starting.",
  "I helped plant the new rows in the orchard last winter.",
  "I heard about the Glaneurs at the Saturday pressing.",
  "I get all the orchard news through the app and read everything.",
  "I know the orchard well, I walk the dog there every day.",
  "It was at the shop that they asked me to become a Glaneur.",
  "I was at the Saturday pressing last week with my daughter.",
  "I've been in the coop since day one.",
  "I signed up in the spring, straight from the app.",
  "My grandparents had apple trees, so the orchard means something to me.",
  "I stopped by the shop this morning on the way here.",
  "In the orchard I mostly come for the October harvest.",
  "I saw the Glaneurs announcement in the app.",
  "I do the Saturday pressing when I can and order from the online shop.",
  "In the app I mostly look at the orchard calendar.",
  "OK, honest answer.",
  "About the Glaneurs programme, here's my take.",
 ],
}

# ---------------------------------------------------------------------------
# Point phrasings per theme and language (the last sentence carries the point).
P = {}
P["learn"] = {
 "fr": [
  "ce que j'attends, c'est qu'on m'apprenne à tailler et à greffer les pommiers du verger.",
  "j'aimerais comprendre comment on passe de la pomme au cidre : l'assemblage, la fermentation, tout ça.",
  "je voudrais repartir avec un vrai savoir-faire, reconnaître les variétés du verger, soigner un arbre malade.",
  "mon besoin, c'est d'être formé par les anciens à la pressée du samedi, pas juste de porter des caisses.",
  "je veux apprendre le métier : la taille d'hiver, la greffe en fente.",
  "qu'on m'explique les gestes du broyage et du pressurage, et comment on lit la densité du moût.",
  "au fond ce qui m'intéresse, c'est apprendre. Savoir ce que je fais quand je touche un arbre.",
  "j'ai besoin de comprendre le cidre de l'intérieur, avec quelqu'un qui me montre.",
  "il faudrait que les Glaneurs aient des petites formations au verger : taille, greffe, dégustation.",
  "moi je veux qu'on me transmette le savoir des greffeurs avant qu'il se perde.",
 ],
 "en": [
  "what I want is to learn to prune and graft the orchard trees properly.",
  "I'd love to understand how apples actually become cider: blending, fermentation, the lot.",
  "I want to come away with real skills, like telling the orchard's varieties apart or treating a sick tree.",
  "I need someone experienced to teach me at the Saturday pressing, not just to be handed a crate.",
  "honestly it's about learning the craft: winter pruning, grafting, that sort of thing.",
  "show me the steps (milling, pressing, how you read the juice's gravity).",
  "teach me something. That's the need.",
  "I'd want training sessions for Glaneurs in the orchard, pruning and grafting especially.",
  "I'm here to learn how cider is made, from someone who knows.",
  "mostly I want the know-how: which tree needs what, when to pick.",
  "I'd like proper lessons in the orchard from the people who've done it for thirty years.",
 ],
}
P["belong"] = {
 "fr": [
  "j'ai surtout besoin de rencontrer du monde, j'ai emménagé dans le coin l'an dernier.",
  "ce que je cherche, c'est une bande, des gens avec qui partager autre chose qu'un verre à la boutique.",
  "je voudrais ne plus venir sans connaître personne à la pressée du samedi et connaître enfin les autres coopérateurs.",
  "pour moi c'est le lien : retrouver les mêmes têtes au verger, me sentir d'ici.",
  "j'aimerais faire partie d'un groupe où on se connaît par nos prénoms.",
  "mon besoin, c'est de sortir de chez moi et d'avoir des copains de verger.",
  "depuis que je suis à la retraite, je cherche de la compagnie, tout simplement.",
  "me sentir membre de quelque chose, pas juste quelqu'un qui achète à la boutique.",
  "nouer des amitiés, voilà ce que j'attends des Glaneurs.",
 ],
 "en": [
  "mostly I need to meet people, I only moved here last year.",
  "I'm looking for a crowd to belong to, people to share more than a drink at the shop with.",
  "I'd like to stop turning up alone at the Saturday pressing and actually know the other members.",
  "for me it's the company: seeing the same faces in the orchard, feeling part of the village.",
  "I want to be part of a group where people know my name.",
  "I need a reason to get out of the house and make orchard friends.",
  "since I retired I'm after company, to be honest.",
  "feeling like a member of something, not just a shop customer.",
  "making friends, that's what I'm hoping the Glaneurs will give me.",
  "a sense of belonging, really. Being one of the crew.",
 ],
}
P["voice"] = {
 "fr": [
  "je veux avoir mon mot à dire sur les variétés qu'on replante au verger.",
  "ce que j'attends, c'est qu'on nous consulte sur les assemblages et les nouvelles cuvées de la boutique.",
  "j'aimerais qu'on vote vraiment, au lieu de découvrir les décisions dans l'appli après coup.",
  "mon besoin, c'est de peser sur les choix de la coopérative : quoi planter, quoi presser, quoi vendre.",
  "il faut que notre avis compte quand le bureau décide de ce qui change au verger.",
  "être associé aux décisions, sinon je ne vois pas l'intérêt d'être Glaneur.",
  "j'aimerais participer à la création d'une cuvée et qu'on écoute mon palais.",
  "qu'on nous donne une vraie voix sur les grandes orientations de la coop.",
 ],
 "en": [
  "I want a real say in which varieties get replanted in the orchard.",
  "I expect to be consulted on blends and on the new cuvées before they reach the shop.",
  "I'd like proper votes, not finding out about decisions in the app afterwards.",
  "my need is to influence what the coop plants, presses and sells.",
  "our opinion should count when the board decides what changes in the orchard.",
  "being involved in decisions, otherwise why be a Glaneur at all.",
  "I'd love to help design a cuvée and have my palate heard.",
  "give us a voice on the big choices, that's what I need.",
 ],
}
P["impact"] = {
 "fr": [
  "j'ai besoin de savoir à quoi ça sert : combien d'arbres plantés, combien de nouveaux membres grâce à nous.",
  "qu'on me dise ce que mes coups de main au verger ont changé, sinon je décroche.",
  "j'aimerais voir les résultats concrets de ce qu'on fait, des chiffres simples dans l'appli.",
  "mon besoin, c'est un retour : est-ce que l'ami que j'ai amené à la pressée du samedi est resté ?",
  "savoir si ça compte vraiment pour la coopérative, voir l'effet de ce qu'on donne.",
  "un bilan de fin de saison, même court, pour savoir si nos efforts ont servi.",
 ],
 "en": [
  "I need to know what it's for: how many trees planted, how many new members thanks to us.",
  "tell me what my help in the orchard actually changed, or I'll drift off.",
  "I'd like to see concrete results of what we do, simple numbers in the app.",
  "I want feedback: did the friend I brought to the Saturday pressing actually stay?",
  "knowing whether it really matters to the coop, seeing the effect.",
  "some sign that my effort made a difference, that's what I need.",
  "show me the outcome of it all, even just a yearly tally.",
 ],
}
P["time"] = {
 "fr": [
  "je travaille en horaires décalés, la pressée du samedi tombe souvent sur mes gardes.",
  "avec trois enfants, mes samedis sont déjà pris par le foot et les courses.",
  "mon frein, c'est le temps, tout simplement : je n'en ai pas.",
  "j'ai peur de ne pas tenir la cadence entre le boulot et la maison.",
  "le samedi matin au verger, c'est compliqué pour moi, c'est mon seul jour de repos.",
  "je ne sais pas si j'aurai les heures pour ça, mon agenda est plein.",
  "le manque de disponibilité, c'est ça qui me bloque.",
  "entre mon travail et ma mère à aider, je ne vois pas quand je viendrais.",
  "je fais les marchés le samedi, donc la pressée c'est presque impossible.",
 ],
 "en": [
  "I work shifts, and the Saturday pressing often lands on my shift.",
  "with three kids my Saturdays are already taken by football and shopping.",
  "my brake is time, simply: I don't have any.",
  "I'm afraid I won't keep up, between work and home.",
  "Saturday mornings in the orchard are hard for me, it's my only day off.",
  "I just don't know if I'll have the hours for it.",
  "lack of availability is what holds me back.",
  "time. There isn't enough of it, full stop.",
  "I care for my dad on weekends, so I can't see when I'd come.",
  "I work at the market on Saturdays, so the pressing is nearly impossible.",
 ],
}
P["sell"] = {
 "fr": [
  "je n'ai pas envie de passer pour un vendeur de la boutique auprès de mes amis.",
  "j'ai peur que ça sonne faux, qu'on récite des textes écrits par la boutique.",
  "je ne veux pas démarcher mes proches pour leur vendre du cidre, ça me gêne.",
  "ce qui me freine, c'est de devenir une pub ambulante pour la boutique.",
  "pousser de l'alcool à mes collègues, très peu pour moi.",
  "si on me demande de faire du commercial, j'arrête.",
  "la crainte de perdre ma sincérité, qu'on me dicte quoi dire dans l'appli.",
  "je ne veux pas que mes amis pensent que je touche une commission.",
  "j'aurais l'impression de vendre mes copains à la coop.",
 ],
 "en": [
  "I don't want to come across as a salesman for the shop to my friends.",
  "I'm worried it will sound fake, reciting lines written by the shop.",
  "I'm not keen on pitching cider to my family, it feels awkward.",
  "what holds me back is becoming a walking advert for the shop.",
  "pushing alcohol on colleagues isn't something I'd do.",
  "if it turns into sales work, I'm out.",
  "the fear of losing my honesty, being told in the app what to say.",
  "I'd hate for people to think I'm on commission.",
  "it would feel like selling my friends to the coop.",
 ],
}
P["app"] = {
 "fr": [
  "l'appli, je n'y comprends rien, je m'y perds à chaque fois.",
  "trop de notifications dans l'appli, j'ai fini par les couper.",
  "je ne suis pas à l'aise avec le téléphone, et tout passe par l'appli.",
  "l'appli plante chez moi, je ne peux même pas m'inscrire aux créneaux de la pressée.",
  "ça me freine que tout soit dans l'appli, qui est vraiment mal fichue.",
  "les menus de l'appli sont un labyrinthe, je n'y retrouve jamais le calendrier du verger.",
 ],
 "en": [
  "I can't make sense of the app, I get lost every time.",
  "too many notifications from the app, I've muted them all.",
  "I'm not comfortable with phones and everything goes through the app.",
  "the app crashes on my phone, I can't even sign up for pressing slots.",
  "what puts me off is that it's all in the app, and the app is clunky.",
  "the app's menus are a maze, I never find the orchard calendar.",
 ],
}
P["overload"] = {
 "fr": [
  "j'ai peur qu'on me sollicite tout le temps une fois qu'on saura que je dis oui.",
  "je crains de devenir la bonne volonté de service, comme les mêmes bénévoles à chaque pressée du samedi.",
  "ce qui me fait peur, c'est de m'épuiser : on finit toujours par appeler les mêmes.",
 ],
 "en": [
  "I'm worried I'll be asked constantly once they know I say yes.",
  "my fear is burning out; it's always the same keen people who get called for the Saturday pressing.",
  "I dread being over-asked, like the usual volunteers.",
  "the risk is getting a request in the app every week and feeling guilty saying no.",
 ],
}
P["hands"] = {
 "fr": [
  "je préfère mettre les mains dedans à la pressée du samedi : ramasser, presser, laver les caisses.",
  "donner un coup de main physique au verger, ça c'est mon truc.",
  "je me vois bien accueillir les nouveaux à la pressée et leur montrer les postes.",
  "aider sur le terrain : planter, tailler, porter.",
  "tenir un poste au pressoir plutôt que d'écrire quoi que ce soit.",
  "le concret : le chantier de plantation, le ramassage, le nettoyage.",
  "qu'on me donne une tâche avec les mains, pas avec un clavier.",
 ],
 "en": [
  "I'd rather get my hands dirty at the Saturday pressing: picking, pressing, washing crates.",
  "physical help in the orchard, that's my thing.",
  "I can see myself welcoming newcomers at the pressing and showing them the stations.",
  "helping on the ground: planting, pruning, carrying.",
  "running a station at the press rather than writing anything.",
  "practical stuff: planting days, picking, cleaning up.",
  "give me a task with my hands, not a keyboard.",
  "hauling crates and feeding the mill, happily.",
 ],
}
P["intro"] = {
 "fr": [
  "je préfère amener des amis à la pressée du samedi et les parrainer pour qu'ils adhèrent.",
  "inviter des voisins au verger et les présenter à l'équipe.",
  "faire découvrir la coopérative à mon entourage en les emmenant avec moi.",
  "présenter des gens qui pourraient devenir coopérateurs.",
  "parrainer, oui, j'ai plein de collègues curieux.",
  "venir chaque fois avec quelqu'un de nouveau, ça je le ferais volontiers.",
 ],
 "en": [
  "I'd rather bring friends to the Saturday pressing and sponsor them to join.",
  "inviting neighbours to the orchard and introducing them to the team.",
  "getting my circle to discover the coop by taking them along with me.",
  "introducing people who could become members.",
  "referrals, yes, I know loads of curious colleagues.",
  "bringing a plus-one each time, that I'd happily do.",
 ],
}
P["review"] = {
 "fr": [
  "écrire un avis ou un petit témoignage sur la boutique, ça je peux le faire.",
  "laisser des avis en ligne, c'est rapide et je le fais déjà ailleurs.",
  "rédiger un témoignage pour le site de la boutique, à tête reposée.",
  "noter les cuvées dans l'appli et mettre un commentaire.",
  "un témoignage écrit, ça me convient très bien.",
 ],
 "en": [
  "writing a review or a short testimonial for the shop, I can do that.",
  "leaving online reviews: quick, and I already do it elsewhere.",
  "writing a testimonial for the shop's website, in my own time.",
  "rating the cuvées in the app and leaving a comment.",
  "a written testimonial suits me fine.",
 ],
}
P["social"] = {
 "fr": [
  "poster des photos du verger sur Instagram, j'adore ça.",
  "partager sur les réseaux, faire des stories de la pressée du samedi.",
  "filmer des petites vidéos pour les réseaux de la coop.",
  "relayer les publications de la boutique sur Facebook.",
 ],
 "en": [
  "posting photos of the orchard on Instagram, I love that.",
  "sharing on social media, doing stories from the Saturday pressing.",
  "shooting short videos for the coop's socials.",
  "reposting the shop's posts on Facebook.",
  "snapping pictures and sharing them online.",
 ],
}

# Practical (q4): notice ahead, through the app. Built combinatorially.
PRAC_FR_FRAMES = [
 "Par l'appli, {d}.", "Une notification dans l'appli {d}, c'est l'idéal.",
 "Pas la veille ! Dans l'appli, {d}.", "Qu'on reçoive la demande dans l'appli {d}.",
 "Un message dans l'appli, {d}, pour pouvoir s'organiser.", "Sur l'appli, et {d}.",
 "Toujours par l'appli, {d}, jamais au dernier moment.", "Dans l'appli Kervalan, {d}, c'est tout ce que je demande.",
]
PRAC_FR_DELAYS = ["une semaine avant", "au moins huit jours avant", "dix jours à l'avance",
                  "quinze jours avant", "une bonne semaine à l'avance",
                  "avec une semaine de préavis"]
PRAC_EN_FRAMES = [
 "Through the app, {d}.", "An app notification {d} would be ideal.",
 "Not the night before! In the app, {d}.", "Send the request in the app {d}.",
 "A message in the app, {d}, so we can plan.", "On the app, and {d}.",
 "Always via the app, {d}, never last-minute.", "In the Kervalan app, {d}, that's all I ask.",
]
PRAC_EN_DELAYS = ["a week ahead", "at least eight days before", "ten days in advance",
                  "two weeks ahead", "a good week beforehand",
                  "with a week's notice"]

def prac_pool(lang):
    fr, dl = (PRAC_FR_FRAMES, PRAC_FR_DELAYS) if lang == "fr" else (PRAC_EN_FRAMES, PRAC_EN_DELAYS)
    out = [f.format(d=d) for f in fr for d in dl]
    rng.shuffle(out)
    return out

# Oppositions (q5)
P["rank_pro"] = {"fr": [
  "un classement des Glaneurs dans l'appli, oui, ça motive de voir où on en est.",
  "pour moi un tableau des points dans l'appli, c'est ludique, j'aime bien.",
  "un peu de compétition ne fait pas de mal, affichez le classement.",
  "oui au classement, ça donne envie de revenir à la pressée du samedi.",
  "je suis pour : voir d'autres Glaneurs devant moi me pousserait.",
  "un podium à la fin de la saison, avec une bouteille de la boutique, ce serait sympa.",
  "pour le classement, tant que ça reste bon enfant.",
]}
P["rank_contra"] = {"fr": [
  "surtout pas de classement dans l'appli, ça casserait l'esprit de la coop.",
  "contre : on n'est pas au verger pour être premiers, on y est ensemble.",
  "un classement mettrait mal à l'aise ceux qui ont moins de temps pour la pressée.",
  "non, la compétition entre Glaneurs, ça finit en jalousie.",
  "je suis contre le classement, chacun donne ce qu'il peut, point.",
  "pas de palmarès dans l'appli, merci.",
]}
P["credit"] = {"en": [
  "shop credit, please: a discount on cider is a nice thank-you.",
  "I'd take the credit at the shop, it's concrete.",
  "points into vouchers for the shop, simple and fair.",
  "personally I'd like the points as a discount on my juice and cider.",
  "a reward you can actually spend at the shop, yes.",
  "give me the credit; I'll spend it at the shop anyway.",
  "credit. We give our Saturdays, a bottle back is fair.",
  "shop vouchers in the app would make me feel thanked.",
  "make the points spendable at the shop, otherwise they're meaningless.",
  "a discount at the shop, that's the reward I'd want.",
  "I vote for shop credit, frankly.",
]}
P["fund"] = {"en": [
  "put the points into the orchard fund; replanting trees matters more than a discount.",
  "no personal reward: let it go to the orchard.",
  "I'd rather the value paid for new trees in the orchard.",
  "donate it to the orchard fund, that's the spirit of a cooperative.",
  "I don't want anything back from the shop, plant a tree with it.",
  "the orchard fund, definitely, I'm not here for discounts.",
  "turn the points into trees, not vouchers.",
  "let the app show the points going into the replanting fund, that's enough for me.",
  "the orchard fund; vouchers would make it feel like a loyalty card.",
  "no discounts, please, fund the orchard.",
  "put it all into the fund for the old varieties.",
]}
P["open"] = {
 "fr": [
  "ouvrez la pressée du samedi à tout le monde, c'est comme ça qu'on fera venir du monde.",
  "pour l'ouverture au public : plus on est de fous au verger, plus on rit.",
  "il faut que les passants puissent entrer, sinon la pressée reste un entre-soi.",
  "je suis pour ouvrir, c'est la meilleure vitrine qu'on ait, bien mieux que la boutique.",
  "ouvrir la pressée au public, oui, une coop qui se ferme meurt.",
  "les gens du bourg devraient pouvoir venir presser avec nous le samedi.",
  "ouverte à tous, évidemment, c'est un verger partagé.",
  "pour : si on ne montre pas la pressée, qui va adhérer ?",
  "ouvrons, quitte à mettre deux Glaneurs à l'accueil.",
 ],
 "en": [
  "open the Saturday pressing to the public, it's the best shop window we have.",
  "let anyone in; newcomers are how a coop survives.",
  "open doors, always, it's a community orchard after all.",
  "I'm for opening it: people who see the press end up buying at the shop.",
  "open it up, we could put two Glaneurs on the gate to welcome people.",
  "the village should be able to come and press with us on Saturdays.",
  "open to all, obviously; a closed pressing feels like a private club.",
  "yes to the public, how else will anyone join?",
  "open, please. The orchard was planted for everyone.",
 ],
}
P["members"] = {
 "fr": [
  "gardons la pressée du samedi pour les membres, sinon c'est la foule et on ne se parle plus.",
  "réservée aux coopérateurs, c'est notre moment à nous au verger.",
  "si on ouvre la pressée, ça devient une animation commerciale pour la boutique.",
  "je suis contre l'ouverture : le pressoir n'est pas fait pour cinquante personnes.",
  "entre membres, la pressée reste un moment calme, j'y tiens.",
  "pour le public il y a les portes ouvertes de la boutique, ça suffit.",
  "non, laissons la pressée aux coopérateurs et à leurs invités.",
  "fermée au public, sinon on passera la matinée à surveiller des inconnus.",
  "la pressée doit rester entre nous.",
 ],
 "en": [
  "keep the Saturday pressing members-only, it's our time together.",
  "if it's open to all it'll be chaos at the press, and unsafe.",
  "members only, please; the public has the shop's open days.",
  "I'm against opening it, the orchard can't take crowds every week.",
  "among members the pressing stays calm, and I value that.",
  "keep it for the coop; open it and it becomes a marketing event.",
  "no, the pressing belongs to the members and their guests.",
  "closed to the public, or we'll spend the morning supervising strangers.",
  "it should stay ours.",
 ],
}

# Minorities (exactly 2 participants each)
P["m_privacy"] = {"fr": [
  "l'appli demande ma localisation dès que je suis au verger, et je n'aime pas qu'on trace ce que je fais.",
  "je me méfie de ce que l'appli fait de mes données : qui voit mes contributions, où ça part ?",
]}
P["m_schools"] = {
 "fr": ["animer des visites du verger pour les écoles, expliquer le pressoir aux gamins.",
        "accueillir des classes à la pressée du samedi, c'est là que je serais utile."],
 "en": ["hosting school visits in the orchard, explaining the press to kids.",
        "welcoming school groups at the pressing; that's where I'd be useful."],
}
P["m_job"] = {
 "fr": ["j'espère que ça m'ouvrira une porte pour un emploi saisonnier payé à la cidrerie.",
        "si je me fais connaître comme Glaneur, peut-être qu'on m'embauchera pour la saison du pressoir."],
 "en": ["I'm hoping it's a foot in the door for paid seasonal work at the cidery.",
        "honestly I'd like it to lead to a paid job at the press during the season."],
}
P["m_transport"] = {"en": [
  "I don't drive, and no bus goes anywhere near the orchard.",
  "getting there: without a car the orchard is out of reach on a Saturday.",
]}
P["m_family"] = {
 "fr": ["il me faut un endroit où emmener mes enfants, des activités au verger pour les familles.",
        "je viendrais si les petits avaient quelque chose à faire pendant la pressée du samedi."],
 "en": ["I need something my kids can do too, family activities in the orchard.",
        "I'd come if there were something for the little ones during the Saturday pressing."],
}
P["m_body"] = {
 "fr": ["j'ai le dos fragile, porter des caisses à la pressée du samedi, je ne peux pas.",
        "avec mon genou opéré, les échelles et les caisses du verger, c'est fini pour moi."],
 "en": ["my knees are bad, so crates and ladders in the orchard are beyond me.",
        "I've got a bad back; lifting crates at the Saturday pressing just isn't possible."],
}
P["m_sms"] = {
 "fr": ["pas par l'appli : un SMS ou un coup de fil, sinon je ne vois rien passer.",
        "moi l'appli je ne l'ouvre jamais, appelez-moi ou envoyez un texto."],
 "en": ["not through the app, please; a phone call or a text, otherwise I miss it.",
        "I never open the app, so ring me or send a text."],
}

NOISE = {
 "fr": ["Rien à ajouter.", "Je ne sais pas trop, je débute.", "Pareil que ma voisine.",
        "Bonne question, j'y réfléchirai en rentrant du verger.", "Pas d'avis pour l'instant.",
        "Je passe.", "Aucune idée, honnêtement.", "Je verrai après la prochaine pressée du samedi.",
        "Ça dépendra.", "Je n'ai pas compris la question.", "Comme les autres, je crois.",
        "Bof, je ne sais pas.", "Je laisse les autres répondre.", "Hmm… aucune idée.",
        "Pas d'opinion là-dessus.", "On verra bien."],
 "en": ["Nothing to add.", "Not sure, I'm new.", "Same as my neighbour.",
        "Good question, I'll think about it on the way back from the orchard.", "No opinion yet.",
        "Pass.", "No idea, honestly.", "I'll see after the next Saturday pressing.",
        "It depends.", "Didn't really get the question.", "Like the others, I suppose.",
        "Dunno.", "I'll leave that one to others.", "Hmm, no clue.",
        "No strong view on that.", "We'll see."],
}

DESC = {
 "learn": ("need", "Learn the craft: pruning, grafting, pressing, how cider is made, taught by experienced members."),
 "belong": ("need", "Meet people and belong to a group; stop coming alone; company and friendships."),
 "voice": ("need", "Have a say in the cooperative's choices: varieties replanted, blends, cuvées, votes."),
 "impact": ("need", "Know what their effort changed: feedback and simple figures (trees, members, who stayed)."),
 "time": ("brake", "Lack of time; Saturdays already taken by work, family or other duties."),
 "sell": ("brake", "Fear of becoming a salesperson / losing sincerity with friends and family; scripted messages."),
 "app": ("brake", "The app is confusing, buggy or too noisy; discomfort with everything going through it."),
 "overload": ("brake", "Fear of being over-solicited and burning out once known to say yes."),
 "hands": ("preference", "Hands-on help: pressing, picking, planting, running a station, welcoming newcomers on site."),
 "intro": ("preference", "Bring friends and neighbours along, sponsor / introduce future members."),
 "review": ("preference", "Written contributions: online reviews, ratings, written testimonials."),
 "social": ("preference", "Social-media shares: photos, stories, videos, reposts."),
 "notice": ("practical", "Be asked through the app with at least about a week's notice (a week to a fortnight ahead)."),
 "m_privacy": "Distrust of the app's location tracking / use of personal data.",
 "m_schools": "Would like to host school visits in the orchard / at the pressing.",
 "m_job": "Hopes the program leads to paid seasonal work at the cidery.",
 "m_transport": "No car; the orchard cannot be reached by public transport.",
 "m_family": "Needs activities for their children / families at the orchard.",
 "m_body": "Physical limits (back, knees) prevent carrying crates or climbing ladders.",
 "m_sms": "Wants to be asked by phone or SMS, not through the app.",
}

# ---------------------------------------------------------------------------
used_texts = set()
pool_state = {}

def take(key, lang):
    k = (key, lang)
    if k not in pool_state or not pool_state[k]:
        src = prac_pool(lang) if key == "notice" else list(P[key][lang])
        if key != "notice":
            rng.shuffle(src)
        pool_state[k] = src
    return pool_state[k].pop()

def cap(s):
    return s[0].upper() + s[1:]

TENURE = {1, 5, 12, 13}   # indices of contexts stating seniority: one per participant at most
FILLER = {20, 21}         # openers: always first

def compose(point, lang, pid_ctx):
    for _ in range(50):
        r = rng.random()
        has_tenure = any(CTX[lang].index(c) in TENURE for c in pid_ctx if c in CTX[lang])
        ctx = [c for i, c in enumerate(CTX[lang]) if c not in pid_ctx and not (has_tenure and i in TENURE)]
        if r < 0.3:
            parts = []
        elif r < 0.82:
            parts = rng.sample(ctx, 1)
        else:
            parts = rng.sample(ctx, 2)
            idx = [CTX[lang].index(c) for c in parts]
            if idx[0] in TENURE and idx[1] in TENURE:
                continue
            parts.sort(key=lambda c: CTX[lang].index(c) not in FILLER)
        text = " ".join(parts + [cap(point)])
        if text not in used_texts:
            used_texts.add(text)
            pid_ctx.update(parts)
            return text
    raise SystemExit("cannot make unique text for " + point)

noise_used = set()

def noise(lang):
    # noise may repeat across sessions (different people), never inside one session
    for _ in range(200):
        t = rng.choice(NOISE[lang])
        if t not in noise_used:
            noise_used.add(t)
            return t
    raise SystemExit("noise exhausted")

def build(session, lang, n, plan, objectives, support, unsupported, unserved, title, opp_label, note):
    noise_used.clear()
    pids = ["P%02d" % i for i in range(1, n + 1)]
    plang = {p: (lang if lang != "mixed" else ("fr" if i % 2 == 0 else "en")) for i, p in enumerate(pids)}
    if lang == "mixed":  # a few participants switch the other way, to avoid a strict alternation
        for p in ("P07", "P22", "P31"):
            plang[p] = "en" if plang[p] == "fr" else "fr"
    ctx_used = {p: set() for p in pids}
    answers, themes, minorities, noise_ids = [], {}, {}, []
    sides = {}
    for q, slots in plan.items():
        total = sum(c for _, c in slots)
        assert total == n, (session, q, total)
        order = pids[:]
        rng.shuffle(order)
        i = 0
        for key, count in slots:
            for p in order[i:i + count]:
                aid = "%s-%s-%s" % (session, p, q)
                L = plang[p]
                if key == "noise":
                    text = noise(L)
                    noise_ids.append(aid)
                else:
                    text = compose(take(key, L), L, ctx_used[p])
                    if key.startswith("m_"):
                        minorities.setdefault(key, []).append(aid)
                    elif key in ("rank_pro", "rank_contra", "credit", "fund", "open", "members"):
                        sides.setdefault(key, []).append(aid)
                    else:
                        themes.setdefault(key, []).append(aid)
                answers.append({"id": aid, "participant": p, "question": q, "answer": text})
            i += count
    answers.sort(key=lambda a: (a["participant"], a["question"]))
    side_keys = list(sides)
    truth = {
        "session": session, "lang": lang, "client": CLIENT, "title": title,
        "themes": [{"key": k, "kind": DESC[k][0], "description": DESC[k][1], "answer_ids": sorted(v)}
                   for k, v in themes.items()],
        "oppositions": [{"key": opp_label[0], "question": "q5", "description": opp_label[1],
                         "sides": [{"label": opp_label[2][sk], "answer_ids": sorted(sides[sk])} for sk in side_keys]}],
        "minorities": [{"key": k, "description": DESC[k], "answer_ids": sorted(v)} for k, v in minorities.items()],
        "objective_support": {o: support.get(o, []) for o in objectives},
        "unsupported_objectives": unsupported,
        "unserved_needs": unserved,
        "noise_answer_ids": sorted(noise_ids),
        "note": note,
    }
    with open(os.path.join(HERE, session + ".answers.jsonl"), "w", encoding="utf-8") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, session + ".objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(objectives) + "\n")
    with open(os.path.join(HERE, session + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return len(answers)

# ---------------------------------------------------------------------------
# Session 1: French, 12 participants
O1 = [
 "Faire venir de nouveaux coopérateurs à la pressée du samedi grâce au parrainage des Glaneurs",
 "Animer le verger avec des journées collectives où les Glaneurs se retrouvent et accueillent les membres",
 "Associer les Glaneurs au choix des variétés replantées au verger et des cuvées de la boutique",
 "Augmenter le nombre d'avis en ligne sur la boutique et dans l'appli",
 "Doubler les ventes de la boutique en ligne grâce aux partages des Glaneurs sur les réseaux sociaux",
]
build("CID1", "fr", 12, {
  "q1": [("learn", 4), ("belong", 4), ("voice", 3), ("noise", 1)],
  "q2": [("time", 4), ("sell", 4), ("m_privacy", 2), ("noise", 2)],
  "q3": [("hands", 4), ("intro", 3), ("review", 3), ("m_schools", 2)],
  "q4": [("notice", 10), ("noise", 2)],
  "q5": [("rank_pro", 6), ("rank_contra", 5), ("noise", 1)],
 }, O1,
 {O1[0]: ["intro"], O1[1]: ["belong", "hands"], O1[2]: ["voice"], O1[3]: ["review"]},
 [O1[4]], ["learn"],
 "Atelier JE des Glaneurs de Kervalan : coopérateurs du bourg (français)",
 ("ranking", "Faut-il afficher un classement des Glaneurs dans l'appli ?",
  {"rank_pro": "Pour un classement (motivant, ludique)", "rank_contra": "Contre (casse l'esprit coopératif, jalousies)"}),
 "Shared nouns (appli, verger, pressée du samedi, boutique, Glaneurs) appear across all themes; "
 "m_privacy also mentions the app like the app-related answers; no social-media theme although objective 5 expects shares.")

# Session 2: English, 24 participants
O2 = [
 "Grow new memberships through Glaneur introductions at the Saturday pressing",
 "Raise the coop's visibility by having Glaneurs share orchard photos and videos from the app",
 "Involve Glaneurs in choosing the varieties replanted in the orchard and the shop's new cuvées",
 "Show every Glaneur, in the app, the trees planted and members welcomed thanks to them",
 "Sell the shop's corporate gift boxes to local companies",
]
build("CID2", "en", 24, {
  "q1": [("learn", 6), ("belong", 5), ("voice", 4), ("impact", 5), ("m_job", 2), ("noise", 2)],
  "q2": [("time", 7), ("sell", 6), ("app", 6), ("m_transport", 2), ("noise", 3)],
  "q3": [("hands", 7), ("intro", 5), ("review", 4), ("social", 5), ("m_schools", 2), ("noise", 1)],
  "q4": [("notice", 20), ("noise", 4)],
  "q5": [("credit", 11), ("fund", 11), ("noise", 2)],
 }, O2,
 {O2[0]: ["intro"], O2[1]: ["social"], O2[2]: ["voice"], O2[3]: ["impact"]},
 [O2[4]], ["learn", "belong"],
 "Glaneurs JE workshop: English-speaking members and newcomers",
 ("rewards", "Should Glaneur points become shop credit or go to the orchard replanting fund?",
  {"credit": "Shop credit / discounts", "fund": "Orchard replanting fund, no personal reward"}),
 "Objective 4 mentions the app and the orchard like the app brake; it is supported by the impact need, not by the app brake. "
 "Objective 5 (corporate gift boxes from the shop) has no supporting theme. m_transport mentions the orchard and Saturday like the time brake.")

# Session 3: mixed, 38 participants
O3 = [
 "Recruter de nouveaux coopérateurs grâce aux parrainages des Glaneurs à la pressée du samedi",
 "Associer les Glaneurs au choix des variétés du verger et des cuvées de la boutique",
 "Afficher dans l'appli l'impact de chaque Glaneur (arbres plantés, nouvelles adhésions)",
 "Augmenter la visibilité de la boutique grâce aux partages et aux avis des Glaneurs",
 "Vendre la cuvée de Noël de la boutique aux comités d'entreprise de la région",
]
build("CID3", "mixed", 38, {
  "q1": [("learn", 9), ("belong", 8), ("voice", 7), ("impact", 6), ("m_job", 2), ("m_family", 2), ("noise", 4)],
  "q2": [("time", 10), ("sell", 9), ("app", 8), ("overload", 6), ("m_body", 2), ("noise", 3)],
  "q3": [("hands", 9), ("intro", 8), ("review", 6), ("social", 7), ("m_schools", 2), ("noise", 6)],
  "q4": [("notice", 32), ("m_sms", 2), ("noise", 4)],
  "q5": [("open", 17), ("members", 18), ("noise", 3)],
 }, O3,
 {O3[0]: ["intro"], O3[1]: ["voice"], O3[2]: ["impact"], O3[3]: ["social", "review"]},
 [O3[4]], ["learn", "belong"],
 "Atelier JE des Glaneurs / Glaneurs JE workshop: mixed French and English group",
 ("open_pressing", "Open the Saturday pressing to the public, or keep it for members? / Ouvrir la pressée du samedi au public ?",
  {"open": "Open to the public / ouverte à tous", "members": "Members only / réservée aux coopérateurs"}),
 "m_sms (q4) uses the same nouns as the practical theme (app, asking) but wants the opposite channel. "
 "m_body mentions crates and the Saturday pressing like the hands-on preference. "
 "Objective 5 (Christmas cuvée to works councils) has no supporting theme.")
print("written")
