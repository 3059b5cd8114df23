# -*- coding: utf-8 -*-
"""Deterministic renderers (stdlib only): txt, md, html, docx (hand-written
OOXML), pdf (hand-written PDF 1.4, Helvetica, WinAnsiEncoding, Flate streams)."""
import html, io, textwrap, zipfile, zlib

FIXED_DATE = (2027, 1, 12, 9, 0, 0)

def heading_paths(blocks):
    """yield (block, path) where path is the list of headings above the block."""
    stack = []
    for b in blocks:
        if b[0] == "h":
            lvl = b[1]
            stack = stack[:lvl - 1] + [b[2]]
            yield b, list(stack)
        else:
            yield b, list(stack)

def all_text(doc):
    parts = [doc["title"], doc["readership"]]
    for b in doc["blocks"]:
        if b[0] == "h": parts.append(b[2])
        elif b[0] == "p": parts.append(b[1])
        elif b[0] in ("ul", "ol"): parts.extend(b[1])
        elif b[0] == "table":
            parts.extend(b[1]); [parts.extend(r) for r in b[2]]
    return "\n".join(parts)

# ------------------------------------------------------------------ txt
W = 74
def _wrap(text, first="", rest=""):
    return textwrap.fill(text, width=W, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)

def _txt_table(header, rows):
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip()
    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)

def render_txt(doc):
    style = doc["heading_style"]
    out = []
    if style == "underlined":
        out += [doc["title"].upper(), "=" * len(doc["title"]), ""]
    elif style == "caps":
        out += [doc["title"], "~" * len(doc["title"]), ""]
    else:
        out += [doc["title"], ""]
    out += [_wrap(doc["readership"]), ""]
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            t = b[2]
            if style == "underlined":
                out += ["", t, ("=" if b[1] == 1 else "-") * len(t)]
            else:
                out += ["", t]
            out.append("")
        elif k == "p":
            out += [_wrap(b[1]), ""]
        elif k == "ul":
            for it in b[1]:
                out.append(_wrap(it, "  - ", "    "))
            out.append("")
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                out.append(_wrap(it, "  %d. " % i, "     "))
            out.append("")
        elif k == "table":
            out += [_txt_table(b[1], b[2]), ""]
    text = "\n".join(out).rstrip() + "\n"
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text.encode("utf-8")

# ------------------------------------------------------------------ md
def render_md(doc):
    out = ["# " + doc["title"], "", "*" + doc["readership"] + "*", ""]
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            out += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif k == "ol":
            out += ["%d. %s" % (i, it) for i, it in enumerate(b[1], 1)] + [""]
        elif k == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in b[2]]
            out.append("")
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")

# ------------------------------------------------------------------ html
def render_html(doc):
    e = html.escape
    lang = doc["lang"]
    out = ["<!DOCTYPE html>", '<html lang="%s">' % lang, "<head>", '<meta charset="utf-8">',
           "<title>%s — Savonnerie Lavandine</title>" % e(doc["title"]),
           '<link rel="stylesheet" href="/static/tribu.css">', "</head>", "<body>",
           '<header class="site"><a href="/">Savonnerie Lavandine</a> · <a href="/tribu">La Tribu</a></header>',
           "<main>", "<article>", "<h1>%s</h1>" % e(doc["title"]),
           '<p class="audience"><em>%s</em></p>' % e(doc["readership"])]
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            n = b[1] + 1
            out.append("<h%d>%s</h%d>" % (n, e(b[2]), n))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k in ("ul", "ol"):
            out.append("<%s>" % k)
            out += ["  <li>%s</li>" % e(it) for it in b[1]]
            out.append("</%s>" % k)
        elif k == "table":
            out.append("<table>")
            out.append("  <thead><tr>" + "".join("<th>%s</th>" % e(c) for c in b[1]) + "</tr></thead>")
            out.append("  <tbody>")
            out += ["    <tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in b[2]]
            out.append("  </tbody>")
            out.append("</table>")
    out += ["</article>", "</main>",
            '<footer class="site">© Savonnerie Lavandine — 12 chemin des Olivettes, 26110 Nyons</footer>',
            "</body>", "</html>"]
    return ("\n".join(out) + "\n").encode("utf-8")

# ------------------------------------------------------------------ docx
def _x(s):
    return html.escape(s, quote=False)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def render_docx(doc):
    W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    body = []
    def para(text, style=None, num=None):
        ppr = ""
        if style or num:
            ppr = "<w:pPr>"
            if style: ppr += '<w:pStyle w:val="%s"/>' % style
            if num: ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
            ppr += "</w:pPr>"
        return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, _x(text))
    body.append(para(doc["title"], "Title"))
    body.append('<w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(doc["readership"]))
    nums = []  # list of (numId, abstractId)
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            body.append(para(b[2], "Heading%d" % b[1]))
        elif k == "p":
            body.append(para(b[1]))
        elif k in ("ul", "ol"):
            nid = len(nums) + 1
            nums.append((nid, 0 if k == "ul" else 1))
            for it in b[1]:
                body.append(para(it, "ListBullet" if k == "ul" else "ListNumber", nid))
        elif k == "table":
            ncol = len(b[1]); wcol = 9000 // ncol
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>',
                 "<w:tblGrid>" + "".join('<w:gridCol w:w="%d"/>' % wcol for _ in range(ncol)) + "</w:tblGrid>"]
            for ri, r in enumerate([b[1]] + b[2]):
                trpr = "<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""
                cells = []
                for c in r:
                    rpr = "<w:rPr><w:b/></w:rPr>" if ri == 0 else ""
                    cells.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % (wcol, rpr, _x(c)))
                t.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(cells)))
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
                '</w:body></w:document>') % (W_NS, "".join(body))
    def style(sid, name, size=None, bold=False, italic=False, based="Normal", outline=None, extra_ppr=""):
        rpr = ""
        if bold: rpr += "<w:b/>"
        if italic: rpr += "<w:i/>"
        if size: rpr += '<w:sz w:val="%d"/>' % size
        ppr = extra_ppr
        if outline is not None: ppr += '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="%d"/>' % outline
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
                '<w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>') % (sid, name, based, ppr, rpr)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="%s"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '%s%s%s%s%s%s'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
              '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '</w:tblBorders></w:tblPr></w:style></w:styles>') % (
        W_NS, "fr-FR" if doc["lang"] == "fr" else "en-GB",
        style("Title", "Title", 40, True), style("Subtitle", "Subtitle", 22, italic=True),
        style("Heading1", "heading 1", 30, True, outline=0), style("Heading2", "heading 2", 26, True, outline=1),
        style("ListBullet", "List Bullet", extra_ppr='<w:ind w:left="720" w:hanging="360"/>'),
        style("ListNumber", "List Number", extra_ppr='<w:ind w:left="720" w:hanging="360"/>'))
    numbering = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>' % W_NS,
                 '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>',
                 '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>']
    for nid, aid in nums:
        numbering.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nid, aid))
    numbering.append("</w:numbering>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
             '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Maëlle Rouvier</dc:creator><dc:language>%s</dc:language>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-12T09:00:00Z</dcterms:created></cp:coreProperties>') % (_x(doc["title"]), doc["lang"])
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                 ("word/document.xml", document), ("word/styles.xml", styles),
                 ("word/numbering.xml", "".join(numbering)), ("docProps/core.xml", core)])

# ------------------------------------------------------------------ pdf
# Helvetica widths (per 1000 em) for ASCII 32..126; others approximated.
_HW = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584]
def _w(text, size, bold=False):
    tot = 0
    for ch in text:
        o = ord(ch)
        if 32 <= o <= 126: tot += _HW[o - 32]
        elif ch in "éèêëàâäîïôöûüùç": tot += 556
        elif ch in "ÉÈÀÇÎ": tot += 667
        elif ch in "«»": tot += 556
        elif ch in "’": tot += 222
        elif ch in "—": tot += 1000
        elif ch in "–€": tot += 556
        else: tot += 600
    return tot * size / 1000.0 * (1.06 if bold else 1.0)

def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"

def _wrap_w(text, size, width, bold=False):
    words = text.split(" "); lines = []; cur = ""
    for wd in words:
        t = (cur + " " + wd) if cur else wd
        if _w(t, size, bold) <= width: cur = t
        else:
            lines.append(cur); cur = wd
    if cur: lines.append(cur)
    return lines

def render_pdf(doc):
    PW, PH, ML, MR, MT, MB = 595, 842, 62, 62, 70, 70
    TW = PW - ML - MR
    # build "groups" of (font, size, x, text, dy) lines kept together
    groups = []
    def G(): groups.append([]); return groups[-1]
    g = G()
    for ln in _wrap_w(doc["title"], 18, TW, True): g.append(("F2", 18, ML, ln, 24))
    g.append(("F3", 9.5, ML, "", 6))
    for ln in _wrap_w(doc["readership"], 9.5, TW): g.append(("F3", 9.5, ML, ln, 13))
    g.append(("F1", 10, ML, "", 10))
    keep_with_next = False
    for b in doc["blocks"]:
        k = b[0]
        if not keep_with_next: g = G()
        keep_with_next = False
        if k == "h":
            size = 13 if b[1] == 1 else 11.5
            g.append(("F1", 10, ML, "", 8))
            for ln in _wrap_w(b[2], size, TW, True): g.append(("F2", size, ML, ln, size + 5))
            g.append(("F1", 10, ML, "", 4))
            keep_with_next = True
        elif k == "p":
            for ln in _wrap_w(b[1], 10, TW): g.append(("F1", 10, ML, ln, 14))
            g.append(("F1", 10, ML, "", 6))
            if b[1].rstrip().endswith(":"): keep_with_next = True
        elif k in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = "•" if k == "ul" else "%d." % i
                lines = _wrap_w(it, 10, TW - 20)
                g.append(("F1", 10, ML + 4, mark, 0))
                for ln in lines: g.append(("F1", 10, ML + 20, ln, 14))
            g.append(("F1", 10, ML, "", 6))
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr)
            need = [max(_w(r[i], 9, True) for r in [hdr] + rows) + 12 for i in range(ncol)]
            scale = TW / sum(need)
            if scale < 1: raise SystemExit("pdf table too wide in %s: %s" % (doc["file"], need))
            xs = [ML]; 
            for n in need[:-1]: xs.append(xs[-1] + n * scale)
            for ri, r in enumerate([hdr] + rows):
                font = "F2" if ri == 0 else "F1"
                for ci, c in enumerate(r):
                    g.append((font, 9, xs[ci] + 3, c, 0))
                g.append(("RULE" if ri == 0 else "F1", 9, ML, "", 13))
            g.append(("F1", 10, ML, "", 8))
    # paginate
    pages = [[]]; y = PH - MT
    for grp in groups:
        h = sum(l[4] for l in grp)
        if y - h < MB and pages[-1]:
            pages.append([]); y = PH - MT
        for font, size, x, text, dy in grp:
            if font == "RULE":
                pages[-1].append(("RULE", 0, ML, "", y - 4)); y -= dy; continue
            if text: pages[-1].append((font, size, x, text, y - size))
            y -= dy
    npages = len(pages)
    objs = []
    def add(data): objs.append(data); return len(objs)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    f3 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * npages  # placeholder computed below
    page_ids = []
    content_ids = []
    for pi, items in enumerate(pages, 1):
        cs = []
        for font, size, x, text, yy in items:
            if font == "RULE":
                cs.append(b"0.5 w %.1f %.1f m %.1f %.1f l S" % (ML, yy, PW - MR, yy)); continue
            cs.append(b"BT /%s %.1f Tf %.2f %.2f Td %s Tj ET" % (font.encode(), size, x, yy, _pdf_str(text)))
        foot = "%s — page %d/%d" % (doc["footer"], pi, npages)
        cs.append(b"BT /F3 8 Tf %.2f %.2f Td %s Tj ET" % (ML, 40, _pdf_str(foot)))
        raw = zlib.compress(b"\n".join(cs), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw) + raw + b"\nendstream")
        content_ids.append(cid)
        page_ids.append(add(None))
    pages_id = add(None)
    for pid, cid in zip(page_ids, content_ids):
        objs[pid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                         b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> >>") % (pages_id, PW, PH, cid, f1, f2, f3)
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in page_ids), npages)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R /Lang (%s) >>" % (pages_id, doc["lang"].encode()))
    def u16(s): return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    info = add(b"<< /Title %s /Author %s /Producer (Lavandine doc tools) /CreationDate (D:20270112090000Z) >>" % (u16(doc["title"]), u16("Savonnerie Lavandine")))
    out = io.BytesIO(); out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell()); out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs: out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref))
    return out.getvalue()

RENDER = dict(txt=render_txt, md=render_md, html=render_html, docx=render_docx, pdf=render_pdf)
