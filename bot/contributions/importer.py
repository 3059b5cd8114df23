"""Importing history from another tool: `date,person,kind,proof,note`, all or nothing.

Every line is checked (its date, its person — `PLATFORM:USER_ID` or an e-mail of the
roster —, its kind, its proof, a proof seen twice) in one transaction; each bad line is
reported with its number and reason, and nothing is saved when there is one, unless
`skip_bad`. Imported rows count as approved. Levels and badges follow, without messages
(history is not news).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from bot.clock import Clock, SystemClock
from bot.contributions.dates import BadDay, parse_day
from bot.contributions.errors import ContributionError
from bot.contributions.guess import kind_named
from bot.contributions.kinds import kinds
from bot.contributions.log import ContributionLog, NewContribution, Proof, person_today
from bot.contributions.recognition import evaluate
from bot.contributions.tables import Contribution, ContributionSource
from bot.people.refs import PersonRef, PersonRefError, parse_person_ref
from bot.people.tables import Person, PersonIdentity
from bot.store.database import Database
from bot.tenants import ClientConfig

COLUMNS = ("date", "person", "kind", "proof", "note")
REQUIRED = ("date", "person", "kind")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LineProblem:
    line: int
    code: str
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportReport:
    imported: list[Contribution] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    file_problem: LineProblem | None = None
    promotions: int = 0
    badges: int = 0
    saved: bool = False


class _Abort(Exception):
    """Roll the import back: a bad line and no --skip-bad."""


def find_person(session: Session, client: str, ref: PersonRef) -> Person | None:
    if ref.email:
        return session.exec(
            select(Person).where(Person.client == client, Person.email == ref.email)
        ).first()
    identity = session.exec(
        select(PersonIdentity).where(
            PersonIdentity.client == client,
            PersonIdentity.platform == ref.platform,
            PersonIdentity.user_id == ref.user_id,
        )
    ).first()
    return session.get(Person, identity.person_id) if identity else None


def read_rows(path: Path) -> tuple[list[tuple[int, dict[str, str]]], LineProblem | None]:
    if path.stat().st_size > MAX_BYTES:
        return [], LineProblem(0, "too_big", {"limit": "20 MB"})
    data = path.read_bytes()
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = data.decode("cp1252", errors="replace")
    if "\x00" in content:
        return [], LineProblem(0, "binary")
    first = content.lstrip().partition("\n")[0]
    delimiter = max(
        (",", ";", "\t"), key=lambda d: sum(c.strip().lower() in COLUMNS for c in first.split(d))
    )
    reader = csv.reader(io.StringIO(content.lstrip()), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        return [], LineProblem(
            1, "bad_header", {"missing": ", ".join(missing), "expected": ",".join(COLUMNS)}
        )
    rows = []
    for row in reader:
        if any(cell.strip() for cell in row):
            values = {n: (row[i].strip() if i < len(row) else "") for i, n in enumerate(header)}
            rows.append((reader.line_num, values))
    return rows, None


class Importer:
    def __init__(self, db: Database, home: Path, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.log = ContributionLog(db, self.clock, home)

    def import_file(
        self, config: ClientConfig, path: Path, *, skip_bad: bool = False, by: str = "cli"
    ) -> ImportReport:
        report = ImportReport()
        rows, report.file_problem = read_rows(path)
        if report.file_problem is not None:
            return report
        try:
            with self.db.session() as session:
                self._all(session, config, path.parent, rows, report, by)
                if report.problems and not skip_bad:
                    raise _Abort
                report.saved = True
        except _Abort:
            report.imported, report.promotions, report.badges = [], 0, 0
        return report

    def _all(
        self,
        session: Session,
        config: ClientConfig,
        folder: Path,
        rows: list[tuple[int, dict[str, str]]],
        report: ImportReport,
        by: str,
    ) -> None:
        people: dict[int, Person] = {}
        for line, values in rows:
            try:
                new, person = self._line(session, config, folder, values, by)
                logged = self.log.log_in(session, config, new, notify_people=False, recognise=False)
            except ContributionError as error:
                report.problems.append(LineProblem(line, error.code, dict(error.values)))
                continue
            report.imported.append(logged.contribution)
            people[new.person_id] = person
        now = self.clock.now()
        for person in people.values():
            _, promotions, badges = evaluate(
                session, config, person, now, person_today(config, person, now), reason="import"
            )
            report.promotions += len(promotions)
            report.badges += len(badges)

    def _line(
        self,
        session: Session,
        config: ClientConfig,
        folder: Path,
        values: dict[str, str],
        by: str,
    ) -> tuple[NewContribution, Person]:
        typed = values.get("person", "")
        if not typed:
            raise ContributionError("missing_person")
        try:
            ref = parse_person_ref(typed)
        except PersonRefError as exc:
            raise ContributionError("bad_person", person=typed[:80]) from exc
        person = find_person(session, config.name, ref)
        if person is None or person.id is None:
            raise ContributionError("unknown_person", person=typed[:80])
        kind = kind_named(config, values.get("kind", ""))
        if kind is None:
            known = ", ".join(k.id for k in kinds(config))
            raise ContributionError("unknown_kind", kind=values.get("kind", "")[:40], known=known)
        day = _day(values.get("date", ""), person_today(config, person, self.clock.now()))
        return (
            NewContribution(
                person_id=person.id,
                kind=kind.id,
                occurred_on=day,
                source=ContributionSource.IMPORT,
                logged_by=by,
                proof=_proof(values.get("proof", ""), folder),
                note=values.get("note") or None,
                approved=True,
            ),
            person,
        )


def _day(typed: str, today: date) -> date:
    if not typed:
        raise ContributionError("missing_date")
    try:
        return parse_day(typed, today)
    except BadDay as exc:
        raise ContributionError("bad_date", date=typed[:40]) from exc


def _proof(typed: str, folder: Path) -> Proof | None:
    if not typed:
        return None
    if "://" in typed:
        return Proof(url=typed)
    path = Path(typed).expanduser()
    path = path if path.is_absolute() else folder / path
    if not path.is_file():
        raise ContributionError("proof_not_found", proof=typed[:200])
    return Proof.of_path(path)
