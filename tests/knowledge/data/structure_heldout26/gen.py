# -*- coding: utf-8 -*-
"""Build docs/, questions.jsonl and unanswerable.jsonl for structure_heldout26 (stdlib only, deterministic)."""
import re
import zipfile
from xml.sax.saxutils import escape as xesc


def parse_blocks(src):
    """Return a list of blocks: (kind, payload)."""
    blocks = []
    table = None
    for raw in src.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if line.startswith("# "):
            blocks.append(("title", line[2:]))
        elif line.startswith("## "):
            blocks.append(("h1", line[3:]))
        elif line.startswith("### "):
            blocks.append(("h2", line[4:]))
        elif line.startswith("  - "):
            blocks.append(("bullet2", line[4:]))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:]))
        elif re.match(r"^\d+\. ", line):
            blocks.append(("num", line.split(" ", 1)[1]))
        elif line.startswith("= "):
            term, _, rest = line[2:].partition(" : ")
            blocks.append(("def", (term, rest)))
        else:
            blocks.append(("para", line))
    return blocks


# ---------------------------------------------------------------- PDF
PAGE_W, PAGE_H, MARGIN = 595, 842, 56


def _pdf_str(s):
    b = s.encode("cp1252")
    out = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + out + b")"


def _wrap(text, size, width):
    maxc = max(20, int(width / (size * 0.52)))
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > maxc:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def build_pdf(src, title):
    blocks = parse_blocks(src)
    pages = []          # list of lists of (font, size, x, y, text)
    ops = []
    y = PAGE_H - MARGIN
    usable = PAGE_W - 2 * MARGIN

    def newpage():
        nonlocal ops, y
        ops = []
        pages.append(ops)
        y = PAGE_H - MARGIN

    def need(h):
        if y - h < MARGIN:
            newpage()

    newpage()
    style = {"title": ("F2", 18, 10, 26), "h1": ("F2", 14, 8, 20), "h2": ("F2", 11.5, 4, 16)}
    for kind, payload in blocks:
        if kind in style:
            font, size, before, lead = style[kind]
            lines = _wrap(payload, size, usable)
            need(before + lead * len(lines) + 30)
            y -= before
            for ln in lines:
                y -= lead
                ops.append((font, size, MARGIN, y, ln))
            y -= 4
        elif kind in ("para", "bullet", "bullet2", "num", "def"):
            size, lead = 10.5, 14
            indent = {"bullet": 14, "bullet2": 30, "num": 14}.get(kind, 0)
            mark = {"bullet": "\u2022", "bullet2": "\u2013"}.get(kind)
            text = payload if kind != "def" else payload[0] + " : " + payload[1]
            lines = _wrap(text, size, usable - indent - 10)
            need(lead * len(lines) + 4)
            for i, ln in enumerate(lines):
                y -= lead
                if i == 0 and mark:
                    ops.append(("F1", size, MARGIN + indent - 10, y, mark))
                ops.append(("F1", size, MARGIN + indent, y, ln))
            y -= 4
        elif kind == "table":
            size, lead = 9, 13
            ncol = len(payload[0])
            widths = [max(len(r[i]) if i < len(r) else 0 for r in payload) for i in range(ncol)]
            xs, x = [], MARGIN
            for w in widths:
                xs.append(x)
                x += w * size * 0.52 + 12
            need(lead * (len(payload) + 1))
            y -= 4
            for ri, row in enumerate(payload):
                y -= lead
                for ci, cell in enumerate(row):
                    if cell:
                        ops.append(("F2" if ri == 0 else "F1", size, xs[ci], y, cell))
            y -= 8

    # assemble objects
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for p in pages:
        content = bytearray()
        for font, size, x, yy, text in p:
            content += b"BT /%s %s Tf %.2f %.2f Td %s Tj ET\n" % (
                font.encode(), str(size).encode(), x, yy, _pdf_str(text))
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + bytes(content) + b"endstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, PAGE_W, PAGE_H, f1, f2, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title " + _pdf_str(title) + b" /Producer (gen.py) >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, xref)
    return bytes(out)


# ---------------------------------------------------------------- DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>""" % W_NS

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>""" % W_NS

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Brûlerie Castagne</dc:creator></cp:coreProperties>"""


def _run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(text))


def _para(runs, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0])
        ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))


def build_docx(src, title):
    body = []
    for kind, payload in parse_blocks(src):
        if kind == "title":
            body.append(_para([_run(payload)], "Title"))
        elif kind == "h1":
            body.append(_para([_run(payload)], "Heading1"))
        elif kind == "h2":
            body.append(_para([_run(payload)], "Heading2"))
        elif kind == "bullet":
            body.append(_para([_run(payload)], "ListParagraph", (1, 0)))
        elif kind == "bullet2":
            body.append(_para([_run(payload)], "ListParagraph", (1, 1)))
        elif kind == "num":
            body.append(_para([_run(payload)], "ListParagraph", (2, 0)))
        elif kind == "def":
            body.append(_para([_run(payload[0], True), _run(" : " + payload[1])]))
        elif kind == "para":
            body.append(_para([_run(payload)]))
        elif kind == "table":
            ncol = len(payload[0])
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
            t += ['<w:gridCol w:w="%d"/>' % (9000 // ncol)] * ncol
            t.append("</w:tblGrid>")
            for ri, row in enumerate(payload):
                t.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""))
                for cell in row:
                    inner = _para([_run(cell, ri == 0)]) if cell else "<w:p/>"
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (9000 // ncol, inner))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>') % (W_NS, "\n".join(body))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", CORE % xesc(title)),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/document.xml", doc),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
    ]
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- questions
C = "charte-cercle-castagne.txt"
R = "reglement-points-niveaux.md"
F = "faq-cercle.html"
E = "guide-evenements-2026.pdf"
G = "glossaire.docx"
A = "conditions-avantages-2026.txt"
T = "guide-temoignage.md"
D = "donnees-personnelles.html"
H = "members-outside-france.pdf"
N = "referral-rules.docx"
P = "procedure-sollicitations.txt"
K = "pilotage-2027.md"

# (doc, section, unit, lang, question, gold, note)
QUESTIONS = [
    # ---- charte (txt)
    (C, "Article 2 — Qui peut devenir ambassadeur", "list", "fr",
     "On peut être ambassadeur si on bosse chez un autre torréfacteur ? C'est quoi les conditions exactement ?",
     ["ne pas être salarié de la Brûlerie ni d'un torréfacteur concurrent",
      "être client professionnel (café, restaurant, épicerie fine, entreprise abonnée)",
      "accepter la présente charte par écrit"],
     "lettered sub-items a) b) c) under a clause ending in ':'"),
    (C, "Article 3 — Engagements de l'ambassadeur", "list", "fr",
     "En gros, qu'est-ce que la charte me demande à moi, en tant qu'ambassadrice ?",
     ["parle de la Brûlerie avec ses propres mots",
      "signale clairement son lien avec la Brûlerie",
      "s'abstient de dénigrer les concurrents"],
     "numbered clauses 3.1-3.4 read as a list"),
    (C, "Article 4 — Engagements de la Brûlerie", "paragraph", "fr",
     "combien de temps avant un salon la brulerie doit me prevenir ?",
     ["au moins quinze jours avant toute sollicitation liée à un événement"],
     "no accents, clause referred to by topic"),
    (C, "Article 6 — Sortie du programme", "paragraph", "en",
     "Can I quit the ambassador program whenever I want?",
     ["peut quitter le Cercle à tout moment",
      "par un simple message à l'équipe ou depuis la commande /quitter"],
     "English question over a French charter"),
    (C, "Article 6 — Sortie du programme", "list", "fr",
     "Si j'arrête le programme, je garde quoi ? mes points, mes témoignages en ligne, mon contrat machine ?",
     ["Les points acquis restent utilisables pendant trois mois",
      "Les témoignages déjà publiés restent en ligne, sauf demande de retrait",
      "n'est pas affectée par la sortie"],
     "three-level clause 6.3.1-6.3.3"),
    (C, "Article 5 — Confidentialité", "paragraph", "fr",
     "Le secret sur ce qu'on goûte en dégustation privée, ça tient combien de temps une fois parti ?",
     ["L'obligation de confidentialité survit deux ans après la sortie du programme."],
     "short clause 5.2"),
    (C, "Article 7 — Inactivité", "paragraph", "fr",
     "Un ambassadeur qui ne fait plus rien depuis des mois, il est viré automatiquement ?",
     ["sans aucune contribution pendant neuf mois consécutifs",
      "son compte passe en statut « en pause »"],
     "answer spans clauses 7.1 and 7.2"),
    (C, "Article 6 — Sortie du programme", "paragraph", "fr",
     "dans quels cas la Brûlerie peut mettre fin à la participation de quelqu'un ?",
     ["En cas de manquement grave à la charte",
      "après un échange téléphonique avec l'ambassadeur"],
     "clause 6.2"),
    # ---- règlement (md)
    (R, "2. Barème des contributions", "table_row", "fr",
     "Combien rapporte un témoignage vidéo en pionts ?",
     ["Témoignage vidéo (30 s à 2 min)", "90"],
     "typo 'pionts'"),
    (R, "2. Barème des contributions", "table_row", "en",
     "How many points is an improvement idea worth if you keep it?",
     ["Idée d'amélioration retenue", "70"],
     "English over French table; row has empty cells"),
    (R, "3. Les niveaux", "table_row", "fr",
     "A partir de combien de points on passe Torréfacteur ?",
     ["Torréfacteur", "450"],
     "level thresholds table"),
    (R, "3. Les niveaux › 3.1 Ce que chaque niveau débloque", "list", "fr",
     "c'est quoi les avantages quand on est au niveau Maître d'origine ?",
     ["siège au comité de sélection des origines (trois réunions par an)",
      "rencontre annuelle avec les fondateurs",
      "15 % de remise sur le café, plafonnée à 120 € par mois"],
     "nested list under a bold level name"),
    (R, "3. Les niveaux › 3.1 Ce que chaque niveau débloque", "list", "fr",
     "qu'est-ce que je gagne en passant Grain ?",
     ["5 % de remise sur les commandes de café en grains",
      "invitation aux dégustations de nouvelles origines, deux fois par an"],
     "nested list; neighbouring levels look alike"),
    (R, "3. Les niveaux › 3.2 Passage et maintien", "paragraph", "fr",
     "Si je fais moins de points cette année, je redescends de niveau direct ?",
     ["la baisse de niveau n'intervient qu'une fois par an, le 1er mars",
      "jamais de plus d'un niveau à la fois"],
     "paragraph under a level-3 heading"),
    (R, "4. Cas particuliers", "list", "fr",
     "Et si je supprime un témoignage après coup, ou si je le déclare deux fois, ça change quoi pour mes points ?",
     ["si vous retirez un témoignage dans les trente jours",
      "une même contribution déclarée deux fois n'est comptée qu'une fois"],
     "bold-labelled list items"),
    (R, "5. Contester un décompte", "paragraph", "fr",
     "Je pense qu'il me manque des points, je peux réclamer jusqu'à quand ?",
     ["contester un décompte de points dans les soixante jours suivant la validation",
      "la réponse est donnée sous dix jours ouvrés"],
     "section referred to by topic"),
    # ---- FAQ (html)
    (F, "Rejoindre le programme › Je n'ai pas reçu d'invitation, puis-je candidater ?", "paragraph", "fr",
     "Personne ne m'a invité, je peux quand même postuler moi-même ?",
     ["Remplissez le formulaire « Je veux rejoindre le Cercle »",
      "étudie les candidatures une fois par trimestre"],
     "FAQ question heading"),
    (F, "Points et niveaux › Mes points expirent-ils ?", "paragraph", "en",
     "Do my points ever expire?",
     ["un point non utilisé expire vingt-quatre mois après avoir été crédité"],
     "English question over French FAQ"),
    (F, "Rejoindre le programme › Je change d'établissement, que deviennent mes points ?", "paragraph", "fr",
     "J'ai revendu mon café et j'en reprends un autre, je perds mon niveau ?",
     ["votre niveau vous suit ; les points acquis au nom de l'ancien établissement"],
     "situation described, not the FAQ wording"),
    (F, "Points et niveaux › Comment déclarer une contribution ?", "list", "fr",
     "J'ai laissé un avis sur google hier, je le signale comment pour avoir mes points ?",
     ["tapez /contribution et choisissez le type dans le menu",
      "ajoutez le lien, la capture ou le fichier demandé comme justificatif"],
     "ordered list introduced by a line ending in ':'"),
    (F, "Sollicitations › Quelles sont les demandes les plus fréquentes ?", "list", "fr",
     "En général vous nous demandez quoi comme type de coup de main ?",
     ["un avis en ligne après la sortie d'un café de saison",
      "une présence sur notre stand lors des salons professionnels",
      "une visite de votre établissement par un prospect"],
     "list directly under a question heading"),
    (F, "Sollicitations › Que se passe-t-il si je ne réponds pas à une demande ?", "paragraph", "en",
     "What happens if I just ignore a request from the team?",
     ["Une demande sans réponse est simplement close au bout de dix jours",
      "nous ne relançons qu'une seule fois"],
     "English over French FAQ"),
    (F, "Outils › Puis-je utiliser le programme sans Discord ?", "paragraph", "fr",
     "je suis pas sur discord, je peux participer quand même ?",
     ["Tout peut se faire par e-mail, y compris la déclaration des contributions"],
     "informal phrasing"),
    (F, "Sollicitations › Combien de fois allez-vous me solliciter ?", "paragraph", "fr",
     "Je trouve qu'on me demande trop souvent des trucs, je peux lever le pied ?",
     ["nous pouvons réduire à une demande par trimestre, sans conséquence sur votre niveau"],
     "colloquial; staff procedure has a similar rule"),
    # ---- événements (pdf)
    (E, "1. Calendrier des événements", "table_row", "fr",
     "Combien d'ambassadeurs peuvent venir au Coffee Festival à Paris ?",
     ["Coffee Festival", "4"],
     "pdf table row"),
    (E, "3. Préparer sa venue › 3.2 Ce que nous vous demandons d'apporter", "list", "en",
     "What should I bring with me when I help on a trade show stand?",
     ["une pièce d'identité (certains salons contrôlent l'accès)",
      "des chaussures confortables : les journées de salon durent souvent neuf heures"],
     "English over French pdf list"),
    (E, "1. Calendrier des événements", "paragraph", "fr",
     "Pour les portes ouvertes à St-Etienne on est défrayés comme pour les salons ?",
     ["il n'y a pas de défraiement : le déjeuner est offert sur place"],
     "answer is the paragraph after the table, not the empty cell"),
    (E, "2. S'inscrire", "paragraph", "fr",
     "S'il y a plus d'inscrits que de places sur un salon, vous choisissez comment ?",
     ["en priorité aux ambassadeurs qui n'ont participé à aucun événement",
      "dans les douze derniers mois, puis par ordre d'inscription"],
     "selection rule"),
    (E, "3. Préparer sa venue › 3.1 Ce que la Brûlerie fournit", "list", "fr",
     "On nous donne quoi quand on arrive sur le stand ?",
     ["le badge « Ambassadeur Castagne » à retirer à l'accueil du stand",
      "un tablier brodé, que vous gardez",
      "profil aromatique et méthodes d'extraction conseillées"],
     "nested list in a pdf"),
    (E, "4. Sur place", "paragraph", "fr",
     "Un visiteur me demande un tarif pro sur le salon, je lui réponds ?",
     ["sont renvoyées vers le commercial présent sur le stand"],
     "situation question"),
    (E, "5. Frais et défraiement › 5.1 Ce qui est pris en charge", "list", "fr",
     "Quels frais vous remboursez quand je viens tenir le stand ?",
     ["le transport en train, en seconde classe, sur présentation du billet",
      "l'hébergement pour les événements de plus d'une journée"],
     "list under a level-2 pdf heading"),
    (E, "5. Frais et défraiement › 5.2 Ce qui ne l'est pas", "paragraph", "fr",
     "je viens en voiture au salon de Lyon, l'essence c'est remboursé ?",
     ["remboursés au barème kilométrique uniquement lorsqu'aucun train ne permet d'arriver à l'heure"],
     "car not named as in the heading"),
    # ---- glossaire (docx)
    (G, "Le programme", "paragraph", "fr",
     "c'est quoi exactement une « sollicitation » dans le jargon du Cercle ?",
     ["demande adressée par l'équipe à un ou plusieurs ambassadeurs, avec une date limite"],
     "definition paragraph « Terme : définition »"),
    (G, "Les points et la reconnaissance", "paragraph", "en",
     "What does 'rolling twelve months' mean for my points?",
     ["compte pour votre niveau jusqu'au 9 mai 2027 inclus"],
     "English over French glossary"),
    (G, "Les instances", "paragraph", "fr",
     "qui est dans le comité qui choisit les origines ?",
     ["l'acheteuse de la Brûlerie, le torréfacteur en chef et les ambassadeurs de niveau Maître d'origine"],
     "definition paragraph"),
    (G, "Les instances", "paragraph", "fr",
     "un atelier de co-création ça dure combien de temps ?",
     ["séance de deux heures, en ligne ou à l'atelier"],
     "definition paragraph"),
    (G, "Les instances", "list", "fr",
     "les ateliers nous / je / action, ça se passe comment, c'est quoi les 3 temps ?",
     ["l'équipe de la Brûlerie précise la raison d'être, les objectifs et les indicateurs",
      "les ambassadeurs disent ce qu'ils attendent du Cercle et ce qui les freine",
      "on choisit les thèmes de contenu et on forme les groupes d'ambassadeurs"],
     "definition ending in ':' followed by a list"),
    (G, "Sigles et abréviations", "table_row", "fr",
     "ça veut dire quoi CHR sur les plaquettes ?",
     ["CHR", "Cafés, hôtels, restaurants"],
     "docx table row"),
    # ---- conditions (txt)
    (A, "1. Champ d'application", "list", "fr",
     "La remise marche pour quelles commandes ? Et si j'achète chez l'épicier qui vous revend ?",
     ["Elles s'appliquent aux commandes passées sur la boutique en ligne, par téléphone",
      "Les commandes passées chez un revendeur (épicerie, cave, concept store) ne sont pas concernées",
      "ne bénéficient que de la remise du compte qui passe la commande"],
     "clause 1.2 with sub-clauses 1.2.1 and 1.2.2"),
    (A, "2. Remises de niveau", "paragraph", "fr",
     "il faut un code promo pour avoir la remise ambassadeur ?",
     ["La remise est appliquée automatiquement dès que vous êtes connecté à votre compte client"],
     "clause 2.1"),
    (A, "2. Remises de niveau", "list", "fr",
     "Sur quoi la réduction de niveau ne marche jamais ?",
     ["aux machines espresso, à leur location et à leur maintenance",
      "aux cartes cadeaux, quel que soit leur montant",
      "aux frais de livraison, y compris en express"],
     "clause ending in ':' then 2.3.1-2.3.3"),
    (A, "3. Échanger ses points", "table_row", "en",
     "How many points do I need for the hand grinder?",
     ["Moulin manuel Castagne", "300"],
     "English over a space-aligned plain-text table"),
    (A, "3. Échanger ses points", "table_row", "fr",
     "la journée barista d'un jour ça coute combien de points ?",
     ["Journée « Barista d'un jour »", "600"],
     "plain-text table row"),
    (A, "3. Échanger ses points", "paragraph", "fr",
     "Si j'utilise mes points pour un cadeau, est-ce que je perds mon niveau ?",
     ["Un échange ne réduit pas votre niveau",
      "le niveau est calculé sur les points gagnés, non sur le solde disponible"],
     "clause with a footnote marker"),
    (A, "5. Invitations et places", "paragraph", "fr",
     "je peux filer mon invitation à la dégustation à ma femme ?",
     ["Vous pouvez céder votre place à un collègue ou un proche",
      "au moins quarante-huit heures avant la date"],
     "informal"),
    (A, "6. Fiscalité", "paragraph", "fr",
     "Je suis gérant d'un bar, je dois déclarer les cadeaux du programme aux impôts ?",
     ["les avantages en nature reçus dans le cadre du Cercle peuvent devoir être déclarés",
      "chaque année en janvier un récapitulatif des avantages reçus"],
     "clause 6.1"),
    (A, "Notes", "paragraph", "fr",
     "J'ai loupé deux dégustations parce que le resto a été inondé, je suis suspendu ?",
     ["Les absences liées à une urgence, à la maladie ou à une fermeture imprévue"],
     "answer is in a footnote"),
    # ---- témoignage (md)
    (T, "Le témoignage écrit › Longueur et ton", "paragraph", "fr",
     "Mon texte de témoignage doit faire quelle longueur à peu près ?",
     ["Visez entre 150 et 400 mots"],
     "paragraph under level-3 heading"),
    (T, "Avant de commencer", "list", "fr",
     "Par où commencer quand on doit écrire son témoignage, vous avez des pistes ?",
     ["Qu'est-ce qui vous a amené à la Brûlerie, et qu'utilisiez-vous avant ?",
      "À qui conseilleriez-vous nos cafés, et à qui pas forcément ?"],
     "numbered list introduced by a line ending in ':'"),
    (T, "Le témoignage écrit › Ce qu'il faut éviter", "list", "fr",
     "Qu'est-ce que je ne dois surtout pas mettre dans mon texte ?",
     ["les superlatifs en série (« le meilleur café du monde »)",
      "les comparaisons nominatives avec un autre torréfacteur",
      "les origines en cours de négociation"],
     "nested list"),
    (T, "Le témoignage vidéo › Formats acceptés", "table_row", "en",
     "How long should a video for Instagram Reels be?",
     ["Réseaux sociaux (Reels, Shorts)", "30 à 60"],
     "English over French table with units"),
    (T, "Le témoignage vidéo › Formats acceptés", "table_row", "fr",
     "vidéo pour la newsletter : c'est quoi le poids max du fichier ?",
     ["Newsletter « Le Moulin »", "100"],
     "unit in column header (Mo)"),
    (T, "Le témoignage vidéo › Conseils de tournage", "list", "fr",
     "Des astuces pour avoir un son propre quand je filme derrière le comptoir ?",
     ["coupez la machine et le moulin pendant que vous parlez",
      "un micro-cravate à une quinzaine d'euros change tout",
      "évitez les heures de coup de feu"],
     "sub-list under a bold label"),
    (T, "Envoyer votre témoignage", "paragraph", "fr",
     "Ma vidéo fait 800 Mo, je l'envoie comment ?",
     ["envoyez un lien de transfert à cercle@brulerie-castagne.fr si la vidéo dépasse 500 Mo"],
     "value given, threshold in text"),
    (T, "Droits et autorisations", "paragraph", "fr",
     "Vous pouvez utiliser mon témoignage pendant combien d'années ?",
     ["vous autorisez la Brûlerie à le diffuser pendant trois ans"],
     "rights paragraph"),
    (T, "Droits et autorisations", "paragraph", "fr",
     "mon serveur apparait dans la vidéo, il faut qu'il signe quelque chose ?",
     ["leur accord écrit est nécessaire",
      "un modèle d'autorisation est disponible dans le salon #ressources"],
     "situation question"),
    # ---- données (html)
    (D, "Article 2 – Les données collectées", "list", "fr",
     "Vous gardez quelles infos sur moi exactement ?",
     ["pseudonyme Discord et messages échangés avec le bot",
      "contributions déclarées, points et niveau",
      "réponses aux questionnaires et aux ateliers, y compris vos verbatims"],
     "<ul> introduced by a line ending in ':'"),
    (D, "Article 3 – L'assistant automatique › 3.2 Ce qu'il ne fait pas", "paragraph", "en",
     "Can the bot decide on its own to kick me out of the program?",
     ["Il ne prend aucune décision seul sur votre niveau, votre exclusion ou un litige"],
     "English over French notice"),
    (D, "Article 3 – L'assistant automatique › 3.3 Votre consentement", "paragraph", "fr",
     "comment je coupe les rappels automatiques du bot ?",
     ["par la commande /rappels off, sans perdre vos points"],
     "h3 sub-article"),
    (D, "Article 4 – Durées de conservation", "table_row", "fr",
     "Mes échanges avec le bot, vous les gardez combien de temps ?",
     ["Conversations avec le bot", "12"],
     "unit (mois) only in the header"),
    (D, "Article 4 – Durées de conservation", "table_row", "fr",
     "Ce que j'ai dit pendant les ateliers, c'est conservé combien de temps ?",
     ["Réponses aux ateliers et verbatims", "24"],
     "html table row"),
    (D, "Article 5 – Vos droits", "paragraph", "fr",
     "à qui je m'adresse pour faire effacer mes données perso ?",
     ["Écrivez à dpo@brulerie-castagne.fr ; nous répondons sous un mois"],
     "rights article"),
    (D, "Article 6 – Destinataires et hébergement", "paragraph", "fr",
     "est ce que l'IA qui répond reçoit mon nom ?",
     ["ne reçoit ni votre nom ni vos coordonnées"],
     "AI named differently from the document"),
    # ---- handbook (pdf, en)
    (H, "2. Shipping your gifts and rewards", "table_row", "fr",
     "Pour un ambassadeur en Suisse, il faut combien de temps pour recevoir un cadeau ?",
     ["Switzerland", "6 to 10"],
     "French question over English pdf table"),
    (H, "2. Shipping your gifts and rewards", "table_row", "en",
     "Who pays the customs fees for members in the UK?",
     ["United Kingdom", "paid by the Brûlerie"],
     "UK vs United Kingdom"),
    (H, "1. Language", "paragraph", "fr",
     "Nos ambassadeurs belges peuvent témoigner en néerlandais ?",
     ["You may contribute in English, French, Dutch or German"],
     "French question over English doc"),
    (H, "3. Discounts and currencies", "paragraph", "fr",
     "Un client suisse qui paie en francs suisses, il a sa remise comment ?",
     ["ask the team for a credit note instead, sent once per quarter"],
     "French question over English doc"),
    (H, "4. Events abroad", "list", "fr",
     "Vous faites quels salons à l'étranger ?",
     ["the Brussels Coffee Weekend in March",
      "the London Coffee Festival in April"],
     "list introduced by a line ending in ':'"),
    (H, "4. Events abroad", "list", "fr",
     "Pour le festival de Londres, qu'est-ce que vous prenez en charge ?",
     ["one night of hotel per event day",
      "a flat allowance of 95 euros per day"],
     "second list of the same section, introduced by 'we cover:'"),
    (H, "5. Introductions and referrals", "paragraph", "en",
     "If I introduce a café in Spain, do I get points for it?",
     ["an introduction in another country is thanked but does not earn points"],
     "country not in the list"),
    (H, "7. Time zones and solicitations", "paragraph", "fr",
     "Les dates limites des sollicitations, c'est à l'heure anglaise pour nos membres de Londres ?",
     ["Deadlines in solicitations are always given in Paris time"],
     "French question over English doc"),
    # ---- referral (docx, en)
    (N, "1. Definitions", "paragraph", "fr",
     "À partir de quand une mise en relation est considérée comme convertie ?",
     ["places a first order of at least 300 euros, or signs a subscription"],
     "numbered definition clause 1.2"),
    (N, "2. Conditions", "paragraph", "fr",
     "Deux ambassadeurs présentent le même resto, qui a les points ?",
     ["If two ambassadors introduce the same business, the first form received counts."],
     "French question over English doc"),
    (N, "3. Rewards", "table_row", "en",
     "What's the order credit if I bring in a company that takes the coffee subscription for its office?",
     ["Office with a coffee subscription", "40"],
     "unit (€) in the header"),
    (N, "3. Rewards", "table_row", "fr",
     "Combien de points quand un particulier que j'ai parrainé finit par s'abonner ?",
     ["Private subscriber", "40"],
     "French question over English docx table"),
    (N, "4. What we ask of you", "list", "fr",
     "Quand je présente un prospect, qu'est-ce que je dois laisser au commercial ?",
     ["quotes, prices and payment terms",
      "machine rental and maintenance contracts",
      "delivery schedules and minimum order quantities"],
     "nested list under an item ending in ':'"),
    (N, "5. What we never ask of you", "list", "en",
     "Is it ok to share my referral link in Facebook groups?",
     ["to post your referral link in groups or forums where it is not welcome",
      "to send us a list of contacts without their consent"],
     "list of prohibitions"),
    (N, "8. Disputes", "paragraph", "fr",
     "On m'a refusé une mise en relation, je peux contester ? Dans quel délai ?",
     ["reply to the decision message within 30 days",
      "gives a final answer within 15 working days"],
     "French question over English doc"),
    # ---- procédure (txt, staff)
    (P, "3. DÉLAIS DE PRÉVENANCE", "table_row", "fr",
     "Quel délai mini pour demander une vidéo à un ambassadeur ?",
     ["Témoignage vidéo", "10 jours ouvrés"],
     "CM question; plain-text aligned table"),
    (P, "2. CALENDRIER", "paragraph", "fr",
     "Le marketing peut écrire direct à un ambassadeur si c'est urgent ?",
     ["Une demande faite directement à un ambassadeur, hors calendrier, n'est pas acceptée, même urgente."],
     "CM question"),
    (P, "4. RÈGLES DE CHARGE ET DE ROTATION", "list", "fr",
     "Je vérifie quoi avant d'envoyer une demande à quelqu'un ?",
     ["le nombre de sollicitations reçues sur les 90 derniers jours",
      "le taux de réponse de l'ambassadeur",
      "la date de sa dernière contribution"],
     "a) b) c) under clause 4.2 ending in ':'"),
    (P, "5. SIGNAUX DE DÉCROCHAGE", "list", "fr",
     "A quoi on voit qu'un ambassadeur est en train de décrocher ?",
     ["deux sollicitations refusées ou sans réponse d'affilée",
      "un message exprimant de la lassitude ou de l'agacement"],
     "dash list after a ':' line"),
    (P, "6. PASSAGE DE RELAIS (HANDOFF)", "paragraph", "en",
     "I'm on call this week: in which cases does the bot pass a chat to me, and how fast do I have to reply?",
     ["réclamation, question juridique ou fiscale, désaccord sur des points",
      "La personne d'astreinte répond sous deux jours ouvrés."],
     "English over French staff doc; the ambassador FAQ mentions handoff more briefly"),
    (P, "7. SORTIE D'UN AMBASSADEUR", "list", "fr",
     "un ambassadeur nous annonce qu'il part, on fait quoi de notre côté ?",
     ["Accuser réception sous 24 heures, avec un message personnel",
      "Informer le commercial du compte",
      "Archiver le profil dans le bot"],
     "numbered clauses 7.1-7.4"),
    # ---- pilotage (md, staff)
    (K, "3. Objectifs 2027", "table_row", "fr",
     "c'est quoi la cible de NPS ambassadeurs pour 2027 ?",
     ["Garder des ambassadeurs heureux", "≥ +60"],
     "objective row"),
    (K, "2. Bilan 2026", "table_row", "fr",
     "On avait combien d'ambassadeurs actifs en 2026 ?",
     ["Ambassadeurs actifs (au moins 1 contribution / trimestre)", "94"],
     "row with a footnote mark and an empty cell"),
    (K, "2. Bilan 2026", "list", "en",
     "What were the warning signs flagged in the 2026 review?",
     ["les dix ambassadeurs les plus sollicités ont reçu 41 % des demandes",
      "le niveau Maître d'origine ne compte que 9 personnes"],
     "list after a line ending in ':' below a table"),
    (K, "4. Plan d'action", "list", "fr",
     "qu'est-ce qui est prévu au printemps 2027, au 2e trimestre ?",
     ["nouvelle série d'ateliers NOUS - JE - ACTION",
      "création de trois groupes thématiques : restaurateurs, bureaux, particuliers passionnés"],
     "nested list under a numbered bold item"),
    (K, "5. Budget", "paragraph", "fr",
     "on demande combien de budget pour 2027 et pour quoi ?",
     ["Le budget 2027 demandé s'élève à 48 000 €",
      "21 000 € de cadeaux et avantages"],
     "single paragraph"),
    (K, "1. Raison d'être du Cercle", "paragraph", "fr",
     "La raison d'être du programme, on l'avait formulée comment déjà ?",
     ["des clients qui aiment raconter ce que le bon café change dans leur métier"],
     "purpose paragraph"),
]

UNANSWERABLE = [
    ("fr", "Combien de points rapporte un épisode de podcast enregistré avec la Brûlerie ?",
     "contribution kind absent from the scale"),
    ("fr", "Combien de places ambassadeurs sur le stand du Brussels Coffee Weekend ?",
     "places only given for French events"),
    ("fr", "Combien coûte en points un cours de torréfaction à domicile ?",
     "near item: online latte art class"),
    ("en", "What is the delivery time for gifts sent to Germany?",
     "only four countries listed"),
    ("fr", "Quel serait le seuil de points du futur niveau entre Grain et Torréfacteur ?",
     "level only planned as a test"),
    ("en", "How many Maître d'origine ambassadors are there in Belgium?",
     "count given only overall and for Lyon"),
    ("fr", "Qui est la personne de la Brûlerie responsable du stand au salon Equip'Hôtel ?",
     "event listed but no person named"),
    ("fr", "Combien de points faut-il pour se faire offrir un an d'abonnement ?",
     "reward grid has no subscription"),
    ("fr", "Combien de temps gardez-vous les coordonnées des prospects que j'ai présentés ?",
     "retention table covers ambassadors' data only"),
    ("fr", "Quel était le taux de participation aux sollicitations en 2024 ?",
     "table gives 2025 and 2026 only"),
    ("fr", "Quelle est la cible de rétention des ambassadeurs pour 2027 ?",
     "retention is in the 2026 review, not in the 2027 objectives"),
    ("fr", "C'est quoi le numéro de téléphone de l'équipe programme ?",
     "only e-mail addresses are given"),
    ("en", "Can I bring a guest with me to the London Coffee Festival?",
     "guests not covered for events abroad"),
    ("fr", "Combien de jours à l'avance faut-il prévenir un ambassadeur pour une interview presse ?",
     "request type absent from the notice table"),
    ("fr", "Le bot du Discord peut-il me répondre en allemand ?",
     "only French and English switch described"),
    ("fr", "Combien de personnes siègent au comité de direction qui valide le budget ?",
     "committee named, size not given"),
    ("fr", "Y a-t-il un plafond trimestriel pour les témoignages audio ?",
     "audio testimonials not in the scale"),
    ("en", "What is the order credit for introducing a hotel?",
     "near row: café, bar or restaurant"),
    ("fr", "Quel est le NPS moyen des clients qui ne sont pas ambassadeurs ?",
     "only ambassadors' NPS is reported"),
    ("en", "How much does the latte art class cost in euros if I don't have enough points?",
     "only a points cost is given"),
]


def write_data(here):
    import json
    import random
    import os
    rows = []
    for doc, sec, unit, lang, q, gold, note in QUESTIONS:
        rows.append({"question": q, "gold_doc": doc, "gold_section": sec, "unit": unit,
                     "gold": gold, "lang": lang, "note": note})
    random.Random(2611).shuffle(rows)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            r = dict([("id", "s26-q%03d" % i)] + list(r.items()))
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    un = list(UNANSWERABLE)
    random.Random(2612).shuffle(un)
    with open(os.path.join(here, "unanswerable.jsonl"), "w", encoding="utf-8") as fh:
        for i, (lang, q, note) in enumerate(un, 1):
            fh.write(json.dumps({"id": "s26-u%02d" % i, "question": q, "lang": lang, "note": note},
                                ensure_ascii=False) + "\n")


def main():
    import os
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import docs_src
    out = os.path.join(here, "docs")
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        os.remove(os.path.join(out, name))
    for d in docs_src.DOCS:
        path = os.path.join(out, d["file"])
        if d["format"] in ("txt", "md", "html"):
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(d["src"])
        elif d["format"] == "pdf":
            with open(path, "wb") as fh:
                fh.write(build_pdf(d["src"], d["title"]))
        elif d["format"] == "docx":
            with open(path, "wb") as fh:
                fh.write(build_docx(d["src"], d["title"]))
    write_data(here)


if __name__ == "__main__":
    main()
