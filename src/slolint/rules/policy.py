"""SLO4xx: error-budget policies."""

from __future__ import annotations

from collections.abc import Iterator

from slolint.findings import Severity, Violation, violation
from slolint.model import POLICY_ANNOTATION, SLO
from slolint.registry import rule
from slolint.workspace import Workspace


def covered_slos(workspace: Workspace) -> set[int]:
    """ids of the SLOs inside the scope of at least one ErrorBudgetPolicy."""
    covered: set[int] = set()
    for policy in workspace.policies:
        if policy.scope is not None:
            covered.update(id(slo) for slo in workspace.select(policy.scope))
    for slo in workspace.slos:
        if any(workspace.exists("ErrorBudgetPolicy", ref.name) for ref in slo.policy_refs):
            covered.add(id(slo))
    return covered


def _has_dangling_policy_ref(slo: SLO, workspace: Workspace) -> bool:
    """A misspelt policy annotation is SLO802's finding; do not report it twice."""
    return any(not workspace.exists("ErrorBudgetPolicy", ref.name) for ref in slo.policy_refs)


@rule(
    "SLO401",
    "error-budget-policy-missing",
    Severity.ERROR,
    "every SLO must be covered by an error-budget policy",
)
def error_budget_policy_missing(workspace: Workspace) -> Iterator[Violation]:
    """
    Every SLO must be in the scope of at least one ``ErrorBudgetPolicy``.

    An SLO without a policy is just another KPI: "The organization has committed to using
    the error budget for decision making and prioritizing. This commitment is formalized in
    an error budget policy" (The Site Reliability Workbook, ch. 2). An SLO is covered when

    * a policy lists it in ``spec.scope.sloRefs``,
    * a policy's ``spec.scope.selector`` (``matchLabels``/``matchExpressions``) matches the
      SLO's ``metadata.labels``, or
    * the SLO carries the annotation ``slolint.dev/error-budget-policy: <policy name>``
      naming a policy that exists.

    Exempt are SLOs annotated ``slolint.dev/aspirational: "true"`` (tracked, deliberately
    without consequences) and SLOs annotated ``slolint.dev/policy-exempt: "<reason>"``. A
    policy annotation naming a policy that does not exist is reported by SLO802 instead.

    Fail:

        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: checkout-availability    # no policy selects it
    """
    covered = covered_slos(workspace)
    for slo in workspace.slos:
        if id(slo) in covered or slo.aspirational or slo.policy_exempt:
            continue
        if _has_dangling_policy_ref(slo, workspace):
            continue
        hint = (
            "add it to a policy's scope (sloRefs or selector) or annotate it with "
            f"{POLICY_ANNOTATION}"
        )
        if not workspace.policies:
            hint += "; no ErrorBudgetPolicy was found"
        yield violation(
            "SLO401",
            slo.resource.location,
            f'SLO "{slo.name}" is not covered by any error-budget policy; {hint}',
            obj=slo.resource.ref,
        )
