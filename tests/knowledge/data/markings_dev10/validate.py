#!/usr/bin/env python3
"""Check markings_dev10 against the markings format. Prints OK or the errors."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue and "
         "the format only; it may be read and tuned on).")
errs = []

cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            cases.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {n}: bad JSON ({e})")
if len(cases) != 150:
    errs.append(f"{len(cases)} cases, expected 150")
ids, heads = Counter(), Counter()
per = defaultdict(Counter)
langs = Counter()
for c in cases:
    if set(c) != {"id", "head", "level", "lang", "note"}:
        errs.append(f"{c.get('id')}: keys {sorted(c)}")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d{3})", c["id"])
    if not m:
        errs.append(f"bad id {c['id']}")
        continue
    ids[c["id"]] += 1
    heads[c["head"].strip()] += 1
    if c["level"] not in ("public", "internal", "confidential", "none"):
        errs.append(f"{c['id']}: level {c['level']}")
    if c["lang"] not in ("fr", "en"):
        errs.append(f"{c['id']}: lang {c['lang']}")
    if not c["note"].strip() or len(c["note"]) > 120:
        errs.append(f"{c['id']}: note empty or too long")
    if not c["head"].strip():
        errs.append(f"{c['id']}: empty head")
    per[m.group(1)][c["level"]] += 1
    langs[c["lang"]] += 1
for i, k in ids.items():
    if k > 1:
        errs.append(f"duplicate id {i}")
for h, k in heads.items():
    if k > 1:
        errs.append(f"duplicate head: {h[:40]!r}")
if len(per) != 5:
    errs.append(f"{len(per)} prefixes, expected 5")
want = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
for p, cnt in per.items():
    if dict(cnt) != want:
        errs.append(f"{p}: levels {dict(cnt)}")
    nums = sorted(int(c["id"][4:]) for c in cases if c["id"].startswith(p + "-"))
    if nums != list(range(1, 31)):
        errs.append(f"{p}: ids not 001..030")
if not (90 <= langs["fr"] <= 110 and 40 <= langs["en"] <= 60):
    errs.append(f"langs {dict(langs)}")

names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
if set(names) != {"ambassadors", "clients"}:
    errs.append(f"names.json keys {sorted(names)}")
for k in ("ambassadors", "clients"):
    v = names.get(k)
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
        errs.append(f"names.json {k} must be a non-empty list of strings")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != LINE1:
    errs.append("README line 1 is not the development mark")
if len(readme) < 4 or readme[1] != ">" or readme[2] != "":
    errs.append("README lines 2-3 must be '>' and empty")
if not readme[3].startswith("# "):
    errs.append("README line 4 must be the title")
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in readme:
    errs.append("README table header missing")
else:
    i = readme.index(hdr)
    rows = [r for r in readme[i + 2:i + 7] if r.startswith("| ")]
    prefixes = {r.split("|")[1].strip() for r in rows}
    if prefixes != set(per):
        errs.append(f"README table prefixes {prefixes} != {set(per)}")
    subs = set()
    for r in rows:
        cells = [x.strip() for x in r.strip("|").split("|")]
        if len(cells) != 5 or not all(cells):
            errs.append(f"README row incomplete: {r}")
            continue
        subs |= {s.strip() for s in cells[4].split(",")}
        for a in cells[3].split(","):
            if a.strip() not in names["ambassadors"]:
                errs.append(f"ambassador form {a.strip()} not in names.json")
    leak = subs & (set(names["ambassadors"]) | set(names["clients"]))
    if leak:
        errs.append(f"subgroup names in names.json: {leak}")
for sec in ("## Leadership", "## Notes on labels"):
    if sec not in readme:
        errs.append(f"README section {sec} missing")
text = "\n".join(readme)
if "150" not in text:
    errs.append("README does not give the count")

print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
