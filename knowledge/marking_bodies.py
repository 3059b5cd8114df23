"""A committee, a panel or a board of some group is a few of them, never the group.

"Diffusion : comité des usagers", "Audience: customer advisory panel", "Pour le conseil des
ambassadeurs": the group's word (users, customers, ambassadors) may name readers who are all
welcome, but a body drawn from them is a handful of members; a line that would open the
document to the group is read as a part of it (internal) instead.
"""

from __future__ import annotations

import re

from knowledge.text import fold_spaced

__all__ = ["names_a_body"]

# "conseil" and "commission" only before a plural ("conseil des usagers"): "le conseil du
# mois" is a tip, "commission de 10 %" a fee.
_BODY = (
    r"comites?|cellules?|panels?|jurys?|colleges?|sous groupes?|groupes? de travail"
    r"|groupes? pilotes?|committees?|councils?|boards?|juries|working groups?|task forces?"
    r"|steering groups?|advisory groups?|focus groups?|sounding boards?"
)
# The body and its members: "comité des usagers", "board of our ambassadors".
_BODY_OF = re.compile(
    rf"\b(?:(?:{_BODY})\s+(?:consultatifs?\s+|restreints?\s+)?(?:de|des|du|d|of)"
    r"|(?:conseils?|commissions?)\s+(?:consultatifs?\s+|consultatives?\s+)?des)\s+\w"
)
# A body named after its members: "customer advisory panel", "ambassador council".
_GROUP_BEFORE = re.compile(
    r"\b(?:users?|customers?|clients?|members?|ambassadors?|volunteers?|readers?|partners?"
    r"|students?|alumni|community|fans?|riders?|makers?)\s+(?:advisory\s+|consultative\s+"
    r"|steering\s+)?(?:board|council|panel|committee)s?\b"
)


def names_a_body(line: str) -> bool:
    """`line` names a body drawn from a group ("comité des usagers", "members' council")."""
    text = fold_spaced(line)
    return _BODY_OF.search(text) is not None or _GROUP_BEFORE.search(text) is not None
