"""`ambassade clients …`: add, list and show the configured clients."""

from __future__ import annotations

import sys

import typer
import yaml
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.cli.cli_texts import tell
from bot.cli.common import cli_language, client_directory, fail, load_client, say
from bot.tenants import (
    ClientConfig,
    ClientExists,
    ConfidentialTerm,
    WorkspaceConflict,
    describe_problems,
)
from bot.texts.cli_documents import t as documents_text
from knowledge.marking_ambassadors import names_staff
from prompts.catalog import text

clients_app = typer.Typer(
    help="Manage clients (one ambassador program each).", no_args_is_help=True
)
console = Console()


@clients_app.command("add")
def add(
    name: str = typer.Argument(..., help="Short name: lower-case letters, digits, '-' or '_'."),
    lang: str = typer.Option("fr", "--lang", help="Default language of the bot: fr or en."),
    display_name: str = typer.Option(None, "--display-name", help="Name shown to people."),
    slack_team: list[str] = typer.Option(None, "--slack-team", help="Slack team id (repeatable)."),
    discord_guild: list[str] = typer.Option(
        None, "--discord-guild", help="Discord guild id (repeatable)."
    ),
    confidential_term: list[str] = typer.Option(
        None, "--confidential-term", help="A term that must never leave (repeatable)."
    ),
    slack_staff_channel: list[str] = typer.Option(
        None,
        "--slack-staff-channel",
        help="A Slack channel id only staff can read: answers there may use every document "
        "(repeatable). Elsewhere, public documents only.",
    ),
    discord_staff_channel: list[str] = typer.Option(
        None,
        "--discord-staff-channel",
        help="A Discord channel id only staff can read (repeatable).",
    ),
    ambassador_name: list[str] = typer.Option(
        None,
        "--ambassador-name",
        help="What the program calls its ambassadors in its documents, e.g. 'Isards' "
        "(repeatable): a document 'réservé aux Isards' is then theirs. Without it, such a "
        "document stays closed to ambassadors.",
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing client."),
    ask: bool = typer.Option(
        True,
        "--ask/--no-ask",
        help="At a terminal, ask for what is missing that changes who may read a document "
        "(the ambassadors' names). --no-ask never asks.",
    ),
) -> None:
    """Create a client's configuration file in $AMBASSADE_HOME/clients/."""
    if lang not in ("fr", "en"):
        fail(say("bad_lang", value=lang))
    if not ambassador_name and ask and _at_terminal():
        ambassador_name = _asked_names()
    try:
        config = ClientConfig(
            name=name,
            display_name=display_name,
            language=lang,
            # Plain data, so that an error names the whole key ("discord.staff_channels").
            slack={"teams": slack_team or [], "staff_channels": slack_staff_channel or []},
            discord={
                "guilds": [str(g) for g in discord_guild or []],
                "staff_channels": discord_staff_channel or [],
            },
            confidential_terms=[ConfidentialTerm(term=t) for t in confidential_term or []],
            ambassador_names=ambassador_name or [],
        )
    except ValidationError as exc:
        fail(tell("clients.invalid", problems="; ".join(describe_problems(exc))))
    directory = client_directory()
    taken = _teams_taken(directory, config)
    if taken:
        fail(taken)
    try:
        path = directory.save(config, overwrite=force)
    except ClientExists:
        fail(tell("clients.exists", name=name, path=directory.directory / f"{name}.yaml"))
    console.print(tell("clients.saved", name=name, path=path))
    if not config.ambassador_names:
        # Without it, a document "réservé aux Isards" stays closed to the Isards themselves.
        console.print(escape(tell("clients.names_tip", name=name, path=path)), highlight=False)
    for staff_name in filter(names_staff, config.ambassador_names):
        warning = documents_text("ingest.staff_name", name=staff_name, client=config.name)
        console.print(f"[yellow]{escape(warning)}[/]", highlight=False, soft_wrap=True)


def _at_terminal() -> bool:
    return sys.stdin.isatty()


def _asked_names() -> list[str]:
    """The ambassadors' names, asked at a terminal: comma-separated, Enter for none."""
    answer = typer.prompt(tell("clients.names_question"), default="", show_default=False)
    return [name.strip() for name in answer.split(",") if name.strip()]


def _teams_taken(directory, config: ClientConfig) -> str | None:
    for other in directory.all():
        if other.name == config.name:
            continue
        if shared := set(other.slack.teams) & set(config.slack.teams):
            return tell("clients.team_taken", ids=", ".join(sorted(shared)), other=other.name)
        if shared := set(other.discord.guilds) & set(config.discord.guilds):
            return tell("clients.guild_taken", ids=", ".join(sorted(shared)), other=other.name)
    return None


@clients_app.command("list")
def list_clients() -> None:
    """List the configured clients (and any file that cannot be loaded)."""
    directory = client_directory()
    configs, errors = directory.load_all()
    if not configs and not errors:
        console.print(tell("clients.none_yet"))
        return
    conflicts = directory.conflicts()
    refused = {(c.platform, c.workspace) for c in conflicts}
    columns = [
        tell(f"clients.columns.{c}") for c in ("name", "display_name", "lang", "slack", "discord")
    ]
    table = Table(*columns, _audience_text("staff_channels"), tell("clients.columns.terms"))
    for c in configs:
        table.add_row(
            c.name,
            c.title,
            c.language,
            _workspaces("slack", c.slack.teams, refused),
            _workspaces("discord", c.discord.guilds, refused),
            ", ".join(_staff_channel_ids(c)) or "-",
            str(len(c.confidential_terms)),
        )
    console.print(table)
    for error in errors:
        console.print(f"[red]{tell('clients.not_loaded')}[/] {error}", highlight=False)
    for conflict in conflicts:
        console.print(_conflict_line(conflict), highlight=False)


def _audience_text(key: str, **values: str) -> str:
    return text(cli_language(), f"cliaudience.{key}", **values)


def _workspaces(platform: str, ids: list[str], refused: set[tuple[str, str]]) -> str:
    shown = [_audience_text("conflict_mark", id=i) if (platform, i) in refused else i for i in ids]
    return ", ".join(shown) or "-"


def _staff_channel_ids(config: ClientConfig) -> list[str]:
    sections = config.sections().values()
    return sorted({channel for section in sections for channel in section.staff_channel_ids()})


def _conflict_line(conflict: WorkspaceConflict) -> str:
    platform, workspace_id = conflict.platform, conflict.workspace
    if platform in ("slack", "discord"):
        workspace = _audience_text(f"kind.{platform}", id=workspace_id)
    else:
        workspace = _audience_text("kind.other", platform=platform, id=workspace_id)
    files = ", ".join(str(p) for p in conflict.paths)
    return _audience_text("conflict", workspace=workspace, files=files)


@clients_app.command("show")
def show(name: str = typer.Argument(..., help="The client's short name.")) -> None:
    """Print a client's configuration."""
    config = load_client(name)
    data = config.model_dump(mode="json")
    console.print(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), highlight=False)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.add_typer(clients_app, name="clients")
