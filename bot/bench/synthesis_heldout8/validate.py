#!/usr/bin/env python3
"""Validate the held-out planted-theme synthesis set (rules of syn-format.md).

Standard library only. Exit 1 on any breach, 0 otherwise.
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

FR_STOP = set("""
a à au aux avec ce ces cet cette c ça ca d de des du dans donc en et est être etre
il ils elle elles je j l la le les leur leurs lui m ma mais me mes moi mon n ne ni nos notre
nous on ou où par pas pour qu que qui quoi s sa se ses si son sont sur t ta te tes toi ton
tu un une vos votre vous y été ai as avons avez ont avait était etait suis es sommes êtes
fait faut peu plus très tres tout tous toute toutes trop bien aussi alors comme quand
sans sous entre avant après apres chez vers puis encore déjà deja juste même meme autre
autres ceux celle celui cela ceci rien non oui veux peux peut pourrait serait sera
ferait fais faire avoir dire sais genre ici là la voilà
""".split())
EN_STOP = set("""
a an the and or but if of to in on at by for with from as is are was were be been being
i me my mine you your we our us they them their he she it its this that these those
do does did done not no so than too very just only also then there here what which who
whom how when where why would could should will can may might must shall have has had
i'm im i'd it's that's don't dont s m d ll re ve t really all any some more most out up
about into over again once like get got one
""".split())
FUNCTION = FR_STOP | EN_STOP

FR_MARK = set("""
le la les un une des du de et est je j ai pas que qui pour sur avec dans ce ça ca c
mon ma mes on nous vous ne plus très tout au aux en si qu d l m n s y ou rien non
sais oui moi peux veux c'est est ils elle
autre chose aucune idée avis bonne question merci ça quoi franchement
""".split())
EN_MARK = set("""
the and is are i you my to of a an it that this for with not no on in be would
what if me at just don't i'm it's that's really about can so from like yet
anything else nothing add do also how much could give which kind most holds back
sure idea tbh never happy put your honestly people want
""".split())

ANSWER_BANDS = None  # informational
SIZE_BANDS = [("fr", 8, 11), ("fr", 14, 22), ("fr+en", 30, 40)]
NAME_RE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]*[a-zà-ÿ](?: [A-ZÀ-Ý][A-Za-zà-ÿ'’-]*[a-zà-ÿ])+$")

errors = []


def err(msg):
    errors.append(msg)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


FUNCTION_NOACC = {strip_accents(w).replace("'", "") for w in FUNCTION}


def tokens(s):
    return re.findall(r"[a-z]+", strip_accents(s.lower()))


def stems(s):
    out = set()
    for t in tokens(s):
        if t in FUNCTION_NOACC:
            continue
        if len(t) < 3:
            continue
        if len(t) > 4 and t.endswith("s"):
            t = t[:-1]
        out.add(t[:6])
    return out


def content_stems(s):
    return {st for st in stems(s)} - FUNCTION_NOACC


def norm_text(s):
    s = strip_accents(s.lower())
    s = re.sub(r"[\"'’`«»“”]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def lang_of(text, fallback=None):
    raw = re.findall(r"[a-z']+", text.lower().replace("’", "'"))
    toks = []
    for t in raw:
        toks.append(t)
        toks.extend(x for x in t.split("'") if x)
    fr = sum(1 for t in toks if t in FR_MARK)
    en = sum(1 for t in toks if t in EN_MARK)
    if re.search(r"[éèêàçùôîœ]", text.lower()):
        fr += 1
    if fr + en < 2 or fr == en:
        return fallback if fallback else ("fr" if fr >= en else "en")
    return "fr" if fr > en else "en"


def check_session(path_answers):
    key = os.path.basename(path_answers)[: -len(".answers.jsonl")]
    where = key + ": "
    answers = []
    with open(path_answers, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err(where + "blank line %d in answers" % ln)
                continue
            try:
                a = json.loads(line)
            except ValueError as e:
                err(where + "bad json line %d: %s" % (ln, e))
                continue
            if set(a) != {"id", "participant", "question", "answer"}:
                err(where + "line %d keys %s" % (ln, sorted(a)))
            answers.append(a)
    by_id = {}
    for a in answers:
        if a["id"] in by_id:
            err(where + "duplicate id %s" % a["id"])
        by_id[a["id"]] = a
        if not a["id"].startswith(key + "-"):
            err(where + "id %s not prefixed by key" % a["id"])
        if not a["answer"].strip() or not a["question"].strip():
            err(where + "empty answer/question %s" % a["id"])

    with open(os.path.join(HERE, key + ".truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    with open(os.path.join(HERE, key + ".objectives.txt"), encoding="utf-8") as f:
        obj_raw = f.read()
    obj_lines = obj_raw.split("\n")
    if obj_lines and obj_lines[-1] == "":
        obj_lines = obj_lines[:-1]
    if any(not l.strip() for l in obj_lines):
        err(where + "blank line in objectives file")

    if truth.get("session") != key:
        err(where + "truth session mismatch")
    for field in ["session", "lang", "themes", "oppositions", "minorities", "objective_support",
                  "unsupported_objectives", "unserved_needs", "noise_answer_ids"]:
        if field not in truth:
            err(where + "truth lacks %s" % field)
    lang = truth.get("lang")
    if lang not in ("fr", "en", "fr+en"):
        err(where + "bad lang %r" % lang)

    # ---- rule 1: partition
    owner = collections.defaultdict(list)
    groups = []  # (label, kind, ids)
    for t in truth["themes"]:
        if t.get("kind") != "convergence":
            err(where + "theme %s kind %r" % (t.get("key"), t.get("kind")))
        groups.append(("theme " + t["key"], "theme", t["answer_ids"]))
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err(where + "opposition %s needs 2 sides" % o["key"])
        for s in o["sides"]:
            groups.append(("side %s/%s" % (o["key"], s["label"]), "side", s["answer_ids"]))
    for m in truth["minorities"]:
        groups.append(("minority " + m["key"], "minority", m["answer_ids"]))
    groups.append(("noise", "noise", truth["noise_answer_ids"]))
    for label, _k, ids in groups:
        for i in ids:
            owner[i].append(label)
    for i, labs in owner.items():
        if i not in by_id:
            err(where + "truth id %s not in answers" % i)
        if len(labs) != 1:
            err(where + "id %s in %d categories: %s" % (i, len(labs), labs))
    for i in by_id:
        if i not in owner:
            err(where + "answer %s in no category" % i)

    def parts_of(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    # ---- rule 2: wording variety, no repeated non-noise text
    for label, kind, ids in groups:
        if kind not in ("theme", "side"):
            continue
        cnt = collections.Counter()
        for i in ids:
            cnt.update(content_stems(by_id[i]["answer"]))
        for st, c in cnt.items():
            if ids and c / len(ids) >= 0.6:
                err(where + "%s: stem %r in %d/%d answers (>=60%%)" % (label, st, c, len(ids)))
    noise = set(truth["noise_answer_ids"])
    seen = {}
    for i, a in by_id.items():
        if i in noise:
            continue
        nt = norm_text(a["answer"])
        if nt in seen:
            err(where + "repeated answer text %s / %s" % (seen[nt], i))
        seen[nt] = i

    # ---- rule 3: counts
    nth = len(truth["themes"])
    if not 5 <= nth <= 7:
        err(where + "%d convergence themes (need 5-7)" % nth)
    for t in truth["themes"]:
        if len(parts_of(t["answer_ids"])) < 3:
            err(where + "theme %s held by <3 participants" % t["key"])
    nop = len(truth["oppositions"])
    if not 1 <= nop <= 2:
        err(where + "%d oppositions (need 1-2)" % nop)
    for o in truth["oppositions"]:
        sp = [parts_of(s["answer_ids"]) for s in o["sides"]]
        for s, p in zip(o["sides"], sp):
            if len(p) < 2:
                err(where + "opposition %s side %s held by <2 participants" % (o["key"], s["label"]))
        if len(sp) == 2 and sp[0] & sp[1]:
            err(where + "opposition %s: participants on both sides %s" % (o["key"], sp[0] & sp[1]))
    nmi = len(truth["minorities"])
    if not 1 <= nmi <= 2:
        err(where + "%d minorities (need 1-2)" % nmi)
    for m in truth["minorities"]:
        p = parts_of(m["answer_ids"])
        if not 2 <= len(p) <= 4:
            err(where + "minority %s held by %d participants (need 2-4)" % (m["key"], len(p)))
        if len(p) != len(m["answer_ids"]):
            err(where + "minority %s: a holder appears twice" % m["key"])
        texts = {norm_text(by_id[i]["answer"]) for i in m["answer_ids"] if i in by_id}
        if len(texts) != len(m["answer_ids"]):
            err(where + "minority %s: identical wordings" % m["key"])

    # ---- rule 4: noise share
    share = len(noise) / max(1, len(by_id))
    if not 0.05 <= share <= 0.15:
        err(where + "noise share %.1f%% (need 5-15%%)" % (100 * share))

    # ---- rule 5: objectives
    os_lines = [o["objective"] for o in truth["objective_support"]]
    if os_lines != obj_lines:
        err(where + "objective_support does not list the objectives file exactly and in order")
    theme_keys = {t["key"]: t for t in truth["themes"]}
    unsupported = [o["objective"] for o in truth["objective_support"] if not o["themes"]]
    if unsupported != truth["unsupported_objectives"]:
        err(where + "unsupported_objectives mismatch")
    if not unsupported:
        err(where + "no unsupported objective")
    paraphrase = 0
    for o in truth["objective_support"]:
        for k in o["themes"]:
            if k not in theme_keys:
                err(where + "objective support names unknown theme %s" % k)
        if o["themes"] and all(k in theme_keys for k in o["themes"]):
            ostems = content_stems(o["objective"])
            tstems = set()
            for k in o["themes"]:
                tstems |= content_stems(theme_keys[k]["description"])
                for i in theme_keys[k]["answer_ids"]:
                    tstems |= content_stems(by_id[i]["answer"])
            if not (ostems & tstems):
                paraphrase += 1
    if paraphrase < 1:
        err(where + "no objective supported only by paraphrase")

    # ---- rule 6: unserved needs
    served = {k for o in truth["objective_support"] for k in o["themes"]}
    expect = [t["key"] for t in truth["themes"] if t["key"] not in served]
    if sorted(expect) != sorted(truth["unserved_needs"]):
        err(where + "unserved_needs mismatch: expected %s" % expect)
    if not expect:
        err(where + "no unserved need")

    # ---- rule 7: participants
    per = collections.Counter(a["participant"] for a in answers)
    if not 8 <= len(per) <= 40:
        err(where + "%d participants (need 8-40)" % len(per))
    for name, c in per.items():
        if not NAME_RE.match(name):
            err(where + "unrealistic name %r" % name)
        if not 4 <= c <= 5:
            err(where + "%s gives %d answers (need 4-5)" % (name, c))

    # ---- rule 8: languages
    langs = {i: lang_of(a["answer"], lang_of(a["question"], "fr")) for i, a in by_id.items()}
    en = sum(1 for l in langs.values() if l == "en")
    if lang == "fr+en":
        r = en / max(1, len(by_id))
        if not 0.30 <= r <= 0.50:
            err(where + "English share %.1f%% (need 30-50%%)" % (100 * r))
        for t in truth["themes"]:
            ls = {langs[i] for i in t["answer_ids"]}
            if ls != {"fr", "en"}:
                err(where + "theme %s not in both languages (%s)" % (t["key"], ls))
        for o in obj_lines:
            if lang_of(o, "fr") != "fr":
                err(where + "objective not in French: %r" % o)
    elif lang == "fr":
        for i, l in langs.items():
            if l != "fr":
                err(where + "answer %s detected as English in a French session" % i)
    return key, lang, len(per), len(by_id), truth, en


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.answers.jsonl")))
    if len(files) != 3:
        err("expected 3 sessions, found %d" % len(files))
    results = []
    for p in files:
        try:
            results.append(check_session(p))
        except (OSError, KeyError, ValueError, TypeError) as e:
            err("%s: cannot check (%s: %s)" % (os.path.basename(p), type(e).__name__, e))
    # Session size bands required by the brief.
    bands = sorted((l, n) for _k, l, n, _a, _t, _e in results)
    used = set()
    for bl, lo, hi in SIZE_BANDS:
        ok = [r for r in results if r[1] == bl and lo <= r[2] <= hi and r[0] not in used]
        if not ok:
            err("no session of %s with %d-%d participants" % (bl, lo, hi))
        else:
            used.add(ok[0][0])
    for k, l, n, na, t, en in results:
        print("%-8s lang=%-5s participants=%2d answers=%3d themes=%d oppositions=%d minorities=%d "
              "noise=%d unsupported=%d unserved=%d english=%d" % (
                  k, l, n, na, len(t["themes"]), len(t["oppositions"]), len(t["minorities"]),
                  len(t["noise_answer_ids"]), len(t["unsupported_objectives"]),
                  len(t["unserved_needs"]), en))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d breach(es)" % len(errors))
        sys.exit(1)
    print("OK: all rules pass")


if __name__ == "__main__":
    main()
