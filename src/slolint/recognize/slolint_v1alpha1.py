"""Adapter for slolint's own kinds, ``slolint.dev/v1alpha1`` SLA and ErrorBudgetPolicy."""

from __future__ import annotations

import math
from collections.abc import Iterator

from slolint.findings import JsonPath, ObjectRef, Origin, Violation, format_json_path, violation
from slolint.model import (
    SLA,
    Consequence,
    ErrorBudgetPolicy,
    ModelObject,
    PolicyAction,
    SLAObjective,
    Target,
    Trigger,
    percent_to_ratio,
    to_float,
)
from slolint.recognize.fields import (
    Data,
    as_list,
    as_map,
    as_number,
    as_str,
    duration_of,
    ref_set_of,
    resource_of,
    sla_window_of,
    target_of,
)
from slolint.recognize.format import FormatSpec, by_api_version

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


def _strings(value: object) -> tuple[str, ...]:
    return tuple(item for item in as_list(value) if isinstance(item, str))


def _consequences(spec: Data, origin: Origin) -> tuple[Consequence, ...] | None:
    """``consequences`` tiers; ``belowPercent`` (percent) or ``below`` (ratio) as a target."""
    if "consequences" not in spec:
        return None
    tiers = []
    for index, item in enumerate(as_list(spec.get("consequences"))):
        item = as_map(item)
        path = ("spec", "consequences", index)
        below: Target | None = None
        percent = as_number(item.get("belowPercent"))
        ratio = as_number(item.get("below"))
        if percent is not None:
            value = percent_to_ratio(to_float(percent))
            below = Target(value, percent, "percent", origin.at(*path, "belowPercent"))
        elif ratio is not None:
            below = Target(to_float(ratio), ratio, "ratio", origin.at(*path, "below"))
        credit = item.get("credit")
        tiers.append(
            Consequence(below, credit if isinstance(credit, str) else None, origin.at(*path))
        )
    return tuple(tiers)


def _action(item: Data, origin: Origin, path: JsonPath) -> PolicyAction:
    return PolicyAction(
        as_str(item.get("type")),
        as_str(item.get("actor")),
        _strings(item.get("exceptions")),
        item.get("until") not in (None, "", {}),
        origin.at(*path),
    )


def _triggers(spec: Data, origin: Origin) -> tuple[Trigger, ...]:
    triggers = []
    for index, item in enumerate(as_list(spec.get("triggers"))):
        item = as_map(item)
        path: JsonPath = ("spec", "triggers", index)
        when = as_map(item.get("when"))
        consumed = as_number(when.get("budgetConsumed"))
        burn = as_number(when.get("burnRate"))
        actions = tuple(
            _action(as_map(action), origin, (*path, "actions", number))
            for number, action in enumerate(as_list(item.get("actions")))
        )
        triggers.append(
            Trigger(
                as_str(item.get("name")),
                to_float(consumed) if consumed is not None else None,
                to_float(burn) if burn is not None else None,
                duration_of(when.get("window"), origin, (*path, "when", "window")),
                duration_of(when.get("shortWindow"), origin, (*path, "when", "shortWindow")),
                actions,
                origin.at(*path),
                budget_consumed_location=origin.at(*path, "when", "budgetConsumed"),
                burn_rate_location=origin.at(*path, "when", "burnRate"),
            )
        )
    return tuple(triggers)


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
            consequences=_consequences(spec, origin),
        )
        return [sla], problems
    escalation = as_map(spec.get("escalation"))
    revisit = spec.get("revisitDate")
    policy = ErrorBudgetPolicy(
        resource,
        ref_set_of(spec.get("scope"), origin, ("spec", "scope")),
        as_str(spec.get("owner")),
        approvers=_strings(spec.get("approvers")),
        triggers=_triggers(spec, origin),
        escalation=_strings(escalation.get("path")),
        dispute_resolver=as_str(escalation.get("disputeResolver")),
        revisit_date=str(revisit) if isinstance(revisit, (str, int)) else None,
        revisit_location=origin.at("spec", "revisitDate") if revisit is not None else None,
        detailed=True,
    )
    return [policy], problems


SPEC_KEYS = {
    "SLA": frozenset({"objectives", "backedBy", "consequences"}),
    "ErrorBudgetPolicy": frozenset({"triggers", "scope", "owner"}),
}
"""Spec keys that make a document an SLA or a policy whatever its apiVersion."""


def shaped(kind: str, data: Data) -> bool:
    """An SLA or a policy with a spec mapping, however few fields it has."""
    return isinstance(data.get("spec"), dict) and kind in SPEC_KEYS


FORMATS = (
    FormatSpec(
        name="slolint",
        title="slolint",
        api_versions=(API_VERSION,),
        kinds=KINDS,
        detect=by_api_version((API_VERSION,), KINDS),
        adapt=adapt,
        schemas={
            (API_VERSION, "SLA"): "slolint-v1alpha1/sla.schema.json",
            (API_VERSION, "ErrorBudgetPolicy"): "slolint-v1alpha1/errorbudgetpolicy.schema.json",
        },
        sniff_markers=("slolint.dev",),  # the kinds, and the annotations on any format
        typo_prefixes=("slolint",),
        shaped=shaped,
    ),
)
