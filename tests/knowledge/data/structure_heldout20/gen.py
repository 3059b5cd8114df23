#!/usr/bin/env python3
"""Deterministic generator for structure_heldout20 (stdlib only).
Renders content.DOCS to .md/.txt/.html/.pdf/.docx and writes questions.jsonl,
unanswerable.jsonl and README.md."""
import html
import json
import os
import textwrap
import zipfile

import content

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "docs")
FIXED_DATE = (2026, 12, 6, 9, 0, 0)


def wrap(text, width=72, indent="", sub=""):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=sub,
                         break_on_hyphens=False, break_long_words=False)


# ------------------------------------------------------------------ Markdown
def render_md(doc):
    out = ["# " + doc["title"], ""]
    st = doc.get("style")
    rl = doc["readership"]
    out += [("> " + rl) if st == "quote" else ("*" + rl + "*") if st == "italic" else rl, ""]
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            out += ["## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k in ("ul", "ol"):
            out += [b[1], ""]
            for i, it in enumerate(b[2], 1):
                out.append(("%d. " % i if k == "ol" else "- ") + it)
            out.append("")
        elif k == "table":
            if b[1]:
                out += [b[1], ""]
            out.append("| " + " | ".join(b[2]) + " |")
            out.append("|" + "|".join("---" for _ in b[2]) + "|")
            for r in b[3]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ plain text
def txt_table(header, rows, sep):
    cols = list(zip(header, *rows))
    widths = [max(len(c) for c in col) for col in cols]
    def line(cells):
        return sep.join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(header)]
    out.append(("-+-" if sep == " | " else "  ").join("-" * w for w in widths))
    out += [line(r) for r in rows]
    return out


def render_txt(doc):
    st = doc["style"]
    out = []
    if st == "underlined":
        out += [doc["title"], "=" * len(doc["title"]), ""]
    elif st == "numbered":
        out += [doc["title"], ""]
    else:
        out += [doc["title"].upper(), ""]
    out += [wrap(doc["readership"]), ""]
    if st == "numbered":
        out += ["*" * 60, ""]
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            if st == "underlined":
                out += ["", b[1], "-" * len(b[1]), ""]
            else:
                out += ["", b[1], ""]
        elif k == "h2":
            out += [b[1], ""]
        elif k == "p":
            out += [wrap(b[1]), ""]
        elif k in ("ul", "ol"):
            out += [wrap(b[1]), ""]
            for i, it in enumerate(b[2], 1):
                if k == "ol":
                    out.append(wrap(it, indent="  %d) " % i, sub="     "))
                else:
                    bullet = "  * " if st == "underlined" else "  - "
                    out.append(wrap(it, indent=bullet, sub="    "))
            out.append("")
        elif k == "table":
            if b[1]:
                out += [wrap(b[1]), ""]
            out += txt_table(b[2], b[3], " | " if st == "numbered" else "   ")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ HTML
def render_html(doc):
    e = html.escape
    lang = doc["lang"]
    out = ["<!DOCTYPE html>", '<html lang="%s">' % lang, "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(doc["title"]),
           "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}</style>",
           "</head>", "<body>", '<header><p class="nav">Clavéo · Cercle · %s</p></header>'
           % ("Documents" if lang == "fr" else "Documents in English"),
           "<main>", "<h1>%s</h1>" % e(doc["title"]), '<p class="audience">%s</p>' % e(doc["readership"])]
    open_section = False
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            if open_section:
                out.append("</section>")
            out.append("<section>")
            open_section = True
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k in ("ul", "ol"):
            out.append("<p>%s</p>" % e(b[1]))
            out.append("<%s>" % k)
            out += ["  <li>%s</li>" % e(it) for it in b[2]]
            out.append("</%s>" % k)
        elif k == "table":
            if b[1]:
                out.append("<p>%s</p>" % e(b[1]))
            out.append("<table>")
            out.append("  <thead><tr>" + "".join("<th>%s</th>" % e(c) for c in b[2]) + "</tr></thead>")
            out.append("  <tbody>")
            for r in b[3]:
                out.append("    <tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
            out.append("  </tbody>")
            out.append("</table>")
    if open_section:
        out.append("</section>")
    out += ["</main>", "<footer><p>Clavéo SAS, Annecy</p></footer>", "</body>", "</html>", ""]
    return "\n".join(out)


# ------------------------------------------------------------------ PDF (hand-written)
PAGE_W, PAGE_H = 595, 842
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 56, 56, 64, 64


def pdf_str(s):
    out = []
    for byte in s.encode("cp1252"):
        c = chr(byte)
        if c in "()\\":
            out.append("\\" + c)
        elif byte < 32 or byte > 126:
            out.append("\\%03o" % byte)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def char_w(size):
    return size * 0.5


def pdf_wrap(text, size, width):
    n = max(10, int(width / char_w(size)))
    return textwrap.wrap(text, width=n, break_on_hyphens=False, break_long_words=False) or [""]


class PdfPages:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PAGE_H - MARGIN_T

    def need(self, h):
        if self.y - h < MARGIN_B:
            self.new_page()

    def text(self, x, s, font, size):
        self.ops.append("BT /%s %.1f Tf %.1f %.1f Td %s Tj ET" % (font, size, x, self.y, pdf_str(s)))

    def lines(self, lines, font, size, x=MARGIN_L, lead=None, before=0, after=0):
        lead = lead or size * 1.35
        self.y -= before
        if len(lines) * lead < 200:
            self.need(len(lines) * lead)
        for ln in lines:
            self.need(lead)
            self.y -= lead
            self.text(x, ln, font, size)
        self.y -= after


def render_pdf(doc):
    P = PdfPages()
    W = PAGE_W - MARGIN_L - MARGIN_R
    body = 10.5
    P.lines(pdf_wrap(doc["title"], 20, W), "F2", 20, after=6)
    P.lines(pdf_wrap(doc["readership"], 9.5, W), "F3", 9.5, after=10)
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            P.need(60)
            P.lines(pdf_wrap(b[1], 15, W), "F2", 15, before=10, after=4)
        elif k == "h2":
            P.need(50)
            P.lines(pdf_wrap(b[1], 12, W), "F2", 12, before=6, after=3)
        elif k == "p":
            P.lines(pdf_wrap(b[1], body, W), "F1", body, after=6)
        elif k in ("ul", "ol"):
            P.need(40)
            P.lines(pdf_wrap(b[1], body, W), "F1", body, after=2)
            for i, it in enumerate(b[2], 1):
                mark = ("%d." % i) if k == "ol" else "\u2022"
                ls = pdf_wrap(it, body, W - 22)
                P.need(body * 1.35 * len(ls))
                P.y -= body * 1.35
                P.text(MARGIN_L + 6, mark, "F1", body)
                P.text(MARGIN_L + 22, ls[0], "F1", body)
                for ln in ls[1:]:
                    P.need(body * 1.35)
                    P.y -= body * 1.35
                    P.text(MARGIN_L + 22, ln, "F1", body)
            P.y -= 6
        elif k == "table":
            if b[1]:
                P.lines(pdf_wrap(b[1], body, W), "F1", body, after=4)
            header, rows = b[2], b[3]
            size = 8.5
            lens = [max(len(c) for c in col) for col in zip(header, *rows)]
            lens = [max(8, min(l, 40)) for l in lens]
            tot = float(sum(lens))
            widths = [W * l / tot for l in lens]
            xs = [MARGIN_L]
            for w in widths[:-1]:
                xs.append(xs[-1] + w)
            lead = size * 1.3
            for ri, r in enumerate([header] + rows):
                font = "F2" if ri == 0 else "F1"
                cells = [pdf_wrap(c, size, w - 6) for c, w in zip(r, widths)]
                h = max(len(c) for c in cells) * lead + 4
                P.need(h + 2)
                top = P.y
                for x, cl in zip(xs, cells):
                    P.y = top
                    for ln in cl:
                        P.y -= lead
                        P.text(x, ln, font, size)
                P.y = top - h
                P.ops.append("0.6 G 0.5 w %.1f %.1f m %.1f %.1f l S" % (MARGIN_L, P.y + 1, MARGIN_L + W, P.y + 1))
            P.y -= 8
    # page numbers
    n = len(P.pages)
    for i, ops in enumerate(P.pages, 1):
        ops.insert(0, "BT /F1 8 Tf %.1f %.1f Td %s Tj ET" % (PAGE_W - MARGIN_R - 40, 30, pdf_str("%d / %d" % (i, n))))
    return build_pdf(P.pages, doc["title"])


def build_pdf(pages, title):
    objs = {}
    fonts = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    font_ids = {}
    nid = 3
    for name, base in fonts.items():
        objs[nid] = "<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base
        font_ids[name] = nid
        nid += 1
    info_id = nid
    nid += 1
    objs[info_id] = "<< /Title <FEFF%s> /Author (Clav\\351o) /Producer (hand-written) /CreationDate (D:20261206090000Z) >>" % title.encode("utf-16-be").hex().upper()
    kids = []
    res = "<< /Font << %s >> >>" % " ".join("/%s %d 0 R" % (n, i) for n, i in font_ids.items())
    for ops in pages:
        stream = "\n".join(ops).encode("latin-1")
        sid = nid
        objs[sid] = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"\nendstream"
        pid = nid + 1
        objs[pid] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>" % (PAGE_W, PAGE_H, res, sid)
        kids.append(pid)
        nid += 2
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, nid):
        offsets[i] = len(out)
        body = objs[i]
        if isinstance(body, str):
            body = body.encode("latin-1")
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % nid
    for i in range(1, nid):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nid, info_id, xref)
    return bytes(out)


# ------------------------------------------------------------------ DOCX
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def x(s):
    return html.escape(s, quote=False)


def w_par(text, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, x(text))


def w_table(header, rows):
    def cell(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return ('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                % (rpr, x(t)))
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>']
    out.append("<w:tblGrid>" + "".join('<w:gridCol w:w="%d"/>' % (9000 // len(header)) for _ in header) + "</w:tblGrid>")
    out.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(cell(c, True) for c in header) + "</w:tr>")
    for r in rows:
        out.append("<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>""" % W_NS


def numbering_xml(n_ordered):
    absb = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    absd = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    for i in range(n_ordered):
        nums += ('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (i + 2))
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s%s</w:numbering>' % (W_NS, absb, absd, nums)


def render_docx(doc, path):
    parts = [w_par(doc["title"], "Title"), w_par(doc["readership"], "Subtitle")]
    n_ord = 0
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            parts.append(w_par(b[1], "Heading1"))
        elif k == "h2":
            parts.append(w_par(b[1], "Heading2"))
        elif k == "p":
            parts.append(w_par(b[1]))
        elif k in ("ul", "ol"):
            parts.append(w_par(b[1]))
            if k == "ol":
                n_ord += 1
                num = n_ord + 1
            else:
                num = 1
            parts += [w_par(it, "ListParagraph", num) for it in b[2]]
        elif k == "table":
            if b[1]:
                parts.append(w_par(b[1]))
            parts.append(w_table(b[2], b[3]))
            parts.append(w_par(""))
    body = "".join(parts) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (W_NS, body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Clavéo — équipe Communauté</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-06T09:00:00Z</dcterms:created></cp:coreProperties>') % x(doc["title"])
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document),
             ("word/_rels/document.xml.rels", docrels), ("word/styles.xml", STYLES),
             ("word/numbering.xml", numbering_xml(n_ord)), ("docProps/core.xml", core)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ------------------------------------------------------------------ questions
def section_paths(doc):
    """Yield (block, path) with path = list of headings above the block."""
    h1 = h2 = None
    for b in doc["blocks"]:
        if b[0] == "h1":
            h1, h2 = b[1], None
            continue
        if b[0] == "h2":
            h2 = b[1]
            continue
        yield b, [h for h in (h1, h2) if h]


def resolve(doc, ref):
    kind, key = ref[0], ref[2:]
    hits = []
    for b, path in section_paths(doc):
        if kind == "P" and b[0] == "p" and b[1].startswith(key):
            hits.append(("paragraph", [b[1]], path))
        elif kind == "L" and b[0] in ("ul", "ol") and (b[1].startswith(key) or b[2][0].startswith(key)):
            hits.append(("list", list(b[2]), path))
        elif kind == "R" and b[0] == "table":
            for r in b[3]:
                if r[0] == key:
                    hits.append(("table_row", list(r), path))
    if len(hits) != 1:
        raise SystemExit("ref %r in %s matched %d blocks" % (ref, doc["key"], len(hits)))
    return hits[0]


def main():
    os.makedirs(DOCS_DIR, exist_ok=True)
    by_key = {d["key"]: d for d in content.DOCS}
    for d in content.DOCS:
        p = os.path.join(DOCS_DIR, d["file"])
        if d["fmt"] == "md":
            open(p, "w", encoding="utf-8").write(render_md(d))
        elif d["fmt"] == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(d))
        elif d["fmt"] == "html":
            open(p, "w", encoding="utf-8").write(render_html(d))
        elif d["fmt"] == "pdf":
            open(p, "wb").write(render_pdf(d))
        elif d["fmt"] == "docx":
            render_docx(d, p)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (k, ref, lang, q) in enumerate(content.QUESTIONS, 1):
            d = by_key[k]
            unit, gold, path = resolve(d, ref)
            rec = {"id": "q%02d" % i, "question": q, "gold_doc": d["file"],
                   "gold_section": " › ".join(path), "unit": unit, "gold": gold, "lang": lang}
            if d.get("staff"):
                rec["note"] = "question over a staff-only document (%s), not meant for ambassadors" % d["file"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (lang, q, note) in enumerate(content.UNANSWERABLE, 1):
            f.write(json.dumps({"id": "u%02d" % i, "question": q, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    write_readme()


STRUCT = {
    "d01": "H2/H3 headings, 3 bullet lists, 1 pipe table", "d02": "H2/H3, 4 bullet lists, 2 pipe tables",
    "d03": "H2/H3 question headings, bullet + numbered list, pipe table",
    "d04": "numbered UPPERCASE headings (1., 4.1), bullet lists, pipe-aligned table",
    "d05": "underlined headings (=== / ---), numbered + starred lists, column-aligned table",
    "d06": "bare short-line headings, dash lists, column-aligned table",
    "d07": "font-size headings (20/15/12 pt bold), bullet lists, 2 positioned tables",
    "d08": "font-size headings, numbered + bullet lists, positioned table",
    "d09": "Heading1/Heading2 styles, numbered + bullet list paragraphs, Word table",
    "d10": "Heading1 styles, 3 bullet lists (ListParagraph + numbering), Word table",
    "d11": "h1/h2 in sections, 2 ul lists, HTML table", "d12": "h1/h2 in sections, 2 ul lists, HTML table"}


def write_readme():
    first = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 48) from DOMAIN.md, "
             "the issue and the format only, without reading the project's code, tests or other data sets. "
             "Do not tune anything on it.")
    lines = [first, "",
             "# structure_heldout20: structure-aware retrieval over a fictitious client's documents",
             "",
             "**Client.** Clavéo (Annecy), maker of connected locks and key boxes for short-term rental hosts, "
             "conciergeries and residence managers. Ambassador program: *Le Cercle Clavéo*; private Discord *Le Palier*; "
             "monthly newsletter *La Gâche*; AI assistant *Lucien*; levels Clé, Double, Trousseau, Passe-partout; "
             "community manager Maëlle Rouxel; marketing director Damien Ferrand; product lead Yanis Boucher.",
             "",
             "**Counts.** 12 documents in `docs/` (3 txt, 3 md, 2 pdf, 2 docx, 2 html; 10 French, 2 English; "
             "580-800 words each). `questions.jsonl`: 90 questions (45 paragraph, 27 list, 18 table_row; "
             "75 fr, 15 en; 7 English questions over French documents, 9 French questions over English documents; "
             "a few casual wordings and typos). 15 questions target the 2 staff-only documents and carry a `note`. "
             "`unanswerable.jsonl`: 20 questions (16 fr, 4 en) in the documents' vocabulary whose answer is absent.",
             "",
             "**Conventions.** `gold_section` is the heading path below the document title, joined by ` › `, headings exactly as "
             "written (numbering and capitals included, e.g. `4. COMMENT RÉPONDRE › 4.2 Refuser ou proposer autre chose`). "
             "`paragraph` gold = one whole paragraph; `list` gold = the items without bullets/numbers (the introducing sentence, "
             "which ends in ':', is not in gold); `table_row` gold = the row's cells in column order (header not included). "
             "Gold strings match the extracted text after collapsing whitespace (txt is hard-wrapped at 72 columns, never inside a word). "
             "PDFs are hand-written (Type1 Helvetica, WinAnsi, uncompressed streams, real text objects; headings by size and bold; "
             "table cells positioned in columns and wrapped inside their column); DOCX use Title/Heading1/Heading2/ListParagraph styles "
             "with numbering.xml and real `w:tbl` tables.",
             "",
             "**Files.** `content.py` (all text), `gen.py` (renders everything, deterministic), `validate.py` (prints `OK`).",
             "",
             "| file | format | lang | readership line(s) as written | intended readership | structure |",
             "|---|---|---|---|---|---|"]
    for d in content.DOCS:
        lines.append("| %s | %s | %s | %s | %s | %s |" % (d["file"], d["fmt"], d["lang"], d["readership"].replace("|", "/"),
                                                          d["intended"], STRUCT[d["key"]]))
    lines.append("")
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(lines))


if __name__ == "__main__":
    main()
