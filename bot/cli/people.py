"""`ambassade people …`: import a roster, list and show people, link two identities, mark
someone as gone (`leave`) or back (`return`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.common import cli_language, fail, load_client, plural
from bot.people.errors import RosterError
from bot.people.refs import PersonRefError, parse_person_ref
from bot.settings import get_settings
from prompts.catalog import text

# The roster (and the database) is imported by the command that needs it: `--help` loads
# no database code.
if TYPE_CHECKING:
    from bot.people.roster import PersonView, Roster
    from bot.people.roster_csv import LineProblem

ROSTER_HEADER = "platform,user_id,name,email,groups,timezone,language"

people_app = typer.Typer(
    help="The people of a program: roster import, list, show, link.", no_args_is_help=True
)
console = Console()


def say(key: str, **values: object) -> str:
    return text(cli_language(), f"people.cli.{key}", **values)


@contextmanager
def roster() -> Iterator[Roster]:
    from bot.people.roster import Roster
    from bot.store import Database

    db = Database(get_settings().effective_database_url())
    try:
        db.migrate()
        yield Roster(db)
    finally:
        db.dispose()


def problem_text(problem: LineProblem) -> str:
    reason = say(f"problems.{problem.code}", **problem.values)
    return say("problem_line", line=problem.line, reason=reason) if problem.line else reason


@people_app.command("import")
def import_roster(
    path: Path = typer.Argument(..., help=f"A CSV file with the header {ROSTER_HEADER}."),
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    skip_bad: bool = typer.Option(
        False, "--skip-bad", help="Import the good lines even when some lines are bad."
    ),
) -> None:
    """Add or update people from a roster file: all or nothing, unless --skip-bad.

    Groups are separated by ';'. A person on both platforms (same e-mail) becomes one person.
    """
    from bot.people.roster_csv import read_roster

    config = load_client(client)
    if not path.is_file():
        fail(say("not_found", path=path))
    parsed = read_roster(path)
    if parsed.file_problem is not None:
        fail(problem_text(parsed.file_problem))
    for problem in parsed.problems:
        console.print(f"[red]✗[/] {problem_text(problem)}", highlight=False)
    if parsed.problems and not skip_bad:
        fail(say("nothing_imported", bad=plural(len(parsed.problems), "line")))
    if not parsed.entries:
        fail(say("empty"))
    with roster() as people:
        report = people.import_entries(config.name, parsed.entries)
    console.print(
        say(
            "imported",
            created=report.created,
            updated=report.updated,
            skipped=plural(len(parsed.problems), "line"),
        ),
        highlight=False,
    )
    for identity in report.linked:
        console.print(say("linked_by_email", identity=identity), highlight=False)


@people_app.command("list")
def list_people(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    as_json: bool = typer.Option(False, "--json", help="One JSON array of people."),
) -> None:
    """Everyone the program knows, with their platform identities."""
    config = load_client(client)
    with roster() as people:
        everyone = people.everyone(config.name)
    if as_json:
        typer.echo(json.dumps([view.as_json() for view in everyone], ensure_ascii=False))
        return
    if not everyone:
        console.print(say("none_yet", client=config.title), highlight=False)
        return
    table = Table(title=say("title", client=config.title, count=len(everyone)))
    for column in ("name", "identities", "email", "groups", "timezone", "status"):
        table.add_column(say(f"columns.{column}"))
    for view in everyone:
        person = view.person
        table.add_row(
            person.name or "–",
            "\n".join(f"{i.platform}:{i.user_id}" for i in view.identities),
            person.email or "–",
            ", ".join(person.groups) or "–",
            person.timezone or f"({config.people.timezone})",
            person.status,
        )
    console.print(table)


@people_app.command("show")
def show(
    person: str = typer.Argument(..., help="PLATFORM:USER_ID (slack:U0ABC123) or an e-mail."),
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    as_json: bool = typer.Option(False, "--json", help="The person as JSON."),
) -> None:
    """One person: identities, groups, time zone, quiet hours, status."""
    config = load_client(client)
    view = _find(config.name, person)
    if as_json:
        typer.echo(json.dumps(view.as_json(), ensure_ascii=False))
        return
    row = view.person
    quiet = row.quiet_hours or config.people.quiet_hours.model_dump()
    lines = [
        (say("columns.name"), row.name or "–"),
        (
            say("columns.identities"),
            ", ".join(f"{i.platform}:{i.user_id}" for i in view.identities),
        ),
        (say("columns.email"), row.email or "–"),
        (say("columns.groups"), ", ".join(row.groups) or "–"),
        (say("columns.language"), row.language or f"({config.language})"),
        (say("columns.timezone"), row.timezone or f"({config.people.timezone})"),
        (say("columns.quiet_hours"), say("quiet", **{k: str(v) for k, v in quiet.items()})),
        (say("columns.status"), row.status),
    ]
    for label, value in lines:
        console.print(f"[bold]{label}[/] {value}", highlight=False)


@people_app.command("link")
def link(
    keep: str = typer.Argument(..., help="The person to keep (PLATFORM:USER_ID or e-mail)."),
    other: str = typer.Argument(..., help="The same human on another platform."),
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
) -> None:
    """Make two identities one person (the same human on Slack and Discord)."""
    config = load_client(client)
    try:
        keep_ref, other_ref = parse_person_ref(keep), parse_person_ref(other)
    except PersonRefError as exc:
        fail(say("bad_ref", detail=str(exc)))
    with roster() as people:
        try:
            view = people.link(config.name, keep_ref, other_ref)
        except RosterError as exc:
            fail(str(exc))
    identities = ", ".join(f"{i.platform}:{i.user_id}" for i in view.identities)
    console.print(say("linked", name=view.person.name or keep, identities=identities))


@people_app.command("leave")
def leave_program(
    person: str = typer.Argument(..., help="PLATFORM:USER_ID (slack:U0ABC123) or an e-mail."),
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
) -> None:
    """The person left the program (status left): nothing more is sent to them, the
    community managers are told, and reminded after the grace period that they may erase."""
    from bot.notices.departure import leave

    config = load_client(client)
    view = _find(config.name, person)
    name = view.person.name or person
    platform = view.identities[0].platform if view.identities else "console"
    with roster() as people, people.db.session() as session:
        assert view.person.id is not None
        departure = leave(session, config, view.person.id, how="roster", platform=platform)
    if departure is None:
        console.print(say("already_left", name=name), highlight=False)
        return
    key = "left" if departure.staff_told else "left_untold"
    console.print(say(key, name=name, cancelled=departure.cancelled), highlight=False)


@people_app.command("return")
def return_to_program(
    person: str = typer.Argument(..., help="PLATFORM:USER_ID (slack:U0ABC123) or an e-mail."),
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
) -> None:
    """The person who left is back (status active): the bot may write to them again; what
    was cancelled when they left is not sent."""
    from bot.notices.departure import come_back

    config = load_client(client)
    view = _find(config.name, person)
    name = view.person.name or person
    with roster() as people, people.db.session() as session:
        assert view.person.id is not None
        back = come_back(session, config, view.person.id)
    console.print(say("returned" if back else "not_left", name=name), highlight=False)


def _find(client: str, person: str) -> PersonView:
    try:
        ref = parse_person_ref(person)
    except PersonRefError as exc:
        fail(say("bad_ref", detail=str(exc)))
    with roster() as people:
        view = people.find(client, ref)
    if view is None:
        fail(say("unknown", person=person))
    return view


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.add_typer(people_app, name="people")
