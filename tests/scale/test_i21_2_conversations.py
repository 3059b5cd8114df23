"""Issue 21 item 2, the conversations of `ambassade bench load`: signed Slack HTTP requests
to `run slack --http` replicas sharing the stores, every event answered exactly once.

The parts are checked against the product (its request guard, its translation of Slack
events, its knowledge base), the counting against planted duplicates and misses, and a
small real run: two replica processes, every event delivered twice (once to each).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from slack_sdk.signature import SignatureVerifier
from typer.testing import CliRunner

from bot.adapters.slack import translate
from bot.adapters.slack.http_guard import Refused, check_signature
from bot.bench.load.conversations import _count, run_conversations
from bot.bench.load.conversations_result import ConversationsRun
from bot.bench.load.corpus import documents, workshops
from bot.bench.load.slack_events import BOT_USER, dm_channel, message_event, signed_headers
from bot.bench.solicitations.fake_slack import BenchSlackAPI, Post
from bot.cli import app
from knowledge.base import KnowledgeBase
from tests.conftest import POSTGRES_URL

runner = CliRunner()
CODE = re.compile(r"INSC\d{6}")


def test_i21_2_bench_requests_are_signed_as_slack_signs_them() -> None:
    body = message_event("Ev-load-00001-0", "U00001", "Bonjour ?", 1_800_000_000.5)
    headers = signed_headers("s3cret", body, retry=1)
    timestamp, signature = headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    check_signature(SignatureVerifier("s3cret"), body, timestamp, signature)
    with pytest.raises(Refused) as refused:
        check_signature(SignatureVerifier("another"), body, timestamp, signature)
    assert refused.value.status == 401
    assert headers["X-Slack-Retry-Num"] == "1"
    inbound = translate.from_event(json.loads(body), BOT_USER)
    assert inbound is not None
    assert inbound.incoming.event_id == "Ev-load-00001-0" and inbound.incoming.is_direct
    assert inbound.place.channel_id == dm_channel("U00001") == "DU00001"


def test_i21_2_each_question_is_answered_with_its_own_code(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path, sentence_encoder=False)
    kb.ingest_files("loadbench", documents(), sensitivity="public")
    bank = workshops()
    assert len({w.code for w in bank}) == len(bank) == 60
    for workshop in bank:
        answer = kb.answer("loadbench", workshop.question, allowed_sensitivities={"public"})
        assert set(CODE.findall(answer.text)) == {workshop.code}, workshop.question


def test_i21_2_the_count_finds_duplicates_misses_and_strays() -> None:
    api = BenchSlackAPI()
    api.posts += [
        Post("DU1", "…", 1.0, "1.1"),  # a working note, replaced by its answer below
        Post("DU1", "Le code est INSC000000.", 1.5, "1.2"),  # the same answer again
        Post("DU2", "Le code est INSC000113.", 2.0, "2.1"),  # asked in another channel
        Post("DU3", "Le code est INSC010107.", 2.0, "3.1"),
    ]
    api.updates += [
        Post("DU1", "Le code est INSC000000.", 1.2, "1.1"),
        Post("DU3", "Le code est INSC010107 (mis à jour).", 2.5, "3.1"),  # same message
    ]
    asked = [("DU1", "INSC000000"), ("DU3", "INSC010107"), ("DU4", "INSC020214")]
    run = ConversationsRun("sqlite", "embedded", 1, 4, 1, 0.0, 0.0, events=3, dedup_rows=3)
    _count(run, api, asked)
    assert (run.answered, run.duplicates, run.stray) == (2, 1, 1)
    assert not run.exactly_once and not run.passed


def test_i21_2_bench_load_checks_the_conversation_options() -> None:
    for args, said in (
        (["--conversations", "0"], "--conversations must be at least 1"),
        (["--turns", "61"], "--turns is at most 60"),
        (["--retry-share", "1.5"], "between 0 and 1"),
        (["--think", "-1"], "--think cannot be negative"),
        (["--replicas", "0"], "--replicas must be at least 1"),
    ):
        result = runner.invoke(app, ["--lang", "en", "bench", "load", *args])
        assert result.exit_code == 2 and said in " ".join(result.output.split()), args
    result = runner.invoke(app, ["--lang", "fr", "bench", "load", "--think", "-1"])
    assert result.exit_code == 2 and "ne peut pas être négatif" in result.output


async def test_i21_2_two_replicas_answer_every_event_exactly_once(chroma_url: str) -> None:
    """Two real `run slack --http` processes, each event sent to one and again to the other."""
    run = await run_conversations(
        database_url=POSTGRES_URL,
        replicas=2,
        chroma_server=True,
        existing_chroma=chroma_url,
        conversations=4,
        turns=2,
        retry_share=1.0,
        think=0.2,
    )
    assert run.error is None, run.error
    assert (run.events, run.retries, run.answered) == (8, 8, 8)
    assert run.duplicates == 0 and run.unanswered == 0 and run.http_errors == 0
    assert run.dedup_rows == 8 and run.exactly_once
    assert len(run.first_answer_s) == 2 and len(run.acks) == 8
