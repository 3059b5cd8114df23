# -*- coding: utf-8 -*-
"""Check structure_heldout26 against its format rules. Prints exactly OK on success."""
import html
import html.parser
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
sys.path.insert(0, HERE)
import docs_src  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------ extraction
class _H(html.parser.HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "tr", "title", "dt", "dd", "div", "section"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.headings, self.tags = [], [], [], set()
        self.in_head, self.stack = False, []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "head":
            self.in_head = True
        if tag in self.BLOCK:
            self.flush()
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        if tag in self.BLOCK:
            line = self.flush()
            if tag in ("h1", "h2", "h3", "h4") and line:
                self.headings.append(line)
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if not self.in_head:
            self.cur.append(data)

    def flush(self):
        line = norm("".join(self.cur))
        self.cur = []
        if line:
            self.lines.append(line)
        return line


def pdf_lines(data):
    """Text lines from our uncompressed PDF content streams: (font, text)."""
    out = []
    for m in re.finditer(rb"BT /(F\d) ([\d.]+) Tf [\d.]+ [\d.]+ Td \(((?:\\.|[^\\)])*)\) Tj ET", data):
        raw = re.sub(rb"\\(.)", rb"\1", m.group(3))
        out.append((m.group(1).decode(), float(m.group(2)), raw.decode("cp1252")))
    return out


def extract(path):
    """Return (full_text, lines, headings)."""
    fmt = path.rsplit(".", 1)[1]
    data = open(path, "rb").read()
    if fmt in ("txt", "md"):
        text = data.decode("utf-8")
        lines = [l.rstrip() for l in text.splitlines() if l.strip()]
        if fmt == "md":
            heads = [re.sub(r"^#+\s*", "", l) for l in lines if l.startswith("#")]
        else:
            heads = [l.strip() for l in lines]
        return text, lines, heads
    if fmt == "html":
        p = _H()
        p.feed(data.decode("utf-8"))
        p.flush()
        return "\n".join(p.lines), p.lines, p.headings
    if fmt == "docx":
        z = zipfile.ZipFile(path)
        root = ET.fromstring(z.read("word/document.xml"))
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        lines, heads = [], []
        for p in root.iter("{%s}p" % ns["w"]):
            t = "".join(x.text or "" for x in p.iter("{%s}t" % ns["w"]))
            st = p.find("w:pPr/w:pStyle", ns)
            style = st.get("{%s}val" % ns["w"]) if st is not None else ""
            if t.strip():
                lines.append(t)
                if style in ("Title", "Heading1", "Heading2"):
                    heads.append(t)
        return "\n".join(lines), lines, heads
    if fmt == "pdf":
        items = pdf_lines(data)
        lines = [t for f, s, t in items if t not in ("\u2022", "\u2013")]
        heads = [t for f, s, t in items if f == "F2" and s >= 11]
        return "\n".join(lines), lines, heads
    raise ValueError(fmt)


def words(text):
    return [w for w in re.split(r"\s+", text) if re.search(r"\w", w)]


# ------------------------------------------------------------ README
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 54) from DOMAIN.md, the issue and the "
      "format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
if readme[0] != L1:
    err("README line 1")
if readme[1] != ">":
    err("README line 2")
if readme[2] != "":
    err("README line 3")
if not readme[3].startswith("# structure_heldout26: "):
    err("README title")
rtext = "\n".join(readme)
if "## Documents" not in rtext:
    err("README ## Documents")
header = "| file | format | lang | readership line(s) as written | intended readership | structure |"
if header not in readme:
    err("README documents table header")
else:
    i = readme.index(header)
    rows = [l for l in readme[i + 2:] if l.startswith("|")]
    rows = rows[:12]
    if len(rows) != 12:
        err("README documents table rows")
    for d in docs_src.DOCS:
        if not any(r.startswith("| %s |" % d["file"]) and ("| %s |" % d["intended"]) in r for r in rows):
            err("README row for " + d["file"])
for f in ("gen.py", "validate.py", "docs_src.py", "questions.jsonl", "unanswerable.jsonl"):
    if not os.path.exists(os.path.join(HERE, f)):
        err("missing " + f)

# ------------------------------------------------------------ documents
files = sorted(os.listdir(DOCS))
meta = {d["file"]: d for d in docs_src.DOCS}
if sorted(meta) != files or len(files) != 12:
    err("docs/ must hold exactly the 12 documents: %s" % files)
exts = [f.rsplit(".", 1)[1] for f in files]
for ext, n in (("txt", 3), ("md", 3), ("pdf", 2), ("docx", 2), ("html", 2)):
    if exts.count(ext) != n:
        err("format count %s" % ext)
langs = [d["lang"] for d in docs_src.DOCS]
if langs.count("fr") != 10 or langs.count("en") != 2:
    err("doc languages")
inten = [d["intended"] for d in docs_src.DOCS]
if inten.count("all ambassadors") != 10 or inten.count("staff") != 2:
    err("intended readership counts")
if len(set(d["readership"] for d in docs_src.DOCS)) != 12:
    err("readership lines must be varied")

TEXT, HEADS, LINES = {}, {}, {}
for f in files:
    d = meta[f]
    path = os.path.join(DOCS, f)
    text, lines, heads = extract(path)
    TEXT[f], HEADS[f], LINES[f] = norm(text), heads, lines
    if d["format"] in ("txt", "md", "html"):
        if open(path, encoding="utf-8").read() != d["src"]:
            err("%s differs from docs_src" % f)
    n = len(words(text))
    if not 550 <= n <= 700:
        err("%s has %d words" % (f, n))
    # title then readership line
    clean = lambda s: norm(re.sub(r"^[#>*\s]+|\*+$", "", s).replace("**", "").replace("*", ""))
    ls = [l for l in lines if not re.fullmatch(r"[=\-]+", l.strip())]
    if d["format"] == "html":
        ti = ls.index(d["title"]) if d["title"] in ls else -1
    else:
        ti = next((i for i, l in enumerate(ls) if clean(l) == d["title"]), -1)
    if ti < 0:
        err("%s: title not found" % f)
    elif not (clean(ls[ti + 1]) == clean(d["readership"]) or
              (d["format"] == "pdf" and len(clean(ls[ti + 1])) > 30 and clean(d["readership"]).startswith(clean(ls[ti + 1])))):
        err("%s: readership line not right after title: %r" % (f, ls[ti + 1]))
    # format specifics
    raw = open(path, "rb").read()
    if d["format"] == "pdf":
        if not raw.startswith(b"%PDF-1.4") or not raw.rstrip().endswith(b"%%EOF"):
            err(f + ": pdf header/eof")
        m = re.search(rb"startxref\n(\d+)\n", raw)
        if not m or not raw[int(m.group(1)):].startswith(b"xref"):
            err(f + ": startxref")
        else:
            xr = raw[int(m.group(1)):].split(b"\n")
            count = int(xr[1].split()[1])
            for i in range(1, count):
                off = int(xr[2 + i].split()[0])
                if not raw[off:].startswith(b"%d 0 obj" % i):
                    err(f + ": xref offset %d" % i)
        for need in (b"/Helvetica", b"/Helvetica-Bold", b" Tf ", b" Tj ET", b"/Type /Page "):
            if need not in raw:
                err(f + ": pdf lacks " + need.decode())
        if len(heads) < 5:
            err(f + ": pdf headings")
    if d["format"] == "docx":
        z = zipfile.ZipFile(path)
        names = z.namelist()
        for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml"):
            if need not in names:
                err(f + ": docx lacks " + need)
        doc = z.read("word/document.xml").decode("utf-8")
        for need in ('w:val="Heading1"', 'w:val="ListParagraph"', "<w:numPr>", "<w:tbl>", "<w:tc>"):
            if need not in doc:
                err(f + ": docx lacks " + need)
        for info in z.infolist():
            if info.date_time != (2026, 3, 1, 0, 0, 0):
                err(f + ": non-deterministic zip time")
    if d["format"] == "html":
        src = raw.decode("utf-8")
        for need in ("<h1>", "<h2>", "<h3>", "<li>"):
            if need not in src:
                err(f + ": html lacks " + need)
    if d["format"] == "md" and "\n|---" not in d["src"]:
        err(f + ": md without a table")
    if d["format"] == "txt" and re.search(r"^#|\|---", d["src"], re.M):
        err(f + ": txt with markup")


def section_ok(f, section):
    heads = [norm(h) for h in HEADS[f]]
    for part in section.split(" › "):
        part = norm(part)
        if not any(h == part or h.rstrip(" :") == part for h in heads):
            return False
    return True


# ------------------------------------------------------------ questions
FIELDS = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
if len(qs) != 90:
    err("90 questions expected, got %d" % len(qs))
ids = set()
units = {"paragraph": 0, "list": 0, "table_row": 0}
qlang = {"fr": 0, "en": 0}
cross = staff = 0
seen_q = set()
for q in qs:
    if set(q) != FIELDS:
        err("fields %s" % q.get("id"))
        continue
    if not re.fullmatch(r"s26-q\d{3}", q["id"]) or q["id"] in ids:
        err("bad/dup id " + q["id"])
    ids.add(q["id"])
    if q["question"] in seen_q:
        err("dup question " + q["id"])
    seen_q.add(q["question"])
    f = q["gold_doc"]
    if f not in meta:
        err("%s: gold_doc %s" % (q["id"], f))
        continue
    if q["unit"] not in units:
        err(q["id"] + ": unit")
        continue
    units[q["unit"]] += 1
    if q["lang"] not in qlang:
        err(q["id"] + ": lang")
        continue
    qlang[q["lang"]] += 1
    if q["lang"] != meta[f]["lang"]:
        cross += 1
    if meta[f]["intended"] == "staff":
        staff += 1
    if not section_ok(f, q["gold_section"]):
        err("%s: section %r not found as headings of %s" % (q["id"], q["gold_section"], f))
    g = q["gold"]
    if not isinstance(g, list) or not g:
        err(q["id"] + ": gold")
        continue
    for s in g:
        if norm(s) not in TEXT[f]:
            err("%s: snippet not in %s: %r" % (q["id"], f, s))
        if q["unit"] != "table_row" and not 5 <= len(words(s)) <= 15:
            err("%s: snippet length %d: %r" % (q["id"], len(words(s)), s))
    if q["unit"] == "list" and not 2 <= len(g) <= 4:
        err(q["id"] + ": list needs 2-4 items")
    if q["unit"] == "table_row" and len(g) < 2:
        err(q["id"] + ": table_row needs key and value")
    if q["unit"] == "table_row" and g[0] not in TEXT[f]:
        err(q["id"] + ": row key")
    # the question must not copy a gold snippet
    for s in g:
        if len(words(s)) >= 5 and norm(s).lower() in q["question"].lower():
            err(q["id"] + ": question copies gold")
    if not q["note"]:
        err(q["id"] + ": empty note")

if not 40 <= units["paragraph"] <= 50 or not 22 <= units["list"] <= 32 or not 14 <= units["table_row"] <= 22:
    err("unit mix %s" % units)
if not 70 <= qlang["fr"] <= 80 or not 12 <= qlang["en"] <= 18:
    err("question languages %s" % qlang)
if cross < 10:
    err("cross-language %d" % cross)
if not 9 <= staff <= 13:
    err("staff questions %d" % staff)
for f in files:
    if not any(q["gold_doc"] == f for q in qs):
        err("no question on " + f)

un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
if len(un) != 20:
    err("20 unanswerable expected")
uids = set()
for u in un:
    if set(u) != {"id", "question", "lang", "note"}:
        err("unanswerable fields")
        continue
    if not re.fullmatch(r"s26-u\d{2}", u["id"]) or u["id"] in uids:
        err("bad/dup unanswerable id " + u["id"])
    uids.add(u["id"])
    if u["lang"] not in ("fr", "en") or not u["note"]:
        err(u["id"] + ": lang/note")
    if u["question"] in seen_q:
        err(u["id"] + ": same as an answerable question")

if errors:
    for e in errors:
        print(e)
    sys.exit(1)
print("OK")
