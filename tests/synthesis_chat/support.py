"""Helpers for the synthesis chat tests: JE answers stored through the workshop repository."""

from __future__ import annotations

from typing import Any

from bot.store.database import Database
from skills.workshop.loader import PACKAGED_FLOWS, load_flows
from skills.workshop.repository import WorkshopRepository
from skills.workshop.schema import Flow


def je_flow() -> Flow:
    return load_flows([PACKAGED_FLOWS]).flows["je"]


def run_je(
    db: Database,
    people: dict[str, dict[str, Any]],
    *,
    client: str = "acme",
    close: bool = True,
    skipped: dict[str, list[str]] | None = None,
    platform: str = "console",
) -> str:
    """One JE session where each person gave `answers` (step id → typed value); its code."""
    repo = WorkshopRepository(db)
    session = repo.create_session(
        client=client, flow="je", platform=platform, channel_id="c", facilitator_id="hugo"
    )
    assert session.id is not None
    for user, answers in people.items():
        person, _ = repo.join(session.id, platform, user, user.title(), "purpose_fit")
        assert person.id is not None
        for step, value in answers.items():
            repo.record_answer(person.id, step, value)
        for step in (skipped or {}).get(user, []):
            repo.record_answer(person.id, step, None, skipped=True)
        repo.move(person.id, status="done", step_id=None)
    if close:
        repo.close(session.id, {"answers": []})
    return session.code


def set_objectives(db: Database, objectives: list[str], client: str = "acme") -> None:
    """A closed NOUS session whose output names these objectives."""
    repo = WorkshopRepository(db)
    session = repo.create_session(
        client=client, flow="nous", platform="console", channel_id="c", facilitator_id="hugo"
    )
    assert session.id is not None
    repo.close(session.id, {"objectives": [{"label": o, "by": ["Léa"]} for o in objectives]})
