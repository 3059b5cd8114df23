#!/usr/bin/env python3
"""Checks structure_heldout20: counts, fields, ids, and that every gold string is found in
its document's extracted text (own stdlib extractors for PDF/DOCX/HTML). Prints OK."""
import collections
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
errors = []


def err(m):
    errors.append(m)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ extractors
def pdf_text(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-"):
        err("%s: not a PDF" % path)
    # xref sanity
    m = re.search(rb"startxref\s+(\d+)", data)
    if not m or not data[int(m.group(1)):].startswith(b"xref"):
        err("%s: bad startxref" % path)
    else:
        xs = data[int(m.group(1)):].split(b"\n")
        n = int(xs[1].split()[1])
        for i in range(1, n):
            off = int(xs[2 + i][:10])
            if not data[off:].startswith(b"%d 0 obj" % i):
                err("%s: bad xref offset for obj %d" % (path, i))
    out = []
    sizes = set()
    for sm in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        s = sm.group(1)
        for tm in re.finditer(rb"/F(\d) ([\d.]+) Tf [\d.]+ [\d.]+ Td \(((?:\\.|[^\\)])*)\) Tj", s, re.S):
            sizes.add(float(tm.group(2)))
            raw = tm.group(3)
            b = bytearray()
            i = 0
            while i < len(raw):
                c = raw[i]
                if c == 0x5C:
                    nx = raw[i + 1:i + 4]
                    if re.match(rb"[0-7]{3}", nx):
                        b.append(int(nx, 8))
                        i += 4
                        continue
                    b.append(raw[i + 1])
                    i += 2
                    continue
                b.append(c)
                i += 1
            out.append(b.decode("cp1252"))
    if len(sizes) < 4:
        err("%s: expected several font sizes, got %s" % (path, sizes))
    return "\n".join(out)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    for need in ("[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml"):
        if need not in names:
            err("%s: missing %s" % (path, need))
    root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    lines, styles = [], collections.Counter()
    tables = 0

    def ptext(p):
        st = p.find(W + "pPr/" + W + "pStyle")
        if st is not None:
            styles[st.get(W + "val")] += 1
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for el in body:
        if el.tag == W + "p":
            lines.append(ptext(el))
        elif el.tag == W + "tbl":
            tables += 1
            for tr in el.iter(W + "tr"):
                lines.append(" ".join(ptext(p) for p in tr.iter(W + "p")))
    if not (styles["Heading1"] and styles["ListParagraph"] and tables):
        err("%s: expected Heading1, ListParagraph and a table (%s, %d tables)" % (path, dict(styles), tables))
    return "\n".join(lines)


class _H(HTMLParser):
    BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "tr", "title", "section", "table"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, a):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def html_text(path):
    h = _H()
    h.feed(open(path, encoding="utf-8").read())
    return "".join(h.parts)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return pdf_text(path)
    if ext == "docx":
        return docx_text(path)
    if ext == "html":
        return html_text(path)
    return open(path, encoding="utf-8").read()


# ------------------------------------------------------------------ checks
def main():
    files = sorted(os.listdir(DOCS))
    fmt = collections.Counter(f.rsplit(".", 1)[1] for f in files)
    if len(files) != 12 or fmt != collections.Counter({"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}):
        err("docs: %d files %s" % (len(files), dict(fmt)))
    texts = {}
    for f in files:
        t = collapse(extract(os.path.join(DOCS, f)))
        texts[f] = t
        words = len(re.findall(r"\w+(?:[’'-]\w+)*", t))
        if not 580 <= words <= 800:
            err("%s: %d words" % (f, words))

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    ids = [q["id"] for q in qs] + [u["id"] for u in us]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if len(qs) != 90:
        err("%d questions" % len(qs))
    units = collections.Counter(q["unit"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    if units != collections.Counter({"paragraph": 45, "list": 27, "table_row": 18}):
        err("units %s" % dict(units))
    if langs != collections.Counter({"fr": 75, "en": 15}):
        err("langs %s" % dict(langs))
    per_doc = collections.Counter(q["gold_doc"] for q in qs)
    for f in files:
        if not 6 <= per_doc[f] <= 9:
            err("%s: %d questions" % (f, per_doc[f]))
    staff = {"cr-atelier-nous-2026-11.txt", "feuille-de-route-2027.pdf"}
    allowed = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}
    for q in qs:
        if set(q) - allowed or not {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"} <= set(q):
            err("%s: fields %s" % (q["id"], sorted(q)))
        if (q["gold_doc"] in staff) != ("note" in q):
            err("%s: staff note mismatch" % q["id"])
        t = texts.get(q["gold_doc"])
        if t is None:
            err("%s: unknown doc" % q["id"])
            continue
        if q["unit"] == "paragraph" and len(q["gold"]) != 1:
            err("%s: paragraph gold must be one string" % q["id"])
        pos = 0
        for g in q["gold"]:
            g2 = collapse(g)
            i = t.find(g2, pos if q["unit"] != "paragraph" else 0)
            if i < 0:
                err("%s: gold not found in order: %r" % (q["id"], g[:60]))
            else:
                pos = i + len(g2)
        secs = q["gold_section"].split(" › ")
        spos = 0
        for s in secs:
            i = t.find(s, spos)
            if not s or i < 0:
                err("%s: section %r not found" % (q["id"], s))
            else:
                spos = i + len(s)
        first = t.find(collapse(q["gold"][0]), spos)
        if first < 0:
            err("%s: gold not after its section heading" % q["id"])
    cross_en = sum(1 for q in qs if q["lang"] == "en" and not q["gold_doc"].endswith((".html",)) and q["gold_doc"] != "product-advisory-board.docx")
    cross_fr = sum(1 for q in qs if q["lang"] == "fr" and q["gold_doc"] in ("ambassador-handbook.html", "product-advisory-board.docx"))
    if not (cross_en and cross_fr):
        err("cross-language questions missing")
    if len(us) != 20 or collections.Counter(u["lang"] for u in us) != collections.Counter({"fr": 16, "en": 4}):
        err("unanswerable counts")
    for u in us:
        if set(u) != {"id", "question", "lang", "note"}:
            err("%s: fields" % u["id"])
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if readme[0] != ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 48) from DOMAIN.md, the issue and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.") or readme[1] != "":
        err("README first line")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("docs=%d %s questions=%d %s %s unanswerable=%d cross(en>fr)=%d cross(fr>en)=%d"
          % (len(files), dict(fmt), len(qs), dict(units), dict(langs), len(us), cross_en, cross_fr))
    print("OK")


if __name__ == "__main__":
    main()
