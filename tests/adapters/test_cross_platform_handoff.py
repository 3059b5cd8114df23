"""Issue 15, item 3: a handoff from Discord reaches the staff where they work (Slack).

Both adapters run in one process against their fakes (dpytest + a fake interaction API
for Discord, a fake Slack Web API for Slack); the card, the claim and the staff's reply
go through Slack, and what the person is told arrives in Discord.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import pytest_asyncio
from aiohttp import web

from bot.adapters.slack.app import SlackAdapter
from bot.adapters.slack.runner import EVENTS_PATH, web_app
from bot.handoff.api import escalation_job_id
from bot.tenants import ClientDirectory
from tests.adapters.discord_harness import DiscordHarness, all_text, discord_bot
from tests.adapters.slack_harness import (
    HANDOFF_CHANNEL,
    SECRET,
    TEAM,
    USERGROUPS,
    USERS,
    SlackHarness,
    block_action,
    blocks_of,
    direct_message,
    message_container,
    slack_settings,
)
from tests.fakes.slack_api import FakeSlackAPI

__all__ = ["discord_bot"]  # the fixture this module builds on


@dataclass
class BothPlatforms:
    discord: DiscordHarness
    slack: SlackHarness


@pytest_asyncio.fixture
async def both(discord_bot: DiscordHarness) -> AsyncIterator[BothPlatforms]:
    """The Discord harness's bot, plus Slack for the staff, on one assistant."""
    directory = ClientDirectory(discord_bot.settings.clients_dir)
    config = directory.get("acme")
    config = config.model_copy(
        update={
            "slack": config.slack.model_copy(
                update={"teams": [TEAM], "handoff_channel": HANDOFF_CHANNEL}
            ),
            "discord": config.discord.model_copy(update={"staff_channel": None}),
            "handoff": config.handoff.model_copy(update={"contacts": ["U-BOSS"]}),
        }
    )
    directory.save(config, overwrite=True)
    assistant = discord_bot.assistant
    async with FakeSlackAPI(usergroups=USERGROUPS, users=USERS) as api:
        adapter = SlackAdapter(
            slack_settings(discord_bot.settings, api), assistant, working_delay=30
        )
        scheduler = assistant.services.scheduler
        scheduler.run(
            assistant.handle, discord_bot.client.ambassade.deliver_scheduled, platform="discord"
        )
        scheduler.run(assistant.handle, adapter.deliver_scheduled, platform="slack")
        runner = web.AppRunner(web_app(adapter.app, SECRET), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        async with aiohttp.ClientSession() as session:
            slack = SlackHarness(
                api, adapter, discord_bot.probe, f"http://{host}:{port}{EVENTS_PATH}", session
            )
            yield BothPlatforms(discord_bot, slack)
            await adapter.drain(5)
        await runner.cleanup()


async def test_i15_3_a_discord_handoff_is_carded_claimed_and_answered_in_slack(
    both: BothPlatforms,
) -> None:
    discord, slack = both.discord, both.slack
    await discord.say("je voudrais parler à un humain s'il vous plaît")

    # The card is in Slack's handoff channel, not in Discord.
    [card] = await slack.api.wait_for("chat.postMessage")
    assert card.params["channel"] == HANDOFF_CHANNEL
    assert "Relais n° 1" in str(card.params["blocks"]) and "discord" in str(card.params["blocks"])
    assert [s for s in discord.sent if s.channel_id == discord.staff.id] == []
    [told] = discord.sent_to(discord.general.id)
    assert "une personne de l'équipe" in all_text(told.payload)
    # Escalation follows the same path: the job delivers through Slack.
    job = discord.assistant.services.scheduler._scheduler.get_job(escalation_job_id(1))
    assert job is not None and job.kwargs["platform"] == "slack"

    # A community manager claims it in Slack; Léa hears of it in Discord.
    claim = blocks_of(card.params, "actions")[0]["elements"][0]
    where = message_container(card.params, "1690000100.000100")
    await slack.interact(block_action(claim, "b1", user="U-CM", where=where))
    assert await sent_to_lea(discord, "a pris votre demande")

    # The community manager answers from a Slack DM; the answer reaches Léa in Discord.
    await slack.event(direct_message("repondre 1 Bonjour Léa, je regarde ça.", user="U-CM"))
    assert await sent_to_lea(discord, "Bonjour Léa, je regarde ça.")


async def sent_to_lea(discord: DiscordHarness, words: str) -> bool:
    """Wait (bounded) until a DM to Léa holds `words`: the Slack side works in the background."""
    for _ in range(100):
        await discord.settle()
        channel = discord.lea.dm_channel
        if channel is not None and any(
            words in all_text(s.payload) for s in discord.sent_to(channel.id)
        ):
            return True
        await asyncio.sleep(0.05)
    return False


async def test_i20_erasing_a_discord_person_edits_the_card_in_slack(both: BothPlatforms) -> None:
    """The card about Léa (Discord) went to Slack: her `oubli` in Discord edits it there."""
    discord, slack = both.discord, both.slack
    await discord.say("je voudrais parler à un humain, ma sacoche Zébulon fuit")
    [card] = await slack.api.wait_for("chat.postMessage")
    assert "Zébulon" in str(card.params["blocks"])
    await discord.say("oubli")
    await discord.say("OUBLI")
    [update] = await slack.api.wait_for("chat.update")
    assert update.params["channel"] == HANDOFF_CHANNEL
    assert update.params["text"].startswith("🗑️ Relais n° 1 : contenu effacé")
    held = json.dumps(slack.api.history.messages(HANDOFF_CHANNEL), ensure_ascii=False)
    assert "Zébulon" not in held and "Relais n° 1 fermé" in held
