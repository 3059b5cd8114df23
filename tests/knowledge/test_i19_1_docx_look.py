"""Issue 19 item 1: a DOCX typed in the Normal style (bold lines as headings, lists typed
with "- "), on files generated here."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from knowledge.document import LIST, PARAGRAPH
from knowledge.loaders import load


def _bold_line(document, text: str, size: float | None = None) -> None:  # type: ignore[no-untyped-def]
    run = document.add_paragraph().add_run(text)
    run.bold = True
    if size is not None:
        run.font.size = Pt(size)


def _memo(path: Path, *, styled_heading: bool = False) -> Path:
    import docx

    document = docx.Document()
    _bold_line(document, "Portes ouvertes : mémo des bénévoles", 16)
    document.add_paragraph("Mémo destiné aux ambassadeurs qui aident le jour J.")
    _bold_line(document, "Avant la journée", 13)
    document.add_paragraph("Avant de venir, pensez à :")
    document.add_paragraph("- confirmer votre créneau sur Discord")
    document.add_paragraph("- prendre une tenue qui peut être mouillée")
    _bold_line(document, "Le jour J", 13)
    _bold_line(document, "Sur l'eau")
    document.add_paragraph("Vous pagayez à côté des débutants. Le moniteur donne les consignes.")
    _bold_line(document, "Important : le moniteur décide seul de la mise à l'eau.")
    if styled_heading:
        document.add_heading("Annexe", level=1)
        document.add_paragraph("Les horaires des deux bases.")
    document.save(str(path))
    return path


def test_i19_1_docx_bold_lines_are_headings_and_typed_dashes_a_list(tmp_path: Path) -> None:
    path = _memo(tmp_path / "memo.docx")
    doc = load("memo.docx", path.read_bytes())
    assert doc.title == "Portes ouvertes : mémo des bénévoles"
    headings = [s.heading for s in doc.sections]
    before = next(s for s in doc.sections if s.heading.endswith("› Avant la journée"))
    (items,) = before.blocks
    assert items.kind == LIST and items.text == "Avant de venir, pensez à :"
    assert items.items == (
        "confirmer votre créneau sur Discord",
        "prendre une tenue qui peut être mouillée",
    )
    water = next(s for s in doc.sections if s.heading.endswith("› Le jour J › Sur l'eau"))
    # A bold sentence that closes with a full stop is body text, not a heading.
    assert [b.kind for b in water.blocks] == [PARAGRAPH, PARAGRAPH]
    assert not any(h.endswith("mise à l'eau.") for h in headings)


def test_i19_1_docx_with_heading_styles_keeps_bold_lines_as_text(tmp_path: Path) -> None:
    path = _memo(tmp_path / "memo.docx", styled_heading=True)
    doc = load("memo.docx", path.read_bytes())
    headings = [s.heading for s in doc.sections]
    # The styles are the author's headings: a bold line is then only emphasis.
    assert not any("Avant la journée" in h for h in headings)
    assert any(h.endswith("Annexe") for h in headings)
