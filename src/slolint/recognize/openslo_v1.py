"""Adapter for OpenSLO ``openslo/v1`` (go-sdk semantics) into the normalized model."""

from __future__ import annotations

from typing import Literal

from slolint.findings import JsonPath, Origin, Violation
from slolint.model import (
    SLI,
    SLO,
    AlertCondition,
    AlertPolicy,
    Indicator,
    ModelObject,
    NameRef,
    Objective,
    Resource,
    to_float,
)
from slolint.recognize.annotations import (
    aspirational_problems,
    policy_refs_of,
    sla_from_annotations,
)
from slolint.recognize.fields import (
    Data,
    as_list,
    as_map,
    as_number,
    as_str,
    duration_of,
    openslo_metrics,
    resource_of,
    target_of,
    window_of,
)

API_VERSION = "openslo/v1"
SCHEMA_CHECKS = frozenset(
    {"duration", "window-required", "time-slices", "threshold-op", "ratio-op", "names"}
)
"""What ``schemas/openslo-v1`` enforces already (see :attr:`slolint.model.SLO.schema_checks`)."""
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
        spec = as_map(inline.get("spec"))
        kind = _sli_kind(spec)
        metrics = openslo_metrics(spec, origin, (*path, "indicator", "spec"))
        return Indicator(None, name, kind, origin.at(*path, "indicator"), metrics)
    return None


def _objective(index: int, item: Data, origin: Origin) -> Objective:
    path: JsonPath = ("spec", "objectives", index)
    display = as_str(item.get("displayName")) or as_str(item.get("name"))
    value = as_number(item.get("value"))
    slice_target = as_number(item.get("timeSliceTarget"))
    return Objective(
        index,
        target_of(item, origin, path),
        _indicator(item, origin, path),
        display,
        origin.at(*path),
        op=as_str(item.get("op")),
        op_location=origin.at(*path, "op") if "op" in item else None,
        value=to_float(value) if value is not None else None,
        value_location=origin.at(*path, "value") if "value" in item else None,
        time_slice_target=to_float(slice_target) if slice_target is not None else None,
        time_slice_target_location=origin.at(*path, "timeSliceTarget"),
        time_slice_window=duration_of(
            item.get("timeSliceWindow"), origin, (*path, "timeSliceWindow")
        ),
        name=as_str(item.get("name")),
    )


def _objectives(spec: Data, origin: Origin) -> tuple[Objective, ...]:
    return tuple(
        _objective(index, item, origin)
        for index, item in enumerate(as_list(spec.get("objectives")))
        if isinstance(item, dict)
    )


def _condition(
    spec: Data, origin: Origin, path: JsonPath, resource: Resource | None
) -> AlertCondition:
    """An ``AlertCondition`` spec: ``severity`` and ``condition`` (kind, op, threshold...)."""
    condition = as_map(spec.get("condition"))
    at = (*path, "condition")
    threshold = as_number(condition.get("threshold"))
    return AlertCondition(
        kind=as_str(condition.get("kind")),
        op=as_str(condition.get("op")),
        threshold=to_float(threshold) if threshold is not None else None,
        lookback=duration_of(condition.get("lookbackWindow"), origin, (*at, "lookbackWindow")),
        location=origin.at(*path),
        alert_after=duration_of(condition.get("alertAfter"), origin, (*at, "alertAfter")),
        severity=as_str(spec.get("severity")),
        op_location=origin.at(*at, "op"),
        threshold_location=origin.at(*at, "threshold"),
        resource=resource,
    )


def _alert_policy(data: Data, origin: Origin, path: JsonPath) -> AlertPolicy:
    """An ``AlertPolicy`` (standalone, or inline at ``path`` in an SLO)."""
    inline = Origin(origin.file, origin.document, origin.base + path) if path else origin
    resource = resource_of(data, API_VERSION, "AlertPolicy", inline)
    spec = as_map(data.get("spec"))
    conditions = []
    refs = []
    for index, item in enumerate(as_list(spec.get("conditions"))):
        item = as_map(item)
        at: JsonPath = (*path, "spec", "conditions", index)
        ref = as_str(item.get("conditionRef"))
        if ref is not None:
            refs.append(NameRef(ref, origin.at(*at, "conditionRef")))
        elif isinstance(item.get("spec"), dict):
            conditions.append(_condition(item["spec"], origin, (*at, "spec"), None))
    targets = []
    for index, item in enumerate(as_list(spec.get("notificationTargets"))):
        ref = as_str(as_map(item).get("targetRef"))
        if ref is not None:
            at = (*path, "spec", "notificationTargets", index, "targetRef")
            targets.append(NameRef(ref, origin.at(*at)))
    return AlertPolicy(resource, tuple(conditions), tuple(refs), tuple(targets))


def _alerting(spec: Data, origin: Origin) -> tuple[tuple[NameRef, ...], tuple[AlertPolicy, ...]]:
    """``alertPolicies``: references by ``alertPolicyRef`` and policies written inline."""
    refs = []
    inline = []
    for index, item in enumerate(as_list(spec.get("alertPolicies"))):
        item = as_map(item)
        name = as_str(item.get("alertPolicyRef"))
        if name is not None:
            refs.append(NameRef(name, origin.at("spec", "alertPolicies", index, "alertPolicyRef")))
        elif isinstance(item.get("spec"), dict):
            inline.append(_alert_policy(item, origin, ("spec", "alertPolicies", index)))
    return tuple(refs), tuple(inline)


def adapt_slo(data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    resource = resource_of(data, API_VERSION, "SLO", origin)
    spec = as_map(data.get("spec"))
    refs, inline = _alerting(spec, origin)
    first_window = as_map(next(iter(as_list(spec.get("timeWindow"))), None))
    slo = SLO(
        resource,
        as_str(spec.get("service")),
        _indicator(spec, origin, ("spec",)),
        _objectives(spec, origin),
        window_of(spec.get("timeWindow"), origin, ("spec", "timeWindow")),
        as_str(spec.get("budgetingMethod")),
        policy_refs_of(resource),
        refs,
        alert_policies=inline,
        service_location=origin.at("spec", "service"),
        budgeting_method_location=origin.at("spec", "budgetingMethod"),
        description=as_str(spec.get("description")),
        window_written=duration_of(
            first_window.get("duration"), origin, ("spec", "timeWindow", 0, "duration")
        ),
        schema_checks=SCHEMA_CHECKS,
    )
    objects: list[ModelObject] = [slo]
    sla, problems = sla_from_annotations(slo)
    problems.extend(aspirational_problems(resource))
    if sla is not None:
        objects.append(sla)
    return objects, problems


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """Normalize one ``openslo/v1`` object; kinds without rules stay plain resources."""
    if kind == "SLO":
        return adapt_slo(data, origin)
    if kind == "AlertPolicy":
        return [_alert_policy(data, origin, ())], []
    resource: Resource = resource_of(data, API_VERSION, kind, origin)
    spec = as_map(data.get("spec"))
    if kind == "SLI":
        metrics = openslo_metrics(spec, origin, ("spec",))
        return [SLI(resource, _sli_kind(spec), metrics)], []
    if kind == "AlertCondition":
        return [_condition(spec, origin, ("spec",), resource)], []
    return [resource], []
