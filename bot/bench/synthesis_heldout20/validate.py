#!/usr/bin/env python3
"""Check the synthesis_heldout20 set against the planted-theme format. Prints OK."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = {"GRF": ("fr", 12, 5), "RTS": ("en", 24, 5), "BOU": ("mixed", 38, 6)}
KINDS = {"need", "brake", "convergence", "preference"}
STOP = set("""
a au aux avec ce ces cette c ca d de des du elle en et etre il ils je j l la le les leur lui ma mais me
mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses si son sur ta te tes toi ton tu un
une vos votre vous y est sont suis ai as avons avez ont fait faire plus tres bien tout tous toute
the and for with that this are was were you your our its it's not but from have has had they them
their what which who will would can could all any some just more very into out off than then too also
about there been being only get got
""".split())
FIRST_LINE = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 47) from DOMAIN.md, "
              "the issue and the format only, without reading the project's code, tests or other data "
              "sets. Do not tune anything on it.")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def content_words(s):
    return {w for w in re.findall(r"[a-z0-9]+", norm(s)) if len(w) >= 3 and w not in STOP}


def pid_of(aid):
    return aid.split("-")[1]


def check(code, lang, n_expected, nq_expected):
    path = os.path.join(HERE, code + ".answers.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError:
                err("%s line %d: not JSON" % (code, ln))
                continue
            if set(r) != {"id", "participant", "question", "answer"}:
                err("%s line %d: keys %s" % (code, ln, sorted(r)))
            rows.append(r)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("%s: duplicate ids" % code)
    questions = []
    for r in rows:
        if r["question"] not in questions:
            questions.append(r["question"])
    qnum = {}
    for r in rows:
        m = re.fullmatch(r"([A-Z]{3})-(P\d{2})-q(\d+)", r["id"])
        if not m or m.group(1) != code or m.group(2) != r["participant"]:
            err("%s: bad id %s" % (code, r["id"]))
            continue
        q = int(m.group(3))
        if qnum.setdefault(q, r["question"]) != r["question"]:
            err("%s: question text differs for q%d" % (code, q))
        if not r["answer"].strip():
            err("%s: empty answer %s" % (code, r["id"]))
    keyed = [(int(r["participant"][1:]), int(r["id"].rsplit("q", 1)[1])) for r in rows]
    if keyed != sorted(keyed):
        err("%s: not sorted by participant then question" % code)
    parts = {r["participant"] for r in rows}
    if len(parts) != n_expected:
        err("%s: %d participants, expected %d" % (code, len(parts), n_expected))
    if len(qnum) != nq_expected:
        err("%s: %d questions, expected %d" % (code, len(qnum), nq_expected))
    if lang == "mixed" and not all(" / " in q for q in qnum.values()):
        err("%s: mixed questions must be written 'FR / EN'" % code)
    if len(rows) == n_expected * nq_expected:
        err("%s: no skipped question" % code)
    by_id = {r["id"]: r for r in rows}

    with open(os.path.join(HERE, code + ".objectives.txt"), encoding="utf-8") as f:
        objectives = [l.rstrip("\n") for l in f if l.strip()]
    if len(objectives) != 5:
        err("%s: %d objectives, expected 5" % (code, len(objectives)))

    with open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8") as f:
        t = json.load(f)
    for k in ("session", "lang", "client", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids"):
        if k not in t:
            err("%s: truth lacks %s" % (code, k))
    if t.get("session") != code or t.get("lang") != lang:
        err("%s: session/lang mismatch" % code)

    owner = {}

    def own(aid, who):
        if aid not in by_id:
            err("%s: %s cites unknown answer %s" % (code, who, aid))
        if aid in owner:
            err("%s: %s owned by %s and %s" % (code, aid, owner[aid], who))
        owner[aid] = who

    theme_keys = set()
    theme_parts = {}
    for th in t["themes"]:
        theme_keys.add(th["key"])
        if th["kind"] not in KINDS:
            err("%s: theme %s bad kind" % (code, th["key"]))
        ps = {pid_of(a) for a in th["answer_ids"]}
        theme_parts[th["key"]] = ps
        if len(ps) < 3:
            err("%s: theme %s has %d participants" % (code, th["key"], len(ps)))
        for a in th["answer_ids"]:
            own(a, th["key"])
        common = None
        for a in th["answer_ids"]:
            if a in by_id:
                w = content_words(by_id[a]["answer"])
                common = w if common is None else common & w
        if common:
            err("%s: theme %s: every answer shares %s" % (code, th["key"], sorted(common)))
    for o in t["oppositions"]:
        if len(o["sides"]) != 2:
            err("%s: opposition %s needs 2 sides" % (code, o["key"]))
            continue
        sets, qs = [], set()
        for s in o["sides"]:
            ps = {pid_of(a) for a in s["answer_ids"]}
            if len(ps) < 2:
                err("%s: opposition %s side %s has <2 participants" % (code, o["key"], s["label"]))
            sets.append(ps)
            for a in s["answer_ids"]:
                own(a, o["key"] + ":" + s["label"])
                qs.add(a.rsplit("-", 1)[1])
        if sets[0] & sets[1]:
            err("%s: opposition %s: participant on both sides" % (code, o["key"]))
        if len(qs) != 1:
            err("%s: opposition %s spans several questions" % (code, o["key"]))
    for m in t["minorities"]:
        ps = {pid_of(a) for a in m["answer_ids"]}
        if len(ps) != 2:
            err("%s: minority %s has %d participants" % (code, m["key"], len(ps)))
        for a in m["answer_ids"]:
            own(a, m["key"])
    for a in t["noise_answer_ids"]:
        own(a, "noise")
    missing = set(by_id) - set(owner)
    if missing:
        err("%s: answers without owner: %s" % (code, sorted(missing)[:5]))
    if not t["noise_answer_ids"]:
        err("%s: no noise" % code)
    if not t["minorities"]:
        err("%s: no minority" % code)
    if not t["oppositions"]:
        err("%s: no opposition" % code)

    sup = t["objective_support"]
    if list(sup) != objectives:
        err("%s: objective_support keys differ from objectives.txt" % code)
    cited = set()
    for obj, keys in sup.items():
        for k in keys:
            if k not in theme_keys:
                err("%s: objective cites unknown theme %s" % (code, k))
            cited.add(k)
    unsup = [o for o, k in sup.items() if not k]
    if sorted(unsup) != sorted(t["unsupported_objectives"]) or not unsup:
        err("%s: unsupported_objectives wrong or empty" % code)
    needs = {th["key"] for th in t["themes"] if th["kind"] == "need"}
    unserved = needs - cited
    if unserved != set(t["unserved_needs"]) or not unserved:
        err("%s: unserved_needs wrong or empty" % code)

    # no verbatim duplicated outside noise
    seen = {}
    for r in rows:
        if owner.get(r["id"]) == "noise":
            continue
        k = norm(r["answer"]).strip()
        if k in seen:
            err("%s: duplicate answer text %s / %s" % (code, seen[k], r["id"]))
        seen[k] = r["id"]
    return len(parts), len(rows)


def main():
    readme = os.path.join(HERE, "README.md")
    with open(readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != FIRST_LINE or lines[1] != "":
        err("README.md: first line must be the held-out banner followed by a blank line")
    clients = set()
    for code, (lang, n, nq) in SESSIONS.items():
        check(code, lang, n, nq)
        with open(os.path.join(HERE, code + ".truth.json"), encoding="utf-8") as f:
            clients.add(json.load(f)["client"])
    if len(clients) != 1:
        err("sessions must share one client")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
