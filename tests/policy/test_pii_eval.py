"""The development set `shared/eval/pii.jsonl`: the issue's targets, and the scorer itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.bench.pii import (
    EXACT_TYPES,
    VOLTA_TERMS,
    Example,
    client_for_set,
    load_examples,
    our_predictor,
    run_bench,
    score,
)
from bot.policy.pii.entities import Entity, EntityType
from tests.shared_sets import shared_path


@pytest.fixture(scope="module")
def eval_path() -> Path:
    return shared_path("eval/pii.jsonl")


def test_targets_on_the_development_set(eval_path: Path) -> None:
    result = score("ambassade", load_examples(eval_path), our_predictor())
    recall = {t: result.per_type[t].recall for t in EntityType}
    for entity_type in EXACT_TYPES:
        assert recall[entity_type] == 1.0, entity_type
    assert recall[EntityType.PERSON] >= 0.95
    assert recall[EntityType.CONFIDENTIAL_TERM] >= 0.95
    assert recall[EntityType.ADDRESS] >= 0.85
    assert result.clean_messages == 15
    assert result.false_alarms <= 1


def test_scorer_counts_non_whitespace_characters_of_the_same_type() -> None:
    text = "Karim Benali 06 12"
    gold = (
        Entity(EntityType.PERSON, 0, 12, "Karim Benali"),
        Entity(EntityType.PHONE, 13, 18, "06 12"),
    )
    examples = [Example("a", text, gold), Example("b", "rien", ())]

    def predict(message: str) -> list[Entity]:
        if message != text:
            return [Entity(EntityType.PERSON, 0, 4, "rien")]
        return [
            Entity(EntityType.PERSON, 0, 5, "Karim"),
            Entity(EntityType.ADDRESS, 13, 18, "06 12"),
        ]

    result = score("fake", examples, predict)
    person = result.per_type[EntityType.PERSON]
    assert (person.gold_chars, person.correct_chars, person.found_entities) == (11, 5, 0)
    assert result.per_type[EntityType.PHONE].recall == 0
    assert result.per_type[EntityType.ADDRESS].precision == 0
    assert (result.false_alarms, result.clean_messages) == (1, 1)
    assert len(result.misses) == 2


HOLDOUT = Path(__file__).parent / "data" / "pii_holdout.jsonl"


def test_holdout_set_is_well_formed_and_has_its_client() -> None:
    examples = load_examples(HOLDOUT)
    assert len(examples) >= 60
    assert sum(not example.entities for example in examples) >= 15
    for example in examples:
        for entity in example.entities:
            assert example.text[entity.start : entity.end] == entity.value
    client = client_for_set(HOLDOUT)
    assert [getattr(t, "term", t) for t in client.confidential_terms] == [
        "Opération Tandem",
        "1,8 M€",
    ]
    assert "Alizé" in client.not_persons


@pytest.mark.parametrize("name", ["pii_holdout.jsonl", "pii_holdout_b.jsonl"])
def test_targets_on_the_holdout_sets(name: str) -> None:
    report = run_bench(HOLDOUT.with_name(name), with_baseline=False)
    result = report.ours
    for entity_type in EXACT_TYPES:
        assert result.per_type[entity_type].recall == 1.0, entity_type
    assert result.per_type[EntityType.PERSON].recall >= 0.95
    assert result.per_type[EntityType.CONFIDENTIAL_TERM].recall >= 0.95
    assert result.per_type[EntityType.ADDRESS].recall >= 0.85
    assert result.false_alarms <= 1


def test_a_set_without_client_file_uses_the_development_client(tmp_path: Path) -> None:
    data = tmp_path / "other.jsonl"
    data.write_text('{"id": "a", "text": "le Projet Houblon", "entities": []}\n', "utf-8")
    assert client_for_set(data).confidential_terms == VOLTA_TERMS
    assert run_bench(data, with_baseline=False).ours.false_alarms == 1
    assert run_bench(data, terms=(), with_baseline=False).ours.false_alarms == 0
