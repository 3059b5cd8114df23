# -*- coding: utf-8 -*-
"""Render docs/ and the jsonl files. Run with /work/main/.venv/bin/python gen/gen.py
Deterministic: fixed seed, fixed dates in PDF/DOCX metadata."""
import datetime, html, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content, model, questions  # noqa: E402

OUT = os.path.dirname(HERE)
DOCS = os.path.join(OUT, "docs")
RNG = random.Random(15)
FIXED = datetime.datetime(2026, 12, 5, 9, 0, 0)


# ---------------------------------------------------------------- txt
def txt_table(b):
    rows = [b["header"]] + b["rows"]
    w = [max(len(r[i]) for r in rows) for i in range(len(b["header"]))]
    fmt = lambda r: " | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
    out = [fmt(b["header"]), "-+-".join("-" * x for x in w)]
    out += [fmt(r) for r in b["rows"]]
    return out


def render_txt(doc, style):
    L = list(doc["audience"]) + [""]
    L += [doc["title"], "=" * len(doc["title"]), ""]
    n2 = n3 = 0
    bullet = {"numbered": "- ", "underline": "  * ", "plain": "- "}[style]
    for b in doc["blocks"]:
        k = b["kind"]
        if k == "h":
            if style == "numbered":
                if b["level"] == 2:
                    n2 += 1; n3 = 0
                    L += ["", "%d. %s" % (n2, b["text"]), ""]
                else:
                    n3 += 1
                    L += ["%d.%d %s" % (n2, n3, b["text"]), ""]
            elif style == "underline":
                ch = "-" if b["level"] == 2 else "~"
                L += ["", b["text"], ch * len(b["text"]), ""]
            else:
                L += ["", b["text"], ""]
        elif k == "p":
            L += [b["text"], ""]
        elif k == "ul":
            L += [bullet + it for it in b["items"]] + [""]
        elif k == "ol":
            L += ["%d. %s" % (i + 1, it) for i, it in enumerate(b["items"])] + [""]
        else:
            L += txt_table(b) + [""]
    text = "\n".join(L).rstrip() + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


# ---------------------------------------------------------------- md
def render_md(doc):
    L = list(doc["audience"]) + ["", "# " + doc["title"], ""]
    for b in doc["blocks"]:
        k = b["kind"]
        if k == "h":
            L += ["#" * b["level"] + " " + b["text"], ""]
        elif k == "p":
            L += [b["text"], ""]
        elif k == "ul":
            L += ["- " + it for it in b["items"]] + [""]
        elif k == "ol":
            L += ["%d. %s" % (i + 1, it) for i, it in enumerate(b["items"])] + [""]
        else:
            L.append("| " + " | ".join(b["header"]) + " |")
            L.append("|" + "|".join("---" for _ in b["header"]) + "|")
            L += ["| " + " | ".join(r) + " |" for r in b["rows"]] + [""]
    return "\n".join(L).rstrip() + "\n"


# ---------------------------------------------------------------- html
def render_html(doc, lang):
    e = lambda s: html.escape(s, quote=False)
    L = ["<!DOCTYPE html>", '<html lang="%s">' % lang, "<head>", '<meta charset="utf-8">',
         "<title>%s</title>" % e(doc["title"]),
         "<style>body{font-family:Georgia,serif;max-width:46em;margin:auto}.bandeau{background:#efe6cf;padding:.4em;font-size:.85em}"
         "table{border-collapse:collapse}td,th{border:1px solid #998;padding:.2em .5em}</style>",
         "</head>", "<body>", '<div class="bandeau">%s</div>' % e(" ".join(doc["audience"])),
         "<h1>%s</h1>" % e(doc["title"])]
    for b in doc["blocks"]:
        k = b["kind"]
        if k == "h":
            L.append("<h%d>%s</h%d>" % (b["level"], e(b["text"]), b["level"]))
        elif k == "p":
            L.append("<p>%s</p>" % e(b["text"]))
        elif k in ("ul", "ol"):
            L.append("<%s>" % k)
            L += ["  <li>%s</li>" % e(it) for it in b["items"]]
            L.append("</%s>" % k)
        else:
            L.append("<table>")
            L.append("  <thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % e(c) for c in b["header"]))
            L.append("  <tbody>")
            L += ["    <tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in b["rows"]]
            L.append("  </tbody>")
            L.append("</table>")
    L += ['<p class="pied">Semencerie du Bocage - Le Cercle des Passeurs</p>', "</body>", "</html>"]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- docx
def render_docx(doc, path):
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    cp = d.core_properties
    cp.title = doc["title"]; cp.author = "Semencerie du Bocage"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Maëlle Guernion"; cp.revision = 3
    p = d.add_paragraph()
    r = p.add_run(" ".join(doc["audience"])); r.italic = True; r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    d.add_paragraph(doc["title"], style="Title")
    for b in doc["blocks"]:
        k = b["kind"]
        if k == "h":
            d.add_heading(b["text"], level=b["level"] - 1)
        elif k == "p":
            d.add_paragraph(b["text"])
        elif k in ("ul", "ol"):
            st = "List Bullet" if k == "ul" else "List Number"
            for it in b["items"]:
                d.add_paragraph(it, style=st)
        else:
            t = d.add_table(rows=1 + len(b["rows"]), cols=len(b["header"]))
            t.style = "Table Grid"
            for i, c in enumerate(b["header"]):
                cell = t.rows[0].cells[i]; cell.text = ""
                cell.paragraphs[0].add_run(c).bold = True
            for ri, row in enumerate(b["rows"]):
                for i, c in enumerate(row):
                    t.rows[ri + 1].cells[i].text = c
    d.save(path)
    _freeze_zip(path)


def _freeze_zip(path):
    """Rewrite the .docx zip with fixed timestamps so reruns are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- pdf
def render_pdf(doc, path, outline):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    from xml.sax.saxutils import escape as x

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontName="Helvetica-Oblique", fontSize=8, textColor=colors.grey)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=14)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10,
                        textColor=colors.HexColor("#3b5b2a"))
    h3 = ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6)
    cellst = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    cellh = ParagraphStyle("cellh", parent=cellst, fontName="Helvetica-Bold")

    class Doc(BaseDocTemplate):
        def afterFlowable(self, f):
            if outline and isinstance(f, Paragraph) and f.style.name in ("title", "h2", "h3"):
                lvl = {"title": 0, "h2": 1, "h3": 2}[f.style.name]
                key = "k%d" % id(f)
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(f.getPlainText(), key, level=lvl, closed=False)

    def footer(canv, d):
        canv.saveState(); canv.setFont("Helvetica", 7.5)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Semencerie du Bocage - page %d" % d.page)
        canv.restoreState()

    d = Doc(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
            title=doc["title"], author="Semencerie du Bocage", subject="Le Cercle des Passeurs",
            creator="Semencerie du Bocage", pageCompression=0, invariant=1)
    d.addPageTemplates([PageTemplate("p", [Frame(d.leftMargin, d.bottomMargin, d.width, d.height)], onPage=footer)])
    story = [Paragraph(x(a), small) for a in doc["audience"]]
    story.append(Paragraph(x(doc["title"]), title))
    for b in doc["blocks"]:
        k = b["kind"]
        if k == "h":
            story.append(Paragraph(x(b["text"]), h2 if b["level"] == 2 else h3))
        elif k == "p":
            story.append(Paragraph(x(b["text"]), body))
        elif k in ("ul", "ol"):
            items = [ListItem(Paragraph(x(it), body), leftIndent=14) for it in b["items"]]
            story.append(ListFlowable(items, bulletType="bullet" if k == "ul" else "1", start=None if k == "ol" else "\u2022",
                                      bulletFontName="Helvetica", leftIndent=14))
        else:
            data = [[Paragraph(x(c), cellh) for c in b["header"]]]
            data += [[Paragraph(x(c), cellst) for c in r] for r in b["rows"]]
            t = Table(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8efd9")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
    d.build(story)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name, spec in sorted(content.DOCS.items()):
        doc = model.parse(spec["src"])
        path = os.path.join(DOCS, name)
        ext = name.rsplit(".", 1)[1]
        if ext == "txt":
            open(path, "w", encoding="utf-8").write(render_txt(doc, spec["style"]))
        elif ext == "md":
            open(path, "w", encoding="utf-8").write(render_md(doc))
        elif ext == "html":
            open(path, "w", encoding="utf-8").write(render_html(doc, spec["lang"]))
        elif ext == "docx":
            render_docx(doc, path)
        elif ext == "pdf":
            render_pdf(doc, path, spec.get("outline", False))
    qs = list(questions.QUESTIONS)
    RNG.shuffle(qs)
    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(qs, 1):
            doc, sec, unit, lang, text, gold = q
            f.write(json.dumps({"id": "sh15-q%02d" % i, "question": text, "gold_doc": doc, "gold_section": sec,
                                "unit": unit, "gold": gold, "lang": lang}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (lang, text) in enumerate(questions.UNANSWERABLE, 1):
            f.write(json.dumps({"id": "sh15-u%02d" % i, "question": text, "lang": lang}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
