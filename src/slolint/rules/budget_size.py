"""SLO2xx: how big an error budget is, and whether anyone can defend it.

The numbers come from :mod:`slolint.budget`; every message states them, so that a reader
can redo the arithmetic: the budget as full-outage time (``b * W``) over the SLO's window,
the target, and the limit it was compared with. Calendar windows use their *shortest*
period (a calendar month is 28 days), the conservative choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_DOWN, Decimal
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from slolint.budget import (
    STANDARD_ALERTS,
    budget_seconds,
    burn_rate_for,
    consumed_at_alert,
    describe_length,
    describe_percent,
    describe_rate,
    describe_share,
    max_burn_rate,
    nines,
    usable_length,
)
from slolint.durations import describe_seconds, shortest_seconds
from slolint.findings import Severity, Violation, violation
from slolint.model import SLO, Objective, Target, Window
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.rules.targets import classified
from slolint.workspace import Workspace

TIME_SLICED = frozenset({"Timeslices", "RatioTimeslices"})


class Sized(NamedTuple):
    """An SLO objective whose budget can be sized: a usable target and a known window.

    A named tuple, immutable and cheap to build: a run makes one per SLO objective.
    """

    slo: SLO
    objective: Objective
    target: Target
    window: int
    """The SLO window in seconds (the shortest period of a calendar window)."""
    duration: str
    """The window as written, or as the format sets it (Sloth's period, slo-generator's
    longest policy step)."""
    budget: float
    """Seconds of full outage the budget allows in the window (computed once per run)."""
    file: str

    @property
    def window_text(self) -> str:
        return f"{self.duration} window"

    @property
    def percent(self) -> str:
        return describe_percent(self.target.ratio)


_ALL_NINES = re.compile(r"9+(\.9+)?\Z")
MAX_PLACES = 30
"""Targets written with more digits are shown as they are, not counted further."""


def percent_text(target: Target) -> str | None:
    """The target as a percentage in plain decimals, exactly as written: ``99.9375``."""
    written = target.written
    if isinstance(written, bool) or not isinstance(written, (int, float)):
        return None
    exact = Decimal(repr(written)) if isinstance(written, float) else Decimal(written)
    if target.unit == "ratio":
        exact = exact.scaleb(2)
    if not exact.is_finite() or abs(exact.as_tuple().exponent) > MAX_PLACES:  # type: ignore[arg-type]
        return None
    return format(exact.normalize(), "f")


def window_seconds(slo: SLO, window: Window | None = None) -> int | None:
    """The SLO window in seconds; a calendar window's shortest period (1M: 28 days).
    ``window`` is the one the workspace gives the SLO, when the format keeps it elsewhere."""
    window = window or slo.window
    if window is None:
        return None
    return _shortest(window.duration, window.rolling)


@lru_cache(maxsize=1024)
def _shortest(duration: str, rolling: bool) -> int | None:
    """:func:`window_seconds` per window as written: thousands of SLOs share a few."""
    return usable_length(shortest_seconds(duration, rolling))


def sized(workspace: Workspace) -> list[Sized]:
    """Every SLO objective with a usable target and window (once per run)."""

    def compute() -> list[Sized]:
        found = []
        usable = classified(workspace).usable
        for slo in workspace.slos:
            objectives = usable[id(slo)]
            if not objectives:
                continue
            window = workspace.slo_window(slo)
            if window is None:
                continue
            seconds = window_seconds(slo, window)
            if seconds is None:
                continue
            file = slo.resource.origin.file
            for objective in objectives:
                target = objective.target
                assert target is not None
                budget = budget_seconds(target.ratio, seconds)
                found.append(Sized(slo, objective, target, seconds, window.duration, budget, file))
        return found

    return workspace.memo("budget-sized", compute)


def _interval(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 60


INTERVAL_OPTION = {
    "type": "integer",
    "minimum": 1,
    "default": 60,
    "description": "how often the SLI is evaluated, in seconds (Prometheus' default: 60)",
}


@rule(
    "SLO203",
    "target-too-precise",
    Severity.WARNING,
    "a target has more nines than can be measured or defended",
    options={
        "type": "object",
        "properties": {
            "max-nines": {
                "type": "number",
                "exclusiveMinimum": 0,
                "default": 4,
                "description": "the most nines a target may have (Cloud Monitoring: 4)",
            },
            "max-decimals": {
                "type": "integer",
                "minimum": 0,
                "default": 3,
                "description": "the most decimal places of a percentage that is not all nines",
            },
        },
        "additionalProperties": False,
    },
)
def target_too_precise(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an objective whose target has more nines than ``max-nines`` (4 by default):
    99.999% has 5 nines, ``-log10(1 - target)``; and a target that, as a percentage, has
    more than ``max-decimals`` (3) decimal places without being all nines: 99.9375% is
    flagged, 99.999% is not.

    ## Why is this bad?
    Google Cloud Monitoring refuses goals above 0.9999, and "the only way to defend this
    level of reliability is to design the system so that the chance of a 100% outage is
    extremely low" (The Site Reliability Workbook, ch. 5). A target beyond four nines is
    rarely measurable with the data at hand and leaves a budget of seconds per month.

    ## Options
    ``max-nines`` (number, default 4); ``max-decimals`` (integer, default 3).
    """
    known: dict[tuple[float, str, type, object], _Precision] = {}
    for item in sized(workspace):
        options = workspace.rule_options("SLO203", item.file)
        limit = float(options.get("max-nines", 4))
        count, text, places = _precision(item.target, known)
        if count > limit + 1e-9:
            yield violation(
                "SLO203",
                item.target.location,
                f"target {item.percent} has {describe_rate(count)} nines, more than "
                f"{describe_rate(limit)}; few systems can measure or defend it, "
                f"use at most {describe_rate(limit)} nines",
                obj=item.slo.resource.ref,
            )
            continue
        decimals = options.get("max-decimals", 3)
        if text is None or places is None or not isinstance(decimals, int):
            continue
        if places > decimals:
            rounded = Decimal(text).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_DOWN)
            yield violation(
                "SLO203",
                item.target.location,
                f"target {text}% has {places} decimal places, more than {decimals}; no "
                f"measurement is that precise, round it (for example to {rounded.normalize():f}%)",
                obj=item.slo.resource.ref,
            )


_Precision = tuple[float, str | None, int | None]
"""A target's nines, its percentage as written, and the decimal places of that percentage
(None when it is all nines, which any number of places may be)."""


def _precision(
    target: Target, known: dict[tuple[float, str, type, object], _Precision]
) -> _Precision:
    """:data:`_Precision` of a target, once per distinct target in a run (thousands of
    SLOs share a few). Keyed by the value's type too (``1`` and ``1.0`` are written
    differently); a zero is never kept (``-0.0 == 0.0``)."""
    key = (target.ratio, target.unit, type(target.written), target.written)
    found = known.get(key)
    if found is None:
        text = percent_text(target)
        places = None
        if text is not None and not _ALL_NINES.fullmatch(text):
            places = len(text.partition(".")[2])
        found = (nines(target.ratio), text, places)
        if target.written != 0:
            known[key] = found
    return found


@rule(
    "SLO205",
    "error-budget-below-resolution",
    Severity.ERROR,
    "the error budget is shorter than the interval at which the SLI is measured",
    options={
        "type": "object",
        "properties": {"evaluation-interval": INTERVAL_OPTION},
        "additionalProperties": False,
    },
)
def error_budget_below_resolution(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Computes the error budget as the time a full outage may last in the SLO window
    (``(1 - target) * window``) and flags it when it is shorter than the measurement
    resolution: the evaluation interval (option ``evaluation-interval``, 60 s), or, for
    ``Timeslices`` and ``RatioTimeslices``, when the budget allows less than one bad slice.

    ## Why is this bad?
    "A 100% outage for a service with a target monthly availability of 99.999% would exhaust
    its budget in 26 seconds—which is smaller than the metric collection interval of many
    monitoring services" (The Site Reliability Workbook, ch. 5). The budget is gone before
    the first measurement sees the outage; with time slices, one bad slice breaks the SLO,
    which makes it binary.

    ## Options
    ``evaluation-interval`` (integer seconds, default 60).
    """
    for item in sized(workspace):
        options = workspace.rule_options("SLO205", item.file)
        evaluation = _interval(options.get("evaluation-interval"))
        slice_window = item.objective.time_slice_window
        slice_seconds = usable_length(slice_window.seconds) if slice_window else None
        if item.slo.budgeting_method in TIME_SLICED and slice_window and slice_seconds:
            slices = item.budget / slice_seconds
            if slices < 1:
                yield violation(
                    "SLO205",
                    item.target.location,
                    f"error budget of {describe_rate(slices)} bad {slice_window.written} "
                    f"slices per {item.window_text} (target {item.percent}) is less than "
                    "one slice; one bad slice breaks the objective",
                    obj=item.slo.resource.ref,
                )
                continue
        if item.budget < evaluation:
            yield violation(
                "SLO205",
                item.target.location,
                f"error budget of {describe_length(item.budget)} per {item.window_text} "
                f"(target {item.percent}) is shorter than the "
                f"{describe_length(evaluation)} evaluation interval",
                obj=item.slo.resource.ref,
            )


@rule(
    "SLO206",
    "error-budget-not-actionable",
    Severity.WARNING,
    "the error budget is too short for a human to notice and mitigate an outage",
    options={
        "type": "object",
        "properties": {
            "evaluation-interval": INTERVAL_OPTION,
            "min-actionable-budget": {
                "type": "integer",
                "minimum": 1,
                "default": 900,
                "description": "seconds a human needs to notice and mitigate an outage",
            },
        },
        "additionalProperties": False,
    },
)
def error_budget_not_actionable(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an objective whose full-outage budget is at least the evaluation interval (else
    SLO205 reports it) but shorter than ``min-actionable-budget`` (15 minutes).

    ## Why is this bad?
    At 99.9% over 28 days, "40.32 minutes of downtime per month … is just about enough time
    for your monitoring systems to surface an issue, and for a human to investigate and fix
    it"; at four nines, "this isn't enough time to loop in a human, so your system has to be
    able to detect and self-heal complete outages" (Google Cloud, SRE course). A budget a
    human cannot defend needs automated mitigation and canarying, or a lower target.

    ## Options
    ``min-actionable-budget`` (integer seconds, default 900); ``evaluation-interval``
    (integer seconds, default 60).
    """
    for item in sized(workspace):
        options = workspace.rule_options("SLO206", item.file)
        evaluation = _interval(options.get("evaluation-interval"))
        human = _interval(options.get("min-actionable-budget", 900))
        if evaluation <= item.budget < human:
            yield violation(
                "SLO206",
                item.target.location,
                f"error budget of {describe_length(item.budget)} per {item.window_text} "
                f"(target {item.percent}) is shorter than the {describe_length(human)} a "
                "human needs to react; it requires automated mitigation or a lower target",
                obj=item.slo.resource.ref,
            )


@rule(
    "SLO207",
    "target-too-low-for-burn-rate-alerts",
    Severity.WARNING,
    "the target is so low that the standard fast burn-rate alert can never fire",
)
def target_too_low_for_alerts(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an objective whose largest possible burn rate, ``1 / (1 - target)`` (every event
    bad), is below the burn rate of the Workbook's fast page alert (2% of the budget in one
    hour) computed for the SLO's own window: 14.4 for 30 days, 13.44 for 28 days.

    ## Why is this bad?
    "Consider a service that has a 90% availability target … a 100% outage consumes only
    1.4% of the budget in that hour, this alert could never fire" (The Site Reliability
    Workbook, ch. 5). With such a target the standard multiwindow alerts are dead code: a
    complete outage pages nobody.
    """
    fast = STANDARD_ALERTS[0]
    for item in sized(workspace):
        # the first of budget.expected_thresholds(item.window), without the other three
        threshold = burn_rate_for(fast.consumed, fast.window, item.window)
        highest = max_burn_rate(item.target.ratio)
        if highest < threshold:
            consumed = consumed_at_alert(highest, fast.window, item.window)
            yield violation(
                "SLO207",
                item.target.location,
                f"target {item.percent} allows a burn rate of at most {describe_rate(highest)}, "
                f"below the {describe_rate(threshold)} of a {describe_seconds(fast.window)} "
                f"page alert for a {item.window_text}; a full outage consumes only "
                f"{describe_share(consumed)} of the budget in {describe_seconds(fast.window)}",
                obj=item.slo.resource.ref,
            )


_ORDER = {"lt": 1, "lte": 1, "gt": -1, "gte": -1}


def _same_indicator(slo: SLO, usable: tuple[Objective, ...]) -> list[Objective]:
    """Objectives that share the SLO's spec-level indicator (composite parts excluded)."""
    if slo.indicator is None:
        return []
    return [o for o in usable if o.indicator is None]


def _inconsistent(slo: SLO, usable: tuple[Objective, ...]) -> Iterator[Violation]:
    objectives = _same_indicator(slo, usable)
    if len(objectives) < 2:
        return  # one objective can neither repeat nor contradict another
    ops = {o.op for o in objectives if o.op is not None}
    if len(ops) > 1:
        first = next(o for o in objectives if o.op is not None)
        for objective in objectives:
            if objective.op is not None and objective.op != first.op:
                yield violation(
                    "SLO204",
                    objective.op_location or objective.location,
                    f"objective {objective.index} uses op {quoted(objective.op)} but "
                    f"objective {first.index} uses {quoted(first.op or '')} on the same "
                    "indicator; use one operator",
                    obj=slo.resource.ref,
                )
        return
    seen: dict[tuple[float | None, float | None], Objective] = {}
    for objective in objectives:
        assert objective.target is not None
        key = (objective.value, None if objective.value is not None else objective.target.ratio)
        earlier = seen.get(key)
        if earlier is not None:
            what = (
                f"value {describe_rate(objective.value)}"
                if objective.value is not None
                else f"target {describe_percent(objective.target.ratio)}"
            )
            yield violation(
                "SLO204",
                objective.value_location or objective.target.location,
                f"objective {objective.index} repeats the {what} of objective {earlier.index}; "
                "remove the duplicate",
                obj=slo.resource.ref,
            )
        seen.setdefault(key, objective)
    direction = _ORDER.get(next(iter(ops))) if ops else None
    if direction is None:
        return
    ranked = sorted(
        (o for o in objectives if o.value is not None and o.op is not None),
        key=lambda o: (direction * (o.value or 0.0), o.index),
    )
    for tighter, looser in pairwise(ranked):
        assert tighter.target is not None and looser.target is not None
        if looser.target.ratio < tighter.target.ratio and looser.value != tighter.value:
            yield violation(
                "SLO204",
                looser.target.location,
                f"objective {looser.index} ({looser.op} {describe_rate(looser.value or 0.0)}) "
                f"has target {describe_percent(looser.target.ratio)}, below the "
                f"{describe_percent(tighter.target.ratio)} of the stricter objective "
                f"{tighter.index} ({tighter.op} {describe_rate(tighter.value or 0.0)}); "
                "a looser threshold needs at least the same target",
                obj=slo.resource.ref,
            )


@rule(
    "SLO204",
    "objectives-inconsistent",
    Severity.WARNING,
    "objectives of one SLO on the same indicator contradict or repeat each other",
)
def objectives_inconsistent(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Compares the objectives of one SLO that share its indicator (the parts of a composite
    SLO, each with its own indicator, are left alone): two objectives with the same
    threshold ``value`` (or the same target and no value); targets that run the wrong way
    across thresholds (with ``lt``/``lte``, a higher ``value`` is looser and needs at least
    the same target; with ``gt``/``gte`` the reverse); different operators on one indicator.

    ## Why is this bad?
    If 99% of requests finish within 400 ms, at least 99% finish within 850 ms: a 90%
    objective on 850 ms can never be the one that fails. The SRE book's multi-target pattern
    is monotonic (90% < 1 ms, 99% < 10 ms, 99.9% < 100 ms), and Nobl9 rejects two objectives
    with the same value. Usually two targets were swapped.
    """
    usable = classified(workspace).usable
    for slo in workspace.slos:
        yield from _inconsistent(slo, usable[id(slo)])
