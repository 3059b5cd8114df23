"""Issue 16 item 7: a row whose sender died mid-send is not sent twice to Discord.

As for Slack, the crash is played with the product's own steps, stopped where a SIGKILL
would stop them. The row is a check-in ("keep me in / later / stop") to Léa, paused. The
clock is the wall's: Discord dates messages by their snowflake ids, and a resend compares
them with the row's first attempt.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.clock import ManualClock
from bot.outbox import Outbox, OutboxMessage, SenderLoop
from bot.outbox.store import DEFAULT_LEASE
from bot.people.roster import RosterEntry
from bot.people.tables import Person, PersonIdentity, PersonStatus
from bot.solicitations.delivery import outbox_send
from tests.adapters.discord_harness import DiscordHarness, all_text, discord_bot

__all__ = ["discord_bot"]

AFTER_THE_LEASE = DEFAULT_LEASE + timedelta(seconds=1)


def checkin(discord_bot: DiscordHarness, clock: ManualClock) -> None:
    services = discord_bot.assistant.services
    services.clock = clock
    lea = str(discord_bot.lea.id)
    services.roster.import_entries("acme", [RosterEntry("discord", lea, "Léa", groups=("amb",))])
    with services.db.session() as session:
        person = session.exec(
            select(Person)
            .join(PersonIdentity, PersonIdentity.person_id == Person.id)  # type: ignore[arg-type]
            .where(PersonIdentity.user_id == lea)
        ).one()
        person.status = PersonStatus.PAUSED.value
        session.add(person)
        Outbox.enqueue(
            session,
            key=f"person:{person.id}:checkin:3",
            client="acme",
            kind="checkin",
            due_at=clock.now(),
            platform="discord",
            recipient=lea,
            person_id=person.id,
            now=clock.now(),
        )


def the_row(discord_bot: DiscordHarness) -> OutboxMessage:
    with discord_bot.assistant.services.db.session() as session:
        return session.exec(select(OutboxMessage)).one()


def crashed_after_sending(
    discord_bot: DiscordHarness, skew: timedelta = timedelta(0)
) -> tuple[Outbox, ManualClock]:
    clock = ManualClock(datetime.now(UTC) + skew)
    checkin(discord_bot, clock)
    return Outbox(discord_bot.assistant.services.db, clock), clock


async def test_i16_7_discord_a_resend_within_minutes_is_answered_by_the_nonce(
    discord_bot: DiscordHarness,
) -> None:
    """Discord answers a second create with the same nonce by the first message. Here our
    clock is an hour ahead of Discord's: reading the DM back cannot tell the message is
    this row's (it looks older than the first attempt); the nonce alone stops the copy."""
    outbox, clock = crashed_after_sending(discord_bot, skew=timedelta(hours=1))
    send = outbox_send(
        discord_bot.assistant, lambda _: discord_bot.client.ambassade.deliver_scheduled
    )
    [message] = outbox.claim()
    assert outbox.mark_sending(message)
    await send(message)  # Discord has it; the process dies before `mark_sent`
    [first] = discord_bot.sent
    assert first.payload["nonce"] == f"{message.send_key}-0"
    assert first.payload["enforce_nonce"] is True
    assert "Léa" in all_text(first.payload)

    clock.advance(AFTER_THE_LEASE)
    report = await SenderLoop(outbox, send, clock=clock).arun_once()

    assert report.sent == 1
    assert len(discord_bot.sent) == 1
    assert discord_bot.nonces.repeated == [f"{message.send_key}-0"]
    assert (the_row(discord_bot).status, the_row(discord_bot).sends) == ("sent", 2)


async def test_i16_7_discord_a_resend_after_the_nonce_window_finds_the_message_posted(
    discord_bot: DiscordHarness,
) -> None:
    """The sender stayed down longer than Discord keeps nonces: the DM is read back."""
    outbox, clock = crashed_after_sending(discord_bot)
    send = outbox_send(
        discord_bot.assistant, lambda _: discord_bot.client.ambassade.deliver_scheduled
    )
    [message] = outbox.claim()
    assert outbox.mark_sending(message)
    await send(message)
    discord_bot.nonces.window = 0.0  # Discord has forgotten the nonce

    clock.advance(AFTER_THE_LEASE)
    report = await SenderLoop(outbox, send, clock=clock).arun_once()

    assert report.sent == 1
    assert len(discord_bot.sent) == 1
    assert the_row(discord_bot).status == "sent"


async def test_i16_7_discord_a_row_the_crash_kept_from_discord_is_sent_once(
    discord_bot: DiscordHarness,
) -> None:
    outbox, clock = crashed_after_sending(discord_bot)
    send = outbox_send(
        discord_bot.assistant, lambda _: discord_bot.client.ambassade.deliver_scheduled
    )
    # The bot told Léa something else in the meantime: not this row's message.
    dm = await discord_bot.lea.create_dm()
    await dm.send("Bonjour Léa")
    [message] = outbox.claim()
    assert outbox.mark_sending(message)  # the process dies before Discord is called
    discord_bot.nonces.window = 0.0

    clock.advance(AFTER_THE_LEASE)
    report = await SenderLoop(outbox, send, clock=clock).arun_once()

    assert report.sent == 1
    assert len(discord_bot.sent) == 2  # "Bonjour Léa", then the check-in, once
    assert discord_bot.sent[1].payload["nonce"] == f"{message.send_key}-0"
    assert the_row(discord_bot).status == "sent"
