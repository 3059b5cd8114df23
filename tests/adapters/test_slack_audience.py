"""Issue 13, item 3 on Slack: a channel everyone reads only shows public documents.

A community manager asking in a public channel gets the public answer and a button that
sends the full answer to their DM, through the Web API (fake, on loopback).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.tenants import ClientDirectory
from tests.adapters.slack_harness import (
    SlackHarness,
    all_text,
    block_action,
    blocks_of,
    direct_message,
    mention,
    message_container,
    slack,
)
from tests.policy.audience_support import (
    INTERNAL_FACT,
    INTERNAL_QUESTION,
    PUBLIC_FACT,
    PUBLIC_QUESTION,
    SECRET_FACT,
    SECRET_QUESTION,
    ingest_by_sensitivity,
)

__all__ = ["slack"]

STAFF = "C-STAFF"
FULL_ANSWER_BUTTON = "Recevoir la réponse complète en privé"


@pytest.fixture
def documented(slack: SlackHarness, tmp_path: Path) -> SlackHarness:
    """acme's three layers of documents, and #staff declared in `slack.staff_channels`."""
    directory = ClientDirectory(slack.adapter.assistant.services.clients.directory)
    config = directory.get("acme")
    staff = config.slack.model_copy(update={"staff_channels": [STAFF]})
    path = directory.save(config.model_copy(update={"slack": staff}), overwrite=True)
    later = path.stat().st_mtime + 5  # seen as changed whatever the clock's resolution
    os.utime(path, (later, later))
    ingest_by_sensitivity(slack.adapter.assistant, "acme", tmp_path / "docs")
    return slack


def shown(posts) -> str:
    return "\n".join(all_text(p.params) for p in posts)


def full_answer_button(post) -> tuple[dict, str]:
    [actions] = blocks_of(post.params, "actions")
    [button] = actions["elements"]
    assert FULL_ANSWER_BUTTON in button["text"]["text"]
    return button, actions.get("block_id", "b1")


@pytest.mark.parametrize(
    ("question", "fact"), [(INTERNAL_QUESTION, INTERNAL_FACT), (SECRET_QUESTION, SECRET_FACT)]
)
async def test_i13_3_slack_public_channel_shows_public_only_and_sends_the_full_answer_by_dm(
    documented: SlackHarness, question: str, fact: str
) -> None:
    slack = documented
    await slack.event(mention(question, user="U-CM", channel="C-GEN"))
    [answer] = await slack.api.wait_for("chat.postMessage")
    assert answer.params["channel"] == "C-GEN" and fact not in all_text(answer.params)
    # The offer: shown to the asker alone, in the channel.
    [offer] = await slack.api.wait_for("chat.postEphemeral")
    assert offer.params["channel"] == "C-GEN" and offer.params["user"] == "U-CM"
    assert "tout le monde peut lire" in offer.params["text"]
    button, block_id = full_answer_button(offer)
    where = message_container(offer.params, "1700000000.000200", ephemeral=True)

    # A forged click by someone else is refused.
    forged = block_action(button, block_id, user="U-AMB", where=where)
    await slack.interact(forged | {"response_url": slack.api.response_url("forged")})
    hooks = await slack.api.wait_for("response_url", 2)  # the buttons replaced, the refusal
    assert any("Seule la personne" in h.params.get("text", "") for h in hooks)
    assert not slack.api.calls_to("conversations.open")

    # The asker gets it in their DM, judged by that destination; the channel gets nothing.
    click = block_action(button, block_id, user="U-CM", where=where)
    await slack.interact(click | {"response_url": slack.api.response_url("click")})
    [opened] = await slack.api.wait_for("conversations.open")
    assert opened.params["users"] == "U-CM"
    posts = await slack.api.wait_for("chat.postMessage", 2)
    [private] = [p for p in posts if p.params["channel"] == "DU-CM"]
    assert fact in all_text(private.params)
    assert "Réponse complète à" in all_text(private.params)
    assert fact not in shown(p for p in posts if p.params["channel"] != "DU-CM")
    hooks = await slack.api.wait_for("response_url", 4)
    assert any("vous attend en message privé" in h.params.get("text", "") for h in hooks)
    assert not any(fact in all_text(h.params) for h in hooks)


async def test_i13_3_slack_public_answer_needs_no_offer(documented: SlackHarness) -> None:
    slack = documented
    await slack.event(mention(PUBLIC_QUESTION, user="U-CM", channel="C-GEN"))
    [post] = await slack.api.wait_for("chat.postMessage")
    assert PUBLIC_FACT in post.params["text"]
    assert FULL_ANSWER_BUTTON not in all_text(post.params)
    assert not slack.api.calls_to("chat.postEphemeral")


@pytest.mark.parametrize("where", ["staff_channel", "dm", "slash_command"])
async def test_i13_3_slack_staff_places_show_the_full_answer(
    documented: SlackHarness, where: str
) -> None:
    slack = documented
    if where == "staff_channel":
        await slack.event(mention(SECRET_QUESTION, user="U-CM", channel=STAFF))
        posts = await slack.api.wait_for("chat.postMessage")
        text = shown(posts)
    elif where == "dm":
        await slack.event(direct_message(SECRET_QUESTION, user="U-CM"))
        posts = await slack.api.wait_for("chat.postMessage")
        text = shown(posts)
    else:  # answered through the response_url: only the asker sees it, even in #general
        await slack.command(SECRET_QUESTION, user="U-CM", channel="C-GEN")
        [hook] = await slack.api.wait_for("response_url")
        assert hook.params["response_type"] == "ephemeral"
        text = all_text(hook.params)
    assert SECRET_FACT in text and FULL_ANSWER_BUTTON not in text


async def test_i13_3_slack_ambassador_never_gets_the_offer(documented: SlackHarness) -> None:
    slack = documented
    await slack.event(mention(SECRET_QUESTION, user="U-AMB", channel=STAFF))
    posts = await slack.api.wait_for("chat.postMessage")
    assert SECRET_FACT not in shown(posts) and FULL_ANSWER_BUTTON not in shown(posts)


async def test_i13_3_slack_staff_list_in_a_public_channel_goes_to_the_dm(
    documented: SlackHarness,
) -> None:
    slack = documented
    await slack.event(mention("Quel est le code du wifi de la boutique ?", user="U-AMB"))
    await slack.api.wait_for("chat.postMessage")
    await slack.event(mention("lacunes", user="U-CM", channel="C-GEN"), event_id="Ev2")
    posts = await slack.api.wait_for("chat.postMessage", 3)
    [private] = [p for p in posts if p.params["channel"] == "DU-CM"]
    assert "code du wifi" in private.params["text"]
    note = posts[-1]
    assert note.params["channel"] == "C-GEN" and "message privé" in note.params["text"]
    assert "code du wifi" not in note.params["text"]
