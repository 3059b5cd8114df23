"""The development QA set (../shared/eval) asked through the chat pipeline by an ambassador."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.settings import Settings
from bot.shared_data import MISSING_SHARED_MESSAGE, find_shared_dir
from bot.tenants import ClientConfig, ClientDirectory
from knowledge.access import sensitivities_for_role
from knowledge.text import normalize
from tests.skills.ask_support import answer_records, only

SHARED = find_shared_dir()
pytestmark = pytest.mark.skipif(
    SHARED is None or not (SHARED / "eval" / "qa.jsonl").is_file(), reason=MISSING_SHARED_MESSAGE
)


@pytest.fixture
async def volta(settings: Settings) -> AsyncIterator[Assistant]:
    assert SHARED is not None
    ClientDirectory(settings.clients_dir).save(ClientConfig(name="volta"))
    bot = Assistant.build(settings)
    bot.services.knowledge.ingest_paths("volta", [SHARED / "eval" / "corpus" / "volta"])
    yield bot
    await bot.aclose()


def qa_rows() -> list[dict]:
    assert SHARED is not None
    lines = (SHARED / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


async def test_ambassador_chat_answers_match_the_knowledge_base_and_never_leak(volta: Assistant):
    lea = ConsoleSession(volta, client="volta", user_id="lea", role="ambassador")
    kb = volta.services.knowledge
    public = sensitivities_for_role("ambassador")
    abstained = {"unanswerable": 0}
    for row in qa_rows():
        reply = only(await lea.send(row["question"]))
        shown = normalize(f"{reply.text}\n{reply.context or ''}")
        expected = kb.answer("volta", row["question"], allowed_sensitivities=public)
        answered = reply.action_id == "ask.feedback"
        assert answered == expected.answered, row["id"]
        if row["kind"] == "confidential":
            assert not any(normalize(gold) in shown for gold in row["gold"]), row["id"]
            assert "strategie-confidentielle" not in shown, row["id"]
        if row["kind"] == "english":
            assert reply.text.startswith(("According to", "I don't know")), row["id"]
        if row["kind"] == "unanswerable" and not answered:
            abstained["unanswerable"] += 1
    assert abstained["unanswerable"] >= 5
    records = answer_records(volta)
    assert len(records) == len(qa_rows()) and all(r.client == "volta" for r in records)
