"""Issue 17 item 5: the ambassadors' NPS survey — a flow of the workshop engine, sent in
waves by the scheduler's job through the outbox, to those who said yes (issue 20: opt-in),
withdrawal respected, answers in nps_answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.contributions.tables import NpsAnswer
from bot.kpi.settings import SurveySettings
from bot.kpi.tables import KpiSurveyWave
from bot.settings import Settings
from bot.tenants import ClientConfig
from skills.kpi.survey import run_waves, wave_at
from skills.workshop.present import JOIN_ACTION
from skills.workshop.tables import WorkshopSession
from tests.e2e.solicitation_support import Postman, manual_program, paris


@pytest.fixture
async def program(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    bot = Assistant.build(settings)
    manual_program(bot)  # Léa, Marc, Zoé, Kenji (Tokyo, English), Camille
    yield bot
    await bot.aclose()


def person(program: Assistant, user: str, role: str = "ambassador", lang: str | None = None):
    return ConsoleSession(program, client="acme", user_id=user, role=role, language=lang)


def answers(program: Assistant) -> list[NpsAnswer]:
    with program.services.db.session() as session:
        return list(session.exec(select(NpsAnswer).order_by(NpsAnswer.id)))  # type: ignore[arg-type]


def test_i17_5_waves_follow_the_cadence() -> None:
    every_quarter = SurveySettings()  # 1st of Jan/Apr/Jul/Oct, 10:00, 14 days
    assert wave_at(every_quarter, "Europe/Paris", paris("2027-03-01T14:00")) is None
    assert wave_at(every_quarter, "Europe/Paris", paris("2027-04-01T09:59")) is None
    survey, start, close = wave_at(every_quarter, "Europe/Paris", paris("2027-04-01T10:00"))
    assert survey == "2027-04" and start == paris("2027-04-01T10:00")
    assert close == paris("2027-04-15T10:00")
    assert wave_at(every_quarter, "Europe/Paris", paris("2027-04-15T10:00")) is None
    monthly = SurveySettings(every_months=1, day=5)
    assert wave_at(monthly, "Europe/Paris", paris("2027-03-06T08:00"))[0] == "2027-03"


async def test_i17_5_survey_wave_end_to_end(program: Assistant) -> None:
    clock = program.services.clock
    assert isinstance(clock, ManualClock)
    services = program.services
    for user in ("lea", "marc"):
        [said] = await person(program, user).send("sondages oui")
        assert "vous recevrez le sondage du programme" in said.text
    await person(program, "kenji", lang="en").send("surveys yes")
    [stopped] = await person(program, "zoe").send("stop sondages")
    assert "vous ne recevrez plus le sondage" in stopped.text
    await person(program, "camille", "community_manager").send("aide")  # seen as staff

    assert run_waves(services) == 0  # March: no wave is open
    clock.set(paris("2027-04-01T10:05"))
    assert run_waves(services) == 1
    assert run_waves(services) == 0  # decided once
    with services.db.session() as session:
        [wave] = session.exec(select(KpiSurveyWave)).all()
        workshop = session.get(WorkshopSession, wave.session_id)
    assert (wave.survey, wave.invited) == ("2027-04", 3)  # Léa, Marc, Kenji (not Zoé, Camille)
    assert workshop is not None and workshop.flow == "nps" and workshop.audience == "invited"

    # Marc opts out after the decision: his invitation is not sent.
    await person(program, "marc").send("stop sondages")
    postman = Postman(program, clock)
    delivered = await postman.run_until(clock.now() + timedelta(hours=1))
    assert sorted(d.to for d in delivered) == ["kenji", "lea"]
    [to_kenji] = postman.to("kenji")
    assert "would you recommend it to a friend?" in to_kenji.reply.text
    [to_lea] = postman.to("lea")
    assert "le recommanderiez-vous à un proche ?" in to_lea.reply.text
    assert to_lea.reply.action_id == JOIN_ACTION
    assert to_lea.reply.choices[0].value == workshop.code

    # Léa answers with the workshop engine: the button, a score, no comment.
    lea = person(program, "lea")
    replies = await lea.click(JOIN_ACTION, workshop.code)
    assert "recommanderiez-vous le programme" in replies[-1].text
    bad = await lea.send("onze")
    assert any("0" in r.text and "10" in r.text for r in bad)  # a number from 0 to 10
    await lea.send("9")
    [*_, thanks] = await lea.send("passer")
    assert thanks.text == "Merci ! Votre réponse (9/10) est notée."
    kenji = person(program, "kenji", lang="en")
    await kenji.click(JOIN_ACTION, workshop.code)
    await kenji.send("4")
    [*_, thanks] = await kenji.send("Too many e-mails")
    assert thanks.text == "Thank you! Your answer (4/10) is noted."
    kept = answers(program)
    assert [(a.score, a.survey, a.comment) for a in kept] == [
        (9, "2027-04", None),
        (4, "2027-04", "Too many e-mails"),
    ]
    # Changing one's mind within the wave updates the one answer of the wave.
    await lea.send("modifier recommandation")
    await lea.send("10")
    assert [a.score for a in answers(program)] == [10, 4]

    # The wave closes after 14 days; a later answer is refused by the engine.
    clock.set(paris("2027-04-16T09:00"))
    run_waves(services)
    with services.db.session() as session:
        assert session.get(WorkshopSession, wave.session_id).status == "closed"
        assert session.exec(select(KpiSurveyWave)).one().closed_at is not None
    [*_, after] = await person(program, "marc").click(JOIN_ACTION, workshop.code)
    assert "termin" in after.text or "clos" in after.text


async def test_i17_5_resume_surveys(program: Assistant) -> None:
    zoe = person(program, "zoe")
    await zoe.send("stop sondages")
    [resumed] = await zoe.send("reprendre sondages")
    assert resumed.text.startswith("C'est noté : vous recevrez le sondage du programme")
    program.services.clock.set(paris("2027-04-01T10:05"))  # type: ignore[attr-defined]
    run_waves(program.services)
    with program.services.db.session() as session:
        # Zoé alone said yes (again): nobody else is asked.
        assert session.exec(select(KpiSurveyWave)).one().invited == 1
