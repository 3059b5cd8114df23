"""A later correction that makes a document stricter, in a long line.

"EDIT 02/04 (Thomas) : NON, reclassé confidentiel direction, y a les tarifs négociés
dedans", "Update 3 May, Jo: no — moved to internal, the figures are not final": a dated or
signed correction whose verb changes the level names the new level mid-line, after a
refusal, in a line too long for a banner. It may also say what the document is now
("MAJ 3/06 (Léa) : en fait c'est confidentiel, on attend le feu vert") or whom it stays
with ("Edit 9/10, Sam: on hold, this stays with the board until the vote", "rectif 2/2 :
on le garde pour le comex", "lecture limitée au CODIR"), the group's level being the new
level, or take it back ("retirer de la diffusion", "ne circule plus qu'en interne"). It
only restricts: a correction that opens a document keeps `marking_revisions`'s stricter
reading.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, group_level, strictest
from knowledge.marking_phrases import kept_for
from knowledge.marking_revisions import is_correction
from knowledge.text import fold

_CHANGED = re.compile(
    r"\b(?:reclass\w*|requalifi\w*|repass\w* en|pass\w* en|remis en|moved to|changed to"
    r"|reclassified as|reclassified to|upgraded to|now|desormais|dorenavant)\s+(?:en |as |to )?"
    r"(?:(?:c[0-4]|niveau \w+)\s+)?(?P<level>confidenti\w*|intern\w*|restreint\w*|restricted"
    r"|secret\w*|strictly confidential|strictement confidentiel\w*)\b"
)
_LEVELS = {"confidenti": CONFIDENTIAL, "secret": CONFIDENTIAL, "strict": CONFIDENTIAL}
# "c'est confidentiel", "it's internal now", "ça reste interne" (not "c'est pas", "n'est").
_IS_NOW = re.compile(
    r"\b(?:c est|it s|it is|this is|ca reste|cela reste|it stays|this stays|it remains"
    r"|this remains|(?:ce|cette|cet|this) \w+ (?:reste|restera|stays|remains|is|est))"
    r" (?:(?:finalement|en fait|desormais|maintenant|now|actually|still|toujours) )?"
    r"(?:(?:strictement|strictly) )?(?P<level>confidenti\w*|intern\w*|restreint\w*|restricted"
    r"|secret\w*)\b"
)
# "ne circule plus qu'en interne", "n'est plus diffusé qu'en interne".
_ONLY_NOW = re.compile(
    r"\bn(?:e)? (?:\w+ ){1,2}plus qu (?:en |au |a l )?(?P<level>intern\w*|confidenti\w*)\b"
)
# Taken back: "retirer de la diffusion", "ne plus le partager", "no longer to be shared".
_WITHDRAWN = re.compile(
    r"\b(?:retir\w* de la diffusion|withdrawn from (?:distribution|circulation)|ne plus (?:le |la"
    r" |les |l )?(?:partager|diffuser|envoyer|transmettre|faire circuler)|no longer (?:to be )?"
    r"(?:share|shared|sent|distributed|circulated)|stop sharing)\b"
)
# "reste entre associés", "on le garde pour le codir", "stays with the board".
_STAYS_WITH = re.compile(
    r"\b(?:reste|restera|restent|stays?|remains?|(?:on |we )?(?:garde|gardons|keep|keeping)"
    r"(?: (?:ca|cela|ceci|it|this|le|la|les))?)"
    r" (?:(?:strictement|strictly|only|uniquement) )?(?:entre|among|amongst|pour|for|with|avec"
    r"|within|au sein (?:du|de la|des)) (?:(?:les|le|la|l|the|nos|our) )?(?P<group>(?:\w+ ?){1,3})"
)


def stricter_correction(raw: str) -> str | None:
    """The restrictive level a dated or signed correction in `raw` changes the document to."""
    if not is_correction(raw):
        return None
    text = " ".join(re.sub(r"[^\w/]+", " ", fold(raw)).split())
    found = _CHANGED.search(text) or _IS_NOW.search(text) or _ONLY_NOW.search(text)
    if found is None:
        kept = _STAYS_WITH.search(text)
        level = group_level(kept.group("group"), restrictive_only=True) if kept else None
        clauses = re.split(r"[,;:.!?()—–]|\s-\s", fold(raw).replace("'", " "))
        said = [lv for c in clauses if (lv := kept_for(" ".join(c.split()))) is not None]
        said += [INTERNAL] if _WITHDRAWN.search(text) else []
        found_levels = [lv for lv in (level, *said) if lv is not None]
        return strictest(found_levels) if found_levels else None
    word = found.group("level")
    return next((lv for stem, lv in _LEVELS.items() if word.startswith(stem)), INTERNAL)
