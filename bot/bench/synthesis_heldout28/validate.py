#!/usr/bin/env python3
"""Check synthesis_heldout28 against the format rules (issue 18 planted-theme set). Prints OK."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "synthesis_heldout28"
EXPECTED = {"W1": ("fr", 12), "W2": ("en", 24), "W3": ("fr+en", 38)}
HEADER1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 55) from DOMAIN.md, "
           "the issue and the format only, without reading the project's code, tests or other data sets. "
           "Do not tune anything on it.")
KINDS = {"need", "brake", "preference", "convergence"}
TRUTH_KEYS = {"session", "lang", "client", "title", "themes", "oppositions", "minorities",
              "objective_support", "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"}
FR_WORDS = {"le", "la", "les", "je", "pas", "et", "de", "des", "un", "une", "c'est", "oui", "non", "mon", "on"}
EN_WORDS = {"the", "i", "and", "my", "it", "to", "a", "of", "is", "not", "yes", "no", "me", "on"}

errors = []


def err(msg):
    errors.append(msg)


def lang_of(text):
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower())
    fr = sum(w in FR_WORDS for w in words) + len(re.findall(r"[àâçéèêëîïôûùœ]", text.lower()))
    en = sum(w in EN_WORDS for w in words)
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    return "?"


def check_session(code):
    lang, n = EXPECTED[code]
    paths = {k: os.path.join(HERE, f"{code}.{k}") for k in ("answers.jsonl", "objectives.txt", "truth.json")}
    for p in paths.values():
        if not os.path.isfile(p):
            err(f"missing {p}")
            return None
    rows = []
    with open(paths["answers.jsonl"], encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError:
                err(f"{code} answers line {i}: bad JSON")
                continue
            if set(r) != {"id", "participant", "question", "answer"}:
                err(f"{code} answers line {i}: keys {sorted(r)}")
                continue
            m = re.fullmatch(rf"{code}-(P\d\d)-q([1-5])", r["id"])
            if not m or m.group(1) != r["participant"]:
                err(f"{code} bad id/participant {r['id']} {r['participant']}")
            if not r["answer"].strip() or not r["question"].strip():
                err(f"{code} empty answer or question {r['id']}")
            rows.append(r)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err(f"{code} duplicate answer ids")
    parts = sorted({r["participant"] for r in rows})
    if parts != [f"P{i:02d}" for i in range(1, n + 1)]:
        err(f"{code} participants {len(parts)} != {n} (or not contiguous)")
    qtexts = {}
    for r in rows:
        q = r["id"].rsplit("-q", 1)[1]
        qtexts.setdefault(q, set()).add(r["question"])
    if sorted(qtexts) != ["1", "2", "3", "4", "5"] or any(len(v) != 1 for v in qtexts.values()):
        err(f"{code} must have exactly 5 questions with one text each")
    if len(rows) >= n * 5:
        err(f"{code} should contain some skipped answers")
    langs = {lang_of(r["answer"]) for r in rows}
    if lang == "fr" and "en" in langs:
        err(f"{code} English-looking answer in a French session: " +
            ", ".join(r["id"] for r in rows if lang_of(r["answer"]) == "en"))
    if lang == "en" and "fr" in langs:
        err(f"{code} French-looking answer in an English session: " +
            ", ".join(r["id"] for r in rows if lang_of(r["answer"]) == "fr"))
    if lang == "fr+en" and not {"fr", "en"} <= langs:
        err(f"{code} mixed session lacks one language")

    with open(paths["objectives.txt"], encoding="utf-8") as f:
        objectives = [l.rstrip("\n") for l in f if l.strip()]
    if len(objectives) != 5 or len(set(objectives)) != 5:
        err(f"{code} needs 5 distinct objectives, got {len(objectives)}")

    with open(paths["truth.json"], encoding="utf-8") as f:
        t = json.load(f)
    if set(t) != TRUTH_KEYS:
        err(f"{code} truth keys {sorted(set(t) ^ TRUTH_KEYS)}")
        return None
    if t["session"] != code or t["lang"] != lang:
        err(f"{code} truth session/lang mismatch")
    for k in ("client", "title", "note"):
        if not isinstance(t[k], str) or not t[k].strip():
            err(f"{code} truth {k} empty")
    part_of = {r["id"]: r["participant"] for r in rows}
    labelled = []

    def plist(aids):
        return {part_of.get(a) for a in aids}

    theme_keys = {}
    for th in t["themes"]:
        if set(th) != {"key", "kind", "description", "answer_ids"}:
            err(f"{code} theme keys {th.get('key')}")
        if th["kind"] not in KINDS:
            err(f"{code} theme {th['key']} bad kind")
        if len(plist(th["answer_ids"])) < 3:
            err(f"{code} theme {th['key']} has fewer than 3 distinct participants")
        theme_keys[th["key"]] = th["kind"]
        labelled += th["answer_ids"]
    if len(theme_keys) != len(t["themes"]):
        err(f"{code} duplicate theme keys")
    if not t["oppositions"]:
        err(f"{code} needs at least one opposition")
    for op in t["oppositions"]:
        if set(op) != {"key", "description", "sides"} or len(op["sides"]) != 2:
            err(f"{code} opposition {op.get('key')} malformed")
            continue
        for side in op["sides"]:
            if set(side) != {"label", "answer_ids"} or not side["answer_ids"]:
                err(f"{code} opposition {op['key']} side malformed or empty")
            labelled += side["answer_ids"]
        if len(plist(op["sides"][0]["answer_ids"]) & plist(op["sides"][1]["answer_ids"])):
            err(f"{code} opposition {op['key']}: a participant on both sides")
    if len(t["minorities"]) < 2:
        err(f"{code} needs at least 2 minorities")
    for mi in t["minorities"]:
        if set(mi) != {"key", "description", "answer_ids"}:
            err(f"{code} minority keys {mi.get('key')}")
        if len(plist(mi["answer_ids"])) != 2:
            err(f"{code} minority {mi['key']} must have exactly 2 participants")
        labelled += mi["answer_ids"]
    labelled += t["noise_answer_ids"]

    unknown = [a for a in labelled if a not in part_of]
    if unknown:
        err(f"{code} labels unknown ids {unknown[:5]}")
    dup = sorted({a for a in labelled if labelled.count(a) > 1})
    if dup:
        err(f"{code} ids labelled more than once {dup[:5]}")
    missing = sorted(set(part_of) - set(labelled))
    if missing:
        err(f"{code} ids not labelled {missing[:5]}")

    sup = t["objective_support"]
    if set(sup) != set(objectives):
        err(f"{code} objective_support keys differ from objectives.txt")
    for o, keys in sup.items():
        for k in keys:
            if k not in theme_keys:
                err(f"{code} objective_support refers to unknown theme {k}")
            elif theme_keys[k] == "brake":
                err(f"{code} a brake theme cannot support an objective ({k})")
    unsupported = [o for o in objectives if not sup.get(o)]
    if not t["unsupported_objectives"] or sorted(t["unsupported_objectives"]) != sorted(unsupported):
        err(f"{code} unsupported_objectives inconsistent or empty")
    served = {k for keys in sup.values() for k in keys}
    unserved = [k for k, kind in theme_keys.items() if kind == "need" and k not in served]
    if not t["unserved_needs"] or sorted(t["unserved_needs"]) != sorted(unserved):
        err(f"{code} unserved_needs inconsistent or empty")
    return code, len(parts), len(rows)


def check_readme(stats):
    p = os.path.join(HERE, "README.md")
    if not os.path.isfile(p):
        err("missing README.md")
        return
    lines = open(p, encoding="utf-8").read().split("\n")
    if lines[0] != HEADER1:
        err("README line 1 differs from the required header")
    if len(lines) < 4 or lines[1] != ">" or lines[2] != "":
        err("README lines 2-3 must be '>' and empty")
    if not lines[3].startswith(f"# {SET}: "):
        err("README line 4 must be '# <set name>: <description>'")
    text = "\n".join(lines)
    if "| code | language | participants | answers |" not in text:
        err("README lacks the sessions table")
    tp = ta = 0
    for code, n, a in stats:
        if not re.search(rf"^\| {code} \| [^|]+ \| {n} \| {a} \|$", text, re.M):
            err(f"README row for {code} wrong or missing")
        tp += n
        ta += a
    if not re.search(rf"^\| total \| [^|]* \| {tp} \| {ta} \|$", text, re.M):
        err("README total row wrong or missing")
    if "**Files.**" not in text:
        err("README lacks the Files paragraph")


def main():
    stats = []
    for code in EXPECTED:
        s = check_session(code)
        if s:
            stats.append(s)
    check_readme(stats)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
