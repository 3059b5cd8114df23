#!/usr/bin/env python3
"""Checks synthesis_dev17 against the format rules and that gen.py reproduces every file byte for byte."""
import json, os, re, subprocess, sys, tempfile, filecmp

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"RAI1": ("fr", 12, 2), "RAI2": ("en", 24, 3), "RAI3": ("mixed", 38, 5)}
KIND_Q = {"need": 1, "brake": 2, "preference": 3, "convergence": 4}
errs = []
def err(m): errs.append(m)

def pid(a): return a.split("-")[1]
def qn(a): return int(a.rsplit("q", 1)[1])

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if not re.fullmatch(r"> \*\*Development set\*\* \(written blind on \d{4}-\d\d-\d\d \(stop 59\) from DOMAIN\.md, the issue and the format only; it may be read and tuned on\)\.", readme[0]):
    err("README line 1")
if readme[1] != ">" or readme[2] != "": err("README lines 2-3")
if not readme[3].startswith("# synthesis_dev17 — "): err("README title")
body = "\n".join(readme)
for s in ["| code | language | participants | answers |", "**Client.**", "**Flavour.**", "**Labels.**", "**Files.**"]:
    if s not in body: err("README missing " + s)

for code, (lang, n, nmin) in CODES.items():
    ans = [json.loads(l) for l in open(os.path.join(HERE, code + ".answers.jsonl"), encoding="utf-8")]
    ids = [a["id"] for a in ans]
    if len(ids) != len(set(ids)): err(code + " duplicate ids")
    keyorder = [(int(a["participant"][1:]), qn(a["id"])) for a in ans]
    if keyorder != sorted(keyorder): err(code + " order")
    qtexts = {}
    for a in ans:
        if set(a) != {"id", "participant", "question", "answer"}: err(code + " keys " + a["id"])
        if not re.fullmatch(code + r"-P\d\d-q[1-5]", a["id"]) or pid(a["id"]) != a["participant"]: err("bad id " + a["id"])
        if not a["answer"].strip(): err("empty " + a["id"])
        qtexts.setdefault(qn(a["id"]), set()).add(a["question"])
    if any(len(v) != 1 for v in qtexts.values()) or len(qtexts) != 5: err(code + " questions")
    parts = {a["participant"] for a in ans}
    if len(parts) != n: err(code + " participants %d" % len(parts))
    objs = open(os.path.join(HERE, code + ".objectives.txt"), encoding="utf-8").read().split("\n")
    if objs[-1] != "" or len(objs) != 6: err(code + " objectives lines")
    objs = objs[:5]
    t = json.load(open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8"))
    if t["session"] != code or t["lang"] != lang: err(code + " header")
    seen = []
    keys = set()
    for th in t["themes"]:
        keys.add(th["key"])
        if th["kind"] not in KIND_Q: err("kind " + th["key"])
        if len({pid(a) for a in th["answer_ids"]}) < 3: err(code + " theme <3 " + th["key"])
        if any(qn(a) != KIND_Q[th["kind"]] for a in th["answer_ids"]): err(code + " theme question " + th["key"])
        seen += th["answer_ids"]
    if len(t["oppositions"]) != 1 or len(t["oppositions"][0]["sides"]) != 2: err(code + " oppositions")
    for s in t["oppositions"][0]["sides"]:
        if any(qn(a) != 5 for a in s["answer_ids"]) or len({pid(a) for a in s["answer_ids"]}) < 2: err(code + " side")
        seen += s["answer_ids"]
    if len(t["minorities"]) != nmin: err(code + " minority count")
    for m in t["minorities"]:
        if len({pid(a) for a in m["answer_ids"]}) != 2 or len(m["answer_ids"]) != 2: err(code + " minority size " + m["key"])
        if any(qn(a) > 4 for a in m["answer_ids"]): err(code + " minority q5")
        seen += m["answer_ids"]
    seen += t["noise_answer_ids"]
    if sorted(seen) != sorted(ids): err(code + " labelling not exactly once")
    if list(t["objective_support"]) != objs: err(code + " objective_support keys")
    for o, ks in t["objective_support"].items():
        if not set(ks) <= keys: err(code + " unknown theme in support")
    if not t["unsupported_objectives"] or any(t["objective_support"][o] for o in t["unsupported_objectives"]): err(code + " unsupported")
    needs = {th["key"] for th in t["themes"] if th["kind"] == "need"}
    served = {k for v in t["objective_support"].values() for k in v}
    if not t["unserved_needs"] or not set(t["unserved_needs"]) <= needs or set(t["unserved_needs"]) & served: err(code + " unserved")
    if needs - served != set(t["unserved_needs"]): err(code + " unserved incomplete")
    if lang == "mixed":
        en = sum(1 for a in ans if re.search(r"\b(the|I|my|and)\b", a["answer"]))
        if en < 5: err("mixed session without English answers")

with tempfile.TemporaryDirectory() as d:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), d], check=True)
    for f in sorted(os.listdir(d)):
        if not filecmp.cmp(os.path.join(d, f), os.path.join(HERE, f), shallow=False): err("not reproduced: " + f)
    for f in os.listdir(HERE):
        if f not in ("gen.py", "validate.py", "__pycache__") and f not in os.listdir(d): err("stray file " + f)

if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
