#!/usr/bin/env python3
"""Check every constraint of the synthesis-set format for synthesis_dev18. Prints OK or the errors."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = ("> **Development set** (written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue and the "
        "format only; it may be read and tuned on).")
SESSIONS = {"COS1": ("fr", 12, 2), "COS2": ("en", 24, 3), "COS3": ("mixed", 38, 5)}
KINDS = {"need", "brake", "preference", "practical"}
QS = ["q1", "q2", "q3", "q4", "q5"]
FR_W = {"je", "j", "ma", "mon", "mes", "les", "des", "pas", "une", "un", "et", "le", "la", "de", "du", "qu",
        "ça", "c", "est", "pour", "sur", "oui", "non", "en", "avec", "que", "plutôt", "soir", "rien", "aucune",
        "idée", "avis", "temps", "clairement", "vous", "voulez", "comme", "sais", "pourquoi", "carrément", "contre"}
EN_W = {"i", "my", "the", "a", "and", "to", "of", "it", "is", "yes", "no", "not", "me", "for", "on", "with",
        "please", "time", "online", "evening", "evenings", "sure", "pass", "what", "can", "t", "hmm", "good",
        "question", "nothing", "comes", "mind", "sorry", "yet", "preference", "against", "definitely", "n",
        "whatever", "works", "none", "really", "love", "by", "way", "week", "levels"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def words(s):
    return re.findall(r"[a-zà-ÿœ]+", s.lower())


def lang_guess(text):
    w = words(text)
    fr = sum(1 for x in w if x in FR_W)
    en = sum(1 for x in w if x in EN_W)
    if fr == en:
        return None
    return "fr" if fr > en else "en"


# README
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != MARK:
    err("README line 1 is not the development mark")
if len(readme) < 3 or readme[1] != ">" or readme[2] != "":
    err("README lines 2-3 must be '>' and empty")
rtext = "\n".join(readme)
for p in ("Client:", "Flavour:", "Labels:", "Files:"):
    if p not in rtext:
        err("README misses paragraph " + p)
for code in SESSIONS:
    if code not in rtext:
        err("README table misses " + code)

for code, (lang, n, nmin) in SESSIONS.items():
    d = os.path.join(HERE, code)
    for f in ("answers.jsonl", "objectives.txt", "truth.json"):
        if not os.path.isfile(os.path.join(d, f)):
            err("%s: missing %s" % (code, f))
    answers = [json.loads(l) for l in open(os.path.join(d, "answers.jsonl"), encoding="utf-8") if l.strip()]
    truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
    objs = [l.rstrip("\n") for l in open(os.path.join(d, "objectives.txt"), encoding="utf-8") if l.strip()]

    # answers
    byid = {}
    parts = {}
    texts = set()
    for a in answers:
        if set(a) != {"id", "participant", "question", "answer"}:
            err("%s: bad keys %s" % (code, a))
        if not re.fullmatch(r"%s-P\d\d-q[1-5]" % code, a["id"]):
            err("%s: bad id %s" % (code, a["id"]))
        if a["id"] != "%s-%s-%s" % (code, a["participant"], a["question"]):
            err("%s: id/participant/question mismatch %s" % (code, a["id"]))
        if a["id"] in byid:
            err("%s: duplicate id %s" % (code, a["id"]))
        byid[a["id"]] = a
        if not a["answer"].strip():
            err("%s: empty answer %s" % (code, a["id"]))
        t = norm(a["answer"]).strip()
        if t in texts:
            err("%s: duplicate answer text %r" % (code, a["answer"]))
        texts.add(t)
        parts.setdefault(a["participant"], set()).add(a["question"])
    if len(parts) != n:
        err("%s: %d participants, expected %d" % (code, len(parts), n))
    for p, qs in parts.items():
        if sorted(qs) != QS:
            err("%s: %s does not answer q1..q5 exactly once" % (code, p))
    if len(answers) != 5 * n:
        err("%s: %d answers, expected %d" % (code, len(answers), 5 * n))

    # truth header
    for k in ("session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"):
        if k not in truth:
            err("%s: truth misses %s" % (code, k))
    if truth["session"] != code or truth["lang"] != lang:
        err("%s: session/lang wrong in truth" % code)

    # labels exactly once
    count = {}

    def lab(ids, where):
        for i in ids:
            if i not in byid:
                err("%s: %s cites unknown id %s" % (code, where, i))
            count[i] = count.get(i, 0) + 1

    pp = lambda ids: {byid[i]["participant"] for i in ids if i in byid}
    keys = {}
    for t in truth["themes"]:
        if set(t) != {"key", "kind", "description", "answer_ids"}:
            err("%s: theme keys %s" % (code, t.get("key")))
        if t["kind"] not in KINDS:
            err("%s: theme %s bad kind" % (code, t["key"]))
        if len(pp(t["answer_ids"])) < 3 or len(pp(t["answer_ids"])) != len(t["answer_ids"]):
            err("%s: theme %s needs 3+ distinct participants, one answer each" % (code, t["key"]))
        if t["key"] in keys:
            err("%s: duplicate key %s" % (code, t["key"]))
        keys[t["key"]] = t
        lab(t["answer_ids"], t["key"])
    kinds_seen = {t["kind"] for t in truth["themes"]}
    if kinds_seen != KINDS:
        err("%s: theme kinds present %s" % (code, kinds_seen))
    ops = truth["oppositions"]
    if len(ops) != 1 or ops[0]["question"] != "q5" or len(ops[0]["sides"]) != 2:
        err("%s: need exactly one two-sided opposition on q5" % code)
    for s in ops[0]["sides"]:
        if not s["label"] or len(pp(s["answer_ids"])) < 3:
            err("%s: weak side %s" % (code, s["label"]))
        if any(byid[i]["question"] != "q5" for i in s["answer_ids"] if i in byid):
            err("%s: side answers must be q5" % code)
        lab(s["answer_ids"], "side")
    if len(truth["minorities"]) != nmin:
        err("%s: %d minorities, expected %d" % (code, len(truth["minorities"]), nmin))
    for m in truth["minorities"]:
        if len(pp(m["answer_ids"])) != 2 or len(m["answer_ids"]) != 2:
            err("%s: minority %s must be held by exactly 2 participants" % (code, m["key"]))
        if m["key"] in keys:
            err("%s: duplicate key %s" % (code, m["key"]))
        lab(m["answer_ids"], m["key"])
    lab(truth["noise_answer_ids"], "noise")
    for i in byid:
        if count.get(i, 0) != 1:
            err("%s: answer %s labelled %d times" % (code, i, count.get(i, 0)))

    # objectives
    if len(objs) != 5:
        err("%s: objectives.txt must have 5 lines" % code)
    sup = truth["objective_support"]
    if set(sup) != set(objs):
        err("%s: objective_support keys differ from objectives.txt" % code)
    for o, ks in sup.items():
        for k in ks:
            if k not in keys:
                err("%s: objective supported by unknown theme %s" % (code, k))
    uns = [o for o in objs if not sup.get(o)]
    if not uns or sorted(uns) != sorted(truth["unsupported_objectives"]):
        err("%s: unsupported_objectives wrong or empty" % code)
    served = {k for ks in sup.values() for k in ks}
    un_needs = sorted(t["key"] for t in truth["themes"] if t["kind"] == "need" and t["key"] not in served)
    if not un_needs or un_needs != sorted(truth["unserved_needs"]):
        err("%s: unserved_needs wrong or empty" % code)
    # every non-need theme except brakes/practical is attached to an objective (no ambiguous orphan)
    for t in truth["themes"]:
        if t["kind"] == "preference" and t["key"] not in served:
            err("%s: preference theme %s serves no objective" % (code, t["key"]))
    # flavour: unsupported objective shares a surface word with a non-supporting answer
    for o in uns:
        ow = {norm(w) for w in words(o) if len(w) >= 4}
        ow |= {w[:-1] for w in ow if w.endswith("s")}
        hit = [a for a in answers if ow & {norm(w) for w in words(a["answer"])}]
        if not hit:
            err("%s: unsupported objective %r shares no word with any answer (trap missing)" % (code, o))
    # flavour: one unserved need shares a word (>=4 letters, stem 6) with an objective
    ostems = {norm(w)[:6] for o in objs for w in words(o) if len(w) >= 5}
    ok_trap = False
    for k in un_needs:
        for i in keys[k]["answer_ids"]:
            if {norm(w)[:6] for w in words(byid[i]["answer"]) if len(w) >= 5} & ostems:
                ok_trap = True
    if not ok_trap:
        err("%s: no unserved-need answer shares wording with an objective" % code)

    # languages
    plang = truth.get("participant_lang", {})
    seen_l = set()
    for a in answers:
        g = lang_guess(a["answer"])
        want = lang if lang != "mixed" else plang.get(a["participant"])
        if want is None:
            err("%s: no language for %s" % (code, a["participant"]))
        if g and g != want:
            err("%s: %s looks %s, expected %s: %r" % (code, a["id"], g, want, a["answer"]))
        seen_l.add(want)
    if lang == "mixed":
        if seen_l != {"fr", "en"}:
            err("%s: mixed session needs both languages" % code)
        for t in truth["themes"]:
            if {plang[byid[i]["participant"]] for i in t["answer_ids"]} != {"fr", "en"}:
                err("%s: theme %s not said in both languages" % (code, t["key"]))

print("\n".join(errors) if errors else "OK")
