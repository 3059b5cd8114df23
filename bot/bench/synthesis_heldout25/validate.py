#!/usr/bin/env python3
"""Checks the held-out synthesis set: files match gen.py, counts, fields, planted-truth rules. Prints OK."""
import json
import os
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def main():
    built = gen.build()
    # 1. files on disk are exactly what gen.py produces (determinism)
    for name, content in built.items():
        p = os.path.join(HERE, name)
        if not os.path.exists(p):
            err("missing " + name)
            continue
        with open(p, encoding="utf-8") as f:
            if f.read() != content:
                err("%s differs from gen.py output" % name)
    if gen.build() != built:
        err("gen.build() not deterministic")

    sizes = {"LYC": (10, 14, "fr"), "GRE": (20, 28, "en"), "NTS": (34, 42, "mixed")}
    langs_seen = set()
    readme_rows = {}
    for s in gen.SESSIONS:
        code = s["code"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            err("bad code " + code)
        # answers
        rows = []
        with open(os.path.join(HERE, code + ".answers.jsonl"), encoding="utf-8") as f:
            for line in f:
                rows.append(json.loads(line))
        ids = set()
        parts = set()
        for r in rows:
            if set(r) != {"id", "participant", "question", "answer"}:
                err("%s bad fields %s" % (code, r))
            m = re.fullmatch(r"([A-Z]{3})-(P\d\d)-q([1-5])", r["id"])
            if not m or m.group(1) != code or m.group(2) != r["participant"]:
                err("bad id " + r["id"])
                continue
            if r["question"] != s["questions"][int(m.group(3)) - 1]:
                err("question text mismatch " + r["id"])
            if not r["answer"].strip():
                err("empty answer " + r["id"])
            if r["id"] in ids:
                err("duplicate id " + r["id"])
            ids.add(r["id"])
            parts.add(r["participant"])
        by_id = {r["id"]: r for r in rows}
        n = s["n_fr"] + s["n_en"]
        lo, hi, kind = sizes[code]
        if not (lo <= n <= hi) or len(parts) != n:
            err("%s participants %d / %d" % (code, n, len(parts)))
        if len(set(s["questions"])) != 5:
            err(code + " needs 5 distinct questions")
        skips = n * 5 - len(rows)
        if skips <= 0:
            err(code + " has no skips")
        langs_seen.add(kind)
        # objectives file
        with open(os.path.join(HERE, code + ".objectives.txt"), encoding="utf-8") as f:
            objectives = [l.rstrip("\n") for l in f if l.strip()]
        if len(objectives) != 5:
            err(code + " needs 5 objectives")
        # truth
        with open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8") as f:
            t = json.load(f)
        need_keys = {"session", "lang", "client", "title", "themes", "oppositions", "minorities",
                     "objective_support", "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"}
        if set(t) != need_keys:
            err("%s truth keys %s" % (code, sorted(set(t) ^ need_keys)))
        if t["session"] != code or t["client"] != gen.CLIENT or t["lang"] not in ("fr", "en"):
            err(code + " truth header")
        labelled = []

        def pset(aids):
            for a in aids:
                if a not in by_id:
                    err("%s unknown answer id %s" % (code, a))
            return {by_id[a]["participant"] for a in aids if a in by_id}

        def qset(aids):
            return {a.rsplit("-q", 1)[1] for a in aids}

        theme_keys = set()
        for th in t["themes"]:
            if set(th) != {"key", "kind", "description", "answer_ids"}:
                err("theme fields " + th.get("key", "?"))
            if th["kind"] not in ("need", "brake", "preference", "convergence"):
                err("theme kind " + th["key"])
            if len(pset(th["answer_ids"])) < 3:
                err("%s theme %s < 3 participants" % (code, th["key"]))
            theme_keys.add(th["key"])
            labelled += th["answer_ids"]
        for o in t["oppositions"]:
            if len(o["sides"]) != 2:
                err("opposition sides " + o["key"])
                continue
            ps = [pset(sd["answer_ids"]) for sd in o["sides"]]
            for sd, p in zip(o["sides"], ps):
                if len(p) < 2 or not sd["label"]:
                    err("%s opposition %s side < 2 participants" % (code, o["key"]))
                labelled += sd["answer_ids"]
            if ps[0] & ps[1]:
                err("%s opposition %s participant on both sides" % (code, o["key"]))
            qs = qset(o["sides"][0]["answer_ids"]) | qset(o["sides"][1]["answer_ids"])
            if len(qs) != 1:
                err("%s opposition %s spans questions %s" % (code, o["key"], qs))
        for mi in t["minorities"]:
            if len(pset(mi["answer_ids"])) != 2 or len(mi["answer_ids"]) != 2:
                err("%s minority %s not exactly 2" % (code, mi["key"]))
            labelled += mi["answer_ids"]
        noise = t["noise_answer_ids"]
        pset(noise)
        labelled += noise
        # partition: every answer exactly once
        if len(labelled) != len(set(labelled)):
            err(code + " an answer carries two labels")
        if set(labelled) != ids:
            err("%s unlabelled answers %s" % (code, sorted(ids - set(labelled))[:5]))
        ratio = len(noise) / len(rows)
        if not (0.09 <= ratio <= 0.16):
            err("%s noise ratio %.3f" % (code, ratio))
        all_keys = theme_keys | {o["key"] for o in t["oppositions"]} | {m["key"] for m in t["minorities"]}
        if len(all_keys) != len(t["themes"]) + len(t["oppositions"]) + len(t["minorities"]):
            err(code + " duplicate point keys")
        # objectives
        if list(t["objective_support"]) != objectives:
            err(code + " objective_support keys != objectives file")
        served = set()
        for obj, ks in t["objective_support"].items():
            for k in ks:
                if k not in theme_keys:
                    err("%s objective support unknown theme %s" % (code, k))
                served.add(k)
        unsup = [o for o, ks in t["objective_support"].items() if not ks]
        if unsup != t["unsupported_objectives"] or len(unsup) < 1:
            err(code + " unsupported objectives")
        needs = [th["key"] for th in t["themes"] if th["kind"] == "need"]
        unserved = [k for k in needs if k not in served]
        if unserved != t["unserved_needs"] or not (1 <= len(unserved) <= 3):
            err(code + " unserved needs %s" % unserved)
        # mixed session: answer languages per participant are consistent with the source
        readme_rows[code] = "| %s | %s | %d | 5 | %d | %d | %d | %d | %d | %d |" % (
            code, t["lang"] if kind != "mixed" else "fr+en (%d fr, %d en)" % (s["n_fr"], s["n_en"]), n,
            len(rows), skips, len(t["themes"]), len(t["oppositions"]), len(t["minorities"]), len(noise))
    if langs_seen != {"fr", "en", "mixed"}:
        err("need one fr, one en, one mixed session")
    # mixed session: every theme has both languages except listed minorities (source-level check)
    nts = [s for s in gen.SESSIONS if s["code"] == "NTS"][0]
    for pt in nts["points"]:
        if pt["t"] == "theme":
            lg = {a[1] for a in pt["answers"]}
            if lg != {"fr", "en"}:
                err("NTS theme %s not bilingual" % pt["key"])
    # README
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != gen.README_LINE1 or lines[1] != "":
        err("README line 1/2")
    for code, row in readme_rows.items():
        if row not in lines:
            err("README table row for %s wrong" % code)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
