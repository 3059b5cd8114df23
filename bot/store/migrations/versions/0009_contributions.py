"""contributions, level changes, badge awards, people's opt-ins, NPS answers

Revision ID: 0009_contributions
Revises: 0008_solicitations
Create Date: 2026-12-10 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0009_contributions"
down_revision: str | None = "0008_solicitations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "contribution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", _TEXT(length=40), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("logged_at", _TIME(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("capped", sa.Boolean(), nullable=False),
        sa.Column("proof_url", _TEXT(length=2000), nullable=True),
        sa.Column("proof_file", _TEXT(length=500), nullable=True),
        sa.Column("proof_sha256", _TEXT(length=64), nullable=True),
        sa.Column("solicitation_id", sa.Integer(), nullable=True),
        sa.Column("note", _TEXT(length=2000), nullable=True),
        sa.Column("status", _TEXT(length=16), nullable=False),
        sa.Column("source", _TEXT(length=16), nullable=False),
        sa.Column("logged_by", _TEXT(length=160), nullable=True),
        sa.Column("reviewed_by", _TEXT(length=160), nullable=True),
        sa.Column("reviewed_at", _TIME(), nullable=True),
        sa.Column("review_note", _TEXT(length=500), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["solicitation_id"], ["solicitation.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "proof_url", name="uq_contribution_proof_url"),
        sa.UniqueConstraint("client", "proof_sha256", name="uq_contribution_proof_sha256"),
    )
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contribution_period",
            ["client", "status", "occurred_on", "kind", "person_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_contribution_person",
            ["client", "person_id", "status", "kind", "occurred_on", "points", "capped"],
            unique=False,
        )
        batch_op.create_index("ix_contribution_logged", ["client", "logged_at"], unique=False)
        batch_op.create_index(
            "ix_contribution_review", ["client", "status", "logged_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contribution_solicitation_id"), ["solicitation_id"], unique=False
        )

    op.create_table(
        "level_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("from_level", _TEXT(length=40), nullable=True),
        sa.Column("to_level", _TEXT(length=40), nullable=False),
        sa.Column("direction", _TEXT(length=8), nullable=False),
        sa.Column("changed_at", _TIME(), nullable=False),
        sa.Column("changed_by", _TEXT(length=160), nullable=True),
        sa.Column("reason", _TEXT(length=500), nullable=True),
        sa.Column("contribution_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["contribution_id"], ["contribution.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("level_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_level_change_person", ["client", "person_id", "changed_at"], unique=False
        )
        batch_op.create_index("ix_level_change_period", ["client", "changed_at"], unique=False)

    op.create_table(
        "badge_award",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("badge", _TEXT(length=40), nullable=False),
        sa.Column("awarded_at", _TIME(), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["contribution_id"], ["contribution.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "person_id", "badge", name="uq_badge_award"),
    )
    with op.batch_alter_table("badge_award", schema=None) as batch_op:
        batch_op.create_index("ix_badge_award_period", ["client", "awarded_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_badge_award_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_preference",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("board_opt_in", sa.Boolean(), nullable=False),
        sa.Column("channel_opt_in", sa.Boolean(), nullable=False),
        sa.Column("surveys_opt_out", sa.Boolean(), nullable=False),
        sa.Column("updated_at", _TIME(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("person_id"),
    )
    with op.batch_alter_table("person_preference", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_preference_client"), ["client"], unique=False)

    op.create_table(
        "nps_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("answered_at", _TIME(), nullable=False),
        sa.Column("comment", _TEXT(length=2000), nullable=True),
        sa.Column("survey", _TEXT(length=40), nullable=False),
        sa.CheckConstraint("score >= 0 AND score <= 10", name="ck_nps_answer_score"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "person_id", "survey", name="uq_nps_answer_survey"),
    )
    with op.batch_alter_table("nps_answer", schema=None) as batch_op:
        batch_op.create_index("ix_nps_answer_period", ["client", "answered_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_nps_answer_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("nps_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nps_answer_person_id"))
        batch_op.drop_index("ix_nps_answer_period")
    op.drop_table("nps_answer")
    with op.batch_alter_table("person_preference", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_preference_client"))
    op.drop_table("person_preference")
    with op.batch_alter_table("badge_award", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_badge_award_person_id"))
        batch_op.drop_index("ix_badge_award_period")
    op.drop_table("badge_award")
    with op.batch_alter_table("level_change", schema=None) as batch_op:
        batch_op.drop_index("ix_level_change_period")
        batch_op.drop_index("ix_level_change_person")
    op.drop_table("level_change")
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        for name in (
            "ix_contribution_solicitation_id",
            "ix_contribution_review",
            "ix_contribution_logged",
            "ix_contribution_person",
            "ix_contribution_period",
        ):
            batch_op.drop_index(name)
    op.drop_table("contribution")
