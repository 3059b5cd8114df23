"""A client's override merged into the default rules, before anything is compiled.

An override can add or replace rules by name, disable rules, extend the global lists and
change thresholds; a category it adds comes after the default ones unless it reorders them.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from bot.handoff.detection.rule_parts import HandoffRulesError
from bot.handoff.detection.rule_shape import NEGATION_KEYS, check_mapping, string_list, tag_rules


def merge_overrides(base: dict[str, Any], extra: dict[str, Any], source: str) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    tag_rules(extra, source)
    for key in ("macros", "behaviour", "helplines", "model"):
        if key in extra:
            if not isinstance(extra[key], Mapping):
                raise HandoffRulesError(source, key, "must be a mapping")
            merged[key] = {**(merged.get(key) or {}), **extra[key]}
    for key in ("jokes", "idioms", "sensitive_topics", "framings", "softeners"):
        if key in extra:
            merged[key] = list(merged.get(key) or []) + string_list(extra[key], source, key)
    if "negation" in extra:
        neg = extra["negation"]
        check_mapping(neg, source, "negation", NEGATION_KEYS)
        target = merged.setdefault("negation", {})
        for key in ("cues", "prefix_cues", "not_cues"):
            if key in neg:
                target[key] = list(target.get(key) or []) + string_list(
                    neg[key], source, f"negation.{key}"
                )
        if "window_chars" in neg:
            target["window_chars"] = neg["window_chars"]
    if "concepts" in extra:
        concepts = extra["concepts"]
        if not isinstance(concepts, Mapping):
            raise HandoffRulesError(source, "concepts", "must be a mapping")
        target = merged.setdefault("concepts", {})
        for name, words in concepts.items():
            target[name] = list(target.get(name) or []) + string_list(
                words, source, f"concepts.{name}"
            )
    for key in ("priority", "confirm_prompt"):
        if key in extra:
            merged[key] = extra[key]
    for cat_name, cat in (extra.get("categories") or {}).items():
        target = merged.setdefault("categories", {}).setdefault(cat_name, {"rules": []})
        for key in ("mild", "description", "urgency", "enabled", "model_threshold"):
            if key in cat:
                target[key] = cat[key]
        rules = target.setdefault("rules", [])
        for rule in cat.get("rules") or []:
            position = next(
                (i for i, r in enumerate(rules) if r.get("name") == rule.get("name")), None
            )
            if position is None:
                rules.append(rule)
            else:
                rules[position] = rule
    if "priority" not in extra:
        # A category a client adds comes after the default ones unless it reorders them.
        priority = list(merged.get("priority") or [])
        merged["priority"] = priority + [
            name for name in merged.get("categories", {}) if name not in priority
        ]
    disabled = string_list(extra.get("disable") or [], source, "disable")
    known = {r.get("name") for c in merged.get("categories", {}).values() for r in c["rules"]}
    for name in disabled:
        if name not in known:
            raise HandoffRulesError(source, f"disable '{name}'", "no rule has this name")
    for cat in merged.get("categories", {}).values():
        cat["rules"] = [r for r in cat["rules"] if r.get("name") not in disabled]
    return merged
