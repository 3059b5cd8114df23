"""Spoken framing around a question: how briefly to answer, a laugh, a hedge.

"c'est quoi la raison d'être du cercle en gros ?", "pourquoi vous avez créé ce club au
juste ?", "c'est quoi le programme en 2 mots ?", "je pars en vacances lol": "gros", "juste",
"mots" and "lol" name nothing the member asks about. Left in, each is a word no passage
holds about the subject (or one that finds passages about something else: "juste" for
fairness, "mots" for wording rules), which lowers the answer's support and pulls retrieval
away. General chat French and English, not taken from any client's documents.
"""

from __future__ import annotations

import re

# "en gros" is also trade ("vente en gros", "prix de gros"): kept after those words.
_FRENCH = (
    r"(?<!vente )(?<!achat )(?<!achats )(?<!prix )(?<!commande )(?<!commandes )\ben gros\b"
    r"|\bgrosso modo\b|\bau juste\b|\bvite fait\b|\ben bref\b|\ben résumé\b"
    r"|\ben (?:deux|2|trois|3|quelques|un|1) mots?\b|\ben une phrase\b"
    r"|\b(?:lol|mdr|ptdr|xd)\b"
)
_ENGLISH = r"\bin a nutshell\b|\bin short\b|\btl;?dr\b|\bin (?:a few|two|2|one|1) words?\b"
_FRAMING = re.compile(rf"[,;]?\s*(?:{_FRENCH}|{_ENGLISH})\s*[,;]?", re.IGNORECASE)


def without_framing(question: str) -> str:
    """The question without its spoken framing (`_FRAMING`); the question itself when
    nothing else would be left."""
    text = _FRAMING.sub(" ", question)
    text = " ".join(text.split())
    text = re.sub(r"\s+([?!.])", r" \1", text)
    return text if any(c.isalnum() for c in text) else question
