"""The pieces a compiled rule set is made of (rules, categories, negation, thresholds) and
the error every problem in a rules file or override raises."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.handoff.detection.concepts import Concept

URGENCIES: tuple[str, ...] = ("low", "normal", "high", "critical")
LANGUAGES: frozenset[str] = frozenset({"fr", "en"})

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
    # "message": the concepts may occur in different sentences of the message.
    concepts_scope: Scope = "sentence"
    # The learned model never moves this rule's verdict to another serious category (a
    # threat of violence or someone's private data made public stays a crisis).
    keep_category: bool = False

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
