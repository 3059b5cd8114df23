"""Read scripts and piped input whatever their encoding: UTF-8, else Latin-1.

A script saved by an old editor in Latin-1 (or Windows-1252) must run, not end
in a traceback. Latin-1 decodes any byte, so reading never fails; a UTF-8 file
(with or without a byte-order mark) is read as UTF-8.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def decode_tolerantly(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_script(path: Path) -> list[str]:
    """The lines of a text file; raises OSError when it cannot be read."""
    return decode_tolerantly(path.read_bytes()).splitlines()


def _binary_stdin() -> BinaryIO:
    return getattr(sys.stdin, "buffer", None) or sys.stdin  # type: ignore[return-value]


def read_stdin() -> str:
    data = _binary_stdin().read()
    return data if isinstance(data, str) else decode_tolerantly(data)


def stdin_lines() -> Iterator[str]:
    """Piped stdin one line at a time (each decoded on its own), without line ends."""
    for raw in _binary_stdin():
        line = raw if isinstance(raw, str) else decode_tolerantly(raw)
        yield line.rstrip("\r\n")
