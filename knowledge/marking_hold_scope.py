"""A hold whose own words say it is for outsiders: the readers already have the document.

An embargo or a "not before" says when a document may go out. When the same line says
that the outside is beyond the program, or that it opens fully afterwards, the people
reading it now are the program's members, and the document is theirs:

- the boundary is the program's body: "Embargo jusqu'au 3 mai — ne pas diffuser hors du
  club", "Embargoed until Tuesday, don't share outside the community please";
- it is free inside the group now: "Embargo : pas sur les réseaux avant lundi — entre
  vous, allez-y", "inside the circle, go ahead";
- it is free for anyone afterwards: "EMBARGO until 9 May, 8:00. After that: free to use
  by anyone", "Sous embargo jusqu'au 21/06 ; ensuite libre pour tous";
- leave to circulate freely beside the hold: "peut circuler librement ; merci de ne pas
  la publier avant la conférence".

A staff or small group, a level word, "only" or a tier in the line keeps the hold's own
reading (`marking_holds.bare_hold` decides what is bare).
"""

from __future__ import annotations

import re

from knowledge.marking_groups import group_level

_BODY = (
    r"(?:programme|program|prog|club|cercle|circle|communaute|community|tribu|tribe|meute|pack"
    r"|guilde|guild|crew|collectif|discord|serveur|server)"
)
_OUTSIDE = re.compile(
    r"\b(?:hors|en dehors|outside|beyond|a l exterieur)(?: (?:du|de la|de l|des|de|d|of|the"
    rf"|our|notre|ce|this))*(?: \w+)? {_BODY}\b"
)
_INSIDE_FREE = re.compile(
    rf"\b(?:inside|within|in|dans|au sein (?:du|de la)|entre|among|parmi)(?: the| our| le| la"
    rf"| l| notre)? (?:{_BODY}|vous|yourselves)\W*(?:go ahead|allez y|feel free|c est ok|ok"
    r"|partagez|share away|librement|freely)\b"
)
_THEN_FREE = re.compile(
    r"\b(?:after that|afterwards|after this date|then|ensuite|apres|puis|passe cette date"
    r"|au dela de cette date|des lors)\W+(?:it s |c est |tout est )?(?:free|libre|public"
    r"|publique|open|ouverte?|ok pour tous|partageable|shareable)\b"
)
_FREELY = re.compile(
    r"\b(?:peut|peuvent|can|may) (?:circuler|circulate|etre partagee?s?|be shared)"
    r" (?:librement|freely)\b"
)
_KEEPS = re.compile(
    r"\b(?:confidenti\w*|intern\w*|secret\w*|restrei\w*|restricted|nda|only|uniquement"
    r"|seulement|exclusivement|niveau|level|tier|palier|sauf|except)\b"
)


def hold_for_outsiders(text: str) -> bool:
    """`text` (a cleaned line holding a document back) says the hold is for people outside
    the program, or lifts it fully afterwards."""
    if _KEEPS.search(text) or group_level(text, restrictive_only=True) is not None:
        return False
    patterns = (_OUTSIDE, _INSIDE_FREE, _THEN_FREE, _FREELY)
    return any(pattern.search(text) for pattern in patterns)
