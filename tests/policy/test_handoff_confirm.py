"""A configured chat model may confirm borderline verdicts, never overturn the serious ones."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.handoff.detection import HandoffClassifier, HandoffRules, HandoffVerdict
from bot.handoff.detection.confirm import PURPOSE, confirm_borderline
from bot.llm import CallContext, ChatMessage, ModelUnavailable


class StubGateway:
    def __init__(self, answer: str = "YES", *, online: bool = True) -> None:
        self.answer, self.online = answer, online
        self.calls: list[tuple[CallContext, Sequence[ChatMessage]]] = []

    def allows(self, client: str, kind: str) -> bool:
        return self.online

    async def chat(
        self,
        ctx: CallContext,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.2,
        max_tokens: int | None = None,
    ) -> str:
        self.calls.append((ctx, messages))
        if self.answer == "raise":
            raise ModelUnavailable("offline")
        return self.answer


@pytest.fixture(scope="module")
def rules() -> HandoffRules:
    return HandoffRules.load()


async def test_model_can_upgrade_a_joke_downgraded_message(rules: HandoffRules) -> None:
    text = "Encore une relance et j'appelle mon avocat 😂"
    verdict = HandoffClassifier(rules).classify(text)
    gateway = StubGateway("YES")
    confirmed = await confirm_borderline(verdict, text, rules=rules, gateway=gateway, client="acme")
    assert confirmed.handoff and confirmed.category == "legal"
    ctx, messages = gateway.calls[0]
    assert ctx.purpose == PURPOSE and ctx.client == "acme"
    assert "legal" in messages[0].content and messages[1].content == text


async def test_model_can_clear_a_borderline_handoff(rules: HandoffRules) -> None:
    verdict = HandoffVerdict(
        handoff=True, category="anger", rule="fed_up", urgency="normal", borderline=True
    )
    confirmed = await confirm_borderline(
        verdict, "bof", rules=rules, gateway=StubGateway("NO"), client="acme"
    )
    assert not confirmed.handoff and confirmed.category == "none"


async def test_serious_or_clear_verdicts_are_never_sent(rules: HandoffRules) -> None:
    gateway = StubGateway("NO")
    serious = HandoffVerdict(
        handoff=True, category="distress", rule="x", urgency="high", borderline=True
    )
    clear = HandoffVerdict(handoff=True, category="legal", rule="lawyer", urgency="high")
    for verdict in (serious, clear):
        kept = await confirm_borderline(verdict, "t", rules=rules, gateway=gateway, client="c")
        assert kept == verdict
    assert gateway.calls == []


async def test_offline_or_failing_model_keeps_the_offline_verdict(rules: HandoffRules) -> None:
    verdict = HandoffVerdict(handoff=False, borderline=True, candidate="legal")
    for gateway in (StubGateway(online=False), StubGateway("raise")):
        kept = await confirm_borderline(verdict, "t", rules=rules, gateway=gateway, client="c")
        assert kept == verdict
