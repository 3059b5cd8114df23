#!/usr/bin/env python3
"""Deterministic generator of the held-out synthesis set (stdlib only).

Hand-written answers live in data.py; this script assigns them to invented
participants (each gets 3-4 answers to distinct questions, never two answers
with the same label, never both sides of one opposition), numbers them and
writes X.answers.jsonl, X.objectives.txt and X.truth.json.
"""
import json
import os
import random

from data import SESSIONS

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261205


def names(sess, rng):
    firsts = list(sess["first"])
    lasts = list(sess["last"])
    rng.shuffle(firsts)
    rng.shuffle(lasts)
    out = []
    for i in range(sess["n"]):
        out.append(f"{firsts[i % len(firsts)]} {lasts[i % len(lasts)]}")
    assert len(set(out)) == len(out)
    return out


def group_of(label):
    # labels that may not co-occur for one participant
    if label.startswith("S:"):
        return "S:" + label.split(":")[1]
    if label.startswith("X!"):
        return label[2:]
    if label in ("N", "X"):
        return None
    return label


def is_filler(label):
    return label == "N" or label.startswith("X")


def assign(sess, seed):
    rng = random.Random(seed)
    n = sess["n"]
    items = list(enumerate(sess["items"]))
    rng.shuffle(items)
    # most constrained first: labels with many items, then the rest
    count = {}
    for _, (lab, _, _) in items:
        count[group_of(lab)] = count.get(group_of(lab), 0) + 1
    items.sort(key=lambda it: -count[group_of(it[1][0])] if not is_filler(it[1][0]) else 0)
    load = [[] for _ in range(n)]  # list of (idx, label, q)
    for idx, (lab, q, _) in items:
        g = group_of(lab)
        ok = [p for p in range(n)
              if len(load[p]) < 4
              and all(q != q2 for _, _, q2 in load[p])
              and (g is None or all(g != group_of(l2) for _, l2, _ in load[p]))
              and not (is_filler(lab) and any(is_filler(l2) for _, l2, _ in load[p]))]
        if not ok:
            return None
        m = min(len(load[p]) for p in ok)
        p = rng.choice([p for p in ok if len(load[p]) == m])
        load[p].append((idx, lab, q))
    if any(not (3 <= len(x) <= 4) for x in load):
        return None
    return load


def build(sess):
    code = sess["code"]
    rng = random.Random(f"{SEED}-{code}")
    people = names(sess, rng)
    load = None
    for k in range(5000):
        load = assign(sess, f"{SEED}-{code}-{k}")
        if load:
            break
    assert load, code
    qorder = list(sess["questions"])
    rows, label_ids = [], {}
    num = 0
    for p, its in enumerate(load):
        for idx, lab, q in sorted(its, key=lambda t: qorder.index(t[2])):
            num += 1
            aid = f"{code}-{num:03d}"
            text = sess["items"][idx][2]
            rows.append({"id": aid, "participant": people[p],
                         "question": sess["questions"][q], "answer": text})
            label_ids.setdefault(lab, []).append(aid)

    truth = {
        "session": code,
        "lang": sess["lang"],
        "themes": [{"key": k, "kind": "convergence", "description": d,
                    "answer_ids": label_ids.get("T:" + k, [])}
                   for k, d in sess["themes"].items()],
        "oppositions": [{"key": k, "description": d,
                         "sides": [{"label": sl, "answer_ids": label_ids.get(f"S:{k}:{sk}", [])}
                                   for sk, sl in sides.items()]}
                        for k, (d, sides) in sess["oppositions"].items()],
        "minorities": [{"key": k, "description": d, "answer_ids": label_ids.get("M:" + k, [])}
                       for k, d in sess["minorities"].items()],
        "objective_support": [{"objective": o, "themes": sess["objective_support"].get(o, [])}
                              for o in sess["objectives"]],
        "unsupported_objectives": list(sess["unsupported"]),
        "unserved_needs": list(sess["unserved"]),
        "noise_answer_ids": label_ids.get("N", []),
    }
    with open(os.path.join(HERE, f"{code}.answers.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, f"{code}.objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sess["objectives"]) + "\n")
    with open(os.path.join(HERE, f"{code}.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{code}: {len(load)} participants, {len(rows)} answers, "
          f"traps (unlabelled) {sum(len(v) for k, v in label_ids.items() if k.startswith('X'))}")


if __name__ == "__main__":
    for s in SESSIONS:
        build(s)
