"""The other side of a refused thing: plain mentions of it (`polarity`, issue 18, 2b).

Those who refuse something say so ("sans enfants", "moins de messages", "rather than
calls", "I don't want calls"); those who want it often just name it ("venir avec mes
enfants", "weekly calls"). Once `MIN_SIDE` participants refuse a word in a question, a
clause of that question that names the same word (same stem) without a negation before it
takes the other side, unless it answers a question about fears (there, naming it is
fearing it); a wish for it or against it ("I don't want calls") joins the same topic.
Only refusals count, not words that may state a lack ("pas de mot sur X", "no X" often
ask for X): a word of less or excess, of refusal (`polarity.refuse`) or a refused wish.
This runs after the explicit oppositions, on the clauses they left.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from bot.synthesis.model import Answer
from bot.synthesis.polarity_words import lists
from bot.synthesis.text import Clause, stem

NEGATION_WINDOW = 2  # tokens before a word in which a negation keeps it from siding
REFUSAL_WINDOW = 4  # tokens before a word in which a word of refusal refuses it
WORD = "word:"
WISH = "wish:"


class _Mark(Protocol):
    topic: str
    sign: int


def _negated(words: Sequence[str], index: int) -> bool:
    words_of = lists()
    before = words[max(0, index - NEGATION_WINDOW) : index]
    return any(
        w in words_of.negations or w in words_of.absent or w in words_of.less for w in before
    )


def _refused(words: Sequence[str], word: str) -> bool:
    """`word` refused in `words`: a word of less, excess or refusal just before it."""
    words_of = lists()
    for index, found in enumerate(words):
        if found != word:
            continue
        before = words[max(0, index - REFUSAL_WINDOW) : index]
        if any(w in words_of.less or w in words_of.bad or w in words_of.refuse for w in before):
            return True
        joined = " " + " ".join(before) + " "
        if any(" " + " ".join(p) + " " in joined for p in words_of.refuse_phrases):
            return True
    return False


def signs(
    marked: Mapping[int, Sequence[_Mark]],
    family: Mapping[str, str],
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    fears: Callable[[str], bool],
    min_side: int,
) -> dict[str, dict[int, int]]:
    """Topic → row → sign for the word topics some refuse, with the plain mentions and
    the wishes of their words (`marked`: the clauses' marks; `family`: topic word → its
    family's name)."""
    by_stem = {stem(w, "fr"): root for w, root in family.items()}
    by_stem |= {stem(w, "en"): root for w, root in family.items()}
    result: dict[str, dict[int, int]] = defaultdict(dict)
    refusals: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row, ms in marked.items():
        words = clauses[row].words
        for m in ms:
            if m.topic.startswith(WORD):
                topic, word = WORD + family[m.topic[len(WORD) :]], m.topic[len(WORD) :]
                if m.sign < 0 and _refused(words, word):
                    refusals[topic].append((row, word))
            elif m.topic.startswith(WISH) and m.topic[len(WISH) :] in by_stem:
                topic = WORD + by_stem[m.topic[len(WISH) :]]
                if m.sign < 0:
                    refusals[topic].append((row, ""))
            else:
                continue
            result[topic][row] = result[topic].get(row, 0) + m.sign
    kept: dict[str, dict[int, int]] = {}
    for topic, refused in refusals.items():
        stems = {stem(w, clauses[r].language) for r, w in refused if w}
        people = {answers[clauses[r].answer_index].participant for r, _ in refused}
        if len(people) < min_side or not stems:
            continue
        asked = {answers[clauses[r].answer_index].question for r, _ in refused}
        by_row = kept[topic] = result[topic]
        for row in rows:
            clause = clauses[row]
            question = answers[clause.answer_index].question
            if row in by_row or question not in asked:
                continue
            for index, word in enumerate(clause.words):
                if stem(word, clause.language) in stems and not _negated(clause.words, index):
                    by_row[row] = -1 if fears(question) else 1
                    break
    return kept
