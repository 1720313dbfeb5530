"""OpenSLO duration-shorthand and the lengths of the periods a window can have.

A rolling ``1M`` is 30 days for go-sdk, but a *calendar* month is 28, 29, 30 or 31 days.
Sound SLO/SLA comparisons (reference edge case E1) need every length a period can take,
so a window carries the set of its possible lengths rather than one number.
"""

from __future__ import annotations

import re
from functools import cache

_SHORTHAND = re.compile(r"([0-9]+)([mhdwMQY])\Z")
_FIXED_SECONDS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_ROLLING_DAYS = {"M": 30, "Q": 90, "Y": 365}  # go-sdk's conversion for rolling windows
_MONTHS_PER_UNIT = {"M": 1, "Q": 3, "Y": 12}
DAY = 86400


def parse_shorthand(text: object) -> tuple[int, str] | None:
    """``"28d"`` -> ``(28, "d")``; None for anything that is not duration-shorthand."""
    if not isinstance(text, str):
        return None
    match = _SHORTHAND.match(text)
    if match is None:
        return None
    return int(match.group(1)), match.group(2)


def rolling_seconds(text: object) -> int | None:
    """Length of a rolling window (or any plain duration) in seconds, as go-sdk computes it."""
    parsed = parse_shorthand(text)
    if parsed is None:
        return None
    count, unit = parsed
    if unit in _FIXED_SECONDS:
        return count * _FIXED_SECONDS[unit]
    return count * _ROLLING_DAYS[unit] * DAY


@cache
def _month_run_lengths(months: int) -> tuple[int, ...]:
    """Every length in days of ``months`` consecutive calendar months (Gregorian cycle)."""
    lengths = []
    for year in range(2000, 2400):
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        lengths.extend([31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    doubled = lengths + lengths[: months + 1]
    return tuple(sorted({sum(doubled[i : i + months]) for i in range(len(lengths))}))


def calendar_lengths(text: object) -> tuple[int, ...] | None:
    """Every possible length in seconds of one calendar period of this duration."""
    parsed = parse_shorthand(text)
    if parsed is None:
        return None
    count, unit = parsed
    if unit in _FIXED_SECONDS:
        return (count * _FIXED_SECONDS[unit],)
    if count == 0:
        return (0,)
    return tuple(days * DAY for days in _month_run_lengths(count * _MONTHS_PER_UNIT[unit]))


def describe_seconds(seconds: int) -> str:
    """A compact human length: ``28d``, ``6h``, ``90m``."""
    for unit, size in (("w", 7 * DAY), ("d", DAY), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0 and (unit != "w" or seconds // size > 1):
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
