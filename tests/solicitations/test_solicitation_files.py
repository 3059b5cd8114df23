"""Issue 16, item 2: importing solicitations from a calendar (.ics) or a spreadsheet (.csv)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.solicitations.conftest import cli, cli_json

pytestmark = pytest.mark.usefixtures("roster")
Y = datetime.now(UTC).year + 1


def calendar(tmp_path: Path, *events: str) -> Path:
    path = tmp_path / "plan.ics"
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    path.write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path


FAIR = f"""UID:fair-{Y}@acme
SUMMARY:Stand au salon Vélo {Y}
DESCRIPTION:Trois personnes sur le stand
DTSTART;TZID=Europe/Paris:{Y}0610T090000
DTEND;TZID=Europe/Paris:{Y}0610T180000
X-AMBASSADE-PLACES:3
X-AMBASSADE-GROUPS:Lyon"""
COUNCIL = f"""UID:council-{Y}@acme
SUMMARY:Conseil produit
CATEGORIES:product_feedback
DTSTART:{Y}0915T140000Z
DURATION:PT1H"""
WEEKEND = f"""UID:weekend-{Y}@acme
SUMMARY:Week-end communauté
DTSTART;VALUE=DATE:{Y}1002
DTEND;VALUE=DATE:{Y}1004"""


def test_i16_2_import_a_calendar(tmp_path: Path) -> None:
    path = calendar(tmp_path, FAIR, COUNCIL, WEEKEND)
    created = cli_json("solicitations", "import", str(path), "--client", "acme")
    by_title = {s["title"]: s for s in created}
    fair = by_title[f"Stand au salon Vélo {Y}"]
    assert (fair["kind"], fair["places"], fair["groups"]) == ("event", 3, ["Lyon"])
    assert fair["start"] == f"{Y}-06-10T09:00:00+02:00"
    assert fair["deadline"] == f"{Y}-06-10T18:00:00+02:00"
    council = by_title["Conseil produit"]
    assert council["kind"] == "product_feedback" and council["points"] == 25
    assert council["deadline"] == f"{Y}-09-15T17:00:00+02:00"  # 14:00Z + 1 h, shown in Paris
    weekend = by_title["Week-end communauté"]
    assert weekend["start"] == f"{Y}-10-02T00:00:00+02:00"
    assert weekend["deadline"] == f"{Y}-10-03T23:59:00+02:00"  # DTEND is exclusive
    assert all(s["source"] == "ics" for s in created)

    # The same calendar again, with one more event: only the new one is added.
    path = calendar(tmp_path, FAIR, COUNCIL, WEEKEND, COUNCIL.replace("council", "council2"))
    code, output = cli("solicitations", "import", str(path), "--client", "acme")
    assert code == 0, output
    assert "1 sollicitation créée" in output and "3 déjà importé(s)" in output
    assert len(cli_json("solicitations", "list", "-c", "acme")) == 4


def test_i16_2_a_broken_calendar_saves_nothing_and_names_each_event(tmp_path: Path) -> None:
    path = calendar(
        tmp_path,
        FAIR,
        f"UID:old\r\nSUMMARY:Déjà passé\r\nDTSTART:{Y - 3}0101T100000Z",
        f"UID:weekly\r\nSUMMARY:Chaque lundi\r\nDTSTART:{Y}0104T100000Z\r\nRRULE:FREQ=WEEKLY",
        "UID:nodate\r\nSUMMARY:Sans date",
        f"UID:fair-{Y}@acme\r\nSUMMARY:Encore\r\nDTSTART:{Y}0104T100000Z",
        f"UID:grp\r\nSUMMARY:Groupe\r\nDTSTART:{Y}0104T100000Z\r\nX-AMBASSADE-GROUPS:Mars",
        f"UID:bad\r\nSUMMARY:Cassé\r\nDTSTART:{Y}bad",
    )
    code, output = cli("solicitations", "import", str(path), "--client", "acme")
    text = " ".join(output.split())
    assert code == 2
    assert "événement 2 (Déjà passé) : l'échéance" in text and "est déjà passée" in text
    assert "événement 3 (Chaque lundi) : événement répété (RRULE)" in text
    assert "événement 4 (Sans date) : date de l'événement manquante (DTSTART)" in text
    assert f"événement 5 (Encore) : UID en double « fair-{Y}@acme » (déjà l'événement 1)" in text
    assert "événement 6 (Groupe) : groupe inconnu « Mars »" in text
    assert "événement 7 (Cassé) : propriété DTSTART illisible" in text
    assert "rien n'a été enregistré : 6 erreurs à corriger" in text
    assert cli_json("solicitations", "list", "-c", "acme", "--all") == []


def test_i16_2_a_file_that_is_no_calendar(tmp_path: Path) -> None:
    path = tmp_path / "plan.ics"
    path.write_text("this is not a calendar\n", encoding="utf-8")
    code, output = cli("--lang", "en", "solicitations", "import", str(path), "-c", "acme")
    assert code == 2 and "unreadable calendar" in output
    other = tmp_path / "plan.xlsx"
    other.write_bytes(b"PK\x03\x04")
    code, output = cli("--lang", "fr", "solicitations", "import", str(other), "-c", "acme")
    assert code == 2 and "un fichier .ics (calendrier) ou .csv est attendu" in " ".join(
        output.split()
    )


def test_i16_2_import_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes(
        (
            "titre ignoré;title;kind;deadline;start;places;groups;people;auto\n"
            f";Avis après le lancement;review;15/03/{Y} 18:00;;5;Ambassadeurs;;oui\n"
            f";Parrainage;referral;{Y}-04-01T12:00;;;;slack:U3;\n"
        ).encode("cp1252")
    )
    created = cli_json("solicitations", "import", str(path), "--client", "acme")
    assert [s["title"] for s in created] == ["Avis après le lancement", "Parrainage"]
    first, second = created
    assert first["deadline"] == f"{Y}-03-15T18:00:00+01:00" and first["auto"] is True
    assert (first["places"], first["groups"]) == (5, ["Ambassadeurs"])
    assert [p["ref"] for p in second["people"]] == ["slack:U3"] and second["places"] == 1


def test_i16_2_a_bad_spreadsheet_reports_every_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "title,kind,deadline,places,people,auto\n"
        f"Bon,review,{Y}-03-15T18:00,1,,\n"
        f",review,{Y}-03-15T18:00,1,,\n"
        f"Places,review,{Y}-03-15T18:00,-2,,\n"
        f"Inconnu,review,{Y}-03-15T18:00,1,slack:U404,\n"
        f"Auto,review,{Y}-03-15T18:00,1,,peut-être\n"
        "Date,review,demain,1,,\n",
        encoding="utf-8",
    )
    code, output = cli("solicitations", "import", str(path), "-c", "acme")
    text = " ".join(output.split())
    assert code == 2
    assert "ligne 3 : titre manquant" in text
    assert "ligne 4 : nombre de places invalide « -2 »" in text
    assert "ligne 5 : personne n'est connu sous « slack:U404 »" in text
    assert "ligne 6 : valeur « peut-être » illisible pour auto" in text
    assert "ligne 7 : échéance illisible « demain »" in text
    assert "rien n'a été enregistré : 5 erreurs à corriger" in text
    assert cli_json("solicitations", "list", "-c", "acme", "--all") == []

    header_only = tmp_path / "empty.csv"
    header_only.write_text("title,deadline\n", encoding="utf-8")
    code, output = cli("solicitations", "import", str(header_only), "-c", "acme")
    assert code == 2 and "aucune sollicitation dans ce fichier" in output
    no_header = tmp_path / "nohead.csv"
    no_header.write_text("a,b\n1,2\n", encoding="utf-8")
    code, output = cli("--lang", "en", "solicitations", "import", str(no_header), "-c", "acme")
    assert code == 2 and "incomplete header: title, deadline missing" in output


def test_i16_2_odd_but_valid_calendar_dates() -> None:
    from bot.solicitations.drafts import SolicitationDraft
    from bot.solicitations.files import parse_ics

    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        f"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Mixte\r\nDTSTART:{Y}0610T090000\r\n"
        f"DTEND;VALUE=DATE:{Y}0612\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Annulé\r\nSTATUS:CANCELLED\r\n"
        f"DTSTART:{Y}0610T090000\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    read = parse_ics(text, SolicitationDraft(kind="event"))
    assert read.problems == [] and read.skipped == 1
    ((place, draft),) = read.drafts
    assert (place.number, str(draft.deadline)) == (1, f"{Y}-06-11")
