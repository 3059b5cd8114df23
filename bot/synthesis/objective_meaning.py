"""An objective worded in the program's terms, served by a theme worded in the participants'.

"Invest in the professional growth of our clinicians" and "CE credits for my licence", or
"Recueillir des idées d'amélioration" and "avoir mon mot à dire sur le prochain modèle",
share no word and no goal of the lexicon (`objective_paraphrase`). For an objective that
no theme supports once the alignment is final (`alignment.in_meaning`), the sentence
encoder reads the objective and a few participants of each theme: a theme whose
`people`-th closest participant stands `STAND_OUT` spreads above the workshop's background
(how close the objective is to every answer the encoder read, as in `objective_reading`),
and `LEAD` spreads above every other theme, serves it. The encoder alone is a weak judge
(`objective_reading`): only one theme, clearly apart from all others, may link an
objective so; an objective whose subject no answer mentions has no such theme. (Read
only on the final alignment: on earlier ones, before left-out answers back a theme of
their own, measured on the dev sets, the encoder linked an objective to a need no
objective serves.)

Texts read here are encoded apart from what the synthesis' memo read (its centre and the quotes
it orders stay as they were: `Memo.apart`), at most `BUDGET` new ones a call.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.synthesis.encoded import TEXT_CHARS, Memo
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.themes import shorten

BUDGET = 24  # new answers read a call (about 0.6 s on one core)
PER_THEME = 3  # participants read per theme
MIN_BACKGROUND = 12  # fewer answers read: no fair background
STAND_OUT = 1.5  # spreads above the background
LEAD = 0.5  # spreads above the next theme


def _people(
    rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> dict[str, list[str]]:
    """Per participant of a theme, the texts of their answers it cites."""
    who: dict[str, list[str]] = {}
    for index in sorted({clauses[r].answer_index for r in rows}):
        answer = answers[index]
        text = shorten(answer.text, TEXT_CHARS)
        if text not in who.get(answer.participant, []):
            who.setdefault(answer.participant, []).append(text)
    return who


def serving(
    objectives: Sequence[str],
    wanted: Sequence[int],
    theme_rows: Sequence[Sequence[int]],
    allowed: np.ndarray,
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    memo: Memo | None,
    people: int,
) -> dict[int, int]:
    """For the objectives `wanted` (indexes), the one theme each that serves it in meaning
    (module doc); `allowed`: objectives × themes that may link."""
    if memo is None or not wanted or not theme_rows or len(memo.read) < MIN_BACKGROUND:
        return {}
    picked: list[dict[str, list[str]]] = []
    new: dict[str, None] = {}
    for rows in theme_rows:
        who = _people(rows, clauses, answers)
        order = sorted(who, key=lambda p: (any(t not in memo.read for t in who[p]), p))
        chosen: dict[str, list[str]] = {}
        for person in order[:PER_THEME]:
            unread = [t for t in who[person] if t not in memo.read and t not in memo.aside]
            unread = [t for t in unread if t not in new]
            if len(new) + len(unread) > BUDGET:
                break
            new.update(dict.fromkeys(unread))
            chosen[person] = who[person]
        picked.append(chosen)
    texts = sorted({t for chosen in picked for said in chosen.values() for t in said})
    vectors = dict(zip(texts, memo.apart(texts), strict=True)) if texts else {}
    background = np.stack(list(memo.read.values()))
    goals = memo.apart([objectives[i] for i in wanted])
    found: dict[int, int] = {}
    for k, i in enumerate(wanted):
        near = goals[k] @ background.T
        mean, spread = float(near.mean()), max(float(near.std()), 1e-6)
        scores: list[tuple[float, int]] = []
        for j, chosen in enumerate(picked):
            if len(chosen) < people:
                continue
            closest = sorted(
                (max(float(goals[k] @ vectors[t]) for t in texts) for texts in chosen.values()),
                reverse=True,
            )
            scores.append(((closest[people - 1] - mean) / spread, j))
        scores.sort(reverse=True)
        if not scores or not allowed[i, scores[0][1]] or scores[0][0] < STAND_OUT:
            continue
        if len(scores) > 1 and scores[0][0] - scores[1][0] < LEAD:
            continue
        found[i] = scores[0][1]
    return found
