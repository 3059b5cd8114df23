#!/usr/bin/env python3
"""Check the synthesis_heldout27 files against the planted-theme format; print OK on success."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm_words(text):
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", t)


EXPECT = {"X1": ("fr", 10, 14), "X2": ("en", 20, 28), "X3": ("fr+en", 32, 44)}
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 54) from DOMAIN.md, the issue and "
         "the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")

all_texts = {}
readme_rows = {}

# README
try:
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if readme[0] != LINE1:
        err("README line 1")
    if readme[1] != ">":
        err("README line 2")
    if readme[2] != "":
        err("README line 3")
    if not readme[3].startswith("# synthesis_heldout27: "):
        err("README title")
    for line in readme:
        m = re.match(r"^\| (X\d) \| ([^|]+) \| (\d+) \| (\d+) \|$", line)
        if m:
            readme_rows[m.group(1)] = (m.group(2).strip(), int(m.group(3)), int(m.group(4)))
        m = re.match(r"^\| \*\*total\*\* \| +\| (\d+) \| (\d+) \|$", line)
        if m:
            readme_rows["total"] = (int(m.group(1)), int(m.group(2)))
except OSError as e:
    err("README: %s" % e)

for f in ("gen.py", "validate.py"):
    if not os.path.exists(os.path.join(HERE, f)):
        err("missing " + f)

tot_p = tot_a = 0
for code, (lang, pmin, pmax) in EXPECT.items():
    try:
        answers = [json.loads(l) for l in open(os.path.join(HERE, code + ".answers.jsonl"), encoding="utf-8")
                   if l.strip()]
        objectives = [l for l in open(os.path.join(HERE, code + ".objectives.txt"), encoding="utf-8").read()
                      .split("\n") if l.strip()]
        truth = json.load(open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        err("%s: cannot read files: %s" % (code, e))
        continue
    ids = {}
    qtext = {}
    per_p = {}
    for a in answers:
        if set(a) != {"id", "participant", "question", "answer"}:
            err("%s: bad keys %s" % (code, a))
            continue
        m = re.match(r"^%s-(P\d\d)-q([1-5])$" % code, a["id"])
        if not m or m.group(1) != a["participant"]:
            err("%s: bad id %s" % (code, a["id"]))
            continue
        if a["id"] in ids:
            err("%s: duplicate id %s" % (code, a["id"]))
        ids[a["id"]] = a
        q = int(m.group(2))
        if qtext.setdefault(q, a["question"]) != a["question"]:
            err("%s: question text differs for q%d" % (code, q))
        per_p.setdefault(a["participant"], set()).add(q)
        if not a["answer"].strip():
            err("%s: empty answer %s" % (code, a["id"]))
        key = " ".join(norm_words(a["answer"]))
        if key and key in all_texts:
            err("duplicate answer text %s / %s" % (a["id"], all_texts[key]))
        all_texts[key] = a["id"]
    if len(qtext) != 5:
        err("%s: %d questions" % (code, len(qtext)))
    np_ = len(per_p)
    if not pmin <= np_ <= pmax:
        err("%s: %d participants" % (code, np_))
    for p, qs in per_p.items():
        if len(qs) < 3:
            err("%s: %s answers only %d questions" % (code, p, len(qs)))
    if len(objectives) != 5:
        err("%s: %d objectives" % (code, len(objectives)))
    if truth.get("session") != code or truth.get("lang") != lang:
        err("%s: session/lang in truth" % code)
    for k in ("client", "title", "note"):
        if not isinstance(truth.get(k), str) or not truth[k]:
            err("%s: truth.%s" % (code, k))

    def parts(aids):
        return {ids[x]["participant"] for x in aids if x in ids}

    labelled = []
    kinds = {}
    theme_keys = set()
    for t in truth.get("themes", []):
        if t.get("kind") not in ("need", "brake", "preference", "convergence"):
            err("%s: kind %s" % (code, t.get("kind")))
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
        theme_keys.add(t["key"])
        if not t.get("description"):
            err("%s: theme %s description" % (code, t["key"]))
        if len(parts(t["answer_ids"])) < 3:
            err("%s: theme %s has < 3 participants" % (code, t["key"]))
        labelled += t["answer_ids"]
        # varied wording: no word trigram shared by 3+ answers of one theme, no 4-gram by 2+
        for n, limit in ((3, 2), (4, 1)):
            seen = {}
            for x in t["answer_ids"]:
                w = norm_words(ids[x]["answer"]) if x in ids else []
                for g in {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}:
                    seen[g] = seen.get(g, 0) + 1
            for g, c in seen.items():
                if c > limit:
                    err("%s: theme %s shares phrase '%s' in %d answers" % (code, t["key"], " ".join(g), c))
    for kind in ("need", "brake", "preference", "convergence"):
        if not kinds.get(kind):
            err("%s: no %s theme" % (code, kind))
    if not truth.get("oppositions"):
        err("%s: no opposition" % code)
    for o in truth.get("oppositions", []):
        sides = o.get("sides", [])
        if len(sides) != 2 or not o.get("description"):
            err("%s: opposition %s shape" % (code, o.get("key")))
        for s in sides:
            if not s.get("label") or len(parts(s["answer_ids"])) < 2:
                err("%s: opposition %s side too small" % (code, o.get("key")))
            labelled += s["answer_ids"]
        if len(sides) == 2 and parts(sides[0]["answer_ids"]) & parts(sides[1]["answer_ids"]):
            err("%s: opposition %s has a participant on both sides" % (code, o.get("key")))
    if not truth.get("minorities"):
        err("%s: no minority" % code)
    for m in truth.get("minorities", []):
        if len(parts(m["answer_ids"])) != 2:
            err("%s: minority %s not exactly 2 participants" % (code, m.get("key")))
        labelled += m["answer_ids"]
    if not truth.get("noise_answer_ids"):
        err("%s: no noise" % code)
    labelled += truth.get("noise_answer_ids", [])
    if sorted(labelled) != sorted(ids) or len(set(labelled)) != len(labelled):
        missing = set(ids) - set(labelled)
        extra = [x for x in labelled if x not in ids]
        dup = {x for x in labelled if labelled.count(x) > 1}
        err("%s: labelling not exact (missing %s, unknown %s, twice %s)" % (code, sorted(missing), extra, sorted(dup)))
    sup = truth.get("objective_support", {})
    if list(sup) != objectives:
        err("%s: objective_support keys differ from objectives.txt" % code)
    for o, keys in sup.items():
        for k in keys:
            if k not in theme_keys:
                err("%s: objective support refers to unknown theme %s" % (code, k))
    unsup = [o for o in objectives if not sup.get(o)]
    if not unsup or truth.get("unsupported_objectives") != unsup:
        err("%s: unsupported_objectives" % code)
    need_keys = [t["key"] for t in truth["themes"] if t["kind"] == "need"]
    served = {k for keys in sup.values() for k in keys}
    unserved = [k for k in need_keys if k not in served]
    if not unserved or truth.get("unserved_needs") != unserved:
        err("%s: unserved_needs" % code)
    row = readme_rows.get(code)
    if row != (lang, np_, len(ids)):
        err("%s: README row %s != %s" % (code, row, (lang, np_, len(ids))))
    tot_p += np_
    tot_a += len(ids)

if readme_rows.get("total") != (tot_p, tot_a):
    err("README total")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
