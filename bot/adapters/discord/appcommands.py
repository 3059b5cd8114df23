"""The app commands: `/ambassade <command>` mirrors the Slack `/ambassade` words.

Names are the French command words, localised in English (`/ambassade aide`
is `/ambassade help` for an English-speaking Discord); descriptions come from
the message catalogue. `/demander` (`/ask`) puts a question to the knowledge
base. They are registered per configured guild, so they appear at once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str

from bot.adapters.discord.translate import command_text
from bot.core.skills import CommandSpec, SkillRegistry
from prompts.catalog import text

log = logging.getLogger(__name__)

GROUP_NAME = "ambassade"
MAX_SUBCOMMANDS = 25
DESCRIPTION_LIMIT = 100
_VALID_NAME = re.compile(r"^[a-z0-9_-]{1,32}$")
ENGLISH_LOCALES = frozenset({discord.Locale.american_english, discord.Locale.british_english})

OnCommand = Callable[[discord.Interaction, str], Awaitable[None]]


class CatalogTranslator(app_commands.Translator):
    """English names and descriptions are carried by each `locale_str` (`en=` extra)."""

    async def translate(
        self, string: locale_str, locale: discord.Locale, context: Any
    ) -> str | None:
        if locale in ENGLISH_LOCALES:
            return string.extras.get("en")
        return None


def localised(key: str, **values: Any) -> locale_str:
    """A catalogue text in French, with its English version as the `en` extra."""
    french = text("fr", key, **values)[:DESCRIPTION_LIMIT]
    return locale_str(french, en=text("en", key, **values)[:DESCRIPTION_LIMIT])


def english_word(spec: CommandSpec) -> str:
    """The first ASCII alias that is a valid command name (`aide` → `help`), else the name."""
    return next((a for a in spec.aliases if a.isascii() and _VALID_NAME.fullmatch(a)), spec.name)


def _subcommand(spec: CommandSpec, on_command: OnCommand, parent: app_commands.Group):
    word = spec.name

    @app_commands.rename(texte=locale_str("texte", en="text"))
    @app_commands.describe(texte=localised("discord.option_text"))
    async def callback(interaction: discord.Interaction, texte: str | None = None) -> None:
        await on_command(interaction, command_text(word, texte))

    return app_commands.Command(
        name=locale_str(word, en=english_word(spec)),
        description=localised(spec.summary),
        callback=callback,
        parent=parent,
    )


def build_group(registry: SkillRegistry, on_command: OnCommand) -> app_commands.Group:
    group = app_commands.Group(
        name=locale_str(GROUP_NAME), description=localised("discord.group_description")
    )
    specs = [s for s in registry.command_specs() if _VALID_NAME.fullmatch(s.name)]
    if len(specs) > MAX_SUBCOMMANDS:
        dropped = ", ".join(s.name for s in specs[MAX_SUBCOMMANDS:])
        log.warning("Discord allows %d subcommands: %s left out", MAX_SUBCOMMANDS, dropped)
    for spec in specs[:MAX_SUBCOMMANDS]:
        group.add_command(_subcommand(spec, on_command, group))
    return group


def build_ask(on_command: OnCommand) -> app_commands.Command[Any, Any, Any]:
    @app_commands.rename(question=locale_str("question", en="question"))
    @app_commands.describe(question=localised("discord.option_question"))
    async def callback(interaction: discord.Interaction, question: str) -> None:
        await on_command(interaction, question)

    return app_commands.Command(
        name=locale_str("demander", en="ask"),
        description=localised("discord.ask_description"),
        callback=callback,
    )


async def register(
    tree: app_commands.CommandTree[Any],
    registry: SkillRegistry,
    guild_ids: list[int],
    on_command: OnCommand,
    *,
    sync: bool,
) -> None:
    """Add the commands to each guild; with `sync`, publish them to Discord."""
    await tree.set_translator(CatalogTranslator())
    guilds = [discord.Object(id=g) for g in guild_ids]
    if not guilds:
        log.warning("no client has a Discord guild: no app command registered")
        return
    tree.add_command(build_group(registry, on_command), guilds=guilds, override=True)
    tree.add_command(build_ask(on_command), guilds=guilds, override=True)
    if not sync:
        return
    for guild in guilds:
        try:
            published = await tree.sync(guild=guild)
            log.info("Discord guild %s: %d app commands published", guild.id, len(published))
        except discord.HTTPException as exc:
            log.error(
                "Discord guild %s: app commands not published (%s); is the bot invited "
                "there with the applications.commands scope?",
                guild.id,
                exc,
            )
