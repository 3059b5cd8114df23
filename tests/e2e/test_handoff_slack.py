"""Handoff over Slack: the escalation job's replies go out through the Slack adapter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory
from tests.adapters.slack_harness import (  # noqa: F401  (slack: the fixture)
    HANDOFF_CHANNEL,
    SlackHarness,
    all_text,
    blocks_of,
    mention,
    slack,
)


async def test_slack_escalation_reaches_the_next_contact_by_direct_message(
    slack: SlackHarness,  # noqa: F811
    settings: Settings,
):
    directory = ClientDirectory(settings.clients_dir)
    config = directory.get("acme")
    directory.save(
        ClientConfig.model_validate({**config.model_dump(), "handoff": {"contacts": ["U-BOSS"]}}),
        overwrite=True,
    )
    await slack.event(mention("Je vais porter plainte, je veux parler à un responsable."))
    await slack.api.wait_for("chat.postMessage", 2)
    assistant = slack.adapter.assistant
    assistant.services.scheduler.run(assistant.handle, slack.adapter.deliver_scheduled)

    assert await assistant.services.scheduler.run_due(datetime.now(UTC) + timedelta(hours=1)) == 1

    posts = await slack.api.wait_for("chat.postMessage", 4)
    dm = next(p for p in posts if p.params["channel"] == "DU-BOSS")
    assert "Non pris en charge après 30 min" in all_text(dm.params)
    assert [b["value"] for b in blocks_of(dm.params, "actions")[0]["elements"]] == [
        "claim:1",
        "giveback:1",
    ]
    note = next(p for p in posts[2:] if p.params["channel"] == HANDOFF_CHANNEL)
    assert "transmis à U-BOSS" in note.params["text"]


async def test_slack_community_manager_reply_is_relayed_by_direct_message(
    slack: SlackHarness,  # noqa: F811
):
    await slack.event(mention("Je voudrais parler à un humain, s'il vous plaît."))
    await slack.api.wait_for("chat.postMessage", 2)
    await slack.event(
        mention("repondre 1 Bonjour Léa, je m'en occupe.", user="U-CM", ts="1690000009.000100"),
        event_id="Ev2",
    )
    posts = await slack.api.wait_for("chat.postMessage", 4)
    relayed = next(p for p in posts if p.params["channel"] == "DU-AMB")
    assert "Bonjour Léa, je m'en occupe." in relayed.params["text"]
