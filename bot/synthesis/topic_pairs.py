"""Two-holder groups held together by one of the workshop's topic words only.

The lexical clustering pairs two answers of different ideas when they share a word every
other answer of the workshop uses too: its topic ("le stade", "la salle", "the club",
"knit"): "Accompagner des nouveaux au stade" with "Faire partie des bénévoles du stade",
"Un accès aux coulisses les jours de match" with "Une navette depuis la gare les soirs de
match". Such a pair is shown as a minority view that no one holds. A group of the lexical
clustering held by exactly two participants whose clauses share stems, each of which at
least `TOPIC_ANSWERS` answers of the workshop say, is not a view: its clauses are set
aside, out of every later reading (left free, the encoder's minority views and the small
workshop's themes took them into other pairs of no view).

Measured on the dev sets (syn-prec3), precision: planted .900 -> .917, planted2 .808 ->
.813, heldout5 .816 -> .821, heldout8 .656 -> .663, heldout11 .667 -> .678, dev12 .778 ->
.808, dev13 .859 -> .867, dev14 .559 -> .565; no recall, minority or other figure lower.
Not kept: the rows left free (at 5 answers planted2 and a held-out set lose precision; at
8, only planted and dev14 gain), and the question's own words counted as topic words
(dev15 .754 -> .738).

Nor is a view a two-holder group whose clauses, in one language, answer two different
questions and share a word: across questions one word often serves two ideas ("le
week-end" as a time one cannot give / as when one drives others; "the bar" one runs / a
bar after the meeting). Nor, in one language, is a two-holder group whose holders answer
no question in common (each says it to another question, with no shared word either):
such pairs joined two ideas, or an idea and an aside, in 7 of the 9 seen on the worst dev
sets; a view held across questions is kept when its holders also say it to one question.
A question and its translation answered in two languages is not concerned. Measured on
the dev sets (syn-themes), precision (spurious points): heldout14 .615 -> .629 (18 -> 16),
heldout12 .870 -> .882 (8 -> 7), heldout11 .792 -> .800 (8 -> 7), planted2 .818 -> .823
(12 -> 11); no other figure of the 25 sets changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.themes import Group

TOPIC_ANSWERS = 5  # set on the dev sets: answers of the workshop saying the stem


def kept(
    groups: Iterable[Group],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    aside: set[int],
) -> Iterator[Group]:
    """`groups` without the two-holder groups held by topic words only (their rows are
    added to `aside`)."""
    by_answer: dict[int, set[str]] = {}
    for clause in clauses:
        by_answer.setdefault(clause.answer_index, set()).update(clause.stems)
    said = Counter(s for stems in by_answer.values() for s in stems)
    for group in groups:
        if not _topic_pair(group, clauses, answers, said):
            yield group
        else:
            aside.update(group.rows)


def _topic_pair(
    group: Group, clauses: Sequence[Clause], answers: Sequence[Answer], said: Counter[str]
) -> bool:
    stems: dict[str, set[str]] = {}
    for row in group.rows:
        person = answers[clauses[row].answer_index].participant
        stems.setdefault(person, set()).update(clauses[row].stems)
    if len(stems) != 2:
        return False
    first, second = stems.values()
    shared = first & second
    if _across_questions(group, clauses, answers) and (shared or _apart(group, clauses, answers)):
        return True
    return bool(shared) and all(said[s] >= TOPIC_ANSWERS for s in shared)


def _apart(group: Group, clauses: Sequence[Clause], answers: Sequence[Answer]) -> bool:
    """Whether `group`'s two holders answer no question in common."""
    asked: dict[str, set[str]] = {}
    for row in group.rows:
        answer = answers[clauses[row].answer_index]
        asked.setdefault(answer.participant, set()).add(answer.question)
    first, second = asked.values()
    return not first & second


def _across_questions(group: Group, clauses: Sequence[Clause], answers: Sequence[Answer]) -> bool:
    """Whether `group`'s clauses answer several questions, all in one language."""
    asked = {answers[clauses[r].answer_index].question for r in group.rows}
    spoken = {clauses[r].language for r in group.rows}
    return len(asked) > 1 and len(spoken) == 1
