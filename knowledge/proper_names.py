"""The proper names a passage writes: a brand, a company, a place ("livré par Colissimo",
"casques Abus"), read as a capitalised word that does not open its sentence, line, cell
or list item (any first word is capitalised), or a word in capitals ("SNCF").

A question asking which brand, company or carrier ("de quelle marque ?", "which
carrier?") is answered only by a passage that names one the question does not give
(`knowledge.details`).
"""

from __future__ import annotations

import re

from knowledge.answerability import MONTHS_AND_DAYS
from knowledge.text import fold

# Where a new segment starts: a line, a table cell, a sentence, a list item, a quotation.
_SEGMENT = re.compile(r"\n|\||·|\s/\s|[.!?:;](?:\s|$)|\s[-–•*]\s|[«“(\"]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# English writes these with a capital anywhere.
_ALWAYS_CAPITALISED = MONTHS_AND_DAYS | {"i"}


def proper_names(text: str) -> set[str]:
    """The folded proper names of `text` (see the module's docstring)."""
    found: set[str] = set()
    for segment in _SEGMENT.split(text):
        words = _WORD.findall(segment)
        for position, word in enumerate(words):
            capitals = len(word) >= 2 and word.isupper()
            if not (capitals or (position > 0 and word[:1].isupper())):
                continue
            folded = fold(word)
            if folded not in _ALWAYS_CAPITALISED:
                found.add(folded)
    return found
