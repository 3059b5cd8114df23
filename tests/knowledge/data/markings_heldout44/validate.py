"""Check every rule of the markings format for markings_heldout44; print OK when all hold."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "markings_heldout44"
PREFIXES = ["ERB", "CHO", "SKI", "LUX", "CAR"]
PER_LEVEL = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 56) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data "
         "sets. Do not tune anything on it.")
errors = []


def err(msg):
    errors.append(msg)


# cases.jsonl
rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err(f"cases.jsonl line {n}: bad JSON ({e})")
            continue
        if not isinstance(obj, dict) or set(obj) != {"id", "head", "level", "lang", "note"}:
            err(f"cases.jsonl line {n}: keys must be id, head, level, lang, note")
            continue
        if not all(isinstance(obj[k], str) for k in obj):
            err(f"line {n}: every value must be a string")
            continue
        rows.append(obj)

ids = [r["id"] for r in rows]
for i, c in collections.Counter(ids).items():
    if c > 1:
        err(f"duplicate id {i}")
heads = collections.Counter(r["head"] for r in rows)
for h, c in heads.items():
    if c > 1:
        err(f"duplicate head: {h[:40]!r}")
for r in rows:
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", r["id"])
    if not m or m.group(1) not in PREFIXES:
        err(f"bad id {r['id']}")
    if r["level"] not in PER_LEVEL:
        err(f"{r['id']}: bad level {r['level']}")
    if r["lang"] not in ("fr", "en"):
        err(f"{r['id']}: bad lang {r['lang']}")
    nlines = len(r["head"].split("\n"))
    if not 2 <= nlines <= 10:
        err(f"{r['id']}: head has {nlines} lines (2-10)")
    if not r["head"].strip() or not r["note"].strip():
        err(f"{r['id']}: empty head or note")

if len(rows) != 150:
    err(f"{len(rows)} cases, expected 150")
per = collections.Counter((r["id"][:3], r["level"]) for r in rows)
for p in PREFIXES:
    nums = sorted(int(r["id"][4:]) for r in rows if r["id"][:3] == p)
    if nums != list(range(1, 31)):
        err(f"{p}: ids must be {p}-01..{p}-30")
    for lv, want in PER_LEVEL.items():
        if per[(p, lv)] != want:
            err(f"{p}: {per[(p, lv)]} {lv}, expected {want}")
langs = collections.Counter(r["lang"] for r in rows)
if not (95 <= langs["fr"] <= 105 and langs["fr"] + langs["en"] == 150):
    err(f"languages fr={langs['fr']} en={langs['en']}, expected about 100/50")

# names.json
try:
    with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
        names = json.load(f)
except (OSError, ValueError) as e:
    err(f"names.json: {e}")
    names = {}
if not isinstance(names, dict) or set(names) != {"ambassadors", "clients"}:
    err("names.json must have exactly the keys ambassadors, clients")
else:
    for k in ("ambassadors", "clients"):
        v = names[k]
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            err(f"names.json {k}: must be a non-empty list of strings")
        elif len(set(v)) != len(v):
            err(f"names.json {k}: duplicates")
    amb = set(names.get("ambassadors", []))
    for w in ("ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors",
              "Gardiens", "Cacaophiles", "Chamois", "Mitrons", "Griots"):
        if w not in amb:
            err(f"names.json ambassadors lacks {w}")

# README
try:
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read().split("\n")
except OSError as e:
    err(f"README.md: {e}")
    readme = [""] * 4
if readme[0] != LINE1:
    err("README line 1 differs")
if len(readme) < 4 or readme[1] != ">" or readme[2] != "":
    err("README lines 2-3 must be '>' and empty")
if len(readme) < 4 or not readme[3].startswith(f"# {SET}: "):
    err("README line 4 must be '# markings_heldout44: ...'")
text = "\n".join(readme)
for needle in ("**Flavour.**",
               "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
               "## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if needle not in text:
        err(f"README lacks {needle!r}")
for p in PREFIXES:
    if not re.search(rf"^\| {p} \|", text, re.M):
        err(f"README table lacks {p}")
    if f"- **{p}**" not in text:
        err(f"README leadership lacks {p}")

# generator is deterministic and matches the files
for fn in ("gen.py", "validate.py"):
    if not os.path.exists(os.path.join(HERE, fn)):
        err(f"missing {fn}")

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
