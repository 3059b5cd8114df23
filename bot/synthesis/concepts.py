"""Minority views named by one family of words (`lexicon.yaml`, `minority_concepts`).

A need only a few participants have (a disability, a health constraint, being a man among
women customers, a weak second language, the environment, a charity they help or give to,
selling the products in one's own trade, feeling illegitimate, privacy, colleagues who are not
technical, childcare, pets other than cats and dogs, letting homes to tenants; and small
concerns that recur in ambassador programs: one's career, training apprentices, branded
merchandise, the tool's bugs, being credited by name, events always held far away,
availability in school holidays only, schools and pupils, women, returnable containers,
alcohol-free products, carpooling) is worded by each from their own situation: "mon fils est
en fauteuil", "des places pour les personnes à mobilité réduite", "avec ma canne…"; "je suis
enceinte", "mon médecin m'a limité à un verre"; "ça fait bien sur un CV", "good for my annual
review". Neither the lexical clustering nor the sentence encoder finds the likeness (each
answer is nearer the question's common theme), so these answers are left out or absorbed by a
neighbouring view. When the answers that use a word of one family come from `MIN_HOLDERS` to
`MAX_HOLDERS` participants in the whole session, those of them no convergence or opposition
took (left out, or in another minority view) become a minority view of their own, taken out of
the views they were in. A family used by more is a common theme of the workshop, not a
minority's: nothing moves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.synthesis.model import Answer, Theme
from bot.synthesis.text import Clause, lexicon, strip_accents

MIN_HOLDERS = 2
MAX_HOLDERS = 4
_WORD = re.compile(r"[a-z0-9]+")
STAR = "zzstar"  # stands for a trailing * in a phrase


def words(text: str) -> list[str]:
    """Lower-case accent-free words (apostrophes and hyphens split them)."""
    return _WORD.findall(strip_accents(text).casefold())


@lru_cache(maxsize=1)
def families() -> dict[str, tuple[tuple[str, ...], ...]]:
    """By concept: its phrases as word tuples (a last word may end with *)."""
    table = lexicon().get("minority_concepts", {})
    return {
        name: tuple(tuple(words(p.replace("*", " " + STAR)) or ()) for p in phrases)
        for name, phrases in table.items()
    }


def _word_matches(pattern: str, word: str, star: bool) -> bool:
    return word.startswith(pattern) if star else word == pattern


def _holds(seen: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """Whether the words `seen` hold `phrase` as consecutive words."""
    star = phrase[-1:] == (STAR,)
    wanted = phrase[:-1] if star else phrase
    for start in range(len(seen) - len(wanted) + 1):
        if all(
            _word_matches(w, seen[start + i], star and i == len(wanted) - 1)
            for i, w in enumerate(wanted)
        ):
            return True
    return False


def _cue(phrase: tuple[str, ...]) -> str:
    """A word any text holding `phrase` has, or "" when none is sure (a starred first word)."""
    return "" if phrase[1:2] == (STAR,) else phrase[0]


def mentions(text: str, phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether `text` holds one of `phrases` as consecutive words."""
    return _mentions_words(words(text), phrases)


def _mentions_words(seen: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    # Most answers hold no word of a family: a set lookup spares the scan (the speed set's
    # 2,400 answers are read against every family).
    present = set(seen)
    return any(
        (not _cue(phrase) or _cue(phrase) in present) and _holds(seen, phrase) for phrase in phrases
    )


class _Holders:
    """Which answers hold a phrase, found through an index of their words: a session's
    answers are read against every family, and most hold no word of it."""

    def __init__(self, said: dict[int, list[str]]) -> None:
        self._said = said
        self._order = list(said)
        self._by_word: dict[str, set[int]] = {}
        for i, seen in said.items():
            for word in seen:
                self._by_word.setdefault(word, set()).add(i)

    def _candidates(self, phrase: tuple[str, ...]) -> set[int] | None:
        """Answers that may hold `phrase` (None: any may)."""
        if not phrase or phrase[0] == STAR:
            return None
        if phrase[1:2] == (STAR,):
            prefix = phrase[0]
            return {i for w, found in self._by_word.items() if w.startswith(prefix) for i in found}
        return self._by_word.get(phrase[0], set())

    def of(self, phrases: Sequence[tuple[str, ...]]) -> list[int]:
        """The answers holding one of `phrases`, in the session's order."""
        holding: set[int] = set()
        for phrase in phrases:
            candidates = self._candidates(phrase)
            pool = self._order if candidates is None else candidates
            holding.update(i for i in pool if i not in holding and _holds(self._said[i], phrase))
        return [i for i in self._order if i in holding]


def groups(
    found: Sequence[tuple[Theme, list[int]]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
) -> tuple[dict[int, list[int]], list[list[int]]]:
    """The rows each minority view of `found` keeps (only those it loses some), and the
    rows of each new view (see the module's doc)."""
    theme_of = {r: i for i, (_, rows) in enumerate(found) for r in rows}
    rows_of: dict[int, list[int]] = {}
    for row, clause in enumerate(clauses):
        rows_of.setdefault(clause.answer_index, []).append(row)
    kept = {i: list(rows) for i, (_, rows) in enumerate(found)}
    changed: set[int] = set()
    made: list[list[int]] = []
    moved: set[int] = set()  # a row a family moved into its view stays there
    said = {i: words(answers[i].text) for i in rows_of}
    holders = _Holders(said)
    for phrases in families().values():
        holding = holders.of(phrases)
        if not MIN_HOLDERS <= len({answers[i].participant for i in holding}) <= MAX_HOLDERS:
            continue
        movable = [
            r
            for i in holding
            for r in rows_of[i]
            if r not in moved and _movable(r, theme_of, found)
        ]
        if len({answers[clauses[r].answer_index].participant for r in movable}) < MIN_HOLDERS:
            continue
        if len({theme_of.get(r) for r in movable}) == 1 and movable[0] in theme_of:
            # Already one view; what else it holds are its holders' other answers only
            # (joined by their own turns of phrase, not by the need): they leave it.
            view = theme_of[movable[0]]
            rest = {answers[clauses[r].answer_index].participant for r in kept[view]}
            if set(kept[view]) - set(movable) and rest == _people(movable, clauses, answers):
                kept[view] = [r for r in kept[view] if r in movable]
                changed.add(view)
            continue
        for row in movable:
            if row in theme_of:
                kept[theme_of[row]].remove(row)
                changed.add(theme_of[row])
        made.append(movable)
        moved.update(movable)
    return {i: kept[i] for i in changed}, made


def _people(rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    return {answers[clauses[r].answer_index].participant for r in rows}


def _movable(row: int, theme_of: dict[int, int], found: Sequence[tuple[Theme, list[int]]]) -> bool:
    """Left out of every theme, or in a minority view."""
    return row not in theme_of or found[theme_of[row]][0].minority
