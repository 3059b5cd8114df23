"""Issue 18 item 1: `ambassade synthesis` on answer files (JSONL, CSV) and on a JE session."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from bot.store import Database
from bot.tenants import ClientConfig
from skills.workshop.repository import WorkshopRepository
from tests.synthesis import fixtures

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    get_settings.cache_clear()
    result = runner.invoke(app, list(args), env={"COLUMNS": "200", "AMBASSADE_LANG": "fr"})
    return result.exit_code, result.stdout, result.stderr


def test_i18_1_jsonl_answers_give_the_json_contract(tmp_path: Path, acme: ClientConfig) -> None:
    answers = fixtures.write_jsonl(tmp_path / "answers.jsonl")
    objectives = fixtures.write_objectives(tmp_path / "objectives.txt")
    code, out, err = run(
        "synthesis", "--client", "acme", "--answers", str(answers),
        "--objectives", str(objectives), "--format", "json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["participants"] == 10
    assert data["unsupported_objectives"] == ["Réduire l'empreinte carbone des livraisons"]
    assert any(len(t.get("sides", [])) == 2 for t in data["themes"])


def test_i18_1_csv_dialect_is_sniffed_and_markdown_is_the_default(
    tmp_path: Path, acme: ClientConfig
) -> None:
    for delimiter in (";", ",", "\t"):
        answers = fixtures.write_csv(tmp_path / "answers.csv", delimiter)
        code, out, err = run(
            "synthesis", "--client", "acme", "--answers", str(answers), "--lang", "en"
        )
        assert code == 0, err
        assert "Draft for discussion" in out and "Where participants converge" in out
        assert "No objectives" in err  # none given and no NOUS objectives yet


def _bad(tmp_path: Path, name: str, content: bytes, *args: str) -> tuple[int, str]:
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run("synthesis", "--client", "acme", "--answers", str(path), *args)
    return code, " ".join(err.split())


def test_i18_1_bad_files_get_a_localised_error_naming_the_line(
    tmp_path: Path, acme: ClientConfig
) -> None:
    good = '{"id": "a1", "participant": "p1", "question": "q", "answer": "Du temps"}\n'
    code, err = _bad(tmp_path, "a.jsonl", (good + "{pas du json\n").encode())
    assert code == 2 and "ligne 2" in err and "JSON invalide" in err
    code, err = _bad(tmp_path, "b.jsonl", (good + '{"id": "a2", "answer": "x"}\n').encode())
    assert code == 2 and "ligne 2" in err and "participant, question" in err
    code, err = _bad(tmp_path, "c.jsonl", (good + good).encode(), "--lang", "en")
    assert code == 2 and "line 2" in err and '"a1" already appears' in err
    code, err = _bad(tmp_path, "d.csv", b"id;participant;answer\na1;p1;ok\n")
    assert code == 2 and "ligne 1" in err and "question" in err
    code, err = _bad(
        tmp_path, "e.csv", "id,participant,question,answer\na1,p1,q,oui\n\xe9".encode("latin-1")
    )
    assert code == 2 and "ligne 3" in err and "UTF-8" in err
    code, err = _bad(tmp_path, "f.csv", b"id,participant,question,answer\na1,p1,q,ok\na2,p2,q\n")
    assert code == 2 and "ligne 3" in err and "3 cellules au lieu de 4" in err
    code, err = _bad(tmp_path, "g.xlsx", b"PK")
    assert code == 2 and ".jsonl ou .csv" in err
    code, err = _bad(tmp_path, "h.jsonl", b"\n\n")
    assert code == 2 and "aucune réponse" in err


def test_i18_1_bad_options_are_refused(tmp_path: Path, acme: ClientConfig) -> None:
    answers = str(fixtures.write_jsonl(tmp_path / "a.jsonl"))
    code, _, err = run("synthesis", "--client", "acme", "--answers", answers, "--format", "pdf")
    assert code == 2 and "md" in err
    code, _, err = run("synthesis", "--client", "acme")
    assert code == 2 and "--session" in err
    code, _, err = run("synthesis", "--client", "acme", "--answers", answers, "--session", "X")
    assert code == 2 and "pas les deux" in err
    code, _, err = run("synthesis", "--client", "nobody", "--answers", answers)
    assert code == 2 and "nobody" in err


def _je_session(names: dict[str, dict[str, object]]) -> str:
    get_settings.cache_clear()
    db = Database(get_settings().effective_database_url())
    db.migrate()
    repo = WorkshopRepository(db)
    session = repo.create_session(
        client="acme", flow="je", platform="console", channel_id="c", facilitator_id="hugo"
    )
    assert session.id is not None
    for user, given in names.items():
        person, _ = repo.join(session.id, "console", user, user.title(), None)
        assert person.id is not None
        for step, value in given.items():
            repo.record_answer(person.id, step, value, skipped=value is None)
    repo.close(
        repo.create_session(
            client="acme", flow="nous", platform="console", channel_id="c", facilitator_id="h"
        ).id,
        {"objectives": [{"value": "x", "label": "Libérer du temps pour les ambassadeurs"}]},
    )
    db.dispose()
    return session.code


def test_i18_1_a_je_session_is_read_through_the_workshop_repository(acme: ClientConfig) -> None:
    fears = ["Le manque de temps", "Je manque de temps", "Pas assez de temps", "Le temps"]
    code = _je_session(
        {
            f"user{n}": {
                "fears": fear,
                "needs": ["Rencontrer les autres ambassadeurs", "Des goodies"],
                "purpose_fit": 8 if n % 2 else 3,
                "time_available": "h1_3_month",
                "constraints": None,
                "named_in_synthesis": n == 0,
            }
            for n, fear in enumerate(fears)
        }
    )
    status, out, err = run(
        "synthesis", "--client", "acme", "--session", code.lower(), "--format", "json"
    )
    assert status == 0, err
    data = json.loads(out)
    assert data["participants"] == 4
    assert data["objectives"][0]["text"] == "Libérer du temps pour les ambassadeurs"
    assert data["objectives"][0]["supported_by"]  # the NOUS objective meets the fears
    questions = {d["question"]: d for d in data["distributions"]}
    assert questions["temps disponible"]["counts"] == [
        {"value": "1 à 3 heures par mois", "count": 4}
    ]
    skipped = {p["question"]: p["skipped"] for p in data["participation"]}
    assert skipped["contraintes"] == 4
    assert "citation nominative" not in questions  # consent is not a question to synthesise
    status, out, err = run("synthesis", "--client", "acme", "--session", code, "--names")
    assert status == 0, err
    assert "User0" in out  # names only on request
    status, out, err = run("synthesis", "--client", "acme", "--session", "all", "--format", "json")
    assert status == 0 and json.loads(out)["participants"] == 4  # every JE session
    status, _, err = run("synthesis", "--client", "acme", "--session", "ZZZZZ")
    assert status == 2 and code in err
