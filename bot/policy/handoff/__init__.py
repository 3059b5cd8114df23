"""Human-handoff detection: offline rules (data), a classifier, behaviour rules, a learned model."""

from bot.policy.handoff.behaviour import BehaviourSignals, check_behaviour
from bot.policy.handoff.classifier import NO_HANDOFF, HandoffClassifier, HandoffVerdict
from bot.policy.handoff.rules import DEFAULT_RULES_PATH, HandoffRules, HandoffRulesError

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
