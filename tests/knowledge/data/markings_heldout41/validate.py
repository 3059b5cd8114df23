#!/usr/bin/env python3
"""Checks markings_heldout41 against the markings format; prints OK or the errors."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
PER_CLIENT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
HEADER1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 55) from DOMAIN.md, "
           "the issue and the format only, without reading the project's code, tests or other data "
           "sets. Do not tune anything on it.")
TABLE = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"


def main():
    errs = []
    recs = []
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append(f"line {i}: bad JSON ({e})")
                continue
            if set(r) != {"id", "head", "level", "lang", "note"}:
                errs.append(f"line {i}: keys {sorted(r)}")
            recs.append(r)
    if len(recs) != 150:
        errs.append(f"{len(recs)} lines, want 150")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    heads = [r.get("head") for r in recs]
    if len(set(heads)) != len(heads):
        errs.append("duplicate heads")
    by_prefix = collections.defaultdict(list)
    for r in recs:
        m = re.fullmatch(r"([A-Z]{3})-(\d{2})", r.get("id", ""))
        if not m:
            errs.append(f"bad id {r.get('id')}")
            continue
        by_prefix[m.group(1)].append(r)
        if r.get("level") not in LEVELS:
            errs.append(f"{r['id']}: level {r.get('level')}")
        if r.get("lang") not in ("fr", "en"):
            errs.append(f"{r['id']}: lang {r.get('lang')}")
        if not isinstance(r.get("note"), str) or not r["note"].strip():
            errs.append(f"{r['id']}: empty note")
        h = r.get("head", "")
        if not h.strip() or len(h.split("\n")) > 12:
            errs.append(f"{r['id']}: head empty or more than 12 lines")
    if len(by_prefix) != 5:
        errs.append(f"{len(by_prefix)} prefixes, want 5")
    for p, rs in sorted(by_prefix.items()):
        if len(rs) != 30:
            errs.append(f"{p}: {len(rs)} cases, want 30")
        nums = sorted(int(r["id"][4:]) for r in rs)
        if nums != list(range(1, len(rs) + 1)):
            errs.append(f"{p}: ids not numbered 01..{len(rs):02d}")
        c = collections.Counter(r["level"] for r in rs)
        for lv, want in PER_CLIENT.items():
            if c[lv] != want:
                errs.append(f"{p}: {c[lv]} {lv}, want {want}")
    langs = collections.Counter(r.get("lang") for r in recs)
    if not (95 <= langs["fr"] <= 105 and 45 <= langs["en"] <= 55):
        errs.append(f"languages {dict(langs)}, want about 100 fr / 50 en")

    with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
        names = json.load(f)
    for k in ("ambassadors", "clients"):
        if not isinstance(names.get(k), list) or not names[k] or not all(isinstance(x, str) and x for x in names[k]):
            errs.append(f"names.json: {k} must be a non-empty list of strings")

    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read().split("\n")
    if readme[0] != HEADER1:
        errs.append("README line 1 differs")
    if len(readme) < 4 or readme[1] != ">" or readme[2] != "":
        errs.append("README lines 2-3 must be '>' and empty")
    if len(readme) < 4 or not readme[3].startswith("# markings_heldout41: "):
        errs.append("README line 4 must be '# markings_heldout41: ...'")
    text = "\n".join(readme)
    if TABLE not in text:
        errs.append("README: client table header missing")
    for p in by_prefix:
        if f"| {p} |" not in text:
            errs.append(f"README: no table row for {p}")
    if "Leadership (→ confidential when marked confidential)" not in text:
        errs.append("README: leadership list missing")
    if "Notes on labels" not in text:
        errs.append("README: 'Notes on labels' missing")

    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
