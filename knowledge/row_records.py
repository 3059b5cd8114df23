"""A table's records written over several rows: a row whose first cell is empty carries on
the row above (a merged cell), so a record is quoted whole."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.units import EMPTY_CELL, parse_row


def _continues(line: str) -> bool:
    """A row whose first cell is empty: the rest of the row above (a merged cell)."""
    parsed = parse_row(line)
    return (
        parsed is not None
        and parsed[1][0] == EMPTY_CELL
        and any(v != EMPTY_CELL for v in parsed[1][1:])
    )


def with_continuations(rows: Sequence[str], keep: Sequence[str]) -> list[str]:
    """The kept rows with the rows that continue them and the row a kept continuation
    belongs to: a record written over several lines is quoted whole."""
    records: list[list[str]] = []
    for line in rows:
        if records and _continues(line):
            records[-1].append(line)
        else:
            records.append([line])
    wanted = set(keep)
    return [line for record in records if wanted & set(record) for line in record]
