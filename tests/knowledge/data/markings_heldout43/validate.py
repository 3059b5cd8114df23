#!/usr/bin/env python3
"""Check every rule of the markings format for this set; print exactly OK when they all hold."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = ["ROU", "COR", "FZA", "FDR", "ACC"]
PER_LEVEL = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 56) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
errors = []


def err(msg):
    errors.append(msg)


# cases.jsonl
rows = []
try:
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"cases.jsonl line {i}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"cases.jsonl line {i}: bad JSON ({e})")
except OSError as e:
    err(f"cases.jsonl: {e}")

ids = Counter()
per_client_level = Counter()
per_client_lang = Counter()
langs = Counter()
for r in rows:
    if not isinstance(r, dict) or set(r) != {"id", "head", "level", "lang", "note"}:
        err(f"bad keys: {r!r:.80}")
        continue
    if not all(isinstance(r[k], str) for k in r):
        err(f"{r.get('id')}: non-string field")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", r["id"])
    if not m or m.group(1) not in PREFIXES:
        err(f"bad id {r['id']}")
        continue
    ids[r["id"]] += 1
    if r["level"] not in PER_LEVEL:
        err(f"{r['id']}: bad level {r['level']}")
    if r["lang"] not in ("fr", "en"):
        err(f"{r['id']}: bad lang {r['lang']}")
    nlines = len(r["head"].split("\n"))
    if not 2 <= nlines <= 10:
        err(f"{r['id']}: head has {nlines} lines (2-10)")
    if r["head"] != r["head"].strip():
        err(f"{r['id']}: head has leading/trailing whitespace")
    if not r["note"].strip():
        err(f"{r['id']}: empty note")
    per_client_level[(m.group(1), r["level"])] += 1
    per_client_lang[(m.group(1), r["lang"])] += 1
    langs[r["lang"]] += 1

for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")
heads = Counter(r.get("head") for r in rows if isinstance(r, dict))
for h, c in heads.items():
    if c > 1:
        err(f"duplicate head: {str(h)[:60]!r}")
if len(rows) != 150:
    err(f"{len(rows)} cases, expected 150")
for p in PREFIXES:
    for lvl, n in PER_LEVEL.items():
        if per_client_level[(p, lvl)] != n:
            err(f"{p}: {per_client_level[(p, lvl)]} {lvl}, expected {n}")
    if per_client_lang[(p, "en")] != 10 or per_client_lang[(p, "fr")] != 20:
        err(f"{p}: fr/en = {per_client_lang[(p, 'fr')]}/{per_client_lang[(p, 'en')]}, expected 20/10")
    expected_ids = {f"{p}-{n:02d}" for n in range(1, 31)}
    if {i for i in ids if i.startswith(p + "-")} != expected_ids:
        err(f"{p}: ids are not {p}-01..{p}-30")
if langs["fr"] != 100 or langs["en"] != 50:
    err(f"languages fr/en = {langs['fr']}/{langs['en']}, expected 100/50")

# names.json
try:
    with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
        names = json.load(f)
    if not isinstance(names, dict) or set(names) != {"ambassadors", "clients"}:
        err("names.json: keys must be ambassadors and clients")
    else:
        for k in ("ambassadors", "clients"):
            v = names[k]
            if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
                err(f"names.json: {k} must be a non-empty list of strings")
            elif len(set(v)) != len(v):
                err(f"names.json: duplicates in {k}")
        amb = set(names.get("ambassadors", []))
        for w in ("ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors"):
            if w not in amb:
                err(f"names.json: ambassadors lacks {w}")
except (OSError, json.JSONDecodeError) as e:
    err(f"names.json: {e}")

# README.md
try:
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if len(lines) < 4 or lines[0] != LINE1 or lines[1] != ">" or lines[2] != "":
        err("README.md: the three header lines are not exact")
    elif not lines[3].startswith("# markings_heldout43: "):
        err("README.md: line 4 must be '# markings_heldout43: ...'")
    text = "\n".join(lines)
    if "**Flavour.**" not in text:
        err("README.md: no Flavour paragraph")
    if "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |" not in text:
        err("README.md: client table header missing")
    for p in PREFIXES:
        if not re.search(r"^\| " + p + r" \|", text, re.M):
            err(f"README.md: no table row for {p}")
    if "## Leadership (→ confidential when marked confidential)" not in text:
        err("README.md: Leadership section missing")
    lead = text.split("## Leadership (→ confidential when marked confidential)", 1)[-1].split("## Notes on labels", 1)[0]
    for p in PREFIXES:
        if not re.search(r"^- \*\*" + p + r":\*\*", lead, re.M):
            err(f"README.md: no leadership bullet for {p}")
    if "## Notes on labels" not in text:
        err("README.md: Notes on labels section missing")
except OSError as e:
    err(f"README.md: {e}")

if errors:
    for e in errors:
        print(e)
    sys.exit(1)
print("OK")
