#!/usr/bin/env python3
"""Deterministic generator for the held-out synthesis set `synthesis_heldout31`.

Answer texts and their labels live in data_aub1.py, data_aub2.py, data_aub3.py.
Participants are assigned to answers with a fixed-seed shuffle per question
(English-speaking participants of the mixed session get the English answers).
Standard library only.  Usage: python3 gen.py   (writes the files next to this script)
"""
import json
import os
import random

import data_aub1
import data_aub2
import data_aub3

HERE = os.path.dirname(os.path.abspath(__file__))
SESSIONS = [data_aub1, data_aub2, data_aub3]
CLIENT = "Aubépine Guitares"
QKEYS = ["q1", "q2", "q3", "q4", "q5"]


def pid(n):
    return "P%02d" % n


def assign(mod):
    """Return list of (participant, qkey, label, text), deterministic."""
    everyone = [pid(i) for i in range(1, mod.N_PARTICIPANTS + 1)]
    en_set = list(getattr(mod, "EN_PARTICIPANTS", everyone if mod.LANG == "en" else []))
    fr_set = [p for p in everyone if p not in en_set]
    rows = []
    for qi, q in enumerate(QKEYS):
        rng = random.Random(mod.SEED * 10 + qi)
        en_pool = list(en_set)
        fr_pool = list(fr_set)
        rng.shuffle(en_pool)
        rng.shuffle(fr_pool)
        pending_any = []
        for label, lang, text in mod.ANSWERS[q]:
            if lang == "en":
                rows.append((en_pool.pop(), q, label, text))
            elif lang == "fr":
                rows.append((fr_pool.pop(), q, label, text))
            else:
                pending_any.append((label, text))
        rest = en_pool + fr_pool
        rng.shuffle(rest)
        for label, text in pending_any:
            rows.append((rest.pop(), q, label, text))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def build_session(mod):
    rows = assign(mod)
    code = mod.CODE
    files = {}
    lines = []
    theme_ids = {k: [] for k in mod.THEMES}
    side_ids = {s[0]: [] for s in mod.OPPOSITION[2]}
    min_ids = {k: [] for k in mod.MINORITIES}
    noise = []
    for p, q, label, text in rows:
        aid = "%s-%s-%s" % (code, p, q)
        lines.append(json.dumps({"id": aid, "participant": p, "question": mod.QUESTIONS[q],
                                 "answer": text}, ensure_ascii=False))
        kind, _, key = label.partition(":")
        if kind == "T":
            theme_ids[key].append(aid)
        elif kind == "S":
            side_ids[key].append(aid)
        elif kind == "M":
            min_ids[key].append(aid)
        elif kind == "N":
            noise.append(aid)
        else:
            raise ValueError(label)
    files["%s.answers.jsonl" % code] = "\n".join(lines) + "\n"
    files["%s.objectives.txt" % code] = "\n".join(mod.OBJECTIVES) + "\n"
    supported = set(k for ks in mod.OBJECTIVE_SUPPORT.values() for k in ks)
    okey, odesc, osides = mod.OPPOSITION
    truth = {
        "session": code,
        "lang": mod.LANG,
        "client": CLIENT,
        "title": mod.TITLE,
        "themes": [{"key": k, "kind": mod.THEMES[k][0], "description": mod.THEMES[k][1],
                    "answer_ids": sorted(theme_ids[k])} for k in mod.THEMES],
        "oppositions": [{"key": okey, "description": odesc,
                         "sides": [{"label": lab, "answer_ids": sorted(side_ids[sk])} for sk, lab in osides]}],
        "minorities": [{"key": k, "description": mod.MINORITIES[k], "answer_ids": sorted(min_ids[k])}
                       for k in mod.MINORITIES],
        "objective_support": {o: list(mod.OBJECTIVE_SUPPORT[o]) for o in mod.OBJECTIVES},
        "unsupported_objectives": [o for o in mod.OBJECTIVES if not mod.OBJECTIVE_SUPPORT[o]],
        "unserved_needs": [k for k, (kind, _) in mod.THEMES.items() if kind == "need" and k not in supported],
        "noise_answer_ids": sorted(noise),
        "note": mod.NOTE,
    }
    files["%s.truth.json" % code] = dumps(truth)
    return files, len(rows)


README_HEAD = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue "
               "and the format only, without reading the project's code, tests or other data sets. Do not tune "
               "anything on it.\n>\n\n")

LANG_NAMES = {"fr": "French", "en": "English", "mixed": "mixed French + English"}


def readme(counts):
    t = [README_HEAD, "# synthesis_heldout31 — terse JE answers (Aubépine Guitares)\n\n",
         "| code | language | participants | answers |\n|---|---|---|---|\n"]
    for mod in SESSIONS:
        t.append("| %s | %s | %d | %d |\n" % (mod.CODE, LANG_NAMES[mod.LANG], mod.N_PARTICIPANTS, counts[mod.CODE]))
    t.append("\n")
    t.append(
        "**Client.** Aubépine Guitares (fictitious): a small guitar-making workshop (lutherie) in Mirecourt, "
        "Vosges, selling hand-built electric and acoustic guitars in France and abroad. Its ambassadors are "
        "customers who play its guitars: gigging musicians, guitar teachers, a few retired players. Sector "
        "(musical instruments / guitar making) is new to the project's sets. Same client and same NOUS "
        "objectives in all three sessions (AUB2 has them in English). Session AUB1: local ambassadors on site; "
        "AUB2: international ambassadors online; AUB3: everyone on the Discord, with 9 English-speaking "
        "participants (P04, P08, P12, P15, P19, P23, P27, P31, P36) who answer in English.\n\n")
    t.append(
        "**Flavour.** Terse answers, as typed into a form in a hurry: mostly 1–6 words, keyword lists inside "
        "one idea (« visibilité, partages »), fragments (\"early access mostly\"), single nouns (\"time\", "
        "« parrainage »), abbreviations (« qq heures », « tps », \"IG\", \"~3h/mo\"), « idem », « rien », "
        "\"n/a\", \"-\", \"?\"; a handful of one-or-two-sentence answers. Every planted theme is worded "
        "differently by each participant (e.g. early access: « essayer les protos », « avant-premières "
        "surtout », \"first dibs on limited runs\", \"sneak peeks\"). Several answers are a bare side word for "
        "the dividing question (« pour », « contre », \"yes\", \"nah\", « ouvert », « réservé »); they only "
        "make sense with the question, which is in the `question` field. Some participants skip questions.\n\n")
    t.append(
        "**Labels.** Every answer id is labelled exactly once in `<CODE>.truth.json`: a theme (kind need = q1, "
        "brake = q2, preference = q3, convergence = q4 availability; 3+ distinct participants), a side of the "
        "one opposition (q5: public ranking in AUB1, commission on referred sales in AUB2, invite-only vs open "
        "Discord space in AUB3), a minority (exactly 2 participants; 2 / 3 / 5 per session, on different "
        "questions; AUB3's fifth minority is a third, hybrid view on q5), or noise. Noise = no content that "
        "could be quoted as an opinion: « idem », « rien », « ras », \"n/a\", \"-\", \"?\", \"pass\", "
        "\"idk\", « sais pas », \"no opinion\", « peu importe », \"whatever works\", « on verra », and "
        "off-topic remarks. « idem » is labelled noise on purpose (fail closed: its content would be "
        "guessed from a neighbouring answer, and it cannot be shown as a verbatim of any theme); \"no "
        "opinion\" (AUB2 q5) is noise, not the \"no\" side. « rien » to the brakes question is noise, "
        "not a theme. Objective support maps each NOUS objective to the need/preference themes that serve "
        "it; « Développer les ventes auprès des écoles de musique et des conservatoires » (\"Grow sales to "
        "music schools and conservatoires\") is supported by no answer in any session. Unserved needs: "
        "AUB1 meeting other guitarists; AUB2 workshop visit and discounts; AUB3 meeting other musicians, "
        "discounts and workshop visit. Brake and convergence themes support no objective and are not "
        "unserved needs. In AUB1, a discount and written reviews are minorities (2 people each), whereas "
        "in AUB2/AUB3 the same ideas are full themes.\n\n")
    t.append(
        "**Files.** `AUB1|AUB2|AUB3.answers.jsonl` (one answer per line: id `<CODE>-Pnn-qk`, participant, "
        "question text, answer), `.objectives.txt` (5 NOUS objectives, one per line), `.truth.json` (labels "
        "as above). `data_aub1.py`, `data_aub2.py`, `data_aub3.py` hold the texts and labels; `gen.py` "
        "writes every file (this README included) deterministically (fixed seeds per session and "
        "question); `validate.py` checks the format rules and that `gen.py` reproduces the files byte for "
        "byte, and prints `OK`. No participant names appear anywhere.\n")
    return "".join(t)


def build_all():
    files = {}
    counts = {}
    for mod in SESSIONS:
        f, n = build_session(mod)
        files.update(f)
        counts[mod.CODE] = n
    files["README.md"] = readme(counts)
    return files


def main():
    for name, content in build_all().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)


if __name__ == "__main__":
    main()
