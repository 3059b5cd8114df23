# -*- coding: utf-8 -*-
"""Generate the PDF (reportlab) and DOCX (python-docx) documents from content.py."""
import os
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content  # noqa: E402

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

import docx
from docx.shared import Pt

DOCS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs")


def make_pdf(name, blocks):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    bullet = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4)
    h1 = ParagraphStyle("h1x", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15)
    h2 = ParagraphStyle("h2x", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    title = ParagraphStyle("tt", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=19)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(escape(b[1]), title))
        elif k == "h1":
            story.append(Paragraph(escape(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(escape(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(escape(b[1]), body))
        elif k == "boldp":
            story.append(Paragraph("<b>%s</b>" % escape(b[1]), body))
        elif k in ("bullets", "numbered"):
            for i, it in enumerate(b[1], 1):
                mark = "%d." % i if k == "numbered" else "\u2022"
                story.append(Paragraph(escape(it), bullet, bulletText=mark))
        elif k == "table":
            data = [[Paragraph(escape(c), cell) for c in row] for row in b[1]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "pagebreak":
            story.append(PageBreak())
    short = name.replace(".pdf", "").replace("_", " ")

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Station des Grands Névés - Programme Éclaireurs - %s" % short)
        canvas.drawRightString(19 * cm, 1.2 * cm, "page %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(os.path.join(DOCS, name), pagesize=A4, title=blocks[0][1],
                            author="Station des Grands Névés", topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def make_docx(name, blocks):
    d = docx.Document()
    d.core_properties.title = blocks[0][1]
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "boldp":  # bold line used as a heading, no heading style (as people do)
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
        elif k == "bullets":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "numbered":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        elif k == "pagebreak":
            d.add_page_break()
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = "Grands Névés - Programme Éclaireurs - document public"
    d.save(os.path.join(DOCS, name))


if __name__ == "__main__":
    for n, bl in content.PDFS.items():
        make_pdf(n, bl)
    for n, bl in content.DOCXS.items():
        make_docx(n, bl)
    print("ok")
