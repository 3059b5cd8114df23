"""Issue 16, item 1: `ambassade people import|list|show|link`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory

runner = CliRunner()
HEADER = "platform,user_id,name,email,groups,timezone,language\n"


@pytest.fixture(autouse=True)
def client(settings: Settings, acme: ClientConfig) -> None:
    ClientDirectory(settings.clients_dir).save(acme, overwrite=True)


def roster_file(tmp_path: Path, body: str, *, encoding: str = "utf-8") -> Path:
    path = tmp_path / "roster.csv"
    path.write_bytes((HEADER + body).encode(encoding))
    return path


def people_json() -> list[dict]:
    result = runner.invoke(app, ["people", "list", "--client", "acme", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_i16_1_import_then_list_and_show(tmp_path: Path) -> None:
    path = roster_file(
        tmp_path,
        "slack,U1,Léa Martin,lea@example.org,Ambassadeurs;Lyon,Europe/Paris,fr\n"
        "discord,4242,Léa,lea@example.org,,,\n"
        "slack,U2,Marc Petit,,Ambassadeurs,America/Montreal,en\n",
    )
    result = runner.invoke(app, ["people", "import", str(path), "--client", "acme"])
    assert result.exit_code == 0, result.output
    assert "2 créée(s), 1 mise(s) à jour, 0 ligne ignorée(s)" in result.output
    assert "discord:4242 rattaché" in result.output
    everyone = people_json()
    assert [p["name"] for p in everyone] == ["Léa Martin", "Marc Petit"]
    assert {(i["platform"], i["user_id"]) for i in everyone[0]["identities"]} == {
        ("slack", "U1"),
        ("discord", "4242"),
    }
    shown = runner.invoke(app, ["people", "show", "discord:4242", "--client", "acme", "--json"])
    assert json.loads(shown.output)["email"] == "lea@example.org"
    text = runner.invoke(app, ["people", "show", "lea@example.org", "--client", "acme"]).output
    assert "Europe/Paris" in text and "20:00–08:30" in text


def test_i16_1_a_bad_roster_imports_nothing_and_says_why(tmp_path: Path) -> None:
    path = roster_file(
        tmp_path, "slack,U1,Léa,,,Europe/Paris,\nslack,U2,Marc,,,Mars/Olympus,\nteams,U3,Zoé,,,,\n"
    )
    result = runner.invoke(app, ["people", "import", str(path), "--client", "acme"])
    assert result.exit_code == 2
    assert "ligne 3 : fuseau horaire inconnu « Mars/Olympus »" in result.output
    assert "ligne 4 : plateforme inconnue « teams »" in result.output
    assert "rien n'a été importé : 2 lignes à corriger" in result.output
    assert people_json() == []

    result = runner.invoke(app, ["people", "import", str(path), "--client", "acme", "--skip-bad"])
    assert result.exit_code == 0 and "2 lignes ignorée(s)" in result.output
    assert [p["name"] for p in people_json()] == ["Léa"]


def test_i16_1_errors_in_english_on_request(tmp_path: Path) -> None:
    path = roster_file(tmp_path, "slack,,Léa,,,,\n")
    result = runner.invoke(app, ["--lang", "en", "people", "import", str(path), "-c", "acme"])
    assert "line 2: missing id (user_id)" in result.output
    assert "nothing was imported: 1 line to fix" in result.output


def test_i16_1_a_windows_excel_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    content = "platform;user_id;name;email;groups;timezone;language\r\nslack;U1;Hélène;;;;\r\n"
    path.write_bytes(content.encode("cp1252"))
    assert runner.invoke(app, ["people", "import", str(path), "-c", "acme"]).exit_code == 0
    assert people_json()[0]["name"] == "Hélène"


def test_i16_1_binary_or_missing_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = runner.invoke(app, ["people", "import", str(binary), "-c", "acme"])
    assert result.exit_code == 2 and "pas un fichier texte CSV" in result.output
    result = runner.invoke(app, ["people", "import", str(tmp_path / "nope.csv"), "-c", "acme"])
    assert result.exit_code == 2 and "introuvable" in result.output


def test_i16_1_link_from_the_cli(tmp_path: Path) -> None:
    path = roster_file(tmp_path, "slack,U1,Léa,,,,\ndiscord,4242,Léa D,,,,\n")
    runner.invoke(app, ["people", "import", str(path), "-c", "acme"])
    assert len(people_json()) == 2
    result = runner.invoke(app, ["people", "link", "slack:U1", "discord:4242", "-c", "acme"])
    assert result.exit_code == 0, result.output
    assert "une seule personne" in result.output and len(people_json()) == 1
    bad = runner.invoke(app, ["people", "link", "U1", "discord:4242", "-c", "acme"])
    assert bad.exit_code == 2 and "PLATFORM:USER_ID" in bad.output
    unknown = runner.invoke(app, ["people", "show", "slack:U404", "-c", "acme"])
    assert unknown.exit_code == 2 and "slack:U404" in unknown.output


async def test_i16_1_people_met_in_chat_are_in_the_roster(session) -> None:
    await session("lea", role="ambassador").send("aide")
    [person] = people_json()
    assert person["identities"][0] == {
        "platform": "console",
        "user_id": "lea",
        "display_name": "lea",
    }
    assert person["role"] == "ambassador"
