#!/usr/bin/env python3
"""Validate cases.jsonl of the markings held-out set (stdlib only). Exits 1 on any breach."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}
KEYS = {"id", "head", "level", "lang", "note"}
TARGET = {"public": 0.25, "internal": 0.30, "confidential": 0.20, "none": 0.25}
BANNER = "> **Held-out set: measure only.**"

errors = []
cases, ids = [], set()
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: blank line"); continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})"); continue
        if not isinstance(o, dict) or set(o) != KEYS:
            errors.append(f"line {n}: keys must be exactly {sorted(KEYS)}"); continue
        for k in KEYS:
            if not isinstance(o[k], str) or not o[k].strip():
                errors.append(f"line {n}: '{k}' must be a non-empty string")
        if o["id"] in ids:
            errors.append(f"line {n}: duplicate id {o['id']}")
        ids.add(o["id"])
        if o["level"] not in LEVELS:
            errors.append(f"line {n}: level {o['level']!r} not in {sorted(LEVELS)}")
        if o["lang"] not in LANGS:
            errors.append(f"line {n}: lang {o['lang']!r} not in {sorted(LANGS)}")
        if isinstance(o["head"], str):
            nl = len(o["head"].split("\n"))
            if not 1 <= nl <= 8:
                errors.append(f"line {n}: head has {nl} lines (1-8 allowed)")
        cases.append(o)

total = len(cases)
if not 120 <= total <= 180:
    errors.append(f"{total} cases, expected about 150 (120-180)")
lv = Counter(c["level"] for c in cases)
la = Counter(c["lang"] for c in cases)
for k, t in TARGET.items():
    share = lv[k] / total if total else 0
    if abs(share - t) > 0.07:
        errors.append(f"level {k}: {share:.0%} of cases, target about {t:.0%}")
if total and la["fr"] <= la["en"]:
    errors.append("French must be the majority language")
heads = Counter(c["head"] for c in cases)
for h, k in heads.items():
    if k > 1:
        errors.append(f"duplicate head: {h[:60]!r}")

readme = os.path.join(HERE, "README.md")
if not os.path.exists(readme) or BANNER not in open(readme, encoding="utf-8").read():
    errors.append("README.md missing or without the held-out banner")

print(f"{total} cases; levels {dict(lv)}; langs {dict(la)}")
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
