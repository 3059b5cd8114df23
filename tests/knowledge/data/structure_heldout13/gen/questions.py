"""Questions of the structure_heldout13 set. List and table-row gold units are read from content.py
so that they stay verbatim and complete; paragraph fragments are written by hand."""

from content import DOCS

_BY_NAME = {d["name"]: d for d in DOCS}


def _blocks(doc, section):
    stack, out = [], []
    for b in _BY_NAME[doc]["blocks"]:
        if b[0] == "h":
            stack = [*stack[:b[1] - 1], b[2]]
        elif " › ".join(stack) == section:
            out.append(b)
    if not out:
        raise KeyError(f"{doc}: no section {section!r}")
    return out


def P(question, doc, section, frags, lang="fr"):
    return {
        "question": question,
        "gold_doc": doc,
        "gold_section": section,
        "unit": "paragraph",
        "gold": list(frags),
        "lang": lang,
    }


def L(question, doc, section, lang="fr"):
    blocks = _blocks(doc, section)
    gold = []
    for i, b in enumerate(blocks):
        if b[0] in ("ul", "ol"):
            if i and blocks[i - 1][0] == "p":
                intro = blocks[i - 1][1]
                # the sentence that introduces the list = the last sentence of the paragraph
                last = intro.rsplit(". ", 1)[-1]
                gold.append(last)
            gold += b[1]
            break
    return {
        "question": question,
        "gold_doc": doc,
        "gold_section": section,
        "unit": "list",
        "gold": gold,
        "lang": lang,
    }


def T(question, doc, section, row_key, lang="fr"):
    table = next(b for b in _blocks(doc, section) if b[0] == "table")
    row = next(r for r in table[2] if r[0] == row_key)
    return {
        "question": question,
        "gold_doc": doc,
        "gold_section": section,
        "unit": "table_row",
        "gold": list(table[1]) + list(row),
        "lang": lang,
    }


G = "guide_ambassadeur.md"
R = "regles_des_grains.txt"
F = "faq_passeurs.html"
C = "charte_du_passeur.docx"
K = "calendrier_sollicitations_2027.pdf"
A = "plan_animation_2027.docx"
W = "compte_rendu_ateliers.txt"
OB = "objectifs_indicateurs_2027.md"
B = "boutique_recompenses.pdf"
WP = "welcome_pack_en.md"
OV = "programme_overview_en.html"
TG = "testimonial_guide_en.txt"

LV = "Les quatre niveaux"

QUESTIONS = [
    # ---- guide_ambassadeur.md (levels with repeated "Conditions" / "Avantages")
    L("c'est quoi les avantages quand on est au niveau epi ?", G, f"{LV} › Niveau Épi › Avantages"),
    L(
        "Je viens d'etre accepté dans le programme, j'ai droit a quoi au tout debut ?",
        G,
        f"{LV} › Niveau Graine › Avantages",
    ),
    L("germe : ca débloque quoi en plus exactement", G, f"{LV} › Niveau Germe › Avantages"),
    L(
        "Quand on arrive tout en haut (dernier palier) on gagne quoi de plus ??",
        G,
        f"{LV} › Niveau Grenier › Avantages",
    ),
    P(
        "faut combien de pionts pour passer epi",
        G,
        f"{LV} › Niveau Épi › Conditions",
        ["De 400 à 899 grains", "dont au moins un témoignage (écrit ou vidéo)"],
    ),
    P(
        "pour rester au 2e niveau faut avoir contribué recemment ou pas ?",
        G,
        f"{LV} › Niveau Germe › Conditions",
        [
            "De 150 à 399 grains sur douze mois glissants",
            "au moins une contribution dans les trois derniers mois",
        ],
    ),
    P(
        "le niveau max ça s'obtient automatiquement dès qu'on a assez de points ?",
        G,
        f"{LV} › Niveau Grenier › Conditions",
        ["900 grains et plus sur douze mois", "sur invitation du comité après un échange téléphonique"],
    ),
    T(
        "une video temoignage ca rapporte combien ? et c'est limité ?",
        G,
        "Les contributions",
        "Témoignage vidéo",
    ),
    T(
        "si je branche un pote maraicher qui finit par adhérer, je gagne quoi",
        G,
        "Les contributions",
        "Mise en relation avec un futur adhérent",
    ),
    T("y a une limite aux repost insta/fb ? 📱", G, "Les contributions", "Partage sur les réseaux sociaux"),
    P(
        "Can I leave the ambassador programme whenever I want?",
        G,
        "Quitter le programme",
        [
            "Vous pouvez quitter les Passeurs à tout moment, sans justification",
            "Votre adhésion à la coopérative n'est pas touchée",
        ],
        lang="en",
    ),
    P(
        "je suis sous l'eau ce printemps, je peux faire un break sans tout perdre ?",
        G,
        "Faire une pause",
        [
            "mettre votre participation en pause jusqu'à quatre mois par an",
            "vous ne recevez aucune sollicitation et votre niveau est gelé",
        ],
    ),
    L("comment vous choisissez les ambassadeurs ? on peut candidater ?", G, "Qui peut devenir passeur ?"),
    P(
        "qui valide mes contribs et ça prend combien de temps",
        G,
        "Les contributions",
        [
            "déclarées sur La Grange ou auprès du bot des Passeurs",
            "validées par Maëlle, la responsable du programme, sous sept jours",
        ],
    ),
    P(
        "When do I move up to the next tier, is it instant?",
        G,
        LV,
        [
            "Le total de grains cumulés sur les douze derniers mois",
            "se fait automatiquement le premier lundi du mois",
        ],
        lang="en",
    ),
    # ---- regles_des_grains.txt (numbered headings; "Délai" twice)
    P(
        "j'ai oublié de declarer un avis google y a 2 mois, c'est mort ?",
        R,
        "1. Gagner des grains › 1.1 Délai",
        ["Au-delà de 30 jours, la déclaration reste possible", "ne rapporte que la moitié des grains"],
    ),
    P(
        "jusqu'a quand je peux contester un calcul de points qui me semble faux",
        R,
        "3. Contester un décompte › 3.1 Délai",
        [
            "deux mois après la validation pour signaler une erreur de décompte",
            "Passé ce délai, le décompte est définitif",
        ],
    ),
    L("y a un bonus si je reponds vite a une demande ?", R, "1. Gagner des grains › 1.2 Bonus"),
    L(
        "mes achats de graines comptent pour les points ??",
        R,
        "1. Gagner des grains › 1.3 Ce qui ne rapporte rien",
    ),
    P(
        "les grains ont une date de peremption ?",
        R,
        "2. Garder ses grains › 2.1 Durée de validité",
        [
            "comptés sur douze mois glissants pour le niveau",
            "mais le solde à dépenser dans la boutique des Passeurs",
            "expire au bout de 24 mois",
        ],
    ),
    P(
        "si je redescend sous le seuil je perds mon statut direct ?",
        R,
        "2. Garder ses grains › 2.3 Descente de niveau",
        [
            "vous gardez ce niveau jusqu'à la fin du trimestre en cours",
            "Un message vous prévient un mois avant.",
        ],
    ),
    L("marche a suivre pour reclamer des grains qui manquent", R, "3. Contester un décompte › 3.2 Démarche"),
    P(
        "Do my points keep ageing while I'm on a break?",
        R,
        "2. Garder ses grains › 2.2 Pause et absence",
        ["le compteur de douze mois est suspendu", "les grains gagnés avant la pause ne vieillissent pas"],
        lang="en",
    ),
    # ---- faq_passeurs.html
    P(
        "ca prend combien de temps d'etre passeur en vrai",
        F,
        "Le programme › Combien de temps ça prend ?",
        [
            "Comptez deux à quatre heures par saison",
            "Personne ne vous demandera plus de deux sollicitations par mois",
        ],
    ),
    P(
        "on est rémunéré ? on peut transformer les grains en €",
        F,
        "Le programme › Est-ce que je suis payé ?",
        ["Aucune contribution n'est rémunérée en argent", "les grains ne sont pas convertibles en euros"],
    ),
    P(
        "je peux dire non a une demande sans etre penalisé ?",
        F,
        "Les sollicitations › Puis-je refuser ?",
        ["Oui, toujours, et sans avoir à vous justifier", "Un refus ne fait perdre aucun grain"],
    ),
    L("vous prevenez combien de temps a l'avance pour une video ?", F, "Les sollicitations › Quel préavis ?"),
    P(
        "comment je recois les demandes si j'ai pas discord",
        F,
        "Les sollicitations › Comment suis-je sollicité ?",
        [
            "Le bot des Passeurs vous écrit sur Discord",
            "Maëlle vous envoie un courriel si vous n'êtes pas sur Discord",
        ],
    ),
    P(
        "les autres passeurs voient mon nom dans le classement ?",
        F,
        "Vos données › Qui voit mes contributions ?",
        [
            "par les autres passeurs sous votre prénom seulement",
            "Vous pouvez masquer votre prénom dans les réglages de La Grange",
        ],
    ),
    P(
        "le bot c'est une IA ? je peux avoir un humain ?",
        F,
        "Vos données › Le bot utilise-t-il une IA ?",
        ["s'appuie sur un assistant d'intelligence artificielle", "passe la main à une personne de l'équipe"],
    ),
    T(
        "vous gardez mes conv avec le bot combien de tps",
        F,
        "Vos données › Combien de temps sont conservées mes données ?",
        "Conversations avec le bot",
    ),
    T(
        "How long do you keep my contribution history once I've left?",
        F,
        "Vos données › Combien de temps sont conservées mes données ?",
        "Historique des contributions",
        lang="en",
    ),
    # ---- charte_du_passeur.docx (Heading styles)
    L(
        "qu'est-ce que la coop promet de son coté ?",
        C,
        "Nos engagements réciproques › Engagements de la coopérative",
    ),
    L(
        "mes obligations en tant qu'ambassadeur c'est quoi",
        C,
        "Nos engagements réciproques › Engagements du passeur",
    ),
    P(
        "si je retire mon autorisation pour la vidéo elle disparait quand",
        C,
        "Témoignages › Droit à l'image",
        ["autorisation de diffusion valable trois ans", "la vidéo est alors dépubliée sous quinze jours"],
    ),
    P(
        "et si je reponds pas quand vous me renvoyez mon temoignage a relire ?",
        C,
        "Témoignages › Relecture",
        [
            "renvoyé pour relecture avant publication",
            "Sans réponse de votre part sous dix jours, il n'est pas publié.",
        ],
    ),
    P(
        "la coop peut m'exclure du programme ?",
        C,
        "Sortie du programme › À l'initiative de la coopérative",
        [
            "peut mettre fin à la participation d'un passeur",
            "Le passeur garde son adhésion et ses droits de sociétaire.",
        ],
    ),
    P(
        "si je quitte, mes temoignages restent en ligne ?",
        C,
        "Sortie du programme › À votre initiative",
        ["Vos témoignages déjà publiés restent en ligne", "nous les retirons alors sous un mois"],
    ),
    P(
        "I haven't done anything for about a year, will I get kicked out?",
        C,
        "Sortie du programme › Inactivité",
        [
            "Sans aucune contribution pendant douze mois et sans pause déclarée",
            "il quitte le programme au bout de deux mois",
        ],
        lang="en",
    ),
    T(
        "l'equipe met combien de temps a repondre a une question",
        C,
        "Récapitulatif des délais",
        "Réponse de l'équipe à une question",
    ),
    # ---- calendrier_sollicitations_2027.pdf (repeated "Temps forts" / "Ce qu'on attend de vous")
    L("vous avez besoin de quoi au T1 ?", K, "Premier trimestre › Ce qu'on attend de vous"),
    L(
        "qu'est-ce que vous attendez de nous cet ete (juillet aout sept)",
        K,
        "Troisième trimestre › Ce qu'on attend de vous",
    ),
    L(
        "au printemps vous cherchez quoi comme coups de main",
        K,
        "Deuxième trimestre › Ce qu'on attend de vous",
    ),
    P(
        "c'est quand la fete des semences cette annee",
        K,
        "Deuxième trimestre › Temps forts",
        ["La Fête des semences de Lassay a lieu le dimanche 6 juin", "Avril et mai sont les mois des semis"],
    ),
    P(
        "dates du salon a laval ?",
        K,
        "Premier trimestre › Temps forts",
        [
            "le salon Terre & Graines à Laval, du 20 au 22 mars",
            "la sortie du catalogue de printemps le 15 février",
        ],
    ),
    P(
        "l'AG c'est quand et ou",
        K,
        "Quatrième trimestre › Temps forts",
        [
            "l'assemblée générale se tient le samedi 27 novembre à Mayenne",
            "Le catalogue d'automne ouvre le 1er octobre",
        ],
    ),
    L("d'ici décembre vous avez besoin de quoi", K, "Quatrième trimestre › Ce qu'on attend de vous"),
    T("tenir le stand du salon : niveau mini et combien ca rapporte", K, "Tableau récapitulatif", "Mars"),
    T("l'essai haricots de juillet c'est ouvert a qui", K, "Tableau récapitulatif", "Juillet"),
    P(
        "la visite des parcelles de selection c'est quel jour",
        K,
        "Troisième trimestre › Temps forts",
        [
            "la visite des parcelles de sélection, le 9 septembre",
            "réunit les passeurs de niveau Germe et au-dessus",
        ],
    ),
    # ---- plan_animation_2027.docx (staff only, bold Normal headings)
    L(
        "regle interne : max de sollicitations par ambassadeur ?",
        A,
        "Règles de rotation › Charge par passeur",
    ),
    P(
        "dans l'equipe qui s'occupe des anglophones",
        A,
        "Répartition des rôles",
        [
            "Sabine Roux répond aux passeurs anglophones et gère la Gazette",
            "Maëlle Guérin pilote le programme et valide les contributions",
        ],
    ),
    T("cible NPS des passeurs pour 2027", A, "Indicateurs suivis", "NPS des passeurs"),
    T(
        "temps de reponse moyen visé quand on sollicite un passeur",
        A,
        "Indicateurs suivis",
        "Délai moyen de réponse à une sollicitation",
    ),
    P(
        "un passeur repond plus a rien, on fait quoi ?",
        A,
        "Départs › Passeur qui s'éloigne",
        [
            "Après trois sollicitations refusées ou sans réponse, on ne relance plus",
            "Maëlle appelle le passeur pour prendre des nouvelles",
        ],
    ),
    L("etapes pour valider une contrib", A, "Procédure d'approbation d'une contribution"),
    # ---- compte_rendu_ateliers.txt (no marking; underlined headings; "Participants" three times)
    P(
        "raison d'etre retenue en atelier",
        W,
        "Atelier NOUS › Raison d'être retenue",
        [
            "Que chaque jardin du bocage puisse ressemer ses propres graines",
            "adaptées à son sol et à son climat",
        ],
    ),
    P(
        "y avait combien de monde a l'atelier JE",
        W,
        "Atelier JE › Participants",
        ["Vingt-trois passeurs, en deux séances", "une en visio pour les passeurs éloignés"],
    ),
    P(
        "qui était present au premier atelier (NOUS) ?",
        W,
        "Atelier NOUS › Participants",
        [
            "Douze personnes : quatre salariés, cinq administrateurs",
            "trois passeurs invités comme observateurs",
        ],
    ),
    L("qu'est-ce que les ambassadeurs ont dit attendre du programme", W, "Atelier JE › Besoins exprimés"),
    L("les groupes de passeurs créés a la fin", W, "Atelier ACTION › Groupes de passeurs"),
    P(
        "sur quoi les passeurs etaient pas d'accord entre eux",
        W,
        "Atelier JE › Points de divergence",
        [
            "Les maraîchers professionnels veulent des remises sur l'adhésion",
            "la moitié le trouve motivant, l'autre moitié le juge déplacé",
        ],
    ),
    L("les objectifs fixés lors de l'atelier nous", W, "Atelier NOUS › Objectifs"),
    # ---- objectifs_indicateurs_2027.md (repeated "Ce que nous mesurons" / "Résultats 2026")
    T("objectif 2027 pour les ecoles / grainotheques ?", OB, "Objectifs 2027", "Grainothèques"),
    T(
        "combien de nouveaux adherents grace au bouche a oreille on vise en 2027",
        OB,
        "Objectifs 2027",
        "Recommandation",
    ),
    P(
        "taux de conversion des mises en relation l'an dernier",
        OB,
        "Indicateurs d'impact › Résultats 2026",
        ["Sur 180 mises en relation, 94 ont abouti à une adhésion", "soit un taux de conversion de 52 %"],
    ),
    P(
        "combien de passeurs etaient actifs en 2026",
        OB,
        "Indicateurs d'engagement › Résultats 2026",
        ["212 passeurs sur 260 ont été actifs", "le taux de participation aux sollicitations a atteint 61 %"],
    ),
    L(
        "on mesure quoi pour l'engagement des passeurs ?",
        OB,
        "Indicateurs d'engagement › Ce que nous mesurons",
    ),
    L("les mesures d'impact suivies c'est lesquelles", OB, "Indicateurs d'impact › Ce que nous mesurons"),
    T("objectif co-creation / essais varietaux 2027 vs 2026", OB, "Objectifs 2027", "Co-création"),
    # ---- boutique_recompenses.pdf (repeated "Ce qui est proposé" / "Conditions")
    P(
        "si je dépense mes grains a la boutique je redescends de niveau ?",
        B,
        "Comment ça marche",
        [
            "Dépenser des grains ne fait pas baisser votre niveau",
            "le niveau se calcule sur les grains gagnés, pas sur le solde",
        ],
    ),
    T(
        "le tote bag il coute combien de grains",
        B,
        "Récompenses ouvertes à tous › Ce qui est proposé",
        "Tote bag en chanvre",
    ),
    T(
        "formation selection massale ça coute combien en points",
        B,
        "Récompenses réservées au niveau Épi › Ce qui est proposé",
        "Journée de formation à la sélection massale",
    ),
    P(
        "conditions des recompenses du niveau grenier",
        B,
        "Récompenses réservées au niveau Grenier › Conditions",
        ["Le parrainage d'une variété dure cinq ans", "une seule participation tous les deux ans"],
    ),
    P(
        "je peux commander combien de recompenses par mois",
        B,
        "Récompenses ouvertes à tous › Conditions",
        ["Une récompense par mois et par passeur", "Les envois se font le premier mardi du mois"],
    ),
    P(
        "pour la formation epi, le deplacement est remboursé ?",
        B,
        "Récompenses réservées au niveau Épi › Conditions",
        [
            "La journée de formation se déroule à la ferme de la Hunaudière",
            "le déplacement reste à votre charge",
        ],
    ),
    T(
        "weekend des selectionneurs prix en grains ?",
        B,
        "Récompenses réservées au niveau Grenier › Ce qui est proposé",
        "Week-end des sélectionneurs, hébergement compris",
    ),
    P(
        "je peux donner mes points a une ecole ?",
        B,
        "Dons",
        [
            "Vous pouvez aussi donner vos grains",
            "chaque tranche de 100 grains finance un kit de grainothèque",
        ],
    ),
    # ---- welcome_pack_en.md
    L("What am I supposed to do during my first week?", WP, "Your first month › Week 1", lang="en"),
    L("what extra perks do english speakers get", WP, "Language › Benefits for English speakers", lang="en"),
    P(
        "envoi des recompenses a Jersey, c'est payant ?",
        WP,
        "Shipping",
        [
            "Rewards are shipped free within mainland France only",
            "a flat postage fee of 8 grains is deducted per parcel",
        ],
    ),
    P(
        "is the charter available in english??",
        WP,
        "Language › Limits",
        [
            "The catalogue, the charter and the legal documents exist in French only",
            "ask Sabine rather than relying on an automatic translation",
        ],
        lang="en",
    ),
    # ---- programme_overview_en.html (repeated "Benefits" / "Good to know")
    L("What do I get at Ear level?", OV, "Ear level › Benefits", lang="en"),
    L("granary tier perks pls", OV, "Granary level › Benefits", lang="en"),
    T(
        "levels overview - what's the main perk when you're a Seed",
        OV,
        "Levels at a glance",
        "Seed",
        lang="en",
    ),
    P(
        "when's the plot visit and who can come",
        OV,
        "Events › Selection plot visit",
        ["The selection plot visit takes place on 9 September", "open to Sprout members and above"],
        lang="en",
    ),
    # ---- testimonial_guide_en.txt (bare headings; "Length" / "What to include" twice)
    P(
        "how long should my video be",
        TG,
        "VIDEO TESTIMONIALS › Length",
        ["Ninety seconds at most for the whole video", "Film horizontally, outdoors if you can"],
        lang="en",
    ),
    P(
        "word count for a written testimonial?",
        TG,
        "WRITTEN TESTIMONIALS › Length",
        ["Between 80 and 200 words", "Longer texts are cut in the Gazette"],
        lang="en",
    ),
    L("what shouldn't I put in my testimonial", TG, "WRITTEN TESTIMONIALS › What to avoid", lang="en"),
    L("pour une video il faut fournir quoi comme elements ?", TG, "VIDEO TESTIMONIALS › What to include"),
]

UNANSWERABLE = [
    ("fr", "combien de grains pour un témoignage audio, genre podcast ?"),
    ("fr", "c'est combien l'adhésion annuelle à la coop en euros ?"),
    ("fr", "le salon Terre & Graines 2028 c'est quand ?"),
    ("fr", "c'est qui le président de la coopérative ?"),
    ("fr", "le carnet de semis il coûte combien en euros si on a pas assez de grains ?"),
    ("fr", "combien de places pour la visite des parcelles de sélection ?"),
    ("fr", "combien de passeurs sont au niveau Grenier aujourd'hui ?"),
    ("fr", "c'est quoi le numéro de tel de Maëlle ?"),
    ("en", "What time does the Seed Festival start on 6 June?"),
    ("en", "What's the invite link for the Discord server?"),
    ("fr", "adresse exacte de la ferme de la Hunaudière ?"),
    ("fr", "la gazette sort quel jour du mois ?"),
    ("fr", "quel NPS les passeurs ont donné en 2026 ?"),
    ("fr", "il y a combien de variétés dans le catalogue d'automne ?"),
    ("en", "Is there a Passeurs group in Scotland?"),
    ("fr", "on est assurés quand on tient le stand au salon ?"),
    ("fr", "combien de grains rapporte la présence à l'assemblée générale ?"),
    ("fr", "les dates des formations sélection massale au printemps ?"),
    ("fr", "quel budget est prévu pour le programme en 2027 ?"),
    ("en", "Who covers for Sabine when she's on holiday?"),
]
