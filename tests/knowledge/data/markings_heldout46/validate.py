#!/usr/bin/env python3
"""Check markings_heldout46 against the markings format. Prints exactly OK on success."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 57) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
LEVELS = {"public", "internal", "confidential", "none"}
PER_CLIENT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
TABLE_HEADER = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"

errors = []


def err(msg):
    errors.append(msg)


def main():
    for fn in ("gen.py", "validate.py", "README.md", "cases.jsonl", "names.json"):
        if not os.path.isfile(os.path.join(HERE, fn)):
            err("missing file: %s" % fn)
    if errors:
        return

    # cases
    cases = []
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err("cases.jsonl line %d is empty" % i)
                continue
            try:
                cases.append(json.loads(line))
            except ValueError as e:
                err("cases.jsonl line %d: bad JSON (%s)" % (i, e))
    if len(cases) != 150:
        err("expected 150 cases, got %d" % len(cases))

    ids = set()
    by_prefix = defaultdict(list)
    langs = Counter()
    heads = Counter()
    for c in cases:
        keys = set(c)
        if keys != {"id", "head", "level", "lang", "note"}:
            err("%s: keys %s" % (c.get("id"), sorted(keys)))
            continue
        cid = c["id"]
        m = re.fullmatch(r"([A-Z]{3})-(\d\d)", cid)
        if not m:
            err("bad id %r" % cid)
            continue
        if cid in ids:
            err("duplicate id %s" % cid)
        ids.add(cid)
        by_prefix[m.group(1)].append((int(m.group(2)), c))
        if c["level"] not in LEVELS:
            err("%s: bad level %r" % (cid, c["level"]))
        if c["lang"] not in ("fr", "en"):
            err("%s: bad lang %r" % (cid, c["lang"]))
        langs[c["lang"]] += 1
        if not isinstance(c["note"], str) or not c["note"].strip():
            err("%s: empty note" % cid)
        head = c["head"]
        if not isinstance(head, str) or not head.strip():
            err("%s: empty head" % cid)
            continue
        nlines = len(head.split("\n"))
        if not 2 <= nlines <= 8:
            err("%s: head has %d lines (2-8)" % (cid, nlines))
        if head != head.strip():
            err("%s: head has leading/trailing whitespace" % cid)
        heads[head] += 1
    for h, k in heads.items():
        if k > 1:
            err("duplicate head: %r" % h[:60])

    if len(by_prefix) != 5:
        err("expected 5 client prefixes, got %d (%s)" % (len(by_prefix), sorted(by_prefix)))
    for prefix, rows in by_prefix.items():
        nums = sorted(n for n, _ in rows)
        if nums != list(range(1, 31)):
            err("%s: ids are not 01..30" % prefix)
        cnt = Counter(c["level"] for _, c in rows)
        for lvl, want in PER_CLIENT.items():
            if cnt[lvl] != want:
                err("%s: %d %s, expected %d" % (prefix, cnt[lvl], lvl, want))
    if not (95 <= langs["fr"] <= 105 and 45 <= langs["en"] <= 55):
        err("language mix fr=%d en=%d, expected about 100/50" % (langs["fr"], langs["en"]))

    # names.json
    try:
        with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
            names = json.load(f)
    except ValueError as e:
        err("names.json: bad JSON (%s)" % e)
        names = {}
    if set(names) != {"ambassadors", "clients"}:
        err("names.json keys must be ambassadors and clients, got %s" % sorted(names))
    for k in ("ambassadors", "clients"):
        v = names.get(k)
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            err("names.json %s must be a non-empty list of strings" % k)
        elif len(set(v)) != len(v):
            err("names.json %s has duplicates" % k)
    amb = names.get("ambassadors") or []
    for w in ("ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors"):
        if w not in amb:
            err("names.json ambassadors lacks generic word %r" % w)

    # README
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if len(lines) < 5:
        err("README too short")
        return
    if lines[0] != LINE1:
        err("README line 1 is not the held-out header")
    if lines[1] != ">":
        err("README line 2 must be exactly '>'")
    if lines[2] != "":
        err("README line 3 must be empty")
    if not lines[3].startswith("# markings_heldout46: "):
        err("README line 4 must be the title '# markings_heldout46: ...'")
    text = "\n".join(lines)
    if "**Flavour.**" not in text:
        err("README lacks the **Flavour.** paragraph")
    if TABLE_HEADER not in lines:
        err("README lacks the client table header")
    for sec in ("## Leadership", "## Notes on labels"):
        if sec not in lines:
            err("README lacks section %s" % sec)
    for prefix in by_prefix:
        if not any(l.startswith("| %s |" % prefix) for l in lines):
            err("README table lacks a row for %s" % prefix)
        if ("**%s " % prefix) not in text:
            err("README Leadership lacks %s" % prefix)


if __name__ == "__main__":
    main()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    print("OK")
