#!/usr/bin/env python3
"""Checks synthesis_heldout32 against the format rules and gen.py reproducibility. Prints OK."""
import json, os, re, subprocess, sys, tempfile, filecmp, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"BBY1": ("fr", 12, 2), "BBY2": ("en", 24, 3), "BBY3": ("mixed", 38, 5)}
KIND_Q = {"need": "q1", "brake": "q2", "preference": "q3", "convergence": "q4"}
errs = []
def err(m): errs.append(m)

def part(aid): return aid.split("-")[1]
def qn(aid): return aid.split("-")[2]

for code, (lang, n, nmin) in CODES.items():
    rows = [json.loads(l) for l in open(os.path.join(HERE, code + ".answers.jsonl"), encoding="utf-8")]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids): err(code + ": duplicate ids")
    order = []
    for r in rows:
        if set(r) != {"id", "participant", "question", "answer"}: err(code + ": bad keys " + r["id"])
        m = re.fullmatch(r"(BBY\d)-(P\d\d)-(q[1-5])", r["id"])
        if not m or m.group(1) != code or m.group(2) != r["participant"]: err(code + ": bad id " + r["id"])
        if not r["answer"].strip(): err(code + ": empty answer " + r["id"])
        order.append((r["participant"], r["question"] and r["id"][-2:]))
    if order != sorted(order): err(code + ": not ordered by participant then question")
    parts = {r["participant"] for r in rows}
    if parts != {"P%02d" % i for i in range(1, n + 1)}: err(code + ": participants %d != %d" % (len(parts), n))
    qtext = {}
    for r in rows: qtext.setdefault(qn(r["id"]), set()).add(r["question"])
    if any(len(v) != 1 for v in qtext.values()) or len(qtext) != 5: err(code + ": question texts inconsistent")
    objs = open(os.path.join(HERE, code + ".objectives.txt"), encoding="utf-8").read().splitlines()
    if len(objs) != 5 or any(not o.strip() for o in objs): err(code + ": objectives must be 5 lines")
    t = json.load(open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8"))
    for k in ["session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"]:
        if k not in t: err(code + ": truth missing " + k)
    if t["session"] != code or t["lang"] != lang: err(code + ": session/lang")
    labelled = []
    keys = set()
    for th in t["themes"]:
        keys.add(th["key"])
        if th["kind"] not in KIND_Q: err(code + ": bad kind " + th["key"])
        if len({part(a) for a in th["answer_ids"]}) < 3: err(code + ": theme < 3 participants " + th["key"])
        if any(qn(a) != KIND_Q[th["kind"]] for a in th["answer_ids"]): err(code + ": theme on wrong question " + th["key"])
        labelled += th["answer_ids"]
    if len(t["oppositions"]) != 1: err(code + ": need exactly one opposition")
    for o in t["oppositions"]:
        if len(o["sides"]) != 2: err(code + ": opposition needs 2 sides")
        for s in o["sides"]:
            if any(qn(a) != "q5" for a in s["answer_ids"]): err(code + ": opposition off q5")
            if len({part(a) for a in s["answer_ids"]}) < 3: err(code + ": thin side")
            labelled += s["answer_ids"]
    if len(t["minorities"]) != nmin: err(code + ": minorities %d != %d" % (len(t["minorities"]), nmin))
    for m in t["minorities"]:
        if len({part(a) for a in m["answer_ids"]}) != 2: err(code + ": minority not exactly 2 " + m["key"])
        if any(qn(a) not in ("q1", "q2", "q3", "q4") for a in m["answer_ids"]): err(code + ": minority on q5")
        labelled += m["answer_ids"]
    labelled += t["noise_answer_ids"]
    if sorted(labelled) != sorted(ids): err(code + ": every answer must be labelled exactly once (%d labels, %d answers)" % (len(labelled), len(ids)))
    if list(t["objective_support"]) != objs: err(code + ": objective_support keys != objectives.txt")
    for o, ks in t["objective_support"].items():
        if any(k not in keys for k in ks): err(code + ": unknown theme in support")
    uo = [o for o, ks in t["objective_support"].items() if not ks]
    if t["unsupported_objectives"] != uo or not uo: err(code + ": unsupported_objectives")
    needs = [th["key"] for th in t["themes"] if th["kind"] == "need"]
    served = {k for ks in t["objective_support"].values() for k in ks}
    un = [k for k in needs if k not in served]
    if t["unserved_needs"] != un or not un: err(code + ": unserved_needs")

lines = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
exp = ("> **Held-out set: measure only.** Written blind on %s (stop 59) from DOMAIN.md, the issue and the format only, "
       "without reading the project's code, tests or other data sets. Do not tune anything on it.")
if not re.fullmatch(re.escape(exp % "X").replace("X", r"\d{4}-\d\d-\d\d"), lines[0]): err("README line 1")
if lines[1] != ">" or lines[2] != "": err("README lines 2-3")
if not lines[3].startswith("# synthesis_heldout32 — "): err("README title")
body = "\n".join(lines)
for s in ["| code | language | participants | answers |", "**Client.**", "**Flavour.**", "**Labels.**", "**Files.**"]:
    if s not in body: err("README missing " + s)

with tempfile.TemporaryDirectory() as d:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), d], check=True)
    for f in sorted(os.listdir(d)):
        if not filecmp.cmp(os.path.join(d, f), os.path.join(HERE, f), shallow=False): err("gen.py does not reproduce " + f)
    for f in os.listdir(HERE):
        if f.startswith("BBY") and f not in os.listdir(d): err("stray file " + f)

if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
