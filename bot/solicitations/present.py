"""A solicitation as people read it: local times, kind labels, named targets, JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.people.roster import PersonView
from bot.solicitations.book import SolicitationView
from bot.solicitations.kinds import kind_label
from bot.tenants import ClientConfig
from bot.timezones import zone


def person_ref(view: PersonView) -> str:
    """How the CLI names a person: their first identity, else their e-mail."""
    if view.identities:
        first = view.identities[0]
        return f"{first.platform}:{first.user_id}"
    return view.person.email or f"#{view.person.id}"


def solicitation_json(
    view: SolicitationView,
    config: ClientConfig,
    people: Mapping[int, PersonView],
    lang: str,
) -> dict[str, Any]:
    row = view.solicitation
    local = zone(row.timezone)
    targets = []
    for person_id in row.target_person_ids:
        person = people.get(person_id)
        targets.append(
            {
                "id": person_id,
                "name": person.person.name if person else None,
                "ref": person_ref(person) if person else None,
            }
        )
    return {
        "id": row.id,
        "client": row.client,
        "kind": row.kind,
        "kind_label": kind_label(config, row.kind, lang),
        "title": row.title,
        "description": row.description,
        "start": row.start_at.astimezone(local).isoformat() if row.start_at else None,
        "deadline": row.deadline_at.astimezone(local).isoformat(),
        "timezone": row.timezone,
        "places": row.places,
        "filled": view.filled,
        "points": row.points,
        "groups": list(row.target_groups),
        "people": targets,
        "status": row.status,
        "auto": row.auto,
        "source": row.source,
        "external_uid": row.external_uid,
        "responses": view.responses,
        "created_at": row.created_at.isoformat(),
        "cancelled_at": row.cancelled_at.isoformat() if row.cancelled_at else None,
    }
