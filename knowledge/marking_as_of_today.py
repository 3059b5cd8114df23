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

- A readership that opened on a day on or before today is read without its opening:
  « Diffusion : tous les … — à partir du 7 décembre 2026 », "Shareable with all … from
  2 December 2026", "Audience: all … · Valid from 1 December 2026" read as the readership
  alone. Only a line with one date, a readership word and no end to the window.
- A restriction held until a later day or an event is in force until then: "SECRET until
  2 January 2027. After that: internal use." reads "SECRET" before that day, and is left
  as written after it (the other rules read what follows).
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

from knowledge.markers import CONFIDENTIAL, INTERNAL, line_level
from knowledge.marking_changed_mark import latest_version_only, mark_in_force, opened_at_event
from knowledge.marking_dates import dates_in
from knowledge.marking_release_audience import names_a_release_part

__all__ = ["as_of_today"]

_CUT = r"[^.;!?()]"
_EMBARGO_UNTIL = re.compile(
    r"\bembargo(?:ed)?(?:\s*:?\s+(?:jusqu['’]\s?(?:au|à|a)|until|till|to)|\s+(?:presse|press|media"
    r"|médias)\s*:)\s+(?P<when>[^,;–—]+?)"
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
# A readership's opening day: « — à partir du 7 décembre 2026 », "· Valid from 1 Dec 2026".
_OPENED_ON = re.compile(
    r"[\s,;·—–-]*(?:valid |valable |effective |open |ouverte? )?(?:[àa] partir du|[àa] compter du"
    r"|d[èe]s le|from|starting(?: on)?|as of)\s+(?P<when>[^.;()·—–*]+?)(?=\s*[.;()·—–*]|\s*$)",
    re.IGNORECASE,
)
# A line that states a readership.
_STATES_READERS = re.compile(
    r"\b(?:diffusion|diffusable|distribution|audience|lectorat|shareable|partageable|share"
    r"|partager|open to|ouverte? (?:à|a|aux))\b",
    re.IGNORECASE,
)
# A window's end: the readership closes again.
_WINDOW_END = re.compile(
    r"\b(?:until|till|through|jusqu|expir\w*|clos\w*|ended|fin|end|au \d|to \d)\b|→|->",
    re.IGNORECASE,
)
# A restriction and when it ends: "SECRET until 2 January 2027. After that: …".
_HELD_UNTIL = re.compile(
    r"^[\W_]*(?P<mark>[^\W\d][^.;:,()–—]{0,40}?)[\s*_]+(?:until|till|jusqu['’]\s?(?:au|à|a))\s+"
    r"(?P<when>[^.;]{1,60})",
    re.IGNORECASE,
)
# A held mark is a banner of a few words, without a verb of being.
_BANNER_WORDS = 4
_COPULA = re.compile(
    r"\b(?:est|sont|reste|restent|demeure|is|are|remains?|stays?|was|were|sera|will)\b", re.I
)
# The readers said in a later sentence: "… After that: all members.", « Diffusion libre
# ensuite, partage public bienvenu. »
_THEN = re.compile(
    r"\b(?:after that|afterwards|thereafter|then|ensuite|puis|après quoi|passé ce délai)\b\s*:?\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
# A line's own readership words: the sentence is read as it stands.
_READERSHIP_FIRST = re.compile(
    r"^(?:diffusion|distribution|publication|partage|sharing|shareable|open|ouverte?)\b",
    re.IGNORECASE,
)
# An embargo until an event, and a line of the head that says the event happened.
_EVENTS = {
    "launch": ("launch", "lancement"),
    "opening": ("opening", "ouverture", "reopening", "réouverture"),
    "release": ("release", "sortie"),
    "announcement": ("announcement", "annonce"),
    "signature": ("signature", "signing"),
}
_UNTIL_EVENT = re.compile(
    r"\bembargo(?:ed)?\s*:?\s+(?:jusqu['’]\s?(?:au|à|a)|until|till)\s+(?:the\s+|le\s+|la\s+|l['’])?"
    r"(?P<event>\w+)",
    re.IGNORECASE,
)
_HAPPENED = (
    r"\b(?:{words})\b[^.;]{{0,40}}?\b(?:happened|took place|done|completed|held|effectu[ée]e?"
    r"|a eu lieu|réalisée?|faite?)\b"
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
    return [_rewritten(line, day) for line in _events_dated(latest_version_only(lines), day)]


def _events_dated(lines: list[str], today: date) -> list[str]:
    """`lines` with an embargo until an event written as until the day another line says
    the event happened, when that day is on or before `today` ("Embargoed until launch…" and
    "Launch happened on 30 November 2026" read "Embargoed until 30 November 2026…")."""
    out = list(lines)
    for i, line in enumerate(lines):
        found = _UNTIL_EVENT.search(line)
        words = _event_words(found.group("event")) if found is not None else None
        if found is None or words is None:
            continue
        said = re.compile(_HAPPENED.format(words=words), re.IGNORECASE)
        for other in lines:
            dates = dates_in(other) if other is not line and said.search(other) else []
            if len(dates) == 1 and dates[0] <= today:
                day = f"{dates[0].day}/{dates[0].month}/{dates[0].year}"
                out[i] = f"{line[: found.start('event')]}{day}{line[found.end('event') :]}"
                break
    return out


def _event_words(word: str) -> str | None:
    """The words for the event `word` names, in French and English (None: no event)."""
    folded = word.casefold()
    for words in _EVENTS.values():
        if folded in words:
            return "|".join(words)
    return None


def _rewritten(line: str, today: date) -> str:
    changed = mark_in_force(line, today, line_level) or opened_at_event(line, today)
    if changed is not None:
        return changed
    for pattern, over in ((_EMBARGO_UNTIL, _before), (_EMBARGO_LIFTED, _on_or_before)):
        found = pattern.search(line)
        if found is not None:
            dates = dates_in(found.group("when"))
            if dates and over(max(dates), today):
                read = _as_readership(found.group("aud"), line, announced=False)
                later = _said_later(line[found.end("when") :])
                return read if read != line or later is None else _as_readership(later, line)
            return line
    opened = _opened_on_day(line, today)
    if opened is not None:
        return opened
    held = _held(line, today)
    if held is not None:
        return held
    if _APPROVED.search(line) is None:
        return line
    found = _RELEASE_TO.search(line)
    if found is None or any(day > today for day in dates_in(line)):
        return line
    return _as_readership(found.group("aud"), line)


def _said_later(rest: str) -> str | None:
    """The readers a later sentence of `rest` announces with "after that", « ensuite »…,
    without that word (None: no such sentence)."""
    for sentence in _SENTENCE_END.split(rest)[1:]:
        found = _THEN.search(sentence)
        if found is None:
            continue
        said = f"{sentence[: found.start()]} {sentence[found.end() :]}"
        said = " ".join(said.split()).replace(" ,", ",").strip(" .;,:-–—")
        if said and _READERSHIP_FIRST.match(said):
            return f"Diffusion {said}" if not said.casefold().startswith("diffusion") else said
        return said or None
    return None


def _opened_on_day(line: str, today: date) -> str | None:
    """`line` without the opening of a readership that opened on or before `today` (None:
    no such line; a line with another date, or an end to its window, is not read)."""
    if _STATES_READERS.search(line) is None or _WINDOW_END.search(line) is not None:
        return None
    found = list(_OPENED_ON.finditer(line))
    if len(found) != 1:
        return None
    dates = dates_in(line)
    if len(dates) != 1 or dates_in(found[0].group("when")) != dates or dates[0] > today:
        return None
    return (line[: found[0].start()] + line[found[0].end() :]).strip()


def _held(line: str, today: date) -> str | None:
    """The restriction a line holds until a day after `today` or an undated event (None:
    no such line, or its day has come)."""
    found = _HELD_UNTIL.match(line)
    if found is None or not _is_banner(found.group("mark")):
        return None
    if line_level(found.group("mark")) not in (INTERNAL, CONFIDENTIAL):
        return None
    dates = dates_in(found.group("when"))
    return found.group("mark") if not dates or max(dates) > today else None


def _is_banner(mark: str) -> bool:
    """`mark` is a mark's few words, not a sentence about something ("Les échantillons
    sont confidentiels")."""
    words = mark.split()
    return len(words) <= _BANNER_WORDS and _COPULA.search(mark) is None


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
