"""Validate cases.jsonl of markings_heldout16 (stdlib only). Exit 0 when OK."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
WANT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
ORGS = {"kvz", "hyd", "pdl", "smp", "vtl"}
# every head must talk about the ambassadors: generic word or the program's own name
AMB = re.compile(r"ambass|greffeu|sourci|cargonaut|guildsmith|truffe", re.I)


def main():
    errors = []
    ids = set()
    per_org = collections.defaultdict(collections.Counter)
    langs = collections.Counter()
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().splitlines() if ln.strip()]
    for i, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {i}: bad json {exc}")
            continue
        if set(row) != {"id", "head", "level", "lang", "note"}:
            errors.append(f"line {i}: keys {sorted(row)}")
            continue
        if not all(isinstance(row[k], str) and row[k].strip() for k in row):
            errors.append(f"line {i}: empty or non-string field")
        m = re.fullmatch(r"([a-z]+)-(\d{2})", row["id"])
        if not m or m.group(1) not in ORGS:
            errors.append(f"line {i}: bad id {row['id']!r}")
            continue
        if row["id"] in ids:
            errors.append(f"line {i}: duplicate id {row['id']}")
        ids.add(row["id"])
        if row["level"] not in LEVELS:
            errors.append(f"{row['id']}: bad level {row['level']!r}")
        if row["lang"] not in {"fr", "en"}:
            errors.append(f"{row['id']}: bad lang {row['lang']!r}")
        nlines = len(row["head"].strip("\n").split("\n"))
        if not 1 <= nlines <= 8:
            errors.append(f"{row['id']}: head has {nlines} lines")
        if not AMB.search(row["head"]):
            errors.append(f"{row['id']}: head does not mention the ambassadors")
        per_org[m.group(1)][row["level"]] += 1
        langs[row["lang"]] += 1
    if set(per_org) != ORGS:
        errors.append(f"orgs {sorted(per_org)}")
    for org, cnt in sorted(per_org.items()):
        if dict(cnt) != WANT:
            errors.append(f"{org}: counts {dict(cnt)} != {WANT}")
    total = sum(langs.values())
    if total != 150:
        errors.append(f"total {total} != 150")
    fr_share = langs["fr"] / total if total else 0
    if not 0.62 <= fr_share <= 0.78:
        errors.append(f"French share {fr_share:.2f} not ~70 %")
    for e in errors:
        print("ERROR", e)
    print(f"{total} cases, {len(per_org)} orgs, fr={langs['fr']} en={langs['en']} "
          f"({fr_share:.0%} fr), errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
