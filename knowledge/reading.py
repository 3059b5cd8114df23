"""Read a document's bytes safely: a size cap, streaming, and content that matches its name.

A file is read in blocks: the SHA-256 is computed as it comes, the size cap is enforced
while reading (a file that grows, or a device, never fills memory), and content that is
not text is refused at the first block that shows it, whatever the extension says (an
ELF binary renamed `.md`, random bytes, a ZIP called `.txt`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePath

DEFAULT_MAX_MB = 20.0
BLOCK = 1 << 20
SNIFF = 8192  # bytes examined to tell UTF-16 from binary

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text", ".html", ".htm"})

# Signatures of common binary formats, found at offset 0 (those a text cannot start with).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "ELF executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", "Mach-O executable"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"%PDF-", "PDF"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)
# Control characters that text files do carry: tab, line feed, form feed, carriage
# return, escape (ANSI colours in logs).
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")
_CONTROLS = bytes(c for c in range(32) if c not in _TEXT_CONTROLS) + b"\x7f"
_HIGH = bytes(range(0x80, 0x100))


class ReadRefused(Exception):
    """A file that is not read: too big, binary content, unreadable. `code` names why."""

    def __init__(self, code: str, message: str, **values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


@dataclass(frozen=True, slots=True)
class ReadFile:
    data: bytes
    sha256: str


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def binary_kind(block: bytes, *, first: bool, utf16: bool = False) -> str | None:
    """Why `block` is not text (a format's name, or 'binary data'), or None.

    The whole block is examined (NUL bytes, control characters, invalid UTF-8 that does
    not look like Latin-1 prose), with byte-level operations only: fast on 1 MB.

    A UTF-16 text (it starts with its byte-order mark) has a NUL in every other byte:
    `utf16` says the file started so, and its blocks are read as UTF-16.
    """
    if utf16 or (first and block.startswith(_UTF16_BOMS)):
        return None if _decodes_utf16(block) else "binary data"
    if first:
        for magic, kind in _MAGIC:
            if block.startswith(magic):
                return kind
    if not block:
        return None
    if b"\x00" in block:
        return "binary data"
    controls = len(block) - len(block.translate(None, _CONTROLS))
    if controls > max(2, len(block) // 100):
        return "binary data"
    try:
        block.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the block is still UTF-8.
        if exc.start < len(block) - 3:
            high = len(block) - len(block.translate(None, _HIGH))
            # Latin-1 prose has a few accented letters; random bytes are half high bytes.
            if high > len(block) * 0.3:
                return "binary data"
    return None


def _decodes_utf16(block: bytes) -> bool:
    sample = block[:SNIFF]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding, errors="strict" if len(sample) % 2 == 0 else "ignore")
        except UnicodeDecodeError:
            continue
        controls = sum(ord(c) < 32 and c not in "\t\n\x0c\r\x1b" for c in text)
        if controls <= max(2, len(text) // 100):
            return True
    return False


def check_signature(name: str, head: bytes) -> None:
    """PDF and DOCX files must start as their format does."""
    suffix = PurePath(name).suffix.lower()
    if suffix == ".pdf" and b"%PDF-" not in head[:1024]:
        raise ReadRefused("not_format", "not a PDF file (no %PDF header)", format="PDF")
    if suffix == ".docx" and not head.startswith(b"PK\x03\x04"):
        raise ReadRefused("not_format", "not a DOCX file (not a ZIP package)", format="DOCX")


def check_content(name: str, data: bytes) -> None:
    """Refuse in-memory bytes that are not what `name` says (chat uploads)."""
    check_signature(name, data[:1024])
    if PurePath(name).suffix.lower() in TEXT_SUFFIXES:
        utf16 = data.startswith(_UTF16_BOMS)
        for start in range(0, len(data), BLOCK):
            kind = binary_kind(data[start : start + BLOCK], first=start == 0, utf16=utf16)
            if kind is not None:
                raise ReadRefused("binary", f"binary content ({kind}), not text", kind=kind)


def max_bytes(max_mb: float) -> int:
    return int(max_mb * 1_000_000)


def too_big(size: int, max_mb: float) -> ReadRefused:
    return ReadRefused(
        "too_big",
        f"file too large ({size / 1_000_000:.1f} MB; the limit is {max_mb:g} MB)",
        size=round(size / 1_000_000, 1),
        limit=float(max_mb),
    )


def read_document(path: Path, max_mb: float = DEFAULT_MAX_MB) -> ReadFile:
    """The file's bytes and SHA-256, read in blocks; ReadRefused when it may not be used."""
    limit = max_bytes(max_mb)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadRefused("unreadable", f"cannot read: {exc.strerror}") from exc
    if size > limit:
        raise too_big(size, max_mb)
    text = path.suffix.lower() in TEXT_SUFFIXES
    digest = hashlib.sha256()
    blocks: list[bytes] = []
    total = 0
    utf16 = False
    try:
        with path.open("rb") as handle:
            while block := handle.read(BLOCK):
                if not blocks:
                    check_signature(path.name, block)
                    utf16 = block.startswith(_UTF16_BOMS)
                kind = binary_kind(block, first=not blocks, utf16=utf16) if text else None
                if kind is not None:
                    raise ReadRefused("binary", f"binary content ({kind}), not text", kind=kind)
                total += len(block)
                if total > limit:  # the file grew while being read
                    raise too_big(total, max_mb)
                digest.update(block)
                blocks.append(block)
    except OSError as exc:
        raise ReadRefused("unreadable", f"cannot read: {exc.strerror}") from exc
    return ReadFile(b"".join(blocks), digest.hexdigest())
