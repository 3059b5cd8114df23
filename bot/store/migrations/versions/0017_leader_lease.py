"""leader_lease: who runs the scheduler and the outbox sender, until when (issue 21)

Revision ID: 0017_leader_lease
Revises: 0016_notices
Create Date: 2026-12-03 18:40:00

One row per lease name (`scheduler`): the holder's id and when its lease expires. Used
where the database has no advisory locks (SQLite); PostgreSQL holds an advisory lock
instead (`bot/store/lease.py`), and the table stays empty there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0017_leader_lease"
down_revision: str | None = "0016_notices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "leader_lease",
        sa.Column("name", _TEXT(), nullable=False),
        sa.Column("holder", _TEXT(), nullable=False),
        sa.Column("expires_at", _TIME(), nullable=False),
        sa.Column("acquired_at", _TIME(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("leader_lease")
