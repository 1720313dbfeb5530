"""SLO vs SLA arithmetic against figures computed by hand (domain-rules E1, SLO301/SLO303).

Every expected value below is an exact fraction derived in the comment next to it, from the
definition of the bound, never from slolint's own formula. Notation: ``b`` is the SLO's
error budget (1 - target), ``B = b * W`` what one SLO window or period may hold; lengths are
in days unless said otherwise.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from fractions import Fraction
from itertools import pairwise
from typing import Any

import pytest

from slolint.compare import Verdict, Why, compare, exact, rolling_anchors, worst_placement
from slolint.durations import parse_shorthand, parse_start_time, rolling_seconds
from slolint.findings import Origin
from slolint.model import Window
from slolint.periods import (
    RUN_BUDGET,
    Listed,
    boundary,
    describe_period,
    length_words,
    origin,
    reset_budget,
)
from slolint.recognize.annotations import sla_window_of_annotation
from slolint.recognize.fields import sla_window_of, window_of
from slolint.rules.sla import _percent

ORIGIN = Origin("x.yaml", 0)
DAY = 86400
JAN_2026 = "2026-01-01 00:00:00"


@pytest.fixture(autouse=True)
def fresh_budget() -> Iterator[None]:
    """Each test starts a run's work budget, as the SLA rules do once per workspace."""
    reset_budget()
    yield
    reset_budget()


def rolling(duration: str) -> Window:
    window = window_of([{"duration": duration, "isRolling": True}], ORIGIN, ())
    assert window is not None
    return window


def calendar(duration: str, start: str | None = None, zone: str | None = None) -> Window:
    entry: dict[str, Any] = {"duration": duration, "isRolling": False}
    spec = {key: value for key, value in (("startTime", start), ("timeZone", zone)) if value}
    if spec:
        entry["calendar"] = spec
    window = window_of([entry], ORIGIN, ())
    assert window is not None
    return window


# (SLO window, SLO target, SLA window, SLA target, guaranteed target over the worst SLA
# period, worst period). SLO budgets are Timeslices; SLA windows without a start are in UTC
# from the unit's natural start.
TABLE = [
    pytest.param(
        # 28d rolling, B = 0.0005 * 28 = 0.014. A 29-day February holds floor(29/28) = 1
        # window plus 1 day >= B: 2B = 0.028 -> 1 - 0.028/29 = 1 - 7/7250 (99.9034%)
        rolling("28d"),
        0.9995,
        calendar("1M"),
        0.999,
        Fraction(7243, 7250),
        "a 29-day February",
        id="28d-99.95-vs-1M",
    ),
    pytest.param(
        # 90d rolling, B = 0.045, all of it inside a 28-day February:
        # 1 - 0.045/28 = 1 - 9/5600 (99.8393%)
        rolling("90d"),
        0.9995,
        calendar("1M"),
        0.999,
        Fraction(5591, 5600),
        "a 28-day February",
        id="90d-99.95-vs-1M",
    ),
    pytest.param(
        # 7d rolling at 99.91%, B = 0.0009 * 7 = 0.0063. 29 days = 4 windows + 1 day >= B:
        # 5B = 0.0315 -> 0.0315/29 = 63/58000 (28 d: 4B/28 = 0.0009; 30 d: 5B/30 = 0.00105;
        # 31 d: 5B/31): 1 - 63/58000 (99.8914%)
        rolling("7d"),
        0.9991,
        calendar("1M"),
        0.999,
        Fraction(57937, 58000),
        "a 29-day February",
        id="7d-99.91-vs-1M",
    ),
    pytest.param(
        # 28d at 99.91%, B = 0.0252; 29 d: 2B/29 = 0.0504/29 = 63/36250 (30 d: 2B/30 smaller)
        # -> 1 - 63/36250 (99.8262%)
        rolling("28d"),
        0.9991,
        calendar("1M"),
        0.999,
        Fraction(36187, 36250),
        "a 29-day February",
        id="28d-99.91-vs-1M",
    ),
    pytest.param(
        # 30d at 99.91%, B = 0.027; only a 31-day month holds two bursts: 2B/31 = 0.054/31
        # = 27/15500 -> 1 - 27/15500 (99.8258%)
        rolling("30d"),
        0.9991,
        calendar("1M"),
        0.999,
        Fraction(15473, 15500),
        "a 31-day January",
        id="30d-99.91-vs-1M",
    ),
    pytest.param(
        # a 7-day SLA period inside a 28d window: min(7, B = 0.014)/7 = 0.002 -> 99.8%
        rolling("28d"),
        0.9995,
        calendar("7d"),
        0.999,
        Fraction(499, 500),
        "the 7-day period from 1 January UTC",
        id="28d-99.95-vs-7d",
    ),
    pytest.param(
        # rolling SLA of 30 days: 30 = 28 + 2, 2 >= B: 2B = 0.028 -> 1 - 0.028/30 = 1 - 7/7500
        rolling("28d"),
        0.9995,
        rolling("1M"),
        0.999,
        Fraction(7493, 7500),
        "a rolling 30-day period",
        id="28d-99.95-vs-rolling-30d",
    ),
    pytest.param(
        # 1Q calendar at 99.97% vs calendar months, both from 2026-01-01 UTC: a month holds at
        # most min(|month|, 0.0003 * |quarter|); worst is a 28-day February in a 90-day
        # quarter: 0.027/28 = 27/28000 (a 29-day one in 91 days: 0.0273/29 is smaller)
        # -> 1 - 27/28000 (99.9036%)
        calendar("1Q", JAN_2026),
        0.9997,
        calendar("1M", JAN_2026),
        0.999,
        Fraction(27973, 28000),
        "a 28-day February",
        id="1Q-99.97-vs-1M",
    ),
    pytest.param(
        # SLO months from the 1st, SLA months from the 15th: Feb 15 - Mar 15 (28 days) holds
        # the rest of February (14 days >= b*28) and half of March (14 days >= b*31):
        # b*(28 + 31)/28 = 0.0005 * 59/28 = 59/56000 -> 1 - 59/56000 (99.8946%)
        calendar("1M", JAN_2026),
        0.9995,
        calendar("1M", "2026-01-15 00:00:00"),
        0.999,
        Fraction(55941, 56000),
        "the 28-day period from 15 February UTC",
        id="1M-1st-vs-1M-15th",
    ),
    pytest.param(
        # SLA months in Los Angeles start at 08:00 UTC in winter: its February (28 days,
        # both ends in PST) holds 28d - 8h of the UTC February and 8 h of March, each more
        # than that month's budget (20.16 and 22.32 minutes): same 59/56000 as above
        calendar("1M", JAN_2026, "UTC"),
        0.9995,
        calendar("1M", JAN_2026, "America/Los_Angeles"),
        0.999,
        Fraction(55941, 56000),
        "a 28-day February",
        id="1M-UTC-vs-1M-Los-Angeles",
    ),
    pytest.param(
        # calendar weeks (Mondays) at 99.95%, B = 0.0035 per week. Weeks and months both
        # start at midnight, so every week touching a month adds B; a 30-day month starting
        # on a Sunday touches 1 + 4 + 1 = 6 weeks: 6B/30 = 0.021/30 = 7/10000 (31 days:
        # 6B/31; 28: 5B/28 = 0.000625) -> 99.93%
        calendar("1w"),
        0.9995,
        calendar("1M"),
        0.999,
        Fraction(9993, 10000),
        "a 30-day November",
        id="1w-99.95-vs-1M",
    ),
    pytest.param(
        # calendar months at 99.95% vs any 30 days: the tail of January (>= b*31), a 29-day
        # February and the head of March (>= b*31): b*(31 + 29 + 31) = 0.0455 over 30 days
        # = 91/60000 -> 1 - 91/60000 (99.8483%)
        calendar("1M"),
        0.9995,
        rolling("30d"),
        0.999,
        Fraction(59909, 60000),
        "a rolling 30-day period",
        id="1M-99.95-vs-rolling-30d",
    ),
    pytest.param(
        # calendar weeks in Los Angeles at 99.95% vs any 7 days: the spring-forward week
        # lasts 167 h (B = 5.01 min) and a 168-h window holds it plus 1 h split across both
        # neighbours, each holding up to 5.04 min: 15.09 min of 10080
        # -> 1 - 1509/1008000 (99.8503%)
        calendar("1w", None, "America/Los_Angeles"),
        0.9995,
        rolling("7d"),
        0.999,
        Fraction(1006491, 1008000),
        "a rolling 7-day period",
        id="1w-Los-Angeles-vs-rolling-7d",
    ),
    pytest.param(
        # a day inside a calendar month: min(1, b*31 = 0.0155) -> 1 - 0.0155 = 0.9845
        calendar("1M"),
        0.9995,
        calendar("1d"),
        0.99,
        Fraction(1969, 2000),
        "the 1-day period from 1 January UTC",
        id="1M-vs-1d",
    ),
    pytest.param(
        # a year at 99.99%: B = 0.0001 * 365 = 0.0365 inside a 28-day February
        # -> 1 - 0.0365/28 = 1 - 73/56000 (a leap year: 0.0366/29 is smaller)
        calendar("1Y"),
        0.9999,
        calendar("1M"),
        0.999,
        Fraction(55927, 56000),
        "a 28-day February",
        id="1Y-99.99-vs-1M",
    ),
    pytest.param(
        # 2-day periods vs 3-day periods from the same epoch: every SLA period meets two SLO
        # periods, with at least 1 day (>= b*2 = 0.001) in each: 0.002/3 -> 1 - 1/1500
        calendar("2d"),
        0.9995,
        calendar("3d"),
        0.999,
        Fraction(1499, 1500),
        "the 3-day period from 1 January UTC",
        id="2d-vs-3d",
    ),
]


@pytest.mark.parametrize(
    ("slo_window", "slo_target", "sla_window", "sla_target", "guaranteed", "period"), TABLE
)
def test_worst_case_matches_the_hand_computed_fraction(
    slo_window: Window,
    slo_target: float,
    sla_window: Window,
    sla_target: float,
    guaranteed: Fraction,
    period: str,
) -> None:
    result = compare(slo_target, slo_window, "Timeslices", sla_target, sla_window)
    assert result.guaranteed == guaranteed
    assert result.worst_period == period
    expected = Verdict.STRICTER if guaranteed > exact(sla_target) else Verdict.NOT_STRICTER
    assert result.verdict is expected


def test_table_covers_at_least_fifteen_pairs() -> None:
    assert len(TABLE) >= 15


@pytest.mark.parametrize(
    ("guaranteed", "shown"),
    [
        (Fraction(7243, 7250), "99.9034%"),
        (Fraction(5591, 5600), "99.8393%"),
        (Fraction(57937, 58000), "99.8914%"),
        (Fraction(36187, 36250), "99.8262%"),
        (Fraction(15473, 15500), "99.8258%"),
        (Fraction(499, 500), "99.8%"),
        (Fraction(27973, 28000), "99.9036%"),
        (Fraction(55941, 56000), "99.8946%"),
    ],
)
def test_the_issue_figures_are_shown_to_four_decimals(guaranteed: Fraction, shown: str) -> None:
    assert _percent(guaranteed) == shown


def test_a_shown_figure_never_looks_equal_to_a_different_sla_target() -> None:
    # 0.99900001 rounds to 99.9% at four decimals: more digits tell it from 0.999
    assert _percent(Fraction(99900001, 10**8), Fraction(999, 1000)) == "99.900001%"
    assert _percent(Fraction(999, 1000), Fraction(999, 1000)) == "99.9%"


@pytest.mark.parametrize(
    ("slo_window", "sla_window", "method"),
    [
        # a quarter made of three whole SLO months: each month within budget is the quarter
        # within budget, for requests as for time
        (calendar("1M", JAN_2026), calendar("1Q", JAN_2026), "Occurrences"),
        (calendar("1M", JAN_2026), calendar("1Q", JAN_2026), "Timeslices"),
        # every calendar week (UTC) is exactly one rolling 7d window
        (rolling("7d"), calendar("1w"), "Occurrences"),
        # a rolling 14d SLA period is two whole 7d windows
        (rolling("7d"), rolling("14d"), "Occurrences"),
        # hours inside days, same epoch
        (calendar("1h"), calendar("1d"), "Occurrences"),
        # the same calendar in Warsaw on both sides
        (
            calendar("1M", JAN_2026, "Europe/Warsaw"),
            calendar("1M", JAN_2026, "Europe/Warsaw"),
            "Occurrences",
        ),
    ],
)
def test_unions_of_slo_periods_compare_targets_directly(
    slo_window: Window, sla_window: Window, method: str
) -> None:
    # 99.92% vs 99.9%: a nominal margin that a worst case could not keep for 1M in 1Q
    result = compare(0.9992, slo_window, method, 0.999, sla_window)
    assert (result.verdict, result.guaranteed) == (Verdict.STRICTER, None)
    assert compare(0.999, slo_window, method, 0.999, sla_window).verdict is Verdict.NOT_STRICTER


def test_aligned_month_in_quarter_passes_where_a_straddle_bound_failed() -> None:
    # the old covering bound said 99.8607%; each quarter is exactly three SLO months
    result = compare(
        0.9992, calendar("1M", JAN_2026), "Timeslices", 0.999, calendar("1Q", JAN_2026)
    )
    assert result.verdict is Verdict.STRICTER


@pytest.mark.parametrize(
    ("slo_window", "sla_window"),
    [
        (rolling("28d"), calendar("1M")),
        (calendar("1M", JAN_2026), calendar("1M", "2026-01-15 00:00:00")),
        # weeks in Los Angeles last 167 or 169 hours twice a year: not 7d windows
        (rolling("7d"), calendar("1w", None, "America/Los_Angeles")),
        (calendar("1M"), rolling("30d")),
    ],
)
def test_occurrences_over_other_periods_are_unverifiable(
    slo_window: Window, sla_window: Window
) -> None:
    result = compare(0.9995, slo_window, "Occurrences", 0.999, sla_window)
    assert (result.verdict, result.why) == (Verdict.UNVERIFIABLE, Why.REQUESTS)


@pytest.mark.parametrize(
    ("slo_method", "sla_method"),
    [("Timeslices", "Occurrences"), ("Occurrences", "RatioTimeslices")],
)
def test_different_measures_are_unverifiable_even_on_the_same_window(
    slo_method: str, sla_method: str
) -> None:
    window = calendar("1M", JAN_2026)
    result = compare(0.9995, window, slo_method, 0.999, window, sla_method)
    assert (result.verdict, result.why) == (Verdict.UNVERIFIABLE, Why.MEASURE)


def test_an_sla_without_budgeting_method_is_measured_like_its_slo() -> None:
    window = calendar("1M", JAN_2026)
    assert compare(0.9995, window, "Timeslices", 0.999, window, None).verdict is Verdict.STRICTER
    assert compare(0.9995, window, "Occurrences", 0.999, window, None).verdict is Verdict.STRICTER


@pytest.mark.parametrize(
    ("slo_method", "sla_method"),
    [("RatioTimeslices", "Timeslices"), ("Timeslices", "RatioTimeslices")],
)
def test_the_two_time_budgets_do_not_bound_each_other(slo_method: str, sla_method: str) -> None:
    # every slice 99.5% good: Timeslices (timeSliceTarget 0.99) counts none bad, while
    # RatioTimeslices counts 0.5% of each; every slice 99.95% good: RatioTimeslices meets
    # 99.95% while Timeslices with timeSliceTarget 0.9999 counts every slice bad
    window = calendar("1M", JAN_2026)
    result = compare(0.9995, window, slo_method, 0.999, window, sla_method)
    assert (result.verdict, result.why) == (Verdict.UNVERIFIABLE, Why.SLICES)


def test_new_york_days_make_new_york_months_whatever_daylight_saving_does() -> None:
    # 8 March 2026 has 23 hours in New York and 1 November 25: both are still whole days
    days, months = (
        calendar("1d", JAN_2026, "America/New_York"),
        calendar("1M", JAN_2026, "America/New_York"),
    )
    assert compare(0.9995, days, "Occurrences", 0.999, months).verdict is Verdict.STRICTER
    assert compare(0.999, days, "Occurrences", 0.999, months).verdict is Verdict.NOT_STRICTER
    weeks, quarters = (
        calendar("1w", None, "America/New_York"),
        calendar("1Q", JAN_2026, "America/New_York"),
    )
    assert compare(0.9995, days, "Timeslices", 0.999, weeks).verdict is Verdict.STRICTER
    assert compare(0.9995, days, "Occurrences", 0.999, quarters).verdict is Verdict.STRICTER


def test_days_of_another_zone_or_hour_are_no_union() -> None:
    ny_days = calendar("1d", JAN_2026, "America/New_York")
    utc_months = calendar("1M", JAN_2026)
    result = compare(0.9995, ny_days, "Occurrences", 0.999, utc_months)
    assert result.verdict is Verdict.UNVERIFIABLE
    noon = calendar("1d", "2026-01-01 12:00:00", "America/New_York")
    result = compare(
        0.9995, noon, "Occurrences", 0.999, calendar("1M", JAN_2026, "America/New_York")
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_equal_targets_are_not_stricter() -> None:
    window = calendar("1M")
    assert compare(0.999, window, "Occurrences", 0.999, window).verdict is Verdict.NOT_STRICTER
    assert compare(0.999, None, None, 0.9990000000000001, None).verdict is Verdict.NOT_STRICTER


def test_equal_budget_after_the_bound_is_not_stricter() -> None:
    # a 10d window at 99.98% allows 0.002 days (2.88 h), all of which fits in a 2-day SLA
    # period: 0.002/2 = 0.001, exactly the SLA's budget, which is not strictly stricter
    result = compare(0.9998, rolling("10d"), "Timeslices", 0.999, rolling("2d"))
    assert result.guaranteed == Fraction(999, 1000)
    assert result.verdict is Verdict.NOT_STRICTER


@pytest.mark.parametrize(
    ("slo_window", "sla_window", "reason"),
    [
        (calendar("1M"), calendar("100000M"), "a 100000M calendar in UTC window is longer"),
        (rolling("100000Y"), calendar("1M"), "a 100000Y rolling window is longer"),
        (calendar("1M", None, "No/Such_Zone"), calendar("1M"), 'timeZone "No/Such_Zone"'),
        (calendar("1M", None, "../../etc/passwd"), calendar("1M"), "is not an IANA time zone"),
        (calendar("1M", "2026-13-01 00:00:00"), calendar("1M"), "startTime"),
        (calendar("1M", "1 Jan 2026"), calendar("1M"), "is not in the form YYYY-MM-DD"),
        (calendar("1M", "9999-01-01 00:00:00"), calendar("1M"), "outside 1900-3000"),
        # local days where clocks change: 146,097 periods in 400 years, beyond the bound
        (calendar("1d", None, "America/Los_Angeles"), calendar("1M"), "more than 25,000"),
        # hourly SLA periods against listed months: millions of evaluations
        (calendar("1M"), calendar("1h"), "more than 200,000 SLA periods"),
    ],
)
def test_windows_beyond_the_bounds_are_not_comparable_and_fast(
    slo_window: Window, sla_window: Window, reason: str
) -> None:
    started = time.perf_counter()
    result = compare(0.9995, slo_window, "Timeslices", 0.999, sla_window)
    assert time.perf_counter() - started < 2
    assert (result.verdict, result.why) == (Verdict.UNVERIFIABLE, Why.LIMIT)
    assert result.reason is not None and reason in result.reason


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_targets_are_left_to_the_target_rules(value: float) -> None:
    assert compare(value, rolling("28d"), "Timeslices", 0.999, calendar("1M")).verdict is (
        Verdict.STRICTER
    )
    assert compare(0.9995, rolling("28d"), "Timeslices", value, calendar("1M")).verdict is (
        Verdict.STRICTER
    )


def test_missing_windows_compare_nominal_targets() -> None:
    assert compare(0.9995, None, "Occurrences", 0.999, calendar("1M")).verdict is Verdict.STRICTER


def test_calendar_periods_follow_start_time_and_time_zone() -> None:
    # 2026-01-01 00:00 in Los Angeles (PST, UTC-8) is 08:00 UTC; six months later PDT (UTC-7)
    window = calendar("1M", JAN_2026, "America/Los_Angeles")
    jan_1_2026_utc = 1767225600  # date -u -d 2026-01-01 +%s
    assert origin(window) == jan_1_2026_utc + 8 * 3600
    assert boundary(window, 6) == jan_1_2026_utc + 181 * DAY + 7 * 3600
    # a month starting on the 31st starts February on its last day
    end_of_month = calendar("1M", "2026-01-31 00:00:00")
    assert boundary(end_of_month, 1) - boundary(end_of_month, 0) == 28 * DAY


@pytest.mark.parametrize(
    ("duration", "start"),
    [("1M", None), ("1M", "2026-01-31 06:30:15"), ("1Q", "2024-02-29 23:59:59"), ("1Y", None)],
)
def test_utc_month_boundaries_are_the_wall_clock_dates_in_utc(
    duration: str, start: str | None
) -> None:
    # month k of the window begins on the start's day of month (the last day of a shorter
    # month), at the start's time of day; computed here with datetime, not slolint's integers
    from datetime import datetime

    window = calendar(duration, start)
    first = datetime(1970, 1, 1) if start is None else datetime.fromisoformat(start)
    step = {"M": 1, "Q": 3, "Y": 12}[duration[-1]]
    for k in (0, 1, 13, 478, 4799):
        months = first.month - 1 + k * step
        year, month = first.year + months // 12, months % 12 + 1
        last_day = 29 if month == 2 and year % 4 == 0 and (year % 100 or year % 400 == 0) else 28
        last_day = 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30 if month != 2 else last_day
        moment = first.replace(year=year, month=month, day=min(first.day, last_day))
        assert boundary(window, k) == int((moment - datetime(1970, 1, 1)).total_seconds())


def test_default_calendar_starts_at_the_natural_unit_start() -> None:
    assert origin(calendar("1M")) == 0  # 1970-01-01 00:00 UTC
    assert origin(calendar("1w")) == 4 * DAY  # Monday 1970-01-05
    quarter = calendar("1Q")
    assert boundary(quarter, 1) == (31 + 28 + 31) * DAY  # 1 April 1970


def test_period_descriptions() -> None:
    month = calendar("1M", JAN_2026, "Europe/Warsaw")
    feb = boundary(month, 1)
    assert describe_period(month, feb, 28 * DAY) == "a 28-day February"
    assert describe_period(calendar("1Q"), 0, 90 * DAY) == "a 90-day quarter from January"
    assert describe_period(calendar("1Y"), 0, 365 * DAY) == "a 365-day year"
    assert describe_period(rolling("30d"), None, 30 * DAY) == "a rolling 30-day period"
    assert length_words(31 * DAY - 3600) == "30-day 23-hour"


def test_window_parsing() -> None:
    assert parse_shorthand("28d") == (28, "d")
    assert parse_shorthand("30 days") is None
    assert parse_start_time("2022-01-01 12:00:00") == (2022, 1, 1, 12, 0, 0)
    assert parse_start_time("2022-01-01T12:00:00Z") is None
    assert rolling_seconds("1M") == 30 * DAY  # go-sdk's rolling month
    window = calendar("1M", "2022-01-01 12:00:00", "America/New_York")
    assert window.describe() == "1M calendar from 2022-01-01 12:00 America/New_York"
    assert rolling("28d").describe() == "28d rolling"
    assert window_of([{"duration": "0d", "isRolling": True}], ORIGIN, ()) is None
    bad_zone = calendar("1M", None, "Bad\nZone")
    assert bad_zone.describe() == '1M calendar in "Bad\\nZone"'


def test_sla_objective_without_time_window_is_a_calendar_month() -> None:
    window = sla_window_of({"targetPercent": 99.9}, ORIGIN, ("spec", "objectives", 0))
    assert window is not None
    assert (window.duration, window.rolling, window.default) == ("1M", False, True)
    assert window.describe() == "1M calendar in UTC (the default)"
    # a 90d SLO at 99.95% against it: 99.8393% in a 28-day February (see the table)
    result = compare(0.9995, rolling("90d"), "Timeslices", 0.999, window)
    assert result.guaranteed == Fraction(5591, 5600)


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("28d", "28d rolling"),
        ("1M", "1M calendar in UTC"),
        ("1w", "1w calendar in UTC"),
        ("rolling 1M", "1M rolling"),
        ("calendar 28d", "28d calendar in UTC"),
    ],
)
def test_sla_window_annotation_reading(text: str, described: str) -> None:
    window = sla_window_of_annotation(text, ORIGIN.at())
    assert window is not None and window.describe() == described


@pytest.mark.parametrize("text", ["", "28 d", "monthly 1M", "rolling", "1M 2M 3M", "0d"])
def test_sla_window_annotation_rejects_other_text(text: str) -> None:
    assert sla_window_of_annotation(text, ORIGIN.at()) is None


@pytest.mark.parametrize(
    ("cells", "budget", "length"),
    [
        # the case where no end on a boundary is the worst: 10-second periods with budget
        # 0.4 (4 s each) and a 12-second SLA window; [4, 16) holds 4 + 4 = 8 s, while an end
        # on a boundary gets 4 + 2 = 6 s
        ((10, 10, 10, 10), Fraction(2, 5), 12),
        ((3, 5, 2, 7, 4), Fraction(1, 4), 6),
        ((3, 5, 2, 7, 4), Fraction(1, 3), 11),
        ((28, 31, 30, 31), Fraction(1, 20), 30),
        ((1, 1, 5, 1), Fraction(1, 2), 3),
    ],
)
def test_rolling_placements_reach_the_brute_force_maximum(
    cells: tuple[int, ...], budget: Fraction, length: int
) -> None:
    # repeat the pattern so that every placement inside the middle copy is covered, then
    # try every start on the 1/q grid (all slope changes lie on it) against the anchors
    p, q = budget.numerator, budget.denominator
    pattern = list(cells) * 6
    bounds = [0]
    for size in pattern:
        bounds.append(bounds[-1] + size)
    listed = Listed(tuple(bounds))
    cycle = sum(cells)
    low, high = 2 * cycle, 3 * cycle

    def bad(a: int) -> Fraction:
        # most bad time in [a, a + length) straight from the definition, in seconds
        total = Fraction(0)
        start, end = Fraction(a, q), Fraction(a, q) + length
        for left, right in pairwise(bounds):
            overlap = max(Fraction(0), min(end, Fraction(right)) - max(start, Fraction(left)))
            total += min(overlap, budget * (right - left))
        return total

    brute = max(bad(a) for a in range(low * q, high * q))
    anchors = rolling_anchors(listed.bounds, low, high, length, p, q)
    worst = worst_placement(listed, anchors, length, p, q)
    assert Fraction(worst.bad, q) == brute


def test_a_run_stops_comparing_when_its_work_budget_is_spent() -> None:
    # listing the 4,800+ months of a 400-year cycle costs more than 1,000 periods
    reset_budget(1000)
    result = compare(
        0.9995,
        calendar("1M", "2026-02-01 00:00:00"),
        "Timeslices",
        0.999,
        calendar("1M", "2026-02-10 00:00:00"),
    )
    assert (result.verdict, result.why) == (Verdict.UNVERIFIABLE, Why.LIMIT)
    assert result.reason == (
        f"this run already looked at {RUN_BUDGET:,} periods for other SLA comparisons"
    )
    # a rolling SLO against a rolling SLA lists nothing and still compares:
    # min(21, 0.0005 * 28)/21 = 0.014/21 = 1/1500
    result = compare(0.9995, rolling("28d"), "Timeslices", 0.999, rolling("21d"))
    assert result.guaranteed == Fraction(1499, 1500)
