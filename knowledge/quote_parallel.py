"""Look-alike sections: the one whose own heading names what the question names.

Programs write one section per level, per quarter, per workshop, all alike ("Niveau Épi ›
Conditions", "Niveau Grenier › Conditions"). A question about one of them ("les
conditions du niveau Grenier") often shares more words with a sibling's text, which
mentions the other one in passing ("réservé aux niveaux Épi ou Grenier"), than with the
section it asks about. Two retrieved sections are parallel when their heading paths have
the same depth and differ in one heading only, by one word ("Épi", "Grenier"); when the
question names that word of one and not of the other, the other's units count
`PARALLEL_PENALTY` less.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from knowledge.document import HEADING_SEPARATOR
from knowledge.passages import Passage
from knowledge.retrieval import Hit

PARALLEL_PENALTY = 0.3

Support = Callable[[Any, str], float]


def _path(hit: Hit) -> list[str]:
    return [part.strip() for part in hit.section.split(HEADING_SEPARATOR)]


def _differing(a: list[str], b: list[str]) -> int | None:
    """The one position where two paths of equal depth differ (None: not parallel)."""
    if len(a) != len(b) or len(a) < 2:
        return None
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return differ[0] if len(differ) == 1 and differ[0] > 0 else None


def _told_apart(a: str, b: str) -> tuple[str, str] | None:
    """The one word that tells two look-alike headings apart ("Niveau Épi", "Niveau
    Grenier"): two words or more, as many in each, one of them different (None
    otherwise)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return None  # two one-word headings ("Calendrier", "Balades") share nothing
    differ = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    return differ[0] if len(differ) == 1 else None


def _named(words: Sequence[Any], heading: str, support: Support) -> set[int]:
    """Which of the question's words a heading names."""
    return {j for j, w in enumerate(words) if support([w], heading) > 0}


def parallel_penalties(
    words: Sequence[Any], hits: Sequence[Hit], support: Support
) -> dict[int, float]:
    """By rank: how much less a hit's units count, when a parallel hit's differing heading
    names what the question names and its own does not."""
    paths = [_path(h) for h in hits]
    out: dict[int, float] = {}
    for a, path_a in enumerate(paths):
        for b, path_b in enumerate(paths):
            i = _differing(path_a, path_b) if a != b else None
            if i is None:
                continue
            told = _told_apart(path_a[i], path_b[i])
            if told is None:
                continue
            named_a, named_b = _named(words, told[0], support), _named(words, told[1], support)
            if named_a and not named_b:
                out[b] = PARALLEL_PENALTY
    return out


def with_parallel_penalties(
    extra: Callable[[Passage], float], penalties: dict[int, float]
) -> Callable[[Passage], float]:
    """`extra` (`knowledge.quote_kind.quote_bonus`) less each hit's `penalties`."""
    if not penalties:
        return extra
    return lambda passage: extra(passage) - penalties.get(passage.rank, 0.0)
