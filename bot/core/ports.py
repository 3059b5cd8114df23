"""What the core needs from the rest of the bot, as shapes (`Protocol`s), never as classes.

The core imports no feature: the composition root (`bot.assistant`) passes objects that
have these shapes (`bot.services.Services` and the stores it holds). A skill or a feature
stage receives its own dependencies in its constructor (`setup(registry, deps)`), not
through the turn.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from bot.core.messages import Incoming, Reply
from bot.tenants import ClientConfig

# The whole pipeline behind one call: what the scheduler, the outbox and the adapters use.
HandleIncoming = Callable[[Incoming], Awaitable[list[Reply]]]


class ConversationStates(Protocol):
    """Events already handled, and each conversation's saved state."""

    def first_time_seen(self, event_key: str) -> bool: ...

    def load_state(self, key: str) -> dict[str, Any]: ...

    def save_state(
        self, key: str, *, client: str, platform: str, user_id: str, state: dict[str, Any]
    ) -> None: ...


class ClientLookup(Protocol):
    """Which client (tenant) a workspace of a platform belongs to (the console and the
    scheduler name the client itself); None when none, or several, claim it."""

    def get(self, name: str) -> ClientConfig: ...

    def for_workspace(self, platform: str, workspace_id: str) -> ClientConfig | None: ...


class KnownPerson(Protocol):
    @property
    def language(self) -> str | None: ...


class PersonDirectory(Protocol):
    """The people the bot has met, per client (their saved language)."""

    def met(
        self,
        client: str,
        platform: str,
        user_id: str,
        display_name: str | None = None,
        *,
        role: str | None = None,
        timezone: str | None = None,
    ) -> KnownPerson: ...


class TurnServices(Protocol):
    """What a turn may use of the bot's services: what the core's own stages need.

    Read-only, so that any object holding at least these (the root's `Services`) fits.
    """

    @property
    def conversations(self) -> ConversationStates: ...

    @property
    def clients(self) -> ClientLookup: ...

    @property
    def roster(self) -> PersonDirectory: ...
