"""The first or the last of parallel sections, when a question asks for one by position.

Documents describe levels, stages or steps in parallel sections, each under its own
heading with the same sub-headings ("Niveau Semis › Avantages", "Niveau Grand Chêne ›
Avantages"), in their order. A question asks for one by its position rather than its name
("au tout premier niveau", "quand je débute", "tout en haut de l'échelle", "the highest
tier"): among the retrieved sections parallel to each other, the first or the last in the
document answers it, though its words are those of every level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from knowledge.document import HEADING_SEPARATOR
from knowledge.passages import Passage, Support, unit_passages
from knowledge.retrieval import Hit
from knowledge.text import fold

FIRST = 0
LAST = -1
# A time in passing ("l'an dernier", "last year", "au début du mois") is not a position.
_TIME = re.compile(
    r"\b(?:(?:l'an|l'annee|le mois|la semaine|la fois|la saison) derni\w*"
    r"|last (?:year|month|week|time|season)|on top of"
    r"|(?:au|en) debut (?:d'annee|de l'annee|du mois|de (?:la )?\w+))\b"
)
_FIRST = re.compile(
    r"\b(?:tout premier|toute premiere|premier|premiere|1er|1ere|debut|debute|debutes"
    r"|debutent|debutant|debutante|debutants|first|lowest|beginner|beginners|entry)\b"
)
_LAST = re.compile(
    r"\b(?:dernier|derniere|plus haut|tout en haut|plus eleve|plus elevee|sommet"
    r"|highest|top|last|final|ultime)\b"
)


def asked_position(question: str) -> int | None:
    """FIRST or LAST when the question names a position (never both), else None."""
    text = _TIME.sub(" ", fold(question).casefold())
    first, last = bool(_FIRST.search(text)), bool(_LAST.search(text))
    if first == last:
        return None
    return FIRST if first else LAST


def positioned(hits: Sequence[Hit], position: int | None) -> int | None:
    """The rank of the hit at `position` among the largest group of parallel sections the
    hits hold (one document, one sub-heading under two or more headings), in document
    order; None without a position or such a group."""
    if position is None:
        return None
    # A document's chunk ids sort in document order (as the index keeps them), so the
    # earliest chunk of each section stands for the section.
    groups: dict[tuple[str, int, str], dict[str, tuple[str, int]]] = {}
    for rank, hit in enumerate(hits):
        parts = hit.section.split(HEADING_SEPARATOR)
        if len(parts) < 3 or not hit.doc_id:
            continue
        key = (hit.doc_id, len(parts), parts[-1].strip().casefold())
        group = groups.setdefault(key, {})
        if hit.section not in group or hit.chunk_id < group[hit.section][0]:
            group[hit.section] = (hit.chunk_id, rank)
    parallel = [g for g in groups.values() if len(g) >= 2]
    if not parallel:
        return None
    group = max(parallel, key=lambda g: (len(g), -min(r for _, r in g.values())))
    return sorted(group.values())[position][1]


def positioned_first(
    quotes: list[Passage],
    words: Sequence[Any],
    hits: Sequence[Hit],
    support: Support,
    rank: int | None,
    language: str = "",
) -> list[Passage]:
    """`quotes` led by the best unit of the hit at `rank`, the section asked for by its
    position (`positioned`), the former first quote second: richer in the question's words,
    another level's list repeats the words every level shares ("avantages", "niveau")."""
    if rank is None or (quotes and quotes[0].rank == rank):
        return quotes
    found = [p for p in unit_passages(words, support, hits[rank], rank, language) if p.score > 0]
    if not found:
        return quotes
    best = max(found, key=lambda p: (p.score, -p.order))
    return [best, *quotes[:1]]
