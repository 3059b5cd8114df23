"""A question asking for several things, answered by a list.

"quels sont les critères ?", "quelles conditions pour entrer ?", "les étapes pour
parrainer", "qu'est-ce que je dois emmener ?", "What are the rules?": the answer is an
enumeration, and a list (or a table's rows) that the question's words meet gives it whole,
where a paragraph richer in those words gives one item of it. General French and English
question forms, not taken from any client's documents or questions.
"""

from __future__ import annotations

import re

_SEVERAL = re.compile(
    r"\b(?:quel(?:le)?s|lesquel(?:le)?s|liste|récap\w*|recap\w*|étapes|etapes"
    r"|what are|which are|list|steps|step by step)\b"
    # "qu'est-ce que je dois emmener ?", "what should I bring?": what to bring is a list.
    r"|\b(?:quoi|qu['’]est[- ]ce qu['’]?(?:e|il)?|what)\b[^?]{0,30}"
    r"\b(?:apporter|emmener|prévoir|prevoir|bring|pack)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^(?:- |\d{1,3}\. |[a-z]\) )", re.MULTILINE)
_ROW = re.compile(r"^[^\n]+ \| [^\n]+$", re.MULTILINE)


def asks_for_several(question: str) -> bool:
    """Whether the question asks for an enumeration (`_SEVERAL`)."""
    return bool(_SEVERAL.search(question))


def enumerates(text: str) -> bool:
    """Whether a quoted passage is a list of two items or more, or a table of two rows or
    more under its header."""
    return len(_ITEM.findall(text)) >= 2 or len(_ROW.findall(text)) >= 3
