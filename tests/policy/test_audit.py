"""The audit log of external model calls: in the database, hashes and counts, no plaintext."""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.llm import CallContext, ChatMessage, ModelCallFailed
from bot.services import Services
from bot.settings import Settings, get_settings
from bot.store.audit import audit_rows
from bot.tenants import ClientConfig
from tests.fakes.openai_server import FakeOpenAIServer

runner = CliRunner()
NAME = "Karim Benali"
EMAIL = "karim.benali@exemple.fr"
PHONE = "06 12 34 56 78"
TERM = "Projet Zèbre"  # the `acme` fixture's confidential term
MESSAGE = f"Je suis {NAME} ({EMAIL}, {PHONE}) et je voudrais des nouvelles du {TERM}."
PLAINTEXT = (NAME, "Benali", EMAIL, PHONE, TERM, "Zèbre", "nouvelles")


def invoke(*args: str):
    get_settings.cache_clear()
    return runner.invoke(app, list(args))


@pytest.fixture
async def services(
    settings: Settings, acme: ClientConfig, fake_openai: FakeOpenAIServer
) -> AsyncIterator[Services]:
    configured = settings.model_copy(
        update={
            "openai_base_url": fake_openai.base_url,
            "chat_model": "fake-chat",
            "embedding_model": "fake-embed",
        }
    )
    built = Services.build(configured)
    yield built
    await built.aclose()


@pytest.fixture
async def audited(services: Services, fake_openai: FakeOpenAIServer) -> Services:
    """Three calls for acme: a chat, an embedding batch, and a chat the endpoint refuses."""
    gateway = services.gateway
    conversation = "console:acme:console:lea"
    messages = [ChatMessage("user", MESSAGE)]
    await gateway.chat(CallContext("acme", "answer", conversation), messages)
    await gateway.embed(CallContext("acme", "embed_query"), [MESSAGE, "Combien de points ?"])
    fake_openai.fail_next(10, 400)
    with pytest.raises(ModelCallFailed):
        await gateway.chat(CallContext("acme", "synthesis"), messages)
    return services


async def test_every_external_call_is_one_row_with_hash_and_counts(
    audited: Services, fake_openai: FakeOpenAIServer
) -> None:
    rows = audit_rows(audited.db, "acme")
    assert [(r.purpose, r.kind, r.ok) for r in rows] == [
        ("answer", "chat", True),
        ("embed_query", "embedding", True),
        ("synthesis", "chat", False),
    ]
    for row, request in zip(rows, fake_openai.requests, strict=False):
        assert row.payload_sha256 == hashlib.sha256(request.raw).hexdigest()
        assert row.model == ("fake-embed" if row.kind == "embedding" else "fake-chat")
        assert row.duration_ms >= 0 and row.at.tzinfo is not None
    expected = {"PERSON": 1, "EMAIL": 1, "PHONE": 1, "CONFIDENTIAL_TERM": 1}
    assert [r.entities_removed for r in rows] == [expected] * 3
    assert rows[2].error is not None and "400" in rows[2].error
    assert audit_rows(audited.db, "other") == []


async def test_the_database_file_holds_no_plaintext(audited: Services, settings: Settings) -> None:
    audited.db.dispose()  # flush the write-ahead log into the file
    stored = b"".join(p.read_bytes() for p in settings.home.glob("ambassade.db*"))
    assert b"model_call_audit" in stored and b"fake-chat" in stored
    for value in PLAINTEXT:
        assert value.encode() not in stored, value


async def test_audit_command_lists_calls_as_a_table_and_as_json(audited: Services) -> None:
    audited.db.dispose()
    table = invoke("audit", "--client", "acme")
    assert table.exit_code == 0, table.output
    assert "Appels aux modèles externes" in table.output
    for shown in ("answer", "embed_query", "synthesis", "fake-chat", "EMAIL 1", "échec"):
        assert shown in table.output, table.output
    assert not any(value in table.output for value in PLAINTEXT)

    lines = invoke("audit", "--client", "acme", "--json").output.splitlines()
    calls = [json.loads(line) for line in lines]
    assert [c["purpose"] for c in calls] == ["answer", "embed_query", "synthesis"]
    assert all(len(c["payload_sha256"]) == 64 for c in calls)
    assert calls[0]["entities_removed"]["PERSON"] == 1 and calls[2]["ok"] is False

    last_two = invoke("audit", "--client", "acme", "--json", "--limit", "2").output
    assert [json.loads(line)["purpose"] for line in last_two.splitlines()] == [
        "embed_query",
        "synthesis",
    ]


async def test_audit_since_filters_and_bad_input_is_explained(audited: Services) -> None:
    audited.db.dispose()
    recent = invoke("audit", "--client", "acme", "--since", "10m", "--json")
    assert len(recent.output.splitlines()) == 3
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%d")
    future = invoke("audit", "--client", "acme", "--since", tomorrow)
    assert future.exit_code == 0
    assert "Aucun appel à un modèle externe" in future.output and tomorrow in future.output

    bad = invoke("audit", "--client", "acme", "--since", "la semaine dernière")
    assert bad.exit_code == 2
    assert "illisible" in bad.output and "Traceback" not in bad.output
    unknown = invoke("audit", "--client", "nobody")
    assert unknown.exit_code == 2 and "client inconnu" in unknown.output


def test_audit_command_on_a_client_without_calls(acme: ClientConfig) -> None:
    result = invoke("audit", "--client", "acme")
    assert result.exit_code == 0
    assert "Aucun appel à un modèle externe enregistré pour Acme Vélos." in result.output
