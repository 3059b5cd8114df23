#!/usr/bin/env python3
"""Writes the synthesis_heldout33 set (sessions BUS1, BUS2, BUS3). Standard library only."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_s12 import S1, S1_OBJ, S1_SUPPORT, S1_UNSERVED, S2, S2_OBJ, S2_SUPPORT, S2_UNSERVED
from data_s3 import S3, S3_OBJ, S3_SUPPORT, S3_UNSERVED

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = "Autocars Ferrandon (Annecy, Haute-Savoie): lignes régulières et excursions; programme Copilotes Ferrandon"
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 60) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")

SESSIONS = [
    ("BUS1", "fr", 12, S1, S1_OBJ, S1_SUPPORT, S1_UNSERVED,
     "JE Copilotes Ferrandon, abonnés des lignes régulières (atelier du soir, gare routière d'Annecy)"),
    ("BUS2", "en", 24, S2, S2_OBJ, S2_SUPPORT, S2_UNSERVED,
     "JE Copilotes Ferrandon, English-speaking cross-border commuters (Annecy-Geneva lines)"),
    ("BUS3", "mixed", 38, S3, S3_OBJ, S3_SUPPORT, S3_UNSERVED,
     "JE Copilotes Ferrandon, clients excursions (retraités, clubs, résidents anglophones)"),
]


def build(code, lang, n, data, objs, support, unserved, title, seed):
    rnd = random.Random(seed)
    parts = ["P%02d" % i for i in range(1, n + 1)]
    en_parts = set(rnd.sample(parts, 12)) if lang == "mixed" else set()
    answers, themes, minorities, noise, opp = [], [], [], [], None
    for q in ["q1", "q2", "q3", "q4", "q5"]:
        groups = data[q]
        items = [(gi, t) for gi, g in enumerate(groups) for t in g[4]]
        assert len(items) == n, (code, q, len(items))
        if lang == "mixed":
            en_items = [it for it in items if it[1].startswith("EN:")]
            fr_items = [it for it in items if not it[1].startswith("EN:")]
            assert len(en_items) == 12, (code, q, len(en_items))
            ep = sorted(en_parts); fp = [p for p in parts if p not in en_parts]
            rnd.shuffle(ep); rnd.shuffle(fp)
            pairs = list(zip(ep, en_items)) + list(zip(fp, fr_items))
        else:
            pp = parts[:]; rnd.shuffle(pp)
            pairs = list(zip(pp, items))
        ids_by_group = {}
        for p, (gi, text) in pairs:
            text = text[3:] if text.startswith("EN:") else text
            aid = "%s-%s-%s" % (code, p, q)
            answers.append({"id": aid, "participant": p, "question": q, "answer": text})
            ids_by_group.setdefault(gi, []).append(aid)
        sides = []
        for gi, (typ, key, kind, desc, _) in enumerate(groups):
            ids = sorted(ids_by_group[gi])
            if typ == "theme":
                themes.append({"key": key, "kind": kind, "description": desc, "answer_ids": ids})
            elif typ == "minority":
                minorities.append({"key": key, "description": desc, "answer_ids": ids})
            elif typ == "noise":
                noise.extend(ids)
            elif typ == "side":
                sides.append({"label": kind, "key": key, "answer_ids": ids})
        if sides:
            opp = {"question": q, "sides": sides}
    answers.sort(key=lambda a: (a["participant"], a["question"]))
    truth = {
        "session": code, "lang": lang, "client": CLIENT, "title": title,
        "themes": themes, "oppositions": [opp], "minorities": minorities,
        "objective_support": {objs[i]: support[i] for i in range(len(objs))},
        "unsupported_objectives": [objs[i] for i in range(len(objs)) if not support[i]],
        "unserved_needs": unserved,
        "noise_answer_ids": sorted(noise),
        "note": ("Objectives are written in marketing/management jargon; the themes serving them use everyday words. "
                 "Answers sharing surface words with the unsupported objective (avis/review, partager/engagement/réseaux) "
                 "are brakes or other needs and do NOT support it. Unserved needs are phrased close to an objective's words "
                 "(réseau/réseaux, review/content, recommander) but ask for something no objective covers. "
                 "Brake and practical themes support no objective and are not unserved needs."
                 + (" Mixed session: 12 English-speaking participants answer in English, the others in French." if lang == "mixed" else "")),
    }
    d = os.path.join(HERE, code); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "answers.jsonl"), "w", encoding="utf-8") as f:
        for a in answers:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(d, "objectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(objs) + "\n")
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2); f.write("\n")
    return len(answers)


README = LINE1 + """
>

# synthesis_heldout33: JE synthesis set, regional coach and bus company (jargon objectives, plain-word needs)

| Session | Language | Participants | Answers |
|---|---|---|---|
| BUS1 | French | 12 | 60 |
| BUS2 | English | 24 | 120 |
| BUS3 | mixed (26 French, 12 English speakers) | 38 | 190 |

Client: Autocars Ferrandon, a fictitious regional coach and bus company based in Annecy (Haute-Savoie): lignes régulières (including cross-border lines to Geneva) and day excursions. Its ambassador program is "Copilotes Ferrandon"; ambassadors are "les Copilotes". BUS1 gathers French-speaking regular-line subscribers, BUS2 English-speaking cross-border commuters, BUS3 excursion customers (retirees, club members, English-speaking residents).

Flavour: the five NOUS objectives of each session are written in strategy jargon (taux de recommandation, NPS, acquisition, parrainage, co-création, rétention, UGC, advocacy, leads B2B, notoriété, engagement) that participants never use; served objectives are served by themes said in everyday words ("dire du bien de la ligne à mes collègues", "bring friends on a trip", "tenir un stand au forum des associations"). Each unsupported objective shares surface words with answers that do not support it: BUS1 "avis en ligne" vs participants giving their "avis" (opinion) on timetables or refusing to post reviews; BUS2 "online review volume" vs "review the new timetables" and "I don't write online reviews"; BUS3 "engagement et partages sur nos réseaux sociaux" vs "pas d'engagement sur un an", "partager mes idées de circuits", "je ne suis pas sur les réseaux". Unserved needs are phrased close to an objective's words: BUS1 a "réseau mieux connecté" (TER connections) next to the "réseaux sociaux" objective; BUS2 "have a say / review timetables" and "wifi to stream content" next to the review and UGC objectives; BUS3 "que le guide nous recommande des adresses" next to the "taux de recommandation" objective, plus accessibility for older passengers.

Labels: every answer is labelled exactly once (theme, opposition side, minority or noise). Refusals to post reviews or to be on social media are brake themes, never support for the online objectives. Answers using "avis", "review", "partager", "engagement", "réseau", "recommander" in their everyday sense are labelled by what they ask for, not by the word. "Recommander vos cars à la paroisse" (BUS3) is labelled with the club/association lead theme (pref_club), since it is about bringing a group. Helping newcomers on board and multi-day tours are minorities (exactly 2 participants) and support no objective. Brake and practical themes support no objective and are not unserved needs. Off-topic remarks (a late coach, broken air conditioning, packed coach, lunch question) and "don't know" answers are noise. q5 oppositions: BUS1 a visible Copilote badge in the coach (for/against), BUS2 points and a public leaderboard (for/against), BUS3 individual vs collective benefits.

Files: `gen.py` writes every session from `data_s12.py` and `data_s3.py` (deterministic, fixed seeds); `validate.py` checks the format's constraints and prints `OK`. Per session folder (`BUS1`, `BUS2`, `BUS3`): `answers.jsonl` (one answer per line: id, participant, question, answer), `objectives.txt` (5 NOUS objectives), `truth.json` (themes, opposition, minorities, objective support, unsupported objectives, unserved needs, noise ids, note).
"""

if __name__ == "__main__":
    total = 0
    for i, s in enumerate(SESSIONS):
        total += build(*s, seed=3300 + i)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README)
    print("wrote %d answers" % total)
