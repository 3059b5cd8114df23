"""Stdlib validator for markings_heldout14/cases.jsonl. Exit 0 = valid."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
LEVELS = {"public", "internal", "confidential", "none"}
WANT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
# every head must talk about ambassadors: generic word or the program's own name
AMB = {
    "houblon": r"ambass|levure",
    "vetoflow": r"ambass|blouses? vertes?|\bBVs?\b",
    "cargolette": r"ambass|ambasadeur|biclou",
    "maplewage": r"ambass|keeper|gardien",
    "refugio": r"ambass|cairn",
}
KEYS = {"id", "head", "level", "lang", "note"}


def main() -> int:
    errors = []
    path = HERE / "cases.jsonl"
    if not path.exists():
        print("missing cases.jsonl")
        return 1
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
    if len(rows) != 150:
        errors.append(f"expected 150 cases, got {len(rows)}")
    ids = Counter(r.get("id") for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    per_org: dict[str, Counter] = {}
    langs = Counter()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d{2})", str(rid))
        if not m or m.group(1) not in AMB or not 1 <= int(m.group(2)) <= 30:
            errors.append(f"{rid}: bad id")
            continue
        org = m.group(1)
        if r["level"] not in LEVELS:
            errors.append(f"{rid}: bad level {r['level']!r}")
        if r["lang"] not in {"fr", "en"}:
            errors.append(f"{rid}: bad lang {r['lang']!r}")
        head, note = r["head"], r["note"]
        if not isinstance(head, str) or not head.strip():
            errors.append(f"{rid}: empty head")
            continue
        if not 1 <= len(head.split("\n")) <= 8:
            errors.append(f"{rid}: head has {len(head.splitlines())} lines (1-8 allowed)")
        if not re.search(AMB[org], head, re.IGNORECASE):
            errors.append(f"{rid}: head does not mention ambassadors / program name")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{rid}: empty note")
        per_org.setdefault(org, Counter())[r["level"]] += 1
        langs[r["lang"]] += 1
    if set(per_org) != set(AMB):
        errors.append(f"organisations {sorted(per_org)} != {sorted(AMB)}")
    for org, cnt in sorted(per_org.items()):
        if dict(cnt) != WANT:
            errors.append(f"{org}: level mix {dict(cnt)} != {WANT}")
    total = sum(langs.values()) or 1
    fr_share = langs["fr"] / total
    if not 0.65 <= fr_share <= 0.75:
        errors.append(f"French share {fr_share:.0%} outside 65-75 %")
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} cases, orgs={len(per_org)}, langs={dict(langs)}, errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
