#!/usr/bin/env python3
"""Check the markings_heldout32 set against the format; prints OK."""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 50) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
HEADER = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
EXPECTED = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []


def err(msg):
    errors.append(msg)


rows = []
for n, line in enumerate((HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        err(f"line {n}: blank line")
        continue
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {n}: bad JSON ({e})")
        continue
    if set(obj) != {"id", "head", "level", "lang", "note"}:
        err(f"line {n}: keys {sorted(obj)}")
        continue
    rows.append(obj)

if len(rows) != 150:
    err(f"{len(rows)} cases, expected 150")

ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate ids")
heads = [r["head"] for r in rows]
if len(set(heads)) != len(heads):
    err("duplicate heads")

by_org = defaultdict(list)
for r in rows:
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", r["id"])
    if not m:
        err(f"bad id {r['id']}")
        continue
    by_org[m.group(1)].append(r)
    if r["level"] not in EXPECTED:
        err(f"{r['id']}: bad level {r['level']}")
    if r["lang"] not in ("fr", "en"):
        err(f"{r['id']}: bad lang {r['lang']}")
    h = r["head"]
    lines = h.split("\n")
    if not 1 <= len(lines) <= 5 or any(not x.strip() for x in lines):
        err(f"{r['id']}: {len(lines)} head lines (or an empty line)")
    if len(h) > 400:
        err(f"{r['id']}: head {len(h)} chars")
    if not r["note"].strip():
        err(f"{r['id']}: empty note")

if len(by_org) != 5:
    err(f"{len(by_org)} organisations, expected 5")
for org, rs in by_org.items():
    nums = sorted(int(r["id"][4:]) for r in rs)
    if nums != list(range(1, 31)):
        err(f"{org}: ids are not {org}-01..{org}-30")
    c = Counter(r["level"] for r in rs)
    if dict(c) != EXPECTED:
        err(f"{org}: levels {dict(c)}")

fr = sum(r["lang"] == "fr" for r in rows)
ratio = fr / max(len(rows), 1)
if not 0.75 <= ratio <= 0.80:
    err(f"French ratio {ratio:.3f} outside 0.75-0.80")

readme = (HERE / "README.md").read_text(encoding="utf-8").splitlines()
if not readme or readme[0] != LINE1:
    err("README line 1 differs from the mandatory line")
if len(readme) < 2 or readme[1] != "":
    err("README line 2 is not empty")
if HEADER not in readme:
    err("README table header missing")
else:
    i = readme.index(HEADER)
    if readme[i + 1] != "|---|---|---|---|---|":
        err("README table separator")
    table = []
    for line in readme[i + 2:]:
        if not line.startswith("|"):
            break
        table.append(line)
    prefixes = [t.split("|")[1].strip() for t in table]
    if sorted(prefixes) != sorted(by_org):
        err(f"README table prefixes {prefixes} vs cases {sorted(by_org)}")
    for t in table:
        cells = [x.strip() for x in t.strip("|").split("|")]
        if len(cells) != 5:
            err(f"README row has {len(cells)} cells: {t[:40]}")
            continue
        if not re.fullmatch(r".+ \(.+, .+\)", cells[1]):
            err(f"README client cell not 'Name (sector, city)': {cells[1]}")
        for cell in cells[3:]:
            if "«" not in cell or cell.count("«") != cell.count("»"):
                err(f"README names not in « »: {cell[:40]}")
for section in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if section not in readme:
        err(f"README section missing: {section}")
if "## Leadership (→ confidential when marked confidential)" in readme:
    j = readme.index("## Leadership (→ confidential when marked confidential)")
    bullets = [l for l in readme[j + 1:] if l.startswith("- ")]
    for org in by_org:
        if not any(b.startswith(f"- {org}:") for b in bullets):
            err(f"README leadership bullet missing for {org}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
