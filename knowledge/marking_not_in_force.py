"""A readership not in force today: internal (the author marked it; no audience holds yet).

- A readership window that has ended: « Diffusion aux ambassadeurs : du 15 septembre au 15
  novembre 2026 », "Audience: all ambassadors — window closed on 30 November 2026",
  « … — période terminée ». After the window no audience is granted.
- A readership that opens later and is not shown to have opened: « Diffusable à tous les
  ambassadeurs à partir du salon (prévu le 14 février 2027) », "Open to all members from
  1 February 2027", « Réservé aux membres Or jusqu'au 1er mars 2027, puis à tous »,
  « … à partir de l'ouverture de la boutique » (no date). It has opened only when every
  date the line writes is on or before today (« lancement effectué le 16 novembre 2026 »,
  "held 3 October 2026").
- A release approved for no one named: "Version validated for distribution", « Version
  validée pour diffusion » (a readership is granted, but not evidently to all the
  ambassadors); one that names its readers ("… for release to all ambassadors") or a level
  ("External — approved for distribution") is left to the other rules.
- A release waiting on a review: « Relecture : en cours », « Validation juridique : en
  attente », "Legal review: pending", « diffusion … après accord de l'avocat ».

The level is only ever internal: a stricter mark on the same head (« Secret jusqu'au
lancement ») is read by the other rules and wins. Only a head's first lines count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from knowledge.markers import INTERNAL, Marking, line_level
from knowledge.marking_dates import dates_in, says_month_first
from knowledge.text import fold

__all__ = ["not_in_force_marking"]

# The head's lines where a readership is stated.
_LINES = 6
# A banner, not prose: longer lines tell a story (a sale "open to all from …").
_MAX_WORDS = 30

# Words that state a document's readership; "open to all" only opening the line (a banner,
# not "the webinar is open to all").
_READERSHIP = re.compile(
    r"\b(?:diffusion|diffusable|distribution|audience|lectorat|release[ds]?|shareable"
    r"|partageable|reservee?s? (?:a|aux|au)|reserved (?:for|to)|restricted to|limited to)\b"
    r"|^\W*(?:ouverte?|open) (?:a|to) (?:tous|toutes|tout|l ensemble|all|every|the whole)\b"
    r"|^\W*ouverte?s? (?:aux|au) (?!public\b)"
    r"|^\W*(?:share|a partager|partager) (?:with|avec) (?:tous|toutes|l ensemble|all|every|the)\b"
    r"|^\W*(?:for|pour) (?:tous|toutes|l ensemble|all|every) (?:(?:the|les|des|nos|our) )?\w+"
)
# What a readership waits on: an event, a review, a date.
_CONDITION = (
    r"(?:(?:l |la |le |les |the )?(?:lancement|launch|ouverture|opening|sortie|release|validation"
    r"|relecture|accord|approbation|approval|review|sign[- ]?off|signature|publication|salon"
    r"|show|fair|evenement|event|date|assemblee|meeting|bilan|comite|committee|decision|annonce"
    r"|announcement|approved|validated|signed off|validee?|approuvee?"
    r"|\d(?!\d*\s?(?:h|heures?|:|am|pm)\b)))"
)
# A time of day opens no readership: « à partir de 18 h », "after 10 pm".
_TIME_OF_DAY = re.compile(r"^\d{1,2}\s?(?:h|heures?|:\d\d|am|pm)\b")
# A change already made "after" a review: « mention supprimée après validation juridique ».
_DONE = re.compile(
    r"\b(?:supprimee?s?|retiree?s?|levee?s?|enlevee?s?|modifiee?s?|reclassee?s?|declassee?s?"
    r"|removed|lifted|dropped|changed|updated|reclassified|downgraded)\W*$"
)
# A readership that starts later: at an event or a date still to come, or next in a sequence
# ("puis à tous les membres", "then open to all").
_OPENS = re.compile(
    r"\b(?:a partir d\w*|des (?:le|la|l|que|sa|son)\b|(?:apres|after|once|une fois) (?="
    + _CONDITION
    + r")|(?:puis|ensuite|then|after that)\W+(?=(?:diffus\w*|ouvert\w*|open\w*|partag\w*"
    r"|shar\w*|a|aux|au|to|tous|toutes|all|every|the whole)\b)"
    r"|(?:from|starting) (?=(?:the )?(?:\d|launch|opening|release|event|evening|day|show|fair"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)))"
)
# The end of a window, a date after it.
_UNTIL = re.compile(
    r"\b(?:jusqu a|jusqu au|until|till|through|(?:closed|ended|closes|ends|expires|closing) on"
    r"|(?:fermee?|close|terminee?|se termine|se ferme|expire) le"
    r"|(?:du|from) \S+(?: \S+){0,3}? (?:au|to))\s"
)
# An opening's date comes first: "from 1 Dec 2026", « à partir du 1er mars 2027 ».
_ARTICLE = re.compile(r"^(?:le|la|l|the|du|de)\s+")
_DATE_FIRST = re.compile(
    r"^(?:\d|(?:jan|feb|fev|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|aout|sep|oct|nov|dec)\w*\b)"
)
# A window said to be over.
_ENDED = re.compile(
    r"\b(?:periode (?:terminee|close|ecoulee)|fenetre (?:fermee|close)|(?:window|period) (?:closed"
    r"|ended|expired|over)|expiree?|expired)\b"
)
# What follows a restriction that ended: the readership after it (an embargo lifted).
_AFTERWARDS = re.compile(
    r"\b(?:ensuite|puis|then|after that|desormais|now|depuis|since|leve|lifted|embargo)\b"
)
# A release approved, then whom for: "validated for distribution to …" (or nothing after it).
_APPROVED_FOR = re.compile(
    r"\b(?:approved|validated|cleared|approuvee?s?|validee?s?) (?:for|pour) (?:la |l )?"
    r"(?:release|distribution|diffusion|circulation)\b(?P<rest>.*)$"
)
# Words that name readers after it: "to all ambassadors", « à l'ensemble des … ».
_TO_READERS = re.compile(r"^\W*(?:only |uniquement )?(?:to|a|aux|au|pour|for|among|aupres)\b")
# A review still to be done before the release.
_PENDING_REVIEW = re.compile(
    r"\b(?:relecture|validation|review|proofread\w*|approval|sign[- ]?off)"
    r"(?: (?:juridique|legale?|legal|finale?|interne|internal))?"
    r"(?: \([^)]*\))? ?:? (?:en cours|en attente|pending|in progress|a venir|awaiting)\b"
)
# A document said to be in review, in prose: only with a readership stated on the head.
_IN_REVIEW = re.compile(
    r"\b(?:in|under) (?:(?:legal|final|internal) )?review\b"
    r"|\ben (?:cours de )?(?:relecture|validation)(?: (?:juridique|legale|finale|interne))?\b"
)
# A review that gates a release by itself: a legal one, or a draft's.
_GATING = re.compile(
    r"\b(?:juridique|legale?|legal|counsel|avocat|brouillon|draft|ebauche|version de travail)\b"
)


def not_in_force_marking(first_lines: Sequence[str], today: date | None = None) -> Marking | None:
    """Internal when one of `first_lines` (a head's non-empty lines) states a readership
    whose window ended before `today` (by default the system's day) or that opens later,
    or a review still pending before the release."""
    day = today or date.today()
    texts = [" ".join(re.sub(r"[^\w():/.]+", " ", fold(line)).split()) for line in first_lines]
    stated = any(_READERSHIP.search(text) for text in texts[:_LINES])
    for line, text in zip(first_lines[:_LINES], texts, strict=False):
        if (_PENDING_REVIEW.search(text) and (stated or _GATING.search(text))) or (
            stated and _IN_REVIEW.search(text)
        ):
            return Marking(INTERNAL, line.strip()[:120])
        approved = _APPROVED_FOR.search(text)
        if approved is not None and _for_no_one(text, approved):
            return Marking(INTERNAL, line.strip()[:120])
        if len(text.split()) > _MAX_WORDS or _READERSHIP.search(text) is None:
            continue
        starts, event = _openings(text)
        first = says_month_first(text)
        if _ended(text, day, event, first) or _not_opened(starts, event, fold(line), day):
            return Marking(INTERNAL, line.strip()[:120])
    return None


def _for_no_one(text: str, approved: re.Match[str]) -> bool:
    """The approval names no readers after it, and the rest of the line no level
    ("External — approved for distribution" is public)."""
    rest = approved.group("rest")
    return (
        _TO_READERS.match(rest) is None and line_level(f"{text[: approved.start()]} {rest}") is None
    )


def _ended(text: str, today: date, event: bool, month_first: bool) -> bool:
    """A window on the readership that closed: said so, or (when it opens at no event,
    whose dates would be the event's) its end date is past."""
    if _AFTERWARDS.search(text) is not None:
        return False
    if _ENDED.search(text) is not None:
        return True
    if event:
        return False
    ends = [
        d
        for m in _UNTIL.finditer(text)
        for d in dates_in(text[m.end() : m.end() + 30], month_first)[:1]
    ]
    return bool(ends) and max(ends) < today


def _openings(text: str) -> tuple[list[date], bool]:
    """The dates the readership opens on ("from 1 Dec 2026", « à partir du 3 mai 2027 »),
    and whether it opens at something else (an event, a review, "then")."""
    starts: list[date] = []
    event = False
    first = says_month_first(text)
    for found in _OPENS.finditer(text):
        rest = _ARTICLE.sub("", text[found.end() :].lstrip())
        if _TIME_OF_DAY.match(rest) or _DONE.search(text[: found.start()]):
            continue
        day = dates_in(rest[:30], first)[:1] if _DATE_FIRST.match(rest) else []
        starts += day
        event = event or not day
    return starts, event


def _not_opened(starts: list[date], event: bool, folded: str, today: date) -> bool:
    """The readership opens on a date after today, or at an event not shown to have come
    (`folded`: the line as written, folded): no date in the line, or one after today."""
    if event:
        dates = dates_in(folded)
        return not dates or max(dates) > today
    return bool(starts) and max(starts) > today
