"""Issue 19 item 5: the per-client store of sentence vectors (no model needed here)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from knowledge.passage_vectors import PassageVectors


def _vectors(n: int, dim: int = 4, start: int = 0) -> np.ndarray:
    return np.arange(start * dim, (start + n) * dim, dtype=np.float32).reshape(n, dim)


def test_i19_5_vectors_come_back_aligned_to_the_keys_asked(tmp_path: Path) -> None:
    store = PassageVectors(tmp_path / "p", 4)
    store.append(["a", "b", "c"], _vectors(3))
    store.append(["b", "d"], _vectors(2, start=10))  # "b" is kept as first stored
    reopened = PassageVectors(tmp_path / "p", 4)
    matrix, present = reopened.aligned(["d", "x", "b"])
    assert list(present) == [True, False, True]
    assert matrix[0].tolist() == _vectors(1, start=11)[0].tolist()
    assert not matrix[1].any()
    assert matrix[2].tolist() == _vectors(1, start=1)[0].tolist()


def test_i19_5_a_batch_cut_half_way_is_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    store = PassageVectors(tmp_path / "p", 4)
    store.append(["a", "b"], _vectors(2))
    # A stop in the middle of the next batch: some vector bytes, no key for them.
    with open(tmp_path / "p" / "vectors.f32", "ab") as handle:
        handle.write(b"\x00" * 10)
    reopened = PassageVectors(tmp_path / "p", 4)
    assert len(reopened) == 2 and reopened.keys() == ["a", "b"]
    reopened.append(["c"], _vectors(1, start=5))
    again = PassageVectors(tmp_path / "p", 4)
    matrix, present = again.aligned(["a", "b", "c"])
    assert present.all() and matrix[2].tolist() == _vectors(1, start=5)[0].tolist()
    # A key written without its whole vector is dropped too.
    with open(tmp_path / "p" / "keys.txt", "a", encoding="utf-8") as handle:
        handle.write("d\n")
    assert PassageVectors(tmp_path / "p", 4).keys() == ["a", "b", "c"]


def test_i19_5_compaction_drops_the_vectors_of_deleted_chunks(tmp_path: Path) -> None:
    store = PassageVectors(tmp_path / "p", 4)
    store.append(["a", "b", "c", "d"], _vectors(4))
    assert store.compact(["a", "b", "c"]) == 0  # one dead key of four: not worth it
    assert store.compact(["d"]) == 3
    reopened = PassageVectors(tmp_path / "p", 4)
    matrix, present = reopened.aligned(["d", "a"])
    assert reopened.keys() == ["d"] and list(present) == [True, False]
    assert matrix[0].tolist() == _vectors(1, start=3)[0].tolist()
