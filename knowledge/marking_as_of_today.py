"""A readership that depends on the day, read as of today.

- An embargo that ended before today gives the readership it announced for afterwards:
  « Statut : embargo jusqu'au 1er décembre 2026, ensuite diffusion à toutes les Vigies »,
  "Embargo lifted on 2 Dec 2026 — for all ambassadors", "Embargoed until 1 December 2026 –
  then for all members" read as "Diffusion : …" of that readership. A running embargo, or
  one whose end is not dated, is left as written (the other rules keep it restricted).
- A release approved with a past date or none gives the readers it was approved for:
  "Approved by T. Lenoir on 2 Dec 2026 for release to all ambassadors", « BAT validé le
  25/11/2026, pour diffusion à tous les ambassadeurs », « Approuvée le 30/11 par les
  associés ; diffusion à l'ensemble des ambassadeurs » read as "Diffusion : …". One with a
  future date, or for a part of them (`marking_release_audience`), is left as written.

- A mark changed over time gives the mark in force (`marking_changed_mark`): "Was:
  internal. Now: all ambassadors." read as "Diffusion : all ambassadors"; of versions listed
  together, only the latest's line is read.

Only the rewritten line's readers decide: « Diffusion : … » is read by the other rules, so
a part of the ambassadors or a staff group stays restricted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from knowledge.markers import line_level
from knowledge.marking_changed_mark import latest_version_only, mark_in_force, opened_at_event
from knowledge.marking_dates import dates_in
from knowledge.marking_release_audience import names_a_release_part

__all__ = ["as_of_today"]

_CUT = r"[^.;!?()]"
_EMBARGO_UNTIL = re.compile(
    r"\bembargo(?:ed)?\s*:?\s+(?:jusqu['’]\s?(?:au|à|a)|until|till|to)\s+(?P<when>[^,;–—]+?)"
    r"\s*(?:[,;–—]|\s-\s)\s*(?:(?:ensuite|puis|then|after that|and then|et ensuite|après)\s+)?"
    rf"(?P<aud>{_CUT}+)",
    re.IGNORECASE,
)
_EMBARGO_LIFTED = re.compile(
    r"\bembargo\s+(?:lev[ée]|lifted|ended|termin[ée]|expired|fini)\s+(?:le\s+|on\s+)?"
    r"(?P<when>[^,;–—]+?)\s*(?:[,;–—:]|\s-\s)\s*(?:(?:ensuite|puis|then)\s+)?"
    rf"(?P<aud>{_CUT}+)",
    re.IGNORECASE,
)
_APPROVED = re.compile(
    r"\b(?:approved|cleared|signed off|validated|approuv[ée]e?s?|valid[ée]e?s?)\b", re.IGNORECASE
)
_RELEASE_TO = re.compile(
    r"\b(?:release|distribution|diffusion|publication)\s+(?:(?:approuv|valid|approv)\w*\s+)?"
    rf"(?:to|à|aux|au|pour|for)\s+(?P<aud>{_CUT}+)",
    re.IGNORECASE,
)
# The words that open an announced readership, left out before it is read as one.
_LEAD = re.compile(
    r"^(?:(?:diffusion|distribution|publication|release|diffusables?|partageables?|shareable"
    r"|open|ouverte?s?)\s+)?(?:(?:for|pour|to|à|aux|au|with|avec)\s+)?",
    re.IGNORECASE,
)


def as_of_today(lines: Sequence[str], today: date | None = None) -> list[str]:
    """`lines` with an ended embargo's or an approved release's readership written as a
    "Diffusion :" line (`today`: the day it is read, by default the system's)."""
    day = today or date.today()
    return [_rewritten(line, day) for line in latest_version_only(lines)]


def _rewritten(line: str, today: date) -> str:
    changed = mark_in_force(line, today, line_level) or opened_at_event(line, today)
    if changed is not None:
        return changed
    for pattern, over in ((_EMBARGO_UNTIL, _before), (_EMBARGO_LIFTED, _on_or_before)):
        found = pattern.search(line)
        if found is not None:
            dates = dates_in(found.group("when"))
            if dates and over(max(dates), today):
                return _as_readership(found.group("aud"), line, announced=False)
            return line
    if _APPROVED.search(line) is None:
        return line
    found = _RELEASE_TO.search(line)
    if found is None or any(day > today for day in dates_in(line)):
        return line
    return _as_readership(found.group("aud"), line)


def _before(day: date, today: date) -> bool:
    return day < today


def _on_or_before(day: date, today: date) -> bool:
    return day <= today


def _as_readership(audience: str, line: str, announced: bool = True) -> str:
    """`line` as "Diffusion : `audience`"; after an embargo (`announced` False) only when
    the words after it announce readers ("…, ensuite diffusion à …", not "…, 09:00 CET")."""
    said = audience.strip(" -–—,:")
    readers = _LEAD.sub("", said).strip()
    if not readers or (not announced and readers == said) or names_a_release_part(readers):
        return line
    return f"Diffusion : {readers}"
