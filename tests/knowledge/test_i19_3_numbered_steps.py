"""Issue 19 item 3: a procedure's steps are quoted with their numbers.

Asked "je montre la carte avant ou après avoir commandé ?", the answer quotes the step
"2. Montrez la carte au partenaire avant de commander." with its number, in every format:
numbered Markdown or plain-text items, an HTML `<ol>` (from its `start`), DOCX "List
Number" paragraphs, PDF items whose number stands apart from the text. A sub-step (a
lettered item, a nested list, "List Number 2") is no step of its own: it keeps its letter,
it does not move the numbers of the steps after it, and it is quoted with its step.
"""

from __future__ import annotations

import io
from pathlib import Path

from knowledge.answer import _question_words, support
from knowledge.chunking import chunk_sections
from knowledge.document import LIST, Block
from knowledge.lexical import LexicalIndex
from knowledge.loaders import load
from knowledge.passages import Passage, best_passages, quote_text
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from knowledge.units import read_units, render
from tests.knowledge.hits import public_hit

STEPS = (
    "Ouvrez l'onglet « Ma carte » sur le Discord du Cercle.",
    "Montrez la carte au partenaire avant de commander.",
    "Si le partenaire ne connaît pas l'offre, envoyez une photo du ticket à votre référent.",
)


def _list_lines(name: str, data: bytes) -> list[str]:
    doc = load(name, data)
    chunks = chunk_sections(doc.sections, doc.title)
    return [line for c in chunks if "list" in c.kind for line in c.text.splitlines()]


def _best(question: str, hits: list[Hit]) -> list[Passage]:
    texts = [h.text for h in hits] + ["Autre chose sans rapport."]
    index = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts])
    return best_passages(_question_words(question, index.body), hits, support)


def test_i19_3_a_markdown_step_is_quoted_with_its_number() -> None:
    text = "# Partenaires\n\n## Comment en profiter\n\n" + "".join(
        f"{n}. {step}\n" for n, step in enumerate(STEPS, start=1)
    )
    lines = _list_lines("partenaires.md", text.encode())
    assert lines == [f"{n}. {step}" for n, step in enumerate(STEPS, start=1)]
    hit = public_hit("\n".join(lines), "Partenaires › Comment en profiter", 0)
    (first, *_) = _best("je montre la carte avant ou après avoir commandé ?", [hit])
    assert "2. Montrez la carte au partenaire avant de commander." in first.text
    assert "- Montrez" not in first.text


def test_i19_3_steps_keep_the_numbers_their_author_gave() -> None:
    # A loose list (a blank line between steps) and a procedure resumed at step 4.
    text = "# Guide\n\n## Étapes\n\n1. Lisez la charte.\n\n2. Signez-la.\n\n4. Envoyez-la.\n"
    assert _list_lines("guide.md", text.encode()) == [
        "1. Lisez la charte.",
        "2. Signez-la.",
        "4. Envoyez-la.",
    ]


def test_i19_3_plain_text_sub_steps_keep_their_letters() -> None:
    text = (
        "GUIDE\n=====\n\nValider une contribution\n------------------------\n\n"
        "1. Vérifiez la preuve.\n"
        "   a) un lien public ;\n"
        "   b) ou une capture d'écran.\n"
        "2. Répondez sous 72 h.\n"
    )
    lines = _list_lines("guide.txt", text.encode())
    assert lines == [
        "1. Vérifiez la preuve.",
        "a) un lien public ;",
        "b) ou une capture d'écran.",
        "2. Répondez sous 72 h.",
    ]


def test_i19_3_html_ordered_list_counts_its_own_items_from_start() -> None:
    html = (
        "<html><body><h1>Guide</h1><h2>Routine</h2><ol start='3'>"
        "<li>Vérifiez le rapport.<ul><li>charge par ville</li></ul></li>"
        "<li>Envoyez les chiffres.</li></ol></body></html>"
    )
    lines = _list_lines("guide.html", html.encode())
    assert lines == ["3. Vérifiez le rapport.", "- – charge par ville", "4. Envoyez les chiffres."]


def test_i19_3_docx_sub_level_is_no_step() -> None:
    from docx import Document

    document = Document()
    document.add_heading("Guide", level=0)
    document.add_heading("S'inscrire", level=1)
    document.add_paragraph("Repérez la soirée.", style="List Number")
    document.add_paragraph("dans le salon #événements", style="List Number 2")
    document.add_paragraph("Cliquez sur « Je viens ».", style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    lines = _list_lines("guide.docx", buffer.getvalue())
    assert lines == [
        "1. Repérez la soirée.",
        "- dans le salon #événements",
        "2. Cliquez sur « Je viens ».",
    ]


def test_i19_3_pdf_numbered_items_keep_their_numbers(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    item = ParagraphStyle("item", parent=body, leftIndent=16, bulletIndent=4)
    heading = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18)
    story = [
        Paragraph("Comment en profiter", heading),
        *[Paragraph(step, item, bulletText=f"{n}.") for n, step in enumerate(STEPS, start=1)],
    ]
    path = tmp_path / "partenaires.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    lines = _list_lines(path.name, path.read_bytes())
    assert lines == [f"{n}. {step}" for n, step in enumerate(STEPS, start=1)]


def test_i19_3_a_sub_step_is_quoted_with_its_step() -> None:
    block = Block(
        LIST,
        text="Pour valider une contribution :",
        items=("Vérifiez la preuve.", "un lien public", "Répondez sous 72 h."),
        markers=("1.", "a)", "2."),
    )
    (unit,) = read_units("\n".join(render(block)))
    assert unit.marks == ("1.", "a)", "2.")
    assert unit.with_sub_items(["un lien public"]) == ["Vérifiez la preuve.", "un lien public"]
    assert unit.with_sub_items(["Vérifiez la preuve."]) == [
        "Vérifiez la preuve.",
        "un lien public",
    ]
    quoted = quote_text(unit, ["Répondez sous 72 h."], gaps=True)
    assert quoted == "Pour valider une contribution :\n…\n2. Répondez sous 72 h."


def test_i19_3_a_bulleted_list_is_quoted_as_before() -> None:
    block = Block(LIST, text="Il faut :", items=("être majeur ;", "accepter la charte."))
    (unit,) = read_units("\n".join(render(block)))
    assert quote_text(unit, unit.items) == "Il faut :\n- être majeur ;\n- accepter la charte."
