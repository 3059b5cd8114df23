"""persona_set: each client's shared personas, versioned, draft → validated → published

Revision ID: 0014_personas
Revises: 0013_synthesis
Create Date: 2026-12-03 18:00:00

One row per version of a client's persona set (`personas`): the engine's JSON
(participants anonymised), the labels' owners (for data rights), the JE sessions the
answers came from, the status, and who created, edited, validated and published it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0014_personas"
down_revision: str | None = "0013_synthesis"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "persona_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", _TEXT(length=16), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("people", sa.JSON(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("language", _TEXT(length=8), nullable=False),
        sa.Column("created_at", _TIME(), nullable=False),
        sa.Column("created_by", _TEXT(length=128), nullable=False),
        sa.Column("edited_at", _TIME(), nullable=True),
        sa.Column("edited_by", _TEXT(length=128), nullable=True),
        sa.Column("validated_at", _TIME(), nullable=True),
        sa.Column("validated_by", _TEXT(length=128), nullable=True),
        sa.Column("published_at", _TIME(), nullable=True),
        sa.Column("published_by", _TEXT(length=128), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "version"),
    )
    with op.batch_alter_table("persona_set", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persona_set_client"), ["client"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("persona_set", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persona_set_client"))
    op.drop_table("persona_set")
