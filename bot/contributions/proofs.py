"""Proofs: a link, normalised so the same page is recognised, or a file kept by its hash.

The same proof counts once per client: two links to one page (tracking parameters, `www.`,
a mobile host, a short `youtu.be` link, `twitter.com` and `x.com`, a trailing slash or a
fragment) normalise to one string; a file is known by the SHA-256 of its bytes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

MAX_FILE_BYTES = 25 * 1024 * 1024
LINK = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
# Query parameters that only say where a click came from.
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|igsh|si|"
    r"ref_src|ref_url|trk|trackingid|lipi|rcm|_hsenc|_hsmi|mkt_tok|yclid|spm|share_id)$",
    re.IGNORECASE,
)
_MOBILE_PREFIXES = ("www.", "m.", "mobile.")
_SAME_SITE = {"twitter.com": "x.com"}


class BadProof(ValueError):
    """Not a usable proof: `code` says why (bad_link, file_too_big, empty_file)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class KeptFile:
    path: str  # relative to the home
    sha256: str


def find_link(typed: str) -> str | None:
    """The first link in a message, without the punctuation that ends a sentence."""
    found = LINK.search(typed)
    return found.group(0).rstrip(".,;:!?)»") if found else None


def normalise_url(url: str) -> str:
    """One spelling per page: lower-case host without `www.`/`m.`, no tracking, no fragment."""
    raw = url.strip()
    if len(raw) > 2000:
        raise BadProof("bad_link")
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        raise BadProof("bad_link") from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in ("http", "https") or "." not in host or any(c.isspace() for c in raw):
        raise BadProof("bad_link")
    for prefix in _MOBILE_PREFIXES:
        host = host.removeprefix(prefix)
    host = _SAME_SITE.get(host, host)
    path = parts.path or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    if host == "youtu.be" and path.strip("/"):
        host, query = "youtube.com", [("v", path.strip("/")), *query]
        path = "/watch"
    query = sorted((k, v) for k, v in query if not _TRACKING.match(k))
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = quote(path, safe="/%:@!$&'()*+,;=-._~")
    # http and https name the same page: the proof is the page, not the transport.
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def keep_file(home: Path, client: str, filename: str, data: bytes) -> KeptFile:
    """Save a proof file under `proofs/<client>/contributions/`, named by its hash."""
    if not data:
        raise BadProof("empty_file")
    if len(data) > MAX_FILE_BYTES:
        raise BadProof("file_too_big")
    digest = sha256(data)
    folder = home / "proofs" / client / "contributions"
    folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^\w.-]", "_", Path(filename).name)[:80] or "proof"
    path = folder / f"{digest[:16]}-{safe}"
    if not path.exists():
        path.write_bytes(data)
    return KeptFile(str(path.relative_to(home)), digest)
