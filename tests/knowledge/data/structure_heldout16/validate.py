#!/usr/bin/env python3
"""Stdlib check of structure_heldout16: format, counts, unique ids, every gold string found in its document.

txt/md: raw file text; html: text extracted with html.parser; docx: paragraph text read from
word/document.xml (and the generator's source text); pdf: the generator's source text (gen/source/).
Exit 0 when everything holds."""
import collections
import html
import json
import os
import re
import sys
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SRC = os.path.join(HERE, "gen", "source")
PREFIX = "sh16"
errors = []


def err(msg):
    errors.append(msg)


class TextHTML(HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "tr", "div", "br", "ul", "ol", "table", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def docx_text(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    paras = []
    for chunk in xml.split("</w:p>"):
        ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", chunk)
        if ts:
            paras.append(html.unescape("".join(ts)))
    return "\n".join(paras)


def doc_text(name):
    p = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        return open(p, encoding="utf-8").read()
    if ext == "html":
        h = TextHTML()
        h.feed(open(p, encoding="utf-8").read())
        return re.sub(r"\n\s*\n+", "\n", "".join(h.parts))
    src = open(os.path.join(SRC, name + ".txt"), encoding="utf-8").read()
    if ext == "docx":
        return docx_text(p) + "\n" + src  # both must hold the gold (checked separately below)
    return src


def main():
    names = sorted(os.listdir(DOCS))
    fmt = collections.Counter(n.rsplit(".", 1)[1] for n in names)
    want = {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}
    if dict(fmt) != want:
        err("format counts %s != %s" % (dict(fmt), want))
    texts = {n: doc_text(n) for n in names}
    for n, t in texts.items():
        w = len(re.findall(r"\w+", t if not n.endswith(".docx") else docx_text(os.path.join(DOCS, n))))
        if not 600 <= w <= 2500:
            err("%s: %d words (want 600-2500)" % (n, w))
    # PDF outline: exactly one of the two PDFs has bookmarks
    outl = {n: b"/Outlines" in open(os.path.join(DOCS, n), "rb").read() for n in names if n.endswith(".pdf")}
    if sorted(outl.values()) != [False, True]:
        err("expected one PDF with an outline and one without: %s" % outl)
    ids = set()
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    for q in qs:
        for k in ("id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"):
            if k not in q:
                err("%s: missing %s" % (q.get("id"), k))
        if q["id"] in ids or not re.match(r"^%s-q\d\d$" % PREFIX, q["id"]):
            err("bad/duplicate id %s" % q["id"])
        ids.add(q["id"])
        if q["unit"] not in ("paragraph", "list", "table_row"):
            err("%s: unit %s" % (q["id"], q["unit"]))
        if q["lang"] not in ("fr", "en"):
            err("%s: lang %s" % (q["id"], q["lang"]))
        if q["gold_doc"] not in texts:
            err("%s: unknown doc %s" % (q["id"], q["gold_doc"]))
            continue
        t = texts[q["gold_doc"]]
        if not q["gold"] or not all(isinstance(g, str) and g for g in q["gold"]):
            err("%s: empty gold" % q["id"])
        for g in q["gold"]:
            if g not in t:
                err("%s: gold not in %s: %r" % (q["id"], q["gold_doc"], g[:70]))
            if q["gold_doc"].endswith(".docx") and g not in docx_text(os.path.join(DOCS, q["gold_doc"])):
                err("%s: gold not in the docx XML text: %r" % (q["id"], g[:70]))
        for h in q["gold_section"].split(" \u203a "):
            if not h or h not in t:
                err("%s: heading %r not in doc" % (q["id"], h))
        if q["unit"] == "list" and not (q["gold"][0].endswith(":") and len(q["gold"]) >= 3):
            err("%s: list gold must start with its introducing sentence (ending ':') and items" % q["id"])
        if q["unit"] == "table_row" and len(q["gold"]) < 2:
            err("%s: table row needs its cells" % q["id"])
    units = collections.Counter(q["unit"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    if len(qs) != 90:
        err("%d questions (want 90)" % len(qs))
    for u, n in (("paragraph", 45), ("list", 28), ("table_row", 17)):
        if abs(units[u] - n) > 4:
            err("unit %s: %d (want about %d)" % (u, units[u], n))
    if abs(langs["fr"] - 75) > 5:
        err("fr questions: %d (want about 75)" % langs["fr"])
    un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
    if len(un) != 20:
        err("%d unanswerable (want 20)" % len(un))
    for u in un:
        if u["id"] in ids or not re.match(r"^%s-u\d\d$" % PREFIX, u["id"]) or u.get("lang") not in ("fr", "en") \
                or not u.get("question"):
            err("bad unanswerable %s" % u.get("id"))
        ids.add(u["id"])
    first = open(os.path.join(HERE, "README.md"), encoding="utf-8").readline().rstrip("\n")
    if not first.startswith("> **Held-out set: measure only.**"):
        err("README first line")
    print("docs %s | questions %d %s %s | unanswerable %d" % (dict(fmt), len(qs), dict(units), dict(langs), len(un)))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
