"""The app commands: `/ambassade <command>` mirrors the Slack `/ambassade` words.

Names are the French command words, localised in English (`/ambassade aide`
is `/ambassade help` for an English-speaking Discord); descriptions come from
the message catalogue. `/demander` (`/ask`) puts a question to the knowledge
base. They are registered per configured guild, so they appear at once: at start for
every guild a client names, then for a guild that gets a client while the bot runs (the
bot joins it, or a client file starts naming it), without a restart.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str

from bot.adapters.discord.translate import command_text
from bot.core.registry import CommandSpec, SkillRegistry
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


class CommandPublisher:
    """The app commands of each client's guild: added to the tree, published to Discord.

    `publish` adds the commands to guilds that do not have them yet and, with `sync`,
    publishes them there; a guild whose publication failed (the bot is not in it yet, or
    lacks the applications.commands scope) is tried again by the next `publish` naming it.
    """

    def __init__(
        self,
        tree: app_commands.CommandTree[Any],
        registry: SkillRegistry,
        on_command: OnCommand,
        *,
        sync: bool,
    ) -> None:
        self.tree = tree
        self.sync = sync
        self.commands = (build_group(registry, on_command), build_ask(on_command))
        self.added: set[int] = set()
        self.published: set[int] = set()

    async def start(self, guild_ids: Iterable[int]) -> None:
        await self.tree.set_translator(CatalogTranslator())
        guilds = list(guild_ids)
        if not guilds:
            log.warning("no client has a Discord guild yet: no app command registered")
        await self.publish(guilds)

    async def publish(self, guild_ids: Iterable[int]) -> list[int]:
        """Give these guilds the commands; returns those published now."""
        wanted = [g for g in dict.fromkeys(guild_ids) if g not in self.published]
        new = [discord.Object(id=g) for g in wanted if g not in self.added]
        if new:
            for command in self.commands:
                self.tree.add_command(command, guilds=new, override=True)
            self.added.update(g.id for g in new)
        if not self.sync:
            return []
        done = [g for g in wanted if await self._sync(g)]
        self.published.update(done)
        return done

    async def _sync(self, guild_id: int) -> bool:
        try:
            published = await self.tree.sync(guild=discord.Object(id=guild_id))
        except discord.HTTPException as exc:
            log.error(
                "Discord guild %s: app commands not published (%s); is the bot invited "
                "there with the applications.commands scope?",
                guild_id,
                exc,
            )
            return False
        log.info("Discord guild %s: %d app commands published", guild_id, len(published))
        return True
