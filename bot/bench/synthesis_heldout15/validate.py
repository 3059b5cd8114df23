#!/usr/bin/env python3
"""Validate the held-out synthesis set (stdlib only). Exit 0 when all checks pass."""
import json
import os
import re
import sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = ["VRT", "KLP", "ERB"]
errors = []


def err(msg):
    errors.append(msg)


def words(t):
    return set(w for w in re.findall(r"[a-zà-ÿ']+", t.lower()) if len(w) > 3)


def check(code):
    ans_path = os.path.join(HERE, f"{code}.answers.jsonl")
    rows = []
    with open(ans_path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            if set(r) != {"id", "participant", "question", "answer"}:
                err(f"{code}:{ln} bad keys {sorted(r)}")
            if not all(isinstance(r.get(k), str) and r.get(k).strip() for k in ("id", "participant", "question", "answer")):
                err(f"{code}:{ln} empty field")
            if not re.fullmatch(rf"{code}-\d{{3}}", r.get("id", "")):
                err(f"{code}:{ln} bad id {r.get('id')}")
            rows.append(r)
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err(f"{code}: duplicate ids")
    by_id = {r["id"]: r for r in rows}
    people = {}
    for r in rows:
        people.setdefault(r["participant"], []).append(r)
    questions = {r["question"] for r in rows}
    if not 4 <= len(questions) <= 5:
        err(f"{code}: {len(questions)} questions")
    for p, rs in people.items():
        if not 3 <= len(rs) <= 4:
            err(f"{code}: {p} has {len(rs)} answers")
        if len({r['question'] for r in rs}) != len(rs):
            err(f"{code}: {p} answers one question twice")
    n = len(people)
    if not 8 <= n <= 40:
        err(f"{code}: {n} participants")

    with open(os.path.join(HERE, f"{code}.objectives.txt"), encoding="utf-8") as f:
        objectives = [l.rstrip("\n") for l in f if l.strip()]
    if len(objectives) != 5:
        err(f"{code}: {len(objectives)} objectives")

    with open(os.path.join(HERE, f"{code}.truth.json"), encoding="utf-8") as f:
        t = json.load(f)
    need = {"session", "lang", "themes", "oppositions", "minorities", "objective_support",
            "unsupported_objectives", "unserved_needs", "noise_answer_ids"}
    if set(t) != need:
        err(f"{code}: truth keys {sorted(set(t) ^ need)}")
    if t["session"] != code:
        err(f"{code}: session field")
    if t["lang"] not in ("fr", "en", "mixed"):
        err(f"{code}: lang")
    seen = {}

    def use(aids, where):
        for a in aids:
            if a not in by_id:
                err(f"{code}: {where} references unknown {a}")
            if a in seen:
                err(f"{code}: {a} in {seen[a]} and {where}")
            seen[a] = where
        return {by_id[a]["participant"] for a in aids if a in by_id}

    keys = set()
    if not 6 <= len(t["themes"]) <= 7:
        err(f"{code}: {len(t['themes'])} themes")
    overlaps = []
    for th in t["themes"]:
        if th.get("kind") != "convergence":
            err(f"{code}: theme kind {th.get('kind')}")
        keys.add(th["key"])
        ps = use(th["answer_ids"], "theme " + th["key"])
        if len(ps) < 3:
            err(f"{code}: theme {th['key']} has {len(ps)} participants")
        ws = [words(by_id[a]["answer"]) for a in th["answer_ids"] if a in by_id]
        js = [len(a & b) / max(1, len(a | b)) for a, b in combinations(ws, 2)]
        overlaps.append(sum(js) / max(1, len(js)))
    if not 1 <= len(t["oppositions"]) <= 2:
        err(f"{code}: {len(t['oppositions'])} oppositions")
    for o in t["oppositions"]:
        if len(o["sides"]) != 2:
            err(f"{code}: opposition {o['key']} sides")
        sp = [use(s["answer_ids"], f"side {o['key']}/{s['label']}") for s in o["sides"]]
        for s, ps in zip(o["sides"], sp):
            if len(ps) < 2:
                err(f"{code}: side {s['label']} has {len(ps)} participants")
        if len(sp) == 2 and sp[0] & sp[1]:
            err(f"{code}: participant on both sides of {o['key']}")
    if not 2 <= len(t["minorities"]) <= 3:
        err(f"{code}: {len(t['minorities'])} minorities")
    for m in t["minorities"]:
        ps = use(m["answer_ids"], "minority " + m["key"])
        if len(ps) != 2:
            err(f"{code}: minority {m['key']} has {len(ps)} participants")
    use(t["noise_answer_ids"], "noise")
    supported = set()
    for s in t["objective_support"]:
        if s["objective"] not in objectives:
            err(f"{code}: objective_support line not exact: {s['objective']!r}")
        for k in s["themes"]:
            if k not in keys:
                err(f"{code}: objective_support unknown theme {k}")
            supported.add(k)
        if s["themes"] and s["objective"] in t["unsupported_objectives"]:
            err(f"{code}: unsupported objective has themes")
    if not t["unsupported_objectives"]:
        err(f"{code}: no unsupported objective")
    for u in t["unsupported_objectives"]:
        if u not in objectives:
            err(f"{code}: unsupported objective not exact: {u!r}")
    for u in t["unserved_needs"]:
        if u not in keys:
            err(f"{code}: unserved need unknown {u}")
        if u in supported:
            err(f"{code}: unserved need {u} is served")
    for k in keys - supported - set(t["unserved_needs"]):
        err(f"{code}: theme {k} neither supports an objective nor is unserved")
    unlabelled = len(rows) - len(seen)
    print(f"{code} [{t['lang']}]: {n} participants, {len(rows)} answers, {len(questions)} questions, "
          f"{len(t['themes'])} themes, {len(t['oppositions'])} oppositions, {len(t['minorities'])} minorities, "
          f"{len(t['noise_answer_ids'])} noise, {unlabelled} unlabelled traps, "
          f"mean intra-theme word Jaccard {sum(overlaps)/len(overlaps):.3f}")
    for o in overlaps:
        if o > 0.25:
            err(f"{code}: a theme's answers share too many words ({o:.2f})")
    return n, t["lang"]


def main():
    sizes, langs = [], set()
    for c in SESSIONS:
        for suffix in ("answers.jsonl", "objectives.txt", "truth.json"):
            if not os.path.exists(os.path.join(HERE, f"{c}.{suffix}")):
                err(f"missing {c}.{suffix}")
        if errors:
            continue
        n, lang = check(c)
        sizes.append(n)
        langs.add(lang)
    if langs != {"fr", "en", "mixed"}:
        err(f"languages {langs}")
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        first = f.readline().rstrip("\n")
    if not first.startswith("> **Held-out set: measure only.**"):
        err("README first line")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
