"""Whether a client has public documents whose review day has come, at no cost per question.

An ambassador's question must never get a passage of a public document whose day has
passed before it is read again (`ingest_review`): the search withholds those first. Looking
for them in the catalog at every question would parse it every time; the first review day
among public documents no person set is kept per client instead, until the catalog file
changes (every level change rewrites it), and compared with today's date.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date

from knowledge.catalog import Catalog, DocumentInfo
from knowledge.sensitivity import MANUAL, PUBLIC

__all__ = ["ReviewGuard", "earliest_public_review"]


def earliest_public_review(documents: Iterable[DocumentInfo]) -> date | None:
    """The first review day among public documents no person set: before it, no question
    needs to look for due documents. A day that cannot be read counts as long past."""
    days = []
    for doc in documents:
        if doc.sensitivity != PUBLIC or doc.reason == MANUAL or not doc.review_on:
            continue
        try:
            days.append(date.fromisoformat(doc.review_on))
        except ValueError:
            days.append(date.min)
    return min(days, default=None)


class ReviewGuard:
    """The earliest public review day per client, keyed on its catalog file's stamp."""

    def __init__(self, stamp: Callable[[str], Hashable], catalog: Callable[[str], Catalog]) -> None:
        self._stamp = stamp  # the catalog file's (mtime, size, inode): it changes with it
        self._catalog = catalog
        self._earliest: dict[str, tuple[Hashable, date | None]] = {}

    def any_due(self, slug: str, today: date) -> bool:
        """Whether some public document of `slug` not set by hand is due on `today`."""
        stamp = self._stamp(slug)  # read first: a catalog newer than it is read again next
        known = self._earliest.get(slug)
        if known is None or known[0] != stamp:
            earliest = earliest_public_review(self._catalog(slug).documents.values())
            known = self._earliest[slug] = (stamp, earliest)
        return known[1] is not None and known[1] <= today
