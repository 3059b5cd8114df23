#!/usr/bin/env python3
"""Checks the held-out synthesis set against syn-format.md. Stdlib only. Exits 1 on any breach."""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = ["grimpe", "vetline", "biocoop"]
ERRORS = []

STOP = set("""avec dans pour plus mais sans leur leurs nous vous elle elles ils sont être etre avoir
notre nos votre vos cette ceux celle tout tous toute toutes entre with from that this have their they
your into more than when what which about each other""".split())


def err(session, msg):
    ERRORS.append("%s: %s" % (session, msg))


def norm(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def stems(text):
    return {w[:6] for w in re.findall(r"[a-z]+", norm(text)) if len(w) >= 4 and w not in STOP}


def check(code):
    path = lambda ext: os.path.join(HERE, code + ext)
    for ext in (".answers.jsonl", ".objectives.txt", ".truth.json"):
        if not os.path.exists(path(ext)):
            err(code, "missing file " + code + ext)
            return None
    answers = []
    with open(path(".answers.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                a = json.loads(line)
            except ValueError:
                err(code, "line %d is not JSON" % n)
                continue
            if set(a) != {"id", "participant", "question", "answer"}:
                err(code, "line %d has keys %s" % (n, sorted(a)))
                continue
            if not all(isinstance(a[k], str) and a[k].strip() for k in a):
                err(code, "line %d has an empty or non-string field" % n)
            if not re.fullmatch(re.escape(code) + r"-\d{3}", a["id"]):
                err(code, "bad id %r" % a["id"])
            if len(a["participant"].split()) < 2:
                err(code, "participant %r is not 'First Last'" % a["participant"])
            answers.append(a)
    by_id = {a["id"]: a for a in answers}
    if len(by_id) != len(answers):
        err(code, "duplicate answer ids")

    people = sorted({a["participant"] for a in answers})
    if not 8 <= len(people) <= 40:
        err(code, "%d participants, expected 8-40" % len(people))
    pairs = Counter((a["participant"], a["question"]) for a in answers)
    for (p, q), c in pairs.items():
        if c > 1:
            err(code, "%s answers %r %d times" % (p, q, c))

    # questions: same 4-6 per language, each participant in one language
    qlang = defaultdict(set)
    for a in answers:
        qlang[a["participant"]].add(a["question"])
    qsets = Counter()
    allq = sorted({a["question"] for a in answers})
    truth = json.load(open(path(".truth.json"), encoding="utf-8"))
    lang = truth.get("lang")
    nlang = 2 if lang == "fr+en" else 1
    if lang not in ("fr", "en", "fr+en"):
        err(code, "bad lang %r" % lang)
    nq = len(allq) // nlang
    if len(allq) % nlang or not 4 <= nq <= 6:
        err(code, "%d distinct question texts for %d language(s)" % (len(allq), nlang))
    for p, qs in qlang.items():
        if len(qs) * 2 <= nq:
            err(code, "%s answers only %d of %d questions" % (p, len(qs), nq))
    if lang == "fr+en":
        fr_words = {"je", "les", "des", "pas", "une", "qui", "est", "pour", "mes", "du", "au", "sur", "rien"}
        en_words = {"the", "i", "my", "and", "to", "of", "is", "it", "in", "more", "no", "we"}
        langs = defaultdict(Counter)
        for a in answers:
            w = set(re.findall(r"[a-z']+", norm(a["answer"] + " " + a["question"])))
            langs[a["participant"]]["fr"] += len(w & fr_words)
            langs[a["participant"]]["en"] += len(w & en_words)
        kinds = Counter("fr" if c["fr"] > c["en"] else "en" for c in langs.values())
        if kinds["fr"] < 3 or kinds["en"] < 3:
            err(code, "mixed session needs French and English participants, got %s" % dict(kinds))

    # truth structure
    if truth.get("session") != code:
        err(code, "truth.session is %r" % truth.get("session"))
    needed = ["session", "lang", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids"]
    for k in needed:
        if k not in truth:
            err(code, "truth lacks %s" % k)
            return None
    owner = defaultdict(list)

    def claim(ids, tag):
        for i in ids:
            if i not in by_id:
                err(code, "%s cites unknown id %s" % (tag, i))
            owner[i].append(tag)

    def who(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    theme_keys = set()
    for t in truth["themes"]:
        if set(t) != {"key", "kind", "description", "answer_ids"} or t["kind"] != "convergence":
            err(code, "bad theme entry %r" % t.get("key"))
        theme_keys.add(t["key"])
        claim(t["answer_ids"], "theme " + t["key"])
        if len(who(t["answer_ids"])) < 4:
            err(code, "theme %s has %d participants (<4)" % (t["key"], len(who(t["answer_ids"]))))
        # varied wording: no single content stem shared by more than 60 % of the answers
        sc = Counter(s for i in t["answer_ids"] for s in stems(by_id[i]["answer"]))
        for s, c in sc.items():
            if len(t["answer_ids"]) >= 4 and c > 0.6 * len(t["answer_ids"]):
                err(code, "theme %s: stem %r repeated in %d/%d answers" % (t["key"], s, c, len(t["answer_ids"])))
    if len(theme_keys) != len(truth["themes"]):
        err(code, "duplicate theme keys")
    if not 5 <= len(theme_keys) <= 7:
        err(code, "%d convergence themes, brief asks 5-7" % len(theme_keys))

    if not 1 <= len(truth["oppositions"]) <= 2:
        err(code, "%d oppositions, brief asks 1-2" % len(truth["oppositions"]))
    for o in truth["oppositions"]:
        sides = o.get("sides", [])
        if len(sides) != 2:
            err(code, "opposition %s has %d sides" % (o.get("key"), len(sides)))
            continue
        for n, s in enumerate(sides):
            claim(s["answer_ids"], "opposition %s side %d" % (o["key"], n))
            if len(who(s["answer_ids"])) < 3:
                err(code, "opposition %s side %d has <3 participants" % (o["key"], n))
        if who(sides[0]["answer_ids"]) & who(sides[1]["answer_ids"]):
            err(code, "opposition %s: someone is on both sides" % o["key"])
        # not a mere negation: side 1 answers should not mostly repeat side 0 stems
        s0 = Counter(x for i in sides[0]["answer_ids"] for x in stems(by_id[i]["answer"]))
        s1 = Counter(x for i in sides[1]["answer_ids"] for x in stems(by_id[i]["answer"]))
        shared = {x for x in s0 if s0[x] >= 2 and s1[x] >= 2}
        if shared:
            err(code, "opposition %s: sides share repeated stems %s" % (o["key"], sorted(shared)))

    if not 1 <= len(truth["minorities"]) <= 2:
        err(code, "%d minorities, brief asks 1-2" % len(truth["minorities"]))
    for m in truth["minorities"]:
        claim(m["answer_ids"], "minority " + m["key"])
        if not 2 <= len(who(m["answer_ids"])) <= 4:
            err(code, "minority %s has %d participants" % (m["key"], len(who(m["answer_ids"]))))

    claim(truth["noise_answer_ids"], "noise")
    ratio = len(truth["noise_answer_ids"]) / max(1, len(answers))
    if not 0.07 <= ratio <= 0.13:
        err(code, "noise ratio %.2f outside 0.07-0.13" % ratio)

    for a in answers:
        tags = owner.get(a["id"], [])
        if len(tags) != 1:
            err(code, "answer %s belongs to %d buckets %s" % (a["id"], len(tags), tags))

    # objectives
    objectives = [l.strip() for l in open(path(".objectives.txt"), encoding="utf-8") if l.strip()]
    if not 4 <= len(objectives) <= 6:
        err(code, "%d objectives, expected 4-6" % len(objectives))
    supported = {}
    for s in truth["objective_support"]:
        if s["objective"] not in objectives:
            err(code, "objective_support names unknown objective %r" % s["objective"])
        if not s["themes"]:
            err(code, "objective %r listed with no themes" % s["objective"])
        for k in s["themes"]:
            if k not in theme_keys:
                err(code, "objective_support cites %r, not a convergence theme" % k)
        supported[s["objective"]] = s["themes"]
    uns = truth["unsupported_objectives"]
    if not uns:
        err(code, "no unsupported objective")
    for o in uns:
        if o not in objectives or o in supported:
            err(code, "unsupported objective %r unknown or also supported" % o)
        # nobody supports it: no answer shares two content stems with it
        ost = stems(o)
        for a in answers:
            if len(ost & stems(a["answer"])) >= 2:
                err(code, "unsupported objective %r shares words with %s" % (o, a["id"]))
    for o in objectives:
        if o not in supported and o not in uns:
            err(code, "objective %r neither supported nor unsupported" % o)
    served = {k for ks in supported.values() for k in ks}
    if not truth["unserved_needs"]:
        err(code, "no unserved need theme")
    for k in truth["unserved_needs"]:
        if k not in theme_keys or k in served:
            err(code, "unserved need %r unknown or served" % k)
    if set(truth["unserved_needs"]) | served != theme_keys:
        err(code, "themes neither serving an objective nor listed unserved: %s"
            % sorted(theme_keys - served - set(truth["unserved_needs"])))
    # at least one objective supported only by paraphrase (no content stem shared)
    tid = {t["key"]: t["answer_ids"] for t in truth["themes"]}
    para = [o for o, ks in supported.items()
            if not any(stems(o) & stems(by_id[i]["answer"]) for k in ks for i in tid[k])]
    if not para:
        err(code, "no objective supported only by paraphrase")
    return {"participants": len(people), "answers": len(answers), "themes": len(theme_keys),
            "oppositions": len(truth["oppositions"]), "minorities": len(truth["minorities"]),
            "noise": len(truth["noise_answer_ids"]), "objectives": len(objectives),
            "unsupported": len(uns), "unserved": len(truth["unserved_needs"]), "paraphrase_only": para,
            "lang": lang}


def main():
    langs = []
    for code in SESSIONS:
        r = check(code)
        if r:
            langs.append(r["lang"])
            print(code, json.dumps(r, ensure_ascii=False))
    if sorted(langs) != ["en", "fr", "fr+en"]:
        ERRORS.append("sessions must be one fr, one en, one fr+en; got %s" % langs)
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme) or not open(readme, encoding="utf-8").read().startswith(
            "> **Held-out set: measure only.** Written blind on "):
        ERRORS.append("README.md missing or without the held-out banner")
    for e in ERRORS:
        print("ERROR", e)
    print("OK" if not ERRORS else "%d error(s)" % len(ERRORS))
    sys.exit(1 if ERRORS else 0)


if __name__ == "__main__":
    main()
