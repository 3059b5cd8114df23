# -*- coding: utf-8 -*-
"""Writes docs/, questions.jsonl, unanswerable.jsonl (Python standard library only)."""
import json, os, re, zipfile, textwrap
from html import escape as hesc
from xml.sax.saxutils import escape as xesc
from docs_content import DOCS
from questions_content import QUESTIONS, UNANSWERABLE

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")

def clean_md(t):
    return t.replace("**", "")

# ---------- TXT ----------
def render_txt(d):
    L = [d["title"], "=" * len(d["title"]), ""] + d["head"] + [""]
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            L.append(b[2])
            if b[1] == 1:
                L.append("-" * len(b[2]))
        elif k == "p":
            L.append(b[1])
        elif k == "note":
            L.append(clean_md(b[1]))
        elif k == "ul":
            L += ["- " + i for i in b[1]]
        elif k == "check":
            L += ["[ ] " + i for i in b[1]]
        elif k == "steps":
            L += b[1]
        elif k == "table":
            L.append(" | ".join(b[1]))
            L.append("-" * len(" | ".join(b[1])))
            L += [" | ".join(r) for r in b[2]]
        elif k == "pb":
            continue
        L.append("")
    return "\n".join(L)

# ---------- MD ----------
def render_md(d):
    L = ["# " + d["title"], ""] + ["*" + h + "*" for h in d["head"]] + [""]
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            L.append("#" * (b[1] + 1) + " " + b[2])
        elif k == "p":
            L.append(b[1])
        elif k == "note":
            L.append("> " + b[1])
        elif k == "ul":
            L += ["- " + i for i in b[1]]
        elif k == "check":
            L += ["- [ ] " + i for i in b[1]]
        elif k == "steps":
            L += b[1]
        elif k == "table":
            L.append("| " + " | ".join(b[1]) + " |")
            L.append("|" + "|".join("---" for _ in b[1]) + "|")
            L += ["| " + " | ".join(r) + " |" for r in b[2]]
        elif k == "pb":
            continue
        L.append("")
    return "\n".join(L)

# ---------- HTML ----------
def render_html(d):
    L = ['<!DOCTYPE html>', '<html lang="%s">' % d["lang"], '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % hesc(d["title"]),
         '<style>body{font-family:Georgia,serif;max-width:46em;margin:auto} .steps{list-style:none} .sub{margin-left:1.5em} .note{border-left:3px solid #b08d57;padding-left:.8em;font-style:italic} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:.3em .6em}</style>',
         '</head>', '<body>', '<header>', '<nav><a href="/signets">Le Fil Doré</a> · <a href="/signets/faq">FAQ</a></nav>',
         '<h1>%s</h1>' % hesc(d["title"])] + ['<p class="public">%s</p>' % hesc(h) for h in d["head"]] + ['</header>', '<main>']
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            L.append("<h%d>%s</h%d>" % (b[1] + 1, hesc(b[2]), b[1] + 1))
        elif k == "p":
            L.append("<p>%s</p>" % hesc(b[1]))
        elif k == "note":
            L.append('<div class="note"><p>%s</p></div>' % hesc(clean_md(b[1])))
        elif k == "ul":
            L.append("<ul>" + "".join("<li>%s</li>" % hesc(i) for i in b[1]) + "</ul>")
        elif k == "check":
            L.append('<ul class="checklist">' + "".join("<li>☐ %s</li>" % hesc(i) for i in b[1]) + "</ul>")
        elif k == "steps":
            items = []
            for s in b[1]:
                cls = ' class="sub"' if s.startswith(" ") else ""
                items.append("<li%s>%s</li>" % (cls, hesc(s.strip())))
            L.append('<ol class="steps">' + "".join(items) + "</ol>")
        elif k == "table":
            L.append("<table><thead><tr>" + "".join("<th>%s</th>" % hesc(c) for c in b[1]) + "</tr></thead><tbody>"
                     + "".join("<tr>" + "".join("<td>%s</td>" % hesc(c) for c in r) + "</tr>" for r in b[2]) + "</tbody></table>")
    L += ['</main>', '<footer><p>© 2026 Vergé & Filigrane — papeterie et reliure depuis 1987</p></footer>', '</body>', '</html>']
    return "\n".join(L)

# ---------- DOCX ----------
def w_par(text, style=None, bold=False, ind=0):
    ppr = ""
    if style or ind:
        ppr = "<w:pPr>" + ('<w:pStyle w:val="%s"/>' % style if style else "") + ('<w:ind w:left="%d"/>' % ind if ind else "") + "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, xesc(text))

def render_docx(d, path):
    body = [w_par(d["title"], "Title")] + [w_par(h, None, True) for h in d["head"]]
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            body.append(w_par(b[2], "Heading%d" % b[1]))
        elif k == "p":
            body.append(w_par(b[1]))
        elif k == "note":
            body.append(w_par(clean_md(b[1]), "Quote"))
        elif k == "ul":
            body += [w_par(i, "ListBullet") for i in b[1]]
        elif k == "check":
            body += [w_par("☐ " + i, "ListParagraph") for i in b[1]]
        elif k == "steps":
            body += [w_par(s.strip(), "ListParagraph", ind=1080 if s.startswith(" ") else 360) for s in b[1]]
        elif k == "table":
            def row(cells, hdr):
                return "<w:tr>" + "".join('<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s</w:tc>' % w_par(c, None, hdr) for c in cells) + "</w:tr>"
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        + row(b[1], True) + "".join(row(r, False) for r in b[2]) + "</w:tbl>")
            body.append(w_par(""))
    NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (NS, "".join(body))
    def sty(sid, name, size=None, bold=False, outline=None, italic=False, based="Normal"):
        ppr = '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="%d"/></w:pPr>' % outline if outline is not None else ""
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + ('<w:sz w:val="%d"/>' % size if size else "") + "</w:rPr>"
        return '<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/><w:next w:val="Normal"/><w:qFormat/>%s%s</w:style>' % (sid, name, based, ppr, rpr)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              + sty("Title", "Title", 48, True) + sty("Heading1", "heading 1", 32, True, 0) + sty("Heading2", "heading 2", 26, True, 1)
              + sty("Heading3", "heading 3", 24, True, 2) + sty("ListBullet", "List Bullet") + sty("ListParagraph", "List Paragraph")
              + sty("Quote", "Quote", italic=True)
              + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
              + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="999999"/>' % s for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + '</w:tblBorders></w:tblPr></w:style></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Vergé &amp; Filigrane</dc:creator></cp:coreProperties>' % xesc(d["title"]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/styles.xml", styles), ("word/_rels/document.xml.rels", drels), ("docProps/core.xml", core)):
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 30, 10, 0, 0)), data)

# ---------- PDF ----------
def pdf_str(s):
    b = s.replace("☐", "[ ]").encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

def render_pdf(d, path):
    # list of (font, size, x_indent, [cells], gap_before)
    lines = [("F2", 18, 0, [d["title"]], 0)] + [("F1", 10, 0, [h], 4) for h in d["head"]]
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            lines.append(("F2", {1: 14, 2: 12, 3: 11}[b[1]], 0, [b[2]], 12))
        elif k in ("p", "note"):
            f = "F3" if k == "note" else "F1"
            for i, w in enumerate(textwrap.wrap(clean_md(b[1]), 98)):
                lines.append((f, 10, 0, [w], 6 if i == 0 else 0))
        elif k == "ul":
            lines += [("F1", 10, 12, ["• " + i], 3 if j == 0 else 0) for j, i in enumerate(b[1])]
        elif k == "check":
            lines += [("F1", 10, 12, ["[ ] " + i], 3 if j == 0 else 0) for j, i in enumerate(b[1])]
        elif k == "steps":
            for j, s in enumerate(b[1]):
                n = len(s) - len(s.lstrip())
                lines.append(("F1", 10, 6 * n, [s.strip()], 3 if j == 0 else 0))
        elif k == "table":
            lines.append(("F2", 10, 0, b[1], 6))
            lines += [("F1", 10, 0, r, 0) for r in b[2]]
        elif k == "pb":
            lines.append(("PB", 0, 0, [], 0))
    pages, cur, y = [], [], 790
    def foot(n):
        return b"BT /F1 8 Tf 50 30 Td " + pdf_str("%s — page %d" % (d["title"], n)) + b" Tj ET"
    for f, size, x, cells, gap in lines:
        if f == "PB" or y - gap - size * 1.35 < 60:
            pages.append(cur); cur, y = [], 790
            if f == "PB":
                continue
        y -= gap + size * 1.35
        ops = [b"BT /%s %d Tf" % (f.encode(), size)]
        if len(cells) == 1:
            ops.append(b"%d %d Td " % (50 + x, int(y)) + pdf_str(cells[0]) + b" Tj")
        else:
            xs = [50, 250, 330] if len(cells) == 3 else [50, 200]
            if d["blocks"] and len(cells) == 3 and max(len(c) for c in cells[1:]) > 12:
                xs = [50, 230, 330]
            prev = (0, 0)
            for cx, c in zip(xs, cells):
                ops.append(b"%d %d Td " % (cx - prev[0], int(y) - prev[1]) + pdf_str(c) + b" Tj")
                prev = (cx, int(y))
        ops.append(b"ET")
        cur.append(b" ".join(ops))
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
    objs[6] = b"<< /Title " + pdf_str(d["title"]).replace(b"\x97", b"-") + b" /Producer (gen.py) >>"
    kids, n = [], 7
    for i, pg in enumerate(pages):
        stream = b"\n".join(pg + [foot(i + 1)])
        objs[n] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>" % n)
        kids.append(n + 1); n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (n)
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    with open(path, "wb") as fh:
        fh.write(bytes(out))

def main():
    os.makedirs(OUT, exist_ok=True)
    for name, d in DOCS.items():
        p = os.path.join(OUT, name)
        ext = name.rsplit(".", 1)[1]
        if ext == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(d))
        elif ext == "md":
            open(p, "w", encoding="utf-8").write(render_md(d))
        elif ext == "html":
            open(p, "w", encoding="utf-8").write(render_html(d))
        elif ext == "docx":
            render_docx(d, p)
        elif ext == "pdf":
            render_pdf(d, p)
    keys = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for i, q in enumerate(QUESTIONS, 1):
            rec = dict(zip(keys, ["s18-q%02d" % i] + list(q)))
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as fh:
        for i, (q, lang, note) in enumerate(UNANSWERABLE, 1):
            fh.write(json.dumps({"id": "s18-u%02d" % i, "question": q, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    print("wrote %d docs, %d questions, %d unanswerable" % (len(DOCS), len(QUESTIONS), len(UNANSWERABLE)))

if __name__ == "__main__":
    main()
