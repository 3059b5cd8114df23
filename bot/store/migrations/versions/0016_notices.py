"""notice_seen and model_consent: evidence of the first-contact notice each person saw,
and their answer about external models (issue 20)

Revision ID: 0016_notices
Revises: 0014_personas
Create Date: 2026-12-03 18:40:00

`notice_seen`: one row per person and notice version (when, language, platform).
`model_consent`: a person's last `consentement oui|non` (clients with
`privacy.model_consent: required`). rights20a's branch adds no revision of its own; if a
0015 comes before this one, `down_revision` names it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0016_notices"
down_revision: str | None = "0014_personas"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "notice_seen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("version", _TEXT(length=32), nullable=False),
        sa.Column("language", _TEXT(length=8), nullable=False),
        sa.Column("platform", _TEXT(length=16), nullable=False),
        sa.Column("seen_at", _TIME(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "person_id", "version"),
    )
    with op.batch_alter_table("notice_seen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_seen_client"), ["client"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_seen_person_id"), ["person_id"], unique=False)
    op.create_table(
        "model_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("consented", sa.Boolean(), nullable=False),
        sa.Column("platform", _TEXT(length=16), nullable=False),
        sa.Column("decided_at", _TIME(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "person_id"),
    )
    with op.batch_alter_table("model_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_consent_client"), ["client"], unique=False)
        batch_op.create_index(batch_op.f("ix_model_consent_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    for table in ("model_consent", "notice_seen"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_person_id"))
            batch_op.drop_index(batch_op.f(f"ix_{table}_client"))
        op.drop_table(table)
