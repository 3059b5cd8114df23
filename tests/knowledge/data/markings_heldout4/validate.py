#!/usr/bin/env python3
"""Validate the markings_heldout4 held-out set (standard library only). Exit 0 when valid."""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEVELS = ("public", "internal", "confidential", "none")
LANGS = ("fr", "en")
FIELDS = {"id", "head", "level", "lang", "note"}
# target share and tolerance (absolute)
TARGETS = {"internal": 0.35, "confidential": 0.20, "public": 0.15, "none": 0.30}
TOL = 0.05


def main() -> int:
    errors = []
    rows = []
    ids = set()
    path = HERE / "cases.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            errors.append(f"line {n}: fields must be exactly {sorted(FIELDS)}")
            continue
        for k in FIELDS:
            if not isinstance(obj[k], str) or not obj[k].strip():
                errors.append(f"line {n}: field {k!r} must be a non-empty string")
        if obj["id"] in ids:
            errors.append(f"line {n}: duplicate id {obj['id']!r}")
        ids.add(obj["id"])
        if obj["level"] not in LEVELS:
            errors.append(f"line {n}: bad level {obj['level']!r}")
        if obj["lang"] not in LANGS:
            errors.append(f"line {n}: bad lang {obj['lang']!r}")
        nlines = len(obj["head"].split("\n"))
        if not 2 <= nlines <= 8:
            errors.append(f"line {n}: head has {nlines} lines (expected 2-8)")
        rows.append(obj)

    heads = Counter(r["head"] for r in rows)
    for h, c in heads.items():
        if c > 1:
            errors.append(f"duplicate head ({c}x): {h[:60]!r}")

    total = len(rows)
    if not 140 <= total <= 160:
        errors.append(f"{total} cases (expected about 150: 140-160)")
    lv = Counter(r["level"] for r in rows)
    lg = Counter(r["lang"] for r in rows)
    if total:
        for level, share in TARGETS.items():
            got = lv[level] / total
            if abs(got - share) > TOL:
                errors.append(f"level {level}: {got:.0%} (target {share:.0%} ± {TOL:.0%})")
        fr = lg["fr"] / total
        if abs(fr - 0.70) > TOL:
            errors.append(f"fr share {fr:.0%} (target 70% ± {TOL:.0%})")

    print(f"{total} cases")
    print("| level | fr | en | total |")
    print("|---|---|---|---|")
    for level in LEVELS:
        f = sum(1 for r in rows if r["level"] == level and r["lang"] == "fr")
        e = sum(1 for r in rows if r["level"] == level and r["lang"] == "en")
        print(f"| {level} | {f} | {e} | {f + e} |")
    print(f"| total | {lg['fr']} | {lg['en']} | {total} |")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
