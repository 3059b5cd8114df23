"""Issue 20 item 7 from chat: `quitter le programme` / `leave the program`, with a typed
confirmation; the team told in its channel; `ambassade people return` takes them back."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.core.messages import Incoming, Platform
from bot.people.tables import Person, PersonIdentity
from bot.settings import Settings
from bot.tenants import ClientConfig
from skills.solicitations.render import PLAN_ACTION
from tests.e2e.solicitation_support import Postman, manual_program, set_rules
from tests.notices.test_i20_7_departure import pending_for


@pytest.fixture
async def program(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    bot = Assistant.build(settings)
    manual_program(bot)  # Léa, Marc, Zoé, Kenji (English), Camille
    set_rules(bot, settings, acme, invitations_per_place=1)
    yield bot
    await bot.aclose()


def status(program: Assistant, user: str) -> str:
    with program.services.db.session() as session:
        identity = session.exec(select(PersonIdentity).where(PersonIdentity.user_id == user)).one()
        person = session.get(Person, identity.person_id)
        assert person is not None
        return person.status


async def test_i20_7_leaving_from_chat_after_a_typed_confirmation(program: Assistant):
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
    await postman.run_until(clock.now())
    assert pending_for(program, "lea")  # her reminders are planned

    lea = ConsoleSession(program, client="acme", user_id="lea", role="ambassador")
    [asked] = await lea.send("quitter le programme")
    assert "tapez QUITTER" in asked.text
    [kept] = await lea.send("non finalement")
    assert kept.text.startswith("Vous restez dans le programme")
    assert status(program, "lea") == "active" and pending_for(program, "lea")
    await lea.send("Quitter le programme !")
    [done] = await lea.send("QUITTER")
    assert done.text.startswith("C'est noté : vous avez quitté le programme")
    assert "« oubli »" in done.text
    assert status(program, "lea") == "left" and pending_for(program, "lea") == []
    await lea.send("quitter le programme")
    [already] = await lea.send("quitter")
    assert already.text.startswith("Vous avez déjà quitté le programme")

    told = await postman.run_until(clock.now())
    [staff] = [d for d in told if "a quitté le programme" in d.reply.text]
    assert "Léa a quitté le programme (à sa demande, dans la conversation avec le bot)" in (
        staff.reply.text
    )
    assert [d.to for d in told if d.to == "lea"] == []

    kenji = ConsoleSession(
        program, client="acme", user_id="kenji", role="ambassador", language="en"
    )
    [asked_en] = await kenji.send("leave the program")
    assert "type LEAVE" in asked_en.text
    [done_en] = await kenji.send("LEAVE")
    assert done_en.text.startswith("Noted: you have left the")
    [refused] = await camille.send("quitter le programme")  # staff are not members who leave
    assert "réservée" in refused.text

    turn = await program.run_turn(
        Incoming(
            platform=Platform.CONSOLE,
            workspace_id="acme",
            channel_id="console",
            user_id="marc",
            user_groups=("ambassador",),
            text="quitter le programme, est-ce définitif ?",
            is_direct=True,
        )
    )
    assert turn.route == "fallback" and status(program, "marc") == "active"


def test_i20_7_cli_people_return(program: Assistant):
    from bot.cli import app

    runner = CliRunner()
    runner.invoke(app, ["people", "leave", "console:zoe", "--client", "acme"])
    assert status(program, "zoe") == "left"
    back = runner.invoke(app, ["people", "return", "console:zoe", "--client", "acme"])
    assert back.exit_code == 0, back.output
    assert "Zoé est de retour dans le programme" in back.output
    assert status(program, "zoe") == "active"
    again = runner.invoke(app, ["--lang", "en", "people", "return", "console:zoe", "-c", "acme"])
    assert "Zoé has not left the program: nothing to do." in again.output
    unknown = runner.invoke(app, ["people", "return", "console:nobody", "--client", "acme"])
    assert unknown.exit_code != 0 and "nobody" in unknown.output
