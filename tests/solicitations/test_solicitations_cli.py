"""Issue 16, item 2: `ambassade solicitations add|list|show|cancel`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.solicitations.conftest import cli, cli_json

pytestmark = pytest.mark.usefixtures("roster")
NEXT_YEAR = datetime.now(UTC).year + 1


def test_i16_2_add_then_list_and_show(roster) -> None:
    created = cli_json(
        "solicitations", "add", "--client", "acme",
        "--title", "Témoignage vidéo pour l'étude de cas",
        "--kind", "testimonial",
        "--deadline", f"{NEXT_YEAR}-03-15T18:00",
        "--start", f"{NEXT_YEAR}-03-01T09:00",
        "--places", "2",
        "--group", "ambassadeurs",
        "--person", "discord:4242",
        "--person", "lea@example.org",
    )  # fmt: skip
    # A naive time is in the client's zone (Europe/Paris, UTC+1 in March) and kept so.
    assert created["deadline"] == f"{NEXT_YEAR}-03-15T18:00:00+01:00"
    assert created["start"] == f"{NEXT_YEAR}-03-01T09:00:00+01:00"
    assert created["groups"] == ["Ambassadeurs"]  # the roster's spelling
    assert [p["ref"] for p in created["people"]] == ["discord:4242", "slack:U1"]
    assert (created["kind_label"], created["points"], created["places"]) == ("Témoignage", 50, 2)
    assert (created["status"], created["auto"]) == ("planned", False)

    listed = cli_json("solicitations", "list", "--client", "acme")
    assert [s["id"] for s in listed] == [created["id"]] and listed[0]["filled"] == 0
    code, output = cli("solicitations", "show", str(created["id"]), "--client", "acme")
    assert (
        code == 0 and "Échéance" in output and f"{NEXT_YEAR}-03-15 18:00 (Europe/Paris)" in output
    )
    code, output = cli("--lang", "en", "solicitations", "list", "--client", "acme")
    assert code == 0 and "Testimonial" in output and "planned" in output


def test_i16_2_the_deadline_is_stored_in_utc(roster) -> None:
    from bot.settings import get_settings
    from bot.solicitations import Solicitation
    from bot.store import Database

    created = cli_json(
        "solicitations", "add", "-c", "acme", "-t", "Avis", "-k", "review",
        "-d", f"{NEXT_YEAR}-07-01T18:00", "--points", "35", "--auto",
    )  # fmt: skip
    db = Database(get_settings().effective_database_url())
    with db.session() as session:
        row = session.get(Solicitation, created["id"])
    db.dispose()
    assert row.deadline_at == datetime(NEXT_YEAR, 7, 1, 16, 0, tzinfo=UTC)  # CEST = UTC+2
    assert (row.points, row.auto, row.target_groups, row.target_person_ids) == (35, True, [], [])
    # An explicit offset is taken as given.
    other = cli_json(
        "solicitations", "add", "-c", "acme", "-t", "Salon", "-k", "event",
        "-d", f"{NEXT_YEAR}-07-01T18:00Z",
    )  # fmt: skip
    assert other["deadline"] == f"{NEXT_YEAR}-07-01T20:00:00+02:00"


def test_i16_2_bad_input_is_refused_whole_with_every_reason(roster) -> None:
    past = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    code, output = cli(
        "solicitations", "add", "-c", "acme", "-t", "Salon", "-k", "webinar",
        "-d", past, "--start", f"{NEXT_YEAR}-01-01", "--places", "0",
        "--group", "Paris", "--person", "slack:U404", "--person", "lea",
    )  # fmt: skip
    assert code == 2
    for expected in (
        "type inconnu « webinar » (types connus : testimonial, review, event",
        "est déjà passée",
        "le début (",
        "nombre de places invalide « 0 »",
        "groupe inconnu « Paris » : personne de l'annuaire n'en fait partie",
        "personne n'est connu sous « slack:U404 »",
        "« lea » ne désigne personne",
        "rien n'a été enregistré",
    ):
        assert expected in " ".join(output.split()), expected
    assert cli_json("solicitations", "list", "-c", "acme", "--all") == []


def test_i16_2_errors_in_english_on_request(roster) -> None:
    code, output = cli(
        "--lang", "en", "solicitations", "add", "-c", "acme", "-t", "x", "-k", "review",
        "-d", "next tuesday",
    )  # fmt: skip
    assert code == 2
    assert "unreadable deadline 'next tuesday'" in output and "nothing was saved" in output
    code, output = cli(
        "--lang", "en", "solicitations", "add", "-c", "acme", "-t", "x", "-k", "review",
        "-d", f"{NEXT_YEAR}-03-28T02:30",  # clocks go forward in Paris that night
    )  # fmt: skip
    assert code == 2 and "does not exist that day" in output


def test_i16_2_cancel_drops_pending_messages(roster) -> None:
    from bot.outbox import Outbox, OutboxMessage
    from bot.settings import get_settings
    from bot.store import Database

    created = cli_json(
        "solicitations", "add", "-c", "acme", "-t", "Avis", "-k", "review",
        "-d", f"{NEXT_YEAR}-07-01T18:00",
    )  # fmt: skip
    db = Database(get_settings().effective_database_url())
    with db.session() as session:
        Outbox.enqueue(
            session,
            key=f"solicitation:{created['id']}:person:1:invitation",
            client="acme",
            kind="invitation",
            solicitation_id=created["id"],
            person_id=1,
            due_at=datetime.now(UTC) + timedelta(days=1),
        )
    code, output = cli("solicitations", "cancel", str(created["id"]), "-c", "acme")
    assert code == 0 and "annulée" in output and "supprimés : 1 message" in output
    with db.session() as session:
        (row,) = session.query(OutboxMessage).all()
    db.dispose()
    assert row.status == "cancelled"
    assert cli_json("solicitations", "list", "-c", "acme") == []
    shown = cli_json("solicitations", "show", str(created["id"]), "-c", "acme")
    assert shown["status"] == "cancelled"
    code, output = cli("solicitations", "cancel", str(created["id"]), "-c", "acme")
    assert code == 2 and "déjà annulée" in output
    code, output = cli("solicitations", "show", "999", "-c", "acme")
    assert code == 2 and "aucune sollicitation n° 999" in output


def test_i16_2_kinds_are_per_client(settings, roster) -> None:
    from bot.tenants import ClientDirectory, SolicitationKind

    config = roster.model_copy(deep=True)
    config.solicitations.kinds = [
        SolicitationKind(id="podcast", points=70, labels={"fr": "Podcast", "en": "Podcast"}),
        SolicitationKind(id="review", points=5),
    ]
    ClientDirectory(settings.clients_dir).save(config, overwrite=True)
    created = cli_json(
        "solicitations", "add", "-c", "acme", "-t", "Épisode", "-k", "podcast",
        "-d", f"{NEXT_YEAR}-05-01",
    )  # fmt: skip
    assert (created["kind_label"], created["points"]) == ("Podcast", 70)
    assert created["deadline"] == f"{NEXT_YEAR}-05-01T23:59:00+02:00"  # a date alone: its end
    code, output = cli(
        "solicitations", "add", "-c", "acme", "-t", "x", "-k", "testimonial",
        "-d", f"{NEXT_YEAR}-05-01",
    )  # fmt: skip
    assert code == 2 and "types connus : podcast, review" in output


def test_i16_2_the_import_help_names_the_csv_columns_it_reads() -> None:
    from typer.testing import CliRunner

    from bot.cli import app
    from bot.solicitations.files import CSV_COLUMNS

    result = CliRunner().invoke(app, ["solicitations", "import", "--help"], env={"COLUMNS": "300"})
    assert ",".join(CSV_COLUMNS) in " ".join(result.output.split())
