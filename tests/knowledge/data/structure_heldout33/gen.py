#!/usr/bin/env python3
"""Generate the structure_heldout33 set (standard library only)."""
import html, json, os, re, sys, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docs_src import DOCS
from questions_src import Q, UNANSWERABLE
from readme_src import README

HERE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(HERE, "docs")
STEP_RE = re.compile(r"^(\s*)(\d+(?:\.\d+)*\.?|[a-z]\))\s")


def parse(src):
    """Return a list of blocks: (kind, payload)."""
    blocks = []
    for line in src.strip("\n").split("\n"):
        if not line.strip():
            continue
        if line.startswith("#"):
            n = len(line) - len(line.lstrip("#"))
            blocks.append(("h", n - 1, line[n:].strip()))
        elif line == "%PAGEBREAK":
            blocks.append(("pagebreak",))
        elif line.startswith("| "):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("> "):
            blocks.append(("note", line[2:]))
        elif line.startswith("[ ] "):
            if blocks and blocks[-1][0] == "check":
                blocks[-1][1].append(line[4:])
            else:
                blocks.append(("check", [line[4:]]))
        elif line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        elif STEP_RE.match(line):
            ind = (len(line) - len(line.lstrip(" "))) // 3
            item = (ind, line.strip())
            if blocks and blocks[-1][0] == "steps":
                blocks[-1][1].append(item)
            else:
                blocks.append(("steps", [item]))
        else:
            blocks.append(("p", line))
    return blocks


# ---------------------------------------------------------------- txt
def render_txt(blocks, underline_style):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            lvl, t = b[1], b[2]
            if out and out[-1] != "":
                out.append("")
            out.append(t)
            if lvl == 0:
                out.append("=" * len(t))
            elif lvl == 1 and underline_style:
                out.append("-" * len(t))
            out.append("")
        elif k == "p":
            out.append(b[1]); out.append("")
        elif k == "ul":
            out += ["  • " + x for x in b[1]]; out.append("")
        elif k == "check":
            out += ["  [ ] " + x for x in b[1]]; out.append("")
        elif k == "steps":
            out += ["   " * ind + t for ind, t in b[1]]; out.append("")
        elif k == "note":
            out.append("(!) " + b[1]); out.append("")
        elif k == "table":
            rows = b[1]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("  ".join("-" * x for x in w))
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- md
def render_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append("#" * (b[1] + 1) + " " + b[2]); out.append("")
        elif k == "p":
            out.append(b[1]); out.append("")
        elif k == "ul":
            out += ["- " + x for x in b[1]]; out.append("")
        elif k == "check":
            out += ["- [ ] " + x for x in b[1]]; out.append("")
        elif k == "steps":
            out += ["   " * ind + t for ind, t in b[1]]; out.append("")
        elif k == "note":
            out.append("> " + b[1]); out.append("")
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- html
def render_html(blocks, lang):
    e = lambda s: html.escape(s, quote=False)
    title = blocks[0][2]
    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:46em;margin:auto} .note{border-left:4px solid #c60;"
           "padding:.3em 1em;background:#fff4ea} ol.etapes,ol.etapes ol{list-style:none} "
           "table{border-collapse:collapse} td,th{border:1px solid #999;padding:.2em .5em}</style>",
           "</head>", "<body>", '<header><p class="site">Ouatéo — Cercle des Tisons</p></header>', "<main>"]
    for b in blocks:
        k = b[0]
        if k == "h":
            n = b[1] + 1
            out.append(f"<h{n}>{e(b[2])}</h{n}>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "ul":
            out.append("<ul>"); out += [f"  <li>{e(x)}</li>" for x in b[1]]; out.append("</ul>")
        elif k == "check":
            out.append('<ul class="checklist">')
            out += [f'  <li><input type="checkbox" disabled> {e(x)}</li>' for x in b[1]]
            out.append("</ul>")
        elif k == "steps":
            out.append('<ol class="etapes">')
            items = b[1]
            i = 0
            while i < len(items):
                ind, t = items[i]
                subs = []
                j = i + 1
                while j < len(items) and items[j][0] > 0:
                    subs.append(items[j][1]); j += 1
                if subs:
                    out.append(f"  <li>{e(t)}")
                    out.append("    <ol>")
                    out += [f"      <li>{e(s)}</li>" for s in subs]
                    out.append("    </ol>")
                    out.append("  </li>")
                else:
                    out.append(f"  <li>{e(t)}</li>")
                i = j
            out.append("</ol>")
        elif k == "note":
            out.append(f'<div class="note"><p>{e(b[1])}</p></div>')
        elif k == "table":
            rows = b[1]
            out.append("<table>")
            out.append("  <tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            out += ["  <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append("</table>")
    out += ["</main>", '<footer><p>© 2026 Ouatéo — réseau d\'installateurs en isolation et pompes à chaleur</p></footer>',
            "</body>", "</html>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- docx
def x(s):
    return html.escape(s, quote=True)


def render_docx(blocks, path, lang):
    title = blocks[0][2]
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text, style=None, ind=None, bold=False):
        ppr = ""
        if style or ind is not None:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
            if style == "ListBullet":
                ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            if ind is not None:
                ppr += f'<w:ind w:left="{ind}"/>'
            ppr += "</w:pPr>"
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'

    body = []
    for b in blocks:
        k = b[0]
        if k == "h":
            body.append(para(b[2], "Title" if b[1] == 0 else f"Heading{b[1]}"))
        elif k == "p":
            body.append(para(b[1]))
        elif k == "ul":
            body += [para(t, "ListBullet") for t in b[1]]
        elif k == "check":
            body += [para("☐ " + t, "ListParagraph") for t in b[1]]
        elif k == "steps":
            body += [para(t, "ListParagraph", ind=360 + 420 * ind) for ind, t in b[1]]
        elif k == "note":
            body.append(para(b[1], "Note"))
        elif k == "table":
            rows = b[1]
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
            t += ['<w:gridCol w:w="3000"/>' for _ in rows[0]]
            t.append("</w:tblGrid>")
            for j, r in enumerate(rows):
                t.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{para(c, bold=(j == 0))}</w:tc>' for c in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
        elif k == "pagebreak":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
                + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')

    def style(sid, name, size, bold=False, italic=False, based="Normal", outline=None):
        ppr = f'<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="{outline}"/></w:pPr>' if outline is not None else ""
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:sz w:val="{size}"/></w:rPr>'
        return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                f'<w:basedOn w:val="{based}"/><w:next w:val="Normal"/><w:qFormat/>{ppr}{rpr}</w:style>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
              f'<w:sz w:val="22"/><w:lang w:val="{"fr-FR" if lang == "fr" else "en-GB"}"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              + style("Title", "Title", 40, bold=True)
              + style("Heading1", "heading 1", 32, bold=True, outline=0)
              + style("Heading2", "heading 2", 26, bold=True, outline=1)
              + style("Heading3", "heading 3", 24, bold=True, outline=2)
              + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
              + '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>'
              + style("Note", "Note", 20, italic=True)
              + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
              + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + "</w:tblBorders></w:tblPr></w:style></w:styles>")
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
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
            f'<dc:title>{x(title)}</dc:title><dc:creator>Ouatéo — animation du Cercle</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-01T09:00:00Z</dcterms:created></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                           ("word/document.xml", document), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- pdf
def pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def render_pdf(blocks, path, short):
    W_, H_, M = 595, 842, 56
    pages, cur = [], []
    y = [H_ - M]

    def newpage():
        nonlocal cur
        pages.append(cur); cur = []; y[0] = H_ - M

    def line(text, font="F1", size=9.5, xoff=0, lead=None):
        lead = lead or size * 1.45
        if y[0] - lead < M + 20:
            newpage()
        y[0] -= lead
        cur.append((font, size, M + xoff, y[0], text))

    BODYW = 100
    HS = {0: 18, 1: 14, 2: 12, 3: 11}
    for b in blocks:
        k = b[0]
        if k == "h":
            sz = HS[b[1]]
            if y[0] - 3 * sz < M + 40:
                newpage()
            y[0] -= sz * 0.6
            for ln in wrap(b[2], 60):
                line(ln, "F2", sz)
            y[0] -= 3
        elif k == "p":
            for ln in wrap(b[1], BODYW):
                line(ln)
            y[0] -= 4
        elif k == "ul":
            for it in b[1]:
                for j, ln in enumerate(wrap(it, BODYW - 4)):
                    line(("• " if j == 0 else "   ") + ln, xoff=12)
            y[0] -= 4
        elif k == "check":
            for it in b[1]:
                for j, ln in enumerate(wrap(it, BODYW - 4)):
                    line(("[  ] " if j == 0 else "      ") + ln, xoff=12)
            y[0] -= 4
        elif k == "steps":
            for ind, it in b[1]:
                for ln in wrap(it, BODYW - 4 - 6 * ind):
                    line(ln, xoff=8 + 22 * ind)
            y[0] -= 4
        elif k == "note":
            for ln in wrap(b[1], BODYW - 4):
                line(ln, "F3", 9.5, xoff=14)
            y[0] -= 4
        elif k == "table":
            rows = b[1]
            ncol = len(rows[0])
            colw = (W_ - 2 * M) / ncol
            for j, r in enumerate(rows):
                if y[0] - 16 < M + 20:
                    newpage()
                y[0] -= 15
                for i, c in enumerate(r):
                    cur.append(("F2" if j == 0 else "F1", 9.5, M + 4 + i * colw, y[0], c))
            y[0] -= 6
        elif k == "pagebreak":
            newpage()
    pages.append(cur)
    N = len(pages)
    objs = []

    def add(data):
        objs.append(data); return len(objs)

    cat = add(None); pgs = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    f3 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>")
    kids = []
    for n, items in enumerate(pages, 1):
        ops = []
        if n > 1:
            ops.append((b"F3", 8, M, H_ - 34, f"Ouatéo — Cercle des Tisons — {short} (suite)"))
        ops.append((b"F1", 8, W_ / 2 - 20, 30, f"Page {n}/{N}"))
        st = []
        for font, size, xx, yy, text in [(f if isinstance(f, bytes) else f.encode(), s, a, c, t) for f, s, a, c, t in ops + items]:
            st.append(b"BT /" + font + b" %g Tf %.1f %.1f Td (" % (size, xx, yy) + pdf_str(text) + b") Tj ET")
        stream = b"\n".join(st)
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>"
                % (pgs, W_, H_, f1, f2, f3, c))
        kids.append(p)
    objs[pgs - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % N
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pgs
    title = blocks[0][2]
    info = add(b"<< /Title (" + pdf_str(title) + b") /Author (Ouat" + pdf_str("é") + b"o) /Producer (gen.py) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


def main():
    os.makedirs(DOCDIR, exist_ok=True)
    for name, (lang, aud, src) in DOCS.items():
        blocks = parse(src)
        p = os.path.join(DOCDIR, name)
        if name.endswith(".txt"):
            open(p, "w", encoding="utf-8").write(render_txt(blocks, underline_style=(name != "guide-recommandation.txt")))
        elif name.endswith(".md"):
            open(p, "w", encoding="utf-8").write(render_md(blocks))
        elif name.endswith(".html"):
            open(p, "w", encoding="utf-8").write(render_html(blocks, lang))
        elif name.endswith(".docx"):
            render_docx(blocks, p, lang)
        elif name.endswith(".pdf"):
            short = "Maison témoin" if "temoin" in name else "Validation des contributions"
            render_pdf(blocks, p, short)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (doc, sec, unit, gold, lang, q, note) in enumerate(Q, 1):
            f.write(json.dumps({"id": f"sh33-q{i:03d}", "question": q, "gold_doc": doc, "gold_section": sec,
                                "unit": unit, "gold": gold, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (lang, q, note) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": f"sh33-u{i:02d}", "question": q, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(README)
    print("written", len(DOCS), "documents,", len(Q), "questions,", len(UNANSWERABLE), "unanswerable")


if __name__ == "__main__":
    main()
