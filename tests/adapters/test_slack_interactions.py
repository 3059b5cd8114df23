"""Slack interactivity over signed HTTP: the slash command, buttons, selects, modals, Home."""

from __future__ import annotations

import json

from bot.core.messages import Action
from tests.adapters.slack_harness import (
    HANDOFF_CHANNEL,
    TEAM,
    SlackHarness,
    all_text,
    block_action,
    blocks_of,
    direct_message,
    event_body,
    mention,
    message_container,
    slack,
    view_submission,
)

__all__ = ["slack"]


async def _posted_with_buttons(slack: SlackHarness, text: str, **where: str):
    await slack.event(direct_message(text, **where) if where else mention(text))
    posts = await slack.api.wait_for("chat.postMessage")
    post = next(p for p in posts if blocks_of(p.params, "actions"))
    return post, post.params.get("ts") or "1700000000.000100"


async def test_slack_slash_command_acks_then_answers_privately(slack: SlackHarness) -> None:
    response = await slack.command("aide")
    assert response.status == 200
    [answer] = await slack.api.wait_for("response_url")
    assert answer.params["response_type"] == "ephemeral"
    assert "Voici ce que je peux faire" in answer.params["text"]
    assert slack.api.calls_to("chat.postMessage") == []


async def test_slack_bare_slash_command_shows_help(slack: SlackHarness) -> None:
    await slack.command("")
    [answer] = await slack.api.wait_for("response_url")
    assert "Voici ce que je peux faire" in answer.params["text"]


async def test_slack_workshop_step_buttons_reach_the_skill(slack: SlackHarness) -> None:
    # The real workshop skill: its Join button, clicked in the session's thread.
    await slack.event(mention("atelier je", user="U-FAC"))
    [post] = await slack.api.wait_for("chat.postMessage")
    [actions] = blocks_of(post.params, "actions")
    [join] = actions["elements"]
    assert join["action_id"] == "workshop.join|0" and len(join["value"]) == 5
    assert join["style"] == "primary"
    where = message_container(post.params, "1700000000.000100")
    response = await slack.interact(block_action(join, "b1", where=where))
    assert response.status == 200
    answers = await slack.api.wait_for("chat.postMessage", 3)
    assert "Étape 1/11" in answers[2].params["text"]
    assert answers[2].params["thread_ts"] == "1690000000.000100"  # same thread as the session


async def test_slack_clicked_buttons_are_replaced_by_the_choice(slack: SlackHarness) -> None:
    await slack.event(mention("etape"))
    [post] = await slack.api.wait_for("chat.postMessage")
    post.params["blocks"][1]["block_id"] = "b1"
    button = post.params["blocks"][1]["elements"][0]
    where = message_container(post.params, "1700000000.000100")
    await slack.interact(block_action(button, "b1", where=where))
    [update] = await slack.api.wait_for("chat.update")
    assert update.params["ts"] == "1700000000.000100"
    assert not blocks_of(update.params, "actions")
    assert "Idées" in all_text(update.params) and "<@U-AMB>" in all_text(update.params)


async def test_slack_more_than_five_choices_become_a_select(slack: SlackHarness) -> None:
    await slack.event(mention("liste"))
    [post] = await slack.api.wait_for("chat.postMessage")
    [select] = blocks_of(post.params, "actions")[0]["elements"]
    assert select["type"] == "static_select" and len(select["options"]) == 7
    where = message_container(post.params, "1700000000.000100")
    await slack.interact(block_action(select, "b1", where=where, value="opt-5"))
    await slack.api.wait_for("chat.postMessage", 2)
    assert slack.probe.actions == [Action("probe.step", "opt-5")]


async def _open_form(slack: SlackHarness) -> dict:
    await slack.event(mention("formulaire"))
    [post] = await slack.api.wait_for("chat.postMessage")
    [button] = blocks_of(post.params, "actions")[0]["elements"]
    assert button["action_id"] == "ambassade.form"
    where = message_container(post.params, "1700000000.000100")
    await slack.interact(block_action(button, "b1", where=where))
    [opened] = await slack.api.wait_for("views.open")
    assert opened.params["trigger_id"] == "trigger-1"
    return opened.params["view"]


async def test_slack_modal_opens_from_its_button_and_submits(slack: SlackHarness) -> None:
    view = await _open_form(slack)
    assert view["callback_id"] == "probe.form"
    assert [b["block_id"] for b in view["blocks"]] == ["idea", "count", "kind"]
    assert view["blocks"][0]["element"]["multiline"] is True
    assert view["blocks"][1]["element"]["type"] == "number_input"
    assert view["blocks"][2]["optional"] is True
    values = {"idea": "Un club de lecture", "count": 12, "kind": "service"}
    status, body = await slack.interact_json(view_submission(view, values))
    assert status == 200 and not body  # an empty ack closes the modal
    answers = await slack.api.wait_for("chat.postMessage", 2)
    assert answers[1].params["text"] == "Merci pour votre idée : Un club de lecture"
    assert answers[1].params["thread_ts"] == "1690000000.000100"  # where the form was offered
    assert slack.probe.actions[-1] == Action("probe.form", "", values)


async def test_slack_modal_with_errors_stays_open(slack: SlackHarness) -> None:
    view = await _open_form(slack)
    status, body = await slack.interact_json(view_submission(view, {"idea": "x", "count": -1}))
    assert status == 200
    assert body == {"response_action": "errors", "errors": {"count": "Positif !"}}
    await slack.adapter.drain(1)
    assert len(slack.api.calls_to("chat.postMessage")) == 1  # only the form offer


async def test_slack_stale_form_button_says_so(slack: SlackHarness) -> None:
    button = {
        "type": "button",
        "action_id": "ambassade.form",
        "value": "stash:gone",
        "text": {"type": "plain_text", "text": "Ouvrir"},
    }
    where = message_container({"channel": "DU-AMB"}, "1700000000.000100")
    await slack.interact(block_action(button, "b1", where=where))
    [post] = await slack.api.wait_for("chat.postMessage")
    assert "plus actif" in post.params["text"]
    assert slack.api.calls_to("views.open") == []


async def test_slack_claim_on_a_handoff_card(slack: SlackHarness) -> None:
    await slack.event(mention("je voudrais parler à un humain s'il vous plaît"))
    posts = await slack.api.wait_for("chat.postMessage", 2)
    card = next(p for p in posts if p.params["channel"] == HANDOFF_CHANNEL)
    claim = blocks_of(card.params, "actions")[0]["elements"][0]
    where = message_container(card.params, "1700000000.000100")
    await slack.interact(block_action(claim, "b1", user="U-CM", where=where))
    [note] = await slack.api.wait_for("chat.postEphemeral")
    assert note.params["channel"] == HANDOFF_CHANNEL and note.params["user"] == "U-CM"
    assert note.params["text"].startswith("Vous avez pris en charge le relais n° 1.")
    posts = await slack.api.wait_for("chat.postMessage", 3)
    told = next(p for p in posts if p.params["channel"] == "DU-AMB")
    assert "a pris votre demande en charge" in told.params["text"]


async def test_slack_click_on_an_ephemeral_message_answers_privately(slack: SlackHarness) -> None:
    await slack.command("etape")
    [offer] = await slack.api.wait_for("response_url")
    [actions] = blocks_of(offer.params, "actions")
    actions["block_id"] = "b1"
    button = actions["elements"][0]
    shown = {"channel": "C-GEN", "text": offer.params["text"], "blocks": offer.params["blocks"]}
    where = message_container(shown, "1700000000.000900", ephemeral=True)
    payload = block_action(button, "b1", where=where)
    payload["response_url"] = slack.api.response_url("click")
    await slack.interact(payload)
    calls = await slack.api.wait_for("response_url", 3)
    replies = [c for c in calls if c.params["name"] == "click"]
    assert {c.params.get("replace_original") for c in replies} == {True, False}
    answer = next(c for c in replies if not c.params.get("replace_original"))
    assert answer.params["text"] == "Vous avez choisi : ideas"
    assert slack.api.calls_to("chat.postMessage") == []


async def test_slack_home_tab_shows_client_role_and_commands(slack: SlackHarness) -> None:
    opened = {"type": "app_home_opened", "user": "U-FAC", "channel": "DU-FAC", "tab": "home"}
    response = await slack.event(opened)
    assert response.status == 200
    [publish] = await slack.api.wait_for("views.publish")
    assert publish.params["user_id"] == "U-FAC"
    view = publish.params["view"]
    assert view["type"] == "home"
    text = json.dumps(view, ensure_ascii=False)
    assert "Acme Vélos" in text and "animateur d'atelier" in text and "aide" in text


async def test_slack_home_tab_is_the_community_managers_dashboard(slack: SlackHarness) -> None:
    await slack.event(direct_message("je veux parler à un humain"), event_id="Ev-h")
    await slack.api.wait_for("chat.postMessage", 2)  # the person is told, the card posted

    opened = {"type": "app_home_opened", "user": "U-CM", "channel": "DU-CM", "tab": "home"}
    await slack.event(opened, event_id="Ev-home-cm")
    [publish] = await slack.api.wait_for("views.publish")
    text = json.dumps(publish.params["view"], ensure_ascii=False)
    assert "Relais ouverts (1)" in text and "Prendre le n° 1" in text
    assert "Aucun atelier n'est ouvert" in text and "lacune" in text.casefold()


async def test_slack_home_tab_of_an_ambassador_has_no_staff_sections(slack: SlackHarness) -> None:
    opened = {"type": "app_home_opened", "user": "U-AMB", "channel": "DU-AMB", "tab": "home"}
    await slack.event(opened, event_id="Ev-home-amb")
    [publish] = await slack.api.wait_for("views.publish")
    text = json.dumps(publish.params["view"], ensure_ascii=False)
    assert "ambassadeur" in text
    assert "Relais" not in text and "Aucun atelier" not in text and "réservé" not in text


async def test_slack_home_tab_of_an_unknown_workspace(slack: SlackHarness) -> None:
    opened = {"type": "app_home_opened", "user": "U-X", "channel": "DU-X", "tab": "home"}
    body = event_body(opened, team="T-OTHER")
    assert body["team_id"] != TEAM
    await slack.event(opened, team="T-OTHER")
    [publish] = await slack.api.wait_for("views.publish")
    assert "relié à aucun programme" in json.dumps(publish.params["view"], ensure_ascii=False)


async def test_slack_home_tab_click_answers_in_dm_and_refreshes(slack: SlackHarness) -> None:
    button = {
        "type": "button",
        "action_id": "probe.step|0",
        "value": "ideas",
        "text": {"type": "plain_text", "text": "Idées"},
    }
    where = {"container": {"type": "view", "view_id": "V1"}, "view": {"type": "home"}}
    await slack.interact(block_action(button, "b1", user="U-CM", where=where))
    [publish] = await slack.api.wait_for("views.publish")
    [post] = slack.api.calls_to("chat.postMessage")
    assert post.params["channel"] == "DU-CM" and post.params["text"] == "Vous avez choisi : ideas"
    assert publish.params["user_id"] == "U-CM"
    # Issue 14, item 4: the refresh runs the Home's shortcuts, never the click again.
    assert [a.value for a in slack.probe.actions] == ["ideas"]
    assert "Relais vers l'équipe" in json.dumps(publish.params["view"], ensure_ascii=False)
