"""A client's whole index on disk, opened memory-mapped, so a new process need not rebuild it.

Reading 30,000 chunks back from chroma and re-stemming them takes seconds (every
`ambassade ask` paid it). The cache holds what a built `ClientIndex` is made of: the row
columns and texts (`knowledge.rows`), the lexical fields' score columns, the spelling
vocabulary and the vector matrices, as `.npy` files opened with `mmap_mode="r"`: opening
reads only the short columns, the pages of the matrices are read when a query touches
them (and shared between processes through the page cache).

The cache holds the catalog generation and vector spaces it matches: any other stamp is
a miss. It is deleted before any change is written to the store, so a crash half-way
through a change never leaves a stale cache (a stale sensitivity must never be served):
the next load rebuilds from chroma. The stamp is written last: a half-written cache is
never read.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np

from knowledge.index import ClientIndex
from knowledge.lexical import LexicalField, LexicalIndex, LineField
from knowledge.rows import RowTable
from knowledge.spelling import Vocabulary

log = logging.getLogger(__name__)

# 5: the heading field holds the section's own heading (`index.own_heading`), and the
# acronyms the documents define are kept (`acronyms.json`).
# 6: no heading field for a document's front matter (`index.own_headings`).
# 7: the lines of chunks that have several, each scored alone (`lexical.LineField`).
FORMAT = 7
_STAMP = "stamp.json"


def clear(directory: Path) -> None:
    shutil.rmtree(directory, ignore_errors=True)


def _matrices(index: ClientIndex) -> dict[str, np.ndarray | None]:
    return {
        "offline": index.vectors,
        "semantic": index.semantic,
        "semantic_mean": index.semantic_mean,
    }


def save(
    directory: Path, stamp: dict[str, object], index: ClientIndex, catalog_file: object = None
) -> None:
    """Write the cache; the stamp last, so a half-written cache is never read.

    `stamp` holds the catalog generation and the vector spaces; `catalog_file` the
    catalog file's (mtime, size, inode) it was built from, so that opening needs no
    parsing of a large catalog when the file has not changed since."""
    try:
        clear(directory)
        directory.mkdir(parents=True, exist_ok=True)
        index.rows.save(directory)
        index.lexical.body.save(directory / "body")
        index.lexical.heading.save(directory / "heading")
        if index.lexical.lines is not None:
            index.lexical.lines.save(directory / "lines")
        (directory / "words.txt").write_text("\n".join(index.vocabulary.words), "utf-8")
        np.save(directory / "word_counts.npy", index.vocabulary.counts)
        np.save(directory / "heading_weight.npy", index.heading_weight)
        (directory / "acronyms.json").write_text(json.dumps(index.acronyms), "utf-8")
        for name, matrix in _matrices(index).items():
            if matrix is not None:
                np.save(directory / f"{name}.npy", np.ascontiguousarray(matrix))
        full = {**stamp, "format": FORMAT, "rows": len(index), "catalog_file": catalog_file}
        (directory / _STAMP).write_text(json.dumps(full), "utf-8")
    except OSError as exc:  # a cache is an optimisation: never fail a question for it
        log.warning("index cache not written: %s", exc)
        clear(directory)


def _jsonable(value: object) -> object:
    return json.loads(json.dumps(value))


def _mapped(path: Path) -> np.ndarray | None:
    return np.load(path, mmap_mode="r") if path.exists() else None


def load(
    directory: Path,
    slug: str,
    spaces: dict[str, object],
    catalog_file: object,
    generation: Callable[[], int],
) -> ClientIndex | None:
    """The cached index when it matches the vector `spaces` and the catalog: its file
    unchanged since the cache was written, or else its `generation()` (which parses it;
    the stamp then records the file as it is now), else None."""
    try:
        stamp_path = directory / _STAMP
        saved = json.loads(stamp_path.read_text("utf-8"))
        if saved.get("format") != FORMAT or {k: saved.get(k) for k in spaces} != spaces:
            return None
        if saved.get("catalog_file") != _jsonable(catalog_file):
            if saved.get("generation") != generation():
                return None
            saved["catalog_file"] = catalog_file
            stamp_path.write_text(json.dumps(saved), "utf-8")
        rows = RowTable.load(directory)
        lexical = LexicalIndex(
            LexicalField.load(directory / "body"),
            LexicalField.load(directory / "heading"),
            LineField.load(directory / "lines") if (directory / "lines").is_dir() else None,
        )
        words = (directory / "words.txt").read_text("utf-8")
        vocabulary = Vocabulary(
            words.split("\n") if words else [], np.load(directory / "word_counts.npy")
        )
        offline = np.load(directory / "offline.npy", mmap_mode="r")
        semantic = _mapped(directory / "semantic.npy")
        semantic_mean = _mapped(directory / "semantic_mean.npy")
        heading_weight = np.load(directory / "heading_weight.npy")
        acronyms = {
            short: tuple(terms)
            for short, terms in json.loads((directory / "acronyms.json").read_text("utf-8")).items()
        }
    except (OSError, ValueError, TypeError, KeyError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.warning("index cache of %s unreadable, rebuilding: %s", slug, exc)
        return None
    n = len(rows)
    if n != saved.get("rows") or len(offline) != n or lexical.body.num_docs != n:
        return None
    if lexical.lines is not None and lexical.lines.rows != n:
        return None
    if len(vocabulary.words) != len(vocabulary.counts):
        return None
    if semantic is not None and (len(semantic) != n or semantic_mean is None):
        return None
    if len(heading_weight) != n:
        return None
    index = ClientIndex(
        slug, rows, lexical, offline, vocabulary, heading_weight=heading_weight, acronyms=acronyms
    )
    index.semantic, index.semantic_mean = semantic, semantic_mean
    return index
