"""The handoff rules: the defaults (`handoff_rules.yaml`) merged with a client's overrides,
checked and compiled into `HandoffRules`.

The rules are data (`bot/handoff/detection/handoff_rules.yaml`). A client override is a dict of
the same shape that can add or replace rules by name, disable rules, extend the global
lists and change thresholds. Every problem raises `HandoffRulesError` naming the source
file, the rule and what is wrong. The steps live beside this module: `rule_shape` (allowed
keys), `rule_merge` (overrides), `rule_compile` (one rule), `rule_parts` (what it compiles to).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.handoff.detection.model_settings import (
    MODEL_KEYS,
    ModelSettings,
    ModelSettingsError,
    parse_model_settings,
)
from bot.handoff.detection.rule_compile import (
    compile_concepts,
    compile_macros,
    compile_rule,
    union,
)
from bot.handoff.detection.rule_merge import merge_overrides
from bot.handoff.detection.rule_parts import (
    URGENCIES,
    BehaviourThresholds,
    Category,
    HandoffRulesError,
    Negation,
    Rule,
)
from bot.handoff.detection.rule_shape import (
    BEHAVIOUR_KEYS,
    NEGATION_KEYS,
    TOP_KEYS,
    check_mapping,
    string_list,
    tag_rules,
)

__all__ = ["DEFAULT_RULES_PATH", "HandoffRules", "HandoffRulesError"]

DEFAULT_RULES_PATH = Path(__file__).resolve().parent / "handoff_rules.yaml"


@dataclass(frozen=True, slots=True)
class HandoffRules:
    categories: tuple[Category, ...]  # in priority order
    negation: Negation
    jokes: re.Pattern[str]
    idioms: re.Pattern[str] | None
    behaviour: BehaviourThresholds
    sensitive_topics: re.Pattern[str] | None
    helplines: Mapping[str, str]
    confirm_prompt: str
    sources: tuple[str, ...] = field(default=())
    # Hypothetical, fictional or topical framing ("si jamais", "dans la série", "une
    # formation sur"): a match in such a sentence is not about the writer, unless danger.
    framings: re.Pattern[str] | None = None
    model: ModelSettings = field(default_factory=ModelSettings)
    # Softened wording ("un peu", "a bit"): the model needs `after_veto` to hand a message
    # off in a mild category (mild annoyance around a question is not anger).
    softeners: re.Pattern[str] | None = None
    # Categories switched off (by a client): their rules are gone and the model ignores them.
    disabled_categories: frozenset[str] = frozenset()

    @property
    def priority(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.categories)

    def rule(self, name: str) -> Rule | None:
        return next((r for c in self.categories for r in c.rules if r.name == name), None)

    def helpline(self, language: str) -> str:
        return self.helplines.get(language) or self.helplines.get("fr") or ""

    @classmethod
    def load(
        cls,
        default_path: Path | str | None = None,
        overrides: Mapping[str, Any] | None = None,
        *,
        overrides_source: str = "client overrides",
    ) -> HandoffRules:
        path = Path(default_path) if default_path else DEFAULT_RULES_PATH
        source = str(path)
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise HandoffRulesError(source, "file", f"cannot be read ({exc})") from None
        except yaml.YAMLError as exc:
            raise HandoffRulesError(source, "file", f"is not valid YAML ({exc})") from None
        check_mapping(raw, source, "top level", TOP_KEYS)
        tag_rules(raw, source)
        sources = [source]
        if overrides:
            check_mapping(overrides, overrides_source, "top level", TOP_KEYS)
            raw = merge_overrides(raw, copy.deepcopy(dict(overrides)), overrides_source)
            sources.append(overrides_source)
        return _compile(raw, source, tuple(sources))


def _compile(raw: Mapping[str, Any], source: str, sources: tuple[str, ...]) -> HandoffRules:
    macros = compile_macros(raw.get("macros") or {}, source)
    concepts = compile_concepts(raw.get("concepts"), source)
    raw_categories = raw.get("categories") or {}
    priority = raw.get("priority") or []
    if not isinstance(priority, list) or set(priority) != set(raw_categories):
        raise HandoffRulesError(
            source, "priority", "must list every category exactly once, in order"
        )
    seen: dict[str, str] = {}
    categories = []
    disabled: set[str] = set()
    for cat_name in priority:
        cat = raw_categories[cat_name]
        enabled = cat.get("enabled", True)
        urgency = cat.get("urgency", "normal")
        if not isinstance(enabled, bool):
            raise HandoffRulesError(
                source, f"categories.{cat_name}", "'enabled' must be true or false"
            )
        if urgency not in URGENCIES:
            raise HandoffRulesError(
                source, f"categories.{cat_name}", f"'urgency' must be one of {', '.join(URGENCIES)}"
            )
        threshold = cat.get("model_threshold")
        if threshold is not None and (
            isinstance(threshold, bool)
            or not isinstance(threshold, int | float)
            or not 0 <= threshold <= 1
        ):
            raise HandoffRulesError(
                source, f"categories.{cat_name}", "'model_threshold' must be between 0 and 1"
            )
        if not enabled:
            disabled.add(cat_name)
            continue
        rules = []
        for index, raw_rule in enumerate(cat.get("rules") or []):
            rule = compile_rule(raw_rule, cat_name, index, macros, concepts)
            if rule.name in seen:
                raise HandoffRulesError(
                    rule.source,
                    f"rule '{rule.name}'",
                    f"duplicate name (also in {seen[rule.name]})",
                )
            seen[rule.name] = cat_name
            rules.append(rule)
        categories.append(
            Category(
                cat_name,
                bool(cat.get("mild", False)),
                tuple(rules),
                cat.get("description", ""),
                urgency,
                None if threshold is None else float(threshold),
            )
        )
    negation = raw.get("negation") or {}
    check_mapping(negation, source, "negation", NEGATION_KEYS)
    cues = union(
        string_list(negation.get("cues") or [], source, "negation.cues"), source, "negation.cues"
    )
    if cues is None:
        raise HandoffRulesError(source, "negation.cues", "must not be empty")
    jokes = union(string_list(raw.get("jokes") or [], source, "jokes"), source, "jokes")
    if jokes is None:
        raise HandoffRulesError(source, "jokes", "must not be empty")
    behaviour = raw.get("behaviour") or {}
    check_mapping(behaviour, source, "behaviour", BEHAVIOUR_KEYS)
    helplines = raw.get("helplines") or {}
    if not isinstance(helplines, Mapping) or "fr" not in helplines:
        raise HandoffRulesError(source, "helplines", "needs at least a 'fr' text")
    try:
        thresholds = BehaviourThresholds(
            category=str(behaviour.get("category", "behaviour")),
            max_consecutive_unanswered=int(behaviour.get("max_consecutive_unanswered", 2)),
            min_support_on_sensitive=float(behaviour.get("min_support_on_sensitive", 0.4)),
        )
        window = int(negation.get("window_chars", 40))
    except (TypeError, ValueError) as exc:
        raise HandoffRulesError(source, "behaviour/negation", f"bad number ({exc})") from None
    return HandoffRules(
        categories=tuple(categories),
        negation=Negation(
            window_chars=window,
            cues=cues,
            prefix_cues=union(
                string_list(negation.get("prefix_cues") or [], source, "negation.prefix_cues"),
                source,
                "negation.prefix_cues",
            ),
            not_cues=union(
                string_list(negation.get("not_cues") or [], source, "negation.not_cues"),
                source,
                "negation.not_cues",
            ),
        ),
        jokes=jokes,
        idioms=union(string_list(raw.get("idioms") or [], source, "idioms"), source, "idioms"),
        behaviour=thresholds,
        sensitive_topics=union(
            string_list(raw.get("sensitive_topics") or [], source, "sensitive_topics"),
            source,
            "sensitive_topics",
        ),
        helplines=dict(helplines),
        confirm_prompt=str(raw.get("confirm_prompt") or ""),
        sources=sources,
        framings=union(
            string_list(raw.get("framings") or [], source, "framings"), source, "framings"
        ),
        model=_model_settings(raw.get("model"), source),
        softeners=union(
            string_list(raw.get("softeners") or [], source, "softeners"), source, "softeners"
        ),
        disabled_categories=frozenset(disabled),
    )


def _model_settings(raw: Any, source: str) -> ModelSettings:
    if raw is not None:
        check_mapping(raw, source, "model", MODEL_KEYS)
    try:
        return parse_model_settings(raw)
    except ModelSettingsError as exc:
        raise HandoffRulesError(source, exc.where, exc.problem) from None
