"""Points, levels and badges of one person, read from their approved contributions.

Only approved contributions within their daily cap count. A person's level is the last
one they were given (`level_change`), the first level before any change. Promotion is
immediate: as soon as an approval makes someone qualify for a higher level, it is written.
Demotion is never automatic: `set_level` is for the community manager.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    String,
    bindparam,
    func,
    literal,
    null,
    type_coerce,
    union_all,
)
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select
from sqlmodel.sql.sqltypes import UTCDateTime

from bot.contributions.settings import BadgeRule, Level
from bot.contributions.tables import (
    BadgeAward,
    Contribution,
    ContributionStatus,
    LevelChange,
)
from bot.people.tables import Person
from bot.tenants import ClientConfig

APPROVED = ContributionStatus.APPROVED.value


@dataclass
class Standing:
    """Where a person stands: what counts toward levels, and what badges look at."""

    points: int  # toward levels (within `points_window_days`, all time by default)
    level_kinds: int  # distinct kinds toward levels (same window)
    total_points: int  # all time
    counts: dict[str, int]  # approved, counted contributions per kind (all time)
    first_on: date | None  # their first counted contribution
    level: Level  # the level they hold
    qualified: Level  # the highest level their points and kinds reach
    next: Level | None  # the level above the one they hold
    counted_since: datetime | None = None  # a demotion: levels count what was logged since
    badges: list[str] = field(default_factory=list)
    held_id: str | None = None  # the level of their last change (None: never changed)

    @property
    def kinds(self) -> int:
        return len(self.counts)

    @property
    def contributions(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class Promotion:
    change: LevelChange
    level: Level


@dataclass(frozen=True, slots=True)
class Badge:
    award: BadgeAward
    rule: BadgeRule


def current_level_id(session: Session, client: str, person_id: int) -> str | None:
    last = _last_change(session, client, person_id)
    return last.to_level if last is not None else None


def _last_change(session: Session, client: str, person_id: int) -> LevelChange | None:
    return session.exec(
        select(LevelChange)
        .where(LevelChange.client == client, LevelChange.person_id == person_id)
        .order_by(col(LevelChange.changed_at).desc(), col(LevelChange.id).desc())
        .limit(1)
    ).first()


@dataclass
class _Records:
    kinds: list[tuple[str, int, int, date | None]] = field(default_factory=list)
    changes: list[tuple[datetime, int, str, str]] = field(default_factory=list)  # in order
    badges: list[tuple[datetime, int, str]] = field(default_factory=list)  # in order

    @property
    def held(self) -> str | None:
        """The level of the last change (`current_level_id`)."""
        return self.changes[-1][2] if self.changes else None

    @property
    def last_demotion(self) -> datetime | None:
        downs = [at for at, _, _, direction in self.changes if direction == "down"]
        return downs[-1] if downs else None


@cache
def _records_statement() -> Any:
    """The statement of `_records`, built once (building it costs more than running it)."""
    client, person_id = bindparam("client", type_=String()), bindparam("person_id", type_=Integer())
    when = type_coerce(null(), UTCDateTime())
    number = type_coerce(null(), Integer())
    word = type_coerce(null(), String())
    kinds: Any = (
        core_select(
            literal("k").label("tag"),
            col(Contribution.kind).label("name"),
            func.count().label("n"),
            func.coalesce(func.sum(col(Contribution.points)), 0).label("points"),
            func.min(col(Contribution.occurred_on)).label("first_on"),
            when.label("at"),
            number.label("seq"),
            word.label("direction"),
        )
        .where(
            col(Contribution.client) == client,
            col(Contribution.person_id) == person_id,
            col(Contribution.status) == APPROVED,
            col(Contribution.capped).is_(False),
        )
        .group_by(col(Contribution.kind))
    )
    changes = core_select(
        literal("l"),
        col(LevelChange.to_level),
        number,
        number,
        type_coerce(null(), Date()),
        col(LevelChange.changed_at),
        col(LevelChange.id),
        col(LevelChange.direction),
    ).where(col(LevelChange.client) == client, col(LevelChange.person_id) == person_id)
    badges = core_select(
        literal("b"),
        col(BadgeAward.badge),
        number,
        number,
        type_coerce(null(), Date()),
        col(BadgeAward.awarded_at),
        col(BadgeAward.id),
        word,
    ).where(col(BadgeAward.client) == client, col(BadgeAward.person_id) == person_id)
    return union_all(kinds, changes, badges)


def _records(session: Session, client: str, person_id: int) -> _Records:
    """Everything `standing` reads about a person, in one round trip: approved, counted
    contributions per kind, their level changes and their badges."""
    found = _Records()
    rows = session.execute(_records_statement(), {"client": client, "person_id": person_id})
    for tag, name, n, points, first_on, at, seq, direction in rows:
        if tag == "k":
            found.kinds.append((name, int(n), int(points), first_on))
        elif tag == "l":
            found.changes.append((at, seq, name, direction))
        else:
            found.badges.append((at, seq, name))
    found.changes.sort()
    found.badges.sort()
    return found


def standing(session: Session, config: ClientConfig, person_id: int, today: date) -> Standing:
    settings = config.contributions
    records = _records(session, config.name, person_id)
    counts = {kind: n for kind, n, _, _ in records.kinds}
    total = sum(p for _, _, p, _ in records.kinds)
    firsts = [first for _, _, _, first in records.kinds if first is not None]
    points, level_kinds = total, len(counts)
    since = records.last_demotion
    if settings.points_window_days is not None or since is not None:
        basis: list[Any] = [
            Contribution.client == config.name,
            Contribution.person_id == person_id,
            Contribution.status == APPROVED,
            col(Contribution.capped).is_(False),
        ]
        if settings.points_window_days is not None:
            start = today - timedelta(days=settings.points_window_days - 1)
            basis.append(col(Contribution.occurred_on) >= start)
        if since is not None:
            basis.append(col(Contribution.logged_at) > since)
        window = session.exec(
            select(Contribution.kind, func.coalesce(func.sum(Contribution.points), 0))
            .where(*basis)
            .group_by(Contribution.kind)
        ).all()
        points, level_kinds = sum(int(p) for _, p in window), len(window)
    held_id = records.held
    held = settings.level(held_id) or settings.levels[0]
    qualified = settings.levels[0]
    for level in settings.levels:
        if points >= level.min_points and level_kinds >= level.min_kinds:
            qualified = level
    rank = settings.level_rank(held.id)
    following = settings.levels[rank + 1] if rank + 1 < len(settings.levels) else None
    return Standing(
        points=points,
        level_kinds=level_kinds,
        total_points=total,
        counts=counts,
        first_on=min(firsts) if firsts else None,
        level=held,
        qualified=qualified,
        next=following,
        counted_since=since,
        badges=[badge for _, _, badge in records.badges],
        held_id=held_id,
    )


def evaluate(
    session: Session,
    config: ClientConfig,
    person: Person,
    now: datetime,
    today: date,
    contribution_id: int | None = None,
    reason: str | None = None,
) -> tuple[Standing, list[Promotion], list[Badge]]:
    """Promote at once and give the badges now earned (in the caller's transaction)."""
    assert person.id is not None
    settings = config.contributions
    state = standing(session, config, person.id, today)
    promotions: list[Promotion] = []
    if settings.level_rank(state.qualified.id) > settings.level_rank(state.level.id):
        held = state.held_id
        change = LevelChange(
            client=config.name,
            person_id=person.id,
            from_level=held if held is not None else state.level.id,
            to_level=state.qualified.id,
            direction="up",
            changed_at=now,
            reason=reason,
            contribution_id=contribution_id,
        )
        session.add(change)
        promotions.append(Promotion(change, state.qualified))
        state.level = state.qualified
        rank = settings.level_rank(state.level.id)
        state.next = settings.levels[rank + 1] if rank + 1 < len(settings.levels) else None
    badges: list[Badge] = []
    joined = _joined(person, state.first_on)
    for rule in settings.badge_rules(config.contribution_kind_ids()):
        if rule.id in state.badges or not earned(rule, state, joined, today):
            continue
        award = BadgeAward(
            client=config.name,
            person_id=person.id,
            badge=rule.id,
            awarded_at=now,
            contribution_id=contribution_id,
        )
        session.add(award)
        state.badges.append(rule.id)
        badges.append(Badge(award, rule))
    if promotions or badges:
        session.flush()  # one round trip for all of them
    return state, promotions, badges


def earned(rule: BadgeRule, state: Standing, joined: date | None, today: date) -> bool:
    """Every condition the rule sets holds."""
    if rule.kind is not None or rule.count is not None:
        done = state.counts.get(rule.kind, 0) if rule.kind else state.contributions
        if done < (rule.count or 1):
            return False
    if rule.distinct_kinds is not None and state.kinds < rule.distinct_kinds:
        return False
    if rule.points is not None and state.total_points < rule.points:
        return False
    tenure = rule.tenure_days
    return tenure is None or (joined is not None and (today - joined).days >= tenure)


def _joined(person: Person, first_on: date | None) -> date | None:
    """When they joined: the roster's creation, or their first contribution if earlier."""
    created = person.created_at.date() if person.created_at else None
    dates = [d for d in (created, first_on) if d is not None]
    return min(dates) if dates else None


def set_level(
    session: Session,
    config: ClientConfig,
    person_id: int,
    level_id: str,
    by: str,
    now: datetime,
    reason: str | None = None,
) -> LevelChange:
    """A community manager's decision: any level, up or down (the only way down)."""
    settings = config.contributions
    held = current_level_id(session, config.name, person_id)
    before = settings.level_rank(held or settings.levels[0].id)
    after = settings.level_rank(level_id)
    direction = "up" if after > before else "down" if after < before else "same"
    change = LevelChange(
        client=config.name,
        person_id=person_id,
        from_level=held or settings.levels[0].id,
        to_level=level_id,
        direction=direction,
        changed_at=now,
        changed_by=by,
        reason=reason,
    )
    session.add(change)
    session.flush()
    return change
