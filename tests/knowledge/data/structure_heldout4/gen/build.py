# -*- coding: utf-8 -*-
"""Deterministic generator of the structure_heldout4 set.

Run with the project's venv (reportlab, python-docx):
    /work/main/.venv/bin/python gen/build.py
Writes docs/*, questions.jsonl and unanswerable.jsonl next to gen/.
"""
import html
import io
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS_DIR = os.path.join(ROOT, "docs")
sys.path.insert(0, HERE)

from content import DOCS  # noqa: E402
from questions_src import Q, U  # noqa: E402

SEP = " \u203a "  # " › "


def para_text(sents):
    return " ".join(sents)


def items_fr(items, lang):
    """Add French list punctuation (';' then '.') or none for English."""
    if lang != "fr":
        return list(items)
    return [it + (" ;" if i < len(items) - 1 else ".") for i, it in enumerate(items)]


# ------------------------------------------------------------------ Markdown
def render_md(spec):
    out = []
    lang = spec["lang"]
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            out.append("# " + b[1])
        elif k == "h1":
            out.append("## " + b[1])
        elif k == "h2":
            out.append("### " + b[1])
        elif k == "p":
            out.append(para_text(b[1]))
        elif k in ("ul", "ol"):
            lines = [b[1], ""]
            for i, it in enumerate(items_fr(b[2], lang), 1):
                lines.append(("- " if k == "ul" else "%d. " % i) + it)
            out.append("\n".join(lines))
        elif k == "table":
            hdr, rows = b[1], b[2]
            lines = ["| " + " | ".join(hdr) + " |", "|" + "|".join("---" for _ in hdr) + "|"]
            for r in rows:
                lines.append("| " + " | ".join(r) + " |")
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


# ------------------------------------------------------------------ plain text
def _aligned(hdr, rows):
    widths = [max(len(r[i]) for r in [hdr] + rows) for i in range(len(hdr))]
    fmt = lambda r: "  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip()
    return [fmt(hdr), "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows]


def render_txt(spec):
    style = spec["txt_style"]
    lang = spec["lang"]
    out = []
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            if style == "numbered":
                out.append(b[1])
            elif style == "underlined":
                out.append(b[1].upper())
            else:
                out.append(b[1])
        elif k == "h1":
            if style == "underlined":
                out.append(b[1] + "\n" + "=" * len(b[1]))
            else:
                out.append(b[1])
        elif k == "h2":
            if style == "underlined":
                out.append(b[1] + "\n" + "-" * len(b[1]))
            else:
                out.append(b[1])
        elif k == "p":
            out.append(para_text(b[1]))
        elif k in ("ul", "ol"):
            lines = [b[1]]
            bullet = {"numbered": "  - ", "underlined": "  * ", "bare": "- "}[style]
            for i, it in enumerate(items_fr(b[2], lang), 1):
                lines.append((bullet if k == "ul" else "  %d) " % i) + it)
            out.append("\n".join(lines))
        elif k == "table":
            hdr, rows = b[1], b[2]
            if style == "numbered":
                lines = [" | ".join(hdr)] + ["-" * 60] + [" | ".join(r) for r in rows]
            elif style == "underlined":
                lines = _aligned(hdr, rows)
            else:
                lines = ["\t".join(hdr)] + ["\t".join(r) for r in rows]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


# ------------------------------------------------------------------ HTML
NAV = """  <header class="site-header">
    <a class="logo" href="/">Le Grand Tréteau</a>
    <nav>
      <ul>
        <li><a href="/programmation">Programmation</a></li>
        <li><a href="/billetterie">Billetterie</a></li>
        <li><a href="/complices">Les Complices</a></li>
        <li><a href="/venir">Venir au théâtre</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <div id="cookie-banner" class="cookies">
    <p>Ce site utilise des cookies de mesure d'audience. Vous pouvez les accepter ou les refuser.</p>
    <button>Tout accepter</button> <button>Tout refuser</button> <a href="/cookies">Personnaliser</a>
  </div>
"""
FOOTER = """  <footer class="site-footer">
    <p>Le Grand Tréteau, scène régionale de Loire-Sarthe, 4 quai des Mariniers.</p>
    <ul>
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/confidentialite">Confidentialité</a></li>
      <li><a href="/plan-du-site">Plan du site</a></li>
    </ul>
    <p>© 2026 Le Grand Tréteau. Tous droits réservés.</p>
  </footer>
"""


def render_html(spec):
    e = lambda s: html.escape(s, quote=False)
    lang = spec["lang"]
    title = [b[1] for b in spec["blocks"] if b[0] == "title"][0]
    body = []
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            body.append("    <h1>%s</h1>" % e(b[1]))
        elif k == "h1":
            body.append("    <h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            body.append("    <h3>%s</h3>" % e(b[1]))
        elif k == "p":
            body.append("    <p>%s</p>" % e(para_text(b[1])))
        elif k in ("ul", "ol"):
            body.append("    <p>%s</p>" % e(b[1]))
            body.append("    <%s>" % k)
            for it in items_fr(b[2], lang):
                body.append("      <li>%s</li>" % e(it))
            body.append("    </%s>" % k)
        elif k == "table":
            body.append("    <table>")
            body.append("      <thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % e(c) for c in b[1]))
            body.append("      <tbody>")
            for r in b[2]:
                body.append("        <tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r))
            body.append("      </tbody>")
            body.append("    </table>")
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n  <meta charset=\"utf-8\">\n"
            "  <title>%s | Le Grand Tréteau</title>\n  <link rel=\"stylesheet\" href=\"/static/site.css\">\n"
            "</head>\n<body>\n%s  <main>\n%s\n  </main>\n%s</body>\n</html>\n") % (
        lang, e(title), NAV, "\n".join(body), FOOTER)


# ------------------------------------------------------------------ DOCX
FIXED_DT = (2026, 9, 1, 12, 0, 0)


def _fix_zip(data):
    """Rewrite a zip with fixed timestamps and sorted entries (deterministic bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for n in first + sorted(x for x in names if x not in first):
            zi = zipfile.ZipInfo(n, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(n))
    return buf.getvalue()


def render_docx(spec, path):
    import datetime
    from docx import Document
    doc = Document()
    lang = spec["lang"]
    title = [b[1] for b in spec["blocks"] if b[0] == "title"][0]
    cp = doc.core_properties
    cp.title = title
    cp.author = "Le Grand Tréteau, relations avec le public"
    cp.created = datetime.datetime(2026, 9, 1, 12, 0, 0)
    cp.modified = datetime.datetime(2026, 9, 1, 12, 0, 0)
    cp.last_modified_by = "Le Grand Tréteau"
    cp.revision = 1
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            doc.add_paragraph(b[1], style="Title")
        elif k == "h1":
            doc.add_paragraph(b[1], style="Heading 1")
        elif k == "h2":
            doc.add_paragraph(b[1], style="Heading 2")
        elif k == "p":
            doc.add_paragraph(para_text(b[1]))
        elif k in ("ul", "ol"):
            doc.add_paragraph(b[1])
            st = "List Bullet" if k == "ul" else "List Number"
            for it in items_fr(b[2], lang):
                doc.add_paragraph(it, style=st)
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
            t.style = "Table Grid"
            for i, c in enumerate(hdr):
                cell = t.rows[0].cells[i]
                cell.text = ""
                run = cell.paragraphs[0].add_run(c)
                run.bold = True
            for ri, r in enumerate(rows, 1):
                for i, c in enumerate(r):
                    t.rows[ri].cells[i].text = c
            doc.add_paragraph("")
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


# ------------------------------------------------------------------ PDF
def render_pdf(spec, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    title = [b[1] for b in spec["blocks"] if b[0] == "title"][0]
    outline = spec.get("outline", False)
    lang = spec["lang"]

    st_title = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=14)
    st_h1 = ParagraphStyle("H1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=8)
    st_h2 = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=5)
    st_body = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_LEFT, spaceAfter=6)
    st_item = ParagraphStyle("I", parent=st_body, leftIndent=18, bulletIndent=6, spaceAfter=2)
    st_cell = ParagraphStyle("C", fontName="Helvetica", fontSize=9, leading=11)
    st_hcell = ParagraphStyle("HC", fontName="Helvetica-Bold", fontSize=9, leading=11)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            if not outline:
                return
            lvl = getattr(fl, "_outline_level", None)
            if lvl is None:
                return
            key = "bm%d" % id(fl)
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(fl.getPlainText(), key, level=lvl, closed=False)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "Le Grand Tréteau · Les Complices")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "page %d" % doc.page)
        canv.restoreState()

    doc = Doc(path, pagesize=A4, title=title, author="Le Grand Tréteau", subject="Programme des Complices",
              leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=footer)])
    if outline:
        doc.showOutline = True

    story = []
    seen_h1 = False
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            story.append(Paragraph(xesc(b[1]), st_title))
        elif k == "h1":
            if seen_h1:
                story.append(PageBreak())
            seen_h1 = True
            p = Paragraph(xesc(b[1]), st_h1)
            p._outline_level = 0
            story.append(p)
        elif k == "h2":
            p = Paragraph(xesc(b[1]), st_h2)
            p._outline_level = 1
            story.append(p)
        elif k == "p":
            story.append(Paragraph(xesc(para_text(b[1])), st_body))
        elif k in ("ul", "ol"):
            story.append(Paragraph(xesc(b[1]), st_body))
            for i, it in enumerate(items_fr(b[2], lang), 1):
                bt = "\u2022" if k == "ul" else "%d." % i
                story.append(Paragraph(xesc(it), st_item, bulletText=bt))
            story.append(Spacer(1, 6))
        elif k == "table":
            hdr, rows = b[1], b[2]
            data = [[Paragraph(xesc(c), st_hcell) for c in hdr]]
            data += [[Paragraph(xesc(c), st_cell) for c in r] for r in rows]
            n = len(hdr)
            first = doc.width * (0.42 if n >= 4 else 0.5)
            rest = (doc.width - first) / (n - 1)
            t = Table(data, colWidths=[first] + [rest] * (n - 1), repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e2d6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc.build(story)


# ------------------------------------------------------------------ units and questions
def units_of(spec):
    """Yield (section_path, unit_kind, gold_fragments, searchable_text)."""
    h1 = h2 = None
    for b in spec["blocks"]:
        k = b[0]
        if k == "h1":
            h1, h2 = b[1], None
        elif k == "h2":
            h2 = b[1]
        if k in ("h1", "h2", "title"):
            continue
        sec = SEP.join(x for x in (h1, h2) if x)
        if k == "p":
            yield sec, "paragraph", list(b[1]), para_text(b[1])
        elif k in ("ul", "ol"):
            yield sec, "list", [b[1]] + list(b[2]), " ".join([b[1]] + list(b[2]))
        elif k == "table":
            for r in b[2]:
                yield sec, "table_row", list(b[1]) + list(r), " | ".join(r)


def build_questions():
    rows = []
    for n, (doc, loc, lang, q) in enumerate(Q, 1):
        hits = [u for u in units_of(DOCS[doc]) if loc in u[3]]
        if len(hits) != 1:
            raise SystemExit("locator %r in %s matches %d units" % (loc, doc, len(hits)))
        sec, unit, gold, _ = hits[0]
        rows.append({"id": "q%02d" % n if len(Q) < 100 else "q%03d" % n, "question": q, "gold_doc": doc,
                     "gold_section": sec, "unit": unit, "gold": gold, "lang": lang})
    return rows


def main():
    os.makedirs(DOCS_DIR, exist_ok=True)
    for name, spec in DOCS.items():
        path = os.path.join(DOCS_DIR, name)
        ext = name.rsplit(".", 1)[1]
        if ext == "md":
            open(path, "w", encoding="utf-8").write(render_md(spec))
        elif ext == "txt":
            open(path, "w", encoding="utf-8").write(render_txt(spec))
        elif ext == "html":
            open(path, "w", encoding="utf-8").write(render_html(spec))
        elif ext == "docx":
            render_docx(spec, path)
        elif ext == "pdf":
            render_pdf(spec, path)
    qs = build_questions()
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in qs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for n, (lang, q) in enumerate(U, 1):
            f.write(json.dumps({"id": "u%02d" % n, "question": q, "lang": lang}, ensure_ascii=False) + "\n")
    print("docs:", len(DOCS), "questions:", len(qs), "unanswerable:", len(U))


if __name__ == "__main__":
    main()
