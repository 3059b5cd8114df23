"""`ambassade migrate` and `ambassade doctor`: before a deploy, and when something is off.

`migrate` brings the database schema to this code's revision on its own, so that a
deploy runs it once before starting the processes (each `run` also migrates, which is
then a no-op). `doctor` checks the configuration, the tokens, the stores and the model
endpoint (`bot.ops.doctor`) and tells what is wrong in plain words; exit code 1 then.
"""

from __future__ import annotations

import asyncio
import logging

import typer
from rich.console import Console

from bot.cli.common import cli_language, describe_client_error, fail
from bot.settings import get_settings
from prompts.catalog import text

log = logging.getLogger(__name__)
console = Console(highlight=False)

MARKS = {"ok": "[green]✓[/]", "warn": "[yellow]![/]", "fail": "[bold red]✗[/]"}


def tell(key: str, **values: object) -> str:
    """`cliops.<key>` in the CLI's language."""
    return text(cli_language(), f"cliops.{key}", **values)


def migrate() -> None:
    """Apply the database migrations, and say which revision the database is at.

    Run it once before starting a new version (the processes would otherwise each
    migrate as they start). Uses AMBASSADE_DATABASE_URL (default: SQLite in the home).
    """
    from bot.ops.stores import current_revision, head_revision
    from bot.store import Database

    settings = get_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    db = Database(settings.effective_database_url())
    try:
        before = current_revision(db)
        db.migrate()
        after = current_revision(db)
    except Exception as exc:
        log.debug("migration failed", exc_info=True)
        fail(tell("migrate.failed", error=f"{type(exc).__name__}: {exc}"), code=1)
    finally:
        db.dispose()
    if before == after:
        console.print(tell("migrate.up_to_date", revision=after))
    else:
        console.print(tell("migrate.done", before=before or tell("migrate.empty"), after=after))
    if after != head_revision():
        fail(tell("migrate.not_head", revision=after, head=head_revision()), code=1)


def doctor() -> None:
    """Check configuration, tokens, database, vector store and model endpoint.

    Says what is wrong and what to do; exit code 1 when something must be fixed.
    """
    from bot.ops.doctor import diagnose

    findings = asyncio.run(diagnose(get_settings()))
    for finding in findings:
        values = dict(finding.values)
        if finding.key == "client_broken":
            values["error"] = describe_client_error(values["error"])
        label = tell(f"doctor.checks.{finding.check}")
        line = tell(f"doctor.{finding.key}", **values)
        console.print(tell("doctor.line", mark=MARKS[finding.status], label=label, text=line))
    failed = sum(1 for f in findings if f.status == "fail")
    if failed:
        console.print(tell("doctor.summary_fail", count=failed))
        raise typer.Exit(1)
    console.print(tell("doctor.summary_ok"))


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("migrate")(migrate)
    app.command("doctor")(doctor)
