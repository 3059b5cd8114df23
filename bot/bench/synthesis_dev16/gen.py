#!/usr/bin/env python3
"""Write the synthesis_dev16 set deterministically (no randomness: every answer is hand-written
in data_cdl.py). Usage: python3 gen.py [OUT_DIR]   (default: this folder)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_cdl  # noqa: E402

QUESTIONS = ["q1", "q2", "q3", "q4", "q5"]

LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 58) from DOMAIN.md, the issue and "
         "the format only; it may be read and tuned on).")


def pid_num(p):
    return int(p[1:])


def build(sess):
    code = sess["session"]
    rows = []
    by_label = {}
    for q in QUESTIONS:
        for pid, label, text in sess["answers"][q]:
            aid = "%s-%s-%s" % (code, pid, q)
            rows.append((pid_num(pid), QUESTIONS.index(q), {
                "id": aid, "participant": pid, "question": sess["questions"][q], "answer": text}))
            by_label.setdefault(label, []).append((pid_num(pid), q, aid))
    rows.sort(key=lambda r: (r[0], r[1]))

    def ids(label):
        return [a for _, _, a in sorted(by_label.get(label, []), key=lambda t: (t[1], t[0]))]

    objs = sess["objectives"]
    truth = {
        "session": code,
        "lang": sess["lang"],
        "client": data_cdl.CLIENT,
        "title": sess["title"],
        "themes": [{"key": k, "kind": kind, "description": desc, "answer_ids": ids(k)}
                   for k, (kind, desc) in sess["themes"].items()],
        "oppositions": [{
            "key": sess["opposition"]["key"],
            "description": sess["opposition"]["description"],
            "sides": [{"label": lab, "answer_ids": ids(k)} for k, lab in sess["opposition"]["sides"]],
        }],
        "minorities": [{"key": k, "description": d, "answer_ids": ids(k)}
                       for k, d in sess["minorities"].items()],
        "objective_support": {objs[i]: keys for i, keys in sorted(sess["objective_support"].items())},
        "unsupported_objectives": [objs[i] for i, keys in sorted(sess["objective_support"].items()) if not keys],
        "unserved_needs": list(sess["unserved_needs"]),
        "noise_answer_ids": ids("noise"),
        "note": sess["note"],
    }
    answers = "".join(json.dumps(r[2], ensure_ascii=False) + "\n" for r in rows)
    objectives = "".join(o + "\n" for o in objs)
    truth_s = json.dumps(truth, ensure_ascii=False, indent=2) + "\n"
    return {
        code + ".answers.jsonl": answers,
        code + ".objectives.txt": objectives,
        code + ".truth.json": truth_s,
    }, len(rows)


def readme(stats):
    lines = [LINE1, ">", "",
             "# synthesis_dev16 — JE workshop answers, terse form style (Cordalia)", "",
             "| code | language | participants | answers |",
             "|---|---|---|---|"]
    for code, lang, n, a in stats:
        lines.append("| %s | %s | %d | %d |" % (code, lang, n, a))
    lines += ["",
              "**Client.** Cordalia (fictitious), a French company that rents musical instruments "
              "(violins, cellos, guitars, digital pianos) to pupils, their parents and adult beginners, "
              "with rent-to-own options and lutherie workshops in Lyon, Nantes and Lille. Sector: "
              "musical-instrument rental and lutherie. Ambassadors are renting parents and adult learners. "
              "Name to declare: `Cordalia` (the only proper name; no person is named in any answer).",
              "",
              "**Flavour.** Terse answers, as typed into a form in a hurry: most are 1–6 words (keyword "
              "lists, fragments, single nouns, abbreviations such as `w/`, `tbh`, `IRL`, `svp`, `-15%`), "
              "non-answers (`idem`, `rien`, `n/a`, `?`, `-`, `bof`, `meh`) and a few one- or two-sentence "
              "answers. Each planted theme is worded differently by each participant (e.g. `réduc sur la "
              "location` / `geste commercial au renouvellement` / `-10% sur le loyer du violon`). "
              "CDL1 is French, CDL2 English, CDL3 has French questions with 7 participants answering in "
              "English. Participants skip questions (CDL2 P20 answers one question only; CDL3 P38 two).",
              "",
              "**Labels.** Every answer id is labelled exactly once: a theme (3+ distinct participants; "
              "kind need for q1, brake for q2, preference for q3, convergence for q4), a side of the one "
              "q5 opposition, a minority (exactly 2 participants; 2 / 3 / 5 per session over q1–q4), or "
              "noise (no opinion, `idem`, `peu importe`, `depends`, `no idea`). `idem` is always noise: it "
              "carries no content of its own. Objectives come from a hypothetical NOUS workshop; "
              "`objective_support` lists the theme keys whose answers serve each objective (brake and "
              "channel/time themes support none). Each session has one objective no answer supports "
              "(conservatoires via teachers; converting rentals into purchases; local press) and at least "
              "one need no objective serves (visiting the workshop; community and early access; early "
              "access and learning from luthiers). Traps are listed in each truth file's `note` (e.g. "
              "`Par mail, je ne lis jamais les SMS.` is email; `email (not calls)` is not the phone-call "
              "minority; `no idea` on a yes/no question is noise; `Rien ne remplace une vraie rencontre…` "
              "is the in-person side).",
              "",
              "**Files.** `<CODE>.answers.jsonl` (one answer per line: id, participant, question, answer; "
              "ordered by participant then question), `<CODE>.objectives.txt` (5 objectives), "
              "`<CODE>.truth.json` (labels as in the format). `data_cdl.py` holds the hand-written answers "
              "and labels; `gen.py` writes every file including this README (no randomness); "
              "`validate.py` checks the format rules and that `gen.py` reproduces the files byte for byte, "
              "and prints `OK`.",
              ""]
    return "\n".join(lines)


def generate():
    files = {}
    stats = []
    for sess in data_cdl.SESSIONS:
        f, n_ans = build(sess)
        files.update(f)
        stats.append((sess["session"], sess["lang"], sess["n"], n_ans))
    files["README.md"] = readme(stats)
    return files


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    for name, content in sorted(generate().items()):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)


if __name__ == "__main__":
    main()
