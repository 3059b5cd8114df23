"""The running bot reads every client's due documents again by itself: a repeating job
planned with the scheduler (`bot.assistant.plan_background_work`), also run at start."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from bot.assistant import REREAD_EVERY, plan_background_work, reread_due_documents
from bot.tenants import ClientConfig
from knowledge.ingest_report import RECLASSIFIED, FileResult


class _Scheduler:
    def __init__(self) -> None:
        self.repeating: dict[str, tuple[Any, timedelta, timedelta]] = {}

    def repeat(self, job_id: str, work: Any, *, every: timedelta, first_after: timedelta) -> None:
        self.repeating[job_id] = (work, every, first_after)

    def start_with(self, start: Any) -> None:
        pass


class _Knowledge:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def reread_due(self, client: str, **options: Any) -> list[FileResult]:
        self.calls.append((client, options))
        if client == "broken":
            raise OSError("disk")
        return [FileResult("kit.md", RECLASSIFIED, sensitivity="internal", reason="marker")]


def _assistant(configs: list[ClientConfig]) -> SimpleNamespace:
    services = SimpleNamespace(
        scheduler=_Scheduler(),
        knowledge=_Knowledge(),
        clients=SimpleNamespace(all=lambda: configs),
        conversations=None,
        db=None,
    )
    return SimpleNamespace(services=services, outbox=None)


def test_the_job_is_planned_daily_and_soon_after_start() -> None:
    assistant = _assistant([])
    plan_background_work(assistant)  # type: ignore[arg-type]
    _work, every, first_after = assistant.services.scheduler.repeating["documents-reread"]
    assert every == REREAD_EVERY <= timedelta(hours=24)
    assert first_after <= timedelta(minutes=5)


def test_the_job_reads_each_client_with_its_options_and_never_raises() -> None:
    configs = [
        ClientConfig(name="broken"),
        ClientConfig(name="ondine", ambassador_names=["Isards"], default_sensitivity="public"),
    ]
    assistant = _assistant(configs)
    asyncio.run(reread_due_documents(assistant))  # type: ignore[arg-type]
    calls = dict(assistant.services.knowledge.calls)
    assert set(calls) == {"broken", "ondine"}  # a failing client does not stop the others
    assert calls["ondine"] == configs[1].ingest_options()
    assert calls["ondine"]["ambassador_names"] == ["Isards"]
