"""Hand-written PDF 1.4 and DOCX writers (standard library only), used by gen.py.

Blocks are tuples:
  ("title", text) ("meta", text) ("h1", text) ("h2", text) ("h3", text)
  ("p", text) ("pb", text)  (bold body line, not a heading)
  ("ul", [items]) ("ol", [items]) ("table", [header_row, row, ...])
"""
import re
import zipfile
import textwrap
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- PDF ----

def _pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


_GLUE = "\x01"


def _wrap(text, width):
    """Wrap like an exporter would: no break before » : ; ? ! nor after «, nor inside "19 h 30"."""
    t = re.sub(r" (?=[»:;?!])", _GLUE, text)
    t = re.sub(r"(?<=«) ", _GLUE, t)
    t = re.sub(r"(?<=\d) (?=h\b)", _GLUE, t)
    t = re.sub(r"(?<=\bh) (?=\d)", _GLUE, t)
    return [ln.replace(_GLUE, " ") for ln in textwrap.wrap(t, width)]


def _tj(font, size, x, y, text):
    return "BT /%s %.1f Tf %.1f %.1f Td %s Tj ET" % (font, size, x, y, _pdf_str(text))


class _Flow:
    def __init__(self, columns, top_first, top, bottom, footer):
        self.columns = columns  # list of (x, wrap_chars)
        self.top_first = top_first
        self.top = top
        self.bottom = bottom
        self.pages = [[]]
        self.col = 0
        self.y = top_first
        self.footer = footer

    @property
    def x(self):
        return self.columns[self.col][0]

    @property
    def width(self):
        return self.columns[self.col][1]

    def next_col(self):
        self.col += 1
        if self.col >= len(self.columns):
            self.col = 0
            self.pages.append([])
            self.y = self.top
        else:
            self.y = self.top_first if len(self.pages) == 1 else self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.next_col()

    def line(self, font, size, text, dx=0, lead=None):
        lead = lead or size * 1.32
        self.need(lead)
        self.pages[-1].append(_tj(font, size, self.x + dx, self.y, text))
        self.y -= lead

    def gap(self, h):
        self.y -= h


def write_pdf(path, title, blocks, columns, top_first=740, top=790, bottom=60,
              body=9.5, head=11.5, footer=None, table_cols=None):
    fl = _Flow(columns, top_first, top, bottom, footer)
    first = fl.pages[0]
    for kind, val in blocks:
        if kind == "title":
            first.append(_tj("F2", 18, columns[0][0], 790, val))
        elif kind == "meta":
            first.append(_tj("F1", 9, columns[0][0], 772, val))
        elif kind in ("h1", "h2"):
            size = head if kind == "h1" else head - 1.5
            limit = int(fl.width * body / size) - 2
            if len(val) > limit:
                raise ValueError("PDF heading too long for one line: %r" % val)
            fl.gap(6)
            fl.need(size * 1.4 + body * 1.32 * 3)
            fl.line("F2", size, val, lead=size * 1.45)
        elif kind in ("p", "pb"):
            font = "F2" if kind == "pb" else "F1"
            for ln in _wrap(val, fl.width):
                fl.line(font, body, ln)
            fl.gap(4)
        elif kind in ("ul", "ol"):
            for i, item in enumerate(val, 1):
                mark = "\u2022 " if kind == "ul" else "%d. " % i
                lines = _wrap(item, fl.width - 3)
                for j, ln in enumerate(lines):
                    if j == 0:
                        fl.line("F1", body, mark + ln, dx=6)
                    else:
                        fl.line("F1", body, ln, dx=14)
            fl.gap(4)
        elif kind == "table":
            offs = table_cols
            for r, row in enumerate(val):
                font = "F2" if r == 0 else "F1"
                fl.need(body * 1.5)
                for c, cell in enumerate(row):
                    fl.pages[-1].append(_tj(font, body, fl.x + offs[c], fl.y, cell))
                fl.y -= body * 1.5
            fl.gap(4)
        else:
            raise ValueError(kind)
    n = len(fl.pages)
    if footer:
        for i, ops in enumerate(fl.pages, 1):
            ops.append(_tj("F1", 7.5, columns[0][0], 30, "%s — page %d/%d" % (footer, i, n)))

    objs = []  # index 0 -> obj 1
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, later
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for ops in fl.pages:
        stream = "\n".join(ops) + "\n"
        sb = stream.encode("latin-1")
        content_num = len(objs) + 2
        page_num = len(objs) + 1
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_num)
        objs.append(("<< /Length %d >>\nstream\n" % len(sb)).encode("latin-1") + sb + b"endstream")
        kids.append("%d 0 R" % page_num)
    objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids))
    objs.append("<< /Title %s /Producer (Maison Vibrato export) >>" % _pdf_str(title))
    info_num = len(objs)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        body_b = o if isinstance(o, bytes) else o.encode("latin-1")
        out += b"%d 0 obj\n" % i + body_b + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, info_num, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


# --------------------------------------------------------------- DOCX ----

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="7A3E1D"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
""" % W

_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering %s>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>
""" % W

_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
"""

_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
"""


def _core(title, author):
    return ("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:language>fr-FR</dc:language>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T09:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-02T16:20:00Z</dcterms:modified>
</cp:coreProperties>
""" % (escape(title), escape(author)))


_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>
"""


def _run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def _para(text, style=None, num=None, bold=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, _run(text, bold))


def write_docx(path, title, author, blocks):
    body = []
    for kind, val in blocks:
        if kind == "title":
            body.append(_para(val, "Title"))
        elif kind == "h1":
            body.append(_para(val, "Heading1"))
        elif kind == "h2":
            body.append(_para(val, "Heading2"))
        elif kind in ("p", "meta"):
            body.append(_para(val))
        elif kind == "pb":
            body.append(_para(val, bold=True))
        elif kind == "ul":
            body.extend(_para(i, "ListParagraph", 1) for i in val)
        elif kind == "ol":
            body.extend(_para(i, "ListParagraph", 2) for i in val)
        elif kind == "table":
            rows = []
            for r, row in enumerate(val):
                cells = "".join(
                    '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % _para(c, bold=(r == 0))
                    for c in row)
                trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""
                rows.append("<w:tr>%s%s</w:tr>" % (trpr, cells))
            grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // len(val[0])) for _ in val[0])
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
                        % (grid, "".join(rows)))
        else:
            raise ValueError(kind)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>\n'
           % (W, "\n".join(body)))
    fixed = (1980, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                           ("word/_rels/document.xml.rels", _DOC_RELS),
                           ("word/document.xml", doc), ("word/styles.xml", _STYLES),
                           ("word/numbering.xml", _NUMBERING),
                           ("docProps/core.xml", _core(title, author)), ("docProps/app.xml", _APP)]:
            zi = zipfile.ZipInfo(name, fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
