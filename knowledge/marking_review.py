"""When a document's readership must be read again: the next day its reading may change.

A head is read as of the day it is ingested (`marking_as_of_today`, `marking_not_in_force`):
« Diffusion : tous les ambassadeurs du 1er au 15 décembre 2026 » is public on 7 December
and internal from the 16th; « Embargo jusqu'au 10 décembre 2026, ensuite diffusion à tous
les ambassadeurs » is internal until the 10th and public after it. The stored level is
only true until the next date the head writes has come or has passed: each written date
d is a change point on d (« à partir du 10 ») and on d + 1 (« jusqu'au 10 », « du 1er au
15 »). Any date counts, not only the ones the rules read as a readership's: a needless
second reading costs one file read, a missed one leaves a document open after its day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from knowledge.document import LoadedDocument
from knowledge.marking_dates import dates_in

__all__ = ["is_due", "next_review", "review_lines", "review_on"]

_DAY = timedelta(days=1)


def next_review(lines: Iterable[str], today: date) -> date | None:
    """The first day after `today` on which a reading of `lines` may change (a written
    date or the day after it), or None when no written date lies ahead."""
    points = {point for line in lines for day in dates_in(line) for point in (day, day + _DAY)}
    return min((point for point in points if point > today), default=None)


def review_lines(document: LoadedDocument) -> list[str]:
    """What the marking rules read of a document: its title, head lines and properties'
    values (page headers, a DOCX's or PDF's fields)."""
    return [document.title, *document.head, *(str(v) for v in document.properties.values())]


def review_on(document: LoadedDocument, today: date) -> str | None:
    """The ISO day the document's level must be read again (`next_review`), or None."""
    day = next_review(review_lines(document), today)
    return day.isoformat() if day is not None else None


def is_due(review: str | None, today: date) -> bool:
    """Whether a stored review day (ISO) has come. One that cannot be read is due: the
    document is read again rather than trusted."""
    if not review:
        return False
    try:
        return date.fromisoformat(review) <= today
    except ValueError:
        return True
