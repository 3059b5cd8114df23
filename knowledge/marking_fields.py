"""A long line whose fields give the readers, after a title or a sentence.

"Version FR du guide – pour tous les ambassadeurs de la Guilde", "— Document destiné à
tous nos ambassadeurs. Partage libre 🙂", "À lire par chaque ambassadeur, sans exception
— diffusion libre dans le programme": a banner's fields, joined by dashes or sentences,
on a line too long to be read as a banner. Each field is read as a line
of its own; the line opens when one of them gives every ambassador or the whole program
as the readers and none of them restricts it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.marking_groups import PUBLIC
from knowledge.text import fold

# Dashes between fields, or the end of a sentence.
_FIELDS = re.compile(r"\s[—–-]\s|(?<=[.!?])\s+|\s[·•|]\s")
# A field is a banner's, not a sentence's clause, when it is this short.
FIELD_WORDS = 12
# A shorter line is read as a banner already (`markers`), its fields with it, unless it
# holds sentences ("Document destiné à tous nos ambassadeurs. Partage libre").
LONG_LINE_WORDS = 14
_SENTENCE_BREAK = re.compile(r"\w[.!?]\s+\w")
# An exception keeps a part from the readers: "… — sauf la feuille Primes".
_EXCEPTION = re.compile(r"\b(?:sauf|hormis|excepte|except|excluding|but not|a l exception)\b")


def field_opens(raw: str, read: Callable[[str], str | None]) -> bool:
    """`raw` (a line that says no level as a whole) has a field that `read` gives as public,
    and no field that `read` gives as restricted."""
    sentences = _SENTENCE_BREAK.search(raw) is not None
    if (len(raw.split()) <= LONG_LINE_WORDS and not sentences) or _EXCEPTION.search(fold(raw)):
        return False
    fields = [f.strip(" —–-") for f in _FIELDS.split(raw.strip().lstrip("—–-> "))]
    fields = [f for f in fields if f]
    if len(fields) < 2:
        return False
    levels = [read(field) if len(field.split()) <= FIELD_WORDS else None for field in fields]
    if any(level not in (None, PUBLIC) for level in levels):
        return False
    return PUBLIC in levels
