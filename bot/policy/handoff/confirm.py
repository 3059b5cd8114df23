"""Optional second opinion from a chat model on borderline verdicts.

Only borderline cases are asked (a joke marker downgraded a match, or the rule is marked
`borderline`), only through the model gateway (so the confidentiality filter and the
audit apply), and never to overturn a distress, crisis or harassment verdict or a danger
flag. Offline, or when the model fails, the offline verdict stands.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from bot.llm import CallContext, ChatMessage, ModelCallFailed, ModelUnavailable
from bot.policy.handoff.classifier import HandoffVerdict
from bot.policy.handoff.rules import HandoffRules

log = logging.getLogger(__name__)

PURPOSE = "handoff_confirm"
_PROTECTED = frozenset({"distress", "crisis", "harassment"})


class ChatGateway(Protocol):
    """The part of `bot.llm.ModelGateway` this module needs."""

    def allows(self, client: str, kind: str) -> bool: ...

    async def chat(
        self,
        ctx: CallContext,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = ...,
        max_tokens: int | None = ...,
    ) -> str: ...


async def confirm_borderline(
    verdict: HandoffVerdict,
    text: str,
    *,
    rules: HandoffRules,
    gateway: ChatGateway,
    client: str,
    conversation_id: str | None = None,
) -> HandoffVerdict:
    """The verdict, possibly flipped by the model when it is borderline."""
    if not verdict.borderline or verdict.danger or verdict.category in _PROTECTED:
        return verdict
    if not gateway.allows(client, "chat") or not rules.confirm_prompt:
        return verdict
    category = verdict.category if verdict.handoff else verdict.candidate
    ctx = CallContext(client=client, purpose=PURPOSE, conversation_id=conversation_id)
    messages = [
        ChatMessage("system", rules.confirm_prompt.replace("{category}", category)),
        ChatMessage("user", text),
    ]
    try:
        answer = await gateway.chat(ctx, messages, temperature=0.0, max_tokens=3)
    except (ModelUnavailable, ModelCallFailed) as exc:
        log.info("handoff confirmation skipped: %s", exc)
        return verdict
    wants_human = answer.strip().upper().startswith(("YES", "OUI"))
    if verdict.handoff and not wants_human:
        return replace(verdict, handoff=False, category="none", rule="", candidate=category)
    if not verdict.handoff and wants_human:
        return replace(verdict, handoff=True, category=category, rule="model_confirmed")
    return verdict
