"""Escalation when nobody claims a handoff, driven by the real scheduler, and a restart."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.core.messages import Incoming, Reply, Target
from bot.handoff.flow import escalation_job_id
from bot.handoff.records import Handoff
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory

STAFF = "C-CM"
SHORT_DELAY_MINUTES = 0.005  # 0.3 s


def save_client(settings: Settings, acme: ClientConfig, **handoff: object) -> None:
    config = ClientConfig.model_validate(
        {
            **acme.model_dump(),
            "slack": {**acme.slack.model_dump(), "handoff_channel": STAFF},
            "handoff": {"contacts": ["boss"], **handoff},
        }
    )
    ClientDirectory(settings.clients_dir).save(config, overwrite=True)


class Outbox:
    """What the scheduler's jobs delivered, as an adapter would receive it."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.arrived = asyncio.Event()

    async def deliver(self, incoming: Incoming, replies: list[Reply]) -> None:
        self.replies += replies
        self.arrived.set()

    async def next(self, timeout: float = 15.0) -> None:
        await asyncio.wait_for(self.arrived.wait(), timeout)
        self.arrived.clear()


def handoff_row(assistant: Assistant) -> Handoff:
    with assistant.services.db.session() as session:
        [row] = session.exec(select(Handoff))
        return row


@pytest.fixture
def quick(settings: Settings, acme: ClientConfig) -> None:
    save_client(settings, acme, claim_delay_minutes=SHORT_DELAY_MINUTES)


async def test_unclaimed_handoff_goes_to_the_next_contact_after_the_delay(
    quick: None, assistant: Assistant
):
    outbox = Outbox()
    assistant.services.scheduler.run(assistant.handle, outbox.deliver)
    lea = ConsoleSession(assistant, client="acme", user_id="lea")
    await lea.send("Je vais porter plainte et contacter mon avocat.")

    await outbox.next()
    [dm] = [r for r in outbox.replies if r.target is Target.DIRECT]
    assert dm.user_id == "boss" and "Relais n° 1" in (dm.title or "")
    assert "Non pris en charge après 1 min" in dm.text  # rounded up: never "0 min"
    assert [c.value for c in dm.choices] == ["claim:1", "giveback:1"]
    [note] = [r for r in outbox.replies if r.target is Target.CHANNEL]
    assert note.channel_id == STAFF and "transmis à boss" in note.text
    assert [e["to"] for e in handoff_row(assistant).escalations] == ["boss"]

    # Nobody left in the chain: the staff channel is told, once.
    await outbox.next()
    assert "plus personne dans la chaîne" in outbox.replies[-1].text
    assert len(handoff_row(assistant).escalations) == 2
    assert assistant.services.scheduler.due_at(escalation_job_id(1)) is None


async def test_claimed_handoff_is_not_escalated(quick: None, assistant: Assistant):
    lea = ConsoleSession(assistant, client="acme", user_id="lea")
    await lea.send("Je veux parler à un humain.")
    cm = ConsoleSession(assistant, client="acme", user_id="camille", role="community_manager")
    await cm.send("prendre 1")
    outbox = Outbox()
    assistant.services.scheduler.run(assistant.handle, outbox.deliver)
    later = datetime.now(UTC) + timedelta(hours=1)
    assert await assistant.services.scheduler.run_due(later) == 0
    assert outbox.replies == [] and handoff_row(assistant).escalations == []


async def test_restart_during_a_handoff_keeps_state_and_pending_escalation(
    settings: Settings, acme: ClientConfig
):
    save_client(settings, acme, claim_delay_minutes=30)
    before = Assistant.build(settings)
    try:
        lea = ConsoleSession(before, client="acme", user_id="lea")
        await lea.send("Je veux parler à un humain.")
        due = before.services.scheduler.due_at(escalation_job_id(1))
    finally:
        await before.aclose()
    assert due is not None

    after = Assistant.build(settings)
    try:
        assert after.services.scheduler.due_at(escalation_job_id(1)) == due
        lea = ConsoleSession(after, client="acme", user_id="lea")
        assert await lea.send("Toujours là ?") == []  # still handed off: the bot stays quiet
        outbox = Outbox()
        after.services.scheduler.run(after.handle, outbox.deliver)
        assert await after.services.scheduler.run_due(due + timedelta(seconds=1)) == 1
        [dm] = [r for r in outbox.replies if r.target is Target.DIRECT]
        assert dm.user_id == "boss" and "Toujours là ?" in (dm.context or "")
        # The end of the chain is planned a full delay after this escalation.
        next_due = after.services.scheduler.due_at(escalation_job_id(1))
        assert next_due is not None and next_due > due
    finally:
        await after.aclose()


async def test_claim_right_after_a_restart_cancels_the_escalation(
    settings: Settings, acme: ClientConfig
):
    save_client(settings, acme, claim_delay_minutes=30)
    before = Assistant.build(settings)
    try:
        await ConsoleSession(before, client="acme", user_id="lea").send("Je veux un humain.")
    finally:
        await before.aclose()
    after = Assistant.build(settings)
    try:
        cm = ConsoleSession(after, client="acme", user_id="camille", role="community_manager")
        replies = await cm.send("prendre 1")
        assert "Vous avez pris en charge le relais n° 1" in replies[0].text
        assert after.services.scheduler.due_at(escalation_job_id(1)) is None
    finally:
        await after.aclose()
