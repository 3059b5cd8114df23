"""Issue 19 items 1-2: units kept whole by every loader, on files generated here.

Plain text hard-wrapped with numbered headings ("2." over "2.1", "3)"), a bare heading over
wrapped prose whose next line opens with a name; a table set in columns whose long cell
runs past its column; rows that carry on the row above (empty key cell, HTML rowspan,
DOCX merged cells) joined to it; a tight PDF table whose cells stand closer than a gap; a
heading repeated in the body and at the top of the next page is no running header; a
bold DOCX question heading; a bold Markdown line over its text.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.document import LIST, PARAGRAPH, TABLE, Block, LoadedDocument
from knowledge.loaders import load
from knowledge.table_spans import merge_continuation_rows


def _blocks(doc: LoadedDocument, heading_end: str) -> list[Block]:
    found = [s for s in doc.sections if s.heading.endswith(heading_end)]
    assert found, [s.heading for s in doc.sections]
    return [b for s in found for b in s.blocks]


WRAPPED = """Programme Ambassadeurs Trottinea

Ce document présente le programme des ambassadeurs de Trottinea, la marque
de trottinettes électriques fondée à Nantes en 2019. Il est destiné aux
clients qui souhaitent partager leur expérience avec leur entourage.

Préambule
Les testeurs reçoivent chaque saison une trottinette de démonstration par
Trottinea et les magasins partenaires de Bretagne. Ils la gardent trois mois
et rédigent un compte rendu détaillé à la fin de la période d'essai.

2. Ce que vous recevez
2.1 Les points
Chaque action rapporte des points, crédités sur votre compte client dans
un délai de sept jours.

2.2 Les niveaux
Les niveaux dépendent des points gagnés sur les douze derniers mois :
- Bronze, de 0 à 199 points, avec une remise de 5 % sur les accessoires
  et l'accès au groupe privé ;
- Or, à partir de 200 points, avec une remise de 15 % et une invitation
  aux journées de test des nouveaux modèles.

3) Quitter le programme
Vous pouvez quitter le programme à tout moment en écrivant à l'équipe.
"""


def test_i19_1_plain_text_wrapped_with_numbered_headings() -> None:
    doc = load("programme.txt", WRAPPED.encode())
    headings = [s.heading for s in doc.sections]
    assert doc.title == "Programme Ambassadeurs Trottinea"
    assert any(h.endswith("Préambule") for h in headings), headings
    (preamble,) = _blocks(doc, "Préambule")
    assert preamble.kind == PARAGRAPH and preamble.text.startswith("Les testeurs reçoivent")
    assert preamble.text.endswith("période d'essai.")
    (points,) = _blocks(doc, "2. Ce que vous recevez › 2.1 Les points")
    assert points.kind == PARAGRAPH and points.text.endswith("sept jours.")
    (levels,) = _blocks(doc, "2.2 Les niveaux")
    assert levels.kind == LIST and levels.text.endswith("derniers mois :")
    assert levels.items[0] == (
        "Bronze, de 0 à 199 points, avec une remise de 5 % sur les accessoires et l'accès au "
        "groupe privé ;"
    )
    (leaving,) = _blocks(doc, "3) Quitter le programme")
    assert leaving.text.startswith("Vous pouvez quitter")


def test_i19_1_plain_text_aligned_table_with_a_cell_past_its_column() -> None:
    text = (
        "Calendrier\n\n"
        "Date        Action                        Places   Réponse avant\n"
        "----------  ----------------------------  -------  -------------\n"
        "07/02/2027  Accueil au salon du vélo de la Porte de Versailles  3        28/01/2027\n"
        "14/02/2027  Balade des amoureux           6        04/02/2027\n"
    )
    doc = load("calendrier.txt", text.encode())
    (table,) = [b for s in doc.sections for b in s.blocks if b.kind == TABLE]
    assert table.rows[1] == (
        "07/02/2027",
        "Accueil au salon du vélo de la Porte de Versailles",
        "3",
        "28/01/2027",
    )
    assert len(table.rows) == 3


def test_i19_1_rows_carrying_on_the_row_above_are_joined_to_it() -> None:
    rows = (
        ("Période", "Action", "Bonus"),
        ("Janvier", "Avis écrit", "+50 %"),
        ("", "Vidéo", "+50 %"),
        ("Mars", "Parrainage", "double"),
    )
    assert merge_continuation_rows(rows) == (
        ("Période", "Action", "Bonus"),
        ("Janvier", "Avis écrit; Vidéo", "+50 %; +50 %"),
        ("Mars", "Parrainage", "double"),
    )
    # No key column (the first data row has none): rows as they are.
    loose = (("", "Prix"), ("", "10"), ("", "20"))
    assert merge_continuation_rows(loose) == loose


def test_i19_1_markdown_empty_key_cell_and_bold_heading_over_its_text() -> None:
    text = (
        "# Guide\n\n## Avantages\n\n**Niveau Or**\nEn plus des avantages précédents :\n"
        "- une remise de 15 % ;\n- un atelier offert.\n\n"
        "## Bonus\n\n| Période | Action | Bonus |\n|---|---|---|\n"
        "| Janvier | Avis écrit | +50 % |\n|  | Vidéo | +50 % |\n| Mars | Parrainage | double |\n"
    )
    doc = load("guide.md", text.encode())
    (gold,) = _blocks(doc, "Avantages › Niveau Or")
    assert gold.kind == LIST and gold.text == "En plus des avantages précédents :"
    (table,) = _blocks(doc, "Bonus")
    assert table.rows[1] == ("Janvier", "Avis écrit; Vidéo", "+50 %; +50 %")


def test_i19_1_html_rowspan_groups_its_rows() -> None:
    page = (
        "<html><body><main><h1>Tarifs</h1><h2>Formules</h2><table>"
        "<tr><th>Public</th><th>Formule</th><th>Prix</th></tr>"
        '<tr><td rowspan="2">Adultes</td><td>Découverte</td><td>15 euros</td></tr>'
        "<tr><td>Cycle de cinq séances</td><td>60 euros</td></tr>"
        "<tr><td>Enfants</td><td>Découverte</td><td>gratuit</td></tr>"
        "</table></main></body></html>"
    )
    doc = load("tarifs.html", page.encode())
    (table,) = _blocks(doc, "Formules")
    assert table.rows == (
        ("Public", "Formule", "Prix"),
        ("Adultes", "Découverte; Cycle de cinq séances", "15 euros; 60 euros"),
        ("Enfants", "Découverte", "gratuit"),
    )


def _kit(path: Path) -> Path:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_heading("Kit des hôtes", 0)
    document.add_heading("Calendrier", 1)
    table = document.add_table(rows=4, cols=3)
    data = [
        ("Mois", "Atelier", "Places"),
        ("Mars", "Semis de tomates", "12"),
        ("", "Bouturage", "8"),
        ("Avril", "Compost", "15"),
    ]
    for r, row in enumerate(data):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Mars"
    document.add_heading("Répondre", 1)
    document.add_paragraph("Répondez sur le salon de votre ville.")
    asked = document.add_paragraph().add_run("Et si la date change ?")
    asked.bold, asked.font.size = True, Pt(13)
    document.add_paragraph("Nous prévenons chaque hôte une semaine avant.")
    document.save(str(path))
    return path


def test_i19_1_docx_merged_cells_and_a_bold_question_heading(tmp_path: Path) -> None:
    doc = load("kit.docx", _kit(tmp_path / "kit.docx").read_bytes())
    (table,) = _blocks(doc, "Calendrier")
    assert table.rows == (
        ("Mois", "Atelier", "Places"),
        ("Mars", "Semis de tomates; Bouturage", "12; 8"),
        ("Avril", "Compost", "15"),
    )
    (answer,) = _blocks(doc, "Répondre › Et si la date change ?")
    assert answer.text == "Nous prévenons chaque hôte une semaine avant."


def _garden(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17)
    h3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11, leading=15)
    rows = [
        ("Niveau", "Seuil", "Avantage"),
        ("Graine", "0 point", "accès au forum"),
        ("Pousse", "150 points", "une remise de 10 % sur la boutique"),
        ("Arbre", "400 points", "un atelier offert par an"),
    ]
    tight = Table(rows)  # cells 4 points apart: no gap tells them
    tight.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story = [
        Paragraph("Guide des Jardiniers", h1),
        Paragraph("Les niveaux", h2),
        Paragraph("Conditions", h3),
        Paragraph("Trois niveaux existent :", body),
        tight,
        PageBreak(),
        Paragraph("Les ateliers", h2),
        Paragraph("Conditions", h3),
        Paragraph("Un atelier se réserve deux semaines à l'avance.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_i19_1_pdf_tight_table_and_a_heading_repeated_on_the_next_page(tmp_path: Path) -> None:
    doc = load("jardiniers.pdf", _garden(tmp_path / "jardiniers.pdf").read_bytes())
    assert doc.title == "Guide des Jardiniers"  # reportlab's "(anonymous)" is no title
    (table,) = _blocks(doc, "Les niveaux › Conditions")
    assert table.kind == TABLE and table.text == "Trois niveaux existent :"
    assert table.rows[0] == ("Niveau", "Seuil", "Avantage")
    assert table.rows[2] == ("Pousse", "150 points", "une remise de 10 % sur la boutique")
    (rule,) = _blocks(doc, "Les ateliers › Conditions")
    assert rule.text.startswith("Un atelier se réserve")


def test_i19_1_html_definition_list_and_table_caption() -> None:
    page = (
        "<html><body><main><h1>Lexique</h1><h2>Niveaux</h2><p>Les niveaux :</p><dl>"
        "<dt>Bronze</dt><dd>5 % de remise</dd>"
        "<dt>Argent :</dt><dd>10 % de remise</dd><dd>un atelier offert</dd></dl>"
        "<h2>Barème</h2><table><caption>Points par action</caption>"
        "<tr><th>Action</th><th>Points</th></tr><tr><td>Avis</td><td>10</td></tr></table>"
        "</main></body></html>"
    )
    doc = load("lexique.html", page.encode())
    (levels,) = _blocks(doc, "Niveaux")
    assert levels.kind == LIST and levels.text == "Les niveaux :"
    assert levels.items == ("Bronze : 5 % de remise", "Argent : 10 % de remise; un atelier offert")
    caption, table = _blocks(doc, "Barème")
    assert caption.text == "Points par action" and table.rows[1] == ("Avis", "10")


def test_i19_1_pdf_paragraphs_set_without_space_between_them(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20)
    texts = [
        "Les Jardiniers sont des clients qui partagent leurs conseils de culture avec les "
        "autres membres de la communauté, en magasin comme en ligne.",
        "Chaque mois, un thème est proposé : les semis, la taille, le compost ou l'arrosage. "
        "Vous choisissez librement les thèmes qui vous parlent.",
        "Les contributions sont relues par l'équipe avant publication sur le site.",
    ]
    path = tmp_path / "guide.pdf"
    story = [Paragraph("Guide des Jardiniers", h1), *(Paragraph(t, body) for t in texts * 2)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    doc = load("guide.pdf", path.read_bytes())
    blocks = [b for s in doc.sections for b in s.blocks]
    assert [b.text for b in blocks] == texts * 2


def test_i19_1_docx_list_typed_after_line_breaks(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Participer", 1)
    paragraph = document.add_paragraph()
    for text in ("Pour participer, il faut :", "- être majeur ;", "- habiter en France."):
        run = paragraph.add_run(text)
        if not text.endswith("France."):
            run.add_break()
    document.save(str(tmp_path / "guide.docx"))
    doc = load("guide.docx", (tmp_path / "guide.docx").read_bytes())
    (rule,) = _blocks(doc, "Participer")
    assert rule.kind == LIST and rule.text == "Pour participer, il faut :"
    assert rule.items == ("être majeur ;", "habiter en France.")
