#!/usr/bin/env python3
"""Check the planted-theme synthesis set against the rules of syn-format.md.

Standard library only. Run from anywhere: `python3 validate.py`. Exits 1 on any breach.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

STOP = set("""
a à au aux avec ce ces cet cette ceci cela ça ca dans de des du elle elles en et eux il ils
je j la le les leur leurs lui ma mais me m même meme mes moi mon ne n nos notre nous on ou où
par pas pour qu que quel quelle quels quelles qui sa se s sans ses si son sur ta te t tes toi
ton tu un une vos votre vous y d l c est sont suis es etait était ete été etre être avoir ai as
avons avez ont eu aura aurait serait sera seront fait faut peu plus tres très tout tous toute
toutes aussi bien alors donc car comme quand ni oui non ici la là lа deja déjà encore juste
the and or but of to in on at for with from by as is are was were be been being am i me my
mine we us our you your he him his she her it its they them their this that these those there
here what which who whom whose when where why how not no yes do does did done have has had
having will would can could should shall may might must an a so if than then too very just
about into over under out up down off again also only own same such any all some each both
more most other few many much nor don t s d ll re ve m im i'd
""".split())

FR_MARK = set("""le la les des du une est et je j que qui pas pour dans sur avec ce ça ca c mon
ma mes nos vos votre notre au aux en on ne plus sont suis être etre avoir peu tout très tres
moi qu l d n de vous un si sans quel quelle quels quelles pourquoi comment quoi y""".split())
EN_MARK = set("""the and is are i i'm my to of in on for with this that it you your we our not
be can would what who how don't don t at from a an just much very me by which could should
there was were have has so if""".split())
# "on", "a", "me", "en" are ambiguous: keep them out of the decision.
FR_MARK -= {"on", "en", "a", "me"}
EN_MARK -= {"on", "a", "me", "en"}

NAME_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+( [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+)+$")

errors = []


def err(session, msg):
    errors.append(f"[{session}] {msg}")


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm_text(text):
    t = strip_accents(text).lower()
    t = re.sub(r"[\u2018\u2019`'\"«»“”]", "'", t)
    return re.sub(r"\s+", " ", t).strip()


def tokens(text):
    return re.findall(r"[a-z0-9]+", strip_accents(text).lower().replace("\u2019", "'"))


def stems(text):
    """Content-word stems: 6-character prefixes of non-function words of 3+ characters."""
    return {w[:6] for w in tokens(text) if len(w) >= 3 and w not in STOP and not w.isdigit()}


def lang_of(text):
    toks = re.findall(r"[a-z']+", strip_accents(text).lower().replace("\u2019", "'"))
    parts = []
    for t in toks:
        parts.append(t)
        parts.extend(p for p in t.split("'") if p)
    fr = sum(1 for t in parts if t in FR_MARK)
    en = sum(1 for t in parts if t in EN_MARK)
    if fr + en < 2 or fr == en:
        return None
    return "fr" if fr > en else "en"


def answer_lang(a):
    return lang_of(a["answer"]) or lang_of(a["question"]) or "?"


def check_session(key):
    s = key
    apath = os.path.join(HERE, f"{key}.answers.jsonl")
    opath = os.path.join(HERE, f"{key}.objectives.txt")
    tpath = os.path.join(HERE, f"{key}.truth.json")
    for p in (apath, opath, tpath):
        if not os.path.exists(p):
            err(s, f"missing file {os.path.basename(p)}")
            return None
    answers = []
    with open(apath, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(s, f"blank line {n} in answers")
                continue
            obj = json.loads(line)
            if set(obj) != {"id", "participant", "question", "answer"}:
                err(s, f"line {n}: keys {sorted(obj)}")
            for k in ("id", "participant", "question", "answer"):
                if not isinstance(obj.get(k), str) or not obj.get(k).strip():
                    err(s, f"line {n}: empty or non-string {k}")
            answers.append(obj)
    with open(opath, encoding="utf-8") as f:
        raw = f.read()
    obj_lines = raw.split("\n")
    if obj_lines and obj_lines[-1] == "":
        obj_lines = obj_lines[:-1]
    if any(not l.strip() for l in obj_lines):
        err(s, "blank line in objectives file")
    with open(tpath, encoding="utf-8") as f:
        truth = json.load(f)

    by_id = {}
    for a in answers:
        if a["id"] in by_id:
            err(s, f"duplicate id {a['id']}")
        by_id[a["id"]] = a
        if not a["id"].startswith(key + "-"):
            err(s, f"id {a['id']} not prefixed by {key}-")
    if truth.get("session") != key:
        err(s, "truth.session does not match the key")
    lang = truth.get("lang")
    if lang not in ("fr", "en", "fr+en"):
        err(s, f"bad lang {lang!r}")

    # ---- rule 1: partition
    groups = []  # (kind, name, ids)
    for t in truth["themes"]:
        if t.get("kind") != "convergence":
            err(s, f"theme {t['key']}: kind must be convergence")
        groups.append(("theme", t["key"], t["answer_ids"]))
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err(s, f"opposition {o['key']}: needs exactly 2 sides")
        for i, side in enumerate(o["sides"]):
            groups.append(("side", f"{o['key']}/{i}", side["answer_ids"]))
    for m in truth["minorities"]:
        groups.append(("minority", m["key"], m["answer_ids"]))
    groups.append(("noise", "noise", truth["noise_answer_ids"]))
    seen = Counter(i for _, _, ids in groups for i in ids)
    for i, c in seen.items():
        if c > 1:
            err(s, f"id {i} appears in {c} groups")
        if i not in by_id:
            err(s, f"truth id {i} not in answers")
    for i in by_id:
        if i not in seen:
            err(s, f"answer {i} belongs to no group")

    def people(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    # ---- rule 2: one idea, varied wording
    for kind, name, ids in groups:
        if kind == "noise" or not ids:
            continue
        cnt = Counter()
        for i in ids:
            cnt.update(stems(by_id[i]["answer"]))
        for stem, c in cnt.items():
            if c / len(ids) >= 0.6:
                err(s, f"{kind} {name}: stem '{stem}' in {c}/{len(ids)} answers")
    noise_ids = set(truth["noise_answer_ids"])
    texts = Counter(norm_text(a["answer"]) for a in answers if a["id"] not in noise_ids)
    for t, c in texts.items():
        if c > 1:
            err(s, f"non-noise answer text repeated {c}x: {t[:40]!r}")

    # ---- rule 3: counts
    nt = len(truth["themes"])
    if not 5 <= nt <= 7:
        err(s, f"{nt} convergence themes (need 5-7)")
    for t in truth["themes"]:
        if len(people(t["answer_ids"])) < 3:
            err(s, f"theme {t['key']}: fewer than 3 participants")
    no = len(truth["oppositions"])
    if not 1 <= no <= 2:
        err(s, f"{no} oppositions (need 1-2)")
    for o in truth["oppositions"]:
        ps = [people(side["answer_ids"]) for side in o["sides"]]
        for i, p in enumerate(ps):
            if len(p) < 2:
                err(s, f"opposition {o['key']} side {i}: fewer than 2 participants")
        if len(ps) == 2 and ps[0] & ps[1]:
            err(s, f"opposition {o['key']}: participants on both sides: {sorted(ps[0] & ps[1])}")
    nm = len(truth["minorities"])
    if not 1 <= nm <= 2:
        err(s, f"{nm} minorities (need 1-2)")
    for m in truth["minorities"]:
        p = people(m["answer_ids"])
        if not 2 <= len(p) <= 4:
            err(s, f"minority {m['key']}: {len(p)} participants (need 2-4)")
        mt = [norm_text(by_id[i]["answer"]) for i in m["answer_ids"] if i in by_id]
        if len(set(mt)) != len(mt):
            err(s, f"minority {m['key']}: holders share a wording")

    # ---- rule 4: noise share
    share = len(noise_ids) / max(1, len(answers))
    if not 0.05 <= share <= 0.15:
        err(s, f"noise share {share:.1%} (need 5-15%)")

    # ---- rule 5: objectives
    theme_keys = [t["key"] for t in truth["themes"]]
    support = truth["objective_support"]
    if [o["objective"] for o in support] != obj_lines:
        err(s, "objective_support does not list the objectives file lines exactly and in order")
    empty = [o["objective"] for o in support if not o["themes"]]
    if truth["unsupported_objectives"] != empty:
        err(s, "unsupported_objectives differs from the objectives with empty themes")
    if not empty:
        err(s, "no unsupported objective")
    themes_by_key = {t["key"]: t for t in truth["themes"]}
    paraphrase = []
    for o in support:
        for k in o["themes"]:
            if k not in themes_by_key:
                err(s, f"objective support names unknown theme {k!r}")
        if not o["themes"]:
            continue
        ostems = stems(o["objective"])
        other = set()
        for k in o["themes"]:
            t = themes_by_key.get(k)
            if t is None:
                continue
            other |= stems(t["description"])
            for i in t["answer_ids"]:
                if i in by_id:
                    other |= stems(by_id[i]["answer"])
        if not (ostems & other):
            paraphrase.append(o["objective"])
    if not paraphrase:
        err(s, "no objective supported only by paraphrase")

    # ---- rule 6: unserved needs
    served = {k for o in support for k in o["themes"]}
    unserved = [k for k in theme_keys if k not in served]
    if sorted(truth["unserved_needs"]) != sorted(unserved):
        err(s, f"unserved_needs {truth['unserved_needs']} != {unserved}")
    if not unserved:
        err(s, "no unserved need")

    # ---- rule 7: participants
    per = Counter(a["participant"] for a in answers)
    if not 8 <= len(per) <= 40:
        err(s, f"{len(per)} participants (need 8-40)")
    for name, c in per.items():
        if not NAME_RE.match(name):
            err(s, f"participant name not a realistic full name: {name!r}")
        if not 4 <= c <= 5:
            err(s, f"participant {name} gives {c} answers (need 4-5)")

    # ---- rule 8: languages
    langs = {a["id"]: answer_lang(a) for a in answers}
    unknown = [i for i, l in langs.items() if l == "?"]
    if unknown:
        err(s, f"language undetectable for {unknown[:5]}")
    en_share = sum(1 for l in langs.values() if l == "en") / max(1, len(answers))
    if lang == "fr+en":
        if not 0.30 <= en_share <= 0.50:
            err(s, f"English share {en_share:.1%} (need 30-50%)")
        for line in obj_lines:
            if lang_of(line) != "fr" and not (stems(line) and lang_of("le " + line + " et") == "fr"):
                err(s, f"objective not detected as French: {line!r}")
        for t in truth["themes"]:
            ls = {langs[i] for i in t["answer_ids"] if i in langs}
            if not {"fr", "en"} <= ls:
                err(s, f"theme {t['key']}: answers not in both languages ({sorted(ls)})")
    elif lang == "fr":
        eng = [i for i, l in langs.items() if l == "en"]
        if eng:
            err(s, f"French session has answers detected as English: {eng}")

    return {
        "participants": len(per), "answers": len(answers), "themes": nt, "oppositions": no,
        "minorities": nm, "noise": f"{share:.1%}", "english": f"{en_share:.1%}",
        "unsupported_objectives": len(empty), "unserved_needs": len(unserved),
        "paraphrase_objectives": len(paraphrase),
    }


def main():
    keys = sorted(f[:-len(".truth.json")] for f in os.listdir(HERE) if f.endswith(".truth.json"))
    if len(keys) < 3:
        errors.append(f"only {len(keys)} sessions found (need at least 3)")
    for key in keys:
        stats = check_session(key)
        if stats:
            print(key, json.dumps(stats))
    if errors:
        print(f"FAIL: {len(errors)} breach(es)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all rules pass")


if __name__ == "__main__":
    main()
