#!/usr/bin/env python3
"""Generate the synthesis_heldout34 set (home care for elderly people, session code HOM)."""
import json, os, random

OUT = os.path.dirname(os.path.abspath(__file__))
CODE = "HOM"
CLIENT = "Maison Aubépine"

CTX = {
 "fr": [
  "Ma mère a la visite du mardi depuis bientôt deux ans.",
  "On passe par l'agence de la Croix-Rousse, ils sont à côté de chez elle.",
  "J'ai l'appli Aubépine Lien sur mon téléphone.",
  "Les auxiliaires qui viennent chez papa sont adorables.",
  "Je suis dans le Cercle Tilleul depuis la rentrée.",
  "Mon père a 91 ans, il a la visite du mardi et celle du vendredi.",
  "Je regarde l'appli presque tous les jours.",
  "L'agence locale nous a bien accompagnés au début.",
  "Avec la visite du mardi, maman a retrouvé un rythme.",
  "J'ai découvert le Cercle Tilleul par l'appli.",
  "On est chez Maison Aubépine depuis l'hiver dernier.",
  "Je m'occupe de mon mari, et l'auxiliaire passe le mardi.",
  "L'agence m'a parlé du Cercle Tilleul le mois dernier.",
  "Entre l'appli, l'agence et les auxiliaires, on a trouvé nos marques.",
 ],
 "en": [
  "Mum has had the Tuesday visit for almost two years.",
  "We go through the local agency, it's round the corner from her flat.",
  "I've got the Aubépine Lien app on my phone.",
  "The carers who come to Dad's are lovely.",
  "I joined the Tilleul Circle in September.",
  "My father is 91 and gets the Tuesday visit plus a Friday one.",
  "I check the app most days.",
  "The local agency was very supportive at the start.",
  "Since the Tuesday visit started, Mum has found a rhythm again.",
  "I found out about the Tilleul Circle through the app.",
  "We've been with Maison Aubépine since last winter.",
  "I look after my husband, and the carer comes on Tuesdays.",
  "The agency told me about the Tilleul Circle last month.",
  "Between the app, the agency and the carers, we've found our feet.",
 ],
}

P = {}  # key -> {"fr": [...], "en": [...]}
P["reassure"] = {
 "fr": [
  "Ce que j'attends, c'est d'être rassurée : savoir comment s'est passée la visite sans avoir à appeler.",
  "J'ai besoin d'avoir des nouvelles après chaque passage, même deux lignes, pour dormir tranquille.",
  "Moi je veux juste savoir si elle a mangé, si elle avait le moral, ce genre de chose.",
  "Un petit compte rendu après la visite, c'est tout ce que je demande pour être sereine.",
  "Quand on habite à 400 km, on a besoin d'être tenu au courant, sinon on s'imagine le pire.",
  "Mon besoin numéro un : ne plus apprendre les choses trois jours après.",
  "J'aimerais être prévenu tout de suite quand quelque chose cloche, une chute, un repas sauté.",
  "Savoir ce qui se passe chez lui quand je ne suis pas là, c'est ça qui me rassurerait.",
  "Avoir un retour régulier, des nouvelles fraîches, pour arrêter de m'inquiéter en permanence.",
  "Qu'on me dise comment elle va vraiment, pas juste « RAS ».",
 ],
 "en": [
  "What I need is peace of mind: knowing how the visit went without having to chase anyone.",
  "I just want a quick update after each visit, even two lines, so I'm not lying awake wondering.",
  "Honestly I want to know whether she ate and what mood she was in. That's all.",
  "Living three hours away, I need to be kept in the loop, otherwise my mind goes to the worst.",
  "I'd like to be told straight away when something's off, a fall, a missed meal.",
  "Being reassured. Knowing what happens at Dad's when I'm not there.",
  "Regular news, real news, not just 'all fine', so I can stop worrying.",
  "Mostly I want to stop finding things out days later.",
  "A short report after the carer leaves would settle my nerves more than anything.",
  "I need to hear how he actually is, in plain words, after each visit.",
 ]}
P["continuity"] = {
 "fr": [
  "Ce qui compte pour moi, c'est que ce soit toujours la même auxiliaire, maman ne supporte pas les nouvelles têtes.",
  "J'ai besoin de continuité : pas une intervenante différente chaque semaine.",
  "Mon père se confie à une seule personne ; quand elle change, il se ferme. Il faut garder la même.",
  "Qu'on arrête de changer d'aide à domicile sans prévenir, c'est ça mon besoin.",
  "Garder la même personne d'une visite à l'autre, pour qu'elle connaisse ses habitudes.",
  "Une équipe stable autour de ma mère, deux personnes maximum, qu'elle reconnaisse.",
  "Quand l'auxiliaire habituelle est en congé, qu'on envoie quelqu'un qu'elle a déjà vu.",
  "Il lui faut des repères : le même visage, la même voix, le même jour.",
  "La stabilité de l'intervenante, c'est ce qui fait que ça marche ou pas chez nous.",
  "Pour lui, un inconnu qui sonne, c'est une angoisse ; il faut que ce soit toujours la même personne.",
 ],
 "en": [
  "What matters most is having the same carer each time; Mum gets upset with new faces.",
  "I need continuity, not a different person every week.",
  "Dad only opens up to one person. When she's replaced he shuts down, so keep the same carer.",
  "Please stop swapping carers without warning, that's my real need.",
  "Same person from one visit to the next, someone who knows her habits and where the teabags are.",
  "A small stable team around my mother, two people at most, people she recognises.",
  "When the usual carer is on holiday, send someone Mum has already met.",
  "He needs landmarks: the same face, the same voice, the same day.",
  "Keeping the same carer is what makes it work or fail for us.",
  "A stranger at the door frightens her. It has to be the same person.",
 ]}
P["respite"] = {
 "fr": [
  "Moi, j'ai surtout besoin de souffler un peu, de ne pas tout porter seule.",
  "J'aimerais qu'on pense aussi à nous, les aidants : on est épuisés et personne ne nous demande comment on va.",
  "Besoin d'un peu de répit, quelques heures pour moi sans culpabiliser.",
  "Je voudrais du soutien pour moi, pas seulement pour papa ; je craque parfois.",
  "Pouvoir lâcher prise de temps en temps, sans avoir l'impression d'abandonner ma mère.",
  "Qu'on reconnaisse que l'aidant aussi a besoin d'aide. Je suis à bout.",
  "J'ai besoin de me sentir épaulée, de ne plus être la seule à tout gérer.",
  "Retrouver une soirée à moi de temps en temps, c'est vital, je n'en ai plus.",
 ],
 "en": [
  "I mostly need a bit of breathing space; I can't carry all of it on my own anymore.",
  "Someone should think about us family carers too, we're worn out and nobody asks how we are.",
  "A little respite, a few hours for myself without feeling guilty.",
  "I'd like support for me, not only for Mum. Some days I just break down.",
  "Being able to let go now and then without feeling I'm abandoning her.",
  "Recognition that the family carer needs help too. I'm running on empty.",
  "I need to feel backed up, to stop being the only one holding everything together.",
  "Getting an evening to myself once in a while, that's vital, I don't have any left.",
 ]}
P["billing"] = {
 "fr": [
  "J'ai besoin de comprendre la facture : ce qui est pris en charge et ce qui reste pour nous.",
  "Savoir à l'avance combien va coûter le mois, sans mauvaise surprise.",
  "Des factures lisibles, avec les heures réellement faites, c'est mon besoin.",
  "Qu'on m'explique clairement le crédit d'impôt et ce qui reste à notre charge.",
  "Je veux pouvoir vérifier que les heures facturées correspondent aux heures faites.",
  "De la transparence sur les tarifs, surtout que les heures du dimanche coûtent plus cher.",
 ],
 "en": [
  "I need to understand the invoice: what's covered and what's left for us to pay.",
  "Knowing in advance what the month will cost, without nasty surprises.",
  "Clear bills showing the hours actually worked, that's my need.",
  "Someone explaining the tax credit clearly and what we still pay ourselves.",
  "I want to be able to check that the hours billed match the hours done.",
  "Transparency on rates, especially since weekend hours cost more.",
 ]}
P["privacy"] = {
 "fr": [
  "Ce qui me retient, c'est de raconter la maladie de ma mère devant des inconnus ; c'est son intimité.",
  "J'ai peur d'exposer mon père ; il n'aimerait pas qu'on parle de sa toilette ou de ses oublis.",
  "Je ne veux pas que la situation de maman se retrouve sur internet.",
  "Témoigner, oui, mais pas au prix de la dignité de mon père ; c'est ça qui me freine.",
  "Parler de sa démence en public, j'ai l'impression de la trahir.",
  "Le frein, c'est la confidentialité : qui verra ce qu'on écrit sur elle ?",
  "Les voisins la connaissent ; je ne veux pas qu'ils apprennent qu'elle ne se lave plus seule.",
  "Ça reste très intime, ce qu'on vit à la maison. Je n'ai pas envie d'étaler ça.",
  "Je crains que des détails sur sa santé circulent ; elle n'a rien demandé, elle.",
  "Mettre des mots publics sur la perte d'autonomie de mon père, ça me bloque.",
 ],
 "en": [
  "What holds me back is talking about Mum's illness in front of strangers; it's her private life.",
  "I'm afraid of exposing Dad. He'd hate people knowing about his personal care or his memory.",
  "I don't want my mother's situation ending up online.",
  "I'd testify, but not at the expense of my father's dignity. That's my brake.",
  "Talking about her dementia in public feels like betraying her.",
  "Confidentiality worries me: who gets to see what we write about her?",
  "The neighbours know her, and I don't want them learning she can't wash herself anymore.",
  "What happens at home is very intimate. I'm not keen on putting it out there.",
  "I worry that details about his health would get passed around; he never asked for that.",
  "Putting public words on Dad's decline, I just can't.",
 ]}
P["time"] = {
 "fr": [
  "Franchement, je n'ai pas le temps : entre le travail, les enfants et papa, je suis déjà sous l'eau.",
  "Mon frein, c'est la fatigue ; le soir je n'ai plus l'énergie pour quoi que ce soit.",
  "Je ne pourrai pas m'engager sur des réunions régulières, mon agenda est saturé.",
  "Encore une chose à faire en plus de tout le reste ? Je ne suis pas sûre de tenir.",
  "Le temps. Je fais déjà les courses, les rendez-vous médicaux, les papiers.",
  "J'ai peur que ça devienne une obligation de plus dans des semaines déjà trop pleines.",
  "Disponibilité zéro en ce moment, sauf peut-être une fois par trimestre.",
  "Je travaille en horaires décalés, je ne vois pas quand je le ferais.",
  "Je suis crevé. Ajouter un programme par-dessus, non.",
  "Mon agenda ne me laisse aucune marge, c'est tout.",
 ],
 "en": [
  "Honestly I don't have the time; between work, the kids and Dad I'm already underwater.",
  "Tiredness is my brake. By evening I've got nothing left.",
  "I couldn't commit to regular meetings, my diary is full.",
  "One more thing on top of everything else? I'm not sure I'd cope.",
  "Time. I already do the shopping, the GP appointments, the forms.",
  "I'm afraid it turns into another obligation in weeks that are already too full.",
  "Zero availability right now, maybe once a quarter at best.",
  "I work shifts, I can't see when I'd fit it in.",
  "I'm exhausted. Adding a programme on top? No.",
  "My schedule has no slack at all, simple as that.",
 ]}
P["blame"] = {
 "fr": [
  "J'hésite à recommander : si ça se passe mal chez la mère d'une amie, c'est moi qu'on tiendra pour responsable.",
  "Et si l'agence n'a personne de disponible pour eux, ou qu'il y a un souci ? Je m'en voudrais.",
  "Je n'ai pas envie de porter la responsabilité d'un mauvais accompagnement chez quelqu'un que je connais.",
  "Recommander, c'est engager ma parole ; si l'agence déçoit, je perds la face.",
  "J'ai peur des reproches si la famille que j'envoie n'a pas la même qualité que chez nous.",
  "On n'a pas tous la même chance avec les intervenantes ; je ne veux pas promettre ce que je ne maîtrise pas.",
  "Si je conseille l'agence à ma voisine et que ça tourne mal, on se fâche. C'est ça qui me freine.",
  "Je crains d'être jugé responsable si un problème arrive chez quelqu'un que j'ai envoyé.",
 ],
 "en": [
  "I'm wary of recommending: if it goes wrong at a friend's mother's house, I'm the one they'll blame.",
  "What if the agency has nobody free for them, or something goes wrong? I'd feel terrible.",
  "I don't want to carry the responsibility for bad care at someone I know.",
  "Recommending means putting my word on the line; if the agency lets them down, I lose face.",
  "I'm afraid of reproaches if the family I send doesn't get the same quality we get.",
  "Not everyone is as lucky with their carer as we are; I won't promise what I can't control.",
  "If I point my neighbour to the agency and it turns sour, we fall out. That's what stops me.",
  "I worry I'd be held responsible if anything happened to someone I referred.",
 ]}
P["marketing"] = {
 "fr": [
  "Je me méfie : j'ai l'impression qu'on veut surtout se servir de nous comme argument commercial.",
  "Si c'est pour faire de la pub, très peu pour moi ; la vieillesse de ma mère n'est pas un slogan.",
  "Le mot « ambassadeur », ça fait marketing ; ça me refroidit.",
  "J'ai peur que le programme serve d'abord à vendre des heures, pas à améliorer l'accompagnement.",
  "Je crains qu'on nous demande des textes tout faits, à la sauce commerciale.",
  "Utiliser la détresse des familles pour recruter des clients, ça me gêne.",
 ],
 "en": [
  "I'm suspicious: it feels like they mainly want to use us as a sales pitch.",
  "If it's about advertising, count me out. My mother's old age isn't a slogan.",
  "The word 'ambassador' sounds like marketing, and it puts me off.",
  "I'm afraid the programme is mostly about selling more hours, not improving care.",
  "I worry we'd be handed ready-made scripts in corporate language.",
  "Using families' distress to win customers makes me uncomfortable.",
 ]}
P["introduce"] = {
 "fr": [
  "Ce que je préfère, c'est en parler de vive voix à des proches qui cherchent une aide, et les mettre en contact avec l'agence.",
  "Je veux bien donner le numéro de l'agence aux amis qui galèrent avec leurs parents.",
  "Présenter l'agence à des voisins, ça oui, je le fais déjà un peu.",
  "Mettre en relation : quand quelqu'un me demande, je l'envoie vers l'agence.",
  "Recommander de bouche à oreille, dans mon entourage, c'est ce qui me ressemble.",
  "Je préfère orienter des familles vers vous directement, une par une.",
  "Parrainer une famille que je connais, l'accompagner jusqu'au premier rendez-vous à l'agence.",
  "Glisser votre nom à la pharmacie ou au club du troisième âge, ça je peux.",
  "Faire le lien entre des amis et l'agence, plutôt que publier quoi que ce soit.",
  "Quand une collègue parle de sa mère, je lui donne le contact : c'est ma façon de contribuer.",
 ],
 "en": [
  "What I'd rather do is talk face to face with friends who are looking for help, and put them in touch with the agency.",
  "I'm happy to pass the agency's number to friends struggling with their parents.",
  "Introducing the agency to neighbours, yes, I already do a bit of that.",
  "Putting people in touch: when someone asks me, I send them to the agency.",
  "Word of mouth among people I know, that's more my style.",
  "I'd rather refer families to you directly, one at a time.",
  "Sponsoring a family I know and walking them through to the first appointment at the agency.",
  "Dropping your name at the pharmacy or at the over-60s club, I can do that.",
  "Being the link between friends and the agency, rather than posting anything.",
  "When a colleague mentions her mum, I give her the contact. That's my way of helping.",
 ]}
P["welcome_new"] = {
 "fr": [
  "Je me vois bien accueillir les nouvelles familles, leur expliquer comment ça marche les premières semaines.",
  "Répondre aux questions des nouveaux dans l'espace d'entraide de l'appli, ça je sais faire.",
  "Aider les familles qui débutent à prendre leurs marques, comme on aurait aimé être aidés.",
  "Être la personne que les nouveaux peuvent appeler quand ils ne savent pas quoi demander.",
  "Partager mes astuces avec ceux qui arrivent : le cahier de liaison, les clés, les médicaments.",
  "Guider une famille nouvelle pendant son premier mois, ça me plairait.",
  "Donner un coup de main aux nouveaux qui se perdent dans l'appli ou dans le planning.",
  "Je préfère l'entraide entre familles : épauler ceux qui démarrent.",
  "Faire un petit guide pour les nouveaux arrivants, avec ce qu'on ne nous dit pas au début.",
  "Accompagner les familles qui commencent, c'est là que je serais utile.",
 ],
 "en": [
  "I can see myself welcoming new families and explaining how things work in the first weeks.",
  "Answering newcomers' questions in the app's help space, that I can do.",
  "Helping families who are just starting to find their feet, the way we wish someone had helped us.",
  "Being the person new families can ring when they don't know what to ask.",
  "Sharing my tips with people who are just arriving: the liaison notebook, the keys, the medication.",
  "Guiding a new family through their first month would suit me.",
  "Lending a hand to newcomers who get lost in the app or the schedule.",
  "I prefer families helping families: backing up the ones just starting.",
  "Putting together a little guide for new arrivals, with what nobody tells you at the start.",
  "Supporting families who are beginning, that's where I'd be useful.",
 ]}
P["app_ideas"] = {
 "fr": [
  "Ce que j'aimerais apporter, ce sont des idées pour améliorer l'appli ; il y a des choses qui manquent.",
  "Tester les nouvelles fonctions de l'appli avant leur sortie, volontiers.",
  "Donner mon avis sur l'appli, par exemple sur l'écran du planning qui n'est pas clair.",
  "Participer à des ateliers pour repenser l'appli avec l'équipe, ça m'intéresse.",
  "Remonter les petits bugs et proposer des améliorations, c'est ma façon de contribuer.",
  "Co-construire le carnet de visite dans l'appli, avec d'autres familles.",
  "Suggérer des améliorations concrètes : les notifications, la messagerie avec l'agence.",
  "Je préfère proposer des idées d'amélioration plutôt que faire de la promotion.",
 ],
 "en": [
  "What I'd like to bring is ideas to improve the app; there are things missing.",
  "Testing new app features before they're released, gladly.",
  "Giving feedback on the app, for example the schedule screen, which is confusing.",
  "Joining workshops to rethink the app with the team would interest me.",
  "Reporting small bugs and suggesting improvements, that's my way to contribute.",
  "Co-designing the visit log in the app with other families.",
  "Suggesting concrete improvements: notifications, messaging with the agency.",
  "I'd rather suggest improvements than do promotion.",
 ]}
P["coffee_mornings"] = {
 "fr": [
  "Participer aux cafés des familles à l'agence, j'aime bien ce format.",
  "Venir aux rencontres organisées par l'agence, avec un thème, un intervenant.",
  "Les moments conviviaux, un goûter, une conférence sur Alzheimer : là je viens.",
  "Prendre la parole aux réunions d'information, de vive voix devant d'autres familles.",
  "Aider à organiser un après-midi portes ouvertes à l'agence.",
  "Des rencontres en petit groupe à l'agence, c'est ce que je préfère.",
 ],
 "en": [
  "Taking part in the families' coffee mornings at the agency, I like that format.",
  "Coming to events the agency organises, with a topic and a speaker.",
  "Friendly get-togethers, an afternoon tea, a talk about Alzheimer's: I'll be there.",
  "Speaking in person at information evenings in front of other families.",
  "Helping organise an open afternoon at the agency.",
  "Small group meet-ups at the agency, that's what I prefer.",
 ]}
P["meet_tuesday"] = {
 "fr": [
  "Le mardi après-midi, pendant la visite : maman est entourée, je suis libre, et l'agence est à dix minutes.",
  "Pendant le créneau de la visite du mardi, à l'agence, c'est le seul moment où je peux me libérer.",
  "À l'agence, le mardi pendant que l'auxiliaire est à la maison.",
  "Mardi, pendant la visite, dans les locaux de l'agence. Pas ailleurs.",
  "Le mardi pendant la visite, comme ça papa n'est pas seul et moi je peux venir.",
  "Le créneau du mardi, à l'agence locale ; le reste de la semaine c'est impossible.",
  "Je vote pour le mardi à l'agence, quand l'intervenante prend le relais.",
  "À l'agence du quartier, sur l'horaire de la visite du mardi.",
  "Pendant la visite du mardi, c'est évident : c'est notre seul moment de liberté.",
  "Sur place à l'agence, le mardi entre 14 h et 16 h, pendant que l'aide est avec ma mère.",
  "Le mardi, pendant que l'auxiliaire est là. À l'agence, pour voir les gens en vrai.",
  "Mardi, créneau de la visite, à l'agence : ça tombe sous le sens.",
 ],
 "en": [
  "Tuesday afternoon during the visit: Mum has company, I'm free, and the agency is ten minutes away.",
  "During the Tuesday visit slot, at the agency; it's the only time I can get away.",
  "At the agency, on Tuesdays while the carer is at the house.",
  "Tuesday, during the visit, at the agency's premises. Nowhere else.",
  "Tuesdays during the visit, so Dad isn't alone and I can come.",
  "The Tuesday slot at the local agency; the rest of the week is impossible.",
  "I vote Tuesday at the agency, when the carer takes over.",
  "At the local agency, in the Tuesday visit hours.",
  "During the Tuesday visit, obviously: it's our only free window.",
  "On site at the agency, Tuesday 2 to 4, while the carer is with my mother.",
  "Tuesday while the carer's there. At the agency, to see people in person.",
  "Tuesday, visit time, at the agency: it's a no-brainer.",
 ]}
P["reward_yes"] = {
 "fr": [
  "Une réduction sur les heures, je trouve ça normal : l'aide à domicile coûte une fortune.",
  "Si on recommande, qu'on ait des heures offertes ; ça soulagerait vraiment le budget.",
  "Pourquoi pas une remise sur la facture ? On donne de notre temps, c'est du donnant-donnant.",
  "Moi je suis pour des contreparties concrètes, une heure gratuite par famille recommandée par exemple.",
  "Un geste financier, oui ; on n'est pas riches, et chaque heure compte.",
  "Être récompensé, ça ne me choque pas ; c'est le principe même d'un programme.",
  "Des heures de répit offertes en remerciement, ce serait la meilleure récompense.",
  "Je préfère qu'on soit clairs : une remise, et tout le monde sait à quoi s'en tenir.",
  "Une contrepartie, oui, sinon c'est du bénévolat pour une entreprise.",
  "Une réduction sur le mois suivant, c'est juste et ça motive.",
  "Des avantages concrets : moins cher, ou des heures en plus le week-end.",
 ],
 "en": [
  "A discount on care hours seems fair to me: home care costs a fortune.",
  "If we recommend, give us a few free hours; it would really ease the budget.",
  "Why not money off the invoice? We give our time, it should go both ways.",
  "I'm for concrete rewards, like one free hour per family referred.",
  "A financial gesture, yes. We're not well off and every hour counts.",
  "Being rewarded doesn't shock me; that's the whole point of a programme.",
  "Free respite hours as a thank-you would be the best reward.",
  "I'd rather it be clear: a discount, and everyone knows where they stand.",
  "Something in return, yes, otherwise it's volunteering for a company.",
  "Money off the next month is fair and it motivates people.",
 ]}
P["reward_no"] = {
 "fr": [
  "Être payé pour recommander ceux qui s'occupent de ma mère, non ; ça me mettrait mal à l'aise.",
  "Pas de récompense : sinon mes amis se demanderont si je les conseille pour la remise.",
  "Je recommande parce que c'est bien, pas pour une réduction. Sinon ma parole ne vaut plus rien.",
  "Aucune contrepartie, s'il vous plaît ; ça salit un peu la chose.",
  "Mélanger la santé de papa et des bons de réduction, ça me dérange.",
  "Je refuserais une remise ; je veux rester libre de dire ce que je pense.",
  "On parle de nos parents, pas de fidélité au supermarché. Pas de points, pas de cadeaux.",
  "Si récompense il y a, qu'elle aille aux auxiliaires, pas à nous.",
  "Non merci aux avantages : ça ferait de moi un commercial.",
  "Le jour où on me paie pour recommander, je ne suis plus crédible.",
 ],
 "en": [
  "Being paid to recommend the people who care for my mother? No, I'd feel uneasy.",
  "No rewards, otherwise my friends will wonder whether I'm recommending for the discount.",
  "I recommend because it's good, not for money off. Otherwise my word is worthless.",
  "No perks, please; it cheapens the whole thing.",
  "Mixing Dad's health with discount vouchers bothers me.",
  "I'd turn down a discount; I want to stay free to say what I think.",
  "We're talking about our parents, not a supermarket loyalty card. No points, no gifts.",
  "If there's a reward, give it to the carers, not us.",
  "No thanks to perks: it would turn me into a salesperson.",
  "The day I get paid to recommend, I lose my credibility.",
 ]}
# minorities (exactly two participants each)
P["m_next_step"] = {
 "fr": ["Ce qui m'aiderait, c'est d'être conseillée pour la suite, le jour où le maintien à domicile ne suffira plus : EHPAD, accueil de jour.",
        "J'aurais besoin qu'on m'aide à anticiper le passage en établissement ; je ne sais pas par où commencer."],
 "en": ["I'd need advice on what comes next, when staying at home won't be enough anymore: care homes, day centres.",
        "Help planning a move to a care home, I don't know where to start."]}
P["m_night"] = {
 "fr": ["Il me faudrait un numéro joignable la nuit et le week-end, parce que les chutes n'arrivent pas le mardi à 14 h.",
        "Mon besoin, c'est quelqu'un à appeler un dimanche soir quand ça ne va pas, pas seulement aux heures de bureau."],
 "en": ["I need someone reachable at night and at weekends; falls don't wait for office hours.",
        "What I need is someone to ring on a Sunday night when things go wrong, not just during office hours."]}
P["m_language"] = {
 "fr": ["Ma mère ne parle plus que portugais ; il me faudrait une auxiliaire qui le parle.",
        "Avec sa démence, papa a perdu son français ; une intervenante qui parle polonais changerait tout."],
 "en": ["My mother has gone back to speaking only Portuguese, so I need a carer who speaks it.",
        "With his dementia Dad has lost his English; a carer who speaks Polish would change everything."]}
P["m_noapp"] = {
 "fr": ["Je ne suis pas à l'aise avec les applis ; si tout passe par le téléphone, je serai larguée.",
        "Tout se fait sur l'appli maintenant ; moi j'ai 78 ans, je m'occupe de mon mari et je n'y comprends rien."],
 "en": ["I'm not comfortable with apps; if everything goes through the phone I'll be left behind.",
        "Everything's on the app now. I'm 79, I look after my husband, and I can't make head nor tail of it."]}
P["m_newsletter"] = {
 "fr": ["Écrire un petit texte pour la lettre papier que l'agence glisse dans le cahier de liaison.",
        "Rédiger des billets pour le journal papier du Cercle, c'est ce que je ferais volontiers."],
 "en": ["Writing a short piece for the paper newsletter the agency leaves in the liaison notebook.",
        "Writing little columns for the Circle's printed newsletter, I'd happily do that."]}
P["m_online"] = {
 "fr": ["Plutôt en visio dans l'appli, le soir après 21 h, quand tout le monde est couché.",
        "Pour moi, en ligne via l'appli en soirée ; je ne peux pas quitter le travail le mardi."],
 "en": ["Online through the app, in the evening after 9, when everyone's in bed.",
        "For me, online in the app in the evening; I can't leave work on a Tuesday."]}
P["noise"] = {
 "fr": ["Je ne sais pas trop, je découvre.", "Pas d'avis là-dessus.",
        "La visite du mardi, c'est bien, voilà.",
        "Je reviendrai là-dessus, je dois d'abord en parler à mon frère.",
        "Je passe, question suivante.",
        "L'appli, l'agence, le Cercle… je mélange encore un peu tout ça."],
 "en": ["Not sure, I'm new to all this.", "No opinion on that one.",
        "The Tuesday visit is good, that's it.",
        "I'll come back to this, I need to talk to my sister first.",
        "Pass.", "App, agency, Circle... I'm still mixing it all up."]}

THEMES = {
 "reassure": ("need", "Be reassured: news after each visit, told quickly when something is wrong (fear of not knowing)."),
 "continuity": ("need", "The same carer from one visit to the next; no unannounced changes of carer."),
 "respite": ("need", "Respite and support for the family carer themself (exhaustion, guilt, carrying everything alone)."),
 "billing": ("need", "Understand and check invoices: hours billed, what is covered, cost of the month."),
 "privacy": ("brake", "Fear of exposing the parent's illness, intimacy and dignity in public."),
 "time": ("brake", "No time or energy left for one more commitment."),
 "blame": ("brake", "Fear of being held responsible if a recommended family is badly served."),
 "marketing": ("brake", "Distrust: the program looks like marketing that uses families to sell hours."),
 "introduce": ("preference", "Introduce friends, neighbours and colleagues to the agency by word of mouth."),
 "welcome_new": ("preference", "Welcome and guide new families (questions, tips, first weeks)."),
 "app_ideas": ("preference", "Give improvement ideas, test and co-design the app."),
 "coffee_mornings": ("preference", "Take part in friendly events and meetings at the agency."),
 "meet_tuesday": ("practical", "Meet at the local agency during the Tuesday visit slot, while the carer is with the parent."),
}
MINOR = {
 "m_next_step": "Advice to prepare the move to a care home or day centre (q1).",
 "m_night": "A contact reachable at night and at weekends (q1).",
 "m_language": "A carer who speaks the parent's mother tongue (q1).",
 "m_noapp": "Not at ease with the app; fear of being left out if everything goes through it (q2).",
 "m_newsletter": "Write for the agency's paper newsletter (q3).",
 "m_online": "Meet online through the app in the evening rather than at the agency on Tuesday (q4).",
}
OPP_DESC = "Should families who recommend get a reward (discount, free care hours)?"
SIDES = {"reward_yes": "For a concrete reward (discount or free hours)",
         "reward_no": "Against any reward: it would cost the recommendation its sincerity"}

SESSIONS = [
 dict(n=1, lang="fr", count=12, title="Atelier JE – Cercle Tilleul, agence de la Croix-Rousse",
  plan={"q1": [("reassure", 4), ("continuity", 3), ("respite", 3), ("m_next_step", 2)],
        "q2": [("privacy", 5), ("time", 4), ("blame", 3)],
        "q3": [("introduce", 4), ("welcome_new", 4), ("app_ideas", 3), ("noise", 1)],
        "q4": [("meet_tuesday", 10), ("m_online", 2)],
        "q5": [("reward_yes", 6), ("reward_no", 5), ("noise", 1)]},
  objectives=[
   ("Obtenir que les familles du Cercle Tilleul recommandent l'agence locale à leur entourage", ["introduce"]),
   ("Améliorer l'appli Aubépine Lien (compte rendu de visite, alertes) grâce aux idées des familles", ["app_ideas", "reassure"]),
   ("Fidéliser les familles en gardant les mêmes auxiliaires sur la visite du mardi", ["continuity"]),
   ("Accompagner les nouvelles familles dans la prise en main de l'appli et de l'agence", ["welcome_new"]),
   ("Publier des témoignages vidéo de familles sur les réseaux sociaux du Cercle Tilleul", []),
  ]),
 dict(n=2, lang="en", count=24, title="JE workshop – Tilleul Circle, families of the Lyon-Nord agencies",
  plan={"q1": [("reassure", 7), ("continuity", 6), ("respite", 5), ("billing", 4), ("m_language", 2)],
        "q2": [("privacy", 7), ("time", 6), ("blame", 6), ("marketing", 3), ("m_noapp", 2)],
        "q3": [("introduce", 7), ("welcome_new", 7), ("app_ideas", 5), ("coffee_mornings", 4), ("noise", 1)],
        "q4": [("meet_tuesday", 20), ("m_online", 2), ("noise", 2)],
        "q5": [("reward_yes", 12), ("reward_no", 11), ("noise", 1)]},
  objectives=[
   ("Generate referrals from Tilleul Circle families to their local agency", ["introduce"]),
   ("Collect families' ideas to improve the Aubépine Lien app (visit reports, notifications)", ["app_ideas", "reassure"]),
   ("Retain families by keeping the same carers on the Tuesday visit", ["continuity"]),
   ("Welcome new families and run community meetings at the local agency", ["welcome_new", "coffee_mornings"]),
   ("Increase the number of five-star online reviews for each local agency", []),
  ]),
 dict(n=3, lang="mixed", count=38, title="Atelier JE mixte / mixed JE workshop – Cercle Tilleul, toutes agences",
  plan={"q1": [("reassure", 10), ("continuity", 9), ("respite", 8), ("billing", 6), ("m_next_step", 2), ("m_night", 2), ("noise", 1)],
        "q2": [("privacy", 11), ("time", 10), ("blame", 8), ("marketing", 5), ("m_noapp", 2), ("noise", 2)],
        "q3": [("introduce", 11), ("welcome_new", 10), ("app_ideas", 8), ("coffee_mornings", 6), ("m_newsletter", 2), ("noise", 1)],
        "q4": [("meet_tuesday", 33), ("m_online", 2), ("noise", 3)],
        "q5": [("reward_yes", 19), ("reward_no", 18), ("noise", 1)]},
  objectives=[
   ("Développer les recommandations de familles vers l'agence locale grâce au Cercle Tilleul", ["introduce"]),
   ("Améliorer l'appli Aubépine Lien avec les idées des familles (comptes rendus de visite, alertes)", ["app_ideas", "reassure"]),
   ("Fidéliser les familles en stabilisant les auxiliaires affectées à la visite du mardi", ["continuity"]),
   ("Animer la communauté : accueil des nouvelles familles et rencontres à l'agence", ["welcome_new", "coffee_mornings"]),
   ("Recruter de nouvelles auxiliaires de vie grâce au réseau des familles du Cercle Tilleul", []),
  ]),
]


def build(s):
    rng = random.Random(3400 + s["n"])
    parts = ["P%02d" % i for i in range(1, s["count"] + 1)]
    if s["lang"] == "mixed":
        order = parts[:]
        rng.shuffle(order)
        plang = {p: ("fr" if i < 22 else "en") for i, p in enumerate(order)}
        switchers = set(order[:2] + order[-2:])  # answer q5 in their other language
    else:
        plang = {p: s["lang"] for p in parts}
        switchers = set()
    # per-participant favourite contexts (people repeat their own situation)
    groups = {"mother": [0, 8], "father": [3, 5], "husband": [11]}
    neutral = [1, 2, 4, 6, 7, 9, 10, 12, 13]
    pctx = {}
    for p in parts:
        g = groups[rng.choice(["mother", "mother", "father", "father", "husband"])]
        pctx[p] = rng.sample(g, 1) + rng.sample(neutral, 3)
    used_pts = {}
    rows, labels = [], {}
    texts = set()
    for q in ["q1", "q2", "q3", "q4", "q5"]:
        order = parts[:]
        rng.shuffle(order)
        i = 0
        for key, cnt in s["plan"][q]:
            for _ in range(cnt):
                p = order[i]; i += 1
                lang = plang[p]
                if q == "q5" and p in switchers:
                    lang = "en" if lang == "fr" else "fr"
                pool = P[key][lang]
                k = (key, lang)
                if k not in used_pts:
                    idx = list(range(len(pool))); rng.shuffle(idx); used_pts[k] = idx
                for attempt in range(200):
                    if not used_pts[k]:
                        idx = list(range(len(pool))); rng.shuffle(idx); used_pts[k] = idx
                    pt = pool[used_pts[k][-1]]
                    r = rng.random()
                    if key == "noise":
                        nctx = 0 if r < 0.6 else 1
                    elif q == "q4":
                        nctx = 0 if r < 0.55 else 1
                    else:
                        nctx = 0 if r < 0.25 else (1 if r < 0.75 else 2)
                    if attempt > 20:
                        nctx = max(nctx, 1)
                    cs = rng.sample(pctx[p], nctx) if attempt < 50 else rng.sample(neutral, max(nctx, 1))
                    text = " ".join([CTX[lang][c] for c in cs] + [pt])
                    if text not in texts:
                        used_pts[k].pop()
                        break
                else:
                    raise SystemExit("could not build unique text")
                texts.add(text)
                aid = "%s%d-%s-%s" % (CODE, s["n"], p, q)
                rows.append({"id": aid, "participant": p, "question": q, "answer": text})
                labels[aid] = key
    rows.sort(key=lambda r: (r["participant"], r["question"]))
    return rows, labels


def main():
    for s in SESSIONS:
        rows, labels = build(s)
        sess = "%s%d" % (CODE, s["n"])
        with open(os.path.join(OUT, sess + ".answers.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(OUT, sess + ".objectives.txt"), "w", encoding="utf-8") as f:
            for o, _ in s["objectives"]:
                f.write(o + "\n")
        ids_of = lambda key: sorted(a for a, k in labels.items() if k == key)
        themes, minorities = [], []
        seen = []
        for q in ["q1", "q2", "q3", "q4"]:
            for key, cnt in s["plan"][q]:
                if key in THEMES:
                    kind, desc = THEMES[key]
                    themes.append({"key": key, "kind": kind, "description": desc, "answer_ids": ids_of(key)})
                elif key in MINOR:
                    minorities.append({"key": key, "description": MINOR[key], "answer_ids": ids_of(key)})
        supported = set(k for _, ks in s["objectives"] for k in ks)
        need_keys = [t["key"] for t in themes if t["kind"] == "need"]
        truth = {
         "session": sess, "lang": s["lang"], "client": CLIENT, "title": s["title"],
         "themes": themes,
         "oppositions": [{"key": "reward_for_recommending", "question": "q5", "description": OPP_DESC,
                          "sides": [{"label": SIDES["reward_yes"], "answer_ids": ids_of("reward_yes")},
                                    {"label": SIDES["reward_no"], "answer_ids": ids_of("reward_no")}]}],
         "minorities": minorities,
         "objective_support": {o: ks for o, ks in s["objectives"]},
         "unsupported_objectives": [o for o, ks in s["objectives"] if not ks],
         "unserved_needs": [k for k in need_keys if k not in supported],
         "noise_answer_ids": ids_of("noise"),
         "note": ("Every answer repeats the shared context (the Aubépine Lien app, the carers/auxiliaires, "
                  "the Tuesday visit, the local agency, the Cercle Tilleul) and usually gives its point last; "
                  "labels follow what the person asks for or fears, not these nouns. Noise answers are vague "
                  "or deferred and also use the shared nouns. Themes are per question (q1 needs, q2 brakes, "
                  "q3 preferences, q4 practical, q5 opposition)."),
        }
        with open(os.path.join(OUT, sess + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2); f.write("\n")
    write_readme()


def write_readme():
    L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 61) from DOMAIN.md, the issue "
          "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
    txt = L1 + "\n>\n\n" + """# synthesis_heldout34 — JE workshop answers with a planted truth (home care, shared context words)

| Session | Language | Participants |
|---------|----------|--------------|
| HOM1 | French | 12 |
| HOM2 | English | 24 |
| HOM3 | mixed (French and English) | 38 |

Client: Maison Aubépine, a (fictitious) home-care services company for elderly people, with local
agencies, carers (auxiliaires de vie) visiting at home, and the Aubépine Lien app where families read
visit news and the schedule. Its ambassador program is the **Cercle Tilleul** (English speakers say
"the Tilleul Circle"); its members, the customers' families and family carers, are the **Tilleuls**.
Each participant answers five questions: q1 needs, q2 brakes, q3 preferred contributions, q4 where and
when the Cercle should meet (most converge), q5 whether recommending families should be rewarded
(opposition).

Flavour: shared context words. Almost every answer opens with the same context (the app, the carers,
"la visite du mardi" / "the Tuesday visit", the local agency, the Cercle Tilleul) and gives its point
last, in one to three sentences; a participant tends to reuse the same context sentences across
questions. Themes of different kinds therefore share most nouns and can only be told apart by what the
person asks for or fears. Minorities (e.g. meeting online in the app, a night contact, a carer speaking
the parent's language, not being at ease with the app) use the same nouns as the big themes; the NOUS
objectives use them too (the app, the Tuesday visit, the agency). Noise answers are vague or deferred
and also mention the shared nouns.

Labels: each answer has exactly one label, decided by its last (point) sentence, never by the context
nouns. Near-miss pairs across questions are kept apart by question: "respite" (q1, the carer's own need
to breathe) vs "time" (q2, no time for the program); "reassure" (q1, news after visits) vs "app_ideas"
(q3, contributing ideas for the app) — objective 2 mentions visit reports/alerts in the app and is
counted as supporting both. "meet_tuesday" (q4) vs the minority "m_online" (q4, online in the app in the
evening). In q5, "Des heures de répit offertes" / "Free respite hours" is on the reward side, not the
respite need. Vague answers that only restate the shared nouns ("La visite du mardi, c'est bien,
voilà.") are noise. Unserved needs: respite (all sessions) and billing (HOM2, HOM3). Unsupported
objectives: video testimonials on social media (HOM1), five-star online reviews (HOM2), recruiting
carers through families (HOM3).

Files: for each session `HOMn.answers.jsonl` (one answer per line: id, participant, question, answer),
`HOMn.objectives.txt` (5 NOUS objectives, one per line) and `HOMn.truth.json` (themes, opposition,
minorities, objective support, unsupported objectives, unserved needs, noise ids). `gen.py` regenerates
everything deterministically (standard library only); `validate.py` checks the format and prints OK.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
