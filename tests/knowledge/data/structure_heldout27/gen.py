# -*- coding: utf-8 -*-
"""Build docs/, questions.jsonl and unanswerable.jsonl deterministically (stdlib only)."""
import html, json, os, zipfile
from docs_src import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")

# ---------------------------------------------------------------- headings
def shown_headings(doc):
    """[(block index, level, raw, shown)] as the heading is written in the file."""
    out, n1, n2 = [], 0, 0
    numbered = doc.get("style") == "numbered"
    for i, b in enumerate(doc["blocks"]):
        if b[0] == "h1":
            n1 += 1; n2 = 0
            out.append((i, 1, b[1], f"{n1}. {b[1]}" if numbered else b[1]))
        elif b[0] == "h2":
            n2 += 1
            out.append((i, 2, b[1], f"{n1}.{n2} {b[1]}" if numbered else b[1]))
    return out

def locate(doc, path):
    """path: tuple of raw headings -> (shown section string, blocks of that section)."""
    hs = shown_headings(doc)
    blocks = doc["blocks"]
    start, shown, cur_h1 = None, [], None
    for k, (i, lvl, raw, sh) in enumerate(hs):
        if lvl == 1:
            cur_h1 = (raw, sh)
        if len(path) == 1 and lvl == 1 and raw == path[0]:
            start, shown, level = i, [sh], 1
            break
        if len(path) == 2 and lvl == 2 and cur_h1 and cur_h1[0] == path[0] and raw == path[1]:
            start, shown, level = i, [cur_h1[1], sh], 2
            break
    if start is None:
        raise KeyError(path)
    end = len(blocks)
    for (i, lvl, raw, sh) in hs:
        if i > start and lvl <= level:
            end = i; break
    return " › ".join(shown), blocks[start + 1:end]

def block_text(b):
    if b[0] in ("h1", "h2", "p"):
        return b[1]
    if b[0] == "ul":
        return b[1] + "\n" + "\n".join(b[2])
    if b[0] == "table":
        return "\n".join(" | ".join(r) for r in [b[1]] + b[2])
    return ""

# ---------------------------------------------------------------- renderers
def r_md(doc):
    L = [f"# {doc['title']}", ""]
    for b in doc["blocks"]:
        if b[0] == "h1": L += [f"## {b[1]}", ""]
        elif b[0] == "h2": L += [f"### {b[1]}", ""]
        elif b[0] == "p": L += [b[1], ""]
        elif b[0] == "ul": L += [b[1], ""] + [f"- {it}" for it in b[2]] + [""]
        elif b[0] == "table":
            L.append("| " + " | ".join(b[1]) + " |")
            L.append("|" + "|".join("---" for _ in b[1]) + "|")
            for r in b[2]:
                L.append("| " + " | ".join(r) + " |")
            L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")

def txt_table(headers, rows):
    w = [max(len(x[c]) for x in [headers] + rows) for c in range(len(headers))]
    fmt = lambda r: " | ".join(r[c].ljust(w[c]) for c in range(len(r))).rstrip()
    return [fmt(headers), "-+-".join("-" * x for x in w)] + [fmt(r) for r in rows]

def r_txt(doc):
    numbered = doc.get("style") == "numbered"
    shown = {i: (lvl, sh) for i, lvl, raw, sh in shown_headings(doc)}
    t = doc["title"]
    L = [t, "=" * len(t), ""]
    for i, b in enumerate(doc["blocks"]):
        if b[0] in ("h1", "h2"):
            lvl, sh = shown[i]
            if numbered:
                L += ["", sh, ""] if lvl == 1 else [sh, ""]
            elif lvl == 1:
                L += ["", sh, "-" * len(sh), ""]
            else:
                L += [sh]  # short line without closing punctuation, paragraph right below
        elif b[0] == "p": L += [b[1], ""]
        elif b[0] == "ul": L += [b[1]] + [f"- {it}" for it in b[2]] + [""]
        elif b[0] == "table": L += txt_table(b[1], b[2]) + [""]
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")

def r_html(doc):
    e = html.escape
    L = ["<!DOCTYPE html>", '<html lang="%s">' % doc["lang"], "<head>", '<meta charset="utf-8">',
         f"<title>{e(doc['title'])}</title>", "</head>", "<body>", f"<h1>{e(doc['title'])}</h1>"]
    for b in doc["blocks"]:
        if b[0] == "h1": L.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "h2": L.append(f"<h3>{e(b[1])}</h3>")
        elif b[0] == "p": L.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "ul":
            L.append(f"<p>{e(b[1])}</p>")
            L.append("<ul>" + "".join(f"<li>{e(it)}</li>" for it in b[2]) + "</ul>")
        elif b[0] == "table":
            L.append("<table>")
            L.append("<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr></thead>")
            L.append("<tbody>")
            for r in b[2]:
                L.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            L.append("</tbody></table>")
    L += ["</body>", "</html>"]
    return ("\n".join(L) + "\n").encode("utf-8")

# DOCX -------------------------------------------------------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def _x(s): return html.escape(s, quote=False)
def _para(text, style=None, bullet=False):
    ppr = ""
    if style or bullet:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if bullet else "") + "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p>'

def _tbl(headers, rows):
    def cell(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body = f'<w:r>{rpr}<w:t xml:space="preserve">{_x(t)}</w:t></w:r>' if t else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{body}</w:p></w:tc>'
    x = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    x += "<w:tblGrid>" + "".join('<w:gridCol w:w="2400"/>' for _ in headers) + "</w:tblGrid>"
    x += '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(cell(h, True) for h in headers) + "</w:tr>"
    for r in rows:
        x += "<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>"
    return x + "</w:tbl>"

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''
NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'''

def r_docx(doc, path):
    body = [_para(doc["title"], "Title")]
    for b in doc["blocks"]:
        if b[0] == "h1": body.append(_para(b[1], "Heading1"))
        elif b[0] == "h2": body.append(_para(b[1], "Heading2"))
        elif b[0] == "p": body.append(_para(b[1]))
        elif b[0] == "ul":
            body.append(_para(b[1]))
            body += [_para(it, "ListBullet", True) for it in b[2]]
        elif b[0] == "table":
            body.append(_tbl(b[1], b[2])); body.append(_para(""))
    docxml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + \
        "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Campings Aiguemarine</dc:creator>'
            '<dc:language>%s</dc:language></cp:coreProperties>') % (_x(doc["title"]), doc["lang"])
    parts = [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOCRELS),
             ("word/document.xml", docxml), ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING),
             ("docProps/core.xml", core)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))

# PDF --------------------------------------------------------------
def _pdfstr(s):
    b = s.encode("cp1252")
    return "(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1") + ")"

def _wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w_ in words:
        if cur and len(cur) + 1 + len(w_) > width:
            lines.append(cur); cur = w_
        else:
            cur = (cur + " " + w_) if cur else w_
    if cur: lines.append(cur)
    return lines

def pdf_lines(doc):
    """[(font, size, x, y_gap, [(dx, text)])]: each entry is one printed line."""
    out = [("F2", 18, 50, 30, [(0, doc["title"])])]
    for b in doc["blocks"]:
        if b[0] == "h1": out.append(("F2", 14, 50, 26, [(0, b[1])]))
        elif b[0] == "h2": out.append(("F2", 12, 50, 20, [(0, b[1])]))
        elif b[0] == "p":
            for k, ln in enumerate(_wrap(b[1], 100)):
                out.append(("F1", 10, 50, 16 if k == 0 else 13, [(0, ln)]))
        elif b[0] == "ul":
            for k, ln in enumerate(_wrap(b[1], 100)):
                out.append(("F1", 10, 50, 16 if k == 0 else 13, [(0, ln)]))
            for it in b[2]:
                out.append(("F1", 10, 62, 13, [(0, "\x95 " + it)]))
        elif b[0] == "table":
            rows = [b[1]] + b[2]
            widths = [max(len(r[c]) for r in rows) * 4.6 + 14 for c in range(len(b[1]))]
            xs = [sum(widths[:c]) for c in range(len(widths))]
            for k, r in enumerate(rows):
                cells = [(xs[c], r[c]) for c in range(len(r)) if r[c]]
                out.append(("F2" if k == 0 else "F1", 9, 50, 18 if k == 0 else 13, cells))
    return out

def r_pdf(doc, path):
    pages, cur, y = [], [], 800
    for font, size, x, gap, cells in pdf_lines(doc):
        if y - gap < 50:
            pages.append(cur); cur, y = [], 800
        y -= gap
        for dx, t in cells:
            t = t.replace("\x95", "•")
            cur.append(f"BT /{font} {size} Tf 1 0 0 1 {x + dx:.1f} {y} Tm {_pdfstr(t)} Tj ET")
    pages.append(cur)
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    t16 = "<FEFF" + doc["title"].encode("utf-16-be").hex().upper() + ">"
    objs[5] = f"<< /Title {t16} /Author (Campings Aiguemarine) /Producer (handmade) >>"
    kids, n = [], 6
    for p in pages:
        stream = "\n".join(p).encode("latin-1")
        objs[n] = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"\nendstream"
        objs[n + 1] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {n} 0 R "
                       f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>")
        kids.append(f"{n + 1} 0 R"); n += 2
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(data)
        body = objs[k] if isinstance(objs[k], bytes) else objs[k].encode("latin-1")
        data += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (n)
    for k in range(1, n):
        data += b"%010d 00000 n \n" % offs[k]
    data += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    with open(path, "wb") as f:
        f.write(bytes(data))

def build_docs():
    os.makedirs(OUT, exist_ok=True)
    for name, doc in DOCS.items():
        p = os.path.join(OUT, name)
        if doc["fmt"] == "md": open(p, "wb").write(r_md(doc))
        elif doc["fmt"] == "txt": open(p, "wb").write(r_txt(doc))
        elif doc["fmt"] == "html": open(p, "wb").write(r_html(doc))
        elif doc["fmt"] == "docx": r_docx(doc, p)
        elif doc["fmt"] == "pdf": r_pdf(doc, p)

# ---------------------------------------------------------------- questions
# (question, lang, gold_doc, raw heading path, unit, gold snippets, note)
G, B, P, T, C = "guide-niveaux.md", "bareme-points-saisons.txt", "parrainage-par-pays.html", "tests-hebergements.pdf", "calendrier-sollicitations-2027.pdf"
BO, CH, A, E, K = "boutique-recompenses.docx", "charte-contenus.docx", "accueil-sur-place.txt", "events-guide-en.md", "welcome-kits-en.html"
PR, GV = "procedure-cm-sollicitations.md", "grille-validation-contributions.txt"
A_GOE, A_VEN, A_ARD = "Les Goélands — Finistère (France)", "La Grande Conche — Vendée (France)", "Les Gorges — Ardèche (France)"
A_ESP, A_ITA, A_CRO = "Cala Fosca — Costa Brava (Espagne)", "Riva Serena — Lac de Garde (Italie)", "Pineta — Istrie (Croatie)"
AV, HS, AR = "Avant-saison (avril à juin)", "Haute saison (juillet et août)", "Arrière-saison (septembre à mi-octobre)"
FR_, ES_, IT_, HR_ = "France (Bretagne, Vendée, Ardèche)", "Espagne (Costa Brava)", "Italie (Lac de Garde)", "Croatie (Istrie)"
FIL, PAR, CON = "Ce que reçoit le filleul", "Ce que reçoit le parrain", "Conditions"
QUESTIONS = [
    # guide-niveaux.md : four levels with the same three sub-sections
    ("c'est quoi les avantages quand on est Dune ?", "fr", G, ("Niveau Dune", "Avantages"), "list",
     ["la newsletter des Habitués, un mois avant tout le monde", "un apéritif des habitués par séjour"], "level Dune; four look-alike Avantages lists"),
    ("les Falaise ils ont quoi de plus que les autres", "fr", G, ("Niveau Falaise", "Avantages"), "list",
     ["15 % de remise sur l'hébergement, toutes saisons confondues", "la priorité sur les nouvelles locations avant leur ouverture à la réservation"], "level named in the plural; intro sentence refers to Dune"),
    ("What perks do Cap members get?", "en", G, ("Niveau Cap", "Avantages"), "list",
     ["20 % de remise sur l'hébergement, toutes saisons confondues", "un séjour de trois nuits offert en arrière-saison chaque année"], "EN over FR; level Cap"),
    ("en galet j'ai droit à une remise ou pas ?", "fr", G, ("Niveau Galet", "Avantages"), "list",
     ["la newsletter des Habitués, un mois avant tout le monde", "un café offert à l'arrivée au bar du camping"], "one item asked, whole list is the unit; Dune list has a similar remise item"),
    ("pour devenir Cap il faut quoi exactement", "fr", G, ("Niveau Cap", "Conditions d'accès"), "paragraph",
     ["1 200 points sur douze mois glissants et quatre parrainages aboutis"], "four look-alike Conditions d'accès paragraphs"),
    ("combien de pts pour passer dune ?", "fr", G, ("Niveau Dune", "Conditions d'accès"), "paragraph",
     ["Il faut 150 points sur douze mois glissants"], "abbreviation pts"),
    ("en tant que galet je suis obligé de poster des trucs ?", "fr", G, ("Niveau Galet", "Ce qu'on attend de vous"), "paragraph",
     ["Rien d'obligatoire."], "level Galet"),
    ("on me demande combien de contributions par saison au niveau dune", "fr", G, ("Niveau Dune", "Ce qu'on attend de vous"), "paragraph",
     ["Deux contributions par saison d'ouverture"], "Falaise paragraph says Trois contributions par saison"),
    ("est ce que je peux arrêter le programme quand je veux", "fr", G, ("Perdre ou quitter son niveau",), "paragraph",
     ["Vous pouvez quitter le programme à tout moment"], "synonym arrêter/quitter"),
    ("on est combien de Cap en tout dans la communauté ?", "fr", G, ("Comment on monte de niveau",), "table_row",
     ["Cap", "48"], "table row; Cap evolution cell empty"),
    ("How many Habitués are at the Falaise level right now?", "en", G, ("Comment on monte de niveau",), "table_row",
     ["Falaise", "190"], "EN over FR; table row"),
    # bareme-points-saisons.txt : same table per season
    ("un avis google en plein été ça rapporte combien de points", "fr", B, (HS, "Barème"), "table_row",
     ["Avis en ligne", "15"], "l'été = haute saison; three look-alike tables"),
    ("témoignage vidéo en septembre, combien de pts ?", "fr", B, (AR, "Barème"), "table_row",
     ["Témoignage vidéo", "90"], "septembre = arrière-saison"),
    ("un parrainage en avril ça vaut combien ?", "fr", B, (AV, "Barème"), "table_row",
     ["Parrainage abouti", "100"], "avril = avant-saison; haute saison has the same value, arrière-saison 120; referral page also gives 100 points in France, the season points to the scale"),
    ("How many points for a written testimonial in the autumn off-season?", "en", B, (AR, "Barème"), "table_row",
     ["Témoignage écrit", "40"], "EN over FR; autumn = arrière-saison"),
    ("photos sur vos réseaux en juillet, y a un max par mois ?", "fr", B, (HS, "Barème"), "table_row",
     ["Photo publiée sur nos réseaux", "3"], "cap differs by season (5 / 3 / 5)"),
    ("y a un bonus si je reste une semaine en juin ?", "fr", B, (AV, "Bonus"), "paragraph",
     ["30 points de bonus"], "juin = avant-saison; three Bonus paragraphs"),
    ("bonus séjour en arrière saison en Espagne c'est pareil qu'en France ?", "fr", B, (AR, "Bonus"), "paragraph",
     ["il passe à 70 points dans nos campings étrangers"], "country inside a season paragraph"),
    ("au bout de combien de temps j'ai mes pionts", "fr", B, ("Quand les points sont crédités",), "paragraph",
     ["en général sous dix jours"], "typo pionts"),
    # parrainage-par-pays.html : same three sub-sections per country
    ("mon pote veut réserver en Espagne avec mon code, il a combien de réduc ?", "fr", P, (ES_, FIL), "paragraph",
     ["10 % de remise sur son premier séjour d'au moins cinq nuits"], "country ES; Italy paragraph nearly identical"),
    ("si je parraine qqn au lac de garde je gagne quoi", "fr", P, (IT_, PAR), "paragraph",
     ["120 points et un bon de 40 €"], "Lac de Garde = Italie"),
    ("parrainage en croatie, ça marche pour un séjour en juillet ?", "fr", P, (HR_, CON), "list",
     ["le filleul n'a jamais séjourné chez Aiguemarine", "le séjour a lieu entre avril et juin ou entre septembre et mi-octobre"], "country HR"),
    ("les conditions du parrainage FR svp", "fr", P, (FR_, CON), "list",
     ["le filleul n'a jamais séjourné chez Aiguemarine", "le filleul ne fait pas partie de votre foyer"], "abbreviation FR; four look-alike lists"),
    ("parrain ES : le bon de 40 je peux l'utiliser où ?", "fr", P, (ES_, PAR), "paragraph",
     ["à utiliser au camping Cala Fosca uniquement"], "abbreviation ES; Italy bon valid everywhere"),
    ("What discount does my friend get if they book in Croatia with my code?", "en", P, (HR_, FIL), "paragraph",
     ["12 % de remise sur son premier séjour"], "EN over FR; country"),
    ("mon filleul en bretagne, il a sa remise s'il vient le 10 août ?", "fr", P, (FR_, FIL), "paragraph",
     ["hors 14 juillet–15 août"], "Bretagne = France"),
    ("Italie : la taxe de séjour du filleul c'est qui qui paye", "fr", P, (IT_, CON), "list",
     ["le filleul n'a jamais séjourné chez Aiguemarine", "la taxe de séjour locale reste à la charge du filleul"], "country IT"),
    ("en Espagne le filleul peut passer par une agence ?", "fr", P, (ES_, CON), "list",
     ["le filleul n'a jamais séjourné chez Aiguemarine", "la réservation passe par notre site, pas par une agence"], "item only in the Spain list"),
    # tests-hebergements.pdf : same sub-sections per product line
    ("je suis galet, je peux tester un mobil-home ?", "fr", T, ("Mobil-home Confort", "Qui peut postuler"), "paragraph",
     ["À partir du niveau Dune."], "product line mobil-home"),
    ("le test des lodges c'est combien de nuits ?", "fr", T, ("Lodge Safari", "Durée et période"), "paragraph",
     ["Trois nuits, en arrière-saison uniquement."], "Mobil-home also three nights, other seasons"),
    ("qu'est-ce qu'on doit rendre après avoir testé la cabane dans les arbres", "fr", T, ("Cabane perchée (nouveauté 2027)", "Ce qu'on vous demande"), "list",
     ["le questionnaire en ligne sous trois jours", "un entretien de 30 minutes avec l'équipe produit"], "cabane dans les arbres = cabane perchée"),
    ("test emplacement nu : on s'engage à quoi ?", "fr", T, ("Emplacement Nature", "Ce qu'on vous demande"), "list",
     ["le questionnaire en ligne sous sept jours", "un avis public si vous le souhaitez"], "emplacement nu = Emplacement Nature; Mobil-home list shares 2 of 3 items"),
    ("tester un mobilhome c'est à quelle période de l'année", "fr", T, ("Mobil-home Confort", "Durée et période"), "paragraph",
     ["Trois nuits, en avant-saison ou en arrière-saison."], "typo mobilhome"),
    ("les falaise peuvent tester la cabane perchée ?", "fr", T, ("Cabane perchée (nouveauté 2027)", "Qui peut postuler"), "paragraph",
     ["Niveau Cap uniquement, puis Falaise si des places restent."], "level and product line"),
    ("Which campsites take part in the mobile home tests?", "en", T, ("Places disponibles en 2027",), "table_row",
     ["Mobil-home Confort", "Les Goélands, La Grande Conche, Cala Fosca"], "EN over FR PDF; table row"),
    # calendrier-sollicitations-2027.pdf : same table + À savoir per season
    ("vous allez nous demander quoi en juin ?", "fr", C, ("Avant-saison", "Les demandes prévues"), "table_row",
     ["Relecture des nouvelles fiches hébergement", "Juin"], "month to season"),
    ("le questionnaire de fin de saison j'ai combien de jours pour répondre", "fr", C, ("Arrière-saison", "Les demandes prévues"), "table_row",
     ["Questionnaire de fin de saison", "21"], "table row"),
    ("la Rencontre des Habitués c'est quel week-end exactement ?", "fr", C, ("Arrière-saison", "À savoir"), "paragraph",
     ["le premier week-end d'octobre"], "three look-alike À savoir paragraphs"),
    ("l'été vous nous sollicitez combien de fois ?", "fr", C, ("Haute saison", "À savoir"), "paragraph",
     ["nous limitons les demandes à une par mois"], "l'été = haute saison; Nos engagements says deux fois par mois; the staff procedure states the same cap for CMs"),
    ("accueil des nouveaux arrivants en juillet, j'ai combien de temps pour dire oui", "fr", C, ("Haute saison", "Les demandes prévues"), "table_row",
     ["Accueil des nouveaux arrivants au camping", "3"], "table row"),
    ("au printemps vous voulez aussi des photos quand il pleut ?", "fr", C, ("Avant-saison", "À savoir"), "paragraph",
     ["les photos prises sous la pluie nous intéressent aussi"], "printemps = avant-saison"),
    ("si je refuse une demande, je perds des points ?", "fr", C, ("Nos engagements",), "paragraph",
     ["sans perdre de points"], "paragraph"),
    ("How long do I have to send the opening photos in April?", "en", C, ("Avant-saison", "Les demandes prévues"), "table_row",
     ["Photos des campings à l'ouverture", "10"], "EN over FR PDF"),
    ("avis en ligne en septembre : délai pour répondre ?", "fr", C, ("Arrière-saison", "Les demandes prévues"), "table_row",
     ["Avis en ligne après séjour", "10"], "same row in Haute saison with an empty delay cell"),
    # boutique-recompenses.docx : same table France / étranger, two collections
    ("un bon de 50 balles pour l'Espagne ça coûte combien de points ?", "fr", BO, ("Bons de séjour", "Pour les campings à l'étranger"), "table_row",
     ["Bon de 50 €", "500"], "Espagne = étranger; France table 450"),
    ("bon de 50€ pour un camping en France, combien de pts", "fr", BO, ("Bons de séjour", "Pour les campings en France"), "table_row",
     ["Bon de 50 €", "450"], "look-alike row in the foreign table"),
    ("la nuit offerte en emplacement en france, elle est valable combien de temps", "fr", BO, ("Bons de séjour", "Pour les campings en France"), "table_row",
     ["Nuit offerte en emplacement", "6"], "foreign table has an empty validity cell"),
    ("qu'est-ce qu'il y a dans la collec d'hiver", "fr", BO, ("Goodies", "Collection hiver"), "list",
     ["plaid en laine recyclée (250 points)", "lot de deux tasses émaillées (100 points)"], "two lists sharing two items"),
    ("la casquette elle coûte combien de points ?", "fr", BO, ("Goodies", "Collection été"), "list",
     ["serviette de plage brodée (150 points)", "lot de deux tasses émaillées (100 points)"], "casquette only in the summer list; bonnet in winter at the same price"),
    ("dîner avec le directeur du camping, faut être quel niveau ?", "fr", BO, ("Expériences",), "table_row",
     ["Dîner avec le directeur du camping", "Dune"], "table row"),
    ("on peut se faire rembourser une récompense ?", "fr", BO, ("Convertir ses points",), "paragraph",
     ["n'est pas remboursable en points"], "paragraph"),
    ("How many points is the guided kayak outing?", "en", BO, ("Expériences",), "table_row",
     ["Sortie kayak encadrée", "250"], "EN over FR DOCX; level cell empty"),
    # charte-contenus.docx : same three sub-sections per platform
    ("sur tiktok je dois mettre quelle mention", "fr", CH, ("TikTok", "Mention obligatoire"), "paragraph",
     ["« Ambassadeur Aiguemarine »"], "three look-alike Mention obligatoire paragraphs"),
    ("c quoi le hashtag pour insta", "fr", CH, ("Instagram", "Mention obligatoire"), "paragraph",
     ["#HabituéAiguemarine"], "insta = Instagram"),
    ("qu'est-ce que vous voulez pas voir sur tiktok ?", "fr", CH, ("TikTok", "Ce qu'on évite"), "list",
     ["les visages d'autres campeurs sans leur accord", "la musique sous droits sur nos propres vidéos repartagées"], "Instagram list shares two items"),
    ("dans un avis google je peux citer le prénom du réceptionniste ?", "fr", CH, ("Avis Google et Tripadvisor", "Ce qu'on évite"), "list",
     ["les noms du personnel", "les avis sur un séjour de plus de six mois"], "platform"),
    ("sur insta vous aimez quel genre de photos", "fr", CH, ("Instagram", "Ce qui est bienvenu"), "list",
     ["les photos de votre emplacement ou de votre hébergement", "les stories de la vie du camping"], "insta = Instagram"),
    ("les filtres sur les photos de mer c'est ok sur instagram ?", "fr", CH, ("Instagram", "Ce qu'on évite"), "list",
     ["les visages d'autres campeurs sans leur accord", "les filtres qui changent la couleur de la mer"], "item only in the Instagram list"),
    ("Do I have to say I'm an ambassador when I write a Google review?", "en", CH, ("Avis Google et Tripadvisor", "Mention obligatoire"), "paragraph",
     ["Précisez que vous faites partie du programme des Habitués"], "EN over FR DOCX"),
    ("vous allez écrire mon avis à ma place ?", "fr", CH, ("Principes",), "paragraph",
     ["Nous ne vous demanderons jamais d'écrire un avis à notre place"], "paragraph"),
    # accueil-sur-place.txt : same three sub-sections per campsite
    ("c'est qui le contact des habitués en Vendée", "fr", A, (A_VEN, "Votre contact sur place"), "paragraph",
     ["Thibault, responsable animation."], "six look-alike contact paragraphs"),
    ("l'apéro des habitués au lac de garde c'est quel soir ?", "fr", A, (A_ITA, "Apéro des Habitués"), "paragraph",
     ["Pas d'apéro organisé cette année"], "no apéro there this year"),
    ("le camping de Croatie ferme quand cette année ?", "fr", A, ("Dates d'ouverture 2027",), "table_row",
     ["Pineta", "4 octobre"], "country to campsite; Les Gorges closes the same day"),
    ("en Bretagne l'apéro c'est quel jour ?", "fr", A, (A_GOE, "Apéro des Habitués"), "paragraph",
     ["Tous les mercredis de juillet et août à 19 h, sur la terrasse du snack."], "Bretagne = Finistère; Vendée apéro nearly identical"),
    ("au camping en Croatie, qui parle français à l'accueil ?", "fr", A, (A_CRO, "Votre contact sur place"), "paragraph",
     ["Luka, à l'accueil, en anglais ou en français."], "country"),
    ("le point habitués en vendée c'est quels jours", "fr", A, (A_VEN, "Point Habitués"), "paragraph",
     ["les lundis et jeudis"], "Goélands: same place and hours, other days"),
    ("Who's my contact at the campsite in Italy?", "en", A, (A_ITA, "Votre contact sur place"), "paragraph",
     ["Giulia, qui parle français."], "EN over FR txt"),
    ("au Goélands le point habitués c'est quand", "fr", A, (A_GOE, "Point Habitués"), "paragraph",
     ["les mardis et vendredis"], "campsite name with a grammar slip"),
    # events-guide-en.md
    ("Rencontre des Habitués d'octobre : qu'est-ce qui est pris en charge ?", "fr", E, ("Habitués Gathering (October)", "What's included"), "list",
     ["two nights in a Comfort mobile home at La Grande Conche", "train tickets up to 80 euros"], "FR over EN; Rencontre = Gathering"),
    ("who can join the spring meet-up?", "en", E, ("Spring meet-up (April)", "Who can come"), "paragraph",
     ["All levels. One guest per Habitué."], "three look-alike Who can come paragraphs"),
    ("je suis Dune, je peux venir au rassemblement d'octobre ?", "fr", E, ("Habitués Gathering (October)", "Who can come"), "paragraph",
     ["plus ten Dune members drawn by lot"], "FR over EN"),
    ("faut s'inscrire pour les soirées de l'été ?", "fr", E, ("Summer evenings (July and August)", "How to sign up"), "paragraph",
     ["No sign-up"], "FR over EN; l'été"),
    ("deadline to reply for the April meet-up?", "en", E, ("Key dates",), "table_row",
     ["Spring meet-up", "15 March"], "April = spring; table row"),
    ("combien de places pour la rencontre d'octobre ?", "fr", E, ("Key dates",), "table_row",
     ["Habitués Gathering", "120"], "FR over EN; table row"),
    ("la rencontre de printemps, il y a quoi dans l'invitation ?", "fr", E, ("Spring meet-up (April)", "What's included"), "list",
     ["one night on a pitch at Les Gorges", "a guided canoe trip"], "shares the welcome dinner item with the Gathering list"),
    # welcome-kits-en.html
    ("qu'est-ce qu'il y a dans le kit des Falaise", "fr", K, ("Falaise kit", "What's in the box"), "list",
     ["a welcome letter from the community team", "a printed guide to our hidden spots"], "FR over EN; four lists sharing items"),
    ("What's in the Dune welcome box?", "en", K, ("Dune kit", "What's in the box"), "list",
     ["a welcome letter from the community team", "a 50 cl insulated bottle"], "Galet list differs by one item"),
    ("le kit Cap il est envoyé quand ?", "fr", K, ("Cap kit", "When it ships"), "paragraph",
     ["Delivered in person at your next stay"], "FR over EN"),
    ("je viens de passer les 150 points, mon kit arrive quand", "fr", K, ("Dune kit", "When it ships"), "paragraph",
     ["Within three weeks of reaching 150 points."], "level given by its threshold"),
    ("vous envoyez les kits en Belgique ?", "fr", K, ("Shipping countries",), "paragraph",
     ["We ship kits to France, Belgium, Switzerland, Spain, Italy and Germany."], "FR over EN"),
    ("when does the Galet kit get shipped?", "en", K, ("Galet kit", "When it ships"), "paragraph",
     ["Within three weeks of your first stay."], "Dune paragraph nearly identical"),
    # procedure-cm-sollicitations.md (staff)
    ("en juillet on peut relancer un habitué qui répond pas ?", "fr", PR, ("Haute saison", "Relance"), "paragraph",
     ["Pas de relance en juillet-août."], "staff; three Relance paragraphs"),
    ("arrière saison : combien de sollicitations max pour les Cap ?", "fr", PR, ("Arrière-saison", "Plafond de sollicitations"), "paragraph",
     ["trois pour les Cap qui l'ont accepté par écrit"], "staff; season and level"),
    ("au printemps on sollicite qui en premier ?", "fr", PR, ("Avant-saison", "Qui solliciter en premier"), "list",
     ["les Habitués qui n'ont rien reçu depuis 60 jours", "les Falaise et les Cap"], "staff; haute saison list shares the last item"),
    ("In September, how many reminders can we send for a video testimonial?", "en", PR, ("Arrière-saison", "Relance"), "paragraph",
     ["une seconde au bout de quatorze pour les témoignages vidéo"], "EN over FR; staff"),
    ("c'est quoi la cible 2027 pour le délai moyen de réponse", "fr", PR, ("Indicateurs à suivre",), "table_row",
     ["Délai moyen de réponse (jours)", "5"], "staff; health indicator"),
    # grille-validation-contributions.txt (staff)
    ("combien de temps pour valider un témoignage vidéo ?", "fr", GV, ("Témoignage vidéo", "Délai de traitement"), "paragraph",
     ["Sous 15 jours ouvrés"], "staff; four Délai paragraphs"),
    ("on valide un témoignage écrit à quelles conditions", "fr", GV, ("Témoignage écrit", "Critères de validation"), "list",
     ["le texte fait au moins 600 signes", "le séjour date de moins de douze mois"], "staff; video list shares an item"),
    ("What are the criteria to approve an online review?", "en", GV, ("Avis en ligne", "Critères de validation"), "list",
     ["l'avis est publié et visible", "l'avis mentionne l'appartenance au programme"], "EN over FR; staff"),
    ("validation d'un parrainage pour un séjour en italie, ça prend combien de temps", "fr", GV, ("Parrainage", "Délai de traitement"), "paragraph",
     ["contrôle manuel sous 3 jours ouvrés pour les séjours à l'étranger"], "staff; Italie = étranger"),
]

UNANSWERABLE = [
    ("c'est quoi les avantages du niveau Platine ?", "fr", "no Platine level; levels are Galet, Dune, Falaise, Cap"),
    ("parrainage au Portugal, le filleul a combien de remise ?", "fr", "no Portugal section in the referral rules"),
    ("parrainage BE : combien pour le filleul ?", "fr", "BE = Belgique; no campsite nor referral rule for Belgium"),
    ("combien de points pour un avis en ligne en hiver ?", "fr", "the points scale covers three seasons, none in winter"),
    ("un bon de 100 € pour l'étranger ça coûte combien de points ?", "fr", "only 20 € and 50 € vouchers in the table"),
    ("combien coûte la casquette de la collection hiver ?", "fr", "casquette only in the summer collection; winter has a bonnet"),
    ("qui est le contact habitués au camping en Corse ?", "fr", "no Corsican campsite"),
    ("l'apéro des habitués en Suisse c'est quand ?", "fr", "no Swiss campsite (Switzerland appears only as a kit shipping country)"),
    ("quelles sollicitations sont prévues en novembre ?", "fr", "calendar stops in October"),
    ("combien de places pour tester les yourtes ?", "fr", "no yourte product line"),
    ("qui peut tester le mobil-home Premium ?", "fr", "only Mobil-home Confort is tested"),
    ("combien de points rapporte une participation à un salon en arrière-saison ?", "fr", "event participation is not in the points scale"),
    ("délai de validation d'une photo Instagram ?", "fr", "validation grid has no photo section"),
    ("la collection printemps de la boutique, il y a quoi dedans ?", "fr", "only summer and winter collections"),
    ("quelle est la cible 2027 pour le NPS des habitués ?", "fr", "NPS not among the indicators"),
    ("combien d'habitués au niveau Diamant ?", "fr", "no Diamant level"),
    ("Sur Facebook, quelle mention faut-il ajouter ?", "fr", "charter covers Instagram, TikTok and reviews only"),
    ("What's in the Platinum welcome kit?", "en", "no Platinum level"),
    ("What's the referral reward for a campsite in Germany?", "en", "Germany appears only as a kit shipping country"),
    ("Is there a winter meet-up for ambassadors?", "en", "events: spring, summer, October only"),
]


def build_questions():
    rows = []
    for n, (q, lang, doc, path, unit, gold, note) in enumerate(QUESTIONS, 1):
        sec, _ = locate(DOCS[doc], path)
        rows.append({"id": f"sh27-{n:03d}", "question": q, "gold_doc": doc, "gold_section": sec,
                     "unit": unit, "gold": gold, "lang": lang, "note": note})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for n, (q, lang, note) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": f"sh27-u{n:02d}", "question": q, "lang": lang, "note": note}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    build_docs()
    build_questions()
    print("docs:", len(DOCS), "questions:", len(QUESTIONS), "unanswerable:", len(UNANSWERABLE))
