"""`ambassade privacy export|erase`: a person's data, for a community manager acting on a
request received elsewhere (issue 20). In chat, people ask for their own (`mes données`,
`oubli`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from bot.cli.common import cli_language, fail, load_client
from bot.people.refs import PersonRef, PersonRefError, parse_person_ref
from prompts.catalog import text

if TYPE_CHECKING:  # the database and the stores load with the command, not with `--help`
    from bot.core.messages import Reply
    from bot.data_rights.registry import DataSubject, PersonalDataRegistry
    from bot.store import Database
    from bot.tenants import ClientConfig

privacy_app = typer.Typer(
    help="A person's data in one client: export it as JSON, or erase it.", no_args_is_help=True
)


def say(key: str, **values: object) -> str:
    return text(cli_language(), f"datarights.cli.{key}", **values)


def _ref(value: str) -> PersonRef:
    try:
        return parse_person_ref(value)
    except PersonRefError:
        fail(say("bad_person", value=value))


@contextmanager
def _person(
    client: str, person: str
) -> Iterator[tuple[Database, PersonalDataRegistry, DataSubject]]:
    """The client's database, every registered store, and the person, or a clear error."""
    from bot.assistant import personal_data_stores
    from bot.data_rights.registry import PersonalDataRegistry
    from bot.data_rights.service import find_subject
    from bot.settings import get_settings
    from bot.store import Database

    load_client(client)
    ref = _ref(person)
    settings = get_settings()
    db = Database(settings.effective_database_url())
    try:
        db.migrate()
        subject = find_subject(db, client, ref)
        if subject is None:
            fail(say("unknown_person", person=ref, client=client))
        registry = PersonalDataRegistry()
        registry.extend(personal_data_stores(settings.home))
        yield db, registry, subject
    finally:
        db.dispose()


@privacy_app.command("export")
def export_command(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    person: str = typer.Option(
        ..., "--person", "-p", help="PLATFORM:USER_ID (slack:U0ABC123) or an e-mail address."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the JSON to this file instead of printing it."
    ),
) -> None:
    """Print everything the bot keeps about one person in one client, as JSON."""
    from bot.data_rights.service import export_person, to_json

    with _person(client, person) as (db, registry, subject):
        document = to_json(export_person(db, registry, subject))
    if output is None:
        typer.echo(document)
        return
    output.write_text(document + "\n", encoding="utf-8")
    typer.echo(say("written", person=person, path=output))


@privacy_app.command("erase")
def erase_command(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    person: str = typer.Option(
        ..., "--person", "-p", help="PLATFORM:USER_ID (slack:U0ABC123) or an e-mail address."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Erase one person from every store of one client (anonymous counts stay)."""
    from bot.data_rights.report import erased_lines
    from bot.data_rights.service import erase_person
    from skills.data_rights import staff_messages

    config = load_client(client)
    with _person(client, person) as (db, registry, subject):
        if not yes and not typer.confirm(
            say("confirm", person=person, client=client, stores=len(registry.stores))
        ):
            fail(say("aborted"), code=1)
        posted = staff_messages.gather(db, config, subject)  # the erasure deletes them
        erasure = erase_person(db, registry, subject)
    if erasure.failed is not None:
        fail(say("failed", store=erasure.failed), code=1)
    lines = erased_lines(cli_language(), erasure, key="datarights.cli.erased_line")
    if not lines:
        typer.echo(say("nothing", person=person, client=client))
        return
    typer.echo("\n".join([say("erased", person=person, client=client), *lines]))
    if posted:
        _replace_staff_posts(config, staff_messages.replacements(config, posted))


def _replace_staff_posts(config: ClientConfig, replies: list[Reply]) -> None:
    """Edit what was posted for the staff about them, where this machine has the token."""
    import asyncio

    from bot.cli.staff_posts import replace_posts
    from bot.settings import get_settings

    outcome = asyncio.run(replace_posts(get_settings(), config, replies))
    for platform, n in outcome.sent.items():
        typer.echo(say("staff_edited", platform=platform, n=n))
    for ref in outcome.by_hand:
        typer.echo(
            say(
                "staff_by_hand",
                platform=ref.platform,
                channel=ref.channel_id,
                message=ref.message_id,
            )
        )


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.add_typer(privacy_app, name="privacy")
