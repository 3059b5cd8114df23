"""The bench's knowledge bases, with their sentence vectors kept between bench runs.

Embedding the CNIL and PIAF chunks takes minutes of CPU (1-3 passages/s per core): the
bench keeps each set's passage vectors (`knowledge.passage_vectors`, keyed by the chunk
text's digest) under `AMBASSADE_BENCH_CACHE` (default `~/.cache/ambassade-bench`), seeds a
new knowledge base with them and embeds only what is missing, exactly as a restarted
bot resumes. Vectors are computed by the same encoder either way.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.clients import client_slug
from knowledge.passage_vectors import PassageVectors
from knowledge.query_scoring import UNCERTAIN

Ingest = Callable[[KnowledgeBase], object]


def cache_root() -> Path:
    return Path(os.environ.get("AMBASSADE_BENCH_CACHE", "~/.cache/ambassade-bench")).expanduser()


@contextmanager
def bench_kb(
    root: Path, client: str, ingest: Ingest, seeds: tuple[str, ...] = ()
) -> Iterator[KnowledgeBase]:
    """A knowledge base under `root` with `client` ingested and every chunk embedded
    (seeded with the vectors kept for `client` and the sets named in `seeds`)."""
    slug = client_slug(client)
    kb = KnowledgeBase(root)
    kept = cache_root() / slug / "passages"
    target = kb.indexes.client_dir(slug) / "passages"
    if kb.encoder is not None:
        for name in (slug, *seeds):
            _seed(cache_root() / name / "passages", target, kb.encoder.dim)
    ingest(kb)
    if kb.encoder is not None:
        kb.embed_pending(slug)
        kb.indexes.passage_vectors(slug).compact(kb.indexes.get(slug).rows.keys)
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(target, kept, dirs_exist_ok=True)
    try:
        yield kb
    finally:
        kb.close()


def _seed(source: Path, target: Path, dim: int) -> None:
    """Add the vectors kept in `source` to the store in `target`."""
    if not source.is_dir():
        return
    kept = PassageVectors(source, dim)
    keys = kept.keys()
    if keys:
        vectors, _ = kept.aligned(keys)
        PassageVectors(target, dim).append(keys, vectors)


def lexical_twin(root: Path) -> KnowledgeBase:
    """The same stores read without the sentence encoder (what it adds, same process)."""
    return KnowledgeBase(root, sentence_encoder=False)


def gated_twin(root: Path) -> KnowledgeBase:
    """The same stores, the sentence encoder reading only the questions whose lexical
    ranking is uncertain or whose language is not the documents' (the default)."""
    return KnowledgeBase(root, encoder_scope=UNCERTAIN)


def encoded_share(kb: KnowledgeBase) -> float:
    """The share of the questions scored so far that the sentence encoder read."""
    return kb.scorer.encoded / kb.scorer.scored if kb.scorer.scored else 0.0
