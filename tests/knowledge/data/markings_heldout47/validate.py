#!/usr/bin/env python3
"""Check the markings_heldout47 set against the format rules. Prints exactly OK on success."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 58) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data "
         "sets. Do not tune anything on it.")
LEVELS = {"public", "internal", "confidential", "none"}
PER_CLIENT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
PREFIXES = ["VIB", "LIN", "SOL", "MAR", "FIL"]

for fn in ["README.md", "cases.jsonl", "names.json", "gen.py", "validate.py"]:
    if not os.path.isfile(os.path.join(HERE, fn)):
        err(f"missing {fn}")

# README
try:
    lines = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if lines[0] != LINE1:
        err("README line 1 wrong")
    if lines[1] != ">":
        err("README line 2 must be '>'")
    if lines[2] != "":
        err("README line 3 must be empty")
    if not lines[3].startswith("# markings_heldout47: "):
        err("README title line wrong")
    text = "\n".join(lines)
    if "**Flavour.**" not in text:
        err("README lacks **Flavour.** paragraph")
    hdr = ("| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) "
           "| Subgroups (→ internal) |")
    if hdr not in text:
        err("README lacks the clients table header")
    for p in PREFIXES:
        if not re.search(r"^\| " + p + r" \|", text, re.M):
            err(f"README table lacks row {p}")
    for sec in ["## Leadership", "## Notes on labels"]:
        if sec not in text:
            err(f"README lacks {sec}")
except Exception as e:  # noqa: BLE001
    err(f"README unreadable: {e}")

# cases
cases = []
try:
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"blank line {n}")
                continue
            cases.append(json.loads(line))
except Exception as e:  # noqa: BLE001
    err(f"cases.jsonl unreadable: {e}")

if len(cases) != 150:
    err(f"{len(cases)} cases, expected 150")
ids = [c.get("id") for c in cases]
if len(set(ids)) != len(ids):
    err("duplicate ids")
per = Counter()
langs = Counter()
heads = Counter()
for c in cases:
    cid = c.get("id", "?")
    if set(c) != {"id", "head", "level", "lang", "note"}:
        err(f"{cid}: wrong keys {sorted(c)}")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d\d)", cid)
    if not m or m.group(1) not in PREFIXES or not 1 <= int(m.group(2)) <= 30:
        err(f"{cid}: bad id")
        continue
    if c["level"] not in LEVELS:
        err(f"{cid}: bad level")
    if c["lang"] not in ("fr", "en"):
        err(f"{cid}: bad lang")
    head = c["head"]
    if not isinstance(head, str) or not head.strip():
        err(f"{cid}: empty head")
    else:
        nl = len(head.split("\n"))
        if not 1 <= nl <= 12:
            err(f"{cid}: head has {nl} lines")
        if head != head.strip():
            err(f"{cid}: head has leading/trailing whitespace")
    heads[head] += 1
    note = c["note"]
    if not isinstance(note, str) or not note.strip() or "\n" in note or len(note) > 200:
        err(f"{cid}: note must be one short line")
    per[(m.group(1), c["level"])] += 1
    langs[c["lang"]] += 1
for p in PREFIXES:
    for lv, k in PER_CLIENT.items():
        if per[(p, lv)] != k:
            err(f"{p}: {per[(p, lv)]} {lv}, expected {k}")
if any(v > 1 for v in heads.values()):
    err("duplicate heads")
if not (90 <= langs["fr"] <= 110 and 40 <= langs["en"] <= 60):
    err(f"language balance off: {dict(langs)}")
# ids ordered within client: shuffled, not grouped by level
for p in PREFIXES:
    seq = [c["level"] for c in cases if c["id"].startswith(p + "-")]
    if seq == sorted(seq):
        err(f"{p}: cases not shuffled")

# names
try:
    names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
    if set(names) != {"ambassadors", "clients"}:
        err("names.json keys")
    for k in ("ambassadors", "clients"):
        if not isinstance(names.get(k), list) or not names.get(k) or not all(
                isinstance(x, str) and x.strip() for x in names[k]):
            err(f"names.json {k} must be a non-empty list of strings")
    low = {x.lower() for x in names.get("ambassadors", [])}
    for g in ("ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador",
              "ambassadors"):
        if g not in low:
            err(f"names.json ambassadors lacks {g}")
except Exception as e:  # noqa: BLE001
    err(f"names.json unreadable: {e}")

# determinism: gen.build() reproduces the files
try:
    sys.path.insert(0, HERE)
    import gen  # noqa: E402
    out, nm = gen.build()
    again, _ = gen.build()
    if out != again:
        err("gen.build() not deterministic")
    if out != cases:
        err("cases.jsonl differs from gen.py output (re-run gen.py)")
    if nm != names:
        err("names.json differs from gen.py output")
except Exception as e:  # noqa: BLE001
    err(f"gen.py check failed: {e}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
