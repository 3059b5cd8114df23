#!/usr/bin/env python3
"""Validate cases.jsonl of the held-out markings set (stdlib only). Exits 1 on any breach."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public": .25, "internal": .30, "confidential": .20, "none": .25}
LANGS = {"fr", "en"}
KEYS = {"id", "head", "level", "lang", "note"}
BANNER = ("> **Held-out set: measure only.** Written blind on 2026-12-05 from DOMAIN.md and the format "
          "only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
errors = []

def err(msg):
    errors.append(msg)

cases, ids = [], set()
path = os.path.join(HERE, "cases.jsonl")
try:
    lines = open(path, encoding="utf-8").read().splitlines()
except OSError as e:
    print("cannot read cases.jsonl:", e); sys.exit(1)
for n, line in enumerate(lines, 1):
    if not line.strip():
        err(f"line {n}: blank line"); continue
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {n}: invalid JSON ({e})"); continue
    if not isinstance(c, dict) or set(c) != KEYS:
        err(f"line {n}: keys must be exactly {sorted(KEYS)}"); continue
    for k in KEYS:
        if not isinstance(c[k], str) or not c[k].strip():
            err(f"line {n}: '{k}' must be a non-empty string")
    if any(not isinstance(c[k], str) for k in KEYS):
        continue
    if c["id"] in ids:
        err(f"line {n}: duplicate id {c['id']}")
    ids.add(c["id"])
    if c["level"] not in LEVELS:
        err(f"line {n}: bad level {c['level']!r}")
    if c["lang"] not in LANGS:
        err(f"line {n}: bad lang {c['lang']!r}")
    hl = c["head"].split("\n")
    if not 1 <= len(hl) <= 8:
        err(f"line {n}: head has {len(hl)} lines (1-8 allowed)")
    if c["head"] != c["head"].strip("\n") or not hl[0].strip():
        err(f"line {n}: head must not start/end with blank lines")
    cases.append(c)

N = len(cases)
if not 130 <= N <= 170:
    err(f"{N} cases, expected about 150 (130-170)")
if N:
    lv = Counter(c["level"] for c in cases)
    for k, target in LEVELS.items():
        share = lv[k] / N
        if abs(share - target) > 0.07:
            err(f"level {k}: {share:.0%} of cases, target about {target:.0%}")
    lg = Counter(c["lang"] for c in cases)
    if lg["fr"] <= lg["en"]:
        err("French must be the majority language")
    if lg["en"] == 0:
        err("some English cases are required")
    for k in LEVELS:
        langs = {c["lang"] for c in cases if c["level"] == k}
        if langs != LANGS:
            err(f"level {k}: should have both fr and en cases")

try:
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    if BANNER not in readme:
        err("README.md lacks the held-out banner")
except OSError:
    err("README.md missing")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {N} cases; levels {dict(Counter(c['level'] for c in cases))}; langs {dict(Counter(c['lang'] for c in cases))}")
