"""A workshop through Slack: invitation by DM, Join button, typed answers, a Yes/No button."""

from __future__ import annotations

import re

from skills.workshop.repository import WorkshopRepository
from tests.adapters.slack_harness import (
    SlackHarness,
    block_action,
    blocks_of,
    direct_message,
    mention,
    message_container,
    slack,
)

__all__ = ["slack"]


def buttons(call) -> list[dict]:
    return [e for block in blocks_of(call.params, "actions") for e in block["elements"]]


async def test_slack_workshop_invitation_join_and_step_buttons(slack: SlackHarness) -> None:
    await slack.event(mention("atelier nous <@U-AMB>", user="U-FAC"), event_id="Ev-start")
    posts = await slack.api.wait_for("chat.postMessage", 2, timeout=15)
    invitation = next(p for p in posts if p.params["channel"] == "DU-AMB")
    announcement = next(p for p in posts if p.params["channel"] == "C-GEN")
    assert announcement.params["thread_ts"] == "1690000000.000100"  # the session's thread
    code = re.search(r"code ([A-Z0-9]{5})", invitation.params["text"])[1]
    [join] = buttons(invitation)
    assert join["action_id"].startswith("workshop.join|") and join["value"] == code

    where = message_container(invitation.params, "1700000000.000200")
    await slack.interact(block_action(join, "b1", where=where))
    posts = await slack.api.wait_for("chat.postMessage", 4, timeout=15)
    assert "Étape 1/6" in posts[-1].params["text"] and posts[-1].params["channel"] == "DU-AMB"

    typed = ["Oser le vélo, ensemble.", "1", "tout", "9"]
    for number, message in enumerate(typed):
        ts = f"1690000010.00{number}"
        await slack.event(direct_message(message, ts=ts), event_id=f"Ev-dm-{number}")
        await slack.api.wait_for("chat.postMessage", 4 + 2 * (number + 1), timeout=15)
    step = slack.api.calls_to("chat.postMessage")[-1]
    assert "Étape 6/6" in step.params["text"]
    yes, no = buttons(step)
    assert (yes["action_id"], yes["value"], no["value"]) == (yes["action_id"], "yes", "no") and yes[
        "action_id"
    ].startswith("workshop.answer|")
    assert yes["style"] == "primary"

    where = message_container(step.params, "1700000000.000300")
    await slack.interact(block_action(yes, "b2", where=where))
    posts = await slack.api.wait_for("chat.postMessage", 14, timeout=15)
    assert any("sont toutes enregistrées" in p.params["text"] for p in posts[-2:])

    repo = WorkshopRepository(slack.adapter.assistant.services.db)
    [lea] = repo.participant_answers("acme", "nous")
    assert lea.answers["share_with_ambassadors"].value is True
    assert lea.answers["purpose"].value == "Oser le vélo, ensemble."
    assert lea.status == "done"


async def test_i13_6_slack_question_at_a_step_gets_two_buttons_and_stays_open(
    slack: SlackHarness,
) -> None:
    await slack.event(mention("atelier nous <@U-AMB>", user="U-FAC"), event_id="Ev-q-start")
    posts = await slack.api.wait_for("chat.postMessage", 2, timeout=15)
    invitation = next(p for p in posts if p.params["channel"] == "DU-AMB")
    [join] = buttons(invitation)
    where = message_container(invitation.params, "1700000000.000200")
    await slack.interact(block_action(join, "b1", where=where))
    await slack.api.wait_for("chat.postMessage", 4, timeout=15)

    await slack.event(direct_message("aide", ts="1690000020.001"), event_id="Ev-q-help")
    posts = await slack.api.wait_for("chat.postMessage", 6, timeout=15)
    assert "Voici ce que je peux faire" in posts[-2].params["text"]
    assert "L'étape en cours vous attend toujours" in posts[-1].params["text"]

    question = "C'est quoi une raison d'être ?"
    await slack.event(direct_message(question, ts="1690000020.002"), event_id="Ev-q-ask")
    posts = await slack.api.wait_for("chat.postMessage", 7, timeout=15)
    answer_button, question_button = buttons(posts[-1])
    assert answer_button["action_id"].startswith("core.pending|")
    assert (answer_button["value"], question_button["value"]) == ("answer", "question")

    where = message_container(posts[-1].params, "1700000000.000400")
    await slack.interact(block_action(answer_button, "b3", where=where))
    posts = await slack.api.wait_for("chat.postMessage", 9, timeout=15)
    assert "Étape 2/6" in posts[-1].params["text"]
    repo = WorkshopRepository(slack.adapter.assistant.services.db)
    [participant] = repo.participant_answers("acme", "nous")
    assert {step: kept.value for step, kept in participant.answers.items()} == {"purpose": question}
