"""Checking a solicitation before it is saved: every problem found, none guessed.

The CLI, the `.csv` and `.ics` imports and (later) the chat form all fill a
`SolicitationDraft` with what the person typed; `check_draft` returns either a
`NewSolicitation` with everything resolved (UTC times, person ids, points) or the list
of `Problem`s, each a code and values that `prompts/solicitations_*.yaml` puts in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.people import PersonRefError, parse_person_ref
from bot.people.roster import PersonView
from bot.solicitations.kinds import find_kind
from bot.solicitations.when import WhenError, parse_when, to_utc
from bot.tenants import ClientConfig
from bot.timezones import zone
from prompts.catalog import text

MAX_TITLE = 200
MAX_DESCRIPTION = 4000
MAX_PLACES = 10_000


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    values: dict[str, str] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return text(lang, f"solicitations.problems.{self.code}", **self.values)


@dataclass
class SolicitationDraft:
    """What someone asked for, as typed (strings) or as read from a calendar (datetimes)."""

    title: str = ""
    kind: str = ""
    kind_hints: Sequence[str] = ()  # when `kind` is empty: the first of these that is a kind
    deadline: str | date | None = None  # a date alone: that day, 23:59
    start: str | date | None = None
    description: str | None = None
    places: str | int | None = None
    points: str | int | None = None
    groups: Sequence[str] = ()
    people: Sequence[str] = ()
    auto: bool = False
    source: str = "cli"
    external_uid: str | None = None
    created_by: str | None = None


@dataclass(frozen=True)
class NewSolicitation:
    """A draft that passed every check, ready to be saved."""

    client: str
    kind: str
    title: str
    description: str | None
    start_at: datetime | None
    deadline_at: datetime
    timezone: str
    places: int
    points: int
    target_groups: tuple[str, ...]
    target_person_ids: tuple[int, ...]
    auto: bool
    source: str
    external_uid: str | None
    created_by: str | None


class Audience:
    """Who a solicitation can target: the groups and the people of the roster."""

    def __init__(self, people: Sequence[PersonView]) -> None:
        self.groups: dict[str, str] = {}
        self.by_identity: dict[tuple[str, str], int] = {}
        self.by_email: dict[str, int] = {}
        for view in people:
            person = view.person
            assert person.id is not None
            for group in person.groups:
                self.groups.setdefault(str(group).casefold(), str(group))
            if person.email:
                self.by_email[person.email.lower()] = person.id
            for identity in view.identities:
                self.by_identity[(identity.platform, identity.user_id)] = person.id

    def person_id(self, ref_text: str) -> int | None:
        ref = parse_person_ref(ref_text)
        if ref.email:
            return self.by_email.get(ref.email)
        assert ref.platform is not None and ref.user_id is not None
        return self.by_identity.get((ref.platform, ref.user_id))


def check_draft(
    draft: SolicitationDraft, config: ClientConfig, audience: Audience, now: datetime
) -> tuple[NewSolicitation | None, list[Problem]]:
    problems: list[Problem] = []
    client_zone = zone(config.people.timezone)

    title = " ".join((draft.title or "").split())
    if not title:
        problems.append(Problem("missing_title"))
    elif len(title) > MAX_TITLE:
        problems.append(Problem("title_too_long", {"max": str(MAX_TITLE)}))
    description = (draft.description or "").strip() or None
    if description and len(description) > MAX_DESCRIPTION:
        problems.append(Problem("description_too_long", {"max": str(MAX_DESCRIPTION)}))

    kind_id = (draft.kind or "").strip().lower()
    if not kind_id:
        hints = [h.strip().lower() for h in draft.kind_hints if h and h.strip()]
        kind_id = next((h for h in hints if find_kind(config, h)), hints[-1] if hints else "")
    kind = find_kind(config, kind_id) if kind_id else None
    known = ", ".join(k.id for k in config.solicitations.kinds)
    if not kind_id:
        problems.append(Problem("missing_kind", {"known": known}))
    elif kind is None:
        problems.append(Problem("unknown_kind", {"value": kind_id, "known": known}))

    deadline = _moment(draft.deadline, "deadline", client_zone, problems, end_of_day=True)
    start = _moment(draft.start, "start", client_zone, problems, end_of_day=False)
    if draft.deadline in (None, ""):
        problems.append(Problem("missing_deadline"))
    if deadline is not None and deadline <= now:
        problems.append(Problem("deadline_past", {"value": _local(deadline, client_zone)}))
    if deadline is not None and start is not None and start > deadline:
        problems.append(
            Problem(
                "start_after_deadline",
                {"start": _local(start, client_zone), "deadline": _local(deadline, client_zone)},
            )
        )

    places = _count(draft.places, 1, "bad_places", problems, minimum=1, maximum=MAX_PLACES)
    default_points = kind.points if kind is not None else 0
    points = _count(draft.points, default_points, "bad_points", problems, minimum=0)

    groups: list[str] = []
    for raw in draft.groups:
        name = raw.strip()
        if not name:
            continue
        known_group = audience.groups.get(name.casefold())
        if known_group is None:
            problems.append(
                Problem(
                    "unknown_group",
                    {"value": name, "known": ", ".join(sorted(audience.groups.values())) or "–"},
                )
            )
        elif known_group not in groups:
            groups.append(known_group)

    person_ids: list[int] = []
    for raw in draft.people:
        if not raw.strip():
            continue
        try:
            person_id = audience.person_id(raw)
        except PersonRefError:
            problems.append(Problem("bad_person", {"value": raw.strip()}))
            continue
        if person_id is None:
            problems.append(Problem("unknown_person", {"value": raw.strip()}))
        elif person_id not in person_ids:
            person_ids.append(person_id)

    if problems:
        return None, problems
    assert deadline is not None and kind is not None
    return (
        NewSolicitation(
            client=config.name,
            kind=kind.id,
            title=title,
            description=description,
            start_at=start,
            deadline_at=deadline,
            timezone=client_zone.key,
            places=places,
            points=points,
            target_groups=tuple(groups),
            target_person_ids=tuple(person_ids),
            auto=draft.auto,
            source=draft.source,
            external_uid=draft.external_uid,
            created_by=draft.created_by,
        ),
        [],
    )


def _moment(
    value: str | date | None,
    name: str,
    client_zone: ZoneInfo,
    problems: list[Problem],
    *,
    end_of_day: bool,
) -> datetime | None:
    if value is None or value == "":
        return None
    try:
        if isinstance(value, date):
            return to_utc(value, client_zone, end_of_day=end_of_day)
        return parse_when(value, client_zone, end_of_day=end_of_day)
    except WhenError as exc:
        problems.append(Problem(f"{exc.code}_{name}", {"value": str(value)}))
        return None


def _count(
    value: str | int | None,
    default: int,
    code: str,
    problems: list[Problem],
    *,
    minimum: int,
    maximum: int = 1_000_000,
) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or not minimum <= number <= maximum:
        problems.append(Problem(code, {"value": str(value), "max": str(maximum)}))
        return default
    return number


def _local(moment: datetime, client_zone: ZoneInfo) -> str:
    return f"{moment.astimezone(client_zone):%Y-%m-%d %H:%M}"
