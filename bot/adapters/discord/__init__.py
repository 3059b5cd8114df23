"""The Discord adapter: translate Discord events to `Incoming`, render `Reply` objects."""

from bot.adapters.discord.runner import DiscordConfigError, discord_problems, run_discord

__all__ = ["DiscordConfigError", "discord_problems", "run_discord"]
