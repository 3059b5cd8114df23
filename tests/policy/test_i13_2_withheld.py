"""Issue 13, item 2: passages above a client's `privacy.model_sensitivities` never reach an
external endpoint (embeddings or chat); the audit log records each skip; retrieval still
finds them for staff by the local signals."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.cli import app
from bot.llm import CallContext, ChatMessage, ModelWithheld
from bot.settings import Settings
from bot.store.audit import audit_rows
from bot.tenants import ClientConfig, ClientDirectory, PrivacyPolicy
from knowledge.access import sensitivities_for_role
from tests.fakes.openai_server import FakeOpenAIServer
from tests.skills.ask_support import ACME_DOCUMENTS, SECRET_QUESTION, ingest, write_documents

# Words of the confidential roadmap's chunk that no question below contains.
SECRET_WORDS = ("vélo cargo électrique pliant", "3 990 euros", "mai 2028")


@pytest.fixture
async def bot(
    settings: Settings, acme: ClientConfig, fake_openai: FakeOpenAIServer
) -> AsyncIterator[Assistant]:
    # A client that allows everything: the control that shows the check could fail.
    ClientDirectory(settings.clients_dir).save(
        ClientConfig(
            name="ouvert",
            default_sensitivity="public",
            privacy={"model_sensitivities": ["public", "internal", "confidential"]},
        )
    )
    configured = settings.model_copy(
        update={
            "openai_base_url": fake_openai.base_url,
            "embedding_model": "fake-embed",
            "chat_model": "fake-chat",
            "model_timeout_s": 5.0,
        }
    )
    assistant = Assistant.build(configured)
    yield assistant
    await assistant.aclose()


def sent(server: FakeOpenAIServer, path: str) -> str:
    bodies = [r.json for r in server.requests if r.path == path]
    return json.dumps(bodies, ensure_ascii=False)


async def test_i13_2_confidential_chunks_never_reach_the_embedding_endpoint(
    bot: Assistant, fake_openai: FakeOpenAIServer, tmp_path: Path
):
    folder = write_documents(tmp_path / "acme", ACME_DOCUMENTS)
    await asyncio.to_thread(ingest, bot, "acme", folder)
    embedded = sent(fake_openai, "/v1/embeddings")
    assert "60 points" in embedded  # the public charter went out (filtered)
    for words in SECRET_WORDS:
        assert words not in embedded, words
    rows = audit_rows(bot.services.db, "acme")
    withheld = [r for r in rows if (r.error or "").startswith("withheld")]
    assert len(withheld) == 1 and withheld[0].kind == "embedding" and not withheld[0].ok
    assert withheld[0].payload_sha256 == ""  # nothing left, nothing hashed
    assert len(rows) - len(withheld) == len(fake_openai.requests)
    listed = CliRunner().invoke(app, ["audit", "--client", "acme", "--json"])
    errors = [json.loads(line)["error"] for line in listed.output.splitlines()]
    assert errors.count("withheld: confidential passages not sent") == 1
    table = CliRunner().invoke(app, ["audit", "--client", "acme"]).output
    assert "retenu (non" in table or "withheld (not" in table

    # Staff still find the roadmap: the local signals stand in for the missing vector.
    staff = sensitivities_for_role("community_manager")
    hits = await bot.services.knowledge.asearch(
        "acme", SECRET_QUESTION, allowed_sensitivities=staff
    )
    assert hits[0].document == "feuille-de-route.md"
    hits = await bot.services.knowledge.asearch(
        "acme", "prix du vélo cargo pliant", allowed_sensitivities=staff
    )
    assert hits[0].document == "feuille-de-route.md"


async def test_i13_2_a_client_that_allows_confidential_passages_sends_them(
    bot: Assistant, fake_openai: FakeOpenAIServer, tmp_path: Path
):
    folder = write_documents(tmp_path / "ouvert", ACME_DOCUMENTS)
    await asyncio.to_thread(ingest, bot, "ouvert", folder)
    assert "3 990 euros" in sent(fake_openai, "/v1/embeddings")
    rows = audit_rows(bot.services.db, "ouvert")
    assert rows and not any((r.error or "").startswith("withheld") for r in rows)


async def test_i13_2_confidential_passages_never_reach_the_chat_endpoint(
    bot: Assistant, fake_openai: FakeOpenAIServer, tmp_path: Path
):
    folder = write_documents(tmp_path / "acme", ACME_DOCUMENTS)
    await asyncio.to_thread(ingest, bot, "acme", folder)
    camille = ConsoleSession(bot, client="acme", user_id="camille", role="community_manager")
    shown = render_all(await camille.send("Quel est le prix du vélo cargo pliant prévu en 2028 ?"))
    assert "3 990 euros" in shown  # answered locally, from the roadmap
    chat = sent(fake_openai, "/v1/chat/completions")
    for words in SECRET_WORDS:
        assert words not in chat, words
    # The public charter does go to the model when it answers.
    render_all(await camille.send("Combien de points rapporte un témoignage vidéo ?"))
    assert "60 points" in sent(fake_openai, "/v1/chat/completions")


async def test_i13_2_the_gateway_refuses_and_audits_a_confidential_request(
    bot: Assistant, fake_openai: FakeOpenAIServer
):
    gateway = bot.services.gateway
    before = len(fake_openai.requests)
    ctx = CallContext("acme", "answer", sensitivity="confidential")
    with pytest.raises(ModelWithheld):
        await gateway.chat(ctx, [ChatMessage("user", "Le Projet Héron coûte 3 990 euros.")])
    with pytest.raises(ModelWithheld):
        await asyncio.to_thread(
            gateway.embed_blocking, CallContext("acme", "embed", sensitivity="confidential"), ["x"]
        )
    assert len(fake_openai.requests) == before
    kinds = [r.kind for r in audit_rows(bot.services.db, "acme") if r.error]
    assert kinds == ["chat", "embedding"]
    # The same request for a client that allows it goes out.
    allowed = CallContext("ouvert", "answer", sensitivity="confidential")
    await gateway.chat(allowed, [ChatMessage("user", "Bonjour")])
    assert len(fake_openai.requests) == before + 1


async def test_i13_2_workshop_drafts_keep_passages_above_the_policy_out_of_the_prompt(
    settings: Settings, acme: ClientConfig, fake_openai: FakeOpenAIServer
):
    from tests.skills.test_workshop_suggestions import GUIDE, kpi_step, model_reply

    directory = ClientDirectory(settings.clients_dir)
    strict = acme.model_copy(update={"privacy": PrivacyPolicy(model_sensitivities=["public"])})
    directory.save(strict, overwrite=True)
    fake_openai.responder = model_reply
    configured = settings.model_copy(
        update={"openai_base_url": fake_openai.base_url, "chat_model": "fake-chat"}
    )
    bot = Assistant.build(configured)
    try:
        # Internal: a community manager's workshop may quote it, the model may not read it.
        bot.services.knowledge.ingest_bytes("acme", "guide.md", GUIDE, sensitivity="internal")
        drafted = await kpi_step(bot, "camille")
        assert "40 recommandations clients signées par an" in drafted  # offline draft shown
        prompt = sent(fake_openai, "/v1/chat/completions")
        assert "recommandations clients" in prompt  # the participant's choice is sent
        assert "40 recommandations" not in prompt and "signées par an" not in prompt
    finally:
        await bot.aclose()
