"""Oppositions of amount: how much time or effort each answer of one question offers
(issue 18, 2b).

Answers to "how much time could you give?" rarely negate one another: one says "une heure
par mois, grand max", another "autant qu'il faudra". Each clause is read for general words
of degree and frequency (`lexicon.yaml`, `amount`): a little (-1) or a lot (+1), a word of
"a lot" just after a negation saying a little ("not much", "pas beaucoup"), and a cap
("grand max", "tops") making the whole clause a little. Within one question, the clauses
that offer a little oppose those that offer a lot when each side holds `MIN_SIDE`
participants not on the other and the marked clauses come from at least `MIN_COVERAGE` of
the question's participants (an amount is then what the question is about, not an aside).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, Protocol

from bot.synthesis import alignment, alternatives, contrast, kinds, polarity
from bot.synthesis.encoded import Memo, SentenceVectors
from bot.synthesis.model import Answer, Theme
from bot.synthesis.polarity_words import lists
from bot.synthesis.text import Clause, lexicon, strip_accents, tokens

MIN_SIDE = 2
MIN_COVERAGE = 0.5
NEGATION_WINDOW = 2  # tokens before a word of "a lot" in which a negation turns it


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(strip_accents(word.lower()) for word, _, _ in tokens(text))


@lru_cache(maxsize=1)
def _phrases() -> dict[str, frozenset[tuple[str, ...]]]:
    """By kind ("cap", "low", "high"): the phrases of `lexicon.yaml`, `amount`, as tokens."""
    data = lexicon()["amount"]
    return {
        kind: frozenset(_phrase(str(p)) for words in data[kind].values() for p in words)
        for kind in ("cap", "low", "high")
    }


def _found(words: Sequence[str], phrase: tuple[str, ...]) -> list[int]:
    """Start indices of `phrase` in `words`."""
    size = len(phrase)
    if not size:
        return list(range(len(words) + 1))
    first = phrase[0]
    return [
        i
        for i in range(len(words) - size + 1)
        if words[i] == first and tuple(words[i : i + size]) == phrase
    ]


def sign(words: Sequence[str]) -> int:
    """-1 when the words offer a little, +1 a lot, 0 when they say neither or both."""
    phrases = _phrases()
    if any(_found(words, p) for p in phrases["cap"]):
        return -1
    negations = lists().negations
    score = 0
    for kind, value in (("low", -1), ("high", 1)):
        for phrase in phrases[kind]:
            for start in _found(words, phrase):
                before = words[max(0, start - NEGATION_WINDOW) : start]
                turned = value > 0 and any(w in negations for w in before)
                score += -value if turned else value
    return (score > 0) - (score < 0)


def opposition(
    rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> tuple[list[int], list[int]] | None:
    """(a little, a lot): the clauses of `rows` (one question) on each side, or None when
    the question's answers are not an opposition of amount."""
    little: list[int] = []
    much: list[int] = []
    for row in rows:
        value = sign(clauses[row].words)
        if value:
            (much if value > 0 else little).append(row)
    person = {r: answers[clauses[r].answer_index].participant for r in rows}
    few = {person[r] for r in little}
    many = {person[r] for r in much}
    if len(few - many) < MIN_SIDE or len(many - few) < MIN_SIDE:
        return None
    if len(few | many) < MIN_COVERAGE * len(set(person.values())):
        return None
    both = few & many  # one who says both ways takes neither side
    return (
        [r for r in little if person[r] not in both],
        [r for r in much if person[r] not in both],
    )


class Builder(Protocol):
    """What `oppose` needs of the synthesis under construction (`engine._Builder`)."""

    clauses: list[Clause]
    answers: list[Answer]
    themes: list[tuple[Theme, list[int]]]
    respondents: int
    encoder: Memo | None

    def question_rows(self) -> dict[str, list[int]]: ...
    def _remade(self, index: int, rows: list[int], respondents: int) -> list[Any]: ...
    def _replace(self, remade: Mapping[int, list[Any]]) -> None: ...
    def _opposition(self, opposition: contrast.Opposition) -> None: ...


def oppose(builder: Builder, by_kind: bool = False) -> bool:
    """Oppositions of amount, or else between the alternatives a question offers
    (`alternatives`), made last, of each question's clauses no opposition took: the
    themes they were in are made again without them (so the groups made before, and what
    the sentence encoder read for them, stay as they were); whether one was made.
    `by_kind`: instead, oppositions between two alternatives of one kind (`kinds`) in the
    questions that hold neither of the others, then in a question with its translation
    (made before a small workshop's groups, which they would otherwise split)."""
    made = False
    raw = builder.encoder.encoder if builder.encoder is not None else None
    budget = contrast.EncoderBudget(raw, kinds.READ_BUDGET)
    asked = builder.question_rows()
    groups = [[q] for q in asked]
    if by_kind:  # then a question with its translation, when neither opposed alone
        groups += [pair for pair in kinds.translations(list(asked), budget) if len(pair) > 1]
    for group in groups:
        if any(polarity.asks_fears(q) for q in group):
            continue  # there, naming a thing is fearing it
        rows = [r for q in group for r in asked[q]]
        taken = {r for theme, members in builder.themes if theme.sides for r in members}
        if taken & set(rows):
            continue  # an opposition splits the question already: the rest is one side's
        explicit = [_explicit(builder, q, asked[q], raw) for q in group]
        if by_kind:
            if any(found is not None for found in explicit):
                continue
            sides = kinds.sides(rows, builder.clauses, builder.answers, builder.encoder, budget)
        else:
            sides = explicit[0]
        if sides is None:
            continue
        moved = set(sides[0] + sides[1])
        remade = {
            index: builder._remade(index, kept, builder.respondents) if kept else []
            for index, (_, members) in enumerate(builder.themes)
            if (kept := [r for r in members if r not in moved]) != members
        }
        builder._replace(remade)
        builder._opposition(contrast.Opposition(sides))
        made = True
    return made


def _explicit(
    builder: Builder, question: str, rows: list[int], raw: SentenceVectors | None
) -> tuple[list[int], list[int]] | None:
    """The opposition of amount of the question's `rows`, or else of the alternatives it
    offers; none in a question of needs ("pas le temps" is a lack there, not an offer).
    The raw encoder, not the memo: what the memo read centres the quotes' reading."""
    if alignment.is_need_question(question):
        return None
    sides = opposition(rows, builder.clauses, builder.answers)
    if sides is None:
        sides = alternatives.sides(question, rows, builder.clauses, builder.answers, raw)
    return sides
