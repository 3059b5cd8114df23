#!/usr/bin/env python3
"""Generate the markings_dev10 set (forms and templates flavour). Standard library only."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CLIENTS = [
    dict(
        p="ETB", co="L'Établi Commun", sector="coworking spaces", prog="Cercle des Habitués", prog_du="du Cercle des Habitués", hello=['Bonjour à toutes et à tous !', 'Hello les Habitués,', 'Chers Habitués,'], hello_en="Hi everyone!",
        amb="Habitués", amb_s="Habitué", amb_forms=["Habitué", "Habitués", "Habituée", "Habituées"],
        subs=["Conseil des résidents", "Habitués Fondateurs"],
        cm="Mehdi Roussel", boss="Claire Vasseur", legal="Inès Garnier",
        staff="l'équipe Établi", staff_en="Établi staff",
        fr=["Calendrier des afterworks du 1er trimestre", "Guide d'accueil des nouveaux membres",
            "Journée portes ouvertes du 14 mars", "Appel à témoignages vidéo pour le salon Bureaux & Co",
            "Points et niveaux du Cercle : règles 2027",
            "Plan d'animation des espaces — printemps", "Retours sur la qualité du Wi-Fi",
            "Liste des Habitués à recontacter", "Budget des événements communautaires",
            "Procédure de départ d'un membre",
            "Contrat de bail — site Lille Euratech", "Négociation avec le bailleur de Lille",
            "Note sur le rachat de l'espace Croix-Rousse", "Grille tarifaire 2027 des bureaux fermés",
            "Compte rendu — atelier NOUS", "Synthèse des verbatims de l'atelier JE",
            "Ouverture du site de Nantes-Île : planning", "Idées de co-création : cabines téléphoniques",
            "Charte des salles de réunion", "Sondage NPS des résidents — résultats bruts"],
        en=["Q1 community events calendar", "Meeting-room booking etiquette", "Referral rewards: how points work",
            "Ambassador load review (solicitations per month)", "Members' survey: raw answers", "Hot-desk pricing review",
            "Board minutes: acquisition of Croix-Rousse", "Expansion plan: Bordeaux site",
            "Ideas wall: phone booths and quiet zones", "Template: testimonial request"],
    ),
    dict(
        p="PEL", co="Maison Pelage", sector="premium pet food", prog="La Meute Pelage", prog_du="de La Meute Pelage", hello=['Bonjour la Meute !', 'Chères Flaireuses, chers Flaireurs,', 'Coucou à toutes et à tous,'], hello_en="Hello pack!",
        amb="Flaireurs", amb_s="Flaireur", amb_forms=["Flaireur", "Flaireurs", "Flaireuse", "Flaireuses"],
        subs=["Panel Dégustation", "Comité vétérinaire"],
        cm="Jordan Petit", boss="Hélène Marchal", legal="Bastien Roche",
        staff="l'équipe Pelage", staff_en="Pelage staff",
        fr=["Lancement de la gamme Senior au saumon", "Guide de transition alimentaire en 7 jours",
            "Calendrier des dégustations en animalerie", "Charte photo pour vos partages Instagram",
            "Appel à avis en ligne : nouvelle recette poulet",
            "Plan d'action — groupes de Flaireurs", "Synthèse des irritants clients (SAV)",
            "Salon Animal Expo : qui vient ?", "Objectifs et KPI du programme 2027",
            "Rappel de lot : éléments de langage",
            "Résultats des analyses de laboratoire — lot 2611", "Contrat fournisseur de saumon norvégien",
            "Prix de revient 2027 par gamme", "Réclamations lot 2611 : analyse",
            "Compte rendu — atelier JE des Flaireurs", "Idées des Flaireurs pour les sachets refermables",
            "Recette des friandises de Noël", "Partenariat refuges : premières pistes",
            "Fiche produit — pâtée agneau sans céréales", "Questions fréquentes sur la livraison"],
        en=["Senior salmon range: launch FAQ", "Instagram sharing guidelines", "Points and tiers explained",
            "Vet panel feedback summary", "Sample box logistics", "Trade show staffing",
            "Recall communication plan", "Supplier audit findings",
            "Shelter partnership: first ideas", "Review campaign: grain-free chicken"],
    ),
    dict(
        p="VDG", co="Caves Vendangeon", sector="wine-merchant chain, cavistes", prog="Club Sarment", prog_du="du Club Sarment", hello=['Chers membres du Club,', 'Bonjour à toutes et à tous,', 'Amis Sarments,'], hello_en="Dear members,",
        amb="Sarments", amb_s="Sarment", amb_forms=["Sarment", "Sarments"],
        subs=["Jury Primeurs", "Cercle Grands Crus"],
        cm="Camille Brun", boss="Antoine Delorme", legal="Nadia Ferrand",
        staff="les cavistes et le siège", staff_en="store and head-office staff",
        fr=["Sélection de Noël : 12 bouteilles sous 20 €", "Calendrier des dégustations en cave — hiver",
            "Accords mets-vins : fiches à partager", "Règles du Club Sarment : points et niveaux",
            "Soirée vignerons du 6 février",
            "Plan de formation des cavistes", "Appel à avis Google pour la cave de Tours",
            "Primeurs Bordeaux 2026 : allocation", "Fichier des clients à fort potentiel",
            "Procédure de départ d'un membre du Club",
            "Marges par appellation 2027", "Négociation domaine Ferrière",
            "Projet de rachat de la Cave du Marché", "Audit fiscal — droits d'accises",
            "Compte rendu — atelier ACTION du Club", "Foire aux vins d'automne : bilan",
            "Ouverture de la cave de Saumur", "Thèmes de contenus proposés aux Sarments",
            "Synthèse des besoins exprimés par les Sarments", "Idées de co-création : coffret découverte"],
        en=["Winter tasting calendar", "Christmas gift guide", "Wine-pairing cards to share",
            "Store managers' quarterly review", "Primeurs allocation rules", "Online review campaign, Tours store",
            "Acquisition target memo", "Supplier margin grid",
            "Content themes for members", "Club Sarment: how levels work"],
    ),
    dict(
        p="LYF", co="LayerForge", sector="3D-printing service bureau", prog="Cercle Voxel", prog_du="du Cercle Voxel", hello=['Salut les Voxels !', 'Bonjour à toutes et à tous,', 'Hello la communauté,'], hello_en="Hi Voxels,",
        amb="Voxels", amb_s="Voxel", amb_forms=["Voxel", "Voxels"],
        subs=["Beta Resin Panel", "Advisory Board"],
        cm="Priya Nair", boss="Julien Morel", legal="Thomas Girard",
        staff="l'équipe LayerForge", staff_en="LayerForge staff",
        fr=["Nouveaux matériaux : PA12 chargé verre", "Guide de préparation des fichiers STL",
            "Webinaire finitions et post-traitement", "Tutoriel : tolérances d'assemblage",
            "Charte de partage sur LinkedIn",
            "Délais de production — décembre", "Groupes de Voxels et thèmes associés",
            "Bilan des introductions de prospects", "Plan de communication T1",
            "Défaut de lot sur la résine Tough",
            "Levée de fonds série A : point d'étape", "Coûts machine par technologie (SLS, MJF, SLA)",
            "Liste des clients grands comptes", "Contrat de maintenance des imprimantes HP",
            "Compte rendu — atelier NOUS", "Synthèse de l'atelier JE",
            "Appel à études de cas pour le salon Global Industrie", "Retours clients sur le devis en ligne",
            "Idées d'amélioration : suivi de commande", "Visite de l'atelier de Grenoble"],
        en=["New material: glass-filled PA12", "STL preparation checklist", "Points and levels in Cercle Voxel",
            "December lead times", "Resin beta test plan", "Customer-support escalation rules",
            "Series A data room index", "Machine cost model",
            "Quote tool feedback", "Case study call for Global Industrie"],
    ),
    dict(
        p="ENT", co="Écoles Entrechat", sector="dance schools", prog="Cercle Tourbillon", prog_du="du Cercle Tourbillon", hello=['Bonjour les Tourbillons !', 'Chers parents et élèves,', 'Bonjour à toutes et à tous,'], hello_en="Hello dancers!",
        amb="Tourbillons", amb_s="Tourbillon", amb_forms=["Tourbillon", "Tourbillons"],
        subs=["Comité Gala", "Conseil des élèves adultes"],
        cm="Yanis Benali", boss="Margaux Leclerc", legal="Sabine Aubert",
        staff="l'équipe pédagogique et l'administration", staff_en="teachers and office staff",
        fr=["Planning des stages de vacances d'hiver", "Gala de juin : appel aux témoignages",
            "Partage sur Instagram : bonnes pratiques", "Points et niveaux du Cercle Tourbillon",
            "Stage intensif hip-hop : inscriptions",
            "Plan d'animation du Cercle — printemps", "Costumes du gala : budget",
            "Évaluation des professeurs — session 1", "Liste d'attente des cours enfants",
            "Protocole blessure en cours",
            "Masse salariale des professeurs", "Litige avec le bailleur de la salle Bellecour",
            "Projet de fusion avec l'école Arabesque", "Tarifs 2027-2028 : hypothèses de hausse",
            "Compte rendu — atelier JE des Tourbillons", "Synthèse des besoins des parents d'élèves",
            "Ouverture du studio de Villeurbanne", "Idées pour les cours adultes débutants",
            "Thèmes de contenus pour les Tourbillons", "Sondage satisfaction — résultats bruts"],
        en=["Winter workshops schedule", "Gala testimonials: call for volunteers", "How points and levels work",
            "Open day helpers", "Waiting list policy", "Injury protocol",
            "Teachers' pay review", "Merger talks: Arabesque school",
            "Adult beginners: ideas board", "Studio rules"],
    ),
]

DATES = ["3 janv. 2027", "12/01/2027", "2026-11-18", "27 novembre 2026", "09/12/2026",
         "4 février 2027", "2027-02-15", "21 oct. 2026", "1er mars 2027", "30/09/2026"]
DATES_EN = ["Jan 3, 2027", "2026-11-18", "12 Feb 2027", "November 27, 2026", "2027-03-01",
            "9 Dec 2026", "Oct 21, 2026"]

# --------------------------------------------------------------------------- templates
# Each template: (text, note). Placeholders: co prog amb amb_s sub cm boss legal staff staff_en t d

PUB_FR = [
    ("# {t}\n{co} — {prog}\n\nDiffusion : ☑ Public (tous les {amb})   ☐ Interne   ☐ Confidentiel\nRédigé par : {cm} · {d}",
     "case Public cochée"),
    ("Fiche document — {prog}\nTitre : {t}\nNiveau de diffusion : **Public** / Interne / Confidentiel\nVersion 2 · {d}",
     "option Public en gras, les autres non"),
    ("**{t}**\nDiffusion : Public ~~Interne~~ ~~Confidentiel~~\n\n{hello}\nVoici les infos promises.",
     "Interne et Confidentiel barrés, reste Public"),
    ("Titre : {t}\nAuteur : {cm}\nPublic : oui — Interne : non — Confidentiel : non\nDate : {d}",
     "oui en face de Public seulement"),
    ("{t}\n☑ Relu par le juridique\n☐ Traduction anglaise faite\nDiffusion : Public ▾\n\nMis à jour le {d}.",
     "liste déroulante sur Public ; la case cochée concerne la relecture"),
    ("## {t}\n\n| Diffusion | Public | Interne | Confidentiel |\n|---|:-:|:-:|:-:|\n| (cocher une case) | X | | |\n\nMise à jour : {d}",
     "tableau : croix dans la colonne Public"),
    ("Modèle de note {co}\nObjet : {t}\nAudience : Public (retenu) · Interne · Confidentiel\n\nCe document peut circuler auprès de tous les {amb}.",
     "Public (retenu)"),
    ("{t} — {d}\nDiffusion : PUBLIC / interne / confidentiel\n\n{hello}\nQuelques nouvelles {prog_du}.",
     "Public en capitales, autres en minuscules"),
    ("# {t}\n\nÀ partager librement avec tous les {amb} {prog_du}. N'hésitez pas à faire suivre !\n\n{cm}, {d}",
     "en-tête ordinaire : pour tous les ambassadeurs"),
    ("Formulaire de publication — {co}\nDocument : {t}\nDiffusion : (x) Public  ( ) Interne  ( ) Confidentiel\nValidé le {d}",
     "bouton radio sur Public"),
    ("{t}\nDiffusion : ✓ Public   ✗ Interne   ✗ Confidentiel\n(✓ = oui, ✗ = non)\nAuteur : {cm}",
     "✓ sur Public, ✗ = non sur les autres"),
]
PUB_EN = [
    ("{t}\n{co} · {prog}\nDistribution: [x] Public  [ ] Internal  [ ] Confidential\nOwner: {cm}",
     "[x] on Public"),
    ("# {t}\nAudience: All {amb} ▾\nLast edited {d}",
     "drop-down set to all ambassadors"),
    ("**{t}**\n\n{hello_en}\nFeel free to share this with every {amb_s} in {prog}: it is meant for all of you.\n\n— {cm}",
     "ordinary head addressed to all ambassadors"),
    ("Document form · {co}\nTitle: {t}\nDistribution: ==Public== · Internal · Confidential\nDate: {d}",
     "Public highlighted"),
    ("{t}\nDistribution: -Internal- -Confidential- Public\nPrepared by {cm}, {d}",
     "Internal and Confidential struck out"),
    ("{t}\nReviewed by Legal: ☑\nAudience: ■ Public □ Internal □ Confidential\n{d}",
     "filled square on Public; the tick is the legal review"),
]
INT_FR = [
    ("# {t}\n\nDiffusion : ☐ Public   ☒ Interne   ☐ Confidentiel\nRédigé par : {cm} · {d}",
     "case Interne cochée (☒)"),
    ("{t}\nDiffusion : Interne ▾\nPropriétaire : {cm}\nDernière modification : {d}",
     "liste déroulante sur Interne"),
    ("Fiche — {prog}\nTitre : {t}\nDiffusion : ☑ Public  ☑ Interne  ☐ Confidentiel\n\n{d}",
     "Public et Interne cochés : le plus strict l'emporte"),
    ("{t}\nDestinataires : ☐ Tous les {amb}   ☑ {sub} uniquement\nEnvoyé par {cm} le {d}",
     "sous-groupe coché, pas tous les ambassadeurs"),
    ("**{t}**\nNiveau : public / INTERNE / confidentiel\nVersion de travail — {d}",
     "Interne en capitales"),
    ("{t} ({d})\nDiffusion : -Public- Interne -Confidentiel-\n\nPoints à valider avant la réunion de lundi.",
     "Public et Confidentiel barrés, reste Interne"),
    ("Modèle de compte rendu {co}\nObjet : {t}\nDiffusion : ☐ Public   ☐ Interne   ☐ Confidentiel\n✓ (coche en marge, à hauteur de Public / Interne)\nRédaction : {cm}",
     "coche en marge entre Public et Interne, peu claire : on ferme (interne)"),
    ("# {t}\n\nUsage interne — {staff} uniquement, ne pas transférer aux {amb}.\n\n{cm}, {d}",
     "en-tête ordinaire : usage interne"),
    ("{t}\nDiffusion :\n  Public\n  Interne ←\n  Confidentiel\nDate : {d}",
     "flèche ← sur Interne"),
    ("## {t}\n\n| Diffusion | Public | Interne | Confidentiel |\n|---|---|---|---|\n| | | ✓ | |\n\n{d}",
     "tableau : coche dans la colonne Interne"),
    ("Titre : {t}\nPublic : non · Interne : oui · Confidentiel : non\nAuteur : {cm} — {d}",
     "oui en face d'Interne"),
    ("{t}\nAudience : ==Interne== (équipe {co})\n☑ Relu par {boss}\n{d}",
     "Interne surligné"),
    ("{t}\nDiffusion : [ ] Public  [X] Équipe {co}  [ ] Confidentiel\nÀ relire avant jeudi.",
     "[X] sur l'équipe"),
]
INT_EN = [
    ("{t}\nDistribution: [ ] Public  [X] Internal  [ ] Confidential\nOwner: {cm} · {d}",
     "[X] on Internal"),
    ("# {t}\nAudience: Staff only ▾\nLast edited {d}",
     "drop-down set to staff only"),
    ("**{t}**\nDistribution: ~~Public~~ Internal ~~Confidential~~\nDraft — {d}",
     "Public and Confidential struck out"),
    ("{t}\nAudience: □ All {amb}  ■ {sub} only\nSent by {cm}",
     "subgroup selected, not all ambassadors"),
    ("Form: document details\nTitle: {t}\nPublic: no | Internal: yes | Confidential: no\nDate: {d}",
     "yes on Internal"),
    ("# {t}\n\nInternal only — for {staff_en}, please do not forward to {amb}.\n\n{cm}",
     "ordinary internal-only head"),
    ("{t}\nDistribution: (x) Public (x) Internal ( ) Confidential\n{d}",
     "two options ticked: the strictest, Internal"),
]
CONF_FR = [
    ("# {t}\n\nDiffusion : ☐ Public   ☐ Interne   ☒ Confidentiel\nDestinataires : {boss}, {legal}\n{d}",
     "case Confidentiel cochée"),
    ("{t}\nClassification : Confidentiel ▾\nPropriétaire : {boss}\nDernière modification : {d}",
     "liste déroulante sur Confidentiel"),
    ("Fiche document — {co}\nTitre : {t}\nDiffusion : ☐ Public  ☑ Interne  ☑ Confidentiel\n{d}",
     "Interne et Confidentiel cochés : le plus strict, confidentiel"),
    ("**{t}**\nNiveau : Public / Interne / **Confidentiel**\nRédaction : {legal} — {d}",
     "Confidentiel en gras"),
    ("CONFIDENTIEL — direction et juridique uniquement, ne pas diffuser\n\n# {t}\n{d}",
     "bandeau confidentiel ordinaire"),
    ("{t}\nAudience : Public · Interne · Confidentiel (retenu)\nCercle : {boss}, {legal}\n{d}",
     "Confidentiel (retenu)"),
    ("## {t}\n\n| Diffusion | Public | Interne | Confidentiel |\n|---|---|---|---|\n| choix | | | ☑ |\n\nAuteur : {legal}",
     "tableau : coche dans la colonne Confidentiel"),
    ("{t}\nDiffusion : ~~Public~~ ~~Interne~~ Confidentiel\nNe pas transférer. {d}",
     "Public et Interne barrés, reste Confidentiel"),
    ("{t}\nPublic : non — Interne : non — Confidentiel : oui\nDestinataires nommés : {boss}, {legal}",
     "oui en face de Confidentiel"),
]
CONF_EN = [
    ("{t}\nDistribution: ☐ Public ☐ Internal ☒ Confidential — leadership and legal\nOwner: {boss}",
     "☒ on Confidential"),
    ("# {t}\nClassification: CONFIDENTIAL / internal / public\n{d}",
     "Confidential in capitals"),
    ("Confidential — do not distribute. {boss} and {legal} only.\n\n# {t}",
     "ordinary confidential banner"),
    ("{t}\nClassification: Confidential ▾\nLast edited by {legal}, {d}",
     "drop-down set to Confidential"),
    ("{t}\nDistribution: [ ] Public  [x] Internal  [x] Confidential\n{d}",
     "Internal and Confidential ticked: the strictest wins"),
]
NONE_FR = [
    ("# {t}\n\nDiffusion : [PUBLIC / INTERNE / CONFIDENTIEL]\nAuteur : {cm}\n{d}",
     "placeholder jamais rempli"),
    ("{t}\nAudience : <choisir>\nDate : {d}\n\nPremière version pour discussion.",
     "champ audience laissé sur <choisir>"),
    ("Modèle de document {co} — v3\nTitre : {t}\n\nNiveaux : Public / Interne / Confidentiel\n(indiquer le niveau retenu ci-dessus)",
     "légende du modèle, aucun niveau choisi"),
    ("{t}\nDiffusion : ☐ Public   ☐ Interne   ☐ Confidentiel\n{d}",
     "toutes les cases vides"),
    ("{t}\n☑ Relu par le juridique\n☐ Public  ☐ Interne  ☐ Confidentiel\nRédigé par {cm}",
     "seule la relecture est cochée ; diffusion vide"),
    ("{t}\nDiffusion : Sélectionner… ▾\nDernière modification : {d}",
     "liste déroulante jamais choisie"),
    ("# {t}\n\n{d} — Voici les éléments rassemblés depuis la dernière réunion. Merci à chacun pour les retours.",
     "en-tête ordinaire sans aucune audience"),
    ("## {t}\n\n| Diffusion | Public | Interne | Confidentiel |\n|---|---|---|---|\n| | | | |\n\n{cm}",
     "tableau de diffusion sans coche"),
    ("Titre : {t}\nDiffusion : ______________\nAuteur : {cm}\nDate : {d}",
     "champ diffusion laissé vide"),
    ("{t}\n\nPrésents : {cm}, {boss}\nOrdre du jour : point d'avancement, questions diverses.",
     "compte rendu ordinaire, pas de diffusion"),
    ("{t}\nDiffusion : ☐ Public ☐ Interne ☐ Confidentiel   ☑ Traduction disponible\n{d}",
     "la seule case cochée n'est pas la diffusion"),
]
NONE_EN = [
    ("{t}\nAudience: <select>\nOwner: {cm}",
     "audience field left on <select>"),
    ("# {t}\nClassification: [PUBLIC / INTERNAL / CONFIDENTIAL]\n{d}",
     "placeholder never filled"),
    ("**{t}**\n\n{d}. Here is where we stand after the last round of feedback; comments welcome.",
     "ordinary head, no audience"),
    ("{t}\n[ ] Public  [ ] Internal  [ ] Confidential    [x] Spell-checked\nDraft by {cm}",
     "only the spell-check box is ticked"),
    ("Template v2 — {co}\nTitle: {t}\nLevels: Public / Internal / Confidential (pick one)\n",
     "template legend lists every level, none picked"),
]

# per level: (fr pool, en pool, fr count, en count)
PLAN = [
    ("public", PUB_FR, PUB_EN, 5, 3),
    ("internal", INT_FR, INT_EN, 5, 3),
    ("confidential", CONF_FR, CONF_EN, 4, 2),
    ("none", NONE_FR, NONE_EN, 6, 2),
]


def pick(pool, k, m):
    """m templates from pool for client k, rotated so that clients differ."""
    n = len(pool)
    start = (k * 3) % n
    return [pool[(start + i) % n] for i in range(m)]


def build():
    cases = []
    for k, c in enumerate(CLIENTS):
        items = []
        fr_titles = list(c["fr"])
        en_titles = list(c["en"])
        fi = ei = 0
        for level, pfr, pen, nfr, nen in PLAN:
            for tpl, note in pick(pfr, k, nfr):
                items.append((level, "fr", tpl, note, fr_titles[fi], DATES[(fi + k) % len(DATES)]))
                fi += 1
            for tpl, note in pick(pen, k, nen):
                items.append((level, "en", tpl, note, en_titles[ei], DATES_EN[(ei + k) % len(DATES_EN)]))
                ei += 1
        # interleave levels deterministically so ids do not reveal the level
        order = sorted(range(len(items)), key=lambda i: ((i * 7 + k * 5) % len(items)))
        for n, i in enumerate(order, 1):
            level, lang, tpl, note, t, d = items[i]
            sub = c["subs"][n % 2]
            head = tpl.format(co=c["co"], prog=c["prog"], amb=c["amb"], amb_s=c["amb_s"], sub=sub,
                              cm=c["cm"], prog_du=c["prog_du"], hello=c["hello"][n % len(c["hello"])],
                              hello_en=c["hello_en"], boss=c["boss"], legal=c["legal"], staff=c["staff"],
                              staff_en=c["staff_en"], t=t, d=d)
            cases.append({"id": f"{c['p']}-{n:03d}", "head": head, "level": level,
                          "lang": lang, "note": note})
    return cases


README = """> **Development set** (written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue and the format only; it may be read and tuned on).
>

# markings_dev10 — readership picked in forms and templates

**Flavour.** Heads taken from document forms and templates, where the readership is
chosen among printed options rather than written as a sentence: check boxes in every
spelling (☐ ☑ ☒ ✓ ✗ [x] [ ] [X] (x) ( ) ■ □), the chosen option in bold, in CAPITALS,
highlighted (==…==) or followed by "←" or "(retenu)", unchosen options struck out
(~~Public~~, -Public-), "oui/non" or "X" next to each option, drop-down exports
("Diffusion : Interne ▾"), table-form fields with a tick in one cell. Traps: fields left
empty or placeholders never filled ("[PUBLIC / INTERNE / CONFIDENTIEL]", "Audience: <choisir>",
"Sélectionner… ▾", empty tables, "______"), which mean the author set nothing (`none`);
several options ticked (the strictest wins); a tick on a line that is not the readership
("☑ Relu par le juridique", "[x] Spell-checked", "☑ Traduction disponible"); template legends
that list every level ("Niveaux : Public / Interne / Confidentiel") without choosing; a
tick in the margin between two options (fail closed). Ordinary heads (banners,
plain sentences, plain unmarked heads) are mixed in.

**Count.** 150 heads: 5 clients × 30 (per client 8 public, 8 internal, 6 confidential,
8 none); 100 French, 50 English.

| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |
|---|---|---|---|---|
{rows}

## Leadership

{leaders}

Staff (employees) are internal readers; named leaders and legal form the confidential
circle when a head says so explicitly.

## Notes on labels

- The level is what a careful human reads as **chosen**, not what is printed: a template
  legend or a placeholder listing Public / Interne / Confidentiel chooses nothing → `none`.
- All readership boxes empty, a drop-down left on "Sélectionner…" / "<select>", an empty
  table row or a blank "______" field → `none`, even if another line of the form is ticked
  ("☑ Relu par le juridique" is a review status, not an audience).
- A tick on a non-readership line never changes the level set by the readership line
  (e.g. "☑ Relu par le juridique" + "Diffusion : Public ▾" → `public`).
- Several readership options ticked → the strictest one (Public + Interne → `internal`;
  Interne + Confidentiel → `confidential`).
- Struck-out options (~~X~~ or -X-) are the rejected ones; the option left standing is chosen.
- "✓ Public ✗ Interne ✗ Confidentiel" with the legend "✓ = oui, ✗ = non" → `public`; a
  ☒ box means ticked.
- All boxes empty but a "✓" in the margin at the height of Public / Interne: the choice
  is unclear while a restriction may have been ticked → fail closed, `internal`.
- A box for a subgroup ("☑ Panel Dégustation uniquement", "■ Advisory Board only") →
  `internal`: fewer readers than all the ambassadors.
- Confidential only with an explicit confidentiality choice or banner (Confidentiel
  ticked, bold, capitals, highlighted, "(retenu)", "oui", left standing after strike-outs,
  or a CONFIDENTIEL banner).
"""


def main():
    cases = build()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    amb = []
    for c in CLIENTS:
        amb.extend(c["amb_forms"])
    names = {"ambassadors": amb,
             "clients": [x for c in CLIENTS for x in (c["co"], c["prog"])]}
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(names, f, ensure_ascii=False, indent=2)
        f.write("\n")
    rows = "\n".join(
        f"| {c['p']} | {c['co']} ({c['sector']}) | {c['prog']} | {', '.join(c['amb_forms'])} | {', '.join(c['subs'])} |"
        for c in CLIENTS)
    leaders = "\n".join(
        f"- **{c['co']}**: {c['boss']} (head of the company), {c['cm']} (community manager of "
        f"{c['prog']}), {c['legal']} (legal / finance); staff = {c['staff_en']}."
        for c in CLIENTS)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.replace("{rows}", rows).replace("{leaders}", leaders))
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
