#!/usr/bin/env python3
"""Validates the structure_heldout12 set. Stdlib for txt/md/html; PDF (pypdf) and DOCX (python-docx)
need the project venv: if they are missing, the script re-runs itself with /work/main/.venv/bin/python."""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
VENV = "/work/main/.venv/bin/python"
SEP = " › "

try:
    import pypdf  # noqa: F401
    import docx  # noqa: F401
except ImportError:
    if os.path.exists(VENV) and not os.environ.get("SH12_REEXEC"):
        os.environ["SH12_REEXEC"] = "1"
        sys.exit(subprocess.call([VENV, os.path.abspath(__file__)] + sys.argv[1:]))
    print("FAIL: pypdf / python-docx unavailable")
    sys.exit(1)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


# Each loader returns a list of (is_heading, text) blocks in document order.
def md_blocks(text):
    lines = text.split("\n")
    out = []
    for i, ln in enumerate(lines):
        if re.fullmatch(r"\s*(=+|-+)\s*", ln) and i > 0 and lines[i - 1].strip():
            continue
        m = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", ln)
        if m:
            out.append((True, m.group(1)))
        elif i + 1 < len(lines) and ln.strip() and re.fullmatch(r"\s*(=+|-+)\s*", lines[i + 1]):
            out.append((True, ln.strip()))
        else:
            out.append((False, ln.strip("|").replace("|", " ") if ln.startswith("|") else re.sub(r"^\s*[-*]\s+", "", ln)))
    return out


def txt_blocks(text):
    lines = text.split("\n")
    out = []
    for i, ln in enumerate(lines):
        s = ln.strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if re.fullmatch(r"(=+|-+)", s) and i > 0 and lines[i - 1].strip():
            continue
        underlined = bool(s) and bool(re.fullmatch(r"\s*(=+|-+)\s*", nxt))
        bare = (bool(s) and len(s) <= 60 and "  " not in s and not s.startswith("-")
                and s[-1] not in ".:;,!?" and s[0].isalnum())
        out.append((underlined or bare, s))
    return out


class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.buf, self.inh, self.skip = [], [], False, 0

    def flush(self, heading=False):
        t = norm(" ".join(self.buf))
        if t:
            self.blocks.append((heading, t))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.flush()
            self.inh = True
        elif tag in ("p", "li", "td", "th", "tr", "div", "br", "ul", "table"):
            self.buf.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.flush(heading=True)
            self.inh = False

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_blocks(text):
    p = _H()
    p.feed(text)
    p.flush()
    return p.blocks


def pdf_blocks(path):
    import pypdf
    out = []
    for page in pypdf.PdfReader(path).pages:
        def visit(text, cm, tm, fd, fs):
            if not text.strip():
                return
            bold = "Bold" in str((fd or {}).get("/BaseFont", ""))
            out.append((bold and fs >= 11, text))
        page.extract_text(visitor_text=visit)
    return out


def docx_blocks(path):
    import docx
    d = docx.Document(path)
    out = []
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(el, d)
            t = p.text.strip()
            if not t:
                continue
            style = p.style.name if p.style is not None else ""
            runs = [r for r in p.runs if r.text.strip()]
            head = style.startswith("Heading") or style == "Title" or (runs and all(r.bold for r in runs))
            out.append((bool(head), t))
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append((False, " ".join(c.text for c in row.cells)))
    return out


def load(name):
    path = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[-1]
    if ext in ("md", "txt", "html"):
        text = open(path, encoding="utf-8").read()
        return {"md": md_blocks, "txt": txt_blocks, "html": html_blocks}[ext](text)
    return pdf_blocks(path) if ext == "pdf" else docx_blocks(path)


def main():
    errors = []
    docs = sorted(os.listdir(DOCS))
    exts = {}
    for d in docs:
        exts[d.rsplit(".", 1)[-1]] = exts.get(d.rsplit(".", 1)[-1], 0) + 1
    if len(docs) < 12:
        errors.append("fewer than 12 documents")
    for e in ("txt", "md", "pdf", "docx", "html"):
        if not exts.get(e):
            errors.append("no .%s document" % e)
    blocks = {d: [(h, norm(t)) for h, t in load(d)] for d in docs}
    for d, bl in blocks.items():
        head = " ".join(t for _, t in bl[:6]).lower() + open(os.path.join(DOCS, d), "rb").read(600).decode("utf-8", "ignore").lower()
        if not re.search(r"public|confidenti|interne|réservé|ambassadors only|diffusion", head):
            errors.append("%s: no confidentiality marking in its head" % d)
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
    ids = [q["id"] for q in qs] + [u["id"] for u in us]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for q in qs:
        for k in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if k not in q:
                errors.append("%s: missing %s" % (q.get("id"), k))
        if q["unit"] not in ("list", "table_row", "paragraph"):
            errors.append("%s: bad unit" % q["id"])
        if q["lang"] not in ("fr", "en"):
            errors.append("%s: bad lang" % q["id"])
        if q["gold_doc"] not in blocks:
            errors.append("%s: unknown doc %s" % (q["id"], q["gold_doc"]))
            continue
        bl = blocks[q["gold_doc"]]
        full = " ".join(t for _, t in bl)
        # heading path: components must appear, in order, as headings
        pos = -1
        for comp in q["gold_section"].split(SEP):
            comp = norm(comp)
            nxt = next((i for i in range(pos + 1, len(bl)) if bl[i][0] and bl[i][1] == comp), None)
            if nxt is None:
                errors.append("%s: heading %r not found (in order) in %s" % (q["id"], comp, q["gold_doc"]))
                break
            pos = nxt
        else:
            end = next((i for i in range(pos + 1, len(bl)) if bl[i][0]), len(bl))
            scope = " ".join(t for _, t in bl[pos + 1:end])
            for g in q["gold"]:
                g = norm(g)
                if g not in full:
                    errors.append("%s: fragment not in document: %r" % (q["id"], g))
                elif g not in scope:
                    errors.append("%s: fragment not under its section: %r" % (q["id"], g))
        if q["unit"] == "paragraph":
            n = len(q["gold"])
            if not 2 <= n <= 3 or any(not 5 <= len(g.split()) <= 12 for g in q["gold"]):
                errors.append("%s: paragraph gold should be 2-3 fragments of 5-12 words" % q["id"])
        if q["unit"] == "list" and len(q["gold"]) < 3:
            errors.append("%s: list gold too short" % q["id"])
    nfr = sum(q["lang"] == "fr" for q in qs)
    nen = sum(q["lang"] == "en" for q in qs)
    if len(qs) != 90:
        errors.append("expected 90 answerable questions, got %d" % len(qs))
    if not (70 <= nfr <= 80 and 12 <= nen <= 20):
        errors.append("language mix off: fr=%d en=%d" % (nfr, nen))
    if len(us) != 20:
        errors.append("expected 20 unanswerable, got %d" % len(us))
    for e in errors:
        print("FAIL:", e)
    print("docs=%d %s | questions=%d (fr=%d en=%d) | unanswerable=%d | errors=%d"
          % (len(docs), exts, len(qs), nfr, nen, len(us), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
