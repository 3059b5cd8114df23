"""consent per topic (the NPS survey becomes opt-in) and handoff_message (the relay's
messages, both ways) — issue 20

Revision ID: 0018_consent_and_relay
Revises: 0017_leader_lease
Create Date: 2026-12-05 10:00:00

`consent` replaces `model_consent`: a person's last yes or no per topic (`model`,
`surveys`, `board`, `channel`), with when and where. Carried over: every model answer as
it was; every survey opt-out as a "no" (`person_preference.surveys_opt_out`, dropped);
every board or channel opt-in as a "yes" dated by the preferences' last change. Nobody is
taken to have said yes to the survey: under opt-in, those who never said are not asked.
The platform of a carried-over answer is `migration`.

`handoff_message`: what the person wrote during a handoff and what the staff replied
(`repondre N …`), for their export; erased with them, purged with conversation states.

Going down puts `model_consent` back from the `model` answers, and turns the survey
opt-in back into opt-out failing closed: everyone without a "yes" is opted out.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0018_consent_and_relay"
down_revision: str | None = "0017_leader_lease"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime
_MIGRATED = "migration"


def _tables() -> tuple[sa.Table, sa.Table, sa.Table, sa.Table]:
    meta = sa.MetaData()
    consent = sa.Table(
        "consent",
        meta,
        sa.Column("id", sa.Integer),
        sa.Column("client", sa.String),
        sa.Column("person_id", sa.Integer),
        sa.Column("topic", sa.String),
        sa.Column("consented", sa.Boolean),
        sa.Column("platform", sa.String),
        sa.Column("decided_at", _TIME()),
    )
    model = sa.Table(
        "model_consent",
        meta,
        sa.Column("id", sa.Integer),
        sa.Column("client", sa.String),
        sa.Column("person_id", sa.Integer),
        sa.Column("consented", sa.Boolean),
        sa.Column("platform", sa.String),
        sa.Column("decided_at", _TIME()),
    )
    prefs = sa.Table(
        "person_preference",
        meta,
        sa.Column("person_id", sa.Integer),
        sa.Column("client", sa.String),
        sa.Column("board_opt_in", sa.Boolean),
        sa.Column("channel_opt_in", sa.Boolean),
        sa.Column("surveys_opt_out", sa.Boolean),
        sa.Column("updated_at", _TIME()),
    )
    person = sa.Table("person", meta, sa.Column("id", sa.Integer), sa.Column("client", sa.String))
    return consent, model, prefs, person


_PREFS_COLUMNS = [
    *("person_id", "client", "board_opt_in", "channel_opt_in", "surveys_opt_out", "updated_at")
]
_CONSENT_COLUMNS = ["client", "person_id", "topic", "consented", "platform", "decided_at"]


def upgrade() -> None:
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("topic", _TEXT(length=16), nullable=False),
        sa.Column("consented", sa.Boolean(), nullable=False),
        sa.Column("platform", _TEXT(length=16), nullable=False),
        sa.Column("decided_at", _TIME(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "person_id", "topic", name="uq_consent_topic"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_client"), ["client"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)
    consent, model, prefs, _ = _tables()
    op.execute(
        consent.insert().from_select(
            _CONSENT_COLUMNS,
            sa.select(
                model.c.client,
                model.c.person_id,
                sa.literal("model"),
                model.c.consented,
                model.c.platform,
                model.c.decided_at,
            ),
        )
    )
    for topic, flag, said in (
        ("surveys", prefs.c.surveys_opt_out, False),
        ("board", prefs.c.board_opt_in, True),
        ("channel", prefs.c.channel_opt_in, True),
    ):
        op.execute(
            consent.insert().from_select(
                _CONSENT_COLUMNS,
                sa.select(
                    prefs.c.client,
                    prefs.c.person_id,
                    sa.literal(topic),
                    sa.true() if said else sa.false(),
                    sa.literal(_MIGRATED),
                    prefs.c.updated_at,
                ).where(flag == sa.true()),
            )
        )
    with op.batch_alter_table("model_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_model_consent_person_id"))
        batch_op.drop_index(batch_op.f("ix_model_consent_client"))
    op.drop_table("model_consent")
    with op.batch_alter_table("person_preference", schema=None) as batch_op:
        batch_op.drop_column("surveys_opt_out")

    op.create_table(
        "handoff_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("handoff_id", sa.Integer(), nullable=False),
        sa.Column("author", _TEXT(length=8), nullable=False),
        sa.Column("user_id", _TEXT(length=128), nullable=False),
        sa.Column("text", _TEXT(), nullable=False),
        sa.Column("sent_at", _TIME(), nullable=False),
        sa.ForeignKeyConstraint(["handoff_id"], ["handoff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("handoff_message", schema=None) as batch_op:
        batch_op.create_index(
            "ix_handoff_message_thread", ["handoff_id", "sent_at", "id"], unique=False
        )
        batch_op.create_index("ix_handoff_message_sent", ["client", "sent_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("handoff_message", schema=None) as batch_op:
        batch_op.drop_index("ix_handoff_message_sent")
        batch_op.drop_index("ix_handoff_message_thread")
    op.drop_table("handoff_message")

    consent, model, prefs, person = _tables()
    with op.batch_alter_table("person_preference", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("surveys_opt_out", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    said_yes = sa.select(consent.c.person_id).where(
        consent.c.topic == "surveys", consent.c.consented == sa.true()
    )
    op.execute(
        prefs.insert().from_select(
            _PREFS_COLUMNS,
            sa.select(
                person.c.id,
                person.c.client,
                sa.false(),
                sa.false(),
                sa.true(),
                sa.literal(datetime.now(UTC), _TIME()),
            ).where(
                person.c.id.not_in(sa.select(prefs.c.person_id)),
                person.c.id.not_in(said_yes),
            ),
        )
    )
    op.execute(
        prefs.update().where(prefs.c.person_id.not_in(said_yes)).values(surveys_opt_out=sa.true())
    )
    with op.batch_alter_table("person_preference", schema=None) as batch_op:
        batch_op.alter_column("surveys_opt_out", server_default=None)

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
    op.execute(
        model.insert().from_select(
            ["client", "person_id", "consented", "platform", "decided_at"],
            sa.select(
                consent.c.client,
                consent.c.person_id,
                consent.c.consented,
                consent.c.platform,
                consent.c.decided_at,
            ).where(consent.c.topic == "model"),
        )
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_person_id"))
        batch_op.drop_index(batch_op.f("ix_consent_client"))
    op.drop_table("consent")
