"""A correction that takes a document back from its readers.

A head first says who reads it, then someone corrects it on a later line without naming a
level: "RECTIF de Lucie (CM) : on le garde pour les Orage seulement", "UPDATE 9 May: pulled
back — tier 2 only until the pricing is final", "Correction : finalement non, seulement
ceux de Bretagne". Such a line narrows the readers, so the document is not for everyone any
more: it is kept internal (fail closed: the correction took readers away without always
saying which remain), confidential when the correction says so itself.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL
from knowledge.marking_revisions import Reader, correction_body, opens_in_words
from knowledge.text import fold

# Taking it back: "pulled back", "retiré", "finalement non", "on le garde pour", "pas encore".
_WITHDRAWN = re.compile(
    r"\b(?:pulled back|pulled|withdrawn|taken down|retire(?:e|s|es)?|depubli\w*|unpublish\w*"
    r"|finalement non|en fait non|actually no|actually not|on (?:le|la|les) garde"
    r"|(?:keep|keeping|hold|holding) (?:it|this|them) (?:back|for)|pas encore|not yet"
    r"|plus public\w*|no longer (?:public|shared)|ne plus (?:le |la |les )?(?:diffuser|partager))\b"
)
# Narrowing the readers: "seulement les…", "uniquement pour…", "… only", "restreint à…".
_NARROWING = re.compile(
    r"\b(?:seulement|uniquement|exclusivement|only|just|restrei\w*|restricted|limitee?s? a"
    r"|limited to|reserve\w*)\b"
)
# Lifting an old restriction: "l'ancien bandeau ne s'applique plus, ouvert à toutes les…".
_LIFTED = re.compile(
    r"\bne s.?appliquen? plus\b|\bno longer appl\w*|\bplus reserve\w*|\bno longer restricted\b"
)
# Opening words, which lift nothing when the same correction keeps it for a few: "ouvert aux
# Gold seulement", "now open to the pilot group only".
_OPEN_TO = re.compile(r"\bouverte?s? (?:a|aux)\b|\bopen(?:ed)? to\b")
_ONLY = re.compile(r"\b(?:seulement|uniquement|exclusivement|only)\b")
# A correction of the content, not of the readers: "seulement les dates ont changé".
_CONTENT = re.compile(
    r"\b(?:seulement|uniquement|only|just)\s+(?:\w+\s+){0,2}?(?:dates?|typos?|coquilles?"
    r"|fautes?|orthographe|mise en page|layout|formatting|format|liens?|links?|chiffres?"
    r"|figures?|numbers?|sections?|pages?|tableaux?|tables?|annexes?|paragraphes?"
    r"|paragraphs?|titres?|titles?|wording|spelling|images?|photos?)\b"
)


def narrowed_by_correction(line: str, read: Reader) -> str | None:
    """The level a correction line that takes readers away gives (None: it is no such line)."""
    body = correction_body(line)
    if not body:
        return None
    folded = " ".join(fold(body).split())
    if _LIFTED.search(folded) or _CONTENT.search(folded) is not None:
        return None
    if (opens_in_words(body) or _OPEN_TO.search(folded)) and _ONLY.search(folded) is None:
        return None
    if _WITHDRAWN.search(folded) is None and _NARROWING.search(folded) is None:
        return None
    # Narrowed to a group, it stays internal unless the correction itself says confidential.
    return CONFIDENTIAL if read(body) == CONFIDENTIAL else INTERNAL
