"""Files sent in chat: a community manager's are ingested, anyone else's refused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.assistant import Assistant
from bot.core.messages import Attachment, Incoming, Platform, Reply
from tests.conftest import SessionFactory
from tests.knowledge.conftest import make_pdf
from tests.skills.ask_support import only

GUIDE = (
    "# Guide du parrainage\n\n## Parrainage\n\n"
    "Un parrainage réussi rapporte 80 points et un bon d'achat de 30 euros.\n"
)


def sent_files(user: str, role: str, *files: Attachment, text: str = "") -> Incoming:
    return Incoming(
        platform=Platform.CONSOLE,
        workspace_id="acme",
        channel_id="console",
        user_id=user,
        user_groups=(role,),
        text=text,
        attachments=files,
        is_direct=True,
    )


async def send(assistant: Assistant, incoming: Incoming) -> Reply:
    return only(await assistant.handle(incoming))


async def test_community_manager_file_is_ingested_and_answers_questions_at_once(
    assistant: Assistant, session: SessionFactory, tmp_path: Path
):
    pdf = make_pdf(tmp_path / "avantages.pdf", ["Avantages\nLe niveau Or donne un maillot offert."])
    reply = await send(
        assistant,
        sent_files(
            "camille",
            "community_manager",
            Attachment("guide.md", GUIDE.encode()),
            Attachment("avantages.pdf", pdf.read_bytes(), "application/pdf"),
            text="voici deux documents",
        ),
    )
    lines = reply.text.splitlines()
    assert lines[0].startswith("📄 guide.md : ajouté (") and "public" in lines[0]
    assert lines[1].startswith("📄 avantages.pdf : ajouté (")
    assert "dès maintenant" in lines[-1]
    answer = only(await session("lea", role="ambassador").send("Combien rapporte un parrainage ?"))
    assert "80 points" in answer.text
    assert "[1] Guide du parrainage › Parrainage" in (answer.context or "")
    from_pdf = only(await session("lea", role="ambassador").send("Que donne le niveau Or ?"))
    assert "maillot offert" in from_pdf.text
    # No heading and no title in the file: its cleaned name, and the page.
    assert "[1] Avantages (p. 1)" in (from_pdf.context or "")


async def test_sending_the_same_file_again_changes_nothing(assistant: Assistant):
    upload = sent_files("camille", "community_manager", Attachment("guide.md", GUIDE.encode()))
    await send(assistant, upload)
    again = await send(assistant, upload)
    assert again.text.startswith("📄 guide.md : déjà à jour")
    changed = sent_files(
        "camille", "community_manager", Attachment("guide.md", GUIDE.replace("80", "90").encode())
    )
    assert "nouvelle version" in (await send(assistant, changed)).text
    assert len(assistant.services.knowledge.documents("acme")) == 1


async def test_confidential_marker_is_reported_and_respected(
    assistant: Assistant, session: SessionFactory
):
    secret = (
        "Classification : CONFIDENTIEL\n\n# Budget\n\nLe budget du programme est de 48 000 euros."
    )
    reply = await send(
        assistant,
        sent_files("camille", "community_manager", Attachment("budget.md", secret.encode())),
    )
    assert "confidentiel" in reply.text
    question = "Quel est le budget du programme ?"
    assert "48 000" in only(await session("camille", role="community_manager").send(question)).text
    assert "48 000" not in only(await session("lea", role="ambassador").send(question)).text


async def test_ambassador_and_facilitator_files_are_refused_and_not_ingested(
    assistant: Assistant,
):
    for user, role in (("lea", "ambassador"), ("hugo", "facilitator")):
        reply = await send(
            assistant, sent_files(user, role, Attachment("guide.md", GUIDE.encode()))
        )
        assert reply.text.startswith("Seule une community manager peut ajouter des documents")
    assert assistant.services.knowledge.documents("acme") == []


async def test_bad_files_get_a_clear_reason_and_the_rest_of_the_batch_goes_on(
    assistant: Assistant,
):
    reply = await send(
        assistant,
        sent_files(
            "camille",
            "community_manager",
            Attachment("charte.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\xff\xfe"),
            Attachment("photo.exe", b"MZ\x90\x00"),
            Attachment("vide.txt", b"   \n"),
            Attachment("guide.md", GUIDE.encode()),
        ),
    )
    lines = reply.text.splitlines()
    assert lines[0].startswith("📄 charte.pdf : fichier illisible ou abîmé")
    assert lines[1].startswith("📄 photo.exe : format non pris en charge") and "pdf" in lines[1]
    assert lines[2].startswith("📄 vide.txt : je n'y trouve aucun texte")
    assert lines[3].startswith("📄 guide.md : ajouté")
    assert "Traceback" not in reply.text
    assert [d.name for d in assistant.services.knowledge.documents("acme")] == ["guide.md"]


async def test_upload_messages_follow_the_language(assistant: Assistant):
    incoming = sent_files("camille", "community_manager", Attachment("photo.exe", b"MZ"))
    reply = await send(assistant, replace(incoming, language="en"))
    assert reply.text.startswith("📄 photo.exe: unsupported format. Accepted formats:")
