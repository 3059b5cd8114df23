"""The in-memory, read-only view of one client's chunks used to answer queries."""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cached_property

import numpy as np

from knowledge.acronyms import acronym_terms
from knowledge.document import HEADING_SEPARATOR
from knowledge.embeddings import Embedder
from knowledge.level_ordinals import Ladder, level_ladders
from knowledge.lexical import LexicalIndex
from knowledge.rows import ChunkRow, RowTable
from knowledge.spelling import Vocabulary
from knowledge.text import index_terms
from knowledge.units import is_item_or_row
from knowledge.vectors import StoredChunk

__all__ = ["ChunkRow", "ClientIndex", "RowTable", "chunk_vectors", "row_from_stored"]

log = logging.getLogger(__name__)


def row_from_stored(chunk: StoredChunk) -> ChunkRow:
    m = chunk.metadata
    page = int(m.get("page", -1))
    return ChunkRow(
        chunk_id=chunk.chunk_id,
        client=str(m.get("client", "")),
        doc_id=str(m.get("doc_id", "")),
        document=str(m.get("document", "")),
        section=str(m.get("heading", "")),
        page=page if page >= 0 else None,
        text=chunk.text,
        sensitivity=str(m.get("sensitivity", "")),
        language=str(m.get("language", "french")),
    )


def chunk_vectors(embedder: Embedder, headings: list[str], texts: list[str]) -> np.ndarray:
    """One unit vector per chunk: its text and (again, by default) its heading.

    An embedder's `heading_weight` (default 1) says how much the heading counts again: the
    word-vector mean is better without (a title shared by a whole article drowns the
    paragraph: PIAF recall@5 0.880 with, 0.885 without).
    """
    full = embedder.embed([f"{h}\n{t}" if h else t for h, t in zip(headings, texts, strict=True)])
    heading_weight = float(getattr(embedder, "heading_weight", 1.0))
    if not heading_weight:
        return full.astype(np.float32)
    head = embedder.embed([h or " " for h in headings])
    summed = full + heading_weight * head
    norms = np.linalg.norm(summed, axis=1, keepdims=True)
    return (summed / np.where(norms == 0, 1, norms)).astype(np.float32)


def own_heading(section: str) -> str:
    """The section's own heading, the last part of its path ("Niveau Pilote › Avantages"
    → "Avantages"). Its parents and the document's title are in the body field already:
    in the heading field they would count for every section of the document alike, and a
    question naming the document ("la feuille de route 2027") would reach whichever of
    its sections matches some other word (structure set recall@5 0.812 -> 0.838)."""
    return section.rsplit(HEADING_SEPARATOR, 1)[-1]


def _headed_documents(sections: Sequence[str], doc_ids: Sequence[str]) -> set[str]:
    """The documents with at least one heading below their title."""
    return {d for s, d in zip(sections, doc_ids, strict=True) if HEADING_SEPARATOR in s}


def own_headings(sections: Sequence[str], doc_ids: Sequence[str]) -> list[str]:
    """Each row's heading field: its section's own heading (`own_heading`), none for the
    rows under the title of a document that has headed sections.

    Those rows are the document's front matter (a date, a version, an author line, an
    introduction): with the title as their own heading, a question naming the document's
    subject reached them before the section that answers it ("brand guidelines for
    ambassadors" › "_Prepared by …, June 2026_"). A document with no heading below its
    title keeps it: the title is the only heading its text has.
    """
    headed = _headed_documents(sections, doc_ids)
    return [
        own_heading(s) if HEADING_SEPARATOR in s or d not in headed else ""
        for s, d in zip(sections, doc_ids, strict=True)
    ]


def row_lines(text: str, language: str) -> list[list[str]]:
    """The index terms of each list item and table row of a chunk (`lexical.LineField`).

    Prose lines are left out: every line of a chunk of paragraphs counted lifted CNIL
    answers whose one paragraph shared two words with a question (recall@5 0.881 -> 0.875);
    items and rows only: 0.881."""
    return [index_terms(line, language) for line in text.split("\n") if is_item_or_row(line)]


# Longer than this, the text under a document's title is an overview worth its full score.
FRONT_MATTER_WORDS = 30


def front_matter(
    sections: Sequence[str], doc_ids: Sequence[str], words: Callable[[int], int]
) -> np.ndarray:
    """The rows under the title of a document with headed sections whose text is at most
    `FRONT_MATTER_WORDS` words: its front matter (`retrieval.FRONT_MATTER_FACTOR`). A
    document without headings is all under its title: none of its rows is front matter.
    """
    headed = _headed_documents(sections, doc_ids)
    out = np.zeros(len(sections), dtype=bool)
    for i, (s, d) in enumerate(zip(sections, doc_ids, strict=True)):
        if d in headed and HEADING_SEPARATOR not in s:
            out[i] = words(i) <= FRONT_MATTER_WORDS
    return out


def heading_specificity(sections: Sequence[str], doc_ids: Sequence[str]) -> np.ndarray:
    """Per-row weight of the heading field: 1 / (documents sharing that heading).

    A heading that names one document (an FAQ question) says a lot about its chunks; an
    article title shared by n paragraphs says about 1/n of that about which one answers.
    Measured against 1/sqrt(n): CNIL recall@5 unchanged (its headings are unique), PIAF
    0.873 -> 0.876.
    """
    docs_per_heading: dict[str, set[str]] = {}
    for section, doc_id in zip(sections, doc_ids, strict=True):
        docs_per_heading.setdefault(section, set()).add(doc_id)
    counts = np.array([len(docs_per_heading[s]) for s in sections], dtype=np.float32)
    return 1.0 / np.maximum(counts, 1.0)


class ClientIndex:
    """Rows, their lexical index and their vectors, all in the same order.

    Built from the vector store (`from_store`) or opened from the on-disk cache
    (`index_cache`), where every matrix is memory-mapped.
    """

    def __init__(
        self,
        slug: str,
        rows: RowTable,
        lexical: LexicalIndex,
        vectors: np.ndarray,
        vocabulary: Vocabulary,
        extra_vectors: np.ndarray | None = None,
        heading_weight: np.ndarray | None = None,
        acronyms: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.slug = slug
        self.rows = rows
        self.lexical = lexical
        self.vectors = vectors
        self.vocabulary = vocabulary
        # Short forms the documents define → the index terms of their long forms.
        self.acronyms = acronyms or {}
        self.extra_vectors: np.ndarray | None = None  # gateway embeddings, same row order
        self.extra_missing: np.ndarray | None = None  # rows with no gateway vector
        self.set_extra(extra_vectors)
        self.semantic: np.ndarray | None = None  # centred word-vector means, or None
        self.semantic_mean: np.ndarray | None = None
        # Sentence-encoder vectors (`knowledge.encoder`), filled in the background, and
        # which rows have theirs yet.
        self.passages: np.ndarray | None = None
        self.passages_ready: np.ndarray | None = None
        languages = Counter(rows.languages)
        self.main_language = languages.most_common(1)[0][0] if languages else "french"
        self.english = np.array([lang == "english" for lang in rows.languages], dtype=bool)
        self.sensitivity = np.array(rows.sensitivities, dtype=object)
        self.doc_ids = np.array(rows.doc_ids, dtype=object)
        self.heading_weight = (
            heading_weight
            if heading_weight is not None
            else heading_specificity(rows.sections, rows.doc_ids)
        )
        self.front_matter = front_matter(
            rows.sections, rows.doc_ids, lambda i: len(rows.text(i).split())
        )

    def __len__(self) -> int:
        return len(self.rows)

    @cached_property
    def level_ladders(self) -> list[Ladder]:
        """The documents' ladders of levels (`knowledge.level_ordinals`)."""
        return level_ladders(self.rows.sections, self.rows.doc_ids)

    def under_sections(self, sections: Sequence[tuple[str, str]]) -> np.ndarray:
        """The rows of those (document id, heading path) sections and their sub-sections."""
        out = np.zeros(len(self), dtype=bool)
        for doc, path in sections:
            for i, (section, row_doc) in enumerate(
                zip(self.rows.sections, self.rows.doc_ids, strict=True)
            ):
                if row_doc == doc and (
                    section == path or section.startswith(path + HEADING_SEPARATOR)
                ):
                    out[i] = True
        return out

    def set_extra(self, matrix: np.ndarray | None) -> None:
        """Gateway vectors (zeros where a chunk has none: withheld by the client's privacy
        policy, or stored while the endpoint was down)."""
        self.extra_vectors = matrix
        self.extra_missing = None if matrix is None else ~np.any(matrix, axis=1)

    def set_semantic(self, matrix: np.ndarray) -> None:
        """Word-vector means of the chunks (row order), centred on the client's mean.

        Means of word vectors all lean the same way; without the common direction, the
        cosine says what a chunk is about rather than that it is French prose.
        """
        # The vectors are French: an English chunk's mean would only be noise.
        french = np.array([lang != "english" for lang in self.rows.languages], dtype=bool)
        known = (np.linalg.norm(matrix, axis=1) > 0) & french
        if not known.any():
            self.semantic = self.semantic_mean = None
            return
        mean = matrix[known].mean(axis=0)
        centred = np.where(known[:, None], matrix - mean, 0.0)
        norms = np.linalg.norm(centred, axis=1, keepdims=True)
        self.semantic = (centred / np.where(norms == 0, 1, norms)).astype(np.float32)
        self.semantic_mean = mean.astype(np.float32)

    def semantic_scores(self, query_vector: np.ndarray | None) -> np.ndarray | None:
        """Centred cosines of a query's word-vector mean with every chunk (None: no signal)."""
        if self.semantic is None or self.semantic_mean is None or query_vector is None:
            return None
        if query_vector.shape != self.semantic_mean.shape or not np.any(query_vector):
            return None
        centred = query_vector - self.semantic_mean
        norm = float(np.linalg.norm(centred))
        return self.semantic @ (centred / norm) if norm else None

    def set_passages(self, matrix: np.ndarray, ready: np.ndarray) -> None:
        """Sentence vectors (filled in place by the worker: `matrix` must be this index's)."""
        self.passages = np.asarray(matrix, dtype=np.float32)
        self.passages_ready = np.asarray(ready, dtype=bool)

    def semantic_progress(self) -> tuple[int, int]:
        """(rows with a sentence-encoder vector, rows)."""
        ready = self.passages_ready
        return (int(ready.sum()) if ready is not None else 0), len(self)

    def passage_scores(
        self, query_vector: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """Cosines of a query's sentence vector with the rows that have one, and which do."""
        if self.passages is None or self.passages_ready is None or query_vector is None:
            return None
        ready = self.passages_ready.copy()  # the worker may add rows meanwhile
        if not ready.any():
            return None
        return self.passages @ query_vector, ready

    def row_of(self, chunk_id: str) -> int | None:
        """A chunk's row (rows are in chunk-id order: `from_store`, kept by the cache)."""
        ids = self.rows.chunk_ids
        row = bisect_left(ids, chunk_id)
        return row if row < len(ids) and ids[row] == chunk_id else None

    def known_stem(self, term: str) -> bool:
        return self.lexical.body.has(term)

    def other_language_has(self, term: str, english: bool) -> bool:
        """Whether chunks in the other language than the question's (French for an
        English one) hold the stem: in a corpus of both, an English word every English
        document uses says nothing of whether the French ones need its translation. With
        no chunk in the other language, any chunk holding the stem counts (as before)."""
        other = ~self.english if english else self.english
        if not other.any():
            return self.known_stem(term)
        rows = self.lexical.body.rows_with(term)
        if not len(rows):
            return False
        return bool(other[rows].any())

    @classmethod
    def from_store(cls, slug: str, chunks: list[StoredChunk], vectors: np.ndarray) -> ClientIndex:
        """Rows in chunk-id order, their lexical index and spelling vocabulary built now."""
        order = sorted(range(len(chunks)), key=lambda i: chunks[i].chunk_id)
        rows = RowTable.from_rows([row_from_stored(chunks[i]) for i in order])
        matrix = vectors[order] if len(order) else np.zeros((0, vectors.shape[-1]), np.float32)
        full = [f"{section}\n{rows.text(i)}" for i, section in enumerate(rows.sections)]
        body = [index_terms(text, lang) for text, lang in zip(full, rows.languages, strict=True)]
        headings = own_headings(rows.sections, rows.doc_ids)
        heading = [
            index_terms(own, lang) for own, lang in zip(headings, rows.languages, strict=True)
        ]
        lines = [row_lines(rows.text(i), lang) for i, lang in enumerate(rows.languages)]
        lexical = LexicalIndex.build(body, heading, lines)
        acronyms = acronym_terms(full)
        return cls(slug, rows, lexical, matrix, Vocabulary.build(full), acronyms=acronyms)
