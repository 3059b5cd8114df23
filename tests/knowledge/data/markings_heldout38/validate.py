#!/usr/bin/env python3
"""Checks markings_heldout38 against the markings format; prints OK."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 53) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
PREFIXES = ["GLA", "JEU", "CAB", "FOU", "ROO"]
ENGLISH_FIRST = "ROO"
errors = []


def err(msg):
    errors.append(msg)


rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            err(f"line {n}: bad json {e}")
            continue
        rows.append(r)

if len(rows) != 150:
    err(f"{len(rows)} cases, expected 150")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate ids")
heads = [r.get("head") for r in rows]
if len(set(heads)) != len(heads):
    err("duplicate heads")
for r in rows:
    if set(r) != {"id", "head", "level", "lang", "note"}:
        err(f"{r.get('id')}: keys {sorted(r)}")
    if not re.fullmatch(r"(GLA|JEU|CAB|FOU|ROO)-(0[1-9]|[12][0-9]|30)", r.get("id", "")):
        err(f"bad id {r.get('id')}")
    if r.get("level") not in {"public", "internal", "confidential", "none"}:
        err(f"{r['id']}: bad level")
    if r.get("lang") not in {"fr", "en"}:
        err(f"{r['id']}: bad lang")
    h = r.get("head", "")
    if not isinstance(h, str) or not h.strip():
        err(f"{r['id']}: empty head")
    elif not 1 <= len(h.split("\n")) <= 6:
        err(f"{r['id']}: head has {len(h.split(chr(10)))} lines")
    note = r.get("note", "")
    if not isinstance(note, str) or not note.strip() or "\n" in note:
        err(f"{r['id']}: note must be one non-empty line")

for p in PREFIXES:
    mine = [r for r in rows if r["id"].startswith(p + "-")]
    want_ids = {f"{p}-{i:02d}" for i in range(1, 31)}
    if {r["id"] for r in mine} != want_ids:
        err(f"{p}: ids are not {p}-01..{p}-30")
    lv = Counter(r["level"] for r in mine)
    if lv != Counter(public=8, internal=8, confidential=6, none=8):
        err(f"{p}: level counts {dict(lv)}")
    lg = Counter(r["lang"] for r in mine)
    want = Counter(en=30) if p == ENGLISH_FIRST else Counter(fr=25, en=5)
    if lg != want:
        err(f"{p}: lang counts {dict(lg)}")
lang_total = Counter(r["lang"] for r in rows)
if lang_total != Counter(fr=100, en=50):
    err(f"lang totals {dict(lang_total)}")

names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
if set(names) != {"ambassadors", "clients"}:
    err("names.json keys")
for k in ("ambassadors", "clients"):
    v = names.get(k)
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
        err(f"names.json {k} must be a non-empty list of strings")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != LINE1:
    err("README line 1")
if readme[1] != ">":
    err("README line 2")
if readme[2] != "":
    err("README line 3")
if not readme[3].startswith("# markings_heldout38: "):
    err("README title")
text = "\n".join(readme)
table_head = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if table_head not in text:
    err("README table header")
for p in PREFIXES:
    if not re.search(rf"^\| {p} \|", text, re.M):
        err(f"README table row {p}")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in text:
        err(f"README section {sec}")
notes_part = text.split("## Notes on labels", 1)[-1]
for i in ids:
    if f"**{i}**" not in notes_part:
        err(f"README notes miss {i}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
