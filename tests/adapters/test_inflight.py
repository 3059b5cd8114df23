"""Adapter work in progress: counted per task, so nested guarded work stays tracked."""

from __future__ import annotations

import asyncio

from bot.adapters.inflight import InFlight, new_error_id


async def test_nested_tracking_keeps_the_task_until_the_outer_work_ends() -> None:
    running = InFlight()
    inner_done = asyncio.Event()
    release = asyncio.Event()

    async def work() -> None:
        with running.track():
            with running.track():
                pass
            inner_done.set()
            await release.wait()

    task = asyncio.create_task(work())
    await inner_done.wait()
    assert running  # the inner exit did not forget the task
    release.set()
    await running.drain(timeout=5)
    assert task.done() and not running


async def test_drain_gives_up_after_its_timeout() -> None:
    running = InFlight()
    started = asyncio.Event()

    async def stuck() -> None:
        with running.track():
            started.set()
            await asyncio.Event().wait()

    task = asyncio.create_task(stuck())
    await started.wait()
    await running.drain(timeout=0.05)
    assert not task.done() and running
    task.cancel()


def test_error_ids_are_short_and_distinct() -> None:
    ids = {new_error_id() for _ in range(100)}
    assert len(ids) == 100 and all(len(i) == 8 for i in ids)
