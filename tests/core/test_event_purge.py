"""Issue 14 item 6: processed event keys are forgotten by a daily job of the running bot."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot.assistant import Assistant
from bot.store.models import ProcessedEvent, utcnow


async def test_i14_6_a_running_bot_forgets_event_keys_older_than_a_week(
    assistant: Assistant,
) -> None:
    store = assistant.services.conversations
    assert store.first_time_seen("slack:T1:old") and store.first_time_seen("slack:T1:new")
    with assistant.services.db.session() as session:
        old = session.get(ProcessedEvent, "slack:T1:old")
        assert old is not None
        old.seen_at = utcnow() - timedelta(days=8)
        session.add(old)

    async def deliver(incoming, replies):
        return None

    assistant.services.scheduler.run(assistant.handle, deliver, platform="console")
    job = assistant.services.scheduler._scheduler.get_job("forget-old-events")
    assert job is not None and job.trigger.interval == timedelta(hours=24)
    await job.func()  # what the daily run does
    with assistant.services.db.session() as session:
        keys = {row.key for row in session.exec(select(ProcessedEvent))}
    assert keys == {"slack:T1:new"}
