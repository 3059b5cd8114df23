"""Issue 18 item 6: `ambassade personas` on an answers file and on the client's JE workshops,
and the stored versions from the shell."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from bot.store import Database
from bot.tenants import ClientConfig
from tests.e2e.synthesis_support import JE_ANSWERS
from tests.personas.planted import answers, planted_groups
from tests.synthesis_chat.support import run_je

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    get_settings.cache_clear()
    result = runner.invoke(app, list(args), env={"COLUMNS": "200", "AMBASSADE_LANG": "fr"})
    return result.exit_code, result.stdout, result.stderr


def _jsonl(path: Path, people: set[str] | None = None) -> Path:
    lines = []
    for a in answers("en"):
        if people is None or a.participant in people:
            who = f"Person {a.participant}"  # a name: shown as P1, P2… only
            record = {"id": a.id, "participant": who, "question": a.question, "answer": a.text}
            lines.append(json.dumps(record | {"kind": a.kind}, ensure_ascii=False))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_i18_6_cli_answers_file_gives_json_personas(tmp_path: Path, acme: ClientConfig):
    code, out, err = run(
        "personas", "--client", "acme", "--answers", str(_jsonl(tmp_path / "a.jsonl")),
        "--format", "json", "--lang", "en", "--offline",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["participants"] == 15 and len(data["personas"]) == 3
    sizes = sorted(p["participants_count"] for p in data["personas"])
    assert sizes == sorted(len(g) for g in planted_groups().values())
    for persona in data["personas"]:
        assert 2 <= len(persona["verbatims"]) <= 4 and persona["label"]
        assert all(p.startswith("P") for p in persona["participants"])
    assert "Person" not in out
    assert data["caveat"].startswith("Drafts for discussion")


def test_i18_6_cli_refuses_below_five_and_bad_options(tmp_path: Path, acme: ClientConfig):
    few = _jsonl(tmp_path / "few.jsonl", {"P1", "P2", "P6", "P7"})
    code, _, err = run("personas", "--client", "acme", "--answers", str(few), "--offline")
    assert code != 0
    assert "au moins 5 participants pour qu'un persona ne décrive pas une seule" in err
    code, _, err = run("personas", "--client", "acme", "--answers", str(few), "--format", "pdf")
    assert code != 0 and "Format inconnu « pdf » : md ou json." in err
    code, _, err = run("personas", "--client", "acme", "--validate")
    assert code != 0 and "pas de brouillon à valider" in err


def test_i18_6_cli_workshops_save_validate_publish(
    tmp_path: Path, acme: ClientConfig, settings
) -> None:
    db = Database(settings.effective_database_url())
    db.migrate()
    people = {u: {"needs": [a[1]], "fears": a[-2]} for u, a in JE_ANSWERS.items()}
    try:
        code_je = run_je(db, people)
    finally:
        db.dispose()
    code, out, err = run("personas", "--client", "acme", "--offline", "--save")
    assert code == 0, err
    assert "# Personas — acme · 8 participant(s)" in out and code_je in out
    assert "Enregistré : version 1 (brouillon) des personas de acme." in err
    code, out, err = run("personas", "--client", "acme", "--validate", "--publish")
    assert code == 0, err
    assert "Version 1 validée par cli" in out and "Version 1 publiée" in out
    code, out, _ = run("personas", "--client", "acme", "--history")
    assert out.startswith("1\tpublié\t")
    code, _, err = run("personas", "--client", "acme", "--session", "ZZZZZ")
    assert code != 0 and f"Ateliers JE connus : {code_je}." in err
