# -*- coding: utf-8 -*-
"""Rebuild every file of structure_heldout16 (docs/, questions.jsonl, unanswerable.jsonl, gen/source/).

Run with the project venv (reportlab + python-docx are needed for the PDF/DOCX files):
    /work/main/.venv/bin/python gen/build.py
Deterministic: no randomness is used (a fixed seed is set anyway), PDFs are built with reportlab's
invariant mode, DOCX core properties and zip timestamps are fixed.
"""
import html
import io
import json
import os
import random
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
random.seed(16)

from content_a import DOCS_A  # noqa: E402
from content_b import DOCS_B  # noqa: E402
from questions import QUESTIONS, UNANSWERABLE, PREFIX  # noqa: E402

DOCS = dict(DOCS_A)
DOCS.update(DOCS_B)
SEP = " \u203a "


# ---------------------------------------------------------------- parsing
def parse(src):
    meta = {"title": None, "read": []}
    blocks = []
    path = []
    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("@title "):
            meta["title"] = line[7:].strip()
            continue
        if line.startswith("@read "):
            meta["read"].append(line[6:].strip())
            continue
        m = re.match(r"^(#{2,4}) (.*)$", line)
        if m:
            level = len(m.group(1)) - 1
            path = path[: level - 1] + [m.group(2).strip()]
            blocks.append({"type": "h", "level": level, "text": m.group(2).strip(), "path": list(path)})
            continue
        key = None
        km = re.match(r"^\{k:([A-Za-z0-9_]+)\} ?(.*)$", line)
        if km:
            key, line = km.group(1), km.group(2)
        lm = re.match(r"^( *)([-+]) (.*)$", line)
        if lm:
            depth = 1 if len(lm.group(1)) >= 2 else 0
            ordered = lm.group(2) == "+"
            text = lm.group(3).strip()
            prev = blocks[-1] if blocks else None
            if depth == 0:
                if not (prev and prev["type"] == "list"):
                    intro = None
                    ikey = None
                    if prev and prev["type"] == "p" and prev["text"].endswith(":"):
                        intro, ikey = prev["text"], prev.get("key")
                        prev["intro_of_list"] = True
                    blocks.append({"type": "list", "ordered": ordered, "items": [], "intro": intro,
                                   "key": ikey, "path": list(path)})
                blocks[-1]["items"].append([text, []])
            else:
                blocks[-1]["items"][-1][1].append(text)
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line[1:].split("|")]
            prev = blocks[-1] if blocks else None
            if not (prev and prev["type"] == "table"):
                intro, ikey = None, None
                if prev and prev["type"] == "p" and prev["text"].endswith(":"):
                    intro, ikey = prev["text"], prev.get("key")
                    prev["intro_of_table"] = True
                blocks.append({"type": "table", "rows": [], "intro": intro, "key": key or ikey,
                               "path": list(path)})
            blocks[-1]["rows"].append(cells)
            continue
        blocks.append({"type": "p", "text": line.strip(), "key": key, "path": list(path)})
    # table keys default: <section-slug> not needed; every asked table is keyed on its intro
    return meta, blocks


def cell_lines(c):
    return [x.strip() for x in c.split(" // ")]


def spans(rows):
    """rowspan per (r, c) for the data rows (header excluded from merging)."""
    n, m = len(rows), len(rows[0])
    span = {}
    for c in range(m):
        r = 1
        while r < n:
            if rows[r][c] == "^":
                r += 1
                continue
            k = 1
            while r + k < n and rows[r + k][c] == "^":
                k += 1
            span[(r, c)] = k
            r += k
    return span


def resolved(rows, r, c):
    while rows[r][c] == "^":
        r -= 1
    return rows[r][c]


# ---------------------------------------------------------------- renderers
def render_md(meta, blocks):
    out = []
    for rl in meta["read"]:
        out.append("> " + rl)
    out.append("")
    out.append("# " + meta["title"])
    out.append("")
    for b in blocks:
        if b["type"] == "h":
            out.append("#" * (b["level"] + 1) + " " + b["text"])
            out.append("")
        elif b["type"] == "p":
            out.append(b["text"])
            out.append("")
        elif b["type"] == "list":
            if b.get("intro"):
                # intro paragraph directly followed by its list (no blank line), as people type it
                out.pop()
            for i, (t, subs) in enumerate(b["items"], 1):
                out.append(("%d. " % i if b["ordered"] else "- ") + t)
                for s in subs:
                    out.append("   - " + s)
            out.append("")
        elif b["type"] == "table":
            rows = b["rows"]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join("" if c == "^" else "<br>".join(cell_lines(c)) for c in row) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_txt(meta, blocks, style):
    out = []
    for rl in meta["read"]:
        out.append(rl)
    out.append("")
    if style == "underlined":
        out += [meta["title"], "=" * len(meta["title"]), ""]
    else:
        out += [meta["title"], ""]
    num = [0, 0, 0]
    for b in blocks:
        if b["type"] == "h":
            lv = b["level"]
            if style == "numbered":
                num[lv - 1] += 1
                for j in range(lv, 3):
                    num[j] = 0
                label = ".".join(str(x) for x in num[:lv]) + ("." if lv == 1 else "")
                out.append(label + " " + b["text"])
                out.append("")
            elif style == "underlined":
                out.append(b["text"])
                out.append(("-" if lv == 1 else "~") * len(b["text"]))
                out.append("")
            else:  # plain: short line without punctuation, paragraph right under it
                if out and out[-1] != "":
                    out.append("")
                out.append(b["text"])
        elif b["type"] == "p":
            out.append(b["text"])
            out.append("")
        elif b["type"] == "list":
            if b.get("intro") and out and out[-1] == "":
                out.pop()
            for i, (t, subs) in enumerate(b["items"], 1):
                if b["ordered"]:
                    mark = "%s) " % ("abcdefghij"[i - 1] if style == "numbered" else i)
                else:
                    mark = "- "
                out.append(mark + t)
                for s in subs:
                    out.append("    * " + s)
            out.append("")
        elif b["type"] == "table":
            rows = b["rows"]
            m = len(rows[0])
            grid = []  # list of physical lines, each a list of m strings
            width = [0] * m
            for r, row in enumerate(rows):
                parts = [[] if c == "^" else cell_lines(c) for c in row]
                h = max(1, max(len(p) for p in parts))
                for k in range(h):
                    grid.append([p[k] if k < len(p) else "" for p in parts])
                if r == 0:
                    grid.append(None)
            for g in grid:
                if g:
                    for c in range(m):
                        width[c] = max(width[c], len(g[c]))
            for g in grid:
                if g is None:
                    out.append("-+-".join("-" * w for w in width))
                else:
                    out.append(" | ".join(g[c].ljust(width[c]) for c in range(m)).rstrip())
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_html(meta, blocks, lang):
    def e(t):
        return html.escape(t, quote=False)
    o = ['<!DOCTYPE html>', '<html lang="%s">' % lang, "<head>", '<meta charset="utf-8">',
         "<title>%s</title>" % e(meta["title"]),
         "<style>body{font-family:sans-serif;max-width:46em;margin:auto}.banner{background:#1d3557;color:#fff;"
         "padding:.4em .8em;font-size:.9em}table{border-collapse:collapse}td,th{border:1px solid #999;"
         "padding:.3em .5em;vertical-align:top}</style>", "</head>", "<body>"]
    for rl in meta["read"]:
        o.append('<div class="banner">%s</div>' % e(rl))
    o.append("<h1>%s</h1>" % e(meta["title"]))
    for b in blocks:
        if b["type"] == "h":
            lv = min(3, b["level"] + 1)
            o.append("<h%d>%s</h%d>" % (lv, e(b["text"]), lv))
        elif b["type"] == "p":
            o.append("<p>%s</p>" % e(b["text"]))
        elif b["type"] == "list":
            tag = "ol" if b["ordered"] else "ul"
            o.append("<%s>" % tag)
            for t, subs in b["items"]:
                if subs:
                    o.append("  <li>%s" % e(t))
                    o.append("    <ul>")
                    for s in subs:
                        o.append("      <li>%s</li>" % e(s))
                    o.append("    </ul>")
                    o.append("  </li>")
                else:
                    o.append("  <li>%s</li>" % e(t))
            o.append("</%s>" % tag)
        elif b["type"] == "table":
            rows = b["rows"]
            sp = spans(rows)
            o.append("<table>")
            o.append("  <tr>" + "".join("<th>%s</th>" % e(c) for c in rows[0]) + "</tr>")
            for r in range(1, len(rows)):
                tds = []
                for c, cell in enumerate(rows[r]):
                    if cell == "^":
                        continue
                    rs = sp.get((r, c), 1)
                    attr = ' rowspan="%d"' % rs if rs > 1 else ""
                    tds.append("<td%s>%s</td>" % (attr, "<br>".join(e(x) for x in cell_lines(cell))))
                o.append("  <tr>" + "".join(tds) + "</tr>")
            o.append("</table>")
    o += ["</body>", "</html>"]
    return "\n".join(o) + "\n"


def render_docx(meta, blocks, path):
    import docx
    from docx.shared import Pt, RGBColor
    import datetime
    d = docx.Document()
    for rl in meta["read"]:
        p = d.add_paragraph()
        run = p.add_run(rl)
        run.italic = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    d.add_heading(meta["title"], 0)
    for b in blocks:
        if b["type"] == "h":
            d.add_heading(b["text"], b["level"])
        elif b["type"] == "p":
            d.add_paragraph(b["text"])
        elif b["type"] == "list":
            st = "List Number" if b["ordered"] else "List Bullet"
            for t, subs in b["items"]:
                d.add_paragraph(t, style=st)
                for s in subs:
                    d.add_paragraph(s, style="List Bullet 2")
        elif b["type"] == "table":
            rows = b["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    if cell == "^":
                        continue
                    lines = cell_lines(cell)
                    tc = t.cell(r, c)
                    tc.text = lines[0]
                    if r == 0:
                        for run in tc.paragraphs[0].runs:
                            run.bold = True
                    for x in lines[1:]:
                        tc.add_paragraph(x)
            for (r, c), k in spans(rows).items():
                if k > 1:
                    t.cell(r, c).merge(t.cell(r + k - 1, c))
            d.add_paragraph("")
    cp = d.core_properties
    cp.title = meta["title"]
    cp.author = "Zircalis - équipe Community"
    fixed = datetime.datetime(2027, 1, 15, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Zircalis"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-identical on every run
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def render_pdf(meta, blocks, path, outline):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)

    def x(s):
        return html.escape(s, quote=False)

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("small", fontName="Helvetica-Oblique", fontSize=8, leading=10,
                           textColor=colors.HexColor("#555555"))
    cellst = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11)
    cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.8, leading=11)
    hs = {
        0: ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceBefore=10,
                          spaceAfter=12, textColor=colors.HexColor("#1d3557")),
        1: ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=6,
                          textColor=colors.HexColor("#1d3557")),
        2: ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=9,
                          spaceAfter=4),
        3: ParagraphStyle("h3", fontName="Helvetica-BoldOblique", fontSize=11, leading=14, spaceBefore=6,
                          spaceAfter=3),
    }

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            lv = getattr(fl, "_outline_level", None)
            if lv is not None and outline:
                key = "bm%d" % id(fl)
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(fl._outline_text, key, level=lv, closed=False)

    doc = Doc(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
              bottomMargin=2 * cm, title=meta["title"], author="Zircalis SAS", subject="Programme Opaline",
              creator="Zircalis")

    def footer(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "%d" % d.page)
        canv.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=footer)])
    story = []
    for rl in meta["read"]:
        story.append(Paragraph(x(rl), small))
    t = Paragraph(x(meta["title"]), hs[0])
    t._outline_level, t._outline_text = 0, meta["title"]
    story.append(t)
    for b in blocks:
        if b["type"] == "h":
            p = Paragraph(x(b["text"]), hs[b["level"]])
            p._outline_level, p._outline_text = b["level"], b["text"]
            story.append(p)
        elif b["type"] == "p":
            story.append(Paragraph(x(b["text"]), body))
        elif b["type"] == "list":
            items = []
            for tx, subs in b["items"]:
                fl = [Paragraph(x(tx), body)]
                if subs:
                    fl.append(ListFlowable([ListItem(Paragraph(x(s), body), leftIndent=14) for s in subs],
                                           bulletType="bullet", start="\u2013", leftIndent=14))
                items.append(ListItem(fl, leftIndent=16))
            if b["ordered"]:
                story.append(ListFlowable(items, bulletType="1", leftIndent=16))
            else:
                story.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=16))
            story.append(Spacer(1, 4))
        elif b["type"] == "table":
            rows = b["rows"]
            data = []
            for r, row in enumerate(rows):
                data.append([Paragraph("" if c == "^" else "<br/>".join(x(s) for s in cell_lines(c)),
                                       cellh if r == 0 else cellst) for c in row])
            st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf3"))]
            for (r, c), k in spans(rows).items():
                if k > 1:
                    st.append(("SPAN", (c, r), (c, r + k - 1)))
            m = len(rows[0])
            tbl = Table(data, colWidths=[doc.width / m] * m, repeatRows=1)
            tbl.setStyle(TableStyle(st))
            story.append(tbl)
            story.append(Spacer(1, 8))
    doc.build(story)


# ---------------------------------------------------------------- source text (for pdf/docx checks)
def source_text(meta, blocks):
    """Plain text of what the PDF/DOCX contains, one block per line, cells line by line."""
    out = list(meta["read"]) + [meta["title"]]
    for b in blocks:
        if b["type"] in ("h", "p"):
            out.append(b["text"])
        elif b["type"] == "list":
            for t, subs in b["items"]:
                out.append(t)
                out.extend(subs)
        elif b["type"] == "table":
            for row in b["rows"]:
                for c in row:
                    if c != "^":
                        out.extend(cell_lines(c))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- questions
def find_unit(blocks, key):
    for b in blocks:
        if b.get("key") == key and b["type"] in ("list", "table"):
            return b
    for b in blocks:
        if b.get("key") == key and b["type"] == "p" and not b.get("intro_of_list") and not b.get("intro_of_table"):
            return b
    raise KeyError(key)


def gold_for(blocks, ref):
    key, row = (ref.split("#") + [None])[:2]
    b = find_unit(blocks, key)
    if b["type"] == "p":
        return "paragraph", b["path"], [b["text"]]
    if b["type"] == "list":
        g = [b["intro"]] if b["intro"] else []
        for t, subs in b["items"]:
            g.append(t)
            g.extend(subs)
        return "list", b["path"], g
    rows = b["rows"]
    r = int(row)
    g = []
    for c in range(len(rows[0])):
        for piece in cell_lines(resolved(rows, r, c)):
            if piece not in g:
                g.append(piece)
    return "table_row", b["path"], g


def main():
    docs_dir = os.path.join(OUT, "docs")
    src_dir = os.path.join(HERE, "source")
    os.makedirs(docs_dir, exist_ok=True)
    os.makedirs(src_dir, exist_ok=True)
    parsed = {}
    for name, (fmt, lang, style, src) in sorted(DOCS.items()):
        meta, blocks = parse(src)
        parsed[name] = (meta, blocks)
        p = os.path.join(docs_dir, name)
        if fmt == "md":
            open(p, "w", encoding="utf-8").write(render_md(meta, blocks))
        elif fmt == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(meta, blocks, style))
        elif fmt == "html":
            open(p, "w", encoding="utf-8").write(render_html(meta, blocks, lang))
        elif fmt == "docx":
            render_docx(meta, blocks, p)
        elif fmt == "pdf":
            render_pdf(meta, blocks, p, outline=(style == "outline"))
        open(os.path.join(src_dir, name + ".txt"), "w", encoding="utf-8").write(source_text(meta, blocks))
    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(QUESTIONS, 1):
            doc, ref, lang, text = q[:4]
            note = q[4] if len(q) > 4 else None
            unit, path, gold = gold_for(parsed[doc][1], ref)
            rec = {"id": "%s-q%02d" % (PREFIX, i), "question": text, "gold_doc": doc,
                   "gold_section": SEP.join(path), "unit": unit, "gold": gold, "lang": lang}
            if note:
                rec["note"] = note
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (lang, text, note) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": "%s-u%02d" % (PREFIX, i), "question": text, "lang": lang, "note": note},
                               ensure_ascii=False) + "\n")
    print("built %d docs, %d questions, %d unanswerable" % (len(DOCS), len(QUESTIONS), len(UNANSWERABLE)))


if __name__ == "__main__":
    main()
