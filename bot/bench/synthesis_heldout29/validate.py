#!/usr/bin/env python3
"""Check every rule of the synthesis set format; print exactly OK when all hold."""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.basename(HERE)
EXPECTED = {"RE1": ("fr", 12), "RE2": ("en", 24), "RE3": ("fr+en", 38)}
LANG_NAMES = {"fr": "French", "en": "English", "fr+en": "French and English"}
HEADER1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 56) from DOMAIN.md, the "
           "issue and the format only, without reading the project's code, tests or other data sets. Do "
           "not tune anything on it.")
TRUTH_KEYS = {"session", "lang", "client", "title", "themes", "oppositions", "minorities",
              "objective_support", "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"}
KINDS = {"need", "brake", "preference", "convergence"}

errors = []


def err(msg):
    errors.append(msg)


def check_session(code, lang, n):
    stats = None
    apath = os.path.join(HERE, f"{code}.answers.jsonl")
    opath = os.path.join(HERE, f"{code}.objectives.txt")
    tpath = os.path.join(HERE, f"{code}.truth.json")
    for p in (apath, opath, tpath):
        if not os.path.isfile(p):
            err(f"missing {p}")
            return None
    rows = []
    with open(apath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{code}: blank line {i}")
                continue
            try:
                r = json.loads(line)
            except ValueError:
                err(f"{code}: bad json line {i}")
                continue
            if set(r) != {"id", "participant", "question", "answer"}:
                err(f"{code}: wrong keys line {i}")
                continue
            rows.append(r)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err(f"{code}: duplicate ids")
    qtext = {}
    parts = set()
    for r in rows:
        m = re.fullmatch(rf"{code}-(P\d\d)-(q[1-5])", r["id"])
        if not m:
            err(f"{code}: bad id {r['id']}")
            continue
        if m.group(1) != r["participant"]:
            err(f"{code}: participant mismatch {r['id']}")
        parts.add(r["participant"])
        q = m.group(2)
        if not isinstance(r["question"], str) or not r["question"].strip():
            err(f"{code}: empty question {r['id']}")
        qtext.setdefault(q, set()).add(r["question"])
        if not isinstance(r["answer"], str) or len(r["answer"].strip()) < 10:
            err(f"{code}: empty/short answer {r['id']}")
        elif re.search(r"\bP\s?\d{1,2}\b", r["answer"]):
            err(f"{code}: answer refers to a participant {r['id']}")
    if sorted(qtext) != ["q1", "q2", "q3", "q4", "q5"]:
        err(f"{code}: not 5 questions")
    for q, texts in qtext.items():
        if len(texts) != 1:
            err(f"{code}: question {q} has several texts")
    if len({next(iter(t)) for t in qtext.values()}) != len(qtext):
        err(f"{code}: two questions share a text")
    if parts != {f"P{i:02d}" for i in range(1, n + 1)}:
        err(f"{code}: participants are not P01..P{n:02d}")
    if len(rows) >= n * 5:
        err(f"{code}: no skipped question")
    texts = [r["answer"] for r in rows]
    if len(texts) != len(set(texts)):
        err(f"{code}: duplicate answer texts")
    pid = {r["id"]: r["participant"] for r in rows}

    with open(opath, encoding="utf-8") as f:
        objectives = [l.rstrip("\n") for l in f]
    if len(objectives) != 5 or any(not o.strip() for o in objectives) or len(set(objectives)) != 5:
        err(f"{code}: objectives file must hold 5 distinct non-empty lines")

    with open(tpath, encoding="utf-8") as f:
        t = json.load(f)
    if set(t) != TRUTH_KEYS:
        err(f"{code}: truth keys {sorted(set(t) ^ TRUTH_KEYS)}")
        return None
    if t["session"] != code or t["lang"] != lang:
        err(f"{code}: session/lang mismatch")
    for k in ("client", "title", "note"):
        if not isinstance(t[k], str) or not t[k].strip():
            err(f"{code}: empty {k}")
    labelled = []
    keys = []

    def parts_of(aids, where):
        for a in aids:
            if a not in pid:
                err(f"{code}: unknown answer id {a} in {where}")
        return {pid[a] for a in aids if a in pid}

    theme_kind = {}
    for th in t["themes"]:
        if set(th) != {"key", "kind", "description", "answer_ids"}:
            err(f"{code}: theme keys {th.get('key')}")
            continue
        keys.append(th["key"])
        theme_kind[th["key"]] = th["kind"]
        if th["kind"] not in KINDS:
            err(f"{code}: bad kind {th['kind']}")
        if not th["description"].strip():
            err(f"{code}: empty description {th['key']}")
        if len(parts_of(th["answer_ids"], th["key"])) < 3:
            err(f"{code}: theme {th['key']} has fewer than 3 participants")
        labelled += th["answer_ids"]
    if not isinstance(t["oppositions"], list) or len(t["oppositions"]) < 1:
        err(f"{code}: no opposition")
    for op in t["oppositions"]:
        if set(op) != {"key", "description", "sides"}:
            err(f"{code}: opposition keys {op.get('key')}")
            continue
        keys.append(op["key"])
        if len(op["sides"]) != 2:
            err(f"{code}: opposition {op['key']} must have 2 sides")
        side_parts = []
        for sd in op["sides"]:
            if set(sd) != {"label", "answer_ids"} or not sd["label"].strip() or not sd["answer_ids"]:
                err(f"{code}: bad side in {op['key']}")
                continue
            side_parts.append(parts_of(sd["answer_ids"], op["key"]))
            labelled += sd["answer_ids"]
        if len(side_parts) == 2 and side_parts[0] & side_parts[1]:
            err(f"{code}: a participant is on both sides of {op['key']}")
    if len(t["minorities"]) < 2:
        err(f"{code}: fewer than 2 minorities")
    for mi in t["minorities"]:
        if set(mi) != {"key", "description", "answer_ids"}:
            err(f"{code}: minority keys {mi.get('key')}")
            continue
        keys.append(mi["key"])
        if len(parts_of(mi["answer_ids"], mi["key"])) != 2:
            err(f"{code}: minority {mi['key']} is not exactly 2 participants")
        labelled += mi["answer_ids"]
    parts_of(t["noise_answer_ids"], "noise")
    labelled += t["noise_answer_ids"]
    if len(keys) != len(set(keys)):
        err(f"{code}: duplicate keys")
    if len(labelled) != len(set(labelled)):
        err(f"{code}: an answer id is labelled more than once")
    if set(labelled) != set(ids):
        err(f"{code}: unlabelled ids {sorted(set(ids) - set(labelled))[:5]}")

    os_ = t["objective_support"]
    if not isinstance(os_, dict) or list(os_) != objectives:
        err(f"{code}: objective_support keys differ from objectives file")
        os_ = {}
    supported = set()
    for o, ks in os_.items():
        for k in ks:
            if k not in theme_kind:
                err(f"{code}: objective_support refers to unknown theme {k}")
            supported.add(k)
    unsup = [o for o, ks in os_.items() if not ks]
    if t["unsupported_objectives"] != unsup or len(unsup) < 1:
        err(f"{code}: unsupported_objectives wrong or empty")
    if len(t["unserved_needs"]) < 1:
        err(f"{code}: no unserved need")
    for k in t["unserved_needs"]:
        if theme_kind.get(k) != "need":
            err(f"{code}: unserved need {k} is not a need theme")
        if k in supported:
            err(f"{code}: unserved need {k} supports an objective")
    for k, kind in theme_kind.items():
        if kind == "need" and k not in supported and k not in t["unserved_needs"]:
            err(f"{code}: need theme {k} neither supports an objective nor is unserved")
    return (code, LANG_NAMES[lang], n, len(rows))


def check_readme(stats):
    path = os.path.join(HERE, "README.md")
    if not os.path.isfile(path):
        err("missing README.md")
        return
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if len(lines) < 4 or lines[0] != HEADER1 or lines[1] != ">" or lines[2] != "":
        err("README: first three lines wrong")
    if not lines[3].startswith(f"# {SET}: ") or len(lines[3]) <= len(f"# {SET}: "):
        err("README: title line wrong")
    for marker in ("**Client.**", "**Flavour.**", "**Labels.**", "**Files.**",
                   "| code | language | participants | answers |"):
        if marker not in text:
            err(f"README: missing {marker}")
    for code, lang, n, a in stats:
        if f"| {code} | {lang} | {n} | {a} |" not in text:
            err(f"README: table row for {code} wrong")
    tp = sum(s[2] for s in stats)
    ta = sum(s[3] for s in stats)
    if not re.search(rf"\| total \| *\| {tp} \| {ta} \|", text):
        err("README: total row wrong")


def check_reproducible():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), tmp], check=True)
        for name in sorted(os.listdir(tmp)):
            if not filecmp.cmp(os.path.join(tmp, name), os.path.join(HERE, name), shallow=False):
                err(f"gen.py does not reproduce {name}")


def main():
    stats = []
    for code, (lang, n) in EXPECTED.items():
        s = check_session(code, lang, n)
        if s:
            stats.append(s)
    check_readme(stats)
    check_reproducible()
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
