#!/usr/bin/env python3
"""Check markings_heldout45 against the markings format; print exactly OK on success."""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 57) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
LEVELS = {"public", "internal", "confidential", "none"}
PER_CLIENT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []


def err(msg):
    errors.append(msg)


def main():
    # cases
    path = os.path.join(HERE, "cases.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"cases.jsonl line {n}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"cases.jsonl line {n}: bad JSON ({e})")
    if len(rows) != 150:
        err(f"expected 150 cases, got {len(rows)}")
    ids = set()
    by_prefix = collections.defaultdict(list)
    langs = collections.Counter()
    heads = set()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != {"id", "head", "level", "lang", "note"}:
            err(f"{rid}: keys {sorted(r)}")
        m = re.fullmatch(r"([A-Z]{3})-(\d{2})", str(rid))
        if not m:
            err(f"{rid}: bad id")
            continue
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        by_prefix[m.group(1)].append(r)
        if r.get("level") not in LEVELS:
            err(f"{rid}: bad level {r.get('level')!r}")
        if r.get("lang") not in {"fr", "en"}:
            err(f"{rid}: bad lang {r.get('lang')!r}")
        langs[r.get("lang")] += 1
        head = r.get("head")
        if not isinstance(head, str) or not head.strip():
            err(f"{rid}: empty head")
        else:
            nlines = len([x for x in head.split("\n") if x.strip()])
            if not 2 <= nlines <= 8:
                err(f"{rid}: head has {nlines} lines (2-8)")
            if head in heads:
                err(f"{rid}: duplicate head")
            heads.add(head)
        if not isinstance(r.get("note"), str) or not r["note"].strip():
            err(f"{rid}: empty note")
    if len(by_prefix) != 5:
        err(f"expected 5 client prefixes, got {sorted(by_prefix)}")
    for prefix, rs in sorted(by_prefix.items()):
        nums = sorted(int(r["id"][4:]) for r in rs)
        if nums != list(range(1, 31)):
            err(f"{prefix}: ids are not 01..30")
        c = collections.Counter(r.get("level") for r in rs)
        if dict(c) != PER_CLIENT:
            err(f"{prefix}: level counts {dict(c)} != {PER_CLIENT}")
    if not (90 <= langs["fr"] <= 110 and 40 <= langs["en"] <= 60):
        err(f"language split fr={langs['fr']} en={langs['en']} (about 100/50 expected)")

    # names
    try:
        with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
            names = json.load(f)
        if set(names) != {"ambassadors", "clients"}:
            err(f"names.json keys {sorted(names)}")
        for k in ("ambassadors", "clients"):
            v = names.get(k)
            if not isinstance(v, list) or not v or not all(isinstance(x, str) and x for x in v):
                err(f"names.json: {k} must be a non-empty list of strings")
        for g in ("ambassadeur", "ambassadeurs", "ambassadrice", "ambassador", "ambassadors",
                  "Ambassadeurs", "Ambassadors"):
            if g not in names.get("ambassadors", []):
                err(f"names.json: generic word {g!r} missing")
    except (OSError, json.JSONDecodeError) as e:
        err(f"names.json: {e}")

    # README
    try:
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[0] != LINE1:
            err("README line 1 is not the held-out header")
        if len(lines) < 3 or lines[1] != ">" or lines[2] != "":
            err("README lines 2-3 must be '>' and empty")
        text = "\n".join(lines)
        if len(lines) < 4 or not lines[3].startswith("# markings_heldout45: "):
            err("README line 4 must be the title '# markings_heldout45: ...'")
        if "**Flavour.**" not in text:
            err("README: missing **Flavour.** paragraph")
        if ("| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) "
                "| Subgroups (→ internal) |") not in text:
            err("README: missing client table header")
        for prefix in by_prefix:
            if not re.search(r"^\| " + prefix + r" \|", text, re.M):
                err(f"README: no table row for {prefix}")
        for sec in ("## Leadership", "## Notes on labels"):
            if not re.search("^" + re.escape(sec) + r"\s*$", text, re.M):
                err(f"README: missing section {sec}")
    except OSError as e:
        err(f"README.md: {e}")

    # gen.py reproduces the files
    try:
        spec = importlib.util.spec_from_file_location("gen45", os.path.join(HERE, "gen.py"))
        gen = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gen)
        if gen.build() != rows:
            err("cases.jsonl differs from what gen.py builds (run python3 gen.py)")
        if gen.NAMES != names:
            err("names.json differs from gen.py")
    except Exception as e:  # noqa: BLE001
        err(f"gen.py: {e}")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
