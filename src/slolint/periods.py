"""The periods of a time window on the UTC time line, for exact SLO/SLA comparisons.

A calendar window cuts time into periods that start at its ``calendar.startTime`` in its
``calendar.timeZone`` and follow each other without gaps: months of 28 to 31 days, local
days of 23 or 25 hours around a daylight-saving change. Comparing an SLO with an SLA
exactly needs those real periods, so this module turns a :class:`~slolint.model.Window`
into boundaries in UTC seconds.

Work is bounded whatever the input:

* a window longer than :data:`MAX_WINDOW_YEARS` is not compared (``100000M``);
* periods are looked at over one Gregorian cycle (400 years, 146,097 days, a whole number of
  weeks) from the later of the two windows' start times, which repeats every month length,
  weekday and future daylight-saving rule of the time-zone database (a window of a count
  of months that does not divide 4,800, such as ``7M``, repeats only over several cycles:
  it is compared over the first);
* periods of a fixed length in seconds (minutes and hours, and days and weeks in UTC) are a
  :class:`Grid` and are never listed; no more than :data:`MAX_PERIODS` others are listed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

from slolint.durations import DAY, zone_text
from slolint.model import Window
from slolint.quoting import quoted

CYCLE = 146_097 * DAY
"""400 Gregorian years: month lengths, weekdays and leap days all repeat after it."""

MAX_PERIODS = 25_000
"""Periods listed per window over the cycle: enough for weeks (20,871) in any time zone;
local days in a zone with daylight-saving time (146,097) are not compared."""

MAX_EVALUATIONS = 200_000
"""SLA periods looked at per comparison (days in UTC over the cycle: 146,097)."""

MAX_WINDOW_YEARS = 100
_MAX_WINDOW = MAX_WINDOW_YEARS * 366 * DAY

_UNIT_SECONDS = {"m": 60, "h": 3600, "d": DAY, "w": 7 * DAY}
_MONTHS = {"M": 1, "Q": 3, "Y": 12}
_NOMINAL_MONTH = 146_097 * DAY // 4800  # the mean Gregorian month, 30.436875 days
_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Zulu", "Zulu", "Z"})
_ZONE_TEXT = re.compile(r"[A-Za-z0-9_+\-/]{1,64}\Z")
_FIRST_YEAR, _LAST_YEAR = 1900, 3000
"""Start times outside these years are not compared: 400 years on must still be a date."""


_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)


class NotComparable(Exception):
    """The windows cannot be compared exactly; the message says why, for a finding."""


RUN_BUDGET = 1_000_000
"""Periods listed or looked at per run, over all comparisons: each pair of windows is
bounded, and this bounds a file that asks for thousands of different pairs."""


class _Budget:
    left = RUN_BUDGET


def reset_budget(limit: int = RUN_BUDGET) -> None:
    """Start a run's budget (the SLA rules call it once per workspace)."""
    _Budget.left = limit


def spend(work: int) -> None:
    """Count ``work`` periods against the run's budget; past it, comparisons stop."""
    _Budget.left -= work
    if _Budget.left < 0:
        raise NotComparable(
            f"this run already looked at {RUN_BUDGET:,} periods for other SLA comparisons"
        )


@lru_cache(maxsize=256)
def zone(name: str) -> tzinfo:
    """The IANA zone ``name`` from the bundled ``tzdata`` (UTC aliases need no lookup)."""
    if name in _UTC_NAMES:
        return UTC
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not _ZONE_TEXT.match(name):
        raise NotComparable(f"its timeZone {quoted(name)} is not an IANA time zone")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise NotComparable(f"its timeZone {quoted(name)} is not an IANA time zone") from None


def nominal_seconds(window: Window) -> int:
    """Length of one period, months counted at their mean length (for estimates only)."""
    if window.unit in _UNIT_SECONDS:
        return window.count * _UNIT_SECONDS[window.unit]
    return window.count * _MONTHS[window.unit] * _NOMINAL_MONTH


def check_length(window: Window) -> None:
    if nominal_seconds(window) > _MAX_WINDOW:
        raise NotComparable(f"a {window.describe()} window is longer than {MAX_WINDOW_YEARS} years")


def anchor(window: Window) -> datetime:
    """The local wall-clock start of one period: ``startTime``, or the natural unit start.

    Without a start time a calendar period begins where its unit does: the 1st of January
    for months, quarters and years (so quarters start in January, April, July and October),
    Monday 5 January 1970 for weeks and midnight of 1 January 1970 for shorter units.
    """
    start = window.calendar.start if window.calendar else None
    if start is None:
        return datetime(1970, 1, 5) if window.unit == "w" else datetime(1970, 1, 1)
    if not _FIRST_YEAR <= start[0] <= _LAST_YEAR:
        raise NotComparable(f"its startTime year {start[0]} is outside {_FIRST_YEAR}-{_LAST_YEAR}")
    try:
        return datetime(*start)
    except ValueError:
        raise NotComparable("its startTime is not a valid date and time") from None


def _zone_of(window: Window) -> tzinfo:
    return zone(_zone_name(window))


def _utc(local: datetime, tz: tzinfo) -> int:
    if tz is UTC:
        return (local - _EPOCH) // _SECOND
    return int(local.replace(tzinfo=tz).timestamp())


def is_grid(window: Window) -> bool:
    """Periods of one length in seconds: minutes and hours anywhere, days and weeks in UTC."""
    if window.unit in ("m", "h"):
        return True
    return window.unit in ("d", "w") and _zone_of(window) is UTC


def boundary(window: Window, k: int) -> int:
    """UTC seconds at which period ``k`` (0 starts at the anchor) of a calendar window starts."""
    return next(_boundaries(window, k))


def _boundaries(window: Window, k: int) -> Iterator[int]:
    """UTC seconds of the starts of periods ``k, k + 1, ...`` of a calendar window."""
    tz = _zone_of(window)
    start = anchor(window)
    if window.unit in ("m", "h"):
        first, size = _utc(start, tz), nominal_seconds(window)
        while True:
            yield first + k * size
            k += 1
    days = nominal_seconds(window) // DAY if window.unit in ("d", "w") else 0
    step = 0 if days else window.count * _MONTHS[window.unit]
    if tz is UTC and not days:
        yield from _utc_months(start, k, step)
        return
    try:
        while True:
            if days:
                yield _utc(start + timedelta(days=k * days), tz)
            else:
                months = start.month - 1 + k * step
                year, month = start.year + months // 12, months % 12 + 1
                day = min(start.day, _month_days(year, month))
                yield _utc(start.replace(year=year, month=month, day=day), tz)
            k += 1
    except (ValueError, OverflowError):
        raise NotComparable("its periods run past the year 9999") from None


def _utc_months(start: datetime, k: int, step: int) -> Iterator[int]:
    """:func:`_boundaries` of a months-based window in UTC, in integers: the date of each
    boundary by its proleptic ordinal, the time of day added (what :func:`_utc` gives for
    UTC, without a datetime per boundary; a 400-year cycle lists 4,800 months)."""
    clock = start.hour * 3600 + start.minute * 60 + start.second
    epoch = _EPOCH.toordinal()
    try:
        while True:
            months = start.month - 1 + k * step
            year, month = start.year + months // 12, months % 12 + 1
            day = min(start.day, _month_days(year, month))
            yield (date(year, month, day).toordinal() - epoch) * DAY + clock
            k += 1
    except (ValueError, OverflowError):
        raise NotComparable("its periods run past the year 9999") from None


def _month_days(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def made_of_days(slo: Window, sla: Window) -> bool:
    """Whether every period of a calendar SLA is whole calendar days of a daily calendar SLO.

    Both windows place their boundaries as local wall-clock times turned into UTC by one
    function (:func:`_utc`): a ``1d`` SLO in zone Z starting at time T has a boundary at T on
    every date, and an SLA in the same zone counting days, weeks, months, quarters or years
    starts each period at its own anchor's time of day on some date. With the same time of
    day, every SLA boundary is an SLO boundary, however daylight-saving time stretches a
    day, so the SLA periods are unions of SLO periods without listing the 146,097 days of
    the 400-year cycle. Raises :class:`NotComparable` for a zone or start it cannot read.
    """
    if slo.rolling or sla.rolling or slo.unit != "d" or slo.count != 1:
        return False
    if sla.unit not in ("d", "w", "M", "Q", "Y") or _zone_name(slo) != _zone_name(sla):
        return False
    for window in (slo, sla):
        if window.calendar is not None and window.calendar.problem is not None:
            return False
    _zone_of(slo)
    return anchor(slo).time() == anchor(sla).time()


def origin(window: Window) -> int:
    """UTC seconds of the anchor: where the window's periods start to count."""
    return boundary(window, 0)


@dataclass(frozen=True, slots=True)
class Grid:
    """Periods of one length: ``phase + k * length``."""

    phase: int
    length: int

    def index(self, t: int) -> int:
        return (t - self.phase) // self.length

    def start(self, k: int) -> int:
        return self.phase + k * self.length


@dataclass(frozen=True, slots=True)
class Listed:
    """Periods of varying length, listed: period ``k`` is ``[bounds[k], bounds[k + 1])``."""

    bounds: tuple[int, ...]

    def index(self, t: int) -> int:
        k = bisect_right(self.bounds, t) - 1
        if not 0 <= k < len(self.bounds) - 1:
            raise NotComparable("a period falls outside the periods looked at")
        return k

    def start(self, k: int) -> int:
        return self.bounds[k]


Periods = Grid | Listed


def _first_index(window: Window, t: int) -> int:
    """The index of the period that contains UTC second ``t``."""
    k = (t - origin(window)) // nominal_seconds(window)
    for _ in range(8):
        if boundary(window, k) > t:
            k -= 1
        elif boundary(window, k + 1) <= t:
            k += 1
        else:
            return k
    raise NotComparable("its periods could not be placed")  # pragma: no cover


@lru_cache(maxsize=256)
def periods(window: Window, lo: int, hi: int) -> Periods:
    """The window's periods covering UTC seconds ``[lo, hi)``."""
    if is_grid(window):
        return Grid(origin(window), nominal_seconds(window))
    first = _first_index(window, lo)
    count = (hi - lo) // nominal_seconds(window) + 3
    if count > MAX_PERIODS:
        raise NotComparable(
            f"a {window.describe()} window has more than {MAX_PERIODS:,} periods "
            "in 400 years to look at"
        )
    spend(count)
    bounds = []
    for start in _boundaries(window, first):
        bounds.append(start)
        if start >= hi:
            return Listed(tuple(bounds))
    raise AssertionError("unreachable")  # pragma: no cover


def local_start(window: Window, utc_seconds: int) -> datetime:
    """The local wall-clock time of a UTC instant in the window's time zone."""
    return datetime.fromtimestamp(utc_seconds, _zone_of(window)).replace(tzinfo=None)


def length_words(seconds: int) -> str:
    """``28-day``, ``30-day 23-hour``: a period length for messages."""
    parts = []
    for size, word in ((DAY, "day"), (3600, "hour"), (60, "minute"), (1, "second")):
        if seconds >= size:
            parts.append(f"{seconds // size}-{word}")
            seconds %= size
    return " ".join(parts) or "0-second"


def describe_period(window: Window, start_utc: int | None, length: int) -> str:
    """The SLA period that decides, as in ``a 28-day February``."""
    size = length_words(length)
    if window.rolling or start_utc is None:
        return f"a rolling {size} period"
    start = local_start(window, start_utc)
    at_midnight_1st = (start.day, start.hour, start.minute, start.second) == (1, 0, 0, 0)
    month = _MONTH_NAMES[start.month - 1]
    if at_midnight_1st and window.count == 1 and window.unit == "M":
        return f"a {size} {month}"
    if at_midnight_1st and window.count == 1 and window.unit == "Q":
        return f"a {size} quarter from {month}"
    if at_midnight_1st and window.count == 1 and window.unit == "Y" and start.month == 1:
        return f"a {size} year"
    clock = (
        "" if (start.hour, start.minute, start.second) == (0, 0, 0) else start.strftime(" %H:%M")
    )
    return f"the {size} period from {start.day} {month}{clock} {zone_text(_zone_name(window))}"


def _zone_name(window: Window) -> str:
    return window.calendar.zone if window.calendar else "UTC"
