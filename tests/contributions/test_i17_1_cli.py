"""Issue 17, items 1-3: `ambassade contributions add|list|import|approve|reject|suspects|level`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory

runner = CliRunner()


@pytest.fixture(autouse=True)
def client(settings: Settings, acme: ClientConfig, tmp_path: Path) -> None:
    ClientDirectory(settings.clients_dir).save(acme, overwrite=True)
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "platform,user_id,name,email\nslack,U1,Léa,lea@example.org\nslack,U2,Marc,\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["people", "import", str(roster), "--client", "acme"])
    assert result.exit_code == 0, result.output


def run(*args: str) -> tuple[int, str]:
    """The exit code and the output on one line (Rich wraps long lines)."""
    result = runner.invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def listed(*extra: str) -> list[dict]:
    code, output = run("contributions", "list", "--client", "acme", "--json", *extra)
    assert code == 0, output
    return json.loads(output)


def test_i17_1_add_and_list(tmp_path: Path) -> None:
    code, output = run(
        "contributions", "add", "--client", "acme", "--person", "slack:U1", "--kind", "avis",
        "--date", "2026-11-02", "--proof", "https://www.g2.com/acme?utm_source=x", "--json",
    )  # fmt: skip
    assert code == 0, output
    added = json.loads(output)
    assert (added["kind"], added["status"], added["points"]) == ("review", "approved", 20)
    assert added["proof_url"] == "https://g2.com/acme" and added["badges"] == ["first_contribution"]
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"png")
    code, output = run(
        "contributions", "add", "-c", "acme", "-p", "lea@example.org", "-k", "testimonial",
        "--proof", str(shot), "--pending", "--note", "vidéo",
    )  # fmt: skip
    assert code == 0, output
    assert "Contribution n° 2 enregistrée : Léa, Témoignage" in output
    assert "en attente de validation" in output
    rows = listed()
    assert [r["id"] for r in rows] == [2, 1]
    assert rows[0]["person"]["identities"] == ["slack:U1"] and rows[0]["proof_sha256"]
    assert [r["id"] for r in listed("--status", "pending")] == [2]
    assert listed("--person", "slack:U2") == []
    assert [r["id"] for r in listed("--kind", "review", "--until", "2026-11-30")] == [1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "tricot"], "Je ne connais pas le type « tricot ». Types possibles"),
        (["--kind", "review", "--date", "2099-01-01"], "La date 01/01/2099 est dans le futur"),
        (["--kind", "review", "--date", "31/02/2027"], "Date illisible « 31/02/2027 »"),
        (["--kind", "review", "--proof", "nothing-here.png"], "Preuve introuvable"),
    ],
)
def test_i17_1_add_refuses_bad_input(args: list[str], message: str) -> None:
    code, output = run("contributions", "add", "--client", "acme", "--person", "slack:U1", *args)
    assert code == 2 and message in output
    assert listed() == []


def test_i17_3_add_refuses_the_same_proof_twice_in_english() -> None:
    base = ["contributions", "add", "-c", "acme", "-k", "review", "--proof", "https://g2.com/a"]
    assert run(*base, "-p", "slack:U1")[0] == 0
    code, output = run("--lang", "en", *base[:-1], "http://www.g2.com/a/", "-p", "slack:U2")
    assert code == 2 and "This proof was already logged (contribution no. 1" in output
    code, output = run("--lang", "fr", "contributions", "add", "-c", "acme", "-k", "review",
                       "-p", "slack:U7")  # fmt: skip
    assert code == 2 and "Personne inconnue dans l'annuaire : slack:U7" in output


def history(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "history.csv"
    path.write_text("date,person,kind,proof,note\n" + body, encoding="utf-8")
    return path


def test_i17_1_import_all_or_nothing_then_skip_bad(tmp_path: Path) -> None:
    path = history(
        tmp_path,
        "2026-05-04,slack:U1,testimonial,https://acme.example/case,vidéo\n"
        "2026-05-05,slack:U2,tricot,,\n"
        "2026-05-06,lea@example.org,event,,salon\n",
    )
    code, output = run("contributions", "import", str(path), "--client", "acme")
    assert code == 2
    assert "ligne 3 : je ne connais pas le type « tricot »" in output
    assert "Rien n'a été importé" in output
    assert listed() == []
    code, output = run("contributions", "import", str(path), "-c", "acme", "--skip-bad", "--json")
    assert code == 0, output
    report = json.loads(output)
    assert (report["saved"], report["imported"], report["skipped"]) == (True, 2, 1)
    assert report["problems"][0]["line"] == 3
    assert {r["status"] for r in listed()} == {"approved"}


def test_i17_2_approve_reject_level_and_suspects() -> None:
    for kind in ("testimonial", "event"):
        code, output = run(
            "contributions", "add", "-c", "acme", "-p", "slack:U1", "-k", kind, "--pending"
        )
        assert code == 0, output
    code, output = run("contributions", "approve", "1", "--client", "acme")
    assert code == 0 and "Contribution n° 1 validée" in output
    assert "Léa obtient le badge « Premier témoignage »" in output
    code, output = run("contributions", "approve", "1", "--client", "acme")
    assert code == 2 and "La contribution n° 1 est déjà validée" in output
    code, output = run("contributions", "reject", "2", "-c", "acme", "--reason", "pas de preuve")
    assert code == 0 and "Contribution n° 2 refusée" in output
    assert [r["review_note"] for r in listed("--status", "rejected")] == ["pas de preuve"]
    code, output = run("contributions", "level", "-c", "acme", "-p", "slack:U2", "-l", "expert")
    assert code == 0 and "Marc : niveau Expert·e (avant : Membre)" in output
    code, output = run("contributions", "level", "-c", "acme", "-p", "slack:U2", "-l", "roi")
    assert code == 2 and "Je ne connais pas le niveau « roi »" in output
    code, output = run("contributions", "suspects", "--client", "acme", "--json")
    assert code == 0
    assert set(json.loads(output)) == {"since", "bursts", "duplicates", "pairs"}
