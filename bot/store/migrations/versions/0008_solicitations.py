"""solicitations, their responses, and the outbox of messages to send exactly once

Also `person.reminders_stopped_at`: a person who said `stop rappels` gets no solicitation
message until they resume.

Revision ID: 0008_solicitations
Revises: 0007_people
Create Date: 2026-12-03 08:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008_solicitations"
down_revision: str | None = "0007_people"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminders_stopped_at", _TIME(), nullable=True))
    op.create_table(
        "solicitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("kind", _TEXT(length=40), nullable=False),
        sa.Column("title", _TEXT(length=200), nullable=False),
        sa.Column("description", _TEXT(length=4000), nullable=True),
        sa.Column("start_at", _TIME(), nullable=True),
        sa.Column("deadline_at", _TIME(), nullable=False),
        sa.Column("timezone", _TEXT(length=64), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("target_groups", sa.JSON(), nullable=False),
        sa.Column("target_person_ids", sa.JSON(), nullable=False),
        sa.Column("target_levels", sa.JSON(), nullable=False),
        sa.Column("status", _TEXT(length=16), nullable=False),
        sa.Column("auto", sa.Boolean(), nullable=False),
        sa.Column("source", _TEXT(length=16), nullable=False),
        sa.Column("external_uid", _TEXT(length=255), nullable=True),
        sa.Column("created_by", _TEXT(length=160), nullable=True),
        sa.Column("created_at", _TIME(), nullable=False),
        sa.Column("updated_at", _TIME(), nullable=False),
        sa.Column("cancelled_at", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "external_uid"),
    )
    with op.batch_alter_table("solicitation", schema=None) as batch_op:
        for column in ("client", "deadline_at", "status"):
            batch_op.create_index(batch_op.f(f"ix_solicitation_{column}"), [column], unique=False)

    op.create_table(
        "solicitation_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("solicitation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", _TEXT(length=16), nullable=False),
        sa.Column("reason", _TEXT(length=500), nullable=True),
        sa.Column("proposed_at", _TIME(), nullable=False),
        sa.Column("invited_at", _TIME(), nullable=True),
        sa.Column("answered_at", _TIME(), nullable=True),
        sa.Column("response_delay_seconds", sa.Float(), nullable=True),
        sa.Column("snoozed_until", _TIME(), nullable=True),
        sa.Column("reminders_sent", sa.Integer(), nullable=False),
        sa.Column("last_reminded_at", _TIME(), nullable=True),
        sa.Column("done_at", _TIME(), nullable=True),
        sa.Column("proof", _TEXT(length=2000), nullable=True),
        sa.Column("updated_at", _TIME(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["solicitation_id"], ["solicitation.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("solicitation_id", "person_id"),
    )
    with op.batch_alter_table("solicitation_response", schema=None) as batch_op:
        for column in ("client", "solicitation_id", "person_id", "status", "invited_at"):
            batch_op.create_index(
                batch_op.f(f"ix_solicitation_response_{column}"), [column], unique=False
            )

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", _TEXT(length=255), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("kind", _TEXT(length=40), nullable=False),
        sa.Column("solicitation_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("platform", _TEXT(length=16), nullable=True),
        sa.Column("recipient", _TEXT(length=128), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", _TEXT(length=16), nullable=False),
        sa.Column("due_at", _TIME(), nullable=False),
        sa.Column("next_attempt_at", _TIME(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claim_token", _TEXT(length=64), nullable=True),
        sa.Column("claimed_until", _TIME(), nullable=True),
        sa.Column("sent_at", _TIME(), nullable=True),
        sa.Column("failed_at", _TIME(), nullable=True),
        sa.Column("last_error", _TEXT(length=1000), nullable=True),
        sa.Column("created_at", _TIME(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["solicitation_id"], ["solicitation.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_due", ["status", "next_attempt_at"], unique=False)
        for column in ("client", "solicitation_id", "person_id"):
            batch_op.create_index(batch_op.f(f"ix_outbox_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        for column in ("client", "solicitation_id", "person_id"):
            batch_op.drop_index(batch_op.f(f"ix_outbox_{column}"))
        batch_op.drop_index("ix_outbox_due")
    op.drop_table("outbox")
    with op.batch_alter_table("solicitation_response", schema=None) as batch_op:
        for column in ("client", "solicitation_id", "person_id", "status", "invited_at"):
            batch_op.drop_index(batch_op.f(f"ix_solicitation_response_{column}"))
    op.drop_table("solicitation_response")
    with op.batch_alter_table("solicitation", schema=None) as batch_op:
        for column in ("client", "deadline_at", "status"):
            batch_op.drop_index(batch_op.f(f"ix_solicitation_{column}"))
    op.drop_table("solicitation")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("reminders_stopped_at")
