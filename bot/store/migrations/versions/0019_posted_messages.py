"""posted_message: where the bot posted messages quoting a person for the staff — issue 20

Revision ID: 0019_posted_messages
Revises: 0018_consent_and_relay
Create Date: 2026-12-06 09:00:00

A handoff card or a message relayed to the staff keeps the person's words in the staff
channel of Slack or Discord. The sender records each such message's reference (channel,
and ts or message id), so that the person's erasure (`oubli`) edits those messages too.
No text is kept; the rows are erased with the person.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0019_posted_messages"
down_revision: str | None = "0018_consent_and_relay"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "posted_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("platform", _TEXT(length=16), nullable=False),
        sa.Column("channel_id", _TEXT(length=128), nullable=False),
        sa.Column("message_id", _TEXT(length=64), nullable=False),
        sa.Column("about", _TEXT(length=32), nullable=False),
        sa.Column("handoff_id", sa.Integer(), nullable=True),
        sa.Column("person_platform", _TEXT(length=16), nullable=False),
        sa.Column("user_id", _TEXT(length=128), nullable=False),
        sa.Column("posted_at", _TIME(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("posted_message", schema=None) as batch_op:
        batch_op.create_index(
            "ix_posted_message_person", ["client", "person_platform", "user_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_posted_message_handoff_id"), ["handoff_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("posted_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_posted_message_handoff_id"))
        batch_op.drop_index("ix_posted_message_person")
    op.drop_table("posted_message")
