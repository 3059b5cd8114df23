"""Persona drafts from JE answers, offline and deterministic (issue 18, item 6).

Participants (not answers) are grouped (`grouping`) on the dimensions their answers speak
to (`dimensions`). Each group becomes a persona described in its own words: for each
dimension, its salient values (`Trait`s): the options most of the group chose, more often
than the others did, and the ideas (clusters of clauses, `bot.synthesis.themes`) that 2+
of its participants share and few outside it voice. The label joins the two most
distinctive traits of different dimensions; the description lists the traits per
dimension; 2–4 verbatims are the clauses closest to those traits, one per participant.
The set goes through `verify` before it is returned. Fewer than `MIN_PARTICIPANTS`
participants: `TooFewParticipants`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from bot.personas import grouping
from bot.personas.dimensions import dimensions_of
from bot.personas.model import (
    DIMENSIONS,
    MAX_VERBATIMS,
    MIN_PARTICIPANTS,
    Persona,
    PersonaSet,
    TooFewParticipants,
    Trait,
)
from bot.personas.verify import verify_set
from bot.synthesis import themes
from bot.synthesis.features import Features, build
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, clauses, says_something, tokens
from bot.synthesis.vectors import WordVectors
from prompts.catalog import normalize_language, text

MIN_CHOICE_SHARE = 0.5  # of the group choosing an option for it to be salient
MIN_LIFT = 1.15  # …and this many times more often than the whole set
TEXT_MATCH = 0.45  # similarity at which someone outside the group voices the same idea
TRAITS_PER_DIMENSION = 2
LABEL_CHARS = 80
MIN_PHRASE_WORDS = 3  # a shorter shared phrase says too little ("Tester", "soient ignorées")
VALUE_WORDS = 7


class _Material:
    def __init__(
        self,
        answers: list[Answer],
        dimension_of: Mapping[str, str],
        language: str,
        vectors: WordVectors | None,
    ) -> None:
        self.answers = answers
        self.language = language
        self.dimension_of = dimension_of
        self.clauses: list[Clause] = []
        self.clause_dimension: list[str] = []
        for index, answer in enumerate(answers):
            dimension = dimension_of.get(answer.id)
            if dimension is None or answer.kind != "text":
                continue
            for clause in clauses(index, answer.text, language):
                if says_something(clause):
                    self.clauses.append(clause)
                    self.clause_dimension.append(dimension)
        self.features: Features | None = build(self.clauses, vectors) if self.clauses else None
        people = list(dict.fromkeys(a.participant for a in answers if a.id in dimension_of))
        rows: dict[str, dict[str, list[int]]] = {p: defaultdict(list) for p in people}
        for row, clause in enumerate(self.clauses):
            participant = answers[clause.answer_index].participant
            rows[participant][self.clause_dimension[row]].append(row)
        chosen: dict[str, dict[str, set[str]]] = {p: defaultdict(set) for p in people}
        self.choice_ids: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.choice_text: dict[str, str] = {}
        for answer in answers:
            dimension = dimension_of.get(answer.id)
            if dimension is None or answer.kind == "text":
                continue
            key = grouping.choice_key(answer.text)
            chosen[answer.participant][dimension].add(key)
            self.choice_ids[(answer.participant, dimension, key)].append(answer.id)
            self.choice_text.setdefault(key, answer.text.strip())
        self.points = [
            grouping.Point(p, dict(rows[p]), {d: frozenset(v) for d, v in chosen[p].items()})
            for p in people
        ]


def draft(
    answers: Iterable[Answer],
    *,
    known: Mapping[str, str | None] | None = None,
    language: str = "fr",
) -> PersonaSet:
    """2–6 verified persona drafts from `answers` (see the module doc). `known` maps
    questions to dimensions (the JE flow's step titles); others are guessed from words."""
    rows = [a for a in answers if a.text.strip()]
    lang = normalize_language(language)
    material = _Material(rows, dimensions_of(rows, known), lang, WordVectors.load())
    if len(material.points) < MIN_PARTICIPANTS:
        raise TooFewParticipants(len(material.points))
    sim = grouping.similarity(material.points, material.features)
    found = grouping.group(sim)
    personas: list[Persona] = []
    used: set[str] = set()
    for g in range(int(found.labels.max()) + 1):
        members = [i for i, label in enumerate(found.labels) if label == g]
        personas.append(_persona(material, members, used))
    drafted = PersonaSet(
        participants=len(material.points),
        personas=tuple(personas),
        separation=found.separation,
        caveat=text(lang, "personas.caveat"),
        language=lang,
    )
    return verify_set(drafted, rows)


def _persona(material: _Material, members: list[int], used: set[str]) -> Persona:
    points = material.points
    inside = {points[i].participant for i in members}
    traits: list[tuple[float, Trait, list[int]]] = []
    for dimension in DIMENSIONS:
        traits += _choice_traits(material, members, dimension)
        traits += _text_traits(material, members, dimension)
    traits.sort(key=lambda item: (-item[0], DIMENSIONS.index(item[1].dimension), item[1].value))
    worded = [t for _, t, rows in traits if rows][:1]  # the best idea said in sentences
    label = _label([*worded, *(t for _, t, _ in traits)], used)
    ids = [
        a.id for a in material.answers if a.participant in inside and a.id in material.dimension_of
    ]
    # The traits' most central clauses in turn, so that the quotes cover several traits.
    lists = [rows for _, _, rows in traits if rows]
    ranked = [
        rows[n] for n in range(max(map(len, lists), default=0)) for rows in lists if n < len(rows)
    ]
    every_row = [r for i in members for rs in points[i].text_rows.values() for r in rs]
    if material.features is not None and every_row:
        ranked += themes.cluster_one(material.features, every_row).ranked()
    verbatims = themes.verbatims(
        list(dict.fromkeys(ranked)), material.clauses, material.answers, limit=MAX_VERBATIMS
    )
    kept = sorted((t for _, t, _ in traits), key=lambda t: DIMENSIONS.index(t.dimension))
    return Persona(
        label=label,
        description=describe(kept, len(members), material.language),
        participants=tuple(sorted(inside, key=_label_order)),
        answer_ids=tuple(ids),
        verbatims=verbatims,
        traits=tuple(kept),
    )


def _label_order(label: str) -> tuple[int, str]:
    digits = label[1:] if label[:1] == "P" else ""
    return (int(digits), label) if digits.isdigit() else (10**9, label)


def _choice_traits(
    material: _Material, members: list[int], dimension: str
) -> list[tuple[float, Trait, list[int]]]:
    points = material.points
    everyone = Counter(v for p in points for v in p.choices.get(dimension, ()))
    answered = sum(1 for p in points if p.choices.get(dimension))
    group = Counter(v for i in members for v in points[i].choices.get(dimension, ()))
    result: list[tuple[float, Trait, list[int]]] = []
    for value, count in group.items():
        share = count / len(members)
        lift = share / (everyone[value] / max(answered, 1))
        if count < 2 or share < MIN_CHOICE_SHARE or lift < MIN_LIFT:  # one person is no trait
            continue
        ids = [
            a
            for i in members
            for a in material.choice_ids.get((points[i].participant, dimension, value), ())
        ]
        outside = (everyone[value] - count) / max(len(points) - len(members), 1)
        trait = Trait(dimension, material.choice_text[value], count, tuple(ids))
        result.append((share * (1 - outside), trait, []))
    result.sort(key=lambda item: -item[0])
    return result[:TRAITS_PER_DIMENSION]


def _text_traits(
    material: _Material, members: list[int], dimension: str
) -> list[tuple[float, Trait, list[int]]]:
    features = material.features
    points = material.points
    rows = [r for i in members for r in points[i].text_rows.get(dimension, ())]
    if features is None or len(rows) < 2:
        return []
    outside_rows = [
        r for i, p in enumerate(points) if i not in members for r in p.text_rows.get(dimension, ())
    ]
    outsiders = max(len(points) - len(members), 1)
    result: list[tuple[float, Trait, list[int]]] = []
    for cluster in themes.cluster(features, rows):
        people = themes.participants_of(cluster.rows, material.clauses, material.answers)
        if len(people) < 2:
            continue
        central = cluster.ranked()[:3]
        voiced: set[str] = set()
        if outside_rows:
            sim = features.similarity(central + outside_rows)[: len(central), len(central) :]
            close = np.asarray(sim.max(axis=0) >= TEXT_MATCH)
            voiced = {
                material.answers[material.clauses[r].answer_index].participant
                for r, near in zip(outside_rows, close, strict=True)
                if near
            }
        share = len(people) / len(members)
        value = _text_value(material, cluster)
        ids = themes.answer_ids_of(cluster.rows, material.clauses, material.answers)
        trait = Trait(dimension, value, len(people), tuple(ids))
        result.append((share * (1 - len(voiced) / outsiders), trait, cluster.ranked()))
    result.sort(key=lambda item: -item[0])
    return result[:TRAITS_PER_DIMENSION]


def _text_value(material: _Material, cluster: themes.Group) -> str:
    """The idea in the group's words: its most shared phrase when it has a few words,
    else the beginning of its most central clause."""
    assert material.features is not None
    shared = themes.label(cluster.rows, material.clauses, material.answers, material.features)
    if len(tokens(shared)) >= MIN_PHRASE_WORDS:
        return shared
    central = material.clauses[cluster.ranked()[0]].text
    words = tokens(central)
    if len(words) > VALUE_WORDS:
        central = central[: words[VALUE_WORDS - 1][2]].rstrip(" ,;:") + "…"
    return central.strip().rstrip(".!?;:,")


def _label(traits: Sequence[Trait], used: set[str]) -> str:
    """The first two `traits` of different dimensions, in the group's words."""
    parts: list[str] = []
    dimensions: set[str] = set()
    for trait in traits:
        if trait.dimension in dimensions:
            continue
        parts.append(themes.shorten(trait.value, LABEL_CHARS // 2))
        dimensions.add(trait.dimension)
        if len(parts) == 2:
            break
    base = " · ".join(parts) or "?"
    base = base[:1].upper() + base[1:]
    label, n = base, 2
    while label.casefold() in used:
        label, n = f"{base} ({n})", n + 1
    used.add(label.casefold())
    return label


def describe(traits: Sequence[Trait], count: int, language: str) -> str:
    """One sentence per persona: its main trait in each dimension (the first given)."""
    by_dimension: dict[str, list[str]] = defaultdict(list)
    for trait in traits:
        if by_dimension[trait.dimension]:
            continue
        by_dimension[trait.dimension].append(
            f"« {trait.value} »" if language == "fr" else f'"{trait.value}"'
        )
    parts = [
        text(language, f"personas.describe.{d}", values=", ".join(by_dimension[d]))
        for d in DIMENSIONS
        if by_dimension[d]
    ]
    if not parts:
        return text(language, "personas.describe.none", count=count)
    return text(language, "personas.describe.lead", count=count, traits=" ; ".join(parts))
