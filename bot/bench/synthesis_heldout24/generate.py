#!/usr/bin/env python3
"""Deterministic generator for the blind synthesis set synthesis_heldout24 (issue 18).

Fictitious client: "Les Cinq Toiles", a network of 5 independent art-house cinemas in
Brittany (Le Grand Large, Le Goéland, Le Kerlann, L'Écluse, Le Triskell), running the
"Ambassadeurs des Toiles" program. All answers below are hand-written; only the
assignment of answers to participants is done by a seeded shuffle.

Group notation inside each question block:
  ("T", key, kind, description, [texts])                       planted theme
  ("O", key, description, (label, [texts]), (label, [texts]))    opposition (2 sides)
  ("M", key, description, [texts])                              minority view (2 people)
  ("N", [texts])                                                noise (non-answers, off-topic)
In the mixed session every text starts with "fr|" or "en|" (stripped on output) so each
participant keeps one language.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Les Cinq Toiles (réseau de 5 cinémas art et essai, Bretagne)"

OBJ_FR = [
    "Faire découvrir nos cinq salles à des publics qui n'y viennent pas encore, notamment les moins de 30 ans",
    "Recueillir régulièrement l'avis des spectateurs sur la programmation",
    "Remplir les avant-premières, séances-débats et rencontres avec les équipes de films",
    "Renforcer l'ancrage des salles indépendantes dans la vie locale",
    "Accroître la visibilité du réseau sur les réseaux sociaux",
]
OBJ_EN = [
    "Bring people who don't come yet into our five cinemas, especially the under-30s",
    "Collect regular feedback from moviegoers on the programming",
    "Fill the previews, debate screenings and meetings with film crews",
    "Strengthen the independent cinemas' roots in local life",
    "Grow the network's visibility on social media",
]
OBJ_MX = [f"{f} / {e}" for f, e in zip(OBJ_FR, OBJ_EN)]

Q_FR = [
    "Qu'est-ce qui vous donnerait envie de devenir ambassadeur·rice des Cinq Toiles, et qu'en attendez-vous ?",
    "Qu'est-ce qui pourrait vous freiner ou vous faire hésiter ?",
    "Comment aimeriez-vous contribuer concrètement ?",
    "Combien de temps pourriez-vous y consacrer, et à quel rythme ?",
    "Comment aimeriez-vous que votre engagement soit reconnu ?",
]
Q_EN = [
    "What would make you want to become an ambassador for Les Cinq Toiles, and what would you hope to get out of it?",
    "What might hold you back or make you hesitate?",
    "How would you like to contribute, concretely?",
    "How much time could you give, and how often?",
    "How would you like your involvement to be recognised?",
]
Q_MX = [f"{f} / {e}" for f, e in zip(Q_FR, Q_EN)]

# ---------------------------------------------------------------- French session
FR_BLOCKS = [
    [  # q1 motivations
        ("T", "fr-faire-vivre-salles", "need", "Soutenir les salles indépendantes pour qu'elles ne disparaissent pas", [
            "Si le Goéland ferme un jour je ne m'en remettrai pas. Alors si je peux aider à ce qu'il tienne, je signe 🙂",
            "Qu'on garde un cinéma digne de ce nom à moins de 30 km, sans devoir aller au multiplexe de la zone commerciale.",
            "J'ai vu trop de petites salles mettre la clé sous la porte dans les années 90. Donner un coup de main pour que ça n'arrive pas ici.",
            "Honnêtement c'est un acte militant : ces lieux existent parce que des gens y viennent, je veux en être.",
        ]),
        ("T", "fr-echanger-apres-film", "need", "Pouvoir discuter des films avec d'autres spectateurs après la séance", [
            "Pouvoir parler du film en sortant au lieu de rentrer direct dans ma voiture… seule avec mes pensées lol",
            "J'aime bien quand on refait le film à plusieurs autour d'un verre, les désaccords surtout",
            "Le débat d'après-séance c'est souvent mieux que le film lui même ! J'en veux plus.",
        ]),
        ("T", "fr-voix-programmation", "need", "Avoir son mot à dire sur les films programmés", [
            "Avoir un peu d'influence sur ce qui passe à l'affiche, même modestement.",
            "Qu'on nous demande notre avis avant de choisir les films du mois, ça me motiverait bcp",
            "J'aimerais peser sur les choix : il y a des pépites qui ne sont jamais diffusées chez nous.",
        ]),
        ("N", [
            "Je suis venue parce que ma voisine m'a dit qu'il y aurait des crêpes 😅",
        ]),
    ],
    [  # q2 brakes
        ("T", "fr-peur-demarcher-proches", "brake", "Peur de jouer les vendeurs auprès de ses proches", [
            "Je ne veux pas devenir le relou qui harcèle ses amis pour qu'ils prennent une place.",
            "Jouer les commerciaux auprès de ma famille, très peu pour moi.",
            "Si c'est pour faire du démarchage déguisé, non merci.",
            "J'ai peur qu'on me regarde comme quelqu'un qui essaie de fourguer un truc, à la chorale par exemple.",
        ]),
        ("T", "fr-pas-legitime", "brake", "Ne pas se sentir assez cinéphile / légitime", [
            "Je ne connais rien à Godard ni à la Nouvelle Vague, je me sentirais un peu imposteur.",
            "Est-ce que j'ai vraiment le niveau ? Je regarde aussi des comédies grand public hein",
            "Il y a des habitués bien plus calés que moi, j'oserais pas parler à leur place.",
        ]),
        ("M", "fr-transport-soir", "Difficulté à se déplacer le soir (plus de voiture, pas de car)", [
            "Depuis que j'ai rendu mon permis, je dépends de ma fille pour venir le soir.",
            "Pas de car après 19h dans mon coin, alors les séances de 20h30…",
        ]),
        ("N", [
            "Rien de spécial pour l'instant.",
            "Les sièges de la petite salle de l'Écluse, vraiment !! mon dos 😬",
        ]),
    ],
    [  # q3 contributions
        ("T", "fr-amener-non-habitues", "preference", "Amener au cinéma art et essai des gens qui n'y vont jamais", [
            "Emmener mes collègues qui ne jurent que par Netflix, leur montrer autre chose.",
            "Faire découvrir ces salles à ceux qui pensent que l'art et essai c'est pas pour eux.",
            "J'ai des neveux de 20 ans qui n'ont jamais mis les pieds au Kerlann, je peux les traîner là-bas 😄",
            "Convaincre les gens qui n'osent pas pousser la porte, genre « c'est trop intello ».",
        ]),
        ("O", "fr-devant-public-vs-coulisses", "Prendre la parole devant la salle ou aider discrètement en coulisses",
         ("Prendre la parole devant le public (présenter, animer)", [
             "Présenter le film avant la séance, micro en main, ça me plairait beaucoup.",
             "Animer un débat, poser les questions au réalisateur : oui oui oui.",
             "J'ai fait du théâtre amateur, me mettre face aux spectateurs ne me fait pas peur, au contraire.",
         ]),
         ("Aider en coulisses, sans se montrer", [
             "Plutôt préparer les choses dans l'ombre : installer, accueillir, ranger.",
             "Coller des affiches, déposer les programmes chez les commerçants, ce genre de chose discrète.",
             "Tant qu'on ne me demande pas de causer au public, je veux bien filer un coup de main logistique.",
         ])),
        ("N", [
            "Je verrai bien.",
        ]),
    ],
    [  # q4 time / rhythm
        ("T", "fr-une-fois-par-mois", "convergence", "Environ une fois par mois", [
            "Une soirée par mois, pas plus.",
            "Mensuellement, ça me paraît jouable.",
            "Disons toutes les quatre semaines à peu près",
            "Un créneau de temps en temps, genre une fois dans le mois selon le planning du boulot",
            "Je pense qu'une douzaine de fois dans l'année c'est raisonnable",
        ]),
        ("M", "fr-vacances-scolaires", "Disponible surtout pendant les vacances scolaires", [
            "Surtout pendant les vacances scolaires, le reste du temps je suis prof et débordée.",
            "L'été et les petites vacances, quand les enfants sont chez leur père.",
        ]),
        ("N", [
            "Aucune idée, ça dépend.",
            "Vous passez quand le dernier Kaurismäki ??",
        ]),
    ],
    [  # q5 recognition
        ("O", "fr-avantages-vs-experiences", "Être remercié par des avantages financiers ou par des expériences",
         ("Avantages financiers (places, réductions)", [
             "Des places offertes, franchement c'est ce qui compte avec mon budget.",
             "Une réduc sur la carte d'abonnement, ce serait concret.",
             "Quelques entrées gratuites pour inviter quelqu'un, ça me suffit.",
         ]),
         ("Expériences (rencontres, coulisses)", [
             "Rencontrer un réalisateur en vrai, ça vaut tous les cadeaux du monde.",
             "Visiter la cabine de projection, voir l'envers du décor ✨",
             "Assister à une avant-première avec l'équipe du film, ça je ne l'oublierais pas.",
         ])),
        ("T", "fr-un-merci-sincere", "need", "Un remerciement sincère, se sentir considéré", [
            "Un vrai merci de l'équipe, ça suffit. Pas besoin de plus.",
            "Qu'on me reconnaisse à la caisse et qu'on me dise que ça compte, c'est déjà beaucoup.",
            "Simplement sentir que mon aide est appréciée.",
        ]),
        ("M", "fr-siege-comite-programmation", "Une place au comité de programmation", [
            "Une place au comité de programmation, même juste une fois par an.",
            "Être invité à la réunion où vous choisissez les films, ce serait la classe.",
        ]),
        ("N", [
            "cf ma réponse d'avant",
        ]),
    ],
]
FR_SUPPORT = {
    OBJ_FR[0]: ["fr-amener-non-habitues"],
    OBJ_FR[1]: ["fr-voix-programmation"],
    OBJ_FR[2]: ["fr-echanger-apres-film"],
    OBJ_FR[3]: ["fr-faire-vivre-salles"],
    OBJ_FR[4]: [],
}

# ---------------------------------------------------------------- English session
EN_BLOCKS = [
    [  # q1
        ("T", "en-meet-film-lovers", "need", "Meeting fellow film lovers, belonging to a group", [
            "Honestly? Friends. I moved here 3 yrs ago and still don't know many people who like the same films as me.",
            "Feeling part of a crowd that gets excited about an Ozu retrospective.",
            "To stop being the weird guy who goes to subtitled films alone every tuesday 😂 would love a gang",
            "Kindred spirits. Film nerds are rare round here.",
            "The social side, mainly. Conversations, faces I recognise at the bar.",
        ]),
        ("T", "en-see-films-first", "need", "Seeing films before their release (previews)", [
            "Seeing stuff before it's officially out — previews, festival picks.",
            "Early screenings!! Being among the first to watch something is such a buzz",
            "A sneak peek at new films before release, like the press get.",
            "Avant-premières, as they call them. I'd love an invite to those.",
            "Catching new releases ahead of everyone else, I won't lie, that's the main draw.",
        ]),
        ("T", "en-say-in-programming", "need", "Having a say in which films are shown", [
            "Having some input into what gets shown. So many films never make it out of Paris.",
            "I'd like my suggestions to actually reach whoever picks the films.",
            "Influence over the line-up, even a tiny bit.",
            "Being consulted on which titles to book — that'd make me feel useful.",
        ]),
        ("T", "en-pass-on-enthusiasm", "need", "Passing on one's enthusiasm for films to others", [
            "I already drag everyone to see things I've loved, might as well make it official",
            "When a film blows me away I want the whole world to see it. This gives that an outlet.",
            "Getting other people hooked the way I was.",
            "I'm that friend who texts 'you HAVE to see this' — it'd channel that.",
        ]),
        ("M", "en-practise-french", "Using the program to practise French", [
            "Practising my French with real people, tbh, and not just the baker.",
            "It'd push me to speak more French. Mine is stuck at 'terrible but enthusiastic'.",
        ]),
        ("N", [
            "Not sure yet.",
            "Is the bar at the Grand Large open on Sundays?",
        ]),
    ],
    [  # q2
        ("T", "en-french-not-fluent", "brake", "Not fluent enough in French to speak up", [
            "My French. I'd panic if I had to speak in front of a room.",
            "Language barrier — I can follow a film with subtitles but leading a discussion en français? No.",
            "I worry people would struggle with my accent, je parle comme une vache espagnole.",
            "Not being articulate enough in the local language to explain why a film matters.",
            "Mostly the language thing. I get tongue-tied as soon as the conversation speeds up.",
        ]),
        ("T", "en-fear-of-selling", "brake", "Fear of pushing or selling to friends", [
            "I don't want to become the person who's always flogging something to their mates.",
            "Pestering friends into buying tickets. Not my style.",
            "If it feels like marketing I'm out. Word of mouth should be genuine.",
            "Fear of being annoying, like those MLM acquaintances on facebook",
        ]),
        ("T", "en-too-far-away", "brake", "Living far away, hard to get there", [
            "I live 40 min from the nearest of the five, on country lanes. Night driving in winter isn't fun.",
            "Distance. No public transport out where we are.",
            "Getting home after a late debate — the last bus has long gone.",
            "We're miles out in the countryside, so every trip is a proper expedition.",
        ]),
        ("M", "en-data-tracking", "Worry about personal data and being tracked", [
            "What happens with my data? If there's an app logging everything I do I'd rather not.",
            "Not keen on being tracked with points and dashboards, feels a bit Black Mirror.",
        ]),
        ("N", [
            "Nothing comes to mind",
            "-",
            "The sound in screen 2 at L'Écluse is way too loud btw",
        ]),
    ],
    [  # q3
        ("T", "en-post-online", "preference", "Posting about screenings online", [
            "I could post about upcoming screenings on my Insta, I have a decent following among expats.",
            "Writing short reviews on Letterboxd and tagging the cinema.",
            "Sharing events in the English-speakers' WhatsApp and FB groups.",
            "Stories, reels, that kind of thing. I enjoy making little videos.",
            "Digital stuff mostly — I'm better with a keyboard than with a microphone.",
        ]),
        ("T", "en-bring-newcomers", "preference", "Bringing people who never go to art-house cinema", [
            "Bringing my colleagues along, most of them haven't set foot in a cinema since Covid.",
            "Getting my students to come to a screening — they think it's for old people.",
            "Taking neighbours who'd never think of going to an arthouse film.",
            "Introducing people who only ever watch blockbusters to something different.",
        ]),
        ("T", "en-help-anglophones", "preference", "Helping English speakers (translation, welcome)", [
            "I could translate the weekly programme blurbs into English for the anglophone crowd.",
            "Help non-French speakers feel welcome — a quick English intro before VO screenings?",
            "Being a point of contact for English-speaking newcomers who don't dare come in.",
            "Translating flyers, that sort of thing — I'm a translator by trade.",
        ]),
        ("O", "en-alone-vs-with-friends", "Taking part on one's own or with one's group of friends",
         ("On my own", [
             "I'd come on my own — I actually prefer it, it's easier to chat with strangers that way.",
             "Solo. I like turning up alone and seeing who I end up talking to.",
             "Just me. My partner hates subtitles anyway 🙃",
         ]),
         ("With my friends", [
             "I'd want to do it with my little group of friends, we go everywhere together.",
             "As a gang! We could book a row and make an evening of it.",
             "Only if my mates are in too, doing it by myself sounds lonely.",
         ])),
        ("N", [
            "Dunno",
            "Will you be showing the new Hamaguchi?",
        ]),
    ],
    [  # q4
        ("T", "en-weeknights", "convergence", "Weekday evenings after work", [
            "Weekday evenings suit me, after 6.",
            "After work, Monday to Thursday.",
            "Evenings during the week are easiest — weekends are family time.",
            "Tuesday or Wednesday nights, ideally.",
            "Once the office closes, any school night really.",
        ]),
        ("T", "en-few-hours-month", "convergence", "A couple of hours a month at most", [
            "A couple of hours a month, max.",
            "Realistically two or three hours every few weeks.",
            "No more than half a day every month, I've got a lot on.",
            "Small doses — maybe 2h monthly?",
        ]),
        ("T", "en-daytime", "convergence", "Daytime (retired, matinees)", [
            "I'm retired so daytime is best, matinées.",
            "Afternoons. I don't drive after dark anymore.",
            "Any weekday during the day, since I stopped working.",
            "Mornings and early afternoons — I'm free then.",
        ]),
        ("M", "en-winter-only", "Only available in the colder months", [
            "Only in the winter months. From May I'm on the boat every weekend.",
            "Autumn to spring. Summer is garden season and visitors season.",
        ]),
        ("N", [
            "Depends",
            "Hard to say right now, just started a new job",
            "Love the new posters by the way",
        ]),
    ],
    [  # q5
        ("T", "en-free-tickets", "need", "Free or cheaper tickets", [
            "Free tickets. Simple, useful.",
            "A discount on the membership card would be lovely.",
            "Some complimentary passes I could give to friends.",
            "Cheaper entry, honestly, going to the pictures isn't cheap anymore.",
        ]),
        ("T", "en-meet-filmmakers", "need", "Meeting directors and film crews", [
            "A chance to meet directors when they come for a Q&A — even just five minutes.",
            "Dinner with the film crew after a premiere? Dream.",
            "Getting to chat with filmmakers backstage.",
            "Being at the small gathering after the talk, with the guests.",
            "Meeting the people who make the films. That's worth more than any freebie.",
        ]),
        ("O", "en-credited-vs-anonymous", "Being publicly credited or staying anonymous",
         ("Public credit", [
             "Put my name in the monthly programme, I'd be chuffed.",
             "A mention on the website or the newsletter, so people know who's behind the picks.",
             "Public shout-out at the start of a screening — I'd love that, not gonna lie.",
         ]),
         ("Stay anonymous", [
             "Please don't name me anywhere. I'd rather help quietly.",
             "No public acknowledgement, I'm a private person.",
             "Keep me out of the spotlight, just let me do my thing.",
         ])),
        ("M", "en-ambassadors-vote-a-film", "Ambassadors voting for a film slot", [
            "Let ambassadors vote for one film a month. That would be my reward.",
            "A 'spectators' choice' slot we get to pick together.",
        ]),
        ("N", [
            "No idea",
            "whatever you think is fair",
            "?",
        ]),
    ],
]
EN_SUPPORT = {
    OBJ_EN[0]: ["en-pass-on-enthusiasm", "en-bring-newcomers", "en-help-anglophones"],
    OBJ_EN[1]: ["en-say-in-programming"],
    OBJ_EN[2]: ["en-see-films-first", "en-meet-filmmakers"],
    OBJ_EN[3]: [],
    OBJ_EN[4]: ["en-post-online"],
}

# ---------------------------------------------------------------- mixed session
MX_BLOCKS = [
    [  # q1
        ("T", "mx-keep-cinemas-alive", "need", "Keeping the independent cinemas alive / que les salles survivent", [
            "fr|Que nos petites salles survivent à l'ère du streaming, c'est ma motivation n°1.",
            "fr|Défendre un lieu qui fait partie du paysage de la ville depuis 1952.",
            "fr|Le Triskell, c'est le seul endroit culturel ouvert le soir dans le canton. Je veux qu'il dure.",
            "en|I want these places to still be around in ten years. Simple as that.",
            "en|Keeping an independent screen going in a small town matters more than people think.",
            "en|Doing my bit so the Kerlann doesn't end up as another phone shop.",
        ]),
        ("T", "mx-meet-people", "need", "Meeting people, making friends / rencontrer du monde", [
            "fr|Sortir de chez moi et rencontrer du monde, depuis la retraite je tourne en rond.",
            "fr|Me faire des copains qui aiment le cinéma autant que moi.",
            "fr|Créer des liens, tout simplement. Je suis arrivée dans la région l'an dernier.",
            "en|New faces! I've been here two winters and it's been lonely-ish.",
            "en|Getting to know the regulars I nod at every week but never actually talk to.",
            "en|Friendship, basically. Films are a great excuse.",
        ]),
        ("T", "mx-discuss-films", "need", "Discussing the films afterwards / échanger sur les films", [
            "fr|Discuter des films après, décortiquer, se disputer gentiment 😄",
            "fr|Les échanges en sortie de salle, c'est ce qui me manque le plus.",
            "en|Proper post-screening chats, not just 'yeah it was good'.",
            "en|Arguing about endings over a drink afterwards.",
            "fr|Pouvoir confronter mon ressenti à celui des autres spectateurs.",
        ]),
        ("T", "mx-learn-film-culture", "need", "Learning about cinema / se cultiver", [
            "fr|Apprendre ! J'ai d'énormes lacunes en histoire du cinéma.",
            "en|Learning how to read a film better — framing, editing, all that.",
            "fr|Me cultiver : comprendre pourquoi tel réalisateur compte.",
            "en|I'd love some kind of film-school-lite: talks, notes, context.",
            "en|Expanding my knowledge beyond the usual Hollywood diet.",
        ]),
        ("M", "mx-career-cv", "Experience for a career in film / culture", [
            "fr|Franchement ça ferait bien sur mon CV, je vise un master en médiation culturelle.",
            "en|I'm hoping to work in film distribution one day, so experience helps.",
        ]),
        ("N", [
            "fr|Je ne sais pas trop encore.",
            "en|N/A",
            "fr|C'est ma femme qui m'a inscrit 😅",
            "en|Great popcorn btw. Is it homemade?",
        ]),
    ],
    [  # q2
        ("T", "mx-no-time", "brake", "Lack of time (work, family) / manque de temps", [
            "fr|Le boulot. Entre les horaires décalés et les gamins, il me reste pas grand-chose.",
            "fr|Mon agenda est déjà plein à craquer.",
            "en|Two jobs, one toddler, zero spare evenings.",
            "en|I'm stretched thin as it is with work.",
            "fr|Je suis aidante pour ma mère, mes soirées ne m'appartiennent pas vraiment.",
            "en|My schedule changes every week, shift work, so hard to commit to anything.",
        ]),
        ("T", "mx-shyness", "brake", "Shyness, fear of speaking in public / timidité", [
            "fr|Je suis timide, parler devant des inconnus me paralyse.",
            "en|Public speaking terrifies me.",
            "fr|J'ai le trac rien qu'à l'idée de prendre un micro.",
            "en|I'm an introvert, crowds drain me.",
            "en|I go red as a tomato when people look at me 🙈",
        ]),
        ("T", "mx-fear-of-obligation", "brake", "Fear it becomes a chore with targets / peur de l'obligation", [
            "fr|Que ça devienne une corvée, avec des objectifs à remplir.",
            "en|If there are quotas or targets, count me out.",
            "fr|La pression de devoir « performer », les classements tout ça… non.",
            "en|I don't want to feel guilty every time I can't make it.",
            "fr|Peur de me sentir obligée, alors que le ciné c'est mon plaisir.",
        ]),
        ("T", "mx-cost", "brake", "Cost of going to the cinema / le prix", [
            "fr|Le prix des places. À 9 € la séance je ne peux pas venir toutes les semaines.",
            "en|Money, to be honest. Going often adds up fast.",
            "fr|Avec le RSA je compte chaque euro, même pour une toile.",
            "en|Tickets plus petrol, it's not a cheap night out anymore.",
            "en|Budget's tight as a student.",
        ]),
        ("M", "mx-childcare", "Childcare in the evening / faire garder les enfants", [
            "fr|Trouver quelqu'un pour garder les petits le soir.",
            "en|Childcare. No babysitter, no cinema.",
        ]),
        ("N", [
            "fr|Rien.",
            "en|Can't think of anything.",
            "fr|La salle 1 du Goéland a besoin d'un coup de peinture",
            "en|idk",
        ]),
    ],
    [  # q3
        ("T", "mx-write-texts", "preference", "Writing reviews / presentation texts for the programme", [
            "fr|Écrire des petites critiques pour la gazette mensuelle.",
            "en|I could write short film notes for the printed programme.",
            "fr|Rédiger les textes de présentation des films, j'adore écrire.",
            "en|Penning a few lines about each week's picks.",
            "fr|Tenir une chronique « coup de cœur » dans le journal des salles.",
            "en|Reviews, blurbs, whatever you need words for.",
        ]),
        ("T", "mx-bring-young-people", "preference", "Bringing students and young people / amener les jeunes", [
            "fr|Faire le lien avec le lycée où je bosse, amener des classes.",
            "en|Be a relay on campus — get students through the door.",
            "fr|Ramener des 18-25 ans, ils ne savent même pas que ces salles existent.",
            "en|Getting my uni flatmates to ditch the laptop for a real screen.",
            "fr|Organiser des sorties ciné avec l'asso étudiante.",
        ]),
        ("T", "mx-children-screenings", "preference", "Helping with children's / family screenings", [
            "fr|Aider aux ciné-goûters du mercredi avec les enfants.",
            "en|Helping with the kids' screenings — I'm a primary teacher.",
            "fr|M'occuper des séances jeune public, lire un conte avant le film par ex.",
            "en|Family matinees, I'd love to be involved in those.",
            "fr|Accompagner les tout-petits pendant leur première fois dans une salle obscure.",
        ]),
        ("T", "mx-welcome-event-nights", "preference", "Welcoming and helping on event nights / accueil", [
            "en|Be on the door on event nights, checking tickets, smiling.",
            "fr|Accueillir le public lors des soirées spéciales.",
            "en|Setting up chairs and serving drinks during festival nights.",
            "fr|Filer un coup de main pendant les soirées-débats : buvette, rangement.",
        ]),
        ("O", "mx-accessible-vs-demanding", "Pushing for more accessible films or defending rare, demanding ones",
         ("More accessible films to draw newcomers", [
             "fr|Proposer des films plus accessibles, des comédies d'auteur, pour faire venir ceux qui ont peur de l'art et essai.",
             "en|Suggest a few crowd-pleasers to the programmers — not everything has to be a 3-hour Hungarian epic.",
             "fr|Pousser pour des films qui parlent à tout le monde, sinon on reste entre nous.",
             "en|I'd lobby for lighter, friendlier titles now and then.",
         ]),
         ("Defend rare, demanding films", [
             "fr|Défendre les films rares et exigeants, c'est la raison d'être de ces salles !",
             "en|Championing the obscure stuff — the films nobody else in Brittany will show.",
             "fr|Me battre pour garder les œuvres difficiles au programme, même si la salle est à moitié vide.",
         ])),
        ("N", [
            "fr|Je sais pas encore, on verra.",
            "en|Same as above",
            "fr|Le parking derrière l'Écluse est toujours plein le vendredi.",
        ]),
    ],
    [  # q4
        ("T", "mx-weekends", "convergence", "Weekends / le week-end", [
            "fr|Le dimanche après-midi surtout.",
            "en|Weekends are best for me.",
            "fr|Samedi ou dimanche, en semaine c'est mort.",
            "en|Saturdays, any time.",
            "fr|Quand je ne travaille pas, donc en fin de semaine.",
        ]),
        ("T", "mx-few-hours-cap", "convergence", "A few hours a month at most / quelques heures par mois", [
            "fr|Deux-trois heures par mois, max.",
            "en|A handful of hours monthly, not more.",
            "fr|Pas plus d'une demi-journée sur un mois.",
            "en|Maybe 3 hours every four weeks? I have to be realistic.",
            "fr|Une petite poignée d'heures, je ne peux pas promettre davantage.",
        ]),
        ("T", "mx-in-bursts", "convergence", "Intensely during festivals / big events, little otherwise", [
            "en|Intensively during the festival week, then not much the rest of the year.",
            "fr|À fond pendant le festival de novembre, et peu le reste du temps.",
            "en|In bursts — big events yes, routine stuff no.",
            "fr|Par périodes : je peux me libérer pour les temps forts, pas pour l'ordinaire.",
        ]),
        ("T", "mx-only-when-already-there", "convergence", "Only when already coming to a screening, no extra trip", [
            "fr|Seulement quand je viens déjà voir un film, pas de déplacement en plus.",
            "en|Only around screenings I'm attending anyway.",
            "fr|Si ça se greffe sur mes séances habituelles, ok. Faire le trajet exprès, non.",
            "en|Tie it to my normal cinema trips and I'm in — separate journeys, no.",
        ]),
        ("O", "mx-planned-vs-spontaneous", "A fixed, planned slot or taking part when a film moves them",
         ("Fixed, planned slot", [
             "fr|Un créneau fixe, genre le premier jeudi du mois, je m'organise mieux.",
             "en|Put me on a rota. I like knowing exactly when I'm needed.",
             "fr|Il me faut un calendrier établi longtemps à l'avance, sinon j'oublie.",
         ]),
         ("When a film moves me", [
             "en|Whenever a film really grabs me, I'll be there — can't promise a schedule.",
             "fr|Au feeling : si un film me bouleverse, je serai la première à en parler.",
             "en|Spontaneously. Ask me the week before and I'll see.",
             "fr|Selon les coups de cœur, pas de planning s'il vous plaît.",
         ])),
        ("M", "mx-from-home", "Only remotely, from home / à distance", [
            "en|From home only — I could do bits on my laptop in the evenings.",
            "fr|À distance, depuis chez moi, je ne peux pas me déplacer.",
        ]),
        ("N", [
            "fr|Ça dépend des semaines.",
            "en|Not sure",
            "fr|Idem que ma voisine",
            "en|Will there be a Christmas screening for kids?",
        ]),
    ],
    [  # q5
        ("T", "mx-cheaper-tickets", "need", "Free or discounted tickets / places offertes", [
            "fr|Une réduction sur l'abonnement annuel.",
            "en|Free tickets, that would genuinely help.",
            "fr|Des places gratuites de temps en temps.",
            "en|A cheaper membership card.",
            "fr|Quelques séances offertes, vu ce que ça coûte.",
        ]),
        ("T", "mx-previews-and-crews", "need", "Invitations to previews, meeting film crews / avant-premières", [
            "fr|Être invité aux avant-premières et rencontrer les équipes.",
            "en|Invites to previews, a chance to meet the cast or crew.",
            "fr|Voir des films avant leur sortie, en petit comité.",
            "en|Early screenings with the director in the room.",
            "en|Access to exclusive showings ahead of release.",
        ]),
        ("T", "mx-choose-a-film", "need", "Choosing / presenting a film once / carte blanche", [
            "fr|Choisir un film une fois dans l'année, une carte blanche quoi.",
            "en|Let me programme one screening a year, that'd be amazing.",
            "fr|Avoir ma séance « coup de cœur » que je présenterais moi-même.",
            "en|Picking something for the big screen once — bucket list stuff.",
        ]),
        ("T", "mx-friendly-moment-with-team", "need", "A friendly get-together with the staff / un moment convivial", [
            "fr|Un pot de fin de saison avec l'équipe, tout simplement.",
            "en|A friendly get-together with the staff now and then.",
            "fr|Partager une galette-saucisse avec les projectionnistes 😋",
            "en|Drinks with the team after closing — a proper thank-you evening.",
        ]),
        ("M", "mx-goodies", "Goodies (tote bag, poster, badge)", [
            "fr|Un tote bag ou une affiche dédicacée, j'adore les objets.",
            "en|Merch! A poster, a badge, anything.",
        ]),
        ("N", [
            "fr|Pas d'avis.",
            "en|Haven't thought about it.",
            "fr|Voir plus haut.",
            "en|Are there still seats for Friday?",
        ]),
    ],
]
MX_SUPPORT = {
    OBJ_MX[0]: ["mx-bring-young-people", "mx-children-screenings"],
    OBJ_MX[1]: ["mx-choose-a-film"],
    OBJ_MX[2]: ["mx-discuss-films", "mx-welcome-event-nights", "mx-previews-and-crews"],
    OBJ_MX[3]: ["mx-keep-cinemas-alive"],
    OBJ_MX[4]: [],
}

SESSIONS = [
    dict(code="KLN", lang="fr", n=12, seed=2401, title="Atelier JE — habitués francophones (Le Kerlann, Le Goéland)",
         questions=Q_FR, objectives=OBJ_FR, blocks=FR_BLOCKS, support=FR_SUPPORT, n_fr=12,
         note="Séance en français. Objectif réseaux sociaux : aucun thème ne le porte. Besoin non servi : un merci sincère."),
    dict(code="GDL", lang="en", n=24, seed=2402, title="JE workshop — English-speaking regulars of the VO screenings",
         questions=Q_EN, objectives=OBJ_EN, blocks=EN_BLOCKS, support=EN_SUPPORT, n_fr=0,
         note="English session. No theme supports the local-roots objective. Unserved needs: meeting film lovers, free tickets. Brake and time themes are not mapped to objectives."),
    dict(code="TSK", lang="fr+en", n=38, seed=2403, title="Atelier JE inter-salles / cross-cinema JE workshop (FR + EN)",
         questions=Q_MX, objectives=OBJ_MX, blocks=MX_BLOCKS, support=MX_SUPPORT, n_fr=20,
         note="Mixed session: each participant answers in one language; every theme mixes both. No theme supports the social-media objective. Unserved needs: meeting people, learning film culture, cheaper tickets, friendly moment with the team. mx-write-texts is a preference theme mapped to no objective."),
]


def split_lang(text, session):
    if session["lang"] == "fr+en":
        lang, _, body = text.partition("|")
        assert lang in ("fr", "en"), text
        return lang, body
    return session["lang"], text


def build(session, seed):
    rng = random.Random(seed)
    pids = [f"P{i:02d}" for i in range(1, session["n"] + 1)]
    order = pids[:]
    rng.shuffle(order)
    if session["lang"] == "fr+en":
        lang_of = {p: ("fr" if i < session["n_fr"] else "en") for i, p in enumerate(order)}
    else:
        lang_of = {p: session["lang"] for p in pids}
    answers, owners = [], []  # owners: (kind, key, side_index or None, answer_id)
    for qi, block in enumerate(session["blocks"], start=1):
        slots = []  # (lang, text, owner)
        for g in block:
            if g[0] == "T":
                for t in g[4]:
                    slots.append(split_lang(t, session) + (("T", g[1], None),))
            elif g[0] == "M":
                for t in g[3]:
                    slots.append(split_lang(t, session) + (("M", g[1], None),))
            elif g[0] == "O":
                for si, side in enumerate((g[3], g[4])):
                    for t in side[1]:
                        slots.append(split_lang(t, session) + (("O", g[1], si),))
            elif g[0] == "N":
                for t in g[1]:
                    slots.append(split_lang(t, session) + (("N", None, None),))
        pools = {}
        for lg in ("fr", "en"):
            pool = [p for p in pids if lang_of[p] == lg]
            rng.shuffle(pool)
            pools[lg] = pool
        rng.shuffle(slots)
        for lg, text, owner in slots:
            if not pools[lg]:
                raise ValueError(f"not enough {lg} participants for q{qi}")
            p = pools[lg].pop()
            aid = f"{session['code']}-{p}-q{qi}"
            answers.append({"id": aid, "participant": p, "question": session["questions"][qi - 1], "answer": text})
            owners.append(owner + (aid,))
    counts = {p: 0 for p in pids}
    for a in answers:
        counts[a["participant"]] += 1
    if min(counts.values()) < 2:
        return None
    answers.sort(key=lambda a: (a["participant"], int(a["id"].rsplit("q", 1)[1])))
    return answers, owners, lang_of


def truth_of(session, owners):
    by = {}
    for kind, key, side, aid in owners:
        by.setdefault((kind, key, side), []).append(aid)
    for v in by.values():
        v.sort()
    themes, opps, mins = [], [], []
    for block in session["blocks"]:
        for g in block:
            if g[0] == "T":
                themes.append({"key": g[1], "kind": g[2], "description": g[3], "answer_ids": by[("T", g[1], None)]})
            elif g[0] == "M":
                mins.append({"key": g[1], "description": g[2], "answer_ids": by[("M", g[1], None)]})
            elif g[0] == "O":
                opps.append({"key": g[1], "description": g[2], "sides": [
                    {"label": g[3][0], "answer_ids": by[("O", g[1], 0)]},
                    {"label": g[4][0], "answer_ids": by[("O", g[1], 1)]}]})
    support = {o: session["support"][o] for o in session["objectives"]}
    served = {k for v in support.values() for k in v}
    return {
        "session": session["code"], "lang": session["lang"], "client": CLIENT, "title": session["title"],
        "themes": themes, "oppositions": opps, "minorities": mins,
        "objective_support": support,
        "unsupported_objectives": [o for o in session["objectives"] if not support[o]],
        "unserved_needs": [t["key"] for t in themes if t["kind"] == "need" and t["key"] not in served],
        "noise_answer_ids": sorted(by.get(("N", None, None), [])),
        "note": session["note"],
    }


def main():
    for s in SESSIONS:
        seed = s["seed"]
        while True:
            res = build(s, seed)
            if res:
                break
            seed += 1000
        answers, owners, _ = res
        code = s["code"]
        with open(os.path.join(HERE, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(s["objectives"]) + "\n")
        with open(os.path.join(HERE, f"{code}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth_of(s, owners), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(code, "seed", seed, "answers", len(answers))


if __name__ == "__main__":
    main()
