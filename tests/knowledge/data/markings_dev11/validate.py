#!/usr/bin/env python3
"""Check markings_dev11 against the markings format. Prints OK or the errors."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(m): ERR.append(m)

LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 61) from DOMAIN.md, the issue "
         "and the format only; it may be read and tuned on).")
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
BANNED = ["Éclaireurs", "Passeurs", "Diapasons", "Infuseurs", "Gardiens", "Révélateurs", "Vigies",
          "Relayeurs", "Crocheteurs", "Essaim", "Cordée", "Équipage", "Bouturiers", "Échappés",
          "Copilotes", "Sèves Vives", "Boutonnières", "Croustilleurs", "Lucioles", "Hérons", "Iris",
          "Habitués", "Flaireurs", "Sarments", "Voxels", "Tourbillons"]

cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            d = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad JSON {e}"); continue
        if set(d) != {"id", "head", "level", "lang", "note"}:
            err(f"line {n}: keys {sorted(d)}")
        cases.append(d)
if len(cases) != 150: err(f"{len(cases)} cases, want 150")
ids = [c.get("id") for c in cases]
if len(set(ids)) != len(ids): err("duplicate ids")
heads = [c.get("head", "").strip() for c in cases]
if len(set(heads)) != len(heads): err("duplicate heads")
by_pref = defaultdict(list)
for c in cases:
    m = re.fullmatch(r"([A-Z]{3})-(\d{3})", c.get("id", ""))
    if not m: err(f"bad id {c.get('id')}"); continue
    by_pref[m.group(1)].append(c)
    if c.get("level") not in LEVELS: err(f"{c['id']}: level {c.get('level')}")
    if c.get("lang") not in ("fr", "en"): err(f"{c['id']}: lang {c.get('lang')}")
    if not str(c.get("note", "")).strip(): err(f"{c['id']}: empty note")
    if len(c.get("note", "")) > 120: err(f"{c['id']}: note too long")
    h = c.get("head", "")
    if len(h.strip()) < 40: err(f"{c['id']}: head too short")
    for b in BANNED:
        if re.search(r"\b" + re.escape(b) + r"\b", h): err(f"{c['id']}: banned name {b}")
if len(by_pref) != 5: err(f"{len(by_pref)} prefixes, want 5")
for p, cs in by_pref.items():
    if len(cs) != 30: err(f"{p}: {len(cs)} heads")
    cnt = Counter(c["level"] for c in cs)
    for lv, n in LEVELS.items():
        if cnt[lv] != n: err(f"{p}: {cnt[lv]} {lv}, want {n}")
    nums = sorted(int(c["id"][4:]) for c in cs)
    if nums != list(range(1, 31)): err(f"{p}: ids not 001..030")
lang = Counter(c.get("lang") for c in cases)
if not (95 <= lang["fr"] <= 105 and 45 <= lang["en"] <= 55): err(f"languages {dict(lang)}")
# a public head must not carry restriction words (fail closed)
RESTRICT = re.compile(r"confidenti|interne\b|internal|réservé|reserved|uniquement|only\b|ne pas (diffuser|transmettre)|do not (forward|distribute)", re.I)
for c in cases:
    if c.get("level") == "public":
        h = c["head"]
        # allowed: 'only' never appears in our public heads; check everything
        if RESTRICT.search(h): err(f"{c['id']}: public head has a restriction word: {RESTRICT.search(h).group(0)}")
    if c.get("level") == "confidential" and not re.search(r"confidenti", c["head"], re.I):
        err(f"{c['id']}: confidential head without a confidentiality mark")

# names.json
try:
    nm = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
except Exception as e:
    nm = {}; err(f"names.json: {e}")
if set(nm) != {"ambassadors", "clients"}: err(f"names.json keys {sorted(nm)}")
amb = nm.get("ambassadors", []); cli = nm.get("clients", [])
if not amb or not cli: err("names.json lists empty")
if len(cli) != 10: err(f"names.json: {len(cli)} client/program names, want 10")

# README
rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
lines = rd.split("\n")
if lines[0] != LINE1: err("README line 1 differs")
if len(lines) < 3 or lines[1] != ">" or lines[2] != "": err("README lines 2-3")
if not any(l.startswith("# ") for l in lines[3:6]): err("README title missing")
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in lines: err("README table header missing")
rows = [l for l in lines if re.match(r"\| [A-Z]{3} \|", l)]
if sorted(r.split("|")[1].strip() for r in rows) != sorted(by_pref): err("README table prefixes")
subgroups = []
for r in rows:
    cells = [x.strip() for x in r.strip("|").split("|")]
    for form in [x.strip() for x in cells[3].split(",")]:
        if form not in amb: err(f"names.json lacks ambassador form {form}")
    if cells[2] not in cli: err(f"names.json lacks program {cells[2]}")
    for part in re.split(r";", cells[4]):
        part = part.split(":")[-1]
        subgroups += [x.strip() for x in part.split("/") if x.strip()]
for s in subgroups:
    if s in amb or s in cli: err(f"subgroup {s} in names.json")
for sec in ("## Leadership", "## Notes on labels"):
    if sec not in lines: err(f"README section {sec} missing")
if "150" not in rd: err("README count missing")
for b in BANNED:
    if re.search(r"\b" + re.escape(b) + r"\b", rd + json.dumps(nm, ensure_ascii=False)): err(f"banned name {b} in README/names")

if ERR:
    print("\n".join(ERR)); sys.exit(1)
print("OK")
