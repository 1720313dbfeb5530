"""The error-budget arithmetic against the tables of reference/domain-rules.md §0.4.

Every figure below is copied from those tables (or worked out by hand in the comment next to
it), never computed with the module under test; each is compared to the precision the table
shows.
"""

from __future__ import annotations

import pytest

from slolint.budget import (
    bad_slices_allowed,
    budget_seconds,
    burn_rate_for,
    consumed_at_alert,
    covering_budget,
    describe_length,
    describe_percent,
    error_budget,
    expected_thresholds,
    max_burn_rate,
    nines,
)

DAY = 86400
MINUTE, HOUR = 60, 3600

# (target, window days, expected, unit seconds, decimals shown in the table)
BUDGET_TIME = [
    (0.99, 7, 100.80, MINUTE),
    (0.99, 28, 6.72, HOUR),
    (0.99, 30, 7.20, HOUR),
    (0.99, 90, 21.60, HOUR),
    (0.995, 7, 50.40, MINUTE),
    (0.995, 28, 3.36, HOUR),
    (0.995, 30, 3.60, HOUR),
    (0.995, 90, 10.80, HOUR),
    (0.999, 7, 10.08, MINUTE),
    (0.999, 28, 40.32, MINUTE),
    (0.999, 30, 43.20, MINUTE),
    (0.999, 90, 2.16, HOUR),
    (0.9995, 7, 5.04, MINUTE),
    (0.9995, 28, 20.16, MINUTE),
    (0.9995, 30, 21.60, MINUTE),
    (0.9995, 90, 64.80, MINUTE),
    (0.9999, 7, 60.48, 1),
    (0.9999, 28, 4.03, MINUTE),
    (0.9999, 30, 4.32, MINUTE),
    (0.9999, 90, 12.96, MINUTE),
    (0.99999, 7, 6.05, 1),
    (0.99999, 28, 24.19, 1),
    (0.99999, 30, 25.92, 1),
    (0.99999, 90, 77.76, 1),
]


@pytest.mark.parametrize(("target", "days", "expected", "unit"), BUDGET_TIME)
def test_budget_time_matches_the_reference_table(
    target: float, days: int, expected: float, unit: int
) -> None:
    assert round(budget_seconds(target, days * DAY) / unit, 2) == expected


# SLO window (days) -> the burn rates for 2%/1h, 5%/6h, 10%/24h, 10%/72h (table §0.4)
THRESHOLDS = [
    (30, (14.4, 6.0, 3.0, 1.0)),
    (28, (13.44, 5.6, 2.8, 0.933)),
    (7, (3.36, 1.4, 0.70, 0.233)),
]


@pytest.mark.parametrize(("days", "rates"), THRESHOLDS)
def test_expected_thresholds_match_the_reference_table(days: int, rates: tuple[float, ...]) -> None:
    computed = expected_thresholds(days * DAY)
    decimals = [len(str(rate).split(".")[1]) for rate in rates]
    assert tuple(round(c, d) for c, d in zip(computed, decimals, strict=True)) == rates


def test_burn_rate_for_a_share_of_the_budget() -> None:
    # 2% of a 30-day budget in 1 hour: 0.02 * 720 h / 1 h = 14.4
    assert burn_rate_for(0.02, HOUR, 30 * DAY) == pytest.approx(14.4)
    # Sloth's 7-day catalogue: 8% in 1 h -> 0.08 * 168 = 13.44
    assert burn_rate_for(0.08, HOUR, 7 * DAY) == pytest.approx(13.44)


@pytest.mark.parametrize(
    ("rate", "hours", "expected"),
    # 30-day numbers copied onto a 7-day SLO fire after 8.57%, 21.4%, 42.9%, 42.9% (§0.4)
    [(14.4, 1, 0.0857), (6, 6, 0.214), (3, 24, 0.429), (1, 72, 0.429)],
)
def test_consumed_at_alert_time(rate: float, hours: int, expected: float) -> None:
    decimals = len(str(expected).split(".")[1])
    assert round(consumed_at_alert(rate, hours * HOUR, 7 * DAY), decimals) == expected


def test_max_burn_rate_is_the_inverse_of_the_budget() -> None:
    # SLO702: at 90% the largest burn rate is 10 (< 14.4); at 50% it is 2
    assert max_burn_rate(0.9) == pytest.approx(10)
    assert max_burn_rate(0.5) == pytest.approx(2)
    # a one-hour full outage at 90% over 30 days consumes 1/(0.1*720) = 1.39%
    assert round(consumed_at_alert(max_burn_rate(0.9), HOUR, 30 * DAY), 4) == 0.0139


@pytest.mark.parametrize(
    ("target", "expected"), [(0.99, 2), (0.999, 3), (0.9999, 4), (0.99999, 5), (0.9995, 3.30103)]
)
def test_nines(target: float, expected: float) -> None:
    assert round(nines(target), 5) == expected


def test_error_budget_is_exact_for_decimal_targets() -> None:
    assert error_budget(0.999) == 0.001
    assert error_budget(0.99999) == 0.00001


def test_timeslices_bad_slices_allowed() -> None:
    # 28 d with 5 min slices: 8,064 slices; 99.9% allows 8.06 bad slices, 99.99% only 0.81
    assert round(bad_slices_allowed(0.999, 28 * DAY, 300), 2) == 8.06
    assert round(bad_slices_allowed(0.9999, 28 * DAY, 300), 2) == 0.81


@pytest.mark.parametrize(
    ("budget", "slo_days", "sla_days", "expected"),
    [
        # SLO303 table: rolling 28 d at 99.95% against a 31-day month: 0.0005*2*28/31
        (0.0005, 28, 31, 0.000903),
        # rolling 90 d at 99.95% against a 30-day month: 0.0005*1*90/30 = 0.0015
        (0.0005, 90, 30, 0.0015),
    ],
)
def test_covering_bound(budget: float, slo_days: int, sla_days: int, expected: float) -> None:
    assert round(covering_budget(budget, slo_days * DAY, sla_days * DAY), 6) == expected


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (24.192, "24.2 s"),
        (60, "60 s"),
        (241.92, "4.03 min"),
        (2419.2, "40.3 min"),
        (24192, "6.72 h"),
        (3 * DAY, "3 d"),
    ],
)
def test_lengths_read_as_a_human_would(seconds: float, text: str) -> None:
    assert describe_length(seconds) == text


def test_percent() -> None:
    assert describe_percent(0.99999) == "99.999%"
    assert describe_percent(0.9) == "90%"
