"""`ambassade contributions …`: the commands; their work is in `contributions_run`,
imported when a command runs so that `ambassade --help` loads no database code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

contributions_app = typer.Typer(
    help="Contributions: what ambassadors did (add, list, import, approve, reject, suspects, "
    "level).",
    no_args_is_help=True,
)

CLIENT = typer.Option(..., "--client", "-c", help="Configured client name.")
AS_JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")
PERSON = typer.Option(..., "--person", "-p", help="PLATFORM:USER_ID (slack:U0ABC123) or e-mail.")


def _run() -> Any:
    from bot.cli import contributions_run

    return contributions_run


@contributions_app.command("add")
def add(
    client: str = CLIENT,
    person: str = PERSON,
    kind: str = typer.Option(..., "--kind", "-k", help="A kind of the client (testimonial…)."),
    date: str = typer.Option(None, "--date", "-d", help="The day it was done (default today)."),
    proof: str = typer.Option(None, "--proof", help="A link, or a file to keep as the proof."),
    note: str = typer.Option(None, "--note", help="Free text."),
    pending: bool = typer.Option(
        False, "--pending", help="Leave it for a community manager to approve (else approved)."
    ),
    as_json: bool = AS_JSON,
) -> None:
    """Log one contribution on someone's behalf (approved unless --pending).

    Refused, with nothing saved, for an unknown kind, a date in the future or a proof
    already logged.
    """
    _run().add(**locals())


@contributions_app.command("list")
def list_contributions(
    client: str = CLIENT,
    person: str = typer.Option(None, "--person", "-p", help="Only this person's."),
    status: str = typer.Option(None, "--status", help="pending, approved or rejected."),
    kind: str = typer.Option(None, "--kind", "-k", help="Only this kind."),
    since: str = typer.Option(None, "--since", help="Done on or after this day."),
    until: str = typer.Option(None, "--until", help="Done on or before this day."),
    limit: int = typer.Option(200, "--limit", min=1, max=100_000, help="At most this many."),
    as_json: bool = AS_JSON,
) -> None:
    """The log, newest first."""
    _run().list_contributions(**locals())


@contributions_app.command("import")
def import_file(
    path: Path = typer.Argument(
        ..., help="A CSV file with the header date,person,kind,proof,note."
    ),
    client: str = CLIENT,
    skip_bad: bool = typer.Option(
        False, "--skip-bad", help="Import the good lines even when some lines are bad."
    ),
    as_json: bool = AS_JSON,
) -> None:
    """Import history from another tool: all or nothing, unless --skip-bad.

    A person is PLATFORM:USER_ID or an e-mail of the roster; a proof is a link or a file
    path (relative to the CSV file). Imported contributions count as approved.
    """
    _run().import_file(**locals())


@contributions_app.command("approve")
def approve(
    number: int = typer.Argument(..., help="The contribution's number."),
    client: str = CLIENT,
    as_json: bool = AS_JSON,
) -> None:
    """Approve a contribution waiting for it: it counts; the person is told."""
    _run().review(number=number, client=client, approve=True, reason=None, as_json=as_json)


@contributions_app.command("reject")
def reject(
    number: int = typer.Argument(..., help="The contribution's number."),
    client: str = CLIENT,
    reason: str = typer.Option(None, "--reason", help="Told to the person."),
    as_json: bool = AS_JSON,
) -> None:
    """Reject a contribution waiting for approval; the person is told."""
    _run().review(number=number, client=client, approve=False, reason=reason, as_json=as_json)


@contributions_app.command("suspects")
def suspects(
    client: str = CLIENT,
    days: int = typer.Option(90, "--days", min=1, max=3660, help="Logged in the last N days."),
    as_json: bool = AS_JSON,
) -> None:
    """Bursts, duplicates and approvals between the same people, for a second look."""
    _run().suspects(**locals())


@contributions_app.command("level")
def level(
    client: str = CLIENT,
    person: str = PERSON,
    to: str = typer.Option(..., "--level", "-l", help="A level of the client (member…)."),
    reason: str = typer.Option(None, "--reason", help="Why (kept in the history)."),
) -> None:
    """Move someone to a level, up or down (the only way down); they are told."""
    _run().level(**locals())


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.add_typer(contributions_app, name="contributions")
