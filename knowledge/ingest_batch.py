"""One ingestion batch: files from folders or uploads, where one bad file never stops
the rest (it becomes an error line of the report)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from knowledge.ingest import Ingestor
from knowledge.ingest_report import ERROR, FileResult
from knowledge.sensitivity import Sources

log = logging.getLogger(__name__)


def iter_files(paths: Sequence[Path]) -> Iterator[Path | FileResult]:
    """Files under `paths` (recursively, sorted, hidden entries skipped), or a FileResult
    for a path that does not exist."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield FileResult(
                name=str(raw),
                status=ERROR,
                message="file or folder not found",
                path=str(raw),
                code="not_found",
            )


def safely(work: Callable[[], FileResult], name: str) -> FileResult:
    """`work()`, or an error result naming the failure."""
    try:
        return work()
    except ValueError:
        raise  # a bad --sensitivity is the caller's error, not the file's
    except Exception as exc:
        log.exception("ingestion of %s failed", name)
        return FileResult(
            name=name, status=ERROR, message=f"{type(exc).__name__}: {exc}", code="internal"
        )


def ingest_upload(
    ingestor: Ingestor, filename: str, data: bytes, sources: Sources, max_mb: float
) -> FileResult:
    """A file sent in chat or in memory (source "upload:<name>"); the same name replaces
    the earlier one."""
    name = Path(filename).name or "document"
    return safely(
        lambda: ingestor.ingest_bytes(
            name, data, source=f"upload:{name}", sources=sources, max_mb=max_mb
        ),
        name,
    )


def ingest_tree(
    ingestor: Ingestor,
    paths: Sequence[Path],
    sources: Sources,
    max_mb: float,
    on_file: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Every file under `paths` (files or folders), each told to `on_file` once done."""
    roots = [Path(p) for p in paths]
    results = []
    for item in iter_files(roots):
        if isinstance(item, FileResult):
            result = item
        else:
            root = next((r for r in roots if r.is_dir() and item.is_relative_to(r)), None)
            result = safely(
                lambda item=item, root=root: ingestor.ingest_file(
                    item, sources=sources, max_mb=max_mb, root=root
                ),
                item.name,
            )
        results.append(result)
        if on_file is not None:
            on_file(result)
    return results
