"""Human handoff, in one package: what other code uses of it is exported here.

- `detection/`: the offline triage (rules as data, the learned model, a second opinion);
- `flow.py` (`HandoffFlow`) and the modules it names: the pipeline's stages 5 and 9, opening,
  relaying and escalating a handoff;
- `settings.py`: per-client settings (`PerClientSettings` keeps what is compiled per client);
- `records.py` (the `handoff` table), `card.py` (the staff card), `transcript.py`;
- `keys.py`: action ids, state keys, job and reply keys, each defined once.

The staff commands are a skill like the others, in `skills/handoff/`; it imports from here.
"""

from bot.handoff.card import category_label, local_time, urgency_label
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
from bot.handoff.records import ChangeRefused, Handoff, HandoffLog, HandoffStatus
from bot.handoff.settings import PerClientSettings

__all__ = [
    "ACTION_PREFIX",
    "CARD_ACTION",
    "CLAIM",
    "ESCALATE_ACTION",
    "GIVE_BACK",
    "REQUEST_ACTION",
    "ChangeRefused",
    "Handoff",
    "HandoffFlow",
    "HandoffLog",
    "HandoffRulesError",
    "HandoffStatus",
    "PerClientSettings",
    "category_label",
    "escalation_job_id",
    "local_time",
    "urgency_label",
]
