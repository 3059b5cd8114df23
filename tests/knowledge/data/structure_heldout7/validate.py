#!/usr/bin/env python3
"""Validate the held-out structure set (issue 19 format).

Standard library only, except PDF text extraction, which uses pypdf (installed in
/work/main/.venv). Run:  /work/main/.venv/bin/python validate.py
Checks: documents (count, formats, no internal/confidential marking), ids unique, fields and
values, gold_doc exists, gold_section is a heading path of the document (in order), every gold
fragment is verbatim in the document text AND under the gold section (between its heading and
the next heading), gold shape per unit, counts by unit and language. Exits 1 on any breach.
"""
import collections, html.parser, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
EN_DOCS = {"ambassador_handbook_en.pdf", "referral_guide_en.docx"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace("\u2019", "'").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- blocks per format
# Each loader returns a list of (is_heading, text) blocks in document order.

def load_md(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[0].strip() == "---":  # front matter
        end = lines.index("---", 1)
        lines = lines[end + 1:]
    blocks = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        m = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if m:
            blocks.append((True, m.group(1)))
        elif line.strip() and not line.lstrip().startswith("|") and re.match(r"^(=+|-+)\s*$", nxt):
            blocks.append((True, line.strip()))
            i += 1
        else:
            blocks.append((False, line))
        i += 1
    return blocks


def load_txt(path):
    blocks = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        s = line.strip()
        if not s or re.match(r"^[=\-]{3,}$", s):
            continue
        heading = (len(s) < 90 and not s.startswith("- ") and s[-1] not in ".:;,")
        blocks.append((heading, s))
    return blocks


class _HTML(html.parser.HTMLParser):
    BLOCK = {"p", "li", "td", "th", "tr", "div", "section", "nav", "header", "footer", "ul", "ol", "table", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.buf, self.inh, self.skip = [], [], False, 0

    def flush(self, heading=False):
        t = "".join(self.buf).strip()
        if t:
            self.blocks.append((heading, t))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if re.match(r"^h[1-6]$", tag):
            self.flush(); self.inh = True
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if re.match(r"^h[1-6]$", tag):
            self.flush(True); self.inh = False
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def load_html(path):
    p = _HTML()
    p.feed(open(path, encoding="utf-8").read())
    p.flush()
    return p.blocks


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def _is_heading_par(p):
    ppr = p.find(W + "pPr")
    if ppr is not None:
        st = ppr.find(W + "pStyle")
        if st is not None and re.match(r"^(Heading|Title|Titre)", st.get(W + "val", "")):
            return True
    runs = [r for r in p.iter(W + "r") if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
    if not runs:
        return False
    for r in runs:
        rpr = r.find(W + "rPr")
        b = rpr.find(W + "b") if rpr is not None else None
        if b is None or b.get(W + "val") in ("0", "false"):
            return False
    return True


def load_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    blocks = []
    for el in body:
        if el.tag == W + "p":
            t = _ptext(el)
            if t.strip():
                blocks.append((_is_heading_par(el), t))
        elif el.tag == W + "tbl":
            for p in el.iter(W + "p"):
                t = _ptext(p)
                if t.strip():
                    blocks.append((False, t))
    return blocks


def load_pdf(path):
    try:
        import pypdf
    except ImportError:
        err("pypdf missing: run with /work/main/.venv/bin/python")
        return []
    blocks = []
    for page in pypdf.PdfReader(path).pages:
        runs = []

        def visit(text, cm, tm, font, size):
            if text and text.strip():
                runs.append((size * (tm[0] if tm and tm[0] else 1), text))
        page.extract_text(visitor_text=visit)
        for size, text in runs:
            for line in text.split("\n"):
                if line.strip():
                    blocks.append((size > 10.6 and bool(re.search(r"\w", line)), line.strip()))
    # merge consecutive heading lines of the same wrapped heading is not needed here
    return blocks


LOADERS = {".md": load_md, ".txt": load_txt, ".html": load_html, ".htm": load_html,
           ".docx": load_docx, ".pdf": load_pdf}


def section_span(blocks, path):
    """Text under the last heading of path, found after its ancestors; None if absent."""
    parts = [norm(p) for p in path.split(" › ")]
    start = 0
    idx = None
    for part in parts:
        idx = None
        for k in range(start, len(blocks)):
            if blocks[k][0] and norm(blocks[k][1]) == part:
                idx = k
                break
        if idx is None:
            return None, part
        start = idx + 1
    end = start
    while end < len(blocks) and not blocks[end][0]:
        end += 1
    return norm(" ".join(b[1] for b in blocks[start:end])), None


def main():
    files = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    exts = collections.Counter(os.path.splitext(f)[1].lower() for f in files)
    if len(files) < 10:
        err("fewer than 10 documents")
    for need in (".txt", ".md", ".pdf", ".docx", ".html"):
        if not exts.get(need):
            err("no %s document" % need)
    docs = {}
    for f in files:
        blocks = LOADERS[os.path.splitext(f)[1].lower()](os.path.join(DOCS, f))
        full = norm(" ".join(b[1] for b in blocks))
        if re.search(r"confidenti|\binterne\b|\binternal\b|restricted|restreint", full, re.I):
            err("%s: marked internal/confidential" % f)
        if not any(b[0] for b in blocks):
            err("%s: no heading found" % f)
        docs[f] = (blocks, full)

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
    ids = [q.get("id") for q in qs + us]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err("duplicate id %s" % i)
    units, langs, cross = collections.Counter(), collections.Counter(), collections.Counter()
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if k not in q:
                err("%s: missing %s" % (qid, k))
        if q.get("unit") not in ("list", "table_row", "paragraph"):
            err("%s: bad unit" % qid)
        if q.get("lang") not in ("fr", "en"):
            err("%s: bad lang" % qid)
        if q.get("gold_doc") not in docs:
            err("%s: gold_doc %s not in docs/" % (qid, q.get("gold_doc")))
            continue
        gold = q.get("gold") or []
        unit = q.get("unit")
        if unit == "list" and len(gold) < 3:
            err("%s: list gold needs intro + items" % qid)
        if unit == "table_row" and len(gold) < 4:
            err("%s: table_row gold needs header + row cells" % qid)
        if unit == "paragraph":
            if not 2 <= len(gold) <= 3:
                err("%s: paragraph gold needs 2-3 fragments" % qid)
            for g in gold:
                if not 5 <= len(g.split()) <= 10:
                    err("%s: paragraph fragment not 5-10 words: %r" % (qid, g))
        if unit == "list" and gold and gold[0].rstrip().endswith(":"):
            err("%s: list intro must not keep its ':'" % qid)
        blocks, full = docs[q["gold_doc"]]
        span, missing = section_span(blocks, q.get("gold_section", ""))
        if span is None:
            err("%s: section heading %r not found (path %r)" % (qid, missing, q.get("gold_section")))
        for g in gold:
            ng = norm(g)
            if ng not in full:
                err("%s: fragment not in %s: %r" % (qid, q["gold_doc"], g))
            elif span is not None and ng not in span:
                err("%s: fragment not under section %r: %r" % (qid, q["gold_section"], g))
        units[unit] += 1
        langs[q.get("lang")] += 1
        dl = "en" if q["gold_doc"] in EN_DOCS else "fr"
        cross["%s question / %s doc" % (q.get("lang"), dl)] += 1
    for u in us:
        if set(u) != {"id", "question", "lang"} or u.get("lang") not in ("fr", "en"):
            err("unanswerable %s: bad fields" % u.get("id"))
    if len(qs) < 80:
        err("fewer than 80 questions (%d)" % len(qs))
    if len(us) != 20:
        err("unanswerable must hold 20 questions (%d)" % len(us))
    enfr = cross["en question / fr doc"]
    if enfr < 0.2 * len(qs):
        err("English over French below a fifth (%d)" % enfr)
    if cross["fr question / en doc"] < 3:
        err("fewer than 3 French questions over English documents")
    for u in ("list", "table_row", "paragraph"):
        if units[u] < 0.25 * len(qs):
            err("unit %s under a quarter of questions" % u)

    print("documents: %d %s" % (len(files), dict(sorted(exts.items()))))
    print("questions: %d  by unit %s  by lang %s" % (len(qs), dict(units), dict(langs)))
    print("cross-language: %s" % dict(cross))
    print("unanswerable: %d  by lang %s" % (len(us), dict(collections.Counter(u["lang"] for u in us))))
    if errors:
        print("\n%d BREACH(ES):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
