"""Issue 14 item 3: one handoff package; what it compiles per client belongs to an assistant."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.core.messages import Target
from bot.handoff.api import CARD_ACTION, ESCALATE_ACTION, REQUEST_ACTION
from bot.handoff.detection import HandoffRules
from bot.settings import Settings
from bot.tenants import ClientConfig

ROOT = Path(__file__).resolve().parents[2]


def test_i14_3_each_handoff_action_id_is_written_once() -> None:
    where: dict[str, list[str]] = {REQUEST_ACTION: [], ESCALATE_ACTION: [], CARD_ACTION: []}
    for path in sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "skills").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in where:
                where[node.value].append(path.relative_to(ROOT).as_posix())
    assert where == {action: ["bot/handoff/keys.py"] for action in where}


async def test_i14_3_stages_and_staff_skill_share_the_assistants_compiled_rules(
    settings: Settings, acme: ClientConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[Any] = []
    load = HandoffRules.load.__func__  # type: ignore[attr-defined]

    def counted(cls: type[HandoffRules], *args: Any, **kwargs: Any) -> HandoffRules:
        loads.append(kwargs.get("overrides"))
        return load(cls, *args, **kwargs)

    monkeypatch.setattr(HandoffRules, "load", classmethod(counted))
    first = Assistant.build(settings)
    try:
        assert len(loads) == 1  # the staff skill compiled the defaults at start
        lea = ConsoleSession(first, client="acme", user_id="lea", role="ambassador")
        replies = await lea.send("Je voudrais parler à une vraie personne, s'il vous plaît.")
        assert any(r.target is Target.CHANNEL and r.action_id == CARD_ACTION for r in replies)
        assert len(loads) == 1  # the pre-check used the rules the skill compiled
    finally:
        await first.aclose()
    second = Assistant.build(settings)
    try:
        assert len(loads) == 2  # no cache outlives its assistant
    finally:
        await second.aclose()
