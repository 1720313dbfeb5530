"""Exact comparison of an SLO objective with the SLA objective it backs.

"The SLO is stricter than the SLA" means: whenever the SLO is met, the SLA is met. All
arithmetic is on exact fractions (targets are read as the decimals they were written as).

* **Same measure.** A time-based budget (``Timeslices``, ``RatioTimeslices``) bounds bad
  *time*, an ``Occurrences`` budget bad *requests*; meeting one says nothing about the other,
  so such a pair is not comparable. Nor are the two time-based methods with each other:
  ``Timeslices`` counts a slice wholly bad when its ratio falls below ``timeSliceTarget``
  and not at all otherwise, ``RatioTimeslices`` counts every slice by its bad fraction.
  With every slice 99.5% good, a ``Timeslices`` SLO of 99.95% (``timeSliceTarget`` 0.99)
  is met in full while a ``RatioTimeslices`` SLA of 99.9% is breached; with every slice
  99.95% good, a ``RatioTimeslices`` SLO of 99.95% is met while a ``Timeslices`` SLA of
  99.9% (``timeSliceTarget`` 0.9999) counts every slice bad. An SLA objective without
  ``budgetingMethod`` is measured like its SLO.
* **Unions of SLO periods.** When every SLA period is a union of whole SLO periods (aligned
  calendars: a ``1M`` SLO inside a ``1Q`` SLA, calendar days inside months of the same
  zone) or a run of whole SLO windows (a rolling 7d SLO and SLA periods of exactly 7 or 14
  days), a met SLO meets every part, so the union is within the SLO's budget too, for
  requests as for time: the targets compare directly. Daily SLOs are decided from the
  calendar's structure (:func:`slolint.periods.made_of_days`), never by listing days.
* **Worst case, time-based budgets**, with SLO budget ``b = 1 - t_slo``:

  - rolling SLO of length ``W``: every interval of length ``W`` holds at most ``B = b*W``
    bad time, so an SLA period of length ``L`` holds at most
    ``floor(L/W)*B + min(L mod W, B)`` (reached by a burst of ``B`` at the start of each
    ``W``-block);
  - calendar SLO (periods ``S_i``, each with at most ``b*|S_i|`` bad): an SLA period ``P``
    holds at most ``sum_i min(|S_i & P|, b*|S_i|)``, exactly; a rolling SLA period is placed
    everywhere this sum changes slope (an end on an SLO boundary, or a partial SLO period
    holding exactly its budget).

  The worst SLA period's share of bad time decides; the guaranteed target is one minus it.
* **Occurrences** over windows that are not unions have no bound without a traffic model
  (bad requests can bunch inside one SLA period): not comparable.

Real periods come from :mod:`slolint.periods`, over one 400-year Gregorian cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise
from math import gcd, isfinite

from slolint.model import Window
from slolint.periods import (
    CYCLE,
    MAX_EVALUATIONS,
    Grid,
    NotComparable,
    Periods,
    check_length,
    describe_period,
    is_grid,
    made_of_days,
    nominal_seconds,
    origin,
    periods,
    spend,
)

TIME_BASED_METHODS = frozenset({"Timeslices", "RatioTimeslices"})


class Verdict(Enum):
    STRICTER = "stricter"
    NOT_STRICTER = "not-stricter"
    UNVERIFIABLE = "unverifiable"


class Why(Enum):
    """Why a pair is not comparable (SLO303 words its message after it)."""

    MEASURE = "measure"
    """One budgets time, the other requests."""
    SLICES = "slices"
    """``Timeslices`` against ``RatioTimeslices``: both budget time, but count it differently."""
    REQUESTS = "requests"
    """Occurrences over windows where SLA periods are not unions of SLO periods."""
    LIMIT = "limit"
    """A window slolint will not enumerate, or a calendar it cannot read."""


@dataclass(frozen=True, slots=True)
class Comparison:
    verdict: Verdict
    guaranteed: Fraction | None = None
    """Worst-case target the SLO guarantees over an SLA period, when it differs from t_slo."""
    worst_period: str | None = None
    """The SLA period that decides, for messages: ``a 28-day February``."""
    bad_seconds: Fraction | None = None
    """The most bad time that SLA period can hold while the SLO is met."""
    period_seconds: int | None = None
    why: Why | None = None
    reason: str | None = None
    """For ``Why.LIMIT``: what could not be compared."""


@dataclass(frozen=True, slots=True)
class Worst:
    """The SLA period holding the largest share of bad time while the SLO is met.

    ``bad`` is in units of ``1/q`` seconds, where ``p/q`` is the SLO budget, so that every
    quantity stays an integer; ``union`` is True when every SLA period is a union of SLO
    periods (then the comparison holds for any budgeting method).
    """

    union: bool
    bad: int
    length: int
    start: int | None


def exact(ratio: float) -> Fraction:
    """A target as the decimal it was written as (models keep 12 decimals at most)."""
    return Fraction(f"{ratio:.12f}")


def measure(method: str | None) -> str:
    return "time" if method in TIME_BASED_METHODS else "requests"


def compare(
    slo_target: float,
    slo_window: Window | None,
    slo_method: str | None,
    sla_target: float,
    sla_window: Window | None,
    sla_method: str | None = None,
) -> Comparison:
    """Is an SLO objective strictly stricter than an SLA objective on the same indicator?"""
    if not (isfinite(slo_target) and isfinite(sla_target)):
        return Comparison(Verdict.STRICTER)  # not a target at all: SLO2xx reports it
    t_slo, t_sla = exact(slo_target), exact(sla_target)
    if t_slo <= t_sla:
        return Comparison(Verdict.NOT_STRICTER)
    if sla_method is not None and measure(sla_method) != measure(slo_method):
        return Comparison(Verdict.UNVERIFIABLE, why=Why.MEASURE)
    if sla_method is not None and sla_method != slo_method and measure(slo_method) == "time":
        return Comparison(Verdict.UNVERIFIABLE, why=Why.SLICES)
    budget = 1 - t_slo
    if slo_window is None or sla_window is None or budget <= 0:
        return Comparison(Verdict.STRICTER)
    try:
        if made_of_days(slo_window, sla_window):
            return Comparison(Verdict.STRICTER)
        worst = worst_case(slo_window, sla_window, budget.numerator, budget.denominator)
    except NotComparable as problem:
        return Comparison(Verdict.UNVERIFIABLE, why=Why.LIMIT, reason=str(problem))
    if worst.union:
        return Comparison(Verdict.STRICTER)
    if measure(slo_method) != "time":
        return Comparison(Verdict.UNVERIFIABLE, why=Why.REQUESTS)
    share = Fraction(worst.bad, worst.length * budget.denominator)
    verdict = Verdict.STRICTER if share < 1 - t_sla else Verdict.NOT_STRICTER
    return Comparison(
        verdict,
        guaranteed=1 - share,
        worst_period=describe_period(sla_window, worst.start, worst.length),
        bad_seconds=Fraction(worst.bad, budget.denominator),
        period_seconds=worst.length,
    )


@lru_cache(maxsize=4096)
def worst_case(slo: Window, sla: Window, p: int, q: int) -> Worst:
    """The worst SLA period for an SLO budget of ``p/q`` (cached per pair of windows)."""
    for window in (slo, sla):
        check_length(window)
        if window.calendar is not None and window.calendar.problem is not None:
            raise NotComparable(window.calendar.problem)
    if slo.rolling:
        size = slo.seconds
        assert size is not None
        return _rolling_slo(size, _sla_lengths(sla), p, q)
    if sla.rolling:
        length = sla.seconds
        assert length is not None
        return _rolling_sla_in_calendar(slo, length, p, q)
    return _calendar_in_calendar(slo, sla, p, q)


def _better(worst: Worst | None, bad: int, length: int) -> bool:
    return worst is None or bad * worst.length > worst.bad * length


def _rolling_slo(size: int, lengths: dict[int, int | None], p: int, q: int) -> Worst:
    worst: Worst | None = None
    for length, start in lengths.items():
        bad = (length // size) * p * size + min((length % size) * q, p * size)
        if _better(worst, bad, length):
            worst = Worst(False, bad, length, start)
    assert worst is not None
    union = all(length % size == 0 for length in lengths)
    return Worst(union, worst.bad, worst.length, worst.start)


@lru_cache(maxsize=1024)
def _sla_lengths(sla: Window) -> dict[int, int | None]:
    """Every length an SLA period can have, each with the first period of that length."""
    if sla.rolling:
        assert sla.seconds is not None
        return {sla.seconds: None}
    start = origin(sla)
    listed = periods(sla, start, start + CYCLE)
    if isinstance(listed, Grid):
        return {listed.length: start}
    lengths: dict[int, int | None] = {}
    for begin, end in pairwise(listed.bounds):
        lengths.setdefault(end - begin, begin)
    return lengths


def bad_in(slo: Periods, a: int, e: int, p: int, q: int) -> int:
    """Most bad time in ``[a/q, e/q)`` seconds while each SLO period keeps its budget."""
    i, j = slo.index(a // q), slo.index(e // q)
    first_end = slo.start(i + 1)
    size_i = first_end - slo.start(i)
    if i == j:
        return min(e - a, p * size_i)
    last_start = slo.start(j)
    size_j = slo.start(j + 1) - last_start
    return (
        min(first_end * q - a, p * size_i)
        + p * (last_start - first_end)
        + min(e - last_start * q, p * size_j)
    )


def _rolling_sla_in_calendar(slo: Window, length: int, p: int, q: int) -> Worst:
    low = origin(slo)
    listed = periods(slo, low - length, low + CYCLE + length)
    if isinstance(listed, Grid):
        c, size = listed.phase, listed.length
        anchors = [c * q, (c - length) * q, c * q - p * size, c * q + p * size - length * q]
    else:
        anchors = rolling_anchors(listed.bounds, low, low + CYCLE, length, p, q)
    return worst_placement(listed, anchors, length, p, q)


def rolling_anchors(
    bounds: tuple[int, ...], low: int, high: int, length: int, p: int, q: int
) -> list[int]:
    """Starts (in ``1/q`` s) of the rolling SLA periods where the bad-time sum can peak.

    Along the time line the most bad time in ``[a, a + L)`` is piecewise linear in ``a``; it
    changes slope only where an end crosses an SLO boundary ``s`` or where a partial SLO
    period at either end holds exactly its budget: ``a = s``, ``a + L = s``,
    ``a = s - b*|before s|`` and ``a + L = s + b*|after s|``. A maximum lies on one of them,
    for every boundary ``s`` in ``[low, high)``.
    """
    anchors = []
    for k in range(1, len(bounds) - 1):
        s = bounds[k]
        if not low <= s < high:
            continue
        before, after = s - bounds[k - 1], bounds[k + 1] - s
        anchors += [s * q, (s - length) * q, s * q - p * before, s * q + p * after - length * q]
    return anchors


def worst_placement(slo: Periods, anchors: list[int], length: int, p: int, q: int) -> Worst:
    spend(len(anchors))
    worst: Worst | None = None
    for a in anchors:
        bad = bad_in(slo, a, a + length * q, p, q)
        if _better(worst, bad, length):
            worst = Worst(False, bad, length, None)
    assert worst is not None
    return worst


@dataclass(frozen=True, slots=True)
class Overlap:
    """How one SLA period ``[a, e)`` lies on the SLO's periods, independent of the budget.

    ``head`` seconds of SLO period ``i`` (``first`` long), ``middle`` seconds of whole SLO
    periods, ``tail`` seconds of SLO period ``j`` (``last`` long); a period inside a single
    SLO period has ``middle = -1`` and ``head = length``.
    """

    head: int
    first: int
    middle: int
    tail: int
    last: int
    length: int

    def bad(self, p: int, q: int) -> int:
        """Most bad time it holds, in ``1/q`` seconds, for an SLO budget ``p/q``."""
        if self.middle < 0:
            return min(self.head * q, p * self.first)
        return (
            min(self.head * q, p * self.first) + p * self.middle + min(self.tail * q, p * self.last)
        )

    @property
    def union(self) -> bool:
        """Both ends on SLO boundaries: the SLA period is whole SLO periods."""
        if self.middle < 0:
            return self.head == self.first
        return self.head == self.first and self.tail == 0


def _calendar_in_calendar(slo: Window, sla: Window, p: int, q: int) -> Worst:
    worst: Worst | None = None
    for shape, start in calendar_overlaps(slo, sla).items():
        bad = shape.bad(p, q)
        if _better(worst, bad, shape.length):
            worst = Worst(False, bad, shape.length, start)
    assert worst is not None
    union = all(shape.union for shape in calendar_overlaps(slo, sla))
    return Worst(union, worst.bad, worst.length, worst.start)


@lru_cache(maxsize=1024)
def calendar_overlaps(slo: Window, sla: Window) -> dict[Overlap, int]:
    """Every distinct way an SLA period lies on the SLO's periods, with its first start.

    Over a 400-year cycle a month meets the SLO's months in a handful of ways, so the
    budget-dependent part of the comparison runs over these few shapes only.
    """
    if is_grid(slo) and is_grid(sla):
        size, length = nominal_seconds(slo), nominal_seconds(sla)
        count = size // gcd(size, length)
        low, high = origin(sla), origin(sla) + count * length
    else:
        low = max(origin(slo), origin(sla))
        high = low + CYCLE
    pad = 2 * nominal_seconds(sla) + 4 * 86400
    slo_periods = periods(slo, low - pad, high + pad)
    sla_periods = periods(sla, low, high + pad)
    shapes: dict[Overlap, int] = {}
    for begin, end in _periods_between(sla_periods, low, high):
        shapes.setdefault(_overlap(slo_periods, begin, end), begin)
    return shapes


def _overlap(slo: Periods, a: int, e: int) -> Overlap:
    i, j = slo.index(a), slo.index(e)
    first_end = slo.start(i + 1)
    first = first_end - slo.start(i)
    if i == j:
        return Overlap(e - a, first, -1, 0, 0, e - a)
    last_start = slo.start(j)
    last = slo.start(j + 1) - last_start
    return Overlap(first_end - a, first, last_start - first_end, e - last_start, last, e - a)


def _periods_between(listed: Periods, low: int, high: int) -> list[tuple[int, int]]:
    """The SLA periods starting in ``[low, high)`` (at least one: ``high - low`` is a whole
    number of grid periods, or a 400-year cycle), at most :data:`MAX_EVALUATIONS`."""
    first, last = listed.index(low), listed.index(high - 1)
    if listed.start(first) < low:
        first += 1
    if last - first + 1 > MAX_EVALUATIONS:
        raise NotComparable(f"more than {MAX_EVALUATIONS:,} SLA periods would have to be looked at")
    return [(listed.start(k), listed.start(k + 1)) for k in range(first, last + 1)]
