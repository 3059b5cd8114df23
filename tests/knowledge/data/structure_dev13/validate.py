# -*- coding: utf-8 -*-
"""Checks every rule of the structure-set format for structure_dev13; prints OK when they hold."""
import collections
import html
import html.parser
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_src import D  # noqa: E402

SET = "structure_dev13"
ERR = []


def err(msg):
    ERR.append(msg)


# ------------------------------------------------------------------ text extraction from the built files
class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "tr", "div", "nav", "title", "footer", "header", "table", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def lines_of(path, fmt):
    """Text lines of a built document."""
    if fmt in ("txt", "md"):
        return open(path, encoding="utf-8").read().split("\n")
    if fmt == "html":
        p = _HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return [l.strip() for l in "".join(p.parts).split("\n") if l.strip()]
    if fmt == "docx":
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        out = []
        for para in re.findall(r"<w:p>.*?</w:p>", xml):
            out.append(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", para))))
        return out
    if fmt == "pdf":
        data = open(path, "rb").read()
        out = []
        for stream in re.findall(rb"stream\n(.*?)endstream", data, re.S):
            for raw in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", stream):
                s = re.sub(rb"\\(.)", rb"\1", raw)
                out.append(s.decode("cp1252"))
        return out
    raise ValueError(fmt)


# ------------------------------------------------------------------ sections from the source blocks
def sections(doc):
    """heading path -> list of content blocks."""
    secs = collections.OrderedDict()
    h1 = h2 = None
    secs[""] = []
    for b in doc["blocks"]:
        if b[0] == "h1":
            h1, h2 = b[1], None
            secs.setdefault(h1, [])
        elif b[0] == "h2":
            h2 = b[1]
            secs.setdefault(h1 + " › " + h2, [])
        elif b[0] in ("p", "ul", "ol", "table"):
            key = "" if h1 is None else (h1 if h2 is None else h1 + " › " + h2)
            secs[key].append(b)
    return secs


def block_text(b):
    if b[0] == "p":
        return [b[1]]
    if b[0] in ("ul", "ol"):
        return list(b[1])
    if b[0] == "table":
        return [" ".join(r) for r in b[1]]
    return []


# ------------------------------------------------------------------ documents
def check_docs():
    files = sorted(os.listdir(os.path.join(HERE, "docs")))
    if sorted(D) != files:
        err("docs/ does not match docs_src: %s vs %s" % (files, sorted(D)))
    ext = collections.Counter(f.rsplit(".", 1)[1] for f in files)
    if ext != collections.Counter({"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}):
        err("format counts %s" % ext)
    langs = collections.Counter(d["lang"] for d in D.values())
    if langs != collections.Counter({"fr": 10, "en": 2}):
        err("doc languages %s" % langs)
    aud = collections.Counter(d["audience"] for d in D.values())
    if aud != collections.Counter({"all": 10, "staff": 2}):
        err("readership counts %s" % aud)
    ntables = 0
    texts = {}
    for name, doc in D.items():
        path = os.path.join(HERE, "docs", name)
        fmt = doc["fmt"]
        if not name.endswith("." + fmt):
            err("%s: extension vs fmt" % name)
        kinds = [b[0] for b in doc["blocks"]]
        if kinds.count("title") != 1:
            err("%s: one title expected" % name)
        if "h1" not in kinds:
            err("%s: no heading" % name)
        ntables += kinds.count("table")
        if fmt == "txt" and "table" in kinds:
            err("%s: table in txt" % name)
        # lists with their introducing sentence
        intro = False
        for i, b in enumerate(doc["blocks"]):
            if b[0] in ("ul", "ol"):
                prev = doc["blocks"][i - 1]
                if prev[0] != "p" or not prev[1].rstrip().endswith(":"):
                    err("%s: list without an introducing sentence" % name)
                intro = True
        if not intro:
            err("%s: no list" % name)
        lines = lines_of(path, fmt)
        texts[name] = lines
        full = "\n".join(lines)
        # readership: in the first lines, plain
        head = [l for l in lines if l.strip()][:40]
        if doc["readership"] not in " ".join(l.strip() for l in head):
            err("%s: readership line not in the first lines" % name)
        r = doc["readership"].lower()
        if doc["audience"] == "all":
            if not ("vigie" in r and any(w in r for w in ("toutes", "tous", "ensemble", "every", "all "))):
                err("%s: all-ambassador readership not plain" % name)
        else:
            if not ("équipe communauté" in r and any(w in r for w in ("ne pas", "ne doit pas", "uniquement", "interne"))):
                err("%s: staff readership not plain" % name)
        # every content block present in the built text
        for b in doc["blocks"]:
            for t in block_text(b) if b[0] != "table" else [c for row in b[1] for c in row]:
                if fmt == "pdf":
                    if not any(w in full for w in t.split(" ")):
                        err("%s: block text missing %r" % (name, t[:40]))
                elif t not in full:
                    err("%s: block text missing %r" % (name, t[:40]))
        # format-specific
        if fmt == "pdf":
            data = open(path, "rb").read()
            if not data.startswith(b"%PDF-1.4"):
                err("%s: not PDF 1.4" % name)
            fonts = set(re.findall(rb"/BaseFont /([A-Za-z-]+)", data))
            if fonts != {b"Helvetica", b"Helvetica-Bold"}:
                err("%s: fonts %s" % (name, fonts))
            for stream in re.findall(rb"stream\n(.*?)endstream", data, re.S):
                for l in stream.split(b"\n"):
                    if l and l.count(b" Tj") != 1:
                        err("%s: not one Tj per text line" % name)
            for h in [b[1] for b in doc["blocks"] if b[0] in ("title", "h1", "h2")]:
                m = re.search(rb"BT /F2 (\d+) Tf \d+ \d+ Td \(" + re.escape(h.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")) + rb"\) Tj", data)
                if not m or int(m.group(1)) <= 10:
                    err("%s: heading not larger/bold: %s" % (name, h))
        if fmt == "docx":
            with zipfile.ZipFile(path) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            for st in ("Title", "Heading1", "ListBullet"):
                if 'w:pStyle w:val="%s"' % st not in xml:
                    err("%s: style %s missing" % (name, st))
            if "<w:tbl>" not in xml:
                err("%s: no w:tbl" % name)
        if fmt == "html":
            raw = open(path, encoding="utf-8").read()
            for tag in ("<h1>", "<h2>", "<table>"):
                if tag not in raw:
                    err("%s: %s missing" % (name, tag))
            if "<ul>" not in raw and "<ol>" not in raw:
                err("%s: no list" % name)
        if fmt == "txt":
            t = [b[1] for b in doc["blocks"] if b[0] == "title"][0]
            if t + "\n" + "=" * len(t) not in full:
                err("%s: txt title not underlined" % name)
    if ntables < 8:
        err("only %d tables" % ntables)
    if not any(D[n]["fmt"] == "docx" and any(b[0] == "h2" for b in D[n]["blocks"]) for n in D):
        err("no Heading2 in any docx")
    return texts


# ------------------------------------------------------------------ questions
def check_questions(texts):
    path = os.path.join(HERE, "questions.jsonl")
    qs = [json.loads(l) for l in open(path, encoding="utf-8")]
    if len(qs) != 90:
        err("questions: %d lines" % len(qs))
    keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}
    langs = collections.Counter(q["lang"] for q in qs)
    if not (70 <= langs["fr"] <= 80 and 10 <= langs["en"] <= 20 and langs["fr"] + langs["en"] == len(qs)):
        err("question languages %s" % langs)
    units = collections.Counter(q["unit"] for q in qs)
    if not (38 <= units["paragraph"] <= 52 and 18 <= units["list"] <= 27 and 18 <= units["table_row"] <= 27):
        err("units %s" % units)
    cross = sum(1 for q in qs if q["lang"] != D[q["gold_doc"]]["lang"])
    en_over_fr = sum(1 for q in qs if q["lang"] == "en" and D[q["gold_doc"]]["lang"] == "fr")
    fr_over_en = sum(1 for q in qs if q["lang"] == "fr" and D[q["gold_doc"]]["lang"] == "en")
    if en_over_fr < 5 or fr_over_en < 3:
        err("cross-language questions: en/fr %d, fr/en %d" % (en_over_fr, fr_over_en))
    seen = set()
    for n, q in enumerate(qs, 1):
        qid = q.get("id")
        if set(q) != keys:
            err("%s: keys %s" % (qid, sorted(q)))
            continue
        if qid != "%s-%03d" % (SET, n) or qid in seen:
            err("%s: bad id" % qid)
        seen.add(qid)
        if q["gold_doc"] not in D:
            err("%s: unknown doc" % qid)
            continue
        doc = D[q["gold_doc"]]
        if doc["audience"] == "staff" and q["unit"] not in ("paragraph", "list", "table_row"):
            err("%s: unit" % qid)
        if q["unit"] not in ("paragraph", "list", "table_row"):
            err("%s: unit %s" % (qid, q["unit"]))
        if q["lang"] not in ("fr", "en"):
            err("%s: lang" % qid)
        secs = sections(doc)
        sec = q["gold_section"]
        if sec not in secs or not sec:
            err("%s: section %r not found" % (qid, sec))
            continue
        title = [b[1] for b in doc["blocks"] if b[0] == "title"][0]
        if title in sec.split(" › "):
            err("%s: title in section path" % qid)
        blocks = secs[sec]
        gold = q["gold"]
        if not gold or not all(isinstance(g, str) and g for g in gold):
            err("%s: empty gold" % qid)
            continue
        lines = texts[q["gold_doc"]]
        full = "\n".join(lines)
        for g in gold:
            if g not in full:
                err("%s: gold not in document text: %r" % (qid, g))
            if doc["fmt"] == "pdf" and not any(g in l for l in lines):
                err("%s: gold not on one PDF line: %r" % (qid, g))
        if q["unit"] == "paragraph":
            paras = [b[1] for b in blocks if b[0] == "p"]
            for g in gold:
                if not any(g in p for p in paras):
                    err("%s: paragraph gold not in a paragraph of the section: %r" % (qid, g))
        elif q["unit"] == "list":
            lists = [b[1] for b in blocks if b[0] in ("ul", "ol")]
            if len(gold) != 2 or not any(l[0] == gold[0] and l[-1] == gold[1] for l in lists):
                err("%s: list gold is not the first and last items of a list of the section" % qid)
        elif q["unit"] == "table_row":
            rows = [r for b in blocks if b[0] == "table" for r in b[1][1:]]
            ok = len(gold) == 2 and any(gold[0] in r and any(gold[1] in c for c in r if c != gold[0]) for r in rows)
            if not ok:
                err("%s: table_row gold is not a key cell + a value of the same row of the section" % qid)
            if doc["fmt"] == "pdf" and not any(gold[0] in l and gold[1] in l for l in lines):
                err("%s: PDF table row not on one line" % qid)
    return qs


def check_unanswerable():
    us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    if len(us) != 20:
        err("unanswerable: %d lines" % len(us))
    for n, u in enumerate(us, 1):
        if set(u) != {"id", "question", "lang", "note"}:
            err("unanswerable %d: keys" % n)
        if u.get("id") != "%s-u%02d" % (SET, n):
            err("unanswerable %d: id" % n)
        if u.get("lang") not in ("fr", "en") or not u.get("note") or not u.get("question"):
            err("unanswerable %d: fields" % n)


def check_readme():
    lines = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    l1 = ("> **Development set** (written blind on 2026-12-07 (stop 56) from DOMAIN.md, the issue and the format only, "
          "without reading the project's code, tests or other data sets; it may be read and tuned on).")
    if lines[0] != l1 or lines[1] != ">" or lines[2] != "":
        err("README header lines")
    if not lines[3].startswith("# %s: " % SET):
        err("README title line")
    text = "\n".join(lines)
    for s in ("**Flavour.**", "## Files", "## Documents", "## Question files",
              "| file | format | lang | readership line(s) as written | intended readership | structure |"):
        if s not in text:
            err("README missing %r" % s)
    for name, doc in D.items():
        row = [l for l in lines if l.startswith("| `%s`" % name) or l.startswith("| %s " % name)]
        if not row:
            err("README: no row for %s" % name)
        elif doc["readership"] not in row[0]:
            err("README: readership of %s not as written" % name)


def main():
    texts = check_docs()
    check_questions(texts)
    check_unanswerable()
    check_readme()
    if ERR:
        for e in ERR:
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
