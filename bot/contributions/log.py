"""Logging a contribution: checked whole, written with what it causes in one transaction.

A contribution is refused with a reason (`ContributionError`) when its kind is unknown,
its date is in the future, or its proof was already logged; nothing is saved then. Else it
is written pending (its kind needs approval) or approved, within the kind's daily cap or
beyond it (kept, earning nothing). An approved one promotes and gives badges at once, and
the messages that tells are decided in the same transaction (`notify`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Integer, String, bindparam, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.clock import Clock, SystemClock
from bot.contributions import notify
from bot.contributions.errors import ContributionError
from bot.contributions.kinds import Kind, find, kinds, solicitation_kind
from bot.contributions.proofs import BadProof, KeptFile, keep_file, normalise_url, sha256
from bot.contributions.recognition import Badge, Promotion, Standing, evaluate
from bot.contributions.tables import Contribution, ContributionSource, ContributionStatus
from bot.people.tables import Person
from bot.solicitations.planner import person_zone_and_quiet
from bot.store.database import Database
from bot.tenants import ClientConfig

EARLIEST = date(2000, 1, 1)
REJECTED = ContributionStatus.REJECTED.value


@dataclass(frozen=True, slots=True)
class Proof:
    """A link, or a file's name and bytes (kept under the home once the row is checked)."""

    url: str | None = None
    filename: str | None = None
    data: bytes | None = None

    @classmethod
    def of_path(cls, path: Path) -> Proof:
        return cls(filename=path.name, data=path.read_bytes())


@dataclass
class NewContribution:
    person_id: int
    kind: str
    occurred_on: date
    source: ContributionSource = ContributionSource.CHAT
    logged_by: str | None = None  # PLATFORM:USER_ID, or "cli"
    proof: Proof | None = None
    note: str | None = None
    solicitation_id: int | None = None
    points: int | None = None  # a solicitation's own points (else the kind's)
    approved: bool = False  # counted at once (imports, the CLI, staff on someone's behalf)


@dataclass
class Logged:
    contribution: Contribution
    kind: Kind
    standing: Standing | None = None  # when approved: where the person stands now
    promotions: list[Promotion] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)

    @property
    def pending(self) -> bool:
        return self.contribution.status == ContributionStatus.PENDING.value


def person_today(config: ClientConfig, person: Person, now: datetime) -> date:
    tz, _ = person_zone_and_quiet(config, person)
    return now.astimezone(tz).date()


class ContributionLog:
    def __init__(self, db: Database, clock: Clock | None = None, home: Path | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.home = home

    def log(
        self, config: ClientConfig, new: NewContribution, *, tell_person: bool = True
    ) -> Logged:
        """Check and write one contribution. `tell_person=False`: the caller shows the
        person what it earned in its own reply (they are the one logging it, in a DM)."""
        # The person can log it again: the commit does not wait for the disk (see
        # `Database.session`), which would be most of its time.
        with self.db.session(wait_for_disk=False) as session:
            return self.log_in(session, config, new, tell_person=tell_person)

    def log_in(
        self,
        session: Session,
        config: ClientConfig,
        new: NewContribution,
        *,
        tell_person: bool = True,
        notify_people: bool = True,
        recognise: bool = True,
    ) -> Logged:
        """`log` in the caller's transaction (a solicitation's Done, an import).

        `notify_people=False`: no message at all (history); `recognise=False`: levels and
        badges are the caller's to evaluate (once per person, after many rows).
        """
        now = self.clock.now()
        person = session.get(Person, new.person_id)
        if person is None or person.client != config.name:
            raise ContributionError("unknown_person", person=str(new.person_id))
        kind = self._kind(config, new)
        today = person_today(config, person, now)
        if new.occurred_on > today:
            raise ContributionError("future_date", date=f"{new.occurred_on:%d/%m/%Y}")
        if new.occurred_on < EARLIEST:
            raise ContributionError("too_old", date=f"{new.occurred_on:%d/%m/%Y}")
        url, kept = self._proof(session, config, new.proof)
        row = Contribution(
            client=config.name,
            person_id=new.person_id,
            kind=kind.id,
            occurred_on=new.occurred_on,
            logged_at=now,
            proof_url=url,
            proof_file=kept.path if kept else None,
            proof_sha256=kept.sha256 if kept else None,
            solicitation_id=new.solicitation_id,
            note=(new.note or "").strip()[:2000] or None,
            source=new.source.value,
            logged_by=new.logged_by,
        )
        row.capped = _over_cap(session, config.name, new.person_id, kind, new.occurred_on)
        base = new.points if new.points else kind.points
        row.points = 0 if row.capped else base
        if new.approved or not kind.approval:
            row.status = ContributionStatus.APPROVED.value
            row.reviewed_at = now
            row.reviewed_by = new.logged_by if new.approved else None
        else:
            row.status = ContributionStatus.PENDING.value
        session.add(row)
        try:
            session.flush()
        except IntegrityError as exc:  # the same proof, logged meanwhile by another turn
            raise ContributionError("duplicate_proof", id="?", date="?") from exc
        logged = Logged(row, kind)
        if logged.pending:
            if notify_people:
                notify.to_staff(
                    session, config, person, f"contrib:{row.id}:pending", now, {"id": row.id}
                )
            return logged
        by_staff = new.source is ContributionSource.STAFF
        if recognise:
            tell = tell_person and not by_staff  # staff's own DM below says it all
            after_approval(session, config, person, row, logged, now, today, tell, notify_people)
        if by_staff and notify_people and tell_person:
            key = f"contrib:{row.id}:logged_for"
            payload = earned_payload(logged)
            notify.to_person(session, config, person, key, "logged_for", now, payload)
        return logged

    def attach_proof(
        self, config: ClientConfig, contribution_id: int, proof: Proof
    ) -> Contribution:
        """Add the proof given after the fact (a solicitation's Done asks for it next)."""
        with self.db.session() as session:
            row = session.get(Contribution, contribution_id)
            if row is None or row.client != config.name:
                raise ContributionError("unknown", id=str(contribution_id))
            url, kept = self._proof(session, config, proof)
            row.proof_url = url or row.proof_url
            if kept is not None:
                row.proof_file, row.proof_sha256 = kept.path, kept.sha256
            session.add(row)
            try:
                session.flush()
            except IntegrityError as exc:
                raise ContributionError("duplicate_proof", id="?", date="?") from exc
            return row

    def for_done(
        self,
        session: Session,
        config: ClientConfig,
        solicitation_id: int,
        kind: str,
        points: int,
        person_id: int,
        by: str | None,
    ) -> Logged:
        """A solicitation's Done, in the transaction that records it: one contribution per
        person and solicitation (a second Done finds the first)."""
        seen = session.exec(
            select(Contribution).where(
                Contribution.client == config.name,
                Contribution.solicitation_id == solicitation_id,
                Contribution.person_id == person_id,
            )
        ).first()
        if seen is not None:
            return Logged(seen, solicitation_kind(config, seen.kind))
        person = session.get(Person, person_id)
        assert person is not None
        new = NewContribution(
            person_id=person_id,
            kind=kind,
            occurred_on=person_today(config, person, self.clock.now()),
            source=ContributionSource.SOLICITATION,
            logged_by=by,
            solicitation_id=solicitation_id,
            points=points or None,
        )
        return self.log_in(session, config, new, tell_person=False)

    # -- checks ----------------------------------------------------------------------------
    @staticmethod
    def _kind(config: ClientConfig, new: NewContribution) -> Kind:
        if new.solicitation_id is not None:
            return solicitation_kind(config, new.kind)
        found = find(config, new.kind)
        if found is None:
            known = ", ".join(k.id for k in kinds(config))
            raise ContributionError("unknown_kind", kind=new.kind[:40], known=known)
        return found

    def _proof(
        self, session: Session, config: ClientConfig, proof: Proof | None
    ) -> tuple[str | None, KeptFile | None]:
        if proof is None:
            return None, None
        try:
            if proof.url:
                url = normalise_url(proof.url)
                _refuse_seen(session, config.name, Contribution.proof_url, url)
                return url, None
            if proof.data is not None:
                if self.home is None:
                    raise ContributionError("no_file_store")
                _refuse_seen(session, config.name, Contribution.proof_sha256, sha256(proof.data))
                return None, keep_file(
                    self.home, config.name, proof.filename or "proof", proof.data
                )
        except BadProof as exc:
            raise ContributionError(exc.code) from exc
        return None, None


def after_approval(
    session: Session,
    config: ClientConfig,
    person: Person,
    row: Contribution,
    logged: Logged,
    now: datetime,
    today: date,
    tell_person: bool,
    notify_people: bool = True,
) -> None:
    """Promotions and badges an approval brings, and the messages that tell them: one DM
    about this contribution (unless the caller shows it), one post if they opted in."""
    logged.standing, logged.promotions, logged.badges = evaluate(
        session, config, person, now, today, contribution_id=row.id
    )
    if not notify_people or not (logged.promotions or logged.badges):
        return
    payload = earned_payload(logged)
    if tell_person:
        notify.to_person(
            session, config, person, f"contrib:{row.id}:earned", "earned", now, payload
        )
    notify.celebrate(session, config, person, f"contrib:{row.id}:channel", now, payload)


def earned_payload(logged: Logged) -> dict[str, object]:
    return {
        "id": logged.contribution.id,
        "levels": [p.level.id for p in logged.promotions],
        "badges": [b.rule.id for b in logged.badges],
    }


def _over_cap(session: Session, client: str, person_id: int, kind: Kind, day: date) -> bool:
    """The kind's daily cap is reached for that person and day (rejected ones not counted)."""
    values = {"client": client, "person_id": person_id, "day": day, "kind": kind.id}
    done = session.execute(_cap_statement(), values).scalar_one()
    return int(done) >= kind.daily_cap


@cache
def _cap_statement() -> Any:
    """`_over_cap`'s count, built once (on every logging, building it cost more than it)."""
    return (
        select(func.count())
        .select_from(Contribution)
        .where(
            col(Contribution.client) == bindparam("client", type_=String()),
            col(Contribution.person_id) == bindparam("person_id", type_=Integer()),
            col(Contribution.occurred_on) == bindparam("day", type_=Date()),
            col(Contribution.kind) == bindparam("kind", type_=String()),
            col(Contribution.status) != REJECTED,
            col(Contribution.capped).is_(False),
        )
    )


def _refuse_seen(session: Session, client: str, column: object, value: str) -> None:
    seen = session.exec(
        select(Contribution).where(Contribution.client == client, column == value)
    ).first()
    if seen is not None:
        raise ContributionError(
            "duplicate_proof", id=str(seen.id), date=f"{seen.occurred_on:%d/%m/%Y}"
        )
