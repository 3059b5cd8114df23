"""Files a community manager sends in chat, ingested into the client's knowledge base."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.core.messages import Attachment
from bot.tenants import ClientConfig
from bot.texts.documents import failure_text, result_level
from knowledge.base import KnowledgeBase
from knowledge.ingest_report import ADDED, RECLASSIFIED, REPLACED, UNCHANGED, FileResult
from knowledge.loaders import SUPPORTED_SUFFIXES
from prompts.catalog import text

_DETAIL_CHARS = 160


async def ingest_attachment(
    knowledge: KnowledgeBase, client: ClientConfig, attachment: Attachment, lang: str
) -> str:
    """Ingest one file into `knowledge`; the line that tells the community manager what happened."""
    name = Path(attachment.filename).name or "document"
    size_mb = len(attachment.data) / 1_000_000
    limit = client.upload_limit_mb  # the adapters read no more than this either
    if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
        formats = ", ".join(sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES))
        return text(lang, "ask.upload.unsupported", name=name, formats=formats)
    if size_mb > limit:
        size = f"{size_mb:.0f}"
        return text(lang, "ask.upload.too_big", name=name, size=size, limit=f"{limit:g}")
    if not attachment.data.strip():
        return text(lang, "ask.upload.empty", name=name)
    # The same rules as `ambassade ingest`: markings, folder rules, the client's default
    # and size cap; binary content refused whatever the extension.
    result = await asyncio.to_thread(
        knowledge.ingest_bytes,
        client.name,
        name,
        attachment.data,
        **client.ingest_options(),
    )
    return result_line(result, name, lang)


def result_line(result: FileResult, name: str, lang: str) -> str:
    """What happened to the file, with its level and why (as `ambassade ingest` says it)."""
    level = result_level(lang, result)
    if result.status in (ADDED, REPLACED):
        return text(
            lang,
            f"ask.upload.{result.status}",
            name=name,
            chunks=result.chunks,
            sensitivity=level,
        )
    if result.status in (UNCHANGED, RECLASSIFIED):
        return text(lang, f"docs.upload.{result.status}", name=name, sensitivity=level)
    if result.code == "empty":
        return text(lang, "ask.upload.empty", name=name)
    if result.code in ("too_big", "binary", "not_format", "unsupported"):
        return text(lang, "docs.upload.refused", name=name, detail=failure_text(lang, result))
    detail = result.message[:_DETAIL_CHARS] or result.status
    return text(lang, "ask.upload.unreadable", name=name, detail=detail)
