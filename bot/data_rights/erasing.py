"""Small tools the stores share to export and erase a person's rows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlmodel import Session, SQLModel

from bot.data_rights.registry import ERASED, DataSubject, after_commit

REMOVED = "[…]"  # what replaces an erased phrase inside a text that stays (a synthesis)
_SENTENCE = re.compile(r"[^.!?\n]+")
MIN_PHRASE = 12  # shorter fragments are too common to be theirs ("oui", "le vélo")


def dump(row: SQLModel, *, without: Iterable[str] = ()) -> dict[str, Any]:
    """A row as a dict for the export (datetimes become ISO text when written)."""
    return row.model_dump(exclude=set(without))


def names_them(subject: DataSubject, value: str | None) -> bool:
    """A `PLATFORM:USER_ID` or bare user id column (`logged_by`, `claimed_by`) naming them."""
    return bool(value) and (value in subject.refs or value in subject.user_ids)


def phrases(texts: Iterable[str]) -> set[str]:
    """Whole texts and their sentences, long enough to be theirs, to scrub from summaries."""
    found: set[str] = set()
    for text in texts:
        text = text.strip()
        if len(text) >= MIN_PHRASE:
            found.add(text)
        found.update(
            part.strip() for part in _SENTENCE.findall(text) if len(part.strip()) >= MIN_PHRASE
        )
    return found


def texts_in(value: Any) -> list[str]:
    """Every string inside a JSON value (an answer may be a list or a dict of fields)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for item in value.values() for t in texts_in(item)]
    if isinstance(value, list | tuple):
        return [t for item in value for t in texts_in(item)]
    return []


def scrub(value: Any, needles: Iterable[str]) -> tuple[Any, int]:
    """`value` with every needle (case-insensitive) replaced by `REMOVED`; how many were."""
    ordered = sorted({n for n in needles if n}, key=len, reverse=True)
    if not ordered:
        return value, 0
    alternatives = "|".join(re.escape(n) for n in ordered)
    # Whole words only: an id "lea" is not erased from "learn".
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return _scrub(value, pattern)


def _scrub(value: Any, pattern: re.Pattern[str]) -> tuple[Any, int]:
    if isinstance(value, str):
        return pattern.subn(REMOVED, value)
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        total = 0
        for key, item in value.items():
            out[key], n = _scrub(item, pattern)
            total += n
        return out, total
    if isinstance(value, list | tuple):
        items = [_scrub(item, pattern) for item in value]
        return [item for item, _ in items], sum(n for _, n in items)
    return value, 0


def delete_file_later(session: Session, home: Path, relative: str | None) -> bool:
    """Delete a file kept under the home once the erasure is committed; False if none."""
    if not relative:
        return False
    relative = relative.removeprefix("file:")
    path = (home / relative).resolve()
    if not path.is_relative_to(home.resolve()):
        return False  # never a file outside the home, whatever a row says
    after_commit(session, lambda: path.unlink(missing_ok=True))
    return True


__all__ = ["ERASED", "REMOVED", "delete_file_later", "dump", "names_them", "phrases", "scrub"]
