# -*- coding: utf-8 -*-
"""Check structure_heldout27 against the format rules; prints OK or the problems."""
import html, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_src import DOCS
import gen

ERR = []
def err(m): ERR.append(m)

# README header
rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 55) from DOMAIN.md, the issue and the format only, "
      "without reading the project's code, tests or other data sets. Do not tune anything on it.")
if rd[0] != L1: err("README line 1")
if rd[1] != ">" or rd[2] != "": err("README lines 2-3")
if not rd[3].startswith("# structure_heldout27: "): err("README title line")
txt = "\n".join(rd)
for s in ["## Documents", "## Question files", "| file | format | lang | readership line(s) as written | intended readership | structure |"]:
    if s not in txt: err("README missing " + s)
for name in DOCS:
    if f"| {name} |" not in txt: err("README table misses " + name)

# documents
files = sorted(os.listdir(os.path.join(HERE, "docs")))
if sorted(files) != sorted(DOCS): err("docs/ differs from DOCS")
ext = Counter(f.rsplit(".", 1)[1] for f in files)
if ext != Counter({"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}): err(f"format counts {ext}")
if Counter(d["lang"] for d in DOCS.values()) != Counter({"fr": 10, "en": 2}): err("language counts")
if Counter(d["readership"] for d in DOCS.values()) != Counter({"all ambassadors": 10, "staff": 2}): err("readership counts")

def pdf_text(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-"): err(path + " header")
    m = re.search(rb"startxref\n(\d+)", data)
    xref = int(m.group(1))
    if not data[xref:].startswith(b"xref"): err(path + " startxref")
    for k, off in enumerate(re.findall(rb"(\d{10}) 00000 n", data[xref:]), 1):
        if not data[int(off):].startswith(b"%d 0 obj" % k): err(f"{path} xref obj {k}")
    if b"/BaseFont /Helvetica " not in data or b"/BaseFont /Helvetica-Bold" not in data: err(path + " fonts")
    lines, sizes = {}, set()
    page = 0
    for st in re.findall(rb"stream\n(.*?)\nendstream", data, re.S):
        page += 1
        for f, size, x, y, s in re.findall(rb"BT /(F\d) (\d+) Tf 1 0 0 1 ([\d.]+) (\d+) Tm \(((?:\\.|[^\\)])*)\) Tj ET", st):
            s = re.sub(rb"\\(.)", rb"\1", s).decode("cp1252")
            sizes.add((f, int(size)))
            lines.setdefault((page, -int(y)), []).append((float(x), s))
    if len({s for f, s in sizes if f == b"F2"}) < 3: err(path + " heading sizes")
    out = []
    for k in sorted(lines):
        out.append("  ".join(s for x, s in sorted(lines[k])))
    return "\n".join(out)

def docx_text(path):
    z = zipfile.ZipFile(path)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    root = ET.fromstring(z.read("word/document.xml"))
    styles = [e.get("{%s}val" % ns["w"]) for e in root.iter("{%s}pStyle" % ns["w"])]
    if "Heading1" not in styles or "Heading2" not in styles: err(path + " heading styles")
    if not list(root.iter("{%s}tbl" % ns["w"])): err(path + " no table")
    out = []
    for p in root.iter("{%s}p" % ns["w"]):
        out.append("".join(t.text or "" for t in p.iter("{%s}t" % ns["w"])))
    return "\n".join(out)

def html_text(path):
    s = open(path, encoding="utf-8").read()
    for tag in ("<h2>", "<h3>", "<table>", "<ul>"):
        if tag not in s: err(path + " lacks " + tag)
    s = re.sub(r"</(p|h\d|li|tr|title)>", "\n", s)
    s = re.sub(r"</t[dh]>", "  ", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))

TEXT = {}
for name, d in DOCS.items():
    p = os.path.join(HERE, "docs", name)
    t = {"pdf": pdf_text, "docx": docx_text, "html": html_text}.get(d["fmt"], lambda q: open(q, encoding="utf-8").read())(p)
    TEXT[name] = t
    kinds = Counter(b[0] for b in d["blocks"])
    if not kinds["h1"]: err(name + " no headings")
    for k in ("ul", "table", "p", "h2"):
        if not kinds[k]: err(f"{name} has no {k}")
    for b in d["blocks"]:
        if b[0] == "ul" and not b[1].endswith(":"): err(f"{name}: list intro without ':' {b[1]}")
    if d["readership"] not in ("all ambassadors", "staff"): err(name + " readership")
    if d["blocks"][0][0] != "p": err(name + " readership line not at top")
allt = [b for d in DOCS.values() for b in d["blocks"] if b[0] == "table"]
if not any("" in r for b in allt for r in b[2]): err("no empty table cell")
if not any("(" in h for b in allt for h in b[1]): err("no unit in table headers")

# questions
def section_blocks(doc, shown):
    hs = gen.shown_headings(doc)
    cur = None
    for i, lvl, raw, sh in hs:
        if lvl == 1: cur = raw
        path = (raw,) if lvl == 1 else (cur, raw)
        s, blocks = gen.locate(doc, path)
        if s == shown: return blocks
    return None

KEYS = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
if len(qs) != 90: err(f"{len(qs)} questions")
lang = Counter(q["lang"] for q in qs)
if not (70 <= lang["fr"] <= 80 and lang["en"] >= 15 - 3 and lang["fr"] + lang["en"] == 90): err(f"question langs {lang}")
if len({q["id"] for q in qs}) != len(qs): err("duplicate ids")
if len({q["question"] for q in qs}) != len(qs): err("duplicate questions")
for q in qs:
    if list(q) != KEYS: err(q["id"] + " keys")
    if q["gold_doc"] not in DOCS: err(q["id"] + " doc"); continue
    if q["unit"] not in ("paragraph", "list", "table_row"): err(q["id"] + " unit")
    if not q["gold"] or not all(isinstance(g, str) and g for g in q["gold"]): err(q["id"] + " gold")
    doc, text = DOCS[q["gold_doc"]], TEXT[q["gold_doc"]]
    lines = [l.strip().lstrip("#").strip() for l in text.split("\n")]
    for part in q["gold_section"].split(" › "):
        if part not in lines: err(f"{q['id']} heading not a line of the file: {part}")
    blocks = section_blocks(doc, q["gold_section"])
    if blocks is None: err(q["id"] + " section not found"); continue
    stext = "\n".join(gen.block_text(b) for b in blocks)
    for g in q["gold"]:
        if g not in stext: err(f"{q['id']} gold not in section: {g}")
        if doc["fmt"] == "pdf":
            if not any(g in l for l in lines): err(f"{q['id']} gold not on one PDF line: {g}")
        elif g not in text: err(f"{q['id']} gold not in file text: {g}")
    if q["unit"] == "list":
        if not any(b[0] == "ul" and b[2][0] == q["gold"][0] and b[2][-1] == q["gold"][-1] for b in blocks):
            err(q["id"] + " list gold is not first+last item")
    if q["unit"] == "table_row":
        if not any(b[0] == "table" and any(r[0] == q["gold"][0] and all(g in r[1:] for g in q["gold"][1:]) for r in b[2]) for b in blocks):
            err(q["id"] + " row gold is not key cell + value of one row")
    if q["unit"] == "paragraph":
        if not any(b[0] == "p" and all(g in b[1] for g in q["gold"]) for b in blocks):
            err(q["id"] + " paragraph gold not in one paragraph")

us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
if len(us) != 20: err(f"{len(us)} unanswerable")
for u in us:
    if list(u) != ["id", "question", "lang", "note"]: err(u["id"] + " keys")
if len({u["id"] for u in us} | {q["id"] for q in qs}) != 110: err("ids overlap")

if ERR:
    print("\n".join(ERR)); sys.exit(1)
print("OK")
