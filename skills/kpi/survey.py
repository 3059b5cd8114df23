"""The ambassadors' NPS survey: waves decided on a cadence, run by the workshop engine.

Each client's `kpi.survey` says how often (every N months, from a day and hour in the
client's time zone) and for how long answers are taken. The running bot's scheduler calls
`run_waves` every few minutes; the first call inside a wave's window decides the whole wave
in one transaction, under the unique (client, wave) row of `kpi_survey_wave`: a workshop
session of the `nps` flow (invite only), one participant per ambassador who may be asked,
and one outbox invitation each, due outside their quiet hours. Deciding again (a restart,
a second process) finds the row and adds nothing.

Who is asked: the client's people who said yes (`sondages oui`: their last answer on the
`surveys` topic of `consent`, kept with when and where as evidence), who are not staff, not
gone, not paused, and whom the bot can reach on a platform. Nobody is asked by default.
The invitation is written again when due (`build_invitation`): someone who withdrew
(`stop sondages`), left or answered meanwhile gets nothing. A finished survey writes `nps_answer`
(`record_answer`, the workshop's finish hook); closing a wave sweeps any answer missed.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.contributions.tables import NpsAnswer
from bot.core.messages import Choice, ChoiceStyle, Reply, Target
from bot.kpi.scope import STAFF_ROLES
from bot.kpi.settings import SurveySettings
from bot.kpi.tables import KpiSurveyWave
from bot.notices.consent import consenting, said_yes
from bot.notices.tables import ConsentTopic
from bot.outbox import Outbox, OutboxMessage
from bot.people.tables import Person, PersonIdentity, PersonStatus
from bot.solicitations.candidates import aware, contact
from bot.solicitations.planner import person_zone_and_quiet
from bot.solicitations.quiet import next_allowed
from bot.store.database import Database
from bot.tenants import ClientConfig
from bot.timezones import zone
from prompts.catalog import text
from skills.workshop.present import JOIN_ACTION
from skills.workshop.repository import CODE_ALPHABET, CODE_LENGTH
from skills.workshop.tables import WorkshopAnswer, WorkshopParticipant, WorkshopSession

FLOW = "nps"
KIND = "kpi.survey"  # outbox kind: written when due by the kpi skill (`kpi:deliver`)


def wave_at(
    settings: SurveySettings, tz_name: str, now: datetime
) -> tuple[str, datetime, datetime] | None:
    """The wave whose answer window holds `now`: (id "2027-01", start, close), UTC; else None."""
    tz = zone(tz_name)
    local = now.astimezone(tz)
    month = local.year * 12 + local.month - 1
    for back in range(0, 13):
        index = month - back
        year, month0 = divmod(index, 12)
        if month0 % settings.every_months:
            continue
        start = datetime.combine(date(year, month0 + 1, settings.day), time(settings.hour), tz)
        if start > local:
            continue
        close = start + timedelta(days=settings.open_days)
        if local < close:
            return f"{year:04d}-{month0 + 1:02d}", start.astimezone(UTC), close.astimezone(UTC)
        return None
    return None


def _eligible(
    session: Session, config: ClientConfig, now: datetime
) -> list[tuple[Person, PersonIdentity]]:
    said_yes = consenting(session, config.name, ConsentTopic.SURVEYS)
    if not said_yes:
        return []
    people = session.exec(
        select(Person).where(Person.client == config.name, col(Person.id).in_(said_yes))
    ).all()
    chosen = []
    for person in people:
        if person.role in STAFF_ROLES or not _reachable(person, now):
            continue
        where = contact(session, person.id or 0)
        if where is not None:
            chosen.append((person, where))
    return chosen


def _reachable(person: Person, now: datetime) -> bool:
    if person.status == PersonStatus.LEFT.value:
        return False
    if person.status == PersonStatus.PAUSED.value:
        until = aware(person.paused_until)
        return until is not None and until <= now
    return True


def start_wave(db: Database, config: ClientConfig, now: datetime) -> KpiSurveyWave | None:
    """Decide the wave open at `now` for `config`, once; None when there is none to decide."""
    settings = config.kpi.survey
    if not settings.enabled:
        return None
    found = wave_at(settings, config.people.timezone, now)
    if found is None:
        return None
    survey, started, closes = found
    for _ in range(5):  # a code already taken: draw another one
        try:
            with db.session() as session:
                if session.exec(
                    select(KpiSurveyWave).where(
                        KpiSurveyWave.client == config.name, KpiSurveyWave.survey == survey
                    )
                ).first():
                    return None
                return _decide(session, config, survey, started, closes, now)
        except IntegrityError:
            continue
    return None


def _decide(
    session: Session,
    config: ClientConfig,
    survey: str,
    started: datetime,
    closes: datetime,
    now: datetime,
) -> KpiSurveyWave:
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    workshop = WorkshopSession(
        client=config.name,
        code=code,
        flow=FLOW,
        audience="invited",
        platform="scheduler",
        channel_id=f"survey:{survey}",
        facilitator_id="scheduler",
        created_at=now,
    )
    session.add(workshop)
    session.flush()
    wave = KpiSurveyWave(
        client=config.name,
        survey=survey,
        session_id=workshop.id or 0,
        started_at=started,
        closes_at=closes,
    )
    session.add(wave)
    session.flush()  # the unique (client, survey) row: a concurrent decision stops here
    for person, where in _eligible(session, config, now):
        session.add(
            WorkshopParticipant(
                session_id=workshop.id or 0,
                platform=where.platform,
                user_id=where.user_id,
                display_name=person.name,
                invited_at=now,
            )
        )
        tz, quiet = person_zone_and_quiet(config, person)
        wave.invited += Outbox.enqueue(
            session,
            key=f"kpi:survey:{config.name}:{survey}:person:{person.id}",
            client=config.name,
            kind=KIND,
            due_at=next_allowed(max(now, started), tz, quiet),
            platform=where.platform,
            recipient=where.user_id,
            person_id=person.id,
            payload={"survey": survey, "session": workshop.id, "code": code},
            now=now,
        )
    session.add(wave)
    return wave


def close_waves(db: Database, config: ClientConfig, now: datetime) -> int:
    """Close the waves whose window has passed; answers not yet kept are kept. How many."""
    closed = 0
    with db.session() as session:
        waves = session.exec(
            select(KpiSurveyWave).where(
                KpiSurveyWave.client == config.name,
                col(KpiSurveyWave.closed_at).is_(None),
                col(KpiSurveyWave.closes_at) <= now,
            )
        ).all()
        for wave in waves:
            for participant in session.exec(
                select(WorkshopParticipant).where(
                    WorkshopParticipant.session_id == wave.session_id,
                    WorkshopParticipant.status == "done",
                )
            ).all():
                answers = {
                    a.step_id: a.value.get("v")
                    for a in session.exec(
                        select(WorkshopAnswer).where(
                            WorkshopAnswer.participant_id == participant.id
                        )
                    ).all()
                    if not a.skipped
                }
                _keep(session, config.name, participant, wave.survey, answers, now)
            session.execute(
                update(WorkshopSession)
                .where(col(WorkshopSession.id) == wave.session_id)
                .values(status="closed", closed_at=now)
            )
            wave.closed_at = now
            session.add(wave)
            closed += 1
    return closed


def run_waves(services: Any) -> int:
    """The scheduler's job: close what is over, decide what is due; waves started."""
    now = services.clock.now()
    started = 0
    for config in services.clients.all():
        close_waves(services.db, config, now)
        started += start_wave(services.db, config, now) is not None
    return started


# -- answers ---------------------------------------------------------------------------------
def _person_of(session: Session, client: str, platform: str, user_id: str) -> int | None:
    identity = session.exec(
        select(PersonIdentity).where(
            PersonIdentity.client == client,
            PersonIdentity.platform == platform,
            PersonIdentity.user_id == user_id,
        )
    ).first()
    return identity.person_id if identity is not None else None


def _keep(
    session: Session,
    client: str,
    participant: WorkshopParticipant,
    survey: str,
    answers: dict[str, Any],
    now: datetime,
) -> int | None:
    score = answers.get("score")
    if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 10:
        return None
    person_id = _person_of(session, client, participant.platform, participant.user_id)
    if person_id is None:
        return None
    comment = answers.get("comment")
    row = session.exec(
        select(NpsAnswer).where(
            NpsAnswer.client == client, NpsAnswer.person_id == person_id, NpsAnswer.survey == survey
        )
    ).first()
    if row is None:
        row = NpsAnswer(
            client=client, person_id=person_id, survey=survey, score=score, answered_at=now
        )
    elif row.score == score and row.comment == (comment if isinstance(comment, str) else None):
        return score
    row.score = score
    row.comment = comment[:2000] if isinstance(comment, str) else None
    row.answered_at = now
    session.add(row)
    return score


def record_answer(
    db: Database,
    workshop: WorkshopSession,
    participant: WorkshopParticipant,
    answers: dict[str, Any],
    now: datetime,
) -> int | None:
    """Keep a finished survey in `nps_answer` (one per person and wave); the score kept."""
    with db.session() as session:
        wave = session.exec(
            select(KpiSurveyWave).where(KpiSurveyWave.session_id == workshop.id)
        ).first()
        survey = wave.survey if wave is not None else workshop.code  # a survey run by hand
        return _keep(session, workshop.client, participant, survey, answers, now)


# -- the invitation, written when due ---------------------------------------------------------
def build_invitation(
    db: Database, config: ClientConfig, outbox_id: int, now: datetime
) -> Reply | None:
    with db.session() as session:
        message = session.get(OutboxMessage, outbox_id)
        if message is None or message.client != config.name or message.kind != KIND:
            return None
        person = session.get(Person, message.person_id) if message.person_id else None
        if person is None or person.role in STAFF_ROLES or not _reachable(person, now):
            return None
        if not said_yes(session, config.name, person.id or 0, ConsentTopic.SURVEYS):
            return None  # withdrew meanwhile (`stop sondages`)
        workshop = session.get(WorkshopSession, message.payload.get("session"))
        wave = session.exec(
            select(KpiSurveyWave).where(
                KpiSurveyWave.session_id == (workshop.id if workshop else 0)
            )
        ).first()
        if workshop is None or wave is None or workshop.status != "open":
            return None
        if aware(wave.closes_at) <= now:  # type: ignore[operator]
            return None
        participant = session.exec(
            select(WorkshopParticipant).where(
                WorkshopParticipant.session_id == workshop.id,
                WorkshopParticipant.platform == message.platform,
                WorkshopParticipant.user_id == message.recipient,
            )
        ).first()
        if participant is None or participant.status == "done":
            return None
        lang = person.language or config.language
        name = f" {person.name}" if person.name else ""
        body = text(
            lang, "kpi.survey.invitation", name=name, survey=wave.survey, code=workshop.code
        )
        join = Choice(text(lang, "kpi.survey.join"), workshop.code, ChoiceStyle.PRIMARY)
        return Reply(
            text=body,
            target=Target.DIRECT,
            user_id=message.recipient,
            key=message.key,
            choices=(join,),
            action_id=JOIN_ACTION,
        )
