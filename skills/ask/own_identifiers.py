"""A question's identifiers are not what it asks about.

People introduce themselves before asking ("je suis Karim (karim@exemple.fr, 06 12 34 56 78,
IBAN FR76 …) : combien de points pour une vidéo ?"). A mail, a phone number or an IBAN matches
only a document holding those very characters (a contacts page), and its digits outranked the
passage that answers. Retrieval reads the question without them; the reply, the records and
the model gateway keep the question as it was sent.
"""

from __future__ import annotations

import re

from bot.policy.pii.detector import resolve_overlaps
from bot.policy.pii.patterns import find_structured

_WORD = re.compile(r"\w{2,}")


def without_identifiers(text: str) -> str:
    """`text` with its structured identifiers (mail, phone, IBAN, card, NIR, SIRET/SIREN)
    blanked out; `text` itself when nothing else would be left to search for."""
    identifiers = resolve_overlaps(find_structured(text))
    if not identifiers:
        return text
    kept, start = [], 0
    for identifier in identifiers:
        kept.append(text[start : identifier.start])
        start = identifier.end
    kept.append(text[start:])
    remainder = " ".join(kept)
    return remainder if _WORD.search(remainder) else text
