"""A theme one participant short of supporting an objective, completed by a clause left
out of every theme.

The clustering often splits one idea worded in many ways ("une attestation officielle",
"un certificat", "qu'on reconnaisse mon rôle") into several small themes and leaves some
of its answers out of every theme; an objective that the idea serves then meets one
participant per theme and no theme supports it. For such an objective only
(`alignment.support`, its third result), a theme where one participant meets it is
completed by a clause of an answer no theme cites, to one of the theme's questions, from
another participant, that names another specific word of the objective by its stem, its
family or its translation (not only a close word vector). Two people naming two words of
the objective say more than one word said twice (a homonym, a word in passing); measured
on the planted sets, requiring another word keeps every truly unsupported objective
unsupported, where any word (or the same word) linked one on held-out set 3.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.synthesis.model import Answer
from bot.synthesis.polarity import asks_fears
from bot.synthesis.text import Clause


def free_clauses(
    clauses: Sequence[Clause], answers: Sequence[Answer], taken: set[int], cited: set[int]
) -> list[int]:
    """Clauses of answers no theme cites (`cited`: answer indexes; `taken`: clauses of the
    themes), neither refusing nor answering a question about fears."""
    return [
        r
        for r, clause in enumerate(clauses)
        if r not in taken
        and clause.answer_index not in cited
        and not clause.against
        and not asks_fears(answers[clause.answer_index].question)
    ]


def completes(
    rows: Sequence[int],
    said: np.ndarray,
    meeting: set[str],
    free: Sequence[int],
    met: dict[int, np.ndarray],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    named: float,
) -> bool:
    """Whether one of `free` completes the theme of `rows`: `meeting`, its participants
    who meet the objective, and `said`, which of its words they say; `met`: how well each
    clause meets each word; `named`: the least match that names a word (a shared stem,
    family or translation)."""
    asked = {answers[clauses[r].answer_index].question for r in rows}
    for r in free:
        answer = answers[clauses[r].answer_index]
        if r not in met or answer.question not in asked or answer.participant in meeting:
            continue
        if ((met[r] >= named) & ~said).any():
            return True
    return False
