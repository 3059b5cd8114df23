"""The contribution log and recognition tables (migration 0009).

- `contribution`: one thing a person did for the program, with its proof and its review;
- `level_change`: every move between levels (promotions are automatic, demotions by staff);
- `badge_award`: a badge given to a person, once;
- `person_preference`: a person's public-recognition opt-ins (the board, the community
  channel); the evidence of each answer, and the survey's opt-in, are in `consent`;
- `nps_answer`: an ambassador's answer to the program's NPS survey (0-10).

Times are UTC; `contribution.occurred_on` is the date the person did it (a calendar day,
in their own time zone when logged from chat).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.store.models import utcnow


class ContributionStatus(StrEnum):
    PENDING = "pending"  # waits for a community manager (kinds marked `approval`)
    APPROVED = "approved"  # counts (points, levels, badges, KPIs)
    REJECTED = "rejected"  # kept with its proof, so the same proof is not logged again


class ContributionSource(StrEnum):
    CHAT = "chat"  # the person logged it in chat (`contribution …` or free text)
    SOLICITATION = "solicitation"  # a solicitation's Done button
    STAFF = "staff"  # a community manager logged it on the person's behalf (chat)
    CLI = "cli"  # `ambassade contributions add`
    IMPORT = "import"  # `ambassade contributions import` (history from another tool)


class Contribution(SQLModel, table=True):
    __tablename__ = "contribution"
    __table_args__ = (
        # The same proof counts once per client (NULLs are distinct on SQLite and PostgreSQL).
        UniqueConstraint("client", "proof_url", name="uq_contribution_proof_url"),
        UniqueConstraint("client", "proof_sha256", name="uq_contribution_proof_sha256"),
        # KPIs per client and period: approved rows by date, by kind, by person.
        Index("ix_contribution_period", "client", "status", "occurred_on", "kind", "person_id"),
        # One person's standing on every logging: (client, person, status) leads, so planners
        # prefer it to (client, status); the rest covers the query (no row lookups).
        Index(
            "ix_contribution_person",
            "client",
            "person_id",
            "status",
            "kind",
            "occurred_on",
            "points",
            "capped",
        ),
        Index("ix_contribution_logged", "client", "logged_at"),
        Index("ix_contribution_review", "client", "status", "logged_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=63)
    person_id: int = Field(foreign_key="person.id")
    kind: str = Field(max_length=40)
    occurred_on: date  # the day it was done
    logged_at: datetime = Field(default_factory=utcnow)  # when it reached the log
    points: int = 0  # what it earns once approved: 0 beyond the kind's daily cap
    capped: bool = False  # beyond the kind's daily cap (kept, earns nothing)
    proof_url: str | None = Field(default=None, max_length=2000)  # normalised
    proof_file: str | None = Field(default=None, max_length=500)  # path under the home
    proof_sha256: str | None = Field(default=None, max_length=64)  # of the file's bytes
    solicitation_id: int | None = Field(default=None, foreign_key="solicitation.id", index=True)
    note: str | None = Field(default=None, max_length=2000)
    status: str = Field(default=ContributionStatus.PENDING.value, max_length=16)
    source: str = Field(default=ContributionSource.CHAT.value, max_length=16)
    logged_by: str | None = Field(default=None, max_length=160)  # PLATFORM:USER_ID, or cli
    reviewed_by: str | None = Field(default=None, max_length=160)  # who approved/rejected
    reviewed_at: datetime | None = None  # when approved/rejected (approved at once: logged_at)
    review_note: str | None = Field(default=None, max_length=500)  # why rejected


class LevelChange(SQLModel, table=True):
    """A move between levels. A person's level is the `to_level` of their latest change."""

    __tablename__ = "level_change"
    __table_args__ = (
        Index("ix_level_change_person", "client", "person_id", "changed_at"),
        Index("ix_level_change_period", "client", "changed_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=63)
    person_id: int = Field(foreign_key="person.id")
    from_level: str | None = Field(default=None, max_length=40)  # None: first level given
    to_level: str = Field(max_length=40)
    direction: str = Field(max_length=8)  # up, down, same (a correction to the same rank)
    changed_at: datetime = Field(default_factory=utcnow)
    changed_by: str | None = Field(default=None, max_length=160)  # None: automatic promotion
    reason: str | None = Field(default=None, max_length=500)
    contribution_id: int | None = Field(default=None, foreign_key="contribution.id")


class BadgeAward(SQLModel, table=True):
    __tablename__ = "badge_award"
    __table_args__ = (
        UniqueConstraint("client", "person_id", "badge", name="uq_badge_award"),
        Index("ix_badge_award_period", "client", "awarded_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=63)
    person_id: int = Field(foreign_key="person.id", index=True)
    badge: str = Field(max_length=40)
    awarded_at: datetime = Field(default_factory=utcnow)
    contribution_id: int | None = Field(default=None, foreign_key="contribution.id")


class PersonPreference(SQLModel, table=True):
    """A person's public-recognition opt-ins; no row means the defaults (all off). When and
    where they said it is kept in `consent` (`bot.notices.consent`)."""

    __tablename__ = "person_preference"

    person_id: int = Field(foreign_key="person.id", primary_key=True)
    client: str = Field(index=True, max_length=63)
    board_opt_in: bool = False  # appears on the board (sees their neighbours)
    channel_opt_in: bool = False  # level-ups and badges celebrated in the community channel
    updated_at: datetime = Field(default_factory=utcnow)


class NpsAnswer(SQLModel, table=True):
    """One answer to "would you recommend the program?" (0-10), with an optional comment."""

    __tablename__ = "nps_answer"
    __table_args__ = (
        CheckConstraint("score >= 0 AND score <= 10", name="ck_nps_answer_score"),
        UniqueConstraint("client", "person_id", "survey", name="uq_nps_answer_survey"),
        # Covering (migration 0011): the KPI card reads a period's answers from it alone.
        Index("ix_nps_answer_period", "client", "answered_at", "person_id", "survey", "score"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=63)
    person_id: int = Field(foreign_key="person.id", index=True)
    score: int
    answered_at: datetime = Field(default_factory=utcnow)
    comment: str | None = Field(default=None, max_length=2000)
    survey: str = Field(max_length=40)  # the wave it answers, e.g. "2027-03"; one per person
