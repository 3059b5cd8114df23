#!/usr/bin/env python3
"""Checks structure_dev16: format rules, gold snippets on one document line, byte-for-byte regeneration."""
import html, json, os, re, subprocess, sys, tempfile, zipfile, datetime, filecmp

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "structure_dev16"
errors = []
def err(m): errors.append(m)

def pdf_lines(path):
    data = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        out.append(s.decode("cp1252"))
    return out

def docx_lines(path):
    x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    out = []
    for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", x):
        t = "".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))
        out.append(html.unescape(t))
    return out

def html_lines(path):
    return [html.unescape(re.sub(r"<[^>]+>", "", l)) for l in open(path, encoding="utf-8").read().split("\n")]

def lines_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return pdf_lines(path)
    if ext == "docx": return docx_lines(path)
    if ext == "html": return html_lines(path)
    return open(path, encoding="utf-8").read().split("\n")

# README
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
m = re.fullmatch(r"> \*\*Development set\*\* \(written blind on (\d{4}-\d\d-\d\d) \(stop 59\) from DOMAIN\.md, the issue and the format only; it may be read and tuned on\)\.", readme[0])
if not m: err("README line 1")
if readme[1] != ">" or readme[2] != "": err("README lines 2-3")
if not readme[3].startswith("# %s: " % SET): err("README title")
body = "\n".join(readme)
for h in ["**Client.**", "Names a measurer should declare:", "**Flavour.**", "## Files", "## Documents", "## Question files",
          "| file | format | lang | readership line(s) as written | intended readership | structure |"]:
    if h not in body: err("README misses " + h)

# docs
docdir = os.path.join(HERE, "docs")
docs = sorted(os.listdir(docdir))
exts = {}
for d in docs: exts[d.rsplit(".", 1)[1]] = exts.get(d.rsplit(".", 1)[1], 0) + 1
if len(docs) != 12 or exts != {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}: err("doc counts %r" % exts)
LINES = {d: lines_of(os.path.join(docdir, d)) for d in docs}
for d in docs:
    if d not in body: err("README does not list " + d)
    head = "\n".join(LINES[d][:12]).lower()
    if not any(k in head for k in ("diffusion", "pour :", "public :", "destinataires", "pour tous", "à l'attention", "for all", "internal", "interne")):
        err("no readership line near top: " + d)

# questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
if len(qs) != 90: err("questions: %d" % len(qs))
keys = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
for i, q in enumerate(qs, 1):
    if list(q) != keys: err("keys %s" % q.get("id"))
    if q["id"] != "%s-%03d" % (SET, i): err("id %s" % q["id"])
    if q["unit"] not in ("paragraph", "sentence", "list", "table_row", "step"): err("unit " + q["id"])
    if q["lang"] not in ("fr", "en"): err("lang " + q["id"])
    if q["gold_doc"] not in LINES: err("doc " + q["id"]); continue
    if not q["gold"]: err("no gold " + q["id"])
    for s in q["gold"]:
        if not any(s in l for l in LINES[q["gold_doc"]]): err("%s: snippet not on one line: %r" % (q["id"], s))
    for part in filter(None, q["gold_section"].split(" › ")):
        if not any(part in l for l in LINES[q["gold_doc"]]): err("%s: section part not found: %r" % (q["id"], part))
langs = [q["lang"] for q in qs]
if not (70 <= langs.count("fr") <= 78): err("fr count %d" % langs.count("fr"))
staff = sum("staff-only" in q["note"] for q in qs)
if not 12 <= staff <= 16: err("staff questions %d" % staff)
tr = sum(q["unit"] == "table_row" for q in qs)
if not 30 <= tr <= 40: err("table_row %d" % tr)
us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
if len(us) != 20: err("unanswerable %d" % len(us))
for i, u in enumerate(us, 1):
    if list(u) != ["id", "question", "lang", "note"] or u["id"] != "%s-u%02d" % (SET, i): err("unans " + str(i))

# reproduction
with tempfile.TemporaryDirectory() as t:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), t], check=True)
    for rel in ["questions.jsonl", "unanswerable.jsonl"] + ["docs/" + d for d in docs]:
        if not filecmp.cmp(os.path.join(t, rel), os.path.join(HERE, rel), shallow=False): err("not reproduced: " + rel)
    if sorted(os.listdir(os.path.join(t, "docs"))) != docs: err("doc list differs")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
