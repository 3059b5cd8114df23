"""An address to all of a group nobody declared: a part, until the client says otherwise.

"Tous les Tous-Temps — RDV samedi", "To all Night Owls: …": a head that opens by addressing
every member of a group under a name of its own gives its readers, but the reader cannot
tell that group from the whole program. The client's names for all its ambassadors are read
as "ambassadeurs" before this (`marking_ambassadors`), so a name still unknown here is a
part of them or a team: internal (fail closed), never public.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import unknown_quantified_group
from knowledge.marking_sentences import clean_line

__all__ = ["addresses_undeclared_group"]

# The line opens with the address: "Tous les Tous-Temps —", "Pour toutes les Vigies :", "To
# all Night Owls:"; the group's word is written with a capital, as a name.
_ADDRESS = re.compile(
    r"^[\W_]*(?i:(?:(?:pour|à|a|to|for|attn|attention|hello|bonjour|salut|hi)\s*:?\s+)?"
    r"(?:tous|toutes|all|every)\s+(?:(?:les|nos|vos|the|our|your)\s+)?)(?P<name>[A-ZÀ-Ý][\w-]*)"
    # an address ends there ("Tous les Vigies : …"); a subject goes on ("Tous les Vigies ont …")
    r"(?:\s+[A-ZÀ-Ý][\w-]*)?\s*(?:[—–:!,(]|\s-\s|$)"
)

# "Tous les Jeudis", "All Summer": when, not who.
_TIME = re.compile(
    r"(?:jours?|semaines?|mois|ans|annees?|soirs?|matins?|lundis?|mardis?|mercredis?|jeudis?"
    r"|vendredis?|samedis?|dimanches?|days?|weeks?|months?|years?|mondays?|tuesdays?"
    r"|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|summer|winter|spring|autumn|ete"
    r"|hiver|printemps|automne|weekends?|week)$"
)


def addresses_undeclared_group(named: str) -> bool:
    """`named` (the client's names already read) opens by addressing all of a named group
    this reader does not know."""
    found = _ADDRESS.match(named)
    if found is None:
        return False
    name = clean_line(found["name"]).replace(" ", "")  # "Tous-Temps" is one name
    if not name or _TIME.match(name):
        return False
    return unknown_quantified_group(f"tous les {name}") is not None
