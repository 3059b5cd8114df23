"""Load, merge, validate and compile the handoff rules (defaults + per-client overrides).

The rules are data (`bot/handoff/detection/handoff_rules.yaml`). A client override is a dict of
the same shape that can add or replace rules by name, disable rules, extend the global
lists and change thresholds. Every problem raises `HandoffRulesError` naming the source
file, the rule and what is wrong.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from bot.handoff.detection.concepts import Concept, compile_concept
from bot.handoff.detection.model_settings import (
    MODEL_KEYS,
    ModelSettings,
    ModelSettingsError,
    parse_model_settings,
)

DEFAULT_RULES_PATH = Path(__file__).resolve().parent / "handoff_rules.yaml"
URGENCIES: tuple[str, ...] = ("low", "normal", "high", "critical")
LANGUAGES: frozenset[str] = frozenset({"fr", "en"})
_MACRO = re.compile(r"\{\{(\w+)\}\}")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_KEYS = frozenset(
    {
        "version", "priority", "categories", "macros", "negation", "jokes", "idioms",
        "behaviour", "sensitive_topics", "helplines", "confirm_prompt", "disable",
        "concepts", "framings", "model", "softeners",
    }
)  # fmt: skip
_CATEGORY_KEYS = frozenset(
    {"description", "mild", "rules", "urgency", "enabled", "model_threshold"}
)
_RULE_KEYS = frozenset(
    {
        "name", "lang", "patterns", "unless", "unless_scope", "urgency", "negatable",
        "cased", "danger", "borderline", "note", "min_matches", "concepts",
    }
)  # fmt: skip
_NEGATION_KEYS = frozenset({"window_chars", "cues", "prefix_cues", "not_cues"})
_BEHAVIOUR_KEYS = frozenset({"category", "max_consecutive_unanswered", "min_support_on_sensitive"})

Scope = Literal["message", "sentence"]


class HandoffRulesError(ValueError):
    """A rules file or override is invalid; the message names the source and the rule."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        self.source, self.where, self.problem = source, where, problem
        super().__init__(f"{source}: {where}: {problem}")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    category: str
    languages: frozenset[str]
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    unless_scope: Scope
    urgency: str
    negatable: bool
    cased: bool
    danger: bool
    borderline: bool
    source: str
    # Weak-signal rules fire only when this many distinct patterns match (one is not enough).
    min_matches: int = 1
    parts: tuple[re.Pattern[str], ...] = ()
    # Concept rules: every concept (or chain "a+b") must occur in one sentence; then
    # `pattern` is unused.
    concepts: tuple[tuple[Concept, ...], ...] = ()

    @property
    def rank(self) -> int:
        return URGENCIES.index(self.urgency)


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    mild: bool  # joke markers downgrade any of its rules
    rules: tuple[Rule, ...]
    description: str = ""
    urgency: str = "normal"  # of a verdict the learned model gives in this category
    # The score the model needs to hand off in this category alone (None: model.threshold).
    model_threshold: float | None = None


@dataclass(frozen=True, slots=True)
class Negation:
    window_chars: int
    cues: re.Pattern[str]  # before the match in its clause, or inside the match
    prefix_cues: re.Pattern[str] | None  # before the match only
    not_cues: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class BehaviourThresholds:
    category: str
    max_consecutive_unanswered: int
    min_support_on_sensitive: float


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
        _check_mapping(raw, source, "top level", _TOP_KEYS)
        _tag_rules(raw, source)
        sources = [source]
        if overrides:
            _check_mapping(overrides, overrides_source, "top level", _TOP_KEYS)
            raw = _merge(raw, copy.deepcopy(dict(overrides)), overrides_source)
            sources.append(overrides_source)
        return _compile(raw, source, tuple(sources))


def _check_mapping(value: Any, source: str, where: str, allowed: frozenset[str]) -> None:
    if not isinstance(value, Mapping):
        raise HandoffRulesError(source, where, "must be a mapping")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise HandoffRulesError(source, where, f"unknown key(s): {', '.join(unknown)}")


def _tag_rules(raw: dict[str, Any], source: str) -> None:
    """Remember where each rule came from, so errors found later still name the file."""
    categories = raw.get("categories") or {}
    if not isinstance(categories, Mapping):
        raise HandoffRulesError(source, "categories", "must be a mapping")
    for cat_name, cat in categories.items():
        _check_mapping(cat, source, f"categories.{cat_name}", _CATEGORY_KEYS)
        rules = cat.get("rules") or []
        if not isinstance(rules, list):
            raise HandoffRulesError(source, f"categories.{cat_name}.rules", "must be a list")
        for index, rule in enumerate(rules):
            where = f"categories.{cat_name}.rules[{index}]"
            if not isinstance(rule, dict):
                raise HandoffRulesError(source, where, "must be a mapping")
            rule["__source__"] = source


def _merge(base: dict[str, Any], extra: dict[str, Any], source: str) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    _tag_rules(extra, source)
    for key in ("macros", "behaviour", "helplines", "model"):
        if key in extra:
            if not isinstance(extra[key], Mapping):
                raise HandoffRulesError(source, key, "must be a mapping")
            merged[key] = {**(merged.get(key) or {}), **extra[key]}
    for key in ("jokes", "idioms", "sensitive_topics", "framings", "softeners"):
        if key in extra:
            merged[key] = list(merged.get(key) or []) + _string_list(extra[key], source, key)
    if "negation" in extra:
        neg = extra["negation"]
        _check_mapping(neg, source, "negation", _NEGATION_KEYS)
        target = merged.setdefault("negation", {})
        for key in ("cues", "prefix_cues", "not_cues"):
            if key in neg:
                target[key] = list(target.get(key) or []) + _string_list(
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
            target[name] = list(target.get(name) or []) + _string_list(
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
    disabled = _string_list(extra.get("disable") or [], source, "disable")
    known = {r.get("name") for c in merged.get("categories", {}).values() for r in c["rules"]}
    for name in disabled:
        if name not in known:
            raise HandoffRulesError(source, f"disable '{name}'", "no rule has this name")
    for cat in merged.get("categories", {}).values():
        cat["rules"] = [r for r in cat["rules"] if r.get("name") not in disabled]
    return merged


def _string_list(value: Any, source: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise HandoffRulesError(source, where, "must be a list of strings")
    return list(value)


def _expand(pattern: str, macros: Mapping[str, str], source: str, where: str) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise HandoffRulesError(source, where, f"unknown macro {{{{{name}}}}}")
        return macros[name]

    return _MACRO.sub(substitute, pattern)


def _union(patterns: list[str], source: str, where: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    for index, pattern in enumerate(patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise HandoffRulesError(
                source, f"{where}[{index}]", f"invalid regex ({exc}): {pattern!r}"
            ) from None
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _compile_macros(raw: Mapping[str, Any], source: str) -> dict[str, str]:
    macros: dict[str, str] = {}
    for name, value in (raw or {}).items():
        if not isinstance(value, str):
            raise HandoffRulesError(source, f"macros.{name}", "must be a string")
        # A macro may use the macros defined before it.
        macros[name] = f"(?:{_expand(value, macros, source, f'macros.{name}')})"
    return macros


def _compile_rule(
    raw: Mapping[str, Any],
    category: str,
    index: int,
    macros: Mapping[str, str],
    concepts: Mapping[str, Concept],
) -> Rule:
    source = str(raw.get("__source__", "rules"))
    name = raw.get("name")
    where = f"categories.{category}.rules[{index}]"
    if not isinstance(name, str) or not _NAME.match(name):
        raise HandoffRulesError(source, where, "needs a 'name' in snake_case")
    where = f"rule '{name}' ({category})"
    unknown = sorted(set(raw) - _RULE_KEYS - {"__source__"})
    if unknown:
        raise HandoffRulesError(source, where, f"unknown key(s): {', '.join(unknown)}")
    langs = raw.get("lang", ["fr", "en"])
    langs = [langs] if isinstance(langs, str) else langs
    if not isinstance(langs, list) or not set(langs) <= LANGUAGES or not langs:
        raise HandoffRulesError(source, where, f"'lang' must be among {sorted(LANGUAGES)}")
    urgency = raw.get("urgency", "normal")
    if urgency not in URGENCIES:
        raise HandoffRulesError(source, where, f"'urgency' must be one of {', '.join(URGENCIES)}")
    scope = raw.get("unless_scope", "message")
    if scope not in ("message", "sentence"):
        raise HandoffRulesError(source, where, "'unless_scope' must be 'message' or 'sentence'")
    rule_concepts = _rule_concepts(raw.get("concepts"), concepts, source, where)
    patterns = raw.get("patterns")
    if rule_concepts and patterns is None:
        patterns = [r"(?!)"]  # never matches: the concepts decide
    if not isinstance(patterns, list) or not patterns:
        raise HandoffRulesError(
            source, where, "'patterns' must be a non-empty list (or give 'concepts')"
        )
    flags = {}
    for key in ("negatable", "cased", "danger", "borderline"):
        flags[key] = raw.get(key, False)
        if not isinstance(flags[key], bool):
            raise HandoffRulesError(source, where, f"'{key}' must be true or false")
    expanded = [
        _expand(_as_str(p, source, where), macros, source, f"{where} patterns[{i}]")
        for i, p in enumerate(patterns)
    ]
    unless = [
        _expand(_as_str(p, source, where), macros, source, f"{where} unless[{i}]")
        for i, p in enumerate(raw.get("unless") or [])
    ]
    pattern = _union(expanded, source, f"{where} patterns")
    assert pattern is not None
    min_matches = raw.get("min_matches", 1)
    if not isinstance(min_matches, int) or not 1 <= min_matches <= len(expanded):
        raise HandoffRulesError(
            source, where, "'min_matches' must be an integer between 1 and the number of patterns"
        )
    return Rule(
        name=name,
        category=category,
        languages=frozenset(langs),
        pattern=pattern,
        unless=_union(unless, source, f"{where} unless"),
        unless_scope=scope,
        urgency=urgency,
        source=source,
        min_matches=min_matches,
        parts=tuple(re.compile(p) for p in expanded) if min_matches > 1 else (),
        concepts=rule_concepts,
        **flags,
    )


def _rule_concepts(
    value: Any, concepts: Mapping[str, Concept], source: str, where: str
) -> tuple[tuple[Concept, ...], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise HandoffRulesError(source, where, "'concepts' must be a non-empty list of names")
    chains = [tuple(part.strip() for part in item.split("+")) for item in value]
    unknown = sorted({name for chain in chains for name in chain if name not in concepts})
    if unknown:
        raise HandoffRulesError(source, where, f"unknown concept(s): {', '.join(unknown)}")
    return tuple(tuple(concepts[name] for name in chain) for chain in chains)


def _compile_concepts(raw: Any, source: str) -> dict[str, Concept]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise HandoffRulesError(source, "concepts", "must be a mapping of word lists")
    compiled = {}
    for name, words in raw.items():
        where = f"concepts.{name}"
        entries = _string_list(words, source, where)
        if not entries:
            raise HandoffRulesError(source, where, "must not be empty")
        try:
            compiled[name] = compile_concept(name, entries)
        except ValueError as exc:
            raise HandoffRulesError(source, where, str(exc)) from None
    return compiled


def _as_str(value: Any, source: str, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise HandoffRulesError(source, where, "every pattern must be a non-empty string")
    return value


def _compile(raw: Mapping[str, Any], source: str, sources: tuple[str, ...]) -> HandoffRules:
    macros = _compile_macros(raw.get("macros") or {}, source)
    concepts = _compile_concepts(raw.get("concepts"), source)
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
            rule = _compile_rule(raw_rule, cat_name, index, macros, concepts)
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
    _check_mapping(negation, source, "negation", _NEGATION_KEYS)
    cues = _union(
        _string_list(negation.get("cues") or [], source, "negation.cues"), source, "negation.cues"
    )
    if cues is None:
        raise HandoffRulesError(source, "negation.cues", "must not be empty")
    jokes = _union(_string_list(raw.get("jokes") or [], source, "jokes"), source, "jokes")
    if jokes is None:
        raise HandoffRulesError(source, "jokes", "must not be empty")
    behaviour = raw.get("behaviour") or {}
    _check_mapping(behaviour, source, "behaviour", _BEHAVIOUR_KEYS)
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
            prefix_cues=_union(
                _string_list(negation.get("prefix_cues") or [], source, "negation.prefix_cues"),
                source,
                "negation.prefix_cues",
            ),
            not_cues=_union(
                _string_list(negation.get("not_cues") or [], source, "negation.not_cues"),
                source,
                "negation.not_cues",
            ),
        ),
        jokes=jokes,
        idioms=_union(_string_list(raw.get("idioms") or [], source, "idioms"), source, "idioms"),
        behaviour=thresholds,
        sensitive_topics=_union(
            _string_list(raw.get("sensitive_topics") or [], source, "sensitive_topics"),
            source,
            "sensitive_topics",
        ),
        helplines=dict(helplines),
        confirm_prompt=str(raw.get("confirm_prompt") or ""),
        sources=sources,
        framings=_union(
            _string_list(raw.get("framings") or [], source, "framings"), source, "framings"
        ),
        model=_model_settings(raw.get("model"), source),
        softeners=_union(
            _string_list(raw.get("softeners") or [], source, "softeners"), source, "softeners"
        ),
        disabled_categories=frozenset(disabled),
    )


def _model_settings(raw: Any, source: str) -> ModelSettings:
    if raw is not None:
        _check_mapping(raw, source, "model", MODEL_KEYS)
    try:
        return parse_model_settings(raw)
    except ModelSettingsError as exc:
        raise HandoffRulesError(source, exc.where, exc.problem) from None
