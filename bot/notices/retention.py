"""Retention (issue 20 item 6): each client's records are kept for the periods of
`privacy.retention`, then purged by a daily job (and `ambassade privacy retention`).

- questions and answers (`answer_record`, default 12 months): the asker and the words go,
  the row stays anonymous (answered or not, feedback), so the knowledge-gap and KPI counts
  stay true;
- conversation states (`conversation`, default 90 days): deleted, and with the same period
  the messages of handoffs (`handoff_message`: the person's and the staff replies);
- processed events (`processed_event`, default 30 days): the keys of the client's own
  workspaces, deleted (a global 7-day purge runs as well: `forget_old_events`);
- model-call audit (`model_call_audit`, default 12 months): deleted;
- workshop answers: no period, kept until the program ends or the person asks (`oubli`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlmodel import Session, col

from bot.data_rights.registry import ERASED
from bot.handoff.messages import HandoffMessage
from bot.store.audit import ModelCallAudit
from bot.store.database import Database
from bot.store.models import AnswerRecord, Conversation, ProcessedEvent, utcnow
from bot.tenants import ClientConfig, ClientDirectory

log = logging.getLogger(__name__)

STORES = ("answers", "conversations", "relays", "events", "audit")  # in the order they are shown
_CONSOLE = "console"


def _event_prefixes(config: ClientConfig) -> list[str]:
    """The processed-event keys of this client start with `platform:workspace:`."""
    prefixes = [f"{_CONSOLE}:{config.name}:"]
    for platform, section in config.sections().items():
        prefixes.extend(f"{platform}:{workspace}:" for workspace in section.workspace_ids())
    return prefixes


def _conditions(config: ClientConfig, now: datetime) -> dict[str, tuple[Any, list[Any]]]:
    keep = config.privacy.retention

    def before(days: int) -> datetime:
        return now - timedelta(days=days)

    events = or_(
        *(col(ProcessedEvent.key).startswith(p, autoescape=True) for p in _event_prefixes(config))
    )
    return {
        "answers": (
            AnswerRecord,
            [
                AnswerRecord.client == config.name,
                col(AnswerRecord.created_at) < before(keep.answers_days),
                AnswerRecord.user_id != ERASED,
            ],
        ),
        "conversations": (
            Conversation,
            [
                Conversation.client == config.name,
                col(Conversation.updated_at) < before(keep.conversations_days),
            ],
        ),
        "relays": (
            HandoffMessage,
            [
                HandoffMessage.client == config.name,
                col(HandoffMessage.sent_at) < before(keep.conversations_days),
            ],
        ),
        "events": (
            ProcessedEvent,
            [events, col(ProcessedEvent.seen_at) < before(keep.events_days)],
        ),
        "audit": (
            ModelCallAudit,
            [
                ModelCallAudit.client == config.name,
                col(ModelCallAudit.at) < before(keep.audit_days),
            ],
        ),
    }


def due(db: Database, config: ClientConfig, now: datetime | None = None) -> dict[str, int]:
    """How many records of each store the purge would remove now (a dry run)."""
    now = now or utcnow()
    with db.session() as session:
        return {
            name: int(
                session.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
            )
            for name, (table, where) in _conditions(config, now).items()
        }


def purge(db: Database, config: ClientConfig, now: datetime | None = None) -> dict[str, int]:
    """Remove what is past its period, in one transaction; how many per store."""
    now = now or utcnow()
    counts: dict[str, int] = {}
    with db.session() as session:
        for name, (table, where) in _conditions(config, now).items():
            counts[name] = _purge_one(session, name, table, where)
    return counts


def _purge_one(session: Session, name: str, table: Any, where: list[Any]) -> int:
    if name == "answers":  # anonymous rows stay: the counts of questions stay true
        changed = session.execute(
            update(table)
            .where(*where)
            .values(user_id=ERASED, question="", answer="", sources=[])
            .execution_options(synchronize_session=False)
        )
    else:
        changed = session.execute(
            delete(table).where(*where).execution_options(synchronize_session=False)
        )
    return int(getattr(changed, "rowcount", 0) or 0)


def purge_clients(db: Database, clients: Iterable[ClientConfig]) -> dict[str, dict[str, int]]:
    """Every client's purge; one that fails is logged and the others go on."""
    done: dict[str, dict[str, int]] = {}
    for config in clients:
        try:
            done[config.name] = purge(db, config)
        except Exception:
            log.exception("retention purge failed for client %s", config.name)
    return done


async def daily_purge(db: Database, clients: ClientDirectory) -> None:
    """The scheduler's daily job (`bot.assistant.plan_background_work`). Never raises."""
    try:
        done = await asyncio.to_thread(purge_clients, db, clients.all())
    except Exception:
        log.exception("retention purge not run")
        return
    for client, counts in done.items():
        if any(counts.values()):
            log.info("retention purge for %s: %s", client, counts)
