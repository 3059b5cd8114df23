"""A second reading of the convergence groups with the multilingual sentence encoder.

Word stems and the French word vectors tell answers of one idea from answers of another only
weakly (English answers hardly at all): the lexical groups come out small, and many groups
of two join answers that share a word but no idea. The sentence encoder
(`knowledge.encoder`, multilingual-e5-small, shipped offline) reads whole answers, French
and English alike, at about 25 ms an answer on one core: too slow for every answer of a big
workshop, so it reads only each group's most central answers (`CANDIDATES`, one per
participant), at most `BUDGET` a synthesis, smallest groups first (where mistakes are).
Its vectors are centred on their mean (what every answer of the workshop shares) and then:

- a small group whose answers do not hold together is split into its participants;
- groups and split parts are joined, by average linkage on the encoder alone, while they
  hold together (`JOIN_AT`), across questions too: one idea is often scattered (two big
  groups never: the lexical reading kept them apart on more answers than were read);
- a second pass joins the pieces of one theme that pass left: two parts of one question
  that are each other's closest and stand out of the session's own background of part
  pairs (`MERGE_Z`); two small parts only up to `CANDIDATES` people (a minority view stays
  a minority), a one-off part never, two tight views less alike than they are inside
  never (`COHESION_SHARE`);
- a part left with one participant is a one-off idea, no theme; a small group (every
  participant read) where no two participants' answers are clearly alike (`PAIR_AT`) is
  no theme either: one-off ideas that share words, not an idea;
- a group's quotes start from its two most alike participants' answers, then each the
  closest on average to those already quoted.

Groups the budget leaves out keep their lexical reading, but for big ones whose central
answers do not hold together (`encoded_check`: no theme); without the encoder (package
missing, or `AMBASSADE_SENTENCE_ENCODER=off`) nothing changes at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from bot.synthesis import encoded_check
from bot.synthesis.features import Features
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.themes import Group, cluster_one, participants_of, shorten
from bot.synthesis.vectors import unit_rows

# Answers read per synthesis: ~1 s on one core, so 200 × 12 answers stay well under 5 s
# on a loaded machine (4.9 s with 120 under load 5).
BUDGET = 40
CANDIDATES = 4  # per group, one per participant: the quotes (at most 3) and one more
MIN_TEXTS = 12  # fewer: their mean is no fair centre, and the lexical reading stays
TEXT_CHARS = 240
# Mean cosine of centred vectors, tuned on the planted dev sets (bot/bench/synthesis_planted).
SPLIT_BELOW = 0.05
JOIN_AT = 0.2
PAIR_AT = 0.15
# The second pass (`_consolidate`): two parts of one question join when each is the other's
# closest and their mean cosine stands `MERGE_Z` standard deviations above the mean over all
# pairs of parts of the session (its own background, not a fixed threshold).
MERGE_Z = 2.2
COHESION_SHARE = 0.6
MIN_PARTS = 6  # fewer: no fair background
# Parts of different questions join only when closer: the same words in another question
# often serve another idea (as `themes.CROSS_CUT_DISTANCE`).
CROSS_JOIN_AT = 0.3


class SentenceVectors(Protocol):
    def queries(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of `texts`, one row each."""
        ...


class Memo:
    """`encoder` reading each text once per synthesis: the themes' second reading and the
    minority views' (`minority`) ask for some of the same answers."""

    def __init__(self, encoder: SentenceVectors) -> None:
        self.encoder = encoder
        self.read: dict[str, np.ndarray] = {}

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.read]
        if missing:
            found = np.asarray(self.encoder.queries(missing), dtype=np.float32)
            self.read.update(zip(missing, found, strict=True))
        if not texts:
            return np.asarray(self.encoder.queries([]), dtype=np.float32)
        return np.stack([self.read[t] for t in texts])

    def centre(self) -> np.ndarray:
        """The mean of every vector read so far (what every answer of the workshop shares)."""
        return np.mean(list(self.read.values()), axis=0)

    def centred(self, raw: np.ndarray) -> np.ndarray:
        """`raw` vectors less `centre()`, as unit vectors (zero rows stay zero)."""
        return unit_rows(raw - self.centre())


def default_encoder() -> SentenceVectors | None:
    """The shared sentence encoder, unless turned off in the settings or not installed."""
    from bot.settings import get_settings

    if get_settings().sentence_encoder == "off":
        return None
    from knowledge.encoder import shared_encoder

    return shared_encoder()


@dataclass
class _Unit:
    rows: list[int]
    read: list[int]  # rows whose answers were encoded
    total: np.ndarray  # sum of their vectors
    people: int
    questions: frozenset[str]

    def cohesion(self) -> float:
        """Mean cosine between the unit's encoded answers (1 for a single one)."""
        n = len(self.read)
        if n < 2:
            return 1.0
        return float((self.total @ self.total - n) / (n * (n - 1)))


class _Reading:
    def __init__(
        self,
        groups: Sequence[Group],
        clauses: Sequence[Clause],
        answers: Sequence[Answer],
        features: Features,
    ) -> None:
        self.groups = list(groups)
        self.clauses = clauses
        self.answers = answers
        self.features = features
        self.vector: dict[int, np.ndarray] = {}
        self.centre = np.zeros(1, dtype=np.float32)

    def person(self, row: int) -> str:
        return self.answers[self.clauses[row].answer_index].participant

    def text(self, row: int) -> str:
        return shorten(self.answers[self.clauses[row].answer_index].text, TEXT_CHARS)

    def people(self, rows: Sequence[int]) -> int:
        return len(participants_of(rows, self.clauses, self.answers))

    def candidates(self) -> list[list[int]]:
        """Per group, the rows to encode (none for a group the budget leaves out)."""
        picks: list[list[int]] = [[] for _ in self.groups]
        spent = 0
        for index in sorted(
            range(len(self.groups)), key=lambda i: self.people(self.groups[i].rows)
        ):
            chosen = self.central(self.groups[index])
            if spent + len(chosen) > BUDGET:
                break
            picks[index] = chosen
            spent += len(chosen)
        return picks

    def central(self, group: Group) -> list[int]:
        """The group's most central rows, one per participant, at most `CANDIDATES`."""
        chosen: list[int] = []
        seen: set[str] = set()
        for row in group.ranked():
            if self.person(row) not in seen:
                seen.add(self.person(row))
                chosen.append(row)
            if len(chosen) == CANDIDATES:
                break
        return chosen

    def encode(self, rows: list[int], encoder: SentenceVectors) -> bool:
        texts = list(dict.fromkeys(self.text(r) for r in rows))
        if len(texts) < MIN_TEXTS:
            return False
        vectors = np.asarray(encoder.queries(texts), dtype=np.float32)
        self.centre = vectors.mean(axis=0)
        by_text = dict(zip(texts, self.centred(vectors), strict=True))
        self.vector = {r: by_text[self.text(r)] for r in rows}
        return True

    def centred(self, raw: np.ndarray) -> np.ndarray:
        """`raw` vectors less the centre of the answers `encode` read, as unit vectors."""
        return unit_rows(raw - self.centre)

    def unit(self, rows: list[int], read: list[int]) -> _Unit:
        total = np.sum([self.vector[r] for r in read], axis=0)
        return _Unit(rows, read, total, self.people(rows), self.questions(rows))

    def questions(self, rows: Sequence[int]) -> frozenset[str]:
        return frozenset(self.answers[self.clauses[r].answer_index].question for r in rows)

    def core(self, unit: _Unit) -> tuple[list[int], float]:
        """The unit's encoded rows, its closest two first, then each the closest on average
        to those before it; and that first pair's cosine."""
        read = sorted(unit.read)
        if len(read) < 2:
            return read, 1.0
        vectors = np.stack([self.vector[r] for r in read])
        similarity = vectors @ vectors.T
        people = np.array([self.person(r) for r in read])
        similarity[people[:, None] == people[None, :]] = -np.inf  # one's own words
        i, j = np.unravel_index(int(np.argmax(similarity)), similarity.shape)
        best = float(similarity[i, j])
        order = [min(i, j), max(i, j)]
        while len(order) < len(read):
            left = [k for k in range(len(read)) if k not in order]
            order.append(max(left, key=lambda k: (similarity[k, order].mean(), -k)))
        return [read[k] for k in order], best

    def group(self, unit: _Unit, quotes: list[int]) -> Group:
        lexical = cluster_one(self.features, unit.rows)
        rest = [r for r in lexical.ranked() if r not in quotes]
        return Group(unit.rows, lexical.centrality, quotes + rest)


def recheck(
    groups: Sequence[Group],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    encoder: SentenceVectors | None,
) -> list[Group]:
    """The groups of 2+ participants read again with `encoder` (see the module's doc);
    unchanged without one."""
    if encoder is None:
        return list(groups)
    reading = _Reading(groups, clauses, answers, features)
    shared = [g for g in groups if reading.people(g.rows) >= 2]
    reading.groups = shared
    picks = reading.candidates()
    if not reading.encode([r for p in picks for r in p], encoder):
        return list(groups)
    loose = encoded_check.loose_groups(reading, shared, picks, encoder, CANDIDATES)
    kept: list[Group] = []
    units: list[_Unit] = []
    for index, (group, read) in enumerate(zip(shared, picks, strict=True)):
        if not read:
            if index not in loose:
                kept.append(group)
            continue
        unit = reading.unit(group.rows, read)
        if reading.people(group.rows) <= CANDIDATES and unit.cohesion() < SPLIT_BELOW:
            for row in read:
                mine = [r for r in group.rows if reading.person(r) == reading.person(row)]
                units.append(reading.unit(mine, [row]))
        else:
            units.append(unit)
    for unit in _consolidate(_join(units, reading), reading):
        if unit.people < 2:
            continue
        quotes, closest = reading.core(unit)
        if unit.people <= CANDIDATES and closest < PAIR_AT:
            continue
        kept.append(reading.group(unit, quotes))
    kept.sort(key=lambda g: (-len(g.rows), min(g.rows)))
    return kept


def _join(units: list[_Unit], reading: _Reading) -> list[_Unit]:
    """Average linkage on the encoded answers: the two units whose answers are most alike
    on average join, while that mean cosine is at least `JOIN_AT` (`CROSS_JOIN_AT` when
    they answer different questions)."""
    units = list(units)
    while len(units) > 1:
        totals = np.stack([u.total for u in units])
        sizes = np.array([len(u.read) for u in units], dtype=np.float32)
        similarity = (totals @ totals.T) / np.outer(sizes, sizes)
        np.fill_diagonal(similarity, -np.inf)
        # Two groups of more participants than were read were both kept apart by the
        # lexical reading with more evidence than the encoder sees: they never join.
        big = np.array([u.people > CANDIDATES for u in units])
        similarity[np.outer(big, big)] = -np.inf
        asked = sorted({q for u in units for q in u.questions})
        member = np.array([[q in u.questions for q in asked] for u in units], dtype=np.float32)
        similarity[(member @ member.T) == 0] -= CROSS_JOIN_AT - JOIN_AT
        i, j = np.unravel_index(int(np.argmax(similarity)), similarity.shape)
        if similarity[i, j] < JOIN_AT:
            break
        first, second = units[min(i, j)], units[max(i, j)]
        rows = first.rows + second.rows
        units[min(i, j)] = _Unit(
            rows,
            first.read + second.read,
            first.total + second.total,
            reading.people(rows),
            first.questions | second.questions,
        )
        del units[max(i, j)]
    return units


def _consolidate(units: list[_Unit], reading: _Reading) -> list[_Unit]:
    """A second agglomeration over the parts `_join` left, for a theme split into pieces of
    two or three people: two parts of one question join while each is the other's closest
    (mean cosine of their answers) and that cosine stands out of the session's background
    (`MERGE_Z` standard deviations above the mean over all pairs of parts of 2+ people,
    measured once). Two parts of more participants than were read never join (as in
    `_join`)."""
    units = list(units)
    shared = [u for u in units if _stands(u, reading)]
    if len(shared) < MIN_PARTS:
        return units
    background = _similarity(shared)[np.triu_indices(len(shared), 1)]
    bar = float(background.mean() + MERGE_Z * background.std())
    while len(units) > 1:
        similarity = _similarity(units)
        np.fill_diagonal(similarity, -np.inf)
        big = np.array([u.people > CANDIDATES for u in units])
        similarity[np.outer(big, big)] = -np.inf
        # Two small parts join only while all their participants were read (a minority
        # view joined to another small part would pass the minority cap and be lost).
        counts = np.array([u.people for u in units])
        similarity[np.outer(~big, ~big) & (np.add.outer(counts, counts) > CANDIDATES)] = -np.inf
        lone = np.array([not _stands(u, reading) for u in units])
        similarity[lone, :] = -np.inf
        similarity[:, lone] = -np.inf
        cohesion = np.array([u.cohesion() for u in units])
        # Two views each held tightly by its own holders stay apart (a minority beside a
        # theme): the parts must be about as alike as each part's answers are among them.
        similarity[similarity < COHESION_SHARE * np.minimum.outer(cohesion, cohesion)] = -np.inf
        asked = [u.questions for u in units]
        closest = similarity.argmax(axis=1)
        found = [
            (float(similarity[i, j]), i, int(j))
            for i, j in enumerate(closest)
            if i < j and closest[j] == i and similarity[i, j] >= bar and asked[i] & asked[j]
        ]
        if not found:
            break
        _, i, j = max(found)
        first, second = units[i], units[j]
        rows = first.rows + second.rows
        units[i] = _Unit(
            rows,
            first.read + second.read,
            first.total + second.total,
            reading.people(rows),
            first.questions | second.questions,
        )
        del units[j]
    return units


def _stands(unit: _Unit, reading: _Reading) -> bool:
    """Whether `unit` is a theme on its own (`recheck` keeps it): a one-off idea or a pair
    of one-off ideas joins nothing here, it stays free for the minority views' reading."""
    if unit.people < 2:
        return False
    return unit.people > CANDIDATES or reading.core(unit)[1] >= PAIR_AT


def _similarity(units: Sequence[_Unit]) -> np.ndarray:
    """Unit × unit mean cosine of their encoded answers."""
    totals = np.stack([u.total for u in units])
    sizes = np.array([len(u.read) for u in units], dtype=np.float32)
    return np.asarray((totals @ totals.T) / np.outer(sizes, sizes))
