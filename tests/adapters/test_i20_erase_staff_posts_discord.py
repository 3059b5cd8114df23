"""Issue 20: a person's erasure (`oubli`) reaches what the bot posted in Discord's staff channel.

Léa is handed to the team from #general; the card and the message relayed once Marc
claimed it quote her. After OUBLI the bot edited both messages (dpytest's backend keeps
what a channel holds), and none of her words is left in #staff. An edit that fails (the
message was deleted) leaves a notice to remove them by hand.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import discord.ext.test.backend as back
from sqlmodel import select

from bot.store.posted import PostedMessage
from tests.adapters.discord_harness import DiscordHarness, all_text, discord_bot

__all__ = ["discord_bot"]  # the fixture these tests run on

ASK = "je voudrais parler à un humain, ma sacoche Zébulon fuit"
RELAYED = "La Zébulon est la grise, achetée près du lac Chambon"
HER_WORDS = ("Zébulon", "sacoche", "la grise", "lac Chambon")
ERASED = "🗑️ Relais n° 1 : contenu effacé à la demande de la personne (droit à l'effacement)."
BY_HAND = "supprimez-les à la main"


def record_edits(bot: DiscordHarness) -> list[tuple[int, int, dict[str, Any]]]:
    """Keep each message edit the bot makes (channel, message, payload)."""
    edits: list[tuple[int, int, dict[str, Any]]] = []
    http = bot.client.http
    original = http.edit_message

    async def edit_message(channel_id: int, message_id: int, **fields: Any) -> Any:
        # dpytest's backend reads the message from its caller's frame: pass it on.
        self = inspect.currentframe().f_back.f_locals.get("self")  # type: ignore[union-attr]  # noqa: F841
        edits.append((int(channel_id), int(message_id), fields["params"].payload))
        return await original(channel_id, message_id, **fields)

    http.edit_message = edit_message  # type: ignore[method-assign]
    return edits


def held_messages() -> dict[int, list[dict[str, Any]]]:
    """Every channel's messages as dpytest's backend keeps them (edits applied)."""
    assert back._cur_config is not None
    return back._cur_config.messages


def staff_channel(bot: DiscordHarness) -> list[dict[str, Any]]:
    """What #staff holds now."""
    return list(held_messages().get(bot.staff.id, []))


async def handed_over_and_relayed(bot: DiscordHarness) -> None:
    await bot.say(ASK)
    [card] = bot.sent_to(bot.staff.id)
    claim = card.components[0]
    await bot.click(card.payload, claim["custom_id"], member=bot.marc, channel=bot.staff)
    await bot.say(RELAYED)
    relayed = [s for s in bot.sent_to(bot.staff.id) if RELAYED in s.content]
    assert len(relayed) == 1 and "Relais n° 1" in relayed[0].content
    quoting = [
        m for m in staff_channel(bot) if "Zébulon" in json.dumps(m, ensure_ascii=False, default=str)
    ]
    assert len(quoting) == 2, "the card and the relay quote her"


async def forget(bot: DiscordHarness) -> None:
    await bot.say("oubli")
    await bot.say("OUBLI")
    done = bot.sent_to(bot.dm_channel_id(bot.lea))
    assert any("C'est fait" in all_text(s.payload) for s in done)


async def test_i20_oubli_edits_the_card_and_the_relayed_message_in_discord(
    discord_bot: DiscordHarness,
):
    bot = discord_bot
    edits = record_edits(bot)
    await handed_over_and_relayed(bot)
    with bot.assistant.services.db.session() as session:
        recorded = session.exec(select(PostedMessage)).all()
        refs = sorted((r.about, r.channel_id) for r in recorded)
        ids = {int(r.message_id) for r in recorded}
    assert refs == [("handoff_card", str(bot.staff.id)), ("handoff_relay", str(bot.staff.id))]
    quoting = {
        int(m["id"])
        for m in staff_channel(bot)
        if "Zébulon" in json.dumps(m, ensure_ascii=False, default=str)
    }
    assert ids == quoting

    await forget(bot)
    assert {(channel, message) for channel, message, _ in edits} == {
        (bot.staff.id, message) for message in ids
    }
    for _, _, payload in edits:
        assert payload["content"] == ERASED
        assert payload["embeds"] == [] and payload["components"] == []
    held = json.dumps(staff_channel(bot), ensure_ascii=False, default=str)
    assert [word for word in HER_WORDS if word in held] == []
    assert [m["content"] for m in staff_channel(bot)].count(ERASED) == 2
    assert BY_HAND not in held
    with bot.assistant.services.db.session() as session:
        assert session.exec(select(PostedMessage)).all() == []


async def test_i20_a_deleted_message_leaves_a_notice_in_discord(discord_bot: DiscordHarness):
    bot = discord_bot
    await handed_over_and_relayed(bot)
    # Someone deleted the relayed message by hand meanwhile: it cannot be edited.
    messages = held_messages()
    messages[bot.staff.id] = [
        m for m in messages[bot.staff.id] if RELAYED not in str(m.get("content"))
    ]

    await forget(bot)
    held = staff_channel(bot)
    assert [m["content"] for m in held].count(ERASED) == 1  # the card
    notices = [s for s in bot.sent_to(bot.staff.id) if BY_HAND in s.content]
    assert len(notices) == 1
    assert notices[0].content.startswith("🗑️ Relais n° 1 : la personne a demandé l'effacement")
    assert [w for w in HER_WORDS if w in json.dumps(held, ensure_ascii=False, default=str)] == []
