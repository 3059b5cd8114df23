#!/usr/bin/env python3
"""Check the held-out synthesis set: format, ids, single owner, counts. Stdlib only.
Exit 0 when everything holds, 1 otherwise."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECT = {"DUB": ("en", 8, 16), "LYO": ("fr", 20, 28), "BRX": ("mixed", 34, 42)}
KINDS = {"need", "motivation", "brake", "contribution", "idea"}
STOP = set("""that this with have what from they them your just like make then when there their would could
about only also into pour dans avec plus sans mais tout tous faire être etre nous vous leur sont pas
quand comme chez cest""".split())
errors = []


def err(msg):
    errors.append(msg)


def words(t):
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return {w for w in re.findall(r"[a-z]{4,}", t) if w not in STOP}


def check(code, lang, lo, hi):
    path = lambda ext: os.path.join(HERE, code + ext)
    for ext in (".answers.jsonl", ".objectives.txt", ".truth.json"):
        if not os.path.exists(path(ext)):
            err("%s: missing %s" % (code, ext))
            return None
    rows = {}
    qs_by_p = {}
    questions = set()
    with open(path(".answers.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError:
                err("%s line %d: bad json" % (code, n))
                continue
            if set(r) != {"id", "participant", "question", "answer"}:
                err("%s line %d: keys %s" % (code, n, sorted(r)))
                continue
            m = re.fullmatch(r"([A-Z]{3})-(P\d{2})-(q\d)", r["id"])
            if not m or m.group(1) != code or m.group(2) != r["participant"]:
                err("%s: bad id %s" % (code, r["id"]))
            if r["id"] in rows:
                err("%s: duplicate id %s" % (code, r["id"]))
            if not r["answer"].strip() or not r["question"].strip():
                err("%s: empty text in %s" % (code, r["id"]))
            rows[r["id"]] = r
            questions.add(m.group(3) if m else "?")
            qs_by_p.setdefault(r["participant"], set()).add(m.group(3) if m else "?")
    nq = len(questions)
    if not 5 <= nq <= 7:
        err("%s: %d questions (want 5-7)" % (code, nq))
    npart = len(qs_by_p)
    if not lo <= npart <= hi:
        err("%s: %d participants (want %d-%d)" % (code, npart, lo, hi))
    skips = sum(nq - len(v) for v in qs_by_p.values())
    if skips == 0:
        err("%s: nobody skips a question" % code)

    objectives = [l.rstrip("\n") for l in open(path(".objectives.txt"), encoding="utf-8") if l.strip()]
    if len(objectives) != 5:
        err("%s: %d objectives (want 5)" % (code, len(objectives)))

    t = json.load(open(path(".truth.json"), encoding="utf-8"))
    for k in ("session", "lang", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids"):
        if k not in t:
            err("%s: truth lacks %s" % (code, k))
            return None
    if t["session"] != code or t["lang"] != lang:
        err("%s: session/lang %s/%s" % (code, t["session"], t["lang"]))

    owner = {}

    def own(ids, who):
        for i in ids:
            if i not in rows:
                err("%s: %s cites unknown id %s" % (code, who, i))
            if i in owner:
                err("%s: %s owned by %s and %s" % (code, i, owner[i], who))
            owner[i] = who

    def parts(ids):
        return {rows[i]["participant"] for i in ids if i in rows}

    theme_keys = {}
    for th in t["themes"]:
        if th["kind"] not in KINDS:
            err("%s: theme %s kind %s" % (code, th["key"], th["kind"]))
        if len(parts(th["answer_ids"])) < 2:
            err("%s: theme %s has < 2 participants" % (code, th["key"]))
        own(th["answer_ids"], "theme:" + th["key"])
        theme_keys[th["key"]] = th["kind"]
        # varied wording: no content word shared by every verbatim of a theme
        ws = [words(rows[i]["answer"]) for i in th["answer_ids"] if i in rows]
        if len(ws) >= 2 and set.intersection(*ws):
            err("%s: theme %s: every verbatim shares %s" % (code, th["key"], sorted(set.intersection(*ws))))
    for o in t["oppositions"]:
        if len(o["sides"]) != 2:
            err("%s: opposition %s needs 2 sides" % (code, o["key"]))
        for sd in o["sides"]:
            if len(parts(sd["answer_ids"])) < 2:
                err("%s: opposition %s side %s < 2 participants" % (code, o["key"], sd["label"]))
            own(sd["answer_ids"], "opp:%s:%s" % (o["key"], sd["label"]))
    for mi in t["minorities"]:
        n = len(parts(mi["answer_ids"]))
        if not 2 <= n <= 3:
            err("%s: minority %s has %d participants (want 2-3)" % (code, mi["key"], n))
        own(mi["answer_ids"], "min:" + mi["key"])
    own(t["noise_answer_ids"], "noise")
    unowned = sorted(set(rows) - set(owner))
    if unowned:
        err("%s: %d answers without owner, e.g. %s" % (code, len(unowned), unowned[:3]))

    sup = t["objective_support"]
    if list(sup) != objectives:
        err("%s: objective_support keys differ from objectives.txt" % code)
    for obj, keys in sup.items():
        for k in keys:
            if k not in theme_keys:
                err("%s: objective cites unknown theme %s" % (code, k))
    unsup = [o for o, keys in sup.items() if not keys]
    if sorted(unsup) != sorted(t["unsupported_objectives"]):
        err("%s: unsupported_objectives mismatch" % code)
    if not 1 <= len(unsup) <= 2:
        err("%s: %d unsupported objectives (want 1-2)" % (code, len(unsup)))
    served = {k for keys in sup.values() for k in keys}
    want_unserved = sorted(k for k, kind in theme_keys.items() if kind == "need" and k not in served)
    if sorted(t["unserved_needs"]) != want_unserved:
        err("%s: unserved_needs %s, expected %s" % (code, t["unserved_needs"], want_unserved))
    if not want_unserved:
        err("%s: no unserved need" % code)
    if not t["minorities"] or not t["oppositions"]:
        err("%s: needs oppositions and minorities" % code)
    if lang == "mixed":
        en = sum(1 for r in rows.values() if words(r["answer"]) & {"the", "with", "what", "want", "need", "just"}
                 or re.search(r"\b(the|my|a|to|of|on|for)\b", r["answer"].lower()))
        if not 0.2 <= en / len(rows) <= 0.8:
            err("%s: English share %.2f not mixed" % (code, en / len(rows)))
    return {"participants": npart, "questions": nq, "answers": len(rows), "skipped": skips,
            "themes": len(t["themes"]), "oppositions": len(t["oppositions"]),
            "minorities": len(t["minorities"]), "noise": len(t["noise_answer_ids"]),
            "unsupported_obj": len(unsup), "unserved_needs": len(want_unserved)}


def main():
    total = 0
    for code, (lang, lo, hi) in EXPECT.items():
        c = check(code, lang, lo, hi)
        if c:
            total += c["answers"]
            print(code, lang, " ".join("%s=%s" % kv for kv in c.items()))
    for e in errors:
        print("ERROR:", e)
    print("total answers: %d; %s" % (total, "OK" if not errors else "%d error(s)" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
