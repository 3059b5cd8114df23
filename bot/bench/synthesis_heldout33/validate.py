#!/usr/bin/env python3
"""Checks synthesis_heldout33 against the synthesis-set format; prints OK or the errors."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
SPEC = {"BUS1": ("fr", 12, 2), "BUS2": ("en", 24, 3), "BUS3": ("mixed", 38, 5)}
KINDS = {"need", "brake", "preference", "practical"}
errors = []

def err(msg):
    errors.append(msg)

FR_MARK = re.compile(r"[éèêàçùôî]|\b(je|j'|le|la|les|des|une|pas|pour|mon|mes|qu'|c'est|sur|avec|moi|nous|vous|tout|au|du|et)\b", re.I)
EN_MARK = re.compile(r"\b(the|i|my|to|a|of|and|for|is|it's|i'd|i'm|don't|with|please|trip|trips|no|not|yes|me|us)\b", re.I)

def lang_of(t):
    f, e = len(FR_MARK.findall(t)), len(EN_MARK.findall(t))
    return "fr" if f > e else "en" if e > f else "?"

# README
with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    rl = f.read().split("\n")
if rl[0] != LINE1: err("README line 1 mismatch")
if rl[1] != ">": err("README line 2 must be '>'")
if rl[2] != "": err("README line 3 must be empty")
if not rl[3].startswith("# "): err("README line 4 must be the title")
body = "\n".join(rl)
for p in ("Client:", "Flavour:", "Labels:", "Files:"):
    if p not in body: err("README missing %s paragraph" % p)
for code, (lang, n, _) in SPEC.items():
    if not re.search(r"\|\s*%s\s*\|[^\n]*\|\s*%d\s*\|" % (code, n), body): err("README table row for %s" % code)

for code, (lang, n, nmin) in SPEC.items():
    d = os.path.join(HERE, code)
    ans = [json.loads(l) for l in open(os.path.join(d, "answers.jsonl"), encoding="utf-8") if l.strip()]
    objs = [l.rstrip("\n") for l in open(os.path.join(d, "objectives.txt"), encoding="utf-8") if l.strip()]
    truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
    byid = {}
    for a in ans:
        if set(a) != {"id", "participant", "question", "answer"}: err("%s bad keys %s" % (code, a))
        if a["id"] != "%s-%s-%s" % (code, a["participant"], a["question"]): err("%s bad id %s" % (code, a["id"]))
        if not re.fullmatch(r"P\d{2}", a["participant"]): err("%s bad participant %s" % (code, a["participant"]))
        if a["question"] not in {"q1", "q2", "q3", "q4", "q5"}: err("%s bad question %s" % (code, a["id"]))
        if not a["answer"].strip(): err("%s empty answer %s" % (code, a["id"]))
        if a["id"] in byid: err("%s duplicate id %s" % (code, a["id"]))
        byid[a["id"]] = a
    parts = sorted({a["participant"] for a in ans})
    if parts != ["P%02d" % i for i in range(1, n + 1)]: err("%s participants %d != %d" % (code, len(parts), n))
    if len(ans) != 5 * n: err("%s answers %d != %d" % (code, len(ans), 5 * n))
    # language
    langs = {}
    for a in ans:
        langs.setdefault(a["participant"], set()).add(lang_of(a["answer"]))
    all_l = [lang_of(a["answer"]) for a in ans]
    if lang in ("fr", "en"):
        other = "en" if lang == "fr" else "fr"
        bad = [a["id"] for a in ans if lang_of(a["answer"]) == other]
        if bad: err("%s answers look like the wrong language: %s" % (code, bad))
    else:
        if all_l.count("fr") < 0.4 * len(ans) or all_l.count("en") < 0.15 * len(ans): err("%s is not mixed enough" % code)
    # header
    if truth.get("session") != code or truth.get("lang") != lang: err("%s truth session/lang" % code)
    for k in ("client", "title", "note"):
        if not truth.get(k): err("%s truth missing %s" % (code, k))
    if len(objs) != 5 or len(set(objs)) != 5: err("%s objectives must be 5 distinct lines" % code)
    # labels
    seen = {}
    def label(ids, where):
        for i in ids:
            if i not in byid: err("%s %s unknown id %s" % (code, where, i))
            if i in seen: err("%s id %s labelled twice (%s, %s)" % (code, i, seen[i], where))
            seen[i] = where
    keys = {}
    for t in truth["themes"]:
        if t["kind"] not in KINDS: err("%s theme %s kind" % (code, t["key"]))
        if t["key"] in keys: err("%s duplicate key %s" % (code, t["key"]))
        keys[t["key"]] = t["kind"]
        ps = {byid[i]["participant"] for i in t["answer_ids"] if i in byid}
        if len(ps) < 3 or len(ps) != len(t["answer_ids"]): err("%s theme %s needs 3+ distinct participants" % (code, t["key"]))
        if len({byid[i]["question"] for i in t["answer_ids"] if i in byid}) != 1: err("%s theme %s spans questions" % (code, t["key"]))
        if not t.get("description"): err("%s theme %s description" % (code, t["key"]))
        label(t["answer_ids"], "theme " + t["key"])
    opp = truth["oppositions"]
    if len(opp) != 1 or opp[0]["question"] != "q5" or len(opp[0]["sides"]) != 2: err("%s one opposition on q5 with two sides" % code)
    for s in opp[0]["sides"]:
        if not s.get("label") or len(s["answer_ids"]) < 3: err("%s side %s" % (code, s.get("label")))
        if any(byid[i]["question"] != "q5" for i in s["answer_ids"] if i in byid): err("%s side not on q5" % code)
        label(s["answer_ids"], "side " + s["label"])
    if len(truth["minorities"]) != nmin: err("%s minorities %d != %d" % (code, len(truth["minorities"]), nmin))
    for m in truth["minorities"]:
        ps = {byid[i]["participant"] for i in m["answer_ids"] if i in byid}
        if len(ps) != 2 or len(m["answer_ids"]) != 2: err("%s minority %s must have exactly 2 participants" % (code, m["key"]))
        if m["key"] in keys: err("%s minority key clash %s" % (code, m["key"]))
        label(m["answer_ids"], "minority " + m["key"])
    label(truth["noise_answer_ids"], "noise")
    missing = set(byid) - set(seen)
    if missing: err("%s unlabelled answers: %s" % (code, sorted(missing)))
    # objectives
    sup = truth["objective_support"]
    if set(sup) != set(objs): err("%s objective_support keys != objectives.txt" % code)
    for o, ks in sup.items():
        for k in ks:
            if keys.get(k) not in ("need", "preference"): err("%s objective supported by non need/preference theme %s" % (code, k))
    uo = truth["unsupported_objectives"]
    if not uo: err("%s needs an unsupported objective" % code)
    for o in uo:
        if o not in objs or sup.get(o): err("%s unsupported objective inconsistent: %s" % (code, o))
    if [o for o in objs if not sup.get(o)] != uo: err("%s unsupported list incomplete" % code)
    un = truth["unserved_needs"]
    if not un: err("%s needs an unserved need" % code)
    served = {k for ks in sup.values() for k in ks}
    for k in un:
        if keys.get(k) != "need" or k in served: err("%s unserved need %s inconsistent" % (code, k))
    for k, kind in keys.items():
        if kind in ("need", "preference") and k not in served and k not in un:
            err("%s theme %s neither serves an objective nor is listed unserved" % (code, k))
    qs = {byid[i]["question"] for t in truth["themes"] for i in t["answer_ids"]}
    for kind, q in (("need", "q1"), ("brake", "q2"), ("preference", "q3"), ("practical", "q4")):
        for t in truth["themes"]:
            if t["kind"] == kind and any(byid[i]["question"] != q for i in t["answer_ids"]): err("%s %s theme off %s" % (code, kind, q))
    pr = [t for t in truth["themes"] if t["kind"] == "practical"]
    if not pr or max(len(t["answer_ids"]) for t in pr) <= n / 2: err("%s q4 practical theme must hold most participants" % code)

print("OK" if not errors else "\n".join(errors))
