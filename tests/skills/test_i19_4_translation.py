"""Issue 19 item 4: with a chat model, a question in another language than the documents'
is also translated (through the gateway) for retrieval."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.fakes.openai_server import FakeOpenAIServer
from tests.skills.ask_support import ACME_DOCUMENTS, ingest, only, write_documents

TRANSLATION = "Quand se tient le salon Vélo-Expo à Lyon, et combien d'ambassadeurs faut-il ?"
QUESTION = "When does the bike show in Lyon happen and how many of us do you need?"


def scripted(messages: list[dict]) -> str:
    if "Traduis en français" in messages[0]["content"]:
        return f"« {TRANSLATION} »"
    sources = messages[-1]["content"]
    return (
        "Du 3 au 5 mars 2027, avec 6 ambassadeurs [1]."
        if "6 ambassadeurs" in sources
        else ("NO_ANSWER")
    )


@pytest.fixture
async def served() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer(responder=scripted) as server:
        yield server


@pytest.fixture
async def bot(
    settings: Settings, acme: ClientConfig, served: FakeOpenAIServer, tmp_path: Path
) -> AsyncIterator[Assistant]:
    configured = settings.model_copy(
        update={"openai_base_url": served.base_url, "chat_model": "fake-chat"}
    )
    assistant = Assistant.build(configured)
    ingest(assistant, "acme", write_documents(tmp_path / "docs", ACME_DOCUMENTS))
    yield assistant
    await assistant.aclose()


def chats(server: FakeOpenAIServer) -> list[list[dict]]:
    return [r.json["messages"] for r in server.requests if r.path == "/v1/chat/completions"]


async def test_i19_4_an_english_question_is_translated_then_answered_from_both(
    bot: Assistant, served: FakeOpenAIServer
) -> None:
    session = ConsoleSession(bot, client="acme", user_id="lea", role="ambassador")
    reply = only(await session.send(QUESTION))
    translate, answer = chats(served)
    assert "Traduis en français" in translate[0]["content"]
    assert translate[1]["content"] == QUESTION
    # The translation found the passage: the model read it and answered with it.
    assert "Le salon Vélo-Expo se tient à Lyon" in answer[1]["content"]
    assert reply.text.startswith("Du 3 au 5 mars 2027")


async def test_i19_4_a_question_in_the_documents_language_is_not_translated(
    bot: Assistant, served: FakeOpenAIServer
) -> None:
    session = ConsoleSession(bot, client="acme", user_id="lea", role="ambassador")
    await session.send("Quand se tient le salon Vélo-Expo à Lyon ?")
    assert all("Traduis" not in messages[0]["content"] for messages in chats(served))


async def test_i19_4_the_translation_adds_to_the_question_in_retrieval(
    bot: Assistant,
) -> None:
    knowledge = bot.services.knowledge
    public = {"public"}
    alone = knowledge.answer("acme", QUESTION, allowed_sensitivities=public)
    both = knowledge.answer("acme", QUESTION, allowed_sensitivities=public, also=(TRANSLATION,))
    assert both.sources and both.sources[0].document == "salons.md"
    assert both.support > alone.support and both.question == QUESTION
