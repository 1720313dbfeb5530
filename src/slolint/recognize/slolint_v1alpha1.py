"""Adapter for slolint's own kinds, ``slolint.dev/v1alpha1`` SLA and ErrorBudgetPolicy."""

from __future__ import annotations

from slolint.findings import Origin, Violation
from slolint.model import SLA, ErrorBudgetPolicy, ModelObject, SLAObjective
from slolint.recognize.fields import (
    Data,
    as_list,
    as_map,
    as_str,
    ref_set_of,
    resource_of,
    sla_window_of,
    target_of,
)

API_VERSION = "slolint.dev/v1alpha1"
KINDS = ("SLA", "ErrorBudgetPolicy")


def _sla_objectives(spec: Data, origin: Origin) -> tuple[SLAObjective, ...]:
    objectives = []
    for index, item in enumerate(as_list(spec.get("objectives"))):
        if not isinstance(item, dict):
            continue
        path = ("spec", "objectives", index)
        objectives.append(
            SLAObjective(
                index,
                target_of(item, origin, path),
                as_str(item.get("indicatorRef")),
                sla_window_of(item, origin, path),
                as_str(item.get("budgetingMethod")),
                origin.at(*path),
            )
        )
    return tuple(objectives)


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    resource = resource_of(data, API_VERSION, kind, origin)
    spec = as_map(data.get("spec"))
    if kind == "SLA":
        sla = SLA(
            resource,
            as_str(spec.get("service")),
            ref_set_of(spec.get("backedBy"), origin, ("spec", "backedBy")),
            _sla_objectives(spec, origin),
        )
        return [sla], []
    policy = ErrorBudgetPolicy(
        resource,
        ref_set_of(spec.get("scope"), origin, ("spec", "scope")),
        as_str(spec.get("owner")),
    )
    return [policy], []
