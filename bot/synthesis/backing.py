"""Clauses left out of every theme that back an objective no theme supports (`engine.back`):
those that say one of its specific words, from at least `SUPPORT_PEOPLE` participants;
when too few say its words, those that serve it in other words (`objective_paraphrase`),
unless a theme already serves it in other words (a paraphrase is weaker evidence than the
objective's own words: left-out answers that say them come first, in other words a theme
does).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.synthesis import objective_paraphrase as paraphrase
from bot.synthesis.alignment import SUPPORT_PEOPLE
from bot.synthesis.features import Features
from bot.synthesis.model import Answer
from bot.synthesis.objective_words import WORD_MATCH, Meeting, generic_stems
from bot.synthesis.polarity import asks_fears
from bot.synthesis.text import Clause
from bot.synthesis.vectors import WordVectors


def _backers(
    objective: str,
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
    in_other_words: bool = True,
) -> list[int]:
    """Rows among `rows` that say one of `objective`'s specific words (`WORD_MATCH` or
    closer), neither refusing nor fearing it, however many people say them; when fewer
    than `SUPPORT_PEOPLE` do and `in_other_words`, those that serve it in other words, if
    enough do."""
    kept = [
        r
        for r in rows
        if not clauses[r].against and not asks_fears(answers[clauses[r].answer_index].question)
    ]
    reader = Meeting(clauses, kept, features, vectors, language, generic_stems(clauses, answers))
    found = reader.rows(objective)
    said = [] if found is None else [r for r, met in found[0].items() if met.max() >= WORD_MATCH]
    if in_other_words and _people(said, clauses, answers) < SUPPORT_PEOPLE:
        served = paraphrase.serving_rows(objective, language, rows, clauses, answers)
        if _people(served, clauses, answers) >= SUPPORT_PEOPLE:
            return sorted(served)
    return sorted(said)


def _people(rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> int:
    return len({answers[clauses[r].answer_index].participant for r in rows})


def backing(
    objective: str,
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
) -> list[int]:
    """Rows among `rows` that back `objective`: those that say one of its specific words
    (`WORD_MATCH` or closer), neither refusing nor fearing it, when they come from at least
    `SUPPORT_PEOPLE` participants (as a theme supports an objective); else []. Clauses
    left out of every theme may still back an objective that no theme supports."""
    shared = shared_backing([objective], rows, clauses, answers, features, vectors, language)
    return shared.get(objective, [])


def shared_backing(
    objectives: Sequence[str],
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
    paraphrased: Collection[str] | None = None,
) -> dict[str, list[int]]:
    """`backing` for several objectives sharing out one pool of `rows`, each row backing one
    objective at most: an answer that names words of two objectives ("l'équipe de la
    boutique": a team, a shop) goes first to the objective fewest people back, so that one
    objective taking it first does not leave another short of `SUPPORT_PEOPLE` when both
    could be backed. An objective too few people back takes no row. In `objectives`' order.
    `paraphrased`: the objectives backed in other words too (default: all)."""
    saying = {
        o: _backers(
            o,
            rows,
            clauses,
            answers,
            features,
            vectors,
            language,
            paraphrased is None or o in paraphrased,
        )
        for o in objectives
    }
    order = sorted(
        range(len(objectives)),
        key=lambda i: (_people(saying[objectives[i]], clauses, answers), i),
    )
    used: set[int] = set()
    backed: dict[int, list[int]] = {}
    for i in order:
        free = [r for r in saying[objectives[i]] if r not in used]
        if _people(free, clauses, answers) >= SUPPORT_PEOPLE:
            backed[i] = free
            used.update(free)
    return {objectives[i]: backed[i] for i in sorted(backed)}
