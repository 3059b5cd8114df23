#!/usr/bin/env python3
"""Checks the format rules of the synthesis set (issue 18) and prints OK."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
README_L1 = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 51) from DOMAIN.md, "
             "the issue and the format only, without reading the project's code, tests or other data sets. "
             "Do not tune anything on it.")
EXPECT = {  # lang: (themes, oppositions, minorities, participants range)
    "fr": (8, 2, 3, (10, 14)),
    "en": (15, 2, 4, (20, 28)),
    "fr+en": (20, 2, 4, (34, 42)),
}
TRUTH_KEYS = {"session", "lang", "client", "title", "themes", "oppositions", "minorities", "objective_support",
              "unsupported_objectives", "unserved_needs", "noise_answer_ids", "note"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip()


FR_W = set("le la les de des du je j pas une un et est que qui pour avec ca c mon ma mes au aux plus sur nous vous "
           "tres ce cette il elle me m suis sont dans chez quand faire rien d l qu n y".split())
EN_W = set("the i to and of my is it that for with be would me i'd i'm you they we this not just at if like "
           "can could don't it's what who when so but them their our about by from was are an".split())


def guess_lang(text):
    t = norm(text)
    words = re.findall(r"[a-z']+", t.replace("’", "'"))
    toks = set()
    for w in words:
        toks.add(w)
        toks.update(w.split("'"))
    fr = len(toks & FR_W) + (2 if re.search(r"[éèêàçùôœ]", text.lower()) else 0)
    en = len(toks & EN_W)
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    return None


def main():
    sessions = sorted(f.split(".")[0] for f in os.listdir(HERE) if f.endswith(".truth.json"))
    if len(sessions) != 3:
        err(f"expected 3 sessions, got {sessions}")
    langs_seen = []
    all_texts = {}
    for code in sessions:
        if not re.fullmatch(r"[A-Z]{3}", code):
            err(f"bad session code {code}")
        for suffix in ("answers.jsonl", "objectives.txt", "truth.json"):
            if not os.path.exists(os.path.join(HERE, f"{code}.{suffix}")):
                err(f"missing {code}.{suffix}")
        truth = json.load(open(os.path.join(HERE, f"{code}.truth.json"), encoding="utf-8"))
        if set(truth) != TRUTH_KEYS:
            err(f"{code}: truth keys {sorted(set(truth) ^ TRUTH_KEYS)}")
        if truth["session"] != code:
            err(f"{code}: session field {truth['session']}")
        lang = truth["lang"]
        langs_seen.append(lang)
        if lang not in EXPECT:
            err(f"{code}: lang {lang}")
            continue
        # answers
        answers = {}
        rows = []
        qtext = {}
        for ln, line in enumerate(open(os.path.join(HERE, f"{code}.answers.jsonl"), encoding="utf-8"), 1):
            a = json.loads(line)
            if set(a) != {"id", "participant", "question", "answer"}:
                err(f"{code}:{ln} fields {sorted(a)}")
            m = re.fullmatch(rf"{code}-(P\d\d)-q([1-5])", a["id"])
            if not m or m.group(1) != a["participant"]:
                err(f"{code}:{ln} bad id {a['id']}")
                continue
            k = int(m.group(2))
            if qtext.setdefault(k, a["question"]) != a["question"]:
                err(f"{code}:{ln} question text differs for q{k}")
            if lang == "fr+en" and " / " not in a["question"]:
                err(f"{code}:{ln} mixed question not 'FR / EN'")
            if a["id"] in answers:
                err(f"{code}: duplicate id {a['id']}")
            if not a["answer"].strip():
                err(f"{code}: empty answer {a['id']}")
            n = norm(a["answer"])
            if n in all_texts:
                err(f"{code}: answer text repeated ({a['id']} / {all_texts[n]})")
            all_texts[n] = a["id"]
            answers[a["id"]] = (a["participant"], k, a["answer"])
            rows.append((int(a["participant"][1:]), k))
        if rows != sorted(rows):
            err(f"{code}: answers not sorted by participant then question")
        if sorted(qtext) != [1, 2, 3, 4, 5]:
            err(f"{code}: questions present {sorted(qtext)}")
        participants = {p for p, _, _ in answers.values()}
        n_part = len(participants)
        nt, no, nm, (lo, hi) = EXPECT[lang]
        if not lo <= n_part <= hi:
            err(f"{code}: {n_part} participants")
        if n_part * 5 == len(answers):
            err(f"{code}: no skipped question")
        # objectives
        objectives = [l.rstrip("\n") for l in open(os.path.join(HERE, f"{code}.objectives.txt"), encoding="utf-8")]
        if len(objectives) != 5 or len(set(objectives)) != 5 or not all(o.strip() for o in objectives):
            err(f"{code}: objectives must be 5 distinct non-empty lines")
        # ownership
        owner = {}

        def own(aid, who):
            if aid not in answers:
                err(f"{code}: {who} cites unknown answer {aid}")
            elif aid in owner:
                err(f"{code}: {aid} owned by {owner[aid]} and {who}")
            else:
                owner[aid] = who

        keys = set()
        for t in truth["themes"]:
            if set(t) != {"key", "kind", "description", "answer_ids"}:
                err(f"{code}: theme fields {sorted(t)}")
            if t["key"] in keys:
                err(f"{code}: duplicate key {t['key']}")
            keys.add(t["key"])
            if t["kind"] not in ("need", "brake", "preference", "convergence"):
                err(f"{code}: theme kind {t['kind']}")
            for aid in t["answer_ids"]:
                own(aid, t["key"])
            ps = [answers[a][0] for a in t["answer_ids"] if a in answers]
            qs = {answers[a][1] for a in t["answer_ids"] if a in answers}
            if len(set(ps)) < 3 or len(ps) != len(set(ps)) or len(qs) != 1:
                err(f"{code}: theme {t['key']} needs >=3 distinct participants, one answer each, one question")
            if lang == "fr+en":
                tl = {guess_lang(answers[a][2]) for a in t["answer_ids"] if a in answers}
                if not {"fr", "en"} <= tl:
                    err(f"{code}: theme {t['key']} does not mix languages ({tl})")
        for o in truth["oppositions"]:
            if o["key"] in keys:
                err(f"{code}: duplicate key {o['key']}")
            keys.add(o["key"])
            if len(o["sides"]) != 2:
                err(f"{code}: opposition {o['key']} needs 2 sides")
            qs = set()
            for s in o["sides"]:
                if not s.get("label"):
                    err(f"{code}: opposition {o['key']} side without label")
                for aid in s["answer_ids"]:
                    own(aid, o["key"])
                ps = {answers[a][0] for a in s["answer_ids"] if a in answers}
                qs |= {answers[a][1] for a in s["answer_ids"] if a in answers}
                if len(ps) < 2 or len(ps) != len(s["answer_ids"]):
                    err(f"{code}: opposition {o['key']} side needs >=2 participants")
            if len(qs) != 1:
                err(f"{code}: opposition {o['key']} sides answer different questions")
        for m in truth["minorities"]:
            if m["key"] in keys:
                err(f"{code}: duplicate key {m['key']}")
            keys.add(m["key"])
            for aid in m["answer_ids"]:
                own(aid, m["key"])
            ps = [answers[a][0] for a in m["answer_ids"] if a in answers]
            if len(ps) != 2 or len(set(ps)) != 2:
                err(f"{code}: minority {m['key']} needs exactly 2 participants")
        for aid in truth["noise_answer_ids"]:
            own(aid, "noise")
        missing = set(answers) - set(owner)
        if missing:
            err(f"{code}: answers without owner {sorted(missing)}")
        if (len(truth["themes"]), len(truth["oppositions"]), len(truth["minorities"])) != (nt, no, nm):
            err(f"{code}: counts {len(truth['themes'])}/{len(truth['oppositions'])}/{len(truth['minorities'])}, expected {nt}/{no}/{nm}")
        ratio = len(truth["noise_answer_ids"]) / max(1, len(answers))
        if not 0.10 <= ratio <= 0.15:
            err(f"{code}: noise ratio {ratio:.3f}")
        # objectives x needs
        sup = truth["objective_support"]
        if set(sup) != set(objectives):
            err(f"{code}: objective_support keys differ from objectives file")
        tkeys = {t["key"]: t["kind"] for t in truth["themes"]}
        for o, ks in sup.items():
            for k in ks:
                if k not in tkeys:
                    err(f"{code}: objective_support cites unknown theme {k}")
        unsup = [o for o in objectives if not sup.get(o)]
        if truth["unsupported_objectives"] != unsup or not unsup:
            err(f"{code}: unsupported_objectives wrong or empty")
        served = {k for ks in sup.values() for k in ks}
        unserved = [t["key"] for t in truth["themes"] if t["kind"] == "need" and t["key"] not in served]
        if truth["unserved_needs"] != unserved or not unserved:
            err(f"{code}: unserved_needs wrong or empty")
        # mixed: one language per participant
        if lang == "fr+en":
            pl = {}
            for aid, (p, _, text) in answers.items():
                if aid in owner and owner[aid] == "noise":
                    continue
                g = guess_lang(text)
                if g:
                    pl.setdefault(p, set()).add(g)
            for p, ls in pl.items():
                if len(ls) > 1:
                    err(f"{code}: participant {p} seems to mix languages")
    if sorted(langs_seen) != ["en", "fr", "fr+en"]:
        err(f"session langs {langs_seen}")
    lines = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
    if lines[0] != README_L1 or lines[1] != "":
        err("README line 1/2")
    if "| session | lang | participants | questions | answers | skips | themes | oppositions | minorities | noise |" not in lines:
        err("README sessions table header missing")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
