"""Document and query embeddings go through the gateway, per client: filtered and audited,
and never for a local_only client."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.gateway_embeddings import ClientEmbedders
from bot.llm import CallContext
from bot.settings import Settings
from bot.store.audit import audit_rows
from bot.tenants import ClientConfig, ClientDirectory
from tests.fakes.openai_server import FakeOpenAIServer
from tests.skills.ask_support import ACME_DOCUMENTS, ingest, write_documents

NAME, EMAIL, TERM = "Karim Benali", "karim.benali@exemple.fr", "Projet Zèbre"
DOCUMENTS = {
    **ACME_DOCUMENTS,
    "contacts.md": (
        "# Contacts\n\n## Référent vidéo\n\n"
        f"Le référent des témoignages vidéo est {NAME} ({EMAIL}). Il prépare le {TERM}.\n"
    ),
}


@pytest.fixture
async def bot(
    settings: Settings, acme: ClientConfig, fake_openai: FakeOpenAIServer
) -> AsyncIterator[Assistant]:
    ClientDirectory(settings.clients_dir).save(
        ClientConfig(name="discret", privacy={"local_only": True}, default_sensitivity="public")
    )
    configured = settings.model_copy(
        update={
            "openai_base_url": fake_openai.base_url,
            "embedding_model": "fake-embed",
            "model_timeout_s": 5.0,
        }
    )
    assistant = Assistant.build(configured)
    yield assistant
    await assistant.aclose()


def embedding_inputs(server: FakeOpenAIServer) -> list[str]:
    return [t for r in server.requests if r.path == "/v1/embeddings" for t in r.json["input"]]


async def test_chunks_and_questions_are_embedded_without_personal_data(
    bot: Assistant, fake_openai: FakeOpenAIServer, tmp_path: Path
):
    # Ingestion is blocking work: the product runs it in a worker thread, as here.
    await asyncio.to_thread(ingest, bot, "acme", write_documents(tmp_path / "acme", DOCUMENTS))
    lea = ConsoleSession(bot, client="acme", user_id="lea", role="community_manager")
    shown = render_all(await lea.send(f"Qui est le référent vidéo ? Moi c'est {NAME}."))
    assert NAME in shown  # the local answer still quotes the document

    inputs = embedding_inputs(fake_openai)
    assert any("<PERSONNE_1>" in text for text in inputs)
    sent = json.dumps([r.json for r in fake_openai.requests], ensure_ascii=False)
    for value in (NAME, EMAIL, TERM, "Benali", "Zèbre"):
        assert value not in sent, value
    rows = audit_rows(bot.services.db, "acme")
    assert {row.purpose for row in rows} == {"embed_knowledge"}
    sent_rows = [r for r in rows if not (r.error or "").startswith("withheld")]
    assert all(r.ok for r in sent_rows)
    # The chunks at ingestion, then the question: its own request, its own row; the
    # confidential roadmap was withheld (a row, no request).
    assert len(sent_rows) == len(fake_openai.requests) >= 2
    assert len(rows) == len(sent_rows) + 1


async def test_a_local_only_client_embeds_nothing_outside(
    bot: Assistant, fake_openai: FakeOpenAIServer, tmp_path: Path
):
    await asyncio.to_thread(
        ingest, bot, "discret", write_documents(tmp_path / "discret", DOCUMENTS)
    )
    lea = ConsoleSession(bot, client="discret", user_id="lea", role="ambassador")
    shown = render_all(await lea.send("Combien de points rapporte un témoignage vidéo ?"))
    assert "60 points" in shown
    assert fake_openai.requests == []


async def test_blocking_embeddings_are_refused_on_the_event_loop(bot: Assistant):
    with pytest.raises(RuntimeError, match="event loop"):
        bot.services.gateway.embed_blocking(CallContext("acme", "embed_chunks"), ["Bonjour"])


def test_the_knowledge_embedder_refuses_texts_of_no_known_client(bot: Assistant):
    embedder = bot.services.knowledge.extra
    assert isinstance(embedder, ClientEmbedders)
    with pytest.raises(RuntimeError):
        embedder.embed(["Bonjour"])
    assert embedder.for_client("discret") is None and embedder.for_client("nobody") is None
    assert embedder.for_client("acme") is not None
