"""A cheap look at the big groups that `encoded.recheck`'s budget leaves unread.

`encoded.recheck` spends its budget on the smallest groups (where most mistakes are), so
the groups of more participants than it reads per group (`encoded.CANDIDATES`, passed as
`per_group`) are often never read. Some of them join answers of several ideas that share
words (in the planted dev sets, a five-person group mixing three themes): their
verbatims then fall under a point that matches no idea. Here the smallest of them,
within `CHECK_BUDGET` answers, have their most central answers (one per participant)
read, centred on the centre of the answers the recheck read (so that its own reading is
unchanged); a group whose read answers are on average no more alike than `LOOSE_BELOW`
shares words, not an idea: it is no theme, and its answers stay free for the minority
views' reading (`minority`).

Measured on the planted dev sets: the mixed group reads at 0.08, every one-idea group of
five or more participants at 0.15 or more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from bot.synthesis.encoded import SentenceVectors, _Reading
    from bot.synthesis.themes import Group

CHECK_BUDGET = 16  # answers: four groups, ~0.4 s on one core
LOOSE_BELOW = 0.12


def loose_groups(
    reading: _Reading,
    groups: Sequence[Group],
    picks: Sequence[list[int]],
    encoder: SentenceVectors,
    per_group: int,
) -> set[int]:
    """Indices of `groups` (unread: empty `picks`, more participants than the recheck reads
    per group, `per_group`) whose central answers do not hold together."""
    unread = [
        index
        for index, (group, read) in enumerate(zip(groups, picks, strict=True))
        if not read and reading.people(group.rows) > per_group
    ]
    unread.sort(key=lambda i: reading.people(groups[i].rows))
    chosen: dict[int, list[int]] = {}
    spent = 0
    for index in unread:
        rows = reading.central(groups[index])
        if spent + len(rows) > CHECK_BUDGET:
            break
        chosen[index] = rows
        spent += len(rows)
    if not chosen:
        return set()
    texts = list(dict.fromkeys(reading.text(r) for rows in chosen.values() for r in rows))
    raw = np.asarray(encoder.queries(texts), dtype=np.float32)
    by_text = dict(zip(texts, reading.centred(raw), strict=True))
    loose: set[int] = set()
    for index, rows in chosen.items():
        vectors = np.stack([by_text[reading.text(r)] for r in rows])
        total = vectors.sum(axis=0)
        n = len(rows)
        cohesion = float((total @ total - np.sum(vectors * vectors)) / (n * (n - 1)))
        if cohesion < LOOSE_BELOW:
            loose.add(index)
    return loose
