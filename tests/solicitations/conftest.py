"""A client with a small roster, and a runner for `ambassade solicitations …`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory

runner = CliRunner()
ROSTER = (
    "platform,user_id,name,email,groups,timezone,language\n"
    "slack,U1,Léa Martin,lea@example.org,Ambassadeurs;Lyon,Europe/Paris,fr\n"
    "discord,4242,Marc Petit,,Ambassadeurs,America/Montreal,en\n"
    "slack,U3,Zoé,,Clients VIP,,\n"
)


def cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def cli_json(*args: str) -> object:
    code, output = cli(*args, "--json")
    assert code == 0, output
    return json.loads(output)


@pytest.fixture
def roster(settings: Settings, acme: ClientConfig, tmp_path: Path) -> ClientConfig:
    ClientDirectory(settings.clients_dir).save(acme, overwrite=True)
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    code, output = cli("people", "import", str(path), "--client", "acme")
    assert code == 0, output
    return acme
