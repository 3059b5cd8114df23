#!/usr/bin/env python3
"""Checks the synthesis set against syn-format.md (issue 18). Stdlib only; exits 1 on any breach."""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
BANNER = ("> **Development set.** Written blind on 2026-12-05 from DOMAIN.md, issue18.md and "
          "syn-format.md only, without reading the project's code, tests or other data sets.")
STOP = set("""
avec dans pour pour plus moins mais donc leur leurs nous vous elles ils elle cette ceci cela comme
faire fait tout tous toute toutes sont etre avoir entre sans sous chez aupres grace notre votre
with from that this have your their about into than them they what when which while would could
should there these those just only also very more most some other others
""".split())
errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def stems(text):
    return {w[:5] for w in re.findall(r"[a-z]+", norm(text)) if len(w) >= 4 and w not in STOP}


def check_session(path_truth):
    truth = json.load(open(path_truth, encoding="utf-8"))
    code = truth.get("session")
    tag = os.path.basename(path_truth)
    if f"{code}.truth.json" != os.path.basename(path_truth):
        err(f"{tag}: session code does not match file name")
    answers = [json.loads(l) for l in open(os.path.join(HERE, f"{code}.answers.jsonl"), encoding="utf-8") if l.strip()]
    objectives = [l.strip() for l in open(os.path.join(HERE, f"{code}.objectives.txt"), encoding="utf-8") if l.strip()]
    by_id = {}
    for a in answers:
        if set(a) != {"id", "participant", "question", "answer"}:
            err(f"{code}: bad keys {sorted(a)}")
        if not re.fullmatch(re.escape(code) + r"-\d{3}", a.get("id", "")):
            err(f"{code}: bad id {a.get('id')}")
        if a["id"] in by_id:
            err(f"{code}: duplicate id {a['id']}")
        if not a["answer"].strip() or not a["participant"].strip():
            err(f"{code}: empty field in {a['id']}")
        by_id[a["id"]] = a
    texts = collections.Counter(norm(a["answer"]) for a in answers)
    for t, n in texts.items():
        if n > 1:
            err(f"{code}: answer text repeated {n} times: {t!r}")
    people = sorted({a["participant"] for a in answers})
    if not 8 <= len(people) <= 40:
        err(f"{code}: {len(people)} participants, need 8-40")
    questions = sorted({a["question"] for a in answers})
    pq = collections.Counter((a["participant"], a["question"]) for a in answers)
    for (p, q), n in pq.items():
        if n > 1:
            err(f"{code}: {p} answers the same question {n} times")
    # questions per language: the same 4-6 questions; in a mixed session they are asked twice (fr, en)
    langs = {"fr": 1, "en": 1, "fr+en": 2}.get(truth.get("lang"))
    if langs is None:
        err(f"{code}: lang must be fr, en or fr+en")
        langs = 1
    if not 4 * langs <= len(questions) <= 6 * langs:
        err(f"{code}: {len(questions)} distinct question texts for lang {truth.get('lang')}")
    nq = len(questions) // langs
    per_person = collections.Counter(a["participant"] for a in answers)
    for p in people:
        if per_person[p] * 2 <= nq:
            err(f"{code}: {p} answers only {per_person[p]} of {nq} questions")
    # exactly-one assignment
    owner = collections.defaultdict(list)
    for t in truth["themes"]:
        if t.get("kind") != "convergence":
            err(f"{code}: theme {t['key']} kind must be convergence")
        for i in t["answer_ids"]:
            owner[i].append(("theme", t["key"]))
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err(f"{code}: opposition {o['key']} needs exactly 2 sides")
        for s in o["sides"]:
            for i in s["answer_ids"]:
                owner[i].append(("side", o["key"], s["label"]))
    for m in truth["minorities"]:
        for i in m["answer_ids"]:
            owner[i].append(("minority", m["key"]))
    for i in truth["noise_answer_ids"]:
        owner[i].append(("noise",))
    for i in by_id:
        if len(owner.get(i, [])) != 1:
            err(f"{code}: answer {i} belongs to {owner.get(i, [])}")
    for i in owner:
        if i not in by_id:
            err(f"{code}: truth cites unknown id {i}")
    keys = [t["key"] for t in truth["themes"]] + [o["key"] for o in truth["oppositions"]] + [m["key"] for m in truth["minorities"]]
    if len(keys) != len(set(keys)):
        err(f"{code}: duplicate keys")

    def who(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    themes = {t["key"]: t for t in truth["themes"]}
    if not 4 <= len(themes) <= 7:
        err(f"{code}: {len(themes)} convergence themes, want 4-7")
    for k, t in themes.items():
        if len(who(t["answer_ids"])) < 4:
            err(f"{code}: theme {k} has fewer than 4 participants")
        if not t.get("description"):
            err(f"{code}: theme {k} has no description")
        # varied wording: no content stem in more than 60 % of the theme's answers
        c = collections.Counter(s for i in t["answer_ids"] for s in stems(by_id[i]["answer"]))
        if c:
            s, n = c.most_common(1)[0]
            if n > 0.6 * len(t["answer_ids"]):
                err(f"{code}: theme {k} repeats the stem {s!r} in {n}/{len(t['answer_ids'])} answers")
    if not 1 <= len(truth["oppositions"]) <= 2:
        err(f"{code}: {len(truth['oppositions'])} oppositions, want 1-2")
    neg = re.compile(r"\b(not|no|never|don'?t|pas|non|jamais|aucun|ne)\b")
    for o in truth["oppositions"]:
        sets = [who(s["answer_ids"]) for s in o["sides"]]
        for s, w in zip(o["sides"], sets):
            if len(w) < 3:
                err(f"{code}: side {s['label']} of {o['key']} has fewer than 3 participants")
        if len(sets) == 2 and sets[0] & sets[1]:
            err(f"{code}: {o['key']} has participants on both sides")
        for s in o["sides"]:
            negs = sum(1 for i in s["answer_ids"] if neg.search(norm(by_id[i]["answer"])))
            if negs * 2 > len(s["answer_ids"]):
                err(f"{code}: side {s['label']} of {o['key']} is mostly marked by negation")
    if not 1 <= len(truth["minorities"]) <= 2:
        err(f"{code}: {len(truth['minorities'])} minorities, want 1-2")
    for m in truth["minorities"]:
        if not 2 <= len(who(m["answer_ids"])) <= 4:
            err(f"{code}: minority {m['key']} must have 2-4 participants")
    noise = len(truth["noise_answer_ids"]) / len(answers)
    if not 0.05 <= noise <= 0.15:
        err(f"{code}: noise share {noise:.2f} not near 10 %")
    # objectives
    if not 4 <= len(objectives) <= 6:
        err(f"{code}: {len(objectives)} objectives, want 4-6")
    sup = {o["objective"]: o["themes"] for o in truth["objective_support"]}
    if sorted(sup) != sorted(objectives):
        err(f"{code}: objective_support does not list exactly the objectives file")
    for o, ks in sup.items():
        for k in ks:
            if k not in themes:
                err(f"{code}: objective support cites non-convergence key {k}")
    unsup = [o for o, ks in sup.items() if not ks]
    if sorted(unsup) != sorted(truth["unsupported_objectives"]) or not unsup:
        err(f"{code}: unsupported_objectives wrong or empty")
    paraphrase_only = []
    for o, ks in sup.items():
        if ks:
            ids = [i for k in ks for i in themes[k]["answer_ids"]]
            if not stems(o) & set().union(*(stems(by_id[i]["answer"]) for i in ids)):
                paraphrase_only.append(o)
    if not paraphrase_only:
        err(f"{code}: no objective supported only by paraphrase")
    served = {k for ks in sup.values() for k in ks}
    un = truth["unserved_needs"]
    if not un:
        err(f"{code}: no unserved need theme")
    for k in un:
        if k not in themes or k in served:
            err(f"{code}: unserved need {k} is not a convergence theme or is served")
    for k in themes:
        if k not in served and k not in un:
            err(f"{code}: theme {k} neither serves an objective nor is listed as unserved")
    return {"code": code, "lang": truth["lang"], "participants": len(people), "answers": len(answers),
            "themes": len(themes), "oppositions": len(truth["oppositions"]),
            "minorities": len(truth["minorities"]), "noise": len(truth["noise_answer_ids"]),
            "paraphrase_only": paraphrase_only}


def main():
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme) or open(readme, encoding="utf-8").readline().rstrip("\n") != BANNER:
        err("README.md does not start with the banner")
    truths = sorted(glob.glob(os.path.join(HERE, "*.truth.json")))
    if len(truths) != 3:
        err(f"{len(truths)} sessions, want 3")
    stats = [check_session(p) for p in truths]
    if sorted(s["lang"] for s in stats) != ["en", "fr", "fr+en"]:
        err("want one French, one English and one mixed session")
    for s in stats:
        print(s)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
