#!/usr/bin/env python3
"""Check the synthesis_dev16 set against the format rules; print exactly OK on success."""
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SPEC = {  # code: (lang, participants, minorities)
    "CDL1": ("fr", 12, 2),
    "CDL2": ("en", 24, 3),
    "CDL3": ("mixed", 38, 5),
}
KINDS = {"need", "brake", "preference", "convergence"}
LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue and "
         "the format only; it may be read and tuned on).")
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    import gen
    # 1. byte-for-byte reproduction
    with tempfile.TemporaryDirectory() as tmp:
        import subprocess
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), tmp], check=True)
        for name in sorted(os.listdir(tmp)):
            with open(os.path.join(tmp, name), "rb") as a:
                new = a.read()
            path = os.path.join(HERE, name)
            if not os.path.exists(path):
                err("missing file " + name)
                continue
            with open(path, "rb") as b:
                if b.read() != new:
                    err("gen.py does not reproduce " + name)
    # 2. README head
    lines = read("README.md").split("\n")
    if lines[0] != LINE1 or lines[1] != ">" or lines[2] != "":
        err("README lines 1-3")
    readme = read("README.md")
    if "| code | language | participants | answers |" not in readme:
        err("README table")
    for para in ("**Client.**", "**Flavour.**", "**Labels.**", "**Files.**"):
        if para not in readme:
            err("README lacks " + para)

    all_words = []
    for code, (lang, n, n_min) in SPEC.items():
        # answers
        answers = [json.loads(l) for l in read(code + ".answers.jsonl").splitlines()]
        ids = set()
        per_q = {}
        parts = set()
        for a in answers:
            if set(a) != {"id", "participant", "question", "answer"}:
                err("%s bad keys %r" % (code, a))
            m = re.fullmatch(r"(CDL\d)-(P\d\d)-(q[1-5])", a["id"])
            if not m or m.group(1) != code or m.group(2) != a["participant"]:
                err("%s bad id %s" % (code, a["id"]))
                continue
            if a["id"] in ids:
                err("duplicate id " + a["id"])
            ids.add(a["id"])
            q = m.group(3)
            qtext = per_q.setdefault(q, a["question"])
            if qtext != a["question"]:
                err("%s question text varies for %s" % (code, q))
            if not a["answer"].strip():
                err("empty answer " + a["id"])
            parts.add(a["participant"])
            all_words.append(len(a["answer"].split()))
        if sorted(per_q) != ["q1", "q2", "q3", "q4", "q5"]:
            err(code + " needs 5 questions")
        expected = {"P%02d" % i for i in range(1, n + 1)}
        if parts != expected:
            err("%s participants %d != %d" % (code, len(parts), n))
        if len(ids) >= 5 * n:
            err(code + " nobody skips")
        pid_of = {a["id"]: a["participant"] for a in answers}
        # objectives
        objs = read(code + ".objectives.txt").splitlines()
        if len(objs) != 5 or any(not o.strip() for o in objs):
            err(code + " needs 5 objectives")
        # truth
        t = json.loads(read(code + ".truth.json"))
        for k in ("session", "lang", "client", "title", "themes", "oppositions", "minorities",
                  "objective_support", "unsupported_objectives", "unserved_needs",
                  "noise_answer_ids", "note"):
            if k not in t:
                err("%s truth lacks %s" % (code, k))
        if t["session"] != code or t["lang"] != lang:
            err(code + " session/lang")
        seen = []
        keys = set()
        for th in t["themes"]:
            if th["kind"] not in KINDS:
                err("%s bad kind %s" % (code, th["kind"]))
            if th["key"] in keys:
                err("dup key " + th["key"])
            keys.add(th["key"])
            if len({pid_of.get(i) for i in th["answer_ids"]}) < 3:
                err("%s theme %s < 3 participants" % (code, th["key"]))
            seen += th["answer_ids"]
        if len(t["oppositions"]) != 1:
            err(code + " needs exactly one opposition")
        for op in t["oppositions"]:
            if len(op["sides"]) != 2:
                err(code + " opposition needs 2 sides")
            for s in op["sides"]:
                if not s["answer_ids"] or any(not i.endswith("-q5") for i in s["answer_ids"]):
                    err(code + " opposition sides must be q5 answers")
                if len({pid_of.get(i) for i in s["answer_ids"]}) < 2:
                    err(code + " side too small")
                seen += s["answer_ids"]
        if len(t["minorities"]) != n_min:
            err("%s needs %d minorities" % (code, n_min))
        min_qs = set()
        for mi in t["minorities"]:
            if len({pid_of.get(i) for i in mi["answer_ids"]}) != 2:
                err("%s minority %s not exactly 2 participants" % (code, mi["key"]))
            min_qs |= {i[-2:] for i in mi["answer_ids"]}
            seen += mi["answer_ids"]
        if len(min_qs) < 2:
            err(code + " minorities must spread over several questions")
        seen += t["noise_answer_ids"]
        if len(seen) != len(set(seen)):
            err(code + " an answer is labelled twice")
        if set(seen) != ids:
            err("%s labels do not cover answers exactly (missing %s, extra %s)"
                % (code, sorted(ids - set(seen))[:5], sorted(set(seen) - ids)[:5]))
        if list(t["objective_support"]) != objs:
            err(code + " objective_support keys must be the objectives in order")
        for o, ks in t["objective_support"].items():
            for k in ks:
                if k not in keys:
                    err("%s unknown theme %s" % (code, k))
        unsup = [o for o, ks in t["objective_support"].items() if not ks]
        if not t["unsupported_objectives"] or t["unsupported_objectives"] != unsup:
            err(code + " unsupported_objectives")
        kind = {th["key"]: th["kind"] for th in t["themes"]}
        served = {k for ks in t["objective_support"].values() for k in ks}
        unserved = sorted(k for k, v in kind.items() if v == "need" and k not in served)
        if not t["unserved_needs"] or sorted(t["unserved_needs"]) != unserved:
            err(code + " unserved_needs")
        # language sanity
        en_parts = set()
        if lang == "en":
            en_parts = set(parts)
        elif lang == "mixed":
            import data_cdl
            en_parts = set(data_cdl.CDL3["english_participants"])
            if not en_parts or en_parts >= parts:
                err(code + " mixed needs both languages")
        for a in answers:
            if a["participant"] in en_parts and re.search(r"[àâçéèêëîïôûùü]", a["answer"].lower()):
                err("accent in English answer " + a["id"])
    # terse flavour
    short = sum(1 for w in all_words if w <= 6)
    if short / len(all_words) < 0.85:
        err("flavour: too few answers of 1-6 words")
    if not any(w >= 8 for w in all_words):
        err("flavour: no full-sentence answer")
    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
