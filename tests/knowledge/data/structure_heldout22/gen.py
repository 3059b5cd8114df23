#!/usr/bin/env python3
"""Render the structure_heldout22 set: docs/ (txt, md, pdf, docx, html), questions.jsonl,
unanswerable.jsonl. Standard library only, deterministic."""
import html
import json
import os
import textwrap
import zipfile

import content

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "docs")


def wrap(text, width, indent="", subsequent=""):
    lines = textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=subsequent,
                          break_long_words=False, break_on_hyphens=False)
    out = []
    for ln in lines:  # never leave a lone French punctuation mark (" ;", " :") on its own line
        if out and len(ln.strip()) <= 2 and not ln.strip().isalnum():
            out[-1] += " " + ln.strip()
        else:
            out.append(ln)
    return out


# ---------------------------------------------------------------------------------- txt
def render_txt(d):
    style = d["style"]
    out = []
    title = d["title"]
    if style == "underlined":
        out += [title, "=" * len(title), ""]
    else:
        out += [title, ""]
    out += d["readership"] + [""]
    attach = False  # bare style: first block right under the heading line
    for kind, val in d["body"]:
        block = []
        if kind == "h2":
            if style == "underlined":
                block = [val, "-" * len(val)]
            else:
                block = [val]
        elif kind == "h3":
            if style == "underlined":
                block = [val, "~" * len(val)]
            else:
                block = [val]
        elif kind == "p":
            block = wrap(val, 78)
            if style == "bare" and len(block) > 1:
                assert len(block[0]) > 50, ("short first line would look like a heading", val)
        elif kind == "ul":
            mark = "•" if style == "bare" else "-"
            for it in val:
                block += wrap(it, 78, mark + " ", "  ")
        elif kind == "ol":
            for i, it in enumerate(val, 1):
                block += wrap(it, 78, "%d) " % i, "   ")
        elif kind == "table":
            raise ValueError("no tables in txt documents")
        if attach:
            out += block
        else:
            out += block
        if style == "bare" and kind in ("h2", "h3"):
            attach = True
            continue
        if style in ("underlined", "numbered") and kind in ("h2", "h3"):
            out.append("")
            attach = False
            continue
        attach = False
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------- md
def render_md(d):
    out = ["# " + d["title"], ""]
    for r in d["readership"]:
        out += [r, ""]
    for kind, val in d["body"]:
        if kind == "h2":
            out += ["## " + val, ""]
        elif kind == "h3":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += ["- " + it for it in val] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (i, it) for i, it in enumerate(val, 1)] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "|".join("---" for _ in val[0]) + "|")
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------- html
def render_html(d):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="%s">' % d["lang"], "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(d["title"]), "</head>", "<body>", "<main>",
           "<h1>%s</h1>" % e(d["title"])]
    for r in d["readership"]:
        out.append('<p class="lectorat"><em>%s</em></p>' % e(r))
    for kind, val in d["body"]:
        if kind in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, e(val), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            out += ["  <li>%s</li>" % e(it) for it in val]
            out.append("</%s>" % kind)
        elif kind == "table":
            out.append("<table>")
            out.append("  <thead><tr>" + "".join("<th>%s</th>" % e(c) for c in val[0]) + "</tr></thead>")
            out.append("  <tbody>")
            for row in val[1:]:
                out.append("    <tr>" + "".join("<td>%s</td>" % e(c) for c in row) + "</tr>")
            out.append("  </tbody>")
            out.append("</table>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------- docx
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def x(s):
    return html.escape(s, quote=False)


def docx_par(text, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, x(text))


def docx_table(rows):
    ncol = len(rows[0])
    grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol))
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
           '<w:tblGrid>%s</w:tblGrid>' % grid]
    for i, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                        % (9000 // ncol, docx_par(c)) for c in row)
        out.append("<w:tr>%s%s</w:tr>" % (trpr, cells))
    out.append("</w:tbl>")
    return "".join(out)


STYLES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
""" % W_NS

NUMBERING_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>
""" % W_NS

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
"""


def render_docx(d, path):
    body = [docx_par(d["title"], "Title")]
    body += [docx_par(r) for r in d["readership"]]
    for kind, val in d["body"]:
        if kind == "h2":
            body.append(docx_par(val, "Heading1"))
        elif kind == "h3":
            body.append(docx_par(val, "Heading2"))
        elif kind == "p":
            body.append(docx_par(val))
        elif kind == "ul":
            body += [docx_par(it, "ListBullet") for it in val]
        elif kind == "ol":
            body += [docx_par(it, "ListNumber") for it in val]
        elif kind == "table":
            body.append(docx_table(val))
            body.append(docx_par(""))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '</w:sectPr></w:body></w:document>\n' % (W_NS, "".join(body)))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Navette &amp; Cie</dc:creator><dc:language>%s</dc:language>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-06T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>\n' % (x(d["title"]), d["lang"]))
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
             ("word/document.xml", document), ("word/styles.xml", STYLES_XML),
             ("word/numbering.xml", NUMBERING_XML), ("word/_rels/document.xml.rels", DOC_RELS),
             ("docProps/core.xml", core)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


# ---------------------------------------------------------------------------------- pdf
PAGE_W, PAGE_H, LEFT, TOP, BOTTOM = 595, 842, 56, 786, 60
CHAR_W = 5.2  # rough mean width of a Helvetica 10 character, for column placement


def pdf_str(s):
    b = s.encode("cp1252")
    return "(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1") + ")"


class PdfPages:
    def __init__(self):
        self.pages = [[]]
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.pages.append([])
            self.y = TOP

    def line(self, text, font, size, x=LEFT, lead=None):
        lead = lead or size + 4
        self.need(lead)
        self.y -= lead
        self.pages[-1].append("BT /%s %d Tf %d %d Td %s Tj ET" % (font, size, x, self.y, pdf_str(text)))

    def row(self, cells, xs, font, size=10):
        self.need(14)
        self.y -= 14
        for c, cx in zip(cells, xs):
            self.pages[-1].append("BT /%s %d Tf %d %d Td %s Tj ET" % (font, size, cx, self.y, pdf_str(c)))

    def gap(self, h):
        self.y -= h


def render_pdf(d, path):
    pg = PdfPages()
    pg.line(d["title"], "F2", 18, lead=22)
    pg.gap(4)
    for r in d["readership"]:
        for ln in wrap(r, 92):
            pg.line(ln, "F1", 10, lead=13)
    for kind, val in d["body"]:
        if kind == "h2":
            pg.gap(10)
            pg.need(60)
            pg.line(val, "F2", 14, lead=18)
        elif kind == "h3":
            pg.gap(6)
            pg.need(40)
            pg.line(val, "F2", 12, lead=16)
        elif kind == "p":
            pg.gap(4)
            for ln in wrap(val, 92):
                pg.line(ln, "F1", 10, lead=13)
        elif kind in ("ul", "ol"):
            pg.gap(2)
            for i, it in enumerate(val, 1):
                mark = "\u2022 " if kind == "ul" else "%d. " % i
                for j, ln in enumerate(wrap(it, 88)):
                    pg.line((mark if j == 0 else "") + ln, "F1", 10, x=LEFT + 10 if j == 0 else LEFT + 20, lead=13)
        elif kind == "table":
            ncol = len(val[0])
            widths = [max(len(r[c]) for r in val) for c in range(ncol)]
            xs, cx = [], LEFT
            for w in widths:
                xs.append(int(cx))
                cx += w * CHAR_W + 14
            assert cx - 14 <= PAGE_W - 40, ("table too wide", d["file"], val[0])
            pg.gap(6)
            pg.need(14 * len(val))
            pg.row(val[0], xs, "F2")
            for r in val[1:]:
                pg.row(r, xs, "F1")
    objs = []  # 1-based object list

    def add(o):
        objs.append(o)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    f1 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for ops in pg.pages:
        stream = "\n".join(ops).encode("latin-1")
        cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R "
                        "/F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, PAGE_W, PAGE_H, f1, f2, cid)))
    objs[catalog - 1] = "<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    title_hex = "<FEFF" + d["title"].encode("utf-16-be").hex().upper() + ">"
    info = add("<< /Title %s /Author (Navette & Cie) /Producer (structure_heldout22 gen.py) "
               "/CreationDate (D:20261206000000Z) >>" % title_hex)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        data = o if isinstance(o, bytes) else o.encode("latin-1")
        out += b"%d 0 obj\n" % i + data + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


# ---------------------------------------------------------------------------------- gold
def section_blocks(d, path):
    """Blocks directly under the heading path (until the next heading of any level)."""
    parts = path.split(" › ")
    h2 = h3 = None
    found = []
    for kind, val in d["body"]:
        if kind == "h2":
            h2, h3 = val, None
            continue
        if kind == "h3":
            h3 = val
            continue
        cur = [h2] if h3 is None else [h2, h3]
        if cur == parts:
            found.append((kind, val))
    if not found:
        raise KeyError((d["file"], path))
    return found


def resolve(d, path, unit, sel):
    blocks = section_blocks(d, path)
    if unit == "paragraph":
        ps = [v for k, v in blocks if k == "p"]
        gold = [ps[sel]]
        assert not gold[0].rstrip().endswith(":"), gold
        return gold
    if unit == "list":
        ls = [v for k, v in blocks if k in ("ul", "ol")]
        return list(ls[sel])
    if unit == "table_row":
        rows = [r for k, v in blocks if k == "table" for r in v[1:] if r[0] == sel]
        assert len(rows) == 1, (d["file"], path, sel)
        return list(rows[0])
    raise ValueError(unit)


def main():
    os.makedirs(DOCS_DIR, exist_ok=True)
    bydoc = {d["file"]: d for d in content.DOCS}
    for d in content.DOCS:
        p = os.path.join(DOCS_DIR, d["file"])
        if d["fmt"] == "txt":
            with open(p, "w", encoding="utf-8", newline="\n") as f:
                f.write(render_txt(d))
        elif d["fmt"] == "md":
            with open(p, "w", encoding="utf-8", newline="\n") as f:
                f.write(render_md(d))
        elif d["fmt"] == "html":
            with open(p, "w", encoding="utf-8", newline="\n") as f:
                f.write(render_html(d))
        elif d["fmt"] == "docx":
            render_docx(d, p)
        elif d["fmt"] == "pdf":
            render_pdf(d, p)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (q, fil, path, unit, sel, lang, note) in enumerate(content.QUESTIONS, 1):
            rec = {"id": "q%02d" % i, "question": q, "gold_doc": fil, "gold_section": path, "unit": unit,
                   "gold": resolve(bydoc[fil], path, unit, sel), "lang": lang, "note": note}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (q, lang, note) in enumerate(content.UNANSWERABLE, 1):
            f.write(json.dumps({"id": "u%02d" % i, "question": q, "lang": lang, "note": note},
                               ensure_ascii=False) + "\n")
    print("generated %d documents, %d questions, %d unanswerable"
          % (len(content.DOCS), len(content.QUESTIONS), len(content.UNANSWERABLE)))


if __name__ == "__main__":
    main()
