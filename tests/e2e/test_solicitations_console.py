"""Issue 16 acceptance, in the console: plan, confirm, invite, answer, remind, summarise."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel import select

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.settings import Settings
from bot.solicitations.tables import SolicitationResponse
from bot.tenants import ClientConfig
from skills.solicitations.render import ANSWER_ACTION, PLAN_ACTION, REPLACE_ACTION
from tests.e2e.solicitation_support import (
    PARIS,
    TOKYO,
    Postman,
    in_quiet_hours,
    manual_program,
    paris,
    set_rules,
)


@pytest.fixture
async def program(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    bot = Assistant.build(settings)
    manual_program(bot)
    # One invitation per place: these stories predate the invitations for expected silence,
    # which have their own (test_i16_fill_*.py).
    set_rules(bot, settings, acme, invitations_per_place=1)
    yield bot
    await bot.aclose()


def responses(assistant: Assistant) -> dict[int, SolicitationResponse]:
    with assistant.services.db.session() as session:
        return {r.person_id: r for r in session.exec(select(SolicitationResponse))}


def texts(delivered) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.reply.text for d in delivered]


async def test_i16_4_console_solicitation_from_plan_to_summary(program: Assistant):
    clock = program.services.clock
    assert isinstance(clock, ManualClock)
    camille = ConsoleSession(program, client="acme", user_id="camille", role="community_manager")
    # Friday 12 March, 18:00 in Paris; two places; typed on one line (the console has no form).
    [created] = await camille.send(
        'sollicitation nouvelle titre="Témoignage vidéo" type=testimonial '
        'echeance="2027-03-12 18:00" places=2 groupes=ambassadeurs'
    )
    assert created.text.startswith("Sollicitation n° 1 « Témoignage vidéo » créée")
    lea, marc, kenji = (
        ConsoleSession(program, client="acme", user_id=u, role="ambassador")
        for u in ("lea", "marc", "kenji")
    )

    # The community manager sees the proposed list, with why, and adds one more person.
    [proposal] = await camille.send("1")  # the button under the creation: propose the list
    assert "• Léa — jamais sollicité·e" in proposal.text
    assert "• Marc — jamais sollicité·e" in proposal.text
    assert "Camille — hors de la cible" not in proposal.text  # the target is not listed
    values = [c.value for c in proposal.choices]
    assert values == ["confirm:1", "swap:1:1", "swap:1:2", "add:1:3", "add:1:4"]
    [proposal] = await camille.click(PLAN_ACTION, "add:1:4")
    assert "• Kenji — ajouté·e par vous" in proposal.text
    [confirmed] = await camille.click(PLAN_ACTION, "confirm:1")
    assert "C'est confirmé : Léa, Marc, Kenji" in confirmed.text

    postman = Postman(program, clock)
    first = await postman.run_until(clock.now())
    # Léa and Marc are invited at once; Kenji's 22:00 in Tokyo waits for his morning.
    assert sorted(d.to for d in first) == ["lea", "marc"]
    [invitation] = postman.to("lea")
    assert "« Témoignage vidéo » (Témoignage)" in invitation.reply.text
    assert "12/03/2027 18:00" in invitation.reply.text
    assert "stop rappels" in (invitation.reply.context or "")
    assert [c.label for c in invitation.reply.choices] == [
        "J'accepte",
        "Je décline",
        "Plus tard",
        "C'est fait",
    ]

    # Léa accepts, Marc declines: his place is offered to the next eligible person.
    [ok] = await lea.click(ANSWER_ACTION, "accept:1")
    assert "vous participez à « Témoignage vidéo »" in ok.text
    [no] = await marc.click(ANSWER_ACTION, "decline:1")
    assert "proposée à quelqu'un d'autre" in no.text
    [offer] = [d.reply for d in await postman.run_until(clock.now())]
    assert offer.user_id == "camille"
    assert "Marc a décliné « Témoignage vidéo »" in offer.text and "Zoé" in offer.text
    [invited] = await camille.click(REPLACE_ACTION, offer.choices[0].value)
    assert "Zoé est invité·e" in invited.text
    [zoe_invitation] = await postman.run_until(clock.now())
    assert zoe_invitation.to == "zoe"

    # Kenji's invitation leaves at 08:30 in Tokyo, in English; he snoozes it.
    [kenji_invitation] = await postman.run_until(paris("2027-03-02T01:00"))
    assert kenji_invitation.to == "kenji"
    assert kenji_invitation.at.astimezone(TOKYO).strftime("%a %H:%M") == "Tue 08:30"
    assert kenji_invitation.reply.text.startswith("Hello Kenji!")
    [later] = await kenji.click(ANSWER_ACTION, "snooze:1")
    assert "I will ask you again on 03/03/2027 09:00" in later.text
    [again] = await postman.run_until(paris("2027-03-03T02:00"))
    assert again.to == "kenji" and "As agreed" in again.reply.text
    await kenji.click(ANSWER_ACTION, "accept:1")  # the last place: Zoé is told it is full

    # Reminders, up to Thursday evening; then Léa is done and gives a link as proof.
    await postman.run_until(paris("2027-03-11T19:00"))
    lea_times = [d.at.astimezone(PARIS).strftime("%d %H:%M") for d in postman.to("lea")]
    assert lea_times == ["01 14:00", "09 18:00", "11 18:00"]  # invitation, 72 h, 24 h
    assert "Rappel : vous avez accepté" in postman.to("lea")[1].reply.text
    zoe = postman.to("zoe")
    assert len(zoe) == 2 and "Toutes les places de « Témoignage vidéo » sont prises" in (
        zoe[1].reply.text
    )  # and no reminder: she need not answer any more
    assert zoe[1].at == paris("2027-03-03T08:30")  # Kenji said yes at 02:00: her morning
    kenji_times = [d.at.astimezone(TOKYO).strftime("%d %H:%M") for d in postman.to("kenji")]
    assert kenji_times == ["02 08:30", "03 09:00", "10 08:30"]  # the 72 h one, moved
    assert postman.to("marc")[1:] == []  # nothing more after declining
    [done] = await lea.click(ANSWER_ACTION, "done:1")
    assert "preuve" in done.text
    [saved] = await lea.send("La voici : https://example.org/video-lea")
    assert "Preuve enregistrée" in saved.text

    # After the last reminder (Kenji's, Friday 08:30 in Tokyo), the summary, at 08:30 Paris.
    await postman.run_until(paris("2027-03-12T19:00"))
    [summary] = postman.to("camille")[1:]
    assert summary.at == paris("2027-03-12T08:30")
    assert "2 oui, 1 non, 0 sans réponse" in summary.reply.text
    assert "Oui : Kenji, Léa" in summary.reply.text and "Non : Marc" in summary.reply.text
    assert "Prévenu·es que c'était complet : Zoé" in summary.reply.text

    assert [d for d in postman.delivered if in_quiet_hours(d)] == []
    rows = responses(program)
    assert rows[1].proof == "https://example.org/video-lea" and rows[1].done_at is not None
    assert rows[1].status == "done" and rows[3].answered_at is None
    assert rows[1].response_delay_seconds == 0.0 and rows[4].response_delay_seconds == 1800.0
    # Every message left once: a last pass sends nothing more.
    assert await postman.run_until(paris("2027-03-20T12:00")) == []
