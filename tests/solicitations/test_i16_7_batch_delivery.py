"""Issue 16 item 7: a batch of invitations cut off by a kill reaches Slack once each.

The product's own steps, stopped where a SIGKILL would stop them: a sender claims the
batch, records all of it as sending in one commit, posts half of it through the real Slack
adapter, and dies before marking anything sent. Once the lease has run out, a new sender
loop (several sends at once) takes the batch over.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.clock import ManualClock
from bot.outbox import Outbox, OutboxMessage, SenderLoop
from bot.outbox.store import DEFAULT_LEASE
from bot.people.roster import RosterEntry
from bot.solicitations.delivery import outbox_send
from bot.solicitations.planner import Recipient
from tests.adapters.slack_harness import (  # noqa: F401  (slack: the fixture)
    SlackHarness,
    all_text,
    slack,
)
from tests.fakes.solicitations import confirmed_solicitation

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # Monday 10:00 in Paris
PEOPLE = [f"U-AMB{n}" for n in range(6)]


def invite_six(slack: SlackHarness, clock: ManualClock) -> None:  # noqa: F811
    entries = [RosterEntry("slack", user, f"Amb {user}", groups=("amb",)) for user in PEOPLE]
    services = slack.adapter.assistant.services
    confirmed_solicitation(services, clock, NOW, entries, Recipient("slack", "U-CM"), places=6)


def invitations(slack: SlackHarness) -> list[OutboxMessage]:  # noqa: F811
    with slack.adapter.assistant.services.db.session() as session:
        query = select(OutboxMessage).where(OutboxMessage.kind == "invitation")
        return list(session.exec(query).all())


async def test_i16_7_a_batch_killed_between_sending_and_sent_reaches_slack_once_each(
    slack: SlackHarness,  # noqa: F811
) -> None:
    clock = ManualClock(NOW)
    invite_six(slack, clock)
    assistant = slack.adapter.assistant
    outbox = Outbox(assistant.services.db, clock)
    send = outbox_send(assistant, lambda _: slack.adapter.deliver_scheduled)

    batch = outbox.mark_sending_many(outbox.claim(limit=50))
    assert len(batch) == 6 and not any(m.resending for m in batch)
    for message in batch[:3]:
        await send(message)  # Slack has these three; the process dies before any mark
    assert len(slack.api.calls_to("chat.postMessage")) == 3
    assert {(r.status, r.sends) for r in invitations(slack)} == {("pending", 1)}

    clock.advance(DEFAULT_LEASE + timedelta(seconds=1))
    report = await SenderLoop(outbox, send, clock=clock, concurrency=4).arun_once()

    assert report.sent == 6
    assert len(slack.api.calls_to("conversations.history")) == 6  # each one in doubt
    posts = slack.api.calls_to("chat.postMessage")
    assert len(posts) == 6  # the three that went, then the three missing: once each
    for user in PEOPLE:
        [dm] = slack.api.history.messages(f"D{user}")
        assert "Stand au salon" in all_text(dm)
    assert {(r.status, r.sends) for r in invitations(slack)} == {("sent", 2)}
