"""SLO2xx: targets and the size of the error budget.

Every target is classified once (:func:`classify`), so that one mistake gives one finding:
a percentage written in a ratio field is SLO202's, never also a misleading SLO201 about a
target of 9990%.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from slolint.budget import max_burn_rate
from slolint.findings import Severity, Violation, violation
from slolint.model import SLA_TARGET_ANNOTATION, Objective, Resource, Target, to_float
from slolint.registry import rule
from slolint.workspace import Workspace

PERCENT_LIMIT = 100
"""Ratio-field values up to this look like percentages; above it they are just out of range."""


class Verdict(enum.Enum):
    FINE = "fine"
    NOT_A_NUMBER = "not-a-number"
    OUT_OF_RANGE = "out-of-range"
    NO_BUDGET = "no-budget"
    ZERO = "zero"
    PERCENT_IN_RATIO_FIELD = "percent-in-ratio-field"
    RATIO_IN_PERCENT_FIELD = "ratio-in-percent-field"


def _is_annotation(target: Target) -> bool:
    path = target.location.path
    return bool(path) and path[-1] == SLA_TARGET_ANNOTATION


def classify(target: Target) -> Verdict:
    """What is wrong with a target, judged on the value in the unit of its field.

    Fields: a ratio field holds (0, 1), a percent field (0, 100). A ratio field with a
    value in (1, 100] holds a percentage; a percent field with a value in (0, 1] holds a
    ratio. The annotation chooses its unit from the value, so it cannot be confused.
    """
    ratio = target.ratio
    if math.isnan(ratio):
        return Verdict.NOT_A_NUMBER
    if not isinstance(target.written, str):
        value = to_float(target.written)
        if target.unit == "ratio" and 1 < value <= PERCENT_LIMIT:
            return Verdict.PERCENT_IN_RATIO_FIELD
        if target.unit == "percent" and 0 < value <= 1:
            return Verdict.RATIO_IN_PERCENT_FIELD
    if ratio < 0 or ratio > 1:
        return Verdict.OUT_OF_RANGE
    if ratio == 1:
        return Verdict.NO_BUDGET
    if ratio == 0:
        return Verdict.ZERO
    return Verdict.FINE


def _field(target: Target) -> str:
    path = target.location.path
    return str(path[-1]) if path and isinstance(path[-1], str) else "target"


def _decimal(value: int | float | str, shift: int) -> str:
    """``value * 10**shift`` in plain decimal notation, exact: ``99.9`` -> ``0.999``."""
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return format(exact.scaleb(shift).normalize(), "f")


_FLAWED = (Verdict.NOT_A_NUMBER, Verdict.OUT_OF_RANGE, Verdict.NO_BUDGET, Verdict.ZERO)
"""What SLO201 reports; the unit mix-ups are SLO202's."""


class Classified(NamedTuple):
    """Every target of the workspace classified once per run (rules on targets, budgets,
    burn rates and objectives all start from the same verdicts)."""

    usable: dict[int, tuple[Objective, ...]]
    """``id(slo)`` -> the SLO's objectives whose target is :attr:`Verdict.FINE`, in order;
    every SLO of the workspace has an entry."""
    flawed: list[tuple[Target, Verdict, str, Resource]]
    """SLO and SLA targets that are not fine, with the words naming their owner in
    messages, in workspace order."""


def classified(workspace: Workspace) -> Classified:
    """The verdict on every target (:func:`classify`), once per run."""

    def compute() -> Classified:
        usable: dict[int, tuple[Objective, ...]] = {}
        flawed: list[tuple[Target, Verdict, str, Resource]] = []
        for slo in workspace.slos:
            fine = []
            for objective in slo.objectives:
                target = objective.target
                if target is not None:
                    verdict = classify(target)
                    if verdict is Verdict.FINE:
                        fine.append(objective)
                    else:
                        flawed.append((target, verdict, "objective", slo.resource))
            usable[id(slo)] = tuple(fine)
        for sla in workspace.slas:
            what = "SLA" if sla.implicit else "SLA objective"
            for sla_objective in sla.objectives:
                target = sla_objective.target
                if target is not None:
                    verdict = classify(target)
                    if verdict is not Verdict.FINE:
                        flawed.append((target, verdict, what, sla.resource))
        return Classified(usable, flawed)

    return workspace.memo("classified-targets", compute)


def burn_rate_ceilings(workspace: Workspace) -> dict[int, float]:
    """``id(slo)`` -> the lowest of the largest burn rates its usable objectives allow,
    ``1 / (1 - target)`` (inf without one), once per run.

    A threshold at or below it is reachable for every objective of the SLO, so the rules
    on unreachable burn rates (SLO702, SLO406) look at objectives one by one only above it.
    """

    def compute() -> dict[int, float]:
        usable = classified(workspace).usable
        ceilings: dict[int, float] = {}
        rates: dict[float, float] = {}  # per target: thousands of SLOs share a few
        for slo in workspace.slos:
            lowest = math.inf
            for objective in usable[id(slo)]:
                assert objective.target is not None
                ratio = objective.target.ratio
                rate = rates.get(ratio)
                if rate is None:
                    rate = rates[ratio] = max_burn_rate(ratio)
                lowest = min(lowest, rate)
            ceilings[id(slo)] = lowest
        return ceilings

    return workspace.memo("burn-rate-ceilings", compute)


def _article(word: str) -> str:
    return "an" if word[:1] in ("a", "e", "i", "o", "u") else "a"


def _owned(what: str, target: Target, text: str) -> str:
    """``objective goal 1 ...``; a format whose field is called ``objective`` (Sloth)
    is not named twice."""
    return text if _field(target) == what else f"{what} {text}"


def _range_message(target: Target, verdict: Verdict) -> str:
    field, value = _field(target), target.as_written()
    limit = "100" if target.unit == "percent" else "1"
    if _is_annotation(target):
        subject, fix = f"annotation {field} {value}", "use a value"
    else:
        subject, fix = f"{field} {value}", f"use {_article(field)} {field}"
    if verdict is Verdict.NO_BUDGET:
        percent = " (100%)" if target.unit == "ratio" else ""
        return f"{subject}{percent} leaves no error budget; {fix} below {limit}"
    if verdict is Verdict.ZERO:
        return f"{subject} tolerates every failure; {fix} above 0"
    problem = "is not a number" if verdict is Verdict.NOT_A_NUMBER else "is out of range"
    return f"{subject} {problem}; {fix} above 0 and below {limit}"


@rule(
    "SLO201",
    "target-not-below-100",
    Severity.ERROR,
    "SLO and SLA targets must lie strictly between 0% and 100%",
)
def target_not_below_100(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Every SLO objective and every SLA objective needs a target strictly between 0 and 100%.

    ## Why is this bad?
    A 100% target leaves no error budget: the budget is ``1 - target = 0``, every burn
    rate divides by zero and any single failure breaks the objective. "100% is the wrong
    reliability target for basically everything" (Site Reliability Engineering, ch. 1).
    Sloth, Pyrra and slo-generator accept 100%; OpenSLO's SDK does not. A target of 0
    promises nothing and is almost always a unit mistake. Negative numbers, numbers far
    above 100%, ``.nan`` and ``.inf`` are out of range.

    The target is read as the format defines it: OpenSLO ``target`` is a ratio,
    ``targetPercent`` a percentage; the ``slolint.dev/sla-target`` annotation is a percentage
    above 1 and a ratio otherwise. A percentage written in a ratio field (``target: 99.9``)
    or a ratio in a percent field (``targetPercent: 0.999``) is SLO202's finding, not this
    rule's. The finding points at the target value and quotes it as written.
    """
    for target, verdict, what, owner in classified(workspace).flawed:
        if verdict in _FLAWED:
            message = _owned(what, target, _range_message(target, verdict))
            yield violation("SLO201", target.location, message, obj=owner.ref)


def _unit_message(target: Target, verdict: Verdict) -> str:
    """The finding for a value in the other unit, with both ways to write what was meant."""
    value, written = target.as_written(), target.written
    assert not isinstance(written, str)
    field = _field(target)
    if field not in ("target", "targetPercent"):
        return _single_field_message(field, value, written, verdict)
    if verdict is Verdict.PERCENT_IN_RATIO_FIELD:
        head = f"target {value} looks like a percentage written in a ratio field"
        if written >= PERCENT_LIMIT:
            return f"{head}, and 100% leaves no error budget; use a target below 1"
        return f"{head}; write target: {_decimal(written, -2)} or targetPercent: {value}"
    head = f"targetPercent {value} looks like a ratio written in a percent field"
    if written >= 1:
        return (
            f"{head}, and as a ratio 1 leaves no error budget; "
            "use a targetPercent below 100 or a target below 1"
        )
    return (
        f"{head} (it means {value}%); "
        f"write targetPercent: {_decimal(written, 2)} or target: {value}"
    )


def _single_field_message(field: str, value: str, written: float, verdict: Verdict) -> str:
    """The same for formats with one target field in one unit (slo-generator ``goal`` is
    a ratio, Sloth ``objective`` a percentage): the fix is that field, rescaled."""
    if verdict is Verdict.PERCENT_IN_RATIO_FIELD:
        head = f"{field} {value} looks like a percentage written in a ratio field"
        if written >= PERCENT_LIMIT:
            return f"{head}, and 100% leaves no error budget; use {_article(field)} {field} below 1"
        return f"{head}; write {field}: {_decimal(written, -2)}"
    head = f"{field} {value} looks like a ratio written in a percent field"
    if written >= 1:
        return (
            f"{head}, and as a ratio 1 leaves no error budget; "
            f"use {_article(field)} {field} below 100"
        )
    return f"{head} (it means {value}%); write {field}: {_decimal(written, 2)}"


@rule(
    "SLO202",
    "target-unit-confusion",
    Severity.ERROR,
    "a target is written as a percentage in a ratio field, or the reverse",
)
def target_unit_confusion(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    A ratio field holds a percentage, or a percent field holds a ratio.

    ## Why is this bad?
    OpenSLO has two target fields: ``target`` is a ratio in (0, 1) and ``targetPercent``
    a percentage in (0, 100). Both conventions are common (Sloth and Pyrra write percents,
    slo-generator and OpenSLO ``target`` ratios), so a value in the other unit is the usual
    mistake, and OpenSLO's maintainers chose not to guess the unit from the value. A
    ``target`` above 1 and up to 100 is a percentage written in a ratio field (as a ratio
    it would be a target of 9990%); a ``targetPercent`` above 0 and up to 1 is a ratio
    written in a percent field (``targetPercent: 0.999`` promises 0.999%, a target that
    almost any service meets). The message gives both ways to write what was meant. SLO
    and SLA objectives are checked alike; values beyond these bands are SLO201's.
    """
    for target, verdict, what, owner in classified(workspace).flawed:
        if verdict in (Verdict.PERCENT_IN_RATIO_FIELD, Verdict.RATIO_IN_PERCENT_FIELD):
            message = _owned(what, target, _unit_message(target, verdict))
            yield violation("SLO202", target.location, message, obj=owner.ref)
