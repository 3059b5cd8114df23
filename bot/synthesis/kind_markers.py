"""Words that name one pole of a kind plainly (`lexicon.yaml`, `kinds_markers`).

The sentence encoder reads a whole answer against a kind's phrases (`kinds`); a short
answer that names a pole in one word ("tout en ligne, depuis mon canapé", "a points
leaderboard by reception", "anonymat total") is often read no closer to that pole than to
the other, and a pole no answer is read plainly close to makes no side. These markers
name a pole in so many words: an answer that says a marker of one pole and none of the
other chooses that pole and names it plainly. Read on what the answer affirms
(`kinds.affirmed`: what it negates or sets aside is left out); a marker just after a
negation ("aucune mise en avant", "no video", "sans caméra") is negated, not named.
"""

from __future__ import annotations

from functools import lru_cache

from bot.synthesis.polarity_words import lists
from bot.synthesis.text import lexicon, strip_accents, tokens

STAR = "*"
NEGATION_WINDOW = 2  # words before a marker in which a negation turns it
WITHOUT = frozenset({"sans", "without", "zero"})


def _phrase(text: str) -> tuple[str, ...]:
    words = [strip_accents(w.lower()) for w, _, _ in tokens(text)]
    if text.rstrip().endswith(STAR) and words:
        words[-1] += STAR
    return tuple(words)


@lru_cache(maxsize=1)
def markers() -> dict[str, tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]]:
    """By kind: each pole's markers as accent-free word tuples."""
    return {
        str(kind): (
            tuple(_phrase(str(p)) for p in pair[0]),
            tuple(_phrase(str(p)) for p in pair[1]),
        )
        for kind, pair in lexicon()["kinds_markers"].items()
    }


def _says(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether `words` say `phrase`, not just after a negation."""
    size = len(phrase)
    negations = lists().negations | WITHOUT
    for start in range(len(words) - size + 1):
        said = all(_word(w, p) for w, p in zip(words[start : start + size], phrase, strict=True))
        if said and not negations & set(words[max(0, start - NEGATION_WINDOW) : start]):
            return True
    return False


def _word(word: str, marker: str) -> bool:
    if marker.endswith(STAR):
        return word.startswith(marker[:-1])
    return word == marker


def named(text: str, kind: str) -> int | None:
    """The pole of `kind` (0 or 1) that `text` names by a marker of it and none of the
    other, or None (no markers for the kind, none said, or both poles')."""
    poles = markers().get(kind)
    if poles is None:
        return None
    words = tuple(strip_accents(w.lower()) for w, _, _ in tokens(text))
    said = [any(_says(words, p) for p in pole) for pole in poles]
    if said[0] == said[1]:
        return None
    return 0 if said[0] else 1
