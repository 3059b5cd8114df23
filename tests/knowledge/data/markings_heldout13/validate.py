"""Validate markings_heldout13/cases.jsonl (stdlib only). Exit 0 when valid."""

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}
KEYS = {"id", "head", "level", "lang", "note"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
README_LINE = (
    "> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 41) from DOMAIN.md and the "
    "format only, without reading the project's code, tests or other data sets. Do not tune anything on it."
)


def main():
    errors = []
    lines = (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = []
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
            continue
        if not isinstance(obj, dict) or set(obj) != KEYS:
            errors.append(f"line {n}: keys must be exactly {sorted(KEYS)}")
            continue
        cases.append(obj)
    if len(cases) != 150:
        errors.append(f"expected 150 cases, got {len(cases)}")

    ids = Counter(c["id"] for c in cases)
    errors += [f"duplicate id {i}" for i, k in ids.items() if k > 1]
    by_org = defaultdict(list)
    for c in cases:
        cid = c["id"]
        if not isinstance(cid, str) or not re.fullmatch(r"[a-z]+-\d{2}", cid):
            errors.append(f"bad id {cid!r}")
            continue
        by_org[cid.rsplit("-", 1)[0]].append(c)
        if c["level"] not in LEVELS:
            errors.append(f"{cid}: bad level {c['level']!r}")
        if c["lang"] not in LANGS:
            errors.append(f"{cid}: bad lang {c['lang']!r}")
        head = c["head"]
        if not isinstance(head, str) or not head.strip():
            errors.append(f"{cid}: empty head")
        elif not 1 <= len(head.split("\n")) <= 8:
            errors.append(f"{cid}: head must have 1-8 lines")
        if not isinstance(c["note"], str) or not c["note"].strip():
            errors.append(f"{cid}: empty note")

    if len(by_org) != 5:
        errors.append(f"expected 5 organisations, got {sorted(by_org)}")
    for org, rows in sorted(by_org.items()):
        nums = sorted(int(c["id"].rsplit("-", 1)[1]) for c in rows)
        if nums != list(range(1, 31)):
            errors.append(f"{org}: ids must run 01..30")
        got = Counter(c["level"] for c in rows)
        if dict(got) != PER_ORG:
            errors.append(f"{org}: level mix {dict(got)} != {PER_ORG}")

    fr = sum(c["lang"] == "fr" for c in cases)
    if cases and not 0.65 <= fr / len(cases) <= 0.75:
        errors.append(f"French share {fr}/{len(cases)} not about 70 %")

    heads = Counter(c["head"] for c in cases)
    errors += [f"duplicate head: {h[:40]!r}" for h, k in heads.items() if k > 1]

    readme = HERE / "README.md"
    first = readme.read_text(encoding="utf-8").splitlines()[:1] if readme.exists() else []
    if first != [README_LINE]:
        errors.append("README.md must start with the held-out line")

    sys.path.insert(0, str(HERE))
    try:
        import gen
        if gen.build() != cases:
            errors.append("cases.jsonl differs from gen.py output (re-run gen.py)")
    except Exception as exc:
        errors.append(f"gen.py check failed: {exc}")

    for e in errors:
        print("ERROR:", e)
    total = Counter(c["level"] for c in cases)
    print(f"{len(cases)} cases, {len(by_org)} orgs, levels {dict(total)}, fr {fr}, en {len(cases) - fr}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
