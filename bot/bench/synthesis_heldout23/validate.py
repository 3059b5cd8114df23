#!/usr/bin/env python3
"""Validate the synthesis_heldout23 set; prints OK or the list of problems."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = ["ANN", "WEB", "SAL"]
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 50) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
EXPECT = {"ANN": ("fr", 12), "WEB": ("en", 24), "SAL": ("mixed", 38)}
SAL_EN = {"P05", "P11", "P14", "P19", "P23", "P28", "P31", "P36"}
FR_WORDS = set("je j tu il elle on nous vous les des une un le la du de et est pas ce ça c mes mon ma que qui pour avec "
               "sur dans plus mais très sans quand aux au moi ne si y a suis".split())
EN_WORDS = set("i i'm the a an and is to of my it you your with for on in not that be would like me more what this "
               "i'd are can do".split())
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\"'’‘“”«»]", "'", s)
    return re.sub(r"\s+", " ", s).strip()


def guess_lang(text):
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(w in FR_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    if fr >= 2 and fr > en:
        return "fr"
    if en >= 2 and en > fr:
        return "en"
    return None


def check_session(code, seen_texts):
    lang, n = EXPECT[code]
    ans_path = os.path.join(HERE, code + ".answers.jsonl")
    answers = []
    with open(ans_path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            a = json.loads(line)
            if set(a) != {"id", "participant", "question", "answer"}:
                err("%s line %d: keys %s" % (code, i, sorted(a)))
            answers.append(a)
    by_id = {}
    questions = {}
    for a in answers:
        m = re.fullmatch(r"%s-(P\d\d)-q(\d)" % code, a["id"])
        if not m or m.group(1) != a["participant"]:
            err("%s: bad id %s" % (code, a["id"]))
            continue
        if a["id"] in by_id:
            err("%s: duplicate id %s" % (code, a["id"]))
        by_id[a["id"]] = a
        q = int(m.group(2))
        questions.setdefault(q, set()).add(a["question"])
        if not a["answer"].strip():
            err("%s: empty answer %s" % (code, a["id"]))
        key = norm(a["answer"])
        if key in seen_texts:
            err("%s: answer text repeated (%s and %s)" % (code, a["id"], seen_texts[key]))
        seen_texts[key] = a["id"]
    keys = [(a["participant"], int(a["id"].rsplit("q", 1)[1])) for a in answers]
    if keys != sorted(keys):
        err("%s: not sorted by participant then question" % code)
    for q, texts in questions.items():
        if len(texts) != 1:
            err("%s q%d: several question texts" % (code, q))
        if code == "SAL" and " / " not in next(iter(texts)):
            err("SAL q%d: question not bilingual" % q)
    if not 5 <= len(questions) <= 6:
        err("%s: %d questions" % (code, len(questions)))
    parts = {a["participant"] for a in answers}
    if parts != {"P%02d" % i for i in range(1, n + 1)}:
        err("%s: participants %d, expected %d" % (code, len(parts), n))
    if len(answers) >= n * len(questions):
        err("%s: no skipped question" % code)
    # languages
    for a in answers:
        g = guess_lang(a["answer"])
        want = lang if lang != "mixed" else ("en" if a["participant"] in SAL_EN else "fr")
        if g and g != want:
            err("%s: %s looks %s, participant answers in %s" % (code, a["id"], g, want))

    truth = json.load(open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8"))
    for k in ["session", "lang", "client", "title", "themes", "oppositions", "minorities",
              "objective_support", "unsupported_objectives", "unserved_needs", "noise_answer_ids"]:
        if k not in truth:
            err("%s truth: missing %s" % (code, k))
    if truth["session"] != code or truth["lang"] != lang:
        err("%s truth: session/lang" % code)
    owners = {}

    def own(aid, who):
        if aid not in by_id:
            err("%s: %s owns unknown id %s" % (code, who, aid))
        if aid in owners:
            err("%s: %s owned by %s and %s" % (code, aid, owners[aid], who))
        owners[aid] = who

    def qof(aid):
        return int(aid.rsplit("q", 1)[1])

    def pof(aid):
        return aid.split("-")[1]

    theme_keys = set()
    for t in truth["themes"]:
        if t["kind"] not in ("need", "brake", "convergence", "preference"):
            err("%s theme %s: kind %s" % (code, t["key"], t["kind"]))
        if t["key"] in theme_keys:
            err("%s: duplicate theme key %s" % (code, t["key"]))
        theme_keys.add(t["key"])
        ids = t["answer_ids"]
        for aid in ids:
            own(aid, "theme " + t["key"])
        ps = [pof(a) for a in ids]
        if len(set(ps)) < 3 or len(set(ps)) != len(ps):
            err("%s theme %s: participants %s" % (code, t["key"], ps))
        if len({qof(a) for a in ids}) != 1:
            err("%s theme %s: several questions" % (code, t["key"]))
    if len(truth["oppositions"]) != 2:
        err("%s: %d oppositions" % (code, len(truth["oppositions"])))
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err("%s opposition %s: sides" % (code, o["key"]))
        qs = set()
        allp = []
        for s in o["sides"]:
            for aid in s["answer_ids"]:
                own(aid, "opposition %s / %s" % (o["key"], s["label"]))
                qs.add(qof(aid))
            ps = {pof(a) for a in s["answer_ids"]}
            allp += list(ps)
            if len(ps) < 2:
                err("%s opposition %s side %s: <2 participants" % (code, o["key"], s["label"]))
        if len(qs) != 1:
            err("%s opposition %s: several questions" % (code, o["key"]))
        if len(allp) != len(set(allp)):
            err("%s opposition %s: participant on both sides" % (code, o["key"]))
    if not 2 <= len(truth["minorities"]) <= 4:
        err("%s: %d minorities" % (code, len(truth["minorities"])))
    for m in truth["minorities"]:
        for aid in m["answer_ids"]:
            own(aid, "minority " + m["key"])
        if len({pof(a) for a in m["answer_ids"]}) != 2:
            err("%s minority %s: not exactly 2 participants" % (code, m["key"]))
    for aid in truth["noise_answer_ids"]:
        own(aid, "noise")
    for aid in by_id:
        if aid not in owners:
            err("%s: %s has no owner" % (code, aid))

    objectives = [l.rstrip("\n") for l in open(os.path.join(HERE, code + ".objectives.txt"), encoding="utf-8")]
    if len(objectives) != 5 or any(not o.strip() for o in objectives):
        err("%s: objectives file must have 5 non-empty lines" % code)
    if list(truth["objective_support"]) != objectives:
        err("%s: objective_support keys differ from objectives.txt" % code)
    supported = set()
    for o, keys in truth["objective_support"].items():
        for k in keys:
            if k not in theme_keys:
                err("%s: objective supported by unknown theme %s" % (code, k))
            supported.add(k)
    unsup = [o for o, keys in truth["objective_support"].items() if not keys]
    if unsup != truth["unsupported_objectives"]:
        err("%s: unsupported_objectives mismatch" % code)
    needs = [t["key"] for t in truth["themes"] if t["kind"] == "need" and t["key"] not in supported]
    if needs != truth["unserved_needs"]:
        err("%s: unserved_needs mismatch" % code)
    return truth, answers, len(questions), n


def main():
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if readme[0] != LINE1 or readme[1] != "":
        err("README line 1/2")
    seen = {}
    unsup = unserved = 0
    for code in SESSIONS:
        truth, answers, nq, n = check_session(code, seen)
        unsup += len(truth["unsupported_objectives"])
        unserved += len(truth["unserved_needs"])
        row = "| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            code, truth["lang"], n, nq, len(answers), n * nq - len(answers), len(truth["themes"]),
            len(truth["oppositions"]), len(truth["minorities"]), len(truth["noise_answer_ids"]))
        if row not in readme:
            err("README table row for %s wrong (expected %s)" % (code, row))
        if code == "SAL":
            en = {a["participant"] for a in answers if a["participant"] in SAL_EN}
            if not 7 <= len(en) <= 9:
                err("SAL: %d English participants" % len(en))
    if not unsup or not unserved:
        err("need at least one unsupported objective and one unserved need")
    # determinism: regenerate into a temp dir and compare
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True)
        for name in sorted(os.listdir(tmp)):
            if open(os.path.join(tmp, name), "rb").read() != open(os.path.join(HERE, name), "rb").read():
                err("generate.py output differs for %s" % name)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
