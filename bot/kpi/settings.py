"""A client's `kpi:` settings: the minimum n, the recently-inactive cohort, the NPS survey.

Everything has a default. Loaded by `bot.tenants.ClientConfig` (this module imports nothing
from the bot, so the client files load without the database code).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InactiveSettings(_Strict):
    """The recently-inactive cohort: was in the top share by activity, silent a while."""

    activity_months: int = Field(
        default=3,
        ge=1,
        le=24,
        description="Weighted activity (points) counts the calendar months up to the period's "
        "end: this many (3: the month of the end and the two before).",
    )
    top_share: float = Field(
        default=0.25, gt=0, le=1, description="The top share by weighted activity (a quarter)."
    )
    silent_min_days: int = Field(default=7, ge=1, description="Silent at least this many days…")
    silent_max_days: int = Field(default=28, ge=1, description="…and at most this many.")

    @model_validator(mode="after")
    def _ordered(self) -> InactiveSettings:
        if self.silent_min_days > self.silent_max_days:
            raise ValueError("silent_min_days must not exceed silent_max_days")
        if self.silent_max_days >= 28 * self.activity_months:
            raise ValueError("silent_max_days must be shorter than the activity months")
        return self


class SurveySettings(_Strict):
    """The ambassadors' NPS survey, sent by the running bot on a cadence."""

    enabled: bool = Field(default=True, description="Send the survey waves at all.")
    every_months: int = Field(
        default=3, ge=1, le=12, description="A wave every N months (3: each quarter)."
    )
    day: int = Field(default=1, ge=1, le=28, description="Day of the month a wave starts.")
    hour: int = Field(
        default=10, ge=0, le=23, description="Hour (client's time zone) a wave starts."
    )
    open_days: int = Field(
        default=14, ge=1, le=60, description="Answers are taken this many days after the start."
    )


class KpiSettings(_Strict):
    """The client's `kpi:` section (see README, "Program health")."""

    min_n: int = Field(
        default=10,
        ge=1,
        le=10_000,
        description="Below this many answers/people, a rate, mean, median or NPS is not shown.",
    )
    inactive: InactiveSettings = Field(default_factory=InactiveSettings)
    survey: SurveySettings = Field(default_factory=SurveySettings)
