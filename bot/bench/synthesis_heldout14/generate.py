"""Deterministic generator of the held-out synthesis set (issue 18). Stdlib only.

Run: python generate.py  -> writes X.answers.jsonl, X.objectives.txt, X.truth.json, README.md here.
Participants are assigned to answers by a seeded search so that each participant answers 3-4
distinct questions, a bucket never holds two answers of the same participant, and nobody sits
on both sides of an opposition. Ids follow participant order, so ids reveal nothing about buckets.
"""

import json
import random
from pathlib import Path

from sessions_data import SESSIONS

HERE = Path(__file__).resolve().parent
HEADER = ("> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 41) from DOMAIN.md, issue 18 "
          "and the format only, without reading the project's code, tests or other data sets. "
          "Do not tune anything on it.")


def flatten(session):
    """List of dicts: one per answer, with bucket info."""
    rows = []
    for kind, key, _desc, extra, answers in session["buckets"]:
        group = extra[0] if kind == "side" else (key or "noise")
        for q, text, flags in answers:
            rows.append({"kind": kind, "key": key, "group": group, "q": q, "text": text, "flags": flags})
    return rows


def assign(session, seed):
    """Return a participant index per row, or None if this seed's greedy pass fails."""
    rows = flatten(session)
    n = len(session["names"])
    rng = random.Random(seed)
    order = list(range(len(rows)))
    rng.shuffle(order)
    qcount = {}
    for r in rows:
        qcount[r["q"]] = qcount.get(r["q"], 0) + 1
    # most crowded questions and biggest groups first
    gsize = {}
    for r in rows:
        gsize[r["group"]] = gsize.get(r["group"], 0) + 1
    order.sort(key=lambda i: (-qcount[rows[i]["q"]], -gsize[rows[i]["group"]]))
    load = [0] * n
    qs = [set() for _ in range(n)]
    groups = [set() for _ in range(n)]
    who = [None] * len(rows)
    total = len(rows)
    for i in order:
        r = rows[i]
        cand = [p for p in range(n) if load[p] < 4 and r["q"] not in qs[p] and r["group"] not in groups[p]]
        if not cand:
            return None
        low = min(load[p] for p in cand)
        cand = [p for p in cand if load[p] == low]
        p = rng.choice(cand)
        who[i] = p
        load[p] += 1
        qs[p].add(r["q"])
        groups[p].add(r["group"])
    if min(load) < 3 or sum(load) != total:
        return None
    return rows, who


def build(session):
    for seed in range(1000, 100000):
        res = assign(session, seed)
        if res:
            break
    else:
        raise SystemExit(f"no assignment for {session['code']}")
    rows, who = res
    code = session["code"]
    qorder = ["q1", "q2", "q3", "q4"]
    idx = sorted(range(len(rows)), key=lambda i: (who[i], qorder.index(rows[i]["q"])))
    answers = []
    for k, i in enumerate(idx, start=1):
        rows[i]["id"] = f"{code}-{k:03d}"
        rows[i]["participant"] = session["names"][who[i]]
        answers.append({"id": rows[i]["id"], "participant": rows[i]["participant"],
                        "question": session["questions"][rows[i]["q"]], "answer": rows[i]["text"]})
    return rows, answers


def truth_of(session, rows):
    def ids(kind, key):
        return sorted(r["id"] for r in rows if r["kind"] == kind and r["key"] == key)

    themes, minorities, opps = [], [], {}
    for kind, key, desc, extra, _answers in session["buckets"]:
        if kind == "theme":
            themes.append({"key": key, "kind": "convergence", "description": desc,
                           "answer_ids": ids(kind, key)})
        elif kind == "minority":
            minorities.append({"key": key, "description": desc, "answer_ids": ids(kind, key)})
        elif kind == "side":
            okey, odesc = extra
            opp = opps.setdefault(okey, {"key": okey, "description": odesc, "sides": []})
            opp["sides"].append({"label": desc, "answer_ids": ids(kind, key)})
    supported = {k for v in session["support"].values() for k in v}
    return {
        "session": session["code"],
        "lang": session["lang"],
        "themes": themes,
        "oppositions": list(opps.values()),
        "minorities": minorities,
        "objective_support": [{"objective": o, "themes": t} for o, t in session["support"].items()],
        "unsupported_objectives": session["unsupported"],
        "unserved_needs": [t["key"] for t in themes if t["key"] not in supported],
        "noise_answer_ids": sorted(r["id"] for r in rows if r["kind"] == "noise"),
    }


def readme(parts):
    out = [HEADER, "", "# Synthesis held-out set 14 (issue 18)", "",
           "Three invented JE-workshop sessions with planted ground truth, for `ambassade bench synthesis`.",
           "Regenerate with `python generate.py`; check with `python validate.py` (exit 0 = valid).",
           "Content lives in `sessions_data.py`; participant assignment is seeded and deterministic.", "",
           "## Sessions", "",
           "| code | lang | client | participants | answers | themes | oppositions | minorities | noise |",
           "|---|---|---|---|---|---|---|---|---|"]
    for session, rows, truth in parts:
        out.append(f"| {session['code']} | {session['lang']} | {session['client']} | "
                   f"{len({r['participant'] for r in rows})} | {len(rows)} | {len(truth['themes'])} | "
                   f"{len(truth['oppositions'])} | {len(truth['minorities'])} | "
                   f"{len(truth['noise_answer_ids'])} |")
    out += ["", "## Traps", "",
            "- **Varied wording**: a theme's answers share few words (paraphrases, slang, concrete examples, "
            "typos, emoji, FR/EN in the mixed session); `validate.py` bounds word overlap inside each theme.",
            "- **Oppositions without negation**: every opposition is two incompatible wishes "
            "(seen vs backstage; in person vs remote; template vs own words; closed circle vs open door; "
            "modern vs heritage look). "
            "No side is the negation of the other, and several have no negation word at all.",
            "- **Look-alike minorities**: small ideas close to a big theme but distinct (see table below).",
            "- **Objective in foreign words**: one supported objective per session shares no word stem "
            "with any answer of the session (listed below).",
            "- **Two ideas in one answer**: filed under the main idea only (listed below); a tool may "
            "legitimately also cite them for the second idea, so score these leniently for attribution.",
            "- **Noise**: `rien`, `n/a`, `?`, jokes, off-topic questions, emoji only.",
            "- **Unsupported objective**: its subject (Google reviews, referrals, supermarket listing) "
            "appears in no answer.", ""]
    for session, rows, truth in parts:
        out.append(f"### {session['code']}")
        out.append("")
        out.append(f"- objective in words never used: {session['never_used']}")
        out.append(f"- unsupported objective: {truth['unsupported_objectives'][0]}")
        out.append(f"- unserved needs: {', '.join(truth['unserved_needs'])}")
        for kind, key, _desc, extra, _a in session["buckets"]:
            if kind == "minority" and extra:
                out.append(f"- minority `{key}` resembles theme `{extra}`")
        two = sorted(r["id"] for r in rows if "two" in r["flags"])
        out.append(f"- two-idea answers: {', '.join(two)}")
        out.append("")
    out += ["## Files", "",
            "- `X.answers.jsonl`, `X.objectives.txt`, `X.truth.json` per session (format of issue 18).",
            "- `sessions_data.py` (content), `generate.py`, `validate.py`.", ""]
    return "\n".join(out)


def main():
    parts = []
    for session in SESSIONS:
        rows, answers = build(session)
        code = session["code"]
        with open(HERE / f"{code}.answers.jsonl", "w", encoding="utf-8") as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        objectives = "\n".join(session["objectives"]) + "\n"
        (HERE / f"{code}.objectives.txt").write_text(objectives, encoding="utf-8")
        truth = truth_of(session, rows)
        (HERE / f"{code}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
        parts.append((session, rows, truth))
        print(f"{code}: {len(answers)} answers, {len({a['participant'] for a in answers})} participants")
    (HERE / "README.md").write_text(readme(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
