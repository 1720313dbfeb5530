"""SLO8xx: references between objects and names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from slolint.findings import Related, Severity, Violation, violation
from slolint.model import POLICY_ANNOTATION, AlertPolicy, Metrics, NameRef, Resource
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.workspace import Workspace

REFERENCED_KINDS = (
    "SLI",
    "DataSource",
    "AlertPolicy",
    "AlertCondition",
    "AlertNotificationTarget",
    "ErrorBudgetPolicy",
    "SLO",
    "Service",
    "Backend",
    "Exporter",
)


@dataclass(slots=True)
class _Names:
    """The first object of each kind and name, built once per run on the first dangling
    reference (a repository without one never needs it)."""

    workspace: Workspace
    _first: dict[tuple[str, str], Resource] | None = None

    def resource(self, kind: str, name: str) -> Resource | None:
        if self._first is None:
            self._first = {}
            for resource in self.workspace.resources:
                self._first.setdefault((resource.kind, resource.name), resource)
        return self._first.get((kind, name))


def _dangling(
    names: _Names, refs: Iterable[NameRef], kind: str, what: str, owner: Resource
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
            f"{ref.via or what} names {kind} {quoted(ref.name)}, which does not exist{hint}",
            obj=owner.ref,
            related=related,
            depends_on=(kind,),
            missing=ref.name,
        )


def _missing(workspace: Workspace, refs: Iterable[NameRef], kind: str) -> list[NameRef]:
    """The references of ``refs`` that name no object of ``kind``, in order."""
    return [ref for ref in refs if not workspace.exists(kind, ref.name)]


def _metric_sources(workspace: Workspace) -> Iterator[tuple[list[NameRef], Resource]]:
    """The data sources each SLI (standalone or inline in an SLO) names that do not exist."""
    sources = workspace.names("DataSource")

    def missing(metrics: Metrics | None) -> list[NameRef]:
        if metrics is None:
            return []
        parts = (metrics.good, metrics.bad, metrics.total, metrics.raw, metrics.threshold)
        return [
            q.source_ref
            for q in parts
            if q is not None and q.source_ref is not None and q.source_ref.name not in sources
        ]

    for sli in workspace.slis:
        refs = missing(sli.metrics)
        if refs:
            yield refs, sli.resource
    for slo in workspace.slos:
        if slo.indicator is not None:
            refs = missing(slo.indicator.metrics)
            if refs:
                yield refs, slo.resource
        for objective in slo.objectives:
            if objective.indicator is not None:
                refs = missing(objective.indicator.metrics)
                if refs:
                    yield refs, slo.resource


def _alert_policy_refs(names: _Names, policy: AlertPolicy, owner: Resource) -> Iterator[Violation]:
    yield from _dangling(names, policy.condition_refs, "AlertCondition", "conditionRef", owner)
    yield from _dangling(names, policy.target_refs, "AlertNotificationTarget", "targetRef", owner)


@rule(
    "SLO802",
    "dangling-reference",
    Severity.ERROR,
    "a reference names an object that does not exist",
    depends_on=REFERENCED_KINDS,
)
def dangling_reference(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Every reference must resolve to an object in the linted repository:

    | reference | must name |
    |---|---|
    | SLO ``indicatorRef`` (spec or objective) | an SLI |
    | SLO ``alertPolicies[].alertPolicyRef`` | an AlertPolicy |
    | AlertPolicy ``conditions[].conditionRef`` | an AlertCondition |
    | AlertPolicy ``notificationTargets[].targetRef`` | an AlertNotificationTarget |
    | SLO ``spec.service`` | a Service, once the repository defines any Service |
    | SLI ``metricSource.metricSourceRef`` | a DataSource, once the repository defines any |
    | SLO annotation ``slolint.dev/error-budget-policy`` | an ErrorBudgetPolicy |
    | ErrorBudgetPolicy ``spec.scope.sloRefs`` | an SLO |
    | SLA ``spec.backedBy.sloRefs`` | an SLO |
    | SLA ``objectives[].indicatorRef`` | an SLI (or an SLO's inline indicator) |
    | slo-generator ``spec.error_budget_policy`` (default ``default``) | a policy of a shared config |
    | slo-generator ``spec.backend``, ``spec.exporters[]`` | a backend, an exporter of a shared config |

    ## Why is this bad?
    A misspelt reference silently disconnects the objects: a policy that covers nothing, an
    SLA that no SLO backs. OpenSLO's own validator never resolves references, and
    slo-generator finds a missing backend or policy only when it runs, and then exits 0. The message
    suggests the closest existing name, and lists that object as a related location.

    The verdict depends on every object of the referenced kind: when only some files are
    named (pre-commit), a dangling SLI reference is reported whenever a named file holds an
    SLI (and likewise for the other kinds), since renaming one leaves the references to its
    old name dangling in untouched files.
    """
    names = _Names(workspace)
    exists = workspace.exists
    slis = workspace.names("SLI")
    for slo in workspace.slos:
        owner = slo.resource
        sli_refs = []
        indicator = slo.indicator
        if indicator is not None and indicator.ref and indicator.ref not in slis:
            sli_refs.append(NameRef(indicator.ref, indicator.location))
        for objective in slo.objectives:
            indicator = objective.indicator
            if indicator is not None and indicator.ref and indicator.ref not in slis:
                sli_refs.append(NameRef(indicator.ref, indicator.location))
        if sli_refs:
            yield from _dangling(names, sli_refs, "SLI", "indicatorRef", owner)
        if slo.alert_policy_refs:
            missing = _missing(workspace, slo.alert_policy_refs, "AlertPolicy")
            yield from _dangling(names, missing, "AlertPolicy", "alertPolicyRef", owner)
        if slo.policy_refs:
            missing = _missing(workspace, slo.policy_refs, "ErrorBudgetPolicy")
            what = f"annotation {POLICY_ANNOTATION}"
            yield from _dangling(names, missing, "ErrorBudgetPolicy", what, owner)
        for kind, other in slo.refs:
            yield from _dangling(names, (other,), kind, kind, owner)
    if workspace.names_of("DataSource"):
        for sources, holder in _metric_sources(workspace):
            yield from _dangling(names, sources, "DataSource", "metricSourceRef", holder)
    services = workspace.names("Service")
    for slo in workspace.slos:
        if (
            services
            and slo.service
            and slo.service_location is not None
            and slo.service not in services
        ):
            service = NameRef(slo.service, slo.service_location)
            yield from _dangling(names, [service], "Service", "service", slo.resource)
        for written in slo.alert_policies:
            yield from _alert_policy_refs(names, written, slo.resource)
    for alert_policy in workspace.alert_policies:
        yield from _alert_policy_refs(names, alert_policy, alert_policy.resource)
    for policy in workspace.policies:
        if policy.scope is not None:
            yield from _dangling(
                names, policy.scope.slo_refs, "SLO", "scope.sloRefs", policy.resource
            )
    inline: frozenset[str] | None = None
    for sla in workspace.slas:
        if sla.backed_by is not None and not sla.implicit:
            yield from _dangling(
                names, sla.backed_by.slo_refs, "SLO", "backedBy.sloRefs", sla.resource
            )
        sla_refs = []
        for o in sla.objectives:
            if o.indicator_ref and o.indicator_location and not exists("SLI", o.indicator_ref):
                if inline is None:
                    inline = _inline_indicators(workspace)
                if o.indicator_ref not in inline:
                    sla_refs.append(NameRef(o.indicator_ref, o.indicator_location))
        yield from _dangling(names, sla_refs, "SLI", "indicatorRef", sla.resource)


def _inline_indicators(workspace: Workspace) -> frozenset[str]:
    """Names of the SLIs written inline in SLOs: an SLA objective may name those too."""
    return frozenset(
        indicator.name
        for slo in workspace.slos
        for indicator in (slo.indicator, *(o.indicator for o in slo.objectives))
        if indicator is not None and indicator.ref is None and indicator.name
    )


@rule(
    "SLO801",
    "duplicate-name",
    Severity.ERROR,
    "two objects of one kind share a name, or two objectives of one SLO",
)
def duplicate_name(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an object whose kind and ``metadata.name`` repeat an earlier object's, in any
    file of the repository, and an objective whose ``name`` repeats another objective's in
    the same SLO. Names need to be unique per kind only: an SLI and an SLO may share one.

    ## Why is this bad?
    References (``indicatorRef``, ``alertPolicyRef``, a policy's ``sloRefs``) resolve by
    kind and name, so a duplicate makes them ambiguous: which of the two SLOs does the
    policy cover? slo-generator requires SLO names to be unique; two files that both define
    ``api-availability`` are usually a copy that was meant to be renamed.
    """
    first: dict[tuple[str, str], Resource] = {}
    for resource in workspace.resources if workspace.repeated_names else ():
        if not resource.name or not resource.unique:
            continue
        key = (resource.kind, resource.name)
        earlier = first.get(key)
        if earlier is None:
            first[key] = resource
            continue
        yield violation(
            "SLO801",
            resource.location,
            f"{resource.kind} {quoted(resource.name)} is defined twice; the first is at ",
            earlier.location,
            "; rename one of them",
            obj=resource.ref,
            related=(Related(earlier.location, f"the first {resource.kind} of that name"),),
        )
    for slo in workspace.slos:
        seen: dict[str, int] = {}
        for objective in slo.objectives:
            if objective.name is None:
                continue
            if objective.name in seen:
                yield violation(
                    "SLO801",
                    objective.location,
                    f"objective name {quoted(objective.name)} repeats objective "
                    f"{seen[objective.name]} of SLO {quoted(slo.name)}; rename one of them",
                    obj=slo.resource.ref,
                )
            else:
                seen[objective.name] = objective.index


_DNS_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\Z")


@rule(
    "SLO803",
    "invalid-name",
    Severity.ERROR,
    "an SLO name is not an RFC 1123 label",
)
def invalid_name(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an SLO whose name is not an RFC 1123 label: at most 63 characters, lowercase
    letters, digits and ``-``, starting and ending with a letter or digit. Formats whose
    schema checks names already (OpenSLO) leave it to the schema stage.

    ## Why is this bad?
    "All implementations must at least support object names that follow RFC1123" (OpenSLO
    specification); names become Kubernetes objects, Prometheus label values and file
    names. ``Checkout_Availability`` works in one tool and breaks the next.
    """
    for slo in workspace.slos:
        if "names" in slo.schema_checks or not slo.name or _DNS_LABEL.match(slo.name):
            continue
        suggestion = re.sub(r"[^a-z0-9]+", "-", slo.name.lower()).strip("-")[:63]
        hint = f"; use {quoted(suggestion)}" if suggestion else ""
        yield violation(
            "SLO803",
            slo.resource.location,
            f"SLO name {quoted(slo.name)} is not an RFC 1123 label (lowercase letters, digits "
            f"and '-', at most 63 characters){hint}",
            obj=slo.resource.ref,
        )


@rule(
    "SLO804",
    "selector-matches-nothing",
    Severity.WARNING,
    "a label selector of a policy or an SLA matches no SLO",
)
def selector_matches_nothing(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags the label selector of an error-budget policy's ``scope`` or of an SLA's
    ``backedBy`` that matches no SLO of the repository.

    ## Why is this bad?
    A selector with a typo (``service: chekout``) silently covers nothing: the policy
    protects no SLO and the SLA is backed by none, and the rules that rely on them report
    the consequences elsewhere. Label values may be a string or a list, as OpenSLO allows.
    """
    if not workspace.slos:
        return  # nothing to match: a run that sees no SLO at all says nothing about labels
    holders = [(p.scope, "error-budget policy", p.resource) for p in workspace.policies]
    holders += [(s.backed_by, "SLA", s.resource) for s in workspace.slas if not s.implicit]
    for refs, what, resource in holders:
        selector = refs.selector if refs is not None else None
        if selector is None or workspace.matching(selector):
            continue
        yield violation(
            "SLO804",
            selector.location,
            f"the selector of {what} {quoted(resource.name)} matches no SLO; check its labels",
            obj=resource.ref,
            depends_on=("SLO",),
        )
