"""A second reading of the objectives × themes links with the sentence encoder.

A theme supports an objective by shared words (`alignment`), and one shared word can be a
generic one ("members", "spectateurs") that says nothing about the need behind the
answers. The sentence encoder (`encoded.Memo`) reads the objective and the answers of the
participants who meet it; their similarity is compared with the background of that
workshop: how close the objective is, on average, to every answer the encoder read for the
synthesis (its mean and spread, so a calibrated margin rather than a fixed cosine). Of the
themes an objective's words link it to, the one read closest always stays; another whose
`SUPPORT_PEOPLE`-th participant is not `VETO_MARGIN` spreads above that background is no
support: its answers share a word with the objective and talk about something else. (The
encoder alone is too weak to link or unlink an objective: on the dev sets, right and
wrong links overlap between 0.4 and 0.9 spreads.)

The encoder reads at most `BUDGET` new answers a synthesis, and only for objectives with
several links: up to `PER_LINK` participants of each (answers it already read first);
without an encoder, or past the budget, the links stay as the words made them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from bot.synthesis.encoded import TEXT_CHARS, Memo
from bot.synthesis.model import Answer
from bot.synthesis.themes import shorten

log = logging.getLogger(__name__)
BUDGET = 12  # new answers read a call: about 0.3 s on one core (the dev sets need 5)
PER_LINK = 4  # participants read per link (the encoder's candidates per theme, `encoded`)
MIN_BACKGROUND = 12  # fewer answers read: no fair background, no veto
# Spreads above the workshop's mean similarity to the objective, set on the planted dev
# sets (bot/bench/synthesis_planted*): the wrong second links sit below 0.6, the right
# ones above 0.8 (at 0.3 two wrong links stay; at 0.9 a right one goes).
VETO_MARGIN = 0.7


def _text(answer: Answer) -> str:
    return shorten(answer.text, TEXT_CHARS)


def _read(
    links: dict[tuple[int, int], dict[str, list[int]]],
    answers: Sequence[Answer],
    memo: Memo,
    people: int,
) -> dict[tuple[int, int], list[list[str]]]:
    """Per link of an objective with several, the texts of up to `PER_LINK` of its
    participants (those already read first), read within `BUDGET` new answers; a link
    left with fewer than `people` read participants is not read at all."""
    count: dict[int, int] = {}
    for i, _ in links:
        count[i] = count.get(i, 0) + 1
    pending: set[str] = set()
    result: dict[tuple[int, int], list[list[str]]] = {}
    for link in sorted(links):
        if count[link[0]] < 2:
            continue  # an objective's only link stays whatever the reading
        who = {p: [_text(answers[a]) for a in rows] for p, rows in links[link].items()}
        order = sorted(who, key=lambda p: (any(t not in memo.read for t in who[p]), p))
        picked: list[list[str]] = []
        new: set[str] = set()
        for person in order[:PER_LINK]:
            unread = {t for t in who[person] if t not in memo.read} - pending
            if len(pending) + len(new | unread) > BUDGET:
                break
            new |= unread
            picked.append(who[person])
        if len(picked) >= people:
            pending |= new
            result[link] = picked
    memo.queries(sorted(pending))
    return result


def vetoed(
    objectives: Sequence[str],
    links: dict[tuple[int, int], dict[str, list[int]]],
    answers: Sequence[Answer],
    memo: Memo | None,
    people: int,
) -> set[tuple[int, int]]:
    """The (objective, theme) `links` (each with the answer indexes of every participant
    who meets the objective) that are not an objective's best read link and whose
    `people`-th closest participant is not clearly above the workshop's background
    similarity to the objective."""
    if memo is None or not links:
        return set()
    read = _read(links, answers, memo, people)
    if not read or len(memo.read) < MIN_BACKGROUND:
        return set()
    texts = list(memo.read)
    row = {t: i for i, t in enumerate(texts)}
    goals = np.asarray(memo.encoder.queries(list(objectives)), dtype=np.float32)
    similarity = goals @ np.stack([memo.read[t] for t in texts]).T
    mean, spread = similarity.mean(axis=1), similarity.std(axis=1)
    margins: dict[tuple[int, int], float] = {}
    for (i, j), who in read.items():
        closest = sorted((max(similarity[i, row[t]] for t in said) for said in who), reverse=True)
        margin = (closest[people - 1] - mean[i]) / max(float(spread[i]), 1e-6)
        margins[i, j] = margin
        log.debug("objective %d, theme %d: %.2f spreads above the background", i, j, margin)
    best: dict[int, float] = {}
    for (i, _), margin in margins.items():
        best[i] = max(best.get(i, margin), margin)
    return {
        link for link, margin in margins.items() if margin < VETO_MARGIN and margin < best[link[0]]
    }
