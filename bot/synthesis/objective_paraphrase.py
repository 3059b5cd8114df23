"""Objectives that answers serve in other words than the objective's own.

Participants seldom say the objective's words: "je le dis à mes confrères", "cutting
emissions", "photos of my finished makes" serve "more recommendations", "the greenest way
to get around", "user-generated content", yet share no word with them. The lexicon lists
common goals of ambassador programs (`objective_paraphrases`): the terms an objective names
a goal by (a word, or a phrase whose words the objective all says: "faire connaître",
"vie locale"), and the words answers serve it with. It is read only for an objective that
no theme supports by its own words (`alignment.support`), and for the answers left out of
every theme that back such an objective when too few name its words (`backing`): a
paraphrase is weaker evidence than a shared word, and an objective its words already link
needs no second guess.

Answers to a question about fears serve no goal ("Sounding preachy about pollution" does
not serve a greener city), except a goal that protects the ambassadors from what they fear
(`fears: true`: "ne pas épuiser les ambassadeurs", "the credibility of their
recommendations"), which only such answers serve: being chased by emails is what sparing
the ambassadors answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.synthesis import objective_refusal
from bot.synthesis.model import Answer
from bot.synthesis.polarity import asks_fears
from bot.synthesis.text import Clause, lexicon, stem, strip_accents, tokens

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Goal:
    terms: tuple[tuple[frozenset[str], ...], ...]  # per term, per word: its stems
    said: frozenset[str]
    fears: bool  # served by answers about fears, and only by those


def _stems(word: str) -> frozenset[str]:
    bare = strip_accents(word.lower())
    return frozenset(stem(w, language) for w in {word.lower(), bare} for language in LANGUAGES)


def _term(text: str) -> tuple[frozenset[str], ...]:
    return tuple(_stems(w) for w, _, _ in tokens(text))


@lru_cache(maxsize=1)
def _goals() -> tuple[Goal, ...]:
    return tuple(
        Goal(
            tuple(_term(str(t)) for t in entry["goal"]),
            frozenset(s for w in entry["said"] for s in _stems(str(w))),
            bool(entry.get("fears", False)),
        )
        for entry in lexicon()["objective_paraphrases"]
    )


@lru_cache(maxsize=256)
def _named(objective: str) -> tuple[Goal, ...]:
    """The goals `objective` names: all the words of one of their terms."""
    said = frozenset(s for w, _, _ in tokens(objective) for s in _stems(w))
    return tuple(
        goal
        for goal in _goals()
        if any(term and all(said & word for word in term) for term in goal.terms)
    )


def serving_stems(objective: str, language: str, fears: bool = False) -> frozenset[str]:
    """Stems of the words that serve the goals `objective` names (none: no such goal):
    in answers to a question about fears when `fears`, in other answers otherwise."""
    del language  # goals are read in French and English alike
    return frozenset(s for goal in _named(objective) if goal.fears == fears for s in goal.said)


def serving_rows(
    objective: str,
    language: str,
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
) -> list[int]:
    """Rows among `rows` that say a word serving a goal `objective` names, in answer to a
    question about fears only for a goal of protecting the ambassadors (module doc). A
    clause against something still serves: "less pollution" serves a greener city."""
    serving = {f: serving_stems(objective, language, f) for f in (False, True)}
    if not any(serving.values()):
        return []
    return [
        r
        for r in rows
        if not serving[asks_fears(answers[clauses[r].answer_index].question)].isdisjoint(
            clauses[r].stems
        )
    ]


def _words(clause: Clause, stems: frozenset[str]) -> list[str]:
    """The content words of `clause` whose stem is among `stems`."""
    return [w for w, s in zip(clause.content, clause.stems, strict=True) if s in stems]


def serving_themes(
    objective: str,
    language: str,
    theme_rows: Sequence[Sequence[int]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    people: int,
) -> list[int]:
    """Indexes of the themes (their clauses' rows) where at least `people` participants
    say a word that serves a goal `objective` names (`serving_rows`), not to refuse it
    ("I don't write reviews online" does not serve more reviews: `objective_refusal`)."""
    if not _named(objective):
        return []
    stems = serving_stems(objective, language) | serving_stems(objective, language, True)
    found = []
    for j, rows in enumerate(theme_rows):
        saying = [
            r
            for r in serving_rows(objective, language, rows, clauses, answers)
            if not objective_refusal.refuses(clauses[r], _words(clauses[r], stems))
        ]
        if len({answers[clauses[r].answer_index].participant for r in saying}) >= people:
            found.append(j)
    return found
