"""Behaviour rules: hand off when the bot keeps failing, not because of one message.

Pure function over signals the pipeline already has after answering (post-check):
how many answers in a row said "I don't know", whether the topic is sensitive, and how
well retrieval supported the answer (0..1). Thresholds come from the rules' YAML.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.handoff.detection.classifier import HandoffVerdict
from bot.handoff.detection.rule_parts import BehaviourThresholds

REPEATED_UNANSWERED = "repeated_unanswered"
SENSITIVE_LOW_SUPPORT = "sensitive_low_support"


@dataclass(frozen=True, slots=True)
class BehaviourSignals:
    consecutive_unanswered: int
    sensitive_topic: bool
    retrieval_support: float


def check_behaviour(
    signals: BehaviourSignals, thresholds: BehaviourThresholds
) -> HandoffVerdict | None:
    """A handoff verdict when a behaviour rule fires, else None."""
    if signals.consecutive_unanswered >= thresholds.max_consecutive_unanswered:
        return HandoffVerdict(
            handoff=True,
            category=thresholds.category,
            rule=REPEATED_UNANSWERED,
            urgency="normal",
        )
    if signals.sensitive_topic and signals.retrieval_support < thresholds.min_support_on_sensitive:
        return HandoffVerdict(
            handoff=True,
            category=thresholds.category,
            rule=SENSITIVE_LOW_SUPPORT,
            urgency="normal",
        )
    return None
