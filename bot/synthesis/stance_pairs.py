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

from bot.synthesis import contrast, stance
from bot.synthesis.amount import Builder
from bot.synthesis.model import Answer, Theme
from bot.synthesis.polarity_words import CONTEXTUAL, pole_phrases, poles
from bot.synthesis.text import Clause, inflected_stem, lexicon, stem, strip_accents, tokens

MIN_SIDE = 2
SPLIT_COVER = 0.6
SIDE_SHARE = 0.6
COMMON_SHARE = 0.15

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
    share is against and none for, else 0."""
    people = _stances(rows, clauses, answers)
    signs = Counter(people.values())
    if signs[1] >= SIDE_SHARE * len(people) and not signs[-1]:
        return 1
    if signs[-1] >= SIDE_SHARE * len(people) and not signs[1]:
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
        if a in used or b in used:
            continue
        plus, minus = themes[a][1], themes[b][1]
        first = {_person(r, clauses, answers) for r in plus}
        second = {_person(r, clauses, answers) for r in minus}
        if len(first - second) < MIN_SIDE or len(second - first) < MIN_SIDE:
            continue
        found.append(([a, b], (list(plus), list(minus))))
        used.update({a, b})
    return found


def oppose(builder: Builder) -> bool:
    """The oppositions of stance among the builder's themes made, in place of the themes
    they take; whether any was."""
    found = find(builder.themes, builder.clauses, builder.answers)
    builder._replace({index: [] for taken, _ in found for index in taken})
    for _, sides in found:
        builder._opposition(contrast.Opposition(sides))
    return bool(found)
