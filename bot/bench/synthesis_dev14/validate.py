#!/usr/bin/env python3
"""Check the synthesis_dev14 set against syn-format.md (issue 18). Stdlib only. Exit 0 when valid."""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []

STOP = set("""
avec dans pour sans sous chez mais donc elle elles ils nous vous leur leurs cette ceux celle
être etre avoir fait faire sont suis etes était etait tout tous toute toutes plus moins tres
tres bien aussi comme quand quoi même meme encore deja juste vraiment alors ainsi entre
quelle quel quels quelles qu'on c'est pas rien ici faut peut votre notre
with that this they them their there have what when where which would could should about
from into just more than then been being were will your yours also only very much some
like over still even after before because really it's don't i'm i'd i've we'd they're
""".split())

FR_MARK = {"le", "la", "les", "de", "des", "du", "un", "une", "et", "je", "pas", "que", "qui",
           "est", "ça", "pour", "mon", "ma", "mes", "on", "au", "aux", "en", "dans", "chez", "y", "à"}
EN_MARK = {"the", "a", "an", "and", "i", "to", "of", "is", "my", "we", "for", "it", "in", "on",
           "be", "that", "with", "not", "would", "if", "you", "our", "me", "at", "can", "get"}


def err(msg):
    ERRORS.append(msg)


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(s):
    return re.findall(r"[a-z0-9']+", norm(s).replace("’", "'"))


def stems(s):
    out = set()
    for w in words(s):
        for part in w.split("'"):
            if len(part) >= 4 and part not in STOP:
                out.add(part[:5])
    return out


def lang_of(s):
    ws = words(s)
    toks = set()
    for w in ws:
        toks.update(w.split("'"))
        toks.add(w)
    fr = len(toks & {norm(x) for x in FR_MARK})
    en = len(toks & EN_MARK)
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    return "?"


def check_session(sid):
    path = lambda ext: os.path.join(HERE, "%s.%s" % (sid, ext))
    for ext in ("answers.jsonl", "objectives.txt", "truth.json"):
        if not os.path.exists(path(ext)):
            err("%s: missing %s" % (sid, ext))
            return None
    recs = []
    with open(path("answers.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                err("%s: line %d not JSON: %s" % (sid, n, e))
                continue
            if set(r) != {"id", "participant", "question", "answer"}:
                err("%s: line %d keys %s" % (sid, n, sorted(r)))
                continue
            if not all(isinstance(r[k], str) and r[k].strip() for k in r):
                err("%s: line %d empty field" % (sid, n))
            if not r["id"].startswith(sid + "-"):
                err("%s: id %s lacks session prefix" % (sid, r["id"]))
            recs.append(r)
    by_id = {r["id"]: r for r in recs}
    if len(by_id) != len(recs):
        err("%s: duplicate ids" % sid)
    parts = sorted({r["participant"] for r in recs})
    qs = sorted({r["question"] for r in recs})
    if not 8 <= len(parts) <= 40:
        err("%s: %d participants (need 8-40)" % (sid, len(parts)))
    if not 3 <= len(qs) <= 6:
        err("%s: %d questions (need 3-6)" % (sid, len(qs)))
    seen = {}
    for r in recs:
        key = (r["participant"], r["question"])
        if key in seen:
            err("%s: %s answers %r twice" % (sid, r["participant"], r["question"]))
        seen[key] = r["id"]
    for p in parts:
        miss = sum(1 for q in qs if (p, q) not in seen)
        if miss > 1:
            err("%s: %s skips %d questions" % (sid, p, miss))

    objectives = [l.rstrip("\n") for l in open(path("objectives.txt"), encoding="utf-8") if l.strip()]
    if not 4 <= len(objectives) <= 6:
        err("%s: %d objectives (need 4-6)" % (sid, len(objectives)))
    if len(set(objectives)) != len(objectives):
        err("%s: duplicate objectives" % sid)

    t = json.load(open(path("truth.json"), encoding="utf-8"))
    if t.get("session") != sid:
        err("%s: truth session is %r" % (sid, t.get("session")))
    if t.get("lang") not in ("fr", "en", "fr+en"):
        err("%s: bad lang %r" % (sid, t.get("lang")))
    for k in ("themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids"):
        if k not in t:
            err("%s: truth lacks %s" % (sid, k))
            return None

    owner = {}

    def claim(ids, label):
        for i in ids:
            if i not in by_id:
                err("%s: %s cites unknown id %s" % (sid, label, i))
            elif i in owner:
                err("%s: %s in both %s and %s" % (sid, i, owner[i], label))
            else:
                owner[i] = label

    def who(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    def lexical(ids, label):
        texts = [by_id[i]["answer"] for i in ids if i in by_id]
        counts = {}
        for tx in texts:
            for s in stems(tx):
                counts[s] = counts.get(s, 0) + 1
        for s, c in counts.items():
            if c > len(texts) / 2:
                err("%s: %s reuses key word %r in %d/%d answers" % (sid, label, s, c, len(texts)))

    theme_keys = []
    for th in t["themes"]:
        if th.get("kind") != "convergence":
            err("%s: theme %s kind %r" % (sid, th.get("key"), th.get("kind")))
        theme_keys.append(th["key"])
        claim(th["answer_ids"], "theme " + th["key"])
        if len(who(th["answer_ids"])) < 4:
            err("%s: theme %s has %d participants (<4)" % (sid, th["key"], len(who(th["answer_ids"]))))
        lexical(th["answer_ids"], "theme " + th["key"])
    if len(set(theme_keys)) != len(theme_keys):
        err("%s: duplicate theme keys" % sid)
    if not 5 <= len(theme_keys) <= 8:
        err("%s: %d convergence themes (need 5-8)" % (sid, len(theme_keys)))

    if not 1 <= len(t["oppositions"]) <= 2:
        err("%s: %d oppositions (need 1-2)" % (sid, len(t["oppositions"])))
    for op in t["oppositions"]:
        sides = op.get("sides", [])
        if len(sides) != 2:
            err("%s: opposition %s has %d sides" % (sid, op.get("key"), len(sides)))
            continue
        qset, pl = set(), []
        for s in sides:
            claim(s["answer_ids"], "opposition %s/%s" % (op["key"], s["label"]))
            p = who(s["answer_ids"])
            pl.append(p)
            if len(p) < 3:
                err("%s: side %s/%s has %d participants (<3)" % (sid, op["key"], s["label"], len(p)))
            qset |= {by_id[i]["question"] for i in s["answer_ids"] if i in by_id}
            lexical(s["answer_ids"], "side %s/%s" % (op["key"], s["label"]))
        if len(qset) != 1:
            err("%s: opposition %s spans %d questions" % (sid, op["key"], len(qset)))
        if pl[0] & pl[1]:
            err("%s: opposition %s: someone on both sides" % (sid, op["key"]))

    if not 1 <= len(t["minorities"]) <= 2:
        err("%s: %d minorities (need 1-2)" % (sid, len(t["minorities"])))
    for m in t["minorities"]:
        claim(m["answer_ids"], "minority " + m["key"])
        n = len(who(m["answer_ids"]))
        if not 2 <= n <= 3:
            err("%s: minority %s has %d participants (need 2-3)" % (sid, m["key"], n))

    claim(t["noise_answer_ids"], "noise")
    ratio = len(t["noise_answer_ids"]) / max(1, len(recs))
    if not 0.05 <= ratio <= 0.15:
        err("%s: noise ratio %.2f (want ~0.10)" % (sid, ratio))
    for i in by_id:
        if i not in owner:
            err("%s: answer %s in no bucket" % (sid, i))

    sup = {}
    for o in t["objective_support"]:
        if o["objective"] not in objectives:
            err("%s: objective_support line not in objectives: %r" % (sid, o["objective"]))
        for k in o["themes"]:
            if k not in theme_keys:
                err("%s: objective cites unknown theme %s" % (sid, k))
        sup[o["objective"]] = list(o["themes"])
    unsupported = [o for o in objectives if not sup.get(o)]
    if len(unsupported) != 1:
        err("%s: %d unsupported objectives (need exactly 1)" % (sid, len(unsupported)))
    if sorted(unsupported) != sorted(t["unsupported_objectives"]):
        err("%s: unsupported_objectives %r != computed %r" % (sid, t["unsupported_objectives"], unsupported))
    served = {k for v in sup.values() for k in v}
    unserved = [k for k in theme_keys if k not in served]
    if not 2 <= len(unserved) <= 3:
        err("%s: %d unserved needs (need 2-3)" % (sid, len(unserved)))
    if sorted(unserved) != sorted(t["unserved_needs"]):
        err("%s: unserved_needs %r != computed %r" % (sid, t["unserved_needs"], unserved))

    themes = {th["key"]: th for th in t["themes"]}
    paraphrase_only = []
    for o, keys in sup.items():
        if not keys:
            continue
        ostems = stems(o)
        hit = set()
        for k in keys:
            for i in themes[k]["answer_ids"]:
                hit |= ostems & stems(by_id[i]["answer"])
        if not hit:
            paraphrase_only.append(o)
    if not paraphrase_only:
        err("%s: no objective is supported only by paraphrase" % sid)

    langs = [lang_of(r["answer"]) for r in recs]
    fr, en = langs.count("fr") / len(recs), langs.count("en") / len(recs)
    if t["lang"] == "fr" and fr < 0.6:
        err("%s: only %.0f%% answers look French" % (sid, 100 * fr))
    if t["lang"] == "en" and en < 0.6:
        err("%s: only %.0f%% answers look English" % (sid, 100 * en))
    if t["lang"] == "fr+en" and (fr < 0.2 or en < 0.2):
        err("%s: mixed session has fr %.0f%% / en %.0f%%" % (sid, 100 * fr, 100 * en))

    return {"sid": sid, "lang": t["lang"], "participants": len(parts), "questions": len(qs),
            "answers": len(recs), "themes": len(theme_keys), "oppositions": len(t["oppositions"]),
            "minorities": len(t["minorities"]), "noise": len(t["noise_answer_ids"]),
            "paraphrase_only": paraphrase_only}


def main():
    sids = sorted(f[: -len(".truth.json")] for f in os.listdir(HERE) if f.endswith(".truth.json"))
    if len(sids) != 3:
        err("need 3 sessions, found %d" % len(sids))
    stats = [s for s in (check_session(x) for x in sids) if s]
    langs = sorted(s["lang"] for s in stats)
    if langs != ["en", "fr", "fr+en"]:
        err("sessions must be one fr, one en, one fr+en; got %s" % langs)

    for f in ("generate.py", "README.md"):
        if not os.path.exists(os.path.join(HERE, f)):
            err("missing " + f)
    if os.path.exists(os.path.join(HERE, "README.md")):
        first = open(os.path.join(HERE, "README.md"), encoding="utf-8").readline().strip()
        if not re.match(r"^> \*\*Development set\.\*\* Written blind on \d{4}-\d{2}-\d{2} from "
                        r"DOMAIN\.md, issue18\.md and syn-format\.md only", first):
            err("README.md first line is not the required quote: %r" % first)
        body = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
        for s in stats:
            if s["sid"] not in body:
                err("README.md does not describe session %s" % s["sid"])

    # generate.py must be deterministic and match the files on disk
    with tempfile.TemporaryDirectory() as tmp:
        for run in ("a", "b"):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), os.path.join(tmp, run)],
                           check=True, stdout=subprocess.DEVNULL)
        for f in sorted(os.listdir(os.path.join(tmp, "a"))):
            if not filecmp.cmp(os.path.join(tmp, "a", f), os.path.join(tmp, "b", f), shallow=False):
                err("generate.py is not deterministic for " + f)
            if not filecmp.cmp(os.path.join(tmp, "a", f), os.path.join(HERE, f), shallow=False):
                err("%s on disk differs from generate.py output (re-run generate.py)" % f)

    for s in stats:
        print("%-9s %-5s participants=%d questions=%d answers=%d themes=%d oppositions=%d "
              "minorities=%d noise=%d paraphrase-only=%r" % (
                  s["sid"], s["lang"], s["participants"], s["questions"], s["answers"], s["themes"],
                  s["oppositions"], s["minorities"], s["noise"], s["paraphrase_only"]))
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        print("%d error(s)" % len(ERRORS))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
