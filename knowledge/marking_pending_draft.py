"""A draft waiting for approval before it goes out: internal.

"BROUILLON – Newsletter de janvier / Pas encore validé. Relecture interne avant l'envoi à tous
les ambassadeurs prévu le 8 janvier", "DRAFT v2 – workshop synthesis / will go to the
ambassadors once we've checked the quotes". Until it is approved, a draft is read by those who
write and review it (the staff), whoever it will later go to: internal, even when the line
names every ambassador as its future readers. A bare "Brouillon v3" or "brouillon – à relire"
says nothing of its readers and sets no level; neither does a draft mail's "(brouillon)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.markers import INTERNAL, Marking
from knowledge.text import fold

__all__ = ["pending_draft_marking"]

# The head's first line opens with the stage: "DRAFT –", "Brouillon v2 —", "Ébauche :".
_DRAFT = re.compile(r"^\W*(?:draft|brouillon|ebauche)\b\s*(?:v?\d[\w.]*\s*)?(?:[-–—:|]|$)")
# Not approved yet, or sent to its readers later.
_PENDING = re.compile(
    r"\b(?:pas encore (?:valide|approuve)|non (?:valide|approuve)|not (?:yet )?approved"
    r"|awaiting (?:approval|sign[- ]?off)|en attente de (?:validation|approbation)"
    r"|(?:will|shall) (?:go|be sent|be shared) to|sera (?:envoyee?|diffusee?|partagee?)"
    r"|avant (?:l )?envoi|avant (?:la )?diffusion|before (?:it goes|sending|release)"
    r"|envoi (?:a|aux) .{0,60}\bprevu)"
)
# The lines after the first that may say so.
_LINES = 3


def pending_draft_marking(first_lines: Sequence[str]) -> Marking | None:
    """Internal when `first_lines` (a head's non-empty lines) open with a draft's stage and
    say it is not approved yet or goes to its readers later."""
    if not first_lines or _DRAFT.match(fold(first_lines[0])) is None:
        return None
    for line in first_lines[: _LINES + 1]:
        if _PENDING.search(" ".join(re.sub(r"[^\w]+", " ", fold(line)).split())):
            return Marking(INTERNAL, first_lines[0].strip()[:120])
    return None
