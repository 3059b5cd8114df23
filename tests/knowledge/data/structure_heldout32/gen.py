#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the structure_heldout32 set (standard library only)."""


# ---------------------------------------------------------------- writers
import os, json, zipfile, textwrap
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")


def write_docx(path, title, blocks, lang):
    body = []
    nums = []  # (numId, abstractId)

    def para(text, style=None, num=None):
        ppr = ""
        if style or num:
            ppr = "<w:pPr>"
            if style:
                ppr += '<w:pStyle w:val="%s"/>' % style
            if num:
                ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
            ppr += "</w:pPr>"
        return ('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, xesc(text)))

    body.append(para(title, "Title"))
    for b in blocks:
        kind = b[0]
        if kind == "p":
            body.append(para(b[1]))
        elif kind == "h1":
            body.append(para(b[1], "Heading1"))
        elif kind == "h2":
            body.append(para(b[1], "Heading2"))
        elif kind in ("ul", "ol"):
            nid = len(nums) + 1
            nums.append((nid, 0 if kind == "ul" else 1))
            for item in b[1]:
                body.append(para(item, "ListParagraph", nid))
        elif kind == "table":
            rows = []
            for ri, row in enumerate(b[1]):
                cells = ""
                for c in row:
                    rpr = "<w:rPr><w:b/></w:rPr>" if ri == 0 else ""
                    cells += ('<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                              % (rpr, xesc(c)))
                hdr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""
                rows.append("<w:tr>%s%s</w:tr>" % (hdr, cells))
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        '<w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % ('<w:gridCol w:w="3000"/>' * len(b[1][0]), "".join(rows)))
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))

    def style(sid, name, size=None, bold=False, outline=None, based="Normal", stype="paragraph"):
        ppr = "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"%d\"/></w:pPr>" % outline if outline is not None else ""
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
        return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
                '<w:qFormat/>%s%s</w:style>' % (stype, sid, name, based, ppr, rpr))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>'
              '%s%s%s%s'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
              '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
              '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
              '</w:tblBorders></w:tblPr></w:style></w:styles>'
              % (W, style("Title", "Title", 48, True), style("Heading1", "heading 1", 32, True, 0),
                 style("Heading2", "heading 2", 26, True, 1), style("ListParagraph", "List Paragraph")))
    absn = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    numx = "".join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                   % (n, a) for n, a in nums)
    numbering = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s</w:numbering>' % (W, absn, numx)
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:language>%s</dc:language>'
            '<dc:creator>Jardineries Ombelle</dc:creator></cp:coreProperties>' % (xesc(title), lang))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                           ("word/document.xml", document), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering), ("docProps/core.xml", core)]:
            zi = zipfile.ZipInfo(name, (2026, 12, 7, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def _pdf_str(s):
    b = s.encode("cp1252")
    return "(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1") + ")"


def _pdf_utext(s):
    """Text string for metadata and outline entries (UTF-16BE with BOM, as the PDF spec allows)."""
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def write_pdf(path, title, blocks):
    # Helvetica (F1) for body text, Helvetica-Bold (F2) for the title (18 pt), sections (14 pt), questions (11.5 pt).
    W, H, M = 595, 842, 56
    pages, cur = [], []
    y = [H - M]
    outline = []  # (level, text, page index, y)

    def need(h):
        if y[0] - h < M:
            pages.append(cur[:]); cur.clear(); y[0] = H - M

    def line(text, font, size, x=M, gap=None):
        gap = gap or size * 1.35
        need(gap)
        y[0] -= gap
        cur.append("BT /%s %.1f Tf %d %.1f Td %s Tj ET" % (font, size, x, y[0], _pdf_str(text)))

    def wrapped(text, prefix="", x=M, width=92):
        first = True
        for chunk in textwrap.wrap(text, width):
            line((prefix if first else "") + chunk, "F1", 10, x if first or not prefix else x + 14)
            first = False

    line(title, "F2", 18, gap=24)
    outline.append((0, title, len(pages), y[0]))
    for b in blocks:
        k = b[0]
        if k == "p":
            y[0] -= 3
            wrapped(b[1])
        elif k == "h1":
            need(60)
            line(b[1], "F2", 14, gap=26)
            outline.append((1, b[1], len(pages), y[0]))
        elif k == "h2":
            need(40)
            line(b[1], "F2", 11.5, gap=20)
            outline.append((2, b[1], len(pages), y[0]))
        elif k in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                wrapped(item, prefix=("- " if k == "ul" else "%d. " % i), x=M + 12, width=88)
        elif k == "table":
            ncol = len(b[1][0])
            colx = [M + 8 + i * (W - 2 * M) // ncol for i in range(ncol)]
            if ncol == 3:
                colx = [M + 8, M + 170, M + 390]
            y[0] -= 4
            for ri, row in enumerate(b[1]):
                need(16)
                y[0] -= 15
                for cx, cell in zip(colx, row):
                    cur.append("BT /%s 10 Tf %d %.1f Td %s Tj ET" % ("F2" if ri == 0 else "F1", cx, y[0], _pdf_str(cell)))
                cur.append("0.5 w %d %.1f m %d %.1f l S" % (M, y[0] - 4, W - M, y[0] - 4))
    pages.append(cur[:])

    objs = []  # index 0 -> obj 1

    def add(s):
        objs.append(s); return len(objs)
    catalog = add(None); pages_id = add(None); f1 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    page_ids = []
    for content in pages:
        data = "\n".join(content).encode("latin-1")
        cid = add("<< /Length %d >>\nstream\n" % len(data) + data.decode("latin-1") + "\nendstream")
        pid = add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, W, H, f1, f2, cid))
        page_ids.append(pid)
    objs[pages_id - 1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))
    # outline: sections (level 1) with their questions (level 2) as children
    out_root = add(None)
    tops = []
    for i, (lvl, text, pg, yy) in enumerate(outline):
        if lvl == 1:
            tops.append([text, pg, yy, []])
        elif lvl == 2 and tops:
            tops[-1][3].append((text, pg, yy))
    top_ids = []
    for text, pg, yy, kids in tops:
        tid = add(None); top_ids.append(tid)
        kid_ids = []
        for ktext, kpg, kyy in kids:
            kid_ids.append(add(None))
        for j, (ktext, kpg, kyy) in enumerate(kids):
            d = "<< /Title %s /Parent %d 0 R /Dest [%d 0 R /XYZ 0 %d 0]" % (_pdf_utext(ktext), tid, page_ids[kpg], kyy + 20)
            if j > 0: d += " /Prev %d 0 R" % kid_ids[j - 1]
            if j < len(kids) - 1: d += " /Next %d 0 R" % kid_ids[j + 1]
            objs[kid_ids[j] - 1] = d + " >>"
        d = "<< /Title %s /Parent %d 0 R /Dest [%d 0 R /XYZ 0 %d 0]" % (_pdf_utext(text), out_root, page_ids[pg], yy + 20)
        if kid_ids:
            d += " /First %d 0 R /Last %d 0 R /Count %d" % (kid_ids[0], kid_ids[-1], len(kid_ids))
        objs[tid - 1] = d  # closed later
    for j, tid in enumerate(top_ids):
        d = objs[tid - 1]
        if j > 0: d += " /Prev %d 0 R" % top_ids[j - 1]
        if j < len(top_ids) - 1: d += " /Next %d 0 R" % top_ids[j + 1]
        objs[tid - 1] = d + " >>"
    objs[out_root - 1] = "<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (top_ids[0], top_ids[-1], len(top_ids))
    objs[catalog - 1] = "<< /Type /Catalog /Pages %d 0 R /Outlines %d 0 R /PageMode /UseOutlines >>" % (pages_id, out_root)
    info = add("<< /Title %s /Author (Jardineries Ombelle) /Producer (gen.py) >>" % _pdf_utext(title))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n" % i).encode() + o.encode("latin-1") + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)).encode()
    with open(path, "wb") as f:
        f.write(bytes(out))

FAQ_GENERALE_MD = """# FAQ du Cercle des Bouturiers

Public : tous les Bouturiers et Bouturières des Jardineries Ombelle. Mise à jour : novembre 2026.

## Rejoindre le Cercle

### Qui peut devenir Bouturier ?

Tout client titulaire de la carte Ombelle depuis au moins 12 mois, et passé en caisse au moins 4 fois sur l'année écoulée, peut être invité par son magasin.

### Peut-on demander à rejoindre le Cercle sans avoir été invité ?

Oui : écrivez à cercle@ombelle-jardineries.fr en précisant votre magasin habituel. L'équipe vous répond sous 15 jours.

### Combien de temps dure l'adhésion ?

L'adhésion est valable un an, du 1er mars au 28 février, et se renouvelle d'elle-même si vous avez fait au moins une contribution dans l'année.

## Quitter le Cercle

### Puis-je arrêter quand je veux ?

Oui, à tout moment et sans justification. Écrivez « STOP Cercle » à Capucine sur le Discord, ou prévenez l'accueil de votre magasin.
Vos points non utilisés restent valables 3 mois après votre départ.

### Que deviennent mes photos et témoignages si je pars ?

Le sort de vos contenus dépend de l'endroit où ils sont publiés :

- les témoignages publiés sur le site sont retirés sous 30 jours ;
- les photos affichées en magasin sont retirées au prochain changement de saison ;
- les contenus déjà imprimés (catalogue, affiches) ne sont pas réédités.

### Puis-je revenir après être parti ?

Oui, une seule fois, en écrivant à l'équipe ; vous repartez alors du niveau Semis.

## Données personnelles

### Qui voit mes informations ?

Seuls l'équipe community management et le responsable de votre magasin voient votre fiche Bouturier. Vos achats ne sont jamais montrés aux autres membres.

### Le bot du Discord est-il une intelligence artificielle ?

Oui. L'assistant « Capucine » est une IA : il enregistre vos contributions et vous rappelle les sollicitations. Vous pouvez couper les rappels automatiques avec la commande /rappels off.

## Contact

### Qui contacter en cas de problème avec une commande ?

Le Cercle ne gère pas les commandes : contactez le service client au 02 40 00 00 00, du lundi au samedi de 9 h à 19 h.
"""

CALENDRIER_MD = """# Le calendrier du Cercle, saison par saison

Public : tous les Bouturiers. FAQ saisonnière 2026-2027, à relire à chaque changement de saison.

## 1. Printemps (mars à mai)

### 1.1 Quelles sollicitations au printemps ?

Au printemps, nous vous solliciterons surtout pour :

- des témoignages vidéo pour la Fête des plantes ;
- des avis sur les nouveaux terreaux sans tourbe ;
- l'accueil des visiteurs aux portes ouvertes du 1er mai.

### 1.2 Y a-t-il des points bonus ?

Les contributions faites entre le 15 mars et le 15 avril comptent double.

### 1.3 Quel rendez-vous ne pas manquer ?

La Fête des plantes, le samedi 10 avril 2027, dans les quatre magasins.

## 2. Été (juin à août)

### 2.1 Quelles sollicitations en été ?

En été, l'équipe sollicite peu : au plus une demande par Bouturier en juillet, et aucune en août.

### 2.2 Y a-t-il des points bonus ?

Pas de bonus en été, mais chaque photo retenue pour le concours « Mon jardin en juillet » rapporte 20 points.

### 2.3 Quel rendez-vous ne pas manquer ?

Le pique-nique des Bouturiers, le dimanche 4 juillet 2027, à la pépinière partenaire de Mazé.

## 3. Automne (septembre à novembre)

### 3.1 Quelles sollicitations en automne ?

L'automne est la saison des plantations ; nous cherchons en priorité :

1. des volontaires pour la Semaine de l'arbre ;
2. des témoignages écrits sur les bulbes de printemps ;
3. des conseils sur le Discord pour les nouveaux jardiniers.

### 3.2 Comment participer à la bourse aux graines ?

1. Triez et étiquetez vos graines (espèce, variété, année de récolte).
2. Déposez-les dans une enveloppe kraft à l'accueil avant le 15 octobre.
3. Venez choisir d'autres graines le jour de la bourse, le samedi 23 octobre.

### 3.3 Quel rendez-vous ne pas manquer ?

La Semaine de l'arbre, du 22 au 28 novembre 2027 : un arbre fruitier est planté pour chaque parrainage validé pendant la semaine.

## 4. Hiver (décembre à février)

### 4.1 Quelles sollicitations en hiver ?

En hiver, nous vous demandons surtout des idées d'amélioration pour la saison suivante et des avis sur les sapins et décorations de Noël.

### 4.2 Les points expirent-ils en fin d'année ?

Les points se cumulent sur l'année d'adhésion ; ceux qui ne sont pas utilisés au 28 février sont perdus, sauf au niveau Canopée.

### 4.3 Quel rendez-vous ne pas manquer ?

La soirée des vœux du Cercle, le jeudi 14 janvier 2027, à Ombelle Angers-Saint-Barthélemy.
"""

HELP_EN_MD = """# Bouturiers Help Centre (English)

Audience: all Bouturiers, the ambassadors of the Cercle des Bouturiers, who prefer to read in English.

## Getting started

Q. I have just received my invitation. What should I do first?
A. Accept the invitation link within 21 days, then introduce yourself in the #bienvenue channel on Discord.

Q. Do I need a Discord account?
A. Yes. The program lives on a private Discord server; if you do not use Discord, your store's front desk can log your contributions for you.

## Levels

### How many points does each level require?

| Level | Points | Main perk |
|---|---|---|
| Semis | 0 to 149 | 10 % off seeds and bulbs |
| Pousse | 150 to 499 | 10 % off all plants |
| Floraison | 500 to 1,199 | 15 % off outdoor plants |
| Canopée | 1,200 and more | A seat on the new-products committee |

### Can I lose a level?

Yes. If you earn fewer than 100 points in a membership year, you go down one level on 1 March.

## Events

### Can I bring a friend to events?

Yes, one guest per Bouturier at seasonal events. Workshops are open to registered participants only.

### What if I cannot come to an event I signed up for?

Tell us at least 48 hours ahead in the #evenements channel, so that someone on the waiting list can take your seat.

## Language

Q. Can I take part if I do not speak French?
A. Yes. Capucine, the Discord assistant, answers in English on request, and the Rezé and Angers stores hold an English-language workshop every quarter.

## Privacy

Q. Can I use a nickname on Discord?
A. Yes, any nickname you like; only the community team can link it to your Ombelle card.
"""

QUESTIONS_TXT = """QUESTIONS FRÉQUENTES — CERCLE DES BOUTURIERS
============================================

Public : tous les Bouturiers et Bouturières des Jardineries Ombelle.
Dernière mise à jour : 2 novembre 2026.

Parrainage
----------

Q : Comment parrainer un ami ?
R : Donnez-lui votre code Bouturier (il figure sur votre profil Discord) ; il le présente en caisse lors de son premier achat de plus de 30 €.

Q : Combien de points rapporte un parrainage ?
R : Un parrainage validé rapporte 40 points, et 20 points de plus si votre filleul prend la carte Ombelle.

Q : Y a-t-il une limite au nombre de filleuls ?
R : Oui, 10 filleuls au maximum par année d'adhésion.

Avis en ligne
-------------

Q : Quels avis comptent pour le programme ?
R : Sont comptés :
- les avis Google sur la fiche de votre magasin ;
- les avis produits sur ombelle-jardineries.fr ;
- les avis laissés dans l'application Ombelle.

Q : Dois-je dire que je suis Bouturier dans mon avis ?
R : Oui, toujours. Ajoutez la mention « Membre du Cercle des Bouturiers » à la fin de chaque avis : c'est une obligation légale de transparence.

Q : Combien de points rapporte un avis ?
R : 15 points par avis, dans la limite de 4 avis par mois.

Photos et réseaux sociaux
-------------------------

Q : Quel hashtag utiliser ?
R : Utilisez #CercleOmbelle, et ajoutez #Bouturier pour que l'équipe retrouve vos publications.

Q : Puis-je publier des photos prises dans le magasin ?
R : Oui, à condition qu'aucun client ni salarié ne soit reconnaissable sans son accord.

Q : Combien de points rapporte un partage ?
R : 5 points par publication, 10 si elle contient une vidéo de plus de 30 secondes.
"""

ATELIERS_TXT = """ANIMER UN ATELIER EN MAGASIN — FAQ
==================================

Public : tous les Bouturiers, en particulier les niveaux Floraison et Canopée.

1. Avant l'atelier

1.1 Qui peut animer un atelier ?
Tout Bouturier à partir du niveau Pousse peut proposer un atelier. Au niveau Semis, vous pouvez co-animer avec un membre plus expérimenté.

1.2 Comment proposer un thème ?
Envoyez votre proposition à votre community manager au moins six semaines avant la date souhaitée, avec :
- le titre de l'atelier ;
- le public visé (débutants, enfants, jardiniers confirmés) ;
- la liste du matériel nécessaire.

1.3 Qui fournit le matériel ?
Le magasin fournit les pots, le terreau et les végétaux. Vous apportez vos propres outils si vous préférez travailler avec.

2. Le jour de l'atelier

2.1 À quelle heure arriver ?
Arrivez 45 minutes avant le début pour installer la table avec l'équipe du rayon.

2.2 Combien de participants au maximum ?
12 adultes, ou 8 enfants accompagnés d'un parent.

2.3 Comment accueillir les participants ?
1) Accueillez-les à l'entrée de l'espace atelier.
2) Faites signer la feuille de présence.
3) Rappelez que les photos ne sont prises qu'avec leur accord.

3. Après l'atelier

3.1 Comment déclarer l'atelier animé ?
L'hôte d'accueil déclare l'atelier pour vous le jour même : vous n'avez rien à faire.

3.2 Comment obtenir le badge Pédagogue ?
Le badge Pédagogue est attribué automatiquement après votre troisième atelier animé.

3.3 Mes frais sont-ils remboursés ?
Oui : vos frais de déplacement sont remboursés au-delà de 20 km aller, à 0,30 € par kilomètre.
"""

CM_TXT = """FAQ INTERNE DE L'ÉQUIPE COMMUNITY MANAGEMENT
============================================

Interne — équipe community management. Ne pas diffuser aux Bouturiers.
Version du 16 novembre 2026.

Planifier les sollicitations
----------------------------

Q. Combien de fois peut-on solliciter un même Bouturier ?
R. Jamais plus de deux fois par mois, tous niveaux confondus, et jamais deux semaines de suite.

Q. Avec quel préavis ?
R. Dix jours minimum pour un témoignage écrit, trois semaines pour un témoignage vidéo ou un atelier.

Q. Comment choisir qui solliciter ?
R. Dans l'ordre :
1. les Bouturiers qui n'ont reçu aucune sollicitation depuis 60 jours ;
2. ceux dont le délai moyen de réponse est inférieur à 5 jours ;
3. ceux du magasin concerné par l'événement.

Gérer les départs
-----------------

Q. Que faire quand un Bouturier quitte le Cercle ?
R. Envoyer le message de remerciement type sous 48 h, retirer ses contenus selon la FAQ publique, et prévenir son magasin pour que la relation client continue normalement.

Q. Quand retirer quelqu'un du Cercle ?
R. Après 12 mois sans aucune contribution, ou en cas de manquement à la charte (avis non signalés, propos injurieux), après un entretien avec la responsable du programme.

Passer la main
--------------

Q. Quand transmettre une conversation à un humain ?
R. Capucine passe la main à la community manager dans ces cas :
- réclamation sur un achat ou une livraison ;
- question juridique ou sur les données personnelles ;
- membre en colère ou en détresse ;
- demande de la presse.

Q. Sous quel délai répondre après un transfert ?
R. Sous 4 heures ouvrées en semaine, sous 24 heures le week-end.

Indicateurs
-----------

Q. Quels indicateurs suivre chaque mois ?
R. Le tableau de bord mensuel regroupe cinq indicateurs :
- Bouturiers actifs ;
- contributions par Bouturier ;
- taux de réponse aux sollicitations ;
- délai moyen de réponse ;
- NPS des Bouturiers.

Q. Quel est l'objectif de taux de réponse ?
R. 60 % des sollicitations acceptées sur l'année 2027, contre 48 % en 2026.
"""

FAQ_NIVEAUX_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Les niveaux du Cercle des Bouturiers</title>
</head>
<body>
<h1>Les niveaux du Cercle des Bouturiers</h1>
<p>Public : tous les Bouturiers. Cliquez sur une question pour afficher la réponse.</p>

<h2>Niveau Semis (0 à 149 points)</h2>
<details>
<summary>Quels avantages à ce niveau ?</summary>
<p>Au niveau Semis, vous bénéficiez de :</p>
<ul>
<li>10 % de remise sur les semences et les bulbes ;</li>
<li>l'accès au Discord privé du Cercle ;</li>
<li>un sachet de graines de saison offert à l'inscription.</li>
</ul>
</details>
<details>
<summary>Comment passer au niveau suivant ?</summary>
<p>Vous passez au niveau Pousse dès que vous atteignez 150 points.</p>
</details>
<details>
<summary>Combien de sollicitations par saison ?</summary>
<p>Au niveau Semis, vous recevez au plus une sollicitation par saison.</p>
</details>

<h2>Niveau Pousse (150 à 499 points)</h2>
<details>
<summary>Quels avantages à ce niveau ?</summary>
<p>Au niveau Pousse, vous bénéficiez de :</p>
<ul>
<li>10 % de remise sur tout le rayon végétal ;</li>
<li>une invitation aux ateliers de rempotage du samedi ;</li>
<li>le badge « Pousse » sur votre profil Discord.</li>
</ul>
</details>
<details>
<summary>Comment passer au niveau suivant ?</summary>
<p>Il faut atteindre 500 points et avoir publié au moins un témoignage écrit.</p>
</details>
<details>
<summary>Combien de sollicitations par saison ?</summary>
<p>Au niveau Pousse, vous recevez au plus deux sollicitations par saison.</p>
</details>

<h2>Niveau Floraison (500 à 1 199 points)</h2>
<details>
<summary>Quels avantages à ce niveau ?</summary>
<p>En plus des avantages du niveau Pousse :</p>
<ul>
<li>15 % de remise sur les plantes d'extérieur ;</li>
<li>l'accès aux ventes privées de printemps 48 h avant l'ouverture ;</li>
<li>une visite guidée de la pépinière partenaire de Mazé.</li>
</ul>
</details>
<details>
<summary>Comment passer au niveau suivant ?</summary>
<p>Il faut atteindre 1 200 points et avoir animé un atelier ou parrainé trois clients.</p>
</details>
<details>
<summary>Combien de sollicitations par saison ?</summary>
<p>Au niveau Floraison, jusqu'à trois sollicitations par saison, jamais plus d'une par semaine.</p>
</details>

<h2>Niveau Canopée (1 200 points et plus)</h2>
<details>
<summary>Quels avantages à ce niveau ?</summary>
<p>En plus des avantages des niveaux précédents :</p>
<ul>
<li>un siège possible au comité des nouveautés ;</li>
<li>20 % de remise sur les arbres et arbustes ;</li>
<li>la livraison gratuite des achats de plus de 80 €.</li>
</ul>
</details>
<details>
<summary>Comment passer au niveau suivant ?</summary>
<p>Canopée est le dernier niveau ; vous le gardez tant que vous cumulez 300 points par année d'adhésion.</p>
</details>
<details>
<summary>Combien de sollicitations par saison ?</summary>
<p>Au niveau Canopée, jusqu'à quatre sollicitations par saison, et vous choisissez lesquelles accepter.</p>
</details>
</body>
</html>
"""

FAQ_RECOMPENSES_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Récompenses et boutique à points</title>
</head>
<body>
<h1>Récompenses et boutique à points</h1>
<p>Public : tous les Bouturiers et Bouturières du Cercle.</p>

<h2>Utiliser ses points</h2>
<h3>Comment convertir mes points en bons d'achat ?</h3>
<ol>
<li>Dans le Discord, tapez /boutique.</li>
<li>Choisissez un bon : 100 points pour 5 €, 200 points pour 12 €, 400 points pour 30 €.</li>
<li>Le bon arrive par e-mail sous 24 h ; il est valable deux mois en magasin.</li>
</ol>
<h3>Puis-je utiliser mes points sur le site ?</h3>
<p>Non, les bons d'achat ne sont valables qu'en magasin pour l'instant ; l'utilisation en ligne est prévue pour l'automne 2027.</p>

<h2>Cadeaux du catalogue</h2>
<table>
<thead>
<tr><th>Question</th><th>Réponse</th></tr>
</thead>
<tbody>
<tr><td>Quels cadeaux peut-on choisir ?</td><td>Un sécateur Ombelle gravé (300 points), un kit de semis bio (150 points) ou une initiation à la taille des rosiers (250 points).</td></tr>
<tr><td>Combien de temps pour recevoir un cadeau ?</td><td>Deux à trois semaines ; le cadeau est à retirer à l'accueil de votre magasin.</td></tr>
<tr><td>Peut-on offrir ses points à un autre Bouturier ?</td><td>Non, les points sont personnels et ne se transfèrent pas.</td></tr>
<tr><td>Peut-on échanger un cadeau ?</td><td>Oui, sous 14 jours, s'il n'a pas été utilisé.</td></tr>
</tbody>
</table>

<h2>Badges</h2>
<h3>À quoi servent les badges ?</h3>
<p>Les badges ne rapportent pas de points ; ils montrent vos spécialités aux autres membres :</p>
<ul>
<li>« Main verte » : cinq conseils donnés sur le Discord ;</li>
<li>« Semeur » : participation à deux bourses aux graines ;</li>
<li>« Pédagogue » : trois ateliers animés en magasin.</li>
</ul>
<h3>Y a-t-il un classement ?</h3>
<p>Non. Le Cercle n'affiche aucun classement entre membres : chacun avance à son rythme.</p>
</body>
</html>
"""

# ---------------------------------------------------------------- DOCX / PDF block documents
AIDE_DOCX = ("Centre d'aide — déclarer vos contributions", [
    ("p", "Public : tous les Bouturiers et Bouturières. Ce centre d'aide répond aux questions les plus posées sur le Discord."),
    ("h1", "Déclarer une contribution"),
    ("h2", "Comment déclarer une contribution sur le Discord ?"),
    ("p", "Suivez ces étapes :"),
    ("ol", ["Ouvrez le salon #mes-contributions.",
            "Tapez /contribution puis choisissez le type de contribution dans la liste.",
            "Joignez un lien ou une photo comme preuve.",
            "Validez : Capucine vous envoie un message de confirmation."]),
    ("h2", "Comment déclarer une contribution en magasin ?"),
    ("ol", ["Présentez votre carte Ombelle à l'accueil.",
            "Indiquez le type de contribution (conseil donné en rayon, aide à l'inventaire des plants…).",
            "L'hôte d'accueil la saisit ; elle apparaît sur votre profil sous 48 h."]),
    ("h2", "Combien de temps ai-je pour déclarer ?"),
    ("p", "Vous avez 30 jours après la contribution pour la déclarer ; au-delà, elle n'est plus comptée."),
    ("h1", "Validation"),
    ("h2", "Qui valide mes contributions ?"),
    ("p", "Chaque contribution est vérifiée par la community manager de votre région : Maëlle Briand pour les Pays de la Loire, Hugo Ferrand pour le Centre-Val de Loire."),
    ("h2", "Pourquoi ma contribution a-t-elle été refusée ?"),
    ("p", "Les motifs de refus les plus fréquents sont :"),
    ("ul", ["un lien inaccessible ou un compte privé ;",
            "un avis sans la mention « Membre du Cercle des Bouturiers » ;",
            "un doublon d'une contribution déjà déclarée ;",
            "une contribution déclarée plus de 30 jours après."]),
    ("h2", "Comment contester un refus ?"),
    ("ol", ["Répondez au message de refus sur le Discord.",
            "Ajoutez une preuve supplémentaire (capture d'écran, ticket de caisse).",
            "La community manager vous répond sous 7 jours."]),
    ("h1", "Barème"),
    ("h2", "Combien rapporte chaque type de contribution ?"),
    ("table", [["Type de contribution", "Points", "Plafond"],
               ["Témoignage écrit", "30", "2 par mois"],
               ["Témoignage vidéo", "60", "1 par mois"],
               ["Atelier animé en magasin", "80", "aucun"],
               ["Idée d'amélioration retenue", "50", "aucun"],
               ["Aide à un autre membre sur le Discord", "5", "10 par mois"]]),
])

FAQ_EN_DOCX = ("Product testing, committee and breaks — FAQ", [
    ("p", "Audience: all Bouturiers (members of the Cercle des Bouturiers). English version prepared for our English-speaking members."),
    ("h1", "Product testing"),
    ("h2", "How are testers chosen?"),
    ("p", "Testers are drawn at random among volunteers at the Floraison and Canopée levels, with priority to those who have not tested anything in the last six months."),
    ("h2", "What do I commit to as a tester?"),
    ("p", "As a tester, you agree to:"),
    ("ul", ["use the product for at least four weeks;",
            "fill in the online questionnaire at the end of the test;",
            "post an honest review, even if it is negative."]),
    ("h2", "Do I keep the product?"),
    ("p", "Yes, tested products are yours to keep, except power tools, which go back to the store after the test."),
    ("h1", "New-products committee"),
    ("h2", "Who sits on the committee?"),
    ("p", "Eight Canopée-level Bouturiers, two per store, appointed for one year."),
    ("h2", "How often does it meet?"),
    ("p", "Four times a year, once per season, at the Angers head office; travel costs are reimbursed."),
    ("h2", "How do I apply?"),
    ("ol", ["Check that you have reached the Canopée level.",
            "Write a short motivation note (ten lines at most).",
            "Send it to your community manager before 31 January."]),
    ("h1", "Taking a break"),
    ("h2", "Can I pause my membership?"),
    ("p", "Yes, you can pause for up to six months, once per membership year; your points and level are frozen during the pause."),
    ("h2", "How do I pause?"),
    ("ol", ["Type /pause in the Discord.",
            "Choose the date your pause ends.",
            "Confirm; Capucine stops all reminders until that date."]),
])

MAGASINS_PDF = ("FAQ des magasins — Cercle des Bouturiers", [
    ("p", "Public : tous les Bouturiers. Les mêmes questions, magasin par magasin."),
    ("h1", "Ombelle Rezé"),
    ("h2", "Où se tiennent les ateliers ?"),
    ("p", "Dans la serre pédagogique, au fond du rayon plantes d'intérieur."),
    ("h2", "Quand déposer mes boutures au troc-bouture ?"),
    ("p", "Le mercredi de 10 h à 12 h, au comptoir troc-bouture près de l'entrée."),
    ("h2", "Qui est mon référent en magasin ?"),
    ("p", "Solène, responsable du rayon pépinière."),
    ("h1", "Ombelle Angers-Saint-Barthélemy"),
    ("h2", "Où se tiennent les ateliers ?"),
    ("p", "Dans la salle Jardin d'hiver, à l'étage, accessible par l'ascenseur près des caisses."),
    ("h2", "Quand déposer mes boutures au troc-bouture ?"),
    ("p", "Le samedi de 9 h 30 à 11 h, à l'accueil."),
    ("h2", "Qui est mon référent en magasin ?"),
    ("p", "Karim, responsable de l'animalerie."),
    ("h1", "Ombelle Tours-Nord"),
    ("h2", "Où se tiennent les ateliers ?"),
    ("p", "En extérieur, sous la pergola du potager de démonstration."),
    ("p", "Par mauvais temps, ils ont lieu dans l'espace café."),
    ("h2", "Quand déposer mes boutures au troc-bouture ?"),
    ("p", "Le troc-bouture n'existe pas encore à Tours-Nord ; il ouvrira au printemps 2027."),
    ("h2", "Qui est mon référent en magasin ?"),
    ("p", "Élodie, hôtesse d'accueil."),
    ("h1", "Ombelle La Roche-sur-Yon"),
    ("h2", "Où se tiennent les ateliers ?"),
    ("p", "Dans l'ancienne orangerie, de l'autre côté du parking."),
    ("h2", "Quand déposer mes boutures au troc-bouture ?"),
    ("p", "Le premier samedi du mois, de 14 h à 16 h, dans l'orangerie."),
    ("h2", "Qui est mon référent en magasin ?"),
    ("p", "Bastien, chef de rayon outillage."),
])

REFERENT_PDF = ("Guide des référents magasin 2027", [
    ("p", "Interne — référents magasin et équipe community management. Ne pas diffuser aux Bouturiers."),
    ("h1", "Objectifs 2027"),
    ("p", "Les objectifs du Cercle pour 2027, avec leur indicateur :"),
    ("table", [["Objectif", "Indicateur", "Cible 2027"],
               ["Recommandations", "Parrainages validés", "1 500"],
               ["Visibilité en ligne", "Avis publiés avec la mention", "4 000"],
               ["Fidélité", "Rétention des Bouturiers sur un an", "75 %"],
               ["Engagement", "Délai moyen de réponse", "moins de 6 jours"]]),
    ("h1", "Budgets par magasin"),
    ("table", [["Magasin", "Ateliers", "Cadeaux"],
               ["Rezé", "5 400 €", "3 000 €"],
               ["Angers-Saint-Barthélemy", "6 000 €", "3 500 €"],
               ["Tours-Nord", "3 800 €", "2 200 €"],
               ["La Roche-sur-Yon", "4 200 €", "2 500 €"]]),
    ("h1", "Questions des référents"),
    ("h2", "Comment inviter un client à rejoindre le Cercle ?"),
    ("ol", ["Vérifiez en caisse que le client a 12 mois d'ancienneté et un score d'au moins 7.",
            "Remettez-lui la carte d'invitation verte avec le code du magasin.",
            "Notez l'invitation dans l'onglet « Cercle » du logiciel de caisse."]),
    ("h2", "Comment est calculé le score d'enthousiasme ?"),
    ("p", "Le score est recalculé chaque mois à partir de :"),
    ("ul", ["la note de recommandation (NPS) du client ;",
            "le nombre de passages en caisse sur douze mois ;",
            "les avis spontanés laissés sur le magasin ;",
            "la participation aux ateliers."]),
    ("h2", "Que faire si un Bouturier se plaint en magasin ?"),
    ("p", "Écoutez-le, ne promettez rien sur les points, et prévenez la community manager."),
    ("p", "Signalez-le le jour même dans le canal #referents sur Slack."),
    ("h2", "Qui commande les cadeaux du catalogue ?"),
    ("p", "La community manager régionale commande les cadeaux chaque lundi."),
    ("p", "Le référent les remet ensuite au Bouturier contre signature."),
])

# ---------------------------------------------------------------- questions
GEN = "faq-generale.md"; NIV = "faq-niveaux.html"; QF = "questions-frequentes.txt"; AIDE = "aide-contributions.docx"
MAG = "faq-magasins.pdf"; CAL = "calendrier-saisons.md"; REC = "faq-recompenses.html"; ATE = "faq-ateliers.txt"
HEN = "help-centre-en.md"; DEN = "testing-committee-faq-en.docx"; CM = "cm-faq-interne.txt"; REF = "guide-referent-interne.pdf"

SEMIS = "Niveau Semis (0 à 149 points)"; POUSSE = "Niveau Pousse (150 à 499 points)"
FLOR = "Niveau Floraison (500 à 1 199 points)"; CANO = "Niveau Canopée (1 200 points et plus)"
AV = "Quels avantages à ce niveau ?"; NEXT = "Comment passer au niveau suivant ?"; SOL = "Combien de sollicitations par saison ?"
ATL = "Où se tiennent les ateliers ?"; TROC = "Quand déposer mes boutures au troc-bouture ?"; REFQ = "Qui est mon référent en magasin ?"

Q = [
 # faq-generale.md
 ("Je suis cliente depuis six mois seulement, est-ce que je peux déjà faire partie des Bouturiers ?", GEN,
  "Rejoindre le Cercle › Qui peut devenir Bouturier ?", "paragraph",
  ["Tout client titulaire de la carte Ombelle depuis au moins 12 mois, et passé en caisse au moins 4 fois sur l'année écoulée, peut être invité par son magasin."], "fr",
  "first person; 'faire partie' for 'devenir'"),
 ("Personne ne m'a invité… je peux m'inscrire quand même ?", GEN,
  "Rejoindre le Cercle › Peut-on demander à rejoindre le Cercle sans avoir été invité ?", "sentence",
  ["écrivez à cercle@ombelle-jardineries.fr en précisant votre magasin habituel"], "fr", "spoken French"),
 ("Can I quit the program whenever I want?", GEN, "Quitter le Cercle › Puis-je arrêter quand je veux ?", "paragraph",
  ["Oui, à tout moment et sans justification.", "Vos points non utilisés restent valables 3 mois après votre départ."], "en",
  "English over a French FAQ; the answer paragraph spans two source lines"),
 ("Si je quitte le club, mes photos restent affichées dans le magasin ?", GEN,
  "Quitter le Cercle › Que deviennent mes photos et témoignages si je pars ?", "list",
  ["Le sort de vos contenus dépend de l'endroit où ils sont publiés :",
   "les photos affichées en magasin sont retirées au prochain changement de saison ;",
   "les témoignages publiés sur le site sont retirés sous 30 jours ;"], "fr", "intro sentence ending in ':' plus its list"),
 ("J'étais parti l'an dernier, si je reviens je garde mon ancien niveau ?", GEN,
  "Quitter le Cercle › Puis-je revenir après être parti ?", "sentence",
  ["Oui, une seule fois, en écrivant à l'équipe ; vous repartez alors du niveau Semis."], "fr", "near the 'arrêter' entry of the same section"),
 ("Est-ce que les autres membres peuvent voir ce que j'achète ?", GEN, "Données personnelles › Qui voit mes informations ?", "sentence",
  ["Vos achats ne sont jamais montrés aux autres membres."], "fr", "synonym achats/informations"),
 ("Capucine, c'est une vraie personne ou un robot ? Et comment je coupe ses relances ?", GEN,
  "Données personnelles › Le bot du Discord est-il une intelligence artificielle ?", "paragraph",
  ["L'assistant « Capucine » est une IA", "Vous pouvez couper les rappels automatiques avec la commande /rappels off."], "fr",
  "transparency about AI; 'relances' for 'rappels'"),
 ("Mon sécateur commandé en ligne est arrivé cassé, je m'adresse à qui ?", GEN,
  "Contact › Qui contacter en cas de problème avec une commande ?", "sentence",
  ["contactez le service client au 02 40 00 00 00, du lundi au samedi de 9 h à 19 h."], "fr", "concrete case, no word 'commande' problem"),
 # faq-niveaux.html
 ("Qu'est-ce que j'y gagne une fois passée en Floraison ?", NIV, FLOR + " › " + AV, "list",
  ["En plus des avantages du niveau Pousse :", "15 % de remise sur les plantes d'extérieur ;",
   "l'accès aux ventes privées de printemps 48 h avant l'ouverture ;", "une visite guidée de la pépinière partenaire de Mazé."], "fr",
  "same accordion question under four levels; intro line ends in ':'"),
 ("Je viens d'arriver dans le Cercle, j'ai droit à quelles réductions ?", NIV, SEMIS + " › " + AV, "list",
  ["Au niveau Semis, vous bénéficiez de :", "10 % de remise sur les semences et les bulbes ;",
   "un sachet de graines de saison offert à l'inscription."], "fr", "level implied (newcomer = Semis), not named"),
 ("C'est quoi les avantages quand on est tout en haut, au niveau Canopée ?", NIV, CANO + " › " + AV, "list",
  ["En plus des avantages des niveaux précédents :", "un siège possible au comité des nouveautés ;",
   "20 % de remise sur les arbres et arbustes ;", "la livraison gratuite des achats de plus de 80 €."], "fr",
  "the issue's 'Phare' case: intro sentence must come with its list"),
 ("J'ai 480 points, qu'est-ce qui me manque pour monter d'un cran ?", NIV, POUSSE + " › " + NEXT, "sentence",
  ["Il faut atteindre 500 points et avoir publié au moins un témoignage écrit."], "fr", "level inferred from the points"),
 ("Je suis en Floraison, comment je fais pour devenir Canopée ?", NIV, FLOR + " › " + NEXT, "sentence",
  ["Il faut atteindre 1 200 points et avoir animé un atelier ou parrainé trois clients."], "fr",
  "names Canopée, but the answer sits under Floraison"),
 ("Une fois Canopée, il faut faire combien de points par an pour y rester ?", NIV, CANO + " › " + NEXT, "sentence",
  ["vous le gardez tant que vous cumulez 300 points par année d'adhésion."], "fr", "answer under 'passer au niveau suivant'"),
 ("Au niveau Pousse, on va me demander des choses combien de fois par saison ?", NIV, POUSSE + " › " + SOL, "sentence",
  ["Au niveau Pousse, vous recevez au plus deux sollicitations par saison."], "fr", "four look-alike answers"),
 ("I'm at the Floraison level: how many requests can the team send me each season?", NIV, FLOR + " › " + SOL, "sentence",
  ["Au niveau Floraison, jusqu'à trois sollicitations par saison, jamais plus d'une par semaine."], "en", "English; look-alike entries"),
 ("En Canopée, est-ce que je suis obligé d'accepter toutes les demandes ?", NIV, CANO + " › " + SOL, "sentence",
  ["Au niveau Canopée, jusqu'à quatre sollicitations par saison, et vous choisissez lesquelles accepter."], "fr",
  "'demandes' for 'sollicitations'"),
 # questions-frequentes.txt
 ("Comment je fais pour faire profiter ma voisine de mon code ?", QF, "Parrainage", "sentence",
  ["Donnez-lui votre code Bouturier (il figure sur votre profil Discord) ; il le présente en caisse lors de son premier achat de plus de 30 €."], "fr",
  "Q :/R : pair in plain text"),
 ("Je gagne combien quand un copain que j'ai parrainé s'inscrit ?", QF, "Parrainage", "sentence",
  ["Un parrainage validé rapporte 40 points, et 20 points de plus si votre filleul prend la carte Ombelle."], "fr",
  "three 'Combien de points rapporte…' entries in three sections"),
 ("Est-ce que je peux parrainer toute ma famille, genre quinze personnes ?", QF, "Parrainage", "sentence",
  ["Oui, 10 filleuls au maximum par année d'adhésion."], "fr", "short answer"),
 ("Où est-ce que je dois laisser mes avis pour qu'ils soient pris en compte ?", QF, "Avis en ligne", "list",
  ["Sont comptés :", "les avis Google sur la fiche de votre magasin ;", "les avis produits sur ombelle-jardineries.fr ;",
   "les avis laissés dans l'application Ombelle."], "fr", "'R : Sont comptés :' introduces a dash list"),
 ("Faut-il préciser que je fais partie du club quand je note un produit ?", QF, "Avis en ligne", "sentence",
  ["Ajoutez la mention « Membre du Cercle des Bouturiers » à la fin de chaque avis : c'est une obligation légale de transparence."], "fr",
  "'club' for Cercle, 'noter' for avis"),
 ("Un avis Google, ça me rapporte combien ?", QF, "Avis en ligne", "sentence",
  ["15 points par avis, dans la limite de 4 avis par mois."], "fr", "look-alike points questions"),
 ("Pour mes posts Instagram, je mets quel mot-dièse ?", QF, "Photos et réseaux sociaux", "sentence",
  ["Utilisez #CercleOmbelle, et ajoutez #Bouturier pour que l'équipe retrouve vos publications."], "fr", "'mot-dièse' for hashtag"),
 ("How many points do I get for sharing a video of my garden on social media?", QF, "Photos et réseaux sociaux", "sentence",
  ["5 points par publication, 10 si elle contient une vidéo de plus de 30 secondes."], "en", "English; look-alike points questions"),
 # aide-contributions.docx
 ("Comment j'enregistre sur Discord un truc que j'ai fait pour le Cercle ?", AIDE,
  "Déclarer une contribution › Comment déclarer une contribution sur le Discord ?", "step",
  ["Ouvrez le salon #mes-contributions.", "Tapez /contribution puis choisissez le type de contribution dans la liste.",
   "Joignez un lien ou une photo comme preuve.", "Validez : Capucine vous envoie un message de confirmation."], "fr",
  "numbered steps after 'Suivez ces étapes :'"),
 ("J'ai donné un coup de main en rayon samedi, je le fais compter comment à l'accueil ?", AIDE,
  "Déclarer une contribution › Comment déclarer une contribution en magasin ?", "step",
  ["Présentez votre carte Ombelle à l'accueil.", "L'hôte d'accueil la saisit ; elle apparaît sur votre profil sous 48 h."], "fr",
  "look-alike of the Discord procedure"),
 ("J'ai oublié de déclarer un témoignage d'il y a deux mois, c'est trop tard ?", AIDE,
  "Déclarer une contribution › Combien de temps ai-je pour déclarer ?", "sentence",
  ["Vous avez 30 jours après la contribution pour la déclarer ; au-delà, elle n'est plus comptée."], "fr", "deadline"),
 ("Qui vérifie ce que je déclare quand j'habite du côté de Tours ?", AIDE, "Validation › Qui valide mes contributions ?", "sentence",
  ["Hugo Ferrand pour le Centre-Val de Loire."], "fr", "region inferred from the town"),
 ("Pourquoi on m'a rejeté mon avis ?", AIDE, "Validation › Pourquoi ma contribution a-t-elle été refusée ?", "list",
  ["Les motifs de refus les plus fréquents sont :", "un lien inaccessible ou un compte privé ;",
   "un avis sans la mention « Membre du Cercle des Bouturiers » ;"], "fr", "DOCX list introduced by ':'"),
 ("Je ne suis pas d'accord avec le refus, je fais comment pour faire appel ?", AIDE, "Validation › Comment contester un refus ?", "step",
  ["Répondez au message de refus sur le Discord.", "Ajoutez une preuve supplémentaire (capture d'écran, ticket de caisse).",
   "La community manager vous répond sous 7 jours."], "fr", "'faire appel' for 'contester'"),
 ("Une vidéo où je témoigne, ça vaut combien de points, et je peux en faire autant que je veux ?", AIDE,
  "Barème › Combien rapporte chaque type de contribution ?", "table_row", ["Témoignage vidéo", "60", "1 par mois"], "fr",
  "DOCX table row with its header"),
 ("How many points is running a workshop in my store worth?", AIDE, "Barème › Combien rapporte chaque type de contribution ?",
  "table_row", ["Atelier animé en magasin", "80"], "en", "English; table row"),
 # faq-magasins.pdf
 ("À Rezé, l'atelier c'est où dans le magasin ?", MAG, "Ombelle Rezé › " + ATL, "sentence",
  ["Dans la serre pédagogique, au fond du rayon plantes d'intérieur."], "fr", "same bold question under four shops"),
 ("Je vais à la jardinerie de Tours-Nord : les ateliers se font où, et s'il pleut ?", MAG, "Ombelle Tours-Nord › " + ATL, "paragraph",
  ["En extérieur, sous la pergola du potager de démonstration.", "Par mauvais temps, ils ont lieu dans l'espace café."], "fr",
  "answer in two PDF lines"),
 ("Je peux apporter mes boutures quel jour à Angers ?", MAG, "Ombelle Angers-Saint-Barthélemy › " + TROC, "sentence",
  ["Le samedi de 9 h 30 à 11 h, à l'accueil."], "fr", "shop named short"),
 ("Il y a un troc de boutures à Tours ?", MAG, "Ombelle Tours-Nord › " + TROC, "sentence",
  ["Le troc-bouture n'existe pas encore à Tours-Nord ; il ouvrira au printemps 2027."], "fr", "negative answer"),
 ("Qui est la personne à voir pour le Cercle au magasin de La Roche ?", MAG, "Ombelle La Roche-sur-Yon › " + REFQ, "sentence",
  ["Bastien, chef de rayon outillage."], "fr", "very short answer under a bold question"),
 ("À Angers, c'est qui mon contact pour le programme ?", MAG, "Ombelle Angers-Saint-Barthélemy › " + REFQ, "sentence",
  ["Karim, responsable de l'animalerie."], "fr", "look-alike of the previous"),
 ("Les ateliers à La Roche-sur-Yon, c'est dans le bâtiment principal ?", MAG, "Ombelle La Roche-sur-Yon › " + ATL, "sentence",
  ["Dans l'ancienne orangerie, de l'autre côté du parking."], "fr", "shop-specific"),
 ("When can I drop off my cuttings at the Rezé store?", MAG, "Ombelle Rezé › " + TROC, "sentence",
  ["Le mercredi de 10 h à 12 h, au comptoir troc-bouture près de l'entrée."], "en", "English; 'cuttings' = boutures"),
 # calendrier-saisons.md
 ("Qu'est-ce que vous allez nous demander ce printemps ?", CAL, "1. Printemps (mars à mai) › 1.1 Quelles sollicitations au printemps ?", "list",
  ["Au printemps, nous vous solliciterons surtout pour :", "des témoignages vidéo pour la Fête des plantes ;",
   "des avis sur les nouveaux terreaux sans tourbe ;", "l'accueil des visiteurs aux portes ouvertes du 1er mai."], "fr",
  "numbered question headings repeated per season"),
 ("Y a des points doublés à un moment au printemps ?", CAL, "1. Printemps (mars à mai) › 1.2 Y a-t-il des points bonus ?", "sentence",
  ["Les contributions faites entre le 15 mars et le 15 avril comptent double."], "fr", "identical heading under each season"),
 ("Cet été je pars tout le mois d'août, vous allez me solliciter ?", CAL, "2. Été (juin à août) › 2.1 Quelles sollicitations en été ?", "sentence",
  ["En été, l'équipe sollicite peu : au plus une demande par Bouturier en juillet, et aucune en août."], "fr", "season inferred from the month"),
 ("Le concours photo de juillet, ça rapporte quoi ?", CAL, "2. Été (juin à août) › 2.2 Y a-t-il des points bonus ?", "sentence",
  ["chaque photo retenue pour le concours « Mon jardin en juillet » rapporte 20 points."], "fr", "identical heading under each season"),
 ("C'est quand le pique-nique des membres ?", CAL, "2. Été (juin à août) › 2.3 Quel rendez-vous ne pas manquer ?", "sentence",
  ["Le pique-nique des Bouturiers, le dimanche 4 juillet 2027, à la pépinière partenaire de Mazé."], "fr", "identical heading under each season"),
 ("À l'automne, vous avez besoin de nous pour quoi ?", CAL, "3. Automne (septembre à novembre) › 3.1 Quelles sollicitations en automne ?", "list",
  ["L'automne est la saison des plantations ; nous cherchons en priorité :", "des volontaires pour la Semaine de l'arbre ;",
   "des témoignages écrits sur les bulbes de printemps ;"], "fr", "numbered list introduced by ':'"),
 ("J'ai récolté des graines de tomates anciennes, comment je les échange à la bourse ?", CAL,
  "3. Automne (septembre à novembre) › 3.2 Comment participer à la bourse aux graines ?", "step",
  ["Triez et étiquetez vos graines (espèce, variété, année de récolte).", "Déposez-les dans une enveloppe kraft à l'accueil avant le 15 octobre.",
   "Venez choisir d'autres graines le jour de la bourse, le samedi 23 octobre."], "fr", "numbered steps directly under the heading"),
 ("Mes points, je les perds si je les ai pas dépensés avant mars ?", CAL, "4. Hiver (décembre à février) › 4.2 Les points expirent-ils en fin d'année ?", "sentence",
  ["ceux qui ne sont pas utilisés au 28 février sont perdus, sauf au niveau Canopée."], "fr", "spoken negation"),
 ("What's the big get-together for members in winter?", CAL, "4. Hiver (décembre à février) › 4.3 Quel rendez-vous ne pas manquer ?", "sentence",
  ["La soirée des vœux du Cercle, le jeudi 14 janvier 2027, à Ombelle Angers-Saint-Barthélemy."], "en", "English; season look-alikes"),
 # faq-recompenses.html
 ("Comment je transforme mes points en bon d'achat ?", REC, "Utiliser ses points › Comment convertir mes points en bons d'achat ?", "step",
  ["Dans le Discord, tapez /boutique.", "Choisissez un bon : 100 points pour 5 €, 200 points pour 12 €, 400 points pour 30 €.",
   "Le bon arrive par e-mail sous 24 h ; il est valable deux mois en magasin."], "fr", "HTML ordered list right under an h3"),
 ("J'ai 400 points de côté, ça me fait un bon de combien ?", REC, "Utiliser ses points › Comment convertir mes points en bons d'achat ?", "step",
  ["Choisissez un bon : 100 points pour 5 €, 200 points pour 12 €, 400 points pour 30 €."], "fr", "one step answers"),
 ("Je peux payer sur le site internet avec mes points ?", REC, "Utiliser ses points › Puis-je utiliser mes points sur le site ?", "sentence",
  ["Non, les bons d'achat ne sont valables qu'en magasin pour l'instant ; l'utilisation en ligne est prévue pour l'automne 2027."], "fr", "'payer' for 'utiliser'"),
 ("Qu'est-ce qu'on peut avoir comme cadeau avec les points ?", REC, "Cadeaux du catalogue", "table_row",
  ["Quels cadeaux peut-on choisir ?", "Un sécateur Ombelle gravé (300 points), un kit de semis bio (150 points) ou une initiation à la taille des rosiers (250 points)."], "fr",
  "Question | Réponse table"),
 ("Ma fille est aussi Bouturière, je peux lui donner mes points ?", REC, "Cadeaux du catalogue", "table_row",
  ["Peut-on offrir ses points à un autre Bouturier ?", "Non, les points sont personnels et ne se transfèrent pas."], "fr", "Question | Réponse table row"),
 ("Le kit de semis que j'ai pris ne me plaît pas, je peux le changer ?", REC, "Cadeaux du catalogue", "table_row",
  ["Peut-on échanger un cadeau ?", "Oui, sous 14 jours, s'il n'a pas été utilisé."], "fr", "Question | Réponse table row"),
 ("Le badge Main verte, il s'obtient comment ?", REC, "Badges › À quoi servent les badges ?", "list",
  ["Les badges ne rapportent pas de points ; ils montrent vos spécialités aux autres membres :", "« Main verte » : cinq conseils donnés sur le Discord ;"], "fr",
  "one list item plus its intro"),
 ("Is there a leaderboard of the most active members?", REC, "Badges › Y a-t-il un classement ?", "sentence",
  ["Non. Le Cercle n'affiche aucun classement entre membres : chacun avance à son rythme."], "en", "English; 'leaderboard' = classement"),
 # faq-ateliers.txt
 ("Je suis encore Semis, j'ai le droit d'animer un atelier ?", ATE, "1. Avant l'atelier › 1.1 Qui peut animer un atelier ?", "sentence",
  ["Au niveau Semis, vous pouvez co-animer avec un membre plus expérimenté."], "fr", "numbered plain-text headings"),
 ("J'aimerais faire un atelier sur les succulentes, je dois envoyer quoi et quand ?", ATE, "1. Avant l'atelier › 1.2 Comment proposer un thème ?", "list",
  ["Envoyez votre proposition à votre community manager au moins six semaines avant la date souhaitée, avec :", "le titre de l'atelier ;",
   "le public visé (débutants, enfants, jardiniers confirmés) ;", "la liste du matériel nécessaire."], "fr", "sentence ending in ':' and its dash list"),
 ("Le terreau et les pots pour l'atelier, c'est à moi de les acheter ?", ATE, "1. Avant l'atelier › 1.3 Qui fournit le matériel ?", "sentence",
  ["Le magasin fournit les pots, le terreau et les végétaux."], "fr", "first person"),
 ("Je dois être là combien de temps avant mon atelier ?", ATE, "2. Le jour de l'atelier › 2.1 À quelle heure arriver ?", "sentence",
  ["Arrivez 45 minutes avant le début pour installer la table avec l'équipe du rayon."], "fr", "spoken"),
 ("On peut être combien dans un atelier pour les enfants ?", ATE, "2. Le jour de l'atelier › 2.2 Combien de participants au maximum ?", "sentence",
  ["12 adultes, ou 8 enfants accompagnés d'un parent."], "fr", "line starts with a number but is not a heading"),
 ("Quand les gens arrivent à mon atelier, je fais quoi en premier ?", ATE, "2. Le jour de l'atelier › 2.3 Comment accueillir les participants ?", "step",
  ["Accueillez-les à l'entrée de l'espace atelier.", "Faites signer la feuille de présence.",
   "Rappelez que les photos ne sont prises qu'avec leur accord."], "fr", "steps numbered '1)'"),
 ("J'habite à 35 km du magasin, on me rembourse l'essence ?", ATE, "3. Après l'atelier › 3.3 Mes frais sont-ils remboursés ?", "sentence",
  ["vos frais de déplacement sont remboursés au-delà de 20 km aller, à 0,30 € par kilomètre."], "fr", "'essence' for 'frais de déplacement'"),
 ("Après mon atelier, faut que je le déclare moi-même sur Discord ?", ATE, "3. Après l'atelier › 3.1 Comment déclarer l'atelier animé ?", "sentence",
  ["L'hôte d'accueil déclare l'atelier pour vous le jour même : vous n'avez rien à faire."], "fr",
  "competes with the generic declaring procedure of aide-contributions.docx"),
 # help-centre-en.md
 ("I got the invite email yesterday, what's the first thing to do?", HEN, "Getting started", "sentence",
  ["Accept the invitation link within 21 days, then introduce yourself in the #bienvenue channel on Discord."], "en", "Q./A. pair in Markdown"),
 ("I'm not on Discord and don't want to be. Can I still log what I do?", HEN, "Getting started", "sentence",
  ["if you do not use Discord, your store's front desk can log your contributions for you."], "en", "Q./A. pair"),
 ("Si je fais moins de 100 points dans l'année, je redescends de niveau ?", HEN, "Levels › Can I lose a level?", "sentence",
  ["If you earn fewer than 100 points in a membership year, you go down one level on 1 March."], "fr", "French over the English document"),
 ("How many points until I'm Canopée, and what's the main perk there?", HEN, "Levels › How many points does each level require?", "table_row",
  ["Canopée", "1,200 and more", "A seat on the new-products committee"], "en", "Markdown table row; look-alike level pages in French"),
 ("Can my husband come along with me to the summer picnic?", HEN, "Events › Can I bring a friend to events?", "sentence",
  ["Yes, one guest per Bouturier at seasonal events."], "en", "'husband' vs 'friend'"),
 # testing-committee-faq-en.docx
 ("How do you pick who gets to try out new products?", DEN, "Product testing › How are testers chosen?", "sentence",
  ["Testers are drawn at random among volunteers at the Floraison and Canopée levels, with priority to those who have not tested anything in the last six months."], "en",
  "DOCX Heading 2 question"),
 ("If I test a lawnmower, do I have to give it back afterwards?", DEN, "Product testing › Do I keep the product?", "sentence",
  ["Yes, tested products are yours to keep, except power tools, which go back to the store after the test."], "en", "lawnmower = power tool"),
 ("Je voudrais entrer au comité des nouveautés, comment je postule ?", DEN, "New-products committee › How do I apply?", "step",
  ["Check that you have reached the Canopée level.", "Write a short motivation note (ten lines at most).",
   "Send it to your community manager before 31 January."], "fr", "French over English DOCX; numbered list"),
 ("I'm moving house this spring, can I put my membership on hold for a while?", DEN, "Taking a break › Can I pause my membership?", "sentence",
  ["Yes, you can pause for up to six months, once per membership year; your points and level are frozen during the pause."], "en",
  "'on hold' for 'pause'; the 'How do I pause?' steps are a look-alike"),
 ("What exactly am I signing up for if I become a product tester?", DEN, "Product testing › What do I commit to as a tester?", "list",
  ["As a tester, you agree to:", "use the product for at least four weeks;", "post an honest review, even if it is negative."], "en",
  "intro ends in ':'"),
 # cm-faq-interne.txt (staff)
 ("Je peux relancer la même Bouturière deux semaines d'affilée pour le salon ?", CM, "Planifier les sollicitations", "sentence",
  ["Jamais plus de deux fois par mois, tous niveaux confondus, et jamais deux semaines de suite."], "fr", "staff; Q./R. pairs"),
 ("Il me faut une vidéo pour la Fête des plantes, je dois prévenir combien de temps avant ?", CM, "Planifier les sollicitations", "sentence",
  ["trois semaines pour un témoignage vidéo ou un atelier."], "fr", "staff; notice period"),
 ("J'ai trois témoignages à trouver, je sollicite qui en priorité ?", CM, "Planifier les sollicitations", "list",
  ["Dans l'ordre :", "les Bouturiers qui n'ont reçu aucune sollicitation depuis 60 jours ;",
   "ceux dont le délai moyen de réponse est inférieur à 5 jours ;", "ceux du magasin concerné par l'événement."], "fr",
  "staff; 'R. Dans l'ordre :' then a numbered list"),
 ("Une Bouturière vient d'annoncer qu'elle arrête, qu'est-ce que je dois faire de mon côté ?", CM, "Gérer les départs", "sentence",
  ["Envoyer le message de remerciement type sous 48 h, retirer ses contenus selon la FAQ publique, et prévenir son magasin pour que la relation client continue normalement."], "fr",
  "staff; the public FAQ has a look-alike 'quitter' section"),
 ("Au bout de combien de temps sans activité on sort quelqu'un du programme ?", CM, "Gérer les départs", "sentence",
  ["Après 12 mois sans aucune contribution"], "fr", "staff"),
 ("Dans quels cas le bot doit me passer la conversation ?", CM, "Passer la main", "list",
  ["Capucine passe la main à la community manager dans ces cas :", "réclamation sur un achat ou une livraison ;",
   "question juridique ou sur les données personnelles ;", "membre en colère ou en détresse ;"], "fr", "staff; human handoff list"),
 ("Un transfert tombe un samedi matin, j'ai combien de temps pour répondre ?", CM, "Passer la main", "sentence",
  ["Sous 4 heures ouvrées en semaine, sous 24 heures le week-end."], "fr", "staff"),
 ("On vise quel taux d'acceptation des sollicitations l'an prochain ?", CM, "Indicateurs", "sentence",
  ["60 % des sollicitations acceptées sur l'année 2027, contre 48 % en 2026."], "fr", "staff; 'acceptation' for 'réponse'"),
 # guide-referent-interne.pdf (staff)
 ("C'est quoi la cible de parrainages pour 2027 ?", REF, "Objectifs 2027", "table_row", ["Parrainages validés", "1 500"], "fr",
  "staff; PDF table row, the issue's '2027 objectives' case"),
 ("Pour garder nos Bouturiers d'une année à l'autre, on vise combien ?", REF, "Objectifs 2027", "table_row",
  ["Rétention des Bouturiers sur un an", "75 %"], "fr", "staff; PDF table row"),
 ("Quel est le budget ateliers du magasin de Tours-Nord ?", REF, "Budgets par magasin", "table_row", ["Tours-Nord", "3 800 €"], "fr",
  "staff; two money columns, pick the right one"),
 ("Un client fidèle me demande à entrer dans le Cercle, je fais comment en caisse ?", REF,
  "Questions des référents › Comment inviter un client à rejoindre le Cercle ?", "step",
  ["Vérifiez en caisse que le client a 12 mois d'ancienneté et un score d'au moins 7.", "Remettez-lui la carte d'invitation verte avec le code du magasin.",
   "Notez l'invitation dans l'onglet « Cercle » du logiciel de caisse."], "fr", "staff; public FAQ has a look-alike 'Qui peut devenir Bouturier ?'"),
 ("Sur quoi repose le score d'enthousiasme des clients ?", REF, "Questions des référents › Comment est calculé le score d'enthousiasme ?", "list",
  ["Le score est recalculé chaque mois à partir de :", "la note de recommandation (NPS) du client ;",
   "le nombre de passages en caisse sur douze mois ;"], "fr", "staff; PDF list introduced by ':'"),
 ("Un Bouturier est venu râler à l'accueil à propos de ses points, je réagis comment ?", REF,
  "Questions des référents › Que faire si un Bouturier se plaint en magasin ?", "paragraph",
  ["Écoutez-le, ne promettez rien sur les points, et prévenez la community manager.", "Signalez-le le jour même dans le canal #referents sur Slack."], "fr",
  "staff; two-line paragraph"),
]

UNANSWERABLE = [
 ("Est-ce que je suis assuré si je me blesse pendant un atelier que j'anime ?", "fr", "insurance is never mentioned"),
 ("Les points gagnés sont-ils à déclarer aux impôts ?", "fr", "tax treatment not covered"),
 ("Je suis paysagiste, je peux parrainer mon entreprise ?", "fr", "business referrals not covered"),
 ("Quel est le programme de l'atelier compost du mois de mars ?", "fr", "no workshop programme in the documents"),
 ("Le Cercle organise-t-il un voyage aux Floralies de Gand ?", "fr", "no trip mentioned"),
 ("Mes bons d'achat sont-ils cumulables avec les soldes ?", "fr", "combination rules not given"),
 ("Combien y a-t-il de Bouturiers en tout aujourd'hui ?", "fr", "membership count never given"),
 ("C'est quoi le code wifi de la serre de Rezé ?", "fr", "looks shop-specific but absent"),
 ("Est-ce que je peux vendre mes propres plants au troc-bouture ?", "fr", "troc-bouture rules not given"),
 ("Les chiens sont-ils acceptés au pique-nique des Bouturiers ?", "fr", "picnic exists, pets not covered"),
 ("Y a-t-il un magasin Ombelle à Cholet où je pourrais animer ?", "fr", "only four shops are named; Cholet absent"),
 ("Quelle est la couleur de la carte Ombelle des membres Canopée ?", "fr", "card design never described"),
 ("Combien d'arbres ont été plantés lors de la dernière Semaine de l'arbre ?", "fr", "past results not given"),
 ("Est-ce que la community manager de Vendée peut venir à mon atelier ?", "fr", "no Vendée CM named"),
 ("Peut-on convertir ses points en don à une association ?", "fr", "donations not offered"),
 ("Can children under 16 become members of the program?", "en", "age limit not covered"),
 ("Is there a dress code when I host a workshop?", "en", "dress code not covered"),
 ("Who designed the Bouturier badge artwork?", "en", "not covered"),
 ("Do my points count for purchases made during the Black Friday sale?", "en", "points come from contributions; purchases and sales not covered"),
 ("How much does the company spend on the program's Discord server each year?", "en", "server cost not covered"),
]

# ---------------------------------------------------------------- main
MARK = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue and the format only, "
        "without reading the project's code, tests or other data sets. Do not tune anything on it.")

README_BODY = """
# structure_heldout32 — FAQ and help-centre documents of a garden-centre chain

Client: **Jardineries Ombelle**, a fictitious chain of four garden centres in western France (Rezé, Angers-Saint-Barthélemy,
Tours-Nord, La Roche-sur-Yon). Its customer ambassador program is **le Cercle des Bouturiers** (« le Cercle »); its
ambassadors are the **Bouturiers** (feminine **Bouturière(s)**), in four levels: Semis, Pousse, Floraison, Canopée. The Discord
assistant is called Capucine. Ten documents are for all the Bouturiers, two are internal (community management team, store
referents).
Names a measurer should declare: --client-name "Jardineries Ombelle" --client-name "Ombelle" --client-name "Cercle des Bouturiers" --client-name "Cercle" --ambassador-name Bouturiers --ambassador-name Bouturier --ambassador-name Bouturières --ambassador-name Bouturière

Flavour: FAQ and help-centre documents in every format. Questions are headings (Markdown `###`, HTML `<h3>`, DOCX Heading 2,
bold PDF lines), HTML accordions (`<details><summary>`), numbered question headings ("3.2 Comment … ?") in Markdown and plain
text, "Q :"/"R :" and "Q."/"R."/"A." pairs in plain text and Markdown, and a two-column Question | Réponse table. Answers are a
sentence, a short paragraph (sometimes two source lines), a list introduced by a sentence ending in ":", numbered steps, or a
table row. Several entries look alike (the same question under four levels, four seasons or four shops; "Combien de points
rapporte…" under three topics), so the section matters. Questions are worded as members ask (first person, spoken French,
synonyms), never copying the FAQ's own question.

Conventions for `gold_section`: the heading path without the document title. Headings are Markdown `##`/`###`, HTML
`<h2>`/`<h3>` and accordion `<summary>`, DOCX Heading 1/Heading 2, PDF bold lines (14 pt sections, 11.5 pt questions; the PDF
outline gives the same tree), plain-text underlined lines (`---`) and numbered lines ("1." section, "1.1 …" question). Q/R
pairs and Question | Réponse table rows are not headings: their section is the enclosing heading. For `table_row`, `gold`
holds cell texts of the row (the header must be shown with it).

## Files

- `gen.py` — writes everything below (Python standard library only; PDF objects and DOCX zip/XML written by hand).
- `validate.py` — checks the format's constraints by re-reading the generated files (heading paths, gold snippets on one
  line inside their section, counts); prints `OK`.
- `docs/` — the 12 documents; `questions.jsonl` (90); `unanswerable.jsonl` (20).

## Documents

| file | format | language | audience | what it holds |
|---|---|---|---|---|
| faq-generale.md | Markdown | fr | all Bouturiers | joining, leaving, personal data, contact; `##` topics, `###` questions |
| calendrier-saisons.md | Markdown | fr | all Bouturiers | same three numbered questions for each of four seasons; lists, steps |
| help-centre-en.md | Markdown | en | all Bouturiers | Q./A. pairs, level table, events, language, privacy |
| questions-frequentes.txt | text | fr | all Bouturiers | Q :/R : pairs under underlined topics (referral, reviews, social media) |
| faq-ateliers.txt | text | fr | all Bouturiers | hosting a workshop; numbered headings "2.3 …", dash list, "1)" steps |
| cm-faq-interne.txt | text | fr | staff (community management) | Q./R. pairs: solicitation rotation, departures, handoff, KPIs |
| faq-magasins.pdf | PDF | fr | all Bouturiers | same three bold questions for each of four shops |
| guide-referent-interne.pdf | PDF | fr | staff (store referents, CM) | 2027 objectives table, budgets table, referents' questions |
| aide-contributions.docx | DOCX | fr | all Bouturiers | declaring and validating contributions; steps, list, points table |
| testing-committee-faq-en.docx | DOCX | en | all Bouturiers | product testing, new-products committee, pausing |
| faq-niveaux.html | HTML | fr | all Bouturiers | `<details>` accordions, same three questions for each of four levels |
| faq-recompenses.html | HTML | fr | all Bouturiers | `<h3>` questions, Question/Réponse table, badges list |

## Question files

- `questions.jsonl` — 90 questions (75 fr, 15 en; 7 English questions over French documents and 2 French questions over
  English ones); 14 answered only by the two staff documents. Units: paragraph, sentence, list, table_row, step.
  `note` says which trap the question exercises.
- `unanswerable.jsonl` — 20 questions in the program's field (15 fr, 5 en) that no document answers; several are near
  misses (a shop, event or card that exists, asked about something the documents never say).
"""


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name, text in [("faq-generale.md", FAQ_GENERALE_MD), ("calendrier-saisons.md", CALENDRIER_MD), ("help-centre-en.md", HELP_EN_MD),
                       ("questions-frequentes.txt", QUESTIONS_TXT), ("faq-ateliers.txt", ATELIERS_TXT), ("cm-faq-interne.txt", CM_TXT),
                       ("faq-niveaux.html", FAQ_NIVEAUX_HTML), ("faq-recompenses.html", FAQ_RECOMPENSES_HTML)]:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    write_docx(os.path.join(DOCS, "aide-contributions.docx"), AIDE_DOCX[0], AIDE_DOCX[1], "fr-FR")
    write_docx(os.path.join(DOCS, "testing-committee-faq-en.docx"), FAQ_EN_DOCX[0], FAQ_EN_DOCX[1], "en-GB")
    write_pdf(os.path.join(DOCS, "faq-magasins.pdf"), MAGASINS_PDF[0], MAGASINS_PDF[1])
    write_pdf(os.path.join(DOCS, "guide-referent-interne.pdf"), REFERENT_PDF[0], REFERENT_PDF[1])
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, doc, sec, unit, gold, lang, note) in enumerate(Q, 1):
            f.write(json.dumps({"id": "sh32-q%02d" % i, "question": q, "gold_doc": doc, "gold_section": sec, "unit": unit,
                                "gold": gold, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, lang, note) in enumerate(UNANSWERABLE, 1):
            f.write(json.dumps({"id": "sh32-u%02d" % i, "question": q, "lang": lang, "note": note}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(MARK + "\n>\n" + README_BODY)


if __name__ == "__main__":
    main()
