"""Plain text: a step label over its indented sub-steps is a step, not a heading.

"Étape 1 : rejoindre le Discord" over "  1.1 Ouvrez le lien…", then "Étape 2 : valider" at
the label's indent again, is an outline of the section's procedure: the label is short and
without closing punctuation, as a heading is, but what stands under it is indented deeper
and its siblings follow in the same group.
"""

from __future__ import annotations

import itertools
from typing import Protocol


class Line(Protocol):
    raw: str
    group: int


def _indent(line: Line) -> int:
    return len(line.raw) - len(line.raw.lstrip())


def outline_label(lines: list[Line], i: int) -> bool:
    """Line i labels a step of an outline: the next line of its group is indented deeper,
    and a later line of the group stands at its own indent again."""
    group, indent = lines[i].group, _indent(lines[i])
    run = list(itertools.takewhile(lambda x: x.group == group, lines[i + 1 :]))
    if not run or _indent(run[0]) <= indent:
        return False
    return any(_indent(x) == indent for x in run[1:])
