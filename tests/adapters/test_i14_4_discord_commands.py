"""Issue 14, item 4: a guild that gets a client while the bot runs gets its app commands.

They used to be published per guild only at start. Now: when the bot joins a guild a
client file names, and, for a guild it is already in, at the next look after a client
file starts naming it. Published through the fake Discord API on loopback.
"""

from __future__ import annotations

import asyncio

import discord
import discord.ext.test.backend as back

from bot.tenants import ClientConfig, RoleMapping
from tests.adapters.discord_harness import DiscordHarness, discord_bot, publish_through

__all__ = ["discord_bot"]


async def publishing(discord_bot: DiscordHarness) -> DiscordHarness:
    client = discord_bot.client
    await publish_through(client, client.http._HTTPClient__session)  # type: ignore[attr-defined]
    assert await client.publish_new_guilds() == [discord_bot.guild.id]  # as at start
    return discord_bot


def beta(*guilds: int) -> ClientConfig:
    return ClientConfig(
        name="beta",
        display_name="Beta Cycles",
        discord={"guilds": [str(g) for g in guilds]},
        roles=RoleMapping(default="community_manager"),
    )


async def test_i14_4_a_guild_named_by_a_new_client_file_gets_its_commands(
    discord_bot: DiscordHarness,
) -> None:
    bot = await publishing(discord_bot)
    other = bot.other_guild
    assert await bot.client.publish_new_guilds() == []  # nothing new: nothing published
    bot.client.ambassade.clients.save(beta(other.id))  # written while the bot runs
    assert await bot.client.publish_new_guilds() == [other.id]
    published = bot.api.published()
    assert published[str(other.id)] == ["ambassade", "demander"]
    assert list(published) == [str(bot.guild.id), str(other.id)]  # Acme's not sent again
    # The command works there at once, for the new client.
    await bot.app_command("aide", guild=other, member=other.members[0])
    # Their first words there: the notice (issue 20) answers the interaction, then the help.
    [notice] = [c for c in bot.api.notices if c.kind == "callback"]
    assert "Beta Cycles" in notice.data["content"]
    for _ in range(250):
        followups = [c for c in bot.api.calls if c.kind == "followup"]
        if followups:
            break
        await asyncio.sleep(0.02)
    assert "Beta Cycles" in " ".join(str(f.data.get("content")) for f in followups)


async def test_i14_4_joining_a_clients_guild_publishes_its_commands(
    discord_bot: DiscordHarness,
) -> None:
    bot = await publishing(discord_bot)
    future_id = 4_242_424_242
    bot.client.ambassade.clients.save(beta(future_id))  # named before the bot is invited
    back.make_guild("Beta", id_num=future_id)  # the bot is invited: GUILD_CREATE
    await bot.settle()
    for _ in range(100):
        if str(future_id) in bot.api.published():
            break
        await asyncio.sleep(0.02)
    assert bot.api.published()[str(future_id)] == ["ambassade", "demander"]
    tree = bot.client.tree
    assert tree.get_command("ambassade", guild=discord.Object(future_id)) is not None


async def test_i14_4_joining_a_guild_no_client_names_publishes_nothing(
    discord_bot: DiscordHarness,
) -> None:
    bot = await publishing(discord_bot)
    back.make_guild("Inconnu", id_num=5_151_515_151)
    await bot.settle()
    await asyncio.sleep(0.1)
    assert list(bot.api.published()) == [str(bot.guild.id)]


async def test_i14_4_the_client_watch_publishes_without_being_asked(
    discord_bot: DiscordHarness,
) -> None:
    bot = await publishing(discord_bot)
    bot.client.watch_every = 0.05
    await bot.client.setup_hook()  # starts the watch, as a real start does
    try:
        bot.client.ambassade.clients.save(beta(bot.other_guild.id))
        for _ in range(200):
            if str(bot.other_guild.id) in bot.api.published():
                break
            await asyncio.sleep(0.02)
        assert str(bot.other_guild.id) in bot.api.published()
    finally:
        await bot.client.stop_watching()
