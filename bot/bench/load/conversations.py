"""The conversations bench (issue 21's first target): concurrent conversations over signed
Slack HTTP requests to `ambassade run slack --http` replicas, answered through a fake Slack
Web API on loopback.

Two set-ups, the same load: the scale-out one (`replicas` processes, each with its own
empty home, sharing a PostgreSQL database and a Chroma server: the documents are ingested
beforehand from a third home, as an operator would) and the embedded defaults (one
process, SQLite and the embedded Chroma in its home).

Each simulated person asks `turns` questions in a direct message, one after the other
(the next once the answer arrived, after a think time), each about one workshop of the
bench's documents (`corpus`) whose registration code only its answer holds. Requests are
spread over the replicas in turn, as a load balancer would; a share of the events is
delivered again to the other replica, as Slack retries an event whose acknowledgement it
did not get (same event id, `X-Slack-Retry-Num`): the database must drop it.

Measured in this process: the acknowledgement time of each request (send → HTTP answer),
the full answer time (send → the answer's arrival at the fake), throughput. Counted at
the fake: every question answered once (its code in exactly one message of its
channel), duplicates, questions left unanswered; and in the database: one processed-event
row per event.
"""

from __future__ import annotations

import asyncio
import random
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp
from sqlalchemy import create_engine, text

from bot.bench.chroma_server import ChromaServer
from bot.bench.load.conversations_result import ConversationsRun
from bot.bench.load.corpus import Workshop, documents, workshops
from bot.bench.load.replica import SlackReplica
from bot.bench.load.slack_events import TEAM, dm_channel, message_event, signed_headers
from bot.bench.solicitations.delivery import fresh_database
from bot.bench.solicitations.fake_slack import BenchSlackAPI, Post

CLIENT = "loadbench"
CODE = re.compile(r"INSC\d{6}")
EVENT_PREFIX = "Ev-load-"
ANSWER_TIMEOUT_S = 120.0
QUIET_S = 3.0  # after the last answer: late duplicates still arrive
RETRY_DELAY_S = (0.0, 1.0)  # Slack retries after a missed acknowledgement


async def run_conversations(
    *,
    database_url: str | None,
    replicas: int,
    chroma_server: bool,
    conversations: int = 200,
    turns: int = 3,
    retry_share: float = 0.25,
    think: float = 1.0,
    seed_value: int = 21,
    existing_chroma: str | None = None,
) -> ConversationsRun:
    """One set-up under the load; `existing_chroma`: a running Chroma server to use
    (its `loadbench` collections are replaced) instead of starting one."""
    database = "postgresql" if database_url and database_url.startswith("postgres") else "sqlite"
    result = ConversationsRun(
        database=database,
        vector_store="chroma server" if chroma_server else "embedded",
        replicas=replicas,
        conversations=conversations,
        turns=turns,
        retry_share=retry_share,
        think_s=think,
    )
    root = Path(tempfile.mkdtemp(prefix="ambassade-conversations-"))
    try:
        with (
            fresh_database(database_url, root) as url,
            _chroma(root, chroma_server, existing_chroma) as chroma,
        ):
            homes = [root / f"replica-{n}" for n in range(replicas)]
            operator = root / "operator" if chroma else homes[0]
            await asyncio.to_thread(_prepare, operator, homes, url, chroma)
            await _drive(result, homes, url, chroma, seed_value)
    except Exception as exc:  # reported in the table, not as a traceback
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return result


@contextmanager
def _chroma(root: Path, wanted: bool, existing: str | None) -> Iterator[str | None]:
    if not wanted or existing:
        yield existing if wanted else None
        return
    with ChromaServer(root / "chroma") as server:
        yield server.url


def _prepare(operator: Path, homes: list[Path], url: str, chroma_url: str | None) -> None:
    """The schema, the documents (with their sentence vectors), the client in each home."""
    from bot.services import knowledge_base_for
    from bot.settings import Settings
    from bot.store import Database
    from bot.tenants import ClientConfig, ClientDirectory, SlackSettings
    from knowledge.ingest_report import ADDED

    db = Database(url)
    try:
        db.migrate()
    finally:
        db.dispose()
    settings = Settings(
        home=operator, database_url=url, chroma_url=chroma_url, sentence_encoder="cross-language"
    )
    kb = knowledge_base_for(settings)
    try:
        kb.delete_client(CLIENT)  # a server used before keeps nothing of an earlier run
        report = kb.ingest_files(CLIENT, documents(), sensitivity="public")
        failed = [f.name for f in report.files if f.status != ADDED]
        if failed:
            raise RuntimeError(f"documents not ingested: {', '.join(failed)}")
        kb.embed_pending(CLIENT)
    finally:
        kb.close()
    slack = SlackSettings(teams=[TEAM])
    config = ClientConfig(name=CLIENT, display_name="Load bench", slack=slack)
    for home in homes:
        ClientDirectory(Settings(home=home).clients_dir).save(config, overwrite=True)


class AnswerWatcher:
    """Resolves, for each (channel, code) asked, the arrival time of its first answer."""

    def __init__(self) -> None:
        self._waiting: dict[tuple[str, str], asyncio.Future[float]] = {}

    def expect(self, channel: str, code: str) -> asyncio.Future[float]:
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._waiting[(channel, code)] = future
        return future

    def on_post(self, post: Post) -> None:
        for code in set(CODE.findall(post.text)):
            future = self._waiting.get((post.channel, code))
            if future is not None and not future.done():
                future.set_result(post.at)


class _Load:
    """One run's replicas, HTTP session, fake and tallies."""

    def __init__(
        self,
        result: ConversationsRun,
        replicas: list[SlackReplica],
        session: aiohttp.ClientSession,
        watcher: AnswerWatcher,
        secret: str,
    ) -> None:
        self.result = result
        self.replicas = replicas
        self.session = session
        self.watcher = watcher
        self.secret = secret
        self.asked: list[tuple[str, str]] = []
        self.retries: list[asyncio.Task[None]] = []

    async def post(self, replica: SlackReplica, body: bytes, retry: int = 0) -> float:
        headers = signed_headers(self.secret, body, retry=retry)
        started = time.perf_counter()
        try:
            async with self.session.post(
                f"{replica.url}/slack/events", data=body, headers=headers
            ) as response:
                await response.read()
                ok = response.status == 200
        except (aiohttp.ClientError, TimeoutError):
            ok = False
        if not ok:
            self.result.http_errors += 1
        return time.perf_counter() - started

    async def ask(
        self, replica: SlackReplica, event_id: str, user: str, workshop: Workshop
    ) -> float | None:
        """Send one question; its full answer time (None: no answer in time)."""
        channel = dm_channel(user)
        answered = self.watcher.expect(channel, workshop.code)
        sent = time.time()
        body = message_event(event_id, user, workshop.question, sent)
        ack = await self.post(replica, body)
        if event_id.startswith(EVENT_PREFIX):
            self.result.acks.append(ack)
            self.asked.append((channel, workshop.code))
        try:
            arrived = await asyncio.wait_for(asyncio.shield(answered), ANSWER_TIMEOUT_S)
        except TimeoutError:
            return None
        return arrived - sent

    async def retry_later(self, replica: SlackReplica, body: bytes, delay: float) -> None:
        await asyncio.sleep(delay)
        self.result.retry_acks.append(await self.post(replica, body, retry=1))

    async def conversation(self, number: int, bank: list[Workshop], seed_value: int) -> None:
        rng = random.Random(seed_value * 100_003 + number)
        user = f"U{number:05d}"
        await asyncio.sleep(rng.uniform(0, self.result.think_s))  # people do not start at once
        for turn in range(self.result.turns):
            workshop = bank[(number * self.result.turns + turn) % len(bank)]
            event_id = f"{EVENT_PREFIX}{number:05d}-{turn}"
            replica = self.replicas[(number + turn) % len(self.replicas)]
            if rng.random() < self.result.retry_share:
                other = self.replicas[(number + turn + 1) % len(self.replicas)]
                body = message_event(event_id, user, workshop.question, time.time())
                delay = rng.uniform(*RETRY_DELAY_S)
                self.retries.append(asyncio.create_task(self.retry_later(other, body, delay)))
            took = await self.ask(replica, event_id, user, workshop)
            if took is None:
                self.result.unanswered += 1
            else:
                self.result.answers.append(took)
            await asyncio.sleep(rng.uniform(0.5, 1.5) * self.result.think_s)


async def _drive(
    result: ConversationsRun, homes: list[Path], url: str, chroma_url: str | None, seed: int
) -> None:
    api = BenchSlackAPI()
    await api.start()
    watcher = AnswerWatcher()
    api.listeners.append(watcher.on_post)
    secret = secrets.token_hex(16)
    replicas = [
        SlackReplica(
            chr(ord("a") + n),
            home,
            database_url=url,
            chroma_url=chroma_url,
            signing_secret=secret,
            slack_api_url=api.base_url,
        )
        for n, home in enumerate(homes)
    ]
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=0)
    try:
        async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
            load = _Load(result, replicas, session, watcher, secret)
            for replica in replicas:
                await replica.start()
            for replica in replicas:
                result.ready_s.append(await replica.wait_ready(session))
            bank = workshops()
            for n, replica in enumerate(replicas):  # cold: each index rebuilt from the stores
                took = await load.ask(replica, f"Ev-warm-{n}", f"UWARM{n}", bank[n])
                if took is None:
                    raise RuntimeError(f"replica {replica.name} never answered its first question")
                result.first_answer_s.append(took)
            started = time.time()
            await asyncio.gather(
                *(load.conversation(n, bank, seed) for n in range(result.conversations))
            )
            result.wall_seconds = time.time() - started
            await asyncio.gather(*load.retries)
            result.retries = len(load.retries)
            await asyncio.sleep(QUIET_S)
            result.events = len(load.asked)
            _count(result, api, load.asked)
            result.dedup_rows = await asyncio.to_thread(_dedup_rows, url)
            dead = [r.name for r in replicas if not r.alive()]
            if dead:
                result.error = f"replica(s) {', '.join(dead)} died during the run"
    finally:
        for replica in replicas:
            await replica.stop()
        await api.stop()


def _count(result: ConversationsRun, api: BenchSlackAPI, asked: list[tuple[str, str]]) -> None:
    """Messages (a post and its updates share one ts) holding each asked code, per channel."""
    holders: dict[tuple[str, str], set[str]] = {}
    for post in [*api.posts, *api.updates]:
        for code in set(CODE.findall(post.text)):
            holders.setdefault((post.channel, code), set()).add(post.ts)
    wanted = set(asked)
    for key in wanted:
        found = len(holders.get(key, ()))
        result.answered += min(found, 1)
        result.duplicates += max(0, found - 1)
    warm = {key for key in holders if key[0].startswith(dm_channel("UWARM"))}
    result.stray = sum(len(ts) for key, ts in holders.items() if key not in wanted | warm)


def _dedup_rows(url: str) -> int:
    """The processed-event rows of the bench's events (one per event, retries dropped)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = text("SELECT count(*) FROM processed_event WHERE key LIKE :pattern")
            return int(connection.execute(query, {"pattern": f"%:{EVENT_PREFIX}%"}).scalar_one())
    finally:
        engine.dispose()
