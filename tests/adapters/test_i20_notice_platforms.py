"""Issue 20 on Slack and Discord (fake Web API, dpytest): the first-contact notice once per
person, and a deactivated Slack account or a member leaving the guild is a departure."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from sqlmodel import select

from bot.assistant import Assistant
from bot.notices.tables import NoticeSeen
from bot.outbox import OutboxMessage
from bot.people.tables import Person, PersonIdentity
from tests.adapters.discord_harness import DiscordHarness, discord_bot
from tests.adapters.slack_harness import (
    HANDOFF_CHANNEL,
    TEAM,
    SlackHarness,
    direct_message,
    mention,
    slack,
)
from tests.fakes.notices import NOTICE_STARTS

__all__ = ["discord_bot", "slack"]


def person(assistant: Assistant, platform: str, user_id: str) -> Person:
    with assistant.services.db.session() as session:
        identity = session.exec(
            select(PersonIdentity).where(
                PersonIdentity.platform == platform, PersonIdentity.user_id == user_id
            )
        ).one()
        found = session.get(Person, identity.person_id)
        assert found is not None
        return found


def seen(assistant: Assistant) -> list[tuple[str, str]]:
    with assistant.services.db.session() as session:
        return [(r.platform, r.language) for r in session.exec(select(NoticeSeen))]


def departures(assistant: Assistant) -> list[OutboxMessage]:
    with assistant.services.db.session() as session:
        rows = session.exec(
            select(OutboxMessage).where(OutboxMessage.kind.startswith("departure."))
        )  # type: ignore[union-attr]
        return sorted(rows.all(), key=lambda r: r.kind)


async def test_i20_1_slack_notice_once_in_the_dm_then_ephemeral_in_a_channel(
    slack: SlackHarness,
) -> None:
    await slack.event(direct_message("aide"), event_id="Ev1")
    await slack.api.wait_for("chat.postMessage")
    await slack.event(direct_message("aide", ts="1690000002.000100"), event_id="Ev2")
    await slack.api.wait_for("chat.postMessage", 2)
    [notice] = slack.api.notices
    assert notice.method == "chat.postMessage" and notice.params["channel"] == "DU-AMB"
    assert notice.params["text"].startswith(NOTICE_STARTS[0])
    assert notice.at < slack.api.calls_to("chat.postMessage")[0].at  # before the answer
    # Someone else's first words, in a channel: the notice is for them only.
    await slack.event(mention("aide", user="U-CM"), event_id="Ev3")
    await slack.api.wait_for("chat.postMessage", 3)
    assert [n.method for n in slack.api.notices] == ["chat.postMessage", "chat.postEphemeral"]
    assert slack.api.notices[1].params["user"] == "U-CM"
    assert sorted(seen(slack.adapter.assistant)) == [("slack", "fr"), ("slack", "fr")]


async def test_i20_7_deactivated_slack_account_is_a_departure(slack: SlackHarness) -> None:
    assistant = slack.adapter.assistant
    await slack.event(direct_message("aide"), event_id="Ev1")
    await slack.api.wait_for("chat.postMessage")
    alive = {"type": "user_change", "user": {"id": "U-AMB", "team_id": TEAM, "deleted": False}}
    await slack.event(alive, event_id="Ev2")
    gone = {"type": "user_change", "user": {"id": "U-AMB", "team_id": TEAM, "deleted": True}}
    await slack.event(gone, event_id="Ev3")
    for _ in range(200):
        if person(assistant, "slack", "U-AMB").status == "left":
            break
        await asyncio.sleep(0.02)
    assert person(assistant, "slack", "U-AMB").status == "left"
    kinds = {row.kind: row for row in departures(assistant)}
    assert sorted(kinds) == ["departure.grace", "departure.left"]
    assert kinds["departure.left"].recipient == HANDOFF_CHANNEL
    assert kinds["departure.left"].platform == "slack"
    grace = kinds["departure.grace"].due_at - kinds["departure.left"].due_at
    assert grace.days == 30
    await slack.event(gone, event_id="Ev4")  # told again: nothing more
    assert len(departures(assistant)) == 2


async def test_i20_1_discord_notice_once(discord_bot: DiscordHarness) -> None:
    await discord_bot.say_in_dm("aide")
    await discord_bot.say_in_dm("aide")
    assert len(discord_bot.notices) == 1
    assert NOTICE_STARTS[0] in str(discord_bot.notices[0].payload)
    assert len(discord_bot.sent) == 2  # both answers
    assert seen(discord_bot.assistant) == [("discord", "fr")]


async def test_i20_7_member_leaving_the_guild_is_a_departure(discord_bot: DiscordHarness) -> None:
    assistant = discord_bot.assistant
    await discord_bot.say_in_dm("aide")
    lea = str(discord_bot.lea.id)
    leaving = SimpleNamespace(guild_id=discord_bot.guild.id, user=SimpleNamespace(id=lea))
    await discord_bot.client.on_raw_member_remove(leaving)  # type: ignore[arg-type]
    assert person(assistant, "discord", lea).status == "left"
    rows = departures(assistant)
    assert [r.kind for r in rows] == ["departure.grace", "departure.left"]
    assert rows[1].platform == "discord" and rows[1].recipient == str(discord_bot.staff.id)
    # Another guild's member, or someone never met: nothing happens.
    stranger = SimpleNamespace(guild_id=discord_bot.other_guild.id, user=SimpleNamespace(id=lea))
    await discord_bot.client.on_raw_member_remove(stranger)  # type: ignore[arg-type]
    assert len(departures(assistant)) == 2


async def test_i20_1_slack_home_opened_first_shows_the_notice_on_top_once(
    slack: SlackHarness,
) -> None:
    from tests.adapters.test_i14_4_home import open_home

    home = await open_home(slack, "U-CM")
    assert "Avant de commencer" in home and NOTICE_STARTS[0] in home
    assert home.index(NOTICE_STARTS[0]) < home.index("Ateliers en cours")
    assert seen(slack.adapter.assistant) == [("slack", "fr")]
    opened = {"type": "app_home_opened", "user": "U-CM", "channel": "DU-CM", "tab": "home"}
    await slack.event(opened, event_id="Ev-home-again")
    again = await slack.api.wait_for("views.publish", 2)
    assert NOTICE_STARTS[0] not in str(again[-1].params["view"])
