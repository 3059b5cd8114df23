#!/usr/bin/env python3
"""Check the held-out planted-theme synthesis set against syn-format.md (issue 18).

Stdlib only. Reads the files in this folder (not generate.py's data), then checks that
generate.py reproduces them byte for byte. Exits 0 when every rule holds, 1 otherwise.
"""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


STOP = set(norm(w) for w in """
le la les un une des du de d l au aux et ou mais donc or ni car que qui quoi quand ce cet cette ces
ça ca cela mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je j me m tu te t il elle on
nous vous ils elles se s y en ne n pas plus moins tres trop peu bien tout tous toute toutes avec sans
pour par sur sous dans chez entre avant apres vers est sont suis etre avoir ai a as ont fait faire
c qu si comme aussi deja encore meme autre autres juste rien genre alors point direct non oui
the a an and or but of to in on at for with from by is are was were be been being am it its it's
i i'm i'd i've me my we our you your they them their he she his her this that these those there here
what where when which who how not no yes so as if than then too very really just like only also
any anyone anything some something every each all can could would should will do does did don't
dont get got have has had one off out up down about into over till until much more most might way
lol tbh pls
""".split())


def tokens(text, minlen):
    return [w for w in re.findall(r"[a-z0-9]+", norm(text).replace("'", " "))
            if len(w) >= minlen and w not in STOP and not w.isdigit()]


def stem(w):
    return w[:5]


FR_MARK = set("le la les des une est et je pas pour qui que du au aux avec sur dans mon ma mes nos vos c'est ça on".split())
EN_MARK = set("the and is are i i'm my to of a for with it not on you your we our me be".split())


def lang_of(text):
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(w in FR_MARK for w in words)
    en = sum(w in EN_MARK for w in words)
    return "fr" if fr > en else "en" if en > fr else "?"


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d empty line" % (path, i))
                continue
            rows.append(json.loads(line))
    return rows


def check_session(x):
    p = lambda suffix: os.path.join(HERE, x + suffix)
    for suffix in (".answers.jsonl", ".objectives.txt", ".truth.json"):
        if not os.path.exists(p(suffix)):
            err("%s: missing %s" % (x, suffix))
            return None
    answers = load_jsonl(p(".answers.jsonl"))
    truth = json.load(open(p(".truth.json"), encoding="utf-8"))
    objectives = [l.rstrip("\n") for l in open(p(".objectives.txt"), encoding="utf-8")]
    objectives = [o for o in objectives if o.strip()]

    # answers file
    by_id = {}
    for i, a in enumerate(answers, 1):
        if set(a) != {"id", "participant", "question", "answer"}:
            err("%s: answer %d has keys %s" % (x, i, sorted(a)))
        if a["id"] != "%s-%03d" % (x, i):
            err("%s: id %s out of sequence (expected %s-%03d)" % (x, a["id"], x, i))
        if a["id"] in by_id:
            err("%s: duplicate id %s" % (x, a["id"]))
        for k in ("participant", "question", "answer"):
            if not isinstance(a.get(k), str) or not a[k].strip():
                err("%s: %s empty %s" % (x, a["id"], k))
        if len(a["answer"]) > 160:
            err("%s: %s too long to be one idea" % (x, a["id"]))
        by_id[a["id"]] = a
    participants = sorted({a["participant"] for a in answers})
    questions = sorted({a["question"] for a in answers})
    if not 8 <= len(participants) <= 40:
        err("%s: %d participants (need 8-40)" % (x, len(participants)))
    if not 3 <= len(questions) <= 6:
        err("%s: %d questions (need 3-6)" % (x, len(questions)))
    pairs = Counter((a["participant"], a["question"]) for a in answers)
    for pq, c in pairs.items():
        if c > 1:
            err("%s: %s answered %r %d times" % (x, pq[0], pq[1], c))
    for who in participants:
        n = sum(1 for q in questions if (who, q) in pairs)
        if n < len(questions) - 1:
            err("%s: %s skipped %d questions (max 1)" % (x, who, len(questions) - n))

    # language
    if truth.get("session") != x:
        err("%s: truth.session is %r" % (x, truth.get("session")))
    lang = truth.get("lang")
    plang = {}
    for who in participants:
        plang[who] = lang_of(" ".join(a["answer"] for a in answers if a["participant"] == who))
    c = Counter(plang.values())
    if lang == "fr" and c["fr"] < len(participants):
        err("%s: lang fr but participants detected %s" % (x, dict(c)))
    elif lang == "en" and c["en"] < len(participants):
        err("%s: lang en but participants detected %s" % (x, dict(c)))
    elif lang == "fr+en" and (c["fr"] < 0.25 * len(participants) or c["en"] < 0.25 * len(participants)
                              or c["?"]):
        err("%s: lang fr+en but participants detected %s" % (x, dict(c)))
    elif lang not in ("fr", "en", "fr+en"):
        err("%s: bad lang %r" % (x, lang))

    # buckets: every answer id in exactly one
    owner = {}

    def claim(ids, name):
        if not ids:
            err("%s: bucket %s is empty" % (x, name))
        for aid in ids:
            if aid not in by_id:
                err("%s: %s cites unknown id %s" % (x, name, aid))
            elif aid in owner:
                err("%s: %s in both %s and %s" % (x, aid, owner[aid], name))
            else:
                owner[aid] = name

    def people(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    keys = []
    themes = truth.get("themes", [])
    if not 5 <= len(themes) <= 8:
        err("%s: %d convergence themes (need 5-8)" % (x, len(themes)))
    for t in themes:
        keys.append(t["key"])
        if t.get("kind") != "convergence":
            err("%s: theme %s kind %r" % (x, t["key"], t.get("kind")))
        if not t.get("description"):
            err("%s: theme %s has no description" % (x, t["key"]))
        claim(t["answer_ids"], "theme:" + t["key"])
        if len(people(t["answer_ids"])) < 4:
            err("%s: theme %s has %d participants (need >= 4)" % (x, t["key"], len(people(t["answer_ids"]))))
    opps = truth.get("oppositions", [])
    if not 1 <= len(opps) <= 2:
        err("%s: %d oppositions (need 1-2)" % (x, len(opps)))
    for o in opps:
        keys.append(o["key"])
        sides = o.get("sides", [])
        if len(sides) != 2:
            err("%s: opposition %s has %d sides" % (x, o["key"], len(sides)))
            continue
        qs = set()
        for s in sides:
            if not s.get("label"):
                err("%s: opposition %s side without label" % (x, o["key"]))
            claim(s["answer_ids"], "opposition:%s:%s" % (o["key"], s.get("label")))
            if len(people(s["answer_ids"])) < 3:
                err("%s: opposition %s side %r has < 3 participants" % (x, o["key"], s.get("label")))
            qs |= {by_id[i]["question"] for i in s["answer_ids"] if i in by_id}
        if len(qs) != 1:
            err("%s: opposition %s sides answer %d different questions" % (x, o["key"], len(qs)))
        if people(sides[0]["answer_ids"]) & people(sides[1]["answer_ids"]):
            err("%s: opposition %s has a participant on both sides" % (x, o["key"]))
    mins = truth.get("minorities", [])
    if not 1 <= len(mins) <= 2:
        err("%s: %d minorities (need 1-2)" % (x, len(mins)))
    for m in mins:
        keys.append(m["key"])
        claim(m["answer_ids"], "minority:" + m["key"])
        if not 2 <= len(people(m["answer_ids"])) <= 3:
            err("%s: minority %s has %d participants (need 2-3)" % (x, m["key"], len(people(m["answer_ids"]))))
    claim(truth.get("noise_answer_ids", []), "noise")
    if len(keys) != len(set(keys)):
        err("%s: duplicate keys %s" % (x, keys))
    missing = set(by_id) - set(owner)
    if missing:
        err("%s: answers in no bucket: %s" % (x, sorted(missing)))
    ratio = len(truth.get("noise_answer_ids", [])) / max(1, len(answers))
    if not 0.05 <= ratio <= 0.15:
        err("%s: noise ratio %.2f (want ~10%%, 5-15%%)" % (x, ratio))

    # objectives
    if not 4 <= len(objectives) <= 6:
        err("%s: %d objectives (need 4-6)" % (x, len(objectives)))
    theme_keys = {t["key"] for t in themes}
    theme_ids = {t["key"]: t["answer_ids"] for t in themes}
    supported = {}
    for s in truth.get("objective_support", []):
        if s["objective"] not in objectives:
            err("%s: objective_support line not in objectives.txt: %r" % (x, s["objective"]))
        if not s["themes"]:
            err("%s: objective %r supported by no theme" % (x, s["objective"]))
        for k in s["themes"]:
            if k not in theme_keys:
                err("%s: objective %r cites unknown theme %s" % (x, s["objective"], k))
        supported[s["objective"]] = s["themes"]
    uns = truth.get("unsupported_objectives", [])
    if len(uns) != 1:
        err("%s: %d unsupported objectives (need exactly 1)" % (x, len(uns)))
    for o in uns:
        if o not in objectives:
            err("%s: unsupported objective not in objectives.txt: %r" % (x, o))
        if o in supported:
            err("%s: objective both supported and unsupported: %r" % (x, o))
    for o in objectives:
        if o not in supported and o not in uns:
            err("%s: objective neither supported nor unsupported: %r" % (x, o))
    served = {k for v in supported.values() for k in v}
    unserved = truth.get("unserved_needs", [])
    if not 2 <= len(unserved) <= 3:
        err("%s: %d unserved needs (need 2-3)" % (x, len(unserved)))
    if set(unserved) != theme_keys - served:
        err("%s: unserved_needs %s != themes no objective serves %s" % (x, sorted(unserved), sorted(theme_keys - served)))
    # the unsupported objective's specific words are echoed by no answer (it really is unsupported)
    for o in uns:
        ow = {stem(w) for w in tokens(o, 5)}
        for a in answers:
            hit = ow & {stem(w) for w in tokens(a["answer"], 5)}
            if len(hit) >= 2:
                err("%s: answer %s echoes unsupported objective words %s" % (x, a["id"], sorted(hit)))
    # at least one objective supported only by paraphrase
    para = []
    for o, ks in supported.items():
        ow = set(tokens(o, 3)) | {stem(w) for w in tokens(o, 3)}
        clash = False
        for k in ks:
            for aid in theme_ids.get(k, []):
                aw = tokens(by_id[aid]["answer"], 3)
                if ow & (set(aw) | {stem(w) for w in aw}):
                    clash = True
        if not clash:
            para.append(o)
    if not para:
        err("%s: no objective is supported only by paraphrase" % x)

    # varied wording inside planted items: no content stem in more than half of an item's answers
    items = [("theme:" + t["key"], t["answer_ids"]) for t in themes]
    items += [("side:%s:%d" % (o["key"], i), s["answer_ids"]) for o in opps for i, s in enumerate(o["sides"])]
    for name, ids in items:
        if len(ids) < 4:
            continue
        df = Counter()
        for aid in ids:
            df.update({stem(w) for w in tokens(by_id[aid]["answer"], 4)})
        rep = [w for w, n in df.items() if n > len(ids) / 2]
        if rep:
            err("%s: %s reuses key words %s in more than half its answers" % (x, name, rep))
    return {"answers": len(answers), "participants": len(participants), "questions": len(questions),
            "themes": len(themes), "oppositions": len(opps), "minorities": len(mins),
            "noise": len(truth.get("noise_answer_ids", [])), "paraphrase_only": len(para),
            "lang": lang}


def main():
    sessions = sorted(f[:-len(".truth.json")] for f in os.listdir(HERE) if f.endswith(".truth.json"))
    if len(sessions) != 3:
        err("need exactly 3 sessions, found %s" % sessions)
    stats = {}
    for x in sessions:
        r = check_session(x)
        if r:
            stats[x] = r
    langs = sorted(r["lang"] for r in stats.values())
    if langs != ["en", "fr", "fr+en"]:
        err("session languages %s (need one fr, one en, one fr+en)" % langs)

    # README
    rp = os.path.join(HERE, "README.md")
    if not os.path.exists(rp):
        err("README.md missing")
    else:
        first = open(rp, encoding="utf-8").readline().rstrip("\n")
        pat = (r"^> \*\*Held-out set: measure only\.\*\* Written blind on \d{4}-\d{2}-\d{2} from DOMAIN\.md, "
               r"issue18\.md and syn-format\.md only, without reading the project's code, tests or other data sets\. "
               r"Do not tune anything on it\.$")
        if not re.match(pat, first):
            err("README.md first line is not the required held-out quote block")
        body = open(rp, encoding="utf-8").read()
        for x in sessions:
            if x not in body:
                err("README.md does not describe session %s" % x)

    # generate.py is deterministic and reproduces the files
    gp = os.path.join(HERE, "generate.py")
    if not os.path.exists(gp):
        err("generate.py missing")
    else:
        with tempfile.TemporaryDirectory() as d1, tempfile.TemporaryDirectory() as d2:
            for d in (d1, d2):
                r = subprocess.run([sys.executable, gp, d], capture_output=True, text=True)
                if r.returncode:
                    err("generate.py failed: %s" % r.stderr.strip()[-300:])
            for f in sorted(os.listdir(d1)):
                if not filecmp.cmp(os.path.join(d1, f), os.path.join(d2, f), shallow=False):
                    err("generate.py is not deterministic for %s" % f)
                if not os.path.exists(os.path.join(HERE, f)) or not filecmp.cmp(
                        os.path.join(d1, f), os.path.join(HERE, f), shallow=False):
                    err("%s differs from what generate.py writes (re-run generate.py)" % f)

    for x, r in stats.items():
        print("%s: %s" % (x, ", ".join("%s=%s" % kv for kv in r.items())))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
