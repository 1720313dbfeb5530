"""Adapter for OpenSLO ``openslo/v1`` (go-sdk semantics) into the normalized model."""

from __future__ import annotations

from dataclasses import dataclass
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
from slolint.recognize.format import FormatSpec, by_api_version

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


@dataclass(frozen=True, slots=True)
class Dialect:
    """The keys that differ between OpenSLO versions sharing this adapter (v1, v2alpha)."""

    api_version: str
    indicator: str = "indicator"
    indicator_ref: str = "indicatorRef"
    service: str = "service"


V1 = Dialect(API_VERSION)


def _indicator(
    holder: Data, origin: Origin, path: JsonPath, dialect: Dialect = V1
) -> Indicator | None:
    """``indicatorRef`` (a name) or an inline ``indicator`` (an SLI with metadata)."""
    ref = as_str(holder.get(dialect.indicator_ref))
    if ref is not None:
        return Indicator(ref, None, None, origin.at(*path, dialect.indicator_ref))
    inline = holder.get(dialect.indicator)
    if isinstance(inline, dict):
        name = as_str(as_map(inline.get("metadata")).get("name"))
        spec = as_map(inline.get("spec"))
        kind = _sli_kind(spec)
        metrics = openslo_metrics(spec, origin, (*path, dialect.indicator, "spec"))
        return Indicator(None, name, kind, origin.at(*path, dialect.indicator), metrics)
    return None


def _objective(index: int, item: Data, origin: Origin, dialect: Dialect = V1) -> Objective:
    path: JsonPath = ("spec", "objectives", index)
    display = as_str(item.get("displayName")) or as_str(item.get("name"))
    value = as_number(item.get("value"))
    slice_target = as_number(item.get("timeSliceTarget"))
    return Objective(
        index,
        target_of(item, origin, path),
        _indicator(item, origin, path, dialect),
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


def _objectives(spec: Data, origin: Origin, dialect: Dialect = V1) -> tuple[Objective, ...]:
    return tuple(
        _objective(index, item, origin, dialect)
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


def _alert_policy(
    data: Data, origin: Origin, path: JsonPath, api_version: str = API_VERSION
) -> AlertPolicy:
    """An ``AlertPolicy`` (standalone, or inline at ``path`` in an SLO)."""
    inline = Origin(origin.file, origin.document, origin.base + path) if path else origin
    resource = resource_of(data, api_version, "AlertPolicy", inline)
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


def _alerting(
    spec: Data, origin: Origin, api_version: str = API_VERSION
) -> tuple[tuple[NameRef, ...], tuple[AlertPolicy, ...]]:
    """``alertPolicies``: references by ``alertPolicyRef`` and policies written inline."""
    refs = []
    inline = []
    for index, item in enumerate(as_list(spec.get("alertPolicies"))):
        item = as_map(item)
        name = as_str(item.get("alertPolicyRef"))
        if name is not None:
            refs.append(NameRef(name, origin.at("spec", "alertPolicies", index, "alertPolicyRef")))
        elif isinstance(item.get("spec"), dict):
            path = ("spec", "alertPolicies", index)
            inline.append(_alert_policy(item, origin, path, api_version))
    return tuple(refs), tuple(inline)


def adapt_slo(
    data: Data, origin: Origin, dialect: Dialect = V1
) -> tuple[list[ModelObject], list[Violation]]:
    resource = resource_of(data, dialect.api_version, "SLO", origin)
    spec = as_map(data.get("spec"))
    refs, inline = _alerting(spec, origin, dialect.api_version)
    first_window = as_map(next(iter(as_list(spec.get("timeWindow"))), None))
    slo = SLO(
        resource,
        as_str(spec.get(dialect.service)),
        _indicator(spec, origin, ("spec",), dialect),
        _objectives(spec, origin, dialect),
        window_of(spec.get("timeWindow"), origin, ("spec", "timeWindow")),
        as_str(spec.get("budgetingMethod")),
        alert_policy_refs=refs,
        alert_policies=inline,
        service_location=origin.at("spec", dialect.service),
        budgeting_method_location=origin.at("spec", "budgetingMethod"),
        description=as_str(spec.get("description")),
        window_written=duration_of(
            first_window.get("duration"), origin, ("spec", "timeWindow", 0, "duration")
        ),
    )
    return [slo], []


def adapt(
    kind: str, data: Data, origin: Origin, dialect: Dialect = V1
) -> tuple[list[ModelObject], list[Violation]]:
    """Normalize one ``openslo/v1`` object; kinds without rules stay plain resources."""
    if kind == "SLO":
        return adapt_slo(data, origin, dialect)
    if kind == "AlertPolicy":
        return [_alert_policy(data, origin, (), dialect.api_version)], []
    resource: Resource = resource_of(data, dialect.api_version, kind, origin)
    spec = as_map(data.get("spec"))
    if kind == "SLI":
        metrics = openslo_metrics(spec, origin, ("spec",))
        return [SLI(resource, _sli_kind(spec), metrics)], []
    if kind == "AlertCondition":
        return [_condition(spec, origin, ("spec",), resource)], []
    return [resource], []


SPEC_KEYS: dict[str, frozenset[str]] = {
    "SLO": frozenset(
        {"objectives", "indicator", "indicatorRef", "budgetingMethod", "timeWindow"}
        | {"alertPolicies"}
    ),
    "SLI": frozenset({"ratioMetric", "thresholdMetric"}),
    "DataSource": frozenset({"connectionDetails"}),
    "AlertPolicy": frozenset(
        {"conditions", "notificationTargets", "alertWhenNoData", "alertWhenBreaching"}
        | {"alertWhenResolved"}
    ),
    "AlertCondition": frozenset({"condition"}),
    "AlertNotificationTarget": frozenset({"target"}),
}
"""Spec keys that make a document of an OpenSLO kind *OpenSLO-shaped* whatever its apiVersion.

A Kubernetes ``Service`` (``apiVersion: v1``) has ``ports`` and ``selector``, never these,
so manifests stay silent while ``apiVersion: foo`` on a real SLO is reported. OpenSLO's
``Service`` has no field of its own beyond ``description``, so it is recognized by a spec
holding nothing else.
"""


def shaped(kind: str, data: Data) -> bool:
    """A document of an OpenSLO kind with a spec, under a group-less apiVersion.

    Only ``Service`` clashes with a Kubernetes core kind: a Kubernetes ``Service``
    (``apiVersion: v1``) has ``ports`` and ``selector``, while OpenSLO's has no field of its
    own beyond ``description``, so it counts only with a spec holding nothing else. No other
    SLO kind exists in Kubernetes' group-less API, so any spec mapping makes it one, however
    few fields it has.
    """
    spec = data.get("spec")
    if not isinstance(spec, dict) or kind not in KINDS:
        return False
    if kind == "Service":
        return bool(spec) and set(spec) <= {"description"}
    return True


FORMATS = (
    FormatSpec(
        name="openslo-v1",
        title="OpenSLO v1",
        api_versions=(API_VERSION,),
        kinds=KINDS,
        detect=by_api_version((API_VERSION,), KINDS),
        adapt=adapt,
        schemas={(API_VERSION, kind): f"openslo-v1/{kind.lower()}.schema.json" for kind in KINDS},
        sniff_markers=("openslo",),
        annotations=True,
        aliases={"openslo/v1.0.0": API_VERSION, "openslo.com/v1": API_VERSION},
        typo_prefixes=("openslo",),
        shaped=shaped,
    ),
)
