"""The scripted workshop demo runs through the real CLI without a single failure."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings

SCRIPT = Path(__file__).parents[2] / "skills" / "workshop" / "demo-fr.txt"


def test_workshop_demo_script_runs_nous_then_je_in_the_console():
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["demo", "--script", str(SCRIPT)])
    assert result.exit_code == 0, result.output
    transcript = result.output
    assert "quelque chose s'est mal passé" not in transcript and "Traceback" not in transcript
    assert "Atelier NOUS (" in transcript and "clos : 1 participant(s)" in transcript
    assert "11 est hors de l'échelle" in transcript
    assert "• karim : en pause (étape 2/11 : ce qui manque)" in transcript
    assert "a été clos par l'animateur" in transcript
    assert "(NOUS version 1, ACTION version —)" in transcript
    assert "Atelier JE : réponses de 2 participant(s)" in transcript
