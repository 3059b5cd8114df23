"""Checks every rule of the structure-set format for structure_heldout25; prints OK."""
import json
import os
import re
import sys
import zipfile
from collections import Counter
from html import unescape

from docs_src import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    s = re.sub(r"<[^>]+>", " ", s)
    return len([t for t in s.split() if re.search(r"\w", t)])


# ---------------- README
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 53) from DOMAIN.md, the issue "
      "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
if readme[0] != L1:
    err("README line 1")
if readme[1] != ">":
    err("README line 2")
if readme[2] != "":
    err("README line 3")
if not readme[3].startswith("# structure_heldout25: "):
    err("README title")
if "## Documents" not in readme:
    err("README ## Documents")
if "| file | format | lang | readership line(s) as written | intended readership | structure |" not in readme:
    err("README documents table header")

# ---------------- documents
src = {}
fmt_count = Counter()
lang_count = Counter()
aud_count = Counter()
for name, fmt, lang, readership, audience, structure, text in DOCS:
    src[name] = text
    fmt_count[fmt] += 1
    lang_count[lang] += 1
    aud_count[audience] += 1
    path = os.path.join(HERE, "docs", name)
    if not os.path.exists(path):
        err("missing " + name)
        continue
    if not name.endswith("." + fmt):
        err("extension " + name)
    n = words(text)
    if not 550 <= n <= 700:
        err(f"{name}: {n} words")
    if norm(readership) not in norm(text):
        err(f"{name}: readership line not in source")
    # readership line right after the title (within the first ~6 non-empty lines)
    lines = [l for l in text.splitlines() if l.strip()]
    if fmt == "html":
        lines = lines[[i for i, l in enumerate(lines) if "<h1>" in l][0]:]
    head = lines[:7]
    if not any(norm(readership) in norm(re.sub(r"<[^>]+>", " ", l)) for l in head):
        err(f"{name}: readership line not right after the title")
    if name not in " ".join(readme):
        err(f"README does not list {name}")
    # structure present in each format
    if fmt == "md":
        if not re.search(r"^## ", text, re.M) or not re.search(r"^(- |1\. )", text, re.M):
            err(name + ": md headings/lists")
    if fmt == "txt":
        if not re.search(r"^\s*(-|\*|1\)) ", text, re.M):
            err(name + ": txt list")
    if fmt == "html":
        for tag in ("<h1>", "<h2>", "<table", "<li>"):
            if tag not in text:
                err(f"{name}: no {tag}")
    if fmt == "docx":
        z = zipfile.ZipFile(path)
        xml = z.read("word/document.xml").decode("utf-8")
        for needle in ('w:val="Heading1"', 'w:val="Heading2"', "<w:tbl>", "<w:numPr>", "<w:b/>"):
            if needle not in xml:
                err(f"{name}: docx lacks {needle}")
        if "Heading1" not in z.read("word/styles.xml").decode("utf-8"):
            err(name + ": styles")
        rendered = "\n".join(unescape(t) for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    if fmt == "pdf":
        data = open(path, "rb").read()
        if not data.startswith(b"%PDF-1.4") or b"%%EOF" not in data[-10:]:
            err(name + ": pdf header/trailer")
        for f in (b"/Helvetica ", b"/Helvetica-Bold "):
            if f not in data:
                err(f"{name}: font {f}")
        sizes = set(re.findall(rb"/F\d (\d+) Tf", data))
        if len(sizes) < 3:
            err(name + ": too few font sizes")
        strs = re.findall(rb"\((.*?)\) Tj", data)
        rendered = "\n".join(s.replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("cp1252") for s in strs)
    if fmt in ("md", "txt", "html"):
        if open(path, encoding="utf-8").read() != text:
            err(name + ": file differs from docs_src")
        rendered = text
    src[name + "#rendered"] = rendered

for k, v in {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}.items():
    if fmt_count[k] != v:
        err(f"format count {k}={fmt_count[k]}")
if len(DOCS) != 12 or lang_count["fr"] != 10 or lang_count["en"] != 2:
    err(f"docs/lang counts {len(DOCS)} {lang_count}")
if aud_count["ambassadors"] != 10 or aud_count["staff"] != 2:
    err(f"audience counts {aud_count}")
staff_docs = {d[0] for d in DOCS if d[4] == "staff"}
doc_lang = {d[0]: d[2] for d in DOCS}

# ---------------- questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
if len(qs) != 90:
    err(f"{len(qs)} questions")
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids) or ids != ["q%02d" % i for i in range(1, len(qs) + 1)]:
    err("question ids")
units = Counter()
langs = Counter()
cross = staff = 0
for q in qs:
    if set(q) != {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang", "note"}:
        err(q["id"] + " fields")
    if q["gold_doc"] not in src:
        err(q["id"] + " unknown doc")
        continue
    units[q["unit"]] += 1
    langs[q["lang"]] += 1
    if q["lang"] != doc_lang[q["gold_doc"]]:
        cross += 1
    if q["gold_doc"] in staff_docs:
        staff += 1
    if q["unit"] not in ("paragraph", "list", "table_row"):
        err(q["id"] + " unit")
    if not q["gold"] or not all(isinstance(g, str) and g for g in q["gold"]):
        err(q["id"] + " gold empty")
    if q["unit"] == "paragraph" and len(q["gold"]) != 1:
        err(q["id"] + " paragraph gold must be one string")
    if q["unit"] in ("list", "table_row") and len(q["gold"]) < 2:
        err(q["id"] + " list/table gold too short")
    for g in q["gold"]:
        if norm(g) not in norm(src[q["gold_doc"]]):
            err(f"{q['id']}: gold not in source: {g[:60]}")
        if norm(g) not in norm(src[q["gold_doc"] + "#rendered"]):
            err(f"{q['id']}: gold not in rendered file: {g[:60]}")
    # the last component of the heading path must appear as a heading-ish line in the source
    last = q["gold_section"].split(" › ")[-1]
    if last not in src[q["gold_doc"]]:
        err(f"{q['id']}: section '{last}' not in source")
if units != Counter({"paragraph": 45, "list": 27, "table_row": 18}):
    err(f"units {units}")
if langs["en"] != 15 or langs["fr"] != 75:
    err(f"langs {langs}")
if cross < 10:
    err(f"cross-language {cross}")
if not 10 <= staff <= 12:
    err(f"staff questions {staff}")

# ---------------- unanswerable
us = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
if len(us) != 20:
    err(f"{len(us)} unanswerable")
for i, u in enumerate(us):
    if set(u) != {"id", "question", "lang", "note"} or u["id"] != "u%02d" % (i + 1):
        err(f"unanswerable {i} fields/id")
    if u["lang"] not in ("fr", "en"):
        err(u["id"] + " lang")
allq = [q["question"].lower() for q in qs] + [u["question"].lower() for u in us]
if len(set(allq)) != len(allq):
    err("duplicate questions")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK  docs={len(DOCS)} questions={len(qs)} units={dict(units)} langs={dict(langs)} "
      f"cross={cross} staff={staff} unanswerable={len(us)}")
