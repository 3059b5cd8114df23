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
_GIVES = r"(?:donne|donnent|donner|ouvre|ouvrent|ouvrir)"
# An infinitive (optionally after a pronoun: "le droit de les vendre"): a permission.
_INFINITIVE = r"(?:(?:les?|la|l['’]|leur|me|m['’]|te|t['’]|se|s['’]|en|y)\s*)?\w+(?:er|ir|re|oir)\b"
# (pattern, what the lexical ranking reads in its place)
_LOCUTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "j'ai droit à", "ça donne droit à quoi ?", "ouvre droit à une réduction": what a
    # member gets.
    (
        re.compile(rf"\b({_AVOIR}|{_GIVES})\s+droit\s+(?=(?:à|a|au|aux)\b)", re.IGNORECASE),
        r"\1 avantages ",
    ),
    # "(pas) le droit de + infinitive", "j'ai le droit ?": permission, not the personal-data
    # rights ("le droit d'accès", "le droit à l'oubli": a noun follows, left as it is).
    (re.compile(rf"\bpas\s+le\s+droit\s+(?:de\s+|d['’])(?={_INFINITIVE})", re.I), "interdit de "),
    (re.compile(rf"\ble\s+droit\s+(?:de\s+|d['’])(?={_INFINITIVE})", re.I), "autorisé à "),
    (re.compile(r"\bpas\s+le\s+droit\s*(?=[?!.]|$)", re.I), "interdit "),
    (re.compile(r"\ble\s+droit\s*(?=[?!.]|$)", re.I), "autorisé "),
    # "donner un coup de main": help, not a hand.
    (re.compile(r"\bcoups?\s+de\s+main\b", re.IGNORECASE), "aide"),
)


def lexical_reading(question: str) -> str:
    """The question with each locution replaced by the word the documents would use."""
    for pattern, reading in _LOCUTIONS:
        question = pattern.sub(reading, question)
    return question
