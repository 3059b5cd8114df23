"""The `ambassade` command: one entry point for every job."""

from __future__ import annotations

import importlib

import typer

from bot import __version__
from bot.cli.common import fail, say, set_cli_language
from bot.logging_setup import configure_logging

app = typer.Typer(
    name="ambassade",
    help="Assistant for customer ambassador programs (Slack, Discord, local console).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
bench_app = typer.Typer(
    help="Benchmarks: quality and speed against a baseline run in the same process.",
    no_args_is_help=True,
)
app.add_typer(bench_app, name="bench")

# Each module exposes `register(app, bench_app)` and adds its own commands.
COMMAND_MODULES: tuple[str, ...] = (
    "bot.cli.clients",
    "bot.cli.console",
    "bot.cli.contributions",
    "bot.cli.data_rights",
    "bot.cli.retention",
    "bot.cli.handoff",
    "bot.cli.knowledge",
    "bot.cli.kpi",
    "bot.cli.load_bench",
    "bot.cli.markings_bench",
    "bot.cli.marking_model",
    "bot.cli.ops",
    "bot.cli.people",
    "bot.cli.privacy",
    "bot.cli.retrieval_bench",
    "bot.cli.run",
    "bot.cli.solicitations",
    "bot.cli.solicitations_bench",
    "bot.cli.personas",
    "bot.cli.synthesis",
    "bot.cli.triage_model",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ambassade {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    log_format: str = typer.Option(
        None, "--log-format", help="Log format: 'text' (readable, default) or 'json'."
    ),
    log_level: str = typer.Option(None, "--log-level", help="Log level (default INFO)."),
    lang: str = typer.Option(
        None,
        "--lang",
        envvar="AMBASSADE_LANG",
        help="Language of this command's output and errors: fr (default) or en.",
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    if lang is not None:
        if lang.lower() not in ("fr", "en"):
            set_cli_language("fr")
            fail(say("bad_lang", value=lang))
        set_cli_language(lang)
    configure_logging(log_format=log_format, log_level=log_level)


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app, bench_app)


def main() -> None:
    app()
