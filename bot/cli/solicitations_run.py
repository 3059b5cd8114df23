"""`ambassade solicitations …`: plan what the program asks (add, import, list, show, cancel)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.common import cli_language, fail, load_client, plural_form
from bot.people import Roster
from bot.people.roster import PersonView
from bot.settings import get_settings
from bot.solicitations import (
    Audience,
    NewSolicitation,
    Problem,
    SolicitationBook,
    SolicitationDraft,
    SolicitationError,
    SolicitationView,
    check_draft,
)
from bot.solicitations.files import SourcePosition, read_solicitations
from bot.solicitations.kinds import kind_label
from bot.solicitations.present import person_ref, solicitation_json
from bot.solicitations.when import local_text
from bot.tenants import ClientConfig
from bot.timezones import zone
from prompts.catalog import text

console = Console()

CLIENT = typer.Option(..., "--client", "-c", help="Configured client name.")
AS_JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")


def say(key: str, **values: object) -> str:
    return text(cli_language(), f"clisolicit.{key}", **values)


def plural(count: int, key: str) -> str:
    return say(f"units.{key}.{plural_form(count)}", n=count)


@dataclass
class Context:
    config: ClientConfig
    book: SolicitationBook
    people: dict[int, PersonView]

    @property
    def audience(self) -> Audience:
        return Audience(list(self.people.values()))

    def as_json(self, view: SolicitationView) -> dict:
        return solicitation_json(view, self.config, self.people, cli_language())


@contextmanager
def opened(client: str) -> Iterator[Context]:
    from bot.store import Database

    config = load_client(client)
    db = Database(get_settings().effective_database_url())
    try:
        db.migrate()
        everyone = Roster(db).everyone(config.name)
        people = {view.person.id: view for view in everyone if view.person.id is not None}
        yield Context(config, SolicitationBook(db), people)
    finally:
        db.dispose()


def _problem_lines(problems: list[Problem]) -> None:
    for problem in problems:
        console.print(f"[red]✗[/] {problem.text(cli_language())}", highlight=False)


def _position_text(position: SourcePosition, reason: str) -> str:
    if position.kind == "line":
        return say("at_line", number=position.number, reason=reason)
    if position.label:
        return say("at_event", number=position.number, label=position.label, reason=reason)
    return say("at_event_nolabel", number=position.number, reason=reason)


def add(
    client: str,
    title: str,
    kind: str,
    deadline: str,
    start: str,
    description: str,
    places: str,
    group: list[str],
    person: list[str],
    points: str,
    auto: bool,
    as_json: bool,
) -> None:
    draft = SolicitationDraft(
        title=title,
        kind=kind,
        deadline=deadline,
        start=start,
        description=description,
        places=places,
        points=points,
        groups=group or (),
        people=person or (),
        auto=auto,
        source="cli",
    )
    with opened(client) as ctx:
        item, problems = check_draft(draft, ctx.config, ctx.audience, ctx.book.clock.now())
        if item is None:
            _problem_lines(problems)
            fail(say("nothing_saved_add"))
        (created,) = ctx.book.create([item]).created
        view = SolicitationView(created, {})
        if as_json:
            typer.echo(json.dumps(ctx.as_json(view), ensure_ascii=False))
            return
        _created_line(ctx, item, created.id)
        if not item.auto:
            console.print(say("created_note"), highlight=False)


def _created_line(ctx: Context, item: NewSolicitation, number: int | None) -> None:
    console.print(
        say(
            "created",
            id=number,
            title=item.title,
            kind=kind_label(ctx.config, item.kind, cli_language()),
            deadline=local_text(item.deadline_at, zone(item.timezone)),
            places=plural(item.places, "place"),
        ),
        highlight=False,
    )


def import_file(
    path: Path,
    client: str,
    kind: str,
    places: str,
    group: list[str],
    as_json: bool,
) -> None:
    if not path.is_file():
        load_client(client)
        fail(say("not_found", path=path))
    is_calendar = path.suffix.lower() in (".ics", ".ical")
    defaults = SolicitationDraft(
        kind=kind or ("event" if is_calendar else ""), places=places, groups=group or ()
    )
    parsed = read_solicitations(path, defaults)
    lang = cli_language()
    with opened(client) as ctx:
        if parsed.file_problem is not None:
            fail(parsed.file_problem.text(lang))
        now = ctx.book.clock.now()
        audience = ctx.audience
        problems = list(parsed.problems)
        good: list[NewSolicitation] = []
        for position, draft in parsed.drafts:
            item, found = check_draft(draft, ctx.config, audience, now)
            problems += [(position, problem) for problem in found]
            if item is not None:
                good.append(item)
        problems.sort(key=lambda pair: pair[0].number)
        for position, problem in problems:
            line = _position_text(position, problem.text(lang))
            console.print(f"[red]✗[/] {line}", highlight=False)
        if problems:
            fail(say("nothing_saved", bad=plural(len(problems), "problem")))
        if not good:
            fail(say("empty"))
        report = ctx.book.create(good)
        if as_json:
            views = [SolicitationView(row, {}) for row in report.created]
            typer.echo(json.dumps([ctx.as_json(v) for v in views], ensure_ascii=False))
            return
        console.print(
            say("imported", created=plural(len(report.created), "solicitation")), highlight=False
        )
        if report.already_there:
            console.print(say("already_there", count=len(report.already_there)), highlight=False)
        if parsed.skipped:
            console.print(say("skipped_cancelled", count=parsed.skipped), highlight=False)


def list_solicitations(
    client: str,
    everything: bool,
    as_json: bool,
) -> None:
    with opened(client) as ctx:
        views = ctx.book.upcoming(ctx.config.name, everything=everything)
        if as_json:
            typer.echo(json.dumps([ctx.as_json(v) for v in views], ensure_ascii=False))
            return
        if not views:
            console.print(say("none_yet", client=ctx.config.title), highlight=False)
            return
        lang = cli_language()
        table = Table(title=say("title", client=ctx.config.title, count=len(views)))
        for column in ("id", "title", "kind", "deadline", "places", "target", "status"):
            table.add_column(say(f"columns.{column}"))
        for view in views:
            row = view.solicitation
            table.add_row(
                str(row.id),
                row.title,
                kind_label(ctx.config, row.kind, lang),
                local_text(row.deadline_at, zone(row.timezone)),
                say("filled", filled=view.filled, places=row.places),
                _target(ctx, view),
                text(lang, f"solicitations.statuses.{row.status}"),
            )
        console.print(table)


def _target(ctx: Context, view: SolicitationView) -> str:
    row = view.solicitation
    names = [
        person_ref(ctx.people[pid]) if pid in ctx.people else f"#{pid}"
        for pid in row.target_person_ids
    ]
    return ", ".join([*row.target_groups, *names]) or say("everyone")


def show(
    number: int,
    client: str,
    as_json: bool,
) -> None:
    with opened(client) as ctx:
        view = _get(ctx, number)
        if as_json:
            typer.echo(json.dumps(ctx.as_json(view), ensure_ascii=False))
            return
        lang = cli_language()
        row = view.solicitation
        local = zone(row.timezone)
        responses = ", ".join(f"{status}: {count}" for status, count in view.responses.items())
        lines = [
            ("title", row.title),
            ("kind", kind_label(ctx.config, row.kind, lang)),
            ("description", row.description or say("none")),
            ("start", local_text(row.start_at, local) if row.start_at else say("none")),
            ("deadline", local_text(row.deadline_at, local)),
            ("places", say("filled", filled=view.filled, places=row.places)),
            ("points", str(row.points)),
            ("target", _target(ctx, view)),
            ("auto", say("auto_yes") if row.auto else say("auto_no")),
            ("status", text(lang, f"solicitations.statuses.{row.status}")),
            ("source", row.source),
            ("responses", responses or say("none")),
        ]
        console.print(f"[bold]{say('columns.id')} {row.id}[/]", highlight=False)
        for key, value in lines:
            console.print(f"[bold]{say(f'columns.{key}')}[/] {value}", highlight=False)


def cancel(
    number: int,
    client: str,
    as_json: bool,
) -> None:
    with opened(client) as ctx:
        try:
            view, dropped = ctx.book.cancel(ctx.config.name, number)
        except SolicitationError as exc:
            fail(text(cli_language(), f"solicitations.errors.{exc.code}", **exc.values))
        if as_json:
            typer.echo(json.dumps(ctx.as_json(view), ensure_ascii=False))
            return
        console.print(
            say(
                "cancelled",
                id=number,
                title=view.solicitation.title,
                dropped=plural(dropped, "message"),
            ),
            highlight=False,
        )


def _get(ctx: Context, number: int) -> SolicitationView:
    try:
        return ctx.book.get(ctx.config.name, number)
    except SolicitationError as exc:
        fail(text(cli_language(), f"solicitations.errors.{exc.code}", **exc.values))
