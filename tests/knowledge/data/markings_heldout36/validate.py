#!/usr/bin/env python3
"""Check the markings set; print exactly OK when everything holds."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
FIRST_LINE = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 52) from DOMAIN.md, "
              "the issue and the format only, without reading the project's code, tests or other data "
              "sets. Do not tune anything on it.")
errors = []


def err(msg):
    errors.append(msg)


cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"blank line {n}")
            continue
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: {e}")

if len(cases) != 150:
    err(f"expected 150 cases, got {len(cases)}")
ids = [c.get("id") for c in cases]
if len(set(ids)) != len(ids):
    err("duplicate ids")

by_org = {}
for c in cases:
    if set(c) != {"id", "head", "level", "lang", "note"}:
        err(f"{c.get('id')}: fields {sorted(c)}")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", c["id"])
    if not m:
        err(f"bad id {c['id']}")
        continue
    if c["level"] not in LEVELS:
        err(f"{c['id']}: level {c['level']}")
    if c["lang"] not in {"fr", "en"}:
        err(f"{c['id']}: lang {c['lang']}")
    if not isinstance(c["head"], str) or not c["head"].strip():
        err(f"{c['id']}: empty head")
    else:
        nl = len(c["head"].split("\n"))
        if not 1 <= nl <= 6:
            err(f"{c['id']}: head has {nl} lines")
        if any(not ln.strip() for ln in c["head"].split("\n")):
            err(f"{c['id']}: empty line inside head")
    if not c["note"].strip():
        err(f"{c['id']}: empty note")
    by_org.setdefault(m.group(1), []).append(c)

if len(by_org) != 5:
    err(f"expected 5 organisations, got {len(by_org)}")
for p, cs in by_org.items():
    nums = sorted(int(c["id"][4:]) for c in cs)
    if nums != list(range(1, 31)):
        err(f"{p}: ids are not 01..30")
    cnt = Counter(c["level"] for c in cs)
    for lv, k in PER_ORG.items():
        if cnt[lv] != k:
            err(f"{p}: {lv} {cnt[lv]} != {k}")

lang = Counter(c["lang"] for c in cases)
if lang["fr"] != 100 or lang["en"] != 50:
    err(f"lang counts {dict(lang)}")

heads = [c["head"] for c in cases]
if len(set(heads)) != len(heads):
    err("duplicate heads")

with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
    names = json.load(f)
if set(names) != {"ambassadors", "clients"}:
    err("names.json keys")
amb = {x.casefold() for x in names.get("ambassadors", [])}
cli = {x.casefold() for x in names.get("clients", [])}

with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    readme = f.read().split("\n")
if readme[0] != FIRST_LINE:
    err("README line 1")
if len(readme) < 3 or readme[1] != "":
    err("README line 2 not empty")
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in readme:
    err("README table header")
else:
    i = readme.index(hdr) + 2
    rows = 0
    while i < len(readme) and readme[i].startswith("|"):
        cells = [x.strip() for x in readme[i].strip("|").split("|")]
        rows += 1
        if cells[0] not in by_org:
            err(f"README prefix {cells[0]} has no cases")
        client = cells[1].split(" (")[0]
        if client.casefold() not in cli:
            err(f"client {client} not in names.json")
        if cells[2].casefold() not in amb:
            err(f"program {cells[2]} not in names.json")
        for nm in cells[3].split(";"):
            if nm.strip().casefold() not in amb:
                err(f"ambassador name {nm.strip()} not in names.json")
        i += 1
    if rows != 5:
        err(f"README table has {rows} rows")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in readme:
        err(f"README lacks {sec}")
text = "\n".join(readme)
for p in by_org:
    if f"**{p}**" not in text:
        err(f"leadership bullet for {p} missing")
for c in cases:
    if c["id"] not in text:
        err(f"{c['id']} not mentioned in README notes")

if errors:
    for e in errors:
        print(e)
    sys.exit(1)
print("OK")
