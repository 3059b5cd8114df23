"""What staff do with the log: approve or reject what waits, and move people between levels.

Who may do it is the caller's check (chat: the role; CLI: the operator); here the rules
that hold whoever asks: a contribution is reviewed once, never by the person it is about,
and a level is one of the client's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from bot.clock import Clock, SystemClock
from bot.contributions import notify
from bot.contributions.errors import ContributionError
from bot.contributions.kinds import find, solicitation_kind
from bot.contributions.log import Logged, after_approval, earned_payload, person_today
from bot.contributions.recognition import Standing, set_level, standing
from bot.contributions.tables import Contribution, ContributionStatus, LevelChange
from bot.people.tables import Person
from bot.store.database import Database
from bot.tenants import ClientConfig

PENDING = ContributionStatus.PENDING.value


@dataclass
class Reviewed:
    logged: Logged
    person: Person
    approved: bool


@dataclass
class PendingItem:
    contribution: Contribution
    person: Person


@dataclass
class LevelSet:
    change: LevelChange
    person: Person
    standing: Standing


class Reviews:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def review(
        self,
        config: ClientConfig,
        contribution_id: int,
        *,
        approve: bool,
        by: str,
        reviewer_person_id: int | None = None,
        note: str | None = None,
    ) -> Reviewed:
        """Approve (it counts; promotions and badges follow) or reject, and tell the person."""
        now = self.clock.now()
        with self.db.session() as session:
            row = _contribution(session, config.name, contribution_id)
            if row.status != PENDING:
                raise ContributionError("already_reviewed", id=str(row.id), status=row.status)
            if reviewer_person_id is not None and reviewer_person_id == row.person_id:
                raise ContributionError("own_contribution", id=str(row.id))
            person = session.get(Person, row.person_id)
            assert person is not None
            kind = find(config, row.kind) or solicitation_kind(config, row.kind)
            row.reviewed_by = by
            row.reviewed_at = now
            row.review_note = (note or "").strip()[:500] or None
            decided = ContributionStatus.APPROVED if approve else ContributionStatus.REJECTED
            row.status = decided.value
            session.add(row)
            session.flush()
            logged = Logged(row, kind)
            if approve:
                today = person_today(config, person, now)
                # The DM about the review says what it brought; the post is for the opted-in.
                after_approval(session, config, person, row, logged, now, today, False)
            payload = {**earned_payload(logged), "approved": approve}
            notify.to_person(
                session, config, person, f"contrib:{row.id}:reviewed", "reviewed", now, payload
            )
            return Reviewed(logged, person, approve)

    def pending(self, config: ClientConfig, limit: int = 20) -> tuple[list[PendingItem], int]:
        """The oldest contributions waiting for approval, and how many wait in all."""
        with self.db.session() as session:
            waiting = (
                Contribution.client == config.name,
                Contribution.status == PENDING,
            )
            rows = session.exec(
                select(Contribution, Person)
                .join(Person, Person.id == Contribution.person_id)  # type: ignore[arg-type]
                .where(*waiting)
                .order_by(col(Contribution.logged_at), col(Contribution.id))
                .limit(limit)
            ).all()
            total = len(session.exec(select(Contribution.id).where(*waiting)).all())
            return [PendingItem(c, p) for c, p in rows], total

    def set_level(
        self,
        config: ClientConfig,
        person_id: int,
        level_id: str,
        *,
        by: str,
        reason: str | None = None,
    ) -> LevelSet:
        """The community manager's decision (the only way down); the person is told."""
        level = config.contributions.level(level_id.strip().lower())
        if level is None:
            known = ", ".join(lv.id for lv in config.contributions.levels)
            raise ContributionError("unknown_level", level=level_id[:40], known=known)
        now = self.clock.now()
        with self.db.session() as session:
            person = session.get(Person, person_id)
            if person is None or person.client != config.name:
                raise ContributionError("unknown_person", person=str(person_id))
            change = set_level(session, config, person_id, level.id, by, now, reason)
            if change.direction != "same":
                payload = {"level": level.id, "direction": change.direction}
                key = f"contrib:level:{change.id}"
                notify.to_person(session, config, person, key, "level", now, payload)
            today = person_today(config, person, now)
            state = standing(session, config, person_id, today)
            return LevelSet(change, person, state)


def _contribution(session: Session, client: str, contribution_id: int) -> Contribution:
    row = session.get(Contribution, contribution_id)
    if row is None or row.client != client:
        raise ContributionError("unknown", id=str(contribution_id))
    return row
