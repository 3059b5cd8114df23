"""Issue 13, items 1 and 9, in chat: a community manager's upload says the document's level
and why, as `ambassade ingest` does; binary content is refused whatever the extension."""

from __future__ import annotations

import os

from bot.assistant import Assistant
from bot.core.messages import Attachment
from bot.tenants import ClientConfig, ClientDirectory
from tests.conftest import SessionFactory
from tests.skills.ask_support import only
from tests.skills.test_ask_upload import send, sent_files

PLAN = "# Plan\n\n## Salon\n\nLe salon de Lyon réunit 40 exposants en mars.\n"


async def test_i13_1_chat_upload_reports_the_level_and_why(
    assistant: Assistant, session: SessionFactory
):
    files = (
        Attachment("secret.md", f"CONFIDENTIEL — ne pas diffuser\n\n{PLAN}".encode()),
        Attachment("guide.md", f"Diffusion : publique\n\n{PLAN}".encode()),
    )
    reply = await send(assistant, sent_files("camille", "community_manager", *files))
    lines = reply.text.splitlines()
    assert "confidentiel (marquage « CONFIDENTIEL — ne pas diffuser »)" in lines[0]
    assert "public (marquage « Diffusion : publique »)" in lines[1]
    again = await send(assistant, sent_files("camille", "community_manager", files[1]))
    assert "déjà à jour" in again.text and "public (marquage" in again.text


async def test_i13_1_an_unmarked_upload_is_internal_for_a_client_with_the_default(
    assistant: Assistant, session: SessionFactory, settings
):
    directory = ClientDirectory(settings.clients_dir)
    strict = directory.get("acme").model_copy(update={"default_sensitivity": "internal"})
    directory.save(strict, overwrite=True)
    reply = await send(
        assistant,
        sent_files("camille", "community_manager", Attachment("plan.md", PLAN.encode())),
    )
    assert "interne (niveau par défaut du client, aucun marquage)" in reply.text
    answer = only(await session("lea", role="ambassador").send("Combien d'exposants au salon ?"))
    assert "40 exposants" not in answer.text
    staff = only(await session("camille", role="community_manager").send("Combien d'exposants ?"))
    assert "40 exposants" in staff.text


async def test_i13_9_a_binary_file_sent_as_markdown_is_refused(
    assistant: Assistant, session: SessionFactory
):
    elf = b"\x7fELF\x02\x01\x01" + os.urandom(4000)
    noise = bytes(range(256)) * 40
    files = (Attachment("notes.md", elf), Attachment("faq.txt", noise))
    reply = await send(assistant, sent_files("camille", "community_manager", *files))
    lines = reply.text.splitlines()
    assert "notes.md : non ajouté, contenu binaire (ELF executable)" in lines[0]
    assert "faq.txt : non ajouté, contenu binaire" in lines[1]
    assert assistant.services.knowledge.documents("acme") == []


async def test_i13_9_the_clients_size_cap_applies_to_uploads(assistant: Assistant, settings):
    directory = ClientDirectory(settings.clients_dir)
    small: ClientConfig = directory.get("acme").model_copy(update={"max_document_mb": 1})
    directory.save(small, overwrite=True)
    big = ("Le salon a lieu en mars. " * 90_000).encode()  # 2.25 MB
    reply = await send(
        assistant, sent_files("camille", "community_manager", Attachment("gros.txt", big))
    )
    assert "gros.txt" in reply.text and "maximum 1 Mo" in reply.text
    assert assistant.services.knowledge.documents("acme") == []
