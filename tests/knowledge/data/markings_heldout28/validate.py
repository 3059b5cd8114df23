#!/usr/bin/env python3
"""Checks cases.jsonl and README.md of markings_heldout28; prints OK or the problems."""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 48) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data "
         "sets. Do not tune anything on it.")
PREFIXES = ["LUN", "TRI", "CAG", "MYC", "TRE"]
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
FIELDS = {"id", "head", "level", "lang", "note"}
errors = []

rows = [json.loads(l) for l in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(rows) != 150:
    errors.append(f"expected 150 rows, got {len(rows)}")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
heads = [r.get("head") for r in rows]
if len(set(heads)) != len(heads):
    errors.append("duplicate heads")
per = {p: Counter() for p in PREFIXES}
langs = Counter()
for r in rows:
    if set(r) != FIELDS:
        errors.append(f"{r.get('id')}: fields {sorted(r)}")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", r["id"])
    if not m or m.group(1) not in PREFIXES:
        errors.append(f"bad id {r['id']}")
        continue
    if r["level"] not in PER_ORG:
        errors.append(f"{r['id']}: bad level")
    if r["lang"] not in ("fr", "en"):
        errors.append(f"{r['id']}: bad lang")
    n_lines = len(r["head"].split("\n"))
    if not (1 <= n_lines <= 4) or not r["head"].strip():
        errors.append(f"{r['id']}: head has {n_lines} lines")
    if not r["note"].strip():
        errors.append(f"{r['id']}: empty note")
    per[m.group(1)][r["level"]] += 1
    langs[r["lang"]] += 1
for p in PREFIXES:
    if dict(per[p]) != PER_ORG:
        errors.append(f"{p}: level counts {dict(per[p])}")
fr_share = langs["fr"] / max(1, len(rows))
if not (0.75 <= fr_share <= 0.80):
    errors.append(f"French share {fr_share:.3f} outside 75-80 %")

readme = (HERE / "README.md").read_text(encoding="utf-8").splitlines()
if not readme or readme[0] != FIRST:
    errors.append("README first line differs")
if len(readme) < 2 or readme[1] != "":
    errors.append("README second line must be blank")
header = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if header not in readme:
    errors.append("README table header missing")
for p in PREFIXES:
    if not any(l.startswith(f"| {p} |") for l in readme):
        errors.append(f"README table row for {p} missing")
    if not any(l.startswith(f"- {p}:") for l in readme):
        errors.append(f"README leadership entry for {p} missing")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in readme:
        errors.append(f"README section missing: {sec}")

if errors:
    print("\n".join(errors))
    raise SystemExit(1)
print(f"OK — {len(rows)} cases, fr {langs['fr']} / en {langs['en']} ({fr_share:.1%} fr), "
      f"per organisation {PER_ORG}")
