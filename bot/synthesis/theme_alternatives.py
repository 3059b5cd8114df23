"""Oppositions between two themes of one question that answers present as alternatives
(issue 18, 2b).

Two groups answering the same question may choose different options of one dimension in
words that share no antonym: "un don à l'association plutôt qu'un cadeau pour moi" beside
"des frais de dossier offerts". Merely different themes of a question do not oppose; two
do when the answers themselves say so:
- set aside: a participant of one theme sets aside a word the other theme says plainly
  and it does not (compared by stem), or a word naming a pole of an axis or antonym pair
  (`lexicon.yaml`: `axes`, `axes_contextual`, `polarity.antonyms`) the other theme names.
  What is set aside: what a preference puts after ("plutôt que", "rather than", "au lieu
  de", "instead of"); outside questions about needs (where "pas de X" is a lack), also
  what a negation reaches (`contrast.negated`: "pas de", "no", "without"), and a pole word
  just after a negation or a word of less ("pas trop souvent");
- poles: each theme names one pole of the same axis or antonym pair, by more than
  `POLE_SHARE` of its participants, and none of its participants names the other pole
  (pole words are matched whole: a stem may be another word's, "collect" / "collectif").
Then a theme left opposes the clauses of its question no theme took (`free`) whose
participants choose the other way in the same sense. Words of the question, of judgement
or will, and words said by more than `COMMON_SHARE` of the question's participants link
nothing. Not in questions about fears (there, setting something aside is fearing it).
Each side needs `MIN_SIDE` participants not on the other. Made last, after the
oppositions of stance (`stance_pairs`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bot.synthesis import contrast, polarity, preference, stance_pairs
from bot.synthesis.alignment import is_need_question
from bot.synthesis.amount import Builder
from bot.synthesis.model import Answer, Theme
from bot.synthesis.polarity_words import (
    CONTEXTUAL,
    NEGATION_WINDOW,
    lists,
    pole_phrases_by_first,
    poles,
)
from bot.synthesis.text import Clause, inflected_stem, strip_accents, tokens

MIN_SIDE = 2
COMMON_SHARE = 0.5
POLE_SHARE = 0.5

Found = tuple[list[int], tuple[list[int], list[int]]]  # themes taken, (first, second) rows


def _pole_at(words: Sequence[str], at: int, language: str) -> set[str]:
    """The poles the word at `at` names, alone or as the first of a pole phrase."""
    found: set[tuple[str, int]] = set()
    named = poles(language)
    pole = named.get(words[at])  # the word itself: a stem may be another word's ("collect")
    if pole is not None:
        found.add(pole)
    for phrase, name, sign in pole_phrases_by_first().get(words[at], ()):
        if tuple(words[at : at + len(phrase)]) == phrase:
            found.add((name, sign))
    return {f"{name.rstrip(CONTEXTUAL)}:{sign}" for name, sign in found}


def _set_aside_at(clause: Clause, needs: bool) -> set[int]:
    """Indices of the words `clause` sets aside; in a question about needs, only what a
    preference puts after ("plutôt qu'un cadeau"): there, "pas de X" is a lack."""
    if not needs:
        return contrast.negated(clause)
    words, language = clause.words, clause.language
    found: set[int] = set()
    for _, second in preference.ranked(words, lambda w: contrast._content(w, language)):
        found.update(range(second, min(len(words), second + contrast.SET_ASIDE_WORDS)))
    return found


def _flipped(words: Sequence[str], at: int) -> bool:
    """Whether a negation or a word of less comes just before the pole word at `at` ("pas
    trop souvent", "le moins souvent possible": the pole is set aside)."""
    before = words[max(0, at - NEGATION_WINDOW) : at]
    return any(w in lists().negations or w in lists().less for w in before)


class _Reading:
    """What each theme's clauses say plainly and set aside, by participant."""

    def __init__(
        self,
        rows: Sequence[int],
        clauses: Sequence[Clause],
        answers: Sequence[Answer],
        every: Sequence[Clause],
        needs: bool,
        blocked: set[str],
    ) -> None:
        self.people: set[str] = set()
        self.said: Counter[str] = Counter()  # stem or pole -> participants saying it plainly
        self.plain: dict[str, set[str]] = {}  # participant -> stems and poles said plainly
        self.aside: dict[str, set[str]] = {}  # participant -> stems and poles set aside
        self.poles: dict[str, set[str]] = {}  # participant -> poles named plainly
        seen: set[int] = set()
        for row in rows:
            index = clauses[row].answer_index
            person = answers[index].participant
            self.people.add(person)
            if index in seen:
                continue
            seen.add(index)
            said: set[str] = set()
            for clause in (c for c in every if c.answer_index == index):
                out = _set_aside_at(clause, needs)
                for at, word in enumerate(clause.words):
                    named = _pole_at(clause.words, at, clause.language)
                    flipped = bool(named) and _flipped(clause.words, at)
                    if flipped and needs:
                        continue  # "pas de visio" lacks it: neither chosen nor set aside
                    if at in out or flipped:
                        self.aside.setdefault(person, set()).update(named)
                        if contrast._content(word, clause.language):
                            self.aside[person].add(inflected_stem(word, clause.language))
                    else:
                        self.poles.setdefault(person, set()).update(named)
                        if contrast._content(word, clause.language):
                            said.add(inflected_stem(word, clause.language))
                        said |= {f"pole:{p}" for p in named}
            self.said.update(said - blocked)
            self.plain.setdefault(person, set()).update(said - blocked)
        for person, aside in self.aside.items():
            self.aside[person] = {a if ":" not in a else f"pole:{a}" for a in aside} - blocked


def _question_stems(question: str) -> set[str]:
    return {
        inflected_stem(strip_accents(t.lower()), lang)
        for t, _, _ in tokens(question)
        for lang in ("fr", "en")
    }


def _set_aside_links(a: _Reading, b: _Reading) -> int:
    """Participants of `b` (not of `a`) who set aside what `a` says plainly and no
    participant of `b` says plainly."""
    count = 0
    for person, aside in b.aside.items():
        if person in a.people:
            continue
        if (aside & set(a.said)) - set(b.said):
            count += 1
    return count


def _leans(reading: _Reading) -> set[str]:
    """The poles more than `POLE_SHARE` of `reading`'s participants name, none the other."""
    found = set()
    for pole in {p for ps in reading.poles.values() for p in ps}:
        named = sum(pole in reading.poles.get(p, ()) for p in reading.people)
        if named > POLE_SHARE * len(reading.people) and not _named(reading, _other(pole)):
            found.add(pole)
    return found


def _other(pole: str) -> str:
    name, sign = pole.rsplit(":", 1)
    return f"{name}:{-int(sign)}"


def _named(reading: _Reading, pole: str) -> bool:
    return any(pole in reading.poles.get(p, ()) for p in reading.people)


def _pole_links(a: _Reading, b: _Reading) -> bool:
    """Whether `a` and `b` each name one pole of one axis, none the other."""
    return any(_other(pole) in _leans(b) for pole in _leans(a))


def _choosing_other(a: _Reading, free: _Reading) -> set[str]:
    """The participants of `free` (not of `a`) who set aside what `a` says plainly and do
    not say it, or name only the other pole of a pole `a` leans to."""
    said = set(a.said)
    leans = _leans(a)
    found = set()
    for person in free.people - a.people:
        plain, poles = free.plain.get(person, set()), free.poles.get(person, set())
        aside = (free.aside.get(person, set()) & said) - plain
        if aside or any(_other(pole) in poles and pole not in poles for pole in leans):
            found.add(person)
    return found


def find(
    themes: Sequence[tuple[Theme, list[int]]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    free: Sequence[int] = (),
) -> list[Found]:
    """Pairs of plain themes of one question that answers present as alternatives, and
    plain themes against the `free` clauses (no theme took them) that choose the other
    way, with the themes each one takes."""
    by_question: dict[str, list[int]] = {}
    for index, (theme, _) in enumerate(themes):
        if not theme.sides and theme.question:
            by_question.setdefault(theme.question, []).append(index)
    judgement = stance_pairs._judgement_stems()
    found: list[Found] = []
    for question, indices in by_question.items():
        if polarity.asks_fears(question):
            continue
        needs = is_need_question(question)
        asked = [i for i, a in enumerate(answers) if a.question == question]
        every = [c for c in clauses if answers[c.answer_index].question == question]
        people = {answers[i].participant for i in asked}
        by_person: dict[str, set[str]] = {}
        for c in every:
            by_person.setdefault(answers[c.answer_index].participant, set()).update(c.stems)
        spread = Counter(s for stems in by_person.values() for s in stems)
        common = {s for s, n in spread.items() if n > COMMON_SHARE * len(people)}
        blocked = _question_stems(question) | judgement | common
        read = {i: _Reading(themes[i][1], clauses, answers, every, needs, blocked) for i in indices}
        scored: list[tuple[int, int, int]] = []
        for a in indices:
            for b in indices:
                if a >= b:
                    continue
                links = _set_aside_links(read[a], read[b]) + _set_aside_links(read[b], read[a])
                if not links and _pole_links(read[a], read[b]):
                    links = 1
                if links and _apart(read[a], read[b]):
                    scored.append((-links, a, b))
        used: set[int] = set()
        for _, a, b in sorted(scored):
            if a not in used and b not in used:
                found.append(([a, b], (themes[a][1], themes[b][1])))
                used.update({a, b})
        # A theme against the clauses no theme took that choose the other way.
        left = [r for r in free if answers[clauses[r].answer_index].question == question]
        others = _Reading(left, clauses, answers, every, needs, blocked)
        for a in sorted(indices, key=lambda i: -len(read[i].people)):
            if a in used:
                continue
            choosing = _choosing_other(read[a], others)
            if len(choosing) >= MIN_SIDE and len(read[a].people - choosing) >= MIN_SIDE:
                rows = [r for r in left if answers[clauses[r].answer_index].participant in choosing]
                found.append(([a], (themes[a][1], rows)))
                used.add(a)
                left = [r for r in left if r not in rows]
                others = _Reading(left, clauses, answers, every, needs, blocked)
    return found


def _apart(a: _Reading, b: _Reading) -> bool:
    return len(a.people - b.people) >= MIN_SIDE and len(b.people - a.people) >= MIN_SIDE


def oppose(builder: Builder) -> bool:
    """The themes the answers present as alternatives opposed, in place of the themes
    each opposition takes; whether any was."""
    found = find(builder.themes, builder.clauses, builder.answers, builder.free())
    builder._replace({index: [] for taken, _ in found for index in taken})
    for _, sides in found:
        builder._opposition(contrast.Opposition((list(sides[0]), list(sides[1]))))
    return bool(found)
