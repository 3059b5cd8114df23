"""Issue 19 item 1: a PDF table whose narrow columns are set closer than a cell gap keeps
its header (and its rows) cell by cell."""

from __future__ import annotations

from pathlib import Path

from knowledge.document import TABLE
from knowledge.loaders import load

ROWS = (
    ("Bon d'achat", "Coût en points", "Validité du bon"),
    ("10 euros", "200 points", "6 mois"),
    ("25 euros", "450 points", "6 mois"),
    ("Atelier animé en magasin (2 h)", "120", "6 par an"),
)


def _scale(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    heading = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18)
    # Columns barely wider than their text: a header word ends a few points before the
    # next one starts, closer than the gap that separates cells in running text.
    table = Table(list(ROWS), colWidths=[66, 78, 80])
    story = [
        Paragraph("Conversion en bons d'achat", heading),
        Paragraph("Les points peuvent être convertis en bons d'achat.", body),
        table,
        Paragraph("Un bon d'achat ne peut pas être fractionné.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_i19_1_pdf_header_of_narrow_columns_is_the_tables_first_row(tmp_path: Path) -> None:
    doc = load("bareme.pdf", _scale(tmp_path / "bareme.pdf").read_bytes())
    blocks = [b for s in doc.sections for b in s.blocks]
    (table,) = [b for b in blocks if b.kind == TABLE]
    assert table.rows[0] == ROWS[0]
    assert table.rows[1:3] == ROWS[1:3]


def test_i19_1_pdf_footer_ending_with_its_page_number_is_dropped(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "objectifs.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(60, 780, "Objectifs du programme 2027")
    page.setFont("Helvetica", 10)
    page.drawString(60, 750, "Nous suivrons trois indicateurs tout au long de l'année.")
    page.drawString(60, 736, "Les tableaux de bord restent individuels.")
    page.setFont("Helvetica", 8)
    page.drawString(60, 30, "Éditions Tortue · Programme Éclaireurs")
    page.drawString(500, 30, "Page 1")
    page.save()
    doc = load("objectifs.pdf", path.read_bytes())
    texts = [b.text for s in doc.sections for b in s.blocks]
    assert texts[-1].endswith("Les tableaux de bord restent individuels.")
    assert not any("Page 1" in t for t in texts)
