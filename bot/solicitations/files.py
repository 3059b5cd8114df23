"""Reading solicitations from a calendar (`.ics`) or a spreadsheet (`.csv`).

Nothing is saved here: each event or line becomes a `SolicitationDraft` with where it
came from, and whatever cannot be read is a `Problem` at that position, so the caller can
report every bad line or event and save nothing when there is one.

CSV header: `title,kind,deadline,start,description,places,groups,people,points,auto`
(title and deadline required; groups and people separated by `;`). Excel's habits are
accepted: a byte-order mark, Windows-1252 text, `;` or tab between columns.

ICS: each VEVENT is one solicitation: SUMMARY the title, DESCRIPTION, DTSTART the start,
DTEND (or DTSTART + DURATION, or DTSTART alone) the deadline; an all-day event ends at
23:59 on its last day. CATEGORIES naming a kind of the client sets the kind; optional
`X-AMBASSADE-KIND`, `-PLACES`, `-POINTS`, `-GROUPS` and `-PEOPLE` (`;`-separated) fill
the rest. The UID makes a second import of the same calendar add only new events.
Recurring events (RRULE) are refused: export their occurrences instead. Cancelled
events are skipped.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar

from bot.solicitations.drafts import Problem, SolicitationDraft

MAX_BYTES = 10 * 1024 * 1024
CSV_COLUMNS = (
    "title",
    "kind",
    "deadline",
    "start",
    "description",
    "places",
    "groups",
    "people",
    "points",
    "auto",
)
CSV_REQUIRED = ("title", "deadline")
_YES = {"1", "yes", "y", "true", "oui", "o", "vrai", "x"}
_NO = {"", "0", "no", "n", "false", "non", "faux"}


@dataclass(frozen=True, slots=True)
class SourcePosition:
    """Where a draft came from: a line of a CSV file, or the n-th event of a calendar."""

    kind: str  # "line" or "event"
    number: int
    label: str | None = None  # an event's title or UID


@dataclass
class ReadFile:
    drafts: list[tuple[SourcePosition, SolicitationDraft]] = field(default_factory=list)
    problems: list[tuple[SourcePosition, Problem]] = field(default_factory=list)
    file_problem: Problem | None = None
    skipped: int = 0  # cancelled events


def read_solicitations(path: Path, defaults: SolicitationDraft) -> ReadFile:
    """Read `path` by its extension (.ics or .csv); `defaults` fills what a row leaves out."""
    suffix = path.suffix.lower()
    if suffix not in (".ics", ".ical", ".csv"):
        return ReadFile(file_problem=Problem("unknown_format", {"name": path.name}))
    if path.stat().st_size > MAX_BYTES:
        return ReadFile(file_problem=Problem("too_big", {"limit": "10 MB"}))
    content = _decode(path.read_bytes())
    if "\x00" in content:
        return ReadFile(file_problem=Problem("binary"))
    if suffix == ".csv":
        try:
            return parse_csv(content, defaults)
        except csv.Error as exc:
            return ReadFile(file_problem=Problem("bad_csv", {"detail": str(exc)[:200]}))
    return parse_ics(content, defaults)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _with_defaults(defaults: SolicitationDraft, **values: object) -> SolicitationDraft:
    draft = SolicitationDraft(
        kind=defaults.kind,
        places=defaults.places,
        points=defaults.points,
        groups=tuple(defaults.groups),
        people=tuple(defaults.people),
        auto=defaults.auto,
        created_by=defaults.created_by,
    )
    for name, value in values.items():
        if value not in (None, "", ()):
            setattr(draft, name, value)
    return draft


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


# -- CSV ----------------------------------------------------------------------------------
def parse_csv(content: str, defaults: SolicitationDraft) -> ReadFile:
    result = ReadFile()
    content = content.removeprefix("\ufeff").lstrip()
    delimiter = _delimiter(content.partition("\n")[0])
    reader = csv.reader(io.StringIO(content), delimiter=delimiter)
    header = [cell.strip().lower() for cell in next(reader, [])]
    missing = [name for name in CSV_REQUIRED if name not in header]
    if missing:
        result.file_problem = Problem(
            "bad_header", {"missing": ", ".join(missing), "expected": ",".join(CSV_COLUMNS)}
        )
        return result
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        position = SourcePosition("line", reader.line_num)
        values = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        auto_text = values.get("auto", "").lower()
        if auto_text not in _YES | _NO:
            result.problems.append((position, Problem("bad_auto", {"value": values["auto"]})))
            continue
        draft = _with_defaults(
            defaults,
            title=values.get("title", ""),
            kind=values.get("kind", ""),
            deadline=values.get("deadline", ""),
            start=values.get("start", ""),
            description=values.get("description", ""),
            places=values.get("places", ""),
            points=values.get("points", ""),
            groups=_split(values.get("groups", "")),
            people=_split(values.get("people", "")),
            auto=auto_text in _YES or defaults.auto,
        )
        draft.source = "csv"
        result.drafts.append((position, draft))
    return result


def _delimiter(header_line: str) -> str:
    best, best_hits = ",", 0
    for candidate in (",", ";", "\t"):
        hits = sum(1 for c in header_line.split(candidate) if c.strip().lower() in CSV_COLUMNS)
        if hits > best_hits:
            best, best_hits = candidate, hits
    return best


# -- ICS ----------------------------------------------------------------------------------
_EVENT_LINE = re.compile(r"^BEGIN:VEVENT\s*$", re.IGNORECASE | re.MULTILINE)


def parse_ics(content: str, defaults: SolicitationDraft) -> ReadFile:
    result = ReadFile()
    try:
        calendar = icalendar.Calendar.from_ical(content)
    except Exception as exc:  # the parser's errors vary: any of them means unreadable
        result.file_problem = Problem("bad_ics", {"detail": str(exc)[:200]})
        return result
    if not isinstance(calendar, icalendar.Calendar):
        result.file_problem = Problem("bad_ics", {"detail": "no VCALENDAR"})
        return result
    events = list(calendar.walk("VEVENT"))
    if not events:
        result.file_problem = Problem("no_events")
        return result
    seen: dict[str, int] = {}
    for number, event in enumerate(events, start=1):
        title = str(event.get("SUMMARY", "")).strip()
        uid = str(event.get("UID", "")).strip() or None
        position = SourcePosition("event", number, title or uid)
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            result.skipped += 1
            continue
        problem = _event_problem(event, uid, seen, number)
        if problem is not None:
            result.problems.append((position, problem))
            continue
        if uid:
            seen[uid] = number
        try:
            start, deadline = _event_times(event)
        except (AttributeError, TypeError, ValueError) as exc:
            detail = str(exc)[:200]
            result.problems.append((position, Problem("bad_event_times", {"detail": detail})))
            continue
        categories = [str(c).strip().lower() for c in _categories(event)]
        draft = _with_defaults(
            defaults,
            title=title,
            description=str(event.get("DESCRIPTION", "")).strip(),
            start=start,
            deadline=deadline,
            places=str(event.get("X-AMBASSADE-PLACES", "")).strip(),
            points=str(event.get("X-AMBASSADE-POINTS", "")).strip(),
            groups=_split(str(event.get("X-AMBASSADE-GROUPS", ""))),
            people=_split(str(event.get("X-AMBASSADE-PEOPLE", ""))),
        )
        # An explicit kind wins; else the first category that is a kind; else the default.
        draft.kind = str(event.get("X-AMBASSADE-KIND", "")).strip()
        draft.kind_hints = (*categories, defaults.kind)
        draft.source = "ics"
        draft.external_uid = uid
        result.drafts.append((position, draft))
    return result


def _event_problem(
    event: icalendar.Event, uid: str | None, seen: dict[str, int], number: int
) -> Problem | None:
    errors = getattr(event, "errors", None) or []
    if errors:
        name, message = errors[0]
        return Problem("bad_property", {"name": str(name), "detail": str(message)[:200]})
    if event.get("RRULE") is not None or event.get("RDATE") is not None:
        return Problem("recurring")
    if event.get("DTSTART") is None:
        return Problem("missing_dtstart")
    if uid and uid in seen:
        return Problem("duplicate_uid", {"uid": uid, "first": str(seen[uid])})
    return None


def _categories(event: icalendar.Event) -> list[object]:
    value = event.get("CATEGORIES")
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [cat for item in items for cat in getattr(item, "cats", [item])]


def _event_times(event: icalendar.Event) -> tuple[date, date]:
    start = event.get("DTSTART").dt
    end_prop = event.get("DTEND")
    if end_prop is not None:
        end = end_prop.dt
    elif event.get("DURATION") is not None:
        end = start + event.get("DURATION").dt
    else:
        return start, start  # a date alone is read as that day, to 23:59
    if not isinstance(end, datetime):  # all-day: DTEND is the day after the last one
        first_day = start.date() if isinstance(start, datetime) else start
        last_day = end - timedelta(days=1) if end > first_day else end
        return start, last_day
    if not isinstance(start, datetime):
        start = datetime.combine(start, time(0, 0))
    return start, end
