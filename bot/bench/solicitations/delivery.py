"""The delivery bench: N reminders due within one simulated hour, sent to a fake Slack.

Each run seeds a fresh database (the product's tables: people, open solicitations,
accepted responses, one `reminder` outbox row per person and solicitation, due at a
seeded random moment of the hour), starts the fake Slack Web API in this process and
the sender in a real subprocess (`sender_process`: the product's `OutboxRunner` and
`SlackAdapter`), and counts on the fake's side what arrived, when, and how many times.

Time: the simulated hour runs `speed` times faster than the wall (a `ScaledClock` both
processes share), so the sender must keep up with `speed` times the real throughput.
Lateness is measured in wall seconds (arrival at the fake − the wall moment the row
became due), which is what a person would wait with the clock at its normal pace.

The "restart" run kills the sender with SIGKILL twice during the hour (at a third and
two thirds of it) and starts a new one each time, as a supervisor would. A row the killed
sender had begun to send is looked for on the fake (`conversations.history`) before it is
posted again; the bench counts those sends begun again and the look-ups.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlmodel import Session, select

from bot.bench.database import scratch_postgres
from bot.bench.solicitations.clock import ScaledClock
from bot.bench.solicitations.fake_slack import BenchSlackAPI

SIM_START = datetime(2027, 3, 2, 8, 0, tzinfo=UTC)  # a Tuesday morning
HOUR = timedelta(hours=1)
CLIENT = "bench"
TEAM = "T-BENCH"
TITLE = re.compile(r"Bench (\d+)\b")
MAX_PEOPLE = 1000


@dataclass
class DeliveryRun:
    database: str  # sqlite or postgresql
    kills: int
    reminders: int
    speed: float
    received: int = 0  # posts that carry a reminder
    delivered: int = 0  # distinct reminders that arrived
    duplicates: int = 0
    missed: int = 0
    failed_rows: int = 0
    reclaimed: int = 0  # rows a dead sender had claimed, sent after its lease expired
    resent: int = 0  # sends begun again (a sender died between recording a send and its mark)
    looked_up: int = 0  # conversations.history calls: a resend looking for its message first
    lateness: list[float] = field(default_factory=list)  # wall seconds, first arrival
    wall_seconds: float = 0.0
    error: str | None = None

    def percentile(self, share: float) -> float:
        if not self.lateness:
            return math.inf
        ordered = sorted(self.lateness)
        index = min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))
        return ordered[index]

    def as_dict(self) -> dict[str, object]:
        return {
            "database": self.database,
            "kills": self.kills,
            "reminders": self.reminders,
            "speed": self.speed,
            "received": self.received,
            "delivered": self.delivered,
            "duplicates": self.duplicates,
            "missed": self.missed,
            "failed_rows": self.failed_rows,
            "reclaimed_rows": self.reclaimed,
            "sends_begun_again": self.resent,
            "history_lookups": self.looked_up,
            "lateness_p50_s": _finite(self.percentile(0.50)),
            "lateness_p95_s": _finite(self.percentile(0.95)),
            "lateness_max_s": _finite(max(self.lateness, default=math.inf)),
            "wall_seconds": round(self.wall_seconds, 1),
            "error": self.error,
        }


def _finite(value: float) -> float | None:
    return round(value, 3) if math.isfinite(value) else None


# -- databases -------------------------------------------------------------------------------
@contextmanager
def fresh_database(url: str | None, workdir: Path) -> Iterator[str]:
    """A new empty database for one run: a file under `workdir`, or a PostgreSQL database
    created next to the one `url` names and dropped afterwards."""
    if url is None or url.startswith("sqlite"):
        path = workdir / f"bench-{uuid.uuid4().hex[:8]}.db"
        yield f"sqlite:///{path}"
        return
    with scratch_postgres(url, "ambassade_bench") as scratch:
        yield scratch


# -- seeding ---------------------------------------------------------------------------------
def seed(home: Path, database_url: str, reminders: int, seed_value: int) -> dict[str, datetime]:
    """People, open solicitations, accepted responses and the reminders' outbox rows.

    Returns each reminder's due time by its identity on the Slack side ("D<user>|<n>")."""
    from bot.outbox import OutboxMessage
    from bot.people.roster import RosterEntry
    from bot.services import Services
    from bot.settings import Settings
    from bot.solicitations.tables import ResponseStatus, Solicitation, SolicitationResponse
    from bot.tenants import ClientConfig, ClientDirectory

    settings = Settings(home=home, database_url=database_url)
    services = Services.build(settings)
    try:
        config = ClientConfig(name=CLIENT, display_name="Bench", slack={"teams": [TEAM]})
        ClientDirectory(settings.clients_dir).save(config, overwrite=True)
        people = min(MAX_PEOPLE, reminders)
        rounds = math.ceil(reminders / people)
        entries = [
            RosterEntry("slack", f"U{n:05d}", f"Ambassadeur {n}", timezone="Europe/Paris")
            for n in range(people)
        ]
        services.roster.import_entries(CLIENT, entries)
        rng = random.Random(seed_value)
        due: dict[str, datetime] = {}
        with services.db.session() as session:
            ids = _person_ids(session)
            rows = []
            for number in range(1, rounds + 1):
                solicitation = Solicitation(
                    client=CLIENT,
                    kind="event",
                    title=f"Bench {number}",
                    deadline_at=SIM_START + timedelta(days=2),
                    timezone="Europe/Paris",
                    places=people,
                    status="open",
                )
                session.add(solicitation)
                session.flush()
                for person_id, user_id in ids:
                    if len(rows) >= reminders:
                        break
                    session.add(
                        SolicitationResponse(
                            client=CLIENT,
                            solicitation_id=solicitation.id or 0,
                            person_id=person_id,
                            status=ResponseStatus.ACCEPTED.value,
                            proposed_at=SIM_START - timedelta(days=5),
                            invited_at=SIM_START - timedelta(days=5),
                            answered_at=SIM_START - timedelta(days=4),
                        )
                    )
                    at = SIM_START + timedelta(seconds=rng.random() * HOUR.total_seconds())
                    key = f"solicitation:{solicitation.id}:person:{person_id}:reminder:24h"
                    rows.append(_outbox_values(key, solicitation.id, person_id, user_id, at))
                    due[f"D{user_id}|{number}"] = at
            session.execute(insert(OutboxMessage.__table__), rows)
        return due
    finally:
        asyncio.run(services.aclose())


def _person_ids(session: Session) -> list[tuple[int, str]]:

    from bot.people.tables import PersonIdentity

    query = select(PersonIdentity.person_id, PersonIdentity.user_id).where(
        PersonIdentity.client == CLIENT, PersonIdentity.platform == "slack"
    )
    found = session.exec(query).all()
    return sorted((int(person_id), str(user_id)) for person_id, user_id in found)


def _outbox_values(
    key: str, solicitation_id: int | None, person_id: int, user_id: str, at: datetime
) -> dict:
    return {
        "key": key,
        "client": CLIENT,
        "kind": "reminder",
        "solicitation_id": solicitation_id,
        "person_id": person_id,
        "platform": "slack",
        "recipient": user_id,
        "payload": {},
        "status": "pending",
        "due_at": at,
        "next_attempt_at": at,
        "attempts": 0,
        "created_at": SIM_START - timedelta(days=5),
    }


def _pending(database_url: str) -> tuple[int, int, int, int]:
    """Rows still pending, rows failed, rows claimed more than once (a kill's leftovers),
    and sends begun again (a kill between a recorded send and its "sent" mark)."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            grouped = text("SELECT status, count(*) FROM outbox GROUP BY status")
            counts = dict(connection.execute(grouped).all())
            again = text("SELECT count(*) FROM outbox WHERE attempts > 1")
            reclaimed = int(connection.execute(again).scalar_one())
            again_sent = text("SELECT coalesce(sum(sends - 1), 0) FROM outbox WHERE sends > 1")
            resent = int(connection.execute(again_sent).scalar_one())
    finally:
        engine.dispose()
    return int(counts.get("pending", 0)), int(counts.get("failed", 0)), reclaimed, resent


# -- one run ---------------------------------------------------------------------------------
async def _start_sender(config_path: Path, log_path: Path) -> asyncio.subprocess.Process:
    log = log_path.open("ab")
    try:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.bench.solicitations.sender_process",
            str(config_path),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
            env={**os.environ, "PYTHONPATH": _pythonpath()},
        )
    finally:
        log.close()


def _pythonpath() -> str:
    root = str(Path(__file__).resolve().parents[3])
    existing = os.environ.get("PYTHONPATH")
    return f"{root}{os.pathsep}{existing}" if existing else root


async def _wait_ready(process: asyncio.subprocess.Process, timeout: float) -> None:
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), timeout)
    if line.strip() != b"ready":
        raise RuntimeError("the sender process did not start")


async def run_delivery(
    *,
    database_url: str | None,
    reminders: int,
    speed: float,
    kills: int,
    seed_value: int = 16,
    workdir: Path | None = None,
) -> DeliveryRun:
    database = "postgresql" if database_url and database_url.startswith("postgres") else "sqlite"
    result = DeliveryRun(database, kills, reminders, speed)
    own = workdir is None
    root = Path(tempfile.mkdtemp(prefix="ambassade-bench-")) if own else workdir
    assert root is not None
    try:
        with fresh_database(database_url, root) as url:
            home = root / f"home-{uuid.uuid4().hex[:8]}"
            due = await asyncio.to_thread(seed, home, url, reminders, seed_value)
            await _drive(result, home, url, due)
    except Exception as exc:  # reported in the table, not as a traceback
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        if own:
            shutil.rmtree(root, ignore_errors=True)
    return result


async def _drive(result: DeliveryRun, home: Path, url: str, due: dict[str, datetime]) -> None:

    api = BenchSlackAPI()
    await api.start()
    config = {
        "home": str(home),
        "database_url": url,
        "slack_api_url": api.base_url,
        "sim_start": SIM_START.isoformat(),
        "speed": result.speed,
        "wall_start": None,
    }
    config_path = home / "sender.json"
    log_path = home / "sender.log"
    config_path.write_text(json.dumps(config), encoding="utf-8")
    process = await _start_sender(config_path, log_path)
    processes = [process]
    try:
        await _wait_ready(process, 120)
        wall_start = time.time()
        assert process.stdin is not None
        process.stdin.write(f"{wall_start}\n".encode())
        await process.stdin.drain()
        config_path.write_text(json.dumps({**config, "wall_start": wall_start}), encoding="utf-8")
        clock = ScaledClock(SIM_START, wall_start, result.speed)
        hour_wall = HOUR.total_seconds() / result.speed
        for number in range(1, result.kills + 1):
            await _sleep_until(wall_start + hour_wall * number / (result.kills + 1))
            process.send_signal(signal.SIGKILL)
            await process.wait()
            process = await _start_sender(config_path, log_path)
            processes.append(process)
        await _sleep_until(wall_start + hour_wall)
        lease_wall = 60 / result.speed
        give_up = time.time() + 120 + 10 * lease_wall
        pending = (await asyncio.to_thread(_pending, url))[0]
        while pending and time.time() < give_up:
            await asyncio.sleep(0.25)
            pending = (await asyncio.to_thread(_pending, url))[0]
        await asyncio.sleep(0.2)  # the last post's mark may lag its arrival
        counts = await asyncio.to_thread(_pending, url)
        _, result.failed_rows, result.reclaimed, result.resent = counts
        result.looked_up = api.lookups
        result.wall_seconds = time.time() - wall_start
        _count(result, api, due, clock)
        if pending:
            result.error = f"{pending} rows still pending when the bench gave up"
    finally:
        for running in processes:
            if running.returncode is None:
                running.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(running.wait(), 20)
                except TimeoutError:
                    running.kill()
                    await running.wait()
        await api.stop()


async def _sleep_until(wall: float) -> None:
    await asyncio.sleep(max(0.0, wall - time.time()))


def _count(
    result: DeliveryRun, api: BenchSlackAPI, due: dict[str, datetime], clock: ScaledClock
) -> None:
    seen: Counter[str] = Counter()
    first: dict[str, float] = {}
    for post in api.posts:
        match = TITLE.search(post.text)
        if match is None:
            continue
        identity = f"{post.channel}|{match.group(1)}"
        result.received += 1
        seen[identity] += 1
        first.setdefault(identity, post.at)
    result.delivered = sum(1 for identity in seen if identity in due)
    result.duplicates = sum(count - 1 for count in seen.values())
    result.missed = sum(1 for identity in due if identity not in seen)
    result.lateness = [
        first[identity] - clock.wall_of(moment)
        for identity, moment in due.items()
        if identity in first
    ]
