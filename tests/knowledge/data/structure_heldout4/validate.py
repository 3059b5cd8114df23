#!/usr/bin/env python3
"""Check the structure_heldout4 set (stdlib only; pypdf used for PDF when importable).

    python validate.py        -> exit 0 and "OK" when every check passes

Checks: documents (>= 10, >= 2 per format, titles), questions.jsonl fields, unique ids,
counts (>= 80 questions, 20 unanswerable), units and languages, each gold fragment found
verbatim in its document's text (whitespace, quotes and apostrophes normalised), heading
path found in the document, gold unit <= 600 characters, list gold opening with a sentence
ending in ":", table_row gold = header cells then row cells found in one table line/row.
"""
import base64
import html
import html.parser
import json
import os
import re
import sys
import unicodedata
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FORMATS = ("txt", "md", "pdf", "docx", "html")
UNITS = ("list", "table_row", "paragraph")
SEP = " \u203a "

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    for a in "\u2019\u2018\u02bc\u00b4`":
        s = s.replace(a, "'")
    for a in "\u201c\u201d\u00ab\u00bb\u201e":
        s = s.replace(a, '"')
    for a in "\u00a0\u202f\u2009\u2007":
        s = s.replace(a, " ")
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u00ad", "")
    s = re.sub(r'"\s+', '"', s)
    s = re.sub(r'\s+"', '"', s)
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------- text extraction
class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "tr", "div", "title", "br", "ul", "ol", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_html(path):
    p = _HTMLText()
    p.feed(open(path, encoding="utf-8").read())
    return "".join(p.out)


def text_docx(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:tab/>", " ", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    parts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)", xml)
    return html.unescape("".join(a or b for a, b in parts))


def docx_styles(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return set(re.findall(r'<w:pStyle w:val="([^"]+)"', xml)), xml.count("<w:tbl>")


def _pdf_raw_text(data):
    """Fallback without pypdf: literal strings of the content streams (reportlab, standard fonts)."""
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = m.group(1)
        a85 = lambda b: base64.a85decode(b.strip().rstrip(b"~>").rstrip() if b.strip().endswith(b"~>") else b.strip())
        for dec in (lambda b: zlib.decompress(a85(b)), lambda b: zlib.decompress(b), lambda b: b):
            try:
                body = dec(raw)
                break
            except Exception:
                continue
        for s in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj", body, re.S):
            lit = s.group(0)[1:s.group(0).rindex(b")")]
            lit = re.sub(rb"\\([0-7]{1,3})", lambda x: bytes([int(x.group(1), 8)]), lit)
            lit = re.sub(rb"\\(.)", lambda x: {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(x.group(1), x.group(1)), lit)
            out.append(lit.decode("cp1252", "replace"))
    return "\n".join(out)


def text_pdf(path):
    try:
        import pypdf  # noqa: F401
    except ImportError:
        warnings.append("pypdf not importable: PDF text read from raw content streams")
        return _pdf_raw_text(open(path, "rb").read())
    r = pypdf.PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages)


def doc_text(name):
    path = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        return text_html(path)
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    raise ValueError(name)


# ----------------------------------------------------------------- checks
def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s line %d: bad JSON (%s)" % (name, i, e))
    return rows


def main():
    names = sorted(n for n in os.listdir(DOCS) if not n.startswith("."))
    by_fmt = {f: [n for n in names if n.endswith("." + f)] for f in FORMATS}
    if len(names) < 10:
        err("fewer than 10 documents (%d)" % len(names))
    for f, ns in by_fmt.items():
        if len(ns) < 2:
            err("format %s: %d documents (< 2)" % (f, len(ns)))
    texts = {}
    for n in names:
        try:
            texts[n] = norm(doc_text(n))
        except Exception as e:  # noqa: BLE001
            err("%s: cannot read (%s)" % (n, e))
    # structure features per format
    for n in by_fmt["docx"]:
        styles, ntab = docx_styles(os.path.join(DOCS, n))
        for st in ("Title", "Heading1", "Heading2"):
            if st not in styles:
                err("%s: no %s style" % (n, st))
        if not ({"ListBullet", "ListNumber"} & styles):
            err("%s: no List Bullet / List Number" % n)
        if ntab < 1:
            err("%s: no table" % n)
    for n in by_fmt["html"]:
        raw = open(os.path.join(DOCS, n), encoding="utf-8").read()
        for tag in ("<h1>", "<h2>", "<h3>", "<table>", "<nav>", "<footer", "cookie"):
            if tag not in raw:
                err("%s: missing %s" % (n, tag))
    for n in by_fmt["md"]:
        raw = open(os.path.join(DOCS, n), encoding="utf-8").read()
        if not (re.search(r"^# ", raw, re.M) and re.search(r"^## ", raw, re.M) and re.search(r"^### ", raw, re.M)):
            err("%s: missing #/##/### headings" % n)
        if not re.search(r"^\|.*\|$", raw, re.M):
            err("%s: no pipe table" % n)
    outlines = []
    try:
        import pypdf
        for n in by_fmt["pdf"]:
            r = pypdf.PdfReader(os.path.join(DOCS, n))
            outlines.append(bool(r.outline))
            if len(r.pages) < 2:
                err("%s: fewer than 2 pages" % n)
        if outlines and not (any(outlines) and not all(outlines)):
            err("PDF: need one with an outline and one without (%s)" % outlines)
    except ImportError:
        warnings.append("pypdf not importable: PDF outline/pages not checked")

    qs = load_jsonl("questions.jsonl")
    us = load_jsonl("unanswerable.jsonl")
    if len(qs) < 80:
        err("only %d questions (< 80)" % len(qs))
    if len(us) != 20:
        err("%d unanswerable questions (expected 20)" % len(us))
    ids = [r.get("id") for r in qs + us]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        err("duplicate ids: %s" % sorted(dup))
    for r in us:
        if set(r) != {"id", "question", "lang"} or r.get("lang") not in ("fr", "en") or not r.get("question"):
            err("unanswerable %s: bad fields" % r.get("id"))
    units = {u: 0 for u in UNITS}
    langs = {"fr": 0, "en": 0}
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}
    for r in qs:
        qid = r.get("id")
        if set(r) != keys:
            err("%s: fields %s" % (qid, sorted(r)))
            continue
        if r["unit"] not in UNITS:
            err("%s: unit %r" % (qid, r["unit"]))
            continue
        if r["lang"] not in langs:
            err("%s: lang %r" % (qid, r["lang"]))
            continue
        units[r["unit"]] += 1
        langs[r["lang"]] += 1
        if r["gold_doc"] not in texts:
            err("%s: unknown document %s" % (qid, r["gold_doc"]))
            continue
        text = texts[r["gold_doc"]]
        gold = r["gold"]
        if not isinstance(gold, list) or not gold or not all(isinstance(g, str) and g.strip() for g in gold):
            err("%s: gold must be a non-empty list of strings" % qid)
            continue
        if sum(len(g) for g in gold) > 600:
            err("%s: gold unit longer than 600 characters" % qid)
        for g in gold:
            if norm(g) not in text:
                err("%s: fragment not found in %s: %r" % (qid, r["gold_doc"], g[:80]))
        for h in r["gold_section"].split(SEP):
            if norm(h) not in text:
                err("%s: heading not found: %r" % (qid, h))
        if r["unit"] == "list":
            if not gold[0].rstrip().endswith(":"):
                err("%s: list gold must open with its introducing sentence ending in ':'" % qid)
            if len(gold) < 3:
                err("%s: list gold with fewer than 2 items" % qid)
            for g in gold[1:]:
                if g.rstrip()[-1:] in (";", "."):
                    err("%s: list item keeps its final punctuation: %r" % (qid, g))
        if r["unit"] == "table_row" and len(gold) % 2:
            err("%s: table_row gold must be header cells then as many row cells" % qid)
        if r["unit"] == "paragraph" and any(g.rstrip().endswith(":") for g in gold[-1:]):
            err("%s: paragraph gold ends with ':'" % qid)
    n = max(len(qs), 1)
    for u, c in units.items():
        if not 0.2 <= c / n <= 0.45:
            err("unit %s: %d of %d (not about a third)" % (u, c, n))
    if not 0.15 <= langs["en"] / n <= 0.45:
        err("English questions: %d of %d" % (langs["en"], n))
    for w in sorted(set(warnings)):
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s)" % len(errors))
        return 1
    print("OK: %d documents (%s), %d questions (%s; %s), %d unanswerable" % (
        len(names), ", ".join("%s %d" % (f, len(by_fmt[f])) for f in FORMATS), len(qs),
        ", ".join("%s %d" % kv for kv in units.items()), ", ".join("%s %d" % kv for kv in langs.items()), len(us)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
