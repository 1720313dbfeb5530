"""SLO4xx: error-budget policies."""

from __future__ import annotations

from collections.abc import Iterator

from slolint.findings import Related, Severity, Violation, violation
from slolint.model import POLICY_ANNOTATION, SLO, ErrorBudgetPolicy, NameRef
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.workspace import Workspace

MAX_RELATED = 3
"""Policies named as related to one uncovered SLO: the nearest misses, not every policy."""


def policy_coverage(workspace: Workspace) -> dict[int, tuple[str, ...]]:
    """The error-budget policies that hold each SLO, by ``id(slo)``, sorted and distinct.

    The one coverage relation: SLO401 asks whether an SLO has any, team policies show
    the names as ``errorBudgetPolicy`` in the normalized view. An SLO is held by a policy
    whose ``scope`` selects it (``sloRefs`` or selector) and by every existing policy its
    ``slolint.dev/error-budget-policy`` annotation names. Computed once per workspace.
    """
    return workspace.memo("error-budget-policy-coverage", lambda: _coverage(workspace))


def _coverage(workspace: Workspace) -> dict[int, tuple[str, ...]]:
    names: dict[int, set[str]] = {}
    for policy in workspace.policies:
        if policy.scope is not None:
            for slo in workspace.select(policy.scope):
                names.setdefault(id(slo), set()).add(policy.name)
    for slo in workspace.slos:
        for ref in slo.policy_refs:
            if workspace.exists("ErrorBudgetPolicy", ref.name):
                names.setdefault(id(slo), set()).add(ref.name)
    return {key: tuple(sorted(found)) for key, found in names.items()}


def policies_by_label_key(workspace: Workspace) -> dict[str, list[ErrorBudgetPolicy]]:
    """Policies whose selector mentions a label key, by key (built once, in one pass)."""
    index: dict[str, list[ErrorBudgetPolicy]] = {}
    for policy in workspace.policies:
        selector = policy.scope.selector if policy.scope is not None else None
        if selector is None:
            continue
        keys = {key for key, _ in selector.match_labels}
        keys.update(key for key, _, _ in selector.match_expressions)
        for key in sorted(keys):
            index.setdefault(key, []).append(policy)
    return index


def near_misses(slo: SLO, index: dict[str, list[ErrorBudgetPolicy]]) -> tuple[Related, ...]:
    """Policies whose selector looks at one of the SLO's label keys yet does not match it.

    They are where a reader would look first (a changed selector value, a renamed label),
    and files whose change makes the finding appear in pre-commit. At most
    :data:`MAX_RELATED`, so the cost per SLO is bounded whatever the number of policies.
    """
    chosen: dict[int, ErrorBudgetPolicy] = {}
    for key in sorted(slo.resource.labels):
        for policy in index.get(key, [])[:MAX_RELATED]:
            chosen.setdefault(id(policy), policy)
        if len(chosen) >= MAX_RELATED:
            break
    return tuple(
        Related(
            policy.scope.selector.location,
            f"the selector of error-budget policy {quoted(policy.name)}",
        )
        for policy in list(chosen.values())[:MAX_RELATED]
        if policy.scope is not None and policy.scope.selector is not None
    )


def _dangling_policy_refs(slo: SLO, workspace: Workspace) -> list[NameRef]:
    """Policies the SLO names that do not exist (SLO802 reports the reference)."""
    return [ref for ref in slo.policy_refs if not workspace.exists("ErrorBudgetPolicy", ref.name)]


@rule(
    "SLO401",
    "error-budget-policy-missing",
    Severity.ERROR,
    "every SLO must be covered by an error-budget policy",
    depends_on=("ErrorBudgetPolicy",),
)
def error_budget_policy_missing(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Checks that every SLO is in the scope of at least one ``ErrorBudgetPolicy``.

    ## Why is this bad?
    An SLO without a policy is just another KPI: "The organization has committed to using
    the error budget for decision making and prioritizing. This commitment is formalized in
    an error budget policy" (The Site Reliability Workbook, ch. 2).

    An SLO is covered when

    * a policy lists it in ``spec.scope.sloRefs``,
    * a policy's ``spec.scope.selector`` (``matchLabels``/``matchExpressions``) matches the
      SLO's ``metadata.labels``, or
    * the SLO carries the annotation ``slolint.dev/error-budget-policy: <policy name>``
      naming a policy that exists, or
    * a slo-generator SLO's ``spec.error_budget_policy`` (``default`` when omitted) names
      a policy of a shared configuration (``error_budget_policies``) in the repository; a
      v1 SLO is covered by the v1 policy file ``error_budget_policy.yaml``.

    Exempt are SLOs annotated ``slolint.dev/aspirational: "true"`` (tracked, deliberately
    without consequences) and SLOs annotated ``slolint.dev/policy-exempt: "<reason>"``. A
    policy annotation naming a policy that does not exist covers nothing: the SLO is
    reported here, whatever other rules are enabled, and the reference itself by SLO802.

    The verdict depends on every policy of the repository: when only some files are named
    (pre-commit), the finding is reported whenever a named file holds an
    ``ErrorBudgetPolicy`` (dropping an SLO from ``sloRefs`` or changing a selector uncovers
    SLOs in untouched files). Policies whose selector looks at one of the SLO's label keys
    are listed as related locations.
    """
    covered = policy_coverage(workspace)
    index = policies_by_label_key(workspace)
    for slo in workspace.slos:
        if id(slo) in covered or slo.aspirational or slo.policy_exempt:
            continue
        dangling = _dangling_policy_refs(slo, workspace)
        if dangling:
            via = dangling[0].via or f"annotation {POLICY_ANNOTATION}"
            hint = (
                f"its {via} names {quoted(dangling[0].name)}, which does "
                "not exist; name an existing ErrorBudgetPolicy"
            )
        else:
            hint = (
                "add it to a policy's scope (sloRefs or selector) or annotate it with "
                f"{POLICY_ANNOTATION}"
            )
        if not workspace.policies:
            hint += "; no ErrorBudgetPolicy was found"
        yield violation(
            "SLO401",
            slo.resource.location,
            f"SLO {quoted(slo.name)} is not covered by any error-budget policy; {hint}",
            obj=slo.resource.ref,
            related=near_misses(slo, index),
        )
