"""What `personas …` asks for: a sub-command, and for an edit the persona, field and text."""

from __future__ import annotations

from dataclasses import dataclass

from skills.workshop.engine import fold

SHOW, GENERATE, EDIT, VALIDATE, PUBLISH, HISTORY = (
    "show",
    "generate",
    "edit",
    "validate",
    "publish",
    "history",
)
WORDS = {
    GENERATE: {"generer", "generate", "regenerer", "regenerate", "nouveau", "new"},
    EDIT: {"modifier", "edit", "corriger", "renommer", "rename"},
    VALIDATE: {"valider", "validate", "approve", "approuver"},
    PUBLISH: {"publier", "publish"},
    HISTORY: {"historique", "history", "versions"},
}
FIELDS = {
    "label": {"nom", "name", "label", "titre", "title", "intitule"},
    "description": {"description", "desc"},
}
MAX_TEXT = {"label": 80, "description": 600}


class BadRequest(ValueError):
    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True)
class Request:
    action: str = SHOW
    number: int = 0
    field: str = ""
    value: str = ""


def read(args: str) -> Request:
    """`BadRequest` names what cannot be read (a catalogue key of `personas.errors`)."""
    words = args.split()
    if not words:
        return Request()
    first = fold(words[0]).strip(" ,.;:!?")
    action = next((a for a, known in WORDS.items() if first in known), None)
    if action is None:
        raise BadRequest("bad_argument", value=words[0])
    if action != EDIT:
        if len(words) > 1:
            raise BadRequest("bad_argument", value=words[1])
        return Request(action)
    return _edit(args.split(maxsplit=3)[1:])


def _edit(parts: list[str]) -> Request:
    if not parts or not parts[0].strip(".#°").isdigit():
        raise BadRequest("bad_argument", value=parts[0] if parts else "")
    number = int(parts[0].strip(".#°"))
    if len(parts) < 2:
        raise BadRequest("bad_field", value="")
    named = fold(parts[1]).strip(" ,.;:!?")
    field = next((f for f, known in FIELDS.items() if named in known), None)
    if field is None:
        raise BadRequest("bad_field", value=parts[1])
    value = " ".join(parts[2].split()) if len(parts) > 2 else ""
    value = value.strip(" :=")
    if not value:
        raise BadRequest("empty_text")
    if len(value) > MAX_TEXT[field]:
        raise BadRequest("too_long", length=len(value), limit=MAX_TEXT[field])
    return Request(EDIT, number, field, value)
