#!/usr/bin/env python3
"""Checks the planted-theme set: python3 validate.py  (exit 1 on any error)."""

import glob, json, os, re, sys, itertools, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONS = {"purpose_gap", "needs", "motivations", "constraints", "fears"}
EXPECTED_SIZES = {"BANQUE": 8, "COSMETO": 15, "SAAS": 25, "RUGBY": 40}
STOP = set(
    "the a an to of and or in on for my i me is it be that this with as at by not our we you your de la le les des du un une et à a en que qui pour pas ne je me mes ma mon on nous vous ce ça sur au aux est avec plus d l qu s n c j y".split()
)
errors = []


def err(s, msg):
    errors.append(f"{s}: {msg}")


def words(t):
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return {w for w in re.findall(r"[a-z0-9]+", t) if w not in STOP and len(w) > 2}


def french_markers(t):
    return len(
        re.findall(r"\b(je|les|des|une|pour|pas|avec|mon|mes|qui|est)\b|[éèêàçù]", t.lower())
    )


summary = []
for tpath in sorted(glob.glob(os.path.join(HERE, "*.truth.json"))):
    S = os.path.basename(tpath).split(".")[0]
    truth = json.load(open(tpath, encoding="utf-8"))
    rows = [
        json.loads(l)
        for l in open(os.path.join(HERE, S + ".answers.jsonl"), encoding="utf-8")
        if l.strip()
    ]
    objectives = [
        l.rstrip("\n")
        for l in open(os.path.join(HERE, S + ".objectives.txt"), encoding="utf-8")
        if l.strip()
    ]
    by_id = {}
    for r in rows:
        if set(r) != {"id", "participant", "question", "answer"}:
            err(S, f"bad keys {r}")
        if not re.fullmatch(rf"{S}-a\d{{3}}", r["id"]):
            err(S, f"bad id {r['id']}")
        if not re.fullmatch(rf"{S}-p\d{{2}}", r["participant"]):
            err(S, f"bad participant {r['participant']}")
        if r["question"] not in QUESTIONS:
            err(S, f"bad question {r['question']}")
        if not r["answer"].strip():
            err(S, f"empty answer {r['id']}")
        if r["id"] in by_id:
            err(S, f"duplicate id {r['id']}")
        by_id[r["id"]] = r
        if (
            sum(
                1
                for x in rows
                if x["participant"] == r["participant"] and x["question"] == r["question"]
            )
            > 1
        ):
            err(S, f"two answers to one question {r['id']}")
    parts = {r["participant"] for r in rows}
    if len(parts) != truth["participants"]:
        err(S, f"{len(parts)} participants answered, truth says {truth['participants']}")
    if S in EXPECTED_SIZES and len(parts) != EXPECTED_SIZES[S]:
        err(S, f"expected {EXPECTED_SIZES[S]} participants")
    if not 3 <= len(objectives) <= 6:
        err(S, f"{len(objectives)} objectives")

    owner = {}

    def claim(aid, who):
        if aid not in by_id:
            err(S, f"{who}: unknown answer id {aid}")
        if aid in owner:
            err(S, f"{aid} in both {owner[aid]} and {who}")
        owner[aid] = who

    def pset(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    themes = truth["themes"]
    if not 3 <= len(themes) <= 6:
        err(S, f"{len(themes)} themes (want 3-6)")
    for t in themes:
        for a in t["answer_ids"]:
            claim(a, t["key"])
        if len(pset(t["answer_ids"])) < 3:
            err(S, f"theme {t['key']} has {len(pset(t['answer_ids']))} participants")
        if t.get("kind") != "convergence":
            err(S, f"theme {t['key']} kind")
    if not 1 <= len(truth["oppositions"]) <= 2:
        err(S, "want 1-2 oppositions")
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err(S, f"{o['key']} needs two sides")
        ps = []
        for i, side in enumerate(o["sides"]):
            for a in side["answer_ids"]:
                claim(a, f"{o['key']}/side{i + 1}")
            ps.append(pset(side["answer_ids"]))
            if len(ps[-1]) < 2:
                err(S, f"{o['key']} side {i + 1} has {len(ps[-1])} participants")
        if len(ps) == 2 and ps[0] & ps[1]:
            err(S, f"{o['key']}: participants on both sides {ps[0] & ps[1]}")
    if not 1 <= len(truth["minorities"]) <= 2:
        err(S, "want 1-2 minorities")
    for m in truth["minorities"]:
        for a in m["answer_ids"]:
            claim(a, m["key"])
        if not 2 <= len(pset(m["answer_ids"])) <= 3:
            err(S, f"minority {m['key']} has {len(pset(m['answer_ids']))} participants")
    for a in truth["noise_answer_ids"]:
        claim(a, "noise")
    missing = set(by_id) - set(owner)
    if missing:
        err(S, f"answers in no group: {sorted(missing)}")

    keys = {t["key"] for t in themes}
    sup = truth["objective_support"]
    if [o["objective"] for o in sup] != objectives:
        err(S, "objective_support lines differ from objectives file")
    for o in sup:
        for k in o["themes"]:
            if k not in keys:
                err(S, f"objective supported by unknown theme {k}")
    uo = [o["objective"] for o in sup if not o["themes"]]
    if truth["unsupported_objectives"] != uo or not uo:
        err(S, "unsupported_objectives wrong or empty")
    for o in truth["unsupported_objectives"]:
        if o not in objectives:
            err(S, f"unsupported objective not in file: {o}")
    used = {k for o in sup for k in o["themes"]}
    un = sorted(keys - used)
    if sorted(truth["unserved_needs"]) != un or not un:
        err(S, "unserved_needs wrong or empty")
    if not truth["noise_answer_ids"]:
        err(S, "no noise answers")

    # varied wording: no two answers of one theme share too many content words
    worst = 0.0
    for t in themes:
        ws = [words(by_id[a]["answer"]) for a in t["answer_ids"]]
        for x, y in itertools.combinations(ws, 2):
            if x and y:
                j = len(x & y) / len(x | y)
                worst = max(worst, j)
                if j > 0.5:
                    err(S, f"theme {t['key']}: near-identical wording")
    # language
    fr_rows = [r for r in rows if french_markers(r["answer"]) >= 2]
    en_parts = {
        p
        for p in parts
        if all(french_markers(r["answer"]) == 0 for r in rows if r["participant"] == p)
    }
    if truth["lang"] == "en" and fr_rows:
        err(S, f"French-looking answers in English session: {[r['id'] for r in fr_rows]}")
    summary.append(
        f"{S:8} {truth['lang']}  participants={len(parts):2}  answers={len(rows):3}  objectives={len(objectives)}  "
        f"themes={len(themes)} ({', '.join(str(len(pset(t['answer_ids']))) for t in themes)} participants)  "
        f"oppositions={len(truth['oppositions'])} ({'; '.join('/'.join(str(len(pset(s['answer_ids']))) for s in o['sides']) for o in truth['oppositions'])})  "
        f"minorities={len(truth['minorities'])} ({', '.join(str(len(pset(m['answer_ids']))) for m in truth['minorities'])})  "
        f"noise={len(truth['noise_answer_ids'])}  unsupported_obj={len(uo)}  unserved={un}  "
        f"max_intra_theme_jaccard={worst:.2f}"
        + (f"  english-looking participants={sorted(en_parts)}" if truth["lang"] == "fr" else "")
    )

print("\n".join(summary))
if len(summary) < 4:
    errors.append("fewer than 4 sessions")
langs = [json.load(open(p))["lang"] for p in glob.glob(os.path.join(HERE, "*.truth.json"))]
if "en" not in langs:
    errors.append("no English session")
if errors:
    print("\nERRORS:\n" + "\n".join(errors))
    sys.exit(1)
print("\nOK")
