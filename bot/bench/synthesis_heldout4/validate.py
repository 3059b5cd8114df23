#!/usr/bin/env python3
"""Check the synthesis_heldout4 planted-theme set against its own rules (stdlib only).

Usage: python3 validate.py [folder]   -- exits 1 on any breach, 0 otherwise.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

FR_STOP = set("""le la les un une des du de d l et ou mais donc car ni que qui quoi quand je tu il elle on nous vous ils elles
me te se moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce cet cette ces ça ca c est
sont suis es être etre avoir ai as a avons avez ont fait faire pas ne n plus moins très tres trop peu
pour par sur sous dans avec sans chez entre vers au aux en y si comme tout tous toute toutes rien aussi déjà deja
juste bien mieux quelque quelques autre autres même meme ceux celles celui celle dont où ou alors encore
qu s j m t""".split())
EN_STOP = set("""the a an and or but so of to in on at for with without from by about as into over is are be been being
was were am i you he she it we they me my our your their its this that these those what which who whom how when
do does did not no nothing just very too more less some any all each other than then there here can could would
should will shall may might must have has had don t s m ll re ve""".split())
# Function words ignored when checking that an objective and its paraphrase share no word.
SHARED_STOP = FR_STOP | EN_STOP


def norm(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def tokens(text):
    return norm(text).split()


def stems(text):
    """Crude language-agnostic stems of content words (6-char prefix)."""
    return {w[:6] for w in tokens(text) if len(w) >= 3 and w not in SHARED_STOP}


def lang_of(text):
    toks = tokens(text)
    fr = sum(t in FR_STOP for t in toks) + sum(c in "éèêàùçôîâœ" for c in text.lower())
    en = sum(t in EN_STOP for t in toks)
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    return None


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, session, msg):
        self.errors.append(f"[{session}] {msg}")

    def check_session(self, folder, key):
        e = lambda m: self.err(key, m)
        paths = {s: os.path.join(folder, f"{key}.{s}") for s in ("answers.jsonl", "objectives.txt", "truth.json")}
        for p in paths.values():
            if not os.path.isfile(p):
                e(f"missing file {os.path.basename(p)}")
                return
        # ---- answers
        answers = {}
        by_participant = {}
        with open(paths["answers.jsonl"], encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    e(f"answers line {n} is blank")
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    e(f"answers line {n} is not JSON: {exc}")
                    continue
                if set(obj) != {"id", "participant", "question", "answer"}:
                    e(f"answers line {n} has keys {sorted(obj)}")
                    continue
                if not all(isinstance(obj[k], str) and obj[k].strip() for k in obj):
                    e(f"answers line {n} has an empty or non-string field")
                aid = obj["id"]
                if not aid.startswith(key + "-"):
                    e(f"id {aid} is not prefixed by '{key}-'")
                if aid in answers:
                    e(f"duplicate id {aid}")
                answers[aid] = obj
                by_participant.setdefault(obj["participant"], []).append(aid)
        for name, ids in by_participant.items():
            parts = name.split()
            if len(parts) < 2 or not all(p[0].isupper() or p in ("de", "van", "den", "der", "Le", "le") for p in parts):
                e(f"participant name not a realistic full name: {name!r}")
            if not 4 <= len(ids) <= 5:
                e(f"participant {name} has {len(ids)} answers (want 4-5)")
        n_part = len(by_participant)
        if not 8 <= n_part <= 40:
            e(f"{n_part} participants (want 8-40)")
        part_of = {aid: a["participant"] for aid, a in answers.items()}

        # ---- objectives
        with open(paths["objectives.txt"], encoding="utf-8") as f:
            raw = f.read()
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if any(not l.strip() for l in lines):
            e("objectives file has a blank line")
        objectives = [l.strip() for l in lines if l.strip()]
        if not 4 <= len(objectives) <= 6:
            e(f"{len(objectives)} objectives (want 4-6)")
        if len(set(objectives)) != len(objectives):
            e("duplicate objective line")

        # ---- truth
        with open(paths["truth.json"], encoding="utf-8") as f:
            try:
                truth = json.load(f)
            except ValueError as exc:
                e(f"truth.json is not JSON: {exc}")
                return
        expected = {"session", "lang", "themes", "oppositions", "minorities", "objective_support",
                    "unsupported_objectives", "unserved_needs", "noise_answer_ids"}
        if set(truth) != expected:
            e(f"truth keys {sorted(truth)} != {sorted(expected)}")
            return
        if truth["session"] != key:
            e(f"truth session {truth['session']!r} != file key {key!r}")
        if truth["lang"] not in ("fr", "en", "fr+en"):
            e(f"bad lang {truth['lang']!r}")

        owner = {}

        def claim(ids, where):
            if not isinstance(ids, list) or not ids:
                e(f"{where}: answer_ids must be a non-empty list")
                return []
            for aid in ids:
                if aid not in answers:
                    e(f"{where}: unknown answer id {aid}")
                elif aid in owner:
                    e(f"{where}: answer {aid} already belongs to {owner[aid]}")
                else:
                    owner[aid] = where
            return [aid for aid in ids if aid in answers]

        def people(ids):
            return {part_of[a] for a in ids if a in part_of}

        keys = []
        themes = truth["themes"]
        if not 5 <= len(themes) <= 7:
            e(f"{len(themes)} convergence themes (want 5-7)")
        theme_ids = {}
        for t in themes:
            if set(t) != {"key", "kind", "description", "answer_ids"}:
                e(f"theme keys {sorted(t)}")
                continue
            keys.append(t["key"])
            if t["kind"] != "convergence":
                e(f"theme {t['key']}: kind must be 'convergence'")
            ids = claim(t["answer_ids"], f"theme {t['key']}")
            theme_ids[t["key"]] = ids
            if len(people(ids)) < 3:
                e(f"theme {t['key']}: {len(people(ids))} distinct participants (want >= 3)")
            if len(people(ids)) != len(ids) and len(ids) > len(people(ids)) * 2:
                e(f"theme {t['key']}: too many answers per participant")
        opps = truth["oppositions"]
        if not 1 <= len(opps) <= 2:
            e(f"{len(opps)} oppositions (want 1-2)")
        for o in opps:
            if set(o) != {"key", "description", "sides"}:
                e(f"opposition keys {sorted(o)}")
                continue
            keys.append(o["key"])
            if len(o["sides"]) != 2:
                e(f"opposition {o['key']}: {len(o['sides'])} sides (want 2)")
            side_people = []
            for s in o["sides"]:
                if set(s) != {"label", "answer_ids"} or not s["label"].strip():
                    e(f"opposition {o['key']}: bad side {s}")
                    continue
                ids = claim(s["answer_ids"], f"opposition {o['key']} / {s['label']}")
                side_people.append(people(ids))
                if len(people(ids)) < 2:
                    e(f"opposition {o['key']} side {s['label']!r}: {len(people(ids))} participants (want >= 2)")
            if len(side_people) == 2 and side_people[0] & side_people[1]:
                e(f"opposition {o['key']}: participants on both sides: {sorted(side_people[0] & side_people[1])}")
        mins = truth["minorities"]
        if not 1 <= len(mins) <= 2:
            e(f"{len(mins)} minorities (want 1-2)")
        for m in mins:
            if set(m) != {"key", "description", "answer_ids"}:
                e(f"minority keys {sorted(m)}")
                continue
            keys.append(m["key"])
            ids = claim(m["answer_ids"], f"minority {m['key']}")
            if not 2 <= len(people(ids)) <= 4:
                e(f"minority {m['key']}: {len(people(ids))} participants (want 2-4)")
            texts = [norm(answers[a]["answer"]) for a in ids]
            if len(set(texts)) != len(texts):
                e(f"minority {m['key']}: holders use identical wording")
        noise = claim(truth["noise_answer_ids"], "noise")
        if len(set(keys)) != len(keys):
            e("duplicate key among themes / oppositions / minorities")

        # every answer in exactly one place
        missing = sorted(set(answers) - set(owner))
        if missing:
            e(f"answers in no category: {missing}")
        share = len(noise) / max(1, len(answers))
        if not 0.05 <= share <= 0.15:
            e(f"noise share {share:.2f} (want about 10 %, 0.05-0.15)")

        # one idea, varied wording: no duplicate non-noise text, no theme carried by one keyword
        noise_set = set(noise)
        dup = Counter(norm(a["answer"]) for aid, a in answers.items() if aid not in noise_set)
        for text, c in dup.items():
            if c > 1:
                e(f"non-noise answer text repeated {c} times: {text!r}")
        groups = dict(theme_ids)
        for o in opps:
            for s in o["sides"]:
                groups[f"{o['key']}/{s['label']}"] = s["answer_ids"]
        for gk, ids in groups.items():
            if len(ids) < 3:
                continue
            cnt = Counter()
            for a in ids:
                cnt.update(stems(answers[a]["answer"]))
            for st, c in cnt.items():
                if c / len(ids) >= 0.6:
                    e(f"{gk}: stem '{st}' appears in {c}/{len(ids)} answers (one repeated keyword)")

        # objectives x themes
        theme_keys = [t["key"] for t in themes]
        sup = truth["objective_support"]
        if [s.get("objective") for s in sup] != objectives:
            e("objective_support objectives differ from the objectives file (exact lines, same order)")
        supported_by = {}
        for s in sup:
            if set(s) != {"objective", "themes"}:
                e(f"objective_support entry keys {sorted(s)}")
                continue
            for tk in s["themes"]:
                if tk not in theme_keys:
                    e(f"objective {s['objective']!r} cites {tk!r}, not a convergence theme key")
            supported_by[s["objective"]] = s["themes"]
        unsupported = [o for o, t in supported_by.items() if not t]
        if truth["unsupported_objectives"] != unsupported:
            e(f"unsupported_objectives {truth['unsupported_objectives']} != objectives with no theme {unsupported}")
        if not unsupported:
            e("no unsupported objective")
        paraphrase_only = []
        for o, tks in supported_by.items():
            if not tks:
                continue
            ostems = stems(o)
            shared = set()
            for tk in tks:
                t = next(t for t in themes if t["key"] == tk)
                shared |= ostems & stems(t["description"])
                for a in theme_ids.get(tk, []):
                    shared |= ostems & stems(answers[a]["answer"])
            if not shared:
                paraphrase_only.append(o)
        if not paraphrase_only:
            e("no supported objective whose supporting themes share no word with it (paraphrase-only)")
        serving = {tk for tks in supported_by.values() for tk in tks}
        unserved = [k for k in theme_keys if k not in serving]
        if sorted(truth["unserved_needs"]) != sorted(unserved):
            e(f"unserved_needs {truth['unserved_needs']} != themes supporting no objective {unserved}")
        if not unserved:
            e("no unserved need")

        # languages
        if truth["lang"] == "fr+en":
            langs = {}
            for aid, a in answers.items():
                langs[aid] = lang_of(a["answer"]) or lang_of(a["question"])
            en_share = sum(l == "en" for l in langs.values()) / len(answers)
            if not 0.3 <= en_share <= 0.5:
                e(f"English share {en_share:.2f} (want about 40 %)")
            for o in objectives:
                if lang_of(o) != "fr":
                    e(f"objective not in French: {o!r}")
            for tk, ids in theme_ids.items():
                ls = {langs[a] for a in ids}
                if not {"fr", "en"} <= ls:
                    e(f"theme {tk} does not mix French and English answers")
        elif truth["lang"] in ("fr", "en"):
            for aid, a in answers.items():
                if lang_of(a["answer"]) not in (None, truth["lang"]):
                    e(f"answer {aid} looks like another language than {truth['lang']}")
        return n_part


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    keys = sorted(f[: -len(".truth.json")] for f in os.listdir(folder) if f.endswith(".truth.json"))
    ch = Checker()
    if len(keys) < 3:
        ch.err("set", f"{len(keys)} sessions (want >= 3)")
    langs = set()
    for key in keys:
        ch.check_session(folder, key)
        try:
            with open(os.path.join(folder, f"{key}.truth.json"), encoding="utf-8") as f:
                langs.add(json.load(f).get("lang"))
        except (OSError, ValueError):
            pass
    if not ("fr+en" in langs or {"fr", "en"} <= langs):
        ch.err("set", "no session with English answers")
    other = [f for f in os.listdir(folder) if f.endswith((".jsonl", ".txt", ".json"))
             and f.split(".")[0] not in keys]
    if other:
        ch.err("set", f"files belonging to no session: {other}")
    if ch.errors:
        print("\n".join(ch.errors))
        print(f"FAIL: {len(ch.errors)} breach(es)")
        sys.exit(1)
    print(f"OK: {len(keys)} sessions pass")


if __name__ == "__main__":
    main()
