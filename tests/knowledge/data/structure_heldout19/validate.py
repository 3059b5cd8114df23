# -*- coding: utf-8 -*-
"""Checks the set's format and that every gold string is in its document's
extracted text (whitespace collapsed). Stdlib only. Prints OK."""
import collections, html.parser, json, os, re, sys, zipfile, zlib
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
errors = []
def err(m): errors.append(m)

def txt_text(p): return open(p, encoding="utf-8").read()

class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ("script", "style", "title"): self.skip += 1
        self.out.append(" ")
    def handle_endtag(self, t):
        if t in ("script", "style", "title"): self.skip -= 1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
def html_text(p):
    h = _H(); h.feed(open(p, encoding="utf-8").read()); return "".join(h.out)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def docx_text(p):
    root = ET.fromstring(zipfile.ZipFile(p).read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in para.iter(W + "t")) for para in root.iter(W + "p"))

def _unesc(b):
    out = bytearray(); i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]; m = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("("): 40, ord(")"): 41, 0x5C: 0x5C}
            if n in m: out.append(m[n]); i += 2; continue
            if 48 <= n <= 55:
                j = i + 1; v = 0
                while j < len(b) and j < i + 4 and 48 <= b[j] <= 55: v = v * 8 + b[j] - 48; j += 1
                out.append(v & 255); i = j; continue
            i += 1; continue
        out.append(c); i += 1
    return bytes(out)
def pdf_text(p):
    data = open(p, "rb").read(); lines = []
    for m in re.finditer(rb"<<([^>]*?)>>\s*stream\r?\n", data):
        start = m.end(); ln = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
        raw = data[start:start + ln]
        if b"FlateDecode" in m.group(1): raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            lines.append(_unesc(s.group(1)).decode("cp1252"))
    return "\n".join(lines)

EXTRACT = {".txt": txt_text, ".md": txt_text, ".html": html_text, ".docx": docx_text, ".pdf": pdf_text}
def norm(s): return re.sub(r"\s+", " ", s).strip()

files = sorted(os.listdir(DOCS))
texts = {}
for f in files:
    ext = os.path.splitext(f)[1]
    if ext not in EXTRACT: err("unexpected file " + f); continue
    texts[f] = norm(EXTRACT[ext](os.path.join(DOCS, f)))
    nw = len([w for w in texts[f].split() if re.search(r"\w", w)])
    slack = 15 if ext == ".html" else 0   # site header and footer
    if not (580 <= nw - slack <= 800): err("%s: %d words" % (f, nw))
    if ext == ".txt":
        for i, line in enumerate(open(os.path.join(DOCS, f), encoding="utf-8"), 1):
            if len(line.rstrip("\n")) > 74 and "  " not in line.strip():
                err("%s:%d longer than 74 columns" % (f, i))
fmt = collections.Counter(os.path.splitext(f)[1] for f in files)
if fmt != {".txt": 3, ".md": 3, ".pdf": 2, ".docx": 2, ".html": 2}: err("format mix %s" % fmt)

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
ids = [q["id"] for q in qs] + [u["id"] for u in us]
if len(ids) != len(set(ids)): err("duplicate ids")
if len(qs) != 90: err("%d questions" % len(qs))
if len(us) != 20: err("%d unanswerable" % len(us))
keys = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}
for q in qs:
    if not keys <= set(q) or set(q) - keys - {"note"}: err("%s: fields %s" % (q.get("id"), sorted(q)))
    if q["unit"] not in ("paragraph", "list", "table_row"): err(q["id"] + ": unit")
    if q["lang"] not in ("fr", "en"): err(q["id"] + ": lang")
    if q["gold_doc"] not in texts: err(q["id"] + ": unknown doc"); continue
    if not isinstance(q["gold"], list) or not q["gold"]: err(q["id"] + ": gold"); continue
    if q["unit"] == "paragraph" and len(q["gold"]) != 1: err(q["id"] + ": paragraph gold must be one string")
    t = texts[q["gold_doc"]]
    for g in q["gold"]:
        if norm(g) not in t: err("%s: gold not found in %s: %r" % (q["id"], q["gold_doc"], g[:60]))
    if q["unit"] == "list":
        pos = [t.find(norm(g)) for g in q["gold"]]
        if pos != sorted(pos): err(q["id"] + ": list items out of order")
    for part in q["gold_section"].split(" › "):
        if not part or norm(part) not in t: err("%s: section part %r not found" % (q["id"], part))
for u in us:
    if set(u) != {"id", "question", "lang", "note"}: err(u["id"] + ": fields")
per_doc = collections.Counter(q["gold_doc"] for q in qs)
for f in texts:
    if per_doc[f] < 5: err("%s has %d questions" % (f, per_doc[f]))
units = collections.Counter(q["unit"] for q in qs); langs = collections.Counter(q["lang"] for q in qs)
if units != {"paragraph": 45, "list": 27, "table_row": 18}: err("units %s" % units)
if langs != {"fr": 75, "en": 15}: err("langs %s" % langs)
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if not (readme[0].startswith("> **Held-out set: measure only.**") and readme[1] == ""): err("README first line")

if errors:
    print("\n".join(errors)); print("FAIL (%d)" % len(errors)); sys.exit(1)
print("docs %d, questions %d (%s; %s), unanswerable %d" % (len(files), len(qs), dict(units), dict(langs), len(us)))
print("OK")
