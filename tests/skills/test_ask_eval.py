"""The development QA set (../shared/eval) asked through the chat pipeline by an ambassador."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.settings import Settings
from bot.shared_data import MISSING_SHARED_MESSAGE, find_shared_dir
from bot.tenants import ClientConfig, ClientDirectory
from knowledge.access import sensitivities_for_role
from knowledge.text import normalize
from tests.skills.ask_support import answer_records

SHARED = find_shared_dir()
pytestmark = pytest.mark.skipif(
    SHARED is None or not (SHARED / "eval" / "qa.jsonl").is_file(), reason=MISSING_SHARED_MESSAGE
)


@pytest.fixture
async def volta(settings: Settings) -> AsyncIterator[Assistant]:
    assert SHARED is not None
    ClientDirectory(settings.clients_dir).save(ClientConfig(name="volta"))
    bot = Assistant.build(settings)
    bot.services.knowledge.ingest_paths(
        "volta", [SHARED / "eval" / "corpus" / "volta"], default_sensitivity="public"
    )
    yield bot
    await bot.aclose()


def qa_rows() -> list[dict]:
    assert SHARED is not None
    lines = (SHARED / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


async def test_ambassador_chat_answers_match_the_knowledge_base_and_never_leak(volta: Assistant):
    kb = volta.services.knowledge
    public = sensitivities_for_role("ambassador")
    rows = qa_rows()
    abstained = asked = 0
    for row in rows:
        # One asker per question: repeated "I don't know" to one person starts a handoff.
        asker = ConsoleSession(volta, client="volta", user_id=row["id"], role="ambassador")
        replies = await asker.send(row["question"])
        shown = normalize(render_all(replies))
        if row["kind"] == "confidential":
            assert not any(normalize(gold) in shown for gold in row["gold"]), row["id"]
            assert "strategie-confidentielle" not in shown, row["id"]
        records = [r for r in answer_records(volta) if r.user_id == row["id"]]
        if not records:
            continue  # a handoff rule took the message before any answer (a legal question…)
        asked += 1
        reply = replies[0]  # a handoff rule may add its own messages after the answer
        expected = kb.answer("volta", row["question"], allowed_sensitivities=public)
        assert records[0].answered == expected.answered, row["id"]
        assert (reply.action_id == "ask.feedback") == expected.answered, row["id"]
        if row["kind"] == "english":
            assert reply.text.startswith(("According to", "I don't know")), row["id"]
        if row["kind"] == "unanswerable" and not expected.answered:
            abstained += 1
    assert abstained >= 5
    # The handoff rules take only a few of these questions: today q15 (legal), q31 (asks for
    # a person), and two false alarms of the learned model's serious_from 0.15 (chosen for
    # safety by cross-writer validation, issue 15): q32 (distress), q35 (harassment).
    assert asked >= len(rows) - 4
