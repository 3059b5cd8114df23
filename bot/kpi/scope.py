"""Who counts in a KPI: the client's people, staff excluded, in one group when asked.

Staff are the people whose role is community manager or facilitator (`person.role`, the
last role seen in chat); everyone else counts, ambassadors and people never seen in chat
alike. A group is matched as the roster spells it, case and accents aside ("voltigeurs"
finds "Voltigeurs"); `known_groups` lists them for the "unknown group" message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, text
from sqlalchemy.types import Date
from sqlmodel.sql.sqltypes import UTCDateTime

from bot.tenants import Role

STAFF_ROLES = (Role.COMMUNITY_MANAGER.value, Role.FACILITATOR.value)


@dataclass(frozen=True)
class Scope:
    client: str
    group: str | None = None  # as the roster spells it (shown in the card)
    spellings: tuple[str, ...] = field(default=())  # every spelling of it in the roster

    def people_where(self, dialect: str, alias: str = "p") -> str:
        """SQL condition on `person` (alias `alias`): this client, not staff, in the group."""
        condition = (
            f"{alias}.client = :client AND ({alias}.role IS NULL OR {alias}.role NOT IN "
            "(:staff_1, :staff_2))"
        )
        if self.group is None:
            return condition
        if dialect == "postgresql":
            member = (
                f"EXISTS (SELECT 1 FROM json_array_elements_text({alias}.groups) AS g(v) "
                "WHERE g.v IN :groups)"
            )
        else:
            member = (
                f"EXISTS (SELECT 1 FROM json_each({alias}.groups) AS g WHERE g.value IN :groups)"
            )
        return f"{condition} AND {member}"

    def person_filter(self, dialect: str, column: str) -> str:
        """SQL condition on a person id column: the person is in scope.

        Without a group, "not one of the client's staff" (a short list to probe); with one,
        "one of the group's people".
        """
        if self.group is None:
            return (
                f"{column} NOT IN (SELECT s.id FROM person s WHERE s.client = :client "
                "AND s.role IN (:staff_1, :staff_2))"
            )
        return f"{column} IN (SELECT p.id FROM person p WHERE {self.people_where(dialect)})"

    def params(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "client": self.client,
            "staff_1": STAFF_ROLES[0],
            "staff_2": STAFF_ROLES[1],
        }
        if self.group is not None:
            values["groups"] = list(self.spellings)
        return values


def fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def known_groups(connection: Connection, client: str) -> dict[str, list[str]]:
    """The client's groups: folded name → the spellings the roster uses."""
    if connection.dialect.name == "postgresql":
        sql = (
            "SELECT DISTINCT g.v FROM person p CROSS JOIN LATERAL "
            "json_array_elements_text(p.groups) AS g(v) WHERE p.client = :client"
        )
    else:
        sql = (
            "SELECT DISTINCT g.value FROM person p, json_each(p.groups) AS g "
            "WHERE p.client = :client"
        )
    groups: dict[str, list[str]] = {}
    for (name,) in connection.execute(text(sql), {"client": client}):
        groups.setdefault(fold(str(name)), []).append(str(name))
    return {key: sorted(values) for key, values in sorted(groups.items())}


def resolve_group(connection: Connection, client: str, typed: str) -> Scope | None:
    """The scope of the group `typed` names, None when the roster has no such group."""
    spellings = known_groups(connection, client).get(fold(typed))
    if not spellings:
        return None
    return Scope(client, spellings[0], tuple(spellings))


def statement(sql: str, values: dict[str, Any]) -> TextClause:
    """`text(sql)` with each value's type declared (dates, UTC times, lists expand)."""
    clause = text(sql)
    params = []
    for name, value in values.items():
        if not re.search(rf":{name}\b", sql):
            continue
        if isinstance(value, list | tuple):
            params.append(bindparam(name, expanding=True))
        elif isinstance(value, datetime):
            params.append(bindparam(name, type_=UTCDateTime()))
        elif isinstance(value, date):
            params.append(bindparam(name, type_=Date()))
    return clause.bindparams(*params) if params else clause


def as_date(value: Any) -> date | None:
    """A DATE column as read back (SQLite gives text in raw SQL)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
