"""The outbox's "sending" state: each call to the platform is recorded before it is made

Revision ID: 0012_outbox_sending
Revises: 0011_kpi_speed
Create Date: 2027-01-05 12:00:00

`outbox.sends` counts the calls to the platform begun for a row, `send_key` (drawn at the
first) travels with the message (Slack message metadata, a Discord nonce) and
`send_started_at` dates the first call. A row claimed again after a crash with `sends` ≥ 1
is looked for on the platform before it is posted again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0012_outbox_sending"
down_revision: str | None = "0011_kpi_speed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("send_key", _TEXT(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("sends", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(sa.Column("send_started_at", _TIME(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("send_started_at")
        batch_op.drop_column("sends")
        batch_op.drop_column("send_key")
