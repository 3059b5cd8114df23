"""`ambassade documents list` and `documents set-sensitivity`: check and correct levels."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.cli.common import cli_language, fail, load_client, plural
from bot.texts.cli_documents import t
from bot.texts.documents import level_name, reason_text
from knowledge.catalog import CLASSIFIER_VERSION, DocumentInfo
from knowledge.level_by_hand import set_level
from knowledge.markers import PUBLIC
from knowledge.sensitivity import LEVELS, UNMARKED_REASONS, parse_level

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
    docs = knowledge_base().documents(config.name)
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
