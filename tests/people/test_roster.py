"""Issue 16, item 1: the roster — people met in chat, roster files, one human on two platforms."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from bot.people import PersonIdentity, PersonRefError, Roster, RosterError, parse_person_ref
from bot.people.roster import RosterEntry
from bot.people.roster_csv import parse_roster
from bot.store import Database

HEADER = "platform,user_id,name,email,groups,timezone,language\n"


def test_i16_1_a_person_met_in_chat_is_added_once(database: Database) -> None:
    roster = Roster(database)
    first = roster.met("acme", "slack", "U1", "Léa", role="ambassador")
    again = roster.met("acme", "slack", "U1", None)
    assert first.id == again.id and again.name == "Léa" and again.role == "ambassador"
    assert roster.met("other", "slack", "U1", "Léa").id != first.id  # never across clients
    [view] = roster.everyone("acme")
    assert [(i.platform, i.user_id) for i in view.identities] == [("slack", "U1")]


def test_i16_1_the_language_choice_is_kept_per_person(database: Database) -> None:
    roster = Roster(database)
    roster.met("acme", "slack", "U1", "Léa")
    roster.set_language("acme", "slack", "U1", "en")
    assert roster.met("acme", "slack", "U1", None).language == "en"
    assert roster.met("other", "slack", "U1", None).language is None


def test_i16_1_one_human_on_two_platforms_is_one_person_by_email(database: Database) -> None:
    roster = Roster(database)
    parsed = parse_roster(
        HEADER
        + "slack,U1,Léa Martin,Lea@Example.org,Ambassadeurs;Lyon,Europe/Paris,fr\n"
        + "discord,4242,Léa,lea@example.org,,,\n"
    )
    assert parsed.problems == []
    report = roster.import_entries("acme", parsed.entries)
    assert (report.created, report.updated) == (1, 1) and report.linked == ["discord:4242"]
    [view] = roster.everyone("acme")
    assert view.person.email == "lea@example.org" and view.person.groups == ["Ambassadeurs", "Lyon"]
    assert {(i.platform, i.user_id) for i in view.identities} == {
        ("slack", "U1"),
        ("discord", "4242"),
    }
    # Met later in chat on Discord: the same person, with her roster data.
    assert roster.met("acme", "discord", "4242", "lea_d").timezone == "Europe/Paris"


def test_i16_1_link_merges_two_people(database: Database) -> None:
    roster = Roster(database)
    roster.met("acme", "slack", "U1", "Léa")
    roster.met("acme", "discord", "4242", "lea")
    roster.set_language("acme", "discord", "4242", "en")
    view = roster.link("acme", parse_person_ref("slack:U1"), parse_person_ref("discord:4242"))
    assert len(view.identities) == 2 and view.person.language == "en"
    assert len(roster.everyone("acme")) == 1
    with pytest.raises(RosterError, match="already the same person"):
        roster.link("acme", parse_person_ref("slack:U1"), parse_person_ref("discord:4242"))
    with pytest.raises(RosterError, match="nobody known as slack:U404"):
        roster.link("acme", parse_person_ref("slack:U404"), parse_person_ref("slack:U1"))


def test_i16_1_roster_import_is_all_or_nothing(database: Database) -> None:
    roster = Roster(database)
    roster.met("acme", "slack", "U9", "Zoé")
    entries = [RosterEntry("slack", "U1", "Léa"), RosterEntry("discord", "U2")]
    with database.session() as session:
        before = session.exec(select(PersonIdentity)).all()
    # A failure half-way (the last row breaks a NOT NULL constraint) leaves nothing behind.
    broken = RosterEntry(None, "U3")  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):
        roster.import_entries("acme", [*entries, broken])
    with database.session() as session:
        assert len(session.exec(select(PersonIdentity)).all()) == len(before)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("teams,U1,Léa,,,,", "unknown_platform"),
        (",U1,Léa,,,,", "missing_platform"),
        ("slack,,Léa,,,,", "missing_id"),
        ("slack,U1,Léa,,,Europe/Lyon,", "unknown_timezone"),
        ("slack,U1,Léa,,,+02:00,", "unknown_timezone"),
        ("slack,U1,Léa,,,,de", "unknown_language"),
        ("slack,U1,Léa,lea-at-example,,,", "bad_email"),
        ("discord,lea#0001,Léa,,,,", "bad_discord_id"),
    ],
)
def test_i16_1_every_bad_line_is_reported_with_its_number(line: str, code: str) -> None:
    parsed = parse_roster(HEADER + "slack,U0,Ok,,,,\n" + line + "\n")
    [problem] = parsed.problems
    assert (problem.line, problem.code) == (3, code)
    assert [e.user_id for e in parsed.entries] == ["U0"]


def test_i16_1_duplicates_name_the_first_line() -> None:
    parsed = parse_roster(HEADER + "slack,U1,A,,,,\n\nslack,U1,B,,,,\n")
    [problem] = parsed.problems
    assert problem.code == "duplicate" and problem.values == {"id": "slack:U1", "first": "2"}
    assert problem.line == 4


def test_i16_1_excel_rosters_are_read() -> None:
    excel = "\ufeffplatform;user_id;name;email;groups;timezone;language\r\n"
    excel += 'slack;U1;Léa;;"Lyon;Ambassadeurs";America/Montreal;FR\r\n'
    parsed = parse_roster(excel)
    assert parsed.problems == [] and parsed.file_problem is None
    [entry] = parsed.entries
    assert entry.groups == ("Lyon", "Ambassadeurs") and entry.language == "fr"
    assert entry.timezone == "America/Montreal"


def test_i16_1_a_roster_without_its_header_is_refused_whole() -> None:
    parsed = parse_roster("slack,U1,Léa\n")
    assert parsed.file_problem is not None and parsed.file_problem.code == "bad_header"


def test_i16_1_person_references() -> None:
    assert str(parse_person_ref("slack:U0ABC123")) == "slack:U0ABC123"
    assert parse_person_ref("Lea@Example.org").email == "lea@example.org"
    assert parse_person_ref("Console:lea").platform == "console"
    for bad in ("U0ABC123", "teams:U1", "slack:", ""):
        with pytest.raises(PersonRefError):
            parse_person_ref(bad)


def test_i16_1_user_profiles_become_people(empty_database: Database) -> None:
    db = empty_database
    db.migrate("0006_answer_restricted")
    seen = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO user_profile (client, platform, user_id, display_name, language,"
                " first_seen_at, last_seen_at) VALUES"
                " ('acme', 'slack', 'U1', 'Léa', 'en', :seen, :seen),"
                " ('acme', 'discord', '42', NULL, NULL, :seen, :seen)"
            ),
            {"seen": seen},
        )
    db.migrate()
    roster = Roster(db)
    people = roster.everyone("acme")
    assert [(v.person.name, v.person.language) for v in people] == [("Léa", "en"), (None, None)]
    assert people[0].identities[0].first_seen_at == seen
