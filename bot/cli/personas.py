"""`ambassade personas`: persona drafts from JE answers (Markdown or JSON), and the
client's stored versions (`--save`, `--history`, `--validate`, `--publish`).

The heavy modules are imported inside the command, so `ambassade --help` stays light.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from bot.cli.common import cli_language, fail, load_client, set_cli_language
from prompts.catalog import text

if TYPE_CHECKING:
    from bot.personas.model import PersonaSet
    from bot.store import Database
    from bot.synthesis.model import Answer

FORMATS = ("md", "json")
ALL_SESSIONS = ("all", "tous", "toutes")
CLI_USER = "cli"


def _t(key: str, **values: object) -> str:
    return text(cli_language(), f"personas.{key}", **values)


def personas(
    client: str = typer.Option(..., "--client", help="The client (its folder under clients/)."),
    session: str | None = typer.Option(
        None, "--session", help="Code of one JE workshop (default: all of the client's)."
    ),
    answers: Path | None = typer.Option(
        None,
        "--answers",
        help="Answers collected elsewhere: .jsonl ({id, participant, question, answer} per "
        "line) or .csv (same columns).",
    ),
    output: str = typer.Option("md", "--format", help="md (Markdown) or json (one object)."),
    lang: str | None = typer.Option(
        None, "--lang", help="Language of the personas and of this command's messages: fr or en."
    ),
    model: bool = typer.Option(
        True, "--model/--offline", help="Let a configured chat model improve the wording."
    ),
    save: bool = typer.Option(
        False, "--save", help="Store the drafts as the client's next version (a draft)."
    ),
    history: bool = typer.Option(False, "--history", help="List the client's stored versions."),
    validate: bool = typer.Option(
        False, "--validate", help="Validate the client's current draft (the shared reference)."
    ),
    publish: bool = typer.Option(
        False, "--publish", help="Publish the validated version (ambassadors see it)."
    ),
) -> None:
    """Persona drafts (2-6) from JE answers, each with its participants' own words."""
    if output not in FORMATS:
        fail(_t("cli.bad_format", value=output))
    if lang is not None and lang.lower() not in ("fr", "en"):
        fail(_t("cli.bad_lang", value=lang))
    if lang is not None:
        set_cli_language(lang)
    language = cli_language()
    if session and answers:
        fail(_t("cli.source_both"))
    load_client(client)
    if history or validate or publish:
        _stored_versions(client, history=history, validate=validate, publish=publish)
        return
    from bot.personas.engine import draft
    from bot.personas.model import MIN_PARTICIPANTS, TooFewParticipants

    people: dict[str, str] = {}
    sources: list[str] = []
    try:
        if answers is not None:
            rows = _file_answers(answers)
            result = draft(rows, language=language)
        else:
            rows, result, people, sources = _workshop_personas(client, session, language)
    except TooFewParticipants as few:
        fail(_t("too_few", minimum=MIN_PARTICIPANTS, count=few.count))
    if not result.personas:
        fail(_t("none"))
    if model:
        result = _refined(client, result, rows, language)
    stored_line = ""
    if save:
        stored_line = _save(client, result, people, sources)
    if output == "json":
        typer.echo(result.to_json())
    else:
        from bot.personas.render import staff_text

        origin = _t("sources", codes=", ".join(sources)) if sources else _t("sources_file")
        heading = f"# Personas — {client} · {result.participants} participant(s), {origin}"
        typer.echo(staff_text(result, language=language, heading=heading))
    if stored_line:
        typer.echo(stored_line, err=True)


def _file_answers(path: Path) -> list[Answer]:
    """The file's answers with participants relabelled P1, P2… (names never shown)."""
    from dataclasses import replace

    from bot.synthesis.answers_file import AnswersFileError, read_answers

    try:
        rows = read_answers(path)
    except AnswersFileError as exc:
        fail(text(cli_language(), f"clisynthesis.file.{exc.key}", **exc.values))
    labels: dict[str, str] = {}
    for row in rows:
        labels.setdefault(row.participant, f"P{len(labels) + 1}")
    return [replace(r, participant=labels[r.participant]) for r in rows]


def _database() -> Database:
    from bot.settings import get_settings
    from bot.store import Database

    db = Database(get_settings().effective_database_url())
    db.migrate()
    return db


def _workshop_personas(
    client: str, code: str | None, language: str
) -> tuple[list[Answer], PersonaSet, dict[str, str], list[str]]:
    from bot.settings import get_settings
    from skills.personas.gather import draft_from_workshops
    from skills.workshop.loader import load_flows
    from skills.workshop.repository import WorkshopRepository
    from skills.workshop.skill import flow_directories

    db = _database()
    try:
        rows = WorkshopRepository(db).participant_answers(client, "je")
    finally:
        db.dispose()
    if code and code.strip().lower() not in ALL_SESSIONS:
        wanted = [p for p in rows if p.session_code.upper() == code.strip().upper()]
        if not wanted:
            codes = sorted({p.session_code for p in rows})
            known = _t("cli.known_sessions", codes=", ".join(codes)) if codes else ""
            fail(_t("cli.no_session", client=client, code=code, known=known))
        rows = wanted
    if not rows:
        fail(_t("cli.no_answers", client=client))
    flow = load_flows(flow_directories(get_settings().home)).flows["je"]
    drafted = draft_from_workshops(rows, flow, language)
    collected = drafted.collected
    return collected.answers, drafted.personas, collected.people, collected.sessions


def _refined(client: str, result: PersonaSet, rows: list[Answer], language: str) -> PersonaSet:
    import asyncio

    from bot.llm.calls import CallContext
    from bot.personas.refine import refine
    from bot.services import protected_gateway
    from bot.settings import get_settings
    from bot.tenants import ClientDirectory

    settings = get_settings()
    db = _database()
    gateway = protected_gateway(settings, db, ClientDirectory(settings.clients_dir))
    try:
        if not gateway.allows(client, "chat"):
            return result

        async def run() -> PersonaSet:
            try:
                ctx = CallContext(client, "personas")
                return await refine(result, rows, gateway, ctx, language=language)
            finally:
                await gateway.aclose()

        return asyncio.run(run())
    finally:
        db.dispose()


def _save(client: str, result: PersonaSet, people: dict[str, str], sources: list[str]) -> str:
    from skills.personas.store import PersonaStore

    db = _database()
    try:
        stored = PersonaStore(db).save_draft(
            client, result, people=people, sources=sources, created_by=CLI_USER
        )
    finally:
        db.dispose()
    status = _t(f"status.{stored.status}")
    return _t("cli.saved", version=stored.version, status=status, client=client)


def _stored_versions(client: str, *, history: bool, validate: bool, publish: bool) -> None:
    from skills.personas.store import NoDraft, NotValidated, PersonaStore

    db = _database()
    store = PersonaStore(db)
    try:
        if validate:
            try:
                stored = store.validate(client, by=CLI_USER)
            except NoDraft:
                fail(_t("errors.no_draft", action=_t("action.validate")))
            typer.echo(_t("validated_ok", version=stored.version, who=CLI_USER))
        if publish:
            try:
                stored = store.publish(client, by=CLI_USER)
            except NotValidated:
                fail(_t("errors.not_validated"))
            typer.echo(_t("published_ok", version=stored.version))
        if history:
            versions = store.history(client)
            if not versions:
                typer.echo(_t("cli.nothing", client=client))
            for item in versions:
                status = _t(f"status.{item.status}")
                typer.echo(
                    f"{item.version}\t{status}\t{len(item.personas.personas)}\t"
                    f"{item.personas.participants}\t{item.created_at:%Y-%m-%d %H:%M}\t"
                    f"{item.created_by}"
                )
    finally:
        db.dispose()


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("personas")(personas)
