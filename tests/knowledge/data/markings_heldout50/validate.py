#!/usr/bin/env python3
"""Check markings_heldout50 against the markings format. Prints OK or the errors."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
LEVELS = {"public", "internal", "confidential", "none"}
QUOTA = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errs = []

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON (%s)" % (n, e)); continue
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errs.append("line %d: keys %s" % (n, sorted(r)))
        rows.append(r)
if len(rows) != 150:
    errs.append("%d lines, want 150" % len(rows))
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
heads = [r.get("head", "").strip() for r in rows]
if len(set(heads)) != len(heads):
    errs.append("duplicate heads")
per = defaultdict(Counter)
for r in rows:
    m = re.fullmatch(r"([A-Z]{3})-(\d{3})", str(r.get("id")))
    if not m:
        errs.append("bad id %r" % r.get("id")); continue
    if r.get("level") not in LEVELS:
        errs.append("%s: level %r" % (r["id"], r.get("level")))
    if r.get("lang") not in ("fr", "en"):
        errs.append("%s: lang %r" % (r["id"], r.get("lang")))
    if not isinstance(r.get("head"), str) or not r["head"].strip():
        errs.append("%s: empty head" % r["id"])
    note = r.get("note")
    if not isinstance(note, str) or not note.strip() or len(note.split()) > 14:
        errs.append("%s: note missing or not a few words" % r["id"])
    per[m.group(1)][r.get("level")] += 1
    per[m.group(1)]["_n"] += 1
if len(per) != 5:
    errs.append("%d prefixes, want 5" % len(per))
for p, c in per.items():
    if c["_n"] != 30:
        errs.append("%s: %d heads, want 30" % (p, c["_n"]))
    for lv, q in QUOTA.items():
        if c[lv] != q:
            errs.append("%s: %d %s, want %d" % (p, c[lv], lv, q))
    nums = sorted(int(i[4:]) for i in ids if i.startswith(p + "-"))
    if nums != list(range(1, 31)):
        errs.append("%s: ids not 001..030" % p)
nfr = sum(r.get("lang") == "fr" for r in rows)
if not 90 <= nfr <= 110:
    errs.append("%d French heads, want about 100" % nfr)

names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
if set(names) != {"ambassadors", "clients"}:
    errs.append("names.json keys %s" % sorted(names))
for k in ("ambassadors", "clients"):
    v = names.get(k)
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
        errs.append("names.json %s: want a non-empty list of strings" % k)

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
lines = readme.split("\n")
if lines[0] != LINE1:
    errs.append("README line 1 is not the held-out mark")
if len(lines) < 4 or lines[1] != ">" or lines[2] != "" or not lines[3].startswith("# "):
    errs.append("README lines 2-4 must be '>', empty, title")
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in lines:
    errs.append("README table header missing")
table = [l for l in lines if l.startswith("| ") and l != hdr]
prefixes = {l.split("|")[1].strip() for l in table}
if prefixes != set(per):
    errs.append("README table prefixes %s != %s" % (sorted(prefixes), sorted(per)))
subgroups = []
for l in table:
    cells = [c.strip() for c in l.split("|")[1:-1]]
    if len(cells) != 5:
        errs.append("README table row with %d cells" % len(cells)); continue
    subgroups += [s.strip() for s in cells[4].split(";") if s.strip()]
allnames = " ".join(names.get("ambassadors", []) + names.get("clients", [])).lower()
for s in subgroups:
    if s.lower() in allnames:
        errs.append("subgroup %r listed in names.json" % s)
for sec in ("## Leadership", "## Notes on labels"):
    if sec not in lines:
        errs.append("README section %s missing" % sec)
if "150" not in readme:
    errs.append("README does not give the count")

if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
