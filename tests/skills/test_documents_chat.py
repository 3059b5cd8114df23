"""`documents` in chat: a community manager sees the levels, finds the unmarked documents
ambassadors don't see, and publishes or restricts one; nobody else may."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory, RoleMapping
from tests.conftest import SessionFactory
from tests.skills.ask_support import ingest, only, write_documents

DOCUMENTS = {
    "kit.md": "Diffusion : tous les ambassadeurs\n\n# Kit\n\nLe kit contient un tote bag.\n",
    "salons.md": "# Salons\n\nLe salon Vélo-Expo se tient à Lyon du 3 au 5 mars 2027.\n",
    "budget.md": "CONFIDENTIEL\n\n# Budget\n\nLe budget du programme est de 40 000 euros.\n",
}
SALON = "Quand a lieu le salon Vélo-Expo ?"


@pytest.fixture
async def ondine(assistant: Assistant, settings: Settings, tmp_path: Path) -> Assistant:
    config = ClientConfig(
        name="ondine",
        roles=RoleMapping(community_manager=["cm"], ambassador=["amb"]),
        default_sensitivity="internal",
    )
    ClientDirectory(settings.clients_dir).save(config)
    ingest(assistant, "ondine", write_documents(tmp_path / "ondine-docs", DOCUMENTS))
    return assistant


async def test_overview_names_the_unmarked_documents_and_publishing_opens_one(
    ondine: Assistant, session: SessionFactory
) -> None:
    cm = session("cm1", role="community_manager", client="ondine")
    lea = session("lea", role="ambassador", client="ondine")
    reply = only(await cm.send("documents"))
    overview = reply.text
    assert reply.sensitivity == "confidential"  # it names a confidential document
    assert "3 documents — public 1, interne 1, confidentiel 1." in overview, overview
    assert "• salons.md : interne (niveau par défaut du client, aucun marquage)" in overview
    assert "1 sans marquage" in overview and "documents publier NOM" in overview
    assert "ambassador_names" in overview  # ondine gives no name for its ambassadors
    reply = only(await cm.send("documents non-marqués"))
    unmarked = reply.text
    assert reply.sensitivity == "internal"
    assert "salons.md" in unmarked and "kit.md" not in unmarked and "budget" not in unmarked

    assert "2027" not in only(await lea.send(SALON)).text
    done = only(await cm.send("documents publier salons.md")).text
    assert "salons.md : interne → public" in done
    assert "3 au 5 mars 2027" in only(await lea.send(SALON)).text
    assert "Aucun document sans marquage" in only(await cm.send("documents non-marqués")).text


async def test_restricting_below_a_marking_warns_and_errors_are_clear(
    ondine: Assistant, session: SessionFactory
) -> None:
    cm = session("cm1", role="community_manager", client="ondine", lang="en")
    lowered = only(await cm.send("documents level budget.md internal")).text
    assert "budget.md: confidential → internal" in lowered
    assert 'marked "CONFIDENTIEL"' in lowered
    assert 'unknown level "secret"' in only(await cm.send("documents level kit.md secret")).text
    assert 'No document "nope.md"' in only(await cm.send("documents publish nope.md")).text
    assert "Name the document" in only(await cm.send("documents publish")).text


async def test_ambassadors_and_facilitators_cannot_list_or_change_levels(
    ondine: Assistant, session: SessionFactory
) -> None:
    for role in ("ambassador", "facilitator"):
        person = session(f"p-{role}", role=role, client="ondine")
        for message in ("documents", "documents publier budget.md"):
            text = " ".join(r.text for r in await person.send(message))
            assert "budget.md" not in text and "40 000" not in text
            assert "réservée aux rôles suivants : community manager" in text
    cm = session("cm1", role="community_manager", client="ondine")
    assert "confidentiel 1" in only(await cm.send("documents")).text
