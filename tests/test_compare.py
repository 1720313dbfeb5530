"""SLO vs SLA arithmetic, checked against the reference figures (domain-rules E1, SLO303)."""

from __future__ import annotations

import pytest

from slolint.compare import Verdict, compare
from slolint.durations import (
    DAY,
    calendar_lengths,
    describe_seconds,
    parse_shorthand,
    rolling_seconds,
)
from slolint.findings import Origin
from slolint.model import Window

ORIGIN = Origin("x.yaml", 0)


def rolling(duration: str) -> Window:
    seconds = rolling_seconds(duration)
    assert seconds is not None
    return Window(duration, (seconds,), True, ORIGIN.at())


def calendar(duration: str) -> Window:
    lengths = calendar_lengths(duration)
    assert lengths is not None
    return Window(duration, lengths, False, ORIGIN.at())


def test_calendar_month_lengths() -> None:
    assert calendar_lengths("1M") == tuple(d * DAY for d in (28, 29, 30, 31))
    assert calendar_lengths("1Q") == tuple(d * DAY for d in (89, 90, 91, 92))
    assert calendar_lengths("1Y") == (365 * DAY, 366 * DAY)
    assert calendar_lengths("2w") == (14 * DAY,)


def test_rolling_units_follow_go_sdk() -> None:
    assert rolling_seconds("1M") == 30 * DAY
    assert rolling_seconds("1Q") == 90 * DAY
    assert rolling_seconds("90m") == 5400
    assert rolling_seconds("30 days") is None
    assert parse_shorthand("28d") == (28, "d")
    assert parse_shorthand(28) is None
    assert describe_seconds(28 * DAY) == "4w"
    assert describe_seconds(3 * DAY) == "3d"


def test_equal_targets_are_not_stricter() -> None:
    assert (
        compare(0.999, calendar("1M"), "Occurrences", 0.999, calendar("1M")).verdict
        is Verdict.NOT_STRICTER
    )


def test_percent_noise_does_not_make_equal_targets_stricter() -> None:
    assert compare(0.999, None, None, 0.9990000000000001, None).verdict is Verdict.NOT_STRICTER


def test_same_window_compares_nominal_targets() -> None:
    result = compare(0.9995, rolling("28d"), "Occurrences", 0.999, rolling("4w"))
    assert result.verdict is Verdict.STRICTER
    assert result.guaranteed is None


@pytest.mark.parametrize(
    ("slo_window", "guaranteed", "verdict"),
    [
        # the reference table, SLA 99.9% per calendar month, SLO 99.95% with a time budget:
        ("28d", 1 - 0.0005 * 2 * 28 / 29, Verdict.STRICTER),  # worst month: 29 days
        ("30d", 1 - 0.0005 * 2 * 30 / 31, Verdict.STRICTER),  # 99.9032%
        ("90d", 1 - 0.0005 * 90 / 28, Verdict.NOT_STRICTER),  # a bad month hides in a quarter
    ],
)
def test_time_based_budgets_use_the_covering_bound(
    slo_window: str, guaranteed: float, verdict: Verdict
) -> None:
    result = compare(0.9995, rolling(slo_window), "Timeslices", 0.999, calendar("1M"))
    assert result.verdict is verdict
    assert result.guaranteed == pytest.approx(guaranteed)


def test_occurrence_budgets_over_different_windows_are_unverifiable() -> None:
    result = compare(0.9995, rolling("28d"), "Occurrences", 0.999, calendar("1M"))
    assert result.verdict is Verdict.UNVERIFIABLE


def test_calendar_slo_window_straddling_the_sla_period_costs_one_window() -> None:
    # 1w calendar SLO at 99.99% vs a monthly SLA at 99.9%: a 29-day month can overlap
    # ceil(29/7) + 1 = 6 calendar weeks, the worst of the four month lengths
    result = compare(0.9999, calendar("1w"), "Timeslices", 0.999, calendar("1M"))
    assert result.guaranteed == pytest.approx(1 - 0.0001 * 6 * 7 / 29)
    assert result.verdict is Verdict.STRICTER


def test_equal_budget_after_adjustment_is_not_stricter() -> None:
    # a 10d window at 99.98% allows 2.88h of bad time, all of which fits in a 2d SLA
    # period: exactly the SLA's 0.1% of 2 days, which is not strictly stricter
    result = compare(0.9998, rolling("10d"), "Timeslices", 0.999, rolling("2d"))
    assert result.verdict is Verdict.NOT_STRICTER
