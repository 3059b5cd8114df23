"""Human-handoff detection: offline rules (data), a classifier, behaviour rules, a learned model."""

from bot.handoff.detection.behaviour import BehaviourSignals, check_behaviour
from bot.handoff.detection.classifier import NO_HANDOFF, HandoffClassifier, HandoffVerdict
from bot.handoff.detection.rules import DEFAULT_RULES_PATH, HandoffRules, HandoffRulesError

__all__ = [
    "DEFAULT_RULES_PATH",
    "NO_HANDOFF",
    "BehaviourSignals",
    "HandoffClassifier",
    "HandoffRules",
    "HandoffRulesError",
    "HandoffVerdict",
    "check_behaviour",
]
