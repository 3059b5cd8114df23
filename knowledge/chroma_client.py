"""Which chromadb client holds the chunks: embedded under a directory, or a Chroma server.

A server is named by a URL (`http://host:8000`, `https://host`), as in
`AMBASSADE_CHROMA_URL`; `chroma run` serves one (it ships with the chromadb package).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_PORT = 8000  # `chroma run`'s


class BadChromaUrl(ValueError):
    """The URL cannot name a Chroma server; the message says what is expected."""


@dataclass(frozen=True, slots=True)
class ChromaEndpoint:
    host: str
    port: int
    ssl: bool

    @property
    def url(self) -> str:
        return f"{'https' if self.ssl else 'http'}://{self.host}:{self.port}"

    @property
    def key(self) -> str:
        """A directory name for this server's local caches."""
        return f"{self.host.replace(':', '_')}-{self.port}"


def parse_chroma_url(url: str) -> ChromaEndpoint:
    """`http://host[:port]` or `https://host[:port]` (port 8000, or 443 for https)."""
    expected = "expected http://HOST:PORT (e.g. http://chroma:8000)"
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise BadChromaUrl(f"AMBASSADE_CHROMA_URL {url!r}: {exc}; {expected}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadChromaUrl(f"AMBASSADE_CHROMA_URL {url!r} is not a server URL: {expected}")
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username:
        raise BadChromaUrl(
            f"AMBASSADE_CHROMA_URL {url!r}: no path, query or credentials: {expected}"
        )
    ssl = parts.scheme == "https"
    return ChromaEndpoint(parts.hostname, port or (443 if ssl else DEFAULT_PORT), ssl)


def open_client(path: Path | None, url: str | None) -> Any:
    """A chromadb client: the server at `url` when given, else the files under `path`."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        endpoint = parse_chroma_url(url)
        return chromadb.HttpClient(
            host=endpoint.host, port=endpoint.port, ssl=endpoint.ssl, settings=settings
        )
    if path is None:
        raise ValueError("an embedded vector store needs a directory")
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)
