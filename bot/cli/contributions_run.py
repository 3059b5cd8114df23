"""`ambassade contributions …`: log, list, import, review, audit and move between levels."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.common import cli_language, fail, load_client, plural
from bot.contributions.dates import BadDay, parse_day
from bot.contributions.errors import ContributionError
from bot.contributions.guess import kind_named
from bot.contributions.importer import Importer, LineProblem
from bot.contributions.kinds import kinds
from bot.contributions.labels import badge_label, level_label
from bot.contributions.log import ContributionLog, Logged, NewContribution, Proof, person_today
from bot.contributions.review import Reviews
from bot.contributions.suspects import suspects as find_suspects
from bot.contributions.suspects import suspects_lines
from bot.contributions.tables import ContributionSource, ContributionStatus
from bot.contributions.views import Filters, listing
from bot.people.refs import PersonRefError, parse_person_ref
from bot.people.roster import Roster
from bot.people.tables import Person
from bot.settings import get_settings
from bot.store import Database
from bot.tenants import ClientConfig
from prompts.catalog import text

console = Console()
BY = "cli"


def say(key: str, **values: object) -> str:
    return text(cli_language(), f"contributions.cli.{key}", **values)


def error(problem: ContributionError | LineProblem) -> str:
    values = dict(problem.values)
    if "status" in values:
        values["status"] = text(cli_language(), f"contributions.statuses.{values['status']}")
    return text(cli_language(), f"contributions.errors.{problem.code}", **values)


def refuse(problem: ContributionError) -> NoReturn:
    message = error(problem)
    fail(message[:1].upper() + message[1:])


@contextmanager
def opened() -> Iterator[Database]:
    db = Database(get_settings().effective_database_url())
    try:
        db.migrate()
        yield db
    finally:
        db.dispose()


def _person(db: Database, config: ClientConfig, typed: str) -> Person:
    try:
        ref = parse_person_ref(typed)
    except PersonRefError as exc:
        fail(say("bad_ref", detail=str(exc)))
    view = Roster(db).find(config.name, ref)
    if view is None:
        refuse(ContributionError("unknown_person", person=typed))
    return view.person


def _label(config: ClientConfig, kind_id: str) -> str:
    found = next((k for k in kinds(config) if k.id == kind_id), None)
    return found.label(cli_language()) if found else kind_id


def _day(typed: str | None, today: date) -> date:
    if not typed:
        return today
    try:
        return parse_day(typed, today)
    except BadDay:
        refuse(ContributionError("bad_date", date=typed[:40]))


def add(
    client: str,
    person: str,
    kind: str,
    date: str | None,
    proof: str | None,
    note: str | None,
    pending: bool,
    as_json: bool,
) -> None:
    config = load_client(client)
    home = get_settings().home
    with opened() as db:
        someone = _person(db, config, person)
        assert someone.id is not None
        found = kind_named(config, kind)
        if found is None:
            known = ", ".join(k.id for k in kinds(config))
            refuse(ContributionError("unknown_kind", kind=kind, known=known))
        log = ContributionLog(db, home=home)
        today = person_today(config, someone, log.clock.now())
        new = NewContribution(
            person_id=someone.id,
            kind=found.id,
            occurred_on=_day(date, today),
            source=ContributionSource.CLI,
            logged_by=BY,
            proof=_proof(proof),
            note=note,
            approved=not pending,
        )
        try:
            logged = log.log(config, new)
        except ContributionError as problem:
            refuse(problem)
    if as_json:
        typer.echo(json.dumps(_logged_json(logged), ensure_ascii=False))
        return
    _print_logged(config, someone, logged)


def _proof(typed: str | None) -> Proof | None:
    if not typed:
        return None
    if "://" in typed:
        return Proof(url=typed)
    path = Path(typed).expanduser()
    if not path.is_file():
        refuse(ContributionError("proof_not_found", proof=typed[:200]))
    return Proof.of_path(path)


def _logged_json(logged: Logged) -> dict[str, Any]:
    data = logged.contribution.model_dump(mode="json")
    data["levels"] = [p.level.id for p in logged.promotions]
    data["badges"] = [b.rule.id for b in logged.badges]
    return data


def _print_logged(config: ClientConfig, person: Person, logged: Logged) -> None:
    row, lang = logged.contribution, cli_language()
    name = person.name or f"#{person.id}"
    console.print(
        say(
            "added",
            id=row.id,
            name=name,
            kind=_label(config, row.kind),
            date=f"{row.occurred_on:%d/%m/%Y}",
            status=text(lang, f"contributions.statuses.{row.status}"),
            points=row.points,
        ),
        highlight=False,
    )
    if row.capped:
        console.print(say("capped"), highlight=False)
    for promotion in logged.promotions:
        level = level_label(config, promotion.level.id, lang)
        console.print(say("promoted", name=name, level=level), highlight=False)
    for badge in logged.badges:
        label = badge_label(config, badge.rule.id, lang)
        console.print(say("badge", name=name, badge=label), highlight=False)


def list_contributions(
    client: str,
    person: str | None,
    status: str | None,
    kind: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    as_json: bool,
) -> None:
    config = load_client(client)
    if status and status not in ContributionStatus.__members__.values():
        fail(say("bad_status", status=status))
    kind_id = None
    if kind:
        found = kind_named(config, kind)
        if found is None:
            known = ", ".join(k.id for k in kinds(config))
            fail(say("bad_kind_filter", kind=kind, known=known))
        kind_id = found.id
    today = date.today()
    with opened() as db:
        person_id = _person(db, config, person).id if person else None
        rows = listing(
            db,
            config,
            Filters(
                person_id=person_id,
                status=status,
                kind=kind_id,
                since=_day(since, today) if since else None,
                until=_day(until, today) if until else None,
                limit=limit,
            ),
        )
    if as_json:
        typer.echo(json.dumps([row.as_json() for row in rows], ensure_ascii=False))
        return
    if not rows:
        console.print(say("none", client=config.title), highlight=False)
        return
    table = Table(title=say("title", client=config.title, count=len(rows)))
    for column in ("id", "date", "person", "kind", "status", "points", "proof", "note"):
        table.add_column(say(f"columns.{column}"))
    for item in rows:
        row = item.contribution
        table.add_row(
            str(row.id),
            f"{row.occurred_on:%d/%m/%Y}",
            item.person.name or ", ".join(item.identities) or f"#{item.person.id}",
            _label(config, row.kind),
            text(cli_language(), f"contributions.statuses.{row.status}"),
            str(row.points),
            row.proof_url or row.proof_file or "–",
            (row.note or "–")[:60],
        )
    console.print(table)


def import_file(path: Path, client: str, skip_bad: bool, as_json: bool) -> None:
    config = load_client(client)
    if not path.is_file():
        fail(say("not_found", path=path))
    with opened() as db:
        report = Importer(db, get_settings().home).import_file(config, path, skip_bad=skip_bad)
    if report.file_problem is not None:
        fail(_line_text(report.file_problem))
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "saved": report.saved,
                    "imported": len(report.imported),
                    "skipped": len(report.problems) if report.saved else 0,
                    "promotions": report.promotions,
                    "badges": report.badges,
                    "problems": [{**asdict(p), "message": _line_text(p)} for p in report.problems],
                },
                ensure_ascii=False,
            )
        )
        if not report.saved:
            raise typer.Exit(2)
        return
    for problem in report.problems:
        console.print(f"[red]✗[/] {_line_text(problem)}", highlight=False)
    if not report.saved:
        fail(say("nothing_imported", bad=plural(len(report.problems), "line")))
    if not report.imported and not report.problems:
        fail(say("empty"))
    console.print(
        say(
            "imported",
            count=len(report.imported),
            skipped=len(report.problems),
            promotions=report.promotions,
            badges=report.badges,
        ),
        highlight=False,
    )


def _line_text(problem: LineProblem) -> str:
    reason = error(problem)
    return say("problem_line", line=problem.line, reason=reason) if problem.line else reason


def review(number: int, client: str, approve: bool, reason: str | None, as_json: bool) -> None:
    config = load_client(client)
    with opened() as db:
        try:
            done = Reviews(db).review(config, number, approve=approve, by=BY, note=reason)
        except ContributionError as problem:
            refuse(problem)
    if as_json:
        typer.echo(json.dumps(_logged_json(done.logged), ensure_ascii=False))
        return
    console.print(say("reviewed_approved" if approve else "reviewed_rejected", id=number))
    if approve:
        _print_logged(config, done.person, done.logged)


def suspects(client: str, days: int, as_json: bool) -> None:
    from bot.clock import SystemClock

    config = load_client(client)
    with opened() as db:
        found = find_suspects(db, config, SystemClock().now(), days=days)
    data = {
        "since": found.since.isoformat(),
        "bursts": [{**asdict(b), "start": b.start.isoformat()} for b in found.bursts],
        "duplicates": [asdict(d) for d in found.duplicates],
        "pairs": [asdict(p) for p in found.pairs],
    }
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    console.print("\n".join(suspects_lines(config, cli_language(), found)), highlight=False)


def level(client: str, person: str, to: str, reason: str | None) -> None:
    config = load_client(client)
    with opened() as db:
        someone = _person(db, config, person)
        assert someone.id is not None
        try:
            done = Reviews(db).set_level(config, someone.id, to, by=BY, reason=reason)
        except ContributionError as problem:
            refuse(problem)
    change = done.change
    console.print(
        say(
            "level_set",
            name=someone.name or person,
            level=level_label(config, change.to_level, cli_language()),
            before=level_label(config, change.from_level or "", cli_language()),
        ),
        highlight=False,
    )
