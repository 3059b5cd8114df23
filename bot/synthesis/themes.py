"""Themes of one question: clause clustering, labels in the answers' own words, verbatims.

Clauses of one question are clustered by average linkage on `1 - similarity` (see
`features`), cut at `CUT_DISTANCE`: tuned so that 8 to 300 participants give groups that
each hold one idea, rather than few groups that mix several.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from bot.synthesis.features import Features
from bot.synthesis.model import Answer, Verbatim
from bot.synthesis.text import Clause, stem, stop_words, strip_accents, tokens
from bot.synthesis.verify import normalise

CUT_DISTANCE = 0.85
# Groups of different questions join only when closer: the same words in another question
# often serve another idea ("manager" as a brake, "management" recognising work).
CROSS_CUT_DISTANCE = 0.75
MAX_VERBATIMS = 3
MAX_VERBATIM_CHARS = 180
MAX_LABEL_WORDS = 5
SHARED_LABEL = 0.4  # part of a group's participants who must use a phrase for it to label
CLAUSE_LABEL_WORDS = 8
LABEL_ROWS = 60  # a label is sought among the group's most central clauses


@dataclass
class Group:
    """Clauses (indices into the synthesis' clause list) that carry one idea."""

    rows: list[int]
    centrality: dict[int, float]
    quotes: list[int] | None = None  # rows to quote first, best first (`encoded`)

    def ranked(self) -> list[int]:
        return sorted(self.rows, key=lambda r: (-self.centrality[r], r))

    def quoted(self) -> list[int]:
        """Rows in the order their words are quoted: `quotes` when set, else by centrality."""
        return self.ranked() if self.quotes is None else self.quotes


def cluster(features: Features, rows: Sequence[int]) -> list[Group]:
    """Groups of `rows`, biggest first; rows with no word to compare stay alone."""
    rows = list(rows)
    if not rows:
        return []
    if len(rows) == 1:
        return [Group(rows, {rows[0]: 1.0})]
    similarity = features.similarity(rows)
    distance = np.clip(1.0 - similarity, 0.0, 2.0)
    distance = (distance + distance.T) / 2
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, CUT_DISTANCE, criterion="distance")
    members: dict[int, list[int]] = defaultdict(list)
    for position, label in enumerate(labels):
        members[int(label)].append(position)
    groups = []
    for positions in members.values():
        block = similarity[np.ix_(positions, positions)]
        score = block.mean(axis=1) if len(positions) > 1 else np.ones(1)
        groups.append(
            Group(
                [rows[p] for p in positions],
                {rows[p]: float(s) for p, s in zip(positions, score, strict=True)},
            )
        )
    groups.sort(key=lambda g: (-len(g.rows), min(g.rows)))
    return groups


def participants_of(
    rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> list[str]:
    return list(dict.fromkeys(answers[clauses[r].answer_index].participant for r in rows))


def answer_ids_of(
    rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> list[str]:
    return list(dict.fromkeys(answers[clauses[r].answer_index].id for r in sorted(rows)))


def verbatims(
    ranked: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    limit: int | None = None,
) -> tuple[Verbatim, ...]:
    """The most central clauses, one per participant, cut to a readable length."""
    limit = limit or MAX_VERBATIMS
    chosen: list[Verbatim] = []
    seen: set[str] = set()
    for row in ranked:
        answer = answers[clauses[row].answer_index]
        said = normalise(clauses[row].text)
        if answer.participant in seen or said in seen:
            continue
        seen.update({answer.participant, said})
        chosen.append(Verbatim(answer.id, shorten(clauses[row].text)))
        if len(chosen) == limit:
            break
    return tuple(chosen)


def shorten(text: str, limit: int = MAX_VERBATIM_CHARS) -> str:
    """`text` cut at a word boundary with a trailing "…" when longer than `limit`."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def label(
    rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer], features: Features
) -> str:
    """A label in the answers' own words: the group's most shared phrase of
    1–`MAX_LABEL_WORDS` words (starting and ending with a content word; the more
    participants use it, by stems, and the rarer its words elsewhere, the better) when at
    least `SHARED_LABEL` of the group's participants use it; otherwise the beginning of the
    group's most central clause."""
    holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
    surfaces: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    group = cluster_one(features, rows)
    ranked = group.ranked()
    for row in ranked[:LABEL_ROWS]:
        clause = clauses[row]
        person = answers[clause.answer_index].participant
        for key, surface in _phrases(clause):
            holders[key].add(person)
            surfaces[key][surface] += 1
    if not holders:
        return shorten(clauses[rows[0]].text, 60)

    def score(key: tuple[str, ...]) -> tuple[float, int]:
        content = [k for k in key if not k.startswith("=")]
        weight = sum(features.idf(k) for k in content)
        shared = len(holders[key])
        return (shared * weight / (1 + 0.35 * max(len(key) - 2, 0)), -len(key))

    best = max(holders, key=score)
    people = {answers[clauses[r].answer_index].participant for r in ranked[:LABEL_ROWS]}
    if len(holders[best]) < max(2, SHARED_LABEL * len(people)):
        return clause_label(clauses[ranked[0]].text)
    return _capital(surfaces[best].most_common(1)[0][0])


def clause_label(text: str) -> str:
    """The label a group takes from one clause when its members share no phrase."""
    return _capital(_first_words(text, CLAUSE_LABEL_WORDS))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first_words(text: str, count: int) -> str:
    words = tokens(text)
    if len(words) <= count:
        return text.strip().rstrip(".!?;:,")
    return text[: words[count - 1][2]].rstrip(" ,;:") + "…"


def _phrases(clause: Clause) -> list[tuple[tuple[str, ...], str]]:
    """(key, surface) of every phrase of 1–MAX_LABEL_WORDS words starting and ending with a
    content word; a key holds stems of content words and `=word` for the others."""
    stops = stop_words(clause.language)
    words = tokens(clause.text)
    keys: list[str] = []
    content: list[bool] = []
    for word, _, _ in words:
        bare = strip_accents(word.lower()).replace("’", "'")
        is_content = len(bare) > 1 and bare not in stops and not bare.isdigit()
        content.append(is_content)
        keys.append(stem(word, clause.language) if is_content else "=" + bare)
    result = []
    for start in range(len(words)):
        if not content[start]:
            continue
        for end in range(start, min(start + MAX_LABEL_WORDS, len(words))):
            if content[end]:
                surface = clause.text[words[start][1] : words[end][2]]
                result.append((tuple(keys[start : end + 1]), surface))
    return result


def cluster_one(features: Features, rows: Sequence[int]) -> Group:
    """`rows` as one group, with each row's centrality (mean similarity to the others)."""
    rows = list(rows)
    if len(rows) == 1:
        return Group(rows, {rows[0]: 1.0})
    similarity = features.similarity(rows)
    return Group(rows, {r: float(s) for r, s in zip(rows, similarity.mean(axis=1), strict=True)})


def merge_across(features: Features, groups: Sequence[Group]) -> list[Group]:
    """Join groups of different questions that carry one idea (a theme may come up in
    several questions): average linkage over the groups, cut at `CROSS_CUT_DISTANCE`, the
    similarity of two groups being the mean similarity of their clauses."""
    if len(groups) < 2:
        return list(groups)
    block = features.group_similarity([g.rows for g in groups])
    distance = np.clip(1.0 - block, 0.0, 2.0)
    distance = (distance + distance.T) / 2
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), "average")
    labels = fcluster(tree, CROSS_CUT_DISTANCE, "distance")
    joined: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        joined[int(label)].append(index)
    result = []
    for members in joined.values():
        if len(members) == 1:
            result.append(groups[members[0]])
            continue
        result.append(cluster_one(features, [r for m in members for r in groups[m].rows]))
    result.sort(key=lambda g: (-len(g.rows), min(g.rows)))
    return result
