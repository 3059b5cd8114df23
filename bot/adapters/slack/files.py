"""Files shared with the bot in Slack, fetched as `Attachment`s for the core.

Each file is downloaded from its `url_private_download` with the bot token
(`Authorization: Bearer`, scope `files:read`), only from Slack's own hosts or the
host of the configured Web API base URL (`SLACK_API_URL`): the token never goes
anywhere else, not even through a redirect. A file that cannot be fetched becomes
a `FetchProblem`, which the adapter tells the person; the other files go on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urljoin, urlsplit

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.translate import SlackFile, file_of
from bot.core.messages import Attachment
from skills.ask.upload import MAX_UPLOAD_MB

log = logging.getLogger(__name__)

MAX_FILE_BYTES = MAX_UPLOAD_MB * 1_000_000  # the ingestion's own limit: no use fetching more
DOWNLOAD_TIMEOUT = 10.0  # seconds to connect, and at most between two chunks
TOTAL_TIMEOUT_FACTOR = 6  # the whole download: 60 s by default
MAX_REDIRECTS = 3
_CHUNK = 64 * 1024
_SLACK_DOMAIN = "slack.com"


class Problem(StrEnum):
    """Why a file could not be fetched; each has a text `slack.files.<value>`."""

    UNAVAILABLE = "unavailable"  # deleted, an external link, hidden by the plan, unknown host
    TOO_BIG = "too_big"
    REFUSED = "refused"  # Slack's sign-in page instead of the file: no `files:read`
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    NETWORK = "network"


@dataclass(frozen=True, slots=True)
class FetchProblem:
    file: SlackFile
    problem: Problem
    status: int | None = None  # the HTTP status, for `HTTP_ERROR`


@dataclass(frozen=True, slots=True)
class Fetched:
    attachments: tuple[Attachment, ...]
    problems: tuple[FetchProblem, ...]


class _Failed(Exception):
    def __init__(self, problem: Problem, status: int | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.status = status


class FileFetcher:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        timeout: float = DOWNLOAD_TIMEOUT,
        max_bytes: int = MAX_FILE_BYTES,
    ) -> None:
        self.client = client
        self.max_bytes = max_bytes
        self.timeout = aiohttp.ClientTimeout(
            total=timeout * TOTAL_TIMEOUT_FACTOR, sock_connect=timeout, sock_read=timeout
        )

    async def fetch_all(self, files: Sequence[SlackFile]) -> Fetched:
        """Download the files side by side; attachments and problems keep the files' order."""
        async with aiohttp.ClientSession(timeout=self.timeout) as session:
            results = await asyncio.gather(*(self._fetch(session, f) for f in files))
        attachments = tuple(r for r in results if isinstance(r, Attachment))
        problems = tuple(r for r in results if isinstance(r, FetchProblem))
        return Fetched(attachments, problems)

    async def _fetch(
        self, session: aiohttp.ClientSession, file: SlackFile
    ) -> Attachment | FetchProblem:
        try:
            file = await self._details(file)
            if file.size is not None and file.size > self.max_bytes:
                return FetchProblem(file, Problem.TOO_BIG)
            data = await self._download(session, file)
        except _Failed as failure:
            log.warning("Slack file %s (%s) not fetched: %s", file.file_id, file.name, failure)
            return FetchProblem(file, failure.problem, status=failure.status)
        except TimeoutError:
            log.warning("Slack file %s (%s): download timed out", file.file_id, file.name)
            return FetchProblem(file, Problem.TIMEOUT)
        except aiohttp.ClientError:
            log.warning(
                "Slack file %s (%s): download failed", file.file_id, file.name, exc_info=True
            )
            return FetchProblem(file, Problem.NETWORK)
        if data is None:
            return FetchProblem(file, Problem.TOO_BIG)
        return Attachment(file.name, data, file.mimetype)

    async def _details(self, file: SlackFile) -> SlackFile:
        """The file itself when the event only carried a stub (Slack Connect): `files.info`."""
        if file.url is not None or not file.available:
            return _usable(file)
        try:
            response = await self.client.files_info(file=file.file_id)
        except SlackApiError as error:
            log.warning("files.info %s refused: %s", file.file_id, error.response.get("error"))
            raise _Failed(Problem.UNAVAILABLE) from error
        details = file_of(response.get("file") or {})
        return _usable(details) if details is not None and details.url else _usable(file)

    async def _download(self, session: aiohttp.ClientSession, file: SlackFile) -> bytes | None:
        """The file's bytes; None when it is larger than `max_bytes`."""
        assert file.url is not None
        url = file.url
        for _ in range(MAX_REDIRECTS + 1):
            if not self._trusted(url):
                log.warning("Slack file %s: %s is not a Slack host, token kept", file.file_id, url)
                raise _Failed(Problem.UNAVAILABLE)
            headers = {"Authorization": f"Bearer {self.client.token}"}
            async with session.get(url, headers=headers, allow_redirects=False) as response:
                if response.status in (301, 302, 303, 307, 308) and "Location" in response.headers:
                    url = urljoin(url, response.headers["Location"])
                    continue
                if response.status != 200:
                    raise _Failed(Problem.HTTP_ERROR, response.status)
                if response.content_type == "text/html" and not _is_html(file):
                    raise _Failed(Problem.REFUSED)  # Slack answers its sign-in page with a 200
                return await self._read_capped(response)
        raise _Failed(Problem.UNAVAILABLE)

    async def _read_capped(self, response: aiohttp.ClientResponse) -> bytes | None:
        if response.content_length is not None and response.content_length > self.max_bytes:
            return None
        data = bytearray()
        async for chunk in response.content.iter_chunked(_CHUNK):
            data += chunk
            if len(data) > self.max_bytes:
                return None
        return bytes(data)

    def _trusted(self, url: str) -> bool:
        parts = urlsplit(url)
        api = urlsplit(str(self.client.base_url))
        if parts.netloc and parts.scheme == api.scheme and parts.netloc == api.netloc:
            return True
        host = parts.hostname or ""
        return parts.scheme == "https" and (
            host == _SLACK_DOMAIN or host.endswith("." + _SLACK_DOMAIN)
        )


def _usable(file: SlackFile) -> SlackFile:
    if not file.available or not file.url:
        raise _Failed(Problem.UNAVAILABLE)
    return file


def _is_html(file: SlackFile) -> bool:
    return file.mimetype == "text/html" or file.name.lower().endswith((".html", ".htm"))
