"""The name a document is kept for that may be the program's name for its ambassadors.

`ingest` suggests declaring it (`ambassador_names`) when doing so would open the document,
since until then the reader fails closed: "Diffusion : réservée aux Isards" is a marked
document the reader names the readers of; "Bienvenue à tous les Passeurs" in an unmarked
document's first lines says who it is for without a label, and the document stays at the
client's default.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from knowledge.document import LoaderError
from knowledge.ingest_report import UNCHANGED, FileResult
from knowledge.loaders import load
from knowledge.markers import HEAD_LINES
from knowledge.marking_ambassadors import as_ambassadors, unknown_readers
from knowledge.marking_head import find_in_lines
from knowledge.marking_qualified import qualified_group
from knowledge.marking_whole_group import named_qualifier
from knowledge.sensitivity import MARKER, PUBLIC, UNMARKED_REASONS


def suggested_name(result: FileResult, names: Sequence[str] = ()) -> str | None:
    """The unknown readers' name of a document ambassadors cannot read, if any."""
    if not result.ok or result.sensitivity == PUBLIC:
        return None
    if result.reason == MARKER:
        found = unknown_readers(result.reason_detail, names)
        return found if found and _opens_if_named([result.reason_detail], names, found) else None
    # Read again only a file this run has just read: an unchanged one was named when it
    # was added, and a re-ingest of an unchanged folder must not parse it all again.
    if result.reason not in UNMARKED_REASONS or result.status == UNCHANGED or not result.path:
        return None
    try:
        head = load(result.name, Path(result.path).read_bytes()).head[:HEAD_LINES]
    except (OSError, LoaderError):  # gone or unreadable since: nothing to suggest
        return None
    found = next((found for line in head if (found := unknown_readers(line, names))), None)
    return found if found and _opens_if_named(head, names, found, unmarked=True) else None


def bound_name(result: FileResult) -> str | None:
    """The name written beside the ambassadors' word ("Réservé aux ambassadeurs Lumina") that
    kept a document from them: perhaps the company's or the program's own name."""
    if not result.ok or result.sensitivity == PUBLIC or result.reason != MARKER:
        return None
    line = result.reason_detail or ""
    found = qualified_group(line) or named_qualifier(line)
    return found if found and _opens_if_named([line], (), found, as_client=True) else None


def _opens_if_named(
    lines: Sequence[str],
    names: Sequence[str],
    name: str,
    *,
    as_client: bool = False,
    unmarked: bool = False,
) -> bool:
    """Declaring `name` (for the ambassadors, or as the client's own) would open the document:
    no hint for "USAGE INTERNE — ne pas transférer aux Opalins", which names them to exclude
    them. An unmarked document ("Bienvenue à tous les Loutres") need only stay unmarked: the
    name then lifts the doubt that kept it from a public default."""
    said = as_ambassadors(names, [name]) if as_client else as_ambassadors([*names, name])
    marking = find_in_lines(list(lines), said=said)
    if marking is None:
        return unmarked
    return marking.level == PUBLIC
