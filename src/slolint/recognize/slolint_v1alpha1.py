"""Adapter for slolint's own kinds, ``slolint.dev/v1alpha1`` SLA and ErrorBudgetPolicy."""

from __future__ import annotations

import math
from collections.abc import Iterator

from slolint.findings import JsonPath, ObjectRef, Origin, Violation, format_json_path, violation
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
                origin.at(*path, "indicatorRef") if "indicatorRef" in item else None,
            )
        )
    return tuple(objectives)


BUDGET_FIELDS = (
    "budgetConsumed",
    "budgetRemaining",
    "burnRate",
    "singleIncidentBudget",
    "outageClassBudget",
)


def dotted(path: JsonPath) -> str:
    """``spec.triggers[0].when.burnRate``, as the schema stage names fields."""
    return format_json_path(path).removeprefix("$").removeprefix(".")


def _nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _numbers(kind: str, spec: Data) -> Iterator[tuple[JsonPath, object]]:
    """The numbers of a contract or policy that the schema bounds (targets aside)."""
    if kind == "SLA":
        for index, item in enumerate(as_list(spec.get("consequences"))):
            for key in ("belowPercent", "below"):
                yield ("spec", "consequences", index, key), as_map(item).get(key)
        return
    for index, trigger in enumerate(as_list(spec.get("triggers"))):
        trigger = as_map(trigger)
        when = as_map(trigger.get("when"))
        for key in BUDGET_FIELDS:
            yield ("spec", "triggers", index, "when", key), when.get(key)
        for number, action in enumerate(as_list(trigger.get("actions"))):
            until = as_map(as_map(action).get("until"))
            path = ("spec", "triggers", index, "actions", number, "until", "budgetRecovered")
            yield path, until.get("budgetRecovered")


def not_a_number(kind: str, spec: Data, origin: Origin, ref: ObjectRef) -> list[Violation]:
    """``.nan`` where the schema expects a bounded number, as SLO106.

    JSON Schema cannot catch NaN: every comparison with it is false, so ``.nan`` passes
    ``minimum`` and ``maximum`` alike and would silently disable a trigger.
    """
    return [
        violation("SLO106", origin.at(*path), f"{dotted(path)} is .nan; expected a number", obj=ref)
        for path, value in _numbers(kind, spec)
        if _nan(value)
    ]


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    resource = resource_of(data, API_VERSION, kind, origin)
    spec = as_map(data.get("spec"))
    problems = not_a_number(kind, spec, origin, resource.ref)
    if kind == "SLA":
        sla = SLA(
            resource,
            as_str(spec.get("service")),
            ref_set_of(spec.get("backedBy"), origin, ("spec", "backedBy")),
            _sla_objectives(spec, origin),
        )
        return [sla], problems
    policy = ErrorBudgetPolicy(
        resource,
        ref_set_of(spec.get("scope"), origin, ("spec", "scope")),
        as_str(spec.get("owner")),
    )
    return [policy], problems
