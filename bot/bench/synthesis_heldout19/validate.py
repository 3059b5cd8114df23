#!/usr/bin/env python3
"""Checks the synthesis_heldout19 set: files, ids, ownership, counts, wording variety. Prints OK."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECT = {"HOU": ("fr", 12, 5), "TOP": ("en", 24, 5), "GRX": ("mixed", 38, 6)}
STOP = set("""the and for that this with what have from they your about would there their just when will
avec pour dans that sont mais plus tout tous nous vous leur leurs cest pas une des les qui que quoi est
être etre fait faire comme sans aussi""".split())
errors = []


def err(msg):
    errors.append(msg)


def norm_tokens(text):
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return {w for w in re.findall(r"[a-z0-9]+", t) if len(w) > 3 and w not in STOP}


for code, (lang, n_part, n_q) in EXPECT.items():
    paths = {k: os.path.join(HERE, f"{code}.{k}") for k in ("answers.jsonl", "objectives.txt", "truth.json")}
    for p in paths.values():
        if not os.path.exists(p):
            err(f"missing {p}")
    if errors:
        break
    answers = [json.loads(l) for l in open(paths["answers.jsonl"], encoding="utf-8") if l.strip()]
    truth = json.load(open(paths["truth.json"], encoding="utf-8"))
    objectives = [l.rstrip("\n") for l in open(paths["objectives.txt"], encoding="utf-8") if l.strip()]
    byid = {}
    questions = {}
    for a in answers:
        if set(a) != {"id", "participant", "question", "answer"}:
            err(f"{code}: bad fields {sorted(a)}")
        m = re.fullmatch(rf"{code}-(P\d\d)-(q\d)", a["id"])
        if not m or m.group(1) != a["participant"]:
            err(f"{code}: bad id {a['id']}")
            continue
        if a["id"] in byid:
            err(f"{code}: duplicate id {a['id']}")
        byid[a["id"]] = a
        q = m.group(2)
        if questions.setdefault(q, a["question"]) != a["question"]:
            err(f"{code}: question text differs for {q}")
        if not isinstance(a["answer"], str) or not a["answer"].strip():
            err(f"{code}: empty answer {a['id']}")
    texts = [a["answer"].strip().lower() for a in answers]
    if len(set(texts)) != len(texts):
        err(f"{code}: duplicate answer texts")
    parts = {a["participant"] for a in answers}
    if len(parts) != n_part or parts != {f"P{i:02d}" for i in range(1, n_part + 1)}:
        err(f"{code}: participants {len(parts)} != {n_part}")
    if len(questions) != n_q or not 4 <= n_q <= 6:
        err(f"{code}: {len(questions)} questions, expected {n_q}")
    if truth.get("session") != code or truth.get("lang") != lang:
        err(f"{code}: session/lang mismatch")
    skips = n_part * n_q - len(answers)
    if skips <= 0:
        err(f"{code}: nobody skips anything")

    owner = {}

    def own(aid, who):
        if aid not in byid:
            err(f"{code}: {who} cites unknown id {aid}")
        if aid in owner:
            err(f"{code}: {aid} owned by {owner[aid]} and {who}")
        owner[aid] = who

    def who_of(ids):
        return {byid[i]["participant"] for i in ids if i in byid}

    themes = {t["key"]: t for t in truth["themes"]}
    if not 6 <= len(themes) <= 14:
        err(f"{code}: {len(themes)} themes (6-14)")
    for k, t in themes.items():
        for f in ("key", "kind", "description", "answer_ids"):
            if f not in t:
                err(f"{code}: theme {k} lacks {f}")
        for i in t["answer_ids"]:
            own(i, k)
        if len(who_of(t["answer_ids"])) < 3:
            err(f"{code}: theme {k} has < 3 participants")
        toks = [norm_tokens(byid[i]["answer"]) for i in t["answer_ids"] if i in byid]
        shared = set.intersection(*toks) if toks else set()
        if shared:
            err(f"{code}: theme {k} answers all share keyword(s) {sorted(shared)}")
    if not 1 <= len(truth["oppositions"]) <= 3:
        err(f"{code}: {len(truth['oppositions'])} oppositions (1-3)")
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err(f"{code}: opposition {o['key']} needs 2 sides")
        ps = []
        for j, s in enumerate(o["sides"]):
            for i in s["answer_ids"]:
                own(i, f"{o['key']}/{j}")
            p = who_of(s["answer_ids"])
            if len(p) < 2:
                err(f"{code}: opposition {o['key']} side {j} has < 2 participants")
            ps.append(p)
        if len(ps) == 2 and ps[0] & ps[1]:
            err(f"{code}: opposition {o['key']} participant on both sides")
        qs = {i.rsplit("-", 1)[1] for s in o["sides"] for i in s["answer_ids"]}
        if len(qs) != 1:
            err(f"{code}: opposition {o['key']} spans questions {qs}")
    if not 1 <= len(truth["minorities"]) <= 3:
        err(f"{code}: {len(truth['minorities'])} minorities (1-3)")
    for m in truth["minorities"]:
        for i in m["answer_ids"]:
            own(i, m["key"])
        if len(who_of(m["answer_ids"])) != 2:
            err(f"{code}: minority {m['key']} must have exactly 2 participants")
    for i in truth["noise_answer_ids"]:
        own(i, "noise")
    missing = set(byid) - set(owner)
    if missing:
        err(f"{code}: answers without owner {sorted(missing)}")

    if len(objectives) != 5:
        err(f"{code}: {len(objectives)} objectives (5)")
    sup = truth["objective_support"]
    if list(sup) != objectives:
        err(f"{code}: objective_support keys differ from objectives file")
    for o, keys in sup.items():
        for k in keys:
            if k not in themes:
                err(f"{code}: objective support cites unknown theme {k}")
    unsup = truth["unsupported_objectives"]
    if not 1 <= len(unsup) <= 2:
        err(f"{code}: {len(unsup)} unsupported objectives (1-2)")
    if sorted(unsup) != sorted(o for o, k in sup.items() if not k):
        err(f"{code}: unsupported_objectives inconsistent with objective_support")
    served = {k for keys in sup.values() for k in keys}
    un = truth["unserved_needs"]
    if not 1 <= len(un) <= 3:
        err(f"{code}: {len(un)} unserved needs (1-3)")
    for k in un:
        if k not in themes or themes[k]["kind"] != "need" or k in served:
            err(f"{code}: unserved need {k} invalid")
    for k, t in themes.items():
        if t["kind"] == "need" and k not in served and k not in un:
            err(f"{code}: need {k} neither served nor listed unserved")
    for s in truth.get("secondary_mentions", []):
        if s["answer_id"] not in byid or s["theme"] not in themes or owner.get(s["answer_id"]) == s["theme"]:
            err(f"{code}: bad secondary mention {s}")
    if code == "GRX":
        en = sum(1 for a in answers if re.search(r"\b(the|I|I'm|my|to)\b", a["answer"]))
        if not 0.1 * len(answers) < en < 0.5 * len(answers):
            err(f"{code}: mixed session has {en} English-looking answers of {len(answers)}")
    print(f"{code}: lang={lang} participants={len(parts)} questions={len(questions)} answers={len(answers)} "
          f"skips={skips} themes={len(themes)} oppositions={len(truth['oppositions'])} "
          f"minorities={len(truth['minorities'])} noise={len(truth['noise_answer_ids'])}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
