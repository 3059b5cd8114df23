# -*- coding: utf-8 -*-
"""Builds docs/, questions.jsonl and unanswerable.jsonl of structure_dev13 (stdlib only, deterministic)."""
import html
import json
import os
import zipfile

from docs_src import D

SET = "structure_dev13"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")


# ------------------------------------------------------------------ txt
def render_txt(doc):
    style = doc.get("txtstyle", "plain")
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "noise":
            out.append(b[1].rstrip("\n") + "\n")
        elif k == "title":
            t = b[1]
            out.append(t + "\n" + "=" * len(t) + "\n")
        elif k in ("h1", "h2"):
            t = b[1]
            if style == "underlined" and k == "h1":
                out.append(t + "\n" + "-" * len(t) + "\n")
            else:
                out.append(t + "\n")
        elif k == "p":
            out.append(b[1] + "\n")
        elif k == "ul":
            out.append("\n".join("- " + i for i in b[1]) + "\n")
        elif k == "ol":
            out.append("\n".join("%d) %s" % (n + 1, i) for n, i in enumerate(b[1])) + "\n")
        elif k == "table":
            raise ValueError("no tables in txt")
    return "\n".join(out)


# ------------------------------------------------------------------ md
def render_md(doc):
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "noise":
            out.append(b[1].rstrip("\n") + "\n")
        elif k == "title":
            out.append("# " + b[1] + "\n")
        elif k == "h1":
            out.append("## " + b[1] + "\n")
        elif k == "h2":
            out.append("### " + b[1] + "\n")
        elif k == "p":
            out.append(b[1] + "\n")
        elif k == "ul":
            out.append("\n".join("- " + i for i in b[1]) + "\n")
        elif k == "ol":
            out.append("\n".join("%d. %s" % (n + 1, i) for n, i in enumerate(b[1])) + "\n")
        elif k == "table":
            rows = b[1]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(" --- " for _ in rows[0]) + "|"]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines) + "\n")
    return "\n".join(out)


# ------------------------------------------------------------------ html
def render_html(doc):
    e = lambda s: html.escape(s, quote=False)
    body = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            body.append("<h1>%s</h1>" % e(b[1]))
        elif k == "h1":
            body.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            body.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            body.append("<p>%s</p>" % e(b[1]))
        elif k in ("ul", "ol"):
            body.append("<%s>\n%s\n</%s>" % (k, "\n".join("  <li>%s</li>" % e(i) for i in b[1]), k))
        elif k == "table":
            rows = b[1]
            t = ["<table>", "  <thead><tr>" + "".join("<th>%s</th>" % e(c) for c in rows[0]) + "</tr></thead>", "  <tbody>"]
            t += ["    <tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in rows[1:]]
            t += ["  </tbody>", "</table>"]
            body.append("\n".join(t))
    lang = doc["lang"]
    title = [b[1] for b in doc["blocks"] if b[0] == "title"][0]
    nav = "\n".join('      <li><a href="/%s">%s</a></li>' % (n.lower(), e(n)) for n in doc["nav"])
    crumbs = doc["breadcrumb"].split(" › ")
    bc = " › ".join('<a href="#">%s</a>' % e(c) for c in crumbs[:-1]) + " › <span>%s</span>" % e(crumbs[-1])
    foot = "\n".join('    <li><a href="#">%s</a></li>' % e(f) for f in doc["footer"][:-1])
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s | Traverses d'Émeraude</title>
</head>
<body>
<div class="cookie-banner" role="dialog">%s</div>
<header>
  <a class="logo" href="/">Traverses d'Émeraude</a>
  <nav class="main-nav">
    <ul>
%s
    </ul>
  </nav>
</header>
<nav class="breadcrumb">%s</nav>
<main>
%s
</main>
<footer>
  <ul>
%s
  </ul>
  <p>%s</p>
</footer>
</body>
</html>
""" % (lang, e(title), e(doc["cookie"]), nav, bc, "\n".join(body), foot, e(doc["footer"][-1]))


# ------------------------------------------------------------------ docx
def _run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(text, quote=False)


def _para(text, style=None, center=False):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                       '<w:jc w:val="center"/>' if center else "")
    return "<w:p>%s%s</w:p>" % (ppr, _run(text))


def _table(rows):
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for r in rows:
        x.append("<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%s</w:tc>" % _para(c) for c in r) + "</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>
"""


def render_docx(doc, path):
    body = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "noise":
            body += [_para(t, center=True) for t in b[1]]
        elif k == "noisetable":
            body.append(_table(b[1]))
        elif k == "title":
            body.append(_para(b[1], "Title"))
        elif k == "h1":
            body.append(_para(b[1], "Heading1"))
        elif k == "h2":
            body.append(_para(b[1], "Heading2"))
        elif k == "p":
            body.append(_para(b[1]))
        elif k == "ul":
            body += [_para(i, "ListBullet") for i in b[1]]
        elif k == "table":
            body.append(_table(b[1]))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body))
    title = [b[1] for b in doc["blocks"] if b[0] == "title"][0]
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
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
               '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Traverses d\'Émeraude</dc:creator></cp:coreProperties>'
            % html.escape(title, quote=False))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", docrels),
                           ("word/document.xml", document), ("word/styles.xml", STYLES), ("docProps/core.xml", core)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ pdf
WRAP = 92


def wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def pdf_lines(doc):
    """List of pages; each page a list of (font, size, x, text)."""
    items = []  # (font, size, indent, text, gap_before)
    for b in doc["blocks"]:
        k = b[0]
        if k == "page":
            items.append(("PAGE",))
        elif k == "title":
            items.append(("F2", 18, 0, b[1], 8))
        elif k == "h1":
            items.append(("F2", 14, 0, b[1], 12))
        elif k == "h2":
            items.append(("F2", 12, 0, b[1], 8))
        elif k == "p":
            for n, l in enumerate(wrap(b[1], WRAP)):
                items.append(("F1", 10, 0, l, 6 if n == 0 else 0))
        elif k == "noise":
            for n, l in enumerate(b[1]):
                items.append(("F2" if l == "Sommaire" else "F1", 8 if l.startswith("¹") else 10, 0, l, 6 if n == 0 else 0))
        elif k in ("ul", "ol"):
            for n, it in enumerate(b[1]):
                for m, l in enumerate(wrap(it, WRAP - 4)):
                    pre = ("\u2022 " if k == "ul" else "%d. " % (n + 1)) if m == 0 else "  "
                    items.append(("F1", 10, 12, pre + l, 3 if m == 0 else 0))
        elif k == "table":
            rows = b[1]
            widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for n, r in enumerate(rows):
                items.append(("F2" if n == 0 else "F1", 10, 0, "   ".join(r), 6 if n == 0 else 2))
    pages, cur, y = [], [], 760
    for it in items:
        if it[0] == "PAGE":
            pages.append(cur)
            cur, y = [], 760
            continue
        font, size, indent, text, gap = it
        y -= gap + size + 4
        if y < 70:
            pages.append(cur)
            cur, y = [], 760 - size - 4
        cur.append((font, size, 56 + indent, y, text))
    pages.append(cur)
    return pages


def pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def render_pdf(doc, path):
    pages = pdf_lines(doc)
    N = len(pages)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 5
    for pn, page in enumerate(pages, 1):
        lines = [("F1", 8, 56, 810, doc["header"])] + page + [("F1", 8, 56, 30, doc["footer"].format(n=pn, N=N))]
        cs = b""
        for font, size, x, y, text in lines:
            cs += b"BT /%s %d Tf %d %d Td (" % (font.encode(), size, x, y) + pdf_str(text) + b") Tj ET\n"
        page_id, cont_id = nxt, nxt + 1
        nxt += 2
        objs[cont_id] = b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"endstream"
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cont_id)
        kids.append(page_id)
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    title = [b[1] for b in doc["blocks"] if b[0] == "title"][0]
    info_id = nxt
    objs[info_id] = b"<< /Title (" + pdf_str(title) + b") /Producer (structure_dev13 gen.py) >>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (info_id + 1)
    for i in range(1, info_id + 1):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (info_id + 1, info_id, xref)
    with open(path, "wb") as f:
        f.write(out)


# ------------------------------------------------------------------ questions
from questions_src import QUESTIONS, UNANSWERABLE


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(D):
        doc = D[name]
        p = os.path.join(OUT, name)
        if doc["fmt"] == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(doc))
        elif doc["fmt"] == "md":
            open(p, "w", encoding="utf-8").write(render_md(doc))
        elif doc["fmt"] == "html":
            open(p, "w", encoding="utf-8").write(render_html(doc))
        elif doc["fmt"] == "docx":
            render_docx(doc, p)
        elif doc["fmt"] == "pdf":
            render_pdf(doc, p)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for n, (q, doc, sec, unit, gold, lang, note) in enumerate(QUESTIONS, 1):
            f.write(json.dumps({"id": "%s-%03d" % (SET, n), "question": q, "gold_doc": doc, "gold_section": sec,
                                "unit": unit, "gold": gold, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for n, (q, lang, note) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": "%s-u%02d" % (SET, n), "question": q, "lang": lang, "note": note},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
