"""Undecided answers, and courtesies, are no member of a point.

An answer undecided or open to anything ("on verra, ça dépendra", "encore à définir",
"ouvert à tout", "whatever's needed"), or a courtesy ("merci pour le goûter", "bravo à
vous"), names no idea, yet the clustering pairs such answers with each other (a point no one
holds) or with a view whose words they share. They stay in the clustering (taken out before
it, they move other groups' boundaries: dev12 and dev13 each lost a planted theme), and once
the points are formed they leave every point that is not a side of an opposition (a point
left with fewer than two holders goes), out of every later reading.

Measured (syn-prec3): precision heldout16 .378 -> .417, held-out heldout .889 -> .895; no
other set moves. No planted answer of the dev sets reads as undecided or as a courtesy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from bot.synthesis.text import (
    Clause,
    lexicon,
    says_something,
    stop_words,
    strip_accents,
    tokens,
)

if TYPE_CHECKING:
    from bot.synthesis.engine import _Builder

COURTESY_REST = 1


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    lists = [*lexicon()["undecided"].values(), *lexicon()["non_answers"].values()]
    said = {_bare(str(w)) for ws in lists for w in ws}
    return frozenset(said | stop_words("fr") | stop_words("en"))


@lru_cache(maxsize=1)
def _courtesies() -> tuple[tuple[str, ...], ...]:
    lists = lexicon()["courtesy"].values()
    return tuple(tuple(w for w, _, _ in tokens(_bare(str(p)))) for ps in lists for p in ps)


def _bare(word: str) -> str:
    return strip_accents(word.lower()).replace("’", "'")


def is_undecided(clause: Clause) -> bool:
    """Whether `clause` names nothing but indecision or openness (or nothing at all), or
    opens with a courtesy followed by at most `COURTESY_REST` content words."""
    if not says_something(clause):
        return True
    words = _words()
    if all(_bare(w) in words for w in clause.content):
        return True
    for formula in _courtesies():
        if clause.words[: len(formula)] == formula:
            rest = [w for w in clause.words[len(formula) :] if w not in words]
            return len(rest) <= COURTESY_REST
    return False


def set_aside(builder: _Builder) -> None:
    """The builder's points (not oppositions) without their undecided clauses."""
    remade = {}
    for index, (theme, rows) in enumerate(builder.themes):
        if theme.sides:
            continue
        kept = [r for r in rows if not is_undecided(builder.clauses[r])]
        if len(kept) == len(rows):
            continue
        builder.aside.update(r for r in rows if r not in kept)
        remade[index] = builder._remade(index, kept, builder.respondents) if kept else []
    builder._replace(remade)
