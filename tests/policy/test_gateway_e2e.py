"""Acceptance: conversations full of personal data through the whole pipeline, with a fake
OpenAI-compatible server on loopback. Nothing personal or confidential reaches it; the
sender still reads their own data in the reply; local_only clients make no call at all."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.settings import Settings
from bot.store.audit import audit_rows
from bot.tenants import ClientConfig, ClientDirectory
from tests.fakes.openai_server import FakeOpenAIServer
from tests.skills.ask_support import ACME_DOCUMENTS, ingest, write_documents

NAME = "Karim Benali"
EMAIL = "karim.benali@exemple.fr"
PHONE = "+33 6 12 34 56 78"
IBAN = "FR76 3000 6000 0112 3456 7890 189"
TERM = "Projet Zèbre"  # acme's confidential term (tests/conftest.py)
FIRST = (
    f"Bonjour, je suis {NAME} ({EMAIL}, {PHONE}, IBAN {IBAN}) et je travaille sur le {TERM}. "
    "Combien de points rapporte un témoignage vidéo ?"
)
SECOND = f"Merci ! Et un avis en ligne, ça rapporte combien à {NAME} ?"
NEVER_SENT = (
    NAME, "Benali", EMAIL, PHONE, "612345678", IBAN, IBAN.replace(" ", ""), TERM, "Zèbre",
    "cargo électrique",  # the confidential document's content
)  # fmt: skip
_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
# A public page of the client that names a person: its passages go to the model too. It says
# so: unmarked, a page of names, mails and an IBAN reads as restricted (the second reader).
CONTACTS = (
    "Diffusion : tous les ambassadeurs\n\n# Contacts du programme\n\n"
    "## Référent témoignages vidéo\n\n"
    f"Le référent des témoignages vidéo est {NAME} : {EMAIL}, {PHONE}. Les points des "
    f"témoignages sont versés sur l'IBAN {IBAN} pour les cartes cadeaux.\n"
)
DOCUMENTS = {**ACME_DOCUMENTS, "contacts.md": CONTACTS}


def reply_with_placeholders(messages: list[dict]) -> str:
    """A model that cites passage [1] and repeats the placeholders of the question."""
    question = messages[-1]["content"].rsplit("\n", 1)[-1]
    seen = list(dict.fromkeys(_PLACEHOLDER.findall(question)))
    return f"Bien noté {' '.join(seen)} : la réponse est dans la charte [1]."


@pytest.fixture
async def served() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer(responder=reply_with_placeholders) as server:
        yield server


@pytest.fixture
async def bot(
    settings: Settings, acme: ClientConfig, served: FakeOpenAIServer, tmp_path: Path
) -> AsyncIterator[Assistant]:
    discreet = ClientConfig(
        name="discret", privacy={"local_only": True}, default_sensitivity="public"
    )
    ClientDirectory(settings.clients_dir).save(discreet)
    configured = settings.model_copy(
        update={"openai_base_url": served.base_url, "chat_model": "fake-chat"}
    )
    assistant = Assistant.build(configured)
    ingest(assistant, "acme", write_documents(tmp_path / "acme", DOCUMENTS))
    ingest(assistant, "discret", write_documents(tmp_path / "discret", DOCUMENTS))
    yield assistant
    await assistant.aclose()


def received(server: FakeOpenAIServer) -> str:
    return "\n".join(json.dumps(r.json, ensure_ascii=False) for r in server.requests)


def question_sent(server: FakeOpenAIServer, index: int) -> str:
    return server.bodies[index]["messages"][-1]["content"].rsplit("\n", 1)[-1]


async def test_personal_data_never_reaches_the_model_and_the_sender_reads_it_back(
    bot: Assistant, served: FakeOpenAIServer
):
    karim = ConsoleSession(bot, client="acme", user_id="karim", role="community_manager")
    first = render_all(await karim.send(FIRST))
    second = render_all(await karim.send(SECOND))

    assert len(served.requests) == 2
    everything = received(served)
    raw = b"".join(r.raw for r in served.requests)
    for value in NEVER_SENT:
        assert value not in everything and value.encode() not in raw, value
    # One conversation, one set of placeholders across both turns.
    first_sent, second_sent = question_sent(served, 0), question_sent(served, 1)
    assert "<PERSONNE_1>" in first_sent and "<PERSONNE_1>" in second_sent
    assert "<EMAIL_1>" in first_sent and "<TERME_CONFIDENTIEL_1>" in first_sent
    # The sender reads their own values in the answer, not placeholders.
    assert f"Bien noté {NAME} {EMAIL} {PHONE} {IBAN} {TERM}" in first
    assert f"Bien noté {NAME}" in second and "<" not in first + second


async def test_another_conversation_never_gets_those_values(
    bot: Assistant, served: FakeOpenAIServer
):
    karim = ConsoleSession(bot, client="acme", user_id="karim", role="community_manager")
    mine = render_all(await karim.send(SECOND.replace(NAME, "Sophie Marchand")))
    assert "Bien noté Sophie Marchand" in mine
    assert "Sophie" not in received(served)
    many = " ".join(f"<PERSONNE_{n}>" for n in range(1, 6))
    served.responder = lambda messages: f"Réponse pour {many} [1]."
    before = len(served.requests)
    for other in (
        ConsoleSession(bot, client="acme", user_id="lea", role="community_manager"),
        ConsoleSession(
            bot, client="acme", user_id="karim", role="community_manager", channel_id="other"
        ),
    ):
        shown = render_all(await other.send("Combien de points rapporte un témoignage vidéo ?"))
        assert "Sophie" not in shown
    assert len(served.requests) == before + 2  # both were answered by the model


async def test_ambassador_with_a_confidential_term_gets_the_notice_and_keeps_their_data(
    bot: Assistant, served: FakeOpenAIServer
):
    lea = ConsoleSession(bot, client="acme", user_id="lea", role="ambassador")
    own_data = render_all(
        await lea.send(f"Je suis {NAME}, {EMAIL} : combien de points pour un témoignage vidéo ?")
    )
    assert f"Bien noté {NAME} {EMAIL}" in own_data
    blocked = render_all(await lea.send(FIRST))
    assert "information confidentielle" in blocked and "Zèbre" not in blocked
    assert TERM not in received(served)


async def test_confidential_passages_stay_out_of_prompts(bot: Assistant, served: FakeOpenAIServer):
    manager = ConsoleSession(bot, client="acme", user_id="camille", role="community_manager")
    shown = render_all(await manager.send("Qu'est-ce que le Projet Héron ?"))
    assert "vélo cargo électrique pliant" in shown  # answered locally, from the document
    assert "cargo" not in received(served)


async def test_local_only_client_answers_offline_with_zero_http_calls(
    bot: Assistant, served: FakeOpenAIServer
):
    lea = ConsoleSession(bot, client="discret", user_id="lea", role="ambassador")
    shown = render_all(await lea.send(FIRST))
    assert "D'après les documents du programme" in shown
    # Nothing left the machine, so the quoted passage shows its personal data as written.
    assert (NAME in shown or IBAN in shown) and "<PERSONNE" not in shown and "<IBAN" not in shown
    assert served.requests == []
    assert audit_rows(bot.services.db, "discret") == []


async def test_each_model_call_of_a_conversation_is_audited(
    bot: Assistant, served: FakeOpenAIServer
):
    karim = ConsoleSession(bot, client="acme", user_id="karim", role="community_manager")
    await karim.send(FIRST)
    (row,) = audit_rows(bot.services.db, "acme")
    assert (row.purpose, row.kind, row.model, row.ok) == ("answer", "chat", "fake-chat", True)
    # The question's entities and those of the passages put in the prompt.
    counts = row.entities_removed
    assert {"PERSON", "EMAIL", "PHONE", "IBAN", "CONFIDENTIAL_TERM"} <= counts.keys()
    assert counts["CONFIDENTIAL_TERM"] == 1 and counts["EMAIL"] >= 2
