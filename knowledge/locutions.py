"""French locutions whose words, read one by one, name another topic than the phrase.

"J'ai droit à quoi ?" asks what a member gets (a program's benefits), yet its word
"droit" met the personal-data policy's "Vos droits" first. The lexical ranking reads
such a phrase as the word a program's documents use for what it asks ("avoir droit à"
→ "avantages"); the meaning signals (word vectors, sentence encoder) read the question
as written. General French, not taken from any client's documents or questions.
"""

from __future__ import annotations

import re

_AVOIR = r"(?:ai|as|a|avons|avez|ont|aurai|auras|aura|aurons|aurez|auront|aurais|aurait|avoir)"
# (pattern, what the lexical ranking reads in its place)
_LOCUTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b({_AVOIR})\s+droit\s+(?=(?:à|a|au|aux)\b)", re.IGNORECASE), r"\1 avantages "),
    # "donner un coup de main": help, not a hand.
    (re.compile(r"\bcoups?\s+de\s+main\b", re.IGNORECASE), "aide"),
)


def lexical_reading(question: str) -> str:
    """The question with each locution replaced by the word the documents would use."""
    for pattern, reading in _LOCUTIONS:
        question = pattern.sub(reading, question)
    return question
