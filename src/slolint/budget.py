"""Error-budget arithmetic: budget time, nines, burn rates, and what an alert costs.

The rules on targets (SLO2xx), policies (SLO4xx) and alerting (SLO7xx) all reason about the
same few quantities (``reference/domain-rules.md`` §0.1), computed here once:

* ``b = 1 - t``, the error budget as a ratio of a target ``t`` in (0, 1);
* ``B_time = b * W``, how long a *full* outage may last in a window of ``W`` seconds;
* ``N9 = -log10(b)``, the number of nines;
* a burn rate ``BR`` is how fast the budget is spent relative to spending it exactly over
  ``W``; at most ``1 / b`` (every event bad);
* an alert on ``BR`` over a long window ``w`` fires after ``c = BR * w / W`` of the budget
  is gone, and the burn rate that spends ``c`` in ``w`` is ``c * W / w``.

The exact comparison of an SLO with its SLA over real calendar periods lives in
:mod:`slolint.compare`; :func:`covering_budget` is the simple worst-case bound for a rolling
SLO window against a longer or shorter SLA period. Every length is in seconds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HOUR = 3600
DAY = 86400

ROUNDING = 12
"""Decimal places kept for ``1 - t``, so that ``1 - 0.999`` is ``0.001``, not ``0.000999…``."""


@dataclass(frozen=True, slots=True)
class AlertWindow:
    """A multiwindow burn-rate alert: spend ``consumed`` of the budget within ``window``."""

    consumed: float
    window: int
    """The long window, in seconds."""
    severity: str


STANDARD_ALERTS = (
    AlertWindow(0.02, 1 * HOUR, "page"),
    AlertWindow(0.05, 6 * HOUR, "page"),
    AlertWindow(0.10, 24 * HOUR, "ticket"),
    AlertWindow(0.10, 72 * HOUR, "ticket"),
)
"""The Workbook's starting numbers (ch. 5, table 5-8): 2% in 1h, 5% in 6h, 10% in 1d and 3d.

For a 30-day SLO they give the familiar burn rates 14.4, 6, 3 and 1.
"""


def error_budget(target: float) -> float:
    """``1 - target``, rounded to :data:`ROUNDING` places (``0.99999`` -> ``1e-05``)."""
    return round(1 - target, ROUNDING)


def budget_seconds(target: float, window: float) -> float:
    """Seconds of full outage the budget allows in a window of ``window`` seconds."""
    return error_budget(target) * window


def nines(target: float) -> float:
    """``-log10(1 - target)``, rounded to 1e-9 so that ``0.999`` has exactly 3 nines.

    ``inf`` for a target of 1 (no budget); callers check the range first.
    """
    budget = error_budget(target)
    if budget <= 0:
        return math.inf
    return round(-math.log10(budget), 9)


def max_burn_rate(target: float) -> float:
    """The highest burn rate that can occur, every event bad: ``1 / (1 - target)``."""
    budget = error_budget(target)
    return math.inf if budget <= 0 else 1 / budget


def consumed_at_alert(burn_rate: float, lookback: float, window: float) -> float:
    """Share of the budget spent when an alert on ``burn_rate`` over ``lookback`` fires."""
    return burn_rate * lookback / window


def burn_rate_for(consumed: float, lookback: float, window: float) -> float:
    """The burn rate that spends ``consumed`` of the budget within ``lookback`` seconds."""
    return consumed * window / lookback


def expected_thresholds(window: float) -> tuple[float, ...]:
    """The burn rates of :data:`STANDARD_ALERTS` for an SLO window of ``window`` seconds.

    ``(14.4, 6.0, 3.0, 1.0)`` for 30 days, ``(13.44, 5.6, 2.8, 0.933…)`` for 28 days.
    """
    return tuple(burn_rate_for(a.consumed, a.window, window) for a in STANDARD_ALERTS)


def bad_slices_allowed(target: float, window: float, slice_window: float) -> float:
    """How many whole bad time slices the budget allows: ``b * W / slice``."""
    return error_budget(target) * window / slice_window


def covering_budget(budget: float, slo_window: float, sla_window: float) -> float:
    """Worst-case share of bad time in an SLA period, given a met rolling SLO.

    Every SLO window of length ``W_s`` holds at most ``b * W_s`` bad time; an SLA period of
    length ``W_a`` is covered by ``ceil(W_a / W_s)`` such windows, so in the worst case the
    SLA period holds ``b * ceil(W_a / W_s) * W_s / W_a`` (domain-rules §1, SLO303).
    """
    return budget * math.ceil(sla_window / slo_window) * slo_window / sla_window


def _figure(value: float) -> str:
    """Three significant digits, no trailing zeros: ``24.2``, ``4.03``, ``100``."""
    if value >= 100:
        return f"{value:.0f}"
    digits = 1 if value >= 10 else 2
    return f"{value:.{digits}f}".rstrip("0").rstrip(".")


def describe_length(seconds: float) -> str:
    """A length for messages, in the unit a human reads it: ``24.2 s``, ``40.3 min``, ``6.72 h``."""
    if seconds < 120:
        return f"{_figure(seconds)} s"
    if seconds < 2 * HOUR:
        return f"{_figure(seconds / 60)} min"
    if seconds < 2 * DAY:
        return f"{_figure(seconds / HOUR)} h"
    return f"{_figure(seconds / DAY)} d"


def describe_rate(value: float) -> str:
    """A burn rate or a ratio for messages: ``14.4``, ``0.933``, ``13.44``."""
    return f"{value:.3f}".rstrip("0").rstrip(".") if value < 100 else f"{value:.0f}"


def describe_percent(ratio: float) -> str:
    """A ratio as a percentage for messages: ``0.99999`` -> ``99.999%``."""
    text = f"{ratio * 100:.6f}".rstrip("0").rstrip(".")
    return f"{text}%"
