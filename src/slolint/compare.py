"""Sound comparison of an SLO objective with the SLA objective it backs.

"The SLO is stricter than the SLA" means: whenever the SLO is met, the SLA is met. With
equal windows that is ``t_slo > t_sla``. With different windows it only holds under a
bound (reference edge case E1):

* time-based budgets (Timeslices, RatioTimeslices): a met rolling SLO of length ``W_s``
  allows at most ``b_s * W_s`` of bad time in *any* window of that length, and an SLA
  period of length ``W_a`` is covered by ``ceil(W_a / W_s)`` such windows, so the SLA
  period sees at most ``b_eff = b_s * ceil(W_a / W_s) * W_s / W_a``. A calendar SLO window
  may straddle the SLA period, which costs one more window. The worst case over every
  length the SLA period can have (28 to 31 days for ``1M``) decides.
* occurrence (request) budgets: bad requests can bunch inside one SLA period while the
  SLO's windows stay within budget, so no bound exists without a traffic model. Such a pair
  is "not comparable" beyond the nominal targets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from slolint.model import Window

TIME_BASED_METHODS = frozenset({"Timeslices", "RatioTimeslices"})


class Verdict(Enum):
    STRICTER = "stricter"
    NOT_STRICTER = "not-stricter"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True, slots=True)
class Comparison:
    verdict: Verdict
    guaranteed: float | None = None
    """Worst-case target the SLO guarantees over an SLA period, when windows differ."""


def _covering_budget(slo_budget: float, slo: Window, sla_period: int) -> float:
    """Largest fraction of one SLA period that can be bad while the SLO is met."""
    if slo.rolling:
        length = slo.lengths[0]
        return slo_budget * math.ceil(sla_period / length) * length / sla_period
    windows = math.ceil(sla_period / min(slo.lengths)) + 1
    return min(1.0, slo_budget * windows * max(slo.lengths) / sla_period)


def compare(
    slo_target: float,
    slo_window: Window | None,
    budgeting_method: str | None,
    sla_target: float,
    sla_window: Window | None,
) -> Comparison:
    """Is an SLO objective strictly stricter than an SLA objective on the same indicator?"""
    if round(slo_target, 12) <= round(sla_target, 12):
        return Comparison(Verdict.NOT_STRICTER)
    if slo_window is None or sla_window is None or slo_window.same_periods(sla_window):
        return Comparison(Verdict.STRICTER)
    if budgeting_method not in TIME_BASED_METHODS:
        return Comparison(Verdict.UNVERIFIABLE)
    slo_budget = 1.0 - slo_target
    worst = max(_covering_budget(slo_budget, slo_window, period) for period in sla_window.lengths)
    guaranteed = 1.0 - worst
    # Round away float noise so that exactly equal budgets count as "not stricter".
    if round(worst, 12) < round(1.0 - sla_target, 12):
        return Comparison(Verdict.STRICTER, guaranteed)
    return Comparison(Verdict.NOT_STRICTER, guaranteed)
