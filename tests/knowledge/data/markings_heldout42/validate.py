# -*- coding: utf-8 -*-
"""Checks markings_heldout42 against the markings format; prints OK or the problems."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
HEADER1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 55) from DOMAIN.md, "
           "the issue and the format only, without reading the project's code, tests or other data "
           "sets. Do not tune anything on it.")
errs = []

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad json (%s)" % (n, e)); continue
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errs.append("line %d: keys %s" % (n, sorted(r)))
        rows.append(r)
if len(rows) != 150:
    errs.append("%d cases, want 150" % len(rows))
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
heads = [r.get("head") for r in rows]
if len(set(heads)) != len(heads):
    errs.append("duplicate heads")
per = defaultdict(Counter)
langs = Counter()
for r in rows:
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", r.get("id", ""))
    if not m:
        errs.append("bad id %r" % r.get("id")); continue
    if r["level"] not in LEVELS:
        errs.append("%s: bad level %r" % (r["id"], r["level"]))
    if r["lang"] not in ("fr", "en"):
        errs.append("%s: bad lang %r" % (r["id"], r["lang"]))
    if not isinstance(r["head"], str) or not r["head"].strip():
        errs.append("%s: empty head" % r["id"])
    elif len(r["head"].split("\n")) > 12:
        errs.append("%s: head longer than 12 lines" % r["id"])
    if not r["note"].strip():
        errs.append("%s: empty note" % r["id"])
    per[m.group(1)][r["level"]] += 1
    langs[r["lang"]] += 1
if len(per) != 5:
    errs.append("%d client prefixes, want 5" % len(per))
for p, c in per.items():
    for lvl, want in LEVELS.items():
        if c[lvl] != want:
            errs.append("%s: %d %s, want %d" % (p, c[lvl], lvl, want))
    nums = sorted(int(i[4:]) for i in ids if i.startswith(p + "-"))
    if nums != list(range(1, 31)):
        errs.append("%s: ids not 01..30" % p)
if not (90 <= langs["fr"] <= 110 and 40 <= langs["en"] <= 60):
    errs.append("languages %s, want about 100 fr / 50 en" % dict(langs))

try:
    names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
    for k in ("ambassadors", "clients"):
        if not isinstance(names.get(k), list) or not names[k] or not all(isinstance(x, str) for x in names[k]):
            errs.append("names.json: %s must be a non-empty list of strings" % k)
except (OSError, ValueError) as e:
    errs.append("names.json: %s" % e)

try:
    lines = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if lines[0] != HEADER1:
        errs.append("README line 1 differs from the required header")
    if len(lines) < 4 or lines[1] != ">" or lines[2] != "":
        errs.append("README lines 2-3 must be '>' and empty")
    if len(lines) < 4 or not lines[3].startswith("# markings_heldout42: "):
        errs.append("README line 4 must be '# markings_heldout42: <description>'")
    text = "\n".join(lines)
    if "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |" not in text:
        errs.append("README: client table header missing")
    for p in per:
        if "| %s |" % p not in text:
            errs.append("README: no table row for %s" % p)
    for needed in ("Leadership (→ confidential when marked confidential)", "Notes on labels"):
        if needed not in text:
            errs.append("README: section %r missing" % needed)
except OSError as e:
    errs.append("README.md: %s" % e)

if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
