"""Validate the sh14 held-out structure set (stdlib only). Exit 0 when everything holds.

Checks: file counts per format and language, questions/unanswerable schema, ids unique,
unit and language counts, gold_doc exists, gold_section is a real heading path of the
generator's blocks, every gold fragment is verbatim in the generator's block text (and,
for .txt/.md/.html, in the rendered file after whitespace/HTML-entity normalisation),
list golds = intro + all items, table_row golds = one row's cells.
PDF and DOCX files are only checked for existence and magic bytes.
"""
import html
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "gen"))
from common import UNIT_KIND, all_paths, block_texts, sections  # noqa: E402
from content import DOCS  # noqa: E402

PREFIX = "sh14"
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


docs_dir = os.path.join(ROOT, "docs")
files = sorted(os.listdir(docs_dir))
by_name = {d["file"]: d for d in DOCS}
if sorted(by_name) != files:
    err(f"docs/ and content differ: {sorted(set(files) ^ set(by_name))}")
ext = Counter(f.rsplit(".", 1)[1] for f in files)
want = {"txt": 3, "md": 3, "pdf": 2, "docx": 2, "html": 2}
if dict(ext) != want:
    err(f"format counts {dict(ext)} != {want}")
en_docs = [f for f in files if re.search(r"_en\.[a-z]+$", f)]
if not 2 <= len(en_docs) <= 3:
    err(f"{len(en_docs)} English docs")
for d in DOCS:
    if (d["lang"] == "en") != (d["file"] in en_docs):
        err(f"lang/name mismatch {d['file']}")
    p = os.path.join(docs_dir, d["file"])
    with open(p, "rb") as fh:
        raw = fh.read()
    if d["file"].endswith(".pdf") and not raw.startswith(b"%PDF"):
        err(f"{d['file']} not a PDF")
    if d["file"].endswith(".docx") and not raw.startswith(b"PK"):
        err(f"{d['file']} not a zip/docx")
    kinds = {b[0] for b in d["blocks"]}
    if d["file"].rsplit(".", 1)[1] in ("pdf", "docx", "html") and "table" not in kinds:
        err(f"{d['file']} has no table")
    if max(b[1] for b in d["blocks"] if b[0] == "h") < 2:
        err(f"{d['file']} has only one heading level")

rendered = {}
for f in files:
    if f.rsplit(".", 1)[1] in ("txt", "md", "html"):
        with open(os.path.join(docs_dir, f), encoding="utf-8") as fh:
            t = fh.read()
        if f.endswith(".html"):
            t = re.sub(r"<[^>]+>", " ", t)
        rendered[f] = norm(t)


def load(name):
    out = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                out.append(json.loads(line))
            except ValueError as e:
                err(f"{name}:{i}: bad JSON {e}")
    return out


qs = load("questions.jsonl")
un = load("unanswerable.jsonl")
ids = [q.get("id") for q in qs] + [u.get("id") for u in un]
dup = [k for k, v in Counter(ids).items() if v > 1]
if dup:
    err(f"duplicate ids {dup}")
for i in ids:
    if not str(i).startswith(PREFIX + "-"):
        err(f"bad id {i}")

KEYS = {"id", "question", "gold_doc", "gold_section", "unit", "gold", "lang"}
for q in qs:
    qid = q.get("id")
    if set(q) != KEYS:
        err(f"{qid}: keys {sorted(q)}")
        continue
    if q["unit"] not in UNIT_KIND or q["lang"] not in ("fr", "en"):
        err(f"{qid}: bad unit/lang")
        continue
    d = by_name.get(q["gold_doc"])
    if d is None:
        err(f"{qid}: unknown doc {q['gold_doc']}")
        continue
    if d["title"] in q["gold_section"].split(" › ")[:1]:
        err(f"{qid}: section starts with the title")
    if q["gold_section"] not in all_paths(d):
        err(f"{qid}: section not found: {q['gold_section']}")
        continue
    if not q["gold"] or not all(isinstance(g, str) and g for g in q["gold"]):
        err(f"{qid}: empty gold")
        continue
    texts = block_texts(d)
    for g in q["gold"]:
        if not any(g in t for t in texts):
            err(f"{qid}: gold not in blocks: {g[:60]}")
        if q["gold_doc"] in rendered and norm(g) not in rendered[q["gold_doc"]]:
            err(f"{qid}: gold not in rendered file: {g[:60]}")
    here = [b for p, b in sections(d) if p == q["gold_section"] and b[0] in UNIT_KIND[q["unit"]]]
    if q["unit"] == "paragraph":
        ok = any(b[1] == q["gold"][0] for b in here) and len(q["gold"]) == 1
    elif q["unit"] == "list":
        ok = any([b[1], *b[2]] == q["gold"] for b in here)
    else:
        ok = any([c for c in r if c.strip() not in ("—", "-", "")] == q["gold"]
                 for b in here for r in b[2])
    if not ok:
        err(f"{qid}: gold is not a whole {q['unit']} of its section")
    if q["question"].strip().lower() in (norm(g).lower() for g in q["gold"]):
        err(f"{qid}: question copies the gold")
for u in un:
    if set(u) != {"id", "question", "lang"} or u["lang"] not in ("fr", "en"):
        err(f"{u.get('id')}: bad unanswerable record")

units = Counter(q["unit"] for q in qs)
langs = Counter(q["lang"] for q in qs)
cross = sum(1 for q in qs if q["lang"] != by_name[q["gold_doc"]]["lang"])
print(f"docs: {len(files)} {dict(ext)}; internal docs: "
      + ", ".join(d["file"] for d in DOCS if "interne" in d["meta"]))
print(f"questions: {len(qs)} units={dict(units)} langs={dict(langs)} cross-language={cross}")
print(f"unanswerable: {len(un)} langs={dict(Counter(u['lang'] for u in un))}")
if len(qs) != 90 or len(un) != 20:
    err("need 90 questions and 20 unanswerable")
if not (40 <= units["paragraph"] <= 50 and 24 <= units["list"] <= 32
        and 14 <= units["table_row"] <= 20):
    err(f"unit mix off: {dict(units)}")
if not (68 <= langs["fr"] <= 80 and 10 <= langs["en"] <= 22):
    err(f"language mix off: {dict(langs)}")
if errors:
    print(f"{len(errors)} error(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
