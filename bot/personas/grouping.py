"""Participants grouped on what they answered, dimension by dimension.

Each participant is a point. For each dimension, two participants' similarity is the
cosine of their summed clause representations (`bot.synthesis.features`: stems, character
n-grams, word vectors) for free text, and of their chosen options for choices (the mean of
both when both exist); their overall similarity is the mean over the dimensions both
answered, so a talkative dimension does not outweigh the others. Groups come from average
linkage on `1 - similarity`, cut into k = 2..6 groups; a participant left alone joins the
group they are closest to (never a group of one). The k kept has the best silhouette among
the cuts that are stable (the same groups when a fifth of the participants is left out,
by adjusted Rand index); deterministic (a fixed seed for the subsamples). Participants who
answered alike are never split: when all did, they make one persona.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.metrics import adjusted_rand_score, silhouette_score

from bot.personas.model import DIMENSIONS, MAX_PERSONAS, MIN_PERSONAS
from bot.synthesis.features import Features
from bot.synthesis.verify import normalise

IDENTICAL = 1.0 - 1e-6  # similarity of two participants who answered alike
STABLE = 0.7  # mean adjusted Rand index a cut needs to count as stable
SUBSAMPLES = 8
KEEP_SHARE = 0.8
SEED = 18


@dataclass(frozen=True)
class Point:
    """One participant's material: clause rows and chosen values per dimension."""

    participant: str
    text_rows: Mapping[str, Sequence[int]]
    choices: Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class Grouping:
    labels: np.ndarray  # group index per point, 0..k-1, biggest group first
    separation: float  # mean silhouette of the kept cut
    similarity: np.ndarray  # point × point


def _cosine_blocks(features: Features, groups: list[Sequence[int]]) -> np.ndarray:
    block = features.group_similarity(groups)
    diagonal = np.sqrt(np.clip(np.diag(block), 1e-12, None))
    return np.asarray(block / np.outer(diagonal, diagonal))


def similarity(points: Sequence[Point], features: Features | None) -> np.ndarray:
    n = len(points)
    total = np.zeros((n, n))
    weight = np.zeros((n, n))
    for dimension in DIMENSIONS:
        parts = np.zeros((n, n))
        count = np.zeros((n, n))
        having = [i for i, p in enumerate(points) if p.text_rows.get(dimension)]
        if features is not None and having:
            cos = _cosine_blocks(features, [points[i].text_rows[dimension] for i in having])
            parts[np.ix_(having, having)] += cos
            count[np.ix_(having, having)] += 1
        chose = [i for i, p in enumerate(points) if p.choices.get(dimension)]
        if chose:
            values = sorted({v for i in chose for v in points[i].choices[dimension]})
            index = {v: j for j, v in enumerate(values)}
            onehot = np.zeros((len(chose), len(values)))
            for row, i in enumerate(chose):
                for value in points[i].choices[dimension]:
                    onehot[row, index[value]] = 1.0
            onehot /= np.linalg.norm(onehot, axis=1, keepdims=True)
            parts[np.ix_(chose, chose)] += onehot @ onehot.T
            count[np.ix_(chose, chose)] += 1
        answered = count > 0
        total[answered] += parts[answered] / count[answered]
        weight[answered] += 1
    result = np.divide(total, weight, out=np.zeros_like(total), where=weight > 0)
    np.fill_diagonal(result, 1.0)
    return np.clip(result, -1.0, 1.0)


def _distance(sim: np.ndarray) -> np.ndarray:
    distance = np.clip(1.0 - sim, 0.0, 2.0)
    distance = (distance + distance.T) / 2
    np.fill_diagonal(distance, 0.0)
    return distance


def _cut(sim: np.ndarray, k: int) -> np.ndarray:
    """`k` groups (fewer when loners join), relabelled 0.. biggest first."""
    tree = linkage(squareform(_distance(sim), checks=False), method="average")
    labels = fcluster(tree, k, criterion="maxclust").astype(int)
    while True:
        sizes = {g: int((labels == g).sum()) for g in set(labels.tolist())}
        alone = [i for i, g in enumerate(labels) if sizes[g] == 1]
        if not alone or len(sizes) == 1:
            break
        i = alone[0]
        others = [g for g in sizes if g != labels[i]]
        closest = max(others, key=lambda g: (sim[i, labels == g].mean(), -g))
        labels[i] = closest
    order = sorted(
        set(labels.tolist()), key=lambda g: (-(labels == g).sum(), np.argmax(labels == g))
    )
    mapping = {g: new for new, g in enumerate(order)}
    return np.array([mapping[g] for g in labels.tolist()])


def _stability(sim: np.ndarray, k: int, labels: np.ndarray) -> float:
    n = len(labels)
    keep = max(2 * MIN_PERSONAS, round(KEEP_SHARE * n))
    if keep >= n:
        return 1.0
    rng = np.random.default_rng(SEED)
    scores = []
    for _ in range(SUBSAMPLES):
        picked = np.sort(rng.choice(n, size=keep, replace=False))
        again = _cut(sim[np.ix_(picked, picked)], k)
        scores.append(adjusted_rand_score(labels[picked], again))
    return float(np.mean(scores))


def group(sim: np.ndarray) -> Grouping:
    """The participants' groups: 2..`MAX_PERSONAS` of them, none of one person."""
    n = sim.shape[0]
    distance = _distance(sim)
    candidates: list[tuple[bool, float, int, np.ndarray]] = []
    seen: set[tuple[int, ...]] = set()
    for k in range(MIN_PERSONAS, min(MAX_PERSONAS, n // 2) + 1):
        labels = _cut(sim, k)
        key = tuple(labels.tolist())
        groups = len(set(key))
        if groups < MIN_PERSONAS or key in seen:
            continue
        seen.add(key)
        silhouette = float(silhouette_score(distance, labels, metric="precomputed"))
        stable = _stability(sim, groups, labels) >= STABLE
        candidates.append((stable, silhouette, -groups, labels))
    if not candidates:  # the tree only sheds loners: split along its main direction
        found = _fiedler_split(sim, distance)
    else:
        _, silhouette, _, labels = max(candidates, key=lambda c: (c[0], c[1], c[2]))
        found = Grouping(labels, silhouette, sim)
    return _identical_together(found)


def _identical_together(found: Grouping) -> Grouping:
    """Participants who answered alike (similarity 1) are one persona, never split: their
    groups merge, down to a single group when every participant answered alike."""
    labels = found.labels.copy()
    same = found.similarity >= IDENTICAL
    for i, j in zip(*np.nonzero(np.triu(same, 1)), strict=True):
        if labels[i] != labels[j]:
            labels[labels == labels[j]] = labels[i]
    if len(set(labels.tolist())) == len(set(found.labels.tolist())):
        return found
    order = sorted(
        set(labels.tolist()), key=lambda g: (-(labels == g).sum(), np.argmax(labels == g))
    )
    mapping = {g: new for new, g in enumerate(order)}
    merged = np.array([mapping[g] for g in labels.tolist()])
    if len(order) < MIN_PERSONAS:
        return Grouping(merged, 0.0, found.similarity)
    distance = _distance(found.similarity)
    separation = float(silhouette_score(distance, merged, metric="precomputed"))
    return Grouping(merged, separation, found.similarity)


def _fiedler_split(sim: np.ndarray, distance: np.ndarray) -> Grouping:
    """Two groups of 2+ along the similarity graph's Fiedler vector, cut where the
    silhouette is best."""
    n = sim.shape[0]
    affinity = np.clip(sim, 0.0, None)
    np.fill_diagonal(affinity, 0.0)
    laplacian = np.diag(affinity.sum(axis=1)) - affinity
    _, vectors = np.linalg.eigh(laplacian)
    order = np.lexsort((np.arange(n), vectors[:, 1]))
    best: tuple[float, np.ndarray] | None = None
    for cut in range(MIN_PERSONAS, n - MIN_PERSONAS + 1):
        labels = np.zeros(n, dtype=int)
        labels[order[cut:]] = 1
        score = float(silhouette_score(distance, labels, metric="precomputed"))
        if best is None or score > best[0]:
            best = (score, labels)
    assert best is not None
    score, labels = best
    if (labels == 1).sum() > (labels == 0).sum():
        labels = 1 - labels
    return Grouping(labels, score, sim)


def choice_key(value: str) -> str:
    return normalise(value)
