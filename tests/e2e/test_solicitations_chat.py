"""Solicitations in chat, item by item (issue 16 items 3, 4, 5, 6, 9), on a manual clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.adapters.console import ConsoleSession, render
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.core.messages import Action, Attachment, Incoming, Platform
from bot.outbox import Outbox, OutboxMessage, PermanentSendError, SenderLoop
from bot.people.tables import Person
from bot.settings import Settings
from bot.solicitations import SolicitationBook
from bot.solicitations.delivery import outbox_send, undeliverable
from bot.solicitations.tables import SolicitationResponse
from bot.tenants import ClientConfig
from skills.solicitations.render import ANSWER_ACTION, CHECKIN_ACTION, PLAN_ACTION
from tests.e2e.solicitation_support import (
    Postman,
    create,
    manual_program,
    paris,
    roster,
    set_rules,
)

LEA, MARC, ZOE, KENJI = 1, 2, 3, 4


@pytest.fixture
async def program(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    bot = Assistant.build(settings)
    manual_program(bot)
    # One invitation per place: these stories predate the invitations for expected silence,
    # which have their own (test_i16_fill_*.py).
    set_rules(bot, settings, acme, invitations_per_place=1)
    yield bot
    await bot.aclose()


def clock_of(assistant: Assistant) -> ManualClock:
    clock = assistant.services.clock
    assert isinstance(clock, ManualClock)
    return clock


def person(assistant: Assistant, person_id: int) -> Person:
    with assistant.services.db.session() as session:
        row = session.get(Person, person_id)
        assert row is not None
        return row


def response(assistant: Assistant, solicitation_id: int, person_id: int) -> SolicitationResponse:
    with assistant.services.db.session() as session:
        row = session.exec(
            select(SolicitationResponse).where(
                SolicitationResponse.solicitation_id == solicitation_id,
                SolicitationResponse.person_id == person_id,
            )
        ).first()
        assert row is not None
        return row


def pending(assistant: Assistant, person_id: int) -> list[str]:
    with assistant.services.db.session() as session:
        return [
            m.key
            for m in session.exec(
                select(OutboxMessage).where(
                    OutboxMessage.person_id == person_id, OutboxMessage.status == "pending"
                )
            )
        ]


def staff(assistant: Assistant) -> ConsoleSession:
    return ConsoleSession(assistant, client="acme", user_id="camille", role="community_manager")


def ambassador(assistant: Assistant, user: str, lang: str | None = None) -> ConsoleSession:
    return ConsoleSession(assistant, client="acme", user_id=user, role="ambassador", language=lang)


def past_asks(assistant: Assistant, person_id: int, deadlines: list[str], answered: bool) -> None:
    """Earlier solicitations this person was invited to (answered or not)."""
    for n, deadline in enumerate(deadlines):
        create(deadline, 1, "--title", f"Ancienne {n}")
    book = SolicitationBook(assistant.services.db)
    views = book.upcoming("acme", everything=True)
    rows = sorted((v.solicitation for v in views), key=lambda row: row.id or 0)
    with assistant.services.db.session() as session:
        for row in rows[-len(deadlines) :]:
            invited = row.deadline_at - timedelta(days=5)
            session.add(
                SolicitationResponse(
                    client="acme",
                    solicitation_id=row.id,
                    person_id=person_id,
                    status="accepted" if answered else "invited",
                    invited_at=invited,
                    answered_at=invited + timedelta(hours=1) if answered else None,
                    proposed_at=invited,
                )
            )


async def propose(assistant: Assistant, solicitation_id: int) -> str:
    [reply] = await staff(assistant).send(f"sollicitation proposer {solicitation_id}")
    return reply.text


# -- creating one from chat (item 2's chat form, used by the acceptance test) ------------------
async def test_i16_3_staff_create_a_solicitation_by_form_or_on_one_line(program: Assistant):
    cm = staff(program)
    [intro] = await cm.send("sollicitation nouvelle")
    assert intro.form is not None and intro.form.form_id == "solicit:new"
    assert [f.name for f in intro.form.fields] == [
        "title",
        "kind",
        "deadline",
        "places",
        "groups",
        "description",
    ]
    values = {"title": "Salon", "kind": "event", "deadline": "15/03/2027 18:00", "places": "3"}
    submitted = await program.handle(
        Incoming(
            Platform.CONSOLE,
            "acme",
            "console",
            "camille",
            user_groups=("community_manager",),
            is_direct=True,
            action=Action("solicit:new", "", values),
        )
    )
    assert submitted[0].text.startswith("Sollicitation n° 1 « Salon » créée (Événement")
    [bad] = await cm.send('sollicitation nouvelle titre="" type=podcast echeance=2027-02-01')
    assert bad.text.splitlines()[0] == "Rien n'est enregistré :"
    assert "titre manquant" in bad.text and "type inconnu « podcast »" in bad.text
    assert "déjà passée" in bad.text
    [typo] = await cm.send("sollicitation nouvelle titr=Salon")
    assert "« titr=Salon » n'est pas un champ" in typo.text
    [refused] = await ambassador(program, "lea").send("sollicitation nouvelle titre=x")
    assert (
        "Salon" not in refused.text
        and SolicitationBook(program.services.db).upcoming("acme")[0].solicitation.title == "Salon"
    )


# -- item 3: the fair choice, explained ------------------------------------------------------
async def test_i16_3_nothing_is_sent_before_the_community_manager_confirms(program: Assistant):
    create("2027-03-12T18:00", 2)
    text = await propose(program, 1)
    assert "• Léa — jamais sollicité·e" in text and "• Marc — jamais sollicité·e" in text
    postman = Postman(program, clock_of(program))
    assert await postman.run_until(paris("2027-03-20T12:00")) == []
    assert pending(program, LEA) == [] and response(program, 1, LEA).status == "proposed"


async def test_i16_3_more_places_than_eligible_says_how_many_and_why(program: Assistant):
    create("2027-03-12T18:00", 5)
    await ambassador(program, "zoe").send("pause jusqu'au 20/03/2027")
    await ambassador(program, "kenji").send("stop reminders")
    past_asks(program, MARC, ["2027-02-20T18:00", "2027-02-25T18:00"], answered=True)
    text = await propose(program, 1)
    assert "Seulement 1 personne(s) éligible(s) pour 5 place(s)." in text
    assert "• Zoé — en pause jusqu'au 20/03/2027" in text
    assert "• Kenji — a arrêté les rappels" in text
    assert "• Marc — déjà 2 sollicitation(s) sur 30 jours (plafond : 2)" in text
    assert "• Léa — jamais sollicité·e" in text


async def test_i16_3_rotation_first_then_swap_and_add(program: Assistant):
    past_asks(program, LEA, ["2027-02-26T18:00"], answered=True)  # asked lately
    past_asks(program, MARC, ["2027-01-20T18:00"], answered=True)  # asked long ago
    create("2027-03-12T18:00", 2)
    cm = staff(program)
    [reply] = await cm.send("sollicitation proposer 3")
    assert reply.text.index("• Zoé") < reply.text.index("• Kenji")  # never asked first
    assert "Léa" not in reply.text.split("Écarté")[0]  # the most recently asked waits
    labels = [c.label for c in reply.choices]
    assert labels == [
        "Confirmer et inviter",
        "Remplacer Zoé",
        "Remplacer Kenji",
        "Ajouter Marc",  # the next in line, longest since asked first
        "Ajouter Léa",
    ]
    [swapped] = await cm.click(PLAN_ACTION, "swap:3:3")
    assert "• Marc — dernière sollicitation il y a 44 j" in swapped.text
    assert "• Zoé — retiré·e de la liste par vous" in swapped.text
    [added] = await cm.click(PLAN_ACTION, "add:3:1")
    assert "• Léa — ajouté·e par vous" in added.text
    [confirmed] = await cm.click(PLAN_ACTION, "confirm:3")
    assert "Kenji, Marc, Léa" in confirmed.text
    [again] = await cm.click(PLAN_ACTION, "confirm:3")
    assert "déjà confirmée" in again.text


async def test_i16_3_only_staff_propose_and_confirm(program: Assistant):
    create("2027-03-12T18:00", 1)
    lea = ambassador(program, "lea")
    [refused] = await lea.send("sollicitation proposer 1")
    assert "Léa" not in refused.text
    [click] = await lea.click(PLAN_ACTION, "confirm:1")
    assert click.text == "Réservé à l'équipe du programme."
    [usage] = await staff(program).send("sollicitation proposer")
    assert "sollicitation proposer <n°>" in usage.text
    [unknown] = await staff(program).send("sollicitation proposer 42")
    assert "aucune sollicitation n° 42" in unknown.text.lower()


async def test_i16_3_three_asks_left_unanswered_pause_and_ask_to_stay(program: Assistant):
    past_asks(program, LEA, ["2027-02-10T18:00", "2027-02-14T18:00", "2027-02-27T18:00"], False)
    create("2027-03-12T18:00", 1)
    text = await propose(program, 4)
    assert "Léa" in text.split("Mis·es en pause")[1]
    assert person(program, LEA).status == "paused"
    postman = Postman(program, clock_of(program))
    [checkin] = await postman.run_until(clock_of(program).now())
    assert checkin.to == "lea" and "vous n'avez pas répondu" in checkin.reply.text
    assert [c.label for c in checkin.reply.choices] == ["Je reste", "Plus tard", "Stop"]
    [kept] = await ambassador(program, "lea").click(CHECKIN_ACTION, "keep")
    assert "de nouveau dans la boucle" in kept.text
    assert person(program, LEA).status == "active"


async def test_i16_3_keep_me_in_or_later_is_a_fresh_start(program: Assistant):
    """Before, "je reste" set Léa active, and the next proposal paused her again at once
    (her three silences still counted); "plus tard" ended in the same way after 30 days."""
    past_asks(program, LEA, ["2027-02-10T18:00", "2027-02-14T18:00", "2027-02-27T18:00"], False)
    past_asks(program, MARC, ["2027-02-11T18:00", "2027-02-15T18:00", "2027-02-26T18:00"], False)
    create("2027-03-12T18:00", 1)
    assert "Léa, Marc" in (await propose(program, 7)).split("Mis·es en pause")[1]
    await ambassador(program, "lea").click(CHECKIN_ACTION, "keep")
    [later] = await ambassador(program, "marc").click(CHECKIN_ACTION, "later")
    assert "pas de sollicitation avant le 31/03/2027" in later.text
    text = await propose(program, 7)
    assert "Mis·es en pause" not in text and person(program, LEA).status == "active"
    assert "• Marc — en pause jusqu'au 31/03/2027" in text
    clock_of(program).set(paris("2027-04-01T10:00"))
    create("2027-04-20T18:00", 1, "--title", "Après la pause")
    [proposal] = await staff(program).send("sollicitation proposer 8")
    assert "Mis·es en pause" not in proposal.text and "Marc —" not in proposal.text
    assert "Ajouter Marc" in [c.label for c in proposal.choices]  # next in line, not paused


# -- item 4: invitations, answers, a decline that frees a place -------------------------------
async def test_i16_4_a_click_on_a_cancelled_solicitation_is_refused_clearly(program: Assistant):
    create("2027-03-12T18:00", 1)
    cm = staff(program)
    await cm.send("sollicitation proposer 1")
    await cm.click(PLAN_ACTION, "confirm:1")
    postman = Postman(program, clock_of(program))
    await postman.run_until(clock_of(program).now())
    SolicitationBook(program.services.db).cancel("acme", 1)
    [reply] = await ambassador(program, "lea").click(ANSWER_ACTION, "accept:1")
    assert "« Témoignage vidéo » a été annulée" in reply.text
    assert await postman.run_until(paris("2027-03-20T12:00")) == []  # no reminder, no summary


async def test_i16_4_an_expired_solicitation_and_someone_elses_button(program: Assistant):
    create("2027-03-12T18:00", 1)
    cm = staff(program)
    await cm.send("sollicitation proposer 1")
    await cm.click(PLAN_ACTION, "confirm:1")
    [not_mine] = await ambassador(program, "zoe").click(ANSWER_ACTION, "accept:1")
    assert "Impossible d'accepter" in not_mine.text
    clock_of(program).set(paris("2027-03-13T10:00"))
    [late] = await ambassador(program, "lea").click(ANSWER_ACTION, "accept:1")
    assert "est terminée" in late.text


async def test_i16_4_a_decline_is_replaced_automatically_when_set(
    program: Assistant, settings: Settings, acme: ClientConfig
):
    set_rules(program, settings, acme, replace_on_decline="auto", invitations_per_place=1)
    create("2027-03-12T18:00", 1)
    cm = staff(program)
    await cm.send("sollicitation proposer 1")
    await cm.click(PLAN_ACTION, "confirm:1")
    postman = Postman(program, clock_of(program))
    await postman.run_until(clock_of(program).now())
    await ambassador(program, "lea").click(ANSWER_ACTION, "decline:1")
    [invitation] = await postman.run_until(clock_of(program).now())
    assert invitation.to == "marc" and "Bonjour Marc" in invitation.reply.text
    assert pending(program, LEA) == []  # Léa's reminders are gone


# -- item 5: response delay -------------------------------------------------------------------
async def test_i16_5_the_delay_from_invitation_to_first_answer_is_stored(program: Assistant):
    create("2027-03-12T18:00", 1)
    cm = staff(program)
    await cm.send("sollicitation proposer 1")
    await cm.click(PLAN_ACTION, "confirm:1")
    clock = clock_of(program)
    await Postman(program, clock).run_until(clock.now())
    clock.advance(timedelta(hours=3, minutes=20))
    lea = ambassador(program, "lea")
    await lea.click(ANSWER_ACTION, "accept:1")
    clock.advance(timedelta(days=1))
    await lea.click(ANSWER_ACTION, "done:1")  # a later answer does not change the delay
    row = response(program, 1, LEA)
    assert row.response_delay_seconds == 3 * 3600 + 20 * 60
    assert row.status == "done"


# -- item 6: stopping -------------------------------------------------------------------------
async def test_i16_6_stop_drops_pending_messages_and_nothing_more_is_sent(program: Assistant):
    create("2027-03-12T18:00", 2)
    cm = staff(program)
    await cm.send("sollicitation proposer 1")
    await cm.click(PLAN_ACTION, "confirm:1")
    postman = Postman(program, clock_of(program))
    [invitation, _] = await postman.run_until(clock_of(program).now())
    assert "« stop rappels »" in (invitation.reply.context or "")
    assert len(pending(program, LEA)) == 3  # the 72 h and 24 h reminders, the answer window
    [stopped] = await ambassador(program, "lea").send("stop rappels")
    assert "2 message(s) en attente annulé(s)" in stopped.text
    assert pending(program, LEA) == []
    await postman.run_until(paris("2027-03-20T12:00"))
    assert [d.reply.text[:9] for d in postman.to("lea")] == ["Bonjour L"]
    assert person(program, LEA).reminders_stopped_at is not None
    [back] = await ambassador(program, "lea").send("reprendre")
    assert "Bon retour" in back.text and person(program, LEA).reminders_stopped_at is None


async def test_i16_6_pause_until_a_date_and_bad_dates(program: Assistant):
    lea = ambassador(program, "lea")
    [bad] = await lea.send("pause jusqu'au 32/13/2027")
    assert "Date illisible « 32/13/2027 »" in bad.text
    [past] = await lea.send("pause jusqu'au 2027-02-01")
    assert "déjà passé" in past.text
    assert person(program, LEA).status == "active"
    [paused] = await lea.send("pause jusqu'au 15/03")
    assert "En pause jusqu'au 15/03/2027" in paused.text
    assert person(program, LEA).status == "paused"
    create("2027-03-12T18:00", 1)
    assert "• Léa — en pause jusqu'au 15/03/2027" in await propose(program, 1)
    [english] = await ambassador(program, "marc", "en").send("pause")
    assert english.text == 'Paused until you write "resume".'
    [resumed] = await ambassador(program, "marc", "en").send("resume")
    assert resumed.text == "Welcome back: asks can resume."


# -- item 9: the staff's list -----------------------------------------------------------------
async def test_i16_9_staff_list_upcoming_asks_with_places_filled(program: Assistant):
    create("2027-03-12T18:00", 2)
    create("2027-04-02T18:00", 3, "--title", "Salon Vélo")
    cm = staff(program)
    await cm.send("sollicitation proposer 1")
    await cm.click(PLAN_ACTION, "confirm:1")
    await ambassador(program, "lea").click(ANSWER_ACTION, "accept:1")
    [listing] = await cm.send("sollicitations")
    lines = listing.text.splitlines()
    assert lines[0] == "Sollicitations à venir (2) :"
    assert "n° 1 « Témoignage vidéo »" in lines[1] and "1/2 place(s) pourvue(s)" in lines[1]
    assert "2 invitation(s) (ouverte)" in lines[1]
    assert "n° 2 « Salon Vélo »" in lines[2] and "0/3 place(s) pourvue(s)" in lines[2]
    assert "(prévue)" in lines[2]
    [refused] = await ambassador(program, "zoe").send("sollicitations")
    assert "Salon" not in render(refused)


# -- the running bot: the sender loop starts with the scheduler; auto solicitations --------------
def never_quiet(assistant: Assistant) -> None:
    with assistant.services.db.session() as session:
        for row in session.exec(select(Person)):
            row.quiet_hours = {"start": "00:00", "end": "00:00", "weekends": False}
            session.add(row)


async def test_i16_4_the_running_bot_sends_what_is_due_through_its_adapter(
    settings: Settings, acme: ClientConfig
):
    bot = Assistant.build(settings)  # the real clock
    try:
        roster(bot)
        never_quiet(bot)
        create("2030-03-12T18:00", 1, "--auto")
        arrived: list = []
        got = asyncio.Event()

        async def deliver(incoming, replies):  # type: ignore[no-untyped-def]
            arrived.extend(replies)
            got.set()

        bot.services.scheduler.run(bot.handle, deliver, platform="console")
        await asyncio.wait_for(got.wait(), 20)
        [invitation] = arrived
        assert invitation.user_id == "lea" and invitation.text.startswith("Bonjour Léa")
        assert response(bot, 1, LEA).status == "invited"  # no confirmation: `auto`
    finally:
        await bot.aclose()


async def test_i16_4_a_recipient_gone_for_good_is_paused_and_the_manager_told(
    program: Assistant,
):
    create("2027-03-12T18:00", 1)
    cm = staff(program)
    await cm.send("sollicitation proposer 1")
    await cm.click(PLAN_ACTION, "confirm:1")
    clock = clock_of(program)
    told: list = []

    async def deliver(incoming, replies):  # type: ignore[no-untyped-def]
        if replies[0].user_id == "lea":
            raise PermanentSendError("user_not_found")
        told.extend(replies)

    loop = SenderLoop(
        Outbox(program.services.db, clock),
        outbox_send(program, lambda _: deliver),
        clock=clock,
        on_failure=undeliverable(program.services.db, clock),
    )
    await loop.arun_once()
    await loop.arun_once()
    assert person(program, LEA).status == "paused"
    [notice] = told
    assert notice.user_id == "camille" and "Impossible d'écrire à Léa" in notice.text


async def test_i16_4_done_takes_a_file_as_proof(program: Assistant, settings: Settings):
    create("2027-03-12T18:00", 1)
    cm = staff(program)
    await cm.send("sollicitation proposer 1")
    await cm.click(PLAN_ACTION, "confirm:1")
    await Postman(program, clock_of(program)).run_until(clock_of(program).now())
    lea = ambassador(program, "lea")
    [ask] = await lea.click(ANSWER_ACTION, "done:1")
    assert "un lien ou un fichier" in ask.text
    [again] = await lea.send("je l'ai fait hier")
    assert "ni lien" in again.text  # still waiting for a proof, or "non"
    photo = Attachment("../photo du stand.jpg", b"\xff\xd8jpeg", "image/jpeg")
    [saved] = await program.handle(
        Incoming(
            Platform.CONSOLE,
            "acme",
            "console",
            "lea",
            user_groups=("ambassador",),
            is_direct=True,
            attachments=(photo,),
        )
    )
    assert "Preuve enregistrée" in saved.text
    proof = response(program, 1, LEA).proof
    # One copy, kept with the contribution the Done logged (issue 17), named by its hash.
    assert proof is not None and proof.startswith("file:proofs/acme/contributions/")
    assert proof.endswith("-photo_du_stand.jpg")
    assert (settings.home / proof.removeprefix("file:")).read_bytes() == b"\xff\xd8jpeg"
    [after] = await lea.send("non")  # the proof step is over: "non" is an ordinary message
    assert "Preuve" not in after.text


async def test_i16_3_the_staff_side_in_english(program: Assistant):
    cm = ConsoleSession(
        program, client="acme", user_id="camille", role="community_manager", language="en"
    )
    [created] = await cm.send(
        'solicitation new title="Video testimonial" kind=testimonial '
        'deadline="2027-03-12 18:00" places=5 groups=ambassadeurs'
    )
    assert created.text.startswith('Solicitation no. 1 "Video testimonial" created (Testimonial')
    [proposal] = await cm.send("solicitation propose 1")
    assert "• Léa — never asked" in proposal.text
    assert "Only 4 eligible person(s) for 5 place(s)." in proposal.text
    assert proposal.choices[0].label == "Confirm and invite"
    [listing] = await cm.send("solicitations")
    assert listing.text.startswith("Upcoming solicitations (1):")
    assert "0/5 place(s) filled" in listing.text and "(planned)" in listing.text
