"""Which questions of a session ask yes or no: most of their answers open with "Oui." or
"No." (a bare yes or no then says something, and yes and no answers oppose)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from bot.synthesis.model import Answer
from bot.synthesis.polarity import MIN_SIDE
from bot.synthesis.polarity_words import verdict
from bot.synthesis.text import Clause

YES_NO_SHARE = 0.4  # a question whose answers open with yes or no this often asks yes/no


def opens_with_yes_or_no(clause: Clause) -> bool:
    """A bare "Oui." or "No." (or a verdict: "Génial.", "Contre.") says something to a
    yes/no question."""
    return clause.start == 0 and verdict(clause.words) != 0


def yes_no_questions(clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    """Questions most participants answer with yes or no first."""
    opened: dict[str, set[str]] = defaultdict(set)
    everyone: dict[str, set[str]] = defaultdict(set)
    for clause in clauses:
        answer = answers[clause.answer_index]
        everyone[answer.question].add(answer.participant)
        if opens_with_yes_or_no(clause):
            opened[answer.question].add(answer.participant)
    return {
        q
        for q, people in everyone.items()
        if len(opened[q]) >= 2 * MIN_SIDE and len(opened[q]) >= YES_NO_SHARE * len(people)
    }
