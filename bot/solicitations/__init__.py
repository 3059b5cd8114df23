"""Solicitations: what a program asks of its ambassadors, and where each person stands.

In the core (not a skill) because the outbox, the fair choice, reminders, contributions
and data rights all read them: a person's erasure must reach their responses, and the
sender loop runs beside the adapters, not inside a chat command.
"""

from bot.solicitations.book import SolicitationBook, SolicitationError, SolicitationView
from bot.solicitations.drafts import (
    Audience,
    NewSolicitation,
    Problem,
    SolicitationDraft,
    check_draft,
)
from bot.solicitations.tables import (
    ResponseStatus,
    Solicitation,
    SolicitationResponse,
    SolicitationStatus,
)

__all__ = [
    "Audience",
    "NewSolicitation",
    "Problem",
    "ResponseStatus",
    "Solicitation",
    "SolicitationBook",
    "SolicitationDraft",
    "SolicitationError",
    "SolicitationResponse",
    "SolicitationStatus",
    "SolicitationView",
    "check_draft",
]
