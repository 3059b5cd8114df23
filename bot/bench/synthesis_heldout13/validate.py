#!/usr/bin/env python3
"""Stdlib validator for synthesis_heldout13. Exit 0 when every rule holds."""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = ["MTL", "LDG", "BRC"]
STOP = set("""
a à au aux avec ce ces cet cette ça ca c ceux celle celui chez comme dans de des du d en et est es
être etre suis sont sera serait été ete ai as a avons avez ont avoir aura eu il ils elle elles je j
tu vous nous on le la les l leur leurs lui me m mes mon ma moi mien se s sa son ses te t ton ta tes
toi qu que qui quoi quel quelle quand si y un une ou où par pour plus moins sur sous très tres
trop tout tous toute toutes bien aussi encore déjà deja fait faire faut peu même meme autre autres
avant après apres entre vers genre truc bah mdr lol svp ptet peut être là la ici quelque quelques
the an and or of to in on at for with from by as is are was were be been being am it its it's this
that these those there here i i'm i'd me my mine you your we our they them their he she his her
so too very just really like get got would could can will what which who when how if then than
do does did done have has had about into out up off over some any all every more most much many
bit lot one two stuff things thing also still even well
pas ne n non ni jamais aucun aucune rien sans not no never don't doesn't isn't can't won't nothing
""".split())
NEG = set("""pas ne n ni non jamais aucun aucune rien sans personne not no never nothing nobody none
don't doesn't didn't isn't aren't wasn't can't cannot won't wouldn't shouldn't couldn't n't""".split())


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower().replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", norm(s))


def stems(s):
    out = set()
    for w in tokens(s):
        base = w.split("'")[-1] if "'" in w and w.split("'")[0] in ("l", "d", "j", "qu", "c", "s", "n", "m", "t") else w
        if base in STOP or w in STOP or len(base) < 3 or base.isdigit():
            continue
        out.add(base[:5])
    return out


def has_negation(s):
    toks = tokens(s)
    return any(t in NEG or t.endswith("n't") or t.startswith("n'") for t in toks)


ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def validate_session(code):
    rows = [json.loads(l) for l in open(os.path.join(HERE, f"{code}.answers.jsonl"), encoding="utf-8")]
    objectives = open(os.path.join(HERE, f"{code}.objectives.txt"), encoding="utf-8").read().splitlines()
    truth = json.load(open(os.path.join(HERE, f"{code}.truth.json"), encoding="utf-8"))
    by_id = {r["id"]: r for r in rows}
    check(len(by_id) == len(rows), f"{code}: duplicate ids")
    for i, r in enumerate(rows, 1):
        check(set(r) == {"id", "participant", "question", "answer"}, f"{code}: bad keys {r}")
        check(r["id"] == f"{code}-{i:03d}", f"{code}: id order {r['id']}")
        check(r["answer"].strip() != "", f"{code}: empty answer {r['id']}")
    parts = sorted({r["participant"] for r in rows})
    questions = list(dict.fromkeys(r["question"] for r in rows))
    check(8 <= len(parts) <= 40, f"{code}: {len(parts)} participants")
    check(4 <= len(questions) <= 6, f"{code}: {len(questions)} questions")
    pairs = [(r["participant"], r["question"]) for r in rows]
    check(len(set(pairs)) == len(pairs), f"{code}: a participant answers a question twice")
    for p in parts:
        n = sum(1 for r in rows if r["participant"] == p)
        check(n * 2 > len(questions), f"{code}: {p} answers only {n} questions")
    check(len(rows) < len(parts) * len(questions), f"{code}: no skips at all")
    check(4 <= len(objectives) <= 6, f"{code}: {len(objectives)} objectives")
    check(truth["session"] == code, f"{code}: session field")
    check(truth["lang"] in ("fr", "en", "mixed"), f"{code}: lang")

    buckets = []
    themes = truth["themes"]
    check(6 <= len(themes) <= 8, f"{code}: {len(themes)} themes")
    for t in themes:
        check(t["kind"] == "convergence", f"{code}: kind {t['key']}")
        buckets.append(("theme:" + t["key"], t["answer_ids"]))
    opps = truth["oppositions"]
    check(1 <= len(opps) <= 2, f"{code}: {len(opps)} oppositions")
    for o in opps:
        check(len(o["sides"]) == 2, f"{code}: sides {o['key']}")
        for s in o["sides"]:
            buckets.append((f"opp:{o['key']}:{s['label']}", s["answer_ids"]))
    mins = truth["minorities"]
    check(2 <= len(mins) <= 3, f"{code}: {len(mins)} minorities")
    for m in mins:
        buckets.append(("min:" + m["key"], m["answer_ids"]))
        ppl = {by_id[a]["participant"] for a in m["answer_ids"] if a in by_id}
        check(2 <= len(ppl) <= 3, f"{code}: minority {m['key']} has {len(ppl)} people")
    check(len(truth["noise_answer_ids"]) > 0, f"{code}: no noise")
    buckets.append(("noise", truth["noise_answer_ids"]))
    seen = {}
    for name, ids in buckets:
        for a in ids:
            check(a in by_id, f"{code}: unknown id {a}")
            check(a not in seen, f"{code}: {a} in {seen.get(a)} and {name}")
            seen[a] = name
    check(set(seen) == set(by_id), f"{code}: ids without bucket {sorted(set(by_id) - set(seen))}")

    # paraphrase rule: no content stem in more than half of a theme's (or big side's) answers
    groups = [(t["key"], t["answer_ids"]) for t in themes]
    groups += [(f"{o['key']}/{s['label']}", s["answer_ids"]) for o in opps for s in o["sides"] if len(s["answer_ids"]) >= 4]
    for key, ids in groups:
        check(len({by_id[a]["participant"] for a in ids}) == len(ids), f"{code}: {key} repeats a participant")
        count = {}
        for a in ids:
            for st in stems(by_id[a]["answer"]):
                count[st] = count.get(st, 0) + 1
        for st, c in count.items():
            check(c * 2 <= len(ids), f"{code}: '{st}' in {c}/{len(ids)} answers of {key}")
    for t in themes:
        check(len(t["answer_ids"]) >= 4, f"{code}: theme {t['key']} too small")

    # at least one opposition made of two wishes with no negation word
    clean = [o["key"] for o in opps if not any(has_negation(by_id[a]["answer"]) for s in o["sides"] for a in s["answer_ids"])]
    check(len(clean) >= 1, f"{code}: every opposition uses a negation word")

    # objectives
    theme_keys = {t["key"] for t in themes}
    supported = [x["objective"] for x in truth["objective_support"]]
    for x in truth["objective_support"]:
        check(x["objective"] in objectives, f"{code}: objective not an exact line: {x['objective']}")
        check(x["themes"] and set(x["themes"]) <= theme_keys, f"{code}: bad themes for {x['objective']}")
    check(len(truth["unsupported_objectives"]) == 1, f"{code}: want 1 unsupported objective")
    for u in truth["unsupported_objectives"]:
        check(u in objectives and u not in supported, f"{code}: unsupported objective {u}")
    check(set(supported) | set(truth["unsupported_objectives"]) == set(objectives), f"{code}: objective unaccounted")
    served = {k for x in truth["objective_support"] for k in x["themes"]}
    check(set(truth["unserved_needs"]) == theme_keys - served, f"{code}: unserved_needs mismatch")
    check(2 <= len(truth["unserved_needs"]) <= 3, f"{code}: {len(truth['unserved_needs'])} unserved needs")
    para_only = []
    ans_by_theme = {t["key"]: t["answer_ids"] for t in themes}
    for x in truth["objective_support"]:
        ost = stems(x["objective"])
        shared = set()
        for k in x["themes"]:
            for a in ans_by_theme[k]:
                shared |= ost & stems(by_id[a]["answer"])
        if not shared:
            para_only.append(x["objective"])
    check(para_only, f"{code}: no objective supported only by paraphrase")
    return len(parts), len(rows), len(themes), para_only, clean


def reproduces():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True)
        for code in SESSIONS:
            for suffix in ("answers.jsonl", "objectives.txt", "truth.json"):
                name = f"{code}.{suffix}"
                check(filecmp.cmp(os.path.join(tmp, name), os.path.join(HERE, name), shallow=False),
                      f"{name} differs from generate.py output")


def main():
    for code in SESSIONS:
        info = validate_session(code)
        print(f"{code}: {info[0]} participants, {info[1]} answers, {info[2]} themes; "
              f"paraphrase-only objectives: {len(info[3])}; negation-free oppositions: {info[4]}")
    reproduces()
    for e in ERR:
        print("ERROR:", e)
    print("OK" if not ERR else f"{len(ERR)} error(s)")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
