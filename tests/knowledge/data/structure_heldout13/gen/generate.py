"""Deterministic generator for the structure_heldout13 set: writes docs/, questions, outline.

Run: python gen/generate.py   (needs reportlab and python-docx for the PDF and DOCX files)
"""

import html
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from content import DOCS  # noqa: E402
from questions import QUESTIONS, UNANSWERABLE  # noqa: E402

FOOTER_TXT = "Grains de Bocage - SCIC à capital variable - Lassay-les-Châteaux"


# ---------------------------------------------------------------- plain text
def _txt_table(header, rows):
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_txt(doc):
    style = doc["style"]
    out = [doc["title"], ""]
    if doc["marking"]:
        out += [doc["marking"], ""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            level, text = b[1], b[2]
            if style == "underlined":
                out += ["", text, ("=" if level == 1 else "-") * len(text), ""]
            else:  # numbered and bare headings are plain short lines
                out += ["", text, ""] if level == 1 else [text]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [("* " if style == "bare" else "- ") + it for it in b[1]] + [""]
        elif kind == "ol":
            out += [f"{i}) {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            out += [_txt_table(b[1], b[2]), ""]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


# ---------------------------------------------------------------- markdown
def render_md(doc):
    out = ["# " + doc["title"], ""]
    if doc["marking"]:
        out += ["*" + doc["marking"] + "*", ""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            out += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif kind == "ol":
            out += [f"{i}. {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in b[2]]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- html
def render_html(doc):
    e = html.escape
    lang = doc["lang"]
    nav = (
        ("Accueil", "Catalogue", "La Grange", "Adhérer", "Contact")
        if lang == "fr"
        else ("Home", "Catalogue", "La Grange", "Join", "Contact")
    )
    out = [
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
        f"<title>{e(doc['title'])} | Grains de Bocage</title>\n</head>\n<body>",
        '<nav class="top"><ul>' + "".join(f'<li><a href="#">{e(n)}</a></li>' for n in nav) + "</ul></nav>",
        "<main>",
        f"<h1>{e(doc['title'])}</h1>",
    ]
    if doc["marking"]:
        out.append(f'<p class="notice"><em>{e(doc["marking"])}</em></p>')
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            out.append(f"<h{b[1] + 1}>{e(b[2])}</h{b[1] + 1}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(it)}</li>" for it in b[1]) + f"</{kind}>")
        elif kind == "table":
            out.append("<table>\n<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in b[1]) + "</tr></thead>")
            out.append(
                "<tbody>"
                + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>\n" for r in b[2])
                + "</tbody></table>"
            )
    out += [
        "</main>",
        "<footer><p>© 2027 Grains de Bocage - SCIC à capital variable - "
        '<a href="#">Mentions légales</a> - <a href="#">Cookies</a> - '
        '<a href="#">Plan du site</a></p><p>Suivez-nous : Instagram, Facebook, Mastodon</p></footer>',
        "</body>\n</html>",
    ]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- docx
def write_docx(doc, path):
    import datetime

    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = "Grains de Bocage"
    d.core_properties.created = datetime.datetime(2027, 1, 4, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2027, 1, 4, 9, 0, 0)
    styled = doc["docx_headings"] == "styles"

    def bold_line(text, size):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)

    if styled:
        d.add_heading(doc["title"], 0)
    else:
        bold_line(doc["title"], 18)
    if doc["marking"]:
        p = d.add_paragraph()
        p.add_run(doc["marking"]).italic = True
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            if styled:
                d.add_heading(b[2], b[1])
            else:
                bold_line(b[2], 14 if b[1] == 1 else 12)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind in ("ul", "ol"):
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet" if kind == "ul" else "List Number")
        elif kind == "table":
            t = d.add_table(rows=1 + len(b[2]), cols=len(b[1]))
            t.style = "Table Grid"
            for i, row in enumerate([b[1]] + b[2]):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        t.cell(i, j).paragraphs[0].runs[0].bold = True
    d.save(str(path))


# ---------------------------------------------------------------- pdf
def write_pdf(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st_title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=10)
    st_h1 = ParagraphStyle(
        "h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=6
    )
    st_h2 = ParagraphStyle(
        "h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
    )
    st_body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    st_note = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=9, leading=12, spaceAfter=8)
    st_item = ParagraphStyle("i", parent=st_body, leftIndent=14, bulletIndent=4, spaceAfter=2)
    footer = doc["title"]

    def on_page(canvas, _doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, f"Grains de Bocage - {footer}")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"page {canvas.getPageNumber()}")
        canvas.restoreState()

    story = [Paragraph(escape(doc["title"]), st_title)]
    if doc["marking"]:
        story.append(Paragraph(escape(doc["marking"]), st_note))
    breaks = set(doc.get("page_breaks_before", []))
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            if b[2] in breaks:
                story.append(PageBreak())
            story.append(Paragraph(escape(b[2]), st_h1 if b[1] == 1 else st_h2))
        elif kind == "p":
            story.append(Paragraph(escape(b[1]), st_body))
        elif kind in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                story.append(Paragraph(escape(it), st_item, bulletText="•" if kind == "ul" else f"{i}."))
            story.append(Spacer(1, 4))
        elif kind == "table":
            t = Table([b[1]] + b[2], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
                        ("FONTSIZE", (0, 0), (-1, -1), 9),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8efe0")),
                    ]
                )
            )
            story += [t, Spacer(1, 8)]
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title=doc["title"],
        author="Grains de Bocage",
        invariant=1,
        pageCompression=0,
        bottomMargin=2.2 * cm,
    ).build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- outline
def outline(doc):
    """Heading paths (title excluded) with the text of the blocks directly under each."""
    stack, sections = [], {}
    for b in doc["blocks"]:
        if b[0] == "h":
            stack = [*stack[:b[1] - 1], b[2]]
            sections.setdefault(" › ".join(stack), [])
            continue
        key = " › ".join(stack)
        body = sections.setdefault(key, [])
        if b[0] == "p":
            body.append(b[1])
        elif b[0] in ("ul", "ol"):
            body += b[1]
        elif b[0] == "table":
            body += [" ".join(r) for r in [b[1]] + b[2]]
    return {k: " ".join(v) for k, v in sections.items()}


def main():
    docs_dir = ROOT / "docs"
    docs_dir.mkdir(exist_ok=True)
    out_outline = {}
    for doc in DOCS:
        path = docs_dir / doc["name"]
        ext = path.suffix
        if ext == ".txt":
            path.write_text(render_txt(doc), encoding="utf-8")
        elif ext == ".md":
            path.write_text(render_md(doc), encoding="utf-8")
        elif ext == ".html":
            path.write_text(render_html(doc), encoding="utf-8")
        elif ext == ".docx":
            write_docx(doc, path)
        elif ext == ".pdf":
            write_pdf(doc, path)
        out_outline[doc["name"]] = {
            "title": doc["title"],
            "lang": doc["lang"],
            "marking": doc["marking"],
            "sections": outline(doc),
        }
    (HERE / "outline.json").write_text(
        json.dumps(out_outline, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
        for i, q in enumerate(QUESTIONS, 1):
            rec = {"id": f"sh13-{i:03d}", **q}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(ROOT / "unanswerable.jsonl", "w", encoding="utf-8") as f:
        for i, (lang, text) in enumerate(UNANSWERABLE, 1):
            f.write(
                json.dumps({"id": f"sh13-u{i:02d}", "question": text, "lang": lang}, ensure_ascii=False)
                + "\n"
            )
    print(f"{len(DOCS)} docs, {len(QUESTIONS)} questions, {len(UNANSWERABLE)} unanswerable")


if __name__ == "__main__":
    main()
