"""Issue 21 item 3: JSON log lines carry the turn's event id and client; no message text."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.core.log_context import turn_log_context
from bot.core.messages import Incoming, Platform
from bot.logging_setup import JsonFormatter, configure_logging
from bot.settings import get_settings


async def test_i21_3_every_line_of_a_turn_has_its_event_id_and_client(
    assistant: Assistant, caplog: pytest.LogCaptureFixture
) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    caplog.set_level(logging.DEBUG)
    secret_text = "Quelle est la charte du programme zanzibar ?"
    incoming = Incoming(
        platform=Platform.SLACK,
        workspace_id="T-ACME",
        channel_id="C-GEN",
        user_id="U-AMB",
        text=secret_text,
        event_id="Ev-json-1",
    )
    try:
        logging.getLogger("ambassade.test").info("before the turn")
        await assistant.handle(incoming)
        logging.getLogger("ambassade.test").info("after the turn")
    finally:
        root.removeHandler(handler)
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert {"time", "level", "logger", "message"} <= set(entries[0])
    assert entries[0]["message"] == "before the turn" and "event_id" not in entries[0]
    assert entries[-1]["message"] == "after the turn" and "event_id" not in entries[-1]
    inside = [e for e in entries[1:-1] if e["logger"].startswith(("bot.", "skills.", "knowledge."))]
    assert inside, "the turn logged nothing"
    after_client = False
    for entry in inside:
        assert entry["event_id"] == "Ev-json-1", entry
        after_client = after_client or "client" in entry
    assert after_client and {e.get("client") for e in inside} <= {None, "acme"}
    for entry in entries:
        if entry["level"] != "DEBUG":
            assert "zanzibar" not in entry["message"], entry  # never the message text at INFO


async def test_i21_3_fields_follow_the_turn_into_threads_and_end_with_it() -> None:
    import asyncio

    from bot.core.log_context import add_turn_log_fields, current_turn_fields

    with turn_log_context(event_id="Ev-2", platform="discord"):
        add_turn_log_fields(client="acme")
        seen = await asyncio.to_thread(current_turn_fields)
    assert seen == {"event_id": "Ev-2", "platform": "discord", "client": "acme"}
    assert current_turn_fields() == {}
    add_turn_log_fields(client="ignored")  # outside a turn: nothing to add to
    assert current_turn_fields() == {}


def test_i21_3_log_format_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMBASSADE_LOG_FORMAT", "json")
    get_settings.cache_clear()
    configure_logging()
    try:
        with turn_log_context(event_id="Ev-3"):
            logging.getLogger("ambassade.test").warning("un avertissement")
        for handler in logging.getLogger().handlers:
            handler.flush()
        log_file = tmp_path / "home" / "logs" / "ambassade.log"
        entry = json.loads(log_file.read_text("utf-8").splitlines()[-1])
        assert entry["message"] == "un avertissement" and entry["event_id"] == "Ev-3"
    finally:
        configure_logging(log_format="text", log_level="WARNING")
