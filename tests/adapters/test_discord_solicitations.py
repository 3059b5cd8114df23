"""Issue 16: an invitation reaches Discord as a DM with a view of buttons, and a click answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.clock import ManualClock
from bot.outbox import Outbox, SenderLoop
from bot.people.roster import RosterEntry
from bot.solicitations import SolicitationBook
from bot.solicitations.delivery import outbox_send
from bot.solicitations.drafts import NewSolicitation
from bot.solicitations.planner import Planner, Recipient
from bot.solicitations.tables import SolicitationResponse
from tests.adapters.discord_harness import DiscordHarness, all_text, discord_bot
from tests.fakes.solicitations import confirmed_solicitation

__all__ = ["discord_bot"]

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # Monday 10:00 in Paris


async def test_i16_4_discord_invitation_buttons_answer_the_solicitation(
    discord_bot: DiscordHarness,
) -> None:
    assistant = discord_bot.assistant
    clock = ManualClock(NOW)
    db = assistant.services.db
    lea = str(discord_bot.lea.id)
    confirmed_solicitation(
        assistant.services,
        clock,
        NOW,
        [RosterEntry("discord", lea, "Léa", groups=("amb",))],
        Recipient("discord", str(discord_bot.marc.id)),
        points=40,
    )

    send = outbox_send(assistant, lambda _: discord_bot.client.ambassade.deliver_scheduled)
    report = await SenderLoop(Outbox(db, clock), send).arun_once()
    assert report.sent == 1
    [invitation] = discord_bot.sent
    assert invitation.channel_id == discord_bot.dm_channel_id(discord_bot.lea)
    assert "Stand au salon" in all_text(invitation.payload)
    assert "stop rappels" in all_text(invitation.payload)
    labels = [c["label"] for c in invitation.components]
    assert labels == ["J'accepte", "Je décline", "Plus tard", "C'est fait"]

    decline = invitation.components[1]["custom_id"]
    await discord_bot.click(invitation.payload, decline, member=discord_bot.lea, channel=False)
    with db.session() as session:
        [response] = session.exec(select(SolicitationResponse))
    assert response.status == "declined"


async def test_i16_4_discord_a_late_yes_after_the_answer_window(
    discord_bot: DiscordHarness,
) -> None:
    """Léa does not answer within the window: the community manager hears it in a Discord DM
    (nobody else is eligible); her "J'accepte" afterwards still takes the free place."""
    assistant = discord_bot.assistant
    clock = ManualClock(NOW)
    assistant.services.clock = clock
    db = assistant.services.db
    lea, marc = discord_bot.lea, discord_bot.marc
    assistant.services.roster.import_entries(
        "acme", [RosterEntry("discord", str(lea.id), "Léa", groups=("amb",))]
    )
    item = NewSolicitation(
        client="acme",
        kind="review",
        title="Avis",
        description=None,
        start_at=None,
        deadline_at=NOW + timedelta(days=10),
        timezone="Europe/Paris",
        places=1,
        points=20,
        target_groups=("amb",),
        target_person_ids=(),
        auto=False,
        source="cli",
        external_uid=None,
        created_by=None,
    )
    [row] = SolicitationBook(db).create([item]).created
    config = assistant.services.clients.get("acme")
    planner = Planner(db, clock)
    planner.propose(config, row.id or 0)
    planner.confirm(config, row.id or 0, Recipient("discord", str(marc.id)))
    send = outbox_send(assistant, lambda _: discord_bot.client.ambassade.deliver_scheduled)
    loop = SenderLoop(Outbox(db, clock), send)
    assert (await loop.arun_once()).sent == 1
    [invitation] = discord_bot.sent
    assert "Merci de répondre avant le 04/03/2027 10:00" in all_text(invitation.payload)

    clock.advance(timedelta(days=3, minutes=1))
    await loop.arun_once()  # the window runs out: nothing to send, a proposal decided
    await loop.arun_once()
    [told] = discord_bot.sent_to(discord_bot.dm_channel_id(marc))
    assert "Léa n'a pas répondu à « Avis »" in all_text(told.payload)
    assert "Plus personne n'est éligible pour cette place" in all_text(told.payload)

    accept = invitation.components[0]["custom_id"]
    await discord_bot.click(invitation.payload, accept, member=lea, channel=False)
    with db.session() as session:
        [response] = session.exec(select(SolicitationResponse))
    assert response.status == "accepted" and response.answered_at is not None
