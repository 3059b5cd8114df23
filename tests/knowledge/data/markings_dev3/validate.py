"""Stdlib validator for markings_dev3/cases.jsonl. Exit 0 = valid."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}
KEYS = {"id", "head", "level", "lang", "note"}
PER_ORG = {"public": 6, "internal": 12, "confidential": 6, "none": 6}
ORGS = 5
TOTAL = 150
TOP = "> **Development set** (stop 41)"


def main() -> int:
    errors: list[str] = []
    path = HERE / "cases.jsonl"
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
            continue
        if not isinstance(row, dict) or set(row) != KEYS:
            errors.append(f"line {n}: keys must be exactly {sorted(KEYS)}")
            continue
        rows.append(row)
    ids = Counter(r["id"] for r in rows)
    for dup, k in ids.items():
        if k > 1:
            errors.append(f"duplicate id {dup}")
    per_org: dict[str, Counter] = {}
    for r in rows:
        rid = r["id"]
        if not isinstance(rid, str) or not re.fullmatch(r"[a-z]{2,12}-\d{2}", rid):
            errors.append(f"{rid}: bad id")
            continue
        if r["level"] not in LEVELS:
            errors.append(f"{rid}: bad level {r['level']!r}")
        if r["lang"] not in LANGS:
            errors.append(f"{rid}: bad lang {r['lang']!r}")
        head = r["head"]
        if not isinstance(head, str) or not head.strip():
            errors.append(f"{rid}: empty head")
        elif not 1 <= len(head.split("\n")) <= 8:
            errors.append(f"{rid}: head must have 1-8 lines")
        if not isinstance(r["note"], str) or not r["note"].strip():
            errors.append(f"{rid}: empty note")
        per_org.setdefault(rid.split("-")[0], Counter())[r["level"]] += 1
    if len(rows) != TOTAL:
        errors.append(f"expected {TOTAL} cases, got {len(rows)}")
    if len(per_org) != ORGS:
        errors.append(f"expected {ORGS} organisations, got {len(per_org)}")
    for org, counts in per_org.items():
        if dict(counts) != PER_ORG:
            errors.append(f"{org}: level counts {dict(counts)} != {PER_ORG}")
    heads = Counter(r["head"] for r in rows)
    for h, k in heads.items():
        if k > 1:
            errors.append(f"duplicate head: {h[:60]!r}")
    fr = sum(1 for r in rows if r["lang"] == "fr")
    if rows and not 0.65 <= fr / len(rows) <= 0.75:
        errors.append(f"French share {fr / len(rows):.2f} not in 0.65-0.75")
    readme = HERE / "README.md"
    if not readme.exists() or not readme.read_text(encoding="utf-8").startswith(TOP):
        errors.append("README.md must start with the development-set banner")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"OK: {len(rows)} cases, {len(per_org)} orgs, French {fr}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
