"""Issue 17 item 5: every KPI against values computed by hand (tests/kpi/program.py), on
SQLite and PostgreSQL, and the SQL card against the naive one (rows loaded into Python)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.kpi.card import TOO_FEW, compute, median_of
from bot.kpi.naive import compute_naive
from bot.kpi.period import Period
from bot.kpi.scope import Scope
from bot.kpi.settings import KpiSettings
from bot.store import Database
from tests.kpi.program import CLIENT, NOW, build, scope_of

LEVELS = ["member", "active", "expert", "champion"]
KINDS = ["testimonial", "review", "event", "referral", "social_share", "product_feedback", "other"]
PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))


def card(
    db: Database,
    *,
    scope: Scope | None = None,
    period: Period = PERIOD,
    min_n: int = 2,
    naive: bool = False,
):
    work = compute_naive if naive else compute
    scope = scope or scope_of(db)
    with db.engine.connect() as connection:
        return work(
            connection,
            scope,
            period,
            levels=LEVELS,
            kinds=KINDS,
            settings=KpiSettings(min_n=min_n),
            zone="Europe/Paris",
            now=NOW,
        )


@pytest.fixture
def program(database: Database) -> dict[str, int]:
    return build(database)


def test_i17_5_people_figures_match_the_hand_count(database: Database, program) -> None:
    data = card(database).as_json()
    # A, B, D, G, H: C left without contributing, E is staff, F joined after the period.
    assert data["ambassadors"] == 5
    assert data["contributions"] == 10  # approved only (A's pending and rejected are out)
    assert data["contributions_per_ambassador"] == {"mean": 2.0, "median": 3.0}  # 0,1,3,3,3
    assert data["active_30d"] == 4  # last contribution on or after June 1st: A, B, G, H
    assert data["active_90d"] == 4
    inactive = data["details"]["recently_inactive"]
    # Top quarter by points over April-June: H (110) alone; silent since June 10 (20 days).
    assert inactive["count"] == 1 and inactive["ranked"] == 4
    assert inactive["people"] == [
        {
            "id": program["H"],
            "name": "Personne H",
            "last_contribution": "2026-06-10",
            "points_in_window": 110,
        }
    ]
    assert data["production_by_kind"] == {
        "testimonial": 1,
        "review": 3,
        "event": 3,
        "referral": 1,
        "social_share": 2,
        "product_feedback": 0,
        "other": 0,
    }
    assert data["details"]["active_by_month"] == {
        "2026-01": 1,
        "2026-02": 0,
        "2026-03": 1,
        "2026-04": 1,
        "2026-05": 0,
        "2026-06": 4,
    }


def test_i17_5_solicitation_figures_match_the_hand_count(database: Database, program) -> None:
    result = card(database)
    data = result.as_json()
    # Invited in the period (Paris days): A, B, D on March 1st, H on Jan 1st 00:30, G on
    # June 30 22:00; E is staff, C was invited before.
    assert data["participation_rate"] == 0.6  # accepted or done: A, G, H
    # Delays 1 h, 10 h, 30 h, 72 h: median 20 h; within 48 h: 3 of the 5 decided.
    assert data["response_delay_hours"] == {"median": 20.0, "within_48h": 0.6}
    assert data["n"]["response_delay_hours.median"] == 4
    assert data["n"]["response_delay_hours.within_48h"] == 5
    assert result.solicit.buckets == [1, 0, 1, 1, 1, 0]


def test_i17_5_levels_retention_and_nps_match_the_hand_count(database: Database, program) -> None:
    data = card(database).as_json()
    levels = data["details"]["levels"]
    # A active→expert and B member→active moved up; G active→member (staff) moved down;
    # D and H held (no change); B's promotion of July 5th is after the period.
    assert (levels["moved_up"], levels["held"], levels["moved_down"]) == (2, 2, 1)
    assert data["promotion_rate"] == 0.4
    assert (levels["held_rate"], levels["moved_down_rate"]) == (0.4, 0.2)
    assert levels["at_since"] == {"member": 3, "active": 2, "expert": 0, "champion": 0}
    assert levels["at_until"] == {"member": 3, "active": 1, "expert": 1, "champion": 0}
    # Active July 2024-June 2025: A, C, G; still active July 2025-June 2026: A and G.
    assert data["retention_yoy"] == pytest.approx(0.6667)
    assert data["details"]["retention_by_cohort"] == {
        "2024": {"value": None, "n": 1},  # G, first contribution in 2024: n under 2
        "2025": {"value": 0.5, "n": 2},  # A and C
    }
    # Answers in the period: 10, 9 (promoters), 7, 3, 6 (two detractors): NPS 0.
    assert data["nps"] == {"value": 0.0, "n": 5}
    waves = data["details"]["nps"]["by_wave"]
    assert waves["2026-04"] == {"value": 25.0, "n": 4}
    assert waves["2026-01"] == {"value": None, "n": 1}  # under the minimum n (2)
    assert data["null_reasons"]["nps_by_wave.2026-01"] == {"reason": TOO_FEW, "n": 1, "min_n": 2}


def test_i17_5_below_the_minimum_n_a_kpi_is_null_with_its_reason(
    database: Database, program
) -> None:
    data = card(database, min_n=10).as_json()
    assert data["contributions"] == 10  # counts are always given
    assert data["contributions_per_ambassador"] == {"mean": None, "median": None}
    assert data["participation_rate"] is None
    assert data["response_delay_hours"] == {"median": None, "within_48h": None}
    assert data["promotion_rate"] is None and data["retention_yoy"] is None
    assert data["nps"] == {"value": None, "n": 5}
    reasons = data["null_reasons"]
    assert reasons["nps"] == {"reason": TOO_FEW, "n": 5, "min_n": 10}
    assert reasons["participation_rate"]["n"] == 5
    assert reasons["retention_yoy"]["n"] == 3


def test_i17_5_a_group_counts_its_own_people(database: Database, program) -> None:
    from bot.kpi.scope import scope_for
    from bot.tenants import ClientConfig

    scope = scope_of(database, "nord")  # case and accents aside
    with database.engine.connect() as connection:
        assert scope_for(connection, ClientConfig(name=CLIENT), "Ouest") is None
    assert scope.group == "Nord"
    data = card(database, scope=scope).as_json()
    assert data["group"] == "Nord"
    assert data["ambassadors"] == 3  # A, G, H (C left, E is staff)
    assert data["contributions"] == 7
    assert data["production_by_kind"]["event"] == 3
    assert data["retention_yoy"] == pytest.approx(0.6667)  # A, C, G: A and G kept


def test_i17_5_a_period_that_cuts_months_reads_the_cut_days_exactly(
    database: Database, program
) -> None:
    period = Period(date(2026, 3, 2), date(2026, 6, 20))
    data = card(database, period=period).as_json()
    # A on 03-03 and 06-20, G on 06-05, H on 04-10, 04-11, 06-10; B's are after June 20.
    assert data["contributions"] == 6
    assert data["ambassadors"] == 5
    assert data["details"]["active_by_month"] == {
        "2026-03": 1,
        "2026-04": 1,
        "2026-05": 0,
        "2026-06": 3,
    }


@pytest.mark.parametrize(
    "period",
    [
        PERIOD,
        Period(date(2026, 3, 2), date(2026, 6, 20)),
        Period(date(2026, 6, 10), date(2026, 6, 12)),
        Period(date(2024, 1, 1), date(2026, 6, 30)),
        Period(date(2025, 7, 11), date(2026, 7, 10)),  # the last 365 days: nothing after
        Period(date(2025, 6, 28), date(2026, 6, 27)),  # ends on the last day of activity
        Period(date(2025, 3, 4), date(2026, 6, 26)),  # ends mid-month, activity after it
        Period(date(2025, 12, 30), date(2026, 1, 2)),  # across new year
        Period(date(2026, 6, 2), date(2026, 6, 29)),  # one month less a day, open end
        Period(date(2025, 2, 9), date(2025, 2, 11)),  # three days, long before
    ],
    ids=[
        "half-year",
        "cut-months",
        "three-days",
        "long",
        "rolling-year",
        "to-last-activity",
        "activity-after",
        "new-year",
        "month-less-a-day",
        "old-days",
    ],
)
def test_i17_5_the_sql_card_equals_the_naive_card(database: Database, program, period) -> None:
    for scope in (scope_of(database), scope_of(database, "Sud")):
        fast = card(database, scope=scope, period=period).as_json()
        slow = card(database, scope=scope, period=period, naive=True).as_json()
        fast.pop("generated_at"), slow.pop("generated_at")
        assert fast == slow


def test_i17_5_another_client_is_never_counted(database: Database, program) -> None:
    build(database, client="other")
    data = card(database).as_json()
    assert data["ambassadors"] == 5 and data["contributions"] == 10
    assert data["nps"]["n"] == 5


def test_i17_5_median_of_a_histogram() -> None:
    assert median_of({}) is None
    assert median_of({3: 1}) == 3
    assert median_of({0: 1, 1: 1, 3: 3}) == 3
    assert median_of({1: 2, 5: 2}) == 3
