#!/usr/bin/env python3
"""Check markings_heldout39 against the markings format. Prints exactly OK on success."""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.basename(HERE)
LEVELS = ("public", "internal", "confidential", "none")
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 54) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
TABLE_HEAD = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"

errors = []


def err(msg):
    errors.append(msg)


# ---- cases.jsonl
rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.endswith("\n"):
            err("line %d: no final newline" % i)
        try:
            r = json.loads(line)
        except ValueError as e:
            err("line %d: bad JSON (%s)" % (i, e))
            continue
        rows.append(r)

if len(rows) != 150:
    err("expected 150 lines, got %d" % len(rows))

ids, heads = set(), set()
by_org = {}
langs = {"fr": 0, "en": 0}
for r in rows:
    rid = r.get("id", "?")
    if set(r) != {"id", "head", "level", "lang", "note"}:
        err("%s: keys %s" % (rid, sorted(r)))
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", rid)
    if not m:
        err("%s: bad id" % rid)
        continue
    if any(w in rid.lower() for w in ("pub", "int", "conf", "non")):
        err("%s: id may reveal the level" % rid)
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    if r["level"] not in LEVELS:
        err("%s: bad level %r" % (rid, r["level"]))
    if r["lang"] not in langs:
        err("%s: bad lang %r" % (rid, r["lang"]))
    else:
        langs[r["lang"]] += 1
    head = r["head"]
    if not isinstance(head, str) or not head.strip():
        err("%s: empty head" % rid)
        continue
    n = len(head.split("\n"))
    if not 1 <= n <= 8:
        err("%s: head has %d lines" % (rid, n))
    if head in heads:
        err("%s: duplicate head" % rid)
    heads.add(head)
    note = r["note"]
    if not isinstance(note, str) or not note.strip() or "\n" in note or len(note) > 120:
        err("%s: note must be one short line" % rid)
    by_org.setdefault(m.group(1), []).append(r)

if len(by_org) != 5:
    err("expected 5 organisations, got %d" % len(by_org))
en_first = 0
for org, items in sorted(by_org.items()):
    if len(items) != 30:
        err("%s: %d items" % (org, len(items)))
    for lv, want in PER_ORG.items():
        got = sum(1 for r in items if r["level"] == lv)
        if got != want:
            err("%s: %d %s, want %d" % (org, got, lv, want))
    nums = sorted(int(r["id"][-2:]) for r in items)
    if nums != list(range(1, len(items) + 1)):
        err("%s: ids not numbered 01..%02d" % (org, len(items)))
    if sum(1 for r in items if r["lang"] == "en") > len(items) / 2:
        en_first += 1
if en_first != 1:
    err("expected exactly one English-first organisation, got %d" % en_first)
if not (95 <= langs["fr"] <= 105 and 45 <= langs["en"] <= 55):
    err("language mix fr=%d en=%d (want about 100/50)" % (langs["fr"], langs["en"]))

# ---- names.json
try:
    with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
        names = json.load(f)
    if set(names) != {"ambassadors", "clients"}:
        err("names.json keys %s" % sorted(names))
    for k in ("ambassadors", "clients"):
        v = names.get(k)
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            err("names.json %s must be a non-empty list of strings" % k)
except (OSError, ValueError) as e:
    err("names.json: %s" % e)
    names = {"ambassadors": [], "clients": []}

# ---- README.md
with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    readme = f.read().split("\n")
if len(readme) < 4 or readme[0] != LINE1 or readme[1] != ">" or readme[2] != "":
    err("README: the first three lines are not the required ones")
elif not readme[3].startswith("# %s: " % SET) or len(readme[3]) <= len("# %s: " % SET):
    err("README: line 4 must be '# %s: <description>'" % SET)
if TABLE_HEAD not in readme:
    err("README: table header missing")
else:
    t = readme.index(TABLE_HEAD)
    body = []
    for line in readme[t + 2:]:
        if not line.startswith("|"):
            break
        body.append(line)
    if not re.fullmatch(r"\|(\s*-+\s*\|){5}", readme[t + 1].replace(":", "")):
        err("README: table separator line")
    prefixes = [c.split("|")[1].strip() for c in body]
    if sorted(prefixes) != sorted(by_org):
        err("README: table prefixes %s vs data %s" % (prefixes, sorted(by_org)))
    for line in body:
        if len(line.strip().strip("|").split("|")) != 5:
            err("README: table row needs 5 cells: %s" % line[:40])
    text = "\n".join(readme)
    for a in names.get("ambassadors", []):
        if a not in text:
            err("README: ambassador name %r not explained" % a)
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in readme:
        err("README: section %r missing" % sec)

# ---- gen.py is deterministic and matches the files
with tempfile.TemporaryDirectory() as d1, tempfile.TemporaryDirectory() as d2:
    for d in (d1, d2):
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), d], check=True)
    for fn in ("cases.jsonl", "names.json"):
        with open(os.path.join(d1, fn), "rb") as a, open(os.path.join(d2, fn), "rb") as b, \
                open(os.path.join(HERE, fn), "rb") as c:
            x, y, z = a.read(), b.read(), c.read()
        if x != y:
            err("gen.py is not deterministic for %s" % fn)
        if x != z:
            err("%s differs from gen.py output" % fn)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
