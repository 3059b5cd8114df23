# -*- coding: utf-8 -*-
"""Rebuild docs/ and the question files. Deterministic, stdlib only: python3 gen.py"""
import html
import io
import json
import os
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_src import DOCS  # noqa: E402

SET = "structure_heldout29"
DOCS_DIR = os.path.join(HERE, "docs")


# ------------------------------------------------------------------ helpers
def shown(doc, kind, text, n1, n2):
    """A heading as it is written in the file (plain-text memos number or capitalise them)."""
    st = doc.get("txt_style")
    if st == "numbered":
        return "%d. %s" % (n1, text) if kind == "h1" else "%d.%d %s" % (n1, n2, text)
    if st == "upper" and kind == "h1":
        return text.upper()
    return text


def walk(doc):
    """Yield (path, block) with the heading path as written (without the document title)."""
    path = []
    n1 = n2 = 0
    for b in doc["blocks"]:
        if b[0] == "h1":
            n1 += 1
            n2 = 0
            path = [shown(doc, "h1", b[1], n1, n2)]
        elif b[0] == "h2":
            n2 += 1
            path = path[:1] + [shown(doc, "h2", b[1], n1, n2)]
        yield list(path), b


def units():
    """key -> dict(doc, section, unit, atoms) where atoms are the strings a gold may sit in."""
    out = {}
    for doc in DOCS:
        for path, b in walk(doc):
            kind = b[0]
            if kind == "p" and len(b) > 2:
                out[b[2]] = dict(doc=doc, section=" › ".join(path), unit="paragraph", atoms=[b[1]], block=b)
            elif kind in ("ul", "ol") and len(b) > 3:
                out[b[3]] = dict(doc=doc, section=" › ".join(path), unit="list", atoms=[b[1]] + b[2], block=b)
            elif kind == "table" and len(b) > 4:
                for row, k in zip(b[3], b[4]):
                    if k:
                        out[k] = dict(doc=doc, section=" › ".join(path), unit="table_row", atoms=row, block=b, row=row)
    return out


# ------------------------------------------------------------------ Markdown
def render_md(doc, deck):
    L = ["# " + doc["title"], ""]
    first = True
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            if deck and not first:
                L += ["---", ""]
            first = False
            L += ["## " + b[1], ""]
        elif k == "h2":
            L += ["### " + b[1], ""]
        elif k == "p":
            L += [b[1], ""]
        elif k in ("ul", "ol"):
            L += [b[1], ""]
            for i, it in enumerate(b[2], 1):
                L.append(("%d. " % i if k == "ol" else "- ") + it)
            L.append("")
        elif k == "table":
            L += [b[1], ""]
            L.append("| " + " | ".join(b[2]) + " |")
            L.append("|" + "|".join("---" for _ in b[2]) + "|")
            for r in b[3]:
                L.append("| " + " | ".join(r) + " |")
            L.append("")
    return "\n".join(L).rstrip() + "\n"


# ------------------------------------------------------------------ HTML
def e(s):
    return html.escape(s, quote=False)


def html_blocks(doc, slides):
    out = []
    open_section = False
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            if slides:
                if open_section:
                    out.append("</section>")
                out.append('<section class="slide">')
                open_section = True
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            cls = ' class="diffusion"' if b[1].startswith(("Diffusion", "Page réservée")) else ""
            out.append("<p%s>%s</p>" % (cls, e(b[1])))
        elif k in ("ul", "ol"):
            out.append("<p>%s</p>" % e(b[1]))
            out.append("<%s>" % k)
            for it in b[2]:
                out.append("  <li>%s</li>" % e(it))
            out.append("</%s>" % k)
        elif k == "table":
            out.append("<p>%s</p>" % e(b[1]))
            out.append("<table>")
            out.append("  <thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % e(c) for c in b[2]))
            out.append("  <tbody>")
            for r in b[3]:
                out.append("    <tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r))
            out.append("  </tbody>")
            out.append("</table>")
    if open_section:
        out.append("</section>")
    return out


def render_html(doc, slides):
    head = ['<!DOCTYPE html>', '<html lang="%s">' % doc["lang"], "<head>", '<meta charset="utf-8">',
            "<title>%s</title>" % e(doc["title"]),
            "<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto}"
            " .slide{border-bottom:2px solid #f2b705;padding:1em 0} td,th{border:1px solid #ccc;padding:4px}</style>",
            "</head>", "<body>"]
    if slides:
        body = ['<div class="deck">', "<h1>%s</h1>" % e(doc["title"])] + html_blocks(doc, True) + ["</div>"]
    else:
        body = ['<header><nav><a href="#">La Ruche</a> · <a href="#">Le Butin</a> · <a href="#">Ma fiche</a></nav></header>',
                "<main>", "<h1>%s</h1>" % e(doc["title"])] + html_blocks(doc, False) + [
                "</main>", "<footer><p>Ruchers Vallin · Saint-Affrique · programme Essaim</p></footer>"]
    return "\n".join(head + body + ["</body>", "</html>"]) + "\n"


# ------------------------------------------------------------------ TXT
def render_txt(doc):
    st = doc["txt_style"]
    L = [doc["title"]]
    if st == "underline":
        L.append("=" * len(doc["title"]))
    L.append("")
    n1 = n2 = 0
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            n1 += 1
            n2 = 0
            h = shown(doc, "h1", b[1], n1, n2)
            L += ["", h] + (["-" * len(h)] if st == "underline" else [])
        elif k == "h2":
            n2 += 1
            L += ["", shown(doc, "h2", b[1], n1, n2)]
        elif k == "p":
            L += textwrap.wrap(b[1], 100, break_on_hyphens=False) + [""]
        elif k in ("ul", "ol"):
            L.append(b[1])
            bullet = b[4] if len(b) > 4 else "-"
            for i, it in enumerate(b[2], 1):
                L.append(("%d. " % i if k == "ol" else bullet + " ") + it)
            L.append("")
    out = []
    for line in L:  # collapse double blank lines
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


# ------------------------------------------------------------------ DOCX
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def x(s):
    return html.escape(s, quote=False)


def para(text, style=None, num=None, bold=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num if num else "")
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(text))


def render_docx(doc):
    body = [para(doc["title"], "Title")]
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            body.append(para(b[1], "Heading1"))
        elif k == "h2":
            body.append(para(b[1], "Heading2"))
        elif k == "p":
            body.append(para(b[1]))
        elif k in ("ul", "ol"):
            body.append(para(b[1]))
            for it in b[2]:
                body.append(para(it, "ListBullet" if k == "ul" else "ListNumber", 1 if k == "ul" else 2))
        elif k == "table":
            body.append(para(b[1]))
            ncol = len(b[2])
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
            t += ['<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol)]
            t.append("</w:tblGrid>")
            for ri, r in enumerate([b[2]] + b[3]):
                t.append("<w:tr>")
                for c in r:
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (9000 // ncol, para(c, bold=(ri == 0))))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))

    def sty(sid, name, size, bold, extra=""):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
                '<w:qFormat/>%s<w:rPr>%s<w:sz w:val="%d"/></w:rPr></w:style>' % (sid, name, extra, "<w:b/>" if bold else "", size))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>'
              '%s%s%s%s%s'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>' % (W, sty("Title", "Title", 40, True),
                               sty("Heading1", "heading 1", 32, True, '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
                               sty("Heading2", "heading 2", 26, True, '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
                               sty("ListBullet", "List Bullet", 22, False, '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'),
                               sty("ListNumber", "List Number", 22, False, '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr>')))
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
                 '</w:numbering>' % W)
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
               '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Maëlle Ferrand</dc:creator>'
            '</cp:coreProperties>' % x(doc["title"]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document),
                           ("word/styles.xml", styles), ("word/numbering.xml", numbering),
                           ("word/_rels/document.xml.rels", docrels), ("docProps/core.xml", core)]:
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ------------------------------------------------------------------ PDF (slides, 960x540)
PW, PH, MX = 960, 540, 56


def pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def render_pdf(doc):
    pages = []
    cur = None

    def new_page():
        nonlocal cur
        cur = {"ops": [], "y": PH - 60}
        pages.append(cur)

    def line(text, font, size, x=MX, lead=None):
        cur["ops"].append(b"BT /%s %d Tf 1 0 0 1 %d %d Tm (" % (font.encode(), size, x, cur["y"]) + pdf_str(text) + b") Tj ET")
        cur["y"] -= lead or int(size * 1.45)
        if cur["y"] < 28:
            raise SystemExit("PDF page overflow in %s" % doc["file"])

    new_page()
    line(doc["title"], "F2", 26, lead=40)
    seen_h1 = False
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            if seen_h1:
                new_page()
            else:
                cur["y"] -= 10
            seen_h1 = True
            line(b[1], "F2", 20, lead=32)
        elif k == "h2":
            cur["y"] -= 4
            line(b[1], "F2", 14, lead=20)
        elif k == "p":
            notes = b[1].startswith("Notes :")
            size = 11 if notes else 12
            if notes:
                cur["y"] -= 8
            for ln in textwrap.wrap(b[1], 130 if notes else 120, break_on_hyphens=False):
                line(ln, "F1", size)
            cur["y"] -= 4
        elif k in ("ul", "ol"):
            line(b[1], "F1", 13)
            for i, it in enumerate(b[2], 1):
                line(("%d. " % i if k == "ol" else "\u2022 ") + it, "F1", 13, x=MX + 18)
            cur["y"] -= 4
        elif k == "table":
            line(b[1], "F1", 13, lead=22)
            rows = [b[2]] + b[3]
            widths = [max(len(r[c]) for r in rows) * 6.3 + 24 for c in range(len(b[2]))]
            if sum(widths) > PW - 2 * MX:
                raise SystemExit("PDF table too wide in %s" % doc["file"])
            for ri, r in enumerate(rows):
                xx = MX
                for c, cell in enumerate(r):
                    cur["ops"].append(b"BT /%s 12 Tf 1 0 0 1 %d %d Tm (" % (b"F2" if ri == 0 else b"F1", int(xx), cur["y"])
                                      + pdf_str(cell) + b") Tj ET")
                    xx += widths[c]
                cur["y"] -= 20
            cur["y"] -= 4
    # assemble
    objs = {}
    n_pages = len(pages)
    page_ids = [5 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, pg in enumerate(pages):
        pid = page_ids[i]
        stream = b"\n".join(pg["ops"]) + b"\n"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                     b"/Contents %d 0 R >>" % (PW, PH, pid + 1))
        objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    info_id = 5 + 2 * n_pages
    objs[info_id] = b"<< /Title (" + pdf_str(doc["title"]) + b") /Producer (Essaim deck export) >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = len(out)
        out += b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += b"xref\n0 %d\n" % total + b"0000000000 65535 f \n"
    for oid in range(1, total):
        out += b"%010d 00000 n \n" % offsets[oid]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, info_id, xref)
    return bytes(out)


DECKS = {"kit_temoignage_video.md", "deck_parrainage_essaim.md"}


def build_docs():
    os.makedirs(DOCS_DIR, exist_ok=True)
    for f in os.listdir(DOCS_DIR):
        os.remove(os.path.join(DOCS_DIR, f))
    for doc in DOCS:
        fn = doc["file"]
        p = os.path.join(DOCS_DIR, fn)
        if fn.endswith(".md"):
            data = render_md(doc, fn in DECKS).encode("utf-8")
        elif fn.endswith(".html"):
            data = render_html(doc, fn.startswith("campagne")).encode("utf-8")
        elif fn.endswith(".txt"):
            data = render_txt(doc).encode("utf-8")
        elif fn.endswith(".docx"):
            data = render_docx(doc)
        elif fn.endswith(".pdf"):
            data = render_pdf(doc)
        with open(p, "wb") as fh:
            fh.write(data)


from questions_src import QUESTIONS, UNANSWERABLE  # noqa: E402


def build_questions():
    U = units()
    rows = []
    for i, (key, lang, q, gold, note) in enumerate(QUESTIONS, 1):
        u = U[key]
        for g in gold:
            if not any(g in a for a in u["atoms"]):
                raise SystemExit("gold %r not in unit %s" % (g, key))
        rows.append({"id": "%s-%03d" % (SET, i), "question": q, "gold_doc": u["doc"]["file"],
                     "gold_section": u["section"], "unit": u["unit"], "gold": gold, "lang": lang, "note": note})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as fh:
        for i, (lang, q, note) in enumerate(UNANSWERABLE, 1):
            fh.write(json.dumps({"id": "%s-%03d" % (SET, len(rows) + i), "question": q, "lang": lang, "note": note},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build_docs()
    build_questions()
