"""The handoff's names that other code relies on, each defined here and only here.

Action ids (buttons and scheduled events the staff skill takes), conversation-state keys
(`flow.py` documents what they hold) and the keys of jobs and replies.
"""

from __future__ import annotations

ACTION_PREFIX = "handoff:"  # every handoff action id starts with it
REQUEST_ACTION = "handoff:request"  # "talk to a person": the ask and planned skills offer it
ESCALATE_ACTION = "handoff:escalate"  # a due escalation, sent by the scheduler
CARD_ACTION = "handoff:card"  # the staff card's buttons, valued `CLAIM:N` or `GIVE_BACK:N`
CLAIM = "claim"
GIVE_BACK = "giveback"

# What a message posted for the staff is about (`PostTag.about`): erasure edits them.
CARD_POST = "handoff_card"
RELAY_POST = "handoff_relay"

STATE_KEY = "handoff"
UNANSWERED_STREAK = "unanswered_streak"


def escalation_job_id(handoff_id: int) -> str:
    return f"handoff-{handoff_id}-escalation"


def card_key(handoff_id: int | None) -> str:
    """The key of the staff card's reply: the notices that follow it wait for it."""
    return f"handoff-card-{handoff_id}"
