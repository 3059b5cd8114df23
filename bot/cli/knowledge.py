"""`ambassade ingest`, `ambassade ask` and `ambassade gaps`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bot.cli.common import cli_language, fail, load_client
from bot.core.input_checks import clean_text
from bot.settings import get_settings
from bot.texts.cli_documents import count, err_console, plural, t
from bot.texts.documents import failure_text, result_level
from knowledge.access import ROLES, sensitivities_for_role
from knowledge.base import KnowledgeBase
from knowledge.ingest_batch import iter_files
from knowledge.ingest_report import (
    ADDED,
    ERROR,
    RECLASSIFIED,
    REPLACED,
    SKIPPED,
    UNCHANGED,
    FileResult,
    IngestReport,
)
from knowledge.marking_ambassadors import names_staff
from knowledge.sensitivity import DEFAULT, DOUBT, LEARNED, LEVELS, PUBLIC, parse_level
from knowledge.text import detect_language
from knowledge.unknown_names import bound_name, suggested_name
from prompts.catalog import text as catalog_text

if TYPE_CHECKING:
    from bot.tenants.config import ClientConfig
    from skills.ask.gaps import GapGroup

console = Console()

_STATUS_STYLE = {
    ADDED: "green",
    REPLACED: "cyan",
    RECLASSIFIED: "magenta",
    UNCHANGED: "dim",
    SKIPPED: "yellow",
    ERROR: "red",
}


def knowledge_base() -> KnowledgeBase:
    from bot.services import knowledge_base_for

    return knowledge_base_for(get_settings())


def _file_line(result: FileResult) -> str:
    """One line per file: what happened, and the level it has with the reason."""
    lang = cli_language()
    style = _STATUS_STYLE.get(result.status, "white")
    level = escape(result_level(lang, result)) if result.sensitivity else ""
    chunks = plural(result.chunks, "chunk")
    detail = {
        ADDED: lambda: t("ingest.detail_new", chunks=chunks, sensitivity=level),
        REPLACED: lambda: t("ingest.detail_replaced", chunks=chunks, sensitivity=level),
        RECLASSIFIED: lambda: t("ingest.detail_reclassified", sensitivity=level),
        UNCHANGED: lambda: t("ingest.detail_unchanged", sensitivity=level),
    }.get(result.status, lambda: escape(failure_text(lang, result)))()
    status = t(f"status.{result.status}")
    return f"[{style}]{status:>10}[/] {escape(result.name)} [dim]—[/] {detail}"


def _summary(report: IngestReport) -> str:
    counts = ", ".join(
        [
            count(report.count(ADDED), "units.added"),
            count(report.count(REPLACED), "units.replaced"),
            count(report.count(RECLASSIFIED), "units.reclassified"),
            count(report.count(UNCHANGED), "units.unchanged"),
            count(report.count(SKIPPED), "units.skipped"),
            count(report.count(ERROR), "units.failed"),
            count(len(report.pruned), "units.pruned"),
        ]
    )
    seconds = f"{report.seconds:.1f}"
    if cli_language() == "fr":
        seconds = seconds.replace(".", ",")
    return t(
        "ingest.summary",
        files=f"[bold]{plural(len(report.files), 'file')}[/]",
        counts=counts,
        chunks=count(report.chunks, "units.new_chunks"),
        seconds=seconds,
    )


def ingest(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    paths: list[Path] = typer.Argument(..., help="Files or folders (recursive)."),
    sensitivity: str | None = typer.Option(
        None,
        "--sensitivity",
        help=f"A level for these files: {', '.join(LEVELS)}. A stricter marking or folder "
        "rule still wins; it replaces the client's default for unmarked files.",
    ),
    prune: bool = typer.Option(False, "--prune", help="Forget documents whose file is gone."),
) -> None:
    """Load documents (PDF, DOCX, Markdown, HTML, TXT) into a client's knowledge base.

    Each file's level (public, internal, confidential) and the reason are printed: a
    marking in the document, a folder rule, --sensitivity, or the client's
    default_sensitivity (internal unless the client file says otherwise). Exits 1 when
    any file failed (the others are saved).
    """
    config = load_client(client)
    if sensitivity is not None and parse_level(sensitivity) is None:
        fail(t("ingest.unknown_sensitivity", value=sensitivity, levels=", ".join(LEVELS)))
    for name in filter(names_staff, config.ambassador_names):
        hint = t("ingest.staff_name", name=name, client=config.name)
        console.print(f"[yellow]{escape(hint)}[/]", highlight=False, soft_wrap=True)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(t("ingest.not_found", paths=", ".join(missing)))
    total = sum(1 for item in iter_files(paths) if not isinstance(item, FileResult))
    kb = knowledge_base()
    progress = Progress(
        TextColumn(f"[bold]{t('ingest.progress')}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    with progress:
        task = progress.add_task("files", total=total)

        def on_file(result: FileResult) -> None:
            progress.console.print(_file_line(result), highlight=False, soft_wrap=True)
            progress.advance(task)

        report = kb.ingest_paths(
            config.name,
            paths,
            sensitivity=sensitivity,
            prune=prune,
            on_file=on_file,
            **config.ingest_options(),
        )
    for name in report.pruned:
        line = f"[magenta]{t('status.pruned'):>10}[/] {escape(name)}"
        console.print(line, highlight=False, soft_wrap=True)
    console.print(_summary(report), highlight=False, soft_wrap=True)
    # Files no marking classified: hidden from ambassadors by the default, on a doubt or by
    # the second reader.
    hints = (
        ("ingest.unmarked_hint", lambda f: f.reason == DEFAULT and f.sensitivity != PUBLIC),
        ("ingest.doubt_hint", lambda f: f.reason == DOUBT),
        ("ingest.learned_hint", lambda f: f.reason == LEARNED),
    )
    for key, applies in hints:
        if files := sum(f.ok and applies(f) for f in report.files):
            hint = t(key, files=plural(files, "file"), client=config.name)
            console.print(f"[yellow]{escape(hint)}[/]", highlight=False, soft_wrap=True)
    _suggest_ambassador_names(report.files, config)
    _embed_passages(kb, config.name)
    if report.failed:
        err_console.print(
            f"[red]{t('ingest.failed_hint', files=plural(report.failed, 'file'))}[/]",
            highlight=False,
        )
        raise typer.Exit(1)


def _suggest_ambassador_names(files: list[FileResult], config: ClientConfig) -> None:
    """Documents kept for a name the reader does not know ("réservé aux Isards", or "pour
    tous les Isards" in an unmarked document's first lines), or for the ambassadors beside a
    name ("réservé aux ambassadeurs Lumina"), stay closed to ambassadors: say how to open
    them if that name is the ambassadors', the company's or the program's."""
    naming: tuple[tuple[str, Callable[[FileResult], str | None]], ...] = (
        ("ingest.names_hint", lambda file: _unbound_name(file, config.ambassador_names)),
        ("ingest.bound_hint", bound_name),
    )
    for key, name_of in naming:
        found: dict[str, list[str]] = {}
        for file in files:
            if (name := name_of(file)) is not None:
                found.setdefault(name, []).append(file.name)
        for name, names in found.items():
            hint = t(key, name=name, files=", ".join(names), client=config.name)
            console.print(f"[yellow]{escape(hint)}[/]", highlight=False, soft_wrap=True)


def _unbound_name(file: FileResult, names: Sequence[str]) -> str | None:
    """The readers' name to suggest as the ambassadors', unless it stands beside their word
    ("ambassadeurs Zircalis"): the bound-name hint says what to do with that one."""
    name = suggested_name(file, names)
    return name if name is not None and name != bound_name(file) else None


def _embed_passages(kb: KnowledgeBase, client: str) -> None:
    """Sentence vectors for the chunks that lack one, with a progress bar. The lexical
    index answers already; Ctrl-C stops here and the work resumes later (next ingest, or
    the running bot's background worker)."""
    if kb.encoder is None:
        return
    done, total = kb.semantic_progress(client)
    if done >= total:
        return
    progress = Progress(
        TextColumn(f"[bold]{t('ingest.embedding')}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    try:
        with progress:
            task = progress.add_task("passages", total=total, completed=done)
            done, total = kb.embed_pending(
                client, lambda d, n: progress.update(task, completed=d, total=n)
            )
    except KeyboardInterrupt:
        done, total = kb.semantic_progress(client)
        console.print(t("ingest.embedding_stopped", done=done, total=total), highlight=False)
        return
    console.print(t("ingest.embedded", done=done, total=total), highlight=False)


def ask(
    question: str = typer.Argument(..., help="The question, or '-' to read one per line on stdin."),
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    role: str = typer.Option("ambassador", "--role", help=f"Asker's role: {', '.join(ROLES)}."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per question and line."),
) -> None:
    """Answer from a client's documents (offline: quoted sentences with sources)."""
    config = load_client(client)
    if role not in ROLES:
        fail(t("ask.unknown_role", value=role, roles=", ".join(ROLES)))
    if question != "-" and not clean_text(question):
        fail(t("ask.empty_question", client=client))
    allowed = sensitivities_for_role(role)
    kb = knowledge_base()
    lines = sys.stdin if question == "-" else [question]
    questions = (clean_text(line) for line in lines)  # as the chat pipeline does
    for text in questions:
        if not text:
            continue
        lang = "en" if detect_language(text) == "english" else config.language
        answer = kb.answer(config.name, text, allowed_sensitivities=allowed, lang=lang)
        if as_json:
            sys.stdout.write(json.dumps(answer.as_json(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            console.print(f"[bold]? {escape(text)}[/]", highlight=False)
            console.print(answer.text, highlight=False, markup=False)
            console.print()


def gaps(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    since: str = typer.Option(
        "30d",
        "--since",
        help="Only questions asked since: a number of days (30), a duration (7d, 12h) "
        "or a date (2026-11-01), like `audit --since`.",
    ),
    as_json: bool = typer.Option(
        False, "--json", help="One JSON object per topic and line; 'kind' is open or restricted."
    ),
) -> None:
    """Knowledge gaps: unanswered questions and answers rated 👎, grouped, most frequent first.

    Questions the documents answer for staff but not for the ambassador who asked are listed
    apart, as restricted: the answer exists, it is just not public.
    """
    from bot.core.periods import parse_since
    from bot.store import Database
    from skills.ask.gaps import counted, period_label, split_gaps
    from skills.ask.records import AnswerLog

    lang = cli_language()

    def t(key: str, **values: object) -> str:
        return catalog_text(lang, f"cligaps.{key}", **values)

    config = load_client(client)
    start = parse_since(since)
    if start is None:
        fail(t("bad_since", value=since))
    db = Database(get_settings().effective_database_url())
    try:
        db.migrate()
        records = AnswerLog(db).gaps(config.name, since=start)
    finally:
        db.dispose()
    open_groups, restricted = split_gaps(records)
    if as_json:
        for kind, groups in (("open", open_groups), ("restricted", restricted)):
            for group in groups:
                sys.stdout.write(json.dumps(group.as_json(kind), ensure_ascii=False) + "\n")
        return
    period = period_label(lang, since, start)
    if not records:
        console.print(t("empty", client=config.name, period=period), highlight=False)
        return
    asked = sum(group.count for group in open_groups)
    questions = counted(lang, "ask.gaps.questions", asked)
    topics = counted(lang, "ask.gaps.topics", len(open_groups))
    if open_groups:
        title = t("title", client=config.name, questions=questions, topics=topics, period=period)
        table = Table(title=title)
        columns = ("count", "unanswered", "disliked", "last_asked", "question")
        for col in columns:
            table.add_column(t(f"columns.{col}"), justify="left" if col in columns[3:] else "right")
        for group in open_groups:
            table.add_row(
                str(group.count),
                str(group.unanswered),
                str(group.not_helpful),
                *_gap_cells(group, t),
            )
        console.print(table)
    else:
        console.print(t("no_open", client=config.name, period=period), highlight=False)
    if restricted:
        topics = counted(lang, "ask.gaps.topics", len(restricted))
        table = Table(title=t("restricted_title", topics=topics), caption=t("restricted_hint"))
        for col in ("count", "last_asked", "question"):
            table.add_column(t(f"columns.{col}"), justify="right" if col == "count" else "left")
        for group in restricted:
            table.add_row(str(group.count), *_gap_cells(group, t))
        console.print(table)


def _gap_cells(group: GapGroup, t: Callable[..., str]) -> tuple[str, str]:
    """The 'last asked' and 'question' cells of a gap topic."""
    last = group.last_asked.strftime("%Y-%m-%d %H:%M") if group.last_asked else ""
    others = len(group.wordings) - 1
    wordings = f" [dim]({t('wordings', count=others)})[/]" if others else ""
    return last, escape(group.question) + wordings


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    from bot.cli.documents import register_documents

    register_documents(app)
    app.command("ingest")(ingest)
    app.command("ask")(ask)
    app.command("gaps")(gaps)
