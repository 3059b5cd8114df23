# PA1: French session, 12 participants (client Paludia, aquascaping supplies)
CODE = "PA1"
LANG = "fr"
N = 12
N_EN = 0
TITLE = "Atelier JE Paludia : club des aquascapeurs de Lyon"
Q5 = "Êtes-vous pour un classement public des ambassadeurs (points et niveaux visibles de tous) ?"
OBJECTIVES = [
    "Générer davantage de recommandations clients vers nos kits de démarrage",
    "Renforcer la visibilité de Paludia sur les réseaux sociaux et dans les salons",
    "Recueillir des retours terrain pour améliorer nos gammes de plantes et d'éclairage",
    "Animer l'entraide entre aquariophiles débutants et confirmés",
    "Fidéliser les abonnés à nos engrais et substrats",
]
SUPPORT = {
    OBJECTIVES[0]: [],
    OBJECTIVES[1]: ["pa1_pref_photos", "pa1_pref_workshops"],
    OBJECTIVES[2]: ["pa1_need_early_access"],
    OBJECTIVES[3]: ["pa1_need_transmit", "pa1_pref_workshops", "pa1_pref_written_guides"],
    OBJECTIVES[4]: [],
}
UNSERVED = ["pa1_need_expert_contact"]
NOTE = ("Flavour negation/contrast: many answers name another theme only to reject it or put it second "
        "(e.g. 'Avoir les produits avant les autres, bof' is labelled transmit, not early access). "
        "Two objectives are unsupported (starter-kit recommendations, subscription loyalty).")
GROUPS = {
 1: [
  ("theme", "pa1_need_early_access", "Tester les nouveautés (LED, engrais, plantes, CO2) avant leur sortie et faire des retours", [
   "Les goodies, très peu pour moi, j'ai déjà trois tasses Paludia. Ce qui me ferait venir, c'est de recevoir les nouvelles rampes LED avant leur sortie pour les essayer sur mon 60 litres et vous dire ce qui coince.",
   "Pas besoin de remise. Je veux être dans les premiers à tester vos nouveaux engrais liquides, quitte à vous faire un retour franc au bout d'un mois.",
   "Honnêtement, les avant-premières, c'est ça qui me parle : avoir les nouvelles variétés de plantes in vitro avant tout le monde et les faire pousser chez moi pour voir.",
   "Plutôt les prototypes que les cadeaux : si je peux tester un diffuseur CO2 pas encore commercialisé et remonter mes observations, je signe.",
  ]),
  ("theme", "pa1_need_expert_contact", "Avoir un interlocuteur technique chez Paludia qui répond vite aux questions", [
   "Tester des nouveautés avant les autres, ça ne m'intéresse pas plus que ça. Ce qui me manque, c'est quelqu'un chez vous que je peux joindre directement quand mon bac part en vrille.",
   "Un contact direct avec un technicien Paludia. Les FAQ c'est bien, mais quand j'ai des cyanos qui reviennent, j'ai besoin d'un humain qui connaît vos produits.",
   "J'attends surtout des réponses rapides de vos experts sur le dosage du CO2 et des engrais, pas un énième code promo.",
   "Moi c'est simple : pouvoir écrire à un spécialiste de chez vous et avoir une réponse dans la journée. Le reste, badges, niveaux, c'est secondaire.",
  ]),
  ("theme", "pa1_need_transmit", "Transmettre son savoir et aider les débutants", [
   "Avoir les produits avant les autres, bof. Ce qui me motive, c'est d'aider les débutants qui galèrent avec leurs algues, comme j'ai galéré il y a dix ans.",
   "Partager ce que j'ai appris. Je vois trop de gens abandonner au bout de six mois parce que personne ne leur a expliqué le cycle de l'azote.",
   "Pas pour les points ni pour le statut : j'aime expliquer, montrer à un nouveau comment planter un tapis de Monte Carlo sans tout arracher.",
  ]),
  ("noise", [
   "Je ne sais pas trop encore, je découvre le programme aujourd'hui.",
  ]),
 ],
 2: [
  ("theme", "pa1_brake_oversolicitation", "Peur d'être trop sollicité (relances, demandes répétées)", [
   "Ce qui me ferait fuir, c'est de recevoir un mail par semaine pour me demander un avis ou une photo.",
   "Je ne crains pas de passer pour un vendeur, mais j'ai peur qu'on me relance sans arrêt. J'ai déjà un boulot prenant.",
   "Les sollicitations à répétition. Si on me demande quelque chose tous les quatre matins, je décroche.",
   "Être harcelé de demandes. Une de temps en temps avec du délai, d'accord ; trois par mois, non.",
  ]),
  ("theme", "pa1_brake_commercial", "Peur de passer pour un vendeur et de perdre son authenticité", [
   "Le temps, ça va, je m'organise. Ce qui me freine, c'est de devenir un panneau publicitaire devant les copains du club.",
   "Je n'ai pas envie qu'on me donne des textes tout faits à publier. Si ça sonne comme une pub, ma crédibilité sur le forum est morte.",
   "Peur qu'on me prenne pour un commercial déguisé. Dans le milieu aquariophile, on repère vite ceux qui sont payés pour vanter une marque.",
   "Recommander un produit que je n'aurais pas choisi moi-même. Je veux rester libre de dire quand une référence est moyenne.",
  ]),
  ("theme", "pa1_brake_camera", "Pas à l'aise pour se montrer en vidéo ou parler en public", [
   "Les vidéos. Je suis incapable de parler face à une caméra, même pour montrer mon bac.",
   "Pas le manque de temps, plutôt la timidité : me filmer ou prendre la parole en public, ce n'est pas moi.",
   "Si on me demande de témoigner face caméra, je passe mon tour. Je suis bien plus à l'aise derrière mon clavier.",
  ]),
 ],
 3: [
  ("theme", "pa1_pref_written_guides", "Rédiger des fiches et des tutos écrits", [
   "Écrire. Des fiches plantes détaillées, avec les conditions qui marchent chez moi, plutôt que des vidéos.",
   "Les réseaux, je n'y suis pas. Par contre rédiger un tuto pas à pas sur la mise en eau d'un bac, ça je peux le faire bien.",
   "Des fiches d'entretien écrites, pour que les débutants aient une référence fiable sous la main.",
   "Plutôt l'écrit que l'oral : un guide pour débuter avec les crevettes, par exemple, je le rédigerais volontiers.",
  ]),
  ("theme", "pa1_pref_workshops", "Animer des ateliers et démonstrations en présentiel (boutique, club, salon)", [
   "Les visios, très peu pour moi. Animer un atelier de bouturage en magasin un samedi, là oui.",
   "Faire des démos en boutique ou au club : montrer en vrai comment on taille, comment on place les pierres.",
   "Je préfère le contact direct aux publications en ligne. Tenir le stand Paludia au salon de l'aquariophilie, avec plaisir.",
   "Pas de posts Instagram, je déteste ça. Mais accueillir trois ou quatre débutants chez moi pour un atelier hardscape, pourquoi pas.",
  ]),
  ("theme", "pa1_pref_photos", "Partager des photos de ses bacs sur les réseaux sociaux", [
   "Publier des photos de mon aquascape sur Instagram en taguant Paludia, je le fais déjà de toute façon.",
   "Écrire des articles, pas le temps. Poster des photos de l'évolution de mon bac, oui, ça prend cinq minutes.",
   "Partager mes plus belles prises de vue sur les réseaux avec la liste des plantes utilisées.",
  ]),
  ("noise", [
   "On verra selon ce que vous proposez.",
  ]),
 ],
 4: [
  ("theme", "pa1_time_monthly", "Une à deux heures par mois", [
   "Une heure ou deux par mois, pas plus.",
   "Pas chaque semaine, non. Disons deux heures dans le mois.",
   "Je peux dégager environ une heure par mois, régulièrement.",
   "Un petit créneau mensuel, genre un dimanche matin par mois pendant une heure et demie.",
   "Deux heures par mois maximum, réparties comme je veux.",
  ]),
  ("theme", "pa1_time_events", "Ponctuellement, le week-end autour des salons et événements", [
   "Rien de régulier, mais je peux me libérer quelques week-ends par an pour les salons.",
   "Ponctuellement, quand il y a un événement. Un rythme mensuel fixe, je ne tiendrai pas.",
   "Le samedi quand il y a une expo ou une bourse aux plantes, sinon pas grand-chose.",
   "Autour des grands rendez-vous (salon de Lyon, concours), je peux donner une journée entière.",
  ]),
  ("minority", "pa1_min_winter_only", "Disponible seulement l'hiver", [
   "Seulement l'hiver. L'été je suis au jardin et mes bacs tournent en pilote automatique.",
   "D'octobre à mars, oui. Au printemps et en été je n'aurai pas le temps.",
  ]),
 ],
 5: [
  ("side", "pa1_opp_public_ranking", "Classement public des ambassadeurs : pour ou contre", "Pour un classement public", [
   "Pour. Je comprends ceux qui craignent la compétition, mais un classement, ça me pousse à contribuer.",
   "Oui, ça me motiverait de voir où j'en suis par rapport aux autres.",
   "Plutôt pour : tant que ça reste bon enfant, voir les points de chacun donne envie de s'y mettre.",
   "Je sais que certains vont grincer des dents, mais je suis pour un tableau visible. C'est stimulant.",
   "Oui, un classement public. Dans les concours d'aquascaping on est classés aussi, et personne n'en meurt.",
  ]),
  ("side", "pa1_opp_public_ranking", "Classement public des ambassadeurs : pour ou contre", "Contre un classement public", [
   "Les points, pourquoi pas, mais un classement affiché, non. Ça va créer des rivalités au club.",
   "Contre. On n'est pas là pour se comparer.",
   "Je vois l'intérêt pour motiver, mais je reste contre : ceux qui ont peu de temps vont se sentir nuls.",
   "Non merci. Un classement, c'est la porte ouverte à ceux qui postent n'importe quoi pour grimper.",
   "Plutôt garder ses points pour soi que les afficher devant tout le monde.",
  ]),
  ("minority", "pa1_min_team_ranking", "Un classement par club ou par équipe plutôt qu'individuel", [
   "Ni l'un ni l'autre : pas de classement individuel, mais un classement par club, ce serait plus sympa.",
   "Un classement d'équipes plutôt qu'un classement de personnes. On gagnerait ensemble.",
  ]),
 ],
}
