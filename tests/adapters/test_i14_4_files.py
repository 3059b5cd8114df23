"""Issue 14, item 4: files shared in chat follow one rule on every platform.

One size limit (the client's `max_document_mb`, at most 25 MB), one way to tell the
person a file could not be read, and a message whose files all failed is not answered as
a question. Slack used to fetch up to 25 MB whatever the client said; Discord used to drop
files over 20 MiB silently and answer the text.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest

from bot.adapters.console import ConsoleSession
from bot.adapters.console_loop import ConsoleLoop
from bot.tenants import ClientDirectory
from tests.adapters.discord_harness import DiscordHarness, discord_bot
from tests.adapters.slack_harness import SlackHarness, direct_message, slack

__all__ = ["discord_bot", "slack"]

TOO_BIG_FR = "gros.md : fichier trop volumineux pour être lu (plus de 0.001 Mo)."
BENEFITS = (
    "# Avantages\n\nLes ambassadeurs de niveau Or bénéficient d'une remise de quinze pour cent "
    "sur leur renouvellement annuel.\n"
)


def limit_acme(directory: ClientDirectory, **changes: Any) -> None:
    """Change the acme client's file (seen at once, even within one clock tick)."""
    path = directory.save(directory.get("acme").model_copy(update=changes), overwrite=True)
    later = path.stat().st_mtime + 5
    os.utime(path, (later, later))


def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "gros.md"
    path.write_text("# Gros\n\n" + "mot " * 600, encoding="utf-8")  # 2,400 bytes
    return path


async def share(discord_bot: DiscordHarness, text: str, *files: Path) -> None:
    """Marc (a community manager) mentions the bot in #general with files attached."""
    assert discord_bot.client.user is not None
    await dpytest.message(
        f"<@{discord_bot.client.user.id}> {text}".strip(),
        channel=discord_bot.general,
        member=discord_bot.marc,
        attachments=[str(f) for f in files],
    )
    await discord_bot.settle()


async def test_i14_4_discord_file_over_the_clients_limit_is_told_and_not_answered(
    discord_bot: DiscordHarness, tmp_path: Path
) -> None:
    limit_acme(discord_bot.client.ambassade.clients, max_document_mb=0.001)  # 1,000 bytes
    await share(discord_bot, "Que dit la charte ?", big_file(tmp_path))
    [note] = discord_bot.sent  # no "I don't know" about the text: it was about the file
    assert note.channel_id == discord_bot.dm_channel_id(discord_bot.marc)  # the sender only
    assert TOO_BIG_FR in note.content
    assert discord_bot.assistant.services.knowledge.documents("acme") == []


async def test_i14_4_discord_unreadable_file_is_told_and_the_other_one_ingested(
    discord_bot: DiscordHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone, kept = tmp_path / "ancien.md", tmp_path / "avantages.md"
    gone.write_text("# Ancien\n\nRetiré.\n", encoding="utf-8")
    kept.write_text(BENEFITS, encoding="utf-8")
    read = discord.Attachment.read

    async def deleted_on_the_cdn(self: discord.Attachment, **options: Any) -> bytes:
        if self.filename == "ancien.md":
            raise discord.NotFound(SimpleNamespace(status=404, reason="Not Found"), "gone")
        return await read(self, **options)

    monkeypatch.setattr(discord.Attachment, "read", deleted_on_the_cdn)
    await share(discord_bot, "", gone, kept)
    note, summary = discord_bot.sent
    assert "ancien.md : je n'ai pas pu récupérer ce fichier depuis Discord" in note.content
    assert "avantages.md" in summary.content and "ancien" not in summary.content
    documents = discord_bot.assistant.services.knowledge.documents("acme")
    assert [d.name for d in documents] == ["avantages.md"]


async def test_i14_4_slack_file_over_the_clients_limit_gets_the_same_words(
    slack: SlackHarness,
) -> None:
    limit_acme(slack.adapter.clients, max_document_mb=0.001)
    big = slack.api.add_file("gros.md", b"# Gros\n\n" + b"mot " * 600)
    share = {**direct_message("Que dit la charte ?", user="U-CM"), "subtype": "file_share"}
    await slack.event({**share, "files": [big]})
    [note] = await slack.api.wait_for("chat.postMessage")
    assert TOO_BIG_FR in note.params["text"]
    assert slack.api.calls_to("file.download") == []  # declared too big: never fetched


async def test_i14_4_console_file_over_the_clients_limit_gets_the_same_words(
    assistant, tmp_path: Path
) -> None:
    limit_acme(assistant.services.clients, max_document_mb=0.001)
    session = ConsoleSession(assistant, client="acme", user_id="cm", role="community_manager")
    loop = ConsoleLoop(assistant, session, write=lambda line: None)
    [note] = await loop._send_file(session, str(big_file(tmp_path)))
    assert TOO_BIG_FR in note.text
