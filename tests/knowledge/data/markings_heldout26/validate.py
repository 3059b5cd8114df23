#!/usr/bin/env python3
"""Checks cases.jsonl and README.md of markings_heldout26; prints OK."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 47) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data "
         "sets. Do not tune anything on it.")
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
AMB = re.compile(r"ambassad|tourneur|cercle des potiers|gardien|donjon|poisson|récif|"
                 r"salle des profs|club margelle|pathfinder|ramp crew", re.I)


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    rows = []
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                fail(f"line {i}: {e}")
            if set(r) != {"id", "head", "level", "lang", "note"}:
                fail(f"line {i}: fields {sorted(r)}")
            if not re.fullmatch(r"[A-Z]{2,5}-\d\d", r["id"]):
                fail(f"line {i}: id {r['id']}")
            if r["level"] not in LEVELS:
                fail(f"{r['id']}: level {r['level']}")
            if r["lang"] not in ("fr", "en"):
                fail(f"{r['id']}: lang {r['lang']}")
            lines = r["head"].split("\n")
            if not 1 <= len(lines) <= 4 or any(not l.strip() for l in lines):
                fail(f"{r['id']}: head must have 1-4 non-empty lines")
            if not r["note"].strip():
                fail(f"{r['id']}: empty note")
            if not AMB.search(r["head"]):
                fail(f"{r['id']}: head does not mention the ambassadors")
            rows.append(r)
    if len(rows) != 150:
        fail(f"{len(rows)} cases, expected 150")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    heads = [r["head"] for r in rows]
    if len(set(heads)) != len(heads):
        fail("duplicate heads")
    by_org = collections.defaultdict(list)
    for r in rows:
        by_org[r["id"].split("-")[0]].append(r)
    if len(by_org) != 5:
        fail(f"{len(by_org)} organisations, expected 5")
    for pfx, rs in by_org.items():
        c = collections.Counter(r["level"] for r in rs)
        if dict(c) != LEVELS:
            fail(f"{pfx}: level counts {dict(c)}")
    fr = sum(r["lang"] == "fr" for r in rows) / len(rows)
    if not 0.72 <= fr <= 0.88:
        fail(f"French share {fr:.2f}")
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read().split("\n")
    if readme[0] != FIRST or readme[1] != "" or not readme[2].startswith("# markings_heldout26"):
        fail("README header")
    hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
    if hdr not in readme:
        fail("README table header")
    for pfx in by_org:
        if not any(l.startswith(f"| {pfx} |") for l in readme):
            fail(f"README row for {pfx}")
    if not any(l.startswith("## Leadership") or l.startswith("Leadership") for l in readme):
        fail("README leadership list")
    print(f"cases={len(rows)} orgs={len(by_org)} fr={fr:.2f}")
    print("OK")


if __name__ == "__main__":
    main()
