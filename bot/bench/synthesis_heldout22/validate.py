#!/usr/bin/env python3
"""Check every rule of the planted-theme synthesis format (issue 18) on this folder. Prints OK."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 49) from DOMAIN.md, the issue and "
         "the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
SESSIONS = {"ANG": ("fr", 8, 16), "ONL": ("en", 18, 30), "FES": ("fr+en", 30, 40)}
KINDS = {"need", "brake", "convergence", "preference"}
TRUTH_KEYS = {"session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids"}
errors = []


def err(msg):
    errors.append(msg)


FR_W = {"je", "les", "des", "pas", "de", "du", "le", "la", "mon", "mes", "pour", "avec", "une", "un", "et", "ça",
        "est", "sur", "par", "qui", "que", "en", "à", "au", "aux", "ce", "moi", "plus", "mais", "jeux", "jeu"}
EN_W = {"the", "i", "to", "and", "a", "of", "my", "for", "with", "is", "it", "on", "in", "games", "game", "not",
        "be", "that", "me", "don't", "i'm", "i'd", "at", "play", "please", "honestly", "people", "what"}


def guess_lang(text):
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(w in FR_W for w in words) + len(re.findall(r"[éèêàçùûôî]", text.lower()))
    en = sum(w in EN_W for w in words)
    if fr >= 1 and en == 0:
        return "fr"
    if en >= 1 and fr == 0:
        return "en"
    if fr >= en + 2:
        return "fr"
    if en >= fr + 2:
        return "en"
    return None


def check_session(code, lang, lo, hi):
    pa = os.path.join(HERE, f"{code}.answers.jsonl")
    po = os.path.join(HERE, f"{code}.objectives.txt")
    pt = os.path.join(HERE, f"{code}.truth.json")
    for p in (pa, po, pt):
        if not os.path.exists(p):
            err(f"missing {p}")
            return None
    answers = []
    with open(pa, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                a = json.loads(line)
            except ValueError:
                err(f"{code} line {ln} not JSON")
                continue
            if set(a) != {"id", "participant", "question", "answer"}:
                err(f"{code} line {ln} keys {sorted(a)}")
                continue
            answers.append(a)
    ids = [a["id"] for a in answers]
    if len(ids) != len(set(ids)):
        err(f"{code} duplicate ids")
    qtext = {}
    parts = set()
    for a in answers:
        m = re.fullmatch(rf"{code}-(P\d\d)-q(\d)", a["id"])
        if not m or m.group(1) != a["participant"]:
            err(f"{code} bad id {a['id']}")
            continue
        q = int(m.group(2))
        parts.add(a["participant"])
        if qtext.setdefault(q, a["question"]) != a["question"]:
            err(f"{code} q{q} question text differs")
        if not a["answer"].strip():
            err(f"{code} empty answer {a['id']}")
        if lang == "fr+en" and " / " not in a["question"]:
            err(f"{code} question not bilingual: {a['question']}")
    keyf = lambda a: (a["participant"], int(a["id"].rsplit("-q", 1)[1]))
    if [keyf(a) for a in answers] != sorted(keyf(a) for a in answers):
        err(f"{code} not sorted by participant then question")
    nq = len(qtext)
    if not 5 <= nq <= 6 or sorted(qtext) != list(range(1, nq + 1)):
        err(f"{code} questions {sorted(qtext)}")
    if len(set(qtext.values())) != nq:
        err(f"{code} two questions share a text")
    if not lo <= len(parts) <= hi:
        err(f"{code} participants {len(parts)} not in [{lo},{hi}]")
    if len(answers) >= len(parts) * nq:
        err(f"{code} no skips")
    texts = [a["answer"] for a in answers]
    if len(texts) != len(set(texts)):
        err(f"{code} repeated answer text within session")
    # language
    by_part = {}
    for a in answers:
        g = guess_lang(a["answer"])
        if g:
            by_part.setdefault(a["participant"], set()).add(g)
    if lang in ("fr", "en"):
        bad = [p for p, s in by_part.items() if s != {lang}]
        if bad:
            err(f"{code} participants not in {lang}: {bad}")
    else:
        mixed = [p for p, s in by_part.items() if len(s) > 1]
        if mixed:
            err(f"{code} participants answering in two languages: {mixed}")
        langs = set().union(*by_part.values())
        if langs != {"fr", "en"}:
            err(f"{code} mixed session lacks a language: {langs}")
    # objectives
    with open(po, encoding="utf-8") as f:
        objectives = [l.rstrip("\n") for l in f if l.strip()]
    if len(objectives) != 5 or len(set(objectives)) != 5:
        err(f"{code} needs 5 distinct objectives, has {len(objectives)}")
    # truth
    with open(pt, encoding="utf-8") as f:
        t = json.load(f)
    if set(t) != TRUTH_KEYS:
        err(f"{code} truth keys {sorted(set(t) ^ TRUTH_KEYS)}")
        return t
    if t["session"] != code or t["lang"] != lang:
        err(f"{code} truth session/lang {t['session']} {t['lang']}")
    idset = set(ids)
    part_of = {a["id"]: a["participant"] for a in answers}
    qnum = {a["id"]: int(a["id"].rsplit("-q", 1)[1]) for a in answers}
    owned = []

    def check_ids(where, lst):
        for x in lst:
            if x not in idset:
                err(f"{code} {where}: unknown id {x}")
        owned.extend(lst)
        return [part_of.get(x) for x in lst]

    theme_keys = {}
    for th in t["themes"]:
        if set(th) != {"key", "kind", "description", "answer_ids"}:
            err(f"{code} theme keys {sorted(th)}")
            continue
        if th["kind"] not in KINDS:
            err(f"{code} theme {th['key']} kind {th['kind']}")
        if th["key"] in theme_keys:
            err(f"{code} duplicate theme key {th['key']}")
        theme_keys[th["key"]] = th["kind"]
        ps = check_ids(f"theme {th['key']}", th["answer_ids"])
        if len(ps) != len(set(ps)):
            err(f"{code} theme {th['key']}: a participant has two answers")
        if len(set(ps)) < 3:
            err(f"{code} theme {th['key']}: {len(set(ps))} participants < 3")
        if len({qnum.get(x) for x in th["answer_ids"]}) > 1:
            err(f"{code} theme {th['key']} spans several questions")
    if len(t["oppositions"]) != 2:
        err(f"{code} {len(t['oppositions'])} oppositions, need 2")
    for op in t["oppositions"]:
        if set(op) != {"key", "description", "sides"} or len(op["sides"]) != 2:
            err(f"{code} opposition malformed {op.get('key')}")
            continue
        qs = set()
        allp = []
        for sd in op["sides"]:
            if set(sd) != {"label", "description", "answer_ids"}:
                err(f"{code} opposition side keys {sorted(sd)}")
                continue
            ps = check_ids(f"opposition {op['key']}", sd["answer_ids"])
            if len(set(ps)) < 2 or len(ps) != len(set(ps)):
                err(f"{code} opposition {op['key']} side {sd['label']}: bad participants {ps}")
            allp += ps
            qs |= {qnum.get(x) for x in sd["answer_ids"]}
        if len(qs) != 1:
            err(f"{code} opposition {op['key']} spans questions {qs}")
        if len(allp) != len(set(allp)):
            err(f"{code} opposition {op['key']}: participant on both sides")
    for mi in t["minorities"]:
        if set(mi) != {"key", "description", "answer_ids"}:
            err(f"{code} minority keys {sorted(mi)}")
            continue
        ps = check_ids(f"minority {mi['key']}", mi["answer_ids"])
        if len(ps) != 2 or len(set(ps)) != 2:
            err(f"{code} minority {mi['key']}: participants {ps}, need exactly 2")
    if not t["minorities"]:
        err(f"{code} no minority")
    if not t["noise_answer_ids"]:
        err(f"{code} no noise")
    check_ids("noise", t["noise_answer_ids"])
    if sorted(owned) != sorted(ids):
        extra = [x for x in set(owned) if owned.count(x) > 1]
        missing = idset - set(owned)
        err(f"{code} ownership: multiply owned {extra[:5]}, unowned {sorted(missing)[:5]}")
    sup = t["objective_support"]
    if set(sup) != set(objectives):
        err(f"{code} objective_support keys differ from objectives.txt")
    supported = set()
    for o, keys in sup.items():
        for k in keys:
            if k not in theme_keys:
                err(f"{code} objective support names unknown theme {k}")
            supported.add(k)
    unsup = [o for o in objectives if not sup.get(o)]
    if sorted(unsup) != sorted(t["unsupported_objectives"]):
        err(f"{code} unsupported_objectives mismatch")
    if not 1 <= len(t["unsupported_objectives"]) <= 2:
        err(f"{code} {len(t['unsupported_objectives'])} unsupported objectives, need 1-2")
    unserved = [k for k, kind in theme_keys.items() if kind == "need" and k not in supported]
    if sorted(unserved) != sorted(t["unserved_needs"]):
        err(f"{code} unserved_needs mismatch: expected {unserved}")
    if not 1 <= len(t["unserved_needs"]) <= 2:
        err(f"{code} {len(t['unserved_needs'])} unserved needs, need 1-2")
    return t


def main():
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        err("README.md missing")
    else:
        lines = open(readme, encoding="utf-8").read().split("\n")
        if len(lines) < 2 or lines[0] != FIRST or lines[1] != "":
            err("README.md first line / blank line wrong")
    clients = set()
    for code, (lang, lo, hi) in SESSIONS.items():
        t = check_session(code, lang, lo, hi)
        if t:
            clients.add(t.get("client"))
    if len(clients) != 1:
        err(f"sessions name different clients {clients}")
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
