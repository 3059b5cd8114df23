"""Reading structured answers out of a chat model's free-form reply."""

from __future__ import annotations

import json
import re
from typing import Any

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
