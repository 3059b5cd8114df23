"""What the handoff is built with: parts of the root's services, as a shape."""

from __future__ import annotations

from typing import Protocol

from bot.core.ports import ConversationStates
from bot.handoff.detection.confirm import ChatGateway
from bot.handoff.settings import PerClientSettings
from bot.scheduler import JobScheduler
from bot.store.database import Database


class HandoffDeps(Protocol):
    """Read-only, so that the root's `Services` fits without naming the handoff."""

    @property
    def db(self) -> Database: ...  # the `handoff` table

    @property
    def gateway(self) -> ChatGateway: ...  # a second opinion on a borderline message

    @property
    def scheduler(self) -> JobScheduler: ...  # escalations

    @property
    def conversations(self) -> ConversationStates: ...  # the transcript an escalation shows

    @property
    def handoff_settings(self) -> PerClientSettings: ...  # what is compiled per client
