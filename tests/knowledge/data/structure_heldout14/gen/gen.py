# ruff: noqa: E501
"""Deterministic generator of the sh14 held-out structure set.

Run: /work/main/.venv/bin/python gen/gen.py   (from the set folder or anywhere)
Needs reportlab and python-docx for the PDF/DOCX files; everything else is stdlib.
"""
import html
import json
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import resolve  # noqa: E402
from content import DOCS  # noqa: E402
from questions import UNANSWERABLE, Q  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "docs")
PREFIX = "sh14"


# ------------------------------------------------------------------ plain text
def render_txt(d):
    style = d["style"]
    wrap = d["file"] == "compte_rendu_atelier_je.txt"  # hard-wrapped like an e-mail

    def para(s, indent=""):
        if not wrap:
            return indent + s
        return textwrap.fill(s, 76, initial_indent=indent,
                             subsequent_indent=" " * len(indent))

    L = []
    t = d["title"]
    L += [t, "=" * len(t), "", d["meta"], ""]
    for b in d["blocks"]:
        if b[0] == "h":
            lvl, s = b[1], b[2]
            if style == "underlined" and lvl == 1:
                L += ["", s, "-" * len(s), ""]
            elif style == "plain" and lvl == 1:
                L += ["", s.upper() if False else s, ""]
            else:
                L += ["", s, ""] if lvl == 1 else [s, ""]
        elif b[0] == "p":
            L += [para(b[1]), ""]
        elif b[0] in ("ul", "ol"):
            L.append(para(b[1]))
            for i, it in enumerate(b[2], 1):
                L.append(para(it, f"  {i}) " if b[0] == "ol" else "  - "))
            L.append("")
    return "\n".join(L).rstrip() + "\n"


# ------------------------------------------------------------------ markdown
def render_md(d):
    L = [f"# {d['title']}", "", f"*{d['meta']}*", ""]
    for b in d["blocks"]:
        if b[0] == "h":
            L += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif b[0] == "p":
            L += [b[1], ""]
        elif b[0] in ("ul", "ol"):
            L.append(b[1])
            L.append("")
            for i, it in enumerate(b[2], 1):
                L.append(f"{i}. {it}" if b[0] == "ol" else f"- {it}")
            L.append("")
        elif b[0] == "table":
            h = b[1]
            L.append("| " + " | ".join(h) + " |")
            L.append("|" + "|".join("---" for _ in h) + "|")
            for r in b[2]:
                L.append("| " + " | ".join(r) + " |")
            L.append("")
    return "\n".join(L).rstrip() + "\n"


# ------------------------------------------------------------------ html
def render_html(d):
    e = html.escape
    L = ["<!DOCTYPE html>", '<html lang="fr">', "<head>", '<meta charset="utf-8">',
         f"<title>{e(d['title'])}</title>", "</head>", "<body>",
         '<header><nav><a href="/">Prise Directe</a> · <a href="/cercle">Cercle Magnésie</a></nav></header>',
         "<main>", f"<h1>{e(d['title'])}</h1>", f'<p class="diffusion"><em>{e(d["meta"])}</em></p>']
    for b in d["blocks"]:
        if b[0] == "h":
            n = b[1] + 1
            L.append(f"<h{n}>{e(b[2])}</h{n}>")
        elif b[0] == "p":
            L.append(f"<p>{e(b[1])}</p>")
        elif b[0] in ("ul", "ol"):
            L.append(f"<p>{e(b[1])}</p>")
            L.append(f"<{b[0]}>")
            L += [f"  <li>{e(it)}</li>" for it in b[2]]
            L.append(f"</{b[0]}>")
        elif b[0] == "table":
            L.append("<table>")
            L.append("  <thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in b[1]) + "</tr></thead>")
            L.append("  <tbody>")
            for r in b[2]:
                L.append("    <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            L.append("  </tbody>")
            L.append("</table>")
    L += ["</main>", "<footer><p>Prise Directe — salles d'escalade et de bloc · cercle@prisedirecte.fr</p></footer>",
          "</body>", "</html>"]
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ docx
def render_docx(d, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.title = d["title"]
    doc.core_properties.author = "Prise Directe"
    doc.add_heading(d["title"], 0)
    p = doc.add_paragraph()
    r = p.add_run(d["meta"])
    r.italic = True
    r.font.size = Pt(9)
    for b in d["blocks"]:
        if b[0] == "h":
            doc.add_heading(b[2], b[1])
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] in ("ul", "ol"):
            doc.add_paragraph(b[1])
            st = "List Number" if b[0] == "ol" else "List Bullet"
            for it in b[2]:
                doc.add_paragraph(it, style=st)
        elif b[0] == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, c in enumerate(b[1]):
                cell = t.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(c).bold = True
            for row in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
            doc.add_paragraph("")
    import datetime
    fixed = datetime.datetime(2027, 1, 4, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "Prise Directe"
    doc.core_properties.revision = 1
    doc.save(path)
    _freeze_zip(path)


def _freeze_zip(path):
    """Rewrite a zip with fixed timestamps so the output is byte-identical run to run."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ pdf
def render_pdf(d, path):
    import reportlab.rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.rl_config import defaultPageSize  # noqa: F401
    reportlab.rl_config.invariant = 1  # deterministic output
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    meta = ParagraphStyle("meta", parent=body, fontName="Helvetica-Oblique", fontSize=9)
    cellst = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    headst = ParagraphStyle("head", parent=cellst, fontName="Helvetica-Bold")
    H = {1: ss["Heading1"], 2: ss["Heading2"], 3: ss["Heading3"]}
    e = html.escape
    story = [Paragraph(e(d["title"]), ss["Title"]), Paragraph(e(d["meta"]), meta), Spacer(1, 8)]
    for b in d["blocks"]:
        if b[0] == "h":
            story.append(Paragraph(e(b[2]), H[b[1]]))
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), body))
        elif b[0] in ("ul", "ol"):
            story.append(Paragraph(e(b[1]), body))
            items = [ListItem(Paragraph(e(it), body), leftIndent=14) for it in b[2]]
            story.append(ListFlowable(items, bulletType="1" if b[0] == "ol" else "bullet",
                                      start=None if b[0] == "ol" else "•", leftIndent=14))
            story.append(Spacer(1, 4))
        elif b[0] == "table":
            data = [[Paragraph(e(c), headst) for c in b[1]]]
            data += [[Paragraph(e(c), cellst) for c in r] for r in b[2]]
            n = len(b[1])
            w = (A4[0] - 4 * cm) / n
            t = Table(data, colWidths=[w] * n, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e4dc")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 4), t, Spacer(1, 8)]

    def footer(canvas, docu):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, f"Prise Directe — Cercle Magnésie · page {docu.page}")
        canvas.restoreState()

    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                           topMargin=2 * cm, bottomMargin=2 * cm, title=d["title"],
                           author="Prise Directe", invariant=1)
    sd.build(story, onFirstPage=footer, onLaterPages=footer)


def _write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in DOCS:
        path = os.path.join(OUT, d["file"])
        ext = d["file"].rsplit(".", 1)[1]
        if ext == "txt":
            _write(path, render_txt(d))
        elif ext == "md":
            _write(path, render_md(d))
        elif ext == "html":
            _write(path, render_html(d))
        elif ext == "docx":
            render_docx(d, path)
        elif ext == "pdf":
            render_pdf(d, path)
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (doc, sec, unit, q, lang, sel) in enumerate(Q, 1):
            rec = {"id": f"{PREFIX}-{i:03d}", "question": q, "gold_doc": doc,
                   "gold_section": sec, "unit": unit, "gold": resolve(doc, sec, unit, sel),
                   "lang": lang}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, lang) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": f"{PREFIX}-u{i:02d}", "question": q, "lang": lang},
                               ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} docs, {len(Q)} questions, {len(UNANSWERABLE)} unanswerable")


if __name__ == "__main__":
    main()
