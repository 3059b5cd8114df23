"""Reading a roster file: `platform,user_id,name,email,groups,timezone,language`.

The file is checked whole before anything is saved: each bad line is reported with its
number and reason (a code and values, so the CLI can say it in the reader's language).
Excel's habits are accepted: a UTF-8 byte-order mark or Windows-1252 text, `;` or tab
between columns, groups separated by `;` (quoted when `;` also separates columns).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.adapters.registry import PLATFORMS
from bot.people.roster import RosterEntry
from bot.timezones import is_time_zone

COLUMNS = ("platform", "user_id", "name", "email", "groups", "timezone", "language")
REQUIRED = ("platform", "user_id")
ROSTER_PLATFORMS = PLATFORMS  # the chat platforms (`bot.adapters.registry`)
LANGUAGES = ("fr", "en")
MAX_BYTES = 10 * 1024 * 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class LineProblem:
    """Why line `line` cannot be imported: `code` names the reason, `values` fill it in."""

    line: int
    code: str
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class RosterFile:
    entries: list[RosterEntry] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    file_problem: LineProblem | None = None  # the whole file is unusable (line 0 or 1)


def read_roster(path: Path) -> RosterFile:
    if path.stat().st_size > MAX_BYTES:
        return RosterFile(file_problem=LineProblem(0, "too_big", {"limit": "10 MB"}))
    return parse_roster(_decode(path.read_bytes()))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_roster(text: str) -> RosterFile:
    result = RosterFile()
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        result.file_problem = LineProblem(0, "binary")
        return result
    first_line = text.lstrip().partition("\n")[0]
    delimiter = _delimiter(first_line)
    reader = csv.reader(io.StringIO(text.lstrip()), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        result.file_problem = LineProblem(
            1, "bad_header", {"missing": ", ".join(missing), "expected": ",".join(COLUMNS)}
        )
        return result
    seen: dict[tuple[str, str], int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        values = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        entry, problem = _entry(line, values)
        if problem is None and entry is not None:
            key = (entry.platform, entry.user_id)
            if key in seen:
                problem = LineProblem(
                    line, "duplicate", {"id": f"{key[0]}:{key[1]}", "first": str(seen[key])}
                )
            else:
                seen[key] = line
        if problem is not None:
            result.problems.append(problem)
        elif entry is not None:
            result.entries.append(entry)
    return result


def _delimiter(header_line: str) -> str:
    """The separator that splits the header into known columns (comma by default)."""
    best, best_hits = ",", 0
    for candidate in (",", ";", "\t"):
        hits = sum(1 for cell in header_line.split(candidate) if cell.strip().lower() in COLUMNS)
        if hits > best_hits:
            best, best_hits = candidate, hits
    return best


def _entry(line: int, values: dict[str, str]) -> tuple[RosterEntry | None, LineProblem | None]:
    platform = values.get("platform", "").lower()
    user_id = values.get("user_id", "")
    if platform not in ROSTER_PLATFORMS:
        code = "missing_platform" if not platform else "unknown_platform"
        return None, LineProblem(
            line, code, {"value": platform, "known": ", ".join(ROSTER_PLATFORMS)}
        )
    if not user_id:
        return None, LineProblem(line, "missing_id")
    if platform == "discord" and not user_id.isdigit():
        return None, LineProblem(line, "bad_discord_id", {"value": user_id})
    timezone = values.get("timezone", "")
    if timezone and not is_time_zone(timezone):
        return None, LineProblem(line, "unknown_timezone", {"value": timezone})
    language = values.get("language", "").lower()
    if language and language not in LANGUAGES:
        return None, LineProblem(line, "unknown_language", {"value": language})
    email = values.get("email", "").lower()
    if email and not _EMAIL.fullmatch(email):
        return None, LineProblem(line, "bad_email", {"value": email})
    groups = tuple(g.strip() for g in values.get("groups", "").split(";") if g.strip())
    return (
        RosterEntry(
            platform=platform,
            user_id=user_id,
            name=values.get("name") or None,
            email=email or None,
            groups=groups,
            timezone=timezone or None,
            language=language or None,
        ),
        None,
    )
