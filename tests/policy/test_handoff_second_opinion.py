"""Issue 15 item 7: an uncertain score gets the chat model's second opinion.

Real gateway (pseudonymisation, audit, client policy) against the local fake OpenAI
server: what it records is exactly what left the process.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.handoff.detection import HandoffClassifier, HandoffRules, HandoffVerdict
from bot.handoff.detection.confirm import (
    SECOND_OPINION_PURPOSE,
    SECOND_OPINION_RULE,
    confirm_borderline,
)
from bot.llm import ModelGateway
from bot.policy.confidentiality import DetectorCache, ModelPolicy, PseudonymizingFilter
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientNotFound
from tests.fakes.audit import InMemoryAuditSink
from tests.fakes.openai_server import FakeOpenAIServer

EMAIL = "karim.benali@exemple.fr"
ACME = ClientConfig(name="acme")
# Every message no rule decides is uncertain: the tests do not depend on the model's scores
# (the model alone never hands off: no threshold it can reach, no serious shortcut).
WIDE_BAND = {
    "model": {
        "uncertain_above": 0.0,
        "threshold": 1.0,
        "uncertain_below": 1.0,
        "serious_from": None,
    }
}


def lookup(name: str) -> ClientConfig:
    if name != ACME.name:
        raise ClientNotFound(name, [ACME.name])
    return ACME


class Scripted:
    """The fake model's answer, and the system prompts it received."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.prompts: list[str] = []

    def __call__(self, messages: list[dict[str, Any]]) -> str:
        self.prompts.append(str(messages[0]["content"]))
        return self.answer


@pytest.fixture
async def served() -> AsyncIterator[Callable[[str], Any]]:
    made: list[tuple[ModelGateway, FakeOpenAIServer]] = []

    async def make(answer: str) -> tuple[ModelGateway, FakeOpenAIServer, InMemoryAuditSink]:
        server = FakeOpenAIServer(responder=Scripted(answer))
        await server.__aenter__()
        audit = InMemoryAuditSink()
        settings = Settings(_env_file=None, OPENAI_BASE_URL=server.base_url, chat_model="fake-chat")
        gateway = ModelGateway(
            settings,
            outbound_filter=PseudonymizingFilter(lookup, detectors=DetectorCache(use_ner=False)),
            audit=audit,
            client_policy=ModelPolicy(lookup),
            max_retries=0,
        )
        made.append((gateway, server))
        return gateway, server, audit

    yield make
    for gateway, server in made:
        await gateway.aclose()
        await server.__aexit__(None, None, None)


@pytest.fixture(scope="module")
def wide() -> HandoffClassifier:
    return HandoffClassifier(HandoffRules.load(overrides=WIDE_BAND))


def sent(server: FakeOpenAIServer) -> str:
    return "\n".join(json.dumps(r.json, ensure_ascii=False) for r in server.requests)


async def test_i15_7_uncertain_message_is_raised_by_the_model_pseudonymised_and_audited(
    served, wide: HandoffClassifier
) -> None:
    text = f"je tourne en rond avec la nouvelle version, écrivez-moi à {EMAIL}"
    offline = wide.classify(text)
    assert not offline.handoff and offline.uncertain and offline.borderline
    gateway, server, audit = await served("technical")
    verdict = await confirm_borderline(
        offline, text, rules=wide.rules, gateway=gateway, client="acme", conversation_id="c1"
    )
    assert (verdict.handoff, verdict.category, verdict.rule) == (
        True,
        "technical",
        SECOND_OPINION_RULE,
    )
    assert verdict.urgency == "normal"
    assert len(server.requests) == 1
    assert EMAIL not in sent(server) and "tourne en rond" in sent(server)
    prompt = server.requests[0].json["messages"][0]["content"]
    assert "strategic" in prompt and "technical" in prompt and "none" in prompt
    (entry,) = audit.entries
    assert entry.purpose == SECOND_OPINION_PURPOSE and entry.client == "acme" and entry.ok
    assert entry.entities_removed  # the e-mail address was replaced before leaving


async def test_i15_7_model_may_clear_an_uncertain_mild_verdict_of_the_learned_model(
    served, wide: HandoffClassifier
) -> None:
    raised = HandoffVerdict(
        handoff=True, category="anger", rule="model", urgency="normal",
        borderline=True, score=0.45, uncertain=True,
    )  # fmt: skip
    gateway, server, _ = await served("none")
    verdict = await confirm_borderline(
        raised, "bof bof ce plafond", rules=wide.rules, gateway=gateway, client="acme"
    )
    assert not verdict.handoff and verdict.category == "none" and verdict.candidate == "anger"
    assert len(server.requests) == 1


async def test_i15_7_model_never_silences_danger_or_a_serious_category(
    served, wide: HandoffClassifier
) -> None:
    gateway, server, audit = await served("none")
    danger = wide.classify("je veux mourir, je n'en peux plus")
    assert danger.danger
    serious = HandoffVerdict(
        handoff=True, category="distress", rule="model", urgency="high",
        borderline=True, score=0.5, uncertain=True,
    )  # fmt: skip
    for verdict in (danger, serious):
        kept = await confirm_borderline(
            verdict, "t", rules=wide.rules, gateway=gateway, client="acme"
        )
        assert kept == verdict
    assert server.requests == [] and audit.entries == []


async def test_i15_7_odd_answer_offline_or_unknown_client_keeps_the_offline_verdict(
    served, wide: HandoffClassifier
) -> None:
    text = "Depuis la mise à jour je tourne en rond"
    offline = wide.classify(text)
    gateway, server, _ = await served("Bien sûr, je pense que oui !")
    kept = await confirm_borderline(offline, text, rules=wide.rules, gateway=gateway, client="acme")
    assert kept == offline and len(server.requests) == 1
    refused = await confirm_borderline(
        offline, text, rules=wide.rules, gateway=gateway, client="unknown"
    )
    assert refused == offline and len(server.requests) == 1
    unconfigured = ModelGateway(Settings(_env_file=None, OPENAI_BASE_URL=None, chat_model=None))
    try:
        assert (
            await confirm_borderline(
                offline, text, rules=wide.rules, gateway=unconfigured, client="acme"
            )
            == offline
        )
    finally:
        await unconfigured.aclose()


def test_i15_7_default_band_marks_only_middling_scores_uncertain() -> None:
    classifier = HandoffClassifier(HandoffRules.load())
    settings = classifier.rules.model
    assert settings.uncertain_above < settings.threshold < settings.uncertain_below
    for text in ("Je veux parler à un humain", "Merci beaucoup !", "je veux mourir"):
        verdict = classifier.classify(text)
        assert verdict.score is not None
        in_band = settings.uncertain_above <= verdict.score < settings.uncertain_below
        assert verdict.uncertain == (in_band and verdict.rule in ("", "model"))
