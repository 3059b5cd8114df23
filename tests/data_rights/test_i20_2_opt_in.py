"""Issue 20 item 2: the NPS survey and public recognition are opt-in (SQLite and PostgreSQL).

Nobody is surveyed until they say yes (`sondages oui`); `stop sondages` withdraws, even
after a wave was decided; each answer is kept with when and where (`consent`). The notice
and `aide` say how to opt in. Being named on the board or in the community channel keeps
the same evidence. Migration 0018 carries earlier answers over and never invents a yes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlmodel import select

from bot.adapters.console import render_all
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.contributions.tables import PersonPreference
from bot.kpi.tables import KpiSurveyWave
from bot.notices.tables import Consent
from bot.people.tables import PersonIdentity
from bot.store.database import MIGRATIONS_DIR, Database
from skills.kpi.survey import run_waves
from tests.data_rights.fixture_person import USER, person, roster
from tests.e2e.solicitation_support import Postman, paris

SAID_AT = paris("2027-03-10T09:30")
WAVE = paris("2027-04-01T10:05")


def consents(bot: Assistant, user: str) -> list[tuple[str, bool, str, datetime]]:
    with bot.services.db.session() as session:
        identity = session.exec(select(PersonIdentity).where(PersonIdentity.user_id == user)).one()
        rows = session.exec(
            select(Consent).where(Consent.person_id == identity.person_id).order_by(Consent.topic)  # type: ignore[arg-type]
        ).all()
        return [(c.topic, c.consented, c.platform, c.decided_at) for c in rows]  # aware, UTC


def invited(bot: Assistant) -> int:
    with bot.services.db.session() as session:
        return session.exec(select(KpiSurveyWave)).one().invited


async def test_i20_2_nobody_is_surveyed_without_a_yes(bot: Assistant):
    clock = ManualClock(SAID_AT)
    bot.services.clock = clock
    roster(bot)  # Léonie and Marc, ambassadors; Camille, staff
    leonie, marc = person(bot, USER), person(bot, "marc")

    [status] = await leonie.send("sondages")
    assert "vous n'avez pas dit oui" in status.text
    notice = leonie.notices[0].text
    assert "« sondages oui »" in notice and "« tableau oui »" in notice
    assert "« annonces oui »" in notice
    [bad] = await leonie.send("sondages peut-être")
    assert "« peut-être »" in bad.text and "« sondages oui »" in bad.text
    assert consents(bot, USER) == []  # a bad answer keeps nothing
    [asked] = await leonie.send("sondages : à quoi servent-ils ?")  # the documents' to answer
    assert "Je n'ai pas compris" not in asked.text and consents(bot, USER) == []
    [yes] = await leonie.send("sondages oui")
    assert "vous recevrez le sondage du programme" in yes.text
    [(topic, said, where, when)] = consents(bot, USER)
    assert (topic, said, where) == ("surveys", True, "console")
    assert abs(when - SAID_AT) < timedelta(seconds=1)  # the evidence: when they said it
    await marc.send("mes points")  # he talks to the bot, never says yes

    clock.set(WAVE)
    assert run_waves(bot.services) == 1
    assert invited(bot) == 1  # Léonie alone: Marc never said yes, Camille is staff
    postman = Postman(bot, clock)
    delivered = await postman.run_until(WAVE + timedelta(hours=1))
    assert [d.to for d in delivered] == [USER]
    assert "« stop sondages »" in delivered[0].reply.text  # every invitation says how to stop


async def test_i20_2_stop_sondages_withdraws_after_the_wave_is_decided(bot: Assistant):
    clock = ManualClock(SAID_AT)
    bot.services.clock = clock
    roster(bot)
    leonie = person(bot, USER)
    marc = person(bot, "marc")
    marc.language = "en"
    await leonie.send("sondages oui")
    [yes] = await marc.send("surveys yes")
    assert yes.text.startswith("Noted: you will receive the program's survey")
    clock.set(WAVE)
    run_waves(bot.services)
    assert invited(bot) == 2

    clock.set(WAVE + timedelta(minutes=1))
    [stopped] = await leonie.send("stop sondages")
    assert "vous ne recevrez plus le sondage" in stopped.text
    [(_, said, _, when)] = consents(bot, USER)
    assert said is False and abs(when - clock.now()) < timedelta(seconds=1)
    postman = Postman(bot, clock)
    delivered = await postman.run_until(WAVE + timedelta(hours=1))
    assert [d.to for d in delivered] == ["marc"]  # withdrawn: her invitation is not sent
    [status] = await leonie.send("sondages")
    assert "Vous avez refusé le sondage du programme (le 2027-04-01)" in status.text
    [no] = await marc.send("surveys no")
    assert no.text.startswith("Noted: you will no longer receive")


async def test_i20_2_public_recognition_keeps_its_evidence(bot: Assistant):
    clock = ManualClock(SAID_AT)
    bot.services.clock = clock
    roster(bot)
    leonie = person(bot, USER)
    await leonie.send("tableau oui")
    await leonie.send("annonces non")
    assert [(t, s, w) for t, s, w, _ in consents(bot, USER)] == [
        ("board", True, "console"),
        ("channel", False, "console"),
    ]
    with bot.services.db.session() as session:
        [prefs] = session.exec(select(PersonPreference)).all()
        assert (prefs.board_opt_in, prefs.channel_opt_in) == (True, False)
    camille = person(bot, "camille", "community_manager")
    [refused] = await camille.send("sondages oui")  # staff are never surveyed
    assert "réservée" in refused.text


async def test_i20_2_help_says_how_to_opt_in_and_keeps_staff_words_for_staff(bot: Assistant):
    roster(bot)
    shown = render_all(await person(bot, USER).send("aide"))
    assert "« sondages oui|non »" in shown and "« stop sondages »" in shown
    assert "« personas »" in shown and "personas générer" not in shown
    staff = render_all(await person(bot, "camille", "community_manager").send("aide"))
    assert "personas générer" in staff and "sondages oui" not in staff


def _alembic(db: Database, step: str, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, step)(config, target)


def test_i20_2_migration_carries_answers_over_and_never_invents_a_yes(empty_database: Database):
    db = empty_database
    _alembic(db, "upgrade", "0017_leader_lease")
    at = "2026-11-02 08:00:00"
    with db.engine.begin() as connection:
        for pid, name in ((1, "Léa"), (2, "Marc"), (3, "Zoé"), (4, "Kenji")):
            connection.execute(
                text(
                    "INSERT INTO person (id, client, name, groups, preferred_kinds, status, "
                    "created_at, updated_at) VALUES (:id, 'acme', :name, '[]', '[]', 'active', "
                    ":at, :at)"
                ),
                {"id": pid, "name": name, "at": at},
            )
        for pid, board, channel, out in ((1, True, False, False), (2, False, True, True)):
            connection.execute(
                text(
                    "INSERT INTO person_preference (person_id, client, board_opt_in, "
                    "channel_opt_in, surveys_opt_out, updated_at) VALUES "
                    "(:pid, 'acme', :board, :channel, :out, :at)"
                ),
                {"pid": pid, "board": board, "channel": channel, "out": out, "at": at},
            )
        connection.execute(
            text(
                "INSERT INTO model_consent (client, person_id, consented, platform, decided_at) "
                "VALUES ('acme', 3, true, 'slack', :at)"
            ),
            {"at": at},
        )
    db.migrate()
    with db.session() as session:
        rows = session.exec(select(Consent).order_by(Consent.person_id, Consent.topic)).all()  # type: ignore[arg-type]
        found = [(c.person_id, c.topic, c.consented, c.platform) for c in rows]
    assert found == [
        (1, "board", True, "migration"),
        (2, "channel", True, "migration"),
        (2, "surveys", False, "migration"),  # the opt-out, kept as a no
        (3, "model", True, "slack"),
    ]  # no survey yes for anyone: Léa, Zoé and Kenji never said it
    with db.session() as session:
        session.add(
            Consent(client="acme", person_id=4, topic="surveys", consented=True, platform="web")
        )

    _alembic(db, "downgrade", "0017_leader_lease")
    with db.engine.connect() as connection:
        prefs = connection.execute(
            text(
                "SELECT person_id, board_opt_in, channel_opt_in, surveys_opt_out "
                "FROM person_preference ORDER BY person_id"
            )
        ).all()
        model = connection.execute(
            text("SELECT person_id, consented, platform FROM model_consent")
        ).all()
    # Back to opt-out, failing closed: only Kenji, who said yes, may be surveyed.
    assert [(p, bool(b), bool(c), bool(o)) for p, b, c, o in prefs] == [
        (1, True, False, True),
        (2, False, True, True),
        (3, False, False, True),
    ]
    assert [(p, bool(c), w) for p, c, w in model] == [(3, True, "slack")]
    db.migrate()  # and up again
    with db.session() as session:
        assert session.exec(select(Consent).where(Consent.topic == "model")).one().person_id == 3


def test_i20_2_one_human_linked_keeps_the_latest_answer_per_topic(database: Database):
    from bot.clock import ManualClock as Clock
    from bot.contributions.prefs import PreferenceBook
    from bot.notices.consent import ConsentBook
    from bot.notices.notice import record_first_sight
    from bot.notices.tables import ConsentTopic, NoticeSeen
    from bot.people.refs import PersonRef
    from bot.people.roster import Roster

    people = Roster(database)
    slack = people.met("acme", "slack", "U1", "Léa")
    discord = people.met("acme", "discord", "42", "Léa")
    assert slack.id is not None and discord.id is not None
    for platform, user, version in (("slack", "U1", "v1"), ("discord", "42", "v1")):
        assert record_first_sight(database, "acme", platform, user, version=version, language="fr")
    record_first_sight(database, "acme", "discord", "42", version="v2", language="en")
    early, late = SAID_AT, SAID_AT + timedelta(days=3)
    book = ConsentBook(database)
    book.decide("acme", slack.id, "slack", True, ConsentTopic.SURVEYS, early)
    book.decide("acme", discord.id, "discord", False, ConsentTopic.SURVEYS, late)
    book.decide("acme", discord.id, "discord", True, ConsentTopic.MODEL, early)
    PreferenceBook(database, Clock(early)).set(slack.id, "board_opt_in", True, platform="slack")
    PreferenceBook(database, Clock(late)).set(discord.id, "board_opt_in", False, platform="discord")

    people.link("acme", PersonRef("slack", "U1"), PersonRef("discord", "42"))
    with database.session() as session:
        kept = {c.topic: (c.consented, c.platform) for c in session.exec(select(Consent)).all()}
        seen = sorted(n.version for n in session.exec(select(NoticeSeen)).all())
        prefs = session.exec(select(PersonPreference)).one()
        owners = {c.person_id for c in session.exec(select(Consent)).all()}
    assert kept == {
        "surveys": (False, "discord"),  # the later answer wins: a no
        "model": (True, "discord"),
        "board": (False, "discord"),
    }
    assert owners == {slack.id} and seen == ["v1", "v2"]  # each version seen once
    assert prefs.person_id == slack.id and prefs.board_opt_in is False  # as the evidence says
