"""Files shared with a message, on every platform: one size limit, one way to tell.

The limit is the client's (`ClientConfig.upload_limit_mb`: its `max_document_mb`, at most
`MAX_UPLOAD_MB`). A file the platform declares larger is not downloaded; a download that
grows past the limit stops. Each file that cannot be read becomes a `FileProblem`, told
to the person with the same texts on every platform (`prompts/files_*.yaml`); the other
files go on. Each adapter only says how to read one of its files (`SharedFile.read`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.core.messages import Attachment
from bot.tenants import ClientConfig
from prompts.catalog import text as message_text

log = logging.getLogger(__name__)


class Problem(StrEnum):
    """Why a shared file could not be read; each has a text `files.<value>`."""

    TOO_BIG = "too_big"
    UNAVAILABLE = "unavailable"  # deleted, an external link, hidden, an untrusted host
    REFUSED = "refused"  # the platform refused the download: a missing permission
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    NETWORK = "network"


class Unreadable(Exception):
    """Raised by a `SharedFile.read` that could not get the file."""

    def __init__(self, problem: Problem, status: int | None = None) -> None:
        super().__init__(problem.value if status is None else f"{problem.value} {status}")
        self.problem = problem
        self.status = status


# Reads at most that many bytes: the file, None when it is larger, or `Unreadable`.
Reader = Callable[[int], Awaitable[Attachment | None]]


@dataclass(frozen=True, slots=True)
class SharedFile:
    name: str
    size: int | None  # as the platform declares it; None: known once read
    read: Reader


@dataclass(frozen=True, slots=True)
class FileProblem:
    name: str
    problem: Problem
    status: int | None = None  # the HTTP status, for `HTTP_ERROR`


@dataclass(frozen=True, slots=True)
class ReadFiles:
    attachments: tuple[Attachment, ...]
    problems: tuple[FileProblem, ...]


def limit_bytes(client: ClientConfig) -> int:
    return int(client.upload_limit_mb * 1_000_000)


async def read_files(files: Sequence[SharedFile], max_bytes: int) -> ReadFiles:
    """Read the files side by side; attachments and problems keep the files' order."""
    results = await asyncio.gather(*(_read(file, max_bytes) for file in files))
    return ReadFiles(
        tuple(r for r in results if isinstance(r, Attachment)),
        tuple(r for r in results if isinstance(r, FileProblem)),
    )


async def _read(file: SharedFile, max_bytes: int) -> Attachment | FileProblem:
    if file.size is not None and file.size > max_bytes:
        return FileProblem(file.name, Problem.TOO_BIG)
    try:
        attachment = await file.read(max_bytes)
    except Unreadable as failure:
        log.warning("shared file %s not read: %s", file.name, failure)
        return FileProblem(file.name, failure.problem, failure.status)
    except TimeoutError:
        log.warning("shared file %s: download timed out", file.name)
        return FileProblem(file.name, Problem.TIMEOUT)
    if attachment is None or len(attachment.data) > max_bytes:
        return FileProblem(file.name, Problem.TOO_BIG)
    return attachment


def problem_text(
    language: str | None, problem: FileProblem, *, platform: str, permission: str, limit_mb: float
) -> str:
    """The line that tells which shared file could not be read, and why."""
    return message_text(
        language,
        f"files.{problem.problem}",
        name=problem.name,
        platform=platform,
        permission=permission,
        status=problem.status,
        limit=f"{limit_mb:g}",
    )
