"""Oppositions by polarity within one topic: two sides of the same thing (issue 18, 2b).

A clause takes a side on a topic in four general ways (word lists: `lexicon.yaml`,
`polarity`; words compared accent-free):
- it names one pole of an antonym pair ("présentiel" / "à distance", "moderne" /
  "traditionnel", "more often" / "rarely"): the pair is the topic, the pole its side, and
  a negation just before the pole word ("pas en présentiel") or a refusal of the whole
  clause (`Clause.against`) flips it; answering a question about fears, naming a pole is
  fearing it;
- it binds a word of quantity, absence or judgement to the noun that follows or precedes
  it ("plus de X" / "moins de X", "more X" / "fewer X", "pas de X", "sans X", "no X",
  "rather than X", "trop de X", "de jolis X"): the noun's word family is the topic. Absence
  after "avoir" ("je n'ai pas de voiture") says what someone lacks, not what they want,
  and takes no side;
- it wants or refuses something: the first nouns after a word of will, negated or not,
  or after a refusal phrase ("j'aimerais faire un podcast" / "je ne veux pas de podcast",
  "hors de question de …"): the noun's stem is the topic;
- it answers a yes/no question with yes or no first ("Oui, …", "No, …"): the question
  is the topic.
Word families join words of one stem, a word inside another ("emballage" /
"suremballage") and, through the shipped word vectors, close words ("emballage" /
"coffret"). A topic opposes two sides when each holds `MIN_SIDE` participants not on the
other side and, unless it is one of the program's axes (`lexicon.yaml`, `axes`), both sides
speak in at least one common question. Then, among the clauses left, what some refuse
opposes its plain mentions by others (`polarity_mentions`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy.cluster.hierarchy import DisjointSet

from bot.synthesis import polarity_context, polarity_mentions, preference
from bot.synthesis.model import Answer
from bot.synthesis.polarity_words import (
    NEGATION_WINDOW,
    REQUESTS,
    SESSION_WIDE,
    axis,
    lists,
    pole_needles,
    poles,
    verdict,
)
from bot.synthesis.polarity_words import before_noun as _before_noun
from bot.synthesis.polarity_words import negated as _negated
from bot.synthesis.polarity_words import wants_more as _wants_more
from bot.synthesis.text import (
    STANCE_WINDOW,
    Clause,
    is_against,
    stance_words,
    stem,
    stop_words,
    strip_accents,
    tokens,
)
from bot.synthesis.vectors import WordVectors

MIN_SIDE = 2
WISH_WINDOW = 4  # tokens after a word of will in which what is wanted is sought
WISH_OBJECTS = 2
BIND_WINDOW = 3  # tokens after an operator in which its noun is sought
FAMILY_COSINE = 0.5  # word vectors at least this close put two topic words in one family
CONTAINED_MIN = 5  # letters a word needs to count as inside another ("emballage")
YES_NO = "?yes-no:"
WISH = "wish:"  # wanted or refused, by stem (no word family: verbs would join loosely)
PAIR = "pair:"  # one of two things preferred (`preference`), by stems: antonyms are close
# in word vectors, so a word family would hold both things


@dataclass(frozen=True)
class Mark:
    """A clause's side (+1 / -1) on a topic: an antonym pair ("axis:…"), a word ("word:…",
    joined into families later) or a yes/no question."""

    topic: str
    sign: int


@dataclass
class Opposition:
    sides: tuple[list[int], list[int]]  # clause rows: (+ side, - side)
    topic: str


def _content(word: str, language: str) -> bool:
    words_of = lists()
    return (
        len(word) > 2
        and word not in stop_words(language)
        and not word.isdigit()
        and word not in words_of.negations
        and word not in words_of.prefer
    )


def _pole_sign(clause: Clause, index: int, sign: int) -> int:
    """A pole's sign, flipped by a negation or absence just before it ("pas en
    présentiel", "sans appli", "moins de visio") or by a refusal earlier in the clause
    ("pas à l'aise avec le numérique"), unless a preference follows the refusal ("non
    merci, je préfère le guichet")."""
    words_of = lists()
    words = clause.words
    before = words[max(0, index - NEGATION_WINDOW) : index]
    if any(w in words_of.negations or w in words_of.absent or w in words_of.less for w in before):
        return -sign
    earlier = words[:index]
    if _wants_more(words, index):
        return sign  # "plus de sessions en visio, pas besoin de se déplacer": more of it
    if any(w in words_of.prefer for w in earlier) and any(w in words_of.than for w in earlier):
        return -sign  # "rather you gave to charity than sent me swag"
    if clause.against and not any(w in words_of.prefer for w in words):
        return -sign  # "être rémunéré me gênerait", "pas à l'aise avec le numérique"
    if clause.against and is_against(earlier) and not any(w in words_of.prefer for w in earlier):
        return -sign
    return sign


def _has_before(words: Sequence[str], index: int) -> bool:
    return any(w in lists().have for w in words[max(0, index - BIND_WINDOW) : index])


def _bound(words: Sequence[str], start: int, language: str) -> list[int]:
    """Indices of the noun after an operator at `start - 1`, and of a noun joined to it by
    "ou", "et", "or"… ("no gifts or credits")."""
    found: list[int] = []
    index = start
    limit = start + BIND_WINDOW
    while index < min(limit, len(words)):
        if _content(words[index], language) and words[index] not in lists().links:
            found.append(index)
            if index + 2 < len(words) and words[index + 1] in lists().links:
                limit = index + 2 + BIND_WINDOW
                index += 2
                continue
            break
        index += 1
    return found


@lru_cache(maxsize=1024)
def _wishes(words: Sequence[str], language: str) -> list[Mark]:
    """What a clause wants (+1) or refuses (-1): the first nouns after a word of will,
    negated or not ("je veux faire des vidéos", "je ne veux pas de vidéo", "I don't want to
    be filmed"), or after a refusal phrase ("hors de question de …")."""
    negations, will, refusals = stance_words()
    found: list[Mark] = []
    for index, word in enumerate(words):
        if word not in will or (word == "like" and not _wanting(words, index)):
            continue
        window = words[max(0, index - STANCE_WINDOW) : index + STANCE_WINDOW]
        sign = -1 if any(w in negations for w in window) else 1
        for target in _objects(words, index + 1, language, negations | will):
            found.append(Mark(WISH + stem(words[target], language), sign))
    joined = " " + " ".join(words) + " "
    for phrase in refusals:
        at = joined.find(" " + phrase + " ")
        if at >= 0:
            end = joined[:at].count(" ") + len(phrase.split())
            for target in _objects(words, end, language, negations | will):
                found.append(Mark(WISH + stem(words[target], language), -1))
    return found


def _wanting(words: Sequence[str], index: int) -> bool:
    """English "like" wants only after "I'd", "would", "we'd"… ("I'd like"), not as "like
    the last one"."""
    return index > 0 and words[index - 1] in ("i'd", "we'd", "would", "i", "we", "d")


def _objects(words: Sequence[str], start: int, language: str, skip: frozenset[str]) -> list[int]:
    """The first `WISH_OBJECTS` content words within `WISH_WINDOW` tokens from `start`."""
    found = []
    for index in range(start, min(start + WISH_WINDOW, len(words))):
        if words[index] not in skip and _content(words[index], language):
            found.append(index)
            if len(found) == WISH_OBJECTS:
                break
    return found


def asks_fears(question: str) -> bool:
    """A question about fears or brakes ("Qu'est-ce qui vous retient ?", "fears")."""
    fear = {k for w in lists().fear_questions for k in (w, stem(w, "fr"), stem(w, "en"))}
    words = {strip_accents(t.lower()) for t, _, _ in tokens(question)}
    return any(k in fear for w in words for k in (w, stem(w, "fr"), stem(w, "en")))


def marks(clause: Clause, question_is_yes_no: bool = True, fears: bool = False) -> list[Mark]:
    """The sides `clause` takes (see the module doc); `fears`: the clause answers a
    question about fears, where naming a pole is fearing it ("Encore une appli ?")."""
    words_of = lists()
    words = clause.words
    language = clause.language
    fears = fears and not REQUESTS & set(words)  # "in person please": asked for, not feared
    result: list[Mark] = []
    pole_of = poles(language)
    joined = " " + " ".join(words) + " "
    for index, word in enumerate(words):
        hit = pole_of.get(word) or pole_of.get("~" + stem(word, language))
        if hit is not None and _content(word, language):
            feared = fears and not _wants_more(words, index)
            sign = -hit[1] if feared else _pole_sign(clause, index, hit[1])
            result.append(Mark(axis(hit[0]), sign))
    for needle, name, sign in pole_needles():
        at = joined.find(needle)
        if at >= 0:
            index = joined[:at].count(" ")
            feared = fears and not _wants_more(words, index)
            result.append(Mark(axis(name), -sign if feared else _pole_sign(clause, index, sign)))
    for index, word in enumerate(words):
        sign = 0
        if word in words_of.more and not _negated(words, index) and _before_noun(words, index):
            sign = 1
        elif word in words_of.less or word in words_of.bad:
            sign = -1
        elif word in words_of.absent:
            sign = 0 if _has_before(words, index) else -1  # "je n'ai aucun X": a lack
        if sign:
            for target in _bound(words, index + 1, language):
                result.append(Mark("word:" + words[target], sign))
        if word in words_of.good and not _negated(words, index):
            for target in _bound(words, index + 1, language)[:1]:
                result.append(Mark("word:" + words[target], 1))
            if index and _content(words[index - 1], language):  # "un coffret soigné"
                result.append(Mark("word:" + words[index - 1], 1))
    for phrase in words_of.absent_phrases:
        at = joined.find(" " + " ".join(phrase) + " ")
        if at >= 0:
            index = joined[:at].count(" ") + len(phrase)
            if _has_before(words, index - len(phrase)):
                continue
            for target in _bound(words, index, language):
                result.append(Mark("word:" + words[target], -1))
    result += _wishes(words, language)
    result += [
        Mark(PAIR + topic, sign)
        for topic, sign in preference.choices(words, language, lambda w: _content(w, language))
    ]
    opening = verdict(words) if question_is_yes_no and clause.start == 0 else 0
    if opening:
        result.append(Mark(YES_NO, opening))
    return result


def _families(
    words: set[str], language_of: dict[str, str], vectors: WordVectors | None
) -> dict[str, str]:
    """Topic word → the family it belongs to (union of same stem, containment, close
    vectors), named by its alphabetically first word."""
    ordered = sorted(words)
    families = DisjointSet(ordered)
    join = families.merge
    by_stem: dict[str, str] = {}
    for word in ordered:
        key = stem(word, language_of[word])
        if key in by_stem:
            join(word, by_stem[key])
        else:
            by_stem[key] = word
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            short, long_ = sorted((a, b), key=len)
            if len(short) >= CONTAINED_MIN and short in long_:
                join(a, b)
    if vectors is not None and len(ordered) > 1:
        rows = vectors.rows(ordered)
        known = [(w, r) for w, r in zip(ordered, rows, strict=True) if r >= 0]
        if len(known) > 1:
            matrix = vectors.unit[[r for _, r in known]]
            close = matrix @ matrix.T
            for i, j in zip(*np.nonzero(np.triu(close >= FAMILY_COSINE, 1)), strict=True):
                # One row of the pruned table serves many words: no sign of a family.
                if known[int(i)][1] != known[int(j)][1]:
                    join(known[int(i)][0], known[int(j)][0])
    return {w: min(family) for family in families.subsets() for w in family}


def signs_of(
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    vectors: WordVectors | None,
    yes_no_questions: set[str] | None = None,
) -> tuple[dict[str, dict[int, int]], dict[int, list[Mark]], dict[str, str]]:
    """Topic → clause row → sign (summed over its marks) for `rows`; with each marked
    row's marks and each topic word's family."""
    marked: dict[int, list[Mark]] = {}
    for row in rows:
        question = answers[clauses[row].answer_index].question
        asks = yes_no_questions is None or question in yes_no_questions
        found = marks(clauses[row], asks, fears=asks_fears(question))
        if found:
            marked[row] = [
                Mark(m.topic + question, m.sign) if m.topic == YES_NO else m for m in found
            ]
    words = {m.topic[5:] for ms in marked.values() for m in ms if m.topic.startswith("word:")}
    language_of: dict[str, str] = {}
    for row, ms in marked.items():
        for m in ms:
            if m.topic.startswith("word:"):
                language_of.setdefault(m.topic[5:], clauses[row].language)
    family = _families(words, language_of, vectors)
    signs: dict[str, dict[int, int]] = defaultdict(dict)
    for row, ms in marked.items():
        for m in ms:
            topic = "word:" + family[m.topic[5:]] if m.topic.startswith("word:") else m.topic
            signs[topic][row] = signs[topic].get(row, 0) + m.sign
    polarity_context.join(signs, clauses, answers)
    return signs, marked, family


def find(
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    vectors: WordVectors | None,
    yes_no_questions: set[str] | None = None,
) -> list[Opposition]:
    """Oppositions among `rows`, biggest first; a clause sides in one opposition at most."""
    signs, marked, family = signs_of(rows, clauses, answers, vectors, yes_no_questions)
    result = _select(signs, clauses, answers, set())
    # Then what some refuse against its plain mentions by others, among the clauses left.
    taken = {r for o in result for side in o.sides for r in side}
    left = {r: ms for r, ms in marked.items() if r not in taken}
    more = polarity_mentions.signs(
        left, family, [r for r in rows if r not in taken], clauses, answers, asks_fears, MIN_SIDE
    )
    return result + _select(more, clauses, answers, taken)


def _select(
    signs: dict[str, dict[int, int]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    taken: set[int],
) -> list[Opposition]:
    """The opposed topics of `signs`, biggest first, each clause in one at most."""
    candidates: list[tuple[int, str, list[int], list[int]]] = []
    for topic, by_row in signs.items():
        plus = [r for r, s in by_row.items() if s > 0 and r not in taken]
        minus = [r for r, s in by_row.items() if s < 0 and r not in taken]
        if topic.startswith("axis:"):
            plus, minus = _shared_questions(plus, minus, clauses, answers)
        if opposed(topic, plus, minus, clauses, answers):
            size = len(_people(plus + minus, clauses, answers))
            candidates.append((size, topic, sorted(plus), sorted(minus)))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    result: list[Opposition] = []
    taken = set(taken)
    for _, topic, plus, minus in candidates:
        plus = [r for r in plus if r not in taken]
        minus = [r for r in minus if r not in taken]
        if opposed(topic, plus, minus, clauses, answers):
            result.append(Opposition((plus, minus), topic))
            taken.update(plus + minus)
    return result


def _shared_questions(
    plus: list[int], minus: list[int], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> tuple[list[int], list[int]]:
    """Both sides of an antonym pair cut to the questions both answer: a pole word in
    another question speaks of something else ("moderne" of the shop, "traditionnel" of
    the food)."""

    def question(row: int) -> str:
        return answers[clauses[row].answer_index].question

    shared = {question(r) for r in plus} & {question(r) for r in minus}
    return [r for r in plus if question(r) in shared], [r for r in minus if question(r) in shared]


def _people(rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    return {answers[clauses[r].answer_index].participant for r in rows}


def opposed(
    topic: str,
    plus: list[int],
    minus: list[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
) -> bool:
    first, second = _people(plus, clauses, answers), _people(minus, clauses, answers)
    if len(first - second) < MIN_SIDE or len(second - first) < MIN_SIDE:
        return False
    if topic.startswith(SESSION_WIDE):
        return True
    asked = {answers[clauses[r].answer_index].question for r in plus}
    return any(answers[clauses[r].answer_index].question in asked for r in minus)
