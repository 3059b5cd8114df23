"""`sollicitation nouvelle`: a solicitation created from chat, by form or on one line.

Slack and Discord show a form (a modal); the console, which has none, takes the same
fields on one line: `sollicitation nouvelle titre="Témoignage vidéo" type=testimonial
echeance="2027-03-15 18:00" places=2 groupes="Ambassadeurs;Lyon"`. Either way the
draft goes through the same checks as the CLI's, and nothing is saved when one fails.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping

from bot.core.messages import Choice, FieldKind, Form, FormField
from bot.solicitations.drafts import SolicitationDraft
from bot.solicitations.kinds import kind_label
from bot.tenants import ClientConfig
from skills.solicitations.render import t

FORM_ID = "solicit:new"
# Every way to name a field on the line, folded -> the draft's field.
KEYS = {
    "titre": "title",
    "title": "title",
    "type": "kind",
    "kind": "kind",
    "echeance": "deadline",
    "échéance": "deadline",
    "deadline": "deadline",
    "debut": "start",
    "début": "start",
    "start": "start",
    "places": "places",
    "groupes": "groups",
    "groupe": "groups",
    "groups": "groups",
    "group": "groups",
    "description": "description",
    "points": "points",
}


class LineError(ValueError):
    """`code` and `value` for `solicitations.chat.new_<code>`."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.value = value


def form(lang: str, config: ClientConfig) -> Form:
    kinds = tuple(Choice(kind_label(config, k.id, lang), k.id) for k in config.solicitations.kinds)
    return Form(
        form_id=FORM_ID,
        title=t(lang, "new_form_title"),
        fields=(
            FormField("title", t(lang, "new_title")),
            FormField("kind", t(lang, "new_kind"), FieldKind.SELECT, options=kinds),
            FormField("deadline", t(lang, "new_deadline"), placeholder="2027-03-15 18:00"),
            FormField("places", t(lang, "new_places"), FieldKind.NUMBER, False, initial="1"),
            FormField("groups", t(lang, "new_groups"), required=False, placeholder="Ambassadeurs"),
            FormField("description", t(lang, "new_description"), FieldKind.LONG_TEXT, False),
        ),
        submit_label=t(lang, "new_submit"),
        open_label=t(lang, "new_open"),
    )


def parse_line(args: str) -> dict[str, str]:
    """`key=value` pairs (values in quotes may hold spaces)."""
    try:
        words = shlex.split(args)
    except ValueError as exc:
        raise LineError("bad_quotes") from exc
    values: dict[str, str] = {}
    for word in words:
        key, sep, value = word.partition("=")
        name = KEYS.get(key.strip().casefold())
        if not sep or name is None:
            raise LineError("bad_field", word)
        values[name] = value.strip()
    return values


def draft_of(values: Mapping[str, object], created_by: str) -> SolicitationDraft:
    def get(name: str) -> str:
        value = values.get(name)
        return str(value).strip() if value is not None else ""

    groups = [g.strip() for g in get("groups").replace(",", ";").split(";") if g.strip()]
    return SolicitationDraft(
        title=get("title"),
        kind=get("kind"),
        deadline=get("deadline") or None,
        start=get("start") or None,
        description=get("description") or None,
        places=get("places") or None,
        points=get("points") or None,
        groups=groups,
        source="chat",
        created_by=created_by,
    )
