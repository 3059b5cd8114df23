# -*- coding: utf-8 -*-
"""Deterministic generator for the structure_heldout17 set.

Run with /work/main/.venv/bin/python gen.py (reportlab + python-docx needed for the
PDF/DOCX files; txt/md/html and the jsonl files need the stdlib only).
Writes docs/, sources/ (plain text of every document as generated, used by
validate.py for PDF/DOCX), questions.jsonl and unanswerable.jsonl.
"""
import html
import io
import json
import os
import random
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content_a as A  # noqa: E402
import content_b as B  # noqa: E402
from questions_spec import Q, UNANSWERABLE  # noqa: E402

random.seed(17)

# key -> (file name, format, dsl, lang)
DOCS = {
    "faq": ("faq-cercle-des-rayons.txt", "txt_short", A.FAQ, "fr"),
    "cr": ("cr-atelier-je-2027-02-11.txt", "txt_underline", A.CR_ATELIER, "fr"),
    "cal": ("calendrier-sollicitations-S1-2027.txt", "txt_numbered", A.CALENDRIER, "fr"),
    "charte": ("charte-cercle-des-rayons.md", "md", A.CHARTE, "fr"),
    "niveaux": ("guide-niveaux-et-watts.md", "md", A.NIVEAUX, "fr"),
    "news": ("rayons-mail-07-en.md", "md", A.NEWSLETTER_EN, "en"),
    "reglement": ("reglement-recompenses-v2.1.pdf", "pdf_outline", B.REGLEMENT, "fr"),
    "evenements": ("manuel-evenements.pdf", "pdf_plain", B.EVENEMENTS, "fr"),
    "objectifs": ("objectifs-kpi-2027_COPIL.docx", "docx", B.OBJECTIFS, "fr"),
    "welcome": ("welcome-pack-EN.docx", "docx", B.WELCOME_EN, "en"),
    "donnees": ("politique-donnees-cercle.html", "html", B.DONNEES, "fr"),
    "contrib": ("guide-contributions.html", "html", B.CONTRIBUTIONS, "fr"),
}


# ---------------------------------------------------------------- parsing
def parse(dsl):
    """-> list of blocks: ('r', text) ('h', level, text) ('p', text)
    ('list', [(depth, ordered, text)]) ('table', [[cell,...],...])"""
    blocks = []
    for line in dsl.strip("\n").split("\n"):
        if not line.strip():
            continue
        if line.startswith("@r "):
            blocks.append(("r", line[3:]))
        elif line.startswith("#"):
            lvl = len(line) - len(line.lstrip("#"))
            blocks.append(("h", lvl, line[lvl:].strip()))
        elif line.lstrip().startswith("- ") or _num(line.lstrip()):
            depth = (len(line) - len(line.lstrip())) // 2
            s = line.lstrip()
            if s.startswith("- "):
                item = (depth, False, s[2:])
            else:
                item = (depth, True, s.split(". ", 1)[1])
            if blocks and blocks[-1][0] == "list":
                blocks[-1][1].append(item)
            else:
                blocks.append(("list", [item]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(("p", line.strip()))
    return blocks


def _num(s):
    head = s.split(". ", 1)[0]
    return head.isdigit() and ". " in s


def lines_of(cell):
    return [x.strip() for x in cell.split("//")]


def inherited(rows):
    """rows with '^^' replaced by the value above (merged cells)."""
    out = []
    for i, r in enumerate(rows):
        nr = []
        for j, c in enumerate(r):
            nr.append(out[i - 1][j] if c == "^^" else c)
        out.append(nr)
    return out


def spans(rows):
    """for each (row, col) with a value: number of rows it spans (data rows only)."""
    n = len(rows)
    sp = {}
    for j in range(len(rows[0])):
        i = 0
        while i < n:
            k = i + 1
            while k < n and rows[k][j] == "^^":
                k += 1
            sp[(i, j)] = k - i
            i = k
    return sp


# ---------------------------------------------------------------- plain text
def wrap(text, indent="", width=78):
    return textwrap.fill(text, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent),
                         break_long_words=False, break_on_hyphens=False)


def ascii_table(rows, blank_merged=True):
    header, data = rows[0], rows[1:]
    cells = [[lines_of(c) for c in header]]
    for r in data:
        cells.append([[""] if c == "^^" else lines_of(c) for c in r])
    ncol = len(header)
    w = [max(len(l) for row in cells for l in row[j]) for j in range(ncol)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [sep]
    for ri, row in enumerate(cells):
        h = max(len(c) for c in row)
        for k in range(h):
            out.append("|" + "|".join(" " + (row[j][k] if k < len(row[j]) else "").ljust(w[j]) + " "
                                      for j in range(ncol)) + "|")
        if ri == 0:
            out.append(sep.replace("-", "="))
        else:
            nxt = data[ri] if ri < len(data) else None  # data row after this one
            segs = [(" " if nxt is not None and nxt[j] == "^^" else "-") * (w[j] + 2) for j in range(ncol)]
            out.append("+" + "+".join(segs) + "+")
    return "\n".join(out)


def render_txt(blocks, style):
    out = []
    for b in blocks:
        if b[0] == "r":
            out.append(b[1])
        elif b[0] == "h":
            lvl, t = b[1], b[2]
            if style == "txt_underline":
                ch = {1: "=", 2: "-", 3: "~"}[lvl]
                out.append("\n" + t + "\n" + ch * len(t))
            elif style == "txt_short":
                out.append("\n" + (t.upper() if lvl == 1 else t))
            else:  # numbered: numbers are in the heading text already
                out.append("\n" + (t.upper() if lvl == 1 else t))
        elif b[0] == "p":
            out.append(wrap(b[1]))
        elif b[0] == "list":
            lines = []
            n = {}
            for depth, ordered, t in b[1]:
                if ordered:
                    n[depth] = n.get(depth, 0) + 1
                    mark = "%d) " % n[depth] if style == "txt_numbered" else "%d. " % n[depth]
                else:
                    mark = {"txt_short": "- ", "txt_underline": "* ", "txt_numbered": "  - "}[style] \
                        if depth == 0 else "    - "
                lines.append(wrap(t, "  " * depth + mark))
            out.append("\n".join(lines))
        elif b[0] == "table":
            out.append(ascii_table(b[1]))
    return "\n".join(x if x.startswith("\n") else x + "\n" for x in out).strip() + "\n"


# ---------------------------------------------------------------- markdown
def render_md(blocks):
    out = []
    for b in blocks:
        if b[0] == "r":
            out.append(b[1] + "\n")
        elif b[0] == "h":
            out.append("#" * b[1] + " " + b[2] + "\n")
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "list":
            n = {}
            ls = []
            for depth, ordered, t in b[1]:
                if ordered:
                    n[depth] = n.get(depth, 0) + 1
                    ls.append("   " * depth + "%d. %s" % (n[depth], t))
                else:
                    ls.append("  " * depth + "- " + t)
            out.append("\n".join(ls) + "\n")
        elif b[0] == "table":
            rows = b[1]
            ls = ["| " + " | ".join(rows[0]) + " |",
                  "|" + "|".join("---" for _ in rows[0]) + "|"]
            for r in inherited(rows)[1:]:
                ls.append("| " + " | ".join("<br>".join(lines_of(c)) for c in r) + " |")
            out.append("\n".join(ls) + "\n")
    return "\n".join(out)


# ---------------------------------------------------------------- html
def render_html(blocks, title):
    e = html.escape
    body = []
    for b in blocks:
        if b[0] == "r":
            body.append('<div class="bandeau"><p>%s</p></div>' % e(b[1], quote=False))
        elif b[0] == "h":
            body.append("<h%d>%s</h%d>" % (b[1], e(b[2], quote=False), b[1]))
        elif b[0] == "p":
            body.append("<p>%s</p>" % e(b[1], quote=False))
        elif b[0] == "list":
            items = b[1]
            res = []
            stack = []  # (depth, tag)

            def open_(depth, ordered):
                tag = "ol" if ordered else "ul"
                res.append("  " * depth + "<%s>" % tag)
                stack.append((depth, tag))

            for idx, (depth, ordered, t) in enumerate(items):
                if not stack:
                    open_(depth, ordered)
                elif depth > stack[-1][0]:
                    res[-1] = res[-1][:-5]  # reopen last <li>
                    open_(depth, ordered)
                else:
                    while depth < stack[-1][0]:
                        d, tag = stack.pop()
                        res.append("  " * d + "</%s></li>" % tag)
                res.append("  " * depth + "  <li>%s</li>" % e(t, quote=False))
            while stack:
                d, tag = stack.pop()
                res.append("  " * d + "</%s>" % tag + ("</li>" if stack else ""))
            body.append("\n".join(res))
        elif b[0] == "table":
            rows = b[1]
            sp = spans(rows[1:])
            t = ["<table>", "  <thead><tr>" + "".join("<th>%s</th>" % e(c, quote=False) for c in rows[0]) + "</tr></thead>", "  <tbody>"]
            for i, r in enumerate(rows[1:]):
                tds = []
                for j, c in enumerate(r):
                    if c == "^^":
                        continue
                    rs = sp[(i, j)]
                    attr = ' rowspan="%d"' % rs if rs > 1 else ""
                    tds.append("<td%s>%s</td>" % (attr, "<br>".join(e(x, quote=False) for x in lines_of(c))))
                t.append("    <tr>" + "".join(tds) + "</tr>")
            t += ["  </tbody>", "</table>"]
            body.append("\n".join(t))
    return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s – Hélioporte</title>\n"
            "</head>\n<body>\n<nav><a href=\"/\">Accueil</a> | <a href=\"/cercle\">Le Cercle</a> | <a href=\"/contact\">Contact</a></nav>\n<main>\n%s\n</main>\n"
            "<footer><p>© 2027 Hélioporte SAS – Montpellier</p></footer>\n</body>\n</html>\n") % (
        e(title, quote=False), "\n".join(body))


# ---------------------------------------------------------------- source text
def source_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("r", "p"):
            out.append(b[1])
        elif b[0] == "h":
            out.append(b[2])
        elif b[0] == "list":
            out.extend(t for _, _, t in b[1])
        elif b[0] == "table":
            for r in b[1]:
                out.append(" | ".join("" if c == "^^" else "\n".join(lines_of(c)) for c in r))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- pdf
def render_pdf(blocks, path, outline, title):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    st = {
        "r": ParagraphStyle("r", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, textColor=colors.grey),
        1: ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=10, spaceBefore=6),
        2: ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12, spaceAfter=4),
        3: ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5, alignment=TA_LEFT),
        "c": ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11.5),
        "ch": ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=9, leading=11.5),
    }
    e = lambda s: html.escape(s, quote=False)  # noqa: E731

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, f):
            if outline and hasattr(f, "_bm"):
                lvl, text, key = f._bm
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=lvl - 1, closed=False)

    story = []
    n = 0
    for b in blocks:
        if b[0] == "r":
            story.append(Paragraph(e(b[1]), st["r"]))
            story.append(Spacer(1, 6))
        elif b[0] == "h":
            para = Paragraph(e(b[2]), st[b[1]])
            n += 1
            para._bm = (b[1], b[2], "h%d" % n)
            story.append(para)
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), st["p"]))
        elif b[0] == "list":
            def build(items, start):
                res = []
                i = start
                ordered = items[start][1]
                depth = items[start][0]
                while i < len(items) and items[i][0] >= depth:
                    if items[i][0] == depth:
                        res.append([Paragraph(e(items[i][2]), st["p"])])
                        i += 1
                    else:
                        sub, i = build(items, i)
                        res[-1].append(sub)
                lf = ListFlowable([ListItem(x if len(x) > 1 else x[0]) for x in res],
                                  bulletType="1" if ordered else "bullet",
                                  start="1" if ordered else ("•" if depth == 0 else "–"),
                                  leftIndent=14 + 10 * depth, bulletFontSize=9)
                return lf, i
            lf, _ = build(b[1], 0)
            story.append(lf)
            story.append(Spacer(1, 4))
        elif b[0] == "table":
            rows = b[1]
            data = [[Paragraph(e(c), st["ch"]) for c in rows[0]]]
            sp = spans(rows[1:])
            cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FFE9A8")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for i, r in enumerate(rows[1:]):
                data.append([Paragraph("" if c == "^^" else "<br/>".join(e(x) for x in lines_of(c)), st["c"]) for c in r])
                for j, c in enumerate(r):
                    if c != "^^" and sp[(i, j)] > 1:
                        cmds.append(("SPAN", (j, i + 1), (j, i + sp[(i, j)])))
            ncol = len(rows[0])
            widths = {3: [5.2 * cm, 2.6 * cm, 8.2 * cm], 4: [4.6 * cm, 6.0 * cm, 2.8 * cm, 2.6 * cm]}[ncol]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(Spacer(1, 8))

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(2 * cm, 1.2 * cm, "Hélioporte – Cercle des Rayons – %s" % title)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "page %d" % doc.page)
        canv.restoreState()

    doc = Doc(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
              bottomMargin=2 * cm, title=title if outline else "", author="Hélioporte",
              invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- docx
def render_docx(blocks, path, title):
    import datetime
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = "Hélioporte"
    cp.last_modified_by = "Hélioporte"
    cp.created = cp.modified = datetime.datetime(2027, 4, 2, 9, 0, 0)
    cp.revision = 1
    for b in blocks:
        if b[0] == "r":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(9)
        elif b[0] == "h":
            d.add_heading(b[2], level=0 if b[1] == 1 else b[1] - 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "list":
            for depth, ordered, t in b[1]:
                style = ("List Number" if ordered else "List Bullet") + (" 2" if depth else "")
                d.add_paragraph(t, style=style)
        elif b[0] == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            sp = spans(rows[1:])
            for j, c in enumerate(rows[0]):
                cell = tb.cell(0, j)
                cell.text = ""
                cell.paragraphs[0].add_run(c).bold = True
            for i, r in enumerate(rows[1:]):
                for j, c in enumerate(r):
                    if c == "^^":
                        continue
                    cell = tb.cell(i + 1, j)
                    if sp[(i, j)] > 1:
                        cell = cell.merge(tb.cell(i + sp[(i, j)], j))
                    ls = lines_of(c)
                    cell.paragraphs[0].text = ls[0]
                    for x in ls[1:]:
                        cell.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps for byte-stable output
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 4, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- gold
def section_path(blocks, idx):
    stack = {}
    for b in blocks[:idx]:
        if b[0] == "h":
            stack = {k: v for k, v in stack.items() if k < b[1]}
            stack[b[1]] = b[2]
    return " › ".join(stack[k] for k in sorted(stack) if k > 1)


def resolve(blocks, unit, sel):
    hits = []
    for i, b in enumerate(blocks):
        if unit == "paragraph" and b[0] == "p" and sel in b[1]:
            hits.append((i, [b[1]]))
        elif unit == "list" and b[0] == "p" and sel in b[1]:
            assert b[1].rstrip().endswith(":"), b[1]
            nxt = blocks[i + 1]
            assert nxt[0] == "list", (sel, nxt)
            hits.append((i, [b[1]] + [t for _, _, t in nxt[1]]))
        elif unit == "table_row" and b[0] == "table":
            rows = inherited(b[1])
            for r in rows[1:]:
                if any(sel in c for c in r):
                    hits.append((i, [x for c in r for x in lines_of(c)]))
    assert len(hits) == 1, (unit, sel, len(hits))
    return hits[0]


def main():
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "sources"), exist_ok=True)
    parsed = {}
    have_rich = True
    try:
        import docx  # noqa: F401
        import reportlab  # noqa: F401
    except ImportError:
        have_rich = False
        print("reportlab/python-docx missing: PDF/DOCX not written", file=sys.stderr)
    for key, (fn, fmt, dsl, lang) in DOCS.items():
        blocks = parse(dsl)
        parsed[key] = blocks
        title = next(b[2] for b in blocks if b[0] == "h" and b[1] == 1)
        out = os.path.join(HERE, "docs", fn)
        src = source_text(blocks)
        with open(os.path.join(HERE, "sources", fn + ".txt"), "w", encoding="utf-8") as f:
            f.write(src)
        if fmt.startswith("txt"):
            open(out, "w", encoding="utf-8").write(render_txt(blocks, fmt))
        elif fmt == "md":
            open(out, "w", encoding="utf-8").write(render_md(blocks))
        elif fmt == "html":
            open(out, "w", encoding="utf-8").write(render_html(blocks, title))
        elif have_rich and fmt.startswith("pdf"):
            render_pdf(blocks, out, fmt == "pdf_outline", title)
        elif have_rich and fmt == "docx":
            render_docx(blocks, out, title)
        print("%-42s %-14s %4d words" % (fn, fmt, len(src.split())))
    qs = []
    for n, (key, unit, sel, lang, question, note) in enumerate(Q, 1):
        i, gold = resolve(parsed[key], unit, sel)
        row = {"id": "sh17-%03d" % n, "question": question, "gold_doc": DOCS[key][0],
               "gold_section": section_path(parsed[key], i), "unit": unit, "gold": gold, "lang": lang}
        if note:
            row["note"] = note
        qs.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in qs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for n, (lang, q, note) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": "sh17-u%02d" % n, "question": q, "lang": lang, "note": note},
                               ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(qs), Counter(r["unit"] for r in qs), Counter(r["lang"] for r in qs))


if __name__ == "__main__":
    main()
