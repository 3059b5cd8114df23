#!/usr/bin/env python3
"""Check the held-out synthesis set against the rules of syn-format.md. Standard library only.
Exits 1 on any breach, 0 otherwise."""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

STOP = set("""
le la les l un une des de du d et ou mais donc or ni car a à au aux en dans sur sous par pour avec sans
chez entre vers ce cet cette ces ça ca cela ceci c je j me m moi tu te t toi il elle on nous vous ils elles
se s lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos qui que qu quoi dont où y
ne n pas plus moins très tres trop bien aussi déjà deja encore tout tous toute toutes rien peu
est suis es sont sommes êtes etre être ai as avons avez ont avoir été ete fait faire fais peux peut pouvoir
veux veut vouloir faut fallait faudrait serait sera si comme quand alors même meme autre autres quelque
quelques chaque ici là la-bas oui non genre juste vraiment
the a an and or but so of to in on at by for with from about as into than then that this these those
it its it's i i'm i'd i've me my mine we our you your he she they them their there here what which who
whom when where why how not no nor don't doesn't isn't can't won't is am are was were be been being
have has had do does did can could would should will shall may might must just really very too also
any some all more most much many such only own same other others if because while up down out over
get got like want yes one
""".split())

EN_MARK = set("the and to of i my is it for with would be in you that this i'm i'd me at not have "
              "what when where who we our they their them was are".split())
FR_MARK = set("le la les de des du et je j un une pour pas est ça ca en à au aux mon ma mes ce c qu que "
              "avec sur dans nous vous il elle quand".split())


def norm(text):
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", norm(text))


def stems(text):
    out = set()
    for t in tokens(text):
        for part in [t] + t.split("'"):
            if part in STOP or len(part) < 3 or part.isdigit():
                continue
            if "'" in part:
                continue
            if len(part) > 4 and part.endswith("s"):
                part = part[:-1]
            out.add(part[:6])
    return out


def lang_of(text):
    toks = tokens(text)
    words = set()
    for t in toks:
        words.add(t)
        words.update(t.split("'"))
    en = sum(1 for t in toks if t in EN_MARK)
    fr = sum(1 for t in toks if t in FR_MARK or t.split("'")[0] in ("j", "c", "d", "l", "qu", "m", "t", "n"))
    if en > fr:
        return "en"
    if fr > en:
        return "fr"
    return None


errors = []


def err(session, msg):
    errors.append(f"[{session}] {msg}")


def check(truth_path):
    truth = json.load(open(truth_path, encoding="utf-8"))
    key = truth["session"]
    answers = [json.loads(l) for l in open(os.path.join(HERE, f"{key}.answers.jsonl"), encoding="utf-8")
               if l.strip()]
    obj_raw = open(os.path.join(HERE, f"{key}.objectives.txt"), encoding="utf-8").read()
    obj_lines = obj_raw.rstrip("\n").split("\n")
    by_id = {}
    for a in answers:
        if set(a) != {"id", "participant", "question", "answer"}:
            err(key, f"bad fields in {a.get('id')}")
        if a["id"] in by_id:
            err(key, f"duplicate id {a['id']}")
        if not a["id"].startswith(key + "-"):
            err(key, f"id {a['id']} not prefixed by session key")
        by_id[a["id"]] = a

    # rule 1: partition
    groups = []  # (kind, name, ids)
    for t in truth["themes"]:
        if t.get("kind") != "convergence":
            err(key, f"theme {t['key']} kind is not convergence")
        groups.append(("theme", t["key"], t["answer_ids"]))
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err(key, f"opposition {o['key']} does not have two sides")
        for i, s in enumerate(o["sides"]):
            groups.append(("side", f"{o['key']}#{i}", s["answer_ids"]))
    for m in truth["minorities"]:
        groups.append(("minority", m["key"], m["answer_ids"]))
    groups.append(("noise", "noise", truth["noise_answer_ids"]))
    seen = {}
    for kind, name, ids in groups:
        for i in ids:
            if i not in by_id:
                err(key, f"{name}: unknown id {i}")
            if i in seen:
                err(key, f"id {i} in both {seen[i]} and {name}")
            seen[i] = name
    for i in by_id:
        if i not in seen:
            err(key, f"id {i} belongs to no group")

    def parts(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    # rule 2: varied wording
    for kind, name, ids in groups:
        if kind not in ("theme", "side") or not ids:
            continue
        counts = {}
        for i in ids:
            for s in stems(by_id[i]["answer"]):
                counts[s] = counts.get(s, 0) + 1
        for s, c in counts.items():
            if c / len(ids) >= 0.6 and len(ids) >= 2:
                err(key, f"{kind} {name}: stem '{s}' in {c}/{len(ids)} answers")
    noise = set(truth["noise_answer_ids"])
    texts = {}
    for a in answers:
        if a["id"] in noise:
            continue
        n = " ".join(tokens(a["answer"]))
        if n in texts:
            err(key, f"repeated answer text {a['id']} = {texts[n]}")
        texts[n] = a["id"]

    # rule 3: counts
    if not 5 <= len(truth["themes"]) <= 7:
        err(key, f"{len(truth['themes'])} themes, expected 5-7")
    for t in truth["themes"]:
        if len(parts(t["answer_ids"])) < 3:
            err(key, f"theme {t['key']} held by fewer than 3 participants")
    if not 1 <= len(truth["oppositions"]) <= 2:
        err(key, f"{len(truth['oppositions'])} oppositions, expected 1-2")
    for o in truth["oppositions"]:
        ps = [parts(s["answer_ids"]) for s in o["sides"]]
        for i, p in enumerate(ps):
            if len(p) < 2:
                err(key, f"opposition {o['key']} side {i} held by fewer than 2 participants")
        if len(ps) == 2 and ps[0] & ps[1]:
            err(key, f"opposition {o['key']}: {ps[0] & ps[1]} on both sides")
    if not 1 <= len(truth["minorities"]) <= 2:
        err(key, f"{len(truth['minorities'])} minorities, expected 1-2")
    for m in truth["minorities"]:
        p = parts(m["answer_ids"])
        if not 2 <= len(p) <= 4 or len(p) != len(m["answer_ids"]):
            err(key, f"minority {m['key']}: {len(m['answer_ids'])} answers by {len(p)} participants")
        ts = [" ".join(tokens(by_id[i]["answer"])) for i in m["answer_ids"] if i in by_id]
        if len(set(ts)) != len(ts):
            err(key, f"minority {m['key']}: holders use the same wording")

    # rule 4: noise
    ratio = len(noise) / max(1, len(answers))
    if not 0.05 <= ratio <= 0.15:
        err(key, f"noise ratio {ratio:.1%} outside 5-15%")

    # rule 5: objectives
    if any(not l.strip() for l in obj_lines):
        err(key, "blank line in objectives file")
    sup = truth["objective_support"]
    if [s["objective"] for s in sup] != obj_lines:
        err(key, "objective_support does not list the objectives file exactly and in order")
    theme_keys = {t["key"]: t for t in truth["themes"]}
    unsup = [s["objective"] for s in sup if not s["themes"]]
    if unsup != truth["unsupported_objectives"]:
        err(key, "unsupported_objectives does not match the empty objective_support entries")
    if not unsup:
        err(key, "no unsupported objective")
    paraphrase = 0
    for s in sup:
        for t in s["themes"]:
            if t not in theme_keys:
                err(key, f"objective_support cites unknown theme {t}")
        if s["themes"]:
            ostems = stems(s["objective"])
            tstems = set()
            for t in s["themes"]:
                if t in theme_keys:
                    tstems |= stems(theme_keys[t]["description"])
                    for i in theme_keys[t]["answer_ids"]:
                        tstems |= stems(by_id[i]["answer"])
            if not ostems & tstems:
                paraphrase += 1
    if not paraphrase:
        err(key, "no objective supported only by paraphrase")

    # rule 6: unserved needs
    used = {t for s in sup for t in s["themes"]}
    expected = [k for k in theme_keys if k not in used]
    if sorted(expected) != sorted(truth["unserved_needs"]):
        err(key, f"unserved_needs {truth['unserved_needs']} != {expected}")
    if not expected:
        err(key, "no unserved need")

    # rule 7: participants
    per = {}
    for a in answers:
        per[a["participant"]] = per.get(a["participant"], 0) + 1
    for p, c in per.items():
        if not re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)+", p):
            err(key, f"unrealistic name {p!r}")
        if not 4 <= c <= 5:
            err(key, f"{p} gives {c} answers")
    if not 8 <= len(per) <= 40:
        err(key, f"{len(per)} participants, expected 8-40")
    for t in truth["themes"]:
        if len(set(t["answer_ids"])) != len(parts(t["answer_ids"])):
            err(key, f"theme {t['key']}: a participant answers twice")

    # rule 8: languages
    langs = {}
    for a in answers:
        langs[a["id"]] = lang_of(a["answer"]) or lang_of(a["question"]) or "fr"
    if truth["lang"] == "fr+en":
        en = sum(1 for v in langs.values() if v == "en") / len(answers)
        if not 0.30 <= en <= 0.50:
            err(key, f"English share {en:.0%} outside 30-50%")
        for o in obj_lines:
            if lang_of(o) != "fr":
                err(key, f"objective not detected as French: {o}")
        for t in truth["themes"]:
            ls = {langs[i] for i in t["answer_ids"]}
            if ls != {"fr", "en"}:
                err(key, f"theme {t['key']} not in both languages: {ls}")
    else:
        for i, l in langs.items():
            if l != truth["lang"]:
                err(key, f"answer {i} detected as {l}, session is {truth['lang']}")
    return key, len(per), len(answers), len(noise), paraphrase


summary = []
paths = sorted(glob.glob(os.path.join(HERE, "*.truth.json")))
if len(paths) != 3:
    errors.append(f"expected 3 sessions, found {len(paths)}")
langs = set()
for p in paths:
    try:
        summary.append(check(p))
        langs.add(json.load(open(p, encoding="utf-8"))["lang"])
    except Exception as e:  # malformed file is a breach
        errors.append(f"{os.path.basename(p)}: {type(e).__name__}: {e}")
if langs != {"fr", "en", "fr+en"}:
    errors.append(f"session languages {langs} != fr, en, fr+en")
readme = os.path.join(HERE, "README.md")
if not os.path.exists(readme) or not open(readme, encoding="utf-8").read().startswith(
        "> **Held-out set: measure only.**"):
    errors.append("README.md missing or without the held-out banner")
for s in summary:
    print(f"{s[0]}: {s[1]} participants, {s[2]} answers, {s[3]} noise, {s[4]} paraphrase-only objective(s)")
for e in errors:
    print("BREACH", e)
print("OK" if not errors else f"{len(errors)} breach(es)")
sys.exit(1 if errors else 0)
