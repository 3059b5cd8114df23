# -*- coding: utf-8 -*-
"""Checks the set against the structure format; reads the generated files themselves. Prints OK."""
import json, os, re, sys, zipfile, zlib
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__)); D = os.path.join(HERE, "docs")
ERR = []
def err(m): ERR.append(m)
DEV = "> **Development set** (written blind on 2026-12-07 (stop 61) from DOMAIN.md, the issue and the format only; it may be read and tuned on)."
STAFF = {"validation-contributions-interne.docx", "planifier-sollicitations-interne.html"}

def extract(name):
    """-> (lines, headings as (index, level, text)) ; document title excluded from headings."""
    p = os.path.join(D, name); ext = name.rsplit(".", 1)[1]
    lines, heads = [], []
    if ext in ("txt", "md"):
        raw = open(p, encoding="utf-8").read().split("\n")
        for i, l in enumerate(raw):
            lines.append(l)
            nxt = raw[i + 1] if i + 1 < len(raw) else ""
            if ext == "md":
                m = re.match(r"^(#{2,6}) (.+)$", l)
                if m: heads.append((i, len(m.group(1)) - 1, m.group(2)))
            else:
                if i < 2: continue
                if re.fullmatch(r"-{3,}", nxt) and not l.startswith("-") and "|" not in l:
                    heads.append((i, 1, l))
                elif re.match(r"^(\d+(\.\d+)+|[A-Z]\.\d+) \S", l) and nxt == "" and not re.search(r"[.:;,!]$", l):
                    heads.append((i, l.split(" ")[0].count(".") + 1, l))
    elif ext == "html":
        class Pr(HTMLParser):
            def __init__(s): super().__init__(); s.cur = None; s.buf = ""
            def handle_starttag(s, t, a):
                if t in ("h1", "h2", "h3", "h4", "p", "li", "td", "th", "title"): s.cur = t; s.buf = ""
            def handle_data(s, d):
                if s.cur: s.buf += d
            def handle_endtag(s, t):
                if t == s.cur:
                    if t in ("h2", "h3", "h4"): heads.append((len(lines), int(t[1]) - 1, s.buf.strip()))
                    lines.append(s.buf.strip()); s.cur = None
        Pr().feed(open(p, encoding="utf-8").read())
    elif ext == "docx":
        x = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
        for para in re.findall(r"<w:p>(.*?)</w:p>", x):
            t = "".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", para))
            t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            m = re.search(r'w:pStyle w:val="Heading(\d)"', para)
            if m: heads.append((len(lines), int(m.group(1)), t))
            lines.append(t)
        if not re.search(r'w:styleId="Heading1"', zipfile.ZipFile(p).read("word/styles.xml").decode()): err(name + ": no Heading1 style")
    elif ext == "pdf":
        data = open(p, "rb").read()
        for st in re.findall(rb"stream\n(.*?)\nendstream", data, re.S):
            for bt in re.findall(rb"BT (.*?) ET", st, re.S):
                font = re.search(rb"/(F\d) (\d+) Tf", bt)
                strs = [re.sub(rb"\\(.)", rb"\1", s) for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", bt)]
                t = "  ".join(s.decode("cp1252") for s in strs)
                if font.group(1) == b"F2" and int(font.group(2)) >= 11 and int(font.group(2)) < 18:
                    heads.append((len(lines), {14: 1, 12: 2, 11: 3}[int(font.group(2))], t))
                lines.append(t)
        if data.count(b"/Type /Page ") < 2: err(name + ": expected several pages")
    return lines, heads

# documents
names = sorted(os.listdir(D)); exts = {}
for n in names: exts.setdefault(n.rsplit(".", 1)[1], []).append(n)
want = {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}
if {k: len(v) for k, v in exts.items()} != want: err("format counts %s" % {k: len(v) for k, v in exts.items()})
EX = {n: extract(n) for n in names}
en_docs = []
for n, (lines, heads) in EX.items():
    top = "\n".join(lines[:8])
    if n in STAFF:
        if "Interne —" not in top: err(n + ": staff mark missing")
    elif not ("Public : tous les Signets" in top or "Audience: all Signets" in top): err(n + ": audience mark missing")
    if "Audience:" in top: en_docs.append(n)
    if len(heads) < 4: err(n + ": too few headings %d" % len(heads))
if len(en_docs) != 2: err("EN docs %s" % en_docs)

def section_span(n, path):
    lines, heads = EX[n]; parts = path.split(" › "); pos = -1; lvl = 0; last = None
    for part in parts:
        c = [h for h in heads if h[2] == part and h[0] > pos and h[1] > lvl]
        if not c: return None
        last = c[0]; pos, lvl = last[0], last[1]
    nxt = [h[0] for h in heads if h[0] > pos and h[1] <= lvl]
    # also stop at a deeper heading: the answer must be in the section's own text
    sub = [h[0] for h in heads if h[0] > pos]
    end = min(sub) if sub else len(lines)
    return lines[pos + 1:end]

Q = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
keys = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
if len(Q) != 90: err("questions: %d" % len(Q))
if len({q["id"] for q in Q}) != len(Q): err("duplicate ids")
for q in Q:
    if list(q) != keys: err(q["id"] + ": keys")
    if q["unit"] not in ("paragraph", "sentence", "list", "table_row", "step"): err(q["id"] + ": unit")
    if q["lang"] not in ("fr", "en"): err(q["id"] + ": lang")
    if q["gold_doc"] not in EX: err(q["id"] + ": doc"); continue
    if not (1 <= len(q["gold"]) <= 4): err(q["id"] + ": gold count")
    span = section_span(q["gold_doc"], q["gold_section"])
    if span is None: err(q["id"] + ": section not found: " + q["gold_section"]); continue
    for g in q["gold"]:
        if not g or "\n" in g: err(q["id"] + ": bad gold")
        elif not any(g in l for l in span): err(q["id"] + ": gold not in section: " + g[:60])
    if q["question"].strip().lower() in q["gold_section"].lower(): err(q["id"] + ": question copies heading")
fr = sum(q["lang"] == "fr" for q in Q); en = len(Q) - fr
if not (72 <= fr <= 78): err("fr=%d" % fr)
st = sum(q["gold_doc"] in STAFF for q in Q)
if not (12 <= st <= 16): err("staff questions=%d" % st)
U = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
if len(U) != 20: err("unanswerable: %d" % len(U))
for u in U:
    if list(u) != ["id", "question", "lang", "note"] or u["lang"] not in ("fr", "en"): err(u["id"] + ": unanswerable keys")
ids = [q["id"] for q in Q] + [u["id"] for u in U]
if len(set(ids)) != len(ids): err("ids collide")
# README
R = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if R[0] != DEV: err("README line 1")
if R[1] != ">" or R[2] != "": err("README lines 2-3")
txt = "\n".join(R)
for s in ("Client:", "Names a measurer should declare: --client-name", "Flavour:", "## Files", "## Documents", "## Question files"):
    if s not in txt: err("README missing " + s)
for n in names:
    if n not in txt: err("README misses doc " + n)
if ERR:
    print("\n".join(ERR)); sys.exit(1)
print("OK (%d docs, %d questions: %d fr / %d en, %d staff-only; %d unanswerable)" % (len(names), len(Q), fr, en, st, len(U)))
