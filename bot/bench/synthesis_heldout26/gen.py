#!/usr/bin/env python3
"""Deterministic generator for synthesis_heldout26 (Ludoreme, board-game publisher).
All text is hand-written below; no randomness."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Ludorème"

Q_FR = ["Qu'est-ce qui vous donne envie de devenir Éclaireur·se Ludorème ?",
        "Qu'est-ce que vous attendez du programme en retour ?",
        "Qu'est-ce qui pourrait vous freiner ou vous faire décrocher ?",
        "Concrètement, comment vous aimeriez contribuer ?",
        "Combien de temps vous pouvez y consacrer, et à quels moments ?"]
Q_EN = ["What makes you want to become a Ludorème Scout?",
        "What do you expect from the programme in return?",
        "What could hold you back or make you drop out?",
        "In practice, how would you like to contribute?",
        "How much time can you give, and when?"]
Q_MX = [f + " / " + e for f, e in zip(Q_FR, Q_EN)]

# ---------------------------------------------------------------- JFR (French, 12)
JFR = dict(
 code="JFR", lang="fr",
 title="Atelier JE n°1 — Lyon, arrière-salle de la boutique Le Dé Pipé (notes vocales transcrites)",
 questions=Q_FR,
 themes=[
  ("fr_faire_decouvrir", "need", "Faire découvrir le jeu à des proches ou des non-joueurs (souvent raconté par une anecdote)"),
  ("fr_protos", "need", "Jouer / tester les prototypes et nouveautés avant leur sortie"),
  ("fr_auteurs", "need", "Rencontrer et échanger avec les auteurs et illustrateurs"),
  ("fr_appartenance", "need", "Appartenir à un groupe, se faire des amis, retrouver des habitués"),
  ("fr_trop_sollicite", "brake", "Peur d'être trop sollicité, relancé, mis sous pression ou culpabilisé"),
  ("fr_tables_demo", "preference", "Animer des tables de démo / expliquer les règles en boutique ou en festival"),
  ("fr_soirs_weekend", "convergence", "Disponible surtout le soir ou le week-end, quelques fois par mois"),
 ],
 oppositions=[
  ("fr_contrepartie", "Contreparties matérielles attendues vs refus de toute contrepartie (rester un joueur, pas un vendeur)",
   "Veut des contreparties matérielles (jeux offerts, remises, goodies)",
   "Ne veut aucune contrepartie, refuse d'être commercial / de fausser la recommandation"),
 ],
 minorities=[
  ("fr_ehpad", "Animer des parties avec des personnes âgées en EHPAD / maison de retraite"),
  ("fr_daltonisme", "Relire les prototypes pour l'accessibilité aux daltoniens (couleurs des pions et tuiles)"),
 ],
 objectives=[
  ("Multiplier les soirées découverte dans les boutiques partenaires", ["fr_tables_demo", "fr_faire_decouvrir"]),
  ("Faire tester nos prototypes par des joueurs avant l'édition", ["fr_protos"]),
  ("Obtenir davantage d'avis en ligne sur les sites spécialisés et les réseaux sociaux", []),
  ("Rapprocher la communauté de nos auteurs et illustrateurs", ["fr_auteurs"]),
  ("Toucher des joueurs occasionnels hors du cercle des habitués", ["fr_faire_decouvrir"]),
 ],
 people=[
  ("P01", [
   ("fr_faire_decouvrir", "Bah en fait la dernière fois j'ai amené ma cousine à la soirée jeux de la boutique, elle qui jouait qu'au Uno et au Monopoly, et du coup elle a enchaîné trois parties de suite, et le lendemain elle m'envoie un texto pour savoir où acheter la boîte. Voilà. C'est ça qui me donne envie, quoi, voir ce déclic."),
   ("A:fr_contrepartie", "Franchement un ou deux jeux offerts dans l'année ça serait cool, ou une remise sur la boutique en ligne, parce que bon les boîtes à 50 balles ça pique."),
   ("fr_trop_sollicite", "Si on me relance tous les trois jours, genre des mails, des notifs, des « t'es dispo ? » — non. Moi je décroche direct."),
   ("fr_tables_demo", "Tenir une table, expliquer les règles, faire jouer les gens en boutique, c'est là que je suis bonne."),
   ("fr_soirs_weekend", "Le samedi après-midi surtout, et un soir de temps en temps, mais pas plus d'une fois par mois le soir sinon mon mari va me tuer haha"),
  ]),
  ("P02", [
   ("fr_protos", "tester les jeux avant qu'ils sortent"),
   ("N", "pareil que q1 en fait"),
   ("N", "rien de spécial"),
   ("fr_protos", "faire des retours sur les protos, remplir des fiches"),
   None,
  ]),
  ("P03", [
   ("m:fr_ehpad", "Alors moi je suis aide-soignante en EHPAD à Villeurbanne et du coup j'amène déjà des jeux le jeudi aprèm avec les résidents, et j'aimerais bien que ça devienne un truc un peu plus officiel, avec des jeux adaptés, des grosses cartes, des règles simples."),
   ("fr_auteurs", "Rencontrer les gens qui les inventent ! Genre savoir comment ils ont eu l'idée, discuter avec l'illustratrice de Brume..."),
   ("B:fr_contrepartie", "Ce qui me freinerait c'est qu'on me demande de vendre. Je suis pas commerciale, je veux rester une joueuse qui partage, pas un panneau pub."),
   ("fr_faire_decouvrir", "Le mois dernier j'ai sorti Tisserands à l'anniv de mon neveu, y avait des ados qui juraient que par leur console, et bah au final ils ont voulu refaire une partie. Ce genre de moment, je veux en créer plus."),
   ("fr_soirs_weekend", "Le week-end, un dimanche sur deux à peu près. En semaine c'est mort avec mes horaires."),
  ]),
  ("P04", [
   ("fr_appartenance", "Honnêtement ? la team. Genre avoir une bande de potes avec qui jouer, parce que depuis que j'ai déménagé à Lyon je connais personne, et là ça ferait un vrai crew."),
   ("fr_protos", "Avoir les jeux en preview, le proto pas fini avec les cartes imprimées à la maison, j'adore ce côté work in progress"),
   ("fr_trop_sollicite", "la pression. si ça devient un job avec des objectifs, des quotas de parties à faire, je suis out"),
   ("fr_tables_demo", "Faire des démos en festival, j'ai fait un festival à Grenoble l'an dernier en bénévole sur un stand et c'était ouf"),
   ("N", "ça dépend des semaines tbh"),
  ]),
  ("P05", [
   ("fr_faire_decouvrir", "Je joue avec mes petits-enfants et leurs copains, j'ai vu des gamins lâcher leur téléphone pour une partie de Brume, alors si je peux faire ça à plus grande échelle..."),
   ("B:fr_contrepartie", "Je ne demande rien en échange. Le plaisir suffit, je n'ai pas besoin qu'on me paye en boîtes de jeux."),
   None,
   ("m:fr_ehpad", "J'aimerais aller jouer avec les personnes âgées à la maison de retraite de mon quartier, ma mère y était, ils s'ennuient terriblement l'après-midi."),
   ("N", "Je suis à la retraite donc bon."),
  ]),
  ("P06", [
   ("fr_auteurs", "Parler avec les auteurs. J'aimerais comprendre comment on construit une mécanique, peut-être un jour créer mon propre jeu, donc échanger avec ceux qui le font pour de vrai c'est top."),
   ("m:fr_daltonisme", "Bah moi je suis daltonien et la moitié des jeux je galère avec les couleurs des pions, rouge vert c'est l'enfer. Du coup si je peux donner mon avis sur les protos pour que ce soit lisible pour nous, ça serait déjà énorme."),
   ("fr_trop_sollicite", "Trop de messages. J'ai déjà quitté le programme d'une autre marque parce qu'ils m'envoyaient un truc par jour."),
   ("fr_protos", "Tester, tester, tester. Remplir des questionnaires après les parties de protos, ça me va parfaitement."),
   ("fr_soirs_weekend", "Le soir après 20h30 quand les enfants dorment."),
  ]),
  ("P07", [
   ("N", "idem que P01"),
   ("A:fr_contrepartie", "des goodies, des sleeves, des extensions gratuites, ce genre de trucs"),
   ("N", "bof, je vois pas"),
   ("fr_tables_demo", "animer des parties au Dé Pipé le vendredi"),
   ("fr_soirs_weekend", "comme P01, samedi aprèm surtout, des fois le vendredi soir"),
  ]),
  ("P08", [
   ("fr_appartenance", "Du coup moi c'est un peu l'inverse des autres, enfin pas l'inverse mais, c'est surtout pour voir du monde, parce que je bosse en télétravail à 100 % et je parle à personne de la semaine, et là l'idée d'avoir un groupe, des gens qu'on retrouve, qui se connaissent, c'est ça qui me fait venir."),
   ("fr_auteurs", "Pouvoir discuter avec les créateurs, dans un petit cadre, pas en festival où y a 300 personnes devant le stand."),
   ("B:fr_contrepartie", "L'argent. Je veux dire si ça devient du placement de produit déguisé, non merci, mes potes vont me regarder bizarre si je leur refourgue des jeux."),
   ("fr_faire_decouvrir", "Ramener des gens. Mes collègues à la pause déj, on a commencé avec des petits jeux de cartes et maintenant y en a deux qui viennent aux soirées."),
   None,
  ]),
  ("P09", [
   ("fr_protos", "Le côté exclu, avoir les nouveautés en avant-première, jouer à un truc que personne n'a encore vu."),
   ("A:fr_contrepartie", "Des réductions, clairement. Genre 20 % sur le shop, ou la boîte offerte quand tu fais X soirées. C'est du temps qu'on donne quand même."),
   ("N", "le timing peut-être"),
   ("fr_tables_demo", "Faire jouer les gens en festival, ou en médiathèque, tenir le stand quoi"),
   ("fr_soirs_weekend", "les weekends, 1 ou 2 par mois max"),
  ]),
  ("P10", [
   ("fr_appartenance", "Retrouver une petite communauté, des habitués, que ce soit pas juste des inconnus à chaque fois."),
   ("m:fr_daltonisme", "Que vous pensiez aux daltoniens !! Mon compagnon l'est et on a dû revendre Les Lanternes de Quai parce que les tuiles orange et marron sont impossibles à distinguer pour lui. Je peux faire relire les protos avec lui."),
   ("fr_trop_sollicite", "Qu'on me fasse culpabiliser quand je peux pas venir."),
   None,
   ("N", "pareil"),
  ]),
  ("P11", [
   ("fr_faire_decouvrir", "Convertir mes amis haha. J'ai un pote qui disait que les jeux de société c'était pour les enfants, je l'ai traîné à une soirée, maintenant c'est lui qui organise chez lui."),
   ("B:fr_contrepartie", "Rien de matériel. Enfin je préfère franchement qu'il y ait pas de cadeaux, sinon ça fausse tout, on sait plus si les gens recommandent parce qu'ils aiment ou parce qu'ils sont payés."),
   ("N", "rien"),
   ("fr_tables_demo", "expliquer les règles, j'adore ça, je suis le gars qui lit le livret pendant que les autres mangent des chips"),
   ("fr_soirs_weekend", "soirées en semaine plutôt, le mardi ou mercredi"),
  ]),
  ("P12", [
   ("N", "Je sais pas trop encore, je suis venue avec P08"),
   ("fr_auteurs", "Les rencontres avec les auteurs ! Et voir les coulisses, l'illustration, les premiers crayonnés"),
   ("fr_trop_sollicite", "Le côté obligatoire. Si j'ai l'impression de devoir rendre des comptes, genre un nombre de parties minimum, j'arrête."),
   ("fr_appartenance", "jouer avec les autres éclaireurs entre nous, faire des soirées rien que pour nous"),
   None,
  ]),
 ],
 note="Voice notes transcribed after the round. Anecdotes carry the 'faire découvrir' theme; the two contrepartie sides share almost no vocabulary. P07 q5 ('comme P01, samedi aprèm…') restates content and is labelled with the time theme; bare 'pareil', 'idem que P01' are noise.",
)

# ---------------------------------------------------------------- JEN (English, 24)
JEN = dict(
 code="JEN", lang="en",
 title="JE workshop #2 — UK Scouts, video call, answers said aloud then typed up by the facilitator",
 questions=Q_EN,
 themes=[
  ("en_bring_people", "need", "Bringing friends, family or non-gamers into the hobby (told as a story)"),
  ("en_early_access", "need", "Playing prototypes / unreleased games first and giving playtest feedback"),
  ("en_recognition", "need", "Being credited and acknowledged: name in the rulebook, shout-out, feature on the brand's page"),
  ("en_skills", "need", "Learning skills for oneself: teaching, public speaking, facilitation, events (CV, career change)"),
  ("en_burnout", "brake", "Fear of being asked too often and burning out"),
  ("en_not_expert", "brake", "Feeling not knowledgeable enough, impostor syndrome, afraid of not knowing the rules"),
  ("en_demo_tables", "preference", "Running demo tables / teaching games in stores and at conventions"),
  ("en_time_short", "convergence", "Only small amounts of time: an hour or two a month, short slots"),
 ],
 oppositions=[
  ("en_channel", "Contributing online (streams, videos, posts) vs only face to face",
   "Online: streams, YouTube, Discord, BGG/Reddit posts",
   "In person only, around a physical table, away from screens"),
  ("en_competition", "Points, tiers and leaderboards motivate vs rankings are unwelcome",
   "Wants points, tiers, achievements, a leaderboard",
   "Rejects rankings and competition between ambassadors"),
 ],
 minorities=[
  ("en_teachers", "Teachers who want to bring the games into classrooms / a school games club"),
  ("en_translation", "Translating rules into Polish / Portuguese for diaspora gaming groups"),
  ("en_solo", "Solo players who want to test the solo modes / automa rules"),
 ],
 objectives=[
  ("Increase the number of demo sessions run in partner game stores and at conventions", ["en_demo_tables"]),
  ("Collect structured playtest feedback on prototypes before print", ["en_early_access"]),
  ("Bring new, casual players into the hobby", ["en_bring_people"]),
  ("Generate qualified B2B leads for our corporate team-building game kits", []),
  ("Give ambassadors visibility and credit on Ludorème's channels", ["en_recognition"]),
 ],
 people=[
  ("P01", [
   ("en_bring_people", "ok so, like, last Christmas I brought this game, the little one with the lanterns, to my in-laws, and my father-in-law who literally never plays anything, he was the one asking for another round at midnight. That's it, that's why. Seeing that click happen."),
   ("en_recognition", "I guess some kind of shout-out? Like if I've done a bunch of demos it'd be nice for Ludorème to actually say so, on their Insta or whatever, my name somewhere."),
   ("en_burnout", "Getting pinged all the time. I've been in one of those brand programs before and it was an email every other day, you know, 'can you post this', 'can you come to that'. I just muted them in the end."),
   ("en_demo_tables", "Running tables at the store. Teaching, setting up, that's my happy place honestly."),
   ("en_time_short", "Not loads. Maybe two hours a month? Three if it's a good month."),
  ]),
  ("P02", [
   ("en_early_access", "Playing stuff before it's out. Prototypes, half finished, sharpie on the cards, I love that."),
   ("A:en_competition", "Points, levels, a leaderboard, I'm competitive, I'll be honest, I want to see where I rank vs the others and climb."),
   ("en_not_expert", "Not knowing the games well enough? Like what if someone asks me a rules question at a demo and I just freeze"),
   ("A:en_channel", "Honestly I'd rather do it online: I stream on Twitch twice a week, I could do playthroughs of the new releases, maybe clips for TikTok."),
   ("en_time_short", "an hour here and there, lunch breaks mostly"),
  ]),
  ("P03", [
   ("en_bring_people", "My niece. She's 15, she thought board games were boring 'boomer stuff', her words, and I got her playing Brume one rainy Sunday and now she's running games at her school club. So yeah, I want more of that, you know, more people getting it."),
   ("en_skills", "I'd like to get better at explaining. I'm a bit shy and honestly standing in front of strangers and teaching a game would be, like, good practice for me, for work too."),
   ("en_burnout", "if it starts feeling like homework. like weekly tasks, reminders, reminders about the reminders"),
   ("B:en_channel", "Face to face only please. Around a table, dice, snacks, people laughing. I spend all day on screens at work."),
   None,
  ]),
  ("P04", [
   ("N", "same as P02 I think"),
   ("en_early_access", "First look at new titles, being in the loop before the announcements"),
   ("en_not_expert", "I'm not really a 'gamer gamer', I only know like 10 games, I'd feel like a fraud next to people with 300 games on their shelves"),
   ("en_demo_tables", "same as P01 — running tables at the store, teaching. I did a day on a convention stand last year and loved it"),
   ("en_time_short", "A Saturday every couple of months, not more"),
  ]),
  ("P05", [
   ("m:en_teachers", "I teach year 5 and I already use co-op games on Friday afternoons for maths, counting, turn taking, that kind of thing. I'd love to be the person who brings Ludorème games into classrooms properly, with lesson sheets."),
   ("en_recognition", "Recognition. Not money, just being acknowledged, a badge, a thank-you in the rulebook credits would make my year honestly"),
   ("en_burnout", "Too many requests. Teachers are already stretched, if you ask me every week I'll say no and then feel bad and then quit."),
   ("en_demo_tables", "Running game afternoons at the local shop, teaching newbies"),
   ("N", "depends on term time"),
  ]),
  ("P06", [
   ("en_bring_people", "We started a games night at work, in the canteen, and there's this guy from accounting who came along just for the pizza, like, and three months later he's bought four games and drags his wife along. I'd love to do that on purpose basically."),
   ("en_early_access", "early prototypes to test. and a say in what changes"),
   ("B:en_competition", "Rankings. Please no leaderboard. The hobby's meant to be friendly, the moment there's a table of who did the most I know people will start counting and it gets toxic."),
   ("B:en_channel", "in person, in real life, at a table. not on a screen."),
   ("en_time_short", "Maybe one evening a month, that's realistic"),
  ]),
  ("P07", [
   ("en_skills", "Public speaking. I want to get more confident talking to groups and this seems like a low-stakes way to practise"),
   ("N", "not sure yet tbh"),
   ("en_not_expert", "What if I'm bad at it? I don't know the rules of half the catalogue."),
   ("A:en_channel", "Writing reviews, making videos for YouTube, unboxings maybe. I have a small channel, 800 subs lol"),
   ("en_time_short", "couple hours a month max"),
  ]),
  ("P08", [
   ("N", "dunno, my friend signed me up"),
   ("N", "same as before"),
   None,
   ("en_demo_tables", "I'd happily help at the stand at the next con, set up tables, teach"),
   ("en_time_short", "an afternoon here and there, not more than that"),
  ]),
  ("P09", [
   ("en_bring_people", "Because you know when you see someone's face when they finally get a game? My mum, she's 68, she said 'I'm too old for this', and now she beats us every time at Tisserands. I want to, like, spread that."),
   ("A:en_competition", "I like the idea of tiers, bronze silver gold whatever, having something to unlock, a goal to chase"),
   ("en_burnout", "burnout, I've seen it happen to my friend who was an ambassador for a coffee brand, she did everything they asked and then just vanished"),
   ("A:en_channel", "Discord, online game nights on Tabletop Simulator, Board Game Arena, posting on BGG"),
   None,
  ]),
  ("P10", [
   ("en_early_access", "Getting to test games before they hit the shelves, that's the big one"),
   ("en_recognition", "Being credited. If I playtest a game I want to see my name in the box, in the thanks section. that's all"),
   ("en_not_expert", "Feeling out of my depth. Some people in these programmes know everything about every game and designer"),
   ("en_demo_tables", "Teaching at the store on a Saturday"),
   ("en_time_short", "A few hours a month, ideally spread out"),
  ]),
  ("P11", [
   ("m:en_translation", "I'm Polish and I run a small gaming group for the Polish community in Leeds, most of them don't read English rules well. I'd love to translate rulebooks, or at least quick-start sheets, into Polish for them."),
   ("en_skills", "Learn stuff? how a game gets made, how to teach, maybe it helps for my CV, I'm trying to move into events"),
   ("en_burnout", "being asked too much"),
   ("B:en_channel", "in person. game nights, real tables, real people"),
   ("N", "no idea sorry"),
  ]),
  ("P12", [
   ("en_bring_people", "okay so this is a bit of a long story but, my flatmate, she used to roll her eyes every time we got the box out, like every time, and then one night she was bored and joined, and now she's the one texting the group chat 'games tonight??'. So, yeah, converting people, that's the fun bit."),
   ("en_early_access", "prototypes! sneak peeks!"),
   ("B:en_competition", "If it turns into a competition between ambassadors. I'm here for the fun, not to beat anyone's score."),
   ("N", "whatever's needed really"),
   ("en_time_short", "Weekends mostly, but like not every weekend, once a month"),
  ]),
  ("P13", [
   ("N", "ha good question"),
   ("en_recognition", "Some visibility. Being featured on your page as one of the Scouts, with a little bio"),
   ("en_not_expert", "Imposter syndrome tbh, I've only been in the hobby a year"),
   ("en_demo_tables", "Demo tables, at fairs or shops"),
   None,
  ]),
  ("P14", [
   ("en_bring_people", "I'm the one in my family who always brings a game to dinner and now even my grandad asks 'what did you bring this time'. Getting more people to the table is my thing."),
   ("en_skills", "I want to learn to facilitate, properly. Like how to read a table, handle the guy who takes 10 minutes per turn, that kind of skill"),
   ("en_burnout", "Overload, basically. Asking the same few people over and over."),
   ("A:en_channel", "Online. I could post photos, threads, do an Instagram story when I play. Live streams even."),
   ("en_time_short", "It would be short slots. I have two little kids, so like an hour after bedtime"),
  ]),
  ("P15", [
   ("en_early_access", "exclusive early access, beta copies"),
   ("A:en_competition", "Make it a bit of a game! Achievements for demos run, XP, levels. We're gamers, we love that stuff."),
   ("N", "hmm nothing really"),
   ("m:en_solo", "I mostly play solo, honestly, like 80% of my plays. I'd want to test the solo modes specifically, they're often an afterthought and the automa rules are broken."),
   ("en_time_short", "A little bit each week, like 30 min"),
  ]),
  ("P16", [
   ("m:en_teachers", "I'm a secondary school teacher, I run a games club at lunchtime with about 20 kids. If I could get games for the club and feed back what works with teenagers, that'd be amazing."),
   ("en_early_access", "access to unreleased stuff so the club can try things first, the kids would go mad"),
   ("B:en_competition", "I don't like the rankings idea. Kids already compare everything, I don't want my name on a ladder either."),
   ("en_demo_tables", "Running demo sessions, I'm used to teaching rules to 20 people at once lol"),
   ("N", "same as P10"),
  ]),
  ("P17", [
   ("en_bring_people", "I took my book club to a games café last month as a change, and like eight women who'd never played anything more than Scrabble ended up arguing over a trading game till closing time. It's that, I want to make that happen more."),
   ("en_recognition", "To be recognised for what we do, a mention, a certificate, anything"),
   ("en_not_expert", "Not being good at explaining rules. I ramble. (as you can probably tell)"),
   ("B:en_channel", "Real-life meetups, not streaming, not posting"),
   None,
  ]),
  ("P18", [
   ("en_skills", "I'd like to develop skills, like event organising, managing a group, I'm thinking of switching careers"),
   ("N", "idk, surprise me"),
   ("en_burnout", "If I'm asked constantly. I'd rather do 3 things well than 15 things badly."),
   ("en_demo_tables", "I'd run tables at the Birmingham con, teach games all day"),
   ("en_time_short", "One or two evenings a month"),
  ]),
  ("P19", [
   ("m:en_translation", "I speak Portuguese at home and there's a big Brazilian community here with zero localised rules. I could do translations of the rules for them, or record a short explainer in Portuguese."),
   ("en_recognition", "Credit. My name in the rulebook if I helped, even in tiny letters"),
   ("B:en_competition", "Competition between ambassadors, points tables, that sort of thing turns me right off."),
   ("A:en_channel", "Making content online, tutorials on YouTube, rules explained in 5 min videos"),
   ("N", "ask me later lol"),
  ]),
  ("P20", [
   ("en_bring_people", "Honestly, like, my partner's whole family now plays on Sundays because of me. It started with one game at Easter. I want to keep doing that, just with more people."),
   ("en_early_access", "Testing new things early, giving feedback that actually gets used"),
   ("en_not_expert", "I'm worried I'd not know enough, you know, about the designers and the backstory of the games"),
   ("m:en_solo", "I'd test solo variants, I'm a solo player mostly, commute plus evenings alone, and the solo rules in your games are kind of hit and miss"),
   ("en_time_short", "Limited. Few hours a month"),
  ]),
  ("P21", [
   ("N", "👍"),
   ("en_skills", "Experience. Something I can put on my CV, learn how to run events"),
   ("en_burnout", "Too many asks, too much pressure"),
   ("B:en_channel", "Being there in person, with people"),
   None,
  ]),
  ("P22", [
   ("en_recognition", "Honestly the recognition bit. I've been promoting your games for years for free and nobody knows, it'd be nice to be, like, officially acknowledged."),
   ("A:en_competition", "A leaderboard would motivate me, seriously, I need a bit of competition to keep going"),
   ("N", "nothing comes to mind"),
   ("en_demo_tables", "Store demos, conventions, whatever needs a teacher at the table"),
   ("en_time_short", "Small amounts, like an hour or two per month"),
  ]),
  ("P23", [
   ("en_bring_people", "I work in a pub and we started a games night on Tuesdays, the regulars were like 'what is this nerd stuff' and now it's the busiest night of the week. I want to keep bringing people into it."),
   ("en_skills", "get better at teaching, learn the design side a bit"),
   ("B:en_competition", "Scores and ranks. Makes it feel like a sales team. No thanks."),
   ("N", "dunno yet"),
   None,
  ]),
  ("P24", [
   ("en_early_access", "I want to see games before the rest of the world does. It's that simple."),
   ("N", "haven't thought about it tbh"),
   ("en_not_expert", "I don't feel qualified, I'm not an expert, just someone who likes games"),
   ("A:en_channel", "Reviews on BGG, posts on Reddit, that kind of online thing"),
   None,
  ]),
 ],
 note="Answers said aloud on a call and typed up. Two oppositions with disjoint vocabularies (stream/YouTube/Discord vs table/real life; leaderboard/tiers/XP vs rankings 'toxic'). P04 q4 'same as P01 — running tables…' restates and is labelled demo_tables; bare 'same as before', 'same as P10', '👍' are noise. The unsupported objective (B2B team-building kits) is mentioned by nobody; en_skills is the need no objective serves.",
)

# ---------------------------------------------------------------- JMX (mixed FR+EN, 38)
JMX = dict(
 code="JMX", lang="fr+en",
 title="Atelier JE n°3 — Rencontre Éclaireurs France-Belgique-UK, festival de Lille (tour de table enregistré, FR/EN)",
 questions=Q_MX,
 themes=[
  ("mx_bring_people", "need", "Faire découvrir le jeu à des proches / non-joueurs — bringing non-gamers in (anecdotes)"),
  ("mx_early_access", "need", "Tester les prototypes et nouveautés en avant-première / playtesting early"),
  ("mx_meet_designers", "need", "Rencontrer les auteurs, illustrateurs, game designers"),
  ("mx_belonging", "need", "Appartenir à un groupe, se faire des amis / belonging, a crew"),
  ("mx_family", "need", "Impliquer ses enfants / sa famille dans les activités d'ambassadeur (events family-friendly)"),
  ("mx_overload", "brake", "Trop de sollicitations, relances, surcharge / being over-asked"),
  ("mx_distance", "brake", "Distance, trajets, vivre loin des villes où se passent les events"),
  ("mx_demo_tables", "preference", "Animer des tables de démo / teaching games in shops and at festivals"),
  ("mx_evenings_weekends", "convergence", "Disponible les soirs et week-ends / evenings and weekends"),
 ],
 oppositions=[
  ("mx_structure", "Un calendrier de missions fixé à l'avance vs participer librement, au feeling",
   "Wants a fixed schedule / planned missions with dates agreed upfront",
   "Veut rester libre : sans engagement, quand l'envie vient, spontaneous"),
  ("mx_reward", "Contreparties concrètes (jeux gratuits, remises, swag) vs aucune contrepartie pour rester authentique",
   "Tangible rewards: free copies, discounts, goodies, swag",
   "No reward at all: stay honest, a recommendation not an advert"),
 ],
 minorities=[
  ("mx_lsf", "Vidéos de règles en langue des signes (LSF) pour des joueurs sourds"),
  ("mx_eco", "Aider à supprimer le plastique des boîtes (inserts, sachets) — emballages carton"),
  ("mx_hospital", "Jeux courts jouables au lit pour des enfants hospitalisés (service pédiatrique)"),
 ],
 objectives=[
  ("Multiplier les démos en boutiques et festivals, en France et en Belgique", ["mx_demo_tables"]),
  ("Faire tester les prototypes par la communauté avant impression", ["mx_early_access"]),
  ("Recruter de nouveaux joueurs occasionnels grâce au bouche-à-oreille", ["mx_bring_people"]),
  ("Organiser des rencontres régulières entre ambassadeurs et auteurs", ["mx_meet_designers", "mx_belonging"]),
  ("Développer les ventes de la gamme export au Royaume-Uni", []),
 ],
 people=[
  ("P01", [
   ("mx_bring_people", "La dernière fois j'ai amené mon voisin, un gars qui regarde que le foot, et bah il est resté jusqu'à minuit, il voulait sa revanche. Du coup voilà, ce genre de soirée, c'est ça qui me motive."),
   ("A:mx_reward", "Des jeux gratos, franchement. Genre un jeu offert tous les trois events, ou des codes promo pour la famille."),
   ("mx_overload", "Le spam. Si je reçois trois mails par semaine avec « on a besoin de toi », je vais saturer direct."),
   ("mx_demo_tables", "Animer des tables, en boutique ou en festoche, expliquer les règles"),
   ("mx_evenings_weekends", "Les soirs en semaine, après 19h, et parfois le samedi"),
  ]),
  ("P02", [
   ("mx_early_access", "Jouer aux protos avant la sortie, ça c'est le kiff. Tester un truc pas fini, donner du feedback, voir si ça change dans la version finale."),
   ("mx_meet_designers", "Rencontrer les auteurs, parler game design avec eux autour d'un café, ça ce serait dingue."),
   ("mx_distance", "La distance. J'habite à 45 minutes de Valence en voiture, dans la Drôme, et tout se passe toujours en ville, donc bon, l'essence, le temps de route..."),
   ("A:mx_structure", "Moi j'aime bien savoir à l'avance. Un planning clair, genre trois missions par trimestre avec les dates, comme ça je m'organise."),
   ("mx_evenings_weekends", "Le week-end surtout, le dimanche aprèm c'est parfait"),
  ]),
  ("P03", [
   ("mx_bring_people", "So this guy at my work, at the bakery, he's like 'non merci, board games are for kids', and I just put Tisserands on the break table one evening, didn't even ask him, started setting up, and an hour later he's the one going 'encore une !'. That's the feeling, you know."),
   ("mx_belonging", "To be part of a bande, a crew, people I see regularly, because I moved here for work and honestly I'm a bit lonely."),
   ("mx_overload", "Too many requests, I've been in these programmes, they burn you out."),
   ("mx_demo_tables", "Teaching at the table in shops, demo days"),
   ("mx_evenings_weekends", "evenings, weekends, the usual"),
  ]),
  ("P04", [
   ("mx_family", "Pouvoir embarquer mes enfants. J'ai deux gamins de 8 et 11 ans qui adorent jouer, et si je fais des events j'aimerais pouvoir venir avec eux, pas les faire garder à chaque fois."),
   ("B:mx_reward", "Rien en échange, sérieux. Je veux pas de cadeaux, sinon quand je conseille un jeu à mes potes ça sonne faux."),
   ("B:mx_structure", "Les plannings imposés. Moi je viens quand j'ai envie, au feeling, si on me met des deadlines je lâche."),
   ("mx_demo_tables", "Expliquer les règles aux nouveaux, faire des démos"),
   ("mx_evenings_weekends", "Les samedis"),
  ]),
  ("P05", [
   ("N", "euh… pareil que tout le monde je pense"),
   ("mx_early_access", "L'accès aux nouveautés en avant-première, les préséries"),
   ("mx_overload", "Être sollicitée trop souvent. J'ai un taf prenant, je peux pas répondre à tout."),
   None,
   ("mx_evenings_weekends", "le soir, après 20h, en visio ou en vrai"),
  ]),
  ("P06", [
   ("mx_meet_designers", "Meeting the designers, hearing how they came up with the mechanics. I met the guy who made Brume at a salon once for like 2 minutes and it was the highlight of my year."),
   ("A:mx_reward", "Free copies of new games, honestly. And maybe a discount for the family."),
   ("mx_distance", "I live in the countryside near Namur, nothing ever happens near me, every event is a 1.5 hour drive."),
   ("A:mx_structure", "Give me a schedule. Fixed dates, clear tasks, I'm an engineer, I like a plan."),
   ("mx_evenings_weekends", "Weekends, some evenings"),
  ]),
  ("P07", [
   ("mx_belonging", "Appartenir à un groupe, avoir des potes de jeu. Depuis le Covid j'ai un peu perdu mon cercle, et là je me dis que ça recrée du lien."),
   ("mx_family", "Qu'il y ait des trucs pour les familles. Genre des events où je peux venir avec ma fille de 6 ans, elle adore les jeux de Ludorème."),
   ("mx_overload", "Trop de notifs, trop de relances."),
   ("mx_demo_tables", "Tenir un stand en festival"),
   ("N", "bonne question"),
  ]),
  ("P08", [
   ("mx_bring_people", "Mon collègue disait toujours que les jeux de société c'était un truc de geek. Un midi j'ai sorti un petit jeu de cartes à la cantine, et du coup maintenant on est six tous les jeudis. Ça me rend trop fier, j'ai envie de continuer."),
   ("mx_meet_designers", "Échanger avec ceux qui créent les jeux, les illustrateurs aussi."),
   ("B:mx_structure", "Devoir m'engager sur des dates. J'aime pas trop les obligations, je fonctionne à l'instinct."),
   ("mx_early_access", "Tester les protos, faire des retours écrits"),
   ("mx_evenings_weekends", "Soirées et week-ends"),
  ]),
  ("P09", [
   ("m:mx_lsf", "I'm deaf, and my partner too, and there's a big deaf gaming group in Lille. Rules videos in LSF, la langue des signes, would change everything for us. I could help make them."),
   ("B:mx_reward", "Nothing, I don't want payment. Keep it honest."),
   ("mx_distance", "Events are always far from me, I don't drive."),
   None,
   ("mx_evenings_weekends", "evenings mostly"),
  ]),
  ("P10", [
   ("mx_early_access", "Les avant-premières. Jouer à un jeu six mois avant sa sortie, c'est ouf."),
   ("mx_belonging", "Des gens avec qui partager la passion, une vraie communauté, pas juste un groupe WhatsApp mort."),
   ("mx_overload", "Qu'on me sollicite H24."),
   ("mx_demo_tables", "Animer des soirées jeux en boutique, le vendredi."),
   ("N", "idem"),
  ]),
  ("P11", [
   ("mx_bring_people", "Ma mère, 72 ans, qui disait « c'est pas pour moi ces trucs ». Je l'ai fait jouer à Tisserands à Noël et maintenant elle m'appelle pour savoir quand on refait une partie. Voilà, faire découvrir aux gens qui pensent que c'est pas pour eux."),
   ("mx_family", "Pouvoir impliquer ma famille, mes enfants, qu'ils puissent participer aussi aux events."),
   ("mx_distance", "Le trajet. Je suis à Roanne, tout se passe à Lyon ou Paris."),
   ("A:mx_structure", "Un calendrier fixe, des créneaux définis à l'avance, comme ça je sais où je vais."),
   ("mx_evenings_weekends", "le samedi ou le dimanche, parfois en soirée"),
  ]),
  ("P12", [
   ("N", "idem que P03"),
   ("mx_meet_designers", "Chat with designers, like a Q&A with the people who make the games"),
   None,
   ("mx_demo_tables", "Run demos at the local shop"),
   ("mx_evenings_weekends", "Weekends"),
  ]),
  ("P13", [
   ("m:mx_eco", "Ce qui me ferait plaisir c'est de bosser sur le côté écolo. Vos boîtes ont encore plein de plastique, les sachets zip, le thermoformé… Je bosse dans l'emballage, je pourrais vous aider à trouver des alternatives en carton."),
   ("A:mx_reward", "Des réductions sur les jeux, 20-30 %, et des goodies"),
   ("mx_overload", "Si on me relance sans arrêt, genre « t'as pas répondu » toutes les 48h, ça me saoule."),
   ("B:mx_structure", "Quand je suis dispo, sans obligation, en mode freestyle."),
   ("N", "ça dépend"),
  ]),
  ("P14", [
   ("mx_belonging", "Me faire des amis en fait. Je suis arrivée à Grenoble y a un an, je connais personne, et le jeu c'est un super prétexte."),
   ("mx_early_access", "Avoir les jeux en preview"),
   ("mx_distance", "L'éloignement : quand c'est à Lyon, pour moi c'est 1h30 de train aller."),
   ("mx_demo_tables", "Tenir une table en boutique, montrer les règles aux gens qui passent"),
   ("mx_evenings_weekends", "Le soir en semaine et le week-end"),
  ]),
  ("P15", [
   ("mx_bring_people", "I got my whole rugby team into board games, like, big lads, and now after training instead of the bar we do a game of Lanternes. That's why. I want more of that, you know."),
   ("B:mx_reward", "Nothing in return. If I get paid in games it stops being a recommendation, it becomes an advert."),
   ("mx_overload", "being asked constantly, I'd drop out"),
   ("A:mx_structure", "Clear commitments, a calendar at the start of the year so I can block dates"),
   ("mx_evenings_weekends", "Evenings after 7, Saturdays"),
  ]),
  ("P16", [
   ("mx_family", "C'est une activité que je fais avec mes enfants, donc j'aimerais que ce soit compatible, des events en journée où ils peuvent venir, des jeux famille."),
   ("mx_meet_designers", "Discuter avec les auteurs, savoir comment naît un jeu"),
   ("N", "euh"),
   None,
   ("N", "pareil que P04"),
  ]),
  ("P17", [
   ("mx_bring_people", "Alors, euh, c'est un peu bête, mais la dernière fois j'ai amené ma belle-sœur à une soirée jeux et elle qui joue jamais à rien, elle a voulu refaire une partie, puis une autre, et là elle m'envoie des photos de ses soirées à elle avec ses potes. Du coup bah je me dis, si je peux faire ça avec plein de gens..."),
   ("mx_belonging", "Faire partie d'un collectif, une petite famille de joueurs."),
   ("B:mx_structure", "Qu'on m'impose un rythme. Moi c'est quand je peux, sans pression de calendrier."),
   ("mx_demo_tables", "Démos en boutique !"),
   ("mx_evenings_weekends", "Soirées surtout"),
  ]),
  ("P18", [
   ("mx_early_access", "Getting to playtest. I love seeing a game evolve from prototype to final."),
   ("A:mx_reward", "Some swag wouldn't hurt, free expansions, sleeves, maybe a discount code"),
   ("mx_overload", "Over-asking. If it's every week I'm out."),
   ("m:mx_hospital", "I'm a nurse on a children's ward in Liège, the kids are stuck in bed for weeks. I'd love to bring simple games there, ones that work on a bed tray, and tell you what works with sick kids."),
   ("mx_evenings_weekends", "Weekends when I'm not on shift, some evenings"),
  ]),
  ("P19", [
   ("N", "Je découvre encore le programme, donc je sais pas trop"),
   ("mx_family", "Que mes gosses puissent venir aussi, qu'il y ait des animations enfants pendant les events"),
   ("mx_distance", "Je suis à la campagne, sans voiture, c'est compliqué de me déplacer aux events"),
   None,
   ("N", "je sais pas"),
  ]),
  ("P20", [
   ("mx_meet_designers", "Rencontrer les créateurs ! Les voir en vrai, leur poser des questions sur les mécaniques, les playtests."),
   ("B:mx_reward", "Aucune contrepartie, je le fais par passion, point."),
   ("mx_overload", "Que ce soit trop demandant, des sollicitations tout le temps."),
   ("mx_demo_tables", "Animer des parties en boutique ou médiathèque"),
   ("mx_evenings_weekends", "Soirs et week-ends, 2-3 fois par mois"),
  ]),
  ("P21", [
   ("mx_bring_people", "last summer at the campsite I brought a couple of games and by day three there were like four families at our table every evening, people we'd never met, grandparents and all. That's it, bringing people in."),
   None,
   ("B:mx_structure", "Rigid schedules. I want to do it when the mood takes me, not on a rota."),
   ("mx_demo_tables", "Demos in shops and cafés"),
   ("N", "same"),
  ]),
  ("P22", [
   ("m:mx_lsf", "Je suis interprète en langue des signes et j'ai plusieurs amis sourds qui adorent vos jeux mais galèrent avec les règles. Des vidéos de règles en LSF, sous-titrées, je pourrais les tourner avec eux."),
   ("mx_belonging", "Retrouver les mêmes têtes, se sentir membre de quelque chose."),
   ("mx_distance", "Être loin de tout, je suis en Ardèche"),
   ("A:mx_structure", "Des missions planifiées, avec un calendrier partagé dès janvier"),
   ("mx_evenings_weekends", "le week-end"),
  ]),
  ("P23", [
   ("mx_early_access", "Early access to prototypes, being a playtester basically"),
   ("mx_meet_designers", "Meet the authors, the auteurs as you say, hear their stories"),
   ("mx_overload", "Getting too many messages"),
   ("mx_family", "Honestly my contribution would be with my kids, they're 9 and 12 and they'd love to come to demo days with me and help teach other kids."),
   ("N", "whatever works"),
  ]),
  ("P24", [
   ("mx_bring_people", "My dad. He only plays cards, belote, the old way, you know, and I finally got him to try a Ludorème game and he's hooked. Now he brings it to his belote club. Getting people like him to try, that's the motivation."),
   ("A:mx_reward", "Free games, maybe early copies to keep, discounts for friends"),
   ("N", "not sure"),
   ("mx_demo_tables", "Teach games at demo tables"),
   ("mx_evenings_weekends", "weekend afternoons"),
  ]),
  ("P25", [
   ("m:mx_hospital", "Je suis éducatrice à l'hôpital pédiatrique de Bron, on a une salle de jeux pour les enfants hospitalisés, et j'aimerais bien qu'on puisse tester des jeux courts, qui se jouent au lit, avec des pièces pas trop petites."),
   ("mx_belonging", "Un groupe, des gens qui partagent la même passion, des copains quoi."),
   ("mx_overload", "La surcharge. Si chaque semaine y a un truc à faire, je craque."),
   ("B:mx_structure", "Au feeling, sans engagement fixe."),
   ("mx_evenings_weekends", "Le samedi, et des soirs en semaine"),
  ]),
  ("P26", [
   ("mx_family", "It's a family thing for us, the kids play every weekend, so I'd want them involved, family-friendly events, stuff we can all do together."),
   None,
   ("mx_distance", "The travel, everything's in Paris or Lyon and I'm in Brittany"),
   ("mx_early_access", "Playtesting, filling in feedback forms after each game"),
   ("N", "depends"),
  ]),
  ("P27", [
   ("mx_bring_people", "Franchement ? Voir des gens qui disent « j'aime pas les jeux de société » changer d'avis. Mon boss, genre, il a fini par acheter Brume après un afterwork où je l'ai forcé à jouer, c'était épique."),
   ("mx_meet_designers", "Des rencontres avec les game designers, en petit comité"),
   ("mx_overload", "Qu'on tire trop sur la corde, qu'on demande toujours aux mêmes"),
   ("mx_demo_tables", "Animer des tables de démo"),
   ("N", "on verra"),
  ]),
  ("P28", [
   ("mx_early_access", "Trying the new stuff first. prototypes, beta rules"),
   ("mx_belonging", "Community. A group of friends who share the hobby, people I actually know."),
   None,
   ("A:mx_structure", "A proper plan, agreed in advance, with dates. I hate last-minute asks."),
   ("mx_evenings_weekends", "Evenings and weekends"),
  ]),
  ("P29", [
   ("m:mx_eco", "Moi je milite pour le zéro déchet, et les inserts en plastique dans les boîtes ça me rend dingue. J'aimerais aider Ludorème à passer à des calages en carton, à tester des boîtes sans plastique."),
   ("B:mx_reward", "Pas de récompense, je veux rester libre de dire ce que je pense."),
   ("mx_distance", "Les déplacements, je vis loin des grandes villes"),
   ("mx_demo_tables", "Faire des démos dans ma ville"),
   ("N", "je sais pas encore"),
  ]),
  ("P30", [
   ("mx_bring_people", "Long story short, my neighbour came over to borrow a drill and ended up staying for three games of Brume. Now his wife's hooked too, they bought their own copy. I want to do that, get more people like that in, you know."),
   ("mx_family", "Bring my kids along, make it a family activity."),
   ("mx_overload", "too many asks"),
   ("B:mx_structure", "when I feel like it, no commitment, spontaneous"),
   ("mx_evenings_weekends", "weekends"),
  ]),
  ("P31", [
   ("mx_meet_designers", "Parler avec les auteurs, comprendre leurs choix"),
   None,
   ("N", "rien"),
   ("mx_demo_tables", "tenir des tables en convention"),
   ("N", "pareil"),
  ]),
  ("P32", [
   ("mx_belonging", "To find my people. Like-minded friends, a gang, you know. I moved to France two years ago and my French is still bof, so a group with a shared hobby would be great."),
   ("mx_early_access", "First dibs on prototypes"),
   ("mx_distance", "Distance, I'm out in the sticks near Clermont"),
   ("A:mx_structure", "Scheduled missions, with dates agreed upfront"),
   ("mx_evenings_weekends", "Evenings, weekends"),
  ]),
  ("P33", [
   ("mx_bring_people", "Bah, faire kiffer les gens, genre mes potes du foot qui juraient que par la PlayStation, je les ai eus avec un jeu d'ambiance, et maintenant ils réclament."),
   ("A:mx_reward", "Des cadeaux, des jeux gratuits, des remises, un truc concret quoi"),
   ("mx_overload", "Être trop relancé"),
   None,
   ("N", "aucune idée"),
  ]),
  ("P34", [
   ("mx_family", "Doing something with my children. They're 7 and 10, they'd love to help at demo days, and I'd love them to see me do it."),
   ("mx_meet_designers", "Meeting game designers in person"),
   ("B:mx_structure", "Fixed obligations. I'd rather just turn up when I can."),
   ("mx_demo_tables", "Demo tables at salons and shops"),
   ("mx_evenings_weekends", "Saturdays and the odd evening"),
  ]),
  ("P35", [
   ("mx_early_access", "Être bêta-testeur, jouer aux jeux en avant-première"),
   ("B:mx_reward", "Rien du tout. Pas de goodies, pas de réduc, ça me gênerait."),
   ("mx_distance", "La distance, clairement, je suis au fin fond du Cantal"),
   ("N", "je sais pas, ce qui est utile"),
   ("mx_evenings_weekends", "le dimanche et le soir"),
  ]),
  ("P36", [
   ("N", "same as before"),
   ("mx_belonging", "A sense of belonging. A crew."),
   None,
   ("mx_demo_tables", "same as P34, demo tables at the shops"),
   ("N", "not sure"),
  ]),
  ("P37", [
   ("mx_bring_people", "J'ai initié toute ma bande de potes de fac, au début ils venaient pour l'apéro et maintenant ils viennent pour les jeux. Voilà, je veux recruter encore plus de gens comme ça."),
   ("mx_family", "Des événements familiaux, où je peux amener ma femme et mes enfants."),
   ("mx_overload", "Qu'on me demande trop, tout le temps"),
   ("A:mx_structure", "Un programme clair avec des dates fixées à l'avance, genre une fois par mois le deuxième samedi"),
   ("mx_evenings_weekends", "Les week-ends"),
  ]),
  ("P38", [
   ("mx_meet_designers", "The designers. I want to meet the people behind the games, see their notebooks, the early sketches."),
   ("A:mx_reward", "Free copies and discounts, that's fair for the time we give"),
   ("N", "no"),
   None,
   ("N", "sorry no idea"),
  ]),
 ],
 note="Round-table recording, French and English speakers mixed; every theme, both sides of each opposition and two of three minorities have answers in both languages. Objectives are in French only, so English answers must map across languages. P36 q4 'same as P34, demo tables at the shops' restates and is labelled; bare 'idem que P03', 'pareil que P04', 'same' are noise. mx_family is the need no objective serves; the UK export-sales objective is supported by nobody.",
)

SESSIONS = [JFR, JEN, JMX]
HEADER = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 53) from DOMAIN.md, "
          "the issue and the format only, without reading the project's code, tests or other data sets. "
          "Do not tune anything on it.")


def build(s):
    code = s["code"]
    answers, by_label = [], {}
    for pid, row in s["people"]:
        assert len(row) == 5, (code, pid)
        for qi, cell in enumerate(row, 1):
            if cell is None:
                continue
            label, text = cell
            aid = f"{code}-{pid}-q{qi}"
            answers.append({"id": aid, "participant": pid, "question": s["questions"][qi - 1], "answer": text})
            by_label.setdefault(label, []).append(aid)
    themes = [{"key": k, "kind": kind, "description": d, "answer_ids": by_label.pop(k, [])}
              for k, kind, d in s["themes"]]
    opps = [{"key": k, "description": d,
             "sides": [{"label": la, "answer_ids": by_label.pop("A:" + k, [])},
                       {"label": lb, "answer_ids": by_label.pop("B:" + k, [])}]}
            for k, d, la, lb in s["oppositions"]]
    mins = [{"key": k, "description": d, "answer_ids": by_label.pop("m:" + k, [])} for k, d in s["minorities"]]
    noise = by_label.pop("N", [])
    assert not by_label, (code, list(by_label))
    support = {o: keys for o, keys in s["objectives"]}
    served = {k for keys in support.values() for k in keys}
    truth = {
        "session": code, "lang": s["lang"], "client": CLIENT, "title": s["title"],
        "themes": themes, "oppositions": opps, "minorities": mins,
        "objective_support": support,
        "unsupported_objectives": [o for o, keys in s["objectives"] if not keys],
        "unserved_needs": [t["key"] for t in themes if t["kind"] == "need" and t["key"] not in served],
        "noise_answer_ids": noise,
        "note": s["note"],
    }
    return answers, truth


def main():
    rows = []
    for s in SESSIONS:
        answers, truth = build(s)
        code = s["code"]
        with open(os.path.join(HERE, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
            f.write("".join(o + "\n" for o, _ in s["objectives"]))
        with open(os.path.join(HERE, f"{code}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n = len(s["people"])
        rows.append((code, s["lang"], n, 5, len(answers), 5 * n - len(answers), len(truth["themes"]),
                     len(truth["oppositions"]), len(truth["minorities"]), len(truth["noise_answer_ids"])))
    tot = ["**total**", "", *[sum(r[i] for r in rows) for i in range(2, 10)]]
    tot[3] = 5
    table = ["| session | lang | participants | questions | answers | skips | themes | oppositions | minorities | noise |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    table += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    table.append("| " + " | ".join(str(x) for x in tot) + " |")
    readme = [HEADER, ">", "",
              "# synthesis_heldout26: spoken, story-like JE answers for a board-game publisher",
              "",
              "**Client (fictitious):** Ludorème, a board-game publisher in Lyon (games « Brume », « Tisserands », "
              "« Les Lanternes de Quai »), whose ambassador programme « Les Éclaireurs » / \"Ludorème Scouts\" "
              "asks players to run demo tables in partner shops and festivals and to playtest prototypes.",
              "",
              "Three JE workshop sessions (issue 18, format `syn-format.md`): `JFR` (French, 12 participants), "
              "`JEN` (English, 24), `JMX` (mixed French + English, 38). Five open questions per session "
              "(motivation, expectations, brakes, preferred contribution, time). In `JMX` each question is the "
              "bilingual string « FR / EN »; its objectives file is in French only.",
              "",
              "## What the set tests",
              "",
              "- **Spoken answers**: transcribed voice notes and round-table talk — fillers (« bah », « du coup », "
              "« genre », \"like\", \"you know\"), run-on sentences, repetitions, anglicisms in French "
              "(« le kiff », « work in progress », « crew », « preview ») and French words in English "
              "(\"encore une\", \"auteurs\", \"belote\", \"bof\").",
              "- **Themes told as stories**: the 'bring people in' need is almost only anecdotes (a cousin, a "
              "neighbour who came to borrow a drill, a rugby team, a book club) with few shared words.",
              "- **Oppositions with disjoint vocabularies** (rewards vs authenticity; online vs in person; "
              "leaderboards vs no rankings; fixed calendar vs « au feeling »).",
              "- **Small, concrete minorities** (exactly 2 participants each): EHPAD sessions, colour-blind "
              "readers, teachers, Polish/Portuguese rule translations, solo modes, sign-language rule videos, "
              "plastic-free boxes, a paediatric ward.",
              "- **Very short answers** (« pareil », \"same as before\", « idem que P03 ») are noise; three "
              "short answers that *restate content* (JFR-P07-q5, JEN-P04-q4, JMX-P36-q4) are labelled with "
              "the theme they restate.",
              "- **Objectives × needs**: each session has one objective nobody supports and one need theme no "
              "objective serves (see `unsupported_objectives` / `unserved_needs` in each truth file). "
              "`objective_support` lists only theme keys; brakes and the time convergence are not mapped.",
              "",
              "Every answer carries exactly one label (a theme, one side of one opposition, a minority, or "
              "noise), even when it mentions several ideas; the label is its main point. Files: "
              "`X.answers.jsonl`, `X.objectives.txt`, `X.truth.json`. Regenerate with `python3 gen.py`, "
              "check with `python3 validate.py`.",
              "",
              *table, ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme))
    for r in rows:
        print(r)


if __name__ == "__main__":
    main()
