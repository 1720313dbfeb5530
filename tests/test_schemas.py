"""The JSON Schemas in ``schemas/``: well-formed draft-07, resolvable offline, and faithful to
the OpenSLO reference Go SDK on the upstream corpus (read in place from ``../shared/corpus``)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from slolint import schema_store
from slolint.load import load_file
from slolint.validate import dotted, without_nulls

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"
CORPUS = ROOT.parent / "shared" / "corpus"
POC_TESTS = CORPUS / "openslo-jsonschema-v1" / "schema-test" / "spec-files" / "v1"
SDK_EXAMPLES = CORPUS / "openslo-go-sdk" / "pkg" / "openslo" / "v1" / "examples"
DRAFT_07 = "http://json-schema.org/draft-07/schema#"

SCHEMA_FILES = sorted(
    path.relative_to(SCHEMAS).as_posix()
    for directory in schema_store.FORMAT_DIRECTORIES
    for path in (SCHEMAS / directory).rglob("*.json")
)


def schema(key: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / key).read_text(encoding="utf-8"))
    return loaded


def subschemas(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping inside a schema document, the root included."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from subschemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from subschemas(value)


def objects_in(path: Path) -> list[dict[str, Any]]:
    """The objects of a file as slolint loads them: documents may be lists of objects."""
    source = load_file(str(path), path.read_bytes())
    assert source.problems == []
    found: list[dict[str, Any]] = []
    for document in source.documents:
        items = document.data if isinstance(document.data, list) else [document.data]
        found.extend(item for item in items if isinstance(item, dict))
    return found


def schema_errors(obj: dict[str, Any]) -> set[tuple[str, str]]:
    """(keyword, path) of every error, after the validate stage's null handling."""
    validator = schema_store.validator_for(str(obj.get("apiVersion")), str(obj.get("kind")))
    if validator is None:
        return {("no schema", f"{obj.get('apiVersion')} {obj.get('kind')}")}
    return {
        (error.validator, dotted(tuple(error.absolute_path)))
        for error in validator.iter_errors(without_nulls(obj))
    }


# --- the schema files themselves -------------------------------------------------------


def test_every_kind_has_a_schema_file() -> None:
    assert set(SCHEMA_FILES) >= set(schema_store.SCHEMA_KINDS.values())
    assert schema_store.schema_for("openslo/v1", "SLO") == "openslo-v1/slo.schema.json"
    assert schema_store.schema_for("openslo/v1alpha", "SLO") == "openslo-v1alpha/slo.schema.json"
    assert schema_store.schema_for("datadoghq.com/v1alpha1", "DatadogSLO") is None


def test_the_store_loads_the_repository_schemas() -> None:
    assert schema_store.load_schemas() == {key: schema(key) for key in SCHEMA_FILES}


@pytest.mark.parametrize("key", SCHEMA_FILES)
def test_schema_file_is_draft_07_with_its_own_id(key: str) -> None:
    contents = schema(key)
    Draft7Validator.check_schema(contents)
    assert contents["$schema"] == DRAFT_07
    assert contents["$id"] == schema_store.schema_uri(key) == f"https://slolint.dev/schemas/{key}"


@pytest.mark.parametrize("key", SCHEMA_FILES)
def test_every_ref_resolves_offline(key: str) -> None:
    contents = schema(key)
    resolver = schema_store.registry().resolver(base_uri=contents["$id"])
    refs = [node["$ref"] for node in subschemas(contents) if "$ref" in node]
    for ref in refs:
        target = resolver.lookup(ref).contents
        assert isinstance(target, dict), ref
    for node in subschemas(contents):
        if "$ref" in node:
            # draft-07 ignores the siblings of $ref: a constraint there would be silently lost
            assert set(node) <= {"$ref", "description"}, node


@pytest.mark.parametrize(("kind", "key"), sorted(schema_store.SCHEMA_KINDS.items()))
def test_kind_schemas_dispatch_in_python_not_with_a_root_one_of(
    kind: tuple[str, str], key: str
) -> None:
    contents = schema(key)
    assert not {"oneOf", "anyOf", "allOf"} & set(contents)
    assert contents["properties"]["apiVersion"] == {"const": kind[0]}
    assert contents["properties"]["kind"] == {"const": kind[1]}
    assert contents["additionalProperties"] is False


@pytest.mark.parametrize("key", SCHEMA_FILES)
def test_every_pattern_and_format_says_what_it_expects(key: str) -> None:
    """Messages stay next to the patterns: the validate stage words SLO105 from these."""
    for node in subschemas(schema(key)):
        if "pattern" in node or "format" in node:
            assert node.get("x-slolint-expected"), node


@pytest.mark.parametrize("key", SCHEMA_FILES)
def test_target_ranges_are_left_to_slo201(key: str) -> None:
    """One problem, one finding: SLO201 and SLO202 own target ranges and units, so the
    schema only types them."""
    for node in subschemas(schema(key)):
        for field in ("target", "targetPercent"):
            if isinstance(node.get(field), dict) and "type" in node[field]:
                assert node[field] == {"type": "number"}


@pytest.mark.parametrize("key", SCHEMA_FILES)
def test_schemas_name_only_rules_that_exist(key: str) -> None:
    """A schema that leaves a check to a rule must name a registered one (SLO304 and SLO406
    were named while nothing checked those values)."""
    from slolint.rules import load_rules

    text = (SCHEMAS / key).read_text(encoding="utf-8")
    named = set(re.findall(r"SLO[0-9]{3}", text))
    assert named <= set(load_rules()), sorted(named - set(load_rules()))


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("slolint-v1alpha1/errorbudgetpolicy.schema.json", "budgetConsumed"),
        ("slolint-v1alpha1/errorbudgetpolicy.schema.json", "budgetRemaining"),
        ("slolint-v1alpha1/errorbudgetpolicy.schema.json", "burnRate"),
        ("slolint-v1alpha1/errorbudgetpolicy.schema.json", "singleIncidentBudget"),
        ("slolint-v1alpha1/errorbudgetpolicy.schema.json", "outageClassBudget"),
        ("slolint-v1alpha1/errorbudgetpolicy.schema.json", "budgetRecovered"),
        ("slolint-v1alpha1/sla.schema.json", "belowPercent"),
        ("slolint-v1alpha1/sla.schema.json", "below"),
    ],
)
def test_numbers_no_rule_checks_have_a_range(path: str, field: str) -> None:
    """Every fraction, percentage and rate of the slolint kinds is bounded below."""
    bounded = [
        node[field]
        for node in subschemas(schema(path))
        if isinstance(node.get(field), dict) and node[field].get("type") == "number"
    ]
    assert bounded
    assert all("exclusiveMinimum" in item or "minimum" in item for item in bounded)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("UTC", True),
        ("America/New_York", True),
        ("Etc/GMT+5", True),
        ("Mars/Olympus", False),
        ("America", False),  # a directory of the database, not a zone
        ("", False),  # go-sdk StringTimeZone refuses what time.LoadLocation maps to UTC
        ("Local", False),
        ("../../etc/passwd", False),
        ("utc", False),
        (42, True),  # not a string: the type keyword reports it
    ],
)
def test_iana_time_zone_format(value: object, valid: bool) -> None:
    assert schema_store.is_iana_time_zone(value) is valid
    assert schema_store.format_checker().conforms(value, "iana-time-zone") is valid


# --- the OpenSLO JSON-Schema PoC test files -------------------------------------------


@dataclass(frozen=True)
class PocCase:
    """One PoC test file: its verdict under go-sdk semantics and the errors that explain it.

    ``errors`` lists (keyword, path) pairs that must be among the schema errors; an empty set
    means the file is valid. ``differs`` says why go-sdk disagrees with the PoC's table.
    """

    file: str
    errors: frozenset[tuple[str, str]]
    differs: str = ""


def poc(file: str, *errors: tuple[str, str], differs: str = "") -> Any:
    case = PocCase(file, frozenset(errors), differs)
    return pytest.param(case, id=file + (" [go-sdk differs]" if differs else ""))


STRING_ALERT_POLICY = (
    "alertPolicies items are plain strings; go-sdk decodes each item into "
    "{alertPolicyRef} or an inline AlertPolicy (OpenSLO#133/#144), so a string is refused"
)
OPERATOR_FIELD = (
    "conditions[0] carries 'operator: and', a field AlertPolicyCondition does not have; "
    "go-sdk decodes strictly (DisallowUnknownFields)"
)

POC_CASES = [
    # expected INVALID by the PoC (schema-test/schema_test.go), and by go-sdk
    poc("invalid-apiversion.yaml", ("no schema", "openslo/v1alpha AlertNotificationTarget")),
    poc("alert-condition/alert-condition-no-condition.yaml", ("required", "spec")),
    poc("alert-condition/alert-condition-no-sev.yaml", ("required", "spec")),
    poc("alert-notification-target/alert-notification-target-no-target.yaml", ("required", "spec")),
    poc(
        "alert-policy/alert-policy-malformed-cond.yaml",
        ("additionalProperties", "spec.conditions[0]"),
        ("oneOf", "spec.conditions[0]"),
    ),
    poc(
        "alert-policy/alert-policy-malformed-targetref.yaml",
        ("additionalProperties", "spec.notificationTargets[0]"),
        ("oneOf", "spec.notificationTargets[0]"),
    ),
    poc("alert-policy/alert-policy-many-cond.yaml", ("maxItems", "spec.conditions")),
    poc("alert-policy/alert-policy-no-cond.yaml", ("required", "spec")),
    poc("alert-policy/alert-policy-no-notification.yaml", ("required", "spec")),
    poc("service/service-long-description.yaml", ("maxLength", "spec.description")),
    # expected VALID by the PoC, and by go-sdk
    poc("alert-condition/alert-condition-no-description.yaml"),
    poc("alert-condition/alert-condition.yaml"),
    poc("alert-notification-target/alert-notification-target-no-description.yaml"),
    poc("alert-notification-target/alert-notification-target.yaml"),
    poc("data-source/data-source.yaml"),
    poc("service/service-no-displayname.yaml"),
    poc("service/service.yaml"),
    poc("sli/sli-description-ratio-bad-inline-metricsource.yaml"),
    poc("sli/sli-description-ratio-bad-metricsourceref.yaml"),
    poc("sli/sli-description-ratio-good-inline-metricsource.yaml"),
    poc("sli/sli-description-ratio-good-metricsourceref.yaml"),
    poc("sli/sli-description-threshold-inline-metricsource.yaml"),
    poc("sli/sli-description-threshold-metricsourceref.yaml"),
    poc("sli/sli-no-description-ratio-bad-inline-metricsource.yaml"),
    poc("sli/sli-no-description-ratio-bad-metricsourceref.yaml"),
    poc("sli/sli-no-description-ratio-good-inline-metricsource.yaml"),
    poc("sli/sli-no-description-ratio-good-metricsourceref.yaml"),
    poc("sli/sli-no-description-threshold-inline-metricsource.yaml"),
    poc("sli/sli-no-description-threshold-metricsourceref.yaml"),
    poc("slo/slo-indicatorref-calendar-no-alerts.yaml"),  # unquoted startTime stays a string
    poc("slo/slo-indicatorref-rolling-no-alerts.yaml"),
    poc("slo/slo-no-indicatorref-calendar-no-alerts.yaml"),
    poc("slo/slo-no-indicatorref-rolling-no-alerts.yaml"),
    # expected VALID by the PoC, INVALID by go-sdk
    poc(
        "alert-policy/alert-policy.yaml",
        ("additionalProperties", "spec.conditions[0]"),
        differs=OPERATOR_FIELD,
    ),
    poc(
        "alert-policy/alert-policy-many-notificationref.yaml",
        ("additionalProperties", "spec.conditions[0]"),
        differs=OPERATOR_FIELD,
    ),
    poc(
        "alert-policy/alert-policy-inline-cond.yaml",
        ("required", "spec.conditions[0].spec.condition"),
        differs="the inline burnrate condition has no 'op'; go-sdk requires op for burnrate",
    ),
    poc(
        "slo/slo-indicatorref-calendar-alerts.yaml",
        ("type", "spec.alertPolicies[0]"),
        differs=STRING_ALERT_POLICY,
    ),
    poc(
        "slo/slo-indicatorref-rolling-alerts.yaml",
        ("type", "spec.alertPolicies[0]"),
        differs=STRING_ALERT_POLICY,
    ),
    poc(
        "slo/slo-no-indicatorref-calendar-alerts.yaml",
        ("type", "spec.alertPolicies[0]"),
        differs=STRING_ALERT_POLICY,
    ),
    poc(
        "slo/slo-no-indicatorref-rolling-alerts.yaml",
        ("type", "spec.alertPolicies[0]"),
        differs=STRING_ALERT_POLICY,
    ),
    # not in the PoC's test table; invalid by go-sdk
    poc(
        "sli/sli-ratio-good-and-bad.yaml",
        ("oneOf", "spec.ratioMetric"),
        differs="not in the PoC table: good and bad are both set (go-sdk: at most one of raw, good, bad)",
    ),
    poc(
        "sli/sli-description-ratio-inline-metricsource.yaml",
        ("oneOf", "spec.ratioMetric"),
        ("required", "spec.ratioMetric.total.metricSource"),
        differs=(
            "not in the PoC table: good and bad are both set, and total's metricSource.spec is "
            "empty (go-sdk requires a map with at least one key)"
        ),
    ),
]


@pytest.mark.corpus
def test_every_poc_test_file_has_a_case() -> None:
    files = {path.relative_to(POC_TESTS).as_posix() for path in POC_TESTS.rglob("*.yaml")}
    cases = {param.values[0].file for param in POC_CASES}
    assert files == cases


@pytest.mark.corpus
@pytest.mark.parametrize("case", POC_CASES)
def test_poc_test_file_has_the_go_sdk_verdict(case: PocCase) -> None:
    objects = objects_in(POC_TESTS / case.file)
    assert len(objects) == 1
    found = schema_errors(objects[0])
    context = f"{case.file}: {case.differs or 'as in the PoC table'}; found {sorted(found)}"
    if case.errors:
        assert case.errors <= found, context
    else:
        assert found == set(), context


# --- the go-sdk's own v1 examples -----------------------------------------------------

SDK_OBJECTS = [
    pytest.param(path.name, index, id=f"{path.name}[{index}]")
    for path in sorted(SDK_EXAMPLES.glob("*.yaml"))
    for index in range(len(objects_in(path)))
]

SDK_EXCEPTIONS = {
    ("slos.yaml", 0): (
        {("not", "spec.objectives[0]")},
        "web-availability puts 'op: gt' on an objective whose inline indicator is a "
        "ratioMetric; go-sdk forbids op and value there (sloRatioObjectiveValidationWhenInlinedSLI), "
        "and oslo's own test output reports exactly this object as 'property is forbidden'",
    ),
}


@pytest.mark.corpus
@pytest.mark.parametrize(("file", "index"), SDK_OBJECTS)
def test_go_sdk_examples_are_valid(file: str, index: int) -> None:
    obj = objects_in(SDK_EXAMPLES / file)[index]
    assert obj["apiVersion"] == "openslo/v1"
    expected, reason = SDK_EXCEPTIONS.get((file, index), (set(), "a valid go-sdk example"))
    assert schema_errors(obj) == expected, reason


def test_an_installed_package_reads_its_own_schema_copy(tmp_path: Path) -> None:
    """The wheel ships ``schemas/`` as ``slolint/schemas``; that copy wins over any checkout."""
    package = tmp_path / "site" / "slolint"
    shutil.copytree(ROOT / "src" / "slolint", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(SCHEMAS, package / "schemas")
    code = (
        "from slolint import schema_store; "
        "print(schema_store.schema_dir()); "
        "print(schema_store.validator_for('openslo/v1', 'Service').is_valid("
        "{'apiVersion': 'openslo/v1', 'kind': 'Service', 'metadata': {'name': 'a'}}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "site")},
        timeout=120,
    )
    assert done.stdout.splitlines() == [str(package / "schemas"), "True"]
