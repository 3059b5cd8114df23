"""A simple baseline for `ambassade bench synthesis`: whole answers, word TF-IDF, k-means.

What a quick script would do: one TF-IDF vector per answer (no stemming, no vectors), k-means
with k = √(answers / 2), every cluster of 2+ participants a convergence theme labelled with
its top words and quoting its first answers whole; an objective is supported by a cluster
whose centroid is close to it. No oppositions, no minorities.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

from bot.synthesis.model import Answer, Need, ObjectiveLink, Synthesis, Theme, Verbatim

SUPPORT_COSINE = 0.1


def baseline(answers: Sequence[Answer], objectives: Sequence[str], *, seed: int = 0) -> Synthesis:
    rows = [a for a in answers if a.kind == "text" and a.text.strip()]
    if len(rows) < 2:
        return Synthesis(participants=len({a.participant for a in rows}))
    model = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 1), min_df=1)
    matrix = model.fit_transform([a.text for a in rows])
    k = max(2, min(len(rows) - 1, round(math.sqrt(len(rows) / 2))))
    labels = KMeans(n_clusters=k, n_init=4, random_state=seed).fit_predict(matrix)
    terms = np.array(model.get_feature_names_out())
    themes: list[Theme] = []
    centroids: list[np.ndarray] = []
    for cluster in range(k):
        members = [rows[i] for i in np.flatnonzero(labels == cluster)]
        people = tuple(dict.fromkeys(a.participant for a in members))
        if len(people) < 2:
            continue
        centroid = np.asarray(matrix[np.flatnonzero(labels == cluster)].mean(axis=0)).ravel()
        label = " ".join(terms[np.argsort(centroid)[::-1][:3]])
        themes.append(
            Theme(
                label=f"{label} #{cluster}",
                kind="convergence",
                participants=people,
                answer_ids=tuple(a.id for a in members),
                verbatims=tuple(Verbatim(a.id, a.text) for a in members[:3]),
            )
        )
        centroids.append(centroid / max(float(np.linalg.norm(centroid)), 1e-9))
    links: list[ObjectiveLink] = []
    unsupported: list[str] = []
    served: set[str] = set()
    goals = (
        np.asarray(model.transform(list(objectives)).todense()) if objectives else np.zeros((0, 1))
    )
    for objective, goal in zip(objectives, goals, strict=True):
        support = [
            t for t, c in zip(themes, centroids, strict=True) if float(c @ goal) >= SUPPORT_COSINE
        ]
        served.update(t.label for t in support)
        if not support:
            unsupported.append(objective)
        links.append(
            ObjectiveLink(
                objective,
                tuple(t.label for t in support),
                tuple(a for t in support for a in t.answer_ids),
            )
        )
    return Synthesis(
        participants=len({a.participant for a in rows}),
        themes=tuple(themes),
        objectives=tuple(links),
        unserved_needs=tuple(Need(t.label, t.answer_ids) for t in themes if t.label not in served),
        unsupported_objectives=tuple(unsupported),
    )
