"""Issue 19 item 2: slide decks exported to PDF keep their units — speaker notes are a
sub-section of their slide (with or without an outline), and a table whose rows are
written as one run each, cells apart by spaces, is a table (its header no heading)."""

from __future__ import annotations

from pathlib import Path

from knowledge.document import HEADING_SEPARATOR, TABLE
from knowledge.loaders import load

SLIDES = (
    ("Pourquoi le programme ?", "Le programme réunit nos clients les plus fidèles.", 2),
    ("Ce qu'on attend de vous", "Un témoignage par saison, à votre rythme.", 4),
    ("Calendrier", "Le lancement a lieu en janvier, le bilan en novembre.", 1),
)


def _deck(path: Path, *, outline: bool) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    for n, (title, body, extra) in enumerate(SLIDES):
        if outline:
            page.bookmarkPage(f"s{n}")
            page.addOutlineEntry(title, f"s{n}", level=0)
        page.setFont("Helvetica-Bold", 18)
        page.drawString(50, 760, title)
        page.setFont("Helvetica", 11)
        y = 730
        for k in range(extra):  # slides of different lengths: the notes at other heights
            page.drawString(64, y, f"• point {k + 1} de la diapositive {n + 1}")
            y -= 15
        page.drawString(50, y - 8, body)
        page.setFont("Helvetica-Bold", 12)
        page.drawString(50, y - 36, "Notes de l'orateur")
        page.setFont("Helvetica", 11)
        page.drawString(50, y - 54, f"Rappeler la règle numéro {n + 1} à l'oral.")
        page.showPage()
    page.save()
    return path


def _notes_sections(path: Path) -> dict[str, str]:
    doc = load(path.name, path.read_bytes())
    return {
        s.heading: " ".join(b.text for b in s.blocks)
        for s in doc.sections
        if s.heading.endswith("Notes de l'orateur")
    }


def test_i19_2_pdf_speaker_notes_repeated_on_every_page_are_no_footer(tmp_path: Path) -> None:
    notes = _notes_sections(_deck(tmp_path / "deck.pdf", outline=False))
    assert len(notes) == 3
    heading = next(h for h in notes if "Calendrier" in h)
    assert heading.split(HEADING_SEPARATOR)[-2:] == ["Calendrier", "Notes de l'orateur"]
    assert "règle numéro 3" in notes[heading]


def test_i19_2_pdf_outline_of_slides_keeps_the_notes_sub_heading(tmp_path: Path) -> None:
    notes = _notes_sections(_deck(tmp_path / "deck.pdf", outline=True))
    heading = next(h for h in notes if "Ce qu'on attend de vous" in h)
    assert heading.split(HEADING_SEPARATOR)[-2:] == [
        "Ce qu'on attend de vous",
        "Notes de l'orateur",
    ]
    assert "règle numéro 2" in notes[heading]


def test_i19_2_pdf_rows_written_as_one_spaced_run_are_a_table(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "niveaux.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(56, 760, "1. Comment on monte de niveau")
    page.setFont("Helvetica", 10)
    page.drawString(56, 735, "Chaque contribution validée rapporte des points.")
    page.setFont("Helvetica-Bold", 10)
    page.drawString(56, 712, "Niveau   Seuil   Avantage phare")
    page.setFont("Helvetica", 10)
    page.drawString(56, 696, "Mousse   0 point   Kit de bienvenue")
    page.drawString(56, 680, "Capitaine de quart   800 points   Siège au Conseil des usagers")
    page.save()
    doc = load(path.name, path.read_bytes())
    assert [s.heading for s in doc.sections] == ["1. Comment on monte de niveau"]
    (table,) = [b for s in doc.sections for b in s.blocks if b.kind == TABLE]
    assert table.rows == (
        ("Niveau", "Seuil", "Avantage phare"),
        ("Mousse", "0 point", "Kit de bienvenue"),
        ("Capitaine de quart", "800 points", "Siège au Conseil des usagers"),
    )
