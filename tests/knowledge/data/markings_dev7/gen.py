# markings_dev7 generator: hand-written heads below, generation code at the end (standard library only).
# Each case: (level, lang, tags, note, head). Tags are for the README's hard-case index only.
import textwrap


def H(s):
    return textwrap.dedent(s).strip("\n")


CLIENTS = []

# ---------------------------------------------------------------------------
# LUV: Lunetterie Vauban (optical retail chain) - program "Cercle Vauban", ambassadors "Vigies"
# ---------------------------------------------------------------------------
LUV = [
    # public
    ("public", "fr", ["mail"], "To: the all-Vigies list.", H("""
        De : Inès Caron <ines.caron@lunetterie-vauban.fr>
        À : Vigies Vauban <vigies@lunetterie-vauban.fr>
        Date : mar. 17 nov. 2026 09:12
        Objet : Essayez en avant-première la monture Bastion 2027

        Bonjour à toutes et à tous,
        Comme promis lors de la soirée d'octobre, les premières montures Bastion arrivent en magasin le 1er décembre. Vous pouvez les essayer dès maintenant à Lille-Centre et à Arras.
    """)),
    ("public", "fr", ["mail", "disclaimer"], "To the all-Vigies list; the appended legal disclaimer is automatic, not a marking.", H("""
        De : Cercle Vauban <cercle@lunetterie-vauban.fr>
        À : vigies@lunetterie-vauban.fr
        Objet : Rappel – questionnaire confort des verres (5 min)

        Merci aux 212 Vigies qui ont déjà répondu ! Les autres ont jusqu'au 20 décembre.

        --
        Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.
    """)),
    ("public", "fr", ["minutes"], "Minutes with Diffusion: all Vigies of the Cercle.", H("""
        # Compte rendu – Atelier JE du 26 novembre 2026 (Arras)
        Rédaction : Inès Caron
        Participants : 9 Vigies, Inès Caron, Théo Delattre (opticien, Arras)
        Diffusion : toutes les Vigies du Cercle Vauban

        ## Ce qui ressort
        - Les Vigies veulent être prévenues avant les nouvelles collections, pas après.
    """)),
    ("public", "fr", ["forward"], "CM forwards to the all-Vigies list and says so; the quoted store-manager recipients are history, not a restriction.", H("""
        De : Inès Caron
        Envoyé : lundi 30 novembre 2026 16:40
        À : Vigies Vauban
        Objet : TR: Horaires des magasins pendant les fêtes

        Info validée par le siège, à partager avec toutes les Vigies : utile si vous accompagnez un proche.

        -----Message d'origine-----
        De : Direction des réseaux <reseau@lunetterie-vauban.fr>
        À : Responsables magasins <magasins@lunetterie-vauban.fr>
        Objet : Horaires des magasins pendant les fêtes
    """)),
    ("public", "fr", ["embargo"], "Embargo ended 2026-12-01 (today 2026-12-07); afterwards for all Vigies.", H("""
        # Nouveaux avantages 2027 du Cercle Vauban
        Statut : embargo jusqu'au 1er décembre 2026, ensuite diffusion à toutes les Vigies
        Auteur : Thibault Lenoir, marketing
        Dernière mise à jour : 24/11/2026

        À partir de janvier, chaque Vigie bénéficie d'un contrôle de vue offert par an et de 15 % sur une seconde paire.
    """)),
    ("public", "en", ["mail"], "To: the all-Vigies list.", H("""
        From: Ines Caron <ines.caron@lunetterie-vauban.fr>
        To: Vauban Vigies (all) <vigies@lunetterie-vauban.fr>
        Subject: Your photos from the Lille frame-design evening

        Hi everyone,
        A big thank-you to the 40 of you who came on Thursday. The photo album is now on the Cercle space; tag yourselves freely!
    """)),
    ("public", "en", ["approved"], "Final version approved for release to all ambassadors (no future date).", H("""
        Vigies newsletter – December 2026 (v3, FINAL)
        Approved by T. Lenoir on 2 Dec 2026 for release to all ambassadors of the Cercle Vauban.

        1. What's new in stores
        2. Your year in numbers: 1,460 reviews, 85 introductions
        3. Meet Théo, our new optician in Arras
    """)),
    ("public", "en", ["mail"], "Named ambassador in To, but the all-Vigies list is in Cc: every ambassador receives it.", H("""
        From: Cercle Vauban <cercle@lunetterie-vauban.fr>
        To: Marc Wattiez
        Cc: vigies@lunetterie-vauban.fr
        Subject: Congratulations Marc – the Cercle's 1,000th review!

        Dear Marc, dear Vigies,
        Marc's review of the Douai store this morning was our thousandth. Thank you all.
    """)),
    # internal
    ("internal", "fr", ["mail"], "To the Vision-tier list only: a part of the ambassadors.", H("""
        De : Inès Caron <ines.caron@lunetterie-vauban.fr>
        À : Vigies niveau Vision <vigies-vision@lunetterie-vauban.fr>
        Objet : Invitation – visite de l'atelier de montage de Roubaix, 14 janvier

        Bonjour,
        En tant que Vigies Vision, vous êtes invitées à découvrir l'atelier où sont montés vos verres. 12 places, réponse avant le 18 décembre.
    """)),
    ("internal", "fr", ["mail"], "Staff lists only (Cercle team, store managers).", H("""
        De : Inès Caron
        À : equipe-cercle@lunetterie-vauban.fr
        Cc : magasins@lunetterie-vauban.fr
        Objet : Planning des sollicitations T1 2027 – à compléter

        Hello l'équipe, le planning est dans le drive. Merci aux responsables de magasin d'indiquer avant vendredi les dates où un témoignage vidéo est possible.
    """)),
    ("internal", "fr", ["forward"], "Forwarder restricts to the team, not the Vigies.", H("""
        De : Inès Caron
        À : Thibault Lenoir; équipe Cercle
        Objet : TR : Retours du panel Progressifs – semaine 47

        Pour l'équipe uniquement, ne pas renvoyer aux Vigies : les retours sont encore bruts.

        ---------- Message transféré ----------
        De : panel-progressifs@lunetterie-vauban.fr
        Objet : Retours semaine 47
    """)),
    ("internal", "fr", ["minutes"], "Diffusion: Cercle team and store managers (staff).", H("""
        Compte rendu – point hebdo Cercle Vauban (03/12/2026)
        Présents : Inès, Théo, Amandine, Karim
        Diffusion : équipe Cercle, responsables de magasin
        Ordre du jour : sollicitations de décembre ; charge des Vigies les plus actives

        1. Trois Vigies ont reçu quatre demandes en novembre : on les met au repos jusqu'en février.
    """)),
    ("internal", "fr", ["embargo"], "Embargo still running on 2026-12-07: staff only until 12 Jan 2027.", H("""
        # Annonce : le Cercle Vauban arrive en Belgique
        Embargo : ne pas communiquer aux Vigies avant le 12 janvier 2027 (annonce officielle à toutes les Vigies ce jour-là).
        Rédigé par l'équipe marketing, version du 4 décembre 2026.

        Les magasins de Tournai et Mons rejoignent le réseau au printemps.
    """)),
    ("internal", "en", ["mail"], "To the progressive-lens pilot panel: a subgroup.", H("""
        From: Ines Caron
        To: Progressive-lens panel <panel-progressifs@lunetterie-vauban.fr>
        Subject: Week 49 test kit – please read before Monday

        Hello panel members,
        Your second pair of test lenses is ready for pick-up. Please note your comfort score every evening in the form.
    """)),
    ("internal", "en", ["minutes"], "Distribution: Lille-area Vigies and one store team (a region).", H("""
        Minutes – Lille metro Vigies get-together, 28 Nov 2026
        Distribution: Vigies of the Lille metropolitan area, store team Lille-Centre
        Taken by: Karim Benali

        - 17 attended; most want a winter walk with the Lille-Centre opticians.
    """)),
    ("internal", "en", ["draft"], "Draft for staff review; not yet for the Vigies.", H("""
        DRAFT – Spring referral campaign brief (not approved)
        For review by the Cercle team and store managers. Do not send to Vigies until Thibault signs off.
        Owner: Ines Caron · last edit 5 Dec 2026

        Goal: 150 introductions between March and May.
    """)),
    # confidential
    ("confidential", "fr", ["mail", "named"], "Addressed to two named people only (CEO to managers).", H("""
        De : Anne-Sophie Vauban <as.vauban@lunetterie-vauban.fr>
        À : Thibault Lenoir; Inès Caron
        Objet : Budget Cercle 2027

        Thibault, Inès,
        Le conseil a validé 180 k€ pour le Cercle en 2027, soit 20 % de moins que demandé. On en parle lundi avant d'en dire quoi que ce soit à l'équipe.
    """)),
    ("confidential", "fr", ["mail"], "CONFIDENTIEL in the subject, management list.", H("""
        De : Thibault Lenoir
        À : codir@lunetterie-vauban.fr
        Objet : CONFIDENTIEL – projet de rachat d'Optique Delvaux

        Ne pas transférer. Beaucoup de nos Vigies de Valenciennes sont aussi clientes chez Delvaux : prudence dans les échanges avec elles.
    """)),
    ("confidential", "fr", ["forward"], "Forwarder marks it strictly confidential; named recipient.", H("""
        De : Inès Caron
        À : Thibault Lenoir
        Objet : TR: Plainte d'une Vigie – Mme D. (Douai)

        Strictement confidentiel : à ne partager avec personne d'autre, dossier en cours avec le service juridique.

        ---- Message transféré ----
        De : service-client@lunetterie-vauban.fr
        À : equipe-cercle@lunetterie-vauban.fr
    """)),
    ("confidential", "fr", ["mail", "named"], "One-to-one mail to one named ambassador (health detail).", H("""
        De : Inès Caron <ines.caron@lunetterie-vauban.fr>
        À : Sophie Delannoy
        Objet : Ton témoignage vidéo – version montée

        Bonjour Sophie,
        Voici la version montée avant publication. Dis-moi si tu es à l'aise avec le passage où tu parles de ta DMLA.
    """)),
    ("confidential", "en", ["minutes"], "Distribution: executive committee members only.", H("""
        Executive committee – minutes, 1 Dec 2026
        Attendees: A.-S. Vauban, T. Lenoir, F. Roussel (CFO)
        Distribution: committee members only

        Item 3: Cercle Vauban – 2027 budget and the future of the Vision tier.
    """)),
    ("confidential", "en", ["mail", "strictest"], "Sent to all Vigies but explicitly marked CONFIDENTIAL: strictest marking wins.", H("""
        From: Ines Caron
        To: vigies@lunetterie-vauban.fr
        Subject: [CONFIDENTIAL] Sneak peek at the 2027 Bastion collection – please keep it to yourselves

        Dear Vigies,
        Attached are the first sketches. They are confidential until the launch in March: please don't share them, even with friends.
    """)),
    # none
    ("none", "fr", ["disclaimer"], "Body excerpt with only an automatic disclaimer; no recipients or marking.", H("""
        Bonjour,
        Voici les horaires du car pour la sortie à l'atelier : départ 8 h 15 devant le magasin d'Arras, retour vers 17 h.
        Bonne journée,
        Martine – Autocars Lefebvre

        Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement aux personnes auxquelles ils sont adressés. Si vous n'en êtes pas le destinataire, merci de le détruire.
    """)),
    ("none", "fr", ["participants"], "Participants (with tiers) say who attended, not who may read; no Diffusion line.", H("""
        Compte rendu – Atelier NOUS, Lille, 19 novembre 2026
        Participants : Inès Caron, Thibault Lenoir, 6 Vigies (niveaux Éveil et Acuité)
        Animation : Claire Dumez (consultante)

        Raison d'être proposée : « Aider chacun à bien voir le monde qui l'entoure ».
    """)),
    ("none", "fr", ["undisclosed"], "Undisclosed recipients: the readership is not stated.", H("""
        De : Cercle Vauban <cercle@lunetterie-vauban.fr>
        À : destinataires non divulgués
        Objet : Sondage – quel créneau pour la soirée de janvier ?

        Mardi 19 h, jeudi 18 h 30 ou samedi matin ? Répondez en un clic.
    """)),
    ("none", "fr", ["trap"], "'grand public' describes the event's audience, not the document's readership.", H("""
        # Journée portes ouvertes – atelier de Roubaix
        Ouverte au grand public le samedi 23 janvier 2027, de 10 h à 17 h.
        Au programme : démonstration de taillage de verres, réparation de montures, quiz pour les enfants.
    """)),
    ("none", "fr", ["template"], "Mail template: placeholder recipients, no real readership.", H("""
        De : {{cm_nom}} <{{cm_email}}>
        À : {{liste_destinataires}}
        Objet : {{prenom}}, votre avis compte !

        Bonjour {{prenom}},
        Vous avez récemment renouvelé vos lunettes chez nous. Accepteriez-vous de laisser un avis ?
    """)),
    ("none", "fr", ["trap"], "'confidentialité' is the topic (prescriptions), not a marking.", H("""
        Notes de lecture – charte du Cercle, article 6 (confidentialité des ordonnances)

        L'article 6 promet que les ordonnances des Vigies restent confidentielles et ne sont jamais utilisées pour la communication. À reformuler plus simplement pour la v2.
    """)),
    ("none", "en", ["forward"], "Forward with no recipients shown at any level.", H("""
        Subject: Fwd: frames for the Lens Fair stand
        Sent from my iPhone

        Begin forwarded message:
        From: Théo Delattre
        Date: 2 December 2026 at 18:03
        Subject: frames for the Lens Fair stand

        Twelve frames from the Bastion line should be enough.
    """)),
    ("none", "en", ["participants", "trap"], "'Public release' is about the video; 'Present' lists attendees.", H("""
        Call notes – video testimonial shoot, Arras store
        Present: Inès (Cercle), Jules (videographer), Vigies Sophie D. and Marc W.
        Public release of the video planned for the January newsletter.
        Shot list: store front, fitting, 30-second interview.
    """)),
]

# ---------------------------------------------------------------------------
# HEL: Héliade Énergies (residential solar installer) - "Réseau Héliade", ambassadors "Éclaireurs"
# ---------------------------------------------------------------------------
HEL = [
    ("public", "fr", ["mail"], "To: the all-Éclaireurs list.", H("""
        De : Romain Estève <romain.esteve@heliade-energies.fr>
        À : Éclaireurs Héliade <eclaireurs@heliade-energies.fr>
        Objet : Votre production solaire de novembre + le défi parrainage d'hiver

        Bonjour les Éclaireurs et Éclaireuses,
        Malgré un mois gris, vos installations ont produit en moyenne 142 kWh. Le défi parrainage d'hiver démarre lundi !
    """)),
    ("public", "fr", ["minutes"], "Destinataires: the whole Réseau Héliade, all levels.", H("""
        Compte rendu — Comité consultatif des Éclaireurs, séance du 21/11/2026
        Rédaction : Romain Estève
        Destinataires : l'ensemble du Réseau Héliade (tous les Éclaireurs, tous niveaux)

        1. Retour sur l'appli de suivi de production
        2. Idées pour les voisins curieux
    """)),
    ("public", "fr", ["mail", "disclaimer"], "All-Éclaireurs list in Cci; the top banner is an automatic disclaimer, not a marking.", H("""
        [Message automatique] Les informations contenues dans ce courriel sont confidentielles et réservées à l'usage exclusif du destinataire.
        De : Héliade Énergies – Réseau <reseau@heliade-energies.fr>
        À : Romain Estève
        Cci : eclaireurs@heliade-energies.fr
        Objet : Webinaire « Lire sa facture de revente » – jeudi 17 décembre, 18 h
    """)),
    ("public", "fr", ["approved"], "Approved for all Héliade ambassadors (past date); tier names are only contents.", H("""
        Guide de l'Éclaireur 2027 — version 2.0
        Validé par Delphine Marty le 27/11/2026 : publication approuvée pour tous les ambassadeurs Héliade.

        Sommaire
        1. Comment fonctionne le parrainage
        2. Les niveaux Aube, Zénith et Solstice
        3. Qui contacter en cas de panne
    """)),
    ("public", "fr", ["forward"], "CM forwards a staff note to the all-Éclaireurs list and says so.", H("""
        De : Romain Estève
        À : eclaireurs@heliade-energies.fr
        Objet : TR: Nouvelle prime à l'autoconsommation – ce qui change au 1er janvier

        Petit mot : Farid a préparé ce résumé pour l'équipe, je le partage tel quel avec tous les Éclaireurs car beaucoup d'entre vous nous posent la question.

        > De : Farid Haddad
        > À : communaute@heliade-energies.fr
        > Objet : Prime 2027 – résumé
    """)),
    ("public", "en", ["mail"], "To: all Héliade ambassadors list.", H("""
        From: Héliade Community <reseau@heliade-energies.fr>
        To: All Héliade ambassadors <eclaireurs@heliade-energies.fr>
        Subject: Winter referral challenge – the results

        Hello Éclaireurs,
        You introduced 64 neighbours this autumn, and 19 of them now have panels on their roof.
    """)),
    ("public", "en", ["embargo"], "Embargo ended 30 Nov 2026; then free for every ambassador.", H("""
        Press kit – Héliade passes 10,000 installations
        EMBARGO until 30 November 2026, 08:00. After that: free to share with every ambassador in the Réseau Héliade and on social media.
        Contact: Delphine Marty, CEO
    """)),
    ("public", "en", ["minutes"], "Circulation: the whole ambassador community.", H("""
        Minutes – JE workshop (online), 2 December 2026
        Facilitator: Romain Estève
        Circulation: the whole Réseau Héliade ambassador community

        Key needs heard: clearer production data, fewer but better-timed asks, a yearly visit from an installer.
    """)),
    # internal
    ("internal", "fr", ["mail"], "To the Solstice-tier list only.", H("""
        De : Romain Estève
        À : Éclaireurs Solstice <eclaireurs-solstice@heliade-energies.fr>
        Objet : Visite de la centrale de Lézignan – places réservées au niveau Solstice

        Bonjour à vous,
        Comme chaque année, les Éclaireurs Solstice visitent une centrale en avant-première. Date : 23 janvier.
    """)),
    ("internal", "fr", ["mail"], "To the battery pilot group (subgroup) and a staff member.", H("""
        De : Farid Haddad <farid.haddad@heliade-energies.fr>
        À : groupe pilote batteries <pilote-batteries@heliade-energies.fr>
        Cc : Romain Estève
        Objet : Mise à jour du firmware de vos batteries – 9 décembre

        La mise à jour se fera à distance entre 2 h et 4 h du matin.
    """)),
    ("internal", "fr", ["minutes"], "Diffusion: community team and installer team leads (staff).", H("""
        CR réunion « sollicitations & chantiers » – 02/12/2026
        Présents : Romain, Farid, Laetitia (planning pose)
        Diffusion : Team Communauté, chefs d'équipe de pose

        Point 1 : plusieurs Éclaireurs sollicités 3 fois en novembre → revoir la rotation.
    """)),
    ("internal", "fr", ["draft"], "Draft awaiting internal review; going to all Éclaireurs only later.", H("""
        BROUILLON – Newsletter Éclaireurs janvier 2027
        ⚠️ Pas encore validé. Relecture interne (Team Communauté) avant l'envoi à tous les Éclaireurs prévu le 8 janvier.

        Édito : une année de soleil, malgré tout.
    """)),
    ("internal", "fr", ["mail"], "To a regional subgroup (Aude–Hérault).", H("""
        De : Romain Estève
        À : Éclaireurs Aude–Hérault
        Objet : Stand commun à la foire de Narbonne (20-22 mars) – qui est dispo ?

        Il nous faudrait quatre personnes par demi-journée pour parler de vos installations.
    """)),
    ("internal", "en", ["forward"], "Forwarder marks it internal only, not for the Éclaireurs.", H("""
        From: Romain Estève
        To: communaute@heliade-energies.fr
        Subject: Fwd: Installer feedback on the new mounting rails

        Internal only – please don't forward to the Éclaireurs, the supplier hasn't answered yet.

        ---------- Forwarded message ---------
        From: Laetitia Roux
    """)),
    ("internal", "en", ["approved"], "Approved for one tier (Solstice) only, not the wider network.", H("""
        Roadmap preview 2027 (slides)
        Approved for release to Solstice-level ambassadors at the 15 December meet-up. Not for the wider network.
        Presenter: Farid Haddad
    """)),
    ("internal", "en", ["mail"], "[INTERNAL] subject, staff list.", H("""
        From: Delphine Marty
        To: Team Communauté <communaute@heliade-energies.fr>
        Subject: [INTERNAL] Ambassador NPS dropped to 41 – let's talk Thursday

        Team, the drop comes almost entirely from the Gers installations delayed in October.
    """)),
    # confidential
    ("confidential", "fr", ["mail", "named"], "Named recipients only; an ambassador's departure after a dispute.", H("""
        De : Delphine Marty <delphine.marty@heliade-energies.fr>
        À : Romain Estève
        Cc : Farid Haddad
        Objet : Départ de Jean-Luc Cazals du programme

        Romain, Farid,
        Suite au litige sur son onduleur, Jean-Luc ne souhaite plus être Éclaireur. Je l'appelle demain.
    """)),
    ("confidential", "fr", ["embargo"], "CONFIDENTIEL until 1 Mar 2027 and limited to CODIR + one named person.", H("""
        Note — lancement de l'offre « Héliade Partage » (autoconsommation collective)
        CONFIDENTIEL jusqu'au 1er mars 2027 — diffusion limitée au CODIR et à Romain Estève.

        Objectif : 300 foyers partagés dans l'Aude la première année.
    """)),
    ("confidential", "fr", ["minutes"], "Diffusion: CODIR members only (management).", H("""
        Relevé de décisions — CODIR du 30 novembre 2026
        Diffusion : membres du CODIR uniquement

        1. Budget Réseau Héliade 2027 : gel des cadeaux physiques.
        2. Recrutement d'un second community manager reporté.
    """)),
    ("confidential", "fr", ["forward", "strictest"], "Quoted original marked CONFIDENTIEL / direction; the go-ahead is for next week (future); named recipient.", H("""
        De : Delphine Marty
        À : Romain Estève
        Objet : TR: Hausse des tarifs 2027

        Tu pourras en parler aux Éclaireurs à partir de la semaine prochaine, mais pas avant.

        ----- Message d'origine -----
        Objet : CONFIDENTIEL – Hausse des tarifs 2027 (+6 %)
        Diffusion restreinte à la direction.
    """)),
    ("confidential", "en", ["mail", "named"], "One-to-one mail to one named ambassador.", H("""
        From: Romain Estève
        To: Nadia Ferrand
        Subject: About your post in the Facebook group

        Hi Nadia,
        I'd rather discuss this by phone: I understand you're upset about the delay on your grid connection.
    """)),
    ("confidential", "en", ["named"], "Restricted to three named people.", H("""
        Incident report – customer data sent to the wrong Éclaireur list (4 Dec)
        Restricted to: D. Marty, R. Estève, DPO
        Do not forward.

        At 10:42 a spreadsheet with 58 addresses was attached to the Gers mailing.
    """)),
    # none
    ("none", "fr", ["disclaimer"], "Signature and automatic disclaimer only; no recipients or marking.", H("""
        Merci pour les photos du chantier, elles sont parfaites pour le calendrier.

        Cordialement,
        Laetitia Roux – Planning pose
        Héliade Énergies · 12 rue des Tanneurs, Carcassonne
        AVERTISSEMENT : ce message est confidentiel et peut être protégé par le secret professionnel. S'il ne vous est pas destiné, merci de le supprimer et d'en avertir l'expéditeur.
    """)),
    ("none", "fr", ["trap"], "'recevant du public' is building regulation, not readership.", H("""
        # Fiche pratique : installer des panneaux sur un bâtiment recevant du public
        Réglementation ERP, distances de sécurité, déclaration préalable en mairie.
        Mise à jour : novembre 2026
    """)),
    ("none", "fr", ["participants"], "Participants only (with a tier); no Diffusion line.", H("""
        Compte rendu — atelier ACTION, Toulouse, 25/11/2026
        Participants : Romain Estève, 7 Éclaireurs (dont 3 Solstice), Marion Py (facilitatrice)

        Thèmes retenus : l'autoconsommation expliquée aux voisins ; le retour d'expérience après un an.
    """)),
    ("none", "fr", ["draft"], "Unsent draft mail with an empty À: no readership set.", H("""
        De : Romain Estève
        À :
        Objet : (brouillon) idées cadeaux fin d'année

        - thermos Héliade ?
        - bon pour un nettoyage des panneaux
        - visite d'atelier
    """)),
    ("none", "fr", ["trap"], "'Confidentiel Solaire' is a competitor's product name.", H("""
        # Offre « Confidentiel Solaire » : comparatif concurrent
        Relevé de la page web de SoleilPlus, consultée le 3 décembre 2026.
        Leur offre haut de gamme s'appelle « Confidentiel Solaire » : stockage + pilotage, 14 900 € TTC.
    """)),
    ("none", "fr", ["trap"], "'Diffusion' means the TV broadcast; no recipients.", H("""
        Objet : Diffusion du reportage France 3 Occitanie sur notre chantier d'Albi

        Le reportage passe le 10 décembre au journal de 19 h. Deux Éclaireurs y témoignent de leur première année.
    """)),
    ("none", "en", ["undisclosed"], "Undisclosed recipients: readership not stated.", H("""
        From: Héliade Énergies <no-reply@heliade-energies.fr>
        To: undisclosed-recipients:;
        Subject: Your December production report is ready

        Log in to see how your panels did this month.
    """)),
    ("none", "en", ["greeting"], "A greeting to ambassadors is not a distribution marking (fail closed).", H("""
        Dear ambassadors,

        Thank you for a wonderful first year. Below are a few figures we're proud of, and a question for you about 2027.
    """)),
]

# ---------------------------------------------------------------------------
# BAB: Babel Langues (language school for adults) - "Passeurs Babel", ambassadors "Passeurs"
# ---------------------------------------------------------------------------
BAB = [
    ("public", "fr", ["mail"], "To: the all-Passeurs list.", H("""
        De : Hélène Garnier <helene.garnier@babel-langues.fr>
        À : Passeurs Babel <passeurs@babel-langues.fr>
        Objet : Café-langues du 18 décembre : on compte sur vous !

        Bonjour à tous les Passeurs et Passeuses,
        Dernier café-langues de l'année à la médiathèque de Mériadeck, de 18 h à 20 h.
    """)),
    ("public", "fr", ["minutes"], "Diffusion: all Passeurs.", H("""
        Compte rendu – Atelier JE « pourquoi je recommande Babel » (visio, 24/11/2026)
        Animé par Hélène Garnier – 14 Passeurs présents
        Diffusion : tous les Passeurs (partagé dans l'espace communautaire)

        Ce qui revient le plus : la petite taille des groupes et la patience des formateurs.
    """)),
    ("public", "fr", ["forward"], "CM forwards the teachers' calendar to all Passeurs and frees it.", H("""
        De : Hélène Garnier
        À : passeurs@babel-langues.fr
        Objet : TR: Nouveau calendrier des sessions intensives 2027

        Bonjour à tous, je vous transmets le calendrier que Yann vient de finaliser : il peut circuler librement, partagez-le autour de vous !

        -------- Message transféré --------
        De : Yann Le Goff
        À : formateurs@babel-langues.fr
    """)),
    ("public", "fr", ["embargo"], "Embargo lifted 2 Dec 2026 (past); for all Babel ambassadors.", H("""
        Annonce : Babel ouvre l'allemand et le portugais en ligne
        Embargo levé le 2 décembre 2026 — diffusion à tous les ambassadeurs Babel, puis sur les réseaux.

        Premières sessions le 11 janvier, niveaux A1 et A2.
    """)),
    ("public", "fr", ["mail", "disclaimer"], "To all Passeurs; the footer is an automatic disclaimer.", H("""
        De : Passeurs Babel <communaute@babel-langues.fr>
        À : Tous les Passeurs
        Objet : Vos points du trimestre sont en ligne

        Chaque Passeur peut consulter son solde dans l'espace membre.
        _____
        Ce courriel et les documents qui y sont attachés sont confidentiels et destinés à l'usage exclusif des destinataires. Babel Langues décline toute responsabilité en cas d'altération.
    """)),
    ("public", "en", ["mail"], "To: Babel Passeurs (everyone).", H("""
        From: Hélène Garnier
        To: Babel Passeurs (everyone) <passeurs@babel-langues.fr>
        Subject: Thank you for 300 Google reviews!

        Hello all,
        We crossed 300 reviews on Sunday. A small thank-you gift is waiting for you at reception.
    """)),
    ("public", "en", ["approved"], "Approved (past date) for all Babel ambassadors, every level.", H("""
        Passeur handbook – English edition
        Status: approved 1 Dec 2026 for release to all Babel ambassadors (every level).
        Translator: Amy Collins

        1. Why we started the Passeurs
    """)),
    ("public", "en", ["mail"], "Named staff in To, all-Passeurs list in Cc.", H("""
        From: Sofia Almeida <sofia.almeida@babel-langues.fr>
        To: Hélène Garnier
        Cc: passeurs@babel-langues.fr
        Subject: A word from the founder before the holidays

        Dear Passeurs, this year you brought us 212 new learners.
    """)),
    # internal
    ("internal", "fr", ["mail"], "To the Mentor-tier list only.", H("""
        De : Hélène Garnier
        À : Passeurs Mentors <mentors@babel-langues.fr>
        Objet : Binômes de janvier – vos nouveaux apprenants à accompagner

        Bonjour les Mentors,
        Voici la liste des binômes proposés ; dites-moi avant le 15 si l'un d'eux ne vous convient pas.
    """)),
    ("internal", "fr", ["mail"], "To the teachers' list (staff) and a named staff member.", H("""
        De : Yann Le Goff
        À : formateurs@babel-langues.fr; Hélène Garnier
        Objet : Qui peut animer l'atelier ACTION du 16 janvier ?

        Il faudrait un formateur d'anglais et un d'espagnol aux côtés d'Hélène.
    """)),
    ("internal", "fr", ["mail"], "To the app beta testers (pilot subgroup).", H("""
        De : Hélène Garnier
        À : Testeurs Babel Voice
        Objet : Version bêta 0.9 de l'appli – ce qu'on attend de vous cette semaine

        Merci de tester la reconnaissance vocale sur trois leçons et de noter les bugs dans le formulaire.
    """)),
    ("internal", "fr", ["minutes"], "Destinataires: teaching and community teams (staff).", H("""
        CR – comité pédagogique du 01/12/2026
        Destinataires : équipe pédagogique et équipe communauté
        Présents : Yann, Hélène, Margaux, Idriss

        1. Les Passeurs demandent des supports pour expliquer les niveaux CECRL.
    """)),
    ("internal", "fr", ["embargo"], "Embargo running until 11 Jan 2027: team use only until then.", H("""
        Programme de parrainage 2027 : nouvelles récompenses
        Sous embargo jusqu'au 11 janvier 2027 : ne pas partager avec les Passeurs avant la réunion de lancement. Usage équipe d'ici là.

        Palier 1 : un atelier de conversation offert.
    """)),
    ("internal", "en", ["mail"], "To the Bordeaux Passeurs only (site subgroup).", H("""
        From: Hélène Garnier
        To: Bordeaux Passeurs <passeurs-bordeaux@babel-langues.fr>
        Subject: Open day at the Chartrons school – can you host a table?

        We need three of you on Saturday 16 January, 10 am to 1 pm.
    """)),
    ("internal", "en", ["forward"], "Forwarder: teaching team only, not the Passeurs.", H("""
        From: Hélène Garnier
        To: Yann Le Goff; teaching team
        Subject: Fwd: Complaints about the November placement test

        Note: for the teaching team only – not to be shared with Passeurs.

        -------- Forwarded message --------
        From: accueil@babel-langues.fr
    """)),
    ("internal", "en", ["draft"], "Draft for the staff debrief; goes to the Passeurs only after checking.", H("""
        DRAFT v2 – JE workshop synthesis (Nov 2026)
        Prepared by Hélène for the staff debrief on 9 Dec; will go to the Passeurs once we've checked the quotes.

        Convergences: small groups, flexible hours.
        Divergences: some want more events, others fewer asks.
    """)),
    # confidential
    ("confidential", "fr", ["mail", "named"], "Two named managers only.", H("""
        De : Sofia Almeida
        À : Yann Le Goff; Hélène Garnier
        Objet : Réorganisation de l'équipe en ligne – avant l'annonce

        Je préfère que vous l'appreniez de moi : Margaux passe à mi-temps en février.
    """)),
    ("confidential", "fr", ["mail"], "[Confidentiel] subject, HR matter, named recipient.", H("""
        De : Yann Le Goff
        À : Hélène Garnier
        Objet : [Confidentiel] Arrêt maladie d'Idriss – réattribution de ses cohortes

        Idriss sera absent jusqu'à fin janvier ; merci de ne rien dire aux apprenants pour l'instant.
    """)),
    ("confidential", "fr", ["mail", "named"], "One-to-one mail to one named ambassador (refund).", H("""
        De : Hélène Garnier
        À : Thomas Brunet
        Objet : Ta demande de remboursement partiel

        Bonjour Thomas,
        Je comprends ta déception après l'annulation du stage intensif. Voici ce que la direction peut proposer.
    """)),
    ("confidential", "fr", ["minutes"], "Diffusion restreinte : direction.", H("""
        Compte rendu – réunion de direction (Sofia, Yann, expert-comptable), 04/12/2026
        Diffusion restreinte : direction

        Ordre du jour : trésorerie T1, tarif des cours en ligne, budget Passeurs 2027.
    """)),
    ("confidential", "en", ["forward"], "Forwarder: strictly confidential, keep between us; named recipient.", H("""
        From: Hélène Garnier
        To: Sofia Almeida
        Subject: Fwd: Passeur data export request

        Strictly confidential – legal is involved. Please keep this between us.

        -------- Forwarded message --------
        From: a Passeur who asked for all data held on him (GDPR art. 15)
    """)),
    ("confidential", "en", ["named"], "'For your eyes only' with two named people.", H("""
        FOR YOUR EYES ONLY – Sofia & Yann
        Acquisition offer from LinguaMax: first reading notes

        Price per learner looks low; what happens to the Passeurs programme is not mentioned at all.
    """)),
    # none
    ("none", "fr", ["participants"], "Participants only; no Diffusion line.", H("""
        Compte rendu – Café-langues du 20 novembre
        Participants : une trentaine d'apprenants, 6 Passeurs, 2 formateurs
        Langues représentées : anglais, espagnol, italien, japonais

        Idée à creuser : une table « débutants complets ».
    """)),
    ("none", "fr", ["template"], "Template with placeholders for recipients.", H("""
        Objet : [[Prénom]], votre premier mois chez Babel
        À : [[email_apprenant]]

        Bonjour [[Prénom]],
        Votre formatrice nous dit que vous progressez vite. Avez-vous deux minutes pour nous dire ce qui vous plaît ?
    """)),
    ("none", "fr", ["trap"], "'Public visé' is the course's target learners.", H("""
        Fiche cours – Espagnol A1 du soir
        Public visé : adultes débutants, aucune connaissance préalable
        Durée : 30 h, le mardi de 18 h 30 à 20 h
        Tarif : 390 €
    """)),
    ("none", "fr", ["disclaimer"], "Body and automatic disclaimer only.", H("""
        Voici le lien pour la salle virtuelle de jeudi : meet.babel-langues.fr/atelier-je
        À jeudi,
        Hélène
        --
        Ce message est confidentiel. Si vous n'en êtes pas destinataire, merci de le détruire et de prévenir l'expéditeur. Pensez à l'environnement avant d'imprimer.
    """)),
    ("none", "fr", ["trap"], "'ambassadeurs' of the francophonie: course material.", H("""
        # Les ambassadeurs de la langue française à l'étranger
        Texte support pour le cours de FLE B2 : portrait de trois écrivains devenus ambassadeurs de la francophonie.
        Durée de lecture : 15 minutes
    """)),
    ("none", "fr", ["trap"], "'diffusion', 'non répertorié', 'public' describe the YouTube stream.", H("""
        Notes – diffusion en direct du concours d'éloquence
        Plateforme : YouTube, lien non répertorié pour la répétition, public le jour J.
        Micro-cravates : 3 ; régie : Idriss
    """)),
    ("none", "en", ["forward"], "Forwarded fragment with no recipients.", H("""
        ---------- Forwarded message ---------
        From: Amy Collins
        Date: Thu, 3 Dec 2026, 11:20
        Subject: Re: glossary for the handbook

        I've added the 40 terms we discussed. Still unsure how to render « Passeur ».
    """)),
    ("none", "en", ["trap"], "'confidential information' is the lesson topic.", H("""
        Lesson plan – Business English B2, unit 7: "Handling confidential information"
        Vocabulary: NDA, need-to-know, to leak, to disclose
        Role-play: a journalist calls about an unannounced merger.
    """)),
]

# ---------------------------------------------------------------------------
# CAN: Canopée Coworking (coworking spaces) - ambassadors "Canopéens"
# ---------------------------------------------------------------------------
CAN = [
    ("public", "fr", ["mail"], "To: the all-Canopéens list.", H("""
        De : Maëlle Quéré <maelle@canopee.work>
        À : Canopéens <canopeens@canopee.work>
        Objet : Le programme de décembre : apéro des trois sites et atelier JE

        Hello tout le monde,
        L'apéro commun aura lieu à Nantes-Île le 17, navette depuis Rennes et Angers.
    """)),
    ("public", "fr", ["minutes"], "Diffusion: all Canopéens and Canopéennes.", H("""
        Compte rendu – Atelier NOUS (Nantes-Île, 12/11/2026)
        Diffusion : tous les Canopéens et Canopéennes, via le canal #canopeens
        Participants : 11 membres, Maëlle, Antoine

        Raison d'être en discussion : « Faire pousser les projets des indépendants, ensemble ».
    """)),
    ("public", "fr", ["mail", "disclaimer"], "To the all-Canopéens list; the footer is an automatic disclaimer.", H("""
        De : Lucie Tran
        À : canopeens@canopee.work
        Objet : Merci pour vos 57 recommandations cette année

        Vous êtes la raison pour laquelle Angers affiche complet.
        Lucie
        Ce message et ses pièces jointes peuvent contenir des informations confidentielles ; ils sont destinés au seul usage de leurs destinataires.
    """)),
    ("public", "fr", ["approved"], "Approved (past date) for all Canopée ambassadors.", H("""
        Charte des Canopéens – version 2027
        Approuvée le 30/11/2026 par les associés ; diffusion à l'ensemble des ambassadeurs Canopée.

        1. Recommander sans démarcher
        2. Accueillir les nouveaux
    """)),
    ("public", "fr", ["forward"], "CM relays the hosts' note to all Canopéens and says so.", H("""
        De : Maëlle Quéré
        À : Canopéens
        Objet : TR: Fermeture exceptionnelle de Rennes le 24 décembre

        Je relaie à tous les Canopéens, ça concerne tout le monde.

        -----Message d'origine-----
        De : hosts@canopee.work
        À : Maëlle Quéré
    """)),
    ("public", "en", ["mail"], "To: Canopée ambassadors, all sites.", H("""
        From: Maëlle Quéré <maelle@canopee.work>
        To: Canopée ambassadors – all sites <canopeens@canopee.work>
        Subject: Share your desk story, win a month of meeting-room credit

        Hi all,
        Send us a photo of your desk and two lines on what you built here this year.
    """)),
    ("public", "en", ["embargo"], "Embargo ended 1 Dec 2026; then for all Canopéens.", H("""
        Announcement: Canopée opens in Tours
        Embargoed until 1 December 2026 – then for all Canopéens and the press.

        120 desks, a rooftop, opening in April.
    """)),
    ("public", "en", ["mail"], "All-Canopéens list in Bcc (founder mails himself).", H("""
        From: Antoine Biret
        To: Antoine Biret
        Bcc: canopeens@canopee.work
        Subject: Year-end letter from the founders

        Dear Canopéens, five years ago we had six desks and a coffee machine.
    """)),
    # internal
    ("internal", "fr", ["mail"], "To the Rennes site's Canopéens only.", H("""
        De : Maëlle Quéré
        À : Canopéens de Rennes <canopeens-rennes@canopee.work>
        Objet : Travaux du rooftop – où poser vos affaires la semaine prochaine

        Les casiers du 3e seront accessibles ; le rooftop ferme du 14 au 18.
    """)),
    ("internal", "fr", ["mail"], "To the hosts' list (staff).", H("""
        De : Maëlle Quéré
        À : hosts@canopee.work
        Objet : Qui est d'astreinte pour l'apéro du 17 ?

        Les hôtes, merci de vous inscrire dans le tableau avant mercredi.
    """)),
    ("internal", "fr", ["mail"], "To the Cime-tier Canopéens only.", H("""
        De : Antoine Biret
        À : Canopéens niveau Cime
        Objet : Dîner avec les associés le 21 janvier

        Vous êtes quatorze au niveau Cime ; on vous invite tous, conjoint·e bienvenu·e.
    """)),
    ("internal", "fr", ["minutes"], "Diffusion: Canopée team (hosts + community), staff.", H("""
        CR point ops – 04/12/2026
        Diffusion : équipe Canopée (hôtes + communauté)
        Sujet : trois Canopéens très actifs sollicités chaque semaine, risque d'usure

        Décision : pas de nouvelle demande pour eux avant février.
    """)),
    ("internal", "fr", ["draft"], "Unapproved draft; staff review before it goes to all.", H("""
        Brouillon — Newsletter Canopéens de janvier
        Non validé. Relecture : Maëlle et les hôtes. Envoi à tous les Canopéens prévu le 6 janvier après validation de Lucie.

        Au sommaire : le bilan de l'année, le nouveau site de Tours.
    """)),
    ("internal", "en", ["mail"], "To the booking-app pilot group (subgroup).", H("""
        From: Maëlle Quéré
        To: Booking-app pilot group
        Subject: New build 2.3 – please test room booking before Friday

        Eight of you are in the pilot; please book at least two rooms with the new flow.
    """)),
    ("internal", "en", ["approved", "embargo"], "Release to all ambassadors on 10 Jan 2027 (future): Canopée team only until then.", H("""
        Canopée Perks 2027 — one-pager
        Approved for release to all ambassadors on 10 January 2027. Until then: Canopée team only.

        New: partner discounts in Nantes and Rennes.
    """)),
    ("internal", "en", ["forward"], "Forwarder: team only for now; hosts' list.", H("""
        From: Maëlle Quéré
        To: hosts@canopee.work
        Subject: Fwd: Noise complaints – Nantes-Île 2nd floor

        Team only for now; I'll write to the Canopéens concerned myself.

        ---------- Forwarded message ---------
        From: a member on the 2nd floor
    """)),
    # confidential
    ("confidential", "fr", ["mail", "named"], "One named partner only.", H("""
        De : Lucie Tran
        À : Antoine Biret
        Objet : Renégociation du bail d'Angers

        Le propriétaire demande +11 %. Je propose qu'on en parle avant d'en parler à qui que ce soit.
    """)),
    ("confidential", "fr", ["mail"], "Confidentiel — ne pas diffuser, partners' list.", H("""
        De : Antoine Biret
        À : associes@canopee.work
        Objet : Confidentiel — ne pas diffuser : levée de fonds 2027

        Deux fonds ont répondu ; term sheet attendue avant le 20 décembre.
    """)),
    ("confidential", "fr", ["mail", "named"], "One-to-one mail to one named ambassador.", H("""
        De : Maëlle Quéré
        À : Julien Morvan
        Objet : Ton abonnement et le programme

        Salut Julien, j'ai vu que tu résilies ton bureau fixe en janvier. Tu restes évidemment le bienvenu chez les Canopéens si tu passes en nomade.
    """)),
    ("confidential", "fr", ["minutes", "named"], "Diffusion limited to three named people.", H("""
        Compte rendu — réunion des associés (05/12/2026)
        Diffusion : Lucie Tran, Antoine Biret, expert-comptable

        1. Point trésorerie
        2. Tarifs 2027 : +4 % sur les postes fixes
    """)),
    ("confidential", "en", ["forward"], "Forwarder: confidential, do not forward; named recipients.", H("""
        From: Maëlle Quéré
        To: Lucie Tran; Antoine Biret
        Subject: Fwd: Member data in the wrong Slack channel

        Confidential – please do not forward. I've removed the file but 14 Canopéens may have seen it.
    """)),
    ("confidential", "en", [], "Restricted distribution: partners only.", H("""
        Memo – Closing the Angers site?
        Restricted distribution: partners only. Not for the hosts, not for members.

        Occupancy has been below 55 % since June.
    """)),
    # none
    ("none", "fr", ["participants"], "Participants (with a tier) only; no Diffusion line.", H("""
        Compte rendu — Atelier ACTION, Angers, 27/11/2026
        Participants : Maëlle, 8 Canopéens (dont 2 niveau Cime), Paul (facilitateur)

        Groupes proposés : freelances tech ; indépendants créatifs ; salariés en télétravail.
    """)),
    ("none", "fr", ["trap"], "'ouvert au public' / 'réservés aux abonnés' are about rooms.", H("""
        # Règlement intérieur – espace café
        L'espace café est ouvert au public de 8 h à 19 h, sans réservation.
        Les bureaux fermés restent réservés aux abonnés.
    """)),
    ("none", "fr", ["draft"], "Auto-saved draft mail with empty recipients.", H("""
        À :
        Cc :
        Objet : idée – binômes de parrainage entre sites
        (brouillon enregistré automatiquement)

        Un Canopéen de Rennes parraine un nouveau d'Angers, etc.
    """)),
    ("none", "fr", ["disclaimer"], "Supplier's mail body with an automatic 'strictement confidentiel' disclaimer.", H("""
        Bonjour,
        Ci-joint le devis pour les plantes du rooftop.
        Bien à vous,
        Service commercial – Verdure & Bureaux
        Ce message est strictement confidentiel et à l'usage exclusif de son destinataire.
    """)),
    ("none", "fr", ["template"], "Template with a placeholder recipient.", H("""
        De : Canopée <bonjour@canopee.work>
        À : %%EMAIL%%
        Objet : %%PRENOM%%, bienvenue dans la Canopée !

        Ton badge t'attend à l'accueil.
    """)),
    ("none", "fr", ["trap"], "'confidentiels' describes phone calls in booths.", H("""
        # Cabines téléphoniques : mode d'emploi
        Les cabines du 1er étage ont une isolation renforcée pour vos appels confidentiels.
        Réservation : 1 h maximum, via l'appli.
    """)),
    ("none", "en", ["trap"], "Calendar invite: no guest list; 'guests can see' is a setting.", H("""
        Invitation: Founders' AMA @ Thu 17 Dec 2026 18:00 – 19:00 (CET)
        Organizer: maelle@canopee.work
        Guest permissions: guests can see the guest list
        Location: Nantes-Île, big room
    """)),
    ("none", "en", ["trap"], "'public-space', 'public consultation' are municipal matters.", H("""
        Meeting notes – Nantes city council, public-space terrace permit
        Present: Antoine, two city officials
        Next step: public consultation until 15 January.
    """)),
]

# ---------------------------------------------------------------------------
# PDL: Pianos Delorme (piano workshop: sales, restoration, rental) - ambassadors "Croches"
# ---------------------------------------------------------------------------
PDL = [
    ("public", "fr", ["mail"], "To: the all-Croches list.", H("""
        De : Bastien Roche <bastien.roche@pianos-delorme.fr>
        À : Les Croches <croches@pianos-delorme.fr>
        Objet : Concert de Noël à l'atelier – samedi 19 décembre

        Bonjour à toutes les Croches,
        On pousse les établis et on sort le Bechstein restauré. Venez avec vos proches !
    """)),
    ("public", "fr", ["minutes"], "Diffusion: all Delorme ambassadors.", H("""
        Compte rendu de l'atelier JE du 28/11/2026
        Diffusion : l'ensemble des ambassadeurs Delorme (toutes les Croches)
        Animé par Bastien Roche

        Besoin n°1 exprimé : être prévenus des concerts plus tôt.
    """)),
    ("public", "fr", ["embargo"], "Embargo to 03/12/2026 (past); then free for all Croches.", H("""
        Communiqué : Pianos Delorme restaure le Pleyel de l'Opéra
        Embargo jusqu'au 03/12/2026 ; ensuite libre de diffusion pour toutes les Croches et sur vos réseaux.

        Huit mois de travail, 88 marteaux refaits à la main.
    """)),
    ("public", "fr", ["forward", "disclaimer"], "CM forwards to all Croches; the quoted disclaimer is automatic.", H("""
        De : Bastien Roche
        À : croches@pianos-delorme.fr
        Objet : TR: Réglage d'hiver : pourquoi votre piano se désaccorde

        Mathilde a écrit ce petit texte pour les clients ; je le partage avec toutes les Croches.

        De : Mathilde Faure
        Envoyé : 1 décembre 2026
        Ce courriel est confidentiel et destiné uniquement à son destinataire. Si vous l'avez reçu par erreur, merci de le supprimer.
    """)),
    ("public", "fr", ["approved"], "Proof approved (past date) for all ambassadors of the program.", H("""
        Livret « Devenir Croche » – édition 2027
        BAT validé le 25 novembre 2026 par Gérard Delorme, pour diffusion à tous les ambassadeurs du programme Croches.

        Les trois niveaux : Pianissimo, Mezzo, Forte.
    """)),
    ("public", "en", ["mail"], "To the all-Croches list (staff in Cc).", H("""
        From: Bastien Roche
        To: croches@pianos-delorme.fr
        Cc: Mathilde Faure
        Subject: Workshop open evening – bring a friend who plays

        Thursday 14 January, 7 pm. Each Croche may bring one guest.
    """)),
    ("public", "en", ["minutes"], "Distribution: all Croches, although attendees were Forte members.", H("""
        Minutes – Croches advisory panel, 3 Dec 2026
        Distribution: all Croches (posted in the community space)
        Attendees: 6 Forte members, Bastien, Mathilde

        1. Rental-to-buy terms are hard to understand.
    """)),
    ("public", "en", ["mail", "disclaimer"], "External-sender banner is automatic; the all-Croches list is in Cc.", H("""
        CAUTION: This email originated from outside the organisation. Do not click links unless you recognise the sender.
        From: Lyon Piano Festival <info@lyonpianofestival.fr>
        To: Bastien Roche
        Cc: croches@pianos-delorme.fr
        Subject: 20% off festival passes for Delorme ambassadors
    """)),
    # internal
    ("internal", "fr", ["mail"], "To the Forte-tier list only.", H("""
        De : Bastien Roche
        À : Croches Forte <croches-forte@pianos-delorme.fr>
        Objet : Masterclass privée avec Élise Marchand – 5 places

        Premier arrivé, premier servi ; répondez à ce mail.
    """)),
    ("internal", "fr", ["mail"], "Tuners' list (staff) and a named staff member.", H("""
        De : Mathilde Faure
        À : accordeurs@pianos-delorme.fr; Bastien Roche
        Objet : Tournée d'accords de janvier : quels clients Croches peuvent témoigner ?

        Notez dans le tableau ceux qui vous ont parlé du programme pendant l'accord.
    """)),
    ("internal", "fr", ["mail"], "To the professional pianists' committee (subgroup).", H("""
        De : Bastien Roche
        À : Comité des pianistes pros
        Objet : Votre avis sur le nouveau toucher du modèle D-118

        Le prototype est à l'atelier jusqu'au 22 décembre.
    """)),
    ("internal", "fr", ["minutes"], "Diffusion: Grenoble Croches and staff (a region).", H("""
        Compte rendu – rencontre des Croches de Grenoble (29/11)
        Diffusion : Croches de Grenoble et équipe Delorme

        Proposition : un accordeur présent un samedi par mois à Grenoble.
    """)),
    ("internal", "fr", ["forward"], "Forwarder: for the team, not the Croches yet.", H("""
        De : Bastien Roche
        À : équipe atelier
        Objet : TR: Retard des pièces Renner

        Pour l'équipe : n'en parlez pas encore aux Croches, on attend la date de livraison.

        ----- Message transféré -----
        De : Service client Renner France
    """)),
    ("internal", "en", ["mail"], "To the silent-kit testers (pilot subgroup).", H("""
        From: Mathilde Faure
        To: Silence kit testers
        Subject: Calibration visit next week

        I'll come by each of your homes between Monday and Wednesday; 30 minutes per piano.
    """)),
    ("internal", "en", ["draft"], "Draft for staff review, explicitly not yet for the Croches.", H("""
        DRAFT – 2027 referral rewards (for staff review, not yet for the Croches)
        Comments by 11 Dec please. Owner: Bastien

        Idea: a free tuning per introduction that leads to a sale.
    """)),
    ("internal", "en", ["embargo"], "Embargo to 15 Jan 2027 (future): Delorme team until then.", H("""
        New rental-to-buy offer – FAQ for ambassadors
        Embargo: 15 January 2027. Shared with the Delorme team until then; goes to every Croche on launch day.

        Q1. Is the rent deducted from the price?
    """)),
    # confidential
    ("confidential", "fr", ["mail", "named"], "One named person only (succession).", H("""
        De : Gérard Delorme
        À : Mathilde Faure
        Objet : Succession de l'atelier – ta décision avant Noël ?

        Mathilde, j'aimerais connaître ta réponse avant d'en parler à la banque.
    """)),
    ("confidential", "fr", ["mail"], "CONFIDENTIEL subject; dispute with a named ambassador.", H("""
        Objet : CONFIDENTIEL : litige avec M. Perrin (Croche Mezzo)
        De : Bastien Roche
        À : Gérard Delorme

        M. Perrin menace de publier un avis négatif sur la restauration de son Érard.
    """)),
    ("confidential", "fr", ["mail", "named"], "One-to-one mail to one named ambassador.", H("""
        De : Bastien Roche
        À : Claire Vidal
        Objet : Ton piano et ta place dans le programme

        Bonjour Claire, j'ai appris que tu revendais ton piano. Tu restes une Croche tant que tu le souhaites.
    """)),
    ("confidential", "fr", ["minutes"], "Diffusion restreinte to named management.", H("""
        Compte rendu — réunion de direction du 02/12/2026
        Diffusion restreinte : G. Delorme, M. Faure, comptable

        Sujet : prix des pianos neufs 2027, marge atelier, coût du programme Croches.
    """)),
    ("confidential", "en", ["mail"], "SECRET / do not forward; named recipients.", H("""
        Subject: SECRET – Steinway dealer approach (do not forward)
        From: Gérard Delorme
        To: Bastien Roche; Mathilde Faure

        They want an answer by February.
    """)),
    ("confidential", "en", ["forward"], "Forwarder asks to keep it confidential; named recipient.", H("""
        From: Bastien Roche
        To: Gérard Delorme
        Subject: Fwd: Ambassador complaint – hearing damage claim

        Please keep this confidential – our insurer asked us not to circulate it.
    """)),
    # none
    ("none", "fr", ["participants"], "Participants only (with Croches); no Diffusion line.", H("""
        Compte rendu – soirée « pianos ouverts », 14/11/2026
        Participants : 23 personnes dont 9 Croches, Bastien, 2 accordeurs
        Morceaux joués : Satie, Debussy, Chopin
    """)),
    ("none", "fr", ["trap"], "'Concert public'; 'Les Croches qui le souhaitent' is not a distribution.", H("""
        # Concert public des élèves – salle Molière
        Entrée libre, au chapeau. Les Croches qui le souhaitent peuvent tenir le stand de l'atelier.
    """)),
    ("none", "fr", ["disclaimer"], "Supplier's body with an automatic disclaimer only.", H("""
        Bonjour,
        Votre commande de 3 jeux de marteaux est expédiée.
        Cordialement, Service client Renner France
        Les informations contenues dans ce message sont confidentielles. Toute diffusion est interdite.
    """)),
    ("none", "fr", ["template"], "Template with a placeholder recipient.", H("""
        De : Bastien Roche
        À : <prénom.nom>
        Objet : Merci pour votre témoignage, <prénom> !

        Votre témoignage sera publié sur notre site après votre accord.
    """)),
    ("none", "fr", ["trap"], "'confidentiel' describes the sound of the mute pedal.", H("""
        Fiche atelier : la pédale de sourdine
        Elle rapproche les marteaux des cordes pour un son plus doux, plus confidentiel, idéal en appartement.
    """)),
    ("none", "fr", ["undisclosed"], "Hidden recipients: readership not stated.", H("""
        De : Pianos Delorme
        À : Destinataires masqués
        Objet : Inventaire de fin d'année – l'atelier ferme du 24/12 au 4/01

        Les urgences d'accord restent assurées au 04 78 00 00 00.
    """)),
    ("none", "en", ["forward"], "Reply fragment with no recipients shown.", H("""
        Re: tuning slots
        Thursday works for me, 2pm.
        Sent from my iPad

        On 4 Dec 2026, at 09:12, Bastien Roche wrote:
        > Would Thursday or Friday suit you for the tuning?
    """)),
    ("none", "en", ["trap"], "Another brand's 'ambassador'; 'pianissimo' is music, not the tier.", H("""
        Notes – Yamaha brand ambassador concert, Salle Rameau, 30 Nov
        Who played: Kenji Morita (Yamaha artist)
        Our takeaway: the audience loved the pianissimo passages.
    """)),
]

CLIENTS = [
    ("LUV", LUV),
    ("HEL", HEL),
    ("BAB", BAB),
    ("CAN", CAN),
    ("PDL", PDL),
]


# ---------------------------------------------------------------------------
# Generation (deterministic): python3 gen.py writes cases.jsonl, names.json, README.md
# ---------------------------------------------------------------------------
import json
import os
import random
import re

SET_NAME = "markings_dev7"
SEED = 20261207

NAMES = {
    "ambassadors": [
        "ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices",
        "ambassador", "ambassadors",
        # LUV
        "Vigie", "Vigies", "Vigies Vauban", "Vauban Vigies", "membres du Cercle Vauban",
        "ambassadeurs du Cercle Vauban", "vigies@lunetterie-vauban.fr",
        # HEL
        "Éclaireur", "Éclaireurs", "Éclaireuse", "Éclaireuses", "Eclaireur", "Eclaireurs",
        "Éclaireurs Héliade", "ambassadeurs Héliade", "Héliade ambassadors", "Réseau Héliade",
        "eclaireurs@heliade-energies.fr",
        # BAB
        "Passeur", "Passeurs", "Passeuse", "Passeuses", "Passeurs Babel", "Babel Passeurs",
        "ambassadeurs Babel", "Babel ambassadors", "passeurs@babel-langues.fr",
        # CAN
        "Canopéen", "Canopéens", "Canopéenne", "Canopéennes", "Canopeens",
        "ambassadeurs Canopée", "Canopée ambassadors", "canopeens@canopee.work",
        # PDL
        "Croche", "Croches", "Les Croches", "ambassadeurs Delorme", "Delorme ambassadors",
        "ambassadeurs du programme Croches", "croches@pianos-delorme.fr",
    ],
    "clients": [
        "Lunetterie Vauban", "Vauban", "Cercle Vauban",
        "Héliade Énergies", "Heliade Energies", "Héliade", "Heliade", "Réseau Héliade",
        "Babel Langues", "Babel", "Passeurs Babel", "Babel Voice",
        "Canopée Coworking", "Canopée", "Canopee", "Canopée Perks",
        "Pianos Delorme", "Delorme", "programme Croches", "Programme Croches",
    ],
}

TABLE = [
    ("LUV", "Lunetterie Vauban (optician chain, Hauts-de-France)", "Cercle Vauban",
     "Vigies, Vigies Vauban, membres du Cercle Vauban; list vigies@",
     "tiers Éveil / Acuité / Vision (vigies-vision@); panel Progressifs (pilot); Vigies of the Lille metro area"),
    ("HEL", "Héliade Énergies (residential solar installer, Occitanie)", "Réseau Héliade",
     "Éclaireurs / Éclaireuses, ambassadeurs Héliade, Réseau Héliade; list eclaireurs@",
     "tiers Aube / Zénith / Solstice (eclaireurs-solstice@); groupe pilote batteries; Éclaireurs Aude–Hérault, Gers"),
    ("BAB", "Babel Langues (language school for adults, Bordeaux + online)", "Passeurs Babel",
     "Passeurs / Passeuses, ambassadeurs Babel; list passeurs@",
     "tiers Premier pas / Confirmé / Mentor (mentors@); testeurs Babel Voice (pilot); Passeurs de Bordeaux"),
    ("CAN", "Canopée Coworking (coworking spaces, Nantes / Rennes / Angers)", "Ambassadeurs Canopée",
     "Canopéens / Canopéennes, ambassadeurs Canopée; list canopeens@",
     "tiers Graine / Pousse / Cime; per site (Canopéens de Rennes…); booking-app pilot group"),
    ("PDL", "Pianos Delorme (piano workshop: sales, restoration, rental, Lyon)", "Programme Croches",
     "Croches, ambassadeurs Delorme; list croches@",
     "tiers Pianissimo / Mezzo / Forte (croches-forte@); comité des pianistes pros; Silence kit testers (pilot); Croches de Grenoble"),
]

LEADERSHIP = """## Leadership

Staff (→ `internal` when a document is addressed or marked to them as a group) and management
(→ `confidential` when a document is restricted to them). A mail or a marking that names
individual people only is `confidential` whatever their role (see Notes).

- **LUV**: CM Inès Caron; marketing director Thibault Lenoir; CEO Anne-Sophie Vauban; CFO F. Roussel.
  Staff lists: `equipe-cercle@` (équipe Cercle), `magasins@` (store managers), opticians in stores.
  Management: `codir@`, the executive committee.
- **HEL**: CM Romain Estève; technical lead Farid Haddad; CEO Delphine Marty; installation planning
  Laetitia Roux. Staff: `communaute@` (Team Communauté), installer teams (équipes / chefs d'équipe de
  pose). Management: CODIR, "la direction", the DPO.
- **BAB**: CM Hélène Garnier; head of teaching Yann Le Goff; founder Sofia Almeida. Staff: teachers
  (`formateurs@`, "équipe pédagogique", "teaching team"), équipe communauté, reception. Management:
  "direction" (Sofia, Yann, the accountant).
- **CAN**: CM Maëlle Quéré; founders / partners Lucie Tran and Antoine Biret. Staff: hosts (`hosts@`,
  "les hôtes" are employees, not ambassadors), équipe Canopée. Management: partners (`associes@`).
- **PDL**: CM Bastien Roche; workshop head Mathilde Faure; owner Gérard Delorme. Staff: tuners
  (`accordeurs@`), équipe atelier, équipe Delorme. Management: "direction" (G. Delorme, M. Faure,
  the accountant).
"""

NOTES = """## Notes on labels

Today is **2026-12-07**; every date-dependent label is decided on that day. The principles, taken
from issue 13 (fail closed: an unmarked document is not public; when in doubt about who may see,
less; the strictest marking wins):

1. **A mail's recipients are its readership.** To, Cc and Bcc/Cci together: the all-ambassador
   list of the program anywhere in them → `public` (a named person in To with the all list in Cc is
   still public); otherwise a staff list, a tier / region / site / pilot list → `internal`;
   only named individuals (staff colleagues, the CEO, or one ambassador in a one-to-one mail) →
   `confidential` ("restricted to named people": fail closed, it is narrower than "all staff").
   A staff list plus named people is `internal`. An explicit marking in the head (CONFIDENTIEL,
   [INTERNAL], "ne pas transférer") overrides wider recipients: the strictest wins.
2. **Automatic legal disclaimers are not markings.** "Ce message et ses pièces jointes sont
   confidentiels et destinés exclusivement à leurs destinataires…", "CAUTION: this email originated
   from outside…" are appended to every mail whatever its readership, so they set nothing: the
   recipients decide (public mails to the all list stay `public`), and a head whose only
   "marking" is such a disclaimer is `none`. A product that reads these as confidential fails
   closed but loses public mails: those ids are listed below for a separate count.
3. **Forwards: the latest sending and the forwarder's line decide.** The outer header and the
   line the forwarder adds ("à partager avec toutes les Vigies", "Internal only – don't forward
   to the Éclaireurs", "Strictement confidentiel") give the readership. The recipients of a quoted
   earlier message are history, not a restriction (a staff note forwarded by the CM to the all
   list is `public`), but an explicit marking inside the quoted message still counts (strictest
   wins).
4. **Minutes: Diffusion / Destinataires / Distribution / Circulation are the readership;
   Participants / Présents / Attendees are not.** Minutes with only a participants line (even one
   naming a tier) are `none`; advisory-panel minutes attended by Forte members but with
   "Distribution: all Croches" are `public`.
5. **Time and stage.** An embargo that ended before 2026-12-07 gives the after-embargo readership
   (`public` when that is all ambassadors). A running embargo gives the before-release readership:
   "ne pas communiquer aux Vigies avant le 12 janvier" → `internal` (staff); "CONFIDENTIEL
   jusqu'au 1er mars 2027" → `confidential`. A draft waiting for approval is `internal` (staff
   review) even when it will later go to everyone; "approved for release to all ambassadors"
   with a past or no date is `public`, with a future date `internal`; approved for one tier is
   `internal`. "À partir de la semaine prochaine" (after today) keeps a confidential original
   confidential.
6. **Confidential + all list.** A mail to every Vigie titled "[CONFIDENTIAL] … please keep it to
   yourselves" is `confidential`: marked confidential, strictest wins (one case; arguable, the
   real readership is all ambassadors).
7. **`none` (traps).** Undisclosed / hidden recipients, an empty À of an unsent draft, templates
   with placeholders (`{{liste_destinataires}}`, `%%EMAIL%%`, `<prénom.nom>`), forwards or replies
   with no recipients, a greeting "Dear ambassadors," without any header (a salutation is not a
   distribution; fail closed), and the words public / confidentiel / diffusion / ambassadeurs /
   tier names used about something else (ERP buildings, a TV broadcast, a course's target
   learners, a competitor's product, the mute pedal, Yamaha's brand ambassador).
"""

TAG_TITLES = [
    ("disclaimer", "Automatic disclaimer or external-sender banner present"),
    ("forward", "Forward / reply chains"),
    ("participants", "Participants / Présents / Attendees lines (with or without a Diffusion line)"),
    ("embargo", "Embargo (date-dependent)"),
    ("draft", "Drafts"),
    ("approved", "Approved for release"),
    ("named", "Named individuals only"),
    ("strictest", "Strictest marking wins over a wider readership"),
    ("greeting", "Greeting only"),
    ("template", "Templates / placeholders"),
    ("undisclosed", "Undisclosed / hidden recipients"),
]


def build_cases():
    rows = []
    tagged = []
    for idx, (prefix, cases) in enumerate(CLIENTS):
        order = list(range(len(cases)))
        random.Random(SEED + idx).shuffle(order)
        for n, k in enumerate(order, start=1):
            level, lang, tags, note, head = cases[k]
            if re.search(r"^(Participants|Présents|Present|Attendees)\s*:", head, re.M) and "participants" not in tags:
                tags = tags + ["participants"]
            cid = "%s-%02d" % (prefix, n)
            rows.append({"id": cid, "head": head, "level": level, "lang": lang, "note": note})
            tagged.append((cid, level, tags))
    return rows, tagged


def build_readme(rows, tagged):
    out = []
    out.append("> **Development set** (written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue "
               "and the format only; it may be read and tuned on).")
    out.append(">")
    out.append("")
    out.append("# %s: e-mails, forwards and minutes saved as documents" % SET_NAME)
    out.append("")
    out.append(
        "**Flavour.** Heads of documents that are e-mails, forwarded mails and meeting minutes saved "
        "as documents: From/To/Cc/Subject blocks in French and English whose recipients give the "
        "readership (all-ambassador lists, staff lists, a tier's or a region's list, named people), "
        "forward chains where the forwarder adds a readership line, minutes with Participants / "
        "Destinataires / Diffusion fields, automatic legal disclaimers that mail systems append to "
        "every mail, and heads whose readership depends on time or stage (embargoes, drafts, "
        "\"approved for release to all ambassadors\"), judged on 2026-12-07. Traps (`none`) use "
        "public / confidentiel / diffusion / ambassadeurs about something else. 150 heads, "
        "5 fictitious clients × 30 (8 public, 8 internal, 6 confidential, 8 none each).")
    out.append("")
    out.append("| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |")
    out.append("|---|---|---|---|---|")
    for row in TABLE:
        out.append("| " + " | ".join(row) + " |")
    out.append("")
    fr = sum(1 for r in rows if r["lang"] == "fr")
    en = sum(1 for r in rows if r["lang"] == "en")
    out.append("Languages: %d French, %d English. `names.json` lists every name of ALL ambassadors "
               "(including the all-ambassador list addresses) and the client / program names: "
               "declare them to the product before measuring." % (fr, en))
    out.append("")
    out.append(LEADERSHIP.rstrip("\n"))
    out.append("")
    out.append(NOTES.rstrip("\n"))
    out.append("")
    out.append("### Hard cases by kind (id → label)")
    out.append("")
    for tag, title in TAG_TITLES:
        ids = ["%s→%s" % (cid, level) for cid, level, tags in tagged if tag in tags]
        out.append("- **%s** (%d): %s" % (title, len(ids), ", ".join(ids)))
    out.append("")
    return "\n".join(out)


def build():
    rows, tagged = build_cases()
    cases = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    names = json.dumps(NAMES, ensure_ascii=False, indent=2) + "\n"
    readme = build_readme(rows, tagged)
    return {"cases.jsonl": cases, "names.json": names, "README.md": readme}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for fname, text in build().items():
        with open(os.path.join(here, fname), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote", ", ".join(sorted(build())))


if __name__ == "__main__":
    main()
