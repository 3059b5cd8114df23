"""`ambassade synthesis`: a workshop's answers synthesised (Markdown or the JSON contract),
and `ambassade bench synthesis`.

The heavy modules are imported inside the commands, so `ambassade --help` stays light.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from bot.cli.common import cli_language, fail, load_client, set_cli_language
from prompts.catalog import text

if TYPE_CHECKING:
    from bot.store import Database
    from bot.synthesis.model import Answer, Synthesis

FORMATS = ("md", "json")
JE_FLOW = "je"
ALL_SESSIONS = ("all", "tous", "toutes")


def _t(key: str, **values: object) -> str:
    return text(cli_language(), f"clisynthesis.{key}", **values)


def synthesis(
    client: str = typer.Option(..., "--client", help="The client (its folder under clients/)."),
    session: str | None = typer.Option(
        None, "--session", help="Code of one of the client's JE workshops, or 'all' for all."
    ),
    answers: Path | None = typer.Option(
        None,
        "--answers",
        help="Answers collected elsewhere: .jsonl ({id, participant, question, answer} per "
        "line) or .csv (same columns).",
    ),
    objectives: Path | None = typer.Option(
        None,
        "--objectives",
        help="Text file, one objective per line (default: the client's NOUS objectives).",
    ),
    lang: str | None = typer.Option(
        None,
        "--lang",
        help="Language of the synthesis and of this command's messages: fr or en "
        "(default: the CLI's).",
    ),
    output: str = typer.Option("md", "--format", help="md (Markdown) or json (one object)."),
    names: bool = typer.Option(
        False, "--names", help="Show participants' names (anonymised P1, P2… by default)."
    ),
    model: bool = typer.Option(
        True,
        "--model/--offline",
        help="Let a configured chat model improve the wording (offline when none is set up).",
    ),
) -> None:
    """Synthesise a workshop's answers: convergence, divergence, objectives × needs."""
    if output not in FORMATS:
        fail(_t("bad_format", value=output))
    if lang is not None and lang.lower() not in ("fr", "en"):
        fail(_t("bad_lang", value=lang))
    if lang is not None:
        set_cli_language(lang)  # this command's messages follow the synthesis language
    language = cli_language()
    if session and answers:
        fail(_t("source_both"))
    if not session and not answers:
        fail(_t("source_none"))
    load_client(client)
    from bot.synthesis.answers_file import AnswersFileError, read_answers, read_objectives

    display: dict[str, str] = {}
    skipped: dict[str, int] = {}
    try:
        goals = read_objectives(objectives) if objectives is not None else None
        if answers is not None:
            rows = read_answers(answers)
        else:
            assert session is not None
            rows, skipped, display = _session_answers(client, session, language)
    except AnswersFileError as exc:
        fail(_t(f"file.{exc.key}", **exc.values))
    if goals is None:
        goals = _nous_objectives(client)
        if not goals:
            typer.echo(_t("no_objectives", client=client), err=True)
    result = _synthesise(client, rows, goals, language, skipped, model)
    if output == "json":
        typer.echo(result.to_json())
        return
    from bot.synthesis.render import render_markdown

    owners = {a.id: a.participant for a in rows}
    shown = display if names else None
    typer.echo(render_markdown(result, language=language, names=shown, owners=owners))


def _database() -> Database:
    from bot.settings import get_settings
    from bot.store import Database

    db = Database(get_settings().effective_database_url())
    db.migrate()
    return db


def _session_answers(
    client: str, code: str, language: str
) -> tuple[list[Answer], dict[str, int], dict[str, str]]:
    from bot.settings import get_settings
    from skills.synthesis.collect import collect
    from skills.workshop.loader import load_flows
    from skills.workshop.repository import WorkshopRepository
    from skills.workshop.skill import flow_directories

    db = _database()
    try:
        people = WorkshopRepository(db).participant_answers(client, JE_FLOW)
    finally:
        db.dispose()
    every = code.strip().lower() in ALL_SESSIONS
    wanted = [p for p in people if every or p.session_code.upper() == code.strip().upper()]
    if not wanted:
        codes = sorted({p.session_code for p in people})
        known = _t("known_sessions", codes=", ".join(codes)) if codes else ""
        fail(_t("no_session", client=client, code=code, known=known))
    flow = load_flows(flow_directories(get_settings().home)).flows.get(JE_FLOW)
    if flow is None:
        fail(text(language, "synthchat.errors.flow_missing"))
    # The chat's reading of the answers (anonymised P1, P2…; names only of those who agreed).
    data = collect(wanted, flow, language)
    if not data.answers:
        fail(_t("no_answers", code=wanted[0].session_code))
    return data.answers, data.skipped, data.names


def _nous_objectives(client: str) -> list[str]:
    from skills.synthesis.collect import objectives_of
    from skills.workshop.repository import WorkshopRepository

    db = _database()
    try:
        return objectives_of(WorkshopRepository(db).program_definition(client))
    finally:
        db.dispose()


def _synthesise(
    client: str,
    rows: list[Answer],
    goals: list[str],
    language: str,
    skipped: dict[str, int],
    model: bool,
) -> Synthesis:
    from bot.synthesis.engine import synthesise

    result = synthesise(rows, goals, language=language, skipped=skipped)
    if not model:
        return result
    from bot.llm.calls import CallContext
    from bot.services import protected_gateway
    from bot.settings import get_settings
    from bot.synthesis.refine import refine
    from bot.tenants import ClientDirectory

    settings = get_settings()
    db = _database()
    gateway = protected_gateway(settings, db, ClientDirectory(settings.clients_dir))
    try:
        if not gateway.allows(client, "chat"):
            return result
        ctx = CallContext(client, "synthesis")

        async def run() -> Synthesis:
            try:
                return await refine(result, rows, gateway, ctx, language=language)
            finally:
                await gateway.aclose()

        return asyncio.run(run())
    finally:
        db.dispose()


def bench_synthesis(
    data: Path | None = typer.Option(
        None, "--data", help="Folder of planted sets (default: bot/bench/synthesis_planted)."
    ),
    only: str | None = typer.Option(None, "--only", help="One part: speed or quality."),
    participants: int = typer.Option(200, "--participants", help="Speed set: participants."),
    wrong: bool = typer.Option(
        False,
        "--wrong",
        help="List every wrong verbatim shown and why each planted theme is missed "
        "(diagnosis: dev sets only).",
    ),
) -> None:
    """Synthesis speed (generated answers) and quality (planted sets), beside a baseline."""
    from bot.cli.synthesis_bench import run_bench

    run_bench(data, only, participants, wrong=wrong)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("synthesis")(synthesis)
    bench_app.command("synthesis")(bench_synthesis)
