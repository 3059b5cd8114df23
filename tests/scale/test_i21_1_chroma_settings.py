"""Issue 21 item 1: `AMBASSADE_CHROMA_URL` chooses a Chroma server through the settings;
`/readyz` and `ambassade doctor` check that server. The embedded store stays the default."""

from __future__ import annotations

import asyncio
import socket
import uuid
from pathlib import Path
from types import SimpleNamespace

import aiohttp
import chromadb
import pytest
from aiohttp import web
from pydantic import ValidationError
from typer.testing import CliRunner, Result

from bot.cli import app
from bot.ops.health import bound_port, serve_health, standard_checks
from bot.services import knowledge_base_for
from bot.settings import Settings, get_settings
from bot.store import Database
from knowledge.chroma_client import parse_chroma_url
from tests.fakes.loopback import LoopbackServer

runner = CliRunner()
GUIDE = "# Guide\n\n## Goodies\n\nChaque ambassadeur reçoit un sac de goodies après trois salons.\n"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _invoke(*args: str) -> Result:
    get_settings.cache_clear()
    return runner.invoke(app, list(args))


def test_i21_1_the_embedded_store_stays_the_default(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    assert settings.chroma_url is None
    assert settings.knowledge_dir == tmp_path / "home" / "knowledge"
    assert Settings(home=tmp_path, chroma_url="  ").chroma_url is None  # an empty .env line
    kb = knowledge_base_for(settings)
    kb.ingest_bytes("acme", "guide.md", GUIDE.encode(), sensitivity="public")
    assert not kb.indexes.vector_store().remote
    assert (settings.knowledge_dir / "chroma").is_dir()


def test_i21_1_a_chroma_url_must_name_a_server(tmp_path: Path) -> None:
    for wrong in ("chroma:8000", "ftp://chroma:8000", "http://chroma:8000/api", "http://"):
        with pytest.raises(ValidationError, match="http://HOST:PORT"):
            Settings(home=tmp_path, chroma_url=wrong)
    assert parse_chroma_url("https://vectors.example.org").url == "https://vectors.example.org:443"
    assert Settings(home=tmp_path, chroma_url="http://chroma").chroma_url == "http://chroma:8000"


def test_i21_1_the_settings_put_the_documents_on_the_server(
    tmp_path: Path, chroma_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMBASSADE_CHROMA_URL", chroma_url)
    get_settings.cache_clear()
    settings = get_settings()
    assert settings.chroma_url == chroma_url
    port = parse_chroma_url(chroma_url).port
    assert settings.knowledge_dir == settings.home / "knowledge" / "servers" / f"127.0.0.1-{port}"
    client = f"s{uuid.uuid4().hex[:10]}"
    kb = knowledge_base_for(settings)
    kb.ingest_bytes(client, "guide.md", GUIDE.encode(), sensitivity="public")
    assert kb.indexes.vector_store().remote
    server = chromadb.HttpClient(host="127.0.0.1", port=port)
    names = {c.name for c in server.list_collections()}
    assert {f"amb-{client}-hash1024", f"amb-{client}-catalog"} <= names
    assert server.get_collection(f"amb-{client}-hash1024").count() == 1
    assert not (settings.home / "knowledge" / "chroma").exists()  # nothing embedded


def test_i21_1_the_command_line_shares_the_server_between_homes(
    tmp_path: Path, chroma_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ambassade ingest` on one machine, `ambassade ask` on another (another home)."""
    client = f"cli{uuid.uuid4().hex[:8]}"
    (tmp_path / "guide.md").write_text(GUIDE, encoding="utf-8")
    monkeypatch.setenv("AMBASSADE_CHROMA_URL", chroma_url)
    for home in ("a", "b"):
        monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / home))
        added = _invoke("clients", "add", client)
        assert added.exit_code == 0, added.output
    monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / "a"))
    guide = str(tmp_path / "guide.md")
    ingested = _invoke("ingest", "--client", client, "--sensitivity", "public", guide)
    assert ingested.exit_code == 0, ingested.output
    monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / "b"))
    asked = _invoke("--lang", "en", "ask", "--client", client, "Que reçoit un ambassadeur ?")
    assert asked.exit_code == 0, asked.output
    assert "goodies" in asked.output


class NotChroma(LoopbackServer):
    """A server that answers the heartbeat and nothing else (another service's port)."""

    def add_routes(self, application: web.Application) -> None:
        application.router.add_get("/api/v2/heartbeat", self._beat)

    async def _beat(self, request: web.Request) -> web.Response:
        return web.json_response({"nanosecond heartbeat": 1})


async def _readyz(settings: Settings) -> dict:
    services = SimpleNamespace(db=Database(settings.effective_database_url()), settings=settings)
    async with serve_health(standard_checks(services), 0, "127.0.0.1") as health:
        assert health is not None
        url = f"http://127.0.0.1:{bound_port(health)}/readyz"
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            return (await response.json())["checks"]["vector_store"]


async def test_i21_1_readyz_checks_the_chroma_server(tmp_path: Path, chroma_url: str) -> None:
    assert await _readyz(Settings(home=tmp_path, chroma_url=chroma_url)) == {"status": "ok"}
    down = await _readyz(Settings(home=tmp_path, chroma_url=f"http://127.0.0.1:{_closed_port()}"))
    assert down["status"] == "fail" and "does not answer" in down["error"]
    async with NotChroma() as other:
        wrong = await _readyz(Settings(home=tmp_path, chroma_url=other.url))
    assert wrong["status"] == "fail" and "no default database" in wrong["error"]


async def test_i21_1_doctor_checks_the_chroma_server(
    chroma_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMBASSADE_CHROMA_URL", chroma_url)
    result = await asyncio.to_thread(_invoke, "--lang", "en", "doctor")
    assert "✓ vector store: reachable" in " ".join(result.output.split())
    monkeypatch.setenv("AMBASSADE_CHROMA_URL", f"http://127.0.0.1:{_closed_port()}")
    result = await asyncio.to_thread(_invoke, "--lang", "fr", "doctor")
    said = " ".join(result.output.split())
    assert result.exit_code == 1
    assert "✗ index vectoriel : inutilisable" in said
    assert "does not answer" in said and "AMBASSADE_CHROMA_URL" in said
