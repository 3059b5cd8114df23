"""Issue 16 item 7: a row whose sender died mid-send is not posted twice to Slack.

The crash is played with the product's own steps, stopped where a SIGKILL would stop them:
the row is claimed and its send recorded ("sending"), the message maybe posted, and the
row never marked sent. Once the lease has run out, a new sender loop takes the row over.
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
AFTER_THE_LEASE = DEFAULT_LEASE + timedelta(seconds=1)


def invite(slack: SlackHarness, clock: ManualClock) -> None:  # noqa: F811
    """Léa is invited to a solicitation: one outbox row, due now."""
    lea = RosterEntry("slack", "U-AMB", "Léa", groups=("amb",))
    services = slack.adapter.assistant.services
    confirmed_solicitation(
        services,
        clock,
        NOW,
        [lea],
        Recipient("slack", "U-CM"),
        kind="review",
        title="Avis après le lancement",
    )


def the_row(slack: SlackHarness) -> OutboxMessage:  # noqa: F811
    with slack.adapter.assistant.services.db.session() as session:
        return session.exec(select(OutboxMessage).where(OutboxMessage.kind == "invitation")).one()


async def test_i16_7_slack_a_row_posted_before_the_crash_is_marked_sent_not_posted_again(
    slack: SlackHarness,  # noqa: F811
) -> None:
    clock = ManualClock(NOW)
    invite(slack, clock)
    assistant = slack.adapter.assistant
    outbox = Outbox(assistant.services.db, clock)
    send = outbox_send(assistant, lambda _: slack.adapter.deliver_scheduled)

    [message] = outbox.claim()
    assert outbox.mark_sending(message) and not message.resending
    await send(message)  # Slack has it; the process dies before `mark_sent`
    [post] = slack.api.calls_to("chat.postMessage")
    assert post.params["metadata"]["event_payload"] == {"send_key": message.send_key}
    assert not slack.api.calls_to("conversations.history")  # a first send looks nowhere

    clock.advance(AFTER_THE_LEASE)
    report = await SenderLoop(outbox, send, clock=clock).arun_once()

    assert report.sent == 1
    assert len(slack.api.calls_to("chat.postMessage")) == 1  # not posted again
    [lookup] = slack.api.calls_to("conversations.history")
    assert lookup.params["channel"] == "DU-AMB"
    assert str(lookup.params["include_all_metadata"]).lower() in ("1", "true")
    row = the_row(slack)
    assert (row.status, row.sends, row.send_key) == ("sent", 2, message.send_key)
    assert len(slack.api.history.messages("DU-AMB")) == 1


async def test_i16_7_slack_a_row_the_crash_kept_from_slack_is_posted_once(
    slack: SlackHarness,  # noqa: F811
) -> None:
    clock = ManualClock(NOW)
    invite(slack, clock)
    assistant = slack.adapter.assistant
    outbox = Outbox(assistant.services.db, clock)
    send = outbox_send(assistant, lambda _: slack.adapter.deliver_scheduled)
    # Another message with metadata in the same DM: not this row's.
    await slack.adapter.sender.client.chat_postMessage(
        channel="DU-AMB",
        text="Bonjour",
        metadata={"event_type": "ambassade_outbox_message", "event_payload": {"send_key": "x"}},
    )

    [message] = outbox.claim()
    assert outbox.mark_sending(message)  # the process dies before Slack is called

    clock.advance(AFTER_THE_LEASE)
    report = await SenderLoop(outbox, send, clock=clock).arun_once()

    assert report.sent == 1
    assert len(slack.api.calls_to("conversations.history")) == 1
    posts = slack.api.calls_to("chat.postMessage")
    assert len(posts) == 2  # "Bonjour", then the invitation, once
    assert "Avis après le lancement" in all_text(posts[1].params)
    assert posts[1].params["metadata"]["event_payload"] == {"send_key": message.send_key}
    row = the_row(slack)
    assert (row.status, row.sends) == ("sent", 2)


async def test_i16_7_slack_the_look_back_reads_past_the_first_page(
    slack: SlackHarness,  # noqa: F811
) -> None:
    """The person and the bot talked a lot since the first attempt: the message is found
    on a later page of the history, and still not posted again."""
    clock = ManualClock(NOW)
    invite(slack, clock)
    assistant = slack.adapter.assistant
    outbox = Outbox(assistant.services.db, clock)
    send = outbox_send(assistant, lambda _: slack.adapter.deliver_scheduled)
    [message] = outbox.claim()
    assert outbox.mark_sending(message)
    await send(message)
    client = slack.adapter.sender.client
    for n in range(250):
        await client.chat_postMessage(channel="DU-AMB", text=f"réponse {n}")

    clock.advance(AFTER_THE_LEASE)
    report = await SenderLoop(outbox, send, clock=clock).arun_once()

    assert report.sent == 1
    assert len(slack.api.calls_to("conversations.history")) == 2  # 200, then the rest
    assert len(slack.api.history.messages("DU-AMB")) == 251


async def test_i16_7_slack_a_channel_that_cannot_be_read_back_is_posted_to(
    slack: SlackHarness,  # noqa: F811
) -> None:
    """Without the history scope the row cannot be checked: it is posted (at least once),
    not left pending for ever."""
    clock = ManualClock(NOW)
    invite(slack, clock)
    assistant = slack.adapter.assistant
    outbox = Outbox(assistant.services.db, clock)
    send = outbox_send(assistant, lambda _: slack.adapter.deliver_scheduled)
    [message] = outbox.claim()
    assert outbox.mark_sending(message)
    slack.api.fail("conversations.history", "missing_scope")

    clock.advance(AFTER_THE_LEASE)
    report = await SenderLoop(outbox, send, clock=clock).arun_once()

    assert report.sent == 1
    assert len(slack.api.calls_to("chat.postMessage")) == 1
    assert the_row(slack).status == "sent"
