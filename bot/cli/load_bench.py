"""`ambassade bench load`: the scale-out targets (issue 21), by part (`--only`).

The heavy modules are imported inside the command, so `ambassade --help` stays light.
"""

from __future__ import annotations

import json

import typer
from rich.console import Console

from bot.cli.common import cli_language, fail
from prompts.catalog import text

console = Console(highlight=False)


def _t(key: str, **values: object) -> str:
    return text(cli_language(), f"clibench.{key}", **values)


def bench_load(
    only: str | None = typer.Option(None, "--only", help="One part: leader or conversations."),
    database_url: list[str] = typer.Option(
        [],
        "--database-url",
        help="A database to run on (repeatable; a fresh database is created beside it and "
        "dropped after); 'sqlite' for SQLite in a temporary folder (the default). "
        "Conversations: on PostgreSQL, replicas sharing it and a Chroma server; on SQLite, "
        "one process with the embedded store.",
    ),
    reminders: int = typer.Option(2000, "--reminders", help="Reminders due at once (leader)."),
    kill_after: float = typer.Option(
        0.3, "--kill-after", help="Share of the reminders delivered before the SIGKILL (leader)."
    ),
    conversations: int = typer.Option(
        200, "--conversations", help="People talking to the bot at once (conversations)."
    ),
    turns: int = typer.Option(3, "--turns", help="Questions each person asks in turn."),
    replicas: int = typer.Option(
        2, "--replicas", help="`run slack --http` processes on PostgreSQL (conversations)."
    ),
    retry_share: float = typer.Option(
        0.25, "--retry-share", help="Share of the events Slack delivers again to another replica."
    ),
    think: float = typer.Option(
        1.0, "--think", help="Seconds a person waits after an answer before asking again (±50 %)."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of tables."),
) -> None:
    """Scale-out: two schedulers with reminders due, the leader SIGKILLed mid-run; and
    concurrent conversations over signed Slack HTTP requests to `run slack` replicas."""
    from bot.bench.load.corpus import workshops
    from bot.bench.load.run import PARTS, ConversationLoad

    if only is not None and only not in PARTS:
        fail(_t("load_bad_only", value=only, parts=", ".join(PARTS)))
    for option, value in (("--conversations", conversations), ("--turns", turns)):
        if value < 1:
            fail(_t("too_small", option=option, minimum="1", value=str(value)))
    if replicas < 1:
        fail(_t("too_small", option="--replicas", minimum="1", value=str(replicas)))
    if turns > len(workshops()):
        fail(_t("load_too_many_turns", maximum=str(len(workshops())), value=str(turns)))
    if not 0 <= retry_share <= 1:
        fail(_t("load_bad_retry_share", value=f"{retry_share:g}"))
    if think < 0:
        fail(_t("load_no_negative", option="--think", value=f"{think:g}"))
    if reminders < 1:
        fail(_t("too_small", option="--reminders", minimum="1", value=str(reminders)))
    if not 0 < kill_after < 1:
        fail(_t("load_bad_share", value=f"{kill_after:g}"))
    from bot.bench.database import check_database

    urls: list[str | None] = [None if u == "sqlite" else u for u in database_url] or [None]
    for url in urls:
        problem = check_database(url)
        if problem is not None:
            fail(_t("bad_database", url=url, reason=problem))
    from bot.bench.load.run import conversations_table, leader_table, run_load_bench

    result = run_load_bench(
        parts=(only,) if only else PARTS,
        database_urls=urls,
        reminders=reminders,
        kill_share=kill_after,
        load=ConversationLoad(conversations, turns, replicas, retry_share, think),
        progress=None if as_json else console,
    )
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        if result.leader:
            console.print(leader_table(result))
        if result.conversations:
            console.print(conversations_table(result))
    if not result.passed:
        raise typer.Exit(1)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    bench_app.command("load")(bench_load)
