"""One `ambassade run slack --http` process of the conversations bench: started with its
own home and the shared stores' URLs, ready when its `/readyz` says so, stopped by SIGTERM
(as a deployment would)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

import aiohttp

from bot.bench.chroma_server import free_port
from bot.bench.solicitations.delivery import _pythonpath

START_TIMEOUT_S = 240.0  # the bot loads its models; two replicas on a busy machine
STOP_TIMEOUT_S = 40.0


class ReplicaFailed(RuntimeError):
    pass


class SlackReplica:
    def __init__(
        self,
        name: str,
        home: Path,
        *,
        database_url: str,
        chroma_url: str | None,
        signing_secret: str,
        slack_api_url: str,
    ) -> None:
        self.name = name
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = home / f"replica-{name}.log"
        inherited = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("OPENAI_", "SLACK_", "DISCORD_", "AMBASSADE_"))
        }
        self.env = {
            **inherited,
            "PYTHONPATH": _pythonpath(),
            "AMBASSADE_HOME": str(home),
            "AMBASSADE_DATABASE_URL": database_url,
            "AMBASSADE_SENTENCE_ENCODER": "cross-language",  # the product's default
            "AMBASSADE_LOG_FORMAT": "json",
            "SLACK_BOT_TOKEN": "xoxb-load-bench",
            "SLACK_SIGNING_SECRET": signing_secret,
            "SLACK_API_URL": slack_api_url,
        }
        if chroma_url:
            self.env["AMBASSADE_CHROMA_URL"] = chroma_url
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.cli",
                "run",
                "slack",
                "--http",
                "--port",
                str(self.port),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=self.env,
            )

    def log_tail(self, chars: int = 800) -> str:
        try:
            return self.log_path.read_text("utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def wait_ready(self, session: aiohttp.ClientSession) -> float:
        """Seconds until `/readyz` answered 200 (raises when the process exits first)."""
        started = time.monotonic()
        while time.monotonic() - started < START_TIMEOUT_S:
            if not self.alive():
                raise ReplicaFailed(f"replica {self.name} exited: …{self.log_tail()}")
            try:
                async with session.get(f"{self.url}/readyz") as response:
                    if response.status == 200:
                        return time.monotonic() - started
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.25)
        raise ReplicaFailed(f"replica {self.name} not ready after {START_TIMEOUT_S:g} s")

    async def stop(self) -> None:
        process = self.process
        if process is None or process.returncode is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), STOP_TIMEOUT_S)
        except TimeoutError:
            process.kill()
            await process.wait()
