#!/usr/bin/env python3
"""Checks the markings_heldout48 set against the format rules; prints exactly OK."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
PER_CLIENT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
HEAD1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 58) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data "
         "sets. Do not tune anything on it.")
errors = []


def err(msg):
    errors.append(msg)


for name in ("README.md", "cases.jsonl", "names.json", "gen.py", "validate.py"):
    if not os.path.isfile(os.path.join(HERE, name)):
        err(f"missing file {name}")
extra = [f for f in os.listdir(HERE) if f not in
         {"README.md", "cases.jsonl", "names.json", "gen.py", "validate.py", "__pycache__"}]
if extra:
    err(f"unexpected files: {extra}")

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {i}: blank")
            continue
        try:
            r = json.loads(line)
        except ValueError as e:
            err(f"line {i}: bad JSON {e}")
            continue
        rows.append(r)
if len(rows) != 150:
    err(f"{len(rows)} cases, want 150")

ids = set()
by_prefix = {}
langs = Counter()
for r in rows:
    if set(r) != {"id", "head", "level", "lang", "note"}:
        err(f"{r.get('id')}: keys {sorted(r)}")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", r["id"])
    if not m:
        err(f"bad id {r['id']}")
        continue
    if r["id"] in ids:
        err(f"duplicate id {r['id']}")
    ids.add(r["id"])
    by_prefix.setdefault(m.group(1), []).append(r)
    if r["level"] not in LEVELS:
        err(f"{r['id']}: level {r['level']}")
    if r["lang"] not in ("fr", "en"):
        err(f"{r['id']}: lang {r['lang']}")
    langs[r["lang"]] += 1
    head = r["head"]
    if not isinstance(head, str) or not head.strip():
        err(f"{r['id']}: empty head")
    else:
        n = len(head.split("\n"))
        if not 1 <= n <= 12:
            err(f"{r['id']}: head has {n} lines")
        if head != head.strip("\n"):
            err(f"{r['id']}: head has leading/trailing newline")
    note = r["note"]
    if not isinstance(note, str) or not note.strip() or "\n" in note or len(note) > 160:
        err(f"{r['id']}: note must be one short line")

if len(by_prefix) != 5:
    err(f"{len(by_prefix)} clients, want 5")
for p, rs in by_prefix.items():
    if len(rs) != 30:
        err(f"{p}: {len(rs)} cases")
    c = Counter(r["level"] for r in rs)
    for lv, want in PER_CLIENT.items():
        if c[lv] != want:
            err(f"{p}: {c[lv]} {lv}, want {want}")
    nums = sorted(int(r["id"][4:]) for r in rs)
    if nums != list(range(1, len(rs) + 1)):
        err(f"{p}: ids not 01..{len(rs)}")
    levels_in_order = [r["level"] for r in rs]
    if levels_in_order == sorted(levels_in_order, key=lambda x: ["public", "internal", "confidential", "none"].index(x)):
        err(f"{p}: order looks unshuffled")
if not 90 <= langs["fr"] <= 110 or not 40 <= langs["en"] <= 60:
    err(f"language split {dict(langs)}")
heads = [r["head"] for r in rows]
if len(set(heads)) != len(heads):
    err("duplicate heads")

with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
    names = json.load(f)
if set(names) != {"ambassadors", "clients"}:
    err(f"names.json keys {sorted(names)}")
else:
    for k in names:
        if not names[k] or not all(isinstance(x, str) and x.strip() for x in names[k]):
            err(f"names.json {k} empty or bad")
    low = {x.lower() for x in names["ambassadors"]}
    for g in ("ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors"):
        if g not in low:
            err(f"names.json ambassadors lacks {g}")

with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines[0] != HEAD1:
    err("README line 1 wrong")
if len(lines) < 4 or lines[1] != ">" or lines[2] != "":
    err("README lines 2-3 wrong")
else:
    if not lines[3].startswith("# markings_heldout48: "):
        err("README title line wrong")
text = "\n".join(lines)
for needle in ("**Flavour.**",
               "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
               "\n## Leadership\n", "\n## Notes on labels\n"):
    if needle not in text:
        err(f"README lacks {needle!r}")
for p in by_prefix:
    if f"| {p} |" not in text:
        err(f"README table lacks {p}")

if errors:
    for e in errors:
        print(e)
    sys.exit(1)
print("OK")
