"""The few participants who answer in another language than the rest of the session.

Two English speakers in a French workshop share no stem, character n-gram or word-vector
region with the others (the shipped vectors are French): mixed with them, their clauses
group by language, not by idea, and a minority view they hold ends up in one group with
everything else they said. Their clauses are compared among themselves instead, on their
words alone (what they share is their language, so vectors would join them all).
In a workshop run in two languages, each question asked in both, a question's answers are
clustered with its translation's (`translated`). Measured (syn-div) and not kept: the
same for the contrasts of one question (dev12, dev13 unchanged) and for the encoder's
second reading of the groups (`encoded`: dev12 precision .765 -> .768, dev13 .859 -> .857).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from bot.synthesis import contrast, kinds
from bot.synthesis.encoded import Memo
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.themes import cluster

LANGUAGE_MINORITY_SHARE = 0.2  # a language of at most this part of the respondents


def _languages(clauses: Sequence[Clause], answers: Sequence[Answer]) -> dict[str, str]:
    """Each participant's language: that of most of their content words."""
    spoken: dict[str, Counter[str]] = {}
    for clause in clauses:
        person = answers[clause.answer_index].participant
        spoken.setdefault(person, Counter())[clause.language] += len(clause.content) or 1
    return {person: counts.most_common(1)[0][0] for person, counts in spoken.items()}


def speakers(clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    """Participants whose language is that of at most `LANGUAGE_MINORITY_SHARE` of the
    respondents (never the session's main one)."""
    language = _languages(clauses, answers)
    people = Counter(language.values())
    if len(people) < 2:
        return set()
    main = people.most_common(1)[0][0]
    bar = LANGUAGE_MINORITY_SHARE * len(language)
    minor = {lang for lang, n in people.items() if lang != main and n <= bar}
    return {person for person, lang in language.items() if lang in minor}


def groups(rows: Sequence[int], clauses: Sequence[Clause]) -> list[list[int]]:
    """`rows` (the minority-language speakers' clauses) clustered on their words alone."""
    if not rows:
        return []
    local = build([clauses[r] for r in rows], None)
    return [[rows[p] for p in group.rows] for group in cluster(local, range(len(rows)))]


def translated(rows: Mapping[str, list[int]], memo: Memo | None) -> list[list[int]]:
    """`rows` by question, a question's rows joined with its translation's in a bilingual
    workshop (`kinds.translations`, the questions read by the encoder itself): the answers
    to "Qu'attendez-vous du programme ?" and to "What do you expect the program to bring
    you?" speak of one thing and are clustered together."""
    if memo is None:
        return list(rows.values())
    budget = contrast.EncoderBudget(memo.encoder, len(rows))
    return [[r for q in pair for r in rows[q]] for pair in kinds.translations(list(rows), budget)]
