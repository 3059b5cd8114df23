"""Issue 13, item 3 on Discord: a channel everyone reads only shows public documents.

A community manager mentioning the bot in #general gets the public answer; the offer of
the full answer reaches them alone (Discord has no ephemeral messages outside
interactions: it comes by DM), and its button sends the full answer to their DM.
"""

from __future__ import annotations

import os
from pathlib import Path

import discord.ext.test as dpytest
import pytest

from bot.tenants import ClientDirectory
from tests.adapters.discord_harness import DiscordHarness, all_text, discord_bot
from tests.policy.audience_support import (
    INTERNAL_FACT,
    INTERNAL_QUESTION,
    SECRET_FACT,
    SECRET_QUESTION,
    ingest_by_sensitivity,
)

__all__ = ["discord_bot"]

FULL_ANSWER_BUTTON = "Recevoir la réponse complète en privé"


@pytest.fixture
def documented(discord_bot: DiscordHarness, tmp_path: Path) -> DiscordHarness:
    """acme's three layers of documents; #staff declared in `discord.staff_channels` only."""
    directory = ClientDirectory(discord_bot.settings.clients_dir)
    config = directory.get("acme")
    settings = config.discord.model_copy(
        update={"staff_channel": None, "staff_channels": [str(discord_bot.staff.id)]}
    )
    path = directory.save(config.model_copy(update={"discord": settings}), overwrite=True)
    later = path.stat().st_mtime + 5  # seen as changed whatever the clock's resolution
    os.utime(path, (later, later))
    ingest_by_sensitivity(discord_bot.assistant, "acme", tmp_path / "docs")
    return discord_bot


@pytest.mark.parametrize(
    ("question", "fact"), [(INTERNAL_QUESTION, INTERNAL_FACT), (SECRET_QUESTION, SECRET_FACT)]
)
async def test_i13_3_discord_public_channel_shows_public_only_and_sends_the_full_answer_by_dm(
    documented: DiscordHarness, question: str, fact: str
) -> None:
    bot = documented
    await bot.say(question, member=bot.marc)
    [answer] = bot.sent_to(bot.general.id)
    assert fact not in all_text(answer.payload)
    assert FULL_ANSWER_BUTTON not in all_text(answer.payload)

    dm = bot.dm_channel_id(bot.marc)
    [offer] = bot.sent_to(dm)
    assert "tout le monde peut lire" in all_text(offer.payload)
    [button] = [c for c in offer.components if FULL_ANSWER_BUTTON in c.get("label", "")]

    await bot.click(offer.payload, button["custom_id"], member=bot.marc, channel=None)
    private = bot.sent_to(dm)[1:]
    assert any(fact in all_text(p.payload) for p in private)
    assert "Réponse complète à" in all_text(private[0].payload)
    assert all(fact not in all_text(s.payload) for s in bot.sent_to(bot.general.id))
    calls = await bot.api.wait_for(2)  # the button marked as chosen, then the note
    assert any("vous attend en message privé" in all_text(c.data) for c in calls)


async def test_i13_3_discord_someone_else_cannot_get_the_full_answer(
    documented: DiscordHarness,
) -> None:
    bot = documented
    await bot.say(SECRET_QUESTION, member=bot.marc)
    [offer] = bot.sent_to(bot.dm_channel_id(bot.marc))
    [button] = [c for c in offer.components if FULL_ANSWER_BUTTON in c.get("label", "")]
    await bot.click(offer.payload, button["custom_id"], member=bot.lea)
    calls = await bot.api.wait_for(2)
    assert any("Seule la personne" in all_text(c.data) for c in calls)
    assert all(SECRET_FACT not in all_text(c.payload) for c in calls)
    assert all(SECRET_FACT not in all_text(s.payload) for s in bot.sent)


async def test_i13_3_discord_staff_channel_and_app_command_show_the_full_answer(
    documented: DiscordHarness,
) -> None:
    bot = documented
    # discord.staff_channels: only staff read it.
    await dpytest.message(
        f"<@{bot.client.user.id}> {SECRET_QUESTION}", channel=bot.staff, member=bot.marc
    )
    await bot.settle()
    [answer] = bot.sent_to(bot.staff.id)
    assert SECRET_FACT in all_text(answer.payload)
    assert FULL_ANSWER_BUTTON not in all_text(answer.payload)

    # An app command in #general is answered to the asker alone (ephemeral): all of it.
    await bot.app_command(None, SECRET_QUESTION, member=bot.marc)
    calls = await bot.api.wait_for(1)
    assert SECRET_FACT in all_text(calls[-1].data)
    assert calls[-1].data["flags"] & 64  # ephemeral


async def test_i13_3_discord_ambassador_in_a_dm_gets_public_only(
    documented: DiscordHarness,
) -> None:
    bot = documented
    await bot.say("bonjour")  # Léa is known in the guild first
    await bot.say_in_dm(SECRET_QUESTION)
    answers = bot.sent_to(bot.dm_channel_id(bot.lea))
    shown = " ".join(all_text(s.payload) for s in answers)
    assert answers and SECRET_FACT not in shown and FULL_ANSWER_BUTTON not in shown
