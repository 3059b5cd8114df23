"""Objectives × needs: which themes support each objective, which needs no objective serves.

Clauses meet an objective's specific words as `objective_words` reads them. A theme
supports an objective when at least `SUPPORT_PEOPLE` of its participants each say a
specific word of it (`WORD_MATCH` or closer); themes are ranked by how much of the
objective their participants cover (words weighted by their rarity in the session). A word
two objectives share ("magasins" in showing bikes in stores and in recruiting partner
stores) links a theme only to the objective it says more words of (`_borrowed`); the other
still counts as met in its own words, so no left-out answers are gathered for it
(`engine.back`). The sentence encoder then reads the links again (`objective_reading`): of
an objective's links, those its answers' meaning does not bear out are dropped, its best
one stays. A theme of brakes (fears, what would make them quit) serves only an objective
that protects from or relieves of something (`objective_fears`), by its words or in other
words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from bot.synthesis import completion, objective_fears, objective_reading, objective_refusal
from bot.synthesis import objective_paraphrase as paraphrase
from bot.synthesis.encoded import Memo
from bot.synthesis.features import Features
from bot.synthesis.model import Answer, Need, ObjectiveLink, Theme
from bot.synthesis.objective_words import WORD_MATCH, Meeting, generic_stems, objective_words
from bot.synthesis.text import Clause, lexicon, stem, strip_accents, tokens
from bot.synthesis.vectors import WordVectors
from bot.synthesis.word_match import TRANSLATION_MATCH

if TYPE_CHECKING:
    from bot.synthesis.engine import _Builder

MAX_SUPPORTING_THEMES = 4
SUPPORT_PEOPLE = 2
NAMED = TRANSLATION_MATCH  # a word named, not only close in meaning (`completion`)

# (links, unserved needs, unsupported objectives)
Alignment = tuple[tuple[ObjectiveLink, ...], tuple[Need, ...], tuple[str, ...]]


def is_need_question(question: str) -> bool:
    words = {strip_accents(w.lower()) for w, _, _ in tokens(question)}
    cues = {strip_accents(str(w)) for ws in lexicon()["need_question_words"].values() for w in ws}
    stems = {stem(w, "fr") for w in words} | {stem(w, "en") for w in words}
    cue_stems = {stem(w, "fr") for w in cues} | {stem(w, "en") for w in cues}
    return bool(words & cues or stems & cue_stems)


def support(
    objectives: Sequence[str],
    theme_rows: Sequence[Sequence[int]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
    encoder: Memo | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """objectives × themes: (coverage, supports) as the module doc says. A participant's
    coverage is that of their best clause (the objective's specific words each met by the
    clause's closest word, weighted by rarity); the theme's is the `SUPPORT_PEOPLE`-th best
    participant's. With `encoder`, a link the answers' meaning does not bear out is no
    support (`objective_reading`); an objective no theme supports by its words is supported
    by the themes that serve it in other words (`objective_paraphrase`). Third: the
    supports once the themes one participant short that clauses left out of every theme
    complete support the objectives no theme supports (`completion`). Fourth: the supports
    by the objectives' own words only."""
    shape = (len(objectives), len(theme_rows))
    coverage = np.zeros(shape, dtype=np.float32)
    supports = np.zeros(shape, dtype=bool)
    # A theme cites whole answers: a clause of its answers that no theme took is read with
    # it ("il est abonné depuis deux saisons ! Convaincre d'autres copains me plairait").
    taken = {r for rows in theme_rows for r in rows}
    cited = {clauses[r].answer_index for r in taken}
    loose: dict[int, list[int]] = {}
    for r, clause in enumerate(clauses):
        if clause.answer_index in cited and r not in taken:
            loose.setdefault(clause.answer_index, []).append(r)
    used = sorted(taken) + [r for rs in loose.values() for r in rs]
    read = [
        list(rows)
        + [r for index in {clauses[r].answer_index for r in rows} for r in loose.get(index, ())]
        for rows in theme_rows
    ]
    free = completion.free_clauses(clauses, answers, taken, cited)
    generic = generic_stems(clauses, answers)
    reader = Meeting(clauses, used + free, features, vectors, language, generic)
    links: dict[tuple[int, int], dict[str, list[int]]] = {}
    completed: dict[int, list[int]] = {}
    guards = _guards(objectives, language)
    words: dict[tuple[int, int], frozenset[int]] = {}
    for i, objective in enumerate(objectives):
        found = reader.rows(objective)
        if found is None:
            continue
        met, weights = found
        for j, rows in enumerate(theme_rows):
            best: dict[str, float] = {}
            meeting: dict[str, list[int]] = {}
            said = np.zeros(len(weights), dtype=np.float32)
            for r in read[j]:
                if r not in met:
                    continue
                person = answers[clauses[r].answer_index].participant
                best[person] = max(best.get(person, 0.0), float(met[r] @ weights))
                if met[r].max() >= WORD_MATCH and (
                    guards[i]
                    or not (
                        clauses[r].against or objective_refusal.refuses(clauses[r], reader.said[r])
                    )
                ):
                    meeting.setdefault(person, []).append(clauses[r].answer_index)
                    said = np.maximum(said, met[r])
            if len(meeting) == SUPPORT_PEOPLE - 1 and completion.completes(
                rows, said >= WORD_MATCH, set(meeting), free, met, clauses, answers, NAMED
            ):
                completed.setdefault(i, []).append(j)
            ranked = sorted(best.values(), reverse=True)
            if len(ranked) >= SUPPORT_PEOPLE:
                coverage[i, j] = ranked[SUPPORT_PEOPLE - 1]
            if len(meeting) >= SUPPORT_PEOPLE:
                supports[i, j] = True
                links[i, j] = meeting
                words[i, j] = frozenset(int(k) for k in np.flatnonzero(said >= WORD_MATCH))
    # A word two objectives share links a theme to the one it says more of (`_borrowed`).
    borrowed = _borrowed(objectives, words, generic, language)
    for i, j in borrowed:
        supports[i, j] = False
    # What participants fear serves only an objective that protects from it.
    barred = _barred(objectives, theme_rows, clauses, answers, language)
    supports &= ~barred
    links = {link: who for link, who in links.items() if supports[link]}
    for i, j in objective_reading.vetoed(objectives, links, answers, encoder, SUPPORT_PEOPLE):
        supports[i, j] = False
    # An objective no theme supports by its words may be served in other words.
    worded = supports.copy()
    for i, j in borrowed:
        worded[i, j] = not barred[i, j]
    for i, objective in enumerate(objectives):
        if not supports[i].any():
            served = paraphrase.serving_themes(
                objective, language, read, clauses, answers, SUPPORT_PEOPLE
            )
            supports[i, served] = True
    supports &= ~barred
    whole = supports.copy()
    for i, themes in completed.items():
        if not supports[i].any():
            whole[i, [j for j in themes if not barred[i, j]]] = True
    return coverage, supports, whole, worded


def _borrowed(
    objectives: Sequence[str],
    words: dict[tuple[int, int], frozenset[int]],
    generic: set[str],
    language: str,
) -> set[tuple[int, int]]:
    """Links (objective, theme) whose words met are all words another objective says too,
    where that objective the theme meets on more of its words: a word two objectives share
    ("magasins" in showing bikes in stores and in recruiting partner stores) does not tell
    which one a theme serves; the theme serves the one it says more of."""
    stems = [
        [s for _, s, _ in objective_words(o, language) if s not in generic] for o in objectives
    ]
    found = set()
    for (i, j), met in words.items():
        mine = {stems[i][k] for k in met if k < len(stems[i])}
        for (k, other), theirs in words.items():
            if other == j and k != i and len(theirs) > len(met) and mine <= set(stems[k]):
                found.add((i, j))
    return found


def _barred(
    objectives: Sequence[str],
    theme_rows: Sequence[Sequence[int]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    language: str,
) -> np.ndarray:
    """objectives × themes: a theme of brakes and an objective that protects from nothing
    (`objective_fears`)."""
    brakes = np.array(objective_fears.brake_themes(theme_rows, clauses, answers), dtype=bool)
    return ~_guards(objectives, language)[:, None] & brakes[None, :]


def _guards(objectives: Sequence[str], language: str) -> np.ndarray:
    """Per objective, whether it protects from something or relieves of it
    (`objective_fears`, or a goal that answers about fears serve)."""
    return np.array(
        [
            objective_fears.protects(o) or bool(paraphrase.serving_stems(o, language, fears=True))
            for o in objectives
        ],
        dtype=bool,
    )


def align(
    objectives: Sequence[str],
    themes: Sequence[tuple[Theme, list[int]]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
    encoder: Memo | None = None,
) -> tuple[Alignment, Alignment, list[str]]:
    """`objectives` against `themes` (each with its clauses' rows): the alignment without
    and with the themes that left-out clauses complete (`support`), and the objectives no
    theme supports by their own words."""
    rows = [r for _, r in themes]
    reading = (clauses, answers, features, vectors, language, encoder)
    coverage, supports, completed, worded = support(objectives, rows, *reading)
    found = [theme for theme, _ in themes]
    return (
        links(found, objectives, coverage, supports),
        links(found, objectives, coverage, completed),
        [o for i, o in enumerate(objectives) if not worded[i].any()],
    )


def of_builder(
    b: _Builder, ordered: Sequence[tuple[Theme, list[int]]], objectives: Sequence[str]
) -> tuple[Alignment, Alignment, list[str]]:
    """`align` of a synthesis builder's `ordered` themes."""
    reading = (b.clauses, b.answers, b.features, b.vectors, b.language, b.encoder)
    return align(objectives, ordered, *reading)


def links(
    themes: Sequence[Theme],
    objectives: Sequence[str],
    coverage: np.ndarray,
    supports: np.ndarray,
) -> Alignment:
    """Per objective its supporting themes (at most `MAX_SUPPORTING_THEMES`, by coverage),
    the themes without sides that support none, the objectives none supports."""
    found: list[ObjectiveLink] = []
    unsupported: list[str] = []
    for i, objective in enumerate(objectives):
        supporting = [j for j in coverage[i].argsort(kind="stable")[::-1] if supports[i, j]]
        supporting = supporting[:MAX_SUPPORTING_THEMES]
        if not supporting:
            unsupported.append(objective)
            found.append(ObjectiveLink(objective, (), ()))
            continue
        ids = list(dict.fromkeys(a for j in supporting for a in themes[j].answer_ids))
        found.append(
            ObjectiveLink(objective, tuple(themes[j].label for j in supporting), tuple(ids))
        )
    unserved = [
        Need(theme.label, theme.answer_ids)
        for j, theme in enumerate(themes)
        if not theme.sides and not supports[:, j].any()
    ]
    return tuple(found), tuple(unserved), tuple(unsupported)


def kept(before: Alignment, after: Alignment) -> Alignment:
    """`after`, aligned with more themes than `before`, where an objective `before`
    supported and `after` does not keeps its link of `before`: the answers a theme added
    took may have completed another (`completion`), and a theme added takes no support
    away."""
    links_before, _, unsupported_before = before
    links_after, unserved, unsupported = after
    lost = set(unsupported) - set(unsupported_before)
    if not lost:
        return after
    links = tuple(
        old if new.text in lost else new for new, old in zip(links_after, links_before, strict=True)
    )
    serving = {label for link in links for label in link.supported_by}
    return (
        links,
        tuple(need for need in unserved if need.label not in serving),
        tuple(o for o in unsupported if o not in lost),
    )
