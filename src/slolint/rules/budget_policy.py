"""SLO402-SLO407: what an error-budget policy must say to be acted on.

SLO401 (is every SLO covered by a policy?) lives in :mod:`slolint.rules.policy`. These rules
read the policy itself: who owns it, what happens when the budget is gone, who settles
disputes, how a freeze ends, and whether its triggers can fire at all. They apply to
policies whose format writes those fields (``ErrorBudgetPolicy.detailed``); a policy
adapted from a format without them is judged only by SLO401.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from slolint.budget import describe_percent, describe_rate, max_burn_rate
from slolint.findings import Related, Severity, Violation, violation
from slolint.model import (
    FREEZE_ACTIONS,
    RESTRICTIVE_ACTIONS,
    SLO,
    ErrorBudgetPolicy,
    Trigger,
)
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.rules.budget_size import window_seconds
from slolint.rules.targets import Verdict, burn_rate_ceilings, classify
from slolint.workspace import Workspace

PERCENT_LOOKING = 10
"""Above this, ``budgetConsumed`` is out of the schema's range (SLO106, with the hint that
it reads as a percentage); up to it, a value above 1 is this rule's."""


def _detailed(workspace: Workspace) -> Iterator[ErrorBudgetPolicy]:
    return (policy for policy in workspace.policies if policy.detailed)


def _label(policy: ErrorBudgetPolicy) -> str:
    return f"error-budget policy {quoted(policy.name)}"


def _scope(policy: ErrorBudgetPolicy, workspace: Workspace) -> list[SLO]:
    if policy.scope is None:
        return []
    return workspace.select(policy.scope, keep_aspirational=True)


@rule(
    "SLO402",
    "ebp-missing-owner",
    Severity.ERROR,
    "an error-budget policy names no owner or no approvers",
)
def ebp_missing_owner(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an error-budget policy without ``spec.owner`` (one accountable person or role) or
    without ``spec.approvers``.

    ## Why is this bad?
    An SLO target "needs to be owned by someone in the organization who is empowered to make
    tradeoffs between feature velocity and reliability", and the policy should name "the
    policy authors, reviewers, and approvers" (The Site Reliability Workbook, ch. 2). A
    policy nobody approved binds nobody when the budget runs out.
    """
    for policy in _detailed(workspace):
        missing = []
        if not policy.owner:
            missing.append("no owner")
        if not policy.approvers:
            missing.append("no approvers")
        if missing:
            yield violation(
                "SLO402",
                policy.resource.location,
                f"{_label(policy)} names {' and '.join(missing)}; add spec.owner and "
                "spec.approvers (who agreed to act on it)",
                obj=policy.resource.ref,
            )


def _exhausts(trigger: Trigger, windows: set[int]) -> bool:
    """Fires on exhaustion: all of the budget consumed, or burn rate >= 1 over the window."""
    if trigger.budget_consumed is not None and trigger.budget_consumed >= 1:
        return True
    if trigger.burn_rate is None or trigger.burn_rate < 1 or trigger.window is None:
        return False
    return not windows or windows == {trigger.window.seconds}


@rule(
    "SLO403",
    "ebp-missing-exhaustion-action",
    Severity.ERROR,
    "an error-budget policy does nothing restrictive when the budget is exhausted",
    depends_on=("SLO",),
)
def ebp_missing_exhaustion_action(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Requires a trigger that fires when the budget is exhausted (``budgetConsumed`` of at
    least 1, or a ``burnRate`` of at least 1 over the SLO's own window) with a restrictive
    action (``releaseFreeze``, ``changeHalt`` or ``reliabilityFocus``), and an ``actor`` on
    every action of every trigger.

    ## Why is this bad?
    "This policy should cover the specific actions that must be taken when a service has
    consumed its entire error budget for a given period of time, and specify who will take
    them" (The Site Reliability Workbook, ch. 2). A policy that only notifies changes
    nothing; an action without an actor is nobody's job.
    """
    for policy in _detailed(workspace):
        ref = policy.resource.ref
        windows = {s for s in (window_seconds(slo) for slo in _scope(policy, workspace)) if s}
        acting = [
            t
            for t in policy.triggers
            if _exhausts(t, windows) and any(a.type in RESTRICTIVE_ACTIONS for a in t.actions)
        ]
        if not acting and policy.triggers:
            yield violation(
                "SLO403",
                policy.resource.location,
                f"{_label(policy)} has no trigger with a restrictive action when the budget is "
                "exhausted; add a trigger on budgetConsumed: 1.0 with a releaseFreeze, "
                "changeHalt or reliabilityFocus action",
                obj=ref,
            )
        for trigger in policy.triggers:
            for action in trigger.actions:
                if not action.actor:
                    yield violation(
                        "SLO403",
                        action.location,
                        f"action {quoted(action.type or '')} of trigger "
                        f"{quoted(trigger.name or '')} names no actor; add actor "
                        "(the team or role who carries it out)",
                        obj=ref,
                    )


@rule(
    "SLO404",
    "ebp-missing-escalation",
    Severity.ERROR,
    "an error-budget policy has no escalation path or no dispute resolver",
)
def ebp_missing_escalation(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Requires ``spec.escalation.path`` (who to turn to, in order) and
    ``spec.escalation.disputeResolver`` (who settles a disagreement).

    ## Why is this bad?
    The policy must contain "a clear escalation path to follow if there is disagreement on
    the calculation or whether the agreed-upon actions are appropriate in the circumstances"
    (The Site Reliability Workbook, ch. 2); its example escalates to the CTO. Without one, a
    freeze stalls in an argument.
    """
    for policy in _detailed(workspace):
        missing = []
        if not policy.escalation:
            missing.append("no escalation path")
        if not policy.dispute_resolver:
            missing.append("no dispute resolver")
        if missing:
            yield violation(
                "SLO404",
                policy.resource.location,
                f"{_label(policy)} has {' and '.join(missing)}; add spec.escalation.path and "
                "spec.escalation.disputeResolver",
                obj=policy.resource.ref,
            )


@rule(
    "SLO405",
    "ebp-freeze-incomplete",
    Severity.WARNING,
    "a release freeze has no exceptions or no exit condition",
)
def ebp_freeze_incomplete(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a ``releaseFreeze`` or ``changeHalt`` action without ``exceptions`` (what may
    still ship, such as security fixes) or without ``until`` (when the freeze ends).

    ## Why is this bad?
    The Workbook's policy halts "all changes and releases other than P0 issues or security
    fixes until the service is back within its SLO" (appendix B). A freeze without
    exceptions blocks the fix for the outage that caused it; one without an exit condition
    never ends, or ends by argument.
    """
    for policy in _detailed(workspace):
        for trigger in policy.triggers:
            for action in trigger.actions:
                if action.type not in FREEZE_ACTIONS:
                    continue
                missing = []
                if not action.exceptions:
                    missing.append("no exceptions")
                if not action.until:
                    missing.append("no exit condition")
                if missing:
                    yield violation(
                        "SLO405",
                        action.location,
                        f"{action.type} of trigger {quoted(trigger.name or '')} has "
                        f"{' and '.join(missing)}; add exceptions (e.g. security) and "
                        "until (e.g. withinSlo)",
                        obj=policy.resource.ref,
                    )


def _consumed_problem(value: float) -> str | None:
    if value > PERCENT_LOOKING:
        return None  # out of the schema's range: SLO106 says it looks like a percentage
    if value > 1:
        return (
            f"budgetConsumed {describe_rate(value)} fires only after {describe_rate(value)} times the "
            "budget is spent, long after the SLO is missed; use a value of at most 1"
        )
    return None


@rule(
    "SLO406",
    "ebp-invalid-trigger",
    Severity.ERROR,
    "a policy trigger can never fire, or fires only long after the SLO is missed",
    depends_on=("SLO",),
)
def ebp_invalid_trigger(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a trigger whose ``budgetConsumed`` is above 1 (the whole budget), and a
    ``burnRate`` above the largest burn rate an SLO in the policy's scope can reach,
    ``1 / (1 - target)``. Above 10 the value is out of the schema's range, and SLO106 says
    that it reads as a percentage (``80`` for ``0.8``). Two triggers on the same condition
    are flagged too: which actions apply is then a matter of reading order.

    ## Why is this bad?
    Budget fractions come in two conventions, consumed ratios (Nobl9: 0.8) and remaining
    percentages (ServiceNow); mixing them gives a trigger that fires a hundred budgets too
    late. A burn rate above ``1 / (1 - target)`` cannot occur even when every request fails,
    so the trigger is dead: at 90% the largest burn rate is 10 and a 14.4 trigger never fires.
    """
    ceilings = burn_rate_ceilings(workspace)
    for policy in _detailed(workspace):
        scope = None
        lowest = math.inf
        yield from _repeated(policy)
        for trigger in policy.triggers:
            if trigger.budget_consumed is not None:
                problem = _consumed_problem(trigger.budget_consumed)
                if problem:
                    location = trigger.budget_consumed_location or trigger.location
                    yield violation("SLO406", location, problem, obj=policy.resource.ref)
            if trigger.burn_rate is None:
                continue
            if scope is None:
                scope = _scope(policy, workspace)
                lowest = min((ceilings[id(slo)] for slo in scope), default=math.inf)
            if trigger.burn_rate <= lowest + 1e-9:
                continue  # reachable for every SLO in scope
            yield from _unreachable(trigger, scope, policy)


def _repeated(policy: ErrorBudgetPolicy) -> Iterator[Violation]:
    """Triggers whose ``when`` repeats an earlier trigger's (on the fields the model keeps)."""
    seen: dict[tuple[object, ...], Trigger] = {}
    for trigger in policy.triggers:
        if trigger.budget_consumed is None and trigger.burn_rate is None:
            continue
        key = (
            trigger.budget_consumed,
            trigger.burn_rate,
            trigger.window.seconds if trigger.window else None,
            trigger.short_window.seconds if trigger.short_window else None,
        )
        earlier = seen.setdefault(key, trigger)
        if earlier is not trigger:
            yield violation(
                "SLO406",
                trigger.location,
                f"trigger {quoted(trigger.name or '')} fires on the same condition as trigger "
                f"{quoted(earlier.name or '')}; merge their actions into one trigger",
                obj=policy.resource.ref,
            )


def _unreachable(
    trigger: Trigger, scope: list[SLO], policy: ErrorBudgetPolicy
) -> Iterator[Violation]:
    assert trigger.burn_rate is not None
    for slo in scope:
        for objective in slo.objectives:
            target = objective.target
            if target is None or classify(target) is not Verdict.FINE:
                continue
            highest = max_burn_rate(target.ratio)
            if trigger.burn_rate > highest + 1e-9:
                yield violation(
                    "SLO406",
                    trigger.burn_rate_location or trigger.location,
                    f"burnRate {describe_rate(trigger.burn_rate)} can never occur for SLO "
                    f"{quoted(slo.name)} (target {describe_percent(target.ratio)}): its largest "
                    f"burn rate is {describe_rate(highest)}; use a burn rate of at most "
                    f"{describe_rate(highest)}",
                    obj=policy.resource.ref,
                    related=(Related(target.location, "the SLO's target"),),
                )
                return


@rule(
    "SLO407",
    "aspirational-slo-enforced",
    Severity.WARNING,
    "an aspirational SLO is in the scope of a policy that freezes releases",
    depends_on=("SLO",),
)
def aspirational_slo_enforced(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an SLO annotated ``slolint.dev/aspirational: "true"`` that is in the scope of a
    policy with restrictive actions (freeze, halt, reliability focus), because the policy
    sets ``scope.excludeAspirational: false`` or names it.

    ## Why is this bad?
    An aspirational SLO is "measured and tracked alongside your current SLO, but explicitly
    called out in your error budget policy as not requiring action … you won't be in a
    perpetual state of emergency" (The Site Reliability Workbook, ch. 2). Freezing releases
    on a target the service is not expected to meet freezes them for good.
    """
    for policy in _detailed(workspace):
        if policy.scope is None:
            continue
        restrictive = any(
            action.type in RESTRICTIVE_ACTIONS
            for trigger in policy.triggers
            for action in trigger.actions
        )
        if not restrictive:
            continue
        for slo in workspace.select(policy.scope):
            if slo.aspirational:
                yield violation(
                    "SLO407",
                    slo.resource.location,
                    f"aspirational SLO {quoted(slo.name)} is in the scope of {_label(policy)}, "
                    "which freezes or halts work; set scope.excludeAspirational: true or list "
                    "it in scope.exclude",
                    obj=slo.resource.ref,
                    related=(Related(policy.resource.location, "the policy"),),
                )
