#!/usr/bin/env python3
"""Deterministic generator for synthesis_dev17 (neighbouring themes). Standard library only."""
import json, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SET = "synthesis_dev17"
DATE = "2026-12-07"

Q_FR = [
    "Qu'attendez-vous personnellement du programme Habitués de Quaio ?",
    "Qu'est-ce qui pourrait vous freiner ou vous retenir d'y participer ?",
    "Comment aimeriez-vous contribuer au programme ?",
    "Par quel canal et à quel rythme préférez-vous recevoir les sollicitations du programme ?",
    "Accepteriez-vous que votre prénom et votre photo apparaissent à côté de vos avis dans l'app ?",
]
Q_EN = [
    "What do you personally expect from the Quaio Regulars program?",
    "What could hold you back or keep you from taking part?",
    "How would you like to contribute to the program?",
    "Through which channel and how often would you like to receive the program's requests?",
    "Would you accept that your first name and photo appear next to your reviews in the app?",
]

OBJ_FR = [
    "Recueillir des avis authentiques sur l'application (stores et témoignages)",
    "Faire tester les nouvelles fonctionnalités de l'app avant leur sortie",
    "Développer l'entraide entre voyageurs dans l'espace communauté en ligne",
    "Récompenser les voyageurs fréquents les plus actifs par des réductions sur leurs propres trajets",
    "Accroître la visibilité de l'app sur les réseaux sociaux",
]
OBJ_EN = [
    "Collect authentic reviews of the app (store reviews and testimonials)",
    "Have new app features tested before their release",
    "Grow peer help between travellers in the online community space",
    "Reward the most active frequent travellers with discounts on their own journeys",
    "Increase the app's visibility on social media",
]
OBJ_KEYS = [["reviews"], ["beta_test"], ["help_online"], ["discount"], []]

# theme key -> (kind, question index, description)
THEMES = {
    "discount": ("need", 0, "Cheaper tickets for their own journeys: reduced prices, promo codes, discounts on their bookings."),
    "early_lines": ("need", 0, "Priority / early booking on NEW TRAIN LINES or routes (inaugural trips, seats before public opening). Not app features, not discounts."),
    "gift_tickets": ("need", 0, "Tickets or travel vouchers to GIVE to relatives or friends (gift for others, not a discount for themselves, not referral)."),
    "no_time": ("brake", 1, "Lack of time during the working week / busy weekdays."),
    "chased": ("brake", 1, "Fear of being chased: too many reminders, constant solicitations, follow-ups when they do not answer."),
    "advertising": ("brake", 1, "Fear of having to advertise / promote the app publicly, act as a salesperson or influencer."),
    "beta_test": ("preference", 2, "Test new app features / beta versions before release and give feedback."),
    "help_online": ("preference", 2, "Help other travellers ONLINE (community space, forum, Discord): answer questions, share tips."),
    "reviews": ("preference", 2, "Write reviews or testimonials (app stores, written testimonial)."),
    "email_monthly": ("convergence", 3, "Requests grouped in one e-mail (recap / newsletter) once a month."),
    "in_app": ("convergence", 3, "Requests through in-app notifications / the app's inbox rather than e-mail."),
}
MINORITIES = {
    "upgrade": (0, "Free upgrades to first class on their usual trips (comfort upgrade, not a lower price)."),
    "lounge": (0, "Access to station lounges while waiting (a station perk, not a ticket reward)."),
    "data_privacy": (1, "Worry that their travel data / journeys would be exposed to others or used for marketing (privacy, not the fear of having to advertise)."),
    "help_station": (2, "Help travellers IN PERSON at the station (on the platform, during strikes/works), not online."),
    "sms": (3, "Requests by text message (SMS), neither e-mail nor app."),
}
OPP_KEY = "name_photo"
OPP_DESC = "Whether they accept their first name and photo shown next to their reviews in the app (q5)."

T = "TRAP:"  # marks answers that reuse a neighbouring theme's words while saying something else
POOLS = {
 "fr": {
  "discount": [
   "J'attends surtout des billets à prix réduit, vu le nombre de trajets que je fais chaque mois.",
   "Des réductions sur mes propres trajets, même 10 % ça finit par compter sur l'année.",
   T + "Les places en avant-première sur les nouvelles lignes, ça ne m'intéresse pas trop ; moi c'est le prix qui compte, des billets moins chers pour mes déplacements.",
   "Des codes promo sur mes billets, tout simplement : je paie plein tarif depuis des années.",
   "Que mes allers-retours réguliers me coûtent moins cher, un tarif préférentiel en quelque sorte.",
   "Un prix réduit sur les billets que j'achète pour moi, c'est ce qui me motiverait le plus.",
   "Payer moins cher mes trajets domicile-travail, le reste est secondaire.",
   "Des bons de réduction sur mes prochains voyages en échange de ma participation.",
   "Une remise sur mes réservations, ne serait-ce que sur les frais de service de l'app.",
  ],
  "early_lines": [
   "Pouvoir réserver en avant-première sur les nouvelles lignes, avant l'ouverture au grand public.",
   "Être parmi les premiers à monter dans les trains des nouvelles liaisons, genre le premier Paris–Bruxelles de nuit.",
   "Un accès prioritaire aux réservations quand une nouvelle ligne ouvre, les billets partent en quelques heures.",
   T + "Des billets à prix réduit, pourquoi pas, mais ce qui me ferait vraiment venir c'est d'avoir accès aux nouvelles lignes avant leur ouverture.",
   "Découvrir les nouvelles destinations avant tout le monde, avec des places réservées pour nous.",
   "Avoir des places sur les trajets inauguraux des nouvelles lignes, ça me ferait vraiment plaisir.",
   "Être prévenu et servi en premier quand une nouvelle liaison est mise en vente.",
   "Qu'on nous ouvre les réservations en avance sur les lignes qui viennent d'être lancées.",
  ],
  "gift_tickets": [
   "Des billets à offrir à mes proches, ma mère vient me voir tous les mois.",
   "Pouvoir faire cadeau d'un trajet à quelqu'un de ma famille, plutôt qu'un avantage pour moi.",
   T + "Pas besoin de réduction pour moi, ma boîte paie mes trajets ; par contre des billets à donner à ma famille, oui.",
   "Des bons voyage que je pourrais donner à mes enfants étudiants.",
   "Offrir un aller-retour à un ami de temps en temps, ce serait une belle récompense.",
   "Que les points se transforment en billets pour mes proches, pas forcément pour moi.",
   "Des e-billets cadeaux à envoyer à des amis pour qu'ils viennent me rendre visite.",
   "Avoir de quoi offrir un week-end en train à ma compagne, ça c'est parlant.",
  ],
  "no_time": [
   "Le manque de temps en semaine, entre le boulot et les trajets je n'ai plus une minute.",
   "Mes semaines sont déjà pleines, je ne pourrai participer que ponctuellement.",
   T + "Faire de la pub ne me gêne pas du tout, c'est plutôt le temps qui me manque, mes semaines sont chargées.",
   "Le temps, tout simplement : je rentre tard du lundi au vendredi.",
   "Je ne suis pas sûr d'avoir le temps, surtout en semaine avec mes déplacements pro.",
   "Manque de disponibilité les jours ouvrés, le week-end ça irait mieux.",
   "Mon agenda : trois jours par semaine en déplacement, difficile de caser autre chose.",
   "Si ça prend plus d'une demi-heure par semaine, je ne suivrai pas, je n'ai pas ce temps-là.",
   "Pas beaucoup de temps libre en semaine, donc des missions courtes seulement.",
  ],
  "chased": [
   "La peur d'être relancé sans arrêt, par mail, par notif, par SMS...",
   "Si je reçois des rappels tous les deux jours, je me désinscris direct.",
   T + "Le temps, j'en ai, le problème ce serait d'être harcelé de rappels si je ne réponds pas assez vite.",
   "Être sollicité en permanence, j'ai déjà assez de notifications comme ça.",
   "Qu'on me relance dès que je ne réponds pas dans l'heure, ça me saoulerait vite.",
   "La pression des relances : une fois ça va, trois fois pour la même demande non.",
   "Crouler sous les demandes du programme, comme avec certaines applis qui envoient des messages tous les jours.",
   "Avoir l'impression qu'on me court après à chaque nouvelle campagne.",
  ],
  "advertising": [
   "La peur de devoir faire de la pub pour l'app auprès de mes amis, je ne suis pas commercial.",
   "Je n'ai pas envie de poster des contenus promotionnels sur mes réseaux.",
   T + "Les relances ne me font pas peur, je sais dire non ; ce qui me bloquerait c'est de devoir vanter l'app publiquement.",
   "Devenir une sorte de vendeur pour l'appli, très peu pour moi.",
   "Qu'on attende de moi que je fasse la promo de l'app sur LinkedIn ou Instagram.",
   "Passer pour un influenceur qui fait de la réclame, ça ne me ressemble pas.",
   "Avoir à recommander l'application à tout prix autour de moi, même quand je ne suis pas convaincu.",
   "Être obligé de partager des publications sponsorisées, ça me freinerait.",
  ],
  "beta_test": [
   "Tester les nouvelles fonctionnalités de l'app avant leur sortie, j'adore ça.",
   "Faire partie des bêta-testeurs, je remonte facilement ce qui coince.",
   T + "Écrire des avis sur les stores, non merci ; par contre tester les nouveautés de l'app en bêta, avec plaisir.",
   "Essayer les nouvelles versions en avant-première et donner mon retour à l'équipe produit.",
   "Je me verrais bien tester les écrans de réservation avant qu'ils soient mis en ligne.",
   "Participer aux tests des futures fonctions, par exemple le nouveau comparateur de correspondances.",
   "Jouer les cobayes sur les versions de test de l'application.",
   "Essayer les futures mises à jour et dire ce qui marche ou pas.",
  ],
  "help_online": [
   "Répondre aux questions des autres voyageurs dans l'espace communauté.",
   "Aider les nouveaux utilisateurs à s'y retrouver dans les cartes de réduction, sur le forum.",
   T + "Tester l'app, je n'ai pas la patience ; je préfère aider les autres membres qui posent des questions dans la communauté.",
   "Partager mes astuces de voyageur fréquent avec ceux qui débutent, sur le Discord.",
   "Donner un coup de main en ligne aux gens perdus avec les correspondances ou les remboursements.",
   "Dépanner les autres sur le forum quand ils ont un souci de réservation.",
   "Conseiller les autres membres en ligne sur les meilleurs trajets, j'ai l'habitude.",
   "Être une personne ressource dans la communauté pour les questions pratiques.",
  ],
  "reviews": [
   "Laisser des avis sur l'App Store et le Play Store, ça ne prend que deux minutes.",
   "Écrire un témoignage sur mon usage de l'app, pour votre site.",
   T + "Aider les autres sur le forum, je n'en ai pas le temps ; un avis écrit sur le store de temps en temps, oui.",
   "Mettre une note et un commentaire sur le store après une bonne expérience, c'est facile à faire.",
   "Rédiger des avis détaillés sur l'application, en étant honnête sur les points faibles.",
   "Donner mon avis écrit sur les stores quand une nouvelle version sort.",
   "Raconter dans un court témoignage comment l'app m'a sauvé pendant une grève.",
   "Écrire des commentaires sur les stores pour que les gens voient de vrais retours.",
  ],
  "email_monthly": [
   "Un e-mail récapitulatif une fois par mois, pas plus.",
   "Par mail, regroupé, mensuellement.",
   T + "Les notifications dans l'app, je les ai toutes coupées ; donc par e-mail, une fois par mois.",
   "Un seul mail par mois avec toutes les demandes dedans.",
   "Une newsletter mensuelle, que je lis tranquillement le dimanche.",
   "Mail mensuel, ça suffit largement.",
   "Par courriel, un récap en début de mois.",
   "Une fois par mois dans ma boîte mail, c'est le bon rythme.",
   "Un mail groupé chaque mois plutôt que des messages au fil de l'eau.",
   "E-mail, une fois par mois, avec les dates limites bien visibles.",
  ],
  "in_app": [
   "Directement dans l'app, par une notification, je l'ouvre tous les jours.",
   T + "Les mails, je ne les lis jamais ; une notification dans l'appli, là je verrai.",
   "Une notif dans l'application quand il y a une demande, c'est le plus simple pour moi.",
   "Via l'appli, pendant mes trajets j'ai le temps de regarder.",
   "Par notification push, mais pas plus d'une par semaine.",
   "Dans l'onglet messages de l'app, au fil de l'eau.",
  ],
  "upgrade": [
   "Des surclassements en première sur mes trajets habituels, au même prix.",
   "Passer en 1re classe de temps en temps sans payer la différence, ce serait le luxe.",
  ],
  "lounge": [
   "L'accès aux salons grands voyageurs en gare, même avec un billet de seconde.",
   "Pouvoir attendre mon train dans un salon au calme plutôt que sur le quai.",
  ],
  "data_privacy": [
   "Que mes trajets habituels soient visibles par d'autres membres, je tiens à ma vie privée.",
   "La peur que mes données de voyage servent à du marketing ciblé.",
  ],
  "help_station": [
   "Accompagner en gare des voyageurs occasionnels qui ne savent pas lire les panneaux.",
   "Aider sur place, en gare, les gens perdus pendant les grèves ou les travaux.",
  ],
  "sms": [
   "Par SMS, c'est le seul truc que je regarde vraiment.",
   "Un texto la veille, ni mail ni notif.",
  ],
  "yes": [
   "Oui, sans problème.",
   "Oui, ça rend les avis plus crédibles.",
   T + "Non, ça ne me dérange pas du tout.",
   "Pourquoi pas, oui, si ça aide les autres voyageurs.",
   "Aucun souci pour moi, prénom et photo.",
   "Oui, j'assume ce que j'écris.",
   "D'accord, tant que je peux retirer ma photo quand je veux.",
   "Ça me va, oui.",
   "Bien sûr, c'est plus humain qu'un avis anonyme.",
   "Oui, carrément.",
   "Volontiers.",
   "Oui, c'est normal quand on recommande quelque chose.",
   "Pas de problème, allez-y.",
   "Oui, aucune objection.",
   "J'accepte, oui.",
  ],
  "no": [
   "Non, je préfère rester anonyme.",
   "Non merci, pas de photo de moi dans une appli.",
   T + "Oui, je comprends l'intérêt, mais ce sera sans moi.",
   "Plutôt non, je ne veux pas que mes collègues tombent dessus.",
   "Non, je tiens à ma discrétion.",
   "Pas question, je n'aime pas être exposé.",
   "Non.",
   "Je refuse, je n'aime pas montrer mon visage en ligne.",
   "Non, un pseudo me suffit.",
   "Je préférerais pas, honnêtement.",
   "Sans façon.",
   "Non, mes avis peuvent rester anonymes.",
   "Ce sera non.",
  ],
  "noise": [
   "Je ne sais pas trop.", "Pas d'avis.", "Aucune idée pour l'instant.", "Je passe.", "?",
   "Bonne question, je ne sais pas.", "Pas encore réfléchi.", "Je verrai bien.", "...",
   "Rien à dire là-dessus.", "Difficile à dire.", "Je ne me prononce pas.", "Je réfléchis encore.",
   "Aucune opinion.", "Sais pas.",
  ],
 },
 "en": {
  "discount": [
   "Mostly cheaper tickets, given how many trips I book every month.",
   "Discounts on my own journeys, even 10% adds up over a year.",
   T + "Early seats on new lines don't really interest me; price is what matters, cheaper tickets for my own trips.",
   "Promo codes on my tickets, simple as that: I've paid full fare for years.",
   "A preferential fare on my regular return trips.",
   "Lower prices on the tickets I buy for myself, that's the main draw.",
   "Paying less for my commute, everything else is a bonus.",
   "Vouchers off my next bookings in exchange for taking part.",
  ],
  "early_lines": [
   "Being able to book seats on new lines before they open to the public.",
   "Being among the first on board when a new route launches, like the first night train to Berlin.",
   T + "Discounted tickets, sure, but what would really get me in is access to new lines before they open.",
   "Priority booking when a new line opens, those tickets sell out in hours.",
   "Discovering new destinations before everyone else, with seats set aside for us.",
   "Seats on the inaugural trips of new routes would make my day.",
   "Being told first and served first when a new connection goes on sale.",
  ],
  "gift_tickets": [
   "Tickets I can give to family, my parents visit me every month.",
   "Being able to gift a trip to a relative rather than getting a perk for myself.",
   T + "I don't need discounts, my company pays my travel; tickets to give to my family though, yes.",
   "Travel vouchers I could pass on to my kids at uni.",
   "Offering a friend a return trip now and then would be a lovely reward.",
   "Points that turn into tickets for the people close to me.",
   "Gift e-tickets to send to friends so they can come and visit.",
  ],
  "no_time": [
   "Lack of time during the week, between work and commuting I have no spare minute.",
   "My weeks are already packed, I could only help occasionally.",
   T + "Promoting the app wouldn't bother me at all, it's time I'm short of, my weekdays are full.",
   "Time, simply: I get home late Monday to Friday.",
   "Not sure I'd find the time, especially on weekdays with work travel.",
   "Weekdays are impossible for me, weekends would be fine.",
   "I'm on the road three days a week, hard to fit anything else in.",
   "If it takes more than half an hour a week I won't keep up.",
  ],
  "chased": [
   "Being chased with reminders all the time, email, push, text...",
   "If I get a reminder every other day, I'll unsubscribe straight away.",
   T + "I have the time; the problem would be getting nagged with follow-ups if I don't reply fast enough.",
   "Constant requests, I already get far too many notifications.",
   "Being pinged again an hour after every request would wear me out quickly.",
   "The pressure of follow-ups: one nudge is fine, three for the same ask isn't.",
   "Feeling hounded every time a new campaign starts.",
  ],
  "advertising": [
   "Having to advertise the app to my friends, I'm not a salesperson.",
   "I don't want to post promotional content on my social accounts.",
   T + "Reminders don't scare me, I can say no; what would stop me is having to praise the app in public.",
   "Turning into some kind of sales rep for the app, no thanks.",
   "Being expected to promote the app on LinkedIn or Instagram.",
   "Looking like an influencer doing ads, that's not me.",
   "Having to share sponsored posts would put me off.",
  ],
  "beta_test": [
   "Testing new app features before they're released, I love that.",
   "Being part of the beta testers, I'm good at reporting what breaks.",
   T + "Writing store reviews, no thanks; but trying new app features in beta, gladly.",
   "Trying new versions early and giving feedback to the product team.",
   "I'd happily test the booking screens before they go live.",
   "Joining tests of upcoming features, like the new connection planner.",
   "Being a guinea pig for the test builds of the app.",
  ],
  "help_online": [
   "Answering other travellers' questions in the community space.",
   "Helping newcomers understand railcards on the forum.",
   T + "Testing the app, I don't have the patience; I'd rather help members who ask questions in the community.",
   "Sharing my frequent-traveller tips with beginners on the Discord.",
   "Giving people a hand online when they're lost with connections or refunds.",
   "Sorting out other members' booking issues on the forum.",
   "Being a go-to person in the online community for practical questions.",
  ],
  "reviews": [
   "Leaving reviews on the App Store and Google Play, it only takes two minutes.",
   "Writing a testimonial about how I use the app, for your website.",
   T + "Helping others on the forum, I don't have the time; a written store review now and then, yes.",
   "Rating the app and adding a comment on the store after a good trip.",
   "Writing detailed, honest reviews of the app, weak points included.",
   "A short written story of how the app saved me during a strike.",
   "Posting store reviews so people see genuine feedback.",
  ],
  "email_monthly": [
   "One recap email a month, no more.",
   "By email, bundled, monthly.",
   T + "I've switched off all in-app notifications, so email, once a month.",
   "A single email per month with all the requests in it.",
   "A monthly newsletter I can read on a Sunday.",
   "Monthly email is plenty.",
   "An email digest at the start of each month.",
   "Once a month in my inbox is the right pace.",
  ],
  "in_app": [
   "Right in the app, with a notification, I open it every day.",
   T + "I never read emails; an in-app notification, that I'd see.",
   "A push notification in the app when there's a request, simplest for me.",
   "Through the app, I have time to check it on the train.",
   "In the app's message tab, as they come.",
  ],
  "upgrade": [
   "Free upgrades to first class now and then on my usual routes.",
   "Being bumped up to first class at no extra cost would be a treat.",
  ],
  "lounge": [
   "Access to the station lounges while I wait for my train.",
   "A quiet lounge at the station instead of waiting on the platform.",
  ],
  "data_privacy": [
   "I'd worry about my travel history being visible to other members.",
   "Privacy: I don't want my journeys used for targeted marketing.",
  ],
  "help_station": [
   "Helping lost travellers in person at the station on busy days.",
   "Being a friendly face on the platform for first-time travellers.",
  ],
  "sms": [
   "Text message, honestly, I ignore everything else.",
   "An SMS the day before, not email and not the app.",
  ],
  "yes": [
   "Yes, no problem.",
   "Yes, it makes reviews more credible.",
   T + "No, I don't mind at all.",
   "Sure, if it helps other travellers.",
   "Fine by me, name and photo.",
   "Yes, I stand by what I write.",
   "OK, as long as I can remove my photo whenever I want.",
   "Yes, absolutely.",
   "Of course, it's more human than an anonymous review.",
   "Happy to.",
   "Yes, that's fair when you recommend something.",
   "Go ahead, no objection.",
  ],
  "no": [
   "No, I'd rather stay anonymous.",
   "No thanks, no photo of me in an app.",
   T + "Yes, I see the point, but count me out.",
   "Rather not, I don't want colleagues stumbling on it.",
   "No, I value my privacy.",
   "No way, I don't like being exposed.",
   "No.",
   "I'd refuse, I don't show my face online.",
   "No, a nickname is enough.",
   "I'd prefer not to, honestly.",
   "Not for me.",
  ],
  "noise": [
   "Not sure.", "No opinion.", "Nothing comes to mind.", "pass", "idk", "Hard to say.",
   "Haven't thought about it yet.", "We'll see.", "-", "No idea for now.", "Still thinking.",
   "Can't say.",
  ],
 },
}

EXTRA = {
 "fr": {
  "email_monthly": [
   "Un récap par mail le premier lundi du mois, et c'est tout.",
   "Je préfère le mail, mais groupé : une fois par mois, ça me va.",
   "Une lettre d'info mensuelle par e-mail avec les demandes du mois.",
   "Mensuel et par e-mail. Au-delà je décroche.",
   "Tout regrouper dans un courriel mensuel, comme ça je bloque un créneau pour y répondre.",
   "Une synthèse par mail chaque mois, avec les missions et les échéances.",
   "Par e-mail, mais pas plus d'une fois par mois s'il vous plaît.",
   "Un message mensuel dans ma boîte perso, je le traite le week-end.",
   "Un mail par mois, pas un de plus, avec tout ce que vous attendez de nous.",
  ],
  "in_app": ["Dans l'application directement, avec une pastille sur l'onglet du programme.", "Via les notifs de l'appli, je la consulte avant chaque trajet."],
  "no_time": ["Du lundi au vendredi je suis sous l'eau, je ne vois pas quand je trouverais un moment.",
              "En semaine c'est mort pour moi, boulot, enfants, trajets.",
              "La disponibilité : je bosse en horaires décalés toute la semaine."],
  "yes": ["Oui, je n'ai rien à cacher.", "Pas de souci, tant que c'est une photo que je choisis moi-même.", "Oui, pourquoi se cacher ?"],
  "no": ["Non, je ne souhaite pas que mon visage soit associé à une appli."],
  "reviews": ["Poster un avis sincère sur le Play Store après une mise à jour réussie."],
  "advertising": ["Devoir convaincre mon entourage de télécharger l'app, ce n'est pas mon rôle."],
  "early_lines": ["Avoir la priorité sur les billets des lignes qui ouvrent, avant la mise en vente générale."],
  "help_online": ["Aider en ligne les voyageurs qui galèrent avec les remboursements après un retard."],
  "upgrade": ["Un passage en première offert de temps en temps, sans changer le prix du billet.", "Être surclassé en 1re sur les longs trajets, ça changerait tout."],
  "help_station": ["Être présent en gare les jours de grève pour orienter les voyageurs perdus.", "Donner un coup de main en vrai, sur le quai, aux gens qui voyagent rarement."],
 },
 "en": {
  "email_monthly": [
   "A monthly roundup by email, that's all I need.",
   "Email please, but grouped into one message a month.",
   "One email at the start of the month listing everything you need from us.",
   "Monthly, by email. Any more and I'll tune out.",
   "Bundle it all into a monthly email and I'll set aside time for it.",
   "A monthly email summary with tasks and deadlines.",
   "By email, no more than once a month please.",
   "One message a month to my personal inbox, I'll deal with it at the weekend.",
   "Email, monthly, with clear due dates.",
   "A once-a-month email digest suits me best.",
  ],
  "in_app": ["A badge on the program tab in the app, I'll see it.", "App notifications, I check the app before every trip.", "Inside the app, not by email, whenever there's something."],
  "no": ["I'd rather not, my reviews can stay anonymous.", "No, I keep my face off apps.", "Nope, I'm a private person.", "No, just initials would be fine, not my name or face.", "Not comfortable with that, so no."],
  "yes": ["Yes, I've nothing to hide.", "Sure, why hide?", "Yes, as long as it's just my first name and a photo I pick.", "Yep, fine."],
  "beta_test": ["Trying beta releases and reporting bugs before launch.", "Testing upcoming features of the app, I've done it for other apps.", "Early access to test versions of the app so I can give feedback."],
  "chased": ["Getting endless reminders if I skip a request.", "Too many nudges; I'd feel pestered."],
  "discount": ["A discount code on my bookings every now and then.", "Reduced fares on the trips I take for myself."],
  "no_time": ["Monday to Friday I'm swamped, I can't see when I'd fit it in."],
  "reviews": ["Writing an honest review on Google Play after an update.", "A written testimonial for your website about my commute."],
  "gift_tickets": ["A ticket I could give my sister so she can visit."],
  "help_online": ["Helping people online who are stuck with refunds after a delay."],
  "upgrade": ["A first-class upgrade on long trips from time to time.", "Occasional upgrades to first, same ticket price."],
  "help_station": ["Being at the station on strike days to guide people who are lost.", "Helping in person on the platform, people who rarely take the train."],
  "data_privacy": ["I'm wary of my journey data being shared or used to target ads at me."],
 },
}
for _lang, _d in EXTRA.items():
    for _k, _v in _d.items():
        POOLS[_lang][_k].extend(_v)

OPENERS = {"fr": ["Honnêtement, ", "Pour ma part, ", "Alors, ", "Franchement, ", "Pour moi, ", "Eh bien, "],
           "en": ["Honestly, ", "For me, ", "Well, ", "Personally, ", "To be fair, ", "I'd say: "]}

# per session: per question list of (label, count); label "skip" = no line
SESSIONS = [
 {"code": "RAI1", "lang": "fr", "n": 12, "title": "Atelier JE des Habitués Quaio — Lyon Part-Dieu",
  "plan": [[("discount", 3), ("early_lines", 3), ("gift_tickets", 3), ("upgrade", 2), ("noise", 1)],
           [("no_time", 4), ("chased", 3), ("advertising", 3), ("noise", 1), ("skip", 1)],
           [("beta_test", 3), ("help_online", 3), ("reviews", 3), ("help_station", 2), ("skip", 1)],
           [("email_monthly", 6), ("in_app", 3), ("noise", 1), ("skip", 2)],
           [("yes", 6), ("no", 5), ("skip", 1)]]},
 {"code": "RAI2", "lang": "en", "n": 24, "title": "JE workshop of the Quaio Regulars — online, English-speaking members",
  "plan": [[("discount", 7), ("early_lines", 5), ("gift_tickets", 5), ("upgrade", 2), ("noise", 2), ("skip", 3)],
           [("no_time", 7), ("chased", 6), ("advertising", 5), ("data_privacy", 2), ("noise", 2), ("skip", 2)],
           [("beta_test", 6), ("help_online", 6), ("reviews", 6), ("help_station", 2), ("noise", 1), ("skip", 3)],
           [("email_monthly", 13), ("in_app", 5), ("noise", 3), ("skip", 3)],
           [("yes", 11), ("no", 10), ("noise", 1), ("skip", 2)]]},
 {"code": "RAI3", "lang": "mixed", "n": 38, "title": "Atelier JE des Habitués Quaio — session mixte Paris / Lille (membres francophones et anglophones)",
  "plan": [[("discount", 9), ("early_lines", 7), ("gift_tickets", 7), ("upgrade", 2), ("lounge", 2), ("noise", 4), ("skip", 7)],
           [("no_time", 10), ("chased", 8), ("advertising", 8), ("data_privacy", 2), ("noise", 4), ("skip", 6)],
           [("beta_test", 9), ("help_online", 8), ("reviews", 9), ("help_station", 2), ("noise", 3), ("skip", 7)],
           [("email_monthly", 18), ("in_app", 7), ("sms", 2), ("noise", 4), ("skip", 7)],
           [("yes", 17), ("no", 15), ("noise", 2), ("skip", 4)]]},
]

def plang(sess, p):  # p is 1-based
    if sess["lang"] != "mixed":
        return sess["lang"]
    return "en" if p % 3 == 0 else "fr"

def lower_first(s, lang):
    if lang == "en" and (s.startswith("I ") or s.startswith("I'")):
        return s
    return s[0].lower() + s[1:]

counters = {}
def take(label, lang):
    pool = POOLS[lang][label]
    k = counters.get((label, lang), 0)
    counters[(label, lang)] = k + 1
    if label == "noise":
        core = pool[k % len(pool)]
        return core.replace(T, ""), False
    core = pool[k % len(pool)]
    trap = core.startswith(T)
    core = core.replace(T, "")
    r = k // len(pool)
    if r:
        op = OPENERS[lang][(k + r) % len(OPENERS[lang])]
        core = op + lower_first(core, lang)
    return core, trap

def build(sess):
    n = sess["n"]
    code = sess["code"]
    for key in [k for k in counters if k[0] == "noise"]:
        counters[key] = 0
    assign = {}  # (p, q) -> label
    for q, plan in enumerate(sess["plan"]):
        assert sum(c for _, c in plan) == n, (code, q)
        order = sorted(range(1, n + 1), key=lambda p: ((p * 7 + q * 11) % n, p))
        i = 0
        for label, c in plan:
            for p in order[i:i + c]:
                assign[(p, q)] = label
            i += c
    lines, labels, traps = [], {}, []
    for p in range(1, n + 1):
        lang = plang(sess, p)
        for q in range(5):
            label = assign[(p, q)]
            if label == "skip":
                continue
            aid = "%s-P%02d-q%d" % (code, p, q + 1)
            text, trap = take(label, lang)
            qtext = Q_EN[q] if sess["lang"] == "en" else Q_FR[q]
            lines.append({"id": aid, "participant": "P%02d" % p, "question": qtext, "answer": text})
            labels.setdefault(label, []).append(aid)
            if trap:
                traps.append(aid)
    return lines, labels, traps

def main():
    os.makedirs(OUT, exist_ok=True)
    table = []
    for sess in SESSIONS:
        code = sess["code"]
        lines, labels, traps = build(sess)
        texts = [l["answer"] for l in lines if not l["id"] in labels.get("noise", [])]
        assert len(texts) == len(set(texts)), code
        with open(os.path.join(OUT, code + ".answers.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for l in lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
        objs = OBJ_EN if sess["lang"] == "en" else OBJ_FR
        with open(os.path.join(OUT, code + ".objectives.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(objs) + "\n")
        themes = []
        for key, (kind, q, desc) in THEMES.items():
            themes.append({"key": key, "kind": kind, "description": desc, "answer_ids": labels[key]})
        mins = []
        for key, (q, desc) in MINORITIES.items():
            if key in labels:
                mins.append({"key": key, "description": desc, "answer_ids": labels[key]})
        truth = {
            "session": code, "lang": sess["lang"], "client": "Quaio (fictitious French train-travel booking app)",
            "title": sess["title"], "themes": themes,
            "oppositions": [{"key": OPP_KEY, "description": OPP_DESC, "sides": [
                {"label": "accepts first name and photo next to reviews", "answer_ids": labels["yes"]},
                {"label": "refuses (wants to stay anonymous / not exposed)", "answer_ids": labels["no"]}]}],
            "minorities": mins,
            "objective_support": {o: k for o, k in zip(objs, OBJ_KEYS)},
            "unsupported_objectives": [objs[4]],
            "unserved_needs": ["early_lines", "gift_tickets"],
            "noise_answer_ids": labels.get("noise", []),
            "note": ("Neighbouring themes: within each question, themes share vocabulary (billets/avant-première/offrir; "
                     "temps/relance/pub; tester/aider/avis; mail/notif). Trap answers (a neighbouring theme's words negated or "
                     "dismissed, labelled by what the answer actually asks for): " + ", ".join(traps) +
                     ". Objective 'visibility on social media' is unsupported: the 'advertising' brake is AGAINST it. "
                     "'early_lines' (new train lines) does not serve 'test new app features'; 'gift_tickets' (for others) does "
                     "not serve 'discounts on their own journeys'."),
        }
        with open(os.path.join(OUT, code + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        table.append((code, {"fr": "French", "en": "English", "mixed": "mixed (French questions, every 3rd participant answers in English)"}[sess["lang"]], sess["n"], len(lines)))
    write_readme(table)

def write_readme(table):
    rows = "\n".join("| %s | %s | %d | %d |" % r for r in table)
    body = f"""> **Development set** (written blind on {DATE} (stop 59) from DOMAIN.md, the issue and the format only; it may be read and tuned on).
>

# {SET} — Quaio Habitués: JE workshops with neighbouring themes

| code | language | participants | answers |
|---|---|---|---|
{rows}

**Client.** Quaio, a fictitious French train-travel booking app (compare fares, book, follow connections and
refunds). Its ambassador program is *les Habitués de Quaio* (English sessions: *Quaio Regulars*); ambassadors are
frequent travellers who use the app (commuters, business travellers, weekend regulars). No person names appear
in the answers. Names a measurer may need to declare: `Quaio`, `Habitués`, `Regulars`.

**Flavour.** Neighbouring themes. In each question several planted themes share much of their vocabulary
but differ in substance: q1 rewards — `discount` (cheaper tickets *for oneself*), `early_lines` (early/priority
seats on *new train lines*), `gift_tickets` (tickets *to give to relatives/friends*); q2 pressure — `no_time`
(busy weekdays), `chased` (fear of constant reminders/follow-ups), `advertising` (fear of having to promote the
app publicly); q3 contribution — `beta_test` (test new app features before release; uses "avant-première" like
`early_lines`), `help_online` (help other travellers online), `reviews` (store reviews, written testimonials);
q4 channel — `email_monthly` (one grouped e-mail a month) and `in_app` (in-app notifications), both convergence.
Minorities (exactly 2 participants) sit close to a theme but are distinct: `upgrade` (first-class upgrade, not a
lower price), `lounge` (station lounge access, RAI3), `data_privacy` (fear of travel data exposed/used for
marketing, not fear of doing advertising), `help_station` (helping travellers in person at the station, not
online), `sms` (text messages, RAI3). Trap answers reuse a neighbour's words while saying something else,
e.g. "Faire de la pub ne me gêne pas du tout, c'est plutôt le temps qui me manque" (`no_time`, not
`advertising`), "Les notifications dans l'app, je les ai toutes coupées ; donc par e-mail" (`email_monthly`),
"Non, ça ne me dérange pas du tout" (q5 *accepts* side), "Oui, je comprends l'intérêt, mais ce sera sans moi"
(q5 *refuses* side). Trap ids are listed in each truth file's `note`. Q5 is the opposition (first name and photo
next to reviews: accept vs refuse).

**Labels.** Each answer has exactly one label: the theme of what it actually asks for or fears. A neighbouring
theme mentioned only to be dismissed or negated ("pas besoin de réduction…", "écrire des avis, non merci…") does
not count. Conditional acceptance in q5 ("D'accord, tant que je peux retirer ma photo") is the *accepts* side.
Noise = no opinion ("Je ne sais pas trop.", "?", "pass", "Je réfléchis encore."); skipped questions
have no line. Objectives × needs: only need and preference themes serve objectives, and only when they serve
them literally: `reviews`→avis authentiques, `beta_test`→tester les nouvelles fonctionnalités,
`help_online`→entraide dans l'espace communauté en ligne (`help_station` is in person and a minority, so not
counted), `discount`→réductions sur leurs propres trajets. `gift_tickets` (for others, not a referral, not a
discount on one's own trips) and `early_lines` (new train lines, not new app features) are **unserved needs**.
"Accroître la visibilité de l'app sur les réseaux sociaux" is the **unsupported objective**: the only answers
about promotion are the `advertising` brake, which works against it. Brakes and q4 themes support no objective.
In RAI3 the English answers carry the same labels as the French ones (one theme, two languages).

**Files.** `RAIn.answers.jsonl` (answers, ordered by participant then question), `RAIn.objectives.txt` (5 NOUS
objectives, English for RAI2), `RAIn.truth.json` (planted truth). `gen.py` writes everything deterministically
(`python3 gen.py [outdir]`); `validate.py` checks the format rules and byte-for-byte reproduction and prints `OK`.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(body)

if __name__ == "__main__":
    main()
