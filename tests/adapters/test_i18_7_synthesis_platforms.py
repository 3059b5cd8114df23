"""Issue 18, item 7 on Slack and Discord (their fakes): the synthesis in sections that fit
each platform's limits, the full Markdown as a file, and the refusal for ambassadors."""

from __future__ import annotations

from bot.adapters.discord.render import CONTENT_LIMIT
from bot.adapters.slack.render import SECTION_LIMIT
from tests.adapters.discord_harness import DiscordHarness, discord_bot
from tests.adapters.slack_harness import SlackHarness, blocks_of, direct_message, mention, slack
from tests.synthesis_chat.support import many_answers, run_je

__all__ = ["discord_bot", "slack"]

LONG = {"count": 72, "topics": 24}  # 20 themes or so: more than a short summary shows


async def test_i18_7_slack_synthesis_in_blocks_and_the_markdown_uploaded(
    slack: SlackHarness,
) -> None:
    run_je(slack.adapter.assistant.services.db, many_answers(**LONG), platform="slack")
    await slack.event(direct_message("synthèse", user="U-FAC"), event_id="Ev-synth")
    [complete] = await slack.api.wait_for("files.completeUploadExternal", timeout=60)
    [post, note] = slack.api.calls_to("chat.postMessage")
    assert post.params["channel"] == "DU-FAC"
    sections = blocks_of(post.params, "section")
    assert sections and all(len(s["text"]["text"]) <= SECTION_LIMIT for s in sections)
    assert all(s["text"]["text"].startswith("*") for s in sections)  # cut between parts
    shown = "\n".join(s["text"]["text"] for s in sections)
    assert "*Synthèse — tous les ateliers JE (1), version 1*" in shown  # bold in mrkdwn
    assert "*Convergences*" in shown and "« " in shown
    [url_call] = slack.api.calls_to("files.getUploadURLExternal")
    assert url_call.params["filename"] == "synthese-acme-all-v1.md"
    assert complete.params["channel_id"] == "DU-FAC"
    [markdown] = slack.api.uploads.values()
    assert "Brouillon pour discussion" in markdown.decode()
    assert "synthese-acme-all-v1.md" in note.params["text"]


async def test_i18_1_slack_ambassador_is_refused(slack: SlackHarness) -> None:
    run_je(slack.adapter.assistant.services.db, many_answers(6), platform="slack")
    await slack.event(mention("synthèse"), event_id="Ev-amb")
    [refusal] = await slack.api.wait_for("chat.postEphemeral")
    assert "« synthese » est réservée" in refusal.params["text"]
    assert slack.api.calls_to("files.getUploadURLExternal") == []


async def test_i18_7_discord_synthesis_in_messages_under_2000_and_a_file(
    discord_bot: DiscordHarness,
) -> None:
    db = discord_bot.assistant.services.db
    run_je(db, many_answers(**LONG), platform="discord")
    await discord_bot.say_in_dm("synthèse", member=discord_bot.marc)
    sent = discord_bot.sent_to(discord_bot.dm_channel_id(discord_bot.marc))
    assert len(sent) >= 3  # the summary in several messages, then the file
    assert all(0 < len(s.content) <= CONTENT_LIMIT for s in sent)
    assert sent[0].content.startswith("**Synthèse — tous les ateliers JE (1), version 1**")
    assert not any(s.content.startswith("  «") for s in sent)  # never a quote cut from its point
    assert sent[-1].files == ["synthese-acme-all-v1.md"]
    assert all(not s.files for s in sent[:-1])

    await discord_bot.say("synthèse partage")  # Léa is an ambassador
    [refusal] = discord_bot.sent_to(discord_bot.dm_channel_id(discord_bot.lea))
    assert "« synthese » est réservée" in refusal.content
