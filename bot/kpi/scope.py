"""Who counts in a KPI: the client's people, staff excluded, in one group when asked.

Staff never count. Anyone staff by any record is staff (`staff_ids`): the role last seen
in chat (`person.role`: community manager or facilitator), a roster group the client's
settings map to a staff role (`roles.community_manager`, `roles.facilitator`, compared
case-insensitively), or an identity in the handoff escalation chain (`handoff.contacts`).
Their ids are found once per card and every statement excludes them; everyone else
counts, ambassadors and people never seen in chat alike. A group is matched as the roster
spells it, case and accents aside ("voltigeurs" finds "Voltigeurs"); `known_groups` lists
them for the "unknown group" message.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import BindParameter, Connection, TextClause, bindparam, text
from sqlalchemy.types import Date
from sqlmodel.sql.sqltypes import UTCDateTime

from bot.people.tables import STAFF_ROLE_SQL
from bot.tenants import ClientConfig, Role

STAFF_ROLES = (Role.COMMUNITY_MANAGER.value, Role.FACILITATOR.value)


@dataclass(frozen=True)
class Scope:
    client: str
    group: str | None = None  # as the roster spells it (shown in the card)
    spellings: tuple[str, ...] = field(default=())  # every spelling of it in the roster
    staff: tuple[int, ...] = field(default=(), kw_only=True)  # `staff_ids`: never counted

    def _not_staff(self, column: str) -> str:
        return f" AND {column} NOT IN :staff" if self.staff else ""

    def people_where(self, dialect: str, alias: str = "p") -> str:
        """SQL condition on `person` (alias `alias`): this client, not staff, in the group."""
        condition = f"{alias}.client = :client{self._not_staff(f'{alias}.id')}"
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

        Without a group, "not one of the client's staff" (a short list); with one, "one of
        the group's people".
        """
        if self.group is None:
            return self._not_staff(column).removeprefix(" AND ") or "1 = 1"
        return f"{column} IN (SELECT p.id FROM person p WHERE {self.people_where(dialect)})"

    def params(self) -> dict[str, Any]:
        values: dict[str, Any] = {"client": self.client}
        if self.staff:
            values["staff"] = list(self.staff)
        if self.group is not None:
            values["groups"] = list(self.spellings)
        return values


def staff_ids(connection: Connection, config: ClientConfig) -> tuple[int, ...]:
    """The ids of the client's staff, by any record (see the module's doc)."""
    dialect = connection.dialect.name
    named = [*config.roles.community_manager, *config.roles.facilitator]
    groups = {g.casefold() for g in named}  # compared as `ClientConfig.role_for` does
    values: dict[str, Any] = {"client": config.name}
    # The role's literal list: a partial index (`ix_person_staff`) holds exactly those rows.
    selects = [
        f"SELECT p.id, p.role, p.groups FROM person p WHERE p.client = :client AND {STAFF_ROLE_SQL}"
    ]
    like = "ILIKE" if dialect == "postgresql" else "LIKE"  # SQLite's is ASCII-insensitive
    cast = "CAST(p.groups AS TEXT)"
    alternatives = []
    for i, group in enumerate(sorted(set(named))):
        part = _ascii_part(group)
        if part is None:  # nothing to narrow the search with: read every roster group
            alternatives = [f"{cast} <> '[]'"]
            break
        values[f"sg_{i}"] = f"%{part}%"
        alternatives.append(f"{cast} {like} :sg_{i}")
    if alternatives:
        selects.append(
            "SELECT p.id, p.role, p.groups FROM person p "
            f"WHERE p.client = :client AND ({' OR '.join(alternatives)})"
        )
    sql = " UNION ALL ".join(selects)
    found: set[int] = set()
    for pid, role, raw in connection.execute(text(sql), values):
        listed = json.loads(raw) if isinstance(raw, str) else raw or []
        if role in STAFF_ROLES or groups & {str(g).casefold() for g in listed}:
            found.add(int(pid))
    contacts = [c.strip() for c in config.handoff.contacts if c.strip()]
    if contacts:
        platform = config.handoff.staff_platform
        condition = " AND platform = :platform" if platform else ""
        query = text(
            "SELECT person_id FROM person_identity "
            f"WHERE client = :client AND user_id IN :contacts{condition}"
        ).bindparams(bindparam("contacts", expanding=True))
        params = {"client": config.name, "contacts": contacts, "platform": platform}
        found.update(int(pid) for (pid,) in connection.execute(query, params))
    return tuple(sorted(found))


def _ascii_part(group: str) -> str | None:
    """A LIKE pattern's core for a staff group: its longest run of ASCII letters and digits
    (kept as is by casefolding), which the roster's JSON text holds whatever the case; None
    when too short to narrow anything."""
    runs = re.findall(r"[a-z0-9]+(?:[ -][a-z0-9]+)*", group.lower())
    kept = [run for run in runs if run in group.casefold()]
    best = max(kept, key=len, default="")
    return best if len(best) >= 2 else None


def scope_for(connection: Connection, config: ClientConfig, group: str | None) -> Scope | None:
    """The scope of the client's card (one group of it when named; None: no such group)."""
    staff = staff_ids(connection, config)
    if group is None:
        return Scope(config.name, staff=staff)
    spellings = known_groups(connection, config.name).get(fold(group))
    if not spellings:
        return None
    return Scope(config.name, spellings[0], tuple(spellings), staff=staff)


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


def statement(sql: str, values: dict[str, Any]) -> TextClause:
    """`text(sql)` with each value's type declared (dates, UTC times, lists expand)."""
    clause = text(sql)
    params: list[BindParameter[Any]] = []
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
