"""Optional second opinion from a chat model on borderline verdicts.

Two kinds of cases are asked, only through the model gateway (so the pseudonymisation,
the confidentiality filter and the audit apply):

- a rule hit the rules themselves doubt (a joke marker downgraded it, or the rule is
  marked `borderline`): the model confirms or clears it (YES / NO, `confirm_prompt`);
- a message whose learned score is in the uncertain band (`model.uncertain_above` ..
  `model.uncertain_below`): the model triages it (prompts/triage_*.yaml), answering a
  category or none. It can raise a handoff the offline detector did not, and clear an
  uncertain one the learned model raised in a mild category.

A danger flag, or a distress, crisis or harassment verdict, is never overturned. Offline,
or when the model fails or answers something else, the offline verdict stands.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from bot.handoff.detection.classifier import HandoffVerdict
from bot.handoff.detection.rules import HandoffRules
from bot.llm import CallContext, ChatMessage, Kind, ModelCallFailed, ModelUnavailable
from prompts.catalog import text as catalog_text

log = logging.getLogger(__name__)

PURPOSE = "handoff_confirm"
SECOND_OPINION_PURPOSE = "handoff_second_opinion"
SECOND_OPINION_RULE = "model_second_opinion"
_PROTECTED = frozenset({"distress", "crisis", "harassment"})
_WORD = re.compile(r"[a-z_]+")


class ChatGateway(Protocol):
    """The part of `bot.llm.ModelGateway` this module needs."""

    def allows(self, client: str, kind: Kind) -> bool: ...

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
    """The verdict, possibly flipped by the model when it is borderline or uncertain."""
    if verdict.uncertain:
        return await second_opinion(
            verdict,
            text,
            rules=rules,
            gateway=gateway,
            client=client,
            conversation_id=conversation_id,
        )
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


async def second_opinion(
    verdict: HandoffVerdict,
    text: str,
    *,
    rules: HandoffRules,
    gateway: ChatGateway,
    client: str,
    conversation_id: str | None = None,
) -> HandoffVerdict:
    """The chat model's triage of a message the learned score found uncertain."""
    if not verdict.uncertain or verdict.danger or not rules.categories:
        return verdict
    if verdict.handoff and verdict.category in _PROTECTED:
        return verdict
    if not gateway.allows(client, "chat"):
        return verdict
    listing = "\n".join(
        f"- {c.name}: {c.description}" if c.description else f"- {c.name}" for c in rules.categories
    )
    system = catalog_text(verdict.language, "triage.second_opinion", categories=listing)
    ctx = CallContext(
        client=client, purpose=SECOND_OPINION_PURPOSE, conversation_id=conversation_id
    )
    try:
        answer = await gateway.chat(
            ctx,
            [ChatMessage("system", system), ChatMessage("user", text)],
            temperature=0.0,
            max_tokens=8,
        )
    except (ModelUnavailable, ModelCallFailed) as exc:
        log.info("handoff second opinion skipped: %s", exc)
        return verdict
    chosen = _chosen_category(answer, {c.name for c in rules.categories})
    if chosen is None:
        log.info("handoff second opinion ignored: unexpected answer")
        return verdict
    if chosen == "none":
        if not verdict.handoff:
            return verdict
        return replace(
            verdict, handoff=False, category="none", rule="", urgency="none",
            candidate=verdict.category,
        )  # fmt: skip
    urgency = next(c.urgency for c in rules.categories if c.name == chosen)
    return replace(
        verdict, handoff=True, category=chosen, rule=SECOND_OPINION_RULE, urgency=urgency
    )


def _chosen_category(answer: str, names: set[str]) -> str | None:
    """The category named by the answer's first word, "none", or None if neither."""
    found = _WORD.search(answer.strip().lower())
    if found is None:
        return None
    word = found.group()
    if word in names or word == "none":
        return word
    return None
