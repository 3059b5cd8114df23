# -*- coding: utf-8 -*-
"""Builds docs/, questions.jsonl and unanswerable.jsonl deterministically (stdlib only)."""
import html, io, json, os, zipfile
from docs_src import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
SET = "structure_heldout28"
SEP = " › "


def doc(name):
    return next(d for d in DOCS if d["file"] == name)


# ------------------------------------------------------------------ txt
def render_txt(d):
    L = []
    f = d["file"]
    if f.startswith("mail"):
        L += ["De : Maëlle Diallo <maelle.diallo@aubepine-autopartage.example>",
              "Envoyé : lundi 2 novembre 2026 10:14",
              "À : ambassadeurs@aubepine-autopartage.example",
              "Objet : " + d["title"], ""]
        L += d["readership"] + [""]
    elif f.startswith("reglement"):
        L += [d["title"], "Version du 1er janvier 2027", ""] + d["readership"] + [""]
    else:
        L += [d["title"], "=" * len(d["title"]), ""] + d["readership"] + [""]
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            if f.startswith("conseils") and b[1] == 2:
                L += ["", b[2], "-" * len(b[2]), ""]
            else:
                L += ["", b[2], ""]
        elif k == "p":
            L += [b[1], ""]
        elif k == "ul":
            L += ["- " + it for it in b[1]] + [""]
        elif k == "ol":
            L += ["%d. %s" % (i + 1, it) for i, it in enumerate(b[1])] + [""]
        elif k == "table":
            hdr, rows = b[1], b[2]
            w = [max(len(r[i]) for r in [hdr] + rows) for i in range(len(hdr))]
            fmt = lambda r: " | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
            L += [fmt(hdr), "-+-".join("-" * x for x in w)] + [fmt(r) for r in rows] + [""]
    if f.startswith("mail"):
        L += ["Belle journée,", "", "-- ", "Maëlle Diallo", "Community manager · Programme Ambassadeurs",
              "Aubépine Autopartage SCIC — 4 quai des Bateliers, 67000 Strasbourg",
              "Pensez à l'environnement avant d'imprimer ce message.", "",
              "> Le 30 oct. 2026 à 17:02, Lucas Kessler a écrit :",
              "> Maëlle, peux-tu envoyer l'invitation à toute la liste lundi ?",
              "> Pense à rappeler la session visio, plusieurs Mulhousiens l'ont demandée.",
              "> Merci !"]
    elif f.startswith("reglement"):
        L += ["", "Fait à Strasbourg, le 15 décembre 2026.", "Voir aussi : Charte de l'ambassadeur (art. « Rythme »), FAQ ambassadeurs."]
    else:
        L += ["", "Source : équipe Communauté Aubépine, fiche mise à jour en novembre 2026."]
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ md
def md_table(hdr, rows):
    return ["| " + " | ".join(hdr) + " |", "|" + "|".join("---" for _ in hdr) + "|"] + \
           ["| " + " | ".join(r) + " |" for r in rows]


def render_md(d):
    L = ["# " + d["title"], ""]
    if "notion_header" in d:
        L += [x for x in d["notion_header"]] + [""]
    if "confluence_header" in d:
        L += [d["confluence_header"][1], "", "*" + d["confluence_header"][0] + "*", ""]
    L += d["readership"] + [""]
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            L += ["#" * b[1] + " " + b[2], ""]
        elif k == "p":
            L += [b[1], ""]
        elif k == "ul":
            L += ["- " + it for it in b[1]] + [""]
        elif k == "ol":
            L += ["%d. %s" % (i + 1, it) for i, it in enumerate(b[1])] + [""]
        elif k == "table":
            L += md_table(b[1], b[2]) + [""]
        elif k == "callout":
            L += ["> %s %s" % (b[1], b[2]), ""]
        elif k == "toggle":
            L += ["<details>", "<summary>%s</summary>" % b[1], "", b[2], "", "</details>", ""]
        elif k == "hr":
            L += ["---", ""]
        elif k == "raw":
            L += [b[1], ""]
    return "\n".join(L).rstrip() + "\n"


# ------------------------------------------------------------------ html
def render_html(d):
    e = lambda s: html.escape(s, quote=False)
    lang = d["lang"]
    L = ["<!DOCTYPE html>", '<html lang="%s">' % lang, "<head>", '<meta charset="utf-8">',
         "<title>%s | Aubépine Autopartage</title>" % e(d["title"]), "</head>", "<body>",
         '<div class="cookie-banner"><p>%s</p></div>' % e(d["cookie"]),
         '<header class="site-header">', '<a class="logo" href="/">Aubépine</a>', "<nav><ul>"]
    L += ['<li><a href="#">%s</a></li>' % e(x) for x in d["nav"]]
    L += ["</ul></nav>", "</header>",
          '<nav class="breadcrumb">' + " &gt; ".join('<a href="#">%s</a>' % e(x) for x in d["breadcrumb"][:-1])
          + " &gt; <span>%s</span></nav>" % e(d["breadcrumb"][-1]), "<main>",
          "<h1>%s</h1>" % e(d["title"])]
    L += ['<p class="audience">%s</p>' % e(x) for x in d["readership"]]
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            L.append("<h%d>%s</h%d>" % (b[1], e(b[2]), b[1]))
        elif k == "p":
            L.append("<p>%s</p>" % e(b[1]))
        elif k in ("ul", "ol"):
            L += ["<%s>" % k] + ["<li>%s</li>" % e(it) for it in b[1]] + ["</%s>" % k]
        elif k == "table":
            L += ["<table>", "<thead><tr>" + "".join("<th>%s</th>" % e(c) for c in b[1]) + "</tr></thead>", "<tbody>"]
            L += ["<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in b[2]]
            L += ["</tbody>", "</table>"]
    share = "Cette page vous a-t-elle été utile ? Oui · Non" if lang == "fr" else "Was this page helpful? Yes · No"
    L += ['<aside class="feedback"><p>%s</p></aside>' % e(share), "</main>", '<footer class="site-footer"><ul>']
    L += ['<li><a href="#">%s</a></li>' % e(x) for x in d["footer"]]
    L += ["</ul></footer>", "</body>", "</html>"]
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ pdf
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


def pdf_str(s):
    out = []
    for ch in s:
        bt = ch.encode("cp1252")
        for c in bt:
            if c in (0x28, 0x29, 0x5C):
                out.append("\\" + chr(c))
            elif 32 <= c < 127:
                out.append(chr(c))
            else:
                out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def pdf_body_items(d):
    """(font, size, text, indent, gap_before, heading_level)"""
    it = []
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            it.append(("F2", 14 if b[1] == 2 else 12, b[2], 0, 10, b[1]))
        elif k == "p":
            for i, ln in enumerate(wrap(b[1], 92)):
                it.append(("F1", 10, ln, 0, 4 if i == 0 else 0, 0))
        elif k in ("ul", "ol"):
            for j, x in enumerate(b[1]):
                mark = "\u2022 " if k == "ul" else "%d. " % (j + 1)
                for i, ln in enumerate(wrap(x, 86)):
                    it.append(("F1", 10, (mark if i == 0 else "") + ln, 12 if i == 0 else 22, 0, 0))
        elif k == "table":
            it.append(("F2", 10, "   ".join(b[1]), 0, 6, 0))
            for r in b[2]:
                it.append(("F1", 10, "   ".join(r), 0, 0, 0))
        elif k == "fn":
            for i, ln in enumerate(wrap(b[1], 110)):
                it.append(("F1", 8, ln, 0, 6 if i == 0 else 0, 0))
    return it


def line_h(f, s, gap):
    return s + 4 + gap


def render_pdf(d):
    body = pdf_body_items(d)
    heads = [x for x in body if x[5]]
    toc_title = "Sommaire" if d["lang"] == "fr" else "Contents"
    front = [("F2", 18, d["title"], 0, 0, 0)]
    front += [("F1", 10, ln, 0, 6 if i == 0 else 0, 0) for i, ln in enumerate(d["readership"])]
    front += [("F2", 11, toc_title, 0, 12, 0)]
    n_toc = len(heads)
    TOP, BOTTOM = 770, 70

    def paginate(items):
        pages, cur, y = [], [], TOP
        for x in items:
            h = line_h(x[1], x[1], x[4])
            if y - h < BOTTOM and cur:
                pages.append(cur)
                cur, y = [], TOP
                h = x[1] + 4
            y -= h
            cur.append((x, y))
        pages.append(cur)
        return pages

    def toc_lines(pagemap):
        out = []
        for x in heads:
            label = ("    " if x[5] == 3 else "") + x[2]
            num = str(pagemap.get(x[2], 0))
            dots = "." * max(3, 70 - len(label) - len(num))
            out.append(("F1", 10, "%s %s %s" % (label, dots, num), 0, 0, 0))
        return out

    pagemap = {}
    for _ in range(2):
        items = front + toc_lines(pagemap) + body
        pages = paginate(items)
        newmap = {}
        for pi, pg in enumerate(pages):
            for x, y in pg:
                if x[5] and x[2] not in newmap:
                    newmap[x[2]] = pi + 1
        pagemap = newmap
    N = len(pages)
    streams = []
    for pi, pg in enumerate(pages):
        S = ["BT", "/F1 8 Tf", "1 0 0 1 50 810 Tm", pdf_str(d["running_header"]) + " Tj", "ET"]
        for x, y in pg:
            S += ["BT", "/%s %s Tf" % (x[0], x[1]), "1 0 0 1 %d %d Tm" % (50 + x[3], y), pdf_str(x[2]) + " Tj", "ET"]
        S += ["BT", "/F1 8 Tf", "1 0 0 1 50 35 Tm",
              pdf_str(d["running_footer"].format(n=pi + 1, N=N)) + " Tj", "ET"]
        streams.append("\n".join(S).encode("latin-1"))
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (6 + 2 * i) for i in range(N))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, N)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title %s /Producer (Aubepine export) >>" % pdf_str(d["title"])).encode("latin-1"))
    for i, st in enumerate(streams):
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(st) + st + b"\nendstream")
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(buf.tell())
        buf.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = buf.tell()
    buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        buf.write(b"%010d 00000 n \n" % o)
    buf.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return buf.getvalue()


# ------------------------------------------------------------------ docx
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def x(s):
    return html.escape(s, quote=False)


def wp(text, style=None, bold=False):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(text))


def wtbl(hdr, rows):
    def tr(r, b):
        return "<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%s</w:tc>" % wp(c, bold=b) for c in r) + "</w:tr>"
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
            + "<w:gridCol/>" * len(hdr) + "</w:tblGrid>" + tr(hdr, True) + "".join(tr(r, False) for r in rows) + "</w:tbl>")


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>' % W
          + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>'
          + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>'
          + '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="24"/></w:rPr></w:style>'
          + '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          + '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
          + '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>'
          + '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>'
          + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
          + "</w:styles>")
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      "</Types>")
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>")
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            "</Relationships>")


def render_docx(d):
    P = [wp(d["title"], "Title")]
    P += [wp(c, "Subtitle") for c in d["cover"]]
    P += [wp(r) for r in d["readership"]]
    P.append(wp("Historique des révisions", bold=True))
    P.append(wtbl(*d["revisions"]))
    P.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            P.append(wp(b[2], "Heading1" if b[1] == 2 else "Heading2"))
        elif k == "p":
            P.append(wp(b[1]))
        elif k == "ul":
            P += [wp(it, "ListBullet") for it in b[1]]
        elif k == "ol":
            P += [wp(it, "ListNumber") for it in b[1]]
        elif k == "table":
            P.append(wtbl(b[1], b[2]))
    body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>' % W
            + "".join(P) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Aubépine Autopartage</dc:creator></cp:coreProperties>' % x(d["title"]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOC_RELS),
                           ("word/document.xml", body), ("word/styles.xml", STYLES), ("docProps/core.xml", core)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ------------------------------------------------------------------ questions
def section_path(docname, heading):
    stack = []
    for b in doc(docname)["blocks"]:
        if b[0] == "h":
            stack = [s for s in stack if s[0] < b[1]] + [(b[1], b[2])]
            if b[2] == heading:
                return SEP.join(s[1] for s in stack)
    raise KeyError((docname, heading))


G = "guide-ambassadeur-2027.pdf"; WP = "ambassador-welcome-pack.pdf"; CH = "charte-ambassadeur.docx"
KP = "objectifs-kpi-2027.docx"; FAQ = "faq-ambassadeurs.html"; CG = "community-guidelines.html"
CAL = "calendrier-sollicitations-2027.md"; CAT = "catalogue-recompenses.md"; PB = "playbook-cm-sollicitations.md"
ML = "mail-invitation-atelier-je.txt"; RG = "reglement-parrainage.txt"; CV = "conseils-temoignage-video.txt"
P_, L_, T_ = "paragraph", "list", "table_row"

Q = [
 # guide (pdf, fr)
 (G, "1. Le programme en bref", P_, ["près de 230"], "fr", "on est combien d'ambassadeurs en tout ?", "total count in the short presentation"),
 (G, "1. Le programme en bref", P_, ["Strasbourg, Colmar, Mulhouse et Nancy"], "fr", "le programme existe dans quelles villes ?", "cities named in the presentation"),
 (G, "2. Qui peut devenir ambassadeur ?", L_, ["être abonné depuis au moins 12 mois", "avoir répondu 9 ou 10"], "fr", "faut remplir quelles conditions pour devenir ambassadeur ?", "list introduced by a sentence ending in ':'"),
 (G, "2. Qui peut devenir ambassadeur ?", P_, ["On ne candidate pas : l'équipe invite."], "fr", "est-ce que je peux postuler moi meme pour etre ambassadeur ?", "yes/no, no accents"),
 (G, "3. Les contributions et leurs points", T_, ["Témoignage vidéo", "120 points"], "fr", "combien de pionts pour un témoignage vidéo ?", "typo 'pionts'"),
 (G, "3. Les contributions et leurs points", T_, ["Avis en ligne", "1 par trimestre"], "fr", "et pour les avis en ligne, y a un plafond ou pas ?", "follow-up style, cap column"),
 (G, "2. Qui peut devenir ambassadeur ?", P_, ["n'entre pas seul en ligne de compte"], "fr", "le nombre d'abonnés insta ça compte pour être invité ?", "last paragraph of the section, after the list"),
 (G, "4. Les niveaux", T_, ["Pilote", "15 % de remise sur le renouvellement annuel"], "fr", "c'est quoi les avantages du niveau Pilote ?", "benefit column of the level table"),
 (G, "4.1 Descendre de niveau", P_, ["vous gardez votre niveau jusqu'à la fin du trimestre"], "fr", "si je tombe sous le seuil je perds mon niveau direct ?", "subsection under a table"),
 (G, "3. Les contributions et leurs points", P_, ["Les plafonds évitent que quelques-uns portent tout le programme"], "fr", "pourquoi y a des plafonds sur certaines contributions ?", "footnote printed after a page break and running header"),
 (G, "5. Faire une pause ou quitter le programme", P_, ["jusqu'à six mois, sans perdre vos points"], "en", "Can I take a break from the program without losing my points?", "English over French PDF"),
 (G, "5. Faire une pause ou quitter le programme", P_, ["restent convertibles pendant 90 jours"], "fr", "mes points quand je quitte, je les perds ?", "second paragraph of the section"),
 # welcome pack (pdf, en)
 (WP, "Your first 30 days", L_, ["Say hello in the #bienvenue channel", "Pick one contribution from the list"], "en", "what should i do during my first month as an ambassador", "numbered list"),
 (WP, "Who to contact", T_, ["Accident or breakdown", "24/7 assistance line"], "en", "who do I call if I have an accident with one of the cars?", "contact table"),
 (WP, "Your first 30 days", P_, ["not for collecting points"], "fr", "le premier mois faut faire un max de points ?", "French over English PDF, yes/no"),
 (WP, "What the bot never does", L_, ["your driving licence number", "your Aubépine password or a login code sent by SMS"], "fr", "le bot peut me demander mon numéro de permis ou mes codes ?", "French over English, list after 'never ask you for:'"),
 (WP, "Who to contact", T_, ["Solicitations and points", "Monday to Friday"], "fr", "mon CM il bosse le week-end ?", "French over English table, yes/no"),
 (WP, "Who to contact", T_, ["Personal data", "dpo@aubepine-autopartage.example"], "fr", "pour une question sur mes données perso je contacte qui ?", "French over English table"),
 (CG, "What happens if a rule is broken", P_, ["A moderator first sends a private message"], "en", "what happens the first time someone breaks a rule?", "first sentence of the paragraph"),
 (G, "3. Les contributions et leurs points", L_, ["le type de contribution", "un lien ou une capture, sauf pour l'aide sur le Discord"], "fr", "je dois envoyer quoi au bot pour déclarer une contribution ?", "short list between a paragraph and a table"),
 # charte (docx, fr)
 (CH, "Nos engagements envers vous", L_, ["vous solliciter au plus deux fois par mois", "vous répondre sous deux jours ouvrés"], "fr", "qu'est-ce qu'Aubépine s'engage à faire pour nous ?", "ListBullet after an introducing sentence"),
 (CH, "Authenticité", P_, ["Nous ne vous fournissons jamais de texte à recopier"], "fr", "est ce qu'on me donne un texte tout pret pour mon avis google ?", "Heading2 under Heading1"),
 (CH, "Transparence", P_, ["mentionnez que vous êtes ambassadeur"], "fr", "je dois dire que je suis ambassadeur quand je poste sur insta ?", "yes/no"),
 (CH, "Rythme", P_, ["n'est plus sollicité avant le mois suivant"], "fr", "j'ai déjà répondu à 2 sollicitations ce mois ci, on va m'en envoyer d'autres ?", "rotation rule"),
 (CH, "Données personnelles et intelligence artificielle", T_, ["Messages au bot", "6 mois"], "fr", "vous gardez mes messages au bot combien de temps ?", "retention table"),
 (CH, "Données personnelles et intelligence artificielle", P_, ["écrivant « stop rappels » au bot"], "fr", "comment j'arrete les rappels automatiques du bot", "paragraph after the table"),
 (CH, "Départ du programme", P_, ["retirés sous 30 jours si vous le demandez"], "fr", "si je pars, mes témoignages restent en ligne ?", "yes/no"),
 (CH, "Authenticité", P_, ["y compris ce qui vous a déplu"], "en", "can my online review mention stuff I didn't like?", "English over French DOCX, yes/no"),
 # objectifs KPI (docx, fr, staff)
 (KP, "Objectifs 2027", L_, ["porter à 1 200 le nombre d'abonnés venus par parrainage", "garder au moins 75 % des ambassadeurs actifs"], "fr", "c'est quoi déjà les 3 objectifs prioritaires pour 2027 ?", "CM question, staff document"),
 (KP, "Indicateurs et cibles", T_, ["Délai moyen de réponse à une sollicitation", "3 jours"], "fr", "cible 2027 pour le délai moyen de réponse aux sollicitations ?", "health indicator target"),
 (KP, "Indicateurs abandonnés", P_, ["créait une compétition malsaine entre Pilotes"], "fr", "pourquoi on a laissé tomber le classement public ?", "subsection"),
 (KP, "Raison d'être retenue", P_, ["La formulation a été écrite en atelier"], "fr", "la raison d'être c'est l'IA qui l'a écrite ?", "yes/no, staff"),
 (KP, "Risques identifiés", P_, ["l'essoufflement des vingt ambassadeurs les plus actifs"], "fr", "quel est le risque principal identifié par le comité ?", "staff"),
 (KP, "Indicateurs et cibles", T_, ["NPS des ambassadeurs", "+50"], "en", "What's the ambassador NPS target for next year?", "English over French staff DOCX"),
 (KP, "Risques identifiés", L_, ["plafond de deux sollicitations acceptées par mois", "renouvellement de deux types de contributions au second semestre"], "fr", "qu'est-ce qu'on a décidé pour éviter que les plus actifs s'épuisent ?", "staff, list closing a paragraph"),
 # FAQ (html, fr)
 (FAQ, "Mes points expirent-ils ?", P_, ["expire 24 mois après avoir été gagné"], "fr", "mes points expirent ?", "short question, h3 under h2"),
 (FAQ, "Comment convertir mes points ?", L_, ["tapez /recompenses pour voir le catalogue", "recevez le code dans vos messages privés sous 48 heures"], "fr", "comment on convertit ses points", "ol after a sentence ending in ':'"),
 (FAQ, "Puis-je refuser une sollicitation ?", P_, ["Refuser ne vous fait perdre ni points ni niveau"], "fr", "si je refuse une sollicitation je perds des points ?", "yes/no"),
 (FAQ, "Combien de temps ai-je pour répondre ?", T_, ["Témoignage vidéo", "3 semaines"], "fr", "j'ai combien de temps pour répondre a une demande de témoignage vidéo ?", "table under an h3 with no intro sentence"),
 (FAQ, "Combien de temps ai-je pour répondre ?", T_, ["Événement", "jusqu'à 7 jours avant la date"], "fr", "et pour un événement, j'ai jusqu'à quand pour répondre ?", "follow-up style"),
 (FAQ, "Qui ne peut pas être parrainé ?", L_, ["les personnes déjà abonnées dans les 12 derniers mois", "les salariés d'Aubépine"], "fr", "qui on a pas le droit de parrainer ?", "list"),
 (FAQ, "Quand mes points sont-ils crédités ?", P_, ["écrivez au bot « où sont mes points ? »"], "fr", "rien n'apparait sur mon compte après 10 jours, je fais quoi ?", "paragraph, second sentence"),
 (FAQ, "Combien de temps ai-je pour répondre ?", T_, ["Témoignage écrit", "10 jours"], "en", "How long do I have to reply to a request for a written testimonial?", "English over French HTML"),
 # community guidelines (html, en)
 (CG, "Channels", T_, ["#entraide", "helping other members with bookings and the app"], "en", "which channel is for helping people with the app?", "channel table"),
 (CG, "House rules", L_, ["be kind, including when you disagree", "post in English or French, whichever you prefer"], "en", "what are the house rules on the discord", "ul after a sentence ending in ':'"),
 (CG, "What happens if a rule is broken", P_, ["access to the server is suspended for 30 days"], "fr", "si quelqu'un enfreint les règles 2 fois il se passe quoi ?", "French over English HTML"),
 (CG, "Channels", T_, ["#idees", "improvement ideas, voted on every month"], "fr", "à quoi sert le salon #idees ?", "French over English table"),
 (CG, "What happens if a rule is broken", P_, ["the ambassador's subscription is never affected"], "en", "if i get banned from the discord is my car sharing subscription cancelled?", "yes/no"),
 (CG, "Helping other members", P_, ["marked with the ✅ reaction by the person you helped"], "en", "how do i actually get the points for helping someone in #entraide?", "condition for the help points"),
 (CG, "Helping other members", L_, ["starts from the member's actual question", "says so when you are not sure, and tags the team"], "fr", "c'est quoi une bonne réponse dans #entraide ?", "French over English list"),
 # calendrier (md notion, fr)
 (CAL, "🗓️ Premier semestre", T_, ["Mars", "stand au salon Vivre Autrement à Strasbourg"], "fr", "c quand le salon vivre autrement ?", "key cell is the period asked"),
 (CAL, "🗓️ Premier semestre", T_, ["Février", "6, niveau Pilote ou plus"], "fr", "vous cherchez combien de gens pour les vidéos de la campagne Metz ?", "third column"),
 (CAL, "☀️ Second semestre", T_, ["Octobre", "témoignages écrits pour le rapport coopératif"], "fr", "y a quoi au programme en octobre ?", "emoji heading"),
 (CAL, "☀️ Second semestre", P_, ["Nous laissons l'été libre"], "fr", "pourquoi y a rien en juillet aout ?", "text inside a Notion toggle"),
 (CAL, "✋ Comment se porter volontaire", L_, ["en priorité, ceux qui n'ont pas été sollicités depuis le plus longtemps", "puis l'ordre d'arrivée des réponses"], "fr", "comment le bot choisit qui est retenu quand y a trop de volontaires ?", "list after 'Le bot retient :'"),
 (CAL, "✋ Comment se porter volontaire", P_, ["ne retire pas de points"], "fr", "si j'annule la veille je perds des points ?", "text inside a callout"),
 (CAL, "☀️ Second semestre", T_, ["Septembre", "15, Vosges et alentours"], "en", "When is the Épinal launch and how many ambassadors do you need?", "English over French Markdown"),
 # catalogue (md confluence, fr)
 (CAT, "Récompenses de mobilité", T_, ["1 heure de conduite", "60 points"], "fr", "une heure de conduite ça coute combien de points ?", "reward table"),
 (CAT, "Récompenses locales et solidaires", T_, ["Don à l'association Vélo-Cité Grand Est", "Aubépine verse 10 €"], "fr", "je peux faire un don à une asso avec mes points ?", "yes/no, remarks column"),
 (CAT, "Règles de conversion", L_, ["une conversion est définitive", "ni échangeables contre de l'argent ni cessibles"], "fr", "c quoi les règles pour convertir ?", "list after a sentence ending in ':'"),
 (CAT, "Et si une récompense est en rupture ?", P_, ["recrédités automatiquement dans les 48 heures"], "fr", "la récompense que je voulais est en rupture, je récupère mes points ?", "h3 question heading"),
 (CAT, "Récompenses de mobilité", T_, ["Mois d'abonnement Quotidien", "450 points"], "en", "How many points do I need for a free month of the Quotidien plan?", "English over French Markdown"),
 # playbook (md confluence, fr, staff)
 (PB, "Préparer une sollicitation", L_, ["vérifier qu'elle figure au calendrier partagé", "demander au bot la liste des ambassadeurs disponibles"], "fr", "c'est quoi les étapes pour préparer une sollicitation ?", "CM, ordered list"),
 (PB, "Surveiller la charge", T_, ["Refus consécutifs", "appel de courtoisie, sans relance écrite"], "fr", "un ambassadeur a refusé 3 fois de suite, je fais quoi ?", "CM, alert table"),
 (PB, "Quand passer la main à un humain", L_, ["un ambassadeur exprime de la colère ou de la détresse", "une demande de départ du programme"], "fr", "qd est ce que le bot passe la main au CM d'astreinte ?", "handoff list"),
 (PB, "Quand passer la main à un humain", P_, ["un appel du CM référent dans la semaine"], "fr", "un ambassadeur veut partir, on gère comment ?", "text inside a warning panel"),
 (PB, "Valider une contribution", P_, ["ne se valide jamais sur son contenu, seulement sur son existence"], "fr", "on valide un avis google sur son contenu ?", "yes/no, staff"),
 (PB, "Surveiller la charge", T_, ["Aucune contribution", "message personnel du CM référent"], "fr", "pas de contribution depuis 3 mois, on fait quoi ?", "alert table"),
 (PB, "Valider une contribution", P_, ["Une contribution se valide dans les 5 jours ouvrés"], "en", "within how many days should we validate a contribution?", "English over French staff Markdown"),
 (PB, "Valider une contribution", L_, ["que la contribution correspond à une sollicitation ou figure au barème", "que l'ambassadeur a donné son accord écrit"], "fr", "je dois vérifier quoi avant de valider une contrib ?", "staff, checklist"),
 # mail (txt, fr)
 (ML, "Date et lieu", P_, ["Maison des coopératives, 12 rue du Jeu-des-Enfants à Strasbourg"], "fr", "l'atelier JE c'est où ?", "plain-text heading in a mail"),
 (ML, "Date et lieu", P_, ["mardi 24 novembre à 18 h 30"], "fr", "y a une version en visio de l'atelier ?", "yes/no"),
 (ML, "Déroulé de la matinée", L_, ["9 h 30 : café et rappel de la raison d'être du programme", "12 h 00 : ce que nous changeons pour 2027"], "fr", "c'est quoi le programme de la matinée ?", "numbered list in plain text"),
 (ML, "Ce que deviennent vos réponses", P_, ["vous est envoyée avant toute décision"], "fr", "on verra la synthèse avant que vous décidiez quoi que ce soit ?", "yes/no"),
 (ML, "Inscription", P_, ["avant le 14 novembre"], "fr", "jusqu'à quand pour s'inscrire à l'atelier ?", "date"),
 (ML, "Inscription", L_, ["la session choisie (Strasbourg ou visio)", "vos éventuelles contraintes d'accessibilité ou d'alimentation"], "fr", "je dois mettre quoi dans ma réponse pour m'inscrire à l'atelier ?", "list before the mail signature"),
 # reglement (txt numbered, fr)
 (RG, "2. Conditions de validité", L_, ["le filleul a saisi le code de l'ambassadeur", "payé un premier trajet dans les 60 jours"], "fr", "un parrainage est validé à quelles conditions ?", "list after a sentence ending in ':'"),
 (RG, "2.1 Parrainage professionnel", P_, ["rapporte 300 points si un contrat est signé dans les six mois"], "fr", "je peux parrainer ma boite ?", "numbered subsection"),
 (RG, "3. Récompenses", T_, ["Filleul entreprise", "frais de mise en service offerts"], "fr", "une entreprise parrainée elle a droit à quoi ?", "plain-text table"),
 (RG, "4. Limites", P_, ["Il n'y a pas de plafond au nombre de parrainages"], "fr", "y a un max de parrainages ?", "yes/no"),
 (RG, "4. Limites", P_, ["aux abords des stations ou par message non sollicité est interdit"], "fr", "je peux distribuer des flyers devant les stations ?", "yes/no, answer is no"),
 (RG, "5. Réclamations", P_, ["dans les 90 jours suivant l'inscription du filleul"], "fr", "mon filleul a oublié mon code, je peux réclamer jusqu'à quand ?", "deadline"),
 (RG, "2.1 Parrainage professionnel", P_, ["présenter son employeur pour une formule Entreprise"], "en", "Can I refer my employer to Aubépine?", "English over French plain text"),
 (RG, "5. Réclamations", L_, ["le prénom et l'adresse e-mail du filleul", "le code ambassadeur qui aurait dû être saisi"], "fr", "pour une réclamation parrainage faut donner quelles infos ?", "last list of the document"),
 # conseils video (txt underlined, fr)
 (CV, "Avant le tournage", L_, ["une tenue sans logo de marque visible", "20 minutes devant vous"], "fr", "je dois prévoir quoi pour le tournage ?", "list after its introducing sentence"),
 (CV, "Avant le tournage", P_, ["Vous n'avez rien à apprendre par cœur"], "fr", "faut apprendre un texte par coeur pour la vidéo ?", "yes/no, 'coeur' without ligature"),
 (CV, "Les questions qu'on vous posera", L_, ["Pourquoi avez-vous choisi l'autopartage ?", "Que diriez-vous à quelqu'un qui hésite ?"], "fr", "quelles questions on va me poser pendant la vidéo ?", "ol under a plain level-3 heading"),
 (CV, "Si vous êtes filmé par un proche", P_, ["signent l'autorisation de droit à l'image"], "fr", "ma fille peut me filmer ?", "short yes/no"),
 (CV, "Après le tournage", P_, ["Vous recevez le montage final sous trois semaines"], "fr", "je reçois le montage quand ?", "underlined heading"),
 (KP, "Indicateurs abandonnés", P_, ["ne se mesure pas proprement"], "fr", "on suit toujours le nb d'abonnés insta des ambassadeurs ?", "staff, first half of the paragraph"),
]

U = [
 ("fr", "combien de points pour un article de blog sur aubépine ?", "no blog-post contribution in any table"),
 ("fr", "la soirée ambassadeurs 2027 c'est quelle date ?", "soirées ambassadeurs are a Pilote benefit; no date anywhere"),
 ("fr", "je peux utiliser mes points pour payer une amende de stationnement ?", "fines are not covered by the catalogue or the FAQ"),
 ("fr", "est-ce qu'on est assuré pendant les événements ambassadeurs ?", "no insurance cover for events is mentioned"),
 ("fr", "combien coûte l'abonnement Quotidien par mois ?", "formula named, price never given"),
 ("en", "What's the address of the Nancy open day?", "June open day listed without address"),
 ("fr", "qui est le CM référent pour Mulhouse ?", "no CM assigned per city"),
 ("fr", "on a droit à un t-shirt ou des goodies ambassadeur ?", "no goodies among benefits or rewards"),
 ("en", "How many ambassadors are there in Colmar?", "only the overall count (about 230) is given"),
 ("fr", "le comité des usagers se réunit combien de fois par an ?", "committee seat mentioned, meeting frequency absent"),
 ("fr", "quel budget est prévu pour le programme en 2027 ?", "staff KPI document has targets but no budget"),
 ("fr", "y a un parking vélo à la Maison des coopératives ?", "venue address only"),
 ("fr", "combien de vidéos ont été tournées en 2026 ?", "no video count in the 2026 figures"),
 ("en", "What time does the Vivre Autrement fair open?", "fair listed for March, no hours"),
 ("fr", "la newsletter Le Rétroviseur sort tous les combien ?", "newsletter named, frequency absent"),
 ("fr", "quel est le taux de conversion des parrainages en 2026 ?", "KPI table gives completed referrals, not a conversion rate"),
 ("en", "What's the name of the data protection officer?", "only the DPO e-mail address is given"),
 ("en", "what's the deadline to sign up for the co-creation workshop in May?", "workshop 'sur inscription', no deadline"),
 ("fr", "le montage des vidéos est fait par une agence ?", "who edits the video is not stated"),
 ("fr", "y a-t-il une appli mobile réservée aux ambassadeurs ?", "only a beta of the car-sharing app is mentioned; no ambassador app"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in DOCS:
        ext = d["file"].rsplit(".", 1)[1]
        data = {"txt": render_txt, "md": render_md, "html": render_html, "pdf": render_pdf, "docx": render_docx}[ext](d)
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(OUT, d["file"]), mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as fh:
            fh.write(data)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (dn, sec, unit, gold, lang, q, note) in enumerate(Q):
            fh.write(json.dumps({"id": "%s-%03d" % (SET, i + 1), "question": q, "gold_doc": dn,
                                 "gold_section": section_path(dn, sec), "unit": unit, "gold": gold,
                                 "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (lang, q, note) in enumerate(U):
            fh.write(json.dumps({"id": "%s-u%02d" % (SET, i + 1), "question": q, "lang": lang, "note": note},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
