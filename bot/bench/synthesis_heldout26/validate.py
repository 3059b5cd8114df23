#!/usr/bin/env python3
"""Check every rule of syn-format.md and the common rules for synthesis_heldout26. Prints OK."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = {"JFR": ("fr", 12), "JEN": ("en", 24), "JMX": ("fr+en", 38)}
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 53) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
errors = []


def err(msg):
    errors.append(msg)


def check(code, lang, approx_n):
    path = lambda ext: os.path.join(HERE, f"{code}.{ext}")
    answers = []
    with open(path("answers.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            a = json.loads(line)
            if set(a) != {"id", "participant", "question", "answer"}:
                err(f"{code}:{ln} keys {sorted(a)}")
            m = re.fullmatch(rf"{code}-(P\d\d)-q([1-5])", a["id"])
            if not m or m.group(1) != a["participant"]:
                err(f"{code}:{ln} bad id {a['id']}")
            if not a["answer"].strip():
                err(f"{code}:{ln} empty answer")
            answers.append(a)
    ids = [a["id"] for a in answers]
    if len(set(ids)) != len(ids):
        err(f"{code}: duplicate ids")
    qtext = {}
    for a in answers:
        q = a["id"].rsplit("-q", 1)[1]
        qtext.setdefault(q, set()).add(a["question"])
    if sorted(qtext) != ["1", "2", "3", "4", "5"] or any(len(v) != 1 for v in qtext.values()):
        err(f"{code}: questions must be 5 and identical per q")
    if len({next(iter(v)) for v in qtext.values()}) != 5:
        err(f"{code}: 5 distinct questions expected")
    parts = sorted({a["participant"] for a in answers})
    n = len(parts)
    if parts != [f"P{i:02d}" for i in range(1, n + 1)]:
        err(f"{code}: participants not P01..P{n:02d}")
    if abs(n - approx_n) > 2:
        err(f"{code}: {n} participants, expected ~{approx_n}")
    skips = 5 * n - len(answers)
    if skips <= 0:
        err(f"{code}: no skips")
    by_id = {a["id"]: a for a in answers}
    pof = lambda aid: by_id[aid]["participant"]

    objectives = open(path("objectives.txt"), encoding="utf-8").read().splitlines()
    if len(objectives) != 5 or any(not o.strip() for o in objectives):
        err(f"{code}: objectives must be 5 non-empty lines")

    t = json.load(open(path("truth.json"), encoding="utf-8"))
    need_keys = {"session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
                 "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"}
    if set(t) != need_keys:
        err(f"{code}: truth keys {sorted(set(t) ^ need_keys)}")
    if t["session"] != code or t["lang"] != lang:
        err(f"{code}: session/lang mismatch")
    labelled = []
    keys = set()
    theme_keys = {}
    for th in t["themes"]:
        if set(th) != {"key", "kind", "description", "answer_ids"}:
            err(f"{code}: theme keys {th.get('key')}")
        if th["kind"] not in ("need", "brake", "preference", "convergence"):
            err(f"{code}: kind {th['kind']}")
        if len({pof(i) for i in th["answer_ids"]}) < 3:
            err(f"{code}: theme {th['key']} < 3 participants")
        theme_keys[th["key"]] = th["kind"]
        keys.add(th["key"])
        labelled += th["answer_ids"]
    for op in t["oppositions"]:
        if set(op) != {"key", "description", "sides"} or len(op["sides"]) != 2:
            err(f"{code}: opposition shape {op.get('key')}")
        for sd in op["sides"]:
            if set(sd) != {"label", "answer_ids"} or len({pof(i) for i in sd["answer_ids"]}) < 2:
                err(f"{code}: side of {op['key']} needs label and >= 2 participants")
            labelled += sd["answer_ids"]
        keys.add(op["key"])
    for mi in t["minorities"]:
        if set(mi) != {"key", "description", "answer_ids"}:
            err(f"{code}: minority shape")
        if len({pof(i) for i in mi["answer_ids"]}) != 2:
            err(f"{code}: minority {mi['key']} must have exactly 2 participants")
        keys.add(mi["key"])
        labelled += mi["answer_ids"]
    labelled += t["noise_answer_ids"]
    if len(keys) != len(t["themes"]) + len(t["oppositions"]) + len(t["minorities"]):
        err(f"{code}: duplicate keys")
    unknown = [i for i in labelled if i not in by_id]
    if unknown:
        err(f"{code}: unknown ids {unknown[:5]}")
    if len(labelled) != len(set(labelled)):
        err(f"{code}: an answer labelled twice")
    if set(labelled) != set(ids):
        err(f"{code}: unlabelled answers {sorted(set(ids) - set(labelled))[:5]}")
    if list(t["objective_support"]) != objectives:
        err(f"{code}: objective_support keys must equal objectives.txt lines in order")
    for o, ks in t["objective_support"].items():
        for k in ks:
            if k not in theme_keys:
                err(f"{code}: objective maps unknown theme {k}")
    unsup = [o for o, ks in t["objective_support"].items() if not ks]
    if not unsup or t["unsupported_objectives"] != unsup:
        err(f"{code}: unsupported_objectives wrong / empty")
    served = {k for ks in t["objective_support"].values() for k in ks}
    unserved = [k for k, kind in theme_keys.items() if kind == "need" and k not in served]
    if t["unserved_needs"] != unserved:
        err(f"{code}: unserved_needs should be {unserved}")
    if not unserved:
        err(f"{code}: expected at least one unserved need")
    return (code, lang, n, 5, len(answers), skips, len(t["themes"]), len(t["oppositions"]),
            len(t["minorities"]), len(t["noise_answer_ids"]))


rows = [check(c, *v) for c, v in SESSIONS.items()]
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().splitlines()
if readme[0] != LINE1 or readme[1] != ">" or readme[2] != "" or not readme[3].startswith("# synthesis_heldout26: "):
    err("README header lines 1-4")
hdr = "| session | lang | participants | questions | answers | skips | themes | oppositions | minorities | noise |"
if hdr not in readme:
    err("README table header missing")
else:
    i = readme.index(hdr)
    got = [[c.strip() for c in l.strip("|").split("|")] for l in readme[i + 2:i + 6]]
    want = [[str(x) for x in r] for r in rows]
    tot = ["**total**", ""] + [str(sum(r[k] for r in rows)) if k != 3 else "5" for k in range(2, 10)]
    if got != want + [tot]:
        err(f"README table mismatch: {got}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
