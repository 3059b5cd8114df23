"""`ambassade documents list`, `documents set-sensitivity` and `documents reread`: check and
correct levels, and read again the documents whose reading depends on a date that came."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.cli.common import cli_language, fail, load_client, plural, plural_form
from bot.texts.cli_documents import t
from bot.texts.documents import failure_text, level_name, reason_text
from knowledge.catalog import CLASSIFIER_VERSION, DocumentInfo
from knowledge.ingest_report import FileResult
from knowledge.ingest_review import to_review
from knowledge.level_by_hand import set_level
from knowledge.markers import PUBLIC
from knowledge.sensitivity import LEVELS, REVIEW, UNMARKED_REASONS, parse_level

console = Console()
documents_app = typer.Typer(
    help="The documents of a client: their level (public, internal, confidential) and why.",
    no_args_is_help=True,
)

_LEVEL_STYLE = {"public": "green", "internal": "yellow", "confidential": "red"}


def _as_json(doc: DocumentInfo) -> str:
    return json.dumps(
        {
            "document": doc.name,
            "id": doc.doc_id,
            "source": doc.source,
            "sensitivity": doc.sensitivity,
            "reason": doc.reason or "unknown",
            "reason_detail": doc.reason_detail,
            "marking": doc.marker_text,
            "marking_level": doc.marker,
            "chunks": doc.chunks,
            "pages": doc.pages,
            "language": doc.language,
            "ingested_at": doc.ingested_at,
            "review_on": doc.review_on,
        },
        ensure_ascii=False,
    )


@documents_app.command("list")
def list_documents(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per document and line."),
    level: str | None = typer.Option(
        None, "--level", help=f"Only the documents at this level: {', '.join(LEVELS)}."
    ),
    unmarked: bool = typer.Option(
        False,
        "--unmarked",
        help="Only the documents no marking, folder rule or hand set: they took the client's "
        "default level (the ones to check before ambassadors miss them).",
    ),
) -> None:
    """Every document of a client with its level and the reason for it."""
    from bot.cli.knowledge import knowledge_base

    config = load_client(client)
    wanted = None
    if level is not None and (wanted := parse_level(level)) is None:
        fail(t("ingest.unknown_sensitivity", value=level, levels=", ".join(LEVELS)))
    kb = knowledge_base()
    docs = kb.documents(config.name)
    due = len(to_review(docs, kb.clock()))
    filtered = bool(wanted or unmarked)
    docs = [
        doc
        for doc in docs
        if (wanted is None or doc.sensitivity == wanted)
        and (not unmarked or doc.reason in UNMARKED_REASONS)
    ]
    if as_json:
        for doc in docs:
            sys.stdout.write(_as_json(doc) + "\n")
        return
    if not docs:
        key = "documents.none_matching" if filtered else "documents.empty"
        console.print(t(key, client=config.name), highlight=False)
        return
    lang = cli_language()
    title = t("documents.title", client=config.title, documents=plural(len(docs), "document"))
    table = Table(title=title)
    for col in ("document", "sensitivity", "reason", "chunks", "ingested"):
        justify = "right" if col == "chunks" else "left"
        table.add_column(t(f"documents.columns.{col}"), justify=justify)  # type: ignore[arg-type]
    for doc in docs:
        style = _LEVEL_STYLE.get(doc.sensitivity, "white")
        table.add_row(
            escape(doc.name),
            f"[{style}]{level_name(lang, doc.sensitivity)}[/]",
            escape(reason_text(lang, doc.reason, doc.reason_detail)),
            str(doc.chunks),
            doc.ingested_at.replace("T", " ")[:16],
        )
    console.print(table)
    hidden = [d for d in docs if d.reason in UNMARKED_REASONS and d.sensitivity != PUBLIC]
    if hidden and not unmarked:
        hint = t(
            "documents.unmarked_hint",
            documents=plural(len(hidden), "document"),
            client=config.name,
        )
        console.print(hint, highlight=False)
        if not config.ambassador_names:
            console.print(escape(t("documents.names_tip", client=config.name)), highlight=False)
    stale = sum(doc.classifier < CLASSIFIER_VERSION for doc in docs)
    if stale:
        told = t("documents.stale", documents=plural(stale, "document"), client=config.name)
        console.print(told, highlight=False)
    if due:
        told = t(f"documents.due.{plural_form(due)}", n=due, client=config.name)
        console.print(f"[yellow]{escape(told)}[/]", highlight=False)


@documents_app.command("reread")
def reread(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
) -> None:
    """Read again the documents whose reading depends on a date that has come (an embargo
    ended, a readership window closed, a release approved for a day): each file as it was
    ingested (same folder rules and --sensitivity). A public one that cannot be read again
    (sent in chat, file gone) is withheld (internal) until it is sent again. Levels set by
    hand stand. The running bot does this by itself, every hour."""
    from bot.cli.knowledge import _embed_passages, knowledge_base

    config = load_client(client)
    kb = knowledge_base()
    before = {doc.source: doc.sensitivity for doc in kb.documents(config.name)}
    today = kb.clock()
    results = kb.reread_due(config.name, today=today, **config.ingest_options())
    if not results:
        console.print(t("reread.none", client=config.name), highlight=False)
        return
    lang = cli_language()
    table = Table(title=t("reread.title", client=config.title, today=today.isoformat()))
    for col in ("document", "before", "after", "reason"):
        table.add_column(t(f"reread.columns.{col}"))
    for result in results:
        table.add_row(*_reread_row(lang, result, before.get(result.path)))
    console.print(table)
    withheld = [r.name for r in results if r.reason == REVIEW]
    if withheld:
        hint = t("reread.withheld_hint", documents=", ".join(withheld), client=config.name)
        console.print(f"[yellow]{escape(hint)}[/]", highlight=False, soft_wrap=True)
    _embed_passages(kb, config.name)


def _reread_row(lang: str, result: FileResult, old: str | None) -> tuple[str, str, str, str]:
    """A document read again: its name, its level before and after, and why (or why it
    could not be read)."""
    new = result.sensitivity or old

    def shown(level: str | None) -> str:
        return f"[{_LEVEL_STYLE.get(level or '', 'white')}]{level_name(lang, level)}[/]"

    why = reason_text(lang, result.reason, result.reason_detail) if result.reason else ""
    if result.message:
        why = f"{why} — {failure_text(lang, result)}" if why else failure_text(lang, result)
    return escape(result.name), shown(old), shown(new), escape(why)


@documents_app.command("set-sensitivity")
def set_sensitivity(
    document: str = typer.Argument(..., help="The document's name (as listed) or its id."),
    level: str = typer.Argument(..., help=f"The level: {', '.join(LEVELS)}."),
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
) -> None:
    """Set a document's level by hand: applies at once, and survives re-ingesting the
    unchanged file (the reason shows "set by hand")."""
    from bot.cli.knowledge import knowledge_base

    config = load_client(client)
    wanted = parse_level(level)
    if wanted is None:
        fail(t("ingest.unknown_sensitivity", value=level, levels=", ".join(LEVELS)))
    change = set_level(knowledge_base(), config.name, document, wanted)
    if not change.matches:
        fail(t("documents.not_found", document=document, client=config.name))
    doc = change.document
    if doc is None:
        ids = ", ".join(f"{d.doc_id} ({d.source})" for d in change.matches)
        fail(t("documents.ambiguous", document=document, ids=ids))
    lang = cli_language()
    old = change.previous or wanted  # the one document's level before
    key = "documents.same" if change.unchanged else "documents.set"
    console.print(
        t(key, document=doc.name, old=level_name(lang, old), new=level_name(lang, wanted)),
        highlight=False,
    )
    if change.below_marking:
        console.print(
            "[yellow]"
            + escape(
                t(
                    "documents.below_marking",
                    marking=doc.marker_text or doc.marker,
                    level=level_name(lang, doc.marker),
                )
            )
            + "[/]",
            highlight=False,
        )


def register_documents(app: typer.Typer) -> None:
    app.add_typer(documents_app, name="documents")
