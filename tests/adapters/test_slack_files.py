"""Files shared with the bot in Slack: fetched with the bot token, ingested for CMs only."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest

from bot.adapters.slack.files import FileFetcher
from bot.adapters.slack.translate import SlackFile, files_of, from_event
from tests.adapters.slack_harness import (
    SlackHarness,
    all_text,
    blocks_of,
    direct_message,
    event_body,
    mention,
    slack,
)

__all__ = ["slack"]

CHARTER = (
    "# Charte du programme\n\n## Récompenses\n\n"
    "Chaque ambassadeur qui parraine trois clients reçoit une invitation au séminaire "
    "d'automne organisé à Annecy, avec une rencontre de l'équipe produit.\n"
).encode()
BENEFITS = (
    "# Avantages\n\nLes ambassadeurs de niveau Or bénéficient d'une remise de quinze pour cent "
    "sur leur renouvellement annuel.\n"
).encode()


@pytest.fixture(autouse=True)
def _answers_without_working_note(slack: SlackHarness) -> None:
    slack.adapter.working_delay = 30  # the answers themselves are posted, not a "working" note


def file_share(text: str, files: list[dict[str, Any]], *, user: str = "U-CM", **options) -> dict:
    """A direct message that shares `files` (Slack's `message` with subtype `file_share`)."""
    return {**direct_message(text, user=user, **options), "subtype": "file_share", "files": files}


def set_client(slack: SlackHarness, **changes: Any) -> None:
    clients = slack.adapter.clients
    path = clients.save(clients.get("acme").model_copy(update=changes), overwrite=True)
    later = path.stat().st_mtime + 5  # seen as a change even within the same clock tick
    os.utime(path, (later, later))


def documents(slack: SlackHarness) -> list[str]:
    return [d.name for d in slack.adapter.assistant.services.knowledge.documents("acme")]


async def posted_texts(slack: SlackHarness, count: int) -> list[str]:
    return [p.params["text"] for p in await slack.api.wait_for("chat.postMessage", count)]


async def test_slack_cm_markdown_upload_in_a_dm_is_ingested_and_then_answers(
    slack: SlackHarness,
) -> None:
    knowledge = slack.adapter.assistant.services.knowledge
    # The base is not empty before.
    knowledge.ingest_bytes("acme", "avantages.md", BENEFITS, default_sensitivity="public")
    charter = slack.api.add_file("charte.md", CHARTER, mimetype="text/markdown")
    await slack.event(file_share("Voici la charte", [charter]), event_id="Ev-up")
    [summary] = await posted_texts(slack, 1)
    assert "📄 charte.md : ajouté" in summary
    assert sorted(documents(slack)) == ["avantages.md", "charte.md"]
    [download] = slack.api.calls_to("file.download")
    assert download.headers["Authorization"] == "Bearer xoxb-test"
    assert download.params["download"] == "1"  # the url_private_download, as Slack gave it

    question = direct_message(
        "Que reçoit un ambassadeur qui parraine trois clients ?", user="U-CM", ts="1690000002.1"
    )
    await slack.event(question, event_id="Ev-ask")
    [_, answer] = await slack.api.wait_for("chat.postMessage", 2)
    assert "séminaire" in answer.params["text"] and "Annecy" in answer.params["text"]
    [context] = blocks_of(answer.params, "context")
    sources = context["elements"][0]["text"]
    assert "[1] Charte du programme › Récompenses" in sources
    assert "avantages.md" not in sources


async def test_slack_ambassador_upload_is_refused_and_not_ingested(slack: SlackHarness) -> None:
    charter = slack.api.add_file("charte.md", CHARTER, mimetype="text/markdown")
    await slack.event(file_share("", [charter], user="U-AMB"))
    [refusal] = await posted_texts(slack, 1)
    assert "Seule une community manager peut ajouter des documents" in refusal
    assert documents(slack) == []


async def test_slack_corrupt_pdf_is_reported_and_the_other_file_ingested(
    slack: SlackHarness,
) -> None:
    broken = slack.api.add_file(
        "bilan.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog broken", mimetype="application/pdf"
    )
    charter = slack.api.add_file("charte.md", CHARTER, mimetype="text/markdown")
    await slack.event(file_share("", [broken, charter]))
    [summary] = await posted_texts(slack, 1)
    assert "📄 bilan.pdf : fichier illisible ou abîmé" in summary
    assert "📄 charte.md : ajouté" in summary
    assert documents(slack) == ["charte.md"]


async def test_slack_failed_download_is_reported_without_losing_the_other_file(
    slack: SlackHarness,
) -> None:
    missing = slack.api.add_file("calendrier.md", b"# Calendrier\n", status=404)
    benefits = slack.api.add_file("avantages.md", BENEFITS, mimetype="text/markdown")
    await slack.event(file_share("", [missing, benefits]))
    note, summary = await posted_texts(slack, 2)
    assert "calendrier.md : je n'ai pas pu récupérer ce fichier depuis Slack (erreur 404)" in note
    assert "📄 avantages.md : ajouté" in summary and "calendrier" not in summary
    assert documents(slack) == ["avantages.md"]


async def test_slack_no_file_fetched_only_reports_and_does_not_answer_the_text(
    slack: SlackHarness,
) -> None:
    missing = slack.api.add_file("charte.md", CHARTER, status=500)
    await slack.event(file_share("Voici la charte du programme", [missing]))
    [note] = await posted_texts(slack, 1)
    assert "charte.md" in note and "erreur 500" in note
    await slack.adapter.drain(2)
    assert len(slack.api.calls_to("chat.postMessage")) == 1  # no "I don't know" about the text
    assert documents(slack) == []


async def test_slack_file_note_is_in_english_for_an_english_client(
    slack: SlackHarness,
) -> None:
    services = slack.adapter.assistant.services
    config = services.clients.get("acme")
    services.clients.save(config.model_copy(update={"language": "en"}), overwrite=True)
    missing = slack.api.add_file("calendar.md", b"# Calendar\n", status=404)
    await slack.event(file_share("", [missing]))
    [note] = await posted_texts(slack, 1)
    assert note.startswith("⚠️ calendar.md: I couldn't fetch this file from Slack (error 404).")


async def test_slack_file_in_a_channel_mention_is_ingested_and_told_in_the_thread(
    slack: SlackHarness,
) -> None:
    charter = slack.api.add_file("charte.md", CHARTER, mimetype="text/markdown")
    missing = slack.api.add_file("vieux.md", b"# Vieux\n", status=404)
    event = {**mention("la charte", user="U-CM"), "files": [charter, missing]}
    await slack.event(event)
    [summary] = await posted_texts(slack, 1)
    assert summary.startswith("📄 charte.md : ajouté")
    [note] = await slack.api.wait_for("chat.postEphemeral")
    assert note.params["user"] == "U-CM" and "vieux.md" in note.params["text"]


async def test_slack_declared_oversize_file_is_not_downloaded(slack: SlackHarness) -> None:
    huge = slack.api.add_file("archive.md", b"# Archive\n")
    huge["size"] = 30_000_000
    await slack.event(file_share("", [huge]))
    [note] = await posted_texts(slack, 1)
    # The client's limit (`max_document_mb`, 20 by default), as on every platform.
    assert "archive.md : fichier trop volumineux pour être lu (plus de 20 Mo)" in note
    assert slack.api.calls_to("file.download") == []


async def test_slack_download_stops_at_the_cap_when_no_size_was_declared(
    slack: SlackHarness,
) -> None:
    set_client(slack, max_document_mb=0.001)  # 1,000 bytes
    big = slack.api.add_file("gros.md", b"# Gros\n" + b"mot " * 5_000)
    del big["size"]
    small = slack.api.add_file("petit.md", BENEFITS)
    await slack.event(file_share("", [big, small]))
    note, summary = await posted_texts(slack, 2)
    assert "gros.md : fichier trop volumineux" in note
    assert "📄 petit.md : ajouté" in summary
    assert documents(slack) == ["petit.md"]


async def test_slack_stalled_download_times_out_and_is_reported(slack: SlackHarness) -> None:
    slack.adapter.files = FileFetcher(slack.adapter.client, timeout=0.2)
    stalled = slack.api.add_file("lent.md", CHARTER, delay=1.0)
    started = time.monotonic()
    await slack.event(file_share("", [stalled]))
    [note] = await posted_texts(slack, 1)
    assert "lent.md : le téléchargement depuis Slack a pris trop de temps" in note
    assert time.monotonic() - started < 1.0


async def test_slack_bot_token_is_never_sent_to_a_host_outside_slack(slack: SlackHarness) -> None:
    async with type(slack.api)() as elsewhere:  # another server: not the Web API's host
        foreign = elsewhere.add_file("piege.md", CHARTER)
        await slack.event(file_share("", [foreign]))
        [note] = await posted_texts(slack, 1)
        assert "piege.md : je n'ai pas pu récupérer ce fichier" in note
        assert elsewhere.calls_to("file.download") == []


async def test_slack_download_follows_redirects_only_within_slack(slack: SlackHarness) -> None:
    async with type(slack.api)() as elsewhere:
        foreign = elsewhere.add_file("piege.md", CHARTER)
        real = slack.api.add_file("avantages.md", BENEFITS)
        moved = slack.api.add_file("deplace.md", b"", redirect_to=real["url_private_download"])
        away = slack.api.add_file("fuite.md", b"", redirect_to=foreign["url_private_download"])
        await slack.event(file_share("", [moved, away]))
        note, summary = await posted_texts(slack, 2)
        assert "fuite.md : je n'ai pas pu récupérer ce fichier" in note
        assert "📄 deplace.md : ajouté" in summary
        assert elsewhere.calls_to("file.download") == []


async def test_slack_sign_in_page_instead_of_the_file_points_at_the_missing_scope(
    slack: SlackHarness,
) -> None:
    charter = slack.api.add_file("charte.md", CHARTER, mimetype="text/markdown")
    slack.adapter.client.token = "not-a-bot-token"  # Slack answers its sign-in page (200, HTML)
    await slack.event(file_share("", [charter]))
    [note] = await posted_texts(slack, 1)
    assert "files:read" in note
    assert documents(slack) == []


async def test_slack_connect_file_stub_is_completed_with_files_info(slack: SlackHarness) -> None:
    charter = slack.api.add_file("charte.md", CHARTER, mimetype="text/markdown")
    stub = {"id": charter["id"], "file_access": "check_file_info"}
    await slack.event(file_share("", [stub]))
    [summary] = await posted_texts(slack, 1)
    assert "📄 charte.md : ajouté" in summary
    [info] = slack.api.calls_to("files.info")
    assert info.params["file"] == charter["id"]


async def test_slack_deleted_file_is_reported_as_unavailable(slack: SlackHarness) -> None:
    tombstone = {"id": "F-GONE", "name": "ancien.md", "mode": "tombstone"}
    await slack.event(file_share("", [tombstone]))
    [note] = await posted_texts(slack, 1)
    assert "ancien.md : je n'ai pas pu récupérer ce fichier depuis Slack (supprimé" in note
    assert "files.info" not in [c.method for c in slack.api.calls]


async def test_slack_files_from_an_unknown_workspace_are_not_downloaded(
    slack: SlackHarness,
) -> None:
    charter = slack.api.add_file("charte.md", CHARTER)
    await slack.event(file_share("", [charter]), team="T-OTHER")
    [refusal] = await posted_texts(slack, 1)
    assert "relié à aucun programme" in refusal
    assert slack.api.calls_to("file.download") == []


async def test_slack_bot_own_file_share_is_ignored(slack: SlackHarness) -> None:
    charter = slack.api.add_file("reponse.md", CHARTER)
    await slack.event(file_share("", [charter], user="UBOT"), event_id="Ev-self")
    await slack.event(direct_message("aide", user="U-CM"), event_id="Ev-after")
    [post] = await slack.api.wait_for("chat.postMessage")
    assert "reponse.md" not in all_text(post.params)
    assert slack.api.calls_to("file.download") == []


def test_slack_files_of_keeps_order_and_marks_what_cannot_be_fetched() -> None:
    event = {
        "files": [
            {"id": "F1", "name": "a.md", "url_private_download": "https://files.slack.com/a"},
            {"id": "F2", "name": "b.pdf", "mode": "tombstone"},
            {"id": "F3", "title": "Lien", "is_external": True, "url_private": "https://x.y/z"},
            {"id": "F4", "file_access": "check_file_info", "url_private": "ignored"},
            {"name": "no id"},
        ]
    }
    assert files_of(event) == (
        SlackFile("F1", "a.md", "https://files.slack.com/a"),
        SlackFile("F2", "b.pdf", None, available=False),
        SlackFile("F3", "Lien", "https://x.y/z", available=False),
        SlackFile("F4", "F4", None),
    )


def test_slack_file_share_is_translated_but_other_subtypes_are_not() -> None:
    shared = {**direct_message("", user="U-CM"), "subtype": "file_share", "files": [{"id": "F1"}]}
    inbound = from_event(event_body(shared), "UBOT")
    assert inbound is not None and [f.file_id for f in inbound.files] == ["F1"]
    edited = {**direct_message("x", user="U-CM"), "subtype": "message_changed"}
    assert from_event(event_body(edited), "UBOT") is None
    assert from_event(event_body(direct_message("aide", user="UBOT")), "UBOT") is None
