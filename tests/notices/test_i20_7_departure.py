"""Issue 20 item 7 and the acceptance "no reminder after `stop rappels` or after departure":
a solicitation's reminders, through the outbox on a manual clock (console)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.notices.departure import leave, person_left
from bot.outbox import OutboxMessage
from bot.people.tables import Person, PersonIdentity
from bot.settings import Settings
from bot.tenants import ClientConfig
from skills.solicitations.render import PLAN_ACTION
from tests.e2e.solicitation_support import Postman, manual_program, paris, set_rules


@pytest.fixture
async def program(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    bot = Assistant.build(settings)
    manual_program(bot)
    set_rules(bot, settings, acme, invitations_per_place=1)
    yield bot
    await bot.aclose()


def pending_for(assistant: Assistant, user: str) -> list[OutboxMessage]:
    with assistant.services.db.session() as session:
        return list(
            session.exec(
                select(OutboxMessage).where(
                    OutboxMessage.recipient == user, OutboxMessage.status == "pending"
                )
            ).all()
        )


async def test_i20_7_nothing_after_departure_or_stop_and_staff_told_then_reminded(
    program: Assistant,
):
    clock = program.services.clock
    assert isinstance(clock, ManualClock)
    camille = ConsoleSession(program, client="acme", user_id="camille", role="community_manager")
    await camille.send(
        'sollicitation nouvelle titre="Témoignage vidéo" type=testimonial '
        'echeance="2027-03-12 18:00" places=2 groupes=ambassadeurs'
    )
    await camille.send("1")
    await camille.click(PLAN_ACTION, "confirm:1")
    postman = Postman(program, clock)
    first = await postman.run_until(clock.now())
    assert sorted(d.to for d in first) == ["lea", "marc"]
    assert pending_for(program, "lea") and pending_for(program, "marc")  # reminders planned

    await ConsoleSession(program, client="acme", user_id="marc").send("stop rappels")
    config = program.services.clients.get("acme")
    assert await program.person_left(config, "console", "lea", how="roster")
    assert not await program.person_left(config, "console", "lea", how="roster")  # once
    assert not await program.person_left(config, "console", "nobody", how="roster")
    assert pending_for(program, "lea") == [] and pending_for(program, "marc") == []

    now = await postman.run_until(clock.now())
    [told] = [d for d in now if "a quitté le programme" in d.reply.text]
    assert [d.to for d in now if d.to in ("lea", "marc")] == []
    assert told.reply.channel_id and told.reply.sensitivity == "internal"
    assert told.reply.text.startswith("Léa a quitté le programme (statut « left »")
    assert "ambassade privacy erase --client acme --person console:lea" in told.reply.text
    later = await postman.run_until(paris("2027-03-25T12:00"))
    assert [d.to for d in later if d.to in ("lea", "marc")] == []
    assert not [d for d in later if "a quitté" in d.reply.text]
    end = await postman.run_until(paris("2027-04-02T12:00"))
    [grace] = [d for d in end if "a quitté" in d.reply.text]
    assert "Léa a quitté le programme il y a 30 jours" in grace.reply.text


async def test_i20_7_grace_reminder_not_sent_once_back_or_erased(program: Assistant):
    clock = program.services.clock
    assert isinstance(clock, ManualClock)
    config = program.services.clients.get("acme")
    db = program.services.db
    assert person_left(db, config, "console", "lea", how="roster", now=clock.now())
    postman = Postman(program, clock)
    await postman.run_until(clock.now())
    with db.session() as session:  # Léa came back
        identity = session.exec(select(PersonIdentity).where(PersonIdentity.user_id == "lea")).one()
        row = session.get(Person, identity.person_id)
        assert row is not None
        row.status = "active"
        session.add(row)
    assert await postman.run_until(paris("2027-04-15T12:00")) == []
    with pytest.raises(ValueError, match="unknown way"), db.session() as session:
        leave(session, config, identity.person_id, how="vanished", platform="console")


def test_i20_7_cli_people_leave(program: Assistant):
    from bot.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["people", "leave", "console:zoe", "--client", "acme"])
    assert result.exit_code == 0, result.output
    assert "Zoé a quitté le programme" in result.output and "l'équipe est prévenue" in result.output
    again = runner.invoke(app, ["people", "leave", "console:zoe", "--client", "acme"])
    assert "a déjà quitté" in again.output
    unknown = runner.invoke(app, ["people", "leave", "console:nobody", "--client", "acme"])
    assert unknown.exit_code != 0 and "nobody" in unknown.output
    bad = runner.invoke(app, ["people", "leave", "nonsense", "--client", "acme"])
    assert bad.exit_code != 0
