"""`ambassade chat` and `ambassade demo`: the bot in the terminal."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import typer

from bot.commands.common import fail, load_client
from bot.logging_setup import quiet_stderr
from bot.settings import get_settings
from bot.tenants import Role

# The assistant, the console adapter and the demo are imported when a command runs:
# `ambassade --help` and every other command stay quick.

_ROLES = ", ".join(r.value for r in Role)


def _check_role(role: str | None) -> None:
    if role is not None and role not in {r.value for r in Role}:
        fail(f"--role must be one of {_ROLES}, not '{role}'")


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in ("fr", "en"):
        fail(f"--lang must be 'fr' or 'en', not '{lang}'")


async def _converse(
    client: str,
    user: str,
    role: str | None,
    lang: str | None,
    script_lines: list[str] | None,
    greet: bool,
) -> None:
    from bot.adapters.console import ConsoleSession
    from bot.adapters.console_loop import ConsoleLoop
    from bot.assistant import Assistant
    from bot.core.messages import Platform

    settings = get_settings()
    assistant = Assistant.build(settings)
    try:
        session = ConsoleSession(assistant, client=client, user_id=user, role=role, language=lang)
        loop = ConsoleLoop(
            assistant, session, write=typer.echo, image_dir=settings.home / "console"
        )
        assistant.services.scheduler.run(assistant, loop.deliver, platform=Platform.CONSOLE)
        if greet:
            await loop.greet()
        if script_lines is not None:
            await loop.run_lines(script_lines, echo=True, script=True)
        elif sys.stdin.isatty():
            await loop.run_interactive()
        else:
            await loop.run_lines(sys.stdin, echo=False, script=False)
    finally:
        await assistant.aclose()


def chat(
    client: str = typer.Option(..., "--client", "-c", help="The client (program) to talk to."),
    user: str = typer.Option(..., "--user", "-u", help="Who you are (a user id)."),
    role: str = typer.Option(
        None, "--role", "-r", help=f"Act with this role ({_ROLES}); default: from the config."
    ),
    lang: str = typer.Option(None, "--lang", help="fr or en; default: the client's language."),
) -> None:
    """Talk to the bot in the terminal. Piped stdin is read one message per line.

    Choices show as numbered options: type the number. Ctrl-D ends the session.
    """
    _check_role(role)
    _check_lang(lang)
    load_client(client)
    quiet_stderr()
    asyncio.run(_converse(client, user, role, lang, None, greet=sys.stdin.isatty()))


def demo(
    script: str = typer.Option(
        None, "--script", help="Run this scripted conversation ('-' for stdin) and print it."
    ),
    lang: str = typer.Option(None, "--lang", help="fr or en (default fr)."),
) -> None:
    """Set up the demo client (Cycles Colibri) and chat as its community manager."""
    _check_lang(lang)
    from bot.demo.setup import (
        DEMO_CLIENT,
        DEMO_MANAGER,
        ingest_demo_documents,
        ingest_summary,
        install_demo,
    )
    from bot.services import knowledge_base_for

    settings = get_settings()
    config = install_demo(settings)
    quiet_stderr()
    knowledge = knowledge_base_for(settings)
    report = ingest_demo_documents(knowledge, config)
    knowledge.close()
    typer.echo(ingest_summary(report, lang or config.language))
    lines: list[str] | None = None
    if script == "-":
        lines = sys.stdin.read().splitlines()
    elif script:
        path = Path(script)
        if not path.is_file():
            fail(f"script not found: {path}")
        lines = path.read_text(encoding="utf-8").splitlines()
    asyncio.run(_converse(DEMO_CLIENT, DEMO_MANAGER, None, lang, lines, greet=True))


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("chat")(chat)
    app.command("demo")(demo)
