"""Reading the log: a filtered list (CLI, staff), and one person's own view (`mes points`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import col, select

from bot.contributions.log import person_today
from bot.contributions.recognition import Badge, Promotion, Standing, evaluate
from bot.contributions.tables import Contribution
from bot.people.tables import Person, PersonIdentity
from bot.store.database import Database
from bot.tenants import ClientConfig


@dataclass(frozen=True, slots=True)
class Filters:
    person_id: int | None = None
    status: str | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 200


@dataclass
class Listed:
    contribution: Contribution
    person: Person
    identities: list[str]

    def as_json(self) -> dict[str, Any]:
        data = self.contribution.model_dump(mode="json")
        data["person"] = {
            "id": self.person.id,
            "name": self.person.name,
            "email": self.person.email,
            "identities": self.identities,
        }
        return data


def listing(db: Database, config: ClientConfig, filters: Filters) -> list[Listed]:
    """Newest first (by the day done, then by logging)."""
    conditions: list[Any] = [Contribution.client == config.name]
    if filters.person_id is not None:
        conditions.append(Contribution.person_id == filters.person_id)
    if filters.status:
        conditions.append(Contribution.status == filters.status)
    if filters.kind:
        conditions.append(Contribution.kind == filters.kind)
    if filters.since:
        conditions.append(col(Contribution.occurred_on) >= filters.since)
    if filters.until:
        conditions.append(col(Contribution.occurred_on) <= filters.until)
    with db.session() as session:
        rows = session.exec(
            select(Contribution, Person)
            .join(Person, Person.id == Contribution.person_id)  # type: ignore[arg-type]
            .where(*conditions)
            .order_by(col(Contribution.occurred_on).desc(), col(Contribution.id).desc())
            .limit(filters.limit)
        ).all()
        ids = {p.id for _, p in rows}
        identities: dict[int, list[str]] = {}
        if ids:
            for identity in session.exec(
                select(PersonIdentity).where(col(PersonIdentity.person_id).in_(ids))
            ):
                identities.setdefault(identity.person_id, []).append(
                    f"{identity.platform}:{identity.user_id}"
                )
        return [Listed(c, p, sorted(identities.get(p.id or 0, []))) for c, p in rows]


@dataclass
class OwnView:
    standing: Standing
    recent: list[Contribution]
    pending: int
    promotions: list[Promotion] = field(default_factory=list)  # earned meanwhile (config,
    badges: list[Badge] = field(default_factory=list)  # time in the program): told now


def own_view(
    db: Database, config: ClientConfig, person: Person, now: datetime, recent: int = 5
) -> OwnView:
    """Where the person stands; a badge that time brought (a year in the program), or a
    level lowered thresholds now reach, is given on the way (and told in this reply)."""
    assert person.id is not None
    with db.session() as session:
        today = person_today(config, person, now)
        state, promotions, badges = evaluate(session, config, person, now, today)
        rows = session.exec(
            select(Contribution)
            .where(Contribution.client == config.name, Contribution.person_id == person.id)
            .order_by(col(Contribution.logged_at).desc(), col(Contribution.id).desc())
            .limit(recent)
        ).all()
        waiting = session.exec(
            select(Contribution.id).where(
                Contribution.client == config.name,
                Contribution.person_id == person.id,
                Contribution.status == "pending",
            )
        ).all()
        return OwnView(state, list(rows), len(waiting), promotions, badges)
