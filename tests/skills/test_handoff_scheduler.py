"""The persistent scheduler: jobs replayed as scheduler events, kept across restarts, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.assistant import Assistant
from bot.core.messages import Action, Incoming, Platform, Reply
from bot.core.registry import Skill, on_action
from bot.core.turn import Turn
from bot.people import PersonIdentity
from bot.scheduler import JobScheduler, ScheduledIncoming
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory


class Ticker(Skill):
    """Answers a scheduled action, saying what reached it."""

    name = "ticker"

    def __init__(self) -> None:
        self.seen: list[Incoming] = []

    @on_action("ticker.")
    async def tick(self, turn: Turn, action: Action) -> None:
        self.seen.append(turn.incoming)
        turn.say(f"tick {action.value}")


def build(settings: Settings) -> tuple[Assistant, Ticker]:
    assistant = Assistant.build(settings)
    ticker = Ticker()
    assistant.registry.register(ticker)
    return assistant, ticker


JOB = ScheduledIncoming(client="acme", action_id="ticker.ring", value="42")


async def test_a_job_survives_a_restart_and_runs_once_through_the_pipeline(
    settings: Settings, acme: ClientConfig
):
    at = datetime.now(UTC) + timedelta(hours=2)
    first, _ = build(settings)
    first.services.scheduler.schedule("reminder-1", at, JOB)
    await first.aclose()

    second, ticker = build(settings)
    try:
        delivered: list[Reply] = []

        async def deliver(incoming: Incoming, replies: list[Reply]) -> None:
            delivered.extend(replies)

        scheduler = second.services.scheduler
        scheduler.run(second.handle, deliver)
        assert scheduler.due_at("reminder-1") == at
        assert await scheduler.run_due(at - timedelta(minutes=1)) == 0
        assert await scheduler.run_due(at + timedelta(minutes=1)) == 1
        assert [r.text for r in delivered] == ["tick 42"]
        [incoming] = ticker.seen
        assert incoming.platform is Platform.SCHEDULER and incoming.workspace_id == "acme"
        assert await scheduler.run_due(at + timedelta(minutes=1)) == 0
        assert scheduler.due_at("reminder-1") is None
        with second.services.db.session() as session:
            assert session.exec(select(PersonIdentity)).all() == []  # a job is nobody
    finally:
        await second.aclose()


async def test_the_same_job_replayed_twice_is_handled_once(settings: Settings, acme: ClientConfig):
    assistant, ticker = build(settings)
    try:
        delivered: list[list[Reply]] = []

        async def deliver(incoming: Incoming, replies: list[Reply]) -> None:
            delivered.append(replies)

        scheduler = assistant.services.scheduler
        scheduler.run(assistant.handle, deliver)
        payload = {"client": "acme", "action_id": "ticker.ring", "value": "7"}
        due = datetime.now(UTC).isoformat()
        await scheduler.run_job("job-7", due=due, **payload)
        await scheduler.run_job("job-7", due=due, **payload)  # another process, say
        assert len(ticker.seen) == 1 and len(delivered) == 1
    finally:
        await assistant.aclose()


async def test_cancel_removes_a_pending_job(settings: Settings, acme: ClientConfig):
    assistant, ticker = build(settings)
    try:
        scheduler: JobScheduler = assistant.services.scheduler
        scheduler.schedule("job-x", datetime.now(UTC) + timedelta(minutes=5), JOB)
        assert scheduler.cancel("job-x") is True
        assert scheduler.cancel("job-x") is False
        assert await scheduler.run_due(datetime.now(UTC) + timedelta(hours=1)) == 0
        assert ticker.seen == []
    finally:
        await assistant.aclose()


async def test_the_real_timer_runs_a_due_job(settings: Settings, acme: ClientConfig):
    import asyncio

    assistant, ticker = build(settings)
    try:
        arrived = asyncio.Event()

        async def deliver(incoming: Incoming, replies: list[Reply]) -> None:
            arrived.set()

        assistant.services.scheduler.run(assistant.handle, deliver)
        assistant.services.scheduler.schedule(
            "soon", datetime.now(UTC) + timedelta(milliseconds=200), JOB
        )
        await asyncio.wait_for(arrived.wait(), 15)
        assert len(ticker.seen) == 1
    finally:
        await assistant.aclose()


async def test_each_job_is_delivered_by_the_adapter_of_its_platform(
    settings: Settings, acme: ClientConfig
):
    """Slack and Discord in one process: a Discord escalation must not go out through Slack."""
    assistant, _ = build(settings)
    try:
        delivered: list[tuple[str, str]] = []

        def deliverer(platform: str):
            async def deliver(incoming: Incoming, replies: list[Reply]) -> None:
                delivered.extend((platform, r.text) for r in replies)

            return deliver

        scheduler = assistant.services.scheduler
        scheduler.run(assistant.handle, deliverer("slack"), platform=Platform.SLACK)
        scheduler.run(assistant.handle, deliverer("discord"), platform=Platform.DISCORD)
        at = datetime.now(UTC) + timedelta(minutes=5)
        for job_id, platform in (("d", "discord"), ("s", "slack"), ("any", "")):
            job = ScheduledIncoming(
                client="acme", action_id="ticker.ring", value=job_id, platform=platform
            )
            scheduler.schedule(f"job-{job_id}", at, job)

        assert await scheduler.run_due(at + timedelta(minutes=1)) == 3
        assert sorted(delivered) == [
            ("discord", "tick d"),
            ("slack", "tick any"),  # no platform named: the first adapter started takes it
            ("slack", "tick s"),
        ]
    finally:
        await assistant.aclose()


async def test_i14_2_two_bots_in_one_process_each_run_their_own_jobs(
    settings: Settings, acme: ClientConfig, tmp_path
):
    """The running bot is a member of its scheduler, not a module global."""
    other_settings = Settings(home=tmp_path / "other-home")
    ClientDirectory(other_settings.clients_dir).save(acme)
    first, first_ticker = build(settings)
    second, second_ticker = build(other_settings)
    try:
        delivered: list[str] = []

        def deliverer(bot: str):
            async def deliver(incoming: Incoming, replies: list[Reply]) -> None:
                delivered.extend(f"{bot}: {r.text}" for r in replies)

            return deliver

        first.services.scheduler.run(first.handle, deliverer("first"))
        second.services.scheduler.run(second.handle, deliverer("second"))
        at = datetime.now(UTC) + timedelta(minutes=5)
        first.services.scheduler.schedule("job-1", at, JOB)
        second.services.scheduler.schedule(
            "job-2", at, ScheduledIncoming(client="acme", action_id="ticker.ring", value="2")
        )
        assert await first.services.scheduler.run_due(at + timedelta(minutes=1)) == 1
        assert await second.services.scheduler.run_due(at + timedelta(minutes=1)) == 1
        assert delivered == ["first: tick 42", "second: tick 2"]
        assert len(first_ticker.seen) == len(second_ticker.seen) == 1
    finally:
        await first.aclose()
        await second.aclose()
