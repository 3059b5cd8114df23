"""A document kept in a SharePoint site named for some readers: internal.

A SharePoint site has its own members; an export or a paste of a document keeps the site's
name above its breadcrumb ("Site : Passeurs Mécènes" / "SharePoint > Documents partagés >
…"). A site named for a part of the readers (a level, a region, a team) keeps the document
among them. Read only when no other rule marked the head, and only where the head shows
the tool (the word SharePoint or a breadcrumb): « Site : Usine de Lyon » alone is a place.
A site that names all the ambassadors, or that the head's other rules read, is left to them;
one named for the leadership is read by `marking_tools`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge.markers import INTERNAL, Marking
from knowledge.text import fold

_SITE = re.compile(r"^[\W_]*(?:site(?: sharepoint)?|sharepoint site)\s*:\s*(?P<name>[^›>/|]+)")
_BREADCRUMB = re.compile(r"\S\s*[›>]\s*\S.*[›>]")
# A name that says all the readers (or none): "Site : Tous les Passeurs", "Site : Accueil".
_ALL_OR_NONE = re.compile(
    r"\b(?:tous|toutes|all|every|everyone|public|accueil|home|intranet|communication)\b"
)


# The whole program's words, left out of a site's name to see whether a part remains.
_WHOLE_WORDS = re.compile(
    r"\b(?:les|the|des|de|du|d|l|ambassad\w*|programme|program|club|communaute|community"
    r"|reseau|network|espace|space|site)\b|[^\w\s]"
)


def site_marking(lines: Sequence[str], said: Callable[[str], str]) -> Marking | None:
    """Internal when the head's first `lines` keep the document in a SharePoint site whose
    name is no whole (`said`: the client's names for its ambassadors written as the word,
    `marking_ambassadors.as_ambassadors`)."""
    folded = [fold(line) for line in lines]
    if not any("sharepoint" in f or _BREADCRUMB.search(f) for f in folded):
        return None
    for line, text in zip(lines, folded, strict=True):
        if (found := _SITE.match(text)) is None:
            continue
        name = found["name"].strip(" .,;:-–—")
        if not name or _ALL_OR_NONE.search(name):
            return None
        named = fold(said(name))
        if "ambassad" in named and not _WHOLE_WORDS.sub(" ", named).strip():
            return None  # the program's site: all of them
        return Marking(INTERNAL, line.strip()[:120])
    return None
