"""Issue 17 items 5-6: periods read from chat and the CLI, and their bad values."""

from __future__ import annotations

from datetime import date

import pytest

from bot.kpi.period import Period, PeriodError, make_period, parse_date, parse_period
from bot.kpi.service import read_chat_words

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("word", "since", "until"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2026", date(2026, 1, 1), TODAY),  # ends today, not in the future
        ("2026-T1", date(2026, 1, 1), date(2026, 3, 31)),
        ("t2-2026", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("03/2026", date(2026, 3, 1), date(2026, 3, 31)),
        ("90j", date(2026, 9, 5), TODAY),
        ("30d", date(2026, 11, 4), TODAY),
        ("6mois", date(2026, 6, 4), TODAY),
        ("2026-01-01..2026-06-30", date(2026, 1, 1), date(2026, 6, 30)),
        ("01/01/2026..30/06/2026", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-05-04", date(2026, 5, 4), date(2026, 5, 4)),
    ],
)
def test_i17_6_chat_periods(word: str, since: date, until: date) -> None:
    assert parse_period(word, TODAY) == Period(since, until)


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("2026-13", "bad_month"),
        ("2027", "future"),
        ("2026-06-30..2026-01-01", "reversed"),
        ("1999", "too_early"),
        ("2026-02-30", "bad_date"),
        ("0000", "bad_date"),
        ("0j", "bad_length"),
    ],
)
def test_i17_6_bad_periods_say_why(word: str, code: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(word, TODAY)
    assert caught.value.code == code


def test_i17_6_a_word_that_is_no_period_is_a_group_or_an_error() -> None:
    assert parse_period("Voltigeurs", TODAY) is None
    request = read_chat_words("2026-T1 voltigeurs", TODAY, ["Voltigeurs"])
    assert request.group == "voltigeurs" and request.period.since == date(2026, 1, 1)
    request = read_chat_words("Voltigeurs", TODAY, ["Voltigeurs"])
    assert request.group == "Voltigeurs" and request.period.until == TODAY
    assert read_chat_words("", TODAY, []).period.days == 365
    with pytest.raises(PeriodError) as caught:
        read_chat_words("Zorglub", TODAY, ["Voltigeurs"])
    assert caught.value.code == "not_period_or_group"
    assert caught.value.values["known"] == "Voltigeurs"


def test_i17_6_cli_bounds() -> None:
    assert parse_date("15/03/2026") == date(2026, 3, 15)
    with pytest.raises(PeriodError) as caught:
        parse_date("2026-3-45", "--since")
    assert caught.value.code == "bad_date" and caught.value.values["option"] == "--since"
    assert make_period(None, None, TODAY) == Period(date(2025, 12, 4), TODAY)
    assert make_period(date(2026, 1, 1), date(2027, 5, 1), TODAY).until == TODAY
    with pytest.raises(PeriodError):
        make_period(date(2026, 6, 1), date(2026, 5, 1), TODAY)
