#!/usr/bin/env python3
"""Deterministic generator for the synthesis_heldout19 planted-theme set.

Client: Armor Ocean Navettes (fictional regional ferry company, southern Brittany islands),
ambassador programme "Les Passeurs". Three JE-workshop sessions: HOU (fr), TOP (en), GRX (mixed).
Data lines: "qN PNN OWNER | answer text"
OWNER = theme key | opposition_key/side_index | minority key | "~" (noise);
"key+other" = owned by key, also mentions theme `other` (recorded as secondary_mentions).
"""
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))

SESSIONS = []

# ---------------------------------------------------------------- HOU (French, 12)
SESSIONS.append({
    "code": "HOU", "lang": "fr", "participants": 12,
    "questions": {
        "q1": "Qu'est-ce qui vous donnerait envie de devenir ambassadeur des Navettes ?",
        "q2": "Qu'est-ce qui pourrait vous freiner ?",
        "q3": "Quelles contributions vous sentez-vous prêt(e) à faire ?",
        "q4": "Combien de temps pouvez-vous y consacrer, et comment préférez-vous être sollicité(e) ?",
        "q5": "Que pensez-vous des objectifs présentés en début d'atelier ?",
    },
    "objectives": [
        "Augmenter la fréquentation hors saison grâce aux recommandations des ambassadeurs",
        "Améliorer l'accueil et l'information des nouveaux passagers grâce aux habitués",
        "Associer les usagers réguliers aux décisions sur les horaires et le service",
        "Augmenter la visibilité de la compagnie sur les réseaux sociaux",
        "Générer des réservations de groupes (séminaires, mariages, associations) via le parrainage",
    ],
    "objective_support": {0: ["h_fierte"], 1: ["h_accueil"], 2: ["h_voix"], 3: [], 4: []},
    "unserved_needs": ["h_tarif"],
    "themes": {
        "h_voix": ("need", "Être consulté / avoir son mot à dire sur les horaires et le service"),
        "h_tarif": ("need", "Un avantage financier : remise résident, abonnement, traversées gratuites"),
        "h_fierte": ("need", "Faire connaître l'île et donner envie de venir hors saison (fierté locale)"),
        "h_temps": ("brake", "Manque de temps / déjà débordé"),
        "h_pas_commercial": ("brake", "Peur de passer pour un vendeur, marketing déguisé, perte d'authenticité"),
        "h_accueil": ("convergence", "Accueillir et guider les nouveaux passagers / nouveaux habitants"),
        "h_sollic": ("preference", "Sollicitation courte par message (SMS, messagerie), avec préavis, sans réunion"),
        "h_hiver": ("preference", "Disponible seulement hors saison / en hiver"),
        "h_trop_chiffres": ("convergence", "Objectifs trop commerciaux, oublient le quotidien des îliens"),
    },
    "oppositions": {
        "o_avis": ("Laisser des avis en ligne (Google, TripAdvisor)",
                   ["prêts à laisser des avis en ligne", "refusent les avis en ligne"]),
    },
    "minorities": {
        "m_patrimoine": "Raconter le patrimoine maritime / l'histoire des anciens bateaux de la ligne",
        "m_fret": "Inclure les artisans et commerçants clients du fret dans le programme",
    },
    "data": """
q1 P01 h_voix | Qu'on nous demande enfin notre avis avant de changer les horaires d'hiver. L'an dernier le 7h10 a sauté sans prévenir personne.
q1 P02 h_tarif | Franchement ? une remise sur le tarif résident. Avec 2 allers-retours par semaine ça chiffre vite
q1 P03 h_voix+h_fierte | Pouvoir peser un peu sur les décisions, que les îliens soient consultés pour les rotations et pas seulement les touristes. Et puis montrer que l'île vit toute l'année, pas juste en juillet-août, ça me tient à coeur.
q1 P04 h_tarif | des réducs sur les billets voiture, le passage du véhicule c'est hors de prix
q1 P05 h_voix | être consulté. Avoir un vrai canal pour dire ce qui va pas sur les traversées et que ça remonte à qq'un qui décide
q1 P06 h_fierte | Faire découvrir Houat aux copains du continent, hors saison c'est là que c'est le plus beau
q1 P07 h_tarif | Si ça permet de gagner quelques traversées gratuites dans l'année je signe
q1 P08 h_voix | que notre parole compte quand la compagnie revoit la grille horaire. on est les premiers concernés
q1 P09 h_fierte | J'aime mon île et j'aime en parler. Si je peux donner envie à des gens de venir en novembre plutôt qu'en août, tant mieux pour les commerces d'ici
q1 P10 h_tarif | Un geste sur l'abonnement annuel. Le prix a pris 12% en deux ans...
q1 P11 h_voix | Participer aux choix. Genre un comité d'usagers, avec du pouvoir, pas un truc pour la forme
q1 P12 h_fierte | donner une autre image de l'île que la carte postale, faire venir du monde en dehors de l'été
q2 P01 h_temps | Le temps. Entre le boulot sur le port et les gamins je suis déjà à flux tendu.
q2 P02 h_temps | Je suis artisan, je bosse 6 jours sur 7, faut pas que ça me prenne des heures
q2 P03 h_pas_commercial | Pas envie de devenir un panneau publicitaire pour la compagnie. Si c'est pour réciter des slogans, non merci.
q2 P04 ~ | rien de spécial a priori
q2 P05 h_pas_commercial | que mes messages soient réécrits par le service com et que ça sonne faux
q2 P06 h_temps | la dispo. L'été je fais les marchés + la location de vélos, impossible de caser autre chose
q2 P07 h_pas_commercial | J'ai pas envie qu'on me prenne pour le VRP de la compagnie auprès des voisins. Ici tout le monde se connaît.
q2 P08 h_temps | Peur d'être débordée, j'ai déjà le club de voile et la mairie
q2 P09 h_temps | le manque de temps tout simplement
q2 P10 h_pas_commercial | Si on me demande de vanter des trucs que je pense pas (genre la ponctualité lol) je décroche direct
q2 P11 h_pas_commercial | Que ce soit du marketing déguisé. Je veux bien parler vrai, pas faire de la pub
q2 P12 h_temps | mes journées sont déjà bien remplies, j'ai peur de ne pas suivre
q3 P01 h_accueil | Je peux aider les gens qui débarquent la 1ère fois, leur expliquer où attendre, comment ça marche pour les bagages et les vélos
q3 P02 o_avis/0 | Laisser un avis Google, aucun souci, je le fais déjà pour les restos
q3 P03 o_avis/1 | Les avis en ligne c'est pas mon truc, je n'écris jamais rien sur internet
q3 P04 h_accueil | Accueillir les nouveaux arrivants sur l'île, les saisonniers surtout, qui savent pas qu'il faut réserver pour la voiture
q3 P05 o_avis/0 | Noter la compagnie sur TripAdvisor ou Google si ça aide, oui, ça me prend 2 min
q3 P06 o_avis/1 | Tout sauf internet. Je parle aux gens en vrai, à l'embarcadère, mais les étoiles et les commentaires en ligne très peu pour moi
q3 P07 m_patrimoine | Raconter l'histoire des anciens bateaux de la ligne, j'ai des photos de mon grand-père qui était patron de l'Enez Glas... ça pourrait faire des petites expos à bord
q3 P08 m_patrimoine | Moi je verrais bien un truc sur le patrimoine maritime : l'histoire de la liaison, les naufrages, les vieux navires. Je connais bien le sujet
q3 P09 o_avis/0 | mettre des commentaires positifs sur les sites de notation quand c'est mérité, sans problème
q3 P10 h_accueil | donner un coup de main aux touristes perdus sur le quai, il y en a tous les samedis
q3 P11 o_avis/1 | je refuse de noter quoi que ce soit sur le web, ces systèmes d'étoiles c'est faussé
q3 P12 h_accueil | Je veux bien être la personne référente pour les gens qui s'installent, leur expliquer les abonnements, les horaires d'hiver etc.
q4 P01 h_hiver | Surtout entre novembre et mars, l'été c'est mort pour moi
q4 P02 h_sollic | Un SMS la veille ça suffit, pas de réunions
q4 P03 h_sollic | Par message court, et qu'on me prévienne une semaine avant minimum
q4 P04 h_hiver | L'hiver je peux donner quelques heures par mois. L'été zéro.
q4 P05 h_sollic | un petit msg whatsapp, pas de mails de 3 pages svp
q4 P06 h_hiver | hors saison seulement
q4 P07 h_sollic | Par texto, simple. Et pas 10 fois par mois
q4 P09 h_sollic | notif rapide, je réponds quand je peux. Pas d'appel.
q4 P10 h_hiver | en basse saison j'ai du temps, d'avril à septembre oubliez moi :)
q4 P11 h_sollic | Un mot bref par messagerie avec la date et ce qu'il faut faire. Pas de visio.
q4 P12 h_hiver | 2-3h par mois, quand les jours raccourcissent
q5 P01 h_voix | L'objectif sur les horaires c'est le seul qui me parle vraiment. Faut qu'il soit pris au sérieux et qu'on soit vraiment consultés.
q5 P02 m_fret | Vous oubliez les artisans qui font passer du matériel en fret, on est des clients aussi et on a des choses à dire
q5 P03 ~ | Le 18h15 du vendredi est toujours blindé, faudrait un bateau en plus
q5 P04 h_trop_chiffres | Beaucoup de chiffres et de ventes, pas grand chose sur la vie des îliens au quotidien
q5 P05 ~ | ras
q5 P06 h_trop_chiffres | Ça fait très business plan. Nous on veut un service qui marche toute l'année.
q5 P07 m_fret | et le fret ? les commerçants qui dépendent du bateau pour leurs livraisons devraient être dans le programme
q5 P09 h_trop_chiffres | c'est surtout des objectifs commerciaux, je vois pas trop ce que ça apporte aux habitants
q5 P10 h_trop_chiffres | trop axé sur le CA à mon goût
q5 P11 h_voix | ok si ça permet vraiment aux passagers réguliers d'avoir leur mot à dire sur les rotations. Jean-Yves du conseil portuaire l'a dit aussi tout à l'heure.
q5 P12 h_trop_chiffres | On parle de réservations et de visibilité mais pas des gens qui prennent le bateau tous les jours pour bosser
""",
})

# ---------------------------------------------------------------- TOP (English, 24)
SESSIONS.append({
    "code": "TOP", "lang": "en", "participants": 24,
    "questions": {
        "q1": "What would make you want to become an ambassador for Armor Ocean Navettes?",
        "q2": "What could hold you back?",
        "q3": "Which contributions would you be comfortable making?",
        "q4": "What would you expect in return?",
        "q5": "Any comments on the programme objectives presented this morning?",
    },
    "objectives": [
        "Increase group bookings brought by tour operators and partners",
        "Improve the experience of English-speaking passengers",
        "Grow the company's reach on social media through partner content",
        "Increase sales of the annual pass to island residents",
        "Involve partners in planning the seasonal timetable",
    ],
    "objective_support": {0: ["t_host_fam", "t_group_rates"], 1: ["t_english"],
                          2: ["t_showcase", "t_content_share"], 3: [],
                          4: ["t_early_info", "t_meet_leaders"]},
    "unserved_needs": ["t_network", "t_sustain"],
    "themes": {
        "t_early_info": ("need", "Get the timetable / schedule changes early to plan tours"),
        "t_network": ("need", "Meet and connect with other operators and businesses on the islands"),
        "t_showcase": ("need", "Visibility for their own business on the company's channels"),
        "t_english": ("brake", "Everything is in French only; language barrier"),
        "t_reliability": ("brake", "Cancellations and delays make it hard to vouch for the service"),
        "t_time_season": ("brake", "No time, especially in high season"),
        "t_host_fam": ("convergence", "Bring groups, refer clients, host fam trips, introduce contacts"),
        "t_content_share": ("convergence", "Share the company's content on their own channels"),
        "t_group_rates": ("need", "Group fares, commission or discounts for groups they bring"),
        "t_meet_leaders": ("need", "Access to management / advisory seat / meet the ops team"),
        "t_sustain": ("need", "Objectives lack an environmental / sustainability angle"),
        "t_vague": ("convergence", "Objectives too vague, no measurable targets"),
    },
    "oppositions": {
        "o_video": ("Video testimonials", ["happy to be filmed", "no video, written only"]),
        "o_points": ("Points, badges, levels and leaderboards as reward",
                     ["enjoy gamification", "reject points and rankings"]),
    },
    "minorities": {
        "m_charity": "Give their rewards to the sea-rescue (SNSM) volunteers instead",
        "m_access": "Include passengers with reduced mobility / accessibility in the programme",
    },
    "data": """
q1 P01 t_early_info | Getting next season's timetable before it goes public. I build my tours in October and the schedule usually comes out in January, which is a nightmare.
q1 P02 t_network | Meeting the other operators who work the islands. We all use the same boats and never talk to each other.
q1 P03 t_showcase | Honestly, exposure for my B&B. If the ferry company mentions us on their channels that's worth more than any ad.
q1 P04 t_early_info | knowing about departure changes early!! last year 2 of my groups got stuck because a rotation was moved and we found out the day before
q1 P05 t_network | a chance to connect with other businesses on the islands, maybe do joint packages
q1 P06 t_showcase | Visibility. Being listed as a recommended partner on the website or in the onboard magazine.
q1 P07 t_early_info | Advance notice of timetable & refit dates so I can plan bookings. That alone would make it worthwhile.
q1 P08 t_network | The community side - other guides, hoteliers, people I can refer clients to and vice versa.
q1 P09 t_showcase | to promote my kayak rental a bit, small business, no marketing budget
q1 P10 t_early_info | Priority access to the sailing plan. Tour operators plan 9-12 months out, you publish 3 months out.
q1 P11 t_network | Being part of a circle of people who love these islands as much as I do
q1 P12 t_showcase | Having my guest house featured somewhere the ferry passengers actually look, like the booking confirmation email
q1 P13 t_early_info | Early info on winter sailings so I can sell shoulder-season trips with confidence
q1 P14 t_network | meeting peers. Running a tour company out here is lonely
q1 P15 t_showcase | I'd like our cycling tours to get some spotlight, maybe a feature in your newsletter
q1 P16 t_early_info | First to know when departures change. That's it really.
q1 P18 t_showcase | Free publicity for the gallery, let's be honest :)
q1 P19 t_early_info | get the schedule before everyone else, even a provisional one
q1 P20 t_network | Swap contacts & ideas with other partners. Cross-selling
q1 P21 t_showcase | being recommended by the company to its passengers would be great for my restaurant
q1 P22 t_network | to know who's doing what on the islands, build relationships
q1 P24 ~ | Is the 9am from Quiberon running on Sundays in November? Couldn't find it online.
q2 P01 t_english | Everything's in French. My clients are British and German and I end up translating your notices myself.
q2 P02 t_reliability | If sailings keep getting cancelled at the last minute it's hard to put my name on recommending you.
q2 P03 t_english | the language thing. The app and half the website aren't in English, hard to promote something foreigners can't use
q2 P04 t_time_season | Time. From May to September I'm working 80-hour weeks.
q2 P05 t_time_season | Summer is impossible for me, I'd only be able to help in the quiet months
q2 P06 t_reliability+t_english | Reliability, tbh. Two cancellations with no SMS this summer. Hard to vouch for that. And if you want me to pass info on to my guests, it has to exist in English too, half of them don't read French.
q2 P07 ~ | nothing really
q2 P08 t_english | my French is poor, I'd worry about not understanding the workshops or the Discord
q2 P09 t_time_season | Not enough hours in the day during high season
q2 P10 t_reliability | I don't want my reputation tied to a service that isn't dependable. Fix the weather comms first.
q2 P12 t_english | Lack of material in English. I can't hand out French-only leaflets to my guests.
q2 P13 t_time_season | bandwidth. we're a team of 2.
q2 P14 t_reliability | the number of last-minute cancellations
q2 P15 t_time_season | I'm stretched thin already, seasonal business
q2 P16 t_english | if the programme is only run in French I'd probably drop out
q2 P18 t_reliability | My guests missed connections twice because of delays. I'm a bit wary of recommending the crossing
q2 P19 t_time_season | time time time
q2 P20 t_english | Nothing translated = nothing I can share with my international customers
q2 P22 t_reliability | punctuality issues. hard to be an ambassador for something that's late half the time
q2 P23 t_english | Communication only in French would be a blocker for me
q2 P24 t_time_season | Mostly being too busy in peak season.
q3 P01 t_host_fam | Bring my groups on the crossing and introduce you to other tour operators I know in the UK
q3 P02 t_content_share | share your posts on our Facebook page, happy to
q3 P03 o_video/0 | I'd happily record a short video testimonial, I'm comfortable on camera
q3 P05 t_host_fam | Refer clients and host a familiarisation trip for travel agents
q3 P06 t_content_share | repost stuff on Instagram, we've got 8k followers
q3 P07 o_video/1 | Written testimonial yes. Filming myself, absolutely not.
q3 P08 ~ | Depends what you need really, tell me and I'll see
q3 P09 t_host_fam | I can send you referrals, guests who ask about island hopping
q3 P10 t_content_share | Put a link to your booking page in our newsletter and relay your news
q3 P11 o_video/0 | Video's fine by me, I do them for my own business all the time
q3 P12 t_content_share | Mention you in our guest welcome pack and on social
q3 P13 t_host_fam | Organise a fam trip with my partner agencies
q3 P14 t_content_share | Sharing updates on LinkedIn and our blog
q3 P15 o_video/1 | Not video please. I'll write something but I don't want my face online
q3 P16 t_host_fam | introductions to group organisers (choirs, walking clubs) who come every year
q3 P17 t_host_fam | recommend you to every group I take out, I already do actually
q3 P18 t_content_share | social media shares, tagging you when our guests travel
q3 P19 o_video/0 | Happy to be filmed on board talking about why we use you
q3 P20 t_host_fam | put you in touch with my contacts at two cruise lines
q3 P21 t_host_fam | I can bring prospects, introduce event planners
q3 P22 t_content_share | retweet/repost, whatever helps
q3 P23 o_video/1 | i'm shy, camera is a no. Quotes for the website ok
q3 P24 t_content_share | forward your content to our mailing list
q4 P01 t_group_rates | Proper group rates for tour operators. Right now I pay almost full fare for 40 people.
q4 P02 t_meet_leaders | A seat at the table, meeting the management once a year to talk about the season
q4 P03 o_points/0 | I'd enjoy a leaderboard honestly, bit of friendly competition among partners
q4 P04 t_group_rates | commission on referred bookings, or at least a discounted rate for groups
q4 P05 t_meet_leaders | access to the people who make decisions. An advisory board would be great
q4 P06 o_points/1 | Please not another points card. I'm not collecting stamps like at the supermarket.
q4 P07 m_charity | I don't need anything for myself; if there's a reward, give it to the lifeboat station (SNSM)
q4 P08 t_group_rates | Reduced fares for groups, and guaranteed seats in July-August
q4 P09 t_meet_leaders | meet the captains and the ops team, understand how things work
q4 P10 o_points/0 | Badges and levels sound fun, I'd play along
q4 P12 t_group_rates | a better deal on group bookings
q4 P13 t_meet_leaders | dinner with the directors once a year, to be honest
q4 P14 o_points/1 | gamification feels childish for professionals. Give me something concrete
q4 P15 ~ | I'd need to think about it
q4 P16 t_group_rates | discount for groups over 20 pax
q4 P17 t_meet_leaders | to be heard by leadership, a yearly sit-down with the director
q4 P18 o_points/1 | No tiers or scoreboards. We're adults running businesses.
q4 P19 t_meet_leaders | invitations to meet the ops team when new boats are planned
q4 P20 t_group_rates | preferential tariff for my parties of walkers
q4 P21 o_points/0 | Collecting points and moving up levels would motivate me, I'm competitive lol
q4 P22 m_charity | Donate whatever perks I earn to the sea rescue volunteers, they deserve it more
q4 P23 t_group_rates | lower prices for the coachloads I bring
q4 P24 o_points/1 | not interested in rankings, just fair prices
q5 P01 t_vague | How will you measure any of this? No numbers, no targets.
q5 P02 t_sustain | nothing about the environment. Ferries burn a lot of fuel, people care about that now
q5 P05 t_vague | The goals are a bit fuzzy. What does "grow reach" actually mean, in figures?
q5 P06 t_sustain | I'd add something on greener crossings, my guests ask about it constantly
q5 P08 t_vague | needs clearer targets and a timeline
q5 P09 m_access | Please include passengers with reduced mobility. Boarding with a wheelchair is really hard and nobody asks them.
q5 P10 ~ | thanks for the coffee and croissants!
q5 P11 t_sustain | Sustainability is missing. Eco-conscious travellers are a big part of my market
q5 P13 t_vague | vague. Give us KPIs we can follow
q5 P14 ~ | n/a
q5 P15 t_sustain | what about the carbon footprint? Not a word in the objectives
q5 P17 m_access | accessibility should be an objective, my clients with disabilities struggle on the gangway
q5 P19 t_sustain | climate/green angle should be in there
q5 P20 t_vague | too general, I couldn't tell you what success looks like
q5 P22 t_sustain | Ecology. Electric or hybrid boats, less plastic on board. You'd get lots of goodwill.
q5 P24 t_vague | bit woolly tbh
""",
})

# ---------------------------------------------------------------- GRX (mixed, 38)
SESSIONS.append({
    "code": "GRX", "lang": "mixed", "participants": 38,
    "questions": {
        "q1": "Qu'attendez-vous personnellement du programme Les Passeurs ? / What do you personally expect from the programme?",
        "q2": "Qu'est-ce qui pourrait vous freiner ? / What could hold you back?",
        "q3": "Quelles contributions seriez-vous prêt·e à faire ? / Which contributions would you make?",
        "q4": "Comment et à quelle fréquence souhaitez-vous être sollicité·e ? / How and how often should we ask you?",
        "q5": "Quels avantages comptent vraiment pour vous ? / Which benefits really matter to you?",
        "q6": "Un commentaire sur les objectifs présentés ? / Any comment on the objectives presented?",
    },
    "objectives": [
        "Faire remonter les irritants des passagers réguliers pour améliorer le service",
        "Accueillir et accompagner les nouveaux habitants et les saisonniers",
        "Obtenir 100 avis et témoignages publiés par an",
        "Développer la vente de croisières commentées autour de l'île pour les touristes",
        "Informer en priorité les ambassadeurs des perturbations (météo, grèves, travaux)",
    ],
    "objective_support": {0: ["g_remonter"], 1: ["g_aide_nouveaux"], 2: ["g_temoignage"],
                          3: [], 4: ["g_info_prio"]},
    "unserved_needs": ["g_lien", "g_reduc", "g_prio_embarq"],
    "themes": {
        "g_info_prio": ("need", "Être prévenu en premier / en temps réel des annulations et perturbations"),
        "g_lien": ("need", "Créer du lien, rencontrer d'autres habitués, communauté"),
        "g_remonter": ("need", "Faire remonter les problèmes du quotidien pour améliorer le service"),
        "g_temps": ("brake", "Manque de temps / disponibilité"),
        "g_rgpd": ("brake", "Données personnelles, IA, consentement, confidentialité"),
        "g_doute": ("brake", "Scepticisme : consultations passées sans suite, peur que rien ne change"),
        "g_temoignage": ("convergence", "Écrire un témoignage / laisser des avis"),
        "g_aide_nouveaux": ("convergence", "Accompagner les nouveaux habitants et saisonniers"),
        "g_rythme": ("preference", "Sollicitations rares (au plus une par mois)"),
        "g_reduc": ("need", "Réductions sur les billets, traversées offertes"),
        "g_prio_embarq": ("need", "Embarquement prioritaire / places garanties en été"),
        "g_oubli_ilien": ("convergence", "Objectifs centrés sur les touristes, les résidents à l'année oubliés"),
        "g_approuve": ("convergence", "Accord global avec les objectifs présentés"),
    },
    "oppositions": {
        "o_parrainage": ("Recommander / parrainer ses proches",
                         ["prêts à recommander leurs proches", "refusent de démarcher leurs proches"]),
        "o_canal": ("Canal de sollicitation", ["Discord / appli / messagerie", "e-mail, courrier, affichage"]),
        "o_classement": ("Reconnaissance publique et classement",
                         ["veulent être visibles dans un classement", "veulent rester anonymes"]),
    },
    "minorities": {
        "m_musique": "Animer les traversées en musique pendant les fêtes",
        "m_traduction": "Traduire les documents du programme en anglais / allemand",
        "m_carbone": "Ajouter un objectif environnemental (CO2 par traversée, bateaux propres)",
    },
    "data": """
q1 P01 g_info_prio+g_lien | Être prévenue en premier quand une traversée est annulée. Aujourd'hui je l'apprends sur le quai, avec ma valise. Et rencontrer d'autres habitués, ça me plairait aussi, on fait le même trajet depuis des années sans se connaître.
q1 P02 g_lien | Rencontrer d'autres passagers réguliers, on se croise tous les jours sans se parler
q1 P03 g_remonter | Faire remonter ce qui coince au quotidien : les vélos mal rangés, la file pour le fret, les annonces inaudibles
q1 P04 g_info_prio | Real-time alerts when the boat is cancelled because of weather. I live on the island part-time and I've been stranded twice.
q1 P05 g_lien | Du lien entre gens de l'île et du continent
q1 P06 g_remonter | Avoir un interlocuteur à qui signaler les problèmes et qui donne une réponse
q1 P07 g_info_prio | Avoir l'info avant tout le monde sur les perturbations, travaux au port, changements de bateau
q1 P09 g_remonter | A way to give feedback that actually reaches someone who can fix things
q1 P10 g_info_prio | des alertes fiables. un sms qd le bateau de 17h est supprimé ce serait deja enorme
q1 P11 g_lien | Faire partie d'une communauté, des gens qui aiment l'île
q1 P12 g_remonter | Que nos remarques servent à améliorer le service, pas à remplir un tableau excel
q1 P13 g_info_prio | Heads-up on disruptions before they hit social media
q1 P14 g_lien | Sortir un peu de l'isolement l'hiver, voir du monde, partager des moments
q1 P15 g_remonter | Pouvoir donner du feedback direct sur le service, genre un vrai loop avec l'équipe ops
q1 P16 g_info_prio | Savoir à l'avance quand y a des grèves ou des arrêts techniques, pour m'organiser avec le boulot sur le continent
q1 P17 g_lien | Créer des liens avec les autres ambassadeurs, pourquoi pas des apéros sur le quai ^^
q1 P18 g_remonter | I want my complaints about the car deck booking system to land somewhere useful
q1 P19 g_info_prio | l'info en priorité. Le site est jamais à jour quand il y a du gros temps
q1 P20 ~ | C'est possible d'avoir le wifi sur le bateau ?
q1 P21 g_remonter | améliorer les choses de l'intérieur, signaler ce qui va pas (accès PMR, toilettes hors service...)
q1 P22 g_remonter | to have a say on how the service can be improved
q1 P23 g_lien | Rencontrer des gens qui vivent la même chose que moi, les allers-retours quotidiens
q1 P24 g_remonter | un canal pour remonter les soucis des passagers réguliers
q1 P25 g_info_prio | Qu'on soit avertis rapidement des annulations météo, par un canal direct
q1 P26 g_lien | le côté humain, se retrouver entre habitués
q1 P27 g_remonter | Feedback loop with the company. Reporting issues and getting an answer.
q1 P28 g_info_prio | Etre informée avant les autres des modifs de rotation (j'ai le seul cabinet infirmier de l'île, je dois prévoir mes tournées)
q1 P29 g_lien | Honestly? To feel less like a stranger here. We moved from Cork two years ago and the boat is where you see everyone.
q1 P30 g_remonter | Contribuer à ce que la compagnie corrige ses défauts, on les voit tous les jours nous
q1 P31 g_remonter | being able to flag problems on board directly
q1 P32 g_lien | une communauté d'entraide entre îliens et continentaux
q1 P33 ~ | Je suis venue surtout pour accompagner ma voisine
q1 P34 g_info_prio | Recevoir une notif dès qu'un départ saute. C'est tout ce que je demande !
q1 P35 g_lien | connaître d'autres usagers, échanger, se serrer les coudes quand ça va mal (grèves, tempêtes)
q1 P36 g_remonter | Improve things for regular passengers by passing on what we see
q1 P37 g_info_prio | First-hand information on cancellations & delays. The website is always late.
q1 P38 g_lien | de la convivialité !
q2 P01 g_temps | Le temps, clairement. Trois enfants et un boulot à Lorient.
q2 P02 g_rgpd | Je ne veux pas que mes données de trajets soient utilisées pour me faire de la pub
q2 P03 g_doute | On a déjà fait des remarques cent fois, rien n'a bougé. Pourquoi ce serait différent ?
q2 P04 g_rgpd | Privacy. What happens to my data? And I'd want to know when I'm talking to a bot.
q2 P05 g_temps | pas le temps, je fais déjà 2h de trajet par jour
q2 P06 g_doute | J'ai peur que ce soit encore une opération de com sans suite
q2 P09 g_rgpd | not keen on an AI chatbot collecting everything I say
q2 P10 g_temps | mon emploi du temps de dingue
q2 P11 ~ | Pourquoi le parking de Lorient est payant maintenant ??
q2 P12 g_doute | le sentiment que nos avis finissent à la poubelle
q2 P13 g_rgpd | data protection: who sees my answers today?
q2 P14 g_temps | Si ça me demande plus d'une heure par mois, je ne tiendrai pas
q2 P15 g_doute | Honnêtement j'y crois moyen, la dernière consultation on n'a jamais eu de retour
q2 P17 g_rgpd | La confidentialité. On parle de nos vies ici, ça va où ?
q2 P18 g_doute | I've filled in your satisfaction surveys for years and nothing changed
q2 P19 g_temps | peu de disponibilité
q2 P21 g_doute | L'expérience : le comité d'usagers de 2019 a été enterré au bout de 6 mois
q2 P23 g_temps | Je travaille en horaires décalés, difficile de me rendre aux réunions
q2 P24 g_rgpd | Qu'on revende ou exploite mes infos persos. Je veux pouvoir me désinscrire facilement
q2 P25 ~ | bof
q2 P26 g_doute | que ce soit du vent
q2 P27 g_doute | scepticism, honestly. Companies ask for input and then do whatever they'd planned
q2 P28 g_temps | la charge : entre les tournées et la famille, il me reste pas grand chose
q2 P30 g_rgpd | l'IA qui résume ce qu'on dit, je suis pas à l'aise avec ça sans savoir ce qui est stocké
q2 P31 g_doute | I doubt the management will listen
q2 P32 g_temps | J'ai très peu de temps libre, franchement
q2 P34 g_rgpd | mes coordonnées partagées avec des partenaires sans mon accord
q2 P35 g_doute | si c'est pour rien changer derrière, ça me découragera vite
q2 P36 g_temps | Lack of time. I commute daily and work long days.
q2 P37 g_rgpd | GDPR stuff. I want to consent explicitly before you send me reminders.
q2 P38 g_temps | manque de dispo
q3 P01 g_temoignage | Écrire un petit texte sur mon expérience, ça oui
q3 P02 g_aide_nouveaux | Accompagner les nouveaux habitants pour leurs premières traversées, leur expliquer le fret, les abonnements
q3 P03 o_parrainage/0 | Recommander la compagnie à mes amis et à ma famille, je le fais déjà
q3 P05 o_parrainage/1 | Je ne veux pas démarcher mes proches. L'amitié et le commerce, je mélange pas.
q3 P06 g_temoignage | un témoignage écrit pour le site, pourquoi pas
q3 P07 g_aide_nouveaux | aider les saisonniers qui arrivent en mai et ne connaissent rien au fonctionnement
q3 P08 m_musique | Je joue de l'accordéon, je pourrais animer la traversée lors de la fête de l'île
q3 P10 o_parrainage/0 | parrainer des copains, oui, si y a un code promo à partager
q3 P11 g_temoignage | Raconter par écrit pourquoi je prends le bateau depuis 20 ans
q3 P12 g_aide_nouveaux | Être un référent pour les gens qui s'installent sur l'île
q3 P13 m_traduction | I could translate the programme materials into English and German
q3 P14 o_parrainage/1 | Ramener des gens contre une récompense, ça me met mal à l'aise
q3 P16 g_temoignage | Je peux rédiger quelques lignes pour la brochure
q3 P17 g_aide_nouveaux | Filer des tuyaux aux nouveaux : réserver la voiture tôt, où mettre le vélo...
q3 P19 o_parrainage/0 | Faire venir des amis et des clients pour mon gîte, avec un lien de parrainage
q3 P21 g_temoignage | laisser des avis et écrire un témoignage, ça je sais faire
q3 P22 g_aide_nouveaux | Help newcomers figure out the ferry system, it's confusing at first
q3 P23 m_musique | Avec mon groupe on pourrait faire un petit concert sur le pont pendant les fêtes d'été
q3 P24 o_parrainage/1 | Vendre des billets à mes voisins ? Non. Chacun est grand.
q3 P25 g_aide_nouveaux | parrainer les nouveaux arrivants (au sens les accompagner, pas leur vendre quoi que ce soit)
q3 P26 g_temoignage | un retour d'expérience écrit, anonyme de préférence
q3 P27 m_traduction | I'm a translator by trade, happy to do the English versions of your notices
q3 P28 g_aide_nouveaux | guider les nouveaux sur le quai, expliquer l'embarquement des véhicules
q3 P30 g_temoignage | rédiger un article pour la newsletter sur la vie d'îlien
q3 P31 o_parrainage/1 | I wouldn't feel right earning rewards off my friends' tickets
q3 P32 g_aide_nouveaux | Accueillir les jeunes profs et soignants qui débarquent sur l'île en septembre
q3 P33 ~ | je sais pas trop
q3 P34 g_temoignage | Mettre des avis sur Google et faire un petit témoignage pour le site
q3 P35 g_aide_nouveaux | aider les personnes âgées et les nouveaux pour les réservations en ligne
q3 P36 o_parrainage/0 | Happy to refer friends and family, I talk about the island all the time anyway
q3 P37 g_temoignage | I'd write a testimonial about commuting by ferry
q3 P38 ~ | Le café à bord est vraiment pas bon, vous pourriez changer de fournisseur ?
q4 P01 g_rythme | Une fois par mois max
q4 P02 o_canal/0 | Sur Discord, c'est là que je suis tout le temps
q4 P03 g_rythme | pas plus d'une demande par mois, sinon saturation
q4 P05 o_canal/1 | Par mail. Discord je sais pas ce que c'est et je veux pas l'installer
q4 P06 g_rythme | De temps en temps, pas toutes les semaines
q4 P07 o_canal/1 | par courrier ou par mail, je suis pas sur les réseaux
q4 P10 g_rythme | rarement. Si on me sollicite tout le temps je décroche
q4 P11 o_canal/0 | Par notif sur l'appli, c'est le plus simple
q4 P12 g_rythme | 1 fois tous les 2 mois ça me paraît bien
q4 P14 g_rythme | Avec parcimonie ! Je préfère peu de demandes mais bien ciblées
q4 P15 o_canal/1 | email plz, pas une énième appli sur mon phone
q4 P16 o_canal/0 | discord ou whatsapp, surtout pas de mail, je les lis jamais
q4 P17 g_rythme | trimestriel, ça me va
q4 P19 o_canal/0 | Un message sur le serveur Discord des ambassadeurs, parfait
q4 P20 ~ | Vous faites des tarifs étudiants ?
q4 P21 g_rythme | le moins souvent possible, mais avec du préavis
q4 P23 o_canal/1 | Une affiche à la gare maritime et un mail, ça suffit
q4 P24 g_rythme | Maximum une sollicitation par mois, et qu'on puisse dire non sans se justifier
q4 P25 o_canal/1 | par téléphone ou par mail, les messageries instantanées j'y comprends rien
q4 P26 o_canal/0 | via le chat, je réponds vite depuis mon téléphone
q4 P28 g_rythme | pas trop souvent, je suis déjà très prise
q4 P30 g_rythme | ponctuellement, pour des choses précises
q4 P31 o_canal/1 | Email only. I'm not joining a Discord server at my age
q4 P32 g_rythme | Pas chaque semaine, ça deviendrait pénible
q4 P34 o_canal/1 | Par e-mail, tranquillement, je réponds le soir
q4 P35 g_rythme | Une ou deux fois par trimestre
q4 P36 o_canal/0 | Discord pings are fine, I'm on it daily
q4 P37 ~ | whatever
q4 P38 g_rythme | mensuel grand max
q5 P01 g_reduc | Des réductions sur les billets, c'est concret
q5 P02 g_prio_embarq | Une place garantie pour la voiture en juillet-août, c'est le vrai luxe
q5 P03 o_classement/0 | Ça me ferait plaisir d'apparaître dans le classement des ambassadeurs, c'est motivant
q5 P04 g_reduc | Discounts on fares, obviously. Crossings add up.
q5 P05 g_prio_embarq | L'embarquement prioritaire quand il y a foule
q5 P06 o_classement/1 | Surtout pas de classement public. Je veux rester discret.
q5 P07 g_reduc | un tarif préférentiel pour la voiture
q5 P10 g_reduc | des traversées offertes de tps en tps
q5 P11 g_prio_embarq | Pouvoir réserver les créneaux véhicule avant l'ouverture au public
q5 P12 o_classement/0 | Être mis en avant avec mon nom sur la page du programme
q5 P14 g_reduc | moins cher le passage, tout simplement
q5 P15 o_classement/1 | Que mon nom n'apparaisse nulle part, merci
q5 P16 g_prio_embarq | passer devant dans la file l'été
q5 P17 o_classement/0 | un tableau des meilleurs contributeurs, j'aime bien voir où j'en suis par rapport aux autres
q5 P19 g_reduc | Une remise sur l'abonnement annuel
q5 P21 g_prio_embarq | des places réservées aux ambassadeurs sur les bateaux pleins
q5 P22 o_classement/1 | Keep it anonymous please, no rankings with names
q5 P23 g_reduc | Bons de réduction pour la famille qui vient nous voir
q5 P24 g_prio_embarq | embarquer en priorité avec mon vélo, l'été c'est la guerre
q5 P25 ~ | ?
q5 P26 g_reduc | le prix ! ça coute une fortune en famille
q5 P27 o_classement/1 | I'd hate to be on a leaderboard. Recognition in private is fine.
q5 P28 g_prio_embarq+g_reduc | priorité d'embarquement pour les professionnels de santé, quand je rate le bateau ce sont mes patients qui attendent. Et une petite ristourne sur mes 10 passages par semaine ne ferait pas de mal.
q5 P29 g_prio_embarq | not being bumped off the 6pm boat every Friday in August would be nice
q5 P30 g_reduc | Gratuité pour les enfants des ambassadeurs, par exemple
q5 P31 o_classement/1 | No public lists. On a small island everyone would know who's "top ambassador".
q5 P32 g_prio_embarq | ne plus rester à quai parce que le bateau est complet
q5 P34 g_reduc | des billets gratuits à gagner
q5 P35 g_prio_embarq | un quota de places réservé, comme pour les résidents
q5 P36 o_classement/0 | Public recognition: badges, a leaderboard, my name in the newsletter. I like that.
q5 P37 g_prio_embarq | Priority boarding in summer. Being left on the quay is the worst.
q5 P38 g_reduc | un geste sur les tarifs
q6 P01 g_oubli_ilien | On parle beaucoup de touristes. Et nous, les habitants qui prennent le bateau pour aller bosser ?
q6 P02 g_approuve | Ça me paraît cohérent, je valide
q6 P03 g_oubli_ilien | les objectifs sont pensés pour l'été, l'hiver les îliens n'existent plus
q6 P06 g_approuve | Globalement d'accord avec ce qui a été présenté
q6 P10 g_oubli_ilien | rien sur le quotidien des résidents
q6 P11 g_approuve | ok pour moi, c'est clair
q6 P12 ~ | La réunion a commencé en retard, faudrait être plus carré la prochaine fois
q6 P14 g_oubli_ilien | Les résidents à l'année sont un peu oubliés dans tout ça
q6 P16 g_approuve | Ça me va 👍
q6 P17 m_carbone | Il manque un objectif environnemental : afficher le CO2 de chaque traversée, réduire la conso
q6 P19 g_oubli_ilien | trop centré sur les visiteurs
q6 P21 g_approuve | bons objectifs dans l'ensemble
q6 P23 m_carbone | Et l'empreinte carbone ? Un objectif sur des bateaux plus propres serait bienvenu
q6 P24 g_oubli_ilien | Vous oubliez ceux qui vivent ici 12 mois sur 12
q6 P26 g_approuve | Rien à redire, c'est bien pensé
q6 P28 g_oubli_ilien | où sont les besoins des gens de l'île ? les soignants, les scolaires...
q6 P30 g_approuve | je suis d'accord avec l'ensemble
q6 P32 g_oubli_ilien | ça parle aux vacanciers, pas aux îliens
q6 P34 ~ | merci pour l'accueil, c'était sympa
q6 P35 g_oubli_ilien | Pensez aux habitants, pas qu'aux visiteurs d'un week-end
q6 P36 g_approuve | Looks good to me, sensible goals
""",
})


def parse(session):
    rows = []
    for line in session["data"].strip().splitlines():
        head, text = line.split(" | ", 1)
        q, pid, owner = head.split()
        rows.append((pid, q, owner, text.strip()))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def build(session):
    code = session["code"]
    rows = parse(session)
    answers, themes, opps, mins, noise, secondary = [], {}, {}, {}, [], []
    for k in session["themes"]:
        themes[k] = []
    for k in session["oppositions"]:
        opps[k] = [[], []]
    for k in session["minorities"]:
        mins[k] = []
    for pid, q, owner, text in rows:
        aid = f"{code}-{pid}-{q}"
        answers.append({"id": aid, "participant": pid, "question": session["questions"][q], "answer": text})
        main, _, sec = owner.partition("+")
        if sec:
            secondary.append({"answer_id": aid, "theme": sec})
        if main == "~":
            noise.append(aid)
        elif "/" in main:
            k, side = main.split("/")
            opps[k][int(side)].append(aid)
        elif main in themes:
            themes[main].append(aid)
        elif main in mins:
            mins[main].append(aid)
        else:
            raise SystemExit(f"unknown owner {owner} in {aid}")
    objs = session["objectives"]
    truth = {
        "session": code,
        "lang": session["lang"],
        "client": "Armor Ocean Navettes",
        "themes": [{"key": k, "kind": session["themes"][k][0], "description": session["themes"][k][1],
                    "answer_ids": v} for k, v in themes.items()],
        "oppositions": [{"key": k, "description": session["oppositions"][k][0],
                         "sides": [{"label": session["oppositions"][k][1][i], "answer_ids": opps[k][i]}
                                   for i in (0, 1)]} for k in opps],
        "minorities": [{"key": k, "description": session["minorities"][k], "answer_ids": v}
                       for k, v in mins.items()],
        "objective_support": {objs[i]: session["objective_support"][i] for i in range(len(objs))},
        "unsupported_objectives": [objs[i] for i in range(len(objs)) if not session["objective_support"][i]],
        "unserved_needs": session["unserved_needs"],
        "noise_answer_ids": noise,
        "secondary_mentions": secondary,
    }
    with open(os.path.join(OUT, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(objs) + "\n")
    with open(os.path.join(OUT, f"{code}.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return code, session["lang"], len({a["participant"] for a in answers}), len(answers), \
        len(themes), len(opps), len(mins), len(noise)


if __name__ == "__main__":
    for s in SESSIONS:
        print("%s lang=%s participants=%d answers=%d themes=%d oppositions=%d minorities=%d noise=%d" % build(s))
