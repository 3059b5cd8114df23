#!/usr/bin/env python3
"""Validate cases.jsonl of the held-out markings set (stdlib only). Exits 1 on any breach."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public": 0.25, "internal": 0.30, "confidential": 0.20, "none": 0.25}
KEYS = {"id", "head", "level", "lang", "note"}
errors = []
cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: blank line"); continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})"); continue
        if not isinstance(c, dict) or set(c) != KEYS:
            errors.append(f"line {n}: keys must be exactly {sorted(KEYS)}"); continue
        for k in KEYS:
            if not isinstance(c[k], str) or not c[k].strip():
                errors.append(f"line {n}: '{k}' must be a non-empty string")
        if not re.fullmatch(r"h7-\d{3}", c["id"]):
            errors.append(f"line {n}: bad id {c['id']!r}")
        hl = [l for l in c["head"].split("\n")]
        if not 1 <= len(hl) <= 8:
            errors.append(f"line {n}: head has {len(hl)} lines (1-8 allowed)")
        if c["level"] not in LEVELS:
            errors.append(f"line {n}: bad level {c['level']!r}")
        if c["lang"] not in {"fr", "en"}:
            errors.append(f"line {n}: bad lang {c['lang']!r}")
        cases.append(c)

ids = Counter(c["id"] for c in cases)
errors += [f"duplicate id {i}" for i, k in ids.items() if k > 1]
heads = Counter(c["head"] for c in cases)
errors += [f"duplicate head {h[:40]!r}" for h, k in heads.items() if k > 1]
total = len(cases)
if not 130 <= total <= 170:
    errors.append(f"{total} cases, expected ~150 (130-170)")
lv = Counter(c["level"] for c in cases)
for l, share in LEVELS.items():
    got = lv[l] / total if total else 0
    if abs(got - share) > 0.07:
        errors.append(f"level {l}: {got:.0%} of cases, target ~{share:.0%}")
lg = Counter(c["lang"] for c in cases)
if total and not (lg["fr"] > total / 2 and lg["en"] >= 0.15 * total):
    errors.append(f"languages {dict(lg)}: French must be the majority with some English")

print(f"{total} cases; levels {dict(lv)}; langs {dict(lg)}")
if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print("OK")
