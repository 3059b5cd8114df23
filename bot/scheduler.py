"""Persistent jobs that come back into the bot as `Incoming` events.

A job is an `Incoming` to replay at a given time (an escalation, a reminder…): it is
stored in the database (APScheduler 3 `SQLAlchemyJobStore`, table `apscheduler_jobs`),
so it survives a restart, and runs at most once: a one-off job is removed from the store
before its incoming is handled, and its id and due time make the event's idempotency key.

Any part of the bot may `schedule` while the scheduler is paused (a one-shot command, a
test); only a process that calls `run(handle, deliver, platform=…)` executes due jobs, in
its own event loop: `handle` is the pipeline (`Assistant.handle`), and the replies go to
the deliverer of the job's platform (the adapter that runs: console, Slack, Discord…), or
to the first one registered when that platform does not run here. What else runs with the
bot (a daily purge, the outbox's sender) is registered by the composition root
(`repeat`, `start_with`); the scheduler knows none of it.
Call it from the event loop's thread (it opens on first use in the running loop). Run due
jobs in one process only: APScheduler 3 does not lock jobs across processes (a job run
twice anyway is dropped by the pipeline as a duplicate event). So a chat process only
`attach`es its adapter; the process holding the leader lease (`bot.leader`) calls
`start_jobs`, and `stop_jobs` the moment it loses the lease.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from apscheduler.job import Job
from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.schedulers.base import STATE_STOPPED

from bot.core.messages import Action, Incoming, Platform, Reply
from bot.core.ports import HandleIncoming
from bot.store.database import Database

log = logging.getLogger(__name__)

JOB_FUNCTION = "bot.scheduler:run_scheduled_incoming"
JOB_TABLE = "apscheduler_jobs"
# A job due while the bot was down still runs after a restart within this delay.
MISFIRE_GRACE_SECONDS = 24 * 3600
# Jobs added by another process are noticed at the latest after this many seconds.
POLL_SECONDS = 30.0

# Sends replies on one platform; returns the keys of the replies delivered (None: all).
Deliver = Callable[[Incoming, list[Reply]], Awaitable[set[str] | None]]


class Companion(Protocol):
    """Something that runs beside the scheduler while the bot runs (the outbox's sender)."""

    def stop(self) -> None: ...


@dataclass(frozen=True, slots=True)
class ScheduledIncoming:
    """What a job replays: plain data, so a stored job does not depend on class layouts."""

    client: str
    action_id: str
    value: str
    channel_id: str = "scheduler"
    user_id: str = "scheduler"
    platform: str = ""  # whose adapter delivers the replies; "" = whichever runs

    def incoming(self, event_id: str) -> Incoming:
        return Incoming(
            platform=Platform.SCHEDULER,
            workspace_id=self.client,
            channel_id=self.channel_id,
            user_id=self.user_id,
            event_id=event_id,
            action=Action(self.action_id, self.value),
        )


async def run_scheduled_incoming(job_id: str, due: str = "", **payload: Any) -> None:
    """The function every stored job names ("module:function", as APScheduler stores it).

    A `JobScheduler`'s own store hands its jobs to that scheduler's `run_job` instead
    (`_OwnJobStore`); this runs only for a job read by some other store: nobody to run it.
    """
    log.error("job %s is due but no bot is running here to handle it", job_id)


class _OwnJobStore(SQLAlchemyJobStore):  # type: ignore[misc]  # apscheduler has no types
    """The job table, whose stored jobs run on the `JobScheduler` that reads them.

    A stored job can only name a module-level function; binding it here, when the job is
    read back, keeps the running bot a member of its scheduler, not a module global.
    `_reconstitute_job` is where every APScheduler 3 store reads a job back (the due ones
    included); the pin `apscheduler<4` and `tests/skills/test_handoff_scheduler.py` hold it.
    """

    def __init__(self, run_job: Callable[..., Awaitable[None]], **options: Any) -> None:
        super().__init__(**options)
        self._run_job = run_job

    def _reconstitute_job(self, job_state: bytes) -> Job:
        job = super()._reconstitute_job(job_state)
        if job.func_ref == JOB_FUNCTION:
            job.func = self._run_job
        return job


async def _poll() -> None:
    """Nothing to do: running at all makes the scheduler look at the store again."""


@dataclass(frozen=True, slots=True)
class _Repeating:
    job_id: str
    work: Callable[[], Awaitable[None]]
    every: timedelta
    first_after: timedelta


class JobScheduler:
    def __init__(self, db: Database) -> None:
        self.store = _OwnJobStore(self.run_job, engine=db.engine, tablename=JOB_TABLE)
        self._scheduler = AsyncIOScheduler(
            jobstores={"default": self.store, "memory": MemoryJobStore()},
            job_defaults={
                "coalesce": True,
                "misfire_grace_time": MISFIRE_GRACE_SECONDS,
                "max_instances": 1,
            },
            timezone=UTC,
        )
        self.running = False
        # The running bot, from `run` to `shutdown`: where due jobs go.
        self._handle: HandleIncoming | None = None
        self._deliverers: dict[str, Deliver] = {}  # platform -> its adapter's, in start order
        # What the composition root asked to run beside the jobs while the bot runs.
        self._repeating: list[_Repeating] = []
        self._companion_starters: list[Callable[[], Companion | None]] = []
        self._companions: list[Companion] = []

    def _ensure_started(self) -> None:
        """Open the job store (paused: nothing runs until `run`). Needs a running loop."""
        if self._scheduler.state == STATE_STOPPED:
            self._scheduler.start(paused=True)

    def schedule(self, job_id: str, at: datetime, job: ScheduledIncoming) -> None:
        """Store a one-off job (replacing one with the same id) to replay `job` at `at`."""
        self._ensure_started()
        self._scheduler.add_job(
            JOB_FUNCTION,
            trigger="date",
            run_date=at,
            id=job_id,
            kwargs={"job_id": job_id, "due": at.isoformat(), **asdict(job)},
            replace_existing=True,
        )
        log.info("job %s scheduled for %s", job_id, at.isoformat())

    def cancel(self, job_id: str) -> bool:
        """Remove a pending job; False when there was none."""
        self._ensure_started()
        try:
            self._scheduler.remove_job(job_id)
        except JobLookupError:
            return False
        log.info("job %s cancelled", job_id)
        return True

    def due_at(self, job_id: str) -> datetime | None:
        """When a pending job will run, or None when there is no such job."""
        self._ensure_started()
        job = self._scheduler.get_job(job_id)
        return job.next_run_time if job is not None else None

    def repeat(
        self,
        job_id: str,
        work: Callable[[], Awaitable[None]],
        *,
        every: timedelta,
        first_after: timedelta,
    ) -> None:
        """Run `work` every `every` while the bot runs here, first `first_after` after `run`.

        Kept in memory, not stored: a process that runs the bot plans it again at start.
        """
        self._repeating.append(_Repeating(job_id, work, every, first_after))

    def start_with(self, start: Callable[[], Companion | None]) -> None:
        """Call `start` when the bot starts running here; stop what it returns at shutdown."""
        self._companion_starters.append(start)

    async def run_job(self, job_id: str, due: str = "", **payload: Any) -> None:
        """Handle a stored job's incoming through the pipeline and deliver its replies."""
        handle = self._handle
        if handle is None:
            log.error("job %s is due but no bot is running here to handle it", job_id)
            return
        # The same job run twice (two processes) is dropped by the pipeline as a duplicate;
        # the same id scheduled again (a next step) is a new event.
        job = ScheduledIncoming(**payload)
        incoming = job.incoming(f"{job_id}@{due}")
        replies = await handle(incoming)
        log.info("job %s handled: %d replies", job_id, len(replies))
        if replies and self._deliverers:
            await self._deliverer_or_first(job.platform)(incoming, replies)

    def _deliverer_or_first(self, platform: str) -> Deliver:
        return self._deliverers.get(platform) or next(iter(self._deliverers.values()))

    def platforms(self) -> tuple[str, ...]:
        """The platforms whose adapters run in this process (and deliver here)."""
        return tuple(self._deliverers)

    def deliverer(self, platform: str) -> Deliver | None:
        """The delivery of `platform`'s adapter if it runs in this process, else None."""
        return self._deliverers.get(platform)

    def run(self, handle: HandleIncoming, deliver: Deliver, *, platform: str = "") -> None:
        """Execute due jobs in this process from now on, through `handle` (the pipeline).

        `deliver` sends the replies of jobs meant for `platform`; every platform that runs
        in this process registers its own, and the first one also takes the jobs of a
        platform that does not run here.
        """
        self.attach(handle, deliver, platform=platform)
        self.start_jobs()

    def attach(self, handle: HandleIncoming, deliver: Deliver, *, platform: str = "") -> None:
        """Deliver `platform`'s job replies through `deliver` here, without running jobs.

        A chat process (`ambassade run slack`) attaches its adapter and stores jobs; the
        process that leads (`run scheduler`, `run all`: `bot.leader`) runs them.
        """
        self._handle = handle
        self._deliverers[platform] = deliver
        self._ensure_started()

    def start_jobs(self) -> None:
        """Run due jobs, the repeating work and the companions here (idempotent)."""
        if self._handle is None:
            raise RuntimeError("no platform attached: nothing would deliver the jobs")
        self._ensure_started()
        if self.running:
            return
        self.running = True
        # Waking up regularly makes the scheduler read the store again, so jobs
        # stored by another process (a one-shot command) are not missed.
        self._scheduler.add_job(
            _poll,
            trigger="interval",
            seconds=POLL_SECONDS,
            id="poll",
            jobstore="memory",
            replace_existing=True,
        )
        for repeating in self._repeating:
            self._scheduler.add_job(
                repeating.work,
                trigger="interval",
                seconds=repeating.every.total_seconds(),
                id=repeating.job_id,
                jobstore="memory",
                next_run_time=datetime.now(UTC) + repeating.first_after,
                replace_existing=True,
            )
        self._scheduler.resume()
        for start in self._companion_starters:
            companion = start()
            if companion is not None:
                self._companions.append(companion)
        log.info("scheduler running")

    def stop_jobs(self) -> None:
        """Stop running jobs here at once (the lease was lost); stored jobs stay stored."""
        if not self.running:
            return
        self.running = False
        if self._scheduler.state != STATE_STOPPED:
            self._scheduler.pause()
            self._scheduler.remove_all_jobs(jobstore="memory")
        for companion in self._companions:
            companion.stop()
        self._companions = []
        log.info("scheduler paused")

    async def run_due(self, now: datetime | None = None) -> int:
        """Run, here and now, every job due at `now` (default: now); how many ran."""
        self._ensure_started()
        moment = now or datetime.now(UTC)
        ran = 0
        for job in self.store.get_due_jobs(moment):
            try:
                self._scheduler.remove_job(job.id)
            except JobLookupError:  # taken meanwhile by the running scheduler
                continue
            await job.func(*job.args, **job.kwargs)
            ran += 1
        return ran

    def shutdown(self) -> None:
        """Stop (pending jobs stay stored) and detach from the running bot."""
        if self._scheduler.state != STATE_STOPPED:
            self._scheduler.shutdown(wait=False)
        for companion in self._companions:
            companion.stop()
        self._companions = []
        self._handle = None
        self._deliverers = {}
        self.running = False
