# -*- coding: utf-8 -*-
"""Check the structure set: gold fragments present, sections are headings, ids, counts.

Standard library only, plus pypdf and python-docx to read PDF and DOCX.
Usage: python validate.py   (exit code 0 when everything passes)
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
FORMATS = {"txt", "md", "pdf", "docx", "html"}
FORBIDDEN = ["interne", "confidentiel", "ne pas diffuser", "usage interne"]
UNITS = {"list", "table_row", "paragraph"}

errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


class _HTML(HTMLParser):
    BLOCK = {"p", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "nav",
             "footer", "article", "main", "section", "aside", "br", "ul", "ol", "table", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.headings, self._h, self._buf = [], [], None, []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append("\n")
        if re.fullmatch(r"h[1-6]", tag):
            self._h, self._buf = tag, []

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.parts.append("\n")
        if self._h == tag:
            self.headings.append(collapse("".join(self._buf)))
            self._h = None

    def handle_data(self, data):
        self.parts.append(data)
        if self._h:
            self._buf.append(data)


def _heading_like(line):
    line = line.strip()
    return (0 < len(line) <= 90 and not re.match(r"^([-*•]|\d+\))\s", line)
            and not line.endswith((".", ":", ";", ",")))


def read_doc(path):
    """Return (full text, list of headings in order)."""
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        heads = []
        for i, l in enumerate(lines):
            s = l.strip()
            if ext == "md":
                m = re.match(r"^(#{1,6})\s+(.*)$", s)
                if m:
                    heads.append(m.group(2).strip())
                elif i + 1 < len(lines) and re.fullmatch(r"(=+|-+)", lines[i + 1].strip()) and s:
                    heads.append(s)
            else:
                nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
                prev = lines[i - 1].strip() if i > 0 else ""
                if not _heading_like(s) or re.fullmatch(r"(=+|-+)", s):
                    continue
                underlined = bool(re.fullmatch(r"(=+|-+)", nxt))
                numbered = bool(re.match(r"^\d+(\.\d+)*\.?\s+\S", s))
                capitals = s.upper() == s and any(c.isalpha() for c in s)
                bare = prev == "" and nxt != ""
                first = not heads and not any(x.strip() for x in lines[:i])
                if underlined or numbered or capitals or bare or first:
                    heads.append(s)
        return text, heads
    if ext == "html":
        p = _HTML()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.parts), p.headings
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        text = "\n".join(pg.extract_text() or "" for pg in r.pages)
        heads = [l.strip() for l in text.split("\n") if _heading_like(l)]

        def walk(o):
            for x in o:
                if isinstance(x, list):
                    walk(x)
                else:
                    heads.append(x.title.strip())
        walk(r.outline)
        return text, heads
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts, heads = [], []
        for para in d.paragraphs:
            parts.append(para.text)
            name = para.style.name if para.style is not None else ""
            if name.startswith("Heading") or name == "Title":
                heads.append(para.text.strip())
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), heads
    raise ValueError(path)


def load_jsonl(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def main():
    files = sorted(os.listdir(DOCS))
    docs = {}
    for f in files:
        text, heads = read_doc(os.path.join(DOCS, f))
        docs[f] = (collapse(text), heads)
        low = text.lower()
        for w in FORBIDDEN:
            if w in low:
                err("%s: forbidden marking %r" % (f, w))
        if not heads:
            err("%s: no heading found" % f)
    fmt = Counter(f.rsplit(".", 1)[-1] for f in files)
    if len(files) < 10:
        err("fewer than 10 documents (%d)" % len(files))
    if set(fmt) != FORMATS:
        err("formats %s, expected %s" % (dict(fmt), sorted(FORMATS)))

    qs = load_jsonl("questions.jsonl")
    un = load_jsonl("unanswerable.jsonl")
    ids = [q.get("id") for q in qs + un]
    for i, c in Counter(ids).items():
        if c > 1:
            err("duplicate id %s" % i)
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}
    for q in qs:
        qid = q.get("id")
        if set(q) != keys:
            err("%s: keys %s" % (qid, sorted(q)))
            continue
        if q["unit"] not in UNITS:
            err("%s: unit %r" % (qid, q["unit"]))
        if q["lang"] not in ("fr", "en"):
            err("%s: lang %r" % (qid, q["lang"]))
        if q["gold_doc"] not in docs:
            err("%s: unknown gold_doc %s" % (qid, q["gold_doc"]))
            continue
        text, heads = docs[q["gold_doc"]]
        title = heads[0] if heads else None
        comps = q["gold_section"].split(" › ")
        for c in comps:
            if c not in heads:
                err("%s: section component %r is not a heading of %s" % (qid, c, q["gold_doc"]))
        if comps and comps[0] == title:
            err("%s: gold_section starts with the document title" % qid)
        if not q["gold"] or not isinstance(q["gold"], list):
            err("%s: empty gold" % qid)
        for g in q["gold"]:
            if collapse(g) not in text:
                err("%s: gold fragment not in %s: %r" % (qid, q["gold_doc"], g))
        if sum(len(g) for g in q["gold"]) > 650:
            err("%s: unit longer than ~600 characters" % qid)
        if q["unit"] == "paragraph":
            for g in q["gold"]:
                if len(g.split()) < 5 and not g.endswith((".", "!", "?")):
                    err("%s: paragraph fragment shorter than 5 words: %r" % (qid, g))
    for u in un:
        if set(u) != {"id", "question", "lang"}:
            err("%s: unanswerable keys %s" % (u.get("id"), sorted(u)))
        if u.get("lang") not in ("fr", "en"):
            err("%s: lang %r" % (u.get("id"), u.get("lang")))

    doclang = {}
    for f in files:
        t = docs[f][0].lower()
        en = len(re.findall(r"\b(the|and|you|your|of)\b", t))
        fr = len(re.findall(r"\b(le|la|les|et|vous|des)\b", t))
        doclang[f] = "en" if en > fr else "fr"
    cross = Counter((q["lang"], doclang.get(q["gold_doc"])) for q in qs)
    n = len(qs)
    if n < 80:
        err("fewer than 80 questions (%d)" % n)
    if len(un) != 20:
        err("expected 20 unanswerable questions, found %d" % len(un))
    en_fr = cross[("en", "fr")] / n if n else 0
    if not 0.18 <= en_fr <= 0.27:
        err("English questions over French documents: %.0f %% (want about 20-25 %%)" % (100 * en_fr))
    if cross[("fr", "en")] < 2:
        err("too few French questions over English documents")
    if sum(1 for v in doclang.values() if v == "en") not in (1, 2):
        err("expected one or two English documents")

    print("documents: %d %s" % (len(files), dict(sorted(fmt.items()))))
    print("document languages:", dict(Counter(doclang.values())))
    print("questions: %d by unit %s" % (n, dict(Counter(q["unit"] for q in qs))))
    print("by language: %s" % dict(Counter(q["lang"] for q in qs)))
    print("question/document language: %s" % {"%s-over-%s" % k: v for k, v in sorted(cross.items())})
    print("English over French: %.1f %%" % (100 * en_fr))
    print("unanswerable: %d %s" % (len(un), dict(Counter(u["lang"] for u in un))))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
