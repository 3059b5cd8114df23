"""Issue 20 item 2: under `privacy.model_consent: required`, nobody's words reach the model
(the fake OpenAI endpoint on loopback) before they said `consentement oui`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.llm.calls import ServedPerson
from bot.policy.confidentiality import ModelPolicy
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory
from tests.fakes.openai_server import FakeOpenAIServer
from tests.skills.ask_support import ACME_DOCUMENTS, ingest, write_documents

QUESTION = "Combien de points rapporte un témoignage vidéo ?"


@pytest.fixture
async def served() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer(responder=lambda messages: "Dix points [1].") as server:
        yield server


@pytest.fixture
async def bot(
    settings: Settings, acme: ClientConfig, served: FakeOpenAIServer, tmp_path: Path
) -> AsyncIterator[Assistant]:
    strict = ClientConfig.model_validate(
        {**acme.model_dump(), "privacy": {"model_consent": "required"}}
    )
    ClientDirectory(settings.clients_dir).save(strict, overwrite=True)
    configured = settings.model_copy(
        update={"openai_base_url": served.base_url, "chat_model": "fake-chat"}
    )
    assistant = Assistant.build(configured)
    ingest(assistant, "acme", write_documents(tmp_path / "acme", ACME_DOCUMENTS))
    yield assistant
    await assistant.aclose()


async def test_i20_2_no_call_before_yes_one_after_none_after_no(
    bot: Assistant, served: FakeOpenAIServer
):
    lea = ConsoleSession(bot, client="acme", user_id="lea", role="ambassador")
    answer = await lea.send(QUESTION)
    assert answer and served.requests == []  # answered offline
    assert "« consentement oui »" in lea.notices[0].text
    said = await lea.send("consentement oui")
    assert "C'est noté" in said[0].text
    await lea.send(QUESTION)
    assert len(served.requests) == 1
    # Someone else in the same client has said nothing: still offline for them.
    hugo = ConsoleSession(bot, client="acme", user_id="hugo", role="ambassador")
    await hugo.send(QUESTION)
    assert len(served.requests) == 1
    await lea.send("consentement non")  # (said while still yes: triage may read it)
    before = len(served.requests)
    await lea.send(QUESTION)
    assert len(served.requests) == before
    status = await lea.send("consentement")
    assert "hors ligne" in status[0].text


async def test_i20_2_bad_answer_and_english(bot: Assistant, served: FakeOpenAIServer):
    tom = ConsoleSession(bot, client="acme", user_id="tom", language="en")
    bad = await tom.send("consent perhaps")
    assert 'I did not understand "perhaps"' in bad[0].text
    assert "Noted" in (await tom.send("consent yes"))[0].text
    assert served.requests == []


async def test_i20_2_not_asked_where_consent_is_not_required(assistant: Assistant):
    lea = ConsoleSession(assistant, client="acme", user_id="lea")
    said = await lea.send("consentement oui")
    assert "ne demande pas de consentement" in said[0].text


def test_i20_2_policy_fails_closed(acme: ClientConfig):
    strict = ClientConfig.model_validate(
        {**acme.model_dump(), "privacy": {"model_consent": "required"}}
    )
    yes = ModelPolicy(lambda name: strict, consents=lambda client, platform, user: True)
    lea = ServedPerson("acme", "console", "lea")
    assert yes.allows_person("acme", "answer", lea)
    assert not yes.allows_person("acme", "synthesis", lea)  # other people's words
    assert not yes.allows_person("acme", "answer", None)  # for nobody known
    assert yes.allows_person("acme", "embed_knowledge", None)  # documents only
    assert not yes.allows_person("acme", "answer", ServedPerson("other", "console", "lea"))
    no = ModelPolicy(lambda name: strict, consents=lambda client, platform, user: False)
    assert not no.allows_person("acme", "answer", lea)

    def broken(client: str, platform: str, user: str) -> bool:
        raise RuntimeError("database down")

    assert not ModelPolicy(lambda name: strict, consents=broken).allows_person(
        "acme", "answer", lea
    )
    relaxed = ModelPolicy(lambda name: acme)
    assert relaxed.allows_person("acme", "synthesis", None)
