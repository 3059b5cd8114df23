"""model call audit

Revision ID: 0004_model_call_audit
Revises: 0003_workshops
Create Date: 2026-11-29 04:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004_model_call_audit"
down_revision: str | None = "0003_workshops"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "model_call_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("client", sqlmodel.sql.sqltypes.AutoString(length=63), nullable=False),
        sa.Column("purpose", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("model", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("entities_removed", sa.JSON(), nullable=False),
        sa.Column("payload_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("duration_ms", sa.Float(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("error", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("model_call_audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_call_audit_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_model_call_audit_client"), ["client"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("model_call_audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_model_call_audit_client"))
        batch_op.drop_index(batch_op.f("ix_model_call_audit_at"))
    op.drop_table("model_call_audit")
