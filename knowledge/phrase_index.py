"""Phrases looked up by their words: the few a text may hold, found without trying every
phrase of a long list at every place of every line (the markings' strong phrases).

Both lookups give what a scan of every phrase in order would test positively, in that
order, and possibly more: the caller still tests each candidate as before.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["PhraseIndex"]


class PhraseIndex:
    """`phrases` (phrase -> value), indexed by their first word."""

    def __init__(self, phrases: Mapping[str, str]) -> None:
        self._items = list(phrases.items())
        # A phrase written one word after the other, one space between them, is found
        # among a text's words only when its words, joined by one space, are in them.
        spaced = {p for p in phrases if p and p == " ".join(p.split())}
        self._unspaced = [n for n, (p, _) in enumerate(self._items) if p not in spaced]
        self._by_word: dict[str, list[int]] = {}
        self._by_head: dict[str, list[tuple[str, str]]] = {}
        for n, (phrase, value) in enumerate(self._items):
            if phrase in spaced:
                self._by_word.setdefault(phrase.split()[0], []).append(n)
            self._by_head.setdefault(phrase.split(" ", 1)[0], []).append((phrase, value))

    def among(self, words: list[str]) -> list[tuple[str, str]]:
        """The phrases, in order, that may be a run of `words` (every one that is)."""
        joined = f" {' '.join(words)} "
        found = {n for word in set(words) for n in self._by_word.get(word, ())}
        found = {n for n in found if f" {self._items[n][0]} " in joined}
        return [self._items[n] for n in sorted(found.union(self._unspaced))]

    def opening(self, text: str) -> list[tuple[str, str]]:
        """The phrases, in order, that may open `text` followed by a space: those whose
        first word, up to their first space, is `text`'s (every one that does)."""
        return self._by_head.get(text.split(" ", 1)[0], [])
