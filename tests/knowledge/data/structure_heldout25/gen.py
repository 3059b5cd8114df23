"""Deterministic generator for structure_heldout25: writes docs/ (12 files), questions.jsonl,
unanswerable.jsonl. Standard library only."""
import json
import os
import zipfile
from xml.sax.saxutils import escape

from docs_src import DOCS
from qa_src import QUESTIONS, UNANSWERABLE

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = (2027, 1, 14, 10, 0, 0)


# ---------------------------------------------------------------- markup parsing (docx / pdf)
def parse_blocks(src):
    """Return a list of (kind, payload) from the light markup."""
    blocks = []
    table = None
    for line in src.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = [cells]
                blocks.append(("table", table))
            else:
                table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("=== "):
            blocks.append(("slide", line[4:]))
        elif line.startswith("# "):
            blocks.append(("title", line[2:]))
        elif line.startswith("## "):
            blocks.append(("h1", line[3:]))
        elif line.startswith("### "):
            blocks.append(("h2", line[4:]))
        elif line.startswith("**") and line.endswith("**"):
            blocks.append(("bold", line[2:-2]))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:]))
        elif len(line) > 2 and line[0].isdigit() and line[1] == "." and line[2] == " ":
            blocks.append(("num", line[3:]))
        else:
            blocks.append(("p", line))
    return blocks


# ---------------------------------------------------------------- DOCX
CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
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
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""


def numbering_xml(n_numbered):
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for i in range(n_numbered):
        nums.append(f'<w:num w:numId="{i + 2}"><w:abstractNumId w:val="1"/>'
                    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
{''.join(nums)}
</w:numbering>"""


def w_par(text, style=None, bold=False, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def w_table(rows):
    ncol = len(rows[0])
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
    out += ['<w:gridCol w:w="%d"/>' % (9000 // ncol)] * ncol
    out.append("</w:tblGrid>")
    for i, r in enumerate(rows):
        out.append("<w:tr>")
        for c in r:
            if c:
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % (9000 // ncol, w_par(c, bold=(i == 0))))
            else:
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>" % (9000 // ncol))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write_docx(path, src):
    blocks = parse_blocks(src)
    body = []
    title = ""
    numbered = 0
    prev = None
    for kind, x in blocks:
        if kind == "title":
            title = x
            body.append(w_par(x, "Title"))
        elif kind == "h1":
            body.append(w_par(x, "Heading1"))
        elif kind == "h2":
            body.append(w_par(x, "Heading2"))
        elif kind == "bold":
            body.append(w_par(x, bold=True))
        elif kind == "bullet":
            body.append(w_par(x, "ListParagraph", num=1))
        elif kind == "num":
            if prev != "num":
                numbered += 1
            body.append(w_par(x, "ListParagraph", num=numbered + 1))
        elif kind == "table":
            body.append(w_table(x))
            body.append("<w:p/>")
        else:
            body.append(w_par(x))
        prev = kind
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + "".join(body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    core = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{escape(title)}</dc:title><dc:creator>Inès Garnier</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-14T10:00:00Z</dcterms:created>
</cp:coreProperties>"""
    parts = [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOC_RELS),
             ("word/document.xml", doc), ("word/styles.xml", STYLES),
             ("word/numbering.xml", numbering_xml(numbered)), ("docProps/core.xml", core)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------- PDF
PW, PH = 842, 595  # A4 landscape, like exported slides
MARGIN = 50


def pdf_str(text):
    b = text.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(text, size, width):
    maxc = max(10, int(width / (size * 0.5)))
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > maxc:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines or [""]


class Pages:
    def __init__(self, footer):
        self.pages = []
        self.footer = footer
        self.cur = None
        self.title = ""

    def new(self, title=None):
        self.cur = []
        self.pages.append(self.cur)
        self.y = PH - MARGIN - 20
        if title is not None:
            self.title = title

    def need(self, h):
        if self.y - h < 60:
            self.new()
            self.text(self.title + " (suite)", "F2", 20, MARGIN)
            self.y -= 10

    def text(self, s, font, size, x):
        self.need(size * 1.3)
        self.cur.append((font, size, x, self.y, s))
        self.y -= size * 1.35


def write_pdf(path, src, footer, title):
    blocks = parse_blocks(src)
    pg = Pages(footer)
    num = 0
    prev = None
    for kind, x in blocks:
        if kind == "slide":
            pg.new(x)
            for i, line in enumerate(wrap(x, 28, PW - 2 * MARGIN)):
                pg.text(line, "F2", 28, MARGIN)
            pg.y -= 14
        elif kind == "h1":
            pg.text(x, "F1", 18, MARGIN)
            pg.y -= 8
        elif kind == "bullet":
            for i, line in enumerate(wrap(x, 16, PW - 2 * MARGIN - 30)):
                pg.text(("\u2022  " if i == 0 else "    ") + line, "F1", 16, MARGIN + 10)
            pg.y -= 4
        elif kind == "num":
            num = num + 1 if prev == "num" else 1
            for i, line in enumerate(wrap(x, 16, PW - 2 * MARGIN - 30)):
                pg.text((f"{num}.  " if i == 0 else "     ") + line, "F1", 16, MARGIN + 10)
            pg.y -= 4
        elif kind == "table":
            ncol = len(x[0])
            first = (PW - 2 * MARGIN) * (0.42 if ncol > 2 else 0.6)
            rest = ((PW - 2 * MARGIN) - first) / (ncol - 1)
            xs = [MARGIN] + [MARGIN + first + rest * i for i in range(ncol - 1)]
            ws = [first] + [rest] * (ncol - 1)
            for ri, row in enumerate(x):
                font = "F2" if ri == 0 else "F1"
                cells = [wrap(c, 12, w - 8) if c else [""] for c, w in zip(row, ws)]
                h = max(len(c) for c in cells)
                pg.need(h * 16 + 6)
                y0 = pg.y
                for ci, lines in enumerate(cells):
                    for li, line in enumerate(lines):
                        if line:
                            pg.cur.append((font, 12, xs[ci], y0 - li * 16, line))
                pg.y = y0 - h * 16 - 6
            pg.y -= 8
        else:  # paragraph
            for line in wrap(x, 15, PW - 2 * MARGIN):
                pg.text(line, "F1", 15, MARGIN)
            pg.y -= 8
        prev = kind
    n = len(pg.pages)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Title (" + pdf_str(title) + b") /Author (" + pdf_str("Dé Bleu Éditions") + b") /Producer (structure_heldout25 gen.py) >>"
    kids = []
    nxt = 6
    for i, items in enumerate(pg.pages):
        ops = [b"BT"]
        for font, size, xx, yy, s in items:
            ops.append(b"/%s %d Tf 1 0 0 1 %.1f %.1f Tm (%s) Tj" % (font.encode(), size, xx, yy, pdf_str(s)))
        ops.append(b"/F1 9 Tf 1 0 0 1 %d 25 Tm (%s) Tj" % (MARGIN, pdf_str(footer)))
        ops.append(b"/F1 9 Tf 1 0 0 1 %d 25 Tm (%s) Tj" % (PW - MARGIN - 30, pdf_str(f"{i + 1} / {n}")))
        ops.append(b"ET")
        stream = b"\n".join(ops)
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                     % (PW, PH, cid))
        kids.append(pid)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


FOOTERS = {
    "lancement_saison_2027.pdf": "Dé Bleu Éditions · Table Ouverte · Saison 2027 — document réservé aux Meneurs",
    "bilan_2026_equipe.pdf": "Dé Bleu Éditions · Bilan Table Ouverte 2026 — CONFIDENTIEL, usage interne",
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, fmt, lang, readership, audience, structure, src in DOCS:
        path = os.path.join(OUT, name)
        if fmt in ("md", "txt", "html"):
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(src)
        elif fmt == "docx":
            write_docx(path, src)
        elif fmt == "pdf":
            title = src.splitlines()[0][4:]
            write_pdf(path, src, FOOTERS[name], title)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in QUESTIONS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for q in UNANSWERABLE:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("wrote", len(DOCS), "docs,", len(QUESTIONS), "questions,", len(UNANSWERABLE), "unanswerable")


if __name__ == "__main__":
    main()
