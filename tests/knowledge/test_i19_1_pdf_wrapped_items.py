"""Issue 19 item 1: a PDF list item wrapped under the text after its bullet stays one item."""

from __future__ import annotations

from pathlib import Path

from knowledge.document import LIST
from knowledge.loaders import load

ITEMS = (
    "un billet offert par une association partenaire compte comme une invitation personnelle "
    "et ne peut pas être revendu ni échangé contre un avoir",
    "une soirée reportée garde les places déjà réservées",
    "un atelier complet ouvre une liste d'attente de dix personnes au plus, prévenues par "
    "courriel dans l'ordre de leur inscription",
)


def _rules(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    # A hanging indent: the bullet at 4 pt, the wrapped lines under the text at 14 pt.
    item = ParagraphStyle(
        "item", parent=body, leftIndent=14, bulletIndent=4, bulletFontName="Helvetica"
    )
    heading = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18)
    story = [
        Paragraph("Cas particuliers", heading),
        Paragraph("Les règles suivantes s'appliquent aux cas particuliers :", body),
        *[Paragraph(text, item, bulletText="•") for text in ITEMS],
        Paragraph("Le comité tranche les autres cas lors de sa réunion mensuelle.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_i19_1_pdf_wrapped_item_is_one_item(tmp_path: Path) -> None:
    doc = load("regles.pdf", _rules(tmp_path / "regles.pdf").read_bytes())
    blocks = [b for s in doc.sections for b in s.blocks]
    (found,) = [b for b in blocks if b.kind == LIST]
    assert found.text == "Les règles suivantes s'appliquent aux cas particuliers :"
    assert found.items == ITEMS
    assert blocks[-1].text.startswith("Le comité tranche")
