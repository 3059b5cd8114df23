"""handoffs and the scheduler's job store

Revision ID: 0005_handoffs
Revises: 0004_model_call_audit
Create Date: 2026-11-29 04:30:00

`apscheduler_jobs` has exactly the shape APScheduler 3's SQLAlchemyJobStore expects, so
the job store finds its table instead of creating it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005_handoffs"
down_revision: str | None = "0004_model_call_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "handoff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("platform", _TEXT(length=16), nullable=False),
        sa.Column("conversation_key", _TEXT(length=255), nullable=False),
        sa.Column("user_id", _TEXT(length=128), nullable=False),
        sa.Column("user_name", _TEXT(length=255), nullable=True),
        sa.Column("language", _TEXT(length=8), nullable=False),
        sa.Column("category", _TEXT(length=32), nullable=False),
        sa.Column("rule", _TEXT(length=64), nullable=False),
        sa.Column("urgency", _TEXT(length=16), nullable=False),
        sa.Column("danger", sa.Boolean(), nullable=False),
        sa.Column("summary", _TEXT(), nullable=False),
        sa.Column("status", _TEXT(length=16), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("claimed_by", _TEXT(length=128), nullable=True),
        sa.Column("resolved_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("resolved_by", _TEXT(length=128), nullable=True),
        sa.Column("escalations", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("handoff", schema=None) as batch_op:
        for column in ("client", "conversation_key", "category", "status", "created_at"):
            batch_op.create_index(batch_op.f(f"ix_handoff_{column}"), [column], unique=False)
    op.create_table(
        "apscheduler_jobs",
        sa.Column("id", sa.Unicode(length=191), nullable=False),
        sa.Column("next_run_time", sa.Float(precision=25), nullable=True),
        sa.Column("job_state", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_apscheduler_jobs_next_run_time", "apscheduler_jobs", ["next_run_time"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_apscheduler_jobs_next_run_time", table_name="apscheduler_jobs")
    op.drop_table("apscheduler_jobs")
    with op.batch_alter_table("handoff", schema=None) as batch_op:
        for column in ("client", "conversation_key", "category", "status", "created_at"):
            batch_op.drop_index(batch_op.f(f"ix_handoff_{column}"))
    op.drop_table("handoff")
