"""The handoff package's public API: what skills, stages and tests use of it.

Importing it loads the whole flow and what it needs (the scheduler, the database); the
command line's triage commands import `bot.handoff.detection` alone, and `ambassade --help`
stays light.
"""

from bot.handoff.card import category_label, local_time, urgency_label
from bot.handoff.deps import HandoffDeps
from bot.handoff.detection import HandoffRulesError
from bot.handoff.flow import HandoffFlow
from bot.handoff.keys import (
    ACTION_PREFIX,
    CARD_ACTION,
    CLAIM,
    ESCALATE_ACTION,
    GIVE_BACK,
    REQUEST_ACTION,
    escalation_job_id,
)
from bot.handoff.messages import Author, keep_message
from bot.handoff.records import ChangeRefused, Handoff, HandoffLog, HandoffStatus
from bot.handoff.settings import PerClientSettings

__all__ = [
    "ACTION_PREFIX",
    "CARD_ACTION",
    "CLAIM",
    "ESCALATE_ACTION",
    "GIVE_BACK",
    "REQUEST_ACTION",
    "Author",
    "ChangeRefused",
    "Handoff",
    "HandoffDeps",
    "HandoffFlow",
    "HandoffLog",
    "HandoffRulesError",
    "HandoffStatus",
    "PerClientSettings",
    "category_label",
    "escalation_job_id",
    "keep_message",
    "local_time",
    "urgency_label",
]
