"""Issue 19 item 1: a PDF table whose cells wrap over several lines keeps one row per row."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.document import PARAGRAPH, TABLE
from knowledge.loaders import load

ROWS = (
    ("Manquement", "Première fois", "Récidive"),
    ("Avis publié sans mention d'un avantage reçu", "Demande de modifier l'avis", "Retrait"),
    (
        "Photo sans gilet ou sans accord des personnes",
        "Demande de retrait de la photo",
        "Suspension des sollicitations pour la saison",
    ),
    ("Propos blessants envers un membre", "Échange avec la community manager", "Exclusion"),
)


def _charter(path: Path, valign: str = "BOTTOM") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    heading = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18)
    table = Table([[Paragraph(text, cell) for text in row] for row in ROWS], colWidths=[156] * 3)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("VALIGN", (0, 0), (-1, -1), valign)])
    )
    story = [
        Paragraph("Charte de l'ambassadeur", heading),
        Paragraph("Les manquements sont traités avec mesure :", body),
        table,
        Paragraph("Un ambassadeur qui conteste une décision peut demander un réexamen.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


# Cells set at the top of their row (word processors) or at the bottom (reportlab's default).
@pytest.mark.parametrize("valign", ["TOP", "BOTTOM", "MIDDLE"])
def test_i19_1_pdf_wrapped_cells_stay_in_their_row_and_column(tmp_path: Path, valign: str) -> None:
    path = _charter(tmp_path / "charte.pdf", valign)
    doc = load("charte.pdf", path.read_bytes())
    blocks = [b for s in doc.sections for b in s.blocks]
    (table,) = [b for b in blocks if b.kind == TABLE]
    assert table.rows == ROWS
    assert blocks[-1].kind == PARAGRAPH and blocks[-1].text.startswith("Un ambassadeur")
