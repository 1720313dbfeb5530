"""SLO8xx: references between objects and names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from slolint.findings import ObjectRef, Related, Severity, Violation, violation
from slolint.model import POLICY_ANNOTATION, NameRef, Resource
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.workspace import Workspace

REFERENCED_KINDS = ("SLI", "AlertPolicy", "ErrorBudgetPolicy", "SLO")


@dataclass(slots=True)
class _Names:
    """The names of each kind, and the first object of each name, built once per run."""

    workspace: Workspace
    _first: dict[tuple[str, str], Resource] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for resource in self.workspace.resources:
            self._first.setdefault((resource.kind, resource.name), resource)

    def resource(self, kind: str, name: str) -> Resource | None:
        return self._first.get((kind, name))


def _dangling(
    names: _Names, refs: Iterable[NameRef], kind: str, what: str, obj: ObjectRef
) -> Iterator[Violation]:
    for ref in refs:
        if names.workspace.exists(kind, ref.name):
            continue
        close = names.workspace.suggest(kind, ref.name)
        hint = f"; did you mean {quoted(close)}?" if close else ""
        target = names.resource(kind, close) if close else None
        related = (
            (Related(target.location, f"the closest {kind} name"),) if target is not None else ()
        )
        yield violation(
            "SLO802",
            ref.location,
            f"{what} names {kind} {quoted(ref.name)}, which does not exist{hint}",
            obj=obj,
            related=related,
            depends_on=(kind,),
            missing=ref.name,
        )


@rule(
    "SLO802",
    "dangling-reference",
    Severity.ERROR,
    "a reference names an object that does not exist",
    depends_on=REFERENCED_KINDS,
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
    | SLA ``objectives[].indicatorRef`` | an SLI (or an SLO's inline indicator) |

    A misspelt reference silently disconnects the objects: a policy that covers nothing, an
    SLA that no SLO backs. OpenSLO's own validator never resolves references. The message
    suggests the closest existing name, and lists that object as a related location.

    The verdict depends on every object of the referenced kind: when only some files are
    named (pre-commit), a dangling SLI reference is reported whenever a named file holds an
    SLI (and likewise for the other kinds), since renaming one leaves the references to its
    old name dangling in untouched files.

    Fail:

        metadata:
          annotations:
            slolint.dev/error-budget-policy: checkout-ebpp   # the policy is checkout-ebp
    """
    names = _Names(workspace)
    for slo in workspace.slos:
        ref = slo.resource.ref
        indicators = [slo.indicator, *(o.indicator for o in slo.objectives)]
        sli_refs = [NameRef(i.ref, i.location) for i in indicators if i is not None and i.ref]
        yield from _dangling(names, sli_refs, "SLI", "indicatorRef", ref)
        yield from _dangling(names, slo.alert_policy_refs, "AlertPolicy", "alertPolicyRef", ref)
        yield from _dangling(
            names, slo.policy_refs, "ErrorBudgetPolicy", f"annotation {POLICY_ANNOTATION}", ref
        )
    for policy in workspace.policies:
        if policy.scope is not None:
            yield from _dangling(
                names, policy.scope.slo_refs, "SLO", "scope.sloRefs", policy.resource.ref
            )
    inline = _inline_indicators(workspace)
    for sla in workspace.slas:
        if sla.backed_by is not None and not sla.implicit:
            yield from _dangling(
                names, sla.backed_by.slo_refs, "SLO", "backedBy.sloRefs", sla.resource.ref
            )
        sla_refs = [
            NameRef(o.indicator_ref, o.indicator_location)
            for o in sla.objectives
            if o.indicator_ref and o.indicator_location and o.indicator_ref not in inline
        ]
        yield from _dangling(names, sla_refs, "SLI", "indicatorRef", sla.resource.ref)


def _inline_indicators(workspace: Workspace) -> frozenset[str]:
    """Names of the SLIs written inline in SLOs: an SLA objective may name those too."""
    return frozenset(
        indicator.name
        for slo in workspace.slos
        for indicator in (slo.indicator, *(o.indicator for o in slo.objectives))
        if indicator is not None and indicator.ref is None and indicator.name
    )
