"""Persistent jobs that come back into the bot as `Incoming` events.

A job is an `Incoming` to replay at a given time (an escalation, a reminder…): it is
stored in the database (APScheduler 3 `SQLAlchemyJobStore`, table `apscheduler_jobs`),
so it survives a restart, and runs at most once: a one-off job is removed from the store
before its incoming is handled, and its id and due time make the event's idempotency key.

Any part of the bot may `schedule` while the scheduler is paused (a one-shot command, a
test); only a process that calls `run(assistant, deliver, platform=…)` executes due jobs, in its
own event loop, and hands the replies to the deliverer of the job's platform (the adapter
that runs: console, Slack, Discord…), or to the first one registered when that platform
does not run here.
Call it from the event loop's thread (it opens on first use in the running loop). Run due
jobs in one process only: APScheduler 3 does not lock jobs across processes (a job run
twice anyway is dropped by the pipeline as a duplicate event).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.schedulers.base import STATE_STOPPED

from bot.core.messages import Action, Incoming, Platform
from bot.store.database import Database

if TYPE_CHECKING:
    from bot.assistant import Assistant
    from bot.core.messages import Reply

log = logging.getLogger(__name__)

JOB_FUNCTION = "bot.scheduler:run_scheduled_incoming"
JOB_TABLE = "apscheduler_jobs"
# A job due while the bot was down still runs after a restart within this delay.
MISFIRE_GRACE_SECONDS = 24 * 3600
# Jobs added by another process are noticed at the latest after this many seconds.
POLL_SECONDS = 30.0

# Sends replies on one platform; returns the keys of the replies delivered (None: all).
Deliver = Callable[[Incoming, "list[Reply]"], Awaitable["set[str] | None"]]


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


@dataclass
class _Runtime:
    assistant: Assistant
    deliverers: dict[str, Deliver]  # platform -> its adapter's delivery, in start order
    outbox: Any = None  # the solicitations' sender loop (`bot.solicitations.delivery`)

    def deliverer_for(self, platform: str) -> Deliver:
        return self.deliverers.get(platform) or next(iter(self.deliverers.values()))


# The process's running bot: where due jobs go. Set by `JobScheduler.run`.
_runtime: _Runtime | None = None


async def run_scheduled_incoming(job_id: str, due: str = "", **payload: Any) -> None:
    """The function every stored job calls (referenced as "module:function")."""
    runtime = _runtime
    if runtime is None:
        log.error("job %s is due but no bot is running here to handle it", job_id)
        return
    # The same job run twice (two processes) is dropped by the pipeline as a duplicate;
    # the same id scheduled again (a next step) is a new event.
    job = ScheduledIncoming(**payload)
    incoming = job.incoming(f"{job_id}@{due}")
    replies = await runtime.assistant.handle(incoming)
    log.info("job %s handled: %d replies", job_id, len(replies))
    if replies:
        await runtime.deliverer_for(job.platform)(incoming, replies)


def _start_outbox(assistant: Assistant) -> Any:
    """The outbox's sender loop, in this process's event loop, beside the adapters.

    Messages the bot decides on its own (solicitations) leave through it: each due row is
    handled by the pipeline, then delivered by the adapter of the row's platform.
    """
    from bot.solicitations.delivery import OutboxRunner  # the solicitations need the core

    try:
        runner = OutboxRunner(assistant, JobScheduler.deliverer, JobScheduler.platforms)
        runner.start()
    except RuntimeError:  # no running event loop: a one-shot command
        log.warning("outbox sender not started: no running event loop")
        return None
    return runner


EVENT_KEYS_KEPT = timedelta(days=7)


async def _forget_old_events() -> None:
    """Drop the idempotency keys of events handled more than a week ago (daily)."""
    runtime = _runtime
    if runtime is None:
        return
    store = runtime.assistant.services.conversations
    try:
        removed = await asyncio.to_thread(store.forget_events_older_than, EVENT_KEYS_KEPT)
    except Exception as exc:  # the next day's run tries again; handling events is unaffected
        log.warning("processed event keys not purged: %s", exc)
        return
    log.info("forgot %d processed event keys older than %s", removed, EVENT_KEYS_KEPT)


SURVEY_EVERY = timedelta(minutes=10)


async def _survey_waves() -> None:
    """Decide the NPS survey waves that are due and close those that are over."""
    runtime = _runtime
    if runtime is None:
        return
    from skills.kpi.survey import run_waves  # the survey needs the workshop engine

    try:
        started = await asyncio.to_thread(run_waves, runtime.assistant.services)
    except Exception:  # a bad client file or a database hiccup: the next run tries again
        log.exception("survey waves not planned")
        return
    if started and runtime.outbox is not None:
        runtime.outbox.loop.wake()


async def _poll() -> None:
    """Nothing to do: running at all makes the scheduler look at the store again."""


class JobScheduler:
    def __init__(self, db: Database) -> None:
        self.store = SQLAlchemyJobStore(engine=db.engine, tablename=JOB_TABLE)
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

    @staticmethod
    def platforms() -> tuple[str, ...]:
        """The platforms whose adapters run in this process (and deliver here)."""
        return tuple(_runtime.deliverers) if _runtime is not None else ()

    @staticmethod
    def deliverer(platform: str) -> Deliver | None:
        """The delivery of `platform`'s adapter if it runs in this process, else None."""
        return _runtime.deliverers.get(platform) if _runtime is not None else None

    def run(self, assistant: Assistant, deliver: Deliver, *, platform: str = "") -> None:
        """Execute due jobs in this process from now on.

        `deliver` sends the replies of jobs meant for `platform`; every platform that runs
        in this process registers its own, and the first one also takes the jobs of a
        platform that does not run here.
        """
        global _runtime
        if _runtime is None or _runtime.assistant is not assistant:
            _runtime = _Runtime(assistant, {})
        _runtime.deliverers[platform] = deliver
        if _runtime.outbox is None:
            _runtime.outbox = _start_outbox(assistant)
        self._ensure_started()
        if not self.running:
            # Waking up regularly makes the scheduler read the store again, so jobs
            # stored by another process (a one-shot command) are not missed.
            self._scheduler.add_job(
                _poll, trigger="interval", seconds=POLL_SECONDS, id="poll", jobstore="memory"
            )
            # Platform retries come within minutes: event keys older than a week are noise.
            self._scheduler.add_job(
                _forget_old_events,
                trigger="interval",
                hours=24,
                id="forget-old-events",
                jobstore="memory",
                next_run_time=datetime.now(UTC) + timedelta(hours=1),
            )
            self._scheduler.add_job(
                _survey_waves,
                trigger="interval",
                seconds=SURVEY_EVERY.total_seconds(),
                id="survey-waves",
                jobstore="memory",
                next_run_time=datetime.now(UTC) + timedelta(seconds=30),
            )
            self._scheduler.resume()
            self.running = True
        log.info("scheduler running")

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
        global _runtime
        if self._scheduler.state != STATE_STOPPED:
            self._scheduler.shutdown(wait=False)
        if self.running:
            if _runtime is not None and _runtime.outbox is not None:
                _runtime.outbox.stop()
            _runtime = None
            self.running = False
