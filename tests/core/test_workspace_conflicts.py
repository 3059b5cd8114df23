"""Issue 13, item 4: two client files claiming one Slack team or Discord guild.

Neither wins: the workspace is refused (the polite "not configured" reply) until one file
gives it up; the error names both files; the clients' other workspaces keep working;
`ambassade clients list` shows the problem.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.cli import app
from bot.core.messages import Incoming, Platform
from bot.settings import Settings, get_settings
from bot.tenants import ClientConfig, ClientDirectory

NOT_CONFIGURED = "n'est relié à aucun programme ambassadeurs"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    later = path.stat().st_mtime + 5  # seen as changed whatever the clock's resolution
    os.utime(path, (later, later))
    return path


def test_i13_4_a_team_claimed_by_two_files_belongs_to_neither(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    write(tmp_path / "acme.yaml", "slack: {teams: [T1, T2]}\ndiscord: {guilds: ['42']}\n")
    write(tmp_path / "zeta.yaml", "slack: {teams: [T1]}\ndiscord: {guilds: ['43']}\n")
    directory = ClientDirectory(tmp_path)
    with caplog.at_level(logging.ERROR):
        assert directory.for_workspace("slack", "T1") is None  # not the first alphabetically
    assert "acme.yaml" in caplog.text and "zeta.yaml" in caplog.text
    # Their other workspaces are theirs alone, and keep working.
    assert directory.for_workspace("slack", "T2").name == "acme"
    assert directory.for_workspace("discord", "42").name == "acme"
    assert directory.for_workspace("discord", "43").name == "zeta"
    assert [c.name for c in directory.all()] == ["acme", "zeta"]  # console and CLI unaffected
    [conflict] = directory.conflicts()
    assert (conflict.platform, conflict.workspace) == ("slack", "T1")
    assert [p.name for p in conflict.paths] == ["acme.yaml", "zeta.yaml"]
    assert "acme.yaml" in str(conflict) and "zeta.yaml" in str(conflict)


def test_i13_4_a_guild_claimed_by_two_files_belongs_to_neither(tmp_path: Path):
    write(tmp_path / "acme.yaml", "discord: {guilds: ['42']}\n")
    write(tmp_path / "bravo.yaml", "discord: {guilds: ['42']}\n")
    write(tmp_path / "carla.yaml", "discord: {guilds: ['42']}\n")
    directory = ClientDirectory(tmp_path)
    assert directory.for_workspace("discord", "42") is None
    [conflict] = directory.conflicts()
    assert [p.name for p in conflict.paths] == ["acme.yaml", "bravo.yaml", "carla.yaml"]


def test_i13_4_one_file_listing_a_team_twice_is_no_conflict(tmp_path: Path):
    write(tmp_path / "acme.yaml", "slack: {teams: [T1, T1]}\n")
    directory = ClientDirectory(tmp_path)
    assert directory.for_workspace("slack", "T1").name == "acme"
    assert directory.conflicts() == []


def test_i13_4_fixing_a_file_gives_the_workspace_back(tmp_path: Path):
    write(tmp_path / "acme.yaml", "slack: {teams: [T1]}\n")
    zeta = write(tmp_path / "zeta.yaml", "slack: {teams: [T1]}\n")
    directory = ClientDirectory(tmp_path)
    assert directory.for_workspace("slack", "T1") is None
    write(zeta, "slack: {teams: [T9]}\n")
    assert directory.for_workspace("slack", "T1").name == "acme"
    assert directory.conflicts() == []
    zeta.unlink()
    write(tmp_path / "omega.yaml", "slack: {teams: [T1]}\n")  # a new file claims it again
    assert directory.for_workspace("slack", "T1") is None


@pytest.mark.parametrize(
    ("platform", "workspace"), [(Platform.SLACK, "T-ACME"), (Platform.DISCORD, "900")]
)
async def test_i13_4_the_workspace_gets_the_polite_not_configured_reply(
    settings: Settings, acme: ClientConfig, platform: Platform, workspace: str
):
    write(
        settings.clients_dir / "copie.yaml",
        "slack: {teams: [T-ACME]}\ndiscord: {guilds: ['900']}\n",
    )
    bot = Assistant.build(settings)
    try:
        incoming = Incoming(platform, workspace, "C-GEN", "U-CM", "aide", is_direct=True)
        [reply] = await bot.handle(incoming)
        assert NOT_CONFIGURED in reply.text
        # The console (and so the CLI) still reach each client by name.
        console = Incoming(Platform.CONSOLE, "acme", "console", "camille", "aide")
        assert NOT_CONFIGURED not in (await bot.handle(console))[0].text
    finally:
        await bot.aclose()


def test_i13_4_clients_list_shows_the_conflict(settings: Settings):
    write(settings.clients_dir / "acme.yaml", "slack: {teams: [T1]}\n")
    write(settings.clients_dir / "zeta.yaml", "slack: {teams: [T1, T2]}\n")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["clients", "list"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "T1 (en conflit)" in result.output and "T2" in result.output
    line = " ".join(result.output.split())
    assert "espace refusé" in line and "l'équipe Slack « T1 »" in line
    assert "acme.yaml" in line and "zeta.yaml" in line

    english = CliRunner().invoke(app, ["--lang", "en", "clients", "list"], env={"COLUMNS": "200"})
    assert "workspace refused" in " ".join(english.output.split())
