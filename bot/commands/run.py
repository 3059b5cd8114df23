"""`ambassade run`: start the chat platforms that are configured."""

from __future__ import annotations

import logging

import typer

from bot.commands.common import client_directory, fail
from bot.settings import get_settings
from bot.store import Database

log = logging.getLogger(__name__)


def run() -> None:
    """Start the bot on every platform that has its tokens set.

    Applies database migrations and checks client files first. Slack needs
    SLACK_BOT_TOKEN (+ SLACK_APP_TOKEN or --http), Discord DISCORD_BOT_TOKEN.
    """
    settings = get_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    Database(settings.effective_database_url()).migrate()
    configs, errors = client_directory().load_all()
    for error in errors:
        log.error("client file not loaded: %s", error)
    log.info("%d client(s) ready: %s", len(configs), ", ".join(c.name for c in configs) or "-")
    fail(
        "no chat platform adapter is available in this version yet; "
        "use 'ambassade chat --client NAME --user ID' for the console",
        code=1,
    )


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("run")(run)
