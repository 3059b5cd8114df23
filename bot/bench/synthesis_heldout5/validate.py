#!/usr/bin/env python3
"""Check the rules of the planted-theme synthesis set (standard library only).

Usage: python3 validate.py   (from any directory; exits 1 on any breach)
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = ["mediavals", "northfield", "sorbier"]
EXPECTED_SIZE = {"mediavals": (9, 11), "northfield": (20, 26), "sorbier": (34, 40)}
EXPECTED_LANG = {"mediavals": "fr", "northfield": "en", "sorbier": "fr+en"}

FR_FUNC = set("""
a à au aux avec ce ces cet cette ça ca c ceci cela celle celles celui ceux chez comme dans de des du d
elle elles en et est été être eu eux il ils je j l la le les leur leurs lui ma mais me même mes moi mon
ne n nos notre nous on ou où par pas pour qu que qui quoi sa se ses si son sont sur ta te tes toi ton tu
un une vos votre vous y s t m ai as avons avez ont suis es sommes êtes était étais serait serais sera
fait faire peu plus moins très trop bien aussi alors donc car puis tout tous toute toutes rien
quand comment pourquoi déjà encore ici là oui non ni peut peux pourrait pourrais dont cela lorsque
avoir sans sous entre vers après avant depuis pendant chaque quelque quelques autre autres
ceux celles aucun aucune assez tant tellement vraiment juste genre bref voilà enfin etc
""".split())
EN_FUNC = set("""
a an the and or but if of to in on at by for with from into about as is are was were be been being am
i me my mine we us our you your he him his she her it its they them their this that these those there
here what which who whom whose when where why how not no nor do does did doing done have has had having
would could should will shall can may might must just very really also too so than then only some any
all each every more most much many few other such own same again once out up down over under off
get got im i'm it's don't dont can't cant won't isn't wasn't i'd i'll i've that's there's let's yes
etc maybe bit lot lots thing things kind sort
""".split())
FUNC = FR_FUNC | EN_FUNC
EN_MARK = set("""the and is are was were i you my it to of with for that this what would could be have
not don't can't i'm it's they we our your just really but because about like""".split())
FR_MARK = set("""le la les et est je j' de des du un une pour pas que qui avec sur mais ce c'est ça
vous nous on mon ma mes très plus aux au""".split())


def fold(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").replace("œ", "oe")


FUNC_F = {fold(w) for w in FUNC}


def words(text):
    return re.findall(r"[a-z]+", fold(text))


def stems(text):
    """6-character stems of content words (function words excluded)."""
    return {w[:6] for w in words(text) if len(w) >= 3 and w not in FUNC_F}


def lang_of(answer, question):
    def score(t):
        toks = re.findall(r"[a-zà-ÿ']+", t.lower().replace("’", "'"))
        toks2 = []
        for tok in toks:
            if tok.startswith(("j'", "l'", "d'", "c'", "qu'", "n'", "m'", "s'")) and tok not in EN_MARK:
                toks2.append(tok.split("'")[0] + "'")
            toks2.append(tok)
        en = sum(1 for w in toks2 if w in EN_MARK)
        fr = sum(1 for w in toks2 if w in FR_MARK)
        return en, fr
    en, fr = score(answer)
    if en + fr < 2 or en == fr:
        qen, qfr = score(question)
        en, fr = en + qen, fr + qfr
    return "en" if en > fr else "fr"


def check_session(key, errors):
    def err(msg):
        errors.append(f"{key}: {msg}")

    base = os.path.join(HERE, key)
    answers = []
    with open(base + ".answers.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"blank line {n} in answers")
                continue
            obj = json.loads(line)
            if set(obj) != {"id", "participant", "question", "answer"}:
                err(f"line {n}: wrong keys {sorted(obj)}")
            answers.append(obj)
    with open(base + ".objectives.txt", encoding="utf-8") as f:
        raw = f.read()
    obj_lines = raw.split("\n")
    if obj_lines and obj_lines[-1] == "":
        obj_lines = obj_lines[:-1]
    if any(not l.strip() for l in obj_lines):
        err("blank line in objectives")
    with open(base + ".truth.json", encoding="utf-8") as f:
        truth = json.load(f)

    by_id = {}
    for a in answers:
        if a["id"] in by_id:
            err(f"duplicate id {a['id']}")
        if not a["id"].startswith(key + "-"):
            err(f"id {a['id']} not prefixed by {key}-")
        if not a["answer"].strip() or not a["question"].strip():
            err(f"{a['id']}: empty question or answer")
        by_id[a["id"]] = a

    if truth.get("session") != key:
        err("truth.session mismatch")
    if truth.get("lang") != EXPECTED_LANG[key]:
        err(f"lang should be {EXPECTED_LANG[key]}")

    themes = truth["themes"]
    opps = truth["oppositions"]
    mins = truth["minorities"]
    noise = truth["noise_answer_ids"]

    # rule 1: partition
    owner = defaultdict(list)
    groups = []  # (label, ids)
    for t in themes:
        if t.get("kind") != "convergence":
            err(f"theme {t['key']} kind must be convergence")
        groups.append(("theme " + t["key"], t["answer_ids"]))
    for o in opps:
        if len(o["sides"]) != 2:
            err(f"opposition {o['key']} must have 2 sides")
        for s in o["sides"]:
            groups.append((f"side {o['key']}/{s['label']}", s["answer_ids"]))
    for m in mins:
        groups.append(("minority " + m["key"], m["answer_ids"]))
    for label, ids in groups + [("noise", noise)]:
        for i in ids:
            owner[i].append(label)
            if i not in by_id:
                err(f"{label}: unknown id {i}")
    for i in by_id:
        if len(owner[i]) != 1:
            err(f"{i} belongs to {owner[i] or 'nothing'}")

    def parts(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    # rule 2: vocabulary spread, no repeated text
    for label, ids in groups:
        n = len(ids)
        cnt = Counter()
        for i in ids:
            cnt.update(stems(by_id[i]["answer"]))
        for st, c in cnt.items():
            if c / n >= 0.6:
                err(f"{label}: stem '{st}' in {c}/{n} answers")
    seen = {}
    noise_set = set(noise)
    for a in answers:
        if a["id"] in noise_set:
            continue
        norm = " ".join(words(a["answer"]))
        if norm in seen:
            err(f"repeated answer text {a['id']} = {seen[norm]}")
        seen[norm] = a["id"]

    # rule 3: counts
    if not 5 <= len(themes) <= 7:
        err(f"{len(themes)} convergence themes (5-7)")
    for t in themes:
        if len(parts(t["answer_ids"])) < 3:
            err(f"theme {t['key']} held by < 3 participants")
    if not 1 <= len(opps) <= 2:
        err(f"{len(opps)} oppositions (1-2)")
    for o in opps:
        ps = [parts(s["answer_ids"]) for s in o["sides"]]
        for s, p in zip(o["sides"], ps):
            if len(p) < 2:
                err(f"opposition {o['key']} side {s['label']} held by < 2")
        if len(ps) == 2 and ps[0] & ps[1]:
            err(f"opposition {o['key']}: {ps[0] & ps[1]} on both sides")
    if not 1 <= len(mins) <= 2:
        err(f"{len(mins)} minorities (1-2)")
    for m in mins:
        p = parts(m["answer_ids"])
        if not 2 <= len(p) <= 4:
            err(f"minority {m['key']} held by {len(p)}")
        if len(p) != len(m["answer_ids"]):
            err(f"minority {m['key']}: one answer per holder expected")

    # rule 4: noise share
    share = len(noise) / max(1, len(answers))
    if not 0.05 <= share <= 0.15:
        err(f"noise share {share:.3f} outside 5-15 %")

    # rule 5: objectives
    sup = truth["objective_support"]
    if [s["objective"] for s in sup] != obj_lines:
        err("objective_support does not list the objectives file exactly and in order")
    theme_by_key = {t["key"]: t for t in themes}
    unsupported = [s["objective"] for s in sup if not s["themes"]]
    if unsupported != truth["unsupported_objectives"]:
        err("unsupported_objectives mismatch")
    if not unsupported:
        err("no unsupported objective")
    paraphrase = 0
    para_objs = []
    for s in sup:
        for k in s["themes"]:
            if k not in theme_by_key:
                err(f"objective '{s['objective']}' cites unknown theme {k}")
        if s["themes"]:
            st = set()
            for k in s["themes"]:
                t = theme_by_key.get(k)
                if t:
                    st |= stems(t["description"])
                    for i in t["answer_ids"]:
                        st |= stems(by_id[i]["answer"]) if i in by_id else set()
            if not (stems(s["objective"]) & st):
                paraphrase += 1
                para_objs.append(s["objective"])
    if paraphrase < 1:
        err("no objective supported only by paraphrase")

    # rule 6: unserved needs
    used = {k for s in sup for k in s["themes"]}
    expected_unserved = sorted(t["key"] for t in themes if t["key"] not in used)
    if sorted(truth["unserved_needs"]) != expected_unserved:
        err(f"unserved_needs should be {expected_unserved}")
    if not expected_unserved:
        err("no unserved need")

    # rule 7: names, answers per participant, size
    per = Counter(a["participant"] for a in answers)
    for name, c in per.items():
        toks = name.split()
        particles = {"van", "von", "de", "der", "den", "du", "da", "di", "le", "la", "des", "ter", "bin"}
        if len(toks) < 2 or not all(t[0].isupper() or t in particles for t in toks) \
                or not toks[0][0].isupper() or not toks[-1][0].isupper():
            err(f"unrealistic name {name!r}")
        if not 4 <= c <= 5:
            err(f"{name} gives {c} answers")
    lo, hi = EXPECTED_SIZE[key]
    if not (8 <= len(per) <= 40 and lo <= len(per) <= hi):
        err(f"{len(per)} participants (expected {lo}-{hi})")

    # rule 8: languages
    langs = {a["id"]: lang_of(a["answer"], a["question"]) for a in answers}
    en_share = sum(1 for v in langs.values() if v == "en") / len(answers)
    if truth["lang"] == "fr+en":
        if not 0.30 <= en_share <= 0.50:
            err(f"English share {en_share:.3f} outside 30-50 %")
        for l in obj_lines:
            if lang_of(l, l) != "fr":
                err(f"objective not French: {l}")
        for t in themes:
            ls = {langs[i] for i in t["answer_ids"] if i in langs}
            if ls != {"fr", "en"}:
                err(f"theme {t['key']} languages {ls}")
    else:
        for i, v in langs.items():
            if v != truth["lang"]:
                err(f"{i} detected {v} in a {truth['lang']} session: {by_id[i]['answer'][:60]}")

    return {"participants": len(per), "answers": len(answers), "themes": len(themes),
            "oppositions": len(opps), "minorities": len(mins), "noise": f"{share:.1%}",
            "english": f"{en_share:.0%}", "unsupported": len(unsupported),
            "unserved": len(expected_unserved), "paraphrase_only": para_objs}


def main():
    errors = []
    for key in SESSIONS:
        try:
            info = check_session(key, errors)
            print(key, info)
        except (OSError, ValueError, KeyError, TypeError) as e:
            errors.append(f"{key}: cannot check ({e!r})")
    for e in errors:
        print("BREACH", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
