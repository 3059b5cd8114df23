# -*- coding: utf-8 -*-
"""Check every rule of the structure-set format. Prints exactly OK on success."""
import html
import json
import os
import re
import sys
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "structure_heldout29"
HELD = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 57) from DOMAIN.md, the issue and "
        "the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text extraction per format
def pdf_lines(data):
    """Strings shown by Tj, one per line; also check header, fonts and xref."""
    if not data.startswith(b"%PDF-1.4"):
        err("not PDF 1.4")
    for f in (b"/BaseFont /Helvetica ", b"/BaseFont /Helvetica-Bold "):
        if f not in data:
            err("PDF font missing: %r" % f)
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    if not m or not data[int(m.group(1)):].startswith(b"xref"):
        err("PDF startxref does not point to xref")
    else:
        xr = data[int(m.group(1)):]
        n = int(re.match(rb"xref\n0 (\d+)\n", xr).group(1))
        entries = re.findall(rb"(\d{10}) 00000 n \n", xr)
        if len(entries) != n - 1:
            err("PDF xref count")
        for i, off in enumerate(entries, 1):
            if not data[int(off):].startswith(b"%d 0 obj" % i):
                err("PDF xref offset wrong for object %d" % i)
    out = []
    for fnt, size, s in re.findall(rb"/(F\d) (\d+) Tf [^(]*\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", s).decode("cp1252")
        out.append((s, fnt.decode(), int(size)))
    return out


def docx_paras(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    for need in ("word/styles.xml", "[Content_Types].xml", "_rels/.rels"):
        if need not in z.namelist():
            err("docx part missing: " + need)
    if "<w:tbl>" not in xml:
        err("docx without table")
    paras = []
    for p in re.findall(r"<w:p>(.*?)</w:p>", xml):
        st = re.search(r'<w:pStyle w:val="(\w+)"/>', p)
        t = html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p)))
        paras.append((t, st.group(1) if st else "Normal"))
    return paras


def html_text(s):
    heads = [html.unescape(h) for h in re.findall(r"<h[1-3]>(.*?)</h[1-3]>", s)]
    body = re.sub(r"<style>.*?</style>", "", s, flags=re.S)
    lines = [html.unescape(re.sub(r"<[^>]+>", " ", l)).strip() for l in body.split("\n")]
    return [l for l in lines if l], heads


def load(fn):
    p = os.path.join(HERE, "docs", fn)
    data = open(p, "rb").read()
    ext = fn.rsplit(".", 1)[1]
    if ext == "pdf":
        pl = pdf_lines(data)
        lines = [t for t, _, _ in pl]
        heads = [t for t, f, s in pl if f == "F2" and s >= 14]
        return lines, heads
    if ext == "docx":
        ps = docx_paras(data)
        return [t for t, _ in ps], [t for t, st in ps if st.startswith("Heading") or st == "Title"]
    text = data.decode("utf-8")
    if ext == "html":
        return html_text(text)
    lines = text.split("\n")
    if ext == "md":
        heads = [l.lstrip("#").strip() for l in lines if l.startswith("#")]
        return lines, heads
    return lines, [l.strip() for l in lines]  # txt: headings are whole lines


# ------------------------------------------------------------------ documents
docs_dir = os.path.join(HERE, "docs")
files = sorted(os.listdir(docs_dir)) if os.path.isdir(docs_dir) else []
ext_count = Counter(f.rsplit(".", 1)[1] for f in files)
if len(files) != 12 or ext_count != Counter(txt=3, md=3, pdf=2, docx=2, html=2):
    err("documents: need 12 (3 txt, 3 md, 2 pdf, 2 docx, 2 html), got %s" % dict(ext_count))
STAFF = re.compile(r"interne|uniquement", re.I)
ALL = re.compile(r"Diffusion : tous|For all Essaim Scouts|Page réservée aux Éclaireurs", re.I)
EN_DOCS = {"essaim_quick_guide_en.md", "beta_fuma_memo_en.txt"}
loaded = {}
staff_docs, all_docs = set(), set()
for f in files:
    lines, heads = load(f)
    loaded[f] = (lines, heads)
    first = " ".join(l for l in lines if l.strip())[:600]
    if STAFF.search(first) and not ALL.search(first):
        staff_docs.add(f)
    elif ALL.search(first) and not STAFF.search(first):
        all_docs.add(f)
    else:
        err("no clear readership line near the top of " + f)
    if len(heads) < 4:
        err("too few headings in " + f)
    txt = "\n".join(lines)
    if not re.search(r":\s*$", txt, re.M) and ":\n" not in txt:
        err("no list introduced by ':' in " + f)
if len(staff_docs) != 2 or len(all_docs) != 10:
    err("readership: need 10 all / 2 staff, got %d / %d" % (len(all_docs), len(staff_docs)))
if len([f for f in files if f not in EN_DOCS]) != 10:
    err("need 10 French documents")
for f in files:
    if f.endswith(".pdf"):
        data = open(os.path.join(docs_dir, f), "rb").read()
        n = int(re.search(rb"/Count (\d+)", data).group(1))
        if not 1 <= n <= 4:
            err("PDF page count %d in %s" % (n, f))

# ------------------------------------------------------------------ questions
def read_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for i, l in enumerate(fh, 1):
            try:
                out.append(json.loads(l))
            except ValueError:
                err("%s line %d is not JSON" % (name, i))
    return out


qs = read_jsonl("questions.jsonl")
un = read_jsonl("unanswerable.jsonl")
if len(qs) != 90:
    err("questions.jsonl: %d lines, need 90" % len(qs))
if len(un) != 20:
    err("unanswerable.jsonl: %d lines, need 20" % len(un))
ids = [q.get("id") for q in qs + un]
if ids != ["%s-%03d" % (SET, i) for i in range(1, len(ids) + 1)]:
    err("ids must be %s-001.. in order, unique across both files" % SET)
KEYS = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
lang = Counter()
staff_q = 0
for q in qs:
    if list(q) != KEYS:
        err("%s: keys %s" % (q.get("id"), list(q)))
        continue
    lang[q["lang"]] += 1
    if q["lang"] not in ("fr", "en"):
        err("%s: lang" % q["id"])
    if q["unit"] not in ("paragraph", "list", "table_row"):
        err("%s: unit" % q["id"])
    if q["gold_doc"] not in loaded:
        err("%s: unknown doc" % q["id"])
        continue
    staff_q += q["gold_doc"] in staff_docs
    lines, heads = loaded[q["gold_doc"]]
    for part in q["gold_section"].split(" › "):
        if part not in heads:
            err("%s: section part %r is not a heading of %s" % (q["id"], part, q["gold_doc"]))
    if not q["gold"] or not all(isinstance(g, str) and g for g in q["gold"]):
        err("%s: empty gold" % q["id"])
    need = 2 if q["unit"] in ("list", "table_row") else 1
    if len(q["gold"]) < need:
        err("%s: %s needs %d gold snippets" % (q["id"], q["unit"], need))
    for g in q["gold"]:
        if not any(g in l for l in lines):  # one line (PDF Tj, txt line) / one paragraph or cell
            err("%s: gold %r not on one line of %s" % (q["id"], g, q["gold_doc"]))
    if not q["question"].strip() or not q["note"].strip():
        err("%s: empty question or note" % q["id"])
if lang != Counter(fr=75, en=15):
    err("question languages %s, need 75 fr / 15 en" % dict(lang))
if not 5 <= staff_q <= 20:
    err("staff-document questions: %d" % staff_q)
ul = Counter(u.get("lang") for u in un)
for u in un:
    if list(u) != ["id", "question", "lang", "note"]:
        err("%s: keys" % u.get("id"))
if ul != Counter(fr=16, en=4):
    err("unanswerable languages %s" % dict(ul))
if len({q["question"] for q in qs + un}) != 110:
    err("duplicate question text")

# ------------------------------------------------------------------ README
try:
    rl = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if rl[0] != HELD or rl[1] != ">" or rl[2] != "":
        err("README header lines")
    body = "\n".join(rl)
    for s in ("**Flavour.**", "## Files", "## Documents", "## Question files",
              "| file | format | lang | readership line(s) as written | intended readership | structure |"):
        if s not in body:
            err("README lacks " + s)
    for f in files:
        if f not in body:
            err("README does not list " + f)
except OSError:
    err("README.md missing")

for f in ("gen.py", "docs_src.py", "validate.py"):
    if not os.path.exists(os.path.join(HERE, f)):
        err(f + " missing")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
