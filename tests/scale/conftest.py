"""One real Chroma server (`chroma run`) for the tests of this folder that ask for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.bench.chroma_server import ChromaServer, ChromaUnavailable


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a Chroma server on loopback, shared by the session's tests (each uses
    its own client names); the tests are skipped, saying why, when it cannot start."""
    server = ChromaServer(Path(tmp_path_factory.mktemp("chroma-server")))
    try:
        server.start(timeout=45)
    except ChromaUnavailable as exc:
        pytest.skip(f"no Chroma server for the shared vector store tests: {exc}")
    try:
        yield server.url
    finally:
        server.stop()
