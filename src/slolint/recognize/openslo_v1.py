"""Adapter for OpenSLO ``openslo/v1`` (go-sdk semantics) into the normalized model."""

from __future__ import annotations

from typing import Literal

from slolint.findings import JsonPath, Origin, Violation
from slolint.model import SLI, SLO, Indicator, ModelObject, NameRef, Objective, Resource
from slolint.recognize.annotations import (
    aspirational_problems,
    policy_refs_of,
    sla_from_annotations,
)
from slolint.recognize.fields import (
    Data,
    as_list,
    as_map,
    as_str,
    oversize_window,
    resource_of,
    target_of,
    window_of,
)

API_VERSION = "openslo/v1"
KINDS = (
    "SLO",
    "SLI",
    "Service",
    "DataSource",
    "AlertPolicy",
    "AlertCondition",
    "AlertNotificationTarget",
)


def _sli_kind(spec: Data) -> Literal["ratio", "threshold"] | None:
    if "ratioMetric" in spec:
        return "ratio"
    if "thresholdMetric" in spec:
        return "threshold"
    return None


def _indicator(holder: Data, origin: Origin, path: JsonPath) -> Indicator | None:
    """``indicatorRef`` (a name) or an inline ``indicator`` (an SLI with metadata)."""
    ref = as_str(holder.get("indicatorRef"))
    if ref is not None:
        return Indicator(ref, None, None, origin.at(*path, "indicatorRef"))
    inline = holder.get("indicator")
    if isinstance(inline, dict):
        name = as_str(as_map(inline.get("metadata")).get("name"))
        kind = _sli_kind(as_map(inline.get("spec")))
        return Indicator(None, name, kind, origin.at(*path, "indicator"))
    return None


def _objectives(spec: Data, origin: Origin) -> tuple[Objective, ...]:
    objectives = []
    for index, item in enumerate(as_list(spec.get("objectives"))):
        if not isinstance(item, dict):
            continue
        path = ("spec", "objectives", index)
        display = as_str(item.get("displayName")) or as_str(item.get("name"))
        objectives.append(
            Objective(
                index,
                target_of(item, origin, path),
                _indicator(item, origin, path),
                display,
                origin.at(*path),
            )
        )
    return tuple(objectives)


def _alert_policy_refs(spec: Data, origin: Origin) -> tuple[NameRef, ...]:
    refs = []
    for index, item in enumerate(as_list(spec.get("alertPolicies"))):
        name = as_str(as_map(item).get("alertPolicyRef"))
        if name is not None:
            refs.append(NameRef(name, origin.at("spec", "alertPolicies", index, "alertPolicyRef")))
    return tuple(refs)


def adapt_slo(data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    resource = resource_of(data, API_VERSION, "SLO", origin)
    spec = as_map(data.get("spec"))
    slo = SLO(
        resource,
        as_str(spec.get("service")),
        _indicator(spec, origin, ("spec",)),
        _objectives(spec, origin),
        window_of(spec.get("timeWindow"), origin, ("spec", "timeWindow")),
        as_str(spec.get("budgetingMethod")),
        policy_refs_of(resource),
        _alert_policy_refs(spec, origin),
    )
    objects: list[ModelObject] = [slo]
    sla, problems = sla_from_annotations(slo)
    problems.extend(aspirational_problems(resource))
    problems.extend(
        oversize_window(spec.get("timeWindow"), origin, ("spec", "timeWindow"), resource.ref)
    )
    if sla is not None:
        objects.append(sla)
    return objects, problems


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """Normalize one ``openslo/v1`` object; kinds without rules yet stay plain resources."""
    if kind == "SLO":
        return adapt_slo(data, origin)
    resource: Resource = resource_of(data, API_VERSION, kind, origin)
    if kind == "SLI":
        return [SLI(resource, _sli_kind(as_map(data.get("spec"))))], []
    return [resource], []
