"""`ambassade solicitations …`: the commands; their work is in `solicitations_run`,
imported when a command runs so that `ambassade --help` loads no database code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

solicitations_app = typer.Typer(
    help="Solicitations: what the program asks its ambassadors (add, import, list, show, cancel).",
    no_args_is_help=True,
)

CLIENT = typer.Option(..., "--client", "-c", help="Configured client name.")
AS_JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _run() -> Any:
    from bot.cli import solicitations_run

    return solicitations_run


@solicitations_app.command("add")
def add(
    client: str = CLIENT,
    title: str = typer.Option(..., "--title", "-t", help="What is asked, in a few words."),
    kind: str = typer.Option(..., "--kind", "-k", help="A kind of the client (testimonial…)."),
    deadline: str = typer.Option(
        ..., "--deadline", "-d", help="ISO date-time, in the client's time zone unless it says."
    ),
    start: str = typer.Option(None, "--start", help="When it begins (an event's first hour)."),
    description: str = typer.Option(None, "--description", help="Details for the invitation."),
    places: str = typer.Option(None, "--places", help="People needed (default 1)."),
    group: list[str] = typer.Option(None, "--group", "-g", help="Target group (repeatable)."),
    person: list[str] = typer.Option(
        None, "--person", "-p", help="Target person: PLATFORM:USER_ID or e-mail (repeatable)."
    ),
    points: str = typer.Option(None, "--points", help="Points earned (default: the kind's)."),
    auto: bool = typer.Option(
        False, "--auto", help="Invite without waiting for the community manager's confirmation."
    ),
    as_json: bool = AS_JSON,
) -> None:
    """Plan one solicitation. Nothing is saved when any value is wrong.

    No --group and no --person: the whole program is the target.
    """
    _run().add(**locals())


@solicitations_app.command("import")
def import_file(
    path: Path = typer.Argument(
        ...,
        help="A calendar (.ics) or a CSV file with the header "
        "title,kind,deadline,start,description,places,groups,people,points,auto.",
    ),
    client: str = CLIENT,
    kind: str = typer.Option(
        None, "--kind", "-k", help="Kind of the events or lines that give none (.ics: event)."
    ),
    places: str = typer.Option(None, "--places", help="Places when a line gives none."),
    group: list[str] = typer.Option(None, "--group", "-g", help="Target group by default."),
    as_json: bool = AS_JSON,
) -> None:
    """Add solicitations from a calendar or a spreadsheet: all of them, or none.

    Every bad line or event is reported; a calendar imported again adds only new events.
    """
    _run().import_file(**locals())


@solicitations_app.command("list")
def list_solicitations(
    client: str = CLIENT,
    everything: bool = typer.Option(
        False, "--all", help="Also closed and cancelled solicitations."
    ),
    as_json: bool = AS_JSON,
) -> None:
    """Upcoming solicitations by deadline, with places filled."""
    _run().list_solicitations(**locals())


@solicitations_app.command("show")
def show(
    number: int = typer.Argument(..., help="The solicitation's number (see `list`)."),
    client: str = CLIENT,
    as_json: bool = AS_JSON,
) -> None:
    """One solicitation: times in the client's time zone, target, places, responses."""
    _run().show(**locals())


@solicitations_app.command("cancel")
def cancel(
    number: int = typer.Argument(..., help="The solicitation's number (see `list`)."),
    client: str = CLIENT,
    as_json: bool = AS_JSON,
) -> None:
    """Cancel a solicitation: its pending invitations and reminders are not sent."""
    _run().cancel(**locals())


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.add_typer(solicitations_app, name="solicitations")
