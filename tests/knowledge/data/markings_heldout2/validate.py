#!/usr/bin/env python3
"""Validate cases.jsonl (standard library only): fields, unique ids, levels, languages; print counts."""
import json, sys
from collections import Counter
from pathlib import Path

LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}
FIELDS = {"id": str, "head": str, "level": str, "lang": str, "note": str}

def main(path=Path(__file__).with_name("cases.jsonl")):
    errors, ids, levels, langs, cross = [], set(), Counter(), Counter(), Counter()
    n = 0
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {lineno}: empty line"); continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {lineno}: bad JSON ({e})"); continue
        n += 1
        if set(obj) != set(FIELDS):
            errors.append(f"line {lineno}: fields {sorted(obj)} != {sorted(FIELDS)}")
        for k, t in FIELDS.items():
            if not isinstance(obj.get(k), t) or not obj.get(k, "").strip():
                errors.append(f"line {lineno}: field {k!r} missing, empty or not {t.__name__}")
        cid = obj.get("id")
        if cid in ids:
            errors.append(f"line {lineno}: duplicate id {cid!r}")
        ids.add(cid)
        if obj.get("level") not in LEVELS:
            errors.append(f"line {lineno}: invalid level {obj.get('level')!r}")
        if obj.get("lang") not in LANGS:
            errors.append(f"line {lineno}: invalid lang {obj.get('lang')!r}")
        levels[obj.get("level")] += 1; langs[obj.get("lang")] += 1
        cross[(obj.get("level"), obj.get("lang"))] += 1
    print(f"cases: {n}")
    for lv in sorted(levels):
        print(f"  {lv:13s} {levels[lv]:4d} ({100*levels[lv]/max(n,1):.0f} %)  fr={cross[(lv,'fr')]} en={cross[(lv,'en')]}")
    print("  langs:", dict(langs))
    if errors:
        print(f"INVALID: {len(errors)} error(s)"); [print("  " + e) for e in errors[:50]]
        return 1
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
