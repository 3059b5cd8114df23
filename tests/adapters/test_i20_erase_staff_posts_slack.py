"""Issue 20: a person's erasure (`oubli`) reaches what the bot posted in Slack's staff channel.

Léa is handed to the team in a DM; the card and the message relayed once Marc (U-CM)
claimed it quote her. After OUBLI the fake Slack Web API got a chat.update of each, and
none of her words is left in what it holds of the staff channel. An edit that fails, or a
message whose reference was never recorded, leaves a notice to remove them by hand.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlmodel import delete, select
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from bot.store.posted import PostedMessage
from tests.adapters.slack_harness import HANDOFF_CHANNEL, SlackHarness, direct_message, slack
from tests.fakes.slack_api import SlackCall

__all__ = ["slack"]  # the fixture these tests run on

ASK = "je veux parler à un humain, ma sacoche Zébulon fuit"
RELAYED = "La Zébulon est la grise, achetée près du lac Chambon"
HER_WORDS = ("Zébulon", "sacoche", "la grise", "lac Chambon", "Léa", "U-AMB")
ERASED = "🗑️ Relais n° 1 : contenu effacé à la demande de la personne (droit à l'effacement)."
BY_HAND = "supprimez-les à la main"


async def say(slack: SlackHarness, text: str, n: int, *, user: str = "U-AMB") -> None:
    ts = f"1690000{n:03d}.000100"
    await slack.event(direct_message(text, user=user, ts=ts), event_id=f"Ev-{user}-{n}")


async def posted_in_staff(slack: SlackHarness, count: int) -> list[SlackCall]:
    """The bot's chat.postMessage calls to the staff channel, once there are `count`."""
    for _ in range(500):
        posts = [
            p
            for p in slack.api.calls_to("chat.postMessage")
            if p.params["channel"] == HANDOFF_CHANNEL
        ]
        if len(posts) >= count:
            return posts
        await asyncio.sleep(0.01)
    raise AssertionError(f"expected {count} posts in the staff channel")


async def handed_over_and_relayed(slack: SlackHarness) -> tuple[str, str]:
    """The card and one relayed message in the staff channel; their ts."""
    await say(slack, ASK, 1)
    [card] = await posted_in_staff(slack, 1)
    await say(slack, "prendre 1", 2, user="U-CM")
    await slack.api.wait_for("chat.postMessage", 3)  # Marc is told, Léa too
    await say(slack, RELAYED, 3)
    posts = await posted_in_staff(slack, 2)
    relay = next(p for p in posts if RELAYED in p.params["text"])
    assert "Relais n° 1" in relay.params["text"] and "Léa" in relay.params["text"]
    cards = [m for m in slack.api.history.messages(HANDOFF_CHANNEL) if "Zébulon" in _text(m)]
    assert len(cards) == 2, "the card and the relay quote her"
    await slack.adapter.drain(5)  # the turn records the relay's reference once it is posted
    return _ts(slack, card), _ts(slack, relay)


async def forget(slack: SlackHarness) -> None:
    await say(slack, "oubli", 4)
    await _told(slack, "OUBLI")
    await say(slack, "OUBLI", 5)
    await _told(slack, "C'est fait")


def _ts(slack: SlackHarness, call: SlackCall) -> str:
    """The ts the fake gave a posted message (the history keeps them in order)."""
    for message in slack.api.history.messages(call.params["channel"]):
        if message["text"] == call.params["text"]:
            return str(message["ts"])
    raise AssertionError("not in the history")


async def _told(slack: SlackHarness, words: str) -> None:
    for _ in range(500):
        if any(
            words in str(p.params.get("text"))
            for p in slack.api.calls_to("chat.postMessage")
            if p.params["channel"] == "DU-AMB"
        ):
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"Léa was not told {words!r}")


def _text(message: dict) -> str:
    return str(message.get("text")) + json.dumps(message.get("blocks") or [], ensure_ascii=False)


def staff_channel_text(slack: SlackHarness) -> str:
    return "\n".join(_text(m) for m in slack.api.history.messages(HANDOFF_CHANNEL))


def references(slack: SlackHarness) -> list[PostedMessage]:
    with slack.adapter.assistant.services.db.session() as session:
        return list(session.exec(select(PostedMessage)).all())


async def test_i20_oubli_edits_the_card_and_the_relayed_message_in_slack(slack: SlackHarness):
    card_ts, relay_ts = await handed_over_and_relayed(slack)
    recorded = references(slack)
    assert sorted((r.about, r.channel_id, r.message_id, r.handoff_id) for r in recorded) == [
        ("handoff_card", HANDOFF_CHANNEL, card_ts, 1),
        ("handoff_relay", HANDOFF_CHANNEL, relay_ts, 1),
    ]
    assert {(r.person_platform, r.user_id) for r in recorded} == {("slack", "U-AMB")}

    await forget(slack)
    updates = await slack.api.wait_for("chat.update", 2)
    assert sorted(u.params["ts"] for u in updates) == sorted([card_ts, relay_ts])
    for update in updates:
        assert update.params["channel"] == HANDOFF_CHANNEL
        assert update.params["text"] == ERASED
        assert not any(word in json.dumps(update.params, ensure_ascii=False) for word in HER_WORDS)
        assert "actions" not in json.dumps(update.params["blocks"])  # no claim button left
    held = staff_channel_text(slack)
    assert [word for word in HER_WORDS if word in held] == []
    shown = [m["text"] for m in slack.api.history.messages(HANDOFF_CHANNEL)]
    assert shown.count(ERASED) == 2
    assert BY_HAND not in held  # everything could be replaced
    assert references(slack) == []  # used, then erased with her


async def test_i20_a_failed_edit_leaves_one_notice_to_remove_them_by_hand(slack: SlackHarness):
    await handed_over_and_relayed(slack)
    slack.api.fail("chat.update", "message_not_found", count=2)  # both deleted meanwhile

    await forget(slack)
    await slack.api.wait_for("chat.update", 2)
    for _ in range(500):
        if BY_HAND in staff_channel_text(slack):
            break
        await asyncio.sleep(0.01)
    notices = [
        p
        for p in slack.api.calls_to("chat.postMessage")
        if p.params["channel"] == HANDOFF_CHANNEL and BY_HAND in p.params["text"]
    ]
    assert len(notices) == 1, "one notice for the handoff, however many edits failed"
    [notice] = notices
    assert notice.params["text"].startswith("🗑️ Relais n° 1 : la personne a demandé l'effacement")
    assert not any(word in notice.params["text"] for word in HER_WORDS)


async def test_i20_a_message_without_a_reference_is_told_to_the_staff(slack: SlackHarness):
    card_ts, _ = await handed_over_and_relayed(slack)
    # The relay was posted before references were recorded (or its record failed).
    with slack.adapter.assistant.services.db.session() as session:
        session.exec(delete(PostedMessage).where(PostedMessage.about == "handoff_relay"))  # type: ignore[call-overload]

    await forget(slack)
    [update] = await slack.api.wait_for("chat.update")
    assert update.params["ts"] == card_ts and update.params["text"] == ERASED
    for _ in range(500):
        if BY_HAND in staff_channel_text(slack):
            break
        await asyncio.sleep(0.01)
    held = staff_channel_text(slack)
    assert [BY_HAND in m["text"] for m in slack.api.history.messages(HANDOFF_CHANNEL)].count(
        True
    ) == 1
    assert RELAYED in held  # what the bot could not reach, the staff must delete
    assert len(slack.api.calls_to("chat.update")) == 1


async def test_i20_cli_erase_edits_them_where_the_bot_token_is_set(
    slack: SlackHarness, monkeypatch: pytest.MonkeyPatch
):
    card_ts, relay_ts = await handed_over_and_relayed(slack)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", slack.api.base_url)
    get_settings.cache_clear()
    args = ["privacy", "erase", "--client", "acme", "--person", "slack:U-AMB", "--yes"]
    # In a thread: the CLI runs its own event loop, the fake Web API answers on this one.
    done = await asyncio.to_thread(CliRunner().invoke, app, args)
    assert done.exit_code == 0, done.output
    assert "messages postés pour l'équipe sur slack : 2 remplacés" in done.output
    updates = slack.api.calls_to("chat.update")
    assert sorted(u.params["ts"] for u in updates) == sorted([card_ts, relay_ts])
    held = staff_channel_text(slack)
    assert [word for word in HER_WORDS if word in held] == []
    assert references(slack) == []


async def test_i20_cli_erase_without_the_token_lists_them_to_delete_by_hand(
    slack: SlackHarness, monkeypatch: pytest.MonkeyPatch
):
    card_ts, relay_ts = await handed_over_and_relayed(slack)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    get_settings.cache_clear()
    args = ["privacy", "erase", "--client", "acme", "--person", "slack:U-AMB", "--yes"]
    done = await asyncio.to_thread(CliRunner().invoke, app, args)
    assert done.exit_code == 0, done.output
    for ts in (card_ts, relay_ts):
        assert "à supprimer à la main (aucun jeton slack ici" in done.output
        assert f"slack canal {HANDOFF_CHANNEL}, message {ts}" in done.output
    assert slack.api.calls_to("chat.update") == []
