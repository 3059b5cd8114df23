"""answer_record.restricted: questions the documents answer for staff only

Revision ID: 0006_answer_restricted
Revises: 0005_handoffs
Create Date: 2026-12-03 08:00:00

An ambassador's "I don't know" whose answer exists in internal or confidential documents
is a restricted knowledge gap (make a public version), not an unanswered one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_answer_restricted"
down_revision: str | None = "0005_handoffs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("answer_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("restricted", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("answer_record", schema=None) as batch_op:
        batch_op.drop_column("restricted")
