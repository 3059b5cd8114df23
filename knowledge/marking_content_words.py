"""Restriction words used as content words: a part, a body or a know-how named, not a
reader kept out.

"Internal gear hub" (a bicycle part), "internal seams" (knitting), "internal structures of
the ear", "our internal jury's picks", "coutures internes", "Secret d'atelier : …" or
"secret de fabrication" name what the document talks about. `marking_doubt` reads a head's
words of restriction as a doubt before a public default applies; these phrases are taken
out first, so a how-to for all ambassadors is not withheld for them. A real marking on
the same line ("Internal — gear hub specs") keeps its word: only the word joined to its
noun goes.
"""

from __future__ import annotations

import re

# "internal" / "interne(s)" bound to the noun it describes (accent-folded text).
_INTERNAL_THING = (
    r"gear hubs?|hub gears?|gears?|seams?|structures?|organs?|combustion|ear|medicine"
    r"|jury|jury s|memory|clock|storage|battery|batteries|frame|thread|threads|routing"
    r"|cable routing|dimensions?|diameter|temperature|pressure|walls?|mechanisms?|parts?"
    r"|pocket|pockets|lining|stitch|stitches|tubes?|bleeding|audit trail"
)
_INTERNE_THING = (
    r"couture|coutures|structure|structures|oreille|medecine|moteur|moyeu|jury|memoire"
    r"|horloge|batterie|poche|poches|doublure|pression|temperature|mecanisme|mecanismes"
    r"|saignement|combustion|paroi|parois|cable|cables"
)
_CONTENT = re.compile(
    rf"\b(?:internal|inner) (?:{_INTERNAL_THING})\b"
    rf"|\b(?:{_INTERNE_THING}) (?:internes?|interieures?)\b"
    # a know-how: "Secret d atelier", "secrets de fabrication", "the secret of a good bake"
    r"|\bsecrets? (?:d atelier|de fabrication|de chef|de cuisine|de grand mere|de famille"
    r"|de polichinelle|d un |d une |de notre|de nos|de la |du |of (?:a|the|our|good)\b)"
)


def without_content_words(folded: str) -> str:
    """`folded` (accent-folded, apostrophes as spaces) without restriction words that name
    a thing rather than the readers."""
    return _CONTENT.sub(" ", folded)
