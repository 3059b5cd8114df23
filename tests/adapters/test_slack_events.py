"""Slack events over signed HTTP: mentions, DMs, retries, signatures, rate limits, errors."""

from __future__ import annotations

import time

from tests.adapters.slack_harness import (
    HANDOFF_CHANNEL,
    SlackHarness,
    all_text,
    blocks_of,
    direct_message,
    mention,
    slack,
)

__all__ = ["slack"]


async def test_slack_mention_is_answered_in_its_thread(slack: SlackHarness) -> None:
    response = await slack.event(mention("aide", ts="1690000000.000100"))
    assert response.status == 200
    [post] = await slack.api.wait_for("chat.postMessage")
    assert post.params["channel"] == "C-GEN"
    assert post.params["thread_ts"] == "1690000000.000100"
    assert "Voici ce que je peux faire" in post.params["text"]
    assert "Acme Vélos" in all_text(post.params)


async def test_slack_mention_in_a_thread_stays_in_that_thread(slack: SlackHarness) -> None:
    await slack.event(mention("aide", ts="1690000009.000200", thread_ts="1690000000.000100"))
    [post] = await slack.api.wait_for("chat.postMessage")
    assert post.params["thread_ts"] == "1690000000.000100"


async def test_slack_direct_message_answered_in_the_dm(slack: SlackHarness) -> None:
    await slack.event(direct_message("bonjour"))
    [post] = await slack.api.wait_for("chat.postMessage")
    assert post.params["channel"] == "DU-AMB"
    assert "thread_ts" not in post.params
    assert "Léa" in post.params["text"]  # the display name from users.info


async def test_slack_bot_messages_and_edits_are_ignored(slack: SlackHarness) -> None:
    bot = direct_message("aide") | {"bot_id": "B2"}
    edit = direct_message("aide") | {"subtype": "message_changed"}
    assert (await slack.event(bot, event_id="Ev-b")).status == 200
    assert (await slack.event(edit, event_id="Ev-e")).status == 200
    await slack.event(direct_message("aide"), event_id="Ev-real")
    await slack.api.wait_for("chat.postMessage")
    assert len(slack.api.calls_to("chat.postMessage")) == 1


async def test_slack_user_groups_map_to_roles(slack: SlackHarness) -> None:
    await slack.event(direct_message("qui", user="U-CM"), event_id="Ev-cm")
    await slack.event(direct_message("qui", user="U-NOBODY"), event_id="Ev-none")
    posts = await slack.api.wait_for("chat.postMessage", 2)
    texts = sorted(p.params["text"] for p in posts)
    assert texts == ["U-CM · community_manager", "U-NOBODY · ambassador"]
    assert len(slack.api.calls_to("usergroups.list")) == 1  # cached per workspace


async def test_slack_question_answer_shows_its_sources(slack: SlackHarness, tmp_path) -> None:
    charte = tmp_path / "docs" / "charte.md"
    charte.parent.mkdir()
    charte.write_text(
        "# Charte\n\n## Accueil\n\nChaque ambassadeur reçoit un kit de bienvenue : "
        "une gourde gravée et un guide du programme.\n",
        encoding="utf-8",
    )
    slack.adapter.assistant.services.knowledge.ingest_paths(
        "acme", [charte.parent], default_sensitivity="public"
    )
    await slack.event(mention("Que reçoit un ambassadeur dans le kit de bienvenue ?"))
    [post] = await slack.api.wait_for("chat.postMessage")
    assert "gourde gravée" in post.params["text"]
    [context] = blocks_of(post.params, "context")
    assert "[1] Charte › Accueil" in context["elements"][0]["text"]
    assert "👍" in all_text(post.params) and "👎" in all_text(post.params)
    assert post.params["thread_ts"] == "1690000000.000100"


async def test_slack_retried_event_is_answered_once(slack: SlackHarness) -> None:
    slack.adapter.working_delay = 0.3
    event = mention("lent 0.6")
    first = await slack.event(event, event_id="Ev-retry")
    again = await slack.event(event, event_id="Ev-retry", retry=1)  # while the first is in flight
    assert (first.status, again.status) == (200, 200)
    await slack.api.wait_for("chat.update")  # the working note replaced by the answer
    later = await slack.event(event, event_id="Ev-retry", retry=2)  # after it was answered
    assert later.status == 200
    await slack.adapter.drain(2)
    answers = [c for c in slack.api.calls if "Voici enfin" in str(c.params.get("text"))]
    assert len(answers) == 1


async def test_slack_ack_comes_before_slow_work(slack: SlackHarness) -> None:
    slack.adapter.working_delay = 0.3
    started = time.monotonic()
    response = await slack.event(mention("lent 0.8"))
    acked = time.monotonic() - started
    assert response.status == 200 and acked < 0.5
    [note] = await slack.api.wait_for("chat.postMessage")
    assert note.params["text"] == "⏳" and note.params["thread_ts"] == "1690000000.000100"
    [update] = await slack.api.wait_for("chat.update")
    assert update.params["text"] == "Voici enfin la réponse."
    assert update.params["ts"] == "1700000000.000100"  # the working note's ts
    assert update.at - started >= 0.8


async def test_slack_bad_or_stale_signature_is_refused(slack: SlackHarness) -> None:
    import json

    from tests.adapters.slack_harness import event_body, signed_headers

    body = json.dumps(event_body(mention("aide")))
    forged = signed_headers(body, "application/json", secret="not-the-secret")
    stale = signed_headers(body, "application/json", at=int(time.time()) - 600)
    for headers in (forged, stale):
        async with slack.session.post(slack.url, data=body, headers=headers) as response:
            assert response.status == 401
    async with slack.session.post(
        slack.url, data=body, headers={"Content-Type": "application/json"}
    ) as response:
        assert response.status == 401
    await slack.adapter.drain(1)
    assert [c.method for c in slack.api.calls if c.method.startswith("chat.")] == []


async def test_slack_unknown_workspace_gets_the_polite_refusal(slack: SlackHarness) -> None:
    await slack.event(mention("aide"), team="T-OTHER")
    [post] = await slack.api.wait_for("chat.postMessage")
    assert "relié à aucun programme" in post.params["text"]


async def test_slack_rate_limit_is_waited_out_and_posted_once(slack: SlackHarness) -> None:
    slack.api.rate_limit("chat.postMessage", 1, retry_after=1)
    await slack.event(mention("aide"))
    posts = await slack.api.wait_for("chat.postMessage", 2, timeout=6)
    assert posts[1].at - posts[0].at >= 1.0  # Retry-After honoured
    await slack.adapter.drain(2)
    assert len(slack.api.calls_to("chat.postMessage")) == 2  # one 429 + one success


async def test_slack_error_is_logged_and_told_shortly(slack: SlackHarness, caplog) -> None:
    slack.api.fail("chat.postMessage", "channel_not_found")
    await slack.event(mention("aide"))
    [note] = await slack.api.wait_for("chat.postEphemeral")
    assert "quelque chose s'est mal passé" in note.params["text"]
    assert note.params["user"] == "U-AMB" and note.params["channel"] == "C-GEN"
    failure = next(r for r in caplog.records if "Slack event Ev1 failed" in r.getMessage())
    assert "team=T-ACME" in failure.getMessage() and "channel_not_found" in failure.exc_text


async def test_slack_long_text_is_split_into_sections(slack: SlackHarness) -> None:
    await slack.event(mention("long 8"))  # ~ 6,000 characters
    [post] = await slack.api.wait_for("chat.postMessage")
    sections = blocks_of(post.params, "section")
    assert len(sections) >= 2
    assert all(len(s["text"]["text"]) <= 3000 for s in sections)
    assert "Paragraphe 7" in sections[-1]["text"]["text"]


async def test_slack_very_long_text_is_uploaded_as_a_file(slack: SlackHarness) -> None:
    await slack.event(mention("long 20"))  # ~ 15,000 characters
    [complete] = await slack.api.wait_for("files.completeUploadExternal")
    [upload] = slack.api.calls_to("upload")
    assert upload.params["size"] > 12_000
    assert complete.params["thread_ts"] == "1690000000.000100"
    [post] = slack.api.calls_to("chat.postMessage")
    assert len(post.params["text"]) <= 3000


async def test_slack_handoff_card_goes_to_the_handoff_channel(slack: SlackHarness) -> None:
    await slack.event(mention("je voudrais parler à un humain s'il vous plaît"))
    posts = await slack.api.wait_for("chat.postMessage", 2)
    card = next(p for p in posts if p.params["channel"] == HANDOFF_CHANNEL)
    assert "thread_ts" not in card.params
    [header] = blocks_of(card.params, "header")
    assert header["text"]["text"] == "🙋 Relais n° 1 : demande à parler à une personne"
    claim, give_back = blocks_of(card.params, "actions")[0]["elements"]
    assert (claim["action_id"], claim["value"]) == ("handoff:card|0", "claim:1")
    assert give_back["value"] == "giveback:1"
    fields = next(b for b in blocks_of(card.params, "section") if "fields" in b)["fields"]
    assert "*Personne*\nLéa" in [f["text"] for f in fields]
    told = next(p for p in posts if p.params["channel"] == "C-GEN")
    assert told.params["thread_ts"] == "1690000000.000100"
    assert "une personne de l'équipe" in told.params["text"]


async def test_slack_ephemeral_and_direct_replies(slack: SlackHarness) -> None:
    await slack.event(mention("prive"))
    [ephemeral] = await slack.api.wait_for("chat.postEphemeral")
    assert ephemeral.params["user"] == "U-AMB"
    assert "thread_ts" not in ephemeral.params  # Slack would hide it in a thread not started
    [dm] = await slack.api.wait_for("chat.postMessage")
    assert dm.params["channel"] == "DU-AMB" and dm.params["text"] == "Et en message privé."
    assert slack.api.calls_to("conversations.open")[0].params["users"] == "U-AMB"


async def test_slack_ephemeral_reply_in_an_existing_thread(slack: SlackHarness) -> None:
    await slack.event(mention("prive", ts="1690000009.000200", thread_ts="1690000000.000100"))
    [ephemeral] = await slack.api.wait_for("chat.postEphemeral")
    assert ephemeral.params["thread_ts"] == "1690000000.000100"


async def test_slack_image_is_uploaded_in_the_thread(slack: SlackHarness) -> None:
    await slack.event(mention("image"))
    [complete] = await slack.api.wait_for("files.completeUploadExternal")
    [url_call] = slack.api.calls_to("files.getUploadURLExternal")
    assert url_call.params["filename"] == "chart.png"
    assert url_call.params["alt_txt"] == "Participation"
    assert complete.params["channel_id"] == "C-GEN"
    assert list(slack.api.uploads.values()) == [b"\x89PNG fake"]


async def test_i15_1_the_person_is_not_told_the_team_knows_when_the_card_failed(
    slack: SlackHarness,
) -> None:
    slack.api.fail("chat.postMessage", "channel_not_found")  # the card is sent first
    await slack.event(mention("je voudrais parler à un humain s'il vous plaît"))
    posts = await slack.api.wait_for("chat.postMessage", 2)
    told = next(p for p in posts if p.params["channel"] == "C-GEN")
    assert "pas réussi à joindre l'équipe" in told.params["text"]
    assert not any("une personne de l'équipe" in p.params["text"] for p in posts)


async def test_i16_1_a_slack_member_is_in_the_roster_with_slack_s_time_zone(
    slack: SlackHarness,
) -> None:
    await slack.event(mention("aide"))
    await slack.api.wait_for("chat.postMessage")
    [view] = slack.adapter.assistant.services.roster.everyone("acme")
    assert view.person.timezone == "America/Montreal" and view.person.name == "Léa"
    assert [(i.platform, i.user_id) for i in view.identities] == [("slack", "U-AMB")]
