"""Files shared with the bot in Slack, read as `Attachment`s for the core.

Each file is downloaded from its `url_private_download` with the bot token
(`Authorization: Bearer`, scope `files:read`), only from Slack's own hosts or the
host of the configured Web API base URL (`SLACK_API_URL`): the token never goes
anywhere else, not even through a redirect. A file that cannot be fetched raises
`Unreadable`; the size limit and what the person is told are the same on every platform
(`bot.adapters.attachments`).
"""

from __future__ import annotations

import logging
from urllib.parse import urljoin, urlsplit

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.attachments import Problem, SharedFile, Unreadable
from bot.adapters.slack.translate import SlackFile, file_of
from bot.core.messages import Attachment

log = logging.getLogger(__name__)

DOWNLOAD_TIMEOUT = 10.0  # seconds to connect, and at most between two chunks
TOTAL_TIMEOUT_FACTOR = 6  # the whole download: 60 s by default
MAX_REDIRECTS = 3
_CHUNK = 64 * 1024
_SLACK_DOMAIN = "slack.com"


class FileFetcher:
    def __init__(self, client: AsyncWebClient, *, timeout: float = DOWNLOAD_TIMEOUT) -> None:
        self.client = client
        self.timeout = aiohttp.ClientTimeout(
            total=timeout * TOTAL_TIMEOUT_FACTOR, sock_connect=timeout, sock_read=timeout
        )

    def shared(self, file: SlackFile) -> SharedFile:
        """The file as the shared adapter reads it (`ChatAdapter.answer_with_files`)."""

        async def read(max_bytes: int) -> Attachment | None:
            return await self.fetch(file, max_bytes)

        return SharedFile(file.name, file.size, read)

    async def fetch(self, file: SlackFile, max_bytes: int) -> Attachment | None:
        """The file's content; None when it is larger than `max_bytes`."""
        try:
            file = await self._details(file)
            if file.size is not None and file.size > max_bytes:
                return None
            async with aiohttp.ClientSession(timeout=self.timeout) as session:
                data = await self._download(session, file, max_bytes)
        except TimeoutError:
            raise  # aiohttp's read timeouts are ClientErrors too: a timeout is told as one
        except aiohttp.ClientError as exc:
            log.warning(
                "Slack file %s (%s): download failed", file.file_id, file.name, exc_info=True
            )
            raise Unreadable(Problem.NETWORK) from exc
        return None if data is None else Attachment(file.name, data, file.mimetype)

    async def _details(self, file: SlackFile) -> SlackFile:
        """The file itself when the event only carried a stub (Slack Connect): `files.info`."""
        if file.url is not None or not file.available:
            return _usable(file)
        try:
            response = await self.client.files_info(file=file.file_id)
        except SlackApiError as error:
            log.warning("files.info %s refused: %s", file.file_id, error.response.get("error"))
            raise Unreadable(Problem.UNAVAILABLE) from error
        details = file_of(response.get("file") or {})
        return _usable(details) if details is not None and details.url else _usable(file)

    async def _download(
        self, session: aiohttp.ClientSession, file: SlackFile, max_bytes: int
    ) -> bytes | None:
        """The file's bytes; None when it is larger than `max_bytes`."""
        assert file.url is not None
        url = file.url
        for _ in range(MAX_REDIRECTS + 1):
            if not self._trusted(url):
                log.warning("Slack file %s: %s is not a Slack host, token kept", file.file_id, url)
                raise Unreadable(Problem.UNAVAILABLE)
            headers = {"Authorization": f"Bearer {self.client.token}"}
            async with session.get(url, headers=headers, allow_redirects=False) as response:
                if response.status in (301, 302, 303, 307, 308) and "Location" in response.headers:
                    url = urljoin(url, response.headers["Location"])
                    continue
                if response.status != 200:
                    raise Unreadable(Problem.HTTP_ERROR, response.status)
                if response.content_type == "text/html" and not _is_html(file):
                    raise Unreadable(Problem.REFUSED)  # Slack answers its sign-in page with a 200
                return await _read_capped(response, max_bytes)
        raise Unreadable(Problem.UNAVAILABLE)

    def _trusted(self, url: str) -> bool:
        parts = urlsplit(url)
        api = urlsplit(str(self.client.base_url))
        if parts.netloc and parts.scheme == api.scheme and parts.netloc == api.netloc:
            return True
        host = parts.hostname or ""
        return parts.scheme == "https" and (
            host == _SLACK_DOMAIN or host.endswith("." + _SLACK_DOMAIN)
        )


async def _read_capped(response: aiohttp.ClientResponse, max_bytes: int) -> bytes | None:
    if response.content_length is not None and response.content_length > max_bytes:
        return None
    data = bytearray()
    async for chunk in response.content.iter_chunked(_CHUNK):
        data += chunk
        if len(data) > max_bytes:
            return None
    return bytes(data)


def _usable(file: SlackFile) -> SlackFile:
    if not file.available or not file.url:
        raise Unreadable(Problem.UNAVAILABLE)
    return file


def _is_html(file: SlackFile) -> bool:
    return file.mimetype == "text/html" or file.name.lower().endswith((".html", ".htm"))
