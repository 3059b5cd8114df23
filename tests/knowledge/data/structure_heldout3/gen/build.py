"""Build docs/ of blind set no. 3 from content.py. Deterministic: same input, same files.

Run: /work/main/.venv/bin/python gen/build.py
"""

import datetime
import html
import re
import sys
import textwrap
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from content import COMPANY, DOCS, item_texts, parse

OUT = Path(__file__).resolve().parent.parent / "docs"
FIXED_DATE = datetime.datetime(2026, 12, 4, 14, 0, 0)
WIDTH = 78


# ---------------------------------------------------------------- plain text
def wrap(text, first="", rest=""):
    """Wrap at WIDTH; French spaces before : ; ! ? » % € and after « never break."""
    glued = re.sub(r" (?=[:;!?»%€])", "\0", text).replace("« ", "«\0")
    glued = re.sub(r"(?<=\d) (?=\d)", "\0", glued)
    lines = textwrap.wrap(
        glued,
        WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [ln.replace("\0", " ") for ln in lines]


def render_txt(doc):
    style = doc["format"]
    out = [*doc["head"], ""]
    for kind, val in parse(doc["body"]):
        if kind in ("h1", "h2"):
            out.append(val)
            if style == "txt-underlined":
                out.append(("=" if kind == "h1" else "-") * len(val))
            out.append("")
        elif kind == "p":
            out += wrap(val)
            # an introduction sentence stays glued to its list
            if not val.endswith(":"):
                out.append("")
        elif kind in ("ul", "ol"):
            for k, t in enumerate(item_texts(val, doc.get("lang", "fr")), 1):
                mark = "- " if kind == "ul" else f"{k}. "
                out += wrap(t, mark, " " * len(mark))
            out.append("")
        else:
            raise ValueError(f"no tables in plain text: {val}")
    return "\n".join(out).rstrip() + "\n"


def txt_headings(text):
    """Headings a reader sees: underlined lines, numbered short lines, isolated short lines."""
    lines = text.splitlines()
    heads = []
    start = lines.index("")
    for i in range(start, len(lines)):
        ln = lines[i].strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        prev = lines[i - 1].strip()
        if not ln or re.fullmatch(r"[=\-]{3,}", ln):
            continue
        no_punct = not re.search(r"[.:;,!?»)]$", ln) and len(ln) < 70 and not ln.startswith("-")
        underlined = re.fullmatch(r"[=\-]{3,}", nxt)
        numbered = no_punct and re.match(r"^\d+(\.\d+)*\.?\s+\S", ln)
        isolated = no_punct and not prev and not nxt
        if underlined or numbered or isolated:
            heads.append(ln)
    return heads


# ---------------------------------------------------------------- markdown
def render_md(doc):
    out = [f"# {doc['title']}", "", *(f"_{h}_" for h in doc["head"]), ""]
    for kind, val in parse(doc["body"]):
        if kind == "h1":
            out += [f"## {val}", ""]
        elif kind == "h2":
            out += [f"### {val}", ""]
        elif kind == "p":
            lines = wrap(val)
            for ln in lines:  # a wrapped line must not read as a list item or a heading
                if re.match(r"^(\d+\.\s|[-*+>]\s|#)", ln):
                    raise SystemExit(f"markdown line reads as markup: {ln}")
            out += [*lines, ""]
        elif kind in ("ul", "ol"):
            for k, t in enumerate(item_texts(val, doc.get("lang", "fr")), 1):
                mark = "- " if kind == "ul" else f"{k}. "
                out += wrap(t, mark, " " * len(mark))
            out.append("")
        else:
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "|".join(" --- " for _ in val[0]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in val[1:]]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- html
HTML_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {company}</title>
<link rel="stylesheet" href="/static/rayons.css">
<script src="/static/menu.js" defer></script>
</head>
<body>
<div class="bandeau-cookies">Ce site utilise des cookies de mesure d’audience.
<button>Accepter</button> <button>Refuser</button></div>
<header class="entete">
  <a class="logo" href="/">La Rustine — ateliers vélo coopératifs</a>
  <nav aria-label="Menu principal">
    <ul>
      <li><a href="/ateliers">Nos ateliers</a></li>
      <li><a href="/occasion">Vélos d’occasion</a></li>
      <li><a href="/entreprises">Offre entreprises</a></li>
      <li><a href="/rayons">Espace Rayons</a></li>
      <li><a href="/connexion">Se connecter</a></li>
    </ul>
  </nav>
</header>
<main id="contenu">
<nav class="ariane" aria-label="Fil d’Ariane"><a href="/">Accueil</a> ›
<a href="/rayons">Espace Rayons</a> › Ressources</nav>
<h1>{title}</h1>
"""

HTML_FOOT = """</main>
<aside class="encart">
  <h2>Besoin d’aide ?</h2>
  <p>Écrivez à rayons@larustine.coop ou passez à l’accueil de votre atelier.</p>
</aside>
<footer class="pied">
  <p>La Rustine SCOP SA — 4 quai des Antilles, 44200 Nantes</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/cgv">CGV</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
  </ul>
</footer>
</body>
</html>
"""


def render_html(doc):
    e = html.escape
    out = [
        HTML_HEAD.format(
            title=e(doc["title"], quote=False), company=COMPANY, lang=doc.get("lang", "fr")
        )
    ]
    out += [f'<p class="meta">{e(h, quote=False)}</p>' for h in doc["head"]]
    open_sec = False
    for kind, val in parse(doc["body"]):
        if kind == "h1":
            if open_sec:
                out.append("</section>")
            out += ["<section>", f"<h2>{e(val, quote=False)}</h2>"]
            open_sec = True
        elif kind == "h2":
            out.append(f"<h3>{e(val, quote=False)}</h3>")
        elif kind == "p":
            out.append("<p>" + "\n".join(wrap(e(val, quote=False))) + "</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>")
            out += [
                f"  <li>{e(t, quote=False)}</li>" for t in item_texts(val, doc.get("lang", "fr"))
            ]
            out.append(f"</{kind}>")
        else:
            out.append("<table>")
            out.append(
                "  <thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr></thead>"
            )
            out.append("  <tbody>")
            for r in val[1:]:
                out.append("    <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("  </tbody>")
            out.append("</table>")
    if open_sec:
        out.append("</section>")
    out.append(HTML_FOOT)
    return "\n".join(out)


# ---------------------------------------------------------------- docx
def render_docx(doc, path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.title, cp.author, cp.created, cp.modified = doc["title"], COMPANY, FIXED_DATE, FIXED_DATE
    cp.last_modified_by, cp.revision = COMPANY, 1
    d.add_heading(doc["title"], 0)
    for h in doc["head"]:
        d.add_paragraph().add_run(h).italic = True
    for kind, val in parse(doc["body"]):
        if kind == "h1":
            d.add_heading(val, 1)
        elif kind == "h2":
            d.add_heading(val, 2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for t in item_texts(val, doc.get("lang", "fr")):
                d.add_paragraph(t, style=style)
        else:
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    run = t.cell(r, c).paragraphs[0].add_run(cell)
                    run.font.size = Pt(10)
                    run.bold = r == 0
            d.add_paragraph()
    d.sections[0].footer.paragraphs[0].text = f"{COMPANY} — {doc['title']}"
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a zip with fixed timestamps so that the file is byte-identical on every run."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- pdf
PDF_SIZES = {"title": 20, "h1": 15, "h2": 12.5, "body": 10.5, "table": 9.5}


def render_pdf(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    s = PDF_SIZES
    st = {
        "title": ParagraphStyle(
            "title", fontName="Helvetica-Bold", fontSize=s["title"], leading=25, spaceAfter=6
        ),
        "meta": ParagraphStyle(
            "meta", fontName="Helvetica-Oblique", fontSize=9.5, leading=13, spaceAfter=14
        ),
        "h1": ParagraphStyle(
            "h1",
            fontName="Helvetica-Bold",
            fontSize=s["h1"],
            leading=19,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            fontName="Helvetica-Bold",
            fontSize=s["h2"],
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "p": ParagraphStyle(
            "p", fontName="Helvetica", fontSize=s["body"], leading=14, spaceAfter=6
        ),
        "li": ParagraphStyle(
            "li",
            fontName="Helvetica",
            fontSize=s["body"],
            leading=14,
            leftIndent=18,
            bulletIndent=6,
            spaceAfter=2,
        ),
    }
    short = doc["title"]
    with_outline = doc.get("outline", False)

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flow):
            name = getattr(getattr(flow, "style", None), "name", "")
            if with_outline and name in ("h1", "h2"):
                text = flow.getPlainText()
                key = f"k{id(flow)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=0 if name == "h1" else 1)

    def footer(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.2 * cm, f"{COMPANY} — {short}")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"page {d.page}")
        canv.restoreState()

    e = lambda t: html.escape(t, quote=False)  # noqa: E731
    story = [Paragraph(e(doc["title"]), st["title"])]
    story += [Paragraph(e(h), st["meta"]) for h in doc["head"]]
    blocks = parse(doc["body"])
    pending = []  # an introduction is kept on the same page as its list or table
    for kind, val in blocks:
        if kind == "h1" and val in doc.get("page_breaks", []):
            story.append(PageBreak())
        if kind in ("h1", "h2"):
            story.append(Paragraph(e(val), st[kind]))
        elif kind == "p":
            para = Paragraph(e(val), st["p"])
            if val.endswith(":"):
                pending = [para]
            else:
                story.append(para)
        elif kind in ("ul", "ol"):
            items = [
                Paragraph(e(t), st["li"], bulletText="–" if kind == "ul" else f"{k}.")
                for k, t in enumerate(item_texts(val, doc.get("lang", "fr")), 1)
            ]
            story.append(KeepTogether([*pending, *items, Spacer(1, 4)]))
            pending = []
        else:
            width = A4[0] - 4 * cm
            ncol = len(val[0])
            longest = [max(len(r[c]) for r in val) + 4 for c in range(ncol)]
            widths = [width * n / sum(longest) for n in longest]
            tbl = Table(val, colWidths=widths, repeatRows=1)
            tbl.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), "Helvetica", s["table"]),
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", s["table"]),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FBE3D3")),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#1F4E79")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ]
                )
            )
            story.append(KeepTogether([*pending, tbl, Spacer(1, 8)]))
            pending = []
    pdf = Doc(
        str(path),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=doc["title"],
        author=COMPANY,
        subject="Réseau des Rayons",
        creator=COMPANY,
        invariant=1,
    )
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- main
def check_txt(name, doc, text):
    want = [v for k, v in parse(doc["body"]) if k in ("h1", "h2")]
    got = txt_headings(text)
    if got != want:
        raise SystemExit(f"{name}: headings read {got} != written {want}")


def main():
    OUT.mkdir(exist_ok=True)
    for name, doc in DOCS.items():
        path = OUT / name
        fmt = doc["format"]
        if fmt.startswith("txt"):
            text = render_txt(doc)
            check_txt(name, doc, text)
            path.write_text(text, encoding="utf-8")
        elif fmt == "md":
            path.write_text(render_md(doc), encoding="utf-8")
        elif fmt == "html":
            path.write_text(render_html(doc), encoding="utf-8")
        elif fmt == "docx":
            render_docx(doc, path)
        elif fmt == "pdf":
            render_pdf(doc, path)
        print("wrote", path.relative_to(OUT.parent))


if __name__ == "__main__":
    main()
