"""The validate stage: each schema error becomes one violation with a code per keyword family,
a location on the key or value concerned, and a message that names the value and the fix."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

import slolint.validate
from slolint import schema_store
from slolint.findings import JsonPath, ObjectRef, Origin, Violation
from slolint.load import load_file, load_text
from slolint.recognize import recognize
from slolint.validate import _HANDLERS, validate, without_nulls

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

Seen = tuple[str, JsonPath, bool, str]
"""What a test compares: code, path inside the object, on the key?, message."""

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: checkout
  indicatorRef: checkout-success
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  objectives:
    - target: 0.999
"""

INLINE_SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: search-latency
spec:
  service: search
  indicator:
    metadata:
      name: search-fast
    spec:
      {metric}:
        {source}
  budgetingMethod: Occurrences
  timeWindow: [{{duration: 28d, isRolling: true}}]
  objectives:
    - {objective}
"""

RATIO = "good: {metricSource: {type: Prometheus, spec: {query: ok}}}\n        total: {metricSource: {type: Prometheus, spec: {query: all}}}"
THRESHOLD = "metricSource: {type: Prometheus, spec: {query: p99}}"

SLA = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata:
  name: checkout-enterprise
  labels: {service: checkout, tier: enterprise}
  annotations:
    slolint.dev/contract-url: https://legal.example.com/msa#schedule-2
spec:
  description: Enterprise checkout API availability (MSA Schedule 2)
  service: checkout
  owner: legal-and-product
  effectiveDate: 2025-01-01
  revisitDate: 2026-01-01
  backedBy:
    sloRefs: [checkout-availability]
    selector:
      matchLabels: {service: checkout}
      matchExpressions:
        - {key: tier, operator: In, values: [gold]}
        - {key: deprecated, operator: DoesNotExist}
    exclude: [checkout-legacy]
    excludeAspirational: true
  objectives:
    - name: availability
      indicatorRef: checkout-success-ratio
      targetPercent: 99.9
      budgetingMethod: Occurrences
      timeWindow:
        - duration: 1M
          calendar: {startTime: '2025-01-01 00:00:00', timeZone: UTC}
      exclusions: [scheduledMaintenance, forceMajeure]
    - name: latency
      target: 0.99
      op: lte
      value: 300
      timeWindow: [{duration: 1M, isRolling: false}]
  consequences:
    - {belowPercent: 99.9, credit: "10%"}
    - {below: 0.99, credit: 25, description: quarterly review}
"""

POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata:
  name: checkout-ebp
  labels: {org: commerce}
spec:
  description: Error budget policy for the checkout service
  scope:
    selector: {matchLabels: {service: checkout}}
    excludeAspirational: true
  owner: pm-checkout
  authors: [s.thurgood]
  reviewers: [d.ferguson]
  approvers: [vp-engineering]
  approvalDate: 2025-02-20
  revisitDate: 2026-02-01
  goals: [Protect customers from repeated SLO misses]
  nonGoals: [This policy is not intended to serve as a punishment for missing SLOs]
  triggers:
    - name: budget-exhausted
      when: {budgetConsumed: 1.0}
      actions:
        - type: releaseFreeze
          actor: checkout-dev-team
          exceptions: [P0, security]
          until: withinSlo
        - {type: reliabilityFocus, actor: checkout-dev-team, until: {budgetRecovered: 0.5}}
    - name: single-incident-20pct
      when: {singleIncidentBudget: 0.2}
      actions: [{type: postmortem, actor: incident-commander, requires: [p0ActionItem]}]
    - name: outage-class-20pct-quarter
      when: {outageClassBudget: 0.2, window: 13w}
      actions: [{type: planningItem, actor: checkout-eng-manager, priority: P0}]
    - name: budget-low
      when: {budgetRemaining: 0.25}
      actions: [{type: ticket, actor: checkout-oncall, description: look at the budget}]
    - name: fast-burn
      when: {burnRate: 13.44, window: 1h, shortWindow: 5m}
      actions: [{type: page, actor: checkout-oncall}]
  causeRules:
    mustWorkOnReliability: [A code bug caused the service itself to exceed the error budget]
    mayContinueFeatures: [The outage was caused by another team's service]
    dependencyOutages: freeze
  escalation:
    path: [sre-lead, director-engineering]
    disputeResolver: cto
  background: Error budgets balance reliability with the pace of innovation.
"""


def check(text: str, index: int = 0) -> list[Violation]:
    """Validate the first object of the first document, as the engine would."""
    source = load_text("t.yaml", text)
    assert source.problems == []
    data = source.documents[0].data
    base: JsonPath = (index,) if isinstance(data, list) else ()
    obj = data[index] if isinstance(data, list) else data
    ref = ObjectRef(obj["apiVersion"], obj["kind"], obj["metadata"]["name"])
    return validate(obj["apiVersion"], obj["kind"], obj, Origin("t.yaml", 0, base), ref)


def seen(text: str) -> list[Seen]:
    return [
        (v.code, v.location.path, v.location.on_key, "".join(map(str, v.message)))
        for v in check(text)
    ]


def edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def inline(metric: str, objective: str) -> str:
    source = RATIO if metric == "ratioMetric" else THRESHOLD
    return INLINE_SLO.format(metric=metric, source=source, objective=objective)


# --- valid documents ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(SLO, id="slo"),
        pytest.param(inline("ratioMetric", "{target: 0.99}"), id="inline-ratio"),
        pytest.param(
            inline("thresholdMetric", "{op: lte, value: 300, target: 0.99}"), id="inline-threshold"
        ),
        pytest.param(SLA, id="sla"),
        pytest.param(POLICY, id="error-budget-policy"),
    ],
)
def test_valid_documents_give_no_violation(text: str) -> None:
    assert check(text) == []


def test_kinds_without_a_schema_are_not_validated() -> None:
    api = "datadoghq.com/v1alpha1"  # recognized, not linted: no schema
    origin, ref = Origin("t.yaml", 0), ObjectRef(api, "DatadogSLO", "x")
    assert validate(api, "DatadogSLO", {"spec": 3}, origin, ref) == []


# --- SLO101 required ------------------------------------------------------------------


def test_missing_field_is_reported_at_the_key_of_its_mapping() -> None:
    text = edit(SLO, "  service: checkout\n", "")
    assert seen(text) == [("SLO101", ("spec",), True, 'missing required field "service" in spec')]


def test_missing_top_level_field() -> None:
    text = SLO[: SLO.index("spec:")]
    assert seen(text) == [("SLO101", (), True, 'missing required field "spec"')]


def test_null_counts_as_absent_and_a_required_null_is_reported_at_its_key() -> None:
    text = edit(SLO, "  service: checkout\n", "  service:\n  alertPolicies: ~\n")
    assert seen(text) == [
        ("SLO101", ("spec", "service"), True, 'required field "service" in spec has no value')
    ]


def test_timeslices_without_time_slice_target() -> None:
    text = edit(SLO, "budgetingMethod: Occurrences", "budgetingMethod: Timeslices")
    text = edit(text, "- target: 0.999", "- {target: 0.999, timeSliceWindow: 1m}")
    assert seen(text) == [
        (
            "SLO101",
            ("spec", "objectives", 0),
            True,
            'missing required field "timeSliceTarget" in spec.objectives[0] '
            "when budgetingMethod is Timeslices",
        )
    ]


def test_calendar_window_without_calendar() -> None:
    text = edit(SLO, "isRolling: true", "isRolling: false")
    assert seen(text) == [
        (
            "SLO101",
            ("spec", "timeWindow", 0),
            True,
            'missing required field "calendar" in spec.timeWindow[0] when isRolling is false or absent',
        )
    ]


def test_threshold_objective_needs_op_and_value() -> None:
    assert seen(inline("thresholdMetric", "{target: 0.99}")) == [
        (
            "SLO101",
            ("spec", "objectives", 0),
            True,
            f'missing required field "{name}" in spec.objectives[0] '
            "when the inline indicator is a thresholdMetric",
        )
        for name in ("op", "value")
    ]


# --- SLO102 unknown field -------------------------------------------------------------


def test_unknown_field_with_a_suggestion() -> None:
    text = edit(
        SLO,
        "budgetingMethod: Occurrences",
        "budgetMethod: Occurrences\n  budgetingMethod: Occurrences",
    )
    assert seen(text) == [
        (
            "SLO102",
            ("spec", "budgetMethod"),
            True,
            'unknown field "budgetMethod" in spec; did you mean "budgetingMethod"?',
        )
    ]


def test_unknown_field_without_a_close_match_lists_the_fields() -> None:
    text = edit(SLO, "isRolling: true", "isRolling: true\n      owner: me")
    assert seen(text) == [
        (
            "SLO102",
            ("spec", "timeWindow", 0, "owner"),
            True,
            'unknown field "owner" in spec.timeWindow[0]; expected one of duration, isRolling, calendar',
        )
    ]


def test_unknown_field_lists_at_most_eight_fields() -> None:
    text = edit(SLO, "- target: 0.999", "- {target: 0.999, weight: 2}")
    ((_, _, _, message),) = seen(text)
    assert message == (
        'unknown field "weight" in spec.objectives[0]; expected one of displayName, op, value, '
        "target, targetPercent, timeSliceTarget, timeSliceWindow, indicator (and 2 more)"
    )


def test_every_unknown_field_is_its_own_finding() -> None:
    text = edit(SLO, "kind: SLO\n", "kind: SLO\nstatus: {}\nTimeWindows: []\n")
    assert [(code, path) for code, path, _, _ in seen(text)] == [
        ("SLO102", ("TimeWindows",)),
        ("SLO102", ("status",)),
    ]


# --- SLO103 type ----------------------------------------------------------------------


def test_wrong_type_names_the_value_found() -> None:
    text = edit(SLO, "target: 0.999", 'target: "99.9"')
    assert seen(text) == [
        (
            "SLO103",
            ("spec", "objectives", 0, "target"),
            False,
            'expected a number at spec.objectives[0].target, found string "99.9"',
        )
    ]


def test_a_value_of_the_wrong_type_gives_one_finding_not_one_per_keyword() -> None:
    text = edit(SLO, "  objectives:", "  alertPolicies: [checkout-alerts]\n  objectives:")
    assert seen(text) == [
        (
            "SLO103",
            ("spec", "alertPolicies", 0),
            False,
            'expected a mapping at spec.alertPolicies[0], found string "checkout-alerts"',
        )
    ]


def test_types_in_yaml_words() -> None:
    text = edit(SLO, "isRolling: true", "isRolling: yes")  # YAML 1.2: a string
    text = edit(text, "metadata:\n", "metadata:\n  labels: {team: [a, 3]}\n")
    assert seen(text) == [
        (
            "SLO103",
            ("metadata", "labels", "team", 1),
            False,
            "expected a string at metadata.labels.team[1], found number 3",
        ),
        (
            "SLO103",
            ("spec", "timeWindow", 0, "isRolling"),
            False,
            'expected a boolean (true or false) at spec.timeWindow[0].isRolling, found string "yes"',
        ),
    ]


# --- SLO104 enum / const --------------------------------------------------------------


def test_invalid_enum_value_with_a_suggestion() -> None:
    text = edit(SLO, "budgetingMethod: Occurrences", "budgetingMethod: Occurrence")
    assert seen(text) == [
        (
            "SLO104",
            ("spec", "budgetingMethod"),
            False,
            'invalid budgetingMethod "Occurrence"; expected one of "Occurrences", "Timeslices", '
            '"RatioTimeslices"; did you mean "Occurrences"?',
        )
    ]


def test_invalid_const_value() -> None:
    text = edit(
        SLO,
        "  objectives:",
        "  alertPolicies:\n    - {kind: AlertPolicies, metadata: {name: a}, spec: {conditions: [{conditionRef: c}], notificationTargets: [{targetRef: t}]}}\n  objectives:",
    )
    assert seen(text) == [
        (
            "SLO104",
            ("spec", "alertPolicies", 0, "kind"),
            False,
            'invalid kind "AlertPolicies"; expected "AlertPolicy"',
        )
    ]


# --- SLO105 pattern / format ----------------------------------------------------------


def test_name_that_is_not_an_rfc_1123_label() -> None:
    text = edit(SLO, "name: checkout-availability", "name: Checkout_Availability")
    assert seen(text) == [
        (
            "SLO105",
            ("metadata", "name"),
            False,
            'metadata.name "Checkout_Availability" is not an RFC 1123 label (lowercase letters, '
            "digits and '-', starting and ending alphanumeric, at most 63 characters)",
        )
    ]


def test_duration_that_is_not_duration_shorthand() -> None:
    text = edit(SLO, "duration: 28d", "duration: 30 days")
    assert seen(text) == [
        (
            "SLO105",
            ("spec", "timeWindow", 0, "duration"),
            False,
            'spec.timeWindow[0].duration "30 days" is not duration-shorthand such as 28d '
            "(a number followed by m, h, d, w, M, Q or Y)",
        )
    ]


def test_time_zone_that_is_not_in_the_iana_database() -> None:
    text = edit(
        SLO,
        "isRolling: true",
        "isRolling: false\n      calendar: {startTime: '2024-01-01 00:00:00', timeZone: Mars/Olympus}",
    )
    assert seen(text) == [
        (
            "SLO105",
            ("spec", "timeWindow", 0, "calendar", "timeZone"),
            False,
            'spec.timeWindow[0].calendar.timeZone "Mars/Olympus" is not a time zone name from '
            "the IANA database, such as UTC or America/New_York",
        )
    ]


def test_label_key_is_reported_at_the_key() -> None:
    text = edit(SLO, "metadata:\n", "metadata:\n  labels: {Team Name: checkout}\n")
    assert seen(text) == [
        (
            "SLO105",
            ("metadata", "labels", "Team Name"),
            True,
            'key "Team Name" in metadata.labels is not a label key (letters, digits, '
            "'-', '_' and '.', starting and ending alphanumeric, at most 63 characters)",
        )
    ]


def test_long_values_are_shortened() -> None:
    long_name = "x" * 100
    text = edit(SLO, "service: checkout", f"service: checkout\n  indicatorRef: {long_name}")
    text = edit(text, "  indicatorRef: checkout-success\n", "")
    ((_, _, _, message),) = [item for item in seen(text) if item[0] == "SLO106"]
    assert message == "spec.indicatorRef is 100 characters long; expected at most 63 characters"
    text = edit(SLO, "name: checkout-availability", f"name: {'Y' * 100}")
    ((_, _, _, message),) = [item for item in seen(text) if item[0] == "SLO105"]
    assert f'"{"Y" * 57}..."' in message


# --- SLO106 ranges and sizes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        (
            "- target: 0.999",
            "- {target: 0.999, timeSliceTarget: 1.5}",
            ("spec", "objectives", 0, "timeSliceTarget"),
            "spec.objectives[0].timeSliceTarget is 1.5; expected a number in (0, 1]",
        ),
        (
            "- target: 0.999",
            "- {target: 0.999, compositeWeight: 0}",
            ("spec", "objectives", 0, "compositeWeight"),
            "spec.objectives[0].compositeWeight is 0; expected a number greater than 0",
        ),
        (
            "isRolling: true\n",
            "isRolling: true\n    - {duration: 7d, isRolling: true}\n",
            ("spec", "timeWindow"),
            "spec.timeWindow has 2 items; expected exactly 1 item",
        ),
        (
            "  objectives:\n    - target: 0.999\n",
            "  objectives: []\n",
            ("spec", "objectives"),
            "spec.objectives is empty; expected at least 1 item",
        ),
        (
            "service: checkout",
            "service: checkout\n  description: " + "d" * 1051,
            ("spec", "description"),
            "spec.description is 1051 characters long; expected at most 1050 characters",
        ),
        (
            "service: checkout",
            'service: ""',
            ("spec", "service"),
            "spec.service is empty; expected a non-empty string",
        ),
    ],
)
def test_out_of_range(old: str, new: str, path: JsonPath, message: str) -> None:
    assert seen(edit(SLO, old, new)) == [("SLO106", path, False, message)]


def test_target_range_is_left_to_slo201() -> None:
    assert check(edit(SLO, "target: 0.999", "target: 1.5")) == []


# --- SLO107 combinations --------------------------------------------------------------


def test_exactly_one_of_none_provided() -> None:
    text = edit(SLO, "- target: 0.999", "- displayName: availability")
    assert seen(text) == [
        (
            "SLO107",
            ("spec", "objectives", 0),
            True,
            "one of target, targetPercent must be set in spec.objectives[0], none was provided",
        )
    ]


def test_exactly_one_of_both_provided_points_at_the_second() -> None:
    text = edit(SLO, "- target: 0.999", "- target: 0.999\n      targetPercent: 99.9")
    assert seen(text) == [
        (
            "SLO107",
            ("spec", "objectives", 0, "targetPercent"),
            True,
            "target and targetPercent are mutually exclusive in spec.objectives[0]; set only one",
        )
    ]


def test_calendar_is_forbidden_on_a_rolling_window() -> None:
    text = edit(
        SLO,
        "isRolling: true",
        "isRolling: true\n      calendar: {startTime: '2024-01-01 00:00:00', timeZone: UTC}",
    )
    assert seen(text) == [
        (
            "SLO107",
            ("spec", "timeWindow", 0, "calendar"),
            True,
            'field "calendar" is not allowed in spec.timeWindow[0] when isRolling is true',
        )
    ]


def test_op_is_forbidden_on_a_ratio_objective() -> None:
    assert seen(inline("ratioMetric", "{op: gt, target: 0.99}")) == [
        (
            "SLO107",
            ("spec", "objectives", 0, "op"),
            True,
            'field "op" is not allowed in spec.objectives[0] when the inline indicator is a ratioMetric',
        )
    ]


def test_no_indicator_at_either_level() -> None:
    text = edit(SLO, "  indicatorRef: checkout-success\n", "")
    assert seen(text) == [
        (
            "SLO107",
            ("spec",),
            True,
            "one of indicator, indicatorRef must be set in spec (or on every objective, for a "
            "composite SLO), none was provided",
        )
    ]


def test_indicator_at_both_levels() -> None:
    text = edit(SLO, "- target: 0.999", "- {target: 0.999, indicatorRef: other}")
    assert seen(text) == [
        (
            "SLO107",
            ("spec", "objectives", 0, "indicatorRef"),
            True,
            'field "indicatorRef" is not allowed in spec.objectives[0] when the indicator is set at '
            "spec level (a composite SLO sets it on every objective instead)",
        )
    ]


def test_composite_slo_needs_an_indicator_on_every_objective() -> None:
    text = edit(SLO, "  indicatorRef: checkout-success\n", "")
    text = edit(
        text,
        "- target: 0.999",
        "- {target: 0.999, indicatorRef: a, compositeWeight: 2}\n    - {target: 0.99}",
    )
    assert seen(text) == [
        (
            "SLO107",
            ("spec", "objectives", 1),
            True,
            "one of indicator, indicatorRef must be set in spec.objectives[1] (every objective of "
            "a composite SLO names its indicator), none was provided",
        )
    ]


def test_field_that_requires_another() -> None:
    text = edit(SLA, "      op: lte\n      value: 300\n", "      op: lte\n")
    assert seen(text) == [
        (
            "SLO107",
            ("spec", "objectives", 1, "op"),
            True,
            'field "op" in spec.objectives[1] requires field "value" next to it',
        )
    ]


# --- SLO100 everything else -----------------------------------------------------------

OWN_ERROR_KEYWORDS = frozenset(
    {
        "additionalItems",
        "additionalProperties",
        "anyOf",
        "const",
        "contains",
        "dependencies",
        "enum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "format",
        "maxItems",
        "maxLength",
        "maxProperties",
        "maximum",
        "minItems",
        "minLength",
        "minProperties",
        "minimum",
        "multipleOf",
        "not",
        "oneOf",
        "pattern",
        "required",
        "type",
        "uniqueItems",
    }
)
"""Draft-07 keywords that report an error of their own; the others ($ref, allOf, items,
properties, propertyNames, if/then/else...) only pass on the errors of their subschemas."""

SCHEMA_VALUED = ("additionalItems", "additionalProperties", "contains", "else", "if", "items")
SCHEMA_VALUED += ("not", "propertyNames", "then")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "items")
SCHEMA_MAPS = ("definitions", "properties", "patternProperties", "dependencies")
OWN_FALSE = ("additionalItems", "additionalProperties")
"""Keywords that report ``false`` themselves instead of descending into a false schema."""
SILENT = ("if", "not")
"""Errors inside these never reach the user: ``if`` only picks a branch, and ``not`` reports
one error of its own whatever failed inside it."""


def reportable_keywords(node: Any, where: str, silent: bool = False) -> Iterator[tuple[str, str]]:
    """(keyword, place) of every keyword in a schema that can report an error to the user.

    ``additionalProperties`` counts only when it is ``false``: with a schema it passes on
    that schema's errors. A bare ``false`` schema reports an error with no keyword at all.
    """
    if node is False and not silent:
        yield "false", where
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        reports = key in OWN_ERROR_KEYWORDS and not silent
        if key == "additionalProperties" and value is not False:
            reports = False
        if key == "dependencies":
            reports = reports and any(isinstance(item, list) for item in value.values())
        if reports:
            yield key, f"{where}/{key}"
        inner = silent or key in SILENT
        descends = isinstance(value, dict) or (value is False and key not in OWN_FALSE)
        if key in SCHEMA_VALUED and descends:
            yield from reportable_keywords(value, f"{where}/{key}", inner)
        if key in SCHEMA_LISTS and isinstance(value, list):
            for index, item in enumerate(value):
                yield from reportable_keywords(item, f"{where}/{key}/{index}", inner)
        if key in SCHEMA_MAPS and isinstance(value, dict):
            for name, item in value.items():
                yield from reportable_keywords(item, f"{where}/{key}/{name}", inner)


def test_every_keyword_that_can_fail_in_the_schemas_has_its_own_code() -> None:
    """SLO100 is the catch-all for keywords outside the SLO101-SLO107 families. No shipped
    schema uses such a keyword where it can fail (``contains`` appears only inside an
    ``if``), so no document can produce SLO100 today and it has no rule fixture (see the
    exemption in test_rules.py). A schema that starts using ``uniqueItems``,
    ``multipleOf`` or the like fails here: give the keyword a family, or give SLO100 a
    fixture and drop its exemption."""
    root = ROOT / "schemas"
    fallback = [
        f"{key}: {keyword} at {place}"
        for directory in sorted(schema_store.FORMAT_DIRECTORIES)
        for path in sorted((root / directory).rglob("*.json"))
        for key in [path.relative_to(root).as_posix()]
        for keyword, place in reportable_keywords(json.loads(path.read_text("utf-8")), "#")
        if keyword not in _HANDLERS
    ]
    assert fallback == []


def test_the_keyword_walk_sees_keywords_that_would_fall_back() -> None:
    """The walk above must be able to fail: SLO100 keywords are found, silent ones are not."""
    schema = {
        "properties": {"a": {"uniqueItems": True}, "b": False},
        "if": {"multipleOf": 2},
        "not": {"uniqueItems": True},
        "additionalProperties": {"type": "string"},
    }
    assert sorted(reportable_keywords(schema, "#")) == [
        ("false", "#/properties/b"),
        ("not", "#/not"),
        ("type", "#/additionalProperties/type"),
        ("uniqueItems", "#/properties/a/uniqueItems"),
    ]


def test_keywords_outside_the_families_fall_back_to_slo100(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What SLO100 says, with a schema that uses ``uniqueItems``."""
    schema = {
        "type": "object",
        "properties": {"spec": {"properties": {"tags": {"uniqueItems": True}}}},
    }
    monkeypatch.setattr(schema_store, "schema_for", lambda api, kind: "x.schema.json")
    monkeypatch.setattr(slolint.validate._fastschema, "accepts", lambda key, data: False)
    monkeypatch.setattr(schema_store, "validator", lambda key: Draft7Validator(schema))
    data = {"spec": {"tags": ["a", "b", "a"]}}
    found = validate("x/v1", "K", data, Origin("t.yaml", 0), ObjectRef("x/v1", "K", "n"))
    assert [(v.code, v.location.path, "".join(map(str, v.message))) for v in found] == [
        (
            "SLO100",
            ("spec", "tags"),
            "spec.tags violates the schema (uniqueItems): ['a', 'b', 'a'] has non-unique elements",
        )
    ]


# --- SLA and ErrorBudgetPolicy --------------------------------------------------------


def test_sla_problems() -> None:
    text = edit(SLA, "  service: checkout\n", "")
    text = edit(text, "targetPercent: 99.9\n", "targetPercent: 99.9\n      target: 0.999\n")
    text = edit(text, "revisitDate: 2026-01-01", "revisitDate: 01/01/2026")
    text = edit(
        text, "{below: 0.99, credit: 25, description: quarterly review}", "{credit: 25, penalty: 3}"
    )
    assert seen(text) == [
        ("SLO101", ("spec",), True, 'missing required field "service" in spec'),
        (
            "SLO107",
            ("spec", "consequences", 1),
            True,
            "one of belowPercent, below must be set in spec.consequences[1], none was provided",
        ),
        (
            "SLO102",
            ("spec", "consequences", 1, "penalty"),
            True,
            'unknown field "penalty" in spec.consequences[1]; expected one of belowPercent, below, credit, description',
        ),
        (
            "SLO107",
            ("spec", "objectives", 0, "target"),
            True,
            "targetPercent and target are mutually exclusive in spec.objectives[0]; set only one",
        ),
        (
            "SLO105",
            ("spec", "revisitDate"),
            False,
            'spec.revisitDate "01/01/2026" is not a date in the form YYYY-MM-DD',
        ),
    ]


def test_sla_needs_objectives_and_forbids_calendar_on_rolling_windows() -> None:
    text = edit(
        SLA,
        "timeWindow: [{duration: 1M, isRolling: false}]",
        "timeWindow: [{duration: 30d, isRolling: true, calendar: {startTime: '2025-01-01 00:00:00', timeZone: UTC}}]",
    )
    assert [(code, path) for code, path, _, _ in seen(text)] == [
        ("SLO107", ("spec", "objectives", 1, "timeWindow", 0, "calendar"))
    ]
    start = SLA.index("  objectives:")
    text = SLA[:start] + "  objectives: []\n"
    assert seen(text) == [
        (
            "SLO106",
            ("spec", "objectives"),
            False,
            "spec.objectives is empty; expected at least 1 item",
        )
    ]


def test_error_budget_policy_problems() -> None:
    text = edit(POLICY, "  owner: pm-checkout\n", "")
    text = edit(text, "when: {budgetConsumed: 1.0}", "when: {budgetConsumed: 1.0, burnRate: 1}")
    text = edit(text, "type: releaseFreeze", "type: freeze")
    text = edit(
        text, "when: {burnRate: 13.44, window: 1h, shortWindow: 5m}", "when: {shortWindow: 5m}"
    )
    text = edit(text, "dependencyOutages: freeze", "dependencyOutages: frozen")
    assert seen(text) == [
        ("SLO101", ("spec",), True, 'missing required field "owner" in spec'),
        (
            "SLO104",
            ("spec", "causeRules", "dependencyOutages"),
            False,
            'invalid dependencyOutages "frozen"; expected one of "freeze", "noFreeze"; did you mean "freeze"?',
        ),
        (
            "SLO104",
            ("spec", "triggers", 0, "actions", 0, "type"),
            False,
            'invalid type "freeze"; expected one of "releaseFreeze", "changeHalt", "reliabilityFocus", "postmortem", "planningItem", "page", "ticket", "notify"',
        ),
        (
            "SLO101",
            ("spec", "triggers", 0, "when"),
            True,
            'missing required field "window" in spec.triggers[0].when (a burn rate is measured over a window)',
        ),
        (
            "SLO107",
            ("spec", "triggers", 0, "when", "burnRate"),
            True,
            "budgetConsumed and burnRate are mutually exclusive in spec.triggers[0].when; set only one",
        ),
        (
            "SLO107",
            ("spec", "triggers", 4, "when"),
            True,
            "one of budgetConsumed, budgetRemaining, burnRate, singleIncidentBudget, outageClassBudget must be set in spec.triggers[4].when, none was provided",
        ),
        (
            "SLO107",
            ("spec", "triggers", 4, "when", "shortWindow"),
            True,
            'field "shortWindow" in spec.triggers[4].when requires field "burnRate" next to it',
        ),
    ]


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        (
            "{budgetConsumed: 1.0}",
            "{budgetConsumed: -5}",
            ("spec", "triggers", 0, "when", "budgetConsumed"),
            "spec.triggers[0].when.budgetConsumed is -5; expected a number in (0, 10]",
        ),
        (
            "{budgetConsumed: 1.0}",
            "{budgetConsumed: 80}",
            ("spec", "triggers", 0, "when", "budgetConsumed"),
            "spec.triggers[0].when.budgetConsumed is 80; expected a number in (0, 10]",
        ),
        (
            "{burnRate: 13.44, window: 1h, shortWindow: 5m}",
            "{burnRate: 0, window: 1h, shortWindow: 5m}",
            ("spec", "triggers", 4, "when", "burnRate"),
            "spec.triggers[4].when.burnRate is 0; expected a number greater than 0",
        ),
        (
            "{budgetRemaining: 0.25}",
            "{budgetRemaining: 1}",
            ("spec", "triggers", 3, "when", "budgetRemaining"),
            "spec.triggers[3].when.budgetRemaining is 1; expected a number in [0, 1)",
        ),
        (
            "{singleIncidentBudget: 0.2}",
            "{singleIncidentBudget: 20}",
            ("spec", "triggers", 1, "when", "singleIncidentBudget"),
            "spec.triggers[1].when.singleIncidentBudget is 20; expected a number in (0, 1]",
        ),
        (
            "{outageClassBudget: 0.2, window: 13w}",
            "{outageClassBudget: 0, window: 13w}",
            ("spec", "triggers", 2, "when", "outageClassBudget"),
            "spec.triggers[2].when.outageClassBudget is 0; expected a number in (0, 1]",
        ),
        (
            "{budgetRecovered: 0.5}",
            "{budgetRecovered: 50}",
            ("spec", "triggers", 0, "actions", 1, "until", "budgetRecovered"),
            "spec.triggers[0].actions[1].until.budgetRecovered is 50; expected a number in (0, 1]",
        ),
    ],
)
def test_policy_trigger_values_out_of_range(
    old: str, new: str, path: JsonPath, message: str
) -> None:
    """No rule checks trigger values later: the schema's ranges are the only check."""
    assert seen(edit(POLICY, old, new)) == [("SLO106", path, False, message)]


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        (
            "{belowPercent: 99.9, ",
            "{belowPercent: -5, ",
            ("spec", "consequences", 0, "belowPercent"),
            "spec.consequences[0].belowPercent is -5; expected a number in (0, 100)",
        ),
        (
            "{below: 0.99, ",
            "{below: 99, ",
            ("spec", "consequences", 1, "below"),
            "spec.consequences[1].below is 99; expected a number in (0, 1)",
        ),
    ],
)
def test_sla_consequence_thresholds_out_of_range(
    old: str, new: str, path: JsonPath, message: str
) -> None:
    assert seen(edit(SLA, old, new)) == [("SLO106", path, False, message)]


def test_selector_expressions_follow_kubernetes() -> None:
    text = edit(
        POLICY,
        "selector: {matchLabels: {service: checkout}}",
        "selector: {matchExpressions: [{key: tier, operator: In}, {key: old, operator: Exists, values: [x]}]}",
    )
    assert seen(text) == [
        (
            "SLO101",
            ("spec", "scope", "selector", "matchExpressions", 0),
            True,
            'missing required field "values" in spec.scope.selector.matchExpressions[0] when operator is In or NotIn',
        ),
        (
            "SLO107",
            ("spec", "scope", "selector", "matchExpressions", 1, "values"),
            True,
            'field "values" is not allowed in spec.scope.selector.matchExpressions[1] when operator is Exists or DoesNotExist',
        ),
    ]


# --- the stage as a whole -------------------------------------------------------------


def test_violations_carry_the_object_and_the_object_base_path() -> None:
    text = (
        "- "
        + textwrap.indent(SLO, "  ").lstrip()
        + "- "
        + textwrap.indent(edit(SLO, "28d", "4 weeks"), "  ").lstrip()
    )
    (found,) = check(text, index=1)
    assert found.location.origin == Origin("t.yaml", 0, (1,))
    assert found.location.full_path == (1, "spec", "timeWindow", 0, "duration")
    assert found.obj == ObjectRef("openslo/v1", "SLO", "checkout-availability")


def test_violations_are_sorted_by_path() -> None:
    text = edit(SLO, "name: checkout-availability", "name: Bad_Name")
    text = edit(text, "duration: 28d", "duration: 28 days")
    text = edit(text, "kind: SLO\n", "kind: SLO\nextra: 1\n")
    assert [path for _, path, _, _ in seen(text)] == [
        ("extra",),
        ("metadata", "name"),
        ("spec", "timeWindow", 0, "duration"),
    ]


def test_without_nulls_keeps_list_items() -> None:
    assert without_nulls({"a": None, "b": [None, {"c": None, "d": 1}]}) == {"b": [None, {"d": 1}]}


def test_importing_the_stage_does_not_import_jsonschema() -> None:
    """Startup matters for pre-commit: jsonschema loads only when a document is validated."""
    code = "import sys, slolint.validate; print('jsonschema' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


SPEC_EXAMPLES = CORPUS / "openslo" / "examples"


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("budgeting-method/occurences-slo.yaml", []),  # 'alertPolicies:' with no value is absent
        ("budgeting-method/ratio-timeslices.yaml", [("SLO107", ("spec", "objectives", 0, "op"))]),
        ("budgeting-method/timeslices-slo.yaml", [("SLO107", ("spec", "objectives", 0, "op"))]),
        (
            "treat-low-traffic-as-equally-important/timeslices-slo.yaml",
            [("SLO107", ("spec", "objectives", 0, "op"))],
        ),
    ],
)
def test_spec_examples(example: str, expected: list[tuple[str, JsonPath]]) -> None:
    """The spec's own examples put 'op: gt' on ratio objectives, which go-sdk forbids
    (domain-rules E12); that is the only schema finding they give."""
    text = (SPEC_EXAMPLES / example).read_text(encoding="utf-8")
    assert [(code, path) for code, path, _, _ in seen(text)] == expected


def corpus_objects() -> list[Any]:
    params = []
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix not in {".yaml", ".yml", ".json"} or not path.is_file():
            continue
        source = load_file(str(path), path.read_bytes())
        for document in source.documents:
            found, _ = recognize(str(path), document.index, document.data)
            for item in found:
                shown = f"{path.relative_to(CORPUS).as_posix()}:{item.kind}:{item.ref.name}"
                params.append(pytest.param(item, id=shown))
    return params


@pytest.mark.corpus
@pytest.mark.parametrize("item", corpus_objects())
def test_every_schema_error_in_the_corpus_gives_a_well_formed_finding(item: Any) -> None:
    """No error is dropped by the mapping, none falls back to SLO100, every message follows
    the house style (lowercase start, no trailing period)."""
    validator = schema_store.validator_for(item.api_version, item.kind)
    assert validator is not None
    errors = list(validator.iter_errors(without_nulls(item.data)))
    found = validate(item.api_version, item.kind, item.data, item.origin, item.ref)
    assert bool(found) == bool(errors)
    for finding in found:
        message = "".join(map(str, finding.message))
        assert finding.code in {f"SLO10{digit}" for digit in range(1, 8)}, message
        assert message[0].islower() and not message.endswith("."), message
        assert finding.obj == item.ref


def test_nan_where_the_schema_bounds_a_number_is_out_of_range() -> None:
    """JSON Schema cannot see NaN (every comparison with it is false): the adapter does."""
    text = edit(POLICY, "{budgetConsumed: 1.0}", "{budgetConsumed: .nan}")
    text = edit(text, "{budgetRecovered: 0.5}", "{budgetRecovered: .NaN}")
    assert check(text) == []
    document = load_text("t.yaml", text).documents[0]
    _, problems = recognize("t.yaml", 0, document.data)
    assert [(v.code, v.location.path, "".join(map(str, v.message))) for v in problems] == [
        (
            "SLO106",
            ("spec", "triggers", 0, "when", "budgetConsumed"),
            "spec.triggers[0].when.budgetConsumed is .nan; expected a number",
        ),
        (
            "SLO106",
            ("spec", "triggers", 0, "actions", 1, "until", "budgetRecovered"),
            "spec.triggers[0].actions[1].until.budgetRecovered is .nan; expected a number",
        ),
    ]
    sla = edit(SLA, "{belowPercent: 99.9, ", "{belowPercent: .nan, ")
    _, problems = recognize("t.yaml", 0, load_text("t.yaml", sla).documents[0].data)
    assert [v.location.path for v in problems] == [("spec", "consequences", 0, "belowPercent")]
