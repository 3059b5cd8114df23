# -*- coding: utf-8 -*-
"""Renderers: HTML e-mail (nested layout tables), PDF 1.4 by hand, DOCX with zipfile."""
import html
import zipfile

# ---------------------------------------------------------------- HTML e-mail
def render_html(blocks, lang, title_attr):
    e = html.escape
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="%s">' % lang)
    w("<head>")
    w('<meta charset="utf-8">')
    w("<title>%s</title>" % e(title_attr, quote=False))
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("</head>")
    w('<body style="margin:0;padding:0;background:#efece6;">')
    w('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#efece6">')
    w("<tr>")
    w('<td align="center" style="padding:18px 8px;">')
    w('<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Georgia,serif;color:#222;">')
    in_section = False
    i = 0
    while i < len(blocks):
        kind = blocks[i][0]
        b = blocks[i]
        if kind == "meta":
            w("<tr>")
            w('<td style="font-size:11px;color:#777;padding:8px 24px;">')
            w('<span class="preheader">%s</span>' % e(b[1], quote=False))
            w("</td>")
            w("</tr>")
        elif kind == "title":
            w("<tr>")
            w('<td bgcolor="#1b1b1b" style="padding:22px 24px;">')
            w('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>')
            w('<td width="70" valign="middle"><img src="https://selsdargent.fr/img/logo-cercle.png" width="60" alt="Cercle Révélateur"></td>')
            w('<td valign="middle">')
            w('<h1 style="font-size:22px;color:#f4e9d8;margin:0;">%s</h1>' % e(b[1], quote=False))
            w("</td>")
            w("</tr></table>")
            w("</td>")
            w("</tr>")
        elif kind == "h2":
            if in_section:
                w("</td>")
                w("</tr>")
            w("<tr>")
            w('<td style="padding:18px 24px 4px 24px;">')
            in_section = True
            w('<h2 style="font-size:18px;border-bottom:2px solid #c9a46a;margin:0 0 8px 0;">%s</h2>' % e(b[1], quote=False))
        elif kind == "h3":
            w('<h3 style="font-size:15px;margin:12px 0 4px 0;">%s</h3>' % e(b[1], quote=False))
        elif kind == "p":
            w('<p style="font-size:14px;line-height:1.5;margin:0 0 10px 0;">')
            w(e(b[1], quote=False))
            w("</p>")
        elif kind == "q":
            w('<p style="font-size:14px;margin:10px 0 2px 0;"><strong>%s</strong></p>' % e(b[1], quote=False))
        elif kind in ("ul", "ol"):
            w('<%s style="font-size:14px;line-height:1.5;">' % kind)
            for it in b[1]:
                w("<li>%s</li>" % e(it, quote=False))
            w("</%s>" % kind)
        elif kind == "table":
            # a real data table, nested inside the layout table
            w('<table class="data" width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px;">')
            w("<thead>")
            w("<tr>")
            for h in b[1]:
                w('<th align="left" bgcolor="#f4e9d8">%s</th>' % e(h, quote=False))
            w("</tr>")
            w("</thead>")
            w("<tbody>")
            for row in b[2]:
                w("<tr>")
                for c in row:
                    w("<td>%s</td>" % e(c, quote=False))
                w("</tr>")
            w("</tbody>")
            w("</table>")
        elif kind == "sig":
            if in_section:
                w("</td>")
                w("</tr>")
                in_section = False
            w("<tr>")
            w('<td style="padding:12px 24px 20px 24px;font-size:14px;">')
            for line in b[1]:
                w("<p style=\"margin:0;\">%s</p>" % e(line, quote=False))
            w("</td>")
            w("</tr>")
        i += 1
    if in_section:
        w("</td>")
        w("</tr>")
    w("<tr>")
    w('<td bgcolor="#f4f1ec" style="font-size:11px;color:#777;padding:14px 24px;">')
    w('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>')
    w('<td width="50%" valign="top">Sels d\'Argent · 14 rue Burdeau · 69001 Lyon</td>')
    w('<td width="50%" valign="top" align="right"><a href="https://selsdargent.fr/cercle/desinscription">Se désinscrire</a> · <a href="https://selsdargent.fr/cercle/preferences">Préférences</a></td>')
    w("</tr></table>")
    w("</td>")
    w("</tr>")
    w("</table>")
    w("</td>")
    w("</tr>")
    w("</table>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- PDF
def pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def wrap(text, n):
    words = text.split(" ")
    lines, cur = [], ""
    for wd in words:
        if not cur:
            cur = wd
        elif len(cur) + 1 + len(wd) <= n:
            cur += " " + wd
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


class PdfLayout:
    W, H = 595, 842
    BOTTOM = 56

    def __init__(self, ncols):
        self.ncols = ncols
        self.margin = 50
        self.gutter = 20
        self.colw = (self.W - 2 * self.margin - (ncols - 1) * self.gutter) / ncols
        self.pages = [[]]
        self.col = 0
        self.top = 800
        self.y = self.top

    def x0(self):
        return self.margin + self.col * (self.colw + self.gutter)

    def need(self, h):
        if self.y - h < self.BOTTOM:
            self.col += 1
            if self.col >= self.ncols:
                self.col = 0
                self.pages.append([])
                self.top = 800
            self.y = self.top

    def text(self, x, y, font, size, s):
        self.pages[-1].append("BT /%s %.1f Tf %.1f %.1f Td %s Tj ET" % (font, size, x, y, pdf_str(s)))

    def chars(self, size, width=None):
        width = width or self.colw
        return int(width / (size * 0.52))

    def full_width(self, font, size, s, lead):
        self.y -= lead
        self.text(self.margin, self.y, font, size, s)

    def heading(self, s, size, before):
        n = self.chars(size * 1.08)
        if len(s) > n:
            raise ValueError("heading too long for one PDF line: %r" % s)
        self.need(before + size + 30)
        self.y -= before + size
        self.text(self.x0(), self.y, "F2", size, s)
        self.y -= 4

    def para(self, s, font="F1", size=9.0, indent=0, bullet=None, after=5):
        n = self.chars(size, self.colw - indent)
        lines = wrap(s, n)
        lead = size * 1.35
        for k, line in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if bullet and k == 0:
                self.text(self.x0() + indent - 10, self.y, "F1", size, bullet)
            self.text(self.x0() + indent, self.y, font, size, line)
        self.y -= after

    def table(self, header, rows, size=8.5):
        total = sum(max(len(r[i]) for r in [header] + rows) for i in range(len(header)))
        widths = [self.colw * max(len(r[i]) for r in [header] + rows) / total for i in range(len(header))]
        lead = size * 1.5
        self.need(lead * (len(rows) + 1) + 6)
        for r, row in enumerate([header] + rows):
            self.y -= lead
            x = self.x0()
            for i, cell in enumerate(row):
                if len(cell) > self.chars(size, widths[i] + 30):
                    raise ValueError("cell too long: %r" % cell)
                self.text(x, self.y, "F2" if r == 0 else "F1", size, cell)
                x += widths[i]
        self.y -= 8


def render_pdf(blocks, title, ncols):
    L = PdfLayout(ncols)
    for b in blocks:
        k = b[0]
        if k == "meta":
            L.full_width("F3", 8.5, b[1], 0)
            L.y -= 6
        elif k == "title":
            L.full_width("F2", 19, b[1], 26)
            L.y -= 14
            L.top = L.y
        elif k == "h2":
            L.heading(b[1], 13, 10)
        elif k == "h3":
            L.heading(b[1], 10.5, 4)
        elif k == "p":
            L.para(b[1])
        elif k == "q":
            L.para(b[1], font="F2", size=9.0, after=2)
        elif k == "ul":
            for it in b[1]:
                L.para(it, indent=12, bullet="–", after=2)
            L.y -= 4
        elif k == "ol":
            for j, it in enumerate(b[1], 1):
                L.para(it, indent=14, bullet="%d." % j, after=2)
            L.y -= 4
        elif k == "table":
            L.table(b[1], b[2])
        elif k == "sig":
            for line in b[1]:
                L.para(line, font="F3", after=0)
    objs = []
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    fonts = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
    font_ids = {}
    for k, base in fonts.items():
        objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base)
        font_ids[k] = len(objs)
    info_id = None
    objs.append("<< /Title %s /Producer (Sels d'Argent newsletter export) >>" % pdf_str(title))
    info_id = len(objs)
    page_ids = []
    res = "<< /Font << %s >> >>" % " ".join("/%s %d 0 R" % (k, v) for k, v in font_ids.items())
    for ops in L.pages:
        stream = "\n".join(ops)
        data = stream.encode("latin-1")
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(data), stream))
        cid = len(objs)
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>" % (res, cid))
        page_ids.append(len(objs))
    objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_id, xref)).encode()
    return bytes(out)


# ---------------------------------------------------------------- DOCX
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def x(s):
    return html.escape(s, quote=False)


def wp(text, style=None, num=None, bold=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(text))


def render_docx(blocks, title, author):
    body = []
    numid = 2
    nums = []  # (numId, kind)
    for b in blocks:
        k = b[0]
        if k == "meta":
            body.append(wp(b[1], style="Subtitle"))
        elif k == "title":
            body.append(wp(b[1], style="Title"))
        elif k == "h2":
            body.append(wp(b[1], style="Heading1"))
        elif k == "h3":
            body.append(wp(b[1], style="Heading2"))
        elif k == "p":
            body.append(wp(b[1]))
        elif k == "q":
            body.append(wp(b[1], bold=True))
        elif k in ("ul", "ol"):
            numid += 1
            nums.append((numid, k))
            for it in b[1]:
                body.append(wp(it, style="ListParagraph", num=numid))
        elif k == "table":
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                 '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                 '</w:tblBorders></w:tblPr>']
            for r, row in enumerate([b[1]] + b[2]):
                t.append("<w:tr>%s" % ('<w:trPr><w:tblHeader/></w:trPr>' if r == 0 else ""))
                for c in row:
                    t.append("<w:tc>%s</w:tc>" % wp(c, bold=(r == 0)))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append(wp(""))
        elif k == "sig":
            for line in b[1]:
                body.append(wp(line))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr>'
           '</w:body></w:document>') % (W_NS, "".join(body))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>') % W_NS
    absn = []
    numx = []
    for nid, kind in nums:
        fmt, txt = ("bullet", "–") if kind == "ul" else ("decimal", "%1.")
        absn.append('<w:abstractNum w:abstractNumId="%d"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                    '<w:lvlText w:val="%s"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' % (nid, fmt, txt))
        numx.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nid, nid))
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s</w:numbering>') % (W_NS, "".join(absn), "".join(numx))
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
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
               '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-02T09:00:00Z</dcterms:created></cp:coreProperties>') % (x(title), x(author))
    return {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/_rels/document.xml.rels": docrels,
            "word/document.xml": doc, "word/styles.xml": styles, "word/numbering.xml": numbering,
            "docProps/core.xml": core}


def write_docx(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                     "word/styles.xml", "word/numbering.xml", "docProps/core.xml"]:
            info = zipfile.ZipInfo(name, date_time=(2026, 10, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])
