"""A release approved for a part of the ambassadors only: internal.

"Approved for release to Solstice-level ambassadors", « validé pour diffusion aux ambassadeurs
du niveau Forte », "cleared for distribution to the pilot group": the permission's words read
public ("approved for release"), but the release goes to one tier, level, pilot group, panel
or region of the program, a part the bot cannot tell from the others: internal (fail
closed). A release to all of them ("approved for release to all ambassadors") is left to
the other rules.

Readers named as a group with a capitalised qualifier (« validée pour diffusion aux
Complices Maîtres », "approved for release to Confirmed Members") are a named tier of the
program, not all of it, unless the pair is one of the client's declared names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.markers import INTERNAL, Marking
from knowledge.text import fold, fold_spaced

__all__ = ["names_a_release_part", "release_audience_marking"]

_RELEASE = re.compile(
    r"\b(?:approved|cleared|validated|released|ok) for (?:release|distribution|publication"
    r"|sharing|circulation) (?:only )?to (?P<en>[^.;:!?()]{1,80})"
    r"|\b(?:approuvee?s?|validee?s?|ok) pour (?:diffusion|publication|partage|envoi)"
    r" (?:uniquement )?(?:a|aux|au|pour) (?P<fr>[^.;:!?()]{1,80})"
)
# The words that name a part of the program: a tier, a level, a pilot, a panel, a region.
_PART = re.compile(
    r"\b(?:\w+ level|level \w+|tiers?|niveaux?|paliers?|pilot|pilote|pilots|pilotes"
    r"|panel|panels|comite|committee|region|regions|site|sites|testeurs|testers|beta)\b"
)
# An approved release to two capitalised words: a group and its qualifier, either order.
_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_QUALIFIED = re.compile(
    r"(?i:\b(?:approved|cleared|validated|released|ok|approuv[ée]e?s?|valid[ée]e?s?)\s+"
    r"(?:for|pour)\s+(?:la\s+)?(?:release|distribution|publication|sharing|circulation"
    r"|diffusion|partage|envoi)\s+(?:only\s+|uniquement\s+)?(?:to|à|a|aux|au|pour)\s+"
    r"(?:the\s+|les\s+)?)"
    rf"(?P<pair>{_CAPITAL}\s+{_CAPITAL})"
)
# Every tier at once leaves them whole: "(every level)", « tous niveaux ».
_EVERY_PART = re.compile(
    r"\b(?:every|all|each|any|tous|toutes|chaque|quel que soit)(?: the| les| le| la| l)?"
    r" (?:levels?|tiers?|niveaux?|paliers?|regions?|sites?)\b"
)


def release_audience_marking(
    first_lines: Sequence[str], names: Sequence[str] = ()
) -> Marking | None:
    """Internal when one of `first_lines` approves a release for a part of the program
    (`names`: the client's declared names, never a part)."""
    declared = {fold_spaced(name) for name in names}
    for line in first_lines:
        qualified = _QUALIFIED.search(line)
        if qualified is not None and fold_spaced(qualified.group("pair")) not in declared:
            return Marking(INTERNAL, line.strip()[:120])
        text = " ".join(re.sub(r"[^\w.;:!?()]+", " ", fold(line)).split())
        for found in _RELEASE.finditer(text):
            audience = found.group("en") or found.group("fr") or ""
            if names_a_release_part(audience):
                return Marking(INTERNAL, line.strip()[:120])
    return None


def names_a_release_part(audience: str) -> bool:
    """`audience` names a tier, a level, a pilot, a panel or a region of the program."""
    text = " ".join(re.sub(r"[^\w]+", " ", fold(audience)).split())
    return _PART.search(_EVERY_PART.sub(" ", text)) is not None
