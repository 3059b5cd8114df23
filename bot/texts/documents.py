"""How a document's level and a refused file are told, in chat and on the command line."""

from __future__ import annotations

from knowledge.ingest_report import FileResult
from knowledge.sensitivity import REASONS
from prompts.catalog import text

_DETAIL_CHARS = 160


def level_name(lang: str, level: str | None) -> str:
    return text(lang, f"docs.level.{level}") if level else "?"


def reason_text(lang: str, reason: str, detail: str = "") -> str:
    key = reason if reason in REASONS else "unknown"
    return text(lang, f"docs.reason.{key}", detail=detail[:80])


def level_with_reason(lang: str, level: str | None, reason: str, detail: str = "") -> str:
    """'interne (niveau par défaut du client, aucun marquage)'."""
    return text(
        lang,
        "docs.with_reason",
        level=level_name(lang, level),
        reason=reason_text(lang, reason, detail),
    )


def result_level(lang: str, result: FileResult) -> str:
    return level_with_reason(lang, result.sensitivity, result.reason, result.reason_detail)


def _number(lang: str, value: object) -> object:
    """A decimal as the language writes it: 30,2 in French, 30.2 in English."""
    if isinstance(value, float):
        shown = f"{value:g}"
        return shown.replace(".", ",") if lang == "fr" else shown
    return value


def failure_text(lang: str, result: FileResult) -> str:
    """Why a file was not added, in the person's language (the parser's words as detail)."""
    values = {str(k): _number(lang, v) for k, v in result.values.items()}
    detail = (result.message or result.status)[:_DETAIL_CHARS]
    code = result.code or "internal"
    try:
        return text(lang, f"docs.failure.{code}", detail=detail, **values)
    except (KeyError, IndexError, TypeError):
        return text(lang, "docs.failure.internal", detail=detail)
