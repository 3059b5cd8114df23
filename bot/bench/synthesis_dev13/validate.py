#!/usr/bin/env python3
"""Checks synthesis_dev13 against syn-format.md (stdlib only). Exits 1 on any breach."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = ["theatre", "meeples", "soins"]
BANNER = ("> **Development set.** Written blind on 2026-12-05 from DOMAIN.md, issue18.md and "
          "syn-format.md only, without reading the project's code, tests or other data sets.")
STOP = set("""the and for with that this from into your our their what when which would could about
have been more than them they just also only very well some much many will like over after before
les des une pour avec dans que qui sur par pas plus mais est sont aux nos vos leur leurs cette
tout tous elle elles nous vous être avoir fait faire comme sans entre chez""".split())
errors = []


def err(msg):
    errors.append(msg)


def stems(text):
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return {w[:5] for w in re.findall(r"[a-z]+", t) if len(w) >= 4 and w not in STOP}


def check(code):
    p = lambda ext: os.path.join(HERE, f"{code}.{ext}")
    answers = []
    with open(p("answers.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            a = json.loads(line)
            if set(a) != {"id", "participant", "question", "answer"}:
                err(f"{code}: line {n} has keys {sorted(a)}")
            if not all(isinstance(a.get(k), str) and a.get(k).strip() for k in ("id", "participant", "question", "answer")):
                err(f"{code}: line {n} has an empty field")
            if not re.fullmatch(re.escape(code) + r"-\d{3}", a["id"]):
                err(f"{code}: bad id {a['id']}")
            answers.append(a)
    by_id = {a["id"]: a for a in answers}
    if len(by_id) != len(answers):
        err(f"{code}: duplicate ids")
    people = {a["participant"] for a in answers}
    if not 8 <= len(people) <= 40:
        err(f"{code}: {len(people)} participants")
    questions = {a["question"] for a in answers}
    per_person = {}
    for a in answers:
        per_person.setdefault(a["participant"], []).append(a["question"])
    for who, qs in per_person.items():
        if len(qs) != len(set(qs)):
            err(f"{code}: {who} answers a question twice")
    truth = json.load(open(p("truth.json"), encoding="utf-8"))
    lang = truth.get("lang")
    n_lang = 2 if lang == "fr+en" else 1
    nq_each = len(questions) // n_lang
    if truth.get("session") != code:
        err(f"{code}: truth session {truth.get('session')}")
    if len(questions) % n_lang or not 4 <= nq_each <= 6:
        err(f"{code}: {len(questions)} question texts for {nq_each} questions and lang {lang}")
    for who, qs in per_person.items():
        if len(qs) * 2 <= nq_each:
            err(f"{code}: {who} answers only {len(qs)} of {nq_each} questions")
    expected = {"session", "lang", "themes", "oppositions", "minorities", "objective_support",
                "unsupported_objectives", "unserved_needs", "noise_answer_ids"}
    if set(truth) != expected:
        err(f"{code}: truth keys {sorted(truth)}")
    owner = {}

    def claim(ids, tag):
        for i in ids:
            if i not in by_id:
                err(f"{code}: {tag} cites unknown id {i}")
            if i in owner:
                err(f"{code}: {i} in both {owner[i]} and {tag}")
            owner[i] = tag

    def parts(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    themes = truth["themes"]
    if not 5 <= len(themes) <= 7:
        err(f"{code}: {len(themes)} convergence themes")
    keys = set()
    for t in themes:
        if t.get("kind") != "convergence":
            err(f"{code}: theme {t.get('key')} kind {t.get('kind')}")
        keys.add(t["key"])
        claim(t["answer_ids"], "theme " + t["key"])
        if len(parts(t["answer_ids"])) < 4:
            err(f"{code}: theme {t['key']} has {len(parts(t['answer_ids']))} participants")
        texts = [by_id[i]["answer"] for i in t["answer_ids"] if i in by_id]
        counts = {}
        for s in (stems(x) for x in texts):
            for w in s:
                counts[w] = counts.get(w, 0) + 1
        top = max(counts.items(), key=lambda kv: kv[1])
        if top[1] > 0.5 * len(texts):
            err(f"{code}: theme {t['key']} repeats keyword '{top[0]}' in {top[1]}/{len(texts)} answers")
        if len({x.lower() for x in texts}) != len(texts):
            err(f"{code}: theme {t['key']} has duplicate wording")
    if not 1 <= len(truth["oppositions"]) <= 2:
        err(f"{code}: {len(truth['oppositions'])} oppositions")
    neg = re.compile(r"\b(not|no|don't|never|pas|ne|jamais|aucun)\b", re.I)
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err(f"{code}: opposition {o['key']} has {len(o['sides'])} sides")
        sides = []
        for s in o["sides"]:
            claim(s["answer_ids"], f"opposition {o['key']}/{s['label']}")
            ps = parts(s["answer_ids"])
            sides.append(ps)
            if len(ps) < 3:
                err(f"{code}: opposition {o['key']} side {s['label']} has {len(ps)} participants")
            negs = sum(bool(neg.search(by_id[i]["answer"])) for i in s["answer_ids"] if i in by_id)
            if negs * 3 > len(s["answer_ids"]):
                err(f"{code}: opposition {o['key']} side {s['label']} leans on negation")
        if len(sides) == 2 and sides[0] & sides[1]:
            err(f"{code}: opposition {o['key']} has people on both sides")
    if not 1 <= len(truth["minorities"]) <= 3:
        err(f"{code}: {len(truth['minorities'])} minorities")
    for m in truth["minorities"]:
        claim(m["answer_ids"], "minority " + m["key"])
        if not 2 <= len(parts(m["answer_ids"])) <= 4:
            err(f"{code}: minority {m['key']} has {len(parts(m['answer_ids']))} participants")
    claim(truth["noise_answer_ids"], "noise")
    share = len(truth["noise_answer_ids"]) / len(answers)
    if not 0.05 <= share <= 0.15:
        err(f"{code}: noise share {share:.2f}")
    missing = set(by_id) - set(owner)
    if missing:
        err(f"{code}: unclassified answers {sorted(missing)}")
    objectives = [l.strip() for l in open(p("objectives.txt"), encoding="utf-8") if l.strip()]
    if not 4 <= len(objectives) <= 6:
        err(f"{code}: {len(objectives)} objectives")
    support = {o["objective"]: o["themes"] for o in truth["objective_support"]}
    if set(support) - set(objectives):
        err(f"{code}: objective_support names unknown objectives")
    used = set()
    for o, ks in support.items():
        for k in ks:
            if k not in keys:
                err(f"{code}: objective_support uses non-convergence key {k}")
            used.add(k)
    unsupported = [o for o in objectives if not support.get(o)]
    if sorted(unsupported) != sorted(truth["unsupported_objectives"]) or not unsupported:
        err(f"{code}: unsupported_objectives mismatch or empty")
    if sorted(keys - used) != sorted(truth["unserved_needs"]) or not truth["unserved_needs"]:
        err(f"{code}: unserved_needs mismatch or empty")
    theme_ids = {t["key"]: t["answer_ids"] for t in themes}
    paraphrase_only = []
    for o, ks in support.items():
        if not ks:
            continue
        ostems = stems(o)
        if not any(stems(by_id[i]["answer"]) & ostems for k in ks for i in theme_ids[k]):
            paraphrase_only.append(o)
    if not paraphrase_only:
        err(f"{code}: no objective supported only by paraphrase")
    return len(people), len(answers), len(themes), len(truth["oppositions"]), len(truth["minorities"]), \
        len(truth["noise_answer_ids"]), paraphrase_only


def main():
    for code in SESSIONS:
        for ext in ("answers.jsonl", "objectives.txt", "truth.json"):
            if not os.path.exists(os.path.join(HERE, f"{code}.{ext}")):
                err(f"missing {code}.{ext}")
    for f in ("generate.py", "validate.py", "README.md"):
        if not os.path.exists(os.path.join(HERE, f)):
            err(f"missing {f}")
    if os.path.exists(os.path.join(HERE, "README.md")):
        first = open(os.path.join(HERE, "README.md"), encoding="utf-8").readline().rstrip("\n")
        if first != BANNER:
            err("README banner differs")
    langs = set()
    if not errors:
        for code in SESSIONS:
            r = check(code)
            langs.add(json.load(open(os.path.join(HERE, f"{code}.truth.json"), encoding="utf-8"))["lang"])
            print(code, "participants=%d answers=%d themes=%d oppositions=%d minorities=%d noise=%d" % r[:6],
                  "paraphrase-only:", r[6])
    if langs and langs != {"fr", "en", "fr+en"}:
        err(f"session languages {langs}")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
