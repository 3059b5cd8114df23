#!/usr/bin/env python3
"""Checks the format rules of synthesis_heldout31 and that gen.py reproduces every file byte for byte.
Prints exactly OK on success."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune "
         "anything on it.")
SPEC = {"AUB1": ("fr", 12, 2), "AUB2": ("en", 24, 3), "AUB3": ("mixed", 38, 5)}
KINDS = {"need", "brake", "preference", "convergence"}
NOISE_ONLY = {"idem", "rien", "n/a", "-", "?", "ras"}

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(HERE, name), "rb") as fh:
        return fh.read()


# 1. byte-for-byte reproduction
expected = gen.build_all()
for name, content in expected.items():
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err("missing " + name)
    elif read(name) != content.encode("utf-8"):
        err("gen.py does not reproduce " + name)
# determinism: building twice gives the same result
if gen.build_all() != expected:
    err("gen.py is not deterministic")

# 2. README head
rl = read("README.md").decode("utf-8").split("\n")
if rl[0] != LINE1 or rl[1] != ">" or rl[2] != "":
    err("README lines 1-3")
readme = "\n".join(rl)
if "| code | language | participants | answers |" not in readme:
    err("README table header")
for para in ("**Client.**", "**Flavour.**", "**Labels.**", "**Files.**"):
    if para not in readme:
        err("README missing " + para)

# 3. sessions
for code, (lang, n, nmin) in SPEC.items():
    ans = [json.loads(l) for l in read(code + ".answers.jsonl").decode("utf-8").splitlines()]
    objs = read(code + ".objectives.txt").decode("utf-8").split("\n")
    truth = json.loads(read(code + ".truth.json").decode("utf-8"))
    ids = {}
    for a in ans:
        if set(a) != {"id", "participant", "question", "answer"}:
            err("%s bad keys %r" % (code, a))
        m = re.fullmatch(r"(AUB\d)-(P\d\d)-(q[1-5])", a["id"])
        if not m or m.group(1) != code or m.group(2) != a["participant"]:
            err("%s bad id %s" % (code, a["id"]))
            continue
        if a["id"] in ids:
            err("%s duplicate id %s" % (code, a["id"]))
        if not a["answer"].strip() or not a["question"].strip():
            err("%s empty text %s" % (code, a["id"]))
        ids[a["id"]] = a
    parts = {a["participant"] for a in ans}
    if parts != {"P%02d" % i for i in range(1, n + 1)}:
        err("%s participants %d" % (code, len(parts)))
    if len(ans) >= 5 * n:
        err("%s nobody skips" % code)
    qtext = {}
    for a in ans:
        q = a["id"][-2:]
        qtext.setdefault(q, set()).add(a["question"])
    if sorted(qtext) != ["q1", "q2", "q3", "q4", "q5"] or any(len(v) != 1 for v in qtext.values()):
        err("%s question texts" % code)
    if objs[-1] != "" or len(objs) != 6 or any(not o.strip() for o in objs[:5]):
        err("%s objectives must be 5 lines" % code)
    objs = objs[:5]
    for k in ("session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"):
        if k not in truth:
            err("%s truth missing %s" % (code, k))
    if truth["session"] != code or truth["lang"] != lang:
        err("%s session/lang" % code)
    labelled = []

    def who(idlist):
        return {i.split("-")[1] for i in idlist}

    tkeys = set()
    for t in truth["themes"]:
        tkeys.add(t["key"])
        if t["kind"] not in KINDS:
            err("%s kind %s" % (code, t["kind"]))
        if len(who(t["answer_ids"])) < 3:
            err("%s theme %s has <3 participants" % (code, t["key"]))
        labelled += t["answer_ids"]
    if len(truth["oppositions"]) != 1:
        err("%s needs one opposition" % code)
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err("%s opposition sides" % code)
        for s in o["sides"]:
            if not s["label"] or len(who(s["answer_ids"])) < 3:
                err("%s side too small" % code)
            if any(not i.endswith("-q5") for i in s["answer_ids"]):
                err("%s opposition not on q5" % code)
            labelled += s["answer_ids"]
    if len(truth["minorities"]) != nmin:
        err("%s minorities count" % code)
    mq = set()
    for m in truth["minorities"]:
        if len(who(m["answer_ids"])) != 2 or len(m["answer_ids"]) != 2:
            err("%s minority %s not exactly 2" % (code, m["key"]))
        mq |= {i[-2:] for i in m["answer_ids"]}
        labelled += m["answer_ids"]
    if len(mq) < 2:
        err("%s minorities on one question only" % code)
    labelled += truth["noise_answer_ids"]
    if sorted(labelled) != sorted(ids):
        err("%s every answer must be labelled exactly once" % code)
    sup = truth["objective_support"]
    if list(sup) != objs:
        err("%s objective_support keys != objectives" % code)
    for o, ks in sup.items():
        for k in ks:
            if k not in tkeys:
                err("%s unknown theme %s" % (code, k))
    unsup = [o for o in objs if not sup.get(o)]
    if truth["unsupported_objectives"] != unsup or not unsup:
        err("%s unsupported objectives" % code)
    used = {k for ks in sup.values() for k in ks}
    needs = [t["key"] for t in truth["themes"] if t["kind"] == "need"]
    unserved = [k for k in needs if k not in used]
    if truth["unserved_needs"] != unserved or not unserved:
        err("%s unserved needs" % code)
    # noise answers are content-free; content-free answers are noise
    noise = set(truth["noise_answer_ids"])
    for i, a in ids.items():
        if a["answer"].strip().lower() in NOISE_ONLY and i not in noise:
            err("%s content-free answer not noise: %s" % (code, i))
        # 'idem' must follow an earlier answer to the same question
        if a["answer"] == "idem":
            q = i[-2:]
            earlier = [j for j in ids if j[-2:] == q and j < i]
            if not earlier:
                err("%s idem with nothing before it: %s" % (code, i))
    # terse flavour: most answers 1-6 words
    short = sum(1 for a in ans if len(a["answer"].split()) <= 6)
    if short < 0.85 * len(ans):
        err("%s not terse enough" % code)
    # AUB3: English participants only write English, and some exist
    if code == "AUB3":
        en = set(gen.data_aub3.EN_PARTICIPANTS)
        en_texts = {t for q in gen.data_aub3.ANSWERS.values() for (l, g, t) in q if g == "en"}
        fr_texts = {t for q in gen.data_aub3.ANSWERS.values() for (l, g, t) in q if g == "fr"}
        for a in ans:
            if a["participant"] in en and a["answer"] in fr_texts - en_texts:
                err("AUB3 English participant wrote French: " + a["id"])
            if a["participant"] not in en and a["answer"] in en_texts - fr_texts:
                err("AUB3 French participant wrote English: " + a["id"])

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
