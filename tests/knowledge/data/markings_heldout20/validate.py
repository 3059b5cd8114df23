#!/usr/bin/env python3
"""Validate markings_heldout20: format, counts, fields. Stdlib only. Exit 0 if OK."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
# stems of each organisation's names for its ambassadors (plus the generic word)
FORMS = {
    "OST": ["butineu", "forager"],
    "CAR": ["jalon"],
    "NOV": ["mailleu", "stitcher"],
    "QUI": ["inkpact"],
    "PLU": ["sourci", "dowser"],
}
GENERIC = ["ambassad"]
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 44) from DOMAIN.md, the issue and "
         "the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")

errors = []
cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append("line %d: blank" % n)
            continue
        try:
            cases.append(json.loads(line))
        except ValueError as e:
            errors.append("line %d: bad json %s" % (n, e))

ids = set()
per_org = {}
langs = Counter()
for c in cases:
    cid = c.get("id", "")
    if set(c) != {"id", "head", "level", "lang", "note"}:
        errors.append("%s: fields %s" % (cid, sorted(c)))
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", cid)
    if not m or m.group(1) not in FORMS:
        errors.append("bad id %r" % cid)
        continue
    if cid in ids:
        errors.append("duplicate id %s" % cid)
    ids.add(cid)
    if c.get("level") not in LEVELS:
        errors.append("%s: level %r" % (cid, c.get("level")))
    if c.get("lang") not in ("fr", "en"):
        errors.append("%s: lang %r" % (cid, c.get("lang")))
    langs[c.get("lang")] += 1
    head = c.get("head", "")
    if not isinstance(head, str) or not head.strip():
        errors.append("%s: empty head" % cid)
        continue
    nl = len(head.split("\n"))
    if not 1 <= nl <= 4:
        errors.append("%s: %d lines" % (cid, nl))
    low = head.lower()
    if not any(s in low for s in FORMS[m.group(1)] + GENERIC):
        errors.append("%s: head does not mention the ambassadors" % cid)
    if not str(c.get("note", "")).strip():
        errors.append("%s: empty note" % cid)
    per_org.setdefault(m.group(1), Counter())[c.get("level")] += 1

if len(cases) != 150:
    errors.append("expected 150 cases, got %d" % len(cases))
if set(per_org) != set(FORMS):
    errors.append("organisations: %s" % sorted(per_org))
for org, cnt in sorted(per_org.items()):
    if dict(cnt) != PER_ORG:
        errors.append("%s counts %s != %s" % (org, dict(cnt), PER_ORG))
fr_share = langs["fr"] / max(1, len(cases))
if not 0.6 <= fr_share <= 0.72:
    errors.append("French share %.2f not about 2/3" % fr_share)

readme = os.path.join(HERE, "README.md")
if not os.path.exists(readme):
    errors.append("README.md missing")
else:
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[0] != FIRST:
        errors.append("README first line differs")
    if len(lines) < 3 or lines[1] != "" or not lines[2].startswith("#"):
        errors.append("README: blank line then title expected")
    if "Ambassadors are called" not in text:
        errors.append("README: no 'Ambassadors are called' column")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: %d cases, %s, fr=%d en=%d" % (len(cases), {k: dict(v) for k, v in sorted(per_org.items())}, langs["fr"], langs["en"]))
sys.exit(0)
