"""Issue 19 items 1-2: newsletters and mails read as people wrote them, on files made here.

An e-mail newsletter laid out in tables (`role="presentation"`, cells holding headings)
read as its headings, paragraphs and the one real table inside; a PDF page in two columns
read column by column; a mail thread's quoted replies kept, their "> " markers off; a
« Vos questions » section whose questions are set in bold kept as one section of questions
and answers (a bold question under the title alone, or after a section's own text, still
heads a section).
"""

from __future__ import annotations

from pathlib import Path

from knowledge.document import PARAGRAPH, TABLE, Block, LoadedDocument
from knowledge.loaders import load


def _blocks(doc: LoadedDocument, heading_end: str) -> list[Block]:
    found = [s for s in doc.sections if s.heading.endswith(heading_end)]
    assert found, [s.heading for s in doc.sections]
    return [b for s in found for b in s.blocks]


NEWSLETTER = """<html><head><title>Lettre</title></head><body>
<table role="presentation" width="100%"><tr><td>
<table role="presentation" width="600">
<tr><td><span class="preheader">Diffusion : tous les ambassadeurs.</span></td></tr>
<tr><td><table role="presentation"><tr><td><img src="logo.png" alt="logo"></td>
<td><h1>La Lettre n°4</h1></td></tr></table></td></tr>
<tr><td>
<h2>À la une</h2>
<p>Le nouveau barème entre en vigueur le 1er mars.</p>
<table class="data"><thead><tr><th>Contribution</th><th>Points</th></tr></thead>
<tbody><tr><td>Avis en ligne</td><td>15</td></tr><tr><td>Témoignage</td><td>30</td></tr>
</tbody></table>
<h2>Vos questions</h2>
<p><strong>Puis-je arrêter quand je veux ?</strong></p>
<p>Oui, à tout moment, sans justification.</p>
<p><strong>Mes points me suivent-ils si je déménage ?</strong></p>
<p>Oui, vos points et votre niveau vous suivent.</p>
</td></tr>
<tr><td><table><tr><td><p>Se désinscrire</p></td><td><p>Préférences</p></td></tr></table></td></tr>
</table></td></tr></table></body></html>"""


def test_i19_1_html_layout_tables_unwrapped_around_the_content() -> None:
    doc = load("lettre.html", NEWSLETTER.encode())
    assert doc.title == "La Lettre n°4"
    headings = [s.heading for s in doc.sections]
    assert "La Lettre n°4 › À la une" in headings
    first, table = _blocks(doc, "À la une")
    assert first.kind == PARAGRAPH and first.text.startswith("Le nouveau barème")
    assert table.kind == TABLE
    assert table.rows == (("Contribution", "Points"), ("Avis en ligne", "15"), ("Témoignage", "30"))
    # Questions in bold under « Vos questions »: each asked with its answer, one section.
    answers = _blocks(doc, "Vos questions")
    assert [b.text for b in answers[:2]] == [
        "Puis-je arrêter quand je veux ? Oui, à tout moment, sans justification.",
        "Mes points me suivent-ils si je déménage ? Oui, vos points et votre niveau vous suivent.",
    ]
    assert not any(h.endswith("?") for h in headings)


def test_i19_1_html_data_table_without_headings_in_cells_stays_a_table() -> None:
    page = (
        "<html><body><h1>Agenda</h1><table><tr><td>Date</td><td>Lieu</td></tr>"
        "<tr><td>3 mars</td><td>Lyon</td></tr></table></body></html>"
    )
    (table,) = _blocks(load("agenda.html", page.encode()), "Agenda")
    assert table.kind == TABLE and table.rows[1] == ("3 mars", "Lyon")


def test_i19_1_bold_question_under_the_title_or_after_text_still_heads_a_section() -> None:
    page = (
        "<html><body><h1>Charte</h1><p><strong>Pourquoi une charte ?</strong></p>"
        "<p>Pour que le programme reste un plaisir.</p>"
        "<h2>Répondre</h2><p>Répondez sur le Discord ou par mail.</p>"
        "<p><strong>Et si la date change ?</strong></p><p>Nous prévenons une semaine avant.</p>"
        "</body></html>"
    )
    doc = load("charte.html", page.encode())
    (why,) = _blocks(doc, "Charte › Pourquoi une charte ?")
    assert why.text == "Pour que le programme reste un plaisir."
    (change,) = _blocks(doc, "Répondre › Et si la date change ?")
    assert change.text == "Nous prévenons une semaine avant."


def test_i19_1_markdown_bold_questions_of_an_issue_stay_in_its_section() -> None:
    text = (
        "# Archives\n\n## N°8 — avril\n\n### Vos questions\n\n"
        "**Mon avis a disparu, est-ce que je perds mes points ?**\n\n"
        "Non. Les points d'un avis sont acquis dès sa validation.\n\n"
        "## N°9 — juin\n\n### Vos questions\n\n**Puis-je faire une pause ?**\n\n"
        "Oui, jusqu'à six mois.\n"
    )
    doc = load("archives.md", text.encode())
    headings = [s.heading for s in doc.sections]
    assert "Archives › N°8 — avril › Vos questions" in headings
    assert "Archives › N°9 — juin › Vos questions" in headings
    assert not any(h.endswith("?") for h in headings)


THREAD = """De : Claire Vasseur <claire@example.fr>
À : Solène Marchetti <solene@example.fr>
Objet : Re: Re: Salon — qui on sollicite ?

Solène,

Sur la liste
OK pour ta liste, avec Joseph en plus.

Bonne soirée,
Claire

--\x20
Claire Vasseur
Directrice commerciale

Le lun. 5 oct. 2026 à 17:03, Hugo a écrit :
> Hello,
>
> Ça me va, à condition d'avoir les tirages avant le 30 octobre.
>
> Hugo
>
> Le lun. 5 oct. 2026 à 09:15, Solène Marchetti a écrit :
> > Bonjour Claire,
> >
> > Qui solliciter
> > Je propose de demander en priorité aux membres de la région :
> > - Théo (niveau Contact)
> > - Agathe (niveau Grand Tirage)
> >
> > Calendrier
> > Envoi des sollicitations le 7 octobre, réponse avant le 25 octobre.
> >
> > Solène
"""


def test_i19_1_mail_thread_quoted_replies_kept_without_their_markers() -> None:
    doc = load("fil.txt", THREAD.encode())
    assert doc.title == "Salon — qui on sollicite ?"
    text = "\n".join(s.text for s in doc.sections)
    assert ">" not in text
    assert "Ça me va, à condition d'avoir les tirages avant le 30 octobre." in text
    assert "a écrit" not in text and "Directrice commerciale" not in text
    (chosen,) = _blocks(doc, "Qui solliciter")
    assert chosen.items == ("Théo (niveau Contact)", "Agathe (niveau Grand Tirage)")
    (when,) = _blocks(doc, "Calendrier")
    assert when.text == "Envoi des sollicitations le 7 octobre, réponse avant le 25 octobre."


LEFT = (
    "Du 13 au 15 novembre, la maison tient un stand au salon de la photographie, "
    "dans la grande halle. Nous cherchons six ambassadeurs pour parler de leur pratique "
    "aux visiteurs, par créneaux de trois heures, le matin ou l'après-midi."
)
RIGHT = (
    "Maëlle photographie les marchés de Nantes depuis 2019. Ambassadrice depuis le "
    "lancement, elle a monté la première balade photo organisée entièrement par des "
    "membres du programme, et elle la refait chaque printemps."
)


def _two_columns(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=22)
    width, height = A4
    top = Frame(50, height - 110, width - 100, 60, id="top")
    left = Frame(50, 60, (width - 120) / 2, height - 180, id="left")
    right = Frame(70 + (width - 120) / 2, 60, (width - 120) / 2, height - 180, id="right")
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="two", frames=[top, left, right])])
    story = [
        Paragraph("La Lettre n°13", title),
        FrameBreak(),
        Paragraph("Le salon", head),
        *[Paragraph(LEFT, body) for _ in range(3)],
        FrameBreak(),
        Paragraph("Portrait", head),
        *[Paragraph(RIGHT, body) for _ in range(3)],
    ]
    doc.build(story)
    return path


def test_i19_1_pdf_two_columns_read_column_by_column(tmp_path: Path) -> None:
    doc = load("lettre.pdf", _two_columns(tmp_path / "lettre.pdf").read_bytes())
    salon = _blocks(doc, "Le salon")
    assert [b.text for b in salon] == [LEFT] * 3
    portrait = _blocks(doc, "Portrait")
    assert [b.text for b in portrait] == [RIGHT] * 3


def _questions_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12)
    asked = ParagraphStyle("asked", fontName="Helvetica-Bold", fontSize=9, leading=12)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=22)
    story = [
        Paragraph("La Lettre n°13", title),
        Paragraph("Vos questions", head),
        Paragraph("Pourquoi mon témoignage n'est-il pas validé ?", asked),
        Paragraph("Nous validons les témoignages sous dix jours ouvrés.", body),
        Paragraph("Quand les points de parrainage arrivent-ils ?", asked),
        Paragraph("Les 50 points sont crédités à la première commande.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_i19_1_pdf_bold_questions_at_body_size_stay_in_their_section(tmp_path: Path) -> None:
    doc = load("lettre.pdf", _questions_pdf(tmp_path / "lettre.pdf").read_bytes())
    assert not any(s.heading.endswith("?") for s in doc.sections)
    texts = [b.text for b in _blocks(doc, "Vos questions")]
    assert any(t.startswith("Pourquoi mon témoignage") and "dix jours" in t for t in texts)


def test_i19_1_docx_bold_questions_under_a_heading_stay_in_their_section(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("La lettre du mois", style="Title")
    document.add_paragraph("Vos questions", style="Heading 1")
    document.add_paragraph().add_run("Peut-on cumuler un bon et la remise ?").bold = True
    document.add_paragraph("Oui, les deux se cumulent sur la même commande.")
    path = tmp_path / "lettre.docx"
    document.save(str(path))
    doc = load("lettre.docx", path.read_bytes())
    (answer,) = _blocks(doc, "Vos questions")
    assert answer.text == (
        "Peut-on cumuler un bon et la remise ? Oui, les deux se cumulent sur la même commande."
    )
