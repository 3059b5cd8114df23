"""The gateway's confidentiality filter against the local fake OpenAI server.

What the fake server records is exactly what left the process: no personal value or
confidential term may appear in it, and replies are re-identified per conversation only.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.llm import CallContext, ChatMessage, ModelGateway, ModelUnavailable
from bot.policy.confidentiality import (
    ConversationMappings,
    ModelPolicy,
    PseudonymizingFilter,
    allowed_for_model,
)
from bot.policy.pii import PiiDetector
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientNotFound
from tests.fakes.audit import InMemoryAuditSink
from tests.fakes.openai_server import FakeOpenAIServer

NAME = "Karim Benali"
EMAIL = "karim.benali@exemple.fr"
PHONE = "06 12 34 56 78"
IBAN = "FR76 3000 6000 0112 3456 7890 189"
TERM = "Projet Houblon"
PERSONAL = f"Bonjour, je suis {NAME} ({EMAIL}, {PHONE}), mon IBAN est {IBAN}. Où en est le {TERM} ?"
SECRETS = (NAME, "Benali", EMAIL, PHONE, "0612345678", IBAN, IBAN.replace(" ", ""), TERM)

VOLTA = ClientConfig(
    name="volta",
    confidential_terms=[{"term": TERM, "variants": ["Houblon"]}],
    privacy={"not_persons": ["Blanche Hermine"]},
)
BRAVO = ClientConfig(name="bravo")
QUIET = ClientConfig(name="quiet", privacy={"local_only": True})
CLIENTS = {c.name: c for c in (VOLTA, BRAVO, QUIET)}


def lookup(name: str) -> ClientConfig:
    if name not in CLIENTS:
        raise ClientNotFound(name, CLIENTS)
    return CLIENTS[name]


def ctx(conversation: str | None = "console:volta:c:lea", client: str = "volta") -> CallContext:
    return CallContext(client=client, purpose="answer", conversation_id=conversation)


def ask(text: str) -> list[ChatMessage]:
    return [ChatMessage("system", "Tu aides les ambassadeurs."), ChatMessage("user", text)]


def sent(server: FakeOpenAIServer) -> str:
    """Everything the server received, as one decoded string (JSON escapes undone)."""
    return "\n".join(json.dumps(r.json, ensure_ascii=False) for r in server.requests)


def assert_nothing_leaked(server: FakeOpenAIServer) -> None:
    received = sent(server)
    raw = b"".join(r.raw for r in server.requests)
    for value in SECRETS:
        assert value not in received, value
        assert value.encode() not in raw, value


@pytest.fixture(scope="module")
def shared_filter() -> PseudonymizingFilter:
    """One filter (and its NER model) for the module; conversations keep them apart."""
    return PseudonymizingFilter(lookup)


@pytest.fixture
async def gateway(
    fake_openai: FakeOpenAIServer, shared_filter: PseudonymizingFilter
) -> AsyncIterator[Callable[..., ModelGateway]]:
    made: list[ModelGateway] = []

    def make(**kwargs: Any) -> ModelGateway:
        settings = Settings(
            _env_file=None,
            OPENAI_BASE_URL=fake_openai.base_url,
            chat_model="fake-chat",
            embedding_model="fake-embed",
        )
        options = {"outbound_filter": shared_filter, "client_policy": ModelPolicy(lookup)}
        made.append(ModelGateway(settings, **{**options, **kwargs}))
        return made[-1]

    yield make
    for item in made:
        await item.aclose()


async def test_no_personal_value_or_confidential_term_reaches_the_model(
    gateway, fake_openai: FakeOpenAIServer
) -> None:
    reply = await gateway().chat(ctx("conv-leak"), ask(PERSONAL))
    assert_nothing_leaked(fake_openai)
    user_message = fake_openai.bodies[0]["messages"][1]["content"]
    for placeholder in ("<PERSONNE_1>", "<EMAIL_1>", "<TELEPHONE_1>", "<IBAN_1>"):
        assert placeholder in user_message
    assert "<TERME_CONFIDENTIEL_1>" in user_message
    # The echo comes back with placeholders; the sender reads their own values.
    assert reply == f"ECHO: {PERSONAL}"


async def test_placeholders_stay_the_same_across_turns_of_one_conversation(
    gateway, fake_openai: FakeOpenAIServer
) -> None:
    model = gateway()
    await model.chat(ctx("conv-turns"), ask(f"Je m'appelle {NAME}, mon mail est {EMAIL}."))
    second = await model.chat(
        ctx("conv-turns"), ask(f"Léa Garnier remplace {NAME} ; écrivez à {EMAIL.upper()}.")
    )
    first_body, second_body = (b["messages"][1]["content"] for b in fake_openai.bodies)
    assert first_body == "Je m'appelle <PERSONNE_1>, mon mail est <EMAIL_1>."
    assert second_body == "<PERSONNE_2> remplace <PERSONNE_1> ; écrivez à <EMAIL_1>."
    # One value, one placeholder: it reads back as first written in the conversation.
    assert second == f"ECHO: Léa Garnier remplace {NAME} ; écrivez à {EMAIL}."


async def test_a_conversation_never_reads_another_ones_values(
    gateway, fake_openai: FakeOpenAIServer
) -> None:
    model = gateway()
    fake_openai.responder = lambda messages: "Merci <PERSONNE_1>, noté pour <EMAIL_1>."
    mine = await model.chat(ctx("conv-a"), ask(f"Je suis {NAME}, {EMAIL}."))
    assert mine == f"Merci {NAME}, noté pour {EMAIL}."
    other_user = await model.chat(ctx("conv-b"), ask("Bonjour, une question sur les points."))
    other_client = await model.chat(ctx("conv-a", client="bravo"), ask("Bonjour !"))
    one_shot = await model.chat(ctx(None), ask("Bonjour sans conversation."))
    for reply in (other_user, other_client, one_shot):
        assert reply == "Merci <PERSONNE_1>, noté pour <EMAIL_1>."


async def test_streamed_reply_is_reidentified_even_when_a_placeholder_is_cut(
    gateway, fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.stream_chunk_size = 2  # "<PE", "RS"… every placeholder arrives in pieces
    fake_openai.responder = lambda m: "D'accord [PERSONNE_1], j'appelle le <TELEPHONE_1>."
    deltas = [d async for d in gateway().stream_chat(ctx("conv-stream"), ask(f"{NAME}, {PHONE}"))]
    assert "".join(deltas) == f"D'accord {NAME}, j'appelle le {PHONE}."
    assert not any("PERSONNE" in d or "TELEPHONE" in d for d in deltas)
    assert_nothing_leaked(fake_openai)


async def test_embedding_requests_are_filtered_too(gateway, fake_openai: FakeOpenAIServer) -> None:
    vectors = await gateway().embed(
        CallContext("volta", "embed_chunks"), [PERSONAL, "La Blanche Hermine est une bière."]
    )
    assert len(vectors) == 2
    assert_nothing_leaked(fake_openai)
    # not_persons: the beer's name is not taken for a person and goes out unchanged.
    assert fake_openai.bodies[0]["input"][1] == "La Blanche Hermine est une bière."


async def test_audit_counts_entities_per_type(gateway, fake_openai: FakeOpenAIServer) -> None:
    audit = InMemoryAuditSink()
    await gateway(audit=audit).chat(ctx("conv-audit"), ask(PERSONAL))
    (entry,) = audit.entries
    assert entry.entities_removed == {
        "PERSON": 1, "EMAIL": 1, "PHONE": 1, "IBAN": 1, "CONFIDENTIAL_TERM": 1,
    }  # fmt: skip
    assert not any(value in repr(entry) for value in SECRETS)


async def test_local_only_and_unknown_clients_make_no_http_call(
    gateway, fake_openai: FakeOpenAIServer
) -> None:
    model = gateway()
    for client in ("quiet", "nobody"):
        assert not model.allows(client, "chat") and not model.allows(client, "embedding")
        with pytest.raises(ModelUnavailable):
            await model.chat(ctx("c", client=client), ask("Bonjour"))
        with pytest.raises(ModelUnavailable):
            model.stream_chat(ctx("c", client=client), ask("Bonjour"))
        with pytest.raises(ModelUnavailable):
            await model.embed(ctx("c", client=client), ["Bonjour"])
    assert fake_openai.requests == []
    assert model.allows("volta", "chat")


async def test_filter_alone_refuses_an_unknown_client(shared_filter) -> None:
    with pytest.raises(ModelUnavailable):
        shared_filter.outgoing(ctx("c", client="nobody"), ["Bonjour"])


def test_model_sensitivities_decide_what_may_go_in_a_prompt() -> None:
    assert allowed_for_model(VOLTA, "public") and allowed_for_model(VOLTA, "internal")
    assert not allowed_for_model(VOLTA, "confidential")
    assert not allowed_for_model(QUIET, "public")
    open_book = ClientConfig(
        name="open", privacy={"model_sensitivities": ["public", "internal", "confidential"]}
    )
    assert allowed_for_model(open_book, "confidential")
    only_public = ClientConfig(name="prudent", privacy={"model_sensitivities": ["public"]})
    assert not allowed_for_model(only_public, "internal")


def test_mappings_are_bounded_and_expire() -> None:
    now = [0.0]
    mappings = ConversationMappings(max_conversations=2, ttl_s=60, clock=lambda: now[0])
    detector = PiiDetector(use_ner=False)
    first = mappings.get("volta", "a", detector)
    first.pseudonymize(f"Écrire à {EMAIL}")
    assert mappings.get("volta", "a", detector) is first
    mappings.get("volta", "b", detector)
    mappings.get("volta", "c", detector)  # over the bound: "a", the least recent, goes
    assert len(mappings) == 2
    assert mappings.get("volta", "a", detector) is not first
    now[0] = 61.0
    assert len(mappings) == 2
    mappings.get("volta", "d", detector)  # every idle mapping has expired
    assert len(mappings) == 1
    assert EMAIL not in repr(mappings) and EMAIL not in repr(first)


async def test_values_never_reach_the_logs(
    gateway, fake_openai: FakeOpenAIServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake_openai.fail_next(1, 500)
    model = gateway(max_retries=0)
    with pytest.raises(Exception, match="failed"):
        await model.chat(ctx("conv-log"), ask(PERSONAL))
    fake_openai.responder = lambda m: "ok"
    await model.chat(ctx("conv-log"), ask(PERSONAL))
    assert caplog.records
    assert not any(value in caplog.text for value in SECRETS)


def test_a_client_file_with_a_bad_privacy_policy_names_the_key(tmp_path) -> None:
    from bot.tenants import ClientConfigError, parse_client_file

    path = tmp_path / "volta.yaml"
    path.write_text("privacy:\n  local_only: peut-être\n  model_sensitivities: [secret]\n")
    with pytest.raises(ClientConfigError) as error:
        parse_client_file(path)
    problems = " ".join(error.value.problems)
    assert "privacy.local_only" in problems and "privacy.model_sensitivities" in problems
    path.write_text("privacy:\n  not_persons: [Blanche Hermine]\n")
    policy = parse_client_file(path).privacy
    assert policy.not_persons == ["Blanche Hermine"] and not policy.local_only
    assert policy.model_sensitivities == ["public", "internal"]
