"""A cache for the pure functions the markings reader calls on the same short lines over
and over (a head's line is folded and cleaned hundreds of times while every rule reads it).

Only short texts are kept: a document's whole text passes through the same functions
elsewhere and is read once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

__all__ = ["CACHED_LENGTH", "clear_line_caches", "per_line"]

Result = TypeVar("Result")

# Longer than any line a head's rules read; shorter than a document's text.
CACHED_LENGTH = 1_000
_ENTRIES = 20_000
_CLEARS: list[Callable[[], None]] = []


def per_line(function: Callable[[str], Result]) -> Callable[[str], Result]:
    """`function`, of one text, cached for texts of at most `CACHED_LENGTH` characters.
    `function` must be pure and return an immutable value."""
    cached = lru_cache(maxsize=_ENTRIES)(function)
    _CLEARS.append(cached.cache_clear)

    @wraps(function)
    def read(text: str) -> Result:
        return cached(text) if len(text) <= CACHED_LENGTH else function(text)

    return read


def clear_line_caches() -> None:
    """Forget every cached line (a measure of one document's cost starts from nothing)."""
    for clear in _CLEARS:
        clear()
