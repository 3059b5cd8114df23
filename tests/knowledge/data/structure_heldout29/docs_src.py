# -*- coding: utf-8 -*-
"""Source blocks of the 12 documents (fictitious client: Ruchers Vallin, beekeeping equipment).

Blocks:
  ("p", text[, key])                      paragraph
  ("h1", text) / ("h2", text)             section / sub-section (the document title is apart)
  ("ul"|"ol", intro, items[, key[, bullet]])  list introduced by a sentence ending in ":"
  ("table", intro, header, rows[, keys])  table with a header row; keys aligned with rows
"""

DOCS = [
# ---------------------------------------------------------------- A (PDF deck)
dict(file="essaim_kickoff_2027.pdf", lang="fr", readers="all",
     title="Programme Essaim — Kick-off 2027",
     blocks=[
  ("p", "Diffusion : tous les Éclaireurs du programme Essaim — version du 14 janvier 2027"),
  ("h1", "Essaim en bref"),
  ("ul", "Essaim en quelques chiffres :", [
      "142 Éclaireurs actifs dans 11 régions",
      "apiculteurs amateurs, pros et clubs",
      "lancé en mars 2025",
      "un espace privé : La Ruche, sur Discord",
      "une lettre mensuelle : Le Butin"], "A_bref"),
  ("p", "Notes : rappeler que personne n'est payé pour parler de nous. On remercie, on ne rémunère pas. "
        "Insister sur le ton : on veut vos mots, pas les nôtres.", "A_notes"),
  ("h1", "Ce qu'on attend de vous"),
  ("ul", "Sept façons de contribuer, à votre rythme :", [
      "avis en ligne sur la fiche produit",
      "témoignage écrit (10 lignes suffisent)",
      "témoignage vidéo (kit fourni)",
      "présence sur un salon ou une journée portes ouvertes",
      "mise en relation avec un club ou un rucher-école",
      "partage sur les réseaux",
      "entraide dans La Ruche : répondre aux débutants"], "A_contrib"),
  ("p", "Notes : pas d'objectif chiffré par personne. Une contribution par trimestre, c'est déjà très bien. "
        "On préfère dix Éclaireurs tranquilles à trois Éclaireurs épuisés.", "A_rythme"),
  ("h1", "Niveaux"),
  ("table", "Trois niveaux, calculés sur les points des 12 derniers mois :",
      ["Niveau", "Points sur 12 mois", "Ce que ça change"],
      [["Pollen", "0 à 149", "accès à La Ruche, Le Butin, kit de bienvenue"],
       ["Propolis", "150 à 399", "tests de matériel en avant-première, -10 % sur la saison"],
       ["Gelée royale", "400 et plus", "siège au comité produit, invitation au séminaire d'automne"]],
      ["A_niv_pollen", "A_niv_propolis", "A_niv_gelee"]),
  ("p", "Notes : les niveaux sont recalculés le 1er de chaque mois. On ne redescend jamais en cours de saison : "
        "un niveau atteint est acquis jusqu'au 31 décembre.", "A_recalc"),
  ("h1", "Questions fréquentes"),
  ("h2", "Faut-il être client depuis longtemps ?"),
  ("p", "Non. Il suffit d'avoir acheté au moins une fois chez Ruchers Vallin et d'avoir envie de partager. "
        "Les débutants de l'année sont les bienvenus : leur regard compte.", "A_faq_anciennete"),
  ("h2", "Est-ce que je peux parler des produits d'une autre marque ?"),
  ("p", "Oui, bien sûr. On ne demande aucune exclusivité : comparez, nuancez, dites aussi ce qui marche "
        "moins bien chez nous.", "A_faq_autres"),
  ("h2", "Qui voit mes points ?"),
  ("p", "Vous, l'équipe communauté et personne d'autre. Il n'y a pas de classement public dans Essaim, "
        "par choix.", "A_faq_points"),
]),
# ---------------------------------------------------------------- B (PDF deck)
dict(file="rencontres_essaim_2027.pdf", lang="fr", readers="all",
     title="Rencontres Essaim 2027 — salons, portes ouvertes, webinaires",
     blocks=[
  ("p", "Diffusion : tous les Éclaireurs — merci de ne pas transférer hors du programme"),
  ("h1", "Calendrier"),
  ("table", "Les rendez-vous du premier semestre :",
      ["Date", "Rendez-vous", "Lieu", "Éclaireurs recherchés"],
      [["8-9 février", "Salon Apiculture & Nature", "Lyon, Eurexpo", "4"],
       ["22 mars", "Portes ouvertes du rucher-atelier", "Saint-Affrique", "6"],
       ["12 avril", "Webinaire « Préparer sa première visite de printemps »", "en ligne", "2"],
       ["24-25 mai", "Fête du miel", "Die", "3"],
       ["14 juin", "Rencontre annuelle des Éclaireurs", "Montpellier", "tous"]],
      ["B_cal_lyon", "B_cal_po", "B_cal_webi", "B_cal_die", "B_cal_rencontre"]),
  ("p", "Notes : l'appel à volontaires part six semaines avant chaque date, dans La Ruche (salon #rendez-vous). "
        "Premier arrivé, premier servi, mais priorité à ceux qui ne sont pas encore venus cette année.", "B_appel"),
  ("h1", "Avantages"),
  ("ul", "Quand vous venez sur un événement, Ruchers Vallin prend en charge :", [
      "train ou voiture (0,35 € / km), sur justificatif",
      "une nuit d'hôtel si vous habitez à plus de 150 km",
      "le repas du midi sur place",
      "30 points par journée de présence",
      "la tenue Essaim (t-shirt + vareuse), à garder"], "B_avantages"),
  ("h1", "Déroulé d'une journée portes ouvertes"),
  ("ol", "Au rucher-atelier de Saint-Affrique, la journée se passe comme ça :", [
      "9 h : café d'accueil avec l'équipe",
      "9 h 30 : briefing, répartition des stands",
      "10 h - 12 h 30 : démonstrations d'extraction et visite des ruches",
      "14 h - 16 h 30 : atelier montage de cadres avec les visiteurs",
      "17 h : débrief et pot de fin"], "B_deroule"),
  ("h1", "Questions fréquentes"),
  ("h2", "Je ne suis pas à l'aise à l'oral, je peux venir quand même ?"),
  ("p", "Oui. Il y a toujours besoin de monde pour l'accueil, la caisse du stand ou l'atelier cadres. "
        "Personne ne vous mettra au micro contre votre gré.", "B_faq_oral"),
  ("h2", "Puis-je venir avec mes enfants ?"),
  ("p", "Aux portes ouvertes, oui, et ils sont les bienvenus à l'atelier bougies. Sur les salons, "
        "les badges exposants sont nominatifs : un seul badge par Éclaireur.", "B_faq_enfants"),
  ("h2", "Et si j'annule au dernier moment ?"),
  ("p", "Ça arrive. Prévenez Maëlle le plus tôt possible au 06 41 27 88 15 ; les frais déjà engagés "
        "à votre nom sont remboursés quand même.", "B_faq_annul"),
]),
# ---------------------------------------------------------------- C (MD deck)
dict(file="kit_temoignage_video.md", lang="fr", readers="all",
     title="Kit témoignage vidéo — Essaim",
     blocks=[
  ("p", "Diffusion : tous les Éclaireurs du programme Essaim (support du live du 9 février)"),
  ("h1", "Pourquoi une vidéo ?"),
  ("p", "Un apiculteur qui montre sa propre miellerie convainc plus qu'une fiche produit. Ces vidéos servent "
        "sur la page produit, sur YouTube et au stand des salons, jamais dans une publicité payante sans "
        "votre accord écrit.", "C_pourquoi"),
  ("h1", "Matériel"),
  ("ul", "Ce qu'il vous faut, rien de plus :", [
      "un smartphone récent, tenu à l'horizontale",
      "un trépied ou une pile de livres",
      "un endroit calme, à l'abri du vent (le micro le déteste)",
      "la lumière du jour, de face",
      "dix minutes devant vous"], "C_materiel"),
  ("p", "Notes : montrer l'exemple de Jean-Paul, 2 min 40, filmé dans son rucher de Lozère. "
        "Rappeler qu'on ne coupe pas les hésitations : ça fait vrai.", "C_notes"),
  ("h1", "Les questions à aborder"),
  ("ol", "Répondez à votre façon à trois questions :", [
      "Comment avez-vous commencé l'apiculture ?",
      "Quel matériel Ruchers Vallin utilisez-vous, et pourquoi celui-là ?",
      "Que diriez-vous à quelqu'un qui hésite à se lancer ?"], "C_questions"),
  ("h1", "Avantages"),
  ("table", "Ce que vous recevez :",
      ["Étape", "Points", "En plus"],
      [["Vidéo envoyée", "40", "un bocal de cire gaufrée"],
       ["Vidéo publiée", "+20", "un lot de 10 cadres montés"],
       ["Vidéo choisie pour un salon", "+30", "votre prénom au générique du stand"]],
      ["C_av_envoyee", "C_av_publiee", "C_av_salon"]),
  ("h1", "Calendrier"),
  ("ul", "Les dates à retenir pour la série 2027 :", [
      "envoi des vidéos jusqu'au 15 mars",
      "montage et validation avec vous fin mars",
      "mise en ligne à partir du 10 avril",
      "diffusion sur le stand de la Fête du miel en mai"], "C_calendrier"),
  ("h1", "Questions fréquentes"),
  ("h2", "Dois-je montrer mon visage ?"),
  ("p", "Non. Beaucoup filment leurs mains et les cadres, en voix off. C'est tout aussi parlant.", "C_faq_visage"),
  ("h2", "Comment envoyer le fichier ?"),
  ("p", "Par le lien de dépôt épinglé dans le salon #témoignages de La Ruche. Au-delà de 2 Go, "
        "demandez un lien de transfert à l'équipe.", "C_faq_envoi"),
  ("h2", "Puis-je retirer ma vidéo plus tard ?"),
  ("p", "Oui, à tout moment, sur simple message. Elle disparaît de nos pages sous 15 jours.", "C_faq_retrait"),
]),
# ---------------------------------------------------------------- D (MD deck)
dict(file="deck_parrainage_essaim.md", lang="fr", readers="all",
     title="Parrainage Essaim : faire découvrir Ruchers Vallin",
     blocks=[
  ("p", "Diffusion : tous les Éclaireurs. Support présenté au webinaire du 3 février 2027."),
  ("h1", "Qui peut-on parrainer ?"),
  ("ul", "Vous pouvez nous présenter :", [
      "un club ou un syndicat apicole local",
      "un rucher-école",
      "un apiculteur qui s'équipe (plus de 10 ruches)",
      "une collectivité ou une entreprise qui veut installer des ruches"], "D_qui"),
  ("p", "Les particuliers qui débutent avec une ou deux ruches ne passent pas par le parrainage : "
        "envoyez-leur plutôt le code BIENVENUE10 de la boutique.", "D_pasqui"),
  ("h1", "Comment ça marche"),
  ("ol", "Quatre étapes :", [
      "vous remplissez le formulaire « Mise en relation » dans La Ruche",
      "Karim, notre conseiller pros, appelle le contact sous 5 jours ouvrés",
      "vous êtes tenu au courant à chaque étape",
      "les points sont crédités dès le premier devis signé"], "D_etapes"),
  ("h1", "Niveaux"),
  ("table", "Les paliers de parrainage sur l'année :",
      ["Palier", "Mises en relation abouties", "Bonus"],
      [["Première mise en relation", "1", "+50 points"],
       ["Trois mises en relation", "3", "une ruche Dadant 10 cadres offerte"],
       ["Cinq et plus", "5", "une journée de formation à l'élevage de reines"]],
      ["D_pal_1", "D_pal_3", "D_pal_5"]),
  ("h1", "Avantages"),
  ("ul", "Pour la structure que vous présentez :", [
      "un diagnostic de rucher gratuit",
      "-8 % sur la première commande",
      "un interlocuteur unique chez Ruchers Vallin"], "D_av_filleul"),
  ("h1", "Calendrier"),
  ("p", "Le parrainage est ouvert toute l'année. Les paliers se comptent du 1er janvier au 31 décembre "
        "et repartent à zéro chaque année ; les points déjà gagnés, eux, restent.", "D_cal"),
  ("h1", "Questions fréquentes"),
  ("h2", "Dois-je prévenir la personne avant ?"),
  ("p", "Oui, toujours. On n'appelle jamais quelqu'un qui ne sait pas qu'on va l'appeler : "
        "demandez-lui son accord avant de remplir le formulaire.", "D_faq_prevenir"),
  ("h2", "Et si le contact ne signe pas ?"),
  ("p", "Pas de palier dans ce cas, mais 10 points de remerciement dès que Karim a eu le contact "
        "au téléphone.", "D_faq_signe"),
]),
# ---------------------------------------------------------------- E (MD, English)
dict(file="essaim_quick_guide_en.md", lang="en", readers="all",
     title="Essaim — Quick guide for English-speaking Scouts",
     blocks=[
  ("p", "For all Essaim Scouts (UK & Ireland). Translated from the French kit, January 2027."),
  ("h1", "Who we are"),
  ("p", "Ruchers Vallin makes hives, frames and extraction gear in Saint-Affrique, in the south of France, "
        "and ships across Europe. Essaim is our ambassador programme; its members are called Éclaireurs "
        "in French and Scouts in English.", "E_who"),
  ("h1", "Speaking French (or not)"),
  ("p", "You don't need to speak French. The #english-corner channel in La Ruche is in English, "
        "Le Butin ends with an English summary, and Maëlle answers in English.", "E_lang"),
  ("h1", "Perks for the UK and Ireland"),
  ("ul", "A few things work differently for you:", [
      "parcels leave from Saint-Affrique and we pay the customs duties",
      "level discounts apply on ruchers-vallin.co.uk as well",
      "Gelée royale Scouts who cannot travel to the autumn seminar can join it online"], "E_perks"),
  ("h1", "Calendar"),
  ("table", "Dates for 2027 on your side of the Channel:",
      ["Date", "Event", "Where", "Scouts needed"],
      [["6-7 March", "Spring Beekeeping Convention", "Harrogate", "2"],
       ["16 May", "Open apiary day with the Cork beekeepers", "Cork", "1"],
       ["22-23 October", "Autumn Honey Show", "London", "3"]],
      ["E_cal_harrogate", "E_cal_cork", "E_cal_london"]),
  ("h1", "FAQ"),
  ("h2", "Who pays for my travel to a show?"),
  ("p", "We do: standard-class train or 40p per mile, plus one hotel night if the show is more than "
        "100 miles from home. Send your receipts to Maëlle within 30 days.", "E_faq_travel"),
  ("h2", "Can I take part in the French events?"),
  ("p", "Of course. The annual meeting in Montpellier has simultaneous interpreting into English; "
        "tell Maëlle by 1 May if you need it.", "E_faq_fr"),
]),
# ---------------------------------------------------------------- F (HTML welcome page)
dict(file="bienvenue_essaim.html", lang="fr", readers="all",
     title="Bienvenue dans Essaim !",
     blocks=[
  ("p", "Page réservée aux Éclaireurs — diffusion : tous les Éclaireurs du programme Essaim."),
  ("p", "Vous faites désormais partie des apiculteurs qui font vivre Ruchers Vallin au-delà de la boutique. "
        "Cette page rassemble l'essentiel pour vos premières semaines."),
  ("h1", "Vos premiers pas"),
  ("ol", "Pour bien démarrer la première semaine :", [
      "Acceptez l'invitation Discord reçue par e-mail.",
      "Présentez-vous dans #bienvenue : votre région, vos ruches, depuis quand.",
      "Remplissez votre fiche Éclaireur (5 minutes).",
      "Choisissez une première contribution dans la liste du mois.",
      "Si vous le souhaitez, réservez un appel découverte de 20 minutes avec Maëlle."], "F_premiers"),
  ("h1", "La Ruche, notre espace"),
  ("h2", "Les salons"),
  ("table", "Les principaux salons de La Ruche :",
      ["Salon", "À quoi il sert"],
      [["#bienvenue", "se présenter en arrivant"],
       ["#entraide", "questions techniques entre apiculteurs, toutes saisons"],
       ["#rendez-vous", "appels à volontaires pour les événements"],
       ["#témoignages", "dépôt des vidéos et des textes"],
       ["#coin-des-pros", "réservé aux apiculteurs professionnels (plus de 50 ruches)"]],
      [None, "F_salon_entraide", None, None, "F_salon_pros"]),
  ("h2", "Les règles de la maison"),
  ("ul", "Trois règles, pas plus :", [
      "bienveillance avec les débutants, toujours",
      "pas de vente entre membres dans La Ruche",
      "pas de conseil sanitaire présenté comme une certitude : en cas de doute, on renvoie vers le GDS du département"],
      "F_regles"),
  ("h1", "Vos contacts"),
  ("table", "Qui contacter, et comment :",
      ["Pour", "Qui", "Comment"],
      [["le programme, vos points, votre niveau", "Maëlle Ferrand, community manager", "@maelle dans La Ruche"],
       ["une mise en relation avec un pro ou un club", "Karim Benali, conseiller pros", "karim.benali@ruchers-vallin.fr"],
       ["une commande ou une livraison", "le service client", "04 65 12 30 30, du lundi au vendredi"]],
      ["F_contact_maelle", "F_contact_karim", "F_contact_sav"]),
]),
# ---------------------------------------------------------------- G (HTML deck)
dict(file="campagne_printemps_2027.html", lang="fr", readers="all",
     title="Campagne de printemps 2027 : avis et partages",
     blocks=[
  ("p", "Diffusion : tous les Éclaireurs Essaim — support du live du 2 mars"),
  ("h1", "Objectifs"),
  ("table", "Ce qu'on vise d'ici fin mai :",
      ["Action", "Objectif", "Où"],
      [["Avis sur les ruches Dadant", "60 avis", "fiche produit sur ruchers-vallin.fr"],
       ["Partages du guide « Première visite de printemps »", "200 partages", "Facebook, Instagram, groupes locaux"],
       ["Photos de ruchers au printemps", "100 photos", "#photos-printemps dans La Ruche"]],
      ["G_obj_avis", "G_obj_partages", "G_obj_photos"]),
  ("h1", "Calendrier"),
  ("ul", "Trois vagues :", [
      "vague 1 (3-16 mars) : avis produits",
      "vague 2 (17 mars-13 avril) : partage du guide",
      "vague 3 (14 avril-31 mai) : photos de ruchers"], "G_cal"),
  ("h1", "Avantages"),
  ("ul", "Pour vous remercier :", [
      "10 points par avis publié, 5 par partage, 5 par photo retenue",
      "un tirage au sort parmi les participants pour gagner un extracteur radial 9 cadres",
      "les 10 plus belles photos dans le catalogue 2028, avec votre nom"], "G_av"),
  ("h1", "Bons réflexes pour un avis"),
  ("ul", "Un avis utile, c'est :", [
      "ce que vous utilisez vraiment, et depuis combien de temps",
      "un défaut, si vous en voyez un",
      "une photo de votre matériel en situation",
      "vos propres mots, jamais un texte copié-collé"], "G_reflexes"),
  ("p", "Ajoutez simplement « membre du programme Essaim » à la fin de l'avis : c'est obligatoire, "
        "pour rester transparent avec les autres clients.", "G_mention"),
  ("h1", "Questions fréquentes"),
  ("h2", "Je n'ai pas de ruche Dadant, je fais comment ?"),
  ("p", "Donnez votre avis sur le matériel que vous avez acheté chez nous : nourrisseurs, combinaisons, "
        "extracteurs. Tout compte.", "G_faq_dadant"),
  ("h2", "Mon avis est négatif, je le publie quand même ?"),
  ("p", "Oui. On ne filtre rien. Racontez-nous aussi ce qui n'a pas marché dans #entraide : on préfère "
        "le savoir avant tout le monde.", "G_faq_negatif"),
]),
# ---------------------------------------------------------------- H (DOCX onboarding kit)
dict(file="kit_accueil_eclaireur.docx", lang="fr", readers="all",
     title="Kit d'accueil de l'Éclaireur",
     blocks=[
  ("p", "Diffusion : tous les Éclaireurs du programme Essaim — à garder sous la main"),
  ("h1", "Votre colis de bienvenue"),
  ("ul", "Dans le colis que vous allez recevoir :", [
      "la vareuse Essaim brodée",
      "un lève-cadre gravé à votre prénom",
      "des autocollants pour vos ruchettes",
      "la carte Éclaireur avec votre code boutique personnel"], "H_kit"),
  ("p", "Votre code boutique personnel donne 5 % de remise à vos proches. Il ne rapporte aucun point : "
        "c'est un cadeau à partager, pas une vente.", "H_code"),
  ("h1", "La charte de l'Éclaireur"),
  ("ul", "En rejoignant Essaim, vous vous engagez à :", [
      "parler en votre nom, avec vos mots",
      "signaler que vous êtes Éclaireur quand vous recommandez Ruchers Vallin",
      "respecter les autres membres de La Ruche",
      "garder pour vous les informations marquées confidentielles (nouveaux produits, prix à venir)"], "H_charte"),
  ("h1", "Parler de Ruchers Vallin"),
  ("h2", "Ce que vous pouvez dire"),
  ("ul", "Sans demander la permission :", [
      "votre expérience, bonne ou moins bonne",
      "les prix publics et les promotions en cours",
      "les dates des événements publics",
      "que vous faites partie d'Essaim"], "H_dire"),
  ("h2", "Ce qu'il vaut mieux éviter"),
  ("ul", "Merci de ne pas :", [
      "promettre un délai de livraison",
      "parler au nom de l'entreprise à un journaliste",
      "répondre à un client mécontent à la place du service client"], "H_eviter"),
  ("h1", "Vos points au quotidien"),
  ("table", "Le barème des contributions de tous les jours :",
      ["Contribution", "Points", "Précision"],
      [["Témoignage écrit", "25", "publié ou non"],
       ["Réponse utile dans #entraide", "2", "20 points maximum par mois"],
       ["Idée d'amélioration retenue", "30", "étudiée par le bureau d'études"],
       ["Atelier produit en visio", "15", "par atelier suivi en entier"]],
      ["H_pts_ecrit", "H_pts_entraide", "H_pts_idee", "H_pts_atelier"]),
  ("p", "Les points des vidéos, des événements et du parrainage sont détaillés dans chaque kit."),
  ("h1", "Vos données"),
  ("p", "Nous gardons votre nom, votre région, vos contributions et vos points, rien d'autre, et seulement "
        "pour animer Essaim. L'assistant de La Ruche est une IA : il vous le dit, et vous pouvez demander "
        "à parler à Maëlle à tout moment.", "H_donnees"),
  ("h1", "Faire une pause ou partir"),
  ("h2", "Faire une pause"),
  ("p", "Trop de travail au rucher en juin ? Passez en mode pause dans votre fiche : plus aucune sollicitation "
        "pendant 1 à 6 mois, et votre niveau est gelé.", "H_pause"),
  ("h2", "Quitter Essaim"),
  ("p", "Vous pouvez quitter le programme quand vous voulez, sans justification : un message à Maëlle suffit. "
        "Vos points sont archivés un an, au cas où vous reviendriez, puis supprimés. Rien ne change "
        "pour vos commandes.", "H_quitter"),
]),
# ---------------------------------------------------------------- I (DOCX staff guide)
dict(file="guide_animation_essaim_interne.docx", lang="fr", readers="staff",
     title="Guide d'animation Essaim",
     blocks=[
  ("p", "Document interne — équipe communauté uniquement. Ne pas déposer dans La Ruche."),
  ("h1", "Rotation des sollicitations"),
  ("ul", "Avant d'envoyer une sollicitation individuelle, vérifier :", [
      "le compteur du tableau de bord : deux demandes au plus par Éclaireur sur 30 jours",
      "qu'il n'a pas décliné une demande dans la semaine",
      "s'il n'y a pas un Éclaireur sans contribution depuis 60 jours à qui proposer d'abord, avec un message personnel",
      "qu'il n'a pas déjà tenu le stand de trois salons dans l'année"], "I_rotation"),
  ("p", "Délai de prévenance : trois semaines minimum pour un témoignage, six semaines pour un événement "
        "avec déplacement.", "I_delai"),
  ("h1", "Indicateurs de santé"),
  ("table", "Cibles 2027, revues chaque trimestre en comité :",
      ["Indicateur", "Cible 2027", "Fin 2026"],
      [["Éclaireurs actifs (une contribution sur 90 jours)", "110", "87"],
       ["Délai moyen de réponse à une sollicitation", "moins de 4 jours", "6,5 jours"],
       ["Rétention d'une année sur l'autre", "85 %", "79 %"],
       ["NPS des Éclaireurs", "+50", "+41"],
       ["Passage de Pollen à Propolis", "25 % des Pollen", "18 %"]],
      ["I_kpi_actifs", "I_kpi_delai", "I_kpi_retention", "I_kpi_nps", "I_kpi_passage"]),
  ("h1", "Départs"),
  ("h2", "Éclaireur qui ne répond plus"),
  ("p", "Après trois sollicitations sans réponse, on arrête les demandes et on envoie un message simple "
        "pour prendre des nouvelles, sans relance derrière. Au bout de six mois sans nouvelles, passage "
        "en statut « en veille ».", "I_silence"),
  ("h2", "Éclaireur qui ne remplit plus les conditions"),
  ("p", "Client parti à la concurrence, comportement contraire à la charte : Maëlle appelle, jamais d'e-mail. "
        "Le compte client reste suivi normalement par son commercial.", "I_conditions"),
  ("h1", "Budget cadeaux"),
  ("table", "Enveloppes votées pour 2027 :",
      ["Poste", "Budget 2027"],
      [["Colis de bienvenue", "4 200 €"],
       ["Défraiements des événements", "9 500 €"],
       ["Lots de la campagne de printemps", "1 800 €"],
       ["Séminaire d'automne Gelée royale", "6 000 €"]],
      ["I_bud_colis", "I_bud_defrai", "I_bud_lots", "I_bud_seminaire"]),
]),
# ---------------------------------------------------------------- J (TXT memo, underlined headings)
dict(file="memo_salon_lyon.txt", lang="fr", readers="all",
     title="MÉMO ÉCLAIREURS — Salon Apiculture & Nature, Lyon",
     txt_style="underline",
     blocks=[
  ("p", "Diffusion : tous les Éclaireurs du programme Essaim — à lire avant le salon"),
  ("p", "Merci d'avoir répondu présent ! Voici l'essentiel sur une page."),
  ("h1", "Infos pratiques"),
  ("ul", "Pour le week-end :", [
      "stand C42, hall 3",
      "badge exposant à retirer à l'accueil Nord avant 9 h",
      "parking exposants P4, ticket donné par Maëlle",
      "horaires : 9 h 30 - 18 h 30 le samedi, 9 h 30 - 17 h le dimanche"], "J_pratique", "-"),
  ("h1", "Sur le stand"),
  ("ul", "Ce qu'on vous demande sur le stand :", [
      "accueillir et orienter vers le bon vendeur",
      "raconter votre usage du matériel, simplement",
      "animer la démo de cadres filés à 11 h et à 15 h",
      "noter les contacts intéressés sur la tablette, avec leur accord"], "J_stand", "•"),
  ("h1", "À éviter"),
  ("ul", "Quelques pièges vus l'an dernier :", [
      "annoncer un prix qui n'est pas sur l'étiquette",
      "dénigrer les stands voisins",
      "rester debout huit heures : prenez vos pauses, la réserve derrière le stand est à vous"], "J_eviter", ">"),
  ("h1", "Vos frais"),
  ("p", "Gardez tous vos tickets (péage, parking, train). Envoyez-les en photo à Maëlle dans les 30 jours "
        "après le salon : remboursement par virement sous trois semaines.", "J_frais"),
]),
# ---------------------------------------------------------------- K (TXT staff memo, numbered headings)
dict(file="note_objectifs_2027_interne.txt", lang="fr", readers="staff",
     title="NOTE — Essaim : cap 2027",
     txt_style="numbered",
     blocks=[
  ("p", "Usage interne — équipe communauté et direction commerciale uniquement"),
  ("p", "Rédigée après l'atelier NOUS du 12 décembre 2026."),
  ("h1", "Raison d'être"),
  ("p", "Essaim existe pour que les apiculteurs qui utilisent notre matériel transmettent leur savoir-faire "
        "à ceux qui débutent, et pour que Ruchers Vallin fabrique avec eux le matériel de demain.", "K_raison"),
  ("h1", "Objectifs 2027"),
  ("ul", "Nos cinq objectifs pour l'année :", [
      "120 mises en relation avec des clubs et ruchers-écoles",
      "300 avis produits publiés",
      "40 témoignages, écrits ou vidéo",
      "25 idées d'amélioration étudiées par le bureau d'études",
      "15 % du chiffre d'affaires pros influencé par un Éclaireur"], "K_obj", "•"),
  ("h1", "Groupes d'Éclaireurs"),
  ("h2", "Transmetteurs"),
  ("p", "Apiculteurs confirmés, souvent formateurs en rucher-école. Thèmes : bonnes pratiques, entraide, "
        "parrainage de clubs. KPI suivi : mises en relation.", "K_grp_transmetteurs"),
  ("h2", "Testeurs"),
  ("p", "Une trentaine d'Éclaireurs Propolis et Gelée royale, proches du bureau d'études. Thèmes : nouveaux "
        "produits, idées d'amélioration. KPI suivi : retours de test rendus à temps.", "K_grp_testeurs"),
  ("h2", "Voix des salons"),
  ("p", "Ceux qui aiment le contact. Thèmes : événements, témoignages vidéo. KPI suivi : journées de stand "
        "et contacts notés.", "K_grp_salons"),
  ("h1", "Points de vigilance"),
  ("ul", "À surveiller de près cette année :", [
      "les 12 Éclaireurs qui font 45 % des contributions : ne pas les épuiser",
      "l'intérêt pour les badges, en baisse depuis l'été",
      "des avis trop semblables d'un Éclaireur à l'autre : ça sent le modèle"], "K_vigil", "-"),
]),
# ---------------------------------------------------------------- L (TXT, English memo)
dict(file="beta_fuma_memo_en.txt", lang="en", readers="all",
     title="MEMO - BETA TEST OF THE NEW FUMA SMOKER",
     txt_style="upper",
     blocks=[
  ("p", "For all Essaim Scouts - please do not share outside the programme."),
  ("h1", "What is it"),
  ("p", "Fuma is our new stainless-steel smoker with a side air intake and a heat shield. We are building "
        "30 pre-series units and want them used in real apiaries before the launch in September 2027.", "L_what"),
  ("h1", "Who can join"),
  ("ul", "You can apply if:", [
      "you keep at least 3 colonies",
      "you can do one hive inspection a week between April and July",
      "you are at Propolis or Gelée royale level"], "L_who", "-"),
  ("h1", "What we ask"),
  ("ul", "During the test, we ask you to:", [
      "log each use in the short form (2 minutes)",
      "send one photo a month",
      "join one 45-minute video call with the design office in June",
      "send the smoker back only if we ask (most testers keep it)"], "L_ask", "•"),
  ("h1", "Timeline"),
  ("ul", "Key dates:", [
      "applications close on 28 February",
      "smokers shipped in the week of 22 March",
      "final feedback form due by 31 July"], "L_timeline", ">"),
  ("h1", "Confidentiality"),
  ("p", "Until launch, please do not post photos of Fuma on public social media. Inside La Ruche, "
        "the #beta-fuma channel is the place to talk about it. A completed test earns 50 points.", "L_conf"),
]),
]
