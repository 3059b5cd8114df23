from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.chunking import chunk_sections, split_sentences
from knowledge.loaders import CorruptFile, UnsupportedFormat, load
from tests.knowledge.conftest import make_docx, make_pdf


def test_pdf_pages_and_text(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "a.pdf", ["Page un : les avantages.", "Page deux : le calendrier."])
    doc = load("a.pdf", path.read_bytes())
    assert doc.pages == 2
    assert [s.page for s in doc.sections] == [1, 2]
    assert "calendrier" in doc.sections[1].text


def test_docx_headings_from_styles(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "a.docx",
        [
            ("h1", "Guide"),
            ("h2", "Ton"),
            ("p", "Nous tutoyons les Voltigeurs."),
            ("h2", "Couleurs"),
            ("p", "Le bleu électrique domine."),
        ],
    )
    doc = load("a.docx", path.read_bytes())
    assert doc.title == "Guide"
    assert [s.heading for s in doc.sections] == ["Guide › Ton", "Guide › Couleurs"]


def test_markdown_headings_and_front_matter() -> None:
    text = "---\nclassification: internal\n---\n# Titre\n\nIntro.\n\n## Partie\n\n- point **un**\n"
    doc = load("a.md", text.encode())
    assert doc.title == "Titre"
    assert doc.sections[-1].heading == "Titre › Partie"
    assert doc.sections[-1].text == "point un"


def test_markdown_inline_html_keeps_only_its_text() -> None:
    text = (
        '# <i>Terminator 2</i>\n\nLe rite du <span lang="la">Pomerium</span> &amp; la '
        "charrue.<!-- note --> Un score < 5 reste.\n"
    )
    doc = load("a.md", text.encode())
    assert doc.title == "Terminator 2"
    assert doc.sections[0].heading == "Terminator 2"
    assert doc.sections[0].text == "Le rite du Pomerium & la charrue. Un score < 5 reste."


def test_html_headings_without_glued_words() -> None:
    html = "<html><body><h1>Avantages</h1><h2>Or</h2><p><b>Remise</b><i>exclusive</i> de 20 %"
    html += "</p><ul><li>un verre<br>gravé</li></ul></body></html>"
    doc = load("a.html", html.encode("utf-8"))
    assert doc.sections[0].heading == "Avantages › Or"
    assert "Remise exclusive de 20 %" in doc.sections[0].text
    assert "verre gravé" in doc.sections[0].text


def test_txt_latin1_fallback() -> None:
    doc = load("a.txt", "Déjà été à la fête".encode("latin-1"))
    assert doc.sections[0].text == "Déjà été à la fête"


def test_unsupported_and_corrupt() -> None:
    with pytest.raises(UnsupportedFormat):
        load("a.xlsx", b"data")
    with pytest.raises(CorruptFile):
        load("a.pdf", b"%PDF-1.4 this is not a pdf")
    with pytest.raises(CorruptFile):
        load("a.docx", b"PK not a zip")


def test_sentences_stay_whole_in_chunks() -> None:
    sentence = "Le programme compte 143 membres au 1er décembre 2026."
    filler = " ".join(f"Phrase numéro {i} sur le programme des ambassadeurs." for i in range(80))
    text = f"{filler} {sentence} {filler}"
    from knowledge.loaders import Section

    chunks = chunk_sections([Section(text=text, heading="H")])
    assert len(chunks) > 2
    assert any(sentence in c.text for c in chunks)
    assert split_sentences("M. Dupont arrive. Il a 8,5 % vol. Fin.")[0] == "M. Dupont arrive."
