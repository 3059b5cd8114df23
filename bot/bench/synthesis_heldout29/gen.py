#!/usr/bin/env python3
"""Build the synthesis_heldout29 set (deterministic, standard library only).

Usage: python3 gen.py [OUTPUT_DIR]   (default: the folder of this script)
"""
import json
import os
import sys

SET = "synthesis_heldout29"
CLIENT = "Réparéo"
CLIENT_DESC = ("Réparéo (fictitious): a network of about forty home appliance repair workshops in "
               "western France (washing machines, ovens, fridges, vacuum cleaners, small kitchen "
               "appliances), launching an ambassador program among its satisfied customers, "
               "including the English-speaking customers of its Dordogne and Brittany workshops.")

# ---------------------------------------------------------------------------
# Session RE1: French, 12 participants
# ---------------------------------------------------------------------------
RE1 = {
    "session": "RE1",
    "lang": "fr",
    "title": "Atelier JE, ambassadeurs Réparéo, ateliers de Nantes et d'Angers",
    "n": 12,
    "questions": {
        "q1": "Qu'est-ce qui vous donnerait envie de vous impliquer comme ambassadeur Réparéo ?",
        "q2": "Qu'est-ce qui pourrait vous freiner ou vous retenir ?",
        "q3": "Comment aimeriez-vous contribuer, concrètement ?",
        "q4": "Combien de temps pourriez-vous y consacrer ?",
        "q5": "Seriez-vous favorable à un classement des ambassadeurs visible par tous les membres ?",
    },
    "objectives": [
        "Augmenter le nombre de nouveaux clients recommandés par les ambassadeurs",
        "Multiplier les avis en ligne sur les fiches de chaque atelier",
        "Faire connaître la réparation comme alternative au remplacement des appareils",
        "Recueillir des idées d'amélioration du service (prise de rendez-vous, devis, suivi)",
        "Impliquer des ambassadeurs dans l'animation d'ateliers d'auto-réparation en boutique",
    ],
    "themes": {
        "need_durabilite": ("need", "Faire durer les appareils, éviter le gaspillage : faire réparer plutôt que jeter."),
        "need_remise": ("need", "Un avantage financier : remise, déplacement ou diagnostic offert, tarif préférentiel."),
        "brake_sollicitation": ("brake", "Peur d'être sollicité ou relancé trop souvent (mails, SMS, notifications)."),
        "brake_competence": ("brake", "Ne pas se sentir compétent techniquement ni légitime pour conseiller."),
        "pref_avis": ("preference", "Laisser des avis et des notes en ligne (Google, sites d'avis)."),
        "pref_bouche": ("preference", "Recommander de vive voix à l'entourage (voisins, famille, collègues)."),
        "time_court": ("convergence", "Très peu de temps : quelques minutes de temps en temps, souvent depuis le téléphone."),
        "time_mensuel": ("convergence", "Une à deux heures par mois, le soir, depuis chez soi."),
    },
    "oppositions": {
        "opp_classement": ("Classement public des ambassadeurs : plutôt pour (ça motive) ou plutôt contre (compétition, malaise).",
                           {"pour": "Plutôt pour un classement visible, tant qu'il reste amical",
                            "contre": "Plutôt contre : pas de compétition entre clients"}),
    },
    "minorities": {
        "min_convivialite": "Motivé par la convivialité : rencontrer d'autres clients, créer du lien.",
        "min_donnees": "Frein : protection des données personnelles, ne pas être identifiable.",
        "min_photos": "Contribuer par des photos avant/après d'appareils réparés sur les réseaux sociaux.",
    },
    "objective_support": {
        0: ["pref_bouche"],
        1: ["pref_avis"],
        2: ["need_durabilite"],
        3: [],
        4: [],
    },
    "unserved_needs": ["need_remise"],
    "note": ("Session française, 12 participants, réponses très polies et prudentes. Objectifs 4 (idées "
             "d'amélioration) et 5 (ateliers d'auto-réparation) : aucune réponse n'en parle. Le besoin "
             "de remise n'est servi par aucun objectif. Les réponses qui ne disent rien de précis "
             "(questions renvoyées à l'animateur, 'ça dépend') sont du bruit."),
    "answers": {
        "q1": [
            ("P01", "need_durabilite", "Merci pour l'invitation, c'est très gentil d'avoir pensé à moi. Je crois que ce qui me motiverait, au fond, c'est que mon lave-linge a tenu quinze ans au lieu de finir à la déchetterie : si je peux aider d'autres gens à faire réparer plutôt que jeter, ça me parlerait."),
            ("P02", "need_remise", "Alors, je ne voudrais pas paraître intéressée, hein, mais honnêtement une petite remise sur la prochaine intervention, ou le déplacement offert, ça compterait pas mal pour moi."),
            ("P03", "need_durabilite", "C'est une bonne question, et je ne suis pas sûr d'avoir une réponse très originale… Disons que jeter un four parce qu'une résistance a lâché, ça me désole ; contribuer à ce que les appareils durent plus longtemps, ça, oui, ça me donnerait envie."),
            ("P04", "noise", "Je ne sais pas trop, pour être franc. Vous pourriez peut-être nous en dire un peu plus sur ce que vous attendez, avant que je réponde ? J'imagine que ça dépend beaucoup de la forme que ça prendrait."),
            ("P05", "need_durabilite", "Sans vouloir faire de grands discours, j'ai été élevée par des parents qui réparaient tout, et je trouve qu'on a perdu ça. Participer à quelque chose qui évite le gaspillage d'appareils encore bons, je crois que c'est ce qui me motiverait le plus."),
            ("P06", "need_remise", "Je suis très contente du service, vraiment, donc je le ferais peut-être de toute façon… mais s'il y avait un avantage sur les pièces détachées ou sur la main-d'œuvre, je mentirais en disant que ça ne jouerait pas."),
            ("P07", "min_convivialite", "Oh, vous savez, je suis à la retraite depuis peu, alors ce qui me plairait, je pense, c'est surtout de rencontrer d'autres clients, de discuter, de créer un peu de lien. Si c'est ça l'esprit, je suis partant."),
            ("P08", "need_durabilite", "Je vais peut-être vous décevoir, mais je ne cherche rien de particulier pour moi. Ce qui me ferait venir, c'est de montrer autour de moi qu'un sèche-linge, ça se répare, et qu'on n'est pas obligé d'en racheter un neuf à la première panne."),
            ("P09", "min_convivialite", "Je ne veux pas vous faire perdre de temps avec ça, mais ce qui compte pour moi, c'est l'ambiance : des moments sympas entre clients, un café, des échanges. Le côté humain, en somme."),
            ("P10", "need_durabilite", "Je suis un peu gêné de répondre ça parce que ça fait très à la mode, mais c'est sincère : réduire les déchets électroniques, faire en sorte qu'on répare au lieu de remplacer. C'est ce qui me donnerait envie."),
            ("P11", "need_remise", "Pour être tout à fait honnête avec vous, et j'espère que ce n'est pas mal vu, c'est l'aspect réduction qui me ferait sauter le pas : un bon de réduction sur une réparation, par exemple."),
            ("P12", "need_remise", "Je ne sais pas si c'est prévu, et ce n'est pas une condition, mais un diagnostic gratuit ou un tarif préférentiel pour les ambassadeurs, ce serait un vrai plus pour moi."),
        ],
        "q2": [
            ("P01", "brake_sollicitation", "Rien de bien grave, je vous rassure. Peut-être simplement la crainte de recevoir des mails toutes les semaines pour me demander quelque chose ; si on me sollicite trop souvent, je risque de décrocher, je me connais."),
            ("P02", "brake_sollicitation", "Je ne voudrais pas avoir l'air de me plaindre d'avance, mais j'ai déjà connu des programmes où on vous relance sans arrêt… Si c'est trop de relances, ça me freinerait, oui."),
            ("P03", "brake_competence", "Je vais être honnête : je ne suis pas du tout bricoleur. J'aurais peur qu'on me pose des questions techniques sur les appareils et de ne pas savoir répondre, de dire des bêtises."),
            ("P04", "brake_sollicitation", "Oh, pas grand-chose, vraiment. Enfin… si je devais trouver quelque chose, ce serait d'être trop souvent sollicité, les demandes à répétition. Mais je suppose que vous y avez pensé ?"),
            ("P05", "brake_competence", "C'est délicat à dire, mais je ne me sens pas très légitime : je n'y connais rien en électroménager, j'ai juste apporté mon aspirateur. Conseiller quelqu'un d'autre, je ne suis pas sûre d'en être capable."),
            ("P06", "min_donnees", "Je suis peut-être un peu méfiante, excusez-moi, mais je n'aimerais pas que mon nom et mon quartier apparaissent quelque part, ni que mes coordonnées circulent. Ce serait ça, mon frein."),
            ("P07", "brake_sollicitation", "Je ne suis pas quelqu'un qui se plaint facilement, mais si je commençais à recevoir des SMS et des notifications pour tout et n'importe quoi, je crois que je lâcherais."),
            ("P09", "brake_sollicitation", "Franchement, rien de rédhibitoire. Peut-être la fréquence des demandes : une fois de temps en temps, très bien, mais être relancée en permanence, ça me lasserait vite."),
            ("P10", "brake_competence", "Je n'ose pas trop le dire, mais j'ai un peu le syndrome de l'imposteur : je ne saurais pas expliquer une panne ni donner un conseil technique, alors parler au nom des réparateurs, ça me gênerait."),
            ("P11", "brake_sollicitation", "Je n'ai rien contre le principe, au contraire. C'est juste que ma boîte mail déborde déjà ; si le programme ajoute des sollicitations chaque semaine, je ne suivrai pas."),
            ("P12", "min_donnees", "Est-ce que je peux vous poser une question en retour ? Qu'est-ce que vous faites des données qu'on vous confie ? Parce que c'est un peu ce qui me retient : je tiens à ce que mes informations personnelles restent privées."),
        ],
        "q3": [
            ("P01", "pref_bouche", "Je ne suis pas très réseaux sociaux, vous vous en doutez peut-être. Par contre, en parler à mes voisins, à la famille quand leur frigo tombe en panne, ça je le fais déjà un peu et je veux bien continuer."),
            ("P02", "pref_avis", "Je ne sais pas si ça vous aide, mais le plus simple pour moi serait de laisser un avis sur Google après chaque intervention, quelques lignes, avec des étoiles."),
            ("P03", "min_photos", "Je ne suis pas contre l'écrit, mais ce qui me plairait vraiment, c'est de poster des photos avant/après de l'appareil réparé sur Instagram. Je trouve que ça parle plus que de longs discours."),
            ("P04", "pref_bouche", "Je ne voudrais pas m'engager sur trop de choses… mais recommander l'atelier à mes collègues, de vive voix, quand l'occasion se présente, ça oui, sans problème."),
            ("P05", "pref_avis", "Ce serait plutôt écrire des avis en ligne, je pense. Sur la fiche de l'atelier ou sur les sites d'avis : je le fais déjà pour les restaurants, alors pourquoi pas pour vous."),
            ("P06", "pref_bouche", "Écoutez, je ne suis pas à l'aise pour écrire publiquement, donc je vous dirais plutôt le bouche-à-oreille : quand une amie me demande à qui s'adresser pour sa machine, je donne votre nom."),
            ("P07", "pref_bouche", "Ah, je dirais en parlant aux gens autour de moi, tout simplement, au club, au marché. Recommander directement, en personne, c'est ce qui me ressemble le plus."),
            ("P08", "noise", "Je ne sais pas encore, il faudrait que j'y réfléchisse un peu. Tout dépend de ce que vous proposez, je suppose ; vous avez des exemples ?"),
            ("P09", "pref_avis", "Honnêtement je suis assez souple, mais si je devais choisir, ce serait les avis sur internet : j'en lis beaucoup avant de choisir un artisan, donc je sais que ça compte."),
            ("P10", "pref_bouche", "Je suis assez discret, en fait, alors plutôt recommander à mon entourage, à mes proches, au cas par cas, quand quelqu'un cherche un réparateur."),
            ("P11", "pref_avis", "Je veux bien laisser des commentaires et des notes en ligne, ça me prend deux minutes et je sais que ça aide. Pour le reste, je suis moins sûr."),
            ("P12", "min_photos", "Peut-être quelque chose de visuel ? Partager sur mes réseaux une photo de mon vieux robot pâtissier remis en marche, avant et après, ça m'amuserait assez."),
        ],
        "q4": [
            ("P01", "time_court", "Pas énormément, je le crains. Quelques minutes de temps en temps, depuis mon téléphone, ce serait l'idéal."),
            ("P02", "time_court", "Je travaille à plein temps avec deux enfants, alors je vais être réaliste : cinq ou dix minutes par-ci par-là, pas plus."),
            ("P03", "time_mensuel", "Je dirais une à deux heures par mois, le soir, depuis chez moi. Je préfère m'engager sur peu et le tenir."),
            ("P04", "noise", "Ça dépend vraiment des périodes, je ne voudrais pas vous promettre quelque chose que je ne tiendrais pas. On verra ?"),
            ("P05", "time_court", "Très peu, malheureusement. Un petit quart d'heure de temps en temps, quand j'y pense."),
            ("P06", "time_court", "Je préfère être honnête : juste quelques minutes quand j'ai un moment, pas de créneau fixe."),
            ("P07", "time_mensuel", "Une heure ou deux dans le mois, ce serait raisonnable, je pense, plutôt en soirée, à la maison."),
            ("P08", "noise", "C'est difficile à dire comme ça, je n'ai pas vraiment d'idée. Qu'est-ce que les programmes de ce genre demandent, d'habitude ?"),
            ("P09", "time_court", "Franchement pas beaucoup : deux ou trois minutes entre deux choses, sur le téléphone."),
            ("P10", "time_mensuel", "Je pourrais réserver environ deux heures par mois, un soir, tranquillement chez moi."),
            ("P11", "time_court", "Des petites choses ponctuelles, quelques minutes, pas plus. Je suis désolé de ne pas pouvoir faire mieux."),
            ("P12", "time_court", "Quelques minutes par-ci par-là, je pense, quand je suis dans le bus par exemple."),
        ],
        "q5": [
            ("P01", "opp_classement/contre", "Je comprends bien l'idée, et je ne suis pas contre les classements en soi, mais entre clients je trouve que ça crée une compétition un peu inutile. Je préférerais qu'il n'y en ait pas."),
            ("P02", "opp_classement/pour", "Pourquoi pas, honnêtement ? Je ne suis pas très compétitive, mais voir un classement, ça me pousserait un peu à participer. Je serais plutôt pour."),
            ("P03", "opp_classement/contre", "Je n'ai pas d'avis très tranché, mais si je devais choisir, je dirais plutôt non : un classement affiché, ça risque de décourager ceux qui ont moins de temps."),
            ("P04", "noise", "Je ne sais pas, vous en pensez quoi, vous ? Ça peut se défendre dans un sens comme dans l'autre."),
            ("P05", "opp_classement/pour", "Ça ne me dérangerait pas, au contraire : un petit classement amical, ça donne un peu de piment. Je serais plutôt favorable, tant que ça reste bon enfant."),
            ("P06", "opp_classement/contre", "Je ne voudrais pas casser l'ambiance, mais moi ça me mettrait mal à l'aise de me retrouver dans une liste, comparée aux autres. Plutôt non, donc."),
            ("P07", "opp_classement/pour", "Oui, je crois que j'aimerais bien, même si ça peut paraître un peu enfantin. Voir où on en est, ça motive."),
            ("P08", "opp_classement/contre", "C'est une idée qui se tient, je le reconnais, mais je préfère qu'on reste sur quelque chose de non compétitif. Pas de classement public, si je peux donner mon avis."),
            ("P09", "opp_classement/pour", "Je ne suis pas sûre que ça plaise à tout le monde, mais personnellement un classement visible me stimulerait plutôt. Je vote pour, timidement."),
            ("P10", "opp_classement/contre", "Avec tout le respect que j'ai pour l'équipe, je pense que non : l'esprit de la réparation, c'est plutôt l'entraide que la course aux points."),
            ("P11", "opp_classement/contre", "Je suis partagé, mais au final plutôt contre. Je n'ai pas envie que ça devienne une compétition entre clients."),
            ("P12", "opp_classement/pour", "Honnêtement, ça m'est un peu égal… quoique, si j'y réfléchis, un tableau des plus actifs me donnerait envie de faire un effort. Donc plutôt oui."),
        ],
    },
}

# ---------------------------------------------------------------------------
# Session RE2: English, 24 participants
# ---------------------------------------------------------------------------
RE2 = {
    "session": "RE2",
    "lang": "en",
    "title": "JE workshop, English-speaking Réparéo customers (Dordogne and Brittany workshops), online",
    "n": 24,
    "questions": {
        "q1": "What would make you want to get involved as a Réparéo ambassador?",
        "q2": "What might hold you back?",
        "q3": "How would you like to contribute, in practice?",
        "q4": "How much time could you give to it?",
        "q5": "Should ambassador points turn into discounts on repairs, or should rewards stay non-monetary (events, recognition)?",
    },
    "objectives": [
        "Grow referrals within the English-speaking community of the region",
        "Collect written and video testimonials for the website",
        "Build an online help space where members answer each other's appliance questions",
        "Gather feedback to improve the service in English (booking, quotes, phone line)",
        "Increase attendance at the seasonal repair days held in the workshops",
    ],
    "themes": {
        "need_help_others": ("need", "Helping other (English-speaking) residents with their appliances, passing on know-how."),
        "need_english_service": ("need", "Being able to deal with the repair service in English (booking, quotes, technicians, emails)."),
        "need_priority": ("need", "Priority or faster repair appointments when an appliance breaks."),
        "brake_commitment": ("brake", "Feeling obliged or pressured: deadlines, chasing, reminders, quotas."),
        "brake_language": ("brake", "Program materials and community in French; not confident enough in French to take part."),
        "brake_salesy": ("brake", "Not wanting to feel like an unpaid salesperson or an advert; authenticity."),
        "pref_forum": ("preference", "Answering other members' questions in an online group or forum."),
        "pref_review": ("preference", "Writing a review or written testimonial."),
        "pref_tell_friends": ("preference", "Recommending personally to friends and neighbours (word of mouth)."),
        "time_minimal": ("convergence", "Very little time: a few minutes here and there."),
        "time_monthly": ("convergence", "About one or two hours a month, regularly."),
        "time_plenty": ("convergence", "Plenty of time (mostly retired): several hours a week."),
    },
    "oppositions": {
        "opp_rewards": ("Rewards: points turned into discounts on repairs, or non-monetary rewards (events, recognition).",
                        {"discounts": "Points should become discounts on repairs",
                         "nonmonetary": "Rewards should stay non-monetary (recognition, invitations)"}),
    },
    "minorities": {
        "min_charity": "Rewards turned into a donation to a local charity instead of a personal perk.",
        "min_mobility": "Health or mobility makes travelling to a workshop or event difficult.",
        "min_translate": "Contributing by translating the program's materials into English.",
        "min_tip_staff": "Points should go to the workshop technicians, as a tip or bonus.",
    },
    "objective_support": {
        0: ["pref_tell_friends"],
        1: ["pref_review"],
        2: ["need_help_others", "pref_forum"],
        3: ["need_english_service"],
        4: [],
    },
    "unserved_needs": ["need_priority"],
    "note": ("English session, 24 participants, very courteous and hedged answers. Nobody mentions the "
             "seasonal repair days (objective 5). Priority appointments are a need no objective serves. "
             "The translation offer (min_translate) is a 2-person minority, not a theme, so it is not "
             "counted as support for objective 4."),
    "answers": {
        "q1": [
            ("P01", "need_help_others", "Thank you for having us, and sorry if this is a bit rambling. I think what would draw me in is being able to help other newcomers: when we arrived, nobody could tell us where to get a dishwasher fixed, and I'd love to spare others that."),
            ("P02", "need_english_service", "Well, I don't want to sound demanding, and your team has always been lovely, but being able to deal with someone in English, for booking, quotes, explaining the fault, would honestly matter a great deal to me."),
            ("P03", "need_priority", "It's a fair question. I suppose, and I hope this doesn't come across as greedy, a quicker appointment when something breaks down would be the real draw. Waiting ten days without a fridge in August was grim."),
            ("P04", "need_help_others", "Oh, I'm not sure I'm the right person, but I do enjoy passing on what I've learned. Sharing tips with other people in the area about their appliances, that sort of thing, is what would tempt me."),
            ("P05", "need_english_service", "I'm perfectly happy with the repairs, truly. If anything, what would make me keen is having the whole service available in English; I still struggle on the phone with the technical vocabulary."),
            ("P06", "min_charity", "This may be a slightly odd answer, forgive me, but I'd be more motivated if whatever I earn could go to a local charity rather than to me. I don't really need anything myself."),
            ("P07", "need_help_others", "I'd say helping others, really. Lots of British folk around here feel a bit lost with French appliances and warranties, and if I can lend a hand, I'd be glad to."),
            ("P08", "need_priority", "I wouldn't want special treatment exactly… but, being honest, jumping the queue when the washing machine dies, some kind of priority slot, would make it worthwhile for me."),
            ("P09", "noise", "Hard to say, to be honest. Could you tell us a bit more about what the programme would involve first? I'd rather not answer blind."),
            ("P10", "need_help_others", "Probably the chance to share what I know. I was an engineer before retiring, and I'd happily help neighbours work out whether their cooker is worth repairing."),
            ("P11", "need_english_service", "I don't want to be a nuisance about it, but I'd be much more motivated if the service, and the technicians when possible, could work in English. That would make all the difference."),
            ("P12", "need_priority", "Perhaps it's not what you're looking for, but faster service would do it for me: being seen first, or at least within a couple of days, when an appliance breaks."),
            ("P13", "noise", "I'm not really sure yet, it's all rather new to me. I expect it depends on what you have in mind?"),
            ("P14", "min_charity", "I know it may not be practical, but I'd love the rewards to be turned into a donation, to the animal shelter for instance. That would motivate me far more than a perk for myself."),
            ("P15", "need_help_others", "Honestly, it's the helping side: answering someone's question about their tumble dryer and knowing it saved them a headache."),
            ("P16", "need_english_service", "I'd hate to seem ungrateful, but a bit more English in the service, emails, invoices, the booking page, is what would really encourage me."),
            ("P18", "need_priority", "Nothing grand, really. If being an ambassador meant a priority appointment when something breaks, I'd be very tempted, I must admit."),
            ("P19", "need_help_others", "I think I'd find it rewarding to guide other English speakers through getting things repaired here. I had so much help when I arrived that it feels right to give some back."),
            ("P20", "need_priority", "Could I be a little selfish for a moment? Getting a technician out quickly, ahead of the usual waiting list, would be my main reason."),
            ("P21", "need_english_service", "It would mostly be about language for me, I'm afraid. If I could sort out a repair entirely in English, without my neighbour translating, I'd be far more involved."),
            ("P22", "need_help_others", "It's a kind offer, thank you. I think I'd mainly want to be useful to others: sharing what I've learnt about looking after machines, helping people who are stuck."),
            ("P23", "need_priority", "I'm sure this is a common answer, but a faster repair slot, being prioritised when it's urgent, that's what would get me on board."),
            ("P24", "need_help_others", "I'd like to think I'd do it to help other people, really: explaining how things work here, which appliances are worth fixing, that kind of thing."),
        ],
        "q2": [
            ("P01", "brake_commitment", "Nothing serious, but I'd worry about feeling obliged: deadlines, reminder after reminder. I do things much better when there's no pressure."),
            ("P02", "brake_commitment", "I'd rather be upfront about it: if I felt chased for a testimonial by a certain date, I think I'd quietly step away."),
            ("P03", "brake_language", "My French is, let's say, a work in progress. If the ambassador messages and the online space are all in French, I'm afraid I'd hold back."),
            ("P04", "brake_salesy", "I'm happy to vouch for good work, of course, but I wouldn't want to feel like an unpaid salesman for the company. That would put me off."),
            ("P05", "min_mobility", "It's a bit personal, sorry. I don't drive any more, and getting to a workshop or an event would be difficult for me."),
            ("P06", "brake_commitment", "I think the pressure of a commitment. I'm quite happy to help, but not if it becomes a chore with targets and follow-ups."),
            ("P07", "brake_language", "It would be the language, really. I can manage in the shops, but taking part in discussions in French, or writing something in French, would be a real hurdle."),
            ("P08", "brake_salesy", "I'm not against promoting you, not at all, but if it started to feel like marketing, scripted messages and so on, it would lose its appeal."),
            ("P09", "brake_commitment", "Nothing much. Well, perhaps being nudged to do things by a set date; I'm retired precisely to avoid deadlines!"),
            ("P10", "brake_salesy", "I'd be wary of anything that makes me sound like an advert. People trust me because I'm honest, and I'd rather not lose that."),
            ("P11", "brake_language", "I hope it's all right to say this: if I had to do it all in French, I simply wouldn't feel comfortable."),
            ("P12", "min_mobility", "My health isn't great, so travelling anywhere is tricky. Anything that requires me to come in person would be a problem, I'm afraid."),
            ("P13", "brake_commitment", "I suppose it's the fear of signing up and then feeling I owe something every week, with reminders piling up."),
            ("P14", "brake_language", "Perhaps the language barrier. Reading French emails is fine with a translator, but joining in properly, that's another matter."),
            ("P16", "brake_commitment", "I'd say the feeling of being on the hook. If there were quotas or regular chasing, I'd find it stressful."),
            ("P17", "brake_salesy", "Being honest, I'm a bit uneasy with the idea of pushing a business onto my friends. I'd only recommend if it felt natural, not as a sales task."),
            ("P18", "noise", "I can't really think of anything right now. Perhaps I'll know once it's up and running?"),
            ("P19", "brake_language", "Mainly the French, I'm afraid. I'd hate to misunderstand what's asked of me or to write something clumsy in the community."),
            ("P20", "brake_commitment", "Oh, deadlines and obligations, I think. I'd rather contribute when I feel like it than be held to a schedule."),
            ("P21", "brake_salesy", "I'm genuinely fond of the team, but I wouldn't want my recommendations to come across as advertising. That would feel a bit false."),
            ("P22", "brake_salesy", "I suppose I'd be reluctant if it turned into selling: I'm happy to share my experience, not to be a brand rep."),
            ("P23", "brake_commitment", "Feeling pressured, mainly. If I'm asked to deliver something by Friday, I'd probably rather not be involved at all."),
            ("P24", "brake_language", "It's silly, perhaps, but my written French is poor, and I'd be embarrassed to post anything in French."),
        ],
        "q3": [
            ("P01", "pref_forum", "I'd enjoy answering questions in an online group, if there is one: someone asks whether their dryer is worth repairing and I chip in."),
            ("P02", "pref_review", "Something simple: a written review after each repair, on Google or on your website. I'm better with words than with cameras."),
            ("P03", "pref_tell_friends", "I'm not much of a writer, so I'd rather just recommend you personally to friends and neighbours when the subject comes up."),
            ("P04", "pref_forum", "Probably by replying to people in a forum or chat group, sharing tips on looking after their machines."),
            ("P05", "pref_review", "I could write a short testimonial about my experience, in English, for your website. That feels manageable."),
            ("P06", "pref_tell_friends", "Word of mouth, I think. I know a lot of people in the village and I'm always being asked who to call."),
            ("P07", "pref_forum", "I'd be glad to help in an online space where members post their questions: I could answer the ones I know about."),
            ("P08", "pref_review", "A written review, I suppose, with a few details on what was fixed and how it went."),
            ("P09", "min_translate", "May I suggest something? I could help translate your leaflets and messages into English; I used to do that for a living."),
            ("P10", "pref_forum", "I'd happily answer technical questions from other members online, in a group or on a discussion board."),
            ("P11", "pref_tell_friends", "Mostly by telling people I know in person: the coffee mornings here are full of people with broken appliances, and I always mention you."),
            ("P12", "pref_review", "I'd be glad to write a testimonial, a paragraph or two about how well they looked after me."),
            ("P13", "pref_tell_friends", "I'm not one for the internet, so recommending you to my friends face to face would suit me best."),
            ("P14", "noise", "Gosh, I don't know. Whatever is most useful to you, I suppose? I'm open."),
            ("P15", "pref_forum", "I'd like to take part in an online help group, answering other customers' questions when I can."),
            ("P16", "pref_review", "Writing a review online seems the easiest for me, and I know how much people read them before choosing a repairer."),
            ("P17", "pref_tell_friends", "Quietly, if that's all right: recommending you to neighbours and friends when they need a repair."),
            ("P18", "pref_tell_friends", "I'd say personal recommendations. When a friend's oven packs in, I give them your number; I could keep doing that."),
            ("P19", "pref_review", "Perhaps a written testimonial, in English, which might reassure other English speakers reading your website."),
            ("P20", "min_translate", "I'm not sure it's what you had in mind, but I could translate things from French into English for the English-speaking members."),
            ("P21", "pref_tell_friends", "Recommending you directly to people around me, I think. That's what I do naturally anyway."),
            ("P22", "pref_forum", "Answering other members' questions in a discussion group would suit me; I like solving problems."),
            ("P23", "pref_review", "I could leave written reviews on the usual sites. It's quick and I know it matters."),
            ("P24", "pref_forum", "I'd be happy to help people in an online community space, replying when someone is stuck with an appliance."),
        ],
        "q4": [
            ("P01", "time_minimal", "Not very much, I'm afraid: a few minutes here and there."),
            ("P02", "time_monthly", "Roughly an hour a month, I'd say, perhaps a little more in winter."),
            ("P03", "time_minimal", "Very little, honestly. Five minutes when I have them."),
            ("P04", "time_plenty", "I'm retired, so quite a lot actually: several hours a week if needed."),
            ("P05", "time_minimal", "Just the odd few minutes, I'm sorry to say."),
            ("P06", "time_monthly", "I could probably manage an hour or two each month."),
            ("P07", "time_plenty", "Plenty, really. Since I stopped working I've got a good few hours every week."),
            ("P08", "time_minimal", "Bits and pieces: a few minutes on my phone now and again."),
            ("P09", "time_monthly", "About two hours a month seems realistic."),
            ("P10", "time_plenty", "As much as you like, within reason! I'm retired and could give several hours a week."),
            ("P11", "time_minimal", "Only a few minutes at a time, I'm afraid; my days are rather full."),
            ("P12", "time_monthly", "Perhaps an hour a month, give or take."),
            ("P13", "noise", "It's hard to say. Would it be a lot? It rather depends on what you'd be asking."),
            ("P14", "time_minimal", "Not much. A quick message now and then, a few minutes at most."),
            ("P15", "time_monthly", "A couple of hours a month, I think, on a regular basis."),
            ("P16", "time_plenty", "Quite a bit, to be honest: I have free afternoons most weeks, so several hours a week."),
            ("P17", "noise", "We'll see; I'd rather not promise anything just yet."),
            ("P18", "noise", "Difficult to say, it changes a lot from one month to the next. I really couldn't tell you."),
            ("P19", "time_minimal", "A few minutes every now and then, no more."),
            ("P20", "time_plenty", "I'm at home most days, so several hours a week wouldn't be a problem."),
            ("P21", "time_monthly", "One evening a month, so an hour or two."),
            ("P22", "time_minimal", "Honestly, five or ten minutes when I have a moment."),
            ("P24", "time_monthly", "Something like an hour or two each month, regularly."),
        ],
        "q5": [
            ("P01", "opp_rewards/discounts", "I can see the appeal of events, I really can, but I'd personally prefer the points to become money off my repairs. It's more useful to me."),
            ("P02", "opp_rewards/nonmonetary", "I'm not against discounts as such, but I think rewards should stay non-monetary, invitations and recognition; otherwise it starts to feel transactional."),
            ("P03", "opp_rewards/discounts", "Perhaps I'm being practical, but a discount on the next repair would mean more to me than an event."),
            ("P04", "opp_rewards/nonmonetary", "I'd lean gently towards keeping money out of it. A thank-you, an invitation, that's enough for me."),
            ("P05", "opp_rewards/discounts", "Discounts, I think, if I may. A reduction on a repair is something I'd actually use."),
            ("P06", "min_tip_staff", "Could the points go to the technicians instead, as a sort of tip? They're the ones who deserve it. That would be my preference."),
            ("P07", "opp_rewards/nonmonetary", "I'd rather it weren't about money, honestly; recognition and the odd get-together feel more in keeping with the spirit."),
            ("P08", "opp_rewards/discounts", "Money off repairs, without hesitation, though I wouldn't turn my nose up at the rest either."),
            ("P09", "noise", "I honestly don't mind either way. What do most programmes do?"),
            ("P10", "opp_rewards/nonmonetary", "I'm a little uncomfortable with being paid, even in discounts. Non-monetary rewards would sit better with me."),
            ("P11", "opp_rewards/nonmonetary", "Non-monetary, if you're asking me. I'd feel odd recommending you if I were getting a discount for it."),
            ("P12", "opp_rewards/discounts", "A discount would be lovely, to be honest. Repairs aren't cheap, and it would be a practical thank-you."),
            ("P13", "noise", "Either would be fine, really. I'd leave it to you."),
            ("P14", "opp_rewards/nonmonetary", "I'd prefer it to stay non-monetary, I think, though it's not a strong feeling."),
            ("P15", "min_tip_staff", "I'd much rather see the points turned into something for the workshop staff, a bonus or a tip. They do the hard work."),
            ("P16", "opp_rewards/nonmonetary", "Recognition rather than money, please. A discount feels a bit like being bought."),
            ("P18", "opp_rewards/discounts", "I'd go for discounts on repairs; events aren't really my thing."),
            ("P19", "opp_rewards/nonmonetary", "I'd gently argue for keeping it non-monetary: events and a word of thanks are more than enough."),
            ("P20", "opp_rewards/discounts", "Points into a reduction on my bill, if possible. That's what would make sense to me."),
            ("P21", "opp_rewards/nonmonetary", "I'm not sure money should come into it at all. I'd prefer recognition, being invited to things."),
            ("P22", "opp_rewards/nonmonetary", "I think I'd prefer rewards that aren't financial: an evening with the team, a mention in the newsletter."),
            ("P23", "opp_rewards/discounts", "Discounts, I'd say. Events are nice, but a cheaper repair is more use to me."),
            ("P24", "opp_rewards/discounts", "If it's all the same to you, money off repairs. Simple and useful."),
        ],
    },
}

# ---------------------------------------------------------------------------
# Session RE3: French and English mixed, 38 participants
# ---------------------------------------------------------------------------
RE3 = {
    "session": "RE3",
    "lang": "fr+en",
    "title": "Atelier JE réseau / network-wide JE workshop, clients francophones et anglophones (visio)",
    "n": 38,
    "questions": {
        "q1": "Qu'est-ce qui vous donnerait envie de vous impliquer ? / What would make you want to get involved?",
        "q2": "Qu'est-ce qui pourrait vous freiner ? / What might hold you back?",
        "q3": "Comment aimeriez-vous contribuer ? / How would you like to contribute?",
        "q4": "Combien de temps pourriez-vous y consacrer ? / How much time could you give?",
        "q5": "Les témoignages des ambassadeurs doivent-ils être relus par Réparéo avant publication ? / Should ambassadors' testimonials be reviewed by Réparéo before publication?",
    },
    "objectives": [
        "Doubler le nombre de parrainages de nouveaux clients d'ici fin 2027",
        "Obtenir des témoignages vidéo de clients pour les réseaux sociaux et les salons",
        "Faire remonter des idées d'amélioration du service (devis, délais, suivi des réparations)",
        "Valoriser la réparation auprès des jeunes générations et des jeunes ménages",
        "Développer les contrats d'entretien annuels chez les clients existants",
    ],
    "themes": {
        "need_transmettre": ("need", "Transmettre aux jeunes (enfants, jeunes ménages, petits-enfants) le réflexe de faire réparer plutôt que racheter / passing on a repair mindset to young people."),
        "need_cadeaux": ("need", "Recevoir des cadeaux, goodies ou bons d'achat / small gifts, vouchers."),
        "need_coulisses": ("need", "Découvrir les coulisses : visiter l'atelier, rencontrer les techniciens / going behind the scenes of the workshop."),
        "brake_surcharge": ("brake", "Peur d'être sollicité trop souvent / being asked too often."),
        "brake_camera": ("brake", "Timidité devant la caméra : ne pas vouloir être filmé ou photographié / not wanting to be filmed."),
        "brake_legitimite": ("brake", "Ne pas se sentir compétent ou légitime techniquement / not knowledgeable enough."),
        "brake_flou": ("brake", "Règles et attentes du programme peu claires (points, niveaux, ce qui est demandé) / unclear rules."),
        "pref_parrainage": ("preference", "Recommander et parrainer des proches / referring friends and family."),
        "pref_video": ("preference", "Faire un court témoignage vidéo / recording a short video testimonial."),
        "pref_idees": ("preference", "Proposer des idées d'amélioration du service / suggesting service improvements."),
        "time_minutes": ("convergence", "Très peu de temps : quelques minutes de temps en temps / a few minutes here and there."),
        "time_prevenu": ("convergence", "Disponible à condition d'être prévenu longtemps à l'avance / available given enough notice."),
        "time_regulier": ("convergence", "Environ une heure par semaine, régulièrement / about an hour a week."),
    },
    "oppositions": {
        "opp_relecture": ("Relecture des témoignages par Réparéo avant publication : rassurante ou nuisible à l'authenticité.",
                          {"relecture": "Pour une relecture avant publication (rassurant, évite les erreurs)",
                           "tel_quel": "Publier tels quels, sans relecture (authenticité)"}),
    },
    "minorities": {
        "min_attestation": "Obtenir une attestation de participation pour son CV / a certificate for one's CV.",
        "min_language": "Frein : tout est en français, difficulté à suivre / everything in French.",
        "min_podcast": "Contribuer par un podcast, un témoignage audio sans image.",
        "min_anonyme": "Ne témoigner que de façon anonyme ou avec le seul prénom.",
    },
    "objective_support": {
        0: ["pref_parrainage"],
        1: ["pref_video"],
        2: ["pref_idees"],
        3: ["need_transmettre"],
        4: [],
    },
    "unserved_needs": ["need_cadeaux", "need_coulisses"],
    "note": ("Session mixte (24 participants répondent en français, 14 en anglais), 38 participants. "
             "Personne ne parle des contrats d'entretien (objectif 5). Cadeaux et coulisses de l'atelier "
             "sont des besoins qu'aucun objectif ne sert. Les minorités podcast et anonymat ne sont pas "
             "des thèmes et ne soutiennent donc aucun objectif."),
    "answers": {
        "q1": [
            ("P01", "need_transmettre", "Merci beaucoup de nous réunir, c'est agréable d'être consultée. Ce qui me motiverait, je crois, c'est de transmettre aux plus jeunes l'idée qu'un appareil, ça se répare ; mes enfants pensent qu'on jette dès que ça tombe en panne."),
            ("P02", "need_cadeaux", "I don't want to sound mercenary, and I'd probably help anyway, but some small gifts now and then, vouchers or goodies, would certainly encourage me."),
            ("P03", "need_coulisses", "C'est peut-être une curiosité un peu naïve, mais j'aimerais beaucoup voir l'envers du décor : l'atelier, la façon dont les techniciens diagnostiquent une panne, les pièces qu'ils récupèrent."),
            ("P04", "need_transmettre", "Well, it's a lovely idea. What would really get me involved is showing younger people, my grandchildren's generation, that repairing things is worth it rather than buying new."),
            ("P05", "need_cadeaux", "Je ne vais pas vous mentir, même si j'ai un peu honte de commencer par là : des petits cadeaux, des bons d'achat, ça me donnerait envie de m'impliquer."),
            ("P06", "need_transmettre", "Pour être sincère, ce qui me tient à cœur, c'est de montrer aux jeunes couples qui s'installent qu'on n'est pas obligé de racheter neuf, qu'on peut faire réparer."),
            ("P07", "need_coulisses", "I'd be fascinated to go behind the scenes, honestly. Seeing the workshop, meeting the technicians and watching how they actually fix things would be a real draw."),
            ("P08", "noise", "Je n'ai pas encore d'avis très arrêté, excusez-moi. Il faudrait que je voie comment les choses se passent concrètement."),
            ("P09", "need_transmettre", "Je ne sais pas si c'est la réponse attendue, mais j'aimerais aider à transmettre ce réflexe de la réparation à la génération de mes enfants, qui ne l'a pas du tout."),
            ("P10", "need_cadeaux", "Sans vouloir paraître matérialiste, un cadeau de temps en temps, un petit objet, un bon chez un commerçant du coin, serait une jolie façon de dire merci."),
            ("P11", "min_attestation", "This might be a bit specific, sorry. I'm a student, and a certificate or a letter confirming my involvement, something I could put on my CV, would really motivate me."),
            ("P12", "need_coulisses", "Ce qui me plairait, je pense, c'est de découvrir les coulisses : visiter un atelier, comprendre comment on remet en état un lave-vaisselle. J'ai toujours été curieux de ça."),
            ("P13", "need_transmettre", "Je vais peut-être vous paraître un peu vieux jeu, mais apprendre aux jeunes que réparer vaut souvent le coup, ça me motiverait vraiment."),
            ("P14", "need_cadeaux", "Honnêtement, des goodies ou des bons cadeaux, ça joue. Je ne dis pas que c'est tout, mais ça compte pour moi."),
            ("P16", "need_coulisses", "J'adorerais rencontrer les techniciens et voir comment ils travaillent, en vrai. Le côté coulisses, c'est ce qui m'attirerait le plus, je crois."),
            ("P17", "need_transmettre", "Si vous me permettez, ce qui compte pour moi, c'est de passer le relais aux jeunes générations : leur montrer que réparer un four ou une machine, c'est souvent possible et pas ringard du tout."),
            ("P18", "noise", "I'm not quite sure, to be honest. Maybe it'll become clearer as we go along?"),
            ("P19", "need_cadeaux", "Je ne veux pas paraître intéressé, mais recevoir de petits cadeaux, un sac, un bon d'achat, ça me ferait plaisir et ça me motiverait."),
            ("P20", "need_transmettre", "I think helping young families see that repairing is a sensible choice, rather than replacing everything, would be what motivates me."),
            ("P21", "need_coulisses", "Ça va sembler anecdotique, mais je crois que pouvoir visiter l'atelier, voir comment on démonte un frigo, me donnerait vraiment envie."),
            ("P22", "noise", "Hmm, I'm honestly not sure what I'd want from it. What do ambassadors usually get out of these things?"),
            ("P23", "need_cadeaux", "Un petit geste matériel, des cadeaux de temps en temps, ce serait bienvenu. Je n'en fais pas une condition, mais ça aide."),
            ("P24", "need_transmettre", "J'aimerais beaucoup sensibiliser les jeunes à la réparation, peut-être à travers mes enfants et leurs amis. Je trouve qu'on a perdu ce réflexe."),
            ("P25", "min_attestation", "Je suis en reconversion, et j'ai l'impression qu'une attestation de participation, quelque chose à mettre sur mon CV, me serait vraiment utile."),
            ("P26", "need_coulisses", "I'd love a peek behind the scenes, if that's possible: visiting a workshop, chatting with the technicians about their work."),
            ("P27", "need_cadeaux", "C'est peut-être terre à terre, mais des cadeaux ou des bons d'achat, même modestes, me donneraient envie de participer."),
            ("P28", "need_transmettre", "Je ne suis pas sûre de bien répondre, mais je pense à mes petits-enfants : leur transmettre l'idée qu'on répare avant de jeter, ça me motiverait."),
            ("P29", "noise", "Hard to say at this point. I suppose it depends on what's involved?"),
            ("P30", "need_coulisses", "Je crois que j'aimerais voir comment ça se passe derrière le comptoir : le diagnostic, les pièces, le métier de technicien. Ça, ça m'intéresserait."),
            ("P31", "need_cadeaux", "Being honest, a few perks would help: a gift voucher now and then, or some goodies. Nothing extravagant."),
            ("P33", "need_transmettre", "What would motivate me is passing on a repair mindset to young people; most of my pupils think appliances are disposable."),
            ("P34", "need_coulisses", "Peut-être d'aller voir l'atelier de l'intérieur, rencontrer ceux qui réparent. J'ai toujours aimé comprendre comment les choses sont faites."),
            ("P35", "need_cadeaux", "Je vais être franche, même si ce n'est pas très noble : des cadeaux, des bons, ce genre de choses me motiveraient."),
            ("P36", "noise", "I'm not really sure what to say. Could you give us an example of what ambassadors usually do?"),
            ("P37", "need_transmettre", "Transmettre, je crois. Montrer aux jeunes qu'il y a une vie après la panne, qu'on peut faire réparer au lieu de racheter."),
        ],
        "q2": [
            ("P01", "brake_surcharge", "Je ne voudrais pas paraître difficile, mais être sollicitée trop souvent, ça me ferait fuir. Un message de temps en temps, oui ; toutes les semaines, non."),
            ("P02", "brake_camera", "I'm rather shy, I'm afraid. Anything that involves being filmed or appearing on camera would hold me back."),
            ("P03", "brake_legitimite", "Je ne suis pas certaine d'avoir les compétences : je ne connais rien à la technique, et j'aurais peur de mal conseiller quelqu'un."),
            ("P04", "brake_flou", "I'm not against the idea at all, but I'd want to understand what's expected of us. At the moment it feels a little vague, and that makes me hesitate."),
            ("P05", "brake_surcharge", "Pas grand-chose, si ce n'est la peur d'être relancé à tout bout de champ. Trop de demandes, ça me découragerait."),
            ("P06", "brake_camera", "Je ne suis pas très à l'aise devant une caméra, pour tout vous dire. S'il faut se filmer, je risque de me défiler."),
            ("P07", "min_language", "Forgive me, but it would mostly be the language: if everything's in French, I'd struggle to follow and take part."),
            ("P08", "brake_flou", "Je pense que ce qui me retiendrait, c'est de ne pas bien comprendre les règles : comment on gagne des points, ce qu'on attend de nous. Pour l'instant, c'est un peu flou pour moi."),
            ("P09", "brake_surcharge", "Je suis un peu échaudée par des marques qui envoient des demandes sans arrêt. Si c'est le cas ici, je décrocherai, je préfère vous le dire."),
            ("P10", "brake_legitimite", "Je ne me sens pas vraiment légitime, pour être honnête : je ne suis qu'une cliente, pas une spécialiste de l'électroménager."),
            ("P11", "noise", "Nothing comes to mind just now, sorry. I'll let you know if I think of something."),
            ("P12", "brake_flou", "J'aurais besoin de savoir clairement ce qu'on attend de moi ; tant que le cadre n'est pas précis, j'ai du mal à m'engager."),
            ("P13", "brake_surcharge", "Sans doute la fréquence des sollicitations. Je veux bien aider, mais pas recevoir trois mails par semaine."),
            ("P14", "brake_camera", "Le fait de devoir apparaître en vidéo, je crois. Je suis très timide, l'idée d'être filmé me bloque complètement."),
            ("P15", "brake_flou", "I'd hesitate as long as I don't know exactly how it works: what we'd be asked to do and what the points are actually for."),
            ("P16", "brake_legitimite", "J'ai peur de ne pas être à la hauteur techniquement. Si on me demande pourquoi un lave-linge fuit, je ne saurai pas répondre."),
            ("P17", "brake_flou", "Ce qui me freinerait, c'est le manque de clarté : qui fait quoi, à quoi servent les points, ce qu'on a le droit de refuser. Il faudrait que ce soit plus lisible."),
            ("P18", "noise", "I don't really know. It's difficult to say before trying, isn't it?"),
            ("P19", "brake_surcharge", "Peut-être le nombre de demandes. Si on me sollicite sans cesse, je finirai par ne plus ouvrir les messages."),
            ("P20", "brake_camera", "I'd be uneasy about filming myself or being photographed for publicity. That's my main hesitation."),
            ("P21", "brake_legitimite", "Je me demande si je suis vraiment la bonne personne : je n'y connais pas grand-chose, et je n'aimerais pas raconter n'importe quoi sur les appareils."),
            ("P23", "brake_flou", "Je n'ai rien contre, mais pour l'instant je ne vois pas bien comment ça fonctionne concrètement. Le manque d'explications me freine un peu."),
            ("P24", "brake_surcharge", "Trop de sollicitations, je pense. J'ai déjà beaucoup de notifications, je ne voudrais pas en rajouter une couche."),
            ("P25", "brake_camera", "Franchement, la vidéo. Je ne me vois pas du tout parler face caméra, même pour une bonne cause."),
            ("P26", "noise", "Not sure, really. Maybe nothing? It's too early to tell."),
            ("P27", "brake_legitimite", "Je ne me sens pas assez calé : donner des conseils sur un appareil alors que je ne suis pas technicien, ça me gênerait."),
            ("P28", "brake_surcharge", "La peur d'être sollicitée trop souvent, essentiellement. Je préfère qu'on me demande peu, mais bien."),
            ("P29", "min_language", "My French isn't great, so if the community and the messages are only in French, I'm afraid I'd hold back."),
            ("P30", "brake_camera", "Être filmée, je crois. Je suis très mal à l'aise avec mon image, donc tout ce qui passe par la vidéo me freinerait."),
            ("P31", "brake_flou", "I'd like clearer rules, honestly. I still don't quite understand how the points and levels work, and that puts me off a little."),
            ("P32", "brake_surcharge", "Recevoir trop de demandes, je pense. Une fois par mois, d'accord ; plus souvent, ça deviendrait pesant."),
            ("P33", "brake_surcharge", "Being asked too often, I think. I've unsubscribed from other programmes because they kept emailing me."),
            ("P34", "brake_legitimite", "Je ne suis pas sûr d'être assez compétent pour représenter des réparateurs ; je n'ai aucune connaissance technique."),
            ("P35", "brake_camera", "Je n'aime pas du tout être prise en photo ni filmée. Si c'est au cœur du programme, ce sera difficile pour moi."),
            ("P36", "noise", "Hmm, I can't think of anything specific. It depends, I guess."),
            ("P37", "brake_surcharge", "Je dirais la crainte d'être trop sollicité, d'avoir l'impression de devoir répondre à chaque demande. Ça me fatiguerait vite."),
        ],
        "q3": [
            ("P01", "pref_parrainage", "Je crois que je serais plus à l'aise pour recommander Réparéo à mes proches, avec un code de parrainage par exemple, que pour écrire quoi que ce soit."),
            ("P02", "noise", "I don't mind, honestly. Whatever is most helpful; you'd know better than me."),
            ("P03", "pref_video", "Je veux bien tenter une petite vidéo, une minute ou deux, pour raconter comment ma machine a été sauvée. Si ça peut servir, pourquoi pas."),
            ("P04", "pref_idees", "I'd rather contribute ideas: how to make booking easier, how to track a repair. I've a few suggestions already, if you're interested."),
            ("P05", "pref_parrainage", "Parrainer des amis ou des voisins, je pense. Quand quelqu'un cherche un réparateur, je donne déjà votre adresse."),
            ("P07", "pref_video", "I could record a short video testimonial, I think. I'm quite comfortable talking on camera."),
            ("P08", "pref_parrainage", "Ce qui me conviendrait, ce serait de recommander l'atelier à mon entourage, et de parrainer de nouveaux clients."),
            ("P09", "pref_idees", "Plutôt en faisant remonter des idées pour améliorer le service : le suivi de la réparation, les délais, les devis. Ça me semble plus utile."),
            ("P10", "min_podcast", "C'est peut-être original, mais je participerais volontiers à un podcast, une émission audio où des clients racontent leurs réparations."),
            ("P11", "pref_video", "A video testimonial, perhaps. I make short videos for fun anyway, so it wouldn't be a stretch."),
            ("P12", "pref_idees", "Je préférerais donner mon avis sur ce qui pourrait être amélioré, par exemple l'information pendant la réparation. Proposer des idées, c'est ce qui me correspond."),
            ("P13", "pref_parrainage", "Je recommanderais volontiers Réparéo autour de moi ; parrainer des connaissances, ça me paraît naturel."),
            ("P14", "noise", "Je ne sais pas trop, franchement. Je ferai ce qu'on me demande, je suppose."),
            ("P16", "pref_video", "Je ne suis pas contre l'écrit, mais je crois qu'une courte vidéo serait plus vivante ; je veux bien me prêter au jeu."),
            ("P17", "pref_parrainage", "Par le parrainage, sans doute : faire connaître l'atelier à des amis qui ne le connaissent pas encore."),
            ("P18", "pref_idees", "Sharing suggestions to improve the service: clearer quotes, shorter waiting times. That's where I think I could help most."),
            ("P19", "min_podcast", "Je ne suis pas sûre que ça existe chez vous, mais j'aimerais participer à un podcast, raconter de vive voix, sans image, mon expérience."),
            ("P21", "pref_video", "Peut-être témoigner en vidéo ? J'ai l'habitude de parler en public, ça ne me fait pas peur."),
            ("P22", "pref_parrainage", "Recommending you to friends and colleagues, I suppose, maybe with a referral link."),
            ("P23", "pref_idees", "Je pense que je serais utile en proposant des améliorations : je trouve par exemple que les devis pourraient être plus clairs."),
            ("P24", "pref_video", "Une vidéo de témoignage, si c'est court et simple. Je pourrais montrer mon lave-linge réparé."),
            ("P25", "noise", "Aucune idée pour le moment, il faudrait que j'y réfléchisse. Qu'est-ce qui vous serait le plus utile ?"),
            ("P26", "pref_parrainage", "Probably by referring people I know. Word of mouth is how I found you, after all."),
            ("P27", "pref_idees", "Faire des suggestions pour le service, ça me plairait : sur la prise de rendez-vous notamment, qui n'est pas toujours simple."),
            ("P28", "noise", "Je n'ai pas vraiment de préférence, à vrai dire. Tout me va, ou presque."),
            ("P29", "pref_parrainage", "I'd be happy to refer friends and neighbours, with a code or however it works."),
            ("P30", "pref_idees", "Plutôt en donnant des idées, des retours d'expérience pour améliorer le suivi des réparations. Ça, je sais faire."),
            ("P31", "pref_video", "A short video, maybe? I'm quite happy to talk about my experience on camera."),
            ("P33", "pref_parrainage", "Mainly by recommending you and referring new customers; that comes naturally to me."),
            ("P34", "pref_idees", "Je me verrais bien proposer des améliorations du service, par exemple sur les délais, dans un petit groupe de réflexion."),
            ("P35", "noise", "Je ne sais pas encore, ça dépendra de ce qui est proposé."),
            ("P36", "pref_video", "I'd be willing to record a little video about my repair, as long as it's not too polished."),
            ("P37", "pref_parrainage", "Recommander, tout simplement, et parrainer des proches quand ils ont besoin d'un réparateur."),
            ("P38", "pref_idees", "I'd like to send in suggestions, small improvements to the booking and the follow-up. That's what I'd enjoy."),
        ],
        "q4": [
            ("P01", "time_minutes", "Pas beaucoup, je suis désolée : quelques minutes de temps en temps."),
            ("P02", "time_prevenu", "It depends on notice, really. If I'm asked a few weeks ahead, I can usually find the time."),
            ("P03", "time_minutes", "Juste quelques minutes par-ci par-là, sur mon téléphone."),
            ("P04", "time_regulier", "About an hour a week, regularly, I'd say."),
            ("P05", "time_prevenu", "Si on me prévient suffisamment à l'avance, je peux me libérer ; au dernier moment, c'est plus compliqué."),
            ("P06", "time_minutes", "Très peu de temps, malheureusement, quelques minutes quand j'en trouve."),
            ("P07", "noise", "I really couldn't say, I'm afraid. Let's see how it goes?"),
            ("P08", "time_regulier", "Je pourrais y consacrer une heure par semaine, à peu près, de façon régulière."),
            ("P09", "time_prevenu", "Tout dépend du délai : avec un peu d'anticipation, deux ou trois semaines, je peux m'organiser."),
            ("P10", "time_minutes", "Quelques minutes ici et là, je ne peux pas vous promettre davantage."),
            ("P11", "noise", "Difficult to say, to be honest. What would you need?"),
            ("P12", "time_regulier", "Une petite heure chaque semaine, ça me paraît jouable."),
            ("P13", "time_prevenu", "Je peux me rendre disponible si je suis prévenu longtemps à l'avance ; sinon, c'est difficile."),
            ("P14", "time_minutes", "Franchement peu : cinq minutes de temps à autre."),
            ("P15", "noise", "It's hard to know in advance. Could we talk about it later?"),
            ("P16", "time_regulier", "Une heure par semaine environ, régulièrement, le mardi soir par exemple."),
            ("P17", "time_minutes", "Des petites minutes quand j'ai un creux, pas plus."),
            ("P18", "noise", "Not sure yet. Some, hopefully!"),
            ("P19", "time_prevenu", "Si j'ai l'information bien à l'avance, je trouverai le temps ; c'est surtout l'imprévu qui me pose problème."),
            ("P21", "time_minutes", "Quelques minutes de temps en temps, je pense, pas davantage."),
            ("P22", "noise", "I honestly couldn't say at this stage."),
            ("P23", "time_prevenu", "Avec un délai de prévenance raisonnable, je m'organise. Il faut juste que je le sache à l'avance."),
            ("P24", "time_regulier", "Une heure hebdomadaire, peut-être un peu plus certaines semaines."),
            ("P25", "time_minutes", "Pas beaucoup, je préfère vous le dire : quelques minutes ponctuellement."),
            ("P26", "noise", "Hard to say, really. It depends on so many things."),
            ("P27", "time_prevenu", "Je peux me libérer si on me prévient tôt, mais pas au pied levé."),
            ("P28", "time_minutes", "Quelques minutes, de temps en temps, quand je peux."),
            ("P30", "time_regulier", "Une heure par semaine, ce serait possible, je pense."),
            ("P31", "time_minutes", "Just a few minutes here and there, I'm afraid."),
            ("P32", "time_minutes", "Pas énormément. Cinq ou dix minutes de temps en temps."),
            ("P33", "time_prevenu", "Given enough notice, I can usually make time; short-notice requests are the problem."),
            ("P34", "time_regulier", "Je dirais une heure par semaine, de manière régulière."),
            ("P35", "time_minutes", "Très peu : deux minutes entre deux choses."),
            ("P36", "time_prevenu", "If I know well in advance, I'll make the time. Last-minute is tricky for me."),
            ("P38", "time_minutes", "A few minutes now and then, at most."),
        ],
        "q5": [
            ("P01", "opp_relecture/tel_quel", "Je comprends que la marque veuille garder un œil dessus, mais je préférerais que les témoignages soient publiés tels quels ; sinon, on perd ce qui fait leur sincérité."),
            ("P02", "opp_relecture/relecture", "I can see the case for leaving things untouched, but honestly I'd find it reassuring if Réparéo read my testimonial before it went out, just to check I hadn't written anything silly."),
            ("P03", "opp_relecture/tel_quel", "Je ne voudrais pas compliquer les choses, mais pour moi un témoignage relu et corrigé n'en est plus vraiment un. Plutôt tel quel, donc."),
            ("P04", "opp_relecture/tel_quel", "I understand the temptation to review them, but I'd rather they were published as written; polished testimonials never quite ring true."),
            ("P05", "opp_relecture/relecture", "Je ne suis pas contre la spontanéité, mais une relecture par vos soins me rassurerait plutôt : éviter une faute ou une maladresse."),
            ("P06", "opp_relecture/relecture", "Oui, je crois qu'une relecture serait préférable. Je n'aimerais pas qu'on publie quelque chose d'inexact en mon nom."),
            ("P07", "opp_relecture/tel_quel", "I'd prefer no review, if possible. Unedited words are what people trust."),
            ("P08", "noise", "C'est une vraie question, je n'ai pas d'opinion arrêtée. Qu'est-ce que vous en pensez, de votre côté ?"),
            ("P09", "opp_relecture/tel_quel", "Plutôt non, sans vouloir être catégorique : ce qui rend un témoignage crédible, c'est justement qu'il n'est pas retouché."),
            ("P10", "opp_relecture/relecture", "Je dirais plutôt oui, avec toute la prudence qu'il faut : une relecture, sans réécrire, juste pour vérifier."),
            ("P11", "opp_relecture/relecture", "I'd lean towards having it reviewed, if that's all right. It's your brand, after all, and I'd rather you checked it."),
            ("P12", "min_anonyme", "Je n'ai pas d'avis sur la relecture, mais j'aimerais que les témoignages puissent être publiés sans nom, ou juste avec un prénom. C'est ça qui compte pour moi."),
            ("P13", "opp_relecture/relecture", "Pour moi, une relecture par Réparéo, c'est normal et même rassurant, tant qu'on me montre la version finale."),
            ("P14", "opp_relecture/relecture", "Plutôt oui. Je ne suis pas très à l'aise à l'écrit, alors qu'on relise avant de publier, ça me va très bien."),
            ("P16", "opp_relecture/tel_quel", "Je serais plutôt pour une publication sans relecture, avec nos mots à nous, même imparfaits."),
            ("P17", "opp_relecture/tel_quel", "Je pencherais pour les laisser tels quels. L'authenticité compte plus qu'une formulation parfaite, à mon avis."),
            ("P18", "noise", "I really don't know; I can see it both ways."),
            ("P19", "opp_relecture/relecture", "Je pense que oui, une relecture est une bonne chose ; ça évite les malentendus."),
            ("P20", "opp_relecture/relecture", "Yes, gently: a quick review before publishing seems sensible to me."),
            ("P21", "opp_relecture/tel_quel", "Non, je ne crois pas qu'il faille les relire ; les gens sentent tout de suite quand un texte a été retravaillé."),
            ("P22", "noise", "No strong feelings either way, sorry."),
            ("P23", "noise", "Je n'en sais rien, honnêtement. Les deux se défendent."),
            ("P24", "opp_relecture/tel_quel", "J'aurais tendance à dire de ne pas y toucher : un témoignage spontané, même maladroit, est plus convaincant."),
            ("P25", "opp_relecture/relecture", "Honnêtement, je préfère qu'il y ait une relecture. Je ne voudrais pas qu'une erreur de ma part soit publiée telle quelle."),
            ("P26", "opp_relecture/tel_quel", "Honestly, I'd leave them as they are. Once a company edits a testimonial, it sounds like an advert."),
            ("P27", "opp_relecture/relecture", "Je serais plutôt favorable à une relecture, pour la forme et l'orthographe surtout."),
            ("P28", "opp_relecture/tel_quel", "Je comprends l'intérêt, mais publier sans modification me paraît plus honnête. Donc plutôt non à la relecture."),
            ("P30", "opp_relecture/relecture", "Une relecture, oui, je trouve ça plus sûr, pour moi comme pour vous."),
            ("P31", "opp_relecture/tel_quel", "I'd gently argue against reviewing them; the raw version is more believable."),
            ("P33", "noise", "That's a tricky one. I'd need to think about it more."),
            ("P34", "min_anonyme", "Peu importe la relecture, honnêtement ; en revanche, je ne témoignerais que de façon anonyme, sans mon nom complet ni ma photo."),
            ("P35", "opp_relecture/relecture", "Je ne vais pas faire la difficile : une relecture avant publication, ça me semble raisonnable."),
            ("P36", "opp_relecture/tel_quel", "I'd rather they weren't reviewed. Real words, real people: that's the point, isn't it?"),
            ("P38", "opp_relecture/relecture", "On balance, I'd say yes, review it first; it protects everyone."),
        ],
    },
}

SESSIONS = [RE1, RE2, RE3]

README_HEAD = (
    "> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 56) from DOMAIN.md, the issue "
    "and the format only, without reading the project's code, tests or other data sets. Do not tune "
    "anything on it.\n>\n\n"
)


def build(s):
    code = s["session"]
    rows = []
    truth_themes = {k: [] for k in s["themes"]}
    truth_sides = {k: {side: [] for side in v[1]} for k, v in s["oppositions"].items()}
    truth_min = {k: [] for k in s["minorities"]}
    noise = []
    for q in ["q1", "q2", "q3", "q4", "q5"]:
        for pid, label, text in sorted(s["answers"][q], key=lambda r: r[0]):
            aid = f"{code}-{pid}-{q}"
            rows.append({"id": aid, "participant": pid, "question": s["questions"][q], "answer": text})
            if label == "noise":
                noise.append(aid)
            elif "/" in label:
                okey, side = label.split("/")
                truth_sides[okey][side].append(aid)
            elif label in truth_themes:
                truth_themes[label].append(aid)
            elif label in truth_min:
                truth_min[label].append(aid)
            else:
                raise SystemExit(f"unknown label {label} in {aid}")
    rows.sort(key=lambda r: (r["participant"], r["id"]))
    truth = {
        "session": code,
        "lang": s["lang"],
        "client": CLIENT,
        "title": s["title"],
        "themes": [{"key": k, "kind": s["themes"][k][0], "description": s["themes"][k][1],
                    "answer_ids": sorted(truth_themes[k])} for k in s["themes"]],
        "oppositions": [{"key": k, "description": v[0],
                         "sides": [{"label": v[1][side], "answer_ids": sorted(truth_sides[k][side])}
                                   for side in v[1]]}
                        for k, v in s["oppositions"].items()],
        "minorities": [{"key": k, "description": d, "answer_ids": sorted(truth_min[k])}
                       for k, d in s["minorities"].items()],
        "objective_support": {s["objectives"][i]: keys for i, keys in sorted(s["objective_support"].items())},
        "unsupported_objectives": [s["objectives"][i] for i, keys in sorted(s["objective_support"].items()) if not keys],
        "unserved_needs": list(s["unserved_needs"]),
        "noise_answer_ids": sorted(noise),
        "note": s["note"],
    }
    return rows, truth


def readme(stats):
    lines = [README_HEAD.rstrip("\n") + "\n"]
    lines.append(f"# {SET}: three JE workshops of a home appliance repair network, with polite, hedged participants\n")
    lines.append(f"**Client.** {CLIENT_DESC}\n")
    lines.append("**Flavour.** Polite, hedged participants: long courteous openings, concessions "
                 "(\"je ne suis pas contre…, mais…\", \"I'm not against…, but…\"), softeners, questions "
                 "sent back to the facilitator, mild oppositions on both sides. No answer refers to "
                 "another participant. Each labelled answer still expresses its theme once read to the "
                 "end; answers whose point stays vague (\"ça dépend\", \"what do you think?\") are noise.\n")
    lines.append("| code | language | participants | answers |")
    lines.append("|---|---|---|---|")
    tp = ta = 0
    for code, lang, n, a in stats:
        lines.append(f"| {code} | {lang} | {n} | {a} |")
        tp += n
        ta += a
    lines.append(f"| total | | {tp} | {ta} |\n")
    lines.append("**Labels.** Every answer id is labelled exactly once in `X.truth.json`: in a theme "
                 "(kind `need` for q1, `brake` for q2, `preference` for q3, `convergence` for the time "
                 "question q4; 3+ distinct participants, each answer expresses the theme), in one side of "
                 "an opposition (the divisive q5), in a minority (exactly 2 participants), or in "
                 "`noise_answer_ids`. `objective_support` lists, for each of the 5 NOUS objectives, the "
                 "theme keys that support it (empty list = unsupported objective, also listed in "
                 "`unsupported_objectives`). `unserved_needs` are need themes that no objective serves. "
                 "Brake and time themes, minorities and opposition sides are not mapped to objectives. "
                 "Skipped questions have no line.\n")
    lines.append("**Files.** `RE1.*` (French), `RE2.*` (English), `RE3.*` (French and English mixed): "
                 "`X.answers.jsonl` (one answer per line: id, participant, question, answer), "
                 "`X.objectives.txt` (5 NOUS objectives, one per line), `X.truth.json` (planted truth). "
                 "`gen.py [OUTDIR]` rebuilds every file deterministically (standard library only); "
                 "`validate.py` checks the format's rules and that `gen.py` reproduces the files, and "
                 "prints `OK`.\n")
    return "\n".join(lines)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    stats = []
    for s in SESSIONS:
        rows, truth = build(s)
        code = s["session"]
        with open(os.path.join(out, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(out, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(s["objectives"]) + "\n")
        with open(os.path.join(out, f"{code}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        lang = {"fr": "French", "en": "English", "fr+en": "French and English"}[s["lang"]]
        stats.append((code, lang, s["n"], len(rows)))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(stats))


if __name__ == "__main__":
    main()
