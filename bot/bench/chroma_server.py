"""A Chroma server on loopback for one run: `chroma run`, the server of the chromadb
package the bot itself uses (same version), on a free port, its data in a folder.

Used by `ambassade bench load` and the tests of the shared vector store. Offline: the
server needs no network; only a client adding records without vectors would (the bot
never does).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Self

START_TIMEOUT_S = 60.0
ATTEMPTS = 3  # a free port may be taken between choosing it and the server binding it


class ChromaUnavailable(RuntimeError):
    """The server could not start; the message says why."""


def chroma_command() -> Path | None:
    """The `chroma` command installed beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / "chroma"
    if beside.exists():
        return beside
    found = shutil.which("chroma")
    return Path(found) if found else None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def answers(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


class ChromaServer:
    """`with ChromaServer(folder) as server:` … `server.url` … (stopped on leaving)."""

    def __init__(self, folder: Path, host: str = "127.0.0.1") -> None:
        self.folder = folder
        self.host = host
        self.url = ""
        self.log_path = folder / "chroma.log"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = START_TIMEOUT_S) -> str:
        command = chroma_command()
        if command is None:
            raise ChromaUnavailable("the `chroma` command is not installed (package chromadb)")
        self.folder.mkdir(parents=True, exist_ok=True)
        for _ in range(ATTEMPTS):
            port = free_port(self.host)
            data = str(self.folder / "data")
            with self.log_path.open("ab") as log:
                self._process = subprocess.Popen(
                    [str(command), "run", "--host", self.host, "--port", str(port), "--path", data],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            url = f"http://{self.host}:{port}"
            deadline = time.monotonic() + timeout
            while self._process.poll() is None and time.monotonic() < deadline:
                if answers(url):
                    self.url = url
                    return url
                time.sleep(0.2)
            self.stop()
        tail = self.log_path.read_text("utf-8", errors="replace")[-400:]
        raise ChromaUnavailable(f"`chroma run` did not answer within {timeout:g} s: …{tail}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
