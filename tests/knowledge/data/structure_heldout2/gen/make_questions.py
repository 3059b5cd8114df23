"""Write questions.jsonl. The gold fragments are taken verbatim from the text in content.py.

For each question the unit is named by its document, its heading path and a key:
  list        the list of the section, with the sentence that introduces it
  table_row   the row whose first cell is the key, with the header cells
  paragraph   the key-th paragraph of the section that does not introduce a list or table

Run: /work/main/.venv/bin/python gen/make_questions.py
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from content import DOCS, parse

OUT = Path(__file__).resolve().parent.parent / "questions.jsonl"

CH = "charte_semeurs.txt"
AT = "guide_ateliers_degustation.txt"
ST = "stand_foires_marches.txt"
NI = "niveaux_et_recompenses.md"
FQ = "faq_semeurs.md"
AC = "guide_accueil_semeurs.html"
DP = "notice_donnees_personnelles.html"
VI = "guide_visites_fermes.docx"
KI = "kit_communication.docx"
FR = "feuille_de_route_2027.pdf"
PA = "programme_parrainage.pdf"

# (document, heading path, unit, key, question, lang)
Q = [
    # charte_semeurs.txt — numbered headings
    (
        CH,
        "2. Adhésion au programme › 2.1 Conditions d’admission",
        "list",
        0,
        "Qu'est-ce qu'il faut remplir comme critères pour pouvoir devenir Semeur ?",
        "fr",
    ),
    (
        CH,
        "2. Adhésion au programme › 2.3 Période probatoire",
        "paragraph",
        0,
        "Combien de temps dure la période d'essai quand on débute, et après ça se passe comment ?",
        "fr",
    ),
    (
        CH,
        "3. Engagements du Semeur › 3.1 Activité minimale",
        "list",
        0,
        "c'est quoi le minimum à faire chaque semestre pour garder son statut ?",
        "fr",
    ),
    (
        CH,
        "3. Engagements du Semeur › 3.2 Règles de conduite",
        "list",
        0,
        "Qu'est-ce qu'on n'a pas le droit de faire quand on représente la coop ?",
        "fr",
    ),
    (
        CH,
        "4. Engagements de la coopérative › 4.1 Avantages accordés",
        "list",
        0,
        "What does a confirmed Semeur get from the co-op in return for volunteering?",
        "en",
    ),
    (
        CH,
        "5. Suspension et sortie du programme › 5.1 Suspension",
        "list",
        0,
        "Dans quels cas peut-on être suspandu du programme ?",
        "fr",
    ),
    (
        CH,
        "5. Suspension et sortie du programme › 5.3 Départ volontaire",
        "paragraph",
        0,
        "Si j'arrête d'être ambassadeur, je garde mes graines combien de temps ?",
        "fr",
    ),
    # guide_ateliers_degustation.txt — underlined headings
    (
        AT,
        "Avant l’atelier › Choisir un thème",
        "list",
        0,
        "Quels sujets de dégustation marchent le mieux auprès des clients ?",
        "fr",
    ),
    (
        AT,
        "Avant l’atelier › Commander les produits",
        "list",
        0,
        "budget max pour les produits d'un ateleir dégustation ?",
        "fr",
    ),
    (
        AT,
        "Pendant l’atelier › Déroulé type",
        "list",
        0,
        "Comment s'organise un atelier dégustation, étape par étape, avec les durées ?",
        "fr",
    ),
    (
        AT,
        "Pendant l’atelier › Hygiène et allergènes",
        "list",
        0,
        "What hygiene checks should I do before serving food at a tasting workshop?",
        "en",
    ),
    (
        AT,
        "Pendant l’atelier › Accueillir les enfants",
        "paragraph",
        0,
        "Des parents veulent venir avec leurs gamins à l'atelier, c'est possible ?",
        "fr",
    ),
    (
        AT,
        "Après l’atelier › Graines gagnées",
        "paragraph",
        0,
        "Y a-t-il un bonus de graines quand beaucoup de monde vient à mon atelier ?",
        "fr",
    ),
    (
        AT,
        "Après l’atelier › Annulation",
        "paragraph",
        0,
        "Je suis malade le jour de mon atelier dégustation, je fais quoi ?",
        "fr",
    ),
    # stand_foires_marches.txt — bare short headings
    (
        ST,
        "Composition de l’équipe",
        "list",
        0,
        "Qui tient le stand de la coop sur une foire ?",
        "fr",
    ),
    (
        ST,
        "Matériel fourni",
        "list",
        0,
        "Qu'est-ce que la coop apporte comme matos pour le stand au marché ?",
        "fr",
    ),
    (
        ST,
        "Horaires et relais",
        "paragraph",
        0,
        "Combien d'heures d'affilée je dois rester sur le stand ?",
        "fr",
    ),
    (
        ST,
        "Présenter la coopérative",
        "paragraph",
        0,
        "Comment expliquer aux passants ce que c'est qu'une part sociale ?",
        "fr",
    ),
    (
        ST,
        "Météo et annulation",
        "paragraph",
        0,
        "Is the market stall still set up when a storm warning is issued?",
        "en",
    ),
    (ST, "Graines et frais", "paragraph", 0, "repas remboursés sur les foires ?", "fr"),
    # niveaux_et_recompenses.md — Markdown, tables
    (
        NI,
        "Les mécaniques du programme › Les niveaux",
        "table_row",
        "Argent",
        "points niveau argent ?",
        "fr",
    ),
    (
        NI,
        "Les mécaniques du programme › Gagner des Graines",
        "table_row",
        "Publication validée sur les réseaux sociaux",
        "Ça rapporte combien de graines un post insta sur la coop ? Il y a une limite ?",
        "fr",
    ),
    (
        NI,
        "Les mécaniques du programme › Gagner des Graines",
        "table_row",
        "Participation à l’assemblée générale",
        "Est-ce qu'on gagne des graines en venant à l'AG ?",
        "fr",
    ),
    (
        NI,
        "Les mécaniques du programme › Gagner des Graines",
        "paragraph",
        0,
        "Au bout de combien de temps mes graines ne sont plus valables ?",
        "fr",
    ),
    (
        NI,
        "Les mécaniques du programme › Les niveaux",
        "paragraph",
        0,
        "Si mon total de graines chute, je peux dégringoler de deux niveaux d'un coup ?",
        "fr",
    ),
    (
        NI,
        "Les bénéfices › Catalogue de récompenses",
        "table_row",
        "Panier de producteurs de saison",
        "combien de graines pour le pannier de producteurs de saison ?",
        "fr",
    ),
    (
        NI,
        "Les bénéfices › Récompenses exceptionnelles",
        "list",
        0,
        "Which rewards can only Gold and Châtaignier members order?",
        "en",
    ),
    (
        NI,
        "Cas particuliers › Semeurs en pause",
        "paragraph",
        0,
        "Je pars vivre six mois à l'étranger, est-ce que je vais perdre mes graines ?",
        "fr",
    ),
    # faq_semeurs.md — FAQ headings ending in "?"
    (
        FQ,
        "Rejoindre le programme › Faut-il être sociétaire pour devenir Semeur ?",
        "paragraph",
        0,
        "Je viens tout juste d'adhérer à la coop, je peux candidater comme Semeur tout de suite ?",
        "fr",
    ),
    (
        FQ,
        "Graines et récompenses › Pourquoi mes Graines n’apparaissent-elles pas ?",
        "list",
        0,
        "Il me manque des graines sur mon compte, qu'est-ce que je dois vérifier ?",
        "fr",
    ),
    (
        FQ,
        "Graines et récompenses › Puis-je offrir mes Graines à un autre Semeur ?",
        "paragraph",
        0,
        "Je peux donner mes graines à une copine qui est aussi semeuse ?",
        "fr",
    ),
    (
        FQ,
        "Graines et récompenses › Que deviennent mes Graines si je change de magasin ?",
        "paragraph",
        0,
        "je déménage et je vais être rattaché à un autre magasin, je perds mon solde ?",
        "fr",
    ),
    (
        FQ,
        "Animations › Que faire si un participant fait un malaise ?",
        "list",
        0,
        "Quelqu'un se sent mal pendant une dégustation, quelle conduite tenir ?",
        "fr",
    ),
    (
        FQ,
        "Animations › Puis-je faire déguster mes propres préparations ?",
        "paragraph",
        0,
        "Can I bring my homemade jam for participants to taste?",
        "en",
    ),
    # guide_accueil_semeurs.html — onboarding guide
    (
        AC,
        "Votre première semaine › Activer votre espace Semeurs",
        "list",
        0,
        "Comment j'active mon compte Semeur quand je viens d'être accepté ?",
        "fr",
    ),
    (
        AC,
        "Votre première semaine › Rencontrer votre référent",
        "paragraph",
        0,
        "Le premier rendez-vous avec le référent du magasin, ça sert à quoi ?",
        "fr",
    ),
    (
        AC,
        "La demi-journée « Premiers pas » › Programme de la demi-journée",
        "table_row",
        "11 h 30",
        "À quelle heure passe-t-on sur l'hygiène et la sécurité pendant la formation d'accueil ?",
        "fr",
    ),
    (
        AC,
        "La demi-journée « Premiers pas » › Programme de la demi-journée",
        "paragraph",
        0,
        "Où et à quelle fréquence a lieu la formation des nouveaux ?",
        "fr",
    ),
    (
        AC,
        "La demi-journée « Premiers pas » › Ce qu’il faut apporter",
        "list",
        0,
        "Qu'est-ce que je dois emmener le jour de la formation d'acceuil ?",
        "fr",
    ),
    (
        AC,
        "Vos premiers mois › Contacts",
        "table_row",
        "Problème de connexion",
        "Who should I contact about a login problem, and how quickly will they reply?",
        "en",
    ),
    # notice_donnees_personnelles.html — data-protection notice
    (
        DP,
        "Durées de conservation",
        "table_row",
        "Comptes rendus d’animation",
        "Vous gardez mes comptes rendus d'ateliers pendant combien d'années ?",
        "fr",
    ),
    (
        DP,
        "Finalités et bases légales",
        "table_row",
        "Publication de votre portrait sur le site",
        "Sur quelle base légale ma photo est-elle affichée sur le site de la coop ?",
        "fr",
    ),
    (
        DP,
        "Durées de conservation",
        "table_row",
        "Justificatifs de frais",
        "Combien de temps sont conservés mes tickets et justificatifs de remboursement ?",
        "fr",
    ),
    (
        DP,
        "Destinataires",
        "paragraph",
        0,
        "Est-ce que mes infos perso sont revendues à des marques ?",
        "fr",
    ),
    (
        DP,
        "Vos droits › Exercer vos droits",
        "paragraph",
        0,
        "How long does the co-op take to answer a request about my personal data?",
        "en",
    ),
    (
        DP,
        "Vos droits › Droits dont vous disposez",
        "list",
        0,
        "quels droits j'ai sur mes donées en tant que semeur ?",
        "fr",
    ),
    # guide_visites_fermes.docx — Heading styles, list styles, table
    (
        VI,
        "Organiser une visite › Choisir la ferme",
        "list",
        0,
        "Quels producteurs peuvent recevoir un groupe de semeurs chez eux ?",
        "fr",
    ),
    (
        VI,
        "Organiser une visite › Calendrier",
        "paragraph",
        0,
        "À quelle période de l'année se font les sorties à la ferme ?",
        "fr",
    ),
    (
        VI,
        "Organiser une visite › Étapes de préparation",
        "list",
        0,
        "Dans quel ordre je prépare une visite d'exploitation ?",
        "fr",
    ),
    (
        VI,
        "Le jour de la visite › Sécurité",
        "list",
        0,
        "consignes de sécurité à rappeler aux visiteurs sur la ferme ?",
        "fr",
    ),
    (
        VI,
        "Après la visite › Barème des Graines et des frais",
        "table_row",
        "Conducteur de covoiturage",
        "Je conduis pour le covoiturage de la visite, j'ai droit à combien par kilomètre ?",
        "fr",
    ),
    (
        VI,
        "Après la visite › Remercier le producteur",
        "paragraph",
        0,
        "How do we thank the farmer after a farm visit?",
        "en",
    ),
    # kit_communication.docx — Heading styles, bullets, table
    (KI, "Principes › Mots à éviter", "list", 0, "Quels termes sont bannis dans nos posts ?", "fr"),
    (
        KI,
        "Principes › Ton et vocabulaire",
        "paragraph",
        0,
        "On dit tu ou vous aux abonnés sur les réseaux ?",
        "fr",
    ),
    (
        KI,
        "Réseaux sociaux › Mentions obligatoires",
        "paragraph",
        0,
        "Qu'est-ce que je dois absolument mettre dans une publication pour qu'elle compte ?",
        "fr",
    ),
    (
        KI,
        "Réseaux sociaux › Calendrier éditorial",
        "table_row",
        "Novembre",
        "Quel hashtag utiliser en novembre ?",
        "fr",
    ),
    (
        KI,
        "Réseaux sociaux › Calendrier éditorial",
        "table_row",
        "Juin",
        "C'est quoi le thème des publications au mois de juin ?",
        "fr",
    ),
    # feuille_de_route_2027.pdf — multi-page, outline, tables
    (
        FR,
        "Bilan de l’année 2026 › Chiffres clés",
        "table_row",
        "Ateliers de dégustation",
        "Combien d'ateliers de dégustation ont été animés en 2026 par rapport à 2025 ?",
        "fr",
    ),
    (
        FR,
        "Les chantiers de l’année › Calendrier des chantiers",
        "table_row",
        "T3 2027",
        "C'est prévu quand, la formation allergènes pour tout le monde ?",
        "fr",
    ),
    (
        FR,
        "Objectifs 2027 › Objectifs chiffrés",
        "table_row",
        "Élargir le réseau",
        "On vise combien de semeurs actifs l'an prochain ?",
        "fr",
    ),
    (
        FR,
        "Objectifs 2027 › Priorités qualitatives",
        "list",
        0,
        "Apart from the numbers, what are the programme's priorities for 2027?",
        "en",
    ),
    (
        FR,
        "Les chantiers de l’année › Nouvelle application Semeurs",
        "paragraph",
        0,
        "Quand est-ce que l'appli mobile arrive et qu'est-ce qu'elle va permettre ?",
        "fr",
    ),
    (
        FR,
        "Budget › Répartition du budget",
        "table_row",
        "Récompenses du catalogue",
        "Combien on met dans les récompences du catalogue en 2027 ?",
        "fr",
    ),
    (
        FR,
        "Budget › Financement",
        "paragraph",
        0,
        "D'où vient l'argent qui finance le programme ?",
        "fr",
    ),
    (
        FR,
        "Gouvernance du programme › Comité de pilotage",
        "list",
        0,
        "qui siège au copil du programme ?",
        "fr",
    ),
    # programme_parrainage.pdf — one page, no outline
    (
        PA,
        "Qui peut être parrainé ?",
        "list",
        0,
        "Mon colocataire peut-il devenir mon filleul ? Quelles sont les conditions ?",
        "fr",
    ),
    (
        PA,
        "Démarche › Après l’adhésion",
        "list",
        0,
        "Une fois que mon filleul a adhéré, qu'est-ce que je dois faire pour lui ?",
        "fr",
    ),
    (
        PA,
        "Récompenses du parrainage",
        "table_row",
        "Filleul",
        "Qu'est-ce que la personne parrainée reçoit ?",
        "fr",
    ),
    (
        PA,
        "Récompenses du parrainage",
        "table_row",
        "Parrain",
        "Combien de graines je touche quand mon filleul fait ses premières courses ?",
        "fr",
    ),
    (
        PA,
        "Récompenses du parrainage",
        "paragraph",
        0,
        "Is there a cap on how many referrals earn points in a year?",
        "en",
    ),
]


def sentences(text):
    return re.split(r"(?<=[.!?»])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ«])", text)


def section_blocks(name, path):
    """Blocks between the last heading of the path and the next heading; checks the path."""
    want = [c.strip() for c in path.split("›")]
    stack, found, out = [], False, []
    for kind, val in parse(DOCS[name]["body"]):
        if kind in ("h1", "h2"):
            if found:
                break
            stack = [val] if kind == "h1" else [*stack[:1], val]
            found = stack == want
        elif found:
            out.append((kind, val))
    if not found:
        raise SystemExit(f"{name}: no section {path}")
    return out


def gold_for(name, path, unit, key):
    blocks = section_blocks(name, path)
    if unit == "list":
        for k, (kind, val) in enumerate(blocks):
            if kind in ("ul", "ol"):
                intro = blocks[k - 1]
                assert intro[0] == "p" and intro[1].endswith(":"), (name, path)
                return [intro[1], *val]
    elif unit == "table_row":
        for kind, val in blocks:
            if kind == "table":
                rows = [r for r in val[1:] if r[0] == key]
                assert len(rows) == 1, (name, path, key)
                return [*val[0], *rows[0]]
    else:
        paras = [v for kind, v in blocks if kind == "p" and not v.endswith(":")]
        return sentences(paras[key])
    raise SystemExit(f"{name} {path}: no {unit}")


def main():
    lines = []
    for n, (name, path, unit, key, question, lang) in enumerate(Q, 1):
        rec = {
            "id": f"g{n:02d}",
            "question": question,
            "gold_doc": name,
            "gold_section": path,
            "unit": unit,
            "gold": gold_for(name, path, unit, key),
            "lang": lang,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} questions to {OUT.name}")


if __name__ == "__main__":
    main()
