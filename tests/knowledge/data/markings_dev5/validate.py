"""Check markings_dev5 against the markings format; print exactly OK when all rules hold."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = ["BRP", "FVL", "TQV", "VRD", "AML"]
PER_LEVEL = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 56) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets; "
         "it may be read and tuned on).")
errors = []


def err(msg):
    errors.append(msg)


cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            c = json.loads(line)
        except ValueError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        if not isinstance(c, dict) or set(c) != {"id", "head", "level", "lang", "note"}:
            err(f"line {n}: keys must be id, head, level, lang, note")
            continue
        if not all(isinstance(c[k], str) for k in c):
            err(f"line {n}: all values must be strings")
            continue
        cases.append(c)

ids = [c["id"] for c in cases]
if len(ids) != len(set(ids)):
    err("duplicate ids")
if len(cases) != 150:
    err(f"{len(cases)} cases, expected 150")

per_client = collections.defaultdict(collections.Counter)
langs = collections.Counter()
client_langs = collections.defaultdict(collections.Counter)
heads = set()
for c in cases:
    m = re.fullmatch(r"([A-Z]{3})-(\d\d)", c["id"])
    if not m or m.group(1) not in PREFIXES or not 1 <= int(m.group(2)) <= 30:
        err(f"{c['id']}: bad id")
        continue
    p = m.group(1)
    if c["level"] not in PER_LEVEL:
        err(f"{c['id']}: bad level {c['level']!r}")
    if c["lang"] not in ("fr", "en"):
        err(f"{c['id']}: bad lang {c['lang']!r}")
    per_client[p][c["level"]] += 1
    langs[c["lang"]] += 1
    client_langs[p][c["lang"]] += 1
    lines = [l for l in c["head"].split("\n")]
    if not 2 <= len(lines) <= 10 or any(not l.strip() for l in lines):
        err(f"{c['id']}: head must be 2-10 non-empty lines")
    if not c["note"].strip():
        err(f"{c['id']}: empty note")
    if c["head"] in heads:
        err(f"{c['id']}: duplicate head")
    heads.add(c["head"])

for p in PREFIXES:
    if dict(per_client[p]) != PER_LEVEL:
        err(f"{p}: levels {dict(per_client[p])}, expected {PER_LEVEL}")
    if client_langs[p] != collections.Counter({"fr": 20, "en": 10}):
        err(f"{p}: languages {dict(client_langs[p])}, expected fr 20 / en 10")
if langs["fr"] != 100 or langs["en"] != 50:
    err(f"languages {dict(langs)}, expected about 100 fr / 50 en")

try:
    with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
        names = json.load(f)
    if set(names) != {"ambassadors", "clients"}:
        err("names.json: keys must be ambassadors, clients")
    else:
        for k in names:
            if not names[k] or not all(isinstance(x, str) and x for x in names[k]):
                err(f"names.json: {k} must be a non-empty list of strings")
        for w in ("ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices",
                  "ambassador", "ambassadors"):
            if w not in names["ambassadors"]:
                err(f"names.json: missing {w}")
except (OSError, ValueError) as e:
    err(f"names.json: {e}")

try:
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        rl = f.read().split("\n")
    if len(rl) < 4 or rl[0] != LINE1 or rl[1] != ">" or rl[2] != "":
        err("README: header lines 1-3 are wrong")
    elif not rl[3].startswith("# markings_dev5: "):
        err("README: line 4 must be '# markings_dev5: ...'")
    text = "\n".join(rl)
    for needed in ("**Flavour.**",
                   "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
                   "## Leadership (→ confidential when marked confidential)",
                   "## Notes on labels"):
        if needed not in text:
            err(f"README: missing {needed!r}")
    for p in PREFIXES:
        if f"| {p} |" not in text:
            err(f"README: table row for {p} missing")
except OSError as e:
    err(f"README: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
