#!/usr/bin/env python3
"""Check every constraint of the synthesis format for synthesis_heldout34; prints OK."""
import json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
CODE = "HOM"
SPEC = {1: ("fr", 12, 2), 2: ("en", 24, 3), 3: ("mixed", 38, 5)}
KINDS = {"need", "brake", "preference", "practical"}
KIND_Q = {"need": "q1", "brake": "q2", "preference": "q3", "practical": "q4"}
FR = set("je j ai mon ma mes le la les une des est c ce qui que pas pour avec pendant moi on ça à l d qu elle il".split())
EN = set("i my the a is it to and for with during me we she he that not of at what on since more so than".split())
errs = []
def err(m): errs.append(m)

def lang_of(t):
    w = re.findall(r"[a-zà-ÿ]+", t.lower().replace("'", " ").replace("’", " "))
    f = sum(x in FR for x in w); e = sum(x in EN for x in w)
    if re.search(r"[éèàçêù]", t) and "Aubépine" not in t: f += 2
    return "fr" if f > e else "en"

# no subfolders
for n in os.listdir(D):
    if os.path.isdir(os.path.join(D, n)) and n != "__pycache__":
        err("subfolder " + n)

for n, (lang, count, nmin) in SPEC.items():
    s = "%s%d" % (CODE, n)
    rows = [json.loads(l) for l in open(os.path.join(D, s + ".answers.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)): err(s + " duplicate ids")
    if len(rows) != count * 5: err("%s %d answers" % (s, len(rows)))
    parts = sorted({r["participant"] for r in rows})
    if parts != ["P%02d" % i for i in range(1, count + 1)]: err(s + " participants")
    texts = [r["answer"] for r in rows]
    if len(texts) != len(set(texts)): err(s + " duplicate answer texts")
    byid = {}
    for r in rows:
        if set(r) != {"id", "participant", "question", "answer"}: err("keys " + r["id"])
        if r["id"] != "%s-%s-%s" % (s, r["participant"], r["question"]): err("id " + r["id"])
        if r["question"] not in {"q1", "q2", "q3", "q4", "q5"}: err("q " + r["id"])
        if not r["answer"].strip(): err("empty " + r["id"])
        byid[r["id"]] = r
    for p in parts:
        qs = sorted(r["question"] for r in rows if r["participant"] == p)
        if qs != ["q1", "q2", "q3", "q4", "q5"]: err(s + " " + p + " questions")
    langs = [lang_of(t) for t in texts]
    if lang in ("fr", "en") and any(l != lang for l in langs):
        err("%s language: %s" % (s, [t for t, l in zip(texts, langs) if l != lang][:3]))
    if lang == "mixed" and (langs.count("fr") < 20 or langs.count("en") < 20): err(s + " not mixed")
    objs = [l.rstrip("\n") for l in open(os.path.join(D, s + ".objectives.txt"), encoding="utf-8")]
    if len(objs) != 5 or any(not o.strip() for o in objs): err(s + " objectives")
    t = json.load(open(os.path.join(D, s + ".truth.json"), encoding="utf-8"))
    need = {"session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
            "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"}
    if set(t) != need: err(s + " truth keys %s" % (set(t) ^ need))
    if t["session"] != s or t["lang"] != lang: err(s + " session/lang")
    labelled = []
    pid = lambda a: byid[a]["participant"]
    tkeys = {}
    for th in t["themes"]:
        if set(th) != {"key", "kind", "description", "answer_ids"}: err("theme keys " + th.get("key", "?"))
        if th["kind"] not in KINDS: err("kind " + th["key"])
        if th["key"] in tkeys: err("dup theme " + th["key"])
        tkeys[th["key"]] = th["kind"]
        if len({pid(a) for a in th["answer_ids"]}) < 3: err("theme <3 " + th["key"])
        if any(byid[a]["question"] != KIND_Q[th["kind"]] for a in th["answer_ids"]): err("theme q " + th["key"])
        labelled += th["answer_ids"]
    for kind in KINDS:
        if kind not in tkeys.values(): err(s + " no theme of kind " + kind)
    q4 = [r for r in rows if r["question"] == "q4"]
    pr = [th for th in t["themes"] if th["kind"] == "practical"]
    if not pr or max(len(th["answer_ids"]) for th in pr) * 2 <= len(q4): err(s + " q4 no majority")
    if len(t["oppositions"]) != 1: err(s + " oppositions")
    for o in t["oppositions"]:
        if o["question"] != "q5" or len(o["sides"]) != 2: err(s + " opposition shape")
        for sd in o["sides"]:
            if set(sd) != {"label", "answer_ids"} or len({pid(a) for a in sd["answer_ids"]}) < 3: err(s + " side")
            if any(byid[a]["question"] != "q5" for a in sd["answer_ids"]): err(s + " side q")
            labelled += sd["answer_ids"]
    if len(t["minorities"]) != nmin: err("%s minorities %d" % (s, len(t["minorities"])))
    for m in t["minorities"]:
        if len({pid(a) for a in m["answer_ids"]}) != 2 or len(m["answer_ids"]) != 2: err("minority " + m["key"])
        labelled += m["answer_ids"]
    labelled += t["noise_answer_ids"]
    if sorted(labelled) != sorted(ids): err(s + " labelling not exactly-once (%d vs %d)" % (len(labelled), len(ids)))
    if any(a not in byid for a in labelled): err(s + " unknown id")
    osup = t["objective_support"]
    if set(osup) != set(objs): err(s + " objective_support keys != objectives")
    for o, ks in osup.items():
        if any(k not in tkeys for k in ks): err(s + " bad support key")
    uns = t["unsupported_objectives"]
    if not uns or any(o not in objs or osup.get(o) for o in uns): err(s + " unsupported objectives")
    if {o for o in objs if not osup.get(o)} != set(uns): err(s + " unsupported set")
    served = {k for ks in osup.values() for k in ks}
    un = t["unserved_needs"]
    if not un or any(tkeys.get(k) != "need" or k in served for k in un): err(s + " unserved needs")
    if {k for k, v in tkeys.items() if v == "need" and k not in served} != set(un): err(s + " unserved set")

R = open(os.path.join(D, "README.md"), encoding="utf-8").read().split("\n")
L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 61) from DOMAIN.md, the issue "
      "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
if R[0] != L1 or R[1] != ">" or R[2] != "": err("README lines 1-3")
if not R[3].startswith("# "): err("README title")
body = "\n".join(R)
for w in ["| HOM1 |", "| HOM2 |", "| HOM3 |", "\nClient:", "\nFlavour:", "\nLabels:", "\nFiles:"]:
    if w not in body: err("README missing " + w.strip())
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
