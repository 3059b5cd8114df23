"""Per-client BM25 indexes (bm25s) over index terms, persisted on disk.

Two fields per chunk: `body` (heading + text) and `heading` alone; the heading field is
scored separately and added, which rewards a question that paraphrases a title.
Scoring reads bm25s's term→chunk score columns directly so query terms can be weighted.
Saved as plain `.npy` arrays and loaded memory-mapped: a client opens without reading them.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np

log = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)

K1, B = 1.5, 0.75


class LexicalField:
    """One field's BM25 term→chunk score columns (CSC: data, row indices, column starts)."""

    def __init__(
        self,
        vocab: dict[str, int],
        data: np.ndarray,
        indices: np.ndarray,
        indptr: np.ndarray,
        num_docs: int,
    ) -> None:
        self.num_docs = num_docs
        self.vocab = vocab
        self._data, self._indices, self._indptr = data, indices, indptr
        self._df = np.diff(indptr)

    @classmethod
    def build(cls, docs: Sequence[Sequence[str]]) -> LexicalField:
        retriever = bm25s.BM25(k1=K1, b=B)
        # bm25s needs one non-empty document; an empty token keeps row ids aligned.
        retriever.index([list(d) or [""] for d in docs] or [[""]], show_progress=False)
        scores = retriever.scores
        return cls(
            dict(retriever.vocab_dict),
            np.asarray(scores["data"], dtype=np.float32),
            np.asarray(scores["indices"]),
            np.asarray(scores["indptr"]),
            len(docs),
        )

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        for name, array in (
            ("data", self._data),
            ("indices", self._indices),
            ("indptr", self._indptr),
        ):
            np.save(path / f"{name}.npy", array)
        meta = {"num_docs": self.num_docs, "vocab": self.vocab}
        (path / "field.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, path: Path) -> LexicalField:
        """The saved field, its arrays memory-mapped (read on demand, shared by processes)."""
        meta = json.loads((path / "field.json").read_text("utf-8"))
        arrays = [np.load(path / f"{n}.npy", mmap_mode="r") for n in ("data", "indices", "indptr")]
        return cls(meta["vocab"], *arrays, int(meta["num_docs"]))

    def idf(self, term: str) -> float:
        """Robertson idf; a term absent from the corpus gets the rarest possible idf."""
        n = self.num_docs or 1
        tid = self.vocab.get(term)
        df = int(self._df[tid]) if tid is not None else 0
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def has(self, term: str) -> bool:
        return term in self.vocab and term != ""

    def rows_with(self, term: str) -> np.ndarray:
        """The rows (chunks) whose field holds the term."""
        tid = self.vocab.get(term)
        if tid is None or term == "":
            return np.zeros(0, dtype=np.int64)
        return np.asarray(self._indices[self._indptr[tid] : self._indptr[tid + 1]])

    def scores(self, terms: Sequence[str], weights: Sequence[float] | None = None) -> np.ndarray:
        out = np.zeros(self.num_docs, dtype=np.float32)
        for i, term in enumerate(terms):
            tid = self.vocab.get(term)
            if tid is None or term == "":
                continue
            lo, hi = self._indptr[tid], self._indptr[tid + 1]
            weight = 1.0 if weights is None else weights[i]
            # A term's postings hold each chunk once, so plain fancy-index addition is exact.
            out[self._indices[lo:hi]] += self._data[lo:hi] * weight
        return out


# A line counts when it holds at least this many of the question's terms: one word alone
# ("2026") is no denser in a row than in its chunk, and lifted chunks that merely named it.
MIN_LINE_TERMS = 2


class LineField:
    """BM25 over the lines of the chunks that have several (table rows, list items), each
    line a document of its own, and which chunk row each line belongs to.

    A question about one row of a table or one item of a list shares few words with the
    whole chunk, which BM25's length normalisation and every other row's words dilute; the
    row alone holds them densely (`best_per_row`)."""

    def __init__(self, field: LexicalField, owners: np.ndarray, rows: int) -> None:
        self.field = field
        self.owners = owners
        self.rows = rows

    @classmethod
    def build(cls, lines: Sequence[Sequence[Sequence[str]]]) -> LineField:
        """`lines`: per chunk row, the index terms of each of its lines (one line: none)."""
        docs: list[Sequence[str]] = []
        owners: list[int] = []
        for row, row_lines in enumerate(lines):
            if len(row_lines) < 2:
                continue
            docs.extend(row_lines)
            owners.extend([row] * len(row_lines))
        return cls(LexicalField.build(docs), np.asarray(owners, dtype=np.int64), len(lines))

    def save(self, path: Path) -> None:
        self.field.save(path)
        np.save(path / "owners.npy", self.owners)
        (path / "rows.json").write_text(json.dumps({"rows": self.rows}), "utf-8")

    @classmethod
    def load(cls, path: Path) -> LineField:
        rows = int(json.loads((path / "rows.json").read_text("utf-8"))["rows"])
        return cls(LexicalField.load(path), np.load(path / "owners.npy", mmap_mode="r"), rows)

    def best_per_row(
        self, terms: Sequence[str], weights: Sequence[float] | None = None
    ) -> np.ndarray:
        """Each chunk row's best line score (0 for a chunk of one line)."""
        out = np.zeros(self.rows, dtype=np.float32)
        if not len(self.owners):
            return out
        scores = self.field.scores(terms, weights)
        if MIN_LINE_TERMS > 1:
            held = np.zeros(len(scores), dtype=np.int32)
            for term in dict.fromkeys(terms):
                held[self.field.rows_with(term)] += 1  # a term's postings hold a line once
            scores = np.where(held >= MIN_LINE_TERMS, scores, 0.0)
        found = np.flatnonzero(scores)  # `maximum.at` is slow: only the lines that score
        np.maximum.at(out, self.owners[found], scores[found])
        return out


class LexicalIndex:
    """The body and heading fields of one client's chunks, in chunk-row order, and their
    lines (`LineField`; None in an index built without them)."""

    def __init__(
        self, body: LexicalField, heading: LexicalField, lines: LineField | None = None
    ) -> None:
        self.body = body
        self.heading = heading
        self.lines = lines

    @classmethod
    def build(
        cls,
        body_terms: Sequence[Sequence[str]],
        heading_terms: Sequence[Sequence[str]],
        line_terms: Sequence[Sequence[Sequence[str]]] | None = None,
    ) -> LexicalIndex:
        lines = LineField.build(line_terms) if line_terms is not None else None
        return cls(LexicalField.build(body_terms), LexicalField.build(heading_terms), lines)

    def save(self, directory: Path) -> None:
        for name, field in (("body", self.body), ("heading", self.heading)):
            (directory / name).mkdir(parents=True, exist_ok=True)
            field.save(directory / name)
        if self.lines is not None:
            (directory / "lines").mkdir(parents=True, exist_ok=True)
            self.lines.save(directory / "lines")

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        lines = LineField.load(directory / "lines") if (directory / "lines").is_dir() else None
        return cls(
            LexicalField.load(directory / "body"), LexicalField.load(directory / "heading"), lines
        )

    def scores(
        self,
        terms: Sequence[str],
        weights: Sequence[float] | None = None,
        heading_weight: float | np.ndarray = 1.0,
    ) -> np.ndarray:
        """BM25 of the body plus BM25 of the heading, a term counting in the heading field
        at most as much as its rarity in the bodies says (its weight × body idf / heading
        idf).

        The heading field's idf is taken over the headings alone: a word most passages use
        ("ambassadeur" in an ambassador program) is rare among headings, and the few
        headings holding it ("Ce que l'ambassadeur ne fait pas") outranked the section that
        answers almost any question using the word. Chosen on odd / even halves of the dev
        sets, with `retrieval.ENCODED_SEMANTIC_WEIGHT` and `retrieval.SENTENCE_WEIGHT`.
        """
        asked = [1.0] * len(terms) if weights is None else list(weights)
        in_heading = [
            weight * min(1.0, self.body.idf(term) / self.heading.idf(term))
            if self.heading.has(term) and self.body.has(term)
            else weight
            for term, weight in zip(terms, asked, strict=True)
        ]
        return self.body.scores(terms, asked) + heading_weight * self.heading.scores(
            terms, in_heading
        )
