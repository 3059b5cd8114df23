"""What the scheduler's job store keeps about a person: jobs that name them.

Jobs replay `ScheduledIncoming` data (`bot.scheduler`); most name a thing (a handoff, a
solicitation), not a person: the feature that owns the thing removes its jobs. This store
removes any job whose replayed event names one of their user ids.
"""

from __future__ import annotations

import pickle
from typing import Any

from sqlalchemy import inspect, text
from sqlmodel import Session

from bot.data_rights.registry import DataSubject, PersonalDataStore
from bot.scheduler import JOB_TABLE


def _jobs(session: Session, subject: DataSubject) -> list[tuple[str, dict[str, Any]]]:
    if not inspect(session.connection()).has_table(JOB_TABLE):
        return []
    found = []
    for job_id, state in session.execute(text(f"SELECT id, job_state FROM {JOB_TABLE}")):
        try:
            kwargs = dict(pickle.loads(state).get("kwargs") or {})
        except Exception:  # a job another version wrote: not readable, not ours to judge
            continue
        if kwargs.get("client") != subject.client:
            continue
        if (
            kwargs.get("user_id") in subject.user_ids
            or kwargs.get("channel_id") in subject.user_ids
        ):
            found.append((str(job_id), kwargs))
    return found


def _export(session: Session, subject: DataSubject) -> list[dict[str, Any]]:
    return [{"job": job_id, **kwargs} for job_id, kwargs in _jobs(session, subject)]


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    jobs = _jobs(session, subject)
    for job_id, _ in jobs:
        session.execute(text(f"DELETE FROM {JOB_TABLE} WHERE id = :id"), {"id": job_id})
    return {JOB_TABLE: len(jobs)}


def job_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="scheduled_jobs",
        keeps="events planned for later that name them (user and channel ids)",
        tables=(JOB_TABLE,),
        export=_export,
        erase=_erase,
    )
