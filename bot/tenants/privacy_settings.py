"""A client's data settings (issue 20): what is kept and for how long, model consent,
the privacy-policy link and what happens when someone leaves (`privacy:` in the file)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, HttpUrl

from bot.tenants.vocabulary import StrictModel


class RetentionPeriods(StrictModel):
    """How many days each kind of record is kept; the daily purge removes older ones.

    Workshop answers have no period: they stay until the program ends or the person asks
    for erasure (`oubli`)."""

    answers_days: int = Field(
        default=365, ge=1, le=3650, description="Questions put to the bot and its answers."
    )
    conversations_days: int = Field(
        default=90,
        ge=1,
        le=3650,
        description="Conversation states (a flow step, a handoff) and the messages of handoffs.",
    )
    events_days: int = Field(
        default=30, ge=1, le=3650, description="Keys of processed platform events."
    )
    audit_days: int = Field(
        default=365, ge=1, le=3650, description="Audit entries of external model calls."
    )


class DataSettings(StrictModel):
    """The keys of `privacy:` that are about people's data rather than documents."""

    policy_url: HttpUrl | None = Field(
        default=None, description="The client's privacy policy, linked from the notice."
    )
    model_consent: Literal["none", "required"] = Field(
        default="none",
        description="required: people who have not said `consentement oui` are served "
        "offline only (no external model call carries their words).",
    )
    retention: RetentionPeriods = Field(default_factory=RetentionPeriods)
    departure_grace_days: int = Field(
        default=30,
        ge=0,
        le=3650,
        description="Days after someone leaves before the community manager is reminded "
        "they may erase their data.",
    )
