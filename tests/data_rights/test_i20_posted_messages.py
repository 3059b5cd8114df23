"""Issue 20: `posted_message` (migration 0019) on SQLite and PostgreSQL, the staff-posts
store, and how a batch with `Reply.replaces` is delivered (edit, else one notice).

The PostgreSQL cases run in a database of their own, created and dropped here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect
from sqlmodel import select

from bot.adapters.console import render
from bot.adapters.delivery import deliver_in_order
from bot.core.messages import PostedRef, PostTag, Reply, Target
from bot.data_rights.registry import DataSubject, Identity
from bot.store import Database
from bot.store.database import MIGRATIONS_DIR
from bot.store.posted import PostedMessage, posted_about, posted_store, record_posted
from tests.conftest import database_urls, throwaway_postgres_database


@pytest.fixture(params=database_urls())
def blank(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database with no table yet."""
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'posted.db'}")
        yield db
        db.dispose()
        return
    with throwaway_postgres_database("posted19") as url:
        db = Database(url)
        try:
            yield db
        finally:
            db.dispose()


def _alembic(db: Database, verb: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, verb)(config, revision)


LEA = PostTag("acme", "handoff_card", "slack", "U-LEA", handoff_id=1)
MARC = PostTag("acme", "handoff_relay", "discord", "42", handoff_id=2)


def test_i20_0019_goes_up_down_and_up_and_matches_the_model(blank: Database):
    _alembic(blank, "upgrade", "0018_consent_and_relay")
    assert "posted_message" not in inspect(blank.engine).get_table_names()
    blank.migrate()
    assert "posted_message" in inspect(blank.engine).get_table_names()
    indexes = {i["name"] for i in inspect(blank.engine).get_indexes("posted_message")}
    assert {"ix_posted_message_person", "ix_posted_message_handoff_id"} <= indexes

    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with blank.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}),
            SQLModel.metadata,
        )
    assert [d for d in diff if "posted_message" in repr(d)] == []

    record_posted(blank, LEA, PostedRef("slack", "C-CM", "1700000000.000101"))
    _alembic(blank, "downgrade", "0018_consent_and_relay")
    assert "posted_message" not in inspect(blank.engine).get_table_names()
    blank.migrate()
    with blank.session() as session:
        assert session.exec(select(PostedMessage)).all() == []


def test_i20_the_staff_posts_store_exports_and_erases_only_theirs(blank: Database):
    blank.migrate()
    record_posted(blank, LEA, PostedRef("slack", "C-CM", "1700000000.000101"))
    record_posted(blank, LEA, PostedRef("slack", "DU-BOSS", "1700000000.000102"))
    record_posted(blank, MARC, PostedRef("discord", "77", "9001"))
    lea = DataSubject("acme", 1, (Identity("slack", "U-LEA"),))
    store = posted_store()
    with blank.session() as session:
        exported = store.export(session, lea)
        assert [(e["channel_id"], e["message_id"]) for e in exported] == [
            ("C-CM", "1700000000.000101"),
            ("DU-BOSS", "1700000000.000102"),
        ]
        assert "client" not in exported[0]
        # Marc's relay is found through his handoff too, even under another identity.
        assert [r.message_id for r in posted_about(session, lea, {2})] == [
            "1700000000.000101",
            "1700000000.000102",
            "9001",
        ]
        assert store.erase(session, lea) == {"posted_message": 2}
    with blank.session() as session:
        assert [r.user_id for r in session.exec(select(PostedMessage)).all()] == ["42"]


async def test_i20_an_edit_replaces_and_a_failed_one_sends_its_notice_once():
    notice = Reply("à supprimer à la main", target=Target.CHANNEL, channel_id="C-CM")
    ok, gone, gone_too = (
        Reply("effacé", replaces=PostedRef("slack", "C-CM", ts), otherwise=notice, key=ts)
        for ts in ("1.1", "1.2", "1.3")
    )
    sent: list[Reply] = []

    async def send(reply: Reply) -> None:
        if reply.replaces is not None and reply.replaces.message_id != "1.1":
            raise RuntimeError("message_not_found")
        sent.append(reply)

    delivered = await deliver_in_order([ok, gone, gone_too, Reply("suite")], send)
    assert [r.text for r in sent] == ["effacé", "à supprimer à la main", "suite"]
    assert delivered == {"1.1"}


def test_i20_the_console_says_which_message_a_reply_replaces():
    reply = Reply(
        "contenu effacé",
        target=Target.CHANNEL,
        channel_id="staff",
        replaces=PostedRef("x", "staff", "m7"),
    )
    shown = render(reply)
    assert "[#staff]" in shown and "remplace le message m7" in shown and "contenu effacé" in shown
    assert "replaces message m7" in render(reply, language="en")
