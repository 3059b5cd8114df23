"""A client's `contributions:` settings: kinds, caps, approval, levels, badges, the board.

Everything has a default, so a client file without the section gets a working program:
the solicitation kinds with their points, daily caps, approval for the high-value kinds,
four levels and a handful of badges. Loaded by `bot.tenants.ClientConfig` (this module
imports nothing from the bot, so the client files load without the database code).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
Language = Literal["fr", "en"]

# Built-in per-kind defaults (the kind ids are the solicitation kinds').
DEFAULT_DAILY_CAPS = {
    "testimonial": 2,
    "review": 3,
    "event": 2,
    "referral": 3,
    "social_share": 5,
    "product_feedback": 3,
    "other": 3,
}
DEFAULT_APPROVAL_KINDS = ("testimonial", "event", "referral")
FALLBACK_DAILY_CAP = 3


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _valid_id(value: str) -> str:
    if not ID_PATTERN.fullmatch(value):
        raise ValueError(f"'{value}' is not an id (lower-case letters, digits, '_')")
    return value


class ContributionKind(_Strict):
    """A kind of contribution. Unset values come from the solicitation kind of that id."""

    id: str
    points: int | None = Field(
        default=None, ge=0, le=100_000, description="Default: the solicitation kind's points."
    )
    labels: dict[Language, str] = Field(default_factory=dict)
    daily_cap: int | None = Field(
        default=None,
        ge=1,
        le=1000,
        description="At most this many of the kind count per person and day (date done).",
    )
    approval: bool | None = Field(
        default=None, description="A community manager approves it before it counts."
    )

    _id = field_validator("id")(_valid_id)


class Level(_Strict):
    """A level: reached with at least `min_points` points and `min_kinds` distinct kinds."""

    id: str
    labels: dict[Language, str] = Field(default_factory=dict)
    min_points: int = Field(default=0, ge=0)
    min_kinds: int = Field(default=0, ge=0, description="Distinct kinds contributed at least.")
    perks: dict[Language, str] = Field(
        default_factory=dict, description="What the level unlocks, said on promotion."
    )

    _id = field_validator("id")(_valid_id)


class BadgeRule(_Strict):
    """A badge, given once, when every condition it sets holds (approved contributions)."""

    id: str
    labels: dict[Language, str] = Field(default_factory=dict)
    kind: str | None = Field(default=None, description="Counts only this kind (else any)…")
    count: int | None = Field(default=None, ge=1, description="…at least this many times.")
    distinct_kinds: int | None = Field(default=None, ge=1)
    points: int | None = Field(default=None, ge=1)
    tenure_days: int | None = Field(
        default=None, ge=1, description="Days since joining (or since the first contribution)."
    )

    _id = field_validator("id")(_valid_id)

    @model_validator(mode="after")
    def _has_condition(self) -> BadgeRule:
        if all(
            v is None
            for v in (self.kind, self.count, self.distinct_kinds, self.points, self.tenure_days)
        ):
            raise ValueError(f"badge '{self.id}' has no condition")
        return self


class BoardSettings(_Strict):
    neighbours: int = Field(
        default=2, ge=0, le=10, description="People shown above and below on the board."
    )
    full_ranking: bool = Field(
        default=False, description="Show every opted-in person's rank (off: benevolent board)."
    )


class CommunityChannels(_Strict):
    """Where a level-up or badge is celebrated, for those who opted in."""

    slack: str | None = None
    discord: str | None = None


def _default_levels() -> list[Level]:
    return [
        Level(id="member", min_points=0, min_kinds=0),
        Level(id="active", min_points=100, min_kinds=2),
        Level(id="expert", min_points=400, min_kinds=3),
        Level(id="champion", min_points=1000, min_kinds=4),
    ]


def _default_badges() -> list[BadgeRule]:
    return [
        BadgeRule(id="first_contribution", count=1),
        BadgeRule(id="first_testimonial", kind="testimonial", count=1),
        BadgeRule(id="three_events", kind="event", count=3),
        BadgeRule(id="five_reviews", kind="review", count=5),
        BadgeRule(id="all_rounder", distinct_kinds=4),
        BadgeRule(id="one_year", tenure_days=365),
    ]


class ContributionSettings(_Strict):
    """The client's `contributions:` section (see README, "Contributions")."""

    kinds: list[ContributionKind] = Field(
        default_factory=list,
        description="Empty: the solicitation kinds, with their points and labels. Else the "
        "list of kinds (each may set points, daily_cap, approval, labels).",
    )
    levels: list[Level] = Field(default_factory=_default_levels)
    badges: list[BadgeRule] = Field(default_factory=_default_badges)
    points_window_days: int | None = Field(
        default=None, ge=1, description="Levels count the points of this many days (None: all)."
    )
    burst_per_hour: int = Field(
        default=5, ge=2, description="`contributions suspectes`: this many logged in an hour."
    )
    reviewer_pair_share: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="`contributions suspectes`: one reviewer approves this share of a "
        "person's contributions (at least 4).",
    )
    board: BoardSettings = Field(default_factory=BoardSettings)
    community_channels: CommunityChannels = Field(default_factory=CommunityChannels)

    @field_validator("kinds")
    @classmethod
    def _unique_kinds(cls, value: list[ContributionKind]) -> list[ContributionKind]:
        _no_duplicates("kind", [k.id for k in value])
        return value

    @field_validator("levels")
    @classmethod
    def _ordered_levels(cls, value: list[Level]) -> list[Level]:
        if not value:
            raise ValueError("at least one level is needed")
        _no_duplicates("level", [level.id for level in value])
        if value[0].min_points != 0 or value[0].min_kinds != 0:
            raise ValueError(f"the first level ('{value[0].id}') must need 0 points and 0 kinds")
        for lower, higher in pairwise(value):
            if higher.min_points < lower.min_points or higher.min_kinds < lower.min_kinds:
                raise ValueError(
                    f"level '{higher.id}' needs less than '{lower.id}' below it: list the "
                    "levels from lowest to highest"
                )
            if (higher.min_points, higher.min_kinds) == (lower.min_points, lower.min_kinds):
                raise ValueError(f"levels '{lower.id}' and '{higher.id}' have the same thresholds")
        return value

    @field_validator("badges")
    @classmethod
    def _unique_badges(cls, value: list[BadgeRule]) -> list[BadgeRule]:
        _no_duplicates("badge", [b.id for b in value])
        return value

    def check_kinds(self, known: list[str]) -> None:
        """Badges name kinds the client has (`known`: the client's contribution kind ids).

        A default badge about a kind the client does not offer is left out (`badge_rules`);
        one the client wrote is an error.
        """
        if "badges" not in self.model_fields_set:
            return
        for badge in self.badges:
            if badge.kind is not None and badge.kind not in known:
                raise ValueError(
                    f"badge '{badge.id}' counts the unknown kind '{badge.kind}' "
                    f"(kinds: {', '.join(known)})"
                )

    def badge_rules(self, known: list[str]) -> list[BadgeRule]:
        """The badges in force: those about a kind the client offers, or about none."""
        return [b for b in self.badges if b.kind is None or b.kind in known]

    def level(self, level_id: str | None) -> Level | None:
        return next((level for level in self.levels if level.id == level_id), None)

    def level_rank(self, level_id: str | None) -> int:
        """0 for the first level (and for an unknown one), 1 for the next…"""
        return next((i for i, level in enumerate(self.levels) if level.id == level_id), 0)


def _no_duplicates(what: str, ids: list[str]) -> None:
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{what} ids appear twice: {', '.join(duplicates)}")
