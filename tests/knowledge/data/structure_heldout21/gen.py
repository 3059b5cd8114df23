#!/usr/bin/env python3
"""Render docs/, questions.jsonl and unanswerable.jsonl from content.py (standard library only, deterministic)."""
import html
import json
import os
import re
import zipfile

import content

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "docs")
NUM_RE = re.compile(r"^\d+[.)] ")


# ---------------------------------------------------------------- parsing
def parse(text):
    """-> list of blocks: (kind, payload, path). kinds: title, h2, h3, who, p, ul, ol, table."""
    blocks, path = [], []
    lines = text.strip("\n").split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            i += 1
            continue
        if ln.startswith("# "):
            blocks.append(("title", ln[2:], ()))
        elif ln.startswith("## "):
            path = [ln[3:]]
            blocks.append(("h2", ln[3:], tuple(path)))
        elif ln.startswith("### "):
            path = path[:1] + [ln[4:]]
            blocks.append(("h3", ln[4:], tuple(path)))
        elif ln.startswith("@ "):
            blocks.append(("who", ln[2:], ()))
        elif ln.startswith("- ") or NUM_RE.match(ln):
            kind = "ul" if ln.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if kind == "ul" else NUM_RE.match(lines[i])):
                items.append(lines[i][2:] if kind == "ul" else NUM_RE.sub("", lines[i]))
                i += 1
            blocks.append((kind, items, tuple(path)))
            continue
        elif ln.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                cells = [c.strip() for c in lines[i].strip().strip("|").split(" | ")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(("table", rows, tuple(path)))
            continue
        else:
            blocks.append(("p", ln, tuple(path)))
        i += 1
    return blocks


def sections(blocks):
    """heading path string -> dict(p=[...], l=[[items]], r={first cell: row})"""
    secs = {}
    for kind, pay, path in blocks:
        if kind in ("title", "who"):
            continue
        key = " › ".join(path)
        s = secs.setdefault(key, {"p": [], "l": [], "r": {}})
        if kind == "p":
            s["p"].append(pay)
        elif kind in ("ul", "ol"):
            s["l"].append(pay)
        elif kind == "table":
            for row in pay[1:]:
                s["r"][row[0]] = row
    return secs


# ---------------------------------------------------------------- txt / md
def table_txt(rows):
    w = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append("   ".join(r[c].ljust(w[c]) for c in range(len(r))).rstrip())
        if k == 0:
            out.append("   ".join("-" * w[c] for c in range(len(r))))
    return "\n".join(out)


def render_txt(blocks, style):
    out = []
    for kind, pay, _ in blocks:
        if kind == "title":
            out.append(pay + ("\n" + "=" * len(pay) if style != "bare" else ""))
        elif kind == "h2":
            out.append(pay + ("\n" + "-" * len(pay) if style == "underlined" else ""))
        elif kind == "h3":
            out.append(pay + ("\n" + "~" * len(pay) if style == "underlined" else ""))
        elif kind in ("who", "p"):
            out.append(pay)
        elif kind == "ul":
            out.append("\n".join(("• " if style == "bare" else "- ") + it for it in pay))
        elif kind == "ol":
            sep = ")" if style == "numbered" else "."
            out.append("\n".join("%d%s %s" % (n + 1, sep, it) for n, it in enumerate(pay)))
        elif kind == "table":
            out.append(table_txt(pay))
    return "\n\n".join(out) + "\n"


def render_md(blocks):
    out = []
    for kind, pay, _ in blocks:
        if kind == "title":
            out.append("# " + pay)
        elif kind == "h2":
            out.append("## " + pay)
        elif kind == "h3":
            out.append("### " + pay)
        elif kind == "who":
            out.append("*" + pay + "*")
        elif kind == "p":
            out.append(pay)
        elif kind == "ul":
            out.append("\n".join("- " + it for it in pay))
        elif kind == "ol":
            out.append("\n".join("%d. %s" % (n + 1, it) for n, it in enumerate(pay)))
        elif kind == "table":
            lines = ["| " + " | ".join(pay[0]) + " |", "|" + "|".join(["---"] * len(pay[0])) + "|"]
            lines += ["| " + " | ".join(r) + " |" for r in pay[1:]]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- html
def render_html(blocks, lang):
    e = lambda s: html.escape(s, quote=False)
    title = [p for k, p, _ in blocks if k == "title"][0]
    out = ['<!DOCTYPE html>', '<html lang="%s">' % lang, '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % e(title), '</head>', '<body>']
    for kind, pay, _ in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(pay))
        elif kind == "h2":
            out.append("<h2>%s</h2>" % e(pay))
        elif kind == "h3":
            out.append("<h3>%s</h3>" % e(pay))
        elif kind == "who":
            out.append('<p class="diffusion"><em>%s</em></p>' % e(pay))
        elif kind == "p":
            out.append("<p>%s</p>" % e(pay))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind + "".join("\n  <li>%s</li>" % e(it) for it in pay) + "\n</%s>" % kind)
        elif kind == "table":
            t = ["<table>", "  <tr>" + "".join("<th>%s</th>" % e(c) for c in pay[0]) + "</tr>"]
            t += ["  <tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in pay[1:]]
            t.append("</table>")
            out.append("\n".join(t))
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- docx
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def x(s):
    return html.escape(s, quote=True)


def wpara(text, style=None, num=None, bold=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + ('<w:pStyle w:val="%s"/>' % style if style else "")
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(text))


def render_docx(blocks, path, lang):
    body, nums = [], []  # nums: list of ("bullet"|"decimal")
    for kind, pay, _ in blocks:
        if kind == "title":
            body.append(wpara(pay, "Title"))
        elif kind == "h2":
            body.append(wpara(pay, "Heading1"))
        elif kind == "h3":
            body.append(wpara(pay, "Heading2"))
        elif kind == "who":
            body.append(wpara(pay, "Subtitle"))
        elif kind == "p":
            body.append(wpara(pay))
        elif kind in ("ul", "ol"):
            nums.append("bullet" if kind == "ul" else "decimal")
            nid = len(nums)
            st = "ListBullet" if kind == "ul" else "ListNumber"
            body += [wpara(it, st, nid) for it in pay]
        elif kind == "table":
            ncol = len(pay[0])
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
                 + "".join('<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol)) + "</w:tblGrid>"]
            for k, r in enumerate(pay):
                t.append("<w:tr>" + "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                                            % (9000 // ncol, wpara(c, bold=(k == 0))) for c in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
           'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>') % (W_NS, "".join(body))

    def style(sid, name, ptype="paragraph", size=None, bold=False, extra=""):
        rpr = ""
        if size or bold:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ('<w:sz w:val="%d"/>' % size if size else "") + "</w:rPr>"
        return ('<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>%s%s%s</w:style>'
                % (ptype, ' w:default="1"' if sid == "Normal" else "", sid, name, '<w:basedOn w:val="Normal"/>' if sid != "Normal" and ptype == "paragraph" else "", extra, rpr))

    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>' % W_NS
              + '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>'
              + '<w:lang w:val="%s"/></w:rPr></w:rPrDefault></w:docDefaults>' % ("fr-FR" if lang == "fr" else "en-GB")
              + style("Normal", "Normal")
              + style("Title", "Title", size=40, bold=True)
              + style("Subtitle", "Subtitle", extra='<w:pPr><w:spacing w:after="120"/></w:pPr>')
              + style("Heading1", "heading 1", size=32, bold=True, extra='<w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr>')
              + style("Heading2", "heading 2", size=26, bold=True, extra='<w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr>')
              + style("ListBullet", "List Bullet")
              + style("ListNumber", "List Number")
              + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
              + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % b
                        for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + "</w:tblBorders></w:tblPr></w:style></w:styles>")
    absn = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    numdefs = "".join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                      % (k + 1, 0 if n == "bullet" else 1) for k, n in enumerate(nums))
    numbering = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s</w:numbering>' % (W_NS, absn, numdefs)
    title = [p for k, p, _ in blocks if k == "title"][0]
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
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
             '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Relation clients Cévennes Air</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T09:00:00Z</dcterms:created></cp:coreProperties>') % x(title)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/styles.xml", styles), ("word/numbering.xml", numbering),
                           ("word/_rels/document.xml.rels", drels), ("docProps/core.xml", core)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------- pdf
def pdf_str(s):
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def wrap(s, width):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def render_pdf(blocks, path):
    L, R, TOP, BOT = 60, 535, 790, 60
    pages, ops, y = [], [], TOP

    def newpage():
        nonlocal ops, y
        if ops:
            pages.append(ops)
        ops, y = [], TOP

    def line(text, xpos, size, bold=False, lead=None):
        nonlocal y
        lead = lead or size * 1.35
        if y - lead < BOT:
            newpage()
        y -= lead
        ops.append("BT /%s %g Tf %g %g Td %s Tj ET" % ("F2" if bold else "F1", size, xpos, y, pdf_str(text)))

    def gap(h):
        nonlocal y
        y -= h

    for kind, pay, _ in blocks:
        if kind == "title":
            line(pay, L, 18, True, 24)
            gap(6)
        elif kind == "h2":
            if y < BOT + 90:
                newpage()
            gap(8)
            line(pay, L, 14, True, 18)
            gap(2)
        elif kind == "h3":
            if y < BOT + 70:
                newpage()
            gap(4)
            line(pay, L, 12, True, 16)
        elif kind == "who":
            for ln in wrap(pay, 98):
                line(ln, L, 9)
            gap(4)
        elif kind == "p":
            for ln in wrap(pay, 92):
                line(ln, L, 10)
            gap(6)
        elif kind in ("ul", "ol"):
            for n, it in enumerate(pay):
                marker = "\u2022" if kind == "ul" else "%d." % (n + 1)
                for k, ln in enumerate(wrap(it, 86)):
                    if k == 0:
                        line(marker + "  " + ln, L + 10, 10)
                    else:
                        line(ln, L + 22, 10)
            gap(6)
        elif kind == "table":
            ncol = len(pay[0])
            w = [max(len(r[c]) for r in pay) for c in range(ncol)]
            size = 9
            colx, xx = [], L
            for c in range(ncol):
                colx.append(xx)
                xx += w[c] * size * 0.55 + 14
            if y < BOT + 20 * len(pay):
                newpage()
            for k, r in enumerate(pay):
                line(r[0], colx[0], size, k == 0, 14)
                for c in range(1, ncol):
                    ops.append("BT /%s %g Tf %g %g Td %s Tj ET" % ("F2" if k == 0 else "F1", size, colx[c], y, pdf_str(r[c])))
            gap(8)
    newpage()
    title = [p for k, p, _ in blocks if k == "title"][0]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    kids = [6 + 2 * i for i in range(n_pages)]
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n_pages)
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = "<< /Title %s /Author (Cevennes Air - Relation clients) /CreationDate (D:20261201090000Z) >>" % pdf_str(title)
    for i, pg in enumerate(pages):
        stream = "\n".join(pg).encode("latin-1")
        objs[6 + 2 * i] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                           "/Contents %d 0 R >>" % (7 + 2 * i))
        objs[7 + 2 * i] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        body = objs[k] if isinstance(objs[k], bytes) else objs[k].encode("latin-1")
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


# ---------------------------------------------------------------- main
def main():
    os.makedirs(DOCS_DIR, exist_ok=True)
    secs_by_doc = {}
    for name, d in content.DOCS.items():
        blocks = parse(d["text"])
        secs_by_doc[name] = sections(blocks)
        p = os.path.join(DOCS_DIR, name)
        if d["fmt"] == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(blocks, d["style"]))
        elif d["fmt"] == "md":
            open(p, "w", encoding="utf-8").write(render_md(blocks))
        elif d["fmt"] == "html":
            open(p, "w", encoding="utf-8").write(render_html(blocks, d["lang"]))
        elif d["fmt"] == "docx":
            render_docx(blocks, p, d["lang"])
        elif d["fmt"] == "pdf":
            render_pdf(blocks, p)
    unit_name = {"p": "paragraph", "l": "list", "r": "table_row"}
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for k, (q, doc, sec, ref, lang, note) in enumerate(content.Q):
            s = secs_by_doc[doc][sec]
            kind, idx = ref
            if kind == "p":
                gold = [s["p"][idx]]
            elif kind == "l":
                gold = list(s["l"][idx])
            else:
                gold = list(s["r"][idx])
            rec = {"id": "q%02d" % (k + 1), "question": q, "gold_doc": doc, "gold_section": sec,
                   "unit": unit_name[kind], "gold": gold, "lang": lang}
            also = content.ALSO.get(q)
            note = "; ".join(x for x in (note, also) if x)
            if note:
                rec["note"] = note
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for k, (q, lang, note) in enumerate(content.U):
            f.write(json.dumps({"id": "u%02d" % (k + 1), "question": q, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    print("generated", len(content.DOCS), "docs,", len(content.Q), "questions,", len(content.U), "unanswerable")


if __name__ == "__main__":
    main()
