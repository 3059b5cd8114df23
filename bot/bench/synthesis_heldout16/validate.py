#!/usr/bin/env python3
"""Validate the heldout16 synthesis set against the format. Stdlib only; exits 0 when valid."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = {"LUM": ("fr", 12), "FRG": ("en", 24), "RAM": ("mixed", 38)}
errors = []


def err(msg):
    errors.append(msg)


def check(code, lang, size):
    rows = []
    with open(os.path.join(HERE, f"{code}.answers.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            r = json.loads(line)
            if set(r) != {"id", "participant", "question", "answer"}:
                err(f"{code}:{ln} bad keys {sorted(r)}")
            if not re.fullmatch(rf"{code}-P\d\d-q\d", r["id"]) or r["participant"] != r["id"].split("-")[1]:
                err(f"{code}:{ln} bad id/participant {r['id']}")
            if not r["answer"].strip():
                err(f"{code}:{ln} empty answer")
            rows.append(r)
    by_id = {r["id"]: r for r in rows}
    if len(by_id) != len(rows):
        err(f"{code}: duplicate ids")
    parts = {r["participant"] for r in rows}
    if abs(len(parts) - size) > 2:
        err(f"{code}: {len(parts)} participants, expected about {size}")
    questions = {r["question"] for r in rows}
    if not 4 <= len(questions) <= 6:
        err(f"{code}: {len(questions)} questions")
    n_q = len({r["id"].rsplit("-q", 1)[1] for r in rows})
    if len(rows) >= len(parts) * n_q:
        err(f"{code}: nobody skipped anything")
    objs = [l for l in open(os.path.join(HERE, f"{code}.objectives.txt"), encoding="utf-8").read().split("\n") if l.strip()]
    if len(objs) != 5:
        err(f"{code}: {len(objs)} objectives")
    t = json.load(open(os.path.join(HERE, f"{code}.truth.json"), encoding="utf-8"))
    if t["session"] != code or t["lang"] != lang:
        err(f"{code}: session/lang mismatch")
    owner = {}

    def claim(aid, what):
        if aid not in by_id:
            err(f"{code}: {what} cites missing id {aid}")
        if aid in owner:
            err(f"{code}: {aid} in both {owner[aid]} and {what}")
        owner[aid] = what

    def nparts(ids):
        return len({by_id[a]["participant"] for a in ids if a in by_id})

    if not 6 <= len(t["themes"]) <= 7:
        err(f"{code}: {len(t['themes'])} themes")
    kinds = {}
    for th in t["themes"]:
        kinds[th["key"]] = th["kind"]
        for a in th["answer_ids"]:
            claim(a, "theme " + th["key"])
        if nparts(th["answer_ids"]) < 3:
            err(f"{code}: theme {th['key']} held by < 3 participants")
    if not 1 <= len(t["oppositions"]) <= 2:
        err(f"{code}: {len(t['oppositions'])} oppositions")
    for op in t["oppositions"]:
        if len(op["sides"]) != 2:
            err(f"{code}: opposition {op['key']} needs 2 sides")
        side_parts = []
        for s in op["sides"]:
            for a in s["answer_ids"]:
                claim(a, f"side {op['key']}/{s['label']}")
            if nparts(s["answer_ids"]) < 2:
                err(f"{code}: side {op['key']}/{s['label']} < 2 participants")
            side_parts.append({by_id[a]["participant"] for a in s["answer_ids"] if a in by_id})
        if len(side_parts) == 2 and side_parts[0] & side_parts[1]:
            err(f"{code}: opposition {op['key']} has a participant on both sides")
    if not 2 <= len(t["minorities"]) <= 3:
        err(f"{code}: {len(t['minorities'])} minorities")
    for m in t["minorities"]:
        for a in m["answer_ids"]:
            claim(a, "minority " + m["key"])
        if nparts(m["answer_ids"]) != 2:
            err(f"{code}: minority {m['key']} not exactly 2 participants")
    for a in t["noise_answer_ids"]:
        claim(a, "noise")
    if set(owner) != set(by_id):
        err(f"{code}: {len(set(by_id) - set(owner))} answers neither planted nor noise")
    if set(t["objective_support"]) != set(objs):
        err(f"{code}: objective_support keys differ from objectives.txt")
    supported = set()
    for o, keys in t["objective_support"].items():
        for k in keys:
            if k not in kinds:
                err(f"{code}: objective cites unknown theme {k}")
            supported.add(k)
    if len(t["unsupported_objectives"]) != 1:
        err(f"{code}: needs exactly 1 unsupported objective")
    for o in t["unsupported_objectives"]:
        if o not in objs or t["objective_support"].get(o):
            err(f"{code}: unsupported objective inconsistent: {o}")
    for o in objs:
        if not t["objective_support"].get(o) and o not in t["unsupported_objectives"]:
            err(f"{code}: objective without support not listed: {o}")
    if not 2 <= len(t["unserved_needs"]) <= 3:
        err(f"{code}: {len(t['unserved_needs'])} unserved needs")
    for k in t["unserved_needs"]:
        if kinds.get(k) != "need" or k in supported:
            err(f"{code}: unserved need {k} is not an unserved need theme")
    for k, kd in kinds.items():
        if kd == "need" and k not in supported and k not in t["unserved_needs"]:
            err(f"{code}: need {k} served by nothing but not listed unserved")
    if lang == "mixed":
        en = sum(1 for r in rows if re.search(r"\b(the|and|I'm|I|would|please|what|a|an|to|of|it|is|you|my|in|for|with|not|no|yet|so|thanks|great|anything|hours?|month|year|quarter|season|curiosity|whatever|idea|here|day)\b", r["answer"], re.I))
        if en < 10:
            err(f"{code}: mixed session has only {en} English-looking answers")
    planted = sum(1 for a, w in owner.items() if w != "noise")
    print(f"{code}: lang={lang} participants={len(parts)} questions={len(questions)} answers={len(rows)} "
          f"themes={len(t['themes'])} oppositions={len(t['oppositions'])} minorities={len(t['minorities'])} "
          f"planted={planted} noise={len(t['noise_answer_ids'])}")


for c, (lg, sz) in SESSIONS.items():
    check(c, lg, sz)
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").readline().rstrip("\n")
if not readme.startswith("> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 43)"):
    err("README first line wrong")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
