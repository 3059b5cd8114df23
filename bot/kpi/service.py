"""One entry for the CLI and the chat: a client, a period, maybe a group → the card.

Bad input comes back as `KpiError` (a catalogue key under `kpi.errors.` and its values),
never half a card: an unknown group names the known ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection

from bot.kpi.card import Card, compute
from bot.kpi.naive import compute_naive
from bot.kpi.period import Period, PeriodError, make_period, parse_period
from bot.kpi.scope import known_groups, scope_for
from bot.store.database import Database
from bot.tenants import ClientConfig
from bot.timezones import zone

KpiError = PeriodError  # same shape: `code` under kpi.errors., `values`


@dataclass(frozen=True)
class ChatRequest:
    period: Period
    group: str | None


def today_for(config: ClientConfig, now: datetime) -> date:
    return now.astimezone(zone(config.people.timezone)).date()


def levels_of(config: ClientConfig) -> list[str]:
    return [level.id for level in config.contributions.levels]


def kinds_of(config: ClientConfig) -> list[str]:
    return config.contribution_kind_ids()


def read_chat_words(words: str, today: date, groups: list[str]) -> ChatRequest:
    """`kpi [période] [groupe]`: a period first (optional), then a group (optional)."""
    raw = words.strip()
    if not raw:
        return ChatRequest(make_period(None, None, today), None)
    first, _, rest = raw.partition(" ")
    period = parse_period(first, today)
    if period is not None:
        return ChatRequest(period, rest.strip() or None)
    # Not a period: the whole text may be a group ("kpi Voltigeurs Nord").
    from bot.kpi.scope import fold

    if fold(raw) in {fold(g) for g in groups}:
        return ChatRequest(make_period(None, None, today), raw)
    raise KpiError("not_period_or_group", value=raw[:60], known=", ".join(groups) or "–")


def group_names(db: Database, client: str) -> list[str]:
    with db.engine.connect() as connection:
        return [spellings[0] for spellings in known_groups(connection, client).values()]


SQLITE_CACHE_KIB = 16_000  # the roll-ups a card reads stay in this connection's page cache


def _one_snapshot(connection: Connection) -> None:
    """Every statement of the card sees the same data (a contribution logged meanwhile is
    in all of them or none): a read transaction on SQLite, repeatable read on PostgreSQL.

    On SQLite the connection's page cache is also made large enough for what a card reads
    (a few MB of roll-ups and people), so the next card on it reads none from the file.
    """
    if connection.dialect.name == "postgresql":
        connection.execution_options(isolation_level="REPEATABLE READ")
    else:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        connection.exec_driver_sql("BEGIN")


def card_for(
    db: Database,
    config: ClientConfig,
    period: Period,
    group: str | None,
    now: datetime,
    *,
    naive: bool = False,
) -> Card:
    """The card of `config`'s program (or one group of it) over `period`."""
    with db.engine.connect() as connection:
        _one_snapshot(connection)
        scope = scope_for(connection, config, group)
        if scope is None:
            known = [s[0] for s in known_groups(connection, config.name).values()]
            raise KpiError(
                "unknown_group", value=group[:60] if group else "", known=", ".join(known) or "–"
            )
        work = compute_naive if naive else compute
        card = work(
            connection,
            scope,
            period,
            levels=levels_of(config),
            kinds=kinds_of(config),
            settings=config.kpi,
            zone=config.people.timezone,
            now=now,
        )
        connection.rollback()  # read only; ends the transaction (and PostgreSQL's SET LOCAL)
        return card
