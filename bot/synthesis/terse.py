"""How many content words an answer needs to be read as an idea, given how much a session's
participants write.

Several readings leave short answers aside or read them weakly (`sentences` shortens the
encoder's vector of a clause of fewer than 3 content words, `minority`, `view_joins` and
`small` do not compare answers of fewer than 3 or 2): in sentence-length workshops a two-word
answer is mostly tone ("Je verrai bien", "Ça dépend"). In a terse workshop, where most people
answer in a word or two as in a form filled in a hurry ("bouche à oreille", "being heard"),
two words are how ideas are said: there the threshold is the session's median length, never
more than the usual one.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from bot.synthesis.text import Clause


def words_needed(clauses: Sequence[Clause], usual: float) -> float:
    """`usual`, or the median count of content words of the `clauses` that hold any when
    that is lower (at least 1)."""
    said = [len(c.content) for c in clauses if c.content]
    if not said:
        return usual
    return max(1.0, min(float(usual), float(statistics.median(said))))
