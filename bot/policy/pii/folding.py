"""Accent and case folding that remembers where each folded character came from."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"}


@lru_cache(maxsize=4096)
def fold_char(ch: str, *, casefold: bool) -> str:
    """One character without accents (and case-folded if asked); may be longer ("œ")."""
    ch = _APOSTROPHES.get(ch, ch)
    if ch.isspace():
        return " "
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if not base:
        return ch
    return base.casefold() if casefold else base


def fold(text: str, *, casefold: bool = True) -> str:
    return "".join(fold_char(ch, casefold=casefold) for ch in text)


@dataclass(frozen=True, slots=True)
class FoldedText:
    """`text` folded, with `origin[i]` the index in the original of folded character i."""

    text: str
    origin: tuple[int, ...]
    original_length: int

    @classmethod
    def build(cls, original: str, *, casefold: bool) -> FoldedText:
        parts: list[str] = []
        origin: list[int] = []
        for index, ch in enumerate(original):
            folded = fold_char(ch, casefold=casefold)
            parts.append(folded)
            origin.extend([index] * len(folded))
        return cls("".join(parts), tuple(origin), len(original))

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) back to the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1
