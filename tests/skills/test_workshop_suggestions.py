"""Drafted KPIs and themes: from the client's documents offline, through the model when allowed."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from bot.assistant import Assistant
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.e2e.workshop_support import answer, code_of, person
from tests.fakes.openai_server import FakeOpenAIServer

GUIDE = (
    "# Programme Éclaireurs\n\n"
    "## Recommandations clients\n\n"
    "Le programme vise 40 recommandations clients signées par an grâce aux Éclaireurs.\n\n"
    "## Visibilité en ligne\n\n"
    "Nous voulons doubler la visibilité en ligne : 500 partages par mois sur les réseaux.\n"
).encode()


async def kpi_step(bot: Assistant, user: str) -> str:
    code = code_of(await person(bot, "hugo", "facilitator").send("atelier nous"))
    member = person(bot, user, "community_manager")
    await answer(member, f"rejoindre {code}", "Notre raison d'être, écrite par nous.")
    return await answer(member, "1, 2")


async def test_workshop_kpi_drafts_quote_the_client_documents_deterministically(
    assistant: Assistant,
):
    assistant.services.knowledge.ingest_bytes("acme", "guide-programme.md", GUIDE)
    first = await kpi_step(assistant, "lea")
    assert "40 recommandations clients signées par an" in first
    assert "suivre la cible citée dans « guide-programme.md »" in first
    assert "recommandations générées — nombre de recommandations par trimestre" in first
    assert "brouillon" in first
    second = await kpi_step(assistant, "paul")
    assert first.split("Étape 3/6", 1)[1] == second.split("Étape 3/6", 1)[1]


async def test_workshop_kpi_drafts_never_leak_another_clients_documents(
    assistant: Assistant, settings: Settings
):
    from bot.tenants import ClientDirectory

    ClientDirectory(settings.clients_dir).save(ClientConfig(name="globex"))
    assistant.services.knowledge.ingest_bytes("globex", "globex.md", GUIDE)
    drafted = await kpi_step(assistant, "lea")
    assert "globex.md" not in drafted and "40 recommandations" not in drafted


def model_reply(messages: list[dict]) -> str:
    return json.dumps(
        [
            {"label": "ambassadeurs actifs", "measure": "ayant contribué dans le trimestre"},
            {"label": "sans mesure"},
        ],
        ensure_ascii=False,
    )


@pytest.fixture
async def model_assistant(
    settings: Settings, acme: ClientConfig, fake_openai: FakeOpenAIServer
) -> AsyncIterator[Assistant]:
    fake_openai.responder = model_reply
    configured = settings.model_copy(
        update={
            "openai_base_url": fake_openai.base_url,
            "openai_api_key": "k",
            "chat_model": "fake-chat",
        }
    )
    bot = Assistant.build(configured)
    yield bot
    await bot.aclose()


async def test_workshop_kpi_drafts_come_from_the_model_when_one_is_configured(
    model_assistant: Assistant, fake_openai: FakeOpenAIServer
):
    drafted = await kpi_step(model_assistant, "lea")
    assert "1. ambassadeurs actifs — ayant contribué dans le trimestre (source : model)" in drafted
    assert "sans mesure" not in drafted  # a KPI without a measure is not offered
    assert "recommandations générées" in drafted  # the offline drafts stay after the model's
    chats = [r.json for r in fake_openai.requests if r.path.endswith("/chat/completions")]
    assert len(chats) == 1  # only the KPI step: the purpose is never asked of the model
    prompt = json.dumps(chats[0]["messages"], ensure_ascii=False)
    assert "plus de recommandations clients" in prompt
    assert "Notre raison d'être" not in prompt


async def test_workshop_drafts_fall_back_offline_when_the_model_fails(
    model_assistant: Assistant, fake_openai: FakeOpenAIServer
):
    fake_openai.fail_next(10)
    drafted = await kpi_step(model_assistant, "lea")
    assert "ambassadeurs actifs" not in drafted
    assert "1. recommandations générées" in drafted


async def test_workshop_kpi_drafts_skip_confidential_documents_and_mere_dates(
    assistant: Assistant,
):
    knowledge = assistant.services.knowledge
    roadmap = (
        "# Feuille de route\n\nObjectif : 900 recommandations clients par an (Projet Zèbre).\n"
    )
    knowledge.ingest_bytes(
        "acme", "feuille-de-route.md", roadmap.encode(), sensitivity="confidential"
    )
    calendar = "# Calendrier\n\nRecommandations clients : campagne du 11 au 31 janvier 2027.\n"
    knowledge.ingest_bytes("acme", "calendrier.md", calendar.encode())
    knowledge.ingest_bytes("acme", "guide-programme.md", GUIDE)
    drafted = await kpi_step(assistant, "camille")  # a community manager may read all three
    assert "900 recommandations" not in drafted and "Projet Zèbre" not in drafted
    assert "janvier 2027" not in drafted
    assert "40 recommandations clients signées par an" in drafted
