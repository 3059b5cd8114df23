"""Files a community manager sends in chat, ingested into the client's knowledge base."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.core.messages import Attachment
from bot.services import Services
from bot.tenants import ClientConfig
from knowledge.ingest import ADDED, REPLACED, UNCHANGED, FileResult
from knowledge.loaders import SUPPORTED_SUFFIXES
from prompts.catalog import text

MAX_UPLOAD_MB = 25
_NO_TEXT = "no text found"  # the ingestor's reason for a file without any text
_DETAIL_CHARS = 160


async def ingest_attachment(
    services: Services, client: ClientConfig, attachment: Attachment, lang: str
) -> str:
    """Ingest one file and return the line that tells the community manager what happened."""
    name = Path(attachment.filename).name or "document"
    size_mb = len(attachment.data) / 1_000_000
    if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
        formats = ", ".join(sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES))
        return text(lang, "ask.upload.unsupported", name=name, formats=formats)
    if size_mb > MAX_UPLOAD_MB:
        return text(
            lang, "ask.upload.too_big", name=name, size=f"{size_mb:.0f}", limit=MAX_UPLOAD_MB
        )
    if not attachment.data.strip():
        return text(lang, "ask.upload.empty", name=name)
    result = await asyncio.to_thread(
        services.knowledge.ingest_bytes,
        client.name,
        name,
        attachment.data,
        folder_rules=dict(client.sensitivity_rules),
    )
    return result_line(result, name, lang)


def result_line(result: FileResult, name: str, lang: str) -> str:
    if result.status in (ADDED, REPLACED):
        sensitivity = text(lang, f"ask.sensitivity.{result.sensitivity}")
        return text(
            lang,
            f"ask.upload.{result.status}",
            name=name,
            chunks=result.chunks,
            sensitivity=sensitivity,
        )
    if result.status == UNCHANGED:
        return text(lang, "ask.upload.unchanged", name=name)
    if result.message == _NO_TEXT:
        return text(lang, "ask.upload.empty", name=name)
    detail = result.message[:_DETAIL_CHARS] or result.status
    return text(lang, "ask.upload.unreadable", name=name, detail=detail)
