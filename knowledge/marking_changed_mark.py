"""A mark changed over time: the latest mark is in force.

"Was: internal. Now: all ambassadors.", « Anciennement confidentiel — désormais ouvert à tous
les … », « Ancien marquage : ~~Jury uniquement~~ · Nouveau : toute la … », « Statut :
~~interne~~ → tous les … »: the old mark is withdrawn, the new one is read, in either
direction ("Was: all ambassadors. Now: confidential (management only)"). A change dated
after today is not in force yet: the line is left as written. « Anciennement « usage
interne », passé en Confidentiel le 2 décembre 2026 », "changed to …": only a level read in
what it passed or changed to (« le programme est passé en mode hiver » is no mark).

A readership that opened at an event shown to have happened (« Diffusable aux ambassadeurs à
partir du lancement — lancement effectué le 16 novembre 2026 », "Open to all members from the
fair (held 3 October 2026)": every date on or before today) is read without its condition.

Versions listed together ("v3 – approved for release to all ambassadors" over "v2 – draft,
internal"): the latest version is the document, the older versions' lines say nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from knowledge.marking_dates import dates_in

__all__ = ["latest_version_only", "mark_in_force", "opened_at_event"]

_WAS_NOW = re.compile(
    r"^\W*(?:was|previously|formerly|anciennement|auparavant|ancien marquage|old marking)\b"
    r"(?P<old>.*?)[\s.;,·—–-]+(?:now|d[ée]sormais|dor[ée]navant|nouveau(?: marquage)?"
    r"|new(?: marking)?|maintenant|(?P<moved>(?:pass[ée]e?|reclass[ée]e?|bascul[ée]e?) en"
    r"|(?:changed|moved|raised|lowered|upgraded|downgraded|reclassified) (?:to|as)))\b\s*:?\s*"
    r"(?P<new>.+)$",
    re.IGNORECASE,
)
_STRUCK_TO = re.compile(r"~~[^~]{1,80}~~\s*(?:→|->|=>|⇒)\s*(?P<new>.+)$")
# A version's line: "v3 – …", « V2 — brouillon », "Version 4 : …".
_VERSION = re.compile(r"^\W*(?:v|version\s*)(\d{1,3}(?:\.\d{1,3})?)\s*[–—:-]", re.IGNORECASE)
# A readership opening at an event, the event after it.
_AT_EVENT = re.compile(
    r"^(?P<readers>\W*(?:diffusable|partageable|shareable|ouverte?s?|open)\b.+?)\s+(?:[àa] partir"
    r" d(?:u|e la|e l['’]|es)|d[èe]s (?:le|la|l['’])|from the|starting with the)\s*(?P<event>.+)$",
    re.IGNORECASE,
)
# A readership said as opening words: « ouvert à tous les … », "open to all …".
_OPEN_TO = re.compile(r"^(?:ouverte?s?\s+(?:à|a)|open(?:ed)?\s+to)\s+", re.IGNORECASE)


def mark_in_force(line: str, today: date, read: Callable[[str], str | None]) -> str | None:
    """The mark in force in a line that changes one (None: no such change, or one dated
    after `today`): the new mark as written when `read` (a line's level) finds a level in
    it, else read as the readership "Diffusion : …"."""
    found = _WAS_NOW.search(line) or _STRUCK_TO.search(line)
    if found is None:
        return None
    new = found.group("new").strip(" *_")
    if not new or any(day > today for day in dates_in(new)):
        return None
    if read(new) is not None:
        return new
    # "passé en …", "changed to …" name a mark only when a level is read in it.
    moved = found.groupdict().get("moved")
    return None if moved else f"Diffusion : {_OPEN_TO.sub('', new)}"


def latest_version_only(lines: Sequence[str]) -> list[str]:
    """`lines` with the lines of versions older than the latest one listed left empty (two
    version lines at least)."""
    numbers = [_version(line) for line in lines]
    listed = [n for n in numbers if n is not None]
    if len(listed) < 2:
        return list(lines)
    latest = max(listed)
    return [
        "" if n is not None and n < latest else line for line, n in zip(lines, numbers, strict=True)
    ]


def _version(line: str) -> tuple[int, ...] | None:
    found = _VERSION.match(line)
    return tuple(int(part) for part in found.group(1).split(".")) if found is not None else None


def opened_at_event(line: str, today: date) -> str | None:
    """The readership of a line that opens it at an event dated on or before `today`, said
    without the event (None: no such line, no date, or a date after today)."""
    found = _AT_EVENT.match(line)
    if found is None:
        return None
    dates = dates_in(found.group("event"))
    if not dates or max(dates) > today:
        return None
    return found.group("readers").strip()
