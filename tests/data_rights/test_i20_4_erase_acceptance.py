"""Issue 20 acceptance: after `oubli`, nothing of the person is left anywhere; KPIs hold.

On SQLite (the raw database file searched too) and on PostgreSQL when
AMBASSADE_TEST_POSTGRES_URL is set. Every table (the job store included), every file under
the home (vector store, proofs) and every log record are searched for her ids, name,
e-mail and the distinctive phrases of what she wrote.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.kpi.period import make_period
from bot.kpi.service import card_for
from bot.settings import Settings
from tests.data_rights.fixture_person import (
    NEEDLES,
    TODAY,
    USER,
    found_in,
    live,
    person,
    rows_everywhere,
)


def _needles_in_file(path: Path) -> list[str]:
    data = path.read_bytes().lower()
    return [
        n
        for n in NEEDLES
        if any(form.lower().encode() in data for form in (n, n.casefold(), json.dumps(n)[1:-1]))
    ]


def kpis(bot: Assistant) -> dict:
    config = bot.services.clients.get("acme")
    period = make_period(date(2027, 1, 1), TODAY, TODAY)
    card = card_for(bot.services.db, config, period, None, bot.services.clock.now()).as_json()
    return _without_names(card)


def _without_names(value):  # type: ignore[no-untyped-def]
    if isinstance(value, dict):
        return {k: _without_names(v) for k, v in value.items() if k != "name"}
    if isinstance(value, list):
        return [_without_names(v) for v in value]
    return value


async def test_i20_4_after_oubli_nothing_of_the_person_is_left_and_kpis_hold(
    bot: Assistant, settings: Settings, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    story = await live(bot)
    url = bot.services.db.url
    before = [(t, found_in(row)) for t, row in rows_everywhere(url) if found_in(row)]
    assert {t for t, _ in before} >= {
        "person",
        "person_identity",
        "answer_record",
        "conversation",
        "workshop_participant",
        "workshop_answer",
        "workshop_output",
        "contribution",
        "handoff",
        "handoff_message",
        "synthesis_version",
        "solicitation_response",
        "outbox",
    }, before  # the search finds her before: it would find her after
    kpi_before = kpis(bot)
    if url.startswith("sqlite"):  # the raw file search finds her before: it would after
        assert any(_needles_in_file(p) for p in settings.home.rglob("ambassade.db*"))

    leonie = person(bot, USER)
    [asked] = await leonie.send("oubli")
    assert "OUBLI" in asked.text
    [done] = await leonie.send("OUBLI")
    assert done.text.startswith("C'est fait"), done.text
    for label in (
        "profil et identités",
        "questions posées",
        "ateliers",
        "contributions",
        "sollicitations",
        "mises en relation avec l'équipe",
        "conversations",
    ):
        assert f"• {label} :" in done.text, done.text

    left = [(table, found_in(row), row) for table, row in rows_everywhere(url) if found_in(row)]
    assert left == []
    assert kpis(bot) == kpi_before
    assert story.workshop_code  # Marc's data stays: his answers and his contribution
    marc_rows = [row for _, row in rows_everywhere(url) if "marc-1" in row]
    assert marc_rows

    files = [p for p in settings.home.rglob("*") if p.is_file()]
    assert [(p, _needles_in_file(p)) for p in files if _needles_in_file(p)] == []
    assert not list((settings.home / "proofs").rglob("*leonie*"))

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert found_in(logged) == []
