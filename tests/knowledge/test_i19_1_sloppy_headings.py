"""Issue 19 item 1: headings as sloppy documents write them, on files generated here.

A Markdown bold line alone (and an italic one under it), an HTML `<p class="title">`,
capitals over FAQ questions and an underlined numbered heading over "3.1" in plain text,
a DOCX whose title is a long bold first line and whose bold italic lines stand under bold
ones; a list not glued to the sentence after it; a table row continued on the next line.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.document import LIST, PARAGRAPH, LoadedDocument
from knowledge.loaders import load
from knowledge.passages import with_continuations
from knowledge.units import row_line


def _headings(doc: LoadedDocument) -> list[str]:
    return [s.heading for s in doc.sections]


def test_i19_1_markdown_bold_lines_are_headings_and_italic_lines_under_them() -> None:
    text = (
        "# Charte des ambassadeurs\n\n"
        "*Mise à jour le 6 janvier 2026*\n\n"
        "**Nos engagements envers vous**\n\n"
        "Nous nous engageons à :\n- vous prévenir dix jours avant ;\n- relire vos textes.\n\n"
        "**L'assistant sur Discord**\n\n"
        "L'assistant ne décide rien.\n\n"
        "*Données traitées*\n\n"
        "Il conserve votre pseudo.\n\n"
        "**Attention : les points expirent.**\n\n"
        "## Annexe\n\nLes délais.\n"
    )
    doc = load("charte.md", text.encode())
    assert _headings(doc) == [
        "Charte des ambassadeurs",
        "Charte des ambassadeurs › Nos engagements envers vous",
        "Charte des ambassadeurs › L'assistant sur Discord",
        "Charte des ambassadeurs › L'assistant sur Discord › Données traitées",
        "Charte des ambassadeurs › Annexe",
    ]
    first = doc.sections[0].blocks
    # An italic date under the title is a byline, not a section.
    assert first[0].kind == PARAGRAPH and first[0].text == "Mise à jour le 6 janvier 2026"
    # A bold sentence ending with a full stop stays text.
    data = doc.sections[3].blocks
    assert [b.text for b in data] == [
        "Il conserve votre pseudo.",
        "Attention : les points expirent.",
    ]


def test_i19_1_html_paragraphs_named_title_and_sub_are_headings() -> None:
    page = (
        "<html><body><h1>La Cordée</h1><h2>Ce que vous y gagnez</h2><p>Des soirées.</p>"
        '<div class="section"><p class="title">Ils en parlent</p>'
        '<div class="bloc"><p class="sub">Yanis, ambassadeur à Clermont</p>'
        "<p>On me demande mon avis sur les blocs.</p></div></div>"
        '<div class="section"><p class="title">Comment nous rejoindre</p>'
        "<p>On ne candidate pas : les équipes invitent.</p></div>"
        '<div role="heading" aria-level="2">Contact</div><p>Écrivez-nous.</p>'
        "</body></html>"
    )
    doc = load("page.html", page.encode())
    assert _headings(doc) == [
        "La Cordée › Ce que vous y gagnez",
        "La Cordée › Ils en parlent › Yanis, ambassadeur à Clermont",
        "La Cordée › Comment nous rejoindre",
        "La Cordée › Contact",
    ]


def test_i19_1_plain_text_capitals_over_faq_questions() -> None:
    text = (
        "FAQ DES AMBASSADEURS\n"
        "Mise à jour : octobre 2026.\n\n"
        "GÉNÉRAL\n\n"
        "Est-ce que je dois payer quelque chose ?\n"
        "Non, le programme est gratuit.\n\n"
        "LES MILLES\n\n"
        "Comment je vois mes milles ?\n"
        "Tapez /milles dans le salon Discord.\n\n"
        "Les milles expirent-ils ?\n"
        "Ils sont remis à zéro le 1er novembre.\n"
    )
    doc = load("faq.txt", text.encode())
    headings = _headings(doc)
    assert headings[1:] == [
        "GÉNÉRAL › Est-ce que je dois payer quelque chose ?",
        "LES MILLES › Comment je vois mes milles ?",
        "LES MILLES › Les milles expirent-ils ?",
    ]


def test_i19_1_plain_text_numbered_subheading_under_an_underlined_numbered_one() -> None:
    text = (
        "Compte rendu de l'atelier\n"
        "=========================\n\n"
        "2. Objectifs retenus\n"
        "--------------------\n\n"
        "Le groupe a retenu deux objectifs.\n\n"
        "3. Indicateurs de suivi\n"
        "-----------------------\n\n"
        "3.1 Indicateurs gardés\n\n"
        "Un indicateur simple a été choisi pour chaque objectif.\n\n"
        "3.2 Indicateurs écartés\n\n"
        "Le chiffre d'affaires a été mis de côté.\n"
    )
    doc = load("cr.txt", text.encode())
    assert [h.split(" › ", 1)[1] for h in _headings(doc)] == [
        "2. Objectifs retenus",
        "3. Indicateurs de suivi › 3.1 Indicateurs gardés",
        "3. Indicateurs de suivi › 3.2 Indicateurs écartés",
    ]


def test_i19_1_a_sentence_flush_after_a_list_is_not_its_last_item() -> None:
    text = (
        "GUIDE\n\n"
        "2.1 Your role\n"
        "On the day, volunteers are expected to:\n"
        "- welcome visitors at the entrance\n"
        "- help the judges collect the score cards\n"
        "You are never asked to belay, spot or coach.\n\n"
        "2.2 Wrapped items\n"
        "Bring:\n"
        "- a water bottle, comfortable clothes you can move in and a pair of\n"
        "  climbing shoes if you plan to test problems\n"
    )
    for name, data in (("guide.txt", text), ("guide.md", text.replace("2.", "## 2."))):
        doc = load(name, data.encode())
        role = next(s for s in doc.sections if s.heading.endswith("Your role"))
        kinds = [b.kind for b in role.blocks]
        assert kinds == [LIST, PARAGRAPH], (name, role.blocks)
        assert role.blocks[0].items[-1] == "help the judges collect the score cards"
        wrapped = next(s for s in doc.sections if s.heading.endswith("Wrapped items"))
        assert wrapped.blocks[0].items[0].endswith("if you plan to test problems")


def _kit(path: Path) -> Path:
    import docx

    document = docx.Document()
    for text, bold, italic in (
        ("Kit de bienvenue des nouveaux ambassadeurs, à lire avant votre première soirée", 1, 0),
        ("Document destiné aux ambassadeurs.", 0, 0),
        ("Les salons Discord", 1, 0),
        ("Le serveur compte une dizaine de salons.", 0, 0),
        ("Un conseil", 1, 1),
        ("Coupez les notifications des salons de discussion.", 0, 0),
        ("Votre premier mois", 1, 0),
        ("Le premier mois est une découverte.", 0, 0),
    ):
        run = document.add_paragraph().add_run(text)
        run.bold, run.italic = bool(bold), bool(italic) or None
    document.save(str(path))
    return path


def test_i19_1_docx_long_bold_first_line_is_the_title_and_bold_italic_a_subheading(
    tmp_path: Path,
) -> None:
    doc = load("kit.docx", _kit(tmp_path / "kit.docx").read_bytes())
    title = "Kit de bienvenue des nouveaux ambassadeurs, à lire avant votre première soirée"
    assert doc.title == title
    assert [h.removeprefix(title + " › ") for h in _headings(doc)] == [
        title,
        "Les salons Discord",
        "Les salons Discord › Un conseil",
        "Votre premier mois",
    ]


def test_i19_3_a_row_continued_on_the_next_line_is_quoted_whole() -> None:
    header = ("Période", "Contributions", "Bonus")
    rows = [
        row_line(header, r)
        for r in (
            ("Janvier", "Témoignages écrits", "+50 %"),
            ("", "Témoignages vidéo", "+50 %"),
            ("Novembre", "Aide à un débutant", "double"),
            ("Ouverture d'une salle", "Avis en ligne", "+100 %"),
            ("", "Accueil des débutants", "+50 %"),
        )
    ]
    assert with_continuations(rows, [rows[3]]) == rows[3:]
    assert with_continuations(rows, [rows[1]]) == rows[:2]
    assert with_continuations(rows, [rows[2]]) == [rows[2]]


def test_i19_1_markdown_single_underscore_emphasis_is_removed() -> None:
    text = "# Guide\n\n_Prepared by the studio, June 2026_\n\nUse the snake_case_name as is.\n"
    doc = load("guide.md", text.encode())
    assert [b.text for b in doc.sections[0].blocks] == [
        "Prepared by the studio, June 2026",
        "Use the snake_case_name as is.",
    ]
