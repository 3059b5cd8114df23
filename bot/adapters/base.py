"""What every chat platform adapter shares, so that each one only translates.

- **Client lookup**: `client_for(workspace)` is `ClientDirectory.for_workspace` with the
  adapter's platform; an adapter looks clients up nowhere else.
- **The guarded turn**: work done after the platform's ack runs under `guarded`, which
  logs a failure with its context and a short error id, and tells the person that id
  (never a stack trace); a shutdown waits for guarded work (`drain`).
- **Scheduled delivery**: the replies of a job (a reminder, an escalation) go to a person
  or a channel of the client's first workspace on this platform; a reply with no
  recipient is dropped with an error in the log.
- **Shared files**: read under the client's one size limit; each file that cannot be read
  is told to the person, the same way on every platform (`bot.adapters.attachments`).
  When none could be read, the message is not answered as a question: its text was about
  the files ("voici la charte"), not for the knowledge base.

An adapter subclasses `ChatAdapter[<Name>Place]` (`SlackPlace`, `DiscordPlace`: one
`PlaceT` type variable, bound to `AdapterPlace`), where the place is its own "where the
answers to one event go" (it knows its workspace and how to name itself in a log line),
and says how to send replies there (`send`) and which place speaks for a whole workspace.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from bot.adapters.attachments import SharedFile, limit_bytes, problem_text, read_files
from bot.adapters.inflight import InFlight, new_error_id
from bot.core.messages import Incoming, Platform, Reply, Target
from bot.tenants import ClientConfig
from prompts.catalog import text as message_text

if TYPE_CHECKING:
    from bot.assistant import Assistant

log = logging.getLogger(__name__)


class AdapterPlace(Protocol):
    """Where the answers to one event go, as each platform keeps it."""

    @property
    def workspace_id(self) -> str:
        """The workspace (team, guild…) of the place; "" when unknown."""
        ...

    def describe(self) -> str:
        """The place in a log line: "team=T1, channel=C1, user=U1"."""
        ...


PlaceT = TypeVar("PlaceT", bound=AdapterPlace)


class ChatAdapter(ABC, Generic[PlaceT]):
    platform: ClassVar[Platform]
    label: ClassVar[str]  # the platform's name as people know it ("Slack")
    file_permission: ClassVar[str]  # what the app needs to download shared files

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.clients = assistant.services.clients
        self._running = InFlight()

    # -- what each platform says --------------------------------------------------------------

    @abstractmethod
    async def send(self, replies: Sequence[Reply], place: PlaceT) -> set[str]:
        """Send the replies in order; the keys of those delivered (`deliver_in_order`)."""

    @abstractmethod
    def workspace_place(self, workspace_id: str) -> PlaceT:
        """A place in that workspace with no channel and no person: where addressed
        replies (a DM, a channel post) leave from."""

    # -- clients ------------------------------------------------------------------------------

    def client_for(self, workspace_id: str) -> ClientConfig | None:
        """The client of a workspace of this platform (None: none, or several, claim it)."""
        if not workspace_id:
            return None
        return self.clients.for_workspace(self.platform, workspace_id)

    def language_of(self, workspace_id: str) -> str | None:
        client = self.client_for(workspace_id)
        return client.language if client is not None else None

    # -- people -------------------------------------------------------------------------------

    async def member_left(self, workspace_id: str, user_id: str, how: str) -> None:
        """The platform says this person left the workspace (or their account is gone)."""
        client = self.client_for(workspace_id)
        if client is None or not user_id:
            return
        try:
            await self.assistant.person_left(client, self.platform.value, user_id, how=how)
        except Exception:
            log.exception("%s: a departure was not recorded (client=%s)", self.label, client.name)

    # -- turns --------------------------------------------------------------------------------

    async def answer(self, incoming: Incoming) -> list[Reply]:
        """The pipeline's replies; an adapter may first complete who is speaking."""
        return await self.assistant.handle(incoming)

    async def answer_with_files(
        self, incoming: Incoming, files: Sequence[SharedFile]
    ) -> list[Reply]:
        """Read the shared files into the message's attachments, tell which could not be."""
        client = self.client_for(incoming.workspace_id)
        if not files or client is None:  # the pipeline refuses an unknown workspace
            return await self.answer(incoming)
        read = await read_files(files, limit_bytes(client))
        replies = []
        if read.problems:
            lines = [
                problem_text(
                    client.language,
                    problem,
                    platform=self.label,
                    permission=self.file_permission,
                    limit_mb=client.upload_limit_mb,
                )
                for problem in read.problems
            ]
            replies.append(Reply(text="\n".join(lines), ephemeral=True))
        if read.attachments:
            replies += await self.answer(replace(incoming, attachments=read.attachments))
        return replies

    async def guarded(
        self, kind: str, place: PlaceT, work: Callable[..., Awaitable[Any]], *args: Any
    ) -> None:
        """Run `work`; on failure log it with its context and tell the person a short error."""
        if (
            self._running.refuses_new_work()
        ):  # SIGTERM: the turns in flight finish, new ones are not taken
            log.warning("%s %s not taken: shutting down (%s)", self.label, kind, place.describe())
            return
        with self._running.track():  # until the error is told too
            try:
                await work(*args)
            except Exception:
                error_id = new_error_id()
                log.exception(
                    "%s %s failed (error %s, %s)", self.label, kind, error_id, place.describe()
                )
                await self.tell(place, "core.error", error_id=error_id)

    async def tell(self, place: PlaceT, key: str, **values: Any) -> None:
        """A short localised note to the person only (an error, a stale button). Never raises."""
        note = message_text(self.language_of(place.workspace_id), key, **values)
        try:
            await self.send([Reply(text=note, ephemeral=True)], place)
        except Exception:
            log.exception(
                "could not tell a %s user about %s (%s)", self.label, key, place.describe()
            )

    async def drain(self, timeout: float = 10.0) -> None:
        """Let the turns in progress finish, at most `timeout` seconds."""
        await self._running.drain(timeout)

    @property
    def closing(self) -> bool:
        return self._running.closing

    def stop_taking(self) -> None:
        """From now on no new turn starts (`guarded` refuses it); those in flight go on."""
        self._running.closing = True

    async def shutdown(self, grace: float | None = None) -> None:
        """Graceful shutdown: take no new turn and let those in flight finish within
        `grace` seconds (default: AMBASSADE_SHUTDOWN_GRACE)."""
        self.stop_taking()
        if grace is None:
            grace = self.assistant.services.settings.shutdown_grace
        if self._running:
            log.info("%s: waiting up to %g s for the turns in flight", self.label, grace)
        await self._running.drain(grace)

    # -- the scheduler ------------------------------------------------------------------------

    async def deliver_scheduled(self, incoming: Incoming, replies: list[Reply]) -> set[str]:
        """The replies of a scheduler job: direct messages and channel posts only."""
        client = self.clients.for_workspace(incoming.platform, incoming.workspace_id)
        if client is None:
            log.error(
                "scheduled %s: no client %r, replies dropped",
                incoming.event_id,
                incoming.workspace_id,
            )
            return set()
        section = client.section(self.platform)
        workspaces = section.workspace_ids() if section is not None else []
        place = self.workspace_place(workspaces[0] if workspaces else "")
        addressed = [r for r in replies if r.target is not Target.SAME]
        if len(addressed) < len(replies):
            log.error("scheduled %s: replies with no recipient dropped", incoming.event_id)
        try:
            return await self.send(addressed, place)
        except Exception:
            log.exception("scheduled %s: delivery to %s failed", incoming.event_id, self.label)
            return set()
