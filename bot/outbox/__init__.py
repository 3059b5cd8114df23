"""Messages the bot decides to send on its own, delivered exactly once (see `store`)."""

from bot.outbox.sender import (
    Backoff,
    PermanentSendError,
    RetryableSendError,
    SenderLoop,
    SendReport,
)
from bot.outbox.store import Outbox
from bot.outbox.tables import OutboxMessage, OutboxStatus

__all__ = [
    "Backoff",
    "Outbox",
    "OutboxMessage",
    "OutboxStatus",
    "PermanentSendError",
    "RetryableSendError",
    "SendReport",
    "SenderLoop",
]
