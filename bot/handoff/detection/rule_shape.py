"""The shape of a rules mapping (the file or a client's override): the keys each level may
have, and the checks every reader of it shares."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.handoff.detection.rule_parts import HandoffRulesError

TOP_KEYS = frozenset(
    {
        "version", "priority", "categories", "macros", "negation", "jokes", "idioms",
        "behaviour", "sensitive_topics", "helplines", "confirm_prompt", "disable",
        "concepts", "framings", "model", "softeners",
    }
)  # fmt: skip
CATEGORY_KEYS = frozenset({"description", "mild", "rules", "urgency", "enabled", "model_threshold"})
RULE_KEYS = frozenset(
    {
        "name", "lang", "patterns", "unless", "unless_scope", "urgency", "negatable",
        "cased", "danger", "borderline", "note", "min_matches", "concepts",
        "concepts_scope", "keep_category",
    }
)  # fmt: skip
NEGATION_KEYS = frozenset({"window_chars", "cues", "prefix_cues", "not_cues"})
BEHAVIOUR_KEYS = frozenset({"category", "max_consecutive_unanswered", "min_support_on_sensitive"})


def check_mapping(value: Any, source: str, where: str, allowed: frozenset[str]) -> None:
    if not isinstance(value, Mapping):
        raise HandoffRulesError(source, where, "must be a mapping")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise HandoffRulesError(source, where, f"unknown key(s): {', '.join(unknown)}")


def tag_rules(raw: dict[str, Any], source: str) -> None:
    """Remember where each rule came from, so errors found later still name the file."""
    categories = raw.get("categories") or {}
    if not isinstance(categories, Mapping):
        raise HandoffRulesError(source, "categories", "must be a mapping")
    for cat_name, cat in categories.items():
        check_mapping(cat, source, f"categories.{cat_name}", CATEGORY_KEYS)
        rules = cat.get("rules") or []
        if not isinstance(rules, list):
            raise HandoffRulesError(source, f"categories.{cat_name}.rules", "must be a list")
        for index, rule in enumerate(rules):
            where = f"categories.{cat_name}.rules[{index}]"
            if not isinstance(rule, dict):
                raise HandoffRulesError(source, where, "must be a mapping")
            rule["__source__"] = source


def string_list(value: Any, source: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise HandoffRulesError(source, where, "must be a list of strings")
    return list(value)
