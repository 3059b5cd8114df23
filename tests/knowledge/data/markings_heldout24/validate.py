#!/usr/bin/env python3
"""Validate markings_heldout24: counts, fields, ids, mentions, README. Prints OK."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

EXPECTED = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
FIELDS = {"id", "head", "level", "lang", "note"}
errors = []

cases = [json.loads(l) for l in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") if l.strip()]
if len(cases) != 150:
    errors.append("expected 150 cases, got %d" % len(cases))
ids = [c.get("id") for c in cases]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
mention = {o["prefix"]: o["mention"] for o in gen.ORGS}
per_org = Counter()
per_org_level = Counter()
langs = Counter()
heads = Counter()
for c in cases:
    if set(c) != FIELDS:
        errors.append("%s: fields %s" % (c.get("id"), sorted(c)))
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", c["id"])
    if not m or m.group(1) not in mention:
        errors.append("bad id %s" % c["id"])
        continue
    pre = m.group(1)
    per_org[pre] += 1
    per_org_level[(pre, c["level"])] += 1
    if c["level"] not in EXPECTED:
        errors.append("%s: bad level %s" % (c["id"], c["level"]))
    if c["lang"] not in ("fr", "en"):
        errors.append("%s: bad lang" % c["id"])
    langs[c["lang"]] += 1
    n = len(c["head"].split("\n"))
    if not 1 <= n <= 4 or not c["head"].strip():
        errors.append("%s: head has %d lines" % (c["id"], n))
    if not c["note"].strip():
        errors.append("%s: empty note" % c["id"])
    low = c["head"].lower()
    if not any(t in low for t in mention[pre]):
        errors.append("%s: head does not mention the ambassadors" % c["id"])
    heads[c["head"]] += 1
for pre in mention:
    if per_org[pre] != 30:
        errors.append("%s: %d cases" % (pre, per_org[pre]))
    for lvl, k in EXPECTED.items():
        if per_org_level[(pre, lvl)] != k:
            errors.append("%s/%s: %d, expected %d" % (pre, lvl, per_org_level[(pre, lvl)], k))
if [h for h, k in heads.items() if k > 1]:
    errors.append("duplicate heads")
fr_share = langs["fr"] / max(1, len(cases))
if not 0.6 <= fr_share <= 0.73:
    errors.append("fr share %.2f not about 2/3" % fr_share)
# deterministic: regenerated cases equal the file
if gen.build() != cases:
    errors.append("cases.jsonl differs from gen.build(); rerun gen.py")
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != gen.README_HEAD or readme[1] != "":
    errors.append("README first line / blank line wrong")
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in readme:
    errors.append("README organisations table header missing")
for pre in mention:
    if not any(l.startswith("| %s |" % pre) for l in readme):
        errors.append("README row missing for %s" % pre)

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: 150 cases, 5 orgs x (8 public, 8 internal, 6 confidential, 8 none), fr=%d en=%d, every head mentions the ambassadors"
      % (langs["fr"], langs["en"]))
