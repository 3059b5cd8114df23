"""The client's own product names, read from its document titles, are not persons
(issue 13, item 5); invisible characters do not smuggle personal data to the model."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.policy.confidentiality import DetectorCache
from bot.policy.pii.entities import EntityType
from bot.policy.pii.own_names import client_not_persons, names_from_titles
from bot.settings import Settings
from bot.tenants import ClientConfig
from knowledge.catalog import document_titles
from tests.fakes.openai_server import FakeOpenAIServer
from tests.policy.test_gateway_e2e import question_sent
from tests.skills.ask_support import ACME_DOCUMENTS, ingest, write_documents

STOVE = (
    "# Gamme Basile et Capucine\n\n## Autonomie\n\n"
    "Le réchaud Basile tient 12 minutes à pleine puissance avec une cartouche de 230 g.\n"
)


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Fiche produit — Colibri", {"Colibri"}),
        ("Guide d'entretien Albertine & Gaston (v3)", {"Albertine", "Gaston"}),
        ("Le sac Léon 35", {"Léon"}),
        ("Gamme Basile et Capucine", {"Basile", "Capucine"}),
    ],
)
def test_i13_5_product_names_of_titles_are_read(title: str, names: set[str]) -> None:
    assert names <= set(names_from_titles([title]))


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Interview de Julie Martin", "Julie"),
        ("Interview de Julie Martin", "Martin"),
        ("Portrait : Léa", "Léa"),
        ("Entretien avec Karim", "Karim"),
        ("Compte rendu — Julie", "Julie"),
        ("Mme Rigaud, trésorière", "Rigaud"),
    ],
)
def test_i13_5_people_named_in_titles_stay_persons(title: str, person: str) -> None:
    assert person not in names_from_titles([title])


def test_i13_5_display_name_and_declared_not_persons_are_kept() -> None:
    config = ClientConfig(
        name="cordee", display_name="La Cordée Colibri", privacy={"not_persons": ["Aravis"]}
    )
    names = client_not_persons(config, ["Notice Lison 3"])
    assert names[0] == "Aravis" and {"Cordée", "Colibri", "Lison"} <= set(names)


async def test_i13_5_detector_of_a_client_follows_its_document_titles(
    assistant: Assistant, settings: Settings, tmp_path: Path
) -> None:
    cache = DetectorCache(titles=lambda client: document_titles(settings.knowledge_dir, client))
    acme = assistant.services.clients.get("acme")
    message = "Le réchaud Basile chauffe bien, dixit Julie Martin"
    before = [e.value for e in cache.for_client(acme).detect(message)]
    assert before == ["Basile", "Julie Martin"]
    ingest(assistant, "acme", write_documents(tmp_path / "docs", {"basile.md": STOVE}))
    assert document_titles(settings.knowledge_dir, "acme") == ("Gamme Basile et Capucine",)
    after = cache.for_client(acme).detect(message)
    assert [(e.type, e.value) for e in after] == [(EntityType.PERSON, "Julie Martin")]


@pytest.fixture
async def served() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer(responder=lambda messages: "Voir la fiche [1].") as server:
        yield server


@pytest.fixture
async def bot(
    settings: Settings, acme: ClientConfig, served: FakeOpenAIServer, tmp_path: Path
) -> AsyncIterator[Assistant]:
    configured = settings.model_copy(
        update={"openai_base_url": served.base_url, "chat_model": "fake-chat"}
    )
    assistant = Assistant.build(configured)
    documents = {**ACME_DOCUMENTS, "basile.md": STOVE}
    ingest(assistant, "acme", write_documents(tmp_path / "acme", documents))
    yield assistant
    await assistant.aclose()


async def test_i13_5_the_model_gets_product_names_but_no_person_or_hidden_value(
    bot: Assistant, served: FakeOpenAIServer
) -> None:
    camille = ConsoleSession(bot, client="acme", user_id="camille", role="community_manager")
    question = (
        "je suis marie dupont (marie[at]orange.fr, 06\u200b12 34 56 78) : "
        "combien de minutes tient le réchaud Basile ?"
    )
    render_all(await camille.send(question))
    sent = question_sent(served, 0)
    assert "Basile" in sent
    for value in ("marie", "dupont", "orange", "06", "12 34 56 78", "\u200b"):
        assert value not in sent, value
    assert "<PERSONNE_1>" in sent and "<EMAIL_1>" in sent and "<TELEPHONE_1>" in sent


def test_i13_5_titles_of_documents_ingested_before_are_filled_in(
    assistant: Assistant, settings: Settings, tmp_path: Path
) -> None:
    import json

    from knowledge.catalog import catalog_path

    folder = write_documents(tmp_path / "docs", {"basile.md": STOVE})
    ingest(assistant, "acme", folder)
    path = catalog_path(settings.knowledge_dir, "acme")
    raw = json.loads(path.read_text(encoding="utf-8"))
    for document in raw["documents"]:
        del document["title"]  # as written before titles were kept
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert document_titles(settings.knowledge_dir, "acme") == ()
    options = assistant.services.clients.get("acme").ingest_options()
    report = assistant.services.knowledge.ingest_paths("acme", [folder], **options)
    assert [f.status for f in report.files] == ["unchanged"]
    assert document_titles(settings.knowledge_dir, "acme") == ("Gamme Basile et Capucine",)


def test_i13_5_redact_command_knows_the_client_s_product_names(
    settings: Settings, tmp_path: Path
) -> None:
    import json

    from typer.testing import CliRunner

    from bot.cli import app
    from bot.tenants import ClientDirectory

    ClientDirectory(settings.clients_dir).save(ClientConfig(name="cordee"))
    runner = CliRunner()
    text = "Le réchaud Basile chauffe bien, dixit julie martin (julie[at]orange.fr)"
    before = runner.invoke(app, ["redact", "--client", "cordee", "--json", text])
    assert json.loads(before.stdout)["text"].startswith("Le réchaud <PERSONNE>")
    folder = write_documents(tmp_path / "docs", {"basile.md": STOVE})
    assert runner.invoke(app, ["ingest", "--client", "cordee", str(folder)]).exit_code == 0
    after = runner.invoke(app, ["redact", "--client", "cordee", "--json", text])
    assert after.exit_code == 0, after.output
    assert json.loads(after.stdout)["text"] == (
        "Le réchaud Basile chauffe bien, dixit <PERSONNE> (<EMAIL>)"
    )
