#!/usr/bin/env python3
"""Check the synthesis_dev15 set against the rules of syn-format.md (stdlib only). Exit 0 if OK."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = ["fournil", "greenhollow", "comptoir"]
errors = []

STOP = set("""
les des une pour que qui avec dans sur pas plus tout tous toute mais moi mon mes ses son sont est
ça cela comme par aux du de la le un et ou en au je tu il elle on nous vous ils elles leur leurs
c'est j'ai qu'on faire fait être avoir très bien aussi peu cette ce ces nos notre votre vos
the and for with that this what have from they them their would like just about into your you
our are was were will can not been being some more most much very when then than also its it's
i'd i'm don't can't get getting make
""".split())


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def stems(text):
    out = set()
    for w in re.findall(r"[a-z0-9']+", fold(text)):
        w = w.split("'")[-1] if "'" in w and len(w.split("'")[-1]) >= 4 else w
        if len(w) >= 4 and w not in STOP:
            out.add(w[:5])
    return out


def err(session, msg):
    errors.append("%s: %s" % (session, msg))


langs_seen = []
for code in SESSIONS:
    paths = {k: os.path.join(HERE, "%s.%s" % (code, k)) for k in ("answers.jsonl", "objectives.txt", "truth.json")}
    for p in paths.values():
        if not os.path.exists(p):
            err(code, "missing " + p)
    if any(not os.path.exists(p) for p in paths.values()):
        continue
    answers = [json.loads(l) for l in open(paths["answers.jsonl"], encoding="utf-8") if l.strip()]
    objectives = [l.rstrip("\n") for l in open(paths["objectives.txt"], encoding="utf-8") if l.strip()]
    truth = json.load(open(paths["truth.json"], encoding="utf-8"))
    by_id = {}
    for a in answers:
        if set(a) != {"id", "participant", "question", "answer"}:
            err(code, "bad keys %s" % sorted(a))
        if not re.fullmatch(re.escape(code) + r"-\d{3}", a["id"]):
            err(code, "bad id " + a["id"])
        if a["id"] in by_id:
            err(code, "duplicate id " + a["id"])
        if len(a["participant"].split()) < 2:
            err(code, "participant without full name " + a["participant"])
        if not a["answer"].strip():
            err(code, "empty answer " + a["id"])
        by_id[a["id"]] = a
    parts = sorted({a["participant"] for a in answers})
    questions = []
    for a in answers:
        if a["question"] not in questions:
            questions.append(a["question"])
    if not 8 <= len(parts) <= 40:
        err(code, "participants %d not in 8..40" % len(parts))
    if not 3 <= len(questions) <= 6:
        err(code, "questions %d not in 3..6" % len(questions))
    for p in parts:
        qs = [a["question"] for a in answers if a["participant"] == p]
        if len(qs) != len(set(qs)):
            err(code, "%s answers a question twice" % p)
        if len(questions) - len(set(qs)) > 1:
            err(code, "%s skips more than one question" % p)
    # truth structure
    if truth.get("session") != code:
        err(code, "truth.session mismatch")
    if truth.get("lang") not in ("fr", "en", "fr+en"):
        err(code, "bad lang")
    langs_seen.append(truth.get("lang"))
    owner = {}

    def claim(ids, bucket):
        for i in ids:
            if i not in by_id:
                err(code, "%s: unknown id %s" % (bucket, i))
            elif i in owner:
                err(code, "id %s in %s and %s" % (i, owner[i], bucket))
            else:
                owner[i] = bucket

    def nparts(ids):
        return len({by_id[i]["participant"] for i in ids if i in by_id})

    def reuse_check(label, ids):
        # planted items must not repeat one key word across most of their answers
        counts = {}
        for i in ids:
            for s in stems(by_id[i]["answer"]):
                counts[s] = counts.get(s, 0) + 1
        for s, c in counts.items():
            if len(ids) >= 3 and c * 2 > len(ids):
                err(code, "%s: stem '%s' reused in %d/%d answers" % (label, s, c, len(ids)))

    themes = truth.get("themes", [])
    if not 5 <= len(themes) <= 8:
        err(code, "%d convergence themes, want 5..8" % len(themes))
    keys = [t["key"] for t in themes]
    if len(keys) != len(set(keys)):
        err(code, "duplicate theme keys")
    for t in themes:
        if t.get("kind") != "convergence":
            err(code, "theme %s kind" % t["key"])
        claim(t["answer_ids"], "theme " + t["key"])
        if nparts(t["answer_ids"]) < 4:
            err(code, "theme %s has %d participants (<4)" % (t["key"], nparts(t["answer_ids"])))
        reuse_check("theme " + t["key"], t["answer_ids"])
    opps = truth.get("oppositions", [])
    if not 1 <= len(opps) <= 2:
        err(code, "%d oppositions, want 1..2" % len(opps))
    for o in opps:
        if len(o["sides"]) != 2:
            err(code, "opposition %s needs 2 sides" % o["key"])
            continue
        side_parts = []
        qs = set()
        for s in o["sides"]:
            claim(s["answer_ids"], "opposition %s/%s" % (o["key"], s["label"]))
            if nparts(s["answer_ids"]) < 3:
                err(code, "side %s/%s has <3 participants" % (o["key"], s["label"]))
            side_parts.append({by_id[i]["participant"] for i in s["answer_ids"] if i in by_id})
            qs |= {by_id[i]["question"] for i in s["answer_ids"] if i in by_id}
            reuse_check("side %s/%s" % (o["key"], s["label"]), s["answer_ids"])
        if side_parts[0] & side_parts[1]:
            err(code, "opposition %s: a participant on both sides" % o["key"])
        if len(qs) != 1:
            err(code, "opposition %s spans %d questions" % (o["key"], len(qs)))
        else:
            q = fold(qs.pop())
            if not (re.search(r"\b(ou|or|soit)\b", q) and re.search(r"\b(seul|seule|only|one)\b", q)):
                err(code, "opposition %s: question does not state the either/or constraint" % o["key"])
    mins = truth.get("minorities", [])
    if not 1 <= len(mins) <= 2:
        err(code, "%d minorities, want 1..2" % len(mins))
    for m in mins:
        claim(m["answer_ids"], "minority " + m["key"])
        if not 2 <= nparts(m["answer_ids"]) <= 3:
            err(code, "minority %s has %d participants" % (m["key"], nparts(m["answer_ids"])))
    noise = truth.get("noise_answer_ids", [])
    claim(noise, "noise")
    missing = set(by_id) - set(owner)
    if missing:
        err(code, "answers in no bucket: %s" % sorted(missing))
    share = len(noise) / max(1, len(answers))
    if not 0.05 <= share <= 0.15:
        err(code, "noise share %.2f not ~10%%" % share)
    # objectives
    if not 4 <= len(objectives) <= 6:
        err(code, "%d objectives, want 4..6" % len(objectives))
    sup = truth.get("objective_support", [])
    uns = truth.get("unsupported_objectives", [])
    if len(uns) != 1:
        err(code, "%d unsupported objectives, want exactly 1" % len(uns))
    sup_lines = [s["objective"] for s in sup]
    for line in sup_lines + uns:
        if line not in objectives:
            err(code, "objective line not in objectives.txt: " + line)
    if sorted(sup_lines + uns) != sorted(objectives):
        err(code, "objective_support + unsupported must cover every objective exactly once")
    served = set()
    for s in sup:
        if not s["themes"]:
            err(code, "supported objective without themes: " + s["objective"])
        for k in s["themes"]:
            if k not in keys:
                err(code, "objective_support names unknown theme " + k)
            served.add(k)
    un = truth.get("unserved_needs", [])
    if sorted(un) != sorted(k for k in keys if k not in served):
        err(code, "unserved_needs %s != themes no objective serves" % un)
    if not 2 <= len(un) <= 3:
        err(code, "%d unserved needs, want 2..3" % len(un))
    theme_ids = {t["key"]: t["answer_ids"] for t in themes}
    paraphrased = []
    for s in sup:
        ostems = stems(s["objective"])
        used = set()
        for k in s["themes"]:
            for i in theme_ids.get(k, []):
                used |= stems(by_id[i]["answer"])
        if not ostems & used:
            paraphrased.append(s["objective"])
    if not paraphrased:
        err(code, "no objective supported only by paraphrase")
    # language
    def is_fr(t):
        w = set(re.findall(r"[a-zà-ÿ']+", t.lower()))
        return len(w & {"le", "la", "les", "de", "des", "je", "pour", "ça", "mon", "mes", "un", "une", "et", "du", "qui", "que", "au", "à", "est", "sur", "avec", "en", "on"}) > \
            len(w & {"the", "i", "my", "to", "a", "of", "and", "is", "for", "in", "it", "with", "me", "on", "be", "you"})
    nfr = sum(is_fr(a["answer"]) for a in answers)
    lang = truth.get("lang")
    if lang == "fr" and nfr < 0.8 * len(answers):
        err(code, "fr session with %d/%d French answers" % (nfr, len(answers)))
    if lang == "en" and nfr > 0.2 * len(answers):
        err(code, "en session with %d/%d French answers" % (nfr, len(answers)))
    if lang == "fr+en" and not 0.25 * len(answers) <= nfr <= 0.75 * len(answers):
        err(code, "fr+en session with %d/%d French answers" % (nfr, len(answers)))
    print("%-12s %-6s participants=%d questions=%d answers=%d themes=%d opp=%d min=%d noise=%d (%.0f%%) "
          "unserved=%d paraphrase-only=%d fr-answers=%d"
          % (code, lang, len(parts), len(questions), len(answers), len(themes), len(opps), len(mins),
             len(noise), 100 * share, len(un), len(paraphrased), nfr))

if sorted(langs_seen) != ["en", "fr", "fr+en"]:
    errors.append("need one fr, one en and one fr+en session, got %s" % langs_seen)
readme = os.path.join(HERE, "README.md")
if not os.path.exists(readme) or not open(readme, encoding="utf-8").readline().startswith("> **"):
    errors.append("README.md must start with the quote line")

for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
