# -*- coding: utf-8 -*-
"""Deterministic generator of the structure_heldout18 set.
Run with /work/main/.venv/bin/python (needs reportlab and python-docx for PDF/DOCX)."""
import html, json, os, re, textwrap, zipfile
from docs_src import DOCS
from questions_src import QUESTIONS, UNANSWERABLE

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")


def parse(body):
    """-> list of blocks: ('h',lvl,text) ('p',text) ('ul',[..]) ('ol',[..]) ('table',header,rows)"""
    blocks = []
    for line in body:
        if line.startswith("## "):
            blocks.append(("h", 2, line[3:]))
        elif line.startswith("# "):
            blocks.append(("h", 1, line[2:]))
        elif line.startswith("- ") or line.startswith("+ "):
            kind = "ul" if line[0] == "-" else "ol"
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(line[2:])
            else:
                blocks.append((kind, [line[2:]]))
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][2].append(cells)
            else:
                blocks.append(("table", cells, []))
        else:
            blocks.append(("p", line))
    return blocks


# ------------------------------------------------------------------ Markdown
def render_md(d, blocks):
    out = []
    if d["name"].startswith("hop_"):
        out += ["# " + d["title"], "", d["readership"], ""]
    elif d["name"].startswith("bienvenue"):
        out += ["> " + d["readership"], "", "# " + d["title"], ""]
    else:
        out += [d["readership"], "", "# " + d["title"], ""]
    for b in blocks:
        if b[0] == "h":
            out += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "ul":
            out += ["- " + x for x in b[1]] + [""]
        elif b[0] == "ol":
            out += ["%d. %s" % (i + 1, x) for i, x in enumerate(b[1])] + [""]
        elif b[0] == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "|".join("---" for _ in b[1]) + "|"]
            out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ HTML
def render_html(d, blocks):
    e = html.escape
    o = ['<!DOCTYPE html>', '<html lang="%s">' % d["lang"], "<head>", '<meta charset="utf-8">',
         "<title>%s – Brasserie de l'Écluse Brune</title>" % e(d["title"], quote=False),
         "<style>body{font-family:sans-serif;max-width:46em;margin:auto} .bandeau{background:#7a4b1c;color:#fff;padding:.5em} .note{font-size:small;color:#666} table{border-collapse:collapse} td,th{border:1px solid #aaa;padding:.2em .5em}</style>",
         "</head>", "<body>", '<nav><a href="/cercle">Accueil du Cercle</a> · <a href="/cercle/faq">FAQ</a> · <a href="/cercle/donnees">Vos données</a></nav>']
    if d["name"].startswith("faq"):
        o.append('<div class="bandeau">%s</div>' % e(d["readership"], quote=False))
    else:
        o.append('<p class="note">%s</p>' % e(d["readership"], quote=False))
    o.append("<main>")
    o.append("<h1>%s</h1>" % e(d["title"], quote=False))
    for b in blocks:
        if b[0] == "h":
            o.append("<h%d>%s</h%d>" % (b[1] + 1, e(b[2], quote=False), b[1] + 1))
        elif b[0] == "p":
            o.append("<p>%s</p>" % e(b[1], quote=False))
        elif b[0] in ("ul", "ol"):
            o.append("<%s>" % b[0])
            o += ["  <li>%s</li>" % e(x, quote=False) for x in b[1]]
            o.append("</%s>" % b[0])
        elif b[0] == "table":
            o.append("<table>")
            o.append("  <thead><tr>" + "".join("<th>%s</th>" % e(c, quote=False) for c in b[1]) + "</tr></thead>")
            o.append("  <tbody>")
            for r in b[2]:
                o.append("    <tr>" + "".join("<td>%s</td>" % e(c, quote=False) for c in r) + "</tr>")
            o.append("  </tbody>")
            o.append("</table>")
    o += ["</main>", "<footer><p>Brasserie de l'Écluse Brune · 12 quai du Halage · cercle@ecluse-brune.fr</p></footer>", "</body>", "</html>"]
    return "\n".join(o) + "\n"


# ------------------------------------------------------------------ plain text
def wrap(text, indent="", first=None):
    first = indent if first is None else first
    return textwrap.fill(text, width=74, initial_indent=first, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def render_txt(d, blocks):
    style = d["txt_style"]
    o = [d["readership"], ""]
    if style == "numbered":
        o += [d["title"], "", ""]
    elif style == "underline":
        o += [d["title"], "=" * len(d["title"]), ""]
    else:
        o += [d["title"], "Version : octobre 2026 - mise à jour par M. Vautrin", ""]
    for b in blocks:
        if b[0] == "h":
            if style == "underline":
                o += ["", b[2], "-" * len(b[2]), ""]
            elif style == "numbered":
                o += ["", b[2], ""] if b[1] == 1 else [b[2], ""]
            else:  # caps
                o += ["", b[2], ""] if b[1] == 1 else ["  " + b[2], ""]
        elif b[0] == "p":
            o += [wrap(b[1]), ""]
        elif b[0] == "ul":
            for x in b[1]:
                o.append(wrap(x, indent="    ", first="  - "))
            o.append("")
        elif b[0] == "ol":
            for i, x in enumerate(b[1]):
                o.append(wrap(x, indent="     ", first="  %d) " % (i + 1)))
            o.append("")
        elif b[0] == "table":
            rows = [b[1]] + b[2]
            w = [max(len(r[i]) for r in rows) for i in range(len(b[1]))]
            line = lambda r: "  " + "   ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
            o.append(line(b[1]))
            o.append("  " + "   ".join("-" * x for x in w))
            o += [line(r) for r in b[2]]
            o.append("")
    if style == "caps":
        o += ["", "-- fin du guide -- questions : Maëlle (Slack #cercle-equipe)"]
    return "\n".join(o).rstrip() + "\n"


# ------------------------------------------------------------------ DOCX
def render_docx(d, blocks, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.title = d["title"]
    doc.core_properties.author = "Brasserie de l'Écluse Brune"
    # fixed dates so output is deterministic
    import datetime
    doc.core_properties.created = datetime.datetime(2026, 10, 22, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 11, 3, 9, 0, 0)
    doc.core_properties.last_modified_by = "Cercle"
    if d["name"].startswith("niveaux"):
        hdr = doc.sections[0].header
        hdr.paragraphs[0].text = d["readership"]
    else:
        p = doc.add_paragraph()
        r = p.add_run(d["readership"])
        r.bold = True
        r.font.size = Pt(9)
    doc.add_heading(d["title"], level=0)
    for b in blocks:
        if b[0] == "h":
            doc.add_heading(b[2], level=b[1])
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "ul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif b[0] == "ol":
            for x in b[1]:
                doc.add_paragraph(x, style="List Number")
        elif b[0] == "table":
            t = doc.add_table(rows=1 + len(b[2]), cols=len(b[1]))
            t.style = "Table Grid"
            for i, c in enumerate(b[1]):
                t.rows[0].cells[i].text = c
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for j, row in enumerate(b[2]):
                for i, c in enumerate(row):
                    t.rows[j + 1].cells[i].text = c
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """rewrite the zip with fixed timestamps so the bytes are deterministic"""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ PDF
def render_pdf(d, blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem)
    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", fdir + "DejaVuSans-Oblique.ttf"))
    e = lambda s: html.escape(s, quote=False)
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=14, spaceAfter=6)
    small = ParagraphStyle("s", fontName="DV", fontSize=8, leading=10, textColor=colors.grey, spaceAfter=8)
    ital = ParagraphStyle("i", fontName="DVI", fontSize=9, leading=12, spaceAfter=12)
    t0 = ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22, spaceAfter=10)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=10.5)
    outline = d.get("outline")

    class HDoc(SimpleDocTemplate):
        def afterFlowable(self, fl):
            if outline and isinstance(fl, Paragraph) and hasattr(fl, "_okey"):
                self.canv.bookmarkPage(fl._okey)
                self.canv.addOutlineEntry(fl.getPlainText(), fl._okey, level=fl._olvl, closed=False)

    def head(text, style, lvl, n):
        p = Paragraph(e(text), style)
        p._okey, p._olvl = "k%d" % n, lvl
        return p

    story = []
    if d["outline"]:
        story.append(Paragraph(e(d["readership"]), small))
        story.append(head(d["title"], t0, 0, 0))
    else:
        story.append(Paragraph(e(d["title"]), t0))
        story.append(Paragraph(e(d["readership"]), ital))
    n = 0
    for b in blocks:
        n += 1
        if b[0] == "h":
            story.append(head(b[2], h1 if b[1] == 1 else h2, b[1], n))
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), body))
        elif b[0] in ("ul", "ol"):
            items = [ListItem(Paragraph(e(x), body), leftIndent=14) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if b[0] == "ul" else "1",
                                      start="•" if b[0] == "ul" else None, bulletFontName="DV",
                                      leftIndent=14))
        elif b[0] == "table":
            data = [[Paragraph(e(c), cellb) for c in b[1]]] + [[Paragraph(e(c), cell) for c in r] for r in b[2]]
            ncol = len(b[1])
            widths = {3: [3.2 * cm, 6.3 * cm, 6.5 * cm], 4: [2.2 * cm, 6.6 * cm, 4.6 * cm, 2.6 * cm]}[ncol]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eadfcc")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))

    def footer(canv, doc_):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.drawString(2 * cm, 1.2 * cm, "Brasserie de l'Écluse Brune – Cercle des Houblonniers – page %d" % doc_.page)
        canv.restoreState()

    pdf = HDoc(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
               bottomMargin=2 * cm, title=d["title"], author="Brasserie de l'Écluse Brune",
               invariant=1)
    if outline:
        pdf.showOutline = True
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)


FMT = {"md": "Markdown", "txt": "plain text", "html": "HTML", "docx": "DOCX", "pdf": "PDF"}


def write_readme():
    import collections
    units = collections.Counter(q["unit"] for q in QUESTIONS)
    langs = collections.Counter(q["lang"] for q in QUESTIONS)
    docl = {d["name"]: d["lang"] for d in DOCS}
    en_fr = sum(1 for q in QUESTIONS if q["lang"] == "en" and docl[q["gold_doc"]] == "fr")
    fr_en = sum(1 for q in QUESTIONS if q["lang"] == "fr" and docl[q["gold_doc"]] == "en")
    staff = sum(1 for q in QUESTIONS if "note" in q)
    ul = collections.Counter(x["lang"] for x in UNANSWERABLE)
    L = ["> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 46) from DOMAIN.md, the issue and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.",
         "",
         "# structure_heldout18 — structure retrieval set (issue 19)",
         "",
         "## Client",
         "",
         "**Brasserie de l'Écluse Brune**, an independent craft brewery with a taproom (12 quai du Halage, on the Doubs), selling to bars, bottle shops (cavistes), restaurants, subscribers of a monthly box and taproom regulars, in France and a little abroad (UK, Ireland, Belgium).",
         "",
         "Program vocabulary:",
         "",
         "- program: **le Cercle des Houblonniers** (English: *the Hop Circle*); ambassadors are **Houblonniers**;",
         "- points: **capsules** (earned per validated contribution, exchangeable for rewards, expire after 24 months; the cumulative total sets the level);",
         "- levels: **Grain** (0–149) → **Moût** (150–399) → **Brassin** (400–899) → **Fût d'Or** (900+);",
         "- advisory board: **comité des Houblonniers** (members); internal steering committee: **comité de pilotage**;",
         "- people: Maëlle Vautrin (program manager / CM), Thibaut Grosjean (sales director), Anouk Perrin (founder, head brewer), Lucas Faivre (marketing);",
         "- events: Salon des Bières de l'Est (Nancy, March), Brassin Ouvert (open brew day, June), Fête du Halage; channels: Discord (#comptoir, #idees, #annonces), Slack for staff, the monthly *Gazette du Houblon*.",
         "",
         "## Counts",
         "",
         "- `docs/`: %d documents — %s; %d French, %d English; %d staff-only, %d for all ambassadors; 580–800 words each (validated on the extracted text)." % (
             len(DOCS), ", ".join("%d %s" % (v, k) for k, v in sorted(collections.Counter(d["fmt"] for d in DOCS).items())),
             sum(d["lang"] == "fr" for d in DOCS), sum(d["lang"] == "en" for d in DOCS),
             sum(d["internal"] for d in DOCS), sum(not d["internal"] for d in DOCS)),
         "- `questions.jsonl`: %d questions — units: %d paragraph, %d list, %d table_row; languages: %d fr, %d en (%d English questions over French documents, %d French questions over the English documents); %d questions about staff-only documents carry a `note`; every document has at least 5 questions." % (
             len(QUESTIONS), units["paragraph"], units["list"], units["table_row"], langs["fr"], langs["en"], en_fr, fr_en, staff),
         "- `unanswerable.jsonl`: %d near-miss questions (%d fr, %d en) using the documents' vocabulary, whose answer is not in the documents; `note` says what is missing." % (len(UNANSWERABLE), ul["fr"], ul["en"]),
         "",
         "## Fields and conventions",
         "",
         "- `questions.jsonl`: `id`, `question`, `gold_doc` (file name in `docs/`), `gold_section` (heading path under the document title, parts joined by ` › `; the title itself is not part of it; headings are reproduced as written in the document, numbering like `2.1`, `a)` and ALL CAPS included), `unit` (`paragraph` | `list` | `table_row`), `gold`, `lang`, optional `note`.",
         "- `gold`: strings copied exactly from the document text. Paragraph: the whole paragraph (one string). List: the items, without bullet or number, in document order (the introducing sentence is not in `gold`). Table row: the row's cells, in column order.",
         "- Match gold after collapsing whitespace: plain-text files are hard-wrapped at 74 columns and PDF text comes back with line breaks; the PDFs carry a running footer line (`Brasserie de l'Écluse Brune – Cercle des Houblonniers – page N`) that text extraction may insert inside a paragraph running over a page break.",
         "- Some questions can also be partly answered by another document (the welcome pack and the levels document overlap, and the English handbook restates French content); `gold_doc` is the document holding the complete unit asked for.",
         "",
         "## Documents",
         "",
         "| file | format | lang | readership line(s) as written | intended readership | structure |",
         "|---|---|---|---|---|---|"]
    for d in DOCS:
        L.append("| `%s` | %s | %s | « %s » (%s) | %s | %s |" % (
            d["name"], FMT[d["fmt"]] + (" (with outline)" if d.get("outline") else " (no outline)" if d["fmt"] == "pdf" else ""),
            d["lang"], d["readership"].replace("|", "/"), d["readership_place"],
            "**staff only** (internal)" if d["internal"] else "all ambassadors",
            d["structure"]))
    L += ["",
          "## Files",
          "",
          "- `docs_src.py` — the text of the documents (a small markup: `#`/`##` headings, `-`/`+` list items, `|` table rows, other lines paragraphs);",
          "- `questions_src.py` — the questions; gold strings are pulled from `docs_src.py` so they are exact;",
          "- `gen.py` — deterministic generator (Python; reportlab for PDF, python-docx for DOCX): `/work/main/.venv/bin/python gen.py` rewrites `docs/`, both JSONL files and this README (byte-identical on re-run);",
          "- `validate.py` — extracts the text of every document (pypdf, python-docx, html.parser), checks formats, word counts, PDF outline present/absent, DOCX heading/list styles and tables, readership lines near the top, counts and ids, that every gold string occurs verbatim, that every `gold_section` part is a heading of the document and that the gold lies under it, staff-only notes; prints OK.",
          ""]
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L))


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in DOCS:
        blocks = parse(d["body"])
        path = os.path.join(OUT, d["name"])
        if d["fmt"] == "md":
            open(path, "w", encoding="utf-8").write(render_md(d, blocks))
        elif d["fmt"] == "html":
            open(path, "w", encoding="utf-8").write(render_html(d, blocks))
        elif d["fmt"] == "txt":
            open(path, "w", encoding="utf-8").write(render_txt(d, blocks))
        elif d["fmt"] == "docx":
            render_docx(d, blocks, path)
        elif d["fmt"] == "pdf":
            render_pdf(d, blocks, path)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in QUESTIONS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for q in UNANSWERABLE:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    write_readme()
    print("wrote %d docs, %d questions, %d unanswerable" % (len(DOCS), len(QUESTIONS), len(UNANSWERABLE)))


if __name__ == "__main__":
    main()
