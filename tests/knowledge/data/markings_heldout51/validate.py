#!/usr/bin/env python3
"""Check every constraint of the markings format for this set; print OK."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 61) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
AVOID = ["Éclaireurs","Passeurs","Diapasons","Infuseurs","Gardiens","Révélateurs","Vigies","Relayeurs",
         "Crocheteurs","Essaim","Cordée","Équipage","Bouturiers","Échappés","Copilotes","Sèves Vives",
         "Boutonnières","Croustilleurs","Lucioles","Hérons","Iris","Habitués","Flaireurs","Sarments",
         "Voxels","Tourbillons"]

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad JSON {e}"); continue
        if set(r) != {"id", "head", "level", "lang", "note"}:
            err(f"line {n}: keys {sorted(r)}")
        rows.append(r)
if len(rows) != 150: err(f"{len(rows)} lines, want 150")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids): err("duplicate ids")
heads = [r.get("head", "").strip() for r in rows]
if len(set(heads)) != len(heads): err("duplicate heads")
per = defaultdict(list)
for r in rows:
    m = re.fullmatch(r"([A-Z]{3})-(\d{3})", r.get("id", ""))
    if not m: err(f"bad id {r.get('id')}"); continue
    per[m.group(1)].append(r)
    if r.get("level") not in LEVELS: err(f"{r['id']}: level {r.get('level')}")
    if r.get("lang") not in ("fr", "en"): err(f"{r['id']}: lang {r.get('lang')}")
    if not r.get("head", "").strip(): err(f"{r['id']}: empty head")
    note = r.get("note", "").strip()
    if not note or len(note.split()) > 14: err(f"{r['id']}: note missing or too long")
if len(per) != 5: err(f"{len(per)} prefixes, want 5")
for p, rs in per.items():
    if len(rs) != 30: err(f"{p}: {len(rs)} heads, want 30")
    nums = sorted(int(r["id"][4:]) for r in rs)
    if nums != list(range(1, 31)): err(f"{p}: ids not 001..030")
    c = Counter(r["level"] for r in rs)
    for lv, want in LEVELS.items():
        if c[lv] != want: err(f"{p}: {c[lv]} {lv}, want {want}")
langs = Counter(r["lang"] for r in rows)
if not (90 <= langs["fr"] <= 110): err(f"fr={langs['fr']}, want about 100")
if not (40 <= langs["en"] <= 60): err(f"en={langs['en']}, want about 50")

names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
if set(names) != {"ambassadors", "clients"}: err(f"names.json keys {sorted(names)}")
amb, cl = names.get("ambassadors", []), names.get("clients", [])
if not amb or not cl or not all(isinstance(x, str) and x for x in amb + cl): err("names.json lists")
for a in amb:
    if " " in a: err(f"names.json: '{a}' looks like a subgroup")
    if a in AVOID or a.rstrip("s") in [x.rstrip("s") for x in AVOID]: err(f"avoided name {a}")
    if not any(a in h for h in heads): err(f"ambassador name {a} never used")
if len(cl) != 10: err("clients: want 5 companies + 5 programs")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != LINE1: err("README line 1")
if len(readme) < 3 or readme[1] != ">" or readme[2] != "": err("README lines 2-3")
if not any(l.startswith("# ") for l in readme[3:6]): err("README title")
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in readme: err("README table header")
else:
    i = readme.index(hdr)
    tbl = [l for l in readme[i + 2:i + 7] if l.startswith("| ")]
    if len(tbl) != 5 or sorted(l.split("|")[1].strip() for l in tbl) != sorted(per): err("README table rows")
for s in ("## Leadership", "## Notes on labels"):
    if s not in readme: err(f"README section {s}")
if "150" not in "\n".join(readme): err("README count")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
