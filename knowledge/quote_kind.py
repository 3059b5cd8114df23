"""Which unit gives the kind of answer a question asks for ("quand", "combien", "à quelle heure").

Whether a passage answers is judged on the whole retrieved chunk (`knowledge.answerability
.has_kind`), loosely: a chunk that says "avant" or "chaque" may hold a date somewhere.
Choosing the unit to quote asks more of the unit itself: for "quand", a date (a year, a
day and month, a month or a weekday) or a duration (a number with a unit of time); for
"combien", a number that is not a mere article ("un", "une"). Among units about as rich in
the question's words, the one that gives it is quoted first ("la visite des ateliers,
c'est où et quand ?": the calendar row with its date, not the level's list that names
the visit).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from knowledge.answerability import (
    DATE,
    DAY_MONTH,
    MONTHS_AND_DAYS,
    NUMBER,
    NUMBER_WORDS,
    YEAR,
    has_kind,
)
from knowledge.asked_several import enumerates
from knowledge.passages import Passage
from knowledge.single_counts import says_one
from knowledge.text import content_words, fold, fold_word

# A unit that itself gives the kind of answer asked counts this much more than one that
# does not (with the rest of this pass: whole unit +3 -1 on the structure dev sets).
KIND_BONUS = 0.3
# How much of the question the hit holds as judged (`knowledge.answer`: near words, the
# whole chunk) counts this much for each of its units: the words a unit shares with the
# question are few, and a hit that holds the question as a whole is where it is answered.
# 0.1: 0.2 (with a language bonus of 0.1) gained more on the structure dev sets, but then
# an English question over parallel English and French rules quoted the French one
# (tests/knowledge/test_i19_quote_language.py); with 0.3 the bonus must stay ≤ 0.1.
HIT_SUPPORT_WEIGHT = 0.1
# When some hit answers (`knowledge.answer`: it reaches the support bar and holds what is
# asked), a unit of a hit judged not to hold it (no answer of the kind asked, a number, a
# name or a heavy word of the question missing) counts this much less: a table sharing the
# question's words ("contribution", "saison") no longer comes before the paragraph that
# answers it ("si je ne contribue pas de la saison, je suis viré ?"). Whole unit on the
# structure dev sets: 0.2 +3 (heldout5 +1, heldout7 +2), 0.3 the same with heldout12 -1.
LACKING_PENALTY = 0.2
# For a question asking for several things (`knowledge.asked_several`), a unit that lists
# them counts this much more than a paragraph.
LIST_BONUS = 0.2

_ARTICLES = frozenset({"un", "une", "one"})
_COUNTED = frozenset(NUMBER_WORDS) - _ARTICLES
_NUMBER = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(_COUNTED, key=len, reverse=True)) + r")"
_TIME_UNIT = (
    r"(?:jours?|semaines?|mois|ans?|annees?|trimestres?|semestres?|saisons?|heures?|minutes?"
    r"|secondes?|seconds?"
    r"|nuits?|days?|weeks?|months?|years?|quarters?|semesters?|seasons?|hours?|minutes?"
    r"|nights?)"
)
# "trois mois", "30 jours ouvrés", "48 h", "within 2 weeks"; "chaque mois", "every week".
_DURATION = re.compile(
    rf"\b{_NUMBER}(?:\s+\w+)?\s+{_TIME_UNIT}\b|\b\d{{1,3}}\s?h\b"
    rf"|\b(?:chaque|tous les|toutes les|every|each)\s+{_TIME_UNIT}\b"
)
# "May" is mostly the verb in a unit; the looser check of a whole chunk keeps it.
_CALENDAR = MONTHS_AND_DAYS - {"may"}


def gives_kind(kind: str | None, text: str) -> bool:
    """Whether the unit `text` itself gives an answer of `kind` (`knowledge.answerability`
    kinds; stricter than `has_kind` for dates and numbers)."""
    if kind == DATE:
        folded = fold(text)
        return bool(
            YEAR.search(folded)
            or DAY_MONTH.search(folded)
            or _DURATION.search(folded)
            or {fold_word(w) for w in content_words(text)} & _CALENDAR
        )
    if kind == NUMBER:
        return bool(
            re.search(r"\d", text)
            or {fold_word(w) for w in content_words(text)} & _COUNTED
            or says_one(text)
        )
    return has_kind(kind, text)


def quote_bonus(
    kind: str | None,
    hit_support: Sequence[float],
    lacking: Collection[int] = (),
    several: bool = False,
) -> Callable[[Passage], float]:
    """What a unit counts beyond its words (`knowledge.passages.best_passages`, `extra`):
    `KIND_BONUS` when it gives the `kind` of answer asked, `HIT_SUPPORT_WEIGHT` of its
    hit's judged support (`hit_support`, by rank), `LACKING_PENALTY` less when its hit is
    judged not to hold what is asked (`lacking`: their ranks, given only when another hit
    answers), `LIST_BONUS` more when it lists several things and the question asks for
    `several`."""

    def bonus(passage: Passage) -> float:
        given = KIND_BONUS if kind is not None and gives_kind(kind, passage.text) else 0.0
        judged = hit_support[passage.rank] if passage.rank < len(hit_support) else 0.0
        penalty = LACKING_PENALTY if passage.rank in lacking else 0.0
        listed = LIST_BONUS if several and enumerates(passage.text) else 0.0
        return given + HIT_SUPPORT_WEIGHT * judged - penalty + listed

    return bonus
