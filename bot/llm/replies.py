"""Reading structured answers out of a chat model's free-form reply."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from bot.llm.calls import CallContext, ChatMessage, ModelCallFailed, ModelUnavailable
from bot.llm.gateway import ModelGateway

log = logging.getLogger(__name__)

_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


def json_items(reply: str, key: str) -> list[dict[str, Any]]:
    """The objects listed under `key` in the first JSON object of `reply` (models often wrap
    it in prose or a code fence); empty when there is none or it does not parse."""
    match = _JSON_OBJECT.search(reply)
    if match is None:
        return []
    try:
        data = json.loads(match.group())
    except json.JSONDecodeError:
        return []
    found = data.get(key) if isinstance(data, dict) else None
    return [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []


async def ask_for_items(
    gateway: ModelGateway, ctx: CallContext, system: str, user: str, key: str, *, what: str
) -> list[dict[str, Any]]:
    """The model's proposals listed under `key`, through the gateway; empty when the model is
    unavailable, fails or answers off-format, so the caller keeps its offline result."""
    messages = [ChatMessage("system", system), ChatMessage("user", user)]
    try:
        reply = await gateway.chat(ctx, messages, temperature=0.0)
    except (ModelUnavailable, ModelCallFailed) as exc:
        log.info("%s kept offline: %s", what, type(exc).__name__)
        return []
    items = json_items(reply, key)
    if not items:
        log.info("%s kept offline: the model's reply is not the JSON asked for", what)
    return items
