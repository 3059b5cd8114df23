"""Compiling one rule: macros expanded, patterns joined into one regex, concepts resolved."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.handoff.detection.concepts import Concept, compile_concept
from bot.handoff.detection.rule_parts import LANGUAGES, URGENCIES, HandoffRulesError, Rule
from bot.handoff.detection.rule_shape import RULE_KEYS, string_list

_MACRO = re.compile(r"\{\{(\w+)\}\}")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _expand(pattern: str, macros: Mapping[str, str], source: str, where: str) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise HandoffRulesError(source, where, f"unknown macro {{{{{name}}}}}")
        return macros[name]

    return _MACRO.sub(substitute, pattern)


def union(patterns: list[str], source: str, where: str) -> re.Pattern[str] | None:
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


def compile_macros(raw: Mapping[str, Any], source: str) -> dict[str, str]:
    macros: dict[str, str] = {}
    for name, value in (raw or {}).items():
        if not isinstance(value, str):
            raise HandoffRulesError(source, f"macros.{name}", "must be a string")
        # A macro may use the macros defined before it.
        macros[name] = f"(?:{_expand(value, macros, source, f'macros.{name}')})"
    return macros


def compile_rule(
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
    unknown = sorted(set(raw) - RULE_KEYS - {"__source__"})
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
    concepts_scope = raw.get("concepts_scope", "sentence")
    if concepts_scope not in ("message", "sentence"):
        raise HandoffRulesError(source, where, "'concepts_scope' must be 'message' or 'sentence'")
    patterns = raw.get("patterns")
    if rule_concepts and patterns is None:
        patterns = [r"(?!)"]  # never matches: the concepts decide
    if not isinstance(patterns, list) or not patterns:
        raise HandoffRulesError(
            source, where, "'patterns' must be a non-empty list (or give 'concepts')"
        )
    flags = {}
    for key in ("negatable", "cased", "danger", "borderline", "keep_category"):
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
    pattern = union(expanded, source, f"{where} patterns")
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
        unless=union(unless, source, f"{where} unless"),
        unless_scope=scope,
        urgency=urgency,
        source=source,
        min_matches=min_matches,
        parts=tuple(re.compile(p) for p in expanded) if min_matches > 1 else (),
        concepts=rule_concepts,
        concepts_scope=concepts_scope,
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


def compile_concepts(raw: Any, source: str) -> dict[str, Concept]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise HandoffRulesError(source, "concepts", "must be a mapping of word lists")
    compiled = {}
    for name, words in raw.items():
        where = f"concepts.{name}"
        entries = string_list(words, source, where)
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
