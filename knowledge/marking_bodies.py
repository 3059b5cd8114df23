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


# The body as an agent, not a reader: "validée par le comité des usagers", "approved by the
# customer council" say who wrote or checked the document, not who may read it.
_AGENT_BEFORE = re.compile(
    r"\b(?:par|by|avec|with|selon|from|aupres)\s+(?:(?:le|la|les|l|un|une|the|a|an|notre|nos"
    r"|our|leur|their)\s+)?$"
)


def names_a_body(line: str) -> bool:
    """`line` names a body drawn from a group ("comité des usagers", "members' council") as
    its readers (not as who wrote or approved it)."""
    text = fold_spaced(line)
    found = [*_BODY_OF.finditer(text), *_GROUP_BEFORE.finditer(text)]
    return any(_AGENT_BEFORE.search(text[: m.start()]) is None for m in found)
