"""Near oppositions on an antonym axis, completed by the sentence encoder (issue 18, 2b).

An axis of `polarity` (a general antonym pair: "long" / "court", "souvent" / "rarement",
or one of the program's axes) opposes two sides when each holds `MIN_SIDE` participants.
Often only some on one side say its pole word, the others the same thing in their own words
("a long blog post", "in-depth reviews" against "short posts" and "quick shares, a link and
one line"): in one question, the axis then has a full side and a single holder of the other
pole. Such a near opposition is a seed: the clauses of that question that no opposition
took join the side the sentence encoder reads them clearly closer to (`contrast.complete`,
in the engine), and the seed opposes when both sides then hold `MIN_SIDE` participants not
on the other side. Only antonym axes seed: their poles are known opposites, where the two
signs of a word family ("plus de X" / "moins de X") or of a wish may be a lone voice.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.synthesis.model import Answer
from bot.synthesis.polarity import MIN_SIDE, Opposition, signs_of
from bot.synthesis.polarity_words import SESSION_WIDE
from bot.synthesis.text import Clause
from bot.synthesis.vectors import WordVectors

AXES = ("axis:", SESSION_WIDE)


def _people(rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    return {answers[clauses[r].answer_index].participant for r in rows}


def find(
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    vectors: WordVectors | None,
    yes_no_questions: set[str] | None,
    taken: set[int],
) -> list[Opposition]:
    """Near oppositions among `rows` (see the module's doc), none of `taken`, one question
    each, biggest first; a clause seeds one at most."""

    def question(row: int) -> str:
        return answers[clauses[row].answer_index].question

    signs, _, _ = signs_of(rows, clauses, answers, vectors, yes_no_questions)
    candidates: list[tuple[int, str, str, list[int], list[int]]] = []
    for topic, by_row in signs.items():
        if not topic.startswith(AXES):
            continue
        plus = [r for r, s in by_row.items() if s > 0 and r not in taken]
        minus = [r for r, s in by_row.items() if s < 0 and r not in taken]
        for asked in sorted({question(r) for r in plus} & {question(r) for r in minus}):
            first = sorted(r for r in plus if question(r) == asked)
            second = sorted(r for r in minus if question(r) == asked)
            one, other = _people(first, clauses, answers), _people(second, clauses, answers)
            held = sorted((len(one - other), len(other - one)))
            if held[0] == MIN_SIDE - 1 and held[1] >= MIN_SIDE:
                candidates.append((-held[1], topic, asked, first, second))
    candidates.sort(key=lambda c: c[:3])
    result: list[Opposition] = []
    seeded = set(taken)
    for _, topic, _, first, second in candidates:
        if seeded & set(first + second):
            continue
        result.append(Opposition((first, second), topic))
        seeded.update(first + second)
    return result
