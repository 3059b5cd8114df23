#!/usr/bin/env python3
"""Check the held-out synthesis set against the rules of syn-format.md.

Standard library only. Run from anywhere: `python3 validate.py`.
Exits 1 on any breach, 0 when every session passes.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

FR_STOP = set("""
a à ai aie aient ait alors as au aucun aucune aupres auquel aussi autant autre autres aux avaient avais avait avant
avec avez avoir avons bah ben bien bon c ca car ce ceci cela celle celles celui cependant certain certaine certains ces cet
cette ceux chaque chez chose choses ci comme comment concernant d dans de dedans dehors deja depuis des desquels deux
devrait dire dit doit donc dont du elle elles en encore entre es est et etaient etais etait etant ete etre eu eux fais
faire fait faites faudrait faut fois font hors ici il ils j je jusqu juste l la laquelle le lequel les leur leurs lui m ma
mais me meme memes mes moi moins mon n ne ni non nos notre nous on ont ou oui par parce pas peu peut peuvent peux plus plutot
pour pourquoi pourrais pourrait pourrions pouvoir puis qu quand que quel quelle quelles quels qui quoi rien s sa sans se
sera serai serais serait seront ses si sinon soit son sont sous souvent suis sur t ta tant te tel telle tes toi ton
toujours tous tout toute toutes tres trop tu un une unes uns va vais vas vers veux voila vont vos votre vous vraiment y
aimerais aimerait voudrais voudrait j'aimerais genre enfin bref quand-meme quelque quelques beaucoup assez vraiment
apres ainsi alors cest quoi etc truc trucs
""".split())

EN_STOP = set("""
a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing don down during each few for from further get gets got had has have having he her here hers
him his how i if in into is it its itself just like lot maybe me more most much my myself no nor not of off on once only
or other our ours out over own really same she should so some such than that the their theirs them then there these they
this those through to too under until up very was we were what when where which while who whom why will with would you
your yours yourself im ive id dont thing things bit etc yeah yes kind sort quite pretty
""".split())

STOP = FR_STOP | EN_STOP

FR_MARK = set("""le la les un une des du de et est je j suis pas que qui pour avec dans sur mais ce cette
on nous vous mon ma mes au aux en ne plus tres c ca il elle moi y a""".split())
EN_MARK = set("""the a an and is are i i'm im my to of for with in on not but that this it it's
we you be would could be have just really don't dont can""".split())


def norm(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("\u2019", "'")


def words(text):
    return re.findall(r"[a-z]+", norm(text))


def stems(text):
    """Content-word stems: words of 4+ letters, function words excluded, cut at 6 characters."""
    return {w[:6] for w in words(text) if len(w) >= 4 and w not in STOP}


def lang_of(text):
    toks = re.findall(r"[a-z']+", norm(text))
    fr = sum(1 for t in toks if t in FR_MARK or t.split("'")[0] in ("j", "c", "l", "d", "qu", "n", "m", "s"))
    en = sum(1 for t in toks if t in EN_MARK)
    if fr == en:
        return None
    return "fr" if fr > en else "en"


def check_session(key, errors):
    def err(msg):
        errors.append(f"{key}: {msg}")

    with open(os.path.join(HERE, f"{key}.truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    answers = []
    with open(os.path.join(HERE, f"{key}.answers.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err(f"blank line {n} in answers")
                continue
            obj = json.loads(line)
            if set(obj) != {"id", "participant", "question", "answer"}:
                err(f"line {n}: fields {sorted(obj)}")
            answers.append(obj)
    with open(os.path.join(HERE, f"{key}.objectives.txt"), encoding="utf-8") as fh:
        raw = fh.read()
    objectives = raw.split("\n")
    if objectives and objectives[-1] == "":
        objectives.pop()
    if any(not o.strip() for o in objectives):
        err("blank line in objectives")

    if truth.get("session") != key:
        err("truth.session does not match the file key")
    lang = truth.get("lang")
    if lang not in ("fr", "en", "fr+en"):
        err(f"bad lang {lang!r}")

    by_id = {}
    for a in answers:
        if not a["id"].startswith(f"{key}-"):
            err(f"id {a['id']} not prefixed by {key}-")
        if a["id"] in by_id:
            err(f"duplicate id {a['id']}")
        by_id[a["id"]] = a
        if not a["answer"].strip() or not a["question"].strip():
            err(f"{a['id']}: empty question or answer")

    # Rule 1: each id in exactly one group.
    groups = []  # (kind, name, ids)
    for t in truth["themes"]:
        if t.get("kind") != "convergence":
            err(f"theme {t['key']} kind is not convergence")
        groups.append(("theme", t["key"], t["answer_ids"]))
    for o in truth["oppositions"]:
        if len(o["sides"]) != 2:
            err(f"opposition {o['key']} does not have two sides")
        for s in o["sides"]:
            groups.append(("side", f"{o['key']}/{s['label']}", s["answer_ids"]))
    for m in truth["minorities"]:
        groups.append(("minority", m["key"], m["answer_ids"]))
    groups.append(("noise", "noise", truth["noise_answer_ids"]))
    seen = {}
    for kind, name, ids in groups:
        for i in ids:
            if i not in by_id:
                err(f"{name}: unknown id {i}")
            if i in seen:
                err(f"{i} in both {seen[i]} and {name}")
            seen[i] = name
    for i in by_id:
        if i not in seen:
            err(f"{i} belongs to no group")

    def who(ids):
        return {by_id[i]["participant"] for i in ids if i in by_id}

    # Rule 2: varied wording, no repeated non-noise text.
    noise = set(truth["noise_answer_ids"])
    texts = {}
    for a in answers:
        if a["id"] in noise:
            continue
        k = " ".join(words(a["answer"]))
        if k in texts:
            err(f"repeated answer text {texts[k]} / {a['id']}")
        texts[k] = a["id"]
    for kind, name, ids in groups:
        if kind == "noise" or not ids:
            continue
        counts = {}
        for i in ids:
            for s in stems(by_id[i]["answer"]):
                counts[s] = counts.get(s, 0) + 1
        for s, c in sorted(counts.items()):
            if c / len(ids) >= 0.6:
                err(f"{name}: stem '{s}' in {c}/{len(ids)} answers")

    # Rule 3: counts.
    themes = truth["themes"]
    if not 5 <= len(themes) <= 7:
        err(f"{len(themes)} convergence themes (want 5-7)")
    for t in themes:
        if len(who(t["answer_ids"])) < 3:
            err(f"theme {t['key']} held by fewer than 3 participants")
    if not 1 <= len(truth["oppositions"]) <= 2:
        err(f"{len(truth['oppositions'])} oppositions (want 1-2)")
    for o in truth["oppositions"]:
        sides = [who(s["answer_ids"]) for s in o["sides"]]
        for s, p in zip(o["sides"], sides):
            if len(p) < 2:
                err(f"opposition {o['key']} side {s['label']} held by fewer than 2")
        if len(sides) == 2 and sides[0] & sides[1]:
            err(f"opposition {o['key']}: {sorted(sides[0] & sides[1])} on both sides")
    if not 1 <= len(truth["minorities"]) <= 2:
        err(f"{len(truth['minorities'])} minorities (want 1-2)")
    for m in truth["minorities"]:
        n = len(who(m["answer_ids"]))
        if not 2 <= n <= 4 or n != len(m["answer_ids"]):
            err(f"minority {m['key']}: {n} holders for {len(m['answer_ids'])} answers (want 2-4, one each)")

    # Rule 4: noise share.
    share = len(noise) / max(1, len(answers))
    if not 0.05 <= share <= 0.15:
        err(f"noise share {share:.2%} outside 5-15 %")

    # Rule 5: objectives.
    support = truth["objective_support"]
    if [s["objective"] for s in support] != objectives:
        err("objective_support does not list the objectives file exactly and in order")
    theme_by_key = {t["key"]: t for t in themes}
    empty = [s["objective"] for s in support if not s["themes"]]
    if empty != truth["unsupported_objectives"]:
        err("unsupported_objectives differs from the objectives with empty support")
    if not empty:
        err("no unsupported objective")
    paraphrase_only = 0
    for s in support:
        for k in s["themes"]:
            if k not in theme_by_key:
                err(f"objective support names unknown theme {k}")
        if not s["themes"]:
            continue
        bag = set()
        for k in s["themes"]:
            t = theme_by_key.get(k)
            if not t:
                continue
            bag |= stems(t["description"])
            for i in t["answer_ids"]:
                if i in by_id:
                    bag |= stems(by_id[i]["answer"])
        if not (stems(s["objective"]) & bag):
            paraphrase_only += 1
    if paraphrase_only < 1:
        err("no objective supported only by paraphrase")

    # Rule 6: unserved needs.
    used = {k for s in support for k in s["themes"]}
    unserved = sorted(t["key"] for t in themes if t["key"] not in used)
    if unserved != sorted(truth["unserved_needs"]):
        err(f"unserved_needs {sorted(truth['unserved_needs'])} but unused themes {unserved}")
    if not unserved:
        err("no unserved need")

    # Rule 7: participants.
    per = {}
    for a in answers:
        per[a["participant"]] = per.get(a["participant"], 0) + 1
    if not 8 <= len(per) <= 40:
        err(f"{len(per)} participants (want 8-40)")
    for p, c in per.items():
        if not 4 <= c <= 5:
            err(f"{p} gives {c} answers (want 4-5)")
        parts = p.split()
        if len(parts) < 2 or not all(x[0].isupper() for x in parts if x[0].isalpha()):
            err(f"participant name {p!r} is not a full name")

    # Rule 8: languages.
    langs = {}
    for a in answers:
        lg = lang_of(a["answer"]) or lang_of(a["question"])
        langs[a["id"]] = lg
        if lg is None:
            err(f"{a['id']}: language not detectable")
    if lang in ("fr", "en"):
        for i, lg in langs.items():
            if lg and lg != lang:
                err(f"{i}: detected {lg} in a {lang} session")
    if lang == "fr+en":
        en = sum(1 for lg in langs.values() if lg == "en")
        share = en / max(1, len(answers))
        if not 0.30 <= share <= 0.50:
            err(f"English share {share:.2%} outside 30-50 %")
        for o in objectives:
            if lang_of(o) != "fr":
                err(f"objective not in French: {o!r}")
        for t in themes:
            ls = {langs.get(i) for i in t["answer_ids"]}
            if not {"fr", "en"} <= ls:
                err(f"theme {t['key']} lacks answers in both languages")
    return len(answers), len(per)


def main():
    keys = sorted(f[: -len(".truth.json")] for f in os.listdir(HERE) if f.endswith(".truth.json"))
    if not keys:
        print("no session found")
        return 1
    errors = []
    for key in keys:
        for suffix in (".answers.jsonl", ".objectives.txt"):
            if not os.path.exists(os.path.join(HERE, key + suffix)):
                errors.append(f"{key}: missing {key}{suffix}")
        if errors:
            continue
        n, p = check_session(key, errors)
        print(f"{key}: {p} participants, {n} answers")
    for e in errors:
        print("FAIL", e)
    if errors:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
