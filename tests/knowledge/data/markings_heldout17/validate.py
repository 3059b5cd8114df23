#!/usr/bin/env python3
"""Validate cases.jsonl of the blind markings set (stdlib only). Exit 0 if OK."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 43) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
WANT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errs = []

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            errs.append("line %d: bad json (%s)" % (i, e))

if len(rows) != 150:
    errs.append("expected 150 cases, got %d" % len(rows))
ids = set()
per_org = collections.defaultdict(collections.Counter)
langs = collections.Counter()
heads = set()
for r in rows:
    if set(r) != {"id", "head", "level", "lang", "note"}:
        errs.append("%s: keys %s" % (r.get("id"), sorted(r)))
        continue
    if not re.fullmatch(r"[A-Z]{3}-\d{2}", r["id"]):
        errs.append("bad id %r" % r["id"])
    if r["id"] in ids:
        errs.append("duplicate id %s" % r["id"])
    ids.add(r["id"])
    if r["level"] not in WANT:
        errs.append("%s: bad level %r" % (r["id"], r["level"]))
    if r["lang"] not in ("fr", "en"):
        errs.append("%s: bad lang %r" % (r["id"], r["lang"]))
    n = len(r["head"].split("\n"))
    if not 1 <= n <= 4 or not r["head"].strip():
        errs.append("%s: head has %d lines" % (r["id"], n))
    if r["head"] in heads:
        errs.append("%s: duplicate head" % r["id"])
    heads.add(r["head"])
    if not r["note"].strip():
        errs.append("%s: empty note" % r["id"])
    if "{" in r["head"]:
        errs.append("%s: unfilled placeholder" % r["id"])
    per_org[r["id"].split("-")[0]][r["level"]] += 1
    langs[r["lang"]] += 1

if len(per_org) != 5:
    errs.append("expected 5 orgs, got %d" % len(per_org))
for org, c in sorted(per_org.items()):
    if dict(c) != WANT:
        errs.append("%s counts %s != %s" % (org, dict(c), WANT))
fr = langs["fr"] / max(1, len(rows))
if not 0.6 <= fr <= 0.8:
    errs.append("French share %.2f not ~70%%" % fr)

with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    if f.readline().rstrip("\n") != FIRST:
        errs.append("README.md first line is not the required held-out line")

for org, c in sorted(per_org.items()):
    print(org, " ".join("%s=%d" % (k, c[k]) for k in WANT))
print("langs", dict(langs))
if errs:
    print("\n".join("ERROR: " + e for e in errs))
    sys.exit(1)
print("OK: %d cases" % len(rows))
