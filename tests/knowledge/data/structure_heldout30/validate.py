"""Checks the format rules of the structure set; prints exactly OK when all hold."""
import html
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

SET = "structure_heldout30"
ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ extractors --
def pdf_items(path):
    """[(font, size, text)] for every Tj string, in content-stream order."""
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-1.4"):
        err("%s: not PDF 1.4" % path)
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"stream\n(.*?)endstream", s, re.S):
        for t in re.finditer(r"/F(\d) ([\d.]+) Tf [\d.]+ [\d.]+ Td \(((?:\\.|[^\\)])*)\) Tj", m.group(1)):
            raw = re.sub(r"\\(.)", r"\1", t.group(3))
            out.append((t.group(1), float(t.group(2)), raw.encode("latin-1").decode("cp1252")))
    return out


def docx_items(path):
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        if "docProps/core.xml" not in z.namelist():
            err("%s: no core.xml" % path)
    out = []
    for p in root.iter("{%s}p" % ns["w"]):
        st = p.find("w:pPr/w:pStyle", ns)
        style = st.get("{%s}val" % ns["w"]) if st is not None else ""
        text = "".join(t.text or "" for t in p.iter("{%s}t" % ns["w"]))
        out.append((style, text))
    return out


def strip_tags(line):
    return html.unescape(re.sub(r"<[^>]+>", "", line)).strip()


def doc_lines_and_headings(name):
    path = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[1]
    if ext == "pdf":
        items = pdf_items(path)
        lines = [t for _, _, t in items]
        heads = [t for f, sz, t in items if f == "2" and sz >= 11]
        first = lines[:4]
    elif ext == "docx":
        items = docx_items(path)
        lines = [t for _, t in items]
        heads = [t for st, t in items if st in ("Title", "Heading1", "Heading2", "Heading3")]
        first = lines[:3]
    elif ext == "html":
        src = open(path, encoding="utf-8").read()
        lines = [strip_tags(l) for l in src.split("\n")]
        heads = [strip_tags(m.group(2)) for m in re.finditer(r"<h([1-6])[^>]*>(.*?)</h\1>", src, re.S)]
        body = src.split("<body", 1)[1]
        first = [l for l in (strip_tags(x) for x in body.split("\n")) if l][:6]
    elif ext == "md":
        lines = open(path, encoding="utf-8").read().split("\n")
        heads = [re.sub(r"^#+\s*", "", l).strip() for l in lines if re.match(r"^#{1,6} ", l)]
        first = [l for l in lines if l.strip()][:3]
    elif ext == "txt":
        lines = open(path, encoding="utf-8").read().split("\n")
        heads = []
        for i, l in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            prev = lines[i - 1] if i > 0 else ""
            if l.strip() and re.fullmatch(r"(=+|-+)", nxt.strip() or "x") and len(nxt.strip()) >= 3:
                heads.append(l.strip())
            elif (l.strip() and len(l) <= 70 and not re.search(r"[.:;!?,]$", l.strip())
                  and not l.startswith((">", "-", "*")) and prev.strip() == "" and nxt.strip()
                  and not re.fullmatch(r"(=+|-+)", nxt.strip())):
                heads.append(l.strip())
        first = [l for l in lines if l.strip()][:3]
    else:
        err("unexpected file %s" % name)
        return [], [], []
    return lines, heads, first


# ------------------------------------------------------------- checks ----
readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read().split("\n")
L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue and the "
      "format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
if readme[0] != L1:
    err("README line 1")
if readme[1] != ">":
    err("README line 2")
if readme[2] != "":
    err("README line 3")
if not readme[3].startswith("# %s: " % SET):
    err("README title")
txt = "\n".join(readme)
for part in ("**Client.**", "**Flavour.**", "## Files", "## Documents", "## Question files",
             "| file | format | lang | readership line(s) as written | intended readership | structure |"):
    if part not in txt:
        err("README lacks %s" % part)

names = sorted(os.listdir(DOCS))
exts = {}
for n in names:
    exts[n.rsplit(".", 1)[1]] = exts.get(n.rsplit(".", 1)[1], 0) + 1
if len(names) != 12 or exts != {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}:
    err("docs count/extensions: %s" % exts)
for n in names:
    if n not in txt:
        err("README does not list %s" % n)

READERSHIP = re.compile(r"(Diffusion :|Audience:|For all Diapasons|Document interne|Pour tous les Diapasons)")
STAFF = re.compile(r"Document interne")
cache = {}
n_staff = n_en_docs = 0
for n in names:
    lines, heads, first = doc_lines_and_headings(n)
    cache[n] = (lines, heads)
    if not any(READERSHIP.search(l) for l in first):
        err("%s: no readership line in first lines: %r" % (n, first))
    if any(STAFF.search(l) for l in first):
        n_staff += 1
    if not heads:
        err("%s: no headings" % n)
    if re.search(r"(digest)", n):
        n_en_docs += 1
if n_staff != 2:
    err("staff-only docs: %d" % n_staff)
if n_en_docs != 2:
    err("English docs: %d" % n_en_docs)

UNITS = {"list", "table_row", "paragraph", "sentence", "step"}
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
if len(qs) != 90:
    err("questions: %d" % len(qs))
seen = set()
for i, q in enumerate(qs, 1):
    if set(q) != {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}:
        err("fields %s" % q.get("id"))
        continue
    if q["id"] != "%s-%03d" % (SET, i):
        err("id %s" % q["id"])
    if q["question"] in seen:
        err("duplicate question %s" % q["id"])
    seen.add(q["question"])
    if q["unit"] not in UNITS or q["lang"] not in ("fr", "en"):
        err("unit/lang %s" % q["id"])
    if q["gold_doc"] not in cache:
        err("gold_doc %s" % q["id"])
        continue
    lines, heads = cache[q["gold_doc"]]
    for part in q["gold_section"].split(" › "):
        if part not in heads:
            err("%s: section part %r is not a heading of %s" % (q["id"], part, q["gold_doc"]))
    if not (1 <= len(q["gold"]) <= 3):
        err("%s: gold count" % q["id"])
    for g in q["gold"]:
        if not g or not any(g in l for l in lines):
            err("%s: gold %r not on one line of %s" % (q["id"], g, q["gold_doc"]))
n_en = sum(q["lang"] == "en" for q in qs)
if not (12 <= n_en <= 18):
    err("English questions: %d" % n_en)

un = [json.loads(l) for l in open(os.path.join(ROOT, "unanswerable.jsonl"), encoding="utf-8")]
if len(un) != 20:
    err("unanswerable: %d" % len(un))
for i, u in enumerate(un, 1):
    if set(u) != {"id", "question", "lang", "note"} or u["id"] != "%s-u%02d" % (SET, i) or u["lang"] not in ("fr", "en"):
        err("unanswerable %d" % i)
    if u["question"] in seen:
        err("unanswerable duplicates a question")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
