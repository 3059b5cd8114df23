#!/usr/bin/env python3
"""Check markings_dev9 against the format rules and that gen.py reproduces it byte for byte."""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["cases.jsonl", "names.json", "README.md"]
PREFIXES = ["SRF", "CHO", "ALI", "BOT", "THE"]
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
SUBGROUP_WORDS = ["Grand Large", "Grand Cru", "Éclat", "testeurs", "Pyrénées", "Premier Rang", "comité", "panel", "jury"]
errors = []


def err(msg):
    errors.append(msg)


cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        if set(c) != {"id", "head", "level", "lang", "note"}:
            err(f"line {n}: keys {sorted(c)}")
        cases.append(c)
if len(cases) != 150:
    err(f"{len(cases)} cases, want 150")
ids = [c["id"] for c in cases]
if len(set(ids)) != len(ids):
    err("duplicate ids")
per = collections.Counter()
langs = collections.Counter()
for c in cases:
    m = re.fullmatch(r"([A-Z]{3})-(\d\d)", c["id"])
    if not m or m.group(1) not in PREFIXES or not 1 <= int(m.group(2)) <= 30:
        err(f"bad id {c['id']}")
        continue
    if c["level"] not in LEVELS:
        err(f"{c['id']}: level {c['level']}")
    if c["lang"] not in ("fr", "en"):
        err(f"{c['id']}: lang {c['lang']}")
    if not c["head"].strip() or not c["note"].strip():
        err(f"{c['id']}: empty head or note")
    if len(c["head"].split("\n")) > 14:
        err(f"{c['id']}: head too long")
    per[(m.group(1), c["level"])] += 1
    langs[c["lang"]] += 1
for p in PREFIXES:
    for lv, want in LEVELS.items():
        if per[(p, lv)] != want:
            err(f"{p} {lv}: {per[(p, lv)]}, want {want}")
if langs["fr"] != 100 or langs["en"] != 50:
    err(f"langs {dict(langs)}, want fr 100 en 50")
if len({c["head"] for c in cases}) != len(cases):
    err("duplicate heads")

names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
if set(names) != {"ambassadors", "clients"} or not all(isinstance(v, list) and v for v in names.values()):
    err("names.json shape")
for a in names.get("ambassadors", []):
    if any(w.lower() in a.lower() for w in SUBGROUP_WORDS):
        err(f"subgroup name in ambassadors: {a}")
for g in ["ambassadeurs", "ambassadors", "ambassadrices"]:
    if g not in names.get("ambassadors", []):
        err(f"generic {g} missing")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if not re.fullmatch(r"> \*\*Development set\*\* \(written blind on \d{4}-\d\d-\d\d \(stop 59\) from DOMAIN\.md, the issue and the format only; it may be read and tuned on\)\.", readme[0]):
    err("README line 1")
if readme[1] != ">" or readme[2] != "":
    err("README lines 2-3")
if not readme[3].startswith("# markings_dev9: "):
    err("README title")
body = "\n".join(readme)
for needle in ["**Flavour.**", "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
               "## Leadership", "## Notes on labels"]:
    if needle not in body:
        err(f"README lacks {needle}")

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), tmp], check=True)
    for fn in FILES:
        if open(os.path.join(tmp, fn), "rb").read() != open(os.path.join(HERE, fn), "rb").read():
            err(f"gen.py does not reproduce {fn}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
