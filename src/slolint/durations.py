"""OpenSLO duration-shorthand, calendar start times, and lengths in words.

A rolling ``1M`` is 30 days for go-sdk, but a *calendar* month is 28, 29, 30 or 31 days and
starts at a wall-clock time in a time zone: the real periods of a calendar window are
computed in :mod:`slolint.periods` from what is parsed here.
"""

from __future__ import annotations

import re
from functools import cache

from slolint.numbers import read_int
from slolint.quoting import quoted, shown

_SHORTHAND = re.compile(r"([0-9]+)([mhdwMQY])\Z")
_START_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})\Z")
_ZONE_TEXT = re.compile(r"[A-Za-z0-9_+\-/]{1,64}\Z")
_FIXED_SECONDS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_ROLLING_DAYS = {"M": 30, "Q": 90, "Y": 365}  # go-sdk's conversion for rolling windows
DAY = 86400


MAX_DURATION_DIGITS = 9
"""Digits read in a duration's count: 999,999,999 years is still a window; more is not a
duration anyone means, and :func:`oversize_duration` says so at the field."""


def parse_shorthand(text: object) -> tuple[int, str] | None:
    """``"28d"`` -> ``(28, "d")``; None for anything that is not duration-shorthand or
    whose count has more than :data:`MAX_DURATION_DIGITS` digits."""
    if not isinstance(text, str):
        return None
    match = _SHORTHAND.match(text)
    if match is None:
        return None
    count = read_int(match.group(1), max_digits=MAX_DURATION_DIGITS)
    return None if count is None else (count, match.group(2))


def oversize_duration(text: object) -> str | None:
    """Why ``text`` is shaped like duration-shorthand but too long to be read, else None."""
    if not isinstance(text, str) or _SHORTHAND.match(text) is None:
        return None
    digits = len(text) - 1
    if digits <= MAX_DURATION_DIGITS:
        return None
    return (
        f"{shown(text)} has {digits} digits; expected at most "
        f"{MAX_DURATION_DIGITS} before the unit, such as 28d"
    )


def rolling_seconds(text: object) -> int | None:
    """Length of a rolling window (or any plain duration) in seconds, as go-sdk computes it."""
    parsed = parse_shorthand(text)
    if parsed is None:
        return None
    count, unit = parsed
    if unit in _FIXED_SECONDS:
        return count * _FIXED_SECONDS[unit]
    return count * _ROLLING_DAYS[unit] * DAY


def parse_start_time(text: object) -> tuple[int, int, int, int, int, int] | None:
    """``"2022-01-01 12:00:00"`` (go-sdk's layout ``2006-01-02 15:04:05``) as six numbers."""
    if not isinstance(text, str):
        return None
    match = _START_TIME.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (read_int(part) or 0 for part in match.groups())
    return year, month, day, hour, minute, second


def zone_text(name: str) -> str:
    """A time-zone name as shown in messages: plain when it looks like one, else quoted."""
    return name if _ZONE_TEXT.match(name) else quoted(name)


_MONTHS_PER_UNIT = {"M": 1, "Q": 3, "Y": 12}
MAX_CALENDAR_MONTHS = 1200
"""Calendar windows longer than 100 years have no shortest period worth computing."""


@cache
def _shortest_month_run(months: int) -> int:
    """Days in the shortest run of ``months`` consecutive months of the Gregorian cycle."""
    lengths = []
    for year in range(2000, 2400):
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        lengths.extend([31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    doubled = lengths + lengths[:months]
    window = sum(doubled[:months])
    shortest = window
    for start in range(1, len(lengths)):  # slide the run one month at a time: linear
        window += doubled[start + months - 1] - doubled[start - 1]
        shortest = min(shortest, window)
    return shortest


def shortest_seconds(text: str, rolling: bool) -> int | None:
    """The shortest period a window of this duration can have, in seconds.

    A rolling window has one length (go-sdk's: ``1M`` is 30 days); a calendar ``1M`` may
    be a 28-day February, ``1Q`` an 89-day run of months. None when it is not
    duration-shorthand or longer than :data:`MAX_CALENDAR_MONTHS`.
    """
    if rolling:
        return rolling_seconds(text)
    parsed = parse_shorthand(text)
    if parsed is None:
        return None
    count, unit = parsed
    if unit in _FIXED_SECONDS:
        return count * _FIXED_SECONDS[unit]
    months = count * _MONTHS_PER_UNIT[unit]
    if not 0 < months <= MAX_CALENDAR_MONTHS:
        return None
    return _shortest_month_run(months) * DAY


def describe_seconds(seconds: int) -> str:
    """A compact human length: ``28d``, ``6h``, ``90m``."""
    for unit, size in (("w", 7 * DAY), ("d", DAY), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0 and (unit != "w" or seconds // size > 1):
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
