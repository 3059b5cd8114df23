#!/usr/bin/env python3
"""Checks structure_heldout31 against the format rules and that gen.py reproduces every file. Prints OK."""
import collections, html, json, os, re, subprocess, sys, tempfile, zipfile, filecmp

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "structure_heldout31"
errors = []
def err(m):
    errors.append(m)

# ---- README
lines = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
L1 = re.compile(r"^> \*\*Held-out set: measure only\.\*\* Written blind on \d{4}-\d{2}-\d{2} \(stop 59\) from DOMAIN\.md, the issue and the format only, without reading the project's code, tests or other data sets\. Do not tune anything on it\.$")
if not L1.match(lines[0]): err("README line 1")
if lines[1] != ">" or lines[2] != "": err("README lines 2-3")
if not lines[3].startswith("# %s: " % SET): err("README title")
body = "\n".join(lines)
for need in ["**Client.**", "Names a measurer should declare:", "**Flavour.**", "## Files", "## Documents",
             "| file | format | lang | readership line(s) as written | intended readership | structure |", "## Question files"]:
    if need not in body: err("README missing " + need)

# ---- document text lines
def pdf_lines(data):
    out = []
    for m in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj", data):
        s = m.group(0)[1:s_end(m.group(0))]
        b = bytearray(); i = 0
        while i < len(s):
            c = s[i]
            if c == 0x5C:
                n = s[i + 1]
                if 0x30 <= n <= 0x37:
                    b.append(int(s[i + 1:i + 4], 8)); i += 4; continue
                b.append(n); i += 2; continue
            b.append(c); i += 1
        out.append(bytes(b).decode("cp1252"))
    return out

def s_end(tok):
    return tok.rstrip()[:-2].rstrip().rfind(b")")

def docx_lines(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    out = []
    for p in re.findall(r"<w:p>.*?</w:p>", xml):
        out.append(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))))
    return out

def doc_lines(path):
    data = open(path, "rb").read()
    if path.endswith(".pdf"): return pdf_lines(data)
    if path.endswith(".docx"): return docx_lines(data)
    return data.decode("utf-8").split("\n")

docdir = os.path.join(HERE, "docs")
docs = sorted(os.listdir(docdir))
if len(docs) != 12: err("need 12 docs")
ext = collections.Counter(d.rsplit(".", 1)[1] for d in docs)
if ext != {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}: err("format mix %s" % ext)
LINES = {d: doc_lines(os.path.join(docdir, d)) for d in docs}
STAFF = {"note-interne-animation.txt", "tableau-de-bord-2027.pdf"}
EN = {"city-leads-en.md", "onboarding-kit-en.docx"}
for d, ls in LINES.items():
    head = " ".join(ls[:16]).lower()
    if d in STAFF:
        if not ("uniquement" in head or "interne" in head): err("staff readership line " + d)
    elif not ("tous" in head or "ensemble des" in head or "all ambassadors" in head): err("readership line " + d)
    if "Page 1/2" in ls and d.endswith(".pdf") is False: pass

# ---- questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
if len(qs) != 90: err("90 questions")
KEYS = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
units = collections.Counter(); langs = collections.Counter(); staff = 0
for i, q in enumerate(qs, 1):
    if list(q) != KEYS: err("keys %s" % q.get("id"))
    if q["id"] != "%s-%03d" % (SET, i): err("id %s" % q["id"])
    if q["unit"] not in ("paragraph", "sentence", "list", "table_row", "step"): err("unit " + q["id"])
    if q["lang"] not in ("fr", "en"): err("lang " + q["id"])
    if q["gold_doc"] not in LINES: err("doc " + q["id"]); continue
    units[q["unit"]] += 1; langs[q["lang"]] += 1
    if q["gold_doc"] in STAFF:
        staff += 1
        if not q["note"].startswith("staff only"): err("staff note " + q["id"])
    if not q["gold"]: err("empty gold " + q["id"])
    for g in q["gold"]:
        hits = [l for l in LINES[q["gold_doc"]] if g in l]
        if not hits: err("snippet not on one line: %s %r" % (q["id"], g))
    # section headings must appear as lines of the doc
    for h in q["gold_section"].split(" › "):
        if not any(h in l for l in LINES[q["gold_doc"]]): err("section %s %r" % (q["id"], h))
if not (12 <= staff <= 16): err("staff questions %d" % staff)
if not (70 <= langs["fr"] <= 80): err("langs %s" % langs)
if not (30 <= units["table_row"] <= 40): err("table_row %d" % units["table_row"])
us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
if len(us) != 20: err("20 unanswerable")
for i, u in enumerate(us, 1):
    if list(u) != ["id", "question", "lang", "note"] or u["id"] != "%s-u%02d" % (SET, i): err("unanswerable " + str(i))
qtexts = [q["question"] for q in qs] + [u["question"] for u in us]
if len(set(qtexts)) != len(qtexts): err("duplicate question")
m = re.search(r"(\d+) of 90 questions are table_row", body)
if not m or int(m.group(1)) != units["table_row"]: err("README table_row count")
m = re.search(r"(\d+) French, (\d+) English; (\d+) questions", body)
if not m or (int(m.group(1)), int(m.group(2)), int(m.group(3))) != (langs["fr"], langs["en"], staff): err("README counts")
for u, n in units.items():
    if "`%s` %d" % (u, n) not in body: err("README unit count %s %d" % (u, n))

# ---- reproduction
with tempfile.TemporaryDirectory() as t:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), t], check=True)
    for root, _, files in os.walk(t):
        for f in files:
            p = os.path.join(root, f); rel = os.path.relpath(p, t)
            if not os.path.exists(os.path.join(HERE, rel)) or not filecmp.cmp(p, os.path.join(HERE, rel), shallow=False):
                err("not reproduced: " + rel)

if errors:
    print("\n".join(errors)); print("units", dict(units), "langs", dict(langs), "staff", staff); sys.exit(1)
print("units", dict(units), "langs", dict(langs), "staff", staff)
print("OK")
