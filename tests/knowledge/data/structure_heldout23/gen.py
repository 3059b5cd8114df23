#!/usr/bin/env python3
"""Deterministic generator: writes docs/, questions.jsonl, unanswerable.jsonl (standard library only)."""
import json, os, re, zipfile
from xml.sax.saxutils import escape as xesc

from content import DOCS
from questions_src import QUESTIONS, UNANSWERABLE

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")


def parse(markup):
    """-> (title, readership, blocks). block: dict(kind, key, ...)"""
    title = read = None
    blocks = []
    cur = None
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("T: "):
            title = line[3:]; continue
        if line.startswith("R: "):
            read = line[3:]; continue
        m = re.match(r"^(#{1,3}) (.+)$", line)
        if m:
            blocks.append(dict(kind="h", level=len(m.group(1)), text=m.group(2))); cur = None; continue
        m = re.match(r"^P(?:\[([\w-]+)\])?: (.+)$", line)
        if m:
            blocks.append(dict(kind="p", key=m.group(1), text=m.group(2))); cur = None; continue
        m = re.match(r"^(UL|OL|TB)\[([\w-]+)\]$", line)
        if m:
            cur = dict(kind={"UL": "ul", "OL": "ol", "TB": "table"}[m.group(1)], key=m.group(2), items=[], rows=[])
            blocks.append(cur); continue
        if line.startswith("- ") and cur and cur["kind"] in ("ul", "ol"):
            cur["items"].append(line[2:]); continue
        if line.startswith("| ") and cur and cur["kind"] == "table":
            cur["rows"].append([c.strip() for c in line.strip().strip("|").split("|")]); continue
        raise ValueError("bad line: %r" % line)
    assert title and read
    return title, read, blocks


def words(title, read, blocks):
    parts = [title, read]
    for b in blocks:
        if b["kind"] in ("h", "p"):
            parts.append(b["text"])
        elif b["kind"] in ("ul", "ol"):
            parts += b["items"]
        else:
            parts += [" ".join(r) for r in b["rows"]]
    return len(" ".join(parts).split())


def sections(blocks):
    """yield (path tuple, block) for non-heading blocks"""
    path = []
    for b in blocks:
        if b["kind"] == "h":
            path = path[: b["level"] - 1] + [b["text"]]
        else:
            yield tuple(path), b

# ---------------------------------------------------------------- Markdown

def render_md(title, read, blocks):
    out = ["# " + title, "", read, ""]
    for b in blocks:
        k = b["kind"]
        if k == "h":
            out += ["#" * (b["level"] + 1) + " " + b["text"], ""]
        elif k == "p":
            out += [b["text"], ""]
        elif k == "ul":
            out += ["- " + i for i in b["items"]] + [""]
        elif k == "ol":
            out += ["%d. %s" % (n + 1, i) for n, i in enumerate(b["items"])] + [""]
        else:
            rows = b["rows"]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
    return "\n".join(out)

# ---------------------------------------------------------------- plain text

def tokens(text):
    """words, with French spaced punctuation glued to its neighbour (never a lone ':' on a line)"""
    out = []
    for w in text.split():
        if out and re.fullmatch(r"[:;!?»…]+", w):
            out[-1] += " " + w
        elif out and out[-1] == "«":
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def wrap(text, width):
    lines, cur = [], ""
    for w in tokens(text):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def txt_table(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    fmt = lambda r: " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip()
    out = [fmt(rows[0]), "-+-".join("-" * w for w in widths)]
    out += [fmt(r) for r in rows[1:]]
    return out


def render_txt(title, read, blocks, style):
    out = []
    if style == "underline":
        out += [title, "=" * len(title), "", read, ""]
    else:
        out += [title, "", read, ""]
    counters = [0, 0, 0]
    for b in blocks:
        k = b["kind"]
        if k == "h":
            lvl = b["level"]
            if style == "numbered":  # numbers already in the heading text (number_headings)
                out += ["", b["text"], ""]
            elif style == "underline":
                ch = "-" if lvl == 1 else "~"
                out += ["", b["text"], ch * len(b["text"]), ""]
            else:  # bare
                out += ["", b["text"]]
        elif k == "p":
            out += wrap(b["text"], 78) + [""]
        elif k == "ul":
            for i in b["items"]:
                w = wrap(i, 74)
                out += ["- " + w[0]] + ["  " + x for x in w[1:]]
            out.append("")
        elif k == "ol":
            for n, i in enumerate(b["items"]):
                w = wrap(i, 74)
                out += ["%d) %s" % (n + 1, w[0])] + ["   " + x for x in w[1:]]
            out.append("")
        else:
            out += txt_table(b["rows"]) + [""]
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"

def number_headings(blocks):
    counters = [0, 0, 0]
    for b in blocks:
        if b["kind"] == "h":
            lvl = b["level"]
            counters[lvl - 1] += 1
            for j in range(lvl, 3):
                counters[j] = 0
            num = ".".join(str(c) for c in counters[:lvl])
            b["text"] = (num + ". " if lvl == 1 else num + " ") + b["text"]


# ---------------------------------------------------------------- HTML

def render_html(title, read, blocks, lang):
    e = lambda s: xesc(s)
    out = ["<!DOCTYPE html>", '<html lang="%s">' % lang, "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>", "<main>",
           "<h1>%s</h1>" % e(title), '<p class="lectorat"><em>%s</em></p>' % e(read)]
    for b in blocks:
        k = b["kind"]
        if k == "h":
            out.append("<h%d>%s</h%d>" % (b["level"] + 1, e(b["text"]), b["level"] + 1))
        elif k == "p":
            out.append("<p>%s</p>" % e(b["text"]))
        elif k in ("ul", "ol"):
            out.append("<%s>" % k)
            out += ["  <li>%s</li>" % e(i) for i in b["items"]]
            out.append("</%s>" % k)
        else:
            rows = b["rows"]
            out.append("<table>")
            out.append("  <thead><tr>" + "".join("<th>%s</th>" % e(c) for c in rows[0]) + "</tr></thead>")
            out.append("  <tbody>")
            out += ["    <tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in rows[1:]]
            out.append("  </tbody>")
            out.append("</table>")
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)

# ---------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ZDATE = (2027, 3, 1, 9, 0, 0)


def docx_par(text, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, xesc(text))


def docx_table(rows):
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
    x += ['<w:gridCol w:w="3000"/>' for _ in rows[0]]
    x.append("</w:tblGrid>")
    for n, r in enumerate(rows):
        x.append("<w:tr>")
        for c in r:
            run = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr><w:b/></w:rPr>" if n == 0 else "", xesc(c))
            x.append('<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>' % run)
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


STYLES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>""" % W_NS

NUMBERING_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
%s
</w:numbering>"""


def render_docx(path, title, read, blocks, lang):
    body = [docx_par(title, "Title"), docx_par(read)]
    nums = []
    next_num = 2
    for b in blocks:
        k = b["kind"]
        if k == "h":
            body.append(docx_par(b["text"], "Heading%d" % b["level"]))
        elif k == "p":
            body.append(docx_par(b["text"]))
        elif k == "ul":
            body += [docx_par(i, "ListBullet") for i in b["items"]]
        elif k == "ol":
            nid = next_num; next_num += 1
            nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % nid)
            body += [docx_par(i, "ListNumber", nid) for i in b["items"]]
        else:
            body.append(docx_table(b["rows"]))
    if not nums:
        nums.append('<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>') % (W_NS, "".join(body))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'),
        ("word/document.xml", doc),
        ("word/styles.xml", STYLES_XML),
        ("word/numbering.xml", NUMBERING_XML % (W_NS, "\n".join(nums))),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>Marion Dufau</dc:creator><dc:language>%s</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2027-03-01T09:00:00Z</dcterms:created></cp:coreProperties>' % (xesc(title), lang)),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))

# ---------------------------------------------------------------- PDF

def pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


CHAR_W = 5.3  # rough Helvetica width per char at 10 pt


def render_pdf(path, title, read, blocks, lang):
    pages = [[]]
    y = [790.0]
    LM, BOTTOM = 60, 60

    def need(h):
        if y[0] - h < BOTTOM:
            pages.append([]); y[0] = 790.0

    def line(text, font, size, x=LM, lead=None):
        lead = lead or size * 1.4
        need(lead)
        y[0] -= lead
        pages[-1].append("BT /%s %g Tf %g %.1f Td %s Tj ET" % (font, size, x, y[0], pdf_str(text)))

    line(title, "F2", 18, lead=24)
    y[0] -= 6
    for l in wrap(read, 86):
        line(l, "F1", 10)
    sizes = {1: 14, 2: 12, 3: 11}
    for b in blocks:
        k = b["kind"]
        if k == "h":
            need(50)
            y[0] -= 8
            line(b["text"], "F2", sizes[b["level"]])
            y[0] -= 2
        elif k == "p":
            for l in wrap(b["text"], 88):
                line(l, "F1", 10)
            y[0] -= 5
        elif k in ("ul", "ol"):
            for n, i in enumerate(b["items"]):
                mark = "\u2022" if k == "ul" else "%d." % (n + 1)
                w = wrap(i, 82)
                need(14)
                y[0] -= 14
                pages[-1].append("BT /F1 10 Tf %g %.1f Td %s Tj ET" % (LM + 8, y[0], pdf_str(mark)))
                pages[-1].append("BT /F1 10 Tf %g %.1f Td %s Tj ET" % (LM + 22, y[0], pdf_str(w[0])))
                for x in w[1:]:
                    line(x, "F1", 10, x=LM + 22)
            y[0] -= 5
        else:
            rows = b["rows"]
            widths = [max(len(r[i]) for r in rows) * CHAR_W + 14 for i in range(len(rows[0]))]
            xs = [LM]
            for w in widths[:-1]:
                xs.append(xs[-1] + w)
            assert xs[-1] + widths[-1] < 560, (title, widths)
            need(16 * 2)
            for n, r in enumerate(rows):
                need(16)
                y[0] -= 16
                font = "F2" if n == 0 else "F1"
                for x, c in zip(xs, r):
                    pages[-1].append("BT /%s 10 Tf %.1f %.1f Td %s Tj ET" % (font, x, y[0], pdf_str(c)))
            y[0] -= 8
    # assemble objects
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    t16 = "<FEFF" + title.encode("utf-16-be").hex().upper() + ">"
    objs[5] = "<< /Title %s /Author (Marion Dufau) /Producer (gen.py) /CreationDate (D:20270301090000Z) >>" % t16
    kids = []
    n = 6
    for p in pages:
        stream = "\n".join(p)
        sb = stream.encode("latin-1")
        objs[n] = "<< /Length %d >>\nstream\n%s\nendstream" % (len(sb), stream)
        objs[n + 1] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % n
        kids.append(n + 1)
        n += 2
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += ("%d 0 obj\n" % i).encode() + objs[i].encode("latin-1") + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += ("xref\n0 %d\n" % size).encode()
    out += b"0000000000 65535 f \n"
    for i in range(1, size):
        out += ("%010d 00000 n \n" % offsets[i]).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)).encode()
    with open(path, "wb") as f:
        f.write(bytes(out))

# ---------------------------------------------------------------- main

TXT_STYLE = {"discord-feu-de-camp.txt": "numbered", "gazette-mode-emploi.txt": "underline",
             "journees-chantier.txt": "bare"}


def find_unit(fname, key, row):
    title, read, blocks = PARSED[fname]
    for path, b in sections(blocks):
        if b.get("key") == key:
            if b["kind"] == "p":
                return path, "paragraph", [b["text"]]
            if b["kind"] in ("ul", "ol"):
                return path, "list", list(b["items"])
            rs = [r for r in b["rows"][1:] if r[0] == row]
            assert len(rs) == 1, (fname, key, row)
            return path, "table_row", rs[0]
    raise KeyError((fname, key))


PARSED = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for fname, (lang, aud, markup) in DOCS.items():
        title, read, blocks = parse(markup)
        if TXT_STYLE.get(fname) == "numbered":
            number_headings(blocks)
        PARSED[fname] = (title, read, blocks)
        p = os.path.join(OUT, fname)
        ext = fname.rsplit(".", 1)[1]
        if ext == "md":
            open(p, "w", encoding="utf-8").write(render_md(title, read, blocks))
        elif ext == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(title, read, blocks, TXT_STYLE[fname]))
        elif ext == "html":
            open(p, "w", encoding="utf-8").write(render_html(title, read, blocks, lang))
        elif ext == "docx":
            render_docx(p, title, read, blocks, lang)
        elif ext == "pdf":
            render_pdf(p, title, read, blocks, lang)
        print("%-32s %4d words" % (fname, words(title, read, blocks)))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for n, (fname, key, row, lang, q, note) in enumerate(QUESTIONS):
            path, unit, gold = find_unit(fname, key, row)
            rec = {"id": "q%02d" % (n + 1), "question": q, "gold_doc": fname,
                   "gold_section": " › ".join(path), "unit": unit, "gold": gold,
                   "lang": lang, "note": note}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for n, (lang, q, note) in enumerate(UNANSWERABLE):
            f.write(json.dumps({"id": "u%02d" % (n + 1), "question": q, "lang": lang, "note": note},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
