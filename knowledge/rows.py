"""A client's chunk rows as columns, so an index opens without building 10,000 objects.

`RowTable` is a read-only sequence of `ChunkRow`s: the short fields (and each row's
passage key) are lists (one JSON file on disk), the texts either a list or one UTF-8 file
read memory-mapped, and a row is built only when asked for (a hit, the confidentiality
check's passages).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

import numpy as np

from knowledge.encoder import passage_key

_COLUMNS = ("chunk_id", "client", "doc_id", "document", "section", "page", "sensitivity", "key")
_LINES = ("chunk_id", "key")


@dataclass(frozen=True, slots=True)
class ChunkRow:
    chunk_id: str
    client: str
    doc_id: str
    document: str
    section: str
    page: int | None
    text: str
    sensitivity: str
    language: str


class _BlobTexts:
    """Texts stored end to end in one UTF-8 buffer, with their byte offsets."""

    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        self._blob = blob
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        start, end = int(self._offsets[i]), int(self._offsets[i + 1])
        return self._blob[start:end].tobytes().decode("utf-8")


class RowTable(Sequence[ChunkRow]):
    def __init__(
        self, columns: dict[str, Sequence[Any]], languages: Sequence[str], texts: Sequence[str]
    ) -> None:
        self.columns = columns
        self.languages = languages
        self._texts = texts

    @classmethod
    def from_rows(cls, rows: Sequence[ChunkRow]) -> RowTable:
        columns: dict[str, Sequence[Any]] = {
            name: [getattr(r, name) for r in rows] for name in _COLUMNS if name != "key"
        }
        columns["key"] = [passage_key(r.section, r.text) for r in rows]
        return cls(columns, [r.language for r in rows], [r.text for r in rows])

    @property
    def chunk_ids(self) -> Sequence[str]:
        return self.columns["chunk_id"]

    @property
    def doc_ids(self) -> Sequence[str]:
        return self.columns["doc_id"]

    @property
    def sections(self) -> Sequence[str]:
        return self.columns["section"]

    @property
    def keys(self) -> Sequence[str]:
        """Each row's passage key (`encoder.passage_key`): where its vector is stored."""
        return self.columns["key"]

    @property
    def sensitivities(self) -> Sequence[str]:
        return self.columns["sensitivity"]

    def __len__(self) -> int:
        return len(self.languages)

    def _row(self, i: int) -> ChunkRow:
        c = self.columns
        return ChunkRow(
            chunk_id=c["chunk_id"][i],
            client=c["client"][i],
            doc_id=c["doc_id"][i],
            document=c["document"][i],
            section=c["section"][i],
            page=c["page"][i],
            text=self._texts[i],
            sensitivity=c["sensitivity"][i],
            language=self.languages[i],
        )

    @overload
    def __getitem__(self, i: int) -> ChunkRow: ...
    @overload
    def __getitem__(self, i: slice) -> list[ChunkRow]: ...
    def __getitem__(self, i: int | slice) -> ChunkRow | list[ChunkRow]:
        if isinstance(i, slice):
            return [self._row(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._row(i)

    def __iter__(self) -> Iterator[ChunkRow]:
        return (self._row(i) for i in range(len(self)))

    def text(self, i: int) -> str:
        return self._texts[i]

    # -- on disk ---------------------------------------------------------------------------
    # Each column is stored as its distinct values and one int32 code per row (`.npy`): a
    # document's name, section and level repeat over its chunks. Chunk ids and passage
    # keys, distinct per row and free of line breaks, are stored one per line.
    def save(self, directory: Path) -> None:
        encoded = [self._texts[i].encode("utf-8") for i in range(len(self))]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=offsets[1:])
        (directory / "texts.bin").write_bytes(b"".join(encoded))
        np.save(directory / "text_offsets.npy", offsets)
        table: dict[str, list[Any]] = {}
        for name, values in {**self.columns, "language": self.languages}.items():
            distinct = list(dict.fromkeys(values))
            position = {v: i for i, v in enumerate(distinct)}
            codes = np.fromiter((position[v] for v in values), dtype=np.int32, count=len(self))
            np.save(directory / f"column-{name}.npy", codes)
            if name in _LINES:
                (directory / f"column-{name}.txt").write_text("\n".join(distinct), "utf-8")
            else:
                table[name] = distinct
        (directory / "rows.json").write_text(json.dumps(table, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, directory: Path) -> RowTable:
        table = json.loads((directory / "rows.json").read_text("utf-8"))
        for name in _LINES:
            text = (directory / f"column-{name}.txt").read_text("utf-8")
            table[name] = text.split("\n") if text else []
        if set(table) != {*_COLUMNS, "language"}:
            raise ValueError("rows.json does not match its columns")
        columns: dict[str, np.ndarray] = {}
        for name, distinct in table.items():
            codes = np.load(directory / f"column-{name}.npy")
            values = np.empty(len(distinct), dtype=object)
            values[:] = distinct
            if len(codes) and (codes.min() < 0 or codes.max() >= len(values)):
                raise ValueError(f"column {name} does not match its values")
            columns[name] = values[codes]
        languages = columns.pop("language")
        n = len(languages)
        offsets = np.load(directory / "text_offsets.npy", mmap_mode="r")
        blob_path = directory / "texts.bin"
        blob: np.ndarray = np.zeros(0, np.uint8)  # numpy cannot map an empty file
        if blob_path.stat().st_size:
            blob = np.memmap(blob_path, dtype=np.uint8, mode="r")
        if any(len(v) != n for v in columns.values()):
            raise ValueError("the columns differ in length")
        if len(offsets) != n + 1 or int(offsets[-1]) != len(blob):
            raise ValueError("texts.bin does not match its offsets")
        return cls(columns, languages, _BlobTexts(blob, offsets))  # type: ignore[arg-type]
