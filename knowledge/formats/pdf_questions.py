"""PDF questions set in bold at the body's size under a section heading: not headings.

A newsletter's « Vos questions » sets each question in bold, at the size of its text, and
its answer below: the questions are asked and answered in that section
(`knowledge.document.asked_in_section`); the paragraph reader then reads each question
with its answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from knowledge.document import asked_in_section

if TYPE_CHECKING:
    from knowledge.formats.pdf import Line

HEADING_RATIO = 1.12  # as `knowledge.formats.pdf`: a heading set this much larger


def without_questions(
    levels: dict[int, int], lines: list[Line], body: float, text: Callable[[int], str]
) -> dict[int, int]:
    """`levels` (line index -> heading level) without the questions in bold at the body's
    size (not larger: a FAQ slide sets its questions a little larger) that stand under a
    heading set larger than the body, right below it or after its other questions (`text`:
    a heading's text)."""
    kept: dict[int, int] = {}
    above = 0  # the level of the last heading set larger than the body
    asked: set[int] = set()
    last = -1
    asking = False  # the lines since that heading: nothing, or questions and answers
    for i in sorted(levels):
        if lines[i].size >= body * HEADING_RATIO:
            above, asking = levels[i], True
            last = i
        elif lines[i].size <= body and asked_in_section(text(i), above):
            if asking and (i == last + 1 or last in asked):
                asked.add(i)
                last = i
                continue
        else:
            asking = False
        kept[i] = levels[i]
    return kept
