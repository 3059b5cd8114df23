"""Issue 17, item 1 (speed target): logging a contribution commits without waiting for the
disk — for that transaction only; it still commits whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from bot.contributions.tables import Contribution
from bot.store import Database
from tests.contributions.support import TODAY, program


def _durability(db: Database, session: object | None = None) -> str:
    sql = "PRAGMA synchronous" if db.engine.dialect.name == "sqlite" else "SHOW synchronous_commit"
    if session is not None:
        return str(session.execute(text(sql)).scalar())  # type: ignore[attr-defined]
    with db.engine.connect() as connection:
        return str(connection.execute(text(sql)).scalar())


def test_i17_1_log_commit_without_fsync_for_that_transaction_only(
    database: Database, tmp_path: Path
) -> None:
    p = program(database, tmp_path)
    usual = _durability(database)
    with database.session(wait_for_disk=False) as session:
        assert _durability(database, session) in {"1", "off"}  # NORMAL / off
    assert _durability(database) == usual  # the pooled connection is put back as it was

    logged = p.add("U1", "review")
    assert logged.contribution.id is not None and _durability(database) == usual
    with pytest.raises(RuntimeError), database.session(wait_for_disk=False) as session:
        session.add(
            Contribution(client="acme", person_id=p.ids["U2"], kind="review", occurred_on=TODAY)
        )
        session.flush()
        raise RuntimeError("half way")
    with database.session() as session:
        rows = session.exec(select(Contribution.person_id)).all()
    assert rows == [p.ids["U1"]]  # the failed one rolled back whole
    assert _durability(database) == usual
