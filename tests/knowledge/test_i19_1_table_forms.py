"""Issue 19 item 1: tables in the forms people write them, read as rows with their header.

A cell spanning rows beside keys of their own (HTML `rowspan`, DOCX vertical merge), a
header on two rows (groups over sub-columns: HTML, DOCX, Markdown, plain text set in
columns), a cell spanning columns in DOCX (the cells after it stay in their columns), an
escaped pipe in a Markdown cell, a PDF row naming only its key (cells merged with the row
above), notes under a table explaining its marks (« * », « ¹ ») quoted with the rows that
carry them, and compact rows written as Markdown writes them (« | a | b | »).
"""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.document import PARAGRAPH, TABLE, Block, LoadedDocument
from knowledge.loaders import load
from knowledge.units import Unit, compact_table, row_line

PUBLIC = {"public"}


def _blocks(doc: LoadedDocument, heading_end: str) -> list[Block]:
    found = [s for s in doc.sections if s.heading.endswith(heading_end)]
    assert found, [s.heading for s in doc.sections]
    return [b for s in found for b in s.blocks]


def _table(doc: LoadedDocument, heading_end: str) -> Block:
    (table,) = [b for b in _blocks(doc, heading_end) if b.kind == TABLE]
    return table


LEVELS = (
    ("Niveau", "Points 2026", "Points 2027", "Avantages"),
    ("Croche", "0", "0", "un badge"),
    ("Noire", "150", "200", "un réglage offert"),
    ("Blanche", "400", "200", "une journée à l'atelier"),
)


def test_html_two_row_header_and_a_rowspan_beside_own_keys() -> None:
    page = (
        "<html><body><h1>Guide</h1><h2>Niveaux</h2><table>"
        '<tr><th rowspan="2">Niveau</th><th colspan="2">Points</th>'
        '<th rowspan="2">Avantages</th></tr>'
        "<tr><th>2026</th><th>2027</th></tr>"
        "<tr><td>Croche</td><td>0</td><td>0</td><td>un badge</td></tr>"
        '<tr><td>Noire</td><td>150</td><td rowspan="2">200</td><td>un réglage offert</td></tr>'
        "<tr><td>Blanche</td><td>400</td><td>une journée à l'atelier</td></tr>"
        "</table></body></html>"
    )
    assert _table(load("guide.html", page.encode()), "Niveaux").rows == LEVELS


def test_html_rowspan_of_an_event_over_two_dates() -> None:
    page = (
        "<html><body><h1>Lettre</h1><h2>Agenda</h2><table>"
        "<tr><th>Date</th><th>Événement</th><th>Lieu</th></tr>"
        '<tr><td>8 avril</td><td rowspan="2">Portes ouvertes</td><td rowspan="2">Lyon</td></tr>'
        "<tr><td>9 avril</td></tr>"
        "<tr><td>15 mai</td><td>Comité produit</td><td>Paris</td></tr>"
        "</table></body></html>"
    )
    rows = _table(load("lettre.html", page.encode()), "Agenda").rows
    assert rows[2] == ("9 avril", "Portes ouvertes", "Lyon")


def _docx_levels(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Guide", 0)
    document.add_heading("Niveaux", 1)
    table = document.add_table(rows=5, cols=4)
    data = [
        ("Niveau", "Points", "", "Avantages"),
        ("", "2026", "2027", ""),
        ("Croche", "0", "0", "un badge"),
        ("Noire", "150", "200", "un réglage offert"),
        ("Blanche", "400", "", "une journée à l'atelier"),
    ]
    for i, row in enumerate(data):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Niveau"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Points"
    table.cell(0, 3).merge(table.cell(1, 3)).text = "Avantages"
    table.cell(3, 2).merge(table.cell(4, 2)).text = "200"
    document.save(str(path))
    return path


def test_docx_merged_header_cells_and_a_merge_beside_own_keys(tmp_path: Path) -> None:
    path = _docx_levels(tmp_path / "guide.docx")
    assert _table(load("guide.docx", path.read_bytes()), "Niveaux").rows == LEVELS


def test_markdown_two_row_header_and_an_escaped_pipe() -> None:
    text = (
        "# Guide\n\n## Niveaux\n\n"
        "| Niveau | Points | | Avantages |\n|---|---|---|---|\n"
        "| | 2026 | 2027 | |\n"
        "| Croche | 0 | 0 | un badge |\n"
        "| Noire | 150 | 200 | un réglage \\| une révision |\n"
    )
    rows = _table(load("guide.md", text.encode()), "Niveaux").rows
    assert rows[0] == LEVELS[0]
    assert rows[2] == ("Noire", "150", "200", "un réglage | une révision")


def test_plain_text_columns_under_a_two_line_header() -> None:
    text = (
        "Guide des niveaux\n\nLes niveaux\n\n"
        "Niveau      Points             Avantages\n"
        "            2026     2027\n"
        "Croche      0        0         un badge\n"
        "Noire       150      200       un réglage offert\n"
    )
    rows = _table(load("guide.txt", text.encode()), "Les niveaux").rows
    assert rows[0] == LEVELS[0]
    assert rows[2] == LEVELS[2]


def _pdf_agenda(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    rows = [
        ["Date", "Événement", "Opalins recherchés"],
        ["25 mars", "Webinaire frittage", "1 intervenant"],
        ["8 avril", "Portes ouvertes à Lyon", "2 par jour"],
        ["9 avril", "", ""],
        ["15 mai", "Comité produit", "Membres Glaçage"],
    ]
    table = Table(rows, colWidths=[90, 170, 150])
    # Merged cells, their text at the top, as word processors set it.
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (1, 2), (1, 3)),
                ("SPAN", (2, 2), (2, 3)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph("Lettre des Opalins", styles["Title"]),
        Paragraph("Agenda", styles["Heading2"]),
        Paragraph("Les prochains rendez-vous :", styles["Normal"]),
        table,
        Paragraph("Pour vous inscrire, écrivez-nous sur le salon dédié.", styles["Normal"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_pdf_row_naming_only_its_key_does_not_end_the_table(tmp_path: Path) -> None:
    path = _pdf_agenda(tmp_path / "lettre.pdf")
    rows = _table(load("lettre.pdf", path.read_bytes()), "Agenda").rows
    assert [r[0] for r in rows] == ["Date", "25 mars", "8 avril", "9 avril", "15 mai"]
    assert rows[4] == ("15 mai", "Comité produit", "Membres Glaçage")


BOUTIQUE = (
    "# Boutique\n\n## Le catalogue\n\n"
    "| Récompense | Coût (pts) |\n|---|---|\n"
    "| Boisson offerte | 40 |\n"
    "| Cadenas gravé à votre pseudo* | 500 |\n"
    "| Partie pour 6 joueurs¹ | 750 |\n\n"
    "* délai de gravure : 3 semaines.\n\n"
    "¹ non valable les samedis de décembre.\n\n"
    "## Commander\n\nTapez /boutique sur le Discord.\n"
)


def test_a_starred_note_under_a_table_is_a_note_not_a_list_item() -> None:
    blocks = _blocks(load("boutique.md", BOUTIQUE.encode()), "Le catalogue")
    notes = [b.text for b in blocks if b.kind == PARAGRAPH]
    assert notes == ["* délai de gravure : 3 semaines.", "¹ non valable les samedis de décembre."]


def test_a_quoted_row_comes_with_the_note_its_mark_calls(kb: KnowledgeBase, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "boutique.md").write_text(BOUTIQUE)
    kb.ingest_paths("cercle", [docs], default_sensitivity="public")
    answer = kb.answer(
        "cercle", "Combien de points pour le cadenas gravé ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered, answer.text
    assert "| Cadenas gravé à votre pseudo* | 500 |" in answer.text
    assert "* délai de gravure : 3 semaines." in answer.text


def test_compact_rows_are_written_as_markdown_rows_empty_cells_blank() -> None:
    header = ("Niveau", "Points", "Bonus")
    unit = Unit(TABLE, items=(row_line(header, ("Apprenti", "0", "")),), header=header)
    lines = compact_table(unit, list(unit.items)).splitlines()
    assert lines == ["| Niveau | Points | Bonus |", "| Apprenti | 0 |  |"]
