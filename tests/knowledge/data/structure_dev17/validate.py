# -*- coding: utf-8 -*-
"""Check every constraint of the structure-set format; print OK or the list of problems.
Standard library only."""
import html
import json
import os
import re
import sys
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
errors = []


def err(msg):
    errors.append(msg)


EXPECTED = {  # file: (lang, audience)
    "faq-programme.md": ("fr", "all"),
    "faq-recompenses-tableau.md": ("fr", "all"),
    "interne-faq-sollicitations.md": ("fr", "staff"),
    "faq-sejours.txt": ("fr", "all"),
    "aide-numerotee.txt": ("fr", "all"),
    "breakaways-faq.txt": ("en", "all"),
    "aide-points.html": ("fr", "all"),
    "faq-evenements.html": ("fr", "all"),
    "guide-contributions.pdf": ("fr", "all"),
    "help-centre-en.pdf": ("en", "all"),
    "faq-hotels.docx": ("fr", "all"),
    "interne-procedures-cm.docx": ("fr", "staff"),
}
AUDIENCE_MARK = {"all": ("Public : tous les Échappés", "Audience: all Breakaways"),
                 "staff": ("Interne — équipe community management",)}


# ------------------------------------------------------------ text extraction, one unit per line
def lines_txt(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def lines_md(path):
    return [re.sub(r"^#{1,6}\s+", "", l) for l in lines_txt(path)]


def lines_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?s)<(style|script)\b.*?</\1>", "", raw)
    out = []
    for chunk in re.split(r"<[^>]+>", raw):
        for l in chunk.split("\n"):
            l = html.unescape(l).strip()
            if l:
                out.append(l)
    return out


def lines_docx(path):
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for need in ("[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"):
            if need not in names:
                err("%s: missing part %s" % (os.path.basename(path), need))
        doc = z.read("word/document.xml").decode("utf-8")
        core = z.read("docProps/core.xml").decode("utf-8")
    if "<dc:title>" not in core:
        err("%s: no title in core.xml" % os.path.basename(path))
    styles = re.findall(r'<w:pStyle w:val="([^"]+)"/>', doc)
    if "Heading1" not in styles or "Heading2" not in styles:
        err("%s: no Heading styles" % os.path.basename(path))
    if "<w:numPr>" not in doc or "<w:tbl>" not in doc:
        err("%s: expected a numbered/bulleted list and a table" % os.path.basename(path))
    out, heads = [], []
    for p in re.findall(r"(?s)<w:p>(.*?)</w:p>", doc):
        t = html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p)))
        out.append(t)
        m = re.search(r'<w:pStyle w:val="(Heading\d)"/>', p)
        if m:
            heads.append(t)
    return out, heads


def lines_pdf(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
        err("%s: not a PDF" % os.path.basename(path))
    # xref offsets must point at objects
    m = re.search(rb"startxref\n(\d+)", data)
    x = int(m.group(1))
    if not data[x:x + 4] == b"xref":
        err("%s: bad startxref" % os.path.basename(path))
    rows = re.findall(rb"(\d{10}) 00000 n", data[x:])
    for k, off in enumerate(rows, 1):
        if not data[int(off):].startswith(b"%d 0 obj" % k):
            err("%s: xref entry %d wrong" % (os.path.basename(path), k))
    if b"/Helvetica-Bold" not in data or b"/Outlines" not in data:
        err("%s: needs bold font and outline" % os.path.basename(path))
    out, bold = [], []
    for stream in re.findall(rb"(?s)stream\n(.*?)\nendstream", data):
        cur_y, cur = None, []
        for font, size, xx, yy, s in re.findall(rb"BT /(F\d) ([\d.]+) Tf ([\d.]+) ([\d.]+) Td \(((?:\\.|[^\\)])*)\) Tj ET", stream):
            s = re.sub(rb"\\(.)", rb"\1", s).decode("cp1252")
            if yy != cur_y and cur:
                out.append(" ".join(cur))
                cur = []
            cur_y = yy
            cur.append(s)
            if font == b"F2" and float(size) >= 10.5:
                bold.append(s)
        if cur:
            out.append(" ".join(cur))
    return out, bold


def extract(name):
    path = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[1]
    if ext == "txt":
        l = lines_txt(path)
        return l, l
    if ext == "md":
        l = lines_md(path)
        return l, [re.sub(r"^#{1,6}\s+", "", x) for x in lines_txt(path) if x.startswith("#")]
    if ext == "html":
        raw = open(path, encoding="utf-8").read()
        heads = [html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"(?s)<h[1-6][^>]*>(.*?)</h[1-6]>", raw)]
        return lines_html(path), heads
    if ext == "docx":
        return lines_docx(path)
    if ext == "pdf":
        return lines_pdf(path)
    raise ValueError(name)


# ------------------------------------------------------------ documents
files = sorted(os.listdir(DOCS)) if os.path.isdir(DOCS) else []
if set(files) != set(EXPECTED):
    err("docs/ holds %s, expected %s" % (sorted(files), sorted(EXPECTED)))
ext_count = Counter(f.rsplit(".", 1)[1] for f in files)
if ext_count != Counter({"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}):
    err("format counts %s" % dict(ext_count))
langs = Counter(v[0] for v in EXPECTED.values())
aud = Counter(v[1] for v in EXPECTED.values())
if langs != Counter({"fr": 10, "en": 2}) or aud != Counter({"all": 10, "staff": 2}):
    err("language/audience split %s %s" % (langs, aud))

TEXT, HEADS, TITLES = {}, {}, {}
for f in files:
    if f not in EXPECTED:
        continue
    lines, heads = extract(f)
    TEXT[f], HEADS[f] = lines, heads
    TITLES[f] = next(l for l in lines if l.strip())  # first line: title in every format here
    head = "\n".join(lines[:8])
    if not any(m in head for m in AUDIENCE_MARK[EXPECTED[f][1]]):
        err("%s: audience mark missing from its head" % f)
    if EXPECTED[f][1] == "all" and "Interne" in head:
        err("%s: public doc marked internal" % f)
    body = "\n".join(lines)
    if EXPECTED[f][0] == "fr" and not re.search(r"\b(les|des|vous)\b", body):
        err("%s: does not look French" % f)
    if EXPECTED[f][0] == "en" and not re.search(r"\b(the|and|you)\b", body):
        err("%s: does not look English" % f)

# flavour checks (question-shaped headings / Q-R pairs / accordions / numbered questions / tables)
raw = {f: open(os.path.join(DOCS, f), encoding="utf-8").read() for f in files if f.rsplit(".", 1)[1] in ("txt", "md", "html")}
if "### " not in raw.get("faq-programme.md", "") or "?" not in raw.get("faq-programme.md", ""):
    err("faq-programme.md: questions as ### headings expected")
if "| Question | Réponse |" not in raw.get("faq-recompenses-tableau.md", ""):
    err("faq-recompenses-tableau.md: Question | Réponse table expected")
if raw.get("faq-sejours.txt", "").count("\nQ : ") < 8 or "\nR : " not in raw.get("faq-sejours.txt", ""):
    err("faq-sejours.txt: Q :/R : pairs expected")
if not re.search(r"\n\d\.\d Comment .*\?\n", raw.get("aide-numerotee.txt", "")):
    err("aide-numerotee.txt: numbered questions expected")
if raw.get("breakaways-faq.txt", "").count("\nQ. ") < 5:
    err("breakaways-faq.txt: Q./A. pairs expected")
if raw.get("faq-evenements.html", "").count("<details>") < 5:
    err("faq-evenements.html: accordions expected")
if "<h3>" not in raw.get("aide-points.html", "") or "<table>" not in raw.get("aide-points.html", ""):
    err("aide-points.html: h3 questions and a table expected")

# ------------------------------------------------------------ questions
UNITS = {"paragraph", "sentence", "list", "table_row", "step"}
KEYS = ["id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"]
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
if len(qs) != 90:
    err("questions.jsonl has %d lines, expected 90" % len(qs))
ids = Counter(q.get("id") for q in qs)
for i, c in ids.items():
    if c > 1:
        err("duplicate id %s" % i)
per_doc, per_unit, staff = Counter(), Counter(), 0
for q in qs:
    qid = q.get("id")
    if list(q.keys()) != KEYS:
        err("%s: keys %s" % (qid, list(q.keys())))
        continue
    if q["unit"] not in UNITS:
        err("%s: unit %s" % (qid, q["unit"]))
    if q["lang"] not in ("fr", "en"):
        err("%s: lang %s" % (qid, q["lang"]))
    doc = q["gold_doc"]
    if doc not in TEXT:
        err("%s: unknown doc %s" % (qid, doc))
        continue
    per_doc[doc] += 1
    per_unit[q["unit"]] += 1
    if EXPECTED[doc][1] == "staff":
        staff += 1
    if not (isinstance(q["gold"], list) and 1 <= len(q["gold"]) <= 4):
        err("%s: gold must be a list of 1-4 snippets" % qid)
        continue
    for g in q["gold"]:
        if not g or "\n" in g:
            err("%s: empty or multi-line snippet" % qid)
        elif not any(g in l for l in TEXT[doc]):
            err("%s: snippet not on one line of %s: %r" % (qid, doc, g))
    parts = q["gold_section"].split(" › ")
    if not q["gold_section"] or any(not p for p in parts):
        err("%s: empty section" % qid)
    for p in parts:
        if p not in HEADS[doc]:
            err("%s: section part %r is not a heading of %s" % (qid, p, doc))
    if parts and parts[0] == TITLES[doc]:
        err("%s: gold_section must not start with the document title" % qid)
    # question must not copy the heading it answers
    last = parts[-1].lower().rstrip(" ?")
    if parts[-1].endswith("?") and last in q["question"].lower():
        err("%s: question copies the heading" % qid)
    if not q["note"] and False:
        pass
lang_count = Counter(q.get("lang") for q in qs)
if not (70 <= lang_count["fr"] <= 80 and 12 <= lang_count["en"] <= 18):
    err("language split %s (about 75 fr / 15 en)" % dict(lang_count))
if not 12 <= staff <= 16:
    err("%d questions answered by staff documents, expected 12-16" % staff)
for f in EXPECTED:
    if per_doc[f] < 3:
        err("%s: only %d questions" % (f, per_doc[f]))
for u in UNITS:
    if per_unit[u] < 5:
        err("unit %s used only %d times" % (u, per_unit[u]))

un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
if len(un) != 20:
    err("unanswerable.jsonl has %d lines, expected 20" % len(un))
for u in un:
    if list(u.keys()) != ["id", "question", "lang", "note"] or u["lang"] not in ("fr", "en"):
        err("unanswerable %s malformed" % u.get("id"))
if len({u["id"] for u in un} | set(ids)) != len(un) + len(ids):
    err("ids collide between files")

# ------------------------------------------------------------ README
rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
L1 = ("> **Development set** (written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue and the "
      "format only; it may be read and tuned on).")
if rd[0] != L1:
    err("README line 1 is not the development mark")
if len(rd) < 4 or rd[1] != ">" or rd[2] != "":
    err("README lines 2-3 must be '>' and empty")
readme = "\n".join(rd)
for s in ("Client:", "Flavour:", "## Files", "## Documents", "## Question files",
          'Names a measurer should declare: --client-name "Halte & Selle" --client-name "Échappée Belle"'):
    if s not in readme:
        err("README lacks %r" % s)
for f in EXPECTED:
    if "`%s`" % f not in readme:
        err("README documents table lacks %s" % f)
names_line = [l for l in rd if l.startswith("Names a measurer should declare:")]
if names_line:
    for form in ("Échappés", "Échappé", "Breakaways", "Breakaway"):
        if "--ambassador-name %s " % form not in names_line[0] + " ":
            err("names line lacks %s" % form)

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
