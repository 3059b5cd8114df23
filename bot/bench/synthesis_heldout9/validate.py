#!/usr/bin/env python3
"""Checks the rules of syn-format.md on every session of this folder. Standard library only.
Exit status 1 on any breach."""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = {"fr": (20, 35), "en": (8, 15), "fr+en": (15, 30)}  # from the brief

STOP = set("""
a à ai aie ainsi alors au aucun aussi autre autres aux avec avoir bah bien bon c ça ca car ce
cela celle celles celui ces cet cette ceux chez comme comment d dans de des deux donc dont du
elle elles en encore est et été etre être eu faire fait fois font genre il ils j je l la le les
leur leurs lui m ma mais me même meme mes moi mon n ne ni nos notre nous on ont ou où par pas
peu peut plus pour pourquoi quand que quel quelle quelles quels qui quoi qu s sa sans se ses si
son sont sur ta te tes toi ton tous tout toute toutes très tres tu un une vos votre vous y
va vais fait faut quelque quelques
about after again all also am an and any are as at be been being both but by can could did do
does doing don down during each few for from further had has have having he her here hers him
his how i if in into is it its itself just me more most my no nor not now of off on once only
or other our ours out over own same she should so some such than that the their theirs them
then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours i'd i'm it's that's there's
ll ve re t d s m
""".split())

FR_MARK = set("""le la les des du un une est pas je que qui pour avec sur dans mon ma mes
ce c'est on nous vous sont mais ou et aux au ca d'une j'ai qu'on y de entre suis
quelles quel quels seriez faire""".split())
EN_MARK = set("""the and is are to of my i with for that this it not be on in at
you me our we can don't i'm i'd it's would just want from what could how
much nothing""".split())


def norm(text):
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def stems(text):
    out = set()
    for w in re.findall(r"[a-z0-9]+", norm(text)):
        if len(w) < 3 or w in STOP or w.isdigit():
            continue
        out.add(w[:6])
    return out


def lang_of(text):
    words = re.findall(r"[a-z']+", norm(text))
    fr = sum(w in FR_MARK for w in words)
    en = sum(w in EN_MARK for w in words)
    if fr + en < 2 or fr == en:
        return None
    return "fr" if fr > en else "en"


def check(key, errors):
    def err(msg):
        errors.append("%s: %s" % (key, msg))

    rows = [json.loads(l) for l in open(os.path.join(HERE, key + ".answers.jsonl"), encoding="utf-8") if l.strip()]
    truth = json.load(open(os.path.join(HERE, key + ".truth.json"), encoding="utf-8"))
    obj_raw = open(os.path.join(HERE, key + ".objectives.txt"), encoding="utf-8").read()
    objectives = obj_raw.rstrip("\n").split("\n")
    by_id = {}
    for r in rows:
        if set(r) != {"id", "participant", "question", "answer"}:
            err("bad keys in %r" % r)
        if not all(isinstance(r.get(k), str) and r.get(k).strip() for k in ("id", "participant", "question", "answer")):
            err("empty field in %r" % r)
        if r["id"] in by_id:
            err("duplicate id %s" % r["id"])
        if not r["id"].startswith(key + "-"):
            err("id %s not prefixed by session key" % r["id"])
        by_id[r["id"]] = r
    if truth.get("session") != key:
        err("truth session %r" % truth.get("session"))
    lang = truth.get("lang")
    if lang not in SIZES:
        err("bad lang %r" % lang)

    # rule 1: every id in exactly one bucket
    buckets = []
    for t in truth["themes"]:
        if t.get("kind") != "convergence":
            err("theme %s kind %r" % (t["key"], t.get("kind")))
        buckets.append(("theme " + t["key"], t["answer_ids"]))
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err("opposition %s needs 2 sides" % o["key"])
        for i, s in enumerate(o["sides"]):
            buckets.append(("side %s/%d" % (o["key"], i), s["answer_ids"]))
    for m in truth["minorities"]:
        buckets.append(("minority " + m["key"], m["answer_ids"]))
    buckets.append(("noise", truth["noise_answer_ids"]))
    seen = {}
    for name, ids in buckets:
        for i in ids:
            if i not in by_id:
                err("%s cites unknown id %s" % (name, i))
            if i in seen:
                err("id %s in both %s and %s" % (i, seen[i], name))
            seen[i] = name
    for i in by_id:
        if i not in seen:
            err("id %s in no bucket" % i)

    def parts(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    # rule 2: varied wording, no repeated non-noise text
    for name, ids in buckets:
        if name == "noise" or not ids:
            continue
        counts = {}
        for i in ids:
            for st in stems(by_id[i]["answer"]):
                counts[st] = counts.get(st, 0) + 1
        for st, c in counts.items():
            if c >= 0.6 * len(ids):
                err("%s: stem %r in %d/%d answers" % (name, st, c, len(ids)))
    noise = set(truth["noise_answer_ids"])
    texts = {}
    for r in rows:
        if r["id"] in noise:
            continue
        t = " ".join(norm(r["answer"]).split())
        if t in texts:
            err("repeated answer text %s / %s" % (texts[t], r["id"]))
        texts[t] = r["id"]

    # rule 3
    if not 5 <= len(truth["themes"]) <= 7:
        err("%d themes (5-7)" % len(truth["themes"]))
    for t in truth["themes"]:
        if len(parts(t["answer_ids"])) < 3:
            err("theme %s held by < 3 participants" % t["key"])
    if not 1 <= len(truth["oppositions"]) <= 2:
        err("%d oppositions (1-2)" % len(truth["oppositions"]))
    for o in truth["oppositions"]:
        ps = [parts(s["answer_ids"]) for s in o["sides"]]
        for i, p in enumerate(ps):
            if len(p) < 2:
                err("opposition %s side %d held by < 2" % (o["key"], i))
        if len(ps) == 2 and ps[0] & ps[1]:
            err("opposition %s: %s on both sides" % (o["key"], ps[0] & ps[1]))
    if not 1 <= len(truth["minorities"]) <= 2:
        err("%d minorities (1-2)" % len(truth["minorities"]))
    for m in truth["minorities"]:
        p = parts(m["answer_ids"])
        if not 2 <= len(p) <= 4 or len(p) != len(m["answer_ids"]):
            err("minority %s: %d holders / %d answers" % (m["key"], len(p), len(m["answer_ids"])))

    # rule 4
    ratio = len(noise) / len(rows)
    if not 0.05 <= ratio <= 0.15:
        err("noise ratio %.3f" % ratio)

    # rule 5
    if "" in objectives:
        err("blank line in objectives")
    sup = truth["objective_support"]
    if [o["objective"] for o in sup] != objectives:
        err("objective_support does not list the objectives exactly and in order")
    theme_keys = {t["key"]: t for t in truth["themes"]}
    empty = [o["objective"] for o in sup if not o["themes"]]
    if truth["unsupported_objectives"] != empty:
        err("unsupported_objectives %r != %r" % (truth["unsupported_objectives"], empty))
    if not empty:
        err("no unsupported objective")
    paraphrase = 0
    for o in sup:
        for k in o["themes"]:
            if k not in theme_keys:
                err("objective cites non-convergence key %s" % k)
        if o["themes"] and all(k in theme_keys for k in o["themes"]):
            st = set()
            for k in o["themes"]:
                st |= stems(theme_keys[k]["description"])
                for i in theme_keys[k]["answer_ids"]:
                    st |= stems(by_id[i]["answer"])
            if not stems(o["objective"]) & st:
                paraphrase += 1
    if not paraphrase:
        err("no objective supported only by paraphrase")

    # rule 6
    used = {k for o in sup for k in o["themes"]}
    unserved = [k for k in theme_keys if k not in used]
    if sorted(truth["unserved_needs"]) != sorted(unserved):
        err("unserved_needs %r != %r" % (truth["unserved_needs"], unserved))
    if not unserved:
        err("no unserved need")

    # rule 7
    per = {}
    for r in rows:
        per[r["participant"]] = per.get(r["participant"], 0) + 1
    for name, c in per.items():
        if not re.match(r"^[A-ZÀ-Ý][\w'\-]+( [A-ZÀ-Ý][\w'\-]+)+$", name):
            err("unrealistic name %r" % name)
        if not 4 <= c <= 5:
            err("%s gives %d answers" % (name, c))
    lo, hi = SIZES.get(lang, (8, 40))
    if not (8 <= len(per) <= 40 and lo <= len(per) <= hi):
        err("%d participants (want %d-%d)" % (len(per), lo, hi))

    # rule 8 (and monolingual sessions stay monolingual)
    def detect(r):
        return lang_of(r["answer"]) or lang_of(r["question"])
    langs = {r["id"]: detect(r) for r in rows}
    for i, l in langs.items():
        if l is None:
            err("language of %s undetectable" % i)
    if lang == "fr+en":
        en = sum(l == "en" for l in langs.values()) / len(rows)
        if not 0.30 <= en <= 0.50:
            err("English share %.2f" % en)
        for o in objectives:
            if lang_of(o) != "fr":
                err("objective not French: %r" % o)
        for t in truth["themes"]:
            ls = {langs[i] for i in t["answer_ids"]}
            if not {"fr", "en"} <= ls:
                err("theme %s not bilingual: %s" % (t["key"], ls))
    elif lang in ("fr", "en"):
        for i, l in langs.items():
            if l != lang:
                err("answer %s detected %s in a %s session" % (i, l, lang))
    return len(per), len(rows), ratio, paraphrase


def main():
    errors = []
    keys = sorted(os.path.basename(p)[:-len(".truth.json")] for p in glob.glob(os.path.join(HERE, "*.truth.json")))
    if len(keys) != 3:
        errors.append("expected 3 sessions, found %d" % len(keys))
    for k in keys:
        try:
            p, a, ratio, para = check(k, errors)
            print("%s: %d participants, %d answers, noise %.1f%%, paraphrase-only objectives %d"
                  % (k, p, a, 100 * ratio, para))
        except (OSError, ValueError, KeyError) as e:
            errors.append("%s: cannot check (%s)" % (k, e))
    for e in errors:
        print("BREACH", e)
    print("OK" if not errors else "FAILED: %d breach(es)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
