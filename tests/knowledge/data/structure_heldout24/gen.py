#!/usr/bin/env python3
"""Rebuild docs/ and the jsonl files from docs_src.py and questions_src.py (stdlib only, deterministic)."""
import os, re, json, zlib, zipfile, textwrap, html
from docs_src import DOCS
from questions_src import QUESTIONS, UNANSWERABLE

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_ZIP_TIME = (2026, 12, 6, 12, 0, 0)

def words(s):
    return [w for w in s.split() if re.search(r"\w", w)]

# ---------------- Markdown
def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    for r in rows:
        out.append("| " + " | ".join(c if c else " " for c in r).replace("|  |", "|   |") + " |")
    return "\n".join(out)

def render_md(d):
    out = ["# " + d["title"], "", d["readership"], ""]
    for h1, subs in d["body"]:
        out += ["## " + h1, ""]
        for h2, blocks in subs:
            out += ["### " + h2, ""]
            for b in blocks:
                if b[0] == "p": out += [b[1], ""]
                elif b[0] in ("ul", "ol"):
                    out += [b[1], ""]
                    for i, it in enumerate(b[2], 1):
                        out.append(("%d. " % i if b[0] == "ol" else "- ") + it)
                    out.append("")
                elif b[0] == "table": out += [md_table(b[1], b[2]), ""]
    return "\n".join(out)

# ---------------- plain text
def wrap(s, ind="", first=""):
    return textwrap.fill(s, width=76, initial_indent=first or ind, subsequent_indent=ind, break_on_hyphens=False, break_long_words=False)

def grid_table(header, rows):
    w = [max(len(x) for x in col) for col in zip(header, *rows)]
    sep = "+" + "+".join("-" * (n + 2) for n in w) + "+"
    line = lambda r: "| " + " | ".join(c.ljust(n) for c, n in zip(r, w)) + " |"
    return "\n".join([sep, line(header), sep.replace("-", "=")] + [line(r) for r in rows] + [sep])

def space_table(header, rows):
    w = [max(len(x) for x in col) for col in zip(header, *rows)]
    line = lambda r: "  ".join(c.ljust(n) for c, n in zip(r, w)).rstrip()
    return "\n".join([line(header), "  ".join("-" * n for n in w)] + [line(r) for r in rows])

def render_txt(d):
    st = d["style"]
    out = [d["title"]]
    if st == "underline": out.append("#" * len(d["title"]))
    out += ["", wrap(d["readership"]), "", ""]
    for h1, subs in d["body"]:
        out.append(h1)
        if st == "underline": out.append("=" * len(h1))
        out.append("")
        for h2, blocks in subs:
            out.append(h2)
            if st == "underline": out.append("-" * len(h2))
            out.append("")
            for b in blocks:
                if b[0] == "p": out += [wrap(b[1]), ""]
                elif b[0] in ("ul", "ol"):
                    out.append(wrap(b[1]))
                    for i, it in enumerate(b[2], 1):
                        mk = ("%d) " % i) if b[0] == "ol" else "- "
                        out.append(wrap(it, ind=" " * (len(mk) + 2), first="  " + mk))
                    out.append("")
                elif b[0] == "table":
                    out += [(grid_table if d["tables"] == "grid" else space_table)(b[1], b[2]), ""]
        out.append("")
    return "\n".join(out).rstrip() + "\n"

# ---------------- HTML
def render_html(d):
    e = html.escape
    o = ['<!DOCTYPE html>', '<html lang="%s">' % d["lang"], '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % e(d["title"]), '</head>', '<body>']
    if d["aud"] == "public":
        o += ['<nav><a href="/">Accueil</a> · <a href="/salles">Nos salles</a> · <a href="/tarifs">Tarifs</a> · <a href="/cordee">Cordée</a></nav>']
    o += ['<main>', '<h1>%s</h1>' % e(d["title"]), '<p class="lectorat"><em>%s</em></p>' % e(d["readership"])]
    for h1, subs in d["body"]:
        o += ['<section>', '<h2>%s</h2>' % e(h1)]
        for h2, blocks in subs:
            o.append('<h3>%s</h3>' % e(h2))
            for b in blocks:
                if b[0] == "p": o.append('<p>%s</p>' % e(b[1]))
                elif b[0] in ("ul", "ol"):
                    o.append('<p>%s</p>' % e(b[1])); o.append('<%s>' % b[0])
                    o += ['  <li>%s</li>' % e(it) for it in b[2]]
                    o.append('</%s>' % b[0])
                elif b[0] == "table":
                    o.append('<table>')
                    o.append('  <thead><tr>' + "".join('<th>%s</th>' % e(c) for c in b[1]) + '</tr></thead>')
                    o.append('  <tbody>')
                    o += ['    <tr>' + "".join('<td>%s</td>' % e(c) for c in r) + '</tr>' for r in b[2]]
                    o.append('  </tbody>'); o.append('</table>')
        o.append('</section>')
    o += ['</main>', '<footer><p>Prise Haute — salles de bloc. Mentions légales.</p></footer>', '</body>', '</html>', '']
    return "\n".join(o)

# ---------------- PDF
def pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for x in b:
        if x in b"()\\": out.append("\\" + chr(x))
        elif x < 32 or x > 126: out.append("\\%03o" % x)
        else: out.append(chr(x))
    return "(" + "".join(out) + ")"

def render_pdf(d):
    pages, cur, y = [], [], 800
    def newpage():
        nonlocal cur, y
        if cur: pages.append(cur)
        cur, y = [], 790
    def line(text, font, size, x=50, gap=None):
        nonlocal y
        gap = gap or size * 1.35
        if y - gap < 60: newpage()
        y -= gap
        cur.append("BT /%s %d Tf %d %d Td %s Tj ET" % (font, size, x, int(y), pdf_str(text)))
    def para(text, x=50, width=92, first=None):
        ls = textwrap.wrap(text, width=width, break_on_hyphens=False)
        for i, l in enumerate(ls):
            line(((first + " ") if (first and i == 0) else "") + l, "F1", 10, x if (i == 0 or not first) else x + 14)
    line(d["title"], "F2", 18, gap=30)
    line(d["readership"], "F3", 10, gap=20)
    for h1, subs in d["body"]:
        if y < 160: newpage()
        line(h1, "F2", 14, gap=28)
        for h2, blocks in subs:
            if y < 120: newpage()
            line(h2, "F2", 12, gap=20)
            for b in blocks:
                if b[0] == "p": y -= 4; para(b[1])
                elif b[0] in ("ul", "ol"):
                    y -= 4; para(b[1])
                    for i, it in enumerate(b[2], 1):
                        para(it, x=62, width=86, first=("%d." % i) if b[0] == "ol" else "\u2022")
                elif b[0] == "table":
                    y -= 6
                    n = len(b[1]); xs = [50 + int(495 * k / n) for k in range(n)]
                    if n == 4: xs = [50, 250, 330, 430]
                    if y < 60 + 14 * (len(b[2]) + 1): newpage()
                    y -= 14; cur.append(" ".join("BT /F2 9 Tf %d %d Td %s Tj ET" % (x, int(y), pdf_str(c)) for x, c in zip(xs, b[1])))
                    for r in b[2]:
                        y -= 13
                        cur.append(" ".join("BT /F1 9 Tf %d %d Td %s Tj ET" % (x, int(y), pdf_str(c)) for x, c in zip(xs, r) if c))
    if cur: pages.append(cur)
    objs = {}
    n = len(pages)
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join("%d 0 R" % (10 + 2 * i) for i in range(n))
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
    objs[6] = "<< /Title %s /Author (Prise Haute) /CreationDate (D:20261206120000Z) >>" % pdf_str(d["title"])
    streams = {}
    for i, p in enumerate(pages):
        pid, cid = 10 + 2 * i, 11 + 2 * i
        objs[pid] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents %d 0 R >>" % cid
        streams[cid] = zlib.compress("\n".join(p).encode("latin-1"), 9)
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(list(objs) + list(streams)):
        offs[k] = len(buf)
        if k in streams:
            buf += b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (k, len(streams[k])) + streams[k] + b"\nendstream\nendobj\n"
        else:
            buf += ("%d 0 obj\n%s\nendobj\n" % (k, objs[k])).encode("latin-1")
    mx = max(offs)
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (mx + 1)
    for k in range(1, mx + 1):
        buf += (b"%010d 00000 n \n" % offs[k]) if k in offs else b"0000000000 65535 f \n"
    buf += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (mx + 1, xref)
    return bytes(buf)

# ---------------- DOCX
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def x(s): return html.escape(s, quote=False)
def wp(text, style=None, num=None, italic=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + ('<w:pStyle w:val="%s"/>' % style if style else "") + \
              ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num if num else "") + "</w:pPr>"
    rpr = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(text))

def render_docx(d):
    body, nums = [], []
    body.append(wp(d["title"], "Title")); body.append(wp(d["readership"], italic=True))
    for h1, subs in d["body"]:
        body.append(wp(h1, "Heading1"))
        for h2, blocks in subs:
            body.append(wp(h2, "Heading2"))
            for b in blocks:
                if b[0] == "p": body.append(wp(b[1]))
                elif b[0] in ("ul", "ol"):
                    body.append(wp(b[1]))
                    nid = len(nums) + 1; nums.append(b[0])
                    body += [wp(it, "ListParagraph", nid) for it in b[2]]
                elif b[0] == "table":
                    t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>' + '<w:gridCol/>' * len(b[1]) + '</w:tblGrid>']
                    for ri, r in enumerate([b[1]] + b[2]):
                        t.append("<w:tr>" + "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % ("<w:rPr><w:b/></w:rPr>" if ri == 0 else "", x(c)) for c in r) + "</w:tr>")
                    t.append("</w:tbl>"); body.append("".join(t)); body.append(wp(""))
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body))
    absn = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    nn = "".join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (i + 1, 0 if k == "ul" else 1) for i, k in enumerate(nums))
    numbering = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s</w:numbering>' % (W, absn, nn)
    def sty(sid, name, extra=""):
        return '<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>%s</w:style>' % (sid, name, extra)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>' % W +
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>' +
              sty("Title", "Title", '<w:rPr><w:b/><w:sz w:val="40"/></w:rPr>') +
              sty("Heading1", "heading 1", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>') +
              sty("Heading2", "heading 2", '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>') +
              sty("ListParagraph", "List Paragraph", '<w:pPr><w:ind w:left="720"/></w:pPr>') +
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Prise Haute</dc:creator><dc:language>%s</dc:language>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-06T12:00:00Z</dcterms:created></cp:coreProperties>') % (x(d["title"]), d["lang"])
    path = os.path.join(OUT, d["file"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                           ("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", numbering), ("docProps/core.xml", core)]:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))

# ---------------- questions
def find_doc(f):
    for d in DOCS:
        if d["file"] == f: return d
    raise KeyError(f)

def gold_for(q):
    d = find_doc(q["doc"])
    h1, h2 = q["path"]
    for a, subs in d["body"]:
        if a != h1: continue
        for b2, blocks in subs:
            if b2 != h2: continue
            for b in blocks:
                if q["unit"] == "paragraph" and b[0] == "p" and q["anchor"] in b[1]: return [b[1]]
                if q["unit"] == "list" and b[0] in ("ul", "ol") and q["anchor"] in b[1] + " ".join(b[2]): return list(b[2])
                if q["unit"] == "table_row" and b[0] == "table":
                    for r in b[2]:
                        if r[0] == q["anchor"]: return [c for c in r if c]
    raise ValueError("no gold for %s" % q["id"])

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    for d in DOCS:
        p = os.path.join(OUT, d["file"])
        if d["fmt"] == "md": open(p, "w", encoding="utf-8", newline="\n").write(render_md(d))
        elif d["fmt"] == "txt": open(p, "w", encoding="utf-8", newline="\n").write(render_txt(d))
        elif d["fmt"] == "html": open(p, "w", encoding="utf-8", newline="\n").write(render_html(d))
        elif d["fmt"] == "pdf": open(p, "wb").write(render_pdf(d))
        elif d["fmt"] == "docx": render_docx(d)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for q in QUESTIONS:
            row = {"id": q["id"], "question": q["question"], "gold_doc": q["doc"], "gold_section": " › ".join(q["path"]),
                   "unit": q["unit"], "gold": gold_for(q), "lang": q["lang"], "note": q["note"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for u in UNANSWERABLE:
            fh.write(json.dumps({"id": u["id"], "question": u["question"], "lang": u["lang"], "note": u["note"]}, ensure_ascii=False) + "\n")
    for d in DOCS:
        t = [d["title"], d["readership"]]
        for h1, subs in d["body"]:
            t.append(h1)
            for h2, bl in subs:
                t.append(h2)
                for b in bl:
                    t += [b[1]] if b[0] == "p" else ([b[1]] + b[2]) if b[0] in ("ul", "ol") else (b[1] + [c for r in b[2] for c in r])
        print("%-38s %4d words" % (d["file"], len(words(" ".join(t)))))

if __name__ == "__main__":
    main()
