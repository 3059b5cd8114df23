"""Issue 18 targets: the scoring rules of `ambassade bench synthesis`, and the bench itself."""

from __future__ import annotations

from typer.testing import CliRunner

from bot.bench import synthesis as bench
from bot.bench.synthesis_data import generate
from bot.bench.synthesis_eval import Score, score
from bot.cli import app
from bot.synthesis.model import Answer, Need, Side, Synthesis, Theme, Verbatim

TRUTH = {
    "themes": [{"key": "t1", "answer_ids": ["a1", "a2", "a3"]}],
    "minorities": [{"key": "m1", "answer_ids": ["a4", "a5"]}],
    "oppositions": [
        {"key": "o1", "sides": [{"answer_ids": ["a6", "a7"]}, {"answer_ids": ["a8", "a9"]}]}
    ],
    "unsupported_objectives": ["Objectif orphelin"],
    "unserved_needs": ["t1"],
}
ANSWERS = [Answer(f"a{n}", f"p{n}", "q", f"réponse numéro {n}") for n in range(1, 11)]


def _theme(label: str, ids: tuple[str, ...], **kwargs) -> Theme:  # type: ignore[no-untyped-def]
    quotes = tuple(Verbatim(i, f"réponse numéro {i[1:]}") for i in ids[:3])
    return Theme(label, kwargs.pop("kind", "convergence"), ids, ids, quotes, **kwargs)


def test_i18_bench_a_point_matches_the_planted_item_holding_most_of_its_answers() -> None:
    found = Synthesis(
        participants=10,
        themes=(
            _theme("T", ("a1", "a2", "a10")),  # 2 of 3 in t1: matches, one quote wrong
            _theme("M", ("a4", "a5"), kind="divergence", minority=True),
            Theme(
                "O",
                "divergence",
                ("p6", "p7", "p8", "p9"),
                ("a6", "a7", "a8", "a9"),
                sides=(
                    Side("x", ("p6", "p7"), ("a6", "a7")),
                    Side("y", ("p8", "p9"), ("a8", "a9")),
                ),
            ),
            _theme("Mix", ("a3", "a4")),  # half and half: matches nothing
        ),
        unserved_needs=(Need("T", ("a1", "a2", "a10")),),
        unsupported_objectives=("Objectif orphelin", "Objectif soutenu"),
    )
    result = score(found, ANSWERS, TRUTH)
    assert (result.themes_found, result.minorities_found, result.oppositions_found) == (1, 1, 1)
    assert (result.verbatims, result.verbatims_right) == (7, 4)
    assert result.spurious_points == 1 and result.unverifiable_shown == 0
    assert (result.unsupported_found, result.wrongly_unsupported) == (1, 1)
    assert result.unserved_found == 1
    # Each wrong quote is told: its point, what the point matches, what the answer belongs to.
    assert len(result.wrong) == 3
    assert result.wrong[0].startswith("convergence «T» (3 answers) ~ theme:t1 | a10 ∈ noise")
    assert sum("~ nothing" in line for line in result.wrong) == 2
    assert any("a4 ∈ minority:m1" in line for line in result.wrong)
    made_up = Theme("T", "convergence", ("p1",), ("a1",), (Verbatim("a1", "inventé"),))
    fake = Synthesis(participants=10, themes=(made_up,))
    assert score(fake, ANSWERS, TRUTH).unverifiable_shown == 1


def test_i18_bench_generated_answers_are_reproducible() -> None:
    first, second = generate(30, seed=5), generate(30, seed=5)
    assert first.answers == second.answers and first.truth == second.truth
    assert generate(30, seed=6).answers != first.answers
    assert len({a.participant for a in first.answers}) == 30


def test_i18_bench_quality_on_the_planted_sets_shows_no_unverifiable_quote() -> None:
    sessions = bench.planted_sessions()
    assert len(sessions) >= 3 and {s.language for s in sessions} == {"fr", "en"}
    results = bench.run_quality()
    total = results["ambassade"]["all"]
    assert total.themes > 0 and total.unverifiable_shown == 0
    assert results["baseline"]["all"].themes == total.themes


def test_i18_bench_cli_refuses_a_bad_part() -> None:
    result = CliRunner().invoke(app, ["bench", "synthesis", "--only", "vitesse"])
    assert result.exit_code == 2 and "speed" in result.stderr


def test_i18_bench_a_supported_objective_called_unsupported_fails_the_target() -> None:
    wrong = Score(unsupported=1, unsupported_found=1, wrongly_unsupported=1)
    rows = {
        name: (value, met)
        for name, value, met in bench.targets({"ambassade": {"all": wrong}}, None)
    }
    value, met = rows["every unsupported objective found, none wrongly"]
    assert value == "1/1 (+1)" and not met
    right = Score(unsupported=1, unsupported_found=1)
    rows = {name: met for name, _, met in bench.targets({"ambassade": {"all": right}}, None)}
    assert rows["every unsupported objective found, none wrongly"]
