"""`ambassade privacy retention --client C [--apply]`: what the daily purge removes for a
client (`privacy.retention`), counted per store; `--apply` purges now (issue 20)."""

from __future__ import annotations

import typer

from bot.cli.common import cli_language, load_client
from bot.cli.data_rights import privacy_app
from prompts.catalog import text


def say(key: str, **values: object) -> str:
    return text(cli_language(), f"notices.cli.{key}", **values)


@privacy_app.command("retention")
def retention_command(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    apply: bool = typer.Option(False, "--apply", help="Purge now (default: only count)."),
) -> None:
    """Count (or, with --apply, purge) what is past the client's retention periods."""
    from bot.notices.retention import STORES, due, purge
    from bot.settings import get_settings
    from bot.store import Database

    config = load_client(client)
    db = Database(get_settings().effective_database_url())
    try:
        db.migrate()
        counts = purge(db, config) if apply else due(db, config)
    finally:
        db.dispose()
    keep = config.privacy.retention
    periods = {
        "answers": keep.answers_days,
        "conversations": keep.conversations_days,
        "relays": keep.conversations_days,
        "events": keep.events_days,
        "audit": keep.audit_days,
    }
    typer.echo(say("purged" if apply else "dry_run", client=config.name))
    for store in STORES:
        typer.echo(say("line", store=say(f"stores.{store}"), n=counts[store], days=periods[store]))
    typer.echo(say("workshops"))
    if not apply and any(counts.values()):
        typer.echo(say("apply_hint", client=config.name))


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    """The command joins the `privacy` group (`bot.cli.data_rights` adds the group)."""
