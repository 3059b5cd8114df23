"""Conversation state and processed events (people live in `bot.people`)."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import delete

from bot.store.database import Database
from bot.store.models import Conversation, ProcessedEvent, utcnow

log = logging.getLogger(__name__)

# Platform retries come within minutes: event keys older than a week are noise.
EVENT_KEYS_KEPT = timedelta(days=7)


class ConversationStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- idempotency -------------------------------------------------------
    def first_time_seen(self, event_key: str) -> bool:
        """Record an event key; False when it was already recorded (a retry)."""
        try:
            with self.db.session() as session:
                session.add(ProcessedEvent(key=event_key[:255]))
        except IntegrityError:
            return False
        return True

    def forget_events_older_than(self, age: timedelta) -> int:
        with self.db.session() as session:
            result = session.exec(
                delete(ProcessedEvent).where(ProcessedEvent.seen_at < utcnow() - age)
            )
            return result.rowcount or 0

    # -- conversation state ------------------------------------------------
    def load_state(self, key: str) -> dict[str, Any]:
        with self.db.session() as session:
            row = session.get(Conversation, key)
            return dict(row.state) if row else {}

    def save_state(
        self, key: str, *, client: str, platform: str, user_id: str, state: dict[str, Any]
    ) -> None:
        try:
            self._save_state(key, client=client, platform=platform, user_id=user_id, state=state)
        except IntegrityError:
            # Another turn of this conversation created its row meanwhile (the outbox sends
            # several scheduled turns at once): the row is there now, update it.
            self._save_state(key, client=client, platform=platform, user_id=user_id, state=state)

    def _save_state(
        self, key: str, *, client: str, platform: str, user_id: str, state: dict[str, Any]
    ) -> None:
        with self.db.session() as session:
            row = session.get(Conversation, key)
            if row is None:
                row = Conversation(key=key, client=client, platform=platform, user_id=user_id)
            row.state = dict(state)
            row.updated_at = utcnow()
            session.add(row)


async def forget_old_events(store: ConversationStore, kept: timedelta = EVENT_KEYS_KEPT) -> None:
    """Drop the idempotency keys of events handled more than `kept` ago (a daily job).

    Never raises: the next run tries again, and handling events is unaffected.
    """
    try:
        removed = await asyncio.to_thread(store.forget_events_older_than, kept)
    except Exception as exc:
        log.warning("processed event keys not purged: %s", exc)
        return
    log.info("forgot %d processed event keys older than %s", removed, kept)
