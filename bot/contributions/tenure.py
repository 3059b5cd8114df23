"""Badges that time alone earns ("one year in the program"): a daily job of the running bot.

Badges are given when a contribution is logged or approved (`recognition.evaluate`); a
badge with a `tenure_days` condition would otherwise wait for the person's next
contribution. Once a day, for each client with such a badge, this job looks at the people
who may have earned one (not staff, not gone, without that badge, in the program for long
enough) and evaluates them: what they earned is given and told as any badge is (a DM, and
a post in the community channel if they opted in), each person in their own transaction.

A badge that also needs contributions (`count`, `points`…) is checked here for people who
reached its tenure in the last `RECENT_DAYS` days: later, the approval that completes it
gives it, as for any badge.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection

from bot.contributions import notify
from bot.contributions.log import person_today
from bot.contributions.recognition import evaluate
from bot.contributions.settings import BadgeRule
from bot.kpi.scope import staff_ids, statement
from bot.people.tables import Person
from bot.store.database import Database
from bot.tenants import ClientConfig
from bot.timezones import zone

log = logging.getLogger(__name__)

RECENT_DAYS = 31
SLACK = timedelta(days=1)  # people's own days differ from the client's by less than this


def time_rules(config: ClientConfig) -> list[BadgeRule]:
    rules = config.contributions.badge_rules(config.contribution_kind_ids())
    return [rule for rule in rules if rule.tenure_days is not None]


def _only_tenure(rule: BadgeRule) -> bool:
    others = (rule.kind, rule.count, rule.distinct_kinds, rule.points)
    return all(value is None for value in others)


def candidates(connection: Connection, config: ClientConfig, now: datetime) -> list[int]:
    """People who may have earned a time badge they lack (a superset: `evaluate` decides)."""
    rules = time_rules(config)
    if not rules:
        return []
    today = now.astimezone(zone(config.people.timezone)).date()
    staff = staff_ids(connection, config)
    found: set[int] = set()
    for rule in rules:
        assert rule.tenure_days is not None
        joined_by = today - timedelta(days=rule.tenure_days) + SLACK
        values: dict[str, Any] = {
            "client": config.name,
            "badge": rule.id,
            "day": joined_by,
            "instant": datetime.combine(joined_by + SLACK, time.min, UTC),
        }
        recent = ""
        if not _only_tenure(rule):
            since = joined_by - timedelta(days=RECENT_DAYS) - SLACK
            values["since"] = since
            values["since_instant"] = datetime.combine(since, time.min, UTC)
            recent = (
                " AND p.created_at >= :since_instant AND NOT EXISTS (SELECT 1 FROM contribution "
                "c WHERE c.client = p.client AND c.person_id = p.id AND c.status = 'approved' "
                "AND c.capped = FALSE AND c.occurred_on < :since)"
            )
        not_staff = " AND p.id NOT IN :staff" if staff else ""
        sql = (
            "SELECT p.id FROM person p WHERE p.client = :client AND p.status <> 'left'"
            f"{not_staff} AND NOT EXISTS (SELECT 1 FROM badge_award b WHERE "
            "b.client = p.client AND b.person_id = p.id AND b.badge = :badge) "
            "AND (p.created_at < :instant OR EXISTS (SELECT 1 FROM contribution c "
            "WHERE c.client = p.client AND c.person_id = p.id AND c.status = 'approved' "
            f"AND c.occurred_on <= :day)){recent}"
        )
        if staff:
            values["staff"] = list(staff)
        found.update(int(pid) for (pid,) in connection.execute(statement(sql, values), values))
    return sorted(found)


def award_time_badges(db: Database, config: ClientConfig, now: datetime) -> int:
    """Give the time badges now earned by the client's people; how many were given."""
    with db.engine.connect() as connection:
        people = candidates(connection, config, now)
    given = 0
    for person_id in people:
        with db.session() as session:
            person = session.get(Person, person_id)
            if person is None:
                continue
            today = person_today(config, person, now)
            _, promotions, badges = evaluate(session, config, person, now, today)
            if not (promotions or badges):
                continue
            given += len(badges)
            earned = sorted(b.rule.id for b in badges)
            key = f"contrib:earned:{person_id}:{today.isoformat()}:{'+'.join(earned)}"
            payload = {
                "id": None,
                "levels": [p.level.id for p in promotions],
                "badges": earned,
            }
            notify.to_person(session, config, person, key, "earned", now, payload)
            notify.celebrate(session, config, person, f"{key}:channel", now, payload)
    return given


def run(services: Any) -> int:
    """The daily job: every client's time badges; badges given."""
    now = services.clock.now()
    given = 0
    for config in services.clients.all():
        try:
            given += award_time_badges(services.db, config, now)
        except Exception:  # one client's bad data must not stop the others
            log.exception("time badges not given for client %s", config.name)
    return given
