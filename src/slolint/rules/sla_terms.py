"""SLO302 and SLO304: the margin an SLO keeps below its SLA, and what an SLA promises.

SLO302 reuses SLO301's matching of SLA objectives to the SLO objectives that back them
(:func:`slolint.rules.sla.match`, computed once per run); it compares the nominal budgets.
"""

from __future__ import annotations

from collections.abc import Iterator

from slolint.budget import describe_percent, describe_rate, error_budget
from slolint.findings import Related, Severity, Violation, violation
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.rules.sla import match
from slolint.workspace import Workspace


@rule(
    "SLO302",
    "sla-margin-too-thin",
    Severity.WARNING,
    "the SLO's error budget is too close to the SLA's to leave time to react",
    options={
        "type": "object",
        "properties": {
            "max-budget-ratio": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 1,
                "default": 0.5,
                "description": "the largest SLO budget allowed, as a share of the SLA budget",
            }
        },
        "additionalProperties": False,
    },
)
def sla_margin_too_thin(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    For an SLO objective that backs an SLA objective and is stricter than it (SLO301 reports
    the others), compares the error budgets ``1 - target``: the SLO's may be at most
    ``max-budget-ratio`` (0.5) of the SLA's.

    ## Why is this bad?
    "Keep a safety margin: using a tighter internal SLO than the SLO advertised to users
    gives you room to respond to chronic problems before they become visible externally"
    (Site Reliability Engineering, ch. 4). Against a 99.9% SLA, an SLO at 99.92% leaves
    only 8.64 minutes of a 30-day month between missing the SLO and owing credits; at
    99.95% it leaves 21.6 minutes. The 0.5 is slolint's default, not a published constant.

    ## Options
    ``max-budget-ratio`` (number in (0, 1], default 0.5).
    """
    for found in match(workspace):
        for pair in found.pairs:
            if pair.target.ratio <= pair.sla_target.ratio:
                continue  # SLO301's finding
            file = pair.slo.resource.origin.file
            limit = float(workspace.rule_options("SLO302", file).get("max-budget-ratio", 0.5))
            slo_budget = error_budget(pair.target.ratio)
            sla_budget = error_budget(pair.sla_target.ratio)
            ratio = slo_budget / sla_budget
            if ratio > limit + 1e-9:
                where = (
                    "its SLA annotation" if pair.sla.implicit else f"SLA {quoted(pair.sla.name)}"
                )
                yield violation(
                    "SLO302",
                    pair.target.location,
                    f"error budget {describe_percent(slo_budget)} (target "
                    f"{describe_percent(pair.target.ratio)}) is {describe_rate(ratio)} of the "
                    f"budget {describe_percent(sla_budget)} of {where} (target "
                    f"{describe_percent(pair.sla_target.ratio)}); keep it at most "
                    f"{describe_rate(limit)}, a target of at least "
                    f"{describe_percent(1 - sla_budget * limit)}",
                    obj=pair.slo.resource.ref,
                    related=(Related(pair.sla_target.location, "the SLA objective"),),
                )


@rule(
    "SLO304",
    "sla-without-consequences",
    Severity.WARNING,
    "an SLA states no consequences, or its tiers are out of order",
)
def sla_without_consequences(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an ``SLA`` document without ``consequences`` (credits, penalties, termination
    rights), and consequence tiers whose thresholds are not strictly decreasing.

    ## Why is this bad?
    "An easy way to tell the difference between an SLO and an SLA is to ask 'what happens
    if the SLOs aren't met?': if there is no explicit consequence, then you are almost
    certainly looking at an SLO" (Site Reliability Engineering, ch. 4). An SLA without
    consequences is an SLO and should be declared as one; tiers out of order make the
    larger credit unreachable.
    """
    for sla in workspace.slas:
        if sla.implicit:
            continue
        ref = sla.resource.ref
        if not sla.consequences:
            yield violation(
                "SLO304",
                sla.resource.location,
                f"SLA {quoted(sla.name)} states no consequences; add spec.consequences "
                "(credits or penalties when it is missed), or declare it as an SLO",
                obj=ref,
            )
            continue
        previous = None
        for tier in sla.consequences:
            below = tier.below
            if below is None or not below.in_range:
                continue
            if previous is not None and below.ratio >= previous:
                yield violation(
                    "SLO304",
                    below.location,
                    f"consequence threshold {describe_percent(below.ratio)} is not below the "
                    f"previous tier's {describe_percent(previous)}; order tiers from the "
                    "highest threshold down",
                    obj=ref,
                )
            previous = below.ratio
