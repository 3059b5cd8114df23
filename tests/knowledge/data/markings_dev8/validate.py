#!/usr/bin/env python3
"""Check the markings_dev8 set against the format rules; prints exactly OK."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 58) from DOMAIN.md, "
         "the issue and the format only; it may be read and tuned on).")
LEVELS = {"public", "internal", "confidential", "none"}
QUOTA = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []


def err(msg):
    errors.append(msg)


for name in ["README.md", "cases.jsonl", "names.json", "gen.py", "validate.py"]:
    if not (HERE / name).is_file():
        err(f"missing {name}")

readme = (HERE / "README.md").read_text(encoding="utf-8").split("\n")
if readme[0] != LINE1:
    err("README line 1")
if len(readme) < 4 or readme[1] != ">" or readme[2] != "":
    err("README lines 2-3")
if not readme[3].startswith("# markings_dev8: "):
    err("README title")
text = "\n".join(readme)
for needed in ["**Flavour.**", "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
               "## Leadership", "## Notes on labels"]:
    if needed not in text:
        err(f"README lacks {needed}")

names = json.loads((HERE / "names.json").read_text(encoding="utf-8"))
if set(names) != {"ambassadors", "clients"} or not all(
        isinstance(names[k], list) and names[k] and all(isinstance(x, str) for x in names[k]) for k in names):
    err("names.json shape")
amb = [a.lower() for a in names.get("ambassadors", [])]
audience = amb + [c.lower() for c in names.get("clients", [])]  # "the whole program" counts
for g in ["ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors"]:
    if g not in amb:
        err(f"names.json lacks generic {g}")

rows = []
for n, line in enumerate((HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError:
        err(f"line {n} not JSON")
if len(rows) != 150:
    err(f"{len(rows)} rows, want 150")
ids = set()
per = Counter()
langs = Counter()
heads = set()
for r in rows:
    if set(r) != {"id", "head", "level", "lang", "note"}:
        err(f"keys {r.get('id')}")
        continue
    if not re.fullmatch(r"[A-Z]{3}-\d{2}", r["id"]) or r["id"] in ids:
        err(f"bad/dup id {r['id']}")
    ids.add(r["id"])
    if r["level"] not in LEVELS:
        err(f"level {r['id']}")
    if r["lang"] not in {"fr", "en"}:
        err(f"lang {r['id']}")
    langs[r["lang"]] += 1
    nlines = len(r["head"].split("\n"))
    if not r["head"].strip() or not 1 <= nlines <= 12:
        err(f"head lines {r['id']}")
    if r["head"] in heads:
        err(f"duplicate head {r['id']}")
    heads.add(r["head"])
    if not r["note"].strip() or "\n" in r["note"]:
        err(f"note {r['id']}")
    per[(r["id"][:3], r["level"])] += 1
    if r["level"] == "public" and not any(a in r["head"].lower() for a in audience):
        err(f"public head names no ambassador audience {r['id']}")
prefixes = {k[0] for k in per}
if len(prefixes) != 5:
    err(f"{len(prefixes)} clients")
for p in prefixes:
    for lv, q in QUOTA.items():
        if per[(p, lv)] != q:
            err(f"{p} {lv}: {per[(p, lv)]} != {q}")
    nums = sorted(int(i[4:]) for i in ids if i.startswith(p))
    if nums != list(range(1, 31)):
        err(f"{p} ids not 01..30")
if not (90 <= langs["fr"] <= 110 and 40 <= langs["en"] <= 60):
    err(f"lang balance {dict(langs)}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
