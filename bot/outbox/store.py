"""The outbox: messages decided in a transaction, claimed with a lease, marked once sent.

Exactly once, as far as a database can promise it:
- A decision to send writes its row in the caller's transaction (`Outbox.enqueue`), under a
  unique key naming the decision: deciding again (a retry, a restart, a second process)
  finds the row there and adds nothing. The decision and its message commit together, or
  neither does.
- A sender claims due rows: on PostgreSQL with `SELECT … FOR UPDATE SKIP LOCKED` (two
  senders never wait on, nor take, each other's rows), on SQLite with one conditional
  `UPDATE` (SQLite runs one writer at a time, so the condition is checked and the claim
  written atomically). Either way the claim is a lease: a token and `claimed_until`.
- Before the platform is called, the attempt is recorded on the row (`mark_sending`:
  `sends` + 1, and a `send_key` drawn at the first attempt), for a whole claimed batch in
  one commit (`mark_sending_many`). The platform is given that key with the message (Slack
  message metadata, a Discord nonce). A recorded row whose send never began is given back
  with its count undone (`release(recorded=True)`).
- Rows are marked sent after their send, by a conditional `UPDATE` on the token, a batch at
  a time (`mark_sent_many`). Until then they read as "sending": in doubt.

A process that dies after the platform accepted a message and before the mark leaves a row
whose lease runs out; the next sender to claim it sees `sends` ≥ 1 (`resending`) and the
adapter first looks for the key on the platform (Slack: `conversations.history` with its
metadata; Discord: the nonce, which Discord enforces, and the channel's recent messages):
found, the row is marked sent without a second post. What remains at-least-once is a send
that outlives its lease while its process lives on (the sender skips a row whose lease is
about to end) and a platform that cannot be asked.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, and_, bindparam, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from bot.clock import Clock, SystemClock
from bot.outbox.tables import OUTBOX_TABLE, OutboxMessage, OutboxStatus
from bot.store.database import Database
from bot.store.models import utcnow

DEFAULT_LEASE = timedelta(seconds=60)
SEND_KEY_LENGTH = 20  # hex digits: 80 random bits, short enough for a Discord nonce (25)
PENDING = OutboxStatus.PENDING.value


class Outbox:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    # -- deciding (inside the caller's transaction) ------------------------------------------
    @staticmethod
    def enqueue(
        session: Session,
        *,
        key: str,
        client: str,
        kind: str,
        due_at: datetime,
        platform: str | None = None,
        recipient: str | None = None,
        solicitation_id: int | None = None,
        person_id: int | None = None,
        payload: dict[str, Any] | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Add the message decided under `key`; False when that decision was already taken.

        Runs in `session`'s transaction and commits with it. A duplicate key is not an
        error and does not abort the transaction (`ON CONFLICT DO NOTHING`). `now` (the
        caller's clock) dates the decision.
        """
        if due_at.utcoffset() is None:
            raise ValueError("due_at must be an aware datetime")
        values = {
            "key": key,
            "client": client,
            "kind": kind,
            "solicitation_id": solicitation_id,
            "person_id": person_id,
            "platform": platform,
            "recipient": recipient,
            "payload": payload or {},
            "status": PENDING,
            "due_at": due_at,
            "next_attempt_at": due_at,
            "attempts": 0,
            "created_at": now or utcnow(),
        }
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(OUTBOX_TABLE).values(**values)
        statement = statement.on_conflict_do_nothing(index_elements=["key"])
        inserted = session.execute(statement.returning(OUTBOX_TABLE.c.id))
        return inserted.scalar_one_or_none() is not None

    @staticmethod
    def cancel(
        session: Session,
        *,
        solicitation_id: int | None = None,
        person_id: int | None = None,
        keys: Iterable[str] = (),
    ) -> int:
        """Drop pending messages (of a solicitation, of a person, or by key); how many."""
        conditions = []
        if solicitation_id is not None:
            conditions.append(col(OutboxMessage.solicitation_id) == solicitation_id)
        if person_id is not None:
            conditions.append(col(OutboxMessage.person_id) == person_id)
        key_list = list(keys)
        if key_list:
            conditions.append(col(OutboxMessage.key).in_(key_list))
        if not conditions:
            raise ValueError("say which messages to cancel")
        result = session.execute(
            update(OutboxMessage)
            .where(col(OutboxMessage.status) == PENDING, *conditions)
            .values(status=OutboxStatus.CANCELLED.value, claim_token=None, claimed_until=None)
            .execution_options(synchronize_session=False)
        )
        return cast(CursorResult[Any], result).rowcount

    # -- sending ---------------------------------------------------------------------------
    def claim(
        self,
        limit: int = 50,
        lease: timedelta = DEFAULT_LEASE,
        platforms: Collection[str] | None = None,
    ) -> list[OutboxMessage]:
        """Take up to `limit` due messages for `lease`; nobody else sends them meanwhile.

        `platforms`: only messages for these platforms (those this process can deliver), so
        a Slack process does not take, and fail, what the Discord process must send.
        """
        now = self.clock.now()
        token = uuid.uuid4().hex
        due = and_(
            col(OutboxMessage.status) == PENDING,
            col(OutboxMessage.next_attempt_at) <= now,
            or_(
                col(OutboxMessage.claimed_until).is_(None),
                col(OutboxMessage.claimed_until) <= now,
            ),
        )
        if platforms is not None:
            due = and_(due, col(OutboxMessage.platform).in_(list(platforms)))
        oldest_first = (col(OutboxMessage.next_attempt_at), col(OutboxMessage.id))
        with self.db.session() as session:
            if session.get_bind().dialect.name == "postgresql":
                ids = (
                    session.execute(
                        select(col(OutboxMessage.id))
                        .where(due)
                        .order_by(*oldest_first)
                        .limit(limit)
                        .with_for_update(skip_locked=True)
                    )
                    .scalars()
                    .all()
                )
                if not ids:
                    return []
                chosen: ColumnElement[bool] = col(OutboxMessage.id).in_(ids)
            else:
                subquery = (
                    select(col(OutboxMessage.id)).where(due).order_by(*oldest_first).limit(limit)
                )
                # The condition is repeated on the row itself: the UPDATE re-checks it.
                chosen = and_(col(OutboxMessage.id).in_(subquery.scalar_subquery()), due)
            session.execute(
                update(OutboxMessage)
                .where(chosen)
                .values(
                    claim_token=token,
                    claimed_until=now + lease,
                    attempts=OutboxMessage.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
            rows = session.exec(  # type: ignore[call-overload]
                select(OutboxMessage)
                .where(col(OutboxMessage.claim_token) == token)
                .order_by(*oldest_first)
            )
            return list(rows.scalars().all())

    def mark_sending(self, message: OutboxMessage) -> bool:
        """Record, before the platform is called, that this attempt may reach it.

        Commits `sends` + 1 (and, at the first attempt, the `send_key` and its date) on the
        claimed row and copies them onto `message`; False when the lease was lost.
        """
        return bool(self.mark_sending_many([message]))

    def mark_sending_many(self, messages: Sequence[OutboxMessage]) -> list[OutboxMessage]:
        """`mark_sending` for a claimed batch, in one commit; the messages still held.

        Each row gets `sends` + 1 and keeps its `send_key` (or takes a fresh one, drawn
        here), under the same condition as one by one: its claim token, still pending. The
        values the rows now hold are read back in the same transaction and copied onto the
        messages returned; a message missing from the answer had lost its lease.
        """
        if not messages:
            return []
        now = self.clock.now()
        table = OUTBOX_TABLE
        c = table.c
        params = [
            {
                "b_id": m.id,
                "b_token": m.claim_token,
                "b_key": m.send_key or uuid.uuid4().hex[:SEND_KEY_LENGTH],
                "b_started": m.send_started_at or now,
            }
            for m in messages
        ]
        record = (
            update(table)
            .where(c.id == bindparam("b_id"), c.claim_token == bindparam("b_token"))
            .where(c.status == PENDING)
            .values(
                send_key=func.coalesce(c.send_key, bindparam("b_key", type_=c.send_key.type)),
                send_started_at=func.coalesce(
                    c.send_started_at, bindparam("b_started", type_=c.send_started_at.type)
                ),
                sends=c.sends + 1,
            )
        )
        by_id = {m.id: m for m in messages}
        with self.db.session() as session:
            session.execute(record, params)
            found = session.execute(
                select(c.id, c.claim_token, c.send_key, c.send_started_at, c.sends).where(
                    c.id.in_(list(by_id)), c.status == PENDING
                )
            ).all()
        held = []
        for row_id, token, send_key, started, sends in found:
            message = by_id[row_id]
            if token is not None and token == message.claim_token:
                message.send_key, message.send_started_at, message.sends = send_key, started, sends
                held.append(message)
        order = {id(m): n for n, m in enumerate(messages)}
        return sorted(held, key=lambda m: order[id(m)])

    def mark_sent_many(self, messages: Sequence[OutboxMessage]) -> set[int]:
        """Mark sent, in one commit, those of `messages` still held; their ids."""
        by_token: dict[str | None, list[int]] = {}
        for message in messages:
            assert message.id is not None
            by_token.setdefault(message.claim_token, []).append(message.id)
        marked: set[int] = set()
        if not messages:
            return marked
        with self.db.session() as session:
            for token, ids in by_token.items():
                result = session.execute(
                    update(OutboxMessage)
                    .where(
                        col(OutboxMessage.id).in_(ids),
                        col(OutboxMessage.claim_token) == token,
                        col(OutboxMessage.status) == PENDING,
                    )
                    .values(
                        status=OutboxStatus.SENT.value,
                        sent_at=self.clock.now(),
                        claim_token=None,
                        claimed_until=None,
                    )
                    .returning(col(OutboxMessage.id))
                    .execution_options(synchronize_session=False)
                )
                marked.update(result.scalars().all())
        return marked

    def mark_sent(self, message: OutboxMessage) -> bool:
        """Record the send; False when the lease was lost (another sender has the row)."""
        return self._settle(message, status=OutboxStatus.SENT.value, sent_at=self.clock.now())

    def retry_later(self, message: OutboxMessage, delay: timedelta, error: str) -> bool:
        return self._settle(
            message, next_attempt_at=self.clock.now() + delay, last_error=error[:1000]
        )

    def mark_failed(self, message: OutboxMessage, error: str) -> bool:
        return self._settle(
            message,
            status=OutboxStatus.FAILED.value,
            failed_at=self.clock.now(),
            last_error=error[:1000],
        )

    def release(self, message: OutboxMessage, recorded: bool = False) -> bool:
        """Give a claimed row back untried (its lease is too short to send it safely).

        `recorded`: its send had been recorded (`mark_sending_many`) but never began, so
        the count is undone too: no call of this attempt can have reached the platform.
        """
        if recorded:
            return self._settle(
                message, attempts=OutboxMessage.attempts - 1, sends=OutboxMessage.sends - 1
            )
        return self._settle(message, attempts=OutboxMessage.attempts - 1)

    def _settle(self, message: OutboxMessage, **values: Any) -> bool:
        with self.db.session() as session:
            result = session.execute(
                update(OutboxMessage)
                .where(
                    col(OutboxMessage.id) == message.id,
                    col(OutboxMessage.claim_token) == message.claim_token,
                    col(OutboxMessage.status) == PENDING,
                )
                .values(claim_token=None, claimed_until=None, **values)
                .execution_options(synchronize_session=False)
            )
            return cast(CursorResult[Any], result).rowcount == 1

    # -- looking -----------------------------------------------------------------------------
    def counts(self, client: str | None = None) -> dict[str, int]:
        """How many messages per status."""
        query = select(col(OutboxMessage.status), func.count()).group_by(col(OutboxMessage.status))
        if client is not None:
            query = query.where(col(OutboxMessage.client) == client)
        with self.db.session() as session:
            return {status: count for status, count in session.execute(query).all()}

    def next_due(
        self, after: datetime | None = None, platforms: Collection[str] | None = None
    ) -> datetime | None:
        """When the next pending message is due (to sleep until then): the first after
        `after` when given, for `platforms` only when given."""
        query = select(func.min(OutboxMessage.next_attempt_at)).where(
            col(OutboxMessage.status) == PENDING
        )
        if after is not None:
            query = query.where(col(OutboxMessage.next_attempt_at) > after)
        if platforms is not None:
            query = query.where(col(OutboxMessage.platform).in_(list(platforms)))
        with self.db.session() as session:
            due: datetime | None = session.execute(query).scalar_one()
            return due
