#!/usr/bin/env python3
"""Checks markings_heldout49 against the format rules and that gen.py reproduces it byte for byte."""
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = ["NGL", "FVK", "PBV", "BCH", "MQV"]
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
SUBGROUP_NAMES = ["Hors-Piste", "panel", "référents", "testeurs", "conteurs", "revendeurs",
                  "partenaires", "candidats", "anciens", "bénévoles"]
errors = []


def err(msg):
    errors.append(msg)


rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            err(f"line {i}: bad JSON ({e})")
            continue
        if set(r) != {"id", "head", "level", "lang", "note"}:
            err(f"line {i}: keys {sorted(r)}")
        if r.get("level") not in LEVELS:
            err(f"line {i}: level {r.get('level')}")
        if r.get("lang") not in ("fr", "en"):
            err(f"line {i}: lang {r.get('lang')}")
        head = r.get("head", "")
        if not head.strip() or len(head.split("\n")) > 14:
            err(f"line {i}: head empty or too long")
        if not r.get("note", "").strip():
            err(f"line {i}: empty note")
        rows.append(r)

if len(rows) != 150:
    err(f"{len(rows)} lines, want 150")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate ids")
if len({r["head"] for r in rows}) != len(rows):
    err("duplicate heads")
for p in PREFIXES:
    mine = [r for r in rows if r["id"].split("-")[0] == p]
    if sorted(r["id"] for r in mine) != [f"{p}-{n:02d}" for n in range(1, 31)]:
        err(f"{p}: ids not {p}-01..30")
    c = collections.Counter(r["level"] for r in mine)
    if dict(c) != LEVELS:
        err(f"{p}: levels {dict(c)}")
lang = collections.Counter(r["lang"] for r in rows)
if not (90 <= lang["fr"] <= 110 and 40 <= lang["en"] <= 60):
    err(f"languages {dict(lang)}")

names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
if set(names) != {"ambassadors", "clients"} or not all(isinstance(names[k], list) and names[k] for k in names):
    err("names.json shape")
for n in names.get("ambassadors", []):
    if any(s.lower() in n.lower() for s in SUBGROUP_NAMES):
        err(f"subgroup name in ambassadors: {n}")
for g in ["ambassadeurs", "ambassadrices", "ambassadors"]:
    if g not in names.get("ambassadors", []):
        err(f"missing generic {g}")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
l1 = ("> **Held-out set: measure only.** Written blind on {} (stop 59) from DOMAIN.md, the issue and the "
      "format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
import re  # noqa: E402
m = re.fullmatch(r"> \*\*Held-out set: measure only\.\*\* Written blind on (\d{4}-\d{2}-\d{2}) \(stop 59\).*", readme[0])
if not m or readme[0] != l1.format(m.group(1)):
    err("README line 1")
if readme[1] != ">" or readme[2] != "":
    err("README lines 2-3")
body = "\n".join(readme)
for needle in ["# markings_heldout49: ", "**Flavour.**",
               "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
               "## Leadership", "## Notes on labels"]:
    if needle not in body:
        err(f"README lacks {needle!r}")

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), tmp], check=True)
    for fn in ["cases.jsonl", "names.json", "README.md"]:
        if open(os.path.join(tmp, fn), "rb").read() != open(os.path.join(HERE, fn), "rb").read():
            err(f"gen.py does not reproduce {fn}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
