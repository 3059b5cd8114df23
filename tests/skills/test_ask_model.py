"""With a configured chat model: answers written from the retrieved passages only, cited."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.settings import Settings
from bot.tenants import ClientConfig
from knowledge.access import sensitivities_for_role
from skills.ask.answering import MODEL_SUPPORT_FLOOR
from skills.ask.generation import answer_messages
from skills.ask.sources import renumber
from tests.fakes.openai_server import FakeOpenAIServer
from tests.skills.ask_support import (
    ACME_DOCUMENTS,
    POINTS_QUESTION,
    SECRET_QUESTION,
    UNANSWERABLE,
    answer_records,
    ingest,
    only,
    write_documents,
)

MODEL_ANSWER = "Un témoignage vidéo vous rapporte 60 points [1]."


class ScriptedModel:
    """What the fake model answers: set `reply` per test."""

    def __init__(self) -> None:
        self.reply = MODEL_ANSWER

    def __call__(self, messages: list[dict]) -> str:
        return self.reply


@pytest.fixture
def model() -> ScriptedModel:
    return ScriptedModel()


@pytest.fixture
async def served(model: ScriptedModel) -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer(responder=model) as server:
        yield server


@pytest.fixture
async def with_model(
    settings: Settings, acme: ClientConfig, served: FakeOpenAIServer, tmp_path: Path
) -> AsyncIterator[Assistant]:
    configured = settings.model_copy(
        update={"openai_base_url": served.base_url, "chat_model": "fake-chat"}
    )
    bot = Assistant.build(configured)
    ingest(bot, "acme", write_documents(tmp_path / "docs", ACME_DOCUMENTS))
    yield bot
    await bot.aclose()


@pytest.fixture
def talk(with_model: Assistant) -> Callable[..., ConsoleSession]:
    def make(user: str, role: str, lang: str | None = None) -> ConsoleSession:
        return ConsoleSession(with_model, client="acme", user_id=user, role=role, language=lang)

    return make


def chat_requests(server: FakeOpenAIServer) -> list[list[dict]]:
    return [r.json["messages"] for r in server.requests if r.path == "/v1/chat/completions"]


async def test_generated_answer_cites_its_sources(
    with_model: Assistant, talk, served: FakeOpenAIServer
):
    reply = only(await talk("lea", "ambassador").send(POINTS_QUESTION))
    assert reply.text == MODEL_ANSWER
    assert (reply.context or "").startswith("Sources :\n[1] Charte des ambassadeurs Acme › Points")
    assert "à partir de ces seuls documents" in (reply.context or "")
    assert reply.action_id == "ask.feedback"
    [record] = answer_records(with_model)
    assert record.answered and record.generated_by == "fake-chat"
    assert [s["document"] for s in record.sources] == ["charte.md"]


async def test_the_prompt_holds_only_the_retrieved_passages_and_the_question(
    with_model: Assistant, talk, served: FakeOpenAIServer
):
    await talk("lea", "ambassador").send(SECRET_QUESTION + " Et combien de points par vidéo ?")
    await talk("lea", "ambassador").send(POINTS_QUESTION)
    [_, sent] = chat_requests(served)
    hits = await with_model.services.knowledge.asearch(
        "acme", POINTS_QUESTION, allowed_sensitivities=sensitivities_for_role("ambassador")
    )
    expected = answer_messages("fr", "Acme Vélos", POINTS_QUESTION, hits)
    assert sent == [{"role": m.role, "content": m.content} for m in expected]
    assert "Un témoignage vidéo rapporte 60 points." in sent[1]["content"]
    assert "uniquement à partir des sources" in sent[0]["content"]
    everything_sent = str(chat_requests(served))
    assert "Héron" not in everything_sent.replace(SECRET_QUESTION, "")
    assert "cargo" not in everything_sent and "3 990" not in everything_sent


async def test_english_question_gets_an_english_prompt(talk, served: FakeOpenAIServer):
    await talk("lea", "ambassador").send("When is the Vélo-Expo fair in Lyon?")
    [_translation, sent] = chat_requests(served)  # issue 19: translated for retrieval first
    assert "Answer in English" in sent[0]["content"]
    assert sent[1]["content"].endswith("Question: When is the Vélo-Expo fair in Lyon?")


GREY_QUESTION = "Un nouvel arrivant a droit à quel cadeau ?"  # "kit de bienvenue", in other words


# Above the offline threshold, or just below it (the model then gets a second look).
@pytest.mark.parametrize("question", [POINTS_QUESTION, GREY_QUESTION])
async def test_model_that_finds_no_answer_in_the_sources_leads_to_i_dont_know(
    with_model: Assistant, talk, model: ScriptedModel, question: str
):
    model.reply = "NO_ANSWER"
    reply = only(await talk("lea", "ambassador").send(question))
    assert reply.text.startswith("Je ne sais pas") and reply.action_id == "handoff:request"
    assert not answer_records(with_model)[0].answered


async def test_a_paraphrase_below_the_offline_threshold_is_judged_by_the_model(
    with_model: Assistant, talk, model: ScriptedModel, served: FakeOpenAIServer
):
    offline = with_model.services.knowledge.answer(
        "acme", GREY_QUESTION, allowed_sensitivities=sensitivities_for_role("ambassador")
    )
    assert not offline.answered and offline.support >= MODEL_SUPPORT_FLOOR
    model.reply = "Vous recevez un kit de bienvenue : une gourde gravée et un guide [1]."

    reply = only(await talk("lea", "ambassador").send(GREY_QUESTION))

    assert reply.text == model.reply
    [sent] = chat_requests(served)
    assert "kit de bienvenue" in sent[1]["content"]
    [record] = answer_records(with_model)
    assert record.answered and record.generated_by == "fake-chat"


async def test_unsupported_question_never_reaches_the_model(talk, served: FakeOpenAIServer):
    reply = only(await talk("lea", "ambassador").send(UNANSWERABLE))
    assert reply.text.startswith("Je ne sais pas")
    assert chat_requests(served) == []


async def test_failing_model_falls_back_to_the_extractive_answer(
    with_model: Assistant, talk, served: FakeOpenAIServer
):
    served.fail_next(5, status=500)
    reply = only(await talk("lea", "ambassador").send(POINTS_QUESTION))
    assert "« Un témoignage vidéo rapporte 60 points." in reply.text
    assert answer_records(with_model)[0].generated_by == "extractive"


def test_citations_are_renumbered_in_order_and_stray_numbers_dropped():
    from knowledge.retrieval import Hit

    hits = [
        Hit("acme", f"doc{i}.md", "", None, f"texte {i}", 1.0, "public", f"c{i}")
        for i in range(1, 4)
    ]
    text, sources = renumber("A [3]. B [1] [9]. C [3].", hits)
    assert text == "A [1]. B [2] . C [1]."
    assert [h.document for h in sources] == ["doc3.md", "doc1.md"]
    uncited, all_hits = renumber("Rien de cité.", hits)
    assert uncited == "Rien de cité." and all_hits == hits
