"""Oppositions of stance among the themes found: for and against one thing (issue 18, 2b).

The themes are grouped by what answers say, and the sentence encoder and the word
vectors read "I refuse X" far from "I want X": the two sides of one topic often end up
in one theme, or as two themes. Each clause's stance (`stance`: for, against, neither)
tells them apart:
- a theme whose participants split into `MIN_SIDE`+ for and `MIN_SIDE`+ against, these
  holding at least `SPLIT_COVER` of its participants, becomes an opposition: those
  against on one side, the rest on the other;
- two themes, one held mostly (`SIDE_SHARE`) by participants for and the other mostly by
  participants against, that share a word of their topic (a stem both say, not a word of
  judgement or will, not a word of the questions, not said by more than `COMMON_SHARE`
  of the workshop's answers) or name one pole of the program's axes or antonyms
  (`polarity_words`: "insta" and "les réseaux sociaux"), become one opposition of two sides.
Each side needs `MIN_SIDE` participants not on the other side. Made last, once the
small workshop's themes are made (`engine.synthesise`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from bot.synthesis import alignment, contrast, polarity, stance
from bot.synthesis.amount import Builder
from bot.synthesis.features import Features
from bot.synthesis.model import Answer, Theme
from bot.synthesis.polarity_words import CONTEXTUAL, pole_phrases, poles
from bot.synthesis.text import Clause, inflected_stem, lexicon, stem, strip_accents, tokens

MIN_SIDE = 2
SPLIT_COVER = 0.6
SIDE_SHARE = 0.6
COMMON_SHARE = 0.15
AGAINST_SHARE = 0.5
PAIR_SIMILARITY = 0.04

Found = tuple[list[int], tuple[list[int], list[int]]]  # themes taken, (for rows, against rows)


def _person(row: int, clauses: Sequence[Clause], answers: Sequence[Answer]) -> str:
    return answers[clauses[row].answer_index].participant


def _stances(
    rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> dict[str, int]:
    """Each participant's stance in `rows`: against when any clause is, else for when any
    is, else neither."""
    result: dict[str, int] = {}
    for row in rows:
        person, sign = _person(row, clauses, answers), stance.of(clauses[row])
        if sign < 0 or result.get(person, 0) < 0:
            result[person] = -1
        else:
            result[person] = max(result.get(person, 0), sign)
    return result


def _split(
    rows: list[int], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> tuple[list[int], list[int]] | None:
    people = _stances(rows, clauses, answers)
    against = {p for p, s in people.items() if s < 0}
    for_ = {p for p, s in people.items() if s > 0}
    if len(against) < MIN_SIDE or len(for_) < MIN_SIDE:
        return None
    if len(against) + len(for_) < SPLIT_COVER * len(people):
        return None
    minus = [r for r in rows if _person(r, clauses, answers) in against]
    plus = [r for r in rows if _person(r, clauses, answers) not in against]
    return plus, minus


def _lean(rows: list[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> int:
    """+1 when `SIDE_SHARE` of the participants are for and none against, -1 when that
    share is against (those for join the other side: `_paired`), else 0."""
    people = _stances(rows, clauses, answers)
    signs = Counter(people.values())
    if not signs[-1] and signs[1] >= SIDE_SHARE * len(people):
        return 1
    if signs[-1] >= SIDE_SHARE * len(people):
        return -1
    return 0


@lru_cache(maxsize=1)
def _judgement_stems() -> frozenset[str]:
    words: set[str] = set()
    for key in ("will_words", "negations"):
        for ws in lexicon()[key].values():
            words.update(strip_accents(str(w).lower()) for w in ws)
    for ws in lexicon()["appraisal"].values():
        for w in (w for group in ws.values() for w in group):
            words.update(strip_accents(str(w).lower()).replace("'", " ").split())
    return frozenset(s for w in words for s in (inflected_stem(w, "fr"), inflected_stem(w, "en")))


def _poles_named(clause: Clause) -> set[str]:
    """The poles of the program's axes and antonyms `clause` names ("insta" and "réseaux
    sociaux" name one pole: what is social media), one token each."""
    words = clause.words
    found = set()
    named = poles(clause.language)
    for word in words:
        pole = named.get(word) or named.get("~" + stem(word, clause.language))
        if pole is not None:
            found.add(pole)
    for phrase, name, sign in pole_phrases():
        size = len(phrase)
        if any(words[at : at + size] == phrase for at in range(len(words) - size + 1)):
            found.add((name, sign))
    return {f"pole:{name.rstrip(CONTEXTUAL)}:{sign}" for name, sign in found}


def _topic_words(rows: list[int], clauses: Sequence[Clause], blocked: set[str]) -> set[str]:
    """The stems `rows` say (not `blocked`), and the poles they name."""
    stems = {s for r in rows for s in clauses[r].stems if s not in blocked and len(s) > 2}
    return stems.union(*(_poles_named(clauses[r]) for r in rows))


def find(
    themes: Sequence[tuple[Theme, list[int]]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features | None = None,
    free: Sequence[int] = (),
) -> list[Found]:
    """The oppositions of stance among `themes` (those without sides), with the themes
    each one takes."""
    found: list[Found] = []
    used: set[int] = set()
    plain = [i for i, (theme, _) in enumerate(themes) if not theme.sides]
    for index in plain:
        sides = _split(themes[index][1], clauses, answers)
        if sides is not None:
            found.append(([index], sides))
            used.add(index)
    blocked = set(_judgement_stems())
    for question in {a.question for a in answers}:
        blocked.update(
            inflected_stem(strip_accents(t.lower()), lang)
            for t, _, _ in tokens(question)
            for lang in ("fr", "en")
        )
    by_answer: dict[int, set[str]] = {}
    for clause in clauses:
        by_answer.setdefault(clause.answer_index, set()).update(clause.stems)
    said = Counter(s for stems in by_answer.values() for s in stems)
    common = {s for s, n in said.items() if n > COMMON_SHARE * len(answers)}
    blocked |= common
    leans = {i: _lean(themes[i][1], clauses, answers) for i in plain if i not in used}
    leans = {i: lean for i, lean in leans.items() if lean}
    topics = {i: _topic_words(themes[i][1], clauses, blocked) for i in leans}
    pairs = []
    for a in leans:
        for b in leans:
            if leans[a] == 1 and leans[b] == -1:
                shared = topics[a] & topics[b]
                if shared:
                    pairs.append((-len(shared), a, b))
    for _, a, b in sorted(pairs):
        if a not in used and b not in used:
            _paired(a, b, themes, clauses, answers, found, used)
    if features is not None:
        for b in [b for b in plain if _against(b, themes, clauses, answers)]:
            if b in used:
                continue
            calm = [a for a in plain if a not in used and _calm(a, themes, clauses, answers)]
            a = _nearest(b, calm, themes, clauses, answers, features)
            if a is not None:
                _paired(a, b, themes, clauses, answers, found, used)
    return found


def _paired(
    a: int,
    b: int,
    themes: Sequence[tuple[Theme, list[int]]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    found: list[Found],
    used: set[int],
) -> None:
    """Theme `a` (for) and theme `b` (against) opposed, added to `found`, when each side
    holds `MIN_SIDE` participants not on the other; the few of `b` who are for it go to
    `a`'s side."""
    plus, minus = list(themes[a][1]), list(themes[b][1])
    keen = {p for p, s in _stances(minus, clauses, answers).items() if s > 0}
    plus += [r for r in minus if _person(r, clauses, answers) in keen]
    minus = [r for r in minus if _person(r, clauses, answers) not in keen]
    first = {_person(r, clauses, answers) for r in plus}
    second = {_person(r, clauses, answers) for r in minus}
    if len(first - second) >= MIN_SIDE and len(second - first) >= MIN_SIDE:
        found.append(([a, b], (plus, minus)))
        used.update({a, b})


def _nearest(
    against: int,
    candidates: list[int],
    themes: Sequence[tuple[Theme, list[int]]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
) -> int | None:
    """Of `candidates` (calm themes), the one of `against`'s question that the clauses of
    `against` read closest to, above `PAIR_SIMILARITY` on average; none in a question
    about fears or needs (there, refusing something is fearing or lacking it)."""
    rows = themes[against][1]
    asked = _question(rows, clauses, answers)
    if polarity.asks_fears(asked) or alignment.is_need_question(asked):
        return None
    best, best_score = None, PAIR_SIMILARITY
    for other in candidates:
        if other == against or _question(themes[other][1], clauses, answers) != asked:
            continue
        similarity = features.similarity(rows + themes[other][1])
        cross = float(np.mean(similarity[: len(rows), len(rows) :]))
        if cross > best_score:
            best, best_score = other, cross
    return best


def _against(
    index: int,
    themes: Sequence[tuple[Theme, list[int]]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
) -> bool:
    """Whether `AGAINST_SHARE` of theme `index`'s participants, and `MIN_SIDE` at least,
    say they are against what it says (a verdict or a word of judgement: `stance.said`)."""
    people: dict[str, int] = {}
    for row in themes[index][1]:
        person = _person(row, clauses, answers)
        people[person] = min(people.get(person, 0), stance.said(clauses[row]))
    refusing = sum(s < 0 for s in people.values())
    return refusing >= MIN_SIDE and refusing >= AGAINST_SHARE * len(people)


def _calm(
    index: int,
    themes: Sequence[tuple[Theme, list[int]]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
) -> bool:
    """Whether no participant of theme `index` is against what it says."""
    return all(s >= 0 for s in _stances(themes[index][1], clauses, answers).values())


def _question(rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> str:
    """The question most of `rows` answer."""
    asked = Counter(answers[clauses[r].answer_index].question for r in rows)
    return asked.most_common(1)[0][0]


def oppose(builder: Builder) -> bool:
    """The oppositions of stance among the builder's themes made, in place of the themes
    they take; whether any was."""
    found = find(builder.themes, builder.clauses, builder.answers, builder.features, builder.free())
    builder._replace({index: [] for taken, _ in found for index in taken})
    for _, sides in found:
        builder._opposition(contrast.Opposition(sides))
    return bool(found)
