"""synthesis_version: each on-the-spot synthesis of JE answers, versioned per scope

Revision ID: 0013_synthesis
Revises: 0012_outbox_sending
Create Date: 2026-12-16 10:00:00

One row per synthesis a facilitator asked for (`synthèse [code]`): the client, the scope
(a session code or "all"), a version counted per client and scope, the engine's JSON
(participants anonymised), the labels' owners (for data rights), language, when and who.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0013_synthesis"
down_revision: str | None = "0012_outbox_sending"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "synthesis_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("scope", _TEXT(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("people", sa.JSON(), nullable=False),
        sa.Column("language", _TEXT(length=8), nullable=False),
        sa.Column("created_at", _TIME(), nullable=False),
        sa.Column("created_by", _TEXT(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "scope", "version"),
    )
    with op.batch_alter_table("synthesis_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_synthesis_version_client"), ["client"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("synthesis_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_synthesis_version_client"))
    op.drop_table("synthesis_version")
