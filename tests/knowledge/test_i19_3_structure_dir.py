"""Issue 19 item 3: `bench retrieval --only structure --structure-dir` measures another set
of the same shape, and tells plainly a folder that is not one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.bench.structure_set import StructureSetError, load_structure_set, load_unanswerable
from bot.cli import app

runner = CliRunner()

DOC = """# Programme Lucioles

## Avantages

Chaque ambassadeur Lucioles reçoit les avantages suivants :

- une gourde isotherme gravée à son nom
- deux invitations aux soirées de lancement

## Résiliation

Vous pouvez quitter le programme à tout moment en écrivant à l'équipe, sans préavis.
"""


def _question(n: int, **changes: object) -> dict:
    return {
        "id": f"q{n}",
        "question": "Quels avantages reçoit un ambassadeur Lucioles ?",
        "gold_doc": "lucioles.md",
        "gold_section": "Avantages",
        "unit": "list",
        "gold": ["reçoit les avantages suivants", "une gourde isotherme gravée à son nom"],
        "lang": "fr",
        **changes,
    }


def _set(root: Path, lines: list[str]) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "lucioles.md").write_text(DOC, encoding="utf-8")
    (root / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _bench(folder: Path, lang: str = "fr") -> tuple[int, str]:
    result = runner.invoke(
        app,
        ["bench", "retrieval", "--only", "structure", "--structure-dir", str(folder)],
        env={"AMBASSADE_LANG": lang, "COLUMNS": "200"},
    )
    return result.exit_code, result.output


def test_i19_3_structure_dir_measures_the_given_set(tmp_path: Path) -> None:
    folder = _set(
        tmp_path / "set",
        [
            json.dumps(_question(1)),
            json.dumps(
                _question(
                    2,
                    question="Puis-je quitter le programme Lucioles quand je veux ?",
                    gold_section="Résiliation",
                    unit="paragraph",
                    gold=["quitter le programme à tout moment"],
                )
            ),
        ],
    )
    code, output = _bench(folder)
    assert code == 0, output
    flat = " ".join(output.split())
    assert f"Structure set {folder} — 2 questions" in flat
    assert "whole gold unit in the extractive answer 1.000" in flat


@pytest.mark.parametrize(
    ("lines", "fr", "en"),
    [
        (["{pas du json"], "ligne 1 : JSON illisible", "line 1: unreadable JSON"),
        (
            [json.dumps(_question(1)), json.dumps({"id": "q2", "question": "?"})],
            "ligne 2 : champs manquants : gold_doc, gold_section, unit, gold",
            "line 2: missing fields: gold_doc, gold_section, unit, gold",
        ),
        ([json.dumps(_question(1, gold=[]))], "« gold » doit être", '"gold" must be'),
        (
            [json.dumps(_question(1, gold_doc="absent.pdf"))],
            "le document « absent.pdf » n'est pas dans docs/",
            'the document "absent.pdf" is not in docs/',
        ),
        ([""], "ne contient aucune question", "holds no question"),
    ],
)
def test_i19_3_structure_dir_malformed_is_told_in_the_cli_language(
    tmp_path: Path, lines: list[str], fr: str, en: str
) -> None:
    folder = _set(tmp_path / "set", lines)
    for lang, expected in (("fr", fr), ("en", en)):
        code, output = _bench(folder, lang)
        assert code == 2
        assert expected in " ".join(output.split())


def test_i19_3_structure_dir_missing_parts(tmp_path: Path) -> None:
    code, output = _bench(tmp_path / "absent")
    assert code == 2 and "n'existe pas ou n'est pas un dossier" in " ".join(output.split())
    (tmp_path / "empty" / "docs").mkdir(parents=True)
    with pytest.raises(StructureSetError) as no_docs:
        load_structure_set(tmp_path / "empty")
    assert no_docs.value.key == "no_docs"
    (tmp_path / "empty" / "docs" / "a.txt").write_text("Texte.", encoding="utf-8")
    with pytest.raises(StructureSetError) as no_questions:
        load_structure_set(tmp_path / "empty")
    assert no_questions.value.key == "no_questions"
    code, output = _bench(tmp_path / "empty", "en")
    assert code == 2 and "questions.jsonl is missing" in " ".join(output.split())


@pytest.mark.parametrize("name", ["set", "set_heldout"])
def test_i19_7_unanswerable_questions_are_counted_when_abstained(tmp_path: Path, name: str) -> None:
    folder = _set(tmp_path / name, [json.dumps(_question(1))])
    unanswerable = [
        {"id": "u1", "question": "Quel est le code wifi du local Lucioles ?", "lang": "fr"},
        {"id": "u2", "question": "Quels avantages reçoit un ambassadeur Lucioles ?"},
    ]
    (folder / "unanswerable.jsonl").write_text(
        "\n".join(json.dumps(q) for q in unanswerable) + "\n", encoding="utf-8"
    )
    code, output = _bench(folder)
    assert code == 0, output
    # The second one is in fact answered by the document: the bench names it, but for a
    # held-out set, whose items are measured and never read.
    told = " ".join(output.split())
    if name == "set":
        assert "unanswerable abstained 1/2 (answered: u2)" in told
    else:
        assert "unanswerable abstained 1/2" in told and "u2" not in told


def test_i19_7_a_set_without_unanswerable_questions_says_nothing_of_them(tmp_path: Path) -> None:
    folder = _set(tmp_path / "set", [json.dumps(_question(1))])
    assert load_unanswerable(folder) == []
    code, output = _bench(folder)
    assert code == 0 and "unanswerable" not in output


def test_i19_7_a_malformed_unanswerable_file_is_told(tmp_path: Path) -> None:
    folder = _set(tmp_path / "set", [json.dumps(_question(1))])
    (folder / "unanswerable.jsonl").write_text('{"id": "u1"}\n', encoding="utf-8")
    code, output = _bench(folder, "en")
    assert code == 2 and "line 1: missing fields: question" in " ".join(output.split())


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "--only attend l'une de ces parties : cnil, piaf, qa, en-over-fr, fr-over-en"),
        ("en", "--only takes one of these parts: cnil, piaf, qa, en-over-fr, fr-over-en"),
    ],
)
def test_i19_an_unknown_bench_part_is_told_in_the_cli_language(lang: str, expected: str) -> None:
    result = runner.invoke(
        app,
        ["bench", "retrieval", "--only", "fr-en"],
        env={"AMBASSADE_LANG": lang, "COLUMNS": "200"},
    )
    said = " ".join(result.output.split())
    assert result.exit_code == 2
    assert expected in said and "fr-en" in said.rsplit(":", 1)[-1]
