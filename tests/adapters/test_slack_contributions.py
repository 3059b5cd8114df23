"""Issue 17 on Slack: a sentence becomes a proposal with buttons, the staff card reaches the
staff channel, a community manager's click approves it, the ambassador is told by DM."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from bot.clock import ManualClock
from bot.contributions.tables import Contribution
from bot.outbox import Outbox, SenderLoop
from bot.solicitations.delivery import outbox_send
from tests.adapters.slack_harness import (  # noqa: F401  (slack: the fixture)
    HANDOFF_CHANNEL,
    SlackHarness,
    all_text,
    block_action,
    blocks_of,
    direct_message,
    message_container,
    slack,
)

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # Monday 10:00 in Paris


async def test_i17_1_slack_log_then_approve_from_the_staff_channel(
    slack: SlackHarness,  # noqa: F811
):
    assistant = slack.adapter.assistant
    clock = ManualClock(NOW)
    assistant.services.clock = clock
    db = assistant.services.db

    await slack.event(
        direct_message("J'ai fait un témoignage vidéo hier", ts="1690000001.000100"),
        event_id="Ev-contrib-1",
    )
    [proposal] = await slack.api.wait_for("chat.postMessage")
    assert "Témoignage, le 28/02/2027" in all_text(proposal.params)
    [actions] = blocks_of(proposal.params, "actions")
    confirm = actions["elements"][0]
    assert confirm["value"].startswith("confirm:")
    where = message_container(proposal.params, "1700000000.000100")
    await slack.interact(block_action(confirm, actions.get("block_id", "b1"), where=where))
    posts = await slack.api.wait_for("chat.postMessage", 2)
    assert "Un·e community manager la validera" in all_text(posts[-1].params)

    loop = SenderLoop(
        Outbox(db, clock), outbox_send(assistant, lambda _: slack.adapter.deliver_scheduled)
    )
    assert (await loop.arun_once()).sent == 1
    posts = await slack.api.wait_for("chat.postMessage", 3)
    card = posts[-1].params
    assert card["channel"] == HANDOFF_CHANNEL
    assert "Contribution à valider, n° 1" in all_text(card)
    [buttons] = blocks_of(card, "actions")
    assert [e["value"] for e in buttons["elements"]] == ["approve:1", "reject:1"]

    # An ambassador clicking the staff card's button is refused; the community manager's
    # click approves it.
    where = message_container(card, "1700000000.000300")
    block_id = buttons.get("block_id", "b1")
    await slack.interact(block_action(buttons["elements"][0], block_id, where=where))
    [refused] = await slack.api.wait_for("chat.postEphemeral")
    assert "Seule l'équipe du programme" in all_text(refused.params)
    await slack.interact(block_action(buttons["elements"][0], block_id, user="U-CM", where=where))
    posts = await slack.api.wait_for("chat.postMessage", 4)
    assert "Contribution n° 1 de Léa validée" in all_text(posts[-1].params)
    with db.session() as session:
        [row] = session.exec(select(Contribution))
    assert (row.status, row.reviewed_by) == ("approved", "slack:U-CM")
    due = Outbox(db, clock).next_due()  # the DM waits for the end of her quiet hours
    assert due is not None
    clock.set(max(due, clock.now()))
    assert (await loop.arun_once()).sent == 1
    posts = await slack.api.wait_for("chat.postMessage", 5)
    dm = posts[-1].params
    assert dm["channel"] == "DU-AMB"
    assert "est validée : +50 points" in all_text(dm)
