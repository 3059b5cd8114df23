#!/usr/bin/env python3
"""Check the held-out synthesis set 17: format, counts and the planting rules. stdlib only. Exit 0 when all pass."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = {"ZIR": ("fr", 12), "CAM": ("en", 24), "OCC": ("mixed", 38)}
SKIP = {"-", "rien", "pas d'idée", "?", ".", "nothing", "n/a", "idk", "no idea"}
# words of the corporate objective (supported by theme presenter_confreres) that must NOT occur in its answers
CORPORATE = {
    "ZIR": ["recommand", "lead", "pair", "qualifi", "génér", "gener", "accro"],
    "CAM": ["grow", "qualified", "sales", "pipeline", "peer", "advocacy"],
    "OCC": ["générer", "opportunit", "commercia", "qualifi", "advocacy", "client"],
}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def check(code, lang, n_expected):
    path = os.path.join(HERE, code + ".answers.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    ids = set()
    qtext = {}
    parts = set()
    by_id = {}
    for r in rows:
        if set(r) != {"id", "participant", "question", "answer"}:
            err("%s: bad keys %s" % (code, sorted(r)))
        m = re.fullmatch(r"([A-Z]{3})-(P\d\d)-(q\d)", r["id"])
        if not m or m.group(1) != code or m.group(2) != r["participant"]:
            err("%s: bad id %s" % (code, r["id"]))
            continue
        if r["id"] in ids:
            err("%s: duplicate id %s" % (code, r["id"]))
        ids.add(r["id"])
        by_id[r["id"]] = r
        q = m.group(3)
        if qtext.setdefault(q, r["question"]) != r["question"]:
            err("%s: question text differs for %s" % (code, q))
        parts.add(r["participant"])
        if not r["answer"].strip():
            err("%s: empty answer %s" % (code, r["id"]))
    if abs(len(parts) - n_expected) > 2:
        err("%s: %d participants, expected about %d" % (code, len(parts), n_expected))
    if not 5 <= len(qtext) <= 6:
        err("%s: %d questions" % (code, len(qtext)))
    if len(rows) >= len(parts) * len(qtext):
        err("%s: nobody skipped anything" % code)

    truth = json.load(open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8"))
    need_keys = {"session", "lang", "themes", "oppositions", "minorities", "objective_support",
                 "unsupported_objectives", "unserved_needs", "noise_answer_ids"}
    if set(truth) != need_keys:
        err("%s: truth keys %s" % (code, sorted(truth)))
    if truth["session"] != code or truth["lang"] != lang:
        err("%s: session/lang" % code)

    owner = {}

    def own(aid, who):
        if aid not in ids:
            err("%s: %s cites unknown answer %s" % (code, who, aid))
        if aid in owner:
            err("%s: answer %s owned by %s and %s" % (code, aid, owner[aid], who))
        owner[aid] = who

    def pcount(aids):
        return len({a.split("-")[1] for a in aids})

    themes = truth["themes"]
    if not 6 <= len(themes) <= 8:
        err("%s: %d themes" % (code, len(themes)))
    tkeys = {}
    for t in themes:
        if set(t) != {"key", "kind", "description", "answer_ids"}:
            err("%s: theme keys %s" % (code, sorted(t)))
        if t["kind"] not in ("need", "motivation", "brake", "contribution"):
            err("%s: kind %s" % (code, t["kind"]))
        if pcount(t["answer_ids"]) < 3 or pcount(t["answer_ids"]) != len(t["answer_ids"]):
            err("%s: theme %s needs >=3 distinct participants, one answer each" % (code, t["key"]))
        tkeys[t["key"]] = t
        for a in t["answer_ids"]:
            own(a, "theme:" + t["key"])
    if len(truth["oppositions"]) != 2:
        err("%s: %d oppositions" % (code, len(truth["oppositions"])))
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err("%s: opposition %s sides" % (code, o["key"]))
        side_parts = []
        for s in o["sides"]:
            if set(s) != {"label", "answer_ids"}:
                err("%s: side keys" % code)
            if pcount(s["answer_ids"]) < 2:
                err("%s: side %s of %s has <2 participants" % (code, s["label"], o["key"]))
            side_parts.append({a.split("-")[1] for a in s["answer_ids"]})
            for a in s["answer_ids"]:
                own(a, "opp:%s:%s" % (o["key"], s["label"]))
        if side_parts[0] & side_parts[1]:
            err("%s: a participant sits on both sides of %s" % (code, o["key"]))
    if len(truth["minorities"]) != 3:
        err("%s: %d minorities" % (code, len(truth["minorities"])))
    for m in truth["minorities"]:
        if pcount(m["answer_ids"]) != 2 or len(m["answer_ids"]) != 2:
            err("%s: minority %s must have exactly 2 participants" % (code, m["key"]))
        for a in m["answer_ids"]:
            own(a, "min:" + m["key"])
    for a in truth["noise_answer_ids"]:
        own(a, "noise")
    missing = ids - set(owner)
    if missing:
        err("%s: answers owned by nothing: %s" % (code, sorted(missing)[:5]))
    for aid in ids:
        if by_id[aid]["answer"].strip().lower() in SKIP and owner.get(aid) != "noise":
            err("%s: skip marker %s is planted" % (code, aid))

    objs = [l.strip() for l in open(os.path.join(HERE, code + ".objectives.txt"), encoding="utf-8") if l.strip()]
    if len(objs) != 5:
        err("%s: %d objectives" % (code, len(objs)))
    if set(truth["objective_support"]) != set(objs):
        err("%s: objective_support keys differ from objectives.txt" % code)
    served = set()
    for o, keys in truth["objective_support"].items():
        for k in keys:
            if k not in tkeys:
                err("%s: objective cites unknown theme %s" % (code, k))
            served.add(k)
    uns = truth["unsupported_objectives"]
    if len(uns) != 1 or uns[0] not in objs or truth["objective_support"].get(uns[0]):
        err("%s: unsupported objective" % code)
    for o in objs:
        if o not in uns and not truth["objective_support"].get(o):
            err("%s: objective without support not declared unsupported: %s" % (code, o))
    un = truth["unserved_needs"]
    if len(un) != 2:
        err("%s: %d unserved needs" % (code, len(un)))
    for k in un:
        if k not in tkeys or tkeys[k]["kind"] != "need" or k in served:
            err("%s: unserved need %s invalid" % (code, k))
    for k, t in tkeys.items():
        if t["kind"] == "need" and k not in served and k not in un:
            err("%s: need theme %s unserved but not declared" % (code, k))

    # corporate objective: its supporting answers share none of its words
    corp = [o for o, keys in truth["objective_support"].items() if keys == ["presenter_confreres"]]
    if len(corp) != 1:
        err("%s: corporate objective not found" % code)
    for a in tkeys["presenter_confreres"]["answer_ids"]:
        txt = norm(by_id[a]["answer"])
        for w in CORPORATE[code]:
            if norm(w) in txt:
                err("%s: corporate word %r appears in plain-words answer %s" % (code, w, a))
    # mixed session: every theme and every opposition side has FR and EN holders
    if lang == "mixed":
        def is_en(text):
            t = " " + norm(text) + " "
            return sum(t.count(" %s " % w) for w in ("the", "i", "my", "to", "we", "it", "me", "please", "you", "your", "fewer", "for", "in")) >= 1 and \
                sum(t.count(" %s " % w) for w in ("le", "la", "les", "des", "de", "je", "pour", "une", "pas", "sur", "du", "au", "en", "est")) == 0
        groups = [(t["key"], t["answer_ids"]) for t in themes] + \
                 [(o["key"] + ":" + s["label"], s["answer_ids"]) for o in truth["oppositions"] for s in o["sides"]] + \
                 [(m["key"], m["answer_ids"]) for m in truth["minorities"]]
        for key, aids in groups:
            langs = {is_en(by_id[a]["answer"]) for a in aids}
            if langs != {True, False}:
                err("%s: %s lacks a holder in one language" % (code, key))
    planted = len(owner) - len(truth["noise_answer_ids"])
    return (code, lang, len(parts), len(qtext), len(rows), len(themes), len(truth["oppositions"]),
            len(truth["minorities"]), planted, len(truth["noise_answer_ids"]))


def main():
    stats = [check(c, l, n) for c, (l, n) in SESSIONS.items()]
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    first = ("> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 44) from DOMAIN.md, the issue and the "
             "format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
    if readme[0] != first or readme[1] != "":
        err("README first line / blank line")
    for s in stats:
        print("%s lang=%s participants=%d questions=%d answers=%d themes=%d oppositions=%d minorities=%d planted=%d noise=%d" % s)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
