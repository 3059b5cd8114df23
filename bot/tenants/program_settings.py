"""How a client's program runs: human handoff, its people's defaults (time zone, quiet
hours) and its solicitations (kinds of ask, caps, reminders)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, field_validator

from bot.tenants.vocabulary import Language, StrictModel
from bot.timezones import is_time_zone

CLOCK_TIME_PATTERN = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")


class HandoffSettings(StrictModel):
    """How people take over from the bot for this client (see README, "Human handoff")."""

    support_hours: str | None = Field(
        default=None, description="When a person answers; default: the client's support_hours."
    )
    timezone: str = Field(default="Europe/Paris", description="For the times shown on cards.")
    claim_delay_minutes: float = Field(
        default=30, gt=0, description="Unclaimed this long → the card goes to the next contact."
    )
    contacts: list[str] = Field(
        default_factory=list,
        description="Escalation chain: user ids on the staff platform, in order.",
    )
    staff_platform: Literal["slack", "discord"] | None = Field(
        default=None,
        description="Where staff get cards and answer (slack or discord); default: the "
        "person's own platform when it has a staff channel, else the one that has one.",
    )
    helpline: str | None = Field(
        default=None, description="Helpline number given on danger (default: the rules' text)."
    )
    transcript_messages: int = Field(default=6, ge=0, le=30)
    rules: dict[str, Any] = Field(
        default_factory=dict, description="Overrides of bot/handoff/detection/handoff_rules.yaml."
    )


class QuietHours(StrictModel):
    """When nobody is sent a message the bot decides on its own (reminders, invitations)."""

    start: str = Field(default="20:00", description="Local time quiet hours begin (HH:MM).")
    end: str = Field(default="08:30", description="Local time they end, the next day if earlier.")
    weekends: bool = Field(default=True, description="Saturday and Sunday are quiet all day.")

    @field_validator("start", "end")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        if not CLOCK_TIME_PATTERN.fullmatch(value):
            raise ValueError(f"'{value}' is not a time of day like 20:00")
        return value


class PeopleSettings(StrictModel):
    """Defaults for the people of a program (each person may override them)."""

    timezone: str = Field(
        default="Europe/Paris", description="IANA time zone of people whose own is unknown."
    )
    quiet_hours: QuietHours = Field(default_factory=QuietHours)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if not is_time_zone(value):
            raise ValueError(f"unknown time zone '{value}' (use an IANA name like Europe/Paris)")
        return value


KIND_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
DEFAULT_SOLICITATION_POINTS = {
    "testimonial": 50,
    "review": 20,
    "event": 40,
    "referral": 30,
    "social_share": 10,
    "product_feedback": 25,
    "other": 10,
}


class SolicitationKind(StrictModel):
    """A kind of ask: an id, its default points, and labels (defaults: from prompts/)."""

    id: str
    points: int = Field(default=10, ge=0, le=100_000)
    labels: dict[Language, str] = Field(
        default_factory=dict, description="Label per language; a built-in kind has its own."
    )

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not KIND_ID_PATTERN.fullmatch(value):
            raise ValueError(f"'{value}' is not a kind id (lower-case letters, digits, '_')")
        return value


def _default_kinds() -> list[SolicitationKind]:
    return [SolicitationKind(id=k, points=p) for k, p in DEFAULT_SOLICITATION_POINTS.items()]


class SolicitationSettings(StrictModel):
    """How the program asks its ambassadors (see README, "Solicitations")."""

    kinds: list[SolicitationKind] = Field(
        default_factory=_default_kinds,
        description="The kinds of ask and their default points; replaces the built-in list.",
    )
    max_asks_per_30_days: int = Field(
        default=2, ge=1, description="At most this many asks per person in any 30 days."
    )
    notice_days: float = Field(
        default=7, ge=0, description="Invite at least this long before the deadline."
    )
    reminder_offsets_hours: list[float] = Field(
        default_factory=lambda: [72.0, 24.0],
        description="Reminders this many hours before the deadline.",
    )
    unanswered_before_pause: int = Field(
        default=3, ge=1, description="Asks left unanswered in a row before a person is paused."
    )
    replace_on_decline: Literal["confirm", "auto"] = Field(
        default="confirm",
        description="A place freed (a decline, or no answer within the answer window) goes to "
        "the next person: after the community manager's click (confirm) or at once (auto).",
    )
    answer_window_hours: float = Field(
        default=72,
        gt=0,
        le=24 * 60,
        description="An invitation unanswered this long (at most half the time left before the "
        "deadline) stops holding its place; a late yes is still taken while a place is free.",
    )
    invitations_per_place: float = Field(
        default=2,
        ge=1,
        le=5,
        description="At most this many invitations waiting per open place, to cover the "
        "people expected not to answer (1: exactly one invitation per place).",
    )

    @field_validator("kinds")
    @classmethod
    def _unique_kinds(cls, value: list[SolicitationKind]) -> list[SolicitationKind]:
        ids = [kind.id for kind in value]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"kind ids appear twice: {', '.join(duplicates)}")
        if not value:
            raise ValueError("at least one kind is needed")
        return value

    def kind(self, kind_id: str) -> SolicitationKind | None:
        return next((kind for kind in self.kinds if kind.id == kind_id), None)
