"""Issue 16: an invitation reaches Slack as a DM with buttons, and a click answers it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.clock import ManualClock
from bot.outbox import Outbox, SenderLoop
from bot.people.roster import RosterEntry
from bot.solicitations import SolicitationBook
from bot.solicitations.delivery import outbox_send
from bot.solicitations.drafts import NewSolicitation
from bot.solicitations.planner import Planner, Recipient
from bot.solicitations.tables import SolicitationResponse
from tests.adapters.slack_harness import (  # noqa: F401  (slack: the fixture)
    SlackHarness,
    all_text,
    block_action,
    blocks_of,
    message_container,
    slack,
)
from tests.fakes.solicitations import confirmed_solicitation

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # Monday 10:00 in Paris


async def test_i16_4_slack_invitation_buttons_answer_the_solicitation(
    slack: SlackHarness,  # noqa: F811
):
    assistant = slack.adapter.assistant
    clock = ManualClock(NOW)
    assistant.services.clock = clock
    db = assistant.services.db
    assistant.services.roster.import_entries(
        "acme", [RosterEntry("slack", "U-AMB", "Léa", groups=("amb",))]
    )
    item = NewSolicitation(
        client="acme",
        kind="review",
        title="Avis après le lancement",
        description="Un avis sur le nouveau vélo.",
        start_at=None,
        deadline_at=NOW + timedelta(days=10),
        timezone="Europe/Paris",
        places=1,
        points=20,
        target_groups=("amb",),
        target_person_ids=(),
        auto=False,
        source="cli",
        external_uid=None,
        created_by=None,
    )
    [row] = SolicitationBook(db).create([item]).created
    planner = Planner(db, clock)
    planner.propose(assistant.services.clients.get("acme"), row.id or 0)
    planner.confirm(assistant.services.clients.get("acme"), row.id or 0, Recipient("slack", "U-CM"))

    loop = SenderLoop(
        Outbox(db, clock), outbox_send(assistant, lambda _: slack.adapter.deliver_scheduled)
    )
    report = await loop.arun_once()
    assert report.sent == 1
    [post] = await slack.api.wait_for("chat.postMessage")
    assert post.params["channel"] == "DU-AMB"
    assert "Avis après le lancement" in all_text(post.params)
    assert "stop rappels" in all_text(post.params)
    [actions] = blocks_of(post.params, "actions")
    values = [element["value"] for element in actions["elements"]]
    assert values == [f"accept:{row.id}", f"decline:{row.id}", f"snooze:{row.id}", f"done:{row.id}"]

    where = message_container(post.params, "1700000000.000300")
    click = block_action(actions["elements"][0], actions.get("block_id", "b1"), where=where)
    await slack.interact(click | {"response_url": slack.api.response_url("accept")})
    await slack.api.wait_for("chat.postMessage", 2)
    with db.session() as session:
        [response] = session.exec(select(SolicitationResponse))
    assert response.status == "accepted" and response.response_delay_seconds == 0.0


async def test_i16_9_the_slack_home_tab_shows_upcoming_solicitations_to_staff(
    slack: SlackHarness,  # noqa: F811
):
    assistant = slack.adapter.assistant
    assistant.services.clock = ManualClock(NOW)
    item = NewSolicitation(
        client="acme",
        kind="event",
        title="Salon Vélo",
        description=None,
        start_at=None,
        deadline_at=NOW + timedelta(days=20),
        timezone="Europe/Paris",
        places=3,
        points=40,
        target_groups=(),
        target_person_ids=(),
        auto=False,
        source="cli",
        external_uid=None,
        created_by=None,
    )
    SolicitationBook(assistant.services.db).create([item])
    opened = {"type": "app_home_opened", "user": "U-CM", "channel": "DU-CM", "tab": "home"}
    await slack.event(opened, event_id="Ev-home-sol")
    [publish] = await slack.api.wait_for("views.publish")
    text = json.dumps(publish.params["view"], ensure_ascii=False)
    assert "Sollicitations à venir (1)" in text and "« Salon Vélo »" in text
    assert "0/3 place(s) pourvue(s)" in text
    opened = {"type": "app_home_opened", "user": "U-AMB", "channel": "DU-AMB", "tab": "home"}
    await slack.event(opened, event_id="Ev-home-sol-amb")
    publishes = await slack.api.wait_for("views.publish", 2)
    assert "Salon Vélo" not in json.dumps(publishes[-1].params["view"], ensure_ascii=False)


async def test_i16_4_slack_later_done_and_the_managers_invite_button_after_a_silence(
    slack: SlackHarness,  # noqa: F811
):
    """The other buttons on Slack: "Plus tard", "C'est fait", and the community manager's
    "Inviter …" when an invitation stays unanswered past its answer window."""
    assistant = slack.adapter.assistant
    clock = ManualClock(NOW)
    assistant.services.clock = clock
    db = assistant.services.db
    people = [
        RosterEntry("slack", "U-AMB", "Léa", groups=("amb",)),
        RosterEntry("slack", "U-NOE", "Noé", groups=("amb",)),
        RosterEntry("slack", "U-INES", "Inès", groups=("amb",)),
    ]
    solicitation_id, result = confirmed_solicitation(
        assistant.services,
        clock,
        NOW,
        people,
        Recipient("slack", "U-CM"),
        kind="testimonial",
        title="Témoignage client",
        points=50,
    )
    assert [listed.name for listed in result.listed] == ["Léa", "Noé"]  # two for one place
    loop = SenderLoop(
        Outbox(db, clock), outbox_send(assistant, lambda _: slack.adapter.deliver_scheduled)
    )
    assert (await loop.arun_once()).sent == 2
    posts = await slack.api.wait_for("chat.postMessage", 2)
    [lea] = [p for p in posts if p.params["channel"] == "DU-AMB"]
    assert "Merci de répondre avant le 04/03/2027 10:00" in all_text(lea.params)

    # Léa: "Plus tard" (an answer: she keeps her invitation).
    [actions] = blocks_of(lea.params, "actions")
    later = next(e for e in actions["elements"] if e["value"].startswith("snooze:"))
    where = message_container(lea.params, "1700000000.000300")
    await slack.interact(
        block_action(later, actions.get("block_id", "b1"), where=where)
        | {"response_url": slack.api.response_url("later")}
    )
    [*_, snoozed] = await slack.api.wait_for("chat.postMessage", 3)
    assert "je vous redemande le 02/03/2027" in all_text(snoozed.params)  # her morning
    # Noé says nothing: three days on, his invitation gives its place; Inès is proposed.
    clock.advance(timedelta(days=3, minutes=1))
    await loop.arun_once()  # the window, and Léa's "asked again" a day after her snooze
    await loop.arun_once()  # the proposal it decided, to the community manager
    calls = await slack.api.wait_for("chat.postMessage", 5)  # and Léa asked again
    [offer] = [c for c in calls if c.params["channel"] == "DU-CM"]
    assert "Noé n'a pas répondu à « Témoignage client »" in all_text(offer.params)
    [buttons] = blocks_of(offer.params, "actions")
    assert [e["value"] for e in buttons["elements"]] == [f"{solicitation_id}:3"]
    click = block_action(
        buttons["elements"][0],
        buttons.get("block_id", "b1"),
        user="U-CM",
        where=message_container(offer.params, "1700000000.000500"),
    )
    await slack.interact(click | {"response_url": slack.api.response_url("invite")})
    [*_, invited] = await slack.api.wait_for("chat.postMessage", 6)
    assert "Inès est invité·e pour « Témoignage client »" in all_text(invited.params)
    with db.session() as session:
        states = {r.person_id: r.status for r in session.exec(select(SolicitationResponse))}
    assert states == {1: "snoozed", 2: "lapsed", 3: "invited"}

    # Léa: "C'est fait" — the place is hers, and Inès' invitation, not sent yet, is withdrawn.
    done = next(e for e in actions["elements"] if e["value"].startswith("done:"))
    await slack.interact(
        block_action(done, actions.get("block_id", "b1"), where=where)
        | {"response_url": slack.api.response_url("done")}
    )
    [*_, proof] = await slack.api.wait_for("chat.postMessage", 7)
    assert "preuve" in all_text(proof.params)
    with db.session() as session:
        states = {r.person_id: r.status for r in session.exec(select(SolicitationResponse))}
    assert states == {1: "done", 2: "lapsed", 3: "set_aside"}
