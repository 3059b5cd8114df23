"""The Discord bot driven through dpytest: mentions, DMs, roles, long answers, handoffs."""

from __future__ import annotations

from tests.adapters.discord_harness import DiscordHarness, discord_bot

__all__ = ["discord_bot"]


async def test_discord_mention_gets_help_in_the_channel(discord_bot: DiscordHarness) -> None:
    await discord_bot.say("aide")
    [answer] = discord_bot.sent_to(discord_bot.general.id)
    assert "Voici ce que je peux faire" in answer.content
    assert answer.payload["message_reference"]["message_id"]
    assert answer.payload["allowed_mentions"]["parse"] == []
