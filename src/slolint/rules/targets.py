"""SLO2xx: targets and the size of the error budget."""

from __future__ import annotations

from collections.abc import Iterator

from slolint.findings import ObjectRef, Severity, Violation, violation
from slolint.model import Target
from slolint.registry import rule
from slolint.workspace import Workspace


def _field(target: Target) -> str:
    path = target.location.path
    return str(path[-1]) if path and isinstance(path[-1], str) else "target"


def _check(target: Target, what: str, obj: ObjectRef) -> Violation | None:
    field = _field(target)
    if field.startswith("slolint.dev/"):
        field = f"annotation {field}"
    limit = "100" if target.unit == "percent" else "1"
    if target.ratio >= 1:
        return violation(
            "SLO201",
            target.location,
            f"{what} {field} {target.shown()} leaves no error budget; use a {field} below {limit}",
            obj=obj,
        )
    if target.ratio <= 0:
        return violation(
            "SLO201",
            target.location,
            f"{what} {field} {target.shown()} tolerates every failure; use a {field} above 0",
            obj=obj,
        )
    return None


@rule(
    "SLO201",
    "target-not-below-100",
    Severity.ERROR,
    "SLO and SLA targets must lie strictly between 0% and 100%",
)
def target_not_below_100(workspace: Workspace) -> Iterator[Violation]:
    """
    Every SLO objective and every SLA objective needs a target strictly between 0 and 100%.

    A 100% target leaves no error budget: the budget is ``1 - target = 0``, every burn
    rate divides by zero and any single failure breaks the objective. "100% is the wrong
    reliability target for basically everything" (Site Reliability Engineering, ch. 1).
    Sloth, Pyrra and slo-generator accept 100%; OpenSLO's SDK does not. A target of 0
    promises nothing and is almost always a unit mistake.

    The target is read as the format defines it: OpenSLO ``target`` is a ratio,
    ``targetPercent`` a percentage; the ``slolint.dev/sla-target`` annotation is a percentage
    above 1 and a ratio otherwise. The finding points at the target value.

    Fail:

        objectives:
          - target: 1.0          # 100%: no error budget

    Pass:

        objectives:
          - target: 0.999
    """
    for slo in workspace.slos:
        for objective in slo.objectives:
            if objective.target is not None:
                found = _check(objective.target, "objective", slo.resource.ref)
                if found is not None:
                    yield found
    for sla in workspace.slas:
        what = "SLA" if sla.implicit else "SLA objective"
        for sla_objective in sla.objectives:
            if sla_objective.target is not None:
                found = _check(sla_objective.target, what, sla.resource.ref)
                if found is not None:
                    yield found
