#!/usr/bin/env python3
"""Rebuild every data file of synthesis_heldout30 (deterministic, stdlib only).

Run from this folder: python3 gen.py
Source texts live in data_pa1.py, data_pa2.py, data_pa3.py; this script assigns them to
participants with fixed seeds and writes <CODE>.answers.jsonl, <CODE>.objectives.txt,
<CODE>.truth.json for each session.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import data_pa1, data_pa2, data_pa3  # noqa: E402

CLIENT = "Paludia"
Q_FR = {
    1: "Qu'est-ce qui vous motiverait à devenir ambassadeur Paludia, et qu'attendez-vous du programme ?",
    2: "Qu'est-ce qui pourrait vous freiner ou vous faire hésiter ?",
    3: "Quelles contributions aimeriez-vous apporter en priorité ?",
    4: "Combien de temps pourriez-vous y consacrer, et à quel rythme ?",
}
Q_EN = {
    1: "What would motivate you to become a Paludia ambassador, and what do you expect from the program?",
    2: "What could hold you back or make you hesitate?",
    3: "Which contributions would you most like to make?",
    4: "How much time could you give, and how often?",
}
KIND = {1: "need", 2: "brake", 3: "preference", 4: "convergence"}


def split_lang(text, default):
    if text.startswith("EN|"):
        return "en", text[3:]
    return default, text


def participant_langs(mod):
    ids = ["P%02d" % i for i in range(1, mod.N + 1)]
    if mod.N_EN == 0:
        return {p: "fr" for p in ids}
    if mod.N_EN == mod.N:
        return {p: "en" for p in ids}
    rng = random.Random(mod.CODE + "-languages")
    en = set(rng.sample(ids, mod.N_EN))
    return {p: ("en" if p in en else "fr") for p in ids}


def build(mod):
    code = mod.CODE
    default = "en" if mod.LANG == "en" else "fr"
    langs = participant_langs(mod)
    q5_en = getattr(mod, "Q5_EN", mod.Q5)
    answers = []
    themes, opps, minorities, noise = [], {}, [], []
    for q in range(1, 6):
        # texts per language, in group order
        per_lang = {"fr": [], "en": []}
        for gi, g in enumerate(mod.GROUPS[q]):
            for t in g[-1]:
                lang, text = split_lang(t, default)
                per_lang[lang].append((gi, text))
        assigned = {}  # gi -> [answer ids]
        for lang in ("fr", "en"):
            pool = sorted(p for p, l in langs.items() if l == lang)
            if len(per_lang[lang]) > len(pool):
                raise SystemExit("%s q%d: %d %s texts for %d participants" % (code, q, len(per_lang[lang]), lang, len(pool)))
            rng = random.Random("%s-q%d-%s" % (code, q, lang))
            rng.shuffle(pool)
            for (gi, text), p in zip(per_lang[lang], pool):
                if q == 5:
                    question = mod.Q5 if lang == "fr" else q5_en
                else:
                    question = (Q_FR if lang == "fr" else Q_EN)[q]
                aid = "%s-%s-q%d" % (code, p, q)
                answers.append({"id": aid, "participant": p, "question": question, "answer": text})
                assigned.setdefault(gi, []).append(aid)
        for gi, g in enumerate(mod.GROUPS[q]):
            ids = sorted(assigned.get(gi, []))
            if g[0] == "theme":
                themes.append({"key": g[1], "kind": KIND[q], "description": g[2], "answer_ids": ids})
            elif g[0] == "side":
                o = opps.setdefault(g[1], {"key": g[1], "description": g[2], "sides": []})
                o["sides"].append({"label": g[3], "answer_ids": ids})
            elif g[0] == "minority":
                minorities.append({"key": g[1], "description": g[2], "answer_ids": ids})
            elif g[0] == "noise":
                noise.extend(ids)
            else:
                raise SystemExit("unknown group type %r" % (g[0],))
    answers.sort(key=lambda a: (a["participant"], a["id"]))
    truth = {
        "session": code,
        "lang": mod.LANG,
        "client": CLIENT,
        "title": mod.TITLE,
        "themes": themes,
        "oppositions": list(opps.values()),
        "minorities": minorities,
        "objective_support": {o: list(mod.SUPPORT[o]) for o in mod.OBJECTIVES},
        "unsupported_objectives": [o for o in mod.OBJECTIVES if not mod.SUPPORT[o]],
        "unserved_needs": list(mod.UNSERVED),
        "noise_answer_ids": sorted(noise),
        "note": mod.NOTE,
    }
    with open(os.path.join(HERE, code + ".answers.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, code + ".objectives.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(mod.OBJECTIVES) + "\n")
    with open(os.path.join(HERE, code + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return code, mod.LANG, mod.N, len(answers)


def main():
    rows = [build(m) for m in (data_pa1, data_pa2, data_pa3)]
    for r in rows:
        print("%s %s participants=%d answers=%d" % r)


if __name__ == "__main__":
    main()
