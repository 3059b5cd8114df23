"""Where a form waits between the message that offers it and the click that opens it.

A Slack modal can only be opened with the `trigger_id` of a click, so a reply's
form is carried by its "open" button: as compact JSON in the button's value when
it fits (it survives a restart), otherwise in a bounded in-memory stash.
"""

from __future__ import annotations

import json
import uuid
from collections import OrderedDict
from typing import Any

from bot.core.messages import Choice, ChoiceStyle, FieldKind, Form, FormField

BUTTON_VALUE_LIMIT = 2000
_STASH_PREFIX = "stash:"


def form_to_data(form: Form) -> dict[str, Any]:
    return {
        "id": form.form_id,
        "title": form.title,
        "submit": form.submit_label,
        "open": form.open_label,
        "fields": [
            {
                "name": f.name,
                "label": f.label,
                "kind": f.kind.value,
                "required": f.required,
                "options": [[c.label, c.value, c.style.value] for c in f.options],
                "placeholder": f.placeholder,
                "initial": f.initial,
            }
            for f in form.fields
        ],
    }


def form_from_data(data: dict[str, Any]) -> Form:
    fields = tuple(
        FormField(
            name=f["name"],
            label=f["label"],
            kind=FieldKind(f["kind"]),
            required=bool(f["required"]),
            options=tuple(Choice(c[0], c[1], ChoiceStyle(c[2])) for c in f["options"]),
            placeholder=f.get("placeholder"),
            initial=f.get("initial"),
        )
        for f in data["fields"]
    )
    return Form(data["id"], data["title"], fields, data["submit"], data["open"])


class FormStash:
    def __init__(self, capacity: int = 500) -> None:
        self.capacity = capacity
        self._forms: OrderedDict[str, Form] = OrderedDict()

    def pack(self, form: Form) -> str:
        """The open button's value for `form`."""
        packed = json.dumps(form_to_data(form), ensure_ascii=False, separators=(",", ":"))
        if len(packed) <= BUTTON_VALUE_LIMIT:
            return packed
        key = _STASH_PREFIX + uuid.uuid4().hex
        self._forms[key] = form
        while len(self._forms) > self.capacity:
            self._forms.popitem(last=False)
        return key

    def unpack(self, value: str) -> Form | None:
        """The form an open button carries; None when it is gone (restart, too old)."""
        if value.startswith(_STASH_PREFIX):
            return self._forms.get(value)
        try:
            return form_from_data(json.loads(value))
        except (ValueError, KeyError, TypeError, IndexError):
            return None
