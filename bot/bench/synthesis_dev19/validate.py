#!/usr/bin/env python3
"""Check every constraint of the synthesis format for synthesis_dev19; prints OK."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(m): ERR.append(m)

LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 61) from DOMAIN.md, the issue and "
         "the format only; it may be read and tuned on).")
SPEC = {"CID1": ("fr", 12, 2), "CID2": ("en", 24, 3), "CID3": ("mixed", 38, 5)}
SHARED = ["appli", "app", "verger", "orchard", "pressée", "pressing", "boutique", "shop", "glaneur", "coop"]
FR_MARK = re.compile(r"\b(je|j'|le|la|les|des|une|pas|c'est|qu'on|pour|avec|dans)\b", re.I)
EN_MARK = re.compile(r"\b(i|i'm|i'd|the|and|my|to|it|with|in|of|is|please)\b", re.I)

def lang_of(t):
    f, e = len(FR_MARK.findall(t)), len(EN_MARK.findall(t))
    return "fr" if f > e else "en" if e > f else "?"

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != LINE1: err("README line 1")
if readme[1] != ">": err("README line 2")
if readme[2] != "": err("README line 3")
body = "\n".join(readme)
for w in ("Client:", "Flavour:", "Labels:", "Files:", "| CID1", "| CID2", "| CID3"):
    if w not in body: err("README missing " + w)

allowed = {"gen.py", "validate.py", "README.md", "__pycache__"}
for s in SPEC:
    allowed |= {s + ".answers.jsonl", s + ".objectives.txt", s + ".truth.json"}
for f in os.listdir(HERE):
    if f not in allowed: err("unexpected file " + f)

texts_all = set()
shared_hits = total = 0
for s, (lang, n, nmin) in SPEC.items():
    rows = [json.loads(l) for l in open(os.path.join(HERE, s + ".answers.jsonl"), encoding="utf-8") if l.strip()]
    ids = {}
    for r in rows:
        if set(r) != {"id", "participant", "question", "answer"}: err(f"{s} keys {r}")
        if r["id"] != f"{s}-{r['participant']}-{r['question']}": err(f"{s} id {r['id']}")
        if r["id"] in ids: err(f"{s} dup id {r['id']}")
        ids[r["id"]] = r
        if not r["answer"].strip(): err(f"{s} empty {r['id']}")
    parts = sorted({r["participant"] for r in rows})
    if parts != ["P%02d" % i for i in range(1, n + 1)]: err(f"{s} participants {len(parts)}")
    for p in parts:
        qs = sorted(r["question"] for r in rows if r["participant"] == p)
        if qs != ["q1", "q2", "q3", "q4", "q5"]: err(f"{s} {p} questions {qs}")
    if len(rows) != 5 * n: err(f"{s} rows {len(rows)}")
    langs = {}
    for r in rows:
        L = lang_of(r["answer"])
        langs[L] = langs.get(L, 0) + 1
        total += 1
        if any(w in r["answer"].lower() for w in SHARED): shared_hits += 1
    if lang in ("fr", "en") and langs.get(lang, 0) < 0.9 * len(rows): err(f"{s} language {langs}")
    if lang == "mixed" and (langs.get("fr", 0) < 0.3 * len(rows) or langs.get("en", 0) < 0.3 * len(rows)):
        err(f"{s} not mixed {langs}")
    objs = [l for l in open(os.path.join(HERE, s + ".objectives.txt"), encoding="utf-8").read().split("\n") if l.strip()]
    if len(objs) != 5: err(f"{s} objectives {len(objs)}")
    if sum(any(w in o.lower() for w in SHARED) for o in objs) < 4: err(f"{s} objectives lack shared nouns")
    t = json.load(open(os.path.join(HERE, s + ".truth.json"), encoding="utf-8"))
    for k in ("session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"):
        if k not in t: err(f"{s} truth missing {k}")
    if t["session"] != s or t["lang"] != lang: err(f"{s} session/lang")
    labelled = []
    def pp(aids): return {ids[a]["participant"] for a in aids if a in ids}
    keys = set()
    for th in t["themes"]:
        if th["kind"] not in ("need", "brake", "preference", "practical"): err(f"{s} kind {th['kind']}")
        if len(pp(th["answer_ids"])) < 3: err(f"{s} theme {th['key']} < 3 participants")
        if len(pp(th["answer_ids"])) != len(th["answer_ids"]): err(f"{s} theme {th['key']} repeats a participant")
        if th["key"] in keys: err(f"{s} dup key")
        keys.add(th["key"]); labelled += th["answer_ids"]
    if len(t["oppositions"]) != 1: err(f"{s} oppositions")
    for o in t["oppositions"]:
        if o["question"] != "q5" or len(o["sides"]) != 2: err(f"{s} opposition shape")
        for sd in o["sides"]:
            if len(pp(sd["answer_ids"])) < 3: err(f"{s} side small")
            if any(ids[a]["question"] != "q5" for a in sd["answer_ids"]): err(f"{s} side not q5")
            labelled += sd["answer_ids"]
    if len(t["minorities"]) != nmin: err(f"{s} minorities {len(t['minorities'])} != {nmin}")
    for m in t["minorities"]:
        if len(pp(m["answer_ids"])) != 2 or len(m["answer_ids"]) != 2: err(f"{s} minority {m['key']} not 2")
        labelled += m["answer_ids"]
    labelled += t["noise_answer_ids"]
    if sorted(labelled) != sorted(ids): err(f"{s} labelling: {len(labelled)} labels, {len(ids)} answers, "
                                            f"{len(set(labelled))} distinct")
    if any(a not in ids for a in labelled): err(f"{s} unknown ids")
    if set(t["objective_support"]) != set(objs): err(f"{s} objective_support keys differ from objectives.txt")
    for o, sup in t["objective_support"].items():
        for k in sup:
            if k not in keys: err(f"{s} support unknown theme {k}")
    if not t["unsupported_objectives"]: err(f"{s} no unsupported objective")
    for o in t["unsupported_objectives"]:
        if o not in objs or t["objective_support"].get(o): err(f"{s} unsupported objective wrong: {o}")
    for o in objs:
        if not t["objective_support"][o] and o not in t["unsupported_objectives"]: err(f"{s} unlisted unsupported {o}")
    kinds = {th["key"]: th["kind"] for th in t["themes"]}
    served = {k for v in t["objective_support"].values() for k in v}
    if not t["unserved_needs"]: err(f"{s} no unserved need")
    for k in t["unserved_needs"]:
        if kinds.get(k) != "need" or k in served: err(f"{s} unserved need wrong {k}")
    for k, kd in kinds.items():
        if kd == "need" and k not in served and k not in t["unserved_needs"]: err(f"{s} unlisted unserved {k}")
    # q4 practical: most converge
    q4 = [th for th in t["themes"] if th["kind"] == "practical"]
    if not q4 or max(len(th["answer_ids"]) for th in q4) <= n / 2: err(f"{s} practical theme not a majority")
    # non-noise answers unique inside the set
    noise = set(t["noise_answer_ids"])
    for a, r in ids.items():
        if a in noise: continue
        if r["answer"] in texts_all: err(f"{s} duplicate answer text {a}")
        texts_all.add(r["answer"])

if shared_hits < 0.75 * total: err(f"shared nouns in only {shared_hits}/{total} answers")
if ERR:
    print("\n".join(ERR)); sys.exit(1)
print("OK")
