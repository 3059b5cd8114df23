"""people: one person per human, with their platform identities (replaces user_profile)

Revision ID: 0007_people
Revises: 0006_answer_restricted
Create Date: 2026-12-03 08:00:00

Each `user_profile` row becomes a person with one identity: its display name, language
and first/last seen times are kept. The downgrade writes them back.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007_people"
down_revision: str | None = "0006_answer_restricted"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("name", _TEXT(length=255), nullable=True),
        sa.Column("email", _TEXT(length=320), nullable=True),
        sa.Column("role", _TEXT(length=32), nullable=True),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("language", _TEXT(length=8), nullable=True),
        sa.Column("timezone", _TEXT(length=64), nullable=True),
        sa.Column("quiet_hours", sa.JSON(), nullable=True),
        sa.Column("preferred_kinds", sa.JSON(), nullable=False),
        sa.Column("status", _TEXT(length=16), nullable=False),
        sa.Column("paused_until", _TIME(), nullable=True),
        sa.Column("created_at", _TIME(), nullable=False),
        sa.Column("updated_at", _TIME(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        for column in ("client", "email", "status"):
            batch_op.create_index(batch_op.f(f"ix_person_{column}"), [column], unique=False)
    op.create_table(
        "person_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("platform", _TEXT(length=16), nullable=False),
        sa.Column("user_id", _TEXT(length=128), nullable=False),
        sa.Column("display_name", _TEXT(length=255), nullable=True),
        sa.Column("first_seen_at", _TIME(), nullable=True),
        sa.Column("last_seen_at", _TIME(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "platform", "user_id"),
    )
    with op.batch_alter_table("person_identity", schema=None) as batch_op:
        for column in ("client", "person_id"):
            batch_op.create_index(
                batch_op.f(f"ix_person_identity_{column}"), [column], unique=False
            )
    _profiles_to_people()
    with op.batch_alter_table("user_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_profile_client"))
    op.drop_table("user_profile")


def _profiles_to_people() -> None:
    connection = op.get_bind()
    profile = sa.table(
        "user_profile",
        *(sa.column(name) for name in ("client", "platform", "user_id", "display_name")),
        sa.column("language"),
        sa.column("first_seen_at", _TIME()),
        sa.column("last_seen_at", _TIME()),
    )
    person = sa.table(
        "person",
        *(sa.column(name) for name in ("id", "client", "name", "language", "status")),
        sa.column("groups", sa.JSON()),
        sa.column("preferred_kinds", sa.JSON()),
        sa.column("created_at", _TIME()),
        sa.column("updated_at", _TIME()),
    )
    identity = sa.table(
        "person_identity",
        *(sa.column(name) for name in ("client", "person_id", "platform", "user_id")),
        sa.column("display_name"),
        sa.column("first_seen_at", _TIME()),
        sa.column("last_seen_at", _TIME()),
    )
    for row in connection.execute(sa.select(profile)).mappings().all():
        person_id = connection.execute(
            person.insert()
            .values(
                client=row["client"],
                name=row["display_name"],
                language=row["language"],
                status="active",
                groups=[],
                preferred_kinds=[],
                created_at=row["first_seen_at"],
                updated_at=row["last_seen_at"],
            )
            .returning(person.c.id)
        ).scalar_one()
        connection.execute(
            identity.insert().values(
                client=row["client"],
                person_id=person_id,
                platform=row["platform"],
                user_id=row["user_id"],
                display_name=row["display_name"],
                first_seen_at=row["first_seen_at"],
                last_seen_at=row["last_seen_at"],
            )
        )


def downgrade() -> None:
    op.create_table(
        "user_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("platform", _TEXT(length=16), nullable=False),
        sa.Column("user_id", _TEXT(length=128), nullable=False),
        sa.Column("display_name", _TEXT(length=255), nullable=True),
        sa.Column("language", _TEXT(length=8), nullable=True),
        sa.Column("first_seen_at", _TIME(), nullable=False),
        sa.Column("last_seen_at", _TIME(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "platform", "user_id"),
    )
    with op.batch_alter_table("user_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_profile_client"), ["client"], unique=False)
    op.execute(
        "INSERT INTO user_profile (client, platform, user_id, display_name, language,"
        " first_seen_at, last_seen_at)"
        " SELECT i.client, i.platform, i.user_id, i.display_name, p.language,"
        " COALESCE(i.first_seen_at, p.created_at), COALESCE(i.last_seen_at, p.updated_at)"
        " FROM person_identity i JOIN person p ON p.id = i.person_id"
    )
    with op.batch_alter_table("person_identity", schema=None) as batch_op:
        for column in ("client", "person_id"):
            batch_op.drop_index(batch_op.f(f"ix_person_identity_{column}"))
    op.drop_table("person_identity")
    with op.batch_alter_table("person", schema=None) as batch_op:
        for column in ("client", "email", "status"):
            batch_op.drop_index(batch_op.f(f"ix_person_{column}"))
    op.drop_table("person")
