"""SLO8xx: references between objects and names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from slolint.findings import ObjectRef, Severity, Violation, violation
from slolint.model import POLICY_ANNOTATION, NameRef
from slolint.registry import rule
from slolint.workspace import Workspace


def _dangling(
    workspace: Workspace, refs: Iterable[NameRef], kind: str, what: str, obj: ObjectRef
) -> Iterator[Violation]:
    for ref in refs:
        if workspace.exists(kind, ref.name):
            continue
        close = difflib.get_close_matches(ref.name, workspace.names_of(kind), n=1, cutoff=0.6)
        hint = f'; did you mean "{close[0]}"?' if close else ""
        yield violation(
            "SLO802",
            ref.location,
            f'{what} names {kind} "{ref.name}", which does not exist{hint}',
            obj=obj,
        )


@rule(
    "SLO802",
    "dangling-reference",
    Severity.ERROR,
    "a reference names an object that does not exist",
)
def dangling_reference(workspace: Workspace) -> Iterator[Violation]:
    """
    Every reference must resolve to an object in the linted repository:

    | reference | must name |
    |---|---|
    | SLO ``indicatorRef`` (spec or objective) | an SLI |
    | SLO ``alertPolicies[].alertPolicyRef`` | an AlertPolicy |
    | SLO annotation ``slolint.dev/error-budget-policy`` | an ErrorBudgetPolicy |
    | ErrorBudgetPolicy ``spec.scope.sloRefs`` | an SLO |
    | SLA ``spec.backedBy.sloRefs`` | an SLO |

    A misspelt reference silently disconnects the objects: a policy that covers nothing, an
    SLA that no SLO backs. OpenSLO's own validator never resolves references. The message
    suggests the closest existing name.

    Fail:

        metadata:
          annotations:
            slolint.dev/error-budget-policy: checkout-ebpp   # the policy is checkout-ebp
    """
    for slo in workspace.slos:
        ref = slo.resource.ref
        indicators = [slo.indicator, *(o.indicator for o in slo.objectives)]
        sli_refs = [NameRef(i.ref, i.location) for i in indicators if i is not None and i.ref]
        yield from _dangling(workspace, sli_refs, "SLI", "indicatorRef", ref)
        yield from _dangling(workspace, slo.alert_policy_refs, "AlertPolicy", "alertPolicyRef", ref)
        yield from _dangling(
            workspace, slo.policy_refs, "ErrorBudgetPolicy", f"annotation {POLICY_ANNOTATION}", ref
        )
    for policy in workspace.policies:
        if policy.scope is not None:
            yield from _dangling(
                workspace, policy.scope.slo_refs, "SLO", "scope.sloRefs", policy.resource.ref
            )
    for sla in workspace.slas:
        if sla.backed_by is not None and not sla.implicit:
            yield from _dangling(
                workspace, sla.backed_by.slo_refs, "SLO", "backedBy.sloRefs", sla.resource.ref
            )
