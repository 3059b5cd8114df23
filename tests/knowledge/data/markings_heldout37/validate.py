#!/usr/bin/env python3
"""Checks every rule of the markings format for this set; prints OK or fails."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 53) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
LEVELS = {"public", "internal", "confidential", "none"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []


def err(msg):
    errors.append(msg)


cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        obj = json.loads(line)
        cases.append(obj)
        if set(obj) != {"id", "head", "level", "lang", "note"}:
            err(f"line {n}: keys {sorted(obj)}")
            continue
        if not re.fullmatch(r"[A-Z]{3}-(0[1-9]|[12][0-9]|30)", obj["id"]):
            err(f"{obj['id']}: bad id")
        if obj["level"] not in LEVELS:
            err(f"{obj['id']}: bad level")
        if obj["lang"] not in ("fr", "en"):
            err(f"{obj['id']}: bad lang")
        head = obj["head"]
        if not isinstance(head, str) or not head.strip():
            err(f"{obj['id']}: empty head")
        elif not 1 <= len(head.split("\n")) <= 6:
            err(f"{obj['id']}: head has {len(head.splitlines())} lines")
        if head != head.strip():
            err(f"{obj['id']}: head has leading/trailing whitespace")
        note = obj["note"]
        if not isinstance(note, str) or not note.strip() or "\n" in note:
            err(f"{obj['id']}: note must be one non-empty line")

if len(cases) != 150:
    err(f"{len(cases)} cases, expected 150")
ids = [c["id"] for c in cases]
if len(set(ids)) != len(ids):
    err("duplicate ids")
orgs = defaultdict(list)
for c in cases:
    orgs[c["id"][:3]].append(c)
if len(orgs) != 5:
    err(f"{len(orgs)} prefixes, expected 5")
en_first = 0
for p, cs in orgs.items():
    if sorted(c["id"] for c in cs) != [f"{p}-{i:02d}" for i in range(1, 31)]:
        err(f"{p}: ids are not {p}-01..{p}-30")
    lv = Counter(c["level"] for c in cs)
    if dict(lv) != PER_ORG:
        err(f"{p}: level counts {dict(lv)}")
    lg = Counter(c["lang"] for c in cs)
    if lg["en"] == 30:
        en_first += 1
    elif not (lg["fr"] == 25 and lg["en"] == 5):
        err(f"{p}: lang counts {dict(lg)}")
if en_first != 1:
    err(f"{en_first} English-first organisations, expected 1")
lang_tot = Counter(c["lang"] for c in cases)
if lang_tot["fr"] != 100 or lang_tot["en"] != 50:
    err(f"language totals {dict(lang_tot)}")

names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
if set(names) != {"ambassadors", "clients"}:
    err("names.json keys")
for k in ("ambassadors", "clients"):
    v = names.get(k)
    if not isinstance(v, list) or not v or not all(isinstance(s, str) and s.strip() for s in v):
        err(f"names.json {k} must be a non-empty list of strings")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != LINE1:
    err("README line 1")
if readme[1] != ">":
    err("README line 2")
if readme[2] != "":
    err("README line 3")
if not readme[3].startswith("# markings_heldout37: "):
    err("README title")
text = "\n".join(readme)
if "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |" not in text:
    err("README table header")
for p in orgs:
    if not re.search(rf"^\| {p} \|", text, re.M):
        err(f"README table row for {p}")
    if f"**{p}**" not in text.split("## Leadership (→ confidential when marked confidential)")[-1].split("## Notes on labels")[0]:
        err(f"README leadership for {p}")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in readme:
        err(f"README section {sec}")
notes = text.split("## Notes on labels")[-1]
bylevel = {c["id"]: c["level"] for c in cases}
for m in set(re.findall(r"\b[A-Z]{3}-\d\d\b", notes)):
    if m not in bylevel:
        err(f"README notes mention unknown id {m}")
# every none and every confidential case is explained in the notes
for c in cases:
    if c["level"] in ("none", "confidential") and c["id"] not in notes:
        err(f"README notes do not explain {c['id']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
