"""Stdlib validator for markings_heldout12/cases.jsonl. Exit 0 when the set is well formed."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

LEVELS = {"public", "internal", "confidential", "none"}
ORGS = ("yoga", "cosme", "biblio", "cowork", "vin")
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
KEYS = {"id", "head", "level", "lang", "note"}
# every head must talk about ambassadors: generic word (incl. typos/slang) or a program name
TOPIC = re.compile(
    r"ambass|ambassdeur|passeur|éclaireuse|lecteurs?-relais|reading-relay|crew|compagnon",
    re.IGNORECASE,
)


def main():
    path = Path(__file__).with_name("cases.jsonl")
    errors = []
    rows = []
    with open(path, encoding="utf-8") as fh:
        for num, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {num}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"line {num}: bad json ({exc})")
    ids = Counter(row.get("id") for row in rows)
    for dup, count in ids.items():
        if count > 1:
            errors.append(f"duplicate id {dup}")
    per_org = Counter()
    langs = Counter()
    for row in rows:
        rid = row.get("id")
        if set(row) != KEYS:
            errors.append(f"{rid}: keys {sorted(row)}")
            continue
        org = str(rid).split("-")[0]
        if org not in ORGS or not re.fullmatch(r"[a-z]+-\d{2}", str(rid)):
            errors.append(f"{rid}: bad id")
        if row["level"] not in LEVELS:
            errors.append(f"{rid}: bad level {row['level']}")
        if row["lang"] not in ("fr", "en"):
            errors.append(f"{rid}: bad lang {row['lang']}")
        if not row["head"].strip() or not row["note"].strip():
            errors.append(f"{rid}: empty head or note")
        if not TOPIC.search(row["head"]):
            errors.append(f"{rid}: head does not talk about ambassadors")
        per_org[(org, row["level"])] += 1
        langs[row["lang"]] += 1
    if len(rows) != 150:
        errors.append(f"expected 150 cases, got {len(rows)}")
    for org in ORGS:
        for level, want in PER_ORG.items():
            got = per_org[(org, level)]
            if got != want:
                errors.append(f"{org}/{level}: expected {want}, got {got}")
    share_fr = langs["fr"] / max(len(rows), 1)
    if not 0.6 <= share_fr <= 0.8:
        errors.append(f"French share {share_fr:.2f} outside 0.60-0.80")
    for err in errors:
        print("ERROR", err)
    print(f"{len(rows)} cases, fr={langs['fr']} en={langs['en']}, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
