"""No heavy word missing: a passage that lacks the word naming what is asked about does not
answer, however much else of the question it shares (`knowledge.answer` judges with it when
the French word vectors are installed).

A word the passage lacks may still count in part through a near word there
(`knowledge.answerability.NearWords`): "quitter" for "arrêter". A near word is often a
sibling rather than a synonym, though: "audio" is near "vidéo", "podcast" near
"témoignage". When the question asks for a value (a number, a date, a time, a name), the
passage's value belongs to what it names, so a sibling answers another question ("combien
de points rapporte un témoignage audio ?" over a list pricing the written and the video
ones): a near word then counts `VALUE_NEAR_SHARE` of what it counts otherwise. Chosen on the
odd structure dev sets, confirmed on the even ones (default scope): unanswerable abstained
135 -> 136 of 245 and 112 -> 113 of 240, answered and whole units unchanged on both; at
0.4 a whole unit was lost on each half, and applied to every question (no value asked)
0.5 lost four whole units on the odd sets.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.answerability import MAX_GAP, UNKNOWN_GAP
from knowledge.question_support import _Word

VALUE_NEAR_SHARE = 0.5


def misses_no_heavy_word(
    words: Sequence[_Word],
    shares: Sequence[float],
    unknown: Sequence[bool],
    value_asked: bool = False,
) -> bool:
    """No word the passage misses weighs more than `MAX_GAP` of the question, or
    `UNKNOWN_GAP` for a word no document uses (`shares`: how much of each word the passage
    holds, a share below 1 one found through a near word); with a value asked, a near
    word counts `VALUE_NEAR_SHARE` of its share."""
    total = sum(w.weight for w in words)
    if value_asked:
        shares = [f if f >= 1 else f * VALUE_NEAR_SHARE for f in shares]
    return total <= 0 or all(
        w.weight * (1 - f) <= (UNKNOWN_GAP if new else MAX_GAP) * total
        for w, f, new in zip(words, shares, unknown, strict=True)
    )
