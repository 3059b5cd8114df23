"""Tables set in columns with spaces or tabs, as plain text writes them without "|":

    Action        Points    Plafond
    Essai         50        10 par mois
    Parrainage    200       aucun

Cells are separated by two spaces or more; every row's cells stand under the header's
columns (a number may be set to the right of its column name), or a row has one cell per
column (a long cell may push the next ones past their column's edge). Prose with two spaces
after a full stop is no table: a header's cells name columns, they end no sentence.
Lines whose cells are separated by tabs are first set in such columns (`tabbed_columns`):
expanded tabs align a column only when its cells are all shorter than a tab stop.

A header may take two lines: groups over sub-columns, the first column's place left blank
on the second line ("Points" over "2026" and "2027"); each sub-column is then named by its
group and its own name ("Points 2026").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from knowledge.text import normalize

_GAP = re.compile(r"\S(?:.*?\S)??(?=\s{2,}|\s*$)")
_TABS = re.compile(r"\t+")
_RULE = re.compile(r"^[\s=+-]*-[\s=+-]*$|^[\s=+]*=[\s=+]*$")  # "------  -----" under a header
HEADER_CELL_CHARS = 40  # a header names its columns in a few words
SLACK = 2  # characters a cell may stand left or right of its column


def cells(raw: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the cells of one line (tabs already expanded)."""
    return [(m.start(), m.end(), m.group()) for m in _GAP.finditer(raw)]


def _names(text: str) -> bool:
    """A header cell names a column in a few words; it does not end a sentence."""
    return len(text) <= HEADER_CELL_CHARS and not text.endswith((".", ",", ";", ":", "!", "?"))


def _column(header: list[tuple[int, int, str]], start: int) -> int | None:
    """The header column a cell starting at `start` stands in: from the column's own start
    (less the slack) to the next one's."""
    found = None
    for k, (h_start, _, _) in enumerate(header):
        if start >= h_start - SLACK:
            found = k
    return found


def _placed(header: list[tuple[int, int, str]], row: list[tuple[int, int, str]]) -> bool:
    """Every cell of `row` in its own header column, the first in the first column."""
    columns = [_column(header, start) for start, _, _ in row]
    if None in columns or columns[0] != 0:
        return False
    if len(row) == len(header):
        return True  # one cell per column, a long one running past its column's edge
    return all(a < b for a, b in itertools.pairwise(columns))  # type: ignore[operator]


def _sub_header(header: list[tuple[int, int, str]], raw: str) -> list[tuple[int, int, str]] | None:
    """The columns of a header whose second line is `raw` (None: it is no second line): the
    line leaves the first column blank and names sub-columns under the groups above."""
    sub = cells(raw)
    if not sub or sub[0][0] <= header[0][1] or any(not _names(text) for *_, text in sub):
        return None
    columns: list[tuple[int, int, str]] = []
    for k, (start, end, name) in enumerate(header):
        limit = header[k + 1][0] - SLACK if k + 1 < len(header) else None
        below = [c for c in sub if c[0] >= start - SLACK and (limit is None or c[0] < limit)]
        if k == 0 and below:
            return None
        columns += [(c[0], c[1], f"{name} {c[2]}") for c in below] or [(start, end, name)]
    return columns if len(columns) > len(header) else None


def header_of(raws: list[str]) -> tuple[list[tuple[int, int, str]], int]:
    """The header's columns and how many lines it takes (one or two)."""
    header = cells(raws[0]) if raws else []
    if len(header) >= 2 and len(raws) > 1:
        merged = _sub_header(header, raws[1])
        if merged is not None:
            return merged, 2
    return header, 1


def aligned_rows(raws: Iterable[str]) -> int:
    """How many lines from the first form a table set in columns (0: none). Read lazily:
    a line of prose ends it at once."""
    lines = iter(raws)
    first = next(lines, "")
    header = cells(first)
    if len(header) < 2 or any(not _names(text) for *_, text in header):
        return 0
    n, rows = 1, 0
    for raw in lines:
        if n == 1 and _RULE.match(raw):
            n += 1
            continue
        if n == 1 and rows == 0:
            merged = _sub_header(header, raw)
            if merged is not None:
                header, n = merged, n + 1
                continue
        row = cells(raw)
        if len(row) < 2 or not _placed(header, row):
            break
        n, rows = n + 1, rows + 1
    return n if rows >= 1 else 0


def table_cells(raws: list[str]) -> list[list[str]]:
    """The cells of each line of an aligned table, placed under the header's columns."""
    header, used = header_of(raws)
    out = [[normalize(text) for *_, text in header]]
    for raw in raws[used:]:
        if _RULE.match(raw):
            continue
        found = cells(raw)
        if len(found) == len(header):  # one cell per column, whatever its overflow
            out.append([normalize(text) for *_, text in found])
            continue
        row = [""] * len(header)
        for start, _, text in found:
            k = _column(header, start)
            if k is not None:
                row[k] = normalize(text)
        out.append(row)
    return out


def tabbed_columns(raws: list[str]) -> list[str]:
    """`raws` with each run of two or more lines of the same number (≥ 2) of tab-separated
    cells set in columns two spaces apart; other lines unchanged."""
    split = [_TABS.split(raw.strip()) if "\t" in raw.strip() else [] for raw in raws]
    out = list(raws)
    i = 0
    while i < len(raws):
        j = i
        while j < len(raws) and len(split[j]) >= 2 and len(split[j]) == len(split[i]):
            j += 1
        if j - i >= 2:
            widths = [max(len(row[k]) for row in split[i:j]) for k in range(len(split[i]))]
            for n in range(i, j):
                out[n] = "  ".join(c.ljust(w) for c, w in zip(split[n], widths, strict=True))
        i = max(j, i + 1)
    return out
