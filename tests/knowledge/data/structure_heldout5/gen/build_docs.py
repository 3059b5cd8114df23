# -*- coding: utf-8 -*-
"""Render the documents of content.py into ../docs/ (deterministic).

Run with /work/main/.venv/bin/python gen/build_docs.py
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import DOCS  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs")


# ------------------------------------------------------------------ Markdown
def render_md(d):
    out = []
    if d["style"] == "md_setext":
        out += [d["title"], "=" * len(d["title"]), ""]
    else:
        out += ["# " + d["title"], ""]
    out += [d["lead"], ""]
    for b in d["blocks"]:
        kind = b[0]
        if kind == "h":
            lvl, text = b[1], b[2]
            if d["style"] == "md_setext" and lvl == 1:
                out += [text, "-" * len(text), ""]
            else:
                out += ["#" * (lvl + 1) + " " + text, ""]
        elif kind == "p":
            out += [b[2], ""]
        elif kind in ("ul", "ol"):
            if b[2]:
                out += [b[2], ""]
            n = len(b[3])
            for i, it in enumerate(b[3]):
                end = "." if i == n - 1 else " ;"
                if d["lang"] == "en":
                    end = "." if i == n - 1 else ";"
                mark = "%d. " % (i + 1) if kind == "ol" else "- "
                out.append(mark + it + end)
            out.append("")
        elif kind == "t":
            header, rows, intro = b[2], b[3], b[4]
            if intro:
                out += [intro, ""]
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "|".join(["---"] * len(header)) + "|")
            for r in rows:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ plain text
def render_txt(d):
    st = d["style"]
    out = []
    if st == "txt_caps":
        out += [d["title"], "", d["lead"], "", ""]
    elif st == "txt_underlined":
        out += [d["title"].upper(), "", d["lead"], "", ""]
    else:
        out += [d["title"], "=" * len(d["title"]), "", d["lead"], "", ""]
    for b in d["blocks"]:
        kind = b[0]
        if kind == "h":
            lvl, text = b[1], b[2]
            if st == "txt_underlined":
                out += [text, ("=" if lvl == 1 else "-") * len(text), ""]
            elif st == "txt_caps":
                if lvl == 1:
                    if out and out[-1] != "":
                        out.append("")
                    out += ["", text, ""]
                else:
                    out += [text]
            else:  # numbered
                if lvl == 1:
                    out += ["", text, ""]
                else:
                    out += [text, ""]
        elif kind == "p":
            out += [b[2], ""]
        elif kind in ("ul", "ol"):
            if b[2]:
                out.append(b[2])
            n = len(b[3])
            for i, it in enumerate(b[3]):
                end = "." if i == n - 1 else " ;"
                if kind == "ol":
                    mark = "%d) " % (i + 1)
                else:
                    mark = "* " if st == "txt_underlined" else "- "
                out.append("  " + mark + it + end)
            out.append("")
        elif kind == "t":
            raise ValueError("no tables in plain text documents")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ HTML
NAV = """<nav class="site-nav">
  <a href="/">Accueil</a> | <a href="/jeux">Nos jeux</a> | <a href="/boutique">Boutique</a> |
  <a href="/eclaireurs">Éclaireurs</a> | <a href="/contact">Contact</a>
</nav>"""
FOOTER = """<footer>
  <p>© 2026 Éditions Tortue Rusée, 12 quai de la Fosse, Nantes</p>
  <p><a href="/mentions-legales">Mentions légales</a> · <a href="/plan">Plan du site</a> · <a href="/cookies">Gestion des cookies</a></p>
</footer>"""


def render_html(d):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="%s">' % d["lang"], "<head>",
           '<meta charset="utf-8">', "<title>%s | Éditions Tortue Rusée</title>" % e(d["title"]),
           "</head>", "<body>", NAV, "<main>", "<article>",
           "<h1>%s</h1>" % e(d["title"]), "<p class=\"lead\">%s</p>" % e(d["lead"])]
    for b in d["blocks"]:
        kind = b[0]
        if kind == "h":
            out.append("<h%d>%s</h%d>" % (b[1] + 1, e(b[2]), b[1] + 1))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[2]))
        elif kind in ("ul", "ol"):
            if b[2]:
                out.append("<p>%s</p>" % e(b[2]))
            out.append("<%s>" % kind)
            for it in b[3]:
                out.append("  <li>%s</li>" % e(it))
            out.append("</%s>" % kind)
        elif kind == "t":
            header, rows, intro = b[2], b[3], b[4]
            if intro:
                out.append("<p>%s</p>" % e(intro))
            out.append("<table>")
            out.append("  <thead><tr>" + "".join("<th>%s</th>" % e(c) for c in header) + "</tr></thead>")
            out.append("  <tbody>")
            for r in rows:
                out.append("    <tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
            out.append("  </tbody>")
            out.append("</table>")
    out += ["</article>", '<aside class="newsletter"><p>Recevez La Carapace chaque mois : inscrivez-vous depuis votre profil.</p></aside>',
            "</main>", FOOTER, "</body>", "</html>"]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ DOCX
def render_docx(d, path):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.title = d["title"]
    cp.author = "Éditions Tortue Rusée"
    import datetime
    fixed = datetime.datetime(2026, 11, 20, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Éditions Tortue Rusée"
    doc.add_paragraph(d["title"], style="Title")
    doc.add_paragraph(d["lead"])
    for b in d["blocks"]:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[2], level=b[1])
        elif kind == "p":
            doc.add_paragraph(b[2])
        elif kind in ("ul", "ol"):
            if b[2]:
                doc.add_paragraph(b[2])
            style = "List Number" if kind == "ol" else "List Bullet"
            for it in b[3]:
                doc.add_paragraph(it, style=style)
        elif kind == "t":
            header, rows, intro = b[2], b[3], b[4]
            if intro:
                doc.add_paragraph(intro)
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, c in enumerate(header):
                cell = t.rows[0].cells[j]
                cell.text = c
                for r in cell.paragraphs[0].runs:
                    r.bold = True
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.rows[i + 1].cells[j].text = c
            doc.add_paragraph("")
    for s in doc.styles:
        pass
    doc.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the zip with fixed timestamps so the output is deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ PDF
def render_pdf(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    from reportlab import rl_config
    rl_config.invariant = 1

    outline = d["style"] == "pdf_outline"
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    item = ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=2)
    cellst = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
    cellh = ParagraphStyle("cellh", parent=cellst, fontName="Helvetica-Bold")
    if outline:
        hst = {0: ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=27, spaceAfter=12),
               1: ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=14, spaceAfter=6),
               2: ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)}
    else:  # no outline: size-only and colour differences, second level not bold
        hst = {0: ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=12),
               1: ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6,
                                 textColor=colors.HexColor("#1b5e20")),
               2: ParagraphStyle("h2", fontName="Helvetica-Oblique", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)}

    def esc(s):
        return html.escape(s, quote=False)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, f):
            if outline and hasattr(f, "_bm"):
                key, lvl, text = f._bm
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=lvl, closed=False)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Éditions Tortue Rusée · Programme Éclaireurs")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canvas.restoreState()

    doc = Doc(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
              topMargin=2 * cm, bottomMargin=2 * cm,
              title=d["title"] if outline else "", author="Éditions Tortue Rusée")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=footer)])

    story = []
    t = Paragraph(esc(d["title"]), hst[0])
    t._bm = ("t0", 0, d["title"])
    story += [t, Paragraph(esc(d["lead"]), body)]
    n = 0
    for b in d["blocks"]:
        kind = b[0]
        if kind == "h":
            n += 1
            p = Paragraph(esc(b[2]), hst[b[1]])
            p._bm = ("h%d" % n, b[1], b[2])
            story.append(p)
        elif kind == "p":
            story.append(Paragraph(esc(b[2]), body))
        elif kind in ("ul", "ol"):
            if b[2]:
                story.append(Paragraph(esc(b[2]), body))
            for i, it in enumerate(b[3]):
                bullet = "%d." % (i + 1) if kind == "ol" else "\u2022"
                story.append(Paragraph(esc(it), item, bulletText=bullet))
            story.append(Spacer(1, 6))
        elif kind == "t":
            header, rows, intro = b[2], b[3], b[4]
            if intro:
                story.append(Paragraph(esc(intro), body))
            data = [[Paragraph(esc(c), cellh) for c in header]]
            data += [[Paragraph(esc(c), cellst) for c in r] for r in rows]
            tb = Table(data, colWidths=[doc.width / len(header)] * len(header), repeatRows=1)
            tb.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [tb, Spacer(1, 8)]
    doc.build(story)


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in DOCS:
        path = os.path.join(OUT, d["file"])
        st = d["style"]
        if st.startswith("md"):
            open(path, "w", encoding="utf-8").write(render_md(d))
        elif st.startswith("txt"):
            open(path, "w", encoding="utf-8").write(render_txt(d))
        elif st == "html":
            open(path, "w", encoding="utf-8").write(render_html(d))
        elif st == "docx":
            render_docx(d, path)
        elif st.startswith("pdf"):
            render_pdf(d, path)
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
