"""Objectives that answers serve in other words than the objective's own.

Participants seldom say the objective's words: "je le dis à mes confrères", "cutting
emissions", "photos of my finished makes" serve "more recommendations", "the greenest way
to get around", "user-generated content", yet share no word with them. The lexicon lists a
few goals of ambassador programs (`objective_paraphrases`): the words an objective names a
goal by, and the words answers serve it with. It is read only for an objective that no
theme supports by its own words (`alignment.support`), and for the answers left out of
every theme that back such an objective when too few name its words (`backing`): a
paraphrase is weaker evidence than a shared word, and an objective its words already link
needs no second guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.synthesis.model import Answer
from bot.synthesis.objective_words import objective_words
from bot.synthesis.polarity import asks_fears
from bot.synthesis.text import Clause, lexicon, stem

LANGUAGES = ("fr", "en")


def _stems(word: str) -> frozenset[str]:
    return frozenset(stem(word, language) for language in LANGUAGES)


@lru_cache(maxsize=1)
def _goals() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(goal stems, said stems) per goal of the lexicon."""
    result = []
    for entry in lexicon()["objective_paraphrases"]:
        goal = frozenset(s for w in entry["goal"] for s in _stems(str(w)))
        said = frozenset(s for w in entry["said"] for s in _stems(str(w)))
        result.append((goal, said))
    return tuple(result)


def serving_stems(objective: str, language: str) -> frozenset[str]:
    """Stems of the words that serve the goals `objective` names (none: no such goal)."""
    named = frozenset(
        s for word, _, _ in objective_words(objective, language) for s in _stems(word)
    )
    return frozenset(s for goal, said in _goals() if goal & named for s in said)


def serving_rows(
    objective: str,
    language: str,
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
) -> list[int]:
    """Rows among `rows` that say a word serving a goal `objective` names, not in answer
    to a question about fears. A clause against something still serves: "less pollution"
    serves a greener city."""
    serving = serving_stems(objective, language)
    if not serving:
        return []
    return [
        r
        for r in rows
        if not serving.isdisjoint(clauses[r].stems)
        and not asks_fears(answers[clauses[r].answer_index].question)
    ]


def serving_themes(
    objective: str,
    language: str,
    theme_rows: Sequence[Sequence[int]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    people: int,
) -> list[int]:
    """Indexes of the themes (their clauses' rows) where at least `people` participants
    say a word that serves a goal `objective` names (`serving_rows`)."""
    if not serving_stems(objective, language):
        return []
    found = []
    for j, rows in enumerate(theme_rows):
        saying = serving_rows(objective, language, rows, clauses, answers)
        if len({answers[clauses[r].answer_index].participant for r in saying}) >= people:
            found.append(j)
    return found
