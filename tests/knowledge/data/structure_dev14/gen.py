# -*- coding: utf-8 -*-
"""Rebuild every data file of structure_dev14: docs/*, questions.jsonl, unanswerable.jsonl, README.md.
Deterministic, stdlib only. Run from this folder: python3 gen.py"""
import html
import json
import os
import textwrap
import zipfile

from docs_src import DOCS
from questions_src import Q, U

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "structure_dev14"
OUT = os.path.join(HERE, "docs")


def nbl(block):
    return block[0]


# ------------------------------------------------------------------ Markdown
def render_md(d):
    out = []
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "h1":
            out += ["---", "", "## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif k == "ol":
            out += ["%d. %s" % (i + 1, it) for i, it in enumerate(b[1])] + [""]
        elif k == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            for r in b[2]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ plain text
TXT_STYLE = {
    "memo_sollicitations_printemps_2027.txt": dict(title_ul="=", h1_ul="-", tight=True),
    "charte_temoignages_essaim.txt": dict(title_ul=None, h1_ul=None, tight=False),
    "notes_internes_rotation_departs.txt": dict(title_ul="=", h1_ul=None, tight=True),
}


def txt_table(header, rows):
    cols = list(zip(*([header] + rows)))
    w = [max(len(c) for c in col) for col in cols]
    lines = []
    for r in [header] + rows:
        lines.append("  " + "   ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if r is header:
            lines.append("  " + "   ".join("-" * w[i] for i in range(len(w))))
    return lines


def render_txt(d):
    st = TXT_STYLE[d["file"]]
    out = []
    in_header = True  # metadata lines between the title and the first heading stay together
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            out.append(b[1])
            if st["title_ul"]:
                out.append(st["title_ul"] * len(b[1]))
            out.append("")
        elif k in ("h1", "h2"):
            if in_header:
                out.append("")
            in_header = False
            out.append("")
            out.append(b[1])
            if k == "h1" and st["h1_ul"]:
                out.append(st["h1_ul"] * len(b[1]))
        elif k == "p":
            out.append(b[1])
            if not in_header and not (st["tight"] and b[1].endswith(":")):
                out.append("")
        elif k == "ul":
            ch = b[2] if len(b) > 2 else "-"
            out += ["  %s %s" % (ch, it) for it in b[1]] + [""]
        elif k == "table":
            out += txt_table(b[1], b[2]) + [""]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


# ------------------------------------------------------------------ HTML
def render_html(d):
    e = html.escape
    deck = d["file"].endswith("_slides.html")
    lang = d["lang"]
    title = d["blocks"][0][1]
    out = ['<!DOCTYPE html>', '<html lang="%s">' % lang, '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % e(title), '</head>', '<body>']
    open_sec = False
    for i, b in enumerate(d["blocks"]):
        k = b[0]
        if k == "title":
            out.append('<header><h1>%s</h1>' % e(b[1]))
        elif k == "p" and i == 1:
            out.append('<p class="diffusion">%s</p></header>' % e(b[1]))
            out.append('<main>')
        elif k == "h1":
            if open_sec:
                out.append('</section>')
            out.append('<section class="%s">' % ("slide" if deck else "bloc"))
            open_sec = True
            out.append('<h2>%s</h2>' % e(b[1]))
        elif k == "h2":
            out.append('<h3>%s</h3>' % e(b[1]))
        elif k == "p":
            if b[1].startswith("«"):
                out.append('<blockquote><p>%s</p></blockquote>' % e(b[1]))
            else:
                out.append('<p>%s</p>' % e(b[1]))
        elif k in ("ul", "ol"):
            out.append('<%s>' % k)
            out += ['  <li>%s</li>' % e(it) for it in b[1]]
            out.append('</%s>' % k)
        elif k == "table":
            out.append('<table>')
            out.append('  <thead><tr>' + "".join('<th>%s</th>' % e(c) for c in b[1]) + '</tr></thead>')
            out.append('  <tbody>')
            for r in b[2]:
                out.append('    <tr>' + "".join('<td>%s</td>' % e(c) for c in r) + '</tr>')
            out.append('  </tbody>')
            out.append('</table>')
    if open_sec:
        out.append('</section>')
    out += ['</main>', '<footer><p>Apiterra — programme Essaim</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ DOCX
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def w_par(text, style=None, num=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, html.escape(text, quote=False))


def w_table(header, rows):
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    x.append("<w:tblGrid>" + "".join('<w:gridCol w:w="%d"/>' % (9000 // len(header)) for _ in header) + "</w:tblGrid>")
    for ri, r in enumerate([header] + rows):
        x.append("<w:tr>")
        if ri == 0:
            x[-1] = '<w:tr><w:trPr><w:tblHeader/></w:trPr>'
        for c in r:
            cell = html.escape(c, quote=False)
            rpr = "<w:rPr><w:b/></w:rPr>" if ri == 0 else ""
            x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                     % (9000 // len(header), rpr, cell))
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>""" % W_NS

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering %s>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>""" % W_NS

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>%s</dc:title><dc:creator>Apiterra — équipe Essaim</dc:creator>
</cp:coreProperties>"""


def render_docx(d, path):
    body = []
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            body.append(w_par(b[1], "Title"))
        elif k == "h1":
            body.append(w_par(b[1], "Heading1"))
        elif k == "h2":
            body.append(w_par(b[1], "Heading2"))
        elif k == "p":
            body.append(w_par(b[1]))
        elif k == "ul":
            body += [w_par(it, "ListBullet", 1) for it in b[1]]
        elif k == "ol":
            body += [w_par(it, "ListNumber", 2) for it in b[1]]
        elif k == "table":
            body.append(w_table(b[1], b[2]))
            body.append(w_par(""))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>') % (W_NS, "".join(body))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", doc),
                           ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING),
                           ("docProps/core.xml", CORE % html.escape(d["blocks"][0][1], quote=False))]:
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ------------------------------------------------------------------ PDF
PW, PH = 595, 842  # A4 portrait handout export: two slides per page
LEFT = 50
SIZES = {"title": 22, "h1": 18, "h2": 12, "p": 11, "li": 11, "th": 10, "td": 10}
WRAP = {"p": 84, "li": 80}
SLOT_TOP = [PH - 60, PH / 2 - 30]
SLOT_BOTTOM = [PH / 2 + 10, 40]


def pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf_pages(d):
    """Lay the slides out two per page. Returns (pages, outline); a page is a list of
    (font, size, x, y, text) and outline entries are (page index, slide title)."""
    pages, cur = [], []
    slot = 0
    y = SLOT_TOP[0]
    outline = []

    def next_slot():
        nonlocal cur, y, slot
        if slot == 0:
            slot = 1
        else:
            pages.append(cur)
            cur, slot = [], 0
        y = SLOT_TOP[slot]

    for b in d["blocks"]:
        k = b[0]
        if k == "page":
            next_slot()
            continue
        if k == "title":
            y -= 60
            cur.append(("F2", SIZES["title"], LEFT, y, b[1]))
            y -= 40
        elif k == "h1":
            outline.append((len(pages), b[1]))
            cur.append(("F2", SIZES["h1"], LEFT, y, b[1]))
            y -= 32
        elif k == "h2":
            y -= 4
            cur.append(("F2", SIZES["h2"], LEFT, y, b[1]))
            y -= 18
        elif k == "p":
            for line in textwrap.wrap(b[1], WRAP["p"]):
                cur.append(("F1", SIZES["p"], LEFT, y, line))
                y -= 15
            y -= 7
        elif k in ("ul", "ol"):
            for i, it in enumerate(b[1]):
                mark = "\u2022" if k == "ul" else "%d." % (i + 1)
                for j, line in enumerate(textwrap.wrap(it, WRAP["li"])):
                    cur.append(("F1", SIZES["li"], LEFT + 14, y, (mark + " " if j == 0 else "   ") + line))
                    y -= 15
            y -= 7
        elif k == "table":
            cols = list(zip(*([b[1]] + b[2])))
            widths = [max(len(c) for c in col) * 5.4 + 20 for col in cols]
            assert sum(widths) < PW - 2 * LEFT, (d["file"], widths)
            for ri, r in enumerate([b[1]] + b[2]):
                x = LEFT + 6
                for ci, c in enumerate(r):
                    cur.append(("F2" if ri == 0 else "F1", SIZES["th"], x, y, c))
                    x += widths[ci]
                y -= 17 if ri == 0 else 15
            y -= 8
        assert y > SLOT_BOTTOM[slot], ("slide overflow", d["file"], b)
    pages.append(cur)
    return pages, outline


def pdf_text_u16(s):
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def render_pdf(d, path, with_outline):
    pages, outline = pdf_pages(d)
    objs = {}
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, 6 outlines root, then pages/contents, then outline items
    n_pages = len(pages)
    page_ids = [7 + 2 * i for i in range(n_pages)]
    content_ids = [8 + 2 * i for i in range(n_pages)]
    first_item = 7 + 2 * n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Title " + pdf_text_u16(d["blocks"][0][1]) + b" /Author (Apiterra) /Producer (gen.py) >>"
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objs[2] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages
    for i, pg in enumerate(pages):
        ops = []
        for font, size, x, y, text in pg:
            ops.append(b"BT /%s %d Tf %.1f %.1f Td %s Tj ET" % (font.encode(), size, x, y, pdf_str(text)))
        ops.append(b"0.6 G 0.8 w %d %d m %d %d l S" % (LEFT, PH // 2, PW - LEFT, PH // 2))
        stream = b"\n".join(ops)
        objs[content_ids[i]] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[page_ids[i]] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                             % (PW, PH, content_ids[i]))
    if with_outline and outline:
        ids = [first_item + i for i in range(len(outline))]
        for i, (pi, title) in enumerate(outline):
            o = b"<< /Title " + pdf_text_u16(title) + b" /Parent 6 0 R"
            if i > 0:
                o += b" /Prev %d 0 R" % ids[i - 1]
            if i < len(ids) - 1:
                o += b" /Next %d 0 R" % ids[i + 1]
            o += b" /Dest [%d 0 R /XYZ 0 %d 0] >>" % (page_ids[pi], PH)
            objs[ids[i]] = o
        objs[6] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (ids[0], ids[-1], len(ids))
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R /PageMode /UseOutlines >>"
    else:
        objs[6] = b"<< /Type /Outlines /Count 0 >>"
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    n = max(objs)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, n + 1):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (n + 1)
    for i in range(1, n + 1):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n + 1, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


# ------------------------------------------------------------------ README
README_HEAD = ("> **Development set** (written blind on 2026-12-07 (stop 57) from DOMAIN.md, the issue and the format only; "
               "it may be read and tuned on).\n>\n\n")


def readme():
    from collections import Counter
    units = Counter((q[3], q[5]) for q in Q)
    langs = Counter(q[5] for q in Q)
    staff = {d["file"] for d in DOCS if d["audience"] == "staff"}
    n_staff = sum(1 for q in Q if q[1] in staff)
    ulang = Counter(u[1] for u in U)
    r = README_HEAD.rstrip("\n").split("\n") + ["",
         "# structure_dev14 — Apiterra, programme Essaim (slide decks and kits)", "",
         "Client (fictitious): **Apiterra**, a beekeeping-equipment maker and retailer based in Aurillac "
         "(hives, supers, frames, extractors, the connected hive scales B1/B2 and the upcoming B3, beekeeping courses). "
         "Its customer ambassador program is called **Essaim**; the ambassadors are called **les Butineurs** "
         "(singular « Butineur », some texts say « Butineuses »). Levels: **Pollen**, **Propolis**, **Gelée royale**. "
         "The private Discord community is **La Ruche**, the newsletter **Le Cadre**, the webinars **Essaim Live**, the "
         "yearly gathering the **Journée Essaim**. People: Solène Marchetti (community manager), Hugo Ferrand (program "
         "manager), Maud Lefèvre (Brussels office). **Names a measurer should declare**: company « Apiterra », program "
         "« Essaim », ambassadors « Butineurs » (also « Butineur », « Butineuses »), levels « Pollen », « Propolis », "
         "« Gelée royale », community « La Ruche ».", "",
         "**Flavour.** Presentation material: decks exported to PDF (handout export, bold slide title at the top of each slide, bullet fragments, "
         "tables on slides, a FAQ slide with the questions as bold sub-headings, « Notes de l'orateur » blocks as "
         "sub-headings under a slide), decks exported as Markdown or HTML (each slide a heading), an onboarding kit "
         "and an international kit in DOCX with short sections, plain-text memos with « - » and « • » bullets and "
         "space-aligned tables, an HTML welcome page. Several decks share slide headings (« Avantages » ×4, « Niveaux » ×3, "
         "« Calendrier » ×3, « Notes de l'orateur » ×5): the question wording, not the heading, decides the document. "
         "Questions are written as Butineurs type them in the Discord chat (familiar, abbreviations, two « pionts » typos); "
         "questions about the staff documents are written as the community team would ask them.", "",
         "## Files", "",
         "- `docs_src.py` — source blocks of the 12 documents (title, headings, paragraphs, lists, tables, slide breaks).",
         "- `questions_src.py` — the questions and the unanswerable questions.",
         "- `gen.py` — renders `docs/`, `questions.jsonl`, `unanswerable.jsonl` and this README (deterministic, stdlib).",
         "- `validate.py` — checks the format rules and that every gold snippet is in its unit in the rendered file; prints `OK`.",
         "- `docs/` — the 12 documents.",
         "- `questions.jsonl`, `unanswerable.jsonl`.", "",
         "## Documents", "",
         "| file | format | lang | readership line(s) as written | intended readership | structure |",
         "|---|---|---|---|---|---|"]
    for d in DOCS:
        aud = "all Butineurs (ambassadors)" if d["audience"] == "all" else "staff only (community team / management)"
        r.append("| %s | %s | %s | %s | %s | %s |" % (d["file"], d["fmt"], d["lang"],
                                                 " / ".join("« %s »" % x for x in d["readership"]).replace("|", "\\|"),
                                                 aud, d["structure"]))
    r += ["", "PDFs: PDF 1.4, handout export (A4 portrait, two slides per page, a grey rule between them, so 3–4 pages each), Helvetica / Helvetica-Bold (WinAnsiEncoding), one text line per Tj, "
          "uncompressed streams, valid xref; the launch deck has an outline (bookmarks per slide), the staff deck has none. "
          "DOCX: Title / Heading1 / Heading2 styles, lists as `ListBullet` paragraphs with numbering, tables as `w:tbl` "
          "with a header row. Plain text: the spring memo has underlined numbered headings, the charter has bare "
          "short-line headings (no numbering, no underline), the internal notes have numbered « 1. » / « 1.1 » headings.", "",
          "## Question files", "",
          "`questions.jsonl`: %d questions (%d fr, %d en); %d about the two staff documents, the rest about the 10 "
          "all-ambassador documents." % (len(Q), langs["fr"], langs["en"], n_staff), "",
          "| unit | fr | en | total |", "|---|---|---|---|"]
    for u in ("paragraph", "list", "table_row"):
        r.append("| %s | %d | %d | %d |" % (u, units[(u, "fr")], units[(u, "en")], units[(u, "fr")] + units[(u, "en")]))
    r += ["",
          "- `gold_doc`: file name in `docs/`. `gold_section`: heading path below the document title, joined with « › », "
          "headings quoted as written (numbering kept for the plain-text memo and notes, e.g. « 1. Rotation des "
          "sollicitations › 1.1 Règle de charge »). Speaker notes are the sub-section « Notes de l'orateur » of their slide; "
          "FAQ / Q&A answers are under their question sub-heading.",
          "- `gold`: exact substrings of the document text; in PDFs each snippet lies on one text line (one Tj). "
          "Paragraph: a few distinctive words; list: the first and last items (or distinctive parts); table_row: the "
          "row's key cell and the value cell asked about. The full unit is the one `validate.py` locates from "
          "`docs_src.py`.",
          "- `lang` is the question's language; %d questions cross languages (English over French documents, or French "
          "over the two English documents) — see `note`." % sum(1 for q in Q if q[5] != next(d for d in DOCS if d["file"] == q[1])["lang"]),
          "- `note`: what makes the item interesting (shared heading, speaker notes, typo, staff document, cross-language).",
          "",
          "`unanswerable.jsonl`: %d questions (%d fr, %d en) a Butineur could plausibly ask, near the documents' topics, "
          "that no document answers; `note` says what is missing." % (len(U), ulang["fr"], ulang["en"]), ""]
    return "\n".join(r)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for d in DOCS:
        p = os.path.join(OUT, d["file"])
        if d["fmt"] == "md":
            open(p, "w", encoding="utf-8").write(render_md(d))
        elif d["fmt"] == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(d))
        elif d["fmt"] == "html":
            open(p, "w", encoding="utf-8").write(render_html(d))
        elif d["fmt"] == "docx":
            render_docx(d, p)
        elif d["fmt"] == "pdf":
            render_pdf(d, p, with_outline=d["file"].startswith("deck_lancement"))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, doc_, sec, unit, gold, lang, note) in enumerate(Q):
            f.write(json.dumps({"id": "%s-%03d" % (SET, i + 1), "question": q, "gold_doc": doc_, "gold_section": sec,
                                "unit": unit, "gold": gold, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, lang, note) in enumerate(U):
            f.write(json.dumps({"id": "%s-%03d" % (SET, len(Q) + i + 1), "question": q, "lang": lang, "note": note},
                               ensure_ascii=False) + "\n")
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme())


if __name__ == "__main__":
    main()
