#!/usr/bin/env python3
"""Validate cases.jsonl of the markings_heldout8 set (stdlib only).

Exits 0 when every line is a JSON object with exactly the fields
id, head, level, lang, note; ids run h8-001..h8-150; heads have 1-8 lines;
notes are one line; and the counts match the format (150 cases, about
40 public / 40 internal / 30 confidential / 40 none, about 70 % French).
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "cases.jsonl")
FIELDS = {"id", "head", "level", "lang", "note"}
LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}
TOTAL = 150
TARGET = {"public": 40, "internal": 40, "confidential": 30, "none": 40}
LEVEL_TOLERANCE = 5
FR_SHARE = (0.65, 0.75)


def main():
    errors = []
    cases = []
    try:
        with open(PATH, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as exc:
        print(f"cannot read {PATH}: {exc}")
        return 1
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: invalid JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"line {n}: not an object")
            continue
        if set(obj) != FIELDS:
            errors.append(f"line {n}: fields {sorted(obj)} != {sorted(FIELDS)}")
            continue
        for key in FIELDS:
            if not isinstance(obj[key], str) or not obj[key].strip():
                errors.append(f"line {n}: field {key!r} must be a non-empty string")
        cases.append((n, obj))

    seen_heads = set()
    for i, (n, obj) in enumerate(cases, 1):
        if not all(isinstance(obj[k], str) for k in FIELDS):
            continue
        want = f"h8-{i:03d}"
        if obj["id"] != want:
            errors.append(f"line {n}: id {obj['id']!r}, expected {want!r}")
        if obj["level"] not in LEVELS:
            errors.append(f"line {n}: level {obj['level']!r} not in {sorted(LEVELS)}")
        if obj["lang"] not in LANGS:
            errors.append(f"line {n}: lang {obj['lang']!r} not in {sorted(LANGS)}")
        head_lines = obj["head"].split("\n")
        if not 1 <= len(head_lines) <= 8:
            errors.append(f"line {n}: head has {len(head_lines)} lines (1-8 allowed)")
        if "\n" in obj["note"] or "\r" in obj["note"]:
            errors.append(f"line {n}: note must be one line")
        key = obj["head"].strip().lower()
        if key in seen_heads:
            errors.append(f"line {n}: duplicate head")
        seen_heads.add(key)

    if len(cases) != TOTAL:
        errors.append(f"{len(cases)} cases, expected {TOTAL}")
    levels = Counter(o["level"] for _, o in cases)
    for level, want in TARGET.items():
        if abs(levels.get(level, 0) - want) > LEVEL_TOLERANCE:
            errors.append(f"level {level}: {levels.get(level, 0)} cases, expected about {want}")
    langs = Counter(o["lang"] for _, o in cases)
    if cases:
        share = langs.get("fr", 0) / len(cases)
        if not FR_SHARE[0] <= share <= FR_SHARE[1]:
            errors.append(f"French share {share:.0%}, expected about 70%")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print(f"OK: {len(cases)} cases; levels {dict(sorted(levels.items()))}; langs {dict(sorted(langs.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
