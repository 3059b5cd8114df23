"""Issue 16 in the console, with the default rules: invitations for expected silence, the
answer window, a late yes, "it is full", "je ne suis pas disponible", and `reprendre`
after `stop rappels` planning the dropped reminders again."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel import select

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.people.tables import Person
from bot.settings import Settings
from bot.solicitations.tables import SolicitationResponse
from bot.tenants import ClientConfig
from skills.solicitations.render import ANSWER_ACTION, PLAN_ACTION, REPLACE_ACTION
from skills.solicitations.stopping import UNAVAILABLE_ACTION
from tests.e2e.solicitation_support import (
    TOKYO,
    Postman,
    create,
    in_quiet_hours,
    manual_program,
    paris,
)

LEA, MARC, ZOE, KENJI = 1, 2, 3, 4


@pytest.fixture
async def program(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    bot = Assistant.build(settings)
    manual_program(bot)  # Monday 1 March 2027, 14:00 in Paris
    yield bot
    await bot.aclose()


def clock_of(assistant: Assistant) -> ManualClock:
    clock = assistant.services.clock
    assert isinstance(clock, ManualClock)
    return clock


def statuses(assistant: Assistant) -> dict[int, str]:
    with assistant.services.db.session() as session:
        return {r.person_id: r.status for r in session.exec(select(SolicitationResponse))}


def person(assistant: Assistant, person_id: int) -> Person:
    with assistant.services.db.session() as session:
        row = session.get(Person, person_id)
        assert row is not None
        return row


def session(assistant: Assistant, user: str, lang: str | None = None) -> ConsoleSession:
    role = "community_manager" if user == "camille" else "ambassador"
    return ConsoleSession(assistant, client="acme", user_id=user, role=role, language=lang)


async def test_i16_4_console_an_unanswered_invitation_gives_its_place(program: Assistant):
    clock = clock_of(program)
    camille = session(program, "camille")
    create("2027-03-12T18:00", 1)  # Friday 12 March, 18:00; one place

    # Two newcomers for one place: the community manager is told why.
    [proposal] = await camille.send("sollicitation proposer 1")
    assert "• Léa — jamais sollicité·e" in proposal.text
    assert "• Marc — jamais sollicité·e" in proposal.text
    assert "2 invitations pour 1 place(s)" in proposal.text
    assert "sans réponse sous 72 h (moins près de l'échéance)" in proposal.text
    [confirmed] = await camille.click(PLAN_ACTION, "confirm:1")
    assert "Léa, Marc" in confirmed.text
    postman = Postman(program, clock)
    invitations = await postman.run_until(clock.now())
    assert sorted(d.to for d in invitations) == ["lea", "marc"]
    assert "Merci de répondre avant le 04/03/2027 14:00" in invitations[0].reply.text

    # Léa is not available: she is offered to decline, or a pause; she declines.
    lea = session(program, "lea")
    [offer] = await lea.send("je ne suis pas disponible")
    assert "« Témoignage vidéo »" in offer.text
    assert [c.value for c in offer.choices] == ["decline:1", "pause:14", "pause:30", "keep"]
    [declined] = await lea.click(UNAVAILABLE_ACTION, "decline:1")
    assert "C'est noté" in declined.text and statuses(program)[LEA] == "declined"
    # Marc alone does not cover the place: Camille is offered the next person, Zoé.
    [replace] = [d.reply for d in await postman.run_until(clock.now())]
    assert replace.user_id == "camille"
    assert replace.text == "Léa a décliné « Témoignage vidéo ». Au tour de : Zoé. L'inviter ?"
    [invited] = await camille.click(REPLACE_ACTION, replace.choices[0].value)
    assert "Zoé est invité·e" in invited.text
    [zoe_invitation] = await postman.run_until(clock.now())
    assert zoe_invitation.to == "zoe"
    await session(program, "zoe").click(ANSWER_ACTION, "snooze:1")  # an answer: she holds

    # Marc says nothing for three days: his invitation gives its place; Kenji is next.
    delivered = await postman.run_until(paris("2027-03-04T14:05"))
    assert statuses(program)[MARC] == "lapsed"
    [lapse] = [d for d in delivered if d.to == "camille"]
    assert lapse.at == paris("2027-03-04T14:00")
    assert "Marc n'a pas répondu à « Témoignage vidéo » dans le délai de réponse" in (
        lapse.reply.text
    )
    assert "Au tour de : Kenji" in lapse.reply.text
    # Before Camille clicks, Marc says yes after all: the place is free, it is his.
    [late] = await session(program, "marc").click(ANSWER_ACTION, "accept:1")
    assert "vous participez à « Témoignage vidéo »" in late.text
    assert statuses(program) == {LEA: "declined", MARC: "accepted", ZOE: "full"}
    [full] = await postman.run_until(clock.now())
    assert full.to == "zoe" and "sont prises : merci, inutile de répondre" in full.reply.text
    # Camille's click comes too late: nobody more is invited.
    [refused] = await camille.click(REPLACE_ACTION, lapse.reply.choices[0].value)
    assert "déjà prises : personne de plus n'est invité" in refused.text
    # Zoé's later click is thanked.
    [thanks] = await session(program, "zoe").click(ANSWER_ACTION, "accept:1")
    assert "déjà prises : ce sera pour une prochaine fois" in thanks.text

    # The summary after the last reminder; nothing in anyone's quiet hours; nothing twice.
    await postman.run_until(paris("2027-03-12T19:00"))
    [summary] = [d for d in postman.to("camille") if "Bilan" in d.reply.text]
    assert "1 oui, 1 non, 0 sans réponse" in summary.reply.text
    assert "Oui : Marc" in summary.reply.text and "Non : Léa" in summary.reply.text
    assert "Prévenu·es que c'était complet : Zoé" in summary.reply.text
    marc_reminders = [d.at for d in postman.to("marc")][1:]
    assert marc_reminders == [paris("2027-03-09T18:00"), paris("2027-03-11T18:00")]
    assert [d for d in postman.delivered if in_quiet_hours(d)] == []
    assert await postman.run_until(paris("2027-03-20T12:00")) == []


async def test_i16_6_resume_after_stop_plans_the_dropped_reminders_again(program: Assistant):
    clock = clock_of(program)
    create("2027-03-12T18:00", 1)
    camille = session(program, "camille")
    await camille.send("sollicitation proposer 1")
    await camille.click(PLAN_ACTION, "add:1:4")  # Kenji, on top of Léa and Marc
    await camille.click(PLAN_ACTION, "confirm:1")
    postman = Postman(program, clock)
    await postman.run_until(paris("2027-03-02T09:00"))  # 08:30 in Tokyo: the invitation
    kenji = session(program, "kenji", "en")
    await kenji.click(ANSWER_ACTION, "accept:1")
    [stopped] = await kenji.send("stop reminders")
    assert "2 pending message(s) cancelled" in stopped.text
    await postman.run_until(paris("2027-03-08T12:00"))
    assert len(postman.to("kenji")) == 1  # only the invitation
    [back] = await kenji.send("resume")
    assert back.text.startswith("Welcome back") and "2 reminder(s) planned again" in back.text
    [again] = await kenji.send("resume")
    assert again.text == "Nothing was paused or stopped: asks are on."
    await postman.run_until(paris("2027-03-12T19:00"))
    reminders = postman.to("kenji")[1:]
    assert [d.at.astimezone(TOKYO).strftime("%d %H:%M") for d in reminders] == [
        "10 08:30",  # 72 h before the deadline is 02:00 in Tokyo: moved to the morning
        "12 08:30",
    ]
    assert all(d.reply.text.startswith("Reminder: you accepted") for d in reminders)


async def test_i16_6_not_available_offers_a_pause_or_to_decline(program: Assistant):
    clock = clock_of(program)
    # Nothing open yet: a pause is offered; a forged value is refused.
    kenji = session(program, "kenji", "en")
    [offer] = await kenji.send("i'm not available")
    assert offer.text == (
        "No problem, thank you for saying so: nothing is open for you. Would you like a break?"
    )
    assert [c.value for c in offer.choices] == ["pause:14", "pause:30", "keep"]
    [stale] = await kenji.click(UNAVAILABLE_ACTION, "pause:999")
    assert stale.text.startswith("This button is no longer active")
    assert person(program, KENJI).status == "active"
    [pause] = await kenji.click(UNAVAILABLE_ACTION, "pause:14")
    assert pause.text == 'Paused until 15/03/2027. Write "resume" to come back earlier.'
    assert person(program, KENJI).status == "paused"

    # Marc is invited, then not available until a date: paused, and offered to decline.
    create("2027-03-12T18:00", 1)
    camille = session(program, "camille")
    await camille.send("sollicitation proposer 1")
    await camille.click(PLAN_ACTION, "confirm:1")
    await Postman(program, clock).run_until(clock.now())
    assert statuses(program) == {LEA: "invited", MARC: "invited"}
    marc = session(program, "marc")
    [bad] = await marc.send("je ne suis pas disponible jusqu'au 32/13")
    assert "Date illisible « 32/13 »" in bad.text and person(program, MARC).status == "active"
    [paused] = await marc.send("je ne suis pas disponible jusqu'au 20/03")
    assert paused.text == (
        "C'est noté : pas de sollicitation avant le 20/03/2027. "
        "En cours pour vous : « Témoignage vidéo ». Les décliner ?"
    )
    assert [c.value for c in paused.choices] == ["decline:1", "keep"]
    assert person(program, MARC).status == "paused"
    [kept] = await marc.click(UNAVAILABLE_ACTION, "keep")
    assert kept.text == "D'accord, rien ne change." and statuses(program)[MARC] == "invited"
    # Said with a date the bot does not read ("le 6 mars"): the same offer, nothing paused.
    [offer] = await session(program, "lea").send("je ne suis pas disponible le 6 mars")
    assert offer.text.startswith("Pas de souci, merci de le dire. En cours pour vous :")
    assert person(program, LEA).status == "active"


async def test_i16_6_help_lists_the_unavailable_command_and_nothing_coming_for_it(
    program: Assistant,
):
    text_ = render_all(await session(program, "lea").send("aide"))
    assert "je ne suis pas disponible [jusqu'au DATE]" in text_
    assert "réponses aux sollicitations" not in text_.casefold()
