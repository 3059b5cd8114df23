"""Loading, merging and validating the handoff rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.handoff.detection import (
    DEFAULT_RULES_PATH,
    HandoffClassifier,
    HandoffRules,
    HandoffRulesError,
)

CATEGORIES = {
    "explicit_request",
    "distress",
    "anger",
    "legal",
    "privacy_request",
    "crisis",
    "harassment",
    "strategic",
    "technical",
}


def test_default_rules_load_with_every_category_and_the_priority_order() -> None:
    rules = HandoffRules.load()
    assert set(rules.priority) == CATEGORIES
    assert rules.priority.index("crisis") < rules.priority.index("legal")
    assert rules.priority.index("distress") < rules.priority.index("anger")
    assert rules.priority.index("anger") < rules.priority.index("explicit_request")
    assert all(category.rules for category in rules.categories)
    assert any(rule.danger for rule in rules.categories[rules.priority.index("distress")].rules)
    assert rules.behaviour.max_consecutive_unanswered == 2
    assert str(DEFAULT_RULES_PATH) in rules.sources


def test_override_adds_a_rule_for_one_client() -> None:
    overrides = {
        "categories": {
            "legal": {
                "rules": [
                    {
                        "name": "franchise_contract",
                        "lang": ["fr"],
                        "urgency": "high",
                        "patterns": [r"\bcontrat de franchise\b"],
                    }
                ]
            }
        }
    }
    classifier = HandoffClassifier(HandoffRules.load(overrides=overrides))
    verdict = classifier.classify("Une question sur mon contrat de franchise")
    assert verdict.category == "legal" and verdict.rule == "franchise_contract"
    plain = HandoffClassifier(HandoffRules.load(), model=None)
    assert not plain.classify("Une question sur mon contrat de franchise").handoff


def test_override_disables_a_rule_and_extends_idioms() -> None:
    text = "Je veux un humain"
    assert HandoffClassifier(HandoffRules.load()).classify(text).handoff
    rules = HandoffRules.load(overrides={"disable": ["ask_for_person"]})
    assert rules.rule("ask_for_person") is None
    idiom = HandoffRules.load(overrides={"idioms": [r"\bun humain\b"]})
    assert not HandoffClassifier(idiom, model=None).classify(text).handoff


def test_override_replaces_a_rule_with_the_same_name() -> None:
    replacement = {"name": "lawyer", "patterns": [r"\bnotaire\b"], "urgency": "low"}
    rules = HandoffRules.load(overrides={"categories": {"legal": {"rules": [replacement]}}})
    lawyer = rules.rule("lawyer")
    assert lawyer is not None and lawyer.urgency == "low"
    assert not HandoffClassifier(rules, model=None).classify("J'ai appelé mon avocat").handoff


def test_override_changes_thresholds_and_helplines() -> None:
    rules = HandoffRules.load(
        overrides={"behaviour": {"max_consecutive_unanswered": 3}, "helplines": {"en": "Call 3114"}}
    )
    assert rules.behaviour.max_consecutive_unanswered == 3
    assert rules.helpline("en") == "Call 3114"
    assert "3114" in rules.helpline("fr")


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ({"name": "bad_regex", "patterns": ["(unclosed"]}, "invalid regex"),
        ({"name": "bad_urgency", "patterns": ["x"], "urgency": "urgent"}, "'urgency'"),
        ({"name": "no_patterns", "patterns": []}, "'patterns'"),
        ({"name": "bad_lang", "patterns": ["x"], "lang": ["de"]}, "'lang'"),
        ({"name": "typo_key", "patterns": ["x"], "unles": ["y"]}, "unknown key"),
        ({"name": "bad_macro", "patterns": ["{{nowhere}}"]}, "unknown macro"),
        ({"name": "bad_flag", "patterns": ["x"], "danger": "yes"}, "'danger'"),
    ],
)
def test_malformed_override_names_the_source_and_the_rule(rule: dict, problem: str) -> None:
    overrides = {"categories": {"anger": {"rules": [rule]}}}
    with pytest.raises(HandoffRulesError) as caught:
        HandoffRules.load(overrides=overrides, overrides_source="clients/acme.yaml")
    message = str(caught.value)
    assert "clients/acme.yaml" in message
    assert f"rule '{rule['name']}'" in message
    assert problem in message


def test_duplicate_rule_name_in_another_category_is_refused() -> None:
    overrides = {"categories": {"anger": {"rules": [{"name": "lawyer", "patterns": ["x"]}]}}}
    with pytest.raises(HandoffRulesError, match="duplicate name"):
        HandoffRules.load(overrides=overrides, overrides_source="acme")


def test_disabling_an_unknown_rule_is_an_error() -> None:
    with pytest.raises(HandoffRulesError, match="no_such_rule"):
        HandoffRules.load(overrides={"disable": ["no_such_rule"]})


def test_unknown_top_level_key_is_an_error() -> None:
    with pytest.raises(HandoffRulesError, match="unknown key"):
        HandoffRules.load(overrides={"categorys": {}})


def test_i15_5_a_client_category_comes_after_the_defaults_unless_placed() -> None:
    extra = {"categories": {"billing": {"rules": [{"name": "invoice", "patterns": ["facture"]}]}}}
    rules = HandoffRules.load(overrides=extra)
    assert rules.priority[-1] == "billing"
    assert HandoffClassifier(rules, model=None).classify("ma facture").category == "billing"
    placed = ["billing", *HandoffRules.load().priority]
    assert HandoffRules.load(overrides={**extra, "priority": placed}).priority[0] == "billing"
    with pytest.raises(HandoffRulesError, match="priority"):
        HandoffRules.load(overrides={**extra, "priority": list(HandoffRules.load().priority)})


def test_broken_default_file_is_reported_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("categories: [", encoding="utf-8")
    with pytest.raises(HandoffRulesError, match=str(path)):
        HandoffRules.load(path)
    with pytest.raises(HandoffRulesError, match="cannot be read"):
        HandoffRules.load(tmp_path / "missing.yaml")
