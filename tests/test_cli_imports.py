"""Item 12 of issue 13: the CLI imports no benchmark dependency, `--help` nothing heavy.

Each check runs in a fresh interpreter: what one test imported must not hide
what another command would import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Loaded by `ambassade --help` they would cost seconds before the first line of help.
HEAVY = (
    "presidio_analyzer",
    "spacy",
    "chromadb",
    "openai",
    "sqlalchemy",
    "aiohttp",
    "slack_bolt",
    "discord",
    "bot.assistant",
)

PROBE = """
import json, sys
from bot.cli import app
try:
    app(sys.argv[1:], prog_name="ambassade")
except SystemExit:
    pass
names = [m for m in sys.modules]
print(json.dumps(names))
"""


def _modules_after(tmp_path: Path, *args: str) -> tuple[set[str], str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "AMBASSADE_HOME": str(tmp_path / "home"),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    last = done.stdout.strip().splitlines()[-1]
    return set(json.loads(last)), done.stdout + done.stderr


@pytest.mark.parametrize("args", [("--help",), ("redact", "--help")])
def test_i13_12_help_imports_nothing_heavy(tmp_path: Path, args: tuple[str, ...]) -> None:
    modules, _ = _modules_after(tmp_path, *args)
    assert not [name for name in HEAVY if name in modules]


def test_i13_12_redact_with_the_person_model_does_not_import_presidio(tmp_path: Path) -> None:
    # "Kovacs" alone is no known first name: only the spaCy model can call it a person,
    # and loading spaCy used to import Presidio (a `spacy_factories` plugin) and log a line.
    modules, output = _modules_after(tmp_path, "redact", "Voici le retour de Kovacs")
    assert "spacy" in modules  # the model did run
    assert "Voici le retour de <PERSONNE>" in output
    assert not [m for m in modules if m.startswith("presidio")]
    assert "presidio" not in output.lower()
