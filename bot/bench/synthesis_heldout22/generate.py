#!/usr/bin/env python3
"""Deterministic generator for the planted-theme synthesis set synthesis_heldout22.

Client (fictitious): Éditions Tourne-Plateau, a board-game publisher in Angers.
Program: "Les Passeurs" (ambassador program). Three JE sessions:
  ANG (French, 12), ONL (English, 24), FES (mixed FR+EN, 38).
Standard library only. Run: python3 generate.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Éditions Tourne-Plateau"

# ---------------------------------------------------------------- text pools
P = {}

P["proto.fr"] = [
    "Jouer aux prototypes avant tout le monde, clairement c'est ça qui me motive.",
    "Pouvoir tester les jeux en avant-première et voir comment ils évoluent avant d'être édités",
    "l'accès aux protos !!",
    "J'adore découvrir un jeu quand il est encore en chantier, avec les cartes imprimées à la main. Être dans les premiers à y jouer, c'est un vrai plaisir.",
    "Essayer les nouveautés avant leur sortie en boutique.",
    "Avoir les jeux en avant premiere, tester des versions pas finies",
    "Participer aux sessions de test des prototypes. Je joue beaucoup et j'aime voir l'envers du décor.",
    "Découvrir les futurs jeux avant qu'ils soient annoncés",
    "Etre beta-testeur des futurs jeux de la maison, franchement ça me fait rêver",
    "Tester en exclusivité les prochains titres.",
    "Jouer aux versions de travail des jeux, avant la sortie officielle. Mon groupe du jeudi serait jaloux :)",
    "La possibilité de mettre les mains sur les prototypes en premier",
    "Voir les jeux avant leur sortie, quand ce sont encore des protos pleins de ratures",
    "Etre parmi les premiers à jouer aux nouveautés",
]
P["proto.en"] = [
    "Getting to play games before they're released.",
    "Early access to prototypes, honestly that's the main reason I signed up",
    "I love seeing a game while it's still rough — hand-drawn cards, rules on a crumpled page. Being one of the first to play it is a real thrill.",
    "play upcoming titles before anyone else",
    "Testing unreleased games. My group is always hunting for the next new thing and this gets us there first.",
    "Access to pre-release copies and prototypes",
    "Being a beta tester for your next games!!",
    "Seeing what's coming next before it hits the shelves",
    "The chance to try prototypes early and see how a design changes from version to version.",
    "First look at new games, basically.",
    "Playing work-in-progress versions before launch",
    "sneak peeks at unreleased games",
]
P["share.fr"] = [
    "Faire découvrir les jeux de société à des gens qui n'y jouent jamais.",
    "Partager ma passion. J'aime voir quelqu'un qui disait 'je suis pas joueur' demander une deuxième partie.",
    "transmettre le virus du jeu à mon entourage",
    "Initier de nouveaux joueurs, surtout les familles.",
    "Faire connaître de bons jeux autour de moi, au-delà du Monopoly et du Uno",
    "J'aime expliquer les règles et faire jouer les autres, c'est ce que je fais déjà dans mon asso donc autant le faire avec vous",
    "Amener des non-joueurs à la table",
    "Partager ce que j'aime avec le plus de monde possible",
    "Faire aimer le jeu de société à des débutants, leur montrer qu'on n'a pas besoin d'être un geek",
    "Convertir mes collègues aux jeux modernes 😄",
    "Le plaisir de faire découvrir : quand une table entière rigole sur un jeu que j'ai apporté, j'ai gagné ma soirée.",
    "Diffuser la culture du jeu dans ma ville, y'a pas grand chose ici.",
    "Partager ma pasion du jeu avec des novices",
]
P["share.en"] = [
    "Introducing people to modern board games.",
    "Sharing the hobby. Nothing beats watching someone who 'doesn't do games' ask for a rematch.",
    "getting non-gamers to the table",
    "I like teaching games and spreading the love for the hobby",
    "Showing friends and family that there's more than Monopoly out there",
    "Bringing new people into gaming, especially families with kids.",
    "Spreading the word about good games in my area, there's not much of a scene here",
    "Honestly I already drag everyone I know into playing, this just makes it official lol",
    "Helping beginners discover games they'll actually enjoy",
    "Passing on my passion for tabletop games to newcomers.",
]
P["avis.fr"] = [
    "Donner mon avis franc sur les jeux, même quand il est négatif.",
    "Que mon retour de joueur serve à quelque chose, que l'éditeur écoute vraiment",
    "Pouvoir dire ce que je pense d'un jeu et être entendu",
    "Partager des critiques honnêtes sur vos sorties",
]
P["belong.fr"] = [
    "Rencontrer d'autres joueurs passionnés.",
    "Faire partie d'une communauté, j'ai déménagé l'an dernier et je connais personne ici qui joue",
    "Le côté groupe : se retrouver entre passionnés, échanger des parties, des bons plans",
    "me faire des potes joueurs",
    "Appartenir à un collectif, ne plus jouer seule dans mon coin",
    "Créer des liens avec d'autres ambassadeurs.",
    "Trouver des partenaires de jeu réguliers",
    "L'ambiance entre membres, sentir qu'on est une bande",
    "Rencontrer du monde qui partage le même hobby. Dans mon entourage personne ne joue à autre chose qu'à la belote.",
    "Echanger avec d'autres joueurs de toute la France",
]
P["belong.en"] = [
    "Meeting other people who are into games.",
    "Being part of a community. I moved cities last year and don't know any gamers here.",
    "making friends in the hobby",
    "The group aspect — hanging out with like-minded players, swapping tips",
    "Feeling like I belong to something bigger than my Thursday game night",
    "Connecting with other ambassadors and players",
    "finding a regular group to play with",
    "The people! I want to meet fellow fans.",
    "A sense of community. Gaming can be lonely if your friends aren't into it.",
    "Networking with other enthusiasts across the country",
]
P["auteur.fr"] = [
    "J'ai moi-même un proto dans mes cartons, j'aimerais comprendre comment bosse un éditeur pour peut-être devenir auteur un jour.",
    "Me professionnaliser : à terme j'aimerais travailler dans le milieu du jeu, en édition ou en création.",
]
P["creator.en"] = [
    "Growing my YouTube channel, to be honest. Official access would help.",
    "I run a small Instagram account about games and would love to grow it with exclusive content.",
]
P["kids.fr"] = [
    "Trouver des jeux pour jouer avec mes enfants, c'est surtout ça qui m'intéresse.",
    "Les jeux en famille : j'ai 3 ados et c'est notre moment à nous",
]
P["kids.en"] = [
    "Mostly finding good games to play with my kids.",
    "Family gaming: it's the one thing my teenagers still do with me",
]
P["salesy.fr"] = [
    "Je ne veux pas faire le commercial. Si c'est pour vendre, non merci.",
    "Avoir l'impression d'être un VRP non payé",
    "Peur que ça devienne du démarchage, aller vendre des boîtes aux copains c'est pas mon truc",
    "Si je dois faire de la pub forcée, je décroche direct.",
    "Devoir recommander des jeux que je n'aime pas. Je veux garder ma liberté de parole.",
    "le côté marketing/vente, ça me gêne un peu",
    "Qu'on me demande des messages tout faits à poster. Ça sonne faux et mes amis le verraient tout de suite.",
    "Être vu comme un vendeur par mon club de jeu",
    "Faire de la prospection auprès des boutiques, très peu pour moi",
    "Perdre en sincérité. Je parle des jeux que j'aime, je veux pas réciter un argumentaire.",
    "l'aspect commercial",
    "Qu'on attende de moi des ventes ou des chiffres",
]
P["salesy.en"] = [
    "Feeling like unpaid marketing staff.",
    "If it turns into pushing products on my friends, I'm out.",
    "Being asked to post scripted messages. People can smell that a mile away.",
    "I don't want to be a salesperson",
    "Losing my credibility. I review games honestly and don't want to look like a shill.",
    "the sales-y side of it",
    "Having to hype games I don't actually like",
    "pressure to sell or hit numbers",
    "If my recommendations stop being genuine, what's the point?",
    "Sounding like an ad. My group would roast me.",
]
P["oversol.fr"] = [
    "Être sollicité trop souvent.",
    "Trop de demandes, trop de relances. Je décrocherais vite.",
    "Que ça devienne un deuxième boulot",
    "La pression de devoir toujours contribuer, j'ai vu ça dans un autre programme et j'ai lâché au bout de 3 mois",
    "Les relances à répétition",
    "qu'on me demande un truc chaque semaine",
    "L'épuisement : je dis oui à tout et après je sature.",
    "Des demandes de dernière minute, avec des délais trop courts",
    "Toujours solliciter les mêmes personnes jusqu'à ce qu'elles craquent",
    "Trop de notifs",
    "Etre sursollicitée, clairement.",
]
P["oversol.en"] = [
    "Getting asked for stuff every week. I've seen other programs burn people out.",
    "Too many requests.",
    "If it starts feeling like a second job",
    "Being spammed with asks — I'd rather get one clear request a month than ten pings",
    "Burnout. I tend to say yes to everything and then regret it.",
    "constant notifications/reminders",
    "Too much pressure to contribute all the time",
    "When the same few people get asked for everything and end up exhausted",
    "Over-commitment, tbh. I already volunteer at my local club.",
    "if the asks pile up with short deadlines",
    "Being over-solicited, basically",
]
P["travel.fr"] = [
    "Les festivals sont souvent loin de chez moi et les trajets coûtent cher.",
    "Si les déplacements ne sont pas remboursés, je ne pourrai pas suivre.",
    "La distance. J'habite dans la Creuse, le premier salon est à 2h30.",
    "Les frais d'essence et de train pour aller sur les salons",
    "Devoir payer de ma poche pour aller animer à Cannes ou à Essen, c'est pas possible",
    "Pas de voiture, donc les événements hors de la ville c'est compliqué",
    "le coût des déplacements",
    "Les hôtels pendant les festivals, hors de prix",
    "Les trajets jusqu'aux événements, c'est loin et c'est cher",
]
P["travel.en"] = [
    "Travel costs to conventions.",
    "Events are far from where I live and I can't afford the trips.",
    "If travel isn't reimbursed I can't really take part in events",
]
P["rules.fr"] = [
    "Peur de ne pas être à la hauteur pour expliquer des règles complexes devant des inconnus.",
    "Je maîtrise pas toujours bien les règles, j'aurais peur de mal expliquer et de faire mauvaise impression.",
]
P["childcare.en"] = [
    "Childcare. Evenings and weekends are family time, so it depends on when things happen.",
    "I've got a toddler, so anything in the evening is basically impossible.",
]
P["discordhard.fr"] = [
    "Je ne suis pas à l'aise avec Discord, je n'y comprends rien à tous ces salons.",
    "Discord c'est trop compliqué pour moi, je me perds dans les canaux",
]
P["discordhard.en"] = [
    "Discord is confusing for me, too many channels.",
    "I'm not really a Discord person, I get lost in it.",
]
P["video.fr"] = [
    "Des vidéos courtes pour expliquer les règles, style TikTok ou Reels.",
    "Je me verrais bien faire des tutos vidéo, j'ai déjà une chaîne avec quelques abonnés",
    "Tourner des vidéos de parties, c'est plus vivant qu'un texte",
    "Des lives Twitch de parties",
    "Faire du contenu vidéo sur les réseaux, des unboxings, des explications",
    "Créer du contenu en ligne : vidéos, stories, lives",
    "Publier des vidéos de règles sur YouTube",
    "Filmer des parties et les poster sur Insta",
]
P["video.en"] = [
    "Streaming playthroughs on Twitch",
    "Making short rules videos for TikTok/Reels",
    "Online content: unboxings, how-to-play videos, that kind of thing",
    "I'd love to do video reviews and live streams",
    "Recording video tutorials for YouTube.",
    "Making video content, reels, short rule explainers",
    "Streaming games online",
]
P["written.fr"] = [
    "Surtout pas de vidéo. Je préfère écrire un avis détaillé.",
    "Écrire des critiques sur mon blog ou sur Myludo, mais pas me filmer.",
    "Des textes, des avis écrits. La caméra très peu pour moi",
    "Rédiger des retours écrits, je suis plus à l'aise à l'écrit qu'en vidéo",
]
P["offline.fr"] = [
    "Rien en ligne. Je ne veux pas m'exposer sur les réseaux, je préfère en parler de vive voix.",
    "Pas de réseaux sociaux pour moi, je veux rester dans le réel",
    "Je publie rien sur internet, par principe. Le bouche à oreille en vrai, oui.",
    "Pas de vidéo, pas de post. En face à face uniquement.",
    "Je ne veux pas apparaître en ligne",
    "Hors ligne seulement, les écrans j'en ai assez au boulot",
]
P["offline.en"] = [
    "In-person only. I don't want to be on camera or post online.",
    "No videos please — I'll happily talk to people at a table, but I'm not putting my face on the internet.",
    "Real-life stuff only, nothing on social media",
    "Face to face. I don't do online content.",
    "Offline. I'm not comfortable being filmed or posting reviews online.",
    "Nothing online for me. I don't post on social media, I'd rather talk to people face to face.",
    "No videos, no posts — I keep my gaming offline.",
]
P["demo.fr"] = [
    "Animer des parties de démo dans ma boutique de jeux.",
    "Des tables de découverte en boutique le samedi, ça je peux faire.",
    "Faire des démos chez mon ludicaire, il est d'accord",
    "Animer des soirées jeux dans le bar à jeux près de chez moi",
    "Tenir un stand démo en festival",
    "Expliquer les jeux aux clients en magasin, faire jouer des parties rapides",
    "les démos !",
    "Faire jouer le public sur vos jeux lors des salons ou en médiathèque",
    "Animer des initiations, par exemple à la fête du jeu de ma ville",
    "Des démos en boutique, c'est là que je suis le plus utile je pense",
    "Faire tester vos jeux aux clients de la boutique où je suis bénévole",
    "Animation de tables de jeu en événement",
    "Des demos dans les cafés-jeux",
]
P["demo.en"] = [
    "Running demo tables at my local game store.",
    "Demos at conventions",
    "Teaching games to customers in shops",
    "Hosting demo nights at the board game café near me",
]
P["playtest.fr"] = [
    "Tester les prototypes et faire des retours détaillés.",
    "Les playtests, avec mon groupe du mardi",
    "Faire des tests à l'aveugle des règles, repérer ce qui coince",
    "Relire les règles et tester les protos",
    "Organiser des sessions de test dans mon club et vous envoyer un compte-rendu",
    "playtest",
    "Jouer les protos en boucle pour trouver les combos cassés",
    "Tester les jeux en cours de développement et remonter les problèmes",
]
P["playtest.en"] = [
    "Playtesting prototypes and writing up detailed feedback.",
    "Blind playtests! I'm good at finding broken combos.",
    "Testing new designs with my group and reporting back",
    "playtesting",
    "Organising playtest sessions at my club and sending you structured notes",
    "I'd like to be in the playtester pool — rules proofreading too.",
    "Stress-testing prototypes, finding the exploits, filling out the feedback form.",
    "Trying out early versions and telling you what works and what doesn't",
    "Playtest sessions for new designs",
    "Testing prototypes with my family and reporting bugs in the rules",
]
P["helpout.en"] = [
    "Answering rules questions on the Discord.",
    "Helping newer players in the community when they're stuck on a rule",
    "Moderating or helping out in the forum",
    "I'm already the rules guy in my group, happy to answer questions online",
    "Welcoming new members and pointing them to resources",
    "helping others on discord",
]
P["reviews.fr"] = [
    "Laisser des avis sur Philibert et Myludo après chaque nouveauté.",
    "Noter et commenter les jeux sur BGG",
    "Écrire des avis en ligne, ça je fais déjà de toute façon",
    "Des avis sur les sites marchands",
    "Poster une critique sur les sites de vente quand je découvre un de vos jeux",
]
P["reviews.en"] = [
    "Writing reviews on BGG and store sites.",
    "Online reviews and ratings",
]
P["fewhours.fr"] = [
    "Deux heures par mois, pas plus.",
    "Peu de temps : un soir par mois environ.",
    "quelques heures par mois",
    "Honnêtement pas beaucoup, 1h ou 2 de temps en temps",
    "Environ 3h par mois, surtout le soir",
    "Une demi-journée par mois max",
    "Pas énormément, j'ai un boulot prenant et deux enfants. Disons une soirée par mois.",
    "2-3h par mois",
    "Un peu, de temps en temps",
    "Une heure par semaine grand maximum",
    "Quelques soirées dans l'année… je préfère être honnête",
    "Je dirais 4 heures par mois",
    "Très peu, mais régulièrement",
    "Une ou deux heures par mois",
    "Pas bcp de temps, qques heures par mois",
    "Un samedi après-midi par mois à peu près",
]
P["fewhours.en"] = [
    "A couple of hours a month.",
    "Maybe one evening a month",
    "2-3 hours a month, tops",
    "Not a lot, honestly. An hour here and there.",
    "Roughly 4 hours per month",
    "One evening a month, more in winter",
    "I can do a few hours monthly",
    "Small amounts, but regularly",
    "half a day a month max",
    "A few hours a month, between work and everything else",
    "an hour a week at most",
    "Limited — maybe 2h per month",
    "not much time tbh, a few hrs a month",
]
P["weekends.fr"] = [
    "Surtout les week-ends de festival.",
    "Je fais 3-4 salons par an, je peux aider là.",
    "Les samedis, et les gros festivals",
    "Le week-end uniquement",
    "Pendant les festivals, je peux donner des journées entières",
    "Quelques week-ends par an, pendant les événements",
    "Les week-ends, surtout autour des conventions",
    "Week-ends de salon oui, en semaine non",
]
P["weekends.en"] = [
    "Mostly weekends, especially convention weekends.",
    "I go to 4-5 conventions a year, I can help there.",
    "Saturdays and the big cons",
    "Weekends only, weekdays are impossible",
    "Whole weekends during events",
    "Convention season, basically",
    "Weekend events, a few times a year",
    "Con weekends, I'm there anyway",
]
P["fixed.fr"] = [
    "J'ai besoin d'un planning fixe, genre le premier samedi du mois, sinon je m'organise pas.",
    "Un engagement régulier et prévu à l'avance : je préfère savoir des semaines avant.",
    "Un créneau fixe chaque mois, calé dans l'agenda",
    "Des dates planifiées longtemps à l'avance, avec un rythme régulier",
    "Un engagement mensuel fixe, ça me va très bien",
    "Un calendrier connu dès le début de l'année",
    "Quelque chose de régulier, toujours le même jour, planifié",
    "Rythme fixe svp : une date par mois, annoncée tôt",
]
P["fixed.en"] = [
    "A fixed monthly slot, planned well ahead.",
    "Regular commitment with a calendar I know in advance.",
]
P["adhoc.fr"] = [
    "Au coup par coup, sans engagement. Je dis oui quand je peux.",
    "Surtout pas de planning imposé, je veux pouvoir choisir au cas par cas",
    "À la carte ! Je ne peux rien promettre de régulier.",
    "Quand j'ai le temps, sans obligation",
    "Pas d'engagement fixe, juste des propositions que je prends ou pas",
    "Au feeling, selon les mois",
    "Ponctuellement, sans contrainte de régularité",
    "Sans rythme imposé, je choisis les missions qui me vont",
]
P["adhoc.en"] = [
    "Ad hoc, no fixed commitment — I'll say yes when I can.",
    "Flexible, case by case, please don't lock me into a schedule.",
]
P["summer.en"] = [
    "Mostly summer — I'm a teacher, so term time is packed.",
    "Only during school holidays really, I work in a school.",
]
P["ranking.en"] = [
    "Points, levels and a leaderboard! A bit of competition keeps me motivated.",
    "I like seeing rankings and badges, it's fun to climb tiers.",
    "A visible points system with tiers to unlock",
    "Gamification — you're a games company, make the program a game with scores and ranks!",
    "Leaderboards and badges, I'm competitive lol",
]
P["noranking.en"] = [
    "Please no leaderboards. Ranking volunteers against each other feels toxic.",
    "No public rankings, it turns a friendly thing into a competition.",
    "I'd hate a points race. Just say thanks.",
    "Not a fan of scores and ranks — some people have more free time than others, it's not fair.",
    "No competitive stuff between ambassadors please",
    "Skip the leaderboard, recognition can be private.",
]
P["freegames.fr"] = [
    "Recevoir les nouveautés gratuitement.",
    "Des jeux offerts, soyons honnêtes 😅",
    "Une réduction sur la boutique en ligne et quelques boîtes offertes",
    "Des exemplaires gratuits des jeux que je fais découvrir, ce serait logique",
    "Des jeux gratos",
    "Recevoir les sorties, ou au moins une remise intéressante",
    "Avoir les boîtes à la sortie sans payer, vu le prix des jeux aujourd'hui",
    "Un jeu offert par trimestre par exemple",
    "Des codes promo et des goodies",
    "Des exemplaires de démo que je pourrais garder",
    "Les jeux ! Ma ludothèque vous remercie d'avance",
    "Une remise de 30 % sur le catalogue",
    "Quelques jeux offerts pour mon club",
    "Recevoir des copies gratuites",
    "des boites gratuites bien sûr",
    "Une réduc sur les jeux, et pourquoi pas les extensions offertes",
    "Des jeux en cadeau de temps en temps",
]
P["freegames.en"] = [
    "Free copies of new releases.",
    "Free games, let's be honest",
    "A discount code and the odd free box",
    "Review copies I can keep",
    "Free stuff! Games are expensive these days.",
    "Copies of the games I demo, that only makes sense",
    "A free game every quarter or so",
    "Discounts on the webshop",
    "Getting games at release without paying",
    "free expansions would be nice",
]
P["meetteam.fr"] = [
    "Rencontrer les auteurs et l'équipe éditoriale.",
    "Voir les coulisses : comment un jeu passe du proto à la boîte",
    "Échanger avec les créateurs des jeux",
    "Des rencontres avec l'équipe, pourquoi pas une visite chez vous à Angers",
    "Discuter avec les auteurs, comprendre leurs choix",
    "Un moment avec l'équipe, un apéro annuel par exemple",
    "Rencontrer les illustrateurs et les auteurs en vrai",
    "Avoir un contact direct avec l'équipe qui fait les jeux",
    "Les coulisses de l'édition",
    "Passer une journée au studio",
    "Rencontrer ceux qui font les jeux",
    "Découvrir l'envers du décor chez l'éditeur et parler aux auteurs",
]
P["meetteam.en"] = [
    "Meeting the designers and the team.",
    "Behind-the-scenes access — how a prototype becomes a box",
    "Chatting with the game designers",
    "A chance to visit the studio",
    "Talking to the authors about their design choices",
    "Direct contact with the people who make the games",
    "An annual meetup with the team",
    "Meet the designers!",
]
P["training.fr"] = [
    "Être formé à l'animation de parties, apprendre à expliquer les règles vite et bien.",
    "Une formation pour animer un stand",
    "Apprendre à animer un groupe de débutants",
    "Des conseils et une formation pour mieux présenter les jeux",
    "Progresser en animation, j'aimerais des astuces de pros",
    "Monter en compétences : animation, pédagogie des règles",
    "Une formation à l'explication de règles",
]
P["training.en"] = [
    "Training on how to teach games well.",
    "Learning to run a demo table properly",
]
P["credit.fr"] = [
    "Avoir mon nom dans les remerciements de la règle, ce serait top.",
    "Être crédité comme testeur dans la boîte du jeu",
    "Que mon pseudo apparaisse dans les crédits des jeux testés",
    "Une ligne dans les remerciements du livret",
]
P["credit.en"] = [
    "Being credited as a playtester in the rulebook.",
    "My name in the credits of the games I tested",
]
P["discord.fr"] = [
    "Discord, j'y suis tous les jours.",
    "Sur le Discord des ambassadeurs",
    "discord",
    "Le serveur Discord, c'est le plus simple",
    "Discord, avec un salon dédié aux demandes",
    "Par Discord de préférence",
    "Une notif Discord, je réponds vite",
    "Discord sans hésiter",
    "Le Discord, mais avec un ping seulement pour les vraies demandes",
    "Via Discord",
    "Sur Discord",
    "discord bien sur",
]
P["discord.en"] = [
    "Discord, I'm on it every day.",
    "Discord please",
    "Discord DMs",
    "The ambassador Discord server",
]
P["email.fr"] = [
    "Par mail, je consulte tous les soirs.",
    "Email, c'est plus simple pour retrouver les infos",
    "La newsletter + un mail quand il y a une demande",
    "Par e-mail",
    "mail",
    "Courriel svp, ça me laisse le temps de répondre",
    "Un mail récapitulatif par mois",
    "Par email avec les dates à l'avance",
    "Newsletter mensuelle",
    "Mail plutôt que les réseaux",
    "E-mail, je ne suis sur aucune messagerie",
    "Par mail pro ça marche",
]
P["email.en"] = [
    "Email.",
    "Email, easier to find things later",
    "A monthly newsletter plus an email for actual requests",
]
P["whatsapp.fr"] = [
    "WhatsApp, c'est ce que je regarde le plus.",
    "Par SMS",
    "Un groupe WhatsApp",
    "Texto, je lis tout de suite",
    "WhatsApp svp",
    "Par message WhatsApp, pas par mail je ne les lis jamais",
    "SMS ou WhatsApp",
    "Un petit SMS de rappel",
]
P["whatsapp.en"] = [
    "WhatsApp.",
    "Text message",
    "A WhatsApp group",
]
P["phone.fr"] = [
    "Un coup de téléphone, j'aime bien parler à quelqu'un.",
    "Par téléphone, je ne suis pas très écrit",
]
P["phone.en"] = [
    "A phone call, I prefer talking to a person.",
    "Honestly a phone call works best for me.",
]
P["noise.fr"] = [
    "Je ne sais pas.",
    "jsp",
    "Aucune idée pour l'instant",
    "On finit à quelle heure ce soir ?",
    "Est-ce qu'il reste du café ?",
    "Pas d'avis",
    "Question hors sujet : Krakenville sera réédité ?",
    "Je dois partir à 20h, désolé",
    "?",
    "Je verrai plus tard",
    "Le parking est payant ici ?",
    "Je réfléchis encore",
    "Idem que mon voisin",
    "Rien de spécial",
    "Où est-ce qu'on récupère les badges ?",
    "Je ne comprends pas bien la question",
    "Le lien vers les slides ne marche pas",
    "bonne question...",
    "Pas encore réfléchi à ça",
    "cf. réponse précédente",
]
P["noise.en"] = [
    "Not sure.",
    "idk",
    "No idea yet",
    "What time do we finish?",
    "Is there a recording of this session?",
    "n/a",
    "Off topic but when is the Krakenville reprint?",
    "Need to leave early, sorry",
    "Same as above",
    "I'll think about it",
    "The link for the slides doesn't work",
    "Don't know",
    "pass",
    "Can you repeat the question?",
    "my mic isn't working, typing instead",
]

ASIDES = {
    "fr": [" Merci pour l'atelier !", " (désolé pour les fautes, je tape sur mon téléphone)",
           " Bref.", " Voilà voilà.", " Et bravo pour Krakenville au passage.", " Hâte de voir la suite !"],
    "en": [" Thanks for running this!", " (typing on my phone, sorry)", " Anyway.",
           " Loved Krakenville btw."],
}

# ---------------------------------------------------------------- objectives
OBJ_FR = [
    "Multiplier les démonstrations de nos jeux en boutique et en festival",
    "Recueillir des avis en ligne authentiques sur chaque nouveauté",
    "Faire tester nos prototypes par des joueurs expérimentés avant édition",
    "Recruter de nouvelles boutiques et cafés-jeux partenaires grâce aux recommandations",
    "Animer une communauté en ligne où les ambassadeurs aident les autres joueurs",
]
OBJ_EN = [
    "Increase the number of demos of our games in shops and at conventions",
    "Collect authentic online reviews for every new release",
    "Get our prototypes playtested by experienced players before publication",
    "Recruit new partner game shops and board game cafés through recommendations",
    "Run an online community where ambassadors help other players",
]

# ---------------------------------------------------------------- sessions
# group: (type, key, side_index_or_None, pool_base, count)
# type: theme | opp | min | noise
SESSIONS = [
    {
        "code": "ANG", "lang": "fr", "n": 12,
        "title": "Atelier JE Passeurs — Angers, boutique Le Dé Bleu, 14 novembre",
        "objectives": OBJ_FR,
        "questions": [
            "Qu'est-ce qui vous motive à devenir Passeur (ambassadeur Tourne-Plateau) ?",
            "Qu'est-ce qui pourrait vous freiner ou vous faire décrocher ?",
            "Quelles contributions aimeriez-vous faire en priorité ?",
            "Combien de temps pouvez-vous y consacrer, et à quel rythme ?",
            "Qu'attendez-vous du programme en retour ?",
        ],
        "groups": [
            [("theme", "acces_prototypes", None, "proto", 4), ("theme", "faire_decouvrir", None, "share", 3),
             ("theme", "avis_sincere", None, "avis", 3), ("min", "devenir_auteur", None, "auteur", 2)],
            [("theme", "refus_commercial", None, "salesy", 4), ("theme", "cout_deplacements", None, "travel", 3),
             ("min", "peur_regles", None, "rules", 2), ("noise", None, None, "noise", 1)],
            [("opp", "video_ou_ecrit", 0, "video", 3), ("opp", "video_ou_ecrit", 1, "written", 3),
             ("theme", "demos_boutique", None, "demo", 4), ("noise", None, None, "noise", 1)],
            [("opp", "rythme_engagement", 0, "fixed", 3), ("opp", "rythme_engagement", 1, "adhoc", 3),
             ("theme", "peu_de_temps", None, "fewhours", 4), ("noise", None, None, "noise", 1)],
            [("theme", "jeux_offerts", None, "freegames", 5), ("theme", "rencontre_equipe", None, "meetteam", 4),
             ("min", "credit_boite", None, "credit", 2)],
        ],
        "themes": {
            "acces_prototypes": ("need", "Jouer aux prototypes / nouveautés avant leur sortie"),
            "faire_decouvrir": ("convergence", "Partager la passion, initier des non-joueurs"),
            "avis_sincere": ("convergence", "Donner un avis franc et être écouté par l'éditeur"),
            "refus_commercial": ("brake", "Refus de faire le commercial / de perdre sa sincérité"),
            "cout_deplacements": ("brake", "Distance et coût des déplacements vers les festivals"),
            "demos_boutique": ("preference", "Animer des démos en boutique, bar à jeux ou festival"),
            "peu_de_temps": ("preference", "Peu de temps disponible : quelques heures par mois"),
            "jeux_offerts": ("need", "Recevoir des jeux gratuits ou des remises"),
            "rencontre_equipe": ("need", "Rencontrer les auteurs et l'équipe, voir les coulisses"),
        },
        "oppositions": {
            "video_ou_ecrit": ("Format des contributions : vidéo contre écrit (q3)",
                               [("vidéo", "Veulent produire des vidéos / lives"),
                                ("écrit", "Refusent la caméra, préfèrent les avis écrits")]),
            "rythme_engagement": ("Rythme : calendrier fixe contre à la carte (q4)",
                                  [("planning fixe", "Veulent un créneau régulier planifié à l'avance"),
                                   ("à la carte", "Veulent s'engager au cas par cas, sans rythme imposé")]),
        },
        "minorities": {
            "devenir_auteur": "Se professionnaliser / devenir auteur de jeux",
            "peur_regles": "Peur de mal expliquer des règles complexes",
            "credit_boite": "Être crédité dans la boîte ou la règle du jeu",
        },
        "support": {0: ["demos_boutique", "faire_decouvrir"], 1: ["avis_sincere"], 2: ["acces_prototypes"],
                    3: [], 4: []},
    },
    {
        "code": "ONL", "lang": "en", "n": 24,
        "title": "Passeurs JE workshop — online session for English-speaking players, 21 November",
        "objectives": OBJ_EN,
        "questions": [
            "What motivates you to become a Passeur (Tourne-Plateau ambassador)?",
            "What could hold you back or make you drop out?",
            "Which contributions would you most like to make?",
            "How much time can you give, and when?",
            "What do you expect from the program in return?",
        ],
        "groups": [
            [("theme", "early_access", None, "proto", 7), ("theme", "belonging", None, "belong", 6),
             ("theme", "share_passion", None, "share", 6), ("min", "creator_growth", None, "creator", 2),
             ("noise", None, None, "noise", 2)],
            [("theme", "over_solicitation", None, "oversol", 8), ("theme", "not_a_salesperson", None, "salesy", 7),
             ("min", "childcare", None, "childcare", 2), ("noise", None, None, "noise", 3)],
            [("theme", "playtesting", None, "playtest", 7), ("opp", "online_vs_offline", 0, "video", 4),
             ("opp", "online_vs_offline", 1, "offline", 4), ("theme", "help_community", None, "helpout", 5),
             ("noise", None, None, "noise", 1)],
            [("theme", "few_hours", None, "fewhours", 10), ("theme", "convention_weekends", None, "weekends", 7),
             ("min", "school_holidays", None, "summer", 2), ("noise", None, None, "noise", 3)],
            [("opp", "leaderboard", 0, "ranking", 4), ("opp", "leaderboard", 1, "noranking", 5),
             ("theme", "free_copies", None, "freegames", 7), ("theme", "meet_designers", None, "meetteam", 5),
             ("noise", None, None, "noise", 1)],
        ],
        "themes": {
            "early_access": ("need", "Play prototypes / new games before release"),
            "belonging": ("need", "Meet other players, belong to a community"),
            "share_passion": ("convergence", "Introduce newcomers to the hobby"),
            "over_solicitation": ("brake", "Too many asks, burnout, feels like a second job"),
            "not_a_salesperson": ("brake", "Refuse to be unpaid marketing / lose authenticity"),
            "playtesting": ("preference", "Playtest prototypes and give feedback"),
            "help_community": ("preference", "Help other players online (rules questions, welcoming)"),
            "few_hours": ("preference", "Only a few hours a month"),
            "convention_weekends": ("preference", "Available mostly on weekends / at conventions"),
            "free_copies": ("need", "Free copies or discounts"),
            "meet_designers": ("need", "Meet designers and team, behind the scenes"),
        },
        "oppositions": {
            "online_vs_offline": ("Online content vs in-person only (q3)",
                                  [("online content", "Want to make videos / streams"),
                                   ("offline only", "Refuse camera and online posting, in person only")]),
            "leaderboard": ("Points and leaderboards: for or against (q5)",
                            [("for rankings", "Want points, tiers, visible leaderboard"),
                             ("against rankings", "Reject public ranking as toxic / unfair")]),
        },
        "minorities": {
            "creator_growth": "Grow their own channel / social account",
            "childcare": "Childcare constraints limit availability",
            "school_holidays": "Only available during school holidays (teachers)",
        },
        "support": {0: ["share_passion", "convention_weekends"], 1: [], 2: ["early_access", "playtesting"],
                    3: [], 4: ["belonging", "help_community"]},
    },
    {
        "code": "FES", "lang": "fr+en", "n": 38,
        "en_participants": [4, 9, 13, 17, 22, 28, 31, 36],
        "title": "Atelier JE Passeurs / JE workshop — Festival Ludimania, Tours, 29 novembre",
        "objectives": OBJ_FR,
        "questions": [
            "Qu'est-ce qui vous motive dans le programme ? / What motivates you in the program?",
            "Qu'est-ce qui pourrait vous freiner ? / What could hold you back?",
            "Quelles contributions préférez-vous ? / Which contributions do you prefer?",
            "Combien de temps pouvez-vous y consacrer ? / How much time can you give?",
            "Qu'attendez-vous en retour ? / What do you expect in return?",
            "Par quel canal préférez-vous être sollicité ? / Which channel do you prefer to be contacted on?",
        ],
        "groups": [
            [("theme", "acces_prototypes", None, "proto", 11), ("theme", "faire_decouvrir", None, "share", 10),
             ("theme", "communaute", None, "belong", 9), ("min", "jeux_en_famille", None, "kids", 2),
             ("noise", None, None, "noise", 3)],
            [("theme", "sursollicitation", None, "oversol", 10), ("theme", "refus_commercial", None, "salesy", 9),
             ("theme", "cout_deplacements", None, "travel", 7), ("min", "discord_difficile", None, "discordhard", 2),
             ("noise", None, None, "noise", 4)],
            [("opp", "en_ligne_ou_pas", 0, "video", 5), ("opp", "en_ligne_ou_pas", 1, "offline", 5),
             ("theme", "demos", None, "demo", 9), ("theme", "playtests", None, "playtest", 7),
             ("theme", "avis_en_ligne", None, "reviews", 4), ("noise", None, None, "noise", 1)],
            [("opp", "rythme_engagement", 0, "fixed", 5), ("opp", "rythme_engagement", 1, "adhoc", 6),
             ("theme", "peu_de_temps", None, "fewhours", 12), ("theme", "weekends_festivals", None, "weekends", 7),
             ("noise", None, None, "noise", 3)],
            [("theme", "jeux_offerts", None, "freegames", 12), ("theme", "rencontre_equipe", None, "meetteam", 8),
             ("theme", "formation_animation", None, "training", 6), ("min", "credit_boite", None, "credit", 2),
             ("noise", None, None, "noise", 3)],
            [("theme", "canal_discord", None, "discord", 13), ("theme", "canal_email", None, "email", 11),
             ("theme", "canal_messagerie", None, "whatsapp", 7), ("min", "canal_telephone", None, "phone", 2),
             ("noise", None, None, "noise", 2)],
        ],
        "themes": {
            "acces_prototypes": ("need", "Accès aux prototypes et nouveautés avant la sortie / early access"),
            "faire_decouvrir": ("convergence", "Faire découvrir le jeu à des non-joueurs / share the hobby"),
            "communaute": ("need", "Rencontrer d'autres joueurs, appartenir à une communauté / belonging"),
            "sursollicitation": ("brake", "Peur d'être trop sollicité, épuisement / over-solicitation"),
            "refus_commercial": ("brake", "Refus de faire le commercial, garder sa sincérité / not a salesperson"),
            "cout_deplacements": ("brake", "Distance et coût des déplacements / travel costs"),
            "demos": ("preference", "Animer des démos en boutique, café-jeux, festival / run demos"),
            "playtests": ("preference", "Tester les prototypes et faire des retours / playtesting"),
            "avis_en_ligne": ("preference", "Écrire des avis en ligne (BGG, Myludo, sites marchands) / online reviews"),
            "peu_de_temps": ("preference", "Quelques heures par mois seulement / a few hours a month"),
            "weekends_festivals": ("preference", "Disponible surtout le week-end et en festival / weekends, conventions"),
            "jeux_offerts": ("need", "Jeux gratuits ou remises / free games, discounts"),
            "rencontre_equipe": ("need", "Rencontrer auteurs et équipe, coulisses / meet the team"),
            "formation_animation": ("need", "Être formé à l'animation et à l'explication des règles / training"),
            "canal_discord": ("preference", "Être sollicité sur Discord"),
            "canal_email": ("preference", "Être sollicité par e-mail / newsletter"),
            "canal_messagerie": ("preference", "Être sollicité par WhatsApp / SMS"),
        },
        "oppositions": {
            "en_ligne_ou_pas": ("Contenu en ligne contre présence uniquement hors ligne (q3)",
                                [("en ligne", "Veulent créer du contenu vidéo / lives / réseaux"),
                                 ("hors ligne", "Refusent de publier en ligne, en face à face uniquement")]),
            "rythme_engagement": ("Rythme : engagement fixe contre à la carte (q4)",
                                  [("planning fixe", "Créneau régulier planifié à l'avance"),
                                   ("à la carte", "Au cas par cas, sans engagement")]),
        },
        "minorities": {
            "jeux_en_famille": "Motivation centrée sur le jeu en famille / with their kids",
            "discord_difficile": "Mal à l'aise avec Discord",
            "credit_boite": "Être crédité comme testeur dans la boîte / la règle",
            "canal_telephone": "Préfèrent un appel téléphonique",
        },
        "support": {0: ["demos", "faire_decouvrir", "weekends_festivals", "formation_animation"],
                    1: ["avis_en_ligne"], 2: ["acces_prototypes", "playtests"], 3: [],
                    4: ["communaute", "canal_discord"]},
    },
]


def main():
    used_global = {}  # pool -> next index (global cursor so sessions rarely repeat a text)
    for s in SESSIONS:
        code, n = s["code"], s["n"]
        en_set = set(s.get("en_participants", []))

        def plang(i):
            if s["lang"] == "fr":
                return "fr"
            if s["lang"] == "en":
                return "en"
            return "en" if i in en_set else "fr"

        answers = []
        owners = {}  # answer id -> (type, key, side)
        used_in_session = set()
        aside_rng = random.Random("aside-" + code)
        aside_done = set()
        for qi, groups in enumerate(s["groups"]):
            qnum = qi + 1
            rng = random.Random(f"{code}-q{qnum}")
            people = list(range(1, n + 1))
            rng.shuffle(people)
            total = sum(g[4] for g in groups)
            assert total <= n, (code, qnum, total)
            pos = 0
            for (typ, key, side, pool, count) in groups:
                for _ in range(count):
                    i = people[pos]
                    pos += 1
                    lang = plang(i)
                    name = f"{pool}.{lang}"
                    texts = P[name]
                    start = used_global.get(name, 0)
                    text = None
                    for k in range(len(texts)):
                        cand = texts[(start + k) % len(texts)]
                        if cand not in used_in_session:
                            text = cand
                            used_global[name] = start + k + 1
                            break
                    if text is None:
                        raise SystemExit(f"pool {name} exhausted in {code}")
                    used_in_session.add(text)
                    if (typ != "noise" and len(text) > 25 and i not in aside_done
                            and aside_rng.random() < 0.15):
                        aside_done.add(i)  # one aside per participant at most
                        if text[-1] not in ".!?)":
                            text += "."
                        text = text + aside_rng.choice(ASIDES[lang])
                    aid = f"{code}-P{i:02d}-q{qnum}"
                    answers.append({"id": aid, "participant": f"P{i:02d}",
                                    "question": s["questions"][qi], "answer": text})
                    owners[aid] = (typ, key, side)
        answers.sort(key=lambda a: (a["participant"], int(a["id"].rsplit("-q", 1)[1])))

        with open(os.path.join(HERE, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(s["objectives"]) + "\n")

        order = [a["id"] for a in answers]

        def ids_of(pred):
            return [x for x in order if pred(owners[x])]

        themes = [{"key": k, "kind": kind, "description": d,
                   "answer_ids": ids_of(lambda o, k=k: o[0] == "theme" and o[1] == k)}
                  for k, (kind, d) in s["themes"].items()]
        opps = []
        for k, (d, sides) in s["oppositions"].items():
            opps.append({"key": k, "description": d, "sides": [
                {"label": lab, "description": sd,
                 "answer_ids": ids_of(lambda o, k=k, j=j: o[0] == "opp" and o[1] == k and o[2] == j)}
                for j, (lab, sd) in enumerate(sides)]})
        mins = [{"key": k, "description": d,
                 "answer_ids": ids_of(lambda o, k=k: o[0] == "min" and o[1] == k)}
                for k, d in s["minorities"].items()]
        support = {s["objectives"][i]: keys for i, keys in s["support"].items()}
        supported_keys = {k for keys in support.values() for k in keys}
        truth = {
            "session": code, "lang": s["lang"], "client": CLIENT, "title": s["title"],
            "themes": themes, "oppositions": opps, "minorities": mins,
            "objective_support": support,
            "unsupported_objectives": [o for o in s["objectives"] if not support[o]],
            "unserved_needs": [k for k, (kind, _) in s["themes"].items()
                               if kind == "need" and k not in supported_keys],
            "noise_answer_ids": ids_of(lambda o: o[0] == "noise"),
        }
        with open(os.path.join(HERE, f"{code}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(code, "participants", n, "answers", len(answers),
              "skips", n * len(s["questions"]) - len(answers))


if __name__ == "__main__":
    main()
