"""`ambassade chat` and `ambassade demo`: the bot in the terminal."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import typer

from bot.cli.cli_texts import tell
from bot.cli.common import LANG_ENV, fail, load_client, say, set_cli_language
from bot.cli.text_input import read_script, read_stdin, stdin_lines
from bot.logging_setup import quiet_stderr
from bot.settings import get_settings
from bot.tenants import Role

# The assistant, the console adapter and the demo are imported when a command runs:
# `ambassade --help` and every other command stay quick.

_ROLES = ", ".join(r.value for r in Role)


def _check_role(role: str | None) -> None:
    if role is not None and role not in {r.value for r in Role}:
        fail(tell("chat.bad_role", roles=_ROLES, value=role))


def _person_language(lang: str | None) -> str | None:
    """The language asked for this person: the command's --lang, else `ambassade --lang` /
    AMBASSADE_LANG when given; None lets their saved choice or the client's language decide.

    One language for each person: the CLI's own messages follow it too.
    """
    if lang is not None:
        if lang not in ("fr", "en"):
            fail(say("bad_lang", value=lang))
        set_cli_language(lang)
        return lang
    return os.environ.get(LANG_ENV) or None


async def _converse(
    client: str,
    user: str,
    role: str | None,
    lang: str | None,
    script_lines: list[str] | None,
    greet: bool,
    piped_lines: list[str] | None = None,
) -> None:
    from bot.adapters.console import ConsoleSession
    from bot.adapters.console_loop import HISTORY_FILE, ConsoleLoop
    from bot.assistant import Assistant
    from bot.core.messages import Platform

    settings = get_settings()
    assistant = Assistant.build(settings)
    try:
        session = ConsoleSession(assistant, client=client, user_id=user, role=role)
        loop = ConsoleLoop(
            assistant,
            session,
            write=typer.echo,
            image_dir=settings.home / "console",
            start_language=lang,
        )
        assistant.services.scheduler.run(assistant.handle, loop.deliver, platform=Platform.CONSOLE)
        if greet:
            await loop.greet()
        if script_lines is not None:
            await loop.run_lines(script_lines, echo=True, script=True)
        elif piped_lines is not None:
            await loop.run_lines(piped_lines, echo=False, script=False)
        elif sys.stdin.isatty():
            await loop.run_interactive(history=settings.home / HISTORY_FILE)
        else:
            await loop.run_lines(stdin_lines(), echo=False, script=False)
    finally:
        await assistant.aclose()


def _run(
    client: str,
    user: str,
    role: str | None,
    lang: str | None,
    lines,
    greet: bool,
    piped_lines: list[str] | None = None,
) -> None:
    """Run a conversation; Ctrl-C ends it at once, without a traceback."""
    from bot.adapters.console_loop import INTERRUPTED, ConsoleInterrupted

    try:
        asyncio.run(_converse(client, user, role, lang, lines, greet, piped_lines))
    except (KeyboardInterrupt, ConsoleInterrupted) as exc:
        if isinstance(exc, KeyboardInterrupt):  # while the bot was working, not at the prompt
            typer.echo(tell("chat.interrupted"), err=True)
        raise typer.Exit(INTERRUPTED) from None


def chat(
    client: str = typer.Option(..., "--client", "-c", help="The client (program) to talk to."),
    user: str = typer.Option(..., "--user", "-u", help="Who you are (a user id)."),
    role: str = typer.Option(
        None, "--role", "-r", help=f"Act with this role ({_ROLES}); default: from the config."
    ),
    lang: str = typer.Option(
        None, "--lang", help="fr or en; default: your saved choice, else the client's language."
    ),
) -> None:
    """Talk to the bot in the terminal. Piped stdin is read one message per line.

    Choices show as numbered options: type the number. In a terminal, ↑/↓ recall earlier
    messages (history kept in $AMBASSADE_HOME/console-history); Ctrl-D or Ctrl-C ends the
    session. '@@lea message' speaks as lea ('@@hugo:facilitator …' also sets a role);
    '/fichier PATH' (or '/file PATH') sends a document, as a file shared in chat.
    """
    person_language = _person_language(lang)
    _check_role(role)
    load_client(client)
    quiet_stderr()
    _run(client, user, role, person_language, None, greet=sys.stdin.isatty())


def _script_lines(script: str) -> list[str]:
    if script == "-":
        return read_stdin().splitlines()
    path = Path(script)
    if not path.is_file():
        fail(tell("chat.script_not_found", path=path))
    try:
        return read_script(path)
    except OSError as exc:
        fail(tell("chat.script_unreadable", path=path, reason=exc.strerror or exc))


def _shown(path: Path) -> Path:
    """A path as typed from the current folder when it is under it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def demo(
    script: str = typer.Option(
        None, "--script", help="Run this scripted conversation ('-' for stdin) and print it."
    ),
    lang: str = typer.Option(None, "--lang", help="fr or en (default fr)."),
) -> None:
    """Set up the demo client (Cycles Colibri) and chat as its community manager.

    A script is read as UTF-8, else Latin-1; '@@lea message' speaks as lea and
    '/fichier PATH' sends a document, as in `ambassade chat`. With no terminal and nothing
    piped in (`make demo < /dev/null`, a CI job), the guided tour bot/demo/script-fr.txt
    plays instead of an empty conversation.
    """
    person_language = _person_language(lang)
    lines = _script_lines(script) if script else None
    piped = None if lines is not None or sys.stdin.isatty() else list(stdin_lines())
    from bot.cli.common import cli_language
    from bot.demo.setup import (
        DEMO_CLIENT,
        DEMO_MANAGER,
        SCRIPT_FR,
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
    typer.echo(ingest_summary(report, person_language or cli_language()))
    if piped == []:
        typer.echo(tell("chat.demo_tour", path=_shown(SCRIPT_FR)))
        lines, piped = read_script(SCRIPT_FR), None
    _run(DEMO_CLIENT, DEMO_MANAGER, None, person_language, lines, greet=True, piped_lines=piped)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("chat")(chat)
    app.command("demo")(demo)
